/**
 * k-anonymity over quasi-identifier columns: measure the size of the smallest equivalence class,
 * and generalise column by column (each with a hierarchy inferred from its values) until every
 * class has at least k rows, suppressing the rows that still fall short when the hierarchies
 * run out. Reports what was generalised and what it cost.
 */

export type Row = Readonly<Record<string, string>>;

export interface KAnonymityMeasure {
  /** Size of the smallest equivalence class (0 for no rows). */
  readonly k: number;
  readonly classes: number;
  /** Rows in classes smaller than the target k. */
  readonly rowsBelowTarget: number;
  /** The smallest classes, by size (values shown are the generalised ones). */
  readonly smallest: readonly { readonly size: number; readonly key: readonly string[] }[];
}

export type HierarchyKind = 'number' | 'date' | 'postcode' | 'category';

export interface ColumnGeneralization {
  readonly column: string;
  readonly kind: HierarchyKind;
  /** Level applied: 0 = original values, `maxLevel` = fully suppressed (`*`). */
  readonly level: number;
  readonly maxLevel: number;
  /** Distinct values before and after. */
  readonly distinctBefore: number;
  readonly distinctAfter: number;
}

export interface KAnonymityResult {
  readonly rows: readonly Row[];
  readonly before: KAnonymityMeasure;
  readonly after: KAnonymityMeasure;
  readonly generalizations: readonly ColumnGeneralization[];
  readonly suppressedRows: number;
  /** Mean of level/maxLevel over the quasi-identifiers, in [0, 1] (0 = nothing lost). */
  readonly informationLoss: number;
  readonly reachedK: boolean;
}

function classSizes(rows: readonly Row[], quasi: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const key = quasi.map((q) => row[q] ?? '').join('\u0001');
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return sizes;
}

/** Measures k for `quasi` columns; `target` decides which rows count as below target. */
export function measureK(
  rows: readonly Row[],
  quasi: readonly string[],
  target = 2,
): KAnonymityMeasure {
  const sizes = classSizes(rows, quasi);
  let k = rows.length === 0 ? 0 : Infinity;
  let below = 0;
  for (const n of sizes.values()) {
    k = Math.min(k, n);
    if (n < target) below += n;
  }
  const smallest = [...sizes.entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, 5)
    .map(([key, size]) => ({ size, key: key.split('\u0001') }));
  return { k: k === Infinity ? 0 : k, classes: sizes.size, rowsBelowTarget: below, smallest };
}

/** Infers a hierarchy from the values: numbers (ages), dates, postcodes, else categories. */
export function inferKind(values: readonly string[]): HierarchyKind {
  const sample = values.filter((v) => v !== '').slice(0, 200);
  if (sample.length === 0) return 'category';
  const share = (re: RegExp): number => sample.filter((v) => re.test(v)).length / sample.length;
  if (share(/^(?:19|20)\d{2}-\d{2}-\d{2}/) > 0.8 || share(/^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/) > 0.8)
    return 'date';
  if (share(/^-?\d+(?:\.\d+)?$/) > 0.8) {
    const numbers = sample.map(Number);
    const integers = sample.every((v) => /^\d+$/.test(v));
    const sameLength = new Set(sample.map((v) => v.length)).size === 1;
    // Same-length digit strings with leading zeros or 4-6 digits read as postcodes, not amounts.
    if (integers && sameLength && (sample[0]?.length ?? 0) >= 4 && Math.max(...numbers) > 200)
      return 'postcode';
    return 'number';
  }
  if (share(/^[A-Z0-9][A-Z0-9 -]{2,9}$/i) > 0.8 && share(/\d/) > 0.8) return 'postcode';
  return 'category';
}

const NUMBER_WIDTHS = [5, 10, 20, 50];

/** Levels of the hierarchy of `kind` for values of that column (the last level is `*`). */
function maxLevelFor(kind: HierarchyKind, values: readonly string[]): number {
  switch (kind) {
    case 'number':
      return NUMBER_WIDTHS.length + 1;
    case 'date':
      return 3; // year-month, year, decade, then *
    case 'postcode':
      return Math.max(1, Math.max(...values.map((v) => v.length), 1));
    case 'category':
      return 1;
  }
}

