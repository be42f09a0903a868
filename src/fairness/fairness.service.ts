import type {
  ExplainRequest,
  ExplainResponse,
  FairnessMitigateRequest,
  FairnessMitigateResponse,
  FairnessReportRequest,
  FairnessReportResponse,
} from '../contracts/fairness.js';
import type { AuditSink } from '../platform/audit/audit-sink.js';
import { audited } from '../platform/audit/audited.js';
import type { Actor } from '../platform/identity/actor.js';
import { requirePermission } from '../platform/identity/require-permission.js';
import {
  explainRows,
  explanationJson,
  type ExplanationReport,
} from './engine/explanation-report.js';
import { buildFairnessReport, type FairnessReport } from './engine/fairness-report.js';
import { encodeGroups } from './engine/group-encoding.js';
import { compareReweighing, compareThresholdRule } from './engine/mitigation.js';
import { createModel, parseModelSpec, type Model } from './engine/model.js';
import { renderHtmlReport } from './engine/report-html.js';
import { metricsJson, reportJson } from './engine/report-json.js';
import { reweigh } from './engine/reweighing.js';
import type { Background } from './engine/shapley.js';
import {
  binaryColumn,
  numberColumn,
  tableFromRecords,
  textColumn,
  type Table,
} from './engine/table-loader.js';
import { fitThresholdOptimizer, ruleProbabilities } from './engine/threshold-optimizer.js';
import { ruleJson } from './engine/threshold-rule-json.js';
import {
  FairnessInputTooLarge,
  FairnessInvalidOptions,
  FairnessModelInvalid,
} from './fairness.errors.js';

/** Bounds on what one request may ask of the fairness engine. */
export interface FairnessLimits {
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly maxExplainRows: number;
  readonly maxBackgroundRows: number;
  /** Exact Shapley enumeration limit (2^M coalitions per row). */
  readonly maxExactFeatures: number;
  readonly maxBootstrapResamples: number;
}

export const DEFAULT_FAIRNESS_LIMITS: FairnessLimits = {
  maxRows: 200_000,
  maxColumns: 500,
  maxExplainRows: 200,
  maxBackgroundRows: 500,
  maxExactFeatures: 14,
  maxBootstrapResamples: 2_000,
};

export interface FairnessServiceOptions {
  readonly audit: AuditSink;
  readonly limits?: Partial<FairnessLimits>;
}

const PERMISSION = 'fairness:run';

/**
 * Fairness reports, mitigation and explanations for API callers: checks `fairness:run`, bounds
 * the request, runs the pure engine and writes exactly one audit record (allowed, denied or
 * failed) with counts only — never rows.
 */
export class FairnessService {
  private readonly audit: AuditSink;
  private readonly limits: FairnessLimits;

  constructor(options: FairnessServiceOptions) {
    this.audit = options.audit;
    this.limits = { ...DEFAULT_FAIRNESS_LIMITS, ...options.limits };
  }

  /** Group metrics, disparities, calibration, data bias and a mitigation preview. */
  async report(actor: Actor, input: FairnessReportRequest): Promise<FairnessReportResponse> {
    return this.run(
      actor,
      'fairness.report',
      { rows: input.rows.length, groups: input.groups.length },
      () => {
        const report = fairnessReportFromRequest(input, this.limits);
        return {
          report: reportJson(report),
          ...(input.format === 'html'
            ? {
                html: renderHtmlReport(report, {
                  title: `Fairness report: ${input.label} by ${input.groups.join(' × ')}`,
                }),
              }
            : {}),
        };
      },
    );
  }

  /** Reweighing weights (one per row), or a threshold rule fitted on scores, with before/after. */
  async mitigate(actor: Actor, input: FairnessMitigateRequest): Promise<FairnessMitigateResponse> {
    return this.run(
      actor,
      'fairness.mitigate',
      { rows: input.rows.length, method: input.method },
      () => {
        const table = this.table(input.rows);
        const groups = encodeGroups(input.groups.map((g) => textColumn(table, g)));
        const yTrue = binaryColumn(table, input.label);
        if (input.method === 'reweighing') {
          const { weights, cells } = reweigh({ yTrue, groups });
          const comparison =
            input.prediction === undefined
              ? undefined
              : compareReweighing(
                  { yTrue, yPred: binaryColumn(table, input.prediction), groups },
                  weights,
                );
          return {
            method: 'reweighing' as const,
            weights: [...weights],
            cells: [...cells],
            ...(comparison === undefined
              ? {}
              : { before: metricsJson(comparison.before), after: metricsJson(comparison.after) }),
          };
        }
        if (input.score === undefined)
          throw new FairnessInvalidOptions(
            'The threshold method needs a score column.',
            'Set "score" to the name of the score column.',
          );
        const scores = numberColumn(table, input.score);
        const rule = fitThresholdOptimizer(
          { scores, yTrue, groups },
          { constraint: input.constraint ?? 'demographic_parity' },
        );
        const probabilities = ruleProbabilities(rule, { scores, groups });
        const yPred =
          input.prediction === undefined
            ? Uint8Array.from(probabilities, (p) => (p >= 0.5 ? 1 : 0))
            : binaryColumn(table, input.prediction);
        const comparison = compareThresholdRule({ yTrue, yPred, groups }, probabilities);
        return {
          method: 'threshold' as const,
          rule: ruleJson(rule),
          before: metricsJson(comparison.before),
          after: metricsJson(comparison.after),
        };
      },
    );
  }

