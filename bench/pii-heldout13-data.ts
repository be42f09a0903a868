/**
 * Generator for `bench/pii-heldout13.ts`: a blind held-out set written from the developer corpus
 * README's labelling conventions only. Genres: the working life of a software and data team and
 * the people around it (git, code review, trackers, on-call, Sentry, chat exports, CSV exports,
 * infrastructure files, shell history, SQL, logs, CRM, HR/recruiting, expenses, vendors, invoices,
 * events, press, podcasts, reviews, e-commerce, deliveries, health and memberships). Texts in
 * English, German, French and Spanish; values from our own seeded PRNG plus @faker-js/faker name,
 * street lists (fixed seeds). Offsets are recorded while each text is assembled.
 */
import {
  fakerDE,
  fakerDE_AT,
  fakerDE_CH,
  fakerEN_AU,
  fakerEN_GB,
  fakerEN_IE,
  fakerEN_US,
  fakerES,
  fakerES_MX,
  fakerFR,
  fakerFR_BE,
  fakerFR_CH,
  type Faker,
} from '@faker-js/faker';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import type { HeldoutRecord, Lang } from './pii-heldout-data.js';

export interface Heldout13Span extends Span {
  /** On PERSON spans: `listed` = name from faker's lists, `invented` = built from syllables. */
  readonly source?: 'listed' | 'invented';
}

export interface Heldout13Record extends HeldoutRecord {
  readonly entities: Heldout13Span[];
}

const LANG_ORDER: readonly Lang[] = ['en', 'de', 'fr', 'es'];

// ---------------------------------------------------------------- PRNG

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- pieces

interface Ent {
  readonly k: 'e';
  readonly type: string;
  readonly v: string;
  readonly source?: 'listed' | 'invented';
}
interface Neg {
  readonly k: 'n';
  readonly kind: string;
  readonly v: string;
}
type Piece = string | number | Ent | Neg | readonly Piece[];

function E(type: string, v: string, source?: 'listed' | 'invented'): Ent {
  return source ? { k: 'e', type, v, source } : { k: 'e', type, v };
}
function N(kind: string, v: string): Neg {
  return { k: 'n', kind, v };
}

/** Tagged template: keeps entity and negative markers in place, offsets come at assembly. */
function t(strs: TemplateStringsArray, ...vals: Piece[]): Piece[] {
  const out: Piece[] = [];
  strs.forEach((s, i) => {
    out.push(s);
    if (i < vals.length) out.push(vals[i]!);
  });
  return out;
}

/** Joins pieces with a separator (a list of rows, of names …). */
function join(items: readonly Piece[], sep: string): Piece[] {
  const out: Piece[] = [];
  items.forEach((it, i) => {
    if (i > 0) out.push(sep);
    out.push(it);
  });
  return out;
}

interface Assembled {
  text: string;
  entities: Heldout13Span[];
  negatives: { kind: string; start: number; end: number }[];
}

function assemble(root: Piece): Assembled {
  const chunks: string[] = [];
  let len = 0;
  const entities: Heldout13Span[] = [];
  const negatives: { kind: string; start: number; end: number }[] = [];
  const walk = (p: Piece): void => {
    if (typeof p === 'string' || typeof p === 'number') {
      const s = String(p);
      chunks.push(s);
      len += s.length;
      return;
    }
    if (Array.isArray(p)) {
      for (const q of p as readonly Piece[]) walk(q);
      return;
    }
    const m = p as Ent | Neg;
    if (m.v.length === 0 || m.v.trim() !== m.v)
      throw new Error(`bad span value ${JSON.stringify(m.v)}`);
    const start = len;
    chunks.push(m.v);
    len += m.v.length;
    if (m.k === 'e') {
      entities.push(
        m.source
          ? { type: m.type, start, end: len, source: m.source }
          : { type: m.type, start, end: len },
      );
    } else {
      negatives.push({ kind: m.kind, start, end: len });
    }
  };
  walk(root);
  return { text: chunks.join(''), entities, negatives };
}

// ---------------------------------------------------------------- countries, fakers, lists

type Country = 'US' | 'GB' | 'AU' | 'IE' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'ES' | 'MX';

const COUNTRY_MIX: Record<Lang, readonly (readonly [Country, number])[]> = {
  en: [
    ['US', 4],
    ['GB', 3],
    ['AU', 2],
    ['IE', 2],
  ],
  de: [
    ['DE', 5],
    ['AT', 3],
    ['CH', 2],
  ],
  fr: [
    ['FR', 5],
    ['BE', 3],
    ['CH', 2],
  ],
  es: [
    ['ES', 6],
    ['MX', 4],
  ],
};

type LocaleKey = Country | 'CHfr';

const FAKERS: Record<LocaleKey, Faker> = {
  US: fakerEN_US,
  GB: fakerEN_GB,
  AU: fakerEN_AU,
  IE: fakerEN_IE,
  DE: fakerDE,
  AT: fakerDE_AT,
  CH: fakerDE_CH,
  CHfr: fakerFR_CH,
  FR: fakerFR,
  BE: fakerFR_BE,
  ES: fakerES,
  MX: fakerES_MX,
};

function localeKey(country: Country, lang: Lang): LocaleKey {
  return country === 'CH' && lang === 'fr' ? 'CHfr' : country;
}

const NAME_OK = /^\p{Lu}[\p{L}' .-]*\p{Ll}$/u;

interface NameLists {
  first: string[];
  last: string[];
}

const nameListCache = new Map<LocaleKey, NameLists>();

function nameLists(key: LocaleKey): NameLists {
  const hit = nameListCache.get(key);
  if (hit) return hit;
  const person = (
    FAKERS[key].definitions as unknown as {
      person?: {
        first_name?: { generic?: string[]; female?: string[]; male?: string[] };
        last_name?: { generic?: string[]; female?: string[]; male?: string[] };
      };
    }
  ).person;
  const fn = person?.first_name ?? {};
  const ln = person?.last_name ?? {};
  const uniq = (xs: string[]): string[] =>
    [...new Set(xs)].filter((x) => NAME_OK.test(x) && x.length >= 2 && x.length <= 24).sort();
  const lists = {
    first: uniq([...(fn.generic ?? []), ...(fn.female ?? []), ...(fn.male ?? [])]),
    last: uniq([...(ln.generic ?? []), ...(ln.female ?? []), ...(ln.male ?? [])]),
  };
  if (lists.first.length < 20 || lists.last.length < 20) throw new Error(`thin name list ${key}`);
  nameListCache.set(key, lists);
  return lists;
}

const ALL_LISTED = new Set<string>();
function allListed(): Set<string> {
  if (ALL_LISTED.size === 0) {
    for (const k of Object.keys(FAKERS) as LocaleKey[]) {
      const l = nameLists(k);
      for (const x of l.first) ALL_LISTED.add(x.toLowerCase());
      for (const x of l.last) ALL_LISTED.add(x.toLowerCase());
    }
  }
  return ALL_LISTED;
}

// Syllables for invented names, per language.
const SYL: Record<Lang, { f1: string[]; f2: string[]; l1: string[]; l2: string[] }> = {
  en: {
    f1: [
      'Bren',
      'Cor',
      'Dal',
      'Ell',
      'Fen',
      'Gar',
      'Hal',
      'Jor',
      'Kel',
      'Lor',
      'Mar',
      'Nel',
      'Ros',
      'Tam',
      'Wil',
      'Ash',
      'Bry',
    ],
    f2: ['an', 'en', 'ia', 'ette', 'ric', 'wyn', 'ley', 'ton', 'a', 'issa', 'den', 'ora'],
    l1: [
      'Ash',
      'Black',
      'Brad',
      'Cald',
      'Dun',
      'Fair',
      'Hart',
      'Kings',
      'Marl',
      'Pem',
      'Red',
      'Stan',
      'Thorn',
      'Wester',
      'Whit',
      'Hollo',
      'Craw',
    ],
    l2: [
      'ford',
      'wick',
      'ley',
      'ton',
      'more',
      'bury',
      'field',
      'well',
      'by',
      'stead',
      'combe',
      'ridge',
    ],
  },
  de: {
    f1: [
      'Al',
      'Ber',
      'Dit',
      'Ger',
      'Hel',
      'Ing',
      'Kun',
      'Lud',
      'Mech',
      'Ort',
      'Rein',
      'Sieg',
      'Ul',
      'Wend',
      'Hil',
      'Gun',
    ],
    f2: [
      'mar',
      'trud',
      'wig',
      'hild',
      'bert',
      'run',
      'gard',
      'win',
      'lind',
      'mut',
      'frieda',
      'rich',
    ],
    l1: [
      'Ast',
      'Bren',
      'Dorn',
      'Eck',
      'Falk',
      'Grun',
      'Hoh',
      'Kess',
      'Lind',
      'Merz',
      'Ost',
      'Reb',
      'Schell',
      'Trau',
      'Wald',
      'Zieg',
    ],
    l2: [
      'inger',
      'mann',
      'hofer',
      'bichler',
      'ecker',
      'ner',
      'berger',
      'huber',
      'meier',
      'rath',
      'städt',
      'wanger',
    ],
  },
  fr: {
    f1: [
      'Al',
      'Ber',
      'Cla',
      'Ga',
      'Jo',
      'Lau',
      'Ma',
      'Mé',
      'Ro',
      'Sé',
      'Thé',
      'Vi',
      'Ar',
      'Do',
      'Éli',
      'Flo',
    ],
    f2: [
      'line',
      'ric',
      'bert',
      'ndine',
      'elle',
      'ance',
      'xime',
      'lie',
      'tienne',
      'ris',
      'zélie',
      'nor',
    ],
    l1: [
      'Beau',
      'Bel',
      'Char',
      'Des',
      'Dupr',
      'Fon',
      'Lam',
      'Mal',
      'Mor',
      'Per',
      'Ro',
      'Ver',
      'Vil',
      'Gar',
      'Bou',
      'Sau',
    ],
    l2: [
      'champ',
      'eau',
      'vallon',
      'mont',
      'ignac',
      'ier',
      'teuil',
      'rand',
      'ssac',
      'quet',
      'lière',
      'bertin',
    ],
  },
  es: {
    f1: [
      'Al',
      'Be',
      'Ca',
      'Do',
      'Es',
      'Fe',
      'Gra',
      'Is',
      'Lu',
      'Ma',
      'Ne',
      'Ro',
      'Sa',
      'Ti',
      'Ve',
      'Xi',
    ],
    f2: [
      'ndra',
      'rcio',
      'lina',
      'sario',
      'nito',
      'mira',
      'belia',
      'riano',
      'lvina',
      'ldo',
      'rena',
      'mundo',
    ],
    l1: [
      'Al',
      'Bar',
      'Cas',
      'Es',
      'Gar',
      'Lo',
      'Mon',
      'Ol',
      'Pa',
      'Ri',
      'Sal',
      'Tor',
      'Val',
      'Ver',
      'Za',
      'Qui',
    ],
    l2: [
      'cedo',
      'derrama',
      'tañeda',
      'vira',
      'rega',
      'tilla',
      'monte',
      'ribas',
      'gueras',
      'lverde',
      'zábal',
      'roga',
    ],
  },
};

const PARTICLES: Record<Lang, string[]> = {
  en: ['van der', 'De', 'da', 'van'],
  de: ['von', 'van der', 'von der', 'zu', 'van'],
  fr: ['de', 'du', 'de la', 'Le', 'da'],
  es: ['de', 'del', 'de la', 'de los'],
};

interface City {
  readonly city: string;
  readonly region?: string;
  readonly pc: (r: Rng) => string;
}

const d = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(r() * 10));
  return s;
};
const pad = (x: number, n: number): string => String(x).padStart(n, '0');
const between = (r: Rng, a: number, b: number): number => a + Math.floor(r() * (b - a + 1));
const UKL = 'ABDEFGHJLNPQRSTUWXY';
const ukIn = (r: Rng): string =>
  `${between(r, 1, 9)}${UKL[between(r, 0, 18)]}${UKL[between(r, 0, 18)]}`;
const EIR = 'ACDEFHKNPRTVWXY0123456789';
const eir = (r: Rng): string =>
  `${EIR[between(r, 0, 14)]}${EIR[between(r, 15, 24)]}${EIR[between(r, 0, 24)]}${EIR[between(r, 0, 24)]}`;

const CITIES: Record<LocaleKey, City[]> = {
  US: [
    { city: 'Portland', region: 'OR', pc: (r) => `972${d(r, 2)}` },
    { city: 'Austin', region: 'TX', pc: (r) => `787${d(r, 2)}` },
    { city: 'Denver', region: 'CO', pc: (r) => `802${d(r, 2)}` },
    { city: 'Columbus', region: 'OH', pc: (r) => `432${d(r, 2)}` },
    { city: 'Raleigh', region: 'NC', pc: (r) => `276${d(r, 2)}` },
    { city: 'Madison', region: 'WI', pc: (r) => `537${d(r, 2)}` },
    { city: 'Tucson', region: 'AZ', pc: (r) => `857${d(r, 2)}` },
    { city: 'Boise', region: 'ID', pc: (r) => `837${d(r, 2)}` },
    { city: 'Savannah', region: 'GA', pc: (r) => `314${d(r, 2)}` },
    { city: 'Brooklyn', region: 'NY', pc: (r) => `112${d(r, 2)}` },
  ],
  GB: [
    {
      city: 'London',
      pc: (r) =>
        `${['SW1A', 'EC2A', 'N1', 'SE1', 'E14', 'W1D', 'NW3'][between(r, 0, 6)]} ${ukIn(r)}`,
    },
    { city: 'Manchester', pc: (r) => `M${between(r, 1, 20)} ${ukIn(r)}` },
    { city: 'Leeds', pc: (r) => `LS${between(r, 1, 17)} ${ukIn(r)}` },
    { city: 'Bristol', pc: (r) => `BS${between(r, 1, 16)} ${ukIn(r)}` },
    { city: 'Edinburgh', pc: (r) => `EH${between(r, 1, 17)} ${ukIn(r)}` },
    { city: 'Cardiff', pc: (r) => `CF${between(r, 10, 24)} ${ukIn(r)}` },
  ],
  IE: [
    { city: 'Dublin 2', pc: (r) => `D02 ${eir(r)}` },
    { city: 'Dublin 8', pc: (r) => `D08 ${eir(r)}` },
    { city: 'Cork', pc: (r) => `T12 ${eir(r)}` },
    { city: 'Galway', pc: (r) => `H91 ${eir(r)}` },
    { city: 'Limerick', pc: (r) => `V94 ${eir(r)}` },
  ],
  AU: [
    { city: 'Sydney', region: 'NSW', pc: (r) => `20${d(r, 2)}` },
    { city: 'Melbourne', region: 'VIC', pc: (r) => `30${d(r, 2)}` },
    { city: 'Brisbane', region: 'QLD', pc: (r) => `40${d(r, 2)}` },
    { city: 'Perth', region: 'WA', pc: (r) => `60${d(r, 2)}` },
    { city: 'Adelaide', region: 'SA', pc: (r) => `50${d(r, 2)}` },
    { city: 'Hobart', region: 'TAS', pc: (r) => `70${d(r, 2)}` },
  ],
  DE: [
    { city: 'Berlin', pc: (r) => `1${between(r, 0, 4)}${d(r, 3)}` },
    { city: 'Hamburg', pc: (r) => `2${between(r, 0, 2)}${d(r, 3)}` },
    { city: 'München', pc: (r) => `8${between(r, 0, 1)}${d(r, 3)}` },
    { city: 'Köln', pc: (r) => `50${between(r, 6, 9)}${d(r, 2)}` },
    { city: 'Leipzig', pc: (r) => `04${between(r, 1, 3)}${d(r, 2)}` },
    { city: 'Frankfurt am Main', pc: (r) => `60${between(r, 3, 5)}${d(r, 2)}` },
    { city: 'Stuttgart', pc: (r) => `70${between(r, 1, 6)}${d(r, 2)}` },
    { city: 'Dresden', pc: (r) => `01${between(r, 0, 3)}${d(r, 2)}` },
    { city: 'Bremen', pc: (r) => `28${between(r, 1, 3)}${d(r, 2)}` },
  ],
  AT: [
    { city: 'Wien', pc: (r) => `1${pad(between(r, 1, 23), 2)}0` },
    { city: 'Graz', pc: (r) => `80${between(r, 1, 5)}0` },
    { city: 'Linz', pc: (r) => `40${between(r, 2, 4)}0` },
    { city: 'Salzburg', pc: (r) => `50${between(r, 2, 3)}0` },
    { city: 'Innsbruck', pc: (r) => `60${between(r, 2, 3)}0` },
  ],
  CH: [
    { city: 'Zürich', pc: (r) => `80${pad(between(r, 1, 57), 2)}` },
    { city: 'Bern', pc: (r) => `30${pad(between(r, 1, 27), 2)}` },
    { city: 'Basel', pc: (r) => `40${pad(between(r, 1, 59), 2)}` },
    { city: 'Luzern', pc: (r) => `600${between(r, 2, 6)}` },
    { city: 'Winterthur', pc: (r) => `84${pad(between(r, 0, 11), 2)}` },
  ],
  CHfr: [
    { city: 'Genève', pc: (r) => `12${pad(between(r, 1, 9), 2)}` },
    { city: 'Lausanne', pc: (r) => `10${pad(between(r, 3, 18), 2)}` },
    { city: 'Neuchâtel', pc: (r) => `200${between(r, 0, 8)}` },
    { city: 'Fribourg', pc: (r) => `170${between(r, 0, 8)}` },
    { city: 'Sion', pc: () => '1950' },
  ],
  FR: [
    { city: 'Paris', pc: (r) => `750${pad(between(r, 1, 20), 2)}` },
    { city: 'Lyon', pc: (r) => `6900${between(r, 1, 9)}` },
    { city: 'Marseille', pc: (r) => `130${pad(between(r, 1, 16), 2)}` },
    {
      city: 'Toulouse',
      pc: (r) => `3${['1000', '1100', '1200', '1300', '1400', '1500'][between(r, 0, 5)]}`,
    },
    { city: 'Nantes', pc: (r) => `4400${between(r, 0, 3)}` },
    { city: 'Lille', pc: (r) => `590${between(r, 0, 4)}0` },
    { city: 'Bordeaux', pc: (r) => `3300${between(r, 0, 2)}` },
    { city: 'Strasbourg', pc: (r) => `6700${between(r, 0, 2)}` },
  ],
  BE: [
    { city: 'Bruxelles', pc: () => '1000' },
    { city: 'Ixelles', pc: () => '1050' },
    { city: 'Liège', pc: (r) => `40${between(r, 0, 3)}0` },
    { city: 'Namur', pc: (r) => `50${between(r, 0, 2)}0` },
    { city: 'Charleroi', pc: (r) => `60${between(r, 0, 4)}0` },
    { city: 'Mons', pc: () => '7000' },
  ],
  ES: [
    { city: 'Madrid', pc: (r) => `280${pad(between(r, 1, 55), 2)}` },
    { city: 'Barcelona', pc: (r) => `080${pad(between(r, 1, 42), 2)}` },
    { city: 'Valencia', pc: (r) => `460${pad(between(r, 1, 26), 2)}` },
    { city: 'Sevilla', pc: (r) => `410${pad(between(r, 1, 20), 2)}` },
    { city: 'Bilbao', pc: (r) => `480${pad(between(r, 1, 15), 2)}` },
    { city: 'Zaragoza', pc: (r) => `500${pad(between(r, 1, 18), 2)}` },
    { city: 'Málaga', pc: (r) => `290${pad(between(r, 1, 18), 2)}` },
  ],
  MX: [
    { city: 'Ciudad de México', region: 'CDMX', pc: (r) => `0${between(r, 1, 9)}${d(r, 3)}` },
    { city: 'Guadalajara', region: 'Jal.', pc: (r) => `44${d(r, 3)}` },
    { city: 'Monterrey', region: 'N.L.', pc: (r) => `64${d(r, 3)}` },
    { city: 'Puebla', region: 'Pue.', pc: (r) => `72${d(r, 3)}` },
    { city: 'Mérida', region: 'Yuc.', pc: (r) => `97${d(r, 3)}` },
  ],
};

