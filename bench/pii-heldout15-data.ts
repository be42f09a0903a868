/**
 * Generator for `bench/pii-heldout15.ts`: a blind held-out set of exports, records and machine
 * formats (CSV/TSV/semicolon CSV, fixed-width, Markdown/ASCII tables, JSON/NDJSON, XML/SOAP/HL7,
 * YAML/INI/.env, LDIF, vCard/iCal, SQL, mbox, HTTP dumps, logs, Kubernetes/Terraform, GraphQL,
 * bank/payroll/CRM/HR/roster/shipping exports) in English, German, French and Spanish. Written from
 * the developer corpus README's labelling conventions only. Own seeded PRNG; names, cities and
 * streets drawn from @faker-js/faker's locale lists with that PRNG, ~25 % of names invented from
 * syllables. Every offset is recorded while the text is assembled. When an address is split over
 * several fields, only the street line (street and house number) is labelled STREET_ADDRESS; a
 * single address field is labelled whole (street line through ZIP/city).
 */
import {
  fakerDE,
  fakerDE_AT,
  fakerDE_CH,
  fakerEN,
  fakerEN_CA,
  fakerEN_GB,
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

export interface Heldout15Span extends Span {
  readonly source?: 'listed' | 'invented';
}

export interface Heldout15Record extends HeldoutRecord {
  readonly entities: Heldout15Span[];
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
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)]!;
    return s;
  }
  shuffle<T>(a: readonly T[]): T[] {
    const b = [...a];
    for (let i = b.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [b[i], b[j]] = [b[j]!, b[i]!];
    }
    return b;
  }
}

const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOW = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
const ALNUM = UP + LOW + DIG;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';

// ---------------------------------------------------------------------------------------------
// Builder: appends text and records spans as it goes.

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

class B {
  text = '';
  readonly ents: Heldout15Span[] = [];
  readonly negs: { kind: string; start: number; end: number }[] = [];
  /** Plain text. */
  t(s: string): this {
    this.text += s;
    return this;
  }
  /** Labelled entity. */
  e(type: string, s: string, source?: Source): this {
    const start = this.text.length;
    this.text += s;
    const end = this.text.length;
    this.ents.push(source ? { type, start, end, source } : { type, start, end });
    return this;
  }
  /** Hard negative. */
  n(kind: NegKind, s: string): this {
    const start = this.text.length;
    this.text += s;
    this.negs.push({ kind, start, end: this.text.length });
    return this;
  }
  /** A cell value: entity, negative or plain. */
  v(c: Val): this {
    if (c.type) return this.e(c.type, c.s, c.src);
    if (c.neg) return this.n(c.neg, c.s);
    return this.t(c.s);
  }
}

/** A value to place somewhere: `type` for an entity, `neg` for a hard negative, else plain. */
class Val {
  constructor(
    readonly s: string,
    readonly type?: string,
    readonly neg?: NegKind,
    readonly src?: Source,
    /** Written without quotes in JSON/YAML (numbers, booleans). */
    readonly raw = false,
  ) {}
}

const P = (s: string): Val => new Val(s);
const R = (s: string | number | boolean): Val =>
  new Val(String(s), undefined, undefined, undefined, true);
const E = (type: string, s: string, src?: Source): Val => new Val(s, type, undefined, src);
const N = (neg: NegKind, s: string): Val => new Val(s, undefined, neg);

// ---------------------------------------------------------------------------------------------
// Countries, names

type Country = 'US' | 'GB' | 'CA' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'CHF' | 'ES' | 'MX';
// CHF = French-speaking Switzerland (phone/IBAN region CH).