/** The value at `level` of its hierarchy. */
export function generalizeValue(
  value: string,
  kind: HierarchyKind,
  level: number,
  maxLevel: number,
): string {
  if (level <= 0 || value === '') return value;
  if (level >= maxLevel) return '*';
  switch (kind) {
    case 'number': {
      const width = NUMBER_WIDTHS[level - 1] ?? 100;
      const low = Math.floor(Number(value) / width) * width;
      return `${low}-${low + width - 1}`;
    }
    case 'date': {
      const iso = /^((?:19|20)\d{2})-(\d{2})/.exec(value);
      const dmy = /^\d{1,2}[/.](\d{1,2})[/.](\d{4})$/.exec(value);
      const year = iso?.[1] ?? dmy?.[2];
      const month = iso?.[2] ?? dmy?.[1]?.padStart(2, '0');
      if (year === undefined) return '*';
      if (level === 1) return `${year}-${month ?? '??'}`;
      if (level === 2) return year;
      return `${year.slice(0, 3)}0s`;
    }
    case 'postcode':
      return (
        value.slice(0, Math.max(0, value.length - level)) +
        '*'.repeat(Math.min(level, value.length))
      );
    case 'category':
      return '*';
  }
}

export interface GeneralizeOptions {
  readonly quasi: readonly string[];
  readonly k: number;
  /** Most rows (share of all) that may be suppressed instead of generalising further. Default 0.05. */
  readonly maxSuppression?: number;
}

/**
 * Greedy generalisation: while k is not met, raise by one level the quasi-identifier whose step
 * removes the most rows below k per unit of information lost; once the rows still below k fit
 * within `maxSuppression`, suppress them (drop the rows) and stop.
 */
export function generalizeUntilK(
  rows: readonly Row[],
  options: GeneralizeOptions,
): KAnonymityResult {
  const { quasi, k } = options;
  const maxSuppressed = Math.floor((options.maxSuppression ?? 0.05) * rows.length);
  const kinds = quasi.map((q) => inferKind(rows.map((r) => r[q] ?? '')));
  const maxLevels = quasi.map((q, i) =>
    maxLevelFor(
      kinds[i] ?? 'category',
      rows.map((r) => r[q] ?? ''),
    ),
  );
  const levels = quasi.map(() => 0);
  const apply = (lv: readonly number[]): Row[] =>
    rows.map((r) => {
      const out: Record<string, string> = { ...r };
      quasi.forEach(
        (q, i) =>
          (out[q] = generalizeValue(
            r[q] ?? '',
            kinds[i] ?? 'category',
            lv[i] ?? 0,
            maxLevels[i] ?? 1,
          )),
      );
      return out;
    });
  const before = measureK(rows, quasi, k);
  let current = apply(levels);
  let measure = before;
  while (measure.rowsBelowTarget > maxSuppressed) {
    let bestIndex = -1;
    let bestGain = -Infinity;
    for (let i = 0; i < quasi.length; i++) {
      if ((levels[i] ?? 0) >= (maxLevels[i] ?? 1)) continue;
      const trial = [...levels];
      trial[i] = (trial[i] ?? 0) + 1;
      const m = measureK(apply(trial), quasi, k);
      const gain = (measure.rowsBelowTarget - m.rowsBelowTarget) / (1 / (maxLevels[i] ?? 1));
      if (gain > bestGain) [bestGain, bestIndex] = [gain, i];
    }
    if (bestIndex < 0) break;
    levels[bestIndex] = (levels[bestIndex] ?? 0) + 1;
    current = apply(levels);
    measure = measureK(current, quasi, k);
  }
  const sizes = classSizes(current, quasi);
  const kept = current.filter(
    (r) => (sizes.get(quasi.map((q) => r[q] ?? '').join('\u0001')) ?? 0) >= k,
  );
  const after = measureK(kept, quasi, k);
  const generalizations = quasi.map((column, i) => ({
    column,
    kind: kinds[i] ?? 'category',
    level: levels[i] ?? 0,
    maxLevel: maxLevels[i] ?? 1,
    distinctBefore: new Set(rows.map((r) => r[column])).size,
    distinctAfter: new Set(kept.map((r) => r[column])).size,
  }));
  const informationLoss =
    quasi.length === 0
      ? 0
      : generalizations.reduce((a, g) => a + g.level / g.maxLevel, 0) / quasi.length;
  return {
    rows: kept,
    before,
    after,
    generalizations,
    suppressedRows: current.length - kept.length,
    informationLoss,
    reachedK: kept.length === 0 ? rows.length === 0 : after.k >= k,
  };
}