const OWN_STREETS: Partial<Record<LocaleKey, string[]>> = {
  ES: [
    'Calle Mayor',
    'Calle de Alcalá',
    'Avenida de la Constitución',
    'Paseo de Gracia',
    'Calle Sierpes',
    'Gran Vía',
    'Calle Larios',
    'Calle del Pez',
    'Calle de Colón',
    'Ronda de Valencia',
  ],
  MX: [
    'Av. Insurgentes Sur',
    'Calle Durango',
    'Av. Chapultepec',
    'Calle Hidalgo',
    'Av. Vallarta',
    'Calle Morelos',
    'Av. Constitución',
  ],
  US: [
    'Oak Street',
    'Maple Ave',
    'Cedar Lane',
    'Hawthorne Blvd',
    'Pine St',
    'Lakeview Drive',
    'Elm Court',
  ],
  GB: ['High Street', 'Church Road', 'Station Road', 'Victoria Road', 'Mill Lane', 'Park Avenue'],
  DE: ['Hauptstraße', 'Bahnhofstraße', 'Lindenallee', 'Schillerstraße', 'Gartenweg', 'Am Markt'],
  FR: [
    'rue de la République',
    'avenue des Ternes',
    'boulevard Voltaire',
    'rue du Faubourg Saint-Antoine',
    'rue des Lilas',
    'place du Marché',
  ],
};
const MX_COLONIAS = [
  'Juárez',
  'Roma Norte',
  'Condesa',
  'Centro',
  'Del Valle',
  'Polanco',
  'Americana',
  'Obispado',
];

// Company names with no person name in them.
const COMPANIES: readonly (readonly [string, string])[] = [
  ['Northwind Labs', 'northwind-labs.io'],
  ['Brightlane Analytics', 'brightlane.ai'],
  ['Quarry Data', 'quarrydata.com'],
  ['Tidewater Systems', 'tidewater.systems'],
  ['Bluefern Software', 'bluefern.dev'],
  ['Kestrel Cloud', 'kestrelcloud.net'],
  ['Larchwood Retail', 'larchwood-shop.com'],
  ['Saltmarsh Health', 'saltmarsh-health.org'],
  ['Copperleaf Payments', 'copperleaf.app'],
  ['Ironbridge Logistics', 'ironbridge-logistics.eu'],
  ['Meridian Ops', 'meridianops.io'],
  ['Greenhollow Foods', 'greenhollow.shop'],
  ['Stonecrop Studio', 'stonecrop.studio'],
  ['Halcyon Fitness', 'halcyon-fit.com'],
  ['Nimbus Desk', 'nimbusdesk.co'],
  ['Pinecrest Pharmacy', 'pinecrest-apotheke.de'],
];

const MAIL_DOMAINS: Record<Country, string[]> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me'],
  GB: ['gmail.com', 'btinternet.com', 'outlook.co.uk', 'sky.com'],
  AU: ['gmail.com', 'bigpond.com', 'optusnet.com.au'],
  IE: ['gmail.com', 'eircom.net', 'outlook.ie'],
  DE: ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'mailbox.org'],
  AT: ['gmx.at', 'aon.at', 'chello.at'],
  CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'proton.me'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'gmail.com'],
  BE: ['skynet.be', 'telenet.be', 'proximus.be'],
  ES: ['gmail.com', 'hotmail.es', 'telefonica.net', 'outlook.es'],
  MX: ['gmail.com', 'hotmail.com', 'prodigy.net.mx', 'outlook.com'],
};

// ---------------------------------------------------------------- checksums

function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return (10 - (sum % 10)) % 10;
}

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dd of v) rem = (rem * 10 + Number(dd)) % 97;
  }
  return rem;
}

function ibanWithCheck(cc: string, bban: string): string {
  const check = 98 - mod97(`${bban}${cc}00`);
  return `${cc}${pad(check, 2)}${bban}`;
}

function groupIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

// ---------------------------------------------------------------- context

type Form =
  | 'full'
  | 'first'
  | 'last'
  | 'lastComma'
  | 'upperLast'
  | 'initial'
  | 'middle'
  | 'lower'
  | 'lowerFull'
  | 'initials';

interface Person {
  readonly first: string;
  readonly last: string;
  readonly middle?: string;
  readonly source: 'listed' | 'invented';
  readonly country: Country;
}

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

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B64 = `${ALNUM}+/`;
const B64URL = `${ALNUM}-_`;

