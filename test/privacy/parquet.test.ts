import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/privacy/engine/analyzer.js';
import { parquetRowBatches } from '../../src/privacy/engine/parquet-reader.js';
import { scanTable } from '../../src/privacy/engine/table-scanner.js';
import { writeParquet } from '../fixtures/privacy/parquet-writer.js';
import { cli } from '../support/run-cli.js';

const file = writeParquet({
  name: ['Maria Garcia', 'Thomas Müller', 'Claire Dubois'],
  email: ['maria@example.es', 'thomas@example.de', 'claire@example.fr'],
  sku: ['A-1', 'B-2', 'C-3'],
});
const dir = mkdtempSync(path.join(tmpdir(), 'rampart-pii-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function arrayBuffer(b: Buffer): ArrayBuffer {
  const out = new ArrayBuffer(b.length);
  new Uint8Array(out).set(b);
  return out;
}

describe('parquetRowBatches', () => {
  it('reads the header and rows as strings', async () => {
    const rows: string[][] = [];
    for await (const batch of parquetRowBatches(arrayBuffer(file))) rows.push(...batch);
    expect(rows).toEqual([
      ['name', 'email', 'sku'],
      ['Maria Garcia', 'maria@example.es', 'A-1'],
      ['Thomas Müller', 'thomas@example.de', 'B-2'],
      ['Claire Dubois', 'claire@example.fr', 'C-3'],
    ]);
  });

  it('feeds the table scanner, which classifies the columns', async () => {
    const report = await scanTable(parquetRowBatches(arrayBuffer(file)), createAnalyzer());
    expect(report.columns.map((c) => c.predicted)).toEqual(['PERSON', 'EMAIL', null]);
  });

  it('masks a Parquet file into a CSV from the CLI', async () => {
    const input = path.join(dir, 'people.parquet');
    writeFileSync(input, file);
    const out = path.join(dir, 'people.csv');
    const r = await cli(['pii', 'mask', input, '--out', out]);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect([
      r.code,
      lines[0],
      lines.length,
      lines.some((l) => l.includes('maria@example.es')),
    ]).toEqual([0, 'name,email,sku', 4, false]);
  });
});
