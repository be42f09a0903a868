import { CONTEXT_WORDS, lastWordIndex } from './context-words.js';
import type { ScanState } from './scan-state.js';

/** Month names and abbreviations in English, German, French and Spanish. */
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|' +
  'januar|jänner|februar|märz|maerz|juni|juli|oktober|dezember|mär|okt|dez|' +
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil|déc|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic';

const DATE_RE = new RegExp(
  [
    String.raw`(?<![\d\p{L}.])(?:1[89]|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?![\dT]|\s\d{1,2}:)`,
    String.raw`(?<![\d\p{L}/.-])(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:\d{4}|\d{2})(?![\d]|[/.-][\d\p{L}])`,
    String.raw`(?<![\d\p{L}])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|\.)?(?:\s+(?:de|of))?[\s/-]+(?:${MONTHS})\.?(?:\s+de)?[\s,/-]+(?:\d{4}|\d{2})(?!\d)`,
    String.raw`(?<!\p{L})(?:${MONTHS})\.?\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)`,
  ].join('|'),
  'giu',
);

// A date blocks context from a keyword further back ("born 1980-01-02; seen 2020-03-04").
const INNER_DATE_RE = /\d{4}|\d{1,2}[/.-]\d{1,2}/;
const DOB_WORDS = CONTEXT_WORDS.DATE_OF_BIRTH ?? [];

