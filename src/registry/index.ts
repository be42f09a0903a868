/** The registry domain's public face: models and datasets as encrypted, signed, versioned assets. */
export {
  RegistryService,
  type AssetScope,
  type RegistryServiceOptions,
  type NewVersionInput,
  type PushFile,
  type VerifyReport,
} from './registry.service.js';
export {
  createRegistry,
  registryBlobRoot,
  type CreateRegistryOptions,
  type Registry,
} from './create-registry.js';
export type {
  ScanGate,
  ScanGateFile,
  ScanGateResult,
  StoredFinding,
  ScanStatus,
} from './scan-gate.js';
export { unscannedGate } from './scan-gate.js';
export type {
  AssetView,
  VersionView,
  VersionDetail,
  FileView,
  StageMove,
} from './registry.views.js';
export {
  parseAssetRef,
  parseSelector,
  type AssetKind,
  type VersionSelector,
} from './engine/asset-ref.js';
export { buildMlBom, type VersionMetadata } from './engine/ml-bom.js';
export { RegistryMaintenance, type RegistryMaintenanceOptions } from './registry-maintenance.js';
export type { RescanCounts, RescanQuery } from './registry-rescan.js';
export { startStartupRescan } from './startup-rescan.js';
