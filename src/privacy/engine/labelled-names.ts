import { NOT_NAME_WORDS, TITLES } from './name-lists.js';
import { isKnownFamily, isKnownGiven, titleCaseName } from './name-gazetteer.js';
import { ORG_CAPS_WORDS, PERSON_LABELS } from './person-labels.js';
import type { ScanState } from './scan-state.js';

/*
 * Forms put one name per field, each after a label at the start of its line: "Nom : YOVERBERG",
 * "Given name(s): Monserrate", "Demandeur : Islielle Kataez-Sazoard — …", "Bearbeiter: Julius",
 * "Enfant : Marylou". The label says what the value is, so a value shaped like a name counts
 * whatever its case and whether or not a list knows it. A label as loose as "Name:" also names
 * products and files: there the value needs a known name, capitals, or a second name field in
 * the same text.
 */

/** Labels of a field that holds a name and nothing else. */
const NAME_FIELDS = [
  'surname',
  'last name',
  'family name',
  'given name',
  'given names',
  'first name',
  'first names',
  'forename',
  'forenames',
  'full name',
  'middle name',
  'maiden name',
  'nom de famille',
  'nom de naissance',
  "nom d'usage",
  'nom d’usage',
  'nom complet',
  'prénom',
  'prénoms',
  'prenom',
  'nachname',
  'vorname',
  'vornamen',
  'familienname',
  'geburtsname',
  'vollständiger name',
  'apellido',
  'apellidos',
  'primer apellido',
  'segundo apellido',
  'nombre completo',
  'nombre de pila',
];
/** Loose labels: a name, or the name of anything. */
const LOOSE_FIELDS = ['name', 'nom', 'nombre'];
/** People named by their relation or their role in a record. */
const RELATION_FIELDS = [
  'child',
  'children',
  'son',
  'daughter',
  'mother',
  'father',
  'spouse',
  'enfant',
  'enfants',
  'fils',
  'fille',
  'mère',
  'père',
  'époux',
  'épouse',
  'kind',
  'kinder',
  'sohn',
  'tochter',
  'mutter',
  'vater',
  'ehemann',
  'ehefrau',
  'hijo',
  'hija',
  'hijos',
  'madre',
  'padre',
  'esposo',
  'esposa',
  'bearbeiter',
  'bearbeiterin',
  'sachbearbeiter',
  'sachbearbeiterin',
  'assignee',
  'assigned to',
  'requester',
  'requested by',
  'reported by',
  'owner',
  'contact',
  'contacto',
  'ansprechpartner',
  'ansprechpartnerin',
  'responsable',
  'technician',
  'techniker',
  'technikerin',
  'technicien',
  'technicienne',
  'técnico',
  'técnica',
  'reporter',
  'holder',
  'seller',
  'buyer',
  'vendeur',
  'vendeuse',
  'acquéreur',
  'acquéreuse',
  'acheteur',
  'acheteuse',
  'käufer',
  'käuferin',
  'verkäufer',
  'verkäuferin',
  'comprador',
  'compradora',
  'vendedor',
  'vendedora',
  'author',
  'auteur',
  'autor',
  'autorin',
  'autora',
  'signed by',
  'reported profile',
  'profil signalé',
  'gast',
  'guest',
  'invité',
  'invitée',
  'invitado',
  'invitada',
  'huésped',
  'remis par',
  'handed over by',
  'übergeben von',
  'entregado por',
  'livreur',
  'livreuse',
  'repartidor',
  'repartidora',
  'courier',
  'zusteller',
  'zustellerin',
  'bote',
];

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Each label also as a key: "last name" → "last_name", "lastname" (and "lastName", no case). */
const keyForms = (words: readonly string[]): string[] =>
  words.flatMap((w) => (w.includes(' ') ? [w, w.replace(/ /g, '_'), w.replace(/ /g, '')] : [w]));
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

// A label at a line start or a sentence start ("… 1906. Enfant : Marylou."), or a quoted key after
// "{" or "," as JSON writes it ({"last_name": "Kahlert"}); a gender or plural suffix ("(s)", "/in",
// "(e)"), a colon, the value to the end of the line.
const FIELD_RE = new RegExp(
  `(?:(?:^|\\n|\\. )[ \\t]*(?:- )?"?|[{,][ \\t]*")(?:(${alternation(keyForms(NAME_FIELDS))})|(${alternation(LOOSE_FIELDS)})|(${alternation([...RELATION_FIELDS, ...PERSON_LABELS])}))(?:\\(s\\)|\\(n\\)|\\(en\\)|\\(e\\)|\\(in\\)|\\/in|\\/a|\\(a\\))?"?[ \\t]*:[ \\t]*["']?(?=([^\\n]{1,80}))`,
  'giu',
);
const NAME_FIELD_GATE_RE = new RegExp(`(?:^|\\n)[ \\t]*(?:${alternation(NAME_FIELDS)})`, 'iu');

