/**
 * Check-digit validators used to confirm candidates. Each takes the raw candidate (separators
 * allowed where the scheme allows them) and returns true only for a well-formed, valid value.
 */

function digitsOnly(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) out += String.fromCharCode(c);
  }
  return out;
}

/** Luhn (mod 10) over the digits of `value`; separators are ignored. */
export function isLuhnValid(value: string): boolean {
  // From the last digit backwards, without building a digit string.
  let sum = 0;
  let count = 0;
  for (let i = value.length - 1; i >= 0; i--) {
    let d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    if ((count & 1) === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    count++;
  }
  return count >= 2 && sum % 10 === 0;
}

/** The number the first `k` characters spell, when all are ASCII digits and there are `k`; else -1. */
function leadingNumber(digits: string, k: number): number {
  if (digits.length < k) return -1;
  let v = 0;
  for (let i = 0; i < k; i++) {
    const c = digits.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Issuer prefix and length of the major card schemes (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro). */
export function hasCardIssuerPrefix(digits: string): boolean {
  const n = digits.length;
  const p6 = leadingNumber(digits, 6);
  const p2 = p6 < 0 ? Number(digits.slice(0, 2)) : Math.floor(p6 / 10_000);
  const p3 = p6 < 0 ? Number(digits.slice(0, 3)) : Math.floor(p6 / 1000);
  const p4 = p6 < 0 ? Number(digits.slice(0, 4)) : Math.floor(p6 / 100);
  if (digits[0] === '4') return n === 13 || n === 16 || n === 19;
  if (p2 >= 51 && p2 <= 55) return n === 16;
  if (p4 >= 2221 && p4 <= 2720) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) {
    return n >= 16 && n <= 19;
  }
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19;
  if (p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) return n >= 14 && n <= 19;
  if (p2 === 62) return n >= 16 && n <= 19;
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19;
  return false;
}

/** IBAN length per country (ISO 13616 registry, the countries most seen in Europe and beyond). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  TN: 24,
  TR: 26,
  UA: 29,
  VG: 24,
  XK: 20,
};

/** {@link IBAN_LENGTHS} as a map: a look-up per IBAN-shaped match, cheaper than `hasOwn`. */
const IBAN_LENGTH_MAP: ReadonlyMap<string, number> = new Map(Object.entries(IBAN_LENGTHS));

/** The IBAN length of a country code (`DE` → 22), or undefined for an unknown country. */
export function ibanLength(country: string): number | undefined {
  return IBAN_LENGTH_MAP.get(country);
}

/** ISO 13616 IBAN: known country, its length, and mod-97 == 1. Spaces are ignored. */
export function isIbanValid(value: string): boolean {
  // One pass over ASCII input: skip separators, check each character's class, and fold
  // everything after the first four characters into the mod-97 remainder as it goes.
  let n = 0;
  let head = 0; // the first four characters' values, two decimal digits each
  let remainder = 0;
  let c0 = 0;
  let c1 = 0;
  for (let i = 0; i < value.length; i++) {
    let c = value.charCodeAt(i);
    if (c >= 128) return isIbanValidUnicode(value);
    if (c === 32 || c === 45 || (c >= 9 && c <= 13)) continue;
    if (c >= 97 && c <= 122) c -= 32;
    const letter = c >= 65 && c <= 90;
    const digit = c >= 48 && c <= 57;
    if (n < 2 ? !letter : n < 4 ? !digit : !letter && !digit) return false;
    if (n === 0) c0 = c;
    else if (n === 1) c1 = c;
    const v = letter ? c - 55 : c - 48;
    if (n < 4) head = head * 100 + v;
    else remainder = v >= 10 ? (remainder * 100 + v) % 97 : (remainder * 10 + v) % 97;
    n++;
  }
  if (n < 5 || n !== IBAN_LENGTHS[String.fromCharCode(c0, c1)]) return false;
  // The country letters (two digits each) then the check digits (one digit each).
  const country = Math.floor(head / 10_000);
  remainder = (remainder * 10_000 + country) % 97;
  const check = head % 10_000; // two one-digit values stored in two-digit slots
  remainder = (remainder * 100 + Math.floor(check / 100) * 10 + (check % 100)) % 97;
  return remainder === 1;
}

/** {@link isIbanValid} for text with non-ASCII characters: upper-casing may change its length. */
function isIbanValidUnicode(value: string): boolean {
  const iban = value.replace(/[\s-]/g, '').toUpperCase();
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected === undefined || iban.length !== expected) return false;
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    const v = c >= 65 ? c - 55 : c - 48;
    remainder = v >= 10 ? (remainder * 100 + v) % 97 : (remainder * 10 + v) % 97;
  }
  return remainder === 1;
}

