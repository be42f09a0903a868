import { PiiInputMalformed } from '../privacy.errors.js';
import { CsvRowReader, type CsvLimits } from './csv-reader.js';

/** Whole CSV rows cut from a longer text, and the reader line its first row starts on. */
export interface CsvSlice {
  readonly text: string;
  /** {@link CsvRowReader}'s line number (rows ended before the slice, plus one). */
  readonly firstLine: number;
}

/**
 * Cuts a CSV, given as decoded text pieces, into slices of whole rows that can be parsed apart
 * (on other threads) into exactly the rows {@link CsvRowReader} reads from the whole text.
 * It follows the reader's rules without building fields: a `"` opens a quoted field only at the
 * start of a field, `""` inside one is a quote, and a row ends at LF, CRLF or a lone CR outside
 * quotes. A quote, `""` or CRLF split across two pieces is resolved when the next piece comes.
 *
 * Fed the same pieces as the reader, it runs the reader's checks on the unfinished row after each
 * piece as the reader does (see {@link CsvSplitter.failed}), so the slices fail where and how the
 * reader fails.
 */
export class CsvSplitter {
  private parts: string[] = [];
  /** Characters in `parts`. */
  private chars = 0;
  /** Offset in `parts` just after the last row end found; rows before it can be cut. */
  private rowEnd = 0;
  /** Row ends in `parts` before `rowEnd`. */
  private rowsBefore = 0;
  private line = 1;
  private quoted = false;
  /** Inside a quoted field, the last piece ended with `"`: a closing quote or half of `""`. */
  private quoteAtEnd = false;
  /** Outside quotes, the last piece ended with CR: a row end, perhaps CRLF. */
  private crAtEnd = false;
  /** The character before the next piece (for a quote at its start); LF at the beginning. */
  private lastChar = 10;
  private failure = false;

  constructor(private readonly limits: CsvLimits = {}) {}

  /** Characters of whole rows ready to be cut. */
  get ready(): number {
    return this.rowEnd;
  }

  /**
   * True once the unfinished row fails one of the reader's checks (a field or the row too long,
   * text after a closing quote): the next {@link cut} takes everything, and parsing that slice
   * throws the reader's error. Push nothing more after that.
   */
  get failed(): boolean {
    return this.failure;
  }

  /** Adds the next piece of text. */
  push(piece: string): void {
    if (piece === '' || this.failure) return;
    const base = this.chars;
    this.parts.push(piece);
    this.chars += piece.length;
    this.scan(piece, base);
    // The reader parses the unfinished row again after every piece, with its checks.
    if (this.chars > this.rowEnd && !this.isReadable(this.textFrom(this.rowEnd))) {
      this.failure = true;
      this.rowEnd = this.chars;
    }
  }

  /** The whole rows found so far (undefined when there are none); keeps the unfinished row. */
  cut(): CsvSlice | undefined {
    if (this.rowEnd === 0) return undefined;
    const all = this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
    const slice = { text: all.slice(0, this.rowEnd), firstLine: this.line };
    const rest = all.slice(this.rowEnd);
    this.parts = rest === '' ? [] : [rest];
    this.chars = rest.length;
    this.rowEnd = 0;
    this.line += this.rowsBefore;
    this.rowsBefore = 0;
    return slice;
  }

  /** Everything left at the end of the input, the last row perhaps without its newline. */
  end(): CsvSlice | undefined {
    if (this.crAtEnd) this.endRow(this.chars);
    this.crAtEnd = false;
    this.rowEnd = this.chars;
    const slice = this.cut();
    this.line = 1;
    return slice;
  }

  private endRow(at: number): void {
    this.rowEnd = at;
    this.rowsBefore++;
  }

  /** Follows quotes and row ends through `s`, which starts at offset `base` in `parts`. */
  private scan(s: string, base: number): void {
    const n = s.length;
    let i = 0;
    if (this.crAtEnd) {
      this.crAtEnd = false;
      i = s.charCodeAt(0) === 10 ? 1 : 0;
      this.endRow(base + i);
    } else if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      if (s.charCodeAt(0) === 34) i = 1;
      else this.quoted = false;
    }
    // Next LF and CR at or after `i` outside quotes (n when none), searched again only once passed.
    let lf = -1;
    let cr = -1;
    while (i < n) {
      if (this.quoted) {
        const q = s.indexOf('"', i);
        if (q < 0) break;
        if (q + 1 === n) {
          this.quoteAtEnd = true;
          break;
        }
        if (s.charCodeAt(q + 1) === 34) i = q + 2;
        else {
          this.quoted = false;
          i = q + 1;
        }
        continue;
      }
      let q = s.indexOf('"', i);
      if (q < 0) q = n;
      if (lf < i) lf = indexOrEnd(s, '\n', i);
      if (cr < i) cr = indexOrEnd(s, '\r', i);
      // Row ends before the next quote, in order.
      while (lf < q || cr < q) {
        if (lf < cr) {
          this.endRow(base + lf + 1);
          lf = indexOrEnd(s, '\n', lf + 1);
        } else if (cr + 1 === n) {
          this.crAtEnd = true;
          cr = n;
        } else {
          if (s.charCodeAt(cr + 1) !== 10) this.endRow(base + cr + 1); // CRLF ends at its LF
          cr = indexOrEnd(s, '\r', cr + 1);
        }
      }
      if (q === n) break;
      // A quote opens a quoted field only at the start of a field; elsewhere it is text.
      const before = q === 0 ? this.lastChar : s.charCodeAt(q - 1);
      if (before === 44 || before === 10 || before === 13) this.quoted = true;
      i = q + 1;
    }
    this.lastChar = s.charCodeAt(n - 1);
  }

  /** Text of `parts` from `offset` on. */
  private textFrom(offset: number): string {
    const last = this.parts[this.parts.length - 1] ?? '';
    const lastStart = this.chars - last.length;
    return offset >= lastStart ? last.slice(offset - lastStart) : this.parts.join('').slice(offset);
  }

  private isReadable(unfinishedRow: string): boolean {
    try {
      new CsvRowReader(this.limits).push(unfinishedRow);
      return true;
    } catch {
      return false; // parsing the slice that holds this row throws the error again, in order
    }
  }
}

/** Index of `char` in `text` at or after `from`, or `text.length` when there is none. */
function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

/**
 * Parses a slice cut by {@link CsvSplitter} into the rows {@link CsvRowReader} reads there from
 * the whole text; throws what the reader throws there, a malformed row with the line number it
 * has in the whole text.
 */
export function parseCsvSlice(slice: CsvSlice, limits: CsvLimits = {}): string[][] {
  const reader = new CsvRowReader(limits);
  try {
    const rows = reader.push(slice.text);
    // A slice ending in a lone CR leaves that row to end(), as at the end of the input.
    const last = reader.end();
    return last.length === 0 ? rows : rows.concat(last);
  } catch (err) {
    throw atLine(err, slice.firstLine);
  }
}

/** The reader's error for a slice starting on `firstLine`, with the line in the whole text. */
function atLine(err: unknown, firstLine: number): unknown {
  if (!(err instanceof PiiInputMalformed) || firstLine === 1) return err;
  const { line, format, problem } = err.details as {
    line?: number;
    format: string;
    problem: string;
  };
  if (line === undefined) return err;
  return new PiiInputMalformed(problem, { line: line + firstLine - 1, format });
}
