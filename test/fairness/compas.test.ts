import { beforeAll, describe, expect, it } from 'vitest';
import { computeGroupMetrics } from '../../src/fairness/engine/group-metrics.js';
import { encodeGroups, encodeKeys } from '../../src/fairness/engine/group-encoding.js';
import { calibrationByGroup } from '../../src/fairness/engine/calibration.js';
import { reweigh } from '../../src/fairness/engine/reweighing.js';
import { pointBiserial, screenProxy } from '../../src/fairness/engine/proxy-screening.js';
import { assessDataBias } from '../../src/fairness/engine/data-bias.js';
import { bootstrapSummary } from '../../src/fairness/engine/bootstrap.js';
import {
  binaryColumn,
  numberColumn,
  textColumn,
  type Table,
} from '../../src/fairness/engine/table-loader.js';
import { loadCompas } from './datasets.js';
import { naiveRates } from './naive-metrics.js';

interface Compas {
  readonly race: string[];
  readonly sex: string[];
  readonly yTrue: Uint8Array;
  readonly yPred: Uint8Array;
  readonly decile: Float64Array;
  readonly table: Table;
}

function pick(c: Compas, rows: number[]): Compas {
  return {
    race: rows.map((i) => c.race[i] as string),
    sex: rows.map((i) => c.sex[i] as string),
    yTrue: Uint8Array.from(rows, (i) => c.yTrue[i] as number),
    yPred: Uint8Array.from(rows, (i) => c.yPred[i] as number),
    decile: Float64Array.from(rows, (i) => c.decile[i] as number),
    table: c.table,
  };
}

let all: Compas;
let filtered: Compas;
let filteredRows: number[];

beforeAll(async () => {
  const table = await loadCompas();
  const decile = numberColumn(table, 'decile_score');
  all = {
    race: [...textColumn(table, 'race')],
    sex: [...textColumn(table, 'sex')],
    yTrue: binaryColumn(table, 'two_year_recid'),
    yPred: Uint8Array.from(decile, (d) => (d >= 5 ? 1 : 0)),
    decile,
    table,
  };
  // README §1 ProPublica filter, in order; an empty days_b_screening_arrest is NaN and fails.
  const days = numberColumn(table, 'days_b_screening_arrest');
  const isRecid = numberColumn(table, 'is_recid');
  const degree = textColumn(table, 'c_charge_degree');
  const scoreText = textColumn(table, 'score_text');
  filteredRows = [];
  for (let i = 0; i < table.nRows; i++) {
    const d = days[i] as number;
    if (d >= -30 && d <= 30 && isRecid[i] !== -1 && degree[i] !== 'O' && scoreText[i] !== 'N/A')
      filteredRows.push(i);
  }
  filtered = pick(all, filteredRows);
});

const restrictTo = (c: Compas, races: string[]): Compas =>
  pick(
    c,
    c.race.flatMap((r, i) => (races.includes(r) ? [i] : [])),
  );

