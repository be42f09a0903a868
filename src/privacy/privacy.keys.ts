import { hkdfSync, randomBytes } from 'node:crypto';
import type { OperatorKeys } from './engine/operators.js';

/**
 * Operator keys from one 32-byte platform secret (kept wrapped by the master key): the HMAC key
 * for hashes, pseudonyms and fakes, and the AES-256-GCM key for reversible encryption. Stable
 * across restarts and replicas, so the same value always maps to the same pseudonym.
 */
export function operatorKeysFrom(secret: Buffer): OperatorKeys {
  const derive = (info: string) =>
    Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), info, 32));
  return {
    key: derive('rampart pii hmac v1'),
    encryptionKey: derive('rampart pii encrypt v1'),
    randomBytes,
  };
}

/** Name of the platform secret the privacy domain's keys come from. */
export const PRIVACY_SECRET_NAME = 'privacy-operator-key';