// A name: words capitalised or in capitals, initials, particles, hyphens; "FAMILY, Given" too.
const WORD = String.raw`(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}[\p{Lu}'’]+|\p{Lu}\.)(?:-(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}[\p{Lu}'’]+))?`;
const PARTICLE = String.raw`(?:(?:van|von|de|del|della|da|di|der|den|du|la|le|zu|y) ){0,2}`;
const VALUE_RE = new RegExp(
  String.raw`^(?:(?:${[...TITLES].map(escape).join('|')})\.?\s+)?(${PARTICLE}${WORD}(?:(?: |, )${PARTICLE}${WORD}){0,3})(?=\s*(?:$|[—–<(|;,/·•"']|\.\s|\.$|\s-\s|\s{2})|\s\p{Ll})`,
  'u',
);

/** Cheap gate: a colon and a blank, as a form writes them. */
export function mayHaveLabelledNames(text: string): boolean {
  return COLON_SPACE_RE.test(text);
}

/** A colon a value follows after a blank, as in forms ("Nom : X"); clock times have none. */
const COLON_SPACE_RE = /:[ \t]/;

export function findLabelledNames(s: ScanState): void {
  const text = s.text;
  let formContext: boolean | undefined;
  FIELD_RE.lastIndex = 0;
  for (let m = FIELD_RE.exec(text); m !== null; m = FIELD_RE.exec(text)) {
    const raw = m[4] ?? '';
    const v = VALUE_RE.exec(raw);
    if (v === null) {
      if (m[3] === undefined) pushLowerValue(s, m, raw);
      continue;
    }
    // A closing quote is the value's end, not a name's apostrophe ("firstName: 'Matteo'").
    const whole = v?.[1]?.replace(/['’]+$/u, '');
    if (v === null || whole === undefined) continue;
    // "kind: Secret", "owner: team-a": configuration keys are lower case, form labels are not.
    if (m[3] !== undefined && /^\p{Ll}/u.test(m[3])) continue;
    // "Anna Schmidt, Berlin": the part before a comma when the whole is no name.
    const name = [whole, whole.split(', ')[0] ?? ''].find(isNameValue);
    if (name === undefined) continue;
    // The value is read ahead, not consumed: the next key of a JSON line is matched too.
    const start = m.index + m[0].length + v[0].length - (v[1]?.length ?? 0);
    // "Customer: Grace period for returns …", "Client : Prudence avec …": after a role, one word
    // going on in lower case opens the speaker's message; a role's value that is a name stands
    // alone or before a comma, a dash or a bracket.
    if (
      m[3] !== undefined &&
      !name.includes(' ') &&
      /^ \p{Ll}/u.test(text.slice(start + name.length, start + name.length + 3))
    )
      continue;
    if (m[2] !== undefined) {
      // "Name: Premium Plan": a loose label needs more.
      formContext ??= NAME_FIELD_GATE_RE.test(text);
      const words = name.split(/[ ,-]+/);
      const known = words.some(
        (w) => isKnownGiven(titleCaseName(w)) || isKnownFamily(titleCaseName(w)),
      );
      // "Nom : DUPONT", "Name: KELLER Anna": capitals for the family name, any other word known.
      const caps =
        words.some((w) => w.length >= 2 && w === w.toUpperCase()) &&
        words.every((w) => w === w.toUpperCase() || isKnownGiven(w) || isKnownFamily(w));
      // "- name: KERNEL" in a YAML file: a lower-case key names variables, not people.
      const configKey = /^\p{Ll}/u.test(m[2]);
      if (!known && (!caps || configKey) && !formContext) continue;
    }
    s.push({
      type: 'PERSON',
      start,
      end: start + name.length,
      score: m[1] !== undefined ? 0.85 : 0.75,
      recognizer: 'person',
      reason: 'value of a form field that holds a name',
    });
  }
}

// "name: skyla huel", "Nom : veraline tétier": a handwritten or typed form in lower case; two
// to four words alone on the line or before the next field ("Tel: …").
const LOWER_VALUE_RE =
  /^(\p{Ll}[\p{Ll}'’]+(?:[ -](?:(?:van|von|de|del|da|di|du|la|le) )?\p{Ll}[\p{Ll}'’]+){1,3})(?=[ \t]*(?:$|[,;|/]|\.(?:\s|$)|\s{2}|\s\p{L}[\p{L}./]{1,20}\s?:))/u;

/**
 * A lower-case value of a name field. A strict label ("Vorname", "last name") takes it as it
 * is; a loose one ("Name", "nom") needs a word a name list knows, or another name field in the
 * text, and a lower-case key ("name:" in YAML) always needs the known word.
 */
function pushLowerValue(s: ScanState, m: RegExpExecArray, raw: string): void {
  const v = LOWER_VALUE_RE.exec(raw);
  const value = v?.[1];
  if (value === undefined) return;
  const words = value.split(/[ -]/);
  if (words.some((w) => LOWER_COMMON_WORDS.has(w) || NOT_NAME_WORDS.has(titleCaseName(w)))) return;
  if (m[2] !== undefined) {
    const known = words.some(
      (w) => isKnownGiven(titleCaseName(w)) || isKnownFamily(titleCaseName(w)),
    );
    // "name: x" is a setting; French forms write "nom : x", a blank before the colon.
    const configKey = /^\p{Ll}/u.test(m[2]) && !/\s:/.test(m[0]);
    // "name: athena-config": a setting's value is an identifier, one word or hyphenated.
    if (configKey && (!value.includes(' ') || value.includes('-'))) return;
    if (!known && (configKey || !isForm(s.text))) return;
  }
  const start = (m.index ?? 0) + m[0].length + raw.indexOf(value);
  s.push({
    type: 'PERSON',
    start,
    end: start + value.length,
    score: 0.7,
    recognizer: 'person',
    reason: 'lower-case value of a form field that holds a name',
  });
}

const FORM_LINE_RE = /(?:^|\n)[ \t]*\p{L}[\p{L} .'’/()-]{1,30}[ \t]?:[ \t]+\S/gu;

/** A form: a strict name field, or three lines at least that open with a label and a colon. */
function isForm(text: string): boolean {
  return NAME_FIELD_GATE_RE.test(text) || (text.match(FORM_LINE_RE)?.length ?? 0) >= 3;
}

/** Lower-case words of settings and prose that a name field's value may hold instead of a name. */
const LOWER_COMMON_WORDS: ReadonlySet<string> = new Set(
  'the and or of for to in on with my your our test build deploy release main master default prod production staging dev local app service server web api job task step run check lint unit und oder der die das für mit et ou le la les des pour avec y o el los las para con'.split(
    ' ',
  ),
);

// holder="Stehr, Krista" in a log line: a person label as a key, the name quoted.
const KEY_VALUE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${alternation([...NAME_FIELDS, ...RELATION_FIELDS, ...PERSON_LABELS].map((w) => w.replace(/ /g, '_')))})="([^"\\n]{2,80})"`,
  'giu',
);

