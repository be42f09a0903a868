import type { CountryCode } from 'libphonenumber-js/min';
import { findAddresses } from './address-recognizer.js';
import { findBirthDates } from './date-recognizer.js';
import { addEmbeddedTableCells } from './embedded-table-cells.js';
import type { EntityType, Finding } from './entity-types.js';
import {
  findCreditCards,
  findEmails,
  findIbans,
  findIpAddresses,
  findNationalIds,
  findSsns,
  findUrls,
} from './pattern-recognizers.js';
import { findLowerCaseNames, mayHaveIntroducedName } from './cased-names.js';
import { findLowerCuedNames, mayHaveLowerCuedName } from './lower-cued-names.js';
import { mayHaveUncasedAddress } from './address-case.js';
import { onlyLoneGivenNames } from './person-negatives.js';
import { findPersons } from './person-recognizer.js';
import { findLowerSpeakers, mayHaveLowerSpeakers } from './person-text-passes.js';
import { DEFAULT_PHONE_REGIONS, findPhones, type PhoneOptions } from './phone-recognizer.js';
import { HintContext, ScanState, profileText } from './scan-state.js';
import { findSecrets } from './secret-recognizers.js';
import { wholeValueFinding } from './whole-values.js';

/** A value that is always reported as `type` wherever it appears (case-insensitive). */
export interface DenyEntry {
  readonly type: EntityType;
  readonly value: string;
}

export interface AnalyzerOptions {
  /** Findings scoring below this are dropped. Default 0.5. */
  readonly threshold?: number;
  /** Only these types are reported; all when absent. */
  readonly entities?: readonly EntityType[];
  /** Values never reported (exact match of the finding's text, case-insensitive). */
  readonly allowList?: readonly string[];
  /** Values always reported. */
  readonly denyList?: readonly DenyEntry[];
  /** Regions for national phone numbers; the first is the default region. */
  readonly phoneRegions?: readonly CountryCode[];
  /**
   * Whole-value checks for typed columns (see whole-values.ts). Default true; off only to prove,
   * in tests and benchmarks, that they change speed and never results.
   */
  readonly wholeValueChecks?: boolean;
}

/** Options resolved once and reused for every text (one per table, not one per cell). */
export interface Analyzer {
  /**
   * Finds entities in `text`. `hint` is extra context for the whole text, such as a column
   * header ("date_of_birth"). `expected` is the type the text's column holds: its recogniser
   * runs first, and a finding covering the whole text ends the scan (a cell that is entirely
   * an e-mail address holds nothing else). Returns non-overlapping findings sorted by start.
   */
  analyze(text: string, hint?: string, expected?: EntityType): Finding[];
  readonly threshold: number;
}

export const DEFAULT_THRESHOLD = 0.5;

/** Builds an analyzer; cheap, but build it once per scan rather than per text. */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const wanted = options.entities === undefined ? undefined : new Set<string>(options.entities);
  const allow = new Set((options.allowList ?? []).map((v) => v.toLowerCase()));
  const deny = (options.denyList ?? []).map((d) => ({
    type: d.type,
    value: d.value.toLowerCase(),
  }));
  const phone = { regions: options.phoneRegions ?? DEFAULT_PHONE_REGIONS, threshold };
  const hintCache = new Map<string, HintContext>();
  const wholeChecks = options.wholeValueChecks ?? true;
  const analyzer: Analyzer = {
    threshold,
    analyze(text, hint = '', expected) {
      let context = hintCache.get(hint);
      if (context === undefined) {
        context = new HintContext(hint);
        if (hintCache.size < 10_000) hintCache.set(hint, context);
      }
      let s: ScanState | undefined;
      if (expected !== undefined && allow.size === 0 && deny.length === 0) {
        // The cheap whole-value check first: most cells of a typed column pass it.
        const fast = wholeChecks ? wholeValueFinding(expected, text, context, phone) : undefined;
        if (fast !== undefined && fast.score >= threshold)
          return wanted === undefined || wanted.has(fast.type) ? [fast] : [];
        s = new ScanState(text, context);
        const whole = findWhole(s, expected, phone, threshold);
        if (whole !== undefined)
          return wanted === undefined || wanted.has(whole.type) ? [whole] : [];
      }
      const verdict = shapeVerdict(text, context, wholeChecks);
      // Nothing can be found in a skipped shape unless a deny entry matches it.
      if (verdict === 'skip' && deny.length === 0) return [];
      if (
        verdict === 'card' &&
        wholeChecks &&
        allow.size === 0 &&
        deny.length === 0 &&
        isDigits(text)
      ) {
        // A bare digit run can only be a card number as a whole (the card pattern never starts
        // or ends inside a run of digits): the whole-value check answers as the recogniser would.
        const card = wholeValueFinding('CREDIT_CARD', text, context, phone);
        return card !== undefined &&
          card.score >= threshold &&
          (wanted === undefined || wanted.has(card.type))
          ? [card]
          : [];
      }
      s ??= new ScanState(text, context);
      if (verdict === 'scan') {
        runRecognizers(s, phone);
        if (expected === undefined && (text.includes('\n') || text.includes('INSERT')))
          addEmbeddedTableCells(s, analyzer);
      } else if (verdict === 'card') findCreditCards(s);
      for (const d of deny) addDenied(s, d);
      if (s.candidates.length === 0) return [];
      let kept = s.candidates.filter((c) => c.score >= threshold);
      // A whole text, not a typed cell: a given name alone with nothing personal around it.
      if (expected === undefined && kept.length > 0 && onlyLoneGivenNames(text, kept)) return [];
      if (wanted !== undefined) kept = kept.filter((c) => wanted.has(c.type));
      if (allow.size > 0)
        kept = kept.filter((c) => !allow.has(text.slice(c.start, c.end).toLowerCase()));
      return kept.length <= 1 ? kept : resolveOverlaps(kept); // `kept` is already a fresh array
    },
  };
  return analyzer;
}

