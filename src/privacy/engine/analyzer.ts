import type { CountryCode } from 'libphonenumber-js/max';
import { findAddresses } from './address-recognizer.js';
import { findBirthDates } from './date-recognizer.js';
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
import { findPersons } from './person-recognizer.js';
import { DEFAULT_PHONE_REGIONS, findPhones } from './phone-recognizer.js';
import { ScanState, profileText } from './scan-state.js';
import { findSecrets } from './secret-recognizers.js';

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
}

/** Options resolved once and reused for every text (one per table, not one per cell). */
export interface Analyzer {
  /**
   * Finds entities in `text`. `hint` is extra context for the whole text, such as a column
   * header ("date_of_birth"). Returns non-overlapping findings sorted by start offset.
   */
  analyze(text: string, hint?: string): Finding[];
  readonly threshold: number;
}

export const DEFAULT_THRESHOLD = 0.5;

/** Builds an analyzer; cheap, but build it once per scan rather than per text. */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const wanted = options.entities === undefined ? undefined : new Set<string>(options.entities);
  const allow = new Set((options.allowList ?? []).map((v) => v.toLowerCase()));
  const deny = (options.denyList ?? []).map((d) => ({ type: d.type, value: d.value.toLowerCase() }));
  const phone = { regions: options.phoneRegions ?? DEFAULT_PHONE_REGIONS };
  const hintCache = new Map<string, string>();
  return {
    threshold,
    analyze(text, hint = '') {
      let lowerHint = hintCache.get(hint);
      if (lowerHint === undefined) {
        lowerHint = hint.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.]+/g, ' ').toLowerCase();
        hintCache.set(hint, lowerHint);
      }
      const s = new ScanState(text, lowerHint);
      runRecognizers(s, phone);
      for (const d of deny) addDenied(s, d);
      let kept = s.candidates.filter((c) => c.score >= threshold);
      if (wanted !== undefined) kept = kept.filter((c) => wanted.has(c.type));
      if (allow.size > 0) kept = kept.filter((c) => !allow.has(text.slice(c.start, c.end).toLowerCase()));
      return resolveOverlaps(kept);
    },
  };
}

function runRecognizers(s: ScanState, phone: { regions: readonly CountryCode[] }): void {
  const p = profileText(s.text);
  if (p.hasAt) findEmails(s);
  if (p.hasColon || p.hasDot) {
    if (s.text.includes('://') || s.text.includes('www.')) findUrls(s);
  }
  if (p.digits >= 4 && (p.hasDot || p.hasColon)) findIpAddresses(s);
  if (p.digits >= 12) findCreditCards(s);
  if (p.digits >= 9) findSsns(s);
  if (p.digits >= 8 && p.upper >= 1) findIbans(s);
  if (p.digits >= 7) findNationalIds(s);
  if (p.digits >= 7) findPhones(s, phone);
  if (p.upper >= 1) findPersons(s); // before dates: "Jane Doe, 4/5/81" uses the name
  if (p.digits >= 4) findBirthDates(s);
  if (p.digits >= 1 && p.upper >= 1) findAddresses(s);
  if (p.digits + p.upper >= 6) findSecrets(s);
}

function addDenied(s: ScanState, entry: { type: EntityType; value: string }): void {
  if (entry.value === '') return;
  const lower = s.lower();
  for (let i = lower.indexOf(entry.value); i >= 0; i = lower.indexOf(entry.value, i + 1)) {
    s.push({ type: entry.type, start: i, end: i + entry.value.length, score: 1, recognizer: 'deny-list', reason: 'deny-list entry' });
  }
}

/**
 * Keeps the best of overlapping candidates: higher score first, then the longer span (a full
 * address over its street line), so every character belongs to at most one finding.
 */
export function resolveOverlaps(candidates: readonly Finding[]): Finding[] {
  if (candidates.length <= 1) return [...candidates];
  const ranked = [...candidates].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const kept: Finding[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
