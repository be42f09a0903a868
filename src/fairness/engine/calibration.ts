import type { GroupCodes } from './group-encoding.js';

/** One score bin of one group: how many rows fell in it and how often y was 1. */
export interface CalibrationBin {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  readonly meanScore: number;
  /** Mean of y_true in the bin (NaN when empty). */
  readonly observedRate: number;
}

export interface GroupCalibration {
  readonly group: string;
  readonly bins: readonly CalibrationBin[];
}

export interface CalibrationOptions {
  /**
   * `distinct`: one bin per distinct score (COMPAS deciles 1..10); a number: that many
   * equal-width bins over [min, max] of the scores. Default: distinct when there are at most 20
   * distinct scores, else 10 equal-width bins.
   */
  readonly bins?: 'distinct' | number;
}

/**
 * Calibration by score bin per group: for each bin, the count, mean score and observed rate of
 * y = 1. A well-calibrated score has the same observed rate in a bin for every group.
 */
export function calibrationByGroup(
  input: { readonly scores: Float64Array; readonly yTrue: Uint8Array; readonly groups: GroupCodes },
  options: CalibrationOptions = {},
): GroupCalibration[] {
  const { scores, yTrue, groups } = input;
  const distinct = [...new Set(scores.filter((s) => !Number.isNaN(s)))].sort((a, b) => a - b);
  const mode = options.bins ?? (distinct.length <= 20 ? 'distinct' : 10);
  let edges: { lower: number; upper: number }[];
  let binOf: (s: number) => number;
  if (mode === 'distinct') {
    edges = distinct.map((v) => ({ lower: v, upper: v }));
    const index = new Map(distinct.map((v, i) => [v, i]));
    binOf = (s) => index.get(s) ?? -1;
  } else {
    const min = distinct[0] ?? 0;
    const max = distinct[distinct.length - 1] ?? 0;
    const width = (max - min) / mode || 1;
    edges = Array.from({ length: mode }, (_, b) => ({
      lower: min + b * width,
      upper: min + (b + 1) * width,
    }));
    binOf = (s) => (Number.isNaN(s) ? -1 : Math.min(mode - 1, Math.floor((s - min) / width)));
  }
  const nBins = edges.length;
  const count = new Float64Array(groups.labels.length * nBins);
  const sumScore = new Float64Array(count.length);
  const sumY = new Float64Array(count.length);
  for (let i = 0; i < scores.length; i++) {
    const b = binOf(scores[i] as number);
    if (b < 0) continue;
    const cell = (groups.codes[i] as number) * nBins + b;
    count[cell]! += 1;
    sumScore[cell]! += scores[i] as number;
    sumY[cell]! += yTrue[i] as number;
  }
  return groups.labels.map((group, g) => ({
    group,
    bins: edges.map((edge, b) => {
      const c = count[g * nBins + b] as number;
      return {
        lower: edge.lower,
        upper: edge.upper,
        count: c,
        meanScore: (sumScore[g * nBins + b] as number) / c,
        observedRate: (sumY[g * nBins + b] as number) / c,
      };
    }),
  }));
}
