import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

let dir: string;
const csv =
  [
    'id,name,email,card,amount',
    '1,Maria Garcia,maria.garcia@example.es,4111 1111 1111 1111,12.50',
    '2,Thomas Müller,t.mueller@example.de,5500 0000 0000 0004,99.00',
    '3,Maria Garcia,maria.garcia@example.es,3400 000000 00009,1.00',
  ].join('\n') + '\n';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rampart-pii-cli-'));
  writeFileSync(path.join(dir, 'customers.csv'), csv);
  writeFileSync(
    path.join(dir, 'chat.jsonl'),
    '{"msg":"hi, I am Anna Schmidt"}\n{"msg":"nothing here"}\n{"msg":"mail me at anna@example.de"}\n',
  );
  writeFileSync(path.join(dir, 'key.bin'), Buffer.alloc(32, 4));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rampart pii', () => {
  it('scan exits 1 on a CSV with PII and classifies its columns without printing values', async () => {
    const r = await cli(['pii', 'scan', path.join(dir, 'customers.csv'), '--format', 'json']);
    const doc = JSON.parse(r.stdout) as {
      columns: { name: string; predicted: string | null }[];
      findings: Record<string, unknown>[];
    };
    expect(r.code).toBe(1);
    expect(doc.columns.map((c) => c.predicted)).toEqual([
      null,
      'PERSON',
      'EMAIL',
      'CREDIT_CARD',
      null,
    ]);
    expect(r.stdout).not.toContain('maria.garcia');
    expect(doc.findings[0]).not.toHaveProperty('value');
  });

  it('scan --format jsonl writes one line per input line, in order', async () => {
    const r = await cli([
      'pii',
      'scan',
      path.join(dir, 'chat.jsonl'),
      '--format',
      'jsonl',
      '--show-values',
    ]);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([
      {
        line: 1,
        findings: [
          {
            field: 'msg',
            type: 'PERSON',
            start: 9,
            end: 21,
            score: expect.any(Number) as number,
            value: 'Anna Schmidt',
          },
        ],
      },
      { line: 2, findings: [] },
      {
        line: 3,
        findings: [
          {
            field: 'msg',
            type: 'EMAIL',
            start: 11,
            end: 26,
            score: 0.95,
            value: 'anna@example.de',
          },
        ],
      },
    ]);
  });

  it('mask with no policy writes a masked CSV of the same shape, consistent under one key', async () => {
    const out = path.join(dir, 'masked.csv');
    const r = await cli([
      'pii',
      'mask',
      path.join(dir, 'customers.csv'),
      '--out',
      out,
      '--key-file',
      path.join(dir, 'key.bin'),
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      units: 3,
      changed: { PERSON: 3, EMAIL: 3, CREDIT_CARD: 3 },
    });
    const rows = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => l.split(','));
    expect(rows[0]).toEqual(['id', 'name', 'email', 'card', 'amount']);
    expect(rows[1]?.[3]).toBe('**** **** **** 1111');
    expect(rows[1]?.[1]).toBe(rows[3]?.[1]);
    expect(rows[1]?.[1]).not.toBe('Maria Garcia');
    expect(rows[2]?.[4]).toBe('99.00');
  });

  it('mask with a bad policy exits 2 with PII_POLICY_INVALID and writes nothing', async () => {
    const policy = path.join(dir, 'bad.json');
    writeFileSync(policy, '{\n  "entities": {\n    "PERSON": { "operator": "shred" }\n  }\n}\n');
    const out = path.join(dir, 'never.csv');
    const r = await cli([
      'pii',
      'mask',
      path.join(dir, 'customers.csv'),
      '--out',
      out,
      '--policy',
      policy,
    ]);
    expect([
      r.code,
      r.stderr.includes('PII_POLICY_INVALID'),
      r.stderr.includes('line 3'),
      existsSync(out),
    ]).toEqual([2, true, true, false]);
  });

  it('report measures k over quasi-identifiers and generalises to reach --k', async () => {
    const r = await cli([
      'pii',
      'report',
      path.join(dir, 'customers.csv'),
      '--quasi',
      'amount',
      '--k',
      '3',
      '--json',
    ]);
    const doc = JSON.parse(r.stdout) as {
      kAnonymity: { before: { k: number }; after: { k: number }; reachedK: boolean };
    };
    expect([r.code, doc.kAnonymity.before.k, doc.kAnonymity.reachedK]).toEqual([0, 1, true]);
    expect(doc.kAnonymity.after.k).toBeGreaterThanOrEqual(3);
  });
});

describe('rampart pii --region', () => {
  it('rejects an unknown region with PII_INPUT_MALFORMED (exit 2)', async () => {
    const file = path.join(dir, 'note.txt');
    writeFileSync(file, 'Rufen Sie 030 12345678 an.');
    const r = await cli(['pii', 'scan', file, '--region', 'XX']);
    expect([r.code, r.stderr.includes('PII_INPUT_MALFORMED')]).toEqual([2, true]);
  });
});

describe('rampart pii --workers', () => {
  it('scans and masks a CSV on worker threads to the same result as on one', async () => {
    const rows = ['id,name,email,card'];
    for (let i = 0; i < 600; i++)
      rows.push(`${i},Maria Garcia,maria${i}@example.es,4111 1111 1111 1111`);
    const file = path.join(dir, 'many.csv');
    writeFileSync(file, rows.join('\n') + '\n');
    const scan = async (workers: string): Promise<unknown> =>
      JSON.parse(
        (await cli(['pii', 'scan', file, '--format', 'json', '--workers', workers])).stdout,
      );
    expect(await scan('2')).toEqual(await scan('1'));
    const mask = async (workers: string): Promise<string> => {
      const out = path.join(dir, `many-${workers}.csv`);
      const r = await cli([
        'pii',
        'mask',
        file,
        '--out',
        out,
        '--key-file',
        path.join(dir, 'key.bin'),
        '--workers',
        workers,
      ]);
      expect(r.code).toBe(0);
      return readFileSync(out, 'utf8');
    };
    expect(await mask('2')).toBe(await mask('1'));
  }, 60_000);

  it('rejects a worker count that is not auto or 1-16 with PII_INPUT_MALFORMED (exit 2)', async () => {
    const r = await cli(['pii', 'scan', path.join(dir, 'customers.csv'), '--workers', '0']);
    expect([
      r.code,
      r.stderr.includes('PII_INPUT_MALFORMED'),
      r.stderr.includes('--workers'),
    ]).toEqual([2, true, true]);
  });
});
