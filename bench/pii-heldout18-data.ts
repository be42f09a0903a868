/**
 * Generator for `bench/pii-heldout18.ts`: a blind held-out set of travel, hospitality and events
 * texts in English, German, French and Spanish, written from the developer corpus README's
 * conventions only. Values come from our own seeded PRNG (mulberry32) picking from
 * @faker-js/faker locale lists, plus ~25 % invented syllable-built names; every offset is recorded
 * while the text is assembled (tagged templates append pieces and push spans as they go).
 */
import {
  fakerDE,
  fakerDE_AT,
  fakerDE_CH,
  fakerEN_AU,
  fakerEN_CA,
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
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import type { HeldoutRecord, Lang } from './pii-heldout-data.js';

export interface Heldout18Span extends Span {
  readonly source?: 'listed' | 'invented';
}

export interface Heldout18Record extends HeldoutRecord {
  readonly entities: Heldout18Span[];
}

// ---------------------------------------------------------------------------------------------
// PRNG and assembly
// ---------------------------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  next(): number {
    return this.r();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(arr: readonly T[]): T {
    return arr[Math.floor(this.r() * arr.length)]!;
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  from(alphabet: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)]!;
    return s;
  }
  shuffle<T>(arr: readonly T[]): T[] {
    const a = [...arr];
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
  sample<T>(arr: readonly T[], k: number): T[] {
    return this.shuffle(arr).slice(0, k);
  }
}

type Source = 'listed' | 'invented';
interface EPart {
  readonly k: 'e';
  readonly type: string;
  readonly v: string;
  readonly src?: Source;
}
interface NPart {
  readonly k: 'n';
  readonly kind: string;
  readonly v: string;
}
type Part = string | number | EPart | NPart | readonly Part[];

const E = (type: string, v: string, src?: Source): EPart =>
  src === undefined ? { k: 'e', type, v } : { k: 'e', type, v, src };
const N = (kind: string, v: string): NPart => ({ k: 'n', kind, v });

/** Tagged template: keeps literal pieces and slot values in order. */
function tx(strings: TemplateStringsArray, ...vals: Part[]): Part[] {
  const out: Part[] = [];
  strings.forEach((s, i) => {
    if (s) out.push(s);
    if (i < vals.length) out.push(vals[i]!);
  });
  return out;
}

/** Joins parts with a separator (for lists of guests, CSV rows …). */
function join(items: readonly Part[], sep: string): Part[] {
  const out: Part[] = [];
  items.forEach((it, i) => {
    if (i > 0) out.push(sep);
    out.push(it);
  });
  return out;
}

interface Built {
  text: string;
  entities: Heldout18Span[];
  negatives: { kind: string; start: number; end: number }[];
}

const isList = (p: Part): p is readonly Part[] => Array.isArray(p);

function assemble(parts: Part, acc: Built = { text: '', entities: [], negatives: [] }): Built {
  if (typeof parts === 'string' || typeof parts === 'number') {
    acc.text += String(parts);
  } else if (isList(parts)) {
    for (const p of parts) assemble(p, acc);
  } else {
    const p = parts;
    const start = acc.text.length;
    acc.text += p.v;
    const end = acc.text.length;
    if (p.k === 'e') {
      acc.entities.push(
        p.src === undefined
          ? { type: p.type, start, end }
          : { type: p.type, start, end, source: p.src },
      );
    } else {
      acc.negatives.push({ kind: p.kind, start, end });
    }
  }
  return acc;
}

// ---------------------------------------------------------------------------------------------
// Locale lists from faker
// ---------------------------------------------------------------------------------------------

function safe<T>(fn: () => T | undefined, fb: T): T {
  try {
    return fn() ?? fb;
  } catch {
    return fb;
  }
}

interface NameLists {
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly last: readonly string[];
}

function nameLists(f: Faker): NameLists {
  const empty: Record<string, string[] | undefined> = {};
  const fn = safe(() => f.definitions.person.first_name, empty);
  const generic = fn.generic ?? [];
  const clean = (a: readonly string[]) =>
    a.filter((s) => /^[\p{L}][\p{L}' -]*[\p{L}]$/u.test(s) && s.length >= 3);
  return {
    female: clean(fn.female ?? generic),
    male: clean(fn.male ?? generic),
    last: clean(safe(() => f.definitions.person.last_name?.generic, [] as string[])),
  };
}

type Region =
  'US' | 'GB' | 'IE' | 'CA' | 'AU' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'CHF' | 'ES' | 'MX';

const REGION_FAKER: Record<Region, Faker> = {
  US: fakerEN_US,
  GB: fakerEN_GB,
  IE: fakerEN_IE,
  CA: fakerEN_CA,
  AU: fakerEN_AU,
  DE: fakerDE,
  AT: fakerDE_AT,
  CH: fakerDE_CH,
  FR: fakerFR,
  BE: fakerFR_BE,
  CHF: fakerFR_CH,
  ES: fakerES,
  MX: fakerES_MX,
};

const NAMES = new Map<Region, NameLists>();
function names(r: Region): NameLists {
  let n = NAMES.get(r);
  if (!n) {
    n = nameLists(REGION_FAKER[r]);
    NAMES.set(r, n);
  }
  return n;
}

const loc = (f: Faker, key: 'city_name' | 'street_name' | 'street_prefix' | 'street_suffix') =>
  safe(() => f.definitions.location[key] as string[] | undefined, [] as string[]);

const L = {
  usCity: loc(fakerEN_US, 'city_name'),
  usState: safe(() => fakerEN_US.definitions.location.state_abbr, [] as string[]),
  gbStreet: loc(fakerEN_GB, 'street_name'),
  caCity: loc(fakerEN_CA, 'city_name'),
  deStreet: loc(fakerDE, 'street_name'),
  deCity: loc(fakerDE, 'city_name'),
  atStreet: loc(fakerDE_AT, 'street_name').map((s) => s.replace(/\s*\(.*\)$/, '')),
  atCity: loc(fakerDE_AT, 'city_name'),
  chStreet: loc(fakerDE_CH, 'street_name'),
  chCity: loc(fakerDE_CH, 'city_name'),
  frPrefix: loc(fakerFR, 'street_prefix'),
  frSuffix: loc(fakerFR, 'street_suffix'),
  frCity: loc(fakerFR, 'city_name'),
  bePrefix: loc(fakerFR_BE, 'street_prefix'),
  beSuffix: loc(fakerFR_BE, 'street_suffix'),
  chfPrefix: loc(fakerFR_CH, 'street_prefix'),
  chfSuffix: loc(fakerFR_CH, 'street_suffix'),
  chfCity: loc(fakerFR_CH, 'city_name'),
  esCity: loc(fakerES, 'city_name'),
  mxPrefix: loc(fakerES_MX, 'street_prefix'),
  mxCity: loc(fakerES_MX, 'city_name'),
};

const GB_TOWNS: readonly (readonly [string, readonly string[]])[] = [
  ['London', ['SW', 'SE', 'N', 'E', 'W', 'NW']],
  ['Manchester', ['M']],
  ['Leeds', ['LS']],
  ['Bristol', ['BS']],
  ['Edinburgh', ['EH']],
  ['Glasgow', ['G']],
  ['Birmingham', ['B']],
  ['Liverpool', ['L']],
  ['Brighton', ['BN']],
  ['York', ['YO']],
  ['Oxford', ['OX']],
  ['Cambridge', ['CB']],
  ['Cardiff', ['CF']],
  ['Bath', ['BA']],
  ['Norwich', ['NR']],
];
const IE_TOWNS: readonly (readonly [string, string])[] = [
  ['Dublin 2', 'D02'],
  ['Dublin 6', 'D06'],
  ['Cork', 'T12'],
  ['Galway', 'H91'],
  ['Limerick', 'V94'],
  ['Kilkenny', 'R95'],
  ['Waterford', 'X91'],
];
const AU_TOWNS: readonly (readonly [string, string, string])[] = [
  ['Surry Hills', 'NSW', '2010'],
  ['Bondi Beach', 'NSW', '2026'],
  ['Fitzroy', 'VIC', '3065'],
  ['Carlton', 'VIC', '3053'],
  ['Fortitude Valley', 'QLD', '4006'],
  ['Fremantle', 'WA', '6160'],
  ['Glenelg', 'SA', '5045'],
  ['Sandy Bay', 'TAS', '7005'],
];
const BE_TOWNS: readonly (readonly [string, string])[] = [
  ['Bruxelles', '1000'],
  ['Ixelles', '1050'],
  ['Liège', '4000'],
  ['Namur', '5000'],
  ['Charleroi', '6000'],
  ['Mons', '7000'],
  ['Wavre', '1300'],
  ['Tournai', '7500'],
  ['Arlon', '6700'],
];
const MX_COLONIAS = [
  'Roma Norte',
  'Condesa',
  'Del Valle',
  'Polanco',
  'Centro',
  'Juárez',
  'Narvarte',
  'Coyoacán',
  'Providencia',
  'Chapultepec',
  'Americana',
  'Zona Hotelera',
];
const MX_STATE = ['CDMX', 'Jal.', 'N.L.', 'Q.R.', 'Pue.', 'Yuc.', 'Gto.', 'Oax.'];
const STREET_EN = [
  'Street',
  'Avenue',
  'Road',
  'Drive',
  'Lane',
  'Boulevard',
  'Court',
  'Place',
  'Way',
];
const ES_PREFIX = ['Calle', 'C/', 'Avenida', 'Avda.', 'Paseo', 'Plaza', 'Ronda', 'Camino'];
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

// ---------------------------------------------------------------------------------------------
// Invented names
// ---------------------------------------------------------------------------------------------

const SYL: Record<Lang, { on: string[]; v: string[]; gEnd: string[]; sEnd: string[] }> = {
  en: {
    on: [
      'B',
      'Br',
      'C',
      'Ch',
      'D',
      'Dr',
      'G',
      'H',
      'J',
      'K',
      'L',
      'M',
      'N',
      'P',
      'R',
      'S',
      'Sh',
      'T',
      'Th',
      'W',
    ],
    v: ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'oa'],
    gEnd: ['n', 'la', 'nie', 'ley', 'ric', 'lyn', 'son', 'ett', 'ra'],
    sEnd: ['son', 'ford', 'well', 'by', 'ton', 'wick', 'more', 'stead', 'ham'],
  },
  de: {
    on: [
      'B',
      'Br',
      'D',
      'F',
      'G',
      'Gr',
      'H',
      'K',
      'Kl',
      'L',
      'M',
      'R',
      'S',
      'Sch',
      'St',
      'T',
      'W',
      'Z',
    ],
    v: ['a', 'e', 'i', 'o', 'u', 'ei', 'au', 'ü', 'ö'],
    gEnd: ['na', 'rik', 'mar', 'lind', 'wald', 'ke', 'tje', 'ra', 'bert'],
    sEnd: ['mann', 'inger', 'hofer', 'berg', 'bach', 'ke', 'ler', 'rath', 'wein'],
  },
  fr: {
    on: ['B', 'Ch', 'D', 'F', 'G', 'J', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V'],
    v: ['a', 'e', 'i', 'o', 'ou', 'au', 'é', 'ai'],
    gEnd: ['ine', 'ette', 'ien', 'on', 'elle', 'ic', 'ane', 'aud'],
    sEnd: ['ier', 'eau', 'ard', 'in', 'ot', 'et', 'ac', 'oux', 'ange'],
  },
  es: {
    on: ['B', 'C', 'D', 'F', 'G', 'J', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'Z'],
    v: ['a', 'e', 'i', 'o', 'u', 'ia', 'ue'],
    gEnd: ['a', 'o', 'ita', 'ino', 'el', 'ia', 'ana', 'ero'],
    sEnd: ['ez', 'ano', 'era', 'ido', 'ales', 'eda', 'iz', 'ón'],
  },
};

function inventWord(rng: Rng, lang: Lang, end: 'g' | 's'): string {
  const s = SYL[lang];
  let w = rng.pick(s.on) + rng.pick(s.v);
  if (rng.chance(0.5)) w += rng.pick(s.on).toLowerCase() + rng.pick(s.v);
  w += rng.pick(end === 'g' ? s.gEnd : s.sEnd);
  return w;
}

// ---------------------------------------------------------------------------------------------
// Value generators
// ---------------------------------------------------------------------------------------------

const PHONE_COUNTRY: Record<Region, CountryCode> = {
  US: 'US',
  GB: 'GB',
  IE: 'IE',
  CA: 'CA',
  AU: 'AU',
  DE: 'DE',
  AT: 'AT',
  CH: 'CH',
  FR: 'FR',
  BE: 'BE',
  CHF: 'CH',
  ES: 'ES',
  MX: 'MX',
};

/** National significant number patterns (d = any digit). */
const PHONE_NSN: Partial<Record<CountryCode, { land: string[]; mob: string[] }>> = {
  US: {
    land: ['212', '312', '415', '617', '702', '305', '206', '303', '512', '404', '646', '773'].map(
      (a) => `${a}Xdddddd`,
    ),
    mob: [],
  },
  CA: {
    land: ['416', '604', '514', '613', '403', '902', '780'].map((a) => `${a}Xdddddd`),
    mob: [],
  },
  GB: {
    land: ['207ddddddd', '208ddddddd', '161Xdddddd', '131Xdddddd', '117Xdddddd'],
    mob: ['74dddddddd', '75dddddddd', '77dddddddd', '78dddddddd', '79dddddddd'],
  },
  IE: {
    land: ['1Xdddddd', '21Xdddddd', '91Xdddddd'],
    mob: ['83ddddddd', '85ddddddd', '86ddddddd', '87ddddddd'],
  },
  AU: { land: ['29Xdddddd', '39Xdddddd', '73Xdddddd', '89Xdddddd'], mob: ['4dddddddd'] },
  DE: {
    land: ['30Xddddddd', '40Xddddddd', '89Xdddddd', '221Xdddddd', '69Xddddddd', '711Xdddddd'],
    mob: ['151dddddddd', '152dddddddd', '160ddddddd', '170ddddddd', '176dddddddd', '171ddddddd'],
  },
  AT: {
    land: ['1Xdddddd', '316Xddddd', '662Xddddd', '512Xddddd'],
    mob: ['664ddddddd', '676ddddddd', '699dddddddd', '650ddddddd'],
  },
  CH: {
    land: ['44Xdddddd', '31Xdddddd', '61Xdddddd', '21Xdddddd', '22Xdddddd'],
    mob: ['79ddddddd', '78ddddddd', '76ddddddd'],
  },
  FR: {
    land: ['1dddddddd', '4dddddddd', '5dddddddd', '3dddddddd'],
    mob: ['6dddddddd', '76ddddddd', '77ddddddd'],
  },
  BE: { land: ['2Xdddddd', '4Xdddddd', '9Xdddddd'], mob: ['47ddddddd', '48ddddddd', '49ddddddd'] },
  ES: {
    land: ['91ddddddd', '93ddddddd', '95ddddddd', '96ddddddd'],
    mob: ['6dddddddd', '71ddddddd'],
  },
  MX: { land: ['55dddddddd', '33dddddddd', '81dddddddd', '998ddddddd'], mob: [] },
};

const PHONE_CC: Partial<Record<CountryCode, string>> = {
  US: '1',
  CA: '1',
  GB: '44',
  IE: '353',
  AU: '61',
  DE: '49',
  AT: '43',
  CH: '41',
  FR: '33',
  BE: '32',
  ES: '34',
  MX: '52',
};

function isValidPhone(s: string, c: CountryCode): boolean {
  const p = parsePhoneNumberFromString(s, c);
  return p !== undefined && p.isValid() && p.country === c;
}

const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const slug = (s: string) =>
  stripAccents(s)
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '');

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r;
}
const ibanNumeric = (s: string) =>
  s.toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
function ibanFor(cc: string, bban: string): string {
  const cd = 98 - mod97(ibanNumeric(bban + cc + '00'));
  return cc + String(cd).padStart(2, '0') + bban;
}
const group4 = (s: string) => s.replace(/(.{4})/g, '$1 ').trim();

export interface Person {
  readonly first: string;
  readonly last: string;
  readonly female: boolean;
  readonly src: Source;
  /** "Given Surname" */
  readonly full: EPart;
  readonly given: EPart;
  readonly sur: EPart;
  /** "Surname, Given" */
  readonly lastFirst: EPart;
  /** "G. Surname" */
  readonly initial: EPart;
  /** "SURNAME/GIVEN" as on boarding passes */
  readonly pax: EPart;
  /** "SURNAME Given" as on French forms */
  readonly upperLast: EPart;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const b64url = (s: string) => Buffer.from(s).toString('base64url');

class Gen {
  readonly lang: Lang;
  readonly region: Region;
  constructor(
    readonly rng: Rng,
    lang: Lang,
    region: Region,
  ) {
    this.lang = lang;
    this.region = region;
  }

  pick<T>(a: readonly T[]): T {
    return this.rng.pick(a);
  }
  int(a: number, b: number): number {
    return this.rng.int(a, b);
  }
  chance(p: number): boolean {
    return this.rng.chance(p);
  }

  // ---- persons -------------------------------------------------------------------------------
  person(
    opts: { female?: boolean; region?: Region; last?: string; lastSrc?: Source } = {},
  ): Person {
    const r = opts.region ?? this.region;
    const lang = regionLang(r);
    const female = opts.female ?? this.chance(0.5);
    const inv = this.chance(0.25);
    const nl = names(r);
    let first: string;
    let last: string;
    if (inv) {
      first = inventWord(this.rng, lang, 'g');
      last = inventWord(this.rng, lang, 's');
    } else {
      first = this.pick(female ? nl.female : nl.male);
      last = this.pick(nl.last);
      if ((r === 'ES' || r === 'MX') && this.chance(0.6)) last += ' ' + this.pick(nl.last);
    }
    if (opts.last !== undefined) last = opts.last;
    const src: Source = inv ? 'invented' : 'listed';
    const lsrc = opts.lastSrc ?? src;
    return {
      first,
      last,
      female,
      src,
      full: E('PERSON', `${first} ${last}`, src),
      given: E('PERSON', first, src),
      sur: E('PERSON', last, lsrc),
      lastFirst: E('PERSON', `${last}, ${first}`, src),
      initial: E('PERSON', `${first[0]!}. ${last}`, src),
      pax: E(
        'PERSON',
        `${slug(last.split(' ')[0]!).toUpperCase()}/${slug(first).toUpperCase()}`,
        src,
      ),
      upperLast: E('PERSON', `${last.toUpperCase()} ${first}`, src),
    };
  }
  /** Family member sharing the surname. */
  relative(p: Person, female?: boolean): Person {
    const o: { female?: boolean; last: string; lastSrc: Source } = { last: p.last, lastSrc: p.src };
    if (female !== undefined) o.female = female;
    return this.person(o);
  }
  title(p: Person): string {
    switch (this.lang) {
      case 'en':
        return p.female ? this.pick(['Mrs', 'Ms', 'Mrs.', 'Ms.']) : this.pick(['Mr', 'Mr.']);
      case 'de':
        return p.female ? 'Frau' : 'Herr';
      case 'fr':
        return p.female ? this.pick(['Mme', 'Madame', 'Mme.']) : this.pick(['M.', 'Monsieur']);
      case 'es':
        return p.female ? this.pick(['Sra.', 'Señora', 'Dña.']) : this.pick(['Sr.', 'Señor', 'D.']);
    }
  }

