/**
 * A fourth, blind held-out set for the privacy engine (`npm run bench -- pii-heldout4`).
 *
 * Written from the developer corpus README's conventions only (shared/data/pii/README.md),
 * without reading the engine's rules, the other held-out generators or the corpus texts.
 * ~2,000 texts, ~500 each in English, German, French and Spanish, from ~50 templates in genres the
 * other sets do not lead with (court summaries, pharmacy and insurance letters, school messages,
 * listings, recruiting notes, helpdesk tickets with logs and config, dispute letters, club lists,
 * newsletters, voice-mail transcripts, police and customs forms, genealogy, quoted threads,
 * JSON/YAML records, markdown tables …). Values come from @faker-js/faker locales (en, en_GB,
 * en_US, en_AU, en_IE, de, de_AT, de_CH, fr, fr_BE, fr_CH, fr_CA, es, es_MX) and from
 * generators of our own (phones, addresses, IBANs, cards, SSNs, secrets); about a quarter of the
 * people get invented names that are in no list. Deterministic: fixed seed, own PRNG.
 *
 * Gold conventions (README plus the decisions it leaves open):
 * - PERSON: the name only — no title (Dr., Prof., Me, Mag., Ing., Lic., Herr, Mme, Sra. …), no
 *   possessive 's; particles (von, van der, de la, del, du, d') and hyphens belong to the name;
 *   "Last, First", "LAST First", "F. Last" are one span; a name split over form fields
 *   ("Surname: X / Given name: Y") gives one span per field; a first name alone is a PERSON.
 *   Names inside e-mail addresses or URLs are not labelled separately.
 * - STREET_ADDRESS: the street line through the postcode and the city/region that belongs to the
 *   postcode line, one span; in multi-line blocks it spans the newline between street line and
 *   postcode line; the country name is excluded; company addresses count as well.
 * - PHONE: the number with +CC, (0), brackets, dots, slashes; not the "Tel." label.
 * - DATE_OF_BIRTH: the date only, whenever the context says it is a birth date (also of the dead
 *   in genealogy notes); other dates are `plain_date` hard negatives.
 * - GENERIC_SECRET: the value (32-44 chars, no quotes) after `=`/`:` in a credential assignment,
 *   including AWS secret keys and `sk_live_…`; key ids, tokens, PEM blocks and JWTs get their own
 *   types. Short passwords are not used.
 * - Gold values never start or end with whitespace or punctuation, except a phone's opening
 *   bracket and a Spanish address's "(Provincia)"; Mexican addresses end with the state name
 *   (not "N.L."), UK ones with the postcode on the city line.
 * - A lower-case first name in an informal chat is still a PERSON; a surname naming a family
 *   ("famille Michel", "Zweig Denner") is a PERSON.
 * - Hard negatives (README kinds) are listed per text; a neighbouring value never overlaps one.
 */
import {
  base,
  de,
  de_AT,
  de_CH,
  en,
  en_AU,
  en_GB,
  en_IE,
  en_US,
  es,
  es_MX,
  Faker,
  fr,
  fr_BE,
  fr_CA,
  fr_CH,
  type LocaleDefinition,
} from '@faker-js/faker';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import { LANGS, type HeldoutRecord, type Lang } from './pii-heldout-data.js';

export interface Heldout4Span extends Span {
  /** PERSON only: whether the name comes from faker's lists or was invented. */
  readonly source?: 'listed' | 'invented';
}

type Country =
  'US' | 'GB' | 'IE' | 'AU' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'CHF' | 'CAF' | 'ES' | 'MX';

// ---------------------------------------------------------------- randomness

class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(a: readonly T[]): T {
    return a[Math.floor(this.next() * a.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  chars(n: number, alphabet: string): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet.charAt(this.int(0, alphabet.length - 1));
    return s;
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();

// ---------------------------------------------------------------- parts

interface EntPart {
  readonly k: 'e';
  readonly type: string;
  readonly v: string;
  readonly source?: 'listed' | 'invented';
}
interface NegPart {
  readonly k: 'n';
  readonly kind: string;
  readonly v: string;
}
type Part = string | EntPart | NegPart;
type Parts = Part | readonly Parts[];

const E = (type: string, v: string): EntPart => ({ k: 'e', type, v });
const N = (kind: string, v: string): NegPart => ({ k: 'n', kind, v });

/** Tagged template: literal text plus interpolated parts, nested arrays flattened. */
function T(strings: TemplateStringsArray, ...vals: (Parts | number)[]): Part[] {
  const out: Part[] = [];
  const push = (p: Parts | number): void => {
    if (typeof p === 'number') out.push(String(p));
    else if (Array.isArray(p)) for (const q of p as readonly Parts[]) push(q);
    else out.push(p as Part);
  };
  strings.forEach((s, i) => {
    out.push(s);
    if (i < vals.length) push(vals[i]!);
  });
  return out;
}

function flat(p: Parts, out: Part[] = []): Part[] {
  if (Array.isArray(p)) for (const q of p as readonly Parts[]) flat(q, out);
  else out.push(p as Part);
  return out;
}

// ---------------------------------------------------------------- countries

const LOCALES: Record<Country, LocaleDefinition[]> = {
  US: [en_US, en, base],
  GB: [en_GB, en, base],
  IE: [en_IE, en_GB, en, base],
  AU: [en_AU, en, base],
  DE: [de, en, base],
  AT: [de_AT, de, en, base],
  CH: [de_CH, de, en, base],
  FR: [fr, en, base],
  BE: [fr_BE, fr, en, base],
  CHF: [fr_CH, fr, en, base],
  CAF: [fr_CA, fr, en, base],
  ES: [es, en, base],
  MX: [es_MX, es, en, base],
};
const FAKERS = Object.fromEntries(
  Object.entries(LOCALES).map(([c, l]) => [c, new Faker({ locale: l })]),
) as Record<Country, Faker>;

const COUNTRIES: Record<Lang, Country[]> = {
  en: ['US', 'US', 'US', 'GB', 'GB', 'IE', 'AU'],
  de: ['DE', 'DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'FR', 'BE', 'CHF', 'CAF'],
  es: ['ES', 'ES', 'ES', 'MX', 'MX'],
};

const COUNTRY_NAME: Record<Country, string> = {
  US: 'USA',
  GB: 'United Kingdom',
  IE: 'Ireland',
  AU: 'Australia',
  DE: 'Deutschland',
  AT: 'Österreich',
  CH: 'Schweiz',
  FR: 'France',
  BE: 'Belgique',
  CHF: 'Suisse',
  CAF: 'Canada',
  ES: 'España',
  MX: 'México',
};

// [city, region, postcode maker]
type CityRow = readonly [string, string, (r: Rng) => string];
const d5 =
  (prefix: string) =>
  (r: Rng): string =>
    prefix + r.digits(5 - prefix.length);
const fixed =
  (...codes: string[]) =>
  (r: Rng): string =>
    r.pick(codes);
const UKL = 'ABDEFGHJLNPQRSTUWXYZ';
const uk =
  (...outward: string[]) =>
  (r: Rng): string =>
    `${r.pick(outward)} ${r.int(1, 9)}${r.chars(2, UKL)}`;
const EIR = '0123456789ACDEFHKNPRTVWXY';
const eir =
  (...keys: string[]) =>
  (r: Rng): string =>
    `${r.pick(keys)} ${r.chars(1, 'ACDEFHKNPRTVWXY')}${r.chars(3, EIR)}`;
const CAL = 'ABCEGHJKLMNPRSTVWXYZ';
const ca =
  (first: string) =>
  (r: Rng): string =>
    `${first}${r.int(0, 9)}${r.chars(1, CAL)} ${r.int(0, 9)}${r.chars(1, CAL)}${r.int(0, 9)}`;

const CITIES: Record<Country, readonly CityRow[]> = {
  US: [
    ['Springfield', 'IL', d5('627')],
    ['Austin', 'TX', d5('787')],
    ['Portland', 'OR', d5('972')],
    ['Columbus', 'OH', d5('432')],
    ['Raleigh', 'NC', d5('276')],
    ['Denver', 'CO', d5('802')],
    ['Tucson', 'AZ', d5('857')],
    ['Albany', 'NY', d5('122')],
    ['Madison', 'WI', d5('537')],
    ['Savannah', 'GA', d5('314')],
    ['Burlington', 'VT', d5('054')],
  ],
  GB: [
    ['London', '', uk('SW1A', 'N7', 'E2', 'SE15', 'NW3', 'W12')],
    ['Leeds', '', uk('LS6', 'LS11', 'LS2')],
    ['Bristol', '', uk('BS1', 'BS6', 'BS8')],
    ['Manchester', '', uk('M14', 'M20', 'M4')],
    ['Glasgow', '', uk('G12', 'G3', 'G41')],
    ['Cardiff', '', uk('CF10', 'CF24')],
    ['Norwich', '', uk('NR2', 'NR4')],
    ['York', '', uk('YO1', 'YO31')],
  ],
  IE: [
    ['Dublin 6', '', eir('D06')],
    ['Dublin 8', '', eir('D08')],
    ['Cork', 'Co. Cork', eir('T12', 'T23')],
    ['Galway', 'Co. Galway', eir('H91')],
    ['Ennis', 'Co. Clare', eir('V95')],
    ['Limerick', 'Co. Limerick', eir('V94')],
    ['Drogheda', 'Co. Louth', eir('A92')],
  ],
  AU: [
    ['Surry Hills', 'NSW', fixed('2010')],
    ['Newtown', 'NSW', fixed('2042')],
    ['Fitzroy', 'VIC', fixed('3065')],
    ['Brunswick', 'VIC', fixed('3056')],
    ['Paddington', 'QLD', fixed('4064')],
    ['Fremantle', 'WA', fixed('6160')],
    ['Norwood', 'SA', fixed('5067')],
    ['Sandy Bay', 'TAS', fixed('7005')],
  ],
  DE: [
    ['Berlin', '', d5('10')],
    ['Hamburg', '', d5('22')],
    ['München', '', d5('80')],
    ['Köln', '', d5('50')],
    ['Frankfurt am Main', '', d5('603')],
    ['Leipzig', '', d5('041')],
    ['Dresden', '', d5('010')],
    ['Stuttgart', '', d5('701')],
    ['Bremen', '', d5('28')],
    ['Freiburg im Breisgau', '', d5('791')],
    ['Halle (Saale)', '', d5('061')],
  ],
  AT: [
    ['Wien', '', fixed('1010', '1030', '1060', '1070', '1120', '1150', '1210')],
    ['Graz', '', fixed('8010', '8020')],
    ['Linz', '', fixed('4020')],
    ['Salzburg', '', fixed('5020')],
    ['Innsbruck', '', fixed('6020')],
    ['Klagenfurt am Wörthersee', '', fixed('9020')],
    ['St. Pölten', '', fixed('3100')],
  ],
  CH: [
    ['Zürich', '', fixed('8001', '8004', '8032', '8050')],
    ['Bern', '', fixed('3011', '3014')],
    ['Basel', '', fixed('4051', '4056')],
    ['Luzern', '', fixed('6003')],
    ['St. Gallen', '', fixed('9000')],
    ['Winterthur', '', fixed('8400')],
  ],
  FR: [
    ['Paris', '', fixed('75003', '75011', '75014', '75018', '75020')],
    ['Lyon', '', fixed('69003', '69007')],
    ['Marseille', '', fixed('13001', '13006')],
    ['Toulouse', '', fixed('31000', '31400')],
    ['Nantes', '', fixed('44000')],
    ['Lille', '', fixed('59000')],
    ['Bordeaux', '', fixed('33000', '33800')],
    ['Strasbourg', '', fixed('67000')],
    ['Rennes', '', fixed('35000')],
  ],
  BE: [
    ['Bruxelles', '', fixed('1000')],
    ['Ixelles', '', fixed('1050')],
    ['Liège', '', fixed('4000')],
    ['Namur', '', fixed('5000')],
    ['Charleroi', '', fixed('6000')],
    ['Mons', '', fixed('7000')],
    ['Wavre', '', fixed('1300')],
  ],
  CHF: [
    ['Genève', '', fixed('1201', '1205', '1207')],
    ['Lausanne', '', fixed('1003', '1004')],
    ['Neuchâtel', '', fixed('2000')],
    ['Fribourg', '', fixed('1700')],
    ['Sion', '', fixed('1950')],
  ],
  CAF: [
    ['Montréal', 'QC', ca('H')],
    ['Québec', 'QC', ca('G')],
    ['Laval', 'QC', ca('H')],
    ['Gatineau', 'QC', ca('J')],
    ['Sherbrooke', 'QC', ca('J')],
    ['Moncton', 'NB', ca('E')],
  ],
  ES: [
    ['Madrid', 'Madrid', d5('280')],
    ['Barcelona', 'Barcelona', d5('080')],
    ['Valencia', 'Valencia', d5('460')],
    ['Sevilla', 'Sevilla', d5('410')],
    ['Zaragoza', 'Zaragoza', d5('500')],
    ['Málaga', 'Málaga', d5('290')],
    ['Bilbao', 'Bizkaia', d5('480')],
    ['Granada', 'Granada', d5('180')],
  ],
  MX: [
    ['Ciudad de México', 'CDMX', fixed('03100', '06600', '06700', '11000', '04510')],
    ['Guadalajara', 'Jalisco', d5('44')],
    ['Monterrey', 'Nuevo León', d5('64')],
    ['Puebla', 'Puebla', d5('72')],
    ['Mérida', 'Yucatán', d5('97')],
    ['Querétaro', 'Querétaro', d5('76')],
    ['Oaxaca de Juárez', 'Oaxaca', d5('68')],
  ],
};

const MX_COLONIAS = [
  'Centro',
  'Del Valle',
  'Roma Norte',
  'Condesa',
  'Juárez',
  'Obrera',
  'Jardines del Bosque',
  'San Jerónimo',
  'Lomas de Chapultepec',
];

// ---------------------------------------------------------------- checksums

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}
function makeIban(cc: string, bban: string): string {
  const cd = 98 - mod97(bban + cc + '00');
  return cc + pad(cd) + bban;
}
function ibanValid(iban: string): boolean {
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}
function bban(cc: string, r: Rng): string {
  const L4 = (opts: string[]): string => r.pick(opts);
  switch (cc) {
    case 'DE':
      return r.digits(18);
    case 'AT':
      return r.digits(16);
    case 'CH':
      return r.digits(17);
    case 'FR':
      return r.digits(23);
    case 'BE': {
      const ten = r.digits(10);
      const chk = Number(BigInt(ten) % 97n) || 97;
      return ten + pad(chk);
    }
    case 'ES':
      return r.digits(20);
    case 'GB':
      return L4(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK']) + r.digits(14);
    case 'IE':
      return L4(['AIBK', 'BOFI', 'IPBS']) + r.digits(14);
    case 'NL':
      return L4(['ABNA', 'RABO', 'INGB', 'TRIO']) + r.digits(10);
    case 'IT':
      return r.chars(1, 'ABCDEFGHIJKLMNOPRSTUVWXYZ') + r.digits(22);
    default:
      return r.digits(18);
  }
}
const group4 = (s: string): string => s.replace(/(.{4})/g, '$1 ').trim();

function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function isbn13(r: Rng): string {
  const body = r.pick(['978', '979']) + r.pick(['3', '2', '84', '0', '1']);
  const rest = r.digits(12 - body.length);
  const d12 = body + rest;
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(d12[i]) * (i % 2 === 0 ? 1 : 3);
  const chk = (10 - (s % 10)) % 10;
  const pub = rest.slice(0, 4);
  return `${d12.slice(0, 3)}-${body.slice(3)}-${pub}-${rest.slice(4)}-${chk}`;
}

// ---------------------------------------------------------------- words

const MONTHS: Record<Lang, string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};
const WEEKDAYS: Record<Lang, string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  de: ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'],
  fr: ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
  es: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
};

const COMPANIES: Record<Lang, string[]> = {
  en: [
    'Northwind Logistics',
    'Bluepeak Insurance',
    'Harbourside Pharmacy',
    'Crestline Realty',
    'Ironbridge Telecom',
    'Greenleaf Credit Union',
    'Skylark Airways',
    'Copperfield Hotels',
    'Redwood Analytics',
    'Summit Property Group',
  ],
  de: [
    'Nordlicht Versicherung AG',
    'Stadtwerke Lindenau',
    'Apotheke am Markt',
    'Alpenblick Immobilien GmbH',
    'Rheintal Logistik',
    'Sparkasse Talheim',
    'Blauwal Reisen',
    'Hausverwaltung Sonnenhof',
    'Datenwerk IT-Service',
    'Bergquell Brauerei',
  ],
  fr: [
    'Assurances Lumière',
    'Pharmacie du Centre',
    'Agence Immobilière Horizon',
    'Banque des Tilleuls',
    'Transports Rivage',
    'Hôtel Belvédère',
    'Mutuelle Azur',
    'Cabinet Rocher Conseil',
    'Informatique Boréale',
    'Syndic Les Érables',
  ],
  es: [
    'Seguros Aurora',
    'Farmacia Central',
    'Inmobiliaria Mirador',
    'Banco del Levante',
    'Transportes Solano',
    'Hotel Las Palmeras',
    'Mutua Horizonte',
    'Gestoría Alameda',
    'Soporte Técnico Brisa',
    'Aerolíneas Cóndor',
  ],
};
const BRANDS = [
  'Lufthansa',
  'Iberia',
  'Air France',
  'Ryanair',
  'Deutsche Bahn',
  'Renfe',
  'SNCF',
  'Telefónica',
  'Carrefour',
  'Mercadona',
  'Decathlon',
  'Microsoft Teams',
  'Zoom',
  'Outlook',
  'Windows',
  'Android',
  'iPhone',
  'Galaxy Tab',
  'Kindle',
  'Booking.com',
  'Airbnb',
  'Visa',
  'Mastercard',
  'PayPal',
  'Bizum',
  'Amazon',
  'Zalando',
  'Ikea',
  'Nespresso',
  'Volkswagen',
  'Seat Ibiza',
  'Peugeot',
];
const PLACES: Record<Lang, string[]> = {
  en: [
    'Main Street',
    'Union Square',
    'Hyde Park',
    'Heathrow',
    'Lake Tahoe',
    'Camden Market',
    'Grand Central',
    'Bondi Beach',
    'Cliffs of Moher',
  ],
  de: [
    'Alexanderplatz',
    'Hauptbahnhof',
    'Marienplatz',
    'Stephansdom',
    'Bodensee',
    'Schwarzwald',
    'Prater',
    'Kurfürstendamm',
  ],
  fr: [
    'Gare du Nord',
    'Champs-Élysées',
    'Place Bellecour',
    'Vieux-Port',
    'Mont Blanc',
    'Grand-Place',
    'Plateau Mont-Royal',
    'Lac Léman',
  ],
  es: [
    'Puerta del Sol',
    'Gran Vía',
    'Sagrada Familia',
    'Plaza Mayor',
    'Zócalo',
    'Paseo de la Reforma',
    'Costa del Sol',
    'Parque del Retiro',
  ],
};

const INV_A = [
  'Ka',
  'Lo',
  'Ve',
  'Ri',
  'Ta',
  'Mo',
  'Zu',
  'Sa',
  'Be',
  'Ni',
  'Fa',
  'Go',
  'Yo',
  'Xe',
  'Qui',
  'Bra',
  'Dre',
  'Fle',
  'Gri',
  'Tho',
  'Ul',
  'Ar',
  'El',
  'Or',
  'Is',
  'Vau',
  'Sei',
  'Cor',
  'Mir',
  'Jes',
];
const INV_B = [
  'ra',
  'len',
  'vi',
  'do',
  'ma',
  'si',
  'ne',
  'ta',
  'ro',
  'li',
  'ga',
  'be',
  'zo',
  'nu',
  'cha',
  'ste',
  'mi',
  'dal',
  'ver',
  'ko',
];
const INV_F = ['a', 'ine', 'elle', 'ia', 'ea', 'ette', 'ys', 'ona', 'ild'];
const INV_M = ['o', 'an', 'el', 'ric', 'us', 'in', 'ard', 'eo', 'ulf', 'ik'];
const INV_L = [
  'wick',
  'mann',
  'ez',
  'ard',
  'ov',
  'eau',
  'ski',
  'berg',
  'ani',
  'ot',
  'ier',
  'ada',
  'hurst',
  'ling',
  'oux',
  'oza',
  'stedt',
  'ell',
  'ac',
  'iño',
];

const PARTICLES: Record<Lang, string[]> = {
  en: ['van', 'de', 'Van der', 'De', "O'"],
  de: ['von', 'von der', 'van', 'zu', 'van den'],
  fr: ['de', 'du', 'de la', "d'", 'Le'],
  es: ['de', 'del', 'de la', 'de los'],
};

const TITLES: Record<Lang, string[]> = {
  en: ['Dr.', 'Prof.', 'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Ms', 'Dr'],
  de: ['Dr.', 'Prof.', 'Herr', 'Frau', 'Mag.', 'Ing.', 'Dipl.-Ing.', 'Prof. Dr.', 'Mag.a'],
  fr: ['Dr', 'Dr.', 'Pr', 'M.', 'Mme', 'Me', 'Maître', 'Mlle'],
  es: ['Dr.', 'Dra.', 'Sr.', 'Sra.', 'Lic.', 'Ing.', 'D.', 'Dña.', 'Mtro.'],
};

// ---------------------------------------------------------------- context

interface Person {
  readonly first: string;
  readonly last: string;
  readonly source: 'listed' | 'invented';
}

interface DateParts {
  y: number;
  m: number;
  d: number;
}

class Ctx {
  readonly f: Faker;
  constructor(
    readonly lang: Lang,
    readonly country: Country,
    readonly r: Rng,
  ) {
    this.f = FAKERS[country];
  }

  L<T>(o: Record<Lang, T>): T {
    return o[this.lang];
  }
  pickL<T>(o: Record<Lang, readonly T[]>): T {
    return this.r.pick(o[this.lang]);
  }

  // ---- people
  private invented(female: boolean): [string, string] {
    const r = this.r;
    const first =
      r.pick(INV_A) + (r.chance(0.5) ? r.pick(INV_B) : '') + r.pick(female ? INV_F : INV_M);
    const last = r.pick(INV_A) + r.pick(INV_B) + r.pick(INV_L);
    return [first, last];
  }
  person(): Person {
    const r = this.r;
    const female = r.chance(0.5);
    const inv = r.chance(0.25);
    const [first, familyName] = inv
      ? this.invented(female)
      : [this.f.person.firstName(female ? 'female' : 'male'), this.f.person.lastName()];
    let last = familyName;
    const roll = r.next();
    if (roll < 0.1) {
      const p = this.pickL(PARTICLES);
      last = p.endsWith("'") ? p + last : `${p} ${last}`;
    } else if (roll < 0.18) {
      const other = inv ? this.invented(female)[1] : this.f.person.lastName();
      if (!other.includes(' ') && !last.includes(' ')) last = `${last}-${other}`;
    }
    return { first, last, source: inv ? 'invented' : 'listed' };
  }
  /** A PERSON span of the person in a custom written form. */
  pe2(p: Person, v: string): EntPart {
    return this.pe(p, v);
  }
  private pe(p: Person, v: string): EntPart {
    return { k: 'e', type: 'PERSON', v, source: p.source };
  }
  full(p: Person): EntPart {
    return this.pe(p, `${p.first} ${p.last}`);
  }
  first(p: Person): EntPart {
    return this.pe(p, p.first);
  }
  last(p: Person): EntPart {
    return this.pe(p, p.last);
  }
  lastFirst(p: Person): EntPart {
    return this.pe(p, `${p.last}, ${p.first}`);
  }
  capsFirst(p: Person): EntPart {
    return this.pe(p, `${p.last.toUpperCase()} ${p.first}`);
  }
  initial(p: Person): EntPart {
    return this.pe(p, `${p.first[0]!}. ${p.last}`);
  }
  /** A name in one of the common written forms. */
  name(p: Person): EntPart {
    const x = this.r.next();
    if (x < 0.55) return this.full(p);
    if (x < 0.65) return this.lastFirst(p);
    if (x < 0.75) return this.capsFirst(p);
    if (x < 0.85) return this.initial(p);
    if (x < 0.93)
      return this.pe(p, `${p.first} ${this.r.chars(1, 'ABCDEFGHJKLMNPRSTW')}. ${p.last}`);
    return this.full(p);
  }
  title(): string {
    const t = this.pickL(TITLES);
    return this.country === 'AT' || !['Mag.', 'Mag.a'].includes(t) ? t : 'Dr.';
  }
  titled(p: Person, lastOnly = this.r.chance(0.5)): Part[] {
    return [`${this.title()} `, lastOnly ? this.last(p) : this.full(p)];
  }

  // ---- contact
  phone(): EntPart {
    return E('PHONE', phoneFor(this.country, this.r));
  }
  email(p?: Person): EntPart {
    const r = this.r;
    const doms: Record<Country, string[]> = {
      US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net'],
      GB: ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'sky.com'],
      IE: ['eircom.net', 'gmail.com', 'outlook.ie'],
      AU: ['bigpond.com', 'gmail.com', 'optusnet.com.au'],
      DE: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'mailbox.org'],
      AT: ['gmx.at', 'aon.at', 'chello.at'],
      CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch'],
      FR: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'],
      BE: ['skynet.be', 'telenet.be', 'proximus.be'],
      CHF: ['bluewin.ch', 'romandie.com'],
      CAF: ['videotron.ca', 'sympatico.ca', 'hotmail.ca'],
      ES: ['yahoo.es', 'telefonica.net', 'gmail.com', 'hotmail.es'],
      MX: ['prodigy.net.mx', 'hotmail.com', 'gmail.com', 'yahoo.com.mx'],
    };
    const dom = r.pick(doms[this.country]);
    const person = p ?? this.person();
    const f = ascii(person.first.split(' ')[0] ?? 'x') || 'user';
    const l = ascii(person.last) || 'mail';
    const local = r.pick([
      `${f}.${l}`,
      `${f[0]!}${l}`,
      `${f}_${l}${r.int(1, 99)}`,
      `${l}.${f}`,
      `${f}.${l}+${r.pick(['news', 'bank', 'school', 'jobs', 'travel'])}`,
      `${f}${r.int(70, 99)}`,
      `${l}-${f[0]!}`,
    ]);
    return E('EMAIL', `${local}@${dom}`);
  }
  workEmail(p: Person, domain: string): EntPart {
    const f = ascii(p.first.split(' ')[0] ?? 'x') || 'info';
    const l = ascii(p.last) || 'team';
    return E('EMAIL', `${this.r.pick([`${f}.${l}`, `${f[0]!}.${l}`, l, f])}@${domain}`);
  }
  domain(company: string): string {
    const tld: Record<Country, string> = {
      US: 'com',
      GB: 'co.uk',
      IE: 'ie',
      AU: 'com.au',
      DE: 'de',
      AT: 'at',
      CH: 'ch',
      FR: 'fr',
      BE: 'be',
      CHF: 'ch',
      CAF: 'ca',
      ES: 'es',
      MX: 'com.mx',
    };
    const words = company
      .split(/\s+/)
      .filter((w) => !/^(AG|GmbH|du|de|del|des|la|am|Les)$/.test(w));
    return `${words.slice(0, 2).map(ascii).join('-')}.${tld[this.country]}`;
  }
  url(
    kind: 'profile' | 'site' | 'listing' | 'unsub' | 'portal',
    p?: Person,
    company?: string,
  ): EntPart {
    const r = this.r;
    const dom = this.domain(company ?? this.pickL(COMPANIES));
    const person = p ?? this.person();
    const slug = `${ascii(person.first)}-${ascii(person.last)}`;
    switch (kind) {
      case 'profile':
        return E(
          'URL',
          r.pick([
            `https://www.linkedin.com/in/${slug}-${r.chars(6, HEX)}`,
            `https://www.xing.com/profile/${ascii(person.first)}_${ascii(person.last)}`,
            `https://github.com/${ascii(person.first)}${ascii(person.last).slice(0, 4)}`,
            `https://linkedin.com/in/${slug}/`,
          ]),
        );
      case 'site':
        return E(
          'URL',
          `https://www.${dom}${r.pick(['', '/kontakt', '/contact', '/es/contacto', '/team'])}`,
        );
      case 'listing':
        return E(
          'URL',
          `https://www.${dom}/${r.pick(['listing', 'objekt', 'annonce', 'inmueble'])}/${r.digits(7)}?ref=${r.pick(['mail', 'app', 'feed'])}`,
        );
      case 'unsub':
        return E(
          'URL',
          `https://news.${dom}/unsubscribe?u=${r.chars(12, HEX)}&list=${r.int(10, 99)}`,
        );
      case 'portal':
        return E(
          'URL',
          `http${r.chance(0.8) ? 's' : ''}://portal.${dom}/${r.pick(['tickets', 'case', 'dossier', 'expediente'])}/${r.digits(6)}`,
        );
    }
  }