describe('COMPAS (README §1)', () => {
  it("reproduces ProPublica's truth table on all 7,214 rows", () => {
    const two = restrictTo(all, ['African-American', 'Caucasian']);
    const result = computeGroupMetrics({
      yTrue: two.yTrue,
      yPred: two.yPred,
      groups: encodeGroups([two.race]),
    });
    const [black, white] = result.groups;
    expect(black?.counts).toEqual({ tn: 990, fp: 805, fn: 532, tp: 1369 });
    expect(white?.counts).toEqual({ tn: 1139, fp: 349, fn: 461, tp: 505 });
    expect(black?.rates.false_positive_rate).toBeCloseTo(0.4485, 4);
    expect(white?.rates.false_positive_rate).toBeCloseTo(0.2345, 4);
    expect(black?.rates.false_negative_rate).toBeCloseTo(0.2799, 4);
    expect(white?.rates.false_negative_rate).toBeCloseTo(0.4772, 4);
    const overall = computeGroupMetrics({
      yTrue: all.yTrue,
      yPred: all.yPred,
      groups: encodeKeys(all.race.map(() => 'all')),
    });
    expect(overall.overall.counts).toEqual({ tn: 2681, fp: 1282, fn: 1216, tp: 2035 });
  });

  it('keeps 6,172 rows after the ProPublica filter', () => {
    expect(filteredRows.length).toBe(6172);
  });

  it('matches a filter-and-count reference for every metric on all six races', () => {
    const result = computeGroupMetrics({
      yTrue: filtered.yTrue,
      yPred: filtered.yPred,
      groups: encodeGroups([filtered.race]),
    });
    expect(result.groups.map((g) => g.group)).toEqual([...new Set(filtered.race)].sort());
    for (const g of result.groups) {
      const rows = filtered.race.flatMap((r, i) => (r === g.group ? [i] : []));
      const expected = naiveRates(
        rows.map((i) => filtered.yTrue[i] as number),
        rows.map((i) => filtered.yPred[i] as number),
      );
      for (const [metric, value] of Object.entries(expected)) {
        expect(g.rates[metric as keyof typeof g.rates], `${g.group} ${metric}`).toBeCloseTo(
          value,
          12,
        );
      }
    }
    const sel = result.groups.map((g) => g.rates.selection_rate);
    expect(result.summary.demographic_parity_difference).toBeCloseTo(
      Math.max(...sel) - Math.min(...sel),
      12,
    );
    expect(result.summary.demographic_parity_ratio).toBeCloseTo(
      Math.min(...sel) / Math.max(...sel),
      12,
    );
    expect(result.warnings.length).toBeGreaterThan(0); // Asian and Native American are tiny groups
  });

  it('computes the AIF360-style metrics for favourable label 1 and 0 with privileged Caucasian', () => {
    const two = restrictTo(filtered, ['African-American', 'Caucasian']);
    const input = { yTrue: two.yTrue, yPred: two.yPred, groups: encodeGroups([two.race]) };
    const fav1 = computeGroupMetrics(input, { privileged: 'Caucasian' });
    const fav0 = computeGroupMetrics(input, { privileged: 'Caucasian', favorableLabel: 0 });
    const [u, p] = fav1.groups as [
      NonNullable<(typeof fav1.groups)[0]>,
      NonNullable<(typeof fav1.groups)[0]>,
    ];
    const c1 = fav1.privileged?.comparisons[0];
    expect(c1?.unprivileged).toBe('African-American');
    expect(c1?.disparate_impact).toBeCloseTo(u.rates.selection_rate / p.rates.selection_rate, 12);
    expect(c1?.statistical_parity_difference).toBeCloseTo(
      u.rates.selection_rate - p.rates.selection_rate,
      12,
    );
    const c0 = fav0.privileged?.comparisons[0];
    // Favourable 0: selection = P(ŷ=0), TPR = P(ŷ=0|y=0) = TNR, FPR = P(ŷ=0|y=1) = FNR.
    expect(c0?.disparate_impact).toBeCloseTo(
      (1 - u.rates.selection_rate) / (1 - p.rates.selection_rate),
      12,
    );
    expect(c0?.equal_opportunity_difference).toBeCloseTo(
      u.rates.true_negative_rate - p.rates.true_negative_rate,
      12,
    );
    expect(c0?.average_odds_difference).toBeCloseTo(
      (u.rates.false_negative_rate -
        p.rates.false_negative_rate +
        (u.rates.true_negative_rate - p.rates.true_negative_rate)) /
        2,
      12,
    );
    expect(c0?.four_fifths_rule_passed).toBe(false);
  });

  it('computes sex metrics with privileged Female and favourable label 0', () => {
    const result = computeGroupMetrics(
      { yTrue: filtered.yTrue, yPred: filtered.yPred, groups: encodeGroups([filtered.sex]) },
      { privileged: 'Female', favorableLabel: 0 },
    );
    const female = result.groups.find((g) => g.group === 'Female');
    const male = result.groups.find((g) => g.group === 'Male');
    const c = result.privileged?.comparisons[0];
    expect(c?.unprivileged).toBe('Male');
    expect(c?.false_negative_rate_ratio).toBeCloseTo(
      (male?.rates.false_positive_rate ?? NaN) / (female?.rates.false_positive_rate ?? NaN),
      12,
    );
  });

  it("gives each decile's count and recidivism rate per race", () => {
    const two = restrictTo(filtered, ['African-American', 'Caucasian']);
    const cal = calibrationByGroup({
      scores: two.decile,
      yTrue: two.yTrue,
      groups: encodeGroups([two.race]),
    });
    expect(cal.map((c) => c.bins.map((b) => b.lower))).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ]);
    const count = cal.reduce((s, c) => s + c.bins.reduce((t, b) => t + b.count, 0), 0);
    expect(count).toBe(two.race.length);
    const black10 = two.race.flatMap((r, i) =>
      r === 'African-American' && two.decile[i] === 10 ? [two.yTrue[i] as number] : [],
    );
    expect(cal[0]?.bins[9]?.observedRate).toBeCloseTo(
      black10.reduce((a, b) => a + b, 0) / black10.length,
      12,
    );
  });

  it('reweighs so that weights sum to n and every race gets the overall base rate', () => {
    for (const races of [['African-American', 'Caucasian'], [...new Set(filtered.race)]]) {
      const sub = restrictTo(filtered, races);
      const groups = encodeGroups([sub.race]);
      const { weights } = reweigh({ yTrue: sub.yTrue, groups });
      const sum = weights.reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(sub.race.length, 9);
      const overallBase = sub.yTrue.reduce((a, b) => a + b, 0) / sub.yTrue.length;
      for (let g = 0; g < groups.labels.length; g++) {
        let w = 0;
        let wy = 0;
        groups.codes.forEach((c, i) => {
          if (c !== g) return;
          w += weights[i] as number;
          wy += (weights[i] as number) * (sub.yTrue[i] as number);
        });
        expect(wy / w).toBeCloseTo(overallBase, 12);
      }
    }
  });

  it('screens proxies of race and correlates race with priors and age', () => {
    const v = screenProxy({
      protectedName: 'race',
      protectedValues: filtered.race,
      featureName: 'age_cat',
      featureValues: filteredRows.map((i) => textColumn(all.table, 'age_cat')[i] as string),
    });
    expect(v.rows).toBe(6);
    expect(v.columns).toBe(3);
    expect(v.cramersV).toBeCloseTo(Math.sqrt(v.chiSquare / (v.n * 2)), 12);
    expect(v.normalizedMutualInformation).toBeGreaterThan(0);
    const two = restrictTo(filtered, ['African-American', 'Caucasian']);
    const twoRows = filtered.race.flatMap((r, i) =>
      r === 'African-American' || r === 'Caucasian' ? [filteredRows[i] as number] : [],
    );
    const priors = numberColumn(all.table, 'priors_count');
    const r = pointBiserial(
      Uint8Array.from(two.race, (x) => (x === 'African-American' ? 1 : 0)),
      Float64Array.from(twoRows, (i) => priors[i] as number),
    );
    expect(r).toBeGreaterThan(0.1);
  });

  it('assesses data bias on the filtered rows: shares, base rates, proxies of race', () => {
    const columns = new Map<string, string[]>();
    for (const name of [
      'race',
      'two_year_recid',
      'age_cat',
      'c_charge_degree',
      'sex',
      'priors_count',
      'age',
    ]) {
      const column = textColumn(all.table, name);
      columns.set(
        name,
        filteredRows.map((i) => column[i] as string),
      );
    }
    const table: Table = { columnNames: [...columns.keys()], nRows: filteredRows.length, columns };
    const bias = assessDataBias(table, {
      label: 'two_year_recid',
      groupColumns: ['race'],
      proxyFeatures: ['age_cat', 'c_charge_degree', 'sex'],
      numericFeatures: ['priors_count'],
    });
    expect(bias.representation.reduce((s, r) => s + r.count, 0)).toBe(6172);
    expect(bias.representation.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 14);
    const black = bias.representation.find((r) => r.group === 'African-American');
    const blackY = filtered.race.flatMap((r, i) =>
      r === 'African-American' ? [filtered.yTrue[i] as number] : [],
    );
    expect(black?.baseRate).toBeCloseTo(blackY.reduce((a, b) => a + b, 0) / blackY.length, 14);
    expect(bias.proxies.map((p) => [p.feature, p.rows, p.columns])).toEqual([
      ['age_cat', 6, 3],
      ['c_charge_degree', 6, 2],
      ['sex', 6, 2],
    ]);
    for (const p of bias.proxies) {
      expect(p.degreesOfFreedom).toBe((p.rows - 1) * (p.columns - 1));
      expect(p.normalizedMutualInformation).toBeGreaterThan(0);
      expect(p.normalizedMutualInformation).toBeLessThan(1);
    }
    const indicator = Uint8Array.from(filtered.race, (r) => (r === 'African-American' ? 1 : 0));
    const priors = numberColumn(table, 'priors_count');
    expect(bias.numericProxies.find((p) => p.group === 'African-American')?.correlation).toBe(
      pointBiserial(indicator, priors),
    );
  });

  it('brackets the demographic parity difference with a seeded bootstrap interval', () => {
    const two = restrictTo(filtered, ['African-American', 'Caucasian']);
    const input = { yTrue: two.yTrue, yPred: two.yPred, groups: encodeGroups([two.race]) };
    const [dp] = bootstrapSummary(input, { resamples: 200, seed: 7 });
    expect(dp?.lower).toBeLessThan(dp?.estimate ?? NaN);
    expect(dp?.upper).toBeGreaterThan(dp?.estimate ?? NaN);
    expect(bootstrapSummary(input, { resamples: 200, seed: 7 })).toEqual(
      bootstrapSummary(input, { resamples: 200, seed: 7 }),
    );
  });
});
