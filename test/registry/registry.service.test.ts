import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER_BYTES } from '../../src/platform/crypto/blob-header.js';
import { generateSigningKey, signManifest } from '../../src/platform/crypto/signing.js';
import { RegistryMaintenance } from '../../src/registry/registry-maintenance.js';
import type { AssetScope } from '../../src/registry/registry.service.js';
import { dialects } from '../support/dialects.js';
import { actorWith, admin, bytes, openRegistry, type RegistryFixture } from './support.js';

const model: AssetScope = { kind: 'model', project: 'default', name: 'resnet' };
const dataset: AssetScope = { kind: 'dataset', project: 'default', name: 'imagenet' };
const v = (number: number) => ({ kind: 'number', number }) as const;
const stage = (name: string) => ({ kind: 'stage', stage: name }) as const;

async function collect(stream: AsyncIterable<unknown>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts).toString();
}

describe.each(dialects)('RegistryService on $name', (dialect) => {
  let f: RegistryFixture;
  afterEach(async () => {
    await f.opened.cleanup();
  });
  const maintenance = () =>
    new RegistryMaintenance({ db: f.opened.store.db, blobs: f.blobs, audit: f.audit });

  const push = (files: Record<string, string>, extra = {}, scope = model) =>
    f.service.pushVersion(admin, scope, {
      files: Object.entries(files).map(([p, text]) => ({ path: p, source: bytes(text) })),
      ...extra,
    });

  it('numbers versions 1, 2 and records per-file SHA-256 and size', async () => {
    f = await openRegistry(dialect);
    const first = await push(
      { 'model.bin': 'weights-v1', 'config.json': '{}' },
      { metadata: { framework: 'pytorch', metrics: { accuracy: 0.91 } } },
    );
    const second = await push({ 'model.bin': 'weights-v2' });
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(first.files).toEqual([
      {
        path: 'config.json',
        sha256: '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
        size: 2,
      },
      { path: 'model.bin', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), size: 10 },
    ]);
    expect(first.metadata).toEqual({ framework: 'pytorch', metrics: { accuracy: 0.91 } });
    expect((await f.service.listVersions(admin, model)).map((x) => x.version)).toEqual([1, 2]);
    expect(await f.service.getAsset(admin, model)).toMatchObject({
      versionCount: 2,
      latestVersion: 2,
      owner: 'local operator',
    });
    expect(f.audit.actions()).toEqual([
      'model.push:allowed',
      'model.push:allowed',
      'model.versions:allowed',
      'model.show:allowed',
    ]);
  });

  it('keeps names unique per project and kind', async () => {
    f = await openRegistry(dialect);
    await push({ a: '1' });
    await push({ a: '1' }, {}, { ...model, project: 'vision' });
    await push({ a: '1' }, {}, { ...model, kind: 'dataset' });
    expect(
      (await f.service.listAssets(admin, { kind: 'model' })).map((a) => `${a.project}/${a.name}`),
    ).toEqual(['default/resnet', 'vision/resnet']);
    expect(
      (await f.service.listAssets(admin, { kind: 'model', project: 'vision' })).map(
        (a) => a.latestVersion,
      ),
    ).toEqual([1]);
  });

  it('denies without the permission and audits the denial once', async () => {
    f = await openRegistry(dialect);
    const viewer = actorWith(['model:read']);
    await expect(
      f.service.pushVersion(viewer, model, { files: [{ path: 'a', source: bytes('x') }] }),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    expect(f.audit.entries).toEqual([
      {
        actor: 'u1',
        entry: {
          action: 'model.push',
          resource: { type: 'model', id: 'default/resnet' },
          project: 'default',
          outcome: 'denied',
          details: { permission: 'model:write' },
        },
      },
    ]);
  });

  it('honours a project-scoped binding only on its project', async () => {
    f = await openRegistry(dialect);
    const scoped = actorWith([], { vision: ['model:write', 'model:read'] });
    await f.service.pushVersion(
      scoped,
      { ...model, project: 'vision' },
      { files: [{ path: 'a', source: bytes('x') }] },
    );
    await expect(f.service.getAsset(scoped, model)).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
  });

  it('promotes, rolls back to the previous holder and keeps the history', async () => {
    f = await openRegistry(dialect);
    await push({ a: '1' });
    await push({ a: '2' });
    await push({ a: '3' });
    await f.service.promote(admin, model, v(1), 'production');
    await f.service.promote(admin, model, v(2), 'production');
    await f.service.promote(admin, model, v(3), 'production');
    expect((await f.service.rollback(admin, model, 'production')).version).toBe(2);
    expect((await f.service.rollback(admin, model, 'production')).version).toBe(1);
    await expect(f.service.rollback(admin, model, 'production')).rejects.toMatchObject({
      code: 'REGISTRY_ROLLBACK_UNAVAILABLE',
    });
    expect((await f.service.getVersion(admin, model, stage('production'))).version).toBe(1);
    const history = await f.service.stageHistory(admin, model);
    expect(history.map((h) => `${h.action} ${h.fromVersion}->${h.toVersion}`)).toEqual([
      'promote null->1',
      'promote 1->2',
      'promote 2->3',
      'rollback 3->2',
      'rollback 2->1',
    ]);
  });

  it('refuses downloads of a quarantined version unless overridden by a role with delete', async () => {
    f = await openRegistry(dialect);
    await push({ 'model.bin': 'payload' });
    await f.service.quarantine(admin, model, v(1), 'suspicious import');
    const engineer = actorWith(['model:download', 'model:read']);
    await expect(f.service.openFile(engineer, model, v(1), 'model.bin')).rejects.toMatchObject({
      code: 'REGISTRY_VERSION_QUARANTINED',
    });
    await expect(
      f.service.openFile(engineer, model, v(1), 'model.bin', { override: true }),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    const opened = await f.service.openFile(admin, model, v(1), 'model.bin', { override: true });
    expect(await collect(opened.stream)).toBe('payload');
    expect(f.audit.entries.at(-1)?.entry).toMatchObject({
      action: 'model.download',
      outcome: 'allowed',
      details: { quarantineOverride: true },
    });
    expect(f.audit.entries.slice(-3, -1).map((e) => e.entry.outcome)).toEqual(['denied', 'denied']);
    await expect(f.service.promote(admin, model, v(1), 'production')).rejects.toMatchObject({
      code: 'REGISTRY_STATE_CONFLICT',
    });
    await f.service.release(admin, model, v(1));
    expect(
      await collect((await f.service.openFile(engineer, model, v(1), 'model.bin')).stream),
    ).toBe('payload');
  });

  it('quarantines a new model version when the scan gate says so and stores the findings', async () => {
    f = await openRegistry(dialect, {
      scan: async ({ files }) => {
        const text = await collect(
          await (files[0]?.open() ?? Promise.reject(new Error('no file'))),
        );
        return text.includes('os.system')
          ? {
              status: 'flagged',
              quarantine: true,
              reason: 'critical',
              findings: [
                { file: 'a', rule: 'pickle.dangerous-import', severity: 'critical', message: 'm' },
              ],
            }
          : { status: 'clean', quarantine: false, findings: [] };
      },
    });
    const bad = await push({ a: 'cos\nsystem\nos.system' });
    const good = await push({ a: 'fine' });
    expect([
      bad.status,
      bad.scan.status,
      bad.scan.findings.length,
      good.status,
      good.scan.status,
    ]).toEqual(['quarantined', 'flagged', 1, 'available', 'clean']);
  });

  it('diffs two versions by files and metadata', async () => {
    f = await openRegistry(dialect);
    await push(
      { keep: 'k', change: '1', gone: 'g' },
      { metadata: { framework: 'pytorch', labels: { team: 'a' } } },
    );
    await push(
      { keep: 'k', change: '2', new: 'n' },
      { metadata: { framework: 'onnx', labels: { team: 'a' } } },
    );
    const diff = await f.service.diff(admin, model, v(1), v(2));
    expect({
      added: diff.added.map((x) => x.path),
      removed: diff.removed.map((x) => x.path),
      changed: diff.changed.map((x) => x.path),
      unchanged: diff.unchanged,
      metadata: diff.metadata,
    }).toEqual({
      added: ['new'],
      removed: ['gone'],
      changed: ['change'],
      unchanged: 1,
      metadata: [{ key: 'framework', from: 'pytorch', to: 'onnx' }],
    });
  });

  it('verifies a version, and names a file whose stored content was swapped or corrupted', async () => {
    f = await openRegistry(dialect);
    const one = await push({ 'a.bin': 'alpha', 'b.bin': 'beta' });
    const other = await push({ 'c.bin': 'gamma' });
    expect(await f.service.verify(admin, model, v(1))).toMatchObject({
      ok: true,
      problems: [],
      files: 2,
    });
    const fileOf = (digest: string) => path.join(f.blobRoot, 'sha256', digest.slice(0, 2), digest);
    const a = one.files[0]?.sha256 ?? '';
    const b = one.files[1]?.sha256 ?? '';
    writeFileSync(fileOf(a), readFileSync(fileOf(other.files[0]?.sha256 ?? '')));
    const corrupted = readFileSync(fileOf(b));
    corrupted[HEADER_BYTES + 1] = (corrupted[HEADER_BYTES + 1] ?? 0) ^ 0x40;
    writeFileSync(fileOf(b), corrupted);
    expect(await f.service.verify(admin, model, v(1))).toMatchObject({
      ok: false,
      problems: ['unreadable: b.bin (ENCRYPTED_SEGMENT_INVALID)', 'changed: a.bin'],
    });
  });

  it('reports the signature status of a version, and a failure when a file row was altered', async () => {
    f = await openRegistry(dialect);
    const pushed = await push({ 'a.bin': 'alpha' });
    expect(pushed.signature).toMatchObject({ verified: true, problems: [] });
    await f.opened.store.db
      .updateTable('registry_files')
      .set({ sha256: 'f'.repeat(64) })
      .execute();
    expect((await f.service.getVersion(admin, model, v(1))).signature).toMatchObject({
      verified: false,
      problems: ['changed: a.bin'],
    });
  });

  it('keeps a user signature bundle only when it verifies against the version', async () => {
    f = await openRegistry(dialect);
    const pushed = await push({ 'a.bin': 'alpha' });
    const mine = generateSigningKey('ecdsa-p256');
    const pem = mine.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const good = signManifest({
      name: 'resnet',
      files: pushed.files.map((x) => ({ path: x.path, sha256: x.sha256 })),
      key: mine,
    });
    const wrong = signManifest({
      name: 'resnet',
      files: [{ path: 'a.bin', sha256: 'b'.repeat(64) }],
      key: mine,
    });
    await expect(
      f.service.signatures.attach(admin, model, v(1), { bundle: wrong, publicKeyPem: pem }),
    ).rejects.toMatchObject({
      code: 'REGISTRY_SIGNATURE_INVALID',
    });
    expect(
      await f.service.signatures.attach(admin, model, v(1), { bundle: good, publicKeyPem: pem }),
    ).toMatchObject({ keyId: mine.keyId, verified: true });
    await expect(
      f.service.signatures.attach(admin, model, v(1), { bundle: good, publicKeyPem: pem }),
    ).rejects.toMatchObject({
      code: 'REGISTRY_STATE_CONFLICT',
    });
    expect(
      (await f.service.signatures.list(admin, model, v(1))).map((x) => [x.keyId, x.verified]),
    ).toEqual([[mine.keyId, true]]);
    await expect(
      f.service.signatures.attach(admin, model, v(1), { bundle: good, publicKeyPem: 'nope' }),
    ).rejects.toMatchObject({
      code: 'REGISTRY_INPUT_INVALID',
    });
  });

  it('records lineage to dataset versions and refuses an unknown one', async () => {
    f = await openRegistry(dialect);
    await push({ 'train.csv': 'a,b' }, {}, dataset);
    const m = await push({ 'm.bin': 'w' }, { trainedOn: ['imagenet@1'] });
    expect(m.trainedOn).toEqual([
      { kind: 'dataset', project: 'default', name: 'imagenet', version: 1 },
    ]);
    await expect(push({ 'm.bin': 'w' }, { trainedOn: ['imagenet@7'] })).rejects.toMatchObject({
      code: 'REGISTRY_VERSION_NOT_FOUND',
    });
  });

  it('hides a deleted version and a deleted asset, and frees the name', async () => {
    f = await openRegistry(dialect);
    await push({ a: '1' });
    await push({ a: '2' });
    await f.service.promote(admin, model, v(2), 'staging');
    await f.service.delete(admin, model, v(2));
    expect((await f.service.listVersions(admin, model)).map((x) => x.version)).toEqual([1]);
    await expect(f.service.getVersion(admin, model, stage('staging'))).rejects.toMatchObject({
      code: 'REGISTRY_VERSION_NOT_FOUND',
    });
    await f.service.delete(admin, model);
    await expect(f.service.getAsset(admin, model)).rejects.toMatchObject({
      code: 'REGISTRY_ASSET_NOT_FOUND',
    });
    expect((await push({ a: '3' })).version).toBe(1);
  });

  it('purges the content of versions deleted past the retention, keeping blobs still in use', async () => {
    f = await openRegistry(dialect);
    const one = await push({ shared: 's', only1: 'x' });
    await push({ shared: 's' });
    await f.service.delete(admin, model, v(1));
    expect(await maintenance().purgeDeleted(admin, { kind: 'model', retentionDays: 30 })).toEqual({
      purged: 0,
    });
    expect(await maintenance().purgeDeleted(admin, { kind: 'model', retentionDays: 0 })).toEqual({
      purged: 1,
    });
    const only1 = one.files.find((x) => x.path === 'only1')?.sha256 ?? '';
    const shared = one.files.find((x) => x.path === 'shared')?.sha256 ?? '';
    expect([await f.blobs.stat(only1), (await f.blobs.stat(shared))?.size]).toEqual([undefined, 1]);
    expect(await maintenance().checkConsistency(admin, f.blobs.digests())).toEqual({
      orphanBlobs: [],
      missingBlobs: [],
    });
  });

  it('finds blobs without rows and live rows without blobs', async () => {
    f = await openRegistry(dialect);
    const pushed = await push({ a: 'alpha' });
    const orphan = await f.blobs.put(bytes('nobody uses me'));
    await f.blobs.delete(pushed.files[0]?.sha256 ?? '');
    expect(await maintenance().checkConsistency(admin, f.blobs.digests())).toEqual({
      orphanBlobs: [orphan.digest],
      missingBlobs: [{ path: 'a', digest: pushed.files[0]?.sha256 }],
    });
  });

  it.each([['../escape'], ['/abs'], ['a//b'], ['a\\b']])(
    'rejects the file path %s',
    async (bad) => {
      f = await openRegistry(dialect);
      await expect(push({ [bad]: 'x' })).rejects.toMatchObject({ code: 'REGISTRY_INPUT_INVALID' });
    },
  );

  it('leaves no plaintext marker anywhere in the data directory', async () => {
    f = await openRegistry(dialect);
    const marker = 'RAMPART-REGISTRY-MARKER-51c0';
    await push({ 'model.bin': marker.repeat(500) });
    const files = readdirSync(f.opened.dataDir, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile(),
    );
    // The blob at least (plus the SQLite files on SQLite).
    expect(files.some((e) => e.parentPath.includes(path.join('encrypted', 'sha256')))).toBe(true);
    for (const e of files)
      expect(readFileSync(path.join(e.parentPath, e.name)).includes(marker)).toBe(false);
  });
});
