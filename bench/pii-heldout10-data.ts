/**
 * Generator for `bench/pii-heldout10.ts`: a tenth, blind held-out set for the privacy engine, written
 * from the developer corpus README's labelling conventions only. Genre: the back office of ordinary
 * companies (insurance, banking, telecom and utilities, HR and payroll, property management, car
 * dealerships and workshops, logistics, accounting, internal IT, CRM notes) in English, German,
 * French and Spanish. Every text is assembled from typed pieces (plain text, labelled entity,
 * hard-negative decoy) so offsets are recorded while the text is built, never searched afterwards.
 * Values come from a seeded PRNG and seeded @faker-js/faker instances (name lists only); phone
 * numbers are redrawn until libphonenumber-js accepts them for their country. Nothing is downloaded
 * and nothing is taken from the developer corpus. Labelling follows the README: value only (no label
 * words, titles, quotes or possessive 's), addresses on one line from street to town, PERSON spans
 * carry `source`.
 */
import {
  Faker,
  base,
  de,
  de_AT,
  de_CH,
  en,
  en_AU,
  en_GB,
  en_IE,
  es,
  es_MX,
  fr,
  fr_BE,
  fr_CH,
  pt_PT,
  type LocaleDefinition,
} from '@faker-js/faker';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import type { HeldoutRecord, Lang } from './pii-heldout-data.js';

export interface Heldout10Span extends Span {
  /** Only on PERSON spans: `listed` = faker name lists, `invented` = built from syllables. */
  readonly source?: 'listed' | 'invented';
}

export interface Heldout10Record extends HeldoutRecord {
  readonly entities: Heldout10Span[];
}

// ---------------------------------------------------------------------------------------------
// Pieces: plain strings, labelled entities and hard negatives; a text is a tree of pieces.

type EntType =
  | 'PERSON'
  | 'EMAIL'
  | 'PHONE'
  | 'CREDIT_CARD'
  | 'IBAN'
  | 'US_SSN'
  | 'IP_ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'STREET_ADDRESS'
  | 'URL'
  | 'AWS_ACCESS_KEY'
  | 'GITHUB_TOKEN'
  | 'SLACK_TOKEN'
  | 'PRIVATE_KEY'
  | 'JWT'
  | 'GENERIC_SECRET';

type NegKind =
  | 'card_lookalike'
  | 'iban_invalid'
  | 'ssn_invalid'
  | 'order_no'
  | 'version'
  | 'sha'
  | 'uuid'
  | 'timestamp'
  | 'price'
  | 'plain_date'
  | 'isbn'
  | 'not_name';

type Source = 'listed' | 'invented';

interface EntP {
  readonly k: 'e';
  readonly type: EntType;
  readonly v: string;
  readonly source?: Source;
}

interface NegP {
  readonly k: 'n';
  readonly kind: NegKind;
  readonly v: string;
}

type Piece = string | EntP | NegP | false | null | undefined | readonly Piece[];

function isList(p: Piece): p is readonly Piece[] {
  return Array.isArray(p);
}

/** Tagged template: `x\`Dear ${name},\`` gives a list of pieces. */
function x(strs: TemplateStringsArray, ...vals: (Piece | number)[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < strs.length; i++) {
    const s = strs[i]!;
    if (s) out.push(s);
    if (i < vals.length) {
      const v = vals[i];
      out.push(typeof v === 'number' ? String(v) : v);
    }
  }
  return out;
}

function ent(type: EntType, v: string): EntP {
  return { k: 'e', type, v };
}

function neg(kind: NegKind, v: string): NegP {
  return { k: 'n', kind, v };
}

function flat(p: Piece): string {
  if (p === false || p === null || p === undefined) return '';
  if (typeof p === 'string') return p;
  if (isList(p)) return p.map(flat).join('');
  return p.v;
}

function atoms(p: Piece, out: (string | EntP | NegP)[] = []): (string | EntP | NegP)[] {
  if (p === false || p === null || p === undefined) return out;
  if (isList(p)) {
    for (const q of p) atoms(q, out);
  } else {
    out.push(p);
  }
  return out;
}

/** Prefixes every line of a fragment (quoted replies, indented blocks). */
function prefixLines(p: Piece, prefix: string): Piece[] {
  const list = atoms(p);
  const out: Piece[] = [prefix];
  list.forEach((a, i) => {
    if (typeof a !== 'string') {
      out.push(a);
      return;
    }
    let s = a.replace(/\n/g, `\n${prefix}`);
    if (i === list.length - 1 && a.endsWith('\n')) s = s.slice(0, s.length - prefix.length);
    out.push(s);
  });
  return out;
}

/** Joins fragments with a separator, skipping empty ones. */
function join(parts: readonly Piece[], sep: string): Piece[] {
  const out: Piece[] = [];
  for (const p of parts) {
    if (p === false || p === null || p === undefined) continue;
    if (isList(p) && atoms(p).length === 0) continue;
    if (out.length) out.push(sep);
    out.push(p);
  }
  return out;
}

function lines(...parts: Piece[]): Piece[] {
  return join(parts, '\n');
}

class Doc {
  text = '';
  readonly ents: Heldout10Span[] = [];
  readonly negs: { kind: string; start: number; end: number }[] = [];

  add(p: Piece): void {
    if (p === false || p === null || p === undefined) return;
    if (typeof p === 'string') {
      this.text += p;
      return;
    }
    if (isList(p)) {
      for (const q of p) this.add(q);
      return;
    }
    const start = this.text.length;
    this.text += p.v;
    const end = this.text.length;
    if (p.k === 'e') {
      this.ents.push(
        p.source ? { type: p.type, start, end, source: p.source } : { type: p.type, start, end },
      );
    } else {
      this.negs.push({ kind: p.kind, start, end });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (splitmix32 seeding an sfc32 generator).

class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const mix = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.next();
  }

  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(arr: readonly T[]): T {
    return arr[Math.floor(this.next() * arr.length)]!;
  }

  weighted<T>(pairs: readonly (readonly [T, number])[], u = this.next()): T {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = u * total;
    for (const [v, w] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1]![0];
  }

  shuffle<T>(arr: readonly T[]): T[] {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = a[i]!;
      a[i] = a[j]!;
      a[j] = t;
    }
    return a;
  }

  chars(n: number, alphabet: string): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)]!;
    return s;
  }

  digits(n: number): string {
    return this.chars(n, '0123456789');
  }
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';

// ---------------------------------------------------------------------------------------------
// Checksums.

function luhnOk(num: string): boolean {
  const d = num.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let v = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

function luhnComplete(partial: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(partial + String(c))) return partial + String(c);
  return partial + '0';
}

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

function alphaToDigits(s: string): string {
  let out = '';
  for (const ch of s.toUpperCase()) {
    out += ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
  }
  return out;
}

function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, '');
  return mod97(alphaToDigits(s.slice(4) + s.slice(0, 4))) === 1;
}

function ibanFromBban(cc: string, bban: string): string {
  const r = mod97(alphaToDigits(bban + cc + '00'));
  return cc + String(98 - r).padStart(2, '0') + bban;
}

function group4(s: string): string {
  return s.replace(/(.{4})(?=.)/g, '$1 ');
}

function stripAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[Øø]/g, 'o')
    .replace(/[Ææ]/g, 'ae');
}

function slug(s: string): string {
  return stripAccents(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

// ---------------------------------------------------------------------------------------------
// Countries, name sources and national formats.

type CC =
  | 'US'
  | 'UK'
  | 'IE'
  | 'CA'
  | 'AU'
  | 'DE'
  | 'AT'
  | 'CH'
  | 'FR'
  | 'BE'
  | 'ES'
  | 'MX'
  | 'AR'
  | 'CL'
  | 'PT';

const COUNTRY_WEIGHTS: Record<Lang, readonly (readonly [CC, number])[]> = {
  en: [
    ['US', 44],
    ['UK', 22],
    ['IE', 11],
    ['CA', 12],
    ['AU', 12],
  ],
  de: [
    ['DE', 58],
    ['AT', 22],
    ['CH', 20],
  ],
  fr: [
    ['FR', 60],
    ['BE', 22],
    ['CH', 18],
  ],
  es: [
    ['ES', 44],
    ['MX', 26],
    ['AR', 15],
    ['CL', 15],
  ],
};

/** People from elsewhere turn up in every back office. */
const FOREIGN: Record<Lang, readonly CC[]> = {
  en: ['DE', 'FR', 'ES', 'MX', 'PT', 'IE', 'UK', 'US'],
  de: ['AT', 'CH', 'PT', 'ES', 'FR', 'UK', 'DE'],
  fr: ['PT', 'BE', 'CH', 'ES', 'DE', 'FR'],
  es: ['PT', 'MX', 'AR', 'ES', 'FR', 'US'],
};

type NameLoc =
  | 'en'
  | 'en_GB'
  | 'en_IE'
  | 'en_AU'
  | 'de'
  | 'de_AT'
  | 'de_CH'
  | 'fr'
  | 'fr_BE'
  | 'fr_CH'
  | 'es'
  | 'es_MX'
  | 'pt_PT';

const LOCALE_CHAIN: Record<NameLoc, LocaleDefinition[]> = {
  en: [en, base],
  en_GB: [en_GB, en, base],
  en_IE: [en_IE, en, base],
  en_AU: [en_AU, en, base],
  de: [de, en, base],
  de_AT: [de_AT, de, en, base],
  de_CH: [de_CH, de, en, base],
  fr: [fr, en, base],
  fr_BE: [fr_BE, fr, en, base],
  fr_CH: [fr_CH, fr, en, base],
  es: [es, en, base],
  es_MX: [es_MX, es, en, base],
  pt_PT: [pt_PT, en, base],
};

function nameLoc(cc: CC, lang: Lang): NameLoc {
  switch (cc) {
    case 'US':
    case 'CA':
      return 'en';
    case 'UK':
      return 'en_GB';
    case 'IE':
      return 'en_IE';
    case 'AU':
      return 'en_AU';
    case 'DE':
      return 'de';
    case 'AT':
      return 'de_AT';
    case 'CH':
      return lang === 'fr' ? 'fr_CH' : 'de_CH';
    case 'FR':
      return 'fr';
    case 'BE':
      return 'fr_BE';
    case 'ES':
    case 'AR':
    case 'CL':
      return 'es';
    case 'MX':
      return 'es_MX';
    case 'PT':
      return 'pt_PT';
  }
}

function ccLang(cc: CC, lang: Lang): Lang {
  switch (cc) {
    case 'US':
    case 'UK':
    case 'IE':
    case 'CA':
    case 'AU':
      return 'en';
    case 'DE':
    case 'AT':
      return 'de';
    case 'CH':
      return lang === 'fr' ? 'fr' : 'de';
    case 'FR':
    case 'BE':
      return 'fr';
    case 'ES':
    case 'MX':
    case 'AR':
    case 'CL':
    case 'PT':
      return 'es';
  }
}

/** Syllables for invented names: [female onsets+endings, male endings, surname roots, suffixes]. */
const SYL: Record<
  Lang,
  { on: string[]; fEnd: string[]; mEnd: string[]; root: string[]; suf: string[] }
> = {
  en: {
    on: [
      'Bran',
      'Cal',
      'Dar',
      'Fen',
      'Gar',
      'Har',
      'Jas',
      'Kel',
      'Lor',
      'Mar',
      'Nel',
      'Per',
      'Ros',
      'Sel',
      'Tam',
      'Wyn',
      'Bri',
      'Cor',
      'Dell',
      'Ev',
      'Lin',
      'Mav',
      'Tor',
      'Ab',
    ],
    fEnd: ['a', 'ella', 'ine', 'ley', 'yn', 'ette', 'iah', 'ora', 'issa', 'anne', 'elle'],
    mEnd: ['en', 'ton', 'ric', 'ald', 'ian', 'vin', 'son', 'mond', 'ett', 'rick'],
    root: [
      'Ash',
      'Black',
      'Brom',
      'Cald',
      'Dun',
      'Fair',
      'Glen',
      'Hart',
      'Kings',
      'Lang',
      'North',
      'Pem',
      'Rad',
      'Shel',
      'Thorn',
      'Wad',
      'Whit',
      'Cran',
      'Hol',
      'Mar',
      'Pen',
      'Stan',
      'Brad',
      'Els',
    ],
    suf: [
      'ford',
      'ley',
      'worth',
      'ham',
      'ton',
      'by',
      'wick',
      'ridge',
      'croft',
      'more',
      'stead',
      'field',
      'well',
      'combe',
      'dale',
      'bury',
    ],
  },
  de: {
    on: [
      'Wal',
      'Ger',
      'Hil',
      'Ot',
      'Rein',
      'Sieg',
      'Alb',
      'Bern',
      'Diet',
      'Eck',
      'Frie',
      'Gun',
      'Hart',
      'Lud',
      'Ro',
      'Ul',
      'Wen',
      'Ing',
      'Kuni',
      'Ir',
      'Ed',
      'Lo',
    ],
    fEnd: [
      'trud',
      'linde',
      'burga',
      'hild',
      'gard',
      'traud',
      'wine',
      'heid',
      'run',
      'grit',
      'lene',
    ],
    mEnd: ['mar', 'bert', 'wald', 'hold', 'fried', 'helm', 'rich', 'mund', 'win', 'ger', 'hart'],
    root: [
      'Kress',
      'Hal',
      'Stein',
      'Brun',
      'Wetz',
      'Eber',
      'Lind',
      'Schwar',
      'Holz',
      'Bir',
      'Kalt',
      'Rott',
      'Wein',
      'Mohr',
      'Dorn',
      'Fal',
      'Gries',
      'Haber',
      'Kiel',
      'Lauter',
      'Pf\u00fctz',
      'Zw\u00f6l',
    ],
    suf: [
      'linger',
      'bauer',
      'mann',
      'berger',
      'hofer',
      'meier',
      'huber',
      'ner',
      'st\u00e4tter',
      'hausen',
      'acher',
      'bichler',
      'wanger',
      'eder',
      'brecht',
      'm\u00fcller',
      'reiter',
    ],
  },
  fr: {
    on: [
      'Ar',
      'B\u00e9',
      'Cor',
      'Ga',
      'Lu',
      'Ma',
      'Ro',
      'S\u00e9',
      'Vi',
      'Ber',
      'Chris',
      'Del',
      'F\u00e9',
      'Gis',
      'Her',
      'Jo',
      'L\u00e9',
      'Oc',
      'Pa',
      'Th\u00e9',
      'Au',
      'El',
    ],
    fEnd: [
      'line',
      'lie',
      'rine',
      'nelle',
      'sette',
      'ane',
      'ette',
      'dine',
      'rance',
      'lise',
      'mence',
    ],
    mEnd: ['mand', 'tin', 'rick', 'lien', 'bert', 'ric', 'ard', 'mond', 'van', 'lestin', 'douard'],
    root: [
      'Bel',
      'Mar',
      'Du',
      'Beau',
      'Ro',
      'Fon',
      'Lan',
      'Ver',
      'Cha',
      'Ga',
      'Mal',
      'Ber',
      'Cour',
      'Tri',
      'Des',
      'Mon',
      'Val',
      'Per',
      'Bou',
      'Lam',
      'Cro',
    ],
    suf: [
      'lecourt',
      'cheval',
      'rosier',
      'champ',
      'quette',
      'tanel',
      'glade',
      'nier',
      'vert',
      'bonne',
      'mont',
      'ville',
      'ard',
      'illard',
      'esque',
      'ier',
      'ange',
      'ignac',
      'oux',
    ],
  },
  es: {
    on: [
      'Ro',
      'Ma',
      'Al',
      'Be',
      'Cle',
      'Fe',
      'Gre',
      'Le',
      'Ni',
      'Pa',
      'Ra',
      'Sa',
      'Te',
      'Va',
      'Ar',
      'Bal',
      'Cas',
      'Dal',
      'Er',
      'Gua',
      'Ma',
      'Lu',
    ],
    fEnd: ['sana', 'rina', 'lina', 'isa', 'dela', 'mira', 'nela', 'tina', 'ela', 'rela', 'cinda'],
    mEnd: [
      'sendo',
      'berto',
      'fino',
      'lio',
      'miro',
      'dro',
      'cio',
      'ti\u00e1n',
      'nando',
      'lerio',
      'doro',
    ],
    root: [
      'Valde',
      'Orte',
      'Bermu',
      'Cal',
      'Var',
      'Sando',
      'Arri',
      'Gal',
      'Ber',
      'Esca',
      'Fer',
      'Ila',
      'Mon',
      'Pla',
      'Quin',
      'Re',
      'Sal',
      'Tor',
      'Zu',
      'Olme',
      'Car',
    ],
    suf: [
      'dez',
      'gu\u00edn',
      'rrama',
      '\u00f1ez',
      'lla',
      'nal',
      'rrieta',
      'rola',
      'vega',
      'zar',
      'monte',
      'lobos',
      'cedo',
      'nera',
      'viso',
      '\u00f1\u00f3n',
      'r\u00edos',
      'garay',
      'ndo',
    ],
  },
};

/** Faker list entries that read as places or words rather than names in our genres. */
const NAME_BLOCK = new Set([
  'Florida',
  'Montana',
  'America',
  'Kenya',
  'Paris',
  'Brooklyn',
  'Nevada',
  'Dakota',
  'Sydney',
  'Von',
  'Van',
  'De',
  'Le',
  'La',
  'Del',
  'Santiago',
  'Victoria',
  'Mercedes',
  'Rosario',
  'Pilar',
  'Florence',
  'Charlotte',
  'Austin',
  'Lincoln',
  'Jackson',
  'Regina',
  'Darwin',
  'Adelaide',
  'Chase',
  'Will',
  'Grant',
  'Mark',
  'Bill',
  'Frank',
  'August',
  'Avril',
  'Abril',
  'Soledad',
  'Dolores',
  'Concepci\u00f3n',
  'Trinidad',
  'Nancy',
  'Otto',
  'Ernst',
  'Rosa',
  'June',
  'May',
  'April',
  'Octavia',
  'Fabia',
  'Zoe',
  'Clio',
  'Leon',
  'Hermes',
  'Koch',
  'Bauer',
  'Schneider',
  'Fischer',
  'Richter',
  'Weber',
  'Meister',
  'Boulanger',
  'Berger',
  'Marchand',
  'Charpentier',
  'Ford',
  'Dell',
  'Sixt',
  'Hertz',
  'Liverpool',
  'Ripley',
  'Falabella',
  'Porsche',
  'Peugeot',
  'Michelin',
  'Leclerc',
  'Siemens',
  'Bosch',
  'Miele',
  'Opel',
  'Renault',
  'Citro\u00ebn',
  'Buddy',
  'Baker',
  'Carpenter',
  'Mason',
  'Porter',
  'Cooper',
  'Fisher',
  'Herrero',
  'Pastor',
  'Guerrero',
  'Mercier',
  'Meunier',
  'Glaser',
  'Prudence',
  'Constance',
  'Aurore',
  'Amparo',
  'Consuelo',
  'Cl\u00e9ment',
  'Name',
  'Page',
  'Story',
  'Price',
  'Major',
  'General',
]);

const PARTICLES: Record<Lang, readonly string[]> = {
  en: ['Van', 'De', 'Van der'],
  de: ['von', 'von der', 'vom', 'zu'],
  fr: ['de', 'du', 'Le', 'de la', "d'"],
  es: ['de', 'del', 'de la'],
};

const MONTHS: Record<Lang, readonly string[]> = {
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
    'M\u00e4rz',
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
    'f\u00e9vrier',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'ao\u00fbt',
    'septembre',
    'octobre',
    'novembre',
    'd\u00e9cembre',
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

const EMAIL_DOMAINS: Record<CC, readonly string[]> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'aol.com'],
  UK: ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'yahoo.co.uk', 'sky.com'],
  IE: ['eircom.net', 'gmail.com', 'hotmail.com', 'icloud.com'],
  CA: ['rogers.com', 'shaw.ca', 'gmail.com', 'sympatico.ca'],
  AU: ['bigpond.com', 'optusnet.com.au', 'gmail.com', 'outlook.com.au'],
  DE: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'gmail.com', 'freenet.de'],
  AT: ['gmx.at', 'aon.at', 'chello.at', 'gmail.com'],
  CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'hispeed.ch'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'wanadoo.fr', 'gmail.com'],
  BE: ['skynet.be', 'telenet.be', 'proximus.be', 'gmail.com'],
  ES: ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es'],
  MX: ['hotmail.com', 'prodigy.net.mx', 'yahoo.com.mx', 'gmail.com'],
  AR: ['fibertel.com.ar', 'gmail.com', 'hotmail.com.ar', 'yahoo.com.ar'],
  CL: ['vtr.net', 'gmail.com', 'hotmail.cl', 'entel.cl'],
  PT: ['sapo.pt', 'gmail.com', 'netcabo.pt', 'hotmail.com'],
};

const US_PLACES: readonly [string, string, string][] = [
  ['Columbus', 'OH', '432'],
  ['Austin', 'TX', '787'],
  ['Tacoma', 'WA', '984'],
  ['Raleigh', 'NC', '276'],
  ['Denver', 'CO', '802'],
  ['Albany', 'NY', '122'],
  ['Springfield', 'IL', '627'],
  ['Tucson', 'AZ', '857'],
  ['Omaha', 'NE', '681'],
  ['Madison', 'WI', '537'],
  ['Portland', 'OR', '972'],
  ['Trenton', 'NJ', '086'],
  ['Boise', 'ID', '837'],
  ['Savannah', 'GA', '314'],
  ['Fresno', 'CA', '937'],
  ['Dayton', 'OH', '454'],
  ['Lansing', 'MI', '489'],
  ['Richmond', 'VA', '232'],
  ['Worcester', 'MA', '016'],
  ['Knoxville', 'TN', '379'],
];
const US_STREETS = [
  'Oak',
  'Maple',
  'Cedar',
  'Elm',
  'Washington',
  'Park',
  'Lake',
  'Hillcrest',
  'Sunset',
  'Ridge',
  'Willow',
  'Franklin',
  'Jefferson',
  'Church',
  'Mill',
  'Spring',
  'Highland',
  'Prospect',
  'Walnut',
  'Chestnut',
  'Pleasant',
  'Meadow',
  'Birch',
  'River',
];
const US_SUFFIX = [
  'St',
  'Street',
  'Ave',
  'Avenue',
  'Blvd',
  'Rd',
  'Road',
  'Dr',
  'Drive',
  'Ln',
  'Ct',
  'Way',
  'Pl',
];

const UK_PLACES: readonly [string, string][] = [
  ['Leeds', 'LS'],
  ['Bristol', 'BS'],
  ['Manchester', 'M'],
  ['Norwich', 'NR'],
  ['Cardiff', 'CF'],
  ['Sheffield', 'S'],
  ['Nottingham', 'NG'],
  ['Reading', 'RG'],
  ['Brighton', 'BN'],
  ['Leicester', 'LE'],
  ['York', 'YO'],
  ['Exeter', 'EX'],
  ['Glasgow', 'G'],
  ['Edinburgh', 'EH'],
  ['Belfast', 'BT'],
  ['London', 'SE'],
  ['London', 'N'],
  ['Bath', 'BA'],
];
const UK_STREETS = [
  'Victoria',
  'Station',
  'Church',
  'Mill',
  'Park',
  'Queens',
  'Albert',
  'Manor',
  'Grange',
  'Kings',
  'Windsor',
  'Richmond',
  'Beech',
  'Orchard',
  'Highfield',
  'Stanley',
];
const UK_SUFFIX = [
  'Road',
  'Street',
  'Lane',
  'Close',
  'Avenue',
  'Crescent',
  'Gardens',
  'Terrace',
  'Grove',
  'Way',
];
const POST_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

const IE_PLACES: readonly [string, string][] = [
  ['Dublin 6', 'D06'],
  ['Dublin 8', 'D08'],
  ['Dublin 12', 'D12'],
  ['Dublin 15', 'D15'],
  ['Cork', 'T12'],
  ['Galway', 'H91'],
  ['Limerick', 'V94'],
  ['Waterford', 'X91'],
  ['Kilkenny', 'R95'],
  ['Athlone', 'N37'],
  ['Drogheda', 'A92'],
  ['Sligo', 'F91'],
];
const IE_STREETS = [
  'Rathgar Road',
  'Main Street',
  'Castle Avenue',
  'Church Road',
  'Greenfield Park',
  'Seafield Drive',
  'College Road',
  'Oakley Terrace',
  'Riverside Drive',
  'Abbey Street',
  'Fairview Strand',
  'Woodbine Park',
];
const EIR = '0123456789ACDEFHKNPRTVWXY';

const CA_PLACES: readonly [string, string, string][] = [
  ['Toronto', 'ON', 'M'],
  ['Ottawa', 'ON', 'K'],
  ['Calgary', 'AB', 'T'],
  ['Edmonton', 'AB', 'T'],
  ['Vancouver', 'BC', 'V'],
  ['Winnipeg', 'MB', 'R'],
  ['Halifax', 'NS', 'B'],
  ['Montreal', 'QC', 'H'],
  ['Saskatoon', 'SK', 'S'],
  ['Kelowna', 'BC', 'V'],
  ['Hamilton', 'ON', 'L'],
  ['Moncton', 'NB', 'E'],
];
const CA_STREETS = [
  'Bloor',
  'Dundas',
  'Bank',
  'Elgin',
  'Portage',
  'Spring Garden',
  'Jasper',
  'Granville',
  'Queen',
  'King',
  'Yonge',
  'Somerset',
  'Robson',
  'Barrington',
];
const CA_SUFFIX = ['St', 'Street', 'Ave', 'Rd', 'Blvd', 'Cres', 'Dr'];
const CA_LETTERS = 'ABCEGHJKLMNPRSTVXY';

const AU_PLACES: readonly [string, string, string][] = [
  ['Parramatta', 'NSW', '2150'],
  ['Chatswood', 'NSW', '2067'],
  ['Fitzroy', 'VIC', '3065'],
  ['Brunswick', 'VIC', '3056'],
  ['Toowong', 'QLD', '4066'],
  ['Fremantle', 'WA', '6160'],
  ['Glenelg', 'SA', '5045'],
  ['Sandy Bay', 'TAS', '7005'],
  ['Belconnen', 'ACT', '2617'],
  ['Nightcliff', 'NT', '0810'],
  ['Newtown', 'NSW', '2042'],
  ['Southport', 'QLD', '4215'],
];
const AU_STREETS = [
  'Wattle',
  'Banksia',
  'Albert',
  'George',
  'Bourke',
  'Jacaranda',
  'Ocean',
  'Beach',
  'Railway',
  'Hill',
  'Acacia',
  'Kent',
];
const AU_SUFFIX = ['Street', 'St', 'Road', 'Rd', 'Avenue', 'Parade', 'Crescent', 'Place', 'Court'];

const DE_PLACES: readonly [string, number, number][] = [
  ['Berlin', 10115, 14199],
  ['Hamburg', 20095, 22769],
  ['M\u00fcnchen', 80331, 81929],
  ['K\u00f6ln', 50667, 51149],
  ['Leipzig', 4103, 4357],
  ['Dresden', 1067, 1328],
  ['Stuttgart', 70173, 70629],
  ['N\u00fcrnberg', 90402, 90491],
  ['Bremen', 28195, 28779],
  ['Hannover', 30159, 30669],
  ['Freiburg im Breisgau', 79098, 79117],
  ['Kassel', 34117, 34134],
  ['M\u00fcnster', 48143, 48167],
  ['Mainz', 55116, 55131],
  ['Rostock', 18055, 18147],
  ['Augsburg', 86150, 86199],
  ['Bielefeld', 33602, 33739],
  ['Regensburg', 93047, 93059],
];
const DE_STREETS = [
  'Bahnhofstra\u00dfe',
  'Hauptstra\u00dfe',
  'Lindenallee',
  'Gartenweg',
  'Schillerstra\u00dfe',
  'Goethestra\u00dfe',
  'Am M\u00fchlbach',
  'Kirchgasse',
  'Berliner Stra\u00dfe',
  'Birkenweg',
  'Friedrich-Ebert-Stra\u00dfe',
  'Rosenstra\u00dfe',
  'Hafenstra\u00dfe',
  'Eichendorffweg',
  'Im Winkel',
  'Ringstra\u00dfe',
  'Talstra\u00dfe',
  'Schulstr.',
  'Waldstr.',
  'Marktplatz',
  'Am Sonnenhang',
  'Ahornweg',
];

const AT_CITIES = [
  'Wien',
  'Wien',
  'Wien',
  'Graz',
  'Linz',
  'Salzburg',
  'Innsbruck',
  'Klagenfurt',
  'St. P\u00f6lten',
  'Wels',
  'Dornbirn',
  'Villach',
];
const AT_STREETS = [
  'Favoritenstra\u00dfe',
  'Mariahilfer Stra\u00dfe',
  'Landstra\u00dfer Hauptstra\u00dfe',
  'Herrengasse',
  'Annenstra\u00dfe',
  'Linzer Gasse',
  'Museumstra\u00dfe',
  'Getreidegasse',
  'Wiener Stra\u00dfe',
  'Kaiser-Josef-Platz',
  'Schubertstra\u00dfe',
  'Hauptplatz',
];

const CH_DE_PLACES: readonly [string, number, number][] = [
  ['Z\u00fcrich', 8001, 8057],
  ['Bern', 3005, 3027],
  ['Basel', 4051, 4059],
  ['Luzern', 6003, 6006],
  ['St. Gallen', 9000, 9016],
  ['Winterthur', 8400, 8411],
  ['Aarau', 5000, 5004],
  ['Thun', 3600, 3604],
  ['Zug', 6300, 6300],
];
const CH_DE_STREETS = [
  'Bahnhofstrasse',
  'Seestrasse',
  'Dorfstrasse',
  'Rosenweg',
  'Kirchgasse',
  'Hauptstrasse',
  'Schulhausstrasse',
  'Birkenweg',
  'Industriestrasse',
  'Lindenhofstrasse',
];
const CH_FR_PLACES: readonly [string, number, number][] = [
  ['Gen\u00e8ve', 1201, 1209],
  ['Lausanne', 1003, 1018],
  ['Neuch\u00e2tel', 2000, 2000],
  ['Fribourg', 1700, 1700],
  ['Sion', 1950, 1950],
  ['Yverdon-les-Bains', 1400, 1400],
  ['Montreux', 1820, 1820],
  ['Nyon', 1260, 1260],
];
const CH_FR_STREETS = [
  'Rue du Rh\u00f4ne',
  'Avenue de la Gare',
  'Chemin des Vignes',
  'Rue de Lausanne',
  'Route de Berne',
  'Rue du March\u00e9',
  'Avenue de Cour',
  'Chemin du Pr\u00e9-Fleuri',
  'Rue des Moulins',
];

const FR_PLACES: readonly [string, number, number][] = [
  ['Paris', 75001, 75020],
  ['Lyon', 69001, 69009],
  ['Marseille', 13001, 13016],
  ['Toulouse', 31000, 31500],
  ['Nantes', 44000, 44300],
  ['Bordeaux', 33000, 33800],
  ['Lille', 59000, 59800],
  ['Rennes', 35000, 35700],
  ['Strasbourg', 67000, 67200],
  ['Montpellier', 34000, 34090],
  ['Grenoble', 38000, 38100],
  ['Dijon', 21000, 21000],
  ['Angers', 49000, 49100],
  ['Tours', 37000, 37200],
  ['Clermont-Ferrand', 63000, 63100],
  ['Le Mans', 72000, 72100],
  ['Brest', 29200, 29200],
];
const FR_STREETS = [
  'rue de la Paix',
  'avenue Jean Jaur\u00e8s',
  'boulevard Voltaire',
  'impasse des Lilas',
  'all\u00e9e des Tilleuls',
  'place de la R\u00e9publique',
  'chemin du Moulin',
  'rue Nationale',
  'rue Victor Hugo',
  'quai de la Loire',
  'rue des \u00c9coles',
  'avenue de la Lib\u00e9ration',
  'rue du Ch\u00e2teau',
  'boulevard Gambetta',
  'rue Pasteur',
  'rue de la Gare',
];

const BE_PLACES: readonly [string, number][] = [
  ['Bruxelles', 1000],
  ['Ixelles', 1050],
  ['Schaerbeek', 1030],
  ['Uccle', 1180],
  ['Li\u00e8ge', 4000],
  ['Namur', 5000],
  ['Charleroi', 6000],
  ['Mons', 7000],
  ['Wavre', 1300],
  ['Louvain-la-Neuve', 1348],
  ['Tournai', 7500],
  ['Arlon', 6700],
];
const BE_STREETS = [
  'Rue Haute',
  'Avenue Louise',
  'Chauss\u00e9e de Waterloo',
  'Rue de Namur',
  'Boulevard d\u2019Avroy',
  'Rue des Carmes',
  'Avenue des Combattants',
  'Rue Saint-Gilles',
  'Place du March\u00e9',
  'Rue de Fer',
];

const ES_PLACES: readonly [string, string][] = [
  ['Madrid', '280'],
  ['Barcelona', '080'],
  ['Valencia', '460'],
  ['Sevilla', '410'],
  ['Zaragoza', '500'],
  ['M\u00e1laga', '290'],
  ['Bilbao', '480'],
  ['Murcia', '300'],
  ['Valladolid', '470'],
  ['Alicante', '030'],
  ['Granada', '180'],
  ['Vigo', '362'],
  ['Oviedo', '330'],
  ['Palma', '070'],
  ['C\u00f3rdoba', '140'],
  ['Santander', '390'],
];
const ES_STREETS = [
  'Calle Mayor',
  'C/ Alcal\u00e1',
  'Avda. de la Constituci\u00f3n',
  'Calle de la Paz',
  'Gran V\u00eda',
  'Calle del Carmen',
  'Paseo de San Vicente',
  'Calle de Goya',
  'Calle Real',
  'Avenida de Col\u00f3n',
  'C/ Sagasta',
  'Calle Miguel Servet',
  'Plaza de Espa\u00f1a',
  'Ronda de Valencia',
  'Calle Larga',
];

const MX_PLACES: readonly [string, string, string][] = [
  ['Ciudad de M\u00e9xico', 'CDMX', '0'],
  ['Guadalajara', 'Jalisco', '44'],
  ['Monterrey', 'Nuevo Le\u00f3n', '64'],
  ['Puebla', 'Puebla', '72'],
  ['Quer\u00e9taro', 'Quer\u00e9taro', '76'],
  ['M\u00e9rida', 'Yucat\u00e1n', '97'],
  ['Le\u00f3n', 'Guanajuato', '37'],
  ['Toluca', 'Estado de M\u00e9xico', '50'],
];
const MX_STREETS = [
  'Av. Insurgentes Sur',
  'Calle Hidalgo',
  'Av. Ju\u00e1rez',
  'Calle Morelos',
  'Av. Revoluci\u00f3n',
  'Calle 5 de Mayo',
  'Av. Constituyentes',
  'Calle Allende',
  'Av. Universidad',
  'Calle Zaragoza',
];
const MX_COLONIAS = [
  'Centro',
  'Del Valle',
  'Roma Norte',
  'Narvarte',
  'Americana',
  'Obispado',
  'Jardines del Bosque',
  'La Paz',
  'Las \u00c1guilas',
];

const AR_PLACES: readonly [string, string][] = [
  ['CABA', 'C'],
  ['Ciudad Aut\u00f3noma de Buenos Aires', 'C'],
  ['C\u00f3rdoba', 'X'],
  ['Rosario', 'S'],
  ['Mendoza', 'M'],
  ['La Plata', 'B'],
  ['Mar del Plata', 'B'],
];
const AR_STREETS = [
  'Av. Corrientes',
  'Av. Santa Fe',
  'Calle Florida',
  'Av. Rivadavia',
  'Av. Cabildo',
  'Calle Tucum\u00e1n',
  'Av. Col\u00f3n',
  'Bv. Oro\u00f1o',
  'Calle San Mart\u00edn',
  'Av. Belgrano',
];

const CL_PLACES: readonly [string, string][] = [
  ['Providencia', 'Santiago'],
  ['\u00d1u\u00f1oa', 'Santiago'],
  ['Las Condes', 'Santiago'],
  ['Vi\u00f1a del Mar', 'Valpara\u00edso'],
  ['Concepci\u00f3n', 'Biob\u00edo'],
  ['La Serena', 'Coquimbo'],
  ['Temuco', 'Araucan\u00eda'],
];
const CL_STREETS = [
  'Av. Providencia',
  'Los Leones',
  'Av. Irarr\u00e1zaval',
  'Av. Apoquindo',
  'Calle Valpara\u00edso',
  'Av. Libertad',
  'Calle O\u2019Higgins',
  'Av. Alemania',
  'Pasaje Los Aromos',
];

const PT_PLACES: readonly [string, string][] = [
  ['Lisboa', '1'],
  ['Porto', '4'],
  ['Coimbra', '3'],
  ['Braga', '4'],
  ['Faro', '8'],
  ['Set\u00fabal', '2'],
  ['Aveiro', '3'],
];
const PT_STREETS = [
  'Rua Augusta',
  'Avenida da Liberdade',
  'Rua de Santa Catarina',
  'Rua do Carmo',
  'Travessa do Moinho',
  'Rua da Alegria',
  'Avenida dos Aliados',
];

// ---------------------------------------------------------------------------------------------
// Companies (name|domain) per sector and language; names are hard negatives (not_name).

type Sector =
  | 'insurer'
  | 'bank'
  | 'telco'
  | 'utility'
  | 'property'
  | 'dealer'
  | 'carrier'
  | 'employer'
  | 'merchant'
  | 'vendor'
  | 'trades';

