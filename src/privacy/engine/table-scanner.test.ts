import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { DEFAULT_POLICY } from './policy.js';
import { maskCsv, scanCsv, type TableFinding } from './table-scanner.js';

const csv =
  [
    'id,name,email,card,version,notes',
    '1,Maria Garcia,maria.garcia@example.es,4111 1111 1111 1111,1.2.3.4,',
    '2,Thomas Müller,t.mueller@example.de,5500 0000 0000 0004,2.0.1.7,"call me on +49 30 12345678, thanks"',
    '3,Claire Dubois,claire@example.fr,3400 000000 00009,3.1.4.1,',
  ].join('\n') + '\n';

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

describe('scanCsv', () => {
  it('classifies each column and reports findings with row, column and cell offsets', async () => {
    const findings: TableFinding[] = [];
    const report = await scanCsv(chunks(csv, 7), createAnalyzer(), {
      onFinding: (f) => findings.push(f),
    });
    expect(report.rows).toBe(3);
    expect(report.columns.map((c) => [c.name, c.predicted])).toEqual([
      ['id', null],
      ['name', 'PERSON'],
      ['email', 'EMAIL'],
      ['card', 'CREDIT_CARD'],
      ['version', null],
      ['notes', 'FREE_TEXT'],
    ]);
    expect(findings.find((f) => f.column === 'notes')).toEqual({
      row: 1,
      column: 'notes',
      type: 'PHONE',
      start: 11,
      end: 26,
      score: 0.9,
    });
  });

  it('types every column after the sample, even when the first cell of that row is empty', async () => {
    const real = createAnalyzer();
    const expectedByRow: (string | undefined)[] = [];
    const spy = {
      threshold: real.threshold,
      analyze: (text: string, hint?: string, expected?: Parameters<typeof real.analyze>[2]) => {
        if (hint === 'email') expectedByRow.push(expected);
        return real.analyze(text, hint, expected);
      },
    };
    const rows = ['a@example.com', 'b@example.org', 'c@example.net', 'd@example.de'];
    const text = 'id,email\n' + rows.map((e, i) => `${i === 2 ? '' : i},${e}`).join('\n');
    await scanCsv([text], spy, { sampleRows: 2 });
    expect(expectedByRow).toEqual([undefined, undefined, 'EMAIL', 'EMAIL']);
    expectedByRow.length = 0;
    await scanCsv([text], spy, { sampleRows: 2, fields: ['email'] });
    expect(expectedByRow).toEqual([undefined, undefined, 'EMAIL', 'EMAIL']);
  });

  it('scans only the chosen fields', async () => {
    const report = await scanCsv([csv], createAnalyzer(), { fields: ['email'] });
    expect(report.totals).toEqual({ EMAIL: 3 });
  });
});

describe('maskCsv', () => {
  it('keeps header and shape, fakes names consistently, masks cards, and counts changes', async () => {
    let out = '';
    const keys = { key: Buffer.alloc(32, 1) };
    const report = await maskCsv(
      [csv + '4,Maria Garcia,x@example.org,,9.9.9.9,\n'],
      createAnalyzer(),
      {
        policy: DEFAULT_POLICY,
        keys,
        write: (t) => void (out += t),
      },
    );
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => l.split(','));
    expect(lines[0]).toEqual(['id', 'name', 'email', 'card', 'version', 'notes']);
    expect(lines[1]?.[3]).toBe('**** **** **** 1111');
    expect(lines[1]?.[1]).not.toBe('Maria Garcia');
    expect(lines[4]?.[1]).toBe(lines[1]?.[1]);
    expect(lines[1]?.[4]).toBe('1.2.3.4');
    expect(report.changed).toMatchObject({ PERSON: 4, CREDIT_CARD: 3, EMAIL: 4, PHONE: 1 });
  });
});