const LANG_COUNTRIES: Record<Lang, readonly Country[]> = {
  en: ['US', 'US', 'GB', 'CA'],
  de: ['DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'BE', 'CHF'],
  es: ['ES', 'ES', 'MX'],
};

const FAKERS: Record<Country, Faker> = {
  US: fakerEN,
  GB: fakerEN_GB,
  CA: fakerEN_CA,
  DE: fakerDE,
  AT: fakerDE_AT,
  CH: fakerDE_CH,
  FR: fakerFR,
  BE: fakerFR_BE,
  CHF: fakerFR_CH,
  ES: fakerES,
  MX: fakerES_MX,
};

const region = (c: Country): CountryCode => (c === 'CHF' ? 'CH' : c);

interface NameDefs {
  first: string[];
  firstF: string[];
  firstM: string[];
  last: string[];
}

const nameCache = new Map<Country, NameDefs>();
function nameDefs(c: Country): NameDefs {
  let d = nameCache.get(c);
  if (d) return d;
  const raw = FAKERS[c].rawDefinitions.person;
  const fn = raw?.first_name as Record<string, string[] | undefined> | undefined;
  const ln = raw?.last_name as Record<string, string[] | undefined> | undefined;
  const clean = (a: readonly string[] | undefined): string[] =>
    (a ?? []).filter((x) => /^[\p{L}][\p{L}' -]*\p{L}$/u.test(x) && x.length >= 2);
  const firstF = clean(fn?.female);
  const firstM = clean(fn?.male);
  const last = clean(ln?.generic ?? ln?.female ?? ln?.male);
  d = { first: [...firstF, ...firstM], firstF, firstM, last };
  nameCache.set(c, d);
  return d;
}

const SYL: Record<Lang, { f1: string[]; f2: string[]; l1: string[]; l2: string[] }> = {
  en: {
    f1: ['Jal', 'Bren', 'Kor', 'Mar', 'Tam', 'Del', 'Ash', 'Ry', 'Cal', 'Lin', 'Dar', 'Ev', 'Jor'],
    f2: ['den', 'ton', 'ley', 'ric', 'a', 'wyn', 'lan', 'ette', 'is', 'on', 'ie', 'ven', 'rey'],
    l1: ['Hal', 'Brad', 'Pen', 'Ash', 'Whit', 'Cor', 'Thorn', 'Ald', 'Mor', 'Gar', 'Wes', 'Brom'],
    l2: ['wick', 'ford', 'ley', 'ton', 'more', 'by', 'ridge', 'field', 'well', 'worth', 'ham'],
  },
  de: {
    f1: ['Hel', 'Wal', 'Frie', 'Ger', 'Jo', 'Lu', 'Ans', 'Ma', 'Ul', 'Ber', 'Kat', 'Ot', 'Rai'],
    f2: ['mar', 'trud', 'hild', 'bert', 'ke', 'lina', 'rike', 'wig', 'hold', 'ko', 'nhard', 'ja'],
    l1: ['Brau', 'Kling', 'Holz', 'Stein', 'Wen', 'Ober', 'Ried', 'Lau', 'Schwar', 'Kess', 'Tann'],
    l2: ['mann', 'er', 'hofer', 'bach', 'ler', 'inger', 'meier', 'berg', 'wald', 'ke', 'huber'],
  },
  fr: {
    f1: ['Ma', 'Lo', 'Ber', 'Cla', 'Gé', 'Hé', 'Je', 'Ro', 'Sy', 'Ai', 'Ju', 'Éli', 'Pau'],
    f2: ['rine', 'dine', 'nard', 'lie', 'raud', 'lène', 'rôme', 'ric', 'lvain', 'mée', 'lien'],
    l1: ['Dela', 'Bou', 'Mar', 'Gi', 'Cha', 'Fon', 'Ver', 'Rou', 'Bel', 'Lan', 'Mor', 'Thi'],
    l2: ['court', 'vier', 'chand', 'rard', 'ssier', 'teau', 'taine', 'nier', 'quet', 'ville'],
  },
  es: {
    f1: ['Al', 'Mar', 'Ro', 'Fe', 'Lu', 'Ca', 'Jo', 'Sa', 'Gua', 'Ig', 'Ne', 'Ma', 'Eu'],
    f2: ['fonso', 'isol', 'drigo', 'lipe', 'cía', 'talina', 'aquín', 'sario', 'lvador', 'nacio'],
    l1: ['Al', 'Ber', 'Ca', 'Fer', 'Gal', 'Men', 'Ose', 'Qui', 'Var', 'Za', 'Ur', 'Ri', 'Tor'],
    l2: ['varado', 'múdez', 'brera', 'nández', 'indo', 'doza', 'rio', 'roga', 'gas', 'mora', 'ibe'],
  },
};

const PARTICLES: Record<Lang, string[]> = {
  en: ['Van der ', 'De ', 'Mac', "O'"],
  de: ['von ', 'van ', 'von der ', 'zu '],
  fr: ['de ', 'Le ', 'du ', 'de La '],
  es: ['de la ', 'del ', 'de ', 'de los '],
};

interface Person {
  first: string;
  last: string;
  /** Second surname (Spanish). */
  last2: string;
  middle: string;
  src: Source;
  female: boolean;
}

// ---------------------------------------------------------------------------------------------
// Context

class Ctx {
  readonly b = new B();
  constructor(
    readonly r: Rng,
    readonly lang: Lang,
    readonly cc: Country,
  ) {}

  /** Pick a label by language. */
  L(en: string, de: string, fr: string, es: string): string {
    return this.lang === 'en' ? en : this.lang === 'de' ? de : this.lang === 'fr' ? fr : es;
  }

  person(): Person {
    const r = this.r;
    const female = r.chance(0.5);
    let first: string;
    let last: string;
    let last2: string;
    let src: Source;
    if (r.chance(0.25)) {
      const s = SYL[this.lang];
      first = r.pick(s.f1) + r.pick(s.f2);
      last = r.pick(s.l1) + r.pick(s.l2);
      last2 = r.pick(s.l1) + r.pick(s.l2);
      src = 'invented';
    } else {
      const src0 = this.cc;
      const d = nameDefs(src0);
      const fl = female ? d.firstF : d.firstM;
      first = r.pick(fl.length > 0 ? fl : d.first);
      last = r.pick(d.last);
      last2 = r.pick(d.last);
      src = 'listed';
    }
    if (r.chance(0.07)) {
      const p = r.pick(PARTICLES[this.lang]);
      last = p + last;
    }
    const middle = r.pick('ABCDEFGHJKLMNPRSTW'.split(''));
    return { first, last, last2, middle, src, female };
  }

  /** Write a person's name as one span in the given form. */
  name(p: Person, form?: NameForm): this {
    this.b.e('PERSON', fmtName(p, form ?? this.nameForm(), this.lang), p.src);
    return this;
  }

  nameForm(): NameForm {
    return this.r.pick(['fl', 'fl', 'fl', 'fml', 'lf', 'LF', 'ini'] as const);
  }

  nameVal(p: Person, form?: NameForm): Val {
    return E('PERSON', fmtName(p, form ?? this.nameForm(), this.lang), p.src);
  }
}

type NameForm = 'fl' | 'fml' | 'lf' | 'LF' | 'ini' | 'f' | 'fll';

function fmtName(p: Person, form: NameForm, lang: Lang): string {
  const last = lang === 'es' && form === 'fll' ? p.last : p.last;
  switch (form) {
    case 'fl':
      return `${p.first} ${last}`;
    case 'fml':
      return `${p.first} ${p.middle}. ${last}`;
    case 'lf':
      return `${last}, ${p.first}`;
    case 'LF':
      return `${last.toUpperCase()} ${p.first}`;
    case 'ini':
      // "M. Dupont" would read as "Monsieur Dupont": keep the full first name then.
      return p.first.startsWith('M') ? `${p.first} ${last}` : `${p.first[0]!}. ${last}`;
    case 'f':
      return p.first;
    case 'fll':
      return `${p.first} ${p.last} ${p.last2}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Value generators

function fold(s: string): string {
  return s
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

const MAIL_DOMAINS: Record<Country, string[]> = {
  US: ['gmail.com', 'outlook.com', 'yahoo.com', 'acme-corp.com', 'northwind.io'],
  GB: ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'brightlane.co.uk'],
  CA: ['gmail.com', 'rogers.com', 'shaw.ca', 'mapleworks.ca'],
  DE: ['web.de', 'gmx.de', 't-online.de', 'mueller-logistik.de', 'posteo.de'],
  AT: ['gmx.at', 'aon.at', 'chello.at', 'alpenbau.at'],
  CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'seetal-ag.ch'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'atelier-lumiere.fr'],
  BE: ['skynet.be', 'telenet.be', 'proximus.be', 'gmail.com'],
  CHF: ['bluewin.ch', 'romandie-net.ch', 'gmail.com'],
  ES: ['gmail.com', 'telefonica.net', 'hotmail.es', 'yahoo.es', 'grupo-iberval.es'],
  MX: ['gmail.com', 'prodigy.net.mx', 'hotmail.com', 'yahoo.com.mx'],
};

function email(c: Ctx, p: Person): string {
  const r = c.r;
  const f = fold(p.first);
  const l = fold(p.last);
  const local = r.pick([
    `${f}.${l}`,
    `${f[0]!}${l}`,
    `${f}_${l}`,
    `${l}.${f}`,
    `${f}.${l}+${r.pick(['news', 'crm', 'hr', 'billing'])}`,
    `${f}${r.int(1, 99)}`,
    `${l}${f[0]!}`,
  ]);
  return `${local}@${r.pick(MAIL_DOMAINS[c.cc])}`;
}

// Phones: national significant number generators and groupings per country.
function phoneNsn(c: Country, r: Rng): { nsn: string; mobile: boolean } {
  switch (c) {
    case 'US':
    case 'CA': {
      const npa =
        c === 'US'
          ? r.pick(['212', '312', '415', '617', '303', '206', '512', '704', '305', '404', '214'])
          : r.pick(['416', '647', '604', '778', '514', '438', '403', '587', '613', '902']);
      let ex = '';
      do ex = String(r.int(201, 989));
      while (ex === '555' || ex.endsWith('11'));
      return { nsn: npa + ex + r.digits(4), mobile: false };
    }
    case 'GB':
      return r.chance(0.5)
        ? { nsn: '7' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8), mobile: true }
        : {
            nsn: r.pick([
              '20' + r.pick(['7', '3', '8']) + r.digits(7),
              '161' + String(r.int(2, 9)) + r.digits(6),
              '113' + String(r.int(2, 9)) + r.digits(6),
            ]),
            mobile: false,
          };
    case 'DE':
      return r.chance(0.45)
        ? {
            nsn:
              r.pick(['151', '152', '157', '160', '170', '171', '176']) +
              r.digits(r.chance(0.5) ? 7 : 8),
            mobile: true,
          }
        : {
            nsn: r.pick([
              '30' + String(r.int(2, 9)) + r.digits(7),
              '89' + String(r.int(2, 9)) + r.digits(6),
              '40' + String(r.int(2, 9)) + r.digits(7),
              '221' + String(r.int(2, 9)) + r.digits(6),
              '69' + String(r.int(2, 9)) + r.digits(7),
            ]),
            mobile: false,
          };
    case 'AT':
      return r.chance(0.5)
        ? { nsn: r.pick(['664', '676', '650', '699']) + r.digits(7), mobile: true }
        : {
            nsn: r.pick([
              '1' + String(r.int(2, 9)) + r.digits(6),
              '316' + String(r.int(2, 9)) + r.digits(5),
              '512' + String(r.int(2, 9)) + r.digits(5),
            ]),
            mobile: false,
          };
    case 'CH':
    case 'CHF':
      return r.chance(0.5)
        ? {
            nsn: r.pick(['76', '77', '78', '79']) + String(r.int(2, 9)) + r.digits(6),
            mobile: true,
          }
        : {
            nsn:
              (c === 'CH' ? r.pick(['44', '31', '61', '41']) : r.pick(['22', '21', '32', '27'])) +
              String(r.int(2, 9)) +
              r.digits(6),
            mobile: false,
          };
    case 'FR':
      return r.chance(0.5)
        ? { nsn: r.pick(['6', '7']) + String(r.int(1, 9)) + r.digits(7), mobile: true }
        : { nsn: String(r.int(1, 5)) + String(r.int(1, 9)) + r.digits(7), mobile: false };
    case 'BE':
      return r.chance(0.5)
        ? {
            nsn:
              r.pick(['470', '471', '472', '475', '476', '477', '478', '479', '485', '496']) +
              r.digits(6),
            mobile: true,
          }
        : {
            nsn: r.pick([
              '2' + String(r.int(2, 9)) + r.digits(6),
              '9' + String(r.int(2, 9)) + r.digits(6),
              '4' + String(r.int(2, 4)) + r.digits(6),
            ]),
            mobile: false,
          };
    case 'ES':
      return r.chance(0.55)
        ? { nsn: r.pick(['6', '7']) + String(r.int(0, 9)) + r.digits(7), mobile: true }
        : {
            nsn: r.pick(['91', '93', '96', '95', '94']) + String(r.int(2, 9)) + r.digits(6),
            mobile: false,
          };
    case 'MX':
      return {
        nsn: r.pick(['55', '33', '81']) + String(r.int(1, 9)) + r.digits(7),
        mobile: r.chance(0.5),
      };
  }
}

function grp(s: string, sizes: number[], sep = ' '): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
}

function fmtPhone(c: Country, nsn: string, intl: boolean, r: Rng): string {
  switch (c) {
    case 'US':
    case 'CA': {
      const a = nsn.slice(0, 3);
      const b = nsn.slice(3, 6);
      const d = nsn.slice(6);
      if (intl)
        return r.pick([
          `+1 ${a}-${b}-${d}`,
          `+1 (${a}) ${b}-${d}`,
          `+1${nsn}`,
          `+1 ${a} ${b} ${d}`,
        ]);
      return r.pick([`(${a}) ${b}-${d}`, `${a}-${b}-${d}`, `${a}.${b}.${d}`, `${a} ${b} ${d}`]);
    }
    case 'GB': {
      const sizes = nsn.startsWith('7') ? [4, 6] : nsn.startsWith('20') ? [2, 4, 4] : [3, 3, 4];
      return intl
        ? r.chance(0.3)
          ? `+44${nsn}`
          : `+44 ${grp(nsn, sizes)}`
        : `0${grp(nsn, sizes[0] === 4 ? [4, 6] : sizes)}`.replace(/^0(\d{4}) /, '0$1 ');
    }
    case 'DE': {
      const ac = nsn.startsWith('1')
        ? 3
        : nsn.startsWith('30') ||
            nsn.startsWith('40') ||
            nsn.startsWith('89') ||
            nsn.startsWith('69')
          ? 2
          : 3;
      const a = nsn.slice(0, ac);
      const rest = nsn.slice(ac);
      if (intl)
        return r.pick([`+49 ${a} ${rest}`, `+49 (0)${a} ${rest}`, `+49${nsn}`, `+49-${a}-${rest}`]);
      return r.pick([`0${a} ${rest}`, `0${a}/${rest}`, `0${a}-${rest}`, `(0${a}) ${rest}`]);
    }
    case 'AT': {
      const ac = nsn.startsWith('1') ? 1 : 3;
      const a = nsn.slice(0, ac);
      const rest = nsn.slice(ac);
      return intl
        ? r.pick([`+43 ${a} ${rest}`, `+43${nsn}`])
        : r.pick([`0${a} ${rest}`, `0${a}/${rest}`]);
    }
    case 'CH':
    case 'CHF': {
      const g = grp(nsn, [2, 3, 2, 2]);
      return intl ? r.pick([`+41 ${g}`, `+41${nsn}`]) : `0${g}`;
    }
    case 'FR':
      return intl
        ? r.pick([`+33 ${grp(nsn, [1, 2, 2, 2, 2])}`, `+33${nsn}`])
        : r.pick([
            grp('0' + nsn, [2, 2, 2, 2, 2]),
            grp('0' + nsn, [2, 2, 2, 2, 2], '.'),
            '0' + nsn,
          ]);
    case 'BE': {
      const mob = nsn.startsWith('4') && nsn.length === 9;
      const sizes = mob ? [3, 2, 2, 2] : nsn.startsWith('2') ? [1, 3, 2, 2] : [2, 2, 2, 2];
      return intl ? `+32 ${grp(nsn, sizes)}` : '0' + grp(nsn, sizes).replace(/^(\d+) /, '$1 ');
    }
    case 'ES': {
      const sizes = nsn.startsWith('6') || nsn.startsWith('7') ? [3, 3, 3] : [2, 3, 2, 2];
      return intl
        ? r.pick([`+34 ${grp(nsn, sizes)}`, `+34${nsn}`, `0034 ${grp(nsn, sizes)}`])
        : grp(nsn, sizes);
    }
    case 'MX': {
      const a = nsn.slice(0, 2);
      return intl
        ? r.pick([`+52 ${a} ${nsn.slice(2, 6)} ${nsn.slice(6)}`, `+52${nsn}`])
        : r.pick([
            `${a} ${nsn.slice(2, 6)} ${nsn.slice(6)}`,
            `(${a}) ${nsn.slice(2, 6)} ${nsn.slice(6)}`,
          ]);
    }
  }
}

export function phoneIsValid(s: string, c: Country): boolean {
  const p = parsePhoneNumberFromString(s, region(c));
  return !!p && p.isValid() && p.country === region(c);
}

function phone(c: Ctx, intl?: boolean): string {
  const want = intl ?? c.r.chance(0.45);
  for (let i = 0; i < 60; i++) {
    const { nsn } = phoneNsn(c.cc, c.r);
    const s = fmtPhone(c.cc, nsn, want, c.r);
    if (phoneIsValid(s, c.cc)) return s;
  }
  throw new Error(`no valid phone for ${c.cc}`);
}

/** E.164 phone for machine formats. */
function phoneE164(c: Ctx): string {
  for (let i = 0; i < 60; i++) {
    const { nsn } = phoneNsn(c.cc, c.r);
    const cc = {
      US: '1',
      CA: '1',
      GB: '44',
      DE: '49',
      AT: '43',
      CH: '41',
      CHF: '41',
      FR: '33',
      BE: '32',
      ES: '34',
      MX: '52',
    }[c.cc];
    const s = `+${cc}${nsn}`;
    if (phoneIsValid(s, c.cc)) return s;
  }
  throw new Error('no phone');
}

// Addresses ------------------------------------------------------------------------------------

interface Addr {
  /** Street line (street + number, + flat). */
  street: string;
  zip: string;
  city: string;
  region: string;
  /** Whole address on one line, street line through ZIP/city. */
  full: string;
}

const GB_CITIES: [string, string][] = [
  ['London', 'SW1A'],
  ['London', 'N1'],
  ['Leeds', 'LS6'],
  ['Manchester', 'M14'],
  ['Bristol', 'BS8'],
  ['Glasgow', 'G12'],
  ['Cardiff', 'CF10'],
  ['Sheffield', 'S10'],
  ['Nottingham', 'NG7'],
  ['Edinburgh', 'EH3'],
  ['York', 'YO1'],
];
const ES_CITIES: [string, string][] = [
  ['Madrid', '28'],
  ['Barcelona', '08'],
  ['Valencia', '46'],
  ['Sevilla', '41'],
  ['Zaragoza', '50'],
  ['Málaga', '29'],
  ['Bilbao', '48'],
  ['Murcia', '30'],
  ['Valladolid', '47'],
  ['Granada', '18'],
  ['Alicante', '03'],
  ['Salamanca', '37'],
];
const ES_STREETS = [
  'Mayor',
  'de Alcalá',
  'Gran Vía',
  'del Carmen',
  'de Serrano',
  'San Bernardo',
  'de la Paz',
  'Real',
  'de Goya',
  'del Sol',
  'Princesa',
  'de Toledo',
  'Nueva',
  'de Cervantes',
  'del Pilar',
];
const MX_STREETS = [
  'Insurgentes Sur',
  'Reforma',
  'Revolución',
  'Juárez',
  'Hidalgo',
  'Morelos',
  'Vallarta',
  'Constitución',
  'Universidad',
  'Miguel Ángel de Quevedo',
  'Chapultepec',
];
const MX_COLONIAS = [
  'Del Valle',
  'Roma Norte',
  'Condesa',
  'Narvarte',
  'Polanco',
  'Centro',
  'Americana',
  'Providencia',
];
const MX_CITIES: [string, string, string][] = [
  ['Ciudad de México', 'CDMX', '0'],
  ['Guadalajara', 'Jal.', '44'],
  ['Monterrey', 'N.L.', '64'],
  ['Puebla', 'Pue.', '72'],
  ['Querétaro', 'Qro.', '76'],
];
const CA_CITIES: [string, string, string][] = [
  ['Toronto', 'ON', 'M'],
  ['Ottawa', 'ON', 'K'],
  ['Vancouver', 'BC', 'V'],
  ['Calgary', 'AB', 'T'],
  ['Montréal', 'QC', 'H'],
  ['Halifax', 'NS', 'B'],
  ['Winnipeg', 'MB', 'R'],
];
const FR_CH_ST = [
  'Rue du Rhône',
  'Avenue de la Gare',
  'Chemin des Vignes',
  'Rue de Lausanne',
  'Route de Chêne',
  'Rue du Marché',
];
const BE_NL_ST = ['Kerkstraat', 'Stationsstraat', 'Dorpsstraat', 'Molenstraat', 'Nieuwstraat'];

function loc(c: Country): NonNullable<Faker['rawDefinitions']['location']> {
  return FAKERS[c].rawDefinitions.location!;
}

function address(c: Ctx): Addr {
  const r = c.r;
  const L = (cc: Country) => loc(cc);
  const pickS = (a: readonly string[] | undefined, fb: string): string =>
    a && a.length > 0 ? r.pick(a) : fb;
  switch (c.cc) {
    case 'US': {
      const base = r.chance(0.5)
        ? r.pick(nameDefs('US').last)
        : r.pick([
            'Maple',
            'Oak',
            'Cedar',
            'Lincoln',
            'Lake',
            'Hill',
            'Park',
            'Washington',
            'Elm',
            'Sunset',
          ]);
      const street =
        `${r.int(10, 9899)} ${base} ${r.pick(['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Blvd', 'Dr', 'Ln', 'Ct'])}` +
        (r.chance(0.25)
          ? `, ${r.pick(['Apt', 'Suite', 'Unit', '#'])} ${r.int(1, 40)}${r.pick(['', 'A', 'B', 'C'])}`.replace(
              '# ',
              '#',
            )
          : '');
      const city = pickS(L('US').city_name as string[] | undefined, 'Springfield');
      const st = pickS(L('US').state_abbr as string[] | undefined, 'IL');
      const zip = String(r.int(10001, 98999));
      return { street, zip, city, region: st, full: `${street}, ${city}, ${st} ${zip}` };
    }
    case 'GB': {
      const [city, pc] = r.pick(GB_CITIES);
      const street = `${r.chance(0.2) ? `Flat ${r.int(1, 12)}, ` : ''}${r.int(1, 220)} ${r.pick(['Church', 'Victoria', 'Park', 'Mill', 'Queen', 'Station', 'Albert', 'Grange', r.pick(nameDefs('GB').last)])} ${r.pick(['Road', 'Street', 'Lane', 'Close', 'Avenue', 'Drive', 'Gardens', 'Terrace'])}`;
      const zip = `${pc} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
      return { street, zip, city, region: '', full: `${street}, ${city} ${zip}` };
    }
    case 'CA': {
      const [city, prov, fsa] = r.pick(CA_CITIES);
      const street = `${r.int(5, 4999)} ${r.pick(['King', 'Queen', 'Yonge', 'Bloor', 'Main', 'Elgin', 'Robson', 'Jasper', 'Portage'])} ${r.pick(['St', 'Ave', 'Rd', 'Blvd'])}${r.chance(0.3) ? ` ${r.pick(['W', 'E', 'N'])}` : ''}${r.chance(0.2) ? `, Unit ${r.int(100, 2400)}` : ''}`;
      const L2 = 'ABCEGHJKLMNPRSTVXY';
      const zip = `${fsa}${r.int(1, 9)}${r.chars(1, L2)} ${r.int(0, 9)}${r.chars(1, L2)}${r.int(0, 9)}`;
      return { street, zip, city, region: prov, full: `${street}, ${city}, ${prov} ${zip}` };
    }
    case 'DE': {
      const street = `${pickS(L('DE').street_name as string[] | undefined, 'Hauptstraße')} ${r.int(1, 180)}${r.chance(0.15) ? r.pick(['a', 'b', 'c']) : ''}`;
      const zip = String(r.int(1067, 99998)).padStart(5, '0');
      const city = pickS(L('DE').city_name as string[] | undefined, 'Berlin');
      return { street, zip, city, region: '', full: `${street}, ${zip} ${city}` };
    }
    case 'AT': {
      const sn = pickS(L('AT').street_name as string[] | undefined, 'Hauptstraße').replace(
        / \(.*\)$/,
        '',
      );
      const street = `${sn} ${r.int(1, 120)}${r.chance(0.35) ? `/${r.int(1, 24)}` : ''}`;
      const zip = String(r.int(1010, 9992));
      const city =
        zip.startsWith('1') && r.chance(0.6)
          ? 'Wien'
          : pickS(L('AT').city_name as string[] | undefined, 'Graz');
      return { street, zip, city, region: '', full: `${street}, ${zip} ${city}` };
    }
    case 'CH': {
      const street = `${pickS(L('CH').street_name as string[] | undefined, 'Bahnhofstrasse')} ${r.int(1, 140)}`;
      const zip = String(r.int(1000, 9658));
      const city = pickS(L('CH').city_name as string[] | undefined, 'Zürich');
      return { street, zip, city, region: '', full: `${street}, ${zip} ${city}` };
    }
    case 'CHF': {
      const street = `${r.pick(FR_CH_ST)} ${r.int(1, 90)}`;
      const zip = String(r.int(1200, 2999));
      const city = r.pick([
        'Genève',
        'Lausanne',
        'Neuchâtel',
        'Fribourg',
        'Sion',
        'Montreux',
        'Nyon',
      ]);
      return { street, zip, city, region: '', full: `${street}, ${zip} ${city}` };
    }
    case 'FR': {
      const fr = L('FR');
      const street = `${r.int(1, 180)}${r.chance(0.1) ? ' bis' : ''} ${pickS(fr.street_prefix as string[] | undefined, 'rue').toLowerCase()} ${pickS(fr.street_suffix as string[] | undefined, 'de Paris')}`;
      const zip = String(r.int(1000, 95999)).padStart(5, '0');
      const city = pickS(fr.city_name as string[] | undefined, 'Lyon');
      return { street, zip, city, region: '', full: `${street}, ${zip} ${city}` };
    }
    case 'BE': {
      const be = L('BE');
      const street = r.chance(0.7)
        ? `${pickS(be.street_prefix as string[] | undefined, 'Rue')} ${pickS(be.street_suffix as string[] | undefined, 'de la Loi')} ${r.int(1, 250)}`
        : `${r.pick(BE_NL_ST)} ${r.int(1, 150)}`;
      const zip = String(r.int(1000, 9992));
      const city = r.pick([
        'Bruxelles',
        'Liège',
        'Namur',
        'Charleroi',
        'Mons',
        'Louvain-la-Neuve',
        'Wavre',
        'Ixelles',
      ]);
      return { street, zip, city, region: '', full: `${street}, ${zip} ${city}` };
    }
    case 'ES': {
      const [city, pre] = r.pick(ES_CITIES);
      const kind = r.pick(['Calle', 'C/', 'Avda.', 'Avenida', 'Plaza', 'Paseo']);
      const street = `${kind} ${r.pick(ES_STREETS)}, ${r.int(1, 160)}${r.chance(0.5) ? `, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}` : ''}`;
      const zip = pre + String(r.int(1, 999)).padStart(3, '0');
      return { street, zip, city, region: '', full: `${street}, ${zip} ${city}` };
    }
    case 'MX': {
      const [city, st, pre] = r.pick(MX_CITIES);
      const street = `${r.pick(['Av.', 'Calle', 'Calz.', 'Blvd.'])} ${r.pick(MX_STREETS)} ${r.int(10, 4999)}${r.chance(0.3) ? ` Int. ${r.int(1, 30)}` : ''}, Col. ${r.pick(MX_COLONIAS)}`;
      const zip = (pre + r.digits(5)).slice(0, 5);
      return { street, zip, city, region: st, full: `${street}, ${zip} ${city}, ${st}` };
    }
  }
}

// IBAN / cards / SSN -----------------------------------------------------------------------------

function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}

