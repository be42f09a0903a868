/**
 * Generator for `bench/pii-heldout14.ts`: a blind held-out set of everyday personal and
 * small-business messages (family and neighbour chats, landlords and tenants, babysitters, tutors,
 * freelancers, small shops, dating and marketplace chats, voicemails, e-mail threads, postcards,
 * invitations, condolences, club rosters, budget notes, OCR'd letters …) in English, German, French
 * and Spanish. Written from the developer corpus README's labelling conventions only. Values come
 * from our own templates and generators plus @faker-js/faker's name, city and street lists, drawn
 * with our own seeded PRNG; offsets are recorded while each text is assembled.
 */
import {
  fakerDE,
  fakerDE_AT,
  fakerDE_CH,
  fakerEN,
  fakerEN_AU,
  fakerEN_GB,
  fakerEN_IE,
  fakerEN_IN,
  fakerES,
  fakerES_MX,
  fakerFR,
  fakerFR_BE,
  fakerFR_CA,
  type Faker,
} from '@faker-js/faker';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import type { HeldoutRecord, Lang } from './pii-heldout-data.js';

export interface Heldout14Span extends Span {
  /** PERSON only: 'listed' = name drawn from faker's lists, 'invented' = built from syllables. */
  readonly source?: 'listed' | 'invented';
}

export interface Heldout14Record extends HeldoutRecord {
  readonly entities: Heldout14Span[];
}

const LANG_ORDER: readonly Lang[] = ['en', 'de', 'fr', 'es'];

// ---------------------------------------------------------------------------------------------
// PRNG

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
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(a: readonly T[]): T {
    if (a.length === 0) throw new Error('pick from empty list');
    return a[Math.floor(this.next() * a.length)]!;
  }
  weighted<T>(a: readonly (readonly [T, number])[]): T {
    const total = a.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [v, w] of a) {
      x -= w;
      if (x < 0) return v;
    }
    return a[a.length - 1]![0];
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  chars(n: number, alphabet: string): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)]!;
    return s;
  }
}

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64URL = B62 + '-_';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

// ---------------------------------------------------------------------------------------------
// Countries and faker lists

type Country =
  'US' | 'GB' | 'IE' | 'AU' | 'IN' | 'CA' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'ES' | 'MX';

const COUNTRIES: Record<Lang, readonly (readonly [Country, number])[]> = {
  en: [
    ['US', 34],
    ['GB', 24],
    ['IE', 11],
    ['AU', 12],
    ['IN', 11],
    ['CA', 8],
  ],
  de: [
    ['DE', 60],
    ['AT', 22],
    ['CH', 18],
  ],
  fr: [
    ['FR', 60],
    ['BE', 22],
    ['CA', 18],
  ],
  es: [
    ['ES', 60],
    ['MX', 40],
  ],
};

