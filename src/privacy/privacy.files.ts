import { hkdfSync, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { OperatorKeys } from './engine/operators.js';
import { parquetRowBatches } from './engine/parquet-reader.js';
import { csvRowBatches } from './engine/table-scanner.js';
import {
  PiiFormatUnsupported,
  PiiInputMalformed,
  PiiInputTooLarge,
  PiiKeyInvalid,
} from './privacy.errors.js';

/*
 * File plumbing for the `rampart pii` commands: format by extension, streaming readers, keys
 * from a key file, and atomic output (a temp file renamed into place only when complete).
 */

export type FileFormat = 'text' | 'csv' | 'jsonl' | 'parquet';

export const MAX_TEXT_BYTES = 64 * 1024 * 1024;
export const MAX_PARQUET_BYTES = 1024 * 1024 * 1024;

export function formatOf(file: string): FileFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.parquet') return 'parquet';
  return 'text';
}

function unreadable(file: string, err: unknown): PiiInputMalformed {
  const code = (err as NodeJS.ErrnoException).code ?? 'read failed';
  return new PiiInputMalformed(`${file} cannot be read (${code})`, { format: 'file' });
}

/** Whole text file, bounded by MAX_TEXT_BYTES. */
export async function readTextFile(file: string): Promise<string> {
  try {
    const info = await stat(file);
    if (info.size > MAX_TEXT_BYTES)
      throw new PiiInputTooLarge(`${file} (${info.size} bytes)`, MAX_TEXT_BYTES);
    return await readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof PiiInputTooLarge) throw err;
    throw unreadable(file, err);
  }
}

/** Decoded chunks of a file (UTF-8, multibyte-safe across chunk edges). */
export function textChunks(file: string): AsyncIterable<string> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for await (const chunk of stream) yield chunk as string;
      } catch (err) {
        throw unreadable(file, err);
      }
    },
  };
}

/** Lines of a JSONL file with 1-based numbers. */
export async function* jsonLines(file: string): AsyncGenerator<{ line: string; lineNo: number }> {
  const rl = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let lineNo = 0;
  try {
    for await (const line of rl) yield { line, lineNo: ++lineNo };
  } catch (err) {
    throw unreadable(file, err);
  }
}

/** Row batches (header first) of a CSV or Parquet file. */
export async function tableBatches(
  file: string,
  format: FileFormat,
): Promise<AsyncIterable<string[][]>> {
  if (format === 'csv') return csvRowBatches(textChunks(file));
  if (format === 'parquet') {
    let bytes: Buffer;
    try {
      const info = await stat(file);
      if (info.size > MAX_PARQUET_BYTES)
        throw new PiiInputTooLarge(`${file} (${info.size} bytes)`, MAX_PARQUET_BYTES);
      bytes = await readFile(file);
    } catch (err) {
      if (err instanceof PiiInputTooLarge) throw err;
      throw unreadable(file, err);
    }
    const copy = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(copy).set(bytes);
    return parquetRowBatches(copy);
  }
  throw new PiiFormatUnsupported(format, ['csv', 'parquet']);
}

/**
 * Keys for masking from `--key-file` (at least 32 bytes: the HMAC key; the AES-256-GCM key is
 * derived from it with HKDF), or fresh random keys when no file is given.
 */
export async function loadKeys(
  keyFile: string | undefined,
): Promise<{ keys: OperatorKeys; ephemeral: boolean }> {
  let key: Buffer;
  if (keyFile === undefined) key = randomBytes(32);
  else {
    try {
      key = await readFile(keyFile);
    } catch (err) {
      throw new PiiKeyInvalid(
        `${keyFile} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'read failed'})`,
      );
    }
    if (key.length < 32)
      throw new PiiKeyInvalid(`${keyFile} holds ${key.length} bytes, needs at least 32`);
  }
  const encryptionKey = Buffer.from(
    hkdfSync('sha256', key, Buffer.alloc(0), 'rampart pii encrypt v1', 32),
  );
  return { keys: { key, encryptionKey, randomBytes }, ephemeral: keyFile === undefined };
}

/** Writes through `fill` into `out`.tmp-…, then renames it to `out`; removes the temp on failure. */
export async function writeAtomically(
  out: string,
  fill: (write: (text: string) => Promise<void>) => Promise<void>,
): Promise<void> {
  const tmp = `${out}.tmp-${process.pid}-${Date.now()}`;
  const stream = createWriteStream(tmp, { encoding: 'utf8' });
  let buffered = '';
  const flush = async (): Promise<void> => {
    const chunk = buffered;
    buffered = '';
    if (!stream.write(chunk))
      await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  };
  try {
    await fill(async (text) => {
      buffered += text;
      if (buffered.length >= 1 << 20) await flush();
    });
    await flush();
    await new Promise<void>((resolve, reject) =>
      stream.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
    await rename(tmp, out);
  } catch (err) {
    stream.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
}
