import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { CliContext, RegisterCommands } from '../cli/command-context.js';
import { ExitCode } from '../cli/exit-codes.js';
import type { Output } from '../cli/output.js';
import { rampartVersion } from '../platform/version.js';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';
import { createAnalyzer, type AnalyzerOptions } from './engine/analyzer.js';
import { DEFAULT_PHONE_REGIONS } from './engine/phone-recognizer.js';
import type { EntityType } from './engine/entity-types.js';
import { maskJsonLine, scanJsonLine } from './engine/jsonl-scanner.js';
import { toPiiSarif, type LocatedFinding } from './engine/pii-sarif.js';
import { DEFAULT_POLICY, parsePolicy, type MaskPolicy } from './engine/policy.js';
import { maskText } from './engine/text-masker.js';
import { formatOf, jsonLines, loadKeys, readTextFile, writeAtomically } from './privacy.files.js';
import { PiiFormatUnsupported, PiiInputMalformed } from './privacy.errors.js';
import { registerReportCommand } from './privacy.report-command.js';
import {
  maskTableInParallel,
  MAX_TABLE_WORKERS,
  scanTableInParallel,
  tableSource,
  workersFor,
} from './table-workers.js';

const FORMATS = ['table', 'json', 'jsonl', 'sarif'] as const;
type ScanFormat = (typeof FORMATS)[number];

interface ScanFlags {
  format?: ScanFormat;
  field: string[];
  showValues?: boolean;
  threshold?: string;
  region?: string;
  workers?: string;
}

/**
 * Worker threads for a table job: `auto` (the default) is one per core for files of 16 MB and
 * more, one below; a number is taken as given (1 = this thread only).
 */
async function workersOf(value: string | undefined, file: string): Promise<number> {
  if (value === undefined || value === 'auto') {
    const { size } = await stat(file);
    return workersFor(size);
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_TABLE_WORKERS)
    throw new PiiInputMalformed(
      `--workers must be auto or a whole number from 1 to ${MAX_TABLE_WORKERS}`,
      { format: 'option' },
    );
  return n;
}

/** Phone regions with `--region` first (the default region for national numbers). */
function regionsOf(region: string | undefined): { phoneRegions?: CountryCode[] } {
  if (region === undefined) return {};
  const cc = region.toUpperCase();
  if (!isSupportedCountry(cc))
    throw new PiiInputMalformed(`--region ${region} is not a country code libphonenumber knows`, {
      format: 'option',
    });
  return { phoneRegions: [cc, ...DEFAULT_PHONE_REGIONS.filter((r) => r !== cc)] };
}

/** One finding as printed: where, what, how sure; `value` only with --show-values. */
interface Row extends LocatedFinding {
  readonly start: number;
  readonly end: number;
  readonly row?: number;
  readonly value?: string;
}

const MAX_LISTED = 100_000;

function thresholdOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new PiiInputMalformed('--threshold must be a number between 0 and 1', {
      format: 'option',
    });
  return n;
}

function lineColumn(
  text: string,
  offset: number,
  starts: number[],
): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/**
 * Where collect() sends findings: each of the first `listed` to `emit`; for a table, the counts
 * of all of them (keyed in the order the types were found) to `countAll`.
 */
interface FindingSink {
  readonly emit: (row: Row) => void;
  readonly listed: number;
  readonly countAll: (counts: Partial<Record<EntityType, number>>) => void;
}