  // ---- places
  cityRow(): CityRow {
    return this.r.pick(CITIES[this.country]);
  }
  city(): string {
    return this.cityRow()[0];
  }
  street(): string {
    return streetFor(this.country, this.r, this.f);
  }
  /** Street line through postcode (+ city/region of that line); `nl` puts a newline between. */
  address(nl = false): EntPart {
    const [city, region, pc] = this.cityRow();
    const code = pc(this.r);
    const st = this.street();
    const sep = nl ? '\n' : ', ';
    const r = this.r;
    let tail: string;
    switch (this.country) {
      case 'US':
        tail = `${city}, ${region} ${code}`;
        break;
      case 'GB':
        tail = `${city} ${code}`;
        break;
      case 'IE':
        tail = region ? `${city}, ${region}, ${code}` : `${city}, ${code}`;
        break;
      case 'AU':
        tail = `${city} ${region} ${code}`;
        break;
      case 'DE':
      case 'AT':
      case 'BE':
      case 'CHF':
        tail = `${code} ${city}`;
        break;
      case 'CH':
        tail = `${r.chance(0.25) ? 'CH-' : ''}${code} ${city}`;
        break;
      case 'FR':
        tail = `${code} ${r.chance(0.4) ? city.toUpperCase() : city}`;
        break;
      case 'CAF':
        tail = r.chance(0.5) ? `${city} (Québec) ${code}` : `${city} ${region} ${code}`;
        if (region !== 'QC') tail = `${city} ${region} ${code}`;
        break;
      case 'ES':
        tail = r.chance(0.3) ? `${code} ${city} (${region})` : `${code} ${city}`;
        break;
      case 'MX':
        return E(
          'STREET_ADDRESS',
          `${st}${sep}Col. ${r.pick(MX_COLONIAS)}, ${r.chance(0.5) ? 'C.P. ' : ''}${code} ${city}, ${region}`,
        );
    }
    return E('STREET_ADDRESS', `${st}${sep}${tail}`);
  }

  // ---- finance & ids
  ibanCc(): string {
    const m: Partial<Record<Country, string>> = {
      DE: 'DE',
      AT: 'AT',
      CH: 'CH',
      FR: 'FR',
      BE: 'BE',
      CHF: 'CH',
      ES: 'ES',
      GB: 'GB',
      IE: 'IE',
    };
    return m[this.country] ?? this.r.pick(['DE', 'FR', 'ES', 'NL', 'IT', 'GB']);
  }
  iban(): EntPart {
    const cc = this.ibanCc();
    const v = makeIban(cc, bban(cc, this.r));
    return E('IBAN', this.r.chance(0.6) ? group4(v) : v);
  }
  card(): EntPart {
    return E('CREDIT_CARD', cardNumber(this.r, true));
  }
  ssn(): EntPart {
    const r = this.r;
    let area = r.int(1, 899);
    if (area === 666) area = 667;
    const g = pad(r.int(1, 99));
    const s = pad(r.int(1, 9999), 4);
    return E('US_SSN', r.chance(0.85) ? `${pad(area, 3)}-${g}-${s}` : `${pad(area, 3)} ${g} ${s}`);
  }
  ip(v6 = this.r.chance(0.3)): EntPart {
    return E('IP_ADDRESS', v6 ? ipv6(this.r) : ipv4(this.r));
  }
  dob(fromYear = 1932, toYear = 2012): EntPart {
    const r = this.r;
    return E(
      'DATE_OF_BIRTH',
      this.date({ y: r.int(fromYear, toYear), m: r.int(1, 12), d: r.int(1, 28) }),
    );
  }
  /** A date in one of the language's usual written forms. */
  date(dp: DateParts): string {
    const { y, m, d } = dp;
    const r = this.r;
    const mon = MONTHS[this.lang][m - 1]!;
    switch (this.lang) {
      case 'en': {
        const us = this.country === 'US';
        const forms = us
          ? [
              `${pad(m)}/${pad(d)}/${y}`,
              `${m}/${d}/${y}`,
              `${mon} ${d}, ${y}`,
              `${y}-${pad(m)}-${pad(d)}`,
              `${m}/${d}/${pad(y % 100)}`,
              `${mon.slice(0, 3)}. ${d}, ${y}`,
            ]
          : [
              `${pad(d)}/${pad(m)}/${y}`,
              `${d} ${mon} ${y}`,
              `${d}${d === 1 || d === 21 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th'} ${mon} ${y}`,
              `${pad(d)}-${mon.slice(0, 3)}-${y}`,
              `${y}-${pad(m)}-${pad(d)}`,
            ];
        return r.pick(forms);
      }
      case 'de': {
        const mn = this.country === 'AT' && m === 1 ? 'Jänner' : mon;
        return r.pick([
          `${pad(d)}.${pad(m)}.${y}`,
          `${d}.${m}.${y}`,
          `${d}. ${mn} ${y}`,
          `${pad(d)}.${pad(m)}.${y}`,
          `${y}-${pad(m)}-${pad(d)}`,
        ]);
      }
      case 'fr':
        return r.pick([
          `${pad(d)}/${pad(m)}/${y}`,
          `${d === 1 ? '1er' : d} ${mon} ${y}`,
          this.country === 'CHF' ? `${pad(d)}.${pad(m)}.${y}` : `${pad(d)}/${pad(m)}/${y}`,
          this.country === 'CAF' ? `${y}-${pad(m)}-${pad(d)}` : `${d} ${mon} ${y}`,
        ]);
      case 'es':
        return r.pick([
          `${pad(d)}/${pad(m)}/${y}`,
          `${d} de ${mon} de ${y}`,
          `${pad(d)}-${pad(m)}-${y}`,
          `${d}/${m}/${y}`,
          `${d} ${mon.slice(0, 3)}. ${y}`,
        ]);
    }
  }
  someDate(fromYear = 2023, toYear = 2026): DateParts {
    return { y: this.r.int(fromYear, toYear), m: this.r.int(1, 12), d: this.r.int(1, 28) };
  }
  weekday(): string {
    return this.r.pick(WEEKDAYS[this.lang]);
  }

