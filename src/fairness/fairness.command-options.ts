import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Output } from '../cli/output.js';
import type { FairnessReport, FairnessReportOptions } from './engine/fairness-report.js';
import type { TableFormat } from './engine/table-loader.js';
import { FairnessInvalidOptions } from './fairness.errors.js';

/** Flag parsing and table printing shared by the fairness commands (fairness.commands.ts). */

export const MAX_JSON_BYTES = 64 * 1024 * 1024;
export const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a');
const fix = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

export function choice<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T))
    throw new FairnessInvalidOptions(
      `${flag} must be one of ${allowed.join(', ')}.`,
      `Got "${value}".`,
    );
  return value as T;
}

export function numberFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n))
    throw new FairnessInvalidOptions(`${flag} must be a number.`, `Got "${value}".`);
  return n;
}

export interface DataFlags {
  data: string;
  inputFormat?: string;
}
export const inputFormat = (o: DataFlags): { format?: TableFormat } => {
  const f = choice(o.inputFormat, ['csv', 'jsonl', 'parquet'] as const, '--input-format');
  return f === undefined ? {} : { format: f };
};
export const withData = (c: Command): Command =>
  c
    .requiredOption('--data <file>', 'CSV, JSONL or Parquet table')
    .option('--input-format <format>', 'csv|jsonl|parquet (default: from the file name)');

export async function emit(out: Output, text: string, file: string | undefined): Promise<void> {
  if (file === undefined) out.write(text.endsWith('\n') ? text : text + '\n');
  else {
    await writeFile(file, text);
    out.info(`wrote ${file}`);
  }
}

export function printReportTable(out: Output, report: FairnessReport): void {
  const m = report.metrics;
  const rows = [
    ...m.groups.map((g) => ({ ...g, label: g.isSmall ? `${g.group} ⚠` : g.group })),
    { ...m.overall, group: 'all rows', label: 'all rows' },
  ];
  out.table(rows, [
    { header: 'group', value: (r) => r.label },
    { header: 'rows', value: (r) => r.n },
    {
      header: 'selection rate (95% CI)',
      value: (r) =>
        `${pct(r.rates.selection_rate)} (${pct(r.intervals.selection_rate.lower)}–${pct(r.intervals.selection_rate.upper)})`,
    },
    { header: 'base rate', value: (r) => pct(r.rates.base_rate) },
    { header: 'TPR', value: (r) => pct(r.rates.true_positive_rate) },
    { header: 'FPR', value: (r) => pct(r.rates.false_positive_rate) },
    { header: 'FNR', value: (r) => pct(r.rates.false_negative_rate) },
    { header: 'precision', value: (r) => pct(r.rates.precision) },
    { header: 'accuracy', value: (r) => pct(r.rates.accuracy) },
  ]);
  const s = m.summary;
  out.line(
    `demographic parity   difference ${fix(s.demographic_parity_difference)}  ratio ${fix(s.demographic_parity_ratio)}`,
  );
  out.line(
    `equalized odds       difference ${fix(s.equalized_odds_difference)}  ratio ${fix(s.equalized_odds_ratio)}`,
  );
  out.line(
    `equal opportunity    difference ${fix(s.equal_opportunity_difference)}  ratio ${fix(s.equal_opportunity_ratio)}`,
  );
  out.line(
    `predictive parity    difference ${fix(s.predictive_parity_difference)}  ratio ${fix(s.predictive_parity_ratio)}`,
  );
  for (const b of report.bootstrap)
    out.line(
      `${b.metric}: 95% bootstrap interval ${fix(b.lower)}–${fix(b.upper)} (${b.resamples} resamples)`,
    );
  for (const c of m.privileged?.comparisons ?? []) {
    const verdict = c.four_fifths_rule_passed ? out.color.green('passes') : out.color.red('fails');
    out.line(
      `${c.unprivileged} vs ${m.privileged?.privileged} (favourable ${m.privileged?.favorableLabel}): disparate impact ${fix(c.disparate_impact)} ${verdict} the four-fifths rule; statistical parity difference ${fix(c.statistical_parity_difference)}; average odds difference ${fix(c.average_odds_difference)}`,
    );
  }
  if (report.mitigation !== undefined) {
    const { before, after } = report.mitigation.comparison;
    out.line(
      `after ${report.mitigation.rule.constraint} post-processing: accuracy ${pct(before.overall.rates.accuracy)} → ${pct(after.overall.rates.accuracy)}, demographic parity difference ${fix(before.summary.demographic_parity_difference)} → ${fix(after.summary.demographic_parity_difference)}`,
    );
  }
  for (const w of report.warnings) out.warn(w);
}

export interface ReportFlags extends DataFlags {
  label: string;
  prediction?: string;
  score?: string;
  threshold?: string;
  group: string;
  favorable?: string;
  privileged?: string;
  unprivileged?: string;
  minGroupSize?: string;
  bootstrap?: string;
  seed?: string;
  mitigation?: string;
  proxies?: string;
  numeric?: string;
  format?: string;
  out?: string;
}

export function reportOptions(o: ReportFlags): FairnessReportOptions {
  const favorable = choice(o.favorable, ['0', '1'] as const, '--favorable');
  const threshold = numberFlag(o.threshold, '--threshold');
  const minGroupSize = numberFlag(o.minGroupSize, '--min-group-size');
  const resamples = numberFlag(o.bootstrap, '--bootstrap');
  const mitigation = choice(
    o.mitigation,
    ['demographic_parity', 'equalized_odds', 'true_positive_rate_parity', 'none'] as const,
    '--mitigation',
  );
  return {
    label: o.label,
    groupColumns: o.group
      .split(',')
      .map((g) => g.trim())
      .filter((g) => g !== ''),
    ...(o.prediction === undefined ? {} : { prediction: o.prediction }),
    ...(o.score === undefined ? {} : { score: o.score }),
    ...(threshold === undefined ? {} : { threshold }),
    ...(favorable === undefined ? {} : { favorableLabel: favorable === '0' ? 0 : 1 }),
    ...(o.privileged === undefined ? {} : { privileged: o.privileged }),
    ...(o.unprivileged === undefined ? {} : { unprivileged: o.unprivileged }),
    ...(minGroupSize === undefined ? {} : { minGroupSize }),
    ...(resamples === undefined || resamples <= 0
      ? {}
      : {
          bootstrap: {
            resamples: Math.min(100_000, Math.floor(resamples)),
            seed: numberFlag(o.seed, '--seed') ?? 0,
          },
        }),
    ...(mitigation === undefined ? {} : { mitigation }),
    ...(o.proxies === undefined ? {} : { proxyFeatures: columnList(o.proxies) }),
    ...(o.numeric === undefined ? {} : { numericFeatures: columnList(o.numeric) }),
  };
}

/** `a, b,c` → ['a', 'b', 'c']. */
export function columnList(value: string): string[] {
  return value
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
}
