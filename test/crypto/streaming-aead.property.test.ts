import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADER_BYTES } from '../../src/platform/crypto/blob-header.js';
import { decryptStream, encryptStream } from '../../src/platform/crypto/streaming-aead.js';
import { chunked, collect, drain, testKeyring } from './fixtures.js';

const kms = testKeyring();

describe('streaming AEAD properties', () => {
  it('round-trips any content, segment size and chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 1, max: 900 }),
        async (plain, segmentBytes, inChunk, outChunk) => {
          const sealed = await collect(
            encryptStream(chunked(Buffer.from(plain), inChunk), { kms, segmentBytes }),
          );
          const opened = await collect(decryptStream(chunked(sealed, outChunk), { kms }));
          expect(opened.equals(Buffer.from(plain))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses any cut, extension or byte change, releasing only a prefix of the plaintext', async () => {
    const plain = randomBytes(1000);
    const segmentBytes = 128;
    const sealed = await collect(encryptStream(chunked(plain, 333), { kms, segmentBytes }));
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('cut' as const),
        at: fc.integer({ min: 0, max: sealed.length - 1 }),
      }),
      fc.record({
        kind: fc.constant('append' as const),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 200 }),
      }),
      fc.record({
        kind: fc.constant('change' as const),
        at: fc.integer({ min: 0, max: sealed.length - 1 }),
        xor: fc.integer({ min: 1, max: 255 }),
      }),
      fc.record({
        kind: fc.constant('duplicate' as const),
        segment: fc.integer({
          min: 0,
          max: Math.floor((sealed.length - HEADER_BYTES) / (segmentBytes + 16)) - 1,
        }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(edit, async (e) => {
        let bad: Buffer;
        switch (e.kind) {
          case 'cut':
            bad = sealed.subarray(0, e.at);
            break;
          case 'append':
            bad = Buffer.concat([sealed, Buffer.from(e.bytes)]);
            break;
          case 'change':
            bad = Buffer.from(sealed);
            bad[e.at] = (bad[e.at] ?? 0) ^ e.xor;
            break;
          case 'duplicate': {
            const start = HEADER_BYTES + e.segment * (segmentBytes + 16);
            const seg = sealed.subarray(start, start + segmentBytes + 16);
            bad = Buffer.concat([sealed.subarray(0, start), seg, sealed.subarray(start)]);
            break;
          }
        }
        const { released, code } = await drain(decryptStream(chunked(bad, 97), { kms }));
        expect(code).toMatch(/^(ENCRYPTED_|KEY_UNWRAP_FAILED|KEK_NOT_FOUND)/);
        expect(released.equals(plain.subarray(0, released.length))).toBe(true);
        expect(released.length % segmentBytes).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
