import { readFile, writeFile } from 'node:fs/promises';
import { Option } from 'commander';
import type { RegisterCommands } from '../cli/command-context.js';
import { ExitCode } from '../cli/exit-codes.js';
import type { Colors, Output } from '../cli/output.js';
import { rampartVersion } from '../platform/version.js';
import {
  compilePolicy,
  DEFAULT_POLICY_DOCUMENT,
  defaultPolicy,
  parsePolicyFile,
  type Policy,
} from './engine/policy/policy.js';
import { isAtLeast, type FileReport, type Severity, type Verdict } from './engine/report.js';
import { toSarif } from './engine/sarif.js';
import { listScanTargets, scanFiles } from './engine/scanner.js';
import { ScanFileUnreadable, ScanOptionInvalid } from './scanning.errors.js';

const FORMATS = ['table', 'json', 'sarif'] as const;
const FAIL_ON = ['critical', 'high', 'medium', 'low', 'none'] as const;
type FailOn = (typeof FAIL_ON)[number];

interface ScanFlags {
  format?: string;
  output?: string;
  failOn: string;
  policy?: string;
}

async function loadPolicy(file: string | undefined): Promise<Policy> {
  if (file === undefined) return defaultPolicy;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ScanFileUnreadable(file, (err as NodeJS.ErrnoException).code ?? 'read failed', {
      cause: err,
    });
  }
  return compilePolicy(DEFAULT_POLICY_DOCUMENT, parsePolicyFile(text));
}

/** True when a report has a finding at or above the `--fail-on` threshold. */
export function reachesThreshold(report: FileReport, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return report.findings.some((f) => isAtLeast(f.severity, failOn));
}

function paint(c: Colors, verdict: Verdict): string {
  return verdict === 'malicious'
    ? c.red(c.bold(verdict))
    : verdict === 'suspicious'
      ? c.yellow(verdict)
      : verdict === 'error'
        ? c.magenta(verdict)
        : c.green(verdict);
}

function severityText(c: Colors, s: Severity): string {
  return s === 'critical' || s === 'high' ? c.red(s) : s === 'medium' ? c.yellow(s) : c.gray(s);
}

/** The JSON document of `rampart scan --format json`: one entry per file. */
export function scanJson(reports: readonly FileReport[]): Record<string, unknown> {
  const count = (v: Verdict) => reports.filter((r) => r.verdict === v).length;
  return {
    policyVersion: reports[0]?.policyVersion ?? defaultPolicy.version,
    summary: {
      files: reports.length,
      malicious: count('malicious'),
      suspicious: count('suspicious'),
      clean: count('clean'),
      error: count('error'),
    },
    files: reports,
  };
}

function printTable(out: Output, reports: readonly FileReport[]): void {
  const c = out.color;
  out.table(reports, [
    { header: 'file', value: (r) => r.path },
    { header: 'format', value: (r) => r.format },
    { header: 'verdict', value: (r) => paint(c, r.verdict) },
    {
      header: 'findings',
      value: (r) =>
        r.error === undefined ? r.findings.length : `${r.findings.length} (${r.error.code})`,
    },
  ]);
  const findings = reports.flatMap((r) => r.findings.filter((f) => f.severity !== 'low'));
  if (findings.length > 0) {
    out.line();
    out.table(findings.slice(0, 200), [
      { header: 'severity', value: (f) => severityText(c, f.severity) },
      {
        header: 'where',
        value: (f) =>
          [f.location.file, ...(f.location.member ?? [])].join(' > ') +
          (f.location.offset === undefined ? '' : ` @${f.location.offset}`),
      },
      { header: 'rule', value: (f) => f.rule },
      { header: 'what', value: (f) => f.message },
    ]);
    if (findings.length > 200)
      out.line(
        c.dim(`… ${findings.length - 200} more findings; use --format json for all of them.`),
      );
  }
  const n = (v: Verdict) => reports.filter((r) => r.verdict === v).length;
  out.line(
    `${reports.length} files: ${c.red(`${n('malicious')} malicious`)}, ${c.yellow(`${n('suspicious')} suspicious`)}, ${c.green(`${n('clean')} clean`)}, ${n('error')} unreadable`,
  );
  for (const r of reports.filter((x) => x.error !== undefined))
    out.warn(`${r.path}: ${r.error?.code ?? ''} ${r.error?.message ?? ''}`);
}

/** `rampart scan PATH...`: scans model files offline; exit 0 clean, 1 at/above --fail-on, 2 unreadable. */
export const registerScanningCommands: RegisterCommands = (program, ctx) => {
  program
    .command('scan')
    .description(
      'scan model files (pickle, PyTorch, NumPy, Keras, ONNX, safetensors, GGUF, archives) for code execution',
    )
    .argument('<paths...>', 'files or directories (scanned recursively)')
    .addOption(new Option('--format <format>', 'output format').choices([...FORMATS]))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option(
      '--fail-on <severity>',
      'exit 1 when a finding reaches this severity: critical|high|medium|low|none',
      'high',
    )
    .option('--policy <file>', 'JSON policy file that extends the safe and dangerous lists')
    .action(async (paths: string[], flags: ScanFlags) => {
      const out = ctx.out();
      const failOn = flags.failOn as FailOn;
      if (!(FAIL_ON as readonly string[]).includes(failOn))
        throw new ScanOptionInvalid('--fail-on', flags.failOn, FAIL_ON);
      const format = flags.format ?? (out.isJson ? 'json' : 'table');
      const policy = await loadPolicy(flags.policy);
      const targets = await listScanTargets(paths);
      const bar =
        targets.length > 1
          ? out.progress({ total: targets.length, label: 'scanning', unit: ' files' })
          : undefined;
      const reports = await scanFiles(targets, { policy, onReport: () => bar?.increment() });
      bar?.stop();

      let text: string | undefined;
      if (format === 'json') text = JSON.stringify(scanJson(reports), null, 2) + '\n';
      else if (format === 'sarif')
        text =
          JSON.stringify(
            toSarif(reports, { toolVersion: rampartVersion(), baseDir: process.cwd() }),
            null,
            2,
          ) + '\n';
      if (flags.output !== undefined) {
        if (text === undefined) {
          const n = (v: Verdict) => reports.filter((r) => r.verdict === v).length;
          text =
            reports
              .map(
                (r) =>
                  `${r.verdict}\t${r.format}\t${r.path}\t${r.findings.map((f) => `${f.severity}:${f.rule}:${f.symbol ?? ''}`).join(',')}`,
              )
              .join('\n') + `\n# ${reports.length} files, ${n('malicious')} malicious\n`;
        }
        await writeFile(flags.output, text);
        out.info(`wrote ${format} report for ${reports.length} files to ${flags.output}`);
      } else if (text !== undefined) out.write(text);
      else printTable(out, reports);

      if (reports.some((r) => r.verdict === 'error')) ctx.setExitCode(ExitCode.usage);
      if (reports.some((r) => reachesThreshold(r, failOn))) ctx.setExitCode(ExitCode.findings);
    });
};