  // ---- secrets
  aws(): EntPart {
    return E(
      'AWS_ACCESS_KEY',
      this.r.pick(['AKIA', 'AKIA', 'ASIA']) + this.r.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'),
    );
  }
  awsSecret(): EntPart {
    return E('GENERIC_SECRET', this.r.chars(40, B64));
  }
  github(): EntPart {
    const r = this.r;
    return E(
      'GITHUB_TOKEN',
      r.chance(0.75)
        ? `${r.pick(['ghp_', 'gho_', 'ghs_'])}${r.chars(36, ALNUM)}`
        : `github_pat_${r.chars(22, ALNUM)}_${r.chars(59, ALNUM)}`,
    );
  }
  slack(): EntPart {
    const r = this.r;
    return E(
      'SLACK_TOKEN',
      r.chance(0.6)
        ? `xoxb-${r.digits(12)}-${r.digits(13)}-${r.chars(24, ALNUM)}`
        : `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.chars(32, HEX)}`,
    );
  }
  pem(): EntPart {
    const r = this.r;
    const kind = r.pick([
      'RSA PRIVATE KEY',
      'PRIVATE KEY',
      'EC PRIVATE KEY',
      'OPENSSH PRIVATE KEY',
    ]);
    const lines: string[] = [];
    const n = kind.startsWith('EC') ? 3 : r.int(5, 9);
    for (let i = 0; i < n; i++) lines.push(r.chars(64, B64));
    lines.push(r.chars(r.int(8, 60), B64) + r.pick(['', '=', '==']));
    return E('PRIVATE_KEY', `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----`);
  }
  jwt(): EntPart {
    const r = this.r;
    const b64u = (s: string): string => Buffer.from(s).toString('base64url');
    const alg = r.pick(['HS256', 'RS256']);
    const head = b64u(JSON.stringify({ alg, typ: 'JWT' }));
    const body = b64u(
      JSON.stringify({
        sub: r.digits(8),
        scope: r.pick(['read', 'admin', 'user']),
        iat: 1700000000 + r.int(0, 60000000),
      }),
    );
    const sig = r.chars(alg === 'HS256' ? 43 : 342, B64URL);
    return E('JWT', `${head}.${body}.${sig}`);
  }
  secret(): EntPart {
    const r = this.r;
    const x = r.next();
    if (x < 0.3) return E('GENERIC_SECRET', `sk_live_${r.chars(r.int(24, 32), ALNUM)}`);
    if (x < 0.6) return E('GENERIC_SECRET', r.chars(r.pick([32, 40]), HEX));
    return E('GENERIC_SECRET', r.chars(r.int(32, 44), ALNUM));
  }

