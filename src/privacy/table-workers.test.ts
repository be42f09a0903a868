import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './engine/analyzer.js';
import { DEFAULT_POLICY } from './engine/policy.js';
import { csvRowBatches, maskTable, scanTable, type TableFinding } from './engine/table-scanner.js';
import { maskTableInParallel, scanTableInParallel } from './table-workers.js';

// The shared developer table (500 rows, 19 columns) four times over, in small chunks so that
// many batches go to the workers after a short sample.
const table = readFileSync(
  path.resolve(import.meta.dirname, '../../../shared/data/pii/table.csv'),
  'utf8',
);
const [head = '', ...body] = table.trimEnd().split('\n');
const csv = [head, ...body, ...body, ...body, ...body].join('\n') + '\n';
const chunks = (): string[] => {
  const out: string[] = [];
  for (let i = 0; i < csv.length; i += 4096) out.push(csv.slice(i, i + 4096));
  return out;
};
const keys = { key: Buffer.alloc(32, 5) };

describe('table jobs on worker threads', () => {
  it('scan to the same findings, in the same order, and the same report as one thread', async () => {
    const one: [TableFinding, string][] = [];
    const oneReport = await scanTable(csvRowBatches(chunks()), createAnalyzer(), {
      sampleRows: 50,
      onFinding: (f, cell) => one.push([f, cell]),
    });
    const many: [TableFinding, string][] = [];
    const manyReport = await scanTableInParallel(
      csvRowBatches(chunks()),
      {},
      { workers: 3, sampleRows: 50, onFinding: (f, cell) => many.push([f, cell]) },
    );
    expect(one.length).toBeGreaterThan(2000 * 8);
    expect(many).toEqual(one);
    expect(manyReport).toEqual(oneReport);
  }, 60_000);

  it('mask to the same bytes and counts as one thread', async () => {
    let one = '';
    const oneReport = await maskTable(csvRowBatches(chunks()), createAnalyzer(), {
      sampleRows: 50,
      policy: DEFAULT_POLICY,
      keys,
      write: (t) => void (one += t),
    });
    let many = '';
    const manyReport = await maskTableInParallel(
      csvRowBatches(chunks()),
      {},
      { workers: 2, sampleRows: 50, policy: DEFAULT_POLICY, keys, write: (t) => void (many += t) },
    );
    expect(many.length).toBeGreaterThan(csv.length / 2);
    expect(many).toBe(one);
    expect(manyReport).toEqual(oneReport);
  }, 60_000);

  it('handle a table shorter than its sample without starting workers', async () => {
    const small = 'name,email\nAnna Schmidt,anna@example.de\n';
    const report = await scanTableInParallel(csvRowBatches([small]), {}, { workers: 4 });
    expect(report.totals).toEqual({ PERSON: 1, EMAIL: 1 });
  });
});
