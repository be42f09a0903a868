import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
  EncryptedHeaderInvalid,
  EncryptedSegmentInvalid,
  EncryptedTrailingData,
  EncryptedTruncated,
} from './crypto.errors.js';
import {
  DEFAULT_SEGMENT_BYTES,
  encodeKeySlot,
  encodeStreamHeader,
  HEADER_BYTES,
  NONCE_PREFIX_BYTES,
  parseHeader,
  TAG_BYTES,
} from './blob-header.js';
import type { Kms } from './keyring.js';

export interface EncryptOptions {
  readonly kms: Kms;
  /** Plaintext bytes per segment (default 1 MiB). */
  readonly segmentBytes?: number;
}

const MAX_SEGMENTS = 0x1_0000_0000;

/**
 * Encrypts a byte stream into Rampart's segmented AES-256-GCM format: a 256-byte header, then
 * segments of `segmentBytes` plaintext + 16-byte tag, the last one flagged. Each blob gets a fresh
 * data key wrapped by the active KEK. Memory stays at about one segment whatever the input size.
 */
export async function* encryptStream(
  source: AsyncIterable<Uint8Array>,
  options: EncryptOptions,
): AsyncGenerator<Buffer> {
  const segmentBytes = options.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
  const streamHeader = encodeStreamHeader(segmentBytes, randomBytes(NONCE_PREFIX_BYTES));
  const dataKey = randomBytes(32);
  try {
    const slot = encodeKeySlot(await options.kms.wrapKey(dataKey, streamHeader));
    yield Buffer.concat([streamHeader, slot]);
    const seal = sealer(dataKey, streamHeader);
    const segment = Buffer.allocUnsafe(segmentBytes);
    let filled = 0;
    let index = 0;
    for await (const chunk of source) {
      let offset = 0;
      while (offset < chunk.byteLength) {
        if (filled === segmentBytes) {
          // A full segment is the last only if nothing follows; more bytes arrived, so it is not.
          yield* seal(segment, index++, false);
          filled = 0;
        }
        const n = Math.min(segmentBytes - filled, chunk.byteLength - offset);
        segment.set(chunk.subarray(offset, offset + n), filled);
        filled += n;
        offset += n;
      }
    }
    yield* seal(segment.subarray(0, filled), index, true);
  } finally {
    dataKey.fill(0);
  }
}

function sealer(key: Buffer, aad: Buffer) {
  return function* seal(plaintext: Buffer, index: number, isLast: boolean): Generator<Buffer> {
    if (index >= MAX_SEGMENTS) throw new RangeError('too many segments for one blob');
    const cipher = createCipheriv('aes-256-gcm', key, segmentNonce(aad, index, isLast));
    cipher.setAAD(aad);
    const body = cipher.update(plaintext);
    const tail = cipher.final();
    yield tail.length === 0 ? body : Buffer.concat([body, tail]);
    yield cipher.getAuthTag();
  };
}

/** nonce = prefix (7 bytes) ‖ segment counter (u32 big-endian) ‖ last-segment flag (1 byte). */
function segmentNonce(streamHeader: Buffer, index: number, isLast: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  streamHeader.copy(nonce, 0, 12, 12 + NONCE_PREFIX_BYTES);
  nonce.writeUInt32BE(index, NONCE_PREFIX_BYTES);
  nonce.writeUInt8(isLast ? 1 : 0, 11);
  return nonce;
}

export interface DecryptOptions {
  readonly kms: Kms;
}

/**
 * Decrypts Rampart's segmented format, yielding plaintext one verified segment at a time: a
 * segment's plaintext is released only after its tag checked out. Throws (as the iterator's
 * error) ENCRYPTED_HEADER_INVALID, ENCRYPTED_SEGMENT_INVALID (altered, reordered, dropped or
 * spliced segment), ENCRYPTED_TRUNCATED, ENCRYPTED_TRAILING_DATA, or the KMS's key errors.
 */
