import { mayHaveUncasedAddress, restoreAddressCase } from './address-case.js';
import { ScanState, type HintContext } from './scan-state.js';
import {
  alternation,
  DE_CORE_SUFFIXES,
  DE_PLACE_NOUNS,
  DE_TYPE_WORDS,
  DE_WEAK_SUFFIXES,
  EN_CORE_SUFFIXES,
  ES_CORE_TYPES,
  ES_WEAK_TYPES,
  FR_CORE_TYPES,
  FR_WEAK_TYPES,
} from './street-types.js';
import {
  SP,
  SPO,
  bothCases,
  CITY,
  EU_TAIL_AT,
  AMERICAS_TAIL_AT,
  MX_STATE_AT,
  EN_CORE,
  EN_TAIL_AT,
  EN_RE,
  EN_TAIL_RE,
} from './address-patterns.js';

// ---- German.
const DE_CORE = new Set(DE_CORE_SUFFIXES);
const DE_SUFFIX = alternation([...DE_CORE_SUFFIXES, ...DE_WEAK_SUFFIXES]);
const DE_TYPE = alternation(DE_TYPE_WORDS);
const DE_PLACE = new Set(DE_PLACE_NOUNS.map((w) => w.toLowerCase()));
/** "Carl-Maria-von-Weber-", "Henry-T.-v.-": hyphenated lead words of a street name. */
const DE_LEAD = String.raw`[\p{Lu}][\p{L}.]{0,25}-(?:[\p{L}][\p{L}.]{0,25}-){0,4}`;
const DE_PREP =
  String.raw`(?:(?:An|Auf|In|Unter|Hinter|Vor|Über|Ober|Bei|Neben|Zwischen|Zu|Aus)${SP}(?:der|den|dem|die|das)|` +
  String.raw`Am|Im|Beim|Zum|Zur|Vorm|Hinterm|Überm|Unterm|Auf|An|In|Unter|Hinter|Vor|Über|` +
  String.raw`Alte[rn]?|Neue[rn]?|Große[rn]?|Kleine[rn]?|Lange[rn]?|Hohe[rn]?|Obere[rn]?|Untere[rn]?)`;
const DE_NOT_LEAD = String.raw`(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Am|Im|In|An|Auf|Zum|Zur|Und|Oder|Von|Vom|Bis|Ab|Ihre?|Unsere?|Seine?|Mein|Meine|Nach)${SP})`;
/** Nouns that put a number after them but are no street: "Kapitel 3", "Pedido 12", "Order 5". */
const NOT_STREET = String.raw`(?!(?:Kapitel|Abschnitt|Seite|Teil|Gruppe|Bestellung|Rechnung|Auftrag|Version|Artikel|Paragraph|Nummer|Nr|Position|Zimmer|Raum|Etage|Stock|Gleis|Halle|Rang|Stufe|Level|Klasse|Jahr|Woche|Tag|Runde|Spiel|Folge|Staffel|Band|Ausgabe|Heft|Kunde|Konto|Vertrag|Ticket|Fall|Punkt|Schritt|Anlage|Tabelle|Abbildung|Termin|Los|Menge|Preis|Betrag|Summe|Capítulo|Sección|Página|Grupo|Pedido|Factura|Versión|Artículo|Número|Habitación|Planta|Chapitre|Page|Commande|Facture|Numéro|Chambre|Étage|Chapter|Section|Order|Invoice|Room|Floor|Page|Step|Item|Ticket)(?![\p{L}]))`;
const DE_NUMBER = String.raw`${SP}(?:Nr\.?${SPO})?\d{1,4}(?:[ \t]?[a-zA-Z](?![\p{L}\d]))?(?:[ \t]?[-–/][ \t]?\d{1,4}[a-z]?)?(?![\d]|[.,]\d)`;
/** Flat or floor after the house number: "Zimmer 675", "9 OG", "Whg. 3". */
const DE_UNIT =
  String.raw`(?:,?${SP}(?:(?:Zimmer|Zi\.|Apt\.?|App\.|Appartement|Wohnung|Whg\.|Haus|Geb\.|Gebäude|Aufgang)${SPO}[0-9][0-9A-Za-z]{0,3}` +
  String.raw`|\d{1,2}\.?${SP}(?:OG|EG|UG|DG|Etage|Stock|Obergeschoss)|(?:EG|DG|UG|OG))(?:${SP}(?:links|rechts|li\.|re\.|Mitte))?(?![\p{L}\d]))?`;

