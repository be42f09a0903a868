import { beforeAll, describe, expect, it } from 'vitest';
import { computeGroupMetrics } from '../../src/fairness/engine/group-metrics.js';
import { encodeGroups } from '../../src/fairness/engine/group-encoding.js';
import { reweigh } from '../../src/fairness/engine/reweighing.js';
import { pointBiserial, screenProxy } from '../../src/fairness/engine/proxy-screening.js';
import { numberColumn, textColumn, type Table } from '../../src/fairness/engine/table-loader.js';
import { loadAdult } from './datasets.js';
import { naiveRates } from './naive-metrics.js';

let table: Table;
let yTrue: Uint8Array;
let yPred: Uint8Array;
let sex: readonly string[];
let race: readonly string[];

beforeAll(async () => {
  table = await loadAdult();
  yTrue = Uint8Array.from(textColumn(table, 'income'), (v) =>
    v.replace(/\.$/, '') === '>50K' ? 1 : 0,
  );
  const col = (name: string): Float64Array => numberColumn(table, name);
  const [age, edu, gain, loss, hours] = [
    'age',
    'education-num',
    'capital-gain',
    'capital-loss',
    'hours-per-week',
  ].map(col);
  yPred = Uint8Array.from({ length: table.nRows }, (_, i) => {
    const z =
      -8.26 +
      0.0422 * age![i]! +
      0.3223 * edu![i]! +
      0.00032 * gain![i]! +
      0.00068 * loss![i]! +
      0.0401 * hours![i]!;
    return z > 0 ? 1 : 0;
  });
  sex = textColumn(table, 'sex');
  race = textColumn(table, 'race');
});

describe('UCI Adult (README §2)', () => {
  it('reads all 48,842 rows, keeping rows with "?"', () => {
    expect(table.nRows).toBe(48842);
    expect(textColumn(table, 'workclass').includes('?')).toBe(true);
  });

  it('matches a filter-and-count reference by sex, race and sex|race', () => {
    for (const columns of [[sex], [race], [sex, race]]) {
      const groups = encodeGroups(columns);
      const result = computeGroupMetrics({ yTrue, yPred, groups });
      for (const g of result.groups) {
        const rows = [...groups.codes.keys()].filter(
          (i) => groups.labels[groups.codes[i] as number] === g.group,
        );
        const expected = naiveRates(
          rows.map((i) => yTrue[i] as number),
          rows.map((i) => yPred[i] as number),
        );
        for (const [metric, value] of Object.entries(expected)) {
          expect(g.rates[metric as keyof typeof g.rates]).toBeCloseTo(value, 12);
        }
      }
      const tpr = result.disparities.true_positive_rate;
      const fpr = result.disparities.false_positive_rate;
      expect(result.summary.equalized_odds_difference).toBe(
        Math.max(tpr.difference, fpr.difference),
      );
      expect(result.summary.equalized_odds_ratio_mean).toBe((tpr.ratio + fpr.ratio) / 2);
    }
  });

  it('names intersectional groups as sex|race and flags the small ones', () => {
    const result = computeGroupMetrics(
      { yTrue, yPred, groups: encodeGroups([sex, race]) },
      { minGroupSize: 200 },
    );
    expect(result.groups.map((g) => g.group)).toContain('Female|Black');
    expect(result.groups.filter((g) => g.isSmall).map((g) => g.group)).toContain('Female|Other');
  });

  it('compares Black with White and Female with Male in the AIF360 style', () => {
    const byRace = computeGroupMetrics(
      { yTrue, yPred, groups: encodeGroups([race]) },
      { privileged: 'White', unprivileged: 'Black' },
    );
    expect(byRace.privileged?.comparisons.map((c) => c.unprivileged)).toEqual(['Black']);
    const bySex = computeGroupMetrics(
      { yTrue, yPred, groups: encodeGroups([sex]) },
      { privileged: 'Male' },
    );
    const c = bySex.privileged?.comparisons[0];
    const f = bySex.groups[0]?.rates;
    const m = bySex.groups[1]?.rates;
    expect(c?.average_abs_odds_difference).toBeCloseTo(
      (Math.abs((f?.false_positive_rate ?? 0) - (m?.false_positive_rate ?? 0)) +
        Math.abs((f?.true_positive_rate ?? 0) - (m?.true_positive_rate ?? 0))) /
        2,
      12,
    );
    expect(c?.disparate_impact).toBeLessThan(0.8);
  });

  it('reweighs by sex and by race to equal weighted base rates', () => {
    for (const column of [sex, race]) {
      const groups = encodeGroups([column]);
      const { weights, cells } = reweigh({ yTrue, groups });
      expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(table.nRows, 6);
      const nY1 = yTrue.reduce((a, b) => a + b, 0);
      for (const cell of cells) {
        const nG = cells.filter((c) => c.group === cell.group).reduce((s, c) => s + c.count, 0);
        const nY = cell.label === 1 ? nY1 : table.nRows - nY1;
        expect(cell.weight).toBeCloseTo((nG * nY) / (table.nRows * cell.count), 14);
      }
    }
  });

  it('finds relationship a much stronger proxy of sex than education', () => {
    const proxy = (feature: string) =>
      screenProxy({
        protectedName: 'sex',
        protectedValues: sex,
        featureName: feature,
        featureValues: textColumn(table, feature),
      });
    expect(proxy('relationship').cramersV).toBeGreaterThan(0.5);
    expect(proxy('education').cramersV).toBeLessThan(0.2);
    expect(proxy('relationship').normalizedMutualInformation).toBeGreaterThan(
      proxy('occupation').normalizedMutualInformation,
    );
    const female = Uint8Array.from(sex, (s) => (s === 'Female' ? 1 : 0));
    expect(pointBiserial(female, numberColumn(table, 'hours-per-week'))).toBeLessThan(-0.2);
  });
});
