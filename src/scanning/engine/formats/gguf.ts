import type { ByteSource } from '../byte-source.js';
import { addFinding, type ScanContext } from '../context.js';
import { checkChatTemplate } from './chat-template.js';

/** Raised inside the reader when the header is inconsistent; becomes a `gguf.invalid-header` finding. */
class GgufProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Sequential reader over a source, fetching 1 MiB windows, bounded by `maxBytes`. */
class Cursor {
  pos = 0;
  private buf: Uint8Array = new Uint8Array(0);
  private bufStart = 0;
  /** GGUF is little-endian unless the version reads byte-swapped (big-endian builds). */
  littleEndian = true;
  constructor(
    private readonly source: ByteSource,
    private readonly maxBytes: number,
  ) {}

  async bytes(n: number): Promise<Uint8Array> {
    if (n < 0 || this.pos + n > this.source.size)
      throw new GgufProblem(`a field of ${n} bytes runs past the end of the file`, this.pos);
    if (this.pos + n > this.maxBytes)
      throw new GgufProblem(
        `the metadata is larger than the ${this.maxBytes}-byte limit`,
        this.pos,
      );
    if (this.pos < this.bufStart || this.pos + n > this.bufStart + this.buf.length) {
      this.bufStart = this.pos;
      this.buf = await this.source.read(this.pos, Math.max(n, 1 << 20));
    }
    const out = this.buf.subarray(this.pos - this.bufStart, this.pos - this.bufStart + n);
    this.pos += n;
    return out;
  }
  async u32(): Promise<number> {
    const b = await this.bytes(4);
    return new DataView(b.buffer, b.byteOffset, 4).getUint32(0, this.littleEndian);
  }
  async u64(): Promise<number> {
    const b = await this.bytes(8);
    const v = new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0, this.littleEndian);
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
      throw new GgufProblem(`a count of ${v} is impossibly large`, this.pos - 8);
    return Number(v);
  }
  async str(version: number): Promise<string> {
    const len = version === 1 ? await this.u32() : await this.u64();
    return new TextDecoder('utf-8').decode(await this.bytes(len));
  }
}

const SCALAR_SIZES: Readonly<Record<number, number>> = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8,
};
const GGML_TYPE_COUNT = 42;
const MAX_COUNT = 10_000_000;

async function readValue(
  c: Cursor,
  type: number,
  version: number,
  depth: number,
): Promise<unknown> {
  const size = SCALAR_SIZES[type];
  if (size !== undefined) {
    const b = await c.bytes(size);
    const dv = new DataView(b.buffer, b.byteOffset, size);
    if (type === 10 || type === 11)
      return Number(
        type === 10 ? dv.getBigUint64(0, c.littleEndian) : dv.getBigInt64(0, c.littleEndian),
      );
    return type === 0
      ? dv.getUint8(0)
      : type === 2
        ? dv.getUint16(0, c.littleEndian)
        : type === 4
          ? dv.getUint32(0, c.littleEndian)
          : type === 5
            ? dv.getInt32(0, c.littleEndian)
            : undefined;
  }
  if (type === 8) return c.str(version);
  if (type === 9) {
    if (depth > 2) throw new GgufProblem('arrays are nested too deeply', c.pos);
    const itemType = await c.u32();
    const count = version === 1 ? await c.u32() : await c.u64();
    if (count > MAX_COUNT) throw new GgufProblem(`an array claims ${count} items`, c.pos);
    const itemSize = SCALAR_SIZES[itemType];
    if (itemSize !== undefined) await c.bytes(count * itemSize);
    else for (let i = 0; i < count; i++) await readValue(c, itemType, version, depth + 1);
    return { arrayLength: count };
  }
  throw new GgufProblem(`unknown metadata value type ${type}`, c.pos - 4);
}

/**
 * Token tables of different lengths make llama.cpp read past the shorter one. (Special token
 * ids past the table are only a warning there, so they are not flagged.)
 */
function checkVocabulary(arrays: ReadonlyMap<string, number>): void {
  const tokens = arrays.get('tokenizer.ggml.tokens');
  if (tokens === undefined) return;
  for (const key of ['tokenizer.ggml.scores', 'tokenizer.ggml.token_type']) {
    const n = arrays.get(key);
    if (n !== undefined && n !== tokens)
      throw new GgufProblem(`${key} has ${n} entries for ${tokens} tokens`, 0);
  }
}

