import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGroups, type GroupCodes } from '../../src/fairness/engine/group-encoding.js';
import { compareThresholdRule } from '../../src/fairness/engine/mitigation.js';
import { createPrng } from '../../src/fairness/engine/prng.js';
import { binaryColumn, numberColumn, textColumn } from '../../src/fairness/engine/table-loader.js';
import {
  drawPredictions,
  fitThresholdOptimizer,
  ruleProbabilities,
  type ThresholdConstraint,
} from '../../src/fairness/engine/threshold-optimizer.js';
import { loadCompas } from './datasets.js';

let scores: Float64Array;
let yTrue: Uint8Array;
let groups: GroupCodes;

beforeAll(async () => {
  const t = await loadCompas();
  const days = numberColumn(t, 'days_b_screening_arrest');
  const isRecid = numberColumn(t, 'is_recid');
  const degree = textColumn(t, 'c_charge_degree');
  const scoreText = textColumn(t, 'score_text');
  const race = textColumn(t, 'race');
  const decile = numberColumn(t, 'decile_score');
  const y = binaryColumn(t, 'two_year_recid');
  const rows = [...Array(t.nRows).keys()].filter(
    (i) =>
      (days[i] as number) >= -30 &&
      (days[i] as number) <= 30 &&
      isRecid[i] !== -1 &&
      degree[i] !== 'O' &&
      scoreText[i] !== 'N/A' &&
      (race[i] === 'African-American' || race[i] === 'Caucasian'),
  );
  scores = Float64Array.from(rows, (i) => decile[i] as number);
  yTrue = Uint8Array.from(rows, (i) => y[i] as number);
  groups = encodeGroups([rows.map((i) => race[i] as string)]);
});

/** Best accuracy over every pair of deterministic per-group thresholds, ignoring fairness. */
function bestUnconstrainedAccuracy(): number {
  let best = 0;
  for (let a = 0; a <= 11; a++) {
    for (let b = 0; b <= 11; b++) {
      let correct = 0;
      for (let i = 0; i < scores.length; i++) {
        const t = groups.codes[i] === 0 ? a : b;
        correct += ((scores[i] as number) > t + 0.5 ? 1 : 0) === yTrue[i] ? 1 : 0;
      }
      best = Math.max(best, correct / scores.length);
    }
  }
  return best;
}

const fit = (constraint: ThresholdConstraint) => {
  const rule = fitThresholdOptimizer({ scores, yTrue, groups }, { constraint });
  const probabilities = ruleProbabilities(rule, { scores, groups });
  const yPred = Uint8Array.from(scores, (s) => (s >= 5 ? 1 : 0));
  return { rule, probabilities, ...compareThresholdRule({ yTrue, yPred, groups }, probabilities) };
};

/**
 * An independent brute force of the optimum the rule must reach: each group's best (metric x,
 * objective y) trade-off at x is the best interpolation between any two deterministic threshold
 * cuts around x; the optimum is then searched on the same 1001-point grid.
 */
function bruteForceOptimum(
  x: 'sel' | 'tpr' | 'fpr',
  y: 'acc' | 'tpr',
): { perGroup: ((v: number) => number)[]; shares: number[] } {
  const perGroup: ((v: number) => number)[] = [];
  const shares: number[] = [];
  for (let g = 0; g < groups.labels.length; g++) {
    const idx = [...groups.codes.keys()].filter((i) => groups.codes[i] === g);
    const levels = [...new Set(idx.map((i) => scores[i] as number))].sort((a, b) => b - a);
    const pos = idx.filter((i) => yTrue[i] === 1).length;
    const neg = idx.length - pos;
    const points = [Infinity, ...levels].map((cut, k) => {
      const selected = k === 0 ? [] : idx.filter((i) => (scores[i] as number) >= cut);
      const tp = selected.filter((i) => yTrue[i] === 1).length;
      const fp = selected.length - tp;
      const m = {
        sel: selected.length / idx.length,
        tpr: tp / pos,
        fpr: fp / neg,
        acc: (tp + neg - fp) / idx.length,
      };
      return { x: m[x], y: m[y] };
    });
    perGroup.push((v) => {
      let best = -Infinity;
      for (const a of points) {
        for (const b of points) {
          if (a.x <= v && v <= b.x) {
            const yv =
              b.x === a.x ? Math.max(a.y, b.y) : a.y + ((b.y - a.y) * (v - a.x)) / (b.x - a.x);
            best = Math.max(best, yv);
          }
        }
      }
      return best;
    });
    shares.push(idx.length / scores.length);
  }
  return { perGroup, shares };
}

const grid = Array.from({ length: 1001 }, (_, i) => (i === 1000 ? 1 : i * 0.001));

