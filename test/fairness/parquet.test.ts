import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryColumn, loadTable, numberColumn } from '../../src/fairness/engine/table-loader.js';
import { readTableFile } from '../../src/fairness/table-files.js';
import { tinyParquet } from './tiny-parquet.js';

const file = tinyParquet([
  { name: 'g', kind: 'string', values: ['a', 'b', 'a', 'b'] },
  { name: 'y', kind: 'int64', values: [1, 0, 1, 1] },
  { name: 's', kind: 'double', values: [0.5, 2.25, -1, 3] },
]);

describe('Parquet tables', () => {
  it('reads strings, int64 and doubles into typed columns', async () => {
    const t = await loadTable(file, { format: 'parquet' });
    expect(t.columnNames).toEqual(['g', 'y', 's']);
    expect(t.columns.get('g')).toEqual(['a', 'b', 'a', 'b']);
    expect([...binaryColumn(t, 'y')]).toEqual([1, 0, 1, 1]);
    expect([...numberColumn(t, 's')]).toEqual([0.5, 2.25, -1, 3]);
  });

  it('recognises Parquet by its magic bytes whatever the file name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rampart-parquet-'));
    const target = path.join(dir, 'upload.bin');
    await writeFile(target, file);
    expect((await readTableFile(target)).nRows).toBe(4);
  });

  it('refuses more rows than the limit with FAIRNESS_INPUT_TOO_LARGE', async () => {
    await expect(
      loadTable(file, { format: 'parquet', limits: { maxBytes: 1e6, maxRows: 3, maxColumns: 10 } }),
    ).rejects.toMatchObject({ code: 'FAIRNESS_INPUT_TOO_LARGE' });
  });

  it('rejects a damaged file with FAIRNESS_TABLE_UNREADABLE', async () => {
    await expect(loadTable(file.slice(0, 40), { format: 'parquet' })).rejects.toMatchObject({
      code: 'FAIRNESS_TABLE_UNREADABLE',
    });
  });
});