function b64url(s: string): string {
  return Buffer.from(s, 'utf8')
    .toString('base64')
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

function deaccent(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const NOT_NAMES: Record<string, string[]> = {
  software: [
    'Jenkins',
    'Ruby',
    'Julia',
    'Django',
    'Flask',
    'Pandas',
    'Hugo',
    'Jekyll',
    'Gatsby',
    'Kafka',
    'Cassandra',
    'Ansible',
    'Grafana',
    'Sentry',
    'Airflow',
    'Dask',
    'Rails',
    'Elixir',
    'Laravel',
    'Symfony',
    'Mercurial',
    'Helm',
  ],
  ai: [
    'Claude',
    'Gemini',
    'Mistral',
    'Llama',
    'Falcon',
    'Grok',
    'Copilot',
    'Alexa',
    'Siri',
    'Cortana',
  ],
  bot: ['Dependabot', 'Renovate', 'Marvin', 'Jarvis', 'Hubot', 'Mergify', 'Otto'],
  brand: [
    'Tesla',
    'Ferrari',
    'Porsche',
    'Dyson',
    'Mercedes',
    'Ford',
    'Chanel',
    'Dior',
    'Boeing',
    'Siemens',
    'Bosch',
    'Philips',
    'Disney',
    'Hilton',
    'Marriott',
    'Kellogg',
  ],
  place: [
    'Victoria',
    'Florence',
    'Charlotte',
    'Santiago',
    'Lourdes',
    'Augusta',
    'Adelaide',
    'Georgetown',
    'San José',
    'Saint-Étienne',
    'Sydney',
    'Austin',
    'Jackson',
    'Paris',
  ],
  codename: [
    'Athena',
    'Orion',
    'Apollo',
    'Hermes',
    'Odin',
    'Freya',
    'Atlas',
    'Luna',
    'Aurora',
    'Phoenix',
    'Juno',
  ],
  room: ['Curie', 'Turing', 'Lovelace', 'Hopper', 'Noether', 'Meitner', 'Tesla', 'Darwin'],
};
const NOT_NAME_LANG: Record<Lang, Record<string, string[]>> = {
  en: {
    month: ['April', 'June', 'May', 'August'],
    institution: ['Johns Hopkins', 'Max Planck Institute', 'Wellcome Trust', 'Carnegie Mellon'],
    street: ['Baker Street', 'Abbey Road', 'Grafton Street', 'George Street'],
  },
  de: {
    month: ['April', 'Juni', 'Mai', 'August'],
    institution: [
      'Max-Planck-Institut',
      'Goethe-Institut',
      'Fraunhofer',
      'Humboldt-Universität',
      'Robert-Koch-Institut',
    ],
    street: ['Karl-Marx-Allee', 'Friedrichstraße', 'Mariahilfer Straße', 'Goethestraße'],
  },
  fr: {
    month: ['Avril', 'Juin', 'Août'],
    institution: ['Institut Pasteur', 'Sorbonne', 'Lycée Victor-Hugo', 'Fondation Jean-Jaurès'],
    street: ['avenue Victor-Hugo', 'boulevard Haussmann', 'rue Émile-Zola', 'avenue Jean-Jaurès'],
  },
  es: {
    month: ['Abril', 'Mayo', 'Junio'],
    institution: [
      'Instituto Cervantes',
      'Hospital Gregorio Marañón',
      'Fundación Juan March',
      'Museo Reina Sofía',
    ],
    street: [
      'Paseo de Gracia',
      'Avenida Benito Juárez',
      'Calle de Cervantes',
      'Avenida de Pablo Neruda',
    ],
  },
};

class Ctx {
  readonly lang: Lang;
  readonly r: Rng;
  /** Persons of this text, so that templates can refer to the same person twice. */
  constructor(lang: Lang, r: Rng) {
    this.lang = lang;
    this.r = r;
  }

  L<T>(o: Record<Lang, T>): T {
    return o[this.lang];
  }
  int(a: number, b: number): number {
    return between(this.r, a, b);
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  digits(n: number): string {
    return d(this.r, n);
  }
  chars(alpha: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alpha[Math.floor(this.r() * alpha.length)]!;
    return s;
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.r() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
  country(): Country {
    const mix = COUNTRY_MIX[this.lang];
    const total = mix.reduce((s, [, w]) => s + w, 0);
    let x = this.r() * total;
    for (const [c, w] of mix) {
      x -= w;
      if (x < 0) return c;
    }
    return mix[0]![0];
  }
  company(): string {
    return this.pick(COMPANIES)[0];
  }
  companyDomain(): string {
    return this.pick(COMPANIES)[1];
  }

  // ------------------------------------------------ persons

  private invented(): { first: string; last: string } {
    const s = SYL[this.lang];
    const listed = allListed();
    for (let k = 0; k < 50; k++) {
      const first = this.pick(s.f1) + this.pick(s.f2);
      let last = this.pick(s.l1) + this.pick(s.l2);
      if (this.lang === 'es' && this.chance(0.5)) last += ` ${this.pick(s.l1)}${this.pick(s.l2)}`;
      const parts = [first, ...last.split(' ')];
      if (parts.every((x) => !listed.has(x.toLowerCase()))) return { first, last };
    }
    throw new Error('could not invent a name');
  }

  person(country?: Country): Person {
    const c = country ?? this.country();
    const key = localeKey(c, this.lang);
    if (this.chance(0.265)) {
      const { first, last } = this.invented();
      return { first, last, source: 'invented', country: c };
    }
    const lists = nameLists(key);
    const first = this.pick(lists.first);
    let last = this.pick(lists.last);
    const roll = this.r();
    if (roll < 0.07 && !last.includes(' ')) last = `${this.pick(PARTICLES[this.lang])} ${last}`;
    else if (roll < 0.13 && !last.includes(' ')) {
      const other = this.pick(lists.last);
      if (!other.includes(' ') && other !== last)
        last = this.lang === 'es' ? `${last} ${other}` : `${last}-${other}`;
    }
    if (this.chance(0.12)) {
      const mid = this.pick(lists.first);
      if (mid !== first && !mid.includes(' '))
        return { first, last, middle: mid, source: 'listed', country: c };
    }
    return { first, last, source: 'listed', country: c };
  }

  nameStr(p: Person, form: Form): string {
    const first = p.first;
    const ini = (s: string): string => `${s[0]!}.`;
    switch (form) {
      case 'full':
        return `${first} ${p.last}`;
      case 'first':
        return first;
      case 'last':
        return p.last;
      case 'lastComma':
        return `${p.last}, ${first}`;
      case 'upperLast':
        return `${p.last.toUpperCase()} ${first}`;
      case 'initial':
        // "M. Dupont" would read as "Monsieur Dupont": spell such names out.
        return first.startsWith('M') ? `${first} ${p.last}` : `${ini(first)} ${p.last}`;
      case 'middle':
        return p.middle
          ? `${first} ${this.chance(0.5) ? ini(p.middle) : p.middle} ${p.last}`
          : `${first} ${p.last}`;
      case 'lower':
        return first.toLowerCase();
      case 'lowerFull':
        return `${first} ${p.last}`.toLowerCase();
      case 'initials':
        return `${first[0]!}.${p.last[0]!}.`;
    }
  }

  /** PERSON span. */
  nm(p: Person, form: Form = 'full'): Ent {
    const f = form === 'full' && p.middle ? 'middle' : form;
    return E('PERSON', this.nameStr(p, f), p.source);
  }
  /** A fresh person rendered in one form. */
  pn(form: Form = 'full', country?: Country): Ent {
    return this.nm(this.person(country), form);
  }

  title(_p: Person): string {
    const female = this.chance(0.5);
    const dr = this.chance(0.3);
    return this.L({
      en: dr ? 'Dr. ' : female ? this.pick(['Ms ', 'Mrs. ', 'Ms. ']) : this.pick(['Mr ', 'Mr. ']),
      de: dr ? this.pick(['Dr. ', 'Frau Dr. ', 'Herr Prof. ']) : female ? 'Frau ' : 'Herr ',
      fr: dr
        ? this.pick(['Dr ', 'Me ', 'Pr '])
        : female
          ? this.pick(['Mme ', 'Madame '])
          : this.pick(['M. ', 'Monsieur ']),
      es: dr
        ? this.pick(['Dr. ', 'Dra. ', 'Lic. '])
        : female
          ? this.pick(['Sra. ', 'Doña '])
          : this.pick(['Sr. ', 'Don ']),
    });
  }

  handle(p: Person): string {
    const f = deaccent(p.first)
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    const l = deaccent(p.last)
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    return this.pick([
      `${f[0]!}${l}`,
      `${f}.${l[0]!}`,
      `${f}_${l.slice(0, 3)}`,
      `${l}${this.int(1, 99)}`,
      `${f[0]!}${l.slice(0, 5)}-dev`,
    ]);
  }

  // ------------------------------------------------ contact

  emailStr(p?: Person, domain?: string): string {
    const pp = p ?? this.person();
    const f = deaccent(pp.first)
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    const l = deaccent(pp.last)
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    const local = this.pick([
      `${f}.${l}`,
      `${f[0]!}.${l}`,
      `${f}${l}`,
      `${f}_${l}`,
      `${l}.${f}`,
      `${f}.${l}+${this.pick(['jira', 'news', 'shop', 'git', 'hr'])}`,
      `${f}${this.int(70, 99)}`,
      `${f[0]!}${l}`,
    ]);
    return `${local}@${domain ?? (this.chance(0.5) ? this.companyDomain() : this.pick(MAIL_DOMAINS[pp.country]))}`;
  }
  em(p?: Person, domain?: string): Ent {
    return E('EMAIL', this.emailStr(p, domain));
  }

  private phoneRaw(c: Country, intl: boolean): string {
    const r = this.r;
    const mob = this.chance(0.5);
    const D = (n: number): string => d(r, n);
    const nz = (): string => String(between(r, 2, 9));
    const pk = <T>(xs: readonly T[]): T => this.pick(xs);
    switch (c) {
      case 'US': {
        const a = pk([
          '212',
          '415',
          '312',
          '617',
          '206',
          '303',
          '512',
          '646',
          '718',
          '404',
          '305',
          '503',
        ]);
        const e = `${nz()}${D(2)}`;
        const l = D(4);
        return intl
          ? pk([
              `+1 ${a}-${e}-${l}`,
              `+1 (${a}) ${e}-${l}`,
              `+1 ${a} ${e} ${l}`,
              `+1.${a}.${e}.${l}`,
            ])
          : pk([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`]);
      }
      case 'GB': {
        if (mob) {
          const m = `7${between(r, 4, 9)}${D(2)}`;
          const rest = D(6);
          return intl ? pk([`+44 ${m} ${rest}`, `+44 (0)${m} ${rest}`]) : `0${m} ${rest}`;
        }
        if (this.chance(0.5)) {
          const a = `${between(r, 7, 8)}${D(3)}`;
          const b = D(4);
          return intl ? `+44 20 ${a} ${b}` : pk([`020 ${a} ${b}`, `(020) ${a} ${b}`]);
        }
        const a = `${nz()}${D(2)}`;
        const b = D(4);
        return intl ? `+44 161 ${a} ${b}` : `0161 ${a} ${b}`;
      }
      case 'IE': {
        if (mob) {
          const m = `8${between(r, 3, 7)}`;
          const a = `${nz()}${D(2)}`;
          const b = D(4);
          return intl ? `+353 ${m} ${a} ${b}` : pk([`0${m} ${a} ${b}`, `0${m}-${a}${b}`]);
        }
        const a = `${nz()}${D(2)}`;
        const b = D(4);
        return intl
          ? pk([`+353 1 ${a} ${b}`, `+353 (0)1 ${a} ${b}`])
          : pk([`(01) ${a} ${b}`, `01 ${a} ${b}`]);
      }
      case 'AU': {
        if (mob) {
          const m = `4${between(r, 0, 9)}${D(1)}`;
          const a = D(3);
          const b = D(3);
          return intl ? `+61 ${m} ${a} ${b}` : `0${m} ${a} ${b}`;
        }
        const area = pk(['2', '3', '7', '8']);
        const a = `${between(r, 8, 9)}${D(3)}`;
        const b = D(4);
        return intl ? `+61 ${area} ${a} ${b}` : pk([`(0${area}) ${a} ${b}`, `0${area} ${a} ${b}`]);
      }
      case 'DE': {
        if (mob) {
          const [pre, n] = pk([
            ['151', 8],
            ['160', 7],
            ['170', 7],
            ['171', 7],
            ['176', 8],
            ['157', 8],
          ] as const);
          const rest = D(n);
          return intl
            ? pk([`+49 ${pre} ${rest}`, `+49 (0)${pre} ${rest}`])
            : pk([`0${pre} ${rest}`, `0${pre}/${rest}`, `0${pre}-${rest}`]);
        }
        const [area, n] = pk([
          ['30', 8],
          ['40', 8],
          ['89', 8],
          ['221', 7],
          ['69', 8],
          ['711', 7],
          ['341', 7],
        ] as const);
        const rest = `${nz()}${D(n - 1)}`;
        return intl
          ? pk([`+49 ${area} ${rest}`, `+49 (0)${area} ${rest}`, `+49-${area}-${rest}`])
          : pk([`0${area} ${rest}`, `0${area}/${rest}`, `(0${area}) ${rest}`]);
      }
      case 'AT': {
        if (mob) {
          const pre = pk(['664', '676', '699', '650', '660']);
          const rest = D(7);
          return intl ? `+43 ${pre} ${rest}` : pk([`0${pre} ${rest}`, `0${pre}/${rest}`]);
        }
        const a = `${nz()}${D(2)}`;
        const b = D(4);
        return intl
          ? pk([`+43 1 ${a} ${b}`, `+43 (0)1 ${a}${b}`])
          : pk([`01 ${a} ${b}`, `01/${a}${b}`]);
      }
      case 'CH': {
        const pre = mob ? `7${between(r, 6, 9)}` : pk(['44', '22', '31', '21', '61']);
        const a = `${nz()}${D(2)}`;
        const b = D(2);
        const e = D(2);
        return intl
          ? pk([`+41 ${pre} ${a} ${b} ${e}`, `+41 (0)${pre} ${a} ${b} ${e}`])
          : `0${pre} ${a} ${b} ${e}`;
      }
      case 'FR': {
        const first = mob ? pk(['6', '7']) : String(between(r, 1, 5));
        const g = [
          mob && first === '7' ? `${between(r, 3, 8)}${D(1)}` : `${nz()}${D(1)}`,
          D(2),
          D(2),
          D(2),
        ];
        return intl
          ? pk([
              `+33 ${first} ${g.join(' ')}`,
              `+33 (0)${first} ${g.join(' ')}`,
              `+33${first}${g.join('')}`,
            ])
          : pk([`0${first} ${g.join(' ')}`, `0${first}.${g.join('.')}`, `0${first}${g.join('')}`]);
      }
      case 'BE': {
        if (mob) {
          const m = `4${between(r, 7, 9)}${D(1)}`;
          const g = [D(2), D(2), D(2)];
          return intl
            ? `+32 ${m} ${g.join(' ')}`
            : pk([`0${m} ${g.join(' ')}`, `0${m}/${g.join('.')}`]);
        }
        const a = `${nz()}${D(2)}`;
        const g = [D(2), D(2)];
        return intl
          ? `+32 2 ${a} ${g.join(' ')}`
          : pk([`02 ${a} ${g.join(' ')}`, `02/${a}.${g.join('.')}`]);
      }
      case 'ES': {
        if (mob) {
          const m = `6${D(2)}`;
          return intl
            ? pk([`+34 ${m} ${D(3)} ${D(3)}`, `+34 ${m} ${D(2)} ${D(2)} ${D(2)}`])
            : pk([`${m} ${D(3)} ${D(3)}`, `${m} ${D(2)} ${D(2)} ${D(2)}`]);
        }
        const a = `9${pk(['1', '3', '6', '5'])}${nz()}`;
        return intl
          ? `+34 ${a} ${D(3)} ${D(3)}`
          : pk([`${a} ${D(3)} ${D(3)}`, `${a} ${D(2)} ${D(2)} ${D(2)}`]);
      }
      case 'MX': {
        const area = pk(['55', '33', '81']);
        const a = `${nz()}${D(3)}`;
        const b = D(4);
        return intl
          ? pk([`+52 ${area} ${a} ${b}`, `+52 (${area}) ${a} ${b}`])
          : pk([`${area} ${a} ${b}`, `(${area}) ${a} ${b}`, `${area}-${a}-${b}`]);
      }
    }
  }

  phoneStr(country?: Country, intl?: boolean): string {
    const c = country ?? this.country();
    const wantIntl = intl ?? this.chance(0.45);
    for (let k = 0; k < 40; k++) {
      const s = this.phoneRaw(c, wantIntl);
      const p = parsePhoneNumberFromString(s, c);
      if (p?.isValid()) return s;
    }
    throw new Error(`no valid phone for ${c}`);
  }
  ph(country?: Country, intl?: boolean): Ent {
    return E('PHONE', this.phoneStr(country, intl));
  }

  street(key: LocaleKey): string {
    const own = OWN_STREETS[key];
    if (own && (key === 'ES' || key === 'MX' || this.chance(0.4))) return this.pick(own);
    const f = FAKERS[key];
    return f.location.street().trim();
  }

  addrStr(country?: Country): string {
    const c = country ?? this.country();
    const key = localeKey(c, this.lang);
    const city = this.pick(CITIES[key]);
    const pc = city.pc(this.r);
    const st = this.street(key);
    const no = this.int(1, 180);
    switch (c) {
      case 'US':
        return `${no * 10 + this.int(0, 9)} ${st}${this.chance(0.35) ? `, ${this.pick(['Apt', 'Suite', 'Unit'])} ${this.int(1, 40)}${this.pick(['', 'B', 'C'])}` : ''}, ${city.city}, ${city.region!} ${pc}`;
      case 'GB':
        return `${this.chance(0.25) ? `Flat ${this.int(1, 12)}, ` : ''}${no} ${st}, ${city.city} ${pc}`;
      case 'IE':
        return `${this.chance(0.2) ? `Apartment ${this.int(1, 30)}, ` : ''}${no} ${st}, ${city.city}, ${pc}`;
      case 'AU':
        return `${this.chance(0.3) ? `Unit ${this.int(1, 20)}, ` : ''}${no} ${st}, ${city.city} ${city.region!} ${pc}`;
      case 'DE':
        return `${st} ${no}${this.chance(0.15) ? this.pick(['a', 'b']) : ''}, ${pc} ${city.city}`;
      case 'AT':
        return `${st} ${no}${this.chance(0.4) ? `/${this.int(1, 9)}/${this.int(1, 30)}` : ''}, ${pc} ${city.city}`;
      case 'CH':
        return `${st} ${no}, ${this.chance(0.3) ? 'CH-' : ''}${pc} ${city.city}`;
      case 'FR':
        return `${no}${this.chance(0.1) ? ' bis' : ''} ${st}, ${pc} ${city.city}`;
      case 'BE':
        return `${st} ${no}${this.chance(0.3) ? ` bte ${this.int(1, 12)}` : ''}, ${pc} ${city.city}`;
      case 'ES':
        return `${st}, ${no}, ${this.int(1, 8)}º ${this.pick(['A', 'B', 'C', 'D', 'izq.', 'dcha.'])}, ${pc} ${city.city}`;
      case 'MX':
        return `${st} ${no * 3}${this.chance(0.3) ? ` int. ${this.int(1, 20)}` : ''}, Col. ${this.pick(MX_COLONIAS)}, C.P. ${pc}, ${city.city}`;
    }
  }
  addr(country?: Country): Ent {
    return E('STREET_ADDRESS', this.addrStr(country));
  }

  // ------------------------------------------------ finance, ids

  cardStr(): string {
    const kind = this.int(0, 4);
    let body: string;
    let len = 16;
    if (kind === 0 || kind === 4) body = `4${this.digits(14)}`;
    else if (kind === 1)
      body = this.chance(0.6)
        ? `5${this.int(1, 5)}${this.digits(13)}`
        : `${this.int(2221, 2720)}${this.digits(11)}`;
    else if (kind === 2) {
      body = `3${this.pick(['4', '7'])}${this.digits(12)}`;
      len = 15;
    } else body = `6011${this.digits(11)}`;
    const num = body + String(luhnCheckDigit(body));
    const sep = this.pick(['', ' ', ' ', '-']);
    if (len === 15) return sep ? [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep) : num;
    return sep ? (num.match(/.{4}/g) ?? []).join(sep) : num;
  }
  card(): Ent {
    return E('CREDIT_CARD', this.cardStr());
  }

  ibanCompact(cc?: string): string {
    const country = cc ?? this.ibanCountry();
    const D = (n: number): string => this.digits(n);
    const U = (n: number): string => this.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', n);
    switch (country) {
      case 'DE':
        return ibanWithCheck('DE', D(18));
      case 'AT':
        return ibanWithCheck('AT', D(16));
      case 'CH':
        return ibanWithCheck('CH', `00${D(3)}${D(12)}`);
      case 'FR': {
        const bank = D(5);
        const branch = D(5);
        const acct = D(11);
        const key =
          97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n);
        return ibanWithCheck('FR', `${bank}${branch}${acct}${pad(key, 2)}`);
      }
      case 'BE': {
        const ten = `${this.int(1, 9)}${D(9)}`;
        const k = Number(BigInt(ten) % 97n) || 97;
        return ibanWithCheck('BE', `${ten}${pad(k, 2)}`);
      }
      case 'ES': {
        const bank = D(4);
        const branch = D(4);
        const acct = D(10);
        const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
        const ctl = (s: string): number => {
          let sum = 0;
          for (let i = 0; i < s.length; i++) sum += Number(s.charAt(i)) * w[i]!;
          const v = 11 - (sum % 11);
          return v === 11 ? 0 : v === 10 ? 1 : v;
        };
        return ibanWithCheck(
          'ES',
          `${bank}${branch}${ctl(`00${bank}${branch}`)}${ctl(acct)}${acct}`,
        );
      }
      case 'GB':
        return ibanWithCheck(
          'GB',
          `${this.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'])}${D(6)}${D(8)}`,
        );
      case 'NL':
        return ibanWithCheck('NL', `${this.pick(['ABNA', 'INGB', 'RABO', 'TRIO'])}${D(10)}`);
      case 'IT':
        return ibanWithCheck('IT', `${U(1)}${D(5)}${D(5)}${D(12)}`);
      case 'LU':
        return ibanWithCheck('LU', `${D(3)}${D(13)}`);
      default:
        throw new Error(`iban ${country}`);
    }
  }
  ibanCountry(): string {
    return this.L({
      en: this.pick(['GB', 'GB', 'NL', 'DE', 'IT', 'LU']),
      de: this.pick(['DE', 'DE', 'AT', 'CH', 'LU', 'NL']),
      fr: this.pick(['FR', 'FR', 'BE', 'CH', 'LU', 'IT']),
      es: this.pick(['ES', 'ES', 'ES', 'IT', 'FR', 'NL']),
    });
  }
  ibanStr(cc?: string): string {
    const i = this.ibanCompact(cc);
    return this.chance(0.6) ? groupIban(i) : i;
  }
  iban(cc?: string): Ent {
    return E('IBAN', this.ibanStr(cc));
  }
  ibanFor(country: Country): Ent {
    const map: Partial<Record<Country, string>> = {
      DE: 'DE',
      AT: 'AT',
      CH: 'CH',
      FR: 'FR',
      BE: 'BE',
      ES: 'ES',
      GB: 'GB',
      IE: 'NL',
    };
    return this.iban(map[country] ?? this.ibanCountry());
  }

  ssnStr(): string {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    const s = `${pad(area, 3)}-${pad(this.int(1, 99), 2)}-${pad(this.int(1, 9999), 4)}`;
    return this.chance(0.15) ? s.replace(/-/g, ' ') : s;
  }
  ssn(): Ent {
    return E('US_SSN', this.ssnStr());
  }

  ip4Str(priv = false): string {
    if (priv)
      return this.pick([
        `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`,
        `192.168.${this.int(0, 255)}.${this.int(1, 254)}`,
        `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`,
      ]);
    const a = this.pick([
      31, 46, 62, 77, 81, 84, 89, 91, 93, 109, 151, 176, 185, 188, 193, 203, 212, 213, 217,
    ]);
    return `${a}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  ip6Str(): string {
    const g = (): string => this.int(0, 0xffff).toString(16);
    return this.chance(0.5)
      ? `2001:${this.pick(['db8', '4860', '67c', '1620'])}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`
      : `2a0${this.int(1, 9)}:${g()}:${g()}::${g()}`;
  }
  ip(priv = false): Ent {
    return E('IP_ADDRESS', this.chance(0.15) && !priv ? this.ip6Str() : this.ip4Str(priv));
  }

  dateStr(y: number, m: number, day: number, _birth: boolean): string {
    const mm = pad(m, 2);
    const dd = pad(day, 2);
    const mon = MONTHS[this.lang][m - 1]!;
    const en = MONTHS.en[m - 1]!;
    const styles: Record<Lang, string[]> = {
      en: [
        `${en} ${day}, ${y}`,
        `${day} ${en} ${y}`,
        `${y}-${mm}-${dd}`,
        `${mm}/${dd}/${y}`,
        `${dd}/${mm}/${y}`,
        `${dd}-${en.slice(0, 3)}-${y}`,
        `${m}/${day}/${String(y).slice(2)}`,
      ],
      de: [`${dd}.${mm}.${y}`, `${day}. ${mon} ${y}`, `${y}-${mm}-${dd}`, `${day}.${m}.${y}`],
      fr: [
        `${dd}/${mm}/${y}`,
        `${day === 1 ? '1er' : day} ${mon} ${y}`,
        `${y}-${mm}-${dd}`,
        `${dd}.${mm}.${y}`,
      ],
      es: [`${dd}/${mm}/${y}`, `${day} de ${mon} de ${y}`, `${y}-${mm}-${dd}`, `${dd}-${mm}-${y}`],
    };
    return this.pick(styles[this.lang]);
  }
  dob(): Ent {
    return E(
      'DATE_OF_BIRTH',
      this.dateStr(this.int(1952, 2005), this.int(1, 12), this.int(1, 28), true),
    );
  }

  // ------------------------------------------------ urls

  urlStr(kind?: string, p?: Person): string {
    const pp = p ?? this.person();
    const slug = deaccent(`${pp.first}-${pp.last}`)
      .toLowerCase()
      .replace(/[^a-z-]/g, '')
      .replace(/-+/g, '-');
    const k =
      kind ??
      this.pick(['linkedin', 'github', 'company', 'calendly', 'tracking', 'sentry', 'tracker']);
    switch (k) {
      case 'linkedin':
        return `https://www.linkedin.com/in/${slug}-${this.chars('0123456789abcdef', this.int(6, 9))}`;
      case 'github':
        return `https://github.com/${this.handle(pp).replace(/[._]/g, '-')}`;
      case 'calendly':
        return `https://calendly.com/${slug}/${this.pick(['30min', 'intro-call', 'interview'])}`;
      case 'tracking':
        return `https://track.${this.pick(['parcelnet.eu', 'dhl.de', 'colissimo.fr', 'correos.es', 'ups.com'])}/t?id=${this.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 12)}&lang=${this.lang}`;
      case 'sentry':
        return `https://sentry.io/organizations/${this.pick(['northwind', 'bluefern', 'quarry'])}/issues/${this.digits(10)}/?project=${this.digits(7)}`;
      case 'tracker':
        return `https://${this.pick(['linear.app/kestrel/issue', 'northwind.atlassian.net/browse', 'github.com/bluefern/api/issues'])}/${this.pick(['OPS-', 'PAY-', 'ENG-', ''])}${this.int(100, 9999)}`;
      case 'unsubscribe':
        return `https://news.${this.companyDomain()}/unsubscribe?u=${this.chars(HEX, 16)}`;
      case 'podcast':
        return `https://${this.pick(['podcasts.apple.com/podcast/id', 'open.spotify.com/episode/'])}${this.chars(ALNUM, 14)}`;
      default:
        return `https://www.${this.companyDomain()}/${this.pick(['careers', 'team', 'events/meetup', 'press', 'blog/welcome'])}?utm_source=${this.pick(['newsletter', 'linkedin', 'mail'])}`;
    }
  }
  url(kind?: string, p?: Person): Ent {
    return E('URL', this.urlStr(kind, p));
  }

  // ------------------------------------------------ secrets

  aws(): Ent {
    return E('AWS_ACCESS_KEY', `${this.pick(['AKIA', 'AKIA', 'ASIA'])}${this.chars(B32, 16)}`);
  }
  awsSecret(): Ent {
    return E('GENERIC_SECRET', this.chars(B64, 40));
  }
  gh(): Ent {
    return E(
      'GITHUB_TOKEN',
      this.chance(0.25)
        ? `github_pat_${this.chars(ALNUM, 22)}_${this.chars(ALNUM, 59)}`
        : `${this.pick(['ghp_', 'ghp_', 'gho_', 'ghs_'])}${this.chars(ALNUM, 36)}`,
    );
  }
  slack(): Ent {
    return E(
      'SLACK_TOKEN',
      this.chance(0.6)
        ? `xoxb-${this.digits(12)}-${this.digits(13)}-${this.chars(ALNUM, 24)}`
        : `xoxp-${this.digits(12)}-${this.digits(12)}-${this.digits(13)}-${this.chars(HEX, 32)}`,
    );
  }
  pem(indent = ''): Ent {
    const kind = this.pick([
      'RSA PRIVATE KEY',
      'PRIVATE KEY',
      'EC PRIVATE KEY',
      'OPENSSH PRIVATE KEY',
    ]);
    const lines = this.int(4, 8);
    const body: string[] = [];
    for (let i = 0; i < lines; i++)
      body.push(this.chars(B64, i === lines - 1 ? this.int(12, 60) : 64));
    const head =
      kind === 'OPENSSH PRIVATE KEY'
        ? 'b3BlbnNzaC1rZXktdjEAAAAA' + this.chars(B64, 40)
        : 'MII' + this.chars(B64, 61);
    const all = [`-----BEGIN ${kind}-----`, head, ...body, `-----END ${kind}-----`];
    return E('PRIVATE_KEY', all.join(`\n${indent}`));
  }
  jwt(p?: Person): Ent {
    const alg = this.pick(['HS256', 'RS256']);
    const header = b64url(JSON.stringify({ alg, typ: 'JWT' }));
    const sub = p ? deaccent(p.first).toLowerCase() : this.chars(HEX, 8);
    const payload = b64url(
      JSON.stringify({
        sub: `${sub}-${this.digits(5)}`,
        iat: 1700000000 + this.int(0, 40000000),
        role: this.pick(['admin', 'user', 'support']),
      }),
    );
    const sig = this.chars(B64URL, alg === 'HS256' ? 43 : 86);
    return E('JWT', `${header}.${payload}.${sig}`);
  }
  secret(): Ent {
    const k = this.int(0, 3);
    if (k === 0) return E('GENERIC_SECRET', `sk_live_${this.chars(ALNUM, 24 + this.int(0, 8))}`);
    if (k === 1) return E('GENERIC_SECRET', this.chars(HEX, this.pick([32, 40])));
    return E('GENERIC_SECRET', this.chars(ALNUM, this.int(32, 44)));
  }

  // ------------------------------------------------ hard negatives

  nCard(): Neg {
    const body = `${this.pick(['4', '5', '6'])}${this.digits(14)}`;
    const bad = (luhnCheckDigit(body) + this.int(1, 9)) % 10;
    const num = body + String(bad);
    return N('card_lookalike', (num.match(/.{4}/g) ?? []).join(this.pick([' ', '-', ''])));
  }
  nIban(): Neg {
    const good = this.ibanCompact();
    for (;;) {
      const bad = `${good.slice(0, 2)}${pad(this.int(2, 98), 2)}${good.slice(4)}`;
      if (mod97(bad.slice(4) + bad.slice(0, 4)) !== 1) {
        return N('iban_invalid', this.chance(0.5) ? groupIban(bad) : bad);
      }
    }
  }
  nSsn(): Neg {
    const area = this.pick(['000', '666', `9${this.digits(2)}`]);
    return N('ssn_invalid', `${area}-${pad(this.int(1, 99), 2)}-${pad(this.int(1, 9999), 4)}`);
  }
  nOrder(): Neg {
    return N(
      'order_no',
      this.pick([
        `ORD-${this.int(2019, 2025)}-${this.digits(6)}`,
        `#${this.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${this.digits(8)}`,
        `${this.digits(3)}-${this.digits(7)}-${this.digits(7)}`,
        `INV-${this.digits(5)}`,
        `RMA${this.digits(9)}`,
        `1Z${this.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)}`,
      ]),
    );
  }
  nVer(ipLike?: boolean): Neg {
    const ip = ipLike ?? this.chance(0.4);
    if (ip)
      return N(
        'version',
        `${this.int(1, 24)}.${this.int(0, 40)}.${this.int(0, 255)}.${this.int(1, 255)}`,
      );
    return N(
      'version',
      this.pick([
        `v${this.int(0, 9)}.${this.int(0, 30)}.${this.int(0, 20)}`,
        `${this.int(1, 5)}.${this.int(0, 20)}.${this.int(0, 9)}-rc.${this.int(1, 5)}`,
        `${this.int(18, 24)}.${this.int(1, 12)}`,
        `${this.int(1, 9)}.${this.int(0, 9)}.${this.int(0, 99)}+build.${this.digits(4)}`,
      ]),
    );
  }
  nSha(len?: number): Neg {
    return N('sha', this.chars(HEX, len ?? this.pick([7, 7, 12, 40, 64, 32])));
  }
  nUuid(): Neg {
    const h = (n: number): string => this.chars(HEX, n);
    return N('uuid', `${h(8)}-${h(4)}-4${h(3)}-${this.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`);
  }
  nTs(style?: 'iso' | 'epoch' | 'log'): Neg {
    const s = style ?? this.pick(['iso', 'iso', 'epoch', 'log'] as const);
    const y = this.int(2021, 2025);
    const mo = pad(this.int(1, 12), 2);
    const da = pad(this.int(1, 28), 2);
    const hh = pad(this.int(0, 23), 2);
    const mi = pad(this.int(0, 59), 2);
    const ss = pad(this.int(0, 59), 2);
    if (s === 'epoch') return N('timestamp', String(1600000000 + this.int(0, 150000000)));
    if (s === 'log')
      return N(
        'timestamp',
        `${da}/${this.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])}/${y}:${hh}:${mi}:${ss} +0000`,
      );
    return N(
      'timestamp',
      `${y}-${mo}-${da}T${hh}:${mi}:${ss}${this.pick(['Z', '.123Z', '+01:00', '+02:00'])}`,
    );
  }
  nPrice(): Neg {
    const a = this.int(3, 2400);
    const c = pad(this.int(0, 99), 2);
    return N(
      'price',
      this.L({
        en: this.pick([
          `$${a.toLocaleString('en-US')}.${c}`,
          `£${a}.${c}`,
          `A$${a}.${c}`,
          `€${a}.${c}`,
          `USD ${a}.${c}`,
        ]),
        de: this.pick([
          `${a.toLocaleString('de-DE')},${c} €`,
          `EUR ${a},${c}`,
          `CHF ${a}.${c}`,
          `${a},${c} EUR`,
        ]),
        fr: this.pick([`${a},${c} €`, `${a} € TTC`, `CHF ${a}.${c}`, `${a},${c} EUR HT`]),
        es: this.pick([`${a},${c} €`, `$${a}.${c} MXN`, `${a} euros`, `MX$${a}`]),
      }),
    );
  }
  nDate(): Neg {
    return N(
      'plain_date',
      this.dateStr(this.int(2020, 2026), this.int(1, 12), this.int(1, 28), false),
    );
  }
  nIsbn(): Neg {
    const body = `978${this.pick(['0', '1', '3', '2', '84'])}${this.digits(8)}`.slice(0, 12);
    let sum = 0;
    for (let i = 0; i < body.length; i++) sum += Number(body.charAt(i)) * (i % 2 === 0 ? 1 : 3);
    const check = (10 - (sum % 10)) % 10;
    const full = body + String(check);
    return N(
      'isbn',
      this.chance(0.5)
        ? `${full.slice(0, 3)}-${full.slice(3, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`
        : full,
    );
  }
  nn(cat: string): Neg {
    const list = NOT_NAMES[cat] ?? NOT_NAME_LANG[this.lang][cat];
    if (!list) throw new Error(`not_name ${cat}`);
    return N('not_name', this.pick(list));
  }
}

// ---------------------------------------------------------------- templates

interface Tpl {
  readonly name: string;
  /** true: the text holds hard negatives only, no entity. */
  readonly neg: boolean;
  readonly f: (c: Ctx) => Piece;
}

const DEV: Tpl[] = [
  {
    name: 'gitcommit1',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      const subj = c.L({
        en: 'fix(billing): round VAT per line instead of per invoice',
        de: 'fix(billing): MwSt. pro Position runden statt pro Rechnung',
        fr: 'fix(facturation) : arrondir la TVA par ligne et non par facture',
        es: 'fix(facturación): redondear el IVA por línea y no por factura',
      });
      return t`${subj}

${c.L({ en: 'Refs', de: 'Siehe', fr: 'Voir', es: 'Ver' })} ${c.url('tracker')}

Co-authored-by: ${c.nm(a)} <${c.em(a, 'users.noreply.github.com')}>
Signed-off-by: ${c.nm(b)} <${c.em(b)}>`;
    },
  },
  {
    name: 'gitcommit2',
    neg: false,
    f: (c) => {
      const a = c.person();
      const rv = c.person();
      return t`commit ${c.nSha(40)}
Author: ${c.nm(a)} <${c.em(a)}>
Date:   ${c.nTs('iso')}

    ${c.L({ en: 'Bump', de: 'Aktualisiere', fr: 'Mise à jour de', es: 'Actualiza' })} ${c.nn('software')} ${c.L({ en: 'to', de: 'auf', fr: 'vers', es: 'a' })} ${c.nVer(false)}

    Reviewed-by: ${c.nm(rv, c.pick(['full', 'initial'] as const))}`;
    },
  },
  {
    name: 'gitcommit3',
    neg: false,
    f: (c) => {
      const rep = c.person();
      const co1 = c.person();
      const co2 = c.person();
      return t`Revert "${c.L({ en: 'feat: send welcome SMS', de: 'feat: Willkommens-SMS senden', fr: 'feat : envoyer le SMS de bienvenue', es: 'feat: enviar SMS de bienvenida' })}"

This reverts commit ${c.nSha(40)}.
${c.L({ en: 'The sandbox number was hard-coded; real customer', de: 'Die Testnummer war fest verdrahtet; die echte Kundennummer', fr: 'Le numéro de test était codé en dur ; le vrai numéro client', es: 'El número de prueba estaba fijo en el código; el número real del cliente' })} ${c.ph(rep.country)} ${c.L({ en: 'got 40 messages.', de: 'bekam 40 SMS.', fr: 'a reçu 40 SMS.', es: 'recibió 40 SMS.' })}

Reported-by: ${c.nm(rep)} <${c.em(rep)}>
Co-authored-by: ${c.nm(co1)} <${c.em(co1)}>
Co-authored-by: ${c.nm(co2)} <${c.em(co2, 'users.noreply.github.com')}>`;
    },
  },
  {
    name: 'gitcommit4',
    neg: false,
    f: (c) => {
      const lines: Piece[] = [];
      const n = c.int(3, 5);
      for (let i = 0; i < n; i++) {
        const p = c.person();
        lines.push(
          t`${c.nSha(7)} ${c.nm(p, c.pick(['full', 'full', 'lowerFull'] as const))} <${c.em(p)}> ${c.pick(['chore: lint', 'docs: typo', 'feat: export CSV', 'fix: null check', 'test: flaky retry', 'refactor: split module'])}`,
        );
      }
      return t`$ git log --format='%h %an <%ae> %s' -${n}
${join(lines, '\n')}`;
    },
  },
  {
    name: 'gitreview1',
    neg: false,
    f: (c) => {
      const rv = c.person();
      const au = c.person();
      const cust = c.person();
      return t`**${c.nm(rv)}** ${c.L({ en: 'commented on', de: 'kommentierte', fr: 'a commenté', es: 'comentó en' })} \`src/export/users.ts\` L${c.int(10, 300)}
> logger.info('export for', user.email)
@${c.handle(au)} ${c.L({ en: 'please drop this log line, staging logs already contain', de: 'bitte die Log-Zeile entfernen, in den Staging-Logs steht schon', fr: 'merci de retirer ce log, les logs de staging contiennent déjà', es: 'quita esta línea de log, los logs de staging ya contienen' })} ${c.em(cust)} ${c.L({ en: 'and', de: 'und', fr: 'et', es: 'y' })} ${c.ip()}.`;
    },
  },
  {
    name: 'gitreview2',
    neg: false,
    f: (c) => {
      const rv = c.person();
      return t`diff --git a/config/payments.py b/config/payments.py
@@ -12,3 +12,4 @@
 PAYMENT_PROVIDER = "stripe"
+STRIPE_SECRET_KEY = "${c.secret()}"
+AWS_ACCESS_KEY_ID = "${c.aws()}"

${c.nm(rv, c.pick(['first', 'full'] as const))}: ${c.L({ en: 'Blocking: secrets in the diff. Rotate both and use the vault.', de: 'Blocker: Secrets im Diff. Bitte beide rotieren und den Vault nutzen.', fr: 'Bloquant : des secrets dans le diff. Les révoquer et passer par le vault.', es: 'Bloqueante: hay secretos en el diff. Rótalos y usa el vault.' })}`;
    },
  },
  {
    name: 'gitreview3',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      return t`${c.L({ en: 'lgtm, but ask', de: 'lgtm, aber frag', fr: 'ok pour moi, mais demande à', es: 'lgtm, pero pregúntale a' })} ${c.nm(a, 'lower')} ${c.L({ en: 'about the migration first, and ping', de: 'zuerst wegen der Migration und ping', fr: 'pour la migration, et ping', es: 'por la migración y avisa a' })} ${c.nm(b, 'lower')} ${c.L({ en: 'before merging — she owns', de: 'vor dem Merge — sie ist für', fr: 'avant le merge — elle gère', es: 'antes del merge — ella lleva' })} ${c.nn('software')} ${c.L({ en: 'upgrades.', de: 'Upgrades zuständig.', fr: 'les mises à jour.', es: 'las actualizaciones.' })}`;
    },
  },
  {
    name: 'gitreview4',
    neg: false,
    f: (c) => {
      const p = c.person();
      const rv = c.person();
      return t`--- a/tests/fixtures/customer.json
+++ b/tests/fixtures/customer.json
-  "name": "FIXTURE_NAME",
-  "email": "FIXTURE_EMAIL",
+  "name": "${c.nm(p)}",
+  "email": "${c.em(p)}",
+  "phone": "${c.ph(p.country)}",
+  "birthdate": "${c.dob()}",

${c.L({ en: 'Review by', de: 'Review von', fr: 'Revue de', es: 'Revisión de' })} ${c.nm(rv, 'initial')}: ${c.L({ en: 'this looks like a real customer record copied from prod, please anonymise.', de: 'das sieht nach einem echten Kundendatensatz aus Prod aus, bitte anonymisieren.', fr: 'on dirait une vraie fiche client copiée de la prod, à anonymiser.', es: 'parece un registro real de cliente copiado de producción, anonimízalo.' })}`;
    },
  },
  {
    name: 'gitreview5',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      return t`Approved ✔ ${c.nm(a, c.pick(['full', 'upperLast'] as const))}
Changes requested ✖ ${c.nm(b)} — "${c.L({ en: 'the seed script still uses my home address', de: 'das Seed-Skript nutzt noch meine Privatadresse', fr: 'le script de seed utilise encore mon adresse perso', es: 'el script de seed aún usa mi dirección personal' })} (${c.addr(b.country)})"`;
    },
  },
  {
    name: 'issue1',
    neg: false,
    f: (c) => {
      const rep = c.person();
      const cust = c.person();
      return t`## ${c.L({ en: 'Password reset e-mail never arrives', de: 'Passwort-Reset-Mail kommt nie an', fr: 'Le mail de réinitialisation n’arrive jamais', es: 'El correo de restablecimiento nunca llega' })}
${c.L({ en: 'Reporter', de: 'Melder', fr: 'Rapporteur', es: 'Informador' })}: ${c.nm(rep)}
${c.L({ en: 'Affected user', de: 'Betroffener Nutzer', fr: 'Utilisateur concerné', es: 'Usuario afectado' })}: ${c.em(cust)} (${c.L({ en: 'last login from', de: 'letzter Login von', fr: 'dernière connexion depuis', es: 'último acceso desde' })} ${c.ip()})
${c.L({ en: 'Build', de: 'Build', fr: 'Build', es: 'Build' })}: ${c.nVer(true)}
${c.L({ en: 'Steps: request reset → wait 10 min → nothing in inbox or spam.', de: 'Schritte: Reset anfordern → 10 min warten → nichts im Postfach oder Spam.', fr: 'Étapes : demander la réinitialisation → attendre 10 min → rien, même en spam.', es: 'Pasos: pedir el restablecimiento → esperar 10 min → nada, ni en spam.' })}`;
    },
  },
  {
    name: 'issue2',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      const cu = c.person();
      return t`${c.nm(a)} ${c.L({ en: 'commented', de: 'kommentierte', fr: 'a commenté', es: 'comentó' })} ${c.nDate()}
${c.L({ en: 'Customer called again from', de: 'Kundin hat wieder angerufen von', fr: 'La cliente a rappelé depuis le', es: 'La clienta volvió a llamar desde el' })} ${c.ph(cu.country)}. ${c.L({ en: 'Her name is', de: 'Sie heißt', fr: 'Elle s’appelle', es: 'Se llama' })} ${c.nm(cu)}.

${c.nm(b)} ${c.L({ en: 'commented', de: 'kommentierte', fr: 'a commenté', es: 'comentó' })} ${c.nDate()}
@${c.handle(a)} ${c.L({ en: 'thanks — assigning to', de: 'danke — weise es zu an', fr: 'merci — j’assigne à', es: 'gracias — se lo asigno a' })} ${c.nm(c.person(), 'first')}.`;
    },
  },
  {
    name: 'issue3',
    neg: false,
    f: (c) => {
      const cu = c.person();
      return t`[${c.pick(['BUG', 'SUP', 'CX'])}-${c.int(100, 9999)}] ${c.L({ en: 'Checkout drops the apartment number', de: 'Checkout verliert den Adresszusatz', fr: 'Le checkout perd le complément d’adresse', es: 'El checkout pierde el piso y la puerta' })}
${c.L({ en: 'Entered', de: 'Eingegeben', fr: 'Saisi', es: 'Introducido' })}: ${c.addr(cu.country)}
${c.L({ en: 'Saved', de: 'Gespeichert', fr: 'Enregistré', es: 'Guardado' })}: ${c.L({ en: 'street only', de: 'nur die Straße', fr: 'seulement la rue', es: 'solo la calle' })}
${c.L({ en: 'Customer', de: 'Kunde', fr: 'Client', es: 'Cliente' })}: ${c.nm(cu, c.pick(['full', 'lastComma'] as const))} · ${c.em(cu)}
${c.L({ en: 'Order', de: 'Bestellung', fr: 'Commande', es: 'Pedido' })} ${c.nOrder()}`;
    },
  },
  {
    name: 'oncall1',
    neg: false,
    f: (c) => {
      const p = c.person();
      const esc = c.person();
      return t`[PagerDuty] TRIGGERED #${c.int(10000, 99999)} ${c.L({ en: 'p95 latency > 2s on checkout-api', de: 'p95-Latenz > 2 s auf checkout-api', fr: 'latence p95 > 2 s sur checkout-api', es: 'latencia p95 > 2 s en checkout-api' })}
${c.L({ en: 'Assigned to', de: 'Zugewiesen an', fr: 'Assigné à', es: 'Asignado a' })}: ${c.nm(p)} (${c.ph(p.country, true)})
${c.L({ en: 'Escalation', de: 'Eskalation', fr: 'Escalade', es: 'Escalado' })}: ${c.nm(esc)} ${c.L({ en: 'after 15 min', de: 'nach 15 Min.', fr: 'après 15 min', es: 'tras 15 min' })}
${c.L({ en: 'Source host', de: 'Quell-Host', fr: 'Hôte source', es: 'Host de origen' })}: ${c.ip(true)}`;
    },
  },
  {
    name: 'oncall2',
    neg: false,
    f: (c) => {
      const from = c.person();
      const to = c.person();
      return t`${c.L({ en: 'On-call handover', de: 'Bereitschaftsübergabe', fr: 'Passation d’astreinte', es: 'Traspaso de guardia' })} ${c.nm(from, 'first')} → ${c.nm(to, 'first')}
- ${c.L({ en: 'Slack bot token was pasted in #ops by mistake, rotated? not yet:', de: 'Slack-Bot-Token versehentlich in #ops gepostet, rotiert? noch nicht:', fr: 'token du bot Slack collé par erreur dans #ops, révoqué ? pas encore :', es: 'el token del bot de Slack se pegó en #ops por error, ¿rotado? aún no:' })} ${c.slack()}
- ${c.L({ en: 'Vendor contact if the queue backs up:', de: 'Kontakt beim Dienstleister, falls die Queue staut:', fr: 'contact chez le prestataire si la file sature :', es: 'contacto del proveedor si la cola se atasca:' })} ${c.pn()} ${c.ph()}
- ${c.nn('bot')} ${c.L({ en: 'opened 3 PRs, ignore them.', de: 'hat 3 PRs geöffnet, ignorieren.', fr: 'a ouvert 3 PR, à ignorer.', es: 'abrió 3 PR, ignóralos.' })}`;
    },
  },
  {
    name: 'sentry1',
    neg: false,
    f: (c) => {
      const u = c.person();
      return t`{"event_id":"${c.nUuid()}","level":"error","release":"web@${c.nVer(false)}","exception":{"values":[{"type":"TypeError","value":"Cannot read properties of undefined (reading 'iban')"}]},"user":{"id":"${c.int(1000, 99999)}","email":"${c.em(u)}","ip_address":"${c.ip()}","username":"${c.handle(u)}","name":"${c.nm(u)}"},"timestamp":${c.nTs('epoch')}}`;
    },
  },
  {
    name: 'sentry2',
    neg: false,
    f: (c) => {
      const u = c.person();
      return t`Traceback (most recent call last):
  File "/app/billing/sepa.py", line ${c.int(20, 400)}, in create_mandate
    mandate = Mandate(holder=data["holder"], iban=data["iban"])
KeyError: 'bic'
Local vars: data = {'holder': '${c.nm(u)}', 'iban': '${c.ibanFor(u.country)}', 'email': '${c.em(u)}'}
Sentry: ${c.url('sentry')}`;
    },
  },
  {
    name: 'sentry3',
    neg: false,
    f: (c) => {
      const u = c.person();
      return t`Error: ${c.L({ en: 'Address validation failed', de: 'Adressprüfung fehlgeschlagen', fr: 'Échec de validation de l’adresse', es: 'Falló la validación de la dirección' })}
    at validate (/srv/app/dist/address.js:${c.int(10, 99)}:${c.int(1, 40)})
    at processTicksAndRejections (node:internal/process/task_queues:95:5)
  context: { user: "${c.em(u)}", input: "${c.addr(u.country)}", requestId: "${c.nUuid()}" }`;
    },
  },
  {
    name: 'slackjson1',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      const x = c.person();
      return t`[
  {"type":"message","user":"U0${c.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}","user_profile":{"real_name":"${c.nm(a)}","display_name":"${c.handle(a)}"},"text":"${c.L({ en: 'can someone check why', de: 'kann jemand schauen, warum', fr: 'quelqu’un peut regarder pourquoi', es: '¿alguien puede mirar por qué' })} ${c.em(x)} ${c.L({ en: 'gets two invoices?', de: 'zwei Rechnungen bekommt?', fr: 'reçoit deux factures ?', es: 'recibe dos facturas?' })}","ts":"${c.nTs('epoch')}.000200"},
  {"type":"message","user":"U0${c.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}","user_profile":{"real_name":"${c.nm(b)}","display_name":"${c.handle(b)}"},"text":"${c.L({ en: 'on it', de: 'bin dran', fr: 'je regarde', es: 'me pongo' })}, <@${c.handle(a)}>. ${c.L({ en: 'Same customer called', de: 'Gleicher Kunde hat angerufen', fr: 'Même client a appelé', es: 'El mismo cliente llamó' })}: ${c.ph(x.country)}","ts":"${c.nTs('epoch')}.000300"}
]`;
    },
  },
  {
    name: 'slackplain1',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      const m = c.person();
      return t`[09:${c.int(10, 59)}] ${c.handle(a)}: ${c.L({ en: 'morning! is', de: 'moin! ist', fr: 'salut ! est-ce que', es: '¡buenas! ¿está' })} ${c.nm(m, 'lower')} ${c.L({ en: 'out today?', de: 'heute weg?', fr: 'est absente aujourd’hui ?', es: 'fuera hoy?' })}
[09:${c.int(10, 59)}] ${c.handle(b)}: ${c.L({ en: 'yes, sick. ask', de: 'ja, krank. frag', fr: 'oui, malade. demande à', es: 'sí, enferma. pregúntale a' })} ${c.nm(a, c.pick(['lower', 'first'] as const))} ${c.L({ en: 'or me', de: 'oder mich', fr: 'ou à moi', es: 'o a mí' })}
[09:${c.int(10, 59)}] ${c.handle(a)}: ${c.L({ en: 'ok, I’ll send the deck to', de: 'ok, ich schick das Deck an', fr: 'ok, j’envoie le deck à', es: 'vale, mando la presentación a' })} ${c.em(m)}`;
    },
  },
  {
    name: 'teams1',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      return t`${c.nm(a, c.pick(['lastComma', 'full'] as const))} (${c.L({ en: 'External', de: 'Extern', fr: 'Externe', es: 'Externo' })})  ${c.int(8, 17)}:${c.int(10, 59)}
${c.L({ en: 'Here is the account for the refund:', de: 'Hier das Konto für die Erstattung:', fr: 'Voici le compte pour le remboursement :', es: 'Aquí la cuenta para el reembolso:' })} ${c.ibanFor(a.country)}

${c.nm(b, c.pick(['lastComma', 'full'] as const))}  ${c.int(8, 17)}:${c.int(10, 59)}
${c.L({ en: 'Thanks, forwarded to finance. Meeting room', de: 'Danke, an die Buchhaltung weitergeleitet. Raum', fr: 'Merci, transmis à la compta. Salle', es: 'Gracias, reenviado a finanzas. Sala' })} ${c.nn('room')} ${c.L({ en: 'at 3?', de: 'um 15 Uhr?', fr: 'à 15 h ?', es: 'a las 15?' })}`;
    },
  },
  {
    name: 'jiracsv1',
    neg: false,
    f: (c) => {
      const rows: Piece[] = [];
      for (let i = 0; i < c.int(3, 5); i++) {
        const a = c.person();
        const r = c.person();
        rows.push(
          t`${c.pick(['OPS', 'PAY', 'WEB'])}-${c.int(100, 9999)},"${c.pick(['Fix flaky login test', 'Rotate vendor keys', 'GDPR export job', 'Upgrade Node', 'Dedupe invoices'])}",${c.pick(['In Progress', 'Done', 'To Do'])},"${c.nm(a, 'lastComma')}","${c.nm(r, 'lastComma')}",${c.nTs('iso')}`,
        );
      }
      return t`Issue key,Summary,Status,Assignee,Reporter,Created
${join(rows, '\n')}`;
    },
  },
  {
    name: 'linearcsv1',
    neg: false,
    f: (c) => {
      const rows: Piece[] = [];
      for (let i = 0; i < c.int(2, 4); i++) {
        const a = c.person();
        rows.push(
          t`ENG-${c.int(10, 999)},${c.pick(['Urgent', 'High', 'Medium', 'Low'])},${c.em(a)},${c.nm(a)},${c.nn('codename')},${c.nDate()}`,
        );
      }
      return t`ID,Priority,Assignee Email,Assignee,Project,Due Date
${join(rows, '\n')}`;
    },
  },
  {
    name: 'k8s1',
    neg: false,
    f: (c) => {
      const o = c.person();
      return t`apiVersion: v1
kind: Secret
metadata:
  name: payments-env
  annotations:
    owner: "${c.em(o)}"
type: Opaque
stringData:
  AWS_ACCESS_KEY_ID: ${c.aws()}
  AWS_SECRET_ACCESS_KEY: ${c.awsSecret()}
  DB_HOST: ${c.ip(true)}
  DB_PASSWORD: ${c.secret()}`;
    },
  },
  {
    name: 'k8s2',
    neg: false,
    f: (c) => {
      const o = c.person();
      return t`# ${c.L({ en: 'maintained by', de: 'gepflegt von', fr: 'maintenu par', es: 'mantenido por' })} ${c.nm(o)}
apiVersion: v1
kind: Secret
metadata:
  name: deploy-ssh
data: {}
stringData:
  id_rsa: |
    ${c.pem('    ')}
  known_hosts: "${c.ip()} ssh-ed25519 AAAA..."`;
    },
  },
  {
    name: 'terraform1',
    neg: false,
    f: (c) => {
      const o = c.person();
      return t`# terraform.tfvars — ${c.L({ en: 'DO NOT COMMIT', de: 'NICHT COMMITTEN', fr: 'NE PAS COMMITER', es: 'NO HACER COMMIT' })}
region         = "eu-central-1"
access_key     = "${c.aws()}"
secret_key     = "${c.awsSecret()}"
owner_email    = "${c.em(o)}"
allowed_cidr   = "${c.ip()}/32"
module_version = "${c.nVer(false)}"`;
    },
  },
  {
    name: 'ansible1',
    neg: false,
    f: (c) => {
      const o = c.person();
      return t`---
- hosts: ${c.pick(['db', 'web', 'workers'])}
  vars:
    admin_name: "${c.nm(o)}"
    admin_email: "${c.em(o)}"
    slack_token: "${c.slack()}"
    backup_target: ${c.ip(true)}
  tasks:
    - name: ${c.L({ en: 'notify admin', de: 'Admin benachrichtigen', fr: 'prévenir l’admin', es: 'avisar al admin' })}
      community.general.slack:
        token: "{{ slack_token }}"`;
    },
  },
  {
    name: 'gha1',
    neg: false,
    f: (c) => {
      const o = c.person();
      return t`name: release
on: { push: { tags: ['v*'] } }
env:
  GH_TOKEN: ${c.gh()}
  NOTIFY: ${c.em(o)}
jobs:
  build:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@${c.nSha(40)}
      - run: ./scripts/release.sh # ${c.L({ en: 'ask', de: 'frag', fr: 'demander à', es: 'pregunta a' })} ${c.nm(o, 'first')}`;
    },
  },
  {
    name: 'docker1',
    neg: false,
    f: (c) => {
      const o = c.person();
      return t`FROM node:${c.int(18, 22)}-alpine
LABEL maintainer="${c.nm(o)} <${c.em(o)}>"
ENV NODE_ENV=production \\
    SENTRY_RELEASE=${c.nVer(false)} \\
    API_SECRET=${c.secret()}
ARG GITHUB_TOKEN=${c.gh()}
COPY . /app
CMD ["node", "dist/server.js"]`;
    },
  },
  {
    name: 'shell1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`  501  export AWS_ACCESS_KEY_ID=${c.aws()}
  502  export AWS_SECRET_ACCESS_KEY=${c.awsSecret()}
  503  ssh deploy@${c.ip()}
  504  curl -H "Authorization: Bearer ${c.jwt(p)}" ${E('URL', `https://api.${c.companyDomain()}/v1/me`)}
  505  git commit --author="${c.nm(p)} <${c.em(p)}>" -m wip
  506  history | grep token`;
    },
  },
  {
    name: 'shell2',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`$ psql -h ${c.ip(true)} -U analytics -c "select name, email from users where id = ${c.int(1, 99999)}"
        name        |           email
--------------------+---------------------------
 ${c.nm(p)} | ${c.em(p)}
(1 row)`;
    },
  },
  {
    name: 'sql1',
    neg: false,
    f: (c) => {
      const rows: Piece[] = [];
      for (let i = 0; i < c.int(2, 3); i++) {
        const p = c.person();
        rows.push(
          t`(${c.int(1, 9999)}, '${c.nm(p)}', '${c.em(p)}', '${c.ph(p.country)}', '${c.dob()}')`,
        );
      }
      return t`-- ${c.L({ en: 'dump of prod.customers', de: 'Dump von prod.customers', fr: 'dump de prod.customers', es: 'volcado de prod.customers' })} ${c.nTs('iso')}
INSERT INTO customers (id, full_name, email, phone, birth_date) VALUES
${join(rows, ',\n')};`;
    },
  },
  {
    name: 'sql2',
    neg: false,
    f: (c) => {
      const rows: Piece[] = [];
      for (let i = 0; i < c.int(2, 4); i++) {
        const p = c.person();
        rows.push(
          t`| ${c.int(10, 999)} | ${c.nm(p, c.pick(['full', 'upperLast'] as const))} | ${c.ibanFor(p.country)} | ${c.nPrice()} |`,
        );
      }
      return t`mysql> SELECT id, holder, iban, amount FROM payouts WHERE status = 'failed';
| id | holder | iban | amount |
${join(rows, '\n')}
${rows.length} rows in set (0.01 sec)`;
    },
  },
  {
    name: 'accesslog1',
    neg: false,
    f: (c) => {
      const lines: Piece[] = [];
      for (let i = 0; i < c.int(2, 4); i++) {
        lines.push(
          t`${c.ip()} - - [${c.nTs('log')}] "GET /api/v2/orders/${c.int(1000, 99999)} HTTP/1.1" ${c.pick([200, 200, 404, 500, 302])} ${c.int(200, 9000)} "-" "Mozilla/5.0"`,
        );
      }
      const p = c.person();
      lines.push(
        t`${c.ip()} - ${c.em(p)} [${c.nTs('log')}] "POST /login HTTP/1.1" 401 53 "-" "curl/8.4.0"`,
      );
      return join(lines, '\n');
    },
  },
  {
    name: 'auditlog1',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      return t`{"ts":"${c.nTs('iso')}","actor":"${c.em(a)}","actor_ip":"${c.ip()}","action":"role.granted","target":{"name":"${c.nm(b)}","email":"${c.em(b)}"},"role":"billing-admin","request_id":"${c.nUuid()}"}
{"ts":"${c.nTs('iso')}","actor":"${c.nn('bot')}","action":"token.rotated","target":"ci","request_id":"${c.nUuid()}"}`;
    },
  },
  {
    name: 'jwtlog1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.nTs('iso')} WARN gateway ${c.L({ en: 'expired token from', de: 'abgelaufenes Token von', fr: 'jeton expiré depuis', es: 'token caducado desde' })} ${c.ip()}: Authorization: Bearer ${c.jwt(p)} (sub=${c.em(p)})`;
    },
  },
  {
    name: 'envfile1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`# .env.production (${c.L({ en: 'copied from', de: 'kopiert von', fr: 'copié depuis le poste de', es: 'copiado del portátil de' })} ${c.nm(p, 'first')})
APP_VERSION=${c.nVer(false)}
SLACK_BOT_TOKEN=${c.slack()}
GITHUB_TOKEN=${c.gh()}
SESSION_SECRET=${c.secret()}
SUPPORT_INBOX=${c.em(p)}`;
    },
  },
  {
    name: 'gist1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'Gist by', de: 'Gist von', fr: 'Gist de', es: 'Gist de' })} ${c.nm(p)} · ${c.url('github', p)}
deploy_key.pem
${c.pem()}`;
    },
  },
  {
    name: 'standup1',
    neg: false,
    f: (c) => {
      const ps = [c.person(), c.person(), c.person()];
      return t`### Standup ${c.nDate()}
- **${c.nm(ps[0]!, 'first')}**: ${c.L({ en: 'finished the', de: 'hat die', fr: 'a terminé la', es: 'terminó la' })} ${c.nn('software')} ${c.L({ en: 'migration', de: 'Migration abgeschlossen', fr: 'migration', es: 'migración' })}
- **${c.nm(ps[1]!, 'first')}**: ${c.L({ en: 'pairing with', de: 'pairt mit', fr: 'en binôme avec', es: 'en pareja con' })} ${c.nm(ps[2]!, 'first')} ${c.L({ en: 'on project', de: 'an Projekt', fr: 'sur le projet', es: 'en el proyecto' })} ${c.nn('codename')}
- **${c.nm(ps[2]!, 'first')}**: ${c.L({ en: 'out from', de: 'ab', fr: 'absent à partir du', es: 'fuera desde el' })} ${c.nDate()}`;
    },
  },
  {
    name: 'retro1',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      return t`retro board export
went well: ${c.L({ en: 'shout-out to', de: 'Dank an', fr: 'merci à', es: 'gracias a' })} ${c.nm(a, 'lower')} ${c.L({ en: 'for the incident write-up', de: 'für den Incident-Bericht', fr: 'pour le post-mortem', es: 'por el informe del incidente' })}
to improve: ${c.nn('ai')} ${c.L({ en: 'suggestions were wrong twice', de: 'Vorschläge lagen zweimal falsch', fr: 'a proposé deux fois des erreurs', es: 'se equivocó dos veces' })}
action: ${c.nm(b, 'lowerFull')} ${c.L({ en: 'to book a room in', de: 'bucht einen Raum in', fr: 'réserve une salle à', es: 'reserva una sala en' })} ${c.nn('place')}`;
    },
  },
];

