/**
 * The scanning domain's public face. The registry's scan gate calls `scanFiles` on every new
 * model version (quarantine when a report's verdict is `malicious`) and compares
 * `SCAN_POLICY_VERSION` with the version stored on each report to decide on rescans.
 */
export {
  scanFiles,
  scanFile,
  scanBuffer,
  listScanTargets,
  type ScanInput,
  type ScanOptions,
} from './engine/scanner.js';
export type { FileReport, Finding, FindingLocation, Severity, Verdict } from './engine/report.js';
export { isAtLeast, verdictOf } from './engine/report.js';
export { DEFAULT_LIMITS, type ScanLimits } from './engine/limits.js';
export {
  compilePolicy,
  parsePolicyFile,
  defaultPolicy,
  DEFAULT_POLICY_DOCUMENT,
  type Policy,
} from './engine/policy/policy.js';
export { toSarif } from './engine/sarif.js';
export { RULES, type RuleId } from './engine/rules.js';
export {
  ScanningService,
  type ScanningServiceOptions,
  type ScanUpload,
} from './scanning.service.js';
export { scanningRoutes, type ScanningRoutesOptions } from './scanning.routes.js';
export { registerScanningCommands } from './scanning.commands.js';

import { DEFAULT_POLICY_DOCUMENT } from './engine/policy/policy.js';
/** Version of the built-in rule set; a bump means stored model versions need a rescan. */
export const SCAN_POLICY_VERSION: string = DEFAULT_POLICY_DOCUMENT.version;
