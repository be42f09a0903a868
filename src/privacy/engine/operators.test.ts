import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyOperator, decryptValue, encryptValue, generalize } from './operators.js';

const keys = { key: Buffer.alloc(32, 7), encryptionKey: Buffer.alloc(32, 9), randomBytes };
const otherKeys = { key: Buffer.alloc(32, 8) };

describe('applyOperator', () => {
  it('masks all but the last N letters and digits, keeping separators', () => {
    expect(
      applyOperator({ kind: 'mask', keepLast: 4 }, '4111-1111-1111-1234', 'CREDIT_CARD', keys),
    ).toBe('****-****-****-1234');
    expect(applyOperator({ kind: 'mask', keepLast: 0, char: '#' }, 'ab-12', 'US_SSN', keys)).toBe(
      '##-##',
    );
  });

  it('masks ASCII and non-ASCII values by the same rule (letters and digits, counted from the end)', () => {
    // Reference: walk code points from the end, keep the last N letters or digits.
    const reference = (value: string, keepLast: number, char: string): string => {
      let kept = 0;
      return Array.from(value)
        .reverse()
        .map((c) => (/[\p{L}\p{N}]/u.test(c) ? (kept++ < keepLast ? c : char) : c))
        .reverse()
        .join('');
    };
    const samples = ['4111 1111 1111 1234', 'DE89 3704 0044 0532 0130 00', '+49 (0)30 1234-567'];
    samples.push('ab', '', '--', 'x-1', '12.34.56', 'Ünïcödé 12', 'a$b', 'ÅB-12-ç');
    for (const value of samples)
      for (const keepLast of [0, 1, 2, 4, 30])
        for (const char of ['*', '#', '$&'])
          expect(applyOperator({ kind: 'mask', keepLast, char }, value, 'PHONE', keys)).toBe(
            reference(value, keepLast, char),
          );
  });

  it('redacts to nothing and replaces with a type tag', () => {
    expect(applyOperator({ kind: 'redact' }, 'secret', 'GENERIC_SECRET', keys)).toBe('');
    expect(applyOperator({ kind: 'replace' }, 'x@y.z', 'EMAIL', keys)).toBe('<EMAIL>');
    expect(applyOperator({ kind: 'replace', tag: '[mail]' }, 'x@y.z', 'EMAIL', keys)).toBe(
      '[mail]',
    );
  });

  it('gives the same keyed output for a value whether its memo is warm, flushed or paused', () => {
    const memoKeys = { key: Buffer.alloc(32, 11) };
    const op = { kind: 'fake' } as const;
    const first = applyOperator(op, 'Jane Miller', 'PERSON', memoKeys);
    const pseudonym = applyOperator({ kind: 'pseudonym' }, 'Jane Miller', 'PERSON', memoKeys);
    // Thousands of unique values: the memo fills, is cleared and pauses for missing too often.
    for (let i = 0; i < 6000; i++) applyOperator(op, `Person ${i} Example`, 'PERSON', memoKeys);
    expect(applyOperator(op, 'Jane Miller', 'PERSON', memoKeys)).toBe(first);
    expect(applyOperator({ kind: 'pseudonym' }, 'Jane Miller', 'PERSON', memoKeys)).toBe(pseudonym);
    expect(applyOperator(op, 'Jane Miller', 'PERSON', { key: Buffer.alloc(32, 11) })).toBe(first);
  });

  it('hashes with HMAC-SHA-256: same key same output, other key other output', () => {
    const a = applyOperator({ kind: 'hash' }, 'jane@example.org', 'EMAIL', keys);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(applyOperator({ kind: 'hash' }, 'jane@example.org', 'EMAIL', keys)).toBe(a);
    expect(applyOperator({ kind: 'hash' }, 'jane@example.org', 'EMAIL', otherKeys)).not.toBe(a);
  });

  it('gives consistent keyed pseudonyms', () => {
    const p = applyOperator({ kind: 'pseudonym' }, 'Jane Doe', 'PERSON', keys);
    expect(p).toMatch(/^PERSON_[0-9a-f]{10}$/);
    expect(applyOperator({ kind: 'pseudonym' }, 'Jane Doe', 'PERSON', keys)).toBe(p);
    expect(applyOperator({ kind: 'pseudonym' }, 'John Doe', 'PERSON', keys)).not.toBe(p);
  });

  it('gives the same realistic fake for the same value under the same key', () => {
    const first = applyOperator({ kind: 'fake' }, 'Jane Doe', 'PERSON', keys);
    expect(first).toMatch(/^\S+ \S+/);
    expect(first).not.toBe('Jane Doe');
    expect(applyOperator({ kind: 'fake' }, 'Jane Doe', 'PERSON', keys)).toBe(first);
    expect(
      applyOperator({ kind: 'fake', locale: 'de' }, 'anna@example.org', 'EMAIL', keys),
    ).toContain('@');
  });
});

describe('generalize', () => {
  it('reduces dates, postcodes, ages and IPs', () => {
    expect(generalize('1987-03-04', { as: 'date' })).toBe('1987');
    expect(generalize('1987-03-04', { as: 'date', granularity: 'month' })).toBe('1987-03');
    expect(generalize('March 4, 1987', { as: 'date' })).toBe('1987');
    expect(generalize('75002', { as: 'postcode', keep: 2 })).toBe('75***');
    expect(generalize('37', { as: 'age' })).toBe('30-39');
    expect(generalize('37', { as: 'age', width: 5 })).toBe('35-39');
    expect(generalize('203.0.113.9', { as: 'ip' })).toBe('203.0.113.0/24');
    expect(generalize('2001:db8:85a3::8a2e:370:7334', { as: 'ip' })).toBe('2001:db8:85a3::/48');
  });
});

describe('encryptValue', () => {
  it('round-trips with the key and fails with PII_DECRYPT_FAILED for another key or a changed token', () => {
    const token = encryptValue('4111111111111111', keys);
    expect(token.startsWith('enc:v1:')).toBe(true);
    expect(decryptValue(token, keys.encryptionKey)).toBe('4111111111111111');
    expect(() => decryptValue(token, Buffer.alloc(32, 1))).toThrow(
      expect.objectContaining({ code: 'PII_DECRYPT_FAILED' }),
    );
    const tampered = token.slice(0, -2) + (token.endsWith('A') ? 'BB' : 'AA');
    expect(() => decryptValue(tampered, keys.encryptionKey)).toThrow(
      expect.objectContaining({ code: 'PII_DECRYPT_FAILED' }),
    );
  });

  it('refuses to encrypt without an encryption key', () => {
    expect(() => applyOperator({ kind: 'encrypt' }, 'x', 'EMAIL', otherKeys)).toThrow(
      expect.objectContaining({ code: 'PII_KEY_INVALID' }),
    );
  });
});

describe('fake values', () => {
  it('keep the shape of numbers: cards stay Luhn-valid with their issuer prefix, IBANs stay valid', async () => {
    const { isIbanValid, isLuhnValid } = await import('./checksums.js');
    const card = applyOperator({ kind: 'fake' }, '4111-1111-1111-1111', 'CREDIT_CARD', keys);
    const iban = applyOperator({ kind: 'fake' }, 'DE89 3704 0044 0532 0130 00', 'IBAN', keys);
    expect([card.slice(0, 7), isLuhnValid(card), card === '4111-1111-1111-1111']).toEqual([
      '4111-11',
      true,
      false,
    ]);
    expect([iban.slice(0, 2), iban.length, isIbanValid(iban)]).toEqual(['DE', 27, true]);
  });
});
