import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pseudoRandomBytes } from '../support/model-bytes.js';
import { cli } from '../support/run-cli.js';

function workspace() {
  const root = mkdtempSync(path.join(tmpdir(), 'rampart-reg-cli-'));
  const dataDir = path.join(root, 'data');
  const src = path.join(root, 'model');
  mkdirSync(path.join(src, 'sub'), { recursive: true });
  writeFileSync(path.join(src, 'weights.bin'), pseudoRandomBytes(300_000, 'cli-weights'));
  writeFileSync(path.join(src, 'sub', 'config.json'), '{"layers":3}');
  const run = (...args: string[]) => cli(['--data-dir', dataDir, ...args]);
  return { root, dataDir, src, run };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('rampart models (offline)', () => {
  it('pushes a directory, promotes, pulls it back byte-identical, verifies and rolls back', async () => {
    const w = workspace();
    const pushed = await w.run(
      '--json',
      'models',
      'push',
      'resnet',
      w.src,
      '--meta',
      'framework=pytorch',
      '--meta',
      'metric.accuracy=0.9',
    );
    expect(pushed.code).toBe(0);
    expect(pushed.stderr).toContain('Generated a master key');
    expect(JSON.parse(pushed.stdout)).toMatchObject({
      version: 1,
      files: [{ path: 'sub/config.json' }, { path: 'weights.bin', size: 300_000 }],
      metadata: { framework: 'pytorch', metrics: { accuracy: 0.9 } },
    });
    expect((await w.run('models', 'push', 'resnet', path.join(w.src, 'weights.bin'))).code).toBe(0);
    expect((await w.run('models', 'promote', 'resnet@1', 'production')).code).toBe(0);
    expect((await w.run('models', 'promote', 'resnet@2', 'production')).code).toBe(0);
    const out = path.join(w.root, 'out');
    const pulled = await w.run('models', 'pull', 'resnet:production', '--out', out);
    expect(pulled.code).toBe(0);
    expect(sha(path.join(out, 'weights.bin'))).toBe(sha(path.join(w.src, 'weights.bin')));
    const verify = await w.run('--json', 'models', 'verify', 'resnet@1');
    expect([verify.code, JSON.parse(verify.stdout).ok]).toEqual([0, true]);
    const rolled = await w.run('--json', 'models', 'rollback', 'resnet', 'production');
    expect(JSON.parse(rolled.stdout).version).toBe(1);
    const pulledOld = await w.run(
      'models',
      'pull',
      'resnet:production',
      '--out',
      path.join(w.root, 'out1'),
    );
    expect(pulledOld.code).toBe(0);
    expect(readFileSync(path.join(w.root, 'out1', 'sub', 'config.json'), 'utf8')).toBe(
      '{"layers":3}',
    );
    const versions = await w.run('--json', 'models', 'versions', 'resnet');
    expect(
      JSON.parse(versions.stdout).map((v: { version: number; stages: string[] }) => [
        v.version,
        v.stages,
      ]),
    ).toEqual([
      [1, ['production']],
      [2, []],
    ]);
    const audit = await w.run('--json', 'audit', 'log');
    const actions = (JSON.parse(audit.stdout) as { action: string }[]).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'model.push',
        'model.promote',
        'model.download',
        'model.verify',
        'model.rollback',
      ]),
    );
  });

  it('exits 1 from verify when a stored blob was tampered with', async () => {
    const w = workspace();
    const pushed = JSON.parse(
      (await w.run('--json', 'models', 'push', 'm', path.join(w.src, 'weights.bin'))).stdout,
    ) as { files: { sha256: string }[] };
    const digest = pushed.files[0]?.sha256 ?? '';
    const file = path.join(w.dataDir, 'blobs', 'encrypted', 'sha256', digest.slice(0, 2), digest);
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    const verify = await w.run('models', 'verify', 'm@1');
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('unreadable: weights.bin (ENCRYPTED_SEGMENT_INVALID)');
    const pull = await w.run('models', 'pull', 'm@1', '--out', path.join(w.root, 'o'));
    expect(pull.code).toBe(3);
    expect(pull.stderr).toContain('ENCRYPTED_SEGMENT_INVALID');
  });

  it('refuses to pull a quarantined version without --override and exits 1', async () => {
    const w = workspace();
    await w.run('datasets', 'push', 'reviews', path.join(w.src, 'sub', 'config.json'));
    expect((await w.run('datasets', 'quarantine', 'reviews@1', '--reason', 'PII found')).code).toBe(
      0,
    );
    const refused = await w.run('datasets', 'pull', 'reviews@1', '--out', path.join(w.root, 'o'));
    expect([refused.code, refused.stderr.includes('REGISTRY_VERSION_QUARANTINED')]).toEqual([
      1,
      true,
    ]);
    expect(
      (await w.run('datasets', 'pull', 'reviews@1', '--out', path.join(w.root, 'o'), '--override'))
        .code,
    ).toBe(0);
  });

  it('rotates the master key and rewraps every blob; old content still pulls', async () => {
    const w = workspace();
    await w.run('models', 'push', 'm', w.src);
    const rotated = await w.run('--json', 'keys', 'rotate');
    expect(JSON.parse(rotated.stdout).version).toBe(2);
    const rewrap = await w.run('--json', 'keys', 'rewrap');
    expect(JSON.parse(rewrap.stdout)).toEqual({ scanned: 2, rewrapped: 2, recovered: 0 });
    expect((await w.run('models', 'pull', 'm@1', '--out', path.join(w.root, 'o'))).code).toBe(0);
    expect((await w.run('keys', 'retire', '--min-version', '2')).code).toBe(0);
    expect((await w.run('models', 'pull', 'm@1', '--out', path.join(w.root, 'o2'))).code).toBe(0);
  });

  it('deletes a version and purges its content after the retention period', async () => {
    const w = workspace();
    await w.run('datasets', 'push', 'd', path.join(w.src, 'weights.bin'));
    expect((await w.run('datasets', 'delete', 'd@1')).code).toBe(0);
    const kept = await w.run('--json', 'datasets', 'purge', '--retention-days', '30');
    expect(JSON.parse(kept.stdout)).toEqual({ purged: 0 });
    const purged = await w.run('--json', 'datasets', 'purge', '--retention-days', '0');
    expect(JSON.parse(purged.stdout)).toEqual({ purged: 1 });
  });

  it('exports a BOM and reports an unknown model as REGISTRY_ASSET_NOT_FOUND', async () => {
    const w = workspace();
    await w.run('models', 'push', 'm', w.src);
    const bom = await w.run('models', 'bom', 'm@1');
    expect(JSON.parse(bom.stdout)).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    const missing = await w.run('models', 'show', 'nope');
    expect([missing.code, missing.stderr.includes('REGISTRY_ASSET_NOT_FOUND')]).toEqual([2, true]);
  });
});
