import { describe, expect, it } from 'vitest';
import {
  base62,
  generateApiToken,
  hashApiToken,
  looksLikeApiToken,
  resolveScopes,
} from './api-token.js';
import { constantTimeEqual } from './constant-time.js';
import { parseDuration } from './duration.js';

describe('API tokens', () => {
  it('are rmp_ plus 43 base62 characters and stored as their SHA-256', () => {
    const { token, hash } = generateApiToken();
    expect(token).toMatch(/^rmp_[0-9A-Za-z]{43}$/);
    expect(looksLikeApiToken(token)).toBe(true);
    expect(hash).toBe(hashApiToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(generateApiToken().token).not.toBe(token);
  });

  it('encode all-zero and all-ones 32-byte values at the fixed width', () => {
    expect(generateApiToken(() => Buffer.alloc(32)).token).toBe('rmp_' + '0'.repeat(43));
    expect(base62(Buffer.alloc(32, 0xff), 43)).toHaveLength(43);
  });

  it('reject lookalikes', () => {
    expect(looksLikeApiToken('rmp_short')).toBe(false);
    expect(looksLikeApiToken('xyz_' + '0'.repeat(43))).toBe(false);
  });
});

describe('resolveScopes', () => {
  const owner = new Set(['model:read', 'model:write', 'dataset:read']);

  it('expands patterns within the owner permissions', () => {
    expect(resolveScopes(['model:read', 'dataset:read'], owner)).toEqual([
      'model:read',
      'dataset:read',
    ]);
    expect(
      resolveScopes(
        ['*:read'],
        new Set(['model:read', 'dataset:read', 'audit:read', 'system:read']),
      ),
    ).toEqual(['model:read', 'dataset:read', 'audit:read', 'system:read']);
  });

  it('refuses scopes the owner does not hold, unknown ones and an empty list', () => {
    for (const scopes of [['model:delete'], ['model:*'], ['nope:read'], []]) {
      expect(() => resolveScopes(scopes, owner)).toThrow(
        expect.objectContaining({ code: 'IDENTITY_SCOPES_NOT_ALLOWED' }),
      );
    }
  });
});

describe('parseDuration', () => {
  it('reads minutes, hours, days and weeks', () => {
    expect([
      parseDuration('90m'),
      parseDuration('12h'),
      parseDuration('30d'),
      parseDuration('2w'),
    ]).toEqual([90 * 60_000, 12 * 3_600_000, 30 * 86_400_000, 14 * 86_400_000]);
  });

  it.each(['', '0d', '30', 'd', '1.5d', '-1d', '400d', '30 days'])('refuses %j', (input) => {
    expect(() => parseDuration(input)).toThrow(
      expect.objectContaining({ code: 'IDENTITY_DURATION_INVALID' }),
    );
  });
});

describe('constantTimeEqual', () => {
  it('compares secrets of any length', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
  });
});
