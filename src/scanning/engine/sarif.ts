import { createHash } from 'node:crypto';
import path from 'node:path';
import type { FileReport, Finding, Severity } from './report.js';
import { RULES, type RuleId } from './rules.js';

/** GitHub code scanning accepts at most 25,000 results per run; we stay well below. */
const MAX_RESULTS = 5000;
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};
/** GitHub maps `security-severity` to critical (≥9), high (≥7), medium (≥4), low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.0',
  low: '2.0',
};

export interface SarifOptions {
  /** Tool version printed in the log (the package version). */
  readonly toolVersion: string;
  /** Paths are written relative to this folder (GitHub wants repository-relative URIs). */
  readonly baseDir: string;
}

function uriOf(file: string, baseDir: string): string {
  const rel = path.isAbsolute(file) ? path.relative(baseDir, file) : file;
  return rel.split(path.sep).map(encodeURIComponent).join('/');
}

function ruleName(id: string): string {
  return id
    .split(/[.-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function fingerprint(f: Finding): string {
  return createHash('sha256')
    .update(
      [
        f.rule,
        f.location.file,
        ...(f.location.member ?? []),
        f.symbol ?? '',
        String(f.location.offset ?? ''),
      ].join('\0'),
    )
    .digest('hex')
    .slice(0, 32);
}

/** Builds a SARIF 2.1.0 log (one run) from scan reports, valid for GitHub code scanning. */
export function toSarif(
  reports: readonly FileReport[],
  options: SarifOptions,
): Record<string, unknown> {
  const ids = Object.keys(RULES) as RuleId[];
  const rules = ids.map((id) => {
    const r = RULES[id];
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: r.title },
      fullDescription: { text: `${r.title}. MITRE ATLAS ${r.atlas}.` },
      help: { text: r.remediation },
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: {
        'security-severity': SECURITY_SEVERITY[r.severity],
        tags: ['security', 'model-file', r.atlas],
        precision: 'high',
      },
    };
  });
  const findings = reports.flatMap((r) => r.findings);
  const results = findings.slice(0, MAX_RESULTS).map((f) => {
    const member = f.location.member ?? [];
    return {
      ruleId: f.rule,
      ruleIndex: ids.indexOf(f.rule as RuleId),
      level: LEVEL[f.severity],
      message: { text: member.length > 0 ? `${f.message} (in ${member.join(' > ')})` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(f.location.file, options.baseDir) },
            region: {
              startLine: 1,
              ...(f.location.offset === undefined ? {} : { byteOffset: f.location.offset }),
            },
          },
          ...(member.length > 0
            ? { logicalLocations: [{ fullyQualifiedName: member.join('/'), kind: 'member' }] }
            : {}),
        },
      ],
      partialFingerprints: { 'rampartFinding/v1': fingerprint(f) },
      properties: {
        severity: f.severity,
        atlas: f.atlas,
        ...(f.symbol === undefined ? {} : { symbol: f.symbol }),
        remediation: f.remediation,
      },
    };
  });
  const errors = reports.filter((r) => r.verdict === 'error');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rampart-scan',
            informationUri: 'https://github.com/rampart-ai/rampart',
            version: options.toolVersion,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: errors.map((r) => ({
              level: 'error',
              message: {
                text: `${r.error?.code ?? 'SCAN_ERROR'}: ${r.error?.message ?? 'the file could not be scanned'}`,
              },
              locations: [
                { physicalLocation: { artifactLocation: { uri: uriOf(r.path, options.baseDir) } } },
              ],
            })),
          },
        ],
        results,
        properties: {
          policyVersion: reports[0]?.policyVersion ?? '',
          truncated: findings.length > MAX_RESULTS,
        },
      },
    ],
  };
}
