import { readFile, stat } from 'node:fs/promises';
import {
  FairnessInputTooLarge,
  FairnessInvalidOptions,
  FairnessTableUnreadable,
} from './fairness.errors.js';
import {
  DEFAULT_TABLE_LIMITS,
  formatFromFileName,
  loadTable,
  numberColumn,
  type Table,
  type TableFormat,
  type TableLimits,
} from './engine/table-loader.js';

/**
 * Reads a CSV, JSONL or Parquet file into a Table. The format comes from `format`, else the file
 * name, else the content (Parquet magic `PAR1`, a leading `{` for JSONL, CSV otherwise).
 * @throws FairnessInputTooLarge, FairnessTableUnreadable
 */
export async function readTableFile(
  file: string,
  options: { format?: TableFormat; limits?: TableLimits } = {},
): Promise<Table> {
  const limits = options.limits ?? DEFAULT_TABLE_LIMITS;
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    throw new FairnessTableUnreadable('input', `cannot open ${file}`, { cause: err });
  }
  if (size > limits.maxBytes)
    throw new FairnessInputTooLarge('table size in bytes', limits.maxBytes);
  const bytes = await readFile(file);
  const format = options.format ?? formatFromFileName(file) ?? sniffFormat(bytes);
  return loadTable(bytes, { format, limits });
}

function sniffFormat(bytes: Uint8Array): TableFormat {
  if (bytes.length >= 4 && String.fromCharCode(...bytes.subarray(0, 4)) === 'PAR1')
    return 'parquet';
  const firstChar = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart()[0];
  return firstChar === '{' ? 'jsonl' : 'csv';
}

/** Reads a JSON file (model, rule) with a size bound. */
export async function readJsonFile(file: string, maxBytes: number): Promise<unknown> {
  let text: string;
  try {
    if ((await stat(file)).size > maxBytes)
      throw new FairnessInputTooLarge(`JSON file ${file}`, maxBytes);
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof FairnessInputTooLarge) throw err;
    throw new FairnessTableUnreadable('JSON', `cannot open ${file}`, { cause: err });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new FairnessTableUnreadable('JSON', `${file} is not valid JSON`, { cause: err });
  }
}

/** Quotes a CSV cell when it needs it (RFC 4180). */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A table plus extra columns, as CSV text. */
export function tableToCsv(
  table: Table,
  extra: readonly { name: string; values: ArrayLike<number> }[],
): string {
  const names = [...table.columnNames, ...extra.map((e) => e.name)];
  const lines = [names.map(csvCell).join(',')];
  const columns = table.columnNames.map((n) => table.columns.get(n) ?? []);
  for (let i = 0; i < table.nRows; i++) {
    const cells = columns.map((c) => csvCell(c[i] ?? ''));
    for (const e of extra) cells.push(String(e.values[i]));
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}

/**
 * The named numeric columns of a table as a row-major matrix (the Model's input layout).
 * @throws FairnessColumnNotFound, FairnessInvalidColumn, FairnessInvalidOptions
 */
export function featureMatrix(
  table: Table,
  featureNames: readonly string[],
  maxRows = table.nRows,
): { rows: Float64Array; nRows: number } {
  const nRows = Math.min(maxRows, table.nRows);
  if (nRows === 0)
    throw new FairnessInvalidOptions(
      'The table has no rows to use.',
      'Give a table with at least one row.',
    );
  const m = featureNames.length;
  const rows = new Float64Array(nRows * m);
  featureNames.forEach((name, j) => {
    const column = numberColumn(table, name);
    for (let i = 0; i < nRows; i++) rows[i * m + j] = column[i] as number;
  });
  return { rows, nRows };
}
