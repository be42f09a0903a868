import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRowReader, type CsvLimits } from './csv-reader.js';
import { CsvSplitter, parseCsvSlice, type CsvSlice } from './csv-split.js';

type Outcome = { rows: string[][] } | { error: { code: unknown; message: string } };

function failed(err: unknown): Outcome {
  const e = err as { code?: unknown; message: string };
  return { error: { code: e.code, message: e.message } };
}

/** What the one-thread path reads: one reader over the pieces. */
function readWhole(pieces: readonly string[], limits: CsvLimits = {}): Outcome {
  const reader = new CsvRowReader(limits);
  const rows: string[][] = [];
  try {
    for (const p of pieces) rows.push(...reader.push(p));
    rows.push(...reader.end());
  } catch (err) {
    return failed(err);
  }
  return { rows };
}

/** The slices of the pieces, cut after the pieces whose index is in `cutAfter`, and at the end. */
function sliceAll(
  pieces: readonly string[],
  cutAfter: ReadonlySet<number>,
  limits: CsvLimits = {},
): CsvSlice[] {
  const splitter = new CsvSplitter(limits);
  const slices: CsvSlice[] = [];
  for (const [i, p] of pieces.entries()) {
    splitter.push(p);
    const slice = cutAfter.has(i) || splitter.failed ? splitter.cut() : undefined;
    if (slice !== undefined) slices.push(slice);
    if (splitter.failed) return slices; // the reader stops here too
  }
  const last = splitter.end();
  if (last !== undefined) slices.push(last);
  return slices;
}

/** What the worker path reads: slices parsed apart, in order; the first error wins. */
function readSliced(
  pieces: readonly string[],
  cutAfter: ReadonlySet<number>,
  limits: CsvLimits = {},
): Outcome {
  const rows: string[][] = [];
  try {
    for (const slice of sliceAll(pieces, cutAfter, limits))
      rows.push(...parseCsvSlice(slice, limits));
  } catch (err) {
    return failed(err);
  }
  return { rows };
}

const everyPiece = (pieces: readonly string[]): Set<number> => new Set(pieces.keys());

function piecesOf(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

describe('CsvSplitter', () => {
  it('keeps a quoted field with newlines, CRLF and "" escapes in one row', () => {
    const text = 'a,b\r\n"x\ny","say ""hi"""\r\n"two\r\nlines",3\n';
    const pieces = piecesOf(text, 1);
    expect(sliceAll(pieces, everyPiece(pieces)).map((s) => s.text)).toEqual([
      'a,b\r\n',
      '"x\ny","say ""hi"""\r\n',
      '"two\r\nlines",3\n',
    ]);
  });

  it('waits for the next piece when one ends inside a quoted field', () => {
    const splitter = new CsvSplitter();
    splitter.push('id,note\n1,"first\n');
    expect(splitter.cut()).toEqual({ text: 'id,note\n', firstLine: 1 });
    splitter.push('line",x\n2,y\n');
    expect(splitter.cut()).toEqual({ text: '1,"first\nline",x\n2,y\n', firstLine: 2 });
  });

  it('tells a closing quote from "" when a piece ends between the two quotes', () => {
    const splitter = new CsvSplitter();
    splitter.push('1,"a"');
    splitter.push('"\n2,b\n"');
    expect(splitter.cut()).toBeUndefined(); // the "" escape keeps the field open
    splitter.push('\n3,c\n');
    expect(splitter.end()).toEqual({ text: '1,"a""\n2,b\n"\n3,c\n', firstLine: 1 });
  });

  it('does not cut between the CR and LF of a CRLF split across pieces', () => {
    const splitter = new CsvSplitter();
    splitter.push('a,b\r');
    expect(splitter.cut()).toBeUndefined();
    splitter.push('\nc,d\r');
    expect(splitter.cut()).toEqual({ text: 'a,b\r\n', firstLine: 1 });
    splitter.push('e,f\n'); // a lone CR ends a row, as in the reader
    expect(splitter.cut()).toEqual({ text: 'c,d\re,f\n', firstLine: 2 });
  });

  it('treats a quote inside an unquoted field as text, as the reader does', () => {
    const text = 'h1,h2\n5\'11",x\ny,"z\nw"\n';
    const pieces = piecesOf(text, 4);
    expect(readSliced(pieces, everyPiece(pieces))).toEqual(readWhole(pieces));
    expect(sliceAll(pieces, everyPiece(pieces)).map((s) => s.firstLine)).toEqual([1, 2, 3]);
  });

  it('reports a malformed row at its line in the whole text', () => {
    const text = 'a,b\n1,2\n"x\ny",3\n"bad"x,4\n';
    const pieces = piecesOf(text, 5);
    const sliced = readSliced(pieces, everyPiece(pieces));
    expect(sliced).toEqual(readWhole(pieces));
    expect(sliced).toMatchObject({ error: { code: 'PII_INPUT_MALFORMED' } });
    expect(sliced).toMatchObject({ error: { message: expect.stringContaining('line 4') } });
  });

  it('fails a row longer than the reader allows, as the reader does', () => {
    const limits = { maxFieldChars: 4 };
    const pieces = ['a,b\n', '1234,1234,1234,12', '34\n']; // 17 characters unfinished
    const sliced = readSliced(pieces, everyPiece(pieces), limits);
    expect(sliced).toMatchObject({ error: { code: 'PII_INPUT_TOO_LARGE' } });
    expect(sliced).toEqual(readWhole(pieces, limits));
  });

  it('reads any text, well-formed or not, as one reader over the same pieces does', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', ',', '"', '""', '\n', '\r', '\r\n', 'é'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        fc.constantFrom<CsvLimits>({}, { maxFieldChars: 3 }, { maxColumns: 2 }),
        (csv, size, cuts, limits) => {
          const pieces = piecesOf(csv, size);
          const cutAfter = new Set(cuts.flatMap((c, i) => (c ? [i] : [])));
          expect(readSliced(pieces, cutAfter, limits)).toEqual(readWhole(pieces, limits));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
