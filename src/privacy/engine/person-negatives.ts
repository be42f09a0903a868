import { GIVEN_NAMES, NOT_NAME_WORDS, TITLES, listed } from './name-lists.js';
import { isKnownGiven } from './name-gazetteer.js';
import { insideFirmList, isNamedAfterPeople } from './firm-names.js';
import type { Finding } from './entity-types.js';
import {
  FIELD_LABELS,
  JOINED_TO_GIVEN,
  stripPossessive,
  type Token,
} from './person-text-passes.js';
import {
  ARTICLE_BEFORE_RE,
  COORDINATION_GAP_RE,
  EPONYM_AFTER_RE,
  EPONYM_BEFORE_RE,
  FIRM_AMPERSAND_BEFORE_RE,
  FIRM_TAIL_RE,
  INSTITUTION_NOUNS,
  MODAL_NAMES,
  MODAL_QUESTION_AFTER_RE,
  MONTH_ABBREVIATIONS,
  NAMED_INSTITUTION_AFTER_RE,
  ORG_BEFORE_RE,
  ORG_PAIR_BEFORE_RE,
  ORG_SUFFIX_RE,
  PLACE_PREPOSITION_BEFORE_RE,
  QUANTITY_BEFORE_RE,
  QUESTION_AFTER_RE,
  READING_BEFORE_RE,
  ROLE_OF_AFTER_RE,
  ROOM_BEFORE_RE,
  SAINT_BEFORE_RE,
  SOFTWARE_AFTER_RE,
  SOFTWARE_BEFORE_RE,
  STORM_BEFORE_RE,
  STREET_BEFORE_RE,
  TOPIC_BEFORE_RE,
  TRAVEL_BEFORE_RE,
} from './person-context-patterns.js';
import type { ScanState } from './scan-state.js';

/*
 * Where a name-shaped run of words stands tells that it is no person: a firm's suffix or list,
 * a street, a room, a quantity, a product's version, software, a question's modal, an article,
 * a place after a preposition or a trip, a field label. The PERSON recogniser asks this once it
 * has cut a run to its name.
 */

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

// "turn left onto Martin Luther King Jr. Blvd.": a street abbreviation after the name.
const STREET_ABBREVIATION_AFTER_RE = /^\.? (?:Blvd|Ave|Rd|Pkwy|Hwy)\b/u;

// Before a saint's feast, a ship's or a book's name: "St. ", "the ship ", "el buque ", a JSON
// title key.
const TITLE_WORK_BEFORE_RE =
  /(?:(?:^|[^\p{L}])(?:St|Ste|Sta|Sto)\.\s?|(?:^|[^\p{L}])(?:[Ss]hip|[Vv]essel|[Ll]iner|[Ff]erry|[Bb]uque|[Bb]arco|[Ff]erri|[Nn]avire|[Pp]aquebot|[Ss]chiff|[Ff]ähre|MS|MV|HMS|RMS|SS)\s|"(?:title|series|book|album|song|film|movie|titre|titel|título|serie|série|reihe)"\s*:\s*"(?:\p{Lu}\p{Ll}+ )?)$/u;
// What a ship does in a port notice: "the Queen Elizabeth docks on …", "le Jacques Cartier
// accostera", "Die Sophie Scholl legt am 26.09. an".
const SHIP_AFTER_RE =
  /^ (?:docks|docked|berths|berthed|sails from|accoste|accostera|appareille|atraca|atracará|zarpa|zarpará|legt (?:am|um|in|heute|morgen)\b[^\n!?]{0,24}? an\b)/u;
// A book's title before its ISBN: "“Anna Karenina” (ISBN …", "Pedro Páramo, ISBN …".
const ISBN_AFTER_RE = /^\s*[”"»“«]?\s*[(,–—-]?\s*ISBN/u;

const POSSESSIVE_PLACE_RE =
  /^['’]s (?:Cross|Park|Hall|College|Road|Square|Bay|Inn|Landing|Wharf|Church|Cathedral|Hospital|Island|Lynn|Reach|Gate|Green|Head|Hill|Wood|Field|Market|Bridge)(?![\p{L}])/u;

// A greeting right before a name: "Dear Elna & Dden,", "Liebe Anna und …".
const GREETING_BEFORE_RE =
  /(?:^|[^\p{L}])(?:Dear|Dearest|Hi|Hello|Hey|Liebe[rs]?|Hallo|Chère?s?|Bonjour|Coucou|Querid[oa]s?|Hola|Estimad[oa]s?)[ \t]+$/u;

/**
 * "Leila & Niko": a known given name, "&" and another given name. The second may be unknown
 * when a greeting stands before the pair ("Dear Elna & Dden,") or when both halves are full
 * names ("Elna Pagac & Dden Stanham"): firms pair single family names ("Smith & Wesson").
 */
function coupleAfter(
  text: string,
  start: number,
  end: number,
  first: string,
  words: number,
): boolean {
  const m = /^ & (\p{Lu}\p{Ll}+)( \p{Lu}\p{Ll}+)?(?![\p{L}])/u.exec(text.slice(end, end + 48));
  if (m === null || !isKnownGiven(first)) return false;
  if (isKnownGiven(m[1] ?? '')) return true;
  if (words >= 2 && m[2] !== undefined) return true;
  return words === 1 && GREETING_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start));
}

/** A listed non-name word that is no title ("und Herr …" goes on to a person). */
function isPlaceOrBrand(word: string): boolean {
  return NOT_NAME_WORDS.has(word) && !TITLES.has(word);
}

/** "Mercedes y Rosario": one word joined by a conjunction to a listed place or brand. */
function besideNotName(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}[\p{L}-]+)( (?:y|and|und|et|e|&) )$/u.exec(
    text.slice(Math.max(0, start - 24), start),
  );
  if (
    before !== null &&
    COORDINATION_GAP_RE.test(before[2] ?? '') &&
    isPlaceOrBrand(before[1] ?? '')
  )
    return true;
  const after = /^( (?:y|and|und|et|e|&) )(\p{Lu}[\p{L}-]+)/u.exec(text.slice(end, end + 24));
  return after !== null && isPlaceOrBrand(after[2] ?? '');
}

