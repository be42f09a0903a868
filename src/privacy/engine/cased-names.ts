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

// "TRẦN/TƯỜNG NGUYÊN", "POIRIER-LAURENT/DIDIER MR": FAMILY/GIVEN in capitals, as airline
// bookings and boarding passes write a traveller, with an optional title at the end.
const SLASH_NAME_RE =
  /(?:(?<![\p{L}\p{N}/])|(?<=NM\d))(\p{Lu}{2,}(?:[-' ]\p{Lu}{2,}){0,2})\/(\p{Lu}{2,}(?:[- ](?!(?:MR|MRS|MS|MISS|MSTR|DR)(?!\p{L}))\p{Lu}{2,}){0,2})(?: (?:MR|MRS|MS|MISS|MSTR|DR))?(?![\p{L}\p{N}/])/gu;
// A traveller's label before it on its line.
const TRAVELLER_BEFORE_RE =
  /(?:passengers?|passagers?|passagiere?|reisende(?:\/r)?|pasajer[oa]s?|travell?ers?|voyageurs?|viajer[oa]s?|guest|name|nom|nombre)\s*:?\s*$/iu;

const TITLE_AFTER_RE = / (?:MR|MRS|MS|MISS|MSTR|DR)$/;

/** Cheap gate: a slash between two capitals. */
export function mayHaveSlashName(text: string): boolean {
  return /\p{Lu}\/\p{Lu}/u.test(text);
}

/** FAMILY/GIVEN in capitals: after a traveller's label, or both parts known to the name lists. */
export function findSlashNames(s: ScanState): void {
  const text = s.text;
  SLASH_NAME_RE.lastIndex = 0;
  for (let m = SLASH_NAME_RE.exec(text); m !== null; m = SLASH_NAME_RE.exec(text)) {
    const family = titleCaseName(m[1] ?? '');
    const given = titleCaseName(m[2] ?? '');
    const parts = [...family.split(/[- ']/), ...given.split(/[- ]/)];
    if (parts.some((p) => NOT_NAME_WORDS.has(p))) continue;
    // "WILLIAMSON/TATYANA MRS": the title a booking writes after the name says it is one.
    const labelled =
      TRAVELLER_BEFORE_RE.test(s.before(m.index, 24)) ||
      (TITLE_AFTER_RE.test(m[0]) && (m[1]?.length ?? 0) >= 3 && (m[2]?.length ?? 0) >= 3);
    if (!labelled && !(isKnownFamily(family) && isKnownGiven(given.split(' ')[0] ?? ''))) continue;
    const end = m.index + (m[1]?.length ?? 0) + 1 + (m[2]?.length ?? 0);
    s.push({
      type: 'PERSON',
      start: m.index,
      end,
      score: labelled ? 0.85 : 0.7,
      recognizer: 'person',
      reason: labelled
        ? 'FAMILY/GIVEN after a traveller label or before a title'
        : 'FAMILY/GIVEN, both names known',
    });
  }
}

// A self-introduction, then the lower-case words that follow it.
const INTRO_RE =
  /(?:^|[^\p{L}])(?:hier ist|hier is|hier spricht|ich bin|ich bins|ich bin's|ich heiße|mein name ist|c'est|c’est|c moi|ici|je suis|je m'appelle|je m’appelle|moi c'est|moi c’est|soy|me llamo|mi nombre es|habla|this is|it's|it’s|its|it is|i'm|i’m|im|i am|my name is)\s+/giu;
// Introductions that name someone rather than describe them ("soy nuevo", "i'm fine" do not).
const NAMING_INTRO_RE =
  /(?:hier ist|hier is|hier spricht|ich bins|ich bin's|c'est|c’est|c moi|ici|habla|this is|it's|it’s|its|it is)\s+$/iu;
// Introductions after which a word names someone even before punctuation ("my name is anna.");
// after the others ("it's valid.", "soy nuevo.") a name needs "from …", "here" to follow.
const NAME_INTRO_RE =
  /(?:hier ist|hier is|hier spricht|ich bins|ich bin's|ich heiße|mein name ist|c'est|c’est|c moi|ici|je m'appelle|je m’appelle|moi c'est|moi c’est|me llamo|mi nombre es|habla|this is|my name is)\s+$/iu;
// Introductions that can only be followed by a name.
const EXPLICIT_NAMING_RE =
  /(?:my name is|mein name ist|ich heiße|ich heisse|je m'appelle|je m’appelle|me llamo|mi nombre es)\s+$/iu;
// Introductions that name the speaker, whatever follows the name.
const UNPUNCTUATED_INTRO_RE =
  /(?:hier ist|hier is|hier spricht|ich bins|ich bin's|c'est|c’est|c moi|ici|soy|habla|this is|it's|it’s|its|it is)\s+$/iu;
const FROM_AFTER_RE = /^\s+(?:from|von|vom|aus|de|del|du|here|ici|aquí|hier|again|encore)\s/u;
// A greeting or thanks at the start of a line or sentence, then a name: "hi esaù", "danke zehra".
const GREETING_RE =
  /(?:^|[\n.!?„“"«(\]–—-]\s*)(?:hi+|he+y+|hiya|heya|yo|hello+|hallo+|hallöchen|jo|hola+|holi|oye|salut|coucou|allo|allô|bonjour|bonsoir|buenas|servus|moin|ciao|danke|thanks|thank you|merci|gracias|qué onda|que onda|qué tal|que tal)\s+/giu;
const LOWER_WORD_RE = /\p{Ll}[\p{Ll}'’]*(?:-\p{Ll}[\p{Ll}'’]*)*/uy;
// Lower-case words that are given names but mostly something else: "hi mate", "c'est bon".
const LOWER_NOT_NAMES: ReadonlySet<string> = new Set(
  'will fine bon ella mate buddy love mama papa hope joy faith sunny summer art bill guy mark frank grace rose may june april august dawn ivy lily iris penny chase hunter king major miles page ruby sandy sterling victor wade ward patience honey sugar angel baby bebe nena nene chica chico me moi yo ich alles tout todo it this that all everything nothing done ok okay not nicht pas no nada unknown important secret'.split(
    ' ',
  ),
);
// What may follow one lower-case name: punctuation, the end, or "from …", "von der …", "del …".
const AFTER_ONE_NAME_RE =
  /^(?:\s*[,.!?:;)]|\s*$|\s+(?:from|von|vom|aus|de|del|du|here|ici|aquí|hier|again|encore)\s)/u;

// "from work", "von der Arbeit", "du boulot", "del curro": where a colleague texting is from.
const FROM_WORK_AFTER_RE =
  /^\s+(?:from|von der|vom|aus dem|du|de la|del|de l['’])\s+(?:the\s+)?(?:work|office|team|gym|school|arbeit|büro|buero|boulot|bureau|travail|curro|trabajo|oficina|cole|escuela|école|ecole)(?![\p{L}])/iu;

function readLowerWords(text: string, from: number): Word[] {
  const words: Word[] = [];
  let at = from;
  while (words.length < 4) {
    LOWER_WORD_RE.lastIndex = at;
    const w = LOWER_WORD_RE.exec(text);
    if (w === null) break;
    words.push({ start: at, end: at + w[0].length, title: titleCaseName(w[0]) });
    at += w[0].length;
    if (text[at] !== ' ') break;
    at++;
  }
  return words;
}

/** A lower-case word that names someone: a known given name that is not also a common word. */
function isLowerGiven(s: ScanState, w: Word): boolean {
  return (
    w.end - w.start >= 3 &&
    !LOWER_NOT_NAMES.has(s.text.slice(w.start, w.end)) &&
    !NOT_NAME_WORDS.has(w.title) &&
    isKnownGiven(w.title)
  );
}

/**
 * PERSON in lower case right after a self-introduction or a greeting: "soy sonia centeno", "its
 * maria eduarda from work", "soy raphael del curro", "hier ist zumilrou von der Arbeit", "hi esaù".
 */
export function findLowerCaseNames(s: ScanState): void {
  const text = s.text;
  INTRO_RE.lastIndex = 0;
  for (let m = INTRO_RE.exec(text); m !== null; m = INTRO_RE.exec(text)) {
    const words = readLowerWords(text, m.index + m[0].length);
    const n = nameLength(words);
    if (n > 0) {
      pushName(s, words.slice(0, n), 0.8, 'lower-case given + family name after an introduction');
      continue;
    }
    const first = words[0];
    const second = words[1];
    if (first === undefined) continue;
    // "maria eduarda": two given names.
    // "maria eduarda"; "ralph o'kon": a family name with an apostrophe or a hyphen.
    if (
      second !== undefined &&
      isLowerGiven(s, first) &&
      (isLowerGiven(s, second) || /\p{Ll}['’-]\p{Ll}/u.test(text.slice(second.start, second.end)))
    ) {
      if (AFTER_ONE_NAME_RE.test(text.slice(second.end, second.end + 12)))
        pushName(s, [first, second], 0.7, 'lower-case given names after an introduction');
      continue;
    }
    // "my name is kenric marlworth, …": an explicit naming takes one to three words before a
    // comma, a full stop or the end, whatever they are.
    if (EXPLICIT_NAMING_RE.test(m[0])) {
      const named = words.slice(0, 3);
      let n = named.length;
      while (
        n > 0 &&
        !/^\s*(?:[,.;!?)]|$)/u.test(
          text.slice(named[n - 1]?.end ?? 0, (named[n - 1]?.end ?? 0) + 2),
        )
      )
        n--;
      const picked = named.slice(0, n);
      if (
        n > 0 &&
        picked.every(
          (w) =>
            w.end - w.start >= 2 &&
            !LOWER_NOT_NAMES.has(text.slice(w.start, w.end)) &&
            !NOT_NAME_WORDS.has(w.title),
        )
      ) {
        pushName(s, picked, 0.75, 'lower-case words after "my name is"');
        continue;
      }
    }
    const after = text.slice(first.end, first.end + 12);
    if (!AFTER_ONE_NAME_RE.test(after)) {
      // "soy laura ehh llámame", "its hayley new number": transcripts and texts run on without
      // punctuation; a known given name right after the introduction still names the speaker.
      if (
        isLowerGiven(s, first) &&
        UNPUNCTUATED_INTRO_RE.test(m[0]) &&
        /^ (?:\p{Ll}|\p{Extended_Pictographic})/u.test(after)
      )
        pushName(s, [first], 0.6, 'lower-case given name after an introduction');
      continue;
    }
    if (isLowerGiven(s, first) && (NAME_INTRO_RE.test(m[0]) || FROM_AFTER_RE.test(after)))
      pushName(s, [first], 0.65, 'lower-case given name after an introduction');
    // "hier ist zumilrou von der Arbeit": an unknown word between a naming introduction and where
    // the speaker is from.
    else if (
      NAMING_INTRO_RE.test(m[0]) &&
      FROM_WORK_AFTER_RE.test(text.slice(first.end, first.end + 24)) &&
      first.end - first.start >= 3 &&
      !LOWER_NOT_NAMES.has(text.slice(first.start, first.end))
    )
      pushName(s, [first], 0.6, 'lower-case word introduced with where the speaker is from');
  }
  GREETING_RE.lastIndex = 0;
  for (let m = GREETING_RE.exec(text); m !== null; m = GREETING_RE.exec(text)) {
    const first = readLowerWords(text, m.index + m[0].length)[0];
    if (first !== undefined && isLowerGiven(s, first))
      pushName(s, [first], 0.6, 'lower-case given name after a greeting');
  }
  // "ask ava about the migration", "frag mal yvonne", "merci à ysaline", "gracias a pablo":
  // someone to ask, to ping or to thank, as team chats write them.
  ASK_RE.lastIndex = 0;
  for (let m = ASK_RE.exec(text); m !== null; m = ASK_RE.exec(text)) {
    const words = readLowerWords(text, m.index + m[0].length);
    const first = words[0];
    if (first === undefined || !isLowerGiven(s, first)) continue;
    const n = nameLength(words);
    const second = words[1];
    // "ana maría", "josé antonio": two given names.
    const both = n === 0 && second !== undefined && isLowerGiven(s, second) ? 2 : 1;
    const name = words.slice(0, Math.max(n, both));
    pushName(s, name, 0.6, 'lower-case given name to ask, thank or sign');
    // "holt alexander und susanne": a second given name joined to the first.
    const end = name[name.length - 1]?.end ?? first.end;
    const and = LOWER_AND_RE.exec(text.slice(end, end + 8));
    const next = and === null ? undefined : readLowerWords(text, end + and[0].length)[0];
    if (next !== undefined && isLowerGiven(s, next))
      pushName(s, [next], 0.6, 'lower-case given name joined by "and"');
  }
}

const LOWER_AND_RE = /^ (?:and|und|et|y|&) /u;
// Asking, pinging and thanking someone, or a post signed "posted by": the name follows.
const ASK_RE =
  /(?:^|[^\p{L}])(?:ask|ping|cc|frag(?: mal)?|fragt|demande à|demandez à|pregúntale a|pregunta a|avisa a|avisad a|merci à|gracias a|danke an|dank an|thanks to|shout-out to|shoutout to|kudos to|picks up|pick up|holt|prend|récupère|recoge a|posted by|written by|publié par|écrit par|message de|publicado por|mensaje de|escrito por|beitrag von|geschrieben von)\s+/giu;

/** Cheap gates: two capitals in a row; an introduction word. */
export function mayHaveCapsName(text: string): boolean {
  return /\p{Lu}\p{Lu}/u.test(text);
}

// The gate without case folding (a folded Unicode alternation is many times slower): each word
// as written and with a capital first letter, the ways people type them.
const firstCaps = (words: string): string =>
  words
    .split('|')
    .map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`)
    .join('|');
const INTRO_GATE_RE = new RegExp(
  `(?:${firstCaps(
    'ask|ping|cc|frag|demande|pregúntale|pregunta a|avisa|merci à|gracias a|dank|thanks to|shout|kudos|picks up|pick up|holt|prend|récupère|recoge a|posted by|written by|publié par|écrit par|message de|mensaje de|publicado por|escrito por|beitrag von|geschrieben von',
  )}) \\p{Ll}|${firstCaps(
    "hier ist|hier is |hier spricht|ich bin|ich heiß|mein name|c'est|c’est|c moi |ici |je suis|m'appelle|m’appelle|soy |me llamo|mi nombre|habla |this is|it's|it’s|its |it is|i'm|i’m|im |i am|my name",
  )}|(?:^|[\\n.!?„“"«(\\]–—-]\\s*)(?:${firstCaps(
    'hi+|he+y+|hiya|heya|yo|hello+|hallo+|hallöchen|jo|hola+|holi|oye|salut|coucou|allo|allô|bonjour|bonsoir|buenas|servus|moin|ciao|danke|thanks|thank you|merci|gracias|qué onda|que onda|qué tal|que tal',
  )}) \\p{Ll}`,
  'u',
);

export function mayHaveIntroducedName(text: string): boolean {
  return INTRO_GATE_RE.test(text);
}