const IBAN_COUNTRIES = new Set<Country>(['GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'BE', 'ES']);

function fakerFor(lang: Lang, c: Country): Faker {
  switch (c) {
    case 'US':
      return fakerEN;
    case 'GB':
      return fakerEN_GB;
    case 'IE':
      return fakerEN_IE;
    case 'AU':
      return fakerEN_AU;
    case 'IN':
      return fakerEN_IN;
    case 'CA':
      return lang === 'fr' ? fakerFR_CA : fakerEN;
    case 'DE':
      return fakerDE;
    case 'AT':
      return fakerDE_AT;
    case 'CH':
      return fakerDE_CH;
    case 'FR':
      return fakerFR;
    case 'BE':
      return fakerFR_BE;
    case 'ES':
      return fakerES;
    case 'MX':
      return fakerES_MX;
  }
}

interface NameLists {
  female: string[];
  male: string[];
  last: string[];
}
const nameCache = new Map<Faker, NameLists>();
const okName = (s: string): boolean => /^[\p{L}][\p{L}' -]*[\p{L}]$/u.test(s);

function nameLists(f: Faker): NameLists {
  const hit = nameCache.get(f);
  if (hit) return hit;
  const p = f.rawDefinitions.person ?? {};
  const fn: { generic?: readonly string[]; female?: readonly string[]; male?: readonly string[] } =
    p.first_name ?? {};
  const generic = fn.generic ?? [];
  const female = [...(fn.female ?? generic)].filter(okName);
  const male = [...(fn.male ?? generic)].filter(okName);
  const last = [...(p.last_name?.generic ?? [])].filter(okName);
  const out = { female, male, last };
  nameCache.set(f, out);
  return out;
}

function rawList(f: Faker, key: 'city_name' | 'street_name'): string[] {
  const loc = f.rawDefinitions.location ?? {};
  const v = loc[key];
  return Array.isArray(v) ? v.filter((s) => !s.includes('(')) : [];
}

const US_CITIES = rawList(fakerEN, 'city_name');
const EN_STREETS = rawList(fakerEN, 'street_name');
const GB_STREETS = rawList(fakerEN_GB, 'street_name');
const DE_CITIES = rawList(fakerDE, 'city_name');
const DE_STREETS = rawList(fakerDE, 'street_name');
const AT_CITIES = rawList(fakerDE_AT, 'city_name');
const AT_STREETS = rawList(fakerDE_AT, 'street_name');
const CH_CITIES = rawList(fakerDE_CH, 'city_name');
const CH_STREETS = rawList(fakerDE_CH, 'street_name');
const FR_CITIES = rawList(fakerFR, 'city_name');
const ES_CITIES = rawList(fakerES, 'city_name');
const MX_CITIES = rawList(fakerES_MX, 'city_name');

const US_STATES = ['CA', 'NY', 'TX', 'WA', 'OR', 'IL', 'MA', 'GA', 'CO', 'NC', 'OH', 'PA', 'MN'];
const GB_PLACES: readonly (readonly [string, string[]])[] = [
  ['London', ['NW8', 'E2', 'N16', 'SE15', 'SW11', 'W3']],
  ['Manchester', ['M14', 'M20', 'M4']],
  ['Leeds', ['LS6', 'LS8']],
  ['Bristol', ['BS7', 'BS3']],
  ['Edinburgh', ['EH6', 'EH9']],
  ['Glasgow', ['G12', 'G41']],
  ['Cardiff', ['CF24', 'CF11']],
  ['Brighton', ['BN2', 'BN1']],
  ['York', ['YO10', 'YO31']],
];
const IE_PLACES: readonly (readonly [string, string])[] = [
  ['Dublin 8', 'D08'],
  ['Dublin 6', 'D06'],
  ['Rathmines, Dublin 6', 'D06'],
  ['Cork', 'T12'],
  ['Galway', 'H91'],
  ['Limerick', 'V94'],
  ['Ballincollig, Co. Cork', 'P31'],
];
const AU_PLACES: readonly (readonly [string, string, string])[] = [
  ['Fitzroy', 'VIC', '3065'],
  ['Brunswick', 'VIC', '3056'],
  ['Newtown', 'NSW', '2042'],
  ['Bondi', 'NSW', '2026'],
  ['Paddington', 'QLD', '4064'],
  ['Fremantle', 'WA', '6160'],
  ['Glenelg', 'SA', '5045'],
];
const IN_PLACES: readonly (readonly [string, string])[] = [
  ['Bengaluru', '560'],
  ['Mumbai', '400'],
  ['New Delhi', '110'],
  ['Chennai', '600'],
  ['Pune', '411'],
  ['Hyderabad', '500'],
  ['Kolkata', '700'],
];
const IN_ROADS = ['MG Road', 'Linking Road', '100 Feet Road', 'Residency Road', 'Anna Salai'];
const IN_SOCIETIES = ['Shanti', 'Green Park', 'Lakeview', 'Sai Krupa', 'Sunrise', 'Prestige'];
const CA_EN_PLACES: readonly (readonly [string, string, string])[] = [
  ['Toronto', 'ON', 'M'],
  ['Ottawa', 'ON', 'K'],
  ['Vancouver', 'BC', 'V'],
  ['Calgary', 'AB', 'T'],
  ['Halifax', 'NS', 'B'],
];
const CA_FR_PLACES: readonly (readonly [string, string])[] = [
  ['Montréal', 'H'],
  ['Québec', 'G'],
  ['Laval', 'H'],
  ['Gatineau', 'J'],
  ['Sherbrooke', 'J'],
];
const CA_FR_STREETS = [
  'rue Saint-Denis',
  'boulevard Saint-Laurent',
  'rue Beaubien Est',
  'avenue du Mont-Royal Est',
  'rue Jean-Talon Ouest',
  'rue des Érables',
  'avenue Laurier Ouest',
  'rue Sherbrooke Est',
];
const FR_STREET_TYPES = ['rue', 'rue', 'rue', 'avenue', 'boulevard', 'allée', 'impasse', 'chemin'];
const FR_STREET_NAMES = [
  'des Lilas',
  'de la République',
  'Victor Hugo',
  'du Général Leclerc',
  'Jean Jaurès',
  'de la Gare',
  'des Écoles',
  'Pasteur',
  'du Moulin',
  'Gambetta',
  'de Verdun',
  'des Acacias',
  'Émile Zola',
  'des Tilleuls',
  'du Château',
  'de Bretagne',
];
const BE_PLACES: readonly (readonly [string, string])[] = [
  ['Bruxelles', '1000'],
  ['Ixelles', '1050'],
  ['Schaerbeek', '1030'],
  ['Liège', '4000'],
  ['Namur', '5000'],
  ['Charleroi', '6000'],
  ['Mons', '7000'],
  ['Louvain-la-Neuve', '1348'],
];
const BE_STREETS = [
  'Rue de la Loi',
  'Avenue Louise',
  'Rue Haute',
  'Chaussée de Wavre',
  'Rue des Guillemins',
  'Rue de Fer',
  'Boulevard d’Avroy',
  'Rue du Marché',
];
const ES_STREET_TYPES = ['Calle', 'Calle', 'C/', 'Avenida', 'Av.', 'Paseo', 'Plaza'];
const ES_STREET_NAMES = [
  'Mayor',
  'de Alcalá',
  'del Pez',
  'Gran Vía',
  'de la Princesa',
  'de Cervantes',
  'Real',
  'de San Bernardo',
  'de Atocha',
  'de Serrano',
  'del Carmen',
  'de Toledo',
  'Nueva',
  'de los Olivos',
  'del Mar',
];
const ES_FLOORS = ['1º A', '2º B', '3º izq.', '4º dcha.', 'bajo', '5º C', 'ático'];
const MX_STREETS = [
  'Av. Insurgentes Sur',
  'Paseo de la Reforma',
  'Calle Hidalgo',
  'Av. Juárez',
  'Calle Morelos',
  'Av. Revolución',
  'Calle Madero',
  'Av. Universidad',
];
const MX_COLONIAS = ['Del Valle', 'Roma Norte', 'Condesa', 'Centro', 'Americana', 'Narvarte'];
const MX_STATES = ['CDMX', 'Jal.', 'N.L.', 'Pue.', 'Qro.', 'Yuc.'];

// ---------------------------------------------------------------------------------------------
// Checksums

function luhnCheckDigit(body: string): number {
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

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

function ibanFromBban(cc: string, bban: string): string {
  const check = 98 - mod97(bban + cc + '00');
  return cc + String(check).padStart(2, '0') + bban;
}

function grouped(s: string, n = 4): string {
  const parts: string[] = [];
  for (let i = 0; i < s.length; i += n) parts.push(s.slice(i, i + n));
  return parts.join(' ');
}

function isbn13(r: Rng): string {
  const group = r.pick(['3', '2', '84', '1', '0']);
  const pub = r.digits(group.length === 2 ? 3 : 4);
  const body = '978' + group + pub + r.digits(12 - 3 - group.length - pub.length);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  const c = (10 - (sum % 10)) % 10;
  const title = body.slice(3 + group.length + pub.length);
  return `978-${group}-${pub}-${title}-${c}`;
}

// ---------------------------------------------------------------------------------------------
// Persons

type Gender = 'f' | 'm';

interface Person {
  readonly given: string;
  readonly middle: string | null;
  readonly surname: string;
  readonly source: 'listed' | 'invented';
  readonly showMiddle: boolean;
}

const SYL: Record<Lang, { on: string[]; f: string[]; m: string[]; son: string[]; send: string[] }> =
  {
    en: {
      on: ['Br', 'J', 'K', 'M', 'D', 'L', 'T', 'Sh', 'C', 'R', 'Gr', 'N', 'W', 'H', 'Al', 'El'],
      f: ['alyn', 'ella', 'ine', 'ie', 'anna', 'etta', 'ora', 'issa', 'ayla', 'enne'],
      m: ['ton', 'den', 'ric', 'an', 'ert', 'son', 'by', 'ell', 'rick', 'wyn'],
      son: [
        'Ash',
        'Brad',
        'Carr',
        'Dal',
        'Fen',
        'Hol',
        'Kes',
        'Mar',
        'Pen',
        'Rad',
        'Stan',
        'Thorn',
      ],
      send: ['ford', 'ley', 'wick', 'ton', 'more', 'ham', 'field', 'by', 'well', 'worth', 'shaw'],
    },
    de: {
      on: ['Hel', 'Ger', 'Frie', 'Ro', 'Wal', 'Lie', 'Bri', 'Ul', 'Ans', 'Hen', 'Ot', 'Wil'],
      f: ['trud', 'linde', 'ke', 'gard', 'ine', 'a', 'run', 'hild', 'burga', 'rike'],
      m: ['bert', 'hard', 'mund', 'fried', 'wald', 'mar', 'old', 'helm', 'rich', 'win'],
      son: [
        'Kra',
        'Bol',
        'Rei',
        'Har',
        'Stein',
        'Wes',
        'Lan',
        'Eck',
        'Mor',
        'Dorn',
        'Gött',
        'Bräu',
      ],
      send: [
        'mann',
        'bach',
        'er',
        'inger',
        'hoff',
        'berg',
        'ke',
        'städter',
        'mayer',
        'huber',
        'le',
      ],
    },
    fr: {
      on: ['Ma', 'Lu', 'Cla', 'Ro', 'Ga', 'Sé', 'Au', 'Li', 'Al', 'Ber', 'Thi', 'Jo'],
      f: ['rine', 'ette', 'elle', 'ane', 'ise', 'ole', 'line', 'dette', 'sanne', 'rielle'],
      m: ['ien', 'ard', 'ois', 'in', 'ert', 'eau', 'ric', 'aume', 'lien', 'ance'],
      son: ['Du', 'Le', 'Mor', 'Bel', 'Fou', 'Gar', 'Ro', 'Char', 'Lam', 'Ver', 'Beau', 'Cour'],
      send: ['bois', 'ier', 'eau', 'ard', 'ille', 'enne', 'ot', 'et', 'ac', 'our', 'ignac', 'ault'],
    },
    es: {
      on: ['Ma', 'Lu', 'Ro', 'Ca', 'Ai', 'Ji', 'Ye', 'Pa', 'Ne', 'Fe', 'Gus', 'Ed'],
      f: ['ela', 'ita', 'ira', 'ena', 'ana', 'isa', 'rina', 'lia', 'nela', 'rta'],
      m: ['ndro', 'rio', 'ano', 'ero', 'ulio', 'icio', 'sto', 'lio', 'món', 'rardo'],
      son: ['Ga', 'Me', 'Ro', 'Al', 'Ba', 'Ca', 'Fer', 'Vi', 'Ur', 'Za', 'Ber', 'Sol'],
      send: ['rdez', 'ndoza', 'ruelo', 'rrillo', 'lvez', 'quero', 'zana', 'rreta', 'ñez', 'rtiz'],
    },
  };

const VOWEL = /[aeiouyàâäéèêëíïîóôöúùûü]/i;
const WORDLIKE = new Set([
  'Die',
  'Dine',
  'Line',
  'Mine',
  'Lie',
  'Tie',
  'Wine',
  'Rode',
  'Maine',
  'Kine',
]);

function syl(r: Rng, a: readonly string[], b: readonly string[]): string {
  for (;;) {
    const x = r.pick(a);
    const y = r.pick(b);
    if (VOWEL.test(x.slice(-1)) && VOWEL.test(y[0] ?? '')) continue;
    const w = x + y;
    if (w.length >= 4 && !WORDLIKE.has(w)) return w;
  }
}

function inventedPerson(r: Rng, lang: Lang, g: Gender): Person {
  const s = SYL[lang];
  const given = syl(r, s.on, g === 'f' ? s.f : s.m);
  let surname = syl(r, s.son, s.send);
  if (lang === 'es' && r.chance(0.5)) surname += ' ' + syl(r, s.son, s.send);
  const middle = lang === 'en' && r.chance(0.2) ? syl(r, s.on, g === 'f' ? s.f : s.m) : null;
  return {
    given,
    middle,
    surname,
    source: 'invented',
    showMiddle: middle !== null && r.chance(0.5),
  };
}

function listedPerson(r: Rng, lang: Lang, country: Country, g: Gender): Person {
  let f = fakerFor(lang, country);
  if (r.chance(0.12)) {
    const other = r.pick(COUNTRIES[lang])[0];
    f = fakerFor(lang, other);
  }
  const lists = nameLists(f);
  const firstList = g === 'f' ? lists.female : lists.male;
  const given = r.pick(firstList);
  let surname = r.pick(lists.last);
  if (lang === 'es' && r.chance(0.55)) surname += ' ' + r.pick(lists.last);
  const pr = r.next();
  if (pr < 0.08) {
    if (lang === 'de') surname = r.pick(['von ', 'van der ', 'van ', 'von der ']) + surname;
    else if (lang === 'fr')
      surname = /^[AEIOUÉ]/.test(surname)
        ? `d'${surname}`
        : r.pick(['de ', 'Le ', 'de La ']) + surname;
    else if (lang === 'es') surname = r.pick(['de la ', 'del ', 'de ']) + surname;
    else surname = r.pick(['van der ', 'di ', 'De ', 'Mc']) + surname;
  }
  let middle: string | null = null;
  if ((lang === 'en' && r.chance(0.3)) || r.chance(0.08)) middle = r.pick(firstList);
  return { given, middle, surname, source: 'listed', showMiddle: middle !== null && r.chance(0.5) };
}

const NICKS: Record<Lang, Record<string, string>> = {
  en: {
    Robert: 'Bob',
    William: 'Will',
    Elizabeth: 'Liz',
    Katherine: 'Kate',
    Margaret: 'Maggie',
    James: 'Jim',
    Michael: 'Mike',
    Alexander: 'Alex',
    Daniel: 'Dan',
    Christopher: 'Chris',
    Jennifer: 'Jen',
    Thomas: 'Tom',
    Joseph: 'Joe',
    Rebecca: 'Becky',
    Samantha: 'Sam',
    Patricia: 'Patty',
    Nicholas: 'Nick',
    Benjamin: 'Ben',
    Victoria: 'Vicky',
    Jessica: 'Jess',
  },
  de: {
    Johannes: 'Hannes',
    Katharina: 'Kathi',
    Alexander: 'Alex',
    Maximilian: 'Max',
    Elisabeth: 'Lisa',
    Stefanie: 'Steffi',
    Christian: 'Chris',
    Wolfgang: 'Wolfi',
    Susanne: 'Susi',
    Matthias: 'Matze',
    Franziska: 'Franzi',
    Tobias: 'Tobi',
  },
  fr: {
    Nicolas: 'Nico',
    Alexandre: 'Alex',
    Frédéric: 'Fred',
    Christophe: 'Chris',
    Maximilien: 'Max',
    Catherine: 'Cathy',
    Isabelle: 'Isa',
    Valentin: 'Val',
    Charlotte: 'Charlie',
    Mathilde: 'Mathou',
  },
  es: {
    Francisco: 'Paco',
    José: 'Pepe',
    Guadalupe: 'Lupe',
    Dolores: 'Lola',
    Ignacio: 'Nacho',
    Manuel: 'Manolo',
    Enrique: 'Quique',
    Concepción: 'Conchi',
    Alejandro: 'Álex',
    Jesús: 'Chuy',
    Rosario: 'Charo',
    Antonio: 'Toño',
  },
};

function renderPerson(p: Person, form: string, lang: Lang): string {
  const full = [p.given, ...(p.showMiddle && p.middle ? [p.middle] : []), p.surname].join(' ');
  switch (form) {
    case '':
      return full;
    case 'f':
      return p.given;
    case 'l':
      return p.surname;
    case 'lf':
      return `${p.surname}, ${p.given}`;
    case 'i':
      return lang === 'es' && p.given.startsWith('D')
        ? `${p.given} ${p.surname}`
        : `${p.given[0]!}. ${p.surname}`;
    case 'fi':
      return `${p.given} ${p.surname[0]!.toUpperCase()}.`;
    case 'lc':
      return p.given.toLowerCase();
    case 'lcf':
      return `${p.given} ${p.surname}`.toLowerCase();
    case 'nick':
      return NICKS[lang][p.given] ?? p.given;
    case 'm':
      return p.middle
        ? `${p.given} ${p.middle.length > 3 && p.given.length % 2 === 0 ? p.middle : p.middle[0]! + '.'} ${p.surname}`
        : full;
    case 'up':
      return `${p.surname.toUpperCase()} ${p.given}`;
    case 'fl':
      return `${p.given} ${p.surname}`;
    default:
      throw new Error(`unknown person form ${form}`);
  }
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Value generators

const MAIL_DOMAINS: Record<Country, string[]> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net'],
  GB: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com', 'sky.com'],
  IE: ['gmail.com', 'eircom.net', 'hotmail.com', 'outlook.ie'],
  AU: ['gmail.com', 'bigpond.com', 'outlook.com.au', 'icloud.com'],
  IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'],
  CA: ['gmail.com', 'videotron.ca', 'sympatico.ca', 'outlook.com', 'hotmail.ca'],
  DE: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de'],
  AT: ['gmx.at', 'aon.at', 'gmail.com', 'chello.at'],
  CH: ['bluewin.ch', 'gmx.ch', 'gmail.com', 'sunrise.ch'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
  BE: ['skynet.be', 'gmail.com', 'telenet.be', 'hotmail.be'],
  ES: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'],
  MX: ['gmail.com', 'hotmail.com', 'yahoo.com.mx', 'prodigy.net.mx'],
};
const TLD: Record<Country, string> = {
  US: 'com',
  GB: 'co.uk',
  IE: 'ie',
  AU: 'com.au',
  IN: 'in',
  CA: 'ca',
  DE: 'de',
  AT: 'at',
  CH: 'ch',
  FR: 'fr',
  BE: 'be',
  ES: 'es',
  MX: 'mx',
};
const SHOP_WORDS: Record<Lang, string[]> = {
  en: ['bakery', 'florist', 'cycles', 'hair', 'cleaning', 'plumbing', 'design', 'tutoring'],
  de: ['baeckerei', 'blumen', 'radwerkstatt', 'friseur', 'reinigung', 'elektro', 'nachhilfe'],
  fr: ['boulangerie', 'fleurs', 'velos', 'coiffure', 'menage', 'plomberie', 'traduction'],
  es: ['panaderia', 'floristeria', 'bicis', 'peluqueria', 'limpiezas', 'fontaneria', 'clases'],
};

interface Ctx {
  readonly r: Rng;
  readonly lang: Lang;
  readonly country: Country;
  readonly persons: Map<string, Person>;
  readonly b: Builder;
  hour: number;
}

function personFor(c: Ctx, key: string): Person {
  const hit = c.persons.get(key);
  if (hit) return hit;
  const g: Gender = key.startsWith('F') ? 'f' : key.startsWith('M') ? 'm' : c.r.pick(['f', 'm']);
  const p = c.r.chance(0.25)
    ? inventedPerson(c.r, c.lang, g)
    : listedPerson(c.r, c.lang, c.country, g);
  c.persons.set(key, p);
  return p;
}

function emailFor(c: Ctx, arg: string): string {
  const r = c.r;
  const dom = r.pick(MAIL_DOMAINS[c.country]);
  if (arg === 'shop') {
    const local = r.pick(
      {
        en: ['info', 'hello', 'orders', 'bookings'],
        de: ['info', 'kontakt', 'hallo', 'termine'],
        fr: ['contact', 'bonjour', 'info', 'commandes'],
        es: ['hola', 'info', 'pedidos', 'reservas'],
      }[c.lang],
    );
    const surname = ascii(personFor(c, 'Pshop').surname);
    return `${local}@${r.pick(SHOP_WORDS[c.lang])}-${surname}.${TLD[c.country]}`;
  }
  const p = arg ? personFor(c, arg) : personFor(c, `Pmail${r.int(0, 999)}`);
  const g = ascii(p.given);
  const s = ascii(p.surname);
  const local = r.pick([
    `${g}.${s}`,
    `${g[0]!}.${s}`,
    `${g}${s}${r.int(70, 99)}`,
    `${s}.${g}`,
    `${g}_${s[0]!}`,
    `${g}.${s}+${r.pick(['shop', 'kids', 'rent', 'club', 'news'])}`,
    `${g}${r.int(1, 9)}${r.int(0, 9)}`,
  ]);
  return `${local}@${dom}`;
}

// Phone numbers -------------------------------------------------------------------------------

type PhoneKind = 'any' | 'intl' | 'nat' | 'mob' | 'land';

function phoneCandidate(c: Ctx, kind: PhoneKind): string {
  const r = c.r;
  const intl = kind === 'intl' ? true : kind === 'nat' ? false : r.chance(0.35);
  const mobile = kind === 'mob' ? true : kind === 'land' ? false : r.chance(0.65);
  const nz = (): string => String(r.int(2, 9));
  switch (c.country) {
    case 'US':
    case 'CA': {
      const areas =
        c.country === 'US'
          ? ['212', '312', '415', '617', '646', '713', '206', '303', '404', '503', '512', '614']
          : c.lang === 'fr'
            ? ['514', '438', '418', '450', '819']
            : ['416', '647', '613', '604', '403', '902'];
      const a = r.pick(areas);
      let e = nz() + r.digits(2);
      if (e === '555' || e.endsWith('11')) e = '48' + String(r.int(2, 9));
      const l = r.digits(4);
      if (intl) return r.pick([`+1 ${a} ${e} ${l}`, `+1-${a}-${e}-${l}`, `+1 (${a}) ${e}-${l}`]);
      return r.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `${a} ${e}-${l}`]);
    }
    case 'GB': {
      if (mobile) {
        const n = '7' + String(r.int(4, 9)) + r.digits(2) + r.digits(6);
        return intl ? `+44 ${n.slice(0, 4)} ${n.slice(4)}` : `0${n.slice(0, 4)} ${n.slice(4)}`;
      }
      if (r.chance(0.5)) {
        const n = '20' + r.pick(['7', '8']) + r.digits(7);
        return intl
          ? `+44 20 ${n.slice(2, 6)} ${n.slice(6)}`
          : `020 ${n.slice(2, 6)} ${n.slice(6)}`;
      }
      const code = r.pick(['161', '113', '117', '131', '141', '121']);
      const rest = nz() + r.digits(6);
      return intl
        ? `+44 ${code} ${rest.slice(0, 3)} ${rest.slice(3)}`
        : `0${code} ${rest.slice(0, 3)} ${rest.slice(3)}`;
    }
    case 'IE': {
      if (mobile) {
        const p = '8' + r.pick(['3', '5', '6', '7', '9']);
        const rest = nz() + r.digits(6);
        return intl
          ? `+353 ${p} ${rest.slice(0, 3)} ${rest.slice(3)}`
          : `0${p} ${rest.slice(0, 3)} ${rest.slice(3)}`;
      }
      const rest = nz() + r.digits(6);
      return intl
        ? `+353 1 ${rest.slice(0, 3)} ${rest.slice(3)}`
        : `01 ${rest.slice(0, 3)} ${rest.slice(3)}`;
    }
    case 'AU': {
      if (mobile) {
        const n = '4' + String(r.int(0, 9)) + r.digits(7);
        return intl
          ? `+61 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`
          : `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
      }
      const a = r.pick(['2', '3', '7', '8']);
      const rest = r.pick(['9', '8']) + r.digits(7);
      return intl
        ? `+61 ${a} ${rest.slice(0, 4)} ${rest.slice(4)}`
        : `(0${a}) ${rest.slice(0, 4)} ${rest.slice(4)}`;
    }
    case 'IN': {
      const n = String(r.int(7, 9)) + r.digits(9);
      if (intl)
        return r.pick([
          `+91 ${n.slice(0, 5)} ${n.slice(5)}`,
          `+91-${n.slice(0, 5)}-${n.slice(5)}`,
          `+91 ${n}`,
        ]);
      return r.pick([`${n.slice(0, 5)} ${n.slice(5)}`, `0${n.slice(0, 5)} ${n.slice(5)}`]);
    }
    case 'DE': {
      if (mobile) {
        const p = r.pick(['151', '152', '157', '160', '162', '170', '171', '172', '175', '176']);
        const rest = r.digits(p.startsWith('15') ? 8 : 7) + (p.startsWith('15') ? '' : r.digits(1));
        if (intl)
          return r.pick([`+49 ${p} ${rest}`, `+49 ${p} ${rest.slice(0, 4)} ${rest.slice(4)}`]);
        return r.pick([
          `0${p} ${rest}`,
          `0${p}/${rest}`,
          `0${p}-${rest}`,
          `0${p} ${rest.slice(0, 4)} ${rest.slice(4)}`,
        ]);
      }
      const [a, len] = r.pick([
        ['30', 8],
        ['40', 8],
        ['89', 8],
        ['221', 7],
        ['69', 8],
        ['711', 7],
      ] as const);
      const rest = nz() + r.digits(len - 1);
      if (intl) return `+49 ${a} ${rest}`;
      return r.pick([
        `0${a} ${rest}`,
        `0${a}/${rest}`,
        `0${a} ${rest.slice(0, 3)} ${rest.slice(3)}`,
      ]);
    }
    case 'AT': {
      if (mobile) {
        const p = r.pick(['664', '650', '660', '676', '699', '681']);
        const rest = r.digits(7);
        return intl ? `+43 ${p} ${rest}` : r.pick([`0${p} ${rest}`, `0${p}/${rest}`]);
      }
      if (r.chance(0.6)) {
        const rest = nz() + r.digits(6);
        return intl ? `+43 1 ${rest}` : r.pick([`01 ${rest}`, `01/${rest}`]);
      }
      const rest = nz() + r.digits(5);
      return intl ? `+43 316 ${rest}` : `0316 ${rest}`;
    }
    case 'CH': {
      const p = mobile ? r.pick(['76', '77', '78', '79']) : r.pick(['44', '31', '61', '21', '22']);
      const rest = nz() + r.digits(6);
      const f = `${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`;
      return intl ? `+41 ${p} ${f}` : `0${p} ${f}`;
    }
    case 'FR': {
      const p = mobile ? r.pick(['6', '7']) : r.pick(['1', '2', '3', '4', '5']);
      const rest = p === '7' ? String(r.int(3, 8)) + r.digits(7) : nz() + r.digits(7);
      const pairs = [rest.slice(0, 2), rest.slice(2, 4), rest.slice(4, 6), rest.slice(6)];
      if (intl) return `+33 ${p} ${pairs.join(' ')}`;
      return r.pick([
        `0${p} ${pairs.join(' ')}`,
        `0${p}.${pairs.join('.')}`,
        `0${p}${pairs.join('')}`,
      ]);
    }
    case 'BE': {
      if (mobile) {
        const p = r.pick([
          '470',
          '471',
          '472',
          '475',
          '476',
          '477',
          '478',
          '479',
          '484',
          '485',
          '494',
          '496',
        ]);
        const rest = r.digits(6);
        const f = `${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4)}`;
        return intl ? `+32 ${p} ${f}` : `0${p} ${f}`;
      }
      const rest = nz() + r.digits(6);
      const f = `${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`;
      return intl ? `+32 2 ${f}` : `02 ${f}`;
    }
    case 'ES': {
      const n = mobile
        ? r.pick(['6', '7']) +
          (r.chance(0.5) ? String(r.int(0, 9)) : String(r.int(1, 4))) +
          r.digits(7)
        : '9' + r.pick(['1', '3', '5', '6']) + nz() + r.digits(6);
      const f = r.pick([
        `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
        `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
        n,
      ]);
      return intl ? `+34 ${f}` : f;
    }
    case 'MX': {
      const a = r.pick(['55', '33', '81']);
      const rest = nz() + r.digits(7);
      if (intl) return r.pick([`+52 ${a} ${rest.slice(0, 4)} ${rest.slice(4)}`, `+52 ${a}${rest}`]);
      return r.pick([
        `${a} ${rest.slice(0, 4)} ${rest.slice(4)}`,
        `(${a}) ${rest.slice(0, 4)}-${rest.slice(4)}`,
        `${a}-${rest.slice(0, 4)}-${rest.slice(4)}`,
      ]);
    }
  }
}

function phoneFor(c: Ctx, kind: PhoneKind): string {
  for (let i = 0; i < 60; i++) {
    const s = phoneCandidate(c, kind);
    const p = parsePhoneNumberFromString(s, c.country);
    if (p?.isValid() && p.country === c.country) return s;
  }
  throw new Error(`no valid phone for ${c.country}`);
}

// Cards, IBANs, SSNs --------------------------------------------------------------------------

function cardFor(r: Rng, valid: boolean): string {
  const kind = r.weighted([
    ['visa', 5],
    ['mc', 3],
    ['mc2', 1],
    ['amex', 1.5],
    ['disc', 0.7],
  ] as const);
  let body: string;
  if (kind === 'visa') body = '4' + r.digits(14);
  else if (kind === 'mc') body = '5' + String(r.int(1, 5)) + r.digits(13);
  else if (kind === 'mc2') body = String(r.int(2221, 2720)) + r.digits(11);
  else if (kind === 'amex') body = r.pick(['34', '37']) + r.digits(12);
  else body = '6011' + r.digits(11);
  let check = luhnCheckDigit(body);
  if (!valid) check = (check + r.int(1, 9)) % 10;
  const num = body + String(check);
  const style = r.pick(['plain', 'space', 'space', 'dash']);
  if (style === 'plain') return num;
  const sep = style === 'dash' ? '-' : ' ';
  if (num.length === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return grouped(num).replace(/ /g, sep);
}

function ibanFor(r: Rng, country: Country, valid: boolean): string {
  const cc: string = IBAN_COUNTRIES.has(country) ? country : 'DE';
  let bban: string;
  switch (cc) {
    case 'GB':
      bban = r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14);
      break;
    case 'IE':
      bban = r.pick(['AIBK', 'BOFI', 'IPBS']) + r.digits(14);
      break;
    case 'AT':
      bban = r.digits(16);
      break;
    case 'CH':
      bban = '00' + r.digits(3) + r.digits(12);
      break;
    case 'FR':
      bban = r.digits(23);
      break;
    case 'BE': {
      const ten = String(r.int(1, 9)) + r.digits(9);
      const m = Number(BigInt(ten) % 97n);
      bban = ten + String(m === 0 ? 97 : m).padStart(2, '0');
      break;
    }
    case 'ES':
      bban = r.digits(20);
      break;
    default:
      bban = r.digits(18);
  }
  let iban = ibanFromBban(cc, bban);
  if (!valid) {
    const bad = (Number(iban.slice(2, 4)) + r.int(1, 90)) % 100;
    iban = cc + String(bad).padStart(2, '0') + bban;
    if (mod97(bban + cc + String(bad).padStart(2, '0')) === 1) iban = cc + '00' + bban;
  }
  return r.chance(0.6) ? grouped(iban) : iban;
}

function ssnFor(r: Rng, valid: boolean): string {
  let area: number;
  if (valid) {
    do area = r.int(1, 899);
    while (area === 666);
  } else area = r.pick([0, 666, r.int(900, 999)]);
  const group = r.int(1, 99);
  const serial = r.int(1, 9999);
  const sep = r.chance(0.85) ? '-' : ' ';
  return [
    String(area).padStart(3, '0'),
    String(group).padStart(2, '0'),
    String(serial).padStart(4, '0'),
  ].join(sep);
}

// Addresses -----------------------------------------------------------------------------------

function caPostcode(r: Rng, first: string): string {
  const L = 'ABCEGHJKLMNPRSTVXY';
  return `${first}${r.int(0, 9)}${r.chars(1, L)} ${r.int(0, 9)}${r.chars(1, L)}${r.int(0, 9)}`;
}

function addressFor(c: Ctx): string {
  const r = c.r;
  switch (c.country) {
    case 'US': {
      const unit = r.chance(0.3)
        ? `, ${r.pick(['Apt', 'Apt.', 'Unit', '#'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`
        : '';
      return `${r.int(12, 9899)} ${r.pick(EN_STREETS)}${unit}, ${r.pick(US_CITIES)}, ${r.pick(US_STATES)} ${String(r.int(10000, 99899))}`;
    }
    case 'GB': {
      const [city, outs] = r.pick(GB_PLACES);
      const flat = r.chance(0.25) ? `Flat ${r.int(1, 12)}, ` : '';
      const pc = `${r.pick(outs)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
      return `${flat}${r.int(1, 180)} ${r.pick(GB_STREETS)}, ${city} ${pc}`;
    }
    case 'IE': {
      const [place, key] = r.pick(IE_PLACES);
      return `${r.int(1, 120)} ${r.pick(GB_STREETS)}, ${place}, ${key} ${r.chars(4, 'ACDEFHKNPRTVWXY0123456789')}`;
    }
    case 'AU': {
      const [sub, st, pc] = r.pick(AU_PLACES);
      const unit = r.chance(0.3) ? `${r.int(1, 20)}/` : '';
      return `${unit}${r.int(1, 250)} ${r.pick(EN_STREETS)}, ${sub} ${st} ${pc}`;
    }
    case 'IN': {
      const [city, pin] = r.pick(IN_PLACES);
      return `Flat ${r.int(1, 12)}0${r.int(1, 9)}, ${r.pick(IN_SOCIETIES)} Apartments, ${r.int(1, 99)} ${r.pick(IN_ROADS)}, ${city} ${pin}${r.digits(3)}`;
    }
    case 'CA': {
      if (c.lang === 'fr') {
        const [city, l] = r.pick(CA_FR_PLACES);
        const apt = r.chance(0.3) ? `, app. ${r.int(1, 12)}` : '';
        return `${r.int(100, 9999)}, ${r.pick(CA_FR_STREETS)}${apt}, ${city} (Québec) ${caPostcode(r, l)}`;
      }
      const [city, prov, l] = r.pick(CA_EN_PLACES);
      return `${r.int(10, 2999)} ${r.pick(EN_STREETS)}, ${city}, ${prov} ${caPostcode(r, l)}`;
    }
    case 'DE': {
      const nr = `${r.int(1, 140)}${r.chance(0.15) ? r.pick(['a', 'b']) : ''}`;
      return `${r.pick(DE_STREETS)} ${nr}, ${String(r.int(1067, 99998)).padStart(5, '0')} ${r.pick(DE_CITIES)}`;
    }
    case 'AT': {
      const nr = `${r.int(1, 90)}${r.chance(0.4) ? `/${r.int(1, 24)}` : ''}`;
      return `${r.pick(AT_STREETS)} ${nr}, ${r.int(1010, 9992)} ${r.pick(AT_CITIES)}`;
    }
    case 'CH':
      return `${r.pick(CH_STREETS)} ${r.int(1, 120)}, ${r.int(1000, 9658)} ${r.pick(CH_CITIES)}`;
    case 'FR': {
      const bis = r.chance(0.1) ? ' bis' : '';
      const dep = r.int(1, 95);
      return `${r.int(1, 160)}${bis} ${r.pick(FR_STREET_TYPES)} ${r.pick(FR_STREET_NAMES)}, ${String(dep).padStart(2, '0')}${r.digits(3)} ${r.pick(FR_CITIES)}`;
    }
    case 'BE': {
      const [city, pc] = r.pick(BE_PLACES);
      const box = r.chance(0.25) ? ` bte ${r.int(1, 20)}` : '';
      return `${r.pick(BE_STREETS)} ${r.int(1, 240)}${box}, ${pc} ${city}`;
    }
    case 'ES': {
      const prov = String(r.int(1, 52)).padStart(2, '0');
      const floor = r.chance(0.6) ? `, ${r.pick(ES_FLOORS)}` : '';
      const t = r.pick(ES_STREET_TYPES);
      const name = r.pick(ES_STREET_NAMES);
      const street =
        t === 'Plaza' || t === 'Paseo'
          ? `${t} ${name.replace(/^de (la |los )?/, 'de $1')}`
          : `${t} ${name}`;
      return `${street}, ${r.int(1, 180)}${floor}, ${prov}${r.digits(3)} ${r.pick(ES_CITIES)}`;
    }
    case 'MX': {
      const city = r.chance(0.5) ? 'Ciudad de México' : r.pick(MX_CITIES);
      const state = city === 'Ciudad de México' ? 'CDMX' : r.pick(MX_STATES);
      return `${r.pick(MX_STREETS)} ${r.int(10, 2999)}, Col. ${r.pick(MX_COLONIAS)}, ${String(r.int(1000, 99999)).padStart(5, '0')} ${city}, ${state}`;
    }
  }
}

// Dates -----------------------------------------------------------------------------------------

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
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
};

const p2 = (n: number): string => String(n).padStart(2, '0');

function dobFor(c: Ctx, arg: string): string {
  const r = c.r;
  const y =
    arg === 'kid' ? r.int(2011, 2019) : arg === 'old' ? r.int(1928, 1952) : r.int(1950, 2004);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const mon = MONTHS[c.lang][m - 1]!;
  switch (c.lang) {
    case 'en':
      if (c.country === 'US')
        return r.pick([
          `${mon} ${d}, ${y}`,
          `${p2(m)}/${p2(d)}/${y}`,
          `${m}/${d}/${String(y).slice(2)}`,
          `${y}-${p2(m)}-${p2(d)}`,
        ]);
      return r.pick([
        `${d} ${mon} ${y}`,
        `${p2(d)}/${p2(m)}/${y}`,
        `${y}-${p2(m)}-${p2(d)}`,
        `${p2(d)}-${mon.slice(0, 3)}-${y}`,
      ]);
    case 'de':
      return r.pick([
        `${p2(d)}.${p2(m)}.${y}`,
        `${d}. ${mon} ${y}`,
        `${d}.${m}.${y}`,
        `${y}-${p2(m)}-${p2(d)}`,
      ]);
    case 'fr':
      return r.pick([
        `${p2(d)}/${p2(m)}/${y}`,
        `${d === 1 ? '1er' : d} ${mon} ${y}`,
        `${p2(d)}.${p2(m)}.${y}`,
      ]);
    case 'es':
      return r.pick([
        `${p2(d)}/${p2(m)}/${y}`,
        `${d} de ${mon} de ${y}`,
        `${p2(d)}-${p2(m)}-${y}`,
        `${d}/${m}/${y}`,
      ]);
  }
}

function plainDateFor(c: Ctx): string {
  const r = c.r;
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const y = r.int(2023, 2026);
  const mon = MONTHS[c.lang][m - 1]!;
  const wd = WEEKDAYS[c.lang][r.int(0, 6)]!;
  switch (c.lang) {
    case 'en':
      return r.pick([
        `${d} ${mon}`,
        `${mon} ${d}`,
        `${wd} ${d} ${mon}`,
        `${p2(d)}/${p2(m)}`,
        `${d} ${mon} ${y}`,
        `${mon} ${d}, ${y}`,
      ]);
    case 'de':
      return r.pick([
        `${d}. ${mon}`,
        `${p2(d)}.${p2(m)}.`,
        `${p2(d)}.${p2(m)}.${y}`,
        `${wd}, ${d}. ${mon}`,
      ]);
    case 'fr':
      return r.pick([`${d} ${mon}`, `${wd} ${d} ${mon}`, `${p2(d)}/${p2(m)}`, `${d} ${mon} ${y}`]);
    case 'es':
      return r.pick([
        `${d} de ${mon}`,
        `${wd} ${d} de ${mon}`,
        `${p2(d)}/${p2(m)}`,
        `${d} de ${mon} de ${y}`,
      ]);
  }
}

// Secrets ---------------------------------------------------------------------------------------

function b64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}

function jwtFor(r: Rng): string {
  const alg = r.pick(['HS256', 'RS256']);
  const h = b64url(JSON.stringify({ alg, typ: 'JWT' }));
  const p = b64url(
    JSON.stringify({
      sub: r.digits(8),
      name: 'user',
      iat: 1700000000 + r.int(0, 9e7),
      scope: 'app',
    }),
  );
  return `${h}.${p}.${r.chars(alg === 'HS256' ? 43 : 86, B64URL)}`;
}

function pemFor(r: Rng): string {
  const kind = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'EC PRIVATE KEY']);
  const lines: string[] = [];
  const nLines = kind.startsWith('EC') ? 3 : r.int(5, 9);
  const b64 = B62 + '+/';
  for (let i = 0; i < nLines; i++) lines.push(r.chars(i === nLines - 1 ? r.int(12, 60) : 64, b64));
  const head = kind === 'OPENSSH PRIVATE KEY' ? 'b3BlbnNzaC1rZXktdjEAAAAA' : 'MII';
  lines[0] = head + lines[0]!.slice(head.length);
  return `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----`;
}

function secretFor(r: Rng, arg: string): string {
  if (arg === 'sk') return `sk_live_${r.chars(r.int(24, 32), B62)}`;
  if (arg === 'hex') return r.chars(r.pick([32, 40]), HEX);
  if (arg === 'aws') return r.chars(40, B62 + '/+');
  return r.chars(r.int(32, 44), B62);
}

// URLs ------------------------------------------------------------------------------------------

function slug(c: Ctx): string {
  const p = personFor(c, `Purl${c.r.int(0, 9999)}`);
  return `${ascii(p.given)}-${ascii(p.surname).slice(0, 10)}`;
}

function urlFor(c: Ctx, arg: string): string {
  const r = c.r;
  const kind = arg || r.pick(['doc', 'photos', 'listing', 'shop', 'cal', 'pay', 'blog']);
  switch (kind) {
    case 'doc':
      return `https://docs.google.com/${r.pick(['document', 'spreadsheets'])}/d/${r.chars(44, B64URL)}/edit?usp=sharing`;
    case 'photos':
      return r.pick([
        `https://photos.app.goo.gl/${r.chars(17, B62)}`,
        `https://www.icloud.com/sharedalbum/#B0${r.chars(13, B62)}`,
        `https://drive.google.com/drive/folders/${r.chars(33, B64URL)}`,
      ]);
    case 'listing':
      return {
        en: `https://www.gumtree.com/p/bikes/${slug(c)}/${r.digits(10)}`,
        de: `https://www.kleinanzeigen.de/s-anzeige/${slug(c)}/${r.digits(10)}-217-${r.int(1000, 9999)}`,
        fr: `https://www.leboncoin.fr/ad/velos/${r.digits(10)}`,
        es: `https://es.wallapop.com/item/${slug(c)}-${r.digits(9)}`,
      }[c.lang];
    case 'shop':
      return `https://www.${r.pick(SHOP_WORDS[c.lang])}-${ascii(personFor(c, 'Pshop').surname)}.${TLD[c.country]}/${r.pick(['', 'order', 'booking', 'menu'])}`;
    case 'cal':
      return `https://calendly.com/${slug(c)}/${r.pick(['30min', 'visit', 'lesson'])}`;
    case 'pay':
      return `https://paypal.me/${ascii(personFor(c, `Ppay${r.int(0, 99)}`).surname)}${r.int(10, 99)}`;
    case 'blog':
      return `https://www.${r.pick(['kitchen', 'ofen', 'cuisine', 'cocina'])}${r.pick(['diaries', 'liebe', 'maison', 'casera'])}.${r.pick(['com', 'net', 'blog'])}/${r.int(2019, 2025)}/${p2(r.int(1, 12))}/${r.pick(['lemon-cake', 'apfelstrudel', 'tarte-tatin', 'tortilla'])}/`;
    case 'event':
      return `https://www.${r.pick(['withjoy.com', 'zola.com/wedding', 'eventbrite.com/e'])}/${slug(c)}${r.chance(0.5) ? '-' + r.digits(6) : ''}`;
    case 'fund':
      return `https://www.gofundme.com/f/${slug(c)}-${r.pick(['memorial', 'family', 'vet-bills'])}`;
    case 'club':
      return `https://www.strava.com/clubs/${r.digits(6)}`;
    case 'meet':
      return `https://meet.google.com/${r.chars(3, 'abcdefghijkmnopqrstuvwxyz')}-${r.chars(4, 'abcdefghijkmnopqrstuvwxyz')}-${r.chars(3, 'abcdefghijkmnopqrstuvwxyz')}`;
    default:
      throw new Error(`unknown url kind ${kind}`);
  }
}

function ipFor(r: Rng, arg: string): string {
  if (arg === 'v6' || (arg === '' && r.chance(0.25))) {
    const h = (): string => r.chars(r.int(1, 4), HEX).replace(/^0+(?=.)/, '');
    return r.chance(0.5)
      ? `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`
      : `2001:${r.chars(3, HEX).replace(/^0+/, '') || 'db9'}:${h()}::${h()}`;
  }
  let a = r.int(11, 223);
  while (a === 127 || a === 172 || a === 192 || a === 100 || a === 169) a = r.int(11, 223);
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

// Hard negatives ----------------------------------------------------------------------------------

const NOT_NAMES: Record<Lang, Record<string, string[]>> = {
  en: {
    pet: [
      'Bella',
      'Luna',
      'Max',
      'Oscar',
      'Milo',
      'Charlie',
      'Daisy',
      'Rocky',
      'Biscuit',
      'Teddy',
      'Poppy',
      'Winston',
    ],
    place: [
      'Victoria',
      'Charlotte',
      'Florence',
      'Santiago',
      'Adelaide',
      'Austin',
      'Georgetown',
      'Chelsea',
      'Kingston',
      'Sydney',
    ],
    brand: [
      "Sainsbury's",
      'Tim Hortons',
      'Marks & Spencer',
      "Ben & Jerry's",
      'Alexa',
      'Siri',
      'Wendy’s',
      "Trader Joe's",
      'Jack Wills',
    ],
    saint: [
      "St. Patrick's Day",
      "St. Valentine's Day",
      'St. Andrew’s Day',
      "St. David's Day",
      'Saint Nicholas',
    ],
    month: ['April', 'May', 'June', 'August', 'Sunday'],
    title: ['Jolene', 'Roxanne', 'Matilda', 'Hey Jude', 'Amélie', 'Frozen', 'Little Women'],
    product: ['Billy bookcase', 'Henry hoover', 'Dyson', 'Thermomix', 'Kenwood mixer'],
    car: ['Mercedes', 'Porsche', 'Ford Fiesta', 'Mini Cooper', 'Renault Zoe', 'Honda Jazz'],
    street: [
      'Victoria Road',
      'Albert Street',
      'Charlotte Street',
      'Elizabeth Avenue',
      'King Street',
    ],
  },
  de: {
    pet: ['Bello', 'Luna', 'Filou', 'Mia', 'Balu', 'Kira', 'Paula', 'Rocky', 'Emil', 'Mogli'],
    place: [
      'Sankt Gallen',
      'St. Pölten',
      'Florenz',
      'Marienplatz',
      'Alexanderplatz',
      'Charlottenburg',
      'Friedrichshain',
      'Lindau',
    ],
    brand: ['Rossmann', 'Müller', 'Aldi', 'Lidl', 'Dr. Oetker', 'Alexa', 'Tchibo', 'Ritter Sport'],
    saint: ['Sankt Martin', 'Nikolaus', 'Martinstag', 'Pfingsten', 'Allerheiligen'],
    month: ['August', 'Juli', 'Mai', 'Freitag'],
    title: ['Tatort', 'Sissi', 'Pippi Langstrumpf', 'Emil und die Detektive', 'Mamma Mia'],
    product: ['Billy-Regal', 'Thermomix', 'Miele-Waschmaschine', 'Henry-Sauger'],
    car: ['Mercedes', 'Porsche', 'Opel Corsa', 'Ford Fiesta', 'Renault Zoe', 'Mini Cooper'],
    street: ['Goethestraße', 'Luisenstraße', 'Karl-Marx-Allee', 'Annastraße', 'Mariahilfer Straße'],
  },
  fr: {
    pet: ['Minou', 'Filou', 'Caramel', 'Noisette', 'Oscar', 'Pompon', 'Réglisse', 'Nala', 'Ulysse'],
    place: [
      'Saint-Denis',
      'Sainte-Foy',
      'Montmartre',
      'Saint-Malo',
      'Florence',
      'Victoriaville',
      'Charleroi',
      'Saint-Étienne',
    ],
    brand: ['Leclerc', 'Carrefour', 'Picard', 'Jacadi', 'Alexa', 'Yves Rocher', 'Paul'],
    saint: [
      'la Saint-Valentin',
      'la Saint-Jean',
      'la Sainte-Catherine',
      'la Saint-Nicolas',
      'la Toussaint',
    ],
    month: ['mars', 'juillet', 'samedi', 'août'],
    title: ['Amélie', 'Astérix', 'La Vie en rose', 'Les Misérables', 'Le Petit Prince'],
    product: ['bibliothèque Billy', 'Thermomix', 'Dyson', 'lave-linge Miele'],
    car: ['Renault Zoé', 'Peugeot 208', 'Mercedes', 'Citroën C3', 'Renault Clio', 'Mini Cooper'],
    street: ['rue Victor Hugo', 'place Charles de Gaulle', 'avenue Jean Jaurès', 'quai Voltaire'],
  },
  es: {
    pet: ['Toby', 'Lola', 'Coco', 'Luna', 'Pelusa', 'Canela', 'Rocky', 'Nala', 'Chispa'],
    place: [
      'San Sebastián',
      'Santiago',
      'Santa Cruz',
      'San Fernando',
      'Victoria',
      'Florida',
      'Guadalupe',
      'Mercedes',
    ],
    brand: ['Zara', 'Mercadona', 'El Corte Inglés', 'Telepizza', 'Alexa', 'Chupa Chups', 'Bimbo'],
    saint: [
      'San Juan',
      'San Fermín',
      'Santa Lucía',
      'San Isidro',
      'la Virgen del Carmen',
      'Día de San Valentín',
    ],
    month: ['mayo', 'abril', 'agosto', 'domingo'],
    title: ['Despacito', 'Coco', 'Volver', 'La Bamba', 'Macarena'],
    product: ['estantería Billy', 'Thermomix', 'Dyson', 'lavadora Miele'],
    car: ['Seat Ibiza', 'Mercedes', 'Seat León', 'Renault Clio', 'Mini Cooper', 'Opel Corsa'],
    street: ['Calle de Cervantes', 'Avenida Simón Bolívar', 'Plaza de Isabel II', 'Paseo de Colón'],
  },
};

function priceFor(c: Ctx): string {
  const r = c.r;
  const whole = r.pick([r.int(3, 60), r.int(60, 400), r.int(400, 1800)]);
  const cents = r.chance(0.5) ? r.pick(['00', '50', '90', '99', '20']) : '';
  switch (c.country) {
    case 'US':
    case 'AU':
      return `$${whole}${cents ? '.' + cents : ''}`;
    case 'CA':
      return c.lang === 'fr'
        ? `${whole}${cents ? ',' + cents : ''} $`
        : `$${whole}${cents ? '.' + cents : ''}`;
    case 'GB':
      return `£${whole}${cents ? '.' + cents : ''}`;
    case 'IE':
      return `€${whole}${cents ? '.' + cents : ''}`;
    case 'IN':
      return `₹${whole * 80}`;
    case 'CH':
      return r.pick([`CHF ${whole}.${cents || '–'}`, `${whole} Fr.`]);
    case 'MX':
      return `$${(whole * 18).toLocaleString('en-US')} MXN`;
    case 'DE':
    case 'AT':
    case 'FR':
    case 'BE':
    case 'ES':
      return r.pick([
        `${whole}${cents ? ',' + cents : ''} €`,
        `${whole}${cents ? ',' + cents : ''}€`,
        `€${whole}`,
      ]);
  }
}

function negFor(c: Ctx, kind: string, arg: string): string {
  const r = c.r;
  switch (kind) {
    case 'card_lookalike':
      return cardFor(r, false);
    case 'iban_invalid':
      return ibanFor(
        r,
        IBAN_COUNTRIES.has(c.country)
          ? c.country
          : ({ en: 'GB', de: 'DE', fr: 'FR', es: 'ES' } as const)[c.lang],
        false,
      );
    case 'ssn_invalid':
      return ssnFor(r, false);
    case 'order_no':
      return r.pick([
        `${r.chars(2, UPPER)}-${r.digits(6)}`,
        `${r.int(100, 999)}-${r.digits(7)}-${r.digits(7)}`,
        `${r.int(2023, 2026)}-${r.digits(5)}`,
        `JJD${r.digits(15)}`,
        `1Z${r.chars(6, UPPER + '0123456789')}${r.digits(10)}`,
        r.digits(8),
      ]);
    case 'version':
      return r.pick([
        `${r.int(1, 18)}.${r.int(0, 9)}.${r.int(0, 12)}`,
        `v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}`,
        `${r.int(1, 12)}.${r.int(0, 40)}.${r.int(0, 9)}.${r.int(1, 250)}`,
      ]);
    case 'sha':
      return r.chars(r.pick([7, 7, 40, 64, 32]), HEX);
    case 'uuid': {
      const h = (n: number): string => r.chars(n, HEX);
      return `${h(8)}-${h(4)}-4${h(3)}-${r.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
    }
    case 'timestamp':
      return r.pick([
        `${r.int(2023, 2026)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`,
        String(r.int(1690000000, 1790000000)),
        `${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/${r.int(2023, 2026)} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}`,
      ]);
    case 'price':
      return priceFor(c);
    case 'plain_date':
      return plainDateFor(c);
    case 'isbn':
      return isbn13(r);
    case 'not_name': {
      const lists = NOT_NAMES[c.lang];
      const cat = arg || r.pick(Object.keys(lists));
      const list = lists[cat];
      if (!list) throw new Error(`unknown not_name category ${cat}`);
      return r.pick(list);
    }
    default:
      throw new Error(`unknown negative ${kind}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Assembly

class Builder {
  text = '';
  readonly entities: Heldout14Span[] = [];
  readonly negatives: { kind: string; start: number; end: number }[] = [];
  add(s: string): void {
    this.text += s;
  }
  ent(type: string, value: string, source?: 'listed' | 'invented'): void {
    if (value.length === 0 || value.trim() !== value)
      throw new Error(`bad ${type} value "${value}"`);
    const start = this.text.length;
    this.text += value;
    const end = this.text.length;
    this.entities.push(source ? { type, start, end, source } : { type, start, end });
  }
  neg(kind: string, value: string): void {
    const start = this.text.length;
    this.text += value;
    this.negatives.push({ kind, start, end: this.text.length });
  }
}

const NEG_KINDS = new Set([
  'card_lookalike',
  'iban_invalid',
  'ssn_invalid',
  'order_no',
  'version',
  'sha',
  'uuid',
  'timestamp',
  'price',
  'plain_date',
  'isbn',
  'not_name',
]);

function closeBrace(t: string, open: number): number {
  let depth = 0;
  for (let i = open; i < t.length; i++) {
    if (t[i] === '{') depth++;
    else if (t[i] === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`unbalanced template: ${t}`);
}

function splitAlts(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (ch === '|' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function expand(t: string, c: Ctx): void {
  let i = 0;
  while (i < t.length) {
    if (t[i] === '{') {
      const j = closeBrace(t, i);
      slot(t.slice(i + 1, j), c);
      i = j + 1;
    } else {
      let k = t.indexOf('{', i);
      if (k < 0) k = t.length;
      c.b.add(t.slice(i, k));
      i = k;
    }
  }
}

function slot(inner: string, c: Ctx): void {
  const { r, b } = c;
  if (inner.startsWith('~')) {
    expand(r.pick(splitAlts(inner.slice(1))), c);
    return;
  }
  const pm = /^([PFM]\d)(?:\.(\w+))?$/.exec(inner);
  if (pm) {
    const p = personFor(c, pm[1]!);
    b.ent('PERSON', renderPerson(p, pm[2] ?? '', c.lang), p.source);
    return;
  }
  const colon = inner.indexOf(':');
  const name = colon < 0 ? inner : inner.slice(0, colon);
  const arg = colon < 0 ? '' : inner.slice(colon + 1);
  if (NEG_KINDS.has(name)) {
    b.neg(name, negFor(c, name, arg));
    return;
  }
  switch (name) {
    case 'EMAIL':
      return b.ent('EMAIL', emailFor(c, arg));
    case 'PHONE':
      return b.ent('PHONE', phoneFor(c, (arg || 'any') as PhoneKind));
    case 'CARD':
      return b.ent('CREDIT_CARD', cardFor(r, true));
    case 'IBAN':
      return b.ent('IBAN', ibanFor(r, c.country, true));
    case 'SSN':
      return b.ent('US_SSN', ssnFor(r, true));
    case 'IP':
      return b.ent('IP_ADDRESS', ipFor(r, arg));
    case 'DOB':
      return b.ent('DATE_OF_BIRTH', dobFor(c, arg));
    case 'ADDR':
      return b.ent('STREET_ADDRESS', addressFor(c));
    case 'URL':
      return b.ent('URL', urlFor(c, arg));
    case 'AWS':
      return b.ent('AWS_ACCESS_KEY', r.pick(['AKIA', 'AKIA', 'ASIA']) + r.chars(16, B32));
    case 'GH':
      return b.ent(
        'GITHUB_TOKEN',
        r.chance(0.75)
          ? `${r.pick(['ghp_', 'ghp_', 'gho_'])}${r.chars(36, B62)}`
          : `github_pat_${r.chars(22, B62)}_${r.chars(59, B62)}`,
      );
    case 'SLACK':
      return b.ent(
        'SLACK_TOKEN',
        `${r.pick(['xoxb', 'xoxp'])}-${r.digits(12)}-${r.digits(13)}-${r.chars(24, B62)}`,
      );
    case 'PEM':
      return b.ent('PRIVATE_KEY', pemFor(r));
    case 'JWT':
      return b.ent('JWT', jwtFor(r));
    case 'SECRET':
      return b.ent('GENERIC_SECRET', secretFor(r, arg));
    // plain fillers, not labelled
    case 'city':
      return b.add(cityFor(c));
    case 'hhmm': {
      // times within one text run forward, so ranges read "from 10:30 to 13:00"
      const h = Math.min(22, c.hour + r.int(1, 3));
      c.hour = h;
      const mm = r.pick(['00', '30', '15', '45']);
      const twelve = c.lang === 'en' && (c.country === 'US' || c.country === 'CA' || r.chance(0.3));
      if (twelve)
        return b.add(
          `${h > 12 ? h - 12 : h}${mm === '00' ? '' : ':' + mm}${h >= 12 ? 'pm' : 'am'}`,
        );
      return b.add(`${h}${c.lang === 'fr' ? 'h' : ':'}${mm}`);
    }
    case 'n':
      return b.add(String(r.int(2, 9)));
    case 'wd':
      return b.add(r.pick(WEEKDAYS[c.lang]));
    default:
      throw new Error(`unknown slot {${inner}}`);
  }
}

function cityFor(c: Ctx): string {
  const r = c.r;
  switch (c.country) {
    case 'US':
      return r.pick(US_CITIES);
    case 'GB':
      return r.pick(GB_PLACES)[0];
    case 'IE':
      return r.pick(['Cork', 'Galway', 'Limerick', 'Kilkenny', 'Sligo']);
    case 'AU':
      return r.pick(['Melbourne', 'Brisbane', 'Perth', 'Hobart', 'Geelong']);
    case 'IN':
      return r.pick(IN_PLACES)[0];
    case 'CA':
      return c.lang === 'fr' ? r.pick(CA_FR_PLACES)[0] : r.pick(CA_EN_PLACES)[0];
    case 'DE':
      return r.pick(DE_CITIES);
    case 'AT':
      return r.pick(AT_CITIES);
    case 'CH':
      return r.pick(CH_CITIES);
    case 'FR':
      return r.pick(FR_CITIES);
    case 'BE':
      return r.pick(BE_PLACES)[0];
    case 'ES':
      return r.pick(ES_CITIES);
    case 'MX':
      return r.pick(MX_CITIES);
  }
}

// ---------------------------------------------------------------------------------------------
// Templates. Uppercase slots are labelled entities ({P1} person forms: .f given, .l surname,
// .lf "Last, First", .i initial + surname, .fi "Given S.", .lc lower-case given, .lcf lower-case
// full, .nick nickname, .m with middle name, .up "SURNAME Given"; F = female, M = male, P = any),
// lowercase slots are hard negatives or plain fillers, {~a|b} picks one alternative.

type Tpl = readonly [name: string, text: string];

const EN_POS: readonly Tpl[] = [
  [
    'family1',
    `[Family chat]\n{F1.f}: did anyone call Grandma back? she left a voicemail\n{M1.lc}: not yet, at work till {hhmm}\n{F1.f}: ok. {~Mum|Mom} says her new number is {PHONE:mob}, save it pls\n{F2.f}: done. {F1.f} can you send me Grandpa's address for the card?\n{F1.f}: {ADDR}`,
  ],
  [
    'family2',
    `{~Mom|Mum} ({F1.f}): Reminder that {M1.f}'s birthday party is on {plain_date} at {hhmm}!! Bring the {not_name:brand} cake from the freezer\n{M2.nick}: which one, the {not_name:title} one?\n{F1.f}: yes. And {F2.lc}, please RSVP to {F3} at {EMAIL:F3}, she's counting heads`,
  ],
  [
    'family3',
    `Dad: who changed the {not_name:brand} account password again\n{F1.f}: me sorry. it's the long one from the password manager\n{F1.f}: password: {SECRET}\nDad: and the email?\n{F1.f}: {EMAIL:F1}\n{M1.f}: guys you just posted that in the family group with {F2.f}'s boyfriend in it`,
  ],
  [
    'neighbour1',
    `Hi, it's {F1} from number {n} ({ADDR}). A parcel for you was left with us on {plain_date}, tracking {order_no}. Pop round any evening or text me on {PHONE}. {~Cheers|Thanks}, {F1.f}`,
  ],
  [
    'neighbour2',
    `Dear neighbours,\nWe're having a {~small|big} garden party on {plain_date} from {hhmm}, sorry in advance for the noise! Any problems, knock or call {M1.f} on {PHONE:mob}.\n{M1.f} & {F1.f} ({~no. |flat }{n})`,
  ],
  [
    'landlord1',
    `Hi {F1.f},\nThe rent for {not_name:month} ({price}) hasn't arrived yet. Could you check the standing order? My account is {IBAN}, reference "Flat {n}".\nBest,\n{M1}\n{PHONE}`,
  ],
  [
    'landlord2',
    `Subject: Tenancy – {ADDR}\n\nDear {~Mr|Ms|Mrs} {P1.l},\nA plumber, {M2} ({PHONE}), will come to fix the boiler on {plain_date} between {hhmm} and {hhmm}. Please leave the key with {F1.f} next door if you're out.\nKind regards,\n{P2.i}\nLettings`,
  ],
  [
    'tenant1',
    `> On {plain_date}, {M1} <{EMAIL:M1}> wrote:\n> The deposit will be returned within 10 days.\n\nHi {M1.f}, it's been three weeks. Please send the {price} to {~my account|my new account} {IBAN} (name: {F1}).\nThanks, {F1.f}`,
  ],
  [
    'flatshare1',
    `FLAT NOTES (fridge door)\n- bins go out {wd} night!!\n- {P1.lc} owes {price} for the internet, pay {P2.f} via {URL:pay}\n- {P3.f}'s friend is staying till {plain_date}\n- wifi box restarted, now on firmware {version}`,
  ],
  [
    'babysit1',
    `Babysitting notes for {F1.f}\nKids: {M1.f} (7) and {F2.f} (4). {F2.f} is allergic to nuts.\nWe're at {ADDR} until about {hhmm}.\nEmergency: {P1} {PHONE:mob} or Grandma {F3} {PHONE}.\nGP: Dr. {P2.l}, {PHONE:land}.`,
  ],
  [
    'babysit2',
    `Hi {F1.f}! Thanks for Saturday. I've sent {price} to your card ending in 4, or if you prefer bank transfer send me your details. Also, for the tax form I need your full name and SSN. {~Thanks!|Ta!}\n\n{F1.f}: sure, {F1.m}, SSN {SSN}. Born {DOB}.`,
  ],
  [
    'tutor1',
    `Hello {~Mrs|Ms} {F1.l},\n{M1.f} did well today (chapter 4, ISBN {isbn}). Next lesson {wd} at {hhmm}, online: {URL:meet}\nInvoice for {not_name:month}: {price}, payable to {IBAN}.\n{P1}\nMaths & physics tutoring, {PHONE}`,
  ],
  [
    'freelance1',
    `Hi {P1.f},\nAttached is the final logo (v3). Invoice {order_no} for {price} is due in 14 days.\nBank: {IBAN}\n{~Thanks again|Cheers},\n{F1}\nDesign · {URL:shop} · {PHONE:mob}`,
  ],
  [
    'freelance2',
    `From: {M1} <{EMAIL:M1}>\nTo: {F1.lf} <{EMAIL:F1}>\nSubject: Re: translation quote\n\n{F1.f}, the PDF is {n}k words. Can you do it by {plain_date}? Card on file is fine, last time I used {CARD}.\n\n> Sent from my phone`,
  ],
  [
    'plumber1',
    `Voicemail transcript ({timestamp}): "Hi, this is {M1} from the plumbing company, calling for {P1.l} about the leak at {ADDR}. I can come {wd} morning. Call me back on {PHONE}, that's {PHONE:intl} if you're abroad. Thanks."`,
  ],
  [
    'electrician1',
    `Quote for {P1} – rewiring kitchen\nSite: {ADDR}\nLabour 2 days, materials {price}\nTotal incl. VAT: {price}\nAccepted by: ________\n{M1.i}, registered electrician · {EMAIL:M1}`,
  ],
  [
    'cleaner1',
    `{F1.f} the cleaner: hiya, key safe code didnt work today, I rang {P1.f} but no answer. Back {wd}. Pls pay {price} to {IBAN} or cash is fine x`,
  ],
  [
    'bakery1',
    `Pre-order form\nName: {P1}\nPhone: {PHONE}\nE-mail: {EMAIL:P1}\nPick-up: {plain_date}, {hhmm}\nOrder: 2 sourdough, 1 {not_name:saint} cake\nDeposit {price} paid by card {CARD}`,
  ],
  [
    'hair1',
    `Hi {F1.fi}, just confirming your cut & colour with {F2.f} on {wd} at {hhmm}. Reply C to cancel or call {PHONE:land}. Reschedule online: {URL:shop}`,
  ],
  [
    'florist1',
    `Delivery slip\nTo: {F1}, {ADDR}\nCard message: "Happy anniversary my love, {M1.f}"\nSender: {M1.lf} – {PHONE:mob}\nOrder {order_no} – {price}`,
  ],
  [
    'bike1',
    `Bike repair ticket {order_no}\nCustomer: {P1.up}\nMobile: {PHONE:mob}\nBike: road bike, frame no. {card_lookalike}\nWork: new chain + brake pads. Ready {wd}.`,
  ],
  [
    'dating1',
    `{F1.lc}: hey! your profile says you love {not_name:title} too haha\n{M1.f}: guilty. I'm {M1.f} btw, well you knew that\n{F1.lc}: lol. I'm not great at texting on here, my number is {PHONE:mob}\n{M1.f}: great, I'll message you. I'm {M1}, in case you want to google me first ;)`,
  ],
  [
    'market1',
    `Re: your listing {URL:listing}\n{P1.fi}: Hi, is the bike still available? Would you take {price}?\n{P2.f}: lowest is {price}. Pick up only, {ADDR}.\n{P1.fi}: ok deal. I'm {P1.f}, can come {wd} after {hhmm}.`,
  ],
  [
    'voicemail1',
    `[Voice note, 0:{n}4] "{F1.nick} it's me, {F2.f}. Listen, I lost my phone, this is {F3.f}'s. Can you call me on {PHONE} instead? And don't use my old e-mail, use {EMAIL:F2}. Love you, bye."`,
  ],
  [
    'thread1',
    `---------- Forwarded message ---------\nFrom: {P1} <{EMAIL:P1}>\nDate: {plain_date}\nSubject: School trip\nTo: {P2.lf} <{EMAIL:P2}>\n\nHi, the trip consent form needs a parent's mobile. Mine is {PHONE:mob}. {P1.f}`,
  ],
  [
    'ooo1',
    `Automatic reply: I'm away until {plain_date} with limited access to e-mail. For anything urgent about bookings please contact {F1} ({EMAIL:F1}, {PHONE}). {~Thank you|Thanks}, {M1.f}`,
  ],
  [
    'postcard1',
    `Dear {F1.f} & {M1.f},\nGreetings from {not_name:place}! Weather lovely, food better. {F2.f} got sunburnt on day one. Back on {plain_date}.\nLove, {F3.nick}\n\n{F1} & {M1}\n{ADDR}`,
  ],
  [
    'rsvp1',
    `RSVP – {F1.f} & {M1.f}'s wedding\nName(s): {P1}, {P2}\nAttending: yes\nDietary: vegetarian\nPhone: {PHONE}\nSong request: {not_name:title}\nPlease reply by {plain_date} – {URL:event}`,
  ],
  [
    'birthday1',
    `You're invited!\n{M1.f} is turning {n}!\n{plain_date}, {hhmm}–{hhmm}\nat {ADDR}\nRSVP to {F1.f} ({~his mum|mom}): {PHONE:mob} or {EMAIL:F1}\nNo presents needed :)`,
  ],
  [
    'obit1',
    `{M1.m}, born {DOB:old} in {city}, passed away peacefully on {plain_date}, surrounded by family. Beloved husband of {F1.f} and father of {F2.f} and {M2.f}. Service at {hhmm}, {not_name:place} chapel. Donations: {URL:fund}`,
  ],
  [
    'condolence1',
    `Dear {F1.f},\nI was so sorry to hear about your mother. {F2.f} was the kindest neighbour we ever had. If you need anything, I'm on {PHONE}.\nWith love,\n{F3} and family`,
  ],
  [
    'recipe1',
    `Lemon drizzle from my nan's recipe book – {URL:blog}\n\nComments (3)\n{F1.fi} · {plain_date}: Made this for {not_name:saint}, gone in an hour!\n{P1.lc}: can I use {not_name:brand} flour?\n{F2} (author): yes! email me at {EMAIL:F2} if it sinks`,
  ],
  [
    'running1',
    `[Run club]\n{M1.f}: long run {wd}, 7am from the park gate\n{F1.f}: in! {M2.f} can you bring the stopwatch\n{M2.f}: ok. new members pls fill in the form with emergency contact: {URL:doc}\n{F2.nick}: my ICE is {M3} {PHONE:mob}`,
  ],
  [
    'roster1',
    `U10 Tigers – roster {plain_date}\n1. {F1.lf} – DOB {DOB:kid} – parent {P1} {PHONE:mob}\n2. {M1.lf} – DOB {DOB:kid} – parent {P2} {PHONE:mob}\n3. {M2.lf} – DOB {DOB:kid}\nCoach: {M3.f} ({EMAIL:M3})`,
  ],
  [
    'carpool1',
    `Carpool plan for swimming\nMon: {F1.f} drives (the {not_name:car}), picks up {M1.lc} and {F2.lc}\nWed: {M2.f}, leaves {ADDR} at {hhmm}\nFri: {P1.f}\nIf late text {F1.f} {PHONE:mob}`,
  ],
  [
    'petsit1',
    `Pet sitting for {not_name:pet} (cat) while we're away\nOwner: {F1} – {PHONE:intl}\nVet: {M1.i}, {PHONE:land}\nKey with {P1.f} at {ADDR}\nFood: half a pouch twice a day. {not_name:pet} the goldfish needs nothing.`,
  ],
  [
    'lostpet1',
    `LOST DOG – {not_name:pet}\nSmall, brown, answers to "{not_name:pet}". Last seen near {not_name:street} on {plain_date}.\nPlease call {F1.f} {PHONE:mob} or {M1.f} {PHONE}. Reward!`,
  ],
  [
    'moving1',
    `MOVING CHECKLIST\n[x] new address to bank: {ADDR}\n[ ] redirect post (ref {order_no})\n[ ] tell {F1.f} at the surgery\n[ ] internet: new router, admin app {version}\n[ ] movers: {M1} {PHONE} – deposit {price} paid`,
  ],
  [
    'budget1',
    `Budget {not_name:month}\nRent {price} → {IBAN}\nCouncil tax {price}\nCredit card {CARD} – pay in full!\nPocket money {M1.f} & {F1.f}\nSavings: joint acct with {P1.f}`,
  ],
  [
    'budget2',
    `notes to self\n- Grandma's SSN for the tax return: {SSN} (she was born {DOB:old})\n- Dad's card {CARD}, exp 08/27\n- pay {P1.f} back {price}`,
  ],
  [
    'password1',
    `{M1.f} (son): Dad, you pasted your work stuff in the family chat\nDad: what stuff\n{M1.f}: "AWS_ACCESS_KEY_ID={AWS}\nAWS_SECRET_ACCESS_KEY={SECRET:aws}"\nDad: oh no. delete it please. {F1.f} don't screenshot`,
  ],
  [
    'password2',
    `{P1.f} I set up the shop website for {~Aunt|Auntie} {F1.f}. Login e-mail {EMAIL:F1}, the payment key is\nSTRIPE_SECRET_KEY={SECRET:sk}\nand the github token for the theme: {GH}\nDon't share this!!`,
  ],
  [
    'password3',
    `my nephew set up the home server. he said keep this safe:\n{PEM}\nand the login page shows my IP as {IP}. is that bad?`,
  ],
  [
    'ocr1',
    `[scanned letter, OCR]\nCity Counc il – Parking Permit\nDear {P1.up}\nY0ur permit for {ADDR} expires on {plain_date}.\nRenew at {URL:shop} or call {PHONE:land}.\nRef: {order_no}`,
  ],
  [
    'ocr2',
    `[OCR] BANK STATEMENT p.1\nAccount holder: {P1.m}\n{ADDR}\nIBAN {IBAN}   BIC {~NWBKGB2L|AIBKIE2D|BOFIIE2D|BARCGB22}\nDate of birth: {DOB}`,
  ],
  [
    'slack1',
    `Hey {M1.f}, for the kids' football club Slack bot you asked about: token is {SLACK}. The signup page login came from {IP} and {IP:v6}, both me. – {F1.f}`,
  ],
  [
    'jwt1',
    `{F1.f}: the school app keeps logging me out, support said send them this: {JWT}\n{M1.f}: no!! that's your login token, don't send it to anyone`,
  ],
  [
    'nanny1',
    `Hi {F1.f}, for the W-9 I need your legal name, SSN and address. Venmo is fine for the weekly {price}.\n\n{F1.f}: Legal name {F1.m}, SSN {SSN}, {ADDR}. Date of birth {DOB} if they need it.`,
  ],
  [
    'tax1',
    `From: {M1.fl} <{EMAIL:M1}>\nSubject: Fwd: Mom's tax stuff\n\n{F1.nick}, here is everything for the accountant:\n{F2.lf} – SSN {SSN} – DOB {DOB:old}\nRefund to routing/acct on file. Call me on {PHONE:mob}.`,
  ],
];

const EN_NEG: readonly Tpl[] = [
  [
    'neg-order1',
    `Thanks for your pre-order! Order {order_no}: 1x {not_name:saint} cake, 6x rolls. Total {price}. Pick-up {plain_date} after {hhmm}. Ref {uuid}.`,
  ],
  [
    'neg-pet1',
    `Pet sitter update: {not_name:pet} ate everything, {not_name:pet} threw up once but is fine now. Walked them to {not_name:place} park. Vet visit moved to {plain_date}, fee {price}.`,
  ],
  [
    'neg-cards1',
    `Loyalty card numbers for the family (these are NOT bank cards):\n{not_name:brand}: {card_lookalike}\nCoffee shop: {card_lookalike}\nLibrary book due {plain_date}, ISBN {isbn}`,
  ],
  [
    'neg-tech1',
    `Grandpa's tablet: updated to {version}, backup checksum {sha}. The photo app is {version}. Last sync {timestamp}.`,
  ],
  [
    'neg-bank1',
    `The bank rejected the IBAN from the old invoice ({iban_invalid}) – the check digits are wrong. And the SSN on the sample form, {ssn_invalid}, is just a placeholder. Will sort it on {not_name:month} 3rd.`,
  ],
  [
    'neg-event1',
    `Party on {plain_date}! Meet at {not_name:place} station {hhmm}, then to the {not_name:street} pub. Playlist: {not_name:title}, {not_name:title}. Tickets {price}, booking {order_no}.`,
  ],
  [
    'neg-birthday1',
    `The birthday party is on {plain_date} (not the 12th!). Cake from {not_name:brand}, {price}. Theme: {not_name:title}. Parking ref {order_no}.`,
  ],
  [
    'neg-move1',
    `Moving day {plain_date}. Van booking {order_no} ({price}). The {not_name:product} and the wardrobe go first. Storage unit code is on receipt {uuid}, printed {timestamp}.`,
  ],
];

const DE_POS: readonly Tpl[] = [
  [
    'familie1',
    `[Familie]\n{F1.f}: Hat jemand Oma zurückgerufen?\n{M1.lc}: nee, bin bis {hhmm} im Büro\n{F1.f}: Mama sagt, Omas neue Nummer ist {PHONE:mob}\n{F2.f}: gespeichert. {F1.f}, schick mir mal die Adresse von Opa für die Karte\n{F1.f}: {ADDR}`,
  ],
  [
    'familie2',
    `Papa: Wer hat schon wieder das Passwort fürs {not_name:brand}-Konto geändert?\n{M1.f}: ich, sorry. Neues Passwort: {SECRET}\n{F1.f}: {M1.f}!! Das ist die Familiengruppe, {F2.f} ihr Freund ist auch drin`,
  ],
  [
    'familie3',
    `Liebe Familie, {F1.f} wird am {plain_date} 60! Wir treffen uns um {hhmm} bei {M1.f} und {F2.f} ({ADDR}). Bitte bis {plain_date} bei mir melden: {PHONE} oder {EMAIL:F3}. Eure {F3.f}`,
  ],
  [
    'nachbar1',
    `Hallo, hier ist {F1} aus dem {n}. Stock. Ihr Paket (Sendungsnr. {order_no}) liegt bei uns. Einfach klingeln oder kurz schreiben: {PHONE:mob}. Gruß {F1.f}`,
  ],
  [
    'nachbar2',
    `Liebe Nachbarn, am {plain_date} feiern wir ab {hhmm} im Hof. Bei Fragen oder Beschwerden bitte bei {M1.f} melden ({PHONE}). Viele Grüße, {F1.f} und {M1} (2. OG links)`,
  ],
  [
    'vermieter1',
    `Sehr geehrte Frau {F1.l},\ndie Miete für {not_name:month} ({price}) ist noch nicht eingegangen. Bitte überweisen Sie auf {IBAN}, Verwendungszweck „Whg. {n}“.\nMit freundlichen Grüßen\n{M1}\nTel. {PHONE}`,
  ],
  [
    'vermieter2',
    `Betreff: Wasserschaden {ADDR}\n\nHallo Herr {M1.l},\nder Installateur {M2} kommt am {plain_date} zwischen {hhmm} und {hhmm}. Falls Sie nicht da sind, bitte Schlüssel bei {F1.fl} im EG abgeben.\nBeste Grüße\n{P1.i}, Hausverwaltung`,
  ],
  [
    'mieter1',
    `> Am {plain_date} schrieb {M1} <{EMAIL:M1}>:\n> Die Kaution wird innerhalb von 14 Tagen erstattet.\n\nHallo {M1.f}, das ist jetzt sechs Wochen her. Bitte {price} auf mein Konto {IBAN} (Kontoinhaberin: {F1.lf}).\nDanke, {F1.f}`,
  ],
  [
    'wg1',
    `WG-Zettel (Kühlschrank)\n- Müll: {wd}!\n- {P1.lc} schuldet {price} fürs Internet → an {P2.f}: {URL:pay}\n- Besuch von {P3.f} bleibt bis {plain_date}\n- Router hat jetzt Firmware {version}`,
  ],
  [
    'babysitter1',
    `Infos für {F1.f} (Babysitten Samstag)\nKinder: {M1.f} (6) und {F2.f} (3), {F2.f} hat eine Nussallergie.\nWir sind bis ca. {hhmm} unterwegs.\nNotfall: {P1} {PHONE:mob}, Oma {F3} {PHONE}\nKinderarzt Dr. {P2.l}: {PHONE:land}`,
  ],
  [
    'nachhilfe1',
    `Hallo Frau {F1.l},\n{M1.f} hat heute gut mitgemacht (Buch ISBN {isbn}, Kap. 5). Nächste Stunde {wd} {hhmm}, online: {URL:meet}\nRechnung {not_name:month}: {price}, bitte an {IBAN}.\nViele Grüße\n{P1}\nNachhilfe Mathe/Physik · {PHONE}`,
  ],
  [
    'freelancer1',
    `Hi {P1.f},\nanbei das finale Logo. Rechnung {order_no} über {price}, zahlbar innerhalb von 14 Tagen an\n{IBAN}\nKontoinhaberin: {F1}\nLG {F1.f}\n{URL:shop} · {PHONE:mob}`,
  ],
  [
    'freelancer2',
    `Von: {M1} <{EMAIL:M1}>\nAn: {F1.lf} <{EMAIL:F1}>\nBetreff: AW: Übersetzung Mietvertrag\n\nHallo {F1.f}, es sind ca. {n}.000 Wörter. Schaffst du das bis {plain_date}? Bezahlung wie letztes Mal per Karte {CARD}.\n\n> Von meinem iPhone gesendet`,
  ],
  [
    'handwerker1',
    `Mailbox-Abschrift ({timestamp}): „Ja, grüß Gott, {M1} hier von der Sanitärfirma, wegen dem tropfenden Hahn bei {P1.l} in der {ADDR}. Ich könnte {wd} vorbeikommen. Rufen S' mich zurück unter {PHONE}, aus dem Ausland {PHONE:intl}. Servus.“`,
  ],
  [
    'elektriker1',
    `Kostenvoranschlag für {P1}\nObjekt: {ADDR}\nArbeitszeit 2 Tage, Material {price}\nGesamt inkl. MwSt.: {price}\n{M1.i}, Elektromeister · {EMAIL:M1} · {PHONE}`,
  ],
  [
    'putzhilfe1',
    `{F1.f} (Putzhilfe): Hallo, der Schlüsselkasten ging heute nicht, hab {P1.f} angerufen aber niemand ran. Komme {wd} wieder. Bitte {price} auf {IBAN} oder bar, danke!`,
  ],
  [
    'baeckerei1',
    `Vorbestellung\nName: {P1}\nTelefon: {PHONE}\nE-Mail: {EMAIL:P1}\nAbholung: {plain_date}, {hhmm}\n2x Bauernbrot, 1x Stollen für {not_name:saint}\nAnzahlung {price} per Karte {CARD}`,
  ],
  [
    'friseur1',
    `Hallo {F1.fi}, wir bestätigen Ihren Termin bei {F2.f} am {wd} um {hhmm} (Schneiden & Färben). Absagen bitte unter {PHONE:land} oder online: {URL:shop}`,
  ],
  [
    'blumen1',
    `Lieferschein {order_no}\nEmpfängerin: {F1}, {ADDR}\nKartentext: „Alles Liebe zum Hochzeitstag, dein {M1.f}“\nAuftraggeber: {M1.lf}, {PHONE:mob}\nBetrag {price}`,
  ],
  [
    'fahrrad1',
    `Reparaturauftrag {order_no}\nKunde: {P1.up}\nMobil: {PHONE:mob}\nRad: Trekkingrad, Rahmennr. {card_lookalike}\nArbeiten: Kette + Bremsbeläge. Fertig {wd}.`,
  ],
  [
    'dating1',
    `{F1.lc}: hey, in deinem Profil steht {not_name:title} als Lieblingsfilm, echt jetzt? :D\n{M1.f}: ja, schuldig. ich bin übrigens {M1.f}\n{F1.lc}: haha. schreib mir lieber per WhatsApp: {PHONE:mob}\n{M1.f}: mach ich. falls du mich googeln willst: {M1}`,
  ],
  [
    'kleinanzeigen1',
    `Nachricht zu {URL:listing}\n{P1.fi}: Hallo, ist das Rad noch da? {price} VB?\n{P2.f}: Unter {price} geht nix. Abholung {ADDR}.\n{P1.fi}: Ok, passt. Bin {P1.f}, komme {wd} nach {hhmm}.`,
  ],
  [
    'sprachnachricht1',
    `[Sprachnachricht, 0:{n}2] „{F1.nick}, ich bin's, {F2.f}. Handy verloren, das hier ist das von {F3.f}. Ruf mich bitte unter {PHONE} an, und die alte Mail geht nicht mehr, nimm {EMAIL:F2}. Tschüss!“`,
  ],
  [
    'weiterleitung1',
    `---------- Weitergeleitete Nachricht ----------\nVon: {P1} <{EMAIL:P1}>\nDatum: {plain_date}\nBetreff: Klassenfahrt\nAn: {P2.lf} <{EMAIL:P2}>\n\nHallo, für die Einverständniserklärung brauchen wir eine Handynummer. Meine: {PHONE:mob}. {P1.f}`,
  ],
  [
    'abwesend1',
    `Abwesenheitsnotiz: Ich bin bis {plain_date} im Urlaub. In dringenden Fällen wenden Sie sich bitte an {F1} ({EMAIL:F1}, {PHONE}). Viele Grüße, {M1.fl}`,
  ],
  [
    'postkarte1',
    `Liebe {F1.f}, lieber {M1.f},\nviele Grüße aus {not_name:place}! Sonne, Pasta, alles bestens. {F2.f} hat schon Sonnenbrand. Wir sind am {plain_date} zurück.\nBussi, {F3.nick}\n\nFam. {M1.l}\n{ADDR}`,
  ],
  [
    'hochzeit1',
    `Rückmeldung Hochzeit {F1.f} & {M1.f}\nName(n): {P1}, {P2}\nWir kommen: ja\nEssen: vegetarisch\nTelefon: {PHONE}\nMusikwunsch: {not_name:title}\nBitte bis {plain_date}: {URL:event}`,
  ],
  [
    'geburtstag1',
    `Einladung!\n{M1.f} wird {n}!\nAm {plain_date} von {hhmm} bis {hhmm}\n{ADDR}\nZusagen an {F1.f} (Mama): {PHONE:mob} oder {EMAIL:F1}`,
  ],
  [
    'traueranzeige1',
    `In stiller Trauer nehmen wir Abschied von\n{M1.m}\n* {DOB:old}   † {plain_date}\nIn Liebe: {F1.f}, {F2.f} und {M2.f}\nDie Trauerfeier findet in der Kapelle {not_name:place} statt. Spenden: {URL:fund}`,
  ],
  [
    'beileid1',
    `Liebe {F1.f},\nes tut mir so leid wegen deiner Mutter. {F2.f} war die beste Nachbarin, die man sich wünschen kann. Wenn du etwas brauchst: {PHONE}.\nIn Gedanken bei dir,\n{F3} und Familie`,
  ],
  [
    'rezept1',
    `Omas Apfelstrudel – {URL:blog}\n\nKommentare (3)\n{F1.fi} · {plain_date}: Zu {not_name:saint} gebacken, sofort weg!\n{P1.lc}: geht auch Mehl von {not_name:brand}?\n{F2} (Autorin): ja! schreib mir an {EMAIL:F2}, wenn er nicht aufgeht`,
  ],
  [
    'lauftreff1',
    `[Lauftreff]\n{M1.f}: langer Lauf {wd}, 7 Uhr am Parkeingang\n{F1.f}: bin dabei! {M2.f} bringst du die Stoppuhr mit?\n{M2.f}: jo. Neue bitte Notfallkontakt eintragen: {URL:doc}\n{F2.nick}: mein Notfallkontakt: {M3} {PHONE:mob}`,
  ],
  [
    'kader1',
    `E-Jugend – Spielerliste {plain_date}\n1. {M1.lf}, geb. {DOB:kid}, Eltern: {P1} {PHONE:mob}\n2. {M2.lf}, geb. {DOB:kid}, Eltern: {P2} {PHONE:mob}\n3. {F1.lf}, geb. {DOB:kid}\nTrainer: {M3.f} ({EMAIL:M3})`,
  ],
  [
    'fahrgemeinschaft1',
    `Fahrgemeinschaft Schwimmen\nMo: {F1.f} fährt ({not_name:car}), holt {M1.lc} und {F2.lc}\nMi: {M2.f}, Abfahrt {ADDR} um {hhmm}\nFr: {P1.f}\nBei Verspätung: {F1.f} {PHONE:mob}`,
  ],
  [
    'tiersitter1',
    `Katzensitting für {not_name:pet}\nBesitzerin: {F1}, {PHONE:intl}\nTierarzt: Dr. {M1.l}, {PHONE:land}\nSchlüssel bei {P1.f}, {ADDR}\n{not_name:pet} (Hund) ist bei Oma.`,
  ],
  [
    'vermisst1',
    `VERMISST: Kater {not_name:pet}!\nGrau getigert, zuletzt gesehen in der {not_name:street} am {plain_date}.\nBitte melden bei {F1.f} {PHONE:mob} oder {M1.f} {PHONE}. Finderlohn!`,
  ],
  [
    'umzug1',
    `UMZUG-CHECKLISTE\n[x] neue Adresse an Bank: {ADDR}\n[ ] Nachsendeauftrag (Nr. {order_no})\n[ ] {F1.f} beim Hausarzt Bescheid geben\n[ ] Umzugsfirma: {M1} {PHONE}, Anzahlung {price}`,
  ],
  [
    'haushaltsbuch1',
    `Haushaltsbuch {not_name:month}\nMiete {price} → {IBAN}\nStrom {price}\nKreditkarte {CARD} – komplett ausgleichen!\nTaschengeld {M1.f} & {F1.f}\nGemeinschaftskonto mit {P1.f}`,
  ],
  [
    'passwort1',
    `{M1.f}: Papa, du hast deine Arbeitszugangsdaten in die Familiengruppe kopiert\nPapa: welche?\n{M1.f}: "AWS_ACCESS_KEY_ID={AWS}\nAWS_SECRET_ACCESS_KEY={SECRET:aws}"\nPapa: oh nein. {F1.f}, bitte keinen Screenshot`,
  ],
  [
    'passwort2',
    `{P1.f}, ich hab den Shop für Tante {F1.f} eingerichtet. Login-Mail {EMAIL:F1}, Zahlungs-Key:\nSTRIPE_SECRET_KEY={SECRET:sk}\nGitHub-Token fürs Theme: {GH}\nBitte nicht weitergeben!`,
  ],
  [
    'passwort3',
    `Mein Neffe hat mir den Heimserver eingerichtet und gesagt, ich soll das hier gut aufheben:\n{PEM}\nDie Login-Seite zeigt meine IP als {IP}. Ist das schlimm?`,
  ],
  [
    'ocr1',
    `[gescannter Brief, OCR]\nStadtverwa ltung – Anwohnerparkausweis\nHerrn/Frau {P1.up}\n{ADDR}\nIhr Ausweis läuft am {plain_date} ab. Verlängerung: {URL:shop} oder Tel. {PHONE:land}\nAktenzeichen {order_no}`,
  ],
  [
    'ocr2',
    `[OCR] KONTOAUSZUG Seite 1\nKontoinhaber: {P1.m}\nGeburtsdatum: {DOB}\n{ADDR}\nIBAN {IBAN}`,
  ],
  [
    'verein1',
    `Hallo {M1.f}, der Slack-Bot für den Sportverein: Token {SLACK}. Die Anmeldungen kamen von {IP} und {IP:v6}, das war beides ich. – {F1.f}`,
  ],
  [
    'schul-app1',
    `{F1.f}: Die Schul-App loggt mich ständig aus, der Support will, dass ich das schicke: {JWT}\n{M1.f}: Bloß nicht, das ist dein Login-Token!`,
  ],
];

const DE_NEG: readonly Tpl[] = [
  [
    'neg-bestellung1',
    `Danke für Ihre Vorbestellung! Nr. {order_no}: Gebäck für {not_name:saint}, 6 Brötchen. Summe {price}. Abholung {plain_date} ab {hhmm}. Referenz {uuid}.`,
  ],
  [
    'neg-tier1',
    `Update vom Tiersitter: {not_name:pet} hat alles gefressen, {not_name:pet} war beim Spaziergang am {not_name:place} ganz brav. Tierarzttermin verschoben auf {plain_date}, Kosten {price}.`,
  ],
  [
    'neg-karten1',
    `Kundenkarten der Familie (keine Bankkarten!):\n{not_name:brand}: {card_lookalike}\nBücherei: {card_lookalike}\nBuch zurück bis {plain_date}, ISBN {isbn}`,
  ],
  [
    'neg-technik1',
    `Opas Tablet: Update auf {version} erledigt, Prüfsumme der Sicherung {sha}. Fotos-App Version {version}. Letzte Synchronisation {timestamp}.`,
  ],
  [
    'neg-bank1',
    `Die Bank hat die IBAN von der alten Rechnung abgelehnt ({iban_invalid}), Prüfziffer falsch. Ich kläre das am {plain_date}. Betrag {price}, Rechnungsnr. {order_no}.`,
  ],
  [
    'neg-feier1',
    `Die Geburtstagsfeier ist am {plain_date}! Treffpunkt {not_name:place}, {hhmm}. Danach in die {not_name:street}. Motto: {not_name:title}. Eintritt {price}.`,
  ],
  [
    'neg-umzug1',
    `Umzugstag {plain_date}. Transporter-Buchung {order_no} ({price}). Zuerst: {not_name:product}, dann der Schrank. Lagercode steht auf Beleg {uuid} vom {timestamp}.`,
  ],
];

const FR_POS: readonly Tpl[] = [
  [
    'famille1',
    `[Famille]\n{F1.f} : quelqu'un a rappelé Mamie ?\n{M1.lc} : pas encore, je finis à {hhmm}\n{F1.f} : Maman dit que son nouveau numéro c'est le {PHONE:mob}\n{F2.f} : enregistré. {F1.f} tu peux m'envoyer l'adresse de Papi pour la carte ?\n{F1.f} : {ADDR}`,
  ],
  [
    'famille2',
    `Papa : qui a encore changé le mot de passe {not_name:brand} ?\n{M1.f} : moi, pardon. mot de passe : {SECRET}\n{F1.f} : {M1.f} !! c'est le groupe famille, le copain de {F2.f} est dedans`,
  ],
  [
    'famille3',
    `Coucou tout le monde, {F1.f} fête ses 60 ans le {plain_date} ! Rendez-vous à {hhmm} chez {M1.f} et {F2.f}, {ADDR}. Réponse avant le {plain_date} au {PHONE} ou à {EMAIL:F3}. Bisous, {F3.f}`,
  ],
  [
    'voisin1',
    `Bonjour, c'est {F1} du {n}e étage. Un colis pour vous (suivi {order_no}) est chez nous. Passez quand vous voulez ou écrivez-moi au {PHONE:mob}. {F1.f}`,
  ],
  [
    'voisin2',
    `Chers voisins, nous fêtons l'anniversaire de notre fils le {plain_date} à partir de {hhmm}. Désolés d'avance pour le bruit ! En cas de souci : {M1.f}, {PHONE}.\n{F1.f} et {M1}, 3e gauche`,
  ],
  [
    'proprio1',
    `Madame {F1.l},\nLe loyer de {not_name:month} ({price}) n'est pas encore arrivé. Merci de faire le virement sur {IBAN}, libellé « Appt {n} ».\nCordialement,\n{M1}\nTél. {PHONE}`,
  ],
  [
    'proprio2',
    `Objet : dégât des eaux – {ADDR}\n\nBonjour Monsieur {M1.l},\nLe plombier, {M2} ({PHONE}), passera le {plain_date} entre {hhmm} et {hhmm}. Si vous êtes absent, laissez la clé à {F1} au rez-de-chaussée.\nBien à vous,\n{P1.i}, gestion locative`,
  ],
  [
    'locataire1',
    `> Le {plain_date}, {M1} <{EMAIL:M1}> a écrit :\n> Le dépôt de garantie vous sera restitué sous un mois.\n\nBonjour {M1.f}, cela fait deux mois. Merci de virer les {price} sur {IBAN} (titulaire : {F1.up}).\n{F1.f}`,
  ],
  [
    'coloc1',
    `MOT DE LA COLOC (frigo)\n- poubelles le {wd} soir !\n- {P1.lc} doit {price} pour la box, à rembourser à {P2.f} : {URL:pay}\n- {P3.f} héberge une amie jusqu'au {plain_date}\n- la box est passée en version {version}`,
  ],
  [
    'babysitting1',
    `Consignes pour {F1.f} (baby-sitting samedi)\nEnfants : {M1.f} (6 ans) et {F2.f} (3 ans), allergie aux fruits à coque pour {F2.f}.\nRetour vers {hhmm}.\nUrgence : {P1} {PHONE:mob}, Mamie {F3} {PHONE}\nPédiatre Dr {P2.l} : {PHONE:land}`,
  ],
  [
    'cours1',
    `Bonjour Madame {F1.l},\n{M1.f} a bien travaillé aujourd'hui (manuel ISBN {isbn}). Prochain cours {wd} à {hhmm} en visio : {URL:meet}\nFacture de {not_name:month} : {price}, à régler sur {IBAN}.\n{P1}\nCours de maths · {PHONE}`,
  ],
  [
    'freelance1',
    `Bonjour {P1.f},\nVoici le logo final. Facture {order_no} de {price}, payable sous 30 jours :\n{IBAN}\nTitulaire : {F1}\nBelle journée,\n{F1.f}\n{URL:shop} · {PHONE:mob}`,
  ],
  [
    'traduction1',
    `De : {M1} <{EMAIL:M1}>\nÀ : {F1.lf} <{EMAIL:F1}>\nObjet : RE: devis traduction\n\n{F1.f}, le document fait environ {n} 000 mots. Possible pour le {plain_date} ? Paiement par carte comme la dernière fois : {CARD}.\n\n> Envoyé de mon téléphone`,
  ],
  [
    'plombier1',
    `Transcription du message vocal ({timestamp}) : « Oui bonjour, c'est {M1} de la plomberie, pour Madame {F1.l}, au sujet de la fuite au {ADDR}. Je peux passer {wd} matin. Rappelez-moi au {PHONE}, ou au {PHONE:intl} si vous êtes à l'étranger. Merci, au revoir. »`,
  ],
  [
    'electricien1',
    `Devis pour {P1}\nChantier : {ADDR}\nMain-d'œuvre 2 jours, fournitures {price}\nTotal TTC : {price}\n{M1.i}, électricien · {EMAIL:M1}`,
  ],
  [
    'menage1',
    `{F1.f} (ménage) : bonjour, la boîte à clés n'a pas marché, j'ai appelé {P1.f} mais pas de réponse. Je repasse {wd}. Merci de virer {price} sur {IBAN} ou espèces, ça me va.`,
  ],
  [
    'boulangerie1',
    `Bon de commande\nNom : {P1.up}\nTél. : {PHONE}\nCourriel : {EMAIL:P1}\nRetrait : {plain_date}, {hhmm}\n1 galette pour l'Épiphanie, 2 baguettes tradition\nAcompte {price} par carte {CARD}`,
  ],
  [
    'coiffeur1',
    `Bonjour {F1.fi}, votre rendez-vous coupe + couleur avec {F2.f} est confirmé {wd} à {hhmm}. Pour annuler : {PHONE:land} ou {URL:shop}`,
  ],
  [
    'fleuriste1',
    `Bon de livraison {order_no}\nDestinataire : {F1}, {ADDR}\nMessage : « Joyeux anniversaire de mariage, ton {M1.f} »\nClient : {M1.lf}, {PHONE:mob}\nMontant {price}`,
  ],
  [
    'velo1',
    `Fiche atelier {order_no}\nClient : {P1.up}\nPortable : {PHONE:mob}\nVélo : VTC, n° de cadre {card_lookalike}\nTravaux : chaîne + plaquettes. Prêt {wd}.`,
  ],
  [
    'rencontre1',
    `{F1.lc} : salut ! ton profil dit que ton film préféré c'est {not_name:title}, sérieux ? :)\n{M1.f} : coupable. moi c'est {M1.f} au fait\n{F1.lc} : je réponds mal ici, écris-moi plutôt au {PHONE:mob}\n{M1.f} : ok ! et si tu veux me googler : {M1}`,
  ],
  [
    'annonce1',
    `Message concernant {URL:listing}\n{P1.fi} : Bonjour, le vélo est toujours dispo ? {price} ça vous va ?\n{P2.f} : pas en dessous de {price}. À récupérer au {ADDR}.\n{P1.fi} : ok, c'est {P1.f}, je passe {wd} après {hhmm}.`,
  ],
  [
    'vocal1',
    `[Message vocal, 0:{n}7] « {F1.nick}, c'est moi, {F2.f}. J'ai perdu mon téléphone, là c'est celui de {F3.f}. Rappelle-moi au {PHONE}, et mon ancienne adresse ne marche plus, utilise {EMAIL:F2}. Bisous ! »`,
  ],
  [
    'transfert1',
    `---------- Message transféré ---------\nDe : {P1} <{EMAIL:P1}>\nDate : {plain_date}\nObjet : Sortie scolaire\nÀ : {P2.lf} <{EMAIL:P2}>\n\nBonjour, pour l'autorisation de sortie il faut le portable d'un parent. Le mien : {PHONE:mob}. {P1.f}`,
  ],
  [
    'absence1',
    `Réponse automatique : je suis absente jusqu'au {plain_date}. Pour toute urgence, contactez {M1} ({EMAIL:M1}, {PHONE}). Cordialement, {F1}`,
  ],
  [
    'cartepostale1',
    `Chère {F1.f}, cher {M1.f},\nBons baisers de {not_name:place} ! Soleil, glaces et pétanque. {F2.f} a déjà pris un coup de soleil. Retour le {plain_date}.\nBisous, {F3.nick}\n\nFamille {M1.l}\n{ADDR}`,
  ],
  [
    'mariage1',
    `Réponse – mariage de {F1.f} et {M1.f}\nNom(s) : {P1}, {P2}\nPrésence : oui\nRégime : végétarien\nTél. : {PHONE}\nChanson : {not_name:title}\nMerci de répondre avant le {plain_date} : {URL:event}`,
  ],
  [
    'anniversaire1',
    `Invitation !\n{M1.f} fête ses {n} ans !\nLe {plain_date}, de {hhmm} à {hhmm}\n{ADDR}\nRéponse à {F1.f} (sa maman) : {PHONE:mob} ou {EMAIL:F1}`,
  ],
  [
    'avisdeces1',
    `Nous avons la tristesse de vous faire part du décès de {M1.m}, né le {DOB:old} à {city}, survenu le {plain_date}. De la part de {F1.f}, son épouse, et de ses enfants {F2.f} et {M2.f}. Cérémonie en l'église de {not_name:place}. Dons : {URL:fund}`,
  ],
  [
    'condoleances1',
    `Chère {F1.f},\nJe suis tellement désolée pour ta maman. {F2.f} était une voisine merveilleuse. Si tu as besoin de quoi que ce soit : {PHONE}.\nJe t'embrasse,\n{F3} et famille`,
  ],
  [
    'recette1',
    `La tarte Tatin de ma grand-mère – {URL:blog}\n\nCommentaires (3)\n{F1.fi} · {plain_date} : faite pour {not_name:saint}, un succès !\n{P1.lc} : on peut prendre la farine {not_name:brand} ?\n{F2} (autrice) : oui ! écris-moi à {EMAIL:F2} si ça rate`,
  ],
  [
    'course1',
    `[Club de course]\n{M1.f} : sortie longue {wd}, 7h à l'entrée du parc\n{F1.f} : partante ! {M2.f} tu prends le chrono ?\n{M2.f} : ok. les nouveaux, remplissez la fiche avec un contact d'urgence : {URL:doc}\n{F2.nick} : mon contact : {M3} {PHONE:mob}`,
  ],
  [
    'equipe1',
    `U11 – liste des joueurs {plain_date}\n1. {M1.up} – né le {DOB:kid} – parent : {P1} {PHONE:mob}\n2. {F1.up} – née le {DOB:kid} – parent : {P2} {PHONE:mob}\n3. {M2.lf}, né le {DOB:kid}\nCoach : {M3.f} ({EMAIL:M3})`,
  ],
  [
    'covoiturage1',
    `Covoiturage piscine\nLundi : {F1.f} conduit (la {not_name:car}), prend {M1.lc} et {F2.lc}\nMercredi : {M2.f}, départ {ADDR} à {hhmm}\nVendredi : {P1.f}\nEn cas de retard : {F1.f} {PHONE:mob}`,
  ],
  [
    'gardeanimaux1',
    `Garde de {not_name:pet} (chat)\nPropriétaire : {F1}, {PHONE:intl}\nVétérinaire : Dr {M1.l}, {PHONE:land}\nClés chez {P1.f}, {ADDR}\nLe poisson rouge, {not_name:pet}, n'a besoin de rien.`,
  ],
  [
    'perdu1',
    `PERDU : chien {not_name:pet} !\nPetit, roux, vu pour la dernière fois {not_name:street} le {plain_date}.\nAppelez {F1.f} au {PHONE:mob} ou {M1.f} au {PHONE}. Récompense !`,
  ],
  [
    'demenagement1',
    `DÉMÉNAGEMENT – à faire\n[x] nouvelle adresse à la banque : {ADDR}\n[ ] réexpédition du courrier (n° {order_no})\n[ ] prévenir {F1.f} chez le médecin\n[ ] déménageurs : {M1} {PHONE}, acompte {price}`,
  ],
  [
    'budget1',
    `Budget {not_name:month}\nLoyer {price} → {IBAN}\nÉlectricité {price}\nCarte {CARD} – à solder !\nArgent de poche {M1.f} et {F1.f}\nCompte joint avec {P1.f}`,
  ],
  [
    'motdepasse1',
    `{M1.f} : Papa, tu as collé tes accès du boulot dans le groupe famille\nPapa : quels accès ?\n{M1.f} : "AWS_ACCESS_KEY_ID={AWS}\nAWS_SECRET_ACCESS_KEY={SECRET:aws}"\nPapa : oh non. {F1.f}, pas de capture d'écran !`,
  ],
  [
    'motdepasse2',
    `{P1.f}, j'ai monté la boutique de tata {F1.f}. Identifiant {EMAIL:F1}, clé de paiement :\nSTRIPE_SECRET_KEY={SECRET:sk}\nJeton GitHub du thème : {GH}\nNe partage pas ça !`,
  ],
  [
    'motdepasse3',
    `Mon neveu m'a installé un serveur à la maison, il m'a dit de garder ça précieusement :\n{PEM}\nLa page de connexion affiche mon IP : {IP}. C'est grave ?`,
  ],
  [
    'ocr1',
    `[courrier scanné, OCR]\nMairie – Service du stationnement\nM. ou Mme {P1.up}\n{ADDR}\nVotre vignette résident expire le {plain_date}. Renouvellement : {URL:shop} ou {PHONE:land}\nRéf. {order_no}`,
  ],
  [
    'ocr2',
    `[OCR] RELEVÉ DE COMPTE p. 1\nTitulaire : {P1.m}\nDate de naissance : {DOB}\n{ADDR}\nIBAN {IBAN}`,
  ],
  [
    'club1',
    `Salut {M1.f}, pour le bot Slack du club de foot : jeton {SLACK}. Les connexions venaient de {IP} et {IP:v6}, c'était moi les deux fois. – {F1.f}`,
  ],
  [
    'jeton1',
    `{F1.f} : l'appli de l'école me déconnecte tout le temps, le support veut que je leur envoie ça : {JWT}\n{M1.f} : surtout pas, c'est ton jeton de connexion !`,
  ],
];

const FR_NEG: readonly Tpl[] = [
  [
    'neg-commande1',
    `Merci pour votre commande n° {order_no} : 1 bûche pour {not_name:saint}, 6 croissants. Total {price}. Retrait le {plain_date} après {hhmm}. Réf. {uuid}.`,
  ],
  [
    'neg-animaux1',
    `Nouvelles de la garde : {not_name:pet} a tout mangé, {not_name:pet} a été sage en promenade à {not_name:place}. Vétérinaire décalé au {plain_date}, {price}.`,
  ],
  [
    'neg-cartes1',
    `Cartes de fidélité de la famille (pas des cartes bancaires !) :\n{not_name:brand} : {card_lookalike}\nMédiathèque : {card_lookalike}\nLivre à rendre le {plain_date}, ISBN {isbn}`,
  ],
  [
    'neg-tech1',
    `Tablette de Papi : mise à jour {version}, somme de contrôle de la sauvegarde {sha}. Appli photos {version}. Dernière synchro {timestamp}.`,
  ],
  [
    'neg-banque1',
    `La banque refuse l'IBAN de l'ancienne facture ({iban_invalid}), clé de contrôle incorrecte. Je vois ça le {plain_date}. Montant {price}, facture {order_no}.`,
  ],
  [
    'neg-fete1',
    `La fête d'anniversaire, c'est le {plain_date} ! Rendez-vous à {not_name:place} à {hhmm}, puis {not_name:street}. Thème : {not_name:title}. Participation {price}.`,
  ],
  [
    'neg-demenagement1',
    `Jour du déménagement : {plain_date}. Réservation camion {order_no} ({price}). D'abord : {not_name:product}, puis l'armoire. Code du box sur le reçu {uuid} du {timestamp}.`,
  ],
];

const ES_POS: readonly Tpl[] = [
  [
    'familia1',
    `[Familia]\n{F1.f}: ¿alguien ha llamado a la abuela?\n{M1.lc}: todavía no, salgo a las {hhmm}\n{F1.f}: mamá dice que su número nuevo es {PHONE:mob}\n{F2.f}: guardado. {F1.f}, pásame la dirección del abuelo para la tarjeta\n{F1.f}: {ADDR}`,
  ],
  [
    'familia2',
    `Papá: ¿quién ha cambiado otra vez la contraseña de {not_name:brand}?\n{M1.f}: yo, perdón. contraseña: {SECRET}\n{F1.f}: ¡{M1.f}! que esto es el grupo de la familia y está el novio de {F2.f}`,
  ],
  [
    'familia3',
    `¡Hola familia! {F1.f} cumple 60 el {plain_date}. Quedamos a las {hhmm} en casa de {M1.f} y {F2.f}, {ADDR}. Confirmad antes del {plain_date} al {PHONE} o a {EMAIL:F3}. Besos, {F3.f}`,
  ],
  [
    'vecino1',
    `Hola, soy {F1}, del {n}º. Tenemos un paquete suyo (seguimiento {order_no}). Pase cuando quiera o escríbame al {PHONE:mob}. Un saludo, {F1.f}`,
  ],
  [
    'vecino2',
    `Queridos vecinos: el {plain_date} celebramos un cumpleaños en la terraza desde las {hhmm}. ¡Perdón por el ruido! Cualquier cosa, llamad a {M1.f} al {PHONE}.\n{F1.f} y {M1}, 4º izquierda`,
  ],
  [
    'casero1',
    `Hola {F1.f}:\nEl alquiler de {not_name:month} ({price}) todavía no ha llegado. Por favor, haz la transferencia a {IBAN}, concepto «Piso {n}».\nUn saludo,\n{M1}\nTel. {PHONE}`,
  ],
  [
    'casero2',
    `Asunto: avería – {ADDR}\n\nEstimado Sr. {M1.l}:\nEl fontanero, {M2} ({PHONE}), irá el {plain_date} entre las {hhmm} y las {hhmm}. Si no está, deje la llave a {F1} en el bajo.\nAtentamente,\n{P1.i}, administración de fincas`,
  ],
  [
    'inquilino1',
    `> El {plain_date}, {M1} <{EMAIL:M1}> escribió:\n> La fianza se devolverá en un mes.\n\nHola {M1.f}, ya han pasado dos meses. Por favor, transfiere los {price} a {IBAN} (titular: {F1}).\nGracias, {F1.f}`,
  ],
  [
    'pisocompartido1',
    `NOTAS DEL PISO (nevera)\n- ¡basura el {wd}!\n- {P1.lc} debe {price} del wifi, pagar a {P2.f}: {URL:pay}\n- la amiga de {P3.f} se queda hasta el {plain_date}\n- router actualizado a la versión {version}`,
  ],
  [
    'canguro1',
    `Notas para {F1.f} (canguro el sábado)\nNiños: {M1.f} (6) y {F2.f} (3); {F2.f} es alérgica a los frutos secos.\nVolvemos sobre las {hhmm}.\nUrgencias: {P1} {PHONE:mob}, abuela {F3} {PHONE}\nPediatra Dra. {P2.l}: {PHONE:land}`,
  ],
  [
    'clases1',
    `Hola, Sra. {F1.l}:\n{M1.f} ha trabajado muy bien hoy (libro ISBN {isbn}). Próxima clase el {wd} a las {hhmm}, online: {URL:meet}\nFactura de {not_name:month}: {price}, al IBAN {IBAN}.\n{P1}\nClases de matemáticas · {PHONE}`,
  ],
  [
    'autonomo1',
    `Hola {P1.f}:\nTe adjunto el logo final. Factura {order_no} por {price}, a pagar en 30 días:\n{IBAN}\nTitular: {F1}\nUn abrazo,\n{F1.f}\n{URL:shop} · {PHONE:mob}`,
  ],
  [
    'traduccion1',
    `De: {M1} <{EMAIL:M1}>\nPara: {F1.lf} <{EMAIL:F1}>\nAsunto: RE: presupuesto traducción\n\n{F1.f}, son unas {n} 000 palabras. ¿Te da tiempo para el {plain_date}? Pago con tarjeta como la otra vez: {CARD}.\n\n> Enviado desde mi móvil`,
  ],
  [
    'fontanero1',
    `Transcripción del buzón de voz ({timestamp}): «Buenas, soy {M1}, el fontanero, llamo por la fuga en casa de {P1.l}, en {ADDR}. Puedo ir el {wd} por la mañana. Llámeme al {PHONE} o al {PHONE:intl} si está fuera. Gracias.»`,
  ],
  [
    'electricista1',
    `Presupuesto para {P1}\nObra: {ADDR}\nMano de obra 2 días, material {price}\nTotal con IVA: {price}\n{M1.i}, electricista · {EMAIL:M1}`,
  ],
  [
    'limpieza1',
    `{F1.f} (limpieza): hola, la caja de llaves no funcionaba, llamé a {P1.f} pero no contestó. Vuelvo el {wd}. Transferencia de {price} a {IBAN} o en efectivo, como prefieras.`,
  ],
  [
    'panaderia1',
    `Encargo\nNombre: {P1}\nTeléfono: {PHONE}\nCorreo: {EMAIL:P1}\nRecogida: {plain_date}, {hhmm}\n1 roscón de Reyes, 2 barras\nSeñal {price} con tarjeta {CARD}`,
  ],
  [
    'peluqueria1',
    `Hola {F1.fi}, te confirmamos la cita de corte y color con {F2.f} el {wd} a las {hhmm}. Para cancelar: {PHONE:land} o {URL:shop}`,
  ],
  [
    'floristeria1',
    `Albarán {order_no}\nDestinataria: {F1}, {ADDR}\nTarjeta: «Feliz aniversario, mi amor. {M1.f}»\nCliente: {M1.lf}, {PHONE:mob}\nImporte {price}`,
  ],
  [
    'bici1',
    `Orden de taller {order_no}\nCliente: {P1.up}\nMóvil: {PHONE:mob}\nBici: de carretera, nº de cuadro {card_lookalike}\nTrabajo: cadena + pastillas. Lista el {wd}.`,
  ],
  [
    'citas1',
    `{F1.lc}: hola! en tu perfil pone que tu peli favorita es {not_name:title}, en serio? jaja\n{M1.f}: culpable. soy {M1.f}, por cierto\n{F1.lc}: por aquí contesto fatal, escríbeme al {PHONE:mob}\n{M1.f}: vale! y si quieres buscarme: {M1}`,
  ],
  [
    'segundamano1',
    `Mensaje sobre {URL:listing}\n{P1.fi}: Hola, ¿sigue disponible la bici? ¿Aceptarías {price}?\n{P2.f}: menos de {price} no. Recogida en {ADDR}.\n{P1.fi}: vale, trato hecho. Soy {P1.f}, paso el {wd} después de las {hhmm}.`,
  ],
  [
    'audio1',
    `[Audio, 0:{n}5] «{F1.nick}, soy yo, {F2.f}. He perdido el móvil, este es el de {F3.f}. Llámame al {PHONE}, y el correo viejo ya no va, usa {EMAIL:F2}. ¡Un beso!»`,
  ],
  [
    'reenvio1',
    `---------- Mensaje reenviado ---------\nDe: {P1} <{EMAIL:P1}>\nFecha: {plain_date}\nAsunto: Excursión del cole\nPara: {P2.lf} <{EMAIL:P2}>\n\nHola, para la autorización hace falta el móvil de un padre o madre. El mío: {PHONE:mob}. {P1.f}`,
  ],
  [
    'ausencia1',
    `Respuesta automática: estoy de vacaciones hasta el {plain_date}. Para cualquier urgencia, contacta con {F1} ({EMAIL:F1}, {PHONE}). Saludos, {M1.fl}`,
  ],
  [
    'postal1',
    `Queridos {F1.f} y {M1.f}:\n¡Saludos desde {not_name:place}! Sol, tapas y playa. {F2.f} ya se ha quemado. Volvemos el {plain_date}.\nBesos, {F3.nick}\n\nFamilia {M1.l}\n{ADDR}`,
  ],
  [
    'boda1',
    `Confirmación – boda de {F1.f} y {M1.f}\nNombre(s): {P1}, {P2}\nAsistencia: sí\nMenú: vegetariano\nTeléfono: {PHONE}\nCanción: {not_name:title}\nConfirmar antes del {plain_date}: {URL:event}`,
  ],
  [
    'cumple1',
    `¡Estás invitado!\n¡{M1.f} cumple {n} años!\nEl {plain_date}, de {hhmm} a {hhmm}\n{ADDR}\nConfirmar a {F1.f} (su mamá): {PHONE:mob} o {EMAIL:F1}`,
  ],
  [
    'esquela1',
    `Falleció {M1.m}, nacido el {DOB:old} en {city}, el pasado {plain_date}. Sus hijos {F2.f} y {M2.f}, su esposa {F1.f} y demás familia ruegan una oración. Misa en {not_name:place}. Donativos: {URL:fund}`,
  ],
  [
    'pesame1',
    `Querida {F1.f}:\nSiento muchísimo lo de tu madre. {F2.f} era la mejor vecina del mundo. Para lo que necesites: {PHONE}.\nUn abrazo enorme,\n{F3} y familia`,
  ],
  [
    'receta1',
    `La tortilla de mi abuela – {URL:blog}\n\nComentarios (3)\n{F1.fi} · {plain_date}: ¡la hice por {not_name:saint} y voló!\n{P1.lc}: ¿se puede con aceite de {not_name:brand}?\n{F2} (autora): ¡sí! escríbeme a {EMAIL:F2} si se te rompe`,
  ],
  [
    'running1',
    `[Club de running]\n{M1.f}: tirada larga el {wd}, 7:00 en la puerta del parque\n{F1.f}: me apunto! {M2.f} traes el cronómetro?\n{M2.f}: ok. nuevos, rellenad la ficha con contacto de emergencia: {URL:doc}\n{F2.nick}: mi contacto: {M3} {PHONE:mob}`,
  ],
  [
    'equipo1',
    `Alevín – lista de jugadores {plain_date}\n1. {M1.lf} – nac. {DOB:kid} – tutor: {P1} {PHONE:mob}\n2. {F1.lf} – nac. {DOB:kid} – tutor: {P2} {PHONE:mob}\n3. {M2.lf} – nac. {DOB:kid}\nEntrenador: {M3.f} ({EMAIL:M3})`,
  ],
  [
    'cochecompartido1',
    `Turnos para natación\nLunes: {F1.f} lleva el {not_name:car}, recoge a {M1.lc} y {F2.lc}\nMiércoles: {M2.f}, sale de {ADDR} a las {hhmm}\nViernes: {P1.f}\nSi hay retraso: {F1.f} {PHONE:mob}`,
  ],
  [
    'mascotas1',
    `Cuidado de {not_name:pet} (gata)\nDueña: {F1}, {PHONE:intl}\nVeterinario: Dr. {M1.l}, {PHONE:land}\nLlaves con {P1.f}, {ADDR}\nEl pez, {not_name:pet}, no necesita nada.`,
  ],
  [
    'perdido1',
    `SE BUSCA: perro {not_name:pet}\nPequeño, marrón, visto por última vez en {not_name:street} el {plain_date}.\nLlamar a {F1.f} {PHONE:mob} o {M1.f} {PHONE}. ¡Se gratificará!`,
  ],
  [
    'mudanza1',
    `MUDANZA – pendientes\n[x] nueva dirección al banco: {ADDR}\n[ ] reenvío de correo (nº {order_no})\n[ ] avisar a {F1.f} en el centro de salud\n[ ] mudanzas: {M1} {PHONE}, señal {price}`,
  ],
  [
    'presupuesto1',
    `Gastos {not_name:month}\nAlquiler {price} → {IBAN}\nLuz {price}\nTarjeta {CARD} – ¡pagar entera!\nPaga {M1.f} y {F1.f}\nCuenta conjunta con {P1.f}`,
  ],
  [
    'contrasena1',
    `{M1.f}: papá, has pegado las claves del trabajo en el grupo de la familia\nPapá: ¿qué claves?\n{M1.f}: "AWS_ACCESS_KEY_ID={AWS}\nAWS_SECRET_ACCESS_KEY={SECRET:aws}"\nPapá: madre mía. {F1.f}, ni se te ocurra hacer captura`,
  ],
  [
    'contrasena2',
    `{P1.f}, ya he montado la tienda de la tía {F1.f}. Usuario {EMAIL:F1}, clave de pagos:\nSTRIPE_SECRET_KEY={SECRET:sk}\nToken de GitHub para la plantilla: {GH}\n¡No lo compartas!`,
  ],
  [
    'contrasena3',
    `Mi sobrino me ha montado un servidor en casa y me dijo que guarde esto bien:\n{PEM}\nLa página de inicio de sesión dice que mi IP es {IP}. ¿Es malo?`,
  ],
  [
    'ocr1',
    `[carta escaneada, OCR]\nAyuntamiento – Aparcamiento de residentes\nD./Dña. {P1.up}\n{ADDR}\nSu tarjeta caduca el {plain_date}. Renovación: {URL:shop} o {PHONE:land}\nExpediente {order_no}`,
  ],
  [
    'ocr2',
    `[OCR] EXTRACTO BANCARIO pág. 1\nTitular: {P1}\nFecha de nacimiento: {DOB}\n{ADDR}\nIBAN {IBAN}`,
  ],
  [
    'club1',
    `Hola {M1.f}, el bot de Slack del club: token {SLACK}. Los accesos vinieron de {IP} y {IP:v6}, las dos veces era yo. – {F1.f}`,
  ],
  [
    'token1',
    `{F1.f}: la app del cole me echa todo el rato, soporte me pide que les mande esto: {JWT}\n{M1.f}: ¡ni se te ocurra! es tu token de sesión`,
  ],
];

const ES_NEG: readonly Tpl[] = [
  [
    'neg-pedido1',
    `¡Gracias por tu encargo! Pedido {order_no}: 1 roscón para {not_name:saint}, 6 cruasanes. Total {price}. Recogida el {plain_date} a partir de las {hhmm}. Ref. {uuid}.`,
  ],
  [
    'neg-mascotas1',
    `Parte del cuidador: {not_name:pet} se lo ha comido todo y {not_name:pet} se portó bien en el paseo por {not_name:place}. Veterinario cambiado al {plain_date}, {price}.`,
  ],
  [
    'neg-tarjetas1',
    `Tarjetas de puntos de la familia (¡no son bancarias!):\n{not_name:brand}: {card_lookalike}\nBiblioteca: {card_lookalike}\nDevolver libro el {plain_date}, ISBN {isbn}`,
  ],
  [
    'neg-tecnico1',
    `Tablet del abuelo: actualizada a {version}, suma de control de la copia {sha}. App de fotos {version}. Última sincronización {timestamp}.`,
  ],
  [
    'neg-banco1',
    `El banco rechaza el IBAN de la factura vieja ({iban_invalid}), los dígitos de control no cuadran. Lo miro el {plain_date}. Importe {price}, factura {order_no}.`,
  ],
  [
    'neg-fiesta1',
    `¡La fiesta de cumpleaños es el {plain_date}! Quedamos en {not_name:place} a las {hhmm} y luego a {not_name:street}. Temática: {not_name:title}. Entrada {price}.`,
  ],
  [
    'neg-mudanza1',
    `Día de la mudanza: {plain_date}. Reserva de furgoneta {order_no} ({price}). Primero: {not_name:product}, luego el armario. El código del trastero está en el recibo {uuid} del {timestamp}.`,
  ],
];

const TEMPLATES: Record<Lang, { pos: readonly Tpl[]; neg: readonly Tpl[] }> = {
  en: { pos: EN_POS, neg: EN_NEG },
  de: { pos: DE_POS, neg: DE_NEG },
  fr: { pos: FR_POS, neg: FR_NEG },
  es: { pos: ES_POS, neg: ES_NEG },
};

function allowedCountries(lang: Lang, text: string): (readonly [Country, number])[] {
  let list = [...COUNTRIES[lang]];
  if (text.includes('{SSN')) list = list.filter(([c]) => c === 'US');
  if (text.includes('{IBAN')) list = list.filter(([c]) => IBAN_COUNTRIES.has(c));
  if (list.length === 0) throw new Error(`no country fits template in ${lang}`);
  return list;
}

const NEG_SHARE = 0.18;

/**
 * `n` texts (default 2000), cycling en/de/fr/es; per language 18 % hard-negative-only texts, the
 * rest with entities. Deterministic: same `n` gives the same records.
 */
export function generateHeldout14(n = 2000): Heldout14Record[] {
  const r = new Rng(0x14ad14);
  const out: Heldout14Record[] = [];
  const perLang = new Map<Lang, { k: number; pos: number; neg: number }>();
  for (let i = 0; i < n; i++) {
    const lang = LANG_ORDER[i % LANG_ORDER.length]!;
    const st = perLang.get(lang) ?? { k: 0, pos: 0, neg: 0 };
    perLang.set(lang, st);
    const k = st.k++;
    const negOnly = Math.floor((k + 1) * NEG_SHARE) > Math.floor(k * NEG_SHARE);
    const set = TEMPLATES[lang];
    const [name, text] = negOnly
      ? set.neg[st.neg++ % set.neg.length]!
      : set.pos[st.pos++ % set.pos.length]!;
    const country = r.weighted(allowedCountries(lang, text));
    const b = new Builder();
    const ctx: Ctx = { r, lang, country, persons: new Map(), b, hour: r.int(7, 12) };
    expand(text, ctx);
    if (negOnly && b.entities.length > 0) throw new Error(`negative template ${name} has entities`);
    out.push({
      id: `h14-${lang}-${String(k).padStart(4, '0')}`,
      lang,
      template: `${lang}:${name}`,
      text: b.text,
      entities: b.entities,
      negatives: b.negatives,
    });
  }
  return out;
}
