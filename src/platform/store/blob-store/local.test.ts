import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalBlobStore } from './local.js';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function* chunksThenFail(): Generator<Uint8Array> {
  yield Buffer.from('partial content');
  throw new Error('connection reset');
}

describe('LocalBlobStore', () => {
  let root: string;
  let blobs: LocalBlobStore;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'rampart-blobs-'));
    blobs = new LocalBlobStore(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores content under its SHA-256 and streams it back', async () => {
    const content = Buffer.alloc(3 * 1024 * 1024, 7);
    const result = await blobs.put(
      Readable.from([content.subarray(0, 1000), content.subarray(1000)]),
    );
    expect(result).toEqual({
      digest: createHash('sha256').update(content).digest('hex'),
      size: content.length,
      created: true,
    });
    expect((await readAll(await blobs.get(result.digest))).equals(content)).toBe(true);
    expect(await blobs.stat(result.digest)).toEqual({ size: content.length });
  });

  it('deduplicates identical content', async () => {
    await blobs.put(Readable.from([Buffer.from('same')]));
    const second = await blobs.put(Readable.from([Buffer.from('same')]));
    expect(second.created).toBe(false);
  });

  it('leaves no visible blob and no temp file when the source fails midway', async () => {
    await expect(blobs.put(Readable.from(chunksThenFail()))).rejects.toThrow('connection reset');
    expect(readdirSync(path.join(root, 'tmp'))).toEqual([]);
    expect(readdirSync(root).includes('sha256')).toBe(false);
  });

  it('rejects content over maxBytes with BLOB_TOO_LARGE and keeps nothing', async () => {
    await expect(
      blobs.put(Readable.from([Buffer.alloc(11)]), { maxBytes: 10 }),
    ).rejects.toMatchObject({
      code: 'BLOB_TOO_LARGE',
    });
    expect(readdirSync(path.join(root, 'tmp'))).toEqual([]);
  });

  it('rejects content whose digest differs from the expected one', async () => {
    await expect(
      blobs.put(Readable.from([Buffer.from('abc')]), { expectedDigest: 'f'.repeat(64) }),
    ).rejects.toMatchObject({ code: 'BLOB_DIGEST_MISMATCH' });
    expect(await blobs.stat(createHash('sha256').update('abc').digest('hex'))).toBeUndefined();
  });

  it('answers BLOB_NOT_FOUND for unknown or malformed digests', async () => {
    await expect(blobs.get('0'.repeat(64))).rejects.toMatchObject({ code: 'BLOB_NOT_FOUND' });
    await expect(blobs.get('../../etc/passwd')).rejects.toMatchObject({ code: 'BLOB_NOT_FOUND' });
  });

  it('removes stale temporary files left by a crashed write', async () => {
    await blobs.put(Readable.from([Buffer.from('x')]));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(root, 'tmp', 'crashed.part'), 'half');
    expect(await blobs.removeStaleTemp(0, Date.now() + 1000)).toBe(1);
    expect(readdirSync(path.join(root, 'tmp'))).toEqual([]);
  });
});
