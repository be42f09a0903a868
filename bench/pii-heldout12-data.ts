/**
 * Generator for `bench/pii-heldout12.ts`: a twelfth, blind held-out set in English, German, French
 * and Spanish about public-sector and civic life, travel, clubs and forums, written from the
 * developer corpus README's labelling conventions only. Everything is built at run time from our own
 * templates, our own seeded PRNG and the name lists shipped with @faker-js/faker (read from the
 * locale definitions and sampled with the PRNG, so faker's own random state plays no part). Offsets
 * are recorded while each text is assembled; nothing is searched for afterwards.
 */
import {
  fakerDE,
  fakerDE_AT,
  fakerDE_CH,
  fakerEN_AU,
  fakerEN_CA,
  fakerEN_GB,
  fakerEN_US,
  fakerES,
  fakerES_MX,
  fakerFR,
  fakerFR_BE,
  fakerFR_CA,
  fakerFR_CH,
  fakerIT,
  fakerNL,
  type Faker,
} from '@faker-js/faker';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import type { HeldoutRecord, Lang } from './pii-heldout-data.js';

export interface Heldout12Span extends Span {
  /** PERSON spans only: `listed` = name taken from faker's lists, `invented` = built from syllables. */
  readonly source?: 'listed' | 'invented';
}

export interface Heldout12Record extends HeldoutRecord {
  readonly entities: Heldout12Span[];
}

const LANGS12: readonly Lang[] = ['en', 'de', 'fr', 'es'];
const SEED = 0x12c1b1c5;

// ---------------------------------------------------------------------------------------------
// PRNG (mulberry32) and helpers
// ---------------------------------------------------------------------------------------------

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
    const v = a[Math.floor(this.next() * a.length)];
    if (v === undefined) throw new Error('pick from empty list');
    return v;
  }
  weighted<T>(a: readonly (readonly [T, number])[]): T {
    const total = a.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [v, w] of a) {
      x -= w;
      if (x < 0) return v;
    }
    const last = a[a.length - 1];
    if (!last) throw new Error('weighted from empty list');
    return last[0];
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  /** n digits, the first one not 0 (or from `first`). */
  digitsNz(n: number, first = '123456789'): string {
    return first.charAt(this.int(0, first.length - 1)) + this.digits(n - 1);
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
const B64URL = ALNUM + '-_';
const B64 = ALNUM + '+/';

// ---------------------------------------------------------------------------------------------
// Text builder: every span is recorded at the moment its value is appended
// ---------------------------------------------------------------------------------------------

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

class Builder {
  text = '';
  readonly entities: Heldout12Span[] = [];
  readonly negatives: { kind: string; start: number; end: number }[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  e(type: string, value: string, source?: 'listed' | 'invented'): this {
    if (value.length === 0 || value.trim() !== value)
      throw new Error(`bad ${type} value ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    const end = this.text.length;
    this.entities.push(source ? { type, start, end, source } : { type, start, end });
    return this;
  }
  n(kind: NegKind, value: string): this {
    if (value.length === 0 || value.trim() !== value)
      throw new Error(`bad ${kind} value ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.negatives.push({ kind, start, end: this.text.length });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Checksummed values: Luhn cards, mod-97 IBANs (with national check digits), SSNs, ISBNs
// ---------------------------------------------------------------------------------------------

function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body.charAt(body.length - 1 - i));
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function cardDigits(r: Rng): string {
  const kind = r.weighted<string>([
    ['visa', 4],
    ['mc', 3],
    ['mc2', 1],
    ['amex', 2],
    ['disc', 1],
  ]);
  let prefix: string;
  let len = 16;
  if (kind === 'visa') prefix = '4';
  else if (kind === 'mc') prefix = String(r.int(51, 55));
  else if (kind === 'mc2') prefix = String(r.int(2221, 2720));
  else if (kind === 'amex') {
    prefix = r.pick(['34', '37']);
    len = 15;
  } else prefix = '6011';
  const body = prefix + r.digits(len - 1 - prefix.length);
  return body + String(luhnCheckDigit(body));
}

function formatCard(r: Rng, d: string): string {
  const style = r.pick(['plain', 'space', 'dash', 'space']);
  if (style === 'plain') return d;
  const sep = style === 'space' ? ' ' : '-';
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return (d.match(/.{4}/g) ?? []).join(sep);
}

function card(r: Rng): string {
  return formatCard(r, cardDigits(r));
}

function cardLookalike(r: Rng): string {
  const d = cardDigits(r);
  const check = Number(d.charAt(d.length - 1));
  const wrong = (check + r.int(1, 9)) % 10;
  return formatCard(r, d.slice(0, -1) + String(wrong));
}

function mod97(numeric: string): number {
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return rem;
}

function ibanNumeric(s: string): string {
  let out = '';
  for (const ch of s) out += /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
  return out;
}

function ibanCheck(cc: string, bban: string): string {
  return pad(98 - mod97(ibanNumeric(bban + cc + '00')));
}

export type IbanCountry = 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'ES' | 'GB' | 'NL' | 'IT';

function esDc(digits: string): number {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  let s = 0;
  for (let i = 0; i < 10; i++) s += Number(digits.charAt(i)) * (w[i] ?? 0);
  const d = 11 - (s % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}

const IT_ODD = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

function itCin(s: string): string {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const v = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (IT_ODD[v] ?? 0) : v;
  }
  return String.fromCharCode(65 + (sum % 26));
}

function bban(r: Rng, cc: IbanCountry): string {
  switch (cc) {
    case 'DE':
      return r.digitsNz(8, '12345678') + r.digits(10);
    case 'AT':
      return r.digitsNz(5) + r.digits(11);
    case 'CH':
      return '00' + r.digitsNz(3) + r.digits(12);
    case 'FR': {
      const bank = r.pick(['30004', '30003', '20041', '10107', '30066', '18206', '16606']);
      const branch = r.digits(5);
      const acct = r.digits(11);
      const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(acct)) % 97);
      return bank + branch + acct + pad(key);
    }
    case 'BE': {
      const first = r.digitsNz(3) + r.digits(7);
      const c = Number(BigInt(first) % 97n);
      return first + pad(c === 0 ? 97 : c);
    }
    case 'ES': {
      const bank = r.pick(['2100', '0049', '0182', '2080', '0081', '2038', '1465']);
      const branch = r.digits(4);
      const acct = r.digits(10);
      return bank + branch + String(esDc('00' + bank + branch)) + String(esDc(acct)) + acct;
    }
    case 'GB':
      return r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'NAIA']) + r.digits(6) + r.digits(8);
    case 'NL': {
      for (;;) {
        const nine = r.digitsNz(9);
        let s = 0;
        for (let i = 0; i < 9; i++) s += Number(nine.charAt(i)) * (10 - i);
        const last = (11 - (s % 11)) % 11;
        if (last < 10)
          return r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB']) + nine + String(last);
      }
    }
    case 'IT': {
      const rest =
        r.pick(['03069', '02008', '05034', '01030', '03062']) + r.digits(5) + r.digits(12);
      return itCin(rest) + rest;
    }
  }
}

function formatIban(r: Rng, s: string): string {
  return r.chance(0.55) ? (s.match(/.{1,4}/g) ?? []).join(' ') : s;
}

function iban(r: Rng, cc: IbanCountry): string {
  const b = bban(r, cc);
  return formatIban(r, cc + ibanCheck(cc, b) + b);
}

function ibanInvalid(r: Rng, cc: IbanCountry): string {
  const b = bban(r, cc);
  const good = Number(ibanCheck(cc, b));
  let bad = good;
  while (bad === good) bad = r.int(2, 98);
  return formatIban(r, cc + pad(bad) + b);
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  return r.chance(0.85) ? `${pad(area, 3)}-${g}-${s}` : `${pad(area, 3)} ${g} ${s}`;
}

