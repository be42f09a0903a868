import { describe, expect, it } from 'vitest';
import { disparityOf, ratesFromCounts, wilsonInterval } from './rates.js';

describe('wilsonInterval', () => {
  it('gives the textbook interval for 5 of 10', () => {
    const { lower, upper } = wilsonInterval(5, 10);
    expect(lower).toBeCloseTo(0.236593, 6);
    expect(upper).toBeCloseTo(0.763407, 6);
  });

  it('stays inside [0, 1] for 0 of 20 and is undefined for no trials', () => {
    expect(wilsonInterval(0, 20).lower).toBeCloseTo(0, 15);
    expect(wilsonInterval(0, 20).upper).toBeCloseTo(0.161125, 6);
    expect(wilsonInterval(0, 0)).toEqual({ lower: NaN, upper: NaN });
  });
});

describe('disparityOf', () => {
  it('computes between-groups and to-overall differences and ratios, skipping NaN', () => {
    expect(disparityOf([0.2, 0.5, NaN], 0.4)).toEqual({
      difference: 0.3,
      ratio: 0.4,
      differenceToOverall: 0.2,
      ratioToOverall: 0.5,
    });
  });
});

describe('ratesFromCounts', () => {
  it('marks undefined rates as NaN', () => {
    const r = ratesFromCounts({ tn: 3, fp: 1, fn: 0, tp: 0 });
    expect(r.true_positive_rate).toBeNaN();
    expect(r.false_positive_rate).toBe(0.25);
  });
});
