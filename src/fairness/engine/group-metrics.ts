import {
  cellsToCounts,
  countCells,
  flipCounts,
  type ClassificationInput,
  type ConfusionCounts,
} from './confusion-counts.js';
import {
  RATE_METRICS,
  disparityOf,
  rateIntervals,
  ratesFromCounts,
  type Disparity,
  type Interval,
  type IntervalMetric,
  type RateMetric,
  type RateSet,
} from './rates.js';

/** One group's counts, rates and Wilson intervals. */
export interface GroupResult {
  readonly group: string;
  readonly n: number;
  readonly counts: ConfusionCounts;
  readonly rates: RateSet;
  readonly intervals: Readonly<Record<IntervalMetric, Interval>>;
  /** True when n is below the minimum group size: treat its rates as unreliable. */
  readonly isSmall: boolean;
}

/** The summary fairness metrics of section 3, named as in Fairlearn. */
export interface FairnessSummary {
  readonly demographic_parity_difference: number;
  readonly demographic_parity_ratio: number;
  readonly equalized_odds_difference: number;
  readonly equalized_odds_ratio: number;
  readonly equalized_odds_difference_mean: number;
  readonly equalized_odds_ratio_mean: number;
  readonly equal_opportunity_difference: number;
  readonly equal_opportunity_ratio: number;
  readonly predictive_parity_difference: number;
  readonly predictive_parity_ratio: number;
  readonly false_positive_rate_difference: number;
  readonly false_negative_rate_difference: number;
}

/** AIF360-style comparison of one unprivileged group with the privileged group. */
export interface PrivilegedComparison {
  readonly unprivileged: string;
  readonly disparate_impact: number;
  /** The four-fifths rule: 0.8 ≤ DI ≤ 1.25. */
  readonly four_fifths_rule_passed: boolean;
  readonly statistical_parity_difference: number;
  readonly equal_opportunity_difference: number;
  readonly average_odds_difference: number;
  readonly average_abs_odds_difference: number;
  readonly false_positive_rate_ratio: number;
  readonly false_negative_rate_ratio: number;
}

export interface PrivilegedResult {
  readonly privileged: string;
  readonly favorableLabel: 0 | 1;
  readonly comparisons: readonly PrivilegedComparison[];
}

export interface GroupMetricsOptions {
  /** Groups smaller than this are flagged (default 30). */
  readonly minGroupSize?: number;
  /** The privileged group for the AIF360-style metrics; omitted → no AIF360 section. */
  readonly privileged?: string;
  /** Compare only this unprivileged group; default: every other group. */
  readonly unprivileged?: string;
  /** Favourable label for the AIF360-style metrics (default 1). */
  readonly favorableLabel?: 0 | 1;
}

export interface GroupMetricsResult {
  readonly n: number;
  readonly overall: Omit<GroupResult, 'group' | 'isSmall'>;
  readonly groups: readonly GroupResult[];
  readonly disparities: Readonly<Record<RateMetric, Disparity>>;
  readonly summary: FairnessSummary;
  readonly privileged?: PrivilegedResult;
  readonly warnings: readonly string[];
}

/**
 * All group metrics of section 3 from one counting pass: counts, rates and Wilson intervals per
 * group and overall, between-groups and to-overall disparities of every rate, the summary
 * fairness metrics, and (given a privileged group) the AIF360-style comparisons.
 */
export function computeGroupMetrics(
  input: ClassificationInput,
  options: GroupMetricsOptions = {},
): GroupMetricsResult {
  return groupMetricsFromCells(countCells(input), input.groups.labels, options);
}

