/**
 * A bounded LZMA / LZMA2 / .xz decompressor after the LZMA SDK's reference decoder
 * (LzmaSpec.cpp) and the .xz file format 1.1.0. Output is held in one buffer (the dictionary
 * window is the output itself) and stops at `maxOut` bytes. Checksums are not verified.
 * Throws LzmaError on corrupt or unsupported data.
 */
export class LzmaError extends Error {}

const PROB_INIT = 1024;

class Output {
  buf = new Uint8Array(1 << 16);
  pos = 0;
  exceeded = false;
  constructor(readonly max: number) {}
  put(b: number): void {
    if (this.pos >= this.max) {
      this.exceeded = true;
      return;
    }
    if (this.pos === this.buf.length) {
      const next = new Uint8Array(Math.min(this.max, this.buf.length * 2));
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.pos++] = b;
  }
  /** The byte `dist` positions back (1 = last byte). */
  back(dist: number): number {
    if (dist > this.pos || dist < 1) throw new LzmaError('match distance before the start of data');
    return this.buf[this.pos - dist]!;
  }
}

class RangeDecoder {
  range = 0xffffffff;
  code = 0;
  constructor(
    private readonly data: Uint8Array,
    public pos: number,
    readonly end: number,
  ) {
    if (this.byte() !== 0) throw new LzmaError('bad range coder start');
    for (let i = 0; i < 4; i++) this.code = ((this.code << 8) | this.byte()) >>> 0;
    if (this.code === this.range) throw new LzmaError('bad range coder start');
  }
  private byte(): number {
    if (this.pos >= this.end) throw new LzmaError('unexpected end of data');
    return this.data[this.pos++]!;
  }
  private normalize(): void {
    if (this.range < 0x1000000) {
      this.range = (this.range << 8) >>> 0;
      this.code = ((this.code << 8) | this.byte()) >>> 0;
    }
  }
  direct(n: number): number {
    let res = 0;
    for (let i = 0; i < n; i++) {
      this.range >>>= 1;
      let bit = 0;
      if (this.code >= this.range) {
        this.code = (this.code - this.range) >>> 0;
        bit = 1;
      }
      this.normalize();
      res = ((res << 1) | bit) >>> 0;
    }
    return res;
  }
  bit(probs: Uint16Array, i: number): number {
    const v = probs[i]!;
    const bound = (this.range >>> 11) * v;
    let b: number;
    if (this.code < bound) {
      probs[i] = v + ((2048 - v) >>> 5);
      this.range = bound >>> 0;
      b = 0;
    } else {
      probs[i] = v - (v >>> 5);
      this.code = (this.code - bound) >>> 0;
      this.range = (this.range - bound) >>> 0;
      b = 1;
    }
    this.normalize();
    return b;
  }
  tree(probs: Uint16Array, base: number, bits: number): number {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | this.bit(probs, base + m);
    return m - (1 << bits);
  }
  reverse(probs: Uint16Array, base: number, bits: number): number {
    let m = 1;
    let sym = 0;
    for (let i = 0; i < bits; i++) {
      const b = this.bit(probs, base + m);
      m = (m << 1) | b;
      sym |= b << i;
    }
    return sym;
  }
}

/** Probability model and state of one LZMA decoder (kept across LZMA2 chunks). */
class LzmaState {
  lc = 0;
  lp = 0;
  pb = 0;
  literal = new Uint16Array(0);
  // isMatch(192) isRep(12) isRepG0(12) isRepG1(12) isRepG2(12) isRep0Long(192) posSlot(4*64) pos(115) align(16) len(514) repLen(514)
  probs = new Uint16Array(192 + 12 * 4 + 192 + 256 + 115 + 16 + 514 * 2);
  state = 0;
  reps = [0, 0, 0, 0];

  setProps(props: number): void {
    if (props >= 9 * 5 * 5) throw new LzmaError('bad LZMA properties');
    this.lc = props % 9;
    this.lp = Math.floor(props / 9) % 5;
    this.pb = Math.floor(props / 45);
    if (this.lc + this.lp > 12) throw new LzmaError('bad LZMA properties');
  }
  reset(): void {
    this.literal = new Uint16Array(0x300 << (this.lc + this.lp)).fill(PROB_INIT);
    this.probs.fill(PROB_INIT);
    this.state = 0;
    this.reps = [0, 0, 0, 0];
  }
}

const IS_MATCH = 0;
const IS_REP = 192;
const IS_REP_G0 = 204;
const IS_REP_G1 = 216;
const IS_REP_G2 = 228;
const IS_REP0_LONG = 240;
const POS_SLOT = 432;
const POS = 688;
const ALIGN = 803;
const LEN = 819;
const REP_LEN = 1333;

