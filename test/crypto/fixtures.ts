import { randomBytes } from 'node:crypto';
import { Keyring } from '../../src/platform/crypto/keyring.js';

/** A keyring with `versions` random KEKs, the last active. */
export function testKeyring(versions = 1, minDecryptVersion = 1, kekId = 'test-kek'): Keyring {
  return new Keyring({
    kekId,
    active: versions,
    minDecryptVersion,
    keys: Array.from({ length: versions }, (_, i) => ({
      version: i + 1,
      key: randomBytes(32),
      createdAt: new Date(0).toISOString(),
    })),
  });
}

export async function* chunked(bytes: Buffer, chunkBytes: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += chunkBytes) yield bytes.subarray(i, i + chunkBytes);
}

export async function collect(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of source) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

/** Decrypts, returning what was released before any error, and the error's code. */
export async function drain(
  source: AsyncIterable<Uint8Array>,
): Promise<{ released: Buffer; code?: string }> {
  const parts: Buffer[] = [];
  try {
    for await (const c of source) parts.push(Buffer.from(c));
    return { released: Buffer.concat(parts) };
  } catch (err) {
    return { released: Buffer.concat(parts), code: (err as { code?: string }).code ?? 'NO_CODE' };
  }
}