const BIZ: Tpl[] = [
  {
    name: 'crm1',
    neg: false,
    f: (c) => {
      const rows: Piece[] = [];
      for (let i = 0; i < c.int(2, 4); i++) {
        const p = c.person();
        rows.push(
          t`"${c.nm(p, c.pick(['full', 'lastComma', 'upperLast'] as const))}",${c.company()},${c.em(p)},${c.ph(p.country)},${c.pick(['Lead', 'Customer', 'Churned', 'Opportunity'])}`,
        );
      }
      return t`${c.L({ en: 'Name,Account,Email,Phone,Stage', de: 'Name,Firma,E-Mail,Telefon,Phase', fr: 'Nom,Compte,E-mail,Téléphone,Étape', es: 'Nombre,Cuenta,Correo,Teléfono,Etapa' })}
${join(rows, '\n')}`;
    },
  },
  {
    name: 'crm2',
    neg: false,
    f: (c) => {
      const p = c.person();
      const own = c.person();
      return t`${c.L({ en: 'Call notes', de: 'Gesprächsnotiz', fr: 'Compte rendu d’appel', es: 'Notas de llamada' })} — ${c.title(p)}${c.nm(p, 'last')} (${c.company()})
${c.L({ en: 'Wants a demo of', de: 'Möchte eine Demo von', fr: 'Souhaite une démo de', es: 'Quiere una demo de' })} ${c.nn('codename')}. ${c.L({ en: 'Reach on', de: 'Erreichbar unter', fr: 'Joignable au', es: 'Contactar en el' })} ${c.ph(p.country)} ${c.L({ en: 'after', de: 'nach dem', fr: 'après le', es: 'después del' })} ${c.nDate()}.
${c.L({ en: 'Owner', de: 'Verantwortlich', fr: 'Responsable', es: 'Responsable' })}: ${c.nm(own, 'initial')}`;
    },
  },
  {
    name: 'mktlist1',
    neg: false,
    f: (c) => {
      const rows: Piece[] = [];
      for (let i = 0; i < c.int(3, 5); i++) {
        const p = c.person();
        rows.push(c.chance(0.6) ? t`"${c.nm(p)}" <${c.em(p)}>` : t`${c.em(p)}`);
      }
      return t`${c.L({ en: 'Newsletter segment "April promo" — opted in', de: 'Newsletter-Segment „Frühjahrsaktion“ — Opt-in', fr: 'Segment newsletter « promo printemps » — inscrits', es: 'Segmento newsletter «promo primavera» — suscritos' })}
${join(rows, ';\n')}
${c.L({ en: 'Unsubscribe link', de: 'Abmeldelink', fr: 'Lien de désinscription', es: 'Enlace de baja' })}: ${c.url('unsubscribe')}`;
    },
  },
  {
    name: 'ats1',
    neg: false,
    f: (c) => {
      const cand = c.person();
      const rec = c.person();
      return t`${c.L({ en: 'Candidate', de: 'Kandidat:in', fr: 'Candidat·e', es: 'Candidato/a' })}: ${c.nm(cand)}
${c.L({ en: 'Stage', de: 'Phase', fr: 'Étape', es: 'Fase' })}: ${c.L({ en: 'Onsite', de: 'Vor-Ort-Interview', fr: 'Entretien sur site', es: 'Entrevista presencial' })} · ${c.nDate()}
${c.L({ en: 'Phone', de: 'Telefon', fr: 'Tél.', es: 'Tel.' })}: ${c.ph(cand.country)} · ${c.url('linkedin', cand)}
${c.L({ en: 'Recruiter', de: 'Recruiterin', fr: 'Recruteuse', es: 'Reclutadora' })}: ${c.nm(rec, 'first')} — ${c.L({ en: 'notice period 3 months, current employer', de: 'Kündigungsfrist 3 Monate, aktueller Arbeitgeber', fr: 'préavis de 3 mois, employeur actuel', es: 'preaviso de 3 meses, empresa actual' })} ${c.nn('brand')}`;
    },
  },
  {
    name: 'interview1',
    neg: false,
    f: (c) => {
      const cand = c.person();
      const i1 = c.person();
      const i2 = c.person();
      return t`${c.L({ en: 'Interview feedback', de: 'Interview-Feedback', fr: 'Retour d’entretien', es: 'Feedback de entrevista' })}: ${c.nm(cand, 'initials')} (${c.L({ en: 'backend', de: 'Backend', fr: 'backend', es: 'backend' })})
${c.nm(i1, 'upperLast')}: ${c.L({ en: 'strong hire — solid SQL, explained', de: 'klare Zusage — starkes SQL, hat', fr: 'avis très favorable — bon SQL, a expliqué', es: 'contratar — buen SQL, explicó' })} ${c.nn('software')} ${c.L({ en: 'internals well.', de: 'gut erklärt.', fr: 'en détail.', es: 'a fondo.' })}
${c.nm(i2, 'initial')}: ${c.L({ en: 'hire. Reference check with', de: 'Zusage. Referenz bei', fr: 'favorable. Référence à vérifier auprès de', es: 'contratar. Referencia con' })} ${c.title(c.person())}${c.pn('full')} ${c.L({ en: 'pending.', de: 'ausstehend.', fr: '.', es: 'pendiente.' })}`;
    },
  },
  {
    name: 'offer1',
    neg: false,
    f: (c) => {
      const p = c.person();
      const sig = c.person();
      return t`${c.addr(p.country)}

${c.L({ en: 'Dear', de: 'Sehr geehrte/r', fr: 'Chère/Cher', es: 'Estimado/a' })} ${c.title(p)}${c.nm(p, c.pick(['last', 'full'] as const))},
${c.L({ en: 'we are pleased to offer you the role of Data Engineer starting', de: 'wir freuen uns, Ihnen die Stelle als Data Engineer ab', fr: 'nous avons le plaisir de vous proposer le poste de Data Engineer à compter du', es: 'nos complace ofrecerle el puesto de Data Engineer a partir del' })} ${c.nDate()}${c.L({ en: ', at an annual salary of', de: ' anzubieten, Jahresgehalt', fr: ', pour un salaire annuel de', es: ', con un salario anual de' })} ${c.nPrice()}.
${c.L({ en: 'Kind regards', de: 'Mit freundlichen Grüßen', fr: 'Cordialement', es: 'Atentamente' })},
${c.nm(sig)}, ${c.L({ en: 'Head of People', de: 'Leitung Personal', fr: 'DRH', es: 'Directora de Personas' })}`;
    },
  },
  {
    name: 'hrform1',
    neg: false,
    f: (c) => {
      const p = c.person();
      const em = c.person(p.country);
      const us = c.lang === 'en' && p.country === 'US';
      return t`${c.L({ en: 'NEW HIRE FORM', de: 'PERSONALBOGEN', fr: 'FICHE D’EMBAUCHE', es: 'FICHA DE ALTA' })}
${c.L({ en: 'Legal name', de: 'Name', fr: 'Nom', es: 'Nombre' })}: ${c.nm(p, 'upperLast')}
${c.L({ en: 'Date of birth', de: 'Geburtsdatum', fr: 'Date de naissance', es: 'Fecha de nacimiento' })}: ${c.dob()}
${us ? t`SSN: ${c.ssn()}\n` : ''}${c.L({ en: 'Home address', de: 'Wohnanschrift', fr: 'Adresse', es: 'Domicilio' })}: ${c.addr(p.country)}
${c.L({ en: 'Salary account', de: 'Gehaltskonto', fr: 'Compte de paie', es: 'Cuenta de nómina' })}: ${c.ibanFor(p.country)}
${c.L({ en: 'Emergency contact', de: 'Notfallkontakt', fr: 'Contact d’urgence', es: 'Contacto de emergencia' })}: ${c.nm(em)}, ${c.ph(p.country)}`;
    },
  },
  {
    name: 'hrform2',
    neg: false,
    f: (c) => {
      const p = c.person('US');
      return t`${c.L({ en: 'W-4 check for', de: 'W-4-Prüfung (US-Tochter) für', fr: 'Vérification W-4 (filiale US) pour', es: 'Revisión W-4 (filial de EE. UU.) para' })} ${c.nm(p)}: SSN ${c.ssn()} ${c.L({ en: 'does not match payroll; payroll has', de: 'passt nicht zur Lohnabrechnung; dort steht', fr: 'ne correspond pas à la paie ; la paie a', es: 'no coincide con nómina; nómina tiene' })} ${c.nSsn()}. ${c.L({ en: 'Born', de: 'Geboren', fr: 'Né(e) le', es: 'Nacido/a el' })} ${c.dob()}.`;
    },
  },
  {
    name: 'expense1',
    neg: false,
    f: (c) => {
      const p = c.person();
      const ap = c.person();
      return t`${c.L({ en: 'Expense report', de: 'Spesenabrechnung', fr: 'Note de frais', es: 'Informe de gastos' })} ${c.nOrder()} — ${c.nm(p)}
${c.nDate()}  ${c.L({ en: 'Taxi to client', de: 'Taxi zum Kunden', fr: 'Taxi chez le client', es: 'Taxi al cliente' })}  ${c.nPrice()}
${c.nDate()}  ${c.L({ en: 'Hotel', de: 'Hotel', fr: 'Hôtel', es: 'Hotel' })} ${c.nn('brand')}  ${c.nPrice()}
${c.L({ en: 'Paid with corporate card', de: 'Bezahlt mit Firmenkarte', fr: 'Payé avec la carte société', es: 'Pagado con la tarjeta de empresa' })} ${c.card()}
${c.L({ en: 'Approved by', de: 'Genehmigt von', fr: 'Validé par', es: 'Aprobado por' })} ${c.nm(ap, 'lastComma')}`;
    },
  },
  {
    name: 'vendor1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'Vendor onboarding', de: 'Lieferantenanlage', fr: 'Référencement fournisseur', es: 'Alta de proveedor' })}
${c.L({ en: 'Company', de: 'Firma', fr: 'Société', es: 'Empresa' })}: ${c.company()}
${c.L({ en: 'Contact person', de: 'Ansprechpartner', fr: 'Interlocuteur', es: 'Persona de contacto' })}: ${c.title(p)}${c.nm(p)}
${c.L({ en: 'E-mail', de: 'E-Mail', fr: 'E-mail', es: 'Correo' })}: ${c.em(p)}
${c.L({ en: 'Phone', de: 'Telefon', fr: 'Téléphone', es: 'Teléfono' })}: ${c.ph(p.country, true)}
${c.L({ en: 'Registered address', de: 'Geschäftsanschrift', fr: 'Siège', es: 'Domicilio social' })}: ${c.addr(p.country)}
IBAN: ${c.iban()}
${c.L({ en: 'Old IBAN (closed)', de: 'Alte IBAN (geschlossen, Tippfehler)', fr: 'Ancien IBAN (erroné)', es: 'IBAN antiguo (erróneo)' })}: ${c.nIban()}`;
    },
  },
  {
    name: 'invoice1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'INVOICE', de: 'RECHNUNG', fr: 'FACTURE', es: 'FACTURA' })} ${c.nOrder()}   ${c.L({ en: 'Date', de: 'Datum', fr: 'Date', es: 'Fecha' })}: ${c.nDate()}
${c.L({ en: 'Bill to', de: 'Rechnungsempfänger', fr: 'Facturé à', es: 'Facturar a' })}:
${c.nm(p)}
${c.addr(p.country)}
${c.L({ en: 'Consulting, 12 h', de: 'Beratung, 12 Std.', fr: 'Conseil, 12 h', es: 'Consultoría, 12 h' })} ........ ${c.nPrice()}
${c.L({ en: 'Please transfer to', de: 'Bitte überweisen auf', fr: 'Virement à effectuer sur', es: 'Transferir a' })} ${c.iban()}`;
    },
  },
  {
    name: 'payroll1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'Subject: change of bank details', de: 'Betreff: Änderung der Bankverbindung', fr: 'Objet : changement de coordonnées bancaires', es: 'Asunto: cambio de datos bancarios' })}
${c.L({ en: 'Hi payroll, from next month please pay my salary to', de: 'Hallo Lohnbuchhaltung, ab nächsten Monat bitte auf', fr: 'Bonjour, à partir du mois prochain merci de verser mon salaire sur', es: 'Hola, a partir del mes que viene pagad mi nómina en' })} ${c.ibanFor(p.country)} ${c.L({ en: 'instead of the old account.', de: 'statt des alten Kontos.', fr: 'au lieu de l’ancien compte.', es: 'en vez de la cuenta antigua.' })}
${c.L({ en: 'Thanks', de: 'Danke', fr: 'Merci', es: 'Gracias' })}, ${c.nm(p, 'first')}
--
${c.nm(p)} | ${c.ph(p.country)}`;
    },
  },
  {
    name: 'email1',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      const cc = c.person();
      return t`---------- Forwarded message ---------
From: ${c.nm(a)} <${c.em(a)}>
Date: ${c.nDate()}
To: "${c.nm(b, 'lastComma')}" <${c.em(b)}>
Cc: ${c.em(cc)}
Subject: ${c.L({ en: 'contract renewal', de: 'Vertragsverlängerung', fr: 'renouvellement du contrat', es: 'renovación del contrato' })}

${c.L({ en: 'Hi', de: 'Hallo', fr: 'Bonjour', es: 'Hola' })} ${c.nm(b, 'first')}, ${c.L({ en: 'see below.', de: 'siehe unten.', fr: 'voir ci-dessous.', es: 'ver abajo.' })}`;
    },
  },
  {
    name: 'recruitmail1',
    neg: false,
    f: (c) => {
      const cand = c.person();
      const me = c.person();
      return t`${c.L({ en: 'Hi', de: 'Hallo', fr: 'Bonjour', es: 'Hola' })} ${c.nm(cand, 'first')},
${c.L({ en: 'I’m', de: 'ich bin', fr: 'je suis', es: 'soy' })} ${c.nm(me)} ${c.L({ en: 'from', de: 'von', fr: 'de chez', es: 'de' })} ${c.company()}. ${c.L({ en: 'Your talk on', de: 'Dein Vortrag über', fr: 'Ton talk sur', es: 'Tu charla sobre' })} ${c.nn('software')} ${c.L({ en: 'was great. Book a slot here:', de: 'war super. Termin buchen:', fr: 'était top. Réserve un créneau ici :', es: 'fue genial. Reserva aquí:' })} ${c.url('calendly', me)} ${c.L({ en: 'or call me on', de: 'oder ruf an:', fr: 'ou appelle-moi au', es: 'o llámame al' })} ${c.ph(me.country)}.`;
    },
  },
  {
    name: 'conf1',
    neg: false,
    f: (c) => {
      const rows: Piece[] = [];
      for (let i = 0; i < c.int(3, 5); i++) {
        const p = c.person();
        rows.push(
          t`| ${c.nm(p, c.pick(['full', 'full', 'upperLast', 'lastComma'] as const))} | ${c.company()} | ${c.em(p)} | ${c.pick(['Speaker', 'Attendee', 'Sponsor', 'Volunteer'])} |`,
        );
      }
      return t`${c.L({ en: 'Attendees — DataConf', de: 'Teilnehmende — DataConf', fr: 'Participants — DataConf', es: 'Asistentes — DataConf' })} ${c.nDate()}
| ${c.L({ en: 'Name', de: 'Name', fr: 'Nom', es: 'Nombre' })} | ${c.L({ en: 'Company', de: 'Firma', fr: 'Société', es: 'Empresa' })} | E-mail | ${c.L({ en: 'Role', de: 'Rolle', fr: 'Rôle', es: 'Rol' })} |
|---|---|---|---|
${join(rows, '\n')}`;
    },
  },
  {
    name: 'meetup1',
    neg: false,
    f: (c) => {
      const s1 = c.person();
      const s2 = c.person();
      const org = c.person();
      return t`${c.nn('software')} Meetup #${c.int(10, 80)} — ${c.nDate()}
${c.L({ en: 'Talks', de: 'Vorträge', fr: 'Talks', es: 'Charlas' })}: ${c.nm(s1)} ${c.L({ en: 'on', de: 'über', fr: 'sur', es: 'sobre' })} ${c.nn('ai')}; ${c.nm(s2, 'middle')} ${c.L({ en: 'on migrating off', de: 'über den Abschied von', fr: 'sur la sortie de', es: 'sobre dejar' })} ${c.nn('software')}
${c.L({ en: 'Venue', de: 'Ort', fr: 'Lieu', es: 'Lugar' })}: ${c.addr()}
${c.L({ en: 'Questions? Text', de: 'Fragen? SMS an', fr: 'Questions ? SMS à', es: '¿Dudas? Escribe a' })} ${c.nm(org, 'first')}: ${c.ph()}`;
    },
  },
  {
    name: 'newsletter1',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      return t`${c.L({ en: 'Team news', de: 'Neues aus dem Team', fr: 'Les nouvelles de l’équipe', es: 'Noticias del equipo' })}
${c.L({ en: 'Please welcome', de: 'Herzlich willkommen,', fr: 'Bienvenue à', es: 'Damos la bienvenida a' })} ${c.nm(a)}${c.L({ en: ', who joins the data platform team from', de: ', die vom', fr: ', qui rejoint l’équipe data depuis', es: ', que llega al equipo de datos desde' })} ${c.nn('institution')}${c.L({ en: '.', de: ' ins Data-Team wechselt.', fr: '.', es: '.' })} ${c.L({ en: 'And congratulations to', de: 'Und Glückwunsch an', fr: 'Et bravo à', es: 'Y enhorabuena a' })} ${c.nm(b, 'first')} ${c.L({ en: 'on ten years!', de: 'zu zehn Jahren!', fr: 'pour ses dix ans chez nous !', es: 'por sus diez años!' })}
${c.url('company')}`;
    },
  },
  {
    name: 'press1',
    neg: false,
    f: (c) => {
      const ceo = c.person();
      const pr = c.person();
      return t`${c.L({ en: 'PRESS RELEASE', de: 'PRESSEMITTEILUNG', fr: 'COMMUNIQUÉ DE PRESSE', es: 'NOTA DE PRENSA' })} — ${c.nDate()}
${c.company()} ${c.L({ en: 'raises Series B to expand in', de: 'sammelt Series B ein und expandiert nach', fr: 'lève une série B pour s’étendre à', es: 'cierra una serie B para crecer en' })} ${c.nn('place')}.
"${c.L({ en: 'We built this for teams drowning in spreadsheets', de: 'Wir haben das für Teams gebaut, die in Tabellen ertrinken', fr: 'Nous l’avons conçu pour les équipes noyées sous les tableurs', es: 'Lo creamos para equipos ahogados en hojas de cálculo' })}," ${c.L({ en: 'said', de: 'sagte', fr: 'a déclaré', es: 'dijo' })} ${c.nm(ceo)}${c.L({ en: ', CEO.', de: ', CEO.', fr: ', PDG.', es: ', consejera delegada.' })}
${c.L({ en: 'Media contact', de: 'Pressekontakt', fr: 'Contact presse', es: 'Contacto de prensa' })}: ${c.nm(pr)}, ${c.em(pr)}, ${c.ph(pr.country, true)}`;
    },
  },
  {
    name: 'news1',
    neg: false,
    f: (c) => {
      const p = c.person();
      const q = c.person();
      return t`${c.L({ en: 'Outage at', de: 'Störung bei', fr: 'Panne chez', es: 'Caída en' })} ${c.company()}: ${c.L({ en: 'according to', de: 'laut', fr: 'selon', es: 'según' })} ${c.title(p)}${c.nm(p)}${c.L({ en: ', head of security, no card data was exposed. ', de: ', Sicherheitschefin, wurden keine Kartendaten offengelegt. ', fr: ', responsable sécurité, aucune donnée de carte n’a fuité. ', es: ', responsable de seguridad, no se expusieron datos de tarjetas. ' })}${c.nm(q, 'last')} ${c.L({ en: 'of', de: 'vom', fr: 'de l’', es: 'del' })} ${c.nn('institution')} ${c.L({ en: 'was less sure.', de: 'ist skeptisch.', fr: 'est plus prudent.', es: 'es más escéptico.' })}`;
    },
  },
  {
    name: 'podcast1',
    neg: false,
    f: (c) => {
      const host = c.person();
      const guest = c.person();
      return t`${c.L({ en: 'Episode', de: 'Folge', fr: 'Épisode', es: 'Episodio' })} ${c.int(20, 240)}: ${c.nm(guest)} ${c.L({ en: 'on data contracts', de: 'über Data Contracts', fr: 'sur les data contracts', es: 'sobre contratos de datos' })}
${c.L({ en: 'Host', de: 'Moderation', fr: 'Animation', es: 'Presenta' })}: ${c.nm(host)}
${N('timestamp', `00:${pad(c.int(1, 9), 2)}:${pad(c.int(0, 59), 2)}`)} ${c.L({ en: 'Why', de: 'Warum', fr: 'Pourquoi', es: 'Por qué' })} ${c.nn('software')}?
${N('timestamp', `00:${c.int(20, 55)}:${pad(c.int(0, 59), 2)}`)} ${c.L({ en: 'Guest links', de: 'Links zum Gast', fr: 'Liens de l’invité·e', es: 'Enlaces del invitado' })}: ${c.url('linkedin', guest)} · ${c.url('github', guest)}
${c.url('podcast')}`;
    },
  },
  {
    name: 'testimonial1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`"${c.L({ en: 'We cut our month-end close from five days to one.', de: 'Unser Monatsabschluss dauert jetzt einen statt fünf Tage.', fr: 'Notre clôture mensuelle est passée de cinq jours à un.', es: 'Pasamos de cinco días a uno en el cierre mensual.' })}"
— ${c.nm(p, c.pick(['full', 'initial', 'middle'] as const))}, ${c.L({ en: 'Finance Lead', de: 'Leiterin Finanzen', fr: 'responsable financière', es: 'responsable de finanzas' })}, ${c.nn('place')}`;
    },
  },
  {
    name: 'appreview1',
    neg: false,
    f: (c) => {
      const u = c.person();
      const sup = c.person();
      return t`★☆☆☆☆ ${c.handle(u)} · ${c.nDate()}
${c.L({ en: 'App crashes on login since', de: 'App stürzt beim Login ab seit', fr: 'L’appli plante à la connexion depuis la', es: 'La app se cierra al iniciar sesión desde la' })} ${c.nVer(false)}. ${c.L({ en: 'Contact me at', de: 'Meldet euch unter', fr: 'Contactez-moi :', es: 'Escribidme a' })} ${c.em(u)}
${c.L({ en: 'Developer response', de: 'Antwort des Entwicklers', fr: 'Réponse du développeur', es: 'Respuesta del desarrollador' })}: ${c.L({ en: 'Sorry about that! Fixed in the next build. —', de: 'Tut uns leid! Im nächsten Build behoben. —', fr: 'Désolés ! Corrigé dans la prochaine version. —', es: '¡Lo sentimos! Arreglado en la próxima versión. —' })} ${c.nm(sup, 'first')}, Support`;
    },
  },
  {
    name: 'order1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'Thanks for your order', de: 'Danke für deine Bestellung', fr: 'Merci pour votre commande', es: 'Gracias por tu pedido' })}, ${c.nm(p, 'first')}!
${c.L({ en: 'Order', de: 'Bestellung', fr: 'Commande', es: 'Pedido' })} ${c.nOrder()} · ${c.L({ en: 'Total', de: 'Summe', fr: 'Total', es: 'Total' })} ${c.nPrice()}
${c.L({ en: 'Ship to', de: 'Lieferadresse', fr: 'Livraison à', es: 'Enviar a' })}:
${c.nm(p)}
${c.addr(p.country)}
${c.L({ en: 'Track', de: 'Sendungsverfolgung', fr: 'Suivi', es: 'Seguimiento' })}: ${c.url('tracking')}`;
    },
  },
  {
    name: 'return1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'RETURN LABEL', de: 'RÜCKSENDEETIKETT', fr: 'ÉTIQUETTE DE RETOUR', es: 'ETIQUETA DE DEVOLUCIÓN' })} ${c.nOrder()}
${c.L({ en: 'FROM', de: 'ABSENDER', fr: 'EXPÉDITEUR', es: 'REMITENTE' })}: ${c.nm(p, 'upperLast')}
${c.addr(p.country)}
${c.L({ en: 'Tel', de: 'Tel.', fr: 'Tél.', es: 'Tel.' })} ${c.ph(p.country)}
${c.L({ en: 'TO: Returns Centre', de: 'AN: Retourenzentrum', fr: 'À : Centre de retours', es: 'A: Centro de devoluciones' })} ${c.company()}`;
    },
  },
  {
    name: 'delivery1',
    neg: false,
    f: (c) => {
      const drv = c.person();
      return t`${c.L({ en: 'Your parcel arrives today between 14:00 and 16:00. Driver:', de: 'Dein Paket kommt heute zwischen 14 und 16 Uhr. Fahrer:', fr: 'Votre colis arrive aujourd’hui entre 14 h et 16 h. Livreur :', es: 'Tu paquete llega hoy entre las 14:00 y las 16:00. Repartidor:' })} ${c.nm(drv, 'first')}. ${c.L({ en: 'Live map', de: 'Live-Karte', fr: 'Carte en direct', es: 'Mapa en vivo' })}: ${c.url('tracking')}`;
    },
  },
  {
    name: 'medical1',
    neg: false,
    f: (c) => {
      const p = c.person();
      const dr = c.person();
      return t`${c.L({ en: 'Reminder: appointment with', de: 'Erinnerung: Termin bei', fr: 'Rappel : rendez-vous avec', es: 'Recordatorio: cita con' })} ${c.L({ en: 'Dr. ', de: 'Dr. ', fr: 'Dr ', es: c.pick(['Dr. ', 'Dra. ']) })}${c.nm(dr, 'last')} ${c.L({ en: 'on', de: 'am', fr: 'le', es: 'el' })} ${c.nDate()}.
${c.L({ en: 'Patient', de: 'Patient', fr: 'Patient', es: 'Paciente' })}: ${c.nm(p)}, ${c.L({ en: 'DOB', de: 'geb.', fr: 'né(e) le', es: 'F. nac.' })} ${c.dob()}
${c.L({ en: 'Clinic', de: 'Praxis', fr: 'Cabinet', es: 'Clínica' })}: ${c.addr(p.country)} · ${c.ph(p.country)}`;
    },
  },
  {
    name: 'pharmacy1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'Pinecrest Pharmacy: the prescription for', de: 'Apotheke: Das Rezept für', fr: 'Pharmacie : l’ordonnance de', es: 'Farmacia: la receta de' })} ${c.nm(p, c.pick(['full', 'initial'] as const))} (${c.dob()}) ${c.L({ en: 'is ready. Questions:', de: 'liegt bereit. Fragen:', fr: 'est prête. Questions :', es: 'está lista. Dudas:' })} ${c.ph(p.country)}`;
    },
  },
  {
    name: 'gym1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`Halcyon Fitness — ${c.L({ en: 'membership', de: 'Mitgliedschaft', fr: 'abonnement', es: 'membresía' })} ${c.nOrder()}
${c.L({ en: 'Member', de: 'Mitglied', fr: 'Membre', es: 'Socio/a' })}: ${c.nm(p)} · ${c.L({ en: 'born', de: 'geboren', fr: 'né(e) le', es: 'nacido/a el' })} ${c.dob()}
${c.L({ en: 'Direct debit mandate', de: 'SEPA-Lastschriftmandat', fr: 'Mandat de prélèvement SEPA', es: 'Mandato SEPA' })}: ${c.ibanFor(p.country)}
${c.L({ en: 'Monthly', de: 'Monatlich', fr: 'Mensuel', es: 'Mensual' })}: ${c.nPrice()} · ${c.em(p)}`;
    },
  },
  {
    name: 'cowork1',
    neg: false,
    f: (c) => {
      const rows: Piece[] = [];
      for (let i = 0; i < c.int(2, 4); i++) {
        const p = c.person();
        rows.push(
          t`${c.nm(p, c.pick(['full', 'lastComma'] as const))}\t${c.pick(['Hot desk', 'Fixed desk', 'Office 2'])}\t${c.em(p)}`,
        );
      }
      return t`Nimbus Desk — ${c.L({ en: 'members on floor 3', de: 'Mitglieder im 3. OG', fr: 'membres au 3e étage', es: 'miembros de la 3.ª planta' })}
${join(rows, '\n')}
Wi-Fi: NimbusGuest / WIFI_PASSWORD=${c.secret()}`;
    },
  },
  {
    name: 'zendesk1',
    neg: false,
    f: (c) => {
      const p = c.person();
      const ag = c.person();
      return t`${c.L({ en: 'Ticket', de: 'Ticket', fr: 'Ticket', es: 'Ticket' })} #${c.int(10000, 999999)} · ${c.L({ en: 'Requester', de: 'Anfragende Person', fr: 'Demandeur', es: 'Solicitante' })}: ${c.nm(p)} <${c.em(p)}>
${c.L({ en: 'My card', de: 'Meine Karte', fr: 'Ma carte', es: 'Mi tarjeta' })} ${c.card()} ${c.L({ en: 'was charged twice for', de: 'wurde doppelt belastet für', fr: 'a été débitée deux fois pour', es: 'se cobró dos veces por' })} ${c.nOrder()}.
${c.L({ en: 'Internal note', de: 'Interne Notiz', fr: 'Note interne', es: 'Nota interna' })} (${c.nm(ag, 'first')}): ${c.L({ en: 'refund issued, told customer not to post full card numbers.', de: 'Erstattung veranlasst, Kundin gebeten, keine vollen Kartennummern zu senden.', fr: 'remboursement fait, cliente priée de ne plus envoyer son numéro complet.', es: 'reembolso hecho, se pidió a la clienta no enviar el número completo.' })}`;
    },
  },
  {
    name: 'particles1',
    neg: false,
    f: (c) => {
      const rows: Piece[] = [];
      const parts = c.L({
        en: ['van der', 'De', 'O’'],
        de: ['von', 'van der', 'von der'],
        fr: ['de', 'de la', 'Le'],
        es: ['de la', 'del', 'de los'],
      });
      for (let i = 0; i < 3; i++) {
        const base = c.person();
        const lst = nameLists(localeKey(base.country, c.lang)).last;
        const part = c.pick(parts);
        const core =
          base.source === 'invented' ? base.last.split(' ')[0]! : c.pick(lst).split(' ')[0]!;
        const surname = part === 'O’' ? `O'${core}` : `${part} ${core}`;
        const p: Person = {
          first: base.first,
          last: surname,
          source: base.source,
          country: base.country,
        };
        rows.push(
          t`- ${c.nm(p, c.pick(['full', 'lastComma', 'initial'] as const))} (${c.pick(['QA', 'SRE', 'Data', 'Design'])})`,
        );
      }
      return t`${c.L({ en: 'Rota for', de: 'Dienstplan für', fr: 'Planning pour', es: 'Turnos para' })} ${c.nn('month')}:
${join(rows, '\n')}`;
    },
  },
];