describe('threshold post-processing on COMPAS (README §7)', () => {
  it('reaches the brute-force optimum for demographic parity and TPR parity', () => {
    for (const [constraint, metric] of [
      ['demographic_parity', 'sel'],
      ['true_positive_rate_parity', 'tpr'],
    ] as const) {
      const { perGroup, shares } = bruteForceOptimum(metric, 'acc');
      const best = Math.max(
        ...grid.map((v) => perGroup.reduce((s, f, g) => s + (shares[g] as number) * f(v), 0)),
      );
      expect(fit(constraint).after.overall.rates.accuracy).toBeCloseTo(best, 12);
    }
  });

  it('reaches the brute-force optimum for equalized odds', () => {
    const { perGroup } = bruteForceOptimum('fpr', 'tpr');
    const nPos = yTrue.reduce((a, b) => a + b, 0);
    const nNeg = yTrue.length - nPos;
    const best = Math.max(
      ...grid.map((v) => {
        const tpr = Math.min(...perGroup.map((f) => f(v)));
        return (nPos * tpr + nNeg * (1 - v)) / yTrue.length;
      }),
    );
    expect(fit('equalized_odds').after.overall.rates.accuracy).toBeCloseTo(best, 12);
  });

  it('equalises expected selection rates under demographic parity', () => {
    const { after, rule } = fit('demographic_parity');
    const [a, b] = after.groups.map((g) => g.rates.selection_rate) as [number, number];
    expect(a).toBeCloseTo(b, 12);
    // The chosen selection rate is a grid tick (grid_size 1000).
    expect(Math.round(a * 1000) / 1000).toBeCloseTo(a, 12);
    for (const r of Object.values(rule.groups)) expect(r.p0 + r.p1).toBeCloseTo(1, 15);
  });

  it('equalises expected TPR and FPR under equalized odds', () => {
    const { after } = fit('equalized_odds');
    const [a, b] = after.groups;
    expect(a?.rates.true_positive_rate).toBeCloseTo(b?.rates.true_positive_rate ?? NaN, 12);
    expect(a?.rates.false_positive_rate).toBeCloseTo(b?.rates.false_positive_rate ?? NaN, 12);
  });

  it('equalises expected TPR under true-positive-rate parity', () => {
    const { after } = fit('true_positive_rate_parity');
    const [a, b] = after.groups;
    expect(a?.rates.true_positive_rate).toBeCloseTo(b?.rates.true_positive_rate ?? NaN, 12);
  });

  it('costs some accuracy but never beats the unconstrained optimum', () => {
    const best = bestUnconstrainedAccuracy();
    for (const c of [
      'demographic_parity',
      'equalized_odds',
      'true_positive_rate_parity',
    ] as const) {
      const accuracy = fit(c).after.overall.rates.accuracy;
      expect(accuracy).toBeLessThanOrEqual(best + 1e-12);
      expect(accuracy).toBeGreaterThan(0.6);
    }
  });

  it('reproduces the same random predictions from the same seed', () => {
    const { probabilities } = fit('demographic_parity');
    const one = drawPredictions(probabilities, createPrng(42));
    expect(drawPredictions(probabilities, createPrng(42))).toEqual(one);
    const share = one.reduce((a, b) => a + b, 0) / one.length;
    const expected = probabilities.reduce((a, b) => a + b, 0) / probabilities.length;
    expect(Math.abs(share - expected)).toBeLessThan(0.03);
  });

  it('rejects a group with a single label value with FAIRNESS_DEGENERATE_GROUP', () => {
    const g = encodeGroups([['a', 'a', 'b', 'b']]);
    expect(() =>
      fitThresholdOptimizer(
        { scores: Float64Array.of(1, 2, 3, 4), yTrue: Uint8Array.of(0, 1, 1, 1), groups: g },
        { constraint: 'demographic_parity' },
      ),
    ).toThrow(expect.objectContaining({ code: 'FAIRNESS_DEGENERATE_GROUP' }));
  });

  it('rejects a missing score with FAIRNESS_INVALID_OPTIONS instead of looping', () => {
    const g = encodeGroups([['a', 'a', 'b', 'b']]);
    expect(() =>
      fitThresholdOptimizer(
        { scores: Float64Array.of(1, NaN, 3, 4), yTrue: Uint8Array.of(0, 1, 0, 1), groups: g },
        { constraint: 'demographic_parity' },
      ),
    ).toThrow(expect.objectContaining({ code: 'FAIRNESS_INVALID_OPTIONS' }));
  });

  it('rejects a group the rule was not fitted on with FAIRNESS_UNKNOWN_GROUP', () => {
    const { rule } = fit('demographic_parity');
    expect(() =>
      ruleProbabilities(rule, { scores: Float64Array.of(3), groups: encodeGroups([['Hispanic']]) }),
    ).toThrow(expect.objectContaining({ code: 'FAIRNESS_UNKNOWN_GROUP' }));
  });
});
