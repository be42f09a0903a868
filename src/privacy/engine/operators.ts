import { createCipheriv, createDecipheriv } from 'node:crypto';
import { PiiDecryptFailed, PiiKeyInvalid } from '../privacy.errors.js';
import type { EntityType } from './entity-types.js';
import { fakeFor, type FakeLocale } from './fake-values.js';
import { hmacFor } from './hmac-sha256.js';

/** How one value is transformed. A policy picks one per entity type and per column. */
export type Operator =
  | { readonly kind: 'keep' }
  | { readonly kind: 'redact' }
  | { readonly kind: 'replace'; readonly tag?: string }
  | { readonly kind: 'mask'; readonly keepLast?: number; readonly char?: string }
  | { readonly kind: 'hash'; readonly length?: number }
  | { readonly kind: 'pseudonym' }
  | { readonly kind: 'fake'; readonly locale?: FakeLocale }
  | {
      readonly kind: 'generalize';
      readonly as: Generalization;
      readonly keep?: number;
      readonly width?: number;
      readonly granularity?: 'year' | 'month';
    }
  | { readonly kind: 'encrypt' };

export type { FakeLocale };
export type Generalization = 'date' | 'postcode' | 'age' | 'ip';

/**
 * Secrets the keyed operators need. `key` (>= 32 bytes) drives HMAC hashes, pseudonyms and fake
 * seeds, so one project's masks are consistent and not guessable without it; `encryptionKey`
 * (exactly 32 bytes) is the AES-256-GCM key; `randomBytes` supplies IVs (engines take randomness
 * from the caller).
 */
export interface OperatorKeys {
  readonly key: Buffer;
  readonly encryptionKey?: Buffer;
  readonly randomBytes?: (n: number) => Buffer;
}

export const MIN_KEY_BYTES = 32;

/** Throws PII_KEY_INVALID unless `keys` can serve keyed operators. */
export function assertKeys(keys: OperatorKeys): void {
  if (keys.key.length < MIN_KEY_BYTES)
    throw new PiiKeyInvalid(`key has ${keys.key.length} bytes, needs ${MIN_KEY_BYTES}`);
  if (keys.encryptionKey !== undefined && keys.encryptionKey.length !== 32) {
    throw new PiiKeyInvalid(
      `encryption key has ${keys.encryptionKey.length} bytes, needs exactly 32`,
    );
  }
}

/** Hex HMAC-SHA-256 of `type` NUL `value` (see hmac-sha256.ts for why not createHmac). */
function hmacHex(key: Buffer, type: string, value: string): string {
  return hmacFor(key).hex(type + '\0' + value);
}

function isAlnum(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return /[\p{L}\p{N}]/u.test(c);
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

const ASCII_ALNUM_RE = /[A-Za-z0-9]/g;

function maskValue(value: string, keepLast: number, char: string): string {
  // ASCII values (card numbers, IBANs, phones): find where the kept tail starts, then replace
  // every letter and digit before it in one native pass. Separators stay, so the shape is kept.
  let alnum = 0;
  let ascii = true;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128) {
      ascii = false;
      break;
    }
    if (isAsciiAlnum(code)) alnum++;
  }
  if (ascii) {
    let cut = value.length;
    for (let kept = 0; cut > 0 && kept < keepLast;) {
      cut--;
      if (isAsciiAlnum(value.charCodeAt(cut))) kept++;
    }
    if (alnum <= keepLast) return value;
    // A replacement string (not a function) keeps the replace native; "$" is escaped in it.
    return (
      value.slice(0, cut).replace(ASCII_ALNUM_RE, char.replaceAll('$', '$$$$')) + value.slice(cut)
    );
  }
  return maskCodePoints(value, keepLast, char);
}

function maskCodePoints(value: string, keepLast: number, char: string): string {
  let alnumLeft = 0;
  for (const c of value) if (isAlnum(c)) alnumLeft++;
  let out = '';
  for (const c of value) {
    if (!isAlnum(c))
      out += c; // separators stay, so the shape is kept
    else {
      out += alnumLeft <= keepLast ? c : char;
      alnumLeft--;
    }
  }
  return out;
}

// Keyed outputs are deterministic, and tables repeat values (the same customer on many rows):
// remember recent ones per key set, with one bounded memo per operator and type, so a column of
// unique values (e-mails, addresses) does not flush the names that repeat. Cleared when full. A
// memo that hits less than 1 in 8 look-ups of a window pauses (unique values only cost churn)
// and probes again later.
const MEMO_LIMIT = 4096;
const MEMO_WINDOW = 1024;
const MEMO_MIN_HITS = 128;
const MEMO_PAUSE = 65_536;

interface OperatorMemo {
  entries: Map<string, string>;
  lookups: number;
  hits: number;
  /** Calls left before a paused memo probes again; 0 while active. */
  paused: number;
}

/**
 * A copy of `value` that shares no memory with the string it was sliced from. Slicing a
 * concatenation makes V8 flatten it into a fresh string first, so the result points only there.
 */
function detached(value: string): string {
  return (' ' + value).slice(1);
}

// One memo per key set, operator object (from the policy) and entity type, found by identity:
// no key string is built per call.
const memos = new WeakMap<OperatorKeys, WeakMap<Operator, Map<EntityType, OperatorMemo>>>();

