import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { maskJsonLine, scanJsonLine } from './jsonl-scanner.js';
import { parquetRowBatches } from './parquet-reader.js';
import { DEFAULT_POLICY } from './policy.js';

const analyzer = createAnalyzer();
const line = JSON.stringify({
  id: 7,
  user: { name: 'Anna Schmidt', contact: ['anna.schmidt@example.de'] },
  note: 'card 4111111111111111',
});

describe('scanJsonLine', () => {
  it('reports findings with the dotted path of each string field', () => {
    expect(scanJsonLine(line, 1, analyzer).map((f) => [f.field, f.type, f.start, f.end])).toEqual([
      ['user.name', 'PERSON', 0, 12],
      ['user.contact.0', 'EMAIL', 0, 23],
      ['note', 'CREDIT_CARD', 5, 21],
    ]);
  });

  it('limits the scan to chosen fields by path or key', () => {
    expect(scanJsonLine(line, 1, analyzer, { fields: ['note'] }).map((f) => f.type)).toEqual([
      'CREDIT_CARD',
    ]);
  });

  it('rejects a line that is not JSON with PII_INPUT_MALFORMED and its line number', () => {
    expect(() => scanJsonLine('{"a":', 4, analyzer)).toThrow(
      expect.objectContaining({
        code: 'PII_INPUT_MALFORMED',
        details: { line: 4, format: 'JSONL', problem: 'not one JSON value' },
      }),
    );
  });

  it('never quotes the bad line in the error: it may hold the secret being scanned for', () => {
    let message = '';
    try {
      scanJsonLine('{"password": hunter2secret}', 1, analyzer);
    } catch (err) {
      message = JSON.stringify(err) + String(err);
    }
    expect(message).toContain('PII_INPUT_MALFORMED');
    expect(message).not.toContain('hunter2');
  });

  it('rejects nesting deeper than the limit', () => {
    expect(() => scanJsonLine('[[[["x"]]]]', 1, analyzer, { maxDepth: 2 })).toThrow(
      expect.objectContaining({ code: 'PII_INPUT_TOO_LARGE' }),
    );
  });
});

describe('maskJsonLine', () => {
  it('keeps the structure and non-string values, masking inside strings', () => {
    const res = maskJsonLine(line, 1, analyzer, {
      policy: DEFAULT_POLICY,
      keys: { key: Buffer.alloc(32, 3) },
    });
    const out = JSON.parse(res.line) as {
      id: number;
      user: { name: string; contact: string[] };
      note: string;
    };
    expect(out.id).toBe(7);
    expect(out.note).toBe('card ************1111');
    expect(out.user.name).not.toBe('Anna Schmidt');
    expect(out.user.contact[0]).toContain('@');
    expect(res.changed).toEqual({ PERSON: 1, EMAIL: 1, CREDIT_CARD: 1 });
  });
});

describe('parquetRowBatches', () => {
  it('rejects bytes that are not Parquet with PII_INPUT_MALFORMED', async () => {
    const read = async (): Promise<unknown> => {
      for await (const batch of parquetRowBatches(new Uint8Array(64).buffer)) return batch;
      return undefined;
    };
    await expect(read()).rejects.toMatchObject({ code: 'PII_INPUT_MALFORMED' });
  });
});