  /** Shapley values per row against the background, and global importance. */
  async explain(actor: Actor, input: ExplainRequest): Promise<ExplainResponse> {
    return this.run(
      actor,
      'fairness.explain',
      { rows: input.rows.length, background: input.background.length },
      () => {
        const report = explanationFromRequest(input, this.limits);
        return explanationJson(report) as ExplainResponse;
      },
    );
  }

  private table(rows: readonly Record<string, unknown>[]): Table {
    return tableOf(rows, this.limits);
  }

  /** Checks `fairness:run`, runs `work` and writes one audit record (counts only). */
  private run<T>(
    actor: Actor,
    action: string,
    details: Record<string, unknown>,
    work: () => T,
  ): Promise<T> {
    return audited(this.audit, actor, { action, resource: { type: 'fairness' } }, async () => {
      requirePermission(actor, PERMISSION);
      return { result: work(), details };
    });
  }
}

/** Rows as arrays (in feature order) or objects keyed by feature name, to the Model's layout. */
function matrix(model: Model, rows: ExplainRequest['rows']): Background {
  const m = model.featureNames.length;
  const out = new Float64Array(rows.length * m);
  rows.forEach((row, i) => {
    model.featureNames.forEach((name, j) => {
      const v = Array.isArray(row) ? row[j] : row[name];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new FairnessModelInvalid(`row ${i + 1} has no numeric value for feature "${name}"`);
      }
      out[i * m + j] = v;
    });
  });
  return { rows: out, nRows: rows.length };
}

function tableOf(rows: readonly Record<string, unknown>[], limits: FairnessLimits): Table {
  return tableFromRecords(rows, {
    maxBytes: Number.MAX_SAFE_INTEGER,
    maxRows: limits.maxRows,
    maxColumns: limits.maxColumns,
  });
}

/** The engine's fairness report for an API request (no permission check, no audit). */
export function fairnessReportFromRequest(
  input: FairnessReportRequest,
  limits: FairnessLimits = DEFAULT_FAIRNESS_LIMITS,
): FairnessReport {
  if ((input.bootstrap?.resamples ?? 0) > limits.maxBootstrapResamples) {
    throw new FairnessInputTooLarge('number of bootstrap resamples', limits.maxBootstrapResamples);
  }
  return buildFairnessReport(tableOf(input.rows, limits), {
    label: input.label,
    groupColumns: input.groups,
    ...(input.prediction === undefined ? {} : { prediction: input.prediction }),
    ...(input.score === undefined ? {} : { score: input.score }),
    ...(input.threshold === undefined ? {} : { threshold: input.threshold }),
    ...(input.favorable_label === undefined ? {} : { favorableLabel: input.favorable_label }),
    ...(input.privileged === undefined ? {} : { privileged: input.privileged }),
    ...(input.unprivileged === undefined ? {} : { unprivileged: input.unprivileged }),
    ...(input.min_group_size === undefined ? {} : { minGroupSize: input.min_group_size }),
    ...(input.bootstrap === undefined ? {} : { bootstrap: input.bootstrap }),
    ...(input.mitigation === undefined ? {} : { mitigation: input.mitigation }),
  });
}

/** The engine's Shapley explanation for an API request (no permission check, no audit). */
export function explanationFromRequest(
  input: ExplainRequest,
  limits: FairnessLimits = DEFAULT_FAIRNESS_LIMITS,
): ExplanationReport {
  if (input.rows.length > limits.maxExplainRows)
    throw new FairnessInputTooLarge('number of rows to explain', limits.maxExplainRows);
  if (input.background.length > limits.maxBackgroundRows)
    throw new FairnessInputTooLarge('number of background rows', limits.maxBackgroundRows);
  const model = createModel(parseModelSpec(input.model));
  return explainRows(model, matrix(model, input.rows), matrix(model, input.background), {
    method: input.method ?? 'auto',
    maxExactFeatures: limits.maxExactFeatures,
    ...(input.max_coalitions === undefined ? {} : { maxCoalitions: input.max_coalitions }),
    ...(input.seed === undefined ? {} : { seed: input.seed }),
  });
}