function ssnInvalid(r: Rng): string {
  const area = r.pick(['000', '666', String(r.int(900, 999))]);
  return `${area}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
}

function isbn(r: Rng, lang: Lang): string {
  const group = { en: r.pick(['0', '1']), de: '3', fr: '2', es: '84' }[lang];
  const pubLen = r.int(2, 4);
  const pub = r.digitsNz(pubLen);
  const title = r.digits(9 - group.length - pubLen);
  const body = '978' + group + pub + title;
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(body.charAt(i)) * (i % 2 === 0 ? 1 : 3);
  const check = (10 - (s % 10)) % 10;
  return `978-${group}-${pub}-${title}-${check}`;
}

// ---------------------------------------------------------------------------------------------
// Names: faker's locale lists ("listed") and syllable-built names ("invented")
// ---------------------------------------------------------------------------------------------

type Gender = 'f' | 'm';

interface NamePool {
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly last: readonly string[];
}

const GIVEN_OK = /^\p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+)?$/u;
const LAST_OK =
  /^(?:(?:de|da|van|von|der|den|del|la|le|du|di|ter|de la|de los)\s)*\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*)*$/u;

function poolOf(f: Faker): NamePool {
  const p = f.rawDefinitions.person;
  const fem = [...(p?.first_name?.female ?? [])].filter((x) => GIVEN_OK.test(x));
  const mal = [...(p?.first_name?.male ?? [])].filter((x) => GIVEN_OK.test(x));
  const last = [...(p?.last_name?.generic ?? [])].filter((x) => LAST_OK.test(x) && x.length > 2);
  if (fem.length < 20 || mal.length < 20 || last.length < 20)
    throw new Error('faker name list too small');
  return { female: fem, male: mal, last };
}

type LocaleKey =
  | 'EN_US'
  | 'EN_GB'
  | 'EN_AU'
  | 'EN_CA'
  | 'DE'
  | 'DE_AT'
  | 'DE_CH'
  | 'FR'
  | 'FR_BE'
  | 'FR_CA'
  | 'FR_CH'
  | 'ES'
  | 'ES_MX'
  | 'NL'
  | 'IT';

const FAKERS: Record<LocaleKey, Faker> = {
  EN_US: fakerEN_US,
  EN_GB: fakerEN_GB,
  EN_AU: fakerEN_AU,
  EN_CA: fakerEN_CA,
  DE: fakerDE,
  DE_AT: fakerDE_AT,
  DE_CH: fakerDE_CH,
  FR: fakerFR,
  FR_BE: fakerFR_BE,
  FR_CA: fakerFR_CA,
  FR_CH: fakerFR_CH,
  ES: fakerES,
  ES_MX: fakerES_MX,
  NL: fakerNL,
  IT: fakerIT,
};

let poolCache: Map<LocaleKey, NamePool> | undefined;
let listedSet: Set<string> | undefined;

function pools(): Map<LocaleKey, NamePool> {
  if (!poolCache) {
    poolCache = new Map();
    listedSet = new Set();
    for (const k of Object.keys(FAKERS) as LocaleKey[]) {
      const p = poolOf(FAKERS[k]);
      poolCache.set(k, p);
      for (const x of [...p.female, ...p.male, ...p.last]) listedSet.add(x.toLowerCase());
    }
  }
  return poolCache;
}

function pool(k: LocaleKey): NamePool {
  const p = pools().get(k);
  if (!p) throw new Error(`no pool ${k}`);
  return p;
}

const SYL: Record<
  Lang,
  { on: string[]; fEnd: string[]; mEnd: string[]; lOn: string[]; lEnd: string[] }
> = {
  en: {
    on: [
      'Ja',
      'Bre',
      'Cal',
      'Dor',
      'El',
      'Fen',
      'Gar',
      'Hal',
      'Jor',
      'Kel',
      'Lor',
      'Mar',
      'Nor',
      'Per',
      'Ros',
      'Sel',
      'Tam',
      'Wil',
      'Bry',
      'Cor',
      'Dal',
      'Tre',
      'Ash',
    ],
    fEnd: ['ena', 'ine', 'lyn', 'issa', 'ette', 'wen', 'elle', 'ory', 'ia', 'anne'],
    mEnd: ['ick', 'an', 'ton', 'ric', 'wyn', 'as', 'ert', 'on', 'ey', 'ell'],
    lOn: [
      'Hart',
      'Bram',
      'Cul',
      'Dray',
      'Fen',
      'Gorm',
      'Hol',
      'Kin',
      'Mar',
      'Pen',
      'Ros',
      'Shel',
      'Thorn',
      'Wex',
      'Yar',
      'Ald',
      'Brim',
      'Cot',
      'Dun',
      'Ack',
      'Wend',
    ],
    lEnd: [
      'ley',
      'ton',
      'wick',
      'ford',
      'more',
      'by',
      'well',
      'worth',
      'ham',
      'field',
      'stead',
      'bridge',
      'sey',
      'combe',
      'ridge',
      'shaw',
    ],
  },
  de: {
    on: [
      'Ger',
      'Hil',
      'Wal',
      'Ul',
      'Frie',
      'Lie',
      'Ro',
      'Su',
      'Jo',
      'Wi',
      'Ka',
      'Bri',
      'Hei',
      'Ot',
      'Ans',
      'Ed',
      'Reg',
      'Wil',
      'Gun',
    ],
    fEnd: ['lind', 'trud', 'ke', 'da', 'line', 'gard', 'run', 'wina', 'hild', 'lene', 'ja'],
    mEnd: ['bert', 'mar', 'win', 'hold', 'fried', 'rich', 'helm', 'bald', 'mund', 'nik', 'wart'],
    lOn: [
      'Brenn',
      'Feld',
      'Grub',
      'Hasel',
      'Klinz',
      'Lind',
      'Moos',
      'Rauch',
      'Stein',
      'Tann',
      'Wies',
      'Zell',
      'Eich',
      'Brück',
      'Hoh',
      'Kalt',
      'Lob',
      'Ried',
      'Sperl',
      'Trost',
    ],
    lEnd: [
      'mann',
      'er',
      'inger',
      'huber',
      'eder',
      'hofer',
      'meier',
      'bach',
      'berger',
      'ler',
      'reiter',
      'wald',
      'brunner',
      'ecker',
      'hammer',
      'städter',
    ],
  },
  fr: {
    on: [
      'Ma',
      'Jo',
      'Cla',
      'Gé',
      'Lu',
      'Ro',
      'Va',
      'Thi',
      'Sé',
      'Au',
      'Ber',
      'Do',
      'Fa',
      'Gi',
      'Mé',
      'Ore',
      'Ysa',
    ],
    fEnd: ['line', 'rine', 'elle', 'ette', 'lie', 'lise', 'vane', 'nie', 'rance', 'thilde'],
    mEnd: ['rand', 'bert', 'lien', 'tin', 'ric', 'mon', 'card', 'lain', 'vier', 'taud'],
    lOn: [
      'Beau',
      'Chau',
      'Dela',
      'Four',
      'Gau',
      'Lam',
      'Mar',
      'Pel',
      'Ro',
      'Ver',
      'Cour',
      'Bon',
      'Des',
      'Mon',
      'Lar',
      'Pré',
      'Vil',
    ],
    lEnd: [
      'ier',
      'ard',
      'eau',
      'illon',
      'ot',
      'in',
      'et',
      'ais',
      'ac',
      'ault',
      'ès',
      'eux',
      'ange',
      'ville',
      'court',
    ],
  },
  es: {
    on: [
      'Ro',
      'Ma',
      'Lu',
      'Ale',
      'Cri',
      'Fe',
      'Gua',
      'Ig',
      'Ja',
      'Lo',
      'Mi',
      'Pa',
      'Ra',
      'Te',
      'Va',
      'Xi',
      'Ame',
      'Bal',
    ],
    fEnd: ['ela', 'ina', 'ira', 'encia', 'ita', 'ara', 'ía', 'eida', 'inda', 'uela'],
    mEnd: ['ndo', 'lio', 'rio', 'ardo', 'ino', 'ero', 'én', 'acio', 'ulo', 'esto'],
    lOn: [
      'Bal',
      'Cas',
      'Der',
      'Fuen',
      'Gar',
      'Her',
      'Lo',
      'Mar',
      'Ol',
      'Pe',
      'Sal',
      'Tor',
      'Val',
      'Zam',
      'Alar',
      'Bus',
      'Quin',
      'Arre',
    ],
    lEnd: [
      'ez',
      'illo',
      'ado',
      'era',
      'ares',
      'ón',
      'ano',
      'ero',
      'iz',
      'ueta',
      'ales',
      'ejo',
      'ondo',
      'iaga',
    ],
  },
};

function inventedPart(r: Rng, on: string[], end: string[]): string {
  for (let i = 0; i < 50; i++) {
    const s = r.pick(on) + r.pick(end);
    if (!pools() || !listedSet?.has(s.toLowerCase())) return s;
  }
  return r.pick(on) + r.pick(end);
}

export interface Person {
  readonly first: string;
  readonly middle: string | undefined;
  readonly last: string;
  readonly gender: Gender;
  readonly source: 'listed' | 'invented';
  readonly lang: Lang;
  title: string;
  mail: string | undefined;
}

const LOCALES_BY_COUNTRY: Record<Country, LocaleKey[]> = {
  US: ['EN_US'],
  GB: ['EN_GB'],
  AU: ['EN_AU'],
  CA: ['EN_CA'],
  DE: ['DE'],
  AT: ['DE_AT'],
  CH: ['DE_CH'],
  FR: ['FR'],
  BE: ['FR_BE'],
  QC: ['FR_CA'],
  ES: ['ES'],
  MX: ['ES_MX'],
};
const LOCALES_BY_LANG: Record<Lang, LocaleKey[]> = {
  en: ['EN_US', 'EN_GB', 'EN_AU', 'EN_CA'],
  de: ['DE', 'DE_AT', 'DE_CH'],
  fr: ['FR', 'FR_BE', 'FR_CA', 'FR_CH'],
  es: ['ES', 'ES_MX'],
};
const FOREIGN: LocaleKey[] = ['NL', 'IT', 'DE', 'FR', 'ES', 'EN_GB'];

function makePerson(r: Rng, lang: Lang, country: Country, gender?: Gender): Person {
  const g: Gender = gender ?? (r.chance(0.5) ? 'f' : 'm');
  const titles = TITLES[lang][g];
  const title = r.pick(titles);
  if (r.chance(0.265)) {
    const s = SYL[lang];
    const first = inventedPart(r, s.on, g === 'f' ? s.fEnd : s.mEnd);
    let last = inventedPart(r, s.lOn, s.lEnd);
    if (lang === 'es' && r.chance(0.55)) last += ' ' + inventedPart(r, s.lOn, s.lEnd);
    else if (lang !== 'es' && r.chance(0.05)) last += '-' + inventedPart(r, s.lOn, s.lEnd);
    return {
      first,
      middle: undefined,
      last,
      gender: g,
      source: 'invented',
      lang,
      title,
      mail: undefined,
    };
  }
  const loc: LocaleKey = r.chance(0.65)
    ? r.pick(LOCALES_BY_COUNTRY[country])
    : r.chance(0.85)
      ? r.pick(LOCALES_BY_LANG[lang])
      : r.pick(FOREIGN);
  const p = pool(loc);
  let first = r.pick(g === 'f' ? p.female : p.male);
  let middle: string | undefined;
  let last = r.pick(p.last);
  const x = r.next();
  if (lang === 'en' && x < 0.12) middle = r.pick(g === 'f' ? p.female : p.male).split(' ')[0];
  else if (lang === 'en' && x < 0.2)
    middle = r.pick(['A.', 'B.', 'C.', 'D.', 'E.', 'J.', 'L.', 'M.', 'R.', 'S.', 'T.', 'W.']);
  else if (lang === 'de' && x < 0.08 && !first.includes(' '))
    first = r.chance(0.5) ? `${first}-${r.pick(g === 'f' ? p.female : p.male)}` : first;
  else if (lang === 'de' && x < 0.14) middle = r.pick(g === 'f' ? p.female : p.male);
  else if (lang === 'fr' && x < 0.1 && !first.includes(' ') && !first.includes('-'))
    first = `${first}-${r.pick(g === 'f' ? p.female : p.male)}`;
  if (first.split(/[ -]/).length > 2) first = first.split(/[ -]/)[0] ?? first;
  if (middle && middle.includes(' ')) middle = middle.split(' ')[0];
  const y = r.next();
  if ((lang === 'es' || loc === 'ES' || loc === 'ES_MX') && !last.includes(' ') && y < 0.7) {
    last = `${last} ${r.pick(p.last)}`;
  } else if (lang === 'de' && y < 0.05 && !last.includes(' ')) last = `von ${last}`;
  else if (lang === 'de' && y < 0.1 && !last.includes(' ')) last = `${last}-${r.pick(p.last)}`;
  else if (lang === 'fr' && y < 0.04 && !last.includes(' ')) last = `de ${last}`;
  else if (lang === 'fr' && y < 0.09 && !last.includes(' ')) last = `${last}-${r.pick(p.last)}`;
  else if (lang === 'es' && y < 0.76 && !last.includes(' ')) last = `de la ${last}`;
  else if (lang === 'en' && y < 0.04 && !last.includes(' ') && !last.includes('-'))
    last = `${last}-${r.pick(p.last)}`;
  return { first, middle, last, gender: g, source: 'listed', lang, title, mail: undefined };
}

const TITLES: Record<Lang, Record<Gender, string[]>> = {
  en: { f: ['Ms', 'Mrs', 'Ms.', 'Mrs.', 'Miss', 'Dr'], m: ['Mr', 'Mr.', 'Mr', 'Dr.'] },
  de: { f: ['Frau', 'Frau', 'Frau Dr.'], m: ['Herr', 'Herr', 'Herr Dr.'] },
  fr: { f: ['Mme', 'Madame', 'Mme'], m: ['M.', 'Monsieur', 'M.'] },
  es: { f: ['Sra.', 'doña', 'Sra.', 'D.ª'], m: ['Sr.', 'don', 'Sr.', 'D.'] },
};

function full(p: Person): string {
  return p.middle ? `${p.first} ${p.middle} ${p.last}` : `${p.first} ${p.last}`;
}
function initials(first: string): string {
  return first
    .split(/(?=[ -])/)
    .map((part) => {
      const sep = part.startsWith('-') ? '-' : '';
      const w = part.replace(/^[ -]/, '');
      return `${sep}${w.charAt(0)}.`;
    })
    .join('');
}
function lastCore(p: Person): string {
  return p.last;
}
function upperLast(last: string): string {
  // LAST keeps particles lower-case only in French usage; we upper-case the whole surname.
  return last.toLocaleUpperCase('fr');
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

// ---------------------------------------------------------------------------------------------
// Countries: phones (national and international), addresses, cities, mail domains
// ---------------------------------------------------------------------------------------------

type Country = 'US' | 'GB' | 'AU' | 'CA' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'QC' | 'ES' | 'MX';

const COUNTRIES: Record<Lang, readonly (readonly [Country, number])[]> = {
  en: [
    ['US', 40],
    ['GB', 26],
    ['AU', 17],
    ['CA', 17],
  ],
  de: [
    ['DE', 58],
    ['AT', 22],
    ['CH', 20],
  ],
  fr: [
    ['FR', 58],
    ['BE', 22],
    ['QC', 20],
  ],
  es: [
    ['ES', 58],
    ['MX', 42],
  ],
};

const IBAN_OF: Partial<Record<Country, IbanCountry>> = {
  DE: 'DE',
  AT: 'AT',
  CH: 'CH',
  FR: 'FR',
  BE: 'BE',
  ES: 'ES',
  GB: 'GB',
};
const IBAN_ALL: IbanCountry[] = ['DE', 'AT', 'CH', 'FR', 'BE', 'ES', 'GB', 'NL', 'IT'];

function sub(r: Rng, n: number): string {
  return r.digitsNz(n, '23456789');
}

function nanp(r: Rng, areas: string[]): string {
  const a = r.pick(areas);
  let e = sub(r, 3);
  while (e.endsWith('11') || e === '555') e = sub(r, 3);
  const s = r.digits(4);
  return r.pick([
    `(${a}) ${e}-${s}`,
    `${a}-${e}-${s}`,
    `${a}.${e}.${s}`,
    `+1 ${a} ${e} ${s}`,
    `+1 (${a}) ${e}-${s}`,
    `+1-${a}-${e}-${s}`,
    `${a} ${e} ${s}`,
  ]);
}

function phone(r: Rng, c: Country): string {
  const intl = r.chance(0.4);
  switch (c) {
    case 'US':
      return nanp(r, [
        '212',
        '312',
        '415',
        '617',
        '206',
        '303',
        '512',
        '404',
        '702',
        '919',
        '614',
        '503',
        '608',
        '520',
        '208',
        '804',
        '912',
      ]);
    case 'CA':
      return nanp(r, ['416', '647', '604', '613', '403', '780', '902', '204', '306']);
    case 'QC':
      return nanp(r, ['514', '438', '418', '819', '450', '581']);
    case 'GB': {
      if (r.chance(0.55)) {
        const m = r.pick(['4', '5', '7', '8', '9']) + r.digits(8);
        return intl ? `+44 7${m.slice(0, 3)} ${m.slice(3)}` : `07${m.slice(0, 3)} ${m.slice(3)}`;
      }
      const [area, firsts] = r.pick([
        ['20', '378'],
        ['161', '23456789'],
        ['131', '2345678'],
        ['121', '234567'],
        ['117', '234'],
        ['113', '2345'],
      ] as const);
      const n = r.digitsNz(area === '20' ? 8 : 7, firsts);
      const local =
        area === '20' ? `${n.slice(0, 4)} ${n.slice(4)}` : `${n.slice(0, 3)} ${n.slice(3)}`;
      return intl ? `+44 ${area} ${local}` : `0${area} ${local}`;
    }
    case 'AU': {
      if (r.chance(0.55)) {
        const m = r.pick(['0', '1', '2', '3']) + r.digits(7);
        return intl
          ? `+61 4${m.slice(0, 2)} ${m.slice(2, 5)} ${m.slice(5)}`
          : `04${m.slice(0, 2)} ${m.slice(2, 5)} ${m.slice(5)}`;
      }
      const [a, f] = r.pick([
        ['2', '9'],
        ['3', '9'],
        ['7', '3'],
        ['8', '9'],
        ['2', '8'],
      ] as const);
      const n = f + r.digits(7);
      const local = `${n.slice(0, 4)} ${n.slice(4)}`;
      return intl ? `+61 ${a} ${local}` : r.pick([`(0${a}) ${local}`, `0${a} ${local}`]);
    }
    case 'DE': {
      if (r.chance(0.5)) {
        const [pre, len] = r.pick([
          ['151', 8],
          ['152', 8],
          ['157', 8],
          ['176', 8],
          ['160', 7],
          ['170', 7],
          ['171', 7],
          ['172', 7],
          ['175', 7],
        ] as const);
        const n = sub(r, len);
        return intl
          ? r.pick([`+49 ${pre} ${n}`, `+49 ${pre} ${n.slice(0, 4)} ${n.slice(4)}`])
          : r.pick([`0${pre} ${n}`, `0${pre} ${n.slice(0, 4)} ${n.slice(4)}`, `0${pre}/${n}`]);
      }
      const [area, len] = r.pick([
        ['30', 8],
        ['40', 8],
        ['89', 8],
        ['69', 8],
        ['221', 7],
        ['341', 7],
        ['711', 7],
        ['351', 7],
      ] as const);
      const n = sub(r, len);
      return intl
        ? r.pick([
            `+49 ${area} ${n}`,
            `+49 (0)${area} ${n}`,
            `+49 ${area} ${n.slice(0, 3)} ${n.slice(3)}`,
          ])
        : r.pick([
            `0${area} ${n}`,
            `0${area}/${n}`,
            `(0${area}) ${n.slice(0, 4)} ${n.slice(4)}`,
            `0${area} ${n.slice(0, 3)} ${n.slice(3)}`,
          ]);
    }
    case 'AT': {
      if (r.chance(0.5)) {
        const pre = r.pick(['664', '676', '650', '660', '699']);
        const n = sub(r, 7);
        return intl
          ? `+43 ${pre} ${n}`
          : r.pick([`0${pre} ${n}`, `0${pre} ${n.slice(0, 3)} ${n.slice(3)}`]);
      }
      const [area, len] = r.pick([
        ['1', 7],
        ['316', 6],
        ['732', 6],
        ['662', 6],
        ['512', 6],
      ] as const);
      const n = sub(r, len);
      return intl ? `+43 ${area} ${n}` : r.pick([`0${area} ${n}`, `0${area}/${n}`]);
    }
    case 'CH': {
      const pre = r.pick(['76', '77', '78', '79', '44', '31', '61', '41', '71']);
      const n = sub(r, 7);
      const local = `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
      return intl ? `+41 ${pre} ${local}` : `0${pre} ${local}`;
    }
    case 'FR': {
      const pre = r.pick(['6', '6', '7', '1', '2', '3', '4', '5']);
      const n = r.digitsNz(8, pre === '7' ? '5678' : pre === '2' ? '1234578' : '12345678');
      const pairs = (n.match(/.{2}/g) ?? []).join(' ');
      if (intl) return r.pick([`+33 ${pre} ${pairs}`, `+33 ${pre} ${pairs}`, `+33${pre}${n}`]);
      return r.pick([
        `0${pre} ${pairs}`,
        `0${pre}.${(n.match(/.{2}/g) ?? []).join('.')}`,
        `0${pre}${n}`,
      ]);
    }
    case 'BE': {
      if (r.chance(0.55)) {
        const pre = r.pick([
          '470',
          '471',
          '472',
          '473',
          '475',
          '476',
          '477',
          '478',
          '479',
          '483',
          '484',
          '485',
          '486',
          '487',
          '488',
          '489',
          '491',
          '492',
          '493',
          '494',
          '495',
          '496',
          '497',
          '498',
          '499',
        ]);
        const n = r.digits(6);
        const local = `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)}`;
        return intl ? `+32 ${pre} ${local}` : `0${pre} ${local}`;
      }
      const [area, firsts] = r.pick([
        ['2', '2345678'],
        ['3', '2345678'],
        ['4', '23'],
        ['9', '234'],
      ] as const);
      const n = r.digitsNz(7, firsts);
      const local = `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
      return intl ? `+32 ${area} ${local}` : `0${area} ${local}`;
    }
    case 'ES': {
      if (r.chance(0.55)) {
        const n = '6' + r.digits(8);
        return intl
          ? r.pick([`+34 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+34 ${n}`])
          : r.pick([
              `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
              `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
              n,
            ]);
      }
      const area = r.pick(['91', '93', '96', '95', '94']);
      const n = sub(r, 7);
      const local = `${area} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
      return intl ? `+34 ${local}` : local;
    }
    case 'MX': {
      const two = r.chance(0.6);
      const area = two ? r.pick(['55', '33', '81']) : r.pick(['222', '442', '999', '664', '477']);
      const n = r.digitsNz(10 - area.length, '23456789');
      const local = two
        ? `${area} ${n.slice(0, 4)} ${n.slice(4)}`
        : `${area} ${n.slice(0, 3)} ${n.slice(3)}`;
      return intl
        ? `+52 ${local}`
        : r.pick([
            local,
            two
              ? `(${area}) ${n.slice(0, 4)} ${n.slice(4)}`
              : `(${area}) ${n.slice(0, 3)} ${n.slice(3)}`,
          ]);
    }
  }
}

const PC_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';
function caPostcode(r: Rng, first: string): string {
  return `${first}${r.int(0, 9)}${r.chars(1, PC_LETTERS)} ${r.int(0, 9)}${r.chars(1, PC_LETTERS)}${r.int(0, 9)}`;
}

