/**
 * The privacy domain's public face. The registry calls `scanTable`/`maskTable` on dataset
 * versions (storing the report with the version and the masked output as a new version with
 * lineage); the guard may call `createAnalyzer` to find leaked PII in model output.
 */
export {
  createAnalyzer,
  DEFAULT_THRESHOLD,
  type Analyzer,
  type AnalyzerOptions,
  type DenyEntry,
} from './engine/analyzer.js';
export {
  ENTITY_TYPES,
  PII_TYPES,
  SECRET_TYPES,
  isSecretType,
  type EntityType,
  type Finding,
} from './engine/entity-types.js';
export {
  applyOperator,
  decryptValue,
  generalize,
  type Operator,
  type OperatorKeys,
} from './engine/operators.js';
export {
  DEFAULT_POLICY,
  parsePolicy,
  operatorFor,
  type MaskPolicy,
  type ColumnRule,
} from './engine/policy.js';
export { maskText, type MaskResult } from './engine/text-masker.js';
export {
  scanCsv,
  scanTable,
  maskCsv,
  maskTable,
  csvRowBatches,
  type TableFinding,
  type TableScanReport,
  type ColumnReport,
} from './engine/table-scanner.js';
export { scanJsonLine, maskJsonLine, type FieldFinding } from './engine/jsonl-scanner.js';
export { parquetRowBatches } from './engine/parquet-reader.js';
export {
  measureK,
  generalizeUntilK,
  type KAnonymityResult,
  type KAnonymityMeasure,
} from './engine/k-anonymity.js';
export {
  PrivacyService,
  type PrivacyServiceOptions,
  type PrivacyLimits,
} from './privacy.service.js';
export { privacyRoutes, type PrivacyRoutesOptions } from './privacy.routes.js';
export { registerPrivacyCommands } from './privacy.commands.js';
export {
  DatasetPrivacyService,
  type DatasetPiiReport,
  type DatasetRef,
  type MaskedDataset,
} from './dataset-privacy.service.js';
export { datasetPrivacyRoutes } from './dataset-privacy.routes.js';
export { operatorKeysFrom, PRIVACY_SECRET_NAME } from './privacy.keys.js';
