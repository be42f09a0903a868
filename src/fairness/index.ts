/** The fairness domain's public face: other domains import only from here. */
export {
  FairnessService,
  DEFAULT_FAIRNESS_LIMITS,
  type FairnessLimits,
  type FairnessServiceOptions,
} from './fairness.service.js';
export { fairnessRoutes, type FairnessRoutesOptions } from './fairness.routes.js';
export { registerFairnessCommands } from './fairness.commands.js';
export {
  buildFairnessReport,
  type FairnessReport,
  type FairnessReportOptions,
} from './engine/fairness-report.js';
export { computeGroupMetrics, type GroupMetricsResult } from './engine/group-metrics.js';
export { renderModelCard, type ModelCardInput } from './engine/model-card.js';
export { createModel, parseModelSpec, type Model, type ModelSpec } from './engine/model.js';
export { ModelEvaluationService, type ModelRef } from './model-evaluations.service.js';
export { modelEvaluationRoutes } from './model-evaluations.routes.js';
