import type { ScanState } from './scan-state.js';

const CAP = String.raw`[\p{Lu}][\p{L}'.-]*`;
const US_SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Ter|' +
  'Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Loop|Close|Crescent|Gardens|Grove|Mews|Row|Walk|Hill';
const UNIT = String.raw`(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Room|#)\.?\s*#?[\w-]+)?`;
const CITY = String.raw`${CAP}(?:[ -]${CAP}){0,2}`;

/** US and UK street lines, optionally through city, state and ZIP (or UK postcode). */
const EN_RE = new RegExp(
  String.raw`(?<![\w.])\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:${CAP}\s+){1,4}(?:${US_SUFFIX})\.?(?![\p{L}])${UNIT}` +
    String.raw`(?:,?\s+${CITY},?\s+(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?![\w]))?`,
  'gu',
);

/** German street lines: "Hauptstraße 5", "Berliner Str. 12a", "Am Ring 3", then "10115 Berlin". */
const DE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:[\p{Lu}][\p{Ll}äöüß-]+[ -])?[\p{Lu}][\p{Ll}äöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm)\s+\d{1,4}\s?[a-z]?` +
    String.raw`(?:,?\s+(?:D-)?\d{5}\s+${CITY})?`,
  'gu',
);

/** French street lines: "12 bis rue de la Paix, 75002 Paris". */
const FR_RE = new RegExp(
  String.raw`(?<![\w])\d{1,4}(?:\s?(?:bis|ter|[A-D]))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|allee|impasse|quai|route|cours|square|passage|faubourg)\s+` +
    String.raw`(?:(?:de|du|des|la|le|l'|d')\s*)*[\p{L}'-]+(?:\s+(?:(?:de|du|des|la|le|l'|d')\s*)*[\p{Lu}][\p{L}'-]*){0,4}` +
    String.raw`(?:,?\s+\d{5}\s+${CITY}(?:\s+Cedex(?:\s\d{1,2})?)?)?`,
  'giu',
);

/** Spanish street lines: "Calle Mayor 5, 3º B, 28013 Madrid", "Avda. de la Constitución, 12". */
const ES_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:Calle|C\/|Avenida|Avda\.?|Av\.|Paseo|Plaza|Pza\.?|Camino|Carretera|Ronda|Travesía|Rambla|Vía|Via|Glorieta|Carrer)\s+` +
    String.raw`(?:(?:de|del|la|las|los|el|y|d')\s*)*[\p{Lu}][\p{L}'-]*(?:\s+(?:(?:de|del|la|las|los|el|y)\s+)*[\p{Lu}][\p{L}'-]*){0,4},?\s+(?:n[º°o.]\s*)?\d{1,4}` +
    String.raw`(?:,?\s*\d{1,2}[º°]?\s?[A-Za-z]?(?=,))?(?:,?\s+\d{5}\s+${CITY})?`,
  'gu',
);

// Run on the lower-cased text without the i/u flags: ~25x faster than a case-insensitive
// Unicode alternation, and it runs on every text with digits and spaces.
const TRIGGER_RE = new RegExp(
  String.raw`\b(?:${US_SUFFIX.toLowerCase()}|rue|avenue|boulevard|chemin|allée|impasse|quai|calle|avda|avenida|paseo|plaza|camino|carrer|ronda|rambla|carretera|glorieta)\b|stra(?:ß|ss)e|str\.|weg\b|gasse|platz|allee|ring\b|damm|ufer\b|chaussee|c\/`,
);

const ADDRESS_CONTEXT = [
  'address',
  'lives at',
  'live at',
  'ship to',
  'shipping',
  'billing',
  'mail to',
  'located at',
  'home',
  'adresse',
  'anschrift',
  'wohnhaft',
  'wohnt',
  'lieferadresse',
  'domicile',
  'habite',
  'dirección',
  'direccion',
  'domicilio',
  'vive en',
  'envío',
  'envio',
];

/** `value` without its trailing run of white space, `,`, `.` and `;` (a regex scans from every space). */
function trimTrailing(value: string): string {
  let end = value.length;
  while (end > 0) {
    const c = value.charCodeAt(end - 1);
    if (c !== 44 && c !== 46 && c !== 59 && !isJsSpace(c)) break;
    end--;
  }
  return end === value.length ? value : value.slice(0, end);
}

/** Exactly the characters of the regex class `\s`. */
function isJsSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function push(s: ScanState, re: RegExp, reason: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) {
    const value = trimTrailing(m[0]);
    // A street line alone is weaker than a full one with a postal code.
    const hasPostal = /\d{5}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}/.test(value.slice(3));
    const before = s.before(m.index, 32);
    const context = ADDRESS_CONTEXT.some((w) => before.includes(w) || s.hint.includes(w));
    const score = (hasPostal ? 0.85 : 0.55) + (context ? 0.1 : 0);
    s.push({
      type: 'STREET_ADDRESS',
      start: m.index,
      end: m.index + value.length,
      score,
      recognizer: 'address',
      reason,
    });
  }
}

function holdsWholeAddress(s: ScanState): boolean {
  return s.candidates.some(
    (c) => c.type === 'STREET_ADDRESS' && c.start === 0 && c.end >= s.text.trimEnd().length - 1,
  );
}

/** STREET_ADDRESS in US/UK, German, French and Spanish conventions. */
export function findAddresses(s: ScanState): void {
  // A column named like an address needs no keyword check; anything else does.
  if (!ADDRESS_CONTEXT.some((w) => s.hint.includes(w)) && !TRIGGER_RE.test(s.lower())) return;
  push(s, EN_RE, 'number + street + suffix (EN)');
  if (holdsWholeAddress(s)) return; // a cell that is one address holds no second one
  push(s, DE_RE, 'street + number (DE)');
  push(s, FR_RE, 'number + voie (FR)');
  push(s, ES_RE, 'vía + number (ES)');
}