const US_PLACES: [string, string, string][] = [
  ['Springfield', 'IL', '627'],
  ['Columbus', 'OH', '432'],
  ['Austin', 'TX', '787'],
  ['Portland', 'OR', '972'],
  ['Denver', 'CO', '802'],
  ['Raleigh', 'NC', '276'],
  ['Madison', 'WI', '537'],
  ['Albany', 'NY', '122'],
  ['Tucson', 'AZ', '857'],
  ['Boise', 'ID', '837'],
  ['Richmond', 'VA', '232'],
  ['Savannah', 'GA', '314'],
  ['Ann Arbor', 'MI', '481'],
  ['Burlington', 'VT', '054'],
];
const US_STREETS = [
  'Maple',
  'Oak',
  'Cedar',
  'Pine',
  'Elm',
  'Lakeview',
  'Hillcrest',
  'Park',
  'Sunset',
  'Chestnut',
  'Willow',
  'Ridge',
  'Meadow',
  'Walnut',
  'Birch',
  'Prospect',
  'River',
  'Orchard',
];
const US_SUFFIX = ['St', 'Ave', 'Road', 'Blvd', 'Drive', 'Lane', 'Ct', 'Way', 'Street', 'Avenue'];
const GB_PLACES: [string, string[]][] = [
  ['London', ['SW1A', 'NW3', 'E14', 'SE15', 'N7', 'W6', 'SE1']],
  ['Manchester', ['M1', 'M14', 'M20']],
  ['Leeds', ['LS6', 'LS1']],
  ['Bristol', ['BS8', 'BS1', 'BS6']],
  ['Edinburgh', ['EH3', 'EH9']],
  ['Cardiff', ['CF10', 'CF24']],
  ['Glasgow', ['G12', 'G3']],
  ['York', ['YO1', 'YO31']],
  ['Brighton', ['BN1', 'BN2']],
  ['Norwich', ['NR2', 'NR1']],
];
const GB_STREETS = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Mill Lane',
  'Park Avenue',
  'Kingsway',
  'The Crescent',
  'Manor Way',
  'Orchard Close',
  'Beech Grove',
  'Market Street',
  'Chapel Road',
  'Riverside Walk',
  'Elm Terrace',
  'Hawthorn Drive',
];
const AU_PLACES: [string, string, string][] = [
  ['Sydney', 'NSW', '2000'],
  ['Surry Hills', 'NSW', '2010'],
  ['Newtown', 'NSW', '2042'],
  ['Fitzroy', 'VIC', '3065'],
  ['Brunswick', 'VIC', '3056'],
  ['Carlton', 'VIC', '3053'],
  ['Fortitude Valley', 'QLD', '4006'],
  ['Fremantle', 'WA', '6160'],
  ['Glenelg', 'SA', '5045'],
  ['Hobart', 'TAS', '7000'],
  ['Braddon', 'ACT', '2612'],
];
const AU_STREETS = [
  'George Street',
  'King Street',
  'Beach Road',
  'Oxford Street',
  'Chapel Street',
  'Wattle Avenue',
  'Banksia Crescent',
  'Gum Tree Lane',
  'Bay Road',
  'Harbour Parade',
  'Ocean Drive',
];
const CA_PLACES: [string, string, string][] = [
  ['Toronto', 'ON', 'M'],
  ['Ottawa', 'ON', 'K'],
  ['Vancouver', 'BC', 'V'],
  ['Calgary', 'AB', 'T'],
  ['Halifax', 'NS', 'B'],
  ['Winnipeg', 'MB', 'R'],
  ['Regina', 'SK', 'S'],
  ['Victoria', 'BC', 'V'],
];
const CA_STREETS = [
  'Queen St W',
  'Bloor Street',
  'Main Street',
  'Wellington Ave',
  'Jasper Avenue',
  'Portage Ave',
  'Spring Garden Road',
  'Elgin Street',
  'Maple Crescent',
  'Lakeshore Blvd',
];
const QC_PLACES: [string, string, string][] = [
  ['Montréal', 'QC', 'H'],
  ['Québec', 'QC', 'G'],
  ['Sherbrooke', 'QC', 'J'],
  ['Gatineau', 'QC', 'J'],
  ['Laval', 'QC', 'H'],
];
const QC_STREETS = [
  'rue Saint-Denis',
  'boulevard René-Lévesque',
  'rue des Érables',
  'avenue du Parc',
  'rue Principale',
  'chemin du Lac',
  'rue Sherbrooke Est',
  'rue de la Montagne',
];
const DE_PLACES: [string, string[]][] = [
  ['Berlin', ['10115', '10247', '10437', '12043', '13353', '10827']],
  ['Hamburg', ['20095', '22767', '22303', '20357']],
  ['München', ['80331', '80469', '81667', '80797']],
  ['Köln', ['50667', '50823', '51103']],
  ['Frankfurt am Main', ['60311', '60316', '60594']],
  ['Leipzig', ['04109', '04275', '04315']],
  ['Dresden', ['01067', '01099', '01277']],
  ['Stuttgart', ['70173', '70197']],
  ['Freiburg im Breisgau', ['79098', '79102']],
  ['Münster', ['48143', '48151']],
  ['Bremen', ['28195', '28203']],
  ['Nürnberg', ['90402', '90429']],
  ['Kassel', ['34117', '34119']],
  ['Rostock', ['18055', '18057']],
];
const DE_STREETS = [
  'Lindenstraße',
  'Hauptstraße',
  'Gartenweg',
  'Am Mühlbach',
  'Bahnhofstraße',
  'Rosenweg',
  'Kirchgasse',
  'Birkenallee',
  'Ahornweg',
  'Feldstraße',
  'Brunnenstraße',
  'Im Winkel',
  'Wiesenstraße',
  'Am Stadtpark',
  'Talstraße',
  'Kastanienallee',
  'Sonnenhang',
  'Poststraße',
];
const AT_PLACES: [string, string[]][] = [
  ['Wien', ['1010', '1030', '1050', '1060', '1070', '1090', '1120', '1160', '1200']],
  ['Graz', ['8010', '8020']],
  ['Linz', ['4020', '4040']],
  ['Salzburg', ['5020']],
  ['Innsbruck', ['6020']],
  ['Klagenfurt am Wörthersee', ['9020']],
  ['St. Pölten', ['3100']],
];
const AT_STREETS = [
  'Mariahilfer Straße',
  'Landstraßer Hauptstraße',
  'Herrengasse',
  'Linzer Gasse',
  'Kaiserstraße',
  'Annenstraße',
  'Wiedner Hauptstraße',
  'Praterstraße',
  'Bahnhofgasse',
  'Am Rain',
  'Lerchenfelder Straße',
];
const CH_PLACES: [string, string[]][] = [
  ['Zürich', ['8001', '8003', '8005', '8032', '8037', '8050']],
  ['Bern', ['3011', '3013', '3007']],
  ['Basel', ['4051', '4056', '4058']],
  ['Luzern', ['6003', '6004']],
  ['St. Gallen', ['9000', '9008']],
  ['Winterthur', ['8400', '8404']],
  ['Chur', ['7000']],
];
const CH_STREETS = [
  'Bahnhofstrasse',
  'Seestrasse',
  'Dorfstrasse',
  'Kirchweg',
  'Rosenbergstrasse',
  'Zürichstrasse',
  'Spitalgasse',
  'Weinbergstrasse',
  'Hauptgasse',
  'Im Grund',
  'Rebhaldenweg',
];
const FR_PLACES: [string, string[]][] = [
  ['Paris', ['75003', '75011', '75014', '75017', '75019', '75005']],
  ['Lyon', ['69001', '69003', '69007']],
  ['Marseille', ['13001', '13006', '13008']],
  ['Toulouse', ['31000', '31400']],
  ['Nantes', ['44000', '44100']],
  ['Lille', ['59000', '59800']],
  ['Bordeaux', ['33000', '33800']],
  ['Rennes', ['35000', '35200']],
  ['Strasbourg', ['67000']],
  ['Montpellier', ['34000', '34070']],
  ['Dijon', ['21000']],
  ['Grenoble', ['38000', '38100']],
];
const FR_STREETS = [
  'rue des Lilas',
  'avenue de la République',
  'rue du Moulin',
  'impasse des Tilleuls',
  'place de la Mairie',
  'chemin des Vignes',
  'allée des Acacias',
  'rue de la Gare',
  'boulevard de la Liberté',
  'rue des Écoles',
  'quai des Tanneurs',
  'rue du Marché',
  'avenue des Platanes',
];
const BE_PLACES: [string, string][] = [
  ['Bruxelles', '1000'],
  ['Ixelles', '1050'],
  ['Schaerbeek', '1030'],
  ['Liège', '4000'],
  ['Namur', '5000'],
  ['Charleroi', '6000'],
  ['Mons', '7000'],
  ['Louvain-la-Neuve', '1348'],
  ['Wavre', '1300'],
];
const BE_STREETS = [
  'Rue de la Loi',
  'Avenue Louise',
  'Chaussée de Wavre',
  'Rue Haute',
  'Rue du Marché',
  'Boulevard d’Avroy',
  'Rue des Carmes',
  'Avenue des Tilleuls',
  'Rue de Fer',
  'Place du Jeu de Balle',
];
const ES_PLACES: [string, string[]][] = [
  ['Madrid', ['28013', '28004', '28014', '28045', '28020']],
  ['Barcelona', ['08001', '08012', '08037', '08026']],
  ['Valencia', ['46001', '46005', '46021']],
  ['Sevilla', ['41001', '41004']],
  ['Zaragoza', ['50001', '50009']],
  ['Málaga', ['29001', '29016']],
  ['Bilbao', ['48001', '48009']],
  ['Granada', ['18001', '18009']],
  ['Salamanca', ['37001', '37008']],
  ['Valladolid', ['47001', '47003']],
];
const ES_STREETS = [
  'Calle Mayor',
  'Calle de Alcalá',
  'Avenida de la Constitución',
  'Plaza de España',
  'Calle Real',
  'Calle Nueva',
  'Avenida del Puerto',
  'Calle del Carmen',
  'Ronda de Segovia',
  'Calle de la Paz',
  'Camino de las Huertas',
  'Calle Ancha',
  'Paseo del Prado',
];
const MX_PLACES: [string, string, string[], string[]][] = [
  [
    'Ciudad de México',
    'CDMX',
    ['06700', '06140', '03100', '03020', '06600'],
    ['Roma Norte', 'Condesa', 'Del Valle', 'Narvarte', 'Juárez'],
  ],
  ['Guadalajara', 'Jalisco', ['44160', '44100', '44600'], ['Americana', 'Centro', 'Providencia']],
  ['Monterrey', 'Nuevo León', ['64000', '64060', '64710'], ['Centro', 'Obispado', 'Mitras Centro']],
  ['Puebla', 'Puebla', ['72000', '72160'], ['Centro', 'La Paz']],
  ['Querétaro', 'Querétaro', ['76000', '76090'], ['Centro', 'Jardines de la Hacienda']],
  ['Mérida', 'Yucatán', ['97000', '97070'], ['Centro', 'García Ginerés']],
];
const MX_STREETS = [
  'Av. Insurgentes Sur',
  'Calle Río Lerma',
  'Av. Revolución',
  'Calle Durango',
  'Av. Chapultepec',
  'Calle Tonalá',
  'Av. Universidad',
  'Calle de los Pinos',
  'Av. Constituyentes',
  'Calle 60',
];