function memoized(
  keys: OperatorKeys,
  op: Operator,
  type: EntityType,
  value: string,
  compute: () => string,
): string {
  let byOp = memos.get(keys);
  if (byOp === undefined) {
    byOp = new WeakMap();
    memos.set(keys, byOp);
  }
  let byType = byOp.get(op);
  if (byType === undefined) {
    byType = new Map();
    byOp.set(op, byType);
  }
  let memo = byType.get(type);
  if (memo === undefined) {
    memo = { entries: new Map(), lookups: 0, hits: 0, paused: 0 };
    byType.set(type, memo);
  }
  if (memo.paused > 0) {
    memo.paused--;
    return compute();
  }
  let out = memo.entries.get(value);
  if (out !== undefined) memo.hits++;
  else {
    out = compute();
    if (memo.entries.size >= MEMO_LIMIT) memo.entries.clear();
    // The key is a copy: a table cell is a slice of a whole input batch, which it would pin.
    memo.entries.set(detached(value), out);
  }
  if (++memo.lookups === MEMO_WINDOW) {
    if (memo.hits < MEMO_MIN_HITS) {
      memo.paused = MEMO_PAUSE;
      memo.entries = new Map();
    }
    memo.lookups = 0;
    memo.hits = 0;
  }
  return out;
}

/**
 * Applies `op` to `value` of entity `type`. Deterministic for everything but `encrypt` (fresh
 * IV): equal inputs under the same key give equal outputs, which keeps joins working.
 */
export function applyOperator(
  op: Operator,
  value: string,
  type: EntityType,
  keys: OperatorKeys,
): string {
  switch (op.kind) {
    case 'keep':
      return value;
    case 'redact':
      return '';
    case 'replace':
      return op.tag ?? `<${type}>`;
    case 'mask':
      return maskValue(value, op.keepLast ?? 4, op.char ?? '*');
    case 'hash':
      return memoized(keys, op, type, value, () => hmacHex(keys.key, type, value)).slice(
        0,
        op.length ?? 64,
      );
    case 'pseudonym':
      return memoized(
        keys,
        op,
        type,
        value,
        () => `${type}_${hmacHex(keys.key, type, value).slice(0, 10)}`,
      );
    case 'fake': {
      const locale = op.locale ?? 'en';
      return memoized(
        keys,
        op,
        type,
        value,
        () =>
          fakeFor(type, value, keys.key, locale) ??
          `${type}_${hmacHex(keys.key, type, value).slice(0, 10)}`,
      );
    }
    case 'generalize':
      return generalize(value, op);
    case 'encrypt':
      return encryptValue(value, keys);
  }
}

/** Date → year or year-month; postcode → first `keep` characters; age → band; IP → /24 or /48. */
export function generalize(
  value: string,
  op: { as: Generalization; keep?: number; width?: number; granularity?: 'year' | 'month' },
): string {
  switch (op.as) {
    case 'date': {
      // "19 January 1989" has no separator: skip the year-month look-up.
      const separated = value.includes('-') || value.includes('/') || value.includes('.');
      const iso = separated ? /((?:19|20)\d{2})[-/.](\d{1,2})/.exec(value) : null;
      const year = iso?.[1] ?? /(?:19|20)\d{2}/.exec(value)?.[0] ?? /\d{2}$/.exec(value)?.[0];
      if (year === undefined) return '*';
      if (op.granularity === 'month' && iso?.[2] !== undefined)
        return `${year}-${iso[2].padStart(2, '0')}`;
      return year;
    }
    case 'postcode': {
      const keep = op.keep ?? 2;
      const compact = value.trim();
      return compact.slice(0, keep) + '*'.repeat(Math.max(0, compact.length - keep));
    }
    case 'age': {
      const age = Number.parseFloat(value);
      if (!Number.isFinite(age)) return '*';
      const width = op.width ?? 10;
      const low = Math.floor(age / width) * width;
      return `${low}-${low + width - 1}`;
    }
    case 'ip': {
      if (value.includes(':')) return value.split(':').slice(0, 3).join(':') + '::/48';
      // Exactly three dots: keep what precedes the last one.
      const last = value.lastIndexOf('.');
      const dots = last < 0 ? 0 : value.split('.', 5).length - 1;
      return dots === 3 ? `${value.slice(0, last)}.0/24` : '*';
    }
  }
}

const ENC_PREFIX = 'enc:v1:';

/** AES-256-GCM; output `enc:v1:` + base64url(iv | ciphertext | tag). */
export function encryptValue(value: string, keys: OperatorKeys): string {
  if (keys.encryptionKey === undefined || keys.randomBytes === undefined) {
    throw new PiiKeyInvalid('the encrypt operator needs an encryption key and a random source');
  }
  const iv = keys.randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.encryptionKey, iv);
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return ENC_PREFIX + Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

/** Reverses {@link encryptValue}; throws PII_DECRYPT_FAILED for a wrong key or altered token. */
export function decryptValue(token: string, encryptionKey: Buffer): string {
  if (!token.startsWith(ENC_PREFIX)) throw new PiiDecryptFailed();
  const raw = Buffer.from(token.slice(ENC_PREFIX.length), 'base64url');
  if (raw.length < 28) throw new PiiDecryptFailed();
  try {
    const decipher = createDecipheriv('aes-256-gcm', encryptionKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([
      decipher.update(raw.subarray(12, raw.length - 16)),
      decipher.final(),
    ]).toString('utf8');
  } catch (err) {
    throw new PiiDecryptFailed(err);
  }
}
