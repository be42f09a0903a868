import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toSarif } from '../../src/scanning/engine/sarif.js';
import { scanBuffer } from '../../src/scanning/engine/scanner.js';
import { callPickle, zip } from '../fixtures/scanning/builders.js';

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
  const addFormats = addFormatsModule as unknown as (a: Ajv) => void;
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('toSarif', () => {
  it('writes a log that validates against the SARIF 2.1.0 schema', async () => {
    const reports = [
      await scanBuffer(
        zip({ 'archive/data.pkl': callPickle('os', 'system') }),
        path.resolve('models/evil.pt'),
      ),
      await scanBuffer(
        new Uint8Array([0x50, 0x4b, 0x05, 0x06, 1, 2]),
        path.resolve('models/broken.zip'),
      ),
    ];
    const validate = loadSarifValidator();
    const log = toSarif(reports, { toolVersion: '0.1.0', baseDir: process.cwd() });
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('the validator rejects a log that breaks the schema', () => {
    expect(loadSarifValidator()({ version: '2.0.0', runs: [] })).toBe(false);
  });

  it('uses repository-relative URIs and error level for critical findings', async () => {
    const report = await scanBuffer(callPickle('os', 'system'), path.resolve('models/evil.pkl'));
    const log = toSarif([report], { toolVersion: '0.1.0', baseDir: process.cwd() }) as {
      runs: {
        results: {
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const result = log.runs[0]?.results[0];
    expect([result?.level, result?.locations[0]?.physicalLocation.artifactLocation.uri]).toEqual([
      'error',
      'models/evil.pkl',
    ]);
  });
});