const MORE: Tpl[] = [
  {
    name: 'pr1',
    neg: false,
    f: (c) => {
      const a = c.person();
      const r1 = c.person();
      const r2 = c.person();
      return t`#${c.int(100, 4999)} ${c.L({ en: 'Add SEPA export', de: 'SEPA-Export hinzufügen', fr: 'Ajout de l’export SEPA', es: 'Añadir exportación SEPA' })} · ${c.nm(a)} ${c.L({ en: 'wants to merge 4 commits', de: 'möchte 4 Commits mergen', fr: 'veut fusionner 4 commits', es: 'quiere fusionar 4 commits' })}
${c.L({ en: 'Reviewers', de: 'Reviewer', fr: 'Relecteurs', es: 'Revisores' })}: ${c.nm(r1, 'full')}, ${c.nm(r2, 'lowerFull')}
${c.L({ en: 'Test IBAN in the fixture is a real one', de: 'Die Test-IBAN im Fixture ist echt', fr: 'L’IBAN de test du fixture est réel', es: 'El IBAN de prueba del fixture es real' })}: ${c.iban()}`;
    },
  },
  {
    name: 'blame1',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      return t`${c.nSha(8)} (${c.nm(a)} ${c.nDate()} 41)   const ADMIN = '${c.em(b)}';
${c.nSha(8)} (${c.nm(b)} ${c.nDate()} 42)   const TOKEN = '${c.gh()}';`;
    },
  },
  {
    name: 'cherrypick1',
    neg: false,
    f: (c) => {
      const a = c.person();
      return t`(cherry picked from commit ${c.nSha(40)})
Acked-by: ${c.nm(a, 'initial')} <${c.em(a)}>
Tested-by: ${c.nn('bot')} <${E('EMAIL', `ci-bot@${c.companyDomain()}`)}>`;
    },
  },
  {
    name: 'issue4',
    neg: false,
    f: (c) => {
      const u = c.person('US');
      const ag = c.person();
      return t`${c.L({ en: 'SEC-', de: 'SEC-', fr: 'SEC-', es: 'SEC-' })}${c.int(10, 999)} ${c.L({ en: 'PII in export bucket', de: 'PII im Export-Bucket', fr: 'Données perso dans le bucket d’export', es: 'Datos personales en el bucket de exportación' })}
${c.L({ en: 'Found row', de: 'Gefundene Zeile', fr: 'Ligne trouvée', es: 'Fila encontrada' })}: ${c.nm(u, 'upperLast')};${c.ssn()};${c.dob()};${c.card()}
${c.L({ en: 'Assignee', de: 'Bearbeiter', fr: 'Assigné', es: 'Asignado' })}: ${c.nm(ag, c.pick(['full', 'initial'] as const))}`;
    },
  },
  {
    name: 'linearcomment1',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      return t`${c.nm(a, 'first')}: ${c.L({ en: 'repro with user', de: 'reproduziert mit Nutzer', fr: 'reproduit avec l’utilisateur', es: 'reproducido con el usuario' })} ${c.em(b)} ${c.L({ en: 'on', de: 'auf', fr: 'sur', es: 'en' })} ${c.nVer(false)}
${c.nm(b, 'first')} (${c.L({ en: 'customer', de: 'Kunde', fr: 'client', es: 'cliente' })}): ${c.L({ en: 'still broken, my number is', de: 'geht immer noch nicht, meine Nummer:', fr: 'toujours cassé, mon numéro :', es: 'sigue roto, mi número es' })} ${c.ph(b.country)}`;
    },
  },
  {
    name: 'oncall3',
    neg: false,
    f: (c) => {
      const rows: Piece[] = [];
      for (let i = 0; i < 3; i++) {
        const p = c.person();
        rows.push(
          t`${c.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])}  ${c.nm(p, c.pick(['full', 'lastComma', 'upperLast'] as const))}  ${c.ph(p.country, true)}`,
        );
      }
      return t`${c.L({ en: 'On-call rota (primary)', de: 'Rufbereitschaft (primär)', fr: 'Astreinte (primaire)', es: 'Guardias (primaria)' })}
${join(rows, '\n')}`;
    },
  },
  {
    name: 'incident1',
    neg: false,
    f: (c) => {
      const ic = c.person();
      const cm = c.person();
      return t`${c.L({ en: 'Postmortem', de: 'Postmortem', fr: 'Post-mortem', es: 'Postmortem' })} INC-${c.int(100, 999)} (${c.nDate()})
${c.L({ en: 'Incident commander', de: 'Incident Commander', fr: 'Responsable d’incident', es: 'Responsable del incidente' })}: ${c.nm(ic)}; ${c.L({ en: 'comms', de: 'Kommunikation', fr: 'communication', es: 'comunicación' })}: ${c.nm(cm)}
${c.L({ en: 'Root cause: a debug endpoint returned the admin JWT', de: 'Ursache: ein Debug-Endpoint gab das Admin-JWT zurück', fr: 'Cause : un endpoint de debug renvoyait le JWT admin', es: 'Causa: un endpoint de depuración devolvía el JWT de admin' })} ${c.jwt()} ${c.L({ en: 'to', de: 'an', fr: 'à', es: 'a' })} ${c.ip()}.`;
    },
  },
  {
    name: 'slackjson2',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`{"ok":true,"user":{"id":"U${c.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}","name":"${c.handle(p)}","real_name":"${c.nm(p)}","profile":{"email":"${c.em(p)}","phone":"${c.ph(p.country, true)}","title":"${c.pick(['SRE', 'Data Engineer', 'PM', 'Designer'])}"},"tz":"Europe/${c.pick(['Berlin', 'Paris', 'Madrid', 'London'])}"}}`;
    },
  },
  {
    name: 'teams2',
    neg: false,
    f: (c) => {
      const a = c.person();
      const b = c.person();
      return t`${c.nm(a, 'upperLast')} ${c.L({ en: 'added', de: 'hat', fr: 'a ajouté', es: 'añadió a' })} ${c.nm(b, 'upperLast')} ${c.L({ en: 'to the chat.', de: 'zum Chat hinzugefügt.', fr: 'à la conversation.', es: 'al chat.' })}
${c.nm(a, 'first')}: ${c.L({ en: 'welcome! the wiki is at', de: 'willkommen! das Wiki liegt unter', fr: 'bienvenue ! le wiki est ici :', es: '¡bienvenida! la wiki está en' })} ${c.url('company')}`;
    },
  },
  {
    name: 'helm1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`# values-prod.yaml
image:
  tag: "${c.nVer(false)}"
ingress:
  host: api.${c.companyDomain()}
smtp:
  user: ${c.em(p)}
  password: "${c.secret()}"
githubApp:
  token: ${c.gh()}`;
    },
  },
  {
    name: 'compose1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`services:
  db:
    image: postgres:${c.int(13, 17)}
    environment:
      POSTGRES_PASSWORD: ${c.secret()}
  mailer:
    environment:
      SMTP_FROM: "${c.nm(p)} <${c.em(p)}>"
      SLACK_WEBHOOK_TOKEN: ${c.slack()}`;
    },
  },
  {
    name: 'sshkey1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'Can someone add this to the bastion? It’s from', de: 'Kann jemand das auf den Bastion legen? Ist von', fr: 'Quelqu’un peut ajouter ça au bastion ? C’est de', es: '¿Alguien puede añadir esto al bastión? Es de' })} ${c.nm(p, 'lower')}${c.L({ en: '’s laptop:', de: 's Laptop:', fr: ' :', es: ':' })}
${c.pem()}
${c.L({ en: 'host', de: 'Host', fr: 'hôte', es: 'host' })} ${c.ip()}`;
    },
  },
  {
    name: 'sql3',
    neg: false,
    f: (c) => {
      const p = c.person('US');
      return t`UPDATE employees SET ssn = '${c.ssn()}', birth_date = '${c.dob()}' WHERE email = '${c.em(p)}'; -- ${c.L({ en: 'fix for', de: 'Korrektur für', fr: 'correctif pour', es: 'corrección para' })} ${c.nm(p)}`;
    },
  },
  {
    name: 'csvexport1',
    neg: false,
    f: (c) => {
      const rows: Piece[] = [];
      for (let i = 0; i < c.int(2, 3); i++) {
        const p = c.person();
        rows.push(
          t`${c.int(1, 9999)};${c.nm(p, 'last')};${c.nm(p, 'first')};"${c.addr(p.country)}";${c.ph(p.country)}`,
        );
      }
      return t`id;${c.L({ en: 'last_name;first_name;address;phone', de: 'nachname;vorname;adresse;telefon', fr: 'nom;prenom;adresse;telephone', es: 'apellidos;nombre;direccion;telefono' })}
${join(rows, '\n')}`;
    },
  },
  {
    name: 'auditlog2',
    neg: false,
    f: (c) => {
      const a = c.person();
      return t`${c.nTs('iso')} AUDIT user=${c.em(a)} src=${c.ip()} action=export.download rows=${c.int(100, 90000)} file=${c.nUuid()}.csv
${c.nTs('iso')} AUDIT user=${c.em(a)} src=${c.ip()} action=card.reveal last4=${c.digits(4)}`;
    },
  },
  {
    name: 'ats2',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'Application received', de: 'Bewerbung eingegangen', fr: 'Candidature reçue', es: 'Candidatura recibida' })}: ${c.nm(p, 'middle')}
