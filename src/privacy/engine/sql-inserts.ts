import type { EmbeddedCell, EmbeddedTable } from './embedded-tables.js';

/*
 * SQL dumps pasted into tickets or leaked in logs: `INSERT INTO customers (id, first_name, …)
 * VALUES (1, 'Anna', …), (2, …);`. Each row is a tuple of values under the column list, so the
 * statement is read as a table: the column names are the header, the values its cells (strings
 * without their quotes, '' for a quote inside one).
 */

const INSERT_RE = /INSERT\s+INTO\s+[`"[\]\w.]{1,128}\s*\(([^()]{1,2000})\)\s*VALUES\s*/giu;
const MAX_ROWS = 10_000;
const MAX_COLUMNS = 200;

/** Cheap gate: the words of an insert statement. */
export function mayHaveSqlInserts(text: string): boolean {
  return text.includes('INSERT') || text.includes('insert into');
}

/** Tables of the `INSERT … VALUES` statements in `text`. */
export function findSqlInserts(text: string): EmbeddedTable[] {
  const tables: EmbeddedTable[] = [];
  INSERT_RE.lastIndex = 0;
  for (let m = INSERT_RE.exec(text); m !== null; m = INSERT_RE.exec(text)) {
    const list = m[1] ?? '';
    const header = list.split(',').map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ''));
    if (header.length < 2 || header.length > MAX_COLUMNS || header.some((h) => h === '')) continue;
    const listStart = m.index + m[0].indexOf(list);
    const rows: EmbeddedCell[][] = [];
    let at = m.index + m[0].length;
    while (rows.length < MAX_ROWS) {
      const tuple = readTuple(text, at);
      if (tuple === undefined) break;
      if (tuple.cells.length === header.length) rows.push(tuple.cells);
      at = tuple.end;
      // Next tuple after a comma; a semicolon or anything else ends the statement.
      while (at < text.length && /\s/.test(text.charAt(at))) at++;
      if (text.charAt(at) !== ',') break;
      at++;
    }
    if (rows.length > 0)
      tables.push({ header, headerStart: listStart, headerEnd: listStart + list.length, rows });
    INSERT_RE.lastIndex = Math.max(INSERT_RE.lastIndex, at);
  }
  return tables;
}

/** The tuple `( … )` at `from` (after blanks): its value cells and where it ends. */
function readTuple(text: string, from: number): { cells: EmbeddedCell[]; end: number } | undefined {
  let i = from;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  if (text.charAt(i) !== '(') return undefined;
  i++;
  const cells: EmbeddedCell[] = [];
  for (;;) {
    while (i < text.length && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i++;
    if (i >= text.length) return undefined;
    let start: number;
    let end: number;
    const c = text.charAt(i);
    if (c === "'" || c === '"') {
      start = i + 1;
      let j = start;
      for (;;) {
        j = text.indexOf(c, j);
        if (j < 0) return undefined;
        if (text.charAt(j + 1) === c) {
          j += 2; // a doubled quote inside the string
          continue;
        }
        if (text.charAt(j - 1) === '\\') {
          j += 1;
          continue;
        }
        break;
      }
      end = j;
      i = j + 1;
    } else {
      start = i;
      while (i < text.length && text.charAt(i) !== ',' && text.charAt(i) !== ')') i++;
      end = i;
      while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    }
    cells.push({ start, end });
    if (cells.length > MAX_COLUMNS) return undefined;
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
    if (text.charAt(i) === ',') {
      i++;
      continue;
    }
    if (text.charAt(i) === ')') return { cells, end: i + 1 };
    return undefined;
  }
}
