/**
 * Compiles the per-language lexicons into word-indexed tables and scans folded text for role
 * hits. Space-delimited scripts are matched word by word (one tokenisation pass plus hash
 * look-ups, so cost does not grow with the lexicon); scripts without spaces (CJK, Arabic with
 * its attached prefixes, Thai) use one regular expression that only runs when such characters
 * are present. Terms are folded like the scanned text, so the lexicon files keep accents.
 */
import { foldTerm } from '../normalize.js';
import { EXFIL_LEXICON } from './exfil.js';
import { EXTRACTION_LEXICON } from './extraction.js';
import { INDIRECT_LEXICON } from './indirect.js';
import { MORE_LANGUAGES_LEXICON } from './more-languages.js';
import { OVERRIDE_LEXICON } from './override.js';
import { PERSONA_LEXICON } from './persona.js';
import { LEXICON_ROLES, type LexiconRole } from './roles.js';

/** A folded-text range where a role term matched. */
export interface RoleHit {
  readonly start: number;
  readonly end: number;
}

export type RoleHits = Readonly<Record<LexiconRole, readonly RoleHit[]>>;

interface WordTerm {
  readonly role: LexiconRole;
  /** Words after the first one. */
  readonly rest: readonly string[];
  /** The last word is a stem (prefix match). */
  readonly isStem: boolean;
}

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const SOURCES = [
  OVERRIDE_LEXICON,
  EXTRACTION_LEXICON,
  PERSONA_LEXICON,
  INDIRECT_LEXICON,
  EXFIL_LEXICON,
  MORE_LANGUAGES_LEXICON,
];
const UNBOUNDED_SCRIPT =
  /[\u0590-\u05ff\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\u0e00-\u0e7f]/;
const STEM_SCRIPT = /[\u0900-\u097f]/;
const SCRIPT_CHARS = '\\u0590-\\u06ff\\u0e00-\\u0e7f\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7a3';
// A run of those scripts, with short Latin prefixes (ai助手) and spaces or punctuation inside.
const SCRIPT_RUN = new RegExp(
  `(?:[a-z]{1,3}\\s?)?[${SCRIPT_CHARS}]+(?:[\\s\\d,.!?:;'"()-]{1,3}[${SCRIPT_CHARS}]+)*`,
  'g',
);
const MAX_HITS_PER_ROLE = 256;

const exactTable = new Map<string, WordTerm[]>();
const stemTable = new Map<string, WordTerm[]>();
const freeTerms = new Map<LexiconRole, Set<string>>();
const stemLengths = new Set<number>();

function addTo(table: Map<string, WordTerm[]>, key: string, term: WordTerm): void {
  const list = table.get(key);
  if (list === undefined) table.set(key, [term]);
  else list.push(term);
}

for (const role of LEXICON_ROLES) {
  for (const source of SOURCES) {
    for (const terms of Object.values(source[role] ?? {})) {
      for (const raw of terms.split('|')) {
        const starred = raw.endsWith('*');
        const folded = foldTerm(starred ? raw.slice(0, -1) : raw).trim();
        if (folded === '') continue;
        if (UNBOUNDED_SCRIPT.test(folded)) {
          const set = freeTerms.get(role) ?? new Set<string>();
          set.add(folded);
          freeTerms.set(role, set);
          continue;
        }
        const words = folded.split(/[\s\-_]+/).filter((w) => w !== '');
        const first = words[0];
        if (first === undefined) continue;
        const isStem = starred || STEM_SCRIPT.test(folded);
        const term: WordTerm = { role, rest: words.slice(1), isStem };
        if (isStem && words.length === 1) {
          addTo(stemTable, first, term);
          stemLengths.add(first.length);
        } else addTo(exactTable, first, term);
      }
    }
  }
}

// Stems indexed by their first STEM_KEY characters: one look-up per word, then startsWith checks.
const STEM_KEY = Math.min(...stemLengths);
const STEM_INDEX = new Map<string, [string, WordTerm[]][]>();
for (const [stem, terms] of [...stemTable].sort((a, b) => a[0].length - b[0].length)) {
  const key = stem.slice(0, STEM_KEY);
  const list = STEM_INDEX.get(key) ?? [];
  list.push([stem, terms]);
  STEM_INDEX.set(key, list);
}