  // ---- hard negatives
  nCard(): NegPart {
    return N('card_lookalike', cardNumber(this.r, false));
  }
  nIban(): NegPart {
    const cc = this.ibanCc();
    let v = makeIban(cc, bban(cc, this.r));
    do {
      v = v.slice(0, 2) + pad(this.r.int(2, 98)) + v.slice(4);
    } while (ibanValid(v));
    return N('iban_invalid', this.r.chance(0.6) ? group4(v) : v);
  }
  nSsn(): NegPart {
    const r = this.r;
    const area = r.pick(['000', '666', `9${r.digits(2)}`, `9${r.digits(2)}`]);
    return N('ssn_invalid', `${area}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`);
  }
  nOrder(): NegPart {
    const r = this.r;
    return N(
      'order_no',
      r.pick([
        `${r.pick(['A', 'BK', 'ORD', 'CMD', 'PED', 'RX'])}-${r.int(2023, 2026)}-${r.digits(6)}`,
        r.digits(10),
        `${r.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${r.digits(8)}`,
        `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`,
        r.chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
      ]),
    );
  }
  nVersion(fourPart = this.r.chance(0.5)): NegPart {
    const r = this.r;
    return N(
      'version',
      fourPart
        ? `${r.int(1, 20)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(0, 255)}`
        : `${r.int(0, 12)}.${r.int(0, 40)}.${r.int(0, 30)}`,
    );
  }
  nSha(): NegPart {
    return N('sha', this.r.chars(this.r.pick([7, 40, 64, 32]), HEX));
  }
  nUuid(): NegPart {
    const r = this.r;
    return N(
      'uuid',
      `${r.chars(8, HEX)}-${r.chars(4, HEX)}-4${r.chars(3, HEX)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(3, HEX)}-${r.chars(12, HEX)}`,
    );
  }
  nTs(): NegPart {
    const r = this.r;
    const dp = this.someDate(2024, 2026);
    const t = `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
    return N(
      'timestamp',
      r.pick([
        `${dp.y}-${pad(dp.m)}-${pad(dp.d)}T${t}Z`,
        `${dp.y}-${pad(dp.m)}-${pad(dp.d)} ${t}`,
        `${dp.y}-${pad(dp.m)}-${pad(dp.d)}T${t}.${r.digits(3)}+0${r.int(1, 2)}:00`,
        String(1700000000 + r.int(0, 90000000)),
        String(1700000000000 + r.int(0, 90000000) * 1000 + r.int(0, 999)),
      ]),
    );
  }
  nPrice(): NegPart {
    const r = this.r;
    const a = r.int(3, 4999);
    const c = pad(r.int(0, 99));
    const th = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    const dollar = [`$${th(a, ',')}.${c}`, `$${a}`, `USD ${th(a, ',')}.${c}`];
    const euroDot = [`${th(a, '.')},${c} €`, `EUR ${th(a, '.')},${c}`, `€ ${a},–`, `${a},${c} €`];
    const euroSpace = [`${th(a, ' ')},${c} €`, `${a},${c} EUR`, `${th(a, ' ')} €`];
    const chf = [`CHF ${th(a, "'")}.${c}`, `Fr. ${a}.–`, `CHF ${a}.${c}`];
    const forms: Record<Country, string[]> = {
      US: dollar,
      GB: [`£${th(a, ',')}.${c}`, `£${a}`, `GBP ${th(a, ',')}.${c}`],
      IE: [`€${th(a, ',')}.${c}`, `€${a}`, `EUR ${a}.${c}`],
      AU: [`$${th(a, ',')}.${c}`, `AUD ${th(a, ',')}.${c}`, `A$${a}`],
      DE: euroDot,
      AT: euroDot,
      CH: chf,
      FR: euroSpace,
      BE: euroSpace,
      CHF: chf,
      CAF: [`${th(a, ' ')},${c} $`, `${a},${c} $ CA`, `CAD ${a}.${c}`],
      ES: [`${th(a, '.')},${c} €`, `€${a},${c}`, `${a} euros`],
      MX: [`$${th(a, ',')}.${c} MXN`, `MXN ${th(a, ',')}`, `$${th(a, ',')} pesos`],
    };
    return N('price', r.pick(forms[this.country]));
  }
  nDate(): NegPart {
    return N('plain_date', this.date(this.someDate()));
  }
  nIsbn(): NegPart {
    return N('isbn', isbn13(this.r));
  }
  nName(
    kind: 'company' | 'brand' | 'place' | 'month' = this.r.pick([
      'company',
      'brand',
      'place',
      'month',
    ]),
  ): NegPart {
    switch (kind) {
      case 'company':
        return N('not_name', this.pickL(COMPANIES));
      case 'brand':
        return N('not_name', this.r.pick(BRANDS));
      case 'place':
        return N('not_name', this.pickL(PLACES));
      case 'month': {
        // Capitalised in English and German; French and Spanish write months in lower case.
        return N('not_name', this.pickL(MONTHS));
      }
    }
  }
  company(): NegPart {
    return this.nName('company');
  }
}

// ---------------------------------------------------------------- value generators

function cardNumber(r: Rng, valid: boolean): string {
  const brand = r.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc']);
  const prefix =
    brand === 'visa'
      ? '4'
      : brand === 'mc'
        ? String(r.int(51, 55))
        : brand === 'mc2'
          ? String(r.int(2221, 2720))
          : brand === 'amex'
            ? r.pick(['34', '37'])
            : '6011';
  const len = brand === 'amex' ? 15 : 16;
  const body = prefix + r.digits(len - 1 - prefix.length);
  const chk = luhnDigit(body);
  const num = body + String(valid ? chk : (chk + r.int(1, 9)) % 10);
  const sep = r.pick(['', ' ', ' ', '-']);
  if (sep === '') return num;
  if (len === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.replace(/(.{4})(?!$)/g, `$1${sep}`);
}

function ipv4(r: Rng): string {
  const first = r.pick([r.int(11, 223), 10, 192, 172, r.int(11, 223)]);
  if (first === 192) return `192.168.${r.int(0, 254)}.${r.int(1, 254)}`;
  if (first === 172) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const g = (): string => r.int(0, 0xffff).toString(16);
  const head = r.pick(['2001:db8', '2a02:8108', '2a01:cb00', '2600:1700', 'fe80:0', '2001:4860']);
  if (r.chance(0.5)) return `${head}:${g()}:${g()}::${g()}:${g()}`;
  if (r.chance(0.3)) return `${head}::${g()}`;
  return `${head}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`;
}

function phoneFor(c: Country, r: Rng): string {
  const d = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  switch (c) {
    case 'US':
    case 'CAF': {
      const area =
        c === 'US'
          ? r.pick(['212', '415', '312', '617', '206', '303', '512', '713', '404', '919', '608'])
          : r.pick(['514', '438', '418', '819', '450', '506']);
      const ex = nz() + d(2);
      const ln = d(4);
      return r.pick([
        `(${area}) ${ex}-${ln}`,
        `${area}-${ex}-${ln}`,
        `${area}.${ex}.${ln}`,
        `+1 ${area} ${ex} ${ln}`,
        `+1-${area}-${ex}-${ln}`,
        `1 (${area}) ${ex}-${ln}`,
        `${area} ${ex}-${ln}`,
        `${area}${ex}${ln}`,
      ]);
    }
    case 'GB': {
      if (r.chance(0.5)) {
        const m = `7${r.pick(['911', '823', '412', '956', '775', '534'])}`;
        const rest = d(6);
        return r.pick([
          `0${m} ${rest}`,
          `+44 ${m} ${rest}`,
          `+44 (0)${m} ${rest}`,
          `0${m}${rest}`,
          `+44${m}${rest}`,
        ]);
      }
      const [ac, len, lead] = r.pick([
        ['20', 8, '783'],
        ['113', 7, '234'],
        ['117', 7, '934'],
        ['161', 7, '248'],
        ['141', 7, '2345'],
        ['29', 8, '2'],
      ] as const);
      const rest = r.pick(lead.split('')) + d(len - 1);
      const split =
        len === 8 ? `${rest.slice(0, 4)} ${rest.slice(4)}` : `${rest.slice(0, 3)} ${rest.slice(3)}`;
      return r.pick([
        `0${ac} ${split}`,
        `+44 ${ac} ${split}`,
        `+44 (0)${ac} ${split}`,
        `(0${ac}) ${split}`,
      ]);
    }
    case 'IE': {
      if (r.chance(0.5)) {
        const m = r.pick(['83', '85', '86', '87', '89']);
        const a = nz() + d(2);
        const b = d(4);
        return r.pick([
          `0${m} ${a} ${b}`,
          `+353 ${m} ${a} ${b}`,
          `0${m}-${a}${b}`,
          `+353${m}${a}${b}`,
        ]);
      }
      const ac = r.pick(['1', '21', '91', '61']);
      const rest = nz() + d(ac === '1' ? 6 : 5);
      return r.pick([
        `(0${ac}) ${rest.slice(0, 3)} ${rest.slice(3)}`,
        `+353 ${ac} ${rest.slice(0, 3)} ${rest.slice(3)}`,
        `0${ac} ${rest}`,
      ]);
    }
    case 'AU': {
      if (r.chance(0.5)) {
        const m = `4${d(2)}`;
        const a = d(3);
        const b = d(3);
        return r.pick([
          `0${m} ${a} ${b}`,
          `+61 ${m} ${a} ${b}`,
          `0${m}${a}${b}`,
          `+61 ${m}-${a}-${b}`,
        ]);
      }
      const ac = r.pick(['2', '3', '7', '8']);
      const a = r.pick(ac === '7' ? ['3', '5'] : ac === '8' ? ['8', '9'] : ['9', '8']) + d(3);
      const b = d(4);
      return r.pick([`(0${ac}) ${a} ${b}`, `0${ac} ${a} ${b}`, `+61 ${ac} ${a} ${b}`]);
    }
    case 'DE': {
      if (r.chance(0.45)) {
        const m = r.pick(['151', '152', '160', '170', '171', '176', '157', '162']);
        const rest = nz() + d(['160', '170', '171'].includes(m) ? 6 : 7);
        return r.pick([
          `0${m} ${rest}`,
          `+49 ${m} ${rest}`,
          `0${m}/${rest}`,
          `+49 (0)${m} ${rest}`,
          `0${m}-${rest.slice(0, 3)} ${rest.slice(3)}`,
          `0049 ${m} ${rest}`,
        ]);
      }
      const ac = r.pick(['30', '40', '89', '69', '221', '711', '351', '341', '421']);
      const rest = nz() + d(ac.length === 2 ? 7 : 6);
      return r.pick([
        `0${ac} ${rest}`,
        `+49 ${ac} ${rest}`,
        `0${ac}/${rest}`,
        `(0${ac}) ${rest.slice(0, 4)} ${rest.slice(4)}`,
        `+49 (0)${ac} ${rest}`,
        `0${ac} ${rest.slice(0, rest.length - 2)}-${rest.slice(-2)}`,
        `+49-${ac}-${rest}`,
      ]);
    }
    case 'AT': {
      if (r.chance(0.5)) {
        const m = r.pick(['664', '676', '699', '650', '660']);
        const rest = nz() + d(6);
        return r.pick([
          `0${m} ${rest.slice(0, 3)} ${rest.slice(3)}`,
          `+43 ${m} ${rest}`,
          `0${m}/${rest}`,
          `+43 (0)${m} ${rest}`,
        ]);
      }
      const ac = r.pick(['1', '316', '732', '662', '512']);
      const rest = nz() + d(ac === '1' ? 6 : 5);
      return r.pick([
        `0${ac} ${rest}`,
        `+43 ${ac} ${rest}`,
        `0${ac}/${rest.slice(0, 3)} ${rest.slice(3)}`,
      ]);
    }
    case 'CH':
    case 'CHF': {
      const ac = r.pick(
        c === 'CH'
          ? ['44', '31', '61', '41', '79', '76', '78']
          : ['22', '21', '32', '26', '79', '78'],
      );
      const a = nz() + d(2);
      const b = d(2);
      const e = d(2);
      return r.pick([
        `0${ac} ${a} ${b} ${e}`,
        `+41 ${ac} ${a} ${b} ${e}`,
        `+41 (0)${ac} ${a} ${b} ${e}`,
        `0${ac}${a}${b}${e}`,
        `0041 ${ac} ${a} ${b} ${e}`,
      ]);
    }
    case 'FR': {
      const p = r.pick(['1', '2', '3', '4', '5', '6', '7', '9']) + nz() + d(7);
      const pairs = (s: string, sep: string): string => s.match(/../g)!.join(sep);
      const nat = `0${p}`;
      return r.pick([
        pairs(nat, ' '),
        pairs(nat, '.'),
        nat,
        `+33 ${p[0]!} ${pairs(p.slice(1), ' ')}`,
        `+33 (0)${p[0]!} ${pairs(p.slice(1), ' ')}`,
        `+33${p}`,
        pairs(nat, '-'),
      ]);
    }
    case 'BE': {
      if (r.chance(0.5)) {
        const m = r.pick(['470', '471', '475', '477', '486', '495']);
        const rest = d(6);
        return r.pick([
          `0${m} ${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4)}`,
          `+32 ${m} ${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4)}`,
          `0${m}/${rest.slice(0, 2)}.${rest.slice(2, 4)}.${rest.slice(4)}`,
        ]);
      }
      const ac = r.pick(['2', '4', '81', '71', '10']);
      const rest = r.pick(['2', '3', '5']) + d(ac.length === 1 ? 6 : 5);
      return r.pick([
        `0${ac} ${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`,
        `+32 ${ac} ${rest.slice(0, 3)} ${rest.slice(3)}`,
        `0${ac}/${rest.slice(0, 3)}.${rest.slice(3)}`,
      ]);
    }
    case 'ES': {
      const p = r.pick(['91', '93', '96', '95', '94', '6', '6', '71', '72']);
      const full = p + nz() + d(9 - p.length - 1);
      return r.pick([
        `${full.slice(0, 3)} ${full.slice(3, 6)} ${full.slice(6)}`,
        `+34 ${full.slice(0, 3)} ${full.slice(3, 6)} ${full.slice(6)}`,
        `${full.slice(0, 3)} ${full.slice(3, 5)} ${full.slice(5, 7)} ${full.slice(7)}`,
        `+34${full}`,
        full,
        `(+34) ${full.slice(0, 3)} ${full.slice(3, 5)} ${full.slice(5, 7)} ${full.slice(7)}`,
        `0034 ${full.slice(0, 3)} ${full.slice(3, 6)} ${full.slice(6)}`,
      ]);
    }
    case 'MX': {
      const [ac, len] = r.pick([
        ['55', 8],
        ['81', 8],
        ['33', 8],
        ['222', 7],
        ['999', 7],
        ['442', 7],
      ] as const);
      const rest = nz() + d(len - 1);
      const split =
        len === 8 ? `${rest.slice(0, 4)} ${rest.slice(4)}` : `${rest.slice(0, 3)} ${rest.slice(3)}`;
      return r.pick([
        `${ac} ${split}`,
        `+52 ${ac} ${split}`,
        `(${ac}) ${split.replace(' ', '-')}`,
        `+52 1 ${ac} ${split}`,
        `${ac}${rest}`,
        `+52 (${ac}) ${split}`,
      ]);
    }
  }
}

const EN_STREETS = [
  'Maple Avenue',
  'Oak Street',
  'Highland Road',
  'Church Lane',
  'Station Road',
  'Elm Court',
  'Riverside Drive',
  'Park Terrace',
  'Willow Crescent',
  'Market Street',
];
const DE_STREETS = [
  'Lindenstraße',
  'Am Mühlbach',
  'Goethestr.',
  'Schillerplatz',
  'Bahnhofstraße',
  'Gartenweg',
  'Kirchgasse',
  'Friedrich-Ebert-Allee',
  'Auf der Heide',
  'Rosenweg',
];
const FR_STREETS = [
  'rue de la République',
  'avenue Jean-Jaurès',
  'boulevard Voltaire',
  'impasse des Lilas',
  'place du Marché',
  'rue des Écoles',
  'chemin des Vignes',
  'allée des Tilleuls',
  'quai Saint-Vincent',
];
const ES_STREETS = [
  'Calle Mayor',
  'C/ de Alcalá',
  'Avda. de América',
  'Paseo de Gracia',
  'Calle del Olmo',
  'Plaza de la Constitución',
  'Calle San Vicente',
  'Ronda de Segovia',
  'Camino Viejo',
];
const MX_STREETS = [
  'Av. Insurgentes Sur',
  'Calle Hidalgo',
  'Blvd. Díaz Ordaz',
  'Av. Juárez',
  'Calle Morelos',
  'Av. Revolución',
  'Calle 5 de Mayo',
  'Privada de los Pinos',
];
const CA_STREETS = [
  'rue Sainte-Catherine Ouest',
  'boul. René-Lévesque Est',
  'avenue du Parc',
  'rue Saint-Denis',
  'chemin de la Côte-des-Neiges',
  'rue Principale',
];

function streetFor(c: Country, r: Rng, f: Faker): string {
  const fk = (): string => f.location.street();
  switch (c) {
    case 'US': {
      const base = `${r.int(12, 9899)} ${r.chance(0.5) ? fk() : r.pick(EN_STREETS)}`;
      return r.chance(0.25)
        ? `${base}, ${r.pick(['Apt', 'Apt.', 'Suite', 'Unit'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`
        : base;
    }
    case 'GB':
    case 'IE':
      return `${r.chance(0.2) ? `Flat ${r.int(1, 12)}, ` : ''}${r.int(1, 240)} ${r.chance(0.5) ? fk() : r.pick(EN_STREETS)}`;
    case 'AU':
      return `${r.chance(0.25) ? `${r.int(1, 30)}/` : ''}${r.int(1, 300)} ${r.chance(0.5) ? fk() : r.pick(EN_STREETS)}`;
    case 'DE':
      return `${r.chance(0.5) ? fk() : r.pick(DE_STREETS)} ${r.int(1, 180)}${r.pick(['', '', '', 'a', 'b'])}`;
    case 'AT':
      return `${r.chance(0.5) ? fk() : r.pick(DE_STREETS.map((s) => s.replace('straße', 'gasse')))} ${r.int(1, 90)}${r.pick(['', `/${r.int(1, 4)}/${r.int(1, 30)}`, `/${r.int(1, 24)}`, '/Top 5'])}`;
    case 'CH':
      return `${r.chance(0.5) ? fk() : r.pick(DE_STREETS.map((s) => s.replace('ß', 'ss')))} ${r.int(1, 120)}`;
    case 'FR': {
      const n = `${r.int(1, 140)}${r.pick(['', '', '', ' bis', ' ter'])}`;
      return `${n}${r.chance(0.3) ? ',' : ''} ${r.chance(0.5) ? fk() : r.pick(FR_STREETS)}`;
    }
    case 'BE':
    case 'CHF': {
      const s = r.chance(0.5) ? fk() : r.pick(FR_STREETS);
      return `${s[0]!.toUpperCase()}${s.slice(1)} ${r.int(1, 180)}${r.chance(0.2) ? `/${r.int(1, 12)}` : ''}`;
    }
    case 'CAF':
      return `${r.int(100, 9999)}${r.chance(0.5) ? ',' : ''} ${r.pick(CA_STREETS)}${r.chance(0.3) ? `, app. ${r.int(1, 40)}` : ''}`;
    case 'ES': {
      const s = r.chance(0.4) ? fk() : r.pick(ES_STREETS);
      return `${s}${r.chance(0.5) ? ',' : ''} ${r.int(1, 160)}${r.pick(['', '', `, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'izda.', 'dcha.'])}`, `, ${r.int(1, 6)}.º ${r.int(1, 4)}ª`])}`;
    }
    case 'MX':
      return `${r.chance(0.4) ? fk() : r.pick(MX_STREETS)} ${r.int(1, 2999)}${r.chance(0.3) ? ` Int. ${r.int(1, 40)}` : ''}`;
  }
}

// ---------------------------------------------------------------- templates

type Builder = (c: Ctx) => Parts;
interface Template {
  readonly key: string;
  /** Hard-negative template: no entity may appear in it. */
  readonly negative?: boolean;
  readonly langs?: readonly Lang[];
  readonly build: Builder;
}
const by = <T>(c: Ctx, o: Record<Lang, () => T>): T => o[c.lang]();

const POSITIVE: Template[] = [
  {
    key: 'court',
    build: (c) => {
      const p = c.person();
      const lawyer = c.person();
      const judge = c.person();
      const co = c.company();
      const hearing = N('plain_date', c.date(c.someDate(2025, 2026)));
      return by(c, {
        en: () =>
          T`CASE SUMMARY — No. ${N('order_no', `${c.r.int(1, 9)}:${c.r.int(23, 26)}-cv-${c.r.digits(5)}`)}
Plaintiff: ${c.full(p)} (DOB ${c.dob()}), of ${c.address()}.
Defendant: ${co}.
The Hon. ${c.name(judge)} granted the motion to compel on ${N('plain_date', c.date(c.someDate()))}; status conference set for ${hearing}.
Counsel for plaintiff: ${c.titled(lawyer)}, ${c.phone()}, ${c.email(lawyer)}.`,
        de: () =>
          T`Az. ${N('order_no', `${c.r.int(1, 30)} O ${c.r.int(10, 999)}/${c.r.int(23, 26)}`)} – Sachverhalt
Klägerin/Kläger: ${c.full(p)}, geb. am ${c.dob()}, wohnhaft ${c.address()}.
Beklagte: ${co}.
Vors. Richterin ${c.last(judge)} hat Termin zur mündlichen Verhandlung auf den ${hearing} bestimmt.
Prozessbevollmächtigt: ${c.titled(lawyer, false)}, Tel. ${c.phone()}.`,
        fr: () =>
          T`RG n° ${N('order_no', `${c.r.int(23, 26)}/${c.r.digits(5)}`)} — Résumé de l'affaire
Demandeur : ${c.capsFirst(p)}, né(e) le ${c.dob()}, demeurant ${c.address()}.
Défendeur : ${co}.
Audience de plaidoirie fixée au ${hearing} devant ${c.r.pick(['le président', 'la présidente'])} ${c.last(judge)}.
Conseil : Me ${c.full(lawyer)}, ${c.phone()}, ${c.email(lawyer)}.`,
        es: () =>
          T`Procedimiento ordinario ${N('order_no', `${c.r.int(100, 999)}/${c.r.int(2023, 2026)}`)}
Demandante: ${c.r.pick(['D.', 'Dña.'])} ${c.full(p)}, nacido/a el ${c.dob()}, con domicilio en ${c.address()}.
Demandada: ${co}.
La magistrada ${c.full(judge)} señala vista para el ${hearing}.
Letrado: ${c.titled(lawyer, false)}, tel. ${c.phone()}.`,
      });
    },
  },
  {
    key: 'pharmacy',
    build: (c) => {
      const p = c.person();
      const doc = c.person();
      const rx = N('order_no', `${c.r.pick(['RX', 'Rx', 'Rp'])}${c.r.digits(7)}`);
      const shop = c.company();
      return by(c, {
        en: () =>
          T`${shop}: Refill ${rx} for ${c.name(p)} (DOB ${c.dob()}) is ready for pickup. Prescriber: Dr. ${c.last(doc)}. Copay ${c.nPrice()}. Questions? Call ${c.phone()}. Reply STOP to opt out.`,
        de: () =>
          T`${shop} – Ihre Bestellung ${rx} für ${c.full(p)}, geb. ${c.dob()}, liegt zur Abholung bereit. Verordnet von Dr. med. ${c.full(doc)}. Zuzahlung: ${c.nPrice()}. Rückfragen unter ${c.phone()}.`,
        fr: () =>
          T`${shop} : l'ordonnance ${rx} de ${c.titled(p)} (date de naissance : ${c.dob()}) est prête. Prescripteur : Dr ${c.full(doc)}. Reste à charge : ${c.nPrice()}. Pour toute question : ${c.phone()}.`,
        es: () =>
          T`${shop}: la receta ${rx} a nombre de ${c.full(p)} (fecha de nacimiento: ${c.dob()}) ya está lista. Médico prescriptor: Dra. ${c.last(doc)}. Aportación: ${c.nPrice()}. Dudas al ${c.phone()}.`,
      });
    },
  },
  {
    key: 'insurance',
    build: (c) => {
      const p = c.person();
      const agent = c.person();
      const co = c.company();
      const pol = c.nOrder();
      return by(c, {
        en: () =>
          T`Re: Claim under policy ${pol}

Dear ${c.titled(p, true)},
we have approved your claim of ${c.nDate()} for ${c.nPrice()}. The amount will be paid to the account ${c.iban()} within ten working days. If your address has changed from ${c.address()}, please let us know.

Kind regards,
${c.full(agent)}
Claims Team, ${co}`,
        de: () =>
          T`Ihr Schadenfall zur Police ${pol}

Sehr geehrte/r ${c.titled(p, false)},
die Regulierung Ihres Schadens vom ${c.nDate()} über ${c.nPrice()} ist abgeschlossen. Die Erstattung erfolgt auf das Konto IBAN ${c.iban()}. Versicherungsnehmer: ${c.full(p)}, ${c.address()}.

Mit freundlichen Grüßen
${c.full(agent)}, Schadenabteilung ${co}`,
        fr: () =>
          T`Objet : sinistre — contrat ${pol}

${c.r.pick(['Madame', 'Monsieur'])} ${c.last(p)},
nous avons accepté votre déclaration du ${c.nDate()}. Le remboursement de ${c.nPrice()} sera versé sur le compte ${c.iban()}. Adresse enregistrée : ${c.address()}.

Votre gestionnaire, ${c.full(agent)} — ${co}`,
        es: () =>
          T`Asunto: siniestro, póliza ${pol}

Estimado/a ${c.titled(p, false)}:
le confirmamos la indemnización de ${c.nPrice()} por el siniestro del ${c.nDate()}. El abono se realizará en la cuenta ${c.iban()}. Domicilio del asegurado: ${c.address()}.

Atentamente,
${c.full(agent)}, ${co}`,
      });
    },
  },
  {
    key: 'school',
    build: (c) => {
      const parent = c.person();
      const child = c.person();
      const teacher = c.person();
      return by(c, {
        en: () =>
          T`Hi ${c.r.pick(['Ms.', 'Mr.', 'Mrs.'])} ${c.last(teacher)},
${c.first(child)} won't be in class on ${c.nDate()} — dentist appointment. ${c.first(child)}'s project on ${c.nName('place')} will be handed in the day after.
Thanks, ${c.full(parent)} (${c.phone()})`,
        de: () =>
          T`Liebe Frau ${c.last(teacher)},
${c.first(child)} ist heute krank und kann leider nicht am Ausflug zum ${c.nName('place')} teilnehmen. Bei Fragen erreichen Sie mich unter ${c.phone()}.
Viele Grüße
${c.full(parent)}`,
        fr: () =>
          T`Bonjour ${c.r.pick(['Madame', 'Monsieur'])} ${c.last(teacher)},
je vous informe que ${c.first(child)} sera absent(e) le ${c.nDate()} (rendez-vous médical). Vous pouvez me joindre au ${c.phone()} ou par mail : ${c.email(parent)}.
Cordialement, ${c.full(parent)}`,
        es: () =>
          T`Hola, profe ${c.first(teacher)}:
${c.first(child)} no irá a clase el ${c.nDate()} porque tenemos consulta en el pediatra. Cualquier cosa, mi móvil es ${c.phone()}.
Un saludo, ${c.full(parent)}`,
      });
    },
  },
  {
    key: 'listing',
    build: (c) => {
      const agent = c.person();
      const co = c.pickL(COMPANIES);
      const dom = c.domain(co);
      return by(c, {
        en: () =>
          T`FOR SALE — bright 3-bed townhouse, ${c.r.int(80, 190)} m², asking ${c.nPrice()}.
Open house ${c.nDate()}, 2–4 pm at ${c.address()}.
Listing agent: ${c.full(agent)} · ${c.phone()} · ${c.workEmail(agent, dom)}
Details: ${c.url('listing', agent, co)}`,
        de: () =>
          T`Provisionsfrei: 3-Zimmer-Wohnung mit Balkon, Kaltmiete ${c.nPrice()}, bezugsfrei ab ${c.nDate()}.
Objektadresse: ${c.address()}
Ihr Ansprechpartner: ${c.full(agent)}, ${N('not_name', co)}
Tel. ${c.phone()} | ${c.workEmail(agent, dom)} | Exposé: ${c.url('listing', agent, co)}`,
        fr: () =>
          T`À vendre : appartement T3 lumineux, ${c.r.int(50, 120)} m², prix ${c.nPrice()}.
Visite le ${c.nDate()} au ${c.address()}.
Contact : ${c.full(agent)} (${N('not_name', co)}) — ${c.phone()} — ${c.workEmail(agent, dom)}
Annonce complète : ${c.url('listing', agent, co)}`,
        es: () =>
          T`Se vende piso reformado de ${c.r.int(60, 140)} m² por ${c.nPrice()}.
Jornada de puertas abiertas el ${c.nDate()} en ${c.address()}.
Asesor: ${c.full(agent)} | ${c.phone()} | ${c.workEmail(agent, dom)}
Ficha: ${c.url('listing', agent, co)}`,
      });
    },
  },
  {
    key: 'recruit',
    build: (c) => {
      const cand = c.person();
      const rec = c.person();
      return by(c, {
        en: () =>
          T`[Pipeline] ${c.capsFirst(cand)} — Senior Data Engineer
Source: referral from ${c.full(rec)}
Contact: ${c.email(cand)} / ${c.phone()}
Profile: ${c.url('profile', cand)}
Screen ${c.nDate()}: strong on Spark, weak on ${c.nName('brand')}. ${c.first(rec)}, can you book the onsite?`,
        de: () =>
          T`Bewerber-Notiz: ${c.lastFirst(cand)}
Position: Werkstudent Controlling
Kontakt: ${c.email(cand)}, mobil ${c.phone()}
Xing/LinkedIn: ${c.url('profile', cand)}
Telefoninterview am ${c.nDate()} mit ${c.full(rec)} – Zweitgespräch empfohlen.`,
        fr: () =>
          T`Candidat : ${c.full(cand)}
Poste : chargé(e) de clientèle — entretien le ${c.nDate()}
Coordonnées : ${c.phone()} · ${c.email(cand)}
Profil : ${c.url('profile', cand)}
Avis de ${c.first(rec)} : très bon contact, à revoir avec ${c.full(c.person())}.`,
        es: () =>
          T`Candidato/a: ${c.full(cand)}
Vacante: Técnico/a de soporte (ref. ${c.nOrder()})
Contacto: ${c.email(cand)} — ${c.phone()}
Perfil: ${c.url('profile', cand)}
Entrevista el ${c.nDate()} con ${c.full(rec)}: buena impresión, pasar a la segunda fase.`,
      });
    },
  },
  {
    key: 'airline',
    build: (c) => {
      const p = c.person();
      const co2 = c.person();
      const airline = N(
        'not_name',
        c.r.pick([
          'Lufthansa',
          'Iberia',
          'Air France',
          'Ryanair',
          'Aer Lingus',
          'Swiss',
          'Aeroméxico',
          'Air Canada',
        ]),
      );
      const pnr = N('order_no', c.r.chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'));
      return by(c, {
        en: () =>
          T`To ${airline} Customer Relations,
booking ${pnr}, passengers ${c.full(p)} and ${c.full(co2)}. Our bags did not arrive on ${c.nDate()}. We spent ${c.nPrice()} on essentials, charged to my card ${c.card()}. Please refund or call me on ${c.phone()}.
— ${c.first(p)}`,
        de: () =>
          T`Beschwerde an ${airline}
Buchungscode ${pnr}, Reisende: ${c.full(p)}, ${c.full(co2)}.
Flug am ${c.nDate()} annulliert, Ersatzflug erst am Folgetag. Ich fordere die Ausgleichszahlung nach EU-VO 261/2004 auf IBAN ${c.iban()}.
Rückruf bitte unter ${c.phone()}.`,
        fr: () =>
          T`Réclamation — ${airline}, dossier ${pnr}
Passagère/passager : ${c.capsFirst(p)}
Vol retardé de 5 h le ${c.nDate()}. Merci de rembourser les frais (${c.nPrice()}) sur la carte ${c.card()}.
Joignable au ${c.phone()}, ${c.email(p)}.`,
        es: () =>
          T`Reclamación a ${airline} — localizador ${pnr}
Pasajeros: ${c.full(p)} y ${c.full(co2)}.
Perdimos la conexión el ${c.nDate()} y pagamos ${c.nPrice()} de hotel con la tarjeta ${c.card()}. Solicito el reembolso. Teléfono: ${c.phone()}.`,
      });
    },
  },
  {
    key: 'hotel',
    build: (c) => {
      const p = c.person();
      const mgr = c.person();
      const hotel = N(
        'not_name',
        c.r.pick([
          'Hotel Astoria',
          'Hôtel du Parc',
          'Hotel Miramar',
          'Seaview Lodge',
          'Gasthof zur Post',
          'Hotel Bellavista',
          'Grand Hotel Europa',
        ]),
      );
      return by(c, {
        en: () =>
          T`Dear ${c.full(mgr)},
I stayed at ${hotel} (confirmation ${c.nOrder()}) from ${c.nDate()}. The room was not cleaned once and the AC was broken. I'd appreciate a partial refund of ${c.nPrice()} to the card used at check-in, ${c.card()}.
${c.name(p)}
${c.address(true)}
${c.email(p)}`,
        de: () =>
          T`Sehr geehrter Herr ${c.last(mgr)},
bei meinem Aufenthalt im ${hotel} (Reservierung ${c.nOrder()}) war das Zimmer laut und schmutzig. Bitte erstatten Sie ${c.nPrice()} auf die Karte ${c.card()}.
${c.full(p)}
${c.address(true)}
${c.phone()}`,
        fr: () =>
          T`Madame, Monsieur,
séjour au ${hotel} du ${c.nDate()}, réservation ${c.nOrder()} : chambre bruyante et petit-déjeuner facturé deux fois (${c.nPrice()}). Je demande un geste commercial.
${c.full(p)}
${c.address(true)}
Tél. : ${c.phone()}`,
        es: () =>
          T`A la atención de ${c.full(mgr)}:
me alojé en el ${hotel} (reserva ${c.nOrder()}) y me cobraron ${c.nPrice()} de más en la tarjeta ${c.card()}. Adjunto factura.
${c.full(p)}
${c.address(true)}
${c.email(p)}`,
      });
    },
  },
  {
    key: 'helpdesk_log',
    build: (c) => {
      const p = c.person();
      const tech = c.person();
      const ts = c.nTs();
      const ver = N(
        'version',
        `${c.r.int(10, 16)}.${c.r.int(0, 9)}.${c.r.int(100, 255)}.${c.r.int(0, 255)}`,
      );
      const head = by(c, {
        en: () => T`Ticket ${c.nOrder()} — VPN drops every few minutes
Reporter: ${c.full(p)} <${c.email(p)}>
Client build ${ver}, ${c.nName('brand')}`,
        de: () => T`Ticket ${c.nOrder()}: VPN bricht ständig ab
Gemeldet von ${c.full(p)} (${c.email(p)}), Durchwahl ${c.phone()}
Client-Version ${ver}`,
        fr: () => T`Ticket ${c.nOrder()} — Le VPN se coupe
Demandeur : ${c.full(p)} — ${c.email(p)}
Version du client : ${ver}`,
        es: () => T`Incidencia ${c.nOrder()}: la VPN se desconecta
Usuario: ${c.full(p)} (${c.email(p)})
Versión del cliente ${ver}`,
      });
      return T`${head}

${ts} WARN tunnel: peer ${c.ip(false)} unreachable, retrying
${c.nTs()} INFO dhcp: lease ${c.ip(false)} assigned to host laptop-${c.r.digits(4)}
${c.nTs()} ERROR ike: no proposal chosen from ${c.ip()} (session ${c.nUuid()})

${by(c, { en: () => 'Assigned to', de: () => 'Bearbeiter:', fr: () => 'Technicien :', es: () => 'Técnico asignado:' })} ${c.first(tech)}`;
    },
  },
  {
    key: 'helpdesk_cfg',
    build: (c) => {
      const p = c.person();
      const intro = by(c, {
        en: () =>
          T`Hey ${c.first(p)}, the deploy fails with AccessDenied. Here's my config (please rotate after!):`,
        de: () =>
          T`Hallo ${c.first(p)}, das Deployment scheitert mit AccessDenied. Meine Konfiguration (bitte danach rotieren):`,
        fr: () =>
          T`Salut ${c.first(p)}, le déploiement échoue (AccessDenied). Voici ma config, pense à changer les clés :`,
        es: () =>
          T`Hola ${c.first(p)}, el despliegue falla con AccessDenied. Te paso la configuración (rota las claves luego):`,
      });
      return T`${intro}

\`\`\`yaml
aws:
  region: eu-central-1
  access_key_id: ${c.aws()}
  secret_access_key: ${c.awsSecret()}
app:
  image_tag: "${c.nVersion(false)}"
  commit: ${c.nSha()}
  db_host: ${c.ip(false)}
  stripe_key: ${c.secret()}
  session: ${c.jwt()}
\`\`\``;
    },
  },
  {
    key: 'dispute',
    build: (c) => {
      const p = c.person();
      const merchant = N('not_name', c.r.pick(BRANDS));
      return by(c, {
        en: () =>
          T`${c.full(p)}
${c.address(true)}

Re: Disputed transaction

I do not recognise the charge of ${c.nPrice()} from ${merchant} on ${c.nDate()} on my card ${c.card()}. Please open a chargeback. You can reach me at ${c.phone()}.

Sincerely,
${c.full(p)}`,
        de: () =>
          T`${c.full(p)}
${c.address(true)}

Widerspruch gegen Lastschrift

Hiermit widerspreche ich der Abbuchung von ${c.nPrice()} durch ${merchant} vom ${c.nDate()} von meinem Konto ${c.iban()}. Ich bitte um Rückbuchung.

Mit freundlichen Grüßen
${c.full(p)}`,
        fr: () =>
          T`${c.full(p)}
${c.address(true)}

Objet : contestation d'un paiement

Je conteste le prélèvement de ${c.nPrice()} effectué par ${merchant} le ${c.nDate()} sur mon compte ${c.iban()}, que je n'ai jamais autorisé. Merci de me rembourser.

${c.full(p)}, ${c.phone()}`,
        es: () =>
          T`${c.full(p)}
${c.address(true)}

Asunto: cargo no reconocido

No reconozco el cargo de ${c.nPrice()} de ${merchant} del ${c.nDate()} en mi tarjeta ${c.card()}. Solicito su anulación y el abono en la cuenta ${c.iban()}.

Atentamente, ${c.full(p)}`,
      });
    },
  },
  {
    key: 'tenant',
    build: (c) => {
      const t = c.person();
      const l = c.person();
      const hh = (): string => `${pad(c.r.int(7, 22))}:${pad(c.r.int(0, 59))}`;
      return by(c, {
        en: () =>
          T`[${hh()}] ${c.first(t)}: Hi ${c.first(l)}, the boiler at ${c.address()} is leaking again.
[${hh()}] ${c.first(l)}: Sorry! I'll send a plumber tomorrow, he'll call you from ${c.phone()}.
[${hh()}] ${c.first(t)}: Thanks. Rent for ${c.nName('month')} went out today (${c.nPrice()}).`,
        de: () =>
          T`${c.first(t)} (${hh()}): Hallo Herr ${c.last(l)}, in der Wohnung ${c.address()} tropft wieder die Heizung.
${c.last(l)} (${hh()}): Ich schicke morgen den Installateur, Firma ${c.company()}, Tel. ${c.phone()}.
${c.first(t)} (${hh()}): Danke! Die Miete für ${c.nName('month')} ist überwiesen.`,
        fr: () =>
          T`${c.first(t)} : Bonjour ${c.r.pick(['M.', 'Mme'])} ${c.last(l)}, le chauffe-eau du ${c.address()} est encore en panne.
${c.full(l)} : Je préviens le plombier, il vous appellera du ${c.phone()}.
${c.first(t)} : Merci ! Le loyer de ${c.nName('month')} (${c.nPrice()}) est parti.`,
        es: () =>
          T`${c.first(t)}: Hola ${c.first(l)}, otra vez hay humedad en el piso de ${c.address()}.
${c.first(l)}: Mañana mando al fontanero, te llamará desde el ${c.phone()}.
${c.first(t)}: Gracias. Ya te hice la transferencia de ${c.nName('month')} (${c.nPrice()}).`,
      });
    },
  },
  {
    key: 'club_table',
    build: (c) => {
      const head = by(c, {
        en: () => '| Member | Born | Phone | Team |\n|---|---|---|---|',
        de: () => '| Mitglied | Geburtsdatum | Telefon | Mannschaft |\n|---|---|---|---|',
        fr: () => '| Licencié(e) | Date de naissance | Téléphone | Équipe |\n|---|---|---|---|',
        es: () => '| Socio/a | Fecha de nacimiento | Teléfono | Equipo |\n|---|---|---|---|',
      });
      const rows: Part[][] = [];
      const n = c.r.int(2, 5);
      for (let i = 0; i < n; i++) {
        const p = c.person();
        const team = c.pickL({
          en: ['U12', 'U15', 'Seniors', 'Masters'],
          de: ['U12', 'Damen', 'Herren', 'Senioren'],
          fr: ['U13', 'Seniors', 'Vétérans', 'Féminines'],
          es: ['Alevín', 'Infantil', 'Veteranos', 'Femenino'],
        });
        rows.push(T`| ${c.name(p)} | ${c.dob()} | ${c.phone()} | ${team} |`);
      }
      const title = by(c, {
        en: () =>
          `${c.r.pick(['Riverside', 'Eastfield', 'Kingsway'])} Rowing Club — members due for renewal`,
        de: () =>
          `TSV ${c.r.pick(['Lindenau', 'Eichwald', 'Obertal'])} 1898 e.V. – Mitgliederliste Abteilung Handball`,
        fr: () =>
          `AS ${c.r.pick(['Bellerive', 'Montclair', 'Saint-Aubin'])} — liste des licenciés saison ${c.r.int(2024, 2026)}`,
        es: () =>
          `Club Deportivo ${c.r.pick(['Alameda', 'Los Pinos', 'Ribera'])} — relación de socios`,
      });
      return [title, '\n\n', head, ...rows.flatMap((row) => ['\n', ...row])];
    },
  },
  {
    key: 'newsletter',
    build: (c) => {
      const p = c.person();
      const co = c.pickL(COMPANIES);
      const body = by(c, {
        en: () =>
          T`This month: our ${c.nName('month')} sale, new branch near ${c.nName('place')}, and the recipe of the week.`,
        de: () =>
          T`Diesen Monat: Sommerfest am ${c.nDate()}, neue Filiale am ${c.nName('place')}, Gewinnspiel.`,
        fr: () =>
          T`Ce mois-ci : soldes du mois de ${c.nName('month')}, nouvelle boutique près de ${c.nName('place')} et jeu-concours.`,
        es: () =>
          T`Este mes: rebajas de ${c.nName('month')}, nueva tienda junto a ${c.nName('place')} y sorteo.`,
      });
      const foot = by(c, {
        en: () => T`You are receiving this e-mail because ${c.email(p)} signed up at our store. Unsubscribe: ${c.url('unsub', p, co)}
${N('not_name', co)} · ${c.address()}`,
        de: () => T`Sie erhalten diesen Newsletter, weil ${c.email(p)} angemeldet ist. Abmelden: ${c.url('unsub', p, co)}
Impressum: ${N('not_name', co)}, ${c.address()}, Tel. ${c.phone()}`,
        fr: () => T`Vous recevez ce message car ${c.email(p)} est inscrit(e). Se désabonner : ${c.url('unsub', p, co)}
${N('not_name', co)} — ${c.address()}`,
        es: () => T`Recibes este correo porque ${c.email(p)} está suscrito. Darse de baja: ${c.url('unsub', p, co)}
${N('not_name', co)}, ${c.address()}`,
      });
      return T`${body}

--
${foot}`;
    },
  },
  {
    key: 'voicemail',
    build: (c) => {
      const p = c.person();
      const to = c.person();
      return by(c, {
        en: () =>
          T`Voicemail (0:${pad(c.r.int(10, 59))}) — transcript: "Hi ${c.first(to)}, it's ${c.full(p)} from the garage. Your car's ready, it came to ${c.nPrice()}. Give me a ring back on ${c.phone()}, cheers."`,
        de: () =>
          T`Mailbox-Nachricht, transkribiert: „Hallo ${c.first(to)}, hier ist ${c.full(p)} von der Hausverwaltung. Es geht um die Nebenkostenabrechnung, rufen Sie mich bitte zurück unter ${c.phone()}. Danke, tschüss."`,
        fr: () =>
          T`Message vocal transcrit : « Bonjour ${c.r.pick(['Madame', 'Monsieur'])} ${c.last(to)}, ${c.full(p)} du cabinet dentaire. Votre rendez-vous du ${c.nDate()} est déplacé, rappelez-nous au ${c.phone()}. Bonne journée. »`,
        es: () =>
          T`Transcripción del buzón de voz: «Hola ${c.first(to)}, soy ${c.full(p)}, de la gestoría. Me falta tu firma en la renta, llámame al ${c.phone()} cuando puedas. Un beso.»`,
      });
    },
  },
  {
    key: 'police',
    build: (c) => {
      const p = c.person();
      const officer = c.person();
      return by(c, {
        en: () =>
          T`INCIDENT REPORT ${c.nOrder()}
Surname: ${c.pe2(p, p.last.toUpperCase())}
Given name(s): ${c.first(p)}
Date of birth: ${c.dob()}${
            c.country === 'US'
              ? T`
SSN: ${c.ssn()}`
              : ''
          }
Home address: ${c.address()}
Contact no.: ${c.phone()}
Statement taken by PC ${c.last(officer)} on ${c.nDate()}.`,
        de: () =>
          T`Anzeige / Protokoll Nr. ${c.nOrder()}
Name: ${c.last(p)}
Vorname: ${c.first(p)}
Geburtsdatum: ${c.dob()}
Anschrift: ${c.address()}
Erreichbarkeit: ${c.phone()}
Aufgenommen durch POK ${c.full(officer)} am ${c.nDate()}.`,
        fr: () =>
          T`PROCÈS-VERBAL n° ${c.nOrder()}
Nom : ${c.pe2(p, p.last.toUpperCase())}
Prénom(s) : ${c.first(p)}
Né(e) le : ${c.dob()} à ${c.city()}
Domicile : ${c.address()}
Téléphone : ${c.phone()}
Agent verbalisateur : brigadier ${c.last(officer)}`,
        es: () =>
          T`ATESTADO Nº ${c.nOrder()}
Apellidos: ${c.last(p)}
Nombre: ${c.first(p)}
Fecha de nacimiento: ${c.dob()}
Domicilio: ${c.address()}
Teléfono: ${c.phone()}
Instructor: agente ${c.full(officer)}`,
      });
    },
  },
  {
    key: 'customs',
    build: (c) => {
      const s = c.person();
      const rcp = c.person();
      return by(c, {
        en: () =>
          T`CN22 CUSTOMS DECLARATION
From: ${c.full(s)}
${c.address(true)}
To: ${c.full(rcp)}
${c.address(true)}
Contents: 1× ${c.nName('brand')} headphones, value ${c.nPrice()}, gift. Tel. of recipient ${c.phone()}`,
        de: () =>
          T`Zollinhaltserklärung CN 23
Absender: ${c.full(s)}, ${c.address()}
Empfänger:
${c.full(rcp)}
${c.address(true)}
Inhalt: Bücher (ISBN ${c.nIsbn()}), Wert ${c.nPrice()}. Sendungsnummer ${c.nOrder()}`,
        fr: () =>
          T`Déclaration en douane CN 22
Expéditeur : ${c.full(s)}
${c.address(true)}
Destinataire : ${c.capsFirst(rcp)}, ${c.address()}
Contenu : vêtements, valeur ${c.nPrice()}. Colis ${c.nOrder()}`,
        es: () =>
          T`Declaración de aduana
Remitente: ${c.full(s)}
${c.address(true)}
Destinatario: ${c.full(rcp)}, tel. ${c.phone()}
${c.address(true)}
Contenido: regalo, valor ${c.nPrice()}`,
      });
    },
  },
  {
    key: 'genealogy',
    build: (c) => {
      const a = c.person();
      const b = c.person();
      const child = c.person();
      // Ancestors: born 1880-1935 (a birth date, however old), died 1950-2015 (a plain date).
      const dead = N(
        'plain_date',
        c.date({ y: c.r.int(1950, 2015), m: c.r.int(1, 12), d: c.r.int(1, 28) }),
      );
      return by(c, {
        en: () =>
          T`Family tree notes — branch ${c.last(a)}
${c.full(a)}, born ${c.dob(1880, 1935)} in ${c.city()}, died ${dead}. Married ${c.full(b)} (b. ${c.dob(1880, 1935)}). Their son ${c.first(child)} emigrated in ${c.r.int(1950, 1990)}.`,
        de: () =>
          T`Ahnenforschung, Zweig ${c.last(a)}:
${c.full(a)} (* ${c.dob(1880, 1935)} in ${c.city()}, † ${dead}) heiratete ${c.full(b)}, geb. ${c.dob(1880, 1935)}. Tochter ${c.first(child)} lebt heute in ${c.city()}.`,
        fr: () =>
          T`Généalogie — famille ${c.last(a)}
${c.full(a)}, né(e) le ${c.dob(1880, 1935)} à ${c.city()}, décédé(e) le ${dead}, épouse ${c.full(b)}, née le ${c.dob(1880, 1935)}. Enfant : ${c.first(child)}.`,
        es: () =>
          T`Árbol genealógico — rama ${c.last(a)}
${c.full(a)}, nacido el ${c.dob(1880, 1935)} en ${c.city()}, fallecido el ${dead}, casado con ${c.full(b)} (nacida el ${c.dob(1880, 1935)}). Hijo: ${c.first(child)}.`,
      });
    },
  },
  {
    key: 'doctor',
    build: (c) => {
      const p = c.person();
      const doc = c.person();
      const time = `${c.r.int(8, 17)}:${c.r.pick(['00', '15', '30', '45'])}`;
      return by(c, {
        en: () =>
          T`Appointment confirmed: ${c.name(p)} (DOB ${c.dob()}) with Dr. ${c.full(doc)} on ${c.nDate()} at ${time}.
Location: ${c.address()}
Please arrive 10 minutes early. To reschedule call ${c.phone()}.`,
        de: () =>
          T`Terminbestätigung
Patient/in: ${c.full(p)}, geb. ${c.dob()}
Termin: ${c.weekday()} ${c.nDate()}, ${time} Uhr bei Dr. ${c.last(doc)}
Praxis: ${c.address()}
Absage bitte bis 24 h vorher unter ${c.phone()}.`,
        fr: () =>
          T`Confirmation de rendez-vous
Patient(e) : ${c.capsFirst(p)} — né(e) le ${c.dob()}
Le ${c.nDate()} à ${time.replace(':', 'h')} avec le Dr ${c.full(doc)}
Cabinet : ${c.address()}
Annulation : ${c.phone()}`,
        es: () =>
          T`Cita confirmada
Paciente: ${c.full(p)} (F. nac.: ${c.dob()})
Día ${c.nDate()} a las ${time} con la Dra. ${c.full(doc)}
Centro: ${c.address()}
Para anular: ${c.phone()}`,
      });
    },
  },
  {
    key: 'addr_block',
    build: (c) => {
      const p = c.person();
      const from = c.company();
      return by(c, {
        en: () =>
          T`${from}
${c.r.pick(['Mr', 'Ms', 'Dr'])} ${c.full(p)}
${c.address(true)}
${COUNTRY_NAME[c.country]}

Your reference: ${c.nOrder()}
Dear ${c.first(p)}, please find enclosed your annual statement.`,
        de: () =>
          T`${from} · Postfach ${c.r.int(100, 999)}
${c.r.pick(['Herrn', 'Frau'])}
${c.full(p)}
${c.address(true)}

Kundennummer ${c.nOrder()}
${c.city()}, den ${c.nDate()}`,
        fr: () =>
          T`${from}
${c.r.pick(['Monsieur', 'Madame'])} ${c.capsFirst(p)}
${c.address(true)}

Réf. client : ${c.nOrder()}
Fait à ${c.city()}, le ${c.nDate()}`,
        es: () =>
          T`${from}
${c.r.pick(['Sr.', 'Sra.'])} ${c.full(p)}
${c.address(true)}
${COUNTRY_NAME[c.country]}

N.º de cliente: ${c.nOrder()}
En ${c.city()}, a ${c.nDate()}`,
      });
    },
  },
  {
    key: 'signature',
    build: (c) => {
      const p = c.person();
      const co = c.pickL(COMPANIES);
      const dom = c.domain(co);
      const role = c.pickL({
        en: ['Account Manager', 'Office Lead', 'Paralegal', 'Head of Sales'],
        de: ['Sachbearbeiterin', 'Teamleiter Vertrieb', 'Assistenz der Geschäftsführung'],
        fr: ['Chargée de clientèle', 'Responsable RH', 'Assistant juridique'],
        es: ['Gestor de cuentas', 'Responsable de RR. HH.', 'Asistente legal'],
      });
      const body = by(c, {
        en: () => 'Thanks, see the attached quote.',
        de: () => 'Anbei das Angebot wie besprochen.',
        fr: () => 'Vous trouverez le devis en pièce jointe.',
        es: () => 'Adjunto el presupuesto que comentamos.',
      });
      return T`${body}

--
${c.r.chance(0.3) ? [`${c.title()} `, c.full(p)] : c.full(p)}
${role} | ${N('not_name', co)}
T ${c.phone()} | M ${c.phone()}
${c.workEmail(p, dom)}
${c.url('site', p, co)}`;
    },
  },
  {
    key: 'quoted',
    build: (c) => {
      const a = c.person();
      const b = c.person();
      const dt = c.date(c.someDate());
      const t = `${pad(c.r.int(7, 22))}:${pad(c.r.int(0, 59))}`;
      return by(c, {
        en: () =>
          T`Sounds good, I'll bring the documents.

On ${c.weekday()}, ${N('plain_date', dt)} at ${t}, ${c.full(a)} <${c.email(a)}> wrote:
> Hi ${c.first(b)},
> can we meet at ${c.address()} on Thursday? My mobile is ${c.phone()}.
> ${c.first(a)}`,
        de: () =>
          T`Passt, bis dann!

Am ${N('plain_date', dt)} um ${t} schrieb ${c.full(a)} <${c.email(a)}>:
> Hallo ${c.first(b)},
> treffen wir uns am Donnerstag in der ${c.address()}? Meine Handynummer: ${c.phone()}
> Gruß ${c.first(a)}`,
        fr: () =>
          T`Parfait, à jeudi.

Le ${N('plain_date', dt)} à ${t}, ${c.full(a)} <${c.email(a)}> a écrit :
> Bonjour ${c.first(b)},
> on se retrouve au ${c.address()} ? Mon portable : ${c.phone()}.
> ${c.first(a)}`,
        es: () =>
          T`Perfecto, nos vemos allí.

El ${N('plain_date', dt)}, a las ${t}, ${c.full(a)} <${c.email(a)}> escribió:
> Hola ${c.first(b)}:
> ¿quedamos en ${c.address()} el jueves? Mi móvil es el ${c.phone()}.
> ${c.first(a)}`,
      });
    },
  },
  {
    key: 'json_user',
    build: (c) => {
      const p = c.person();
      const keys = by(c, {
        en: () => ['full_name', 'date_of_birth', 'phone', 'address'],
        de: () => ['name', 'geburtsdatum', 'telefon', 'anschrift'],
        fr: () => ['nom_complet', 'date_naissance', 'telephone', 'adresse'],
        es: () => ['nombre', 'fecha_nacimiento', 'telefono', 'direccion'],
      });
      return T`${by(c, { en: () => 'User record from the CRM export:', de: () => 'Datensatz aus dem CRM-Export:', fr: () => 'Fiche exportée du CRM :', es: () => 'Registro exportado del CRM:' })}
{
  "id": "${c.nUuid()}",
  "${keys[0]!}": "${c.name(p)}",
  "email": "${c.email(p)}",
  "${keys[1]!}": "${c.dob()}",
  "${keys[2]!}": "${c.phone()}",
  "${keys[3]!}": "${c.address()}",
  "last_login_ip": "${c.ip()}",
  "created_at": "${c.nTs()}"
}`;
    },
  },
  {
    key: 'yaml_user',
    build: (c) => {
      const p = c.person();
      const q = c.person();
      return T`# ${by(c, { en: () => 'seed data for staging — remove before release', de: () => 'Testdaten für Staging – vor dem Release entfernen', fr: () => 'données de test pour la préproduction', es: () => 'datos de prueba para preproducción' })}
users:
  - name: ${c.full(p)}
    email: ${c.email(p)}
    birthdate: ${c.dob()}
    iban: ${c.iban()}
  - name: "${c.lastFirst(q)}"
    email: ${c.email(q)}
    phone: "${c.phone()}"
    api_token: ${c.secret()}
schema_version: ${c.nVersion(false)}`;
    },
  },
  {
    key: 'staff_table',
    build: (c) => {
      const hdr = by(c, {
        en: () => '| Name | Role | E-mail | Direct line |',
        de: () => '| Name | Funktion | E-Mail | Durchwahl |',
        fr: () => '| Nom | Fonction | Courriel | Ligne directe |',
        es: () => '| Nombre | Cargo | Correo | Teléfono directo |',
      });
      const roles = c.pickL({
        en: [['Office manager', 'Paralegal', 'IT support', 'Receptionist']],
        de: [['Empfang', 'Buchhaltung', 'IT-Support', 'Vertrieb']],
        fr: [['Accueil', 'Comptabilité', 'Support informatique', 'Commercial']],
        es: [['Recepción', 'Contabilidad', 'Soporte', 'Ventas']],
      });
      const dom = c.domain(c.pickL(COMPANIES));
      const rows: Part[] = [];
      for (let i = 0; i < c.r.int(2, 4); i++) {
        const p = c.person();
        rows.push(
          '\n',
          ...T`| ${c.r.chance(0.3) ? c.capsFirst(p) : c.full(p)} | ${roles[i]!} | ${c.workEmail(p, dom)} | ${c.phone()} |`,
        );
      }
      return [hdr, '\n|---|---|---|---|', ...rows];
    },
  },
  {
    key: 'commit_log',
    build: (c) => {
      const a = c.person();
      const b = c.person();
      return T`commit ${c.nSha()}
Author: ${c.full(a)} <${c.email(a)}>
Date:   ${c.nTs()}

    fix: bump parser to ${c.nVersion(false)}; drop legacy build ${c.nVersion(true)}

    Reviewed-by: ${c.full(b)} <${c.email(b)}>`;
    },
  },
  {
    key: 'incident_chat',
    build: (c) => {
      const a = c.person();
      const b = c.person();
      return by(c, {
        en: () =>
          T`#incident-${c.r.int(100, 999)}
${c.first(a)}: someone pasted the bot token in the public channel: ${c.slack()}
${c.first(b)}: revoking now. Also found a PAT in the CI logs: ${c.github()}
${c.first(a)}: ugh. request id ${c.nUuid()}, started ${c.nTs()}`,
        de: () =>
          T`#störung-${c.r.int(100, 999)}
${c.first(a)}: Im öffentlichen Kanal steht der Bot-Token: ${c.slack()}
${c.first(b)}: Ich widerrufe ihn. Im CI-Log liegt außerdem ${c.github()}
${c.first(a)}: Danke ${c.first(b)}. Ticket ${c.nOrder()}`,
        fr: () =>
          T`#incident-${c.r.int(100, 999)}
${c.first(a)} : quelqu'un a collé le jeton du bot : ${c.slack()}
${c.first(b)} : je le révoque. Il y a aussi un jeton GitHub dans les logs : ${c.github()}
${c.first(a)} : merci. Corrélation ${c.nUuid()}`,
        es: () =>
          T`#incidencia-${c.r.int(100, 999)}
${c.first(a)}: alguien pegó el token del bot en el canal: ${c.slack()}
${c.first(b)}: lo revoco. En los logs de CI también aparece ${c.github()}
${c.first(a)}: gracias, ${c.first(b)}. Inicio: ${c.nTs()}`,
      });
    },
  },
  {
    key: 'key_ticket',
    build: (c) => {
      const p = c.person();
      const intro = by(c, {
        en: () => T`From: ${c.full(p)}
Subject: can't SSH into build box
I generated this key yesterday, can you add it to ${c.ip(false)}?`,
        de: () => T`Von: ${c.full(p)}
Betreff: SSH-Zugang Buildserver
Bitte diesen Schlüssel auf ${c.ip(false)} hinterlegen:`,
        fr: () => T`De : ${c.full(p)}
Objet : accès SSH
Pouvez-vous ajouter cette clé sur ${c.ip(false)} ?`,
        es: () => T`De: ${c.full(p)}
Asunto: acceso SSH
¿Podéis añadir esta clave en ${c.ip(false)}?`,
      });
      return T`${intro}

${c.pem()}

fingerprint SHA256:${N('sha', c.r.chars(43, B64.replace('+', '').replace('/', '')))}`;
    },
  },
  {
    key: 'api_log',
    build: (c) =>
      T`${c.nTs()} ${c.ip()} - - "GET /api/v2/orders/${c.nOrder()} HTTP/1.1" 200 ${c.r.int(200, 9000)}
  Authorization: Bearer ${c.jwt()}
  X-Request-Id: ${c.nUuid()}
  User-Agent: ${c.nName('brand')}/${c.nVersion(false)}
${c.nTs()} ${c.ip(false)} - - "POST /login HTTP/1.1" 401 ${c.r.int(20, 90)}`,
  },
  {
    key: 'hr_onboard',
    build: (c) => {
      const p = c.person();
      const hr = c.person();
      return by(c, {
        en: () =>
          c.country === 'US'
            ? T`New hire checklist — ${c.full(p)}
SSN: ${c.ssn()}
DOB: ${c.dob()}
Direct deposit: card on file ${c.card()}
Start date ${c.nDate()}, badge ${c.nOrder()}. HR contact: ${c.full(hr)}, ${c.phone()}`
            : T`New starter form — ${c.full(p)}
Date of birth: ${c.dob()}
Bank: ${c.iban()}
Home: ${c.address()}
Start date ${c.nDate()}. Queries to ${c.full(hr)} on ${c.phone()}.`,
        de: () =>
          T`Personalstammblatt – Neueinstellung
Name, Vorname: ${c.lastFirst(p)}
Geburtsdatum: ${c.dob()}
Bankverbindung (IBAN): ${c.iban()}
Anschrift: ${c.address()}
Eintritt: ${c.nDate()} – Ansprechpartnerin Personal: ${c.full(hr)}`,
        fr: () =>
          T`Fiche d'embauche — ${c.capsFirst(p)}
Date de naissance : ${c.dob()}
RIB / IBAN : ${c.iban()}
Adresse : ${c.address()}
Arrivée le ${c.nDate()}. Contact RH : ${c.full(hr)}, ${c.email(hr)}`,
        es: () =>
          T`Alta de empleado/a — ${c.full(p)}
Fecha de nacimiento: ${c.dob()}
Cuenta (IBAN): ${c.iban()}
Domicilio: ${c.address()}
Incorporación: ${c.nDate()}. Contacto RR. HH.: ${c.full(hr)}, ${c.phone()}`,
      });
    },
  },
  {
    key: 'tax_letter',
    langs: ['en'],
    build: (c) => {
      const p = c.person();
      const sp = c.person();
      return T`${c.full(p)} and ${c.full(sp)}
${c.address(true)}

Your ${c.r.int(2023, 2025)} return is ready for signature. Taxpayer SSN ${c.ssn()}, spouse SSN ${c.ssn()}. Refund of ${c.nPrice()} will be deposited on ${c.nDate()}. Note: the ITIN ${c.nSsn()} you sent for your dependent is not a valid SSN.
— ${c.full(c.person())}, CPA`;
    },
  },
  {
    key: 'vet',
    build: (c) => {
      const p = c.person();
      const pet = c.r.pick(['Bello', 'Luna', 'Rocky', 'Minou', 'Canela', 'Balu', 'Nala']);
      return by(c, {
        en: () =>
          T`Reminder from ${c.company()}: ${pet} (owner: ${c.full(p)}) is due for the rabies booster on ${c.nDate()}. Book at ${c.phone()} or reply to ${c.email(p)}.`,
        de: () =>
          T`Impferinnerung: Ihr Hund ${pet} (Halter/in ${c.full(p)}, ${c.address()}) sollte bis ${c.nDate()} geimpft werden. Termin unter ${c.phone()}.`,
        fr: () =>
          T`Rappel de vaccination pour ${pet}, propriétaire ${c.titled(p, false)}. Prenez rendez-vous au ${c.phone()} avant le ${c.nDate()}.`,
        es: () =>
          T`Recordatorio: ${pet} (propietario/a ${c.full(p)}) tiene la vacuna pendiente el ${c.nDate()}. Pide cita en el ${c.phone()}.`,
      });
    },
  },
  {
    key: 'lost_found',
    build: (c) => {
      const p = c.person();
      return by(c, {
        en: () =>
          T`FOUND: black wallet near ${c.nName('place')} on ${c.nDate()}. Cards inside are in the name of ${c.capsFirst(p)}. If it's yours text ${c.phone()}.`,
        de: () =>
          T`Gefunden: Schlüsselbund mit Anhänger „${c.first(p)}" am ${c.nName('place')}. Abzuholen bei ${c.full(c.person())}, ${c.address()}, oder anrufen: ${c.phone()}.`,
        fr: () =>
          T`Trouvé : un sac à dos près de ${c.nName('place')}, avec une carte au nom de ${c.full(p)}. Contactez-moi au ${c.phone()}.`,
        es: () =>
          T`Encontrada cartera cerca de ${c.nName('place')} con documentación a nombre de ${c.full(p)}. Llamar al ${c.phone()}.`,
      });
    },
  },
  {
    key: 'rsvp',
    build: (c) => {
      const names: Part[] = [];
      const n = c.r.int(3, 6);
      for (let i = 0; i < n; i++) {
        const p = c.person();
        if (i > 0)
          names.push(
            i === n - 1
              ? by(c, { en: () => ' and ', de: () => ' und ', fr: () => ' et ', es: () => ' y ' })
              : ', ',
          );
        names.push(c.r.chance(0.4) ? c.first(p) : c.full(p));
      }
      const org = c.person();
      return by(c, {
        en: () =>
          T`RSVPs so far for the ${c.nName('month')} reunion: ${names}. Plus-ones to ${c.first(org)} by ${c.nDate()} please.`,
        de: () =>
          T`Zusagen für das Klassentreffen: ${names}. Wer noch kommt, bitte bis ${c.nDate()} bei ${c.full(org)} melden.`,
        fr: () =>
          T`Ont confirmé pour la fête du mois de ${c.nName('month')} : ${names}. Réponses à ${c.first(org)} avant le ${c.nDate()}.`,
        es: () =>
          T`Confirmados para la cena de ${c.nName('month')}: ${names}. Avisad a ${c.first(org)} antes del ${c.nDate()}.`,
      });
    },
  },
  {
    key: 'lab_result',
    build: (c) => {
      const p = c.person();
      const doc = c.person();
      const mrn = N('order_no', c.r.digits(8));
      return by(c, {
        en: () =>
          T`LABORATORY REPORT
Patient: ${c.pe2(p, `${p.last.toUpperCase()}, ${p.first}`)}    MRN: ${mrn}
DOB: ${c.dob()}    Collected: ${c.nTs()}
Ordering physician: ${c.full(doc)}, MD
HbA1c 5.4 % (ref. 4.0–5.6)`,
        de: () =>
          T`LABORBEFUND
Patient: ${c.pe2(p, `${p.last.toUpperCase()}, ${p.first}`)} · Fallnr. ${mrn}
Geb.-Datum: ${c.dob()} · Eingang: ${c.nTs()}
Einsender: Dr. ${c.full(doc)}
CRP 3,1 mg/l (Ref. < 5)`,
        fr: () =>
          T`COMPTE RENDU DE LABORATOIRE
Patient : ${c.capsFirst(p)} — dossier ${mrn}
Date de naissance : ${c.dob()} — prélèvement ${c.nTs()}
Prescripteur : Dr ${c.full(doc)}
Glycémie 0,92 g/l`,
        es: () =>
          T`INFORME DE LABORATORIO
Paciente: ${c.pe2(p, `${p.last.toUpperCase()}, ${p.first}`)} — NHC ${mrn}
Fecha de nacimiento: ${c.dob()} — extracción ${c.nTs()}
Solicitante: Dra. ${c.full(doc)}
Hemoglobina 13,8 g/dl`,
      });
    },
  },
  {
    key: 'donation',
    build: (c) => {
      const p = c.person();
      const org = c.company();
      return by(c, {
        en: () =>
          T`Thank you, ${c.first(p)}! We received your gift of ${c.nPrice()} on ${c.nDate()}. Receipt ${c.nOrder()} was issued to ${c.full(p)}, ${c.address()}. — ${org}`,
        de: () =>
          T`Zuwendungsbestätigung Nr. ${c.nOrder()}
Spender/in: ${c.full(p)}, ${c.address()}
Betrag: ${c.nPrice()}, eingegangen am ${c.nDate()} von IBAN ${c.iban()}.
${org}`,
        fr: () =>
          T`Reçu fiscal n° ${c.nOrder()} — don de ${c.nPrice()} reçu le ${c.nDate()} de ${c.titled(p, false)}, ${c.address()}, par virement depuis ${c.iban()}.`,
        es: () =>
          T`Certificado de donación ${c.nOrder()}: ${c.full(p)}, con domicilio en ${c.address()}, donó ${c.nPrice()} el ${c.nDate()} mediante transferencia desde ${c.iban()}.`,
      });
    },
  },
  {
    key: 'traffic_fine',
    build: (c) => {
      const p = c.person();
      const plate = `${c.r.chars(2, 'ABCDEFGHKLMNPRSTUVWXYZ')}-${c.r.digits(3)}-${c.r.chars(2, 'ABCDEFGHKLMNPRSTUVWXYZ')}`;
      return by(c, {
        en: () =>
          T`NOTICE OF INTENDED PROSECUTION ${c.nOrder()}
Vehicle ${plate} was recorded at 47 mph in a 30 zone on ${c.nDate()}.
Registered keeper: ${c.full(p)}, ${c.address()}
Driver's date of birth: ${c.dob()}`,
        de: () =>
          T`Anhörungsbogen Az. ${c.nOrder()}
Fahrzeug ${plate}, Tatzeit ${c.nTs()}: Überschreitung der zulässigen Höchstgeschwindigkeit um 21 km/h.
Fahrzeughalter: ${c.capsFirst(p)}, ${c.address()}, geboren am ${c.dob()}
Verwarnungsgeld: ${c.nPrice()}`,
        fr: () =>
          T`Avis de contravention n° ${c.nOrder()}
Véhicule ${plate}, excès de vitesse le ${c.nDate()}.
Titulaire : ${c.full(p)}, ${c.address()}, né(e) le ${c.dob()}
Amende forfaitaire : ${c.nPrice()}`,
        es: () =>
          T`Notificación de denuncia ${c.nOrder()}
Vehículo ${plate}, exceso de velocidad el ${c.nDate()}.
Titular: ${c.full(p)}, ${c.address()}, nacido/a el ${c.dob()}
Importe: ${c.nPrice()}`,
      });
    },
  },
  {
    key: 'minutes',
    build: (c) => {
      const a = c.person();
      const b = c.person();
      const d2 = c.person();
      return by(c, {
        en: () =>
          T`Minutes, HOA board meeting ${c.nDate()}
Present: ${c.full(a)} (chair), ${c.initial(b)}, ${c.full(d2)}
1. Roof repair quote from ${c.company()}: ${c.nPrice()}. ${c.first(b)}, please get a second quote.
2. ${c.last(d2)} to email residents.`,
        de: () =>
          T`Protokoll der Eigentümerversammlung vom ${c.nDate()}
Anwesend: ${c.full(a)} (Verwalterin), ${c.capsFirst(b)}, ${c.full(d2)}
TOP 1: Dachsanierung, Angebot ${c.company()} über ${c.nPrice()}.
TOP 2: ${c.first(b)}, bitte zwei weitere Angebote einholen.`,
        fr: () =>
          T`Compte rendu du conseil syndical du ${c.nDate()}
Présents : ${c.full(a)}, ${c.full(b)}, ${c.initial(d2)}
1. Devis toiture (${c.company()}) : ${c.nPrice()}.
2. ${c.first(a)}, merci de relancer le syndic.`,
        es: () =>
          T`Acta de la junta de vecinos del ${c.nDate()}
Asistentes: ${c.full(a)} (presidenta), ${c.full(b)}, ${c.initial(d2)}
1. Presupuesto de ${c.company()} para la fachada: ${c.nPrice()}.
2. ${c.first(b)}, pide otro presupuesto, por favor.`,
      });
    },
  },
  {
    key: 'csv_export',
    build: (c) => {
      const rows: Part[] = [];
      for (let i = 0; i < c.r.int(2, 4); i++) {
        const p = c.person();
        rows.push(
          '\n',
          ...T`${c.r.digits(5)};${c.pe2(p, p.last)};${c.first(p)};${c.email(p)};${c.phone()};${c.dob()}`,
        );
      }
      const hdr = by(c, {
        en: () => 'id;last_name;first_name;email;phone;dob',
        de: () => 'nr;nachname;vorname;email;telefon;geburtsdatum',
        fr: () => 'id;nom;prenom;email;tel;date_naissance',
        es: () => 'id;apellidos;nombre;email;telefono;fecha_nac',
      });
      return [hdr, ...rows];
    },
  },
  {
    key: 'env_file',
    build: (c) =>
      T`# .env.production — ${by(c, { en: () => 'DO NOT COMMIT', de: () => 'NICHT EINCHECKEN', fr: () => 'NE PAS COMMITTER', es: () => 'NO SUBIR AL REPO' })}
APP_VERSION=${c.nVersion(false)}
DB_HOST=${c.ip(false)}
GITHUB_TOKEN=${c.github()}
SLACK_BOT_TOKEN=${c.slack()}
SESSION_SECRET=${c.secret()}
AWS_ACCESS_KEY_ID=${c.aws()}
AWS_SECRET_ACCESS_KEY=${c.awsSecret()}
BUILD_ID=${c.nUuid()}`,
  },
  {
    key: 'delivery_sms',
    build: (c) => {
      const p = c.person();
      const driver = c.person();
      return by(c, {
        en: () =>
          T`Hi ${c.first(p)}, your parcel ${c.nOrder()} arrives today between 2 and 4 pm at ${c.address()}. Driver: ${c.first(driver)}, ${c.phone()}.`,
        de: () =>
          T`Hallo ${c.full(p)}, Ihr Paket ${c.nOrder()} wird heute zwischen 14 und 16 Uhr an ${c.address()} zugestellt. Fahrer ${c.first(driver)}: ${c.phone()}`,
        fr: () =>
          T`Bonjour ${c.first(p)}, votre colis ${c.nOrder()} sera livré aujourd'hui au ${c.address()}. Livreur : ${c.first(driver)}, ${c.phone()}.`,
        es: () =>
          T`Hola ${c.first(p)}, tu pedido ${c.nOrder()} llega hoy a ${c.address()}. Repartidor: ${c.first(driver)}, ${c.phone()}.`,
      });
    },
  },
  {
    key: 'scholarship',
    build: (c) => {
      const p = c.person();
      const ref = c.person();
      return by(c, {
        en: () =>
          T`Scholarship application ${c.nOrder()}
Applicant: ${c.full(p)}, born on ${c.dob()}${
            c.country === 'US'
              ? T`
SSN (for FAFSA): ${c.ssn()}`
              : ''
          }
Mailing address: ${c.address()}
Referee: ${c.titled(ref, false)} (${c.email(ref)})`,
        de: () =>
          T`Stipendienantrag ${c.nOrder()}
Antragsteller/in: ${c.full(p)}, geboren am ${c.dob()} in ${c.city()}
Postanschrift: ${c.address()}
Gutachter/in: ${c.titled(ref, false)}, ${c.email(ref)}`,
        fr: () =>
          T`Demande de bourse ${c.nOrder()}
Candidat(e) : ${c.full(p)}, né(e) le ${c.dob()}
Adresse postale : ${c.address()}
Référent : ${c.titled(ref, false)} — ${c.email(ref)}`,
        es: () =>
          T`Solicitud de beca ${c.nOrder()}
Solicitante: ${c.full(p)}, nacido/a el ${c.dob()}
Dirección postal: ${c.address()}
Avala: ${c.titled(ref, false)} (${c.email(ref)})`,
      });
    },
  },
  {
    key: 'chat_export',
    build: (c) => {
      const a = c.person();
      const b = c.person();
      // Messenger exports: "[d/m/yy, hh:mm] Name: text"; informal chats often write names in lower case.
      const stamp = (): NegPart => {
        const dp = c.someDate(2024, 2026);
        return N(
          'timestamp',
          `${dp.d}/${dp.m}/${pad(dp.y % 100)}, ${pad(c.r.int(7, 23))}:${pad(c.r.int(0, 59))}`,
        );
      };
      const lower = c.r.chance(0.5);
      const nameB = lower ? c.pe2(b, b.first.toLowerCase()) : c.first(b);
      return by(c, {
        en: () =>
          T`[${stamp()}] ${c.full(a)}: hey ${nameB}, the new number for the carpool is ${c.phone()}
[${stamp()}] ${c.full(b)}: thx! is pickup still at ${c.address()}?
[${stamp()}] ${c.full(a)}: yep, 7:45`,
        de: () =>
          T`[${stamp()}] ${c.full(a)}: hey ${nameB}, neue Nummer für die Fahrgemeinschaft: ${c.phone()}
[${stamp()}] ${c.full(b)}: danke! Abholung weiter in der ${c.address()}?
[${stamp()}] ${c.full(a)}: genau, 7:45`,
        fr: () =>
          T`[${stamp()}] ${c.full(a)} : coucou ${nameB}, nouveau numéro pour le covoiturage : ${c.phone()}
[${stamp()}] ${c.full(b)} : merci ! on se retrouve toujours au ${c.address()} ?
[${stamp()}] ${c.full(a)} : oui, 7h45`,
        es: () =>
          T`[${stamp()}] ${c.full(a)}: hola ${nameB}, el nuevo número para compartir coche es ${c.phone()}
[${stamp()}] ${c.full(b)}: ¡gracias! ¿seguimos quedando en ${c.address()}?
[${stamp()}] ${c.full(a)}: sí, a las 7:45`,
      });
    },
  },
  {
    key: 'vcard',
    build: (c) => {
      const p = c.person();
      const co = c.pickL(COMPANIES);
      const bday = c.r.chance(0.5);
      const d = { y: c.r.int(1950, 2004), m: c.r.int(1, 12), d: c.r.int(1, 28) };
      const intro = by(c, {
        en: () => 'Contact card attached below:',
        de: () => 'Kontaktdaten als vCard:',
        fr: () => 'Fiche contact (vCard) :',
        es: () => 'Te paso el contacto en vCard:',
      });
      return T`${intro}
BEGIN:VCARD
VERSION:3.0
FN:${c.full(p)}
ORG:${N('not_name', co)}
TEL;TYPE=CELL:${c.phone()}
EMAIL;TYPE=INTERNET:${c.email(p)}
${bday ? T`BDAY:${E('DATE_OF_BIRTH', `${d.y}-${pad(d.m)}-${pad(d.d)}`)}` : T`REV:${c.nTs()}`}
URL:${c.url('site', p, co)}
END:VCARD`;
    },
  },
];

