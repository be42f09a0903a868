import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HEADER_BYTES } from '../../src/platform/crypto/blob-header.js';
import { Keyring } from '../../src/platform/crypto/keyring.js';
import { decryptStream, encryptStream } from '../../src/platform/crypto/streaming-aead.js';
import { chunked, collect, drain, testKeyring } from './fixtures.js';

const SEG = 64;
const SEALED = SEG + 16;

async function seal(plain: Buffer, kms: Keyring, segmentBytes = SEG): Promise<Buffer> {
  return collect(encryptStream(chunked(plain, 7), { kms, segmentBytes }));
}

function open(cipher: Buffer, kms: Keyring) {
  return drain(decryptStream(chunked(cipher, 13), { kms }));
}

/** Segment `i` of a sealed blob (header stripped). */
function segment(cipher: Buffer, i: number): Buffer {
  return cipher.subarray(HEADER_BYTES + i * SEALED, HEADER_BYTES + (i + 1) * SEALED);
}

describe('streaming AEAD', () => {
  it.each([0, 1, SEG - 1, SEG, SEG + 1, 3 * SEG, 3 * SEG + 5])(
    'round-trips %i bytes',
    async (size) => {
      const kms = testKeyring();
      const plain = randomBytes(size);
      const cipher = await seal(plain, kms);
      expect(await open(cipher, kms)).toEqual({ released: plain });
      expect(cipher.length).toBe(HEADER_BYTES + Math.max(1, Math.ceil(size / SEG)) * 16 + size);
    },
  );

  it('round-trips with the default 1 MiB segments', async () => {
    const kms = testKeyring();
    const plain = randomBytes(2 * 1024 * 1024 + 3);
    const cipher = await collect(encryptStream(chunked(plain, 65536), { kms }));
    expect((await open(cipher, kms)).released.equals(plain)).toBe(true);
  });

  it('refuses every single flipped bit and never releases the failing segment', async () => {
    const kms = testKeyring();
    const plain = randomBytes(2 * SEG + 10);
    const cipher = await seal(plain, kms);
    const codes = new Set<string>();
    for (let bit = 0; bit < cipher.length * 8; bit++) {
      const bad = Buffer.from(cipher);
      bad[bit >> 3] = (bad[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      const { released, code } = await open(bad, kms);
      expect(code).toBeDefined();
      codes.add(code ?? '');
      const byte = bit >> 3;
      // Only segments wholly before the flipped one may have been released.
      const failing = byte < HEADER_BYTES ? 0 : Math.floor((byte - HEADER_BYTES) / SEALED);
      expect(released.length).toBeLessThanOrEqual(failing * SEG);
      expect(released.equals(plain.subarray(0, released.length))).toBe(true);
    }
    expect([...codes].sort()).toEqual(
      expect.arrayContaining([
        'ENCRYPTED_HEADER_INVALID',
        'ENCRYPTED_SEGMENT_INVALID',
        'KEY_UNWRAP_FAILED',
      ]),
    );
  });

  it('reports a stream cut at a segment boundary as ENCRYPTED_TRUNCATED', async () => {
    const kms = testKeyring();
    const plain = randomBytes(3 * SEG + 5);
    const cipher = await seal(plain, kms);
    const { released, code } = await open(cipher.subarray(0, HEADER_BYTES + 2 * SEALED), kms);
    expect(code).toBe('ENCRYPTED_TRUNCATED');
    expect(released.equals(plain.subarray(0, SEG))).toBe(true);
  });

  it('reports a stream cut inside a segment and a header-only stream', async () => {
    const kms = testKeyring();
    const cipher = await seal(randomBytes(3 * SEG), kms);
    expect((await open(cipher.subarray(0, HEADER_BYTES + SEALED + 20), kms)).code).toBe(
      'ENCRYPTED_SEGMENT_INVALID',
    );
    expect((await open(cipher.subarray(0, HEADER_BYTES), kms)).code).toBe('ENCRYPTED_TRUNCATED');
    expect((await open(cipher.subarray(0, 100), kms)).code).toBe('ENCRYPTED_HEADER_INVALID');
  });

  it('refuses a dropped middle segment', async () => {
    const kms = testKeyring();
    const cipher = await seal(randomBytes(3 * SEG + 5), kms);
    const dropped = Buffer.concat([
      cipher.subarray(0, HEADER_BYTES),
      segment(cipher, 0),
      cipher.subarray(HEADER_BYTES + 2 * SEALED),
    ]);
    expect((await open(dropped, kms)).code).toBe('ENCRYPTED_SEGMENT_INVALID');
  });

  it('refuses a dropped final segment as truncation', async () => {
    const kms = testKeyring();
    const cipher = await seal(randomBytes(2 * SEG + 5), kms);
    expect((await open(cipher.subarray(0, HEADER_BYTES + 2 * SEALED), kms)).code).toBe(
      'ENCRYPTED_TRUNCATED',
    );
  });

  it('refuses swapped segments', async () => {
    const kms = testKeyring();
    const plain = randomBytes(3 * SEG + 5);
    const cipher = await seal(plain, kms);
    const swapped = Buffer.concat([
      cipher.subarray(0, HEADER_BYTES),
      segment(cipher, 1),
      segment(cipher, 0),
      cipher.subarray(HEADER_BYTES + 2 * SEALED),
    ]);
    expect(await open(swapped, kms)).toEqual({
      released: Buffer.alloc(0),
      code: 'ENCRYPTED_SEGMENT_INVALID',
    });
  });

  it('refuses a segment spliced in from another blob under the same KEK', async () => {
    const kms = testKeyring();
    const a = await seal(randomBytes(3 * SEG), kms);
    const b = await seal(randomBytes(3 * SEG), kms);
    const spliced = Buffer.concat([
      a.subarray(0, HEADER_BYTES + SEALED),
      segment(b, 1),
      a.subarray(HEADER_BYTES + 2 * SEALED),
    ]);
    const { code, released } = await open(spliced, kms);
    expect(code).toBe('ENCRYPTED_SEGMENT_INVALID');
    expect(released.length).toBe(SEG);
  });

  it('refuses bytes appended after the final segment', async () => {
    const kms = testKeyring();
    const full = await seal(randomBytes(2 * SEG), kms);
    expect((await open(Buffer.concat([full, Buffer.from('x')]), kms)).code).toBe(
      'ENCRYPTED_TRAILING_DATA',
    );
    const short = await seal(randomBytes(2 * SEG + 3), kms);
    expect((await open(Buffer.concat([short, randomBytes(40)]), kms)).code).toBe(
      'ENCRYPTED_SEGMENT_INVALID',
    );
  });

  it('refuses a blob whose KEK version the keyring does not hold or has retired', async () => {
    const old = testKeyring(2);
    const cipher = await seal(randomBytes(10), new Keyring({ ...old.data, active: 1 }));
    expect((await open(cipher, new Keyring({ ...old.data, minDecryptVersion: 2 }))).code).toBe(
      'KEK_RETIRED',
    );
    expect((await open(cipher, testKeyring(1, 1, 'other'))).code).toBe('KEK_NOT_FOUND');
    expect((await open(cipher, testKeyring(1))).code).toBe('KEY_UNWRAP_FAILED');
  });
});
