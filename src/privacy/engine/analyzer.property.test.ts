import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';

const analyzer = createAnalyzer({ threshold: 0 });
// Characters that reach every recogniser: digits, separators, capitals, @, :, =, accents.
const unit = fc.constantFrom(
  ...'aZé 0123456789-./:@=+()_,;\n\'"ßÄxX'.split(''),
  'Anna ',
  'Smith ',
  '4111 ',
  'DE89 ',
  'born ',
  'password=',
);

describe('analyze (property)', () => {
  it('never throws and returns sorted, in-bounds, non-overlapping findings for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 120 }),
        fc.constantFrom('', 'notes', 'date_of_birth', 'api_token'),
        (text, hint) => {
          const findings = analyzer.analyze(text, hint);
          let cursor = 0;
          for (const f of findings) {
            expect(f.start).toBeGreaterThanOrEqual(cursor);
            expect(f.end).toBeGreaterThan(f.start);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.score).toBeGreaterThanOrEqual(0);
            expect(f.score).toBeLessThanOrEqual(1);
            cursor = f.end;
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