function address(r: Rng, c: Country): string {
  const num = r.int(1, 180);
  switch (c) {
    case 'US': {
      const [city, st, zip] = r.pick(US_PLACES);
      const apt = r.chance(0.3)
        ? `, ${r.pick(['Apt', 'Apt.', 'Unit', 'Suite', '#'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C', ''])}`
        : '';
      return `${r.int(10, 9899)} ${r.pick(US_STREETS)} ${r.pick(US_SUFFIX)}${apt}, ${city}, ${st} ${zip}${r.digits(2)}`;
    }
    case 'GB': {
      const [city, outs] = r.pick(GB_PLACES);
      const flat = r.chance(0.25) ? `Flat ${r.int(1, 24)}, ` : '';
      return `${flat}${num} ${r.pick(GB_STREETS)}, ${city} ${r.pick(outs)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
    }
    case 'AU': {
      const [sub2, st, pc] = r.pick(AU_PLACES);
      const unit = r.chance(0.25) ? `${r.int(1, 30)}/` : '';
      return `${unit}${num} ${r.pick(AU_STREETS)}, ${sub2} ${st} ${pc}`;
    }
    case 'CA': {
      const [city, pr, l] = r.pick(CA_PLACES);
      const unit = r.chance(0.2) ? `${r.int(101, 1204)}-` : '';
      return `${unit}${r.int(10, 2999)} ${r.pick(CA_STREETS)}, ${city}, ${pr} ${caPostcode(r, l)}`;
    }
    case 'QC': {
      const [city, , l] = r.pick(QC_PLACES);
      return r.chance(0.5)
        ? `${r.int(10, 8999)}, ${r.pick(QC_STREETS)}, ${city} (Québec) ${caPostcode(r, l)}`
        : `${r.int(10, 8999)} ${r.pick(QC_STREETS)}, ${city}, QC ${caPostcode(r, l)}`;
    }
    case 'DE': {
      const [city, plz] = r.pick(DE_PLACES);
      return `${r.pick(DE_STREETS)} ${num}${r.chance(0.15) ? r.pick(['a', 'b', 'c']) : ''}, ${r.pick(plz)} ${city}`;
    }
    case 'AT': {
      const [city, plz] = r.pick(AT_PLACES);
      const door = r.chance(0.45)
        ? `/${r.int(1, 9)}${r.chance(0.4) ? `/${r.int(1, 30)}` : ''}`
        : '';
      return `${r.pick(AT_STREETS)} ${num}${door}, ${r.pick(plz)} ${city}`;
    }
    case 'CH': {
      const [city, plz] = r.pick(CH_PLACES);
      return `${r.pick(CH_STREETS)} ${num}, ${r.pick(plz)} ${city}`;
    }
    case 'FR': {
      const [city, cp] = r.pick(FR_PLACES);
      const bis = r.chance(0.12) ? r.pick([' bis', ' ter']) : '';
      return `${num}${bis} ${r.pick(FR_STREETS)}, ${r.pick(cp)} ${city}`;
    }
    case 'BE': {
      const [city, cp] = r.pick(BE_PLACES);
      const bte = r.chance(0.25) ? ` bte ${r.int(1, 12)}` : '';
      return `${r.pick(BE_STREETS)} ${num}${bte}, ${cp} ${city}`;
    }
    case 'ES': {
      const [city, cp] = r.pick(ES_PLACES);
      const piso = r.pick([
        '',
        `, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}`,
        ', bajo',
        `, ${r.int(1, 6)}.º ${r.int(1, 4)}.ª`,
      ]);
      return `${r.pick(ES_STREETS)}, ${num}${piso}, ${r.pick(cp)} ${city}`;
    }
    case 'MX': {
      const [city, st, cps, cols] = r.pick(MX_PLACES);
      const int = r.chance(0.3) ? ` Int. ${r.int(1, 40)}` : '';
      return `${r.pick(MX_STREETS)} ${r.int(10, 2999)}${int}, Col. ${r.pick(cols)}, ${r.pick(cps)} ${city}, ${st}`;
    }
  }
}

function cityOf(r: Rng, c: Country): string {
  switch (c) {
    case 'US':
      return r.pick(US_PLACES)[0];
    case 'GB':
      return r.pick(GB_PLACES)[0];
    case 'AU':
      return r.pick(AU_PLACES)[0];
    case 'CA':
      return r.pick(CA_PLACES)[0];
    case 'QC':
      return r.pick(QC_PLACES)[0];
    case 'DE':
      return r.pick(DE_PLACES)[0];
    case 'AT':
      return r.pick(AT_PLACES)[0];
    case 'CH':
      return r.pick(CH_PLACES)[0];
    case 'FR':
      return r.pick(FR_PLACES)[0];
    case 'BE':
      return r.pick(BE_PLACES)[0];
    case 'ES':
      return r.pick(ES_PLACES)[0];
    case 'MX':
      return r.pick(MX_PLACES)[0];
  }
}

const MAIL_DOMAINS: Record<Country, string[]> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'aol.com'],
  GB: ['gmail.com', 'btinternet.com', 'outlook.com', 'sky.com', 'yahoo.co.uk', 'virginmedia.com'],
  AU: ['gmail.com', 'bigpond.com', 'outlook.com', 'optusnet.com.au', 'icloud.com'],
  CA: ['gmail.com', 'shaw.ca', 'rogers.com', 'outlook.com', 'sympatico.ca'],
  QC: ['videotron.ca', 'gmail.com', 'hotmail.com', 'sympatico.ca'],
  DE: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de', 'mailbox.org', 'freenet.de'],
  AT: ['gmx.at', 'aon.at', 'chello.at', 'gmail.com', 'a1.net'],
  CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'gmail.com', 'hispeed.ch'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr', 'wanadoo.fr'],
  BE: ['skynet.be', 'telenet.be', 'proximus.be', 'gmail.com', 'hotmail.be'],
  ES: ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es'],
  MX: ['gmail.com', 'hotmail.com', 'prodigy.net.mx', 'yahoo.com.mx', 'outlook.com'],
};

const ORG_DOMAINS: Record<Country, string[]> = {
  US: [
    'springfield-il.gov',
    'cityofmadison.org',
    'oakridge-library.org',
    'riverdale.k12.us',
    'lakeside-rec.org',
  ],
  GB: [
    'northfield.gov.uk',
    'brightonfc-juniors.org.uk',
    'stmarys-school.sch.uk',
    'kingsway-library.org.uk',
  ],
  AU: ['innerwest.nsw.gov.au', 'fitzroy-fc.org.au', 'bayside-library.org.au'],
  CA: ['ottawa-rec.ca', 'halifaxlibrary.ca', 'maplecreek-school.ca'],
  QC: ['ville-laval.qc.ca', 'biblio-sherbrooke.qc.ca', 'csdm-ecole.qc.ca'],
  DE: [
    'stadt-musterhausen.de',
    'tsv-lindenau.de',
    'stadtbibliothek-kassel.de',
    'gymnasium-am-park.de',
    'buergeramt-nord.de',
  ],
  AT: ['wien-bezirk7.at', 'sv-grafenstein.at', 'stadtbibliothek-graz.at'],
  CH: ['gemeinde-meilen.ch', 'fc-seefeld.ch', 'pbz-quartier.ch'],
  FR: [
    'mairie-saint-clair.fr',
    'as-rennes-basket.fr',
    'mediatheque-lilas.fr',
    'college-des-vignes.fr',
  ],
  BE: ['commune-ixelles.be', 'rfc-namur.be', 'bibliotheque-mons.be'],
  ES: ['ayto-villanueva.es', 'cd-valdemoro.es', 'biblioteca-arganzuela.es', 'ies-la-vega.es'],
  MX: ['municipio-tlaquepaque.gob.mx', 'club-deportivo-mitras.mx', 'biblioteca-vasconcelos.mx'],
};

// ---------------------------------------------------------------------------------------------
// Dates, e-mails, URLs, IPs, secrets
// ---------------------------------------------------------------------------------------------

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
const MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDate(r: Rng, lang: Lang, c: Country, y: number, m: number, d: number): string {
  const mn = MONTHS[lang][m - 1] ?? '';
  switch (lang) {
    case 'en':
      if (c === 'US')
        return r.pick([
          `${pad(m)}/${pad(d)}/${y}`,
          `${m}/${d}/${y}`,
          `${mn} ${d}, ${y}`,
          `${y}-${pad(m)}-${pad(d)}`,
          `${pad(d)}-${MON3[m - 1] ?? ''}-${y}`,
        ]);
      return r.pick([
        `${pad(d)}/${pad(m)}/${y}`,
        `${d} ${mn} ${y}`,
        `${y}-${pad(m)}-${pad(d)}`,
        `${d} ${mn.slice(0, 3)} ${y}`,
      ]);
    case 'de':
      return r.pick([
        `${pad(d)}.${pad(m)}.${y}`,
        `${d}.${m}.${y}`,
        `${d}. ${mn} ${y}`,
        `${y}-${pad(m)}-${pad(d)}`,
        `${pad(d)}.${pad(m)}.${y}`,
      ]);
    case 'fr':
      return r.pick([
        `${pad(d)}/${pad(m)}/${y}`,
        `${d === 1 ? '1er' : d} ${mn} ${y}`,
        `${y}-${pad(m)}-${pad(d)}`,
        `${pad(d)}.${pad(m)}.${y}`,
      ]);
    case 'es':
      return r.pick([
        `${pad(d)}/${pad(m)}/${y}`,
        `${d} de ${mn} de ${y}`,
        `${pad(d)}-${pad(m)}-${y}`,
        `${d}/${m}/${y}`,
      ]);
  }
}

function randomDate(r: Rng, y0: number, y1: number): [number, number, number] {
  return [r.int(y0, y1), r.int(1, 12), r.int(1, 28)];
}

function mailFor(r: Rng, p: Person, c: Country): string {
  const f = fold(p.first.split(/[ -]/)[0] ?? p.first);
  const l = fold(
    p.last.split(' ').filter((w) => !/^(de|da|van|von|der|den|del|la|le|du)$/.test(w))[0] ?? p.last,
  );
  const y = String(r.int(60, 99) % 100).padStart(2, '0');
  const local = r.pick([
    `${f}.${l}`,
    `${f}.${l}`,
    `${f.charAt(0)}${l}`,
    `${f}_${l}`,
    `${f}${l}${y}`,
    `${l}.${f.charAt(0)}`,
    `${f}.${l}+${r.pick(['verein', 'club', 'news', 'tickets', 'school', 'hotel', 'city'])}`,
    `${f}${r.int(1, 999)}`,
  ]);
  return `${local}@${r.pick(MAIL_DOMAINS[c])}`;
}

function roleMail(r: Rng, c: Country, lang: Lang): string {
  const roles = {
    en: [
      'info',
      'permits',
      'enrolment',
      'bookings',
      'frontdesk',
      'membership',
      'secretary',
      'lostproperty',
      'donations',
    ],
    de: [
      'info',
      'buergerbuero',
      'anmeldung',
      'sekretariat',
      'vorstand',
      'kasse',
      'fundbuero',
      'ausleihe',
    ],
    fr: [
      'contact',
      'accueil',
      'inscriptions',
      'secretariat',
      'etat-civil',
      'reservations',
      'tresorier',
    ],
    es: [
      'info',
      'atencion.ciudadana',
      'secretaria',
      'reservas',
      'socios',
      'tesoreria',
      'objetos.perdidos',
    ],
  }[lang];
  return `${r.pick(roles)}@${r.pick(ORG_DOMAINS[c])}`;
}

function ipv4(r: Rng): string {
  const first = r.pick([
    23, 31, 37, 45, 62, 77, 81, 85, 89, 91, 93, 109, 145, 151, 176, 178, 185, 188, 193, 195, 201,
    212, 213, 217,
  ]);
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function ipv6(r: Rng): string {
  const g = (): string => r.chars(r.int(1, 4), HEX).replace(/^0+(?=.)/, '');
  if (r.chance(0.5))
    return `2001:db8:${g()}:${g()}::${g()}`.replace(
      '2001:db8',
      r.pick(['2a02:810', '2001:16b8', '2a01:e35', '2806:108e', '2600:1700']),
    );
  return Array.from({ length: 8 }, () => r.chars(4, HEX)).join(':');
}

function url(r: Rng, c: Country, lang: Lang): string {
  const d = r.pick(ORG_DOMAINS[c]);
  const path = {
    en: [
      '/services/report-a-problem',
      '/permits/apply',
      '/library/account',
      '/events/spring-gala/tickets',
      '/forum/t/noisy-neighbours/8812',
      '/news/2024/road-works',
    ],
    de: [
      '/buergerservice/maengelmelder',
      '/antraege/anwohnerparken',
      '/verein/mitgliedsantrag',
      '/termine/sommerfest',
      '/forum/thread/4471',
      '/ausleihe/konto',
    ],
    fr: [
      '/demarches/signalement',
      '/etat-civil/rendez-vous',
      '/adherer',
      '/agenda/fete-du-quartier',
      '/forum/sujet/2290',
      '/compte-lecteur',
    ],
    es: [
      '/tramites/solicitud-licencia',
      '/sede/cita-previa',
      '/socios/alta',
      '/agenda/fiestas',
      '/foro/tema/3318',
      '/biblioteca/mi-cuenta',
    ],
  }[lang];
  const q = r.chance(0.4)
    ? `?${r.pick(['id', 'ref', 'ticket', 'token', 'lang'])}=${r.chars(r.int(4, 10), ALNUM)}`
    : '';
  return `https://${r.chance(0.6) ? 'www.' : ''}${d}${r.pick(path)}${q}`;
}

function awsKey(r: Rng): string {
  return r.pick(['AKIA', 'AKIA', 'ASIA']) + r.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
}
function ghToken(r: Rng): string {
  if (r.chance(0.25)) return `github_pat_${r.chars(22, ALNUM)}_${r.chars(59, ALNUM)}`;
  return `${r.pick(['ghp_', 'ghp_', 'gho_', 'ghs_'])}${r.chars(36, ALNUM)}`;
}
function slackToken(r: Rng): string {
  return r.chance(0.6)
    ? `xoxb-${r.digitsNz(12)}-${r.digitsNz(13)}-${r.chars(24, ALNUM)}`
    : `xoxp-${r.digitsNz(12)}-${r.digitsNz(12)}-${r.digitsNz(13)}-${r.chars(32, HEX)}`;
}
function b64url(s: string): string {
  return Buffer.from(s, 'utf8')
    .toString('base64')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
function jwt(r: Rng): string {
  const alg = r.pick(['HS256', 'RS256']);
  const head = b64url(JSON.stringify({ alg, typ: 'JWT' }));
  const body = b64url(
    JSON.stringify({
      sub: String(r.int(10000, 999999)),
      scope: r.pick(['portal', 'member', 'kiosk', 'booking']),
      iat: r.int(1700000000, 1760000000),
    }),
  );
  const sig = r.chars(alg === 'HS256' ? 43 : 86, B64URL);
  return `${head}.${body}.${sig}`;
}
function pem(r: Rng): string {
  const kind = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const lines = r.int(4, 9);
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(r.chars(64, B64));
  body.push(r.chars(r.int(8, 60), B64) + r.pick(['', '=', '==']));
  return `-----BEGIN ${kind}-----\n${body.join('\n')}\n-----END ${kind}-----`;
}
function genericSecret(r: Rng): string {
  return r.pick([
    () => r.chars(r.int(32, 44), ALNUM),
    () => `sk_live_${r.chars(r.int(24, 32), ALNUM)}`,
    () => r.chars(40, ALNUM + '+/'),
    () => r.chars(r.int(32, 40), HEX),
  ])();
}

// ---------------------------------------------------------------------------------------------
// Hard negatives
// ---------------------------------------------------------------------------------------------

function orderNo(r: Rng, lang: Lang): string {
  return r.pick([
    `${r.pick(['ORD', 'REQ', 'SR', 'INC', 'TKT', 'BK'])}-${r.int(2022, 2026)}-${r.digits(6)}`,
    `${r.digitsNz(3)}-${r.digits(5)}`,
    r.digitsNz(7),
    lang === 'de'
      ? `${r.int(1, 9)} ${r.pick(['C', 'O', 'Ds', 'F'])} ${r.int(10, 999)}/${r.int(22, 25)}`
      : `${r.pick(['A', 'B', 'C', 'K'])}${r.digitsNz(6)}`,
    `${r.chars(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.digitsNz(5)}`,
  ]);
}
function version(r: Rng): string {
  return r.pick([
    `${r.int(1, 12)}.${r.int(0, 30)}.${r.int(0, 40)}`,
    `v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 15)}`,
    `${r.int(1, 20)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(1000, 29999)}`,
  ]);
}
function version4(r: Rng): string {
  return `${r.int(1, 12)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(1, 255)}`;
}
function sha(r: Rng): string {
  return r.chars(r.pick([7, 40, 40, 64, 32]), HEX);
}
function uuid(r: Rng): string {
  return `${r.chars(8, HEX)}-${r.chars(4, HEX)}-4${r.chars(3, HEX)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(3, HEX)}-${r.chars(12, HEX)}`;
}
function timestamp(r: Rng): string {
  const [y, m, d] = randomDate(r, 2023, 2025);
  return r.chance(0.7)
    ? `${y}-${pad(m)}-${pad(d)}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}${r.pick(['Z', '+01:00', '+02:00', '.123Z'])}`
    : String(r.int(1690000000, 1760000000));
}
function price(r: Rng, c: Country): string {
  const amt = r.int(2, 900);
  const cents = r.pick([0, 50, 90, 99, 95, 0]);
  switch (c) {
    case 'US':
    case 'CA':
    case 'AU':
      return r.pick([
        `$${amt}.${pad(cents)}`,
        `$${amt}`,
        `${c === 'US' ? 'US' : c === 'CA' ? 'CA' : 'A'}$${amt}.${pad(cents)}`,
      ]);
    case 'QC':
      return r.pick([`${amt},${pad(cents)} $`, `${amt} $`]);
    case 'GB':
      return r.pick([`£${amt}.${pad(cents)}`, `£${amt}`]);
    case 'CH':
      return r.pick([`CHF ${amt}.${pad(cents)}`, `CHF ${amt}.–`, `Fr. ${amt}.${pad(cents)}`]);
    case 'MX':
      return r.pick([
        `$${r.int(1, 9)},${pad(r.int(0, 999), 3)}.00 MXN`,
        `MX$${amt * 10}`,
        `$${amt * 10}.00`,
      ]);
    case 'DE':
    case 'AT':
    case 'FR':
    case 'BE':
    case 'ES':
      return r.pick([`${amt},${pad(cents)} €`, `€${amt}`, `${amt} €`, `EUR ${amt},${pad(cents)}`]);
  }
}

type NnCat =
  | 'car'
  | 'brand'
  | 'place'
  | 'street'
  | 'month'
  | 'soft'
  | 'ship'
  | 'saint'
  | 'inst'
  | 'title'
  | 'team';

const NOT_NAME: Record<Lang, Record<NnCat, string[]>> = {
  en: {
    car: [
      'Ford Focus',
      'Ford Fiesta',
      'Tesla Model 3',
      'Lincoln Navigator',
      'Chevrolet Malibu',
      'Mercedes A-Class',
      'Porsche Cayenne',
      'Morris Minor',
    ],
    brand: [
      'Ford',
      'Tesla',
      'Dell',
      'Chanel',
      'Ferrari',
      'Porsche',
      'Disney',
      'Ben & Jerry’s',
      'Johnnie Walker',
      'Jack Daniel’s',
      'Hugo Boss',
      'Ralph Lauren',
      'Marks & Spencer',
      'John Lewis',
      'Sainsbury’s',
      'Wendy’s',
      'Dr Martens',
    ],
    place: [
      'Charlotte',
      'Florence',
      'Sydney',
      'Adelaide',
      'Eugene',
      'Jackson',
      'Lincoln',
      'Victoria',
      'Alexandria',
      'Santa Monica',
      'Mount Isa',
      'St Albans',
      'Port Elizabeth',
      'Augusta',
    ],
    street: [
      'Victoria Street',
      'Lincoln Road',
      'Elizabeth Street',
      'George Street',
      'Wellington Road',
      'Martin Luther King Jr. Blvd',
      'Abbey Road',
      'Jefferson Avenue',
      'Grace Street',
    ],
    month: ['April', 'June', 'May', 'August'],
    soft: [
      'Jenkins',
      'Ruby',
      'Julia',
      'Kafka',
      'Pascal',
      'Ada',
      'Alexa',
      'Siri',
      'Watson',
      'Hudson',
      'Django',
      'Jasper',
    ],
    ship: [
      'Queen Mary 2',
      'Queen Elizabeth',
      'Spirit of Tasmania',
      'Queen Victoria',
      'Sir David Attenborough',
    ],
    saint: [
      'St. Patrick’s Day',
      'St Andrew’s Day',
      'St. Valentine’s Day',
      'St. David’s Day',
      'St. George’s Day',
      'St. Nicholas Day',
    ],
    inst: [
      'Lincoln Memorial Library',
      'Johns Hopkins Hospital',
      'Carnegie Hall',
      'Stanford University',
      'Victoria Station',
      'King Edward VI School',
      'Royal Alexandra Hospital',
      'Thurgood Marshall Courthouse',
      'Nelson Mandela Park',
      'Roosevelt High School',
      'Kennedy Center',
      'Florence Nightingale Ward',
    ],
    title: [
      'Emma',
      'Oliver Twist',
      'Anna Karenina',
      'Matilda',
      'Harry Potter and the Goblet of Fire',
      'Jane Eyre',
      'Moby Dick',
    ],
    team: ['Charlotte FC', 'Sheffield Wednesday', 'Jackson Jaguars', 'Adelaide United'],
  },
  de: {
    car: [
      'Opel Corsa',
      'Mercedes A-Klasse',
      'Porsche Cayenne',
      'Ford Fiesta',
      'Tesla Model Y',
      'Škoda Octavia',
    ],
    brand: [
      'Mercedes',
      'Porsche',
      'Opel',
      'Dr. Oetker',
      'Aldi',
      'Hugo Boss',
      'Miele',
      'Bosch',
      'Hanuta',
      'Haribo',
      'Rotkäppchen',
      'Käthe Wohlfahrt',
      'Ritter Sport',
    ],
    place: [
      'Friedrichshafen',
      'Karlsruhe',
      'Ludwigsburg',
      'Wilhelmshaven',
      'Sankt Augustin',
      'Marienberg',
      'Oranienburg',
      'Annaberg-Buchholz',
      'Ludwigshafen',
    ],
    street: [
      'Goethestraße',
      'Schillerplatz',
      'Karl-Marx-Allee',
      'Friedrichstraße',
      'Konrad-Adenauer-Ring',
      'Sophienstraße',
      'Beethovenweg',
      'Kaiser-Wilhelm-Straße',
      'Mozartgasse',
    ],
    month: ['August', 'April', 'Mai', 'Juni'],
    soft: ['Jenkins', 'Kafka', 'Julia', 'Ruby', 'Pascal', 'Alexa', 'Siri', 'Django', 'Hudson'],
    ship: [
      'MS Helene',
      'Gorch Fock',
      'MS Wilhelm Gustloff',
      'Sophie Scholl',
      'MS Königin Luise',
      'MS Theodor Heuss',
    ],
    saint: [
      'Martinstag',
      'Nikolaustag',
      'Sankt Martin',
      'Johannistag',
      'Barbaratag',
      'Valentinstag',
      'Stephanitag',
    ],
    inst: [
      'Goethe-Institut',
      'Max-Planck-Institut',
      'Albert-Schweitzer-Schule',
      'Sophie-Scholl-Gymnasium',
      'Robert-Koch-Institut',
      'Humboldt-Universität',
      'Fritz-Walter-Stadion',
      'Elisabeth-Krankenhaus',
      'Willy-Brandt-Haus',
      'Carl-Zeiss-Stiftung',
      'Anne-Frank-Grundschule',
      'Franziskus-Hospital',
    ],
    title: [
      'Effi Briest',
      'Momo',
      'Pippi Langstrumpf',
      'Heidi',
      'Emil und die Detektive',
      'Die Leiden des jungen Werthers',
    ],
    team: [
      'Hertha BSC',
      'Fortuna Düsseldorf',
      'Alemannia Aachen',
      'Viktoria Köln',
      'Borussia Dortmund',
    ],
  },
  fr: {
    car: [
      'Peugeot 208',
      'Citroën C3',
      'Renault Clio',
      'Ford Fiesta',
      'Mercedes Classe A',
      'Tesla Model 3',
    ],
    brand: [
      'Peugeot',
      'Citroën',
      'Renault',
      'Chanel',
      'Dior',
      'Yves Rocher',
      'Louis Vuitton',
      'Lacoste',
      'Michelin',
      'Hermès',
      'Jean Coutu',
      'Maison Kayser',
    ],
    place: [
      'Saint-Étienne',
      'Saint-Denis',
      'Sainte-Maxime',
      'Charleville-Mézières',
      'Saint-Malo',
      'Saint-Nazaire',
      'Louviers',
      'Saint-Laurent',
    ],
    street: [
      'rue Victor-Hugo',
      'boulevard Haussmann',
      'place Charles-de-Gaulle',
      'avenue Jean-Jaurès',
      'rue Émile-Zola',
      'quai François-Mauriac',
      'boulevard René-Lévesque',
      'rue Jacques-Cartier',
    ],
    month: ['Avril', 'Juin', 'Août', 'Mai'],
    soft: ['Jenkins', 'Pascal', 'Julia', 'Ruby', 'Kafka', 'Alexa', 'Siri', 'Django'],
    ship: ['Belem', 'Marion Dufresne', 'Charles de Gaulle', 'Jacques Cartier', 'Pascal Paoli'],
    saint: [
      'la Saint-Valentin',
      'la Saint-Jean',
      'la Sainte-Catherine',
      'la Saint-Nicolas',
      'la Saint-Martin',
      'la Saint-Patrick',
    ],
    inst: [
      'Lycée Victor-Hugo',
      'Collège Jean-Moulin',
      'Hôpital Georges-Pompidou',
      'Stade Pierre-Mauroy',
      'Institut Pasteur',
      'Centre Pompidou',
      'Aéroport Charles-de-Gaulle',
      'Université Jean-Monnet',
      'École Jules-Ferry',
      'Bibliothèque François-Mitterrand',
      'Hôpital Sainte-Justine',
      'Cégep Marie-Victorin',
    ],
    title: [
      'Madame Bovary',
      'Le Petit Prince',
      'Candide',
      'Thérèse Raquin',
      'Germinal',
      'Astérix chez les Belges',
    ],
    team: ['Paris Saint-Germain', 'AS Saint-Étienne', 'Standard de Liège', 'Olympique Lyonnais'],
  },
  es: {
    car: [
      'SEAT Ibiza',
      'Mercedes Clase A',
      'Ford Focus',
      'Chevrolet Aveo',
      'Nissan Versa',
      'Tesla Model 3',
    ],
    brand: [
      'Zara',
      'Massimo Dutti',
      'Ferrari',
      'Chupa Chups',
      'Loewe',
      'Carolina Herrera',
      'Mercedes',
      'Don Simón',
      'Tía María',
      'Pascual',
      'Jose Cuervo',
      'Tío Pepe',
    ],
    place: [
      'Santiago',
      'San Sebastián',
      'Santa Cruz',
      'Santander',
      'Isabela',
      'Dolores Hidalgo',
      'Ciudad Juárez',
      'San Fernando',
      'Victoria de Durango',
      'Zaragoza',
    ],
    street: [
      'Avenida Benito Juárez',
      'Calle Cervantes',
      'Paseo de Colón',
      'Calle Francisco Silvela',
      'Avenida Miguel Hidalgo',
      'Calle Lope de Vega',
      'Calle Alfonso XII',
      'Plaza de Cibeles',
    ],
    month: ['Abril', 'Mayo', 'Junio', 'Agosto'],
    soft: ['Jenkins', 'Julia', 'Ruby', 'Pascal', 'Kafka', 'Alexa', 'Siri', 'Django'],
    ship: [
      'Juan Sebastián de Elcano',
      'Santa María',
      'Hespérides',
      'Ciudad de Cádiz',
      'Sarmiento de Gamboa',
    ],
    saint: [
      'Día de San Juan',
      'San Fermín',
      'San Isidro',
      'Día de Santiago',
      'Sant Jordi',
      'Día de San Valentín',
      'Día de la Virgen de Guadalupe',
    ],
    inst: [
      'Hospital Gregorio Marañón',
      'Colegio Miguel de Cervantes',
      'Universidad Carlos III',
      'Estadio Santiago Bernabéu',
      'Aeropuerto Adolfo Suárez',
      'Instituto Cervantes',
      'Biblioteca Vasconcelos',
      'Hospital Juárez',
      'Museo Frida Kahlo',
      'Instituto Isabel la Católica',
      'Teatro Juan Ruiz de Alarcón',
    ],
    title: [
      'Don Quijote',
      'Marianela',
      'La Celestina',
      'Pedro Páramo',
      'Doña Bárbara',
      'Platero y yo',
    ],
    team: [
      'Real Madrid',
      'Atlético de Madrid',
      'Pumas UNAM',
      'Rayo Vallecano',
      'Sporting de Gijón',
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Prose templates. Slots: {P1}…{P4} persons (.f .l .lf .LF .i .lc .lcf .slash .fl .any .t .mail
// .g:a|b), {mail} {omail} {tel} {addr} {dob} {dobk} {iban} {card} {ssn} {ip} {ip4} {ip6} {url}
// {aws} {gh} {slack} {jwt} {pem} {secret}; hard negatives {!kind}; plain fillers {city} {time}
// {day} {nN} {~a|b|c}. A key suffix `@US` forces the record's country.
// ---------------------------------------------------------------------------------------------

type Tpl = readonly [key: string, text: string];

const PROSE_EN: Tpl[] = [
  [
    'muni1',
    'Service request {!order}\nReported by: {P1}\nPhone: {tel}\nLocation: {addr}\nIssue: streetlight flickering all night, {~third week now|since last Tuesday|again}.\nPlease reply to {P1.mail}.',
  ],
  [
    'muni2',
    'Hi, this is {P1} from {addr}. The bin collection skipped our side of the road again on {day}. Could someone call me back on {tel}? Thanks a lot.',
  ],
  [
    'muni3',
    'Council Contact Centre – case notes\n{!date}: caller {P1.t} {P1.l} ({tel}) reports fly-tipping behind {!nn.inst}. Photos sent from {P1.mail}. Passed to Street Scene team.',
  ],
  [
    'permit1',
    'APPLICATION FOR A BUILDING PERMIT\nApplicant: {P1.lf}\nDate of birth: {dob}\nSite address: {addr}\nDaytime phone: {tel}\nEmail: {P1.mail}\nFee: {!price} (receipt {!order})',
  ],
  [
    'permit2',
    'Street trading licence renewed for {P1} (born {dob}), stall no. {n2} at the {!nn.street} market. Renewal fee of {!price} was charged to card {card}.',
  ],
  [
    'permit3',
    'Residents’ parking permit – new application\nName: {P1.LF}\nAddress: {addr}\nVehicle: {!nn.car}, reg. supplied separately\nContact: {P1.mail} / {tel}',
  ],
  [
    'voter1@US',
    'VOTER REGISTRATION CONFIRMATION\nName: {P1.LF}\nDOB: {dob}\nSSN: {ssn}\nResidence: {addr}\nYour polling place is {!nn.inst}. Questions? Call {tel}.',
  ],
  [
    'resid1',
    'Change of address notification: {P1} (date of birth {dob}) has moved to {addr}. Please update the electoral roll and council tax records. Reference {!order}.',
  ],
  [
    'school1',
    'ENROLMENT FORM – Reception {~2025/26|intake}\nChild: {P2} | DOB {dobk}\nParent/guardian: {P1} ({P1.g:father|mother})\nHome: {addr}\nMobile: {tel}\nEmail: {P1.mail}',
  ],
  [
    'school2',
    'Dear {P1.t} {P1.l},\n\nThank you for coming to parents’ evening. {P2.f} has made great progress in reading this term. Please sign the trip slip for {!nn.place} by {!date}.\n\nKind regards,\n{P3.i}\nYear 4 teacher',
  ],
  [
    'school3%1f',
    'hi {P3.f}, it’s {P1.f} ({P2.f}’s mum) – {P2.f} has a temperature so won’t be in today. you can reach me on {tel} if anything comes up x',
  ],
  [
    'uni1',
    'Applicant {!order}\nName: {P1}\nE-mail: {P1.mail}\nDate of birth: {dob}\nPrevious school: {!nn.inst}\nApplication fee received: {!price}',
  ],
  [
    'uni2',
    'Subject: Appeal against grade – Statistics II\n\nDear Professor {P2.l},\n\nI am writing to appeal my mark for the spring exam. My student number is {!order}. I can be reached at {P1.mail} or {tel}.\n\nSincerely,\n{P1}',
  ],
  [
    'lib1',
    'Library account {!order}\nBorrower: {P1.lf}\nAddress: {addr}\nOverdue: “{!nn.title}” (ISBN {!isbn}), due {!date}\nFine so far: {!price}',
  ],
  [
    'lib2',
    'Hello {P1.f}, your reservation is ready to collect at the {!nn.inst} branch. Log in at {url} to renew. Reply STOP to {tel} to opt out.',
  ],
  [
    'schol1',
    'Scholarship application – shortlisted\nCandidate: {P1} ({dob})\nAddress: {addr}\nBank account for payments: {iban}\nReferee: {P2}, {P2.mail}',
  ],
  [
    'court1',
    'NOTICE OF HEARING\nCase no. {!order}\n{P1.LF} (Claimant) v {P2.LF} (Defendant)\nThe hearing will take place on {!date} at {time} at {!nn.inst}. Parties must bring photo ID. Enquiries: {omail}.',
  ],
  [
    'police1',
    'INCIDENT REPORT {!order}\nReporting party: {P1}, DOB {dob}\nAddress: {addr}\nPhone: {tel}\nNarrative: bicycle taken from outside {!nn.brand} store on {!date}. Witness {P2.f} (surname not given) saw a man in a grey hoodie.',
  ],
  [
    'social1%1f2m',
    'Case note {!date} – home visit. {P1.f} was in good spirits; her son {P2.f} now attends the breakfast club. Client {P1} ({dob}) asked that benefit be paid to {iban}. Next visit with {P3.i}.',
  ],
  [
    'charity1',
    'Thank you, {P1.f}!\nDonation receipt {!order}\nDonor: {P1}\nAmount: {!price}\nCard: {card}\nGift Aid declared for {addr}.',
  ],
  [
    'vol1',
    'Saturday food bank rota: {P1.f} and {P2.f} on the van, {P3} leading the warehouse ({tel}). Keys are with {P4.i} – please text before 8.',
  ],
  [
    'club1',
    'New members joined in {!nn.month}:\n- {P1.lf} — {P1.mail}\n- {P2.lf} — {tel}\n- {P3.LF}\nAnnual subs: {!price}.',
  ],
  [
    'sport1',
    'U12 registration\nPlayer: {P2} (born {dobk})\nParent: {P1}\nEmergency contact: {tel}\nKit fee {!price} charged to {card}',
  ],
  [
    'sport2',
    'What a match at {!nn.inst}! {P1} opened the scoring after twelve minutes, {P2.l} levelled before the break and {P3.f} won it in stoppage time. Next up: {!nn.team} away on {!date}.',
  ],
  [
    'ticket1',
    'E-TICKET\nEvent: Spring Gala at {!nn.inst}\nTicket holder: {P1.LF}\nOrder {!order} · Row F, seat {n2}\nTotal {!price}\nQuestions: {omail}',
  ],
  [
    'guest1',
    'Guest list – retirement party for {P1}\n1. {P2} (+1)\n2. {P3.lf}\n3. {P4.i}\nCatering contact: {tel}',
  ],
  [
    'hotel1',
    'Booking confirmation {!order}\nGuest: {P1.t} {P1}\nArrival {!date}, 2 nights\nCard on file: {card}\nPhone: {tel}\nEmail: {P1.mail}',
  ],
  [
    'hotel2',
    'Stayed three nights in {!nn.month}. Room was spotless and the receptionist ({P2.f}, I think) sorted out our late check-in. Breakfast at {!price} is a bit steep. — {P1.f}, {city}',
  ],
  [
    'air1',
    'ITINERARY – booking ref {!order}\nPassenger: {P1.slash} {P1.t}\nDate of birth: {dob}\nOutbound: {city} → {!nn.place} on {!date}\nContact: {P1.mail}, {tel}',
  ],
  [
    'rail1',
    'To whom it may concern,\nmy train from {city} was 95 minutes late and I missed my connection. Please refund {!price} to {iban}.\n{P1}\n{addr}\n{tel}',
  ],
  [
    'car1',
    'RENTAL AGREEMENT {!order}\nMain driver: {P1}, DOB {dob}\nAddress on licence: {addr}\nAdditional driver: {P2}\nDeposit card: {card}\nVehicle: {!nn.car}, returned full.',
  ],
  [
    'lost1',
    'Lost property log – {!date}: black wallet handed in at desk 3, bank card in the name of {P1}, no cash. Owner phoned from {tel}; collected by {P1.f} at {time}.',
  ],
  [
    'forum1',
    'Re: Noisy building works on {!nn.street}\n\nThanks {P2.f}, that worked! For anyone else, the council noise team is {omail}. My neighbour {P3} got a reply within a day.\n— posted by {P1.lc}',
  ],
  [
    'classified1',
    'FOR SALE: kids’ bike, barely used, {!price} ono. Collection from {city}. Call or text {P1.f} on {tel}, or email {P1.mail}.',
  ],
  [
    'chat1%3f',
    '[19:02] {P1.lc}: anyone seen a grey cat near {!nn.street}??\n[19:05] {P2.lc}: yes!! try {P3.f} at number 12, her mobile is {tel}\n[19:06] {P1.lc}: thank you {P2.lc} ❤',
  ],
  [
    'wedding1',
    '{P1} and {P2} are delighted to announce their marriage on {!date} at {!nn.inst}. Please RSVP to {P1.mail} by {!date}.',
  ],
  [
    'funeral1',
    'It is with great sadness that we announce the passing of {P1} ({dob} – {!date}), beloved {P1.g:husband|wife} of {P2.f} and grandparent to many. Donations in memory to the {!nn.inst} appeal.',
  ],
  [
    'survey1%1f',
    'Q7. Anything else you would like to tell us?\nA: The lady at the counter, {P1}, was very patient with my dad. If you want details, my email is {mail} and my number {tel}.',
  ],
  [
    'mail1',
    'From: "{P1.lf}" <{P1.mail}>\nTo: permits <{omail}>\nSubject: Skip permit outside {addr}\n\nHi, I need a skip permit for {~two weeks|ten days|a month} from {!date}. Happy to pay by card.',
  ],
  [
    'mod1',
    'Mod log {!ts}: account {P1.lc} suspended for spam. Posts came from {ip} and {ip6}; linked profile {url}. Reviewed by {P2.f}.',
  ],
  [
    'portal1',
    'Support ticket {!order}: {P1} ({P1.mail}) cannot log into the residents’ portal. Browser console shows session token {jwt}; last login from {ip}.',
  ],
  [
    'benefit1@US',
    'SNAP application – household member 2\nName: {P2.fl}\nRelationship: {~son|daughter|spouse}\nDOB: {dob}\nSSN: {ssn}\nApplicant: {P1}, {tel}',
  ],
  [
    'tax1@US',
    'Property tax hardship form\nOwner: {P1}\nSSN: {ssn}\nDOB: {dob}\nParcel address: {addr}\nDirect deposit: routing on file, contact {tel}',
  ],
];

const NEG_EN: Tpl[] = [
  [
    'n_road',
    'Road closure: {!nn.street} will be closed from {!date} to {!date} for resurfacing. Diversion via {!nn.place} Road. Residents’ permits now cost {!price}.',
  ],
  [
    'n_library',
    'New this week: “{!nn.title}” (ISBN {!isbn}) and “{!nn.title}” (ISBN {!isbn}). Returns due by {!date}; late fee {!price} per day.',
  ],
  [
    'n_kiosk',
    'Library kiosk software updated to version {!ver4} (build {!sha}). Previous release {!ver} is no longer supported after {!date}.',
  ],
  [
    'n_orders',
    'Order {!order} — 2 × adult, {!price}; order {!order} — family ticket, {!price}. Refund reference {!uuid}.',
  ],
  [
    'n_card',
    'Test payment with card number {!card} was declined: the number fails validation. Ticket {!order} stays unpaid.',
  ],
  [
    'n_iban',
    'The IBAN {!iban} entered on the donation form does not validate — please check the digits. Receipt {!order} is on hold.',
  ],
  [
    'n_ssn',
    'Training material: an SSN such as {!ssn} is never issued, so forms should reject it. Version {!ver} of the form does this.',
  ],
  [
    'n_birth',
    'The maternity unit at {!nn.inst} celebrates its birthday on {!date}: it was born out of a charity drive started on {!date}. Birth certificate copies ordered before {!date} ship in five days.',
  ],
  [
    'n_saint',
    '{!nn.saint} parade starts on {!date} at 11:00 outside {!nn.inst}. Tickets for the evening concert are {!price}; the {!nn.team} mascot will be there.',
  ],
  [
    'n_log',
    '{!ts} INFO kiosk-agent {!ver4} started\n{!ts} WARN checksum {!sha} mismatch, retrying\n{!ts} INFO session {!uuid} closed',
  ],
  [
    'n_ship',
    'Harbour notice: the {!nn.ship} docks on {!date}. Shore tours {!price}. Our {!nn.soft} build {!ver} posts arrivals automatically.',
  ],
];

const PROSE_DE: Tpl[] = [
  [
    'maengel1',
    'Mängelmelder – Meldung {!order}\nMeldende Person: {P1}\nTelefon: {tel}\nOrt: vor dem Haus {addr}\nBeschreibung: Schlagloch auf dem Radweg, {~seit zwei Wochen|schon wieder|nach dem Frost} deutlich größer.\nRückmeldung bitte an {P1.mail}.',
  ],
  [
    'maengel2',
    'Guten Tag, hier {P1} aus der {addr}. Die Straßenlaterne vor unserem Haus ist seit {day} aus. Bitte melden Sie sich unter {tel}. Danke!',
  ],
  [
    'buergeramt1',
    'Bürgeramt Nord – Terminbestätigung\n{P1.t} {P1.l}, Ihr Termin zur Ummeldung ist am {!date} um {time} Uhr. Bitte bringen Sie Ihren Ausweis mit. Neue Anschrift laut Antrag: {addr}. Vorgangsnummer {!order}.',
  ],
  [
    'bau1',
    'ANTRAG AUF BAUGENEHMIGUNG\nBauherr/in: {P1.lf}\nGeburtsdatum: {dob}\nBaugrundstück: {addr}\nTelefon tagsüber: {tel}\nE-Mail: {P1.mail}\nGebühr: {!price} (Kassenzeichen {!order})',
  ],
  [
    'gewerbe1',
    'Gewerbeanmeldung eingegangen: {P1} (geb. {dob}), Marktstand Nr. {n2} auf dem Wochenmarkt (Standort {!nn.street}). Die Gebühr von {!price} wurde per Lastschrift von {iban} eingezogen.',
  ],
  [
    'parken1',
    'Bewohnerparkausweis – Neuantrag\nName, Vorname: {P1.lf}\nAnschrift: {addr}\nFahrzeug: {!nn.car}\nErreichbar: {P1.mail} bzw. {tel}',
  ],
  [
    'wahl1',
    'Wahlbenachrichtigung\n{P1.LF}\n{addr}\nIhr Wahllokal: {!nn.inst}, Raum {n2}. Briefwahl beantragen unter {url} bis {!date}.',
  ],
  [
    'melde1',
    'Meldebescheinigung (einfach)\nFamilienname, Vorname: {P1.lf}\nGeburtsdatum: {dob}\nWohnung: {addr}\nEinzugsdatum: {!date}',
  ],
  [
    'schule1',
    'Schulanmeldung Klasse 1\nKind: {P2} · geb. {dobk}\nErziehungsberechtigt: {P1}\nAnschrift: {addr}\nHandy: {tel}\nE-Mail: {P1.mail}',
  ],
  [
    'schule2',
    '{P1.g:Lieber Herr|Liebe Frau} {P1.l},\n\nvielen Dank für das Gespräch am Elternsprechtag. {P2.f} hat sich in Mathe deutlich verbessert. Bitte geben Sie den Zettel für den Ausflug nach {!nn.place} bis {!date} ab.\n\nViele Grüße\n{P3.i}, Klassenleitung 4b',
  ],
  [
    'schule3%1f',
    'hallo {P3.lc}, hier ist {P1.f}, die mama von {P2.f}. {P2.f} hat fieber und bleibt heute zuhause. bin unter {tel} erreichbar, lg',
  ],
  [
    'uni1',
    'Bewerbung Masterstudiengang – Bewerbernummer {!order}\nName: {P1}\nE-Mail: {P1.mail}\nGeburtsdatum: {dob}\nHochschulzugang: {!nn.inst}\nGebühr eingegangen: {!price}',
  ],
  [
    'uni2',
    'Betreff: Widerspruch gegen die Bewertung der Klausur Statistik II\n\n{P2.g:Sehr geehrter Herr|Sehr geehrte Frau} Prof. {P2.l},\n\nhiermit lege ich Widerspruch gegen meine Note ein (Matrikelnummer {!order}). Sie erreichen mich unter {P1.mail} oder {tel}.\n\nMit freundlichen Grüßen\n{P1}',
  ],
  [
    'biblio1',
    'Stadtbibliothek – Leserkonto {!order}\nLeser/in: {P1.lf}\nAnschrift: {addr}\nÜberfällig: „{!nn.title}“ (ISBN {!isbn}), fällig seit {!date}\nGebühren: {!price}',
  ],
  [
    'biblio2',
    'Hallo {P1.f}, Ihre Vormerkung liegt für Sie bereit (Zweigstelle: {!nn.inst}). Verlängern können Sie online unter {url}.',
  ],
  [
    'stip1',
    'Stipendienantrag – Auswahlrunde 2\nBewerber/in: {P1} ({dob})\nAnschrift: {addr}\nKonto für Auszahlungen: {iban}\nGutachter/in: {P2}, {P2.mail}',
  ],
  [
    'gericht1',
    'LADUNG ZUM TERMIN\nAktenzeichen {!order}\nIn dem Rechtsstreit {P1.LF} ./. {P2.LF}\nwird Termin zur mündlichen Verhandlung bestimmt auf {!date}, {time} Uhr, Saal {n2}. Rückfragen an {omail}.',
  ],
  [
    'polizei1%2f',
    'Strafanzeige {!order}\nAnzeigende Person: {P1}, geb. {dob}\nWohnhaft: {addr}\nTelefon: {tel}\nSachverhalt: Fahrrad vor der {!nn.brand}-Filiale am {!date} entwendet. Zeugin {P2.f} (Nachname unbekannt) sah einen Mann mit grauer Jacke.',
  ],
  [
    'sozial1%1f2m',
    'Aktenvermerk {!date} – Hausbesuch. {P1.f} wirkte stabil, Sohn {P2.f} geht jetzt in die Ganztagsbetreuung. Klientin {P1} ({dob}) bittet um Überweisung der Leistung auf {iban}. Nächster Termin mit {P3.i}.',
  ],
  [
    'spende1',
    'Zuwendungsbestätigung {!order}\nSpender/in: {P1}\nAnschrift: {addr}\nBetrag: {!price}\nEingang am {!date} per Kreditkarte {card}\nVielen Dank, {P1.t} {P1.l}!',
  ],
  [
    'ehrenamt1',
    'Dienstplan Tafel Samstag: {P1.f} und {P2.f} fahren, {P3} koordiniert das Lager ({tel}). Schlüssel hat {P4.i} – bitte vorher anrufen.',
  ],
  [
    'verein1',
    'Neue Mitglieder im {!nn.month}:\n– {P1.lf}, {P1.mail}\n– {P2.lf}, {tel}\n– {P3.LF}\nJahresbeitrag {!price} wird im {!nn.month} eingezogen.',
  ],
  [
    'verein2',
    'SEPA-Lastschriftmandat\nKontoinhaber/in: {P1}\nIBAN: {iban}\nMitgliedsnummer: {!order}\nDatum/Unterschrift: {!date}, {P1.i}',
  ],
  [
    'sport1',
    'Anmeldung F-Jugend\nSpieler: {P2} (geb. {dobk})\nElternteil: {P1}\nNotfallnummer: {tel}\nE-Mail: {P1.mail}',
  ],
  [
    'sport2',
    'Spielbericht (Spielort: {!nn.inst}): {P1} brachte unsere Zweite nach zehn Minuten in Führung, {P2.l} glich per Elfmeter aus, und in der Nachspielzeit traf {P3.f} zum 2:1. Nächstes Spiel gegen {!nn.team} am {!date}.',
  ],
  [
    'ticket1',
    'E-TICKET\nVeranstaltung: Benefizkonzert – {!nn.inst}\nKarteninhaber/in: {P1.LF}\nBestellung {!order} · Reihe 7, Platz {n2}\nGesamt {!price}',
  ],
  [
    'gaeste1',
    'Gästeliste Polterabend {P1.f} & {P2.f}\n1. {P3} (+1)\n2. {P4.lf}\n3. Familie {P2.l}\nRückfragen: {tel}',
  ],
  [
    'hotel1',
    'Buchungsbestätigung {!order}\nGast: {P1.t} {P1}\nAnreise {!date}, 3 Nächte\nHinterlegte Karte: {card}\nTelefon: {tel}\nE-Mail: {P1.mail}',
  ],
  [
    'hotel2%2f',
    'Drei Nächte im {!nn.month} – Zimmer sauber, die Dame an der Rezeption ({P2.f}?) war super hilfsbereit. Frühstück für {!price} ist allerdings happig. – {P1.f} aus {city}',
  ],
  [
    'bahn1',
    'Fahrgastrechte-Formular\nName: {P1}\nAnschrift: {addr}\nZug ab {city} mit 95 Minuten Verspätung, Anschluss verpasst.\nBitte erstatten Sie {!price} auf {iban}.\nTelefon: {tel}',
  ],
  [
    'flug1',
    'REISEPLAN – Buchungscode {!order}\nPassagier: {P1.slash} {P1.g:MR|MRS}\nGeburtsdatum: {dob}\nHinflug {city} → {!nn.place} am {!date}\nKontakt: {P1.mail}',
  ],
  [
    'miet1',
    'MIETVERTRAG Fahrzeug {!order}\nHauptfahrer/in: {P1}, geb. {dob}\nAnschrift laut Führerschein: {addr}\nZusatzfahrer/in: {P2}\nKaution über Karte {card}',
  ],
  [
    'fund1',
    'Fundbuch {!date}: schwarze Geldbörse an Kasse 3 abgegeben, EC-Karte auf {P1}, kein Bargeld. Eigentümer{P1.g:|in} rief von {tel} an, Abholung durch {P1.f} um {time} Uhr.',
  ],
  [
    'forum1%3f',
    'Re: Baustellenlärm – {!nn.street}\n\nDanke {P2.f}, hat geklappt! Für alle anderen: das Ordnungsamt erreicht ihr unter {omail}. Meine Nachbarin {P3} hatte nach einem Tag eine Antwort.\n— Beitrag von {P1.lc}',
  ],
  [
    'kleinanz1',
    'VERKAUFE Kinderfahrrad, kaum benutzt, {!price} VB. Abholung in {city}. Bei Interesse {P1.f} unter {tel} oder {P1.mail}.',
  ],
  [
    'chat1',
    '[19:02] {P1.lc}: hat jemand eine graue Katze gesehen?? gegend {!nn.street}\n[19:05] {P2.lc}: ja! frag mal {P3.f} in der Nr. 12, handy {tel}\n[19:06] {P1.lc}: danke {P2.lc} ❤',
  ],
  [
    'hochzeit1',
    'Wir trauen uns! {P1} und {P2} geben sich am {!date} das Jawort (Ort: {!nn.inst}). Zusagen bitte bis {!date} an {P1.mail}.',
  ],
  [
    'traueranz1',
    'In stiller Trauer nehmen wir Abschied von {P1}, * {dob} † {!date}. In Liebe: {P2.f}, Kinder und Enkel. Statt Blumen bitten wir um eine Spende an das {!nn.inst}.',
  ],
  [
    'umfrage1%1f',
    'Frage 7: Möchten Sie uns sonst noch etwas mitteilen?\nAntwort: Die Mitarbeiterin am Schalter, {P1}, war sehr geduldig mit meinem Vater. Bei Rückfragen: {mail}, {tel}.',
  ],
  [
    'mail1',
    'Von: "{P1.lf}" <{P1.mail}>\nAn: Straßenverkehrsbehörde <{omail}>\nBetreff: Halteverbot für Umzug vor {addr}\n\nGuten Tag, ich benötige ein Halteverbot am {!date}. Die Gebühr zahle ich gern per Überweisung.',
  ],
  [
    'portal1',
    'Supportanfrage {!order}: {P1} ({P1.mail}) kommt nicht ins Bürgerportal. In der Konsole steht das Sitzungstoken {jwt}; letzter Login von {ip}.',
  ],
  [
    'mod1',
    'Moderationslog {!ts}: Konto {P1.lc} wegen Spam gesperrt. Beiträge kamen von {ip} und {ip6}; verlinktes Profil {url}. Geprüft von {P2.f}.',
  ],
];

const NEG_DE: Tpl[] = [
  [
    'n_sperrung',
    'Vollsperrung {!nn.street}: vom {!date} bis {!date} gesperrt. Umleitung über {!nn.place}. Bewohnerparkausweise kosten ab sofort {!price}.',
  ],
  [
    'n_biblio',
    'Neu im Bestand: „{!nn.title}“ (ISBN {!isbn}) und „{!nn.title}“ (ISBN {!isbn}). Rückgabe bis {!date}, Säumnisgebühr {!price} pro Tag.',
  ],
  [
    'n_kiosk',
    'Selbstverbucher-Software auf Version {!ver4} aktualisiert (Build {!sha}). Release {!ver} wird ab {!date} nicht mehr unterstützt.',
  ],
  [
    'n_bestell',
    'Bestellung {!order} – 2 × Erwachsene, {!price}; Bestellung {!order} – Familienkarte, {!price}. Erstattungs-ID {!uuid}.',
  ],
  [
    'n_karte',
    'Testzahlung mit der Kartennummer {!card} abgelehnt: Prüfziffer ungültig. Vorgang {!order} bleibt offen.',
  ],
  [
    'n_iban',
    'Die im Spendenformular eingetragene IBAN {!iban} ist ungültig (Prüfsumme). Bitte Ziffern prüfen, Beleg {!order} ist zurückgestellt.',
  ],
  [
    'n_geburt',
    'Die Geburtsstation ({!nn.inst}) feiert am {!date} Geburtstag – gegründet wurde sie am {!date}. Geburtsurkunden, die bis {!date} beantragt werden, kommen innerhalb einer Woche.',
  ],
  [
    'n_heilig',
    'Der Umzug zum {!nn.saint} startet am {!date} um 17 Uhr, Treffpunkt: {!nn.inst}. Karten für das Abendkonzert {!price}; Einlass ab 18 Uhr.',
  ],
  [
    'n_log',
    '{!ts} INFO ausleih-agent {!ver4} gestartet\n{!ts} WARN Prüfsumme {!sha} stimmt nicht, neuer Versuch\n{!ts} INFO Sitzung {!uuid} beendet',
  ],
  [
    'n_schiff',
    'Hafeninfo: Die {!nn.ship} legt am {!date} an. Landausflüge ab {!price}. Unser {!nn.soft}-Job (Version {!ver}) meldet Ankünfte automatisch.',
  ],
  [
    'n_verein',
    'Vereinschronik: Der Verein wurde am {!odate} gegründet und feiert sein Jubiläum am {!date} mit einem Spiel gegen {!nn.team}. Mitgliedsbeitrag weiterhin {!price}.',
  ],
];

const PROSE_FR: Tpl[] = [
  [
    'signal1',
    'Signalement n° {!order}\nDéclarant : {P1}\nTéléphone : {tel}\nLieu : devant le {addr}\nObjet : nid-de-poule sur la piste cyclable, {~de plus en plus profond|signalé deux fois déjà|dangereux la nuit}.\nRéponse souhaitée à {P1.mail}.',
  ],
  [
    'signal2',
    'Bonjour, ici {P1}, {addr}. Le lampadaire devant chez nous ne fonctionne plus depuis {day}. Merci de me rappeler au {tel}.',
  ],
  [
    'mairie1',
    'Mairie – confirmation de rendez-vous\n{P1.t} {P1.l}, votre rendez-vous pour la carte d’identité est fixé au {!date} à {time}. Adresse déclarée : {addr}. Dossier {!order}.',
  ],
  [
    'permis1',
    'DEMANDE DE PERMIS DE CONSTRUIRE\nDemandeur : {P1.LF}\nDate de naissance : {dob}\nTerrain : {addr}\nTéléphone : {tel}\nCourriel : {P1.mail}\nDroits acquittés : {!price} (quittance {!order})',
  ],
  [
    'marche1',
    'Autorisation d’occupation du domaine public accordée à {P1} ({P1.g:né|née} le {dob}) pour l’emplacement {n2} du marché (secteur {!nn.street}). Redevance de {!price} prélevée sur {iban}.',
  ],
  [
    'station1',
    'Carte de stationnement résident – nouvelle demande\nNom, prénom : {P1.lf}\nAdresse : {addr}\nVéhicule : {!nn.car}\nContact : {P1.mail} / {tel}',
  ],
  [
    'electoral1',
    'INSCRIPTION SUR LES LISTES ÉLECTORALES\n{P1.LF}, {P1.g:né|née} le {dob}\nDomicile : {addr}\nBureau de vote : {!nn.inst}, salle {n2}. Procuration en ligne : {url}',
  ],
  [
    'domicile1',
    'Attestation de domicile\nJe soussigné{P1.g:|e} {P1}, {P1.g:né|née} le {dob}, certifie résider à l’adresse suivante : {addr}, depuis le {!date}.\nFait pour servir et valoir ce que de droit.',
  ],
  [
    'ecole1',
    'Fiche d’inscription – CP\nÉlève : {P2} · {P2.g:né|née} le {dobk}\nResponsable légal : {P1}\nAdresse : {addr}\nPortable : {tel}\nCourriel : {P1.mail}',
  ],
  [
    'ecole2',
    '{P1.g:Monsieur|Madame} {P1.l},\n\nmerci pour votre venue à la réunion parents-professeurs. {P2.f} a beaucoup progressé en lecture. Merci de rendre l’autorisation de sortie pour {!nn.place} avant le {!date}.\n\nCordialement,\n{P3.i}, professeur des écoles',
  ],
  [
    'ecole3%1f',
    'coucou {P3.lc}, c’est {P1.f}, la maman de {P2.f}. {P2.f} a de la fièvre, {P2.g:il|elle} reste à la maison aujourd’hui. je suis joignable au {tel}, bisous',
  ],
  [
    'univ1',
    'Candidature master – dossier {!order}\nNom : {P1}\nCourriel : {P1.mail}\nDate de naissance : {dob}\nÉtablissement d’origine : {!nn.inst}\nFrais de dossier reçus : {!price}',
  ],
  [
    'univ2',
    'Objet : contestation de note – Statistiques II\n\n{P2.g:Monsieur|Madame} le professeur {P2.l},\n\nje souhaite contester ma note de l’examen de janvier (numéro étudiant {!order}). Vous pouvez me joindre à {P1.mail} ou au {tel}.\n\nRespectueusement,\n{P1}',
  ],
  [
    'biblio1',
    'Médiathèque – compte lecteur {!order}\nLecteur : {P1.LF}\nAdresse : {addr}\nEn retard : « {!nn.title} » (ISBN {!isbn}), à rendre le {!date}\nPénalités : {!price}',
  ],
  [
    'biblio2',
    'Bonjour {P1.f}, votre réservation vous attend (antenne : {!nn.inst}). Prolongez vos prêts sur {url}.',
  ],
  [
    'bourse1',
    'Demande de bourse – admissible\nCandidat{P1.g:|e} : {P1} ({dob})\nAdresse : {addr}\nRIB/IBAN pour le versement : {iban}\nRéférent : {P2}, {P2.mail}',
  ],
  [
    'tribunal1',
    'CONVOCATION À L’AUDIENCE\nRG n° {!order}\n{P1.LF} c/ {P2.LF}\nL’affaire sera appelée le {!date} à {time}, salle {n2}. Maître {P3.l} représente le demandeur. Renseignements : {omail}.',
  ],
  [
    'police1',
    'PROCÈS-VERBAL DE PLAINTE {!order}\nPlaignant{P1.g:|e} : {P1}, {P1.g:né|née} le {dob}\nDemeurant : {addr}\nTél. : {tel}\nFaits : vol d’un vélo devant le magasin {!nn.brand} le {!date}. Témoin : {P2.f} (nom inconnu).',
  ],
  [
    'social1%2m',
    'Note de suivi du {!date} – visite à domicile. {P1.f} semble aller mieux ; son fils {P2.f} fréquente la cantine. L’allocataire {P1} ({dob}) demande le versement sur {iban}. Prochain rendez-vous avec {P3.i}.',
  ],
  [
    'don1',
    'Reçu fiscal {!order}\nDonateur : {P1}\nAdresse : {addr}\nMontant : {!price}\nRéglé le {!date} par carte {card}\nMerci, {P1.t} {P1.l} !',
  ],
  [
    'benevole1',
    'Planning Restos du samedi : {P1.f} et {P2.f} au camion, {P3} responsable de l’entrepôt ({tel}). Les clés sont chez {P4.i}, prévenir avant 8 h.',
  ],
  [
    'asso1',
    'Nouveaux adhérents de {!nn.month} :\n– {P1.LF} — {P1.mail}\n– {P2.lf} — {tel}\n– {P3}\nCotisation annuelle : {!price}.',
  ],
  [
    'sport1',
    'Licence U11 – inscription\nJoueur : {P2} ({P2.g:né|née} le {dobk})\nParent : {P1}\nUrgence : {tel}\nCourriel : {P1.mail}',
  ],
  [
    'sport2',
    'Compte rendu (lieu : {!nn.inst}) : {P1} a ouvert le score à la 10e minute, {P2.l} a égalisé sur penalty, puis {P3.f} a offert la victoire dans le temps additionnel. Prochain match contre {!nn.team} le {!date}.',
  ],
  [
    'billet1',
    'E-BILLET\nSpectacle : gala de printemps, {!nn.inst}\nTitulaire : {P1.LF}\nCommande {!order} · rang H, place {n2}\nTotal {!price}',
  ],
  [
    'invites1',
    'Liste des invités – pot de départ de {P1}\n1. {P2} (+1)\n2. {P3.lf}\n3. {P4.i}\nTraiteur : {tel}',
  ],
  [
    'hotel1',
    'Confirmation de réservation {!order}\nClient : {P1.t} {P1}\nArrivée le {!date}, 2 nuits\nCarte de garantie : {card}\nTél. : {tel}\nCourriel : {P1.mail}',
  ],
  [
    'hotel2%2f',
    'Trois nuits en {!nn.month} : chambre impeccable, et la réceptionniste ({P2.f}, je crois) a été adorable. Le petit-déjeuner à {!price}, un peu cher. — {P1.f}, {city}',
  ],
  [
    'train1',
    'Réclamation – retard de train\nNom : {P1}\nAdresse : {addr}\nTrain au départ de {city}, 95 minutes de retard, correspondance manquée.\nMerci de rembourser {!price} sur {iban}.\nTél. : {tel}',
  ],
  [
    'vol1',
    'ITINÉRAIRE – référence {!order}\nPassager : {P1.slash} {P1.g:MR|MME}\nDate de naissance : {dob}\nAller : {city} → {!nn.place} le {!date}\nContact : {P1.mail}',
  ],
  [
    'loc1',
    'CONTRAT DE LOCATION {!order}\nConducteur principal : {P1}, {P1.g:né|née} le {dob}\nAdresse du permis : {addr}\nConducteur additionnel : {P2}\nCaution : carte {card}',
  ],
  [
    'objets1',
    'Registre des objets trouvés – {!date} : portefeuille noir déposé à l’accueil, carte bancaire au nom de {P1}, pas d’espèces. Appel du propriétaire depuis le {tel} ; récupéré par {P1.f} à {time}.',
  ],
  [
    'forum1%3f',
    'Re : travaux bruyants {!nn.street}\n\nMerci {P2.f}, ça a marché ! Pour les autres : le service tranquillité répond à {omail}. Ma voisine {P3} a eu une réponse en un jour.\n— message de {P1.lc}',
  ],
  [
    'annonce1',
    'À VENDRE : vélo enfant, presque neuf, {!price}. À récupérer à {city}. Contactez {P1.f} au {tel} ou {P1.mail}.',
  ],
  [
    'chat1',
    '[19:02] {P1.lc} : quelqu’un a vu un chat gris ? secteur {!nn.street}\n[19:05] {P2.lc} : oui ! demande à {P3.f} au n° 12, son portable : {tel}\n[19:06] {P1.lc} : merci {P2.lc} ❤',
  ],
  [
    'mariage1',
    '{P1} et {P2} ont la joie de vous annoncer leur mariage, célébré le {!date} (lieu : {!nn.inst}). Réponse souhaitée avant le {!date} à {P1.mail}.',
  ],
  [
    'deces1',
    'Avis de décès. Nous avons la tristesse de vous faire part du décès de {P1}, {P1.g:né|née} le {dob} et {P1.g:décédé|décédée} le {!date}. De la part de {P2.f} et de toute la famille. Dons au profit de : {!nn.inst}.',
  ],
  [
    'enquete1',
    'Question 7 : Autre chose à nous dire ?\nRéponse : l’agent au guichet, {P1}, a été très patient avec mon père. Pour plus de détails : {mail}, {tel}.',
  ],
  [
    'courriel1',
    'De : "{P1.LF}" <{P1.mail}>\nÀ : Voirie <{omail}>\nObjet : arrêté de stationnement pour déménagement, {addr}\n\nBonjour, je sollicite une réservation de stationnement le {!date}. Je peux régler par virement.',
  ],
  [
    'portail1',
    'Ticket {!order} : {P1} ({P1.mail}) n’arrive pas à se connecter au portail famille. Jeton de session relevé : {jwt} ; dernière connexion depuis {ip}.',
  ],
  [
    'modo1',
    'Journal de modération {!ts} : compte {P1.lc} suspendu (spam). Messages envoyés depuis {ip} et {ip6} ; profil lié {url}. Vérifié par {P2.f}.',
  ],
];

const NEG_FR: Tpl[] = [
  [
    'n_travaux',
    'Travaux {!nn.street} : fermeture du {!date} au {!date}. Déviation par {!nn.place}. La carte résident passe à {!price}.',
  ],
  [
    'n_biblio',
    'Nouveautés : « {!nn.title} » (ISBN {!isbn}) et « {!nn.title} » (ISBN {!isbn}). Retour avant le {!date}, pénalité {!price} par jour.',
  ],
  [
    'n_borne',
    'Logiciel des bornes de prêt mis à jour en version {!ver4} (build {!sha}). La version {!ver} ne sera plus prise en charge après le {!date}.',
  ],
  [
    'n_commandes',
    'Commande {!order} – 2 adultes, {!price} ; commande {!order} – pass famille, {!price}. Identifiant de remboursement {!uuid}.',
  ],
  [
    'n_carte',
    'Paiement test avec le numéro de carte {!card} refusé : clé de contrôle invalide. Dossier {!order} en attente.',
  ],
  [
    'n_iban',
    'L’IBAN {!iban} saisi dans le formulaire de don est invalide (clé). Merci de vérifier ; reçu {!order} suspendu.',
  ],
  [
    'n_naissance',
    'La maternité ({!nn.inst}) fête son anniversaire le {!date} : elle est née d’une souscription lancée le {!odate}. Les actes de naissance demandés avant le {!date} arrivent sous huit jours.',
  ],
  [
    'n_fete',
    'Le défilé de {!nn.saint} part le {!date} à 15 h ; rendez-vous : {!nn.inst}. Concert du soir : {!price}.',
  ],
  [
    'n_log',
    '{!ts} INFO agent-pret {!ver4} démarré\n{!ts} WARN somme de contrôle {!sha} incorrecte, nouvel essai\n{!ts} INFO session {!uuid} fermée',
  ],
  [
    'n_navire',
    'Avis du port : le {!nn.ship} accostera le {!date}. Excursions à partir de {!price}. Notre tâche {!nn.soft} (version {!ver}) publie les arrivées.',
  ],
  [
    'n_club',
    'Historique du club : fondé le {!odate}, il fête son centenaire le {!date} face au {!nn.team}. Cotisation inchangée : {!price}.',
  ],
];

const PROSE_ES: Tpl[] = [
  [
    'incid1',
    'Aviso de incidencia n.º {!order}\nComunicante: {P1}\nTeléfono: {tel}\nUbicación: frente a {addr}\nDescripción: bache en el carril bici, {~cada vez más grande|ya avisado dos veces|peligroso de noche}.\nRespuesta a {P1.mail}.',
  ],
  [
    'incid2',
    'Buenas, soy {P1}, vivo en {addr}. La farola de delante de casa lleva apagada desde el {day}. Pueden llamarme al {tel}. Gracias.',
  ],
  [
    'cita1',
    'Cita previa confirmada\n{P1.t} {P1.l}: su cita para el empadronamiento es el {!date} a las {time}. Domicilio declarado: {addr}. Expediente {!order}.',
  ],
  [
    'licencia1',
    'SOLICITUD DE LICENCIA DE OBRA MENOR\nSolicitante: {P1.LF}\nFecha de nacimiento: {dob}\nEmplazamiento: {addr}\nTeléfono: {tel}\nCorreo: {P1.mail}\nTasa abonada: {!price} (carta de pago {!order})',
  ],
  [
    'mercado1',
    'Autorización de venta ambulante concedida a {P1} ({P1.g:nacido|nacida} el {dob}), puesto {n2} del mercadillo (zona {!nn.street}). La tasa de {!price} se domicilia en {iban}.',
  ],
  [
    'vado1',
    'Solicitud de tarjeta de aparcamiento para residentes\nApellidos, nombre: {P1.lf}\nDomicilio: {addr}\nVehículo: {!nn.car}\nContacto: {P1.mail} / {tel}',
  ],
  [
    'censo1',
    'CONSULTA DEL CENSO ELECTORAL\n{P1.LF}\nFecha de nacimiento: {dob}\nDomicilio: {addr}\nColegio electoral: {!nn.inst}, mesa {n2}. Voto por correo: {url}',
  ],
  [
    'padron1',
    'Volante de empadronamiento\nNombre: {P1}\nFecha de nacimiento: {dob}\nDomicilio: {addr}\nFecha de alta: {!date}',
  ],
  [
    'cole1',
    'Solicitud de admisión – 1.º de Primaria\nAlumno/a: {P2} · {P2.g:nacido|nacida} el {dobk}\nPadre/madre/tutor: {P1}\nDomicilio: {addr}\nMóvil: {tel}\nCorreo: {P1.mail}',
  ],
  [
    'cole2',
    'Estimad{P1.g:o|a} {P1.t} {P1.l}:\n\nGracias por venir a la tutoría. {P2.f} ha mejorado mucho en lectura. Le rogamos que entregue la autorización para la excursión a {!nn.place} antes del {!date}.\n\nUn saludo,\n{P3.i}, tutor{P3.g:|a} de 4.º B',
  ],
  [
    'cole3%1f',
    'hola {P3.lc}, soy {P1.f}, la madre de {P2.f}. {P2.f} tiene fiebre y hoy no va al cole. me pillas en el {tel}, gracias!!',
  ],
  [
    'uni1',
    'Preinscripción en máster – solicitud {!order}\nNombre: {P1}\nCorreo: {P1.mail}\nFecha de nacimiento: {dob}\nCentro de procedencia: {!nn.inst}\nTasas recibidas: {!price}',
  ],
  [
    'uni2',
    'Asunto: Revisión de calificación – Estadística II\n\nEstimad{P2.g:o|a} profesor{P2.g:|a} {P2.l}:\n\nSolicito la revisión de mi examen (DNI/expediente {!order}). Puede contactarme en {P1.mail} o en el {tel}.\n\nAtentamente,\n{P1}',
  ],
  [
    'biblio1',
    'Biblioteca municipal – carné {!order}\nUsuario/a: {P1.lf}\nDomicilio: {addr}\nPréstamo vencido: «{!nn.title}» (ISBN {!isbn}), vencía el {!date}\nSanción: {!price}',
  ],
  [
    'biblio2',
    'Hola {P1.f}, tu reserva ya está disponible (sucursal: {!nn.inst}). Renueva tus préstamos en {url}.',
  ],
  [
    'beca1',
    'Solicitud de beca – admitida a trámite\nSolicitante: {P1} ({dob})\nDomicilio: {addr}\nCuenta para el pago: {iban}\nAval académico: {P2}, {P2.mail}',
  ],
  [
    'juzgado1',
    'CÉDULA DE CITACIÓN\nProcedimiento {!order}\nDemandante: {P1.LF} · Demandado: {P2.LF}\nSe le cita para la vista el {!date} a las {time}, sala {n2}. Consultas: {omail}.',
  ],
  [
    'denuncia1',
    'DENUNCIA {!order}\nDenunciante: {P1}, {P1.g:nacido|nacida} el {dob}\nDomicilio: {addr}\nTeléfono: {tel}\nHechos: sustracción de una bicicleta frente a la tienda {!nn.brand} el {!date}. Testigo: {P2.f} (apellido desconocido).',
  ],
  [
    'social1%1f2m',
    'Nota de seguimiento {!date} – visita domiciliaria. {P1.f} está más animada; su hijo {P2.f} ya va al comedor escolar. La usuaria {P1} ({dob}) pide el ingreso de la ayuda en {iban}. Próxima cita con {P3.i}.',
  ],
  [
    'donativo1',
    'Certificado de donativo {!order}\nDonante: {P1}\nDomicilio: {addr}\nImporte: {!price}\nCobrado el {!date} con tarjeta {card}\n¡Gracias, {P1.f}!',
  ],
  [
    'volunt1',
    'Turnos del banco de alimentos, sábado: {P1.f} y {P2.f} en la furgoneta, {P3} coordina el almacén ({tel}). Las llaves las tiene {P4.i}; avisad antes de las 8.',
  ],
  [
    'cofradia1',
    'Altas de socios en {!nn.month}:\n– {P1.lf} — {P1.mail}\n– {P2} — {tel}\n– {P3.LF}\nCuota anual: {!price}.',
  ],
  [
    'club1',
    'Ficha de inscripción – alevín\nJugador/a: {P2} ({P2.g:nacido|nacida} el {dobk})\nPadre/madre: {P1}\nTeléfono de urgencia: {tel}\nCorreo: {P1.mail}',
  ],
  [
    'cronica1',
    'Crónica (campo: {!nn.inst}): {P1} abrió el marcador a los diez minutos, {P2.l} empató de penalti y {P3.f} dio la victoria en el descuento. Próximo partido ante el {!nn.team} el {!date}.',
  ],
  [
    'entrada1',
    'ENTRADA ELECTRÓNICA\nEvento: gala benéfica, {!nn.inst}\nTitular: {P1.LF}\nPedido {!order} · fila 9, butaca {n2}\nTotal {!price}',
  ],
  [
    'invitados1',
    'Lista de invitados – jubilación de {P1}\n1. {P2} (+1)\n2. {P3.lf}\n3. {P4.i}\nCatering: {tel}',
  ],
  [
    'hotel1',
    'Confirmación de reserva {!order}\nHuésped: {P1.t} {P1}\nLlegada {!date}, 2 noches\nTarjeta de garantía: {card}\nTeléfono: {tel}\nCorreo: {P1.mail}',
  ],
  [
    'hotel2%2f',
    'Tres noches en {!nn.month}: habitación impecable y la recepcionista ({P2.f}, creo) fue un encanto. El desayuno a {!price}, algo caro. — {P1.f}, de {city}',
  ],
  [
    'tren1',
    'Reclamación por retraso\nNombre: {P1}\nDomicilio: {addr}\nTren desde {city} con 95 minutos de retraso; perdí el enlace.\nRuego abonen {!price} en {iban}.\nTeléfono: {tel}',
  ],
  [
    'vuelo1',
    'ITINERARIO – localizador {!order}\nPasajero: {P1.slash} {P1.g:MR|MRS}\nFecha de nacimiento: {dob}\nIda: {city} → {!nn.place} el {!date}\nContacto: {P1.mail}',
  ],
  [
    'alquiler1',
    'CONTRATO DE ALQUILER {!order}\nConductor principal: {P1}, fecha de nacimiento {dob}\nDomicilio del permiso: {addr}\nConductor adicional: {P2}\nFianza con tarjeta {card}',
  ],
  [
    'objetos1',
    'Registro de objetos perdidos – {!date}: cartera negra entregada en taquilla, tarjeta a nombre de {P1}, sin dinero. {P1.g:El dueño|La dueña} llamó desde el {tel}; la recogió {P1.f} a las {time}.',
  ],
  [
    'foro1%3f',
    'Re: obras ruidosas – {!nn.street}\n\n¡Gracias, {P2.f}, funcionó! Para los demás: la policía municipal contesta en {omail}. Mi vecina {P3} tuvo respuesta en un día.\n— mensaje de {P1.lc}',
  ],
  [
    'anuncio1',
    'SE VENDE bici infantil, casi nueva, {!price}. Recogida en {city}. Llamar o WhatsApp a {P1.f}: {tel}, o {P1.mail}.',
  ],
  [
    'chat1',
    '[19:02] {P1.lc}: alguien ha visto un gato gris por la zona de {!nn.street}??\n[19:05] {P2.lc}: sí! pregunta a {P3.f} en el n.º 12, su móvil es {tel}\n[19:06] {P1.lc}: gracias {P2.lc} ❤',
  ],
  [
    'boda1',
    '{P1} y {P2} tienen el placer de invitarle a su boda, que se celebrará el {!date} (lugar: {!nn.inst}). Se ruega confirmación antes del {!date} a {P1.mail}.',
  ],
  [
    'esquela1',
    '{P1.g:DON|DOÑA} {P1.U}\nFalleció el {!date} (n. {dob}).\nSu esposo/a {P2.f}, hijos y nietos ruegan una oración por su alma. Donativos: {!nn.inst}.',
  ],
  [
    'encuesta1%1f',
    'Pregunta 7: ¿Algo más que quiera comentarnos?\nRespuesta: la funcionaria de la ventanilla, {P1}, tuvo mucha paciencia con mi padre. Para más detalles: {mail}, {tel}.',
  ],
  [
    'correo1',
    'De: "{P1.lf}" <{P1.mail}>\nPara: Movilidad <{omail}>\nAsunto: reserva de espacio para mudanza en {addr}\n\nBuenos días, solicito reservar espacio el {!date}. Puedo pagar la tasa por transferencia.',
  ],
  [
    'sede1',
    'Incidencia {!order}: {P1} ({P1.mail}) no puede entrar en la sede electrónica. Token de sesión copiado de la consola: {jwt}; último acceso desde {ip}.',
  ],
  [
    'moder1',
    'Registro de moderación {!ts}: cuenta {P1.lc} suspendida por spam. Publicaciones desde {ip} y {ip6}; perfil enlazado {url}. Revisado por {P2.f}.',
  ],
];

const NEG_ES: Tpl[] = [
  [
    'n_corte',
    'Corte de tráfico en {!nn.street} del {!date} al {!date}. Desvío por {!nn.place}. La tarjeta de residente pasa a costar {!price}.',
  ],
  [
    'n_biblio',
    'Novedades: «{!nn.title}» (ISBN {!isbn}) y «{!nn.title}» (ISBN {!isbn}). Devolución antes del {!date}; sanción de {!price} por día.',
  ],
  [
    'n_kiosco',
    'El software de autopréstamo se actualizó a la versión {!ver4} (build {!sha}). La versión {!ver} deja de tener soporte el {!date}.',
  ],
  [
    'n_pedidos',
    'Pedido {!order} – 2 adultos, {!price}; pedido {!order} – familiar, {!price}. Identificador de reembolso {!uuid}.',
  ],
  [
    'n_tarjeta',
    'Pago de prueba con la tarjeta {!card} rechazado: número no válido. Expediente {!order} pendiente.',
  ],
  [
    'n_iban',
    'El IBAN {!iban} del formulario de donación no es válido (dígitos de control). Revíselo; recibo {!order} en espera.',
  ],
  [
    'n_nacim',
    'La maternidad ({!nn.inst}) celebra su cumpleaños el {!date}: nació de una colecta iniciada el {!odate}. Las partidas de nacimiento pedidas antes del {!date} llegan en una semana.',
  ],
  [
    'n_fiesta',
    'La procesión de {!nn.saint} sale el {!date} a las 19:00; salida: {!nn.inst}. Entradas para el concierto: {!price}.',
  ],
  [
    'n_log',
    '{!ts} INFO agente-prestamo {!ver4} iniciado\n{!ts} WARN suma de control {!sha} no coincide, reintentando\n{!ts} INFO sesión {!uuid} cerrada',
  ],
  [
    'n_buque',
    'Aviso portuario: el buque {!nn.ship} atraca el {!date}. Excursiones desde {!price}. Nuestro proceso {!nn.soft} (versión {!ver}) publica las llegadas.',
  ],
  [
    'n_pena',
    'Historia de la peña: fundada el {!odate}, celebra su centenario el {!date} con un partido ante el {!nn.team}. La cuota sigue en {!price}.',
  ],
];

// ---------------------------------------------------------------------------------------------
// Machine formats: each returns a slot template (same slot syntax), built per record
// ---------------------------------------------------------------------------------------------

interface Ctx {
  readonly r: Rng;
  readonly lang: Lang;
  readonly country: Country;
  readonly persons: Map<number, Person>;
  readonly genders: Map<number, Gender>;
  readonly ibanCc: IbanCountry;
}

type MachineTpl = readonly [key: string, build: (x: Ctx) => string];

const HDR: Record<Lang, Record<string, string>> = {
  en: {
    email: 'email',
    first: 'first_name',
    last: 'last_name',
    ip: 'signup_ip',
    at: 'signed_up_at',
    consent: 'consent',
    yes: 'yes',
    name: 'name',
    phone: 'phone',
    shift: 'shift',
    note: 'note',
    member: 'Member',
    since: 'Member since',
  },
  de: {
    email: 'email',
    first: 'vorname',
    last: 'nachname',
    ip: 'ip',
    at: 'angemeldet_am',
    consent: 'einwilligung',
    yes: 'ja',
    name: 'Name',
    phone: 'Telefon',
    shift: 'Schicht',
    note: 'Bemerkung',
    member: 'Mitglied',
    since: 'Mitglied seit',
  },
  fr: {
    email: 'courriel',
    first: 'prenom',
    last: 'nom',
    ip: 'ip',
    at: 'date_inscription',
    consent: 'consentement',
    yes: 'oui',
    name: 'Nom',
    phone: 'Téléphone',
    shift: 'Créneau',
    note: 'Remarque',
    member: 'Adhérent',
    since: 'Adhérent depuis',
  },
  es: {
    email: 'correo',
    first: 'nombre',
    last: 'apellidos',
    ip: 'ip',
    at: 'fecha_alta',
    consent: 'consentimiento',
    yes: 'sí',
    name: 'Nombre',
    phone: 'Teléfono',
    shift: 'Turno',
    note: 'Observaciones',
    member: 'Socio/a',
    since: 'Socio/a desde',
  },
};
const SHIFTS: Record<Lang, string[]> = {
  en: ['Sat 9–13', 'Sat 13–17', 'Sun 10–14', 'Wed evening'],
  de: ['Sa 9–13 Uhr', 'Sa 13–17 Uhr', 'So 10–14 Uhr', 'Mi abends'],
  fr: ['sam. 9h–13h', 'sam. 13h–17h', 'dim. 10h–14h', 'mer. soir'],
  es: ['sáb. 9–13 h', 'sáb. 13–17 h', 'dom. 10–14 h', 'miér. tarde'],
};
const NOTES: Record<Lang, string[]> = {
  en: ['first aid', 'has van licence', 'new', '', 'keys'],
  de: ['Ersthelfer', 'Führerschein Kl. B', 'neu', '', 'Schlüssel'],
  fr: ['secourisme', 'permis B', 'nouveau', '', 'clés'],
  es: ['primeros auxilios', 'carné B', 'nuevo', '', 'llaves'],
};
const ORGNAME: Record<Lang, string[]> = {
  en: ['Northfield Residents Portal', 'Lakeside Rec Centre', 'Riverside Food Bank'],
  de: ['TSV Lindenau Mitgliederportal', 'Bürgerportal Nord', 'Tafel Mitte'],
  fr: ['Portail des associations', 'Médiathèque des Lilas', 'AS Quartier Sud'],
  es: ['Portal del vecino', 'CD Valdemoro', 'Banco de Alimentos Sur'],
};

function rows(r: Rng, lo: number, hi: number, f: (k: number) => string): string {
  const n = r.int(lo, hi);
  const out: string[] = [];
  for (let k = 1; k <= n; k++) out.push(f(k));
  return out.join('\n');
}

const MACHINE: MachineTpl[] = [
  [
    'csv1',
    ({ r, lang }) => {
      const h = HDR[lang];
      const sep = lang === 'en' ? ',' : ';';
      return `${[h.email, h.first, h.last, h.ip, h.at, h.consent].join(sep)}\n${rows(r, 2, 4, (k) => [`{P${k}.mail}`, `{P${k}.f}`, `{P${k}.l}`, '{ip4}', '{!ts}', h.yes].join(sep))}`;
    },
  ],
  [
    'tsv1',
    ({ r, lang }) => {
      const h = HDR[lang];
      return `${[h.name, h.phone, h.shift, h.note].join('\t')}\n${rows(r, 2, 4, (k) => [r.pick([`{P${k}}`, `{P${k}.lf}`, `{P${k}.LF}`]), '{tel}', r.pick(SHIFTS[lang]), r.pick(NOTES[lang])].join('\t'))}`;
    },
  ],
  [
    'json1',
    ({ r, country }) => {
      const ssnPart = country === 'US' ? ', "ssn": "{ssn}"' : '';
      const body = `"applicant": {"name": "{P1}", "date_of_birth": "{dob}", "email": "{P1.mail}", "phone": "{tel}", "address": "{addr}"${ssnPart}}, "client_ip": "{ip}", "request_id": "{!uuid}"`;
      return r.chance(0.5)
        ? `{"type": "${r.pick(['residence_registration', 'library_signup', 'permit_application', 'school_enrolment'])}", ${body}}`
        : `POST /api/v2/applications 201\n{\n  "type": "${r.pick(['voter_update', 'scholarship', 'club_membership'])}",\n  ${body}\n}`;
    },
  ],
  [
    'yaml1',
    ({ r, lang }) =>
      `# ${r.pick(ORGNAME[lang])} – config\nsite:\n  contact: {omail}\n  maintainer: "{P1}"\nsmtp:\n  host: smtp.${r.pick(['mailgun.org', 'sendgrid.net', 'ionos.de', 'ovh.net'])}\n  user: {P1.mail}\n  password: {secret}\nslack:\n  bot_token: {slack}\nstorage:\n  aws_access_key_id: {aws}\n  aws_secret_access_key: {secret}\nversion: {!ver}`,
  ],
  [
    'log1',
    ({ r }) =>
      rows(r, 3, 5, (k) =>
        r.pick([
          `{!ts} INFO auth login ok user={P${k}.mail} ip={ip}`,
          `{!ts} WARN auth failed user={mail} ip={ip} attempts=${r.int(2, 9)}`,
          `{!ts} DEBUG request headers Authorization: Bearer {jwt}`,
          `{!ts} INFO booking created for "{P${k}}" from {ip}`,
          `{!ts} ERROR webhook post failed token={slack}`,
        ]),
      ),
  ],
  [
    'env1',
    ({ r }) => {
      const lines = [
        'APP_ENV=production',
        'APP_VERSION={!ver4}',
        'ADMIN_EMAIL={omail}',
        'DB_PASSWORD={secret}',
        'AWS_ACCESS_KEY_ID={aws}',
        'AWS_SECRET_ACCESS_KEY={secret}',
        'GITHUB_TOKEN={gh}',
        'SLACK_BOT_TOKEN={slack}',
        'SESSION_SECRET={secret}',
        'BUILD_SHA={!sha}',
      ];
      return lines.filter((l, i) => i < 2 || r.chance(0.6)).join('\n');
    },
  ],
  [
    'md1',
    ({ r, lang }) => {
      const h = HDR[lang];
      return `| ${h.member} | ${h.phone} | ${h.email} | ${h.since} |\n|---|---|---|---|\n${rows(r, 2, 4, (k) => `| ${r.pick([`{P${k}}`, `{P${k}.lf}`, `{P${k}.i}`])} | {tel} | {P${k}.mail} | {!date} |`)}`;
    },
  ],
  [
    'vcard1',
    () =>
      'BEGIN:VCARD\nVERSION:3.0\nN:{P1.l};{P1.f};;;\nFN:{P1}\nTEL;TYPE=cell:{tel}\nEMAIL;TYPE=home:{P1.mail}\nBDAY:{dobiso}\nNOTE:{~volunteer|parent rep|treasurer|coach}\nEND:VCARD',
  ],
  [
    'ical1',
    ({ lang }) =>
      `BEGIN:VEVENT\nUID:{!uuid}\nSUMMARY:${{ en: 'Parents evening 4B', de: 'Elternabend 4b', fr: 'Réunion parents 4B', es: 'Reunión de padres 4.º B' }[lang]}\nORGANIZER;CN={P1}:mailto:{P1.mail}\nATTENDEE;CN={P2}:mailto:{P2.mail}\nATTENDEE;CN={P3}:mailto:{P3.mail}\nEND:VEVENT`,
  ],
  [
    'sql1',
    ({ r }) =>
      `INSERT INTO guests (name, email, phone) VALUES\n${rows(r, 2, 3, (k) => `  ("{P${k}}", "{P${k}.mail}", "{tel}")`).replace(/\)\n/g, '),\n')};`,
  ],
  [
    'access1',
    ({ r }) =>
      rows(
        r,
        2,
        3,
        (k) =>
          `{ip} - - [{!clf}] "GET /api/v1/members?email={P${k}.mail}&page=${r.int(1, 9)} HTTP/1.1" 200 ${r.int(200, 9000)} "-" "Mozilla/5.0"`,
      ),
  ],
  [
    'json2',
    ({ r }) =>
      `{"booking": {"id": "{!order}", "guest": {"first_name": "{P1.f}", "last_name": "{P1.l}", "email": "{P1.mail}", "phone": "{tel}"}, "payment": {"card_number": "{card}", "amount": "{!price}"}, "created_from": "{ip}", "channel": "${r.pick(['web', 'app', 'desk'])}"}}`,
  ],
  [
    'pem1',
    () =>
      '# deploy key for the ticket scanner ({P1.mail} has the passphrase)\n{pem}\n# api_key: {secret}',
  ],
  [
    'gh1',
    () =>
      '$ git config --global credential.helper store\n# token for the club website repo, owner {P1.f}\nexport GITHUB_TOKEN={gh}\nexport AWS_ACCESS_KEY_ID={aws}',
  ],
];

const MACHINE_NEG: MachineTpl[] = [
  [
    'n_manifest',
    () =>
      'app: library-kiosk\nversion: {!ver4}\nprevious: {!ver}\ncommit: {!sha}\nreleased: {!ts}\nchecksum_sha256: {!sha}',
  ],
  [
    'n_csv',
    ({ r }) =>
      `order_id;amount;created_at;session\n${rows(r, 2, 4, () => '{!order};{!price};{!ts};{!uuid}')}`,
  ],
  [
    'n_json',
    () =>
      '{"event": "catalogue_sync", "version": "{!ver4}", "sha": "{!sha}", "at": "{!ts}", "isbn": "{!isbn}", "series": "{!nn.title}"}',
  ],
];

// ---------------------------------------------------------------------------------------------
// Slot filling
// ---------------------------------------------------------------------------------------------

const SLOT = /\{(~[^{}]*|P\d\.g:[^{}]*|[A-Za-z!][^{}\s]*)\}/g;

function personOf(x: Ctx, i: number): Person {
  let p = x.persons.get(i);
  if (!p) {
    p = makePerson(x.r, x.lang, x.country, x.genders.get(i));
    x.persons.set(i, p);
  }
  return p;
}

function personSlot(b: Builder, x: Ctx, p: Person, form: string): void {
  const { r } = x;
  const src = p.source;
  const first = p.first;
  switch (form) {
    case '':
      b.e('PERSON', full(p), src);
      return;
    case 'f':
      b.e('PERSON', first, src);
      return;
    case 'l':
      b.e('PERSON', lastCore(p), src);
      return;
    case 'fl':
      b.e('PERSON', `${first} ${p.last}`, src);
      return;
    case 'lf':
      b.e('PERSON', `${p.last}, ${first}`, src);
      return;
    case 'LF':
      b.e('PERSON', `${upperLast(p.last)} ${first}`, src);
      return;
    case 'U':
      b.e('PERSON', full(p).toLocaleUpperCase('es'), src);
      return;
    case 'i':
      // "M. Dupont" would read as "Monsieur Dupont" in French: use the full name there.
      if (x.lang === 'fr' && first.startsWith('M')) b.e('PERSON', full(p), src);
      else b.e('PERSON', `${initials(first)} ${p.last}`, src);
      return;
    case 'lc':
      b.e('PERSON', first.toLocaleLowerCase(), src);
      return;
    case 'lcf':
      b.e('PERSON', `${first} ${p.last}`.toLocaleLowerCase(), src);
      return;
    case 'slash':
      b.e(
        'PERSON',
        `${fold(p.last.replace(/[ '’-]/g, '')).toUpperCase()}/${fold(first).toUpperCase()}`,
        src,
      );
      return;
    case 'any':
      personSlot(b, x, p, r.pick(['', '', 'lf', 'i', 'LF', 'fl']));
      return;
    case 't':
      b.t(p.title);
      return;
    case 'mail':
      p.mail ??= mailFor(r, p, x.country);
      b.e('EMAIL', p.mail);
      return;
    default:
      if (form.startsWith('g:')) {
        const [m, f] = form.slice(2).split('|');
        b.t((p.gender === 'm' ? m : f) ?? '');
        return;
      }
      throw new Error(`unknown person form ${form}`);
  }
}

function nn(r: Rng, lang: Lang, cat?: string): string {
  const lists = NOT_NAME[lang];
  const c = (cat ?? r.pick(['brand', 'place', 'street', 'soft', 'inst', 'saint'])) as NnCat;
  const l = lists[c];
  if (!l) throw new Error(`unknown not_name category ${c}`);
  return r.pick(l);
}

function negSlot(b: Builder, x: Ctx, s: string): void {
  const { r, lang, country } = x;
  switch (s) {
    case 'price':
      b.n('price', price(r, country));
      return;
    case 'order':
      b.n('order_no', orderNo(r, lang));
      return;
    case 'ver':
      b.n('version', version(r));
      return;
    case 'ver4':
      b.n('version', version4(r));
      return;
    case 'sha':
      b.n('sha', sha(r));
      return;
    case 'uuid':
      b.n('uuid', uuid(r));
      return;
    case 'ts':
      b.n('timestamp', timestamp(r));
      return;
    case 'clf': {
      const [y, m, d] = randomDate(r, 2024, 2025);
      b.n(
        'timestamp',
        `${pad(d)}/${MON3[m - 1] ?? 'Jan'}/${y}:${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} +0${r.int(0, 2)}00`,
      );
      return;
    }
    case 'date': {
      const [y, m, d] = randomDate(r, 2023, 2026);
      b.n('plain_date', formatDate(r, lang, country, y, m, d));
      return;
    }
    case 'odate': {
      const [y, m, d] = randomDate(r, 1890, 1985);
      b.n('plain_date', formatDate(r, lang, country, y, m, d));
      return;
    }
    case 'isbn':
      b.n('isbn', isbn(r, lang));
      return;
    case 'card':
      b.n('card_lookalike', cardLookalike(r));
      return;
    case 'iban':
      b.n('iban_invalid', ibanInvalid(r, r.chance(0.6) ? x.ibanCc : r.pick(IBAN_ALL)));
      return;
    case 'ssn':
      b.n('ssn_invalid', ssnInvalid(r));
      return;
    default:
      if (s === 'nn' || s.startsWith('nn.')) {
        b.n('not_name', nn(r, lang, s.slice(3) || undefined));
        return;
      }
      throw new Error(`unknown negative slot ${s}`);
  }
}

const DAYS: Record<Lang, string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes'],
};

function slot(b: Builder, x: Ctx, s: string): void {
  const { r, lang, country: c } = x;
  if (s.startsWith('~')) {
    b.t(r.pick(s.slice(1).split('|')));
    return;
  }
  const pm = /^P(\d)(?:\.(.+))?$/.exec(s);
  if (pm) {
    personSlot(b, x, personOf(x, Number(pm[1])), pm[2] ?? '');
    return;
  }
  if (s.startsWith('!')) {
    negSlot(b, x, s.slice(1));
    return;
  }
  switch (s) {
    case 'mail':
      b.e('EMAIL', mailFor(r, makePerson(r, lang, c), c));
      return;
    case 'omail':
      b.e('EMAIL', roleMail(r, c, lang));
      return;
    case 'tel':
      b.e('PHONE', phone(r, c));
      return;
    case 'addr':
      b.e('STREET_ADDRESS', address(r, c));
      return;
    case 'dob': {
      const [y, m, d] = randomDate(r, 1938, 2006);
      b.e('DATE_OF_BIRTH', formatDate(r, lang, c, y, m, d));
      return;
    }
    case 'dobk': {
      const [y, m, d] = randomDate(r, 2008, 2020);
      b.e('DATE_OF_BIRTH', formatDate(r, lang, c, y, m, d));
      return;
    }
    case 'dobiso': {
      const [y, m, d] = randomDate(r, 1950, 2005);
      b.e('DATE_OF_BIRTH', `${y}-${pad(m)}-${pad(d)}`);
      return;
    }
    case 'iban':
      b.e('IBAN', iban(r, x.ibanCc));
      return;
    case 'card':
      b.e('CREDIT_CARD', card(r));
      return;
    case 'ssn':
      b.e('US_SSN', ssn(r));
      return;
    case 'ip':
      b.e('IP_ADDRESS', r.chance(0.7) ? ipv4(r) : ipv6(r));
      return;
    case 'ip4':
      b.e('IP_ADDRESS', ipv4(r));
      return;
    case 'ip6':
      b.e('IP_ADDRESS', ipv6(r));
      return;
    case 'url':
      b.e('URL', url(r, c, lang));
      return;
    case 'aws':
      b.e('AWS_ACCESS_KEY', awsKey(r));
      return;
    case 'gh':
      b.e('GITHUB_TOKEN', ghToken(r));
      return;
    case 'slack':
      b.e('SLACK_TOKEN', slackToken(r));
      return;
    case 'jwt':
      b.e('JWT', jwt(r));
      return;
    case 'pem':
      b.e('PRIVATE_KEY', pem(r));
      return;
    case 'secret':
      b.e('GENERIC_SECRET', genericSecret(r));
      return;
    case 'city':
      b.t(cityOf(r, c));
      return;
    case 'time':
      b.t(
        lang === 'en' && c === 'US'
          ? `${r.int(1, 12)}:${pad(r.pick([0, 15, 30, 45]))} ${r.pick(['am', 'pm'])}`
          : `${r.int(8, 19)}:${pad(r.pick([0, 15, 30, 45]))}`,
      );
      return;
    case 'day':
      b.t(r.pick(DAYS[lang]));
      return;
    case 'n2':
      b.t(String(r.int(2, 99)));
      return;
    default:
      throw new Error(`unknown slot ${s}`);
  }
}

function fill(b: Builder, x: Ctx, tpl: string): void {
  let last = 0;
  for (const m of tpl.matchAll(SLOT)) {
    b.t(tpl.slice(last, m.index));
    slot(b, x, m[1] ?? '');
    last = m.index + m[0].length;
  }
  b.t(tpl.slice(last));
}

// ---------------------------------------------------------------------------------------------
// The set
// ---------------------------------------------------------------------------------------------

const PROSE: Record<Lang, Tpl[]> = { en: PROSE_EN, de: PROSE_DE, fr: PROSE_FR, es: PROSE_ES };
const NEG: Record<Lang, Tpl[]> = { en: NEG_EN, de: NEG_DE, fr: NEG_FR, es: NEG_ES };

interface Choice {
  readonly key: string;
  readonly build: (x: Ctx) => string;
  readonly country: Country | undefined;
  readonly genders: [number, Gender][];
}

function parseKey(raw: string): {
  key: string;
  country: Country | undefined;
  genders: [number, Gender][];
} {
  const m = /^([a-z_0-9]+)(?:%((?:\d[fm])+))?(?:@([A-Z]{2}))?$/.exec(raw);
  if (!m?.[1]) throw new Error(`bad template key ${raw}`);
  const genders: [number, Gender][] = [];
  for (const g of (m[2] ?? '').match(/\d[fm]/g) ?? [])
    genders.push([Number(g.charAt(0)), g.charAt(1) as Gender]);
  return { key: m[1], country: m[3] as Country | undefined, genders };
}

function choices(lang: Lang, neg: boolean): Choice[] {
  const prose = (neg ? NEG : PROSE)[lang].map(([raw, text]): Choice => {
    const k = parseKey(raw);
    return { key: k.key, build: () => text, country: k.country, genders: k.genders };
  });
  const machine = (neg ? MACHINE_NEG : MACHINE).map(([key, build]): Choice => ({
    key,
    build,
    country: undefined,
    genders: [],
  }));
  return [...prose, ...machine];
}

/** Number of distinct template keys (`lang:key`) in the set. */
export function heldout12TemplateCount(): number {
  let n = 0;
  for (const lang of LANGS12) n += choices(lang, false).length + choices(lang, true).length;
  return n;
}

/**
 * `n` labelled texts (default 2000 = 500 each in en/de/fr/es, interleaved). About 18 % of each
 * language's texts carry hard negatives only and no entity.
 */
export function generateHeldout12(n = 2000): Heldout12Record[] {
  pools();
  const pos = Object.fromEntries(LANGS12.map((l) => [l, choices(l, false)])) as Record<
    Lang,
    Choice[]
  >;
  const neg = Object.fromEntries(LANGS12.map((l) => [l, choices(l, true)])) as Record<
    Lang,
    Choice[]
  >;
  const out: Heldout12Record[] = [];
  for (let i = 0; i < n; i++) {
    const lang = LANGS12[i % LANGS12.length] ?? 'en';
    const j = Math.floor(i / LANGS12.length);
    const r = new Rng((SEED ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
    r.next();
    const negOnly = Math.floor((j + 1) * 0.18) > Math.floor(j * 0.18);
    const ch = r.pick(negOnly ? neg[lang] : pos[lang]);
    const country = ch.country ?? r.weighted(COUNTRIES[lang]);
    const ibanCc = IBAN_OF[country] ?? r.pick(IBAN_ALL);
    const x: Ctx = { r, lang, country, persons: new Map(), genders: new Map(ch.genders), ibanCc };
    const b = new Builder();
    fill(b, x, ch.build(x));
    out.push({
      id: `h12-${lang}-${String(j + 1).padStart(4, '0')}`,
      lang,
      template: `${lang}:${ch.key}`,
      text: b.text,
      entities: b.entities,
      negatives: b.negatives,
    });
  }
  return out;
}
