import { describe, expect, it } from 'vitest';
import { matchSpans, rollUp, score, type Counts } from './span-scoring.js';

describe('matchSpans', () => {
  const text = 'Call Jane Doe, at 555-0100.';
  const gold = [{ type: 'PERSON', start: 5, end: 13 }];

  it('counts an exact match only when both offsets agree', () => {
    const into = new Map<string, Counts>();
    matchSpans({
      text,
      gold,
      predicted: [{ type: 'PERSON', start: 5, end: 14 }],
      mode: 'exact',
      into,
    });
    expect(Object.fromEntries(into)).toEqual({ PERSON: { tp: 0, fp: 1, fn: 1 } });
  });

  it('trims punctuation and matches on IoU >= 0.5 in overlap mode', () => {
    const into = new Map<string, Counts>();
    matchSpans({
      text,
      gold,
      predicted: [
        { type: 'PERSON', start: 5, end: 14 },
        { type: 'PHONE', start: 18, end: 26 },
      ],
      mode: 'overlap',
      into,
    });
    expect(Object.fromEntries(into)).toEqual({
      PERSON: { tp: 1, fp: 0, fn: 0 },
      PHONE: { tp: 0, fp: 1, fn: 0 },
    });
  });

  it('computes F2 and roll-ups', () => {
    expect(score({ tp: 8, fp: 2, fn: 2 }).f2).toBeCloseTo(0.8);
    const counts = new Map<string, Counts>([
      ['JWT', { tp: 1, fp: 0, fn: 1 }],
      ['EMAIL', { tp: 2, fp: 0, fn: 0 }],
    ]);
    expect(rollUp(counts, (t) => t === 'JWT')).toMatchObject({ tp: 1, fn: 1, recall: 0.5 });
  });
});