const COMPANIES: Record<Sector, Record<Lang, readonly string[]>> = {
  insurer: {
    en: [
      'Harborline Insurance|harborline-insurance.com',
      'Aviva|aviva.co.uk',
      'Liberty Mutual|libertymutual.com',
      'Direct Line|directline.com',
      'FBD Insurance|fbd.ie',
      'NRMA Insurance|nrma.com.au',
      'Intact Insurance|intact.ca',
      'Northgate Mutual|northgatemutual.com',
      'Allstate|allstate.com',
    ],
    de: [
      'Allianz|allianz.de',
      'HUK-Coburg|huk.de',
      'Nordlicht Versicherung AG|nordlicht-versicherung.de',
      'Wiener St\u00e4dtische|wienerstaedtische.at',
      'Helvetia|helvetia.ch',
      'Alpenland Versicherung|alpenland-vers.at',
      'DEVK|devk.de',
      'Mobiliar|mobiliar.ch',
    ],
    fr: [
      'AXA|axa.fr',
      'MAIF|maif.fr',
      'Groupama|groupama.fr',
      'Mutuelle du Littoral|mutuelle-littoral.fr',
      'Ethias|ethias.be',
      'La B\u00e2loise|baloise.be',
      'Vaudoise Assurances|vaudoise.ch',
      'Macif|macif.fr',
    ],
    es: [
      'Mapfre|mapfre.es',
      'Mutua Madrile\u00f1a|mutua.es',
      'Seguros Atl\u00e1ntida|seguros-atlantida.es',
      'GNP Seguros|gnp.com.mx',
      'Qualitas|qualitas.com.mx',
      'La Caja Seguros|lacaja.com.ar',
      'Seguros Andinos|segurosandinos.cl',
      'L\u00ednea Directa|lineadirecta.com',
    ],
  },
  bank: {
    en: [
      'Wells Fargo|wellsfargo.com',
      'Lloyds Bank|lloydsbank.co.uk',
      'Barclays|barclays.co.uk',
      'Bank of Ireland|bankofireland.com',
      'Westpac|westpac.com.au',
      'RBC|rbc.com',
      'Chase|chase.com',
      'Keystone Credit Union|keystonecu.org',
    ],
    de: [
      'Sparkasse Rhein-Ruhr|sparkasse-rhein-ruhr.de',
      'Volksbank Mittelhessen|vb-mittelhessen.de',
      'Erste Bank|erstebank.at',
      'Raiffeisen|raiffeisen.ch',
      'Commerzbank|commerzbank.de',
      'Postbank|postbank.de',
      'Z\u00fcrcher Kantonalbank|zkb.ch',
    ],
    fr: [
      'Cr\u00e9dit Agricole|credit-agricole.fr',
      'BNP Paribas|bnpparibas.fr',
      'Soci\u00e9t\u00e9 G\u00e9n\u00e9rale|societegenerale.fr',
      'Belfius|belfius.be',
      'ING Belgique|ing.be',
      'Banque Cantonale Vaudoise|bcv.ch',
      'Caisse d\u2019\u00c9pargne|caisse-epargne.fr',
      'LCL|lcl.fr',
    ],
    es: [
      'Santander|bancosantander.es',
      'BBVA|bbva.es',
      'CaixaBank|caixabank.es',
      'Banorte|banorte.com',
      'Banco Galicia|bancogalicia.com.ar',
      'Banco de Chile|bancochile.cl',
      'Sabadell|bancsabadell.com',
      'Bankinter|bankinter.com',
    ],
  },
  telco: {
    en: [
      'Vodafone|vodafone.co.uk',
      'Verizon|verizon.com',
      'Three|three.ie',
      'Telstra|telstra.com.au',
      'Rogers|rogers.com',
      'Skyline Mobile|skylinemobile.com',
      'EE|ee.co.uk',
    ],
    de: [
      'Telekom|telekom.de',
      'Vodafone|vodafone.de',
      'O2|o2online.de',
      'A1|a1.net',
      'Swisscom|swisscom.ch',
      'Sunrise|sunrise.ch',
      'Magenta|magenta.at',
    ],
    fr: [
      'Orange|orange.fr',
      'SFR|sfr.fr',
      'Bouygues Telecom|bouyguestelecom.fr',
      'Free|free.fr',
      'Proximus|proximus.be',
      'Salt|salt.ch',
      'VOO|voo.be',
    ],
    es: [
      'Movistar|movistar.es',
      'Vodafone|vodafone.es',
      'Orange|orange.es',
      'Telcel|telcel.com',
      'Personal|personal.com.ar',
      'Entel|entel.cl',
      'Digi|digimobil.es',
    ],
  },
  utility: {
    en: [
      'British Gas|britishgas.co.uk',
      'Octopus Energy|octopus.energy',
      'Electric Ireland|electricireland.ie',
      'AGL|agl.com.au',
      'Con Edison|coned.com',
      'Hydro One|hydroone.com',
      'Riverbend Water|riverbendwater.com',
    ],
    de: [
      'E.ON|eon.de',
      'Vattenfall|vattenfall.de',
      'Stadtwerke Kassel|sw-kassel.de',
      'Wien Energie|wienenergie.at',
      'EWZ|ewz.ch',
      'EnBW|enbw.com',
      'Stadtwerke M\u00fcnster|stadtwerke-muenster.de',
    ],
    fr: [
      'EDF|edf.fr',
      'Engie|engie.fr',
      'TotalEnergies|totalenergies.fr',
      'Luminus|luminus.be',
      'Veolia Eau|veolia.fr',
      'Services Industriels de Gen\u00e8ve|sig-ge.ch',
      'Sibelga|sibelga.be',
    ],
    es: [
      'Endesa|endesa.com',
      'Iberdrola|iberdrola.es',
      'Naturgy|naturgy.es',
      'CFE|cfe.mx',
      'Edenor|edenor.com',
      'Enel Distribuci\u00f3n|enel.cl',
      'Canal de Isabel II|canaldeisabelsegunda.es',
    ],
  },
  property: {
    en: [
      'Greystone Property Management|greystonepm.com',
      'Foxtons|foxtons.co.uk',
      'Bellfield Lettings|bellfieldlettings.co.uk',
      'Ray White|raywhite.com',
      'Harbour Residential|harbourresidential.ie',
      'Maple Leaf Rentals|mapleleafrentals.ca',
    ],
    de: [
      'Vonovia|vonovia.de',
      'Hausverwaltung Lindner|hv-lindner.de',
      'Wohnbau Mitte GmbH|wohnbau-mitte.de',
      'Immobilien Gruber|immo-gruber.at',
      'Livit|livit.ch',
      'Sozialbau AG|sozialbau.at',
    ],
    fr: [
      'Foncia|foncia.com',
      'Nexity|nexity.fr',
      'Citya Immobilier|citya.com',
      'Immo Cogeris|cogeris.be',
      'R\u00e9gie du Rh\u00f4ne|regierhone.ch',
      'Orpi Gestion|orpi.com',
    ],
    es: [
      'Administraci\u00f3n de Fincas Morales|fincasmorales.es',
      'Tecnocasa|tecnocasa.es',
      'Inmobiliaria del Sur|inmosur.es',
      'Gesti\u00f3n Patrimonial Andes|gpandes.cl',
      'Administraci\u00f3n Palermo|adm-palermo.com.ar',
      'Habita Rentas|habitarentas.mx',
    ],
  },
  dealer: {
    en: [
      'Ford of Springfield|fordspringfield.com',
      'Arnold Clark|arnoldclark.com',
      'Lookers|lookers.co.uk',
      'Motorworld Ireland|motorworld.ie',
      'Eastside Toyota|eastsidetoyota.ca',
      'Suttons Motors|suttons.com.au',
      'Hillcrest Honda|hillcresthonda.com',
    ],
    de: [
      'Autohaus Schneider|autohaus-schneider.de',
      'Porsche Zentrum Kassel|porsche-kassel.de',
      'Autohaus Weber & S\u00f6hne|weber-soehne.de',
      'Denzel|denzel.at',
      'Emil Frey|emilfrey.ch',
      'Autohaus Keller|ah-keller.de',
      'Opel Bauer|opel-bauer.de',
    ],
    fr: [
      'Garage du Centre|garageducentre.fr',
      'Peugeot Boulogne|peugeot-boulogne.fr',
      'Renault Minute|renault-minute.fr',
      'Citro\u00ebn Leclerc Automobiles|leclerc-auto.fr',
      'D\u2019Ieteren|dieteren.be',
      'Garage Marchand|garage-marchand.fr',
      'Emil Frey Gen\u00e8ve|emilfrey.ch',
    ],
    es: [
      'Concesionario Mercedes del Sur|mercedesdelsur.es',
      'Talleres Garc\u00eda|talleresgarcia.es',
      'Seat Motor Le\u00f3n|seatmotorleon.es',
      'Nissan Rosario|nissanrosario.com.ar',
      'Autom\u00f3viles del Pac\u00edfico|autopacifico.mx',
      'Derco Center|derco.cl',
      'Talleres Herrero|talleresherrero.es',
    ],
  },
  carrier: {
    en: [
      'UPS|ups.com',
      'Royal Mail|royalmail.com',
      'DPD|dpd.co.uk',
      'An Post|anpost.ie',
      'Australia Post|auspost.com.au',
      'Purolator|purolator.com',
      'FedEx|fedex.com',
    ],
    de: [
      'DHL|dhl.de',
      'Hermes|myhermes.de',
      'GLS|gls-pakete.de',
      'DPD|dpd.de',
      'Post.at|post.at',
      'Die Post|post.ch',
      'Planzer|planzer.ch',
    ],
    fr: [
      'Chronopost|chronopost.fr',
      'Colissimo|laposte.fr',
      'Mondial Relay|mondialrelay.fr',
      'bpost|bpost.be',
      'DPD France|dpd.fr',
      'Geodis|geodis.com',
      'La Poste Suisse|post.ch',
    ],
    es: [
      'SEUR|seur.com',
      'Correos|correos.es',
      'MRW|mrw.es',
      'Estafeta|estafeta.com',
      'Andreani|andreani.com',
      'Chilexpress|chilexpress.cl',
      'Nacex|nacex.es',
    ],
  },
  employer: {
    en: [
      'Brightwater Logistics|brightwater-logistics.com',
      'Kestrel Foods|kestrelfoods.co.uk',
      'Harlow & Finch|harlowfinch.com',
      'Pinecrest Health|pinecresthealth.org',
      'Quayside Engineering|quaysideeng.ie',
      'Southern Cross Freight|scfreight.com.au',
      'Northwind Retail|northwindretail.ca',
    ],
    de: [
      'M\u00fcller Logistik GmbH|mueller-logistik.de',
      'Brandt Maschinenbau|brandt-mb.de',
      'Alpen Feinkost GmbH|alpenfeinkost.at',
      'Seeland Druck AG|seelanddruck.ch',
      'Hansetrans GmbH|hansetrans.de',
      'Kr\u00e4mer & Partner|kraemer-partner.de',
      'Nordwerk Elektro|nordwerk.de',
    ],
    fr: [
      'Transports Girard|transports-girard.fr',
      'Boulangeries Paul|paul.fr',
      'Cabinet Lef\u00e8vre & Associ\u00e9s|lefevre-associes.fr',
      'Atelier M\u00e9canique du Rh\u00f4ne|amr-lyon.fr',
      'Brasserie Lambert|brasserie-lambert.be',
      'Horlogerie Jurassienne SA|horlogerie-jura.ch',
      'Groupe Hexagone|groupe-hexagone.fr',
    ],
    es: [
      'Log\u00edstica Iberia|logisticaiberia.es',
      'Conservas Ortega|conservasortega.es',
      'Grupo Alameda|grupoalameda.mx',
      'Frigor\u00edfico Pampa|frigopampa.com.ar',
      'Vi\u00f1a Los Robles|vinalosrobles.cl',
      'Construcciones Navarro|construccionesnavarro.es',
      'Textiles del Norte|textilesdelnorte.mx',
    ],
  },
  merchant: {
    en: [
      'Amazon',
      'Tesco',
      'Best Buy',
      'Marks & Spencer',
      'Sainsbury\u2019s',
      'Home Depot',
      'Dunnes Stores',
      'Bunnings',
      'Tim Hortons',
      'Ryanair',
      'Hilton',
      'Uber',
      'Argos',
      'McDonald\u2019s',
      'Tommy Hilfiger',
      'Ralph Lauren',
    ],
    de: [
      'MediaMarkt',
      'Zalando',
      'Otto',
      'Lidl',
      'Aldi S\u00fcd',
      'Hugo Boss',
      'Tchibo',
      'Deutsche Bahn',
      'Billa',
      'Migros',
      'Coop',
      'IKEA',
      'Booking.com',
      'Douglas',
      'Jack Wolfskin',
      'Thalia',
    ],
    fr: [
      'Fnac',
      'Darty',
      'Boulanger',
      'Carrefour',
      'E.Leclerc',
      'Leroy Merlin',
      'Decathlon',
      'Lacoste',
      'SNCF',
      'Delhaize',
      'Cdiscount',
      'Airbnb',
      'Yves Rocher',
      'Jules',
      'Chanel',
      'Hermès',
    ],
    es: [
      'El Corte Ingl\u00e9s',
      'Zara',
      'Mercadona',
      'Liverpool',
      'Falabella',
      'Ripley',
      'Coppel',
      'Oxxo',
      'Mercado Libre',
      'Iberia',
      'Carolina Herrera',
      'Massimo Dutti',
      'Sodimac',
      'Elektra',
      'Bershka',
      'Renfe',
    ],
  },
  trades: {
    en: [
      'Apex Plumbing & Heating|apexplumbing.co.uk',
      'Baker & Sons Joinery|bakerandsons.com',
      'BrightSpark Electrical|brightspark.ie',
      'ClearView Glazing|clearviewglazing.com.au',
      'Porter Roofing|porterroofing.com',
      'Mason Maintenance|masonmaint.ca',
    ],
    de: [
      'Sanit\u00e4r Koch GmbH|sanitaer-koch.de',
      'Elektro Fischer|elektro-fischer.de',
      'Glaserei Weber|glaserei-weber.at',
      'Malerbetrieb Schneider|maler-schneider.de',
      'Schreinerei Bauer|schreinerei-bauer.ch',
      'Heizung Richter KG|heizung-richter.de',
    ],
    fr: [
      'Plomberie Marchand|plomberie-marchand.fr',
      '\u00c9lectricit\u00e9 Berger SARL|elec-berger.fr',
      'Miroiterie du Centre|miroiterie-centre.fr',
      'Peinture Mercier|peinture-mercier.be',
      'Menuiserie Charpentier|menuiserie-charpentier.fr',
      'Chauffage Meunier|chauffage-meunier.ch',
    ],
    es: [
      'Fontaner\u00eda Herrero|fontaneriaherrero.es',
      'Electricidad Pastor S.L.|electricidadpastor.es',
      'Cristaler\u00eda del Norte|cristaleriadelnorte.es',
      'Reformas Guerrero|reformasguerrero.mx',
      'Carpinter\u00eda Molinero|carpinteriamolinero.cl',
      'Gasfiter\u00eda Zapatero|gasfiteriazapatero.com.ar',
    ],
  },
  vendor: {
    en: [
      'Atlassian',
      'Okta',
      'Salesforce',
      'ServiceNow',
      'Workday',
      'Zendesk',
      'GitLab',
      'Datadog',
    ],
    de: ['DATEV', 'SAP', 'Personio', 'Lexware', 'Atlassian', 'Okta', 'GitLab', 'Nextcloud'],
    fr: ['Sage', 'Cegid', 'Salesforce', 'Atlassian', 'OVHcloud', 'GitLab', 'Okta', 'Lucca'],
    es: ['Holded', 'SAP', 'Salesforce', 'Atlassian', 'Zendesk', 'GitLab', 'Okta', 'Odoo'],
  },
};

interface Company {
  readonly name: NegP;
  readonly domain: string;
  readonly plain: string;
}

/** Decoy words by category (not_name): what a name detector may grab but must not. */
const DECOYS: Record<string, Record<Lang, readonly string[]>> = {
  job: {
    en: [
      'Claims Handler',
      'Senior Adjuster',
      'Service Advisor',
      'Property Manager',
      'Payroll Specialist',
      'HR Business Partner',
      'Credit Controller',
      'Fleet Coordinator',
      'Customer Success Lead',
      'IT Support Analyst',
      'Warehouse Supervisor',
      'Leasing Consultant',
    ],
    de: [
      'Sachbearbeiter Schadenregulierung|Sachbearbeiterin Schadenregulierung',
      'Kfz-Meister|Kfz-Meisterin',
      'Kundenberater|Kundenberaterin',
      'Hausmeister|Hausmeisterin',
      'Lohnbuchhalter|Lohnbuchhalterin',
      'Personalreferent|Personalreferentin',
      'Serviceberater|Serviceberaterin',
      'Disponent|Disponentin',
      'Teamleiter Kundenservice|Teamleiterin Kundenservice',
      'Systemadministrator|Systemadministratorin',
      'Objektbetreuer|Objektbetreuerin',
      'Werkstattleiter|Werkstattleiterin',
    ],
    fr: [
      'Gestionnaire sinistres',
      'Charg\u00e9 de client\u00e8le|Charg\u00e9e de client\u00e8le',
      'Conseiller commercial|Conseill\u00e8re commerciale',
      'Gestionnaire locatif|Gestionnaire locative',
      'Responsable paie',
      'Chef d\u2019atelier|Cheffe d\u2019atelier',
      'Technicien support|Technicienne support',
      'Assistant RH|Assistante RH',
      'Comptable fournisseurs',
      'Responsable logistique',
      'Gardien d\u2019immeuble|Gardienne d\u2019immeuble',
    ],
    es: [
      'Tramitador de siniestros|Tramitadora de siniestros',
      'Jefe de Taller|Jefa de Taller',
      'Asesor de servicio|Asesora de servicio',
      'Administrador de fincas|Administradora de fincas',
      'T\u00e9cnico de n\u00f3minas|T\u00e9cnica de n\u00f3minas',
      'Responsable de RRHH',
      'Gestor de cobros|Gestora de cobros',
      'Agente de atenci\u00f3n al cliente',
      'T\u00e9cnico de sistemas|T\u00e9cnica de sistemas',
      'Coordinador de log\u00edstica|Coordinadora de log\u00edstica',
      'Encargado de almac\u00e9n|Encargada de almac\u00e9n',
    ],
  },
  dept: {
    en: [
      'Accounts Payable',
      'Customer Care',
      'Claims Department',
      'Human Resources',
      'Collections',
      'Fleet Services',
      'IT Service Desk',
      'Facilities',
      'Payroll',
      'Retentions Team',
      'Risk & Compliance',
    ],
    de: [
      'Buchhaltung',
      'Personalabteilung',
      'Kundenservice',
      'Schadenabteilung',
      'Forderungsmanagement',
      'IT-Servicedesk',
      'Lohnbuchhaltung',
      'Vertragsverwaltung',
      'Geb\u00e4udemanagement',
      'Einkauf',
    ],
    fr: [
      'Comptabilit\u00e9',
      'Ressources Humaines',
      'Service Client',
      'Service Sinistres',
      'Recouvrement',
      'Support Informatique',
      'Service Paie',
      'Gestion Locative',
      'Direction Financi\u00e8re',
      'Achats',
    ],
    es: [
      'Contabilidad',
      'Recursos Humanos',
      'Atenci\u00f3n al Cliente',
      'Departamento de Siniestros',
      'Cobranzas',
      'Soporte T\u00e9cnico',
      'N\u00f3minas',
      'Administraci\u00f3n',
      'Compras',
      'Mantenimiento',
    ],
  },
  software: {
    en: [
      'Salesforce',
      'ServiceNow',
      'Jira',
      'Confluence',
      'Okta',
      'Workday',
      'Outlook',
      'Teams',
      'Zendesk',
      'Kubernetes',
      'Grafana',
      'Jenkins',
      'Terraform',
      'SharePoint',
      'QuickBooks',
      'Xero',
    ],
    de: [
      'SAP',
      'DATEV',
      'Personio',
      'Jira',
      'Confluence',
      'Outlook',
      'Teams',
      'Lexware',
      'Nextcloud',
      'Grafana',
      'Kubernetes',
      'Jenkins',
      'SharePoint',
      'Citrix',
      'Keycloak',
    ],
    fr: [
      'Sage',
      'Cegid',
      'Jira',
      'Confluence',
      'Outlook',
      'Teams',
      'Salesforce',
      'GLPI',
      'Kubernetes',
      'Grafana',
      'Jenkins',
      'SharePoint',
      'Lucca',
      'Pennylane',
    ],
    es: [
      'SAP',
      'Holded',
      'Jira',
      'Confluence',
      'Outlook',
      'Teams',
      'Salesforce',
      'Odoo',
      'Kubernetes',
      'Grafana',
      'Jenkins',
      'SharePoint',
      'Contpaqi',
      'A3nom',
    ],
  },
  fin: {
    en: ['Accounts Receivable', 'Credit Control', 'Finance', 'Billing'],
    de: ['Buchhaltung', 'Forderungsmanagement', 'Debitorenbuchhaltung', 'Finanzabteilung'],
    fr: ['Comptabilit\u00e9', 'Recouvrement', 'Service Facturation', 'Direction Financi\u00e8re'],
    es: ['Contabilidad', 'Cobranzas', 'Facturaci\u00f3n', 'Administraci\u00f3n'],
  },
  expense: {
    en: ['Concur', 'Expensify', 'Workday', 'Emburse'],
    de: ['Circula', 'SAP Concur', 'Personio', 'Pleo'],
    fr: ['Expensya', 'Spendesk', 'N2F', 'SAP Concur'],
    es: ['Payhawk', 'SAP Concur', 'Captio', 'Pleo'],
  },
  acct: {
    en: ['QuickBooks', 'Xero', 'Sage 50', 'NetSuite'],
    de: ['DATEV', 'SAP', 'Lexware', 'Addison'],
    fr: ['Sage', 'Cegid', 'Pennylane', 'EBP'],
    es: ['SAP', 'Holded', 'Contpaqi', 'A3'],
  },
  city: {
    en: [
      'Regina',
      'Victoria',
      'Adelaide',
      'Darwin',
      'Charlotte',
      'Florence',
      'Austin',
      'Lincoln',
      'Jackson',
      'Sydney',
      'Hamilton',
      'Kingston',
      'Chester',
      'Galway',
    ],
    de: [
      'Kassel',
      'Gera',
      'Emden',
      'Olpe',
      'Linz',
      'Wels',
      'Chur',
      'Zug',
      'Leonberg',
      'Bruchsal',
      'Heidelberg',
      'Winterthur',
    ],
    fr: [
      'Nancy',
      'Vienne',
      'Valence',
      'Laval',
      'Lorient',
      'Florence',
      'Namur',
      'Mons',
      'Sion',
      'Ath',
      'Albert',
      'Saint-\u00c9tienne',
    ],
    es: [
      'Santiago',
      'Rosario',
      'Mercedes',
      'Concepci\u00f3n',
      'Victoria',
      'Trinidad',
      'Dolores',
      'Soledad',
      'Pilar',
      'Le\u00f3n',
      'Valencia',
      'Temuco',
    ],
  },
  month: {
    en: ['April', 'May', 'June', 'August', 'January', 'March'],
    de: ['August', 'Mai', 'Juni', 'M\u00e4rz', 'J\u00e4nner', 'Oktober'],
    fr: ['Avril', 'Mars', 'Ao\u00fbt', 'Juin', 'Mai', 'Janvier'],
    es: ['Abril', 'Mayo', 'Junio', 'Agosto', 'Marzo', 'Enero'],
  },
  weekday: {
    en: ['Monday', 'Tuesday', 'Friday', 'Saturday', 'Wednesday'],
    de: ['Montag', 'Dienstag', 'Freitag', 'Samstag', 'Mittwoch'],
    fr: ['Lundi', 'Mardi', 'Vendredi', 'Samedi', 'Mercredi'],
    es: ['Lunes', 'Martes', 'Viernes', 'S\u00e1bado', 'Mi\u00e9rcoles'],
  },
  car: {
    en: [
      'Skoda|Octavia',
      'Skoda|Fabia',
      'Renault|Zoe',
      'Renault|Clio',
      'Ford|Focus',
      'Toyota|Corolla',
      'Honda|Civic',
      'VW|Golf',
      'Nissan|Qashqai',
      'Ford|Ranger',
      'Seat|Leon',
      'Ford|Mustang',
      'Kia|Sportage',
      'Mini|Cooper',
    ],
    de: [
      'Skoda|Octavia',
      'Skoda|Fabia',
      'VW|Golf',
      'VW|Passat',
      'Renault|Zoe',
      'Renault|Clio',
      'Opel|Corsa',
      'Opel|Astra',
      'VW|Tiguan',
      'Seat|Leon',
      'Seat|Ibiza',
      'Ford|Kuga',
      'Porsche|Cayenne',
      'Mercedes-Benz|Vito',
    ],
    fr: [
      'Renault|Clio',
      'Renault|Zoe',
      'Renault|M\u00e9gane',
      'Renault|Twingo',
      'Skoda|Octavia',
      'Citro\u00ebn|C3 Aircross',
      'Renault|Captur',
      'Renault|Sc\u00e9nic',
      'Skoda|Fabia',
      'Peugeot|Partner',
      'Dacia|Sandero',
      'Peugeot|Rifter',
    ],
    es: [
      'Seat|Le\u00f3n',
      'Seat|Ibiza',
      'Seat|Arona',
      'Skoda|Octavia',
      'Renault|Clio',
      'Toyota|Corolla',
      'Nissan|Versa',
      'Chevrolet|Aveo',
      'Toyota|Hilux',
      'Skoda|Fabia',
      'Dacia|Sandero',
      'Mercedes-Benz|Sprinter',
    ],
  },
  /** Capitalised words at a sentence start that double as first names. */
  starter: {
    en: ['Will', 'Grant', 'Mark', 'Bill', 'Frank', 'Chase'],
    de: ['Otto', 'Ernst', 'Rosa', 'August'],
    fr: ['Aurore', 'Constance', 'Prudence', 'Clément'],
    es: ['Dolores', 'Amparo', 'Consuelo', 'Rosario'],
  },
  /** Occupational nouns that are also common surnames. */
  trade: {
    en: ['Baker', 'Carpenter', 'Mason', 'Porter', 'Cooper', 'Fisher'],
    de: ['Koch', 'Bauer', 'Schneider', 'Fischer', 'Meister', 'Richter', 'Weber', 'Glaser'],
    fr: ['Boulanger', 'Charpentier', 'Berger', 'Marchand', 'Mercier', 'Meunier'],
    es: ['Herrero', 'Carpintero', 'Pastor', 'Molinero', 'Guerrero', 'Zapatero'],
  },
};

// ---------------------------------------------------------------------------------------------
// People.

type Gender = 'f' | 'm';

function initials(first: string): string {
  return first
    .split(' ')
    .map((w) =>
      w
        .split('-')
        .map((p) => `${p.charAt(0)}.`)
        .join('-'),
    )
    .join(' ');
}

class Person {
  constructor(
    readonly first: string,
    readonly last: string,
    readonly gender: Gender,
    readonly source: Source,
    readonly lang: Lang,
    readonly middle: string | null,
  ) {}

  private e(v: string): EntP {
    return { k: 'e', type: 'PERSON', v, source: this.source };
  }

  get plain(): string {
    return `${this.first} ${this.last}`;
  }

  /** "First Last" */
  full(): EntP {
    return this.e(this.plain);
  }

  /** "First Middle Last" or "First M. Last" when there is a middle name. */
  mid(): EntP {
    if (!this.middle) return this.full();
    return this.e(`${this.first} ${this.middle} ${this.last}`);
  }

  midInit(): EntP {
    if (!this.middle) return this.full();
    return this.e(`${this.first} ${this.middle.charAt(0)}. ${this.last}`);
  }

  /** "Last, First" */
  lf(): EntP {
    return this.e(`${this.last}, ${this.first}`);
  }

  /** "LAST First" (forms, French style). */
  capsLast(): EntP {
    return this.e(`${this.last.toUpperCase()} ${this.first}`);
  }

  /** "LAST, FIRST" or "FIRST LAST". */
  caps(lastFirst = false): EntP {
    return this.e(
      (lastFirst ? `${this.last}, ${this.first}` : `${this.first} ${this.last}`).toUpperCase(),
    );
  }

  /** "M. Keller", "J.-P. Roux" */
  init(): EntP {
    return this.e(`${initials(this.first)} ${this.last}`);
  }

  f(): EntP {
    return this.e(this.first);
  }

  l(): EntP {
    return this.e(this.last);
  }

  lower(firstOnly = false): EntP {
    return this.e((firstOnly ? this.first : this.plain).toLowerCase());
  }