/** US SSN issuance rules: area not 000, 666 or 9xx; group not 00; serial not 0000. */
export function isSsnValid(value: string): boolean {
  const d = digitsOnly(value);
  if (d.length !== 9) return false;
  const area = d.slice(0, 3);
  if (area === '000' || area === '666' || d[0] === '9') return false;
  if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return false;
  // Advertising and well-known sample numbers are never real.
  return d !== '078051120' && d !== '219099999' && d !== '123456789';
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), mod-23 check letter. */
export function isSpanishIdValid(value: string): boolean {
  const v = value.replace(/[\s-]/g, '').toUpperCase();
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(v);
  if (m === null) return false;
  const [, prefix = '', digits = '', letter] = m;
  if (digits.length !== (prefix === '' ? 8 : 7)) return false;
  // NIE: X, Y, Z stand for 0, 1, 2 in front of the seven digits.
  const n = Number((prefix === '' ? '' : String('XYZ'.indexOf(prefix))) + digits);
  return DNI_LETTERS[n % 23] === letter;
}

/** French NIR (social security number): 13 digits + 2-digit key = 97 - (n mod 97); Corsica 2A/2B. */
export function isFrenchNirValid(value: string): boolean {
  const v = value.replace(/[\s.-]/g, '').toUpperCase();
  if (!/^[12]\d{4}(?:\d{2}|2A|2B)\d{6}\d{2}$/.test(v)) return false;
  const body = v.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = Number(v.slice(13));
  return 97 - Number(BigInt(body) % 97n) === key;
}

/** German tax id (Steuer-IdNr): 11 digits, first not 0, ISO 7064 MOD 11,10 check digit. */
export function isGermanTaxIdValid(value: string): boolean {
  const d = digitsOnly(value);
  if (d.length !== 11 || d[0] === '0') return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(d[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(d[10]);
}

/** Dutch BSN: 9 digits passing the "11-proef" (weights 9..2 and -1). */
export function isDutchBsnValid(value: string): boolean {
  const d = digitsOnly(value);
  if (d.length !== 9 || d === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

const CF_ODD = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/** Italian codice fiscale: 16 characters, check letter from odd/even position tables. */
export function isItalianFiscalCodeValid(value: string): boolean {
  const v = value.toUpperCase();
  if (
    !/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(
      v,
    )
  ) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = v.charCodeAt(i);
    const idx = c >= 65 ? c - 65 : c - 48;
    sum += i % 2 === 0 ? (CF_ODD[idx] ?? 0) : idx;
  }
  return String.fromCharCode(65 + (sum % 26)) === v[15];
}

// Reused between calls (single-threaded): entropy runs on many tokens per table cell.
const ENTROPY_COUNTS = new Uint16Array(128);

/** Shannon entropy in bits per character (code units; credentials are ASCII). */
export function shannonEntropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  let other = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 128) ENTROPY_COUNTS[c] = (ENTROPY_COUNTS[c] ?? 0) + 1;
    else other++;
  }
  let h = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) continue;
    const k = ENTROPY_COUNTS[c] ?? 0;
    if (k === 0) continue; // already counted
    const p = k / n;
    h -= p * Math.log2(p);
    ENTROPY_COUNTS[c] = 0;
  }
  if (other > 0) h -= (other / n) * Math.log2(other / n);
  return h;
}
