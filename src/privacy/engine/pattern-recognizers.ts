import validator from 'validator';
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
} from './checksums.js';
import { containsAnyWord } from './context-words.js';
import type { ScanState } from './scan-state.js';
import {
  DEPLOYED_TO_BEFORE_RE,
  UPDATED_AFTER_RE,
  VALID_FROM_AFTER_RE,
  VERSION_RANGE_GAP_RE,
  inVersionField,
  isVersionColumn,
  isVersionContext,
  underVersionHeader,
} from './ip-versions.js';

/*
 * Recognisers for structured values: each finds candidates with a regex, confirms them with a
 * validator (checksum, issuance rules, library parser) and scores them with context words.
 * Regexes are module constants with the `g` flag; every function resets lastIndex by using
 * matchAll-free exec loops from index 0.
 */

const EMAIL_RE = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}/gu;

export function findEmails(s: ScanState): void {
  EMAIL_RE.lastIndex = 0;
  for (let m = EMAIL_RE.exec(s.text); m !== null; m = EMAIL_RE.exec(s.text)) {
    let start = m.index;
    let value = m[0];
    while (value.startsWith('.') || value.startsWith("'") || value.startsWith('-')) {
      value = value.slice(1);
      start++;
    }
    const local = value.slice(0, value.indexOf('@'));
    if (local.length === 0 || local.endsWith('.')) continue;
    // "postgres://admin:S3cret@db": user info of a URL, not an address.
    if (/:\/\/[^\s/@]*:$/.test(s.text.slice(Math.max(0, start - 80), start))) continue;
    // "postgres://app@db.internal:5432": a user and host right after the scheme.
    if (s.text.startsWith('://', start - 3)) continue;
    s.push({
      type: 'EMAIL',
      start,
      end: start + value.length,
      score: 0.95,
      recognizer: 'email',
      reason: 'address syntax',
    });
  }
}

