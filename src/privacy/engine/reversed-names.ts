import { isWordChar } from './context-words.js';
import { AMBIGUOUS_GIVEN, NOT_NAME_WORDS } from './name-lists.js';
import { isKnownFamily, isKnownGiven, titleCaseName } from './name-gazetteer.js';
import { CONTACT_AFTER_RE, INSTITUTION_NOUNS } from './person-context-patterns.js';
import { ORG_CAPS_WORDS, PERSON_LABEL_BEFORE_RE } from './person-labels.js';
import type { ScanState } from './scan-state.js';

/*
 * Names written family name first, as forms, HR files and French administration write them:
 * "Müller, Hans" after a label, and "DUPONT Marie" / "DE PERRIN Asceline" (family name in
 * capitals). Both need the family part in the family lists and the given part in the given
 * lists, so "Berlin, Anna" or "SALE Monday" stay out.
 */

// "Label: Family, Given" ending at a comma, semicolon, bracket, line end or the text's end.
// The family part may be in capitals ("RATKE, Leta", "MARÍN VALDÉS, Leonor"); a middle initial
// may follow the given name ("Langosh, Eudora L.").
// Two family names ("Botello Lebrón, María del Carmen") as Spanish writes them.
const COMMA_NAME_RE =
  /(?<=(?:^|[:;\n|]| [–—]|(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[-*•])|\b(?:von|de|from|for|für|pour|para|record|file|profile|akte|dossier|ficha|expediente)) ?)(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?: \p{Lu}[\p{Ll}'’]+)?|\p{Lu}[\p{Lu}'’]+(?:[- ]\p{Lu}[\p{Lu}'’]+)?), (\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?: (?:del |de la |de )?\p{Lu}[\p{Ll}'’]+)?)((?: \p{Lu}\.)?)(?=[,;:)\n|]|$| \(| \||\s{2}| [–—-] | (?!(?:and|und|et|y|e|or|oder|ou|o)\s)\p{Ll}{2,})/gmu;
// "DUPONT Marie", "DE PERRIN Asceline", "LE ROUX-MAILLARD Agrippine".
const CAPS_FIRST_RE =
  /(?<![\p{L}\p{N}])((?:\p{Lu}{2,} )?\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;

export function findReversedNames(s: ScanState): void {
  const text = s.text;
  if (text.includes(', ')) {
    COMMA_NAME_RE.lastIndex = 0;
    for (let m = COMMA_NAME_RE.exec(text); m !== null; m = COMMA_NAME_RE.exec(text))
      pushIfNames(s, m, {
        family: titleCaseName(m[1] ?? ''),
        given: (m[2] ?? '').split(' ')[0] ?? '',
        reason: 'family, given name',
        labelled: true,
      });
  }
  CAPS_FIRST_RE.lastIndex = 0;
  for (let m = CAPS_FIRST_RE.exec(text); m !== null; m = CAPS_FIRST_RE.exec(text)) {
    const family =
      titleCaseName(m[1] ?? '')
        .split(' ')
        .pop() ?? '';
    if ((m[1] ?? '').split(' ').some((w) => ORG_CAPS_WORDS.has(w) || CAPS_ROLES.has(w))) continue;
    // "SPORER Jennie: strong hire", "SCHAEFER Shea added …": rosters, HR tools and chat apps
    // print people so; a known given name vouches for a family name no list holds.
    if (!isKnownFamily(family) && givenAfterCaps(text, m, family)) {
      s.push({
        type: 'PERSON',
        start: m.index,
        end: m.index + m[0].length,
        score: 0.65,
        recognizer: 'person',
        reason: 'capitals word + given name',
      });
      continue;
    }
    // "Patient(e) : DURICIEAU Zoumir": after a person label, a name no list knows.
    pushIfNames(s, m, {
      family,
      given: m[2] ?? '',
      reason: 'family name in capitals, given name',
      labelled: PERSON_LABEL_BEFORE_RE.test(s.before(m.index, 32)),
    });
  }
}

// Capitals words before a name that are roles or codes, not family names.
const CAPS_ROLES: ReadonlySet<string> = new Set(
  'CEO CTO CFO COO CIO VP HR IT QA PM PO UX UI API SDK FAQ ATTN NOTE TODO FYI RE FW FWD CC BCC'.split(
    ' ',
  ),
);

/**
 * True when the given name of "FAMILY Given" is listed (and no plain word) and the pair is no
 * abbreviation before a longer name ("IES Miguel de Cervantes", "ACME CORP Anna").
 */
function givenAfterCaps(text: string, m: RegExpExecArray, family: string): boolean {
  const given = m[2] ?? '';
  if (family.length < 3 || !/[aeiouyà-öø-ý]/u.test(family) || NOT_NAME_WORDS.has(family))
    return false;
  if (NOT_NAME_WORDS.has(given) || AMBIGUOUS_GIVEN.has(given) || !isKnownGiven(given)) return false;
  const end = m.index + m[0].length;
  if (/^ (?:(?:de|del|da|di|von|van|y) )?\p{Lu}/u.test(text.slice(end, end + 12))) return false;
  return !/\p{Lu}{2,}[ \t]$/u.test(text.slice(Math.max(0, m.index - 8), m.index));
}

/**
 * True when the family name of a "Family, Given" heading ("Account CLI-960352 – Stroman,
 * Myrtice", a line of its own) stands again elsewhere in the text. One word each: a firm's
 * "Talent Partner, Ironbark Logistics" has more.
 */
function namedAgain(text: string, m: RegExpExecArray, family: string, given: string): boolean {
  if (family.includes(' ') || given.includes(' ') || family.length < 3) return false;
  const before = text.slice(Math.max(0, m.index - 3), m.index);
  if (!(m.index === 0 || /(?:\n|[–—] ?)$/.test(before))) return false;
  // A whole word elsewhere: no letter or digit on either side, outside the match itself.
  for (let at = text.indexOf(family); at >= 0; at = text.indexOf(family, at + 1)) {
    if (at >= m.index && at < m.index + m[0].length) continue;
    if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + family.length)))
      return true;
  }
  return false;
}

