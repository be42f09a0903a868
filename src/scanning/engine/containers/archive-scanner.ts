import { isAppError } from '../../../platform/errors/app-error.js';
import { bufferSource, sliceSource, type ByteSource } from '../byte-source.js';
import { addFinding, enterMember, type ScanContext } from '../context.js';
import { SNIFF_BYTES, sniff } from '../sniff.js';
import { ScanFormatMalformed, ScanLimitExceeded } from '../../scanning.errors.js';
import { Bzip2Error, bunzip2 } from './bzip2.js';
import { inflateBounded } from './inflate.js';
import { LzmaError, unlzmaZip } from './lzma.js';
import { listTar } from './tar-reader.js';
import { listZip, type ZipEntry } from './zip-reader.js';

/** Scans one member source recursively; supplied by the dispatcher (avoids an import cycle). */
export type ScanMember = (source: ByteSource, ctx: ScanContext, name: string) => Promise<string>;

const MiB = 1024 * 1024;

/** True when an archive member name is absolute or climbs out of the extraction folder. */
export function isTraversalName(name: string): boolean {
  const p = name.replace(/\\/g, '/');
  return p.startsWith('/') || /^[a-zA-Z]:/.test(p) || p.split('/').includes('..');
}

function zipKind(names: readonly string[]): string {
  const base = names.map((n) => n.split('/').pop() ?? n);
  if (
    base.includes('constants.pkl') ||
    names.some((n) => /(^|\/)code\//.test(n) && n.endsWith('.py'))
  )
    return 'torchscript';
  if (
    base.includes('data.pkl') ||
    names.some((n) => n.endsWith('.pkl') && names.some((m) => /(^|\/)(version|byteorder)$/.test(m)))
  )
    return 'pytorch-zip';
  if (
    names.includes('config.json') &&
    (names.includes('metadata.json') || names.some((n) => n.endsWith('.weights.h5')))
  )
    return 'keras-v3';
  const files = names.filter((n) => !n.endsWith('/'));
  if (files.length > 0 && files.every((n) => n.endsWith('.npy'))) return 'numpy-npz';
  return 'zip';
}

async function scanLoose(
  source: ByteSource,
  ctx: ScanContext,
  label: string,
  scan: ScanMember,
): Promise<void> {
  if (source.size === 0) return;
  const prefix = await source.read(0, SNIFF_BYTES);
  const kind = sniff(prefix, source.size, label);
  if (kind === 'unknown') {
    addFinding(ctx, 'archive.hidden-data', {
      message: `${source.size} bytes sit ${label} and belong to no member.`,
    });
    return;
  }
  await scan(source, enterMember(ctx, label), label);
}

/** Scans every member of a zip whose content is a scannable format; tensor payloads are skipped. */
export async function scanZip(
  source: ByteSource,
  eocdAt: number,
  ctx: ScanContext,
  scan: ScanMember,
  options: { skipLoose?: boolean } = {},
): Promise<string> {
  const listing = await listZip(source, eocdAt, ctx.limits.maxEntries);
  if (listing.truncated)
    addFinding(ctx, 'archive.limit', {
      message: `The archive has more than ${ctx.limits.maxEntries} entries; the rest were not scanned.`,
    });
  const { prefix, suffix } = listing;
  // With skipLoose the caller has already scanned the bytes around the zip as a pickle.
  if (options.skipLoose !== true) {
    if (prefix.end > prefix.start)
      await scanLoose(
        sliceSource(source, prefix.start, prefix.end - prefix.start),
        ctx,
        'before the zip',
        scan,
      );
    if (suffix.end > suffix.start)
      await scanLoose(
        sliceSource(source, suffix.start, suffix.end - suffix.start),
        ctx,
        'after the zip',
        scan,
      );
  }
  const kind = zipKind(listing.entries.map((e) => e.name));
  const declared = listing.entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (
    declared > ctx.limits.maxTotalBytes &&
    declared / Math.max(1, source.size) > ctx.limits.maxRatio
  ) {
    addFinding(ctx, 'archive.bomb', {
      message: `Members declare ${declared} bytes from a ${source.size}-byte archive.`,
    });
    return kind;
  }
  const starts = new Map<number, string>();
  for (const entry of listing.entries) {
    const other = starts.get(entry.dataOffset);
    if (other !== undefined) {
      addFinding(ctx, 'archive.bomb', {
        offset: entry.dataOffset,
        message: `Members ${other} and ${entry.name} share the same data (overlapping entries).`,
      });
      return kind;
    }
    starts.set(entry.dataOffset, entry.name);
  }
  for (const entry of listing.entries) {
    if (entry.isDirectory) continue;
    // Keras 3 reads only arrays from its weights file; code can only come from config.json.
    if (kind === 'keras-v3' && entry.name.endsWith('.h5')) continue;
    await scanZipEntry(source, entry, ctx, scan);
  }
  return kind;
}

async function scanZipEntry(
  source: ByteSource,
  entry: ZipEntry,
  ctx: ScanContext,
  scan: ScanMember,
): Promise<void> {
  for (const n of [entry.name, entry.localName].filter((x): x is string => x !== undefined)) {
    if (isTraversalName(n))
      addFinding(ctx, 'archive.path-traversal', {
        symbol: n,
        offset: entry.dataOffset,
        message: `Member name "${n}" escapes the extraction folder.`,
      });
  }
  if (entry.localName !== undefined) {
    addFinding(ctx, 'archive.hidden-data', {
      symbol: entry.localName,
      offset: entry.dataOffset,
      message: `The local header names the member "${entry.localName}" but the central directory names it "${entry.name}".`,
    });
  }
  const raw = sliceSource(source, entry.dataOffset, entry.compressedSize);
  const child = enterMember(ctx, entry.name);
  try {
    if (entry.method === 0) {
      const prefix = await raw.read(0, SNIFF_BYTES);
      if (sniff(prefix, raw.size, entry.name) === 'unknown') return;
      await scan(raw, child, entry.name);
      return;
    }
    if (entry.method === 12 || entry.method === 14) {
      // bzip2 and LZMA members: Python's zipfile writes them and numpy.load reads them.
      if (entry.compressedSize > ctx.limits.maxMemberBytes)
        throw new ScanLimitExceeded(
          'maxMemberBytes',
          entry.compressedSize,
          ctx.limits.maxMemberBytes,
        );
      const room = Math.min(ctx.limits.maxMemberBytes, ctx.budget.remainingBytes);
      let out: { bytes: Uint8Array; exceeded: boolean };
      try {
        const packed = await raw.read(0, raw.size);
        out =
          entry.method === 12
            ? bunzip2(packed, room)
            : unlzmaZip(packed, room, entry.uncompressedSize);
      } catch (err) {
        if (!(err instanceof Bzip2Error) && !(err instanceof LzmaError)) throw err;
        throw new ScanFormatMalformed(
          entry.method === 12 ? 'bzip2' : 'lzma',
          err.message,
          entry.dataOffset,
        );
      }
      if (out.exceeded) {
        addFinding(child, 'archive.bomb', {
          message: `Member inflates past ${room} bytes although it declares ${entry.uncompressedSize}.`,
        });
        return;
      }
      ctx.budget.remainingBytes -= out.bytes.length;
      if (sniff(out.bytes.subarray(0, SNIFF_BYTES), out.bytes.length, entry.name) !== 'unknown')
        await scan(bufferSource(out.bytes), child, entry.name);
      return;
    }
    if (entry.method !== 8) {
      addFinding(child, 'format.unsupported-compression', {
        message: `Member uses compression method ${entry.method}, which the scanner cannot read.`,
      });
      return;
    }
    const room = Math.min(ctx.limits.maxMemberBytes, ctx.budget.remainingBytes);
    if (
      entry.uncompressedSize > room ||
      (entry.uncompressedSize > 10 * MiB &&
        entry.uncompressedSize / Math.max(1, entry.compressedSize) > ctx.limits.maxRatio)
    ) {
      addFinding(child, 'archive.bomb', {
        message: `Member declares ${entry.uncompressedSize} bytes from ${entry.compressedSize} compressed bytes.`,
      });
      return;
    }
    const head = await inflateBounded('deflate', raw, { maxOut: room, stopAfter: SNIFF_BYTES });
    if (sniff(head.bytes, entry.uncompressedSize, entry.name) === 'unknown') return;
    const full = await inflateBounded('deflate', raw, { maxOut: room });
    if (full.exceeded) {
      addFinding(child, 'archive.bomb', {
        message: `Member inflates past ${room} bytes although it declares ${entry.uncompressedSize}.`,
      });
      return;
    }
    ctx.budget.remainingBytes -= full.bytes.length;
    if (full.error !== undefined)
      addFinding(child, 'archive.unreadable-member', {
        message: `The compressed data is corrupt (${full.error}); only the readable part was scanned.`,
      });
    await scan(bufferSource(full.bytes), child, entry.name);
  } catch (err) {
    if (!isAppError(err)) throw err;
    addFinding(child, 'archive.unreadable-member', {
      message: `The member could not be read: ${err.message}`,
    });
  }
}

/** Scans every regular member of a tar archive by content. */
export async function scanTar(
  source: ByteSource,
  ctx: ScanContext,
  scan: ScanMember,
): Promise<string> {
  const { entries, truncated } = await listTar(source, ctx.limits.maxEntries);
  if (truncated)
    addFinding(ctx, 'archive.limit', {
      message: `The archive has more than ${ctx.limits.maxEntries} entries; the rest were not scanned.`,
    });
  for (const e of entries) {
    if (isTraversalName(e.name) || (e.linkTarget !== undefined && isTraversalName(e.linkTarget))) {
      addFinding(ctx, 'archive.path-traversal', {
        symbol: e.linkTarget ?? e.name,
        offset: e.dataOffset,
        message: `Member "${e.name}"${e.linkTarget === undefined ? '' : ` links to "${e.linkTarget}" and`} escapes the extraction folder.`,
      });
    }
    if (e.kind !== 'file') continue;
    const member = sliceSource(source, e.dataOffset, e.size);
    const prefix = await member.read(0, SNIFF_BYTES);
    if (sniff(prefix, member.size, e.name) === 'unknown') continue;
    const child = enterMember(ctx, e.name);
    try {
      await scan(member, child, e.name);
    } catch (err) {
      if (!isAppError(err)) throw err;
      addFinding(child, 'archive.unreadable-member', {
        message: `The member could not be read: ${err.message}`,
      });
    }
  }
  const names = new Set(entries.map((e) => e.name.split('/').pop()));
  return names.has('sys_info') && names.has('pickle') ? 'pytorch-legacy-tar' : 'tar';
}