CV: ${c.L({ en: 'born', de: 'geboren am', fr: 'né(e) le', es: 'nacido/a el' })} ${c.dob()} · ${c.addr(p.country)} · ${c.em(p)}
${c.L({ en: 'Portfolio', de: 'Portfolio', fr: 'Portfolio', es: 'Portafolio' })}: ${c.url('github', p)}`;
    },
  },
  {
    name: 'refcheck1',
    neg: false,
    f: (c) => {
      const cand = c.person();
      const ref = c.person();
      return t`${c.L({ en: 'Reference call with', de: 'Referenzgespräch mit', fr: 'Appel de référence avec', es: 'Llamada de referencia con' })} ${c.title(ref)}${c.nm(ref, 'last')} (${c.ph(ref.country)}): ${c.L({ en: 'worked with', de: 'hat mit', fr: 'a travaillé avec', es: 'trabajó con' })} ${c.nm(cand, 'first')} ${c.L({ en: 'for three years at', de: 'drei Jahre bei', fr: 'trois ans chez', es: 'tres años en' })} ${c.nn('brand')}${c.L({ en: '.', de: ' zusammengearbeitet.', fr: '.', es: '.' })}`;
    },
  },
  {
    name: 'expense2',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'Reimbursement request', de: 'Erstattungsantrag', fr: 'Demande de remboursement', es: 'Solicitud de reembolso' })}: ${c.nm(p, 'lastComma')} · ${c.nPrice()} · ${c.L({ en: 'pay to', de: 'Auszahlung auf', fr: 'virement sur', es: 'abonar en' })} ${c.ibanFor(p.country)} · ${c.L({ en: 'receipt', de: 'Beleg', fr: 'justificatif', es: 'recibo' })} ${c.nOrder()}`;
    },
  },
  {
    name: 'vendor2',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`{"vendor":"${c.company()}","contact":{"name":"${c.nm(p)}","email":"${c.em(p)}"},"bank":{"iban":"${c.iban()}","bic":"${c.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 6)}2X"},"created":"${c.nTs('iso')}"}`;
    },
  },
  {
    name: 'signature1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'Best', de: 'Viele Grüße', fr: 'Bien à vous', es: 'Un saludo' })},
${c.nm(p, 'middle')}
${c.pick(['Staff Engineer', 'Head of Data', 'Engineering Manager', 'Office Manager'])} | ${c.company()}
M ${c.ph(p.country, true)} | ${c.url('linkedin', p)}
${c.addr(p.country)}`;
    },
  },
  {
    name: 'attendee2',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'Your ticket', de: 'Dein Ticket', fr: 'Votre billet', es: 'Tu entrada' })} — ${c.nn('software')}Conf ${c.nDate()}
${c.L({ en: 'Attendee', de: 'Teilnehmer:in', fr: 'Participant', es: 'Asistente' })}: ${c.nm(p, 'upperLast')}
${c.L({ en: 'Paid with', de: 'Bezahlt mit', fr: 'Payé avec', es: 'Pagado con' })} ${c.card()} · ${c.nPrice()}`;
    },
  },
  {
    name: 'pressquote2',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`«${c.L({ en: 'Open data saves lives', de: 'Offene Daten retten Leben', fr: 'Les données ouvertes sauvent des vies', es: 'Los datos abiertos salvan vidas' })}», ${c.L({ en: 'says', de: 'sagt', fr: 'affirme', es: 'afirma' })} ${c.title(p)}${c.nm(p)} ${c.L({ en: 'from', de: 'vom', fr: 'de l’', es: 'del' })} ${c.nn('institution')}.`;
    },
  },
  {
    name: 'returnsmail1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'Hi', de: 'Hallo', fr: 'Bonjour', es: 'Hola' })} ${c.nm(p, 'first')}, ${c.L({ en: 'your refund of', de: 'deine Erstattung über', fr: 'votre remboursement de', es: 'tu reembolso de' })} ${c.nPrice()} ${c.L({ en: 'for', de: 'für', fr: 'pour', es: 'del pedido' })} ${c.nOrder()} ${c.L({ en: 'goes back to the card', de: 'geht zurück auf die Karte', fr: 'sera recrédité sur la carte', es: 'vuelve a la tarjeta' })} ${c.card()}.`;
    },
  },
  {
    name: 'pharmacy2',
    neg: false,
    f: (c) => {
      const p = c.person();
      const ph = c.person();
      return t`${c.L({ en: 'Refill request', de: 'Folgerezept', fr: 'Renouvellement', es: 'Renovación de receta' })} — ${c.nm(p, 'lastComma')}, ${c.dob()}
${c.L({ en: 'Prescriber', de: 'Verordnet von', fr: 'Prescripteur', es: 'Prescriptor' })}: ${c.L({ en: 'Dr. ', de: 'Dr. ', fr: 'Dr ', es: 'Dr. ' })}${c.nm(ph)}
${c.L({ en: 'Deliver to', de: 'Lieferung an', fr: 'Livrer à', es: 'Entregar en' })}: ${c.addr(p.country)}`;
    },
  },
  {
    name: 'dentist1',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.nm(p, 'first')}, ${c.L({ en: 'your check-up is on', de: 'deine Kontrolle ist am', fr: 'votre contrôle est prévu le', es: 'tu revisión es el' })} ${c.nDate()} ${c.L({ en: 'at 09:30. Reply C to confirm or call', de: 'um 9:30. Antworte J zum Bestätigen oder ruf an:', fr: 'à 9 h 30. Répondez C pour confirmer ou appelez le', es: 'a las 9:30. Responde C para confirmar o llama al' })} ${c.ph(p.country)}.`;
    },
  },
  {
    name: 'cowork2',
    neg: false,
    f: (c) => {
      const p = c.person();
      return t`${c.L({ en: 'Guest registration', de: 'Gästeanmeldung', fr: 'Enregistrement visiteur', es: 'Registro de visitas' })}: ${c.nm(p)} ${c.L({ en: 'visiting', de: 'besucht', fr: 'rend visite à', es: 'visita a' })} ${c.pn('first')} · ${c.L({ en: 'ID checked', de: 'Ausweis geprüft', fr: 'pièce vérifiée', es: 'DNI comprobado' })} · ${c.L({ en: 'born', de: 'geb.', fr: 'né(e) le', es: 'nac.' })} ${c.dob()}`;
    },
  },
];

const MORE_NEG: Tpl[] = [
  {
    name: 'semver',
    neg: true,
    f: (c) =>
      t`${c.L({ en: 'Compatibility matrix', de: 'Kompatibilitätsmatrix', fr: 'Matrice de compatibilité', es: 'Matriz de compatibilidad' })}: ${c.nn('software')} ${c.nVer(false)} ↔ ${c.nn('software')} ${c.nVer(true)} ↔ firmware ${c.nVer(true)}`,
  },
  {
    name: 'uuids',
    neg: true,
    f: (c) =>
      t`tenant_id=${c.nUuid()} job_id=${c.nUuid()} started=${c.nTs('epoch')} ${c.L({ en: 'retry after', de: 'Retry nach', fr: 'nouvel essai après', es: 'reintento tras' })} ${c.nTs('iso')}`,
  },
  {
    name: 'botchat',
    neg: true,
    f: (
      c,
    ) => t`${c.nn('bot')}: ${c.L({ en: 'deploy of', de: 'Deploy von', fr: 'déploiement de', es: 'despliegue de' })} ${c.nSha(7)} ${c.L({ en: 'to', de: 'nach', fr: 'vers', es: 'a' })} ${c.nn('place')} ${c.L({ en: 'finished', de: 'fertig', fr: 'terminé', es: 'terminado' })}