// Whole values that are identifiers of things, not people: hex digests, UUIDs, ISO timestamps
// with a time of day; and plain numbers unless the column header speaks of a numeric id (then
// only a card number is possible). Checked first because tables are full of them.
const HEX_DIGEST_LENGTHS = new Set([32, 40, 56, 64, 96, 128]);
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP_RE =
  /^(?:19|20)\d\d-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$/;
const NUMERIC_ID_TYPES: readonly EntityType[] = [
  'PHONE',
  'US_SSN',
  'NATIONAL_ID',
  'CREDIT_CARD',
  'DATE_OF_BIRTH',
  'IBAN',
];

// A native class scan: about twice as fast as a charCodeAt loop over a 64-character digest.
const HEX_RE = /^[0-9a-fA-F]*$/;

function isHex(text: string): boolean {
  return HEX_RE.test(text);
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isPlainNumber(text: string): boolean {
  let dots = 0;
  for (let i = text[0] === '-' ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 44) dots++;
    else if (c < 48 || c > 57) return false;
  }
  return dots <= 1 && text.length > 0;
}

/** 'skip': nothing personal can be in it; 'card': only a card number can; 'scan': run all. */
function shapeVerdict(
  text: string,
  hint: HintContext,
  shortcuts: boolean,
): 'skip' | 'card' | 'scan' {
  const n = text.length;
  if (HEX_DIGEST_LENGTHS.has(n) && isHex(text)) return 'skip';
  if (n === 36 && UUID_RE.test(text)) return 'skip';
  if (n >= 16 && n <= 35 && text.charCodeAt(10) === 84 && TIMESTAMP_RE.test(text)) return 'skip';
  if (
    n >= 16 &&
    n <= 35 &&
    text.charCodeAt(10) === 32 &&
    TIMESTAMP_RE.test(text) &&
    !hint.has('DATE_OF_BIRTH')
  )
    return 'skip';
  if (n <= 24 && isPlainNumber(text)) {
    // Every recogniser needs 7 digits or more (phones; ids, cards and dates need more), so a
    // shorter number is nothing whatever its column says: amounts, counts, row ids.
    if (n < 7 && shortcuts) return 'skip';
    if (!hint.hasAny(NUMERIC_ID_TYPES)) return n >= 12 ? 'card' : 'skip';
  }
  return 'scan';
}

// A month abbreviation in capitals ("DOB: 14-JUL-1985"), for texts with no lower-case letters.
const CAPS_MONTH_HINT_RE =
  /JAN|FEB|MAR|MÄR|APR|AVR|MAY|MAI|JUN|JUI|JUL|AUG|AO|SEP|OCT|OKT|NOV|DEC|DÉC|DEZ|DIC|ENE|ABR|AGO/;

// A numeric date needs digit, separator, 1-2 digits, separator, digit somewhere.
const NUMERIC_DATE_HINT_RE = /\d[-/.]\d\d?[-/.]\d/;

// "the password is hunter22": a secret phrase whose value has few digits or capitals.
const SECRET_PHRASE_HINT_RE = /pass|wort|contrase|secret|token/i;

