import { NAME_PARTICLES, NOT_NAME_WORDS } from './name-lists.js';
import { isKnownFamily, isKnownGiven, titleCaseName } from './name-gazetteer.js';
import { ORG_CAPS_WORDS, PERSON_LABEL_BEFORE_RE } from './person-labels.js';
import type { ScanState } from './scan-state.js';

/*
 * Names written in capitals ("PACIENTE: HORACIO SEPÚLVEDA LARA") or in lower case ("hier ist
 * luk dörner") escape the title-case person pass. Both are only taken with strong evidence:
 * the first word a known given name and the last a known family name; lower case needs a
 * self-introduction right before it as well ("soy", "c'est", "hier ist", "this is").
 */

interface Word {
  readonly start: number;
  readonly end: number;
  readonly title: string;
}

/** The longest run of 2-4 words, from the start, that reads given … family; its length or 0. */
function nameLength(words: readonly Word[]): number {
  const first = words[0];
  if (first === undefined || !isKnownGiven(first.title) || NOT_NAME_WORDS.has(first.title))
    return 0;
  for (let n = Math.min(words.length, 4); n >= 2; n--) {
    const inner = words.slice(0, n);
    if (inner.some((w) => NOT_NAME_WORDS.has(w.title))) continue;
    // "ALTA DE BENEFICIOS": a particle never ends a name.
    const last = inner[n - 1]?.title ?? '';
    if (isKnownFamily(last) && !NAME_PARTICLES.has(last.toLowerCase())) return n;
  }
  return 0;
}

// What may stand between two words of one name in capitals: a space, or a middle initial.
const CAPS_GAP_RE = /^ (?:\p{Lu}\. )?$/u;

function pushName(s: ScanState, words: readonly Word[], score: number, reason: string): void {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return;
  s.push({
    type: 'PERSON',
    start: first.start,
    end: last.end,
    score,
    recognizer: 'person',
    reason,
  });
}

// A capitals word of two letters or more ("LUK", "SEPÚLVEDA", "JEAN-LUC", "O'NEIL").
const CAPS_WORD_RE =
  /(?<![\p{L}\p{N}_@.\\-])\p{Lu}[\p{Lu}'’]*(?:-\p{Lu}[\p{Lu}'’]*)*\p{Lu}(?![\p{L}\p{N}_@])/gu;

/** PERSON in capitals: 2-4 capitals words separated by single spaces, given … family. */
export function findCapsNames(s: ScanState): void {
  const text = s.text;
  // Spans first; words are title-cased only inside runs of two or more (most capitals words,
  // "CA", "PO", "IBAN", stand alone).
  const spans: [number, number][] = [];
  CAPS_WORD_RE.lastIndex = 0;
  for (let m = CAPS_WORD_RE.exec(text); m !== null; m = CAPS_WORD_RE.exec(text))
    spans.push([m.index, m.index + m[0].length]);
  if (spans.length < 2) return;
  const words: Word[] = spans.map(([start, end]) => ({ start, end, title: '' }));
  let i = 0;
  while (i < words.length) {
    // A run of words joined by one space each.
    let j = i + 1;
    while (
      j < words.length &&
      CAPS_GAP_RE.test(text.slice(words[j - 1]?.end ?? 0, words[j]?.start ?? 0))
    )
      j++;
    if (j - i < 2) {
      i = j;
      continue;
    }
    const run = words
      .slice(i, j)
      .map((w) => ({ ...w, title: titleCaseName(text.slice(w.start, w.end)) }));
    let k = 0;
    while (k < run.length - 1) {
      const n = nameLength(run.slice(k));
      if (n === 0) {
        k += pushReversedCaps(s, run, k);
        continue;
      }
      const name = run.slice(k, k + n);
      const start = name[0]?.start ?? 0;
      const context = s.hasContext('PERSON', start, 30);
      pushName(
        s,
        name,
        context ? 0.85 : 0.6,
        context
          ? 'given + family name in capitals with context'
          : 'given + family name in capitals',
      );
      k += n;
    }
    i = j;
  }
}

/**
 * "Paciente PADRÓN JOSEFINA", "Dossier patient : MOULIN DORIANE": family name first, in
 * capitals, as files and forms write it. Both parts known and a person word before; returns
 * how many words to move on (2 when pushed, else 1).
 */
