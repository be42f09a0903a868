import type { Analyzer } from './analyzer.js';
import { CsvRowReader, formatCsvField, formatCsvRow, type CsvLimits } from './csv-reader.js';
import { isSecretType, type EntityType, type Finding } from './entity-types.js';
import { applyOperator, type Operator, type OperatorKeys } from './operators.js';
import { operatorFor, type MaskPolicy } from './policy.js';
import { maskTextInto } from './text-masker.js';

/** A finding inside a table: data row (0-based, header excluded), column, offsets in the cell. */
export interface TableFinding {
  readonly row: number;
  readonly column: string;
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** Per-column result: the type the column holds (from a sample) and counts over all cells. */
export interface ColumnReport {
  readonly name: string;
  /** Entity type of the whole column, `FREE_TEXT` for mixed text with some PII, or null. */
  readonly predicted: EntityType | 'FREE_TEXT' | null;
  readonly counts: Partial<Record<EntityType, number>>;
  readonly cellsWithFindings: number;
}

export interface TableScanReport {
  readonly rows: number;
  readonly cells: number;
  readonly columns: readonly ColumnReport[];
  readonly totals: Partial<Record<EntityType, number>>;
}

export interface TableScanOptions extends CsvLimits {
  /** Data rows used to classify columns. Default 200. */
  readonly sampleRows?: number;
  /** Only these columns are scanned; all when absent. */
  readonly fields?: readonly string[];
  /** Called for every finding, in row order (stream them out; nothing is kept). */
  readonly onFinding?: (finding: TableFinding, cell: string) => void;
}

/** Classifies a column from sampled cells: a type covering most non-empty cells whole. */
export class ColumnClassifier {
  private readonly whole = new Map<string, number>();
  private nonEmpty = 0;
  private partial = 0;

  add(cell: string, findings: readonly Finding[]): void {
    const trimmed = cell.trim();
    if (trimmed === '') return;
    this.nonEmpty++;
    if (findings.length === 0) return;
    const best = findings.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    if ((best.end - best.start) / trimmed.length >= 0.7) {
      const key = isSecretType(best.type) ? `SECRET:${best.type}` : best.type;
      this.whole.set(key, (this.whole.get(key) ?? 0) + 1);
    } else this.partial++;
  }

  result(): EntityType | 'FREE_TEXT' | null {
    if (this.nonEmpty === 0) return null;
    let secretTotal = 0;
    let bestSecret: [string, number] = ['', 0];
    let best: [string, number] = ['', 0];
    for (const [key, n] of this.whole) {
      if (key.startsWith('SECRET:')) {
        secretTotal += n;
        if (n > bestSecret[1]) bestSecret = [key.slice(7), n];
      } else if (n > best[1]) best = [key, n];
    }
    if (secretTotal >= best[1] && secretTotal / this.nonEmpty >= 0.5)
      return bestSecret[0] as EntityType;
    if (best[1] / this.nonEmpty >= 0.5) return best[0] as EntityType;
    const withFindings = this.partial + secretTotal + best[1];
    return withFindings / this.nonEmpty >= 0.02 && withFindings > 0 ? 'FREE_TEXT' : null;
  }
}

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
  const sampleRows = options.sampleRows ?? 200;
  let header: string[] | undefined;
  let selected: boolean[] = [];
  let classifiers: ColumnClassifier[] = [];
  let counts: Partial<Record<EntityType, number>>[] = [];
  let hit: number[] = [];
  let expected: (EntityType | 'FREE_TEXT' | null)[] = [];
  let rowIndex = 0;
  let cells = 0;
  const onRow = (row: string[]): void => {
    if (header === undefined) {
      header = row;
      selected = row.map((name) => options.fields === undefined || options.fields.includes(name));
      classifiers = row.map(() => new ColumnClassifier());
      counts = row.map(() => ({}));
      hit = row.map(() => 0);
      return;
    }
    // Columns are classified once, before the first row after the sample, whatever its cells.
    if (rowIndex === sampleRows) expected = classifiers.map((k) => k.result());
    const sampling = rowIndex < sampleRows;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] ?? '';
      if (selected[c] !== true || cell === '') continue;
      cells++;
      const column = header[c] ?? `column_${c + 1}`;
      const colType = sampling ? undefined : expected[c];
      const findings = analyzer.analyze(
        cell,
        column,
        colType === 'FREE_TEXT' || colType === null ? undefined : colType,
      );
      if (sampling) classifiers[c]?.add(cell, findings);
      if (findings.length === 0) continue;
      hit[c] = (hit[c] ?? 0) + 1;
      const colCounts = counts[c] ?? {};
      for (const f of findings) {
        colCounts[f.type] = (colCounts[f.type] ?? 0) + 1;
        options.onFinding?.(
          { row: rowIndex, column, type: f.type, start: f.start, end: f.end, score: f.score },
          cell,
        );
      }
    }
    rowIndex++;
  };
  for await (const batch of batches) for (const row of batch) onRow(row);
  const names = header ?? [];
  const columns = names.map((name, c) => ({
    name,
    predicted: selected[c] === true ? (classifiers[c]?.result() ?? null) : null,
    counts: counts[c] ?? {},
    cellsWithFindings: hit[c] ?? 0,
  }));
  const totals: Partial<Record<EntityType, number>> = {};
  for (const col of columns)
    for (const [t, n] of Object.entries(col.counts))
      totals[t as EntityType] = (totals[t as EntityType] ?? 0) + n;
  return { rows: rowIndex, cells, columns, totals };
}

