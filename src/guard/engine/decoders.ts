/**
 * Finds encoded segments (base64, hex, URL-encoding, ROT13) and decodes them so the detector can
 * rescan what they say. Only decodings that read as text are returned; binary blobs, hashes and
 * key fingerprints decode to noise and are dropped.
 */

export type Encoding = 'base64' | 'hex' | 'url' | 'rot13';

export interface DecodedSegment {
  readonly encoding: Encoding;
  /** Range of the encoded segment in the scanned text. */
  readonly start: number;
  readonly end: number;
  readonly decoded: string;
}

export interface DecodeOptions {
  /** At most this many segments are decoded per text. */
  readonly maxSegments?: number;
  /** Encoded segments longer than this are cut (bounds the work per segment). */
  readonly maxSegmentChars?: number;
}

const BASE64 =
  /(?<![A-Za-z0-9+/=_-])(?:[A-Za-z0-9+/_-]{4}){4,}(?:[A-Za-z0-9+/_-]{2}==|[A-Za-z0-9+/_-]{3}=)?(?![A-Za-z0-9+/=_-])/g;
const HEX =
  /(?<![0-9a-fA-F])(?:[0-9a-fA-F]{2}[\s:]?){10,}(?![0-9a-fA-F])|(?:\\x[0-9a-fA-F]{2}){6,}/g;
// A whitespace-free run containing an escape; runs with fewer than three escapes are skipped below.
const URL_ENCODED = /[^\s%]*%[0-9a-fA-F]{2}\S*/g;
const COMMON_WORDS = new Set(
  'the a an and or to of in on for is are was be you your all this that it with as not do what me my i please tell now from by at any previous instructions ignore system prompt reveal say print'.split(
    ' ',
  ),
);
const fatalDecoder = new TextDecoder('utf-8', { fatal: true });

/** True when `text` reads as human text: valid, mostly printable, with letters. */
export function isReadable(text: string): boolean {
  if (text.length < 6) return false;
  let printable = 0;
  let letters = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code === 0xfffd) return false;
    if (code >= 0x20 || code === 0x0a || code === 0x0d || code === 0x09) printable++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  const total = Array.from(text).length;
  return printable / total >= 0.95 && letters / total >= 0.5;
}

function decodeBytes(bytes: Uint8Array): string | undefined {
  try {
    const text = fatalDecoder.decode(bytes);
    return isReadable(text) ? text : undefined;
  } catch {
    return undefined; // not UTF-8: binary data, not hidden text
  }
}

function decodeBase64(segment: string): string | undefined {
  if (!/[A-Z]/.test(segment) || !/[a-z]/.test(segment)) return undefined;
  const standard = segment.replace(/-/g, '+').replace(/_/g, '/');
  return decodeBytes(Buffer.from(standard, 'base64'));
}

function decodeHex(segment: string): string | undefined {
  const digits = segment.replace(/\\x|[\s:]/g, '');
  if (digits.length % 2 !== 0) return undefined;
  return decodeBytes(Buffer.from(digits, 'hex'));
}

function decodeUrl(segment: string): string | undefined {
  try {
    if ((segment.match(/%[0-9a-fA-F]{2}/g)?.length ?? 0) < 3) return undefined;
    const text = decodeURIComponent(segment.replace(/\+/g, ' '));
    return text !== segment && isReadable(text) ? text : undefined;
  } catch {
    return undefined; // malformed escape: not URL-encoded text
  }
}

/** ROT13 of ASCII letters; everything else unchanged. */
export function rot13(text: string): string {
  return text.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

function commonRatio(text: string): { words: number; ratio: number } {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length === 0) return { words: 0, ratio: 0 };
  return {
    words: words.length,
    ratio: words.filter((w) => COMMON_WORDS.has(w)).length / words.length,
  };
}

/** ROT13 of English has few vowels (they come from n, r, v, b, h); checked before any regex. */
function looksRot13(line: string): boolean {
  if (line.length < 16) return false;
  let letters = 0;
  let vowels = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i) | 0x20;
    if (c >= 0x80 + 0x20) return false;
    if (c >= 97 && c <= 122) {
      letters++;
      if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) vowels++;
    }
  }
  return letters >= 12 && vowels / letters < 0.3;
}

function findRot13(text: string, out: DecodedSegment[]): void {
  let offset = 0;
  for (const line of text.split('\n')) {
    if (!looksRot13(line)) {
      offset += line.length + 1;
      continue;
    }
    const plain = commonRatio(line);
    if (plain.words >= 4 && plain.ratio < 0.2) {
      const decoded = rot13(line);
      if (commonRatio(decoded).ratio >= 0.3)
        out.push({ encoding: 'rot13', start: offset, end: offset + line.length, decoded });
    }
    offset += line.length + 1;
  }
}

/** Decodes the encoded segments of `text` (bounded by `options`). Pure. */
export function findEncodedSegments(text: string, options: DecodeOptions = {}): DecodedSegment[] {
  const maxSegments = options.maxSegments ?? 8;
  const maxChars = options.maxSegmentChars ?? 8_192;
  const out: DecodedSegment[] = [];
  const scan = (
    pattern: RegExp,
    encoding: Encoding,
    decode: (s: string) => string | undefined,
  ): void => {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      if (out.length >= maxSegments) return;
      const segment = match[0].slice(0, maxChars).trim();
      if (segment.length < 16) continue;
      const decoded = decode(segment);
      if (decoded !== undefined)
        out.push({ encoding, start: match.index, end: match.index + match[0].length, decoded });
    }
  };
  if (/[A-Za-z0-9+/]{16}/.test(text)) scan(BASE64, 'base64', decodeBase64);
  if (/[0-9a-fA-F]{20}|\\x[0-9a-fA-F]{2}/.test(text)) scan(HEX, 'hex', decodeHex);
  if (/%[0-9a-fA-F]{2}/.test(text)) scan(URL_ENCODED, 'url', decodeUrl);
  if (out.length < maxSegments && /[a-zA-Z]{4}/.test(text)) findRot13(text, out);
  return out.slice(0, maxSegments);
}
