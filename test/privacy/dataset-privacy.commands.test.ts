import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

describe('rampart pii scan-dataset / mask-dataset', () => {
  it('scans a pushed dataset, stores the report, and masks it into the next version', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rampart-pii-ds-'));
    const csv = path.join(dir, 'customers.csv');
    writeFileSync(csv, 'customer,email\nJane Doe,jane@example.com\nJohn Smith,john@example.org\n');
    const dataDir = path.join(dir, 'data');
    expect((await cli(['--data-dir', dataDir, 'datasets', 'push', 'customers', csv])).code).toBe(0);

    const scanned = await cli([
      '--json',
      '--data-dir',
      dataDir,
      'pii',
      'scan-dataset',
      'customers@1',
    ]);
    expect(scanned.code).toBe(1);
    expect(JSON.parse(scanned.stdout)).toMatchObject({ version: 1, totals: { EMAIL: 2 } });
    expect(scanned.stdout).not.toContain('jane@example.com');

    const stored = await cli([
      '--json',
      '--data-dir',
      dataDir,
      'pii',
      'dataset-report',
      'customers',
    ]);
    expect(JSON.parse(stored.stdout)).toEqual(JSON.parse(scanned.stdout));

    const masked = await cli([
      '--json',
      '--data-dir',
      dataDir,
      'pii',
      'mask-dataset',
      'customers@1',
    ]);
    expect(masked.code).toBe(0);
    expect(JSON.parse(masked.stdout)).toMatchObject({
      source: 1,
      masked: { version: 2, metadata: { labels: { derived_from: 'default/customers@1' } } },
      changed: { EMAIL: 2 },
    });
  });

  it('names a dataset that does not exist with the registry error code', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rampart-pii-ds-'));
    const result = await cli(['--data-dir', dataDir, 'pii', 'scan-dataset', 'nothing@1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error REGISTRY_ASSET_NOT_FOUND');
  });
});
