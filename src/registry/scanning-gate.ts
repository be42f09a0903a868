import { scanFiles, type FileReport } from '../scanning/index.js';
import type { ScanGate, ScanGateResult, StoredFinding } from './scan-gate.js';

/** Most findings stored with one version (the full report is in the scanner's output). */
const MAX_STORED_FINDINGS = 200;

/**
 * The scan gate backed by the scanning domain's `scanFiles`: a `malicious` verdict or any
 * critical finding quarantines the version; a file that cannot be read marks it `error` (not
 * quarantined, but visible). Datasets are not scanned.
 */
export function scanningGate(): ScanGate {
  return {
    async scan({ kind, files }): Promise<ScanGateResult> {
      if (kind !== 'model') return { status: 'unscanned', quarantine: false, findings: [] };
      const inputs = await Promise.all(
        files.map(async (f) => ({ name: f.path, stream: await f.open() })),
      );
      const reports = await scanFiles(inputs);
      return summarize(reports);
    },
  };
}

export function summarize(reports: readonly FileReport[]): ScanGateResult {
  const findings: StoredFinding[] = reports.flatMap((r) =>
    r.findings.map((f) => ({
      file: r.path,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      ...(f.symbol === undefined ? {} : { symbol: f.symbol }),
    })),
  );
  const malicious = reports.filter(
    (r) => r.verdict === 'malicious' || r.findings.some((f) => f.severity === 'critical'),
  );
  const errors = reports.filter((r) => r.verdict === 'error');
  const status =
    malicious.length > 0 || findings.length > 0 ? 'flagged' : errors.length > 0 ? 'error' : 'clean';
  return {
    status,
    quarantine: malicious.length > 0,
    ...(malicious.length > 0
      ? { reason: `scan found critical issues in ${malicious.map((r) => r.path).join(', ')}` }
      : {}),
    findings: findings.slice(0, MAX_STORED_FINDINGS),
    ...(reports[0] === undefined ? {} : { policyVersion: reports[0].policyVersion }),
  };
}