  // ---- contact -------------------------------------------------------------------------------
  phone(region?: Region, kind?: 'land' | 'mob'): EPart {
    const c = PHONE_COUNTRY[region ?? this.region];
    const pats = PHONE_NSN[c]!;
    const k = kind ?? (pats.mob.length && this.chance(0.55) ? 'mob' : 'land');
    const list = k === 'mob' && pats.mob.length ? pats.mob : pats.land;
    for (let tries = 0; tries < 200; tries++) {
      const nsn = this.pick(list).replace(/[dX]/g, (m) =>
        String(m === 'X' ? this.int(2, 9) : this.int(0, 9)),
      );
      const p = parsePhoneNumberFromString(nsn, c);
      if (!p || !p.isValid() || p.country !== c) continue;
      const s = this.formatPhone(p.formatNational(), p.formatInternational(), nsn, c);
      if (isValidPhone(s, c)) return E('PHONE', s);
      return E('PHONE', p.formatInternational());
    }
    throw new Error(`no valid phone for ${c}`);
  }
  private formatPhone(nat: string, intl: string, nsn: string, c: CountryCode): string {
    const cc = PHONE_CC[c] ?? '';
    const style = this.int(0, 5);
    if (style === 0) return intl;
    if (style === 1) return nat;
    if (c === 'US' || c === 'CA') {
      const a = nsn.slice(0, 3);
      const b = nsn.slice(3, 6);
      const d = nsn.slice(6);
      return this.pick([
        `${a}-${b}-${d}`,
        `+1 ${a}-${b}-${d}`,
        `${a}.${b}.${d}`,
        `+1 (${a}) ${b}-${d}`,
        `1-${a}-${b}-${d}`,
      ]);
    }
    if (c === 'FR') {
      const n = '0' + nsn;
      const pairs = n.replace(/(\d{2})/g, '$1 ').trim();
      return this.pick([
        pairs.replace(/ /g, '.'),
        `+33 ${nsn[0]!} ${nsn
          .slice(1)
          .replace(/(\d{2})/g, '$1 ')
          .trim()}`,
        pairs,
        `+33${nsn}`,
      ]);
    }
    if (c === 'DE' || c === 'AT') {
      const natNo = nat.replace(/[^\d]/g, '');
      const sp = nat.split(' ');
      const pre = sp[0] ?? '';
      const rest = natNo.slice(pre.replace(/\D/g, '').length);
      return this.pick([
        `${pre}/${rest}`,
        `${pre} ${rest}`,
        `+${cc} ${pre.slice(1)} ${rest}`,
        `+${cc} (0)${pre.slice(1)} ${rest}`,
        `0049${nsn}`.replace(/^0049/, c === 'AT' ? '0043' : '0049'),
      ]);
    }
    if (c === 'ES') {
      return this.pick([
        `${nsn.slice(0, 3)} ${nsn.slice(3, 5)} ${nsn.slice(5, 7)} ${nsn.slice(7)}`,
        `+34 ${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`,
        `+34${nsn}`,
        `0034 ${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`,
      ]);
    }
    if (c === 'MX') {
      return this.pick([
        `+52 ${nsn.slice(0, 2)} ${nsn.slice(2, 6)} ${nsn.slice(6)}`,
        `${nsn.slice(0, 2)} ${nsn.slice(2, 6)} ${nsn.slice(6)}`,
        `+52 1 ${nsn.slice(0, 2)} ${nsn.slice(2, 6)} ${nsn.slice(6)}`,
      ]);
    }
    if (c === 'GB' || c === 'IE' || c === 'AU') {
      return this.pick([
        intl.replace(/^\+(\d+) /, `+$1 (0)`),
        nat.replace(/ /g, ''),
        intl.replace(/ /g, ''),
      ]);
    }
    return this.pick([intl.replace(/ /g, ''), nat.replace(/ /g, '.'), nat]);
  }

  email(p?: Person, domain?: string): EPart {
    let local: string;
    if (p) {
      const f = slug(p.first);
      const l = slug(p.last.split(' ')[0]!);
      local = this.pick([
        `${f}.${l}`,
        `${f[0]!}.${l}`,
        `${f}${l}`,
        `${l}.${f}`,
        `${f}_${l}${this.int(1, 99)}`,
        `${f}.${l}+${this.pick(['travel', 'hotel', 'trips', 'booking'])}`,
        `${f}${this.int(70, 99)}`,
      ]);
    } else {
      local = this.pick([
        'reservations',
        'frontdesk',
        'info',
        'bookings',
        'events',
        'guestservices',
        'concierge',
      ]);
    }
    return E('EMAIL', `${local}@${domain ?? this.pick(MAIL_DOMAINS[this.region])}`);
  }

  url(host: string, path: string): EPart {
    return E('URL', `https://${host}/${path}`);
  }
  ref(n = 6): string {
    return this.rng.from('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', n);
  }