/** Cheap gate: a quoted value after "=". */
export function mayHaveKeyValueNames(text: string): boolean {
  return text.includes('="');
}

export function findKeyValueNames(s: ScanState): void {
  KEY_VALUE_RE.lastIndex = 0;
  for (let m = KEY_VALUE_RE.exec(s.text); m !== null; m = KEY_VALUE_RE.exec(s.text)) {
    const value = m[1] ?? '';
    const v = VALUE_RE.exec(value);
    if (v?.[1] !== value || !isNameValue(value)) continue;
    const start = m.index + m[0].length - 1 - value.length;
    s.push({
      type: 'PERSON',
      start,
      end: start + value.length,
      score: 0.75,
      recognizer: 'person',
      reason: 'quoted value of a key that holds a name',
    });
  }
}

// <family>Carrero Velasco</family>, <cust:lastName>Weber</cust:lastName>: an XML element named as
// a name part (HL7/FHIR's "given" and "family" too); a loose <name> needs a known name.
const XML_NAME_ELEMENTS = [...keyForms(NAME_FIELDS), 'given', 'family', 'givenname', 'familyname'];
const XML_NAME_RE = new RegExp(
  `<(?:[\\w-]{1,20}:)?(${alternation([...XML_NAME_ELEMENTS, ...LOOSE_FIELDS])})(?:\\s[^>\\n]{0,80})?>([^<\\n]{2,80})</(?:[\\w-]{1,20}:)?\\1>`,
  'giu',
);

/** Cheap gate: a closing tag. */
export function mayHaveXmlNames(text: string): boolean {
  return text.includes('</');
}

export function findXmlNames(s: ScanState): void {
  XML_NAME_RE.lastIndex = 0;
  for (let m = XML_NAME_RE.exec(s.text); m !== null; m = XML_NAME_RE.exec(s.text)) {
    const value = (m[2] ?? '').trim();
    if (!isNameValue(value) || !/^\p{L}/u.test(value)) continue;
    const loose = LOOSE_FIELDS.includes((m[1] ?? '').toLowerCase());
    if (
      loose &&
      !value
        .split(/[ ,-]+/)
        .some((w) => isKnownGiven(titleCaseName(w)) || isKnownFamily(titleCaseName(w)))
    )
      continue;
    const start = m.index + m[0].indexOf('>') + 1 + (m[2] ?? '').indexOf(value);
    s.push({
      type: 'PERSON',
      start,
      end: start + value.length,
      score: loose ? 0.7 : 0.85,
      recognizer: 'person',
      reason: 'text of an XML element that holds a name',
    });
  }
}

function isNameValue(name: string): boolean {
  if (name === '') return false;
  const words = name.split(/[ ,-]+/).filter((w) => w !== '');
  if (!words.some((w) => /\p{L}{2}/u.test(w))) return false;
  return !words.some(
    (w) => NOT_NAME_WORDS.has(w) || ORG_CAPS_WORDS.has(w) || NOT_NAME_WORDS.has(titleCaseName(w)),
  );
}
