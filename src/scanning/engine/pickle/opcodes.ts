/**
 * Pickle opcode reader (protocols 0–5, as in CPython's Lib/pickle.py). Reads one opcode and its
 * argument; it never executes anything. Errors are `PickleDecodeError` (internal; the scanner
 * turns them into findings or typed AppErrors).
 */

/** Why a pickle stream stopped decoding. `truncated` means the bytes ended mid-opcode. */
export class PickleDecodeError extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
    readonly truncated: boolean,
  ) {
    super(`${reason} at byte ${offset}`);
    this.name = 'PickleDecodeError';
  }
}

export type OpArg =
  | { readonly t: 'none' }
  | { readonly t: 'int'; readonly v: number }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'bytes'; readonly v: Uint8Array }
  | { readonly t: 'lines'; readonly a: string; readonly b: string };

export interface Op {
  readonly code: number;
  readonly offset: number;
  readonly arg: OpArg;
  /** Offset of the next opcode. */
  readonly next: number;
}

const NONE: OpArg = { t: 'none' };
const MAX_LINE = 1 << 20;
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** Opcodes with no argument. */
const NO_ARG = new Set(
  [
    '(',
    '.',
    '0',
    '1',
    '2',
    'N',
    'Q',
    'R',
    'a',
    'b',
    'd',
    '}',
    'e',
    'l',
    ']',
    'o',
    's',
    't',
    ')',
    'u',
  ]
    .map((c) => c.charCodeAt(0))
    .concat([0x81, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x97, 0x98]),
);

/** Human name of an opcode byte, for messages. */
export function opName(code: number): string {
  return code >= 0x20 && code < 0x7f ? `'${String.fromCharCode(code)}'` : `0x${code.toString(16)}`;
}

function need(buf: Uint8Array, pos: number, n: number): void {
  if (pos + n > buf.length) throw new PickleDecodeError('unexpected end of data', pos, true);
}

function u32(buf: Uint8Array, pos: number): number {
  need(buf, pos, 4);
  return (buf[pos]! | (buf[pos + 1]! << 8) | (buf[pos + 2]! << 16)) + buf[pos + 3]! * 0x1000000;
}

function u64(buf: Uint8Array, pos: number): number {
  const lo = u32(buf, pos);
  const hi = u32(buf, pos + 4);
  // Lengths past 2^53 cannot exist in memory; treat them as running past the end.
  if (hi >= 0x200000) throw new PickleDecodeError('length too large', pos, true);
  return hi * 0x100000000 + lo;
}

function readLine(buf: Uint8Array, pos: number): [string, number] {
  const end = Math.min(buf.length, pos + MAX_LINE);
  for (let i = pos; i < end; i++) {
    if (buf[i] === 0x0a) return [latin1.decode(buf.subarray(pos, i)), i + 1];
  }
  if (end - pos >= MAX_LINE) throw new PickleDecodeError('line too long', pos, false);
  throw new PickleDecodeError('unterminated line', pos, true);
}

function counted(buf: Uint8Array, pos: number, len: number): [Uint8Array, number] {
  if (len < 0) throw new PickleDecodeError('negative length', pos, false);
  need(buf, pos, len);
  return [buf.subarray(pos, pos + len), pos + len];
}

/** Decodes a Python `repr()` string literal as written by protocol 0 STRING. */
export function decodeReprString(line: string, offset: number): string {
  const q = line[0];
  if (line.length < 2 || (q !== "'" && q !== '"') || line[line.length - 1] !== q) {
    throw new PickleDecodeError('STRING argument is not quoted', offset, false);
  }
  return decodeEscapes(line.slice(1, -1));
}

/** Resolves backslash escapes (\\n, \\xNN, \\uNNNN, \\UNNNNNNNN, octal) in a Python literal. */
export function decodeEscapes(s: string): string {
  return s.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)/gs,
    (_m, e: string) => {
      const c = e[0]!;
      if ((c === 'x' || c === 'u' || c === 'U') && e.length > 1)
        return String.fromCodePoint(parseInt(e.slice(1), 16) % 0x110000);
      if (c >= '0' && c <= '7') return String.fromCharCode(parseInt(e, 8));
      const simple: Record<string, string> = {
        n: '\n',
        t: '\t',
        r: '\r',
        '0': '\0',
        a: '\x07',
        b: '\b',
        f: '\f',
        v: '\v',
      };
      return simple[c] ?? c;
    },
  );
}

