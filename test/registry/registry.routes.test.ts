import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { pseudoRandomBytes } from '../support/model-bytes.js';
import { generateSigningKey, signManifest } from '../../src/platform/crypto/signing.js';
import type { Actor } from '../../src/platform/identity/actor.js';
import type { AuthHook } from '../../src/server/default-auth-hook.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { openTestStore } from '../support/dialects.js';
import { actorWith, admin, openRegistry, type RegistryFixture } from './support.js';

/** Test auth: `x-test-actor: engineer` gets download/read/write only; anyone else is admin. */
const engineer: Actor = actorWith(['model:read', 'model:write', 'model:download']);
const testAuth: AuthHook = async (request) => {
  request.actor = request.headers['x-test-actor'] === 'engineer' ? engineer : admin;
};

describe('registry routes', () => {
  let f: RegistryFixture;
  let t: TestApp;
  afterEach(async () => {
    await t.close();
    await f.opened.cleanup();
  });

  async function start() {
    f = await openRegistry({ name: 'sqlite', open: (o) => openTestStore('sqlite', o) });
    // Mounted the way `rampart serve` mounts it: through ApiServices.registry.
    t = await buildTestApp({
      authHook: testAuth,
      services: { registry: { service: f.service, maxUploadBytes: 100_000 } },
    });
    return t.app;
  }

  const base = '/api/v1/projects/default/models/resnet';

  async function upload(app: TestApp['app'], content: Buffer): Promise<string> {
    const res = await app.inject({
      method: 'POST',
      url: `${base}/uploads`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Readable.from([content.subarray(0, 1000), content.subarray(1000)]),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      digest: createHash('sha256').update(content).digest('hex'),
      size: content.length,
    });
    return res.json<{ digest: string }>().digest;
  }

  it('uploads streamed files, creates a version, and downloads them back hash-verified', async () => {
    const app = await start();
    const weights = pseudoRandomBytes(50_000, 'routes-weights');
    const digest = await upload(app, weights);
    const config = await upload(app, Buffer.from('{"a":1}'));
    const created = await app.inject({
      method: 'POST',
      url: `${base}/versions`,
      payload: {
        files: [
          { path: 'weights.bin', digest },
          { path: 'conf/config.json', digest: config },
        ],
        metadata: { framework: 'onnx' },
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      version: 1,
      fileCount: 2,
      status: 'available',
      metadata: { framework: 'onnx' },
    });
    const file = await app.inject({ method: 'GET', url: `${base}/versions/1/files/weights.bin` });
    expect([
      file.statusCode,
      file.headers['x-content-sha256'],
      file.rawPayload.equals(weights),
    ]).toEqual([200, digest, true]);
    const nested = await app.inject({
      method: 'GET',
      url: `${base}/versions/latest/files/conf/config.json`,
    });
    expect(nested.body).toBe('{"a":1}');
    const listed = await app.inject({ method: 'GET', url: '/api/v1/models?project=default' });
    expect(listed.json()).toMatchObject([{ name: 'resnet', latestVersion: 1 }]);
  });

  it('refuses an upload over maxUploadBytes with BLOB_TOO_LARGE and keeps nothing', async () => {
    const app = await start();
    const res = await app.inject({
      method: 'POST',
      url: `${base}/uploads`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: pseudoRandomBytes(120_000, 'routes-upload'),
    });
    expect([res.statusCode, res.json<{ error: { code: string } }>().error.code]).toEqual([
      413,
      'BLOB_TOO_LARGE',
    ]);
    expect(readdirSync(path.join(f.blobRoot, 'tmp'))).toEqual([]);
  });

  it('refuses a version naming content that was never uploaded', async () => {
    const app = await start();
    const res = await app.inject({
      method: 'POST',
      url: `${base}/versions`,
      payload: { files: [{ path: 'a', digest: 'a'.repeat(64) }] },
    });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'REGISTRY_BLOB_MISSING']);
  });

  it('blocks quarantined downloads, allows the audited override, promotes and rolls back', async () => {
    const app = await start();
    for (const text of ['one', 'two']) {
      const digest = await upload(app, Buffer.from(text));
      await app.inject({
        method: 'POST',
        url: `${base}/versions`,
        payload: { files: [{ path: 'm.bin', digest }] },
      });
    }
    await app.inject({
      method: 'PUT',
      url: `${base}/stages/production`,
      payload: { version: '1' },
    });
    const promoted = await app.inject({
      method: 'PUT',
      url: `${base}/stages/production`,
      payload: { version: '2' },
    });
    expect(promoted.json()).toMatchObject({ version: 2, stages: ['production'] });
    const quarantined = await app.inject({
      method: 'POST',
      url: `${base}/versions/2/quarantine`,
      payload: { reason: 'scan' },
    });
    expect(quarantined.json()).toMatchObject({ status: 'quarantined', statusReason: 'scan' });
    const refused = await app.inject({
      method: 'GET',
      url: `${base}/versions/2/files/m.bin`,
      headers: { 'x-test-actor': 'engineer' },
    });
    expect([refused.statusCode, refused.json().error.code]).toEqual([
      403,
      'REGISTRY_VERSION_QUARANTINED',
    ]);
    const overridden = await app.inject({
      method: 'GET',
      url: `${base}/versions/2/files/m.bin?override=true`,
    });
    expect(overridden.body).toBe('two');
    const rolled = await app.inject({ method: 'POST', url: `${base}/stages/production/rollback` });
    expect(rolled.json()).toMatchObject({ version: 1 });
    const shown = await app.inject({ method: 'GET', url: base });
    expect(shown.json().history.map((h: { action: string }) => h.action)).toEqual([
      'promote',
      'promote',
      'rollback',
    ]);
    expect(
      f.audit.entries
        .filter((e) => e.entry.action === 'model.download')
        .map((e) => e.entry.outcome),
    ).toEqual(['denied', 'allowed']);
  });

  it('verifies, diffs, exports a BOM and deletes', async () => {
    const app = await start();
    for (const text of ['one', 'two']) {
      const digest = await upload(app, Buffer.from(text));
      await app.inject({
        method: 'POST',
        url: `${base}/versions`,
        payload: { files: [{ path: 'm.bin', digest }] },
      });
    }
    expect(
      (await app.inject({ method: 'POST', url: `${base}/versions/1/verify` })).json(),
    ).toMatchObject({ ok: true, files: 1 });
    expect(
      (await app.inject({ method: 'GET', url: `${base}/diff?from=1&to=2` })).json(),
    ).toMatchObject({ changed: [{ path: 'm.bin' }], unchanged: 0 });
    expect(
      (await app.inject({ method: 'GET', url: `${base}/versions/2/bom` })).json(),
    ).toMatchObject({ specVersion: '1.6' });
    expect((await app.inject({ method: 'DELETE', url: `${base}/versions/2` })).statusCode).toBe(
      204,
    );
    const missing = await app.inject({ method: 'GET', url: `${base}/versions/2` });
    expect([missing.statusCode, missing.json().error.code]).toEqual([
      404,
      'REGISTRY_VERSION_NOT_FOUND',
    ]);
  });

  it('attaches a user signature bundle and lists it re-verified', async () => {
    const app = await start();
    const digest = await upload(app, Buffer.from('weights'));
    await app.inject({
      method: 'POST',
      url: `${base}/versions`,
      payload: { files: [{ path: 'm.bin', digest }] },
    });
    const key = generateSigningKey();
    const bundle = signManifest({
      name: 'resnet',
      files: [{ path: 'm.bin', sha256: digest }],
      key,
    });
    const publicKey = key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const attached = await app.inject({
      method: 'POST',
      url: `${base}/versions/1/signatures`,
      payload: { bundle, publicKey },
    });
    expect([attached.statusCode, attached.json<{ keyId: string }>().keyId]).toEqual([
      201,
      key.keyId,
    ]);
    const listed = await app.inject({ method: 'GET', url: `${base}/versions/1/signatures` });
    expect(listed.json()).toMatchObject([{ keyId: key.keyId, verified: true }]);
  });

  it('documents the registry routes in the OpenAPI document', async () => {
    const app = await start();
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/models',
        '/api/v1/datasets',
        '/api/v1/projects/{project}/models/{name}/versions/{version}/files/{*}',
      ]),
    );
  });
});
