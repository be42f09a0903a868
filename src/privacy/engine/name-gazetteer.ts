import { allFakers } from '@faker-js/faker';
import { FAMILY_NAMES, GIVEN_NAMES, NOT_NAME_WORDS } from './name-lists.js';

/*
 * A wide gazetteer of given and family names: the person-name tables faker ships for its ~77
 * locales (about 20,000 of each, Latin script kept). Our own lists (name-lists.ts) stay the
 * strong evidence; a name known only here is weaker evidence, so it needs a second name part or
 * a context word before the recogniser reports it. Built once, on first use.
 */

interface Gazetteer {
  readonly given: ReadonlySet<string>;
  readonly family: ReadonlySet<string>;
}

let built: Gazetteer | undefined;

// A single capitalised word with lower-case letters: "Anna", "O'Brien", "MacGyver", "Jean-Luc".
const NAME_WORD_RE = /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u;
const LATIN_RE = /^[\p{Script=Latin}'’-]+$/u;

function collect(into: Set<string>, value: unknown): void {
  if (typeof value === 'string') {
    // Multi-word entries ("De la Cruz") add their capitalised parts.
    for (const word of value.split(/\s+/)) {
      // Two-letter entries ("Mi", "Bo") read as ordinary words far more often than as names.
      if (word.length >= 3 && NAME_WORD_RE.test(word) && LATIN_RE.test(word)) into.add(word);
    }
  } else if (Array.isArray(value)) {
    for (const v of value) collect(into, v);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) collect(into, v);
  }
}

function gazetteer(): Gazetteer {
  if (built !== undefined) return built;
  const given = new Set<string>();
  const family = new Set<string>();
  for (const faker of Object.values(allFakers)) {
    const person = faker.rawDefinitions.person;
    if (person === undefined) continue;
    collect(given, person.first_name);
    collect(given, person.middle_name);
    collect(family, person.last_name);
  }
  for (const word of NOT_NAME_WORDS) {
    given.delete(word);
    family.delete(word);
  }
  built = { given, family };
  return built;
}

/** True when `word` is a given name in our lists or in the wide gazetteer. */
export function isWideGiven(word: string): boolean {
  return GIVEN_NAMES.has(word) || gazetteer().given.has(word);
}

/** True when `word` is a family name in our lists or in the wide gazetteer. */
export function isWideFamily(word: string): boolean {
  return FAMILY_NAMES.has(word) || gazetteer().family.has(word);
}

/** A given name, or a hyphenated one with a known part ("Jean-Luc", "Anna-Lena"). */
export function isKnownGiven(word: string): boolean {
  return isWideGiven(word) || (word.includes('-') && word.split('-').some(isWideGiven));
}

/** A family name, or a hyphenated one with a known part ("Lindemann-Schulz"). */
export function isKnownFamily(word: string): boolean {
  return isWideFamily(word) || (word.includes('-') && word.split('-').some(isWideFamily));
}

/** A name written in capitals or lower case, title-cased: "JEAN-LUC" → "Jean-Luc". */
export function titleCaseName(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-\s])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
