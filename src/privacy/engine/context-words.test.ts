import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { CONTEXT_WORDS, NEGATIVE_WORDS, containsAnyWord, containsWord } from './context-words.js';

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

describe('containsAnyWord: one regex per list, the edges of containsWord', () => {
  const naive = (hay: string, words: readonly string[]): boolean =>
    words.some((w) => containsWord(hay, w));

  it('matches whole words only, and words that end in a dot or open with one', () => {
    const words = ['trk', 'b.', 'd.o.b', 'né le', 'sendungsnr'];
    expect(containsAnyWord('paket trk 123', words)).toBe(true);
    expect(containsAnyWord('paket trkx 123', words)).toBe(false);
    expect(containsAnyWord('b. 1990', words)).toBe(true);
    expect(containsAnyWord('ab. 1990', words)).toBe(false);
    expect(containsAnyWord('né le 3 mai', words)).toBe(true);
    expect(containsAnyWord('sendungsnr. 12', words)).toBe(true);
    expect(containsAnyWord('', words)).toBe(false);
  });

  it('agrees with a search per word on every list and many texts', () => {
    const lists = [...Object.values(CONTEXT_WORDS), ...Object.values(NEGATIVE_WORDS)].filter(
      (l): l is readonly string[] => l !== undefined,
    );
    const pieces = [' ', '.', ':', '-', '/', 'x', 'é', '1', ...lists.flat()];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 3000; k++) {
      let hay = '';
      for (let n = Math.floor(next() * 6); n >= 0; n--)
        hay += pieces[Math.floor(next() * pieces.length)] ?? '';
      for (const list of lists) expect(containsAnyWord(hay, list)).toBe(naive(hay, list));
    }
  });
});

describe('NEGATIVE_WORDS: a driver is versioned', () => {
  it('reads a dotted quad after "driver" or "Treiber" as a version', () => {
    expect(types('reader driver 12.191.85.64; build 11.68.68.55.')).toEqual([]);
    expect(types('Kartenleser-Treiber 8.164.145.106 ausgerollt')).toEqual([]);
  });
});
