import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  type FileHandle,
} from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  type BlobDigest,
  type BlobPutOptions,
  type BlobPutResult,
  type BlobStore,
  isBlobDigest,
} from '../store/blob-store.js';
import { BlobDigestMismatch, BlobNotFound, BlobTooLarge } from '../store/store.errors.js';
import { HEADER_BYTES, parseHeader, rewrapHeader, TAG_BYTES } from './blob-header.js';
import { isAppError } from '../errors/app-error.js';
import type { Kms } from './keyring.js';
import { decryptStream, encryptStream } from './streaming-aead.js';

export interface EncryptedBlobStoreOptions {
  /** Directory of the blobs: `sha256/ab/<digest>`, `tmp/`, `rewrap/` (rewrap journal). */
  readonly root: string;
  readonly kms: Kms;
  readonly segmentBytes?: number;
}

export interface RewrapReport {
  readonly scanned: number;
  readonly rewrapped: number;
  /** Journal entries of an interrupted earlier run that were completed first. */
  readonly recovered: number;
}

const WRITE_BATCH_BYTES = 1024 * 1024;

/**
 * A `BlobStore` that keeps only ciphertext on disk. Addresses are the SHA-256 of the plaintext
 * (computed while encrypting); files are in the segmented AES-256-GCM format of
 * docs/formats/encrypted-blob.md. Same layout and crash guarantees as `LocalBlobStore`: write to
 * `tmp/`, fsync, rename, fsync the directory. Reads decrypt and re-hash, and fail with
 * BLOB_DIGEST_MISMATCH at the end if the plaintext is not the content its name promises.
 */
export class EncryptedBlobStore implements BlobStore {
  private readonly tmpDir: string;
  private readonly journalDir: string;

  constructor(private readonly options: EncryptedBlobStoreOptions) {
    this.tmpDir = path.join(options.root, 'tmp');
    this.journalDir = path.join(options.root, 'rewrap');
  }

