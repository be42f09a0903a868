import { describe, expect, it } from 'vitest';
import {
  hasCardIssuerPrefix,
  ibanLength,
  isDutchBsnValid,
  isFrenchNirValid,
  isGermanTaxIdValid,
  isIbanValid,
  isItalianFiscalCodeValid,
  isLuhnValid,
  isSpanishIdValid,
  isSsnValid,
  shannonEntropy,
} from './checksums.js';

describe('checksums', () => {
  it('accepts Luhn-valid card numbers and rejects a changed digit', () => {
    expect(isLuhnValid('4111 1111 1111 1111')).toBe(true);
    expect(isLuhnValid('4111 1111 1111 1112')).toBe(false);
    expect(hasCardIssuerPrefix('378282246310005')).toBe(true);
    expect(hasCardIssuerPrefix('1234567812345678')).toBe(false);
  });

  it('validates IBANs by country length and mod-97', () => {
    expect(isIbanValid('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isIbanValid('GB82WEST12345698765432')).toBe(true);
    expect(isIbanValid('FR1420041010050500013M02606')).toBe(true);
    expect(isIbanValid('DE88 3704 0044 0532 0130 00')).toBe(false);
    expect(isIbanValid('DE89 3704 0044 0532 0130 0')).toBe(false);
  });

  it('applies SSN issuance rules', () => {
    expect(isSsnValid('536-22-1234')).toBe(true);
    expect(isSsnValid('000-22-1234')).toBe(false);
    expect(isSsnValid('666-22-1234')).toBe(false);
    expect(isSsnValid('912-22-1234')).toBe(false);
    expect(isSsnValid('536-00-1234')).toBe(false);
    expect(isSsnValid('536-22-0000')).toBe(false);
  });

  it('validates EU national ids with their check digits', () => {
    expect(isSpanishIdValid('12345678Z')).toBe(true);
    expect(isSpanishIdValid('12345678A')).toBe(false);
    expect(isSpanishIdValid('X1234567L')).toBe(true);
    expect(isFrenchNirValid('1 85 05 78 006 084 91')).toBe(true);
    expect(isFrenchNirValid('1 85 05 78 006 084 92')).toBe(false);
    expect(isGermanTaxIdValid('86095742719')).toBe(true);
    expect(isGermanTaxIdValid('86095742718')).toBe(false);
    expect(isDutchBsnValid('111222333')).toBe(true);
    expect(isDutchBsnValid('111222334')).toBe(false);
    expect(isItalianFiscalCodeValid('RSSMRA85T10A562S')).toBe(true);
    expect(isItalianFiscalCodeValid('RSSMRA85T10A562T')).toBe(false);
  });

  it('measures entropy in bits per character', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });
});

describe('fast checksum paths', () => {
  // Straightforward references: strip, upper-case, rearrange, reduce.
  const ibanReference = (value: string): boolean => {
    const iban = value.replace(/[\s-]/g, '').toUpperCase();
    if (iban.length !== ibanLength(iban.slice(0, 2)) || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban))
      return false;
    const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) =>
      String(c.charCodeAt(0) - 55),
    );
    return BigInt(digits) % 97n === 1n;
  };
  const luhnReference = (value: string): boolean => {
    const digits = value.replace(/\D/g, '');
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let d = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    return digits.length >= 2 && sum % 10 === 0;
  };
  let x = 7;
  const next = (n: number): number => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) % n;

  it('validate IBANs exactly as the reference does', () => {
    const valid = [
      'DE89 3704 0044 0532 0130 00',
      'GB29NWBK60161331926819',
      'fr1420041010050500013m02606',
    ];
    for (const iban of valid) expect([iban, isIbanValid(iban)]).toEqual([iban, true]);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -abcÄ\t';
    for (let i = 0; i < 20_000; i++) {
      // Mutate a valid IBAN (a digit, a case, a separator) or make random text.
      let value = valid[next(valid.length)] ?? '';
      const at = next(value.length);
      value =
        value.slice(0, at) + (alphabet[next(alphabet.length)] ?? '') + value.slice(at + (i % 2));
      expect([value, isIbanValid(value)]).toEqual([value, ibanReference(value)]);
    }
  });

  it('compute Luhn exactly as the reference does', () => {
    for (let i = 0; i < 20_000; i++) {
      let value = '';
      for (let k = next(22); k > 0; k--) value += '0123456789 -x'[next(13)] ?? '';
      expect([value, isLuhnValid(value)]).toEqual([value, luhnReference(value)]);
    }
  });
});
