import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  type BlobDigest,
  type BlobPutOptions,
  type BlobPutResult,
  type BlobStore,
  isBlobDigest,
} from '../blob-store.js';
import { BlobDigestMismatch, BlobNotFound, BlobTooLarge } from '../store.errors.js';

/**
 * Blobs as files under `<root>/sha256/ab/<digest>`. Each put streams into `<root>/tmp/`, hashing
 * as it goes, fsyncs the file, renames it into place and fsyncs the directory: a crash at any point
 * leaves at most a temporary file, never a visible partial blob.
 */
export class LocalBlobStore implements BlobStore {
  private readonly tmpDir: string;

  constructor(private readonly root: string) {
    this.tmpDir = path.join(root, 'tmp');
  }

  async put(
    source: Readable | AsyncIterable<Uint8Array>,
    options: BlobPutOptions = {},
  ): Promise<BlobPutResult> {
    await mkdir(this.tmpDir, { recursive: true, mode: 0o700 });
    const tmpFile = path.join(this.tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}.part`);
    const hash = createHash('sha256');
    const handle = await open(tmpFile, 'wx', 0o600);
    let size = 0;
    let keepTmp = false;
    try {
      for await (const chunk of source as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength;
        if (options.maxBytes !== undefined && size > options.maxBytes)
          throw new BlobTooLarge(options.maxBytes);
        hash.update(chunk);
        await handle.write(chunk);
      }
      await handle.sync();
      await handle.close();
      const digest = hash.digest('hex');
      if (options.expectedDigest !== undefined && options.expectedDigest !== digest) {
        throw new BlobDigestMismatch(options.expectedDigest, digest);
      }
      const finalPath = this.pathOf(digest);
      if ((await stat(finalPath).catch(() => undefined)) !== undefined) {
        await unlink(tmpFile);
        return { digest, size, created: false };
      }
      await mkdir(path.dirname(finalPath), { recursive: true, mode: 0o700 });
      await rename(tmpFile, finalPath);
      keepTmp = true;
      await syncDir(path.dirname(finalPath));
      return { digest, size, created: true };
    } finally {
      await handle.close().catch(() => undefined);
      if (!keepTmp) await rm(tmpFile, { force: true });
    }
  }

  async get(digest: BlobDigest): Promise<Readable> {
    const file = this.pathOf(digest);
    if ((await stat(file).catch(() => undefined)) === undefined) throw new BlobNotFound(digest);
    return createReadStream(file);
  }

  async stat(digest: BlobDigest): Promise<{ size: number } | undefined> {
    const info = await stat(this.pathOf(digest)).catch(() => undefined);
    return info === undefined ? undefined : { size: info.size };
  }

  async delete(digest: BlobDigest): Promise<void> {
    await rm(this.pathOf(digest), { force: true });
  }

  /** Removes temporary files left by crashed writes that are older than `olderThanMs`. */
  async removeStaleTemp(olderThanMs: number, nowMs: number): Promise<number> {
    const names = await readdir(this.tmpDir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const file = path.join(this.tmpDir, name);
      const info = await stat(file).catch(() => undefined);
      if (info !== undefined && nowMs - info.mtimeMs > olderThanMs) {
        await rm(file, { force: true });
        removed++;
      }
    }
    return removed;
  }

  private pathOf(digest: BlobDigest): string {
    // The digest becomes a path: refuse anything that is not 64 hex characters.
    if (!isBlobDigest(digest)) throw new BlobNotFound(digest);
    return path.join(this.root, 'sha256', digest.slice(0, 2), digest);
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