  // ---- addresses -----------------------------------------------------------------------------
  addr(region?: Region): EPart {
    const r = region ?? this.region;
    const rng = this.rng;
    const num = this.int(1, 180);
    let s: string;
    switch (r) {
      case 'US': {
        const nl = names('US');
        const apt = this.chance(0.3)
          ? `, ${this.pick(['Apt', 'Apt.', 'Suite', 'Unit'])} ${this.int(1, 30)}${this.pick(['', 'A', 'B', 'C'])}`
          : '';
        s = `${this.int(10, 9800)} ${this.chance(0.5) ? this.pick(nl.last) : this.pick(['Oak', 'Maple', 'Cedar', 'Pine', 'Elm', 'Lake', 'Hill', 'Park'])} ${this.pick(STREET_EN)}${apt}, ${this.pick(L.usCity)}, ${this.pick(L.usState)} ${rng.digits(5)}`;
        break;
      }
      case 'CA':
        s = `${this.int(10, 9800)} ${this.pick(names('CA').last)} ${this.pick(STREET_EN)}, ${this.pick(L.caCity)}, ${this.pick(['ON', 'BC', 'QC', 'AB', 'NS', 'MB'])} ${rng.from('ABCEGHJKLMNPRSTVXY', 1)}${rng.digits(1)}${rng.from('ABCEGHJKLMNPRSTVWXYZ', 1)} ${rng.digits(1)}${rng.from('ABCEGHJKLMNPRSTVWXYZ', 1)}${rng.digits(1)}`;
        break;
      case 'GB': {
        const [town, areas] = this.pick(GB_TOWNS);
        s = `${this.chance(0.2) ? `Flat ${this.int(1, 12)}, ` : ''}${num} ${this.pick(L.gbStreet)}, ${town}, ${this.pick(areas)}${this.int(1, 20)} ${this.int(1, 9)}${rng.from('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
        break;
      }
      case 'IE': {
        const [town, key] = this.pick(IE_TOWNS);
        s = `${num} ${this.pick(L.gbStreet)}, ${town}, ${key} ${rng.from('ACDEFHKNPRTVWXY', 1)}${rng.digits(1)}${rng.from('ACDEFHKNPRTVWXY0123456789', 2)}`;
        break;
      }
      case 'AU': {
        const [sub, st, pc] = this.pick(AU_TOWNS);
        s = `${this.chance(0.3) ? `${this.int(1, 40)}/` : ''}${num} ${this.pick(names('AU').last)} ${this.pick(['Street', 'Road', 'Parade', 'Avenue', 'Crescent'])}, ${sub} ${st} ${pc}`;
        break;
      }
      case 'DE':
        s = `${this.pick(L.deStreet)} ${num}${this.chance(0.15) ? this.pick(['a', 'b']) : ''}, ${String(this.int(1067, 99998)).padStart(5, '0')} ${this.pick(L.deCity)}`;
        break;
      case 'AT':
        s = `${this.pick(L.atStreet)} ${num}${this.chance(0.3) ? `/${this.int(1, 12)}` : ''}, ${this.chance(0.2) ? 'A-' : ''}${this.int(1010, 9992)} ${this.pick(L.atCity)}`;
        break;
      case 'CH':
        s = `${this.pick(L.chStreet)} ${num}, ${this.chance(0.2) ? 'CH-' : ''}${this.int(1000, 9658)} ${this.pick(L.chCity)}`;
        break;
      case 'FR':
        s =
          `${num}${this.chance(0.1) ? ' bis' : ''}, ${this.pick(L.frPrefix).toLowerCase()} ${this.pick(L.frSuffix)}, ${String(this.int(1, 95)).padStart(2, '0')}${this.int(0, 9)}${this.pick(['00', '10', '20', '40', '70'])} ${this.pick(L.frCity)}`.replace(
            /^(\d+(?: bis)?), /,
            '$1 ',
          );
        break;
      case 'BE': {
        const [town, pc] = this.pick(BE_TOWNS);
        s = `${this.pick(L.bePrefix)} ${this.pick(L.beSuffix)} ${num}, ${pc} ${town}`;
        break;
      }
      case 'CHF':
        s = `${this.pick(L.chfPrefix)} ${this.pick(L.chfSuffix)} ${num}, ${this.int(1000, 2999)} ${this.pick(L.chfCity)}`;
        break;
      case 'ES': {
        const nl = names('ES');
        const st = this.chance(0.5)
          ? this.pick(nl.last)
          : `${this.pick(nl.male.concat(nl.female))} ${this.pick(nl.last)}`;
        const piso = this.chance(0.6)
          ? `, ${this.int(1, 8)}º ${this.pick(['A', 'B', 'C', 'D', 'izq.', 'dcha.'])}`
          : '';
        s = `${this.pick(ES_PREFIX)} ${this.chance(0.3) ? 'de ' : ''}${st}, ${num}${piso}, ${String(this.int(1, 52)).padStart(2, '0')}${rng.digits(3)} ${this.pick(L.esCity)}`;
        break;
      }
      case 'MX': {
        const nl = names('MX');
        s = `${this.pick(L.mxPrefix)} ${this.pick(nl.male.concat(nl.female))} ${this.pick(nl.last)} ${this.int(10, 2999)}${this.chance(0.3) ? ` Int. ${this.int(1, 40)}` : ''}, Col. ${this.pick(MX_COLONIAS)}, ${rng.digits(5)} ${this.pick(L.mxCity)}, ${this.pick(MX_STATE)}`;
        break;
      }
    }
    return E('STREET_ADDRESS', s);
  }

  // ---- dates ---------------------------------------------------------------------------------
  private fmtDate(y: number, m: number, d: number, style?: number): string {
    const dd = String(d).padStart(2, '0');
    const mm = String(m).padStart(2, '0');
    const mon = MONTHS[this.lang][m - 1]!;
    this.dstyle ??= this.int(0, 2);
    const st = style ?? this.dstyle;
    switch (this.lang) {
      case 'en':
        if (this.region === 'US')
          return [`${mon} ${d}, ${y}`, `${mm}/${dd}/${y}`, `${y}-${mm}-${dd}`][st]!;
        return [`${d} ${mon} ${y}`, `${dd}/${mm}/${y}`, `${dd}-${mon.slice(0, 3)}-${y}`][st]!;
      case 'de':
        return [`${dd}.${mm}.${y}`, `${d}. ${mon} ${y}`, `${y}-${mm}-${dd}`][st]!;
      case 'fr':
        return [
          `${dd}/${mm}/${y}`,
          `${d === 1 ? '1er' : d} ${mon} ${y}`,
          this.region === 'CHF' ? `${dd}.${mm}.${y}` : `${dd}/${mm}/${y}`,
        ][st]!;
      case 'es':
        return [`${dd}/${mm}/${y}`, `${d} de ${mon} de ${y}`, `${dd}-${mm}-${y}`][st]!;
    }
  }
  dob(kind: 'adult' | 'child' = 'adult', style?: number): EPart {
    const y = kind === 'adult' ? this.int(1944, 2004) : this.int(2009, 2022);
    return E('DATE_OF_BIRTH', this.fmtDate(y, this.int(1, 12), this.int(1, 28), style));
  }
  private cursor: Date | undefined;
  private dstyle: number | undefined;
  /** A non-birth date (arrival, departure, event); successive calls in one text move forward. */
  date(style?: number): NPart {
    if (!this.cursor)
      this.cursor = new Date(Date.UTC(this.pick([2025, 2026]), this.int(0, 11), this.int(1, 28)));
    else this.cursor = new Date(this.cursor.getTime() + this.int(1, 9) * 86400000);
    const c = this.cursor;
    return N(
      'plain_date',
      this.fmtDate(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate(), style),
    );
  }
  /** Arrival and departure as two plain dates, departure after arrival. */
  stay(style?: number): [NPart, NPart] {
    return [this.date(style), this.date(style)];
  }
  time(): string {
    const h = this.int(6, 22);
    const m = this.pick(['00', '15', '30', '45', '05', '50']);
    if (this.lang === 'en' && this.region === 'US')
      return `${h > 12 ? h - 12 : h}:${m} ${h >= 12 ? 'pm' : 'am'}`;
    return this.lang === 'fr' ? `${h}h${m}` : `${String(h).padStart(2, '0')}:${m}`;
  }

  // ---- money ---------------------------------------------------------------------------------
  iban(country?: string, grouped?: boolean): EPart {
    const cc =
      country ??
      (
        {
          DE: 'DE',
          AT: 'AT',
          CH: 'CH',
          CHF: 'CH',
          FR: 'FR',
          BE: 'BE',
          ES: 'ES',
          MX: 'ES',
          GB: 'GB',
          IE: 'IE',
          US: 'GB',
          CA: 'GB',
          AU: 'IE',
        } as Record<Region, string>
      )[this.region];
    const v = ibanFor(cc, this.bban(cc));
    return E('IBAN', (grouped ?? this.chance(0.6)) ? group4(v) : v);
  }
  private bban(cc: string): string {
    const d = (n: number) => this.rng.digits(n);
    switch (cc) {
      case 'DE':
        return String(this.int(1, 8)) + d(17);
      case 'AT':
        return String(this.int(1, 9)) + d(15);
      case 'CH':
        return '00' + d(15);
      case 'FR': {
        const bank = d(5);
        const branch = d(5);
        const acct = d(11);
        const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(acct)) % 97);
        return bank + branch + acct + String(key).padStart(2, '0');
      }
      case 'BE': {
        const b = String(this.int(1, 9)) + d(9);
        const k = Number(BigInt(b) % 97n) || 97;
        return b + String(k).padStart(2, '0');
      }
      case 'ES': {
        const bank = d(4);
        const branch = d(4);
        const acct = d(10);
        const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
        const dc = (s: string) => {
          const sum = s.split('').reduce((a, ch, i) => a + Number(ch) * w[i]!, 0);
          const r = 11 - (sum % 11);
          return r === 11 ? 0 : r === 10 ? 1 : r;
        };
        return bank + branch + String(dc('00' + bank + branch)) + String(dc(acct)) + acct;
      }
      case 'IE':
        return this.pick(['AIBK', 'BOFI', 'IPBS']) + d(14);
      default:
        return this.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + d(14);
    }
  }
  ibanBad(country?: string): NPart {
    const good = this.iban(country, this.chance(0.6)).v;
    const compact = good.replace(/ /g, '');
    const cd = Number(compact.slice(2, 4));
    const bad = String(((cd + this.int(1, 60) - 2) % 97) + 2).padStart(2, '0');
    const wrong = bad === compact.slice(2, 4) ? String((cd % 96) + 3).padStart(2, '0') : bad;
    const out = compact.slice(0, 2) + wrong + compact.slice(4);
    return N('iban_invalid', good.includes(' ') ? group4(out) : out);
  }
  private cardDigits(): string {
    const t = this.int(0, 9);
    let body: string;
    let len = 16;
    if (t < 4) body = '4' + this.rng.digits(5);
    else if (t < 6) body = '5' + String(this.int(1, 5)) + this.rng.digits(4);
    else if (t < 7) body = String(this.int(2221, 2720)) + this.rng.digits(2);
    else if (t < 9) {
      body = this.pick(['34', '37']) + this.rng.digits(4);
      len = 15;
    } else body = '6011' + this.rng.digits(2);
    body += this.rng.digits(len - 1 - body.length);
    return body + luhnDigit(body);
  }
  private fmtCard(n: string): string {
    const st = this.int(0, 2);
    if (n.length === 15) {
      const g = [n.slice(0, 4), n.slice(4, 10), n.slice(10)];
      return st === 0 ? n : g.join(st === 1 ? ' ' : '-');
    }
    return st === 0 ? n : group4(n).replace(/ /g, st === 1 ? ' ' : '-');
  }
  card(): EPart {
    return E('CREDIT_CARD', this.fmtCard(this.cardDigits()));
  }
  cardBad(): NPart {
    const n = this.cardDigits();
    const last = (Number(n[n.length - 1]) + this.int(1, 9)) % 10;
    return N('card_lookalike', this.fmtCard(n.slice(0, -1) + String(last)));
  }
  ssn(): EPart {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    const a = String(area).padStart(3, '0');
    const g = String(this.int(1, 99)).padStart(2, '0');
    const s = String(this.int(1, 9999)).padStart(4, '0');
    return E('US_SSN', this.chance(0.8) ? `${a}-${g}-${s}` : `${a} ${g} ${s}`);
  }
  ssnBad(): NPart {
    const a = this.pick(['000', '666', String(this.int(900, 999))]);
    return N(
      'ssn_invalid',
      `${a}-${String(this.int(1, 99)).padStart(2, '0')}-${String(this.int(1, 9999)).padStart(4, '0')}`,
    );
  }
  price(): NPart {
    const amt = this.chance(0.7) ? this.int(19, 390) : this.int(390, 2400);
    const c = this.int(0, 99);
    const cents = String(c).padStart(2, '0');
    const big = amt >= 1000;
    if (this.lang === 'en') {
      const cur =
        this.region === 'GB' ? '£' : this.region === 'IE' ? '€' : this.region === 'AU' ? 'A$' : '$';
      return N('price', `${cur}${big ? amt.toLocaleString('en-US') : amt}.${cents}`);
    }
    const cur =
      this.region === 'CH' || this.region === 'CHF' ? 'CHF' : this.region === 'MX' ? 'MXN' : '€';
    const num = `${big ? `${Math.floor(amt / 1000)}${this.lang === 'fr' ? '\u202f' : '.'}${String(amt % 1000).padStart(3, '0')}` : amt},${cents}`;
    if (cur === 'CHF') return N('price', `CHF ${amt}.${cents}`);
    if (cur === 'MXN') return N('price', `$${amt * 18}.${cents} MXN`);
    return N('price', this.chance(0.7) ? `${num} €` : `EUR ${num}`);
  }

  // ---- travel decoys -------------------------------------------------------------------------
  pnr(): NPart {
    return N('pnr', this.ref(6));
  }
  flight(): NPart {
    const al = this.pick([
      'LH',
      'LX',
      'OS',
      'AF',
      'IB',
      'VY',
      'BA',
      'EI',
      'UA',
      'AA',
      'KL',
      'U2',
      'FR',
      'EW',
      'AM',
      'SN',
      'TP',
    ]);
    return N('flight', `${al}${this.chance(0.5) ? ' ' : ''}${this.int(10, 9899)}`);
  }
  train(): NPart {
    const t = this.pick(
      {
        en: ['Eurostar', 'Acela', 'LNER', 'Avanti', 'Amtrak'],
        de: ['ICE', 'IC', 'EC', 'RJX', 'NJ', 'IR'],
        fr: ['TGV INOUI', 'TER', 'Intercités', 'Eurostar', 'OUIGO', 'IC'],
        es: ['AVE', 'Alvia', 'Avlo', 'Iryo', 'OUIGO', 'Intercity'],
      }[this.lang],
    );
    return N('train', `${t} ${this.int(10, 9999)}`);
  }
  seat(): NPart {
    return N('seat', `${this.int(1, 42)}${this.pick(['A', 'B', 'C', 'D', 'E', 'F'])}`);
  }
  conf(): NPart {
    return N(
      'order_no',
      this.pick([
        this.rng.digits(10),
        `${this.rng.digits(4)} ${this.rng.digits(3)} ${this.rng.digits(3)}`,
        `${this.rng.digits(3)}-${this.rng.digits(3)}-${this.rng.digits(4)}`,
        `${this.rng.digits(2)} ${this.rng.digits(2)} ${this.rng.digits(2)} ${this.rng.digits(2)} ${this.rng.digits(2)}`,
      ]),
    );
  }
  loyalty(): NPart {
    const n = '99' + this.rng.digits(13);
    return N(
      'loyalty',
      this.chance(0.5) ? n : `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8, 12)} ${n.slice(12)}`,
    );
  }
  passport(): NPart {
    return N(
      'passport',
      this.pick([
        this.rng.from('CFGHJKLMNPRTVWXYZ', 1) + this.rng.from('CFGHJKLMNPRTVWXYZ0123456789', 8),
        this.rng.digits(2) + this.rng.from('ABCDEFGHJKLMNPRSTUVWXYZ', 2) + this.rng.digits(5),
        'X' + this.rng.from('ABCDEFGHJKLMNPRSTUVWXYZ', 2) + this.rng.digits(6),
      ]),
    );
  }
  version(): NPart {
    return N(
      'version',
      this.pick([
        `v${this.int(1, 9)}.${this.int(0, 30)}.${this.int(0, 99)}`,
        `${this.int(1, 12)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(0, 255)}`,
        `${this.int(2019, 2026)}.${this.int(1, 12)}.${this.int(0, 9)}`,
      ]),
    );
  }
  room(): NPart {
    return N('room_no', String(this.int(1, 7) * 100 + this.int(1, 40)));
  }
  private tsCursor = 0;
  /** ISO timestamps; successive calls in one text move forward by seconds. */
  ts(): NPart {
    if (this.tsCursor === 0)
      this.tsCursor = Date.UTC(
        this.pick([2025, 2026]),
        this.int(0, 11),
        this.int(1, 28),
        this.int(0, 23),
        this.int(0, 59),
        this.int(0, 59),
      );
    else this.tsCursor += this.int(1, 90) * 1000;
    return N('timestamp', new Date(this.tsCursor).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  }
  eponym(kind: keyof typeof EPONYMS = 'hotel'): NPart {
    return N('eponym', this.pick(EPONYMS[kind][this.lang]));
  }
  brand(): NPart {
    return N(
      'brand',
      this.pick([
        'Marriott',
        'Hilton',
        'Hyatt',
        'Sheraton',
        'Kempinski',
        'Radisson',
        'Mövenpick',
        'Ritz-Carlton',
        'Four Seasons',
        'Meliá',
        'NH Hotels',
        'Accor',
        'Ibis',
        'Novotel',
        'Steigenberger',
        'Hampton by Hilton',
        'Lufthansa',
        'Iberia',
        'Air France',
        'Ryanair',
        'easyJet',
        'Sixt',
        'Europcar',
        'Hertz',
        'Avis',
      ]),
    );
  }

  // ---- technical -----------------------------------------------------------------------------
  ip(v6 = this.chance(0.25)): EPart {
    if (v6) {
      const h = () => this.rng.from('0123456789abcdef', this.int(1, 4));
      return E(
        'IP_ADDRESS',
        this.chance(0.5) ? `2001:db8:${h()}:${h()}::${h()}` : `fe80::${h()}:${h()}:${h()}:${h()}`,
      );
    }
    return E(
      'IP_ADDRESS',
      this.pick([
        `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`,
        `192.168.${this.int(0, 20)}.${this.int(2, 254)}`,
        `${this.int(80, 217)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`,
        `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`,
      ]),
    );
  }
  secret(): EPart {
    return E(
      'GENERIC_SECRET',
      this.pick(['', '', 'sk_live_', 'cm_']) + this.rng.from(B64, this.int(32, 40)),
    );
  }
  aws(): EPart {
    return E('AWS_ACCESS_KEY', 'AKIA' + this.rng.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
  }
  slack(): EPart {
    return E(
      'SLACK_TOKEN',
      `xoxb-${this.rng.digits(12)}-${this.rng.digits(13)}-${this.rng.from(B64, 24)}`,
    );
  }
  github(): EPart {
    return E('GITHUB_TOKEN', 'ghp_' + this.rng.from(B64, 36));
  }
  jwt(): EPart {
    const h = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const p = b64url(
      JSON.stringify({
        sub: this.rng.digits(8),
        scope: 'reservations',
        iat: 1760000000 + this.int(0, 9999999),
      }),
    );
    return E('JWT', `${h}.${p}.${this.rng.from(B64 + '-_', 43)}`);
  }
}

function regionLang(r: Region): Lang {
  if (r === 'US' || r === 'GB' || r === 'IE' || r === 'CA' || r === 'AU') return 'en';
  if (r === 'DE' || r === 'AT' || r === 'CH') return 'de';
  if (r === 'FR' || r === 'BE' || r === 'CHF') return 'fr';
  return 'es';
}

const MAIL_DOMAINS: Record<Region, readonly string[]> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net'],
  GB: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com', 'sky.com', 'yahoo.co.uk'],
  IE: ['gmail.com', 'eircom.net', 'hotmail.com', 'outlook.ie'],
  CA: ['gmail.com', 'rogers.com', 'shaw.ca', 'outlook.com'],
  AU: ['gmail.com', 'bigpond.com', 'optusnet.com.au', 'outlook.com'],
  DE: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de', 'freenet.de'],
  AT: ['gmx.at', 'aon.at', 'chello.at', 'gmail.com'],
  CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'gmail.com'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr', 'wanadoo.fr'],
  BE: ['skynet.be', 'telenet.be', 'proximus.be', 'gmail.com'],
  CHF: ['bluewin.ch', 'gmail.com', 'hispeed.ch'],
  ES: ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es'],
  MX: ['gmail.com', 'hotmail.com', 'prodigy.net.mx', 'outlook.com', 'yahoo.com.mx'],
};

const EPONYMS = {
  hotel: {
    en: [
      'The Savoy',
      "Claridge's",
      'The Ritz London',
      'Waldorf Astoria',
      'The Langham',
      'Hotel Marcel',
      'The Jefferson',
      'The Shelbourne',
      'The Fairmont Empress',
      'The Wellington',
      'Queen Victoria Hotel',
      'Hilton Garden Inn',
      'Hyatt Regency',
      'The Stafford',
      'Marriott Marquis',
    ],
    de: [
      'Hotel Adlon Kempinski',
      'Hotel Sacher',
      'Louis C. Jacob',
      'Hotel Vier Jahreszeiten Kempinski',
      'Hotel Bristol',
      'Hotel Imperial',
      'Hotel Bayerischer Hof',
      'Schlosshotel Kronberg',
      'Hotel Elephant',
      'Hotel Amadeus',
      'Romantik Hotel Goldener Karpfen',
      'Hotel Schweizerhof',
      'Hilton Munich Park',
      'Hotel Friedrich Wilhelm',
    ],
    fr: [
      'Hôtel Ritz Paris',
      'Le Bristol',
      'Four Seasons Hôtel George V',
      'Hôtel Lutetia',
      'Hôtel Le Meurice',
      'Hôtel Napoléon',
      'Hôtel Marcel Dassault',
      'Hôtel Carlton Cannes',
      'Hôtel Negresco',
      'Hôtel Molière',
      'Hôtel Saint-Louis',
      'Hôtel Victor Hugo',
      'Hôtel Amigo',
      'Beau-Rivage Palace',
    ],
    es: [
      'Hotel Alfonso XIII',
      'Hotel María Cristina',
      'Hotel Ritz Madrid',
      'Hotel Marqués de Riscal',
      'Parador Carlos V',
      'Hotel Emperatriz Eugenia',
      'Hotel Miguel Ángel',
      'Hotel Cervantes',
      'Hotel Reina Victoria',
      'Gran Hotel Don Gregorio',
      'Hotel Isabel la Católica',
      'Hotel Francisco I',
      'Hotel Benito Juárez Plaza',
    ],
  },
  transport: {
    en: [
      'John F. Kennedy International',
      'JFK',
      'Ronald Reagan Washington National',
      'George Bush Intercontinental',
      'John Wayne Airport',
      "King's Cross",
      'St Pancras',
      'Victoria Station',
      'Liverpool John Lennon Airport',
      'George Best Belfast City Airport',
      'Queen Mary 2',
      'Norwegian Prima',
      'Pierre Elliott Trudeau International',
      'Charles de Gaulle',
    ],
    de: [
      'Flughafen Franz Josef Strauß',
      'Flughafen Berlin Brandenburg Willy Brandt',
      'Konrad-Adenauer-Flughafen',
      'Flughafen Helmut Schmidt',
      'Wien Franz-Josefs-Bahnhof',
      'MS Europa',
      'AIDAnova',
      'Mein Schiff 4',
      'Queen Mary 2',
      'Bahnhof Friedrichstraße',
      'Karl-Marx-Allee',
      'Theodor-Heuss-Platz',
      'Ernst-Reuter-Platz',
      'Gare Saint-Lazare',
    ],
    fr: [
      'Charles de Gaulle',
      'Roissy-Charles-de-Gaulle',
      'Gare Saint-Lazare',
      'Aéroport de Lyon-Saint-Exupéry',
      'Gare Saint-Charles',
      'Place Charles-de-Gaulle',
      'Aéroport Montpellier Méditerranée',
      'Avenue Victor-Hugo',
      'Gare de Bruxelles-Midi',
      'Boulevard Haussmann',
      'Musée Rodin',
      'Queen Mary 2',
      'Aéroport Marseille Provence',
      'Quai François-Mauriac',
    ],
    es: [
      'Aeropuerto Adolfo Suárez Madrid-Barajas',
      'Aeropuerto Josep Tarradellas Barcelona-El Prat',
      'Estación Joaquín Sorolla',
      'Aeropuerto Internacional Benito Juárez',
      'Estación María Zambrano',
      'Aeropuerto César Manrique-Lanzarote',
      'Aeropuerto Federico García Lorca Granada-Jaén',
      'Estación Delicias',
      'Estadio Santiago Bernabéu',
      'Museo Reina Sofía',
      'Aeropuerto Severiano Ballesteros',
      'Queen Mary 2',
      'Paseo de Gracia',
      'Estación de Chamartín-Clara Campoamor',
    ],
  },
  room: {
    en: [
      'Churchill Suite',
      'Lincoln Room',
      'Darwin Room',
      'Victoria Ballroom',
      'Shakespeare Suite',
      'Elgar Room',
      'Austen Lounge',
      'Kennedy Boardroom',
    ],
    de: [
      'Salon Mozart',
      'Goethe-Saal',
      'Suite Marlene Dietrich',
      'Raum Beethoven',
      'Schiller-Zimmer',
      'Kaiserin-Elisabeth-Suite',
      'Humboldt-Saal',
      'Clara-Schumann-Raum',
    ],
    fr: [
      'salle Victor Hugo',
      'salon Molière',
      'suite Coco Chanel',
      'salle Debussy',
      'salon Marie Curie',
      'suite Napoléon',
      'salle Voltaire',
      'salon Colette',
    ],
    es: [
      'salón Goya',
      'suite Cervantes',
      'sala Picasso',
      'salón Frida Kahlo',
      'sala Lorca',
      'suite Dalí',
      'salón Velázquez',
      'sala Sorolla',
    ],
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------------------------

type Tpl = (g: Gen) => Part[];
/** A template, optionally pinned to regions. */
type TplDef = Tpl | readonly [readonly Region[], Tpl];

interface LangSet {
  readonly regions: readonly (readonly [Region, number])[];
  readonly ent: Record<string, TplDef>;
  readonly neg: Record<string, TplDef>;
}

function weighted(rng: Rng, regions: readonly (readonly [Region, number])[]): Region {
  const total = regions.reduce((a, [, w]) => a + w, 0);
  let x = rng.next() * total;
  for (const [r, w] of regions) {
    x -= w;
    if (x < 0) return r;
  }
  return regions[0]![0];
}

export function generateHeldout18(n = 2000): Heldout18Record[] {
  const rng = new Rng(0x18_2026);
  const sets: Record<Lang, LangSet> = { en: EN, de: DE, fr: FR, es: ES };
  const langs: Lang[] = ['en', 'de', 'fr', 'es'];
  const decks = new Map<string, string[]>();
  const draw = (lang: Lang, kind: 'ent' | 'neg'): string => {
    const key = `${lang}:${kind}`;
    let d = decks.get(key);
    if (!d || d.length === 0) {
      d = rng.shuffle(Object.keys(sets[lang][kind]));
      decks.set(key, d);
    }
    return d.pop()!;
  };
  const out: Heldout18Record[] = [];
  for (let k = 0; k < n; k++) {
    const lang = langs[k % 4]!;
    const i = Math.floor(k / 4);
    const isNeg = Math.floor((i + 1) * 0.18) > Math.floor(i * 0.18);
    const kind = isNeg ? 'neg' : 'ent';
    const name = draw(lang, kind);
    const def = sets[lang][kind][name]!;
    const [regions, fn] = typeof def === 'function' ? [undefined, def] : def;
    const region = regions ? rng.pick(regions) : weighted(rng, sets[lang].regions);
    const g = new Gen(rng, lang, region);
    const built = assemble(fn(g));
    if (isNeg && built.entities.length > 0)
      throw new Error(`negative template ${lang}:${name} produced entities`);
    out.push({
      id: `h18-${lang}-${String(i + 1).padStart(4, '0')}`,
      lang,
      template: `${lang}:${name}`,
      text: built.text,
      entities: built.entities,
      negatives: built.negatives,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------

const EN_HOTELS = [
  'Harbourview Hotel',
  'The Grange',
  'Riverside Inn',
  'Seaview Lodge',
  'The Old Mill',
  'Parkside Suites',
  'Oakwood Manor',
  'Bayfront Resort',
  'Lakeside Motor Inn',
  'The Drover Hotel',
];
const enHost = (g: Gen) =>
  g.pick([
    'harbourviewhotel.com',
    'thegrange-hotel.co.uk',
    'riversideinn.ie',
    'seaviewlodge.com.au',
    'oldmillhotel.co.uk',
    'parksidesuites.com',
    'bayfrontresort.ca',
    'stayoakwood.com',
  ]);
const enCo = (g: Gen) =>
  g.pick([
    'Kestrel Tours',
    'Bluebird Travel',
    'Atlas Journeys',
    'Northstar Events',
    'Coastline Car Hire',
    'Summit Transfers',
    'Greenway Holidays',
  ]);

const EN: LangSet = {
  regions: [
    ['US', 40],
    ['GB', 30],
    ['IE', 10],
    ['CA', 10],
    ['AU', 10],
  ],
  ent: {
    confirm1: (g) => {
      const p = g.person();
      const h = g.pick(EN_HOTELS);
      return tx`Subject: Your reservation at ${h} is confirmed

Dear ${g.title(p)} ${p.sur},

Thank you for choosing ${h}. Confirmation number ${g.conf()}.
Arrival: ${g.date()} (check-in from ${g.time()})
Departure: ${g.date()}
Room: Deluxe King, non-smoking, ${g.price()} per night

If your plans change, reply to ${g.email(undefined, enHost(g))} or call us on ${g.phone()}.

Warm regards,
${g.person().given}
Reservations Team`;
    },
    regcard1: (g) => {
      const p = g.person();
      return tx`GUEST REGISTRATION CARD
Surname / First name: ${p.lastFirst}
Date of birth: ${g.dob()}
Nationality: ${g.pick(['British', 'American', 'Irish', 'Canadian', 'Australian'])}   Passport no.: ${g.passport()}
Home address: ${g.addr()}
Mobile: ${g.phone(undefined, 'mob')}
E-mail: ${g.email(p)}
Room ${g.room()} | Arr ${g.date(1)} | Dep ${g.date(1)} | Rate ${g.price()}
Signature: ____________`;
    },
    request1: (g) => {
      const p = g.person();
      return tx`Hi there,

We're arriving on the ${g.flight()} from ${g.pick(['Dublin', 'Boston', 'Toronto', 'Sydney', 'Manchester'])} and land around ${g.time()}. Is there any chance of an early check-in? Booking ref ${g.pnr()}, under the name ${p.full}.
It's our 10th anniversary, so anything you can do would be lovely :)

Thanks,
${p.given}
${g.phone(undefined, 'mob')}`;
    },
    complaint1: (g) => {
      const p = g.person();
      const mgr = g.person();
      return tx`To the Front Office Manager,

I stayed in room ${g.room()} from ${g.date()} to ${g.date()} and was kept awake two nights running by a wedding party in ${g.eponym('room')}. Reception told me nothing could be done. I was charged ${g.price()} for the minibar, which I never opened.

I'd like a partial refund to the card on file. You can reach me at ${g.email(p)}.

${p.full}

---
Reply from ${mgr.full}, Guest Relations: Dear ${p.given}, I am very sorry to hear this and have refunded the minibar charge.`;
    },
    rental1: (g) => {
      const p = g.person();
      return tx`${enCo(g)} - RENTAL AGREEMENT RA-${g.conf()}
Main driver: ${p.full}
DOB: ${g.dob(undefined, 2)}    Licence issued: ${g.pick(['DVLA', 'NSW', 'California DMV', 'Ontario'])}
Address: ${g.addr()}
Phone: ${g.phone()}
Vehicle: ${g.pick(['VW Golf', 'Toyota RAV4', 'Ford Focus', 'Kia Sportage'])}, plate ${g.ref(7)}
Pick-up ${g.date()} ${g.time()} / Return ${g.date()}
Guarantee card: ${g.card()}
Additional driver: ${g.relative(p).full}`;
    },
    damage1: (g) => {
      const p = g.person();
      const agent = g.person();
      return tx`DAMAGE REPORT - return inspection
Renter: ${g.title(p)} ${p.initial}
Agreement: ${g.pnr()}   Odometer: ${g.int(12000, 88000)} mi
Findings: scratch on rear bumper (approx. 12 cm), chipped windscreen.
Customer statement: "It was already there when I picked it up at ${g.eponym('transport')}."
Estimated cost ${g.price()}, to be charged to ${g.card()} unless disputed within 14 days.
Inspected by: ${agent.given} (${g.phone()})`;
    },
    airline1: (g) => {
      const p = g.person();
      const q = g.relative(p);
      return tx`Your e-ticket receipt

Booking reference: ${g.pnr()}
Passengers: ${g.title(p)} ${p.full}, ${g.title(q)} ${q.full}
Outbound ${g.flight()} ${g.date()} dep ${g.time()} - seats ${g.seat()}, ${g.seat()}
Return ${g.flight()} ${g.date()}
Total paid ${g.price()}

Manage your booking: ${g.url('www.flyatlas.com', `manage?pnr=${g.ref(6)}&last=${slug(p.last)}`)}
Questions? ${g.email(undefined, 'flyatlas.com')}`;
    },
    boarding1: (g) => {
      const p = g.person();
      return tx`BOARDING PASS
${p.pax} ${g.pick(['MR', 'MS', 'MRS'])}
FROM ${g.pick(['LHR', 'DUB', 'JFK', 'YYZ', 'SYD', 'MAN', 'BOS'])} TO ${g.pick(['FRA', 'CDG', 'MAD', 'ZRH', 'VIE', 'BCN'])}
FLIGHT ${g.flight()}  DATE ${N('plain_date', `${g.int(10, 28)}${g.pick(['MAR', 'JUN', 'SEP', 'NOV'])}`)}  GATE B${g.int(1, 40)}  SEAT ${g.seat()}
BOARDING ${g.time()}  SEQ ${g.int(1, 220)}
PNR ${g.pnr()}  FF ${g.loyalty()}`;
    },
    luggage1: (g) => {
      const p = g.person();
      return tx`Property Irregularity Report
File ref: ${N('order_no', `${g.pick(['LHR', 'DUB', 'JFK'])}${g.pick(['BA', 'EI', 'AA'])}${g.int(10000, 99999)}`)}
Passenger: ${p.lastFirst}
Flight: ${g.flight()} on ${g.date()}
Bag: black Samsonite spinner, tag ${g.int(1000000000, 1999999999)}
Delivery address (temporary): ${g.addr()}
Contact phone: ${g.phone(undefined, 'mob')}, email ${g.email(p)}
Contents: clothes, a grey suit for a wedding on Saturday - urgent.`;
    },
    visa1: (g) => {
      const host = g.person();
      const guest = g.person({ region: g.pick(['DE', 'FR', 'ES', 'MX'] as const) });
      return tx`LETTER OF INVITATION

To the Consular Section,

I, ${host.full}, born ${g.dob()}, residing at ${g.addr()}, hereby invite ${guest.full} (date of birth ${g.dob()}, passport ${g.passport()}) to visit me from ${g.date()} to ${g.date()}. ${guest.given} will stay at my home and I will cover all expenses during the visit.

I can be contacted on ${g.phone()} or ${g.email(host)}.

Sincerely,
${host.full}`;
    },
    rooming1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 6); k++) {
        const p = g.person();
        const share = g.chance(0.5) ? g.relative(p) : undefined;
        rows.push(
          tx`${g.room()}\t${p.lastFirst}\t${share ? share.lastFirst : '-'}\t${g.pick(['TWIN', 'DBL', 'SGL'])}\t${g.pick(['', 'vegetarian', 'ground floor', 'late arrival'])}`,
        );
      }
      return tx`Rooming list - ${enCo(g)} group ${g.pnr()} - arr ${g.date(1)}
Room\tGuest 1\tGuest 2\tType\tNotes
${join(rows, '\n')}`;
    },
    restaurant1: (g) => {
      const p = g.person();
      return tx`New reservation
Name: ${p.full}
Party: ${g.int(2, 8)} - ${g.date()} at ${g.time()}
Phone: ${g.phone()}
Notes: one guest with a severe nut allergy (anaphylaxis), please flag to the kitchen. Birthday for ${g.person().given}, who turns ${g.int(30, 70)}.`;
    },
    wedding1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 6); k++) {
        const p = g.person();
        rows.push(
          tx`${p.given},${p.sur},${g.chance(0.6) ? g.email(p) : ''},${g.pick(['chicken', 'fish', 'vegan'])},${g.int(1, 18)}`,
        );
      }
      return tx`first_name,last_name,email,meal,table
${join(rows, '\n')}`;
    },
    badge1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(2, 4); k++) {
        const p = g.person();
        rows.push(
          tx`  {"badge_id": "${N('order_no', g.rng.digits(8))}", "name": "${p.full}", "company": "${g.pick(['Acme Robotics', 'Globex', 'Initech', 'Umbrella Health'])}", "email": "${g.email(p, g.pick(['acme.io', 'globex.com', 'initech.net']))}", "ticket": "${g.pick(['VIP', 'Speaker', 'General'])}"}`,
        );
      }
      return tx`[
${join(rows, ',\n')}
]`;
    },
    chat1: (g) => {
      const p = g.person();
      const a = g.person();
      return tx`[${g.time()}] ${p.given}: hi, I booked the Lisbon city break, ref ${g.pnr()}, but my surname is misspelt on the ticket
[${g.time()}] ${a.given} (agent): Hi ${p.given}! No problem. What's the correct spelling?
[${g.time()}] ${p.given}: it should be ${p.full}, same as my passport
[${g.time()}] ${a.given} (agent): Thanks, I've raised it with the airline. I'll text you on ${g.phone(undefined, 'mob')} once it's fixed.`;
    },
    airbnb1: (g) => {
      const host = g.person();
      const guest = g.person();
      return tx`${guest.given}: Hi ${host.given}, we'll arrive around ${g.time()} - is self check-in OK?
${host.given}: Of course! The lockbox code is 4821. The address is ${g.addr()}. If you get lost ring me on ${g.phone(undefined, 'mob')}.
${guest.given}: Perfect, thank you. My partner ${g.person().given} might arrive a bit later.
${host.given}: No worries. Wi-Fi is "CottageGuest", password on the fridge.`;
    },
    concierge1: (g) => {
      const p = g.person();
      const q = g.person();
      return tx`CONCIERGE LOG ${g.date()}
${g.time()} - Rm ${g.room()} ${g.title(p)} ${p.sur}: theatre tickets x2 for ${N('not_name', 'Hamilton')}, booked, ${g.price()} charged to room.
${g.time()} - Rm ${g.room()} ${q.full}: car to ${g.eponym('transport')} tomorrow ${g.time()}, confirmed with driver ${g.person().given} (${g.phone()}).
${g.time()} - Lost umbrella handed in, placed in lost property.`;
    },
    taxi1: (g) => {
      const p = g.person();
      return tx`Transfer booking ${g.pnr()}
Passenger: ${p.full} +${g.int(1, 3)}
Pick-up: ${g.eponym('transport')}, arrivals hall, flight ${g.flight()} landing ${g.time()}
Drop-off: ${g.addr()}
Passenger mobile: ${g.phone(undefined, 'mob')}
Fare: ${g.price()} (paid)`;
    },
    insurance1: [
      ['US'],
      (g) => {
        const p = g.person();
        return tx`TRAVEL INSURANCE CLAIM FORM
Policy holder: ${p.full}
SSN: ${g.ssn()}
Date of birth: ${g.dob()}
Mailing address: ${g.addr('US')}
Daytime phone: ${g.phone('US')}
Reason for claim: trip cancelled - hospitalised two days before departure (${g.date()}).
Amount claimed: ${g.price()}
Reimburse to card ending in ${g.rng.digits(4)}`;
      },
    ],
    groupcsv1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 5); k++) {
        const p = g.person();
        rows.push(
          tx`"${p.sur}","${p.given}",${g.dob(undefined, 2)},${g.phone(undefined, 'mob')},${g.seat()}`,
        );
      }
      return tx`# Ski trip ${g.pick(['Whistler', 'Val Thorens', 'St Anton'])} - coach manifest
surname,first,dob,mobile,coach_seat
${join(rows, '\n')}`;
    },
    loyalty1: (g) => {
      const p = g.person();
      return tx`${g.pick(['Skyway Rewards', 'StayMore Club', 'Horizon Points'])} - Monthly statement
Member: ${p.full}   Member no. ${g.loyalty()}
Tier: Gold
${g.date()}  Stay, ${g.eponym()}     +2,400 pts
${g.date()}  Flight ${g.flight()}      +1,150 pts
Balance: 48,230 pts
Update your details at ${g.url('www.staymoreclub.com', 'account/profile')}`;
    },
    kiosk1: (g) => tx`${g.ts()} kiosk-03 INFO app=${g.version()} checkin start res=${g.pnr()}
${g.ts()} kiosk-03 INFO client=${g.ip(false)} scan passport OK
${g.ts()} kiosk-03 INFO guest="${g.person().full}" room=${g.room()} keycards=2
${g.ts()} kiosk-03 WARN upstream ${g.ip()} timeout after 3000ms, retry 1`,
    channel1: (g) => tx`# channel manager sync (PMS -> OTA)
channel_manager:
  provider: siteminder
  hotel_code: ${N('order_no', g.rng.digits(6))}
  endpoint: ${g.url('api.channel-sync.io', 'v2/ari')}
  api_key: ${g.secret()}
  notify_email: ${g.email(undefined, enHost(g))}
  version: ${g.version()}`,
    deposit1: [
      ['GB', 'IE'],
      (g) => {
        const p = g.person();
        return tx`Dear ${p.given},

Thank you for booking the cottage for ${g.date()}. To secure the dates please transfer the deposit of ${g.price()} to:
Account name: ${g.person().full}
IBAN: ${g.iban()}
Reference: ${g.pnr()}

Best wishes,
${g.person().given}`;
      },
    ],
    guarantee1: (g) => {
      const p = g.person();
      return tx`Credit card authorisation form
Cardholder: ${p.full}
Card number: ${g.card()}   Expiry: ${String(g.int(1, 12)).padStart(2, '0')}/${g.int(27, 31)}
Billing address: ${g.addr()}
I authorise ${g.pick(EN_HOTELS)} to charge the first night (${g.price()}) as a no-show guarantee.`;
    },
    ticket1: (g) => {
      const p = g.person();
      return tx`E-TICKET  ${g.pick(['Summer Sounds Festival', 'TechForward Summit', 'City Half Marathon'])}
Holder: ${p.full}
Ticket no. ${g.conf()}  Gate 4  Entry from ${g.time()}
Date: ${g.date()}
This ticket is personal. Transfers: ${g.url('tickets.eventhub.com', `transfer/${g.ref(10)}`)}`;
    },
    voicemail1: (g) => {
      const p = g.person();
      return tx`Phone message for reception - taken by ${g.person().given}
Caller: ${g.title(p)} ${p.sur}
Re: booking for ${g.date()}, wants to add a cot for their daughter ${g.person({ female: true }).given} (${g.int(1, 3)})
Call back on ${g.phone()} after ${g.time()}`;
    },
    spa1: (g) => {
      const p = g.person();
      return tx`Spa appointment confirmation: ${p.given}, your 60-min deep tissue massage with ${g.person().given} is booked for ${g.date()} at ${g.time()}. Please arrive 15 minutes early. To reschedule, text ${g.phone(undefined, 'mob')}.`;
    },
    cruise1: (g) => {
      const a = g.person();
      const b = g.relative(a);
      return tx`Guest manifest - ${g.eponym('transport')} - sailing ${g.date()}
Cabin ${g.int(4000, 9999)}: ${a.upperLast} (DOB ${g.dob()}), ${b.upperLast} (DOB ${g.dob()})
Emergency contact: ${g.person().full}, ${g.phone()}
Dining: second sitting, table ${g.int(1, 90)}`;
    },
    skischool1: (g) => {
      const par = g.person();
      const k1 = g.relative(par);
      const k2 = g.relative(par);
      return tx`Kids ski school sign-up
Parent: ${par.full} (${g.phone(undefined, 'mob')})
Children: ${k1.given} (age ${g.int(4, 9)}), ${k2.given} (age ${g.int(4, 12)})
${k1.given} - date of birth ${g.dob('child')}
${k2.given} - date of birth ${g.dob('child')}
Level: beginner. Week of ${g.date()}. Pick-up by parent only.`;
    },
    driversms1: (g) => {
      const d = g.person();
      return tx`Hi, this is ${d.given} your driver from ${enCo(g)}. I'm waiting at ${g.eponym('transport')} with a sign reading "${g.person().full}". Silver Skoda, reg ${g.ref(7)}. Call me on ${g.phone(undefined, 'mob')}`;
    },
    hostel1: (g) => {
      const p = g.person();
      return tx`${p.given} ${g.pick(['🙂', ''])}: hey is the 6-bed dorm still free for ${g.date()}? can pay at arrival
Reception: yes! booked under ${p.full}, bed ${g.seat()}. cash or card, we don't take deposits. see you!
${p.given}: awesome. my email is ${g.email(p)} if you need it`;
    },
    dispute1: (g) => {
      const p = g.person();
      return tx`Hello,

On my folio for reservation ${g.pnr()} I see a parking charge of ${g.price()} for ${g.date()}, but I arrived by train (${g.train()}). Please reverse it. The card used was ${g.card()}.

Kind regards,
${p.full}
${g.addr()}`;
    },
    review1: (g) => {
      const p = g.person();
      return tx`Management response:
Dear ${p.given}, thank you for your lovely review of your stay at ${g.eponym()}! We've passed your kind words on to ${g.person().given} at the bar. We hope to welcome you back soon.
- ${g.person().full}, General Manager`;
    },
    passportform1: (g) => {
      const p = g.person();
      return tx`Advance passenger information (APIS)
Surname: ${p.sur}
Given names: ${p.given}
Date of birth: ${g.dob(undefined, 0)}
Document: passport ${g.passport()}, expires ${g.date(0)}
Flight: ${g.flight()}`;
    },
    upgrade1: (g) => {
      const p = g.person();
      return tx`Good news, ${p.given}! You've been upgraded to Business on ${g.flight()} (${g.date()}). Your new seat is ${g.seat()}. View your boarding pass: ${g.url('m.flyatlas.com', `bp/${g.ref(8)}`)}`;
    },
    lostfound1: (g) => {
      const p = g.person();
      return tx`LOST PROPERTY #${g.int(1000, 9999)}
Item: Kindle e-reader, blue cover, found in room ${g.room()} after check-out on ${g.date()}
Guest: ${p.full}, ${g.email(p)}
Status: guest contacted, will send courier - address to follow.
Logged by: ${g.person().initial}`;
    },
    family1: (g) => {
      const a = g.person();
      const b = g.relative(a);
      return tx`Family room booking
${g.title(a)} and ${g.title(b)} ${a.sur}, with children ${g.relative(a).given} (${g.int(3, 15)}) and ${g.relative(a).given} (${g.int(1, 12)})
Arrival ${g.date()}, 4 nights, half board
Contact: ${g.phone()}
Please note: extra bed and high chair.`;
    },
    meeting1: (g) => {
      const p = g.person();
      return tx`Event order - ${g.pick(['quarterly offsite', 'product launch', 'board dinner'])}
Venue: ${g.eponym('room')}, ${g.date()}, ${g.time()}-${g.time()}
Organiser: ${p.full}, ${g.email(p, g.pick(['globex.com', 'northwind.co.uk', 'contoso.com']))}, ${g.phone()}
Covers: ${g.int(12, 80)}, coffee breaks x2, lunch buffet
Budget: ${g.price()}`;
    },
    pickup1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 5); k++)
        rows.push(tx`${g.time()}  ${g.pick(EN_HOTELS)}  ${g.person().full} x${g.int(1, 4)}`);
      return tx`Day tour pick-up list (${g.date()}) - guide ${g.person().given}
${join(rows, '\n')}`;
    },
    charter1: (g) => {
      const sk = g.person();
      return tx`Crew list - yacht "Blue Heron"
Skipper: ${sk.full}, born ${g.dob()}, tel ${g.phone()}
Crew: ${g.person().full}, ${g.person().full}
Charter period ${g.date()} - ${g.date()}, deposit paid to ${g.iban('GB')}`;
    },
    voucher1: (g) => {
      const from = g.person();
      const to = g.person();
      return tx`GIFT VOUCHER
For: ${to.full}
From: ${from.given} with love
Afternoon tea for two at ${g.eponym()}, value ${g.price()}
Voucher code ${g.ref(10)}, valid until ${g.date()}`;
    },
    cancel1: (g) => {
      const p = g.person();
      return tx`Hi,
please cancel booking ${g.pnr()} (${g.date()}). We booked with the free cancellation rate so the refund should go back to ${g.card()}.
Thanks, ${p.full}
Sent from my iPhone`;
    },
    audit1: (g) => {
      const p = g.person();
      return tx`NIGHT AUDIT ${g.date()}
No-show: ${p.lastFirst}, conf ${g.conf()}, charged ${g.price()} to guarantee
Walk-in: ${g.person().full}, room ${g.room()}, paid cash
Rate check: ${g.eponym()} comp set avg ${g.price()}
Auditor: ${g.person().given}`;
    },
    namechange1: (g) => {
      const p = g.person();
      const q = g.person();
      return tx`Name change request for PNR ${g.pnr()}: please replace passenger ${p.full} with ${q.full} (date of birth ${g.dob()}). Fee of ${g.price()} accepted. Requested by ${g.email(p)}.`;
    },
    assistance1: (g) => {
      const p = g.person();
      return tx`Special assistance request
Passenger: ${g.title(p)} ${p.full}, ${g.int(70, 92)} years old
Needs: wheelchair to aircraft door (WCHS) on ${g.flight()}
Travelling companion: ${g.relative(p).given}
Contact during travel: ${g.phone(undefined, 'mob')}`;
    },
    webhook1: (g) => {
      const p = g.person();
      return tx`POST /webhooks/reservation HTTP/1.1
Authorization: Bearer ${g.jwt()}
Content-Type: application/json

{"event":"reservation.created","id":"${g.pnr().v}","guest":{"name":"${p.full}","email":"${g.email(p)}","phone":"${g.phone()}"},"arrival":"${g.date(2)}"}`;
    },
    slackcfg1: (g) => tx`# pms-alerts bot
SLACK_BOT_TOKEN=${g.slack()}
SLACK_CHANNEL=#front-desk
AWS_ACCESS_KEY_ID=${g.aws()}
AWS_SECRET_ACCESS_KEY=${E('GENERIC_SECRET', g.rng.from(B64 + '/+', 40))}
PMS_VERSION=${g.version()}`,
    vip1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(2, 4); k++) {
        const p = g.person();
        rows.push(
          tx`| ${p.full} | ${g.room()} | ${g.time()} | ${g.pick(['champagne', 'fruit basket', 'late checkout'])} |`,
        );
      }
      return tx`### VIP arrivals ${g.date()}
| Guest | Room | ETA | Amenity |
|---|---|---|---|
${join(rows, '\n')}`;
    },
    reminder1: (g) =>
      tx`Reminder: your table for ${g.int(2, 6)} at ${N('brand', g.pick(['Olive & Vine', 'The Copper Pot', 'Harbour Grill', "Luigi's Trattoria", "Nando's"]))} is tomorrow at ${g.time()}. Reply C to cancel or call ${g.phone()}.`,
    feedback1: (g) => {
      const p = g.person();
      return tx`Guest feedback form
Name (optional): ${p.full}
Room: ${g.room()}
What could we improve? The breakfast ran out of eggs at 9.30. Staff member ${g.person().given} was wonderful though.
May we contact you? Yes - ${g.email(p)}`;
    },
    approval1: (g) => {
      const p = g.person();
      const m = g.person();
      return tx`Travel request TR-${g.int(10000, 99999)} approved
Traveller: ${p.full}
Trip: ${g.pick(['Chicago', 'London', 'Berlin', 'Madrid'])}, ${g.date()} - ${g.date()}, hotel ${g.brand()}, est. ${g.price()}
Approved by: ${m.full} (${g.email(m, 'contoso.com')})`;
    },
    pet1: (g) => {
      const p = g.person();
      return tx`Hi! Just checking the cottage is still dog-friendly - we'll have our spaniel with us. Also, could you send the door code to ${g.phone(undefined, 'mob')} rather than email? Cheers, ${p.given} (booking under ${p.sur})`;
    },
    hostpayout1: [
      ['US'],
      (g) => {
        const p = g.person();
        return tx`Host payout setup - vacation rental
Legal name: ${p.full}
Taxpayer ID (SSN): ${g.ssn()}
Address for 1099: ${g.addr('US')}
Payout method: direct deposit
Contact: ${g.email(p)} / ${g.phone('US')}`;
      },
    ],
    trustedtraveler1: [
      ['US'],
      (g) => {
        const p = g.person();
        return tx`Trusted traveler application - notes from agent ${g.person().given}
Applicant: ${p.lastFirst}, DOB ${g.dob()}
SSN on file: ${g.ssn()}
Interview: ${g.date()} at ${g.eponym('transport')} enrollment center, ${g.time()}
Applicant asked to bring passport ${g.passport()} and proof of address.`;
      },
    ],
    timeshare1: [
      ['US'],
      (g) => {
        const p = g.person();
        const q = g.relative(p);
        return tx`Vacation club credit application
Primary: ${p.full}, born ${g.dob()}, SSN ${g.ssn()}
Co-applicant: ${q.full}, SSN ${g.ssn()}
Home: ${g.addr('US')}
Phone: ${g.phone('US')}
Down payment charged to ${g.card()}`;
      },
    ],
    bike1: (g) => {
      const p = g.person();
      return tx`Bike hire waiver - I, ${p.full}, of ${g.addr()}, accept the terms. Deposit held on card ${g.card()}. Emergency contact: ${g.person().full} ${g.phone()}.`;
    },
  },
  neg: {
    flightboard: (g) => tx`DEPARTURES ${g.time()}
${g.flight()}  ${g.pick(['Frankfurt', 'Paris CDG', 'Madrid'])}   Gate A${g.int(1, 30)}  Boarding
${g.flight()}  ${g.pick(['Zurich', 'Vienna', 'Lisbon'])}    Gate B${g.int(1, 30)}  Delayed ${g.time()}
${g.flight()}  ${g.pick(['New York JFK', 'Boston', 'Toronto'])}   Gate C${g.int(1, 30)}  Cancelled`,
    rates: (g) => tx`2026 rack rates - ${g.eponym()}
Classic double ........ ${g.price()}
Junior suite .......... ${g.price()}
${g.eponym('room')} ..... ${g.price()}
Rates valid ${g.date()} to ${g.date()}, excl. VAT.`,
    traininfo: (g) =>
      tx`Engineering works: on ${g.date()} the ${g.train()} from ${g.eponym('transport')} will depart at ${g.time()} instead of ${g.time()}. Reservations on the ${g.train()} remain valid. Seat ${g.seat()} may be reallocated.`,
    bookingsummary: (g) => tx`Booking summary
Ref: ${g.pnr()}   Confirmation: ${g.conf()}
Outbound: ${g.flight()} ${g.date()}  seat ${g.seat()}
Hotel: ${g.eponym()}, ${g.int(2, 7)} nights
Total: ${g.price()}`,
    giftterms: (g) =>
      tx`Terms: gift card ${g.cardBad()} is not a payment card and cannot be used for guarantees. Balance ${g.price()}, expires ${g.date()}.`,
    transferinfo: (g) =>
      tx`Getting here: from ${g.eponym('transport')} take the express bus (every 20 min, ${g.price()}) or a taxi (approx. 35 min). The hotel is opposite ${g.eponym('transport')}.`,
    cruiseitin: (g) => tx`Day 1 Southampton - embark ${g.eponym('transport')} from ${g.time()}
Day 2 At sea
Day 3 Lisbon ${g.time()}-${g.time()}
Day 4 Cádiz
Fare from ${g.price()} pp, departure ${g.date()}`,
    kioskver: (g) =>
      tx`kiosk firmware ${g.version()} rolled out ${g.ts()}; reader driver ${g.version()}; build ${g.version()}. No guest data affected.`,
    agenda: (g) => tx`Conference agenda ${g.date()}
${g.time()} Keynote - ${g.eponym('room')}
${g.time()} Breakouts - ${g.eponym('room')} / ${g.eponym('room')}
${g.time()} Drinks reception, ${g.eponym()}`,
    ibannote: (g) =>
      tx`Please note: the account number ${g.ibanBad()} printed in our 2025 brochure contains a typo and is not valid. Do not send payments to it.`,
    ssnsample: [
      ['US'],
      (g) =>
        tx`Sample form (do not use real data): SSN ${g.ssnBad()}, loyalty no. ${g.loyalty()}, booking ${g.pnr()}.`,
    ],
    fleet: (g) => tx`Fleet & prices (per day)
Group A - Fiat 500 or similar ........ ${g.price()}
Group C - VW Golf or similar ......... ${g.price()}
Group F - Volvo XC60 or similar ...... ${g.price()}
Airport surcharge at ${g.eponym('transport')}: ${g.price()}`,
    loyaltyrules: (g) =>
      tx`${g.brand()} Bonvoy-style tiers: Silver after 10 nights, Gold after 25. Points earned on ${g.date()} stays post within 72 hours. Sample member number: ${g.loyalty()}.`,
  },
};