/** "Hauptstraße 5", "Berliner Platz 2", "Carl-Maria-von-Weber-Str. 80c", "Auf der Donnen 29a". */
const DE_RE = new RegExp(
  String.raw`(?<![\p{L}\d.'’-])(?:` +
    String.raw`(?:${DE_NOT_LEAD}[\p{Lu}][\p{Ll}-]{0,30}(?:e|er|en|es)${SP}|${DE_LEAD})?[\p{Lu}][\p{Ll}ß]{0,30}(?<sfx>${DE_SUFFIX})` +
    String.raw`|${DE_LEAD}(?<hyphenType>${DE_TYPE})` +
    String.raw`|(?:${DE_NOT_LEAD}[\p{Lu}][\p{L}'’.-]{1,30}${SP}){1,2}(?<type>${DE_TYPE})` +
    String.raw`|(?<prep>${DE_PREP})${SP}(?:[\p{L}][\p{L}'’.-]{0,30}${SP}){0,2}(?<last>[\p{Lu}][\p{L}'’-]{1,30})` +
    String.raw`)(?![\p{L}])${DE_NUMBER}${DE_UNIT}`,
  'gu',
);

// ---- French.
/** "Apt. 219", "3 étage", "Bât. B", "Esc. 2". */
const FR_UNIT = String.raw`(?:,?${SP}(?:(?:Apt\.?|Appt\.?|Appartement|Bât\.|Bâtiment|Bat\.|Esc\.|Escalier|Porte|bte|Bte|boîte|Boîte)${SPO}[0-9A-Za-z]{1,4}|\d{1,2}(?:e|er|ème|è)?${SP}(?:étage|Étage))(?![\p{L}\d]))?`;
const FR_PART = String.raw`(?:(?:de|du|des|la|le|les|aux|au|à|sur|sous|en|et)${SP}|[dlDL]['’])`;
/** "12 bis rue de la Paix, 75002 Paris", "85 Voie Saint-Séverin, 53855 Rouen". */
const FR_RE = new RegExp(
  String.raw`\d(?<![\p{L}\d.,\/-]\d)\d{0,3}(?:[-–\/]\d{1,4})?(?:[ \t]?(?:bis|ter|quater|[A-Da-d])(?![\p{L}]))?,?${SP}` +
    String.raw`(?<type>${alternation(bothCases([...FR_CORE_TYPES, ...FR_WEAK_TYPES]))})(?![\p{L}'’-])${SP}` +
    String.raw`${FR_PART}{0,3}[\p{L}\d][\p{L}'’.-]{0,30}(?:${SP}${FR_PART}{0,3}(?!(?:Apt|Appt|Appartement|Bât|Bat|Bâtiment|Esc|Escalier|Porte)(?![\p{L}]))(?:[\p{Lu}][\p{L}'’.-]{0,30}|\d{1,4}(?=[ \t]{1,3}\p{Lu}))){0,5}${FR_UNIT}`,
  'gu',
);

/** Belgian and Swiss French: the voie first, the number after it, then the postal code and city
 * ("Rue de la Loi 16, 1000 Bruxelles", "Avenue de la Gare 12, 1003 Lausanne"). */
const FR_VOIE_FIRST_RE = new RegExp(
  String.raw`(?<![\p{L}\d])(?<type>${alternation(bothCases(FR_CORE_TYPES))})(?![\p{L}'’-])${SP}` +
    String.raw`${FR_PART}{0,3}[\p{Lu}][\p{L}'’.-]{0,30}(?:${SP}${FR_PART}{0,3}[\p{Lu}][\p{L}'’.-]{0,30}){0,4}` +
    String.raw`${SP}\d{1,4}(?:\/\d{1,4})?(?:[ \t]?(?:bis|ter|[A-Da-d])(?![\p{L}]))?${FR_UNIT}` +
    String.raw`(?<tail>,?\s{1,3}(?:(?:B|CH|L|F)-)?\d{4,5}${SP}${CITY})`,
  'gu',
);

