import { PiiInputMalformed, PiiInputTooLarge } from '../privacy.errors.js';

export interface CsvLimits {
  /** Longest field accepted, in characters. Default 1 MiB. */
  readonly maxFieldChars?: number;
  /** Most columns per row. Default 10,000. */
  readonly maxColumns?: number;
}

/**
 * Incremental RFC 4180 reader (comma, double quotes, "" escapes, CRLF or LF). Feed it decoded
 * text chunks of any size; it returns the rows completed so far and keeps the unfinished row for
 * the next chunk. Faster than csv-parse for the scanner's needs because it allocates only the
 * field strings and re-reads only the one unfinished row per chunk.
 */
export class CsvRowReader {
  private carry = '';
  private line = 1;
  private readonly maxFieldChars: number;
  private readonly maxColumns: number;

  constructor(limits: CsvLimits = {}) {
    this.maxFieldChars = limits.maxFieldChars ?? 1024 * 1024;
    this.maxColumns = limits.maxColumns ?? 10_000;
  }

  /** Rows completed by this chunk. */
  push(chunk: string): string[][] {
    const text = this.carry === '' ? chunk : this.carry + chunk;
    const rows: string[][] = [];
    const rest = this.parse(text, rows, false);
    this.carry = text.slice(rest);
    if (this.carry.length > this.maxFieldChars * 4)
      throw new PiiInputTooLarge('A CSV row', this.maxFieldChars * 4);
    return rows;
  }

  /** The last row, when the input does not end with a newline. */
  end(): string[][] {
    const rows: string[][] = [];
    if (this.carry !== '') this.parse(this.carry + '\n', rows, true);
    this.carry = '';
    return rows;
  }

  /** Parses whole rows from `text`; returns the offset where the unfinished row starts. */
  private parse(text: string, rows: string[][], final: boolean): number {
    const n = text.length;
    let rowStart = 0;
    let i = 0;
    let row: string[] = [];
    // Next comma, LF and CR at or after the current field (n when none): native searches
    // instead of a character loop; each is searched again only once the parse has passed it.
    let comma = -1;
    let lf = -1;
    let cr = -1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        // Quoted field: find the closing quote, unescaping "" pairs.
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) {
            if (final)
              throw new PiiInputMalformed('a quoted field is never closed', {
                line: this.line,
                format: 'CSV',
              });
            return rowStart;
          }
          if (text.charCodeAt(q + 1) === 34) {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += text.slice(from, q);
          i = q + 1;
          break;
        }
        if (value.length > this.maxFieldChars)
          throw new PiiInputTooLarge('A CSV field', this.maxFieldChars);
        row.push(value);
        if (i >= n) return rowStart;
        const next = text.charCodeAt(i);
        if (next === 44) i++;
        else if (next === 13 || next === 10) {
          i = this.endRow(text, i, row, rows);
          if (i < 0) return rowStart;
          rowStart = i;
          row = [];
        } else
          throw new PiiInputMalformed('text after a closing quote', {
            line: this.line,
            format: 'CSV',
          });
        continue;
      }
      // Unquoted field: up to the next comma or line end.
      if (comma < i) comma = indexOrEnd(text, ',', i);
      if (lf < i) lf = indexOrEnd(text, '\n', i);
      if (cr < i) cr = indexOrEnd(text, '\r', i);
      const j = comma < lf ? (comma < cr ? comma : cr) : lf < cr ? lf : cr;
      if (j >= n) return rowStart;
      if (j - i > this.maxFieldChars) throw new PiiInputTooLarge('A CSV field', this.maxFieldChars);
      row.push(text.slice(i, j));
      if (text.charCodeAt(j) === 44) {
        i = j + 1;
        if (i >= n) return rowStart;
        const after = text.charCodeAt(i);
        if (after === 10 || after === 13)
          row.push(''); // trailing empty field
        else continue;
        i = this.endRow(text, i, row, rows);
      } else i = this.endRow(text, j, row, rows);
      if (i < 0) return rowStart;
      rowStart = i;
      row = [];
    }
    return rowStart;
  }

  /** Consumes LF or CRLF at `i`, stores the row; -1 when a lone CR ends the buffer. */
  private endRow(text: string, i: number, row: string[], rows: string[][]): number {
    if (text.charCodeAt(i) === 13) {
      if (i + 1 >= text.length) return -1;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
    if (row.length > this.maxColumns)
      throw new PiiInputTooLarge('Columns in a CSV row', this.maxColumns);
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    this.line++;
    return i + 1;
  }
}

/** Index of `char` in `text` at or after `from`, or `text.length` when there is none. */
function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

function needsQuotes(field: string): boolean {
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    if (c === 34 || c === 44 || c === 10 || c === 13) return true;
  }
  return false;
}

/** One CSV field, quoted only when it needs it (RFC 4180). */
export function formatCsvField(field: string): string {
  return needsQuotes(field) ? '"' + field.replace(/"/g, '""') + '"' : field;
}

/** Writes one CSV row, quoting only the fields that need it (RFC 4180). */
export function formatCsvRow(fields: readonly string[]): string {
  let out = '';
  for (let k = 0; k < fields.length; k++) {
    if (k > 0) out += ',';
    out += formatCsvField(fields[k] ?? '');
  }
  return out + '\n';
}
