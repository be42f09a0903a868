import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkFilePath } from './engine/asset-ref.js';
import { RegistryInputInvalid, RegistryPathUnreadable } from './registry.errors.js';

export interface LocalFile {
  /** Path inside the version (`/`-separated, relative to the pushed directory). */
  readonly path: string;
  readonly absolute: string;
  readonly size: number;
}

const MAX_WALK_FILES = 10_000;

/**
 * The files to push from `target`: the file itself (named by its base name), or every regular
 * file under a directory, recursively. Symbolic links are skipped, never followed.
 */
export async function listLocalFiles(target: string): Promise<LocalFile[]> {
  const info = await stat(target).catch((err: unknown) => {
    throw new RegistryPathUnreadable(target, (err as NodeJS.ErrnoException).code ?? 'unreadable');
  });
  if (info.isFile())
    return [
      {
        path: checkFilePath(path.basename(target)),
        absolute: path.resolve(target),
        size: info.size,
      },
    ];
  if (!info.isDirectory()) throw new RegistryPathUnreadable(target, 'not a file or directory');
  const out: LocalFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) {
        if (out.length >= MAX_WALK_FILES)
          throw new RegistryInputInvalid(
            'files',
            `more than ${MAX_WALK_FILES} files under ${target}`,
          );
        const rel = path.relative(target, full).split(path.sep).join('/');
        out.push({ path: checkFilePath(rel), absolute: full, size: (await stat(full)).size });
      }
    }
  };
  await walk(target);
  if (out.length === 0) throw new RegistryPathUnreadable(target, 'the directory holds no files');
  return out;
}

/** A read stream of a local file that reports each chunk's size (for progress bars). */
export async function* readCounting(
  file: string,
  onBytes: (n: number) => void,
): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    onBytes((chunk as Buffer).length);
    yield chunk as Buffer;
  }
}

/** Passes chunks through, reporting each one's size (for progress bars). */
export async function* counting(
  source: AsyncIterable<Uint8Array>,
  onBytes: (n: number) => void,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    onBytes(chunk.byteLength);
    yield chunk;
  }
}

/**
 * Writes `source` to `<dir>/<relativePath>` through a temporary file renamed only when the whole
 * stream arrived (and, from the blob store, verified): an interrupted or refused pull never leaves
 * a partial file under the real name. `relativePath` was validated, so it cannot escape `dir`.
 */
export async function writeLocalFile(
  dir: string,
  relativePath: string,
  source: Readable,
  onBytes: (n: number) => void,
): Promise<string> {
  const target = path.join(dir, ...checkFilePath(relativePath).split('/'));
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.${randomBytes(4).toString('hex')}.part`;
  try {
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          onBytes(chunk.length);
          yield chunk;
        }
      },
      // A few MiB of buffering lets the disk write one segment while the next is decrypted.
      createWriteStream(tmp, { mode: 0o600, highWaterMark: 4 * 1024 * 1024 }),
    );
    await rename(tmp, target);
    return target;
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
