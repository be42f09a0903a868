import type { CountryCode } from 'libphonenumber-js/min';
import {
  validInternational,
  validInternationalWithTrunk,
  validNational,
} from './phone-metadata.js';
import { CONTEXT_WORDS, containsAnyWord } from './context-words.js';
import type { ScanState } from './scan-state.js';

/** Regions tried, after the caller's default, for numbers written without a country code. */
export const DEFAULT_PHONE_REGIONS: readonly CountryCode[] = [
  'US',
  'GB',
  'DE',
  'FR',
  'ES',
  'IT',
  'NL',
  'BE',
  'CH',
  'AT',
  'IE',
  'PT',
  'IN',
  'AU',
  'CA',
  'JP',
  'MX',
];

// An optional +CC / 00CC, an optional (area), then up to 7 digit groups split by space, dot, dash or slash.
// Country code as "+34", "0034" or "(+34)"; or the North American "1" before an area code in
// brackets ("1 (612) 959-3959").
// Separators are spaces, never a tab or a line break: a number does not run on to the next cell
// or line.
const PHONE_RE =
  /(?<![\w+./-])(?:(?:\+|00)\d{1,3}[ .-]?(?:\(0\) ?)?|\(\+\d{1,3}\)[ .-]?|1[ .-]?(?=\(\d{3}\)))?(?:\(\d{1,5}\)[ .-]?)?\d{1,15}(?:(?:[ ./-]| ?- ?)\d{1,10}){0,6}(?![\w])(?![.-]\d)/g;

const DATE_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/;
const DECIMAL_LIKE = /^\d+[.,]\d{1,2}$/;

export interface PhoneOptions {
  /** Regions tried in order for national-format numbers; the first is the default region. */
  readonly regions: readonly CountryCode[];
  /** Candidates that cannot reach it are dropped before the (costly) library parse. */
  readonly threshold: number;
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
  const groups = value.split(/[\s./-]+/);
  return (
    groups.length >= 3 ||
    (groups.length === 2 && (groups[0]?.length ?? 0) <= 5 && value.startsWith('0'))
  );
}

/**
 * PHONE: candidates from a permissive pattern, confirmed by libphonenumber-js metadata.
 * `+CC` numbers must be valid for their country; national numbers must be valid in one of the
 * configured regions and need phone-like formatting or a context word to pass the threshold.
 */
// The head of an IBAN-shaped string right before: country, check digits, groups of four.
const IBAN_HEAD_BEFORE_RE = /(?:^|[^\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})* ?$/;

