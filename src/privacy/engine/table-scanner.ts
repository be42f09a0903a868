import type { Analyzer } from './analyzer.js';
import { CsvRowReader, type CsvLimits } from './csv-reader.js';
import { TableMask } from './table-mask.js';
import { TableScan } from './table-scan.js';
import type {
  TableMaskOptions,
  TableMaskReport,
  TableScanOptions,
  TableScanReport,
} from './table-types.js';

export {
  ColumnClassifier,
  type ColumnReport,
  type TableFinding,
  type TableMaskOptions,
  type TableMaskReport,
  type TableScanOptions,
  type TableScanReport,
} from './table-types.js';

/** Characters of input parsed per batch of rows. */
const BATCH_CHARS = 64 * 1024;

/** Rows of a CSV given as decoded text chunks, header first, in batches (one per 64 KiB of input). */
export async function* csvRowBatches(
  chunks: AsyncIterable<string> | Iterable<string>,
  limits: CsvLimits = {},
): AsyncGenerator<string[][]> {
  const reader = new CsvRowReader(limits);
  for await (const chunk of chunks) {
    // Small batches: a batch's rows stay alive while its cells are analysed, and a small live
    // set keeps the young-generation collections cheap.
    if (chunk.length <= BATCH_CHARS) yield reader.push(chunk);
    else
      for (let i = 0; i < chunk.length; i += BATCH_CHARS)
        yield reader.push(chunk.slice(i, i + BATCH_CHARS));
  }
  yield reader.end();
}

/** Scans a CSV given as decoded text chunks; see {@link scanTable}. */
export function scanCsv(
  chunks: AsyncIterable<string> | Iterable<string>,
  analyzer: Analyzer,
  options: TableScanOptions = {},
): Promise<TableScanReport> {
  return scanTable(csvRowBatches(chunks, options), analyzer, options);
}

/**
 * Scans a table given as batches of rows (the first row is the header). Every cell is analysed
 * with its column header as context; columns are classified from the first `sampleRows` rows
 * and later cells of a typed column take the fast path. Memory stays flat: findings go to
 * `onFinding`, only counts are kept.
 */
export async function scanTable(
  batches: AsyncIterable<string[][]> | Iterable<string[][]>,
  analyzer: Analyzer,
  options: TableScanOptions = {},
): Promise<TableScanReport> {
  const scan = new TableScan(analyzer, options);
  for await (const batch of batches) for (const row of batch) scan.add(row);
  return scan.report();
}

/**
 * Masks a CSV, keeping its header and columns. A column rule in the policy wins; otherwise each
 * cell's findings are masked, and in a column classified as one type (from the first rows) a
 * non-empty cell with no finding is masked whole as that type, so odd formats do not slip by.
 */
export function maskCsv(
  chunks: AsyncIterable<string> | Iterable<string>,
  analyzer: Analyzer,
  options: TableMaskOptions,
): Promise<TableMaskReport> {
  return maskTable(csvRowBatches(chunks, options), analyzer, options);
}

/** Masks a table given as batches of rows (header first); writes CSV text through `write`. */
export async function maskTable(
  batches: AsyncIterable<string[][]> | Iterable<string[][]>,
  analyzer: Analyzer,
  options: TableMaskOptions,
): Promise<TableMaskReport> {
  const mask = new TableMask(analyzer, options);
  // Masked rows are joined per input batch and written once per batch.
  for await (const batch of batches) {
    let out = '';
    for (const row of batch) out += mask.add(row);
    if (out !== '') await options.write(out);
  }
  const rest = mask.end();
  if (rest !== '') await options.write(rest);
  return mask.report();
}
