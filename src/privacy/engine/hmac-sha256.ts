import { createHash } from 'node:crypto';

/*
 * HMAC-SHA-256 (RFC 2104 over FIPS 180-4) for masking, where one key signs millions of short
 * values. node:crypto's createHmac costs about 2 µs per value here, nearly all of it per-call
 * overhead: it builds an object, hashes the padded key twice and crosses into native code four
 * times. This keeps the SHA-256 states after the two key blocks, so a value of up to 55 bytes
 * costs two compressions in plain JavaScript and no allocation. The output is the standard MAC,
 * byte for byte (hmac-sha256.test.ts compares it with node:crypto).
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

const BLOCK = 64;

/** Compresses the 64-byte block at `bytes[at]` into `state`; `w` is scratch of 64 words. */
function compress(state: Int32Array, bytes: Uint8Array, at: number, w: Int32Array): void {
  for (let i = 0; i < 16; i++) {
    const j = at + i * 4;
    w[i] =
      ((bytes[j] ?? 0) << 24) |
      ((bytes[j + 1] ?? 0) << 16) |
      ((bytes[j + 2] ?? 0) << 8) |
      (bytes[j + 3] ?? 0);
  }
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15] ?? 0;
    const b = w[i - 2] ?? 0;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[i] = ((w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1) | 0;
  }
  let a = state[0] ?? 0;
  let b = state[1] ?? 0;
  let c = state[2] ?? 0;
  let d = state[3] ?? 0;
  let e = state[4] ?? 0;
  let f = state[5] ?? 0;
  let g = state[6] ?? 0;
  let h = state[7] ?? 0;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + S1 + ch + (K[i] ?? 0) + (w[i] ?? 0)) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = ((state[0] ?? 0) + a) | 0;
  state[1] = ((state[1] ?? 0) + b) | 0;
  state[2] = ((state[2] ?? 0) + c) | 0;
  state[3] = ((state[3] ?? 0) + d) | 0;
  state[4] = ((state[4] ?? 0) + e) | 0;
  state[5] = ((state[5] ?? 0) + f) | 0;
  state[6] = ((state[6] ?? 0) + g) | 0;
  state[7] = ((state[7] ?? 0) + h) | 0;
}

/**
 * Writes `text` as UTF-8 into `out` from `at` (lone surrogates become U+FFFD, as Buffer and
 * createHmac do); returns the end offset. `out` must hold 3 bytes per UTF-16 unit.
 */
function writeUtf8(text: string, out: Uint8Array, at: number): number {
  let p = at;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[p++] = c;
      continue;
    }
    if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 63);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        out[p++] = 0xf0 | (c >> 18);
        out[p++] = 0x80 | ((c >> 12) & 63);
        out[p++] = 0x80 | ((c >> 6) & 63);
        out[p++] = 0x80 | (c & 63);
        continue;
      }
      c = 0xfffd;
    }
    out[p++] = 0xe0 | (c >> 12);
    out[p++] = 0x80 | ((c >> 6) & 63);
    out[p++] = 0x80 | (c & 63);
  }
  return p;
}

/** HMAC-SHA-256 under one key, for many messages; not safe to share across threads (none is). */
export class HmacSha256 {
  private readonly inner = new Int32Array(8);
  private readonly outer = new Int32Array(8);
  private readonly state = new Int32Array(8);
  private readonly w = new Int32Array(64);
  private scratch = new Uint8Array(4 * BLOCK);
  private readonly mac = new Uint8Array(32);

  constructor(key: Uint8Array) {
    const block = new Uint8Array(BLOCK);
    block.set(key.length > BLOCK ? createHash('sha256').update(key).digest() : key);
    const pad = new Uint8Array(BLOCK);
    for (let i = 0; i < BLOCK; i++) pad[i] = (block[i] ?? 0) ^ 0x36;
    this.inner.set(INITIAL);
    compress(this.inner, pad, 0, this.w);
    for (let i = 0; i < BLOCK; i++) pad[i] = (block[i] ?? 0) ^ 0x5c;
    this.outer.set(INITIAL);
    compress(this.outer, pad, 0, this.w);
  }

  /**
   * The MAC of `message` (UTF-8). The returned bytes are overwritten by the next call: copy
   * them to keep them.
   */
  digest(message: string): Uint8Array {
    // Message, 0x80, zeros, 64-bit bit length: whole blocks after the key block.
    const need = message.length * 3 + 9 + BLOCK;
    if (this.scratch.length < need) this.scratch = new Uint8Array(need * 2);
    const bytes = this.scratch;
    const end = writeUtf8(message, bytes, 0);
    this.state.set(this.inner);
    this.finish(bytes, end, BLOCK + end);
    // Outer hash: the inner MAC as a 32-byte message after the opad block.
    const mac = this.mac;
    for (let i = 0; i < 8; i++) {
      const v = this.state[i] ?? 0;
      mac[i * 4] = v >>> 24;
      mac[i * 4 + 1] = (v >>> 16) & 255;
      mac[i * 4 + 2] = (v >>> 8) & 255;
      mac[i * 4 + 3] = v & 255;
    }
    bytes.set(mac, 0);
    this.state.set(this.outer);
    this.finish(bytes, 32, BLOCK + 32);
    for (let i = 0; i < 8; i++) {
      const v = this.state[i] ?? 0;
      mac[i * 4] = v >>> 24;
      mac[i * 4 + 1] = (v >>> 16) & 255;
      mac[i * 4 + 2] = (v >>> 8) & 255;
      mac[i * 4 + 3] = v & 255;
    }
    return mac;
  }

  /** The MAC of `message` as lower-case hex. */
  hex(message: string): string {
    const mac = this.digest(message);
    let out = '';
    for (let i = 0; i < mac.length; i++) out += HEX[mac[i] ?? 0] ?? '';
    return out;
  }

  /** Pads `bytes[0, end)` (a message `total` bytes into the hash) and compresses it into state. */
  private finish(bytes: Uint8Array, end: number, total: number): void {
    let p = end;
    bytes[p++] = 0x80;
    while (p % BLOCK !== 56) bytes[p++] = 0;
    const bits = total * 8;
    const high = Math.floor(bits / 0x100000000);
    bytes[p++] = high >>> 24;
    bytes[p++] = (high >>> 16) & 255;
    bytes[p++] = (high >>> 8) & 255;
    bytes[p++] = high & 255;
    bytes[p++] = bits >>> 24;
    bytes[p++] = (bits >>> 16) & 255;
    bytes[p++] = (bits >>> 8) & 255;
    bytes[p++] = bits & 255;
    for (let at = 0; at < p; at += BLOCK) compress(this.state, bytes, at, this.w);
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const byKey = new WeakMap<Uint8Array, HmacSha256>();

/** The {@link HmacSha256} of `key`, built once per key object. */
export function hmacFor(key: Uint8Array): HmacSha256 {
  let mac = byKey.get(key);
  if (mac === undefined) {
    mac = new HmacSha256(key);
    byKey.set(key, mac);
  }
  return mac;
}
