import { countCells, type ClassificationInput } from './confusion-counts.js';
import type { GroupCodes } from './group-encoding.js';
import {
  groupMetricsFromCells,
  type GroupMetricsOptions,
  type GroupMetricsResult,
} from './group-metrics.js';

/**
 * Expected confusion cells of a randomised classifier: a row with P(ŷ=1) = p adds p to its
 * predicted-positive cell and 1 − p to its predicted-negative cell. The metrics of these cells
 * are the rule's expected metrics, free of the noise of one random draw.
 */
export function expectedCells(input: {
  readonly yTrue: Uint8Array;
  readonly probabilities: Float64Array;
  readonly groups: GroupCodes;
}): Float64Array {
  const { yTrue, probabilities, groups } = input;
  const cells = new Float64Array(groups.labels.length * 4);
  for (let i = 0; i < probabilities.length; i++) {
    const base = ((groups.codes[i] as number) << 2) | ((yTrue[i] as number) << 1);
    const p = probabilities[i] as number;
    cells[base]! += 1 - p;
    cells[base | 1]! += p;
  }
  return cells;
}

/** Fairness and accuracy before and after a mitigation, side by side. */
export interface MitigationComparison {
  readonly before: GroupMetricsResult;
  readonly after: GroupMetricsResult;
}

/** Compares deterministic predictions with the expected outcome of a randomised rule. */
export function compareThresholdRule(
  before: ClassificationInput,
  probabilities: Float64Array,
  options: GroupMetricsOptions = {},
): MitigationComparison {
  return {
    before: groupMetricsFromCells(countCells(before), before.groups.labels, options),
    after: groupMetricsFromCells(
      expectedCells({ yTrue: before.yTrue, probabilities, groups: before.groups }),
      before.groups.labels,
      options,
    ),
  };
}

/** Compares the unweighted metrics with the metrics under reweighing weights. */
export function compareReweighing(
  input: ClassificationInput,
  weights: Float64Array,
  options: GroupMetricsOptions = {},
): MitigationComparison {
  return {
    before: groupMetricsFromCells(countCells(input), input.groups.labels, options),
    after: groupMetricsFromCells(countCells({ ...input, weights }), input.groups.labels, options),
  };
}
