import { parse as parseCsv } from 'csv-parse/sync';
import { parquetReadObjects } from 'hyparquet';
import {
  FairnessColumnNotFound,
  FairnessInputTooLarge,
  FairnessInvalidColumn,
  FairnessTableUnreadable,
} from '../fairness.errors.js';

export type TableFormat = 'csv' | 'jsonl' | 'parquet';

/**
 * A table as named columns of cell text, as read. Typed views (numbers, 0/1, categories) are
 * taken per column with numberColumn / binaryColumn / textColumn, which say which row is bad.
 */
export interface Table {
  readonly columnNames: readonly string[];
  readonly nRows: number;
  readonly columns: ReadonlyMap<string, readonly string[]>;
}

export interface TableLimits {
  readonly maxBytes: number;
  readonly maxRows: number;
  readonly maxColumns: number;
}

export const DEFAULT_TABLE_LIMITS: TableLimits = {
  maxBytes: 1024 * 1024 * 1024,
  maxRows: 5_000_000,
  maxColumns: 2_000,
};

export interface LoadTableOptions {
  readonly format: TableFormat;
  readonly limits?: TableLimits;
  /** CSV without a header row: these names, in order (UCI Adult). */
  readonly columnNames?: readonly string[];
}

/** Picks the format from a file name: .csv/.tsv, .jsonl/.ndjson, .parquet. */
export function formatFromFileName(fileName: string): TableFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.parquet')) return 'parquet';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (
    lower.endsWith('.csv') ||
    lower.endsWith('.data') ||
    lower.endsWith('.test') ||
    lower.endsWith('.txt')
  )
    return 'csv';
  return undefined;
}

/**
 * Reads CSV (header row, or `columnNames`; spaces around values trimmed; a repeated header name
 * keeps its first column), JSONL (one object per line; keys in first-seen order) or Parquet into a
 * Table, bounded by limits.
 * @throws FairnessInputTooLarge, FairnessTableUnreadable
 */
export async function loadTable(bytes: Uint8Array, options: LoadTableOptions): Promise<Table> {
  const limits = options.limits ?? DEFAULT_TABLE_LIMITS;
  if (bytes.byteLength > limits.maxBytes)
    throw new FairnessInputTooLarge('table size in bytes', limits.maxBytes);
  switch (options.format) {
    case 'csv':
      return fromRecords(readCsv(bytes, limits), options.columnNames, limits);
    case 'jsonl':
      return readJsonl(bytes, limits);
    case 'parquet':
      return readParquet(bytes, limits);
    default: {
      const never: never = options.format;
      throw new FairnessTableUnreadable(String(never), 'unknown format');
    }
  }
}

function readCsv(bytes: Uint8Array, limits: TableLimits): string[][] {
  try {
    const records: string[][] = parseCsv(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      {
        bom: true,
        trim: true,
        skip_empty_lines: true,
        relax_quotes: false,
        // One header line plus one row beyond the limit, so that an oversized table is refused, not cut.
        to: limits.maxRows + 2,
      },
    );
    return records;
  } catch (err) {
    throw new FairnessTableUnreadable('CSV', csvProblem(err), { cause: err });
  }
}

/**
 * What went wrong in a CSV, from csv-parse's error code and line, never its message: the message
 * can quote the file's content ("got \"…\" at line 3"), and the table may hold personal data.
 */
function csvProblem(err: unknown): string {
  const { code, lines } = (err ?? {}) as { code?: unknown; lines?: unknown };
  const where = typeof lines === 'number' ? ` at line ${lines}` : '';
  const what =
    typeof code === 'string'
      ? code.replace(/^CSV_/, '').toLowerCase().replace(/_/g, ' ')
      : 'malformed CSV';
  return `${what}${where}`;
}

function fromRecords(
  records: string[][],
  columnNames: readonly string[] | undefined,
  limits: TableLimits,
): Table {
  const header = columnNames ?? records[0];
  if (header === undefined) throw new FairnessTableUnreadable('CSV', 'the file is empty');
  const body = columnNames === undefined ? records.slice(1) : records;
  if (body.length > limits.maxRows)
    throw new FairnessInputTooLarge('number of rows', limits.maxRows);
  if (header.length > limits.maxColumns)
    throw new FairnessInputTooLarge('number of columns', limits.maxColumns);
  const columns = new Map<string, string[]>();
  header.forEach((name, c) => {
    if (columns.has(name)) return;
    columns.set(
      name,
      body.map((row) => row[c] ?? ''),
    );
  });
  return { columnNames: [...columns.keys()], nRows: body.length, columns };
}