export function ibanValid(iban: string): boolean {
  const c = iban.replace(/ /g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && mod97(c.slice(4) + c.slice(0, 4)) === 1;
}

function ibanCountry(c: Country): string {
  return {
    US: 'IE',
    GB: 'GB',
    CA: 'GB',
    DE: 'DE',
    AT: 'AT',
    CH: 'CH',
    CHF: 'CH',
    FR: 'FR',
    BE: 'BE',
    ES: 'ES',
    MX: 'ES',
  }[c];
}

function bban(cc: string, r: Rng): string {
  switch (cc) {
    case 'DE':
      return String(r.int(1, 8)) + r.digits(7) + r.digits(10);
    case 'AT':
      return String(r.int(1, 9)) + r.digits(4) + r.digits(11);
    case 'CH':
      return '00' + String(r.int(2, 9)) + r.digits(2) + r.digits(12);
    case 'GB':
    case 'IE':
      return (
        (cc === 'GB'
          ? r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'])
          : r.pick(['AIBK', 'BOFI'])) +
        r.digits(6) +
        r.digits(8)
      );
    case 'FR': {
      const bank = r.pick(['30003', '30004', '20041', '10107', '30002', '18206']);
      const br = r.digits(5);
      const acct = r.digits(11);
      const key = 97 - ((89 * Number(bank) + 15 * Number(br) + 3 * (Number(acct) % 97)) % 97);
      return bank + br + acct + String(key).padStart(2, '0');
    }
    case 'BE': {
      const ten = String(r.int(0, 9)) + r.digits(9);
      let k = Number(BigInt(ten) % 97n);
      if (k === 0) k = 97;
      return ten + String(k).padStart(2, '0');
    }
    case 'ES': {
      const bank = r.pick(['2100', '0049', '0182', '0081', '2038', '0128']);
      const br = r.digits(4);
      const acct = r.digits(10);
      const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
      const cd = (s: string): number => {
        const v = 11 - (s.split('').reduce((a, d, i) => a + Number(d) * w[i]!, 0) % 11);
        return v === 11 ? 0 : v === 10 ? 1 : v;
      };
      return bank + br + String(cd('00' + bank + br)) + String(cd(acct)) + acct;
    }
    default:
      return r.digits(18);
  }
}

function ibanCompact(cc: string, r: Rng): string {
  const b = bban(cc, r);
  const chk = 98 - mod97(b + cc + '00');
  return cc + String(chk).padStart(2, '0') + b;
}

function ibanFmt(compact: string, r: Rng, grouped?: boolean): string {
  return (grouped ?? r.chance(0.5)) ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
}

function iban(c: Ctx, grouped?: boolean): string {
  return ibanFmt(ibanCompact(ibanCountry(c.cc), c.r), c.r, grouped);
}

function ibanInvalid(c: Ctx): string {
  const v = ibanCompact(ibanCountry(c.cc), c.r);
  const chk = Number(v.slice(2, 4));
  const bad = ((chk + c.r.int(1, 80)) % 97) + 2;
  const s = v.slice(0, 2) + String(bad > 98 ? 3 : bad).padStart(2, '0') + v.slice(4);
  return ibanValid(s) ? s.slice(0, -1) + String((Number(s.slice(-1)) + 1) % 10) : ibanFmt(s, c.r);
}

export function luhnValid(s: string): boolean {
  const d = s.replace(/[ -]/g, '');
  if (!/^\d{13,19}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return sum % 10 === 0;
}

function cardDigits(r: Rng): string {
  const kind = r.int(0, 5);
  const prefix =
    kind <= 1
      ? '4'
      : kind === 2
        ? String(r.int(51, 55))
        : kind === 3
          ? String(r.int(2221, 2720))
          : kind === 4
            ? r.pick(['34', '37'])
            : '6011';
  const len = kind === 4 ? 15 : 16;
  const body = prefix + r.digits(len - 1 - prefix.length);
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}

function cardFmt(d: string, r: Rng): string {
  const sep = r.pick(['', ' ', '-', ' ']);
  if (!sep) return d;
  return d.length === 15 ? grp(d, [4, 6, 5], sep) : grp(d, [4, 4, 4, 4], sep);
}

function card(c: Ctx): string {
  return cardFmt(cardDigits(c.r), c.r);
}

function cardLookalike(c: Ctx): string {
  const d = cardDigits(c.r);
  const last = (Number(d.slice(-1)) + c.r.int(1, 9)) % 10;
  return cardFmt(d.slice(0, -1) + String(last), c.r);
}

function ssn(c: Ctx): string {
  let a: number;
  do a = c.r.int(1, 899);
  while (a === 666);
  const s = `${String(a).padStart(3, '0')}-${String(c.r.int(1, 99)).padStart(2, '0')}-${String(c.r.int(1, 9999)).padStart(4, '0')}`;
  return c.r.chance(0.1) ? s.replace(/-/g, ' ') : s;
}

export function ssnValid(s: string): boolean {
  const m = /^(\d{3})[- ](\d{2})[- ](\d{4})$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}

function ssnInvalid(c: Ctx): string {
  const a = c.r.pick(['000', '666', String(c.r.int(900, 999))]);
  return `${a}-${String(c.r.int(1, 99)).padStart(2, '0')}-${String(c.r.int(1, 9999)).padStart(4, '0')}`;
}

// IP, dates, URLs ---------------------------------------------------------------------------------

function ipv4(c: Ctx): string {
  const r = c.r;
  return r.pick([
    `${r.pick([81, 84, 91, 62, 178, 185, 213, 93, 145, 31, 77])}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    `192.168.${r.int(0, 20)}.${r.int(2, 254)}`,
    `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    `${r.int(11, 99)}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  ]);
}

function ipv6(c: Ctx): string {
  const r = c.r;
  const h = (): string => r.chars(r.int(1, 4), HEX).replace(/^0+(?=.)/, '');
  return r.chance(0.5)
    ? `2001:db8:${h()}:${h()}::${h()}`
    : `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}

function ip(c: Ctx): string {
  return c.r.chance(0.75) ? ipv4(c) : ipv6(c);
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

interface Ymd {
  y: number;
  m: number;
  d: number;
}
const p2 = (n: number): string => String(n).padStart(2, '0');

function ymd(r: Rng, y0: number, y1: number): Ymd {
  return { y: r.int(y0, y1), m: r.int(1, 12), d: r.int(1, 28) };
}

type DateStyle = 'iso' | 'local' | 'long' | 'compact' | 'any';

function fmtDate(c: Ctx, x: Ymd, style: DateStyle): string {
  const { y, m, d } = x;
  const iso = `${y}-${p2(m)}-${p2(d)}`;
  if (style === 'iso') return iso;
  if (style === 'compact') return `${y}${p2(m)}${p2(d)}`;
  const mon = MONTHS[c.lang][m - 1]!;
  const local = {
    en: c.cc === 'US' ? `${p2(m)}/${p2(d)}/${y}` : `${p2(d)}/${p2(m)}/${y}`,
    de: `${p2(d)}.${p2(m)}.${y}`,
    fr: `${p2(d)}/${p2(m)}/${y}`,
    es: `${p2(d)}/${p2(m)}/${y}`,
  }[c.lang];
  const long = {
    en: c.cc === 'US' ? `${mon} ${d}, ${y}` : `${d} ${mon} ${y}`,
    de: `${d}. ${mon} ${y}`,
    fr: `${d} ${mon} ${y}`,
    es: `${d} de ${mon} de ${y}`,
  }[c.lang];
  if (style === 'local') return local;
  if (style === 'long') return long;
  return c.r.pick([iso, local, local, long]);
}

function plainDate(c: Ctx, style: DateStyle = 'any'): string {
  return fmtDate(c, ymd(c.r, 2019, 2025), style);
}

function isoTs(c: Ctx): string {
  const r = c.r;
  const x = ymd(r, 2022, 2025);
  return `${x.y}-${p2(x.m)}-${p2(x.d)}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}${r.pick(['Z', '.000Z', '+01:00', '+02:00', `.${r.digits(3)}Z`])}`;
}

function epoch(c: Ctx): string {
  return String(c.r.int(1640995200, 1767225600));
}

function url(c: Ctx, p?: Person): string {
  const r = c.r;
  const slug = p ? `${fold(p.first)}-${fold(p.last)}` : r.chars(8, LOW);
  return r.pick([
    `https://www.linkedin.com/in/${slug}-${r.chars(6, HEX)}`,
    `https://crm.${r.pick(['northwind.io', 'acme-corp.com', 'brightlane.co.uk', 'alpenbau.at', 'iberval.es'])}/contacts/${r.int(10000, 99999)}?tab=${r.pick(['overview', 'activity', 'deals'])}`,
    `https://cdn.${r.pick(['example-cdn.net', 'static-img.io'])}/avatars/${r.chars(12, HEX)}.png`,
    `http://intranet.${r.pick(['firma.local', 'corp.lan'])}/people/${slug}`,
    `https://github.com/${slug}`,
    `https://calendly.com/${slug}/30min`,
  ]);
}

// Secrets -----------------------------------------------------------------------------------------

function awsKey(c: Ctx): string {
  return c.r.pick(['AKIA', 'AKIA', 'ASIA']) + c.r.chars(16, UP + '234567');
}
function awsSecret(c: Ctx): string {
  return c.r.chars(40, B64);
}
function ghToken(c: Ctx): string {
  return c.r.chance(0.75)
    ? c.r.pick(['ghp_', 'gho_', 'ghs_']) + c.r.chars(36, ALNUM)
    : `github_pat_${c.r.chars(22, ALNUM)}_${c.r.chars(59, ALNUM)}`;
}
function slackToken(c: Ctx): string {
  return `${c.r.pick(['xoxb', 'xoxp'])}-${c.r.digits(12)}-${c.r.digits(13)}-${c.r.chars(24, ALNUM)}`;
}
function b64url(s: string): string {
  return Buffer.from(s, 'utf8')
    .toString('base64')
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}
function jwt(c: Ctx): string {
  const alg = c.r.pick(['HS256', 'RS256']);
  const h = b64url(JSON.stringify({ alg, typ: 'JWT' }));
  const pl = b64url(
    JSON.stringify({
      sub: String(c.r.int(1000, 999999)),
      iat: Number(epoch(c)),
      scope: c.r.pick(['read', 'read write', 'admin']),
    }),
  );
  return `${h}.${pl}.${c.r.chars(alg === 'HS256' ? 43 : 86, ALNUM + '-_')}`;
}
function pem(c: Ctx, nl = '\n'): string {
  const kind = c.r.pick([
    'RSA PRIVATE KEY',
    'PRIVATE KEY',
    'EC PRIVATE KEY',
    'OPENSSH PRIVATE KEY',
  ]);
  const lines: string[] = [];
  const n = c.r.int(4, 9);
  for (let i = 0; i < n; i++) lines.push(c.r.chars(i === n - 1 ? c.r.int(12, 60) : 64, B64));
  return `-----BEGIN ${kind}-----${nl}${lines.join(nl)}${nl}-----END ${kind}-----`;
}
function secret(c: Ctx): string {
  const r = c.r;
  return r.pick([
    r.chars(r.int(32, 44), ALNUM),
    r.chars(r.pick([32, 40]), HEX),
    `sk_live_${r.chars(r.int(24, 32), ALNUM)}`,
    r.chars(r.int(32, 40), ALNUM),
  ]);
}

// Hard negatives ---------------------------------------------------------------------------------

function uuid(c: Ctx): string {
  const h = (n: number): string => c.r.chars(n, HEX);
  return `${h(8)}-${h(4)}-4${h(3)}-${c.r.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
}
function version(c: Ctx, ipLike?: boolean): string {
  const r = c.r;
  return (ipLike ?? r.chance(0.4))
    ? `${r.int(1, 20)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(1, 250)}`
    : r.pick([
        `${r.int(0, 12)}.${r.int(0, 40)}.${r.int(0, 20)}`,
        `v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}`,
        `${r.int(1, 5)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`,
      ]);
}
function orderNo(c: Ctx): string {
  const r = c.r;
  return r.pick([
    `ORD-${r.int(2021, 2025)}-${r.digits(6)}`,
    `${r.pick(['BE', 'AU', 'PO', 'RE', 'FA', 'PED'])}-${r.digits(4)}-${r.digits(4)}`,
    `45${r.digits(8)}`,
    `#${r.digits(7)}`,
    `${r.chars(3, UP)}${r.digits(9)}`,
  ]);
}
function price(c: Ctx): string {
  const r = c.r;
  const v = r.int(1, 4999);
  const cents = p2(r.int(0, 99));
  const th = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return c.lang === 'en'
    ? r.pick([`$${th(v, ',')}.${cents}`, `£${th(v, ',')}.${cents}`, `${th(v, ',')}.${cents}`])
    : r.pick([
        `${th(v, '.')},${cents} €`,
        `${v},${cents}`,
        `€${v},${cents}`,
        `${th(v, '.')},${cents} EUR`,
      ]);
}
function isbn(c: Ctx): string {
  const body = '978' + c.r.pick(['3', '2', '84', '0', '1']);
  const rest = c.r.digits(12 - body.length);
  const d = body + rest;
  const s = d.split('').reduce((a, x, i) => a + Number(x) * (i % 2 ? 3 : 1), 0);
  const chk = (10 - (s % 10)) % 10;
  const full = d + String(chk);
  return c.r.chance(0.5)
    ? full
    : `${full.slice(0, 3)}-${full.slice(3, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`;
}

const HOSTS = [
  'hermes',
  'Athena-01',
  'apollo-db-02',
  'zeus',
  'Mercury',
  'minerva-cache',
  'Juno-02',
  'odin',
  'freya-worker-3',
  'Diana',
  'castor',
  'pollux',
  'Vesta-lb',
];
const PRODUCTS = [
  'Renault Clio',
  'SEAT Leon',
  'SEAT Ibiza',
  'VW Polo',
  'Golf Variant',
  'Ford Mondeo',
  'Opel Astra',
  'Peugeot Partner',
  'ThinkPad X1 Carbon',
  'Galaxy S23',
  'Surface Pro',
  'Kindle Paperwhite',
  'Dyson V15',
  'Philips Hue',
  'Miele Classic C1',
  'Nespresso Vertuo',
  'Logitech MX Master',
];
const COMPANIES = [
  'Schmidt & Partner GmbH',
  'Bouygues Telecom',
  'Ferrer Internacional',
  'Morgan Stanley',
  'Sainsbury',
  'Carrefour',
  'Mercadona',
  'Siemens',
  'Henkel',
  'Michelin',
  'Dupont Logistique',
  'Baker Hughes',
  'Hugo Boss',
  'Ernst Kaufmann AG',
  'Marcel Dassault',
  'Inditex',
  'Sánchez Romero Abogados',
];
const USERNAMES = [
  'svc_backup',
  'dbadmin',
  'jenkins',
  'deploy-bot',
  'root',
  'ci-runner',
  'grafana',
  'postgres',
  'nagios',
  'sftp_upload',
  'api-gateway',
  'etl_nightly',
];
const TAGS = [
  'vip',
  'newsletter',
  'b2b',
  'churn-risk',
  'Lead',
  'Partner',
  'Sommer',
  'Printemps',
  'Navidad',
  'Charity',
  'Grace',
  'Hope',
];
const MONTH_WORDS = [
  'April',
  'May',
  'June',
  'August',
  'März',
  'Juni',
  'Avril',
  'Mai',
  'Junio',
  'Abril',
];

function notName(c: Ctx, pool?: readonly string[]): string {
  return c.r.pick(pool ?? [...HOSTS, ...PRODUCTS, ...COMPANIES, ...TAGS, ...MONTH_WORDS]);
}

function city(c: Ctx): string {
  return address(c).city;
}

// ---------------------------------------------------------------------------------------------
// Renderers

type Cell = Val | readonly Val[];
const cellVals = (c: Cell): readonly Val[] => (c instanceof Val ? [c] : c);
const cellText = (c: Cell): string =>
  cellVals(c)
    .map((v) => v.s)
    .join('');

function writeCell(b: B, c: Cell): void {
  for (const v of cellVals(c)) b.v(v);
}

function renderDelim(
  b: B,
  head: readonly string[],
  rows: readonly Cell[][],
  sep: string,
  quoteAll = false,
): void {
  const q = (t: string): boolean =>
    quoteAll || t.includes(sep) || t.includes('"') || t.includes('\n');
  b.t(head.map((h) => (q(h) ? `"${h}"` : h)).join(sep) + '\n');
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i > 0) b.t(sep);
      const quote = q(cellText(cell)) && cellText(cell) !== '';
      if (quote) b.t('"');
      writeCell(b, cell);
      if (quote) b.t('"');
    });
    b.t('\n');
  }
}

function widths(head: readonly string[], rows: readonly Cell[][]): number[] {
  return head.map((h, i) => Math.max(h.length, ...rows.map((r) => cellText(r[i] ?? P('')).length)));
}

function renderMd(b: B, head: readonly string[], rows: readonly Cell[][], pad = true): void {
  const w = pad ? widths(head, rows) : head.map(() => 0);
  b.t('| ' + head.map((h, i) => h.padEnd(w[i]!)).join(' | ') + ' |\n');
  b.t('|' + head.map((_, i) => '-'.repeat(Math.max(3, w[i]! + 2))).join('|') + '|\n');
  for (const row of rows) {
    b.t('|');
    row.forEach((cell, i) => {
      b.t(' ');
      writeCell(b, cell);
      b.t(' '.repeat(Math.max(0, w[i]! - cellText(cell).length)) + ' |');
    });
    b.t('\n');
  }
}

function renderAscii(b: B, head: readonly string[], rows: readonly Cell[][]): void {
  const w = widths(head, rows);
  const line = '+' + w.map((x) => '-'.repeat(x + 2)).join('+') + '+\n';
  b.t(line + '| ' + head.map((h, i) => h.padEnd(w[i]!)).join(' | ') + ' |\n' + line);
  for (const row of rows) {
    b.t('|');
    row.forEach((cell, i) => {
      b.t(' ');
      writeCell(b, cell);
      b.t(' '.repeat(w[i]! - cellText(cell).length) + ' |');
    });
    b.t('\n');
  }
  b.t(line);
}

function renderPsql(b: B, head: readonly string[], rows: readonly Cell[][]): void {
  const w = widths(head, rows);
  b.t(head.map((h, i) => ' ' + h.padEnd(w[i]!) + ' ').join('|') + '\n');
  b.t(w.map((x) => '-'.repeat(x + 2)).join('+') + '\n');
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i > 0) b.t('|');
      b.t(' ');
      writeCell(b, cell);
      b.t(' '.repeat(w[i]! - cellText(cell).length + 1));
    });
    b.t('\n');
  }
  b.t(`(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})\n`);
}

function renderFixed(b: B, head: readonly string[], rows: readonly Cell[][], under = '-'): void {
  const w = widths(head, rows).map((x) => x + 2);
  b.t(
    head
      .map((h, i) => h.toUpperCase().padEnd(w[i]!))
      .join('')
      .trimEnd() + '\n',
  );
  b.t(
    w
      .map((x) => under.repeat(x - 1) + ' ')
      .join('')
      .trimEnd() + '\n',
  );
  for (const row of rows) {
    row.forEach((cell, i) => {
      writeCell(b, cell);
      if (i < row.length - 1) b.t(' '.repeat(w[i]! - cellText(cell).length));
    });
    b.t('\n');
  }
}

type J = Val | number | boolean | null | readonly J[] | { readonly [k: string]: J };

function writeJson(b: B, j: J, ind: string | null, lvl = 0): void {
  const nl = ind === null ? '' : '\n' + ind.repeat(lvl + 1);
  const end = ind === null ? '' : '\n' + ind.repeat(lvl);
  const colon = ind === null ? ':' : ': ';
  if (j === null || typeof j === 'number' || typeof j === 'boolean') {
    b.t(String(j));
  } else if (j instanceof Val) {
    if (j.raw) b.v(j);
    else {
      b.t('"');
      b.v(j);
      b.t('"');
    }
  } else if (Array.isArray(j)) {
    const arr = j as readonly J[];
    if (arr.length === 0) {
      b.t('[]');
      return;
    }
    b.t('[');
    arr.forEach((x, i) => {
      if (i > 0) b.t(',');
      b.t(nl);
      writeJson(b, x, ind, lvl + 1);
    });
    b.t(end + ']');
  } else {
    const ent = Object.entries(j as Record<string, J>);
    b.t('{');
    ent.forEach(([k, v], i) => {
      if (i > 0) b.t(',');
      b.t(nl + JSON.stringify(k) + colon);
      writeJson(b, v, ind, lvl + 1);
    });
    b.t(end + '}');
  }
}

