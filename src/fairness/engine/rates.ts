import type { ConfusionCounts } from './confusion-counts.js';

/** The per-group rates of section 3, named as Fairlearn names them. */
export const RATE_METRICS = [
  'selection_rate',
  'base_rate',
  'true_positive_rate',
  'false_positive_rate',
  'false_negative_rate',
  'true_negative_rate',
  'precision',
  'negative_predictive_value',
  'accuracy',
] as const;

export type RateMetric = (typeof RATE_METRICS)[number];
export type RateSet = Readonly<Record<RateMetric, number>>;

/** Rates of one confusion matrix. An undefined rate (0/0) is NaN, as in Fairlearn. */
export function ratesFromCounts(c: ConfusionCounts): RateSet {
  const n = c.tn + c.fp + c.fn + c.tp;
  const positives = c.tp + c.fn;
  const negatives = c.tn + c.fp;
  return {
    selection_rate: (c.tp + c.fp) / n,
    base_rate: positives / n,
    true_positive_rate: c.tp / positives,
    false_positive_rate: c.fp / negatives,
    false_negative_rate: c.fn / positives,
    true_negative_rate: c.tn / negatives,
    precision: c.tp / (c.tp + c.fp),
    negative_predictive_value: c.tn / (c.tn + c.fn),
    accuracy: (c.tp + c.tn) / n,
  };
}

/** How far apart the groups are on one metric. */
export interface Disparity {
  /** max over groups − min over groups. */
  readonly difference: number;
  /** min over groups / max over groups. */
  readonly ratio: number;
  /** max over groups of |m_g − m_overall|. */
  readonly differenceToOverall: number;
  /** min over groups of min(m_g, m_overall) / max(m_g, m_overall). */
  readonly ratioToOverall: number;
}

/**
 * Between-groups and to-overall difference and ratio (section 3). Groups whose value is NaN (an
 * empty denominator) are skipped, as pandas skips them; with no defined group the result is NaN.
 */
export function disparityOf(values: readonly number[], overall: number): Disparity {
  let min = Infinity;
  let max = -Infinity;
  let differenceToOverall = -Infinity;
  let ratioToOverall = Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    const d = Math.abs(v - overall);
    if (d > differenceToOverall) differenceToOverall = d;
    const r = Math.min(v, overall) / Math.max(v, overall);
    if (!Number.isNaN(r) && r < ratioToOverall) ratioToOverall = r;
  }
  if (min === Infinity) {
    return { difference: NaN, ratio: NaN, differenceToOverall: NaN, ratioToOverall: NaN };
  }
  return {
    difference: max - min,
    ratio: min / max,
    differenceToOverall,
    ratioToOverall: ratioToOverall === Infinity ? NaN : ratioToOverall,
  };
}

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/** A two-sided confidence interval; NaN bounds when there were no trials. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * Wilson score interval for k successes in n trials (Wilson 1927): centre (p + z²/2n)/(1 + z²/n),
 * half-width z/(1 + z²/n)·√(p(1−p)/n + z²/4n²). Unlike the normal interval it stays inside [0, 1]
 * and is honest for small groups and rates near 0 or 1.
 */
export function wilsonInterval(k: number, n: number, z = Z_95): Interval {
  if (!(n > 0)) return { lower: NaN, upper: NaN };
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lower: centre - half, upper: centre + half };
}

/** The rates that get a Wilson interval, with their successes and trials. */
export const INTERVAL_METRICS = [
  'selection_rate',
  'true_positive_rate',
  'false_positive_rate',
  'precision',
] as const;
export type IntervalMetric = (typeof INTERVAL_METRICS)[number];

/** Wilson intervals for selection rate (TP+FP of n), TPR, FPR and precision. */
export function rateIntervals(c: ConfusionCounts, z = Z_95): Record<IntervalMetric, Interval> {
  const n = c.tn + c.fp + c.fn + c.tp;
  return {
    selection_rate: wilsonInterval(c.tp + c.fp, n, z),
    true_positive_rate: wilsonInterval(c.tp, c.tp + c.fn, z),
    false_positive_rate: wilsonInterval(c.fp, c.fp + c.tn, z),
    precision: wilsonInterval(c.tp, c.tp + c.fp, z),
  };
}