function readJsonl(bytes: Uint8Array, limits: TableLimits): Table {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const columns = new Map<string, string[]>();
  let nRows = 0;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      throw new FairnessTableUnreadable('JSONL', `line ${lineNo} is not JSON`, { cause: err });
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new FairnessTableUnreadable('JSONL', `line ${lineNo} is not a JSON object`);
    }
    if (nRows >= limits.maxRows) throw new FairnessInputTooLarge('number of rows', limits.maxRows);
    addRecord(columns, record as Record<string, unknown>, nRows, limits);
    nRows++;
  }
  return finish(columns, nRows);
}

async function readParquet(bytes: Uint8Array, limits: TableLimits): Promise<Table> {
  const file = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  let records: Record<string, unknown>[];
  try {
    records = await parquetReadObjects({ file, rowEnd: limits.maxRows + 1 });
  } catch (err) {
    throw new FairnessTableUnreadable(
      'Parquet',
      err instanceof Error ? err.message : 'read error',
      { cause: err },
    );
  }
  if (records.length > limits.maxRows)
    throw new FairnessInputTooLarge('number of rows', limits.maxRows);
  const columns = new Map<string, string[]>();
  records.forEach((record, i) => addRecord(columns, record, i, limits));
  return finish(columns, records.length);
}

/**
 * A table from already-parsed records (JSON rows of an API request), bounded by limits.
 * @throws FairnessInputTooLarge
 */
export function tableFromRecords(
  records: readonly Record<string, unknown>[],
  limits: TableLimits = DEFAULT_TABLE_LIMITS,
): Table {
  if (records.length > limits.maxRows)
    throw new FairnessInputTooLarge('number of rows', limits.maxRows);
  const columns = new Map<string, string[]>();
  records.forEach((record, i) => addRecord(columns, record, i, limits));
  return finish(columns, records.length);
}

function addRecord(
  columns: Map<string, string[]>,
  record: Record<string, unknown>,
  row: number,
  limits: TableLimits,
): void {
  for (const [key, value] of Object.entries(record)) {
    let column = columns.get(key);
    if (column === undefined) {
      if (columns.size >= limits.maxColumns)
        throw new FairnessInputTooLarge('number of columns', limits.maxColumns);
      column = new Array<string>(row).fill('');
      columns.set(key, column);
    }
    column[row] = cellText(value);
  }
}

function finish(columns: Map<string, string[]>, nRows: number): Table {
  for (const column of columns.values()) for (let i = 0; i < nRows; i++) column[i] ??= '';
  return { columnNames: [...columns.keys()], nRows, columns };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/** The cells of a column. @throws FairnessColumnNotFound */
export function textColumn(table: Table, name: string): readonly string[] {
  const column = table.columns.get(name);
  if (column === undefined) throw new FairnessColumnNotFound(name, table.columnNames);
  return column;
}

/** A numeric column; empty cells become NaN. @throws FairnessInvalidColumn on other text. */
export function numberColumn(table: Table, name: string): Float64Array {
  const cells = textColumn(table, name);
  const out = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    if (cell === '' || cell === 'NA' || cell === 'NaN' || cell === 'null') {
      out[i] = NaN;
      continue;
    }
    const v = Number(cell);
    if (!Number.isFinite(v))
      throw new FairnessInvalidColumn(name, `has the non-numeric value "${cell.slice(0, 40)}"`, i);
    out[i] = v;
  }
  return out;
}

/** A 0/1 column (accepts 0/1, 0.0/1.0, true/false). @throws FairnessInvalidColumn */
export function binaryColumn(table: Table, name: string): Uint8Array {
  const cells = textColumn(table, name);
  const out = new Uint8Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = (cells[i] as string).toLowerCase();
    if (cell === '1' || cell === '1.0' || cell === 'true') out[i] = 1;
    else if (cell !== '0' && cell !== '0.0' && cell !== 'false') {
      throw new FairnessInvalidColumn(name, `has the value "${cell.slice(0, 40)}", not 0/1`, i);
    }
  }
  return out;
}
