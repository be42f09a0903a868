import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { checkFilePath } from './engine/asset-ref.js';
import { RegistryArchiveInvalid } from './registry.errors.js';

/** Bounds on an archive expanded into a version; every one is checked before content is read. */
export interface ArchiveLimits {
  readonly maxEntries: number;
  readonly maxTotalBytes: number;
  readonly maxEntryBytes: number;
  /** Most `/`-separated path segments in an entry name. */
  readonly maxDepth: number;
  /** Largest uncompressed:compressed ratio of one entry (zip bombs). */
  readonly maxRatio: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 64 * 1024 ** 3,
  maxEntryBytes: 32 * 1024 ** 3,
  maxDepth: 32,
  maxRatio: 1000,
};

export interface ArchiveFile {
  readonly path: string;
  readonly size: number;
  /** Opened on first iteration, so one entry at a time is read. */
  readonly source: AsyncIterable<Uint8Array>;
}

export interface OpenedArchive {
  readonly files: readonly ArchiveFile[];
  close(): void;
}

/**
 * Lists a zip archive's files for a push: refuses absolute or `..` paths, too many entries, too
 * deep paths, oversize or over-compressed entries, and symbolic links, with
 * REGISTRY_ARCHIVE_INVALID — before a single byte is stored. Directories are skipped. yauzl
 * checks each entry's actual size against its header while streaming.
 */
export async function openZipArchive(
  file: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<OpenedArchive> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      file,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true },
      (err, z) =>
        err === null && z !== undefined
          ? resolve(z)
          : reject(new RegistryArchiveInvalid(file, err?.message ?? 'unreadable')),
    ),
  );
  try {
    const entries = await readEntries(zip, file, limits);
    const files = entries.map((entry) => ({
      path: entry.fileName,
      size: entry.uncompressedSize,
      source: lazyStream(zip, entry),
    }));
    return { files, close: () => zip.close() };
  } catch (err) {
    zip.close();
    throw err;
  }
}

function readEntries(
  zip: yauzl.ZipFile,
  file: string,
  limits: ArchiveLimits,
): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    let total = 0;
    const fail = (reason: string) => reject(new RegistryArchiveInvalid(file, reason));
    zip.on('error', (err: Error) => fail(err.message));
    zip.on('end', () => (entries.length === 0 ? fail('it holds no files') : resolve(entries)));
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName;
      if (name.endsWith('/')) {
        zip.readEntry();
        return;
      }
      // Unix mode in the high 16 bits of the external attributes: 0o120000 is a symbolic link.
      if (((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000)
        return fail(`${name} is a symbolic link`);
      if (entries.length >= limits.maxEntries) return fail(`more than ${limits.maxEntries} files`);
      if (name.split('/').length > limits.maxDepth)
        return fail(`${name} is nested deeper than ${limits.maxDepth} levels`);
      try {
        checkFilePath(name);
      } catch {
        return fail(`entry name ${name.slice(0, 100)} is not a safe relative path`);
      }
      if (entry.uncompressedSize > limits.maxEntryBytes)
        return fail(`${name} is larger than ${limits.maxEntryBytes} bytes`);
      if (
        entry.compressedSize > 0 &&
        entry.uncompressedSize / entry.compressedSize > limits.maxRatio
      ) {
        return fail(`${name} expands more than ${limits.maxRatio}:1 (a zip bomb?)`);
      }
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes)
        return fail(`the files add up to more than ${limits.maxTotalBytes} bytes`);
      entries.push(entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

async function* lazyStream(zip: yauzl.ZipFile, entry: yauzl.Entry): AsyncGenerator<Uint8Array> {
  const stream = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (err, s) =>
      err === null && s !== undefined ? resolve(s) : reject(err ?? new Error('no stream')),
    ),
  );
  for await (const chunk of stream) yield chunk as Buffer;
}
