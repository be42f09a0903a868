import { describe, expect, it } from 'vitest';
import { binaryColumn, loadTable, numberColumn, tableFromRecords } from './table-loader.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('loadTable', () => {
  it('keeps the first of two columns with the same header name and trims spaces', async () => {
    const t = await loadTable(bytes('a,b,a\n 1, x ,9\n2,y,9\n'), { format: 'csv' });
    expect(t.columnNames).toEqual(['a', 'b']);
    expect([...numberColumn(t, 'a')]).toEqual([1, 2]);
    expect(t.columns.get('b')).toEqual(['x', 'y']);
  });

  it('reads JSONL with keys in first-seen order and missing keys empty', async () => {
    const t = await loadTable(bytes('{"y":1,"g":"a"}\n\n{"y":0,"s":0.5}\n'), { format: 'jsonl' });
    expect(t.columnNames).toEqual(['y', 'g', 's']);
    expect(t.columns.get('g')).toEqual(['a', '']);
    expect([...binaryColumn(t, 'y')]).toEqual([1, 0]);
  });

  it('refuses more rows than the limit with FAIRNESS_INPUT_TOO_LARGE', async () => {
    const limits = { maxBytes: 1000, maxRows: 1, maxColumns: 10 };
    await expect(loadTable(bytes('a\n1\n2\n'), { format: 'csv', limits })).rejects.toMatchObject({
      code: 'FAIRNESS_INPUT_TOO_LARGE',
    });
    expect(() => tableFromRecords([{ a: 1 }, { a: 2 }], limits)).toThrow(
      expect.objectContaining({ code: 'FAIRNESS_INPUT_TOO_LARGE' }),
    );
  });

  it('rejects a line that is not JSON with FAIRNESS_TABLE_UNREADABLE', async () => {
    await expect(
      loadTable(bytes('{"a":1}\nnot json\n'), { format: 'jsonl' }),
    ).rejects.toMatchObject({ code: 'FAIRNESS_TABLE_UNREADABLE' });
  });

  it('names a CSV problem and its line without quoting the file', async () => {
    const secret = 'Zorbulat-4711';
    const err: unknown = await loadTable(bytes(`a,b\n1,"x"${secret}\n`), { format: 'csv' }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'FAIRNESS_TABLE_UNREADABLE' });
    const text = JSON.stringify(err) + (err as Error).message;
    expect(text).toContain('line 2');
    expect(text).not.toContain(secret);
    expect(text).not.toMatch(/got "/);
    expect(text).toContain('invalid closing quote at line 2');
  });

  it('rejects a label that is not 0/1 with FAIRNESS_INVALID_COLUMN and a missing column with FAIRNESS_COLUMN_NOT_FOUND', () => {
    const t = tableFromRecords([{ y: 1 }, { y: 2 }]);
    expect(() => binaryColumn(t, 'y')).toThrow(
      expect.objectContaining({ code: 'FAIRNESS_INVALID_COLUMN' }),
    );
    expect(() => binaryColumn(t, 'z')).toThrow(
      expect.objectContaining({ code: 'FAIRNESS_COLUMN_NOT_FOUND' }),
    );
  });
});
