/**
 * A bounded bzip2 decompressor (format as in bzip2 1.0.8's decompress.c): Huffman + MTF +
 * inverse BWT + run-length decoding. CRCs are not checked (the scanner reads tolerantly, as a
 * lenient loader would). Output stops at `maxOut` bytes. Throws Bzip2Error on corrupt data.
 */
export class Bzip2Error extends Error {}

const MAX_GROUPS = 6;
const MAX_ALPHA = 258;
const MAX_CODE_LEN = 20;
const GROUP_SIZE = 50;

class BitReader {
  private pos = 0;
  private bit = 0;
  constructor(private readonly data: Uint8Array) {}
  bits(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) {
      if (this.pos >= this.data.length) throw new Bzip2Error('unexpected end of data');
      v = (v << 1) | ((this.data[this.pos]! >> (7 - this.bit)) & 1);
      if (++this.bit === 8) {
        this.bit = 0;
        this.pos++;
      }
    }
    return v >>> 0;
  }
  get atEnd(): boolean {
    return this.pos >= this.data.length;
  }
  alignToByte(): void {
    if (this.bit !== 0) {
      this.bit = 0;
      this.pos++;
    }
  }
}

interface Table {
  limit: Int32Array;
  base: Int32Array;
  perm: Int32Array;
  minLen: number;
}

function makeTable(lengths: Uint8Array, alphaSize: number): Table {
  let minLen = 32;
  let maxLen = 0;
  for (let i = 0; i < alphaSize; i++) {
    minLen = Math.min(minLen, lengths[i]!);
    maxLen = Math.max(maxLen, lengths[i]!);
  }
  const perm = new Int32Array(MAX_ALPHA);
  const base = new Int32Array(MAX_CODE_LEN + 2);
  const limit = new Int32Array(MAX_CODE_LEN + 2).fill(-1);
  let pp = 0;
  for (let i = minLen; i <= maxLen; i++)
    for (let j = 0; j < alphaSize; j++) if (lengths[j] === i) perm[pp++] = j;
  for (let i = 0; i < alphaSize; i++) base[lengths[i]! + 1]!++;
  for (let i = 1; i < base.length; i++) base[i]! += base[i - 1]!;
  let vec = 0;
  for (let i = minLen; i <= maxLen; i++) {
    vec += base[i + 1]! - base[i]!;
    limit[i] = vec - 1;
    vec <<= 1;
  }
  for (let i = minLen + 1; i <= maxLen; i++) base[i] = ((limit[i - 1]! + 1) << 1) - base[i]!;
  return { limit, base, perm, minLen };
}

function decodeSymbol(br: BitReader, t: Table): number {
  let n = t.minLen;
  let v = br.bits(n);
  while (n <= MAX_CODE_LEN && v > t.limit[n]!) {
    n++;
    v = (v << 1) | br.bits(1);
  }
  if (n > MAX_CODE_LEN) throw new Bzip2Error('bad Huffman code');
  const idx = v - t.base[n]!;
  if (idx < 0 || idx >= MAX_ALPHA) throw new Bzip2Error('bad Huffman code');
  return t.perm[idx]!;
}

