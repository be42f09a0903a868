/**
 * Generator for `bench/pii-heldout6.ts`: a sixth, blind held-out set. Written from the developer
 * corpus README's conventions only (entity types, span rules, hard-negative kinds), without reading
 * the engine's rules, the other held-out generators or the corpus texts. 500 texts per language
 * (EN/DE/FR/ES) from ~60 templates in everyday genres (call transcripts, claims, HR reviews,
 * tenancy agreements, discharge letters, SMS refills, permission slips, KYC forms, order e-mails,
 * DSARs, witness statements, seating plans, rosters, badge lists, itineraries, visa and tax forms,
 * postmortems, Helm values, .npmrc/.pypirc/.netrc, CI logs, SQL dumps, XML/HTML, Markdown and
 * fixed-width tables, forwarded mail chains, voicemail and OCR transcripts …). Values are built
 * here: names from @faker-js/faker in 20 locales (~75 %) or syllable-built and absent from every
 * faker name list (~25 %); phones, addresses, IBANs (mod-97 and national checks), Luhn-valid cards,
 * SSNs, IPs, URLs, e-mails, dates of birth and secrets from our own national formats. Deterministic
 * (own mulberry32 PRNG, seeded faker instances). Offsets are recorded while each text is built and
 * checked against the value.
 *
 * Conventions decided here (beyond the README): a multi-line address is one STREET_ADDRESS span
 * from the street line through the postcode/city line (newlines between lines, never inside one;
 * the recipient name is a PERSON span of its own, a trailing country name is outside); where the
 * postcode precedes the city (DE/AT/CH/FR/BE/ES/MX) the city ends the span, a trailing region
 * ("CDMX", "(Québec)") is inside when it follows the postcode line on the same line; "Family, Given"
 * and "FAMILY Given" are one PERSON span; a family name alone after a title ("Herr Kowalski",
 * "Mme Girard") is a PERSON span without the title; credentials in .netrc ("password X") and
 * .pypirc / .npmrc tokens are GENERIC_SECRET even without "="; host names without a scheme are not
 * URLs; national ID numbers outside the taxonomy do not appear.
 */
/* eslint-disable @typescript-eslint/no-unused-expressions, @typescript-eslint/no-misused-spread -- texts are appended by tagged templates (`c.w`...``); spread strings are ASCII digits/alphabets */
import {
  Faker,
  allLocales,
  base,
  de,
  de_AT,
  de_CH,
  en,
  en_AU,
  en_CA,
  en_GB,
  en_IE,
  en_US,
  es,
  es_MX,
  fr,
  fr_BE,
  fr_CA,
  fr_CH,
  it,
  nl,
  pl,
  pt_BR,
  tr,
  vi,
  type LocaleDefinition,
} from '@faker-js/faker';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import type { HeldoutRecord, Lang } from './pii-heldout-data.js';

export interface Heldout6Span extends Span {
  /** PERSON only: name drawn from faker's lists, or syllable-built and in no list. */
  readonly source?: 'listed' | 'invented';
}

export interface Heldout6Record extends HeldoutRecord {
  readonly entities: Heldout6Span[];
}

// ---------------------------------------------------------------------------------------------
// randomness

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
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(arr: readonly T[]): T {
    if (arr.length === 0) throw new Error('pick from empty list');
    return arr[Math.floor(this.next() * arr.length)]!;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1]![0];
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
  pad(n: number, width: number): string {
    return String(n).padStart(width, '0');
  }
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const B62 = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64 = B62 + '+/';

// ---------------------------------------------------------------------------------------------
// text builder

type Source = 'listed' | 'invented';
interface Mark {
  readonly mark: 'ent' | 'neg';
  readonly type: string;
  readonly value: string;
  readonly source?: Source;
}
type Piece = string | number | Mark | readonly Piece[];

const ent = (type: string, value: string): Mark => ({ mark: 'ent', type, value });
const neg = (kind: string, value: string): Mark => ({ mark: 'neg', type: kind, value });

class Doc {
  text = '';
  readonly entities: Heldout6Span[] = [];
  readonly negatives: { kind: string; start: number; end: number }[] = [];

  add(p: Piece): void {
    if (typeof p === 'string' || typeof p === 'number') {
      this.text += String(p);
      return;
    }
    if (Array.isArray(p)) {
      for (const q of p as readonly Piece[]) this.add(q);
      return;
    }
    const m = p as Mark;
    const start = this.text.length;
    this.text += m.value;
    const end = this.text.length;
    if (m.mark === 'neg') this.negatives.push({ kind: m.type, start, end });
    else if (m.source !== undefined)
      this.entities.push({ type: m.type, start, end, source: m.source });
    else this.entities.push({ type: m.type, start, end });
  }

  /** Tagged template: appends literal parts and pieces in order. */
  w = (strings: TemplateStringsArray, ...vals: Piece[]): void => {
    strings.forEach((s, i) => {
      this.text += s;
      if (i < vals.length) this.add(vals[i]!);
    });
  };
}

// ---------------------------------------------------------------------------------------------
// names

const LOCALES: Record<string, LocaleDefinition> = {
  en_US,
  en_GB,
  en_AU,
  en_CA,
  en_IE,
  de,
  de_AT,
  de_CH,
  fr,
  fr_BE,
  fr_CH,
  fr_CA,
  es,
  es_MX,
  nl,
  it,
  pt_BR,
  pl,
  tr,
  vi,
};
const OTHER_LOCALES = ['nl', 'it', 'pt_BR', 'pl', 'tr', 'vi', 'en_US', 'en_GB', 'de', 'fr', 'es'];

function collectStrings(v: unknown, into: Set<string>): void {
  if (typeof v === 'string') {
    for (const part of v.split(/[\s-]+/)) if (part !== '') into.add(part.toLowerCase());
  } else if (Array.isArray(v)) for (const x of v) collectStrings(x, into);
  else if (v !== null && typeof v === 'object')
    for (const x of Object.values(v as Record<string, unknown>)) collectStrings(x, into);
}

let listedNames: Set<string> | undefined;
/** Every word of every person-name list of every faker locale, lowercased. */
function fakerNameWords(): Set<string> {
  if (listedNames === undefined) {
    listedNames = new Set();
    for (const loc of Object.values(allLocales)) {
      const p = loc.person;
      if (p === undefined) continue;
      collectStrings(p.first_name, listedNames);
      collectStrings(p.last_name, listedNames);
      collectStrings(p.middle_name, listedNames);
    }
  }
  return listedNames;
}

interface Person {
  readonly given: string;
  readonly family: string;
  readonly male: boolean;
  readonly source: Source;
}

const SYL: Record<Lang, { on: string[]; nu: string[]; co: string[]; endF: string[] }> = {
  en: {
    on: ['br', 'th', 'k', 'j', 'w', 'gr', 'l', 'm', 'tr', 'd', 'h', 'sh', 'c', 'v', 'r'],
    nu: ['a', 'e', 'o', 'i', 'ay', 'ee', 'oa', 'u'],
    co: ['nd', 'rt', 'ck', 'll', 'n', 'm', 'x', 'rn', 'ld', 'sh', 'tt'],
    endF: ['wick', 'ford', 'ley', 'ton', 'well', 'by', 'more', 'ham', 'ridge', 'cott'],
  },
  de: {
    on: ['kr', 'h', 'w', 'br', 'sch', 'g', 'l', 'm', 'st', 'fr', 'r', 'tr', 'z', 'pf'],
    nu: ['a', 'e', 'i', 'o', 'u', 'ei', 'au', 'ü', 'ö', 'ie'],
    co: ['nk', 'lt', 'rg', 'nd', 'ck', 'ns', 'rm', 'tz', 'ch', 'll'],
    endF: ['bauer', 'mann', 'linger', 'huber', 'stätter', 'wieser', 'brock', 'hofer', 'ecker'],
  },
  fr: {
    on: ['b', 'ch', 'g', 'l', 'm', 'v', 'p', 'r', 't', 'br', 'cl', 'fl', 'd', 's'],
    nu: ['a', 'e', 'i', 'o', 'ou', 'au', 'é', 'ai', 'eu'],
    co: ['n', 'rl', 'st', 'rd', 'll', 'ss', 'v', 'nt', 'rm'],
    endF: ['court', 'ville', 'mont', 'ier', 'ard', 'eau', 'ac', 'ot', 'elle'],
  },
  es: {
    on: ['b', 'c', 'g', 'l', 'm', 'p', 'r', 't', 'v', 'z', 'ch', 'll', 'br', 'd', 'qu'],
    nu: ['a', 'e', 'i', 'o', 'u', 'ia', 'ue'],
    co: ['n', 'r', 'l', 's', 'rr', 'nt', 'rb', 'nc', 'lm'],
    endF: ['ández', 'ares', 'ozo', 'illa', 'uela', 'ero', 'anos', 'ival', 'endo'],
  },
};

const NICKS: Record<Lang, string[]> = {
  en: ['Bob', 'Liz', 'Jim', 'Kate', 'Mike', 'Jenny', 'Dave', 'Becky', 'Tommy', 'Sam', 'Pat'],
  de: ['Kathi', 'Steffi', 'Andi', 'Basti', 'Toni', 'Uli', 'Resi', 'Sepp', 'Flo', 'Jojo'],
  fr: ['Juju', 'Manu', 'Steph', 'Seb', 'Nico', 'Fanfan', 'Doudou', 'Gégé', 'Isa', 'Val'],
  es: ['Pepe', 'Paco', 'Lola', 'Manolo', 'Nacho', 'Charo', 'Lupe', 'Quique', 'Pili', 'Chema'],
};

