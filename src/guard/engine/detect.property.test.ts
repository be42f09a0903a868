import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const kinds = fc.constantFrom('prompt' as const, 'document' as const, 'output' as const);

describe('detect on arbitrary input', () => {
  it('never throws, keeps the score in [0, 1] and every span inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), kinds, (text, kind) => {
        const result = detect(text, { kind, canaries: ['rpc-abcdefgh23456789'] });
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
        for (const span of result.spans) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThan(span.end);
        }
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('handles one 50,000-character word mixing scripts and digits', () => {
    const result = detect('аa1'.repeat(16_667), { kind: 'document' });
    expect(result.spans.every((s) => s.end <= 50_001)).toBe(true);
  });
});