/** Reads one block; returns the BWT-decoded, run-length-encoded bytes (before RLE1 undo). */
function readBlock(br: BitReader, blockMax: number): Uint8Array {
  br.bits(32); // block CRC
  if (br.bits(1) === 1) throw new Bzip2Error('randomised blocks are not supported');
  const origPtr = br.bits(24);
  const used16 = br.bits(16);
  const seqToUnseq: number[] = [];
  for (let i = 0; i < 16; i++) {
    if ((used16 & (0x8000 >> i)) === 0) continue;
    const bits = br.bits(16);
    for (let j = 0; j < 16; j++) if ((bits & (0x8000 >> j)) !== 0) seqToUnseq.push(i * 16 + j);
  }
  if (seqToUnseq.length === 0) throw new Bzip2Error('empty symbol map');
  const alphaSize = seqToUnseq.length + 2;
  const nGroups = br.bits(3);
  const nSelectors = br.bits(15);
  if (nGroups < 2 || nGroups > MAX_GROUPS || nSelectors < 1)
    throw new Bzip2Error('bad group or selector count');
  const mtfGroups = Array.from({ length: nGroups }, (_, i) => i);
  const selectors = new Uint8Array(nSelectors);
  for (let i = 0; i < nSelectors; i++) {
    let j = 0;
    while (br.bits(1) === 1) if (++j >= nGroups) throw new Bzip2Error('bad selector');
    const v = mtfGroups.splice(j, 1)[0]!;
    mtfGroups.unshift(v);
    selectors[i] = v;
  }
  const tables: Table[] = [];
  for (let g = 0; g < nGroups; g++) {
    const lengths = new Uint8Array(alphaSize);
    let len = br.bits(5);
    for (let s = 0; s < alphaSize; s++) {
      for (;;) {
        if (len < 1 || len > MAX_CODE_LEN) throw new Bzip2Error('bad code length');
        if (br.bits(1) === 0) break;
        len += br.bits(1) === 0 ? 1 : -1;
      }
      lengths[s] = len;
    }
    tables.push(makeTable(lengths, alphaSize));
  }
  const eob = alphaSize - 1;
  const mtf = seqToUnseq.map((_, i) => i);
  const tt = new Uint32Array(blockMax);
  const counts = new Int32Array(256);
  let n = 0;
  let group = 0;
  let left = 0;
  let run = 0;
  let runBit = 1;
  for (;;) {
    if (left === 0) {
      if (group >= nSelectors) throw new Bzip2Error('ran out of selectors');
      left = GROUP_SIZE;
      group++;
    }
    left--;
    const sym = decodeSymbol(br, tables[selectors[group - 1]!]!);
    if (sym <= 1) {
      run += (sym + 1) * runBit;
      runBit <<= 1;
      if (run > blockMax) throw new Bzip2Error('run exceeds block size');
      continue;
    }
    if (run > 0) {
      if (n + run > blockMax) throw new Bzip2Error('block too long');
      const b = seqToUnseq[mtf[0]!]!;
      counts[b]! += run;
      tt.fill(b, n, n + run);
      n += run;
      run = 0;
      runBit = 1;
    }
    if (sym === eob) break;
    const idx = sym - 1;
    if (idx >= mtf.length) throw new Bzip2Error('bad MTF index');
    const v = mtf.splice(idx, 1)[0]!;
    mtf.unshift(v);
    if (n >= blockMax) throw new Bzip2Error('block too long');
    const b = seqToUnseq[v]!;
    counts[b]!++;
    tt[n++] = b;
  }
  if (origPtr >= n) throw new Bzip2Error('bad origin pointer');
  const cftab = new Int32Array(256);
  for (let i = 1; i < 256; i++) cftab[i] = cftab[i - 1]! + counts[i - 1]!;
  for (let i = 0; i < n; i++) {
    const b = tt[i]! & 0xff;
    tt[cftab[b]!]! |= i << 8;
    cftab[b]!++;
  }
  const out = new Uint8Array(n);
  let p = tt[origPtr]! >>> 8;
  for (let i = 0; i < n; i++) {
    const e = tt[p]!;
    out[i] = e & 0xff;
    p = e >>> 8;
  }
  return out;
}

/** Growable output bounded at `max` bytes; `exceeded` is set when more was offered. */
class Sink {
  buf = new Uint8Array(1 << 16);
  length = 0;
  exceeded = false;
  constructor(private readonly max: number) {}
  push(b: number): void {
    if (this.length >= this.max) {
      this.exceeded = true;
      return;
    }
    if (this.length === this.buf.length) {
      const next = new Uint8Array(Math.min(this.max, this.buf.length * 2));
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = b;
  }
}

/** Decompresses a (possibly multi-stream) bzip2 buffer, holding at most `maxOut` bytes. */
export function bunzip2(
  data: Uint8Array,
  maxOut: number,
): { bytes: Uint8Array; exceeded: boolean } {
  const sink = new Sink(maxOut);
  const br = new BitReader(data);
  const emit = (block: Uint8Array): void => {
    // Undo the initial run-length encoding: four equal bytes are followed by a repeat count.
    let last = -1;
    let same = 0;
    for (let i = 0; i < block.length && !sink.exceeded; i++) {
      const b = block[i]!;
      if (same === 4) {
        for (let k = 0; k < b; k++) sink.push(last);
        same = 0;
        continue;
      }
      sink.push(b);
      same = b === last ? same + 1 : 1;
      last = b;
    }
  };
  let streams = 0;
  while (!br.atEnd && !sink.exceeded) {
    if (br.bits(8) !== 0x42 || br.bits(8) !== 0x5a || br.bits(8) !== 0x68) {
      if (streams > 0) break; // trailing garbage after a complete stream
      throw new Bzip2Error('not a bzip2 stream');
    }
    const level = br.bits(8) - 0x30;
    if (level < 1 || level > 9) throw new Bzip2Error('bad block size');
    for (;;) {
      const hi = br.bits(24);
      const lo = br.bits(24);
      if (hi === 0x314159 && lo === 0x265359) {
        emit(readBlock(br, level * 100_000));
        if (sink.exceeded) break;
      } else if (hi === 0x177245 && lo === 0x385090) {
        br.bits(32); // stream CRC
        br.alignToByte();
        break;
      } else throw new Bzip2Error('bad block magic');
    }
    streams++;
  }
  return { bytes: sink.buf.slice(0, sink.length), exceeded: sink.exceeded };
}