async function collect(
  file: string,
  analyzerOptions: AnalyzerOptions,
  flags: ScanFlags,
  { emit, listed, countAll }: FindingSink,
): Promise<Record<string, unknown>> {
  const format = formatOf(file);
  const fields = flags.field.length > 0 ? flags.field : undefined;
  const show = flags.showValues === true;
  const analyzer = createAnalyzer(analyzerOptions);
  if (format === 'text') {
    const text = await readTextFile(file);
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    for (const f of analyzer.analyze(text)) {
      const at = lineColumn(text, f.start, starts);
      emit({
        type: f.type,
        score: f.score,
        start: f.start,
        end: f.end,
        line: at.line,
        column: at.column,
        length: f.end - f.start,
        ...(show ? { value: text.slice(f.start, f.end) } : {}),
      });
    }
    return { format, chars: text.length };
  }
  if (format === 'jsonl') {
    let lines = 0;
    for await (const { line, lineNo } of jsonLines(file)) {
      lines = lineNo;
      const findings = scanJsonLine(line, lineNo, analyzer, fields === undefined ? {} : { fields });
      for (const f of findings)
        emit({
          type: f.type,
          score: f.score,
          start: f.start,
          end: f.end,
          line: lineNo,
          field: f.field,
          ...(show ? { value: valueAt(line, f) } : {}),
        });
      if (findings.length === 0)
        emit({ type: 'PERSON', score: -1, start: 0, end: 0, line: lineNo }); // marks an empty line for jsonl output
    }
    return { format, lines };
  }
  const workers = await workersOf(flags.workers, file);
  const report = await scanTableInParallel(await tableSource(file, format), analyzerOptions, {
    workers,
    ...(fields === undefined ? {} : { fields }),
    maxListed: listed,
    onFinding: (f, cell) =>
      emit({
        type: f.type,
        score: f.score,
        start: f.start,
        end: f.end,
        line: f.row + 2,
        row: f.row,
        field: f.column,
        column: f.start + 1,
        length: f.end - f.start,
        ...(show ? { value: cell.slice(f.start, f.end) } : {}),
      }),
  });
  countAll(report.found);
  return {
    format,
    rows: report.rows,
    cells: report.cells,
    columns: report.columns,
    totals: report.totals,
  };
}

function valueAt(line: string, f: { field: string; start: number; end: number }): string {
  let node: unknown = JSON.parse(line);
  for (const key of f.field.split('.')) node = (node as Record<string, unknown>)[key];
  return typeof node === 'string' ? node.slice(f.start, f.end) : '';
}

async function runScan(ctx: CliContext, file: string, flags: ScanFlags): Promise<void> {
  const out = ctx.out();
  const format: ScanFormat = flags.format ?? (out.isJson ? 'json' : 'table');
  const threshold = thresholdOf(flags.threshold);
  const analyzerOptions: AnalyzerOptions = {
    ...(threshold === undefined ? {} : { threshold }),
    ...regionsOf(flags.region),
  };
  const rows: Row[] = [];
  const counts: Partial<Record<EntityType, number>> = {};
  let total = 0;
  let pendingLine: { line: number; findings: Record<string, unknown>[] } | undefined;
  const flushLine = (): void => {
    if (pendingLine !== undefined) out.line(JSON.stringify(pendingLine));
    pendingLine = undefined;
  };
  const isJsonlInput = formatOf(file) === 'jsonl';
  // A table's findings past what is printed are only counted (by the workers, for big files).
  const listed = format === 'jsonl' ? Infinity : format === 'table' ? 0 : MAX_LISTED;
  const countAll = (all: Partial<Record<EntityType, number>>): void => {
    Object.assign(counts, all); // the listed findings came first, so the key order holds
    total = Object.values(all).reduce((a, b) => a + b, 0);
  };
  const emit = (r: Row): void => {
    if (format === 'jsonl' && isJsonlInput) {
      if (pendingLine?.line !== r.line) {
        flushLine();
        pendingLine = { line: r.line, findings: [] };
      }
      if (r.score < 0) return;
      pendingLine.findings.push({
        field: r.field,
        type: r.type,
        start: r.start,
        end: r.end,
        score: r.score,
        ...(r.value === undefined ? {} : { value: r.value }),
      });
    } else if (r.score < 0) return;
    else if (format === 'jsonl')
      out.line(
        JSON.stringify({
          ...(r.row === undefined ? { line: r.line } : { row: r.row }),
          ...(r.field === undefined ? {} : { field: r.field }),
          type: r.type,
          start: r.start,
          end: r.end,
          score: r.score,
          ...(r.value === undefined ? {} : { value: r.value }),
        }),
      );
    else if (rows.length < MAX_LISTED) rows.push(r);
    counts[r.type] = (counts[r.type] ?? 0) + 1;
    total++;
  };
  const summary = await collect(file, analyzerOptions, flags, { emit, listed, countAll });
  flushLine();
  if (format === 'json')
    out.json({ file, ...summary, counts, findings: rows, truncated: total > rows.length });
  else if (format === 'sarif') out.json(toPiiSarif(file, rows, rampartVersion()));
  else if (format === 'table') printScanTable(out, file, summary, rows, counts, total);
  if (total > 0) ctx.setExitCode(ExitCode.findings);
}