${c.nn('ai')}: ${c.L({ en: 'summary ready for sprint', de: 'Zusammenfassung fertig für Sprint', fr: 'résumé prêt pour le sprint', es: 'resumen listo para el sprint' })} ${c.nn('codename')}`,
  },
  {
    name: 'fakecards',
    neg: true,
    f: (
      c,
    ) => t`${c.L({ en: 'Gift card batch', de: 'Gutschein-Charge', fr: 'Lot de cartes cadeaux', es: 'Lote de tarjetas regalo' })} ${c.nOrder()}:
${c.nCard()}
${c.nCard()}
${c.L({ en: 'value', de: 'Wert', fr: 'valeur', es: 'valor' })} ${c.nPrice()}`,
  },
  {
    name: 'ticketnums',
    neg: true,
    f: (c) =>
      t`${c.L({ en: 'Duplicate of', de: 'Duplikat von', fr: 'Doublon de', es: 'Duplicado de' })} ${c.nOrder()}; ${c.L({ en: 'see build', de: 'siehe Build', fr: 'voir le build', es: 'ver build' })} ${c.nVer(true)} ${c.L({ en: 'and commit', de: 'und Commit', fr: 'et le commit', es: 'y el commit' })} ${c.nSha(12)}. ${c.L({ en: 'Due', de: 'Fällig', fr: 'Échéance', es: 'Vence' })} ${c.nDate()}.`,
  },
  {
    name: 'sepatest',
    neg: true,
    f: (
      c,
    ) => t`${c.L({ en: 'Negative test cases for the IBAN validator', de: 'Negativtests für den IBAN-Validator', fr: 'Cas de test négatifs du validateur IBAN', es: 'Casos negativos del validador de IBAN' })}:
