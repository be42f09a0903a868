import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './engine/analyzer.js';
import { CsvRowReader, formatCsvField } from './engine/csv-reader.js';
import type { EntityType } from './engine/entity-types.js';
import { DEFAULT_POLICY } from './engine/policy.js';
import {
  csvRowBatches,
  maskTable,
  scanTable,
  type TableFinding,
  type TableScanReport,
} from './engine/table-scanner.js';
import { maskTableInParallel, scanTableInParallel } from './table-workers.js';

// The shared developer table (500 rows, 19 columns, CRLF line ends) four times over, fed in
// chunks of an odd size, and cut into small slices so that many go to the workers.
const table = readFileSync(
  path.resolve(import.meta.dirname, '../../../shared/data/pii/table.csv'),
  'utf8',
);
const [head = '', ...body] = table.trimEnd().split('\n');
const csv = [head, ...body, ...body, ...body, ...body].join('\n') + '\n';

// The same rows with multi-line notes (LF and CRLF inside quotes) and LF line ends.
const lines = new CsvRowReader().push(csv).map((row, r) =>
  row
    .map((cell, c) =>
      r > 0 && c === row.length - 1 && r % 3 === 0 ? `${cell}\nsee row ${r}\r\n"${row[2]}"` : cell,
    )
    .map(formatCsvField)
    .join(','),
);
const multiLine = lines.join('\n') + '\n';

function chunks(text: string, size = 4093): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

const keys = { key: Buffer.alloc(32, 5) };
// Slices to the worker threads only: this thread would otherwise answer them while they start.
const small = { sampleRows: 50, sliceChars: 16 * 1024, workersOnly: true };

async function scanOneThread(
  text: string,
): Promise<{ findings: [TableFinding, string][]; report: TableScanReport }> {
  const findings: [TableFinding, string][] = [];
  const report = await scanTable(csvRowBatches(chunks(text)), createAnalyzer(), {
    sampleRows: 50,
    onFinding: (f, cell) => findings.push([f, cell]),
  });
  return { findings, report };
}

/** Findings by type, keyed in the order each type was first found. */
function foundOf(findings: readonly [TableFinding, string][]): Partial<Record<EntityType, number>> {
  const found: Partial<Record<EntityType, number>> = {};
  for (const [f] of findings) found[f.type] = (found[f.type] ?? 0) + 1;
  return found;
}

describe('table jobs on worker threads', () => {
  it.each([
    ['a CSV with CRLF line ends', csv],
    ['a CSV with quoted multi-line fields', multiLine],
  ])(
    'scan %s to the same findings, in the same order, and the same report as one thread',
    async (_name, text) => {
      const one = await scanOneThread(text);
      const many: [TableFinding, string][] = [];
      const { found, ...report } = await scanTableInParallel(
        { csv: chunks(text) },
        {},
        { workers: 3, ...small, onFinding: (f, cell) => many.push([f, cell]) },
      );
      expect(one.findings.length).toBeGreaterThan(2000 * 8);
      expect(many).toEqual(one.findings);
      expect(JSON.stringify(report)).toBe(JSON.stringify(one.report)); // key order too
      expect(JSON.stringify(found)).toBe(JSON.stringify(foundOf(one.findings)));
    },
    60_000,
  );

  it('counts every finding but lists only the first maxListed, workers sending counts only', async () => {
    const one = await scanOneThread(csv);
    // workersOnly false: this thread answers slices too, while the worker starts or is busy.
    for (const [maxListed, workersOnly] of [
      [0, true],
      [5000, false],
    ] as const) {
      const many: [TableFinding, string][] = [];
      const { found, ...report } = await scanTableInParallel(
        { csv: chunks(csv) },
        {},
        {
          workers: 2,
          ...small,
          workersOnly,
          maxListed,
          onFinding: (f, cell) => many.push([f, cell]),
        },
      );
      expect(many).toEqual(one.findings.slice(0, maxListed));
      expect(JSON.stringify(report)).toBe(JSON.stringify(one.report));
      expect(JSON.stringify(found)).toBe(JSON.stringify(foundOf(one.findings)));
    }
  }, 60_000);

  it('scan batches of rows (as from Parquet) to the same report as one thread', async () => {
    const one = await scanOneThread(csv);
    const { found, ...report } = await scanTableInParallel(
      { rows: csvRowBatches(chunks(csv)) },
      {},
      { workers: 2, sampleRows: 50, workersOnly: true },
    );
    expect(report).toEqual(one.report);
    expect(found).toEqual(foundOf(one.findings));
  }, 60_000);

  it.each([
    ['a CSV with CRLF line ends', csv],
    ['a CSV with quoted multi-line fields', multiLine],
  ])(
    'mask %s to the same bytes and counts as one thread',
    async (_name, text) => {
      let one = '';
      const oneReport = await maskTable(csvRowBatches(chunks(text)), createAnalyzer(), {
        sampleRows: 50,
        policy: DEFAULT_POLICY,
        keys,
        write: (t) => void (one += t),
      });
      let many = '';
      const manyReport = await maskTableInParallel(
        { csv: chunks(text) },
        {},
        { workers: 2, ...small, policy: DEFAULT_POLICY, keys, write: (t) => void (many += t) },
      );
      expect(many.length).toBeGreaterThan(text.length / 2);
      expect(many).toBe(one);
      expect(JSON.stringify(manyReport)).toBe(JSON.stringify(oneReport));
    },
    60_000,
  );

  it('fail on a malformed row after the sample with the error and line one thread gives', async () => {
    // Text after a closing quote, in row 1700 of 2000.
    const broken = [...lines.slice(0, 1700), `"x"y,${lines[1700]}`, ...lines.slice(1701)].join(
      '\n',
    );
    const one = await scanTable(csvRowBatches(chunks(broken)), createAnalyzer(), {
      sampleRows: 50,
    }).catch((err: unknown) => err);
    expect(one).toMatchObject({ code: 'PII_INPUT_MALFORMED' });
    const many = await scanTableInParallel(
      { csv: chunks(broken) },
      {},
      { workers: 2, ...small },
    ).catch((err: unknown) => err);
    expect(many).toEqual(one);
    expect((many as Error).message).toBe((one as Error).message); // with the line number
    const masked = await maskTableInParallel(
      { csv: chunks(broken) },
      {},
      {
        workers: 2,
        ...small,
        workersOnly: false,
        policy: DEFAULT_POLICY,
        keys,
        write: () => undefined,
      },
    ).catch((err: unknown) => err);
    expect((masked as Error).message).toBe((one as Error).message);
  }, 60_000);

  it('handle a table shorter than its sample without starting workers', async () => {
    const tiny = 'name,email\nAnna Schmidt,anna@example.de\n';
    const report = await scanTableInParallel({ csv: [tiny] }, {}, { workers: 4 });
    expect(report.totals).toEqual({ PERSON: 1, EMAIL: 1 });
  });
});