type Country = 'US' | 'GB' | 'IE' | 'CA' | 'AU' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'ES' | 'MX';
const LANG_COUNTRIES: Record<Lang, readonly (readonly [Country, number])[]> = {
  en: [
    ['US', 40],
    ['GB', 25],
    ['IE', 10],
    ['CA', 12],
    ['AU', 13],
  ],
  de: [
    ['DE', 60],
    ['AT', 20],
    ['CH', 20],
  ],
  fr: [
    ['FR', 55],
    ['BE', 20],
    ['CH', 12],
    ['CA', 13],
  ],
  es: [
    ['ES', 55],
    ['MX', 45],
  ],
};
function homeLocale(lang: Lang, c: Country): string {
  switch (c) {
    case 'US':
      return 'en_US';
    case 'GB':
      return 'en_GB';
    case 'IE':
      return 'en_IE';
    case 'AU':
      return 'en_AU';
    case 'CA':
      return lang === 'fr' ? 'fr_CA' : 'en_CA';
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
      return 'es';
    case 'MX':
      return 'es_MX';
  }
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

function translit(s: string): string {
  return s
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

function mod97(digits: string): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
}
function ibanToDigits(s: string): string {
  return [...s].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
}
function ibanCheck(cc: string, bban: string): string {
  return String(98 - mod97(ibanToDigits(bban + cc + '00'))).padStart(2, '0');
}
export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, '');
  return mod97(ibanToDigits(s.slice(4) + s.slice(0, 4))) === 1;
}
function luhnDigit(partial: string): number {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
export function luhnValid(num: string): boolean {
  const s = num.replace(/\D/g, '');
  return luhnDigit(s.slice(0, -1)) === Number(s.slice(-1));
}
function group4(s: string): string {
  return s.replace(/(.{4})(?=.)/g, '$1 ');
}
function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

// ---------------------------------------------------------------------------------------------
// per-record context: values in national formats

interface Street {
  readonly city: string;
  readonly region?: string;
  readonly zip: () => string;
  readonly streets: readonly string[];
}

class Ctx {
  readonly d = new Doc();
  readonly w = this.d.w;
  readonly country: Country;
  private readonly fakers: Map<string, Faker>;

  constructor(
    readonly lang: Lang,
    readonly r: Rng,
    fakers: Map<string, Faker>,
  ) {
    this.fakers = fakers;
    this.country = r.weighted(LANG_COUNTRIES[lang]);
  }

  /** Picks the string for the record's language. */
  L(en: string, de: string, fr: string, es: string): string {
    return { en, de, fr, es }[this.lang];
  }
  pick<T>(a: readonly T[]): T {
    return this.r.pick(a);
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }
  chance(p: number): boolean {
    return this.r.chance(p);
  }
  in(...cs: Country[]): boolean {
    return cs.includes(this.country);
  }

  // ----- persons
  private invented(): string {
    const s = SYL[this.lang];
    const words = fakerNameWords();
    for (;;) {
      let w = this.pick(s.on) + this.pick(s.nu) + this.pick(s.co);
      if (this.chance(0.5)) w += this.pick(s.nu);
      w = w[0]!.toUpperCase() + w.slice(1);
      if (w.length >= 4 && !words.has(w.toLowerCase())) return w;
    }
  }
  private inventedFamily(): string {
    const s = SYL[this.lang];
    const words = fakerNameWords();
    for (;;) {
      let w = this.pick(s.on) + this.pick(s.nu) + (this.chance(0.4) ? this.pick(s.co) : '');
      w += this.pick(s.endF);
      w = w[0]!.toUpperCase() + w.slice(1);
      if (!words.has(w.toLowerCase())) return w;
    }
  }
  person(opts: { local?: boolean } = {}): Person {
    const male = this.chance(0.5);
    if (this.chance(0.25)) {
      let family = this.inventedFamily();
      if (this.lang === 'es' && this.chance(0.6)) family += ' ' + this.inventedFamily();
      return { given: this.invented(), family, male, source: 'invented' };
    }
    const loc =
      opts.local === true || this.chance(0.6)
        ? homeLocale(this.lang, this.country)
        : this.pick(OTHER_LOCALES);
    const f = this.fakers.get(loc)!;
    const sex = male ? 'male' : 'female';
    const given = f.person.firstName(sex);
    let family = f.person.lastName(sex);
    if ((loc === 'es' || loc === 'es_MX') && !family.includes(' ') && this.chance(0.7))
      family += ' ' + f.person.lastName();
    else if (['de', 'de_AT', 'de_CH', 'fr', 'fr_BE'].includes(loc) && this.chance(0.08))
      family += '-' + f.person.lastName();
    else if (['de', 'de_AT'].includes(loc) && this.chance(0.04)) family = 'von ' + family;
    else if (['fr', 'fr_BE', 'fr_CA'].includes(loc) && this.chance(0.05)) family = 'de ' + family;
    else if (loc === 'en_IE' && this.chance(0.15)) family = "O'" + family;
    return { given, family, male, source: 'listed' };
  }
  P(p: Person, value: string): Mark {
    return { mark: 'ent', type: 'PERSON', value, source: p.source };
  }
  full(p: Person): Mark {
    return this.P(p, `${p.given} ${p.family}`);
  }
  given(p: Person): Mark {
    return this.P(p, p.given);
  }
  /** Family name alone, with a title outside the span. */
  titled(p: Person): Piece[] {
    const t = p.male
      ? this.L(
          this.pick(['Mr ', 'Mr. ', 'Dr. ']),
          this.pick(['Herr ', 'Hr. ', 'Dr. ']),
          this.pick(['M. ', 'Monsieur ', 'Dr ']),
          this.pick(['Sr. ', 'D. ', 'el Sr. ']),
        )
      : this.L(
          this.pick(['Ms ', 'Mrs. ', 'Dr. ']),
          this.pick(['Frau ', 'Fr. ', 'Dr. ']),
          this.pick(['Mme ', 'Madame ', 'Dr ']),
          this.pick(['Sra. ', 'Dña. ', 'la Sra. ']),
        );
    return [t, this.P(p, p.family)];
  }
  /** Any written form of the name (title words outside the span). */
  any(p: Person, chat = false): Piece {
    const f = this.r.weighted<string>([
      ['full', 40],
      ['upper', 6],
      ['comma', 7],
      ['initial', 8],
      ['given', 10],
      ['titled', 10],
      ['titledFull', 8],
      ['middle', 5],
      ['nick', chat ? 6 : 2],
      ['lower', chat ? 12 : 0],
    ]);
    switch (f) {
      case 'upper':
        return this.P(p, `${p.family.toUpperCase()} ${p.given}`);
      case 'comma':
        return this.P(p, `${p.family}, ${p.given}`);
      case 'initial':
        return this.P(p, `${p.given[0]!}. ${p.family}`);
      case 'given':
        return this.given(p);
      case 'titled':
        return this.titled(p);
      case 'titledFull': {
        const t = this.titled(p);
        return [t[0]!, this.full(p)];
      }
      case 'middle':
        return this.P(p, `${p.given} ${this.pick(UPPER.split(''))}. ${p.family}`);
      case 'nick':
        return {
          mark: 'ent',
          type: 'PERSON',
          value: this.pick(NICKS[this.lang]),
          source: 'listed',
        };
      case 'lower':
        return this.P(
          p,
          this.chance(0.5) ? p.given.toLowerCase() : `${p.given} ${p.family}`.toLowerCase(),
        );
      default:
        return this.full(p);
    }
  }

  // ----- e-mail, URL
  emailOf(p: Person | undefined, domain?: string): Mark {
    const g = p === undefined ? translit(this.invented()) : translit(p.given) || 'info';
    const f = p === undefined ? translit(this.inventedFamily()) : translit(p.family) || 'kontakt';
    const local = this.r.weighted<string>([
      [`${g}.${f}`, 30],
      [`${g[0]!}${f}`, 15],
      [`${g}_${f}`, 8],
      [`${g}${this.int(1, 99)}`, 10],
      [`${g}.${f}+${this.pick(['shop', 'news', 'bank', 'work', 'amazon', 'promo'])}`, 8],
      [`${f}.${g[0]!}`, 8],
      [`${g}-${f}${this.int(70, 2005)}`, 6],
    ]);
    const dom =
      domain ??
      this.pick(
        {
          US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'proton.me'],
          GB: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'sky.com', 'outlook.com'],
          IE: ['gmail.com', 'eircom.net', 'hotmail.com', 'outlook.ie'],
          CA: ['gmail.com', 'rogers.com', 'shaw.ca', 'videotron.ca', 'sympatico.ca'],
          AU: ['gmail.com', 'bigpond.com', 'optusnet.com.au', 'outlook.com.au'],
          DE: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de', 'freenet.de'],
          AT: ['gmx.at', 'aon.at', 'chello.at', 'gmail.com', 'a1.net'],
          CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'hispeed.ch', 'gmail.com'],
          FR: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'gmail.com', 'wanadoo.fr'],
          BE: ['skynet.be', 'telenet.be', 'proximus.be', 'gmail.com'],
          ES: ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es'],
          MX: ['gmail.com', 'hotmail.com', 'yahoo.com.mx', 'prodigy.net.mx', 'outlook.com'],
        }[this.country],
      );
    return ent('EMAIL', `${local}@${dom}`);
  }
  workEmail(p: Person, company: string): Mark {
    const g = translit(p.given) || 'x';
    const f = translit(p.family) || 'y';
    return ent('EMAIL', `${this.chance(0.6) ? `${g}.${f}` : g[0]! + f}@${company}`);
  }
  url(kind?: string): Mark {
    const k = kind ?? this.pick(['shop', 'linkedin', 'doc', 'track', 'portal', 'meet']);
    const id = this.r.chars(this.int(6, 10), LOWER + DIGITS);
    const tld = {
      en: this.pick(['com', 'co.uk', 'ie', 'ca', 'com.au']),
      de: this.pick(['de', 'at', 'ch']),
      fr: this.pick(['fr', 'be', 'ch', 'ca']),
      es: this.pick(['es', 'com.mx']),
    }[this.lang];
    switch (k) {
      case 'linkedin':
        return ent(
          'URL',
          `https://www.linkedin.com/in/${translit(this.invented())}-${id.slice(0, 6)}`,
        );
      case 'doc':
        return ent(
          'URL',
          `https://docs.google.com/document/d/${this.r.chars(28, B62)}/edit?usp=sharing`,
        );
      case 'track':
        return ent(
          'URL',
          `https://tracking.${this.pick(['dhl', 'ups', 'gls-group', 'colissimo', 'correos', 'dpd'])}.${tld}/track?id=${this.r.chars(12, UPPER + DIGITS)}`,
        );
      case 'portal':
        return ent(
          'URL',
          `https://portal.${this.pick(['mietservice', 'kundenportal', 'myaccount', 'espace-client', 'areaclientes'])}.${tld}/login?next=%2Fdocuments%2F${id}`,
        );
      case 'meet':
        return ent(
          'URL',
          this.pick([
            `https://meet.google.com/${this.r.chars(3, LOWER)}-${this.r.chars(4, LOWER)}-${this.r.chars(3, LOWER)}`,
            `https://us02web.zoom.us/j/${this.r.digits(11)}?pwd=${this.r.chars(20, B62)}`,
            `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${this.r.chars(24, B62)}`,
          ]),
        );
      case 'internal':
        return ent(
          'URL',
          `http://${this.pick(['grafana', 'kibana', 'jenkins', 'argocd'])}.${this.pick(['internal', 'corp.local', 'svc.cluster.local'])}:${this.pick(['3000', '5601', '8080', '443'])}/${this.pick(['d/api-latency', 'app/discover', 'job/deploy-prod/1842/console', 'applications/checkout'])}`,
        );
      default:
        return ent(
          'URL',
          `https://www.${this.pick(['tienda-online', 'meinshop', 'maboutique', 'homegoods', 'buchladen', 'ferreteria'])}.${tld}/${this.pick(['account/orders', 'kundenkonto/bestellungen', 'mon-compte/commandes', 'mi-cuenta/pedidos'])}?ref=${id}`,
        );
    }
  }

  // ----- phones
  phone(kind: 'mobile' | 'land' | 'any' = 'any', country: Country = this.country): Mark {
    const r = this.r;
    const mobile = kind === 'mobile' || (kind === 'any' && r.chance(0.6));
    const intl = r.chance(0.35);
    const d = (n: number): string => r.digits(n);
    const nz = (): string => String(r.int(2, 9));
    let v: string;
    switch (country) {
      case 'US':
      case 'CA': {
        const area = r.pick(
          country === 'US'
            ? [
                '212',
                '312',
                '415',
                '617',
                '646',
                '702',
                '713',
                '206',
                '303',
                '404',
                '503',
                '512',
                '602',
                '773',
                '818',
                '919',
              ]
            : ['416', '604', '514', '403', '613', '902', '780', '905'],
        );
        const ex = nz() + d(1) + String(r.int(2, 9));
        const ln = d(4);
        v = r.pick([
          `(${area}) ${ex}-${ln}`,
          `${area}-${ex}-${ln}`,
          `${area}.${ex}.${ln}`,
          `+1 ${area} ${ex} ${ln}`,
          `+1-${area}-${ex}-${ln}`,
          `1 (${area}) ${ex}-${ln}`,
          `${area}${ex}${ln}`,
        ]);
        break;
      }
      case 'GB':
        if (mobile) {
          const m = `7${r.int(4, 9)}${d(2)}`;
          v = intl
            ? r.pick([
                `+44 ${m} ${d(6)}`,
                `+44 (0)${m} ${d(3)} ${d(3)}`,
                `+447${m.slice(1)}${d(6)}`,
              ])
            : r.pick([`0${m} ${d(6)}`, `0${m} ${d(3)} ${d(3)}`, `0${m}${d(6)}`]);
        } else {
          const [a, n] = r.pick([
            ['20', `7${d(3)} ${d(4)}`],
            ['20', `3${d(3)} ${d(4)}`],
            ['161', `${nz()}${d(2)} ${d(4)}`],
            ['131', `${nz()}${d(2)} ${d(4)}`],
            ['117', `${nz()}${d(2)} ${d(4)}`],
            ['113', `${nz()}${d(2)} ${d(4)}`],
          ] as const);
          v = intl
            ? r.pick([`+44 ${a} ${n}`, `+44 (0)${a} ${n}`])
            : r.pick([`0${a} ${n}`, `(0${a}) ${n}`]);
        }
        break;
      case 'IE':
        if (mobile) {
          const p = r.pick(['83', '85', '86', '87', '89']);
          v = intl
            ? r.pick([`+353 ${p} ${d(3)} ${d(4)}`, `+353${p}${d(7)}`, `00353 ${p} ${d(3)} ${d(4)}`])
            : r.pick([`0${p} ${d(3)} ${d(4)}`, `0${p}-${d(3)}-${d(4)}`, `0${p}${d(7)}`]);
        } else {
          const [a, n] = r.pick([
            ['1', `${nz()}${d(2)} ${d(4)}`],
            ['21', `4${d(2)} ${d(4)}`],
            ['91', `5${d(2)} ${d(3)}`],
            ['61', `3${d(2)} ${d(3)}`],
          ] as const);
          v = intl ? `+353 ${a} ${n}` : r.pick([`(0${a}) ${n}`, `0${a} ${n}`]);
        }
        break;
      case 'AU':
        if (mobile) {
          const m = `4${r.int(0, 9)}${d(1)}`;
          v = intl
            ? r.pick([`+61 ${m} ${d(3)} ${d(3)}`, `+61${m}${d(6)}`])
            : r.pick([`0${m} ${d(3)} ${d(3)}`, `0${m}${d(6)}`, `0${m}-${d(3)}-${d(3)}`]);
        } else {
          const a = r.pick(['2', '3', '7', '8']);
          const n = `${r.int(8, 9)}${d(3)} ${d(4)}`;
          v = intl ? `+61 ${a} ${n}` : r.pick([`(0${a}) ${n}`, `0${a} ${n}`]);
        }
        break;
      case 'DE':
        if (mobile) {
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
          const n = d(p.startsWith('15') ? 8 : 7);
          v = intl
            ? r.pick([`+49 ${p} ${n}`, `+49 (0)${p} ${n}`, `+49${p}${n}`, `0049 ${p} ${n}`])
            : r.pick([
                `0${p} ${n}`,
                `0${p}/${n}`,
                `0${p}-${n}`,
                `0${p} ${n.slice(0, 3)} ${n.slice(3)}`,
              ]);
        } else {
          const [a, len] = r.pick([
            ['30', 8],
            ['89', 7],
            ['40', 7],
            ['221', 7],
            ['69', 8],
            ['711', 7],
            ['341', 7],
            ['911', 6],
            ['421', 6],
            ['511', 7],
          ] as const);
          const n = nz() + d(len - 1);
          v = intl
            ? r.pick([`+49 ${a} ${n}`, `+49 (0)${a} ${n}`])
            : r.pick([
                `0${a} ${n}`,
                `0${a}/${n}`,
                `(0${a}) ${n}`,
                `0${a}-${n}`,
                `0${a} ${n.slice(0, 3)} ${n.slice(3)}`,
              ]);
        }
        break;
      case 'AT':
        if (mobile) {
          const p = r.pick(['664', '660', '676', '650', '699', '680']);
          const n = d(7);
          v = intl
            ? r.pick([`+43 ${p} ${n}`, `+43 ${p} ${n.slice(0, 3)} ${n.slice(3)}`, `0043 ${p} ${n}`])
            : r.pick([
                `0${p} ${n}`,
                `0${p}/${n}`,
                `0${p} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
              ]);
        } else {
          const [a, n] = r.pick([
            ['1', `${nz()}${d(6)}`],
            ['316', `${nz()}${d(5)}`],
            ['662', `${nz()}${d(5)}`],
            ['512', `${nz()}${d(5)}`],
          ] as const);
          v = intl ? `+43 ${a} ${n}` : r.pick([`0${a} ${n}`, `0${a}/${n}`]);
        }
        break;
      case 'CH': {
        const a = mobile
          ? r.pick(['76', '77', '78', '79'])
          : r.pick(['44', '31', '61', '21', '22', '41', '71']);
        const n = `${nz()}${d(2)} ${d(2)} ${d(2)}`;
        v = intl
          ? r.pick([`+41 ${a} ${n}`, `+41 (0)${a} ${n}`, `0041 ${a} ${n}`])
          : r.pick([`0${a} ${n}`, `0${a} ${n.replace(/ /g, '')}`, `0${a}/${n}`]);
        break;
      }
      case 'FR': {
        const a = mobile ? r.pick(['6', '7']) : r.pick(['1', '2', '3', '4', '5', '9']);
        const pairs = [a === '7' ? String(r.int(3, 8)) + d(1) : d(2), d(2), d(2), d(2)];
        v = intl
          ? r.pick([
              `+33 ${a} ${pairs.join(' ')}`,
              `+33 (0)${a} ${pairs.join(' ')}`,
              `+33${a}${pairs.join('')}`,
              `0033 ${a} ${pairs.join(' ')}`,
            ])
          : r.pick([
              `0${a} ${pairs.join(' ')}`,
              `0${a}.${pairs.join('.')}`,
              `0${a}${pairs.join('')}`,
              `0${a}-${pairs.join('-')}`,
            ]);
        break;
      }
      case 'BE':
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
            '486',
            '496',
            '497',
            '498',
          ]);
          const n = `${d(2)} ${d(2)} ${d(2)}`;
          v = intl
            ? r.pick([`+32 ${p} ${n}`, `+32 (0)${p} ${n}`, `0032 ${p} ${n}`])
            : r.pick([`0${p} ${n}`, `0${p}/${n}`, `0${p}.${n.replace(/ /g, '.')}`]);
        } else {
          const [a, n] = r.pick([
            ['2', `${nz()}${d(2)} ${d(2)} ${d(2)}`],
            ['4', `${nz()}${d(2)} ${d(2)} ${d(2)}`],
            ['9', `${nz()}${d(2)} ${d(2)} ${d(2)}`],
            ['3', `${nz()}${d(2)} ${d(2)} ${d(2)}`],
          ] as const);
          v = intl ? `+32 ${a} ${n}` : r.pick([`0${a} ${n}`, `0${a}/${n}`]);
        }
        break;
      case 'ES': {
        const first = mobile
          ? r.pick(['6', '7']) + d(2)
          : r.pick(['91', '93', '96', '95', '94', '98']) + d(1);
        const rest = d(6);
        const n3 = `${first} ${rest.slice(0, 3)} ${rest.slice(3)}`;
        const all = first + rest;
        const n2 = `${all.slice(0, 2)} ${all.slice(2, 5)} ${all.slice(5, 7)} ${all.slice(7)}`;
        v = intl
          ? r.pick([`+34 ${n3}`, `+34 ${first}${rest}`, `0034 ${n3}`, `(+34) ${n3}`])
          : r.pick([
              n3,
              `${first}${rest}`,
              mobile ? `${first}-${rest.slice(0, 3)}-${rest.slice(3)}` : n2,
            ]);
        break;
      }
      case 'MX': {
        const a = r.pick(['55', '81', '33', '222', '442', '998']);
        const n = d(10 - a.length);
        const sp =
          a.length === 2 ? `${n.slice(0, 4)} ${n.slice(4)}` : `${n.slice(0, 3)} ${n.slice(3)}`;
        v = intl
          ? r.pick([`+52 ${a} ${sp}`, `+52 1 ${a} ${sp}`, `+52${a}${n}`])
          : r.pick([
              `${a} ${sp}`,
              `(${a}) ${sp.replace(' ', '-')}`,
              `${a}${n}`,
              `${a}-${sp.replace(' ', '-')}`,
            ]);
        break;
      }
    }
    return ent('PHONE', v);
  }

  // ----- addresses
  private place(country: Country): Street {
    const r = this.r;
    const z =
      (lo: number, hi: number, w = 5) =>
      (): string =>
        r.pad(r.int(lo, hi), w);
    const list: Record<Country, Street[]> = {
      US: [
        {
          city: 'Springfield',
          region: 'IL',
          zip: z(62701, 62712),
          streets: ['Oak St', 'S Grand Ave', 'W Monroe St', 'Lincoln Ave'],
        },
        {
          city: 'Austin',
          region: 'TX',
          zip: z(78701, 78759),
          streets: ['Barton Springs Rd', 'E 6th St', 'Guadalupe St', 'Red River St'],
        },
        {
          city: 'Portland',
          region: 'OR',
          zip: z(97201, 97232),
          streets: ['NE Alberta St', 'SE Hawthorne Blvd', 'NW 23rd Ave'],
        },
        {
          city: 'Denver',
          region: 'CO',
          zip: z(80202, 80239),
          streets: ['Larimer St', 'E Colfax Ave', 'S Broadway', 'Wynkoop St'],
        },
        {
          city: 'Columbus',
          region: 'OH',
          zip: z(43201, 43235),
          streets: ['N High St', 'Parsons Ave', 'E Broad St'],
        },
        {
          city: 'Brooklyn',
          region: 'NY',
          zip: z(11201, 11238),
          streets: ['Atlantic Ave', 'Court St', 'Bedford Ave', 'Flatbush Ave'],
        },
        {
          city: 'Seattle',
          region: 'WA',
          zip: z(98101, 98133),
          streets: ['Pine St', 'Aurora Ave N', 'Rainier Ave S', 'NE 45th St'],
        },
        {
          city: 'Tampa',
          region: 'FL',
          zip: z(33602, 33629),
          streets: ['Bayshore Blvd', 'N Florida Ave', 'W Kennedy Blvd'],
        },
        {
          city: 'Madison',
          region: 'WI',
          zip: z(53703, 53726),
          streets: ['State St', 'Williamson St', 'Monroe St'],
        },
      ],
      GB: [
        {
          city: 'London',
          zip: () =>
            `${r.pick(['SW11', 'N1', 'E8', 'SE15', 'NW5', 'W12'])} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
          streets: ['Lavender Hill', 'Upper Street', 'Mare Street', 'Rye Lane', 'Fortess Road'],
        },
        {
          city: 'Manchester',
          zip: () => `M${r.int(1, 20)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
          streets: ['Wilmslow Road', 'Burton Road', 'Oldham Street'],
        },
        {
          city: 'Leeds',
          zip: () => `LS${r.int(1, 17)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
          streets: ['Otley Road', 'Harehills Lane', 'Kirkstall Road'],
        },
        {
          city: 'Bristol',
          zip: () => `BS${r.int(1, 16)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
          streets: ['Gloucester Road', 'North Street', 'Whiteladies Road'],
        },
        {
          city: 'Glasgow',
          zip: () => `G${r.int(1, 42)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
          streets: ['Byres Road', 'Dumbarton Road', 'Pollokshaws Road'],
        },
        {
          city: 'Cardiff',
          zip: () => `CF${r.int(10, 24)} ${r.int(1, 9)}${r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
          streets: ['Cathedral Road', 'City Road', 'Albany Road'],
        },
      ],
      IE: [
        {
          city: 'Dublin',
          zip: () =>
            `D${r.pick(['04', '06', '08', '09', '12', '15'])} ${r.chars(4, 'ACDEFHKNPRTVWXY0123456789')}`,
          streets: ['Griffith Avenue', 'Leinster Road', 'South Circular Road', 'Clontarf Road'],
        },
        {
          city: 'Cork',
          zip: () => `T12 ${r.chars(4, 'ACDEFHKNPRTVWXY0123456789')}`,
          streets: ['Douglas Road', 'Western Road', "Sunday's Well Road"],
        },
        {
          city: 'Galway',
          zip: () => `H91 ${r.chars(4, 'ACDEFHKNPRTVWXY0123456789')}`,
          streets: ['Taylors Hill', 'College Road', 'Newcastle Road'],
        },
      ],
      CA: [
        {
          city: 'Toronto',
          region: 'ON',
          zip: () =>
            `M${r.int(1, 6)}${r.pick(['A', 'B', 'C', 'E', 'G', 'H', 'J', 'K'])} ${r.int(1, 9)}${r.pick(['A', 'B', 'C', 'E', 'H', 'K', 'N'])}${r.int(1, 9)}`,
          streets: ['Queen St W', 'Dundas St E', 'Danforth Ave', 'Bathurst St'],
        },
        {
          city: this.lang === 'fr' ? 'Montréal' : 'Montreal',
          region: this.lang === 'fr' ? 'QC' : 'QC',
          zip: () =>
            `H${r.int(1, 4)}${r.pick(['A', 'B', 'G', 'J', 'L', 'T', 'X'])} ${r.int(1, 9)}${r.pick(['A', 'B', 'K', 'M', 'R', 'S'])}${r.int(1, 9)}`,
          streets:
            this.lang === 'fr'
              ? [
                  'rue Sherbrooke Ouest',
                  'boulevard Saint-Laurent',
                  'rue Saint-Denis',
                  'avenue du Mont-Royal Est',
                ]
              : ['Sherbrooke St W', 'Saint-Laurent Blvd', 'Rue Saint-Denis'],
        },
        {
          city: 'Vancouver',
          region: 'BC',
          zip: () =>
            `V${r.int(5, 6)}${r.pick(['K', 'L', 'N', 'R', 'T', 'Z'])} ${r.int(1, 9)}${r.pick(['A', 'B', 'H', 'J', 'W'])}${r.int(1, 9)}`,
          streets: ['Commercial Dr', 'W Broadway', 'Main St', 'Kingsway'],
        },
        {
          city: this.lang === 'fr' ? 'Québec' : 'Quebec City',
          region: 'QC',
          zip: () =>
            `G1${r.pick(['K', 'R', 'S', 'V'])} ${r.int(1, 9)}${r.pick(['A', 'B', 'J', 'X'])}${r.int(1, 9)}`,
          streets: ['rue Saint-Jean', 'chemin Sainte-Foy', 'boulevard René-Lévesque'],
        },
      ],
      AU: [
        {
          city: 'Fitzroy',
          region: 'VIC',
          zip: () => '3065',
          streets: ['Brunswick Street', 'Gertrude Street', 'Smith Street'],
        },
        {
          city: 'Bondi Beach',
          region: 'NSW',
          zip: () => '2026',
          streets: ['Campbell Parade', 'Hall Street', 'Curlewis Street'],
        },
        {
          city: 'New Farm',
          region: 'QLD',
          zip: () => '4005',
          streets: ['Brunswick Street', 'Merthyr Road', 'James Street'],
        },
        {
          city: 'Fremantle',
          region: 'WA',
          zip: () => '6160',
          streets: ['South Terrace', 'High Street', 'Marine Terrace'],
        },
        {
          city: 'Glenelg',
          region: 'SA',
          zip: () => '5045',
          streets: ['Jetty Road', 'Moseley Street', 'Anzac Highway'],
        },
      ],
      DE: [
        {
          city: 'Berlin',
          zip: z(10115, 13599),
          streets: [
            'Schönhauser Allee',
            'Kastanienallee',
            'Sonnenallee',
            'Boxhagener Straße',
            'Kantstraße',
          ],
        },
        {
          city: 'Hamburg',
          zip: z(20095, 22769),
          streets: ['Eppendorfer Weg', 'Osterstraße', 'Lange Reihe', 'Bahrenfelder Chaussee'],
        },
        {
          city: 'München',
          zip: z(80331, 81929),
          streets: ['Leopoldstraße', 'Schleißheimer Str.', 'Rosenheimer Straße', 'Am Glockenbach'],
        },
        {
          city: 'Köln',
          zip: z(50667, 51149),
          streets: ['Venloer Straße', 'Aachener Str.', 'Zülpicher Platz', 'Severinstraße'],
        },
        {
          city: 'Frankfurt am Main',
          zip: z(60306, 60599),
          streets: ['Berger Straße', 'Schweizer Str.', 'Leipziger Straße'],
        },
        {
          city: 'Leipzig',
          zip: z(4103, 4357),
          streets: ['Karl-Heine-Straße', 'Eisenbahnstraße', 'Gottschedstraße'],
        },
        {
          city: 'Freiburg im Breisgau',
          zip: z(79098, 79117),
          streets: ['Habsburgerstraße', 'Wiehre-Bahnhofstr.', 'Im Grün'],
        },
        {
          city: 'Nürnberg',
          zip: z(90402, 90491),
          streets: ['Fürther Straße', 'Pirckheimerstraße', 'An der Wied'],
        },
      ],
      AT: [
        {
          city: 'Wien',
          zip: () => `1${r.pad(r.int(1, 23), 2)}0`,
          streets: [
            'Mariahilfer Straße',
            'Favoritenstraße',
            'Taborstraße',
            'Neubaugasse',
            'Praterstraße',
          ],
        },
        {
          city: 'Graz',
          zip: () => `80${r.pad(r.int(10, 55), 2)}`,
          streets: ['Annenstraße', 'Sackstraße', 'Leonhardstraße'],
        },
        {
          city: 'Linz',
          zip: () => '4020',
          streets: ['Landstraße', 'Herrenstraße', 'Wiener Straße'],
        },
        {
          city: 'Salzburg',
          zip: () => '5020',
          streets: ['Linzer Gasse', 'Ignaz-Harrer-Straße', 'Nonntaler Hauptstraße'],
        },
        {
          city: 'Innsbruck',
          zip: () => '6020',
          streets: ['Anichstraße', 'Museumstraße', 'Höttinger Au'],
        },
      ],
      CH: [
        {
          city: 'Zürich',
          zip: () => `80${r.pad(r.int(1, 57), 2)}`,
          streets: ['Langstrasse', 'Badenerstrasse', 'Seefeldstrasse', 'Winterthurerstrasse'],
        },
        {
          city: 'Bern',
          zip: () => `30${r.pad(r.int(1, 27), 2)}`,
          streets: ['Kramgasse', 'Länggassstrasse', 'Breitenrainplatz'],
        },
        {
          city: 'Basel',
          zip: () => `40${r.pad(r.int(51, 59), 2)}`,
          streets: ['Güterstrasse', 'Feldbergstrasse', 'St. Johanns-Vorstadt'],
        },
        {
          city: this.lang === 'fr' ? 'Genève' : 'Genf',
          zip: () => `12${r.pad(r.int(1, 9), 2)}`,
          streets: ['Rue de Carouge', 'Boulevard de la Cluse', 'Rue des Pâquis'],
        },
        {
          city: 'Lausanne',
          zip: () => `10${r.pad(r.int(3, 18), 2)}`,
          streets: ['Avenue de France', 'Rue de Bourg', 'Chemin de Montelly'],
        },
      ],
      FR: [
        {
          city: 'Paris',
          zip: () => `750${r.pad(r.int(1, 20), 2)}`,
          streets: [
            'rue de la Roquette',
            'boulevard Voltaire',
            'rue des Martyrs',
            'avenue de Clichy',
            'rue du Faubourg Saint-Denis',
          ],
        },
        {
          city: 'Lyon',
          zip: () => `6900${r.int(1, 9)}`,
          streets: ['rue Mercière', 'cours Gambetta', 'montée de la Grande Côte'],
        },
        {
          city: 'Marseille',
          zip: () => `130${r.pad(r.int(1, 16), 2)}`,
          streets: ['rue de Rome', 'boulevard Longchamp', 'chemin du Roucas-Blanc'],
        },
        {
          city: 'Toulouse',
          zip: () => r.pick(['31000', '31200', '31300', '31400', '31500']),
          streets: ['rue des Filatiers', 'allée Jean Jaurès', 'avenue de Muret'],
        },
        {
          city: 'Nantes',
          zip: () => r.pick(['44000', '44100', '44200', '44300']),
          streets: ['rue Crébillon', 'quai de la Fosse', "boulevard Guist'hau"],
        },
        {
          city: 'Lille',
          zip: () => r.pick(['59000', '59800', '59160']),
          streets: ['rue de Béthune', 'rue Solférino', 'place du Concert'],
        },
        {
          city: 'Strasbourg',
          zip: () => r.pick(['67000', '67100', '67200']),
          streets: ['rue du Faubourg National', 'quai des Bateliers', 'route du Polygone'],
        },
      ],
      BE: [
        {
          city: 'Bruxelles',
          zip: () => r.pick(['1000', '1050', '1060', '1030', '1180']),
          streets: ['rue Haute', 'chaussée de Charleroi', 'avenue Louise', 'rue Royale'],
        },
        {
          city: 'Liège',
          zip: () => '4000',
          streets: ['rue Saint-Gilles', 'boulevard de la Sauvenière', 'quai de Rome'],
        },
        {
          city: 'Namur',
          zip: () => '5000',
          streets: ['rue de Fer', 'avenue Reine Astrid', 'rue des Brasseurs'],
        },
        { city: 'Charleroi', zip: () => '6000', streets: ['boulevard Tirou', 'rue de Montigny'] },
        {
          city: 'Antwerpen',
          zip: () => r.pick(['2000', '2018', '2060']),
          streets: ['Meir', 'Kammenstraat', 'Lange Koepoortstraat'],
        },
      ],
      ES: [
        {
          city: 'Madrid',
          zip: () => `280${r.pad(r.int(1, 55), 2)}`,
          streets: [
            'Calle de Alcalá',
            'Calle de Toledo',
            'Paseo de las Delicias',
            'Calle Bravo Murillo',
          ],
        },
        {
          city: 'Barcelona',
          zip: () => `080${r.pad(r.int(1, 42), 2)}`,
          streets: ['Carrer de Mallorca', 'C/ de Sants', 'Passeig de Sant Joan', 'Carrer de Verdi'],
        },
        {
          city: 'Sevilla',
          zip: () => `410${r.pad(r.int(1, 20), 2)}`,
          streets: ['Calle Feria', 'Avda. de la Constitución', 'Calle Betis'],
        },
        {
          city: 'Valencia',
          zip: () => `460${r.pad(r.int(1, 26), 2)}`,
          streets: ['Calle de Cuba', 'Avinguda del Port', 'Calle Sueca'],
        },
        {
          city: 'Bilbao',
          zip: () => `480${r.pad(r.int(1, 15), 2)}`,
          streets: ['Calle Ledesma', 'Alameda de Urquijo', 'Calle Iparraguirre'],
        },
        {
          city: 'Zaragoza',
          zip: () => `500${r.pad(r.int(1, 18), 2)}`,
          streets: ['Calle de San Miguel', 'Paseo de la Independencia', 'Calle Delicias'],
        },
      ],
      MX: [
        {
          city: 'Ciudad de México',
          region: 'CDMX',
          zip: () => r.pick(['06700', '03100', '04100', '11560', '06140', '03940']),
          streets: ['Av. Insurgentes Sur', 'Calle Durango', 'Av. Álvaro Obregón', 'Calle Tonalá'],
        },
        {
          city: 'Monterrey',
          region: 'N.L.',
          zip: () => r.pick(['64000', '64060', '64620']),
          streets: ['Calle Padre Mier', 'Av. Constitución', 'Calle Hidalgo'],
        },
        {
          city: 'Guadalajara',
          region: 'Jal.',
          zip: () => r.pick(['44100', '44160', '44600']),
          streets: ['Av. Chapultepec', 'Calle López Cotilla', 'Av. Vallarta'],
        },
        {
          city: 'Puebla',
          region: 'Pue.',
          zip: () => r.pick(['72000', '72160', '72530']),
          streets: ['Calle 5 de Mayo', 'Av. Juárez', 'Calle 16 de Septiembre'],
        },
      ],
    };
    return r.pick(list[country]);
  }

  /** Street address; `multi` puts the postcode/city line on its own line. */
  address(opts: { multi?: boolean; country?: Country } = {}): Mark {
    const r = this.r;
    const c = opts.country ?? this.country;
    const p = this.place(c);
    const st = r.pick(p.streets);
    const no = String(r.int(1, 240));
    const nl = opts.multi === true ? '\n' : ', ';
    let v: string;
    switch (c) {
      case 'US': {
        const unit = r.chance(0.35)
          ? ` ${r.pick(['Apt', 'Apt.', 'Suite', 'Unit', '#'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`
          : '';
        v = `${r.int(10, 9899)} ${st}${unit}${nl}${p.city}, ${p.region!} ${p.zip()}${r.chance(0.2) ? '-' + r.digits(4) : ''}`;
        break;
      }
      case 'GB': {
        const flat = r.chance(0.3) ? `Flat ${r.int(1, 12)}, ` : '';
        v =
          opts.multi === true
            ? `${flat}${no} ${st}\n${p.city}\n${p.zip()}`
            : `${flat}${no} ${st}, ${p.city} ${p.zip()}`;
        break;
      }
      case 'IE':
        v = `${no} ${st}${nl}${p.city}${opts.multi === true ? '\n' : ', '}${p.zip()}`;
        break;
      case 'CA':
        v =
          this.lang === 'fr'
            ? `${r.int(10, 4999)}, ${st}${opts.multi === true ? '\n' : ', '}${p.city} (${p.region === 'QC' ? 'Québec' : p.region!}) ${p.zip()}`
            : `${r.int(10, 4999)} ${st}${r.chance(0.3) ? ` Unit ${r.int(100, 2505)}` : ''}${nl}${p.city}, ${p.region!} ${p.zip()}`;
        break;
      case 'AU':
        v = `${r.chance(0.3) ? `Unit ${r.int(1, 20)}, ` : ''}${no} ${st}${nl}${p.city} ${p.region!} ${p.zip()}`;
        break;
      case 'DE':
        v = `${st} ${no}${r.chance(0.15) ? r.pick(['a', 'b']) : ''}${nl}${p.zip()} ${p.city}`;
        break;
      case 'AT':
        v = `${st} ${no}${r.chance(0.4) ? `/${r.int(1, 9)}/${r.int(1, 30)}` : ''}${nl}${r.chance(0.15) ? 'A-' : ''}${p.zip()} ${p.city}`;
        break;
      case 'CH':
        v = /^(Rue|Boulevard|Avenue|Chemin)/.test(st)
          ? `${st} ${no}${nl}${p.zip()} ${p.city}`
          : `${st} ${no}${nl}${r.chance(0.15) ? 'CH-' : ''}${p.zip()} ${p.city}`;
        break;
      case 'FR':
        v = `${no}${r.chance(0.15) ? ' bis' : ''}${r.chance(0.3) ? ',' : ''} ${st}${nl}${p.zip()} ${r.chance(0.15) ? p.city.toUpperCase() : p.city}`;
        break;
      case 'BE':
        v = `${st[0]!.toUpperCase() + st.slice(1)} ${no}${r.chance(0.25) ? ` ${this.lang === 'fr' ? 'boîte' : 'bus'} ${r.int(1, 12)}` : ''}${nl}${p.zip()} ${p.city}`;
        break;
      case 'ES':
        v = `${st} ${no}${r.chance(0.6) ? `, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'D', 'izq.', 'dcha.', '1ª', '2ª'])}` : ''}${nl}${p.zip()} ${p.city}`;
        break;
      case 'MX':
        v = `${st} ${r.int(10, 2500)}${r.chance(0.3) ? ` Int. ${r.int(1, 12)}` : ''}, Col. ${r.pick(['Centro', 'Roma Norte', 'Del Valle', 'Americana', 'Condesa', 'Obrera'])}${nl}${r.chance(0.3) ? 'C.P. ' : ''}${p.zip()} ${p.city}, ${p.region!}`;
        break;
    }
    return ent('STREET_ADDRESS', v);
  }
  cityOf(): string {
    return this.place(this.country).city;
  }

  // ----- money, ids
  ibanRaw(cc0?: string): string {
    const r = this.r;
    const cc =
      cc0 ??
      (
        {
          US: 'GB',
          GB: 'GB',
          IE: 'IE',
          CA: 'FR',
          AU: 'GB',
          DE: 'DE',
          AT: 'AT',
          CH: 'CH',
          FR: 'FR',
          BE: 'BE',
          ES: 'ES',
          MX: 'ES',
        } as Record<Country, string>
      )[this.country];
    let bban: string;
    switch (cc) {
      case 'DE':
        bban =
          r.pick([
            '10070000',
            '37040044',
            '50010517',
            '70150000',
            '20050550',
            '12030000',
            '43060967',
          ]) + r.digits(10);
        break;
      case 'AT':
        bban = r.pick(['20111', '12000', '32000', '14000', '60000']) + r.digits(11);
        break;
      case 'CH':
        bban = r.pick(['00230', '00762', '09000', '00700']) + r.digits(12);
        break;
      case 'FR': {
        const bank = r.pick(['30004', '30003', '20041', '10278', '30002']);
        const branch = r.digits(5);
        const acct = r.digits(11);
        const key =
          97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n);
        bban = bank + branch + acct + r.pad(key, 2);
        break;
      }
      case 'BE': {
        const ten = r.pick(['310', '001', '068', '735', '363']) + r.digits(7);
        const k = Number(BigInt(ten) % 97n) || 97;
        bban = ten + r.pad(k, 2);
        break;
      }
      case 'ES': {
        const bank = r.pick(['2100', '0049', '0182', '2085', '0081']);
        const branch = r.digits(4);
        const acct = r.digits(10);
        const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
        const dc = (s: string): string => {
          const v = 11 - ([...s].reduce((a, ch, i) => a + Number(ch) * w[i]!, 0) % 11);
          return String(v === 11 ? 0 : v === 10 ? 1 : v);
        };
        bban = bank + branch + dc('00' + bank + branch) + dc(acct) + acct;
        break;
      }
      case 'NL': {
        let acct = '';
        do acct = r.digits(10);
        while ([...acct].reduce((a, ch, i) => a + Number(ch) * (10 - i), 0) % 11 !== 0);
        bban = r.pick(['ABNA', 'RABO', 'INGB']) + acct;
        break;
      }
      case 'IE':
        bban = r.pick(['AIBK931152', 'BOFI900017', 'AIBK930064']) + r.digits(8);
        break;
      default:
        bban =
          r.pick(['NWBK601613', 'BARC200000', 'LOYD309493', 'HBUK400515', 'MIDL400530']) +
          r.digits(8);
    }
    const cc2 =
      cc === 'GB' ||
      cc === 'IE' ||
      cc === 'NL' ||
      cc === 'DE' ||
      cc === 'AT' ||
      cc === 'CH' ||
      cc === 'FR' ||
      cc === 'BE' ||
      cc === 'ES'
        ? cc
        : 'GB';
    return cc2 + ibanCheck(cc2, bban) + bban;
  }
  iban(cc?: string): Mark {
    const raw = this.ibanRaw(cc);
    return ent('IBAN', this.chance(0.6) ? group4(raw) : raw);
  }
  ibanInvalid(): Mark {
    const raw = this.ibanRaw();
    const bad =
      raw.slice(0, 2) +
      String((Number(raw.slice(2, 4)) + this.int(1, 50)) % 97).padStart(2, '0') +
      raw.slice(4);
    const v = ibanValid(bad) ? raw.slice(0, 2) + '00' + raw.slice(4) : bad;
    return neg('iban_invalid', this.chance(0.6) ? group4(v) : v);
  }
  private cardDigits(): string {
    const r = this.r;
    const kind = r.weighted<string>([
      ['visa', 40],
      ['mc', 30],
      ['mc2', 8],
      ['amex', 12],
      ['disc', 10],
    ]);
    const prefix = {
      visa: '4',
      mc: String(r.int(51, 55)),
      mc2: String(r.int(2221, 2720)),
      amex: r.pick(['34', '37']),
      disc: r.pick(['6011', '65']),
    }[kind]!;
    const len = kind === 'amex' ? 15 : 16;
    const body = prefix + r.digits(len - 1 - prefix.length);
    return body + String(luhnDigit(body));
  }
  private fmtCard(s: string): string {
    const sep = this.r.pick([' ', '-', '', ' ']);
    if (s.length === 15) return [s.slice(0, 4), s.slice(4, 10), s.slice(10)].join(sep);
    return sep === '' ? s : s.replace(/(.{4})(?=.)/g, `$1${sep}`);
  }
  card(): Mark {
    return ent('CREDIT_CARD', this.fmtCard(this.cardDigits()));
  }
  cardLookalike(): Mark {
    const s = this.cardDigits();
    const last = (Number(s.slice(-1)) + this.int(1, 9)) % 10;
    return neg('card_lookalike', this.fmtCard(s.slice(0, -1) + String(last)));
  }
  ssn(): Mark {
    const r = this.r;
    let area = r.int(1, 899);
    if (area === 666) area = 667;
    const sep = r.chance(0.85) ? '-' : ' ';
    return ent(
      'US_SSN',
      `${r.pad(area, 3)}${sep}${r.pad(r.int(1, 99), 2)}${sep}${r.pad(r.int(1, 9999), 4)}`,
    );
  }
  ssnInvalid(): Mark {
    const r = this.r;
    const area = r.pick(['000', '666', String(r.int(900, 999))]);
    return neg('ssn_invalid', `${area}-${r.pad(r.int(1, 99), 2)}-${r.pad(r.int(1, 9999), 4)}`);
  }
  ip4(priv = this.chance(0.35)): Mark {
    const r = this.r;
    const v = priv
      ? r.pick([
          `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
          `192.168.${r.int(0, 30)}.${r.int(2, 254)}`,
          `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
        ])
      : `${r.pick([81, 84, 91, 95, 109, 145, 176, 185, 188, 203, 212, 217, 62, 77, 88, 66, 73, 98, 24, 47])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    return ent('IP_ADDRESS', v);
  }
  ip6(): Mark {
    const r = this.r;
    const h = (): string => r.chars(r.int(1, 4), HEX).replace(/^0+(?=.)/, '');
    const pre = r.pick([
      '2001:db8',
      '2a02:810d',
      '2003:e6',
      '2a01:cb00',
      '2600:1700',
      '2a0c:5a80',
      'fe80:0',
    ]);
    const v = r.weighted<string>([
      [`${pre}:${h()}:${h()}::${h()}`, 40],
      [`${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, 30],
      [[0, 1, 2, 3, 4, 5, 6, 7].map(() => r.chars(4, HEX)).join(':'), 15],
      [`${pre}::${h()}`, 15],
    ]);
    return ent('IP_ADDRESS', v);
  }
  ip(): Mark {
    return this.chance(0.75) ? this.ip4() : this.ip6();
  }

  // ----- dates
  private ymd(y0: number, y1: number): [number, number, number] {
    return [this.int(y0, y1), this.int(1, 12), this.int(1, 28)];
  }
  fmtDate([y, m, d]: [number, number, number], purpose: 'dob' | 'plain'): string {
    const r = this.r;
    const p2 = (n: number): string => r.pad(n, 2);
    const mn = MONTHS[this.lang][m - 1]!;
    const iso = `${y}-${p2(m)}-${p2(d)}`;
    switch (this.lang) {
      case 'en':
        return this.in('US')
          ? r.pick([
              `${m}/${d}/${y}`,
              `${p2(m)}/${p2(d)}/${y}`,
              `${mn} ${d}, ${y}`,
              iso,
              `${mn.slice(0, 3)}. ${d}, ${y}`,
              `${m}/${d}/${String(y).slice(2)}`,
            ])
          : r.pick([
              `${d} ${mn} ${y}`,
              `${p2(d)}/${p2(m)}/${y}`,
              `${d}${d === 1 || d === 21 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th'} ${mn} ${y}`,
              `${p2(d)}-${mn.slice(0, 3)}-${y}`,
              iso,
              purpose === 'dob' ? `${p2(d)}.${p2(m)}.${y}` : `${d} ${mn.slice(0, 3)} ${y}`,
            ]);
      case 'de':
        return r.pick([
          `${p2(d)}.${p2(m)}.${y}`,
          `${d}. ${mn} ${y}`,
          `${d}.${m}.${y}`,
          iso,
          `${p2(d)}.${p2(m)}.${String(y).slice(2)}`,
        ]);
      case 'fr':
        return r.pick([
          `${p2(d)}/${p2(m)}/${y}`,
          `${d === 1 ? '1er' : d} ${mn} ${y}`,
          `${p2(d)}.${p2(m)}.${y}`,
          iso,
          `${p2(d)}-${p2(m)}-${y}`,
        ]);
      case 'es':
        return r.pick([
          `${p2(d)}/${p2(m)}/${y}`,
          `${d} de ${mn} de ${y}`,
          `${d}/${m}/${y}`,
          `${p2(d)}-${p2(m)}-${y}`,
          iso,
          `${d} ${mn.slice(0, 3)}. ${y}`,
        ]);
    }
  }
  dob(y0 = 1938, y1 = 2006): Mark {
    return ent('DATE_OF_BIRTH', this.fmtDate(this.ymd(y0, y1), 'dob'));
  }
  date(y0 = 2022, y1 = 2025): Mark {
    return neg('plain_date', this.fmtDate(this.ymd(y0, y1), 'plain'));
  }
  ts(): Mark {
    const r = this.r;
    const [y, m, d] = this.ymd(2023, 2025);
    const t = `${r.pad(r.int(0, 23), 2)}:${r.pad(r.int(0, 59), 2)}:${r.pad(r.int(0, 59), 2)}`;
    return neg(
      'timestamp',
      r.pick([
        `${y}-${r.pad(m, 2)}-${r.pad(d, 2)}T${t}Z`,
        `${y}-${r.pad(m, 2)}-${r.pad(d, 2)}T${t}.${r.digits(3)}Z`,
        `${y}-${r.pad(m, 2)}-${r.pad(d, 2)} ${t}`,
        String(r.int(1690000000, 1760000000)),
        `${y}-${r.pad(m, 2)}-${r.pad(d, 2)}T${t}+0${r.int(1, 2)}:00`,
      ]),
    );
  }

  // ----- hard negatives
  version(): Mark {
    const r = this.r;
    return neg(
      'version',
      r.pick([
        `${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 40)}`,
        `v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`,
        `${r.int(1, 20)}.${r.int(0, 9)}.${r.int(0, 255)}.${r.int(0, 255)}`,
        `${r.int(1, 5)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 4)}`,
        `${r.int(2019, 2025)}.${r.int(1, 12)}.${r.int(0, 3)}`,
      ]),
    );
  }
  order(): Mark {
    const r = this.r;
    return neg(
      'order_no',
      r.pick([
        `${r.int(100, 999)}-${r.digits(7)}-${r.digits(7)}`,
        `#${r.int(100000, 9999999)}`,
        `ORD-${r.int(2023, 2025)}-${r.digits(6)}`,
        `${r.chars(2, UPPER)}${r.digits(8)}`,
        `A${r.digits(9)}`,
        `${r.int(2024, 2025)}${r.digits(6)}`,
      ]),
    );
  }
  sha(): Mark {
    const r = this.r;
    return neg(
      'sha',
      r.pick([
        r.chars(40, HEX),
        r.chars(7, HEX),
        r.chars(64, HEX),
        r.chars(32, HEX),
        `sha256:${r.chars(64, HEX)}`,
      ]),
    );
  }
  uuid(): Mark {
    const r = this.r;
    return neg(
      'uuid',
      `${r.chars(8, HEX)}-${r.chars(4, HEX)}-4${r.chars(3, HEX)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(3, HEX)}-${r.chars(12, HEX)}`,
    );
  }
  price(): Mark {
    const r = this.r;
    const a = r.int(1, 2400);
    const c = r.pad(r.int(0, 99), 2);
    return neg(
      'price',
      this.lang === 'en'
        ? this.in('GB')
          ? `£${a}.${c}`
          : this.in('IE')
            ? `€${a}.${c}`
            : `$${a}.${c}`
        : this.lang === 'es' && this.in('MX')
          ? `$${a},${c} MXN`.replace(',', '.')
          : this.country === 'CH'
            ? `CHF ${a}.${c}`
            : r.pick([`${a},${c} €`, `${a},${c} EUR`, `€ ${a},${c}`]),
    );
  }
  isbn(): Mark {
    const r = this.r;
    const body = '978' + r.pick(['3', '2', '84', '0', '1']);
    const rest = r.digits(12 - body.length);
    const d12 = body + rest;
    const sum = [...d12].reduce((a, ch, i) => a + Number(ch) * (i % 2 === 0 ? 1 : 3), 0);
    const chk = (10 - (sum % 10)) % 10;
    const g =
      body.length === 4
        ? `${d12.slice(0, 3)}-${d12.slice(3, 4)}-${d12.slice(4, 8)}-${d12.slice(8, 12)}-${chk}`
        : `${d12.slice(0, 3)}-${d12.slice(3, 5)}-${d12.slice(5, 9)}-${d12.slice(9, 12)}-${chk}`;
    return neg('isbn', r.chance(0.7) ? g : d12 + String(chk));
  }
  notName(kind?: 'brand' | 'month' | 'place' | 'street' | 'product'): Mark {
    const k = kind ?? this.pick(['brand', 'month', 'place', 'street', 'product'] as const);
    const v = {
      brand: [
        'Hugo Boss',
        'Calvin Klein',
        'Tommy Hilfiger',
        'Ralph Lauren',
        'Dr. Oetker',
        'Ferrero',
        'Christian Dior',
        'Louis Vuitton',
        'Carolina Herrera',
        'Levi Strauss',
        'Ben & Jerry',
        'Walt Disney',
        'Ferrari',
        'Lamborghini',
        'Porsche',
        'Dell',
        'Ford',
        'Kellogg',
        'Jack Daniel',
        'Mercedes-Benz',
        'Jean Paul Gaultier',
        'Massimo Dutti',
        'Zara',
        'Yves Saint Laurent',
        'Paul Smith',
        'Ted Baker',
        'Martha Stewart Living',
      ],
      month: MONTHS[this.lang].slice(2, 8).map((m) => m[0]!.toUpperCase() + m.slice(1)),
      place: [
        'Charles de Gaulle',
        'San Francisco',
        'Washington',
        'Victoria Station',
        'Adolfo Suárez Madrid-Barajas',
        'Saint-Lazare',
        'Kennedy Center',
        'Rockefeller Center',
        'Lincoln Park',
        'Santa Monica',
        'San Sebastián',
        'Sankt Pölten',
        'Lake Louise',
        'Alexanderplatz',
        'Jean Lesage',
      ],
      street: [
        'Baker Street',
        'Karl-Marx-Allee',
        'Rue Victor Hugo',
        'Avenue Jean Jaurès',
        'Calle Miguel Hernández',
        'Martin Luther King Jr Blvd',
        'Konrad-Adenauer-Ufer',
        'Paseo de Gracia',
        'Boulevard Haussmann',
        'Queen Street',
        'Goethestraße',
      ],
      product: [
        'Alexa',
        'Siri',
        'Cortana',
        'Jenny Craig',
        'Tesla Model Y',
        'Mr. Proper',
        'Monsieur Cuisine',
        'Thermomix',
        'Kinder Bueno',
        'Don Simón',
        'Uncle Ben',
        'Aunt Jemima',
        'Billy',
        'Ivar',
      ],
    }[k];
    return neg('not_name', this.pick(v));
  }
  /** Any one hard negative of a kind that fits free text. */
  someNeg(): Mark {
    switch (this.int(0, 7)) {
      case 0:
        return this.order();
      case 1:
        return this.date();
      case 2:
        return this.price();
      case 3:
        return this.notName();
      case 4:
        return this.version();
      case 5:
        return this.uuid();
      case 6:
        return this.ts();
      default:
        return this.sha();
    }
  }

  // ----- secrets
  awsKey(): Mark {
    return ent('AWS_ACCESS_KEY', this.pick(['AKIA', 'AKIA', 'ASIA']) + this.r.chars(16, B32));
  }
  awsSecret(): Mark {
    return ent('GENERIC_SECRET', this.r.chars(40, this.chance(0.5) ? B64 : B62));
  }
  ghToken(): Mark {
    return ent(
      'GITHUB_TOKEN',
      this.chance(0.25)
        ? `github_pat_${this.r.chars(22, B62)}_${this.r.chars(59, B62)}`
        : `${this.pick(['ghp_', 'ghp_', 'gho_', 'ghs_'])}${this.r.chars(36, B62)}`,
    );
  }
  slack(): Mark {
    const r = this.r;
    return ent(
      'SLACK_TOKEN',
      r.chance(0.6)
        ? `xoxb-${r.digits(r.int(10, 12))}-${r.digits(r.int(10, 13))}-${r.chars(24, B62)}`
        : `xoxp-${r.digits(11)}-${r.digits(11)}-${r.digits(13)}-${r.chars(32, HEX)}`,
    );
  }
  secret(kind?: 'stripe' | 'hex' | 'b62' | 'npm'): Mark {
    const r = this.r;
    const k = kind ?? r.pick(['stripe', 'hex', 'b62', 'b62'] as const);
    const v = {
      stripe: `${r.pick(['sk_live_', 'rk_live_'])}${r.chars(r.int(24, 34), B62)}`,
      hex: r.chars(r.pick([32, 40]), HEX),
      b62: r.chars(r.int(32, 44), B62),
      npm: `npm_${r.chars(36, B62)}`,
    }[k];
    return ent('GENERIC_SECRET', v);
  }
  jwt(p?: Person): Mark {
    const r = this.r;
    const alg = r.pick(['HS256', 'RS256']);
    const header = b64url(JSON.stringify({ alg, typ: 'JWT' }));
    const payload = b64url(
      JSON.stringify({
        sub: r.digits(r.int(6, 10)),
        ...(p !== undefined ? { email: `${translit(p.given)}@example.org` } : {}),
        role: r.pick(['user', 'admin', 'service']),
        iat: r.int(1700000000, 1750000000),
        exp: r.int(1750000001, 1790000000),
      }),
    );
    const sig = r.chars(alg === 'HS256' ? 43 : 342, B62 + '-_');
    return ent('JWT', `${header}.${payload}.${sig}`);
  }
  pem(indent = ''): Mark {
    const r = this.r;
    const kind = r.pick([
      'RSA PRIVATE KEY',
      'PRIVATE KEY',
      'EC PRIVATE KEY',
      'OPENSSH PRIVATE KEY',
    ]);
    const lines = kind === 'EC PRIVATE KEY' ? 3 : r.int(6, 12);
    const head =
      kind === 'OPENSSH PRIVATE KEY'
        ? 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB' + r.chars(12, B64)
        : kind === 'RSA PRIVATE KEY'
          ? 'MIIEow' + r.chars(58, B64)
          : r.chars(64, B64);
    const body = [
      head,
      ...Array.from({ length: lines - 1 }, () => r.chars(64, B64)),
      r.chars(r.int(8, 40), B64) + '==',
    ];
    return ent(
      'PRIVATE_KEY',
      `-----BEGIN ${kind}-----\n${body.map((l) => indent + l).join('\n')}\n${indent}-----END ${kind}-----`,
    );
  }
  company(): string {
    return this.pick(
      {
        en: [
          'Northwind Logistics',
          'Bluebell Insurance',
          'Harbourside Dental',
          'Crestview Property Management',
          'Greenline Energy',
          'Maple & Finch Ltd',
        ],
        de: [
          'Nordlicht Versicherung AG',
          'Hausverwaltung Brandt & Co. KG',
          'Stadtwerke Talheim',
          'Bergblick Immobilien GmbH',
          'Rheinfels Logistik GmbH',
        ],
        fr: [
          'Assurances Mutuelles du Littoral',
          'Cabinet Lefort & Associés',
          'Agence Immobilière des Quais',
          'Transports Rivière SARL',
          'Clinique des Tilleuls',
        ],
        es: [
          'Seguros La Meridiana',
          'Inmobiliaria Costa Dorada S.L.',
          'Clínica San Rafael',
          'Transportes Hnos. Vidal',
          'Gestoría Altamira',
        ],
      }[this.lang],
    );
  }
  domain(): string {
    return this.pick([
      'northwind.io',
      'acme-corp.com',
      'bergblick.de',
      'lefort-associes.fr',
      'meridiana.es',
      'harbourside.co.uk',
      'talheim-stadtwerke.de',
      'altamira.com.mx',
      'quais-immo.be',
      'rheinfels.ch',
    ]);
  }
}

// ---------------------------------------------------------------------------------------------
// templates with PII

type Template = (c: Ctx) => void;

const T: Record<string, Template> = {
  callAgentCaller(c) {
    const cust = c.person();
    const agent = c.person();
    const { w } = c;
    w`[${c.ts()}] ${c.L('Call recording transcript', 'Gesprächsprotokoll (automatisch transkribiert)', 'Transcription d’appel', 'Transcripción de llamada')} – ${c.L('queue', 'Warteschlange', 'file', 'cola')} BILLING-2\n`;
    w`Agent: ${c.L('Thanks for calling, my name is', 'Guten Tag, Sie sprechen mit', 'Bonjour, vous êtes en ligne avec', 'Buenas tardes, le atiende')} ${c.given(agent)}. ${c.L('Who am I speaking with?', 'Mit wem spreche ich?', 'À qui ai-je l’honneur ?', '¿Con quién hablo?')}\n`;
    w`Caller: ${c.L('Hi, this is', 'Ja, hallo, hier ist', 'Oui bonjour, c’est', 'Hola, soy')} ${c.full(cust)}, ${c.L('I have a question about my last bill', 'ich hab eine Frage zu meiner letzten Rechnung', 'j’ai une question sur ma dernière facture', 'tengo una duda con la última factura')}.\n`;
    w`Agent: ${c.L('Can you confirm your date of birth for me?', 'Können Sie mir zur Verifizierung Ihr Geburtsdatum nennen?', 'Pouvez-vous me confirmer votre date de naissance ?', '¿Me confirma su fecha de nacimiento?')}\n`;
    w`Caller: ${c.L('Sure, it’s', 'Klar, der', 'Oui, le', 'Sí, el')} ${c.dob()}.\n`;
    w`Agent: ${c.L('And the best number to reach you on?', 'Und unter welcher Nummer erreichen wir Sie am besten?', 'Et le meilleur numéro pour vous joindre ?', '¿Y un teléfono de contacto?')}\n`;
    w`Caller: ${c.phone('mobile')}, ${c.L('or my work line', 'oder im Büro', 'ou au bureau', 'o en la oficina')} ${c.phone('land')}.\n`;
    w`Agent: ${c.L('I can see the charge of', 'Ich sehe hier die Position über', 'Je vois bien le montant de', 'Veo el cargo de')} ${c.price()} ${c.L('from', 'vom', 'du', 'del')} ${c.date()}. ${c.L('I’ve raised ticket', 'Ich habe das Ticket', 'J’ai ouvert le ticket', 'He abierto la incidencia')} ${c.order()}.\n`;
  },
  callByName(c) {
    const a = c.person();
    const b = c.person();
    const { w } = c;
    const an = c.chance(0.5) ? c.given(a) : c.full(a);
    w`${c.company()} – ${c.L('claims hotline', 'Schadenhotline', 'ligne sinistres', 'línea de siniestros')}, ${c.date()}\n\n`;
    w`${an}: ${c.L('Claims, good morning.', 'Schadenabteilung, guten Morgen.', 'Service sinistres, bonjour.', 'Siniestros, buenos días.')}\n`;
    w`${c.full(b)}: ${c.L('Morning. I want to report water damage at', 'Morgen. Ich möchte einen Wasserschaden melden, Adresse', 'Bonjour, je voudrais déclarer un dégât des eaux au', 'Buenos días, quiero dar parte de una fuga de agua en')} ${c.address()}.\n`;
    w`${c.P(a, a.given)}: ${c.L('Policy number?', 'Ihre Versicherungsnummer?', 'Votre numéro de contrat ?', '¿Número de póliza?')}\n`;
    w`${c.P(b, b.given)}: ${c.order()}. ${c.L('You can email me at', 'Schreiben Sie mir gern an', 'Vous pouvez m’écrire à', 'Me puede escribir a')} ${c.emailOf(b)}.\n`;
  },
  insuranceClaim(c) {
    const p = c.person();
    const other = c.person();
    const { w } = c;
    w`${c.L('CLAIM NARRATIVE', 'SCHADENSCHILDERUNG', 'DÉCLARATION DE SINISTRE – RÉCIT', 'DESCRIPCIÓN DEL SINIESTRO')}\n${c.L('Policyholder', 'Versicherungsnehmer/in', 'Assuré(e)', 'Tomador')}: ${c.any(p)} (${c.L('born', 'geb.', 'né(e) le', 'nacido/a el')} ${c.dob()})\n`;
    w`${c.L('Address', 'Anschrift', 'Adresse', 'Domicilio')}: ${c.address()}\n\n`;
    w`${c.L('On', 'Am', 'Le', 'El')} ${c.date()} ${c.L('at around 8:15 I was reversing out of the car park of', 'gegen 8:15 Uhr fuhr ich rückwärts vom Parkplatz von', 'vers 8h15, je sortais en marche arrière du parking de', 'sobre las 8:15 salía marcha atrás del aparcamiento de')} ${c.notName('brand')} ${c.L('when a van driven by', 'als ein Transporter, gefahren von', 'quand une camionnette conduite par', 'cuando una furgoneta conducida por')} ${c.any(other)} ${c.L('hit my rear bumper. We exchanged details; the other driver’s phone is', 'mein Heck touchierte. Wir haben Daten getauscht, Telefon des Unfallgegners:', 'a heurté mon pare-chocs. Nous avons échangé nos coordonnées ; téléphone de l’autre conducteur :', 'me golpeó el parachoques. Intercambiamos datos; el teléfono del otro conductor es')} ${c.phone()}. ${c.L('Repair estimate:', 'Kostenvoranschlag:', 'Devis de réparation :', 'Presupuesto de reparación:')} ${c.price()}.\n`;
    w`${c.L('Please pay the settlement to', 'Bitte überweisen Sie die Entschädigung auf', 'Merci de verser l’indemnité sur', 'Ruego ingresen la indemnización en')} ${c.iban()}.\n`;
  },
  hrReview(c) {
    const e = c.person();
    const m = c.person();
    const { w } = c;
    w`${c.L('Annual performance review', 'Jahresgespräch / Leistungsbeurteilung', 'Entretien annuel d’évaluation', 'Evaluación anual del desempeño')} ${c.int(2023, 2025)}\n`;
    w`${c.L('Employee', 'Mitarbeiter/in', 'Collaborateur', 'Empleado/a')}: ${c.any(e)}   ${c.L('Manager', 'Führungskraft', 'Manager', 'Responsable')}: ${c.any(m)}\n`;
    w`${c.L('Employee ID', 'Personalnr.', 'Matricule', 'Nº empleado')}: ${c.order()}   ${c.L('Review date', 'Datum', 'Date', 'Fecha')}: ${c.date()}\n\n`;
    w`${c.given(e)} ${c.L('has consistently exceeded targets this year, especially during the migration to', 'hat in diesem Jahr die Ziele klar übertroffen, besonders bei der Umstellung auf', 'a dépassé ses objectifs cette année, notamment lors de la migration vers', 'ha superado sus objetivos este año, sobre todo durante la migración a')} ERP ${c.version()}. ${c.L('Peer feedback from', 'Rückmeldung von Kolleg/innen, u. a.', 'Retours des pairs, dont', 'Comentarios de compañeros, entre ellos')} ${c.any(c.person())} ${c.L('was very positive.', 'war sehr positiv.', 'très positifs.', 'muy positivos.')}\n`;
    w`${c.L('Rating: 4/5. Salary band adjustment effective', 'Einstufung: 4/5. Anpassung des Gehaltsbands zum', 'Note : 4/5. Révision de la rémunération au', 'Valoración: 4/5. Ajuste salarial con efecto')} ${c.date()}.\n`;
  },
  tenancy(c) {
    const ll = c.person();
    const tn = c.person();
    const { w } = c;
    w`${c.L('ASSURED SHORTHOLD TENANCY AGREEMENT', 'MIETVERTRAG FÜR WOHNRAUM', 'CONTRAT DE LOCATION (LOGEMENT NU)', 'CONTRATO DE ARRENDAMIENTO DE VIVIENDA')}\n\n`;
    w`${c.L('Between the Landlord', 'Zwischen dem Vermieter', 'Entre le bailleur', 'De una parte, el arrendador')} ${c.full(ll)}, ${c.L('of', 'wohnhaft', 'demeurant', 'con domicilio en')} ${c.address()}, `;
    w`${c.L('and the Tenant', 'und der Mieterin / dem Mieter', 'et le locataire', 'y de otra, el arrendatario')} ${c.full(tn)}, ${c.L('born', 'geboren am', 'né(e) le', 'nacido/a el')} ${c.dob()}.\n`;
    w`§1 ${c.L('The property:', 'Mietsache:', 'Le logement :', 'Inmueble:')} ${c.address()}. ${c.L('Term begins', 'Mietbeginn', 'Prise d’effet', 'Inicio')}: ${c.date()}.\n`;
    w`§2 ${c.L('Rent of', 'Die Miete von', 'Loyer mensuel de', 'Renta mensual de')} ${c.price()} ${c.L('is payable monthly to', 'ist monatlich zu zahlen auf', 'à verser sur le compte', 'a ingresar en')} ${c.iban()}.\n`;
    w`§3 ${c.L('Contact for repairs:', 'Ansprechpartner bei Schäden:', 'Contact travaux :', 'Contacto para averías:')} ${c.phone()} / ${c.emailOf(ll)}\n`;
  },
  discharge(c) {
    const pt = c.person();
    const doc = c.person();
    const { w } = c;
    w`${c.L('DISCHARGE SUMMARY', 'ENTLASSUNGSBRIEF', 'COMPTE RENDU D’HOSPITALISATION', 'INFORME DE ALTA')}\n${c.L('Patient', 'Patient/in', 'Patient(e)', 'Paciente')}: ${c.chance(0.5) ? c.P(pt, `${pt.family.toUpperCase()} ${pt.given}`) : c.P(pt, `${pt.family}, ${pt.given}`)}   ${c.L('DOB', 'Geb.-Datum', 'Date de naissance', 'F. nac.')}: ${c.dob()}\n`;
    w`${c.L('Admitted', 'Aufnahme', 'Entrée', 'Ingreso')}: ${c.date()}   ${c.L('Discharged', 'Entlassung', 'Sortie', 'Alta')}: ${c.date()}\n\n`;
    w`${c.L('Dear colleague,', 'Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,', 'Cher confrère,', 'Estimado/a compañero/a:')}\n${c.L('we are discharging', 'wir berichten über', 'nous avons pris en charge', 'le remitimos a')} ${c.titled(pt)} ${c.L('after treatment for community-acquired pneumonia. Medication on discharge: amoxicillin 1 g.', 'nach stationärer Behandlung einer ambulant erworbenen Pneumonie. Entlassmedikation: Amoxicillin 1 g.', 'pour une pneumopathie communautaire. Traitement de sortie : amoxicilline 1 g.', 'tras tratamiento de neumonía adquirida en la comunidad. Tratamiento al alta: amoxicilina 1 g.')}\n`;
    w`${c.L('Next of kin', 'Angehörige', 'Personne à prévenir', 'Familiar de contacto')}: ${c.any(c.person())}, ${c.phone()}\n${c.L('Kind regards', 'Mit freundlichen Grüßen', 'Bien confraternellement', 'Atentamente')},\n${c.titled(doc)[0]!}${c.full(doc)}\n`;
  },
  pharmacySms(c) {
    const p = c.person();
    const { w } = c;
    w`${c.L('From', 'Von', 'De', 'De')}: ${c.phone('mobile')}\n`;
    w`${c.L('hi its', 'hallo hier ist', 'bonjour c', 'hola soy')} ${c.any(p, true)} ${c.L('can i get my repeat of sertraline 50mg, dob', 'kann ich mein Folgerezept Ramipril 5mg abholen? geb', 'je voudrais renouveler mon levothyrox 75, née le', 'quería renovar el omeprazol 20mg, fecha nac')} ${c.dob()}\n`;
    w`\n${c.L('Pharmacy', 'Apotheke', 'Pharmacie', 'Farmacia')}: ${c.L('Ready from', 'Abholbereit ab', 'Prêt à partir du', 'Disponible desde el')} ${c.date()}. ${c.L('Total', 'Zuzahlung', 'Reste à charge', 'Aportación')}: ${c.price()}. ${c.L('Reply STOP to opt out', 'Antworte STOP zum Abmelden', 'STOP au 36111', 'Responde BAJA para no recibir más')}\n`;
  },
  permissionSlip(c) {
    const kid = c.person({ local: true });
    const par = { ...c.person({ local: true }), family: kid.family } as Person;
    const { w } = c;
    w`${c.L('SCHOOL TRIP PERMISSION SLIP – Science Museum', 'EINVERSTÄNDNISERKLÄRUNG – Klassenfahrt Deutsches Museum', 'AUTORISATION DE SORTIE SCOLAIRE – Cité des sciences', 'AUTORIZACIÓN EXCURSIÓN ESCOLAR – Museo de Ciencias')}\n`;
    w`${c.L('Trip date', 'Datum', 'Date de la sortie', 'Fecha')}: ${c.date()}   ${c.L('Cost', 'Kosten', 'Participation', 'Coste')}: ${c.price()}\n\n`;
    w`${c.L('Pupil name', 'Name des Kindes', 'Nom de l’élève', 'Nombre del alumno/a')}: ${c.full(kid)}     ${c.L('Class', 'Klasse', 'Classe', 'Curso')}: 4B\n`;
    w`${c.L('Date of birth', 'Geburtsdatum', 'Date de naissance', 'Fecha de nacimiento')}: ${c.dob(2012, 2018)}\n`;
    w`${c.L('Parent/guardian', 'Erziehungsberechtigte/r', 'Responsable légal', 'Padre/madre/tutor')}: ${c.full(par)}\n${c.L('Emergency phone', 'Notfallnummer', 'Tél. en cas d’urgence', 'Teléfono de emergencia')}: ${c.phone()}\n`;
    w`${c.L('Allergies / medication', 'Allergien / Medikamente', 'Allergies / traitement', 'Alergias / medicación')}: ${c.pick(['none', 'Nuss', 'arachides', 'ninguna', '-'])}\n${c.L('Signed', 'Unterschrift', 'Signature', 'Firma')}: ____________\n`;
  },
  gymForm(c) {
    const p = c.person();
    const { w } = c;
    w`=== ${c.L('MEMBERSHIP APPLICATION', 'MITGLIEDSANTRAG', 'FORMULAIRE D’ADHÉSION', 'SOLICITUD DE ALTA')} – FitBox ${c.cityOf()} ===\n`;
    w`${c.L('First name', 'Vorname', 'Prénom', 'Nombre')}: ${c.given(p)}\n${c.L('Last name', 'Nachname', 'Nom', 'Apellidos')}: ${c.P(p, p.family)}\n`;
    w`${c.L('Date of birth', 'Geburtsdatum', 'Date de naissance', 'Fecha de nacimiento')}: ${c.dob(1950, 2007)}\n${c.L('Street, no. / postcode, town', 'Straße, Hausnr. / PLZ, Ort', 'Adresse', 'Dirección')}: ${c.address()}\n`;
    w`${c.L('Mobile', 'Handy', 'Portable', 'Móvil')}: ${c.phone('mobile')}   E-Mail: ${c.emailOf(p)}\n`;
    w`${c.L('Plan', 'Tarif', 'Formule', 'Tarifa')}: Premium 24 ${c.L('months', 'Monate', 'mois', 'meses')} (${c.price()}/${c.L('mo', 'Monat', 'mois', 'mes')})\n`;
    if (c.lang === 'en' && c.in('US', 'CA', 'AU'))
      w`Card on file: ${c.card()}  exp 0${c.int(1, 9)}/2${c.int(6, 9)}\n`;
    else
      w`${c.L('Direct debit', 'SEPA-Lastschrift', 'Prélèvement SEPA', 'Domiciliación SEPA')}: ${c.iban()}\n`;
  },
  kyc(c) {
    const p = c.person();
    const { w } = c;
    w`${c.L('KNOW YOUR CUSTOMER – individual', 'KYC / LEGITIMATIONSPRÜFUNG – Privatperson', 'CONNAISSANCE CLIENT (KYC) – personne physique', 'CONOCE A TU CLIENTE (KYC) – persona física')}\n`;
    w`| ${c.L('Field', 'Feld', 'Champ', 'Campo')} | ${c.L('Value', 'Wert', 'Valeur', 'Valor')} |\n|---|---|\n`;
    w`| ${c.L('Full name', 'Name, Vorname', 'Nom, prénom', 'Nombre completo')} | ${c.chance(0.5) ? c.full(p) : c.P(p, `${p.family}, ${p.given}`)} |\n`;
    w`| ${c.L('Date of birth', 'Geburtsdatum', 'Date de naissance', 'Fecha de nacimiento')} | ${c.dob()} |\n`;
    w`| ${c.L('Residential address', 'Meldeadresse', 'Adresse de résidence', 'Domicilio')} | ${c.address()} |\n`;
    if (c.in('US')) w`| SSN | ${c.ssn()} |\n`;
    w`| ${c.L('Account', 'Konto', 'Compte', 'Cuenta')} | ${c.iban()} |\n| ${c.L('Phone', 'Telefon', 'Téléphone', 'Teléfono')} | ${c.phone()} |\n`;
    w`| ${c.L('Onboarding IP', 'IP bei Eröffnung', 'IP d’ouverture', 'IP de alta')} | ${c.ip()} |\n| ${c.L('Case', 'Vorgang', 'Dossier', 'Expediente')} | ${c.uuid()} |\n`;
  },
  orderEmail(c) {
    const p = c.person();
    const { w } = c;
    w`${c.L('Subject: Your order', 'Betreff: Ihre Bestellung', 'Objet : Votre commande', 'Asunto: Tu pedido')} ${c.order()} ${c.L('has shipped', 'ist unterwegs', 'a été expédiée', 'ya está en camino')}\n\n`;
    w`${c.L('Hi', 'Hallo', 'Bonjour', 'Hola')} ${c.given(p)},\n${c.L('good news – your parcel is on its way.', 'gute Nachrichten – Ihr Paket ist unterwegs.', 'bonne nouvelle : votre colis est en route.', '¡buenas noticias! Tu paquete ya ha salido.')}\n\n`;
    w`${c.L('Ship to', 'Lieferadresse', 'Adresse de livraison', 'Dirección de envío')}:\n${c.full(p)}\n${c.address({ multi: c.chance(0.6) })}\n\n`;
    w`1 × ${c.notName('product')} ${c.L('cover', 'Hülle', 'housse', 'funda')}   ${c.price()}\n1 × ${c.notName('brand')} ${c.L('T-shirt', 'T-Shirt', 'tee-shirt', 'camiseta')}   ${c.price()}\n`;
    w`${c.L('Track it here', 'Sendungsverfolgung', 'Suivre mon colis', 'Sigue tu envío')}: ${c.url('track')}\n${c.L('Questions? Call', 'Fragen? Rufen Sie uns an:', 'Une question ? Appelez le', '¿Dudas? Llámanos al')} ${c.phone('land')}\n`;
  },
  marketplace(c) {
    const s = c.person();
    const b = c.person();
    const { w } = c;
    w`${c.L('Message from buyer', 'Nachricht von Käufer', 'Message de l’acheteur', 'Mensaje del comprador')} ${c.P(b, `${b.given} ${b.family[0]!}.`)}\n`;
    w`${c.L('hey, is the bike still available? i could pick it up saturday, my number is', 'hi, ist das Rad noch da? könnte Samstag abholen, meine nr', 'salut, le vélo est toujours dispo ? je peux passer samedi, mon num', 'hola, ¿sigue disponible la bici? podría recogerla el sábado, mi número')} ${c.phone('mobile')}\n\n`;
    w`${c.L('Reply from', 'Antwort von', 'Réponse de', 'Respuesta de')} ${c.any(s, true)}:\n${c.L('yes still there, pickup at', 'ja noch da, Abholung bei mir:', 'oui toujours dispo, retrait au', 'sí, sigue, recogida en')} ${c.address()}. ${c.L('price is firm', 'Preis fest', 'prix ferme', 'precio fijo')} ${c.price()}, ${c.L('or pay via', 'oder zahl per', 'ou paiement via', 'o pago por')} ${c.L('PayPal to', 'PayPal an', 'PayPal à', 'PayPal a')} ${c.emailOf(s)}\n`;
  },
  dsar(c) {
    const p = c.person();
    const { w } = c;
    w`${c.L('Subject access request under Article 15 GDPR', 'Auskunftsersuchen nach Art. 15 DSGVO', 'Demande d’accès aux données (article 15 RGPD)', 'Solicitud de acceso (artículo 15 RGPD)')}\n\n`;
    w`${c.L('Dear Data Protection Officer,', 'Sehr geehrte Damen und Herren,', 'Madame, Monsieur,', 'Estimados señores:')}\n\n`;
    w`${c.L('I, ', 'hiermit verlange ich, ', 'je soussigné(e) ', 'yo, ')}${c.full(p)}${c.L(', born', ', geboren am', ', né(e) le', ', nacido/a el')} ${c.dob()}${c.L(', residing at', ', wohnhaft', ', demeurant', ', con domicilio en')} ${c.address()}${c.L(', request a copy of all personal data you hold about me, including my customer number', ', Auskunft über alle zu meiner Person gespeicherten Daten, u. a. zur Kundennummer', ', demande la communication de l’ensemble des données me concernant, notamment pour le numéro client', ', solicito copia de todos mis datos personales, incluido el número de cliente')} ${c.order()}.\n`;
    w`${c.L('Please reply to', 'Bitte antworten Sie an', 'Merci de répondre à', 'Ruego respondan a')} ${c.emailOf(p)} ${c.L('within one month.', 'innerhalb eines Monats.', 'dans un délai d’un mois.', 'en el plazo de un mes.')}\n\n${c.any(p)}\n`;
  },
  witness(c) {
    const wi = c.person();
    const sus = c.person();
    const off = c.person();
    const { w } = c;
    w`${c.L('WITNESS STATEMENT', 'ZEUGENAUSSAGE', 'PROCÈS-VERBAL D’AUDITION DE TÉMOIN', 'DECLARACIÓN DE TESTIGO')}\n${c.L('Statement of', 'Zeuge/Zeugin', 'Témoin', 'Testigo')}: ${c.P(wi, `${wi.family.toUpperCase()} ${wi.given}`)}   ${c.L('Age: over 18', 'geb.', 'né(e) le', 'fecha de nacimiento')}${c.lang === 'en' ? '' : ' '}${c.lang === 'en' ? '' : c.dob()}\n`;
    w`${c.L('Address', 'Wohnanschrift', 'Domicile', 'Domicilio')}: ${c.address()}   ${c.L('Tel', 'Tel.', 'Tél.', 'Tel.')}: ${c.phone()}\n\n`;
    w`${c.L('On the evening of', 'Am Abend des', 'Le soir du', 'La noche del')} ${c.date()} ${c.L('I was walking along', 'ging ich die', 'je marchais dans la', 'caminaba por')} ${c.notName('street')} ${c.L('when I saw a man I now know to be', 'entlang, als ich einen Mann sah, der mir später als', 'quand j’ai vu un homme que je sais maintenant être', 'cuando vi a un hombre que ahora sé que es')} ${c.any(sus)}${c.L(' kick the door of the kiosk.', ' vorgestellt wurde und gegen die Kiosktür trat.', ', donner des coups dans la porte du kiosque.', ', dar patadas a la puerta del quiosco.')}\n`;
    w`${c.L('Statement taken by', 'Aufgenommen durch', 'Recueilli par', 'Tomada por')} ${c.L('PC ', 'POM ', 'le brigadier ', 'el agente ')}${c.P(off, off.family)}.\n`;
  },
  seating(c) {
    const { w } = c;
    w`${c.L('Seating plan – wedding of', 'Sitzplan – Hochzeit', 'Plan de table – mariage de', 'Distribución de mesas – boda de')} ${c.given(c.person())} & ${c.given(c.person())}\n\n`;
    for (let t = 1; t <= c.int(2, 4); t++) {
      w`${c.L('Table', 'Tisch', 'Table', 'Mesa')} ${t}${t === 1 ? c.L(' (family)', ' (Familie)', ' (famille)', ' (familia)') : ''}: `;
      const n = c.int(3, 6);
      for (let i = 0; i < n; i++)
        w`${i > 0 ? ', ' : ''}${c.chance(0.7) ? c.full(c.person()) : c.any(c.person())}`;
      w`\n`;
    }
    w`\n${c.L('Menu choice deadline', 'Menüauswahl bis', 'Choix du menu avant le', 'Elección de menú antes del')} ${c.date()}.\n`;
  },
  roster(c) {
    const { w } = c;
    w`${c.L('U12 Girls – Spring roster', 'D-Jugend – Kader Frühjahr', 'U12 – effectif printemps', 'Alevín femenino – plantilla')}\n`;
    w`# | ${c.L('Player', 'Spielerin', 'Joueuse', 'Jugadora')} | ${c.L('DOB', 'Geb.', 'Naissance', 'F. nac.')} | ${c.L('Parent phone', 'Tel. Eltern', 'Tél. parent', 'Tel. padres')}\n`;
    const n = c.int(3, 6);
    for (let i = 0; i < n; i++)
      w`${c.int(1, 30)} | ${c.chance(0.5) ? c.full(c.person()) : c.any(c.person())} | ${c.dob(2012, 2015)} | ${c.phone('mobile')}\n`;
    w`${c.L('Coach', 'Trainer', 'Entraîneur', 'Entrenador')}: ${c.any(c.person())}  ·  ${c.L('Kit sponsor', 'Trikotsponsor', 'Sponsor maillot', 'Patrocinador')}: ${c.notName('brand')}\n`;
  },
  badges(c) {
    const { w } = c;
    w`first_name,last_name,company,email,badge_type\n`;
    const n = c.int(3, 6);
    for (let i = 0; i < n; i++) {
      const p = c.person();
      const dom = c.domain();
      w`${c.given(p)},${c.P(p, p.family)},${dom.split('.')[0]!},${c.workEmail(p, dom)},${c.pick(['SPEAKER', 'ATTENDEE', 'STAFF', 'SPONSOR'])}\n`;
    }
  },
  expenses(c) {
    const p = c.person();
    const { w } = c;
    w`${c.L('EXPENSE REPORT', 'REISEKOSTENABRECHNUNG', 'NOTE DE FRAIS', 'INFORME DE GASTOS')}  ${c.order()}\n${c.L('Claimant', 'Antragsteller/in', 'Demandeur', 'Solicitante')}: ${c.any(p)}\n`;
    w`${c.L('Date', 'Datum', 'Date', 'Fecha')}        ${c.L('Item', 'Posten', 'Libellé', 'Concepto')}                     ${c.L('Amount', 'Betrag', 'Montant', 'Importe')}\n`;
    for (let i = 0; i < c.int(2, 4); i++)
      w`${c.date()}  ${c.pick(['Taxi', 'Hotel', 'Train', 'Dinner w/ client', 'Parking'])}                       ${c.price()}\n`;
    w`${c.L('Corporate card', 'Firmenkreditkarte', 'Carte affaires', 'Tarjeta corporativa')}: ${c.card()}\n${c.L('Reimburse to', 'Erstattung an', 'Remboursement sur', 'Reembolso a')}: ${c.iban()}\n`;
  },
  itinerary(c) {
    const p = c.person();
    const { w } = c;
    w`${c.L('TRAVEL ITINERARY', 'REISEPLAN', 'ITINÉRAIRE DE VOYAGE', 'ITINERARIO DE VIAJE')} – ${c.L('booking ref', 'Buchungscode', 'réf. dossier', 'localizador')} ${c.r.chars(6, UPPER)}\n${c.L('Passenger', 'Reisende/r', 'Passager', 'Pasajero')}: ${c.P(p, `${p.family.toUpperCase()}/${p.given.toUpperCase()}`)}\n`;
    w`${c.date()}  ${c.L('Flight', 'Flug', 'Vol', 'Vuelo')} AF${c.int(1000, 1999)}  ${c.notName('place')} → Lisboa  10:40–12:05\n`;
    w`${c.L('Hotel', 'Hotel', 'Hôtel', 'Hotel')}: ${c.notName('brand')} Suites, ${c.price()}/${c.L('night', 'Nacht', 'nuit', 'noche')}\n`;
    w`${c.L('Mobile on file', 'Hinterlegte Mobilnummer', 'Portable enregistré', 'Móvil registrado')}: ${c.phone('mobile')}   ${c.L('Email', 'E-Mail', 'Courriel', 'Correo')}: ${c.emailOf(p)}\n${c.L('Manage booking', 'Buchung verwalten', 'Gérer ma réservation', 'Gestionar reserva')}: ${c.url('portal')}\n`;
  },
  visa(c) {
    const p = c.person();
    const { w } = c;
    w`${c.L('VISA APPLICATION FORM – Section A', 'VISUMANTRAG – Abschnitt A', 'DEMANDE DE VISA – section A', 'SOLICITUD DE VISADO – sección A')}\n`;
    w`1. ${c.L('Surname(s)', 'Familienname(n)', 'Nom(s)', 'Apellido(s)')}: ${c.P(p, p.family.toUpperCase())}\n2. ${c.L('First name(s)', 'Vorname(n)', 'Prénom(s)', 'Nombre(s)')}: ${c.P(p, p.given.toUpperCase())}\n`;
    w`3. ${c.L('Date of birth (day-month-year)', 'Geburtsdatum (Tag-Monat-Jahr)', 'Date de naissance (jour-mois-année)', 'Fecha de nacimiento (día-mes-año)')}: ${c.dob()}\n`;
    w`4. ${c.L('Home address', 'Wohnanschrift', 'Adresse du domicile', 'Domicilio')}: ${c.address()}\n5. ${c.L('Telephone', 'Telefon', 'Téléphone', 'Teléfono')}: ${c.phone()}   E-mail: ${c.emailOf(p)}\n`;
    w`6. ${c.L('Intended date of arrival', 'Geplantes Einreisedatum', 'Date d’arrivée prévue', 'Fecha prevista de llegada')}: ${c.date(2025, 2026)}\n7. ${c.L('Host in destination country', 'Einladende Person', 'Personne invitante', 'Persona que invita')}: ${c.full(c.person())}, ${c.phone('any', c.pick(['US', 'GB', 'DE', 'FR', 'ES', 'CA'] as const))}\n`;
  },
  taxForm(c) {
    const p = c.person();
    const { w } = c;
    if (c.lang === 'en' && c.in('US')) {
      w`Form W-4 (${c.int(2023, 2025)})  Employee’s Withholding Certificate\nStep 1(a) First name and middle initial: ${c.P(p, `${p.given} ${c.pick(UPPER.split(''))}.`)}   Last name: ${c.P(p, p.family)}\n`;
      w`Address: ${c.address()}\n(b) Social security number: ${c.ssn()}\n(c) [x] Single or Married filing separately\nEmployer EIN: ${c.int(10, 99)}-${c.r.digits(7)}   First date of employment: ${c.date()}\n`;
      return;
    }
    w`${c.L('Tax return – personal details', 'Einkommensteuererklärung – Anlage Person', 'Déclaration des revenus – identité', 'Declaración de la renta – datos personales')} ${c.int(2023, 2024)}\n`;
    w`${c.L('Taxpayer', 'Steuerpflichtige Person', 'Déclarant', 'Contribuyente')}: ${c.full(p)}   ${c.L('Date of birth', 'Geburtsdatum', 'Né(e) le', 'Fecha de nacimiento')}: ${c.dob()}\n`;
    w`${c.L('Address', 'Anschrift', 'Adresse', 'Domicilio fiscal')}: ${c.address()}\n${c.L('Refund account', 'Erstattungskonto', 'Compte de remboursement', 'Cuenta para devolución')}: ${c.iban()}\n`;
    w`${c.L('Spouse', 'Ehegatte/Lebenspartner', 'Conjoint', 'Cónyuge')}: ${c.full(c.person())}, ${c.dob()}\n${c.L('Adviser', 'Steuerberater', 'Conseiller', 'Asesor')}: ${c.company()}, ${c.phone('land')}\n`;
  },
  postmortem(c) {
    const oncall = c.person();
    const { w } = c;
    w`# ${c.L('Incident postmortem', 'Postmortem', 'Post-mortem d’incident', 'Postmortem del incidente')}: checkout 502s (${c.date()})\n\n`;
    w`**${c.L('Incident commander', 'Incident Commander', 'Responsable', 'Responsable')}:** ${c.any(oncall)} (${c.workEmail(oncall, c.domain())})\n\n`;
    w`## ${c.L('Timeline', 'Ablauf', 'Chronologie', 'Cronología')}\n- ${c.ts()} ${c.L('deploy of', 'Deployment von', 'déploiement de', 'despliegue de')} checkout ${c.version()} (${c.sha()})\n- ${c.L('errors spike; example log line:', 'Fehlerrate steigt; Beispiel-Log:', 'pic d’erreurs ; extrait de log :', 'suben los errores; línea de log:')}\n\n`;
    w`\`\`\`\n${c.ts()} ERROR upstream timed out client=${c.ip()} user=${c.emailOf(c.person())} req_id=${c.uuid()}\n${c.ts()} WARN retry upstream=${c.ip4(true)}:8443 attempt=3\n\`\`\`\n\n`;
    w`${c.L('Dashboard', 'Dashboard', 'Tableau de bord', 'Panel')}: ${c.url('internal')}\n`;
  },
  helm(c) {
    const { w } = c;
    w`# values-prod.yaml\nimage:\n  repository: registry.example.net/payments/api\n  tag: "${c.version()}"\n  digest: ${c.sha()}\nreplicaCount: 3\n`;
    w`env:\n  DATABASE_URL_HOST: ${c.ip4(true)}\n  STRIPE_API_KEY: ${c.secret('stripe')}\n  AWS_ACCESS_KEY_ID: ${c.awsKey()}\n  AWS_SECRET_ACCESS_KEY: "${c.awsSecret()}"\n`;
    w`ingress:\n  host: payments.example.net\n  tls:\n    key: |\n${c.pem('      ')}\nalerts:\n  email: ${c.workEmail(c.person(), c.domain())}\n`;
  },
  rcFiles(c) {
    const { w } = c;
    const which = c.int(0, 2);
    if (which === 0) {
      w`# ~/.npmrc\nregistry=${ent('URL', 'https://registry.npmjs.org/')}\n//registry.npmjs.org/:_authToken=${c.secret('npm')}\n@acme:registry=${ent('URL', `https://npm.pkg.github.com/`)}\n//npm.pkg.github.com/:_authToken=${c.ghToken()}\nemail=${c.emailOf(c.person())}\n`;
    } else if (which === 1) {
      const tok = 'pypi-AgEIcHlwaS5vcmc' + c.r.chars(c.int(120, 160), B62 + '-_');
      w`[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = ${ent('GENERIC_SECRET', tok)}\n\n[internal]\nrepository = ${ent('URL', `https://pypi.${c.domain()}/simple/`)}\nusername = deploy-bot\npassword = ${c.secret('b62')}\n`;
    } else {
      const login = c.person();
      w`# ~/.netrc (${c.L('do not commit', 'nicht einchecken', 'ne pas committer', 'no subir')})\nmachine api.heroku.com\n  login ${c.emailOf(login)}\n  password ${c.secret('hex')}\nmachine github.com\n  login ci-bot\n  password ${c.ghToken()}\n`;
    }
  },
  ciLog(c) {
    const { w } = c;
    w`Run actions/checkout@v4\n${c.ts()} Syncing repository: acme/web (${c.sha()})\n${c.ts()} + npm ci\n${c.ts()} added 1187 packages in 41s\n`;
    w`${c.ts()} + echo "debug: GH_TOKEN=$GH_TOKEN"\n${c.ts()} debug: GH_TOKEN=${c.ghToken()}\n`;
    if (c.chance(0.5))
      w`${c.ts()} + curl -H "Authorization: Bearer ${c.jwt()}" ${c.url('internal')}\n`;
    else w`${c.ts()} + aws configure set aws_access_key_id ${c.awsKey()}\n`;
    w`${c.ts()} + ./notify.sh --slack-token ${c.slack()} --channel "#deploys"\n${c.ts()} Deployed build ${c.version()} by ${c.any(c.person(), true)}\n`;
  },
  sqlDump(c) {
    const { w } = c;
    w`-- MySQL dump 10.13  Distrib ${c.version()}\n-- Host: ${c.ip4(true)}    Database: crm\nLOCK TABLES \`customers\` WRITE;\nINSERT INTO \`customers\` (\`id\`,\`first_name\`,\`last_name\`,\`email\`,\`phone\`,\`birth_date\`,\`created_at\`) VALUES\n`;
    const n = c.int(2, 4);
    for (let i = 0; i < n; i++) {
      const p = c.person();
      const [y, m, d] = [c.int(1950, 2004), c.int(1, 12), c.int(1, 28)];
      w`(${c.int(1000, 99999)},'${c.given(p)}','${c.P(p, p.family.replace(/'/g, "''"))}','${c.emailOf(p)}','${c.phone()}','${ent('DATE_OF_BIRTH', `${y}-${c.r.pad(m, 2)}-${c.r.pad(d, 2)}`)}','${c.ts()}')${i === n - 1 ? ';' : ','}\n`;
    }
    w`UNLOCK TABLES;\n`;
  },
  xml(c) {
    const p = c.person();
    const { w } = c;
    w`<?xml version="1.0" encoding="UTF-8"?>\n<customer id="${c.uuid()}">\n  <name><given>${c.given(p)}</given><family>${c.P(p, p.family)}</family></name>\n`;
    w`  <birthDate>${c.dob()}</birthDate>\n  <contact type="mobile">${c.phone('mobile')}</contact>\n  <contact type="email">${c.emailOf(p)}</contact>\n`;
    w`  <postalAddress>${c.address()}</postalAddress>\n  <payment><iban>${c.iban()}</iban></payment>\n  <lastLogin ip="${c.ip()}">${c.ts()}</lastLogin>\n</customer>\n`;
  },
  html(c) {
    const p = c.person();
    const { w } = c;
    w`<div class="team-card">\n  <h3>${c.full(p)}</h3>\n  <p class="role">${c.L('Head of Partnerships', 'Leitung Vertrieb', 'Responsable partenariats', 'Directora comercial')}</p>\n`;
    w`  <a href="mailto:${c.workEmail(p, c.domain())}">${c.L('Email', 'E-Mail', 'Écrire', 'Correo')}</a> ·\n  <a href="tel:${c.phone('land')}">${c.L('Call', 'Anrufen', 'Appeler', 'Llamar')}</a> ·\n  <a href="${c.url('linkedin')}">LinkedIn</a>\n</div>\n<!-- build ${c.version()} ${c.sha()} -->\n`;
  },
  mdTable(c) {
    const { w } = c;
    w`## ${c.L('On-call contacts', 'Rufbereitschaft', 'Astreinte', 'Guardias')} (${c.notName('month')})\n\n| ${c.L('Name', 'Name', 'Nom', 'Nombre')} | ${c.L('Phone', 'Telefon', 'Téléphone', 'Teléfono')} | E-mail | ${c.L('Week', 'KW', 'Semaine', 'Semana')} |\n|------|-------|--------|----|\n`;
    for (let i = 0; i < c.int(2, 5); i++) {
      const p = c.person();
      w`| ${c.any(p)} | ${c.phone('mobile')} | ${c.workEmail(p, c.domain())} | ${c.int(1, 52)} |\n`;
    }
  },
  fixedWidth(c) {
    const { w } = c;
    w`${c.L('PAYROLL RUN', 'LOHNLAUF', 'PAIE', 'NÓMINA')} ${c.date()}                                 PAGE 1\nEMP-NO  NAME                       ${c.lang === 'en' && c.in('US') ? 'SSN        ' : 'IBAN                            '}NET\n`;
    for (let i = 0; i < c.int(2, 4); i++) {
      const p = c.person();
      const name = `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`;
      w`${String(c.int(10000, 99999)).padEnd(8)}${c.P(p, name)}${' '.repeat(Math.max(1, 27 - name.length))}`;
      if (c.lang === 'en' && c.in('US')) w`${c.ssn()}  ${c.price()}\n`;
      else w`${ent('IBAN', c.ibanRaw())}  ${c.price()}\n`;
    }
  },
  forwarded(c) {
    const a = c.person();
    const b = c.person();
    const x = c.person();
    const { w } = c;
    const H = c.L(
      '---------- Forwarded message ---------\nFrom',
      '---------- Weitergeleitete Nachricht ---------\nVon',
      '---------- Message transféré ---------\nDe',
      '---------- Mensaje reenviado ---------\nDe',
    );
    w`${c.L('FYI, see below.', 'Zur Info, siehe unten.', 'Pour info, voir ci-dessous.', 'Para tu información, ver abajo.')}\n\n${H}: ${c.full(a)} <${c.emailOf(a)}>\n${c.L('Date', 'Datum', 'Date', 'Fecha')}: ${c.ts()}\n${c.L('To', 'An', 'À', 'Para')}: ${c.full(b)} <${c.emailOf(b)}>\nCc: ${c.emailOf(x)}\n${c.L('Subject', 'Betreff', 'Objet', 'Asunto')}: ${c.L('Handover', 'Übergabe', 'Passation', 'Traspaso')} ${c.order()}\n\n`;
    w`${c.L('Hi', 'Hallo', 'Salut', 'Hola')} ${c.given(b)},\n${c.L('the keys are with the concierge; the client’s mobile is', 'die Schlüssel liegen beim Hausmeister, Handy der Kundin:', 'les clés sont chez le gardien, portable de la cliente :', 'las llaves las tiene el conserje; móvil de la clienta:')} ${c.phone('mobile')}.\n${c.given(a)}\n`;
  },
  voicemail(c) {
    const p = c.person();
    const { w } = c;
    w`${c.L('Voicemail from', 'Sprachnachricht von', 'Message vocal de', 'Mensaje de voz de')} ${c.phone()} (0:42) – ${c.L('transcription may be inaccurate', 'Transkription ohne Gewähr', 'transcription approximative', 'transcripción aproximada')}\n`;
    w`"${c.L('hi um this is', 'ja hallo hier ist äh', 'oui bonjour euh c’est', 'hola eh soy')} ${c.any(p, true)} ${c.L('calling about the flat on', 'wegen der Wohnung in der', 'pour l’appartement', 'por el piso de la')} ${c.notName('street')}${c.L(' uh could you call me back on', ' äh können Sie mich zurückrufen unter', ' euh vous pouvez me rappeler au', ' eh me puede llamar al')} ${c.phone('mobile')} ${c.L('or email', 'oder mailen an', 'ou par mail', 'o un correo a')} ${c.emailOf(p)} ${c.L('thanks bye', 'danke tschüss', 'merci au revoir', 'gracias adiós')}"\n`;
  },
  ocr(c) {
    const p = c.person();
    const { w } = c;
    w`[OCR p.1 conf 0.71]\n${c.L('N a m e', 'N a m e', 'N o m', 'N o m b r e')} :   ${c.full(p)}\n${c.L('b o r n', 'g e b .', 'n é  l e', 'n a c i d o')}   ${c.dob()}\n`;
    w`${c.L('Tel', 'Tel', 'Tél', 'Tlf')} .  ${c.phone()}    |  ${c.L('ref', 'Az', 'réf', 'ref')} ${c.order()}\n${c.address()}\n~~ ${c.L('please call back before', 'bitte Rückruf vor dem', 'rappeler avant le', 'llamar antes del')} ${c.date()} ~~\n`;
  },
  webhook(c) {
    const p = c.person();
    const { w } = c;
    w`POST /hooks/crm 200 ${c.int(12, 480)}ms\n{"event":"contact.updated","id":"${c.uuid()}","ts":${c.ts()},"data":{"name":"${c.full(p)}","email":"${c.emailOf(p)}","phone":"${c.phone()}","dob":"${ent('DATE_OF_BIRTH', `${c.int(1950, 2004)}-0${c.int(1, 9)}-1${c.int(0, 9)}`)}","ip":"${c.ip()}","plan":"pro","sdk":"${c.version()}"}}\n`;
  },
  dotenv(c) {
    const { w } = c;
    w`# .env.production – ${c.L('rotated', 'rotiert', 'renouvelé', 'rotado')} ${c.date()}\nNODE_ENV=production\nAPP_VERSION=${c.version()}\nDB_HOST=${c.ip4(true)}\nDB_PASSWORD=${c.secret('b62')}\nJWT_SECRET=${c.secret('hex')}\nSLACK_BOT_TOKEN=${c.slack()}\nGITHUB_TOKEN=${c.ghToken()}\nSUPPORT_INBOX=${c.workEmail(c.person(), c.domain())}\nSESSION_SAMPLE=${c.jwt(c.person())}\n`;
  },
  accessLog(c) {
    const { w } = c;
    for (let i = 0; i < c.int(3, 5); i++) {
      const pth = c.pick([
        '/login',
        '/api/v2/orders',
        '/static/app.js',
        '/account/settings',
        '/reset-password',
      ]);
      w`${c.ip()} - - [${c.int(10, 28)}/${c.pick(['Mar', 'Apr', 'Oct'])}/2025:${c.r.pad(c.int(0, 23), 2)}:${c.r.pad(c.int(0, 59), 2)}:${c.r.pad(c.int(0, 59), 2)} +0000] "GET ${pth} HTTP/1.1" ${c.pick([200, 302, 404, 401])} ${c.int(200, 90000)} "-" "Mozilla/5.0 (X11; Linux x86_64) Chrome/${c.version()}"\n`;
    }
    w`${c.ts()} auth: failed login for ${c.emailOf(c.person())} from ${c.ip()}\n`;
  },
  supportChat(c) {
    const cu = c.person();
    const ag = c.person();
    const { w } = c;
    w`[${c.ts()}] ${c.given(ag)} (${c.L('Support', 'Support', 'Support', 'Soporte')}): ${c.L('Hello! How can I help?', 'Hallo! Wie kann ich helfen?', 'Bonjour ! Comment puis-je vous aider ?', '¡Hola! ¿En qué puedo ayudarte?')}\n`;
    w`[${c.ts()}] ${c.any(cu, true)}: ${c.L('my card got charged twice for order', 'meine karte wurde doppelt belastet für bestellung', 'ma carte a été débitée deux fois pour la commande', 'me cobraron dos veces el pedido')} ${c.order()}\n`;
    w`[${c.ts()}] ${c.given(ag)}: ${c.L('Sorry about that! Which card was used?', 'Das tut mir leid! Welche Karte war es?', 'Désolé ! Quelle carte avez-vous utilisée ?', '¡Lo siento! ¿Con qué tarjeta pagaste?')}\n`;
    w`[${c.ts()}] ${c.P(cu, cu.given.toLowerCase())}: ${c.card()} ${c.L('the one ending in', 'die mit', 'celle qui finit par', 'la que acaba en')} ${c.int(1000, 9999)}\n`;
    w`[${c.ts()}] ${c.given(ag)}: ${c.L('Refund of', 'Erstattung über', 'Remboursement de', 'Reembolso de')} ${c.price()} ${c.L('issued.', 'veranlasst.', 'effectué.', 'emitido.')}\n`;
  },
  cv(c) {
    const p = c.person();
    const { w } = c;
    w`${c.P(p, `${p.given} ${p.family}`.toUpperCase())}\n${c.address()}\n${c.phone('mobile')} · ${c.emailOf(p)} · ${c.url('linkedin')}\n${c.L('Date of birth', 'Geboren am', 'Née le', 'Fecha de nacimiento')}: ${c.dob(1965, 2003)}\n\n`;
    w`${c.L('EXPERIENCE', 'BERUFSERFAHRUNG', 'EXPÉRIENCE', 'EXPERIENCIA')}\n${c.int(2015, 2020)}–${c.L('today', 'heute', 'aujourd’hui', 'actualidad')}  ${c.company()}\n${c.L('References from', 'Referenzen:', 'Références :', 'Referencias:')} ${c.any(c.person())}, ${c.phone('land')}\n`;
  },
  accident(c) {
    const a = c.person();
    const b = c.person();
    const { w } = c;
    w`${c.L('ACCIDENT REPORT – exchange of details', 'UNFALLBERICHT – Angaben der Beteiligten', 'CONSTAT AMIABLE – identité des conducteurs', 'PARTE AMISTOSO – datos de los conductores')}\n${c.L('Place', 'Ort', 'Lieu', 'Lugar')}: ${c.notName('street')}, ${c.date()}\n\n`;
    w`A: ${c.any(a)} | ${c.phone()} | ${c.L('insurer', 'Versicherer', 'assureur', 'aseguradora')} ${c.company()}\n`;
    w`B: ${c.any(b)} | ${c.phone()} | ${c.address()} | ${c.emailOf(b)}\n${c.L('Vehicle', 'Fahrzeug', 'Véhicule', 'Vehículo')} B: ${c.notName('brand')}, ${c.L('plate', 'Kennzeichen', 'immatriculation', 'matrícula')} ${c.r.chars(2, UPPER)}-${c.r.digits(3)}-${c.r.chars(2, UPPER)}\n`;
  },
  sepaMandate(c) {
    const p = c.person();
    const { w } = c;
    w`${c.L('Direct debit mandate', 'SEPA-Lastschriftmandat', 'Mandat de prélèvement SEPA', 'Orden de domiciliación SEPA')}\n${c.L('Creditor ID', 'Gläubiger-ID', 'ICS', 'Identificador del acreedor')}: DE98ZZZ09999999999   ${c.L('Mandate ref.', 'Mandatsreferenz', 'RUM', 'Referencia')}: ${c.order()}\n`;
    w`${c.L('Debtor', 'Kontoinhaber/in', 'Débiteur', 'Deudor')}: ${c.any(p)}\n${c.L('Address', 'Anschrift', 'Adresse', 'Dirección')}: ${c.address({ multi: c.chance(0.4) })}\nIBAN: ${c.iban()}\nBIC: ${c.r.chars(4, UPPER)}${c.pick(['DE', 'AT', 'FR', 'ES', 'BE'])}${c.r.chars(2, UPPER + DIGITS)}XXX\n${c.cityOf()}, ${c.date()}\n`;
  },
  dispute(c) {
    const p = c.person();
    const { w } = c;
    w`${c.L('Dear Card Services,', 'Sehr geehrtes Kartenservice-Team,', 'Madame, Monsieur,', 'Estimado servicio de tarjetas:')}\n${c.L('I dispute the transaction of', 'ich widerspreche der Belastung über', 'je conteste l’opération de', 'no reconozco el cargo de')} ${c.price()} ${c.L('dated', 'vom', 'du', 'del')} ${c.date()} ${c.L('on my card', 'auf meiner Karte', 'sur ma carte', 'en mi tarjeta')} ${c.card()}. ${c.L('The merchant', 'Der Händler', 'Le marchand', 'El comercio')} "${c.notName('brand')} Outlet" ${c.L('never delivered order', 'hat die Bestellung', 'n’a jamais livré la commande', 'nunca entregó el pedido')} ${c.order()}${c.L('.', ' nie geliefert.', '.', '.')}\n`;
    w`${c.L('Cardholder', 'Karteninhaber/in', 'Titulaire', 'Titular')}: ${c.full(p)}, ${c.phone()}\n`;
  },
  gist(c) {
    const { w } = c;
    w`${c.L('deploy notes – DO NOT SHARE', 'Deploy-Notizen – NICHT TEILEN', 'notes de déploiement – NE PAS PARTAGER', 'notas de despliegue – NO COMPARTIR')}\nssh -i id_ed25519 deploy@${c.ip()}\n\n${c.pem()}\n\n${c.L('fingerprint', 'Fingerprint', 'empreinte', 'huella')}: SHA256:${c.r.chars(43, B62)}\n`;
  },
  slackBot(c) {
    const { w } = c;
    w`{\n  "name": "standup-bot",\n  "version": "${c.version()}",\n  "slack": { "token": "${c.slack()}", "signingSecret": "${c.secret('hex')}" },\n  "owner": "${c.workEmail(c.person(), c.domain())}",\n  "webhook": "${ent('URL', `https://hooks.slack.com/services/T${c.r.chars(8, UPPER + DIGITS)}/B${c.r.chars(8, UPPER + DIGITS)}/${c.r.chars(24, B62)}`)}"\n}\n`;
  },
  classList(c) {
    const { w } = c;
    w`${c.L('Class 3A – parent contact list', 'Klasse 3a – Elternliste', 'CE2 – liste des parents', '3º A – lista de familias')} (${c.L('internal', 'intern', 'usage interne', 'uso interno')})\n`;
    for (let i = 0; i < c.int(3, 5); i++) {
      const kid = c.person({ local: true });
      const par = { ...c.person({ local: true }), family: kid.family } as Person;
      w`- ${c.given(kid)} — ${c.L('parent', 'Eltern', 'parent', 'tutor')}: ${c.any(par)}, ${c.phone('mobile')}${c.chance(0.5) ? [', ', c.emailOf(par)] : ''}\n`;
    }
  },
  jobApplication(c) {
    const p = c.person();
    const hr = c.person();
    const { w } = c;
    w`${c.L('Dear', 'Sehr geehrte/r', 'À l’attention de', 'Estimado/a')} ${c.titled(hr)},\n\n${c.L('please find attached my application for the position of warehouse lead (ref.', 'anbei meine Bewerbung als Lagerleiter/in (Kennziffer', 'veuillez trouver ci-joint ma candidature au poste de chef d’entrepôt (réf.', 'adjunto mi candidatura al puesto de jefe/a de almacén (ref.')} ${c.order()}). ${c.L('I can start on', 'Eintritt möglich ab', 'Je suis disponible à partir du', 'Disponibilidad a partir del')} ${c.date()}.\n\n`;
    w`${c.L('Best regards', 'Mit freundlichen Grüßen', 'Cordialement', 'Un saludo')}\n${c.full(p)}\n${c.address({ multi: true })}\n${c.phone()}\n`;
  },
  telehealth(c) {
    const p = c.person();
    const dr = c.person();
    const { w } = c;
    w`${c.L('Appointment confirmed', 'Termin bestätigt', 'Rendez-vous confirmé', 'Cita confirmada')}: ${c.titled(dr)} – ${c.date()} 14:30\n${c.L('Patient', 'Patient/in', 'Patient', 'Paciente')}: ${c.full(p)} (${c.L('DOB', 'geb.', 'né(e) le', 'nac.')} ${c.dob()})\n${c.L('Join', 'Zum Termin', 'Rejoindre', 'Unirse')}: ${c.url('meet')}\n${c.L('Reschedule', 'Verschieben', 'Reporter', 'Cambiar cita')}: ${c.phone('land')}\n`;
  },
  donation(c) {
    const p = c.person();
    const { w } = c;
    w`${c.L('Donation receipt', 'Zuwendungsbestätigung', 'Reçu fiscal (don)', 'Certificado de donación')} ${c.order()}\n${c.L('Donor', 'Spender/in', 'Donateur', 'Donante')}: ${c.any(p)}, ${c.address()}\n${c.L('Amount', 'Betrag', 'Montant', 'Importe')}: ${c.price()}   ${c.L('received', 'eingegangen am', 'reçu le', 'recibido el')} ${c.date()}\n${c.L('from account', 'von Konto', 'depuis le compte', 'desde la cuenta')} ${c.iban()}\n${c.L('Thank you for supporting the', 'Danke für Ihre Unterstützung der', 'Merci de soutenir la', 'Gracias por apoyar a la')} ${c.notName('brand')} ${c.L('Foundation', 'Stiftung', 'Fondation', 'Fundación')}.\n`;
  },
  rentalApplicationUS(c) {
    const p = c.person();
    const { w } = c;
    w`${c.L('Background check consent', 'Bonitätsauskunft – Einwilligung', 'Consentement – vérification de solvabilité', 'Consentimiento – consulta de solvencia')}\n${c.L('Applicant', 'Antragsteller/in', 'Candidat', 'Solicitante')}: ${c.full(p)}\n${c.L('Date of birth', 'Geburtsdatum', 'Date de naissance', 'Fecha de nacimiento')}: ${c.dob()}\n`;
    if (c.lang === 'en') w`SSN: ${c.ssn()}\n`;
    w`${c.L('Current address', 'Aktuelle Anschrift', 'Adresse actuelle', 'Domicilio actual')}: ${c.address()}\n${c.L('Previous address', 'Vorherige Anschrift', 'Adresse précédente', 'Domicilio anterior')}: ${c.address()}\n${c.L('Monthly income', 'Monatl. Nettoeinkommen', 'Revenus mensuels', 'Ingresos mensuales')}: ${c.price()}\n`;
  },
  smsLog(c) {
    const { w } = c;
    for (let i = 0; i < c.int(2, 4); i++) {
      const p = c.person();
      w`${c.ts()} SMS to ${c.phone('mobile')} status=DELIVERED body="${c.L('Hi', 'Hallo', 'Bonjour', 'Hola')} ${c.given(p)}, ${c.L('your code is', 'dein Code lautet', 'votre code est', 'tu código es')} ${c.r.digits(6)}"\n`;
    }
  },
  k8sSecret(c) {
    const { w } = c;
    w`apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\n  namespace: prod\n  uid: ${c.uuid()}\ntype: Opaque\nstringData:\n  GITHUB_TOKEN: ${c.ghToken()}\n  SENTRY_AUTH: "${c.secret('hex')}"\n  SMTP_USER: ${c.workEmail(c.person(), c.domain())}\n  tls.key: |\n${c.pem('    ')}\n`;
  },
  benefitsUS(c) {
    const e = c.person();
    const sp = c.person();
    const { w } = c;
    w`${c.L('BENEFITS ENROLLMENT (US payroll)', 'BENEFITS-ANMELDUNG (US-Tochter)', 'ADHÉSION AUX AVANTAGES (filiale US)', 'ALTA DE BENEFICIOS (filial EE. UU.)')}\n`;
    w`Employee: ${c.P(e, `${e.family}, ${e.given}`)}   SSN: ${c.ssn()}   DOB: ${ent('DATE_OF_BIRTH', `${c.int(1, 12)}/${c.int(1, 28)}/${c.int(1960, 2001)}`)}\n`;
    w`Home address: ${c.address({ country: 'US' })}   Phone: ${c.phone('any', 'US')}\n`;
    w`Dependent 1: ${c.full(sp)} (spouse)  SSN ${c.ssn()}\n`;
    w`Plan: PPO Gold, employee + spouse, ${neg('price', `$${c.int(180, 690)}.${c.r.pad(c.int(0, 99), 2)}`)}/pay period, effective ${neg('plain_date', `${c.int(1, 12)}/01/2025`)}\n`;
    w`Note: test record ${c.ssnInvalid()} removed by HRIS validation.\n`;
  },
  chatLowercase(c) {
    const a = c.person();
    const b = c.person();
    const { w } = c;
    w`${c.P(a, a.given.toLowerCase())}: ${c.L('yo did you send', 'hast du', 'tu as envoyé', 'le mandaste a')} ${c.P(b, b.given.toLowerCase())}${c.L(' the wifi pw?', ' das wlan pw geschickt?', ' le code wifi ?', ' la clave del wifi?')}\n`;
    w`${c.P(b, b.given.toLowerCase())}: ${c.L('no, text me at', 'nee, schreib mir auf', 'non, écris-moi au', 'no, escríbeme al')} ${c.phone('mobile')}\n`;
    w`${c.P(a, a.given.toLowerCase())}: ${c.L('ok. also my new address is', 'ok. meine neue adresse ist übrigens', 'ok. au fait ma nouvelle adresse c’est', 'vale. por cierto mi dirección nueva es')} ${c.address()} 🏠\n`;
  },
};

// ---------------------------------------------------------------------------------------------
// templates with hard negatives only

const N: Record<string, Template> = {
  changelog(c) {
    const { w } = c;
    w`## ${c.version()} (${c.date()})\n\n### ${c.L('Fixed', 'Behoben', 'Corrigé', 'Corregido')}\n- ${c.L('Crash when exporting reports in', 'Absturz beim Export im', 'Plantage lors de l’export en', 'Fallo al exportar en')} ${c.notName('month')} (${c.sha()})\n- ${c.L('Upgrade parser to', 'Parser aktualisiert auf', 'Mise à jour du parseur en', 'Parser actualizado a')} ${c.version()}\n- ${c.L('Build', 'Build', 'Build', 'Build')} ${c.version()} ${c.L('published', 'veröffentlicht', 'publié', 'publicado')} ${c.ts()}\n`;
  },
  shippingStatus(c) {
    const { w } = c;
    w`${c.L('Order', 'Bestellung', 'Commande', 'Pedido')} ${c.order()} – ${c.L('status update', 'Statusänderung', 'mise à jour', 'actualización')}\n${c.L('Dispatched', 'Versandt', 'Expédiée', 'Enviado')}: ${c.date()}\n${c.L('Expected delivery', 'Voraussichtliche Zustellung', 'Livraison prévue', 'Entrega prevista')}: ${c.date()}\n${c.L('Items', 'Artikel', 'Articles', 'Artículos')}: 2 × ${c.notName('product')} ${c.L('refill', 'Nachfüllpack', 'recharge', 'recambio')} (${c.price()})\n${c.L('Total', 'Summe', 'Total', 'Total')}: ${c.price()}\n`;
  },
  catalogue(c) {
    const { w } = c;
    w`${c.L('NEW IN THIS SEASON', 'NEU IN DIESER SAISON', 'NOUVEAUTÉS DE LA SAISON', 'NOVEDADES DE LA TEMPORADA')}\n`;
    for (let i = 0; i < c.int(3, 5); i++)
      w`* ${c.notName('brand')} – ${c.pick(['Parka', 'Sneaker', 'Eau de parfum 50 ml', 'Chino', 'Sunglasses'])} ........ ${c.price()}\n`;
    w`${c.L('Offer valid until', 'Angebot gültig bis', 'Offre valable jusqu’au', 'Oferta válida hasta el')} ${c.date()}.\n`;
  },
  ciBuild(c) {
    const { w } = c;
    w`${c.ts()} Starting build ${c.uuid()}\n${c.ts()} Using node ${c.version()}, npm ${c.version()}\n${c.ts()} HEAD is now at ${c.sha()} Merge pull request #${c.int(100, 9999)}\n${c.ts()} Tests: 412 passed, 3 skipped\n${c.ts()} Artifact digest ${c.sha()}\n`;
  },
  deployment(c) {
    const { w } = c;
    w`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: search\n  labels:\n    app.kubernetes.io/version: "${c.version()}"\nspec:\n  replicas: 4\n  template:\n    spec:\n      containers:\n        - name: search\n          image: registry.example.net/search@${neg('sha', `sha256:${c.r.chars(64, HEX)}`)}\n          resources: { limits: { memory: 512Mi } }\n`;
  },
  validationLog(c) {
    const { w } = c;
    w`[${c.L('validator', 'Prüfung', 'validation', 'validación')}] ${c.L('rejected test fixtures', 'abgelehnte Testdaten', 'jeux de test rejetés', 'datos de prueba rechazados')}:\n  iban=${c.ibanInvalid()} -> checksum mismatch\n  card=${c.cardLookalike()} -> luhn failed\n`;
    if (c.chance(0.6)) w`  ssn=${c.ssnInvalid()} -> invalid area\n`;
    w`  ${c.L('run', 'Lauf', 'exécution', 'ejecución')} ${c.uuid()} ${c.L('finished', 'beendet', 'terminé', 'finalizada')} ${c.ts()}\n`;
  },
  bookOrder(c) {
    const { w } = c;
    w`${c.L('Library acquisitions', 'Bibliothek – Neuerwerbungen', 'Bibliothèque – acquisitions', 'Biblioteca – adquisiciones')} ${c.order()}\n`;
    for (let i = 0; i < c.int(2, 4); i++)
      w`ISBN ${c.isbn()}  ${c.pick(['3 Ex.', '1 copy', '2 ex.', '1 ej.'])}  ${c.price()}\n`;
  },
  timetable(c) {
    const { w } = c;
    w`${c.L('Departures', 'Abflüge', 'Départs', 'Salidas')} – ${c.date()}\n`;
    for (let i = 0; i < c.int(2, 4); i++)
      w`${c.r.pad(c.int(6, 22), 2)}:${c.r.pad(c.int(0, 59), 2)}  ${c.r.chars(2, UPPER)}${c.int(100, 9999)}  → ${c.notName('place')}  ${c.L('Gate', 'Flugsteig', 'Porte', 'Puerta')} ${c.r.chars(1, 'ABCDK')}${c.int(1, 60)}\n`;
  },
  agenda(c) {
    const { w } = c;
    w`${c.L('Workshop agenda', 'Workshop-Agenda', 'Programme de l’atelier', 'Agenda del taller')} – ${c.date()}\n09:30 ${c.L('Room', 'Raum', 'Salle', 'Sala')} "${neg('not_name', c.pick(['Ada Lovelace', 'Marie Curie', 'Alan Turing', 'Grace Hopper', 'Albert Einstein']))}" – ${c.L('kick-off', 'Auftakt', 'lancement', 'apertura')}\n11:00 ${c.L('Release planning for', 'Release-Planung', 'Planification de la version', 'Planificación de la versión')} ${c.version()}\n${c.L('Coffee sponsored by', 'Kaffee gesponsert von', 'Café offert par', 'Café patrocinado por')} ${c.notName('brand')}\n`;
  },
  productsSql(c) {
    const { w } = c;
    w`INSERT INTO products (sku, name, price, updated_at) VALUES\n`;
    const n = c.int(2, 4);
    for (let i = 0; i < n; i++)
      w`  ('${c.order()}', '${c.notName('brand')} ${c.pick(['Classic', 'Sport', 'Edition'])}', ${neg('price', `${c.int(5, 900)}.${c.r.pad(c.int(0, 99), 2)}`)}, '${c.ts()}')${i === n - 1 ? ';' : ','}\n`;
  },
  alert(c) {
    const { w } = c;
    w`[FIRING] HighLatency service=checkout version=${c.version()}\nalert_id=${c.uuid()}\nstarts_at=${c.ts()}\nfingerprint=${c.sha()}\n${c.L('runbook step 3', 'Runbook Schritt 3', 'procédure étape 3', 'runbook paso 3')}\n`;
  },
  roadworks(c) {
    const { w } = c;
    w`${c.L('Notice: roadworks on', 'Hinweis: Bauarbeiten in der', 'Avis : travaux', 'Aviso: obras en')} ${c.notName('street')} ${c.L('from', 'vom', 'du', 'del')} ${c.date()} ${c.L('to', 'bis', 'au', 'al')} ${c.date()}. ${c.L('Diversion via', 'Umleitung über', 'Déviation par', 'Desvío por')} ${c.notName('street')}.\n`;
  },
  fixtures(c) {
    const { w } = c;
    for (let i = 0; i < c.int(2, 4); i++)
      w`${c.date()}  ${c.pick(['Real Madrid', 'Werder Bremen', 'Olympique Lyonnais', 'Club América', 'Celtic'])} – ${c.pick(['FC Porto', 'Rapid Wien', 'Stade Rennais', 'Cruz Azul', 'Hibernian'])}  ${c.int(0, 4)}:${c.int(0, 4)}\n`;
    w`${c.L('Tickets from', 'Tickets ab', 'Billets dès', 'Entradas desde')} ${c.price()}\n`;
  },
  inventory(c) {
    const { w } = c;
    w`| SKU | ${c.L('Product', 'Produkt', 'Produit', 'Producto')} | ${c.L('Stock', 'Bestand', 'Stock', 'Stock')} | ${c.L('Price', 'Preis', 'Prix', 'Precio')} |\n|---|---|---|---|\n`;
    for (let i = 0; i < c.int(2, 4); i++)
      w`| ${c.order()} | ${c.notName('product')} | ${c.int(0, 400)} | ${c.price()} |\n`;
  },
  releaseMail(c) {
    const { w } = c;
    w`${c.L('Subject: Maintenance window', 'Betreff: Wartungsfenster', 'Objet : fenêtre de maintenance', 'Asunto: ventana de mantenimiento')} ${c.date()}\n\n${c.L('We will upgrade the database cluster to', 'Wir aktualisieren den Datenbank-Cluster auf', 'Nous mettrons à jour le cluster vers', 'Actualizaremos el clúster a')} ${c.version()}. ${c.L('Reference', 'Referenz', 'Référence', 'Referencia')}: ${c.uuid()}. ${c.L('Expected downtime starts', 'Beginn', 'Début prévu', 'Inicio previsto')} ${c.ts()}.\n`;
  },
};

// ---------------------------------------------------------------------------------------------
// generation

const FAKER_LOCALE_CHAINS: Record<string, LocaleDefinition[]> = Object.fromEntries(
  Object.entries(LOCALES).map(([k, loc]) => {
    const parent = k.startsWith('de') ? de : k.startsWith('fr') ? fr : k.startsWith('es') ? es : en;
    return [k, loc === parent ? [loc, en, base] : [loc, parent, en, base]];
  }),
);

function check(rec: Heldout6Record): void {
  const spans = [...rec.entities].sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const v = rec.text.slice(s.start, s.end);
    if (v === '' || v.trim() !== v) throw new Error(`${rec.id}: bad ${s.type} span "${v}"`);
    if (i > 0 && spans[i - 1]!.end > s.start) throw new Error(`${rec.id}: overlapping spans`);
  }
  for (const n of rec.negatives) {
    const v = rec.text.slice(n.start, n.end);
    if (v === '' || v.trim() !== v) throw new Error(`${rec.id}: bad negative "${v}"`);
    if (rec.entities.some((e) => e.start < n.end && n.start < e.end))
      throw new Error(`${rec.id}: negative overlaps entity`);
  }
}

/** `n` records (n/4 per language), deterministic for a given seed. */
export function generateHeldout6(n = 2000, seed = 60_606): Heldout6Record[] {
  const rng = new Rng(mulberry32(seed));
  const fakers = new Map<string, Faker>();
  let i = 0;
  for (const [k, chain] of Object.entries(FAKER_LOCALE_CHAINS)) {
    const f = new Faker({ locale: chain });
    f.seed(seed + 17 * ++i);
    fakers.set(k, f);
  }
  const pii = Object.entries(T);
  const negOnly = Object.entries(N);
  const langs: Lang[] = ['en', 'de', 'fr', 'es'];
  const out: Heldout6Record[] = [];
  for (let k = 0; k < n; k++) {
    const lang = langs[k % 4]!;
    const c = new Ctx(lang, rng, fakers);
    const onlyNeg = rng.chance(0.18);
    const [name, tpl] = onlyNeg ? rng.pick(negOnly) : rng.pick(pii);
    tpl(c);
    if (!onlyNeg && rng.chance(0.35)) {
      const f = rng.int(0, 3);
      if (f === 0) c.w`\n${c.L('Ref.', 'Az.', 'Réf.', 'Ref.')} ${c.order()}\n`;
      else if (f === 1) c.w`\n${c.L('Printed', 'Gedruckt', 'Imprimé le', 'Impreso')} ${c.ts()}\n`;
      else if (f === 2) c.w`\nID ${c.uuid()}\n`;
      else
        c.w`\n-- ${c.L('generated by', 'erstellt mit', 'généré par', 'generado con')} DocFlow ${c.version()}\n`;
    }
    const rec: Heldout6Record = {
      id: `h6-${lang}-${String(k).padStart(4, '0')}`,
      lang,
      template: `${lang}:${name}`,
      text: c.d.text,
      entities: c.d.entities,
      negatives: c.d.negatives,
    };
    check(rec);
    out.push(rec);
  }
  return out;
}