function decodeLen(rc: RangeDecoder, p: Uint16Array, base: number, posState: number): number {
  // choice(1) choice2(1) low(16*8) mid(16*8) high(256)
  if (rc.bit(p, base) === 0) return rc.tree(p, base + 2 + posState * 8, 3);
  if (rc.bit(p, base + 1) === 0) return 8 + rc.tree(p, base + 2 + 128 + posState * 8, 3);
  return 16 + rc.tree(p, base + 2 + 256, 8);
}

/**
 * Decodes LZMA data into `out`. `size` is the exact output length, or -1 when an end marker
 * ends the stream.
 */
function decodeLzma(rc: RangeDecoder, s: LzmaState, out: Output, size: number): void {
  const p = s.probs;
  const target = size < 0 ? Number.POSITIVE_INFINITY : out.pos + size;
  while (out.pos < target && !out.exceeded) {
    const posState = out.pos & ((1 << s.pb) - 1);
    if (rc.bit(p, IS_MATCH + (s.state << 4) + posState) === 0) {
      const prev = out.pos > 0 ? out.back(1) : 0;
      const litState = ((out.pos & ((1 << s.lp) - 1)) << s.lc) + (prev >>> (8 - s.lc));
      const base = 0x300 * litState;
      let sym = 1;
      if (s.state >= 7) {
        let match = out.back(s.reps[0]! + 1);
        while (sym < 0x100) {
          const mb = (match >>> 7) & 1;
          match <<= 1;
          const b = rc.bit(s.literal, base + ((1 + mb) << 8) + sym);
          sym = (sym << 1) | b;
          if (mb !== b) break;
        }
      }
      while (sym < 0x100) sym = (sym << 1) | rc.bit(s.literal, base + sym);
      out.put(sym - 0x100);
      s.state = s.state < 4 ? 0 : s.state < 10 ? s.state - 3 : s.state - 6;
      continue;
    }
    let len: number;
    if (rc.bit(p, IS_REP + s.state) !== 0) {
      if (out.pos === 0) throw new LzmaError('repeat match at the start of data');
      if (rc.bit(p, IS_REP_G0 + s.state) === 0) {
        if (rc.bit(p, IS_REP0_LONG + (s.state << 4) + posState) === 0) {
          s.state = s.state < 7 ? 9 : 11;
          out.put(out.back(s.reps[0]! + 1));
          continue;
        }
      } else {
        let dist: number;
        if (rc.bit(p, IS_REP_G1 + s.state) === 0) dist = s.reps[1]!;
        else {
          if (rc.bit(p, IS_REP_G2 + s.state) === 0) dist = s.reps[2]!;
          else {
            dist = s.reps[3]!;
            s.reps[3] = s.reps[2]!;
          }
          s.reps[2] = s.reps[1]!;
        }
        s.reps[1] = s.reps[0]!;
        s.reps[0] = dist;
      }
      len = decodeLen(rc, p, REP_LEN, posState);
      s.state = s.state < 7 ? 8 : 11;
    } else {
      s.reps[3] = s.reps[2]!;
      s.reps[2] = s.reps[1]!;
      s.reps[1] = s.reps[0]!;
      len = decodeLen(rc, p, LEN, posState);
      s.state = s.state < 7 ? 7 : 10;
      const slot = rc.tree(p, POS_SLOT + Math.min(len, 3) * 64, 6);
      let dist: number;
      if (slot < 4) dist = slot;
      else {
        const direct = (slot >>> 1) - 1;
        dist = ((2 | (slot & 1)) << direct) >>> 0;
        if (slot < 14) dist += rc.reverse(p, POS + dist - slot, direct);
        else dist = (dist + ((rc.direct(direct - 4) << 4) >>> 0) + rc.reverse(p, ALIGN, 4)) >>> 0;
      }
      if (dist === 0xffffffff) {
        if (size < 0) return; // end marker
        throw new LzmaError('unexpected end marker');
      }
      s.reps[0] = dist;
    }
    len += 2;
    const dist = s.reps[0]! + 1;
    if (dist > out.pos) throw new LzmaError('match distance before the start of data');
    for (let i = 0; i < len && out.pos < target && !out.exceeded; i++) out.put(out.back(dist));
  }
}

/** `.lzma` (LZMA-alone): 13-byte header, then one LZMA stream. */
export function unlzmaAlone(
  data: Uint8Array,
  maxOut: number,
): { bytes: Uint8Array; exceeded: boolean } {
  if (data.length < 13) throw new LzmaError('header truncated');
  const s = new LzmaState();
  s.setProps(data[0]!);
  s.reset();
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const sizeLo = dv.getUint32(5, true);
  const sizeHi = dv.getUint32(9, true);
  const size = sizeLo === 0xffffffff && sizeHi === 0xffffffff ? -1 : sizeHi * 0x100000000 + sizeLo;
  const out = new Output(maxOut);
  decodeLzma(new RangeDecoder(data, 13, data.length), s, out, size);
  return { bytes: out.buf.slice(0, out.pos), exceeded: out.exceeded };
}

