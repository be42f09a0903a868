import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPlatformSecret } from '../../src/platform/crypto/platform-secrets.js';
import { DatasetPrivacyService } from '../../src/privacy/dataset-privacy.service.js';
import { datasetPrivacyRoutes } from '../../src/privacy/dataset-privacy.routes.js';
import { operatorKeysFrom } from '../../src/privacy/privacy.keys.js';
import type { AuthHook } from '../../src/server/default-auth-hook.js';
import { testKeyring } from '../crypto/fixtures.js';
import { actorWith, admin, openRegistry, type RegistryFixture } from '../registry/support.js';
import { dialects } from '../support/dialects.js';
import { buildTestApp } from '../support/test-app.js';

const CSV = [
  'customer,email,card,notes',
  'Jane Doe,jane.doe@example.com,4111 1111 1111 1111,prefers email',
  'John Smith,john.smith@example.org,5500 0000 0000 0004,call after 5pm',
  'Maria Garcia,maria.garcia@example.es,4012 8888 8888 1881,none',
  '',
].join('\n');
const JSONL = '{"id":1,"text":"reach me at bob@example.net"}\n{"id":2,"text":"nothing here"}\n';

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks).toString('utf8');
}

describe.each(dialects)('dataset privacy on $name', (dialect) => {
  let f: RegistryFixture;
  afterEach(async () => f.opened.cleanup());

  async function setup() {
    f = await openRegistry(dialect);
    const scope = { kind: 'dataset' as const, project: 'default', name: 'customers' };
    await f.service.pushVersion(admin, scope, {
      files: [
        { path: 'customers.csv', source: Readable.from([Buffer.from(CSV)]) },
        { path: 'chats.jsonl', source: Readable.from([Buffer.from(JSONL)]) },
        { path: 'README.txt', source: Readable.from([Buffer.from('about the data')]) },
      ],
    });
    const keys = operatorKeysFrom(randomBytes(32));
    const service = new DatasetPrivacyService({
      db: f.opened.store.db,
      registry: f.service,
      audit: f.audit,
      keys,
    });
    return { service, scope };
  }

  it('scans every table file of a version and stores the report with it', async () => {
    const { service } = await setup();
    const ref = { project: 'default', name: 'customers', selector: { kind: 'latest' as const } };
    const report = await service.scanVersion(admin, ref);
    expect(report.version).toBe(1);
    expect(report.files.map((x) => [x.path, x.format, x.rows]).sort()).toEqual([
      ['README.txt', 'skipped', 0],
      ['chats.jsonl', 'jsonl', 2],
      ['customers.csv', 'csv', 3],
    ]);
    expect(report.totals).toMatchObject({ EMAIL: 4, CREDIT_CARD: 3 });
    const csvFile = report.files.find((x) => x.path === 'customers.csv');
    const columns = Object.fromEntries(csvFile?.columns.map((c) => [c.name, c.predicted]) ?? []);
    expect(columns).toMatchObject({ email: 'EMAIL', card: 'CREDIT_CARD' });
    expect(JSON.stringify(report)).not.toContain('jane.doe@example.com');
    expect(
      await service.getReport(admin, { ...ref, selector: { kind: 'number', number: 1 } }),
    ).toEqual(report);
    expect(f.audit.actions()).toContain('pii.dataset-scan:allowed');
  });

  it('answers PII_REPORT_NOT_FOUND for a version never scanned', async () => {
    const { service } = await setup();
    await expect(
      service.getReport(admin, {
        project: 'default',
        name: 'customers',
        selector: { kind: 'number', number: 1 },
      }),
    ).rejects.toMatchObject({ code: 'PII_REPORT_NOT_FOUND' });
  });

  it('masks a version into the next version with lineage, leaving no value behind', async () => {
    const { service, scope } = await setup();
    const result = await service.maskVersion(admin, {
      project: 'default',
      name: 'customers',
      selector: { kind: 'number', number: 1 },
    });
    expect([result.source, result.masked.version]).toEqual([1, 2]);
    expect(result.masked.metadata.labels).toEqual({
      derived_from: 'default/customers@1',
      transform: 'pii-mask',
    });
    expect(result.masked.files.map((x) => x.path).sort()).toEqual(['chats.jsonl', 'customers.csv']);
    const csv = await readAll(
      (await f.service.openFile(admin, scope, { kind: 'number', number: 2 }, 'customers.csv'))
        .stream,
    );
    expect(csv.split('\n')[0]).toBe('customer,email,card,notes');
    for (const value of ['jane.doe@example.com', '4111 1111 1111 1111', 'Jane Doe'])
      expect(csv).not.toContain(value);
    expect(csv).toContain('1111');
    const jsonl = await readAll(
      (await f.service.openFile(admin, scope, { kind: 'number', number: 2 }, 'chats.jsonl')).stream,
    );
    expect(jsonl).not.toContain('bob@example.net');
  });

  it('refuses a caller without pii:scan and audits the denial', async () => {
    const { service } = await setup();
    const reader = actorWith(['dataset:read', 'dataset:download']);
    await expect(
      service.scanVersion(reader, {
        project: 'default',
        name: 'customers',
        selector: { kind: 'latest' },
      }),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    expect(f.audit.actions()).toContain('pii.dataset-scan:denied');
  });

  it('refuses a caller with pii:scan who may not download the dataset', async () => {
    const { service } = await setup();
    const scanner = actorWith(['pii:scan', 'dataset:read']);
    await expect(
      service.scanVersion(scanner, {
        project: 'default',
        name: 'customers',
        selector: { kind: 'latest' },
      }),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });

  it('keeps one platform secret per name, wrapped, stable across loads', async () => {
    f = await openRegistry(dialect);
    const kms = testKeyring();
    const first = await loadPlatformSecret(
      f.opened.store.db,
      kms,
      'test-secret',
      '2026-01-01T00:00:00Z',
    );
    const again = await loadPlatformSecret(
      f.opened.store.db,
      kms,
      'test-secret',
      '2026-01-02T00:00:00Z',
    );
    expect(again.equals(first)).toBe(true);
    const row = await f.opened.store.db
      .selectFrom('platform_secrets')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(Buffer.from(row.wrapped, 'base64').includes(first)).toBe(false);
  });
});

describe('dataset privacy routes', () => {
  it('scans over HTTP and serves the stored report', async () => {
    const f = await openRegistry(dialects[0]!);
    await f.service.pushVersion(
      admin,
      { kind: 'dataset', project: 'default', name: 'customers' },
      {
        files: [{ path: 'customers.csv', source: Readable.from([Buffer.from(CSV)]) }],
      },
    );
    const service = new DatasetPrivacyService({
      db: f.opened.store.db,
      registry: f.service,
      audit: f.audit,
      keys: operatorKeysFrom(randomBytes(32)),
    });
    const auth: AuthHook = async (request) => {
      request.actor = admin;
    };
    const t = await buildTestApp({
      authHook: auth,
      extraApiRoutes: [async (app) => app.register(datasetPrivacyRoutes, { service })],
    });
    try {
      const base = '/api/v1/projects/default/datasets/customers/versions/latest';
      const scanned = await t.app.inject({ method: 'POST', url: `${base}/pii-scan` });
      expect(scanned.statusCode).toBe(200);
      expect(scanned.json().totals).toMatchObject({ EMAIL: 3, CREDIT_CARD: 3 });
      const stored = await t.app.inject({ method: 'GET', url: `${base}/pii-report` });
      expect(stored.json()).toEqual(scanned.json());
      const masked = await t.app.inject({ method: 'POST', url: `${base}/pii-mask`, payload: {} });
      expect([masked.statusCode, masked.json().masked.version]).toEqual([200, 2]);
    } finally {
      await t.close();
      await f.opened.cleanup();
    }
  });
});
