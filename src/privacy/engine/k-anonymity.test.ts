import { describe, expect, it } from 'vitest';
import { generalizeUntilK, inferKind, measureK } from './k-anonymity.js';

const rows = [
  { age: '34', zip: '75002', sex: 'F', disease: 'flu' },
  { age: '36', zip: '75003', sex: 'F', disease: 'cold' },
  { age: '38', zip: '75004', sex: 'F', disease: 'flu' },
  { age: '51', zip: '69001', sex: 'M', disease: 'asthma' },
  { age: '55', zip: '69002', sex: 'M', disease: 'flu' },
  { age: '57', zip: '69003', sex: 'M', disease: 'cold' },
];

describe('measureK', () => {
  it('returns the smallest class size and the rows below target', () => {
    expect(measureK(rows, ['sex'], 3)).toMatchObject({ k: 3, classes: 2, rowsBelowTarget: 0 });
    expect(measureK(rows, ['age', 'zip'], 2)).toMatchObject({
      k: 1,
      classes: 6,
      rowsBelowTarget: 6,
    });
  });
});

describe('inferKind', () => {
  it('tells numbers, postcodes, dates and categories apart', () => {
    expect(inferKind(['34', '36', '51'])).toBe('number');
    expect(inferKind(['75002', '69001', '13008'])).toBe('postcode');
    expect(inferKind(['1987-03-04', '1990-11-30'])).toBe('date');
    expect(inferKind(['F', 'M'])).toBe('category');
  });
});

describe('generalizeUntilK', () => {
  it('generalises age and postcode until every class has k rows and reports the cost', () => {
    const result = generalizeUntilK(rows, { quasi: ['age', 'zip'], k: 3, maxSuppression: 0 });
    expect(result.reachedK).toBe(true);
    expect(result.after.k).toBeGreaterThanOrEqual(3);
    expect(result.suppressedRows).toBe(0);
    expect(result.rows.map((r) => r.disease)).toEqual(rows.map((r) => r.disease));
    expect(result.informationLoss).toBeGreaterThan(0);
    expect(result.informationLoss).toBeLessThan(1);
    expect(result.generalizations.map((g) => g.column)).toEqual(['age', 'zip']);
  });

  it('suppresses an outlier row instead of generalising everything when allowed', () => {
    const withOutlier = [...rows, ...rows, { age: '99', zip: '10115', sex: 'X', disease: 'flu' }];
    const result = generalizeUntilK(withOutlier, { quasi: ['sex'], k: 2, maxSuppression: 0.1 });
    expect(result).toMatchObject({ suppressedRows: 1, reachedK: true, informationLoss: 0 });
  });
});