// ---------------------------------------------------------------------------------------------
// Deutsch
// ---------------------------------------------------------------------------------------------

const DE_HOTELS = [
  'Hotel Seeblick',
  'Landhotel Zur Linde',
  'Gasthof Hirschen',
  'Hotel Am Stadtpark',
  'Alpenhof',
  'Hotel Zum Anker',
  'Pension Waldesruh',
  'Hotel Rheinterrasse',
  'Berggasthof Edelweiß',
];
const deHost = (g: Gen) =>
  g.pick([
    'hotel-seeblick.de',
    'landhotel-linde.de',
    'gasthof-hirschen.at',
    'alpenhof-tirol.at',
    'hotel-anker.ch',
    'pension-waldesruh.de',
    'rheinterrasse.de',
  ]);
const deCo = (g: Gen) =>
  g.pick([
    'Reisebüro Sonnenschein',
    'Alpenreisen GmbH',
    'Nordlicht Touristik',
    'Mietwagen Schnell',
    'Eventservice Krone',
    'Transfer Express',
  ]);

const DE: LangSet = {
  regions: [
    ['DE', 60],
    ['AT', 22],
    ['CH', 18],
  ],
  ent: {
    meldeschein1: (g) => {
      const p = g.person();
      const [an, ab] = g.stay(0);
      return tx`MELDESCHEIN für Beherbergungsstätten
Familienname: ${p.sur}
Vorname: ${p.given}
Geburtsdatum: ${g.dob(undefined, 0)}
Staatsangehörigkeit: ${g.pick(['deutsch', 'österreichisch', 'schweizerisch'])}
Anschrift: ${g.addr()}
Ankunft: ${an}   Abreise: ${ab}
Mitreisende: ${g.relative(p).full}, geb. ${g.dob(undefined, 0)}
Reisepass/Personalausweis-Nr.: ${g.passport()}
Unterschrift des Gastes: ____________`;
    },
    meldeschein2: (g) => {
      const p = g.person();
      const k = g.relative(p);
      return tx`Gästeblatt Zimmer ${g.room()}
Name, Vorname: ${p.lastFirst}   geb. am ${g.dob()}
Kind: ${k.given}, geb. ${g.dob('child', 0)}
Wohnort: ${g.addr()}
Kurtaxe: ${g.price()} / Nacht, Gästekarte ausgegeben`;
    },
    bestaetigung1: (g) => {
      const p = g.person();
      const [an, ab] = g.stay();
      const h = g.pick(DE_HOTELS);
      return tx`Betreff: Buchungsbestätigung ${g.pnr()}

Sehr geehrte${p.female ? '' : 'r'} ${g.title(p)} ${p.sur},

vielen Dank für Ihre Reservierung im ${h}. Wir freuen uns, Sie vom ${an} bis ${ab} begrüßen zu dürfen.
Zimmerkategorie: Doppelzimmer Komfort mit Balkon, ${g.price()} pro Nacht inkl. Frühstück.
Check-in ab 15:00 Uhr, Check-out bis 11:00 Uhr.

Bei Fragen erreichen Sie uns unter ${g.phone()} oder ${g.email(undefined, deHost(g))}.

Mit freundlichen Grüßen
${g.person().full}
Rezeption`;
    },
    anfrage1: (g) => {
      const p = g.person();
      return tx`Hallo liebes Team,

wir kommen am ${g.date()} mit dem ${g.train()} und sind erst gegen ${g.time()} da. Ist die Rezeption dann noch besetzt? Falls nicht, bitte kurz an ${g.phone(undefined, 'mob')} schreiben, wie wir an den Schlüssel kommen.

Viele Grüße
${p.given} ${g.chance(0.5) ? '' : 'und Familie'}`;
    },
    beschwerde1: (g) => {
      const p = g.person();
      return tx`Sehr geehrte Damen und Herren,

leider muss ich mich über meinen Aufenthalt (Buchungsnummer ${g.conf()}) beschweren. Das Zimmer ${g.room()} war bei Ankunft nicht gereinigt, die Heizung defekt, und trotz mehrfacher Nachfrage an der Rezeption hat sich niemand gekümmert. Ich erwarte eine Erstattung von mindestens ${g.price()} auf mein Konto ${g.iban()}.

Mit freundlichen Grüßen
${p.full}
${g.addr()}`;
    },
    mietvertrag1: (g) => {
      const p = g.person();
      return tx`${deCo(g)} – Mietvertrag Nr. ${g.conf()}
Mieter: ${g.title(p)} ${p.full}
Geburtsdatum: ${g.dob()}   Führerschein seit: ${g.int(1975, 2018)}
Anschrift: ${g.addr()}
Telefon: ${g.phone()}
Fahrzeug: ${g.pick(['VW Passat Variant', 'Skoda Octavia', 'BMW 318d', 'Opel Corsa'])}, Kennzeichen ${g.pick(['M', 'B', 'HH', 'W', 'ZH'])}-${g.ref(2)} ${g.int(100, 9999)}
Übernahme: ${g.date()} ${g.time()}   Rückgabe: ${g.date()}
Kaution per Kreditkarte: ${g.card()}
Zusatzfahrer: ${g.person().full}`;
    },
    schaden1: (g) => {
      const p = g.person();
      return tx`Schadensprotokoll bei Rückgabe
Vertrag: ${g.pnr()}   km-Stand: ${g.int(5000, 90000)}
Kunde: ${p.lastFirst}
Befund: Delle in der Fahrertür, Felge vorne rechts verkratzt.
Aussage des Kunden: „War auf dem Parkplatz am ${g.eponym('transport')}, habe nichts bemerkt.“
Geschätzte Kosten: ${g.price()}
Aufgenommen von ${g.person().given}, Station ${g.pick(['München Flughafen', 'Wien Hbf', 'Zürich Flughafen', 'Hamburg Hbf'])}`;
    },
    flug1: (g) => {
      const p = g.person();
      const q = g.relative(p);
      return tx`Ihre Flugbuchung – Buchungscode ${g.pnr()}

Reisende: ${p.full}, ${q.full}
Hinflug: ${g.flight()} am ${g.date()}, Abflug ${g.time()}, Sitzplätze ${g.seat()} und ${g.seat()}
Rückflug: ${g.flight()} am ${g.date()}
Gesamtpreis: ${g.price()}

Online einchecken: ${g.url('www.alpenair.de', `checkin?code=${g.ref(6)}`)}`;
    },
    bordkarte1: (g) => {
      const p = g.person();
      return tx`BORDKARTE / BOARDING PASS
Name: ${p.pax} ${p.female ? 'MRS' : 'MR'}
Von: ${g.pick(['MUC', 'FRA', 'VIE', 'ZRH', 'BER', 'HAM'])}  Nach: ${g.pick(['PMI', 'LIS', 'ATH', 'JFK', 'IST'])}
Flug: ${g.flight()}  Sitz: ${g.seat()}  Gate: ${g.pick(['A', 'B', 'G', 'K'])}${g.int(1, 60)}
Boarding: ${g.time()}  Bordkartennr. ${g.int(1, 250)}
Vielflieger: ${g.loyalty()}`;
    },
    gepaeck1: (g) => {
      const p = g.person();
      return tx`Verlustmeldung Reisegepäck
Aktenzeichen: ${N('order_no', `${g.pick(['MUC', 'FRA', 'VIE'])}${g.pick(['LH', 'OS', 'EW'])}${g.int(10000, 99999)}`)}
Passagier: ${g.title(p)} ${p.full}
Flug: ${g.flight()} vom ${g.date()}
Beschreibung: roter Hartschalenkoffer, Namensschild am Griff
Zustelladresse: ${g.addr()}
Erreichbar unter: ${g.phone(undefined, 'mob')} oder ${g.email(p)}`;
    },
    einladung1: (g) => {
      const host = g.person();
      const guest = g.person({ region: g.pick(['US', 'MX', 'ES', 'FR'] as const) });
      return tx`Einladungsschreiben / Verpflichtungserklärung

Hiermit lade ich, ${host.full}, geboren am ${g.dob()}, wohnhaft ${g.addr()}, Frau/Herrn ${guest.full}, geboren am ${g.dob()}, Reisepass ${g.passport()}, für den Zeitraum vom ${g.date()} bis ${g.date()} zu mir ein. Unterkunft und Verpflegung übernehme ich.

Kontakt: ${g.phone()}, ${g.email(host)}

${g.pick(['Berlin', 'München', 'Wien', 'Zürich', 'Köln'])}, den ${g.date()}
${host.full}`;
    },
    zimmerliste1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 6); k++) {
        const p = g.person();
        rows.push(
          tx`${g.room()};${p.sur};${p.given};${g.pick(['EZ', 'DZ', 'DZ/EB'])};${g.pick(['', 'vegetarisch', 'glutenfrei', 'Rollstuhl'])}`,
        );
      }
      return tx`Zimmereinteilung Gruppe ${g.pnr()} – ${deCo(g)}
Zimmer;Nachname;Vorname;Typ;Bemerkung
${join(rows, '\n')}`;
    },
    restaurant1: (g) => {
      const p = g.person();
      return tx`Tischreservierung
${g.date()}, ${g.time()} Uhr, ${g.int(2, 10)} Personen
Name: ${g.title(p)} ${p.sur}
Tel.: ${g.phone()}
Hinweis: Gast hat Zöliakie – bitte glutenfrei, Küche informieren! Außerdem Kinderstuhl für ${g.relative(p).given} (${g.int(1, 3)} J.).`;
    },
    hochzeit1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 6); k++) {
        const p = g.person();
        rows.push(
          tx`${p.full}\t${g.pick(['zugesagt', 'abgesagt', 'offen'])}\t${g.pick(['Fleisch', 'Fisch', 'vegetarisch'])}\tTisch ${g.int(1, 15)}`,
        );
      }
      return tx`Gästeliste Hochzeit ${g.person().given} & ${g.person().given} (${g.date()})
Name\tRSVP\tMenü\tTisch
${join(rows, '\n')}`;
    },
    badge1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(2, 5); k++) {
        const p = g.person();
        rows.push(
          tx`${N('order_no', g.rng.digits(7))},"${p.lastFirst}",${g.email(p, g.pick(['siemens-partner.de', 'mueller-consulting.de', 'example-ag.ch']))},${g.pick(['Aussteller', 'Besucher', 'Referent'])}`,
        );
      }
      return tx`Badge-Export Messe ${g.pick(['ITB', 'Fachtagung Hotellerie', 'Eventforum'])}
id,name,email,kategorie
${join(rows, '\n')}`;
    },
    chat1: (g) => {
      const p = g.person();
      const a = g.person();
      return tx`Kunde (${p.given}): Hallo, ich habe die Rundreise Sizilien gebucht, Vorgang ${g.pnr()}. Kann ich noch ein Einzelzimmer dazubuchen?
${a.given} (Reisebüro): Guten Tag! Ja, das geht. Für wen soll das Zimmer sein?
Kunde (${p.given}): Für meine Mutter, ${g.person({ female: true }).full}.
${a.given} (Reisebüro): Alles klar, Aufpreis ${g.price()}. Ich schicke Ihnen die neue Bestätigung an ${g.email(p)}.`;
    },
    ferienwohnung1: (g) => {
      const host = g.person();
      const guest = g.person();
      return tx`Nachricht von ${guest.given}: Hallo ${host.given}, wir sind leider im Stau und kommen erst gegen ${g.time()}. Ist das ok?
Antwort von ${host.given}: Kein Problem! Der Schlüssel liegt im Kasten neben der Tür, Code 2207. Adresse nochmal: ${g.addr()}. Bei Problemen einfach ${g.phone(undefined, 'mob')} anrufen.
Nachricht von ${guest.given}: Super, danke!`;
    },
    concierge1: (g) => {
      const p = g.person();
      return tx`Concierge-Protokoll ${g.date()}
${g.time()} Zi. ${g.room()} ${g.title(p)} ${p.sur} – Opernkarten für Samstag reserviert, ${g.price()} aufs Zimmer gebucht
${g.time()} Zi. ${g.room()} ${g.person().full} – Limousine zum ${g.eponym('transport')}, Fahrer ${g.person().given} (${g.phone(undefined, 'mob')})
${g.time()} Regenschirm im ${g.eponym('room')} gefunden, an Fundsachen übergeben`;
    },
    transfer1: (g) => {
      const p = g.person();
      return tx`Transferauftrag ${g.pnr()}
Fahrgast: ${p.full} + ${g.int(1, 3)} Pers.
Abholung: ${g.eponym('transport')}, Flug ${g.flight()}, Ankunft ${g.time()}
Ziel: ${g.addr()}
Handy Fahrgast: ${g.phone(undefined, 'mob')}
Preis: ${g.price()}, bezahlt`;
    },
    versicherung1: (g) => {
      const p = g.person();
      return tx`Schadenmeldung Reiserücktrittsversicherung
Versicherungsnehmer: ${p.full}
Geburtsdatum: ${g.dob()}
Anschrift: ${g.addr()}
Telefon: ${g.phone()}
Reise: ${g.pick(['Mallorca', 'Kreta', 'Teneriffa', 'Rom'])}, geplanter Reiseantritt ${g.date()}
Grund: Erkrankung (ärztliches Attest anbei)
Erstattung auf: ${g.iban()}`;
    },
    gruppenliste1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 6); k++) {
        const p = g.person();
        rows.push(tx`${p.sur};${p.given};${g.dob(undefined, 0)};${g.phone(undefined, 'mob')}`);
      }
      return tx`Klassenfahrt ${g.pick(['Prag', 'Berlin', 'Salzburg'])} – Teilnehmerliste Begleitpersonen
Name;Vorname;Geburtsdatum;Handy
${join(rows, '\n')}`;
    },
    bonus1: (g) => {
      const p = g.person();
      return tx`Ihr Meilenkonto – Kontoauszug
${g.title(p)} ${p.full}, Kartennummer ${g.loyalty()}
${g.date()}  ${g.flight()}  +1.250 Meilen
${g.date()}  ${g.eponym()}  +800 Meilen
Kontostand: 36.410 Meilen
Angaben ändern: ${g.url('www.meilenwelt.de', 'profil')}`;
    },
    kiosk1: (g) => tx`${g.ts()} [kiosk-lobby-2] INFO Version ${g.version()} gestartet
${g.ts()} [kiosk-lobby-2] INFO Verbindung von ${g.ip(false)} – Check-in Reservierung ${g.pnr()}
${g.ts()} [kiosk-lobby-2] INFO Gast ${g.person().lastFirst} – Zimmer ${g.room()} – Schlüsselkarte kodiert
${g.ts()} [kiosk-lobby-2] ERROR PMS ${g.ip()} nicht erreichbar`,
    channel1: (g) => tx`[channelmanager]
anbieter = hotelspider
hotel_id = ${N('order_no', g.rng.digits(5))}
api_url = ${g.url('api.hotelspider.example', 'v3/sync')}
api_secret = ${g.secret()}
benachrichtigung = ${g.email(undefined, deHost(g))}`,
    anzahlung1: (g) => {
      const p = g.person();
      return tx`Liebe${p.female ? '' : 'r'} ${g.title(p)} ${p.sur},

zur Sicherung Ihrer Buchung bitten wir um eine Anzahlung von ${g.price()} bis zum ${g.date()} auf folgendes Konto:
Kontoinhaber: ${g.person().full}
IBAN: ${g.iban()}
Verwendungszweck: ${g.pnr()}

Herzliche Grüße aus dem ${g.pick(DE_HOTELS)}`;
    },
    garantie1: (g) => {
      const p = g.person();
      return tx`Kreditkartengarantie
Karteninhaber: ${p.full}
Kartennummer: ${g.card()}  gültig bis ${String(g.int(1, 12)).padStart(2, '0')}/${g.int(27, 31)}
Bei Nichterscheinen wird die erste Nacht (${g.price()}) belastet.`;
    },
    ticket1: (g) => {
      const p = g.person();
      return tx`E-Ticket – ${g.pick(['Open Air am See', 'Jazzfestival', 'Weinfest'])}
Ticketinhaber: ${p.full}
Ticket-Nr.: ${g.conf()}   Einlass ab ${g.time()}
Datum: ${g.date()}
Personalisiert – Umschreibung unter ${g.url('tickets.kulturkasse.de', `umschreiben/${g.ref(8)}`)}`;
    },
    rueckruf1: (g) => {
      const p = g.person();
      return tx`Rückrufbitte (notiert von ${g.person().given}): ${g.title(p)} ${p.sur} hat angerufen wegen Zustellbett für ${g.date()}. Bitte zurückrufen unter ${g.phone()} – am besten nach ${g.time()}.`;
    },
    wellness1: (g) => {
      const p = g.person();
      return tx`Hallo ${p.given}, Ihre Hot-Stone-Massage bei ${g.person().given} ist für ${g.date()} um ${g.time()} bestätigt. Bitte 10 Min. vorher im Spa sein. Absagen bis 24 h vorher unter ${g.phone()}.`;
    },
    kreuzfahrt1: (g) => {
      const a = g.person();
      const b = g.relative(a);
      return tx`Passagierliste ${g.eponym('transport')} – Abfahrt ${g.date()}
Kabine ${g.int(4000, 9999)}: ${a.lastFirst} (geb. ${g.dob()}), ${b.lastFirst} (geb. ${g.dob()})
Notfallkontakt: ${g.person().full}, ${g.phone()}`;
    },
    skischule1: (g) => {
      const par = g.person();
      const k1 = g.relative(par);
      const k2 = g.relative(par);
      return tx`Anmeldung Kinderskikurs
Erziehungsberechtigte/r: ${par.full}, Tel. ${g.phone(undefined, 'mob')}
Kind 1: ${k1.given}, ${g.int(4, 9)} Jahre, geb. ${g.dob('child')}
Kind 2: ${k2.given}, ${g.int(4, 12)} Jahre, geb. ${g.dob('child')}
Kurs: Zwergerl-Gruppe, Woche ab ${g.date()}`;
    },
    fahrersms1: (g) => {
      const d = g.person();
      return tx`Guten Tag, hier ist ${d.given} von ${deCo(g)}. Ich warte am ${g.eponym('transport')} am Ausgang mit einem Schild „${g.person().full}“. Schwarzer Mercedes V-Klasse. Mobil: ${g.phone(undefined, 'mob')}`;
    },
    huette1: (g) => {
      const p = g.person();
      return tx`Hüttenreservierung
Name: ${p.full}
Personen: ${g.int(2, 6)} (DAV-Mitglieder)
Nacht: ${g.date()}
Lager oder Zimmer: Lager
E-Mail: ${g.email(p)}
Hinweis der Hütte: Bitte Hüttenschlafsack mitbringen, Bezahlung nur bar.`;
    },
    reklamation1: (g) => {
      const p = g.person();
      return tx`Hallo,

auf der Rechnung zur Buchung ${g.pnr()} steht eine Minibar-Position über ${g.price()}, die ich nicht hatte. Bitte stornieren Sie die Belastung der Karte ${g.card()}.

Danke und Gruß
${p.full}`;
    },
    bewertung1: (g) => {
      const p = g.person();
      return tx`Antwort des Gastgebers:
Liebe${p.female ? '' : 'r'} ${p.given}, herzlichen Dank für die tolle Bewertung! Es freut uns sehr, dass Ihnen das Frühstück und unser ${g.eponym('room')} gefallen haben. ${g.person().given} aus dem Service lässt herzlich grüßen.
${g.person().full}, Gastgeberin`;
    },
    apis1: (g) => {
      const p = g.person();
      return tx`Passagierdaten (APIS) für ${g.flight()}
Nachname: ${p.sur}
Vorname(n): ${p.given}
Geburtsdatum: ${g.dob(undefined, 0)}
Reisepass: ${g.passport()}, gültig bis ${g.date(0)}`;
    },
    upgrade1: (g) => {
      const p = g.person();
      return tx`Gute Nachrichten, ${p.given}! Für Ihren Flug ${g.flight()} am ${g.date()} wurden Sie in die Business Class hochgestuft. Neuer Sitzplatz: ${g.seat()}. Bordkarte: ${g.url('m.alpenair.de', `bp/${g.ref(8)}`)}`;
    },
    fund1: (g) => {
      const p = g.person();
      return tx`Fundsache Nr. ${g.int(100, 999)}
Gegenstand: Ladekabel + Kopfhörer, Zimmer ${g.room()}
Gast: ${p.full}, abgereist ${g.date()}
Kontakt: ${g.email(p)}
Versand an: ${g.addr()}`;
    },
    familie1: (g) => {
      const a = g.person();
      const b = g.relative(a);
      return tx`Familienzimmer gebucht für ${g.title(a)} ${a.full} und ${g.title(b)} ${b.full} mit den Kindern ${g.relative(a).given} (${g.int(3, 14)}) und ${g.relative(a).given} (${g.int(1, 10)}). Anreise ${g.date()}, Halbpension. Rückfragen: ${g.phone()}.`;
    },
    tagung1: (g) => {
      const p = g.person();
      return tx`Tagungsauftrag
Raum: ${g.eponym('room')}, ${g.date()}, ${g.time()}–${g.time()} Uhr
Veranstalter: ${p.full}, ${g.email(p, g.pick(['firma-beispiel.de', 'kanzlei-recht.de', 'stadtwerke-nord.de']))}, ${g.phone()}
Teilnehmer: ${g.int(10, 120)}, Bestuhlung parlamentarisch, Beamer
Pauschale: ${g.price()} p. P.`;
    },
    abholliste1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 5); k++)
        rows.push(tx`${g.time()} ${g.pick(DE_HOTELS)} – ${g.person().full} (${g.int(1, 4)} P.)`);
      return tx`Abholliste Ausflug ${g.date()} – Reiseleitung: ${g.person().given}
${join(rows, '\n')}`;
    },
    gutschein1: (g) => {
      const to = g.person();
      return tx`GESCHENKGUTSCHEIN
für ${to.full}
von ${g.person().given} und ${g.person().given}
Eine Übernachtung im ${g.eponym()} inkl. Candle-Light-Dinner, Wert ${g.price()}
Gutscheincode ${g.ref(10)}, gültig bis ${g.date()}`;
    },
    storno1: (g) => {
      const p = g.person();
      return tx`Hallo, hiermit storniere ich die Buchung ${g.pnr()} für ${g.date()}. Laut Ihren AGB kostenlos bis 48 h vorher. Bitte Erstattung auf ${g.iban()}. Gruß, ${p.full}`;
    },
    nachtaudit1: (g) => {
      const p = g.person();
      return tx`Nachtabschluss ${g.date()}
No-Show: ${p.lastFirst}, Res.-Nr. ${g.conf()}, Garantie belastet ${g.price()}
Walk-in: ${g.person().full}, Zi. ${g.room()}, bar bezahlt
Nachtportier: ${g.person().given}`;
    },
    namensaenderung1: (g) => {
      const p = g.person();
      const q = g.person();
      return tx`Namensänderung zu Buchung ${g.pnr()}: statt ${p.full} reist ${q.full} (geb. ${g.dob()}). Gebühr ${g.price()} wird akzeptiert. Anfrage von ${g.email(p)}.`;
    },
    assistenz1: (g) => {
      const p = g.person();
      return tx`Anmeldung Mobilitätshilfe (DB)
Reisende: ${g.title(p)} ${p.full}, Rollstuhlfahrer${p.female ? 'in' : ''}
Zug: ${g.train()} am ${g.date()}, Wagen ${g.int(1, 14)}
Einstieg: ${g.eponym('transport')}
Rückrufnummer: ${g.phone()}`;
    },
    webhook1: (g) => {
      const p = g.person();
      return tx`POST /api/buchungen
Authorization: Bearer ${g.jwt()}

{"typ":"neu","gast":"${p.full}","mail":"${g.email(p)}","tel":"${g.phone()}","anreise":"${g.date(2)}"}`;
    },
    envcfg1: (g) => tx`# .env Buchungsstrecke
SLACK_TOKEN=${g.slack()}
AWS_ACCESS_KEY_ID=${g.aws()}
GITHUB_TOKEN=${g.github()}
APP_VERSION=${g.version()}`,
    vip1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(2, 4); k++) {
        const p = g.person();
        rows.push(
          tx`| ${g.title(p)} ${p.full} | ${g.room()} | ${g.time()} | ${g.pick(['Sekt', 'Obstkorb', 'Late Check-out'])} |`,
        );
      }
      return tx`## VIP-Anreisen ${g.date()}
| Gast | Zimmer | Ankunft | Aufmerksamkeit |
|---|---|---|---|
${join(rows, '\n')}`;
    },
    erinnerung1: (g) =>
      tx`Erinnerung: Ihr Tisch im ${N('brand', g.pick(['Ratskeller', 'Wirtshaus Zur Sonne', 'Brauhaus am Markt', 'Gasthaus Anton Huber', 'Café Mozart']))} ist morgen um ${g.time()} Uhr reserviert. Absagen bitte unter ${g.phone()}.`,
    feedback1: (g) => {
      const p = g.person();
      return tx`Gästefragebogen
Name (freiwillig): ${p.full}
Was hat Ihnen gefallen? Sehr freundlich war ${g.person().given} an der Rezeption!
Dürfen wir Sie kontaktieren? Ja, ${g.email(p)}`;
    },
    dienstreise1: (g) => {
      const p = g.person();
      const m = g.person();
      return tx`Dienstreiseantrag genehmigt
Reisende/r: ${p.full}, Kostenstelle ${g.int(1000, 9999)}
Ziel: ${g.pick(['Hamburg', 'Wien', 'Zürich', 'Frankfurt'])}, ${g.date()}–${g.date()}, Hotel ${g.brand()}, ca. ${g.price()}
Genehmigt durch: ${m.full} (${g.email(m, 'firma-beispiel.de')})`;
    },
    hund1: (g) => {
      const p = g.person();
      return tx`Moin! Dürfen wir unseren Hund (Labrador, sehr brav) mitbringen? Buchung läuft auf ${p.full}. Den Türcode gerne per SMS an ${g.phone(undefined, 'mob')}. LG ${p.given}`;
    },
    fahrrad1: (g) => {
      const p = g.person();
      return tx`Haftungsausschluss E-Bike-Verleih: Ich, ${p.full}, wohnhaft ${g.addr()}, geb. ${g.dob()}, habe die Bedingungen gelesen. Kaution über Karte ${g.card()}.`;
    },
    ausweis1: [
      ['CH', 'AT'],
      (g) => {
        const p = g.person();
        return tx`Check-in ${g.date()} – Gast ${p.upperLast}, geb. ${g.dob()}, Ausweis ${g.passport()}; Begleitung: ${g.relative(p).given}. Kontakt ${g.phone()} / ${g.email(p)}.`;
      },
    ],
  },
  neg: {
    abflug: (g) => tx`ABFLUG ${g.time()}
${g.flight()}  ${g.pick(['Palma', 'Antalya', 'London'])}   Gate ${g.pick(['A', 'B'])}${g.int(1, 40)}  Boarding
${g.flight()}  ${g.pick(['Wien', 'Zürich', 'Berlin'])}   Gate ${g.pick(['G', 'H'])}${g.int(1, 40)}  verspätet ${g.time()}
${g.flight()}  ${g.pick(['New York', 'Dubai'])}   annulliert`,
    preise: (g) => tx`Preisliste 2026 – ${g.eponym()}
Einzelzimmer ........ ${g.price()}
Doppelzimmer ........ ${g.price()}
${g.eponym('room')} .. ${g.price()}
Gültig vom ${g.date()} bis ${g.date()}, zzgl. Kurtaxe.`,
    bauarbeiten: (g) =>
      tx`Wegen Bauarbeiten fährt der ${g.train()} am ${g.date()} ab ${g.eponym('transport')} erst um ${g.time()}. Reservierungen im ${g.train()} bleiben gültig, Sitzplatz ${g.seat()} kann sich ändern.`,
    uebersicht: (g) => tx`Buchungsübersicht
Vorgang: ${g.pnr()}   Bestätigungsnr.: ${g.conf()}
Flug: ${g.flight()} am ${g.date()}, Sitz ${g.seat()}
Hotel: ${g.eponym()}, ${g.int(2, 7)} Nächte
Gesamt: ${g.price()}`,
    gutscheinkarte: (g) =>
      tx`Hinweis: Die Gutscheinkarte ${g.cardBad()} ist keine Kreditkarte und kann nicht als Garantie hinterlegt werden. Restguthaben ${g.price()}.`,
    anreise: (g) =>
      tx`Anreise: Vom ${g.eponym('transport')} mit der S-Bahn (alle 10 Minuten, ${g.price()}) oder Taxi (ca. 25 Minuten). Das Hotel liegt direkt gegenüber vom ${g.eponym('transport')}.`,
    kreuzfahrtplan: (g) => tx`Tag 1: Kiel – Einschiffung ${g.eponym('transport')} ab ${g.time()}
Tag 2: Seetag
Tag 3: Oslo ${g.time()}–${g.time()}
Reisepreis ab ${g.price()} p. P., Abfahrt ${g.date()}`,
    firmware: (g) =>
      tx`Kiosk-Firmware ${g.version()} ausgerollt am ${g.ts()}, Kartenleser-Treiber ${g.version()}, Build ${g.version()}. Keine Gastdaten betroffen.`,
    programm: (g) => tx`Tagungsprogramm ${g.date()}
${g.time()} Begrüßung im ${g.eponym('room')}
${g.time()} Workshops: ${g.eponym('room')} / ${g.eponym('room')}
${g.time()} Abendempfang im ${g.eponym()}`,
    ibanhinweis: (g) =>
      tx`Achtung: Die im alten Prospekt abgedruckte Bankverbindung ${g.ibanBad()} ist fehlerhaft. Bitte keine Zahlungen dorthin.`,
    flotte: (g) => tx`Fahrzeugklassen (Tagespreis)
Gruppe A – VW up! o. ä. ........ ${g.price()}
Gruppe D – Audi A4 o. ä. ........ ${g.price()}
Flughafenzuschlag ${g.eponym('transport')}: ${g.price()}`,
    treue: (g) =>
      tx`${g.brand()} Treueprogramm: Silber ab 10 Nächten, Gold ab 25. Punkte für Aufenthalte ab ${g.date()} werden binnen 72 h gutgeschrieben. Beispiel-Mitgliedsnummer: ${g.loyalty()}.`,
    zugbindung: (g) =>
      tx`Ihre Verbindung: ${g.train()} ab ${g.time()}, Umstieg in ${g.eponym('transport')} in den ${g.train()}, Ankunft ${g.time()}. Sitzplatzreservierung Wagen ${g.int(1, 12)}, Platz ${g.int(11, 118)}. Auftragsnummer ${g.conf()}.`,
  },
};

