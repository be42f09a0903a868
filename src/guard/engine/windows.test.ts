import { describe, expect, it } from 'vitest';
import { splitWindows } from './windows.js';

describe('splitWindows', () => {
  it('keeps short text whole', () => {
    expect(splitWindows('short text.', { wholeUpTo: 100, maxChars: 50 })).toEqual([
      { start: 0, end: 11 },
    ]);
  });

  it('covers long text in order with windows no longer than maxChars', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const windows = splitWindows(text, { wholeUpTo: 100, maxChars: 120 });
    expect(windows[0]?.start).toBe(0);
    expect(windows.at(-1)?.end).toBe(text.length);
    for (const w of windows) expect(w.end - w.start).toBeLessThanOrEqual(120);
    for (let i = 1; i < windows.length; i++) expect(windows[i]?.start).toBe(windows[i - 1]?.end);
  });
});