// ---- Spanish.
const ES_CORE = new Set(ES_CORE_TYPES.map((w) => w.toLowerCase()));
const ES_PART = String.raw`(?:(?:de|del|la|las|los|el|y|i|en)${SP}|[dlDL]['’])`;
const ES_DOOR = String.raw`(?:[Ii]zq(?:uierda|da)?\.?|[Ii]zda\.?|[Dd]cha?\.?|[Dd]erecha|[Cc]entro|[Ii]nt\.?|[Ee]xt\.?|\d{1,2}\.?[ \t]?[º°ª]|[A-Za-z](?![\p{L}]))`;
/** Floor and door: ", 2º B", " 3º Izda.", " Bajo", ", Esc. A". */
const ES_FLOOR =
  String.raw`(?:,?${SP}(?:\d{1,2}\.?[ \t]?[º°ª]|[Bb]ajo|[Áá]tico|[Ee]ntlo\.|[Ee]ntresuelo|[Pp]ral\.|[Pp]rincipal|[Ee]sc(?:\.|alera)[ \t]?[A-Za-z0-9]{1,3}|[Pp]iso[ \t]?\d{1,2})` +
  String.raw`(?:[ \t]?${ES_DOOR})?(?![\p{L}\d])){0,2}`;
/** Spanish street words in every case, but "via" in lower case is the English preposition. */
const esTypeWords = (words: readonly string[]): string[] =>
  bothCases(words).filter((w) => w !== 'via');
/** "Calle Mayor 5, 2º B, 28013 Madrid", "Polígono Gloria, 17, 24823 Viladecans", "Bajada Ariadna s/n.". */
const ES_RE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:Gran${SP})?(?<type>${alternation(esTypeWords([...ES_CORE_TYPES, ...ES_WEAK_TYPES]))})(?:(?<=[./º])[ \t]{0,3}|(?<![./º])${SP})` +
    String.raw`${ES_PART}{0,3}[\p{Lu}][\p{L}'’.-]{0,30}(?:${SP}${ES_PART}{0,3}[\p{Lu}][\p{L}'’.-]{0,30}){0,6}` +
    String.raw`(?:,[ \t]{0,3}|${SP})(?:(?:n[º°oú]\.?|núm\.?|número|Nº|No\.)[ \t]?)?(?:\d{1,4}(?:[ \t]?[A-Za-z](?![\p{L}]))?(?![\d]|[.,]\d)|s\/n\.?)` +
    String.raw`${ES_FLOOR}`,
  'gu',
);

/**
 * Colombia: the street and its number, "#", then the crossing street and the distance ("Cl. 92A #
 * 16-79", "Carrera 96B # 91-22, apto 114", "Av. Calle 47N # 69-57"); the postal code and city
 * follow as a tail.
 */
const CO_RE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:Av(?:enida)?\.?${SP})?(?:Calle|Cl\.|Cll\.|Carrera|Cra\.|Kr\.|Cr\.|Diagonal|Dg\.|Transversal|Tv\.|Avenida|Av\.)${SPO}\d{1,3}[A-Z]?(?:${SP}(?:Bis|Sur|Norte|Este))?${SP}(?:#|No\.?|N[º°])${SPO}\d{1,3}[A-Z]?-\d{1,3}` +
    String.raw`(?:,${SP}(?:apto\.?|apartamento|oficina|of\.|local|casa|torre|int\.?|interior)${SP}[\w-]{1,6}){0,2}`,
  'gu',
);

/** Any street name before a house number, a postal code and a city: "Domblick 67a, 64867 Hanau". */
const GENERIC_RE = new RegExp(
  String.raw`(?<![\p{L}\d.'’-])${DE_NOT_LEAD}${NOT_STREET}(?:[\p{Lu}][\p{L}'’.-]{1,30}${SP}(?:(?:de|du|des|de la|la|le|del|à|van|von|der)${SP})?){0,2}[\p{Lu}][\p{L}'’.-]{1,30}` +
    String.raw`${DE_NUMBER}${DE_UNIT}(?<tail>(?:,[ \t]{0,3}\n?|[ \t]{0,3}\n)[ \t]{0,3}(?:(?:[DFE]-)?\d{5}|(?:CH|A|B|L)-\d{4})${SP}${CITY})`,
  'gu',
);

/**
 * The same with a four-digit postal code (Austria, Switzerland, Belgium, Luxembourg) and no country
 * prefix: "Mühlboden 38, 6287 Hausleiten". Four digits also count things and years, so an address
 * word must stand before it.
 */
const GENERIC_POSTAL4_RE = new RegExp(
  GENERIC_RE.source.replace(String.raw`(?:(?:[DFE]-)?\d{5}|(?:CH|A|B|L)-\d{4})`, String.raw`\d{4}`),
  'gu',
);

