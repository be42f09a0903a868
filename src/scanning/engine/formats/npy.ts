import { ScanFormatMalformed } from '../../scanning.errors.js';
import { sliceSource, type ByteSource } from '../byte-source.js';
import { addFinding, type ScanContext } from '../context.js';
import { scanPickleSource } from '../pickle/pickle-scanner.js';

export interface NpyHeader {
  readonly descr: string;
  readonly isObject: boolean;
  readonly dataOffset: number;
}

const latin1 = new TextDecoder('latin1');

/** True when a NumPy dtype description contains the object type (`O`), possibly in a struct. */
export function isObjectDescr(descr: string): boolean {
  return /(^|['"\s(,[])[<>|=]?O\d*(['"\s),\]]|$)/.test(descr);
}

/** Parses an `.npy` header (format versions 1–3). Throws SCAN_FORMAT_MALFORMED. */
export async function readNpyHeader(
  source: ByteSource,
  maxHeaderBytes: number,
): Promise<NpyHeader> {
  const head = await source.read(0, 12);
  if (head.length < 10 || latin1.decode(head.subarray(0, 6)) !== '\x93NUMPY')
    throw new ScanFormatMalformed('npy', 'missing magic');
  const major = head[6]!;
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let len: number;
  let start: number;
  if (major === 1) {
    len = dv.getUint16(8, true);
    start = 10;
  } else if ((major === 2 || major === 3) && head.length >= 12) {
    len = dv.getUint32(8, true);
    start = 12;
  } else {
    throw new ScanFormatMalformed('npy', `unsupported version ${major}`, 6);
  }
  if (len > maxHeaderBytes || start + len > source.size)
    throw new ScanFormatMalformed('npy', 'header length runs past the end', 8);
  const text = latin1.decode(await source.read(start, len));
  const m = /['"]descr['"]\s*:\s*('[^']*'|"[^"]*"|\[.*?\](?=\s*,\s*['"]))/s.exec(text);
  if (m?.[1] === undefined) throw new ScanFormatMalformed('npy', 'header has no descr', start);
  return { descr: m[1], isObject: isObjectDescr(m[1]), dataOffset: start + len };
}

/** Scans an `.npy`: numeric arrays are clean without reading the data; object arrays are pickles. */
export async function scanNpy(source: ByteSource, ctx: ScanContext): Promise<void> {
  const header = await readNpyHeader(source, ctx.limits.maxHeaderBytes);
  if (!header.isObject) return;
  addFinding(ctx, 'npy.object-array', {
    offset: header.dataOffset,
    symbol: header.descr,
    message: `The array dtype ${header.descr} stores Python objects; its body is a pickle that numpy.load(allow_pickle=True) runs.`,
  });
  await scanPickleSource(
    sliceSource(source, header.dataOffset, source.size - header.dataOffset),
    ctx,
  );
}
