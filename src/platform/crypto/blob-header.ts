import { EncryptedHeaderInvalid } from './crypto.errors.js';
import type { KekRef, Kms, WrappedKey } from './keyring.js';

/**
 * The 256-byte header of an encrypted blob (docs/formats/encrypted-blob.md):
 *
 * - bytes 0–31, the *stream header*, authenticated as AAD of every segment and of the key wrap:
 *   magic `RMPE`, format version 1, reserved 0, header length (u16), segment size (u32),
 *   nonce prefix (7 random bytes), 13 reserved zero bytes;
 * - bytes 32–255, the *key slot*: KEK id length + id (≤ 64 bytes, zero padded), KEK version
 *   (u32), wrapped data key length + bytes, zero padding. Rewrap replaces only the key slot, so
 *   segment bodies never change; the slot is authenticated by the wrap (id and version are its AAD).
 */
export const HEADER_BYTES = 256;
export const STREAM_HEADER_BYTES = 32;
export const FORMAT_VERSION = 1;
export const NONCE_PREFIX_BYTES = 7;
export const TAG_BYTES = 16;
export const DEFAULT_SEGMENT_BYTES = 1024 * 1024;
/** Bounds accepted on read: a hostile header cannot make us allocate more than 64 MiB a segment. */
export const MAX_SEGMENT_BYTES = 64 * 1024 * 1024;
const MAGIC = Buffer.from('RMPE', 'ascii');
const MAX_KEK_ID_BYTES = 64;
const SLOT_KEK_ID = 33;
const SLOT_VERSION = SLOT_KEK_ID + MAX_KEK_ID_BYTES;
const SLOT_WRAPPED_LEN = SLOT_VERSION + 4;
const SLOT_WRAPPED = SLOT_WRAPPED_LEN + 1;
const MAX_WRAPPED_BYTES = HEADER_BYTES - SLOT_WRAPPED;

export interface BlobHeader {
  /** Bytes 0–31: the AAD of every segment. */
  readonly streamHeader: Buffer;
  readonly segmentBytes: number;
  readonly noncePrefix: Buffer;
  readonly kek: KekRef;
  readonly wrappedKey: Buffer;
}

/** Builds the stream header (bytes 0–31) for a new blob. */
export function encodeStreamHeader(segmentBytes: number, noncePrefix: Buffer): Buffer {
  if (!Number.isInteger(segmentBytes) || segmentBytes < 1 || segmentBytes > MAX_SEGMENT_BYTES) {
    throw new RangeError(`segment size must be 1..${MAX_SEGMENT_BYTES} bytes`);
  }
  const out = Buffer.alloc(STREAM_HEADER_BYTES);
  MAGIC.copy(out, 0);
  out.writeUInt8(FORMAT_VERSION, 4);
  out.writeUInt16BE(HEADER_BYTES, 6);
  out.writeUInt32BE(segmentBytes, 8);
  noncePrefix.copy(out, 12, 0, NONCE_PREFIX_BYTES);
  return out;
}

/** Bytes 32–255: the key slot holding the wrapped data key and the KEK that wrapped it. */
export function encodeKeySlot(wrapped: WrappedKey): Buffer {
  const id = Buffer.from(wrapped.ref.kekId, 'utf8');
  if (id.length < 1 || id.length > MAX_KEK_ID_BYTES)
    throw new RangeError('KEK id must be 1..64 bytes');
  if (wrapped.wrapped.length > MAX_WRAPPED_BYTES) throw new RangeError('wrapped key too long');
  const slot = Buffer.alloc(HEADER_BYTES - STREAM_HEADER_BYTES);
  const at = (offset: number) => offset - STREAM_HEADER_BYTES;
  slot.writeUInt8(id.length, at(32));
  id.copy(slot, at(SLOT_KEK_ID));
  slot.writeUInt32BE(wrapped.ref.version, at(SLOT_VERSION));
  slot.writeUInt8(wrapped.wrapped.length, at(SLOT_WRAPPED_LEN));
  wrapped.wrapped.copy(slot, at(SLOT_WRAPPED));
  return slot;
}

/** Parses and checks a 256-byte header; throws ENCRYPTED_HEADER_INVALID. */
export function parseHeader(bytes: Buffer): BlobHeader {
  if (bytes.length < HEADER_BYTES) throw new EncryptedHeaderInvalid('shorter than 256 bytes');
  if (!bytes.subarray(0, 4).equals(MAGIC)) throw new EncryptedHeaderInvalid('wrong magic');
  if (bytes.readUInt8(4) !== FORMAT_VERSION) {
    throw new EncryptedHeaderInvalid(`unknown format version ${bytes.readUInt8(4)}`);
  }
  if (bytes.readUInt16BE(6) !== HEADER_BYTES)
    throw new EncryptedHeaderInvalid('wrong header length');
  const segmentBytes = bytes.readUInt32BE(8);
  if (segmentBytes < 1 || segmentBytes > MAX_SEGMENT_BYTES) {
    throw new EncryptedHeaderInvalid(`segment size ${segmentBytes} out of range`);
  }
  const idLength = bytes.readUInt8(32);
  const wrappedLength = bytes.readUInt8(SLOT_WRAPPED_LEN);
  if (idLength < 1 || idLength > MAX_KEK_ID_BYTES || wrappedLength > MAX_WRAPPED_BYTES) {
    throw new EncryptedHeaderInvalid('key slot lengths out of range');
  }
  // Every unused byte must be zero, so that no bit of the header goes unchecked.
  if (!isZero(bytes.subarray(5, 6)) || !isZero(bytes.subarray(19, 32))) {
    throw new EncryptedHeaderInvalid('reserved bytes are not zero');
  }
  if (
    !isZero(bytes.subarray(SLOT_KEK_ID + idLength, SLOT_VERSION)) ||
    !isZero(bytes.subarray(SLOT_WRAPPED + wrappedLength, HEADER_BYTES))
  ) {
    throw new EncryptedHeaderInvalid('key slot padding is not zero');
  }
  return {
    streamHeader: Buffer.from(bytes.subarray(0, STREAM_HEADER_BYTES)),
    segmentBytes,
    noncePrefix: Buffer.from(bytes.subarray(12, 12 + NONCE_PREFIX_BYTES)),
    kek: {
      kekId: bytes.subarray(SLOT_KEK_ID, SLOT_KEK_ID + idLength).toString('utf8'),
      version: bytes.readUInt32BE(SLOT_VERSION),
    },
    wrappedKey: Buffer.from(bytes.subarray(SLOT_WRAPPED, SLOT_WRAPPED + wrappedLength)),
  };
}

/**
 * A header whose data key is wrapped under the KMS's active KEK, or undefined when it already is
 * (so rewrapping twice is a no-op). Only bytes 32–255 change.
 */
export async function rewrapHeader(bytes: Buffer, kms: Kms): Promise<Buffer | undefined> {
  const header = parseHeader(bytes);
  const active = kms.active();
  if (header.kek.kekId === active.kekId && header.kek.version === active.version) return undefined;
  const dataKey = await kms.unwrapKey(header.kek, header.wrappedKey, header.streamHeader);
  try {
    const slot = encodeKeySlot(await kms.wrapKey(dataKey, header.streamHeader));
    return Buffer.concat([header.streamHeader, slot]);
  } finally {
    dataKey.fill(0);
  }
}

function isZero(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0) return false;
  return true;
}