// ---------------------------------------------------------------------------------------------
// Français
// ---------------------------------------------------------------------------------------------

const FR_HOTELS = [
  'Hôtel du Lac',
  'Auberge des Trois Sapins',
  'Hôtel de la Gare',
  'Le Relais du Port',
  'Hôtel Les Tilleuls',
  'Domaine des Vignes',
  'Hôtel Beau Site',
  'Camping Les Pins',
];
const frHost = (g: Gen) =>
  g.pick([
    'hoteldulac.fr',
    'relais-du-port.fr',
    'aubergetroissapins.ch',
    'hotel-tilleuls.be',
    'domainedesvignes.fr',
    'beausite-hotel.ch',
  ]);
const frCo = (g: Gen) =>
  g.pick([
    'Voyages Horizon',
    'Évasion Tours',
    'Loc’Auto Express',
    'Navettes Azur',
    'Agence Cap Soleil',
    'Événements Lumière',
  ]);

const FR: LangSet = {
  regions: [
    ['FR', 65],
    ['BE', 20],
    ['CHF', 15],
  ],
  ent: {
    fichepolice1: (g) => {
      const p = g.person();
      const [arr, dep] = g.stay(0);
      return tx`FICHE INDIVIDUELLE DE POLICE
Nom : ${p.sur}
Prénom : ${p.given}
Date de naissance : ${g.dob(undefined, 0)}
Lieu de naissance : ${g.pick(['Lyon', 'Bruxelles', 'Genève', 'Dakar', 'Montréal'])}
Nationalité : ${g.pick(['française', 'belge', 'suisse'])}
Domicile : ${g.addr()}
Pièce d’identité n° ${g.passport()}
Date d’arrivée : ${arr}   Départ prévu : ${dep}
Enfants de moins de 15 ans : ${g.int(0, 2)}`;
    },
    fichepolice2: (g) => {
      const p = g.person();
      return tx`Fiche client – chambre ${g.room()}
${p.upperLast}, né${p.female ? 'e' : ''} le ${g.dob()}
Adresse : ${g.addr()}
Tél. : ${g.phone()}
Courriel : ${g.email(p)}`;
    },
    confirmation1: (g) => {
      const p = g.person();
      const [arr, dep] = g.stay();
      return tx`Objet : Confirmation de votre réservation n° ${g.conf()}

${p.female ? 'Chère Madame' : 'Cher Monsieur'} ${p.sur},

Nous avons le plaisir de confirmer votre séjour à l’établissement « ${g.pick(FR_HOTELS)} » du ${arr} au ${dep}.
Chambre double supérieure, petit-déjeuner inclus : ${g.price()} par nuit.
Arrivée à partir de 15h, départ avant 11h.

Pour toute question : ${g.phone()} ou ${g.email(undefined, frHost(g))}.

Bien cordialement,
${g.person().full}
Service réservations`;
    },
    demande1: (g) => {
      const p = g.person();
      return tx`Bonjour,

nous arriverons le ${g.date()} par le ${g.train()}, vers ${g.time()}. Serait-il possible d’avoir une chambre au calme, côté jardin ? C’est pour l’anniversaire de ma femme, ${g.person({ female: true }).given}.
Réservation au nom de ${p.full}.

Merci d’avance,
${p.given}
${g.phone(undefined, 'mob')}`;
    },
    reclamation1: (g) => {
      const p = g.person();
      return tx`Madame, Monsieur,

Je séjournais chambre ${g.room()} du ${g.date()} au ${g.date()}. La climatisation était en panne et le bruit des travaux commençait à 7h. Malgré mes demandes à la réception, rien n’a été fait. Je sollicite un dédommagement de ${g.price()}, à verser sur le compte ${g.iban()}.

Veuillez agréer mes salutations distinguées.
${p.full}
${g.addr()}`;
    },
    location1: (g) => {
      const p = g.person();
      return tx`${frCo(g)} – CONTRAT DE LOCATION n° ${g.conf()}
Conducteur principal : ${g.title(p)} ${p.full}
Né${p.female ? 'e' : ''} le : ${g.dob()}
Adresse : ${g.addr()}
Téléphone : ${g.phone()}
Véhicule : ${g.pick(['Peugeot 208', 'Renault Clio', 'Citroën C3', 'Dacia Duster'])}, immatriculation ${g.ref(2)}-${g.int(100, 999)}-${g.ref(2)}
Départ : ${g.date()} ${g.time()} – Retour : ${g.date()}
Caution par carte : ${g.card()}`;
    },
    constat1: (g) => {
      const p = g.person();
      return tx`État des lieux au retour
Contrat : ${g.pnr()}   Kilométrage : ${g.int(5000, 90000)} km
Client : ${p.upperLast}
Dommages constatés : rayure sur le pare-chocs arrière, rétroviseur gauche fissuré.
Déclaration du client : « Le véhicule était garé ${g.eponym('transport')}, je n’ai rien vu. »
Montant estimé : ${g.price()}
Agent : ${g.person().given}`;
    },
    vol1: (g) => {
      const p = g.person();
      const q = g.relative(p);
      return tx`Votre réservation est confirmée – référence ${g.pnr()}

Passagers : ${g.title(p)} ${p.full}, ${g.title(q)} ${q.full}
Aller : ${g.flight()} le ${g.date()}, départ ${g.time()}, sièges ${g.seat()} et ${g.seat()}
Retour : ${g.flight()} le ${g.date()}
Montant total : ${g.price()}

Gérer ma réservation : ${g.url('www.volazur.fr', `reservation?ref=${g.ref(6)}&nom=${slug(p.last)}`)}`;
    },
    carte1: (g) => {
      const p = g.person();
      return tx`CARTE D’EMBARQUEMENT
${p.pax} ${p.female ? 'MME' : 'M'}
DE ${g.pick(['CDG', 'ORY', 'NCE', 'BRU', 'GVA', 'LYS'])} VERS ${g.pick(['FDF', 'RUN', 'MRS', 'AJA', 'DSS'])}
VOL ${g.flight()}  SIÈGE ${g.seat()}  PORTE ${g.pick(['K', 'L', 'M'])}${g.int(20, 59)}
EMBARQUEMENT ${g.time()}   N° ${g.int(1, 220)}
Flying Blue ${g.loyalty()}`;
    },
    bagage1: (g) => {
      const p = g.person();
      return tx`Déclaration de bagage retardé
Dossier : ${N('order_no', `${g.pick(['CDG', 'BRU', 'GVA'])}${g.pick(['AF', 'SN', 'LX'])}${g.int(10000, 99999)}`)}
Passager : ${p.lastFirst}
Vol : ${g.flight()} du ${g.date()}
Description : valise cabine bleue, ruban jaune sur la poignée
Adresse de livraison : ${g.addr()}
Joignable au ${g.phone(undefined, 'mob')} / ${g.email(p)}`;
    },
    invitation1: (g) => {
      const host = g.person();
      const guest = g.person({ region: g.pick(['US', 'MX', 'ES', 'DE'] as const) });
      return tx`ATTESTATION D’ACCUEIL

Je soussigné${host.female ? 'e' : ''} ${host.full}, né${host.female ? 'e' : ''} le ${g.dob()}, demeurant ${g.addr()}, certifie pouvoir héberger ${guest.full}, né(e) le ${g.dob()}, titulaire du passeport ${g.passport()}, du ${g.date()} au ${g.date()}.

Contact : ${g.phone()} – ${g.email(host)}

Fait à ${g.pick(['Paris', 'Lille', 'Bruxelles', 'Lausanne', 'Nantes'])}, le ${g.date()}`;
    },
    rooming1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 6); k++) {
        const p = g.person();
        rows.push(
          tx`${g.room()}\t${p.upperLast}\t${g.pick(['SGL', 'DBL', 'TWN'])}\t${g.pick(['', 'sans gluten', 'lit bébé', 'arrivée tardive'])}`,
        );
      }
      return tx`Rooming list – ${frCo(g)} – groupe ${g.pnr()} – arrivée ${g.date(0)}
Ch.\tNom Prénom\tType\tRemarque
${join(rows, '\n')}`;
    },
    resto1: (g) => {
      const p = g.person();
      return tx`Réservation du ${g.date()} à ${g.time()} – ${g.int(2, 8)} couverts
Au nom de : ${g.title(p)} ${p.sur}
Tél. : ${g.phone()}
ALLERGIE : crustacés (allergie sévère) pour ${p.given}. Prévenir le chef !`;
    },
    mariage1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 6); k++) {
        const p = g.person();
        rows.push(
          tx`${p.given};${p.sur};${g.pick(['oui', 'non', 'peut-être'])};${g.pick(['viande', 'poisson', 'végétarien'])};${g.int(1, 14)}`,
        );
      }
      return tx`Liste des invités – mariage de ${g.person().given} et ${g.person().given}
prénom;nom;présent;menu;table
${join(rows, '\n')}`;
    },
    badge1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(2, 4); k++) {
        const p = g.person();
        rows.push(
          tx`{"id":"${N('order_no', g.rng.digits(8))}","nom":"${p.full}","société":"${g.pick(['Société Générique', 'Atelier Numérique', 'Cabinet Durable'])}","email":"${g.email(p, g.pick(['entreprise.fr', 'atelier-numerique.be', 'cabinet.ch']))}"}`,
        );
      }
      return tx`Export badges congrès
${join(rows, '\n')}`;
    },
    chat1: (g) => {
      const p = g.person();
      const a = g.person();
      return tx`${p.given} : Bonjour, j’ai réservé le circuit Andalousie (dossier ${g.pnr()}) mais mon prénom est mal orthographié.
${a.given} (agence) : Bonjour ! Quel est le nom exact ?
${p.given} : ${p.full}, comme sur mon passeport.
${a.given} (agence) : C’est noté, je vous rappelle au ${g.phone(undefined, 'mob')} dès que la compagnie a corrigé.`;
    },
    gite1: (g) => {
      const host = g.person();
      const guest = g.person();
      return tx`${guest.given} : Bonsoir ${host.given}, on aura un peu de retard, arrivée vers ${g.time()}. C’est possible ?
${host.given} : Aucun souci ! La clé est dans la boîte à code (1957). Adresse du gîte : ${g.addr()}. En cas de besoin : ${g.phone(undefined, 'mob')}.
${guest.given} : Merci beaucoup !`;
    },
    conciergerie1: (g) => {
      const p = g.person();
      return tx`Cahier de conciergerie – ${g.date()}
${g.time()} ch. ${g.room()} ${g.title(p)} ${p.sur} : 2 places pour l’Opéra, ${g.price()} débités sur la note
${g.time()} ch. ${g.room()} ${g.person().full} : taxi pour ${g.eponym('transport')} demain ${g.time()}, chauffeur ${g.person().given} (${g.phone(undefined, 'mob')})
${g.time()} parapluie oublié au ${g.eponym('room')}`;
    },
    navette1: (g) => {
      const p = g.person();
      return tx`Réservation navette ${g.pnr()}
Passager : ${p.full} + ${g.int(1, 3)}
Prise en charge : ${g.eponym('transport')}, vol ${g.flight()} arrivée ${g.time()}
Destination : ${g.addr()}
Portable : ${g.phone(undefined, 'mob')}
Tarif : ${g.price()}`;
    },
    assurance1: (g) => {
      const p = g.person();
      return tx`Déclaration de sinistre – assurance annulation
Assuré : ${p.full}
Date de naissance : ${g.dob()}
Adresse : ${g.addr()}
Téléphone : ${g.phone()}
Voyage : ${g.pick(['Marrakech', 'Crète', 'La Réunion', 'Lisbonne'])}, départ prévu le ${g.date()}
Motif : hospitalisation
Remboursement sur : ${g.iban()}`;
    },
    groupe1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 6); k++) {
        const p = g.person();
        rows.push(tx`${p.sur},${p.given},${g.dob(undefined, 0)},${g.phone(undefined, 'mob')}`);
      }
      return tx`Voyage scolaire ${g.pick(['Rome', 'Londres', 'Berlin'])} – accompagnateurs
nom,prénom,naissance,portable
${join(rows, '\n')}`;
    },
    fidelite1: (g) => {
      const p = g.person();
      return tx`Relevé de points – ${g.title(p)} ${p.full}
N° de membre : ${g.loyalty()}
${g.date()} séjour ${g.eponym()} +1 200 pts
${g.date()} vol ${g.flight()} +850 pts
Solde : 24 310 pts
Mon compte : ${g.url('www.club-evasion.fr', 'mon-compte')}`;
    },
    borne1: (g) => tx`${g.ts()} borne-hall INFO version ${g.version()}
${g.ts()} borne-hall INFO client ${g.ip(false)} enregistrement dossier ${g.pnr()}
${g.ts()} borne-hall INFO client=${g.person().upperLast} chambre=${g.room()}
${g.ts()} borne-hall ERREUR serveur ${g.ip()} injoignable`,
    channel1: (g) => tx`# gestionnaire de canaux
fournisseur: reservit
id_etablissement: ${N('order_no', g.rng.digits(5))}
url: ${g.url('api.reservit.example', 'v2/dispo')}
cle_api: ${g.secret()}
alerte: ${g.email(undefined, frHost(g))}`,
    acompte1: (g) => {
      const p = g.person();
      return tx`Bonjour ${g.title(p)} ${p.sur},

pour confirmer la location du gîte du ${g.date()}, merci de verser un acompte de ${g.price()} :
Titulaire : ${g.person().full}
IBAN : ${g.iban()}
Référence : ${g.pnr()}

À bientôt,
${g.person().given}`;
    },
    garantie1: (g) => {
      const p = g.person();
      return tx`Autorisation de débit
Titulaire de la carte : ${p.full}
Numéro : ${g.card()}   Expiration : ${String(g.int(1, 12)).padStart(2, '0')}/${g.int(27, 31)}
J’autorise l’hôtel à débiter la première nuit (${g.price()}) en cas de non-présentation.`;
    },
    billet1: (g) => {
      const p = g.person();
      return tx`E-BILLET – ${g.pick(['Festival des Vieilles Charrues', 'Salon du Tourisme', 'Concert au Zénith'])}
Titulaire : ${p.upperLast}
Billet n° ${g.conf()}   Ouverture des portes ${g.time()}
Date : ${g.date()}
Revente officielle : ${g.url('billetterie.example.fr', `revente/${g.ref(8)}`)}`;
    },
    message1: (g) => {
      const p = g.person();
      return tx`Message pour la réception (pris par ${g.person().given}) : ${g.title(p)} ${p.sur} a appelé pour ajouter un lit bébé pour ${g.relative(p).given} (${g.int(1, 2)} an). Rappeler au ${g.phone()} après ${g.time()}.`;
    },
    spa1: (g) => {
      const p = g.person();
      return tx`Bonjour ${p.given}, votre soin visage avec ${g.person().given} est confirmé le ${g.date()} à ${g.time()}. Merci d’arriver 10 min en avance. Pour annuler : ${g.phone()}.`;
    },
    croisiere1: (g) => {
      const a = g.person();
      const b = g.relative(a);
      return tx`Manifeste passagers – ${g.eponym('transport')} – ${g.date()}
Cabine ${g.int(4000, 9999)} : ${a.full} (né${a.female ? 'e' : ''} le ${g.dob()}), ${b.full} (né${b.female ? 'e' : ''} le ${g.dob()})
Contact d’urgence : ${g.person().full}, ${g.phone()}`;
    },
    colonie1: (g) => {
      const par = g.person();
      const k1 = g.relative(par);
      const k2 = g.relative(par);
      return tx`Inscription colonie de vacances
Responsable légal : ${par.full} – ${g.phone(undefined, 'mob')}
Enfant 1 : ${k1.given}, ${g.int(6, 12)} ans, né(e) le ${g.dob('child')}
Enfant 2 : ${k2.given}, ${g.int(6, 14)} ans, né(e) le ${g.dob('child')}
Séjour : ${g.date()}, régime sans porc`;
    },
    chauffeur1: (g) => {
      const d = g.person();
      return tx`Bonjour, je suis ${d.given}, votre chauffeur ${frCo(g)}. Je vous attends ${g.eponym('transport')}, sortie 4, avec une pancarte « ${g.person().upperLast} ». Berline noire. Mon numéro : ${g.phone(undefined, 'mob')}`;
    },
    camping1: (g) => {
      const p = g.person();
      return tx`Réservation emplacement n° ${g.int(1, 180)} – ${g.pick(FR_HOTELS)}
Client : ${p.full}, ${g.int(2, 5)} personnes, 1 tente, 1 voiture
Du ${g.date()} au ${g.date()}
Courriel : ${g.email(p)}`;
    },
    litige1: (g) => {
      const p = g.person();
      return tx`Bonjour,

sur ma facture (dossier ${g.pnr()}) figure un parking à ${g.price()} alors que je suis venu en ${g.train()}. Merci de rembourser la carte ${g.card()}.

Cordialement,
${p.full}`;
    },
    avis1: (g) => {
      const p = g.person();
      return tx`Réponse de l’établissement :
${p.female ? 'Chère' : 'Cher'} ${p.given}, merci pour ce très bel avis ! Toute l’équipe, et surtout ${g.person().given} au petit-déjeuner, est ravie que vous ayez apprécié le ${g.eponym('room')}.
${g.person().full}, directrice`;
    },
    apis1: (g) => {
      const p = g.person();
      return tx`Informations passager (API) – vol ${g.flight()}
Nom : ${p.sur}
Prénom : ${p.given}
Date de naissance : ${g.dob(undefined, 0)}
Passeport : ${g.passport()}, expire le ${g.date(0)}`;
    },
    surclassement1: (g) => {
      const p = g.person();
      return tx`Bonne nouvelle ${p.given} ! Vous êtes surclassé${p.female ? 'e' : ''} en Business sur le vol ${g.flight()} du ${g.date()}. Nouveau siège : ${g.seat()}. Carte d’embarquement : ${g.url('m.volazur.fr', `cae/${g.ref(8)}`)}`;
    },
    objet1: (g) => {
      const p = g.person();
      return tx`Objet trouvé n° ${g.int(100, 999)}
Objet : liseuse, chambre ${g.room()}, après le départ du ${g.date()}
Client : ${p.full}, ${g.email(p)}
Envoi à : ${g.addr()}`;
    },
    famille1: (g) => {
      const a = g.person();
      const b = g.relative(a);
      return tx`Chambre familiale pour ${g.title(a)} et ${g.title(b)} ${a.sur}, avec leurs enfants ${g.relative(a).given} (${g.int(3, 14)} ans) et ${g.relative(a).given} (${g.int(1, 10)} ans). Arrivée le ${g.date()}, demi-pension. Contact : ${g.phone()}.`;
    },
    seminaire1: (g) => {
      const p = g.person();
      return tx`Bon de commande séminaire
Salle : ${g.eponym('room')}, le ${g.date()}, ${g.time()}–${g.time()}
Organisateur : ${p.full}, ${g.email(p, g.pick(['entreprise.fr', 'mutuelle-ouest.fr', 'groupe-exemple.be']))}, ${g.phone()}
Participants : ${g.int(10, 90)}, disposition en U
Forfait journée : ${g.price()} par personne`;
    },
    ramassage1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 5); k++)
        rows.push(tx`${g.time()} ${g.pick(FR_HOTELS)} – ${g.person().full} (${g.int(1, 4)} pers.)`);
      return tx`Excursion du ${g.date()} – guide : ${g.person().given}
${join(rows, '\n')}`;
    },
    cheque1: (g) => {
      const to = g.person();
      return tx`CHÈQUE CADEAU
Pour ${to.full}, de la part de ${g.person().given}
Dîner gastronomique au ${g.eponym()}, valeur ${g.price()}
Code ${g.ref(10)}, valable jusqu’au ${g.date()}`;
    },
    annulation1: (g) => {
      const p = g.person();
      return tx`Bonjour, je souhaite annuler la réservation ${g.pnr()} du ${g.date()} (tarif flexible). Merci de rembourser sur ${g.iban()}. ${p.full}`;
    },
    audit1: (g) => {
      const p = g.person();
      return tx`Clôture de nuit ${g.date()}
No-show : ${p.upperLast}, résa ${g.conf()}, garantie débitée ${g.price()}
Client sans réservation : ${g.person().full}, ch. ${g.room()}
Veilleur : ${g.person().given}`;
    },
    changementnom1: (g) => {
      const p = g.person();
      const q = g.person();
      return tx`Demande de changement de nom (dossier ${g.pnr()}) : remplacer ${p.full} par ${q.full}, né(e) le ${g.dob()}. Frais de ${g.price()} acceptés. Demande envoyée par ${g.email(p)}.`;
    },
    pmr1: (g) => {
      const p = g.person();
      return tx`Demande d’assistance PMR
Voyageur : ${g.title(p)} ${p.full}
Train : ${g.train()} du ${g.date()}, voiture ${g.int(1, 18)}
Gare de départ : ${g.eponym('transport')}
Téléphone : ${g.phone()}`;
    },
    webhook1: (g) => {
      const p = g.person();
      return tx`POST /api/reservations
Authorization: Bearer ${g.jwt()}

{"evenement":"creation","client":"${p.full}","courriel":"${g.email(p)}","tel":"${g.phone()}","arrivee":"${g.date(0)}"}`;
    },
    env1: (g) => tx`# configuration moteur de réservation
SLACK_BOT_TOKEN=${g.slack()}
AWS_ACCESS_KEY_ID=${g.aws()}
PAYMENT_SECRET=${g.secret()}
VERSION=${g.version()}`,
    vip1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(2, 4); k++) {
        const p = g.person();
        rows.push(
          tx`| ${g.title(p)} ${p.full} | ${g.room()} | ${g.time()} | ${g.pick(['champagne', 'macarons', 'départ tardif'])} |`,
        );
      }
      return tx`## Arrivées VIP du ${g.date()}
| Client | Ch. | Heure | Attention |
|---|---|---|---|
${join(rows, '\n')}`;
    },
    rappel1: (g) =>
      tx`Rappel : votre table chez ${N('brand', g.pick(['Bistrot du Marché', 'Café des Arts', 'La Table d’Hélène', 'Chez Marcel', 'Brasserie Georges']))} est réservée demain à ${g.time()}. Pour annuler, appelez le ${g.phone()}.`,
    questionnaire1: (g) => {
      const p = g.person();
      return tx`Questionnaire de satisfaction
Nom (facultatif) : ${p.full}
Commentaire : petit-déjeuner excellent, merci à ${g.person().given} pour son accueil.
Nous autorisez-vous à vous recontacter ? Oui – ${g.email(p)}`;
    },
    deplacement1: (g) => {
      const p = g.person();
      const m = g.person();
      return tx`Ordre de mission validé
Agent : ${p.full}
Destination : ${g.pick(['Strasbourg', 'Bruxelles', 'Genève', 'Toulouse'])}, du ${g.date()} au ${g.date()}, hôtel ${g.brand()}, ${g.price()}
Validé par : ${m.full} (${g.email(m, 'collectivite.example.fr')})`;
    },
    animal1: (g) => {
      const p = g.person();
      return tx`Coucou ! Est-ce que les chiens sont acceptés dans le studio ? On a un petit teckel 🐶. Réservation au nom de ${p.upperLast}. Vous pouvez m’envoyer le code par SMS au ${g.phone(undefined, 'mob')}. Bises, ${p.given}`;
    },
    velo1: (g) => {
      const p = g.person();
      return tx`Décharge location vélo : je soussigné(e) ${p.full}, demeurant ${g.addr()}, accepte les conditions. Caution sur la carte ${g.card()}.`;
    },
  },
  neg: {
    departs: (g) => tx`DÉPARTS ${g.time()}
${g.flight()}  ${g.pick(['Madrid', 'Rome', 'Lisbonne'])}   porte ${g.pick(['K', 'L'])}${g.int(20, 50)}  embarquement
${g.flight()}  ${g.pick(['Montréal', 'Dakar', 'Tunis'])}   retardé ${g.time()}
${g.flight()}  ${g.pick(['Bruxelles', 'Genève'])}   annulé`,
    tarifs: (g) => tx`Tarifs 2026 – ${g.eponym()}
Chambre classique ...... ${g.price()}
Suite junior ........... ${g.price()}
${g.eponym('room')} .... ${g.price()}
Valables du ${g.date()} au ${g.date()}, taxe de séjour en sus.`,
    travaux: (g) =>
      tx`Travaux : le ${g.date()}, le ${g.train()} au départ de ${g.eponym('transport')} partira à ${g.time()} au lieu de ${g.time()}. Les réservations sur le ${g.train()} restent valables ; la place ${g.seat()} peut être modifiée.`,
    recap: (g) => tx`Récapitulatif
Dossier : ${g.pnr()}   N° de confirmation : ${g.conf()}
Vol : ${g.flight()} le ${g.date()}, siège ${g.seat()}
Hôtel : ${g.eponym()}, ${g.int(2, 7)} nuits
Total : ${g.price()}`,
    cartecadeau: (g) =>
      tx`Attention : la carte cadeau ${g.cardBad()} n’est pas une carte bancaire et ne peut servir de garantie. Solde : ${g.price()}.`,
    acces: (g) =>
      tx`Accès : depuis ${g.eponym('transport')}, prendre le RER (toutes les 15 min, ${g.price()}) ou un taxi (environ 40 min). L’hôtel se trouve en face de la ${g.eponym('transport')}.`,
    croisiereprog: (
      g,
    ) => tx`Jour 1 : Marseille – embarquement sur le ${g.eponym('transport')} dès ${g.time()}
Jour 2 : en mer
Jour 3 : Barcelone ${g.time()}–${g.time()}
À partir de ${g.price()} par personne, départ le ${g.date()}`,
    firmware: (g) =>
      tx`Mise à jour des bornes : version ${g.version()} déployée le ${g.ts()}, pilote lecteur ${g.version()}, build ${g.version()}. Aucune donnée client concernée.`,
    programme: (g) => tx`Programme du congrès – ${g.date()}
${g.time()} Ouverture, ${g.eponym('room')}
${g.time()} Ateliers : ${g.eponym('room')} / ${g.eponym('room')}
${g.time()} Cocktail au ${g.eponym()}`,
    ibanerreur: (g) =>
      tx`Erratum : le RIB imprimé dans notre brochure (${g.ibanBad()}) comporte une erreur. Merci de ne pas l’utiliser.`,
    flotte: (g) => tx`Catégories de véhicules (par jour)
Cat. A – Fiat Panda ou similaire ...... ${g.price()}
Cat. C – Peugeot 308 ou similaire ..... ${g.price()}
Supplément gare ${g.eponym('transport')} : ${g.price()}`,
    programmefid: (g) =>
      tx`Programme ${g.brand()} : statut Argent dès 10 nuits, Or dès 25. Les points des séjours à partir du ${g.date()} sont crédités sous 72 h. Exemple de numéro de membre : ${g.loyalty()}.`,
    trajet: (g) =>
      tx`Votre trajet : ${g.train()} départ ${g.time()}, correspondance à ${g.eponym('transport')} avec le ${g.train()}, arrivée ${g.time()}. Voiture ${g.int(1, 18)}, place ${g.int(11, 98)}. Référence ${g.pnr()}, n° de commande ${g.conf()}.`,
  },
};