/**
 * A named street without a house number, then a postal code and a city: "Voie de Caumartin,
 * 73194 Niort", "Buchenweg, 05689 Hillerburg", "Calle Mayor, 28013 Madrid". Only core street
 * words: the postal code and city must follow at once.
 */
const EU_NO_NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\d.'’-])(?:` +
    String.raw`(?<type>${alternation([...bothCases(FR_CORE_TYPES), ...esTypeWords(ES_CORE_TYPES)])})${SP}(?:${FR_PART}|${ES_PART}){0,3}[\p{Lu}][\p{L}'’.-]{0,30}(?:${SP}(?:${FR_PART}|${ES_PART}){0,3}[\p{Lu}][\p{L}'’.-]{0,30}){0,4}` +
    String.raw`|(?:${DE_LEAD})?[\p{Lu}][\p{Ll}ß]{0,30}(?:${alternation(DE_CORE_SUFFIXES)})` +
    String.raw`)(?<tail>,[ \t]{0,3}(?:[DFE]-)?\d{5}${SP}${CITY})`,
  'gu',
);

const ADDRESS_CONTEXT = [
  'address',
  'lives at',
  'live at',
  'living at',
  'resides',
  'moved to',
  'ship to',
  'shipping',
  'billing',
  'mail to',
  'mailing',
  'postal',
  'located at',
  'home',
  'adresse',
  'anschrift',
  'wohnhaft',
  'wohnt',
  'lieferadresse',
  'geliefert',
  'domicile',
  'domicilié',
  'domiciliée',
  'demeurant',
  'habite',
  'réside',
  'dirección',
  'direccion',
  'domicilio',
  'vive en',
  'reside en',
  'envío',
  'envio',
];

// Run on the lower-cased text without the i/u flags: a case-insensitive Unicode alternation is
// many times slower, and this runs on every text with digits and spaces.
const WORD_TRIGGER_RE = new RegExp(
  String.raw`\b(?:${alternation(
    [...EN_CORE_SUFFIXES, ...FR_CORE_TYPES, ...ES_CORE_TYPES, ...ADDRESS_CONTEXT].map((w) =>
      w.toLowerCase(),
    ),
  )})(?![a-z\d])`,
);
/** A German street word, compound ending or place noun right before a house number. */
const DE_TRIGGER_RE = new RegExp(
  String.raw`(?:${alternation(
    [...DE_CORE_SUFFIXES, ...DE_WEAK_SUFFIXES, ...DE_PLACE_NOUNS].map((w) => w.toLowerCase()),
  )})[ \t]{1,3}(?:nr\.? ?)?\d`,
);
/** A Colombian street number: "# 16-79". */
const CO_TRIGGER_RE = /#[ \t]?\d{1,3}[A-Z]?-\d/;
/** A ZIP or five-digit postal code, or a UK postcode. */
const POSTAL_TRIGGER_RE =
  /\d(?:\d{4}(?<![\w-]\d{5})(?:-\d{4})?(?![\w-])|(?<=(?:^|[^a-z\d])[a-z]{1,2}\d)[a-z\d]? ?\d{1,2}[a-z]{1,2}(?![a-z\d]))/;