const URL_RE = /\b(?:https?|ftp):\/\/[^\s<>"'`]+|\bwww\.[a-z0-9-]+\.[^\s<>"'`]+/gi;
const URL_TRAILING = /[.,;:!?'")\]}>]+$/;
// Scheme-less links with a path on a common TLD ("linkedin.com/in/jane-doe"); never after @.
const BARE_URL_RE =
  /(?<![\w@./-])(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|ai|app|co|me|info|biz|eu|de|fr|es|it|nl|be|ch|at|uk|ie|pt|us|ca|au|in)\/[^\s<>"'`]*/gi;

// Endpoints of public services' APIs: the api. hosts of well-known SaaS and developer platforms.
const PUBLIC_API_RE =
  /^\w+:\/\/(?:api\.(?:github|gitlab|bitbucket|slack|stripe|openai|anthropic|twilio|sendgrid|mailgun|paypal|dropboxapi|twitter|x|linkedin|hubapi|hubspot|cloudflare|digitalocean|heroku|atlassian|notion|airtable|pagerduty|datadoghq|newrelic|telegram|mistral|cohere|groq|together|replicate|vercel|netlify|figma|zoom|spotify|discord|trello|asana|shopify|intercom|zendesk|segment|mixpanel|amplitude)\.(?:com|org|io|net|ai|co|dev|us))(?:[/:?#]|$)/i;

export function findUrls(s: ScanState): void {
  findBareUrls(s);
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(s.text); m !== null; m = URL_RE.exec(s.text)) {
    let value = m[0];
    const trailing = URL_TRAILING.exec(value);
    if (trailing !== null) {
      // Keep a closing bracket that closes one opened inside the URL (Wikipedia-style paths).
      let cut = trailing[0];
      if (cut.startsWith(')') && value.includes('(')) cut = cut.slice(1);
      value = value.slice(0, value.length - cut.length);
    }
    if (value.length < 8) continue;
    const isScheme = value.includes('://');
    // A public service's API called from a command line ("curl … https://api.github.com/user")
    // names the service, not anyone; a company's own endpoint is labelled as any URL is.
    if (PUBLIC_API_RE.test(value) && /\b(?:curl|wget|http|fetch|get|post)\b/.test(s.lower()))
      continue;
    s.push({
      type: 'URL',
      start: m.index,
      end: m.index + value.length,
      score: isScheme ? 0.85 : 0.7,
      recognizer: 'url',
      reason: isScheme ? 'scheme://host' : 'www. host',
    });
  }
}

function findBareUrls(s: ScanState): void {
  BARE_URL_RE.lastIndex = 0;
  for (let m = BARE_URL_RE.exec(s.text); m !== null; m = BARE_URL_RE.exec(s.text)) {
    const value = m[0].replace(URL_TRAILING, '');
    if (value.length < 8 || value.endsWith('/')) continue; // "example.com/" alone names a site, not a page
    if (value.includes('@sha256:')) continue; // a container image pinned by its digest
    // "app.kubernetes.io/version: 4.2": a key named like a host, not an address.
    const after = m.index + value.length;
    if (s.text.charCodeAt(after) === 58 && /\s/.test(s.text.charAt(after + 1))) continue;
    s.push({
      type: 'URL',
      start: m.index,
      end: m.index + value.length,
      score: 0.6,
      recognizer: 'url',
      reason: 'host/path without scheme',
    });
  }
}

const IPV4_RE =
  /(?<![\w.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\w.]\d|\d|[-+][a-z]|\.\d)/gi;
const IPV6_RE = /(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:%\w+)?(?![\w:])/gi;
const STRONG_IP_CONTEXT = [
  'ip',
  'ip address',
  'ipv4',
  'ip-adresse',
  'adresse ip',
  'dirección ip',
  'direccion ip',
  'host',
  'server',
  'login',
  'logged in',
];
export const VERSION_LIKE_IP = /^[0-9]\.(?:[0-2]?\d|30)\.(?:[0-2]?\d|30)\.(?:[0-2]?\d|30)$/;

export function findIpAddresses(s: ScanState): void {
  // A column header of versions ("Firmware", "build") over dotted quads, unless it names IPs.
  const versionColumn = isVersionColumn(s.hintContext);
  IPV4_RE.lastIndex = 0;
  let lastVersionEnd = -1;
  for (let m = IPV4_RE.exec(s.text); m !== null; m = IPV4_RE.exec(s.text)) {
    const start = m.index;
    const prev = start > 0 ? s.text[start - 1] : '';
    if (prev === 'v' || prev === 'V') continue; // v1.2.3.4 is a version
    let score = 0.7;
    let reason = 'dotted quad';
    const before40 = s.text.slice(Math.max(0, start - 40), start);
    if (
      !DEPLOYED_TO_BEFORE_RE.test(before40) &&
      (versionColumn ||
        s.hasNegative('IP_ADDRESS', start, 28) ||
        underVersionHeader(s.text, start, m[0].length) ||
        inVersionField(s.text, start) ||
        isVersionContext(s.text.slice(Math.max(0, start - 40), start)) ||
        UPDATED_AFTER_RE.test(s.text.slice(start + m[0].length, start + m[0].length + 16)) ||
        VALID_FROM_AFTER_RE.test(s.text.slice(start + m[0].length, start + m[0].length + 28)) ||
        (lastVersionEnd >= 0 &&
          start - lastVersionEnd <= 8 &&
          VERSION_RANGE_GAP_RE.test(s.text.slice(lastVersionEnd, start))))
    ) {
      lastVersionEnd = start + m[0].length;
      score = 0.2;
      reason = 'dotted quad after a version word';
    } else if (
      VERSION_LIKE_IP.test(m[0]) &&
      !containsAnyWord(s.before(start, 24), STRONG_IP_CONTEXT)
    ) {
      score = 0.4;
      reason = 'small dotted quad that reads as a version';
    } else if (s.hasContext('IP_ADDRESS', start)) {
      score = 0.9;
      reason = 'dotted quad with IP context';
    }
    s.push({
      type: 'IP_ADDRESS',
      start,
      end: start + m[0].length,
      score,
      recognizer: 'ipv4',
      reason,
    });
  }
  if (!s.text.includes(':')) return;
  IPV6_RE.lastIndex = 0;
  for (let m = IPV6_RE.exec(s.text); m !== null; m = IPV6_RE.exec(s.text)) {
    const value = m[0];
    if (value.length < 6 || !validator.isIP(value.split('%')[0] ?? '', 6)) continue;
    if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(value)) continue; // a clock time
    s.push({
      type: 'IP_ADDRESS',
      start: m.index,
      end: m.index + value.length,
      score: value.includes('::') || value.split(':').length === 8 ? 0.85 : 0.5,
      recognizer: 'ipv6',
      reason: 'IPv6 syntax',
    });
  }
}

const CARD_RE = /(?<![\w+\-.,/]|\d[ -])\d(?:[ -]?\d){11,18}(?![\w]|[ \-.,/]\d)/g;

/** Groups of a separated card number must look like how cards are printed (4-4-4-4, 4-6-5). */
export function hasCardGrouping(value: string): boolean {
  let sep = 0;
  let run = 0;
  let groups = 0; // groups closed by a separator
  let first = 0;
  let second = 0;
  let allFour = true; // every closed group has 4 digits
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) run++;
    else {
      if (sep !== 0 && c !== sep) return false; // mixed separators
      sep = c;
      if (groups === 0) first = run;
      else if (groups === 1) second = run;
      if (run !== 4) allFour = false;
      groups++;
      run = 0;
    }
  }
  if (groups === 0) return true;
  if (groups === 2 && first === 4 && second === 6 && (run === 5 || run === 4)) return true;
  return allFour && run <= 4;
}

function countDigits(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

// An IBAN's country, check digits and bank code right before a run of digits.
const IBAN_HEAD_BEFORE_RE = /(?:^|[^\p{L}\d])[A-Z]{2}\d{2}[ ]?(?:[A-Z\d]{4}[ ]?)?$/u;

export function findCreditCards(s: ScanState): void {
  CARD_RE.lastIndex = 0;
  for (let m = CARD_RE.exec(s.text); m !== null; m = CARD_RE.exec(s.text)) {
    const value = m[0];
    // The match holds only digits, spaces and dashes: count and check the groups before
    // building the digit string.
    const digitCount = countDigits(value);
    if (digitCount < 12 || digitCount > 19 || !hasCardGrouping(value)) continue;
    const digits = digitCount === value.length ? value : value.replace(/[ -]/g, '');
    if (!hasCardIssuerPrefix(digits) || !isLuhnValid(digits)) continue;
    // "GB05 MIDL 5972 2067 5003 54": the digits of an IBAN whose check failed, not a card.
    if (IBAN_HEAD_BEFORE_RE.test(s.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    let score = 0.9;
    let reason = 'issuer prefix + Luhn';
    if (s.hasContext('CREDIT_CARD', m.index)) {
      score = 0.98;
      reason = 'issuer prefix + Luhn + card context';
    } else if (s.hasNegative('CREDIT_CARD', m.index, 20)) {
      score = 0.55;
      reason = 'Luhn-valid but after a reference word';
    }
    s.push({
      type: 'CREDIT_CARD',
      start: m.index,
      end: m.index + value.length,
      score,
      recognizer: 'card',
      reason,
    });
  }
}

const IBAN_RE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}\b/g;

export function findIbans(s: ScanState): void {
  IBAN_RE.lastIndex = 0;
  for (let m = IBAN_RE.exec(s.text); m !== null; m = IBAN_RE.exec(s.text)) {
    const raw = m[0];
    // The regex may run into a following word. Only the country's own length can validate, so
    // the prefix holding that many characters (spaces aside) is the one worth checking.
    let found = false;
    const n = ibanLength(raw.slice(0, 2)) ?? 0;
    let end = 0; // just after the n-th non-space character
    for (let count = 0; end < raw.length && count < n; end++)
      if (raw.charCodeAt(end) !== 32) count++;
    let compactLength = 0;
    for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) !== 32) compactLength++;
    if (n >= 15 && n <= Math.min(compactLength, 34)) {
      const next = raw[end];
      // never cut inside a group
      if ((next === undefined || next === ' ') && isIbanValid(raw.slice(0, end))) {
        s.push({
          type: 'IBAN',
          start: m.index,
          end: m.index + end,
          score: 0.97,
          recognizer: 'iban',
          reason: 'country length + mod-97',
        });
        IBAN_RE.lastIndex = m.index + end;
        found = true;
      }
    }
    if (!found) IBAN_RE.lastIndex = m.index + 4;
  }
}

const SSN_RE = /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d]|-\d)/g;
const SSN_COMPACT_RE = /(?<!\d)\d{9}(?!\d)/g;
const SSN_WORD_RE = /ssn|social|sozial|s[ée]cu|seguro|seguridad|taxpayer|\btin\b/; // on lower-cased text

