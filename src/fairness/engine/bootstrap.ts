import type { ClassificationInput } from './confusion-counts.js';
import { groupMetricsFromCells, type FairnessSummary } from './group-metrics.js';
import { sfc32State } from './prng.js';

/** A percentile bootstrap interval for one summary metric. */
export interface BootstrapInterval {
  readonly metric: keyof FairnessSummary;
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly resamples: number;
}

export interface BootstrapOptions {
  readonly resamples: number;
  readonly seed: number;
  /** Default: demographic parity difference and equalized odds difference. */
  readonly metrics?: readonly (keyof FairnessSummary)[];
  /** Confidence level (default 0.95 → 2.5% and 97.5% quantiles). */
  readonly level?: number;
}

/**
 * Percentile bootstrap intervals for summary fairness metrics: rows are resampled with
 * replacement (seeded), the per-group cells recounted for each resample, and the quantiles taken
 * with linear interpolation (numpy's default). Resamples where a metric is undefined are dropped.
 */
export function bootstrapSummary(
  input: ClassificationInput,
  options: BootstrapOptions,
): BootstrapInterval[] {
  const metrics = options.metrics ?? ['demographic_parity_difference', 'equalized_odds_difference'];
  const level = options.level ?? 0.95;
  const { yTrue, yPred, groups } = input;
  const n = groups.codes.length;
  const labels = groups.labels;
  const samples = metrics.map(() => new Float64Array(options.resamples));
  const cells = new Float64Array(labels.length * 4);
  // Precompute each row's cell so a resample is one random draw and one increment per row.
  const rowCell = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    rowCell[i] =
      ((groups.codes[i] as number) << 2) | ((yTrue[i] as number) << 1) | (yPred[i] as number);
  }
  // sfc32 inlined: a call per draw would cost more than the rest of the resample.
  let [a, b, c, d] = sfc32State(options.seed);
  for (let r = 0; r < options.resamples; r++) {
    cells.fill(0);
    for (let i = 0; i < n; i++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      cells[rowCell[Math.floor(((t >>> 0) / 4294967296) * n)] as number]! += 1;
    }
    const summary = groupMetricsFromCells(cells, labels).summary;
    metrics.forEach((m, k) => {
      (samples[k] as Float64Array)[r] = summary[m];
    });
  }
  const fullCells = new Float64Array(labels.length * 4);
  for (let i = 0; i < n; i++) fullCells[rowCell[i] as number]! += 1;
  const estimate = groupMetricsFromCells(fullCells, labels).summary;
  return metrics.map((metric, k) => {
    const defined = Float64Array.from((samples[k] as Float64Array).filter((v) => !Number.isNaN(v)));
    defined.sort();
    return {
      metric,
      estimate: estimate[metric],
      lower: quantile(defined, (1 - level) / 2),
      upper: quantile(defined, 1 - (1 - level) / 2),
      resamples: defined.length,
    };
  });
}

/** Quantile of sorted values with linear interpolation between order statistics. */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const position = q * (sorted.length - 1);
  const lo = Math.floor(position);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (position - lo);
}