function twoLines(buf: Uint8Array, pos: number): [OpArg, number] {
  const [a, p1] = readLine(buf, pos);
  const [b, p2] = readLine(buf, p1);
  return [{ t: 'lines', a, b }, p2];
}

/** Reads the opcode at `pos`. Throws PickleDecodeError on an unknown opcode or short data. */
export function readOp(buf: Uint8Array, pos: number): Op {
  need(buf, pos, 1);
  const code = buf[pos]!;
  const p = pos + 1;
  if (NO_ARG.has(code)) return { code, offset: pos, arg: NONE, next: p };
  let arg: OpArg;
  let next: number;
  switch (code) {
    case 0x80: // PROTO
    case 0x4b: // BININT1
    case 0x68: // BINGET
    case 0x71: // BINPUT
    case 0x82: // EXT1
      need(buf, p, 1);
      return { code, offset: pos, arg: { t: 'int', v: buf[p]! }, next: p + 1 };
    case 0x4d: // BININT2
    case 0x83: // EXT2
      need(buf, p, 2);
      return { code, offset: pos, arg: { t: 'int', v: buf[p]! | (buf[p + 1]! << 8) }, next: p + 2 };
    case 0x4a: // BININT
    case 0x84: // EXT4
    case 0x6a: // LONG_BINGET
    case 0x72: // LONG_BINPUT
      return { code, offset: pos, arg: { t: 'int', v: u32(buf, p) }, next: p + 4 };
    case 0x95: // FRAME
      return { code, offset: pos, arg: { t: 'int', v: u64(buf, p) }, next: p + 8 };
    case 0x47: // BINFLOAT
      need(buf, p, 8);
      return { code, offset: pos, arg: NONE, next: p + 8 };
    case 0x8a: // LONG1
      need(buf, p, 1);
      [, next] = counted(buf, p + 1, buf[p]!);
      return { code, offset: pos, arg: NONE, next };
    case 0x8b: // LONG4
      [, next] = counted(buf, p + 4, u32(buf, p) | 0);
      return { code, offset: pos, arg: NONE, next };
    case 0x49: // INT
    case 0x4c: // LONG
    case 0x46: // FLOAT
    case 0x67: // GET
    case 0x70: // PUT
    case 0x50: {
      // PERSID
      const [line, n] = readLine(buf, p);
      return { code, offset: pos, arg: { t: 'str', v: line }, next: n };
    }
    case 0x53: {
      // STRING
      const [line, n] = readLine(buf, p);
      return {
        code,
        offset: pos,
        arg: { t: 'str', v: decodeReprString(line.trimEnd(), pos) },
        next: n,
      };
    }
    case 0x56: {
      // UNICODE (raw-unicode-escape)
      const [line, n] = readLine(buf, p);
      const v = line.replace(
        /\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g,
        (_m, a?: string, b?: string) =>
          String.fromCodePoint(parseInt(a ?? b ?? '0', 16) % 0x110000),
      );
      return { code, offset: pos, arg: { t: 'str', v }, next: n };
    }
    case 0x63: // GLOBAL
    case 0x69: // INST
      [arg, next] = twoLines(buf, p);
      return { code, offset: pos, arg, next };
    case 0x54: // BINSTRING
    case 0x58: // BINUNICODE
    case 0x42: {
      // BINBYTES
      const [bytes, n] = counted(buf, p + 4, code === 0x54 ? u32(buf, p) | 0 : u32(buf, p));
      return { code, offset: pos, arg: text(code, bytes), next: n };
    }
    case 0x55: // SHORT_BINSTRING
    case 0x8c: // SHORT_BINUNICODE
    case 0x43: {
      // SHORT_BINBYTES
      need(buf, p, 1);
      const [bytes, n] = counted(buf, p + 1, buf[p]!);
      return { code, offset: pos, arg: text(code, bytes), next: n };
    }
    case 0x8d: // BINUNICODE8
    case 0x8e: // BINBYTES8
    case 0x96: {
      // BYTEARRAY8
      const [bytes, n] = counted(buf, p + 8, u64(buf, p));
      return { code, offset: pos, arg: text(code, bytes), next: n };
    }
    default:
      throw new PickleDecodeError(`unknown opcode ${opName(code)}`, pos, false);
  }
}

function text(code: number, bytes: Uint8Array): OpArg {
  if (code === 0x58 || code === 0x8c || code === 0x8d) return { t: 'str', v: utf8.decode(bytes) };
  if (code === 0x54 || code === 0x55) return { t: 'str', v: latin1.decode(bytes) };
  return { t: 'bytes', v: bytes };
}