export function findSsns(s: ScanState): void {
  SSN_RE.lastIndex = 0;
  for (let m = SSN_RE.exec(s.text); m !== null; m = SSN_RE.exec(s.text)) {
    if (!isSsnValid(m[0])) continue;
    let score = m[2] === '-' ? 0.75 : 0.55;
    let reason = 'AAA-GG-SSSS issuance rules';
    if (s.hasContext('US_SSN', m.index, 48)) {
      score = 0.95;
      reason = 'SSN shape with SSN context';
    } else if (s.hasNegative('US_SSN', m.index, 30)) {
      score = 0.3;
    }
    s.push({
      type: 'US_SSN',
      start: m.index,
      end: m.index + m[0].length,
      score,
      recognizer: 'ssn',
      reason,
    });
  }
  if (!s.hintContext.has('US_SSN') && !SSN_WORD_RE.test(s.lower())) return;
  SSN_COMPACT_RE.lastIndex = 0;
  for (let m = SSN_COMPACT_RE.exec(s.text); m !== null; m = SSN_COMPACT_RE.exec(s.text)) {
    if (!isSsnValid(m[0]) || !s.hasContext('US_SSN', m.index, 32)) continue;
    s.push({
      type: 'US_SSN',
      start: m.index,
      end: m.index + 9,
      score: 0.8,
      recognizer: 'ssn',
      reason: '9 digits with SSN context',
    });
  }
}

