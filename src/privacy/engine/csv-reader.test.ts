import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvRowReader, formatCsvRow } from './csv-reader.js';

function readAll(text: string, chunkSize: number): string[][] {
  const reader = new CsvRowReader();
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += chunkSize)
    rows.push(...reader.push(text.slice(i, i + chunkSize)));
  rows.push(...reader.end());
  return rows;
}

describe('CsvRowReader', () => {
  it('reads quoted fields with commas, escaped quotes and newlines across chunk boundaries', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\n1,,3';
    expect(readAll(text, 3)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '', '3'],
    ]);
  });

  it('agrees with csv-parse on any table it writes, whatever the chunk size', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', 'é', '1') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 17 }),
        (table, chunk) => {
          const rows = table.filter((r) => !(r.length === 1 && r[0] === ''));
          const text = rows.map((r) => formatCsvRow(r)).join('');
          const expected: unknown = parse(text, {
            relax_column_count: true,
            skip_empty_lines: false,
          });
          expect(readAll(text, chunk)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects an unclosed quote with PII_INPUT_MALFORMED', () => {
    const reader = new CsvRowReader();
    reader.push('a,"open\n');
    expect(() => reader.end()).toThrow(expect.objectContaining({ code: 'PII_INPUT_MALFORMED' }));
  });

  it('rejects a field longer than the limit with PII_INPUT_TOO_LARGE', () => {
    const reader = new CsvRowReader({ maxFieldChars: 5 });
    expect(() => reader.push('abcdefgh,1\n')).toThrow(
      expect.objectContaining({ code: 'PII_INPUT_TOO_LARGE' }),
    );
  });
});