function pushReversedCaps(s: ScanState, run: readonly Word[], k: number): number {
  const family = run[k];
  const given = run[k + 1];
  if (
    family === undefined ||
    given === undefined ||
    NOT_NAME_WORDS.has(family.title) ||
    NOT_NAME_WORDS.has(given.title)
  )
    return 1;
  if (
    isKnownFamily(family.title) &&
    isKnownGiven(given.title) &&
    s.hasContext('PERSON', family.start, 30)
  ) {
    pushName(s, [family, given], 0.8, 'family + given name in capitals with context');
    return 2;
  }
  // "Paciente BRÉZIÈRE VOURINE,", "Beneficiario: ALORA NYSELAEEDA ALISANO": two or three
  // capitals words right after a person label, and nothing more in capitals, are a name even
  // when no list knows them; a firm's ending ("SARL", "GMBH") keeps a firm out.
  if (
    k === 0 &&
    run.length <= 3 &&
    run.every((w) => w.end - w.start >= 2 && !ORG_CAPS_WORDS.has(s.text.slice(w.start, w.end))) &&
    family.end - family.start >= 3 &&
    PERSON_LABEL_BEFORE_RE.test(s.before(family.start, 32))
  ) {
    pushName(s, run, 0.6, 'words in capitals after a person label');
    return run.length;
  }
  return 1;
}

// "Améthyste MICHEL", "Dr Mika RITZ", "Aloïs VIDAL": a given name, then the family name in
// capitals, as French and German letters and forms write it.
const GIVEN_CAPS_RE =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?) (\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?)(?![\p{L}\p{N}])/gu;
// A title right before the name.
const TITLE_BEFORE_RE =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Dra|Prof|M|Mme|Mlle|Me|Sr|Sra|Dña|Herr|Frau|Maître)\.?\s$/u;

/**
 * Given name + FAMILY NAME: the given name known to a list; the family name known too, or a
 * title, a person word or a label before the pair vouching for it.
 */
export function findGivenCapsNames(s: ScanState): void {
  const text = s.text;
  GIVEN_CAPS_RE.lastIndex = 0;
  for (let m = GIVEN_CAPS_RE.exec(text); m !== null; m = GIVEN_CAPS_RE.exec(text)) {
    const given = m[1] ?? '';
    const familyCaps = m[2] ?? '';
    const family = titleCaseName(familyCaps);
    if (familyCaps.length < 3 || !/[AEIOUYÀ-ÖØ-Ý]/u.test(familyCaps)) continue; // "CEO", "PDF"
    if (NOT_NAME_WORDS.has(given) || NOT_NAME_WORDS.has(family) || !isKnownGiven(given)) continue;
    const before = s.before(m.index, 24);
    const vouched =
      TITLE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 8), m.index)) ||
      PERSON_LABEL_BEFORE_RE.test(before) ||
      s.hasContext('PERSON', m.index, 30);
    const known = isKnownFamily(family);
    if (!known && !vouched) continue;
    s.push({
      type: 'PERSON',
      start: m.index,
      end: m.index + m[0].length,
      score: known && vouched ? 0.9 : known ? 0.7 : 0.75,
      recognizer: 'person',
      reason: known
        ? 'given name + family name in capitals'
        : 'given name + capitals word after a title or person word',
    });
  }
}

// A self-introduction, then the lower-case words that follow it.
const INTRO_RE =
  /(?:^|[^\p{L}])(?:hier ist|ich bin|mein name ist|c'est|c’est|je suis|je m'appelle|moi c'est|soy|me llamo|mi nombre es|this is|it's|it’s|it is|i'm|i’m|i am|my name is)\s+/giu;
const LOWER_WORD_RE = /\p{Ll}[\p{Ll}'’]*(?:-\p{Ll}[\p{Ll}'’]*)*/uy;

/** PERSON in lower case right after a self-introduction: "soy sonia centeno". */
export function findLowerCaseNames(s: ScanState): void {
  const text = s.text;
  INTRO_RE.lastIndex = 0;
  for (let m = INTRO_RE.exec(text); m !== null; m = INTRO_RE.exec(text)) {
    const words: Word[] = [];
    let at = m.index + m[0].length;
    while (words.length < 4) {
      LOWER_WORD_RE.lastIndex = at;
      const w = LOWER_WORD_RE.exec(text);
      if (w === null) break;
      words.push({ start: at, end: at + w[0].length, title: titleCaseName(w[0]) });
      at += w[0].length;
      if (text[at] !== ' ') break;
      at++;
    }
    const n = nameLength(words);
    if (n > 0)
      pushName(s, words.slice(0, n), 0.8, 'lower-case given + family name after an introduction');
  }
}

/** Cheap gates: two capitals in a row; an introduction word. */
export function mayHaveCapsName(text: string): boolean {
  return /\p{Lu}\p{Lu}/u.test(text);
}

const INTRO_GATE_RE =
  /hier ist|ich bin|mein name|c'est|c’est|je suis|m'appelle|soy |me llamo|mi nombre|this is|it's|it’s|it is|i'm|i’m|i am|my name/i;

export function mayHaveIntroducedName(text: string): boolean {
  return INTRO_GATE_RE.test(text);
}
