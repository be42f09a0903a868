import { FairnessInvalidOptions } from '../fairness.errors.js';
import type { Model } from './model.js';
import {
  exactShapley,
  kernelShap,
  MAX_EXACT_FEATURES,
  type Background,
  type ShapleyExplanation,
} from './shapley.js';

export type ShapleyMethod = 'exact' | 'kernel' | 'auto';

export interface ExplainOptions {
  /** `auto`: exact up to maxExactFeatures, else kernel. */
  readonly method?: ShapleyMethod;
  readonly maxExactFeatures?: number;
  readonly maxCoalitions?: number;
  readonly seed?: number;
}

export interface ExplanationReport {
  readonly featureNames: readonly string[];
  readonly method: 'exact' | 'kernel';
  readonly rows: readonly ShapleyExplanation[];
  /** Mean |φ| per feature over the explained rows, largest first. */
  readonly globalImportance: readonly { readonly feature: string; readonly meanAbsShap: number }[];
}

/**
 * Shapley values for each row against a background sample, and the global importance (mean
 * |φ|) over those rows. The model needs no training data beyond the background.
 * @throws FairnessInvalidOptions when exact is asked for too many features.
 */
export function explainRows(
  model: Model,
  rows: Background,
  background: Background,
  options: ExplainOptions = {},
): ExplanationReport {
  const m = model.featureNames.length;
  if (background.nRows === 0)
    throw new FairnessInvalidOptions(
      'The background sample is empty.',
      'Give at least one background row (a few dozen is typical).',
    );
  const maxExact = options.maxExactFeatures ?? MAX_EXACT_FEATURES;
  const method =
    options.method === undefined || options.method === 'auto'
      ? m <= maxExact
        ? 'exact'
        : 'kernel'
      : options.method;
  const explanations: ShapleyExplanation[] = [];
  for (let r = 0; r < rows.nRows; r++) {
    const x = rows.rows.slice(r * m, (r + 1) * m);
    explanations.push(
      method === 'exact'
        ? exactShapley(model, x, background, { maxFeatures: maxExact })
        : kernelShap(model, x, background, {
            ...(options.maxCoalitions === undefined
              ? {}
              : { maxCoalitions: options.maxCoalitions }),
            seed: (options.seed ?? 0) + r,
          }),
    );
  }
  const globalImportance = model.featureNames
    .map((feature, j) => ({
      feature,
      meanAbsShap:
        explanations.reduce((s, e) => s + Math.abs(e.values[j] as number), 0) /
        Math.max(1, explanations.length),
    }))
    .sort((a, b) => b.meanAbsShap - a.meanAbsShap);
  return { featureNames: model.featureNames, method, rows: explanations, globalImportance };
}

/** The explanation as JSON: one object of φ by feature name per row. */
export function explanationJson(report: ExplanationReport): Record<string, unknown> {
  return {
    method: report.method,
    feature_names: report.featureNames,
    rows: report.rows.map((e) => ({
      base_value: e.baseValue,
      prediction: e.prediction,
      shap_values: Object.fromEntries(report.featureNames.map((f, j) => [f, e.values[j]])),
    })),
    global_importance: report.globalImportance.map((g) => ({
      feature: g.feature,
      mean_abs_shap: g.meanAbsShap,
    })),
  };
}
