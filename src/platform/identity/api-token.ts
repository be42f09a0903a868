import { createHash, randomBytes } from 'node:crypto';
import { expandGrants } from './roles.js';
import { isPermission } from './permissions.js';
import { ScopesNotAllowed } from './identity.errors.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 62^43 > 2^256, so 43 base62 digits hold any 32 bytes; the width is fixed. */
const BODY_CHARS = 43;
export const TOKEN_PREFIX = 'rmp_';
const TOKEN_PATTERN = new RegExp(`^${TOKEN_PREFIX}[0-9A-Za-z]{${BODY_CHARS}}$`);

/** Fixed-width base62 of a byte string (big-endian). */
export function base62(bytes: Uint8Array, width: number): string {
  let n = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let out = '';
  for (let i = 0; i < width; i++) {
    out = ALPHABET.charAt(Number(n % 62n)) + out;
    n /= 62n;
  }
  if (n !== 0n) throw new RangeError(`value does not fit in ${width} base62 digits`);
  return out;
}

/**
 * A new API token: `rmp_` + 32 random bytes in base62. Shown to its owner once; only `hash` is
 * stored. `random` is injectable for tests.
 */
export function generateApiToken(random: (n: number) => Buffer = randomBytes): {
  token: string;
  hash: string;
} {
  const token = TOKEN_PREFIX + base62(random(32), BODY_CHARS);
  return { token, hash: hashApiToken(token) };
}

/** True when `text` has the shape of a Rampart API token (cheap pre-check before a lookup). */
export function looksLikeApiToken(text: string): boolean {
  return TOKEN_PATTERN.test(text);
}

/** SHA-256 (hex) of the token: the only form in which a token is stored or looked up. */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Checks requested token scopes against its owner's permissions. Patterns (`model:*`) are
 * expanded; returns the concrete permission list. Throws IDENTITY_SCOPES_NOT_ALLOWED naming the
 * scopes that are unknown or not held, so a token can never exceed its owner.
 */
export function resolveScopes(
  requested: readonly string[],
  ownerPermissions: ReadonlySet<string>,
): string[] {
  const bad = requested.filter((s) => !s.includes('*') && !isPermission(s));
  const expanded = expandGrants(requested);
  const notHeld = expanded.filter((p) => !ownerPermissions.has(p));
  const unmatched = requested.filter((s) => s.includes('*') && expandGrants([s]).length === 0);
  const refused = [...bad, ...unmatched, ...notHeld];
  if (requested.length === 0 || refused.length > 0) {
    throw new ScopesNotAllowed(refused.length > 0 ? refused : ['(none given)']);
  }
  return expanded;
}