  /** Courtesy title in the text's language (never part of the span). */
  title(lang: Lang, abbreviated = true): string {
    const f = this.gender === 'f';
    switch (lang) {
      case 'en':
        return f ? 'Ms' : 'Mr';
      case 'de':
        return f ? 'Frau' : 'Herr';
      case 'fr':
        if (abbreviated) return f ? 'Mme' : 'M.';
        return f ? 'Madame' : 'Monsieur';
      case 'es':
        if (abbreviated) return f ? 'Sra.' : 'Sr.';
        return f ? 'se\u00f1ora' : 'se\u00f1or';
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Context: one per record; all randomness goes through `r` and the seeded faker instances.

type DateParts = { y: number; m: number; d: number };

class Ctx {
  readonly cc: CC;
  private readonly stickyU = new Map<string, number>();

  constructor(
    readonly lang: Lang,
    readonly r: Rng,
    private readonly fakers: Record<NameLoc, Faker>,
    cc?: CC,
  ) {
    this.cc = cc ?? r.weighted(COUNTRY_WEIGHTS[lang]);
  }

  /** A per-record uniform number for a key: keeps formats consistent inside one document. */
  sticky(key: string, p = 0.85): number {
    if (!this.chance(p)) return this.r.next();
    let u = this.stickyU.get(key);
    if (u === undefined) {
      u = this.r.next();
      this.stickyU.set(key, u);
    }
    return u;
  }

  /** Picks a variant, mostly the same one for the same key within a record. */
  spick<T>(key: string, a: readonly T[]): T {
    return a[Math.floor(this.sticky(key) * a.length)]!;
  }

  tr<T>(o: Record<Lang, T>): T {
    return o[this.lang];
  }

  pick<T>(a: readonly T[]): T {
    return this.r.pick(a);
  }

  chance(p: number): boolean {
    return this.r.chance(p);
  }

  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }

  /** Lazily builds only the record language's variant. */
  L<T>(o: Record<Lang, () => T>): T {
    return o[this.lang]();
  }

  /** Keeps the first k rows in place and sometimes shuffles the rest (form field order). */
  shuffleTail<T>(k: number, arr: readonly T[]): T[] {
    if (this.chance(0.5)) return arr.slice();
    return [...arr.slice(0, k), ...this.r.shuffle(arr.slice(k))];
  }

  /** Text in the record's language, a random variant when an array is given. */
  t(o: Record<Lang, string | readonly string[]>): string {
    const v = o[this.lang];
    return typeof v === 'string' ? v : this.r.pick(v);
  }

  // -- people ---------------------------------------------------------------------------------

  person(opts: { cc?: CC; invented?: boolean; gender?: Gender } = {}): Person {
    const cc = opts.cc ?? (this.chance(0.13) ? this.pick(FOREIGN[this.lang]) : this.cc);
    const gender = opts.gender ?? (this.chance(0.5) ? 'f' : 'm');
    const invented = opts.invented ?? this.chance(0.25);
    const nl = ccLang(cc, this.lang);
    if (invented) return this.inventedPerson(nl, gender);
    const fk = this.fakers[nameLoc(cc, this.lang)];
    const sex = gender === 'f' ? 'female' : 'male';
    let first = '';
    let last = '';
    for (let i = 0; i < 20; i++) {
      first = fk.person.firstName(sex);
      if (first.length >= 2 && !NAME_BLOCK.has(first) && /^\p{Lu}[\p{L}' -]*\p{L}$/u.test(first))
        break;
    }
    for (let i = 0; i < 20; i++) {
      last = fk.person.lastName();
      const ok = last
        .split(' ')
        .every(
          (w) =>
            /^\p{Lu}[\p{L}'-]*\p{L}$/u.test(w) ||
            ['de', 'del', 'la', 'los', 'y', 'da', 'dos'].includes(w),
        );
      if (ok && last.length >= 3 && !NAME_BLOCK.has(last)) break;
    }
    // Particles and double-barrelled names, built on listed names.
    const roll = this.r.next();
    if (nl !== 'es' && roll < 0.07) {
      const p = this.pick(PARTICLES[nl]);
      last = p.endsWith("'") || p === 'Mc' ? `${p}${last}` : `${p} ${last}`;
    } else if ((nl === 'de' || nl === 'fr' || nl === 'en') && roll < 0.13 && !last.includes('-')) {
      last = `${last}-${fk.person.lastName().split(' ')[0]!}`;
    }
    // Hyphenated first names ("Jean-Pierre", "Hans-Peter"), written as "J.-P." in initial form.
    if (
      (nl === 'fr' || nl === 'de') &&
      !first.includes('-') &&
      !first.includes(' ') &&
      this.chance(0.12)
    ) {
      const second = fk.person.firstName(sex);
      if (/^\p{Lu}\p{Ll}+$/u.test(second) && second !== first) first = `${first}-${second}`;
    }
    let middle: string | null = null;
    if (this.chance(nl === 'en' ? 0.22 : 0.08)) {
      const m = fk.person.firstName(sex);
      if (m !== first && /^\p{Lu}\p{L}+$/u.test(m)) middle = m;
    }
    return new Person(first, last, gender, 'listed', this.lang, middle);
  }

  private inventedPerson(nl: Lang, gender: Gender): Person {
    const s = SYL[nl];
    let first = this.pick(s.on) + this.pick(gender === 'f' ? s.fEnd : s.mEnd);
    if ((nl === 'fr' || nl === 'de') && this.chance(0.08))
      first += `-${this.pick(s.on)}${this.pick(gender === 'f' ? s.fEnd : s.mEnd)}`;
    const sur = (): string => {
      const root = this.pick(s.root);
      let suf = this.pick(s.suf);
      if (root.endsWith(suf.charAt(0)) && suf.length > 2) suf = suf.slice(1);
      return root + suf;
    };
    let last = sur();
    if (nl === 'es' && this.chance(0.75)) last = `${last} ${sur()}`;
    else if (nl !== 'es' && this.chance(0.06)) last = `${last}-${sur()}`;
    let middle: string | null = null;
    if (nl === 'en' && this.chance(0.15)) middle = this.pick(s.on) + this.pick(s.mEnd);
    return new Person(first, last, gender, 'invented', this.lang, middle);
  }

  /** A common way to write a person's name in running text. */
  anyName(p: Person): EntP {
    return this.r.weighted<() => EntP>([
      [() => p.full(), 6],
      [() => p.mid(), 2],
      [() => p.midInit(), 3.5],
      [() => p.lf(), 1],
      [() => p.init(), p.lang === 'fr' && p.first.startsWith('M') ? 0 : 1],
    ])();
  }

  /** Courtesy title + last name: "Frau Keller" with only "Keller" labelled. */
  titled(p: Person, abbreviated = true): Piece[] {
    return [p.title(this.lang, abbreviated), ' ', p.l()];
  }

  // -- contact data ---------------------------------------------------------------------------

  email(p?: Person, domain?: string): EntP {
    const dom = domain ?? this.pick(EMAIL_DOMAINS[this.cc]);
    if (!p) {
      const role = this.pick([
        'info',
        'service',
        'claims',
        'billing',
        'accounts',
        'support',
        'hr',
        'kontakt',
        'contact',
        'admin',
        'noreply',
        'facturacion',
        'rh',
      ]);
      return ent('EMAIL', `${role}@${dom}`);
    }
    const f = slug(p.first);
    const lastWord =
      p.last
        .split(/[ -]/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .pop() ?? p.last;
    const l = slug(lastWord);
    const yy = String(this.int(60, 99)).padStart(2, '0');
    const local = this.r.weighted<string>([
      [`${f}.${l}`, 6],
      [`${f.charAt(0)}${l}`, 3],
      [`${f}_${l}`, 1],
      [`${f}${l}${yy}`, 2],
      [`${l}.${f}`, 1],
      [`${f}.${l}+${this.pick(['claims', 'bank', 'work', 'shop', 'info'])}`, 1],
      [`${f.charAt(0)}.${l}`, 2],
      [`${f}${this.int(1, 999)}`, 1],
    ]);
    return ent('EMAIL', `${local}@${dom}`);
  }

  /** A phone number in a national style; drawn again when it is not a valid number there. */
  phone(cc: CC = this.cc, kind: 'mobile' | 'land' | 'any' = 'any'): EntP {
    const region: CountryCode = cc === 'UK' ? 'GB' : cc;
    let v = this.phoneRaw(cc, kind);
    for (let i = 0; i < 12 && !parsePhoneNumberFromString(v.v, region)?.isValid(); i++) {
      v = this.phoneRaw(cc, kind);
    }
    return v;
  }

  private phoneRaw(cc: CC, kind: 'mobile' | 'land' | 'any'): EntP {
    const r = this.r;
    const mob = kind === 'mobile' || (kind === 'any' && r.chance(0.55));
    const d = (n: number): string => r.digits(n);
    const nz = (n: number): string => String(r.int(2, 9)) + d(n - 1);
    let v: string;
    switch (cc) {
      case 'US':
      case 'CA': {
        const area = r.pick(
          cc === 'US'
            ? [
                '212',
                '312',
                '415',
                '503',
                '512',
                '614',
                '617',
                '702',
                '713',
                '720',
                '804',
                '919',
                '206',
                '303',
                '404',
                '480',
                '602',
                '651',
                '216',
                '414',
              ]
            : ['416', '647', '604', '778', '403', '587', '514', '613', '902', '204', '306', '780'],
        );
        let ex = nz(3);
        if (ex === '555' || ex.endsWith('11')) ex = '48' + String(r.int(2, 9));
        const ln = d(4);
        v = r.pick([
          `(${area}) ${ex}-${ln}`,
          `${area}-${ex}-${ln}`,
          `${area}.${ex}.${ln}`,
          `+1 ${area} ${ex} ${ln}`,
          `+1-${area}-${ex}-${ln}`,
          `+1 (${area}) ${ex}-${ln}`,
          `${area} ${ex} ${ln}`,
        ]);
        break;
      }
      case 'UK':
        if (mob) {
          const m = `7${r.int(4, 9)}${d(2)}`;
          const rest = d(6);
          v = r.pick([
            `0${m} ${rest}`,
            `+44 ${m} ${rest}`,
            `+44 (0)${m} ${rest}`,
            `0${m}${rest}`,
            `+44${m}${rest}`,
          ]);
        } else {
          const [a, n] = r.pick([
            ['20', `${r.pick(['7', '8'])}${d(3)} ${d(4)}`],
            ['113', `${nz(3)} ${d(4)}`],
            ['161', `${nz(3)} ${d(4)}`],
            ['117', `${nz(3)} ${d(4)}`],
            ['29', `20${d(2)} ${d(4)}`],
            ['131', `${nz(3)} ${d(4)}`],
          ] as const);
          v = r.pick([`0${a} ${n}`, `+44 ${a} ${n}`, `+44 (0)${a} ${n}`, `(0${a}) ${n}`]);
        }
        break;
      case 'IE':
        if (mob) {
          const m = `8${r.pick(['3', '5', '6', '7', '9'])}`;
          const a = d(3);
          const b = d(4);
          v = r.pick([
            `0${m} ${a} ${b}`,
            `+353 ${m} ${a} ${b}`,
            `0${m}-${a}${b}`,
            `+353${m}${a}${b}`,
          ]);
        } else {
          const [a, n] = r.pick([
            ['1', `${nz(3)} ${d(4)}`],
            ['21', `${nz(3)} ${d(4)}`],
            ['91', `${nz(3)} ${d(3)}`],
            ['61', `${nz(3)} ${d(3)}`],
          ] as const);
          v = r.pick([`(0${a}) ${n}`, `0${a} ${n}`, `+353 ${a} ${n}`]);
        }
        break;
      case 'AU':
        if (mob) {
          const a = `4${d(2)}`;
          v = r.pick([
            `0${a} ${d(3)} ${d(3)}`,
            `+61 ${a} ${d(3)} ${d(3)}`,
            `0${a}${d(6)}`,
            `+61 ${a.slice(0, 1)} ${a.slice(1)}${d(2)} ${d(4)}`,
          ]);
        } else {
          const a = r.pick(['2', '3', '7', '8']);
          const n = `${nz(4)} ${d(4)}`;
          v = r.pick([`(0${a}) ${n}`, `0${a} ${n}`, `+61 ${a} ${n}`]);
        }
        break;
      case 'DE':
        if (mob) {
          const p = r.pick([
            '151',
            '152',
            '157',
            '160',
            '162',
            '170',
            '171',
            '172',
            '173',
            '175',
            '176',
            '177',
            '178',
            '179',
          ]);
          const n = d(r.int(7, 8));
          v = r.pick([
            `0${p} ${n}`,
            `0${p}-${n}`,
            `0${p}/${n}`,
            `+49 ${p} ${n}`,
            `+49 (0)${p} ${n}`,
            `+49${p}${n}`,
            `0${p} ${n.slice(0, 3)} ${n.slice(3)}`,
          ]);
        } else {
          const p = r.pick(['30', '40', '89', '221', '341', '711', '511', '561', '69', '911']);
          const n = nz(p.length === 2 ? 8 : 7);
          v = r.pick([
            `0${p} ${n}`,
            `0${p}/${n}`,
            `0${p}-${n}`,
            `+49 ${p} ${n}`,
            `+49 (0)${p} ${n}`,
            `(0${p}) ${n}`,
            `+49 ${p} ${n.slice(0, 4)} ${n.slice(4)}`,
          ]);
        }
        break;
      case 'AT':
        if (mob) {
          const p = r.pick(['664', '676', '650', '699', '660', '680']);
          const n = d(7);
          v = r.pick([
            `0${p} ${n}`,
            `+43 ${p} ${n}`,
            `0${p} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
            `+43 (0)${p} ${n}`,
            `0${p}/${n}`,
          ]);
        } else {
          const [p, n] = r.pick([
            ['1', nz(7)],
            ['316', nz(6)],
            ['732', nz(6)],
            ['662', nz(6)],
            ['512', nz(6)],
          ] as const);
          v = r.pick([`0${p} ${n}`, `+43 ${p} ${n}`, `+43 (0)${p} ${n}`, `0${p}/${n}`]);
        }
        break;
      case 'CH': {
        const p = mob
          ? r.pick(['76', '77', '78', '79'])
          : r.pick(['44', '31', '61', '22', '21', '41', '71', '52']);
        const n = `${nz(3)} ${d(2)} ${d(2)}`;
        v = r.pick([
          `0${p} ${n}`,
          `+41 ${p} ${n}`,
          `+41 (0)${p} ${n}`,
          `0041 ${p} ${n}`,
          `0${p}${n.replace(/ /g, '')}`,
        ]);
        break;
      }
      case 'FR': {
        const p = mob ? r.pick(['6', '7']) : r.pick(['1', '2', '3', '4', '5', '9']);
        const g = [d(2), d(2), d(2), d(2)];
        v = r.pick([
          `0${p} ${g.join(' ')}`,
          `0${p}.${g.join('.')}`,
          `0${p}${g.join('')}`,
          `+33 ${p} ${g.join(' ')}`,
          `+33 (0)${p} ${g.join(' ')}`,
          `+33${p}${g.join('')}`,
          `0${p}-${g.join('-')}`,
        ]);
        break;
      }
      case 'BE':
        if (mob) {
          const p = `4${r.pick(['7', '8', '9'])}${r.int(0, 9)}`;
          const n = `${d(2)} ${d(2)} ${d(2)}`;
          v = r.pick([
            `0${p} ${n}`,
            `+32 ${p} ${n}`,
            `0${p}/${n.replace(/ /g, '.')}`,
            `+32${p}${n.replace(/ /g, '')}`,
          ]);
        } else {
          const p = r.pick(['2', '4', '9', '10', '65', '71', '81']);
          const n = p.length === 1 ? `${nz(3)} ${d(2)} ${d(2)}` : `${nz(2)} ${d(2)} ${d(2)}`;
          v = r.pick([`0${p} ${n}`, `+32 ${p} ${n}`, `0${p}/${n.replace(' ', '.')}`]);
        }
        break;
      case 'ES':
        if (mob) {
          const p = `6${d(2)}`;
          const a = d(3);
          const b = d(3);
          v = r.pick([
            `${p} ${a} ${b}`,
            `${p}${a}${b}`,
            `+34 ${p} ${a} ${b}`,
            `(+34) ${p} ${a} ${b}`,
            `${p} ${a.slice(0, 2)} ${a.slice(2)}${b.slice(0, 1)} ${b.slice(1)}`,
            `+34${p}${a}${b}`,
          ]);
        } else {
          const p = r.pick(['91', '93', '96', '95', '94', '98']);
          const n = `${nz(3)} ${d(2)} ${d(2)}`;
          v = r.pick([
            `${p} ${n}`,
            `+34 ${p} ${n}`,
            `${p}${n.replace(/ /g, '')}`,
            `+34 ${p}${n.slice(0, 1)} ${n.slice(1, 3)}${n.slice(4, 5)} ${n.slice(5).replace(' ', '')}`,
          ]);
        }
        break;
      case 'MX': {
        const [a, len] = r.pick([
          ['55', 8],
          ['33', 8],
          ['81', 8],
          ['222', 7],
          ['442', 7],
          ['999', 7],
        ] as const);
        const n = nz(len);
        const split =
          len === 8 ? `${n.slice(0, 4)} ${n.slice(4)}` : `${n.slice(0, 3)} ${n.slice(3)}`;
        v = r.pick([
          `${a} ${split}`,
          `+52 ${a} ${split}`,
          `(${a}) ${split.replace(' ', '-')}`,
          `+52 1 ${a} ${split}`,
          `${a}${n}`,
          `+52${a}${n}`,
        ]);
        break;
      }
      case 'AR':
        if (mob) {
          const a = r.pick(['11', '351', '341', '261']);
          const n = a === '11' ? `${nz(4)}-${d(4)}` : `${nz(3)}-${d(4)}`;
          v = r.pick([`+54 9 ${a} ${n}`, `+54 9 ${a} ${n.replace('-', ' ')}`, `0${a} 15-${n}`]);
        } else {
          const a = r.pick(['11', '351', '341']);
          const n = a === '11' ? `4${d(3)}-${d(4)}` : `4${d(2)}-${d(4)}`;
          v = r.pick([`0${a} ${n}`, `(0${a}) ${n}`, `+54 ${a} ${n}`]);
        }
        break;
      case 'CL':
        if (mob) {
          const n = `${nz(4)} ${d(4)}`;
          v = r.pick([`+56 9 ${n}`, `9 ${n}`, `+569${n.replace(' ', '')}`, `(+56) 9 ${n}`]);
        } else {
          const n = `2${d(3)} ${d(4)}`;
          v = r.pick([`+56 2 ${n}`, `(2) ${n}`, `+56 2${n.replace(' ', '')}`]);
        }
        break;
      case 'PT':
        if (mob) {
          const p = `9${r.pick(['1', '2', '3', '6'])}${r.int(0, 9)}`;
          const a = d(3);
          const b = d(3);
          v = r.pick([`${p} ${a} ${b}`, `+351 ${p} ${a} ${b}`, `${p}${a}${b}`, `+351${p}${a}${b}`]);
        } else {
          const p = r.pick(['21', '22', '239', '289']);
          const n = p.length === 2 ? `${nz(3)} ${d(4)}` : `${nz(3)} ${d(3)}`;
          v = r.pick([`${p} ${n}`, `+351 ${p} ${n}`]);
        }
        break;
    }
    return ent('PHONE', v);
  }

  addr(cc: CC = this.cc): EntP {
    const r = this.r;
    let v: string;
    switch (cc) {
      case 'US': {
        const [city, st, z] = r.pick(US_PLACES);
        const unit = r.chance(0.3)
          ? `, ${r.pick(['Apt', 'Apt.', 'Suite', 'Unit', '#'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C', ''])}`
          : '';
        const zip = `${z}${r.digits(2)}${r.chance(0.15) ? `-${r.digits(4)}` : ''}`;
        v = `${r.int(12, 9899)} ${r.pick(US_STREETS)} ${r.pick(US_SUFFIX)}${unit}, ${city}, ${st} ${zip}`;
        break;
      }
      case 'UK': {
        const [town, area] = r.pick(UK_PLACES);
        const pc = `${area}${r.int(1, 28)} ${r.int(1, 9)}${r.chars(2, POST_LETTERS)}`;
        const flat = r.chance(0.25) ? `Flat ${r.int(1, 12)}, ` : '';
        v = `${flat}${r.int(1, 240)} ${r.pick(UK_STREETS)} ${r.pick(UK_SUFFIX)}, ${town}${r.chance(0.5) ? ',' : ''} ${pc}`;
        break;
      }
      case 'IE': {
        const [town, key] = r.pick(IE_PLACES);
        v = `${r.int(1, 180)} ${r.pick(IE_STREETS)}, ${town}, ${key} ${r.chars(4, EIR)}`;
        break;
      }
      case 'CA': {
        const [city, prov, l] = r.pick(CA_PLACES);
        const pc = `${l}${r.int(0, 9)}${r.chars(1, CA_LETTERS)} ${r.int(0, 9)}${r.chars(1, CA_LETTERS)}${r.int(0, 9)}`;
        const unit = r.chance(0.3) ? `${r.pick(['Unit ', 'Apt ', ''])}${r.int(101, 2408)}-` : '';
        v = `${unit}${r.int(10, 3999)} ${r.pick(CA_STREETS)} ${r.pick(CA_SUFFIX)}, ${city}, ${prov} ${pc}`;
        break;
      }
      case 'AU': {
        const [sub, st, pc] = r.pick(AU_PLACES);
        const unit = r.chance(0.3) ? `${r.int(1, 30)}/` : '';
        v = `${unit}${r.int(1, 320)} ${r.pick(AU_STREETS)} ${r.pick(AU_SUFFIX)}, ${sub} ${st} ${pc}`;
        break;
      }
      case 'DE': {
        const [city, lo, hi] = r.pick(DE_PLACES);
        const zip = String(r.int(lo, hi)).padStart(5, '0');
        const no = `${r.int(1, 148)}${r.chance(0.15) ? r.pick(['a', 'b', 'c']) : ''}`;
        v = `${r.pick(DE_STREETS)} ${no}${r.pick([', ', ', ', ' \u00b7 ', ', D-'])}${zip} ${city}`;
        break;
      }
      case 'AT': {
        const city = r.pick(AT_CITIES);
        const zip =
          city === 'Wien' ? String(1000 + 10 * r.int(1, 23)) : String(AT_ZIP[city] ?? 4020);
        const no = r.chance(0.4)
          ? `${r.int(1, 90)}/${r.int(1, 4)}/${r.int(1, 24)}`
          : String(r.int(1, 120));
        v = `${r.pick(AT_STREETS)} ${no}, ${r.chance(0.15) ? 'A-' : ''}${zip} ${city}`;
        break;
      }
      case 'CH': {
        const fr = this.lang === 'fr';
        const [city, lo, hi] = r.pick(fr ? CH_FR_PLACES : CH_DE_PLACES);
        const street = r.pick(fr ? CH_FR_STREETS : CH_DE_STREETS);
        const no = r.int(1, 160);
        v = `${fr ? `${street} ${no}` : `${street} ${no}`}, ${r.chance(0.2) ? 'CH-' : ''}${r.int(lo, hi)} ${city}`;
        break;
      }
      case 'FR': {
        const [city, lo, hi] = r.pick(FR_PLACES);
        let zip = r.int(lo, hi);
        if (city === 'Paris' || city === 'Lyon' || city === 'Marseille')
          zip = lo + r.int(0, hi - lo);
        const apt = r.chance(0.2)
          ? r.pick(['B\u00e2t. B, ', 'Appt 12, ', 'R\u00e9sidence Les Pins, ', 'Esc. 3, '])
          : '';
        v = `${apt}${r.int(1, 220)}${r.chance(0.1) ? ' bis' : ''} ${r.pick(FR_STREETS)}, ${zip} ${city}`;
        break;
      }
      case 'BE': {
        const [city, zip] = r.pick(BE_PLACES);
        const box = r.chance(0.3)
          ? r.pick([` bte ${r.int(1, 20)}`, `/${r.int(1, 12)}`, ` bo\u00eete ${r.int(1, 9)}`])
          : '';
        v = `${r.pick(BE_STREETS)} ${r.int(1, 250)}${box}, ${r.chance(0.15) ? 'B-' : ''}${zip} ${city}`;
        break;
      }
      case 'ES': {
        const [city, p] = r.pick(ES_PLACES);
        const floor = r.chance(0.6)
          ? `, ${r.int(1, 9)}\u00ba ${r.pick(['A', 'B', 'C', 'D', 'izda', 'dcha'])}`
          : '';
        v = `${r.pick(ES_STREETS)} ${r.int(1, 180)}${floor}, ${p}${r.digits(2)} ${city}`;
        break;
      }
      case 'MX': {
        const [city, state, p] = r.pick(MX_PLACES);
        const cp = (p + r.digits(5)).slice(0, 5).padStart(5, '0');
        const intn = r.chance(0.3) ? ` Int. ${r.int(1, 30)}` : '';
        v = r.chance(0.5)
          ? `${r.pick(MX_STREETS)} ${r.int(10, 3999)}${intn}, Col. ${r.pick(MX_COLONIAS)}, ${cp} ${city}, ${state}`
          : `${r.pick(MX_STREETS)} ${r.int(10, 3999)}${intn}, Col. ${r.pick(MX_COLONIAS)}, C.P. ${cp}, ${city}`;
        break;
      }
      case 'AR': {
        const [city, l] = r.pick(AR_PLACES);
        const cpa = `${l}${r.int(1000, 1999)}${r.chars(3, UPPER)}`;
        const floor = r.chance(0.5)
          ? `, piso ${r.int(1, 14)} dto. ${r.pick(['A', 'B', 'C', 'D'])}`
          : '';
        v = `${r.pick(AR_STREETS)} ${r.int(100, 5999)}${floor}, ${cpa} ${city}`;
        break;
      }
      case 'CL': {
        const [comuna, city] = r.pick(CL_PLACES);
        const depto = r.chance(0.5) ? `, depto. ${r.int(11, 1804)}` : '';
        v = `${r.pick(CL_STREETS)} ${r.int(10, 4999)}${depto}, ${r.chance(0.5) ? `${r.int(75, 84)}${r.digits(5)} ` : ''}${comuna}, ${city}`;
        break;
      }
      case 'PT': {
        const [city, p] = r.pick(PT_PLACES);
        const floor = r.chance(0.5)
          ? `, ${r.int(1, 8)}.\u00ba ${r.pick(['Esq', 'Dto', 'A', 'B'])}`
          : '';
        v = `${r.pick(PT_STREETS)} ${r.int(1, 300)}${floor}, ${p}${r.digits(3)}-${r.digits(3)} ${city}`;
        break;
      }
    }
    return ent('STREET_ADDRESS', v);
  }

  /** A company of a sector; its name is a not_name decoy, its domain feeds mails and URLs. */
  company(sector: Sector): Company {
    const raw = this.pick(COMPANIES[sector][this.lang]);
    const [name, domain] = raw.split('|') as [string, string | undefined];
    return { name: neg('not_name', name), domain: domain ?? `${slug(name)}.com`, plain: name };
  }

  nn(cat: keyof typeof DECOYS): NegP {
    const v = this.pick(DECOYS[cat]![this.lang]);
    const [m, f] = v.split('|') as [string, string | undefined];
    return neg('not_name', f && this.chance(0.5) ? f : m);
  }

  /** A job title that agrees with the person's gender (de/fr/es titles are gendered). */
  jobFor(p: Person): NegP {
    const v = this.pick(DECOYS.job![this.lang]);
    const [m, f] = v.split('|') as [string, string | undefined];
    return neg('not_name', p.gender === 'f' && f ? f : m);
  }

  /** Make and model, both decoys ("Ford", "Octavia", "Zoe"). */
  vehicle(): Piece[] {
    const [make, model] = this.pick(DECOYS.car![this.lang]).split('|') as [string, string];
    return [neg('not_name', make), ' ', neg('not_name', model)];
  }

  /** "[08:14]" clock for chats, strictly increasing within one record. */
  clock(): () => string {
    let t = this.int(7 * 60, 15 * 60);
    return () => {
      t += this.int(0, 14);
      return `${pad2(Math.floor(t / 60) % 24)}:${pad2(t % 60)}`;
    };
  }

  url(
    domain: string,
    kind: 'portal' | 'track' | 'doc' | 'profile' | 'pay' = 'portal',
    p?: Person,
  ): EntP {
    const r = this.r;
    const www = r.chance(0.4) ? 'www.' : '';
    const id = r.chars(r.int(6, 12), LOWER + DIGITS);
    let path: string;
    switch (kind) {
      case 'portal':
        path = r.pick(
          this.tr({
            en: [
              `/my-account/claims/${r.digits(7)}`,
              `/portal/tickets/${r.digits(6)}`,
              `/upload?case=${id}`,
              `/s/${id}`,
              `/account/documents`,
            ],
            de: [
              `/kundenportal/login`,
              `/meine-vertraege/${r.digits(7)}`,
              `/upload?vorgang=${id}`,
              `/s/${id}`,
              `/service/dokumente`,
            ],
            fr: [
              `/espace-client/contrat?id=${id}`,
              `/mon-compte/sinistres/${r.digits(7)}`,
              `/depot?dossier=${id}`,
              `/s/${id}`,
            ],
            es: [
              `/mi-cuenta/facturas?ref=${id}`,
              `/area-clientes/siniestros/${r.digits(7)}`,
              `/subir?expediente=${id}`,
              `/s/${id}`,
            ],
          }),
        );
        return ent(
          'URL',
          `https://${r.chance(0.5) ? r.pick(this.tr({ en: ['portal.', 'my.', 'service.'], de: ['kunden.', 'portal.', 'service.'], fr: ['clients.', 'espace.', 'portail.'], es: ['clientes.', 'portal.', 'oficina.'] })) : www}${domain}${path}`,
        );
      case 'track':
        return ent(
          'URL',
          `https://${r.pick(['track.', 'tracking.', 'www.', ''])}${domain}/${r.pick(['t', this.tr({ en: 'track', de: 'sendung', fr: 'suivi', es: 'seguimiento' })])}?${r.pick(['id', 'ref', 'n', 'piececode'])}=${r.chars(4, UPPER)}${r.digits(10)}`,
        );
      case 'doc':
        return ent(
          'URL',
          `https://${r.pick(['docs.', 'wiki.', 'intranet.', 'confluence.', 'sharepoint.'])}${domain}/${r.pick(['display/IT', 'sites/hr', 'spaces/OPS/pages', 'kb', 'policies'])}/${r.digits(r.int(4, 8))}`,
        );
      case 'profile':
        return ent(
          'URL',
          `https://www.linkedin.com/in/${p ? `${slug(p.first)}-${slug(p.last.split(' ')[0]!)}-` : ''}${r.chars(r.int(5, 8), LOWER + DIGITS)}`,
        );
      case 'pay':
        return ent(
          'URL',
          `https://${r.pick(['pay.', this.tr({ en: 'billing.', de: 'zahlung.', fr: 'paiement.', es: 'pago.' })])}${domain}/i/${r.chars(16, ALNUM)}`,
        );
    }
  }

  ip(v6 = this.chance(0.25)): EntP {
    const r = this.r;
    if (!v6) {
      const kind = r.int(0, 9);
      let v: string;
      if (kind < 3) v = `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
      else if (kind < 5) v = `192.168.${r.int(0, 40)}.${r.int(2, 254)}`;
      else if (kind < 6) v = `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
      else
        v = `${r.pick([23, 31, 46, 62, 77, 78, 80, 81, 84, 85, 88, 91, 93, 95, 109, 141, 176, 178, 185, 188, 193, 194, 195, 203, 212, 213, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
      return ent('IP_ADDRESS', v);
    }
    const g = (): string => r.chars(r.int(1, 4), HEX).replace(/^0+(?=.)/, '');
    const style = r.int(0, 2);
    let v: string;
    if (style === 0) {
      v = ['2001', '0db8', ...Array.from({ length: 6 }, () => r.chars(4, HEX))].join(':');
      v = r.pick(['2001', '2a02', '2a01', '2600', '2406']) + v.slice(4);
    } else if (style === 1) {
      v = `${r.pick(['2a02', '2001', '2a00', '2600', '2a03'])}:${g()}:${g()}:${g()}::${r.chars(r.int(1, 4), HEX.slice(1))}`;
    } else {
      v = `fe80::${g()}:${g()}:${g()}:${r.chars(r.int(2, 4), HEX.slice(1))}`;
    }
    return ent('IP_ADDRESS', v);
  }

  // -- financial identifiers --------------------------------------------------------------------

  card(sep?: string): EntP {
    const r = this.r;
    const brand = r.weighted<'visa' | 'mc' | 'mc2' | 'amex' | 'disc'>([
      ['visa', 5],
      ['mc', 3],
      ['mc2', 1],
      ['amex', 2],
      ['disc', 1],
    ]);
    let num: string;
    if (brand === 'visa') num = luhnComplete('4' + r.digits(14));
    else if (brand === 'mc') num = luhnComplete(`5${r.int(1, 5)}` + r.digits(13));
    else if (brand === 'mc2') num = luhnComplete(String(r.int(2221, 2720)) + r.digits(11));
    else if (brand === 'amex') num = luhnComplete(r.pick(['34', '37']) + r.digits(12));
    else num = luhnComplete('6011' + r.digits(11));
    return ent('CREDIT_CARD', this.fmtCard(num, sep));
  }

  private fmtCard(num: string, sep?: string): string {
    const s = sep ?? this.r.pick([' ', ' ', '-', '', ' ']);
    if (num.length === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(s);
    return (num.match(/.{4}/g) ?? []).join(s);
  }

  cardFake(): NegP {
    const r = this.r;
    const len = r.chance(0.8) ? 16 : 15;
    let num = r.pick(['4', '5', '3', '6', '9', '8']) + r.digits(len - 1);
    if (luhnOk(num)) num = num.slice(0, -1) + String((Number(num.slice(-1)) + r.int(1, 9)) % 10);
    return neg('card_lookalike', this.fmtCard(num));
  }

  ibanRaw(cc?: string): string {
    const r = this.r;
    const country = cc ?? this.ibanCountry();
    switch (country) {
      case 'DE':
        return ibanFromBban('DE', String(r.int(1, 8)) + r.digits(7) + r.digits(10));
      case 'AT':
        return ibanFromBban('AT', String(r.int(1, 6)) + r.digits(4) + r.digits(11));
      case 'CH':
        return ibanFromBban('CH', '00' + r.digits(3) + r.digits(12));
      case 'GB':
        return ibanFromBban(
          'GB',
          r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(6) + r.digits(8),
        );
      case 'IE':
        return ibanFromBban(
          'IE',
          r.pick(['AIBK', 'BOFI', 'IPBS', 'ULSB']) + r.digits(6) + r.digits(8),
        );
      case 'NL':
        return ibanFromBban('NL', r.pick(['ABNA', 'INGB', 'RABO', 'SNSB']) + r.digits(10));
      case 'FR': {
        const bank = String(r.int(10000, 30099)).padStart(5, '0');
        const branch = r.digits(5);
        const acct = r.digits(11);
        const key =
          97 - ((89 * (Number(bank) % 97) + 15 * (Number(branch) % 97) + 3 * mod97(acct)) % 97);
        return ibanFromBban('FR', bank + branch + acct + pad2(key));
      }
      case 'BE': {
        const base10 = r.digits(10);
        const chk = Number(BigInt(base10) % 97n) || 97;
        return ibanFromBban('BE', base10 + pad2(chk));
      }
      case 'ES': {
        const bank = r.pick(['0049', '0075', '0081', '0182', '2100', '0128', '1465', '2085']);
        const branch = r.digits(4);
        const acct = r.digits(10);
        const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
        const dc = (s: string): string => {
          let sum = 0;
          for (let i = 0; i < 10; i++) sum += Number(s[i]) * w[i]!;
          const v = 11 - (sum % 11);
          return String(v === 11 ? 0 : v === 10 ? 1 : v);
        };
        return ibanFromBban('ES', bank + branch + dc('00' + bank + branch) + dc(acct) + acct);
      }
      case 'PT': {
        const nib19 = r.pick(['0035', '0033', '0007', '0010', '0036']) + r.digits(4) + r.digits(11);
        const chk = 98 - mod97(nib19 + '00');
        return ibanFromBban('PT', nib19 + pad2(chk));
      }
      case 'LU':
        return ibanFromBban('LU', r.digits(3) + r.digits(13));
      default:
        return ibanFromBban('DE', r.digits(18));
    }
  }

  private ibanCountry(): string {
    switch (this.cc) {
      case 'UK':
        return this.r.pick(['GB', 'GB', 'IE']);
      case 'IE':
        return 'IE';
      case 'US':
      case 'CA':
      case 'AU':
        return this.r.pick(['GB', 'IE', 'DE', 'NL', 'FR']);
      case 'DE':
        return this.r.pick(['DE', 'DE', 'DE', 'AT', 'NL', 'LU']);
      case 'AT':
        return this.r.pick(['AT', 'AT', 'DE']);
      case 'CH':
        return this.r.pick(['CH', 'CH', 'DE', 'FR']);
      case 'FR':
        return this.r.pick(['FR', 'FR', 'FR', 'BE', 'LU', 'PT']);
      case 'BE':
        return this.r.pick(['BE', 'BE', 'FR', 'NL', 'LU']);
      case 'ES':
        return this.r.pick(['ES', 'ES', 'ES', 'PT', 'FR']);
      case 'PT':
        return this.r.pick(['PT', 'PT', 'ES']);
      case 'MX':
      case 'AR':
      case 'CL':
        return this.r.pick(['ES', 'PT', 'ES']);
    }
  }

  iban(cc?: string, grouped = this.chance(0.55)): EntP {
    const raw = this.ibanRaw(cc);
    return ent('IBAN', grouped ? group4(raw) : raw);
  }

  ibanBad(): NegP {
    const raw = this.ibanRaw();
    let cd = Number(raw.slice(2, 4));
    let bad = raw;
    for (let i = 0; i < 5 && ibanValid(bad); i++) {
      cd = (cd + this.int(1, 40)) % 100;
      bad = raw.slice(0, 2) + pad2(cd) + raw.slice(4);
    }
    if (ibanValid(bad)) bad = raw.slice(0, -1) + String((Number(raw.slice(-1)) + 1) % 10);
    return neg('iban_invalid', this.chance(0.5) ? group4(bad) : bad);
  }

  ssn(): EntP {
    const r = this.r;
    let area = r.int(1, 899);
    if (area === 666) area = 667;
    const v = [
      String(area).padStart(3, '0'),
      pad2(r.int(1, 99)),
      String(r.int(1, 9999)).padStart(4, '0'),
    ];
    return ent('US_SSN', v.join(r.chance(0.85) ? '-' : ' '));
  }

  ssnBad(): NegP {
    const r = this.r;
    const area = r.pick(['000', '666', String(r.int(900, 999))]);
    return neg(
      'ssn_invalid',
      `${area}-${pad2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`,
    );
  }

  // -- dates ----------------------------------------------------------------------------------

  dateParts(y0: number, y1: number): DateParts {
    const m = this.int(1, 12);
    const dim = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
    return { y: this.int(y0, y1), m, d: this.int(1, dim) };
  }

  fmtDate(p: DateParts, birth: boolean): string {
    const r = this.r;
    const { y, m, d } = p;
    const mon = MONTHS[this.lang][m - 1]!;
    const iso = `${y}-${pad2(m)}-${pad2(d)}`;
    const u = this.sticky(birth ? 'dob' : 'date', birth ? 0.7 : 0.8);
    switch (this.lang) {
      case 'en': {
        const us = this.cc === 'US';
        const ord =
          d % 10 === 1 && d !== 11
            ? 'st'
            : d % 10 === 2 && d !== 12
              ? 'nd'
              : d % 10 === 3 && d !== 13
                ? 'rd'
                : 'th';
        const num = us ? `${pad2(m)}/${pad2(d)}/${y}` : `${pad2(d)}/${pad2(m)}/${y}`;
        return r.weighted<string>(
          [
            [num, 5],
            [`${d} ${mon} ${y}`, 2],
            [`${mon} ${d}, ${y}`, 2],
            [`${d}${ord} ${mon} ${y}`, birth ? 2 : 1],
            [`${pad2(d)}-${mon.slice(0, 3)}-${y}`, 1],
            [iso, 1],
            [us ? `${m}/${d}/${String(y).slice(2)}` : `${d}/${m}/${y}`, 1],
            [`${d} ${mon.slice(0, 3)} ${y}`, 1],
          ],
          u,
        );
      }
      case 'de': {
        const monDe = this.cc === 'AT' && m === 1 && r.chance(0.7) ? 'J\u00e4nner' : mon;
        return r.weighted<string>(
          [
            [`${pad2(d)}.${pad2(m)}.${y}`, 6],
            [`${d}.${m}.${y}`, 2],
            [`${d}. ${monDe} ${y}`, 3],
            [iso, 1],
            [`${pad2(d)}.${pad2(m)}.${String(y).slice(2)}`, 1],
          ],
          u,
        );
      }
      case 'fr': {
        const dd = d === 1 ? '1er' : String(d);
        return r.weighted<string>(
          [
            [`${pad2(d)}/${pad2(m)}/${y}`, 6],
            [`${dd} ${mon} ${y}`, 3],
            [iso, 1],
            [`${pad2(d)}.${pad2(m)}.${y}`, this.cc === 'CH' ? 3 : 0.5],
            [`${pad2(d)}-${pad2(m)}-${y}`, 1],
          ],
          u,
        );
      }
      case 'es':
        return r.weighted<string>(
          [
            [`${pad2(d)}/${pad2(m)}/${y}`, 6],
            [`${d}-${m}-${y}`, 2],
            [`${d} de ${mon} de ${y}`, 3],
            [`${pad2(d)}/${pad2(m)}/${String(y).slice(2)}`, 1],
            [iso, 1],
            [`${d}/${m}/${y}`, 1],
          ],
          u,
        );
    }
  }

  dob(y0 = 1941, y1 = 2006): EntP {
    return ent('DATE_OF_BIRTH', this.fmtDate(this.dateParts(y0, y1), true));
  }

  /** A birth-date phrase: label words + the labelled date. */
  dobPhrase(p?: Person, prose = false): Piece[] {
    const f = p ? p.gender === 'f' : this.chance(0.5);
    const proseLbl = this.tr({
      en: ['born on ', 'born ', 'born on '],
      de: ['geb. am ', 'geboren am ', 'geb. '],
      fr: [f ? 'n\u00e9e le ' : 'n\u00e9 le ', 'n\u00e9(e) le '],
      es: [f ? 'nacida el ' : 'nacido el ', 'con fecha de nacimiento '],
    });
    if (prose) return [this.pick(proseLbl), this.dob()];
    const lbl = this.tr({
      en: ['DOB ', 'Date of birth: ', 'born on ', 'D.O.B. ', 'born ', 'DOB: ', 'birth date '],
      de: ['Geburtsdatum ', 'geb. am ', 'geboren am ', 'Geb.-Datum: ', 'geb. ', 'Geburtsdatum: '],
      fr: [
        f ? 'n\u00e9e le ' : 'n\u00e9 le ',
        'n\u00e9(e) le ',
        'Date de naissance : ',
        'date de naissance ',
        f ? 'n\u00e9e le ' : 'n\u00e9 le ',
      ],
      es: [
        'fecha de nacimiento: ',
        f ? 'nacida el ' : 'nacido el ',
        'F. nac.: ',
        'Fecha de nacimiento ',
        'fecha nac. ',
      ],
    });
    return [this.pick(lbl), this.dob()];
  }

  pdate(): NegP {
    return neg('plain_date', this.fmtDate(this.dateParts(2022, 2025), false));
  }

  /** Two plain dates in chronological order (from / to). */
  pdates2(y0 = 2019, y1 = 2025): [NegP, NegP] {
    const a = this.dateParts(y0, y1);
    const b = this.dateParts(y0, y1);
    const [p, q] = a.y * 400 + a.m * 32 + a.d <= b.y * 400 + b.m * 32 + b.d ? [a, b] : [b, a];
    return [neg('plain_date', this.fmtDate(p, false)), neg('plain_date', this.fmtDate(q, false))];
  }

  /** A date in a fixed numeric style, for tables and forms. */
  pdateNum(): NegP {
    const { y, m, d } = this.dateParts(2023, 2025);
    const v = this.tr({
      en: this.cc === 'US' ? `${pad2(m)}/${pad2(d)}/${y}` : `${pad2(d)}/${pad2(m)}/${y}`,
      de: `${pad2(d)}.${pad2(m)}.${y}`,
      fr: `${pad2(d)}/${pad2(m)}/${y}`,
      es: `${pad2(d)}/${pad2(m)}/${y}`,
    });
    return neg('plain_date', this.chance(0.15) ? `${y}-${pad2(m)}-${pad2(d)}` : v);
  }

  ts(kind: 'iso' | 'epoch' | 'log' | 'any' = 'any'): NegP {
    const r = this.r;
    const { y, m, d } = this.dateParts(2024, 2025);
    const hh = pad2(r.int(0, 23));
    const mi = pad2(r.int(0, 59));
    const ss = pad2(r.int(0, 59));
    const k = kind === 'any' ? r.pick(['iso', 'iso', 'epoch', 'log'] as const) : kind;
    if (k === 'epoch') return neg('timestamp', String(r.int(1704067200, 1767225599)));
    if (k === 'log')
      return neg(
        'timestamp',
        `${y}-${pad2(m)}-${pad2(d)} ${hh}:${mi}:${ss}${r.chance(0.4) ? `,${r.digits(3)}` : ''}`,
      );
    const frac = r.chance(0.4) ? `.${r.digits(3)}` : '';
    const tz = r.pick(['Z', 'Z', '+01:00', '+02:00', '-05:00', '-03:00']);
    return neg('timestamp', `${y}-${pad2(m)}-${pad2(d)}T${hh}:${mi}:${ss}${frac}${tz}`);
  }

  // -- hard negatives -------------------------------------------------------------------------

  price(lo = 5, hi = 2500, cc: CC = this.cc): NegP {
    const r = this.r;
    const amount = r.int(lo * 100, hi * 100) / 100;
    const whole = Math.floor(amount);
    const cents = pad2(Math.round((amount - whole) * 100));
    const th = (sep: string): string => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    let v: string;
    switch (cc) {
      case 'US':
      case 'CA':
      case 'AU':
        v = this.spick(`price${cc}`, [
          `$${th(',')}.${cents}`,
          `USD ${th(',')}.${cents}`,
          `$${th(',')}.${cents}`,
        ]);
        if (cc !== 'US')
          v = this.spick(`price${cc}`, [
            `$${th(',')}.${cents}`,
            `${cc === 'CA' ? 'CAD' : 'AUD'} ${th(',')}.${cents}`,
          ]);
        break;
      case 'UK':
        v = this.spick(`price${cc}`, [`\u00a3${th(',')}.${cents}`, `GBP ${th(',')}.${cents}`]);
        break;
      case 'IE':
        v = this.spick(`price${cc}`, [`\u20ac${th(',')}.${cents}`, `EUR ${th(',')}.${cents}`]);
        break;
      case 'DE':
      case 'AT':
        v = this.spick(`price${cc}`, [
          `${th('.')},${cents} \u20ac`,
          `\u20ac ${th('.')},${cents}`,
          `EUR ${th('.')},${cents}`,
          `${th('.')},${cents} EUR`,
        ]);
        break;
      case 'CH':
        v = this.spick(`price${cc}`, [
          `CHF ${th("'")}.${cents}`,
          `Fr. ${th("'")}.${cents}`,
          `${th("'")}.${cents} CHF`,
        ]);
        break;
      case 'FR':
      case 'BE':
      case 'PT':
        v = this.spick(`price${cc}`, [
          `${th(' ')},${cents} \u20ac`,
          `${th(' ')},${cents} EUR`,
          `${th('.')},${cents} \u20ac`,
        ]);
        break;
      case 'ES':
        v = this.spick(`price${cc}`, [
          `${th('.')},${cents} \u20ac`,
          `${th('.')},${cents} EUR`,
          `\u20ac${th('.')},${cents}`,
        ]);
        break;
      case 'MX':
        v = this.spick(`price${cc}`, [
          `$${th(',')}.${cents} MXN`,
          `$${th(',')}.${cents}`,
          `MXN ${th(',')}.${cents}`,
        ]);
        break;
      case 'AR':
        v = this.spick(`price${cc}`, [`$ ${th('.')},${cents}`, `ARS ${th('.')},${cents}`]);
        break;
      case 'CL':
        v = this.spick(`price${cc}`, [`$${th('.')}`, `CLP ${th('.')}`]);
        break;
    }
    return neg('price', v);
  }

  /** Reference numbers: policies, claims, contracts, invoices, tickets, tracking, meters, VINs. */
  ord(
    kind:
      | 'policy'
      | 'claim'
      | 'contract'
      | 'customer'
      | 'invoice'
      | 'ticket'
      | 'tracking'
      | 'meter'
      | 'vin'
      | 'order'
      | 'case'
      | 'employee',
  ): NegP {
    const r = this.r;
    const y = r.int(2022, 2025);
    const U = (n: number): string => r.chars(n, UPPER);
    const D = (n: number): string => r.digits(n);
    let v: string;
    switch (kind) {
      case 'policy':
        v = r.pick([
          `POL-${y}-${D(6)}`,
          `${U(2)}-${D(8)}`,
          `${D(3)}.${D(3)}.${D(3)}`,
          `VS${D(9)}`,
          `${U(1)}${D(2)}/${D(6)}-${D(2)}`,
          `P${D(10)}`,
        ]);
        break;
      case 'claim':
        v = r.pick([
          `CLM-${D(7)}`,
          `SCH-${y}-${D(5)}`,
          `${D(2)}/${D(6)}`,
          `SIN${y}${D(6)}`,
          `${y}-${U(2)}-${D(5)}`,
          `#${D(8)}`,
        ]);
        break;
      case 'contract':
        v = r.pick([
          `V${D(9)}`,
          `CT-${D(4)}-${D(4)}`,
          `${D(3)} ${D(3)} ${D(3)}`,
          `VK-${D(7)}`,
          `CON${y}${D(5)}`,
        ]);
        break;
      case 'customer':
        v = r.pick([
          `KD-${D(7)}`,
          D(9),
          `C${D(8)}`,
          `CUST-${D(6)}`,
          `${D(2)} ${D(4)} ${D(4)}`,
          `CLI-${D(6)}`,
        ]);
        break;
      case 'invoice':
        v = r.pick([
          `INV-${y}-${D(5)}`,
          `RE${y}${D(5)}`,
          `FAC-${String(y).slice(2)}${D(6)}`,
          `F-${y}/${D(4)}`,
          `${y}${D(6)}`,
          `FA${D(7)}`,
        ]);
        break;
      case 'ticket':
        v = r.pick([
          `INC${D(7)}`,
          `REQ-${D(5)}`,
          `RITM${D(7)}`,
          `IT-${D(4)}`,
          `SR-${D(6)}`,
          `HD-${y}-${D(4)}`,
        ]);
        break;
      case 'tracking':
        v = r.pick([
          `1Z${r.chars(6, UPPER + DIGITS)}${D(10)}`,
          `JJD${D(18)}`,
          `${U(2)}${D(9)}${r.pick(['DE', 'FR', 'ES', 'GB', 'US'])}`,
          D(12),
          `CX${D(9)}${U(2)}`,
          `00${D(16)}`,
        ]);
        break;
      case 'meter':
        v = r.pick([
          `1ESY${D(10)}`,
          D(8),
          `DE00${D(6)}${D(10)}`,
          `ZN-${D(8)}`,
          `${D(2)}-${D(6)}-${D(3)}`,
          `CUPS ES00${D(16)}${U(2)}`,
        ]);
        break;
      case 'vin': {
        const al = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
        v =
          r.pick(['WVW', 'VF1', 'VF3', 'WBA', 'TMB', 'VSS', 'JTD', '1FA', 'WDD', 'ZFA']) +
          r.chars(14, al);
        break;
      }
      case 'order':
        v = r.pick([
          `ORD-${D(8)}`,
          `#${D(6)}`,
          `${D(3)}-${D(7)}-${D(7)}`,
          `BE${D(8)}`,
          `PO-${y}-${D(4)}`,
          `PED-${D(7)}`,
        ]);
        break;
      case 'case':
        v = r.pick([
          `CASE-${D(6)}`,
          `${U(3)}-${D(5)}`,
          `Vorgang ${D(7)}`.replace('Vorgang ', 'VG'),
          `DOS-${D(6)}`,
          `EXP-${y}-${D(4)}`,
        ]);
        break;
      case 'employee':
        v = r.pick([`E${D(5)}`, `PN-${D(5)}`, D(6), `EMP-${D(4)}`, `MA${D(5)}`, `LEG-${D(5)}`]);
        break;
    }
    // Never let a reference number pass as a card number.
    v = v.replace(/\d{13,19}/g, (run) =>
      luhnOk(run) ? run.slice(0, -1) + String((Number(run.slice(-1)) + 1) % 10) : run,
    );
    return neg('order_no', v);
  }

  ver(ipLike = this.chance(0.35)): NegP {
    const r = this.r;
    if (ipLike)
      return neg('version', `${r.int(1, 12)}.${r.int(0, 40)}.${r.int(0, 20)}.${r.int(1, 250)}`);
    return neg(
      'version',
      r.pick([
        `v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`,
        `${r.int(1, 24)}.${r.int(0, 12)}.${r.int(0, 9)}`,
        `${r.int(10, 24)}.${r.int(1, 12)}`,
        `v${r.int(1, 5)}.${r.int(0, 9)}.${r.int(0, 9)}-rc${r.int(1, 4)}`,
        `10.0.${r.int(17000, 26000)}.${r.int(100, 4000)}`,
      ]),
    );
  }

  sha(kind?: 'short' | 'git' | 'sha256' | 'md5'): NegP {
    const k = kind ?? this.pick(['short', 'git', 'sha256', 'md5'] as const);
    const n = k === 'short' ? this.int(7, 10) : k === 'git' ? 40 : k === 'sha256' ? 64 : 32;
    return neg('sha', this.r.chars(n, HEX));
  }

  uuid(): NegP {
    const h = (n: number): string => this.r.chars(n, HEX);
    const v = `${h(8)}-${h(4)}-4${h(3)}-${this.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
    return neg('uuid', this.chance(0.15) ? v.toUpperCase() : v);
  }

  isbn(): NegP {
    const r = this.r;
    for (;;) {
      const pre = r.pick(['978-3', '978-2', '978-84', '978-0', '978-1', '979-10', '978-607']);
      const rest = r.digits(12 - pre.replace('-', '').length);
      const body = pre.replace('-', '') + rest;
      let sum = 0;
      for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 ? 3 : 1);
      const chk = String((10 - (sum % 10)) % 10);
      const full = body + chk;
      if (luhnOk(full)) continue;
      const cut = r.int(2, 5);
      const hy = `${pre}-${rest.slice(0, cut)}-${rest.slice(cut)}-${chk}`;
      return neg('isbn', r.chance(0.7) ? hy : full);
    }
  }

  // -- secrets --------------------------------------------------------------------------------

  aws(): EntP {
    return ent(
      'AWS_ACCESS_KEY',
      (this.chance(0.8) ? 'AKIA' : 'ASIA') + this.r.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'),
    );
  }

  awsSecret(): EntP {
    return ent(
      'GENERIC_SECRET',
      this.r.chars(1, ALNUM) + this.r.chars(38, B64) + this.r.chars(1, ALNUM),
    );
  }

  gh(): EntP {
    const r = this.r;
    if (r.chance(0.25))
      return ent('GITHUB_TOKEN', `github_pat_${r.chars(22, ALNUM)}_${r.chars(59, ALNUM)}`);
    return ent('GITHUB_TOKEN', `${r.pick(['ghp_', 'ghp_', 'gho_', 'ghs_'])}${r.chars(36, ALNUM)}`);
  }

  slack(): EntP {
    const r = this.r;
    if (r.chance(0.6))
      return ent('SLACK_TOKEN', `xoxb-${r.digits(11)}-${r.digits(13)}-${r.chars(24, ALNUM)}`);
    return ent(
      'SLACK_TOKEN',
      `xoxp-${r.digits(11)}-${r.digits(11)}-${r.digits(13)}-${r.chars(32, HEX)}`,
    );
  }

  pem(): EntP {
    const r = this.r;
    const [label, head] = r.pick([
      ['RSA PRIVATE KEY', 'MIIEowIBAAKCAQEA'],
      ['PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ'],
      ['EC PRIVATE KEY', 'MHcCAQEEI'],
      [
        'OPENSSH PRIVATE KEY',
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
      ],
    ] as const);
    const n = label === 'EC PRIVATE KEY' ? 2 : r.int(4, 9);
    const body: string[] = [];
    let first = head + r.chars(64 - head.length, B64);
    if (first.length > 64) first = first.slice(0, 64);
    body.push(first);
    for (let i = 1; i < n; i++) body.push(r.chars(64, B64));
    body.push(r.chars(r.int(8, 60), B64) + r.pick(['', '=', '==']));
    return ent(
      'PRIVATE_KEY',
      `-----BEGIN ${label}-----\n${body.join('\n')}\n-----END ${label}-----`,
    );
  }

  jwt(sub?: string): EntP {
    const r = this.r;
    const rs = r.chance(0.35);
    const header = rs
      ? { alg: 'RS256', typ: 'JWT', kid: r.chars(8, HEX) }
      : { alg: 'HS256', typ: 'JWT' };
    const iat = r.int(1704067200, 1767225599);
    const payload = {
      sub: sub ?? `usr_${r.chars(10, LOWER + DIGITS)}`,
      iat,
      exp: iat + r.pick([900, 3600, 86400]),
      scope: r.pick(['read:claims', 'billing.write', 'hr:payroll', 'crm.api', 'tickets']),
    };
    let sig = r.chars(rs ? 341 : 42, B64URL) + r.chars(1, ALNUM);
    sig = r.chars(1, ALNUM) + sig.slice(1);
    return ent(
      'JWT',
      `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${sig}`,
    );
  }

  /** Credential values: API keys, hex secrets, human passwords. */
  secret(kind?: 'api' | 'hex' | 'human' | 'temp' | 'stripe'): EntP {
    const r = this.r;
    const k = kind ?? r.pick(['api', 'hex', 'human', 'temp', 'stripe'] as const);
    let v: string;
    switch (k) {
      case 'api':
        v = r.chars(r.int(32, 44), ALNUM);
        break;
      case 'hex':
        v = r.chars(r.pick([32, 40, 48]), HEX);
        break;
      case 'stripe':
        v = `${r.pick(['sk_live_', 'rk_live_', 'sk_test_'])}${r.chars(r.int(24, 34), ALNUM)}`;
        break;
      case 'human': {
        const w = r.pick([
          'Sommer',
          'Winter',
          'Kiel',
          'Bayern',
          'Soleil',
          'Paris',
          'Verano',
          'Tigre',
          'Falcon',
          'Sunshine',
          'Blau',
          'Chocolat',
          'Madrid',
          'Hund',
          'Rosa',
          'Azul',
          'Garfield',
          'Bretagne',
          'Dragon',
        ]);
        const w2 = r.pick([
          'haus',
          'Ost',
          'mer',
          'Luna',
          'x',
          'Kat',
          'mar',
          'Nord',
          'Q',
          'zz',
          'Fuchs',
          'Sol',
        ]);
        v = `${w}${r.pick(['', '!', '#', '.', '_', '-', '$', '*'])}${r.int(10, 2025)}${w2}`;
        break;
      }
      case 'temp':
        v = `${r.chars(1, UPPER)}${r.chars(3, LOWER + DIGITS)}${r.pick(['-', '!', '$', '%', '#'])}${r.chars(4, ALNUM)}${r.pick(['', '-', '?'])}${r.chars(3, ALNUM)}`;
        break;
    }
    return ent('GENERIC_SECRET', v);
  }
}

const AT_ZIP: Record<string, number> = {
  Graz: 8010,
  Linz: 4020,
  Salzburg: 5020,
  Innsbruck: 6020,
  Klagenfurt: 9020,
  'St. P\u00f6lten': 3100,
  Wels: 4600,
  Dornbirn: 6850,
  Villach: 9500,
};

// ---------------------------------------------------------------------------------------------
// Layout helpers: forms, tables, mail headers, greetings and signatures.

type Row = readonly [string, Piece];
type FieldStyle = 'colon' | 'pad' | 'dots' | 'md' | 'json' | 'yaml' | 'kv' | 'caps';

function keyOf(label: string): string {
  return stripAccents(label)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

function fields(c: Ctx, rows: readonly (Row | null | false)[], style?: FieldStyle): Piece[] {
  const rs = rows.filter(
    (r): r is Row => !!r && r[1] !== null && r[1] !== false && r[1] !== undefined,
  );
  const st =
    style ??
    c.r.weighted<FieldStyle>([
      ['colon', 5],
      ['pad', 3],
      ['dots', 1],
      ['md', 1],
      ['json', 1],
      ['yaml', 1],
      ['kv', 0.5],
      ['caps', 1],
    ]);
  const sp = c.lang === 'fr' ? ' : ' : ': ';
  const w = Math.max(...rs.map(([l]) => l.length));
  const out: Piece[] = [];
  switch (st) {
    case 'colon':
      rs.forEach(([l, v]) => out.push(x`${l}${sp}${v}\n`));
      break;
    case 'caps':
      rs.forEach(([l, v]) => out.push(x`${l.toUpperCase()}${sp}${v}\n`));
      break;
    case 'pad':
      rs.forEach(([l, v]) => out.push(x`${(l + ':').padEnd(w + 2)} ${v}\n`));
      break;
    case 'dots':
      rs.forEach(([l, v]) => out.push(x`${l} ${'.'.repeat(w - l.length + 3)} ${v}\n`));
      break;
    case 'md': {
      const h = c.t({
        en: ['Field', 'Item'],
        de: ['Feld', 'Angabe'],
        fr: ['Champ', 'Rubrique'],
        es: ['Campo', 'Dato'],
      });
      const hv = c.t({ en: 'Value', de: 'Wert', fr: 'Valeur', es: 'Valor' });
      out.push(`| ${h} | ${hv} |\n|---|---|\n`);
      rs.forEach(([l, v]) => out.push(x`| ${l} | ${v} |\n`));
      break;
    }
    case 'json': {
      out.push('{\n');
      rs.forEach(([l, v], i) =>
        out.push(x`  "${keyOf(l)}": "${v}"${i < rs.length - 1 ? ',' : ''}\n`),
      );
      out.push('}\n');
      break;
    }
    case 'yaml':
      rs.forEach(([l, v]) => out.push(x`${keyOf(l)}: ${v}\n`));
      break;
    case 'kv':
      rs.forEach(([l, v]) => out.push(x`${keyOf(l)}=${v}\n`));
      break;
  }
  return out;
}

type TableStyle = 'csv' | 'semi' | 'tsv' | 'md' | 'aligned';

function table(
  c: Ctx,
  headers: readonly string[],
  rows: readonly (readonly Piece[])[],
  style?: TableStyle,
): Piece[] {
  const st =
    style ??
    c.r.weighted<TableStyle>([
      ['csv', 3],
      ['semi', c.lang === 'en' ? 0.5 : 2],
      ['tsv', 1],
      ['md', 2],
      ['aligned', 2],
    ]);
  const out: Piece[] = [];
  if (st === 'csv' || st === 'semi' || st === 'tsv') {
    const d = st === 'csv' ? ',' : st === 'semi' ? ';' : '\t';
    const cell = (p: Piece): Piece => (flat(p).includes(d) ? ['"', p, '"'] : p);
    out.push(headers.join(d) + '\n');
    for (const row of rows) out.push(join(row.map(cell), d), '\n');
    return out;
  }
  if (st === 'md') {
    out.push(`| ${headers.join(' | ')} |\n|${headers.map(() => '---').join('|')}|\n`);
    for (const row of rows) out.push('| ', join(row, ' | '), ' |\n');
    return out;
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => flat(r[i]).length)));
  out.push(
    headers
      .map((h, i) => h.padEnd(widths[i]!))
      .join('  ')
      .trimEnd() + '\n',
  );
  out.push(widths.map((w) => '-'.repeat(w)).join('  ') + '\n');
  for (const row of rows) {
    row.forEach((p, i) => {
      out.push(p);
      if (i < row.length - 1) out.push(' '.repeat(widths[i]! - flat(p).length + 2));
    });
    out.push('\n');
  }
  return out;
}

function greet(c: Ctx, p: Person | null, formal = c.chance(0.6)): Piece[] {
  if (!p) {
    return [
      c.t({
        en: [
          'Dear Sir or Madam,',
          'Hello,',
          'To whom it may concern,',
          'Hi team,',
          'Good morning,',
        ],
        de: ['Sehr geehrte Damen und Herren,', 'Guten Tag,', 'Hallo zusammen,', 'Hallo,'],
        fr: ['Madame, Monsieur,', 'Bonjour,', 'Bonjour \u00e0 tous,', 'Madame, Monsieur, bonjour,'],
        es: ['Estimados se\u00f1ores:', 'Buenos d\u00edas:', 'Hola:', 'Buenas tardes:'],
      }),
    ];
  }
  const f = p.gender === 'f';
  if (formal) {
    return c.tr<Piece[]>({
      en: c.pick([
        x`Dear ${p.title('en')} ${p.l()},`,
        x`Dear ${p.full()},`,
        x`Dear ${p.title('en')} ${p.l()}`,
        x`Good morning ${p.title('en')} ${p.l()},`,
      ]),
      de: c.pick([
        x`Sehr geehrte${f ? '' : 'r'} ${p.title('de')} ${p.l()},`,
        x`Guten Tag ${p.title('de')} ${p.l()},`,
        x`Sehr geehrte${f ? '' : 'r'} ${p.title('de')} ${p.full()},`,
      ]),
      fr: c.pick([
        x`${f ? 'Madame' : 'Monsieur'},`,
        x`Bonjour ${f ? 'Madame' : 'Monsieur'} ${p.l()},`,
        x`${f ? 'Ch\u00e8re Madame' : 'Cher Monsieur'} ${p.l()},`,
        x`Bonjour ${p.title('fr')} ${p.l()},`,
      ]),
      es: c.pick([
        x`Estimad${f ? 'a' : 'o'} ${p.title('es')} ${p.l()}:`,
        x`Estimad${f ? 'a' : 'o'} ${p.full()}:`,
        x`Buenos d\u00edas, ${p.title('es')} ${p.l()}:`,
      ]),
    });
  }
  return c.tr<Piece[]>({
    en: c.pick([
      x`Hi ${p.f()},`,
      x`Hello ${p.f()},`,
      x`${p.f()},`,
      x`Hey ${p.f()}`,
      x`Morning ${p.f()},`,
    ]),
    de: c.pick([
      x`Hallo ${p.f()},`,
      x`Liebe${f ? '' : 'r'} ${p.f()},`,
      x`Hi ${p.f()},`,
      x`Servus ${p.f()},`,
      x`Moin ${p.f()},`,
    ]),
    fr: c.pick([
      x`Bonjour ${p.f()},`,
      x`Salut ${p.f()},`,
      x`${f ? 'Ch\u00e8re' : 'Cher'} ${p.f()},`,
      x`Coucou ${p.f()},`,
    ]),
    es: c.pick([
      x`Hola ${p.f()}:`,
      x`Hola, ${p.f()}.`,
      x`Buenas ${p.f()},`,
      x`Querid${f ? 'a' : 'o'} ${p.f()}:`,
    ]),
  });
}

/** Greeting of a company to an unnamed customer. */
function greetCustomer(c: Ctx): string {
  return c.t({
    en: ['Dear customer,', 'Dear valued customer,', 'Hello,'],
    de: ['Liebe Kundin, lieber Kunde,', 'Sehr geehrte Kundin, sehr geehrter Kunde,', 'Guten Tag,'],
    fr: ['Ch\u00e8re cliente, cher client,', 'Madame, Monsieur,', 'Bonjour,'],
    es: ['Estimado/a cliente:', 'Estimado cliente:', 'Hola:'],
  });
}

function closing(c: Ctx, formal = true): string {
  return formal
    ? c.t({
        en: ['Kind regards,', 'Yours sincerely,', 'Best regards,', 'Regards,', 'Yours faithfully,'],
        de: [
          'Mit freundlichen Gr\u00fc\u00dfen',
          'Freundliche Gr\u00fc\u00dfe',
          'Mit besten Gr\u00fc\u00dfen',
          'Hochachtungsvoll',
        ],
        fr: [
          'Cordialement,',
          'Bien cordialement,',
          'Veuillez agr\u00e9er mes salutations distingu\u00e9es.',
          'Bien \u00e0 vous,',
        ],
        es: ['Atentamente,', 'Saludos cordiales,', 'Un cordial saludo,', 'Reciba un saludo,'],
      })
    : c.t({
        en: ['Thanks,', 'Cheers,', 'Best,', 'Thanks!', 'ta'],
        de: [
          'Viele Gr\u00fc\u00dfe',
          'LG',
          'Danke & Gru\u00df',
          'Beste Gr\u00fc\u00dfe',
          'Gru\u00df',
        ],
        fr: ['Merci,', 'Bonne journ\u00e9e,', 'A+', 'Bises,', 'Merci d\u2019avance,'],
        es: ['Gracias,', 'Un saludo,', 'Saludos,', 'Abrazo,', 'Gracias de antemano,'],
      });
}

/** A signature block: name, optional job, company, phone, mail, web, address in varying order. */
function sig(
  c: Ctx,
  p: Person,
  co: Company,
  opts: { phone?: boolean; mail?: boolean; web?: boolean; addr?: boolean } = {},
): Piece[] {
  const telL = c.t({
    en: ['Tel: ', 'T: ', 'Phone: ', 'Direct: ', 'M: ', 'Mob. '],
    de: ['Tel.: ', 'Tel. ', 'T ', 'Mobil: ', 'Fon: '],
    fr: ['T\u00e9l. : ', 'T\u00e9l : ', 'Ligne directe : ', 'Port. : '],
    es: ['Tel.: ', 'Tel\u00e9fono: ', 'M\u00f3vil: ', 'Tlf. '],
  });
  const name = c.r.weighted<() => EntP>([
    [() => p.full(), 6],
    [() => p.init(), p.lang === 'fr' && p.first.startsWith('M') ? 0 : 1],
    [() => p.midInit(), 1.5],
    [() => p.f(), 1],
  ])();
  const parts: Piece[] = [
    c.chance(0.35) ? '-- \n' : '',
    name,
    c.chance(0.6) ? x`\n${c.jobFor(p)}` : null,
    c.chance(0.3) ? x`\n${c.nn('dept')} | ${co.name}` : x`\n${co.name}`,
    (opts.phone ?? c.chance(0.7))
      ? x`\n${telL}${c.phone(c.cc, c.chance(0.6) ? 'land' : 'mobile')}`
      : null,
    (opts.mail ?? c.chance(0.5)) ? x`\n${c.email(p, co.domain)}` : null,
    (opts.web ?? c.chance(0.25)) ? x`\n${ent('URL', `https://www.${co.domain}`)}` : null,
    (opts.addr ?? c.chance(0.2)) ? x`\n${c.addr()}` : null,
  ];
  return parts;
}

function mailHead(c: Ctx, from: Piece, to: Piece, subject: Piece, cc?: Piece): Piece[] {
  const L = c.tr({
    en: ['From', 'To', 'Cc', 'Subject', 'Date', 'Sent'],
    de: ['Von', 'An', 'Cc', 'Betreff', 'Datum', 'Gesendet'],
    fr: ['De', '\u00c0', 'Cc', 'Objet', 'Date', 'Envoy\u00e9'],
    es: ['De', 'Para', 'CC', 'Asunto', 'Fecha', 'Enviado'],
  });
  const sp = c.lang === 'fr' ? ' : ' : ': ';
  return [
    x`${L[0]}${sp}${from}\n`,
    c.chance(0.6)
      ? x`${L[c.chance(0.5) ? 4 : 5]}${sp}${c.chance(0.5) ? c.ts('iso') : c.pdate()}\n`
      : null,
    x`${L[1]}${sp}${to}\n`,
    cc ? x`${L[2]}${sp}${cc}\n` : null,
    x`${L[3]}${sp}${subject}\n`,
  ];
}

/** "Name <mail>" or just the mail. */
function addrOf(c: Ctx, p: Person | null, mail: EntP): Piece[] {
  if (!p || c.chance(0.25)) return [mail];
  return c.pick([x`${p.full()} <${mail}>`, x`"${p.lf()}" <${mail}>`, x`${p.full()} [${mail}]`]);
}

function quoteIntro(c: Ctx, p: Person, mail: EntP): Piece[] {
  const hm = `${pad2(c.int(7, 19))}:${pad2(c.int(0, 59))}`;
  return c.tr<Piece[]>({
    en: c.pick([
      x`On ${c.pdate()} at ${hm}, ${p.full()} <${mail}> wrote:`,
      x`On ${c.pdate()}, ${p.full()} wrote:`,
      x`-----Original Message-----\nFrom: ${p.full()} <${mail}>`,
    ]),
    de: c.pick([
      x`Am ${c.pdate()} um ${hm} schrieb ${p.full()} <${mail}>:`,
      x`${p.full()} <${mail}> schrieb am ${c.pdate()}:`,
      x`-----Urspr\u00fcngliche Nachricht-----\nVon: ${p.full()} <${mail}>`,
    ]),
    fr: c.pick([
      x`Le ${c.pdate()} \u00e0 ${hm}, ${p.full()} <${mail}> a \u00e9crit :`,
      x`Le ${c.pdate()}, ${p.full()} a \u00e9crit :`,
      x`-------- Message d\u2019origine --------\nDe : ${p.full()} <${mail}>`,
    ]),
    es: c.pick([
      x`El ${c.pdate()} a las ${hm}, ${p.full()} (<${mail}>) escribi\u00f3:`,
      x`El ${c.pdate()}, ${p.full()} escribi\u00f3:`,
      x`-----Mensaje original-----\nDe: ${p.full()} <${mail}>`,
    ]),
  });
}

// ---------------------------------------------------------------------------------------------
// Templates. Each returns the text as pieces; `c.L` picks the record's language lazily.

type Tpl = (c: Ctx) => Piece;

const he = (c: Ctx, p: Person): string =>
  c.tr({
    en: p.gender === 'f' ? 'she' : 'he',
    de: p.gender === 'f' ? 'sie' : 'er',
    fr: p.gender === 'f' ? 'elle' : 'il',
    es: p.gender === 'f' ? 'ella' : '\u00e9l',
  });

// -- insurance ----------------------------------------------------------------------------------

const claimEmail: Tpl = (c) => {
  const me = c.person();
  const handler = c.person({ cc: c.cc });
  const ins = c.company('insurer');
  const myMail = c.email(me);
  const insMail = c.email(undefined, ins.domain);
  const car = c.chance(0.45);
  const other = car && c.chance(0.6) ? c.person() : null;
  const garage = c.company('dealer');
  const incident = car
    ? c.t({
        en: [
          'a rear-end collision at a set of lights',
          'a collision in a supermarket car park',
          'a cracked windscreen from a stone on the motorway',
          'damage to my parked car overnight',
        ],
        de: [
          'einen Auffahrunfall an einer Ampel',
          'einen Parkrempler auf dem Parkplatz eines Supermarkts',
          'einen Steinschlag an der Windschutzscheibe auf der Autobahn',
          'eine Besch\u00e4digung meines geparkten Autos \u00fcber Nacht',
        ],
        fr: [
          'un accrochage \u00e0 un feu rouge',
          'un choc sur le parking d\u2019un supermarch\u00e9',
          'un impact sur le pare-brise sur l\u2019autoroute',
          'des d\u00e9g\u00e2ts sur mon v\u00e9hicule stationn\u00e9 pendant la nuit',
        ],
        es: [
          'un alcance en un sem\u00e1foro',
          'un golpe en el aparcamiento de un supermercado',
          'un impacto en el parabrisas en la autopista',
          'da\u00f1os en mi coche aparcado durante la noche',
        ],
      })
    : c.t({
        en: [
          'water damage from a burst pipe in the upstairs bathroom',
          'a break-in at our flat (the back door was forced)',
          'storm damage to the roof and fence',
          'a kitchen fire that damaged the cupboards and ceiling',
        ],
        de: [
          'einen Wasserschaden durch ein geplatztes Rohr im Bad',
          'einen Einbruch in unsere Wohnung (Terrassent\u00fcr aufgehebelt)',
          'einen Sturmschaden an Dach und Zaun',
          'einen K\u00fcchenbrand mit Sch\u00e4den an Schr\u00e4nken und Decke',
        ],
        fr: [
          'un d\u00e9g\u00e2t des eaux d\u00fb \u00e0 une canalisation perc\u00e9e dans la salle de bains',
          'un cambriolage dans notre appartement (porte-fen\u00eatre forc\u00e9e)',
          'des d\u00e9g\u00e2ts de temp\u00eate sur la toiture et la cl\u00f4ture',
          'un d\u00e9but d\u2019incendie dans la cuisine',
        ],
        es: [
          'da\u00f1os por agua por la rotura de una tuber\u00eda en el ba\u00f1o',
          'un robo en nuestro piso (forzaron la puerta de la terraza)',
          'da\u00f1os por temporal en el tejado y la valla',
          'un incendio en la cocina que da\u00f1\u00f3 los muebles y el techo',
        ],
      });
  const policy = c.ord('policy');
  const pay = c.chance(0.6) ? c.iban() : null;
  const cust = c.L<Piece[]>({
    en: () =>
      lines(
        greet(c, c.chance(0.5) ? handler : null, true),
        '',
        x`I am writing to report ${incident} on ${c.pdate()}. My policy number is ${policy}.`,
        c.chance(0.45) && x`Policyholder: ${c.anyName(me)}, ${c.dobPhrase(me)}.`,
        c.cc === 'US' && c.chance(0.5) && x`The claim form asked for my SSN: ${c.ssn()}.`,
        !car && c.chance(0.6) && x`The property is ${c.addr()}.`,
        other &&
          x`The other driver, ${other.full()}, gave me ${other.gender === 'f' ? 'her' : 'his'} number (${c.phone()}) and is insured with ${c.company('insurer').name}.`,
        c.chance(0.5) && x`The estimate from ${garage.name} comes to ${c.price(300, 6000)}.`,
        pay && x`Please pay any settlement into my account ${pay}.`,
        c.chance(0.4) && x`Photos are uploaded here: ${c.url(ins.domain, 'portal')}`,
        x`You can reach me on ${c.phone(c.cc, 'mobile')}${c.chance(0.5) ? x` or at ${c.email(me)}` : ''}.`,
        '',
        closing(c),
        c.pick([me.full(), me.f(), me.mid(), me.init()]),
      ),
    de: () =>
      lines(
        greet(c, c.chance(0.5) ? handler : null, true),
        '',
        x`hiermit melde ich ${incident} vom ${c.pdate()}. Meine Versicherungsnummer lautet ${policy}.`,
        c.chance(0.45) &&
          x`Versicherungsnehmer${me.gender === 'f' ? 'in' : ''}: ${c.anyName(me)}, ${c.dobPhrase(me)}`,
        !car && c.chance(0.6) && x`Betroffen ist die Wohnung ${c.addr()}.`,
        other &&
          x`Der Unfallgegner, ${other.full()}, hat mir die Nummer ${c.phone()} gegeben; versichert ist ${he(c, other)} bei der ${c.company('insurer').name}.`,
        c.chance(0.5) &&
          x`Der Kostenvoranschlag von ${garage.name} liegt bei ${c.price(300, 6000)}.`,
        pay && x`Eine Entsch\u00e4digung bitte auf mein Konto ${pay} \u00fcberweisen.`,
        c.chance(0.4) && x`Fotos habe ich im Portal hochgeladen: ${c.url(ins.domain, 'portal')}`,
        x`Erreichbar bin ich unter ${c.phone(c.cc, 'mobile')}${c.chance(0.5) ? x` oder per Mail an ${c.email(me)}` : ''}.`,
        '',
        closing(c),
        c.pick([me.full(), me.f(), me.init()]),
      ),
    fr: () =>
      lines(
        greet(c, c.chance(0.5) ? handler : null, true),
        '',
        x`Je vous d\u00e9clare ${incident} survenu le ${c.pdate()}. Mon num\u00e9ro de contrat est ${policy}.`,
        c.chance(0.45) &&
          x`Assur\u00e9${me.gender === 'f' ? 'e' : ''} : ${c.pick([me.capsLast(), me.full()])}, ${c.dobPhrase(me)}`,
        !car && c.chance(0.6) && x`Le logement concern\u00e9 se trouve au ${c.addr()}.`,
        other &&
          x`L\u2019autre conducteur, ${other.full()}, m\u2019a donn\u00e9 son num\u00e9ro (${c.phone()}) ; ${he(c, other)} est assur\u00e9${other.gender === 'f' ? 'e' : ''} chez ${c.company('insurer').name}.`,
        c.chance(0.5) &&
          x`Le devis de ${garage.name} s\u2019\u00e9l\u00e8ve \u00e0 ${c.price(300, 6000)}.`,
        pay && x`Merci de verser l\u2019indemnisation sur mon compte ${pay}.`,
        c.chance(0.4) && x`Les photos sont disponibles ici : ${c.url(ins.domain, 'portal')}`,
        x`Vous pouvez me joindre au ${c.phone(c.cc, 'mobile')}${c.chance(0.5) ? x` ou \u00e0 l\u2019adresse ${c.email(me)}` : ''}.`,
        '',
        closing(c),
        c.pick([me.full(), me.f(), me.capsLast()]),
      ),
    es: () =>
      lines(
        greet(c, c.chance(0.5) ? handler : null, true),
        '',
        x`Les escribo para comunicar ${incident} ocurrido el ${c.pdate()}. Mi n\u00famero de p\u00f3liza es ${policy}.`,
        c.chance(0.45) && x`Tomador: ${c.anyName(me)}, ${c.dobPhrase(me)}.`,
        !car && c.chance(0.6) && x`La vivienda afectada est\u00e1 en ${c.addr()}.`,
        other &&
          x`El otro conductor, ${other.full()}, me dio su tel\u00e9fono (${c.phone()}) y est\u00e1 asegurado con ${c.company('insurer').name}.`,
        c.chance(0.5) && x`El presupuesto de ${garage.name} asciende a ${c.price(300, 6000)}.`,
        pay && x`Les ruego abonen la indemnizaci\u00f3n en mi cuenta ${pay}.`,
        c.chance(0.4) && x`He subido las fotos aqu\u00ed: ${c.url(ins.domain, 'portal')}`,
        x`Pueden localizarme en el ${c.phone(c.cc, 'mobile')}${c.chance(0.5) ? x` o en ${c.email(me)}` : ''}.`,
        '',
        closing(c),
        c.pick([me.full(), me.f(), me.full()]),
      ),
  });
  const head = c.chance(0.5)
    ? mailHead(
        c,
        addrOf(c, me, myMail),
        insMail,
        x`${c.t({ en: 'New claim', de: 'Schadenmeldung', fr: 'D\u00e9claration de sinistre', es: 'Parte de siniestro' })}${c.chance(0.5) ? x` \u2013 ${policy}` : ''}`,
      )
    : null;
  if (!c.chance(0.4)) return [head, head ? '\n' : '', cust];
  const claim = c.ord('claim');
  const reply = c.L<Piece[]>({
    en: () =>
      lines(
        greet(c, me, true),
        '',
        x`Thank you for your message. Your claim is registered under ${claim}.`,
        x`${c.pick([handler.f(), handler.full()])} from our ${c.nn('dept')} team will call you within two working days${c.chance(0.5) ? x` on ${c.phone(c.cc, 'mobile')}` : ''}.`,
        'Please keep any damaged items until our assessor has seen them.',
        '',
        closing(c),
        sig(c, handler, ins),
      ),
    de: () =>
      lines(
        greet(c, me, true),
        '',
        x`vielen Dank f\u00fcr Ihre Nachricht. Ihr Schaden ist unter ${claim} erfasst.`,
        x`${c.pick([handler.full(), [handler.title('de'), ' ', handler.l()]])} aus der ${c.nn('dept')} meldet sich innerhalb von zwei Werktagen bei Ihnen.`,
        'Bitte bewahren Sie besch\u00e4digte Gegenst\u00e4nde bis zur Besichtigung auf.',
        '',
        closing(c),
        sig(c, handler, ins),
      ),
    fr: () =>
      lines(
        greet(c, me, true),
        '',
        x`Nous avons bien re\u00e7u votre d\u00e9claration, enregistr\u00e9e sous la r\u00e9f\u00e9rence ${claim}.`,
        x`${c.pick([handler.full(), [handler.title('fr'), ' ', handler.l()]])} du ${c.nn('dept')} vous contactera sous 48 heures.`,
        'Merci de conserver les biens endommag\u00e9s jusqu\u2019au passage de l\u2019expert.',
        '',
        closing(c),
        sig(c, handler, ins),
      ),
    es: () =>
      lines(
        greet(c, me, true),
        '',
        x`Hemos registrado su parte con la referencia ${claim}.`,
        x`${c.pick([handler.full(), [handler.title('es'), ' ', handler.l()]])}, del ${c.nn('dept')}, le llamar\u00e1 en un plazo de dos d\u00edas h\u00e1biles.`,
        'Le rogamos que conserve los objetos da\u00f1ados hasta la visita del perito.',
        '',
        closing(c),
        sig(c, handler, ins),
      ),
  });
  return [
    mailHead(
      c,
      addrOf(c, handler, c.email(handler, ins.domain)),
      myMail,
      x`${c.t({ en: 'RE: ', de: 'AW: ', fr: 'RE : ', es: 'RE: ' })}${c.t({ en: 'Your claim', de: 'Ihre Schadenmeldung', fr: 'Votre d\u00e9claration', es: 'Su parte' })}`,
    ),
    '\n',
    reply,
    '\n\n',
    quoteIntro(c, me, myMail),
    '\n',
    prefixLines(cust, '> '),
  ];
};

const policyLetter: Tpl = (c) => {
  const p = c.person();
  const co = c.person({ cc: c.cc, invented: c.chance(0.25) });
  const ins = c.company('insurer');
  const agent = c.person({ cc: c.cc });
  const kind = c.t({
    en: ['home contents', 'motor', 'private liability', 'buildings', 'travel'],
    de: ['Hausrat', 'Kfz-Haftpflicht', 'Privathaftpflicht', 'Wohngeb\u00e4ude', 'Rechtsschutz'],
    fr: [
      'multirisque habitation',
      'automobile',
      'responsabilit\u00e9 civile',
      'protection juridique',
      'assurance emprunteur',
    ],
    es: ['hogar', 'autom\u00f3vil', 'responsabilidad civil', 'decesos', 'salud'],
  });
  const addrLine = c.addr();
  const debit = c.chance(0.55);
  const second = c.chance(0.35);
  return c.L<Piece[]>({
    en: () =>
      lines(
        ins.name,
        c.chance(0.5) && x`${c.nn('dept')} \u00b7 ${c.phone(c.cc, 'land')}`,
        '',
        c.pick([x`${p.full()}`, x`${p.title('en')} ${p.l()}`, x`${p.caps()}`]),
        addrLine,
        '',
        x`${c.pdate()}`,
        x`Policy ${c.ord('policy')} \u2013 ${kind} insurance renewal`,
        '',
        greet(c, p, true),
        '',
        x`Your ${kind} policy renews on ${c.pdate()}. The annual premium will be ${c.price(90, 1800)} (last year: ${c.price(90, 1800)}).`,
        x`Insured persons: ${c.anyName(p)} (${c.dobPhrase(p)})${second ? x` and ${co.full()} (${c.dobPhrase(co)})` : ''}.`,
        debit
          ? x`We will collect the premium by Direct Debit from ${c.iban()} in ${c.int(1, 12) === 1 ? 'one payment' : 'twelve monthly instalments'}.`
          : x`Please pay by bank transfer quoting ${c.ord('customer')}.`,
        c.chance(0.5) && x`Your documents are available at ${c.url(ins.domain, 'portal')}.`,
        'If any of your details have changed, please let us know.',
        '',
        closing(c),
        x`${agent.full()}, ${c.jobFor(agent)}`,
      ),
    de: () =>
      lines(
        x`${ins.name} \u00b7 ${c.addr()}`,
        '',
        c.pick([x`${p.title('de')} ${p.full()}`, x`${p.full()}`, x`${p.title('de')} ${p.l()}`]),
        addrLine,
        '',
        x`${c.pick(['Kassel', 'M\u00fcnchen', 'Wien', 'Z\u00fcrich', 'Hamburg'])}, ${c.pdate()}`,
        '',
        x`Ihr Vertrag ${c.ord('policy')} \u2013 ${kind}: Beitragsanpassung`,
        '',
        greet(c, p, true),
        '',
        x`zum ${c.pdate()} passen wir den Beitrag Ihrer ${kind}-Versicherung an. Der neue Jahresbeitrag betr\u00e4gt ${c.price(90, 1800)}.`,
        x`Versicherte Person${second ? 'en' : ''}: ${c.anyName(p)}, ${c.dobPhrase(p)}${second ? x`; ${co.full()}, ${c.dobPhrase(co)}` : ''}`,
        debit
          ? x`Der Beitrag wird wie bisher per SEPA-Lastschrift von Ihrem Konto ${c.iban()} eingezogen (Mandatsreferenz ${c.ord('contract')}).`
          : x`Bitte \u00fcberweisen Sie den Betrag unter Angabe der Kundennummer ${c.ord('customer')}.`,
        c.chance(0.5) &&
          x`Ihre Unterlagen finden Sie jederzeit unter ${c.url(ins.domain, 'portal')}.`,
        'Ihr Sonderk\u00fcndigungsrecht besteht bis einen Monat nach Zugang dieses Schreibens.',
        '',
        closing(c),
        x`${agent.full()}`,
        x`${c.jobFor(agent)}`,
      ),
    fr: () =>
      lines(
        ins.name,
        '',
        c.pick([
          x`${p.title('fr')} ${p.capsLast()}`,
          x`${p.title('fr', false)} ${p.full()}`,
          x`${p.caps()}`,
        ]),
        addrLine,
        '',
        x`Le ${c.pdate()}`,
        x`Objet : avis d\u2019\u00e9ch\u00e9ance \u2013 contrat ${kind} n\u00b0 ${c.ord('policy')}`,
        '',
        greet(c, p, true),
        '',
        x`Votre contrat ${kind} sera reconduit le ${c.pdate()}. La cotisation annuelle s\u2019\u00e9l\u00e8ve \u00e0 ${c.price(90, 1800)}.`,
        x`Assur\u00e9${second ? 's' : p.gender === 'f' ? 'e' : ''} : ${c.anyName(p)}, ${c.dobPhrase(p)}${second ? x` ; ${co.full()}, ${c.dobPhrase(co)}` : ''}.`,
        debit
          ? x`Le pr\u00e9l\u00e8vement sera effectu\u00e9 sur le compte ${c.iban()} (RUM ${c.ord('contract')}).`
          : x`Merci de r\u00e9gler par virement en rappelant la r\u00e9f\u00e9rence ${c.ord('customer')}.`,
        c.chance(0.5) && x`Retrouvez vos documents sur ${c.url(ins.domain, 'portal')}.`,
        '',
        closing(c),
        x`${agent.full()}, ${c.jobFor(agent)}`,
      ),
    es: () =>
      lines(
        ins.name,
        '',
        c.pick([x`${p.title('es')} ${p.full()}`, x`${p.full()}`, x`${p.caps()}`]),
        addrLine,
        '',
        x`${c.pdate()}`,
        x`Asunto: renovaci\u00f3n de su p\u00f3liza de ${kind} ${c.ord('policy')}`,
        '',
        greet(c, p, true),
        '',
        x`Le informamos de que su p\u00f3liza de ${kind} se renovar\u00e1 el ${c.pdate()} con una prima anual de ${c.price(90, 1800)}.`,
        x`Asegurad${p.gender === 'f' ? 'a' : 'o'}: ${c.anyName(p)}, ${c.dobPhrase(p)}${second ? x`; c\u00f3nyuge: ${co.full()}, ${c.dobPhrase(co)}` : ''}.`,
        debit
          ? x`El recibo se cargar\u00e1 en la cuenta ${c.iban()}.`
          : x`Puede abonar el importe por transferencia indicando la referencia ${c.ord('customer')}.`,
        c.chance(0.5) && x`Consulte su documentaci\u00f3n en ${c.url(ins.domain, 'portal')}.`,
        '',
        closing(c),
        x`${agent.full()}`,
        x`${c.jobFor(agent)} \u2013 ${ins.name}`,
      ),
  });
};

// -- banking ------------------------------------------------------------------------------------

const cardDispute: Tpl = (c) => {
  const p = c.person();
  const bank = c.company('bank');
  const merch = c.company('merchant');
  const agent = c.person({ cc: c.cc });
  const card = c.card();
  const amount = c.price(15, 2400);
  const reasonEn = c.pick([
    'I was charged twice for the same purchase.',
    'I never received the goods.',
    'I did not make or authorise this transaction.',
    'The subscription was cancelled but I was still billed.',
    'The refund promised by the merchant never arrived.',
  ]);
  const reasonDe = c.pick([
    'Der Betrag wurde doppelt abgebucht.',
    'Die Ware ist nie angekommen.',
    'Ich habe diese Zahlung nicht veranlasst.',
    'Das Abo war gek\u00fcndigt, trotzdem wurde abgebucht.',
    'Die zugesagte Gutschrift des H\u00e4ndlers kam nie.',
  ]);
  const reasonFr = c.pick([
    'Le montant a \u00e9t\u00e9 d\u00e9bit\u00e9 deux fois.',
    'Je n\u2019ai jamais re\u00e7u la marchandise.',
    'Je n\u2019ai pas effectu\u00e9 cette op\u00e9ration.',
    'L\u2019abonnement \u00e9tait r\u00e9sili\u00e9 mais j\u2019ai \u00e9t\u00e9 pr\u00e9lev\u00e9.',
    'Le remboursement promis n\u2019est jamais arriv\u00e9.',
  ]);
  const reasonEs = c.pick([
    'Me cobraron dos veces la misma compra.',
    'Nunca recib\u00ed el pedido.',
    'No reconozco este cargo.',
    'Di de baja la suscripci\u00f3n y me siguen cobrando.',
    'El comercio prometi\u00f3 un reembolso que nunca lleg\u00f3.',
  ]);
  const lbl = c.tr({
    en: [
      'Cardholder',
      'Card number',
      'Transaction date',
      'Merchant',
      'Amount',
      'Phone',
      'Email',
      'Reason',
      'Date of birth',
      'Reference',
    ],
    de: [
      'Karteninhaber',
      'Kartennummer',
      'Buchungsdatum',
      'H\u00e4ndler',
      'Betrag',
      'Telefon',
      'E-Mail',
      'Grund',
      'Geburtsdatum',
      'Referenz',
    ],
    fr: [
      'Titulaire de la carte',
      'Num\u00e9ro de carte',
      'Date de l\u2019op\u00e9ration',
      'Commer\u00e7ant',
      'Montant',
      'T\u00e9l\u00e9phone',
      'Courriel',
      'Motif',
      'Date de naissance',
      'R\u00e9f\u00e9rence',
    ],
    es: [
      'Titular',
      'N\u00famero de tarjeta',
      'Fecha de la operaci\u00f3n',
      'Comercio',
      'Importe',
      'Tel\u00e9fono',
      'Correo',
      'Motivo',
      'Fecha de nacimiento',
      'Referencia',
    ],
  });
  const reason = c.tr({ en: reasonEn, de: reasonDe, fr: reasonFr, es: reasonEs });
  const form = fields(c, [
    [lbl[0]!, c.pick([p.full(), p.caps(), p.lf(), p.capsLast(), p.midInit()])],
    [lbl[1]!, card],
    c.chance(0.4) && [lbl[8]!, c.dob()],
    c.cc === 'US' && c.chance(0.45) && ['SSN', c.ssn()],
    [lbl[2]!, c.pdateNum()],
    [lbl[3]!, merch.name],
    [lbl[4]!, amount],
    [lbl[5]!, c.phone()],
    c.chance(0.6) && [lbl[6]!, c.email(p)],
    c.chance(0.5) && [lbl[9]!, c.chance(0.5) ? c.cardFake() : c.ord('case')],
    [lbl[7]!, reason],
  ]);
  const title = c.t({
    en: ['CARD DISPUTE FORM', 'Chargeback request', 'Disputed transaction'],
    de: ['Reklamation Kartenzahlung', 'Widerspruch Kartenumsatz', 'REKLAMATIONSFORMULAR'],
    fr: [
      'Contestation d\u2019op\u00e9ration carte',
      'FORMULAIRE DE R\u00c9CLAMATION',
      'Demande de r\u00e9trofacturation',
    ],
    es: [
      'Reclamaci\u00f3n de cargo con tarjeta',
      'SOLICITUD DE CONTRACARGO',
      'Disputa de movimiento',
    ],
  });
  const note = c.L<Piece>({
    en: () =>
      x`Agent note (${agent.init()}): customer called from ${c.phone()}; card blocked and reissued, new card to ${c.addr()}. ${c.pick([x`${neg('not_name', 'Will')} call back`, x`${neg('not_name', 'Grant')} provisional credit`])} within 10 days.`,
    de: () =>
      x`Vermerk ${agent.init()}: Kundin/Kunde hat angerufen, Karte gesperrt, Ersatzkarte geht an ${c.addr()}. R\u00fcckruf unter ${c.phone()}.`,
    fr: () =>
      x`Note de ${agent.full()} : carte mise en opposition le ${c.pdate()}, nouvelle carte envoy\u00e9e au ${c.addr()}.`,
    es: () =>
      x`Nota de ${agent.f()}: tarjeta bloqueada el ${c.pdate()}; la nueva se env\u00eda a ${c.addr()}. Devolver llamada al ${c.phone()}.`,
  });
  return lines(
    x`${title} \u2013 ${bank.name}`,
    '',
    form,
    c.chance(0.6) && note,
    c.chance(0.3) &&
      c.t({
        en: 'Signed electronically.',
        de: 'Elektronisch unterschrieben.',
        fr: 'Sign\u00e9 \u00e9lectroniquement.',
        es: 'Firmado electr\u00f3nicamente.',
      }),
  );
};

const transferRecall: Tpl = (c) => {
  const clerk = c.person({ cc: c.cc });
  const cust = c.person();
  const payee = c.person({ cc: c.chance(0.3) ? c.pick(FOREIGN[c.lang]) : c.cc });
  const bank = c.company('bank');
  const from = c.iban();
  const wrong = c.iban();
  const right = c.chance(0.6) ? c.iban() : null;
  const amt = c.price(40, 9000);
  const ref = c.ord('case');
  const custMail = c.email(cust);
  const first = c.L<Piece[]>({
    en: () =>
      lines(
        greet(c, null),
        '',
        x`On ${c.pdate()} I sent ${amt} from my account ${from} to ${wrong} \u2013 one digit was wrong${right ? x`, the correct IBAN is ${right}` : ''}.`,
        x`The payment was meant for ${payee.full()}. Can you recall it?`,
        c.chance(0.5) && x`My phone: ${c.phone()}`,
        '',
        closing(c, false),
        cust.f(),
      ),
    de: () =>
      lines(
        greet(c, null),
        '',
        x`am ${c.pdate()} habe ich ${amt} von meinem Konto ${from} an ${wrong} \u00fcberwiesen \u2013 ein Zahlendreher${right ? x`, richtig w\u00e4re ${right}` : ''}.`,
        x`Empf\u00e4nger sollte ${payee.full()} sein. K\u00f6nnen Sie die \u00dcberweisung zur\u00fcckrufen?`,
        c.chance(0.5) && x`Tel. ${c.phone()}`,
        '',
        closing(c, false),
        cust.f(),
      ),
    fr: () =>
      lines(
        greet(c, null),
        '',
        x`Le ${c.pdate()}, j\u2019ai vir\u00e9 ${amt} de mon compte ${from} vers ${wrong} par erreur${right ? x` ; le bon IBAN est ${right}` : ''}.`,
        x`Le b\u00e9n\u00e9ficiaire devait \u00eatre ${payee.full()}. Pouvez-vous rappeler les fonds ?`,
        c.chance(0.5) && x`Mon portable : ${c.phone()}`,
        '',
        closing(c, false),
        cust.f(),
      ),
    es: () =>
      lines(
        greet(c, null),
        '',
        x`El ${c.pdate()} transfer\u00ed ${amt} desde mi cuenta ${from} a ${wrong} por error${right ? x`; la cuenta correcta es ${right}` : ''}.`,
        x`El beneficiario era ${payee.full()}. \u00bfPueden solicitar la devoluci\u00f3n?`,
        c.chance(0.5) && x`Mi m\u00f3vil: ${c.phone()}`,
        '',
        closing(c, false),
        cust.f(),
      ),
  });
  const reply = c.L<Piece[]>({
    en: () =>
      lines(
        greet(c, cust, c.chance(0.7)),
        '',
        x`We have sent a recall request (ref. ${ref}) to the receiving bank. They have up to 15 business days to respond; if the payee does not consent we cannot force the return.`,
        c.chance(0.4) && x`The fee for the recall is ${c.price(10, 35)}.`,
        '',
        closing(c),
        sig(c, clerk, bank, { mail: false }),
      ),
    de: () =>
      lines(
        greet(c, cust, c.chance(0.7)),
        '',
        x`wir haben den R\u00fcckruf (Vorgang ${ref}) an die Empf\u00e4ngerbank geschickt. Ohne Zustimmung des Empf\u00e4ngers ist eine R\u00fcckbuchung leider nicht m\u00f6glich.`,
        c.chance(0.4) && x`F\u00fcr den R\u00fcckruf berechnen wir ${c.price(10, 35)}.`,
        '',
        closing(c),
        sig(c, clerk, bank, { mail: false }),
      ),
    fr: () =>
      lines(
        greet(c, cust, c.chance(0.7)),
        '',
        x`Nous avons transmis une demande de retour de fonds (dossier ${ref}) \u00e0 la banque du b\u00e9n\u00e9ficiaire. Sans son accord, nous ne pouvons pas forcer le remboursement.`,
        c.chance(0.4) && x`Frais de traitement : ${c.price(10, 35)}.`,
        '',
        closing(c),
        sig(c, clerk, bank, { mail: false }),
      ),
    es: () =>
      lines(
        greet(c, cust, c.chance(0.7)),
        '',
        x`Hemos enviado la solicitud de retrocesi\u00f3n (expediente ${ref}) al banco del beneficiario. Sin su consentimiento no podemos forzar la devoluci\u00f3n.`,
        c.chance(0.4) && x`La comisi\u00f3n es de ${c.price(10, 35)}.`,
        '',
        closing(c),
        sig(c, clerk, bank, { mail: false }),
      ),
  });
  const subj = c.t({
    en: 'Wrong transfer',
    de: 'Fehl\u00fcberweisung',
    fr: 'Virement erron\u00e9',
    es: 'Transferencia err\u00f3nea',
  });
  if (c.chance(0.35))
    return [
      mailHead(c, addrOf(c, cust, custMail), c.email(undefined, bank.domain), subj),
      '\n',
      first,
    ];
  return [
    mailHead(
      c,
      addrOf(c, clerk, c.email(clerk, bank.domain)),
      custMail,
      x`${c.t({ en: 'RE: ', de: 'AW: ', fr: 'RE : ', es: 'RE: ' })}${subj}`,
    ),
    '\n',
    reply,
    '\n\n',
    quoteIntro(c, cust, custMail),
    '\n',
    prefixLines(first, '> '),
  ];
};

// -- telecom and utilities ------------------------------------------------------------------------

const portingForm: Tpl = (c) => {
  const p = c.person();
  const oldCo = c.company('telco');
  const newCo = c.company('telco');
  const agent = c.person({ cc: c.cc });
  const n = c.pick([1, 1, 1, 2, 3]);
  const nums: Piece[] = [];
  for (let i = 0; i < n; i++) nums.push(c.phone(c.cc, 'mobile'));
  const L = c.tr({
    en: [
      'Account holder',
      'Date of birth',
      'Billing address',
      'Number(s) to port',
      'Losing provider',
      'Account number with losing provider',
      'Requested port date',
      'Contact email',
      'PAC / transfer code',
      'Alternative contact number',
    ],
    de: [
      'Anschlussinhaber',
      'Geburtsdatum',
      'Anschrift',
      'Zu portierende Rufnummer(n)',
      'Abgebender Anbieter',
      'Kundennummer beim bisherigen Anbieter',
      'Wunschtermin',
      'E-Mail',
      'Vertragsnummer',
      'Erreichbar unter',
    ],
    fr: [
      'Titulaire de la ligne',
      'Date de naissance',
      'Adresse de facturation',
      'Num\u00e9ro(s) \u00e0 porter',
      'Op\u00e9rateur actuel',
      'R\u00e9f\u00e9rence client actuelle',
      'Date de portabilit\u00e9 souhait\u00e9e',
      'Courriel',
      'Code RIO',
      'Autre num\u00e9ro',
    ],
    es: [
      'Titular de la l\u00ednea',
      'Fecha de nacimiento',
      'Direcci\u00f3n',
      'N\u00famero(s) a portar',
      'Operador donante',
      'N.\u00ba de cliente en el operador donante',
      'Fecha deseada',
      'Correo electr\u00f3nico',
      'C\u00f3digo de contrato',
      'Tel\u00e9fono alternativo',
    ],
  });
  const code = c.L<NegP>({
    en: () => neg('order_no', `${c.r.chars(3, UPPER)}${c.r.digits(6)}`),
    de: () => c.ord('contract'),
    fr: () => neg('order_no', `${c.r.digits(2)}P${c.r.chars(3, UPPER + DIGITS)}${c.r.digits(6)}`),
    es: () => c.ord('contract'),
  });
  const rows: (Row | false)[] = c.shuffleTail(2, [
    [L[0]!, c.pick([p.caps(), p.full(), p.capsLast(), p.lf()])],
    [L[1]!, c.dob()],
    [L[2]!, c.addr()],
    [L[3]!, join(nums, ', ')],
    [L[4]!, oldCo.name],
    [L[5]!, c.ord('customer')],
    c.chance(0.7) && [L[8]!, code],
    [L[6]!, c.pdateNum()],
    c.chance(0.7) && [L[7]!, c.email(p)],
    c.chance(0.35) && [L[9]!, c.phone(c.cc, 'land')],
  ]);
  const title = c.t({
    en: ['NUMBER PORTING REQUEST', 'Port-in request', 'Switching form \u2013 keep my number'],
    de: [
      'Auftrag Rufnummernmitnahme',
      'PORTIERUNGSAUFTRAG',
      'Anbieterwechsel \u2013 Rufnummernmitnahme',
    ],
    fr: [
      'Demande de portabilit\u00e9',
      'MANDAT DE PORTABILIT\u00c9',
      'Changement d\u2019op\u00e9rateur',
    ],
    es: [
      'Solicitud de portabilidad',
      'PORTABILIDAD M\u00d3VIL',
      'Cambio de compa\u00f1\u00eda con conservaci\u00f3n de n\u00famero',
    ],
  });
  const note = c.L<Piece[]>({
    en: () =>
      x`[${c.ts('log')}] ${agent.init()}: port to ${newCo.name} scheduled, customer asked for a text on ${nums[0]} when done. ${c.chance(0.5) ? x`Spoke to ${p.f()} again about the early-termination fee of ${c.price(20, 200)}.` : ''}`,
    de: () =>
      x`[${c.ts('log')}] ${agent.init()}: Portierung zu ${newCo.name} eingeplant. ${c.chance(0.5) ? x`R\u00fcckruf bei ${c.titled(p)} wegen Abl\u00f6sesumme ${c.price(20, 200)}.` : 'Kunde informiert.'}`,
    fr: () =>
      x`[${c.ts('log')}] ${agent.f()} : portage vers ${newCo.name} planifi\u00e9. ${c.chance(0.5) ? x`Rappel\u00e9 ${c.titled(p)} au sujet des frais de r\u00e9siliation (${c.price(20, 200)}).` : 'Client pr\u00e9venu par SMS.'}`,
    es: () =>
      x`[${c.ts('log')}] ${agent.f()}: portabilidad a ${newCo.name} programada. ${c.chance(0.5) ? x`Hablo con ${p.f()} sobre la penalizaci\u00f3n de ${c.price(20, 200)}.` : 'Cliente avisado por SMS.'}`,
  });
  return lines(x`${title} \u2013 ${newCo.name}`, '', fields(c, rows), c.chance(0.55) && note);
};

const meterContract: Tpl = (c) => {
  const p = c.person();
  const u = c.company('utility');
  const meter = c.ord('meter');
  const reading = `${c.int(1000, 99999)}${c.chance(0.5) ? `,${c.int(0, 9)}` : ''}`;
  const mode = c.pick(['reading', 'move', 'tariff'] as const);
  const newTenant = mode === 'move' && c.chance(0.5) ? c.person() : null;
  const mail = c.email(p);
  const body = c.L<Piece[]>({
    en: () =>
      lines(
        greet(c, null),
        '',
        mode === 'reading' &&
          x`Please find my meter reading below. Account ${c.ord('customer')}, meter ${meter}: ${reading} kWh, read on ${c.pdate()}.`,
        mode === 'move' &&
          x`I am moving out of ${c.addr()} on ${c.pdate()}. Final reading on meter ${meter}: ${reading} kWh.${newTenant ? x` The new tenant is ${newTenant.full()} (${c.phone()}).` : ''} Please send the final bill to ${c.addr()}.`,
        mode === 'tariff' &&
          x`I would like to switch account ${c.ord('customer')} to the fixed tariff you advertised at ${c.price(0, 1)} per kWh from ${c.pdate()}.`,
        c.chance(0.5) && x`Any credit can be refunded to ${c.iban()}.`,
        c.chance(0.3) && x`For the new contract: ${c.dobPhrase(p)}.`,
        x`Phone: ${c.phone()}`,
        '',
        closing(c, c.chance(0.5)),
        c.anyName(p),
      ),
    de: () =>
      lines(
        greet(c, null),
        '',
        mode === 'reading' &&
          x`anbei mein Z\u00e4hlerstand: Kundennummer ${c.ord('customer')}, Z\u00e4hlernummer ${meter}, Stand ${reading} kWh, abgelesen am ${c.pdate()}.`,
        mode === 'move' &&
          x`ich ziehe zum ${c.pdate()} aus der Wohnung ${c.addr()} aus. Z\u00e4hlerstand bei Auszug (Z\u00e4hler ${meter}): ${reading} kWh.${newTenant ? x` Nachmieter${newTenant.gender === 'f' ? 'in' : ''}: ${newTenant.full()}, Tel. ${c.phone()}.` : ''} Die Schlussrechnung bitte an ${c.addr()}.`,
        mode === 'tariff' &&
          x`ich m\u00f6chte meinen Vertrag ${c.ord('contract')} ab dem ${c.pdate()} auf den Festpreistarif (Arbeitspreis ${c.price(0, 1)}/kWh) umstellen.`,
        c.chance(0.5) && x`Ein Guthaben bitte auf ${c.iban()} erstatten.`,
        c.chance(0.3) && x`F\u00fcr den Neuvertrag: ${c.dobPhrase(p)}`,
        x`Telefonisch erreichen Sie mich unter ${c.phone()}.`,
        '',
        closing(c, c.chance(0.5)),
        c.anyName(p),
      ),
    fr: () =>
      lines(
        greet(c, null),
        '',
        mode === 'reading' &&
          x`Voici mon relev\u00e9 : r\u00e9f\u00e9rence client ${c.ord('customer')}, compteur ${meter}, index ${reading} kWh relev\u00e9 le ${c.pdate()}.`,
        mode === 'move' &&
          x`Je quitte le logement situ\u00e9 ${c.addr()} le ${c.pdate()}. Index de d\u00e9part (compteur ${meter}) : ${reading} kWh.${newTenant ? x` Le nouvel occupant est ${newTenant.full()}, t\u00e9l. ${c.phone()}.` : ''} Merci d\u2019envoyer la facture de cl\u00f4ture au ${c.addr()}.`,
        mode === 'tariff' &&
          x`Je souhaite passer mon contrat ${c.ord('contract')} en offre \u00e0 prix fixe (${c.price(0, 1)}/kWh) \u00e0 compter du ${c.pdate()}.`,
        c.chance(0.5) && x`En cas de trop-per\u00e7u, merci de rembourser sur ${c.iban()}.`,
        c.chance(0.3) && x`Pour le nouveau contrat : ${c.dobPhrase(p)}.`,
        x`T\u00e9l\u00e9phone : ${c.phone()}`,
        '',
        closing(c, c.chance(0.5)),
        c.pick([p.full(), p.capsLast()]),
      ),
    es: () =>
      lines(
        greet(c, null),
        '',
        mode === 'reading' &&
          x`Les env\u00edo la lectura del contador: cliente ${c.ord('customer')}, contador ${meter}, lectura ${reading} kWh tomada el ${c.pdate()}.`,
        mode === 'move' &&
          x`Dejo la vivienda de ${c.addr()} el ${c.pdate()}. Lectura final del contador ${meter}: ${reading} kWh.${newTenant ? x` El nuevo inquilino es ${newTenant.full()}, tel. ${c.phone()}.` : ''} Env\u00eden la \u00faltima factura a ${c.addr()}.`,
        mode === 'tariff' &&
          x`Quiero cambiar el contrato ${c.ord('contract')} a la tarifa fija (${c.price(0, 1)}/kWh) a partir del ${c.pdate()}.`,
        c.chance(0.5) && x`Si hay saldo a favor, dev\u00e9lvanlo a ${c.iban()}.`,
        c.chance(0.3) && x`Para el nuevo contrato: ${c.dobPhrase(p)}.`,
        x`Tel\u00e9fono de contacto: ${c.phone()}`,
        '',
        closing(c, c.chance(0.5)),
        c.anyName(p),
      ),
  });
  const k = mode === 'reading' ? 0 : mode === 'move' ? 1 : 2;
  const subj = c.tr({
    en: ['Meter reading', 'Moving out', 'Tariff change'],
    de: ['Z\u00e4hlerstand', 'Auszug / Abmeldung', 'Tarifwechsel'],
    fr: [
      'Relev\u00e9 de compteur',
      'R\u00e9siliation d\u00e9m\u00e9nagement',
      'Changement d\u2019offre',
    ],
    es: ['Lectura de contador', 'Baja por mudanza', 'Cambio de tarifa'],
  })[k]!;
  return [
    c.chance(0.6)
      ? [mailHead(c, addrOf(c, p, mail), c.email(undefined, u.domain), subj), '\n']
      : null,
    body,
  ];
};

// -- HR and payroll ------------------------------------------------------------------------------

const sickNote: Tpl = (c) => {
  const me = c.person();
  const mgr = c.person({ cc: c.cc });
  const cover = c.person({ cc: c.cc });
  const doc = c.person({ cc: c.cc });
  const style = c.pick(['mail', 'chat', 'chat', 'hr'] as const);
  if (style === 'chat') {
    const t = c.clock();
    const who = (p: Person): EntP => c.pick([p.full(), p.f(), p.lower()]);
    const msgs = c.L<Piece[]>({
      en: () => [
        x`[${t()}] ${who(me)}: morning ${c.pick([mgr.f(), mgr.lower(true)])}, I'm sick, temp of 39 \u2013 not coming in today`,
        x`[${t()}] ${who(mgr)}: get well soon! do you have a doctor's note?`,
        x`[${t()}] ${who(me)}: seeing ${c.pick(['Dr', 'Dr.'])} ${doc.l()} at 10, will send the fit note to HR`,
        c.chance(0.6) &&
          x`[${t()}] ${who(me)}: ${c.pick([cover.f(), cover.lower(true)])} said ${he(c, cover)} can take my ${c.nn('weekday')} shift`,
        c.chance(0.4) &&
          x`[${t()}] ${who(mgr)}: ok. if anything urgent call me on ${c.phone(c.cc, 'mobile')}`,
      ],
      de: () => [
        x`[${t()}] ${who(me)}: Guten Morgen ${c.pick([mgr.f(), mgr.lower(true)])}, ich bin krank und komme heute nicht`,
        x`[${t()}] ${who(mgr)}: Gute Besserung! Hast du eine AU?`,
        x`[${t()}] ${who(me)}: bin um 10 bei ${c.pick(['Dr.', 'Frau Dr.', 'Herrn Dr.'])} ${doc.l()}, die AU schicke ich an die ${c.nn('dept')}`,
        c.chance(0.6) &&
          x`[${t()}] ${who(me)}: ${c.pick([cover.f(), cover.lower(true)])} \u00fcbernimmt meine Schicht am ${c.nn('weekday')}`,
        c.chance(0.4) && x`[${t()}] ${who(mgr)}: ok, falls was ist: ${c.phone(c.cc, 'mobile')}`,
      ],
      fr: () => [
        x`[${t()}] ${who(me)}: bonjour ${c.pick([mgr.f(), mgr.lower(true)])}, je suis malade, je ne viendrai pas aujourd\u2019hui`,
        x`[${t()}] ${who(mgr)}: bon r\u00e9tablissement ! tu as un arr\u00eat ?`,
        x`[${t()}] ${who(me)}: je vois le ${c.pick(['Dr', 'docteur'])} ${doc.l()} \u00e0 10h, j\u2019envoie l\u2019arr\u00eat aux RH`,
        c.chance(0.6) &&
          x`[${t()}] ${who(me)}: ${c.pick([cover.f(), cover.lower(true)])} peut me remplacer ${c.pick(['lundi', 'mardi', 'vendredi'])}`,
        c.chance(0.4) && x`[${t()}] ${who(mgr)}: ok, si urgence : ${c.phone(c.cc, 'mobile')}`,
      ],
      es: () => [
        x`[${t()}] ${who(me)}: buenos d\u00edas ${c.pick([mgr.f(), mgr.lower(true)])}, estoy con fiebre y hoy no voy`,
        x`[${t()}] ${who(mgr)}: \u00a1que te mejores! \u00bftienes la baja?`,
        x`[${t()}] ${who(me)}: tengo cita con la ${c.pick(['Dra.', 'doctora'])} ${doc.l()} a las 10, mando el parte de baja a RRHH`,
        c.chance(0.6) &&
          x`[${t()}] ${who(me)}: ${c.pick([cover.f(), cover.lower(true)])} me cubre el turno del ${c.pick(['lunes', 'martes', 'viernes'])}`,
        c.chance(0.4) &&
          x`[${t()}] ${who(mgr)}: vale, si hay algo urgente: ${c.phone(c.cc, 'mobile')}`,
      ],
    });
    return lines(...msgs);
  }
  const emp = c.ord('employee');
  const [from, until] = c.pdates2(2024, 2024);
  const body = c.L<Piece[]>({
    en: () =>
      lines(
        greet(c, style === 'hr' ? null : mgr, false),
        '',
        x`I'm unwell and have been signed off by ${c.pick(['Dr', 'Dr.'])} ${doc.full()} from ${from} until ${until}.`,
        x`The fit note is attached. Employee no. ${emp}.`,
        c.chance(0.5) &&
          x`${cover.f()} has agreed to cover my appointments${c.chance(0.5) ? x`; ${he(c, cover)} can be reached on ${c.phone()}` : ''}.`,
        c.chance(0.4) && x`My private number while I'm off: ${c.phone(c.cc, 'mobile')}`,
        '',
        closing(c, false),
        me.f(),
      ),
    de: () =>
      lines(
        greet(c, style === 'hr' ? null : mgr, false),
        '',
        x`ich bin leider krank und von ${c.pick(['Dr.', 'Frau Dr.', 'Herrn Dr.'])} ${doc.l()} vom ${from} bis einschlie\u00dflich ${until} krankgeschrieben.`,
        x`Die AU-Bescheinigung h\u00e4nge ich an (Personalnummer ${emp}).`,
        c.chance(0.5) &&
          x`${cover.f()} \u00fcbernimmt meine Termine${c.chance(0.5) ? x`, erreichbar unter ${c.phone()}` : ''}.`,
        c.chance(0.4) && x`Privat erreichbar: ${c.phone(c.cc, 'mobile')}`,
        '',
        closing(c, false),
        me.f(),
      ),
    fr: () =>
      lines(
        greet(c, style === 'hr' ? null : mgr, false),
        '',
        x`Je suis en arr\u00eat maladie du ${from} au ${until} inclus, prescrit par le ${c.pick(['Dr', 'docteur'])} ${doc.full()}.`,
        x`Vous trouverez l\u2019avis d\u2019arr\u00eat en pi\u00e8ce jointe (matricule ${emp}).`,
        c.chance(0.5) &&
          x`${cover.f()} reprend mes rendez-vous${c.chance(0.5) ? x` ; on peut ${cover.gender === 'f' ? 'la' : 'le'} joindre au ${c.phone()}` : ''}.`,
        c.chance(0.4) && x`Mon portable perso : ${c.phone(c.cc, 'mobile')}`,
        '',
        closing(c, false),
        me.f(),
      ),
    es: () =>
      lines(
        greet(c, style === 'hr' ? null : mgr, false),
        '',
        x`Estoy de baja m\u00e9dica del ${from} al ${until}; me la ha dado la ${c.pick(['Dra.', 'doctora'])} ${doc.full()}.`,
        x`Adjunto el parte de baja (n.\u00ba de empleado ${emp}).`,
        c.chance(0.5) &&
          x`${cover.f()} se encarga de mis citas${c.chance(0.5) ? x`; su tel\u00e9fono es ${c.phone()}` : ''}.`,
        c.chance(0.4) && x`Mi m\u00f3vil personal: ${c.phone(c.cc, 'mobile')}`,
        '',
        closing(c, false),
        me.f(),
      ),
  });
  return body;
};

const payslip: Tpl = (c) => {
  const p = c.person({ cc: c.cc });
  const emp = c.company('employer');
  const month = c.L<NegP>({
    en: () => neg('not_name', c.pick(['April', 'May', 'June', 'August', 'March', 'October'])),
    de: () => neg('not_name', c.pick(['August', 'Mai', 'Juni', 'M\u00e4rz', 'Oktober', 'Juli'])),
    fr: () => neg('not_name', c.pick(['Ao\u00fbt', 'Avril', 'Juin', 'Mai', 'Mars', 'Octobre'])),
    es: () => neg('not_name', c.pick(['Abril', 'Mayo', 'Junio', 'Agosto', 'Marzo', 'Octubre'])),
  });
  const year = String(c.int(2023, 2025));
  const L = c.tr({
    en: [
      'Employee',
      'Employee ID',
      'Date of birth',
      'Address',
      'Pay period',
      'Paid to',
      'SSN',
      'Department',
      'Tax code',
    ],
    de: [
      'Mitarbeiter/in',
      'Personalnummer',
      'Geburtsdatum',
      'Anschrift',
      'Abrechnungsmonat',
      'Auszahlung auf',
      'SV-Nummer',
      'Abteilung',
      'Steuerklasse',
    ],
    fr: [
      'Salari\u00e9',
      'Matricule',
      'Date de naissance',
      'Adresse',
      'P\u00e9riode',
      'Vir\u00e9 sur',
      'N\u00b0 SS',
      'Service',
      'Coefficient',
    ],
    es: [
      'Trabajador/a',
      'N.\u00ba empleado',
      'Fecha de nacimiento',
      'Domicilio',
      'Periodo',
      'Abonado en',
      'NSS',
      'Departamento',
      'Categor\u00eda',
    ],
  });
  const us = c.cc === 'US';
  const head = fields(
    c,
    [
      [L[0]!, c.pick([p.caps(), p.capsLast(), p.full(), p.caps(true)])],
      [L[1]!, c.ord('employee')],
      c.chance(0.6) && [L[2]!, c.dob()],
      c.chance(0.6) && [L[3]!, c.addr()],
      us && c.chance(0.8) && [L[6]!, c.ssn()],
      [L[4]!, x`${month} ${year}`],
      c.chance(0.5) && [L[7]!, c.nn('dept')],
      [L[5]!, c.chance(0.85) ? c.iban() : x`${'****'}${c.r.digits(4)}`],
    ],
    c.pick(['pad', 'colon', 'dots', 'caps'] as const),
  );
  const comp = c.tr({
    en: [
      'Basic salary',
      'Overtime',
      'Shift allowance',
      'Income tax',
      'National Insurance / FICA',
      'Pension',
      'Net pay',
    ],
    de: [
      'Grundgehalt',
      '\u00dcberstunden',
      'Schichtzulage',
      'Lohnsteuer',
      'Sozialversicherung',
      'Betriebsrente',
      'Auszahlungsbetrag',
    ],
    fr: [
      'Salaire de base',
      'Heures suppl\u00e9mentaires',
      'Prime d\u2019\u00e9quipe',
      'Imp\u00f4t pr\u00e9lev\u00e9 \u00e0 la source',
      'Cotisations sociales',
      'Mutuelle',
      'Net \u00e0 payer',
    ],
    es: [
      'Salario base',
      'Horas extra',
      'Plus de turnicidad',
      'Retenci\u00f3n IRPF',
      'Seguridad Social',
      'Plan de pensiones',
      'L\u00edquido a percibir',
    ],
  });
  const rows = comp
    .map((k, i) => [i, k] as const)
    .filter(([i]) => i === 0 || i === comp.length - 1 || c.chance(0.7))
    .map(
      ([i, k]) =>
        [
          k,
          i === 0
            ? c.price(1900, 6800)
            : i === comp.length - 1
              ? c.price(1400, 4600)
              : c.price(15, 900),
        ] as Piece[],
    );
  return lines(
    x`${c.t({ en: 'PAYSLIP', de: 'Entgeltabrechnung', fr: 'BULLETIN DE PAIE', es: 'N\u00d3MINA' })} \u2013 ${emp.name}`,
    c.chance(0.4) && x`${c.addr()}`,
    '',
    head,
    table(
      c,
      c.tr({
        en: ['Item', 'Amount'],
        de: ['Lohnart', 'Betrag'],
        fr: ['Rubrique', 'Montant'],
        es: ['Concepto', 'Importe'],
      }),
      rows,
      c.pick(['aligned', 'md', 'aligned'] as const),
    ),
    c.chance(0.3) &&
      x`${c.t({ en: 'Questions: payroll team, ', de: 'R\u00fcckfragen: Lohnbuchhaltung, ', fr: 'Questions : service paie, ', es: 'Dudas: N\u00f3minas, ' })}${c.email(undefined, emp.domain)}`,
  );
};

const hrRecord: Tpl = (c) => {
  const p = c.person();
  const mgr = c.person({ cc: c.cc });
  const ice = c.chance(0.8) ? c.person({ cc: c.cc }) : c.person();
  const emp = c.company('employer');
  const L = c.tr({
    en: [
      'Full name',
      'Preferred name',
      'Date of birth',
      'Home address',
      'Mobile',
      'Personal email',
      'Bank account (IBAN)',
      'Start date',
      'Position',
      'Department',
      'Line manager',
      'Emergency contact',
      'SSN',
      'Salary',
    ],
    de: [
      'Name, Vorname',
      'Rufname',
      'Geburtsdatum',
      'Wohnanschrift',
      'Mobil',
      'Private E-Mail',
      'IBAN',
      'Eintrittsdatum',
      'Position',
      'Abteilung',
      'Vorgesetzte/r',
      'Notfallkontakt',
      'SSN',
      'Bruttogehalt',
    ],
    fr: [
      'Nom, pr\u00e9nom',
      'Pr\u00e9nom d\u2019usage',
      'Date de naissance',
      'Adresse',
      'Portable',
      'Courriel personnel',
      'IBAN',
      'Date d\u2019entr\u00e9e',
      'Poste',
      'Service',
      'Responsable',
      'Personne \u00e0 pr\u00e9venir',
      'SSN',
      'Salaire brut',
    ],
    es: [
      'Apellidos, nombre',
      'Nombre de pila',
      'Fecha de nacimiento',
      'Domicilio',
      'M\u00f3vil',
      'Correo personal',
      'IBAN',
      'Fecha de alta',
      'Puesto',
      'Departamento',
      'Responsable',
      'Contacto de emergencia',
      'SSN',
      'Salario bruto',
    ],
  });
  const rows: (Row | false)[] = [
    [
      L[0]!,
      c.lang === 'en'
        ? c.pick([p.full(), p.mid(), p.lf(), p.midInit()])
        : c.pick([p.lf(), p.capsLast(), p.caps(true)]),
    ],
    c.chance(0.3) && [L[1]!, p.f()],
    [L[2]!, c.dob()],
    [L[3]!, c.addr()],
    [L[4]!, c.phone(c.cc, 'mobile')],
    c.chance(0.7) && [L[5]!, c.email(p)],
    c.chance(0.75) && [L[6]!, c.iban()],
    c.cc === 'US' && c.chance(0.85) && [L[12]!, c.ssn()],
    [L[7]!, c.pdateNum()],
    [L[8]!, c.jobFor(p)],
    c.chance(0.6) && [L[9]!, c.nn('dept')],
    c.chance(0.7) && [L[10]!, c.pick([mgr.full(), mgr.init()])],
    c.chance(0.6) && [L[11]!, x`${ice.full()}, ${c.phone(c.cc, 'mobile')}`],
    c.chance(0.4) && [L[13]!, c.price(28000, 95000)],
  ];
  const title = c.t({
    en: ['New starter form', 'Employee details \u2013 onboarding', 'PERSONNEL RECORD'],
    de: ['Personalfragebogen', 'Stammdatenblatt Neueinstellung', 'PERSONALBOGEN'],
    fr: ['Fiche d\u2019embauche', 'Dossier du salari\u00e9', 'FICHE DE RENSEIGNEMENTS'],
    es: ['Ficha de alta de empleado', 'Datos del trabajador', 'FICHA DE PERSONAL'],
  });
  const footer = c.L<Piece>({
    en: () =>
      x`Checked by ${c.nn('dept')} on ${c.pdate()}. Contract: permanent, probation six months.`,
    de: () =>
      x`Gepr\u00fcft: ${c.nn('dept')}, ${c.pdate()}. Befristung: keine, Probezeit sechs Monate.`,
    fr: () =>
      x`V\u00e9rifi\u00e9 par ${c.nn('dept')} le ${c.pdate()}. CDI, p\u00e9riode d\u2019essai de quatre mois.`,
    es: () =>
      x`Revisado por ${c.nn('dept')} el ${c.pdate()}. Contrato indefinido, periodo de prueba de seis meses.`,
  });
  return lines(x`${title} \u2013 ${emp.name}`, '', fields(c, rows), c.chance(0.6) && footer);
};

const referenceLetter: Tpl = (c) => {
  const p = c.person();
  const [d1, d2] = c.pdates2(2012, 2025);
  const boss = c.person({ cc: c.cc });
  const emp = c.company('employer');
  const job = c.jobFor(p);
  const city = c.nn('city');
  const he_ = he(c, p);
  const f = p.gender === 'f';
  return c.L<Piece[]>({
    en: () =>
      lines(
        c.pick(['REFERENCE', 'To whom it may concern,', 'Employment reference']),
        '',
        x`${c.pick([p.full(), p.mid()])}, ${c.dobPhrase(p, true)}, was employed by ${emp.name} from ${d1} to ${d2} as ${job} at our ${city} site.`,
        x`${cap(he_)} was responsible for ${c.pick<Piece>(['handling supplier invoices and month-end reconciliations', 'coordinating our fleet of forty vans', 'first-line support for three hundred users', x`settling claims up to ${c.price(1000, 20000)}`])}.`,
        x`${p.f()} was reliable, well organised and popular with colleagues and customers alike. ${c.chance(0.5) ? x`${f ? 'Her' : 'His'} manager, ${boss.full()}, describes ${f ? 'her' : 'him'} as \u201cthe person everyone asks first\u201d.` : ''}`,
        x`${p.f()} leaves at ${f ? 'her' : 'his'} own request and we wish ${f ? 'her' : 'him'} every success.`,
        c.chance(0.5) && x`For further information please call me on ${c.phone()}.`,
        '',
        closing(c),
        c.pick([boss.full(), boss.init()]),
        x`${c.jobFor(boss)}, ${emp.name}`,
      ),
    de: () =>
      lines(
        c.pick(['ARBEITSZEUGNIS', 'Zwischenzeugnis', 'Qualifiziertes Arbeitszeugnis']),
        '',
        x`${p.title('de')} ${c.pick([p.full(), p.mid()])}, ${c.dobPhrase(p, true)} in ${city}, war vom ${d1} bis zum ${d2} in unserem Unternehmen als ${job} besch\u00e4ftigt.`,
        x`Zu ${f ? 'ihren' : 'seinen'} Aufgaben geh\u00f6rten ${c.pick(['die Pr\u00fcfung von Eingangsrechnungen und der Monatsabschluss', 'die Disposition unseres Fuhrparks', 'der First-Level-Support f\u00fcr 300 Anwender', 'die Regulierung von Sachsch\u00e4den'])}.`,
        x`${p.title('de')} ${p.l()} erledigte ${f ? 'ihre' : 'seine'} Aufgaben stets zu unserer vollsten Zufriedenheit. ${f ? 'Ihr' : 'Sein'} Verhalten gegen\u00fcber Vorgesetzten und Kollegen war jederzeit einwandfrei.`,
        x`${f ? 'Sie' : 'Er'} verl\u00e4sst uns auf eigenen Wunsch. Wir bedauern dies und w\u00fcnschen ${f ? 'ihr' : 'ihm'} alles Gute.`,
        '',
        x`${c.nn('city')}, ${c.pdate()}`,
        c.pick([boss.full(), boss.init()]),
        x`${c.jobFor(boss)}`,
      ),
    fr: () =>
      lines(
        c.pick(['CERTIFICAT DE TRAVAIL', 'Attestation d\u2019emploi', 'Lettre de recommandation']),
        '',
        x`Je soussign\u00e9${boss.gender === 'f' ? 'e' : ''}, ${boss.full()}, ${c.jobFor(boss)} chez ${emp.name}, certifie que ${p.title('fr', false)} ${c.pick([p.full(), p.capsLast()])}, ${c.dobPhrase(p, true)} \u00e0 ${city}, a \u00e9t\u00e9 employ\u00e9${f ? 'e' : ''} du ${d1} au ${d2} en qualit\u00e9 de ${job}.`,
        x`${cap(he_)} s\u2019est montr\u00e9${f ? 'e' : ''} rigoureu${f ? 'se' : 'x'} et appr\u00e9ci\u00e9${f ? 'e' : ''} de ses coll\u00e8gues. ${p.f()} nous quitte libre de tout engagement.`,
        c.chance(0.5) && x`Je reste joignable au ${c.phone()} pour tout renseignement.`,
        '',
        x`Fait \u00e0 ${c.nn('city')}, le ${c.pdate()}`,
        c.pick([boss.full(), boss.init()]),
      ),
    es: () =>
      lines(
        c.pick(['CERTIFICADO DE EMPRESA', 'Carta de recomendaci\u00f3n', 'A quien corresponda:']),
        '',
        x`${emp.name} certifica que ${f ? 'la' : 'el'} ${p.title('es', false)} ${c.pick([p.full(), p.caps()])}, ${c.dobPhrase(p, true)}, ha trabajado en nuestra sede de ${city} desde el ${d1} hasta el ${d2} como ${job}.`,
        x`Durante este tiempo ${p.f()} ha demostrado responsabilidad, puntualidad y buen trato con clientes y compa\u00f1eros.`,
        c.chance(0.5) &&
          x`Para m\u00e1s referencias pueden llamarme al ${c.phone()} o escribir a ${c.email(boss, emp.domain)}.`,
        '',
        x`En ${c.nn('city')}, a ${c.pdate()}`,
        c.pick([boss.full(), boss.init()]),
        x`${c.jobFor(boss)}`,
      ),
  });
};

const exitInterview: Tpl = (c) => {
  const p = c.person({ cc: c.cc });
  const hr = c.person({ cc: c.cc });
  const mgr = c.person({ cc: c.cc });
  const peer = c.person({ cc: c.cc });
  const low = c.chance(0.5);
  const nm = (q: Person): EntP => (low ? q.lower(true) : q.f());
  return c.L<Piece[]>({
    en: () =>
      lines(
        x`Exit interview \u2013 ${c.pick([p.full(), p.lf()])} \u2013 last day ${c.pdate()}`,
        x`Interviewer: ${c.pick([hr.full(), hr.init()])}`,
        '',
        x`- reason for leaving: ${c.pick(['better pay elsewhere', 'relocating', 'no progression', 'commute'])}`,
        x`- says ${nm(mgr)} was supportive but workload in ${c.nn('dept')} too high since ${c.nn('month')}`,
        c.chance(0.6) && x`- would come back if ${nm(peer)}'s team had an opening`,
        x`- equipment: laptop ${c.ord('order')} returned, badge returned${c.chance(0.4) ? ', phone still out' : ''}`,
        c.chance(0.6) && x`- forwarding address for P45/W-2: ${c.addr()}`,
        c.chance(0.6) && x`- private email for final payslip: ${c.email(p)}`,
        c.chance(0.4) &&
          x`- ${c.pick([x`${neg('not_name', 'Mark')} AD account for deletion after ${c.pdate()}`, x`${neg('not_name', 'Chase')} handover notes before ${c.pdate()}`])}`,
      ),
    de: () =>
      lines(
        x`Austrittsgespr\u00e4ch ${c.pick([p.full(), p.lf()])} (letzter Arbeitstag ${c.pdate()})`,
        x`Gespr\u00e4ch gef\u00fchrt von: ${c.pick([hr.full(), hr.init()])}`,
        '',
        x`- K\u00fcndigungsgrund: ${c.pick(['besseres Angebot', 'Umzug', 'keine Entwicklungsm\u00f6glichkeit', 'Arbeitsweg'])}`,
        x`- ${nm(mgr)} als F\u00fchrungskraft fair, aber Arbeitslast in der ${c.nn('dept')} seit ${c.nn('month')} zu hoch`,
        c.chance(0.6) &&
          x`- w\u00fcrde zur\u00fcckkommen, wenn im Team von ${nm(peer)} was frei wird`,
        x`- Laptop (Inventarnr. ${c.ord('order')}) zur\u00fcck, Schl\u00fcssel zur\u00fcck${c.chance(0.4) ? ', Diensthandy fehlt noch' : ''}`,
        c.chance(0.6) && x`- neue Anschrift f\u00fcr Lohnsteuerbescheinigung: ${c.addr()}`,
        c.chance(0.6) && x`- private Mail: ${c.email(p)}`,
        c.chance(0.4) &&
          x`- Der ${neg('not_name', c.pick(['Meister', 'Koch', 'Glaser']))} aus der Halle 2 fragt nach der Nachfolge`,
      ),
    fr: () =>
      lines(
        x`Entretien de sortie \u2013 ${c.pick([p.capsLast(), p.full()])} \u2013 dernier jour le ${c.pdate()}`,
        x`Men\u00e9 par : ${c.pick([hr.full(), hr.init()])}`,
        '',
        x`- motif : ${c.pick(['meilleure r\u00e9mun\u00e9ration', 'd\u00e9m\u00e9nagement', 'pas d\u2019\u00e9volution', 'temps de trajet'])}`,
        x`- trouve que ${nm(mgr)} est \u00e0 l\u2019\u00e9coute mais charge trop lourde au ${c.nn('dept')} depuis ${c.nn('month')}`,
        c.chance(0.6) && x`- reviendrait volontiers dans l\u2019\u00e9quipe de ${nm(peer)}`,
        x`- mat\u00e9riel : PC ${c.ord('order')} rendu, badge rendu`,
        c.chance(0.6) && x`- adresse pour le solde de tout compte : ${c.addr()}`,
        c.chance(0.6) && x`- mail perso : ${c.email(p)}`,
      ),
    es: () =>
      lines(
        x`Entrevista de salida \u2013 ${c.pick([p.full(), p.lf()])} \u2013 \u00faltimo d\u00eda ${c.pdate()}`,
        x`Entrevistador/a: ${c.pick([hr.full(), hr.init()])}`,
        '',
        x`- motivo: ${c.pick(['mejor salario', 'traslado de ciudad', 'falta de promoci\u00f3n', 'horarios'])}`,
        x`- dice que ${nm(mgr)} le apoy\u00f3, pero en ${c.nn('dept')} hay demasiada carga desde ${c.nn('month')}`,
        c.chance(0.6) && x`- volver\u00eda si hay plaza en el equipo de ${nm(peer)}`,
        x`- equipo: port\u00e1til ${c.ord('order')} devuelto, tarjeta devuelta`,
        c.chance(0.6) && x`- direcci\u00f3n para el finiquito: ${c.addr()}`,
        c.chance(0.6) && x`- correo personal: ${c.email(p)}`,
      ),
  });
};

// -- property management -------------------------------------------------------------------------

const tenantThread: Tpl = (c) => {
  const t = c.person();
  const pm = c.person({ cc: c.cc });
  const nb = c.person({ cc: c.cc });
  const care = c.person({ cc: c.cc });
  const agency = c.company('property');
  const flat_ = c.addr();
  const tMail = c.email(t);
  const issue = c.t({
    en: [
      'there is black mould spreading in the bedroom',
      'the heating has not worked for four days',
      'water is coming through the kitchen ceiling',
      'the front door lock is broken',
      'the neighbours\u2019 dog barks all night',
    ],
    de: [
      'sich im Schlafzimmer Schimmel ausbreitet',
      'die Heizung seit vier Tagen ausgefallen ist',
      'Wasser durch die K\u00fcchendecke tropft',
      'das Haust\u00fcrschloss defekt ist',
      'der Hund der Nachbarn jede Nacht bellt',
    ],
    fr: [
      'de la moisissure se d\u00e9veloppe dans la chambre',
      'le chauffage ne fonctionne plus depuis quatre jours',
      'de l\u2019eau coule du plafond de la cuisine',
      'la serrure de la porte d\u2019entr\u00e9e est cass\u00e9e',
      'le chien des voisins aboie toute la nuit',
    ],
    es: [
      'hay moho extendi\u00e9ndose en el dormitorio',
      'la calefacci\u00f3n lleva cuatro d\u00edas sin funcionar',
      'cae agua del techo de la cocina',
      'la cerradura del portal est\u00e1 rota',
      'el perro de los vecinos ladra toda la noche',
    ],
  });
  const unit = `${c.int(1, 6)}${c.pick(['A', 'B', 'C', ''])}`;
  const first = c.L<Piece[]>({
    en: () =>
      lines(
        greet(c, c.chance(0.5) ? pm : null, c.chance(0.5)),
        '',
        x`I rent flat ${unit} at ${flat_} and ${issue}.`,
        c.chance(0.5) &&
          c.pick([
            x`${nb.title('en')} ${nb.l()} upstairs has the same problem.`,
            x`${nb.title('en')} ${nb.l()}'s flat upstairs has the same problem.`,
            x`${nb.full()}'s flat next door is affected too.`,
          ]),
        x`I am home most ${c.nn('weekday')}s after 4pm, or call me on ${c.phone()}.`,
        c.chance(0.4) && x`Tenant reference: ${c.ord('contract')}.`,
        '',
        closing(c, c.chance(0.5)),
        c.pick([t.full(), t.f()]),
      ),
    de: () =>
      lines(
        greet(c, c.chance(0.5) ? pm : null, c.chance(0.5)),
        '',
        x`ich wohne in der Wohnung ${unit}, ${flat_}, und melde, dass ${issue}.`,
        c.chance(0.5) &&
          x`${nb.title('de')} ${nb.l()} aus dem Stock dr\u00fcber hat dasselbe Problem.`,
        x`Ich bin meist ab 16 Uhr zu Hause, sonst bitte unter ${c.phone()} anrufen.`,
        c.chance(0.4) && x`Mietvertragsnummer: ${c.ord('contract')}`,
        '',
        closing(c, c.chance(0.5)),
        c.pick([t.full(), t.f()]),
      ),
    fr: () =>
      lines(
        greet(c, c.chance(0.5) ? pm : null, c.chance(0.5)),
        '',
        x`Je suis locataire de l\u2019appartement ${unit} au ${flat_} et ${issue}.`,
        c.chance(0.5) &&
          x`${nb.title('fr', false)} ${nb.l()}, au-dessus, a le m\u00eame probl\u00e8me.`,
        x`Je suis disponible le ${c.pick(['lundi', 'mercredi', 'samedi'])} matin, sinon au ${c.phone()}.`,
        c.chance(0.4) && x`R\u00e9f\u00e9rence du bail : ${c.ord('contract')}`,
        '',
        closing(c, c.chance(0.5)),
        c.pick([t.full(), t.f()]),
      ),
    es: () =>
      lines(
        greet(c, c.chance(0.5) ? pm : null, c.chance(0.5)),
        '',
        x`Soy inquilin${t.gender === 'f' ? 'a' : 'o'} del ${unit} en ${flat_} y ${issue}.`,
        c.chance(0.5) &&
          x`La ${nb.gender === 'f' ? 'vecina' : 'familia'} de arriba, ${nb.title('es')} ${nb.l()}, tiene el mismo problema.`,
        x`Estoy en casa por las tardes; si no, ll\u00e1menme al ${c.phone()}.`,
        c.chance(0.4) && x`N.\u00ba de contrato: ${c.ord('contract')}`,
        '',
        closing(c, c.chance(0.5)),
        c.pick([t.full(), t.f()]),
      ),
  });
  if (c.chance(0.35))
    return [
      mailHead(
        c,
        addrOf(c, t, tMail),
        c.email(undefined, agency.domain),
        c.t({
          en: 'Repair needed',
          de: 'M\u00e4ngelanzeige',
          fr: 'Signalement d\u2019un d\u00e9sordre',
          es: 'Aver\u00eda en la vivienda',
        }),
      ),
      '\n',
      first,
    ];
  const reply = c.L<Piece[]>({
    en: () =>
      lines(
        greet(c, t, c.chance(0.6)),
        '',
        x`Thanks for letting us know. Our caretaker ${c.pick([care.f(), care.full()])} (${c.phone(c.cc, 'mobile')}) will come by on ${c.nn('weekday')} between 8 and 12.`,
        c.chance(0.5) &&
          x`We have also asked ${neg('not_name', `${c.pick(['Baker', 'Carpenter', 'Mason', 'Cooper'])} & Sons`)} for a quote.`,
        '',
        closing(c),
        sig(c, pm, agency),
      ),
    de: () =>
      lines(
        greet(c, t, c.chance(0.6)),
        '',
        x`danke f\u00fcr Ihre Meldung. ${care.gender === 'f' ? 'Unsere' : 'Unser'} ${neg('not_name', care.gender === 'f' ? 'Hausmeisterin' : 'Hausmeister')}, ${c.pick([care.full(), [care.title('de'), ' ', care.l()]])}, kommt am ${c.nn('weekday')} zwischen 8 und 12 Uhr vorbei.`,
        c.chance(0.5) &&
          x`Der ${neg('not_name', c.pick(['Glaser', 'Schreiner', 'Installateur']))} ist ebenfalls beauftragt.`,
        '',
        closing(c),
        sig(c, pm, agency),
      ),
    fr: () =>
      lines(
        greet(c, t, c.chance(0.6)),
        '',
        x`Merci pour votre signalement. ${c.pick([care.full(), [care.title('fr'), ' ', care.l()]])}, ${c.jobFor(care)}, passera ${c.pick(['lundi', 'jeudi'])} entre 8h et 12h (${c.phone(c.cc, 'mobile')}).`,
        '',
        closing(c),
        sig(c, pm, agency),
      ),
    es: () =>
      lines(
        greet(c, t, c.chance(0.6)),
        '',
        x`Gracias por avisar. El conserje, ${c.pick([care.full(), care.f()])}, pasar\u00e1 el ${c.pick(['lunes', 'jueves'])} entre las 8 y las 12 (tel. ${c.phone(c.cc, 'mobile')}).`,
        '',
        closing(c),
        sig(c, pm, agency),
      ),
  });
  return [
    mailHead(
      c,
      addrOf(c, pm, c.email(pm, agency.domain)),
      tMail,
      c.t({
        en: 'RE: Repair needed',
        de: 'AW: M\u00e4ngelanzeige',
        fr: 'RE : Signalement',
        es: 'RE: Aver\u00eda',
      }),
    ),
    '\n',
    reply,
    '\n\n',
    quoteIntro(c, t, tMail),
    '\n',
    prefixLines(first, '> '),
  ];
};

const repairTicket: Tpl = (c) => {
  const t = c.person();
  const care = c.person({ cc: c.cc });
  const agency = c.company('property');
  const L = c.tr({
    en: [
      'Ticket',
      'Created',
      'Property',
      'Unit',
      'Tenant',
      'Phone',
      'Email',
      'Category',
      'Trade',
      'Contractor',
      'Priority',
      'Notes',
      'Cost estimate',
    ],
    de: [
      'Ticket',
      'Erstellt',
      'Objekt',
      'Wohnung',
      'Mieter',
      'Telefon',
      'E-Mail',
      'Kategorie',
      'Gewerk',
      'Firma',
      'Priorit\u00e4t',
      'Notizen',
      'Kostensch\u00e4tzung',
    ],
    fr: [
      'Ticket',
      'Cr\u00e9\u00e9 le',
      'Immeuble',
      'Lot',
      'Locataire',
      'T\u00e9l\u00e9phone',
      'Courriel',
      'Cat\u00e9gorie',
      'Corps de m\u00e9tier',
      'Prestataire',
      'Priorit\u00e9',
      'Notes',
      'Devis',
    ],
    es: [
      'Incidencia',
      'Creada',
      'Inmueble',
      'Vivienda',
      'Inquilino',
      'Tel\u00e9fono',
      'Correo',
      'Categor\u00eda',
      'Gremio',
      'Empresa',
      'Prioridad',
      'Notas',
      'Presupuesto',
    ],
  });
  const trade = c.L<NegP>({
    en: () => neg('not_name', c.pick(['Carpenter', 'Plumber', 'Glazier', 'Mason', 'Electrician'])),
    de: () =>
      neg('not_name', c.pick(['Glaser', 'Schreiner', 'Installateur', 'Maler', 'Elektriker'])),
    fr: () =>
      neg(
        'not_name',
        c.pick(['Charpentier', 'Plombier', 'Vitrier', 'Ma\u00e7on', '\u00c9lectricien']),
      ),
    es: () =>
      neg(
        'not_name',
        c.pick(['Carpintero', 'Fontanero', 'Cristalero', 'Alba\u00f1il', 'Electricista']),
      ),
  });
  const note = c.L<Piece>({
    en: () =>
      x`${c.pick([t.lower(true), t.f()])} says ${c.pick(['the radiator valve leaks', 'the window will not close', 'the extractor fan is dead'])}; key ${c.pick([x`with ${care.f()}`, x`in ${care.f()}'s drawer`])} at the office, call ${c.phone()} before going in`,
    de: () =>
      x`${c.pick([t.lower(true), t.f()])} sagt: ${c.pick(['Heizk\u00f6rperventil tropft', 'Fenster schlie\u00dft nicht', 'L\u00fcfter im Bad kaputt'])}; Schl\u00fcssel bei ${care.f()} im B\u00fcro, vorher ${c.phone()} anrufen`,
    fr: () =>
      x`${c.pick([t.lower(true), t.f()])} signale ${c.pick(['une fuite au robinet du radiateur', 'une fen\u00eatre qui ne ferme plus', 'une VMC en panne'])} ; cl\u00e9 chez ${care.f()} \u00e0 l\u2019agence, appeler le ${c.phone()} avant`,
    es: () =>
      x`${c.pick([t.lower(true), t.f()])} dice que ${c.pick(['gotea la v\u00e1lvula del radiador', 'la ventana no cierra', 'el extractor no funciona'])}; llave con ${care.f()} en la oficina, llamar al ${c.phone()} antes`,
  });
  const rows: (Row | false)[] = [
    [L[0]!, c.ord('ticket')],
    [L[1]!, c.ts(c.chance(0.7) ? 'iso' : 'log')],
    [L[2]!, c.addr()],
    c.chance(0.6) && [L[3]!, `${c.int(1, 9)}.${c.int(1, 4)}`],
    [L[4]!, c.pick([t.full(), t.lf(), t.caps(), t.midInit()])],
    [L[5]!, c.phone()],
    c.chance(0.6) && [L[6]!, c.email(t)],
    [L[8]!, trade],
    c.chance(0.6) && [L[9]!, c.company('trades').name],
    c.chance(0.5) && [L[12]!, c.price(80, 3500)],
    [L[10]!, c.pick(['P1', 'P2', 'P3', 'high', 'normal'])],
    [L[11]!, note],
  ];
  return lines(
    c.chance(0.5) &&
      x`${agency.name} \u2013 ${c.t({ en: 'maintenance', de: 'Instandhaltung', fr: 'maintenance', es: 'mantenimiento' })}`,
    fields(c, rows, c.pick(['json', 'yaml', 'colon', 'md', 'pad'] as const)),
  );
};

const depositReturn: Tpl = (c) => {
  const t = c.person();
  const pm = c.person({ cc: c.cc });
  const agency = c.company('property');
  const rows = c
    .tr<string[]>({
      en: ['Deposit held', 'Cleaning', 'Wall repainting', 'Missing keys', 'Balance returned'],
      de: [
        'Kaution inkl. Zinsen',
        'Endreinigung',
        'Malerarbeiten',
        'Fehlende Schl\u00fcssel',
        'Auszahlungsbetrag',
      ],
      fr: [
        'D\u00e9p\u00f4t de garantie',
        'M\u00e9nage',
        'Peinture',
        'Cl\u00e9s manquantes',
        'Solde restitu\u00e9',
      ],
      es: ['Fianza', 'Limpieza', 'Pintura', 'Llaves no devueltas', 'Importe a devolver'],
    })
    .filter((_, i) => i === 0 || i === 4 || c.chance(0.6));
  const tbl = table(
    c,
    c.tr({
      en: ['Item', 'Amount'],
      de: ['Position', 'Betrag'],
      fr: ['Poste', 'Montant'],
      es: ['Concepto', 'Importe'],
    }),
    rows.map((r) => [r, c.price(20, 2400)]),
    c.pick(['aligned', 'md', 'csv'] as const),
  );
  return c.L<Piece[]>({
    en: () =>
      lines(
        agency.name,
        '',
        c.pick([x`${t.full()}`, x`${t.title('en')} ${t.full()}`]),
        x`New address: ${c.addr()}`,
        '',
        x`Re: ${c.addr()} \u2013 deposit return`,
        '',
        greet(c, t, true),
        '',
        x`Following the check-out inspection on ${c.pdate()}, we have made the deductions below.`,
        tbl,
        x`The balance will be transferred to ${c.iban()} within ten working days.`,
        c.chance(0.4) &&
          x`If you disagree you can raise a dispute with the deposit scheme quoting ${c.ord('case')}.`,
        '',
        closing(c),
        sig(c, pm, agency),
      ),
    de: () =>
      lines(
        agency.name,
        '',
        c.pick([x`${t.title('de')} ${t.full()}`, x`${t.full()}`]),
        c.addr(),
        '',
        x`Kautionsabrechnung f\u00fcr die Wohnung ${c.addr()}`,
        '',
        greet(c, t, true),
        '',
        x`nach der Wohnungs\u00fcbergabe am ${c.pdate()} rechnen wir Ihre Mietkaution wie folgt ab:`,
        tbl,
        x`Den Restbetrag \u00fcberweisen wir auf Ihr Konto ${c.iban()}.`,
        c.chance(0.4) && x`Bei R\u00fcckfragen bitte Vorgang ${c.ord('case')} angeben.`,
        '',
        closing(c),
        sig(c, pm, agency),
      ),
    fr: () =>
      lines(
        agency.name,
        '',
        c.pick([x`${t.title('fr')} ${t.capsLast()}`, x`${t.full()}`]),
        c.addr(),
        '',
        x`Objet : restitution du d\u00e9p\u00f4t de garantie \u2013 ${c.addr()}`,
        '',
        greet(c, t, true),
        '',
        x`Suite \u00e0 l\u2019\u00e9tat des lieux de sortie du ${c.pdate()}, voici le d\u00e9compte :`,
        tbl,
        x`Le solde sera vir\u00e9 sur le compte ${c.iban()} sous un mois.`,
        '',
        closing(c),
        sig(c, pm, agency),
      ),
    es: () =>
      lines(
        agency.name,
        '',
        c.pick([x`${t.title('es')} ${t.full()}`, x`${t.full()}`]),
        c.addr(),
        '',
        x`Asunto: devoluci\u00f3n de la fianza \u2013 ${c.addr()}`,
        '',
        greet(c, t, true),
        '',
        x`Tras la revisi\u00f3n del piso el ${c.pdate()}, le detallamos la liquidaci\u00f3n:`,
        tbl,
        x`El saldo se transferir\u00e1 a la cuenta ${c.iban()}.`,
        '',
        closing(c),
        sig(c, pm, agency),
      ),
  });
};

// -- car dealerships and workshops ---------------------------------------------------------------

const workshopReport: Tpl = (c) => {
  const cust = c.person();
  const tech = c.person({ cc: c.cc });
  const shop = c.company('dealer');
  const model = c.vehicle();
  const km = `${c.int(8, 240)}${c.lang === 'en' ? ',' : '.'}${c.r.digits(3)}`;
  const work = c
    .tr<string[]>({
      en: [
        'Annual service',
        'Front brake pads and discs',
        'Air-con regas',
        'MOT test',
        'Replace wiper blades',
        'Battery test',
      ],
      de: [
        'Inspektion',
        'Bremsbel\u00e4ge vorne',
        'Klimaservice',
        'HU/AU',
        'Wischerbl\u00e4tter',
        'Batterietest',
      ],
      fr: [
        'R\u00e9vision',
        'Plaquettes avant',
        'Recharge climatisation',
        'Contr\u00f4le technique',
        'Balais d\u2019essuie-glace',
        'Test batterie',
      ],
      es: [
        'Revisi\u00f3n anual',
        'Pastillas de freno delanteras',
        'Carga de aire acondicionado',
        'Pre-ITV',
        'Escobillas',
        'Prueba de bater\u00eda',
      ],
    })
    .filter(() => c.chance(0.55));
  if (work.length === 0)
    work.push(
      c.t({ en: 'Diagnostics', de: 'Fehlerdiagnose', fr: 'Diagnostic', es: 'Diagn\u00f3stico' }),
    );
  const rows = work.map((w) => [w, c.price(15, 900)] as Piece[]);
  const L = c.tr({
    en: ['Customer', 'Phone', 'Vehicle', 'VIN', 'Mileage', 'Technician', 'Order'],
    de: ['Kunde', 'Telefon', 'Fahrzeug', 'FIN', 'Kilometerstand', 'Mechaniker', 'Auftrag'],
    fr: [
      'Client',
      'T\u00e9l\u00e9phone',
      'V\u00e9hicule',
      'VIN',
      'Kilom\u00e9trage',
      'Technicien',
      'OR',
    ],
    es: [
      'Cliente',
      'Tel\u00e9fono',
      'Veh\u00edculo',
      'Bastidor',
      'Kilometraje',
      'Mec\u00e1nico',
      'Orden',
    ],
  });
  const head = fields(
    c,
    [
      [L[6]!, c.ord('order')],
      [L[0]!, c.pick([cust.full(), cust.caps(), cust.lf(), cust.capsLast()])],
      [L[1]!, c.phone()],
      [L[2]!, model],
      c.chance(0.7) && [L[3]!, c.ord('vin')],
      [L[4]!, `${km} ${c.lang === 'en' && c.cc === 'US' ? 'mi' : 'km'}`],
      [L[5]!, c.pick([tech.f(), tech.init(), tech.full()])],
    ],
    c.pick(['pad', 'colon', 'caps'] as const),
  );
  const fw = c.L<Piece>({
    en: () =>
      x`ECU software updated to ${c.ver(true)} (was ${c.ver()}). Next service due ${c.pdate()}.`,
    de: () =>
      x`Steuerger\u00e4t-Software auf Stand ${c.ver(true)} aktualisiert. N\u00e4chste Inspektion: ${c.pdate()}.`,
    fr: () =>
      x`Mise \u00e0 jour calculateur vers la version ${c.ver(true)}. Prochaine r\u00e9vision le ${c.pdate()}.`,
    es: () =>
      x`Actualizado el software de la centralita a la versi\u00f3n ${c.ver(true)}. Pr\u00f3xima revisi\u00f3n: ${c.pdate()}.`,
  });
  const pay = c.L<Piece>({
    en: () =>
      c.chance(0.5)
        ? x`Paid by card ${c.card()} (auth ${c.r.digits(6)}).`
        : x`Please pay to ${shop.name}, IBAN ${c.iban()}.`,
    de: () =>
      c.chance(0.4)
        ? x`Bezahlt mit Karte ${c.card()}.`
        : x`Bitte \u00fcberweisen Sie an ${shop.name}, IBAN ${c.iban()}, Verwendungszweck ${c.ord('invoice')}.`,
    fr: () =>
      c.chance(0.4)
        ? x`R\u00e9gl\u00e9 par carte ${c.card()}.`
        : x`R\u00e8glement par virement : IBAN ${c.iban()}, r\u00e9f. ${c.ord('invoice')}.`,
    es: () =>
      c.chance(0.5)
        ? x`Pagado con tarjeta ${c.card()}.`
        : x`Pago por transferencia a ${c.iban()}, concepto ${c.ord('invoice')}.`,
  });
  return lines(
    x`${shop.name} \u2013 ${c.t({ en: ['Service report', 'Job card', 'Workshop invoice'], de: ['Werkstattbericht', 'Arbeitsauftrag', 'Werkstattrechnung'], fr: ['Ordre de r\u00e9paration', 'Compte rendu d\u2019intervention', 'Facture atelier'], es: ['Parte de taller', 'Orden de reparaci\u00f3n', 'Factura de taller'] })}`,
    '',
    head,
    table(
      c,
      c.tr({
        en: ['Work', 'Price'],
        de: ['Leistung', 'Preis'],
        fr: ['Prestation', 'Prix'],
        es: ['Trabajo', 'Precio'],
      }),
      rows,
      c.pick(['aligned', 'md'] as const),
    ),
    c.chance(0.6) && fw,
    c.chance(0.4) &&
      c.L<Piece>({
        en: () =>
          x`Note: customer mentioned a rattle at low speed; ${c.pick([tech.f(), tech.lower(true)])} could not reproduce it.`,
        de: () =>
          x`Hinweis: Kunde meldet Klappern bei niedriger Geschwindigkeit. Der ${neg('not_name', 'Meister')} konnte es nicht nachvollziehen.`,
        fr: () =>
          x`Remarque : bruit signal\u00e9 \u00e0 basse vitesse, non reproduit par ${tech.f()}.`,
        es: () =>
          x`Nota: el cliente oye un ruido a poca velocidad; ${tech.f()} no lo ha podido reproducir.`,
      }),
    c.chance(0.7) && pay,
  );
};

const carApplication: Tpl = (c) => {
  const p = c.person();
  const sales = c.person({ cc: c.cc });
  const dealer = c.company('dealer');
  const finance = c.chance(0.55);
  const co = finance && c.chance(0.25) ? c.person({ cc: c.cc }) : null;
  const L = c.tr({
    en: [
      'Name',
      'Date of birth',
      'Address',
      'Phone',
      'Email',
      'Vehicle',
      'Test drive',
      'Salesperson',
      'Employer',
      'Annual income',
      'SSN',
      'Deposit',
      'Monthly payment',
      'Bank account',
      'Co-applicant',
    ],
    de: [
      'Name',
      'Geburtsdatum',
      'Anschrift',
      'Telefon',
      'E-Mail',
      'Fahrzeug',
      'Probefahrt',
      'Verk\u00e4ufer',
      'Arbeitgeber',
      'Nettoeinkommen',
      'SSN',
      'Anzahlung',
      'Monatsrate',
      'Bankverbindung',
      'Mitantragsteller',
    ],
    fr: [
      'Nom',
      'Date de naissance',
      'Adresse',
      'T\u00e9l\u00e9phone',
      'Courriel',
      'V\u00e9hicule',
      'Essai',
      'Vendeur',
      'Employeur',
      'Revenus mensuels',
      'SSN',
      'Apport',
      'Mensualit\u00e9',
      'Compte bancaire',
      'Co-emprunteur',
    ],
    es: [
      'Nombre',
      'Fecha de nacimiento',
      'Direcci\u00f3n',
      'Tel\u00e9fono',
      'Correo',
      'Veh\u00edculo',
      'Prueba',
      'Comercial',
      'Empresa',
      'Ingresos',
      'SSN',
      'Entrada',
      'Cuota mensual',
      'Cuenta',
      'Cotitular',
    ],
  });
  const us = c.cc === 'US';
  const rows: (Row | false)[] = [
    [L[0]!, c.pick([p.caps(), p.full(), p.lf(), p.mid(), p.midInit()])],
    [L[1]!, c.dob()],
    [L[2]!, c.addr()],
    [L[3]!, c.phone()],
    c.chance(0.7) && [L[4]!, c.email(p)],
    [L[5]!, x`${c.vehicle()}${c.chance(0.4) ? x`, ${c.price(9000, 48000)}` : ''}`],
    !finance && [L[6]!, c.chance(0.6) ? c.ts('log') : c.pdateNum()],
    [L[7]!, c.pick([sales.full(), sales.f(), sales.init()])],
    finance && [L[8]!, c.company('employer').name],
    finance && [L[9]!, c.lang === 'en' ? c.price(18000, 120000) : c.price(1200, 7500)],
    finance && us && c.chance(0.9) && [L[10]!, c.ssn()],
    finance && [L[11]!, c.price(500, 9000)],
    finance && [L[12]!, c.price(90, 900)],
    finance && !us && [L[13]!, c.iban()],
    !!co && [L[14]!, x`${co.full()}, ${c.dob()}`],
  ];
  const title = finance
    ? c.t({
        en: ['FINANCE APPLICATION', 'Credit application \u2013 vehicle finance'],
        de: ['Finanzierungsantrag', 'KREDITANFRAGE FAHRZEUG'],
        fr: ['Demande de financement', 'DOSSIER LOA / CR\u00c9DIT'],
        es: ['Solicitud de financiaci\u00f3n', 'SOLICITUD DE CR\u00c9DITO'],
      })
    : c.t({
        en: ['Test drive agreement', 'TEST DRIVE FORM'],
        de: ['Probefahrtvereinbarung', 'PROBEFAHRT'],
        fr: ['Bon d\u2019essai', 'FICHE ESSAI V\u00c9HICULE'],
        es: ['Hoja de prueba de veh\u00edculo', 'PRUEBA DE CONDUCCI\u00d3N'],
      });
  const foot = c.L<Piece>({
    en: () =>
      finance
        ? x`Decision expected by ${c.nn('weekday')}. Lender ref ${c.ord('case')}.`
        : 'The driver is liable for the excess in case of damage. Licence checked.',
    de: () =>
      finance
        ? x`Entscheidung der Bank bis ${c.nn('weekday')}. Antragsnr. ${c.ord('case')}.`
        : 'Der Fahrer haftet im Schadensfall mit der Selbstbeteiligung. F\u00fchrerschein gepr\u00fcft.',
    fr: () =>
      finance
        ? x`R\u00e9ponse de l\u2019organisme sous 48h. Dossier ${c.ord('case')}.`
        : 'Le conducteur reste responsable de la franchise. Permis v\u00e9rifi\u00e9.',
    es: () =>
      finance
        ? x`Respuesta de la financiera en 48 h. Expediente ${c.ord('case')}.`
        : 'El conductor responde de la franquicia en caso de da\u00f1os. Carn\u00e9 comprobado.',
  });
  return lines(x`${dealer.name} \u2013 ${title}`, '', fields(c, c.shuffleTail(3, rows)), foot);
};

// -- logistics ---------------------------------------------------------------------------------------

const deliveryException: Tpl = (c) => {
  const r = c.person();
  const nb = c.person({ cc: c.cc });
  const drv = c.person({ cc: c.cc });
  const car = c.company('carrier');
  const trk = c.ord('tracking');
  const mode = c.pick(['mail', 'log', 'pod'] as const);
  if (mode === 'log') {
    const codes = c.tr({
      en: [
        'NH recipient not home',
        'RF refused',
        'AD address incomplete',
        'LN left with neighbour',
        'SP safe place',
      ],
      de: [
        'NA Empf\u00e4nger nicht angetroffen',
        'AV Annahme verweigert',
        'AU Adresse unvollst\u00e4ndig',
        'NB beim Nachbarn abgegeben',
        'AO Ablageort',
      ],
      fr: [
        'AB absent',
        'RF refus\u00e9',
        'AI adresse incompl\u00e8te',
        'VO remis au voisin',
        'PR d\u00e9pos\u00e9 en relais',
      ],
      es: [
        'AU ausente',
        'RE rehusado',
        'DI direcci\u00f3n incompleta',
        'VE entregado a vecino',
        'PC punto de conveniencia',
      ],
    });
    const rowsN = c.int(2, 5);
    const out: Piece[] = [];
    for (let i = 0; i < rowsN; i++) {
      const code = c.pick(codes);
      const who =
        code.startsWith('LN') ||
        code.startsWith('NB') ||
        code.startsWith('VO') ||
        code.startsWith('VE');
      const trkI = i === 0 ? trk : c.ord('tracking');
      out.push(
        x`${c.ts(c.chance(0.5) ? 'iso' : 'log')} | ${trkI} | ${code} | ${who ? x`${c.pick([nb.full(), nb.caps(), nb.l()])}, ${c.addr()}` : i === 0 || c.chance(0.5) ? c.addr() : c.nn('city')} | drv=${c.ord('employee')}${c.chance(0.3) ? x` | app ${c.ver()}` : ''}\n`,
      );
    }
    return [x`# ${car.name} exceptions export ${c.pdateNum()}\n`, out];
  }
  if (mode === 'pod') {
    const L = c.tr({
      en: [
        'Consignment',
        'Delivered',
        'Recipient',
        'Signed by',
        'Address',
        'Driver',
        'Photo ID',
        'Remarks',
      ],
      de: [
        'Sendung',
        'Zugestellt',
        'Empf\u00e4nger',
        'Unterschrift',
        'Adresse',
        'Fahrer',
        'Foto-ID',
        'Bemerkung',
      ],
      fr: [
        'Exp\u00e9dition',
        'Livr\u00e9 le',
        'Destinataire',
        'Sign\u00e9 par',
        'Adresse',
        'Chauffeur',
        'ID photo',
        'Remarques',
      ],
      es: [
        'Env\u00edo',
        'Entregado',
        'Destinatario',
        'Firmado por',
        'Direcci\u00f3n',
        'Repartidor',
        'ID foto',
        'Observaciones',
      ],
    });
    const signer = c.chance(0.6) ? r : nb;
    return lines(
      x`${c.t({ en: 'PROOF OF DELIVERY', de: 'ZUSTELLNACHWEIS', fr: 'PREUVE DE LIVRAISON', es: 'JUSTIFICANTE DE ENTREGA' })} \u2013 ${car.name}`,
      fields(c, [
        [L[0]!, trk],
        [L[1]!, c.ts()],
        [L[2]!, c.pick([r.full(), r.caps(), r.lf()])],
        [L[3]!, c.pick([signer.caps(), signer.l(), signer.lower(), signer.init()])],
        [L[4]!, c.addr()],
        [L[5]!, c.pick([drv.f(), drv.init()])],
        c.chance(0.5) && [L[6]!, c.uuid()],
        c.chance(0.5) && [
          L[7]!,
          c.t({
            en: ['left in porch', 'handed to neighbour', 'box damaged on arrival'],
            de: ['Carport', 'an Nachbarn \u00fcbergeben', 'Karton besch\u00e4digt'],
            fr: ['d\u00e9pos\u00e9 sous le porche', 'remis au gardien', 'colis ab\u00eem\u00e9'],
            es: ['dejado en conserjer\u00eda', 'entregado al vecino', 'caja da\u00f1ada'],
          }),
        ],
      ]),
    );
  }
  const point = c.company('merchant');
  return c.L<Piece[]>({
    en: () =>
      lines(
        greet(c, r, false),
        '',
        x`We tried to deliver your parcel ${trk} on ${c.pdate()} but nobody was home.`,
        c.pick<Piece>([
          x`It is now waiting for you at ${point.name}, ${c.addr()} until ${c.pdate()}.`,
          x`We left it with your neighbour ${c.pick([nb.full(), [nb.title('en'), ' ', nb.l()]])} at ${c.addr()}.`,
        ]),
        x`Track or rebook: ${c.url(car.domain, 'track')}`,
        c.chance(0.4) && x`Questions? Call ${c.phone(c.cc, 'land')}.`,
        '',
        car.name,
      ),
    de: () =>
      lines(
        greet(c, r, c.chance(0.5)),
        '',
        x`leider konnten wir Ihre Sendung ${trk} am ${c.pdate()} nicht zustellen.`,
        c.pick<Piece>([
          x`Sie liegt bis ${c.pdate()} f\u00fcr Sie bereit: ${point.name}, ${c.addr()}.`,
          x`Wir haben sie bei Ihrem Nachbarn ${c.pick([nb.full(), [nb.title('de'), ' ', nb.l()]])}, ${c.addr()}, abgegeben.`,
        ]),
        x`Sendungsverfolgung: ${c.url(car.domain, 'track')}`,
        c.chance(0.4) && x`Fragen? ${c.phone(c.cc, 'land')}`,
        '',
        x`Ihr ${car.name} Team`,
      ),
    fr: () =>
      lines(
        greet(c, r, c.chance(0.5)),
        '',
        x`Nous n\u2019avons pas pu livrer votre colis ${trk} le ${c.pdate()}.`,
        c.pick<Piece>([
          x`Il vous attend au point relais ${point.name}, ${c.addr()}, jusqu\u2019au ${c.pdate()}.`,
          x`Il a \u00e9t\u00e9 remis \u00e0 votre voisin${nb.gender === 'f' ? 'e' : ''} ${c.pick([nb.full(), [nb.title('fr'), ' ', nb.l()]])}, ${c.addr()}.`,
        ]),
        x`Suivi : ${c.url(car.domain, 'track')}`,
        '',
        car.name,
      ),
    es: () =>
      lines(
        greet(c, r, c.chance(0.5)),
        '',
        x`No hemos podido entregar tu env\u00edo ${trk} el ${c.pdate()}.`,
        c.pick<Piece>([
          x`Te espera en ${point.name}, ${c.addr()}, hasta el ${c.pdate()}.`,
          x`Lo hemos dejado con tu vecino/a ${c.pick([nb.full(), [nb.title('es'), ' ', nb.l()]])}, ${c.addr()}.`,
        ]),
        x`Seguimiento: ${c.url(car.domain, 'track')}`,
        c.chance(0.4) && x`Dudas: ${c.phone(c.cc, 'land')}`,
        '',
        car.name,
      ),
  });
};

const customsDecl: Tpl = (c) => {
  const s = c.person({ cc: c.pick(FOREIGN[c.lang]) });
  const r = c.person();
  const car = c.company('carrier');
  const L = c.tr({
    en: ['Sender', 'Address', 'Phone', 'Email', 'Recipient', 'EORI', 'Category', 'Tracking'],
    de: [
      'Absender',
      'Adresse',
      'Telefon',
      'E-Mail',
      'Empf\u00e4nger',
      'EORI',
      'Art der Sendung',
      'Sendungsnummer',
    ],
    fr: [
      'Exp\u00e9diteur',
      'Adresse',
      'T\u00e9l\u00e9phone',
      'Courriel',
      'Destinataire',
      'EORI',
      'Cat\u00e9gorie',
      'N\u00b0 de suivi',
    ],
    es: [
      'Remitente',
      'Direcci\u00f3n',
      'Tel\u00e9fono',
      'Correo',
      'Destinatario',
      'EORI',
      'Tipo de env\u00edo',
      'N.\u00ba de seguimiento',
    ],
  });
  const items = c.tr<string[]>({
    en: [
      'Wool jumper',
      'Phone case',
      'Books',
      'Coffee beans 1 kg',
      'Spare brake pads',
      'Ceramic mug',
    ],
    de: [
      'Wollpullover',
      'Handyh\u00fclle',
      'B\u00fccher',
      'Kaffeebohnen 1 kg',
      'Bremsbel\u00e4ge',
      'Keramiktasse',
    ],
    fr: [
      'Pull en laine',
      'Coque de t\u00e9l\u00e9phone',
      'Livres',
      'Caf\u00e9 en grains 1 kg',
      'Plaquettes de frein',
      'Mug en c\u00e9ramique',
    ],
    es: [
      'Jersey de lana',
      'Funda de m\u00f3vil',
      'Libros',
      'Caf\u00e9 en grano 1 kg',
      'Pastillas de freno',
      'Taza de cer\u00e1mica',
    ],
  });
  const n = c.int(1, 4);
  const rows: Piece[][] = [];
  for (const it of c.r.shuffle(items).slice(0, n)) {
    rows.push([
      it,
      String(c.int(1, 6)),
      neg('order_no', `${c.r.digits(4)}.${c.r.digits(2)}`),
      c.price(5, 400),
    ]);
  }
  const scc = s;
  return lines(
    x`${c.t({ en: 'CUSTOMS DECLARATION CN23', de: 'ZOLLINHALTSERKL\u00c4RUNG CN23', fr: 'D\u00c9CLARATION EN DOUANE CN23', es: 'DECLARACI\u00d3N DE ADUANA CN23' })} \u2013 ${car.name}`,
    fields(
      c,
      [
        [L[7]!, c.ord('tracking')],
        [L[0]!, c.pick([scc.full(), scc.caps()])],
        [L[1]!, c.addr(c.pick(FOREIGN[c.lang]))],
        c.chance(0.7) && [L[2]!, c.phone(c.pick(FOREIGN[c.lang]))],
        c.chance(0.4) && [L[3]!, c.email(scc)],
        [L[4]!, c.pick([r.full(), r.caps(), r.lf()])],
        [`${L[4]!} \u2013 ${L[1]!}`, c.addr()],
        [`${L[4]!} \u2013 ${L[2]!}`, c.phone()],
        c.chance(0.4) && [
          L[5]!,
          neg(
            'order_no',
            `${c.pick(['DE', 'FR', 'ES', 'GB', 'AT', 'BE'])}${c.r.digits(c.int(9, 12))}`,
          ),
        ],
        [
          L[6]!,
          c.t({
            en: ['Gift', 'Sale of goods', 'Returned goods'],
            de: ['Geschenk', 'Warenverkauf', 'R\u00fcckware'],
            fr: ['Cadeau', 'Vente de marchandises', 'Retour'],
            es: ['Regalo', 'Venta de mercanc\u00edas', 'Devoluci\u00f3n'],
          }),
        ],
      ],
      c.pick(['colon', 'pad', 'caps'] as const),
    ),
    table(
      c,
      c.tr({
        en: ['Description', 'Qty', 'HS code', 'Value'],
        de: ['Inhalt', 'Menge', 'Zolltarifnr.', 'Wert'],
        fr: ['Contenu', 'Qt\u00e9', 'Code SH', 'Valeur'],
        es: ['Contenido', 'Cant.', 'C\u00f3digo SA', 'Valor'],
      }),
      rows,
    ),
    x`${c.t({ en: 'Date and signature', de: 'Datum und Unterschrift', fr: 'Date et signature', es: 'Fecha y firma' })}: ${c.pdate()}, ${c.pick([scc.full(), scc.init(), scc.lower()])}`,
    c.chance(0.3) &&
      x`${c.t({ en: 'Note', de: 'Hinweis', fr: 'Note', es: 'Nota' })}: ${c.isbn()} ${c.t({ en: '(book, zero rated)', de: '(Buch, zollfrei)', fr: '(livre, exon\u00e9r\u00e9)', es: '(libro, exento)' })}`,
  );
};

// -- accounting ------------------------------------------------------------------------------------

const invoiceReminder: Tpl = (c) => {
  const contact = c.person();
  const clerk = c.person({ cc: c.cc });
  const us = c.company('employer');
  const them = c.company(c.pick(['employer', 'dealer', 'property'] as const));
  const stage = c.int(1, 3);
  const inv = c.ord('invoice');
  const amt = c.price(120, 18000);
  const iban = c.iban();
  const payUrl = c.chance(0.4) ? c.url(us.domain, 'pay') : null;
  return c.L<Piece[]>({
    en: () =>
      lines(
        x`${us.name} \u2013 ${c.nn('fin')}`,
        '',
        x`${them.name}`,
        x`Attn: ${c.pick([contact.full(), contact.init(), [contact.title('en'), ' ', contact.l()]])}`,
        c.addr(),
        '',
        x`${stage === 1 ? 'Payment reminder' : stage === 2 ? 'Second reminder' : 'FINAL NOTICE'} \u2013 invoice ${inv} dated ${c.pdate()}`,
        '',
        greet(c, contact, true),
        '',
        x`Our records show that ${amt} is still outstanding${stage > 1 ? x`, plus a late fee of ${c.price(10, 60)}` : ''}. The invoice was due on ${c.pdate()}.`,
        x`Please transfer the amount to ${iban}${c.chance(0.5) ? ` (BIC ${c.r.chars(4, UPPER)}${c.pick(['GB', 'IE', 'DE', 'FR'])}2L)` : ''} quoting ${inv}${payUrl ? x`, or pay online at ${payUrl}` : ''}.`,
        stage === 3 &&
          'If we do not receive payment within seven days we will pass the matter to our collection agency.',
        x`If you have already paid, please ignore this letter. Questions: ${c.phone(c.cc, 'land')} or ${c.email(clerk, us.domain)}.`,
        '',
        closing(c),
        c.pick([clerk.full(), clerk.init()]),
        x`${c.nn('job')}`,
      ),
    de: () =>
      lines(
        x`${us.name} \u00b7 ${c.addr()}`,
        '',
        x`${them.name}`,
        x`z. Hd. ${c.pick([[contact.title('de'), ' ', contact.full()], [contact.title('de'), ' ', contact.l()], contact.full()])}`,
        c.addr(),
        '',
        x`${stage === 1 ? 'Zahlungserinnerung' : stage === 2 ? '2. Mahnung' : 'Letzte Mahnung'} zur Rechnung ${inv} vom ${c.pdate()}`,
        '',
        greet(c, contact, true),
        '',
        x`sicher haben Sie es im Alltag \u00fcbersehen: Der Betrag von ${amt} ist seit dem ${c.pdate()} f\u00e4llig${stage > 1 ? x`. Wir berechnen Mahngeb\u00fchren von ${c.price(5, 40)}` : ''}.`,
        x`Bitte \u00fcberweisen Sie den Betrag auf ${iban} unter Angabe der Rechnungsnummer${payUrl ? x` oder zahlen Sie online: ${payUrl}` : ''}.`,
        stage === 3 &&
          'Nach Ablauf von 7 Tagen \u00fcbergeben wir die Forderung an ein Inkassounternehmen.',
        x`R\u00fcckfragen: ${c.pick([clerk.full(), [clerk.title('de'), ' ', clerk.l()]])}, ${c.phone(c.cc, 'land')}`,
        '',
        closing(c),
        x`${c.nn('fin')}`,
      ),
    fr: () =>
      lines(
        x`${us.name} \u2013 ${c.nn('fin')}`,
        '',
        x`${them.name}`,
        x`\u00c0 l\u2019attention de ${c.pick([[contact.title('fr'), ' ', contact.capsLast()], contact.full(), [contact.title('fr'), ' ', contact.l()]])}`,
        c.addr(),
        '',
        x`Objet : ${stage === 1 ? 'relance' : stage === 2 ? 'deuxi\u00e8me relance' : 'mise en demeure'} \u2013 facture ${inv} du ${c.pdate()}`,
        '',
        greet(c, contact, true),
        '',
        x`Sauf erreur de notre part, la somme de ${amt} reste impay\u00e9e \u00e0 ce jour (\u00e9ch\u00e9ance : ${c.pdate()}).${stage > 1 ? x` Une indemnit\u00e9 forfaitaire de ${c.price(40, 40)} s\u2019applique.` : ''}`,
        x`Merci d\u2019effectuer le virement sur le compte ${iban}${payUrl ? x` ou de r\u00e9gler en ligne : ${payUrl}` : ''}.`,
        x`Contact : ${c.pick([clerk.full(), clerk.init()])}, ${c.phone(c.cc, 'land')}, ${c.email(clerk, us.domain)}`,
        '',
        closing(c),
      ),
    es: () =>
      lines(
        x`${us.name} \u2013 ${c.nn('fin')}`,
        '',
        x`${them.name}`,
        x`A la atenci\u00f3n ${c.pick([
          [contact.gender === 'f' ? 'de la ' : 'del ', contact.title('es'), ' ', contact.l()],
          ['de ', contact.full()],
        ])}`,
        c.addr(),
        '',
        x`Asunto: ${stage === 1 ? 'recordatorio de pago' : stage === 2 ? 'segundo aviso' : '\u00faltimo aviso'} \u2013 factura ${inv} de ${c.pdate()}`,
        '',
        greet(c, contact, true),
        '',
        x`Seg\u00fan nuestros registros, el importe de ${amt} sigue pendiente desde el ${c.pdate()}.${stage > 1 ? x` Se a\u00f1aden ${c.price(10, 60)} de gastos de gesti\u00f3n.` : ''}`,
        x`Rogamos realicen la transferencia a ${iban}${payUrl ? x` o paguen en l\u00ednea: ${payUrl}` : ''}.`,
        x`Contacto: ${c.pick([clerk.full(), clerk.f()])}, ${c.phone(c.cc, 'land')}`,
        '',
        closing(c),
      ),
  });
};

const expenseReport: Tpl = (c) => {
  const p = c.person({ cc: c.cc });
  const appr = c.person({ cc: c.cc });
  const n = c.int(3, 7);
  const cats = c.tr({
    en: ['Hotel', 'Taxi', 'Train', 'Meals', 'Parking', 'Book', 'Mileage'],
    de: ['Hotel', 'Taxi', 'Bahn', 'Bewirtung', 'Parken', 'Fachbuch', 'Kilometergeld'],
    fr: ['H\u00f4tel', 'Taxi', 'Train', 'Repas', 'Parking', 'Livre', 'Indemnit\u00e9s km'],
    es: ['Hotel', 'Taxi', 'Tren', 'Comidas', 'Parking', 'Libro', 'Kilometraje'],
  });
  const places: Record<number, Record<Lang, readonly string[]>> = {
    0: {
      en: ['Hilton', 'Marriott', 'Premier Inn', 'Travelodge', 'Jurys Inn'],
      de: ['Motel One', 'Hilton', 'Ibis', 'Steigenberger', 'Hotel Sacher'],
      fr: ['Ibis', 'Novotel', 'Mercure', 'Campanile', 'H\u00f4tel Lutetia'],
      es: ['NH Hoteles', 'Melia', 'Barcel\u00f3', 'Ibis', 'Hotel Carlton'],
    },
    1: {
      en: ['Uber', 'Lyft', 'FreeNow', 'Addison Lee'],
      de: ['FreeNow', 'Uber', 'Taxi Berlin', 'Bolt'],
      fr: ['G7', 'Uber', 'Heetch', 'FreeNow'],
      es: ['Cabify', 'Uber', 'FreeNow', 'Radio Taxi'],
    },
    2: {
      en: ['Amtrak', 'Avanti West Coast', 'Irish Rail', 'VIA Rail', 'GWR'],
      de: ['Deutsche Bahn', '\u00d6BB', 'SBB', 'Flixtrain'],
      fr: ['SNCF', 'SNCB', 'CFF', 'Ouigo'],
      es: ['Renfe', 'Iryo', 'Ouigo', 'Tren Maya'],
    },
    3: {
      en: ['Nando\u2019s', 'Pret A Manger', 'Chez Marcel', 'Wagamama', 'The Ivy'],
      de: ['Caf\u00e9 Leopold', 'Vapiano', 'Block House', 'Zum Franziskaner'],
      fr: ['Chez Marcel', 'Brasserie Georges', 'Flunch', 'Le Bouillon Julien'],
      es: ['Casa Lucio', 'VIPS', 'Casa Pepe', 'Taberna Manolo'],
    },
    4: {
      en: ['NCP', 'Q-Park', 'SP+'],
      de: ['APCOA', 'Contipark', 'Q-Park'],
      fr: ['Indigo', 'Effia', 'Saemes'],
      es: ['Empark', 'Saba', 'Telpark'],
    },
  };
  const rows: Piece[][] = [];
  for (let i = 0; i < n; i++) {
    const k = c.int(0, cats.length - 1);
    const cat = cats[k]!;
    let note: Piece;
    if (k === 5) note = x`ISBN ${c.isbn()}`;
    else if (k === 6) note = x`${c.int(12, 480)} km, ${c.nn('city')}`;
    else if (k === 3 && c.chance(0.35))
      note = x`${c.t({ en: 'with client', de: 'mit Kunde', fr: 'avec client', es: 'con cliente' })} ${c.pick([c.person().full(), c.person().l()])}`;
    else note = neg('not_name', c.pick(places[k]![c.lang]));
    rows.push([c.pdateNum(), cat, note, c.price(4, 480)]);
  }
  const L = c.tr({
    en: ['Date', 'Category', 'Details', 'Amount'],
    de: ['Datum', 'Kategorie', 'Details', 'Betrag'],
    fr: ['Date', 'Cat\u00e9gorie', 'D\u00e9tail', 'Montant'],
    es: ['Fecha', 'Categor\u00eda', 'Detalle', 'Importe'],
  });
  const cardLine = c.L<Piece>({
    en: () => (c.chance(0.5) ? x`Corporate card: ${c.card()}` : x`Reimburse to: ${c.iban()}`),
    de: () => (c.chance(0.4) ? x`Firmenkreditkarte: ${c.card()}` : x`Erstattung auf: ${c.iban()}`),
    fr: () =>
      c.chance(0.4) ? x`Carte affaires : ${c.card()}` : x`Remboursement sur : ${c.iban()}`,
    es: () => (c.chance(0.4) ? x`Tarjeta de empresa: ${c.card()}` : x`Reembolso a: ${c.iban()}`),
  });
  return lines(
    x`${c.t({ en: 'Expense report', de: 'Reisekostenabrechnung', fr: 'Note de frais', es: 'Hoja de gastos' })} \u2013 ${c.pick([p.full(), p.lf(), p.caps()])} (${c.ord('employee')})`,
    c.chance(0.5) &&
      x`${c.t({ en: 'Trip', de: 'Reise', fr: 'D\u00e9placement', es: 'Viaje' })}: ${c.nn('city')}, ${c.pdate()}`,
    '',
    table(c, L, rows),
    cardLine,
    x`${c.t({ en: 'Approved by', de: 'Genehmigt von', fr: 'Valid\u00e9 par', es: 'Aprobado por' })}: ${c.pick([appr.full(), appr.init(), appr.f()])}${c.chance(0.4) ? x` (${c.nn('expense')})` : ''}`,
    c.chance(0.3) &&
      x`${c.t({ en: 'Receipt scans', de: 'Belege', fr: 'Justificatifs', es: 'Tickets' })}: ${c.url(c.company('employer').domain, 'doc')}`,
  );
};

// -- internal IT -------------------------------------------------------------------------------------

const accessRequest: Tpl = (c) => {
  const u = c.person({ cc: c.cc });
  const mgr = c.person({ cc: c.cc });
  const agent = c.person({ cc: c.cc });
  const emp = c.company('employer');
  const sw = c.nn('software');
  const uMail = c.email(u, emp.domain);
  const L = c.tr({
    en: [
      'Ticket',
      'Requested for',
      'Email',
      'System',
      'Role',
      'Approver',
      'Justification',
      'Status',
    ],
    de: [
      'Ticket',
      'Angefordert f\u00fcr',
      'E-Mail',
      'System',
      'Rolle',
      'Genehmiger',
      'Begr\u00fcndung',
      'Status',
    ],
    fr: [
      'Ticket',
      'B\u00e9n\u00e9ficiaire',
      'Courriel',
      'Application',
      'Profil',
      'Valideur',
      'Justification',
      'Statut',
    ],
    es: [
      'Ticket',
      'Solicitado para',
      'Correo',
      'Sistema',
      'Rol',
      'Aprobador',
      'Justificaci\u00f3n',
      'Estado',
    ],
  });
  const form = fields(
    c,
    [
      [L[0]!, c.ord('ticket')],
      [L[1]!, c.pick([u.full(), u.lf(), u.init(), u.midInit()])],
      [L[2]!, uMail],
      [L[3]!, sw],
      [L[4]!, c.pick(['read-only', 'editor', 'admin', 'approver', 'viewer'])],
      [L[5]!, c.pick([mgr.full(), mgr.init()])],
      [
        L[6]!,
        c.t({
          en: [
            'covering month-end close',
            'new starter',
            'project Falcon migration',
            'audit support',
          ],
          de: [
            'Vertretung Monatsabschluss',
            'Neueinstellung',
            'Migration Projekt Falke',
            'Pr\u00fcfung',
          ],
          fr: [
            'remplacement cl\u00f4ture mensuelle',
            'nouvel arrivant',
            'migration du projet',
            'audit',
          ],
          es: [
            'cierre mensual',
            'nueva incorporaci\u00f3n',
            'migraci\u00f3n del proyecto',
            'auditor\u00eda',
          ],
        }),
      ],
      [L[7]!, c.pick(['approved', 'done', 'pending', 'closed'])],
    ],
    c.pick(['colon', 'pad', 'md', 'yaml'] as const),
  );
  const comment = c.L<Piece[]>({
    en: () =>
      lines(
        x`-- comment from ${c.pick([agent.full(), agent.f()])} (${c.ts('log')}):`,
        x`Account created. Temporary password: ${c.secret('temp')} \u2013 must be changed at first login.`,
        c.chance(0.5) && x`VPN address reserved: ${c.ip(false)}`,
        c.chance(0.4) &&
          x`${neg('not_name', 'Grant')} was done via ${c.nn('software')} group ${c.pick(['fin-ap-rw', 'hr-payroll-ro', 'ops-admins'])}.`,
      ),
    de: () =>
      lines(
        x`-- Kommentar ${c.pick([agent.full(), agent.f()])} (${c.ts('log')}):`,
        x`Konto angelegt, Initialpasswort: ${c.secret('temp')} (bei der ersten Anmeldung \u00e4ndern).`,
        c.chance(0.5) && x`Feste VPN-IP: ${c.ip(false)}`,
      ),
    fr: () =>
      lines(
        x`-- commentaire de ${c.pick([agent.full(), agent.f()])} (${c.ts('log')}) :`,
        x`Compte cr\u00e9\u00e9. Mot de passe provisoire : ${c.secret('temp')} \u00e0 changer \u00e0 la premi\u00e8re connexion.`,
        c.chance(0.5) && x`Adresse VPN r\u00e9serv\u00e9e : ${c.ip(false)}`,
      ),
    es: () =>
      lines(
        x`-- comentario de ${c.pick([agent.full(), agent.f()])} (${c.ts('log')}):`,
        x`Cuenta creada. Contrase\u00f1a temporal: ${c.secret('temp')} (cambiar en el primer acceso).`,
        c.chance(0.5) && x`IP de VPN reservada: ${c.ip(false)}`,
      ),
  });
  const pasted = c.chance(0.22)
    ? c.L<Piece[]>({
        en: () =>
          lines(
            x`-- ${c.pick([u.f(), u.full()])}: here is my SSH key for the bastion host, as requested:`,
            c.pem(),
            x`-- ${c.pick([agent.f(), agent.full()])}: that is your PRIVATE key \u2013 please revoke it and send only the .pub file.`,
          ),
        de: () =>
          lines(
            x`-- ${c.pick([u.f(), u.full()])}: hier wie gew\u00fcnscht mein SSH-Schl\u00fcssel:`,
            c.pem(),
            x`-- ${c.pick([agent.f(), agent.full()])}: Das ist der PRIVATE Schl\u00fcssel! Bitte sofort neu erzeugen und nur die .pub schicken.`,
          ),
        fr: () =>
          lines(
            x`-- ${c.pick([u.f(), u.full()])} : voici ma cl\u00e9 SSH comme demand\u00e9 :`,
            c.pem(),
            x`-- ${c.pick([agent.f(), agent.full()])} : c\u2019est la cl\u00e9 PRIV\u00c9E, merci de la r\u00e9g\u00e9n\u00e9rer et d\u2019envoyer uniquement le .pub.`,
          ),
        es: () =>
          lines(
            x`-- ${c.pick([u.f(), u.full()])}: os paso mi clave SSH:`,
            c.pem(),
            x`-- ${c.pick([agent.f(), agent.full()])}: \u00a1esa es la clave PRIVADA! Reg\u00e9nerala y manda solo el .pub.`,
          ),
      })
    : null;
  const svc = c.chance(0.25)
    ? x`${c.t({ en: 'Service token for the integration', de: 'Service-Token f\u00fcr die Schnittstelle', fr: 'Jeton de service pour l\u2019interface', es: 'Token de servicio para la integraci\u00f3n' })}: ${c.jwt()}`
    : null;
  return lines(form, c.chance(0.7) && comment, svc, pasted);
};

const passwordReset: Tpl = (c) => {
  const u = c.person({ cc: c.cc });
  const ag = c.person({ cc: c.cc });
  const t = c.clock();
  const un = (): EntP => c.pick([u.f(), u.full(), u.lower(true)]);
  const an = (): EntP => c.pick([ag.f(), ag.full()]);
  const msgs = c.L<Piece[]>({
    en: () => [
      x`[${t()}] ${un()}: hi, locked out of ${c.nn('software')} again after the reset`,
      x`[${t()}] ${an()}: hi ${u.f()}, can you confirm your employee number and the mobile on file?`,
      x`[${t()}] ${un()}: ${c.ord('employee')}, mobile ${c.phone(c.cc, 'mobile')}`,
      c.chance(0.7) &&
        x`[${t()}] ${un()}: the old one was ${c.pick(['pwd: ', 'password=', 'pw '])}${c.secret('human')} if that helps`,
      c.chance(0.7) &&
        x`[${t()}] ${an()}: please never send passwords in chat! I've reset it, temporary password: ${c.secret('temp')}`,
      c.chance(0.4) && x`[${t()}] ${an()}: MFA re-enrolment link sent to ${c.email(u)}`,
      c.chance(0.3) && x`[${t()}] ${an()}: I'll also reset ${u.f()}'s MFA token, one sec`,
      c.chance(0.4) && x`[${t()}] ${un()}: works now, thanks ${ag.lower(true)}`,
    ],
    de: () => [
      x`[${t()}] ${un()}: Hallo, ich bin nach dem Reset wieder aus ${c.nn('software')} ausgesperrt`,
      x`[${t()}] ${an()}: Hallo ${u.f()}, bitte Personalnummer und hinterlegte Handynummer best\u00e4tigen`,
      x`[${t()}] ${un()}: ${c.ord('employee')}, ${c.phone(c.cc, 'mobile')}`,
      c.chance(0.7) &&
        x`[${t()}] ${un()}: altes ${c.pick(['Passwort: ', 'passwort=', 'Kennwort: '])}${c.secret('human')}, falls das hilft`,
      c.chance(0.7) &&
        x`[${t()}] ${an()}: Bitte keine Passw\u00f6rter im Chat! Neues Einmalpasswort: ${c.secret('temp')}`,
      c.chance(0.4) &&
        x`[${t()}] ${an()}: Link f\u00fcr die MFA-Neuregistrierung geht an ${c.email(u)}`,
      c.chance(0.4) && x`[${t()}] ${un()}: klappt, danke ${ag.lower(true)}`,
    ],
    fr: () => [
      x`[${t()}] ${un()}: bonjour, je suis encore bloqu\u00e9${u.gender === 'f' ? 'e' : ''} sur ${c.nn('software')}`,
      x`[${t()}] ${an()}: bonjour ${u.f()}, pouvez-vous confirmer votre matricule et votre portable ?`,
      x`[${t()}] ${un()}: ${c.ord('employee')}, ${c.phone(c.cc, 'mobile')}`,
      c.chance(0.7) &&
        x`[${t()}] ${un()}: l\u2019ancien ${c.pick(['mot de passe : ', 'mdp : ', 'mot de passe = '])}${c.secret('human')}`,
      c.chance(0.7) &&
        x`[${t()}] ${an()}: merci de ne jamais envoyer de mot de passe ici ! Mot de passe provisoire : ${c.secret('temp')}`,
      c.chance(0.4) &&
        x`[${t()}] ${an()}: lien de r\u00e9enr\u00f4lement MFA envoy\u00e9 \u00e0 ${c.email(u)}`,
    ],
    es: () => [
      x`[${t()}] ${un()}: hola, me he vuelto a quedar bloqueado en ${c.nn('software')}`,
      x`[${t()}] ${an()}: hola ${u.f()}, \u00bfme confirmas n\u00famero de empleado y m\u00f3vil?`,
      x`[${t()}] ${un()}: ${c.ord('employee')}, ${c.phone(c.cc, 'mobile')}`,
      c.chance(0.7) &&
        x`[${t()}] ${un()}: la anterior era ${c.pick(['contrase\u00f1a: ', 'clave: ', 'contrase\u00f1a='])}${c.secret('human')}`,
      c.chance(0.7) &&
        x`[${t()}] ${an()}: \u00a1no mandes contrase\u00f1as por chat! Contrase\u00f1a temporal: ${c.secret('temp')}`,
      c.chance(0.4) && x`[${t()}] ${an()}: te he enviado el enlace de MFA a ${c.email(u)}`,
      c.chance(0.4) && x`[${t()}] ${un()}: ya funciona, gracias ${ag.lower(true)}`,
    ],
  });
  return lines(c.chance(0.5) && x`${c.ord('ticket')} \u2013 ${c.nn('dept')}`, ...msgs);
};

const vpnLog: Tpl = (c) => {
  const u1 = c.person({ cc: c.cc });
  const u2 = c.person({ cc: c.cc });
  const me = c.person({ cc: c.cc });
  const emp = c.company('employer');
  const ver = c.ver(true);
  const e1 = c.email(u1, emp.domain);
  const e2 = c.email(u2, emp.domain);
  const out: Piece[] = [];
  const n = c.int(4, 9);
  for (let i = 0; i < n; i++) {
    const kind = c.int(0, 5);
    const ts = c.ts(c.chance(0.6) ? 'log' : 'iso');
    if (kind === 0)
      out.push(
        x`${ts} INFO vpn: user=${c.pick([e1, e2])} src=${c.ip()} assigned=${c.ip(false)} client=${c.pick(['AnyConnect', 'WireGuard', 'FortiClient'])} ${ver}\n`,
      );
    else if (kind === 1)
      out.push(
        x`${ts} WARN vpn: auth failed user=${c.pick([e1, e2])} src=${c.ip()} reason=${c.pick(['bad_password', 'mfa_timeout', 'cert_expired'])}\n`,
      );
    else if (kind === 2)
      out.push(
        x`${ts} sshd[${c.int(900, 65000)}]: Accepted publickey for ${c.pick(['deploy', 'backup', 'ansible', 'root'])} from ${c.ip()} port ${c.int(1024, 65535)} ssh2 key_sha256=${c.sha('sha256')}\n`,
      );
    else if (kind === 3)
      out.push(
        x`${ts} sshd[${c.int(900, 65000)}]: Failed password for invalid user ${c.pick(['admin', 'test', 'oracle', 'ubuntu'])} from ${c.ip()} port ${c.int(1024, 65535)}\n`,
      );
    else if (kind === 4)
      out.push(
        x`${ts} INFO session=${c.uuid()} user=${c.pick([e1, e2])} bytes_in=${c.int(1000, 9999999)} duration=${c.int(10, 9000)}s\n`,
      );
    else
      out.push(
        x`${ts} DEBUG gateway ${c.pick(['fw', 'firmware', 'build'])} ${c.ver(true)} peer=${c.ip(false)}\n`,
      );
  }
  if (c.chance(0.3))
    out.splice(
      c.int(0, out.length),
      0,
      x`${c.ts('iso')} WARN api: 401 POST /v1/${c.pick(['claims', 'payroll/export', 'tickets', 'meters/readings'])} from ${c.ip()} authorization="Bearer ${c.jwt()}"\n`,
    );
  const intro = c.L<Piece[]>({
    en: () =>
      lines(
        x`${c.pick([u1.f(), 'Team'])}, ${c.pick(['can you look at this?', 'VPN drops every few minutes since the update.', 'see the failed logins below \u2013 not me.'])}`,
        c.chance(0.5) && x`I'm on client ${ver}, home IP ${c.ip()}.`,
        x`\u2014 ${c.pick([me.f(), me.full()])}`,
      ),
    de: () =>
      lines(
        x`${c.pick([x`Hallo ${u1.f()}`, 'Hallo zusammen'])}, ${c.pick(['kannst du dir das mal ansehen?', 'das VPN bricht seit dem Update st\u00e4ndig ab.', 'unten die fehlgeschlagenen Logins \u2013 das war nicht ich.'])}`,
        c.chance(0.5) && x`Client-Version ${ver}, IP zuhause ${c.ip()}.`,
        x`Gru\u00df ${c.pick([me.f(), me.full()])}`,
      ),
    fr: () =>
      lines(
        x`${c.pick([x`Salut ${u1.f()}`, 'Bonjour'])}, ${c.pick(['tu peux regarder ?', 'le VPN d\u00e9croche depuis la mise \u00e0 jour.', 'voir les connexions refus\u00e9es ci-dessous, ce n\u2019est pas moi.'])}`,
        c.chance(0.5) && x`Version du client ${ver}, IP maison ${c.ip()}.`,
        x`${c.pick([me.f(), me.full()])}`,
      ),
    es: () =>
      lines(
        x`${c.pick([x`Hola ${u1.f()}`, 'Hola equipo'])}, ${c.pick(['\u00bfpod\u00e9is mirar esto?', 'la VPN se cae desde la actualizaci\u00f3n.', 'abajo los accesos fallidos, no soy yo.'])}`,
        c.chance(0.5) && x`Cliente versi\u00f3n ${ver}, IP de casa ${c.ip()}.`,
        x`${c.pick([me.f(), me.full()])}`,
      ),
  });
  const key = c.chance(0.1)
    ? x`\n\n${c.t({ en: 'Key I am using:', de: 'Mein Schl\u00fcssel:', fr: 'La cl\u00e9 utilis\u00e9e :', es: 'La clave que uso:' })}\n${c.pem()}`
    : null;
  return [c.chance(0.6) ? [intro, '\n\n'] : null, '```\n', out, '```', key];
};

const onboardingCreds: Tpl = (c) => {
  const nh = c.person({ cc: c.cc });
  const buddy = c.person({ cc: c.cc });
  const it = c.person({ cc: c.cc });
  const emp = c.company('employer');
  const ck = (): string => (c.chance(0.7) ? '[x]' : '[ ]');
  const L = c.tr({
    en: [
      'Onboarding',
      'Start date',
      'Buddy',
      'Laptop',
      'Email account',
      'initial password',
      'GitHub',
      'AWS console',
      'Slack bot for alerts',
      'VPN profile',
      'Badge',
      'Signed off by',
    ],
    de: [
      'Onboarding',
      'Startdatum',
      'Pate',
      'Laptop',
      'E-Mail-Konto',
      'Initialpasswort',
      'GitHub',
      'AWS-Konsole',
      'Slack-Bot f\u00fcr Alarme',
      'VPN-Profil',
      'Zutrittskarte',
      'Abgezeichnet',
    ],
    fr: [
      'Int\u00e9gration',
      'Arriv\u00e9e',
      'Parrain',
      'PC portable',
      'Messagerie',
      'mot de passe initial',
      'GitHub',
      'Console AWS',
      'Bot Slack des alertes',
      'Profil VPN',
      'Badge',
      'Valid\u00e9 par',
    ],
    es: [
      'Incorporaci\u00f3n',
      'Fecha de inicio',
      'Padrino',
      'Port\u00e1til',
      'Cuenta de correo',
      'contrase\u00f1a inicial',
      'GitHub',
      'Consola AWS',
      'Bot de Slack para alertas',
      'Perfil VPN',
      'Tarjeta',
      'Firmado por',
    ],
  });
  const items: Piece[] = [
    x`- ${ck()} ${L[3]}: ${c.ord('order')}${c.chance(0.4) ? x`, image ${c.ver()}` : ''}`,
    x`- ${ck()} ${L[4]}: ${c.email(nh, emp.domain)}, ${L[5]}: ${c.secret(c.pick(['temp', 'human'] as const))}`,
    c.chance(0.65) && x`- ${ck()} ${L[6]}: ${c.chance(0.5) ? 'token' : 'PAT'} ${c.gh()}`,
    c.chance(0.6) && x`- ${ck()} ${L[7]}: ${c.aws()} / ${c.awsSecret()}`,
    c.chance(0.5) && x`- ${ck()} ${L[8]}: ${c.slack()}`,
    c.chance(0.5) && x`- ${ck()} ${L[9]}: ${c.url(emp.domain, 'doc')} (gateway ${c.ip(false)})`,
    c.chance(0.5) && x`- ${ck()} ${L[10]} ${c.ord('employee')}`,
    c.chance(0.25) &&
      x`- ${ck()} API sandbox: ${c.pick(['token', 'bearer', 'JWT'])} ${c.jwt(slug(nh.first))}`,
  ];
  const deploy = c.chance(0.15)
    ? x`\n${c.t({ en: 'Deploy key (move to the vault!):', de: 'Deploy-Key (bitte in den Vault verschieben!):', fr: 'Cl\u00e9 de d\u00e9ploiement (\u00e0 mettre dans le coffre !) :', es: 'Clave de despliegue (\u00a1moverla al vault!):' })}\n${c.pem()}`
    : null;
  return lines(
    x`## ${L[0]}: ${c.pick([nh.full(), nh.lf()])}`,
    x`${L[1]}: ${c.pdate()} \u00b7 ${L[2]}: ${c.pick([buddy.f(), buddy.full()])} \u00b7 ${c.nn('dept')}`,
    '',
    ...c.shuffleTail(2, items),
    deploy,
    '',
    x`${L[11]}: ${c.pick([it.init(), it.full(), it.f()])}`,
  );
};

const configLeak: Tpl = (c) => {
  const dev = c.person({ cc: c.cc });
  const emp = c.company('employer');
  const fmt = c.pick(['env', 'yaml', 'json', 'compose'] as const);
  const host = c.ip(false);
  const sec: [string, Piece][] = c.r
    .shuffle<[string, Piece]>([
      ['DB_PASSWORD', c.secret(c.pick(['human', 'api', 'hex'] as const))],
      ['AWS_ACCESS_KEY_ID', c.aws()],
      ['AWS_SECRET_ACCESS_KEY', c.awsSecret()],
      ['GITHUB_TOKEN', c.gh()],
      ['SLACK_BOT_TOKEN', c.slack()],
      ['STRIPE_SECRET_KEY', c.secret('stripe')],
      ['API_KEY', c.secret('api')],
      ['CLIENT_SECRET', c.secret(c.pick(['api', 'hex'] as const))],
      ['SERVICE_JWT', c.jwt()],
    ])
    .slice(0, c.int(2, 5));
  const plain: [string, Piece][] = [
    ['DB_HOST', host],
    ['APP_VERSION', c.ver()],
    ['GIT_SHA', c.sha(c.pick(['short', 'git'] as const))],
    ['ADMIN_EMAIL', c.email(dev, emp.domain)],
    ['BASE_URL', ent('URL', `https://${c.pick(['api', 'crm', 'billing', 'hr'])}.${emp.domain}`)],
  ].filter(() => c.chance(0.6)) as [string, Piece][];
  const all = c.r.shuffle([...plain, ...sec]);
  const pem = c.chance(0.4) ? c.pem() : null;
  let body: Piece[];
  if (fmt === 'env') {
    body = all.map(([k, v]) => x`${k}=${c.chance(0.2) ? ['"', v, '"'] : v}\n`);
    if (pem) body.push(x`# TLS_KEY below (do not commit)\n${pem}\n`);
  } else if (fmt === 'yaml' || fmt === 'compose') {
    const ind = fmt === 'compose' ? '      ' : '  ';
    body = [
      fmt === 'compose'
        ? `services:\n  app:\n    image: ${emp.domain.split('.')[0]!}/app\n    environment:\n`
        : 'app:\n',
      ...all.map(([k, v]) => x`${ind}${fmt === 'compose' ? k : k.toLowerCase()}: ${v}\n`),
    ];
    if (pem) body.push(x`${ind}tls_key: |\n`, prefixLines(pem, ind + '  '), '\n');
  } else {
    body = [
      '{\n',
      ...all.map(
        ([k, v], i) => x`  "${k.toLowerCase()}": "${v}"${i < all.length - 1 ? ',' : ''}\n`,
      ),
      '}\n',
    ];
  }
  const name = {
    env: '.env',
    yaml: 'config/settings.yml',
    json: 'appsettings.json',
    compose: 'docker-compose.yml',
  }[fmt];
  const intro = c.L<Piece[]>({
    en: () =>
      lines(
        x`${c.pick(['Deploy to staging fails with 401.', 'Can someone check why the sync job cannot connect?', 'Pasting my local config as asked:'])} My ${name}:`,
      ),
    de: () =>
      lines(
        x`${c.pick(['Deployment auf Staging scheitert mit 401.', 'Warum kommt der Sync-Job nicht an die DB?', 'Hier wie gew\u00fcnscht meine lokale Konfig:'])} Meine ${name}:`,
      ),
    fr: () =>
      lines(
        x`${c.pick(['Le d\u00e9ploiement en recette \u00e9choue (401).', 'Quelqu\u2019un sait pourquoi le batch ne se connecte pas ?', 'Voici ma config locale comme demand\u00e9 :'])} Mon ${name} :`,
      ),
    es: () =>
      lines(
        x`${c.pick(['El despliegue en preproducci\u00f3n falla con 401.', '\u00bfAlguien sabe por qu\u00e9 el proceso no conecta?', 'Os pego mi configuraci\u00f3n local:'])} Mi ${name}:`,
      ),
  });
  const outro = c.L<Piece>({
    en: () => x`\u2014 ${c.pick([dev.f(), dev.full()])} (${c.ord('ticket')})`,
    de: () => x`Danke! ${c.pick([dev.f(), dev.full()])}`,
    fr: () => x`Merci ! ${c.pick([dev.f(), dev.full()])}`,
    es: () => x`\u00a1Gracias! ${c.pick([dev.f(), dev.full()])}`,
  });
  return [intro, '\n\n```\n', body, '```\n', outro];
};

// -- CRM ----------------------------------------------------------------------------------------------

const crmNotes: Tpl = (c) => {
  const cust = c.person();
  const rel = c.person({ cc: c.cc });
  const ags = [c.person({ cc: c.cc }), c.person({ cc: c.cc })];
  const n = c.int(2, 5);
  const low = c.chance(0.5);
  const cn = (): EntP =>
    low ? cust.lower(c.chance(0.6)) : c.pick([cust.f(), cust.full(), cust.l()]);
  const entries = c.L<Piece[][]>({
    en: () => [
      x`spoke to ${cn()} \u2013 wants to cancel before renewal, offered ${c.price(5, 50)} discount, will think about it`,
      x`${cn()} called from new mobile ${c.phone(c.cc, 'mobile')}, updated. ${c.dobPhrase(cust)} confirmed for ID&V`,
      x`${rel.lower(true)} (${cust.gender === 'f' ? 'husband' : 'wife'}) rang on behalf of ${cust.f()}, not on the account so no details given`,
      x`email bounced, new one is ${c.email(cust)}`,
      x`${c.pick([cust.lower(true), cust.f()])}'s ${cust.gender === 'f' ? 'husband' : 'wife'} called, wants to be added as second contact: ${rel.full()}, ${c.phone()}`,
      x`moved to ${c.addr()} \u2013 address changed in ${c.nn('software')}`,
      x`${neg('not_name', 'Frank')} conversation, customer unhappy with ${c.company('telco').name} handover; callback ${c.nn('weekday')} am`,
      x`card on file expired, customer read out new one ${c.card()} \u2013 REMOVE from notes`,
      c.cc === 'US'
        ? x`ID check: ${cust.f()} gave SSN ${c.ssn()} and zip, passed`
        : x`ID check passed (${c.dobPhrase(cust)})`,
    ],
    de: () => [
      x`mit ${cn()} gesprochen \u2013 will vor Verl\u00e4ngerung k\u00fcndigen, ${c.price(5, 50)} Rabatt angeboten, \u00fcberlegt noch`,
      x`${cn()} ruft von neuer Nummer an: ${c.phone(c.cc, 'mobile')}, ge\u00e4ndert. ${c.dobPhrase(cust)} zur Legitimation abgeglichen`,
      x`${rel.lower(true)} (${cust.gender === 'f' ? 'Ehemann' : 'Ehefrau'}) f\u00fcr ${cust.f()} angerufen, keine Vollmacht, keine Auskunft`,
      x`Mail unzustellbar, neue Adresse ${c.email(cust)}`,
      x`umgezogen nach ${c.addr()}, in ${c.nn('software')} ge\u00e4ndert`,
      x`Kundin/Kunde will Lastschrift auf ${c.iban()} umstellen`,
      x`R\u00fcckruf ${c.nn('weekday')} vormittag, bitte ${ags[1]!.f()} \u00fcbernehmen`,
    ],
    fr: () => [
      x`eu ${cn()} au t\u00e9l \u2013 veut r\u00e9silier avant l\u2019\u00e9ch\u00e9ance, propos\u00e9 geste de ${c.price(5, 50)}, r\u00e9fl\u00e9chit`,
      x`${cn()} appelle d\u2019un nouveau portable ${c.phone(c.cc, 'mobile')}, mis \u00e0 jour ; ${c.dobPhrase(cust)} v\u00e9rifi\u00e9e`,
      x`${rel.lower(true)} (conjoint) a appel\u00e9 pour ${cust.f()}, pas de procuration donc rien communiqu\u00e9`,
      x`mail en erreur, nouvelle adresse : ${c.email(cust)}`,
      x`d\u00e9m\u00e9nag\u00e9 au ${c.addr()}, modifi\u00e9 dans ${c.nn('software')}`,
      x`souhaite le pr\u00e9l\u00e8vement sur ${c.iban()}`,
      x`rappel ${c.pick(['lundi', 'jeudi'])} matin, ${ags[1]!.f()} prend le relais`,
    ],
    es: () => [
      x`hablo con ${cn()} \u2013 quiere dar de baja antes de la renovaci\u00f3n, ofrezco ${c.price(5, 50)} de descuento, lo pensar\u00e1`,
      x`${cn()} llama desde m\u00f3vil nuevo ${c.phone(c.cc, 'mobile')}, actualizado; ${c.dobPhrase(cust)} verificada`,
      x`llam\u00f3 ${rel.lower(true)} (pareja) por ${cust.f()}, no es titular, no se da informaci\u00f3n`,
      x`correo rebotado, el nuevo es ${c.email(cust)}`,
      x`se ha mudado a ${c.addr()}, cambiado en ${c.nn('software')}`,
      x`quiere domiciliar en ${c.iban()}`,
      x`devolver llamada el ${c.pick(['lunes', 'jueves'])} por la ma\u00f1ana, lo coge ${ags[1]!.f()}`,
    ],
  });
  const chosen = c.r.shuffle(entries).slice(0, n);
  const out: Piece[] = [];
  for (const e of chosen) {
    const ag = c.pick(ags);
    const stamp = c.chance(0.5) ? c.ts('log') : c.pdateNum();
    out.push(
      x`${stamp} ${c.pick<Piece>([x`[${ag.init()}]`, x`${ag.lower(true)}:`, x`(${ag.f()})`])} ${e}\n`,
    );
  }
  const head = c.L<Piece>({
    en: () =>
      x`Account ${c.ord('customer')} \u2013 ${c.pick([cust.full(), cust.lf(), cust.caps()])}\n`,
    de: () =>
      x`Kundenkonto ${c.ord('customer')} \u2013 ${c.pick([cust.full(), cust.lf(), cust.caps()])}\n`,
    fr: () =>
      x`Dossier client ${c.ord('customer')} \u2013 ${c.pick([cust.capsLast(), cust.full()])}\n`,
    es: () => x`Cliente ${c.ord('customer')} \u2013 ${c.pick([cust.full(), cust.caps()])}\n`,
  });
  return [c.chance(0.7) ? head : null, out];
};

const crmExport: Tpl = (c) => {
  const n = c.int(3, 6);
  const H = c.tr({
    en: ['id', 'name', 'email', 'phone', 'address', 'dob', 'segment', 'last_contact'],
    de: ['id', 'name', 'email', 'telefon', 'adresse', 'geburtsdatum', 'segment', 'letzter_kontakt'],
    fr: [
      'id',
      'nom',
      'email',
      'telephone',
      'adresse',
      'date_naissance',
      'segment',
      'dernier_contact',
    ],
    es: [
      'id',
      'nombre',
      'email',
      'telefono',
      'direccion',
      'fecha_nac',
      'segmento',
      'ultimo_contacto',
    ],
  });
  const keep = H.map((_, i) => i < 3 || c.chance(0.7));
  const rows: Piece[][] = [];
  for (let i = 0; i < n; i++) {
    const p = c.person();
    const cells: Piece[] = [
      c.ord('customer'),
      c.pick([p.full(), p.lf(), p.caps(), p.midInit()]),
      c.chance(0.85) ? c.email(p) : '',
      c.chance(0.8) ? c.phone() : '',
      c.chance(0.8) ? c.addr() : '',
      c.chance(0.85) ? c.dob() : '',
      c.pick(['retail', 'SME', 'gold', 'B2B', 'churn-risk']),
      c.pdateNum(),
    ];
    rows.push(cells.filter((_, k) => keep[k]));
  }
  const hdr = H.filter((_, k) => keep[k]);
  return [
    c.chance(0.4)
      ? x`${c.t({ en: 'Export from', de: 'Export aus', fr: 'Export', es: 'Exportaci\u00f3n de' })} ${neg('not_name', c.pick(['Salesforce', 'HubSpot', 'Dynamics 365', 'Zoho CRM', 'Pipedrive', 'SAP CRM']))} ${c.ts('iso')}\n\n`
      : null,
    table(c, hdr, rows, c.pick(['csv', 'semi', 'tsv', 'md'] as const)),
  ];
};

// -- texts with hard negatives only ----------------------------------------------------------------

const releaseNotes: Tpl = (c) => {
  const v = c.ver(c.chance(0.5));
  const n = c.int(3, 6);
  const items = c.tr<Piece[]>({
    en: [
      x`Fixed rounding of ${c.price(0, 1)} amounts in ${c.nn('software')} export (${c.ord('ticket')})`,
      x`Payroll run now respects the ${c.nn('month')} cut-off (${c.ord('ticket')})`,
      x`Bumped PDF renderer to ${c.ver()}`,
      x`Reverted ${c.sha('short')} \u2013 broke the claims upload`,
      x`New gateway firmware ${c.ver(true)} rolled out to all branches`,
      x`Meter import accepts files dated ${c.pdate()} and later`,
      x`Migration ${c.uuid()} applied`,
    ],
    de: [
      x`Rundungsfehler bei Betr\u00e4gen unter ${c.price(0, 1)} im ${c.nn('software')}-Export behoben (${c.ord('ticket')})`,
      x`Lohnlauf ber\u00fccksichtigt Stichtag im ${c.nn('month')} (${c.ord('ticket')})`,
      x`PDF-Renderer auf ${c.ver()} aktualisiert`,
      x`Commit ${c.sha('short')} zur\u00fcckgenommen \u2013 Schadenupload war defekt`,
      x`Neue Gateway-Firmware ${c.ver(true)} in allen Filialen ausgerollt`,
      x`Z\u00e4hlerstand-Import akzeptiert Dateien ab ${c.pdate()}`,
      x`Migration ${c.uuid()} eingespielt`,
    ],
    fr: [
      x`Correction de l\u2019arrondi des montants inf\u00e9rieurs \u00e0 ${c.price(0, 1)} dans l\u2019export ${c.nn('software')} (${c.ord('ticket')})`,
      x`La paie tient compte de la cl\u00f4ture de ${c.nn('month')} (${c.ord('ticket')})`,
      x`Moteur PDF mis \u00e0 jour en ${c.ver()}`,
      x`Annulation du commit ${c.sha('short')} (t\u00e9l\u00e9versement des sinistres cass\u00e9)`,
      x`Nouveau firmware passerelle ${c.ver(true)} d\u00e9ploy\u00e9 dans les agences`,
      x`Import des relev\u00e9s accept\u00e9 \u00e0 partir du ${c.pdate()}`,
      x`Migration ${c.uuid()} appliqu\u00e9e`,
    ],
    es: [
      x`Corregido el redondeo de importes menores de ${c.price(0, 1)} en la exportaci\u00f3n de ${c.nn('software')} (${c.ord('ticket')})`,
      x`La n\u00f3mina respeta el cierre de ${c.nn('month')} (${c.ord('ticket')})`,
      x`Motor PDF actualizado a ${c.ver()}`,
      x`Revertido ${c.sha('short')}: romp\u00eda la subida de siniestros`,
      x`Nuevo firmware de pasarela ${c.ver(true)} desplegado en todas las oficinas`,
      x`La importaci\u00f3n de lecturas acepta ficheros desde el ${c.pdate()}`,
      x`Migraci\u00f3n ${c.uuid()} aplicada`,
    ],
  });
  return lines(
    x`# ${c.nn('software')} ${c.t({ en: 'release', de: 'Release', fr: 'version', es: 'versi\u00f3n' })} ${v} (${c.pdate()})`,
    x`${c.t({ en: 'Build', de: 'Build', fr: 'Build', es: 'Build' })} ${c.sha('git')} \u00b7 ${c.ts('iso')}`,
    '',
    ...c.r
      .shuffle(items)
      .slice(0, n)
      .map((i) => x`- ${i}`),
    c.chance(0.4) &&
      x`\n${c.t({ en: 'Checksum (sha256)', de: 'Pr\u00fcfsumme (sha256)', fr: 'Empreinte (sha256)', es: 'Suma de control (sha256)' })}: ${c.sha('sha256')}`,
  );
};

const tariffNotice: Tpl = (c) => {
  const co = c.company(c.pick(['telco', 'utility', 'insurer'] as const));
  return c.L<Piece[]>({
    en: () =>
      lines(
        co.name,
        '',
        greetCustomer(c),
        '',
        x`From ${c.pdate()} our standard tariff changes from ${c.price(10, 90)} to ${c.price(10, 90)} a month. Contracts signed before ${c.nn('month')} keep their price until renewal.`,
        x`${neg('not_name', 'Will')} this affect me? Only if your contract number starts with ${c.ord('contract')}.`,
        c.chance(0.5) &&
          x`Your loyalty card ${c.cardFake()} remains valid; points expire on ${c.pdate()}.`,
        x`Our ${c.nn('city')} and ${c.nn('city')} shops are closed on ${c.nn('weekday')}s.`,
        '',
        x`${c.nn('dept')}, ${co.name}`,
      ),
    de: () =>
      lines(
        co.name,
        '',
        greetCustomer(c),
        '',
        x`ab dem ${c.pdate()} \u00e4ndert sich der Grundpreis von ${c.price(10, 90)} auf ${c.price(10, 90)} monatlich. Vertr\u00e4ge mit Abschluss vor ${c.nn('month')} behalten ihren Preis bis zur Verl\u00e4ngerung.`,
        c.chance(0.5) &&
          x`Ihre Kundenkarte ${c.cardFake()} bleibt g\u00fcltig; Bonuspunkte verfallen am ${c.pdate()}.`,
        x`Die Shops in ${c.nn('city')} und ${c.nn('city')} sind ${c.nn('weekday')}s geschlossen.`,
        x`Ihr ${c.nn('dept')}`,
        '',
        co.name,
      ),
    fr: () =>
      lines(
        co.name,
        '',
        greetCustomer(c),
        '',
        x`\u00c0 compter du ${c.pdate()}, l\u2019abonnement passe de ${c.price(10, 90)} \u00e0 ${c.price(10, 90)} par mois. Les contrats sign\u00e9s avant ${c.nn('month')} conservent leur tarif.`,
        c.chance(0.5) &&
          x`Votre carte de fid\u00e9lit\u00e9 ${c.cardFake()} reste valable ; les points expirent le ${c.pdate()}.`,
        x`Nos boutiques de ${c.nn('city')} et ${c.nn('city')} sont ferm\u00e9es le ${c.pick(['lundi', 'dimanche'])}.`,
        '',
        x`${c.nn('dept')} \u2013 ${co.name}`,
      ),
    es: () =>
      lines(
        co.name,
        '',
        greetCustomer(c),
        '',
        x`A partir del ${c.pdate()} la cuota pasa de ${c.price(10, 90)} a ${c.price(10, 90)} al mes. Los contratos firmados antes de ${c.nn('month')} mantienen su precio.`,
        c.chance(0.5) &&
          x`Su tarjeta de cliente ${c.cardFake()} sigue vigente; los puntos caducan el ${c.pdate()}.`,
        x`Las tiendas de ${c.nn('city')} y ${c.nn('city')} cierran los ${c.pick(['lunes', 'domingos'])}.`,
        '',
        x`${c.nn('dept')} \u2013 ${co.name}`,
      ),
  });
};

const shipmentBoard: Tpl = (c) => {
  const car = c.company('carrier');
  const n = c.int(3, 7);
  const st = c.tr({
    en: ['in transit', 'at depot', 'out for delivery', 'customs hold', 'delivered', 'exception'],
    de: ['unterwegs', 'im Depot', 'in Zustellung', 'Zoll', 'zugestellt', 'St\u00f6rung'],
    fr: ['en transit', 'au d\u00e9p\u00f4t', 'en livraison', 'douane', 'livr\u00e9', 'incident'],
    es: [
      'en tr\u00e1nsito',
      'en delegaci\u00f3n',
      'en reparto',
      'aduana',
      'entregado',
      'incidencia',
    ],
  });
  const rows: Piece[][] = [];
  for (let i = 0; i < n; i++)
    rows.push([
      c.ord('tracking'),
      c.pick(st),
      c.nn('city'),
      c.ts(c.chance(0.5) ? 'iso' : 'log'),
      `${c.int(1, 30)}.${c.int(0, 9)} kg`,
    ]);
  const H = c.tr({
    en: ['tracking', 'status', 'hub', 'last_scan', 'weight'],
    de: ['sendung', 'status', 'hub', 'letzter_scan', 'gewicht'],
    fr: ['colis', 'statut', 'hub', 'dernier_scan', 'poids'],
    es: ['envio', 'estado', 'hub', 'ultimo_escaneo', 'peso'],
  });
  return [
    x`${car.name} \u2013 ${c.t({ en: 'open shipments', de: 'offene Sendungen', fr: 'exp\u00e9ditions en cours', es: 'env\u00edos abiertos' })} ${c.pdateNum()}\n`,
    table(c, H, rows),
    c.chance(0.5)
      ? x`\n${c.t({ en: 'Scanner firmware', de: 'Scanner-Firmware', fr: 'Firmware scanners', es: 'Firmware de esc\u00e1neres' })}: ${c.ver(true)}`
      : null,
  ];
};

const journalExport: Tpl = (c) => {
  const n = c.int(3, 7);
  const rows: Piece[][] = [];
  for (let i = 0; i < n; i++) {
    const co = c.company(c.pick(['merchant', 'carrier', 'telco', 'utility', 'vendor'] as const));
    rows.push([
      c.pdateNum(),
      c.ord('invoice'),
      String(c.pick([4400, 6300, 6805, 1200, 1800, 3300, 70000, 401100])),
      co.name,
      c.price(5, 9000),
    ]);
  }
  const H = c.tr({
    en: ['date', 'doc_no', 'account', 'description', 'amount'],
    de: ['Belegdatum', 'Belegnr', 'Konto', 'Buchungstext', 'Betrag'],
    fr: ['date', 'piece', 'compte', 'libelle', 'montant'],
    es: ['fecha', 'asiento', 'cuenta', 'concepto', 'importe'],
  });
  const err = c.L<Piece>({
    en: () => x`WARN batch ${c.uuid()}: payee bank details ${c.ibanBad()} rejected (checksum)`,
    de: () =>
      x`WARNUNG Stapel ${c.uuid()}: Bankverbindung ${c.ibanBad()} abgelehnt (Pr\u00fcfziffer falsch)`,
    fr: () =>
      x`ALERTE lot ${c.uuid()} : coordonn\u00e9es bancaires ${c.ibanBad()} rejet\u00e9es (cl\u00e9 invalide)`,
    es: () => x`AVISO lote ${c.uuid()}: cuenta ${c.ibanBad()} rechazada (d\u00edgito de control)`,
  });
  return [
    x`${c.nn('acct')} ${c.t({ en: 'journal export', de: 'Buchungsstapel', fr: 'export des \u00e9critures', es: 'exportaci\u00f3n del diario' })} \u2013 ${c.ts('iso')}\n`,
    table(c, H, rows),
    c.chance(0.7) ? err : null,
  ];
};

const opsLog: Tpl = (c) => {
  const n = c.int(4, 9);
  const out: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const k = c.int(0, 6);
    const ts = c.ts(c.chance(0.6) ? 'log' : 'iso');
    if (k === 0)
      out.push(
        x`${ts} INFO job=payroll-sync run=${c.uuid()} status=ok duration_ms=${c.int(100, 90000)}\n`,
      );
    else if (k === 1)
      out.push(
        x`${ts} INFO deploy ${c.nn('software')} ${c.ver()} commit=${c.sha(c.pick(['short', 'git'] as const))}\n`,
      );
    else if (k === 2)
      out.push(x`${ts} WARN validator rejected iban=${c.ibanBad()} reason=checksum\n`);
    else if (k === 3) out.push(x`${ts} WARN validator rejected pan=${c.cardFake()} reason=luhn\n`);
    else if (k === 4)
      out.push(x`${ts} WARN validator rejected ssn=${c.ssnBad()} reason=invalid_area\n`);
    else if (k === 5)
      out.push(
        x`${ts} DEBUG cache key=${c.sha('md5')} ttl=${c.int(60, 86400)} epoch=${c.ts('epoch')}\n`,
      );
    else out.push(x`${ts} INFO invoice ${c.ord('invoice')} total=${c.price(5, 9000)} posted\n`);
  }
  const intro = c.L<Piece>({
    en: () =>
      x`Overnight batch on ${c.nn('weekday')} \u2013 ${c.pick(['nothing critical', 'three rejects, see below', 'please check the validator warnings'])}:\n`,
    de: () =>
      x`N\u00e4chtlicher Lauf am ${c.nn('weekday')} \u2013 ${c.pick(['nichts Kritisches', 'drei Abweisungen, siehe unten', 'bitte die Validator-Warnungen pr\u00fcfen'])}:\n`,
    fr: () =>
      x`Traitement de nuit du ${c.pick(['lundi', 'mardi', 'jeudi'])} \u2013 ${c.pick(['rien de critique', 'trois rejets, voir ci-dessous', 'v\u00e9rifier les alertes du validateur'])} :\n`,
    es: () =>
      x`Proceso nocturno del ${c.pick(['lunes', 'martes', 'jueves'])} \u2013 ${c.pick(['nada cr\u00edtico', 'tres rechazos, ver abajo', 'revisad los avisos del validador'])}:\n`,
  });
  return [c.chance(0.5) ? intro : null, out];
};

const termsExcerpt: Tpl = (c) => {
  return c.L<Piece[]>({
    en: () =>
      lines(
        x`Section ${c.int(2, 14)} \u2013 Excess and limits (version ${c.ver()}, valid from ${c.pdate()})`,
        x`${c.int(1, 4)}. The excess per claim is ${c.price(50, 500)}; for storm damage it rises to ${c.price(250, 1000)}.`,
        x`${c.int(5, 8)}. Claims must be reported to our ${c.nn('dept')} team within 7 days, including weekends and public holidays such as ${c.nn('month')} bank holidays.`,
        c.chance(0.5) &&
          x`${c.int(9, 12)}. Valuation follows the guide "Household Goods Valuation", ISBN ${c.isbn()}.`,
        x`Note: reference numbers shaped like ${c.ssnBad()} on old forms are internal test values.`,
      ),
    de: () =>
      lines(
        x`\u00a7 ${c.int(2, 14)} Selbstbeteiligung (AVB Stand ${c.ver()}, g\u00fcltig ab ${c.pdate()})`,
        x`(${c.int(1, 3)}) Die Selbstbeteiligung betr\u00e4gt je Schadenfall ${c.price(50, 500)}, bei Sturm ${c.price(250, 1000)}.`,
        x`(${c.int(4, 6)}) Der Versicherungsnehmer meldet den Schaden unverz\u00fcglich der ${c.nn('dept')}. Ein ${neg('not_name', 'Richter')} kann nach \u00a7 ${c.int(100, 200)} VVG angerufen werden.`,
        c.chance(0.5) &&
          x`(${c.int(7, 9)}) Bewertung nach dem Leitfaden \u201eHausrat richtig bewerten\u201c, ISBN ${c.isbn()}.`,
        x`Die Frist beginnt am ${c.pdate()} bzw. am ersten ${c.nn('weekday')} nach Zugang.`,
      ),
    fr: () =>
      lines(
        x`Article ${c.int(2, 14)} \u2013 Franchises (conditions g\u00e9n\u00e9rales ${c.ver()}, en vigueur au ${c.pdate()})`,
        x`${c.int(1, 3)}. La franchise par sinistre est de ${c.price(50, 500)} ; elle passe \u00e0 ${c.price(250, 1000)} en cas de temp\u00eate.`,
        x`${c.int(4, 6)}. Tout sinistre doit \u00eatre d\u00e9clar\u00e9 aupr\u00e8s du service ${c.nn('dept')} sous cinq jours ouvr\u00e9s.`,
        c.chance(0.5) &&
          x`${c.int(7, 9)}. L\u2019\u00e9valuation suit le guide \u00ab Estimer son mobilier \u00bb, ISBN ${c.isbn()}.`,
        x`${neg('not_name', c.pick(['Prudence', 'Constance']))} : conservez les factures d\u2019achat au moins jusqu\u2019en ${c.nn('month')} de l\u2019ann\u00e9e suivante.`,
      ),
    es: () =>
      lines(
        x`Cl\u00e1usula ${c.int(2, 14)} \u2013 Franquicias (condiciones generales ${c.ver()}, vigentes desde el ${c.pdate()})`,
        x`${c.int(1, 3)}. La franquicia por siniestro es de ${c.price(50, 500)}; en caso de temporal, ${c.price(250, 1000)}.`,
        x`${c.int(4, 6)}. Los siniestros deben comunicarse a ${c.nn('dept')} en un plazo de siete d\u00edas.`,
        c.chance(0.5) &&
          x`${c.int(7, 9)}. La valoraci\u00f3n sigue la gu\u00eda \u00abValorar el ajuar\u00bb, ISBN ${c.isbn()}.`,
        x`Oficinas de ${c.nn('city')} y ${c.nn('city')}: cerradas en ${c.nn('month')}.`,
      ),
  });
};

const staffMemo: Tpl = (c) => {
  return c.L<Piece[]>({
    en: () =>
      lines(
        x`To: all staff \u00b7 From: ${c.nn('dept')} \u00b7 ${c.pdate()}`,
        x`Subject: payroll calendar and ${c.nn('software')} upgrade`,
        '',
        x`Salaries for ${c.nn('month')} will be paid on ${c.pdate()}; the cut-off for overtime is the preceding ${c.nn('weekday')}.`,
        x`Mileage is reimbursed at ${c.price(0, 1)} per mile; the meal allowance rises to ${c.price(10, 30)}.`,
        x`${c.nn('software')} moves to ${c.ver()} over the weekend (change ${c.ord('ticket')}).`,
        c.chance(0.5) &&
          x`${neg('not_name', c.pick(['Will', 'Mark']))} ${c.pick(['everyone please submit', 'all open expense claims as final and submit'])} receipts by ${c.pdate()}.`,
        c.chance(0.4) &&
          x`Our new ${c.nn('job')} starts in the ${c.nn('city')} office in ${c.nn('month')}.`,
      ),
    de: () =>
      lines(
        x`An: alle Mitarbeitenden \u00b7 Von: ${c.nn('dept')} \u00b7 ${c.pdate()}`,
        x`Betreff: Entgeltkalender und ${c.nn('software')}-Update`,
        '',
        x`Die Geh\u00e4lter f\u00fcr ${c.nn('month')} werden am ${c.pdate()} ausgezahlt; Stichtag f\u00fcr \u00dcberstunden ist der vorhergehende ${c.nn('weekday')}.`,
        x`Das Kilometergeld betr\u00e4gt ${c.price(0, 1)}, der Essenszuschuss steigt auf ${c.price(3, 8)}.`,
        x`${c.nn('software')} wird am Wochenende auf ${c.ver()} aktualisiert (Change ${c.ord('ticket')}).`,
        c.chance(0.5) &&
          x`Der ${neg('not_name', c.pick(['Koch', 'Meister', 'Hausmeister']))} bittet, die K\u00fcche bis ${c.nn('weekday')} zu r\u00e4umen.`,
        c.chance(0.4) &&
          x`Neue Stelle: ${c.nn('job')} am Standort ${c.nn('city')} ab ${c.nn('month')}.`,
      ),
    fr: () =>
      lines(
        x`\u00c0 : tout le personnel \u00b7 De : ${c.nn('dept')} \u00b7 ${c.pdate()}`,
        x`Objet : calendrier de paie et mise \u00e0 jour ${c.nn('software')}`,
        '',
        x`Les salaires de ${c.pick(['mars', 'juin', 'septembre'])} seront vers\u00e9s le ${c.pdate()}.`,
        x`Les indemnit\u00e9s kilom\u00e9triques passent \u00e0 ${c.price(0, 1)} et le titre-restaurant \u00e0 ${c.price(8, 13)}.`,
        x`${c.nn('software')} passe en ${c.ver()} ce week-end (changement ${c.ord('ticket')}).`,
        c.chance(0.4) && x`Poste ouvert : ${c.nn('job')} \u00e0 ${c.nn('city')}.`,
      ),
    es: () =>
      lines(
        x`Para: toda la plantilla \u00b7 De: ${c.nn('dept')} \u00b7 ${c.pdate()}`,
        x`Asunto: calendario de n\u00f3minas y actualizaci\u00f3n de ${c.nn('software')}`,
        '',
        x`La n\u00f3mina de ${c.pick(['marzo', 'junio', 'septiembre'])} se abonar\u00e1 el ${c.pdate()}.`,
        x`El kilometraje se paga a ${c.price(0, 1)} y la dieta sube a ${c.price(10, 30)}.`,
        x`${c.nn('software')} se actualiza a ${c.ver()} este fin de semana (cambio ${c.ord('ticket')}).`,
        c.chance(0.4) && x`Vacante: ${c.nn('job')} en ${c.nn('city')}.`,
      ),
  });
};

// -- US-only: benefits open enrollment (SSNs and birth dates of dependants) --------------------

const benefitsEnrollment: Tpl = (c) => {
  const e = c.person({ cc: 'US' });
  const emp = c.company('employer');
  const rel = ['Spouse', 'Domestic partner', 'Child', 'Child', 'Stepchild'];
  const n = c.pick([0, 1, 2, 2, 3]);
  const deps: Piece[][] = [];
  for (let i = 0; i < n; i++) {
    const q = c.person({ cc: 'US' });
    const r = i === 0 ? c.pick(rel.slice(0, 2)) : c.pick(rel.slice(2));
    const sameLast = r !== 'Domestic partner' && c.chance(0.75);
    const d = sameLast
      ? new Person(
          q.first,
          e.last,
          q.gender,
          q.source === 'invented' || e.source === 'invented' ? 'invented' : 'listed',
          'en',
          null,
        )
      : q;
    deps.push([
      c.pick([d.full(), d.lf()]),
      r,
      r.includes('hild') ? c.dob(2005, 2022) : c.dob(1950, 2000),
      c.chance(0.85) ? c.ssn() : 'pending',
    ]);
  }
  const plan = c.pick([
    'PPO Gold',
    'HMO Silver',
    'HDHP + HSA',
    'PPO Bronze',
    'Dental Plus',
    'Vision Basic',
  ]);
  const head = fields(
    c,
    [
      ['Employee', c.pick([e.full(), e.lf(), e.caps(), e.midInit(), e.mid()])],
      ['Employee ID', c.ord('employee')],
      ['SSN', c.ssn()],
      ['Date of birth', c.dob()],
      ['Home address', c.addr('US')],
      c.chance(0.7) && ['Phone', c.phone('US')],
      c.chance(0.6) && ['Personal email', c.email(e)],
      ['Medical plan', plan],
      ['Per-paycheck contribution', c.price(20, 480, 'US')],
    ],
    c.pick(['colon', 'pad', 'caps'] as const),
  );
  const ben = c.chance(0.6) ? c.person({ cc: 'US' }) : null;
  return lines(
    x`${c.pick(['Open Enrollment', 'Benefits Election Form', 'Qualifying Life Event \u2013 benefits change'])} ${c.int(2024, 2026)} \u2013 ${emp.name}`,
    '',
    head,
    n > 0 && 'Dependents to cover:',
    n > 0 &&
      table(c, ['Name', 'Relationship', 'DOB', 'SSN'], deps, c.pick(['md', 'aligned'] as const)),
    ben &&
      x`Life insurance beneficiary: ${ben.full()} (${c.pick(['100', '50', '75'])}%), ${c.dobPhrase(ben)}`,
    x`Signature: ${c.pick([e.full(), e.lower(), e.init()])}    Date: ${c.pdateNum()}`,
    c.chance(0.4) && x`Processed by ${c.nn('dept')} in ${c.nn('software')} on ${c.pdate()}.`,
  );
};

// ---------------------------------------------------------------------------------------------
// Registry and generator.

interface TplDef {
  readonly name: string;
  readonly fn: Tpl;
  readonly w: number;
  /** Restrict to one language (and pin the country). */
  readonly only?: Lang;
  readonly cc?: CC;
}

function defs(rows: readonly (readonly [string, Tpl, number])[]): TplDef[] {
  return rows.map(([name, fn, w]) => ({ name, fn, w }));
}

/** Genres with personal data; the weight steers how often each is drawn. */
const PII_TEMPLATES: readonly TplDef[] = [
  ...defs([
    ['claim_email', claimEmail, 1.2],
    ['policy_letter', policyLetter, 1],
    ['card_dispute', cardDispute, 1.1],
    ['transfer_recall', transferRecall, 1],
    ['porting_form', portingForm, 1],
    ['meter_contract', meterContract, 1],
    ['sick_note', sickNote, 1],
    ['payslip', payslip, 1],
    ['hr_record', hrRecord, 1],
    ['reference_letter', referenceLetter, 0.8],
    ['exit_interview', exitInterview, 0.8],
    ['tenant_thread', tenantThread, 1],
    ['repair_ticket', repairTicket, 1],
    ['deposit_return', depositReturn, 0.8],
    ['workshop_report', workshopReport, 1],
    ['car_application', carApplication, 1.1],
    ['delivery_exception', deliveryException, 1],
    ['customs_decl', customsDecl, 0.8],
    ['invoice_reminder', invoiceReminder, 1],
    ['expense_report', expenseReport, 1],
    ['access_request', accessRequest, 1],
    ['password_reset', passwordReset, 1],
    ['vpn_log', vpnLog, 1.1],
    ['onboarding_creds', onboardingCreds, 1.3],
    ['config_leak', configLeak, 1.5],
    ['crm_notes', crmNotes, 1.2],
    ['crm_export', crmExport, 0.8],
  ]),
  { name: 'benefits_enrollment', fn: benefitsEnrollment, w: 1.3, only: 'en', cc: 'US' },
];

/** Genres that carry hard negatives only. */
const NEG_TEMPLATES: readonly TplDef[] = defs([
  ['release_notes', releaseNotes, 1],
  ['tariff_notice', tariffNotice, 1],
  ['shipment_board', shipmentBoard, 1],
  ['journal_export', journalExport, 1],
  ['ops_log', opsLog, 1],
  ['terms_excerpt', termsExcerpt, 1],
  ['staff_memo', staffMemo, 1],
]);

const LANG_ORDER: readonly Lang[] = ['en', 'de', 'fr', 'es'];
const NEG_ONLY_SHARE = 0.18;

export function generateHeldout10(n = 2000, seed = 101_010): Heldout10Record[] {
  const fakers = {} as Record<NameLoc, Faker>;
  for (const loc of Object.keys(LOCALE_CHAIN) as NameLoc[]) {
    fakers[loc] = new Faker({ locale: LOCALE_CHAIN[loc] });
  }
  const master = new Rng(seed);
  // Per language: which of its slots hold a hard-negative-only text (exactly 18 %, shuffled).
  const negSlots = new Map<Lang, boolean[]>();
  for (const lang of LANG_ORDER) {
    const count = Math.ceil((n - LANG_ORDER.indexOf(lang)) / LANG_ORDER.length);
    const k = Math.round(count * NEG_ONLY_SHARE);
    negSlots.set(lang, master.shuffle(Array.from({ length: Math.max(count, 0) }, (_, i) => i < k)));
  }
  const out: Heldout10Record[] = [];
  for (let i = 0; i < n; i++) {
    const lang = LANG_ORDER[i % LANG_ORDER.length]!;
    const slot = Math.floor(i / LANG_ORDER.length);
    const negOnly = negSlots.get(lang)![slot] ?? false;
    const r = new Rng((seed * 7919 + i * 104_729) >>> 0);
    for (const [j, loc] of (Object.keys(fakers) as NameLoc[]).entries()) {
      fakers[loc].seed(seed * 31 + i * 977 + j);
    }
    const pool = (negOnly ? NEG_TEMPLATES : PII_TEMPLATES).filter(
      (t) => !t.only || t.only === lang,
    );
    const def = r.weighted(pool.map((t) => [t, t.w] as const));
    const c = new Ctx(lang, r, fakers, def.cc);
    const name = def.name;
    const doc = new Doc();
    doc.add(def.fn(c));
    doc.text = doc.text.replace(/\s+$/, '');
    out.push({
      id: `h10-${lang}-${String(slot).padStart(4, '0')}`,
      lang,
      template: `${lang}:${name}`,
      text: doc.text,
      entities: doc.ents,
      negatives: doc.negs,
    });
  }
  return out;
}
