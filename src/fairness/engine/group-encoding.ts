/** Rows mapped to small integer group codes, with the label of each code. */
export interface GroupCodes {
  /** codes[i] is the group of row i, in 0..labels.length-1. */
  readonly codes: Int32Array;
  /** Group labels sorted in string order; intersectional labels join values with `|`. */
  readonly labels: readonly string[];
}

/**
 * Encodes one or more categorical columns as group codes. Several columns form intersectional
 * groups keyed by `a|b|…` (Adult's `sex|race`). Labels are sorted, so codes are stable for a
 * given set of values whatever the row order.
 */
export function encodeGroups(columns: readonly (readonly string[])[], separator = '|'): GroupCodes {
  const first = columns[0];
  if (first === undefined) return { codes: new Int32Array(0), labels: [] };
  const n = first.length;
  const keys: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    let key = first[i] ?? '';
    for (let c = 1; c < columns.length; c++) key += separator + (columns[c]?.[i] ?? '');
    keys[i] = key;
  }
  return encodeKeys(keys);
}

/** Encodes already-built keys (one per row). */
export function encodeKeys(keys: readonly string[]): GroupCodes {
  const labels = [...new Set(keys)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const index = new Map(labels.map((label, i) => [label, i]));
  const codes = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) codes[i] = index.get(keys[i] as string) as number;
  return { codes, labels };
}

/** The listed rows as a new GroupCodes whose labels keep only the groups still present. */
export function subsetGroups(groups: GroupCodes, rows: Int32Array): GroupCodes {
  const keys: string[] = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    keys[i] = groups.labels[groups.codes[rows[i] as number] as number] as string;
  }
  return encodeKeys(keys);
}