/** Four capitals or digits then a space at `at`: the cheap test before IBAN_HEAD_BEFORE_RE. */
function isAccountGroup(text: string, at: number): boolean {
  if (text.charCodeAt(at + 4) !== 32) return false;
  for (let i = at; i < at + 4; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

export function findPhones(s: ScanState, options: PhoneOptions): void {
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(s.text); m !== null; m = PHONE_RE.exec(s.text)) {
    const value = m[0].trimEnd();
    const digits = digitCount(value);
    if (!isPhoneShaped(value, digits)) continue;
    const start = m.index;
    const end = start + value.length;
    // "4. Februar 2025 16-20", "March 2024 0930": a year after a month name starts no number.
    if (
      YEAR_START_RE.test(value) &&
      MONTH_BEFORE_RE.test(s.text.slice(Math.max(0, start - 16), start))
    )
      continue;
    // Digits right after "12:34:" or "+01:" continue a clock time or a zone offset
    // ("…T06:50:09.212+01:00 48.243.9.13"), never start a phone number.
    if (
      start >= 2 &&
      s.text.charCodeAt(start - 1) === 58 &&
      isDigitCode(s.text.charCodeAt(start - 2))
    )
      continue;
    // Already claimed by a validated recogniser (an SSN, a date of birth): skip the costly parse.
    if (s.candidates.some((c) => c.score >= 0.6 && c.start <= start && c.end >= end)) continue;
    // The digit groups of an account number ("NL19 AFSG 2242 8094 24", check digits bad).
    if (
      start >= 5 &&
      isAccountGroup(s.text, start - 5) &&
      IBAN_HEAD_BEFORE_RE.test(s.text.slice(Math.max(0, start - 40), start))
    )
      continue;
    // Ten bare digits from 1: a Unix time in seconds (no plan of ours writes a number so).
    if (digits === 10 && value.length === 10 && value.charCodeAt(0) === 49) continue;
    // "bytes_in=3840098", "pid=4417021": the value of a key that names no phone.
    if (
      s.text.charCodeAt(start - 1) === 61 &&
      COUNT_KEY_BEFORE_RE.test(s.text.slice(Math.max(0, start - 24), start))
    )
      continue;
    // '"GET /x HTTP/1.1" 200 6044': the status and the size of an access log's request line.
    if (s.text.charCodeAt(start - 1) === 32 && HTTP_STATUS_BEFORE_RE.test(s.before(start, 16)))
      continue;
    // "Mietvertrag Nr. 06 98 13 99 09", "Billet n° 170-646-3202": a number sign names a document's
    // number; only a phone word ("Tel.-Nr.", "n° de téléphone") makes it a phone's.
    if (
      value.charCodeAt(0) !== 43 &&
      NUMBER_SIGN_BEFORE_RE.test(s.before(start, 8)) &&
      !containsAnyWord(s.before(start, 28), PHONE_WORDS)
    )
      continue;
    const negative = s.hasNegative('PHONE', start, 20);
    // "Mi número de póliza es 933.106.097", "Confirmation number 940-458-8732": a reference word
    // right before the number, or before a bare "number", outweighs the word "number".
    const closeNegative =
      negative &&
      (s.hasNegative('PHONE', start, 14) || !containsAnyWord(s.before(start, 32), PHONE_WORDS));
    const context =
      !closeNegative &&
      (s.hasContext('PHONE', start, 32) || (!negative && nearEmail(s, start, end)));
    const scored = scorePhone(value, digits, context, negative, options);
    if (scored !== undefined)
      s.push({
        type: 'PHONE',
        start,
        end,
        score: scored.score,
        recognizer: 'phone',
        reason: scored.reason,
      });
  }
}

// A number sign or its abbreviation, ending the text before a number.
const NUMBER_SIGN_BEFORE_RE = /(?:n°|nº|n\.º|nr\.?|no\.)[ \t]*:?[ \t]*$/u;
/** The phone context words without the bare "number" ("Confirmation number", "Billet n°"). */
const PHONE_WORDS: readonly string[] = (CONTEXT_WORDS.PHONE ?? []).filter(
  (w) => !['number', 'numéro', 'numero', 'nummer', 'número', 'no', 'nr', 'n°', 'nº'].includes(w),
);

/**
 * A contact line: an e-mail address on the same line, close by ("Saraine Corviier · 07956580338 ·
 * s.corviier@…", "| a.huel@… | 0416267142 |"). E-mails are found before phones.
 */
function nearEmail(s: ScanState, start: number, end: number): boolean {
  for (const c of s.candidates) {
    if (c.type !== 'EMAIL' || c.start > end + 60 || c.end < start - 60) continue;
    const between = c.start > end ? s.text.slice(end, c.start) : s.text.slice(c.end, start);
    if (!between.includes('\n')) return true;
  }
  return false;
}

// The end of a request line in the common log format: 'HTTP/1.1" ' (read in lower case).
const HTTP_STATUS_BEFORE_RE = /http\/\d(?:\.\d)?" $/;
// Keys of counts, sizes and ids before "=": "bytes_in=", "duration=", "pid=", "order_id=".
const COUNT_KEY_BEFORE_RE =
  /(?<![\p{L}])(?:bytes|byte|size|len|length|count|duration|pid|uid|gid|id|port|offset|seq|sequence|code|amount|total|sum|ms|ts|time|epoch|elapsed|latency|rows|records|items|qty|quantity|version|build|ref|order|invoice|account|contract|policy)(?:_[\p{L}_]*)?=$/iu;

const YEAR_START_RE = /^(?:19|20)\d\d(?!\d)/;
const MONTH_BEFORE_RE =
  /(?:jan|feb|febr|fév|mar|mär|apr|avr|may|mai|jun|juin|jul|juil|aug|aoû|sep|sept|oct|okt|nov|dec|dez|déc|dic|ene|abr|ago)\p{L}*\.?(?: \d{1,2})?,?(?: de)? $/iu;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Digit counts, dates, decimals, versions and clock times that rule a candidate out. */
function isPhoneShaped(value: string, digits: number): boolean {
  if (digits < 7 || digits > 15) return false;
  if (DATE_LIKE.test(value) || DECIMAL_LIKE.test(value)) return false;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) return false; // an IPv4 address or a version
  if (/\d{4}-\d{2}-\d{2}|\d{2}:\d{2}/.test(value)) return false; // a date or a clock time inside
  // "05/12/2025 12-16", "25.12.25 16-20": a date, then a time or a range of hours.
  if (/\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|^\d{1,2}[./]\d{1,2}[./]\d{2} /.test(value))
    return false;
  // 3-2-4 with dashes is how US social security numbers are written, in no phone plan: when the
  // SSN rules reject it (area 000, 666, 9xx) it is an invalid SSN or a reference, not a phone.
  if (/^\d{3}-\d{2}-\d{4}$/.test(value)) return false;
  // Dotted numbers are phones only as 2-4 digit groups (555.123.4567), never as versions (7.6.7253.7257).
  return !(
    !/[\s\-/()]/.test(value) &&
    value.includes('.') &&
    !/^\d{2,4}(?:\.\d{2,4}){2,4}$/.test(value)
  );
}

