import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { ScanState } from './scan-state.js';

/** Regions tried, after the caller's default, for numbers written without a country code. */
export const DEFAULT_PHONE_REGIONS: readonly CountryCode[] = [
  'US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'IE', 'PT', 'IN', 'AU', 'CA', 'JP', 'MX',
];

// An optional +CC / 00CC, an optional (area), then 2-6 digit groups split by space, dot, dash or slash.
const PHONE_RE = /(?<![\w+.\/-])(?:(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)\s?)?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,8}(?:(?:[\s.\/-]|\s?-\s?)\d{1,8}){0,6}(?![\w])(?![.-]\d)/g;

const DATE_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/;
const DECIMAL_LIKE = /^\d+[.,]\d{1,2}$/;

export interface PhoneOptions {
  /** Regions tried in order for national-format numbers; the first is the default region. */
  readonly regions: readonly CountryCode[];
}

function digitCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** A national number printed the way people print phones: (area), or spaced/dashed groups. */
function looksFormatted(value: string): boolean {
  if (value.includes('(')) return true;
  const groups = value.split(/[\s.\/-]+/);
  return groups.length >= 3 || (groups.length === 2 && (groups[0]?.length ?? 0) <= 5 && value.startsWith('0'));
}

/**
 * PHONE: candidates from a permissive pattern, confirmed by libphonenumber-js (full metadata).
 * `+CC` numbers must be valid for their country; national numbers must be valid in one of the
 * configured regions and need phone-like formatting or a context word to pass the threshold.
 */
export function findPhones(s: ScanState, options: PhoneOptions): void {
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(s.text); m !== null; m = PHONE_RE.exec(s.text)) {
    const value = m[0].trimEnd();
    const digits = digitCount(value);
    if (digits < 7 || digits > 15) continue;
    if (DATE_LIKE.test(value) || DECIMAL_LIKE.test(value)) continue;
    if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) continue; // an IPv4 address or a version
    if (/\d{4}-\d{2}-\d{2}|\d{2}:\d{2}/.test(value)) continue; // a date or a clock time inside
    // Dotted numbers are phones only as 2-4 digit groups (555.123.4567), never as versions (7.6.7253.7257).
    if (!/[\s\-/()]/.test(value) && value.includes('.') && !/^\d{2,4}(?:\.\d{2,4}){2,4}$/.test(value)) continue;
    const start = m.index;
    const international = value.startsWith('+') || value.startsWith('00');
    if (!international && digits > 12) continue; // national numbers are short; this is an account or card
    const context = s.hasContext('PHONE', start, 32);
    const negative = s.hasNegative('PHONE', start, 20);
    let score = 0;
    let reason = '';
    if (international) {
      const parsed = parsePhoneNumberFromString(value.startsWith('00') ? '+' + value.slice(2) : value);
      if (parsed === undefined) continue;
      if (parsed.isValid()) {
        score = 0.9;
        reason = `valid +${parsed.countryCallingCode} number`;
      } else if (parsed.isPossible()) {
        score = context ? 0.7 : 0.5;
        reason = `possible +${parsed.countryCallingCode} number`;
      } else continue;
    } else {
      let region: CountryCode | undefined;
      for (const r of options.regions) {
        const parsed = parsePhoneNumberFromString(value, r);
        if (parsed?.isValid() === true) {
          region = r;
          break;
        }
      }
      if (region === undefined) continue;
      score = 0.35 + (looksFormatted(value) ? 0.2 : 0) + (context ? 0.35 : 0);
      reason = `valid national number (${region})${context ? ' with phone context' : ''}`;
    }
    if (negative && !context) score -= 0.4;
    s.push({ type: 'PHONE', start, end: start + value.length, score, recognizer: 'phone', reason });
  }
}