// One pattern per role, so a long term (系统提示词) does not hide a shorter one of another role (提示词).
const FREE_PATTERNS: ReadonlyMap<LexiconRole, RegExp> = new Map(
  [...freeTerms].map(([role, terms]) => [
    role,
    new RegExp(
      [...terms]
        .sort((a, b) => b.length - a.length)
        .map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s*'))
        .join('|'),
      'g',
    ),
  ]),
);

const wordCharCache = new Int8Array(0x10000);
function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 97 && code <= 122) ||
      (code >= 48 && code <= 57) ||
      code === 39 ||
      (code >= 65 && code <= 90)
    );
  }
  if (code >= 0x10000) return true;
  let cached = wordCharCache[code];
  if (cached === 0) {
    cached = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
    wordCharCache[code] = cached;
  }
  return cached === 1;
}

/** Splits folded text into words (letters, digits, marks, apostrophes). */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const isWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (isWord && start < 0) start = i;
    else if (!isWord && start >= 0) {
      words.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return words;
}

const JOINER = /^[\s\-_]+$/;

function matchRest(text: string, words: readonly Word[], index: number, term: WordTerm): number {
  let last = index;
  for (let k = 0; k < term.rest.length; k++) {
    const next = words[index + k + 1];
    const prev = words[index + k] as Word;
    const want = term.rest[k] as string;
    if (next === undefined || !JOINER.test(text.slice(prev.end, next.start))) return -1;
    const isLast = k === term.rest.length - 1;
    if (isLast && term.isStem ? !next.text.startsWith(want) : next.text !== want) return -1;
    last = index + k + 1;
  }
  return last;
}

/** Sorts hits and merges overlapping ones ("your system" + "system prompt" → one range). */
function mergeOverlaps(list: RoleHit[]): RoleHit[] {
  if (list.length < 2) return list;
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RoleHit[] = [];
  for (const hit of list) {
    const last = merged[merged.length - 1];
    if (last !== undefined && hit.start < last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, hit.end) };
    else merged.push(hit);
  }
  return merged;
}

/** Finds every role term in folded text. Linear in the text length. */
export function scanRoles(folded: string): RoleHits {
  const hits = {} as Record<LexiconRole, RoleHit[]>;
  for (const role of LEXICON_ROLES) hits[role] = [];
  const push = (role: LexiconRole, start: number, end: number): void => {
    const list = hits[role];
    const last = list[list.length - 1];
    // Several languages share stems (ignor-, instruc-): one hit per range is enough.
    if (last !== undefined && last.start === start && last.end === end) return;
    if (list.length < MAX_HITS_PER_ROLE) list.push({ start, end });
  };
  const words = splitWords(folded);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    for (const term of exactTable.get(word.text) ?? []) {
      const last = term.rest.length === 0 ? i : matchRest(folded, words, i, term);
      if (last >= 0) push(term.role, word.start, (words[last] as Word).end);
    }
    for (const [stem, terms] of STEM_INDEX.get(word.text.slice(0, STEM_KEY)) ?? []) {
      if (word.text.startsWith(stem))
        for (const term of terms) push(term.role, word.start, word.end);
    }
  }
  if (UNBOUNDED_SCRIPT.test(folded)) {
    // Only the runs written in those scripts are scanned, not the whole (mostly Latin) text.
    SCRIPT_RUN.lastIndex = 0;
    for (const run of folded.matchAll(SCRIPT_RUN)) {
      for (const [role, pattern] of FREE_PATTERNS) {
        pattern.lastIndex = 0;
        for (const match of run[0].matchAll(pattern))
          push(role, run.index + match.index, run.index + match.index + match[0].length);
      }
    }
  }
  for (const role of LEXICON_ROLES) hits[role] = mergeOverlaps(hits[role]);
  return hits;
}
