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
  // Encode each column on its own, combine the codes in mixed radix, then name and sort the
  // combinations that occur: no per-row string building, which dominates on large tables.
  let combined = new Float64Array(n);
  let radix = 1;
  const perColumn = columns.map((column) => {
    const encoded = encodeKeys(column);
    for (let i = 0; i < n; i++) combined[i]! += (encoded.codes[i] as number) * radix;
    radix *= encoded.labels.length;
    return encoded.labels;
  });
  const seen = new Map<number, number>();
  const keys: number[] = [];
  const local = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = combined[i] as number;
    let code = seen.get(key);
    if (code === undefined) {
      code = keys.length;
      seen.set(key, code);
      keys.push(key);
    }
    local[i] = code;
  }
  combined = new Float64Array(0);
  const names = keys.map((key) => {
    let rest = key;
    return perColumn
      .map((labels) => {
        const code = rest % labels.length;
        rest = Math.floor(rest / labels.length);
        return labels[code] as string;
      })
      .join(separator);
  });
  const order = names
    .map((_, k) => k)
    .sort((x, y) => compareText(names[x] as string, names[y] as string));
  const rank = new Int32Array(names.length);
  order.forEach((k, r) => (rank[k] = r));
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) codes[i] = rank[local[i] as number] as number;
  return { codes, labels: order.map((k) => names[k] as string) };
}

const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Encodes already-built keys (one per row). */
export function encodeKeys(keys: readonly string[]): GroupCodes {
  // First pass assigns codes in order of appearance (one Map lookup per row); then the few
  // distinct labels are sorted and the codes remapped.
  const index = new Map<string, number>();
  const firstSeen: string[] = [];
  const local = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    let code = index.get(key);
    if (code === undefined) {
      code = firstSeen.length;
      index.set(key, code);
      firstSeen.push(key);
    }
    local[i] = code;
  }
  const order = firstSeen
    .map((_, k) => k)
    .sort((x, y) => compareText(firstSeen[x] as string, firstSeen[y] as string));
  const rank = new Int32Array(order.length);
  order.forEach((k, r) => (rank[k] = r));
  const codes = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) codes[i] = rank[local[i] as number] as number;
  return { codes, labels: order.map((k) => firstSeen[k] as string) };
}

/** The listed rows as a new GroupCodes whose labels keep only the groups still present. */
export function subsetGroups(groups: GroupCodes, rows: Int32Array): GroupCodes {
  const keys: string[] = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    keys[i] = groups.labels[groups.codes[rows[i] as number] as number] as string;
  }
  return encodeKeys(keys);
}
