import type { Model } from './model.js';
import { createPrng, shuffleInPlace } from './prng.js';
import type { Background } from './shapley.js';

/** How permutation importance scores the model. */
export type ImportanceMetric = 'accuracy' | 'neg_mean_squared_error' | 'mean_abs_change';

export interface FeatureImportance {
  readonly feature: string;
  /** Mean drop of the score when the feature is permuted (bigger = more important). */
  readonly importance: number;
  readonly std: number;
}

/**
 * Permutation importance (Breiman 2001): the drop in the score when one feature's column is
 * shuffled (seeded), averaged over repeats. `accuracy` thresholds outputs at 0.5 against 0/1
 * labels; `neg_mean_squared_error` compares outputs with labels; `mean_abs_change` needs no labels
 * and measures how much the output moves.
 */
export function permutationImportance(
  model: Model,
  data: Background & { readonly yTrue?: Float64Array },
  options: { readonly metric: ImportanceMetric; readonly repeats?: number; readonly seed?: number },
): FeatureImportance[] {
  const m = model.featureNames.length;
  const repeats = options.repeats ?? 5;
  const random = createPrng(options.seed ?? 0);
  const base = model.predict(data.rows, data.nRows);
  const score = (out: Float64Array): number => scoreOf(options.metric, out, base, data.yTrue);
  const baseline = score(base);
  const column = new Float64Array(data.nRows);
  return model.featureNames
    .map((feature, j) => {
      const drops: number[] = [];
      for (let r = 0; r < repeats; r++) {
        for (let i = 0; i < data.nRows; i++) column[i] = data.rows[i * m + j] as number;
        shuffleInPlace(column, random);
        const permuted = Float64Array.from(data.rows);
        for (let i = 0; i < data.nRows; i++) permuted[i * m + j] = column[i] as number;
        drops.push(baseline - score(model.predict(permuted, data.nRows)));
      }
      const mean = drops.reduce((a, b) => a + b, 0) / repeats;
      const variance = drops.reduce((a, b) => a + (b - mean) ** 2, 0) / repeats;
      return { feature, importance: mean, std: Math.sqrt(variance) };
    })
    .sort((a, b) => b.importance - a.importance);
}

function scoreOf(
  metric: ImportanceMetric,
  out: Float64Array,
  base: Float64Array,
  y: Float64Array | undefined,
): number {
  let total = 0;
  for (let i = 0; i < out.length; i++) {
    const o = out[i] as number;
    switch (metric) {
      case 'accuracy':
        total += (o >= 0.5 ? 1 : 0) === (y?.[i] ?? NaN) ? 1 : 0;
        break;
      case 'neg_mean_squared_error':
        total -= (o - (y?.[i] ?? NaN)) ** 2;
        break;
      case 'mean_abs_change':
        // Score falls as outputs move away from the unpermuted ones.
        total -= Math.abs(o - (base[i] as number));
        break;
      default: {
        const never: never = metric;
        throw new Error(`unknown metric ${String(never)}`);
      }
    }
  }
  return total / out.length;
}

/** Partial dependence of one feature: the mean output over the rows with x_j set to each grid value. */
export interface PartialDependence {
  readonly feature: string;
  readonly grid: readonly number[];
  readonly values: readonly number[];
}

/**
 * Partial dependence (Friedman 2001) over the given rows. The default grid is the distinct
 * values of the feature when there are at most 20, else 11 evenly spaced quantiles (0%..100%).
 */
export function partialDependence(
  model: Model,
  data: Background,
  feature: number,
  grid?: readonly number[],
): PartialDependence {
  const m = model.featureNames.length;
  const points = grid ?? defaultGrid(data, feature, m);
  const batch = Float64Array.from(data.rows);
  const values = points.map((g) => {
    for (let i = 0; i < data.nRows; i++) batch[i * m + feature] = g;
    const out = model.predict(batch, data.nRows);
    let sum = 0;
    for (let i = 0; i < data.nRows; i++) sum += out[i] as number;
    return sum / data.nRows;
  });
  return { feature: model.featureNames[feature] ?? String(feature), grid: points, values };
}

function defaultGrid(data: Background, feature: number, m: number): number[] {
  const column = Float64Array.from(
    { length: data.nRows },
    (_, i) => data.rows[i * m + feature] as number,
  ).sort();
  const distinct = [...new Set(column)];
  if (distinct.length <= 20) return distinct;
  return Array.from(
    { length: 11 },
    (_, q) => column[Math.round((q / 10) * (column.length - 1))] as number,
  );
}