function printScanTable(
  out: Output,
  file: string,
  summary: Record<string, unknown>,
  rows: readonly Row[],
  counts: Partial<Record<EntityType, number>>,
  total: number,
): void {
  const c = out.color;
  const columns = summary['columns'] as
    | {
        name: string;
        predicted: string | null;
        cellsWithFindings: number;
        counts: Record<string, number>;
      }[]
    | undefined;
  if (columns !== undefined) {
    out.table(columns, [
      { header: 'column', value: (col) => col.name },
      {
        header: 'holds',
        value: (col) => (col.predicted === null ? c.dim('—') : c.yellow(col.predicted)),
      },
      { header: 'cells with findings', value: (col) => col.cellsWithFindings },
      {
        header: 'findings by type',
        value: (col) =>
          Object.entries(col.counts)
            .map(([t, n]) => `${t} ${n}`)
            .join(', '),
      },
    ]);
  } else {
    out.table(rows.slice(0, 200), [
      {
        header: 'where',
        value: (r) =>
          r.field === undefined ? `${r.line}:${r.column ?? 1}` : `${r.line} ${r.field}`,
      },
      { header: 'type', value: (r) => c.yellow(r.type) },
      { header: 'score', value: (r) => r.score.toFixed(2) },
      {
        header: 'value',
        value: (r) => r.value ?? c.dim(`(${r.end - r.start} chars; --show-values to print)`),
      },
    ]);
    if (rows.length > 200)
      out.line(c.dim(`… ${rows.length - 200} more; use --format json or jsonl for all of them.`));
  }
  const parts = Object.entries(counts)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  out.line(
    `${file}: ${total === 0 ? c.green('no PII or secrets found') : c.red(`${total} findings`) + ` (${parts})`}`,
  );
}

async function loadPolicy(file: string | undefined): Promise<MaskPolicy> {
  return file === undefined ? DEFAULT_POLICY : parsePolicy(await readTextFile(file));
}