const NEGATIVE: Template[] = [
  {
    key: 'neg_release',
    negative: true,
    build: (c) =>
      by(c, {
        en: () =>
          T`Release notes — version ${c.nVersion(false)} (build ${c.nVersion(true)})
* Fixed crash when importing ${c.nName('brand')} calendars (commit ${c.nSha()})
* Release ${c.nVersion(true)} drops support for ${c.nName('brand')} 10
Published ${c.nTs()} · checksum sha256 ${N('sha', c.r.chars(64, HEX))}`,
        de: () =>
          T`Versionshinweise ${c.nVersion(false)} – Build ${c.nVersion(true)}
• Absturz beim Import aus ${c.nName('brand')} behoben (Commit ${c.nSha()})
• Release ${c.nVersion(true)} ab ${c.nDate()} verfügbar
Prüfsumme (MD5): ${N('sha', c.r.chars(32, HEX))}`,
        fr: () =>
          T`Notes de version ${c.nVersion(false)} (build ${c.nVersion(true)})
- Correction de l'import ${c.nName('brand')} (commit ${c.nSha()})
- Version ${c.nVersion(true)} disponible le ${c.nDate()}
Empreinte SHA-256 : ${N('sha', c.r.chars(64, HEX))}`,
        es: () =>
          T`Notas de la versión ${c.nVersion(false)} (compilación ${c.nVersion(true)})
- Arreglado el fallo al importar desde ${c.nName('brand')} (commit ${c.nSha()})
- La release ${c.nVersion(true)} sale el ${c.nDate()}
Suma SHA-256: ${N('sha', c.r.chars(64, HEX))}`,
      }),
  },
  {
    key: 'neg_order',
    negative: true,
    build: (c) =>
      by(c, {
        en: () =>
          T`Order ${c.nOrder()} confirmed on ${c.nDate()}. 1× ${c.nName('brand')} charger ${c.nPrice()}, shipping ${c.nPrice()}. Gift card code: ${c.nCard()}. Tracking: ${c.nOrder()}. Estimated delivery ${c.nDate()}.`,
        de: () =>
          T`Bestellung ${c.nOrder()} vom ${c.nDate()}: 2× Kaffeekapseln ${c.nName('brand')} à ${c.nPrice()}. Gutscheincode ${c.nCard()}. Sendungsverfolgung ${c.nOrder()}, voraussichtliche Zustellung ${c.nDate()}.`,
        fr: () =>
          T`Commande ${c.nOrder()} du ${c.nDate()} : 1 × ${c.nName('brand')} à ${c.nPrice()}. Carte cadeau n° ${c.nCard()}. Suivi colis ${c.nOrder()}, livraison prévue le ${c.nDate()}.`,
        es: () =>
          T`Pedido ${c.nOrder()} del ${c.nDate()}: 1 × ${c.nName('brand')} por ${c.nPrice()}. Código de tarjeta regalo ${c.nCard()}. Seguimiento ${c.nOrder()}, entrega prevista el ${c.nDate()}.`,
      }),
  },
  {
    key: 'neg_ci_log',
    negative: true,
    build: (c) =>
      T`${c.nTs()} [runner ${c.nUuid()}] checkout ${c.nSha()}
${c.nTs()} node ${c.nVersion(false)}, npm ${c.nVersion(false)}, image build ${c.nVersion(true)}
${c.nTs()} cache key ${N('sha', c.r.chars(64, HEX))}
${c.nTs()} tests: 1482 passed, 3 skipped (${c.r.int(40, 400)} s)
${c.nTs()} artifact ${c.nUuid()}.tar.gz uploaded`,
  },
  {
    key: 'neg_bookshop',
    negative: true,
    build: (c) =>
      by(c, {
        en: () =>
          T`Staff picks for ${c.nName('month')}: "The Salt Road" (ISBN ${c.nIsbn()}, ${c.nPrice()}) and "Winter Harbour" (ISBN ${c.nIsbn()}). Book club meets ${c.nDate()} at our ${c.nName('place')} store.`,
        de: () =>
          T`Buchtipps im ${c.nName('month')}: „Das Salz der Küste" (ISBN ${c.nIsbn()}, ${c.nPrice()}) und „Nordlicht" (ISBN ${c.nIsbn()}). Lesekreis am ${c.nDate()} in der Filiale ${c.nName('place')}.`,
        fr: () =>
          T`Coups de cœur du mois de ${c.nName('month')} : « La Route du sel » (ISBN ${c.nIsbn()}, ${c.nPrice()}) et « Port d'hiver » (ISBN ${c.nIsbn()}). Club de lecture le ${c.nDate()}.`,
        es: () =>
          T`Recomendaciones de ${c.nName('month')}: «El camino de la sal» (ISBN ${c.nIsbn()}, ${c.nPrice()}) y «Puerto de invierno» (ISBN ${c.nIsbn()}). Club de lectura el ${c.nDate()}.`,
      }),
  },
  {
    key: 'neg_payment_help',
    negative: true,
    build: (c) =>
      by(c, {
        en: () =>
          T`FAQ: why was my transfer rejected? The IBAN ${c.nIban()} fails the check-digit test, so the bank returned it on ${c.nDate()}. Test card ${c.nCard()} is also declined. Reference ${c.nOrder()}.`,
        de: () =>
          T`Häufige Frage: Warum wurde die Überweisung abgelehnt? Die IBAN ${c.nIban()} hat eine falsche Prüfziffer. Bitte prüfen Sie die Angaben; Vorgang ${c.nOrder()} vom ${c.nDate()}.`,
        fr: () =>
          T`FAQ : pourquoi mon virement est-il rejeté ? L'IBAN ${c.nIban()} a une clé de contrôle erronée. Dossier ${c.nOrder()} du ${c.nDate()}, frais ${c.nPrice()}.`,
        es: () =>
          T`Preguntas frecuentes: ¿por qué se devolvió la transferencia? El IBAN ${c.nIban()} tiene los dígitos de control incorrectos. Operación ${c.nOrder()} del ${c.nDate()}.`,
      }),
  },
  {
    key: 'neg_council',
    negative: true,
    build: (c) =>
      by(c, {
        en: () =>
          T`Council agenda, ${c.nDate()}: 1) resurfacing of ${c.nName('place')} (${c.nPrice()}); 2) ${c.nName('month')} farmers' market at ${c.nName('place')}; 3) contract with ${c.nName('company')}.`,
        de: () =>
          T`Tagesordnung Gemeinderat ${c.nDate()}: 1. Sanierung ${c.nName('place')} (${c.nPrice()}), 2. Wochenmarkt im ${c.nName('month')}, 3. Vertrag mit ${c.nName('company')}.`,
        fr: () =>
          T`Ordre du jour du conseil municipal du ${c.nDate()} : 1. Réfection de ${c.nName('place')} (${c.nPrice()}) ; 2. Marché du mois de ${c.nName('month')} ; 3. Convention avec ${c.nName('company')}.`,
        es: () =>
          T`Orden del día del pleno del ${c.nDate()}: 1. Reforma de ${c.nName('place')} (${c.nPrice()}); 2. Mercadillo de ${c.nName('month')}; 3. Contrato con ${c.nName('company')}.`,
      }),
  },
  {
    key: 'neg_warehouse',
    negative: true,
    build: (c) =>
      T`SKU;lot;pallet;qty;unit_price;received
${c.nOrder()};${c.nUuid()};${c.nCard()};${c.r.int(1, 400)};${c.nPrice()};${c.nTs()}
${c.nOrder()};${c.nUuid()};${c.nCard()};${c.r.int(1, 400)};${c.nPrice()};${c.nTs()}`,
  },
  {
    key: 'neg_sports',
    negative: true,
    build: (c) => {
      const clubs = c.pickL({
        en: [['Arsenal', 'Celtic', 'Leeds United', 'Shamrock Rovers']],
        de: [['Bayern München', 'Rapid Wien', 'FC Basel', 'Werder Bremen']],
        fr: [['Olympique Lyonnais', 'Standard de Liège', 'Servette', 'CF Montréal']],
        es: [['Real Betis', 'Athletic Club', 'Club América', 'Tigres']],
      });
      const [a, b, x, y] = [clubs[0]!, clubs[1]!, clubs[2]!, clubs[3]!];
      return T`${N('not_name', a)} ${c.r.int(0, 4)}–${c.r.int(0, 4)} ${N('not_name', b)} (${c.nDate()}), ${N('not_name', x)} ${c.r.int(0, 4)}–${c.r.int(0, 4)} ${N('not_name', y)}. ${by(c, { en: () => 'Tickets from', de: () => 'Karten ab', fr: () => 'Billets dès', es: () => 'Entradas desde' })} ${c.nPrice()}, ${c.nName('brand')} Arena.`;
    },
  },
  {
    key: 'neg_change',
    negative: true,
    build: (c) =>
      by(c, {
        en: () =>
          T`Change request ${c.nOrder()}: upgrade firmware from release ${c.nVersion(true)} to ${c.nVersion(true)} on ${c.nDate()}. Rollback tag ${c.nSha()}. Window starts at epoch ${N('timestamp', String(1760000000 + c.r.int(0, 9000000)))}.`,
        de: () =>
          T`Änderungsantrag ${c.nOrder()}: Firmware-Update von Version ${c.nVersion(true)} auf ${c.nVersion(true)} am ${c.nDate()}. Rückfall-Commit ${c.nSha()}, Wartungsfenster ab ${c.nTs()}.`,
        fr: () =>
          T`Demande de changement ${c.nOrder()} : passage du firmware de la version ${c.nVersion(true)} à ${c.nVersion(true)} le ${c.nDate()}. Commit de retour arrière ${c.nSha()}.`,
        es: () =>
          T`Solicitud de cambio ${c.nOrder()}: actualizar el firmware de la versión ${c.nVersion(true)} a la ${c.nVersion(true)} el ${c.nDate()}. Commit de reversión ${c.nSha()}.`,
      }),
  },
  {
    key: 'neg_form_ids',
    negative: true,
    build: (c) =>
      by(c, {
        en: () =>
          T`Form W-7 sample (do not use): ITIN ${c.nSsn()}, reference ${c.nSsn()}. Invalid test values such as ${c.nSsn()} are rejected by the validator. Batch ${c.nUuid()}.`,
        de: () =>
          T`Testdaten für das Formular (ungültig): Referenz ${c.nSsn()}, Kontrollnummer ${c.nSsn()}, Karte ${c.nCard()}, IBAN ${c.nIban()}.`,
        fr: () =>
          T`Jeu d'essai du formulaire (valeurs invalides) : référence ${c.nSsn()}, carte ${c.nCard()}, IBAN ${c.nIban()}, lot ${c.nUuid()}.`,
        es: () =>
          T`Datos de prueba del formulario (no válidos): referencia ${c.nSsn()}, tarjeta ${c.nCard()}, IBAN ${c.nIban()}, lote ${c.nUuid()}.`,
      }),
  },
  {
    key: 'neg_travel',
    negative: true,
    build: (c) =>
      by(c, {
        en: () =>
          T`Travel advisory: strikes at ${c.nName('brand')} expected from ${c.nDate()} to ${c.nDate()}. Trains to ${c.nName('place')} run every 30 minutes; fares from ${c.nPrice()}. Updated ${c.nTs()}.`,
        de: () =>
          T`Reisehinweis: Streik bei ${c.nName('brand')} vom ${c.nDate()} bis ${c.nDate()}. Ersatzbusse ab ${c.nName('place')}, Fahrpreis ${c.nPrice()}. Stand: ${c.nTs()}.`,
        fr: () =>
          T`Info trafic : grève ${c.nName('brand')} du ${c.nDate()} au ${c.nDate()}. Navettes depuis ${c.nName('place')}, tarif ${c.nPrice()}. Mise à jour ${c.nTs()}.`,
        es: () =>
          T`Aviso de viaje: huelga en ${c.nName('brand')} del ${c.nDate()} al ${c.nDate()}. Autobuses desde ${c.nName('place')}, tarifa ${c.nPrice()}. Actualizado: ${c.nTs()}.`,
      }),
  },
  {
    key: 'neg_recall',
    negative: true,
    build: (c) =>
      by(c, {
        en: () =>
          T`Product recall: ${c.nName('brand')} kettles, batch ${c.nOrder()}, sold between ${c.nDate()} and ${c.nDate()} for ${c.nPrice()}. Serial numbers ${c.nCard()} to ${c.nCard()} are affected. Firmware ${c.nVersion(true)} fixes the issue.`,
        de: () =>
          T`Produktrückruf: Wasserkocher von ${c.nName('brand')}, Charge ${c.nOrder()}, verkauft vom ${c.nDate()} bis ${c.nDate()} zu ${c.nPrice()}. Seriennummern ${c.nCard()} bis ${c.nCard()}.`,
        fr: () =>
          T`Rappel produit : bouilloires ${c.nName('brand')}, lot ${c.nOrder()}, vendues entre le ${c.nDate()} et le ${c.nDate()} (${c.nPrice()}). Numéros de série ${c.nCard()} à ${c.nCard()}.`,
        es: () =>
          T`Retirada de producto: hervidores ${c.nName('brand')}, lote ${c.nOrder()}, vendidos entre el ${c.nDate()} y el ${c.nDate()} por ${c.nPrice()}. Números de serie ${c.nCard()} a ${c.nCard()}.`,
      }),
  },
];

