import { open, type FileHandle } from 'node:fs/promises';

/**
 * Random-access bytes: a whole file on disk, a buffer, or a slice of either. Containers read
 * only the ranges they need (central directory, headers, pickle members), never tensor payloads.
 */
export interface ByteSource {
  readonly size: number;
  /** Reads `length` bytes at `offset`; returns fewer only at the end of the source. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A source over bytes already in memory. */
export function bufferSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => {
      const start = Math.max(0, Math.min(offset, bytes.length));
      return Promise.resolve(bytes.subarray(start, Math.min(bytes.length, start + length)));
    },
  };
}

/** A window `[start, start + length)` of another source. */
export function sliceSource(parent: ByteSource, start: number, length: number): ByteSource {
  const size = Math.max(0, Math.min(length, parent.size - start));
  return {
    size,
    read: (offset, want) => {
      const from = Math.max(0, Math.min(offset, size));
      return parent.read(start + from, Math.max(0, Math.min(want, size - from)));
    },
  };
}

/** An open file; call `close()` when done. */
export interface FileByteSource extends ByteSource {
  close(): Promise<void>;
}

/** Opens `path` for random-access reads. Throws the fs error (caller wraps it). */
export async function openFileSource(path: string): Promise<FileByteSource> {
  const handle: FileHandle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    read: async (offset, length) => {
      const want = Math.max(0, Math.min(length, size - offset));
      const buf = Buffer.allocUnsafe(want);
      let got = 0;
      while (got < want) {
        const { bytesRead } = await handle.read(buf, got, want - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return buf.subarray(0, got);
    },
    close: () => handle.close(),
  };
}

/** Reads the whole source (caller checks size limits first). */
export function readAll(source: ByteSource): Promise<Uint8Array> {
  return source.read(0, source.size);
}
