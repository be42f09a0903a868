import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toPiiSarif } from '../../src/privacy/engine/pii-sarif.js';

/** The SARIF schema is draft-04: rename `id` to `$id` and drop `$schema` so ajv 8 compiles it. */
function loadSarifValidator() {
  const raw = readFileSync(
    path.resolve('..', 'shared', 'data', 'schemas', 'sarif', 'sarif-schema-2.1.0.json'),
    'utf8',
  );
  const schema = JSON.parse(raw) as Record<string, unknown>;
  delete schema['$schema'];
  schema['$id'] = schema['id'];
  delete schema['id'];
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  return ajv.compile(schema);
}

describe('toPiiSarif', () => {
  it('writes a log that validates against SARIF 2.1.0 and never holds values', () => {
    const log = toPiiSarif(
      'data/customers.csv',
      [
        { type: 'EMAIL', score: 0.95, line: 2, column: 1, length: 17, field: 'email' },
        { type: 'GITHUB_TOKEN', score: 0.97, line: 7 },
      ],
      '0.1.0',
    );
    const validate = loadSarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const results =
      (log['runs'] as { results: { ruleId: string; level: string }[] }[])[0]?.results ?? [];
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['pii.email', 'warning'],
      ['pii.github_token', 'error'],
    ]);
  });
});