/** `value` without its trailing run of white space, `,`, `.` and `;` (a regex scans from every space). */
function trimTrailing(value: string): string {
  let end = value.length;
  while (end > 0) {
    const c = value.charCodeAt(end - 1);
    if (c !== 44 && c !== 46 && c !== 59 && !isJsSpace(c)) break;
    // The dot of an abbreviation in initials stays: "Monterrey, N.L."
    if (c === 46 && end >= 4 && value.charCodeAt(end - 3) === 46) break;
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

/**
 * How much a match is worth: `typed` when a street word (suffix, type, preposition) names it,
 * `weak` when that word is also an ordinary noun, `generic` when only the postal code does.
 */
type Evidence = 'typed' | 'weak' | 'generic' | 'postal4';

function scoreOf(evidence: Evidence, hasPostal: boolean, context: boolean): number | undefined {
  if (hasPostal) {
    if (evidence === 'postal4') return context ? 0.9 : undefined;
    if (evidence === 'generic') return context ? 0.95 : 0.85;
    return context ? 0.99 : 0.95;
  }
  if (evidence === 'typed') return context ? 0.65 : 0.55;
  return context ? 0.6 : undefined; // a common noun and a number: only where addresses are expected
}

function push(
  s: ScanState,
  re: RegExp,
  reason: string,
  evidence: (groups: Record<string, string | undefined>) => Evidence,
  tailAt?: RegExp,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) {
    // "Sitzplatz 40E", "Stellplatz 12": a seat or a parking space, not a square.
    if (SEAT_RE.test(m[0])) continue;
    const groups = m.groups ?? {};
    let end = m.index + m[0].length;
    let hasPostal = groups.tail !== undefined;
    if (!hasPostal && tailAt !== undefined) {
      const t = stickyAt(tailAt, s.text, end) ?? stickyAt(AMERICAS_TAIL_AT, s.text, end);
      if (t !== undefined) {
        end += t.length;
        hasPostal = true;
        const state = stickyAt(MX_STATE_AT, s.text, end);
        if (state !== undefined) end += state.length;
        re.lastIndex = end;
      }
    }
    const value = trimTrailing(s.text.slice(m.index, end));
    let context = hintSpeaksOfAddresses(s.hintContext);
    if (!context) {
      const before = s.before(m.index, 32);
      context = ADDRESS_CONTEXT.some((w) => before.includes(w));
    }
    const score = scoreOf(evidence(groups), hasPostal, context);
    if (score === undefined) continue;
    end = m.index + value.length;
    // The no-suffix pattern finds again what the suffix pattern found: keep one.
    if (s.candidates.some((c) => c.start === m.index && c.end === end && c.score >= score))
      continue;
    // "Résidence Les Pins, 38 bis rue Pasteur …", "Flat 3, 12 Baker Street …": a building or a
    // unit named before the number belongs to the address.
    const lead = hasPostal
      ? LEADING_UNIT_RE.exec(s.text.slice(Math.max(0, m.index - 64), m.index))
      : null;
    // "LIEFERADRESSE KIRCHWEG 46, …": a label in capitals read as the street's first word.
    const label = lead === null ? ADDRESS_LABEL_LEAD_RE.exec(value) : null;
    s.push({
      type: 'STREET_ADDRESS',
      start: m.index - (lead?.[0].length ?? 0) + (label?.[0].length ?? 0),
      end,
      score,
      recognizer: 'address',
      reason,
    });
  }
}

const SEAT_RE = /^(?:Sitzplatz|Stellplatz|Parkplatz)(?![\p{L}])/u;

const ADDRESS_LABEL_LEAD_RE =
  /^(?:lieferadresse|rechnungsadresse|anschrift|adresse|address|dirección|direccion|domicilio)[ \t]*:?[ \t]+(?=\S)/iu;

// A building, residence or unit before the house number, then a comma: up to two of them.
const LEADING_UNIT_RE =
  /(?<![\p{L}\d])(?:(?:Résidence|Résid\.|Rés\.|Immeuble|Imm\.|Bât\.|Bâtiment|Bat\.|Villa|Domaine|Appt\.?|Appartement|Esc\.|Escalier|Flat|Apartment|Apt\.?|Unit|Suite|Wohnung|Whg\.|Edificio|Edif\.|Urbanización|Urb\.|Piso|Depto\.?|Departamento)[ \t][^\n,;:]{1,30},[ \t]{1,3}){1,2}$/u;

/** The match of sticky `re` at `at`, or undefined. */
function stickyAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}

const enEvidence = (g: Record<string, string | undefined>): Evidence =>
  g.unit !== undefined || EN_CORE.has(g.sfx ?? '') ? 'typed' : 'weak';

function deEvidence(g: Record<string, string | undefined>): Evidence {
  if (g.sfx !== undefined) return DE_CORE.has(g.sfx) ? 'typed' : 'weak';
  if (g.last !== undefined) return DE_PLACE.has(g.last.toLowerCase()) ? 'typed' : 'weak';
  return 'typed';
}

const FR_CORE = new Set(FR_CORE_TYPES.map((w) => w.toLowerCase()));
const frEvidence = (g: Record<string, string | undefined>): Evidence =>
  FR_CORE.has((g.type ?? '').toLowerCase()) ? 'typed' : 'weak';

const esEvidence = (g: Record<string, string | undefined>): Evidence =>
  ES_CORE.has((g.type ?? '').toLowerCase()) ? 'typed' : 'weak';

