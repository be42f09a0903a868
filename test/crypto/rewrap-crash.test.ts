import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../src/platform/crypto/blob-header.js';
import { EncryptedBlobStore } from '../../src/platform/crypto/encrypted-blob-store.js';
import {
  loadKeyring,
  readKeyringFile,
  retireKeyVersions,
  rotateKeyringFile,
} from '../../src/platform/crypto/keyring.js';
import { chunked, collect } from './fixtures.js';

const script = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'rewrap-then-hang.ts',
);

function runUntilReadyThenKill(root: string, keys: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, root, keys], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('READY')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child was not killed: ${stderr}`)),
    );
  });
}

describe('key rotation and rewrap', () => {
  it('survives kill -9 midway, completes on rerun, and old versions can then be retired', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rampart-rewrap-'));
    const root = path.join(dataDir, 'blobs');
    const { file, keyring } = loadKeyring({ dataDir, warn: () => undefined });
    const keys = file ?? '';
    const store = new EncryptedBlobStore({ root, kms: keyring, segmentBytes: 4096 });
    const plains = Array.from({ length: 5 }, (_, i) => randomBytes(10_000 + i));
    const digests = [];
    for (const p of plains) digests.push((await store.put(chunked(p, 3000))).digest);
    await rotateKeyringFile(keys);

    await runUntilReadyThenKill(root, keys);
    const versionOf = (d: string) =>
      parseHeader(readFileSync(path.join(root, 'sha256', d.slice(0, 2), d))).kek.version;
    expect(digests.map(versionOf).filter((v) => v === 2)).toHaveLength(2);

    const resumed = new EncryptedBlobStore({
      root,
      kms: readKeyringFile(keys),
      segmentBytes: 4096,
    });
    expect(await resumed.rewrapAll()).toMatchObject({ scanned: 5, rewrapped: 3 });
    expect(digests.map(versionOf)).toEqual([2, 2, 2, 2, 2]);

    const retired = new EncryptedBlobStore({
      root,
      kms: await retireKeyVersions(keys, 2),
      segmentBytes: 4096,
    });
    for (const [i, d] of digests.entries())
      expect((await collect(await retired.get(d))).equals(plains[i] ?? Buffer.alloc(0))).toBe(true);
  });
});