  async put(
    source: Readable | AsyncIterable<Uint8Array>,
    options: BlobPutOptions = {},
  ): Promise<BlobPutResult> {
    await mkdir(this.tmpDir, { recursive: true, mode: 0o700 });
    const tmpFile = path.join(this.tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const maxBytes = options.maxBytes;
    async function* measured(): AsyncGenerator<Uint8Array> {
      for await (const chunk of source as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength;
        if (maxBytes !== undefined && size > maxBytes) throw new BlobTooLarge(maxBytes);
        hash.update(chunk);
        yield chunk;
      }
    }
    const handle = await open(tmpFile, 'wx', 0o600);
    let kept = false;
    try {
      await writeAll(
        handle,
        encryptStream(measured(), { kms: this.options.kms, ...segmentOption(this.options) }),
      );
      await handle.sync();
      await handle.close();
      const digest = hash.digest('hex');
      if (options.expectedDigest !== undefined && options.expectedDigest !== digest) {
        throw new BlobDigestMismatch(options.expectedDigest, digest);
      }
      const finalPath = this.pathOf(digest);
      if ((await stat(finalPath).catch(() => undefined)) !== undefined) {
        return { digest, size, created: false };
      }
      await mkdir(path.dirname(finalPath), { recursive: true, mode: 0o700 });
      await rename(tmpFile, finalPath);
      kept = true;
      await syncDir(path.dirname(finalPath));
      return { digest, size, created: true };
    } finally {
      await handle.close().catch(() => undefined);
      if (!kept) await rm(tmpFile, { force: true });
    }
  }

  async get(digest: BlobDigest): Promise<Readable> {
    const file = this.pathOf(digest);
    if ((await stat(file).catch(() => undefined)) === undefined) throw new BlobNotFound(digest);
    const kms = this.options.kms;
    // A rewrap journal's header wins over the file's (it may have been torn mid-write).
    const header = (await this.readJournal(digest)) ?? (await readHead(file));
    const sealedSegment =
      header.length === HEADER_BYTES
        ? parseHeader(header).segmentBytes + TAG_BYTES
        : WRITE_BATCH_BYTES;
    async function* ciphertext(): AsyncGenerator<Buffer> {
      yield header;
      // Reads aligned to whole sealed segments, so the decryptor rarely has to copy.
      yield* createReadStream(file, {
        start: HEADER_BYTES,
        highWaterMark: sealedSegment,
      }) as AsyncIterable<Buffer>;
    }
    async function* plaintext(): AsyncGenerator<Buffer> {
      const hash = createHash('sha256');
      for await (const chunk of decryptStream(ciphertext(), { kms })) {
        hash.update(chunk);
        yield chunk;
      }
      const actual = hash.digest('hex');
      if (actual !== digest) throw new BlobDigestMismatch(digest, actual);
    }
    return Readable.from(plaintext(), { objectMode: false, highWaterMark: WRITE_BATCH_BYTES });
  }

  /** The plaintext size, computed from the file size and the header's segment size. */
  async stat(digest: BlobDigest): Promise<{ size: number } | undefined> {
    const file = this.pathOf(digest);
    const info = await stat(file).catch(() => undefined);
    if (info === undefined) return undefined;
    const header = parseHeader(await readHead(file));
    const body = info.size - HEADER_BYTES;
    const segments = Math.max(1, Math.ceil(body / (header.segmentBytes + TAG_BYTES)));
    return { size: body - segments * TAG_BYTES };
  }

  async delete(digest: BlobDigest): Promise<void> {
    await rm(this.pathOf(digest), { force: true });
    await rm(path.join(this.journalDir, digest), { force: true });
  }

  /** Every stored digest (for rewrap and `doctor --deep`). */
  async *digests(): AsyncGenerator<BlobDigest> {
    const top = path.join(this.options.root, 'sha256');
    const prefixes = (await readdir(top).catch(() => [] as string[])).sort();
    for (const prefix of prefixes) {
      const names = (await readdir(path.join(top, prefix)).catch(() => [] as string[])).sort();
      for (const name of names) if (isBlobDigest(name)) yield name;
    }
  }

  /**
   * Re-wraps every blob's data key under the KMS's active KEK, rewriting only the 256-byte header
   * (segment bodies are untouched). Safe to kill and rerun: each new header is first written to a
   * journal (`rewrap/<digest>`, fsynced), then over the old one, then the journal is removed; a
   * rerun completes leftover journals first and skips blobs already under the active KEK.
   */
  async rewrapAll(
    hooks: { onBlob?: (digest: BlobDigest, changed: boolean) => void | Promise<void> } = {},
  ): Promise<RewrapReport> {
    let recovered = 0;
    for (const name of await readdir(this.journalDir).catch(() => [] as string[])) {
      if (!isBlobDigest(name)) continue;
      const journal = await this.readJournal(name);
      if (
        journal !== undefined &&
        (await stat(this.pathOf(name)).catch(() => undefined)) !== undefined
      ) {
        await this.writeHeader(name, journal);
        recovered++;
      }
      await rm(path.join(this.journalDir, name), { force: true });
    }
    let scanned = 0;
    let rewrapped = 0;
    for await (const digest of this.digests()) {
      scanned++;
      const next = await rewrapHeader(await readHead(this.pathOf(digest)), this.options.kms);
      if (next !== undefined) {
        await mkdir(this.journalDir, { recursive: true, mode: 0o700 });
        const journalFile = path.join(this.journalDir, digest);
        await writeDurably(journalFile, next);
        await this.writeHeader(digest, next);
        await unlink(journalFile);
        rewrapped++;
      }
      await hooks.onBlob?.(digest, next !== undefined);
    }
    return { scanned, rewrapped, recovered };
  }

  /** Removes temporary files of crashed writes older than `olderThanMs`. */
  async removeStaleTemp(olderThanMs: number, nowMs: number): Promise<number> {
    let removed = 0;
    for (const name of await readdir(this.tmpDir).catch(() => [] as string[])) {
      const file = path.join(this.tmpDir, name);
      const info = await stat(file).catch(() => undefined);
      if (info !== undefined && nowMs - info.mtimeMs > olderThanMs) {
        await rm(file, { force: true });
        removed++;
      }
    }
    return removed;
  }

  private async writeHeader(digest: BlobDigest, header: Buffer): Promise<void> {
    const handle = await open(this.pathOf(digest), 'r+');
    try {
      await handle.write(header, 0, HEADER_BYTES, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** A complete journal header, if an interrupted rewrap left one (it wins over a torn header). */
  private async readJournal(digest: BlobDigest): Promise<Buffer | undefined> {
    const bytes = await readFile(path.join(this.journalDir, digest)).catch(() => undefined);
    if (bytes?.length !== HEADER_BYTES) return undefined;
    try {
      parseHeader(bytes);
      return bytes;
    } catch (err) {
      if (isAppError(err)) return undefined;
      throw err;
    }
  }

  private pathOf(digest: BlobDigest): string {
    if (!isBlobDigest(digest)) throw new BlobNotFound(digest);
    return path.join(this.options.root, 'sha256', digest.slice(0, 2), digest);
  }
}

function segmentOption(options: EncryptedBlobStoreOptions): { segmentBytes?: number } {
  return options.segmentBytes === undefined ? {} : { segmentBytes: options.segmentBytes };
}

/**
 * Writes the chunks in ~1 MiB batches with one write in flight while the next batch is being
 * encrypted and hashed, so disk and CPU work overlap; memory stays at about two batches.
 */
async function writeAll(handle: FileHandle, chunks: AsyncIterable<Buffer>): Promise<void> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let inFlight: Promise<void> | undefined;
  try {
    for await (const chunk of chunks) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= WRITE_BATCH_BYTES) {
        await inFlight;
        inFlight = writeFully(handle, pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
      }
    }
    await inFlight;
    inFlight = undefined;
    if (pending.length > 0) await writeFully(handle, pending, pendingBytes);
  } finally {
    // Never leave a write running against a handle the caller is about to close.
    await inFlight?.catch(() => undefined);
  }
}

async function writeFully(handle: FileHandle, buffers: Buffer[], total: number): Promise<void> {
  const { bytesWritten } = await handle.writev(buffers);
  if (bytesWritten === total) return;
  // A short write (rare on regular files): write the rest in one piece.
  let rest = Buffer.concat(buffers).subarray(bytesWritten);
  while (rest.length > 0) {
    const { bytesWritten: n } = await handle.write(rest);
    rest = rest.subarray(n);
  }
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function writeDurably(file: string, bytes: Buffer): Promise<void> {
  const tmp = `${file}.tmp`;
  const handle = await open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
  await syncDir(path.dirname(file));
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