function runRecognizers(s: ScanState, phone: PhoneOptions): void {
  const p = profileText(s.text);
  if (p.hasAt) findEmails(s);
  if (p.hasDot && (p.hasSlash || s.text.includes('www.'))) findUrls(s);
  if (p.digits >= 4 && (p.hasDot || p.hasColon)) findIpAddresses(s);
  if (p.digits >= 12) findCreditCards(s);
  if (p.digits >= 9) findSsns(s);
  if (p.digits >= 8 && p.upper >= 1) findIbans(s);
  if (p.digits >= 7 && (p.upper >= 1 || p.digits >= 9)) findNationalIds(s);
  if (p.upper >= 1) findPersons(s); // before dates: "Jane Doe, 4/5/81" uses the name
  if (p.spaces >= 2 && p.lower >= 4 && mayHaveIntroducedName(s.text)) findLowerCaseNames(s);
  if (p.spaces >= 1 && p.lower >= 6 && mayHaveLowerCuedName(s.text)) findLowerCuedNames(s);
  if (p.hasColon && p.lower >= 8 && mayHaveLowerSpeakers(s.text)) findLowerSpeakers(s);
  if (
    p.digits >= 4 &&
    (p.lower >= 2 ||
      ((p.hasDash || p.hasSlash || p.hasDot) && NUMERIC_DATE_HINT_RE.test(s.text)) ||
      (p.upper >= 3 && CAPS_MONTH_HINT_RE.test(s.text)))
  )
    findBirthDates(s);
  if (p.digits >= 7) findPhones(s, phone); // last: skips spans other recognisers validated
  if (p.digits >= 1 && p.spaces >= 2 && (p.upper >= 1 || mayHaveUncasedAddress(s.text)))
    findAddresses(s);
  if (
    p.digits + p.upper >= 6 ||
    p.hasEquals ||
    p.hasColon ||
    (p.spaces >= 2 && SECRET_PHRASE_HINT_RE.test(s.text))
  )
    findSecrets(s);
}

const SINGLE: Readonly<Record<EntityType, (s: ScanState, phone: PhoneOptions) => void>> = {
  PERSON: findPersons,
  EMAIL: findEmails,
  PHONE: findPhones,
  CREDIT_CARD: findCreditCards,
  IBAN: findIbans,
  US_SSN: findSsns,
  NATIONAL_ID: findNationalIds,
  IP_ADDRESS: findIpAddresses,
  DATE_OF_BIRTH: findBirthDates,
  STREET_ADDRESS: findAddresses,
  URL: findUrls,
  AWS_ACCESS_KEY: findSecrets,
  GITHUB_TOKEN: findSecrets,
  SLACK_TOKEN: findSecrets,
  PRIVATE_KEY: findSecrets,
  JWT: findSecrets,
  GENERIC_SECRET: findSecrets,
};

/** Runs only the recogniser of `type`; returns its finding when it covers the whole text. */
function findWhole(
  s: ScanState,
  type: EntityType,
  phone: PhoneOptions,
  threshold: number,
): Finding | undefined {
  const text = s.text;
  let from = 0;
  let to = text.length;
  while (from < to && text.charCodeAt(from) <= 32) from++;
  while (to > from && text.charCodeAt(to - 1) <= 32) to--;
  SINGLE[type](s, phone);
  let best: Finding | undefined;
  for (const c of s.candidates) {
    if (
      c.score >= threshold &&
      c.start <= from &&
      c.end >= to &&
      (best === undefined || c.score > best.score)
    )
      best = c;
  }
  if (best === undefined) s.candidates.length = 0;
  return best;
}

function addDenied(s: ScanState, entry: { type: EntityType; value: string }): void {
  if (entry.value === '') return;
  const lower = s.lower();
  for (let i = lower.indexOf(entry.value); i >= 0; i = lower.indexOf(entry.value, i + 1)) {
    s.push({
      type: entry.type,
      start: i,
      end: i + entry.value.length,
      score: 1,
      recognizer: 'deny-list',
      reason: 'deny-list entry',
    });
  }
}

/**
 * Keeps the best of overlapping candidates: higher score first, then the longer span (a full
 * address over its street line), so every character belongs to at most one finding.
 */
export function resolveOverlaps(candidates: readonly Finding[]): Finding[] {
  if (candidates.length <= 1) return [...candidates];
  const ranked = [...candidates].sort(
    (a, b) => b.score - a.score || b.end - b.start - (a.end - a.start),
  );
  const kept: Finding[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