// ---------------------------------------------------------------------------------------------
// Español
// ---------------------------------------------------------------------------------------------

const ES_HOTELS = [
  'Hotel Mirador del Mar',
  'Hostal La Plaza',
  'Posada del Río',
  'Hotel Sierra Nevada',
  'Casa Rural El Olivar',
  'Hotel Playa Dorada',
  'Hacienda Los Agaves',
  'Hotel Puerta del Sol',
];
const esHost = (g: Gen) =>
  g.pick([
    'hotelmiradordelmar.es',
    'hostallaplaza.com',
    'posadadelrio.mx',
    'casaruralelolivar.es',
    'haciendalosagaves.com.mx',
    'hotelplayadorada.es',
  ]);
const esCo = (g: Gen) =>
  g.pick([
    'Viajes Alborada',
    'Turismo Sol y Mar',
    'Rent a Car Ibérica',
    'Traslados Costa',
    'Eventos Fiesta',
    'Agencia Mundo Maya',
  ]);

const ES: LangSet = {
  regions: [
    ['ES', 65],
    ['MX', 35],
  ],
  ent: {
    parte1: (g) => {
      const p = g.person();
      const [ent, sal] = g.stay(0);
      return tx`PARTE DE ENTRADA DE VIAJEROS
Primer apellido y segundo: ${p.sur}
Nombre: ${p.given}
Fecha de nacimiento: ${g.dob(undefined, 0)}
Sexo: ${p.female ? 'F' : 'M'}   Nacionalidad: ${g.pick(['española', 'mexicana', 'argentina'])}
Documento: ${g.passport()}
Domicilio: ${g.addr()}
Fecha de entrada: ${ent}   Salida: ${sal}
Firma del viajero: ____________`;
    },
    parte2: (g) => {
      const p = g.person();
      return tx`Ficha de huésped – hab. ${g.room()}
${p.lastFirst}, nacido${p.female ? 'a' : ''} el ${g.dob()}
Móvil: ${g.phone(undefined, 'mob')}
Correo: ${g.email(p)}
Acompañante: ${g.relative(p).given} (menor, ${g.int(2, 15)} años)`;
    },
    confirmacion1: (g) => {
      const p = g.person();
      const [ent, sal] = g.stay();
      return tx`Asunto: Confirmación de reserva ${g.pnr()}

Estimad${p.female ? 'a' : 'o'} ${g.title(p)} ${p.sur}:

Le confirmamos su estancia en ${g.pick(ES_HOTELS)} del ${ent} al ${sal}.
Habitación doble con vistas, desayuno incluido: ${g.price()} por noche.
Entrada a partir de las 14:00, salida hasta las 12:00.

Para cualquier consulta, llámenos al ${g.phone()} o escriba a ${g.email(undefined, esHost(g))}.

Atentamente,
${g.person().full}
Departamento de Reservas`;
    },
    peticion1: (g) => {
      const p = g.person();
      return tx`Hola, buenas:

llegamos el ${g.date()} en el ${g.flight()} y aterrizamos sobre las ${g.time()}. ¿Sería posible hacer el check-in antes? Es nuestra luna de miel 😊. La reserva está a nombre de ${p.full}.

¡Gracias!
${p.given}
${g.phone(undefined, 'mob')}`;
    },
    queja1: (g) => {
      const p = g.person();
      return tx`Muy señores míos:

Durante mi estancia en la habitación ${g.room()} (reserva ${g.conf()}) el aire acondicionado no funcionó y la fiesta del ${g.eponym('room')} duró hasta las 3 de la mañana. Solicito la devolución de ${g.price()} en la cuenta ${g.iban()}.

Un saludo,
${p.full}
${g.addr()}`;
    },
    alquiler1: (g) => {
      const p = g.person();
      return tx`${esCo(g)} – CONTRATO DE ALQUILER Nº ${g.conf()}
Conductor: ${g.title(p)} ${p.full}
Fecha de nacimiento: ${g.dob()}
Dirección: ${g.addr()}
Teléfono: ${g.phone()}
Vehículo: ${g.pick(['Seat Ibiza', 'Nissan Versa', 'Toyota Corolla', 'Renault Captur'])}, matrícula ${g.int(1000, 9999)} ${g.rng.from('BCDFGHJKLMNPRSTVWXYZ', 3)}
Recogida: ${g.date()} ${g.time()}   Devolución: ${g.date()}
Fianza con tarjeta: ${g.card()}`;
    },
    danos1: (g) => {
      const p = g.person();
      return tx`Informe de daños a la devolución
Contrato: ${g.pnr()}   Km: ${g.int(5000, 90000)}
Cliente: ${p.lastFirst}
Daños: golpe en la puerta trasera izquierda, llanta rayada.
Declaración del cliente: «Lo dejé en el parking del ${g.eponym('transport')} y así lo encontré».
Importe estimado: ${g.price()}
Revisado por: ${g.person().given}`;
    },
    vuelo1: (g) => {
      const p = g.person();
      const q = g.relative(p);
      return tx`Tu reserva está confirmada – localizador ${g.pnr()}

Pasajeros: ${p.full}, ${q.full}
Ida: ${g.flight()} el ${g.date()}, salida ${g.time()}, asientos ${g.seat()} y ${g.seat()}
Vuelta: ${g.flight()} el ${g.date()}
Total pagado: ${g.price()}

Gestiona tu reserva: ${g.url('www.vuelaiberica.es', `reserva?loc=${g.ref(6)}`)}`;
    },
    tarjeta1: (g) => {
      const p = g.person();
      return tx`TARJETA DE EMBARQUE
${p.pax} ${p.female ? 'MRS' : 'MR'}
DE ${g.pick(['MAD', 'BCN', 'MEX', 'CUN', 'GDL', 'AGP'])} A ${g.pick(['PMI', 'LPA', 'BOG', 'LIM', 'MTY'])}
VUELO ${g.flight()}  ASIENTO ${g.seat()}  PUERTA ${g.pick(['J', 'K', 'S'])}${g.int(1, 60)}
EMBARQUE ${g.time()}   SEC ${g.int(1, 220)}
Socio: ${g.loyalty()}`;
    },
    equipaje1: (g) => {
      const p = g.person();
      return tx`Parte de irregularidad de equipaje
Expediente: ${N('order_no', `${g.pick(['MAD', 'MEX', 'BCN'])}${g.pick(['IB', 'AM', 'VY'])}${g.int(10000, 99999)}`)}
Pasajero: ${g.title(p)} ${p.full}
Vuelo: ${g.flight()} del ${g.date()}
Maleta: negra, rígida, con cinta roja
Dirección de entrega: ${g.addr()}
Contacto: ${g.phone(undefined, 'mob')} / ${g.email(p)}`;
    },
    invitacion1: (g) => {
      const host = g.person();
      const guest = g.person({ region: g.pick(['US', 'DE', 'FR', 'MX'] as const) });
      return tx`CARTA DE INVITACIÓN

Yo, ${host.full}, nacid${host.female ? 'a' : 'o'} el ${g.dob()}, con domicilio en ${g.addr()}, invito a ${guest.full}, nacido/a el ${g.dob()}, pasaporte ${g.passport()}, a alojarse en mi casa del ${g.date()} al ${g.date()}, corriendo yo con todos los gastos.

Teléfono: ${g.phone()}   Correo: ${g.email(host)}

En ${g.pick(['Madrid', 'Sevilla', 'Guadalajara', 'Valencia', 'Monterrey'])}, a ${g.date()}`;
    },
    rooming1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 6); k++) {
        const p = g.person();
        rows.push(
          tx`${g.room()}\t${p.sur}\t${p.given}\t${g.pick(['IND', 'DBL', 'TPL'])}\t${g.pick(['', 'celíaco', 'cuna', 'llegada tarde'])}`,
        );
      }
      return tx`Rooming list ${esCo(g)} – grupo ${g.pnr()}
Hab.\tApellidos\tNombre\tTipo\tObs.
${join(rows, '\n')}`;
    },
    restaurante1: (g) => {
      const p = g.person();
      return tx`Reserva ${g.date()} a las ${g.time()} – ${g.int(2, 12)} pax
Nombre: ${g.title(p)} ${p.sur}
Tel.: ${g.phone()}
OJO ALERGIA: ${p.given} es alérgic${p.female ? 'a' : 'o'} al marisco y a los frutos secos. Avisar en cocina.`;
    },
    boda1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 6); k++) {
        const p = g.person();
        rows.push(
          tx`${p.full},${g.pick(['sí', 'no', 'pendiente'])},${g.pick(['carne', 'pescado', 'vegano', 'infantil'])},${g.int(1, 20)}`,
        );
      }
      return tx`Invitados boda ${g.person().given} & ${g.person().given} – ${g.date()}
nombre,asiste,menú,mesa
${join(rows, '\n')}`;
    },
    acreditacion1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(2, 5); k++) {
        const p = g.person();
        rows.push(
          tx`${N('order_no', g.rng.digits(7))}\t${p.full}\t${g.email(p, g.pick(['empresa.es', 'grupo-ejemplo.mx', 'consultora.com']))}\t${g.pick(['Expositor', 'Ponente', 'Visitante'])}`,
        );
      }
      return tx`Exportación acreditaciones ${g.pick(['FITUR', 'Congreso Hotelero', 'Tianguis Turístico'])}
id\tnombre\temail\tcategoría
${join(rows, '\n')}`;
    },
    chat1: (g) => {
      const p = g.person();
      const a = g.person();
      return tx`${p.given}: hola, tengo el paquete a Cancún con localizador ${g.pnr()}, ¿puedo añadir a mi hermana?
${a.given} (agencia): ¡Hola ${p.given}! Claro, ¿me pasas su nombre completo tal como aparece en el pasaporte?
${p.given}: ${g.relative(p, true).full}
${a.given} (agencia): Perfecto, el suplemento es ${g.price()}. Te mando el enlace de pago a ${g.email(p)}.`;
    },
    apartamento1: (g) => {
      const host = g.person();
      const guest = g.person();
      return tx`${guest.given}: Hola ${host.given}, llegaremos tarde, sobre las ${g.time()}, ¿hay problema?
${host.given}: ¡Ninguno! Las llaves están en el cajetín, código 3142. La dirección es ${g.addr()}. Cualquier cosa, llámame al ${g.phone(undefined, 'mob')}.
${guest.given}: ¡Mil gracias!`;
    },
    conserjeria1: (g) => {
      const p = g.person();
      return tx`Libro de conserjería ${g.date()}
${g.time()} hab. ${g.room()} ${g.title(p)} ${p.sur}: entradas para el flamenco, ${g.price()} cargado a la habitación
${g.time()} hab. ${g.room()} ${g.person().full}: taxi al ${g.eponym('transport')} mañana ${g.time()}, conductor ${g.person().given} (${g.phone(undefined, 'mob')})
${g.time()} paraguas olvidado en el ${g.eponym('room')}`;
    },
    traslado1: (g) => {
      const p = g.person();
      return tx`Traslado ${g.pnr()}
Pasajero: ${p.full} + ${g.int(1, 3)}
Recogida: ${g.eponym('transport')}, vuelo ${g.flight()}, llegada ${g.time()}
Destino: ${g.addr()}
Celular: ${g.phone(undefined, 'mob')}
Importe: ${g.price()}`;
    },
    seguro1: (g) => {
      const p = g.person();
      return tx`Solicitud de reembolso – seguro de viaje
Asegurado: ${p.full}
Fecha de nacimiento: ${g.dob()}
Domicilio: ${g.addr()}
Teléfono: ${g.phone()}
Viaje: ${g.pick(['Punta Cana', 'Roma', 'Tokio', 'Cartagena de Indias'])}, salida ${g.date()}
Motivo: cancelación por enfermedad
Cuenta para el abono: ${g.iban('ES')}`;
    },
    grupo1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 6); k++) {
        const p = g.person();
        rows.push(tx`${p.sur};${p.given};${g.dob(undefined, 0)};${g.phone(undefined, 'mob')}`);
      }
      return tx`Viaje de fin de curso ${g.pick(['Roma', 'París', 'Londres'])} – profesores acompañantes
apellidos;nombre;nacimiento;móvil
${join(rows, '\n')}`;
    },
    puntos1: (g) => {
      const p = g.person();
      return tx`Extracto de puntos – ${p.full}
Nº de socio: ${g.loyalty()}
${g.date()} estancia ${g.eponym()} +1.000 pts
${g.date()} vuelo ${g.flight()} +600 pts
Saldo: 18.450 pts
Mi cuenta: ${g.url('www.clubviajero.es', 'mi-cuenta')}`;
    },
    kiosko1: (g) => tx`${g.ts()} kiosko-recepcion INFO versión ${g.version()}
${g.ts()} kiosko-recepcion INFO cliente ${g.ip(false)} check-in localizador ${g.pnr()}
${g.ts()} kiosko-recepcion INFO huésped="${g.person().full}" hab=${g.room()}
${g.ts()} kiosko-recepcion ERROR PMS ${g.ip()} sin respuesta`,
    channel1: (g) => tx`# channel manager
proveedor: roomcloud
id_hotel: ${N('order_no', g.rng.digits(5))}
endpoint: ${g.url('api.roomcloud.example', 'v1/disponibilidad')}
api_key: ${g.secret()}
avisos: ${g.email(undefined, esHost(g))}`,
    senal1: [
      ['ES'],
      (g) => {
        const p = g.person();
        return tx`Hola ${p.given}:

para confirmar la casa rural del ${g.date()} necesitamos una señal de ${g.price()} por transferencia:
Titular: ${g.person().full}
IBAN: ${g.iban('ES')}
Concepto: ${g.pnr()}

Un abrazo,
${g.person().given}`;
      },
    ],
    garantia1: (g) => {
      const p = g.person();
      return tx`Autorización de cargo
Titular: ${p.full}
Tarjeta: ${g.card()}   Caducidad: ${String(g.int(1, 12)).padStart(2, '0')}/${g.int(27, 31)}
Autorizo el cargo de la primera noche (${g.price()}) en caso de no presentarme.`;
    },
    entrada1: (g) => {
      const p = g.person();
      return tx`ENTRADA – ${g.pick(['Festival Sonorama', 'Vive Latino', 'Feria de Abril', 'Congreso Internacional de Turismo'])}
Titular: ${p.full}
Nº de entrada: ${g.conf()}   Apertura de puertas: ${g.time()}
Fecha: ${g.date()}
Cambio de titular: ${g.url('entradas.example.es', `cambio/${g.ref(8)}`)}`;
    },
    recado1: (g) => {
      const p = g.person();
      return tx`Recado (lo tomó ${g.person().given}): llamó ${g.title(p)} ${p.sur}, quiere añadir una cuna para su hija ${g.person({ female: true }).given} (${g.int(1, 2)} año). Devolver la llamada al ${g.phone()} después de las ${g.time()}.`;
    },
    spa1: (g) => {
      const p = g.person();
      return tx`Hola ${p.given}, tu masaje relajante con ${g.person().given} queda confirmado el ${g.date()} a las ${g.time()}. Llega 10 minutos antes. Para cancelar: ${g.phone()}.`;
    },
    crucero1: (g) => {
      const a = g.person();
      const b = g.relative(a);
      return tx`Manifiesto de pasajeros – ${g.eponym('transport')} – ${g.date()}
Camarote ${g.int(4000, 9999)}: ${a.full} (nac. ${g.dob()}), ${b.full} (nac. ${g.dob()})
Contacto de emergencia: ${g.person().full}, ${g.phone()}`;
    },
    campamento1: (g) => {
      const par = g.person();
      const k1 = g.relative(par);
      const k2 = g.relative(par);
      return tx`Inscripción campamento de verano
Padre/madre/tutor: ${par.full} – ${g.phone(undefined, 'mob')}
Niño/a 1: ${k1.given}, ${g.int(6, 12)} años, fecha de nacimiento ${g.dob('child')}
Niño/a 2: ${k2.given}, ${g.int(6, 14)} años, fecha de nacimiento ${g.dob('child')}
Turno: ${g.date()}, alergia a la lactosa`;
    },
    conductor1: (g) => {
      const d = g.person();
      return tx`Hola, soy ${d.given}, su conductor de ${esCo(g)}. Le espero en el ${g.eponym('transport')}, salida de llegadas, con un cartel con el nombre «${g.person().full}». Furgoneta blanca. Mi número: ${g.phone(undefined, 'mob')}`;
    },
    cenote1: [
      ['MX'],
      (g) => {
        const p = g.person();
        return tx`Reserva tour cenotes + Chichén Itzá
Cliente: ${p.full}, ${g.int(2, 6)} personas
Pick-up: ${g.pick(ES_HOTELS)}, ${g.time()}
WhatsApp: ${g.phone('MX')}
Pago: ${g.price()} en efectivo al guía ${g.person().given}`;
      },
    ],
    reclamacion1: (g) => {
      const p = g.person();
      return tx`Buenas tardes:

en la factura de la reserva ${g.pnr()} aparece un cargo de parking de ${g.price()}, pero llegamos en ${g.train()}. Les ruego que lo anulen en la tarjeta ${g.card()}.

Saludos,
${p.full}`;
    },
    resena1: (g) => {
      const p = g.person();
      return tx`Respuesta del alojamiento:
¡Muchas gracias, ${p.given}! Nos alegra que disfrutarais del ${g.eponym('room')} y del desayuno. ${g.person().given}, nuestro camarero, os manda un saludo.
${g.person().full}, directora`;
    },
    apis1: (g) => {
      const p = g.person();
      return tx`Datos APIS – vuelo ${g.flight()}
Apellidos: ${p.sur}
Nombre: ${p.given}
Fecha de nacimiento: ${g.dob(undefined, 0)}
Pasaporte: ${g.passport()}, caduca ${g.date(0)}`;
    },
    mejora1: (g) => {
      const p = g.person();
      return tx`¡Buenas noticias, ${p.given}! Te hemos subido a Business en el vuelo ${g.flight()} del ${g.date()}. Nuevo asiento: ${g.seat()}. Tarjeta de embarque: ${g.url('m.vuelaiberica.es', `tde/${g.ref(8)}`)}`;
    },
    objetos1: (g) => {
      const p = g.person();
      return tx`Objeto perdido nº ${g.int(100, 999)}
Artículo: cargador y gafas de sol, hab. ${g.room()}, tras la salida del ${g.date()}
Huésped: ${p.full}, ${g.email(p)}
Enviar a: ${g.addr()}`;
    },
    familia1: (g) => {
      const a = g.person();
      const b = g.relative(a);
      return tx`Habitación familiar para ${a.given} y ${b.full}, con sus hijos ${g.relative(a).given} (${g.int(3, 14)}) y ${g.relative(a).given} (${g.int(1, 10)}). Llegada ${g.date()}, media pensión. Teléfono: ${g.phone()}.`;
    },
    evento1: (g) => {
      const p = g.person();
      return tx`Orden de servicio – evento de empresa
Sala: ${g.eponym('room')}, ${g.date()}, ${g.time()}–${g.time()}
Organizador: ${p.full}, ${g.email(p, g.pick(['empresa.es', 'grupo-ejemplo.mx', 'aseguradora.example.es']))}, ${g.phone()}
Asistentes: ${g.int(10, 150)}, montaje en escuela
Precio por persona: ${g.price()}`;
    },
    recogida1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(3, 5); k++)
        rows.push(tx`${g.time()} ${g.pick(ES_HOTELS)} – ${g.person().full} (${g.int(1, 4)})`);
      return tx`Excursión ${g.date()} – guía: ${g.person().given}
${join(rows, '\n')}`;
    },
    regalo1: (g) => {
      const to = g.person();
      return tx`TARJETA REGALO
Para: ${to.full}
De: ${g.person().given}
Escapada con cena en ${g.eponym()}, valor ${g.price()}
Código ${g.ref(10)}, válido hasta ${g.date()}`;
    },
    cancelacion1: (g) => {
      const p = g.person();
      return tx`Hola, quiero cancelar la reserva ${g.pnr()} del ${g.date()}. Era tarifa flexible, así que el reembolso debería ir a la tarjeta ${g.card()}. Gracias, ${p.full}`;
    },
    auditoria1: (g) => {
      const p = g.person();
      return tx`Cierre nocturno ${g.date()}
No show: ${p.lastFirst}, reserva ${g.conf()}, cargada la garantía ${g.price()}
Walk-in: ${g.person().full}, hab. ${g.room()}
Recepcionista de noche: ${g.person().given}`;
    },
    cambionombre1: (g) => {
      const p = g.person();
      const q = g.person();
      return tx`Solicitud de cambio de nombre (localizador ${g.pnr()}): sustituir a ${p.full} por ${q.full}, fecha de nacimiento ${g.dob()}. Acepto el cargo de ${g.price()}. Enviado desde ${g.email(p)}.`;
    },
    asistencia1: (g) => {
      const p = g.person();
      return tx`Solicitud de asistencia PMR
Viajero: ${g.title(p)} ${p.full}
Tren: ${g.train()} del ${g.date()}, coche ${g.int(1, 12)}
Estación: ${g.eponym('transport')}
Teléfono de contacto: ${g.phone()}`;
    },
    webhook1: (g) => {
      const p = g.person();
      return tx`POST /api/reservas
Authorization: Bearer ${g.jwt()}

{"evento":"alta","huesped":"${p.full}","correo":"${g.email(p)}","telefono":"${g.phone()}","llegada":"${g.date(0)}"}`;
    },
    env1: (g) => tx`# motor de reservas
SLACK_BOT_TOKEN=${g.slack()}
AWS_ACCESS_KEY_ID=${g.aws()}
PASARELA_SECRET=${g.secret()}
VERSION=${g.version()}`,
    vip1: (g) => {
      const rows: Part[] = [];
      for (let k = 0; k < g.int(2, 4); k++) {
        const p = g.person();
        rows.push(
          tx`| ${g.title(p)} ${p.full} | ${g.room()} | ${g.time()} | ${g.pick(['cava', 'frutas', 'salida tardía'])} |`,
        );
      }
      return tx`## Llegadas VIP ${g.date()}
| Huésped | Hab. | Hora | Detalle |
|---|---|---|---|
${join(rows, '\n')}`;
    },
    recordatorio1: (g) =>
      tx`Recordatorio: su mesa en ${N('brand', g.pick(['Casa Paco', 'La Taberna del Puerto', 'El Fogón de la Abuela', 'Casa Lucio', 'Restaurante Doña Rosa']))} está reservada mañana a las ${g.time()}. Para cancelar llame al ${g.phone()}.`,
    encuesta1: (g) => {
      const p = g.person();
      return tx`Encuesta de satisfacción
Nombre (opcional): ${p.full}
Comentarios: todo perfecto, ${g.person().given} en recepción fue encantador${g.chance(0.5) ? 'a' : ''}.
¿Podemos contactarle? Sí – ${g.email(p)}`;
    },
    viajenegocios1: (g) => {
      const p = g.person();
      const m = g.person();
      return tx`Solicitud de viaje aprobada
Empleado: ${p.full}
Destino: ${g.pick(['Barcelona', 'Ciudad de México', 'Bilbao', 'Monterrey'])}, ${g.date()} – ${g.date()}, hotel ${g.brand()}, ${g.price()}
Aprobado por: ${m.full} (${g.email(m, 'empresa.es')})`;
    },
    mascota1: (g) => {
      const p = g.person();
      return tx`Holaa, ¿se admiten perros en el apartamento? Vamos con nuestra perrita. La reserva está a nombre de ${p.full}. Pásame el código por WhatsApp al ${g.phone(undefined, 'mob')} porfa. Besos, ${p.given}`;
    },
    bici1: (g) => {
      const p = g.person();
      return tx`Alquiler de bicicletas – descargo de responsabilidad: yo, ${p.full}, con domicilio en ${g.addr()}, acepto las condiciones. Fianza en la tarjeta ${g.card()}.`;
    },
  },
  neg: {
    salidas: (g) => tx`SALIDAS ${g.time()}
${g.flight()}  ${g.pick(['Londres', 'París', 'Roma'])}   puerta ${g.pick(['J', 'K'])}${g.int(1, 60)}  embarcando
${g.flight()}  ${g.pick(['Bogotá', 'Lima', 'Cancún'])}   retrasado ${g.time()}
${g.flight()}  ${g.pick(['Lisboa', 'Oporto'])}   cancelado`,
    tarifas: (g) => tx`Tarifas 2026 – ${g.eponym()}
Doble estándar ........ ${g.price()}
Junior suite .......... ${g.price()}
${g.eponym('room')} ....... ${g.price()}
Válidas del ${g.date()} al ${g.date()}, IVA no incluido.`,
    obras: (g) =>
      tx`Por obras, el ${g.date()} el ${g.train()} con salida en ${g.eponym('transport')} saldrá a las ${g.time()} en lugar de a las ${g.time()}. Los billetes del ${g.train()} siguen siendo válidos; la plaza ${g.seat()} puede cambiar.`,
    resumen: (g) => tx`Resumen de la reserva
Localizador: ${g.pnr()}   Nº de confirmación: ${g.conf()}
Vuelo: ${g.flight()} el ${g.date()}, asiento ${g.seat()}
Hotel: ${g.eponym()}, ${g.int(2, 7)} noches
Total: ${g.price()}`,
    tarjetaregalo: (g) =>
      tx`Aviso: la tarjeta regalo ${g.cardBad()} no es una tarjeta bancaria y no sirve como garantía. Saldo disponible: ${g.price()}.`,
    comollegar: (g) =>
      tx`Cómo llegar: desde el ${g.eponym('transport')} tome el metro (cada 5 minutos, ${g.price()}) o un taxi (unos 30 minutos). El hotel está frente al ${g.eponym('transport')}.`,
    itinerario: (
      g,
    ) => tx`Día 1: Barcelona – embarque en el ${g.eponym('transport')} desde las ${g.time()}
Día 2: navegación
Día 3: Marsella ${g.time()}–${g.time()}
Desde ${g.price()} por persona, salida ${g.date()}`,
    firmware: (g) =>
      tx`Actualización de kioscos: versión ${g.version()} desplegada el ${g.ts()}, controlador lector ${g.version()}, build ${g.version()}. Sin datos de huéspedes afectados.`,
    programa: (g) => tx`Programa del congreso – ${g.date()}
${g.time()} Inauguración en el ${g.eponym('room')}
${g.time()} Talleres: ${g.eponym('room')} / ${g.eponym('room')}
${g.time()} Cóctel en el ${g.eponym()}`,
    ibanerror: (g) =>
      tx`Fe de erratas: el número de cuenta ${g.ibanBad()} que aparece en el folleto es incorrecto. No realicen ingresos en él.`,
    flota: (g) => tx`Grupos de vehículos (precio por día)
Grupo A – Fiat 500 o similar ...... ${g.price()}
Grupo C – Seat León o similar ..... ${g.price()}
Suplemento aeropuerto ${g.eponym('transport')}: ${g.price()}`,
    fidelidad: (g) =>
      tx`Programa ${g.brand()}: nivel Plata desde 10 noches, Oro desde 25. Los puntos de estancias a partir del ${g.date()} se abonan en 72 horas. Ejemplo de número de socio: ${g.loyalty()}.`,
    trayecto: (g) =>
      tx`Su viaje: ${g.train()} salida ${g.time()}, transbordo en ${g.eponym('transport')} al ${g.train()}, llegada ${g.time()}. Coche ${g.int(1, 12)}, plaza ${g.int(1, 80)}${g.pick(['A', 'B', 'C', 'D'])}. Localizador ${g.pnr()}, pedido ${g.conf()}.`,
  },
};
