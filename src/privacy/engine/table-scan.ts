import type { Analyzer } from './analyzer.js';
import { ENTITY_TYPES, type EntityType, type Finding } from './entity-types.js';
import {
  ColumnClassifier,
  type TableFinding,
  type TableScanOptions,
  type TableScanReport,
} from './table-types.js';

/** Numbers per finding in {@link TableScan.addScannedPacked}. */
export const SCANNED_STRIDE = 6;

/** Packs the findings of one cell for {@link TableScan.addScannedPacked}. */
export function packFindings(
  into: number[],
  row: number,
  column: number,
  findings: readonly Finding[],
): void {
  for (const f of findings)
    into.push(row, column, ENTITY_TYPES.indexOf(f.type), f.start, f.end, f.score);
}

/** What a table finding keeps of an analyzer finding. */
type ScoredSpan = Pick<Finding, 'type' | 'start' | 'end' | 'score'>;

/** How the rows after the sample are scanned: what a worker needs to scan them the same way. */
export interface TypedColumns {
  readonly header: readonly string[];
  readonly selected: readonly boolean[];
  /** The type each column was classified as, when one entity type (the analyzer's `expected`). */
  readonly expected: readonly (EntityType | undefined)[];
}

/**
 * Scans one row after the sample: every selected, non-empty cell with its column header as
 * context and its column type as `expected`. Calls `visit` for each cell with findings;
 * returns how many cells it scanned.
 */
export function scanTypedRow(
  row: readonly string[],
  typed: TypedColumns,
  analyzer: Analyzer,
  visit: (column: number, cell: string, findings: readonly Finding[]) => void,
): number {
  let cells = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c] ?? '';
    if (typed.selected[c] !== true || cell === '') continue;
    cells++;
    const findings = analyzer.analyze(
      cell,
      typed.header[c] ?? `column_${c + 1}`,
      typed.expected[c],
    );
    if (findings.length > 0) visit(c, cell, findings);
  }
  return cells;
}

/**
 * The state of one table scan, fed row by row (header first). The first `sampleRows` data
 * rows are analysed in full and classify the columns; later rows are scanned with the column
 * types ({@link scanTypedRow}), here or elsewhere (see {@link TableScan.addScannedPacked}). Memory
 * stays flat: findings go to `onFinding`, only counts are kept.
 */
export class TableScan {
  private header: string[] | undefined;
  private selected: boolean[] = [];
  private classifiers: ColumnClassifier[] = [];
  private counts: Partial<Record<EntityType, number>>[] = [];
  private hit: number[] = [];
  private columnsTyped: TypedColumns | undefined;
  private rowIndex = 0;
  private cells = 0;
  private readonly sampleRows: number;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly options: TableScanOptions = {},
  ) {
    this.sampleRows = options.sampleRows ?? 200;
  }

  /** The column typing, once the sample is done; undefined before. */
  get typed(): TypedColumns | undefined {
    return this.columnsTyped;
  }

  /** Data rows seen so far (the index the next row gets). */
  get rows(): number {
    return this.rowIndex;
  }

  add(row: string[]): void {
    if (this.header === undefined) {
      const fields = this.options.fields;
      this.header = row;
      this.selected = row.map((name) => fields === undefined || fields.includes(name));
      this.classifiers = row.map(() => new ColumnClassifier());
      this.counts = row.map(() => ({}));
      this.hit = row.map(() => 0);
      if (this.sampleRows <= 0) this.classify();
      return;
    }
    const typed = this.columnsTyped;
    if (typed !== undefined) {
      const rowIndex = this.rowIndex;
      this.cells += scanTypedRow(row, typed, this.analyzer, (c, cell, findings) =>
        this.record(rowIndex, c, cell, findings),
      );
    } else this.addSampleRow(row);
    this.rowIndex++;
    // Columns are classified once, right after the last sample row.
    if (this.rowIndex === this.sampleRows) this.classify();
  }

  /**
   * Takes the result of scanning `rows` (the next rows, in order) with {@link scanTypedRow}
   * elsewhere, such as a worker thread: `cells` scanned, and the findings packed as numbers,
   * {@link SCANNED_STRIDE} per finding (row offset, column, index in ENTITY_TYPES, start, end,
   * score), in the order they were found.
   */
  addScannedPacked(rows: readonly string[][], cells: number, packed: Float64Array): void {
    this.cells += cells;
    let lastRow = -1;
    let lastColumn = -1;
    for (let i = 0; i + SCANNED_STRIDE <= packed.length; i += SCANNED_STRIDE) {
      const r = packed[i] ?? 0;
      const c = packed[i + 1] ?? 0;
      const type = ENTITY_TYPES[packed[i + 2] ?? 0] ?? 'GENERIC_SECRET';
      if (r !== lastRow || c !== lastColumn) this.hit[c] = (this.hit[c] ?? 0) + 1;
      lastRow = r;
      lastColumn = c;
      const colCounts = this.counts[c] ?? {};
      colCounts[type] = (colCounts[type] ?? 0) + 1;
      const onFinding = this.options.onFinding;
      if (onFinding !== undefined) {
        const column = this.header?.[c] ?? `column_${c + 1}`;
        onFinding(
          {
            row: this.rowIndex + r,
            column,
            type,
            start: packed[i + 3] ?? 0,
            end: packed[i + 4] ?? 0,
            score: packed[i + 5] ?? 0,
          },
          rows[r]?.[c] ?? '',
        );
      }
    }
    this.rowIndex += rows.length;
  }

  report(): TableScanReport {
    const names = this.header ?? [];
    const columns = names.map((name, c) => ({
      name,
      predicted: this.selected[c] === true ? (this.classifiers[c]?.result() ?? null) : null,
      counts: this.counts[c] ?? {},
      cellsWithFindings: this.hit[c] ?? 0,
    }));
    const totals: Partial<Record<EntityType, number>> = {};
    for (const col of columns)
      for (const [t, n] of Object.entries(col.counts))
        totals[t as EntityType] = (totals[t as EntityType] ?? 0) + n;
    return { rows: this.rowIndex, cells: this.cells, columns, totals };
  }

  private addSampleRow(row: string[]): void {
    const header = this.header ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] ?? '';
      if (this.selected[c] !== true || cell === '') continue;
      this.cells++;
      const findings = this.analyzer.analyze(cell, header[c] ?? `column_${c + 1}`);
      this.classifiers[c]?.add(cell, findings);
      if (findings.length > 0) this.record(this.rowIndex, c, cell, findings);
    }
  }

  private classify(): void {
    this.columnsTyped = {
      header: this.header ?? [],
      selected: this.selected,
      expected: this.classifiers.map((k) => {
        const type = k.result();
        return type === 'FREE_TEXT' || type === null ? undefined : type;
      }),
    };
  }

  private record(row: number, c: number, cell: string, findings: readonly ScoredSpan[]): void {
    this.hit[c] = (this.hit[c] ?? 0) + 1;
    const colCounts = this.counts[c] ?? {};
    const column = this.header?.[c] ?? `column_${c + 1}`;
    for (const f of findings) {
      colCounts[f.type] = (colCounts[f.type] ?? 0) + 1;
      const finding: TableFinding = {
        row,
        column,
        type: f.type,
        start: f.start,
        end: f.end,
        score: f.score,
      };
      this.options.onFinding?.(finding, cell);
    }
  }
}
