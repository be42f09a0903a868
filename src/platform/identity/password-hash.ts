import { hash, verify } from '@node-rs/argon2';
import type { Algorithm } from '@node-rs/argon2';

// `Algorithm` is an ambient const enum, which verbatimModuleSyntax cannot read; 2 is its
// documented value for Argon2id (checked by the `$argon2id$` prefix in password-policy.test.ts).
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
const ARGON2ID = 2 as Algorithm;

/** OWASP-recommended argon2id parameters (19 MiB, 2 passes, 1 lane). */
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Hashes a password with argon2id and a random salt; returns the PHC string to store. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/**
 * Verifies `password` against a stored PHC string (argon2's comparison is constant-time). A
 * malformed stored hash counts as a mismatch rather than an error, so a damaged row cannot be
 * turned into an oracle.
 */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    // Malformed hash: treat as a failed login; the caller audits the failure.
    return false;
  }
}

/**
 * A PHC hash of a random password, verified against when the account does not exist, so that a
 * login for an unknown email costs the same time as one for a known email.
 */
export async function dummyPasswordHash(): Promise<string> {
  return hash('rampart-dummy-password-for-timing', ARGON2_OPTIONS);
}
