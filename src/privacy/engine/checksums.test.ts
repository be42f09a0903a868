import { describe, expect, it } from 'vitest';
import {
  hasCardIssuerPrefix,
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