function holdsWholeAddress(s: ScanState): boolean {
  return s.candidates.some(
    (c) => c.type === 'STREET_ADDRESS' && c.start === 0 && c.end >= s.text.trimEnd().length - 1,
  );
}

const hintVerdicts = new WeakMap<HintContext, boolean>();

/** True when the column header names an address; worked out once per header. */
function hintSpeaksOfAddresses(hint: HintContext): boolean {
  let verdict = hintVerdicts.get(hint);
  if (verdict === undefined) {
    verdict = ADDRESS_CONTEXT.some((w) => hint.text.includes(w));
    hintVerdicts.set(hint, verdict);
  }
  return verdict;
}

/** A five-digit postal code after a comma or line break, before a capitalised city. */
const EU_POSTAL_RE = /[,\n][ \t]{0,3}(?:(?:[DFE]-)?\d{5}|(?:CH|A|B|L)-\d{4})[ \t]{1,3}[\p{Lu}]/u;

/** A four-digit postal code after a comma or line break, before a capitalised city. */
const POSTAL4_RE = /[,\n][ \t]{0,3}\d{4}[ \t]{1,3}[\p{Lu}]/u;

/**
 * STREET_ADDRESS in US/UK, German, French and Spanish conventions; in a text typed in lower case
 * or in capitals, also on a copy with the words capitalised (address-case.ts), where only an
 * address with its postal code counts.
 */
export function findAddresses(s: ScanState): void {
  if (!findCasedAddresses(s)) return;
  // A text that holds an address as written has its case: no second reading.
  if (s.candidates.some((c) => c.type === 'STREET_ADDRESS') || !mayHaveUncasedAddress(s.text))
    return;
  const restored = restoreAddressCase(s.text);
  if (restored === s.text) return;
  const copy = new ScanState(restored, s.hintContext);
  findCasedAddresses(copy);
  for (const c of copy.candidates) {
    if (c.score < 0.85) continue;
    if (s.candidates.some((o) => o.type === 'STREET_ADDRESS' && o.start < c.end && o.end > c.start))
      continue;
    s.push({
      ...c,
      score: Math.round(c.score * 100 - 5) / 100,
      reason: `${c.reason}, case restored`,
    });
  }
}

/** Runs the patterns on `s` as written; false when the text has no address word or code. */
function findCasedAddresses(s: ScanState): boolean {
  // A column named like an address needs no keyword check; anything else does.
  const hinted = hintSpeaksOfAddresses(s.hintContext);
  const lower = s.lower();
  const worded =
    hinted ||
    WORD_TRIGGER_RE.test(lower) ||
    DE_TRIGGER_RE.test(lower) ||
    CO_TRIGGER_RE.test(s.text);
  let postal = hinted || (!worded && POSTAL_TRIGGER_RE.test(lower));
  if (!worded && !postal) return false;
  push(s, EN_RE, 'number + street + suffix (EN)', enEvidence, EN_TAIL_AT);
  if (holdsWholeAddress(s)) return true; // a cell that is one address holds no second one
  // The patterns without a street word need a postal code.
  postal ||= POSTAL_TRIGGER_RE.test(lower);
  if (postal) push(s, EN_TAIL_RE, 'number + street + city + ZIP/postcode (EN)', () => 'typed');
  if (holdsWholeAddress(s)) return true;
  push(s, DE_RE, 'street + number (DE)', deEvidence, EU_TAIL_AT);
  push(s, FR_RE, 'number + voie (FR)', frEvidence, EU_TAIL_AT);
  push(s, FR_VOIE_FIRST_RE, 'voie + number + postal code (BE, CH)', frEvidence);
  push(s, ES_RE, 'vía + number (ES)', esEvidence, EU_TAIL_AT);
  if (s.text.includes('#') || s.text.includes('-'))
    push(s, CO_RE, 'calle + # + number (CO)', () => 'typed', EU_TAIL_AT);
  if (hinted || EU_POSTAL_RE.test(s.text)) {
    push(s, GENERIC_RE, 'street + number + postal code + city', () => 'generic');
    if (!holdsWholeAddress(s))
      push(s, EU_NO_NUMBER_RE, 'street without number + postal code + city', () => 'typed');
  }
  if (worded && POSTAL4_RE.test(s.text))
    push(s, GENERIC_POSTAL4_RE, 'street + number + 4-digit postal code + city', () => 'postal4');
  return true;
}
