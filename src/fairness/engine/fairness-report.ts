import {
  FairnessDegenerateGroup,
  FairnessInvalidColumn,
  FairnessInvalidOptions,
  FairnessUnknownGroup,
} from '../fairness.errors.js';
import { bootstrapSummary, type BootstrapInterval } from './bootstrap.js';
import { assessDataBias, type DataBiasReport } from './data-bias.js';
import { calibrationByGroup, type GroupCalibration } from './calibration.js';
import { encodeGroups, type GroupCodes } from './group-encoding.js';
import { computeGroupMetrics, type GroupMetricsResult } from './group-metrics.js';
import { compareThresholdRule, type MitigationComparison } from './mitigation.js';
import { binaryColumn, numberColumn, textColumn, type Table } from './table-loader.js';
import {
  fitThresholdOptimizer,
  ruleProbabilities,
  type ThresholdConstraint,
  type ThresholdRule,
} from './threshold-optimizer.js';

/** What to audit: which columns hold the label, the prediction (or score) and the groups. */
export interface FairnessReportOptions {
  readonly label: string;
  /** A 0/1 prediction column; or give `score` and `threshold` (predict 1 when score ≥ threshold). */
  readonly prediction?: string;
  readonly score?: string;
  readonly threshold?: number;
  /** One column, or several for intersectional groups (`a|b`). */
  readonly groupColumns: readonly string[];
  readonly favorableLabel?: 0 | 1;
  readonly privileged?: string;
  readonly unprivileged?: string;
  readonly minGroupSize?: number;
  /** Seeded bootstrap of the summary differences; omitted → none. */
  readonly bootstrap?: { readonly resamples: number; readonly seed: number };
  /** Categorical and numeric features to screen as proxies of the group. */
  readonly proxyFeatures?: readonly string[];
  readonly numericFeatures?: readonly string[];
  /** Threshold post-processing to preview (needs a score); default demographic_parity. */
  readonly mitigation?: ThresholdConstraint | 'none';
}

export interface FairnessReport {
  readonly options: FairnessReportOptions;
  readonly metrics: GroupMetricsResult;
  readonly bootstrap: readonly BootstrapInterval[];
  readonly calibration: readonly GroupCalibration[];
  readonly dataBias: DataBiasReport;
  readonly mitigation?: { readonly rule: ThresholdRule; readonly comparison: MitigationComparison };
  readonly warnings: readonly string[];
}

/** The label, prediction, optional score and groups of a table, as typed arrays. */
export interface ReportColumns {
  readonly yTrue: Uint8Array;
  readonly yPred: Uint8Array;
  readonly scores?: Float64Array;
  readonly groups: GroupCodes;
}

/**
 * Extracts typed columns for a report.
 * @throws FairnessInvalidOptions, FairnessColumnNotFound, FairnessInvalidColumn
 */
export function reportColumns(table: Table, options: FairnessReportOptions): ReportColumns {
  if ((options.prediction === undefined) === (options.score === undefined)) {
    throw new FairnessInvalidOptions(
      'Give either a prediction column or a score column with a threshold.',
      'Use --prediction COL, or --score COL --threshold T.',
    );
  }
  if (options.groupColumns.length === 0) {
    throw new FairnessInvalidOptions(
      'No group column was given.',
      'Name the protected attribute with --group COL (or COL,COL for intersections).',
    );
  }
  const yTrue = binaryColumn(table, options.label);
  const groups = encodeGroups(options.groupColumns.map((c) => textColumn(table, c)));
  if (options.prediction !== undefined)
    return { yTrue, yPred: binaryColumn(table, options.prediction), groups };
  const threshold = options.threshold;
  if (threshold === undefined || !Number.isFinite(threshold)) {
    throw new FairnessInvalidOptions(
      'A score column needs a numeric threshold.',
      'Add --threshold T; rows with score ≥ T are predicted 1.',
    );
  }
  const scores = numberColumn(table, options.score as string);
  const bad = scores.findIndex((s) => Number.isNaN(s));
  if (bad >= 0) throw new FairnessInvalidColumn(options.score as string, 'has an empty score', bad);
  return { yTrue, yPred: Uint8Array.from(scores, (s) => (s >= threshold ? 1 : 0)), scores, groups };
}

/**
 * Builds the whole audit of one table: group metrics with intervals, optional bootstrap,
 * calibration (when there is a score), representation and base rates, reweighing weights, and a
 * preview of threshold post-processing with its before/after comparison.
 */
export function buildFairnessReport(table: Table, options: FairnessReportOptions): FairnessReport {
  const columns = reportColumns(table, options);
  const { yTrue, yPred, scores, groups } = columns;
  const warnings: string[] = [];
  for (const named of [options.privileged, options.unprivileged]) {
    if (named !== undefined && !groups.labels.includes(named)) {
      throw new FairnessUnknownGroup(named, groups.labels);
    }
  }
  if (
    options.privileged === undefined &&
    (options.favorableLabel !== undefined || options.unprivileged !== undefined)
  ) {
    warnings.push(
      '--favorable and --unprivileged apply to the privileged comparison; give --privileged too.',
    );
  }
  const metricOptions = {
    ...(options.minGroupSize === undefined ? {} : { minGroupSize: options.minGroupSize }),
    ...(options.privileged === undefined ? {} : { privileged: options.privileged }),
    ...(options.unprivileged === undefined ? {} : { unprivileged: options.unprivileged }),
    ...(options.favorableLabel === undefined ? {} : { favorableLabel: options.favorableLabel }),
  };
  const metrics = computeGroupMetrics({ yTrue, yPred, groups }, metricOptions);
  warnings.push(...metrics.warnings);
  const report: FairnessReport = {
    options,
    metrics,
    bootstrap:
      options.bootstrap === undefined
        ? []
        : bootstrapSummary({ yTrue, yPred, groups }, options.bootstrap),
    calibration: scores === undefined ? [] : calibrationByGroup({ scores, yTrue, groups }),
    dataBias: assessDataBias(table, {
      label: options.label,
      groupColumns: options.groupColumns,
      ...(options.proxyFeatures === undefined ? {} : { proxyFeatures: options.proxyFeatures }),
      ...(options.numericFeatures === undefined
        ? {}
        : { numericFeatures: options.numericFeatures }),
    }),
    warnings,
  };
  const constraint = options.mitigation ?? 'demographic_parity';
  if (scores === undefined || constraint === 'none') return report;
  try {
    const rule = fitThresholdOptimizer({ scores, yTrue, groups }, { constraint });
    const comparison = compareThresholdRule(
      { yTrue, yPred, groups },
      ruleProbabilities(rule, { scores, groups }),
      metricOptions,
    );
    return { ...report, mitigation: { rule, comparison } };
  } catch (err) {
    if (!(err instanceof FairnessDegenerateGroup)) throw err;
    warnings.push(`Threshold post-processing skipped: ${err.message}`);
    return report;
  }
}
