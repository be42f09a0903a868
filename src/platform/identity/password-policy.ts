import { randomBytes } from 'node:crypto';
import { base62 } from './api-token.js';
import { COMMON_PASSWORDS } from './breached-passwords.js';
import { PasswordTooWeak } from './identity.errors.js';

export interface PasswordPolicy {
  readonly minLength: number;
  readonly maxLength: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 12, maxLength: 256 };

// Keyboard rows and columns (US layout) and the alphabet/digit runs; a walk along any of them,
// either way, is as guessable as a dictionary word.
const WALKS = [
  '`1234567890-=',
  'qwertyuiop[]\\',
  "asdfghjkl;'",
  'zxcvbnm,./',
  'qazwsxedcrfvtgbyhnujmikolp',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertzuiop',
  'azertyuiop',
  '01234567890',
  '0987654321',
];
const LEET: Readonly<Record<string, string>> = {
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
  '+': 't',
};

/**
 * Rejects passwords that are too short or long, or guessable: a common password (also with
 * digits/symbols around it or in leetspeak), a keyboard walk or alphabet run, a short repeated
 * pattern, or one made mostly of the email address's parts. Throws IDENTITY_PASSWORD_WEAK
 * naming the reason; never includes the password in the error.
 */
export function checkPasswordStrength(
  password: string,
  context: { email?: string; displayName?: string } = {},
  policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY,
): void {
  const length = Array.from(password).length;
  if (length < policy.minLength)
    throw new PasswordTooWeak(`it is shorter than ${policy.minLength} characters`);
  if (length > policy.maxLength)
    throw new PasswordTooWeak(`it is longer than ${policy.maxLength} characters`);
  const lower = password.toLowerCase();
  const core = residue(lower);
  if (isCommon(lower))
    throw new PasswordTooWeak('it is a commonly used password or a variation of one');
  if (isWalkOrRepeat(lower) || isWalkOrRepeat(core))
    throw new PasswordTooWeak('it is a keyboard pattern or a repeated sequence');
  for (const part of personalParts(context)) {
    const remainder = lower.split(part).join('');
    if (lower.includes(part) && meaningfulLength(remainder) < 8) {
      throw new PasswordTooWeak('it is derived from the account email or name');
    }
  }
}

/** Lower-cased password with leetspeak undone and leading/trailing digits and symbols removed. */
function residue(lower: string): string {
  const unleet = Array.from(lower, (c) => LEET[c] ?? c).join('');
  return unleet.replace(/^[^a-z]+/, '').replace(/[^a-z]+$/, '');
}

function isCommon(lower: string): boolean {
  if (COMMON_PASSWORDS.has(lower)) return true;
  const stripped = lower.replace(/^[^a-z]+/, '').replace(/[^a-z]+$/, '');
  const unleet = residue(lower);
  for (const candidate of [stripped, unleet]) {
    if (COMMON_PASSWORDS.has(candidate)) return true;
    // A common word repeated ("passwordpassword") or doubled with a year is no stronger.
    for (let period = 3; period <= candidate.length / 2; period++) {
      if (
        candidate.length % period === 0 &&
        candidate === candidate.slice(0, period).repeat(candidate.length / period)
      ) {
        if (COMMON_PASSWORDS.has(candidate.slice(0, period))) return true;
      }
    }
  }
  return false;
}

function isWalkOrRepeat(text: string): boolean {
  if (text.length === 0) return false;
  // Short period: "aaaaaaaaaaaa", "abcabcabcabc", "12121212".
  for (let period = 1; period <= 4; period++) {
    if (
      text ===
      text
        .slice(0, period)
        .repeat(Math.ceil(text.length / period))
        .slice(0, text.length)
    )
      return true;
  }
  // Covered entirely by runs (length ≥ 3) along walk strings in either direction.
  let covered = 0;
  let i = 0;
  while (i < text.length) {
    const run = longestWalkRun(text, i);
    if (run < 3) return false;
    covered += run;
    i += run;
  }
  return covered === text.length;
}

function longestWalkRun(text: string, start: number): number {
  let best = 0;
  for (const walk of WALKS) {
    for (const w of [walk, Array.from(walk).reverse().join('')]) {
      let len = 0;
      const pos = w.indexOf(text[start] as string);
      while (pos >= 0 && start + len < text.length && w[pos + len] === text[start + len]) len++;
      best = Math.max(best, len);
    }
  }
  return best;
}

function personalParts(context: { email?: string; displayName?: string }): string[] {
  const parts = new Set<string>();
  const [local = '', domain = ''] = (context.email ?? '').toLowerCase().split('@');
  for (const p of [
    local,
    ...local.split(/[._+-]/),
    domain.split('.')[0] ?? '',
    ...(context.displayName ?? '').toLowerCase().split(/\s+/),
  ]) {
    if (p.length >= 3) parts.add(p);
  }
  return [...parts].sort((a, b) => b.length - a.length);
}

/** Characters left that are not digits-only filler: a year or "123" adds little. */
function meaningfulLength(remainder: string): number {
  return remainder.replace(/[0-9]+/g, (d) => (d.length <= 4 ? '' : d)).replace(/[^a-z0-9]/g, '')
    .length;
}

/** A strong random password for first-run admins and `users create` without `--password`. */
export function generatePassword(random: (n: number) => Buffer = randomBytes): string {
  // 17 random bytes (136 bits) always fit in 24 base62 digits; grouped for reading off a terminal.
  const body = base62(random(17), 24);
  return `${body.slice(0, 8)}-${body.slice(8, 16)}-${body.slice(16)}`;
}