- ${c.nIban()}
- ${c.nIban()}
- SSN ${c.nSsn()}`,
  },
  {
    name: 'holidays',
    neg: true,
    f: (c) =>
      t`${c.L({ en: 'Office closed', de: 'Büro geschlossen', fr: 'Bureau fermé', es: 'Oficina cerrada' })}: ${c.nDate()}, ${c.nDate()}. ${c.L({ en: 'Summer party in', de: 'Sommerfest im', fr: 'Fête d’été en', es: 'Fiesta de verano en' })} ${c.nn('month')}${c.L({ en: ' at the', de: ' im', fr: ' au', es: ' en el' })} ${c.nn('brand')} ${c.L({ en: 'hotel', de: 'Hotel', fr: 'hôtel', es: 'hotel' })}.`,
  },
];

// Texts with hard negatives only: no entity at all.
const NEG: Tpl[] = [
  {
    name: 'relnotes',
    neg: true,
    f: (c) => t`## ${c.nVer(false)} (${c.nDate()})
- ${c.L({ en: 'Upgraded', de: 'Aktualisiert:', fr: 'Mise à jour de', es: 'Actualizado' })} ${c.nn('software')} ${c.L({ en: 'to', de: 'auf', fr: 'vers', es: 'a' })} ${c.nVer(false)} (${c.nSha(7)})
- ${c.L({ en: 'Windows build', de: 'Windows-Build', fr: 'Build Windows', es: 'Build de Windows' })} ${c.nVer(true)} ${c.L({ en: 'is now supported', de: 'wird jetzt unterstützt', fr: 'désormais pris en charge', es: 'ya está soportado' })}
- ${c.L({ en: 'Thanks to', de: 'Danke an', fr: 'Merci à', es: 'Gracias a' })} ${c.nn('bot')} ${c.L({ en: 'for 14 dependency bumps', de: 'für 14 Dependency-Updates', fr: 'pour 14 mises à jour de dépendances', es: 'por 14 actualizaciones de dependencias' })}`,
  },
  {
    name: 'buildlog',
    neg: true,
    f: (c) => t`[${c.nTs('iso')}] build ${c.nUuid()} started on runner ${c.nVer(true)}
[${c.nTs('iso')}] checkout ${c.nSha(40)}
[${c.nTs('iso')}] ${c.nn('software')} ${c.nVer(false)} — cache hit sha256:${c.nSha(64)}
[${c.nTs('iso')}] ${c.L({ en: 'done in 4m12s', de: 'fertig nach 4m12s', fr: 'terminé en 4 min 12 s', es: 'terminado en 4m12s' })}`,
  },
  {
    name: 'pricelist',
    neg: true,
    f: (
      c,
    ) => t`${c.L({ en: 'Plans', de: 'Tarife', fr: 'Offres', es: 'Planes' })} (${c.L({ en: 'valid from', de: 'gültig ab', fr: 'à partir du', es: 'desde el' })} ${c.nDate()})
Starter ........ ${c.nPrice()}
Team ........... ${c.nPrice()}
Enterprise ..... ${c.nPrice()} — ${c.L({ en: 'quote', de: 'Angebot', fr: 'devis', es: 'presupuesto' })} ${c.nOrder()}`,
  },
  {
    name: 'depbump',
    neg: true,
    f: (c) => t`chore(deps): bump ${c.nn('software')} from ${c.nVer(false)} to ${c.nVer(false)}
chore(deps): bump ${c.nn('software')} from ${c.nVer(false)} to ${c.nVer(false)}
${c.L({ en: 'Opened by', de: 'Geöffnet von', fr: 'Ouvert par', es: 'Abierto por' })} ${c.nn('bot')} · ${c.nSha(7)}`,
  },
  {
    name: 'aimodels',
    neg: true,
    f: (
      c,
    ) => t`${c.L({ en: 'Eval run', de: 'Eval-Lauf', fr: 'Évaluation', es: 'Evaluación' })} ${c.nUuid()} (${c.nDate()})
${c.nn('ai')}: 71.2 %
${c.nn('ai')}: 68.9 %
${c.nn('ai')}: 64.0 %
${c.L({ en: 'Cost per 1k requests', de: 'Kosten pro 1k Anfragen', fr: 'Coût pour 1 000 requêtes', es: 'Coste por 1000 peticiones' })}: ${c.nPrice()}`,
  },
  {
    name: 'venue',
    neg: true,
    f: (c) =>
      t`${c.L({ en: 'Hack night moves to the', de: 'Der Hack-Abend zieht ins', fr: 'La soirée hack déménage à l’', es: 'La noche de hacking se muda al' })} ${c.nn('institution')}${c.L({ en: ' on', de: ' am', fr: ' le', es: ' el' })} ${c.nDate()}. ${c.L({ en: 'Entrance via', de: 'Eingang über die', fr: 'Entrée par l’', es: 'Entrada por' })} ${c.nn('street')}${c.L({ en: ', ticket', de: ', Ticket', fr: ', billet', es: ', entrada' })} ${c.nPrice()}.`,
  },
  {
    name: 'paylog',
    neg: true,
    f: (
      c,
    ) => t`${c.nTs('iso')} payment-svc WARN ${c.L({ en: 'rejected test number', de: 'Testnummer abgelehnt', fr: 'numéro de test refusé', es: 'número de prueba rechazado' })} ${c.nCard()} (luhn=false)
${c.nTs('iso')} payment-svc WARN iban_check_failed ${c.nIban()}
${c.nTs('iso')} kyc WARN ssn_format_invalid ${c.nSsn()} ref=${c.nOrder()}`,
  },
  {
    name: 'booklist',
    neg: true,
    f: (
      c,
    ) => t`${c.L({ en: 'Team library', de: 'Team-Bibliothek', fr: 'Bibliothèque de l’équipe', es: 'Biblioteca del equipo' })}
- ${c.L({ en: 'Designing Data-Intensive Applications', de: 'Datenintensive Anwendungen designen', fr: 'Concevoir des applications data', es: 'Diseño de aplicaciones intensivas en datos' })}, ISBN ${c.nIsbn()}
- ${c.L({ en: 'Learning', de: 'Einführung in', fr: 'Apprendre', es: 'Aprendiendo' })} ${c.nn('software')}, ISBN ${c.nIsbn()} — ${c.nPrice()}`,
  },
  {
    name: 'sprint',
    neg: true,
    f: (c) => t`Sprint "${c.nn('month')}" (${c.nDate()} – ${c.nDate()})
${c.L({ en: 'Goal: ship', de: 'Ziel: Release von', fr: 'Objectif : livrer', es: 'Objetivo: lanzar' })} ${c.nn('codename')} ${c.L({ en: 'to region', de: 'in Region', fr: 'dans la région', es: 'en la región' })} ${c.nn('place')}
${c.L({ en: 'Blocked by', de: 'Blockiert durch', fr: 'Bloqué par', es: 'Bloqueado por' })} ${c.nn('codename')}-${c.int(10, 999)}`,
  },
  {
    name: 'k8simage',
    neg: true,
    f: (c) => t`spec:
  containers:
    - name: api
      image: registry.local/api:${c.nVer(false)}@sha256:${c.nSha(64)}
      env:
        - name: BUILD_ID
          value: "${c.nUuid()}"
        - name: KERNEL
          value: "${c.nVer(true)}"`,
  },
  {
    name: 'migration',
    neg: true,
    f: (c) => t`${c.nTs('iso')} migrate up ${c.nTs('epoch')}_add_invoice_index.sql OK
${c.nTs('iso')} migrate up ${c.nTs('epoch')}_drop_legacy_${c.nn('software').v.toLowerCase()}.sql OK
schema version ${c.nVer(true)}, checksum ${c.nSha(32)}`,
  },
  {
    name: 'rooms',
    neg: true,
    f: (
      c,
    ) => t`${c.L({ en: 'Room bookings', de: 'Raumbuchungen', fr: 'Réservations de salles', es: 'Reservas de salas' })} ${c.nDate()}
10:00 ${c.nn('room')} — Sprint review
13:30 ${c.nn('room')} — ${c.nn('codename')} kickoff
16:00 ${c.nn('room')} — ${c.L({ en: 'vendor call', de: 'Lieferantencall', fr: 'appel fournisseur', es: 'llamada con proveedor' })}`,
  },
  {
    name: 'directions',
    neg: true,
    f: (c) =>
      t`${c.L({ en: 'Getting to the offsite: take the train to', de: 'Anreise zum Offsite: Zug bis', fr: 'Pour venir au séminaire : train jusqu’à', es: 'Cómo llegar al offsite: tren hasta' })} ${c.nn('place')}, ${c.L({ en: 'then walk down', de: 'dann zu Fuß über die', fr: 'puis à pied par l’', es: 'luego a pie por' })} ${c.nn('street')}. ${c.L({ en: 'Check-in opens', de: 'Check-in ab', fr: 'Accueil à partir du', es: 'Registro desde el' })} ${c.nDate()}.`,
  },
  {
    name: 'b2binvoice',
    neg: true,
    f: (
      c,
    ) => t`${c.L({ en: 'Open items', de: 'Offene Posten', fr: 'Factures ouvertes', es: 'Facturas pendientes' })}:
${c.nOrder()}  ${c.nDate()}  ${c.nPrice()}
${c.nOrder()}  ${c.nDate()}  ${c.nPrice()}
${c.L({ en: 'Reference', de: 'Referenz', fr: 'Référence', es: 'Referencia' })} ${c.nCard()}`,
  },
  {
    name: 'episodes',
    neg: true,
    f: (c) => t`${N('timestamp', `00:0${c.int(0, 9)}:${pad(c.int(0, 59), 2)}`)} Intro
${N('timestamp', `00:${c.int(10, 29)}:${pad(c.int(0, 59), 2)}`)} ${c.nn('ai')} vs. ${c.nn('ai')}
${N('timestamp', `00:${c.int(30, 59)}:${pad(c.int(0, 59), 2)}`)} ${c.L({ en: 'Listener question about', de: 'Hörerfrage zu', fr: 'Question d’auditeur sur', es: 'Pregunta de un oyente sobre' })} ${c.nn('software')}`,
  },
  {
    name: 'appnotes',
    neg: true,
    f: (
      c,
    ) => t`${c.L({ en: 'What’s new in', de: 'Neu in', fr: 'Nouveautés de la', es: 'Novedades de la' })} ${c.nVer(false)} (build ${c.nVer(true)}):
• ${c.L({ en: 'Faster sync', de: 'Schnellerer Sync', fr: 'Synchronisation plus rapide', es: 'Sincronización más rápida' })}
• ${c.L({ en: 'Works with', de: 'Funktioniert mit', fr: 'Compatible avec', es: 'Compatible con' })} ${c.nn('ai')} ${c.L({ en: 'and', de: 'und', fr: 'et', es: 'y' })} ${c.nn('ai')}`,
  },
  {
    name: 'parcelstatus',
    neg: true,
    f: (c) =>
      t`${c.L({ en: 'Shipment', de: 'Sendung', fr: 'Envoi', es: 'Envío' })} ${c.nOrder()}: ${c.L({ en: 'in transit', de: 'unterwegs', fr: 'en transit', es: 'en tránsito' })} (${c.nTs('iso')}), ${c.L({ en: 'hub', de: 'Verteilzentrum', fr: 'plateforme de', es: 'centro de' })} ${c.nn('place')}. ${c.L({ en: 'Expected', de: 'Erwartet', fr: 'Prévu le', es: 'Previsto' })} ${c.nDate()}.`,
  },
  {
    name: 'brandnews',
    neg: true,
    f: (c) =>
      t`${c.nn('brand')} ${c.L({ en: 'cuts prices by', de: 'senkt die Preise um', fr: 'baisse ses prix de', es: 'baja los precios en' })} ${c.nPrice()}; ${c.nn('brand')} ${c.L({ en: 'follows on', de: 'zieht am', fr: 'suit le', es: 'le sigue el' })} ${c.nDate()}${c.L({ en: '.', de: ' nach.', fr: '.', es: '.' })} ${c.L({ en: 'Analysts at', de: 'Analysten von', fr: 'Les analystes de', es: 'Los analistas de' })} ${c.nn('brand')} ${c.L({ en: 'expect more.', de: 'erwarten mehr.', fr: 'en attendent davantage.', es: 'esperan más.' })}`,
  },
  {
    name: 'hashes',
    neg: true,
    f: (
      c,
    ) => t`${c.L({ en: 'Artifacts', de: 'Artefakte', fr: 'Artefacts', es: 'Artefactos' })} ${c.nVer(false)}
cli-linux-amd64.tar.gz  sha256 ${c.nSha(64)}
cli-darwin-arm64.tar.gz md5 ${c.nSha(32)}
${c.L({ en: 'signed', de: 'signiert', fr: 'signé', es: 'firmado' })} ${c.nTs('iso')}, key id ${c.nUuid()}`,
  },
];

// ---------------------------------------------------------------- generator

const ALL_TEMPLATES: readonly Tpl[] = [...DEV, ...BIZ, ...MORE, ...NEG, ...MORE_NEG];
const NEG_SHARE = 0.18;
const FAKER_SEED = 13_013;
const SEED = 0x13_20_25;

/**
 * `n` labelled texts (default 2,000 = 500 per language). Deterministic: own PRNG per language and
 * fixed faker seeds, so repeated calls return identical records.
 */
export function generateHeldout13(n = 2000): Heldout13Record[] {
  Object.values(FAKERS).forEach((f, i) => f.seed(FAKER_SEED + i));
  const out: Heldout13Record[] = [];
  const entTpls = ALL_TEMPLATES.filter((x) => !x.neg);
  const negTpls = ALL_TEMPLATES.filter((x) => x.neg);
  LANG_ORDER.forEach((lang, li) => {
    const count = Math.floor(n / 4) + (li < n % 4 ? 1 : 0);
    const r = mulberry32(SEED + li * 7919);
    const c = new Ctx(lang, r);
    const nNeg = Math.round(count * NEG_SHARE);
    const negSlots = new Set(c.shuffle([...Array(count).keys()]).slice(0, nNeg));
    let entQueue: Tpl[] = [];
    let negQueue: Tpl[] = [];
    for (let i = 0; i < count; i++) {
      const isNeg = negSlots.has(i);
      if (isNeg && negQueue.length === 0) negQueue = c.shuffle(negTpls);
      if (!isNeg && entQueue.length === 0) entQueue = c.shuffle(entTpls);
      const tpl = (isNeg ? negQueue : entQueue).pop()!;
      const a = assemble(tpl.f(c));
      if (isNeg && a.entities.length > 0)
        throw new Error(`${tpl.name}: entity in a negative-only text`);
      if (!isNeg && a.entities.length === 0) throw new Error(`${tpl.name}: no entity`);
      out.push({
        id: `h13-${lang}-${pad(i, 4)}`,
        lang,
        template: `${lang}:${tpl.name}`,
        text: a.text,
        entities: a.entities,
        negatives: a.negatives,
      });
    }
  });
  return out;
}