export interface TableMaskOptions extends CsvLimits {
  readonly sampleRows?: number;
  readonly policy: MaskPolicy;
  readonly keys: OperatorKeys;
  /** Receives the masked CSV text, row by row, in order. */
  readonly write: (text: string) => void | Promise<void>;
}

export interface TableMaskReport {
  readonly rows: number;
  readonly changed: Partial<Record<EntityType, number>>;
  readonly columns: readonly {
    name: string;
    predicted: EntityType | 'FREE_TEXT' | null;
    rule: string;
  }[];
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
  const sampleRows = options.sampleRows ?? 200;
  const { policy, keys } = options;
  const changed: Partial<Record<EntityType, number>> = {};
  let header: string[] | undefined;
  let predicted: (EntityType | 'FREE_TEXT' | null)[] = [];
  const pending: string[][] = [];
  let rows = 0;
  const bump = (t: EntityType): void => void (changed[t] = (changed[t] ?? 0) + 1);

  // What each column needs, worked out once after classification rather than per cell.
  interface ColumnPlan {
    readonly name: string;
    /** A column rule of the policy that applies to every cell, with the type it counts as. */
    readonly apply: { readonly operator: Operator; readonly type: EntityType } | undefined;
    /** The column's classified type when it is one entity type (the analyzer's `expected`). */
    readonly expected: EntityType | undefined;
    /** Operator for a typed cell with no finding (masked whole), when the policy allows it. */
    readonly wholeOperator: Operator | undefined;
  }
  let plans: ColumnPlan[] = [];
  const planColumns = (): void => {
    plans = (header ?? []).map((name, c) => {
      const rule = policy.columns[name];
      const colType = predicted[c];
      const expected = colType === 'FREE_TEXT' || colType === null ? undefined : colType;
      return {
        name,
        apply:
          rule?.kind === 'apply'
            ? { operator: rule.operator, type: rule.type ?? expected ?? 'GENERIC_SECRET' }
            : undefined,
        expected,
        wholeOperator:
          expected !== undefined && rule === undefined ? operatorFor(policy, expected) : undefined,
      };
    });
  };

  // Cells past the header's width (a ragged row) are still analysed, with no column context.
  const unnamed: ColumnPlan = {
    name: '',
    apply: undefined,
    expected: undefined,
    wholeOperator: undefined,
  };
  const maskCell = (cell: string, plan: ColumnPlan = unnamed): string => {
    if (cell === '') return cell;
    if (plan.apply !== undefined) {
      bump(plan.apply.type);
      return applyOperator(plan.apply.operator, cell, plan.apply.type, keys);
    }
    const findings = analyzer.analyze(cell, plan.name, plan.expected);
    if (findings.length === 0 && plan.wholeOperator !== undefined && plan.expected !== undefined) {
      bump(plan.expected);
      return applyOperator(plan.wholeOperator, cell, plan.expected, keys);
    }
    return maskTextInto(changed, { text: cell, findings, policy, keys });
  };
  const maskRow = (row: string[]): string => {
    let line = '';
    for (let c = 0; c < row.length; c++) {
      if (c > 0) line += ',';
      line += formatCsvField(maskCell(row[c] ?? '', plans[c]));
    }
    return line + '\n';
  };

  // Masked rows are joined per input batch and written once per batch.
  let out = '';
  const flush = (): void => {
    if (header === undefined) return;
    const names = header;
    const classifiers = names.map(() => new ColumnClassifier());
    for (const row of pending)
      row.forEach((cell, c) => classifiers[c]?.add(cell, analyzer.analyze(cell, names[c] ?? '')));
    predicted = classifiers.map((k) => k.result());
    planColumns();
    for (const row of pending.splice(0)) out += maskRow(row);
  };

  let classified = false;
  const onRow = (row: string[]): void => {
    if (header === undefined) {
      header = row;
      out += formatCsvRow(row);
      return;
    }
    rows++;
    if (!classified) {
      pending.push(row);
      if (pending.length >= sampleRows) {
        flush();
        classified = true;
      }
      return;
    }
    out += maskRow(row);
  };
  for await (const batch of batches) {
    for (const row of batch) onRow(row);
    if (out !== '') await options.write(out);
    out = '';
  }
  if (!classified) flush();
  if (out !== '') await options.write(out);
  return {
    rows,
    changed,
    columns: (header ?? []).map((name, c) => ({
      name,
      predicted: predicted[c] ?? null,
      rule: policy.columns[name]?.kind ?? 'detect',
    })),
  };
}
