import { ScanFormatMalformed } from '../../scanning.errors.js';
import type { ByteSource } from '../byte-source.js';

/** One member as the central directory (or, failing that, its local header) describes it. */
export interface ZipEntry {
  readonly name: string;
  /** Name written in the local header, when it differs from the central one. */
  readonly localName?: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Absolute offset of the member's data in the source. */
  readonly dataOffset: number;
  readonly isDirectory: boolean;
}

export interface ZipListing {
  readonly entries: readonly ZipEntry[];
  /** Bytes before the first member (a prepended payload) and after the end record. */
  readonly prefix: { readonly start: number; readonly end: number };
  readonly suffix: { readonly start: number; readonly end: number };
  /** True when there were more entries than `maxEntries`. */
  readonly truncated: boolean;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const LOC64 = 0x07064b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;
const utf8 = new TextDecoder('utf-8');

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

function u64(dv: DataView, at: number): number {
  return Number(dv.getBigUint64(at, true));
}

/** Finds the end-of-central-directory record; undefined when the source is not a zip. */
export async function findEndRecord(source: ByteSource): Promise<number | undefined> {
  const tailLen = Math.min(source.size, 22 + 0xffff);
  const tailStart = source.size - tailLen;
  const tail = await source.read(tailStart, tailLen);
  const dv = view(tail);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail[i] === 0x50 && dv.getUint32(i, true) === EOCD) {
      const commentLen = dv.getUint16(i + 20, true);
      // Tolerate trailing bytes after the comment (a pickle appended to a zip), like Python does.
      if (i + 22 + commentLen <= tail.length) return tailStart + i;
    }
  }
  return undefined;
}

/**
 * Lists a zip from its central directory, read tolerantly as PyTorch and Python do: CRCs and
 * flag bits are ignored, prepended data shifts offsets, ZIP64 records are honoured. Only
 * headers are read. Throws SCAN_FORMAT_MALFORMED when the directory cannot be parsed.
 */
export async function listZip(
  source: ByteSource,
  eocdAt: number,
  maxEntries: number,
): Promise<ZipListing> {
  const eocd = view(await source.read(eocdAt, 22));
  if (eocd.byteLength < 22) throw new ScanFormatMalformed('zip', 'end record truncated', eocdAt);
  let count = eocd.getUint16(10, true);
  let cdSize = eocd.getUint32(12, true);
  let cdOffset = eocd.getUint32(16, true);
  const commentLen = eocd.getUint16(20, true);
  let cdEnd = eocdAt;
  if (eocdAt >= 20 && (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)) {
    const loc = view(await source.read(eocdAt - 20, 20));
    if (loc.getUint32(0, true) === LOC64) {
      const at = u64(loc, 8);
      const rec = view(await source.read(at, 56));
      if (rec.byteLength === 56 && rec.getUint32(0, true) === EOCD64) {
        count = u64(rec, 32);
        cdSize = u64(rec, 40);
        cdOffset = u64(rec, 48);
        cdEnd = at;
      }
    }
  }
  // Python's zipfile: bytes prepended to the archive shift every offset by `concat`.
  const concat = Math.max(0, cdEnd - cdSize - cdOffset);
  const cdStart = cdOffset + concat;
  if (cdStart + cdSize > source.size)
    throw new ScanFormatMalformed('zip', 'central directory runs past the end', cdStart);
  const cd = await source.read(cdStart, cdSize);
  const dv = view(cd);
  const entries: ZipEntry[] = [];
  let pos = 0;
  let truncated = false;
  let firstData = cdStart;
  for (let i = 0; i < count && pos + 46 <= cd.length; i++) {
    if (entries.length >= maxEntries) {
      truncated = true;
      break;
    }
    if (dv.getUint32(pos, true) !== CEN)
      throw new ScanFormatMalformed('zip', 'bad central directory entry', cdStart + pos);
    const method = dv.getUint16(pos + 10, true);
    let csize = dv.getUint32(pos + 20, true);
    let usize = dv.getUint32(pos + 24, true);
    const nameLen = dv.getUint16(pos + 28, true);
    const extraLen = dv.getUint16(pos + 30, true);
    const cmtLen = dv.getUint16(pos + 32, true);
    let local = dv.getUint32(pos + 42, true);
    if (pos + 46 + nameLen + extraLen > cd.length)
      throw new ScanFormatMalformed('zip', 'central directory entry truncated', cdStart + pos);
    const name = utf8.decode(cd.subarray(pos + 46, pos + 46 + nameLen));
    // ZIP64 extended information extra field (APPNOTE 4.5.3).
    let ex = pos + 46 + nameLen;
    const exEnd = ex + extraLen;
    while (ex + 4 <= exEnd) {
      const id = dv.getUint16(ex, true);
      const len = dv.getUint16(ex + 2, true);
      if (id === 0x0001) {
        let f = ex + 4;
        if (usize === 0xffffffff && f + 8 <= ex + 4 + len) {
          usize = u64(dv, f);
          f += 8;
        }
        if (csize === 0xffffffff && f + 8 <= ex + 4 + len) {
          csize = u64(dv, f);
          f += 8;
        }
        if (local === 0xffffffff && f + 8 <= ex + 4 + len) local = u64(dv, f);
      }
      ex += 4 + len;
    }
    pos = exEnd + cmtLen;
    const localAt = local + concat;
    const lh = view(await source.read(localAt, 30));
    if (lh.byteLength < 30 || lh.getUint32(0, true) !== LOC)
      throw new ScanFormatMalformed('zip', `member ${name} has no local header`, localAt);
    const lNameLen = lh.getUint16(26, true);
    const lExtraLen = lh.getUint16(28, true);
    const localName = utf8.decode(await source.read(localAt + 30, lNameLen));
    const dataOffset = localAt + 30 + lNameLen + lExtraLen;
    firstData = Math.min(firstData, localAt);
    entries.push({
      name,
      ...(localName === name ? {} : { localName }),
      method,
      compressedSize: Math.max(0, Math.min(csize, source.size - dataOffset)),
      uncompressedSize: usize,
      dataOffset,
      isDirectory: name.endsWith('/'),
    });
  }
  return {
    entries,
    prefix: { start: 0, end: Math.min(firstData, cdStart) },
    suffix: { start: Math.min(source.size, eocdAt + 22 + commentLen), end: source.size },
    truncated,
  };
}
