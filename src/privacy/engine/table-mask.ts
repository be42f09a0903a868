import type { Analyzer } from './analyzer.js';
import { formatCsvField, formatCsvRow } from './csv-reader.js';
import type { EntityType } from './entity-types.js';
import { applyOperator, type Operator, type OperatorKeys } from './operators.js';
import { operatorFor, type MaskPolicy } from './policy.js';
import { ColumnClassifier, type TableMaskOptions, type TableMaskReport } from './table-types.js';
import { maskTextInto } from './text-masker.js';

/** Column types from the sample: what a worker needs to mask later rows the same way. */
export interface MaskColumns {
  readonly header: readonly string[];
  readonly predicted: readonly (EntityType | 'FREE_TEXT' | null)[];
}

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

// Cells past the header's width (a ragged row) are still analysed, with no column context.
const UNNAMED: ColumnPlan = {
  name: '',
  apply: undefined,
  expected: undefined,
  wholeOperator: undefined,
};

/**
 * Masks rows of a classified table as CSV lines. A column rule in the policy wins; otherwise
 * each cell's findings are masked, and in a column classified as one type a non-empty cell with
 * no finding is masked whole as that type, so odd formats do not slip by. Counts what it
 * changed into `changed`.
 */
export function createRowMasker(
  columns: MaskColumns,
  analyzer: Analyzer,
  policy: MaskPolicy,
  keys: OperatorKeys,
  changed: Partial<Record<EntityType, number>>,
): (row: readonly string[]) => string {
  const plans: ColumnPlan[] = columns.header.map((name, c) => {
    const rule = policy.columns[name];
    const colType = columns.predicted[c];
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
  const bump = (t: EntityType): void => void (changed[t] = (changed[t] ?? 0) + 1);
  const maskCell = (cell: string, plan: ColumnPlan = UNNAMED): string => {
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
  // Fields go into one reused array and are joined once: no rope of small strings per row.
  const fields: string[] = [];
  return (row) => {
    fields.length = row.length;
    for (let c = 0; c < row.length; c++)
      fields[c] = formatCsvField(maskCell(row[c] ?? '', plans[c]));
    return fields.join(',') + '\n';
  };
}

/**
 * The state of one table mask, fed row by row (header first). The first `sampleRows` data rows
 * are held back until they have classified the columns, then masked with every later row,
 * here or elsewhere (see {@link TableMask.addMasked}).
 */
export class TableMask {
  private header: string[] | undefined;
  private predicted: (EntityType | 'FREE_TEXT' | null)[] = [];
  private readonly pending: string[][] = [];
  private maskRow: ((row: readonly string[]) => string) | undefined;
  private rowCount = 0;
  private readonly changed: Partial<Record<EntityType, number>> = {};
  private readonly sampleRows: number;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly options: TableMaskOptions,
  ) {
    this.sampleRows = options.sampleRows ?? 200;
  }

  /** The column typing, once the sample is done; undefined before. */
  get columns(): MaskColumns | undefined {
    return this.maskRow === undefined
      ? undefined
      : { header: this.header ?? [], predicted: this.predicted };
  }

  /** Masked CSV text this row completes: the header, the held-back sample, or the row itself. */
  add(row: string[]): string {
    if (this.header === undefined) {
      this.header = row;
      return formatCsvRow(row);
    }
    this.rowCount++;
    if (this.maskRow !== undefined) return this.maskRow(row);
    this.pending.push(row);
    return this.pending.length >= this.sampleRows ? this.classify() : '';
  }

  /** Masked text still held back (a table shorter than the sample). */
  end(): string {
    return this.maskRow === undefined ? this.classify() : '';
  }

  /** Counts the rows and changes of rows masked elsewhere with {@link createRowMasker}. */
  addMasked(rows: number, changed: Partial<Record<EntityType, number>>): void {
    this.rowCount += rows;
    for (const [t, n] of Object.entries(changed))
      this.changed[t as EntityType] = (this.changed[t as EntityType] ?? 0) + n;
  }

  report(): TableMaskReport {
    const { policy } = this.options;
    return {
      rows: this.rowCount,
      changed: this.changed,
      columns: (this.header ?? []).map((name, c) => ({
        name,
        predicted: this.predicted[c] ?? null,
        rule: policy.columns[name]?.kind ?? 'detect',
      })),
    };
  }

  /** Classifies the columns from the held-back rows, then masks them. */
  private classify(): string {
    const names = this.header;
    if (names === undefined) return '';
    const classifiers = names.map(() => new ColumnClassifier());
    for (const row of this.pending)
      row.forEach((cell, c) =>
        classifiers[c]?.add(cell, this.analyzer.analyze(cell, names[c] ?? '')),
      );
    this.predicted = classifiers.map((k) => k.result());
    const { policy, keys } = this.options;
    const maskRow = createRowMasker(
      { header: names, predicted: this.predicted },
      this.analyzer,
      policy,
      keys,
      this.changed,
    );
    this.maskRow = maskRow;
    let out = '';
    for (const row of this.pending.splice(0)) out += maskRow(row);
    return out;
  }
}