export async function* decryptStream(
  source: AsyncIterable<Uint8Array>,
  options: DecryptOptions,
): AsyncGenerator<Buffer> {
  const reader = new ChunkReader(source[Symbol.asyncIterator]());
  await reader.fill(HEADER_BYTES);
  if (reader.length < HEADER_BYTES) throw new EncryptedHeaderInvalid('shorter than 256 bytes');
  const header = parseHeader(reader.take(HEADER_BYTES));
  const dataKey = await options.kms.unwrapKey(header.kek, header.wrappedKey, header.streamHeader);
  try {
    const segmentCipherBytes = header.segmentBytes + TAG_BYTES;
    for (let index = 0; ; index++) {
      await reader.fill(segmentCipherBytes + 1);
      const isLast = reader.length <= segmentCipherBytes;
      const sealed = reader.take(segmentCipherBytes);
      if (sealed.length < TAG_BYTES) throw new EncryptedTruncated(index);
      const plain = open(dataKey, header.streamHeader, sealed, index, isLast);
      if (plain === undefined) {
        // Tell the cases apart only to name the fault; nothing of this segment is released.
        if (isLast && open(dataKey, header.streamHeader, sealed, index, false) !== undefined) {
          throw new EncryptedTruncated(index);
        }
        if (!isLast && open(dataKey, header.streamHeader, sealed, index, true) !== undefined) {
          throw new EncryptedTrailingData(index);
        }
        throw new EncryptedSegmentInvalid(index);
      }
      if (plain.length > 0) yield plain;
      if (isLast) return;
    }
  } finally {
    dataKey.fill(0);
    await reader.close();
  }
}

function open(
  key: Buffer,
  aad: Buffer,
  sealed: Buffer,
  index: number,
  isLast: boolean,
): Buffer | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, segmentNonce(aad, index, isLast));
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const body = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
    const tail = decipher.final();
    return tail.length === 0 ? body : Buffer.concat([body, tail]);
  } catch {
    // The tag did not verify: the caller reports the fault; the unverified bytes are dropped.
    return undefined;
  }
}

/** Pulls chunks from an iterator and hands out exact-size pieces, holding only what it needs. */
class ChunkReader {
  private chunks: (Buffer | undefined)[] = [];
  // Index of the first unread chunk: shifting a long array per chunk would be quadratic.
  private head = 0;
  length = 0;
  private ended = false;

  constructor(private readonly iterator: AsyncIterator<Uint8Array>) {}

  /** Reads until at least `n` bytes are buffered or the source ends. */
  async fill(n: number): Promise<void> {
    while (this.length < n && !this.ended) {
      const next = await this.iterator.next();
      if (next.done === true) {
        this.ended = true;
      } else if (next.value.byteLength > 0) {
        const v = next.value;
        this.chunks.push(
          Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength),
        );
        this.length += v.byteLength;
      }
    }
  }

  /** Removes and returns up to `n` bytes. */
  take(n: number): Buffer {
    const size = Math.min(n, this.length);
    const first = this.chunks[this.head];
    let out: Buffer;
    if (first !== undefined && first.length >= size) {
      out = first.subarray(0, size);
      this.consume(first, size);
    } else {
      out = Buffer.allocUnsafe(size);
      let filled = 0;
      while (filled < size) {
        const chunk = this.chunks[this.head];
        if (chunk === undefined) break;
        const part = Math.min(chunk.length, size - filled);
        chunk.copy(out, filled, 0, part);
        filled += part;
        this.consume(chunk, part);
      }
    }
    this.length -= size;
    if (this.head > 64) {
      this.chunks = this.chunks.slice(this.head);
      this.head = 0;
    }
    return out;
  }

  private consume(chunk: Buffer, bytes: number): void {
    // Drop the reference at once: a consumed chunk must not outlive its segment.
    if (bytes === chunk.length) this.chunks[this.head++] = undefined;
    else this.chunks[this.head] = chunk.subarray(bytes);
  }

  async close(): Promise<void> {
    if (!this.ended) await this.iterator.return?.();
  }
}