/** Scans a GGUF file's header: counts, metadata types, tensor infos, and chat templates. */
export async function scanGguf(source: ByteSource, ctx: ScanContext): Promise<void> {
  const c = new Cursor(source, ctx.limits.maxHeaderBytes);
  try {
    await c.bytes(4);
    let version = await c.u32();
    if (
      version > 0xffff &&
      ((version >>> 24) & 0xff) >= 1 &&
      ((version >>> 24) & 0xff) <= 3 &&
      (version & 0xffffff) === 0
    ) {
      c.littleEndian = false;
      version >>>= 24;
    }
    if (version < 1 || version > 3) throw new GgufProblem(`unsupported version ${version}`, 4);
    const nTensors = version === 1 ? await c.u32() : await c.u64();
    const nKv = version === 1 ? await c.u32() : await c.u64();
    if (nTensors > MAX_COUNT || nKv > MAX_COUNT)
      throw new GgufProblem(`the header claims ${nTensors} tensors and ${nKv} metadata keys`, 8);
    const keys = new Set<string>();
    const arrays = new Map<string, number>();
    let alignment = 32;
    for (let i = 0; i < nKv; i++) {
      const keyAt = c.pos;
      const key = await c.str(version);
      if (keys.has(key)) throw new GgufProblem(`metadata key ${key} appears twice`, keyAt);
      keys.add(key);
      const type = await c.u32();
      const value = await readValue(c, type, version, 0);
      if (key === 'general.alignment' && typeof value === 'number') alignment = value;
      if (typeof value === 'object' && value !== null)
        arrays.set(key, (value as { arrayLength: number }).arrayLength);
      if (key.startsWith('tokenizer.chat_template') && typeof value === 'string')
        checkTemplate(ctx, key, value, keyAt);
    }
    checkVocabulary(arrays);
    if (alignment === 0 || (alignment & (alignment - 1)) !== 0)
      throw new GgufProblem(`general.alignment ${alignment} is not a power of two`, 0);
    const names = new Set<string>();
    const infos: { name: string; offset: number; at: number }[] = [];
    for (let i = 0; i < nTensors; i++) {
      const at = c.pos;
      const name = await c.str(version);
      if (names.has(name)) throw new GgufProblem(`tensor ${name} appears twice`, at);
      names.add(name);
      const nDims = await c.u32();
      if (nDims < 1 || nDims > 4)
        throw new GgufProblem(`tensor ${name} has ${nDims} dimensions (1–4 allowed)`, at);
      let elements = 1;
      for (let d = 0; d < nDims; d++) elements *= await c.u64();
      if (!Number.isSafeInteger(elements))
        throw new GgufProblem(`tensor ${name} has an overflowing element count`, at);
      const type = await c.u32();
      if (type >= GGML_TYPE_COUNT)
        throw new GgufProblem(`tensor ${name} has unknown type ${type}`, at);
      const offset = await c.u64();
      if (offset % alignment !== 0)
        throw new GgufProblem(`tensor ${name} offset ${offset} is not aligned to ${alignment}`, at);
      infos.push({ name, offset, at });
    }
    const dataStart = Math.ceil(c.pos / alignment) * alignment;
    for (const t of infos) {
      if (dataStart + t.offset > source.size)
        throw new GgufProblem(`tensor ${t.name} starts past the end of the file`, t.at);
    }
  } catch (err) {
    if (!(err instanceof GgufProblem)) throw err;
    addFinding(ctx, 'gguf.invalid-header', {
      offset: err.offset,
      message: `The GGUF header is inconsistent: ${err.message}.`,
    });
  }
}

/** Reports a chat template that reaches Python internals (or looks odd). */
export function checkTemplate(
  ctx: ScanContext,
  key: string,
  template: string,
  offset?: number,
): void {
  const verdict = checkChatTemplate(template);
  const at = offset === undefined ? {} : { offset };
  if (verdict.code.length > 0) {
    addFinding(ctx, 'gguf.template-code', {
      ...at,
      symbol: key,
      message: `The chat template ${key} ${verdict.code.join('; ')}: rendering it can run code.`,
    });
  } else if (verdict.suspicious.length > 0) {
    addFinding(ctx, 'gguf.template-suspicious', {
      ...at,
      symbol: key,
      message: `The chat template ${key} ${verdict.suspicious.join('; ')}.`,
    });
  }
}