interface NameParts {
  readonly family: string;
  readonly given: string;
  readonly reason: string;
  /** "Label: Family, Given": a person label may vouch for names no list knows. */
  readonly labelled: boolean;
}

/**
 * Reports the match as a PERSON when `family` and `given` are known names of their kind, or, for
 * the `labelled` "Label: Family, Given" form, when a person word stands before it.
 */
function pushIfNames(
  s: ScanState,
  m: RegExpExecArray,
  { family, given, reason, labelled }: NameParts,
): void {
  const families = family.split(' ');
  if (families.some((f) => NOT_NAME_WORDS.has(f) || INSTITUTION_NOUNS.has(f))) return;
  if (NOT_NAME_WORDS.has(given)) return;
  if (!families.some(isKnownFamily) || !isKnownGiven(given)) {
    // "Asegurado: Zialañeda, Gurencio": a person label before "Family, Given" vouches for names
    // no list holds.
    const label = labelled && PERSON_LABEL_BEFORE_RE.test(s.before(m.index, 32));
    // "1) Grünreiter, Bernburga, Tel. 0179 …": a phone or an e-mail address right after it.
    const end = m.index + m[0].length;
    const contact = labelled && CONTACT_AFTER_RE.test(s.text.slice(end, end + 48));
    // "Account CLI-960352 – Stroman, Myrtice\n… spoke to Stroman": a part named again.
    const repeated = labelled && namedAgain(s.text, m, family, given);
    if (labelled && (label || contact || repeated || s.hasContext('PERSON', m.index, 30)))
      s.push({
        type: 'PERSON',
        start: m.index,
        end: m.index + m[0].length,
        // Right after its label the whole "Family, Given" outranks either part found alone.
        score: label ? 0.99 : 0.7,
        recognizer: 'person',
        reason: `${reason} after a person label`,
      });
    return;
  }
  const end = m.index + m[0].length;
  const context =
    s.hasContext('PERSON', m.index, 30) || CONTACT_AFTER_RE.test(s.text.slice(end, end + 48));
  const label = labelled && PERSON_LABEL_BEFORE_RE.test(s.before(m.index, 32));
  s.push({
    type: 'PERSON',
    start: m.index,
    end,
    score: label ? 0.99 : context ? 0.97 : 0.65,
    recognizer: 'person',
    reason: label || context ? `${reason} with context` : reason,
  });
}
