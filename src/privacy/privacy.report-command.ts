import type { Command } from 'commander';
import type { CliContext } from '../cli/command-context.js';
import { createAnalyzer } from './engine/analyzer.js';
import { generalizeUntilK, measureK, type Row } from './engine/k-anonymity.js';
import { scanTable } from './engine/table-scanner.js';
import {
  PiiColumnUnknown,
  PiiFormatUnsupported,
  PiiInputMalformed,
  PiiInputTooLarge,
} from './privacy.errors.js';
import { formatOf, tableBatches } from './privacy.files.js';

const MAX_REPORT_ROWS = 2_000_000;

async function quasiRows(file: string, quasi: readonly string[]): Promise<Row[]> {
  const rows: Row[] = [];
  let header: string[] | undefined;
  let index: number[] = [];
  for await (const batch of await tableBatches(file, formatOf(file))) {
    for (const row of batch) {
      if (header === undefined) {
        header = row;
        index = quasi.map((q) => row.indexOf(q));
        const missing = quasi.find((_q, i) => (index[i] ?? -1) < 0);
        if (missing !== undefined) throw new PiiColumnUnknown(missing, row);
        continue;
      }
      if (rows.length >= MAX_REPORT_ROWS)
        throw new PiiInputTooLarge('Rows for a k-anonymity report', MAX_REPORT_ROWS);
      const r: Record<string, string> = {};
      quasi.forEach((q, i) => (r[q] = row[index[i] ?? 0] ?? ''));
      rows.push(r);
    }
  }
  return rows;
}

/** `rampart pii report FILE [--quasi a,b] [--k N]`: column types and counts, plus k-anonymity. */
export function registerReportCommand(pii: Command, ctx: CliContext): void {
  pii
    .command('report')
    .description(
      'per-column PII types and counts; with --quasi, k-anonymity (and with --k, the generalisation that reaches it)',
    )
    .argument('<file>', 'a .csv or .parquet file')
    .option('--quasi <columns>', 'comma-separated quasi-identifier columns')
    .option('--k <n>', 'wanted k: generalise the quasi-identifiers until every class has k rows')
    .action(async (file: string, flags: { quasi?: string; k?: string }) => {
      const out = ctx.out();
      const format = formatOf(file);
      if (format !== 'csv' && format !== 'parquet')
        throw new PiiFormatUnsupported(format, ['csv', 'parquet']);
      const k = flags.k === undefined ? undefined : Number(flags.k);
      if (k !== undefined && (!Number.isInteger(k) || k < 2))
        throw new PiiInputMalformed('--k must be an integer >= 2', { format: 'option' });
      const scan = await scanTable(await tableBatches(file, format), createAnalyzer());
      const quasi =
        flags.quasi
          ?.split(',')
          .map((q) => q.trim())
          .filter((q) => q !== '') ?? [];
      let anonymity: Record<string, unknown> | undefined;
      if (quasi.length > 0) {
        const rows = await quasiRows(file, quasi);
        if (k === undefined) anonymity = { quasi, measure: measureK(rows, quasi) };
        else {
          const result = generalizeUntilK(rows, { quasi, k });
          anonymity = {
            quasi,
            k,
            before: result.before,
            after: result.after,
            reachedK: result.reachedK,
            generalizations: result.generalizations,
            suppressedRows: result.suppressedRows,
            informationLoss: result.informationLoss,
          };
        }
      }
      if (out.isJson) {
        out.json({
          file,
          rows: scan.rows,
          columns: scan.columns,
          totals: scan.totals,
          ...(anonymity === undefined ? {} : { kAnonymity: anonymity }),
        });
        return;
      }
      out.table(scan.columns, [
        { header: 'column', value: (c) => c.name },
        { header: 'holds', value: (c) => c.predicted ?? '—' },
        { header: 'cells with findings', value: (c) => c.cellsWithFindings },
        {
          header: 'findings by type',
          value: (c) =>
            Object.entries(c.counts)
              .map(([t, n]) => `${t} ${n}`)
              .join(', '),
        },
      ]);
      out.line(`${file}: ${scan.rows} rows`);
      if (anonymity !== undefined) {
        const measure = (anonymity['measure'] ?? anonymity['before']) as {
          k: number;
          classes: number;
        };
        out.line(
          `k-anonymity over ${quasi.join(', ')}: k = ${measure.k} (${measure.classes} classes)`,
        );
        if (k !== undefined) {
          const gens = anonymity['generalizations'] as {
            column: string;
            kind: string;
            level: number;
            maxLevel: number;
            distinctBefore: number;
            distinctAfter: number;
          }[];
          out.table(gens, [
            { header: 'quasi-identifier', value: (g) => g.column },
            { header: 'hierarchy', value: (g) => g.kind },
            { header: 'level', value: (g) => `${g.level}/${g.maxLevel}` },
            { header: 'distinct values', value: (g) => `${g.distinctBefore} → ${g.distinctAfter}` },
          ]);
          const after = anonymity['after'] as { k: number };
          out.line(
            `after generalisation: k = ${after.k}${anonymity['reachedK'] === true ? '' : ' (target not reached)'}, ${String(anonymity['suppressedRows'])} rows suppressed, information loss ${((anonymity['informationLoss'] as number) * 100).toFixed(1)} %`,
          );
        }
      }
    });
}
