import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HmacSha256, hmacFor } from './hmac-sha256.js';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const reference = (key: Uint8Array, message: string): string =>
  createHmac('sha256', key).update(message).digest('hex');

describe('HmacSha256', () => {
  it('gives the RFC 4231 test vectors', () => {
    const key = Buffer.alloc(20, 0x0b);
    expect(new HmacSha256(key).hex('Hi There')).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
    expect(new HmacSha256(Buffer.from('Jefe')).hex('what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('matches node:crypto at every length around the block boundaries', () => {
    const key = Buffer.alloc(32, 42);
    const mac = new HmacSha256(key);
    for (let n = 0; n <= 200; n++) {
      const message = 'x'.repeat(n);
      expect(mac.hex(message), `length ${n}`).toBe(reference(key, message));
    }
  });

  it('matches node:crypto on random keys and Unicode messages, lone surrogates included', () => {
    const next = rng(7);
    const alphabet = ['a', 'Z', '0', ' ', 'é', 'ß', '’', '中', '😀', '\ud800', '\udc00', '\0'];
    for (let t = 0; t < 500; t++) {
      const key = Buffer.from(
        Array.from({ length: 1 + Math.floor(next() * 150) }, () => next() * 256),
      );
      let message = '';
      const length = Math.floor(next() * 140);
      for (let i = 0; i < length; i++)
        message += alphabet[Math.floor(next() * alphabet.length)] ?? '';
      expect(new HmacSha256(key).hex(message), JSON.stringify(message)).toBe(
        reference(key, message),
      );
    }
  });

  it('gives the same MAC twice and keeps one instance per key object', () => {
    const key = Buffer.alloc(32, 1);
    const mac = hmacFor(key);
    expect(hmacFor(key)).toBe(mac);
    const first = Buffer.from(mac.digest('PERSON\0Jane Doe')).toString('hex');
    mac.digest('something else entirely, long enough to need a second block of input');
    expect(Buffer.from(mac.digest('PERSON\0Jane Doe')).toString('hex')).toBe(first);
    expect(first).toBe(reference(key, 'PERSON\0Jane Doe'));
  });
});
