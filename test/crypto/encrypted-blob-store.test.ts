import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_BYTES, parseHeader, rewrapHeader } from '../../src/platform/crypto/blob-header.js';
import { EncryptedBlobStore } from '../../src/platform/crypto/encrypted-blob-store.js';
import { Keyring } from '../../src/platform/crypto/keyring.js';
import { chunked, collect, drain, testKeyring } from './fixtures.js';

function setup(kms: Keyring = testKeyring()) {
  const root = mkdtempSync(path.join(tmpdir(), 'rampart-eblob-'));
  return { root, kms, store: new EncryptedBlobStore({ root, kms, segmentBytes: 4096 }) };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

const fileOf = (root: string, digest: string) =>
  path.join(root, 'sha256', digest.slice(0, 2), digest);

describe('EncryptedBlobStore', () => {
  it('stores ciphertext only: a plaintext marker appears in no file of the store', async () => {
    const { root, store } = setup();
    const marker = Buffer.from('RAMPART-PLAINTEXT-MARKER-7f3a9c');
    const plain = Buffer.concat(
      Array.from({ length: 200 }, () => Buffer.concat([marker, randomBytes(50)])),
    );
    const put = await store.put(chunked(plain, 1000));
    expect(await collect(await store.get(put.digest))).toEqual(plain);
    const files = allFiles(root);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(file).includes(marker)).toBe(false);
  });

  it('addresses by plaintext SHA-256, reports plaintext size and deduplicates', async () => {
    const { store } = setup();
    const plain = randomBytes(10_000);
    const first = await store.put(chunked(plain, 999));
    const second = await store.put(chunked(plain, 4096));
    const { createHash } = await import('node:crypto');
    expect([first, second.created, await store.stat(first.digest)]).toEqual([
      { digest: createHash('sha256').update(plain).digest('hex'), size: 10_000, created: true },
      false,
      { size: 10_000 },
    ]);
  });

  it('keeps nothing when the expected digest or the size limit is not met', async () => {
    const { root, store } = setup();
    await expect(
      store.put(chunked(randomBytes(100), 10), { expectedDigest: 'f'.repeat(64) }),
    ).rejects.toMatchObject({
      code: 'BLOB_DIGEST_MISMATCH',
    });
    await expect(store.put(chunked(randomBytes(100), 10), { maxBytes: 50 })).rejects.toMatchObject({
      code: 'BLOB_TOO_LARGE',
    });
    expect(allFiles(root)).toEqual([]);
  });

  it('fails a read with BLOB_DIGEST_MISMATCH when another valid blob sits under the name', async () => {
    const { root, store } = setup();
    const a = await store.put(chunked(randomBytes(100), 100));
    const b = await store.put(chunked(randomBytes(100), 100));
    copyFileSync(fileOf(root, b.digest), fileOf(root, a.digest));
    expect((await drain(await store.get(a.digest))).code).toBe('BLOB_DIGEST_MISMATCH');
  });

  it('fails a read of a tampered file with a typed error', async () => {
    const { root, store } = setup();
    const put = await store.put(chunked(randomBytes(20_000), 1000));
    const file = fileOf(root, put.digest);
    const bytes = readFileSync(file);
    bytes[HEADER_BYTES + 5000] = (bytes[HEADER_BYTES + 5000] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    const { code, released } = await drain(await store.get(put.digest));
    expect(code).toBe('ENCRYPTED_SEGMENT_INVALID');
    // Segment 1 (bytes 4096…8191) failed: at most segment 0 may have been released.
    expect(released.length).toBeLessThanOrEqual(4096);
  });

  it('answers BLOB_NOT_FOUND for an unknown digest', async () => {
    await expect(setup().store.get('0'.repeat(64))).rejects.toMatchObject({
      code: 'BLOB_NOT_FOUND',
    });
  });
});

describe('EncryptedBlobStore.rewrapAll', () => {
  async function rotatedStore(blobs: number) {
    const v1 = testKeyring(2);
    const { root, store } = setup(new Keyring({ ...v1.data, active: 1 }));
    const plains: Buffer[] = [];
    const digests: string[] = [];
    for (let i = 0; i < blobs; i++) {
      const plain = randomBytes(9000 + i);
      plains.push(plain);
      digests.push((await store.put(chunked(plain, 4000))).digest);
    }
    const bodies = digests.map((d) => readFileSync(fileOf(root, d)).subarray(HEADER_BYTES));
    return {
      root,
      v2: v1,
      plains,
      digests,
      bodies,
      store: new EncryptedBlobStore({ root, kms: v1 }),
    };
  }

  it('moves every header to the active KEK without touching segment bodies', async () => {
    const { root, v2, plains, digests, bodies, store } = await rotatedStore(3);
    expect(await store.rewrapAll()).toEqual({ scanned: 3, rewrapped: 3, recovered: 0 });
    const retired = new EncryptedBlobStore({
      root,
      kms: new Keyring({ ...v2.data, minDecryptVersion: 2 }),
    });
    for (const [i, d] of digests.entries()) {
      const bytes = readFileSync(fileOf(root, d));
      expect(parseHeader(bytes).kek.version).toBe(2);
      expect(bytes.subarray(HEADER_BYTES).equals(bodies[i] ?? Buffer.alloc(0))).toBe(true);
      expect((await collect(await retired.get(d))).equals(plains[i] ?? Buffer.alloc(0))).toBe(true);
    }
    expect(await store.rewrapAll()).toEqual({ scanned: 3, rewrapped: 0, recovered: 0 });
  });

  it('resumes after being killed midway and finishes the rest', async () => {
    const { root, v2, digests, store } = await rotatedStore(4);
    let seen = 0;
    await expect(
      store.rewrapAll({
        onBlob: () => {
          if (++seen === 2) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const versions = () =>
      digests.map((d) => parseHeader(readFileSync(fileOf(root, d))).kek.version).sort();
    expect(versions()).toEqual([1, 1, 2, 2]);
    expect(await store.rewrapAll()).toEqual({ scanned: 4, rewrapped: 2, recovered: 0 });
    expect(versions()).toEqual([2, 2, 2, 2]);
    expect(v2.active().version).toBe(2);
  });

  it('completes a journal left by a crash between journal and header write, even over a torn header', async () => {
    const { root, v2, plains, digests, store } = await rotatedStore(1);
    const digest = digests[0] ?? '';
    const file = fileOf(root, digest);
    const next = await rewrapHeader(readFileSync(file).subarray(0, HEADER_BYTES), v2);
    mkdirSync(path.join(root, 'rewrap'), { recursive: true });
    writeFileSync(path.join(root, 'rewrap', digest), next ?? Buffer.alloc(0));
    const torn = readFileSync(file);
    torn.fill(0, 40, 120);
    writeFileSync(file, torn);
    // Readers use the journal's header until the rerun completes it.
    expect((await collect(await store.get(digest))).equals(plains[0] ?? Buffer.alloc(0))).toBe(
      true,
    );
    expect(await store.rewrapAll()).toEqual({ scanned: 1, rewrapped: 0, recovered: 1 });
    expect(readdirSync(path.join(root, 'rewrap'))).toEqual([]);
    expect(parseHeader(readFileSync(file)).kek.version).toBe(2);
    expect(statSync(file).size).toBe(torn.length);
  });
});
