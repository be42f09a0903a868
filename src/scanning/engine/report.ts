/** Severity of one finding; `critical` and `high` make a file `malicious`. */
export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** Verdict for one scanned file. */
export type Verdict = 'malicious' | 'suspicious' | 'clean' | 'error';

/** Severities from most to least severe. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** Where a finding sits: the file, the archive members leading to it, a byte offset inside. */
export interface FindingLocation {
  readonly file: string;
  /** Archive member path(s) from outermost to innermost, e.g. `['model.zip', 'archive/data.pkl']`. */
  readonly member?: readonly string[];
  /** Byte offset inside the innermost member (or the file). */
  readonly offset?: number;
}

export interface Finding {
  /** Stable rule id, e.g. `pickle.dangerous-import`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly location: FindingLocation;
  /** Resolved Python symbol (`os.system`) or other subject of the finding. */
  readonly symbol?: string;
  /** MITRE ATLAS technique id, e.g. `AML.T0011.000`. */
  readonly atlas: string;
  readonly remediation: string;
}

/** What was found in one file. */
export interface FileReport {
  readonly path: string;
  /** Detected format (by content), e.g. `pickle`, `pytorch-zip`, `safetensors`. */
  readonly format: string;
  readonly verdict: Verdict;
  readonly findings: readonly Finding[];
  readonly sizeBytes: number;
  /** Policy version used for the scan. */
  readonly policyVersion: string;
  /** Present when verdict is `error`: the coded reason the file could not be read. */
  readonly error?: { readonly code: string; readonly message: string };
}

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

/** Numeric rank of a severity (critical 4 … low 1). */
export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** True when the severity is at or above the threshold. */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

/** The verdict the findings imply: any critical/high → malicious, else any → suspicious. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => RANK[f.severity] >= RANK.high)) return 'malicious';
  return findings.length > 0 ? 'suspicious' : 'clean';
}