// "Patientin Anna Weber, * 14.07.1998": the genealogical birth star after a name or a comma
// (never at a line start, where "*" is a list bullet).
const BIRTH_STAR_RE = /[\p{L},(][ \t]?\*[ \t]?$/u;

// More than three words between a birth word and the date ("born in Lyon on" has three).
const WORDS_RE = /(?:\p{L}+[^\p{L}]+){4}\p{L}/u;
// A deadline or a start right before the date: "ordered before", "pedidas antes del", "bis zum".
const DEADLINE_BEFORE_RE =
  /(?:^|[^\p{L}])(?:before|after|until|since|by|avant|après|jusqu'au|depuis|antes|después|hasta|desde|vor|nach|bis|seit)(?: (?:the|le|la|el|del|de|dem|zum|am))?\s*$/iu;
const CELEBRATION_WORDS: ReadonlySet<string> = new Set([
  'birthday',
  'bday',
  'geburtstag',
  'anniversaire',
  'cumpleaños',
]);
// "birthday is on", "birthday party is on", "anniversaire sera le": the day of a party.
const CELEBRATION_AFTER_RE =
  /^\s+(?:(?:party|celebration|dinner|drinks|brunch|picnic|bash|feier)\s+)?(?:(?:is|will be)\s+)?(?:on|le|el|am)\s*$/iu;
// "la fiesta de cumpleaños es el", "la fête d'anniversaire aura lieu le": a party named first.
const PARTY_OF_BEFORE_RE =
  /(?:fiesta|celebración|merienda|cena|comida|fête|soirée|goûter|repas|dîner|party|feier)\s+(?:de\s+|d['’]\s*)?$/iu;
const PARTY_DAY_AFTER_RE =
  /^[\s,]+(?:(?:es|será|est|c['’]est|sera|aura lieu|tendrá lugar|ist|findet)\s+)?(?:on|le|el|am)\s*$/iu;

function contextBeforeDate(s: ScanState, start: number): boolean {
  if (s.hintContext.has('DATE_OF_BIRTH')) return true;
  if (s.text.charCodeAt(start - 1) === 42 || s.text.charCodeAt(start - 2) === 42) {
    if (BIRTH_STAR_RE.test(s.text.slice(Math.max(0, start - 4), start))) return true;
  }
  let window = s.before(start, 48);
  // A birth word on an earlier line counts only for a date that opens its own line (a form's
  // value under its label), not for "livraison le 05.03.2025" under "Acte de naissance".
  // A question on the line before asks for it ("… date de naissance ?\nClient : …, 27.08.1996").
  const nl = window.lastIndexOf('\n');
  if (nl >= 0 && window.slice(nl + 1).trim() !== '' && !/\?\s*$/.test(window.slice(0, nl)))
    window = window.slice(nl + 1);
  for (const word of DOB_WORDS) {
    const at = lastWordIndex(window, word);
    if (at < 0) continue;
    const after = window.slice(at + word.length);
    if (INNER_DATE_RE.test(after)) continue;
    // "b." is an initial before a name ("by B. Deshpande on …"), unless the date follows it.
    if (word === 'b.' && after.trim().length > 1) continue;
    // "born out of a charity drive started on …", "Birth certificate copies ordered before …":
    // a birth word far from the date, or a deadline right before it, dates something else.
    // A label's colon right before the date keeps it: "Date of birth (as stated in the claim): …".
    if (!/:\s*$/.test(after) && (WORDS_RE.test(after) || DEADLINE_BEFORE_RE.test(after))) continue;
    // "celebrates its birthday on 5 May 2025", "fête son anniversaire le …": the party's day.
    if (CELEBRATION_WORDS.has(word) && CELEBRATION_AFTER_RE.test(after)) continue;
    if (
      CELEBRATION_WORDS.has(word) &&
      PARTY_OF_BEFORE_RE.test(window.slice(Math.max(0, at - 16), at)) &&
      PARTY_DAY_AFTER_RE.test(after)
    )
      continue;
    return true;
  }
  return false;
}

// Between two birth dates of one list: "/", ",", ";", "and".
const BIRTH_LIST_GAP_RE = /^\s*(?:\/|,|;|and|und|et|y|e|&)\s*$/u;
// After a date: a birth verb, perhaps after the hour ("à 18h30 est née", "was born").
const BIRTH_AFTER_RE =
  /^(?:\s+(?:à|at|um|a las?)\s+\d{1,2}[h:.]\d{2}(?:\s*uhr)?)?,?\s+(?:est née?|est né\(e\)|naquit|was born|were born|wurde geboren|ist geboren|nació|nacieron)(?![\p{L}])/iu;

/** "Jane Doe, 4/5/81": a date right after a recognised name, separated only by a comma. */
function followsName(s: ScanState, start: number): boolean {
  for (const c of s.candidates) {
    if (c.type !== 'PERSON' || c.score < 0.5 || c.end > start || start - c.end > 3) continue;
    if (/^\s*[,(]\s*$/.test(s.text.slice(c.end, start))) return true;
  }
  return false;
}

/**
 * DATE_OF_BIRTH: dates in ISO, numeric d/m/y or m/d/y, and spelled-out forms in four languages.
 * A date alone is not personal data; it needs a birth word before it (with no other date in
 * between), a birth-date column header, or to follow a person's name directly (so the PERSON
 * recogniser runs first).
 */
export function findBirthDates(s: ScanState): void {
  DATE_RE.lastIndex = 0;
  let lastBirthEnd = -1;
  for (let m = DATE_RE.exec(s.text); m !== null; m = DATE_RE.exec(s.text)) {
    const start = m.index;
    const end = start + m[0].length;
    let score = 0.2;
    let reason = 'date without birth context';
    if (contextBeforeDate(s, start)) {
      score = 0.9;
      reason = 'date after a birth-date word';
    } else if (
      lastBirthEnd >= 0 &&
      start - lastBirthEnd <= 7 &&
      BIRTH_LIST_GAP_RE.test(s.text.slice(lastBirthEnd, start))
    ) {
      // "Tenant DOB: 23-Sep-1991 / 06/05/1970": the next date of a list of birth dates.
      score = 0.85;
      reason = 'date listed after a birth date';
    } else if (BIRTH_AFTER_RE.test(s.text.slice(end, end + 40))) {
      // "Le 19/02/2015 à 18h30 est née à Liège": the birth told after the date.
      score = 0.85;
      reason = 'date before a birth verb';
    } else if (followsName(s, start)) {
      score = 0.6;
      reason = 'date right after a name';
    }
    if (score >= 0.5) lastBirthEnd = end;
    s.push({
      type: 'DATE_OF_BIRTH',
      start,
      end,
      score,
      recognizer: 'date',
      reason,
    });
  }
}