/**
 * True when the run `seq`, cut to the name at `start..end`, stands where a firm, a place, a
 * product or a label does. `titled`: a title stood before it.
 */
export function placedAsNoPerson(
  s: ScanState,
  seq: readonly Token[],
  start: number,
  end: number,
  titled: boolean,
): boolean {
  const text = s.text;
  const firstTok = seq[0];
  const lastWord = stripPossessive(seq[seq.length - 1]?.word ?? '');
  if (firstTok === undefined) return true;
  // Nothing before or after the name (a whole cell): no cue, title or suffix to look for.
  const atStart = start === 0;
  const atEnd = end >= text.length;
  // "Smith & Co", "Keller GmbH": a firm; "Leila & Niko": a couple, two given names.
  if (
    !atEnd &&
    ORG_SUFFIX_RE.test(text.slice(end, end + 14)) &&
    !coupleAfter(text, start, end, stripPossessive(firstTok.word), seq.length)
  )
    return true;
  // "King's Cross", "St John's Wood": a possessive before a place noun names the place.
  if (!atEnd && POSSESSIVE_PLACE_RE.test(text.slice(end, end + 20))) return true;
  if (end >= 2 && POSSESSIVE_PLACE_RE.test(text.slice(end - 2, end + 18))) return true;
  if (!atStart && POSSESSIVE_PLACE_RE.test(text.slice(Math.max(0, start - 3), end))) return true;
  // "User-Agent: Galaxy Tab/10.17.30": a product and its version.
  if (text.charCodeAt(end) === 47 && isDigitCode(text.charCodeAt(end + 1))) return true;
  // "Blocked by Atlas-468": a tracker's key, a word and the issue's number.
  if (text.charCodeAt(end) === 45 && isDigitCode(text.charCodeAt(end + 1))) return true;
  // "Jan 10, 2022", "Mar 2021": a month abbreviation before a number is a date.
  if (seq.length === 1 && MONTH_ABBREVIATIONS.has(lastWord) && /^\.?\s?\d/.test(text.slice(end)))
    return true;
  // "l’équipe Vasseur et Adam": the second name of a firm introduced by an organisation word.
  if (!atStart && ORG_PAIR_BEFORE_RE.test(text.slice(Math.max(0, start - 48), start))) return true;
  if (!atEnd && FIRM_TAIL_RE.test(text.slice(end, end + 80))) return true;
  // "turn left onto Martin Luther King Jr. Blvd.": a street named after a person.
  if (!atEnd && STREET_ABBREVIATION_AFTER_RE.test(text.slice(end, end + 8))) return true;
  if (!atStart && ORG_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start))) return true;
  if (!atStart && ROOM_BEFORE_RE.test(text.slice(Math.max(0, start - 14), start))) return true;
  // "2 × Jenny Craig refill", "3x Mr. Proper": a quantity before it makes a product.
  if (!atStart && QUANTITY_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))) return true;
  // "Can you confirm …", "Will you": a question opener, not a name.
  if (seq.length === 1 && QUESTION_AFTER_RE.test(text.slice(end, end + 6))) return true;
  if (seq.length === 1 && !titled) {
    const after = text.slice(end, end + 24);
    const before = text.slice(Math.max(0, start - 24), start);
    if (
      (MODAL_NAMES.has(lastWord) && MODAL_QUESTION_AFTER_RE.test(after)) ||
      SOFTWARE_AFTER_RE.test(after) ||
      SOFTWARE_BEFORE_RE.test(before) ||
      ROLE_OF_AFTER_RE.test(after) ||
      ARTICLE_BEFORE_RE.test(before) ||
      besideNotName(text, start, end)
    )
      return true;
  }
  if (insideFirmList(s, start, end)) return true;
  // "Geschätzter Schaden: € 185,73", "Zimmer: 132": unlisted words opening a line before a colon
  // and a number are a field's label.
  if (
    (start === 0 || text.charCodeAt(start - 1) === 10) &&
    /^ ?:[ \t]*[\d€$£]/.test(text.slice(end, end + 8)) &&
    !seq.some(
      (t) => listed(GIVEN_NAMES, stripPossessive(t.word)) || isKnownGiven(stripPossessive(t.word)),
    )
  )
    return true;
  // "Price: 12 EUR": a field label before its colon, whatever context is near.
  if (seq.length === 1 && FIELD_LABELS.has(lastWord) && /^ ?:/.test(text.slice(end, end + 2)))
    return true;
  if (isNamedAfterPeople(text, start, end)) return true;
  // "Thomas Jefferson Elementary", "Martha's Rule", "triangle de Pascal", "Storm Ciarán",
  // "reading David Copperfield": a school, a law, a theorem, a storm or a book named after one.
  if (INSTITUTION_NOUNS.has(lastWord)) return true;
  if (!atEnd && NAMED_INSTITUTION_AFTER_RE.test(text.slice(end, end + 28))) return true;
  if (!atEnd && EPONYM_AFTER_RE.test(text.slice(end, end + 16))) return true;
  if (!atStart) {
    const before = text.slice(Math.max(0, start - 36), start);
    if (
      EPONYM_BEFORE_RE.test(before) ||
      STORM_BEFORE_RE.test(before) ||
      READING_BEFORE_RE.test(before)
    )
      return true;
  }
  // "St. Nicholas Day", "the ship Queen Elizabeth", "“Anna Karenina” (ISBN …)", "series":
  // "Harry Potter …": a saint's feast, a ship, a book.
  if (!atStart && TITLE_WORK_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start)))
    return true;
  // After a title ("« Madame Bovary » (ISBN …") the title's closing quote must come first.
  const isbn = ISBN_AFTER_RE.exec(text.slice(end, end + 12));
  if (!atEnd && isbn !== null && (!titled || /^\s*[”"»“]/u.test(isbn[0]))) return true;
  if (!atEnd && SHIP_AFTER_RE.test(text.slice(end, end + 40))) return true;
  // "office in Charlotte", "Umzug nach Florence", "St. Moritz", "arrivée à Lourdes": a place.
  // "Taller de Arduino", "Workshop on Ruby": a course is named after its topic.
  if (seq.length === 1 && !titled) {
    const before = text.slice(Math.max(0, start - 32), start);
    if (
      TOPIC_BEFORE_RE.test(before) ||
      PLACE_PREPOSITION_BEFORE_RE.test(before) ||
      SAINT_BEFORE_RE.test(before) ||
      TRAVEL_BEFORE_RE.test(before)
    )
      return true;
  }
  // "Smitham & Price": a family name after "Name &" is the second half of a firm.
  if (
    seq.length === 1 &&
    !listed(GIVEN_NAMES, firstTok.word) &&
    FIRM_AMPERSAND_BEFORE_RE.test(text.slice(Math.max(0, start - 32), start))
  )
    return true;
  if (!atStart && STREET_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))) return true;
  if (!atStart && /\d[ \t]*$/.test(text.slice(Math.max(0, start - 3), start))) return true; // "748 Elm Drive"
  return false;
}

/** The reason of a listed given name found alone, with no cue: the weakest PERSON finding. */
export const GIVEN_NAME_ALONE = 'given name alone';
const LONE_NAME_MIN_TEXT = 100;

/**
 * True when every finding of `text` is a listed given name alone, with no title, cue or context
 * and no other personal data around it ("Our Charlotte and Lincoln shops", "| Douglas | EUR
 * 2.172,52 |", "Claire et concise"). In a document of some length such a word is a place, a
 * brand or a plain word far more often than a person: a note about someone says who, how to reach
 * them or what happened to them. A short message ("ayer llamaron Esteban y Marisol") and a name
 * signing the last line keep theirs.
 */
export function onlyLoneGivenNames(text: string, findings: readonly Finding[]): boolean {
  if (text.length < LONE_NAME_MIN_TEXT) return false;
  const lastLine = text.trimEnd().lastIndexOf('\n') + 1;
  const signs = (f: Finding) =>
    text.slice(lastLine, f.start).trim() === '' && text.slice(f.end).trim() === '';
  return findings.every(
    (f) =>
      f.type === 'PERSON' &&
      (f.reason === GIVEN_NAME_ALONE || f.reason === JOINED_TO_GIVEN) &&
      !signs(f),
  );
}