/** Validates a phone-shaped value with the metadata and scores it; undefined when invalid. */
function scorePhone(
  value: string,
  digits: number,
  context: boolean,
  negative: boolean,
  options: PhoneOptions,
): { score: number; reason: string } | undefined {
  const international = value.startsWith('+') || value.startsWith('00') || value.startsWith('(+');
  // National numbers are short (12 digits with the trunk 0 at most; German ones reach 13, and
  // are written spaced or after a phone word): longer runs are accounts or cards.
  if (
    !international &&
    digits > (value.startsWith('0') && (context || /\d[\s/]\d/.test(value)) ? 13 : 12)
  )
    return undefined;
  let score: number;
  let reason: string;
  // "+49 (0)89 …": the bracketed trunk zero is not dialled after the country code.
  const digitString = value.replace('(0)', '').replace(/\D/g, '');
  if (international) {
    const afterPlus = value.startsWith('00') ? digitString.slice(2) : digitString;
    const country = validInternational(afterPlus);
    if (country !== undefined) {
      score = 0.9;
      reason = `valid ${country} number with country code`;
    } else {
      // "+490166792416": the trunk 0 kept after the country code, a common way to write it.
      const trunked = validInternationalWithTrunk(afterPlus);
      if (trunked === undefined) return undefined;
      score = context ? 0.85 : 0.7;
      reason = `valid ${trunked} number with country code and its trunk prefix`;
    }
  } else {
    const formatted = looksFormatted(value);
    if (0.35 + (formatted ? 0.2 : 0) + (context ? 0.35 : 0) < options.threshold) return undefined;
    const region = options.regions.find((r) => validNational(digitString, r, context));
    if (region === undefined) return undefined;
    score = 0.35 + (formatted ? 0.2 : 0) + (context ? 0.35 : 0);
    reason = `valid national number (${region})${context ? ' with phone context' : ''}`;
  }
  if (negative && !context) score -= 0.4;
  return { score, reason };
}

const PHONE_WHOLE_RE = new RegExp(`^${PHONE_RE.source.replace('(?<![\\w+./-])', '')}$`);

/**
 * PHONE for a whole cell of a column classified as phones: the recogniser's answer when its
 * pattern spans the whole cell (nothing before it, so no negative word), else undefined.
 */
export function wholePhone(
  text: string,
  hintHasPhone: boolean,
  options: PhoneOptions,
): { score: number; reason: string } | undefined {
  if (text.length > 40 || !PHONE_WHOLE_RE.test(text)) return undefined;
  const digits = digitCount(text);
  if (!isPhoneShaped(text, digits)) return undefined;
  return scorePhone(text, digits, hintHasPhone, false, options);
}
