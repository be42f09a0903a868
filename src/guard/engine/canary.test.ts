import { describe, expect, it } from 'vitest';
import { CANARY_PREFIX, embedCanary, findCanaries, generateCanary } from './canary.js';

const fixedBytes = (n: number): Uint8Array =>
  Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) % 256);

describe('canary tokens', () => {
  it('generates a prefixed token from the given randomness', () => {
    const canary = generateCanary(fixedBytes);
    expect(canary.startsWith(CANARY_PREFIX)).toBe(true);
    expect(canary).toHaveLength(CANARY_PREFIX.length + 16);
    expect(generateCanary(fixedBytes)).toBe(canary);
  });

  it('embeds the token in the system prompt', () => {
    const canary = generateCanary(fixedBytes);
    expect(embedCanary('You are helpful.', canary)).toContain(canary);
  });

  it('finds the token verbatim, spaced out, reversed and hex-encoded', () => {
    const canary = generateCanary(fixedBytes);
    const spaced = Array.from(canary).join(' ');
    const reversed = Array.from(canary).reverse().join('');
    const hex = Buffer.from(`token ${canary}`).toString('hex');
    expect(findCanaries(`x ${canary} y`, [canary])[0]?.rule).toBe('canary.verbatim');
    expect(findCanaries(spaced, [canary])[0]?.rule).toBe('canary.obfuscated');
    expect(findCanaries(reversed, [canary])[0]?.rule).toBe('canary.reversed');
    expect(findCanaries(hex, [canary])[0]?.rule).toBe('canary.hex');
  });

  it('finds nothing in unrelated output', () => {
    expect(
      findCanaries('The weather in Oslo is mild today.', [generateCanary(fixedBytes)]),
    ).toEqual([]);
  });
});
