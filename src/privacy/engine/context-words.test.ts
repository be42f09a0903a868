import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';

const analyzer = createAnalyzer();

function types(text: string): string[] {
  return analyzer.analyze(text).map((f) => `${f.type} ${text.slice(f.start, f.end)}`);
}

describe('NEGATIVE_WORDS: IP_ADDRESS', () => {
  it('reads a dotted quad after "image" or "tag" as a version', () => {
    expect(types('INFO job done in 412 ms, image 4.6.1.155')).toEqual([]);
    expect(types('pushed tag 1.6.4.45 to the registry')).toEqual([]);
  });

  it('still takes a dotted quad after a network word', () => {
    expect(types('login from 4.6.1.155 failed')).toEqual(['IP_ADDRESS 4.6.1.155']);
  });
});