// ---------------------------------------------------------------- assembly

export const HELDOUT4_TEMPLATES: readonly string[] = [...POSITIVE, ...NEGATIVE].map((t) => t.key);

function assemble(parts: readonly Part[]): {
  text: string;
  entities: Heldout4Span[];
  negatives: { kind: string; start: number; end: number }[];
} {
  let text = '';
  const entities: Heldout4Span[] = [];
  const negatives: { kind: string; start: number; end: number }[] = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      text += p;
      continue;
    }
    const start = text.length;
    text += p.v;
    if (p.k === 'e')
      entities.push(
        p.source === undefined
          ? { type: p.type, start, end: text.length }
          : { type: p.type, start, end: text.length, source: p.source },
      );
    else negatives.push({ kind: p.kind, start, end: text.length });
  }
  return { text, entities, negatives };
}

/** Share of texts drawn from the hard-negative templates. */
const NEGATIVE_SHARE = 0.18;

/** ~n texts, a quarter per language; deterministic for a given seed. */
export function generateHeldout4(n = 2000, seed = 20261203): HeldoutRecord[] {
  const out: HeldoutRecord[] = [];
  const turn = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const lang = LANGS[i % LANGS.length]!;
    const r = new Rng(seed + i * 7919);
    const country = r.pick(COUNTRIES[lang]);
    FAKERS[country].seed(seed + i);
    const c = new Ctx(lang, country, r);
    const neg = r.chance(NEGATIVE_SHARE);
    const pool = (neg ? NEGATIVE : POSITIVE).filter(
      (t) => t.langs === undefined || t.langs.includes(lang),
    );
    // Round robin over the language's templates, so that every template gets its share.
    const key = `${lang}:${neg ? 'neg' : 'pos'}`;
    const k = turn.get(key) ?? 0;
    turn.set(key, k + 1);
    const tpl = pool[k % pool.length]!;
    const { text, entities, negatives } = assemble(flat(tpl.build(c)));
    if (neg && entities.length > 0)
      throw new Error(`negative template ${tpl.key} produced entities`);
    out.push({ id: `h4-${i}`, lang, template: `${lang}:${tpl.key}`, text, entities, negatives });
  }
  return out;
}
