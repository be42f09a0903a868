import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares two secrets (CSRF tokens, token hashes) without leaking where they differ or how long
 * they are: both sides are hashed to a fixed length first, then compared with timingSafeEqual.
 */
export function constantTimeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const da = createHash('sha256').update(a).digest();
  const db = createHash('sha256').update(b).digest();
  return timingSafeEqual(da, db);
}
