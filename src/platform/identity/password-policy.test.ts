import { describe, expect, it } from 'vitest';
import { checkPasswordStrength, generatePassword } from './password-policy.js';
import { hashPassword, verifyPassword } from './password-hash.js';

const weak = (password: string, email?: string) => {
  try {
    checkPasswordStrength(password, email === undefined ? {} : { email });
    return undefined;
  } catch (err) {
    return (err as { code: string }).code;
  }
};

describe('checkPasswordStrength', () => {
  it.each([
    ['short1!', 'too short'],
    ['password1234', 'common word with digits'],
    ['P@ssw0rd2024!', 'leetspeak of a common word'],
    ['qwertyuiop[]', 'keyboard row'],
    ['1qaz2wsx3edc', 'keyboard columns'],
    ['zxcvbnmasdfgh', 'two keyboard walks'],
    ['abcdefghijklmn', 'alphabet run'],
    ['aaaaaaaaaaaaaa', 'one repeated character'],
    ['abcabcabcabc', 'repeated short pattern'],
    ['monkeymonkeymonkey', 'repeated common word'],
  ])('rejects %s (%s)', (password) => {
    expect(weak(password)).toBe('IDENTITY_PASSWORD_WEAK');
  });

  it('rejects a password made from the email address', () => {
    expect(weak('jane.doe1987!', 'jane.doe@example.com')).toBe('IDENTITY_PASSWORD_WEAK');
    expect(weak('Example2024!!', 'jane.doe@example.com')).toBe('IDENTITY_PASSWORD_WEAK');
  });

  it('accepts passphrases and generated passwords', () => {
    expect(weak('correct horse battery staple')).toBeUndefined();
    expect(weak('jane likes violet tulips in May', 'jane@example.com')).toBeUndefined();
    expect(weak(generatePassword())).toBeUndefined();
    expect(generatePassword(() => Buffer.alloc(17, 0xff))).toMatch(
      /^[0-9A-Za-z]{8}-[0-9A-Za-z]{8}-[0-9A-Za-z]{8}$/,
    );
  });

  it('rejects an over-long password', () => {
    expect(weak('x'.repeat(300))).toBe('IDENTITY_PASSWORD_WEAK');
  });
});

describe('argon2id password hashes', () => {
  it('verify the right password and refuse a wrong one or a malformed hash', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery stapler')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });
});
