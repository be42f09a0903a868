import type { CsvLimits } from './csv-reader.js';
import { isSecretType, type EntityType, type Finding } from './entity-types.js';
import type { OperatorKeys } from './operators.js';
import type { MaskPolicy } from './policy.js';

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