function yamlNeedsQuote(s: string): boolean {
  return (
    /^[\s@`'"!&*%|>{[#-]|: | #|^(yes|no|true|false|null|on|off)$/i.test(s) ||
    /^[\d.:+ -]+$/.test(s) ||
    s.includes(': ')
  );
}

function writeYaml(b: B, j: J, lvl = 0, inList = false): void {
  const ind = '  '.repeat(lvl);
  if (j === null || typeof j === 'number' || typeof j === 'boolean' || j instanceof Val) {
    if (j instanceof Val && !j.raw && yamlNeedsQuote(j.s)) {
      b.t('"').v(j).t('"');
    } else if (j instanceof Val) b.v(j);
    else b.t(j === null ? 'null' : String(j));
    b.t('\n');
  } else if (Array.isArray(j)) {
    for (const x of j as readonly J[]) {
      b.t(`${ind}- `);
      if (x !== null && typeof x === 'object' && !(x instanceof Val) && !Array.isArray(x))
        writeYaml(b, x, lvl + 1, true);
      else writeYaml(b, x, lvl + 1);
    }
  } else {
    Object.entries(j as Record<string, J>).forEach(([k, v], i) => {
      if (!(inList && i === 0)) b.t(ind);
      b.t(`${k}:`);
      if (v !== null && typeof v === 'object' && !(v instanceof Val)) {
        b.t('\n');
        writeYaml(b, v, Array.isArray(v) ? lvl : lvl + 1);
      } else {
        b.t(' ');
        writeYaml(b, v, lvl + 1);
      }
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Shared record pieces

interface PR {
  p: Person;
  email: string;
  phone: string;
  addr: Addr;
  dob: Ymd;
}

function pr(c: Ctx): PR {
  const p = c.person();
  return { p, email: email(c, p), phone: phone(c), addr: address(c), dob: ymd(c.r, 1944, 2008) };
}

/** Header labels: [snake, human, abbreviated] per language. */
const HD: Record<string, Record<Lang, [string, string, string]>> = {
  id: {
    en: ['id', 'ID', 'No.'],
    de: ['id', 'Nr.', 'Nr'],
    fr: ['id', 'N°', 'Num'],
    es: ['id', 'Nº', 'Núm'],
  },
  first: {
    en: ['first_name', 'First Name', 'FName'],
    de: ['vorname', 'Vorname', 'Vorn.'],
    fr: ['prenom', 'Prénom', 'Prén.'],
    es: ['nombre', 'Nombre', 'Nom.'],
  },
  last: {
    en: ['last_name', 'Last Name', 'LName'],
    de: ['nachname', 'Nachname', 'Nachn.'],
    fr: ['nom', 'Nom', 'NOM'],
    es: ['apellido1', 'Apellido1', 'Apell.1'],
  },
  last2: {
    en: ['middle_name', 'Middle', 'MI'],
    de: ['zweitname', 'Zweitname', 'Zw.'],
    fr: ['nom_usage', "Nom d'usage", 'N.usage'],
    es: ['apellido2', 'Apellido2', 'Apell.2'],
  },
  full: {
    en: ['full_name', 'Name', 'Cust. Name'],
    de: ['name', 'Name', 'Name'],
    fr: ['nom_complet', 'Nom complet', 'Nom/Prénom'],
    es: ['nombre_completo', 'Nombre completo', 'Nombre y apell.'],
  },
  email: {
    en: ['email', 'E-mail', 'Email'],
    de: ['email', 'E-Mail', 'Mail'],
    fr: ['courriel', 'Courriel', 'Mél'],
    es: ['correo', 'Correo electrónico', 'Email'],
  },
  phone: {
    en: ['phone', 'Phone', 'Tel.'],
    de: ['telefon', 'Telefon', 'Tel.'],
    fr: ['telephone', 'Téléphone', 'Tél.'],
    es: ['telefono', 'Teléfono', 'Tfno.'],
  },
  mobile: {
    en: ['mobile', 'Mobile', 'Cell'],
    de: ['mobil', 'Mobil', 'Handy'],
    fr: ['portable', 'Portable', 'Port.'],
    es: ['movil', 'Móvil', 'Móv.'],
  },
  dob: {
    en: ['dob', 'Date of Birth', 'DOB'],
    de: ['geburtsdatum', 'Geburtsdatum', 'Geb.-Dat.'],
    fr: ['date_naissance', 'Date de naissance', 'Né(e) le'],
    es: ['fecha_nacimiento', 'Fecha de nacimiento', 'F. nac.'],
  },
  addr: {
    en: ['address', 'Address', 'Addr.'],
    de: ['adresse', 'Anschrift', 'Adr.'],
    fr: ['adresse', 'Adresse', 'Adr.'],
    es: ['direccion', 'Dirección', 'Dir.'],
  },
  street: {
    en: ['street', 'Street', 'Str.'],
    de: ['strasse', 'Straße', 'Str.'],
    fr: ['rue', 'Voie', 'Rue'],
    es: ['calle', 'Calle', 'Dom.'],
  },
  zip: {
    en: ['zip', 'ZIP', 'ZIP'],
    de: ['plz', 'PLZ', 'PLZ'],
    fr: ['code_postal', 'Code postal', 'CP'],
    es: ['cp', 'Código postal', 'C.P.'],
  },
  city: {
    en: ['city', 'City', 'City'],
    de: ['ort', 'Ort', 'Ort'],
    fr: ['ville', 'Ville', 'Ville'],
    es: ['ciudad', 'Ciudad', 'Loc.'],
  },
  iban: {
    en: ['iban', 'IBAN', 'IBAN'],
    de: ['iban', 'IBAN', 'IBAN'],
    fr: ['iban', 'IBAN', 'IBAN'],
    es: ['iban', 'IBAN', 'IBAN'],
  },
  status: {
    en: ['status', 'Status', 'Stat.'],
    de: ['status', 'Status', 'Stat.'],
    fr: ['statut', 'Statut', 'Stat.'],
    es: ['estado', 'Estado', 'Est.'],
  },
  created: {
    en: ['created_at', 'Created', 'Created'],
    de: ['erstellt_am', 'Angelegt am', 'Angel.'],
    fr: ['cree_le', 'Créé le', 'Créé'],
    es: ['creado', 'Fecha alta', 'F. alta'],
  },
  company: {
    en: ['company', 'Company', 'Co.'],
    de: ['firma', 'Firma', 'Fa.'],
    fr: ['societe', 'Société', 'Sté'],
    es: ['empresa', 'Empresa', 'Emp.'],
  },
  amount: {
    en: ['amount', 'Amount', 'Amt'],
    de: ['betrag', 'Betrag', 'Betr.'],
    fr: ['montant', 'Montant', 'Mt'],
    es: ['importe', 'Importe', 'Imp.'],
  },
  salut: {
    en: ['title', 'Title', 'Ttl'],
    de: ['anrede', 'Anrede', 'Anr.'],
    fr: ['civilite', 'Civilité', 'Civ.'],
    es: ['tratamiento', 'Tratamiento', 'Trat.'],
  },
  joined: {
    en: ['joined', 'Member since', 'Since'],
    de: ['eintritt', 'Eintritt', 'Eintr.'],
    fr: ['adhesion', 'Adhésion', 'Adh.'],
    es: ['alta', 'Alta', 'Alta'],
  },
  version: {
    en: ['app_version', 'App version', 'Ver.'],
    de: ['app_version', 'App-Version', 'Vers.'],
    fr: ['version_app', 'Version appli', 'Vers.'],
    es: ['version_app', 'Versión app', 'Vers.'],
  },
};

function hd(c: Ctx, key: string, style: 0 | 1 | 2): string {
  return HD[key]![c.lang][style];
}

function salut(c: Ctx, p: Person): string {
  return p.female ? c.L('Ms', 'Frau', 'Mme', 'Sra.') : c.L('Mr', 'Herr', 'M.', 'Sr.');
}

function title(c: Ctx): string {
  return c.r.pick([
    c.L('Dr. ', 'Dr. ', 'Dr ', 'Dr. '),
    c.L('Prof. ', 'Prof. Dr. ', 'Pr ', 'Lic. '),
    c.L('Mrs. ', 'Dipl.-Ing. ', 'Me ', 'Dña. '),
  ]);
}

function status(c: Ctx): Val {
  const common = ['ACTIVE', 'PENDING', 'Gold', 'Silver', 'Premium', 'Trial'];
  const local = c.L(
    'Open|Closed|Won|Lost|SUSPENDED',
    'aktiv|gesperrt|gekündigt',
    'actif|résilié|suspendu',
    'activo|baja|suspendido',
  );
  return N('not_name', c.r.pick([...common, ...local.split('|')]));
}

// ---------------------------------------------------------------------------------------------
// Entity templates: tables

type Tpl = (c: Ctx) => void;

function rowsOf(c: Ctx, min: number, max: number, f: (i: number) => Cell[]): Cell[][] {
  const n = c.r.int(min, max);
  const out: Cell[][] = [];
  for (let i = 0; i < n; i++) out.push(f(i));
  return out;
}

const intro = (c: Ctx): void => {
  if (c.r.chance(0.5))
    c.b.t(
      c.r.pick([
        c.L(
          'Can you dedupe this export?\n\n',
          'Kannst du diesen Export bereinigen?\n\n',
          'Peux-tu dédoublonner cet export ?\n\n',
          '¿Puedes limpiar esta exportación?\n\n',
        ),
        c.L(
          'Import failed for these rows:\n',
          'Import fehlgeschlagen für diese Zeilen:\n',
          "Échec de l'import pour ces lignes :\n",
          'Fallo de importación en estas filas:\n',
        ),
        c.L(
          'Attached the list from the old system:\n',
          'Anbei die Liste aus dem Altsystem:\n',
          "Ci-joint la liste de l'ancien système :\n",
          'Adjunto la lista del sistema antiguo:\n',
        ),
      ]),
    );
};

const TABLES: [string, Tpl][] = [
  [
    'csv_contacts_snake',
    (c) => {
      intro(c);
      const head = [
        'id',
        hd(c, 'first', 0),
        hd(c, 'last', 0),
        hd(c, 'email', 0),
        hd(c, 'phone', 0),
        hd(c, 'company', 0),
        hd(c, 'status', 0),
        hd(c, 'created', 0),
      ];
      renderDelim(
        c.b,
        head,
        rowsOf(c, 2, 5, () => {
          const x = pr(c);
          return [
            P(String(c.r.int(1000, 99999))),
            E('PERSON', x.p.first, x.p.src),
            E('PERSON', x.p.last, x.p.src),
            E('EMAIL', x.email),
            E('PHONE', x.phone),
            N('not_name', notName(c, COMPANIES)),
            status(c),
            N('timestamp', isoTs(c)),
          ];
        }),
        ',',
      );
    },
  ],
  [
    'csv_contacts_loc',
    (c) => {
      intro(c);
      const head = [
        hd(c, 'salut', 1),
        hd(c, 'first', 1),
        hd(c, 'last', 1),
        hd(c, 'addr', 1),
        hd(c, 'mobile', 1),
        hd(c, 'email', 1),
      ];
      renderDelim(
        c.b,
        head,
        rowsOf(c, 2, 5, () => {
          const x = pr(c);
          return [
            P(salut(c, x.p)),
            E('PERSON', x.p.first, x.p.src),
            E('PERSON', x.p.last, x.p.src),
            E('STREET_ADDRESS', x.addr.full),
            E('PHONE', phone(c)),
            E('EMAIL', x.email),
          ];
        }),
        ',',
      );
    },
  ],
  [
    'csv_employees_abbr',
    (c) => {
      const head = [
        hd(c, 'id', 2),
        hd(c, 'last', 2),
        hd(c, 'first', 2),
        hd(c, 'dob', 2),
        hd(c, 'street', 2),
        hd(c, 'zip', 2),
        hd(c, 'city', 2),
        hd(c, 'phone', 2),
      ];
      renderDelim(
        c.b,
        head,
        rowsOf(c, 2, 6, () => {
          const x = pr(c);
          return [
            P(`E${c.r.digits(5)}`),
            E('PERSON', x.p.last, x.p.src),
            E('PERSON', x.p.first, x.p.src),
            E('DATE_OF_BIRTH', fmtDate(c, x.dob, 'local')),
            E('STREET_ADDRESS', x.addr.street),
            P(x.addr.zip),
            N('not_name', x.addr.city),
            E('PHONE', x.phone),
          ];
        }),
        c.r.pick([',', ';']),
      );
    },
  ],
  [
    'tsv_hr',
    (c) => {
      c.b.t(
        c.L(
          'HR export (pasted from Excel):\n',
          'Personalliste (aus Excel kopiert):\n',
          'Export RH (copié depuis Excel) :\n',
          'Exportación RR. HH. (copiado de Excel):\n',
        ),
      );
      const es = c.lang === 'es';
      const head = [
        hd(c, 'id', 1),
        hd(c, 'last', 1),
        ...(es ? [hd(c, 'last2', 1)] : []),
        hd(c, 'first', 1),
        hd(c, 'dob', 1),
        hd(c, 'email', 1),
        c.L('Department', 'Abteilung', 'Service', 'Departamento'),
        c.L('Start date', 'Eintrittsdatum', "Date d'entrée", 'Fecha de alta'),
      ];
      renderDelim(
        c.b,
        head,
        rowsOf(c, 2, 6, () => {
          const x = pr(c);
          return [
            P(c.r.digits(6)),
            E('PERSON', x.p.last, x.p.src),
            ...(es ? [E('PERSON', x.p.last2, x.p.src)] : []),
            E('PERSON', x.p.first, x.p.src),
            E('DATE_OF_BIRTH', fmtDate(c, x.dob, 'local')),
            E('EMAIL', x.email),
            P(c.r.pick(['IT', 'Finance', 'Logistik', 'Ventes', 'Compras', 'R&D', 'Legal'])),
            N('plain_date', plainDate(c, 'local')),
          ];
        }),
        '\t',
      );
    },
  ],
  [
    'scsv_payroll',
    (c) => {
      const head = c
        .L(
          'emp_no;name;iban;gross;net;tax_class;period',
          'PersNr;Name;IBAN;Brutto;Netto;StKl;Abrechnungsmonat',
          'matricule;nom_prenom;iban;brut;net;taux_pas;periode',
          'n_empleado;nombre;iban;bruto;neto;irpf;periodo',
        )
        .split(';');
      const per = `${c.r.int(1, 12)}/${c.r.int(2023, 2025)}`;
      renderDelim(
        c.b,
        head,
        rowsOf(c, 3, 6, () => {
          const x = pr(c);
          const g = c.r.int(2200, 7800);
          return [
            P(c.r.digits(5)),
            c.nameVal(x.p, c.r.pick(['lf', 'LF', 'fl'] as const)),
            E('IBAN', iban(c, false)),
            N('price', `${g},${p2(c.r.int(0, 99))}`),
            N('price', `${Math.round(g * 0.63)},${p2(c.r.int(0, 99))}`),
            P(String(c.r.int(1, 6))),
            P(per),
          ];
        }),
        ';',
      );
    },
  ],
  [
    'fixed_payroll',
    (c) => {
      c.b
        .t(
          c.L(
            'PAYROLL REGISTER  PERIOD ',
            'LOHNJOURNAL  ABRECHNUNGSZEITRAUM ',
            'JOURNAL DE PAIE  PÉRIODE ',
            'LIBRO DE NÓMINAS  PERIODO ',
          ),
        )
        .n('plain_date', plainDate(c, 'iso'))
        .t('\n\n');
      const head = c
        .L(
          'EMP|NAME|SSN|GROSS|ACCOUNT',
          'PNR|NAME|GEB.DATUM|BRUTTO|IBAN',
          'MAT|NOM|NAISSANCE|BRUT|IBAN',
          'NUM|NOMBRE|NACIMIENTO|BRUTO|IBAN',
        )
        .split('|');
      renderFixed(
        c.b,
        head,
        rowsOf(c, 3, 6, () => {
          const x = pr(c);
          const third =
            c.lang === 'en' && c.cc === 'US'
              ? E('US_SSN', ssn(c))
              : E('DATE_OF_BIRTH', fmtDate(c, x.dob, 'local'));
          return [
            P(c.r.digits(5)),
            c.nameVal(x.p, 'LF'),
            third,
            N('price', price(c)),
            E('IBAN', iban(c, false)),
          ];
        }),
        c.r.pick(['-', '=']),
      );
    },
  ],
  [
    'md_contacts',
    (c) => {
      c.b.t(
        c.L(
          '## Key contacts\n\n',
          '## Ansprechpartner\n\n',
          '## Interlocuteurs\n\n',
          '## Contactos clave\n\n',
        ),
      );
      const head = [
        hd(c, 'full', 1),
        c.L('Role', 'Rolle', 'Rôle', 'Cargo'),
        hd(c, 'email', 1),
        hd(c, 'phone', 1),
      ];
      renderMd(
        c.b,
        head,
        rowsOf(c, 2, 5, () => {
          const x = pr(c);
          const nm: Cell = c.r.chance(0.2) ? [P(title(c)), c.nameVal(x.p, 'fl')] : c.nameVal(x.p);
          return [
            nm,
            N(
              'not_name',
              c.r.pick([
                'Owner',
                'Billing',
                'Tech Lead',
                'Einkauf',
                'Achats',
                'Compras',
                'Sponsor',
              ]),
            ),
            E('EMAIL', x.email),
            E('PHONE', x.phone),
          ];
        }),
      );
    },
  ],
  [
    'ascii_students',
    (c) => {
      c.b.t(
        c.L(
          'Class 7b roster\n',
          'Klassenliste 7b\n',
          'Liste de classe 5e B\n',
          'Lista de clase 2º B\n',
        ),
      );
      const head = [
        '#',
        hd(c, 'last', 1),
        hd(c, 'first', 1),
        hd(c, 'dob', 1),
        c.L('Guardian', 'Erziehungsber.', 'Responsable', 'Tutor'),
        c.L('Guardian phone', 'Tel. Eltern', 'Tél. parent', 'Tel. tutor'),
      ];
      renderAscii(
        c.b,
        head,
        rowsOf(c, 3, 6, (i) => {
          const x = pr(c);
          const g = c.person();
          g.last = x.p.last;
          g.src = x.p.src;
          return [
            P(String(i + 1)),
            E('PERSON', x.p.last, x.p.src),
            E('PERSON', x.p.first, x.p.src),
            E('DATE_OF_BIRTH', fmtDate(c, ymd(c.r, 2009, 2015), 'local')),
            c.nameVal(g, c.r.pick(['fl', 'ini'] as const)),
            E('PHONE', phone(c)),
          ];
        }),
      );
    },
  ],
  [
    'psql_users',
    (c) => {
      c.b.t(
        `app=> SELECT id, username, display_name, email, last_login_ip, created_at FROM users WHERE org_id = ${c.r.int(2, 90)};\n`,
      );
      renderPsql(
        c.b,
        ['id', 'username', 'display_name', 'email', 'last_login_ip', 'created_at'],
        rowsOf(c, 2, 5, () => {
          const x = pr(c);
          const user = c.r.chance(0.5)
            ? N('not_name', c.r.pick(USERNAMES))
            : P(fold(x.p.first).slice(0, 1) + fold(x.p.last));
          return [
            P(String(c.r.int(100, 9999))),
            user,
            c.nameVal(x.p, 'fl'),
            E('EMAIL', x.email),
            E('IP_ADDRESS', ip(c)),
            N(
              'timestamp',
              isoTs(c)
                .replace('T', ' ')
                .replace(/Z|\.\d+Z|[+]\d\d:\d\d/, ''),
            ),
          ];
        }),
      );
    },
  ],
  [
    'mysql_customers',
    (c) => {
      c.b.t(
        'mysql> SELECT customer_no, name, card_number, ship_to, total FROM customers c JOIN orders o USING (customer_no) LIMIT 5;\n',
      );
      renderAscii(
        c.b,
        ['customer_no', 'name', 'card_number', 'ship_to', 'total'],
        rowsOf(c, 2, 4, () => {
          const x = pr(c);
          return [
            N('order_no', orderNo(c)),
            c.nameVal(x.p),
            E('CREDIT_CARD', card(c).replace(/[ -]/g, '')),
            E('STREET_ADDRESS', x.addr.full),
            N('price', price(c).replace(/[^\d.,]/g, '')),
          ];
        }),
      );
      c.b.t(`${c.r.int(2, 4)} rows in set (0.0${c.r.int(1, 9)} sec)\n`);
    },
  ],
  [
    'csv_club_roster',
    (c) => {
      c.b.t(
        c.L(
          'Tennis club - members 2024\n',
          'TSV Mitgliederliste 2024\n',
          'Club de tennis - adhérents 2024\n',
          'Club de tenis - socios 2024\n',
        ),
      );
      const head = [
        c.L('member_no', 'Mitgl.-Nr.', 'n_adherent', 'n_socio'),
        hd(c, 'full', 1),
        hd(c, 'dob', 1),
        hd(c, 'iban', 1),
        hd(c, 'joined', 1),
        c.L('fee', 'Beitrag', 'cotisation', 'cuota'),
      ];
      renderDelim(
        c.b,
        head,
        rowsOf(c, 3, 6, () => {
          const x = pr(c);
          return [
            P(c.r.digits(4)),
            c.nameVal(x.p, c.r.pick(['lf', 'fl'] as const)),
            E('DATE_OF_BIRTH', fmtDate(c, x.dob, 'local')),
            E('IBAN', iban(c)),
            N('plain_date', plainDate(c, 'local')),
            N('price', price(c)),
          ];
        }),
        c.lang === 'en' ? ',' : ';',
      );
    },
  ],
  [
    'csv_shipping_manifest',
    (c) => {
      const head = [
        'tracking_no',
        c.L('recipient', 'empfaenger', 'destinataire', 'destinatario'),
        c.L('ship_to', 'lieferadresse', 'adresse_livraison', 'direccion_entrega'),
        hd(c, 'phone', 0),
        c.L('item', 'artikel', 'article', 'articulo'),
        c.L('weight_kg', 'gewicht_kg', 'poids_kg', 'peso_kg'),
      ];
      renderDelim(
        c.b,
        head,
        rowsOf(c, 3, 6, () => {
          const x = pr(c);
          return [
            N('order_no', `${c.r.pick(['1Z', 'JJD', 'CP', 'LX'])}${c.r.digits(12)}`),
            c.nameVal(x.p, 'fl'),
            E('STREET_ADDRESS', x.addr.full),
            E('PHONE', x.phone),
            N('not_name', c.r.pick(PRODUCTS)),
            P(`${c.r.int(0, 30)}.${c.r.int(0, 9)}`),
          ];
        }),
        ',',
        c.r.chance(0.5),
      );
    },
  ],
  [
    'tsv_school',
    (c) => {
      const head = [
        hd(c, 'last', 2),
        hd(c, 'first', 2),
        hd(c, 'dob', 2),
        c.L('Class', 'Klasse', 'Classe', 'Curso'),
        c.L('Parent email', 'E-Mail Eltern', 'Courriel parents', 'Correo familia'),
      ];
      renderDelim(
        c.b,
        head,
        rowsOf(c, 3, 7, () => {
          const x = pr(c);
          return [
            E('PERSON', x.p.last.toUpperCase(), x.p.src),
            E('PERSON', x.p.first, x.p.src),
            E('DATE_OF_BIRTH', fmtDate(c, ymd(c.r, 2008, 2016), 'local')),
            P(`${c.r.int(5, 10)}${c.r.pick(['a', 'b', 'c'])}`),
            E('EMAIL', email(c, c.person())),
          ];
        }),
        '\t',
      );
    },
  ],
  [
    'md_members',
    (c) => {
      c.b.t(
        c.L(
          '| Member | Born | Phone | Tags |\n',
          '| Mitglied | Geboren | Telefon | Tags |\n',
          '| Membre | Né(e) | Téléphone | Tags |\n',
          '| Socio | Nacido | Teléfono | Etiquetas |\n',
        ),
      );
      c.b.t('|---|---|---|---|\n');
      const n = c.r.int(2, 5);
      for (let i = 0; i < n; i++) {
        const x = pr(c);
        c.b
          .t('| ')
          .v(c.nameVal(x.p))
          .t(' | ')
          .e('DATE_OF_BIRTH', fmtDate(c, x.dob, 'any'))
          .t(' | ')
          .e('PHONE', x.phone)
          .t(' | ')
          .n('not_name', c.r.pick(TAGS))
          .t(' |\n');
      }
    },
  ],
  [
    'csv_lastfirst',
    (c) => {
      const head = ['"Customer Name"', '"Account"', '"Card"', '"Expires"'].map((h) =>
        h.replace(/"/g, ''),
      );
      const h2 =
        c.lang === 'en'
          ? head
          : [
              c.L('', 'Kunde', 'Client', 'Cliente'),
              c.L('', 'Konto', 'Compte', 'Cuenta'),
              c.L('', 'Karte', 'Carte', 'Tarjeta'),
              c.L('', 'Gültig bis', 'Expire', 'Caduca'),
            ];
      renderDelim(
        c.b,
        h2,
        rowsOf(c, 2, 5, () => {
          const x = pr(c);
          return [
            c.nameVal(x.p, 'lf'),
            N('order_no', orderNo(c)),
            E('CREDIT_CARD', card(c)),
            P(`${p2(c.r.int(1, 12))}/${c.r.int(26, 31)}`),
          ];
        }),
        ',',
        true,
      );
    },
  ],
  [
    'scsv_bank_statement',
    (c) => {
      c.b.t(
        c.L(
          'Booking date;Value date;Counterparty;IBAN;Reference;Amount;Currency\n',
          'Buchungstag;Valuta;Auftraggeber/Empfänger;IBAN;Verwendungszweck;Betrag;Währung\n',
          'Date opération;Date valeur;Tiers;IBAN;Libellé;Montant;Devise\n',
          'Fecha operación;Fecha valor;Ordenante/Beneficiario;IBAN;Concepto;Importe;Divisa\n',
        ),
      );
      const n = c.r.int(3, 6);
      for (let i = 0; i < n; i++) {
        const d = plainDate(c, 'local');
        c.b.n('plain_date', d).t(';').n('plain_date', d).t(';');
        if (c.r.chance(0.7)) {
          const x = c.person();
          c.b
            .v(c.nameVal(x, c.r.pick(['LF', 'fl', 'lf'] as const)))
            .t(';')
            .e('IBAN', iban(c))
            .t(';');
          c.b
            .t(
              c.r.pick([
                c.L('RENT ', 'MIETE ', 'LOYER ', 'ALQUILER '),
                c.L('INVOICE ', 'RECHNUNG ', 'FACTURE ', 'FACTURA '),
              ]),
            )
            .n('order_no', orderNo(c));
        } else {
          c.b
            .n('not_name', c.r.pick(COMPANIES))
            .t(';')
            .n('iban_invalid', ibanInvalid(c))
            .t(';')
            .t(c.L('CARD PAYMENT', 'KARTENZAHLUNG', 'PAIEMENT CB', 'PAGO TARJETA'));
        }
        c.b
          .t(';')
          .n('price', `${c.r.chance(0.6) ? '-' : ''}${c.r.int(5, 2400)},${p2(c.r.int(0, 99))}`)
          .t(';EUR\n');
      }
    },
  ],
  [
    'fixed_bank_lines',
    (c) => {
      const n = c.r.int(3, 5);
      c.b.t(
        c.L(
          'DATE       DESCRIPTION                                   AMOUNT\n',
          'DATUM      BUCHUNGSTEXT                                  BETRAG\n',
          'DATE       LIBELLÉ                                       MONTANT\n',
          'FECHA      CONCEPTO                                      IMPORTE\n',
        ),
      );
      for (let i = 0; i < n; i++) {
        const start = c.b.text.length;
        c.b.n('plain_date', plainDate(c, 'local')).t(' ');
        const x = c.person();
        c.b
          .t(c.r.pick(['SEPA-UEBERW. ', 'VIR SEPA ', 'TRANSF. ', 'TRANSFER ']))
          .e('PERSON', fmtName(x, 'LF', c.lang), x.src)
          .t(' ');
        if (c.r.chance(0.5)) c.b.e('IBAN', iban(c, false));
        else c.b.n('order_no', orderNo(c));
        const used = c.b.text.length - start;
        c.b
          .t(' '.repeat(Math.max(2, 60 - used)))
          .n('price', price(c))
          .t('\n');
      }
    },
  ],
  [
    'csv_patients',
    (c) => {
      const head = c
        .L(
          'mrn,patient_name,dob,sex,phone,address,insurer',
          'pat_id,patient,geb_datum,geschlecht,telefon,anschrift,kasse',
          'ipp,patient,ddn,sexe,tel,adresse,mutuelle',
          'nhc,paciente,fnac,sexo,tel,domicilio,aseguradora',
        )
        .split(',');
      renderDelim(
        c.b,
        head,
        rowsOf(c, 2, 5, () => {
          const x = pr(c);
          return [
            N('order_no', `${c.r.chars(2, UP)}${c.r.digits(7)}`),
            c.nameVal(x.p, c.r.pick(['LF', 'lf'] as const)),
            E('DATE_OF_BIRTH', fmtDate(c, x.dob, c.r.pick(['iso', 'local'] as const))),
            P(x.p.female ? 'F' : 'M'),
            E('PHONE', x.phone),
            E('STREET_ADDRESS', x.addr.full),
            N(
              'not_name',
              c.r.pick([
                'AOK',
                'TK',
                'Barmer',
                'MGEN',
                'Harmonie',
                'Sanitas',
                'Adeslas',
                'Aetna',
                'Cigna',
                'Bupa',
              ]),
            ),
          ];
        }),
        ',',
      );
    },
  ],
  [
    'csv_jira',
    (c) => {
      c.b.t('Issue key,Summary,Reporter,Assignee,Status,Created,Fix Version\n');
      const n = c.r.int(3, 6);
      const team = [c.person(), c.person(), c.person()];
      for (let i = 0; i < n; i++) {
        const rep = c.r.pick(team);
        const asg = c.r.pick(team);
        c.b.n('order_no', `${c.r.pick(['OPS', 'CRM', 'HR', 'PAY'])}-${c.r.int(100, 9999)}`).t(',');
        c.b
          .t(
            c.r.pick([
              c.L(
                'Export fails for large accounts',
                'Export bricht bei großen Konten ab',
                "L'export échoue pour les gros comptes",
                'La exportación falla con cuentas grandes',
              ),
              c.L(
                'Wrong VAT on invoice',
                'Falsche MwSt. auf Rechnung',
                'TVA erronée sur facture',
                'IVA incorrecto en factura',
              ),
              c.L(
                'SSO login loop',
                'SSO-Login-Schleife',
                'Boucle de connexion SSO',
                'Bucle de inicio SSO',
              ),
            ]),
          )
          .t(',');
        c.b
          .v(c.nameVal(rep, 'fl'))
          .t(',')
          .v(c.nameVal(asg, 'fl'))
          .t(',')
          .n('not_name', c.r.pick(['Open', 'In Progress', 'Done', 'Blocked']))
          .t(',')
          .n('timestamp', isoTs(c).slice(0, 16).replace('T', ' '))
          .t(',')
          .n('version', version(c))
          .t('\n');
      }
    },
  ],
  [
    'tsv_it_accounts',
    (c) => {
      const head = [
        'sAMAccountName',
        'displayName',
        'mail',
        'telephoneNumber',
        'lastLogonIP',
        'clientVersion',
      ];
      renderDelim(
        c.b,
        head,
        rowsOf(c, 3, 6, () => {
          const x = pr(c);
          return [
            P(fold(x.p.last).slice(0, 6) + fold(x.p.first).slice(0, 2)),
            c.nameVal(x.p, c.r.pick(['lf', 'fl'] as const)),
            E('EMAIL', x.email),
            E('PHONE', phone(c, true)),
            E('IP_ADDRESS', ipv4(c)),
            N('version', version(c, true)),
          ];
        }),
        '\t',
      );
    },
  ],
];

// ---------------------------------------------------------------------------------------------
// Entity templates: structured and machine formats

const IND = (c: Ctx): string | null => c.r.pick(['  ', '  ', '    ', '\t', null] as const);

const STRUCT: [string, Tpl][] = [
  [
    'json_customer',
    (c) => {
      const x = pr(c);
      c.b.t(
        c.L(
          'Customer payload from the API:\n',
          'Kundendatensatz aus der API:\n',
          "Données client renvoyées par l'API :\n",
          'Datos del cliente devueltos por la API:\n',
        ),
      );
      writeJson(
        c.b,
        {
          id: P(uuid(c)),
          customer: {
            name: {
              given: E('PERSON', x.p.first, x.p.src),
              family: E('PERSON', x.p.last, x.p.src),
            },
            birthDate: E('DATE_OF_BIRTH', fmtDate(c, x.dob, 'iso')),
            contact: { email: E('EMAIL', x.email), phone: E('PHONE', phoneE164(c)) },
            address: {
              line1: E('STREET_ADDRESS', x.addr.street),
              postalCode: P(x.addr.zip),
              city: N('not_name', x.addr.city),
              country: P(region(c.cc)),
            },
          },
          segment: status(c),
          createdAt: N('timestamp', isoTs(c)),
        },
        IND(c),
      );
      c.b.t('\n');
    },
  ],
  [
    'json_people_page',
    (c) => {
      const n = c.r.int(2, 4);
      const data: J[] = [];
      for (let i = 0; i < n; i++) {
        const x = pr(c);
        data.push({
          id: c.r.int(1, 99999),
          fullName: c.nameVal(x.p, 'fl'),
          email: E('EMAIL', x.email),
          mobile: E('PHONE', x.phone),
          avatar: E('URL', url(c, x.p)),
          role: N('not_name', c.r.pick(['Admin', 'Viewer', 'Editor', 'Owner'])),
        });
      }
      writeJson(
        c.b,
        {
          data,
          meta: { page: c.r.int(1, 9), per_page: 25, total: c.r.int(30, 900) },
          links: { next: P(`/api/v2/users?page=${c.r.int(2, 10)}&cursor=${c.r.chars(16, ALNUM)}`) },
        },
        IND(c) ?? '  ',
      );
    },
  ],
  [
    'ndjson_audit',
    (c) => {
      const n = c.r.int(3, 5);
      for (let i = 0; i < n; i++) {
        const x = c.person();
        writeJson(
          c.b,
          {
            ts: N('timestamp', isoTs(c)),
            level: P(c.r.pick(['info', 'warn'])),
            event: P(c.r.pick(['user.login', 'user.update', 'export.download', 'password.reset'])),
            actor: { name: c.nameVal(x, 'fl'), email: E('EMAIL', email(c, x)) },
            ip: E('IP_ADDRESS', ip(c)),
            req_id: N('uuid', uuid(c)),
          },
          null,
        );
        c.b.t('\n');
      }
    },
  ],
  [
    'ndjson_applog',
    (c) => {
      const n = c.r.int(3, 5);
      for (let i = 0; i < n; i++) {
        const kind = c.r.int(0, 2);
        const x = c.person();
        const msg: J =
          kind === 0
            ? {
                msg: P(
                  c.L('payment declined', 'Zahlung abgelehnt', 'paiement refusé', 'pago rechazado'),
                ),
                card: E('CREDIT_CARD', card(c)),
                holder: c.nameVal(x, 'LF'),
              }
            : kind === 1
              ? {
                  msg: P(
                    c.L(
                      'profile updated',
                      'Profil aktualisiert',
                      'profil mis à jour',
                      'perfil actualizado',
                    ),
                  ),
                  user: c.nameVal(x, 'fl'),
                  phone: E('PHONE', phone(c)),
                }
              : {
                  msg: P('build info'),
                  version: N('version', version(c, true)),
                  commit: N('sha', c.r.chars(40, HEX)),
                };
        writeJson(
          c.b,
          {
            time: N('timestamp', epoch(c)),
            svc: N('not_name', c.r.pick(HOSTS)),
            ...(msg as Record<string, J>),
          },
          null,
        );
        c.b.t('\n');
      }
    },
  ],
  [
    'graphql_users',
    (c) => {
      const edges: J[] = [];
      for (let i = 0, n = c.r.int(2, 3); i < n; i++) {
        const x = pr(c);
        edges.push({
          node: {
            __typename: P('Employee'),
            id: P(b64url(`Employee:${c.r.int(1, 9999)}`)),
            displayName: c.nameVal(x.p, 'fl'),
            workEmail: E('EMAIL', x.email),
            birthday: E('DATE_OF_BIRTH', fmtDate(c, x.dob, 'iso')),
            manager: { displayName: c.nameVal(c.person(), 'fl') },
          },
        });
      }
      writeJson(
        c.b,
        {
          data: {
            employees: {
              edges,
              pageInfo: { hasNextPage: true, endCursor: P(c.r.chars(12, ALNUM)) },
            },
          },
        },
        '  ',
      );
    },
  ],
  [
    'fhir_patient',
    (c) => {
      const x = pr(c);
      writeJson(
        c.b,
        {
          resourceType: P('Patient'),
          id: N('uuid', uuid(c)),
          meta: { lastUpdated: N('timestamp', isoTs(c)), versionId: P(String(c.r.int(1, 9))) },
          name: [
            {
              use: P('official'),
              family: E('PERSON', x.p.last, x.p.src),
              given: [E('PERSON', x.p.first, x.p.src)],
            },
          ],
          telecom: [
            { system: P('phone'), value: E('PHONE', x.phone) },
            { system: P('email'), value: E('EMAIL', x.email) },
          ],
          gender: P(x.p.female ? 'female' : 'male'),
          birthDate: E('DATE_OF_BIRTH', fmtDate(c, x.dob, 'iso')),
          address: [{ text: E('STREET_ADDRESS', x.addr.full) }],
        },
        '  ',
      );
    },
  ],
  [
    'json_webhook_payment',
    (c) => {
      const x = pr(c);
      c.b.t(
        c.L(
          'Webhook body that failed validation:\n',
          'Webhook-Body, der die Validierung nicht bestand:\n',
          'Corps du webhook rejeté à la validation :\n',
          'Cuerpo del webhook que falló la validación:\n',
        ),
      );
      writeJson(
        c.b,
        {
          id: P(`evt_${c.r.chars(24, ALNUM)}`),
          type: P('charge.failed'),
          created: R(epoch(c)),
          data: {
            object: {
              amount: c.r.int(500, 90000),
              currency: P('eur'),
              billing_details: {
                name: c.nameVal(x.p, 'fl'),
                email: E('EMAIL', x.email),
                address: { line1: E('STREET_ADDRESS', x.addr.street), postal_code: P(x.addr.zip) },
              },
              payment_method_details: {
                card: {
                  number: E('CREDIT_CARD', card(c).replace(/[ -]/g, '')),
                  exp_month: c.r.int(1, 12),
                  exp_year: c.r.int(2026, 2031),
                },
              },
            },
          },
        },
        '  ',
      );
    },
  ],
  [
    'soap_customer',
    (c) => {
      const x = pr(c);
      const b = c.b;
      b.t(
        '<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:crm="urn:crm:v3">\n  <soapenv:Body>\n    <crm:UpdateCustomerRequest>\n',
      );
      b.t('      <crm:CustomerId>').n('order_no', orderNo(c)).t('</crm:CustomerId>\n');
      b.t('      <crm:FirstName>').e('PERSON', x.p.first, x.p.src).t('</crm:FirstName>\n');
      b.t('      <crm:LastName>').e('PERSON', x.p.last, x.p.src).t('</crm:LastName>\n');
      b.t('      <crm:BirthDate>')
        .e('DATE_OF_BIRTH', fmtDate(c, x.dob, 'iso'))
        .t('</crm:BirthDate>\n');
      b.t('      <crm:Email>').e('EMAIL', x.email).t('</crm:Email>\n');
      b.t(`      <crm:Phone type="${c.r.pick(['mobile', 'home'])}">`)
        .e('PHONE', x.phone)
        .t('</crm:Phone>\n');
      b.t('      <crm:BankAccount>').e('IBAN', iban(c, false)).t('</crm:BankAccount>\n');
      b.t('      <crm:Comment>')
        .t(
          c.L(
            'Moved, please update the address.',
            'Umgezogen, bitte Adresse ändern.',
            "A déménagé, merci de mettre à jour l'adresse.",
            'Se ha mudado, actualizar dirección.',
          ),
        )
        .t('</crm:Comment>\n');
      b.t('    </crm:UpdateCustomerRequest>\n  </soapenv:Body>\n</soapenv:Envelope>\n');
    },
  ],
  [
    'xml_invoice',
    (c) => {
      const x = pr(c);
      const b = c.b;
      b.t('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">\n  <cbc:ID>')
        .n('order_no', `${c.r.pick(['INV', 'RE', 'FA', 'FAC'])}-${c.r.digits(6)}`)
        .t('</cbc:ID>\n  <cbc:IssueDate>')
        .n('plain_date', plainDate(c, 'iso'))
        .t('</cbc:IssueDate>\n');
      b.t('  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>')
        .n('not_name', c.r.pick(COMPANIES).replace('&', '&amp;'))
        .t('</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>\n');
      b.t('  <cac:AccountingCustomerParty><cac:Party>\n    <cac:Contact><cbc:Name>')
        .e('PERSON', fmtName(x.p, 'fl', c.lang), x.p.src)
        .t('</cbc:Name><cbc:Telephone>')
        .e('PHONE', x.phone)
        .t('</cbc:Telephone><cbc:ElectronicMail>')
        .e('EMAIL', x.email)
        .t('</cbc:ElectronicMail></cac:Contact>\n');
      b.t('    <cac:PostalAddress><cbc:StreetName>')
        .e('STREET_ADDRESS', x.addr.street)
        .t(`</cbc:StreetName><cbc:PostalZone>${x.addr.zip}</cbc:PostalZone><cbc:CityName>`)
        .n('not_name', x.addr.city)
        .t('</cbc:CityName></cac:PostalAddress>\n  </cac:Party></cac:AccountingCustomerParty>\n');
      b.t('  <cac:PaymentMeans><cac:PayeeFinancialAccount><cbc:ID>')
        .e('IBAN', iban(c, false))
        .t('</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n');
      b.t('  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">')
        .n('price', `${c.r.int(10, 9000)}.${p2(c.r.int(0, 99))}`)
        .t('</cbc:PayableAmount></cac:LegalMonetaryTotal>\n</Invoice>\n');
    },
  ],
  [
    'sepa_pain001',
    (c) => {
      const b = c.b;
      b.t(
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn>\n<GrpHdr><MsgId>',
      )
        .n('order_no', `MSG${c.r.digits(10)}`)
        .t('</MsgId><CreDtTm>')
        .n('timestamp', isoTs(c).slice(0, 19))
        .t('</CreDtTm></GrpHdr>\n');
      const n = c.r.int(1, 3);
      for (let i = 0; i < n; i++) {
        const x = c.person();
        b.t('<CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">')
          .n('price', `${c.r.int(10, 5000)}.${p2(c.r.int(0, 99))}`)
          .t('</InstdAmt></Amt>\n  <Cdtr><Nm>')
          .e('PERSON', fmtName(x, c.r.pick(['fl', 'LF'] as const), c.lang), x.src)
          .t('</Nm></Cdtr><CdtrAcct><Id><IBAN>')
          .e('IBAN', iban(c, false))
          .t('</IBAN></Id></CdtrAcct>\n  <RmtInf><Ustrd>')
          .t(c.L('Expense refund ', 'Reisekosten ', 'Note de frais ', 'Reembolso gastos '))
          .n('order_no', orderNo(c))
          .t('</Ustrd></RmtInf></CdtTrfTxInf>\n');
      }
      b.t('</CstmrCdtTrfInitn></Document>\n');
    },
  ],
  [
    'hl7_adt',
    (c) => {
      const x = pr(c);
      const nk = c.person();
      const b = c.b;
      const ts = `${c.r.int(2023, 2025)}${p2(c.r.int(1, 12))}${p2(c.r.int(1, 28))}${p2(c.r.int(0, 23))}${p2(c.r.int(0, 59))}`;
      b.t(`MSH|^~\\&|ADT1|${c.r.pick(['KLINIKUM', 'CHU', 'HOSP', 'GENHOSP'])}|LABADT|MCM|`)
        .n('timestamp', ts)
        .t(`||ADT^A04|MSG${c.r.digits(5)}|P|2.5\r\n`);
      b.t(`EVN|A04|${ts}\r\n`);
      b.t(`PID|1||${c.r.digits(7)}^^^MRN||`)
        .e('PERSON', x.p.last.toUpperCase(), x.p.src)
        .t('^')
        .e('PERSON', x.p.first.toUpperCase(), x.p.src)
        .t('^^^||')
        .e('DATE_OF_BIRTH', fmtDate(c, x.dob, 'compact'))
        .t(`|${x.p.female ? 'F' : 'M'}|||`);
      b.e('STREET_ADDRESS', x.addr.street)
        .t(`^^${x.addr.city}^^${x.addr.zip}^${region(c.cc)}||`)
        .e('PHONE', x.phone)
        .t('\r\n');
      b.t('NK1|1|')
        .e('PERSON', nk.last.toUpperCase(), nk.src)
        .t('^')
        .e('PERSON', nk.first.toUpperCase(), nk.src)
        .t(
          `|${c.r.pick([`SPO^${c.L('Spouse', 'Ehepartner', 'Conjoint', 'Cónyuge')}`, `PAR^${c.L('Parent', 'Elternteil', 'Parent', 'Padre/madre')}`, `SIB^${c.L('Sibling', 'Geschwister', 'Frère/sœur', 'Hermano/a')}`])}||`,
        )
        .e('PHONE', phone(c))
        .t('\r\n');
      const dr = c.person();
      b.t(
        `PV1|1|O|${c.r.pick(['CARD', 'ORTH', 'NEURO'])}^${c.r.int(100, 499)}^01||||${c.r.digits(6)}^`,
      )
        .e('PERSON', dr.last.toUpperCase(), dr.src)
        .t('^')
        .e('PERSON', dr.first.toUpperCase(), dr.src)
        .t('^^^DR\r\n');
    },
  ],
  [
    'yaml_oncall',
    (c) => {
      const team: J[] = [];
      for (let i = 0, n = c.r.int(2, 4); i < n; i++) {
        const x = c.person();
        team.push({
          name: c.nameVal(x, 'fl'),
          email: E('EMAIL', email(c, x)),
          phone: E('PHONE', phone(c, true)),
          rotation: N('not_name', c.r.pick(['primary', 'secondary', 'Athena', 'Hermes'])),
        });
      }
      c.b.t(
        `# ${c.L('on-call roster', 'Bereitschaftsplan', "planning d'astreinte", 'guardias')}\n`,
      );
      writeYaml(c.b, {
        service: N('not_name', c.r.pick(HOSTS)),
        version: N('version', version(c)),
        escalation: team,
      });
    },
  ],
  [
    'yaml_app_config',
    (c) => {
      const x = c.person();
      c.b.t(
        `# ${c.L('config for staging - do not commit', 'Konfiguration Staging - nicht einchecken', 'config de préprod - ne pas committer', 'configuración de preproducción - no subir')}\n`,
      );
      writeYaml(c.b, {
        app: { name: N('not_name', c.r.pick(HOSTS)), release: N('version', version(c, true)) },
        database: {
          host: P('db.internal'),
          user: N('not_name', c.r.pick(USERNAMES)),
          password: E('GENERIC_SECRET', secret(c)),
        },
        aws: {
          access_key_id: E('AWS_ACCESS_KEY', awsKey(c)),
          secret_access_key: E('GENERIC_SECRET', awsSecret(c)),
        },
        alerts: { owner: c.nameVal(x, 'fl'), email: E('EMAIL', email(c, x)) },
      });
    },
  ],
  [
    'ini_config',
    (c) => {
      const x = c.person();
      const b = c.b;
      b.t(
        `; ${c.L('exported settings', 'exportierte Einstellungen', 'paramètres exportés', 'ajustes exportados')}\n[general]\nversion = `,
      )
        .n('version', version(c, true))
        .t('\nsite = ')
        .n('not_name', c.r.pick(HOSTS))
        .t('\n\n[smtp]\nhost = smtp.mailrelay.net\nuser = ')
        .e('EMAIL', email(c, x))
        .t('\npassword = ')
        .e('GENERIC_SECRET', secret(c))
        .t('\n\n[contact]\nadmin_name = ')
        .e('PERSON', fmtName(x, 'fl', c.lang), x.src)
        .t('\nadmin_phone = ')
        .e('PHONE', phone(c))
        .t('\n\n[slack]\nbot_token = ')
        .e('SLACK_TOKEN', slackToken(c))
        .t('\n');
    },
  ],
  [
    'dotenv',
    (c) => {
      const b = c.b;
      b.t(
        `# ${c.L('.env from the prod box', '.env vom Prod-Server', '.env du serveur de prod', '.env del servidor de producción')}\nNODE_ENV=production\nAPP_VERSION=`,
      )
        .n('version', version(c))
        .t('\n');
      b.t('DATABASE_URL=postgres://app:').e('GENERIC_SECRET', secret(c)).t('@db:5432/app\n');
      b.t('AWS_ACCESS_KEY_ID=')
        .e('AWS_ACCESS_KEY', awsKey(c))
        .t('\nAWS_SECRET_ACCESS_KEY=')
        .e('GENERIC_SECRET', awsSecret(c))
        .t('\n');
      b.t('GITHUB_TOKEN=').e('GITHUB_TOKEN', ghToken(c)).t('\n');
      if (c.r.chance(0.5))
        b.t('STRIPE_SECRET_KEY=')
          .e('GENERIC_SECRET', `sk_live_${c.r.chars(28, ALNUM)}`)
          .t('\n');
      const x = c.person();
      b.t('SUPPORT_CONTACT="')
        .e('PERSON', fmtName(x, 'fl', c.lang), x.src)
        .t(' <')
        .e('EMAIL', email(c, x))
        .t('>"\n');
      b.t('BUILD_SHA=').n('sha', c.r.chars(40, HEX)).t('\n');
    },
  ],
  [
    'k8s_secret',
    (c) => {
      const b = c.b;
      b.t(
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.r.pick(['payments', 'crm', 'hermes', 'athena'])}-credentials\n  namespace: ${c.r.pick(['prod', 'staging'])}\n  uid: `,
      )
        .n('uuid', uuid(c))
        .t('\ntype: Opaque\nstringData:\n  DB_PASSWORD: ')
        .e('GENERIC_SECRET', secret(c))
        .t('\n  JWT_SIGNING_KEY: ')
        .e('GENERIC_SECRET', c.r.chars(40, ALNUM))
        .t('\n');
      if (c.r.chance(0.6)) b.t('  tls.key: |\n    ').e('PRIVATE_KEY', pem(c, '\n    ')).t('\n');
      b.t(`  # ${c.L('owner', 'Verantwortlich', 'responsable', 'responsable')}: `)
        .v(c.nameVal(c.person(), 'fl'))
        .t('\n');
    },
  ],
  [
    'tf_state',
    (c) => {
      const x = c.person();
      writeJson(
        c.b,
        {
          version: 4,
          terraform_version: N('version', version(c, false)),
          serial: c.r.int(1, 400),
          lineage: N('uuid', uuid(c)),
          resources: [
            {
              mode: P('managed'),
              type: P('aws_iam_access_key'),
              name: P('ci'),
              instances: [
                {
                  attributes: {
                    id: E('AWS_ACCESS_KEY', awsKey(c)),
                    secret: E('GENERIC_SECRET', awsSecret(c)),
                    user: N('not_name', c.r.pick(USERNAMES)),
                  },
                },
              ],
            },
            {
              mode: P('managed'),
              type: P('aws_instance'),
              name: N('not_name', c.r.pick(HOSTS).toLowerCase()),
              instances: [
                {
                  attributes: {
                    private_ip: E('IP_ADDRESS', ipv4(c)),
                    tags: { Owner: E('EMAIL', email(c, x)), CostCenter: P(c.r.digits(4)) },
                  },
                },
              ],
            },
          ],
        },
        '  ',
      );
    },
  ],
  [
    'docker_compose',
    (c) => {
      const b = c.b;
      b.t(`services:\n  db:\n    image: postgres:`)
        .n('version', `${c.r.int(12, 17)}.${c.r.int(0, 9)}`)
        .t(`\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: `)
        .e('GENERIC_SECRET', secret(c))
        .t('\n  worker:\n    image: registry.local/worker@sha256:')
        .n('sha', c.r.chars(64, HEX))
        .t('\n    environment:\n      SLACK_BOT_TOKEN: ')
        .e('SLACK_TOKEN', slackToken(c))
        .t('\n      ADMIN_EMAIL: ')
        .e('EMAIL', email(c, c.person()))
        .t('\n');
    },
  ],
  [
    'ldif',
    (c) => {
      const n = c.r.int(1, 3);
      for (let i = 0; i < n; i++) {
        const x = pr(c);
        const full = fmtName(x.p, 'fl', c.lang);
        const b = c.b;
        b.t('dn: cn=')
          .e('PERSON', full, x.p.src)
          .t(
            `,ou=${c.L('People', 'Mitarbeiter', 'Personnes', 'Personas')},dc=${c.r.pick(['corp', 'firma', 'societe', 'empresa'])},dc=local\nobjectClass: inetOrgPerson\ncn: `,
          )
          .e('PERSON', full, x.p.src)
          .t('\nsn: ')
          .e('PERSON', x.p.last, x.p.src)
          .t('\ngivenName: ')
          .e('PERSON', x.p.first, x.p.src)
          .t('\nmail: ')
          .e('EMAIL', x.email)
          .t('\ntelephoneNumber: ')
          .e('PHONE', phone(c, true))
          .t('\npostalAddress: ')
          .e('STREET_ADDRESS', x.addr.full.replace(/, /g, ' $ '))
          .t('\n');
        b.t('uid: ')
          .t(fold(x.p.first)[0]! + fold(x.p.last))
          .t('\nmodifyTimestamp: ')
          .n('timestamp', `${c.r.int(2022, 2025)}${p2(c.r.int(1, 12))}${p2(c.r.int(1, 28))}101500Z`)
          .t('\n\n');
      }
    },
  ],
  [
    'ldapsearch',
    (c) => {
      const b = c.b;
      b.t(
        `# extended LDIF\n#\n# LDAPv3\n# base <dc=example,dc=org> with scope subtree\n# filter: (department=${c.r.pick(['Sales', 'Finance', 'Vertrieb', 'Ventes'])})\n# requesting: cn mail manager\n#\n\n`,
      );
      const n = c.r.int(2, 3);
      const boss = c.person();
      for (let i = 0; i < n; i++) {
        const x = c.person();
        b.t('# ')
          .e('PERSON', fmtName(x, 'fl', c.lang), x.src)
          .t(', Users, example.org\ndn: CN=')
          .e('PERSON', fmtName(x, 'fl', c.lang), x.src)
          .t(',OU=Users,DC=example,DC=org\ncn: ')
          .e('PERSON', fmtName(x, 'fl', c.lang), x.src)
          .t('\nmail: ')
          .e('EMAIL', email(c, x))
          .t('\nmanager: CN=')
          .e('PERSON', fmtName(boss, 'fl', c.lang), boss.src)
          .t(',OU=Users,DC=example,DC=org\n\n');
      }
      b.t(
        `# search result\nsearch: 2\nresult: 0 Success\n\n# numResponses: ${n + 1}\n# numEntries: ${n}\n`,
      );
    },
  ],
  [
    'vcard',
    (c) => {
      const x = pr(c);
      const b = c.b;
      b.t('BEGIN:VCARD\nVERSION:3.0\nN:')
        .e('PERSON', x.p.last, x.p.src)
        .t(';')
        .e('PERSON', x.p.first, x.p.src)
        .t(';;;\nFN:')
        .e('PERSON', fmtName(x.p, 'fl', c.lang), x.p.src)
        .t('\nORG:')
        .n('not_name', c.r.pick(COMPANIES))
        .t('\nTEL;TYPE=CELL:')
        .e('PHONE', x.phone)
        .t('\nEMAIL;TYPE=INTERNET:')
        .e('EMAIL', x.email)
        .t('\nADR;TYPE=HOME:;;')
        .e('STREET_ADDRESS', x.addr.street)
        .t(`;${x.addr.city};;${x.addr.zip};${region(c.cc)}\nBDAY:`)
        .e('DATE_OF_BIRTH', fmtDate(c, x.dob, 'iso'))
        .t('\nURL:')
        .e('URL', url(c, x.p))
        .t('\nNOTE:')
        .t(
          c.L(
            'met at the trade fair',
            'Messekontakt',
            'rencontré au salon',
            'contacto de la feria',
          ),
        )
        .t('\nREV:')
        .n('timestamp', isoTs(c))
        .t('\nEND:VCARD\n');
    },
  ],
  [
    'ical_meeting',
    (c) => {
      const b = c.b;
      const org = c.person();
      b.t('BEGIN:VCALENDAR\nPRODID:-//Corp//Calendar 2.1//EN\nBEGIN:VEVENT\nUID:')
        .n('uuid', uuid(c))
        .t('\nDTSTAMP:')
        .n('timestamp', `${c.r.int(2023, 2025)}${p2(c.r.int(1, 12))}${p2(c.r.int(1, 28))}T090000Z`)
        .t('\nSUMMARY:')
        .t(
          c.L('Quarterly review', 'Quartalsgespräch', 'Revue trimestrielle', 'Revisión trimestral'),
        )
        .t('\nLOCATION:')
        .n('not_name', c.r.pick(['Room Athena', 'Raum Hermes', 'Salle Minerva', 'Sala Juno']))
        .t('\nORGANIZER;CN=')
        .e('PERSON', fmtName(org, 'fl', c.lang), org.src)
        .t(':mailto:')
        .e('EMAIL', email(c, org))
        .t('\n');
      for (let i = 0, n = c.r.int(1, 3); i < n; i++) {
        const a = c.person();
        const nm = fmtName(a, c.r.pick(['fl', 'lf'] as const), c.lang);
        b.t('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=');
        if (nm.includes(',')) b.t('"').e('PERSON', nm, a.src).t('"');
        else b.e('PERSON', nm, a.src);
        b.t(':mailto:').e('EMAIL', email(c, a)).t('\n');
      }
      b.t('END:VEVENT\nEND:VCALENDAR\n');
    },
  ],
  [
    'sql_insert',
    (c) => {
      const b = c.b;
      b.t(
        `INSERT INTO ${c.L('customers', 'kunden', 'clients', 'clientes')} (id, first_name, last_name, email, phone, birth_date, iban, created_at) VALUES\n`,
      );
      const n = c.r.int(2, 4);
      for (let i = 0; i < n; i++) {
        let x = pr(c);
        while (x.p.first.includes("'") || x.p.last.includes("'")) x = pr(c);
        b.t(`  (${c.r.int(100, 99999)}, '`)
          .e('PERSON', x.p.first, x.p.src)
          .t("', '")
          .e('PERSON', x.p.last, x.p.src)
          .t("', '")
          .e('EMAIL', x.email)
          .t("', '")
          .e('PHONE', x.phone)
          .t("', '")
          .e('DATE_OF_BIRTH', fmtDate(c, x.dob, 'iso'))
          .t("', '")
          .e('IBAN', iban(c, false))
          .t("', '")
          .n('timestamp', isoTs(c).slice(0, 19).replace('T', ' '))
          .t(`')${i === n - 1 ? ';' : ','}\n`);
      }
    },
  ],
  [
    'mbox_headers',
    (c) => {
      const a = c.person();
      const d = c.person();
      const b = c.b;
      const ea = email(c, a);
      b.t('From ')
        .e('EMAIL', ea)
        .t(
          ` ${c.r.pick(['Mon', 'Tue', 'Wed', 'Thu'])} ${c.r.pick(['Mar', 'Apr', 'Oct'])} ${c.r.int(1, 28)} 09:${p2(c.r.int(0, 59))}:12 2024\n`,
        );
      b.t('Return-Path: <')
        .e('EMAIL', ea)
        .t('>\nReceived: from mail.')
        .t(c.r.pick(['example.org', 'relay.net']))
        .t(' (')
        .e('IP_ADDRESS', ipv4(c))
        .t(')\nFrom: "')
        .e('PERSON', fmtName(a, c.r.pick(['lf', 'fl'] as const), c.lang), a.src)
        .t('" <')
        .e('EMAIL', ea)
        .t('>\nTo: ')
        .e('PERSON', fmtName(d, 'fl', c.lang), d.src)
        .t(' <')
        .e('EMAIL', email(c, d))
        .t('>\nSubject: ')
        .t(
          c.L(
            'Re: your application',
            'AW: Ihre Bewerbung',
            'RE: votre candidature',
            'RE: su candidatura',
          ),
        )
        .t('\nMessage-ID: <')
        .n('uuid', uuid(c))
        .t('@mail.example.org>\nX-Mailer: ')
        .n('version', `Outlook ${version(c, true)}`)
        .t('\n\n');
      b.t(c.L('Hi ', 'Hallo ', 'Bonjour ', 'Hola '))
        .e('PERSON', d.first, d.src)
        .t(
          c.L(
            ', see my number below.\n',
            ', hier meine Nummer.\n',
            ', voici mon numéro.\n',
            ', aquí tienes mi número.\n',
          ),
        )
        .e('PHONE', phone(c))
        .t('\n');
    },
  ],
  [
    'http_request',
    (c) => {
      const x = pr(c);
      const b = c.b;
      const body: J = {
        firstName: E('PERSON', x.p.first, x.p.src),
        lastName: E('PERSON', x.p.last, x.p.src),
        email: E('EMAIL', x.email),
        phone: E('PHONE', x.phone),
      };
      b.t(
        `POST /api/v1/${c.r.pick(['signup', 'contacts', 'leads'])} HTTP/1.1\nHost: api.${c.r.pick(['northwind.io', 'firma.de', 'societe.fr', 'empresa.es'])}\nAuthorization: Bearer `,
      )
        .e('JWT', jwt(c))
        .t('\nCookie: session=')
        .e('GENERIC_SECRET', c.r.chars(36, ALNUM))
        .t('; lang=')
        .t(c.lang)
        .t('\nX-Forwarded-For: ')
        .e('IP_ADDRESS', ip(c))
        .t('\nX-Request-Id: ')
        .n('uuid', uuid(c))
        .t('\nContent-Type: application/json\n\n');
      writeJson(b, body, null);
      b.t('\n');
    },
  ],
  [
    'http_response',
    (c) => {
      const x = pr(c);
      const b = c.b;
      b.t(
        `HTTP/1.1 200 OK\nDate: Tue, ${c.r.int(1, 28)} May 2024 10:12:33 GMT\nContent-Type: application/json\nSet-Cookie: sid=`,
      )
        .e('GENERIC_SECRET', c.r.chars(40, ALNUM))
        .t('; HttpOnly; Secure\nETag: "')
        .n('sha', c.r.chars(32, HEX))
        .t('"\n\n');
      writeJson(
        b,
        {
          user: {
            id: c.r.int(1, 99999),
            name: c.nameVal(x.p, 'fl'),
            email: E('EMAIL', x.email),
            dateOfBirth: E('DATE_OF_BIRTH', fmtDate(c, x.dob, 'iso')),
            iban: E('IBAN', iban(c, false)),
            plan: N('not_name', c.r.pick(['Gold', 'Premium', 'Basic'])),
            updatedAt: N('timestamp', isoTs(c)),
          },
        },
        '  ',
      );
      b.t('\n');
    },
  ],
  [
    'access_log',
    (c) => {
      const n = c.r.int(3, 6);
      for (let i = 0; i < n; i++) {
        const b = c.b;
        b.e('IP_ADDRESS', ip(c)).t(
          ` - - [${c.r.int(10, 28)}/May/2024:${p2(c.r.int(0, 23))}:${p2(c.r.int(0, 59))}:${p2(c.r.int(0, 59))} +0200] "GET `,
        );
        if (c.r.chance(0.4)) {
          const x = c.person();
          b.t('/newsletter/unsubscribe?email=')
            .e('EMAIL', email(c, x).replace('@', '%40').replace('+', '%2B'))
            .t('&name=')
            .e('PERSON', encodeURIComponent(`${x.first} ${x.last}`).replace(/%20/g, '+'), x.src);
        } else b.t(`/assets/app.${c.r.chars(8, HEX)}.js`);
        b.t(
          ` HTTP/1.1" ${c.r.pick([200, 200, 304, 404])} ${c.r.int(200, 90000)} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/${c.r.int(110, 126)}.0.0.0"\n`,
        );
      }
    },
  ],
  [
    'syslog',
    (c) => {
      const host = c.r.pick(HOSTS).toLowerCase();
      const n = c.r.int(3, 5);
      for (let i = 0; i < n; i++) {
        const b = c.b;
        b.t(
          `${c.r.pick(['May', 'Jun', 'Jul'])} ${c.r.int(1, 28)} ${p2(c.r.int(0, 23))}:${p2(c.r.int(0, 59))}:${p2(c.r.int(0, 59))} `,
        )
          .n('not_name', host)
          .t(' ');
        const k = c.r.int(0, 2);
        if (k === 0)
          b.t(
            `sshd[${c.r.int(1000, 60000)}]: Failed password for invalid user ${c.r.pick(USERNAMES)} from `,
          )
            .e('IP_ADDRESS', ip(c))
            .t(` port ${c.r.int(1024, 65000)} ssh2\n`);
        else if (k === 1)
          b.t(`postfix/smtp[${c.r.int(1000, 60000)}]: ${c.r.chars(10, UP + DIG)}: to=<`)
            .e('EMAIL', email(c, c.person()))
            .t('>, relay=mx.')
            .t(c.r.pick(['gmx.net', 'orange.fr', 'gmail.com']))
            .t('[')
            .e('IP_ADDRESS', ipv4(c))
            .t(']:25, status=sent\n');
        else
          b.t(`crm-sync[${c.r.int(100, 9000)}]: updated contact `)
            .v(c.nameVal(c.person(), 'fl'))
            .t(' phone=')
            .e('PHONE', phone(c))
            .t('\n');
      }
    },
  ],
  [
    'curl_cmd',
    (c) => {
      const b = c.b;
      b.t(
        c.L(
          'This works locally but not in CI:\n',
          'Lokal geht das, in der CI nicht:\n',
          'Ça marche en local mais pas en CI :\n',
          'Funciona en local pero no en CI:\n',
        ),
      );
      b.t(
        `curl -s -X GET 'https://api.github.com/repos/acme/${c.r.pick(['hermes', 'athena', 'billing'])}/releases' \\\n  -H 'Authorization: token `,
      )
        .e('GITHUB_TOKEN', ghToken(c))
        .t("' \\\n  -H 'Accept: application/vnd.github+json'\n");
      if (c.r.chance(0.5))
        b.t('curl -u admin:')
          .e('GENERIC_SECRET', secret(c))
          .t(' https://jenkins.internal/api/json\n');
    },
  ],
  [
    'git_log',
    (c) => {
      const n = c.r.int(2, 3);
      for (let i = 0; i < n; i++) {
        const a = c.person();
        c.b
          .t('commit ')
          .n('sha', c.r.chars(40, HEX))
          .t('\nAuthor: ')
          .e('PERSON', fmtName(a, 'fl', c.lang), a.src)
          .t(' <')
          .e('EMAIL', email(c, a))
          .t(
            `>\nDate:   ${c.r.pick(['Mon', 'Tue', 'Fri'])} ${c.r.pick(['Apr', 'Sep'])} ${c.r.int(1, 28)} 14:${p2(c.r.int(0, 59))}:03 2024 +0200\n\n    `,
          )
          .t(
            c.L(
              'bump version to ',
              'Version erhöht auf ',
              'passage en version ',
              'subir versión a ',
            ),
          )
          .n('version', version(c))
          .t('\n\n');
      }
    },
  ],
  [
    'kv_ticket',
    (c) => {
      const x = pr(c);
      const b = c.b;
      b.t(
        c.L(
          'Customer record copied from the back office:\n\n',
          'Kundendaten aus dem Backoffice kopiert:\n\n',
          'Fiche client copiée depuis le back-office :\n\n',
          'Ficha del cliente copiada del backoffice:\n\n',
        ),
      );
      const lab = (k: string): string => hd(c, k, 1).padEnd(22, c.r.chance(0.5) ? ' ' : '.') + ': ';
      b.t(lab('full'))
        .v(c.nameVal(x.p, c.r.pick(['fl', 'LF', 'fml'] as const)))
        .t('\n');
      b.t(lab('dob'))
        .e('DATE_OF_BIRTH', fmtDate(c, x.dob, 'any'))
        .t('\n');
      b.t(lab('addr')).e('STREET_ADDRESS', x.addr.full).t('\n');
      b.t(lab('phone')).e('PHONE', x.phone).t('\n');
      b.t(lab('email')).e('EMAIL', x.email).t('\n');
      if (c.lang === 'en' && c.cc === 'US')
        b.t('SSN'.padEnd(22) + ': ')
          .e('US_SSN', ssn(c))
          .t('\n');
      else b.t(lab('iban')).e('IBAN', iban(c)).t('\n');
      b.t(lab('created')).n('plain_date', plainDate(c, 'local')).t('\n');
      b.t(lab('status')).v(status(c)).t('\n');
    },
  ],
  [
    'python_dict',
    (c) => {
      const x = pr(c);
      const b = c.b;
      b.t(
        c.L(
          '# fixture for the test, real data by mistake\n',
          '# Testdaten - versehentlich echte Daten\n',
          '# fixture de test - données réelles par erreur\n',
          '# datos de prueba - reales por error\n',
        ),
      );
      b.t('customer = {\n    "id": ')
        .t(String(c.r.int(1, 9999)))
        .t(',\n    "name": "')
        .v(c.nameVal(x.p, 'fl'))
        .t('",\n    "dob": date(')
        .t(`${x.dob.y}, ${x.dob.m}, ${x.dob.d}`)
        .t('),  # ')
        .e('DATE_OF_BIRTH', fmtDate(c, x.dob, 'iso'))
        .t('\n    "card": "')
        .e('CREDIT_CARD', card(c))
        .t('",\n    "ip": "')
        .e('IP_ADDRESS', ip(c))
        .t('",\n    "sku": "')
        .n('order_no', `SKU-${c.r.digits(6)}`)
        .t('",\n}\n');
    },
  ],
  [
    'logfmt',
    (c) => {
      const n = c.r.int(3, 5);
      for (let i = 0; i < n; i++) {
        const x = c.person();
        const b = c.b;
        b.t('ts=')
          .n('timestamp', isoTs(c))
          .t(
            ` level=${c.r.pick(['info', 'warn', 'error'])} msg="${c.r.pick(['kyc check', 'login', 'payout'])}" user="`,
          )
          .e('PERSON', fmtName(x, 'fl', c.lang), x.src)
          .t('" ');
        if (c.r.chance(0.5)) b.t('iban=').e('IBAN', iban(c, false));
        else b.t('ssn=').e('US_SSN', ssn(c).replace(/ /g, '-'));
        b.t(' client_ip=')
          .e('IP_ADDRESS', ip(c))
          .t(' build=')
          .n('version', version(c, true))
          .t('\n');
      }
    },
  ],
  [
    'js_object',
    (c) => {
      const x = pr(c);
      const b = c.b;
      b.t(
        `// ${c.L('seed data', 'Seed-Daten', 'données de seed', 'datos semilla')}\nexport const users = [\n`,
      );
      for (let i = 0, n = c.r.int(1, 3); i < n; i++) {
        const y = i === 0 ? x : pr(c);
        b.t("  { firstName: '")
          .e('PERSON', y.p.first, y.p.src)
          .t("', lastName: '")
          .e('PERSON', y.p.last.replace(/'/g, "\\'"), y.p.src)
          .t("', email: '")
          .e('EMAIL', y.email.replace(/'/g, ''))
          .t("', tel: '")
          .e('PHONE', y.phone)
          .t("', createdAt: new Date('")
          .n('plain_date', plainDate(c, 'iso'))
          .t("') },\n");
      }
      b.t('];\n');
    },
  ],
  [
    'xml_attrs',
    (c) => {
      const b = c.b;
      b.t(`<?xml version="1.0"?>\n<employees exported="`).n('timestamp', isoTs(c)).t('">\n');
      for (let i = 0, n = c.r.int(2, 4); i < n; i++) {
        const x = pr(c);
        b.t(`  <employee id="${c.r.digits(5)}" firstName="`)
          .e('PERSON', x.p.first.replace(/'/g, '&apos;'), x.p.src)
          .t('" lastName="')
          .e('PERSON', x.p.last.replace(/'/g, '&apos;'), x.p.src)
          .t('" birthDate="')
          .e('DATE_OF_BIRTH', fmtDate(c, x.dob, 'iso'))
          .t('">\n    <email>')
          .e('EMAIL', x.email)
          .t('</email>\n    <workstation>')
          .n('not_name', c.r.pick(HOSTS))
          .t('</workstation>\n  </employee>\n');
      }
      b.t('</employees>\n');
    },
  ],
  [
    'pem_in_json',
    (c) => {
      c.b.t(
        c.L(
          'Service account file (redact before sharing!):\n',
          'Service-Account-Datei (vor dem Teilen schwärzen!):\n',
          'Fichier de compte de service (à caviarder !) :\n',
          'Fichero de cuenta de servicio (¡ocultar antes de compartir!):\n',
        ),
      );
      const x = c.person();
      writeJson(
        c.b,
        {
          type: P('service_account'),
          project_id: N('not_name', `${c.r.pick(HOSTS).toLowerCase()}-prod`),
          private_key_id: N('sha', c.r.chars(40, HEX)),
          private_key: E('PRIVATE_KEY', pem(c, '\\n')),
          client_email: E(
            'EMAIL',
            `${fold(x.first)}@${c.r.pick(['acme-prod', 'hermes-iam'])}.iam.gserviceaccount.com`,
          ),
          created_by: c.nameVal(x, 'fl'),
        },
        '  ',
      );
      c.b.t('\n');
    },
  ],
];

// ---------------------------------------------------------------------------------------------
// Hard-negative-only templates (no entity at all)

const NEG: [string, Tpl][] = [
  [
    'neg_products_csv',
    (c) => {
      const head = [
        'sku',
        c.L('product', 'artikel', 'produit', 'producto'),
        c.L('brand', 'marke', 'marque', 'marca'),
        c.L('price', 'preis', 'prix', 'precio'),
        'ean_isbn',
        hd(c, 'status', 0),
      ];
      renderDelim(
        c.b,
        head,
        rowsOf(c, 3, 6, () => [
          N('order_no', `SKU-${c.r.digits(6)}`),
          N('not_name', c.r.pick(PRODUCTS)),
          N('not_name', c.r.pick(COMPANIES)),
          N('price', price(c)),
          N('isbn', isbn(c)),
          status(c),
        ]),
        c.lang === 'en' ? ',' : ';',
      );
    },
  ],
  [
    'neg_inventory_yaml',
    (c) => {
      const hosts: J[] = [];
      for (let i = 0, n = c.r.int(2, 4); i < n; i++)
        hosts.push({
          name: N('not_name', c.r.pick(HOSTS)),
          role: P(c.r.pick(['db', 'cache', 'worker', 'lb'])),
          os_version: N('version', version(c, true)),
          agent: N('version', version(c, false)),
          provisioned: N('plain_date', plainDate(c, 'iso')),
        });
      c.b.t(
        `# ${c.L('server inventory', 'Serverinventar', 'inventaire serveurs', 'inventario de servidores')}\n`,
      );
      writeYaml(c.b, {
        datacenter: N('not_name', c.r.pick(['Frankfurt', 'Paris', 'Madrid', 'Dublin', 'Virginia'])),
        hosts,
      });
    },
  ],
  [
    'neg_release_md',
    (c) => {
      c.b.t(
        c.L(
          '## Release history\n\n',
          '## Versionshistorie\n\n',
          '## Historique des versions\n\n',
          '## Historial de versiones\n\n',
        ),
      );
      renderMd(
        c.b,
        [
          c.L('Version', 'Version', 'Version', 'Versión'),
          'Commit',
          c.L('Date', 'Datum', 'Date', 'Fecha'),
          c.L('Codename', 'Codename', 'Nom de code', 'Nombre clave'),
        ],
        rowsOf(c, 3, 6, () => [
          N('version', version(c)),
          N('sha', c.r.chars(7, HEX)),
          N('plain_date', plainDate(c, 'iso')),
          N(
            'not_name',
            c.r.pick(['Athena', 'Hermes', 'Juno', 'Orion', 'Vega', 'Lyra', 'Grace', 'Ada']),
          ),
        ]),
      );
    },
  ],
  [
    'neg_build_ndjson',
    (c) => {
      for (let i = 0, n = c.r.int(3, 5); i < n; i++) {
        writeJson(
          c.b,
          {
            ts: N('timestamp', isoTs(c)),
            job: N('uuid', uuid(c)),
            runner: N('not_name', c.r.pick(HOSTS)),
            step: P(c.r.pick(['checkout', 'build', 'test', 'publish'])),
            version: N('version', version(c)),
            sha: N('sha', c.r.chars(40, HEX)),
            duration_ms: c.r.int(100, 90000),
          },
          null,
        );
        c.b.t('\n');
      }
    },
  ],
  [
    'neg_orders_csv',
    (c) => {
      const head = [
        c.L('order_no', 'bestellnr', 'num_commande', 'num_pedido'),
        hd(c, 'created', 0),
        c.L('ship_city', 'lieferort', 'ville_livraison', 'ciudad_envio'),
        hd(c, 'amount', 0),
        hd(c, 'status', 0),
        c.L('carrier', 'versender', 'transporteur', 'transportista'),
      ];
      renderDelim(
        c.b,
        head,
        rowsOf(c, 3, 7, () => [
          N('order_no', orderNo(c)),
          N('timestamp', isoTs(c)),
          N('not_name', city(c)),
          N('price', price(c)),
          status(c),
          N(
            'not_name',
            c.r.pick(['DHL', 'UPS', 'Chronopost', 'Correos', 'Hermes', 'GLS', 'Colissimo']),
          ),
        ]),
        c.lang === 'en' ? ',' : ';',
      );
    },
  ],
  [
    'neg_orders_psql',
    (c) => {
      c.b.t(
        'shop=# SELECT id, external_ref, state, total, valid_from FROM subscriptions LIMIT 4;\n',
      );
      renderPsql(
        c.b,
        ['id', 'external_ref', 'state', 'total', 'valid_from'],
        rowsOf(c, 2, 4, () => [
          N('uuid', uuid(c)),
          N('card_lookalike', cardLookalike(c).replace(/[ -]/g, '')),
          status(c),
          N('price', price(c).replace(/[^\d.,]/g, '')),
          N('plain_date', plainDate(c, 'iso')),
        ]),
      );
    },
  ],
  [
    'neg_products_api',
    (c) => {
      const items: J[] = [];
      for (let i = 0, n = c.r.int(2, 4); i < n; i++)
        items.push({
          id: N('uuid', uuid(c)),
          title: N('not_name', c.r.pick(PRODUCTS)),
          vendor: N('not_name', c.r.pick(COMPANIES)),
          price: N('price', price(c)),
          updated_at: N('timestamp', isoTs(c)),
        });
      writeJson(
        c.b,
        { items, pagination: { page: c.r.int(1, 5), page_size: 20, total_pages: c.r.int(5, 40) } },
        '  ',
      );
    },
  ],
  [
    'neg_invoice_lines_xml',
    (c) => {
      const b = c.b;
      b.t('<InvoiceLines>\n');
      for (let i = 0, n = c.r.int(2, 4); i < n; i++) {
        b.t(`  <Line no="${i + 1}">\n    <Item>`)
          .n('not_name', c.r.pick(PRODUCTS))
          .t('</Item>\n    <OrderRef>')
          .n('order_no', orderNo(c))
          .t('</OrderRef>\n    <DeliveryDate>')
          .n('plain_date', plainDate(c, 'iso'))
          .t('</DeliveryDate>\n    <Amount>')
          .n('price', price(c))
          .t('</Amount>\n  </Line>\n');
      }
      b.t('</InvoiceLines>\n');
    },
  ],
  [
    'neg_ldif_services',
    (c) => {
      for (let i = 0, n = c.r.int(2, 3); i < n; i++) {
        const u = c.r.pick(USERNAMES);
        const h = c.r.pick(HOSTS);
        c.b
          .t('dn: cn=')
          .n('not_name', u)
          .t(',ou=ServiceAccounts,dc=corp,dc=local\nobjectClass: account\ncn: ')
          .n('not_name', u)
          .t('\nhost: ')
          .n('not_name', h)
          .t('\ndescription: ')
          .t(
            c.L(
              'nightly backup job',
              'nächtlicher Backup-Job',
              'sauvegarde nocturne',
              'copia de seguridad nocturna',
            ),
          )
          .t('\ncreateTimestamp: ')
          .n('timestamp', `${c.r.int(2020, 2025)}${p2(c.r.int(1, 12))}${p2(c.r.int(1, 28))}083000Z`)
          .t('\n\n');
      }
    },
  ],
  [
    'neg_configmap',
    (c) => {
      c.b
        .t(
          `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${c.r.pick(['hermes', 'athena', 'billing'])}-config\n  uid: `,
        )
        .n('uuid', uuid(c))
        .t('\ndata:\n  APP_VERSION: "')
        .n('version', version(c, true))
        .t('"\n  FEATURE_FLAGS: "')
        .t(c.r.pick(['new-checkout,dark-mode', 'beta-search']))
        .t('"\n  RELEASE_DATE: "')
        .n('plain_date', plainDate(c, 'iso'))
        .t('"\n  IMAGE_DIGEST: "sha256:')
        .n('sha', c.r.chars(64, HEX))
        .t('"\n  UPSTREAM: "')
        .n('not_name', c.r.pick(HOSTS).toLowerCase())
        .t('"\n');
    },
  ],
  [
    'neg_stock_fixed',
    (c) => {
      c.b
        .t(c.L('STOCK REPORT ', 'LAGERBESTAND ', 'ÉTAT DU STOCK ', 'INFORME DE STOCK '))
        .n('plain_date', plainDate(c, 'local'))
        .t('\n\n');
      renderFixed(
        c.b,
        [
          c.L('Item', 'Artikel', 'Article', 'Artículo'),
          'SKU',
          c.L('Warehouse', 'Lager', 'Entrepôt', 'Almacén'),
          c.L('Qty', 'Menge', 'Qté', 'Cant.'),
          c.L('Unit price', 'EP', 'PU', 'PVP'),
        ],
        rowsOf(c, 3, 6, () => [
          N('not_name', c.r.pick(PRODUCTS)),
          N('order_no', `${c.r.chars(2, UP)}-${c.r.digits(5)}`),
          N('not_name', city(c)),
          P(String(c.r.int(0, 900))),
          N('price', price(c)),
        ]),
      );
    },
  ],
  [
    'neg_lookalike_refs',
    (c) => {
      c.b.t(
        c.L(
          'Test references for the QA run (all invalid on purpose):\n',
          'Testreferenzen für den QA-Lauf (absichtlich ungültig):\n',
          'Références de test pour la recette (volontairement invalides) :\n',
          'Referencias de prueba para QA (inválidas a propósito):\n',
        ),
      );
      renderDelim(
        c.b,
        [
          'case',
          'ref_card',
          'ref_account',
          c.L('ref_ssn', 'ref_ssn', 'ref_ssn', 'ref_ssn'),
          'expected',
        ],
        rowsOf(c, 3, 5, (i) => [
          P(`TC-${i + 1}`),
          N('card_lookalike', cardLookalike(c)),
          N('iban_invalid', ibanInvalid(c)),
          N('ssn_invalid', ssnInvalid(c)),
          P('reject'),
        ]),
        ',',
      );
    },
  ],
  [
    'neg_rooms_ical',
    (c) => {
      const room = c.r.pick(['Athena', 'Hermes', 'Minerva', 'Juno', 'Apollo']);
      c.b
        .t('BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:')
        .n('uuid', uuid(c))
        .t('\nDTSTART:')
        .n('timestamp', `${c.r.int(2024, 2025)}${p2(c.r.int(1, 12))}${p2(c.r.int(1, 28))}T100000Z`)
        .t('\nSUMMARY:')
        .t(
          c.L(
            'Sprint planning',
            'Sprintplanung',
            'Planification de sprint',
            'Planificación del sprint',
          ),
        )
        .t('\nLOCATION:')
        .n('not_name', `${c.L('Room', 'Raum', 'Salle', 'Sala')} ${room}`)
        .t('\nATTENDEE;CUTYPE=ROOM;CN=')
        .n('not_name', room)
        .t(':mailto:room-')
        .t(room.toLowerCase())
        .t('@resource.calendar\nEND:VEVENT\nEND:VCALENDAR\n');
    },
  ],
  [
    'neg_library_tsv',
    (c) => {
      renderDelim(
        c.b,
        [
          'ISBN',
          c.L('Title', 'Titel', 'Titre', 'Título'),
          c.L('Due', 'Fällig', 'Retour', 'Devolución'),
          c.L('Fine', 'Gebühr', 'Amende', 'Multa'),
        ],
        rowsOf(c, 3, 6, () => [
          N('isbn', isbn(c)),
          N(
            'not_name',
            c.r.pick([
              'Moby Dick',
              'Madame Bovary',
              'Don Quijote',
              'Effi Briest',
              'Emma',
              'Jane Eyre',
              'Faust',
              'Germinal',
            ]),
          ),
          N('plain_date', plainDate(c, 'local')),
          N('price', price(c)),
        ]),
        '\t',
      );
    },
  ],
  [
    'neg_tf_state',
    (c) => {
      writeJson(
        c.b,
        {
          version: 4,
          terraform_version: N('version', version(c, false)),
          lineage: N('uuid', uuid(c)),
          resources: [
            {
              type: P('aws_s3_bucket'),
              name: N('not_name', c.r.pick(HOSTS).toLowerCase()),
              instances: [
                {
                  attributes: {
                    arn: P(`arn:aws:s3:::${c.r.pick(['hermes', 'athena'])}-logs-${c.r.digits(4)}`),
                    creation_date: N('timestamp', isoTs(c)),
                    etag: N('sha', c.r.chars(32, HEX)),
                  },
                },
              ],
            },
          ],
        },
        '  ',
      );
    },
  ],
  [
    'neg_ini_settings',
    (c) => {
      c.b
        .t('[app]\nname = ')
        .n('not_name', c.r.pick(HOSTS))
        .t('\nversion = ')
        .n('version', version(c, true))
        .t('\nlocale = ')
        .t(c.lang)
        .t('\n\n[billing]\ncurrency = EUR\nmin_order = ')
        .n('price', price(c))
        .t('\nvalid_from = ')
        .n('plain_date', plainDate(c, 'iso'))
        .t('\ntest_card = ')
        .n('card_lookalike', cardLookalike(c))
        .t('\n');
    },
  ],
];

// ---------------------------------------------------------------------------------------------
// Assembly

export const HELDOUT15_ENTITY_TEMPLATES: readonly string[] = [...TABLES, ...STRUCT].map(([k]) => k);
export const HELDOUT15_NEGATIVE_TEMPLATES: readonly string[] = NEG.map(([k]) => k);

export function generateHeldout15(n = 2000, seed = 0x15eed15): Heldout15Record[] {
  const ent = [...TABLES, ...STRUCT];
  const out: Heldout15Record[] = [];
  const counters: Record<Lang, { e: number; n: number }> = {
    en: { e: 0, n: 0 },
    de: { e: 0, n: 0 },
    fr: { e: 0, n: 0 },
    es: { e: 0, n: 0 },
  };
  const master = new Rng(seed);
  const orderE = master.shuffle(ent);
  const orderN = master.shuffle(NEG);
  for (let i = 0; i < n; i++) {
    const lang = LANG_ORDER[i % 4]!;
    const k = Math.floor(i / 4);
    const negOnly = (k * 37) % 100 < 18;
    const r = new Rng((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
    const cc = r.pick(LANG_COUNTRIES[lang]);
    const c = new Ctx(r, lang, cc);
    const ctr = counters[lang];
    const [name, fn] = negOnly
      ? orderN[ctr.n++ % orderN.length]!
      : orderE[ctr.e++ % orderE.length]!;
    fn(c);
    out.push({
      id: `h15-${lang}-${String(i).padStart(5, '0')}`,
      lang,
      template: `${lang}:${name}`,
      text: c.b.text,
      entities: c.b.ents,
      negatives: c.b.negs,
    });
  }
  return out;
}