async function runMask(ctx: CliContext, input: string, flags: MaskFlags): Promise<void> {
  const out = ctx.out();
  if (path.resolve(input) === path.resolve(flags.out))
    throw new PiiInputMalformed('--out must differ from the input file', { format: 'option' });
  const policy = await loadPolicy(flags.policy);
  const { keys, ephemeral } = await loadKeys(flags.keyFile);
  const analyzerOptions: AnalyzerOptions = {
    ...(policy.threshold === undefined ? {} : { threshold: policy.threshold }),
    allowList: policy.allow,
    denyList: policy.deny,
    ...regionsOf(flags.region),
  };
  const analyzer = createAnalyzer(analyzerOptions);
  const format = formatOf(input);
  const workers = await workersOf(flags.workers, input);
  const changed: Partial<Record<EntityType, number>> = {};
  const add = (c: Partial<Record<EntityType, number>>): void => {
    for (const [t, n] of Object.entries(c))
      changed[t as EntityType] = (changed[t as EntityType] ?? 0) + n;
  };
  let units = 0;
  if ((format === 'csv' || format === 'parquet') && formatOf(flags.out) !== 'csv')
    throw new PiiFormatUnsupported(`${formatOf(flags.out)} output for ${format} input`, ['csv']);
  await writeAtomically(flags.out, async (write) => {
    if (format === 'text') {
      const text = await readTextFile(input);
      const res = maskText(text, analyzer.analyze(text), policy, keys);
      add(res.changed);
      units = text.split('\n').length;
      await write(res.text);
    } else if (format === 'jsonl') {
      for await (const { line, lineNo } of jsonLines(input)) {
        const res = maskJsonLine(line, lineNo, analyzer, { policy, keys });
        add(res.changed);
        units = lineNo;
        await write(res.line + '\n');
      }
    } else {
      const report = await maskTableInParallel(await tableSource(input, format), analyzerOptions, {
        workers,
        policy,
        keys,
        write,
      });
      add(report.changed);
      units = report.rows;
    }
  });
  if (out.isJson)
    out.json({ input, output: flags.out, format, units, changed, ephemeralKey: ephemeral });
  else {
    out.table(Object.entries(changed), [
      { header: 'type', value: ([t]) => t },
      { header: 'values changed', value: ([, n]) => n },
      {
        header: 'operator',
        value: ([t]) => (policy.entities[t as EntityType] ?? policy.fallback).kind,
      },
    ]);
    out.line(
      `${input} → ${flags.out}: ${units} ${format === 'csv' || format === 'parquet' ? 'rows' : 'lines'}, ${Object.values(changed).reduce((a, b) => a + b, 0)} values changed.`,
    );
  }
  if (ephemeral)
    out.warn(
      'no --key-file given: fakes and pseudonyms are consistent only within this run. Pass --key-file to keep them stable across runs.',
    );
}

interface MaskFlags {
  out: string;
  policy?: string;
  keyFile?: string;
  region?: string;
  workers?: string;
}

const WORKERS_FLAG = '--workers <n|auto>';
const WORKERS_HELP =
  'threads for CSV and Parquet: auto (default: one per core from 16 MB up) or a number';

/** `rampart pii scan|mask|report`. */
export const registerPrivacyCommands: RegisterCommands = (program: Command, ctx: CliContext) => {
  const pii = program
    .command('pii')
    .description('find and mask PII and secrets in text, CSV, JSONL and Parquet files');
  pii
    .command('scan')
    .description('find PII and secrets; exits 1 when something is found')
    .argument('<file>', 'a .csv, .jsonl, .parquet or text file')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS))
    .option(
      '--field <name>',
      'only this column / JSON field (repeatable)',
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option('--show-values', 'print the matched values (off by default)')
    .option('--threshold <score>', 'minimum score, 0..1 (default 0.5)')
    .option('--region <cc>', 'default region for national phone numbers, e.g. DE (tried first)')
    .option(WORKERS_FLAG, WORKERS_HELP)
    .action(async (file: string, flags: ScanFlags) => runScan(ctx, file, flags));
  pii
    .command('mask')
    .description(
      'write a copy with PII and secrets masked per policy (default: names → fakes, cards → masked, secrets → redacted)',
    )
    .argument('<input>', 'a .csv, .jsonl, .parquet or text file')
    .requiredOption(
      '--out <file>',
      'where to write the masked copy (same format; CSV for Parquet input)',
    )
    .option('--policy <file>', 'JSON policy: operator per entity type and per column')
    .option(
      '--key-file <file>',
      'key (>= 32 bytes) for consistent fakes, pseudonyms, hashes and encryption',
    )
    .option('--region <cc>', 'default region for national phone numbers, e.g. FR (tried first)')
    .option(WORKERS_FLAG, WORKERS_HELP)
    .action(async (input: string, flags: MaskFlags) => runMask(ctx, input, flags));
  registerReportCommand(pii, ctx);
};