/** Raw LZMA as stored in zip method 14: 2-byte version, 2-byte props size, props, stream. */
export function unlzmaZip(
  data: Uint8Array,
  maxOut: number,
  size: number,
): { bytes: Uint8Array; exceeded: boolean } {
  if (data.length < 9) throw new LzmaError('header truncated');
  const propsSize = data[2]! | (data[3]! << 8);
  if (propsSize < 5 || 4 + propsSize > data.length) throw new LzmaError('bad properties size');
  const s = new LzmaState();
  s.setProps(data[4]!);
  s.reset();
  const out = new Output(maxOut);
  decodeLzma(new RangeDecoder(data, 4 + propsSize, data.length), s, out, size);
  return { bytes: out.buf.slice(0, out.pos), exceeded: out.exceeded };
}

function decodeLzma2(
  data: Uint8Array,
  start: number,
  end: number,
  s: LzmaState,
  out: Output,
): number {
  let pos = start;
  let needProps = true;
  for (;;) {
    if (pos >= end) throw new LzmaError('LZMA2 data truncated');
    const control = data[pos++]!;
    if (control === 0) return pos;
    if (pos + 2 > end) throw new LzmaError('LZMA2 chunk truncated');
    if (control === 1 || control === 2) {
      const n = ((data[pos]! << 8) | data[pos + 1]!) + 1;
      pos += 2;
      if (pos + n > end) throw new LzmaError('LZMA2 chunk truncated');
      for (let i = 0; i < n && !out.exceeded; i++) out.put(data[pos + i]!);
      pos += n;
    } else if (control >= 0x80) {
      if (pos + 4 > end) throw new LzmaError('LZMA2 chunk truncated');
      const unpacked = ((control & 0x1f) << 16) + ((data[pos]! << 8) | data[pos + 1]!) + 1;
      const packed = ((data[pos + 2]! << 8) | data[pos + 3]!) + 1;
      pos += 4;
      const reset = (control >>> 5) & 3;
      if (reset >= 2) {
        if (pos >= end) throw new LzmaError('LZMA2 chunk truncated');
        s.setProps(data[pos++]!);
        needProps = false;
      } else if (needProps) throw new LzmaError('LZMA2 chunk without properties');
      if (reset >= 1) s.reset();
      if (pos + packed > end) throw new LzmaError('LZMA2 chunk truncated');
      decodeLzma(new RangeDecoder(data, pos, pos + packed), s, out, unpacked);
      pos += packed;
    } else throw new LzmaError(`bad LZMA2 control byte ${control}`);
    if (out.exceeded) return pos;
  }
}

function varint(data: Uint8Array, at: { pos: number }): number {
  let v = 0;
  for (let i = 0; i < 9; i++) {
    const b = data[at.pos++];
    if (b === undefined) throw new LzmaError('varint truncated');
    v += (b & 0x7f) * 2 ** (7 * i);
    if ((b & 0x80) === 0) return v;
  }
  throw new LzmaError('varint too long');
}

const CHECK_SIZES = [0, 4, 4, 4, 8, 8, 8, 16, 16, 16, 32, 32, 32, 64, 64, 64];

/** `.xz`: the first stream's blocks, LZMA2 filter only. */
export function unxz(data: Uint8Array, maxOut: number): { bytes: Uint8Array; exceeded: boolean } {
  if (
    data.length < 12 ||
    data[0] !== 0xfd ||
    data[1] !== 0x37 ||
    data[2] !== 0x7a ||
    data[3] !== 0x58 ||
    data[4] !== 0x5a ||
    data[5] !== 0
  ) {
    throw new LzmaError('not an xz stream');
  }
  const checkSize = CHECK_SIZES[data[7]! & 0x0f]!;
  const out = new Output(maxOut);
  const s = new LzmaState();
  let pos = 12;
  while (!out.exceeded) {
    if (pos >= data.length) throw new LzmaError('xz stream truncated');
    const hb = data[pos]!;
    if (hb === 0) break; // index: no more blocks
    const headerEnd = pos + (hb + 1) * 4;
    if (headerEnd > data.length) throw new LzmaError('block header truncated');
    const flags = data[pos + 1]!;
    const at = { pos: pos + 2 };
    if ((flags & 0x40) !== 0) varint(data, at);
    if ((flags & 0x80) !== 0) varint(data, at);
    const filters = (flags & 3) + 1;
    for (let f = 0; f < filters; f++) {
      const id = varint(data, at);
      const propsSize = varint(data, at);
      if (id !== 0x21 || f !== filters - 1) throw new LzmaError(`xz filter ${id} is not supported`);
      at.pos += propsSize;
    }
    if (at.pos > headerEnd) throw new LzmaError('block header overflows');
    const dataEnd = decodeLzma2(data, headerEnd, data.length, s, out);
    pos = dataEnd + ((4 - ((dataEnd - 12) % 4)) % 4) + checkSize;
  }
  return { bytes: out.buf.slice(0, out.pos), exceeded: out.exceeded };
}
