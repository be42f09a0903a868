import { sliceSource, type ByteSource } from '../byte-source.js';
import { addFinding, type ScanContext } from '../context.js';

/** Bytes per element of each safetensors dtype; sub-byte types are checked by bits. */
const DTYPE_BITS: Readonly<Record<string, number>> = {
  BOOL: 8,
  U8: 8,
  I8: 8,
  F8_E4M3: 8,
  F8_E5M2: 8,
  F8_E8M0: 8,
  U16: 16,
  I16: 16,
  F16: 16,
  BF16: 16,
  U32: 32,
  I32: 32,
  F32: 32,
  U64: 64,
  I64: 64,
  F64: 64,
  C64: 64,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
};

/** Problems in a parsed safetensors header, in the safetensors library's own terms. */
export function checkSafetensorsHeader(
  header: unknown,
  dataLength: number,
): { problems: string[]; end: number } {
  const problems: string[] = [];
  if (typeof header !== 'object' || header === null || Array.isArray(header))
    return { problems: ['header is not a JSON object'], end: 0 };
  const ranges: [number, number, string][] = [];
  for (const [name, value] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (
        typeof value !== 'object' ||
        value === null ||
        Array.isArray(value) ||
        !Object.values(value).every((v) => typeof v === 'string')
      ) {
        problems.push('__metadata__ must map strings to strings');
      }
      continue;
    }
    const t = value as { dtype?: unknown; shape?: unknown; data_offsets?: unknown } | null;
    if (typeof t !== 'object' || t === null) {
      problems.push(`tensor ${name} is not an object`);
      continue;
    }
    // The safetensors library refuses any dtype outside its enum, so an unknown one is crafted.
    const bits = typeof t.dtype === 'string' ? DTYPE_BITS[t.dtype] : undefined;
    if (bits === undefined)
      problems.push(`tensor ${name} has unknown dtype ${JSON.stringify(t.dtype)}`);
    const shape = t.shape;
    const offsets = t.data_offsets;
    if (
      !Array.isArray(shape) ||
      !shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)
    ) {
      problems.push(`tensor ${name} has an invalid shape`);
      continue;
    }
    if (
      !Array.isArray(offsets) ||
      offsets.length !== 2 ||
      !offsets.every((o) => Number.isSafeInteger(o) && (o as number) >= 0)
    ) {
      problems.push(`tensor ${name} has invalid data_offsets`);
      continue;
    }
    const [start, end] = offsets as [number, number];
    if (end < start) {
      problems.push(`tensor ${name} ends before it starts`);
      continue;
    }
    if (end > dataLength)
      problems.push(`tensor ${name} runs past the end of the file (${end} > ${dataLength})`);
    const elements = (shape as number[]).reduce((a, b) => a * b, 1);
    if (
      bits !== undefined &&
      Number.isSafeInteger(elements) &&
      Math.ceil((elements * bits) / 8) !== end - start
    ) {
      problems.push(
        `tensor ${name} spans ${end - start} bytes but its shape and dtype need ${Math.ceil((elements * bits) / 8)}`,
      );
    }
    ranges.push([start, end, name]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let cursor = 0;
  for (const [start, end, name] of ranges) {
    if (start < cursor) problems.push(`tensor ${name} overlaps another tensor`);
    else if (start > cursor)
      problems.push(`a gap of ${start - cursor} bytes precedes tensor ${name}`);
    cursor = Math.max(cursor, end);
  }
  return { problems, end: cursor };
}

/** Scans a safetensors file: header only (8-byte length + JSON); tensor bytes are never read. */
export async function scanSafetensors(
  source: ByteSource,
  ctx: ScanContext,
  scanTrailing: (s: ByteSource) => Promise<void>,
): Promise<void> {
  const head = await source.read(0, 8);
  const n =
    head.length === 8
      ? Number(new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true))
      : -1;
  if (n < 2 || n > ctx.limits.maxHeaderBytes || 8 + n > source.size) {
    addFinding(ctx, 'safetensors.invalid-header', {
      offset: 0,
      message: `The header length ${n} does not fit the file (${source.size} bytes) or the limit.`,
    });
    return;
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(await source.read(8, n));
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch {
    addFinding(ctx, 'safetensors.invalid-header', {
      offset: 8,
      message: 'The header is not valid JSON.',
    });
    return;
  }
  const dataStart = 8 + n;
  const dataLength = source.size - dataStart;
  const { problems, end } = checkSafetensorsHeader(header, dataLength);
  for (const p of problems.slice(0, 20))
    addFinding(ctx, 'safetensors.invalid-header', {
      offset: 8,
      message: `The header is inconsistent: ${p}.`,
    });
  if (problems.length === 0 && end < dataLength) {
    addFinding(ctx, 'safetensors.trailing-data', {
      offset: dataStart + end,
      message: `${dataLength - end} bytes follow the last tensor; a different loader may read them.`,
    });
    await scanTrailing(sliceSource(source, dataStart + end, dataLength - end));
  }
}
