import { z } from 'zod';

/** Hard cap of any row array in a fairness request; the service applies its (lower) limits. */
const MAX_ROWS = 1_000_000;

const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const Row = z.record(z.string(), Cell);

const Constraint = z.enum(['demographic_parity', 'equalized_odds', 'true_positive_rate_parity']);

/** `POST /fairness/report`: rows with a label, a prediction (or score + threshold) and groups. */
export const FairnessReportRequest = z
  .object({
    rows: z.array(Row).min(1).max(MAX_ROWS),
    label: z.string().min(1),
    prediction: z.string().min(1).optional(),
    score: z.string().min(1).optional(),
    threshold: z.number().optional(),
    groups: z.array(z.string().min(1)).min(1).max(4),
    favorable_label: z.union([z.literal(0), z.literal(1)]).optional(),
    privileged: z.string().optional(),
    unprivileged: z.string().optional(),
    min_group_size: z.number().int().min(1).optional(),
    bootstrap: z
      .object({ resamples: z.number().int().min(1).max(10_000), seed: z.number().int() })
      .optional(),
    mitigation: z.union([Constraint, z.literal('none')]).optional(),
    format: z.enum(['json', 'html']).optional(),
  })
  .meta({ id: 'FairnessReportRequest' });
export type FairnessReportRequest = z.infer<typeof FairnessReportRequest>;

/** The report in Fairlearn's snake_case names (overall, by_group, disparities, …), and the HTML page when asked. */
export const FairnessReportResponse = z
  .object({ report: z.record(z.string(), z.unknown()), html: z.string().optional() })
  .meta({ id: 'FairnessReportResponse' });
export type FairnessReportResponse = z.infer<typeof FairnessReportResponse>;

/** `POST /fairness/mitigate`: reweighing weights, or a threshold rule fitted on scores. */
export const FairnessMitigateRequest = z
  .object({
    rows: z.array(Row).min(1).max(MAX_ROWS),
    label: z.string().min(1),
    groups: z.array(z.string().min(1)).min(1).max(4),
    method: z.enum(['reweighing', 'threshold']),
    constraint: Constraint.optional(),
    score: z.string().min(1).optional(),
    prediction: z.string().min(1).optional(),
  })
  .meta({ id: 'FairnessMitigateRequest' });
export type FairnessMitigateRequest = z.infer<typeof FairnessMitigateRequest>;

export const FairnessMitigateResponse = z
  .object({
    method: z.enum(['reweighing', 'threshold']),
    weights: z.array(z.number()).optional(),
    cells: z
      .array(
        z.object({ group: z.string(), label: z.number(), count: z.number(), weight: z.number() }),
      )
      .optional(),
    rule: z.record(z.string(), z.unknown()).optional(),
    before: z.record(z.string(), z.unknown()).optional(),
    after: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'FairnessMitigateResponse' });
export type FairnessMitigateResponse = z.infer<typeof FairnessMitigateResponse>;

const FeatureRow = z.union([z.array(z.number()), z.record(z.string(), z.number())]);

/** `POST /explain`: a model description, rows to explain and a background sample. */
export const ExplainRequest = z
  .object({
    model: z.record(z.string(), z.unknown()),
    rows: z.array(FeatureRow).min(1).max(10_000),
    background: z.array(FeatureRow).min(1).max(10_000),
    method: z.enum(['auto', 'exact', 'kernel']).optional(),
    max_coalitions: z.number().int().min(1).max(100_000).optional(),
    seed: z.number().int().optional(),
  })
  .meta({ id: 'ExplainRequest' });
export type ExplainRequest = z.infer<typeof ExplainRequest>;

export const ExplainResponse = z
  .object({
    method: z.enum(['exact', 'kernel']),
    feature_names: z.array(z.string()),
    rows: z.array(
      z.object({
        base_value: z.number(),
        prediction: z.number(),
        shap_values: z.record(z.string(), z.number()),
      }),
    ),
    global_importance: z.array(z.object({ feature: z.string(), mean_abs_shap: z.number() })),
  })
  .meta({ id: 'ExplainResponse' });
export type ExplainResponse = z.infer<typeof ExplainResponse>;