const ES_ID_RE = /(?<![\w-])[XYZ]?\d{7,8}-?[A-Z](?![\w-])/g;
const FR_NIR_RE =
  /(?<![\d\w])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2}(?![\d\w]|\.\d)/g;
const IT_CF_RE = /(?<![\w])[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z](?![\w])/g;
const DIGITS_9_11_RE =
  /(?<![\d.,-])(?:\d{11}|\d{9}|\d{3} \d{3} \d{3}|\d{2} \d{3} \d{3} \d{3})(?![\d]|[.,-]\d)/g;

/** National identifiers of EU countries: ES DNI/NIE, FR NIR, IT codice fiscale, DE tax id, NL BSN. */
export function findNationalIds(s: ScanState): void {
  const text = s.text;
  if (/[A-Z]/.test(text)) findLetterIds(s);
  // Bare 9/11/15-digit runs are everywhere; look further only with an id word around.
  if (!s.hintContext.has('NATIONAL_ID') && !ID_WORD_RE.test(s.lower())) return;
  FR_NIR_RE.lastIndex = 0;
  for (let m = FR_NIR_RE.exec(s.text); m !== null; m = FR_NIR_RE.exec(s.text)) {
    if (isFrenchNirValid(m[0]))
      pushId(s, m.index, m[0], 0.8 + idContext(s, m.index), 'FR NIR mod-97 key');
  }
  DIGITS_9_11_RE.lastIndex = 0;
  for (let m = DIGITS_9_11_RE.exec(s.text); m !== null; m = DIGITS_9_11_RE.exec(s.text)) {
    if (idContext(s, m.index) === 0) continue;
    const digits = m[0].replace(/ /g, '');
    if (digits.length === 11 && isGermanTaxIdValid(digits))
      pushId(s, m.index, m[0], 0.85, 'DE Steuer-ID check digit + context');
    else if (
      digits.length === 9 &&
      isDutchBsnValid(digits) &&
      /bsn|burgerservice/.test(s.before(m.index) + s.hint)
    ) {
      pushId(s, m.index, m[0], 0.85, 'NL BSN 11-proof + context');
    }
  }
}

const ID_WORD_RE =
  /\b(?:id|ident|insee|nir|s[ée]cu|steuer|bsn|burgerservice|fiscal|national|social|sozial|passport|ausweis|dni|nie|nif|documento)/; // on lower-cased text

// Module-level helpers rather than per-call closures: findNationalIds runs on most cells.
function pushId(s: ScanState, start: number, value: string, score: number, reason: string): void {
  s.push({
    type: 'NATIONAL_ID',
    start,
    end: start + value.length,
    score,
    recognizer: 'national-id',
    reason,
  });
}

function idContext(s: ScanState, start: number): number {
  return s.hasContext('NATIONAL_ID', start, 40) ? 0.15 : 0;
}

function findLetterIds(s: ScanState): void {
  ES_ID_RE.lastIndex = 0;
  for (let m = ES_ID_RE.exec(s.text); m !== null; m = ES_ID_RE.exec(s.text)) {
    if (isSpanishIdValid(m[0]))
      pushId(s, m.index, m[0], 0.8 + idContext(s, m.index), 'ES DNI/NIE check letter');
  }
  IT_CF_RE.lastIndex = 0;
  for (let m = IT_CF_RE.exec(s.text); m !== null; m = IT_CF_RE.exec(s.text)) {
    if (isItalianFiscalCodeValid(m[0]))
      pushId(s, m.index, m[0], 0.9, 'IT codice fiscale check letter');
  }
}
