import { GIVEN_NAMES, NAMED_AFTER_PEOPLE } from './name-lists.js';
import { FIRM_TAIL_RE, ORG_LIST_RE, ORG_SUFFIX_RE } from './person-context-patterns.js';
import type { Token } from './person-text-passes.js';
import type { ScanState } from './scan-state.js';

/*
 * Firms and brands that read like people: "Raquel Paz de Sosa Rubio e Hijos", "Kulas, Windler
 * and Skiles", "Hugo Boss". The PERSON recogniser asks these before it reports a name.
 */

/**
 * Index of the token after a particle gap ("de", "von") when the text after the sequence, or
 * the tokens after that gap, end in a firm word: the person's name stops there. 0 when not.
 */
export function firmParticle(text: string, seq: readonly Token[]): number {
  const last = seq[seq.length - 1];
  if (seq.length < 3 || last === undefined) return 0;
  const tail = text.slice(last.end, last.end + 80);
  if (!ORG_SUFFIX_RE.test(tail.slice(0, 14)) && !FIRM_TAIL_RE.test(tail)) return 0;
  for (let i = 1; i < seq.length; i++) {
    const gap = text.slice(seq[i - 1]?.end ?? 0, seq[i]?.start ?? 0);
    if (gap !== ' ' && /^ (?:de|del|de la|von|van|di|da) $/.test(gap)) return i;
  }
  return 0;
}

type FirmList = readonly [start: number, end: number, isFirm: boolean];
const NO_FIRM_LISTS: readonly FirmList[] = [];
// Firm lists of the text being scanned, found once per scan (a long text has many names to check).
let firmListScan: ScanState | undefined;
let firmListCache: readonly FirmList[] = NO_FIRM_LISTS;

function firmLists(s: ScanState): readonly FirmList[] {
  if (firmListScan === s) return firmListCache;
  const text = s.text;
  let lists = NO_FIRM_LISTS;
  if (text.includes(', ') || text.includes(' - ') || text.includes(' – ')) {
    const found: FirmList[] = [];
    ORG_LIST_RE.lastIndex = 0;
    for (let m = ORG_LIST_RE.exec(text); m !== null; m = ORG_LIST_RE.exec(text)) {
      const isFirm = !m[0].includes(', ') || !m[0].split(/[\s,&]+/).some((w) => GIVEN_NAMES.has(w));
      found.push([m.index, m.index + m[0].length, isFirm]);
    }
    lists = found;
  }
  firmListScan = s;
  firmListCache = lists;
  return lists;
}

/** True when `start..end` lies in a "Name, Name and Name" firm whose parts are not given names. */
export function insideFirmList(s: ScanState, start: number, end: number): boolean {
  for (const [from, to, isFirm] of firmLists(s)) {
    if (from > start) return false;
    if (to >= end) return isFirm;
  }
  return false;
}

/**
 * "Hugo Boss", "Dr. Oetker", "Massimo Dutti Parka", "Ben & Jerry": a brand or place named after
 * people, alone, at the head of a longer run of capitalised words, or with the title or "Name &"
 * before it.
 */
export function isNamedAfterPeople(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (NAMED_AFTER_PEOPLE.has(name)) return true;
  // "Macy's", "Wendy's": a shop named with a possessive.
  const q = text.charCodeAt(end);
  if (
    (q === 39 || q === 0x2019) &&
    text.charCodeAt(end + 1) === 115 &&
    NAMED_AFTER_PEOPLE.has(`${name}'s`)
  )
    return true;
  // "Massimo Dutti Sneaker", "Jean Paul Gaultier Classic": the brand opens the run.
  for (let sp = name.lastIndexOf(' '); sp > 0; sp = name.lastIndexOf(' ', sp - 1)) {
    if (NAMED_AFTER_PEOPLE.has(name.slice(0, sp))) return true;
  }
  const before = NAMED_PREFIX_RE.exec(text.slice(Math.max(0, start - 12), start));
  return before !== null && NAMED_AFTER_PEOPLE.has(before[0] + name);
}

// A title or "Name &" that may open a brand: "Dr. Oetker", "Monsieur Cuisine", "Ben & Jerry".
const NAMED_PREFIX_RE =
  /(?:Dr\.?|St\.?|Saint|San|Santa|Mr\.?|Monsieur|Meister|Don|Uncle|Aunt|Onkel|Tante|\p{Lu}\p{Ll}+ &) $/u;