/** The same as computeGroupMetrics, from cells already counted (bootstrap, benchmarks). */
export function groupMetricsFromCells(
  cells: Float64Array,
  labels: readonly string[],
  options: GroupMetricsOptions = {},
): GroupMetricsResult {
  const minGroupSize = options.minGroupSize ?? 30;
  const { byGroup, overall } = cellsToCounts(cells);
  const warnings: string[] = [];
  const groups: GroupResult[] = byGroup.map((counts, g) => {
    const n = counts.tn + counts.fp + counts.fn + counts.tp;
    const group = labels[g] ?? String(g);
    const isSmall = n < minGroupSize;
    if (isSmall) {
      warnings.push(
        `Group "${group}" has ${n} rows (< ${minGroupSize}); its rates have wide intervals.`,
      );
    }
    return {
      group,
      n,
      counts,
      rates: ratesFromCounts(counts),
      intervals: rateIntervals(counts),
      isSmall,
    };
  });
  const overallRates = ratesFromCounts(overall);
  const disparities = {} as Record<RateMetric, Disparity>;
  for (const metric of RATE_METRICS) {
    disparities[metric] = disparityOf(
      groups.map((g) => g.rates[metric]),
      overallRates[metric],
    );
  }
  const n = overall.tn + overall.fp + overall.fn + overall.tp;
  const result: GroupMetricsResult = {
    n,
    overall: { n, counts: overall, rates: overallRates, intervals: rateIntervals(overall) },
    groups,
    disparities,
    summary: summarize(disparities),
    warnings,
  };
  if (options.privileged === undefined) return result;
  return { ...result, privileged: comparePrivileged(groups, options) };
}

function summarize(d: Readonly<Record<RateMetric, Disparity>>): FairnessSummary {
  const tpr = d.true_positive_rate;
  const fpr = d.false_positive_rate;
  return {
    demographic_parity_difference: d.selection_rate.difference,
    demographic_parity_ratio: d.selection_rate.ratio,
    equalized_odds_difference: Math.max(tpr.difference, fpr.difference),
    equalized_odds_ratio: Math.min(tpr.ratio, fpr.ratio),
    equalized_odds_difference_mean: (tpr.difference + fpr.difference) / 2,
    equalized_odds_ratio_mean: (tpr.ratio + fpr.ratio) / 2,
    equal_opportunity_difference: tpr.difference,
    equal_opportunity_ratio: tpr.ratio,
    predictive_parity_difference: d.precision.difference,
    predictive_parity_ratio: d.precision.ratio,
    false_positive_rate_difference: fpr.difference,
    false_negative_rate_difference: d.false_negative_rate.difference,
  };
}

function comparePrivileged(
  groups: readonly GroupResult[],
  options: GroupMetricsOptions,
): PrivilegedResult {
  const favorableLabel = options.favorableLabel ?? 1;
  const privileged = options.privileged as string;
  const toFavorable = (c: ConfusionCounts): RateSet =>
    ratesFromCounts(favorableLabel === 1 ? c : flipCounts(c));
  const p = groups.find((g) => g.group === privileged);
  if (p === undefined) return { privileged, favorableLabel, comparisons: [] };
  const pr = toFavorable(p.counts);
  const others = groups.filter(
    (g) =>
      g.group !== privileged &&
      (options.unprivileged === undefined || g.group === options.unprivileged),
  );
  const comparisons = others.map((u): PrivilegedComparison => {
    const ur = toFavorable(u.counts);
    const di = ur.selection_rate / pr.selection_rate;
    const dFpr = ur.false_positive_rate - pr.false_positive_rate;
    const dTpr = ur.true_positive_rate - pr.true_positive_rate;
    return {
      unprivileged: u.group,
      disparate_impact: di,
      four_fifths_rule_passed: di >= 0.8 && di <= 1.25,
      statistical_parity_difference: ur.selection_rate - pr.selection_rate,
      equal_opportunity_difference: dTpr,
      average_odds_difference: (dFpr + dTpr) / 2,
      average_abs_odds_difference: (Math.abs(dFpr) + Math.abs(dTpr)) / 2,
      false_positive_rate_ratio: ur.false_positive_rate / pr.false_positive_rate,
      false_negative_rate_ratio: ur.false_negative_rate / pr.false_negative_rate,
    };
  });
  return { privileged, favorableLabel, comparisons };
}
