/**
 * Generator for `bench/pii-heldout7.ts`: a seventh, blind held-out set for the privacy engine.
 * Written from the developer corpus README's conventions only (no engine rules, no other held-out
 * generators, no corpus texts, no commit history): everyday business text — support tickets and
 * replies, CRM and sales-call notes, HR on/offboarding, payroll, expense and invoice disputes,
 * refunds, account recovery, password-reset mishaps, CSAT comments, reminders, delivery problems,
 * renewals, recruiting, references, meeting notes, on-call handovers, incident chats, logs, CSV/TSV
 * rows, JSON responses, env/config files and SMS/WhatsApp messages — in EN/DE/FR/ES. Offsets are
 * recorded while each text is assembled and every span is checked against its value.
 */
import {
  Faker,
  base,
  de,
  de_AT,
  de_CH,
  en,
  en_AU,
  en_CA,
  en_GB,
  en_IE,
  en_IN,
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
  type LocaleDefinition,
} from '@faker-js/faker';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import type { HeldoutRecord, Lang } from './pii-heldout-data.js';

export interface Heldout7Span extends Span {
  /** PERSON spans only: name taken from faker's lists or built from syllables. */
  readonly source?: 'listed' | 'invented';
}

export interface Heldout7Record extends HeldoutRecord {
  readonly entities: Heldout7Span[];
}

type Src = 'listed' | 'invented';
type Rnd = () => number;

function mulberry32(seed: number): Rnd {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Builder {
  text = '';
  readonly entities: Heldout7Span[] = [];
  readonly negatives: { kind: string; start: number; end: number }[] = [];

  t(s: string): this {
    this.text += s;
    return this;
  }

  e(type: string, value: string, source?: Src): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad value ${type} ${value}`);
    const start = this.text.length;
    this.text += value;
    const span: Heldout7Span =
      source === undefined
        ? { type, start, end: this.text.length }
        : { type, start, end: this.text.length, source };
    if (this.text.slice(span.start, span.end) !== value) throw new Error('offset mismatch');
    this.entities.push(span);
    return this;
  }

  n(kind: string, value: string): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad negative ${kind}`);
    const start = this.text.length;
    this.text += value;
    this.negatives.push({ kind, start, end: this.text.length });
    return this;
  }

  /** A PERSON span with the given written form. */
  p(person: Person, form: NameForm = 'full'): this {
    return this.e('PERSON', nameText(person, form), person.source);
  }
}

interface Person {
  readonly given: string;
  readonly family: string;
  readonly middle: string;
  readonly source: Src;
  readonly female: boolean;
}

type NameForm =
  | 'full'
  | 'given'
  | 'family'
  | 'FAMILY given'
  | 'initial'
  | 'middle'
  | 'lower'
  | 'lowerfull'
  | 'caps';

function nameText(p: Person, form: NameForm): string {
  switch (form) {
    case 'full':
      return `${p.given} ${p.family}`;
    case 'given':
      return p.given;
    case 'family':
      return p.family;
    case 'FAMILY given':
      return `${p.family.toUpperCase()} ${p.given}`;
    case 'initial':
      return `${p.given.charAt(0)}. ${p.family}`;
    case 'middle':
      return `${p.given} ${p.middle}. ${p.family}`;
    case 'lower':
      return p.given.toLowerCase();
    case 'lowerfull':
      return `${p.given} ${p.family}`.toLowerCase();
    case 'caps':
      return `${p.given} ${p.family}`.toUpperCase();
  }
}

const LOCALES: Record<string, LocaleDefinition> = {
  en_US,
  en_GB,
  en_AU,
  en_CA,
  en_IE,
  en_IN,
  de,
  de_AT,
  de_CH,
  fr,
  fr_BE,
  fr_CH,
  fr_CA,
  es,
  es_MX,
  it,
  nl,
  pt_BR,
  pl,
};

const NAME_LOCALES: Record<Lang, string[]> = {
  en: [
    'en_US',
    'en_US',
    'en_GB',
    'en_GB',
    'en_AU',
    'en_CA',
    'en_IE',
    'en_IN',
    'it',
    'nl',
    'pt_BR',
    'pl',
    'es_MX',
    'de',
  ],
  de: ['de', 'de', 'de', 'de_AT', 'de_AT', 'de_CH', 'pl', 'it', 'nl', 'en_GB', 'fr', 'pt_BR'],
  fr: ['fr', 'fr', 'fr', 'fr_BE', 'fr_CH', 'fr_CA', 'it', 'pt_BR', 'es', 'nl', 'en_US', 'pl'],
  es: ['es', 'es', 'es', 'es_MX', 'es_MX', 'es_MX', 'pt_BR', 'it', 'fr', 'en_US', 'de', 'pl'],
};

const COUNTRIES: Record<Lang, string[]> = {
  en: ['US', 'US', 'UK', 'UK', 'IE', 'CA', 'AU', 'IN'],
  de: ['DE', 'DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'FR', 'BE', 'CH', 'CA'],
  es: ['ES', 'ES', 'ES', 'MX', 'MX'],
};

function collectStrings(v: unknown, into: Set<string>): void {
  if (typeof v === 'string') {
    for (const w of v.split(/[\s-]+/)) if (w !== '') into.add(w.toLowerCase());
  } else if (Array.isArray(v)) for (const x of v) collectStrings(x, into);
  else if (v !== null && typeof v === 'object')
    for (const x of Object.values(v as Record<string, unknown>)) collectStrings(x, into);
}

const SYL_A = [
  'ka',
  'lo',
  'mi',
  're',
  'do',
  'sa',
  've',
  'to',
  'bri',
  'zu',
  'ne',
  'qui',
  'li',
  'ma',
  'tha',
  'du',
  'or',
  'el',
  'ya',
  'fe',
  'gu',
  'no',
  'pi',
  'sto',
  'wa',
  'ju',
  'ri',
  'ha',
];
const SYL_B = [
  'ran',
  'vel',
  'sin',
  'dor',
  'mek',
  'lia',
  'nis',
  'rou',
  'bel',
  'tan',
  'quo',
  'zar',
  'mil',
  'sen',
  'dra',
  'vio',
  'lun',
  'kir',
  'ta',
  'na',
  'ra',
  'lo',
];
const SUF_FAM: Record<Lang, string[]> = {
  en: ['ford', 'wick', 'ton', 'by', 'more', 'ley', 'ham', ''],
  de: ['mann', 'ler', 'berg', 'ecker', 'hofer', 'inger', ''],
  fr: ['eau', 'ard', 'ier', 'ot', 'ière', 'ac', ''],
  es: ['ez', 'ado', 'ero', 'ía', 'ales', 'ino', ''],
};

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

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
const B64 = ALNUM + '+/';

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

export function luhnValid(num: string): boolean {
  const d = num.replace(/\D/g, '');
  return luhnDigit(d.slice(0, -1)) === Number(d.slice(-1));
}

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

export function ibanValid(iban: string): boolean {
  const c = iban.replace(/\s/g, '');
  return mod97(c.slice(4) + c.slice(0, 4)) === 1;
}

function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

/** Everything random for one record. */
class Ctx {
  cc: string;
  constructor(
    readonly lang: Lang,
    readonly r: Rnd,
    private readonly fakers: Map<string, Faker>,
    private readonly known: Set<string>,
  ) {
    this.cc = this.pick(COUNTRIES[lang]);
  }

  int(a: number, b: number): number {
    return a + Math.floor(this.r() * (b - a + 1));
  }
  pick<T>(xs: readonly T[]): T {
    const x = xs[Math.floor(this.r() * xs.length)];
    if (x === undefined) throw new Error('empty pick');
    return x;
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  L(o: Record<Lang, string>): string {
    return o[this.lang];
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  chars(alpha: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alpha.charAt(this.int(0, alpha.length - 1));
    return s;
  }

  // ---------- persons ----------
  private invented(kind: 'given' | 'family'): string {
    for (;;) {
      let w = this.pick(SYL_A) + this.pick(SYL_B);
      if (this.chance(0.4)) w += this.pick(SYL_B);
      if (kind === 'family') w += this.pick(SUF_FAM[this.lang]);
      if (w.length < 4 || this.known.has(w)) continue;
      return cap(w);
    }
  }

  person(): Person {
    const female = this.chance(0.5);
    const sex = female ? 'female' : 'male';
    const middle = this.chars('ABCDEFGHJKLMNPRSTW', 1);
    if (this.chance(0.25)) {
      let family = this.invented('family');
      if (this.lang === 'es' && this.chance(0.4)) family += ' ' + this.invented('family');
      if (this.chance(0.06)) family = `${family}-${this.invented('family')}`;
      return { given: this.invented('given'), family, middle, source: 'invented', female };
    }
    const loc = this.pick(NAME_LOCALES[this.lang]);
    const f = this.fakers.get(loc);
    if (f === undefined) throw new Error(loc);
    const given = f.person.firstName(sex).trim();
    let family = f.person.lastName().trim();
    if ((loc === 'es' || loc === 'es_MX') && !family.includes(' ') && this.chance(0.6))
      family += ' ' + f.person.lastName().trim();
    else if (loc.startsWith('de') && this.chance(0.06)) family = `von ${family}`;
    else if (loc.startsWith('fr') && this.chance(0.06)) family = `de ${family}`;
    else if (this.chance(0.07) && !family.includes(' '))
      family = `${family}-${f.person.lastName().trim()}`;
    return { given, family, middle, source: 'listed', female };
  }

  title(p: Person): string {
    return this.L({
      en: p.female ? this.pick(['Ms. ', 'Mrs. ', 'Dr. ']) : this.pick(['Mr. ', 'Dr. ']),
      de: p.female ? this.pick(['Frau ', 'Frau Dr. ']) : this.pick(['Herr ', 'Herrn ', 'Dr. ']),
      fr: p.female ? this.pick(['Mme ', 'Madame ', 'Dr ']) : this.pick(['M. ', 'Monsieur ', 'Me ']),
      es: p.female ? this.pick(['Sra. ', 'Dña. ', 'Dra. ']) : this.pick(['Sr. ', 'D. ', 'Lic. ']),
    });
  }

  /** Name form for prose. */
  form(): NameForm {
    const x = this.r();
    if (x < 0.5) return 'full';
    if (x < 0.68) return 'given';
    if (x < 0.76) return 'initial';
    if (x < 0.82) return 'middle';
    if (x < 0.9) return 'FAMILY given';
    return 'family';
  }

  ascii(s: string): string {
    return s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  }

  email(p?: Person, company?: string): string {
    const pp = p ?? this.person();
    const g = this.ascii(pp.given);
    const f = this.ascii(pp.family.split(' ')[0] ?? pp.family);
    const local = this.pick([
      `${g}.${f}`,
      `${g.charAt(0)}${f}`,
      `${g}_${f}${this.int(1, 99)}`,
      `${g}.${f}+${this.pick(['orders', 'work', 'news', 'billing'])}`,
      `${f}.${g}`,
      `${g}${this.int(70, 99)}`,
    ]);
    const dom =
      company ??
      this.pick(
        {
          US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net'],
          UK: ['gmail.com', 'btinternet.com', 'outlook.co.uk', 'yahoo.co.uk'],
          IE: ['gmail.com', 'eircom.net', 'outlook.ie'],
          CA: ['gmail.com', 'rogers.com', 'videotron.ca', 'shaw.ca'],
          AU: ['gmail.com', 'bigpond.com', 'outlook.com.au'],
          IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
          DE: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de'],
          AT: ['gmx.at', 'aon.at', 'gmail.com'],
          CH: ['bluewin.ch', 'gmx.ch', 'gmail.com', 'sunrise.ch'],
          FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
          BE: ['skynet.be', 'telenet.be', 'gmail.com'],
          ES: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'],
          MX: ['gmail.com', 'hotmail.com', 'prodigy.net.mx'],
        }[this.cc] ?? ['gmail.com'],
      );
    return `${local}@${dom}`;
  }

  workEmail(p: Person, domain: string): string {
    const g = this.ascii(p.given);
    const f = this.ascii(p.family.split(' ')[0] ?? p.family);
    return this.pick([`${g}.${f}@${domain}`, `${g.charAt(0)}.${f}@${domain}`, `${g}@${domain}`]);
  }

  // ---------- phones ----------
  phone(cc = this.cc): string {
    const d = (n: number): string => this.digits(n);
    const nz = (): string => String(this.int(2, 9));
    switch (cc) {
      case 'US':
      case 'CA': {
        const a = String(
          this.pick(
            cc === 'US'
              ? [212, 312, 415, 617, 206, 512, 303, 404, 702, 919, 608]
              : [416, 604, 514, 403, 613, 902, 418],
          ),
        );
        const x = nz() + d(2);
        const l = d(4);
        return this.pick([
          `(${a}) ${x}-${l}`,
          `${a}-${x}-${l}`,
          `${a}.${x}.${l}`,
          `+1 ${a} ${x} ${l}`,
          `+1-${a}-${x}-${l}`,
          `1 (${a}) ${x}-${l}`,
        ]);
      }
      case 'UK':
        return this.pick([
          `07${this.int(4, 9)}${d(2)} ${d(6)}`,
          `+44 7${this.int(4, 9)}${d(2)} ${d(6)}`,
          `020 7${d(3)} ${d(4)}`,
          `+44 (0)20 8${d(3)} ${d(4)}`,
          `0161 ${nz()}${d(2)} ${d(4)}`,
          `0113 ${nz()}${d(2)} ${d(4)}`,
        ]);
      case 'IE':
        return this.pick([
          `08${this.int(3, 9)} ${d(3)} ${d(4)}`,
          `+353 8${this.int(3, 9)} ${d(3)} ${d(4)}`,
          `(01) ${nz()}${d(2)} ${d(4)}`,
          `021 ${nz()}${d(2)} ${d(4)}`,
          `+353 1 ${nz()}${d(2)} ${d(4)}`,
        ]);
      case 'AU':
        return this.pick([
          `04${d(2)} ${d(3)} ${d(3)}`,
          `+61 4${d(2)} ${d(3)} ${d(3)}`,
          `(02) ${nz()}${d(3)} ${d(4)}`,
          `+61 3 ${nz()}${d(3)} ${d(4)}`,
          `07 ${nz()}${d(3)} ${d(4)}`,
        ]);
      case 'IN':
        return this.pick([
          `+91 9${d(4)} ${d(5)}`,
          `+91-98${d(3)}-${d(5)}`,
          `9${d(4)} ${d(5)}`,
          `080 2${d(3)} ${d(4)}`,
          `+91 22 6${d(3)} ${d(4)}`,
        ]);
      case 'DE':
        return this.pick([
          `01${this.pick(['51', '52', '60', '62', '70', '71', '76'])} ${d(8)}`,
          `+49 1${this.pick(['51', '60', '72', '77'])} ${d(8)}`,
          `030 ${nz()}${d(7)}`,
          `+49 (0)89 ${nz()}${d(6)}`,
          `089/${nz()}${d(6)}`,
          `0221 ${nz()}${d(3)}-${d(2)}`,
          `+49 40 ${nz()}${d(2)} ${d(2)} ${d(2)}`,
        ]);
      case 'AT':
        return this.pick([
          `0664 ${d(7)}`,
          `+43 664 ${d(7)}`,
          `0676/${d(7)}`,
          `01 ${nz()}${d(6)}`,
          `+43 1 ${nz()}${d(2)} ${d(2)} ${d(2)}`,
          `0316 ${nz()}${d(5)}`,
        ]);
      case 'CH':
        return this.pick([
          `079 ${nz()}${d(2)} ${d(2)} ${d(2)}`,
          `+41 79 ${nz()}${d(2)} ${d(2)} ${d(2)}`,
          `044 ${nz()}${d(2)} ${d(2)} ${d(2)}`,
          `+41 22 ${nz()}${d(2)} ${d(2)} ${d(2)}`,
          `076 ${nz()}${d(2)} ${d(2)} ${d(2)}`,
        ]);
      case 'FR':
        return this.pick([
          `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
          `07 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
          `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
          `01.${d(2)}.${d(2)}.${d(2)}.${d(2)}`,
          `+33 (0)4 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
          `06${d(8)}`,
        ]);
      case 'BE':
        return this.pick([
          `0470 ${d(2)} ${d(2)} ${d(2)}`,
          `+32 475 ${d(2)} ${d(2)} ${d(2)}`,
          `02 ${nz()}${d(2)} ${d(2)} ${d(2)}`,
          `+32 2 ${nz()}${d(2)} ${d(2)} ${d(2)}`,
          `04/${nz()}${d(2)}.${d(2)}.${d(2)}`,
        ]);
      case 'ES':
        return this.pick([
          `6${d(2)} ${d(3)} ${d(3)}`,
          `+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
          `91 ${nz()}${d(2)} ${d(2)} ${d(2)}`,
          `+34 93 ${nz()}${d(2)} ${d(2)} ${d(2)}`,
          `7${d(2)}-${d(3)}-${d(3)}`,
          `(+34) 6${d(8)}`,
        ]);
      case 'MX':
      default:
        return this.pick([
          `55 ${d(4)} ${d(4)}`,
          `+52 55 ${d(4)} ${d(4)}`,
          `(33) ${d(4)}-${d(4)}`,
          `+52 1 81 ${d(4)} ${d(4)}`,
          `55-${d(4)}-${d(4)}`,
        ]);
    }
  }

  // ---------- addresses (one line, street through postcode / city) ----------
  address(cc = this.cc): string {
    const n = this.int(1, 240);
    switch (cc) {
      case 'US': {
        const [city, st, z] = this.pick([
          ['Springfield', 'IL', '627'],
          ['Austin', 'TX', '787'],
          ['Portland', 'OR', '972'],
          ['Columbus', 'OH', '432'],
          ['Denver', 'CO', '802'],
          ['Raleigh', 'NC', '276'],
          ['Tampa', 'FL', '336'],
          ['Madison', 'WI', '537'],
          ['Boise', 'ID', '837'],
          ['Albany', 'NY', '122'],
        ] as const);
        const street = this.pick([
          'Maple Avenue',
          'Oak St',
          'Elm Street',
          'Lakeview Dr',
          'Pine Ridge Rd',
          'W 5th Ave',
          'Cedar Lane',
          'Highland Blvd',
          'Sunset Drive',
          'N Main St',
        ]);
        const apt = this.pick([
          '',
          '',
          '',
          `, Apt ${this.int(1, 30)}${this.chars('ABCD', 1)}`,
          ` Suite ${this.int(100, 900)}`,
          ` #${this.int(2, 40)}`,
        ]);
        return `${this.int(10, 9800)} ${street}${apt}, ${city}, ${st} ${z}${this.digits(2)}`;
      }
      case 'UK': {
        const [town, pc] = this.pick([
          ['Leeds', 'LS6'],
          ['Manchester', 'M14'],
          ['Bristol', 'BS7'],
          ['London', 'SW11'],
          ['Glasgow', 'G12'],
          ['Cardiff', 'CF24'],
          ['Norwich', 'NR2'],
          ['York', 'YO31'],
          ['Brighton', 'BN2'],
        ] as const);
        const street = this.pick([
          'Kingsley Road',
          'Abbey Lane',
          'Station Road',
          'Victoria Street',
          'Church Close',
          'Mill Lane',
          'The Crescent',
          'Park Avenue',
        ]);
        const pre = this.pick(['', '', `Flat ${this.int(1, 12)}, `]);
        return `${pre}${n} ${street}, ${town} ${pc} ${this.int(1, 9)}${this.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
      }
      case 'IE': {
        const [area, key] = this.pick([
          ['Dublin 6', 'D06'],
          ['Dublin 8', 'D08'],
          ['Ballincollig, Co. Cork', 'P31'],
          ['Galway', 'H91'],
          ['Athlone, Co. Westmeath', 'N37'],
          ['Limerick', 'V94'],
        ] as const);
        const street = this.pick([
          'Main Street',
          'Rathmines Road',
          'Church View',
          'Cois na hAbhann',
          'Oakpark Drive',
          'Seafield Avenue',
        ]);
        return `${n} ${street}, ${area}, ${key} ${this.chars('ACDEFHKNPRTVWXY0123456789', 4)}`;
      }
      case 'CA': {
        const [city, pr, l1] = this.pick([
          ['Toronto', 'ON', 'M'],
          ['Vancouver', 'BC', 'V'],
          ['Calgary', 'AB', 'T'],
          ['Ottawa', 'ON', 'K'],
          ['Halifax', 'NS', 'B'],
          ['Montréal', 'QC', 'H'],
          ['Québec', 'QC', 'G'],
        ] as const);
        const street =
          this.lang === 'fr'
            ? this.pick([
                'rue Saint-Denis',
                'boul. René-Lévesque O',
                'av. du Parc',
                'rue Sherbrooke E',
              ])
            : this.pick([
                'Queen St W',
                'Bloor Street East',
                'Robson St',
                'Jasper Ave',
                'Spring Garden Rd',
              ]);
        const L2 = (): string => this.chars('ABCEGHJKLMNPRSTVXY', 1);
        const pc = `${l1}${this.int(1, 9)}${L2()} ${this.int(0, 9)}${L2()}${this.int(0, 9)}`;
        const unit = this.chance(0.3) ? `${this.int(101, 2400)}-` : '';
        return `${unit}${this.int(10, 3800)} ${street}, ${city}, ${pr} ${pc}`;
      }
      case 'AU': {
        const [sub, st, pc] = this.pick([
          ['Parramatta', 'NSW', '2150'],
          ['Fitzroy', 'VIC', '3065'],
          ['Brisbane City', 'QLD', '4000'],
          ['Fremantle', 'WA', '6160'],
          ['Glenelg', 'SA', '5045'],
          ['Sandy Bay', 'TAS', '7005'],
          ['Newtown', 'NSW', '2042'],
        ] as const);
        const street = this.pick([
          'George Street',
          'Smith St',
          'Brunswick Rd',
          'Marine Pde',
          'King William St',
          'Church St',
        ]);
        const unit = this.chance(0.3) ? `Unit ${this.int(1, 20)}, ` : '';
        return `${unit}${n} ${street}, ${sub} ${st} ${pc}`;
      }
      case 'IN': {
        return this.pick([
          `Flat ${this.int(101, 904)}, ${this.pick(['Sai Residency', 'Prestige Shantiniketan', 'Green Park Apartments'])}, ${this.int(1, 18)}th Cross, Indiranagar, Bengaluru, Karnataka 5600${this.digits(2)}`,
          `${this.chars('ABCDE', 1)}-${this.int(1, 300)}, Sector ${this.int(10, 80)}, Noida, Uttar Pradesh 2013${this.digits(2)}`,
          `${n} MG Road, Camp, Pune, Maharashtra 4110${this.digits(2)}`,
          `House No. ${this.int(10, 999)}, ${this.int(1, 9)}th Street, Anna Nagar, Chennai 6000${this.digits(2)}`,
        ]);
      }
      case 'DE': {
        const [pc, city] = this.pick([
          ['101', 'Berlin'],
          ['200', 'Hamburg'],
          ['803', 'München'],
          ['506', 'Köln'],
          ['603', 'Frankfurt am Main'],
          ['701', 'Stuttgart'],
          ['041', 'Leipzig'],
          ['281', 'Bremen'],
          ['904', 'Nürnberg'],
          ['010', 'Dresden'],
        ] as const);
        const street = this.pick([
          'Hauptstraße',
          'Bahnhofstr.',
          'Lindenweg',
          'Schillerstraße',
          'Am Mühlbach',
          'Gartenstraße',
          'Rosenweg',
          'Kirchplatz',
          'Friedrich-Ebert-Straße',
          'Bergstraße',
          'Königsallee',
        ]);
        const num = this.chance(0.2)
          ? `${(n % 60) + 1}${this.chars('abc', 1)}`
          : String((n % 90) + 1);
        return `${street} ${num}, ${pc}${this.digits(2)} ${city}`;
      }
      case 'AT': {
        const [pc, city] = this.pick([
          ['1060', 'Wien'],
          ['1100', 'Wien'],
          ['8010', 'Graz'],
          ['5020', 'Salzburg'],
          ['4020', 'Linz'],
          ['6020', 'Innsbruck'],
          ['9020', 'Klagenfurt'],
        ] as const);
        const street = this.pick([
          'Mariahilfer Straße',
          'Herrengasse',
          'Landstraßer Hauptstraße',
          'Getreidegasse',
          'Favoritenstraße',
          'Annenstraße',
        ]);
        const door = this.chance(0.5) ? `/${this.int(1, 9)}/${this.int(1, 24)}` : '';
        return `${street} ${(n % 120) + 1}${door}, ${pc} ${city}`;
      }
      case 'CH': {
        const [pc, city] =
          this.lang === 'fr'
            ? this.pick([
                ['1204', 'Genève'],
                ['1003', 'Lausanne'],
                ['2000', 'Neuchâtel'],
                ['1700', 'Fribourg'],
              ] as const)
            : this.pick([
                ['8001', 'Zürich'],
                ['3011', 'Bern'],
                ['4051', 'Basel'],
                ['6003', 'Luzern'],
                ['9000', 'St. Gallen'],
              ] as const);
        const street =
          this.lang === 'fr'
            ? this.pick([
                'rue du Rhône',
                'avenue de la Gare',
                'chemin des Vignes',
                'rue de Lausanne',
              ])
            : this.pick([
                'Bahnhofstrasse',
                'Seefeldstrasse',
                'Spalenberg',
                'Marktgasse',
                'Zürcherstrasse',
              ]);
        const pre = this.chance(0.3) ? 'CH-' : '';
        return this.lang === 'fr'
          ? `${(n % 80) + 1} ${street}, ${pre}${pc} ${city}`
          : `${street} ${(n % 80) + 1}, ${pre}${pc} ${city}`;
      }
      case 'FR': {
        const [pc, city] = this.pick([
          ['750', 'Paris'],
          ['690', 'Lyon'],
          ['130', 'Marseille'],
          ['310', 'Toulouse'],
          ['330', 'Bordeaux'],
          ['440', 'Nantes'],
          ['670', 'Strasbourg'],
          ['590', 'Lille'],
        ] as const);
        const street = this.pick([
          'rue de la République',
          'avenue Jean Jaurès',
          'impasse des Lilas',
          'boulevard Haussmann',
          'rue Nationale',
          'allée des Tilleuls',
          'place du Marché',
          'chemin de la Croix',
        ]);
        const bis = this.pick(['', '', '', ' bis', ' ter']);
        return `${(n % 150) + 1}${bis} ${street}, ${pc}${this.digits(2)} ${city}`;
      }
      case 'BE': {
        const [pc, city] = this.pick([
          ['1000', 'Bruxelles'],
          ['1060', 'Saint-Gilles'],
          ['4000', 'Liège'],
          ['5000', 'Namur'],
          ['6000', 'Charleroi'],
          ['1348', 'Louvain-la-Neuve'],
        ] as const);
        const street = this.pick([
          'Rue de la Loi',
          'Chaussée de Waterloo',
          'Avenue Louise',
          'Rue des Carmes',
          'Boulevard d’Avroy',
        ]);
        const box = this.chance(0.3) ? ` bte ${this.int(1, 12)}` : '';
        return `${street} ${(n % 200) + 1}${box}, ${pc} ${city}`;
      }
      case 'ES': {
        const [pc, city] = this.pick([
          ['280', 'Madrid'],
          ['080', 'Barcelona'],
          ['410', 'Sevilla'],
          ['460', 'Valencia'],
          ['290', 'Málaga'],
          ['480', 'Bilbao'],
          ['500', 'Zaragoza'],
        ] as const);
        const street = this.pick([
          'Calle Mayor',
          'C/ de Balmes',
          'Avda. de la Constitución',
          'Paseo de la Castellana',
          'Calle San Vicente',
          'Plaza de España',
          'C/ Alcalá',
        ]);
        const floor = this.pick([
          '',
          `, ${this.int(1, 8)}º ${this.chars('ABCD', 1)}`,
          `, ${this.int(1, 6)}.º izq.`,
          `, bajo`,
        ]);
        return `${street} ${(n % 180) + 1}${floor}, ${pc}${this.digits(2)} ${city}`;
      }
      case 'MX':
      default: {
        return this.pick([
          `Av. Insurgentes Sur ${this.int(100, 3000)}, Col. Del Valle, 03${this.int(100, 199)} Ciudad de México, CDMX`,
          `Calle Hidalgo ${this.int(1, 400)}, Centro, 64000 Monterrey, N.L.`,
          `Av. Vallarta ${this.int(1000, 6000)}, Col. Vallarta Poniente, 44110 Guadalajara, Jal.`,
          `Calle 60 No. ${this.int(300, 600)}, Centro, 97000 Mérida, Yuc.`,
          `Blvd. Díaz Ordaz ${this.int(100, 900)}, Col. Santa María, 64650 Monterrey, N.L.`,
        ]);
      }
    }
  }

  countryName(cc = this.cc): string {
    const names: Record<string, Record<Lang, string>> = {
      US: { en: 'United States', de: 'USA', fr: 'États-Unis', es: 'Estados Unidos' },
      UK: {
        en: 'United Kingdom',
        de: 'Vereinigtes Königreich',
        fr: 'Royaume-Uni',
        es: 'Reino Unido',
      },
      IE: { en: 'Ireland', de: 'Irland', fr: 'Irlande', es: 'Irlanda' },
      CA: { en: 'Canada', de: 'Kanada', fr: 'Canada', es: 'Canadá' },
      AU: { en: 'Australia', de: 'Australien', fr: 'Australie', es: 'Australia' },
      IN: { en: 'India', de: 'Indien', fr: 'Inde', es: 'India' },
      DE: { en: 'Germany', de: 'Deutschland', fr: 'Allemagne', es: 'Alemania' },
      AT: { en: 'Austria', de: 'Österreich', fr: 'Autriche', es: 'Austria' },
      CH: { en: 'Switzerland', de: 'Schweiz', fr: 'Suisse', es: 'Suiza' },
      FR: { en: 'France', de: 'Frankreich', fr: 'France', es: 'Francia' },
      BE: { en: 'Belgium', de: 'Belgien', fr: 'Belgique', es: 'Bélgica' },
      ES: { en: 'Spain', de: 'Spanien', fr: 'Espagne', es: 'España' },
      MX: { en: 'Mexico', de: 'Mexiko', fr: 'Mexique', es: 'México' },
    };
    return names[cc]?.[this.lang] ?? cc;
  }

  // ---------- financial ----------
  iban(cc?: string): string {
    const country =
      cc ??
      this.pick(
        {
          en: ['GB', 'IE', 'GB', 'NL', 'DE'],
          de: ['DE', 'DE', 'AT', 'CH', 'PL'],
          fr: ['FR', 'FR', 'BE', 'CH', 'IT'],
          es: ['ES', 'ES', 'ES', 'IT', 'FR'],
        }[this.lang],
      );
    const d = (k: number): string => this.digits(k);
    const U = (k: number): string => this.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', k);
    let bban: string;
    switch (country) {
      case 'DE':
        bban = d(18);
        break;
      case 'AT':
        bban = d(16);
        break;
      case 'CH':
        bban = d(17);
        break;
      case 'PL':
        bban = d(24);
        break;
      case 'GB':
        bban = this.pick(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK']) + d(14);
        break;
      case 'IE':
        bban = this.pick(['AIBK', 'BOFI']) + d(14);
        break;
      case 'NL':
        bban = this.pick(['ABNA', 'INGB', 'RABO']) + d(10);
        break;
      case 'IT':
        bban = U(1) + d(22);
        break;
      case 'BE': {
        const b10 = d(10);
        const k = Number(b10) % 97 || 97;
        bban = b10 + pad(k);
        break;
      }
      case 'FR': {
        const bank = d(5);
        const branch = d(5);
        const acct = d(11);
        const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(acct)) % 97);
        bban = bank + branch + acct + pad(key);
        break;
      }
      case 'ES':
      default: {
        const bank = d(4);
        const branch = d(4);
        const acct = d(10);
        const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
        const dc = (s: string): string => {
          let sum = 0;
          for (let i = 0; i < s.length; i++) sum += Number(s[i]) * (w[i] ?? 0);
          const r = 11 - (sum % 11);
          return String(r === 11 ? 0 : r === 10 ? 1 : r);
        };
        bban = bank + branch + dc('00' + bank + branch) + dc(acct) + acct;
        break;
      }
    }
    const cd = 98 - mod97(bban + country + '00');
    const compact = country + pad(cd) + bban;
    if (!ibanValid(compact)) throw new Error('iban');
    return this.chance(0.55) ? compact.replace(/(.{4})/g, '$1 ').trim() : compact;
  }

  card(): string {
    const kind = this.int(0, 4);
    let body: string;
    let len = 16;
    if (kind === 0 || kind === 1) body = '4' + this.digits(14);
    else if (kind === 2)
      body = this.chance(0.6)
        ? `5${this.int(1, 5)}` + this.digits(13)
        : String(this.int(2221, 2720)) + this.digits(11);
    else if (kind === 3) {
      body = this.pick(['34', '37']) + this.digits(12);
      len = 15;
    } else body = '6011' + this.digits(11);
    const num = body + String(luhnDigit(body));
    if (num.length !== len || !luhnValid(num)) throw new Error('card');
    const sep = this.pick(['', ' ', ' ', '-']);
    if (sep === '') return num;
    if (len === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
    return num.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
  }

  ssn(): string {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    const s = `${pad(area, 3)}-${pad(this.int(1, 99))}-${pad(this.int(1, 9999), 4)}`;
    return this.chance(0.15) ? s.replace(/-/g, ' ') : s;
  }

  ipv4(): string {
    return this.pick([
      `${this.int(11, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`,
      `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`,
      `192.168.${this.int(0, 20)}.${this.int(2, 254)}`,
      `${this.int(11, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`,
    ]);
  }

  ipv6(): string {
    const g = (): string => this.int(0, 0xffff).toString(16);
    return this.pick([
      `2001:db8:${g()}:${g()}::${g()}`,
      `2a02:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`,
      `fe80::${g()}:${g()}:${g()}:${g()}`,
      `2600:1700:${g()}:${g()}::${this.int(1, 99)}`,
    ]);
  }

  ip(): string {
    return this.chance(0.72) ? this.ipv4() : this.ipv6();
  }

  /** A birth date written the local way. */
  dob(): string {
    const y = this.int(1948, 2004);
    const m = this.int(1, 12);
    const d = this.int(1, 28);
    const M = MONTHS[this.lang][m - 1] ?? '';
    switch (this.lang) {
      case 'en':
        if (this.cc === 'US')
          return this.pick([
            `${m}/${d}/${y}`,
            `${pad(m)}/${pad(d)}/${y}`,
            `${MONTHS.en[m - 1]} ${d}, ${y}`,
            `${y}-${pad(m)}-${pad(d)}`,
            `${m}/${d}/${String(y).slice(2)}`,
          ]);
        return this.pick([
          `${d} ${M} ${y}`,
          `${pad(d)}/${pad(m)}/${y}`,
          `${pad(d)}-${M.slice(0, 3)}-${y}`,
          `${y}-${pad(m)}-${pad(d)}`,
          `${d}${d === 1 || d === 21 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th'} ${M} ${y}`,
        ]);
      case 'de':
        return this.pick([
          `${pad(d)}.${pad(m)}.${y}`,
          `${d}.${m}.${y}`,
          `${d}. ${M} ${y}`,
          `${y}-${pad(m)}-${pad(d)}`,
          `${pad(d)}.${pad(m)}.${String(y).slice(2)}`,
        ]);
      case 'fr':
        return this.pick([
          `${pad(d)}/${pad(m)}/${y}`,
          `${d === 1 ? '1er' : d} ${M} ${y}`,
          `${y}-${pad(m)}-${pad(d)}`,
          `${pad(d)}.${pad(m)}.${y}`,
        ]);
      case 'es':
      default:
        return this.pick([
          `${pad(d)}/${pad(m)}/${y}`,
          `${d} de ${M} de ${y}`,
          `${d}-${pad(m)}-${y}`,
          `${y}-${pad(m)}-${pad(d)}`,
          `${d}/${m}/${y}`,
        ]);
    }
  }

  // ---------- web ----------
  slug(p: Person): string {
    return `${this.ascii(p.given)}-${this.ascii(p.family.split(' ')[0] ?? p.family)}`;
  }
  linkedin(p: Person): string {
    return `https://www.linkedin.com/in/${this.slug(p)}${this.chance(0.5) ? '-' + this.chars('abcdefghijklmnopqrstuvwxyz0123456789', 8) : ''}${this.chance(0.3) ? '/' : ''}`;
  }
  url(): string {
    return this.pick([
      `https://portal.${this.pick(['acmecloud.io', 'northwind-hr.com', 'blueharbor.de', 'payflow.fr'])}/account/reset?token=${this.chars(ALNUM, 22)}&lang=${this.lang}`,
      `https://calendly.com/${this.chars('abcdefghijklmnop', 7)}/30min`,
      `https://drive.google.com/file/d/${this.chars(ALNUM, 28)}/view?usp=sharing`,
      `http://intranet.local/hr/employees/${this.int(1000, 9999)}`,
      `https://support.example-shop.com/tickets/${this.int(100000, 999999)}?ref=email`,
      `https://app.hubspot.com/contacts/${this.int(1000000, 9999999)}/record/0-1/${this.int(10000, 99999)}`,
      `https://wetransfer.com/downloads/${this.chars(HEX, 32)}/${this.chars(HEX, 6)}`,
    ]);
  }

  // ---------- secrets ----------
  aws(): string {
    return (this.chance(0.8) ? 'AKIA' : 'ASIA') + this.chars(B32.slice(0, 26) + '234567', 16);
  }
  awsSecret(): string {
    return this.chars(ALNUM + '/+', 40);
  }
  github(): string {
    return this.chance(0.7)
      ? `${this.pick(['ghp_', 'gho_', 'ghs_'])}${this.chars(ALNUM, 36)}`
      : `github_pat_${this.chars(ALNUM, 22)}_${this.chars(ALNUM, 59)}`;
  }
  slack(): string {
    return this.chance(0.6)
      ? `xoxb-${this.digits(12)}-${this.digits(13)}-${this.chars(ALNUM, 24)}`
      : `xoxp-${this.digits(12)}-${this.digits(12)}-${this.digits(13)}-${this.chars(HEX, 32)}`;
  }
  jwt(p?: Person): string {
    const rs = this.chance(0.4);
    const h = b64url(JSON.stringify({ alg: rs ? 'RS256' : 'HS256', typ: 'JWT' }));
    const iat = this.int(1690000000, 1730000000);
    const pl = b64url(
      JSON.stringify({
        sub: String(this.int(10000, 99999)),
        ...(p ? { name: `${p.given} ${p.family}` } : {}),
        iat,
        exp: iat + 3600,
      }),
    );
    return `${h}.${pl}.${this.chars(ALNUM + '-_', rs ? 342 : 43)}`;
  }
  pem(): string {
    const kind = this.pick([
      'RSA PRIVATE KEY',
      'PRIVATE KEY',
      'EC PRIVATE KEY',
      'OPENSSH PRIVATE KEY',
    ]);
    const lines: string[] = [];
    const nl = kind === 'EC PRIVATE KEY' ? 3 : this.int(6, 12);
    for (let i = 0; i < nl; i++) lines.push(this.chars(B64, i === nl - 1 ? this.int(10, 60) : 64));
    return `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----`;
  }
  secret(): string {
    return this.pick([
      this.chars(ALNUM, this.int(32, 44)),
      `sk_live_${this.chars(ALNUM, 32)}`,
      this.chars(HEX, 40),
      this.chars(ALNUM, 40),
    ]);
  }
  humanPassword(): string {
    return (
      this.pick([
        'Sommer',
        'Winter',
        'Hunter',
        'Bluebird',
        'Soleil',
        'Madrid',
        'Welcome',
        'Kaffee',
        'Tortuga',
        'Pa55word',
      ]) +
      this.pick(['2024!', '#19', '!!7', '_88', '2023', '$42']) +
      this.chars('abcdefgh', 2)
    );
  }

  // ---------- hard negatives ----------
  version(): string {
    return this.pick([
      `v${this.int(1, 9)}.${this.int(0, 30)}.${this.int(0, 40)}`,
      `${this.int(1, 20)}.${this.int(0, 9)}.${this.int(0, 9)}.${this.int(0, 255)}`,
      `${this.int(1, 5)}.${this.int(0, 20)}.${this.int(0, 9)}`,
      `v${this.int(1, 3)}.${this.int(0, 9)}.${this.int(0, 9)}-rc.${this.int(1, 4)}`,
    ]);
  }
  orderNo(): string {
    return this.pick([
      `ORD-${this.int(2021, 2025)}-${this.digits(6)}`,
      `#${this.int(100000, 999999)}`,
      `PO-${this.digits(10)}`,
      `${this.digits(3)}-${this.digits(7)}-${this.digits(7)}`,
      `INV-${this.int(2023, 2025)}${this.digits(5)}`,
      `SO${this.digits(7)}`,
      `CS-${this.digits(5)}`,
    ]);
  }
  ticketNo(): string {
    return this.pick([
      `#${this.int(10000, 99999)}`,
      `SUP-${this.int(1000, 9999)}`,
      `INC${this.digits(7)}`,
    ]);
  }
  sha(): string {
    return this.pick([
      this.chars(HEX, 40),
      this.chars(HEX, 64),
      this.chars(HEX, 7),
      this.chars(HEX, 32),
    ]);
  }
  uuid(): string {
    const h = (k: number): string => this.chars(HEX, k);
    return `${h(8)}-${h(4)}-4${h(3)}-${this.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
  }
  timestamp(): string {
    const y = this.int(2023, 2025);
    const iso = `${y}-${pad(this.int(1, 12))}-${pad(this.int(1, 28))}T${pad(this.int(0, 23))}:${pad(this.int(0, 59))}:${pad(this.int(0, 59))}`;
    return this.pick([
      `${iso}Z`,
      `${iso}.${this.digits(3)}Z`,
      `${iso}+01:00`,
      String(this.int(1690000000, 1740000000)),
      iso.replace('T', ' '),
    ]);
  }
  logTime(): string {
    const iso = `2024-${pad(this.int(1, 12))}-${pad(this.int(1, 28))}T${pad(this.int(0, 23))}:${pad(this.int(0, 59))}:${pad(this.int(0, 59))}.${this.digits(3)}Z`;
    return iso;
  }
  price(): string {
    const v = this.int(3, 4999);
    const c = pad(this.int(0, 99));
    const grp = (x: number, sep: string): string => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    switch (this.lang) {
      case 'en':
        return this.pick([
          `$${grp(v, ',')}.${c}`,
          `£${grp(v, ',')}.${c}`,
          `€${v}.${c}`,
          `USD ${grp(v, ',')}.${c}`,
          `A$${v}.${c}`,
        ]);
      case 'de':
        return this.pick([
          `${grp(v, '.')},${c} €`,
          `EUR ${grp(v, '.')},${c}`,
          `CHF ${v}.${c}`,
          `€ ${v},${c}`,
        ]);
      case 'fr':
        return this.pick([`${grp(v, ' ')},${c} €`, `${v},${c} EUR`, `CHF ${v}.–`, `${v} € TTC`]);
      case 'es':
      default:
        return this.pick([
          `${grp(v, '.')},${c} €`,
          `$${grp(v, ',')}.${c} MXN`,
          `${v} €`,
          `MXN ${grp(v, ',')}.${c}`,
        ]);
    }
  }
  plainDate(): string {
    const y = this.int(2023, 2025);
    const m = this.int(1, 12);
    const d = this.int(1, 28);
    const M = MONTHS[this.lang][m - 1] ?? '';
    switch (this.lang) {
      case 'en':
        return this.pick([
          `${M} ${d}, ${y}`,
          `${d} ${M} ${y}`,
          `${pad(d)}/${pad(m)}/${y}`,
          `${y}-${pad(m)}-${pad(d)}`,
          `${m}/${d}/${y}`,
        ]);
      case 'de':
        return this.pick([`${pad(d)}.${pad(m)}.${y}`, `${d}. ${M} ${y}`, `${d}.${m}.`]);
      case 'fr':
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${M} ${y}`, `${d} ${M}`]);
      case 'es':
      default:
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${M} de ${y}`, `${d} de ${M}`]);
    }
  }
  isbn(): string {
    const body = '978' + this.pick(['3', '2', '84', '0', '1']) + this.digits(8);
    const b = body.slice(0, 12);
    let sum = 0;
    for (let i = 0; i < b.length; i++) sum += Number(b[i]) * (i % 2 === 0 ? 1 : 3);
    const full = b + String((10 - (sum % 10)) % 10);
    return this.chance(0.5)
      ? `${full.slice(0, 3)}-${full.slice(3, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`
      : full;
  }
  cardLookalike(): string {
    for (;;) {
      const num = this.pick(['4', '5', '3']) + this.digits(15);
      if (luhnValid(num)) continue;
      return this.pick([
        num,
        num.replace(/(\d{4})(?=\d)/g, '$1 '),
        num.replace(/(\d{4})(?=\d)/g, '$1-'),
      ]);
    }
  }
  ibanInvalid(): string {
    const v = this.iban().replace(/\s/g, '');
    for (;;) {
      const bad = v.slice(0, 2) + pad(this.int(2, 98)) + v.slice(4);
      if (ibanValid(bad)) continue;
      return this.chance(0.5) ? bad.replace(/(.{4})/g, '$1 ').trim() : bad;
    }
  }
  ssnInvalid(): string {
    const area = this.pick(['000', '666', String(this.int(900, 999))]);
    return `${area}-${pad(this.int(1, 99))}-${pad(this.int(1, 9999), 4)}`;
  }
  notName(): string {
    return this.pick(
      {
        en: [
          'Amazon',
          'April',
          'June',
          'Ford',
          'Dell',
          'Hilton',
          'Main Street',
          'Washington',
          'Victoria',
          'Jordan',
          'Mercedes',
          'Florence',
          'Chelsea',
          'Sydney',
          'Alexa',
          'Wells Fargo',
          'Martin Luther King Jr. Blvd',
          'Georgetown',
          'Jack Daniel’s',
          'Ben & Jerry’s',
        ],
        de: [
          'August',
          'Mai',
          'Siemens',
          'Porsche',
          'Goethestraße',
          'Bosch',
          'Aldi',
          'Karl-Marx-Allee',
          'Lidl',
          'Mercedes-Benz',
          'Kaiser Wilhelm',
          'Friedrichshafen',
          'Lindt',
          'Hugo Boss',
          'Elisabethinen',
        ],
        fr: [
          'Avril',
          'Juillet',
          'Carrefour',
          'Michelin',
          'Rue Victor Hugo',
          'Saint-Étienne',
          'Peugeot',
          'Louis Vuitton',
          'Chanel',
          'Boulevard Voltaire',
          'Saint-Denis',
          'Renault',
          'Yves Rocher',
          'Hermès',
        ],
        es: [
          'Mayo',
          'Abril',
          'Zara',
          'San Sebastián',
          'Calle de Goya',
          'Santander',
          'Mercadona',
          'Ferrero',
          'San José',
          'Avenida Juárez',
          'Santa Cruz',
          'Corte Inglés',
          'Benito Juárez',
          'Dolores',
        ],
      }[this.lang],
    );
  }
  anyNeg(): [string, string] {
    const k = this.pick([
      'version',
      'order_no',
      'sha',
      'uuid',
      'timestamp',
      'price',
      'plain_date',
      'isbn',
      'not_name',
      'card_lookalike',
      'iban_invalid',
      'ssn_invalid',
    ]);
    const v: Record<string, () => string> = {
      version: () => this.version(),
      order_no: () => this.orderNo(),
      sha: () => this.sha(),
      uuid: () => this.uuid(),
      timestamp: () => this.timestamp(),
      price: () => this.price(),
      plain_date: () => this.plainDate(),
      isbn: () => this.isbn(),
      not_name: () => this.notName(),
      card_lookalike: () => this.cardLookalike(),
      iban_invalid: () => this.ibanInvalid(),
      ssn_invalid: () => this.ssnInvalid(),
    };
    return [k, (v[k] ?? (() => this.version()))()];
  }

  company(): string {
    return this.pick(
      {
        en: [
          'Northwind Traders',
          'Bluebell Logistics',
          'Harbor & Pine Ltd',
          'Cobalt Analytics',
          'Greenleaf Foods',
          'Summit Dental Group',
        ],
        de: [
          'Nordlicht Logistik GmbH',
          'Alpenblick Versicherung AG',
          'Brückner Maschinenbau',
          'Stadtwerke Talheim',
          'Kranich Software GmbH',
        ],
        fr: [
          'Transports Azur',
          'Atelier Lumière SARL',
          'Mutuelle des Coteaux',
          'Boulangeries du Nord',
          'Optique Horizon',
        ],
        es: [
          'Distribuciones Levante S.L.',
          'Seguros Faro',
          'Clínica Dental Sonrisa',
          'Logística Azteca S.A. de C.V.',
          'Papelería Central',
        ],
      }[this.lang],
    );
  }
  domain(): string {
    return this.pick(
      {
        en: ['northwind.com', 'bluebell-logistics.co.uk', 'cobalt.io'],
        de: ['nordlicht-logistik.de', 'kranich.at', 'alpenblick.ch'],
        fr: ['azur-transports.fr', 'optique-horizon.be', 'coteaux.fr'],
        es: ['levante.es', 'segurosfaro.com.mx', 'papeleriacentral.es'],
      }[this.lang],
    );
  }
  time(): string {
    return `${pad(this.int(7, 19))}:${this.pick(['00', '15', '30', '45'])}`;
  }
}

type Template = (b: Builder, c: Ctx) => void;

// ----------------------------------------------------------------------------------------------
// Templates carrying PII (most also carry hard negatives)
// ----------------------------------------------------------------------------------------------

const PII_TEMPLATES: Record<string, Template> = {
  ticket_open: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Subject: Order ',
        de: 'Betreff: Bestellung ',
        fr: 'Objet : commande ',
        es: 'Asunto: pedido ',
      }),
    ).n('order_no', c.orderNo());
    b.t(
      c.L({
        en: ' never arrived\n\nHello,\nI ordered on ',
        de: ' nie angekommen\n\nHallo,\nich habe am ',
        fr: ' jamais reçue\n\nBonjour,\nj’ai commandé le ',
        es: ' no ha llegado\n\nHola:\nhice el pedido el ',
      }),
    ).n('plain_date', c.plainDate());
    b.t(c.L({ en: ' and paid ', de: ' bestellt und ', fr: ' et payé ', es: ' y pagué ' })).n(
      'price',
      c.price(),
    );
    b.t(
      c.L({
        en: ' but tracking still says pending. Please call me on ',
        de: ' bezahlt, aber die Sendung hängt immer noch. Bitte rufen Sie mich unter ',
        fr: ' mais le suivi indique toujours « en attente ». Merci de me rappeler au ',
        es: ' pero el seguimiento sigue en pendiente. Llámenme al ',
      }),
    ).e('PHONE', c.phone());
    b.t(
      c.L({
        en: ' or reply to this address.\n\nThanks,\n',
        de: ' an oder antworten Sie auf diese Mail.\n\nDanke,\n',
        fr: ' ou répondez à ce mail.\n\nCordialement,\n',
        es: ' o respondan a este correo.\n\nGracias,\n',
      }),
    ).p(p, c.pick(['full', 'full', 'given']));
    b.t('\n').e('EMAIL', c.email(p));
  },
  ticket_reply: (b, c) => {
    const cust = c.person();
    const agent = c.person();
    b.t(c.L({ en: 'Hi ', de: 'Hallo ', fr: 'Bonjour ', es: 'Hola, ' })).p(cust, 'given');
    b.t(
      c.L({
        en: ',\n\nThanks for your patience. I checked ticket ',
        de: ',\n\ndanke für Ihre Geduld. Ich habe Ticket ',
        fr: ',\n\nmerci de votre patience. J’ai vérifié le ticket ',
        es: ':\n\ngracias por tu paciencia. He revisado el ticket ',
      }),
    ).n('order_no', c.ticketNo());
    b.t(
      c.L({
        en: ': the crash happens in app version ',
        de: ' geprüft: Der Absturz tritt in App-Version ',
        fr: ' : le plantage se produit dans la version ',
        es: ': el fallo ocurre en la versión ',
      }),
    ).n('version', c.version());
    b.t(
      c.L({
        en: ' and is fixed in the next update. I have also updated the delivery address on your account to ',
        de: ' auf und ist im nächsten Update behoben. Die Lieferadresse in Ihrem Konto lautet jetzt ',
        fr: ' et sera corrigé dans la prochaine mise à jour. J’ai aussi mis à jour votre adresse de livraison : ',
        es: ' y se corrige en la próxima actualización. También he cambiado tu dirección de entrega a ',
      }),
    ).e('STREET_ADDRESS', c.address());
    b.t(
      c.L({
        en: '.\n\nBest regards,\n',
        de: '.\n\nViele Grüße\n',
        fr: '.\n\nBien à vous,\n',
        es: '.\n\nUn saludo,\n',
      }),
    ).p(agent, c.pick(['full', 'given', 'initial']));
    b.t(
      c.L({
        en: '\nCustomer Care | ',
        de: '\nKundenservice | ',
        fr: '\nService client | ',
        es: '\nAtención al cliente | ',
      }),
    ).t(c.company());
  },
  crm_note: (b, c) => {
    const p = c.person();
    const me = c.person();
    b.t(c.L({ en: 'Call with ', de: 'Telefonat mit ', fr: 'Appel avec ', es: 'Llamada con ' })).p(
      p,
      c.pick(['full', 'full', 'middle', 'initial']),
    );
    b.t(` (${c.company()}) — `)
      .t(c.L({ en: 'mobile ', de: 'Handy ', fr: 'portable ', es: 'móvil ' }))
      .e('PHONE', c.phone());
    b.t(
      c.L({
        en: ', prefers e-mail: ',
        de: ', bevorzugt E-Mail: ',
        fr: ', préfère le mail : ',
        es: ', prefiere correo: ',
      }),
    ).e('EMAIL', c.email(p, c.domain()));
    b.t(
      c.L({
        en: '. Budget around ',
        de: '. Budget ca. ',
        fr: '. Budget autour de ',
        es: '. Presupuesto aprox. ',
      }),
    ).n('price', c.price());
    b.t(
      c.L({
        en: '/yr, decision expected by ',
        de: '/Jahr, Entscheidung bis ',
        fr: '/an, décision attendue le ',
        es: '/año, decisión prevista el ',
      }),
    ).n('plain_date', c.plainDate());
    b.t(c.L({ en: '. Uses ', de: '. Nutzt derzeit ', fr: '. Utilise ', es: '. Usa ' })).n(
      'not_name',
      c.notName(),
    );
    b.t(
      c.L({
        en: ' today. Next step: demo. — ',
        de: '. Nächster Schritt: Demo. — ',
        fr: ' actuellement. Suite : démo. — ',
        es: ' hoy. Siguiente paso: demo. — ',
      }),
    ).p(me, c.pick(['given', 'lower', 'initial']));
  },
  hr_onboarding: (b, c) => {
    const p = c.person();
    const mgr = c.person();
    b.t(
      c.L({
        en: 'NEW HIRE FORM\nFull name: ',
        de: 'PERSONALBOGEN NEUEINSTELLUNG\nName: ',
        fr: 'FICHE D’EMBAUCHE\nNom complet : ',
        es: 'FICHA DE ALTA\nNombre completo: ',
      }),
    ).p(p, c.pick(['full', 'FAMILY given', 'caps']));
    b.t(
      c.L({
        en: '\nDate of birth: ',
        de: '\nGeburtsdatum: ',
        fr: '\nDate de naissance : ',
        es: '\nFecha de nacimiento: ',
      }),
    ).e('DATE_OF_BIRTH', c.dob());
    b.t(
      c.L({ en: '\nHome address: ', de: '\nAnschrift: ', fr: '\nAdresse : ', es: '\nDomicilio: ' }),
    ).e('STREET_ADDRESS', c.address());
    b.t(
      c.L({
        en: '\nPersonal phone: ',
        de: '\nTelefon privat: ',
        fr: '\nTéléphone : ',
        es: '\nTeléfono: ',
      }),
    ).e('PHONE', c.phone());
    if (c.cc === 'US' && c.lang === 'en') b.t('\nSSN: ').e('US_SSN', c.ssn());
    else
      b.t(c.L({ en: '\nBank (IBAN): ', de: '\nIBAN: ', fr: '\nIBAN : ', es: '\nIBAN: ' })).e(
        'IBAN',
        c.iban(),
      );
    b.t(
      c.L({
        en: '\nStart date: ',
        de: '\nEintritt: ',
        fr: '\nDate d’entrée : ',
        es: '\nFecha de incorporación: ',
      }),
    ).n('plain_date', c.plainDate());
    b.t(
      c.L({
        en: '\nManager: ',
        de: '\nVorgesetzte/r: ',
        fr: '\nManager : ',
        es: '\nResponsable: ',
      }),
    ).p(mgr, 'full');
    b.t(
      c.L({
        en: '\nLaptop: ThinkPad T14, image ',
        de: '\nLaptop: ThinkPad T14, Image ',
        fr: '\nPortable : ThinkPad T14, image ',
        es: '\nPortátil: ThinkPad T14, imagen ',
      }),
    ).n('version', c.version());
  },
  hr_offboarding: (b, c) => {
    const p = c.person();
    const it = c.person();
    b.t(c.L({ en: 'Offboarding: ', de: 'Austritt: ', fr: 'Départ : ', es: 'Baja: ' })).p(
      p,
      c.pick(['full', 'FAMILY given']),
    );
    b.t(
      c.L({
        en: '\n- last working day ',
        de: '\n- letzter Arbeitstag ',
        fr: '\n- dernier jour ',
        es: '\n- último día ',
      }),
    ).n('plain_date', c.plainDate());
    b.t(
      c.L({
        en: '\n- forward mail to ',
        de: '\n- Mails weiterleiten an ',
        fr: '\n- transférer les mails à ',
        es: '\n- reenviar correo a ',
      }),
    ).e('EMAIL', c.workEmail(it, c.domain()));
    b.t(
      c.L({
        en: '\n- final pay to ',
        de: '\n- Restgehalt auf ',
        fr: '\n- solde de tout compte sur ',
        es: '\n- finiquito a ',
      }),
    ).e('IBAN', c.iban());
    b.t(
      c.L({
        en: '\n- revoke VPN (last seen from ',
        de: '\n- VPN sperren (zuletzt von ',
        fr: '\n- couper le VPN (dernière connexion depuis ',
        es: '\n- revocar VPN (última conexión desde ',
      }),
    )
      .e('IP_ADDRESS', c.ip())
      .t(')');
    b.t(
      c.L({
        en: '\n- collect badge & laptop — owner: ',
        de: '\n- Ausweis & Laptop einsammeln — zuständig: ',
        fr: '\n- récupérer badge et PC — responsable : ',
        es: '\n- recoger tarjeta y portátil — responsable: ',
      }),
    ).p(it, c.pick(['given', 'full']));
  },
  payroll_question: (b, c) => {
    const p = c.person();
    const hr = c.person();
    b.t(c.L({ en: 'Hi ', de: 'Hallo ', fr: 'Bonjour ', es: 'Hola ' })).p(hr, 'given');
    b.t(
      c.L({
        en: ', my payslip for ',
        de: ', auf meiner Abrechnung für ',
        fr: ', sur ma fiche de paie de ',
        es: ', en mi nómina de ',
      }),
    ).n('not_name', c.pick(MONTHS[c.lang].slice(3, 8)));
    b.t(c.L({ en: ' shows ', de: ' steht ', fr: ' il y a ', es: ' aparece ' })).n(
      'price',
      c.price(),
    );
    b.t(
      c.L({
        en: ' net but the transfer to my new account ',
        de: ' netto, aber die Überweisung auf mein neues Konto ',
        fr: ' net mais le virement sur mon nouveau compte ',
        es: ' neto pero la transferencia a mi cuenta nueva ',
      }),
    ).e('IBAN', c.iban());
    b.t(
      c.L({
        en: ' has not come in. Employee no. 48213. Can you check? ',
        de: ' ist nicht eingegangen. Personalnr. 48213. Könnt ihr das prüfen? ',
        fr: ' n’est pas arrivé. Matricule 48213. Pouvez-vous vérifier ? ',
        es: ' no ha llegado. Nº empleado 48213. ¿Lo podéis mirar? ',
      }),
    );
    b.t(c.L({ en: '\n— ', de: '\n— ', fr: '\n— ', es: '\n— ' })).p(
      p,
      c.pick(['full', 'given', 'initial']),
    );
  },
  expense_dispute: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Expense claim rejected?? The hotel charged my corporate card ',
        de: 'Spesenabrechnung abgelehnt?? Das Hotel hat meine Firmenkarte ',
        fr: 'Note de frais refusée ?? L’hôtel a débité ma carte société ',
        es: '¿Gasto rechazado? El hotel cargó en mi tarjeta corporativa ',
      }),
    ).e('CREDIT_CARD', c.card());
    b.t(c.L({ en: ' twice (', de: ' zweimal belastet (', fr: ' deux fois (', es: ' dos veces (' }))
      .n('price', c.price())
      .t(c.L({ en: ' on ', de: ' am ', fr: ' le ', es: ' el ' }))
      .n('plain_date', c.plainDate());
    b.t(c.L({ en: '). Receipt ref ', de: '). Beleg ', fr: '). Reçu ', es: '). Recibo ' })).n(
      'order_no',
      c.orderNo(),
    );
    b.t(
      c.L({
        en: '. Approver was ',
        de: '. Freigegeben von ',
        fr: '. Validé par ',
        es: '. Lo aprobó ',
      }),
    )
      .t(c.title(p))
      .p(p, 'family')
      .t('.');
  },
  invoice_dispute: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Dear accounts team,\n\ninvoice ',
        de: 'Sehr geehrte Damen und Herren,\n\ndie Rechnung ',
        fr: 'Madame, Monsieur,\n\nla facture ',
        es: 'Estimado equipo de cuentas:\n\nla factura ',
      }),
    ).n('order_no', c.orderNo());
    b.t(
      c.L({
        en: ' lists the IBAN ',
        de: ' nennt die IBAN ',
        fr: ' indique l’IBAN ',
        es: ' indica el IBAN ',
      }),
    ).n('iban_invalid', c.ibanInvalid());
    b.t(
      c.L({
        en: ', which our bank rejects as invalid. Please confirm the correct account; we have ',
        de: ', die unsere Bank als ungültig ablehnt. Bitte bestätigen Sie die richtige Verbindung; bei uns ist ',
        fr: ', refusé par notre banque. Merci de confirmer le bon compte ; nous avons ',
        es: ', que nuestro banco rechaza. Confirmen la cuenta correcta; tenemos ',
      }),
    ).e('IBAN', c.iban());
    b.t(
      c.L({
        en: ' on file. Amount due: ',
        de: ' hinterlegt. Betrag: ',
        fr: ' dans nos fichiers. Montant : ',
        es: ' registrado. Importe: ',
      }),
    ).n('price', c.price());
    b.t(
      c.L({
        en: '.\n\nKind regards,\n',
        de: '.\n\nMit freundlichen Grüßen\n',
        fr: '.\n\nCordialement,\n',
        es: '.\n\nAtentamente,\n',
      }),
    )
      .p(p, 'full')
      .t(`\n${c.company()}\n`)
      .e('PHONE', c.phone());
  },
  refund_request: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Refund request\nName: ',
        de: 'Erstattungsantrag\nName: ',
        fr: 'Demande de remboursement\nNom : ',
        es: 'Solicitud de reembolso\nNombre: ',
      }),
    ).p(p, c.pick(['full', 'full', 'FAMILY given']));
    b.t(c.L({ en: '\nOrder: ', de: '\nBestellung: ', fr: '\nCommande : ', es: '\nPedido: ' })).n(
      'order_no',
      c.orderNo(),
    );
    b.t(c.L({ en: '\nAmount: ', de: '\nBetrag: ', fr: '\nMontant : ', es: '\nImporte: ' })).n(
      'price',
      c.price(),
    );
    b.t(
      c.L({
        en: '\nRefund to card: ',
        de: '\nErstattung auf Karte: ',
        fr: '\nRembourser sur la carte : ',
        es: '\nDevolver a la tarjeta: ',
      }),
    ).e('CREDIT_CARD', c.card());
    b.t(
      c.L({
        en: '\nReturn label sent to: ',
        de: '\nRetourenlabel an: ',
        fr: '\nÉtiquette retour envoyée à : ',
        es: '\nEtiqueta de devolución a: ',
      }),
    ).e('STREET_ADDRESS', c.address());
    b.t(
      c.L({
        en: '\nReason: wrong size',
        de: '\nGrund: falsche Größe',
        fr: '\nMotif : mauvaise taille',
        es: '\nMotivo: talla incorrecta',
      }),
    );
  },
  account_recovery: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Account recovery – identity check passed.\nCaller: ',
        de: 'Kontowiederherstellung – Identität geprüft.\nAnrufer/in: ',
        fr: 'Récupération de compte – identité vérifiée.\nAppelant : ',
        es: 'Recuperación de cuenta – identidad verificada.\nLlamante: ',
      }),
    ).p(p, 'full');
    b.t(
      c.L({
        en: '\nDOB given: ',
        de: '\nGeb.-Datum genannt: ',
        fr: '\nNé(e) le : ',
        es: '\nFecha nac. indicada: ',
      }),
    ).e('DATE_OF_BIRTH', c.dob());
    b.t(
      c.L({
        en: '\nRecovery e-mail changed to ',
        de: '\nWiederherstellungs-Mail geändert auf ',
        fr: '\nMail de secours changé en ',
        es: '\nCorreo de recuperación cambiado a ',
      }),
    ).e('EMAIL', c.email(p));
    b.t(
      c.L({
        en: '\nLast login IP: ',
        de: '\nLetzte Anmeldung von IP ',
        fr: '\nDernière IP : ',
        es: '\nÚltima IP: ',
      }),
    ).e('IP_ADDRESS', c.ip());
    b.t(c.L({ en: ' at ', de: ' um ', fr: ' à ', es: ' a las ' })).n('timestamp', c.timestamp());
    if (c.cc === 'US') b.t('\nSSN (last verified): ').e('US_SSN', c.ssn());
    b.t(c.L({ en: '\nCase ', de: '\nVorgang ', fr: '\nDossier ', es: '\nCaso ' })).n(
      'uuid',
      c.uuid(),
    );
  },
  password_mishap: (b, c) => {
    const p = c.person();
    const a = c.person();
    const u = c.ascii(p.given) + '.' + c.ascii(p.family.split(' ')[0] ?? '');
    b.p(p, c.pick(['given', 'lower'])).t(
      c.L({
        en: ': reset didnt work, it says my new one is too weak?? I typed ',
        de: ': reset klappt nicht, angeblich ist mein neues zu schwach?? hab ',
        fr: ' : le reset marche pas, il dit que le nouveau est trop faible ?? j’ai mis ',
        es: ': el reset no va, dice que la nueva es débil?? puse ',
      }),
    );
    b.t('password: ').e('GENERIC_SECRET', c.humanPassword());
    b.t(c.L({ en: '\n', de: ' eingegeben\n', fr: '\n', es: '\n' }))
      .p(a, 'given')
      .t(
        c.L({
          en: ': please never post passwords here!! I have expired it. Temp login for ',
          de: ': bitte nie Passwörter hier posten!! Hab es gesperrt. Temp-Login für ',
          fr: ' : ne postez jamais de mot de passe ici !! Je l’ai expiré. Login temporaire pour ',
          es: ': ¡nunca pongáis contraseñas aquí! La he caducado. Acceso temporal para ',
        }),
      );
    b.e('EMAIL', `${u}@${c.domain()}`)
      .t(' / temp_password=')
      .e('GENERIC_SECRET', c.chars(ALNUM, 32));
  },
  sales_call_notes: (b, c) => {
    const ps = [c.person(), c.person(), c.person()];
    b.t(
      c.L({
        en: '## Discovery call – ',
        de: '## Erstgespräch – ',
        fr: '## Appel découverte – ',
        es: '## Llamada inicial – ',
      }),
    )
      .t(c.company())
      .t(' (')
      .n('plain_date', c.plainDate())
      .t(')\n');
    b.t(
      c.L({ en: 'Attendees:\n', de: 'Teilnehmer:\n', fr: 'Participants :\n', es: 'Asistentes:\n' }),
    );
    for (const p of ps) {
      b.t('- ').p(p, c.pick(['full', 'full', 'initial', 'middle']));
      if (c.chance(0.5)) b.t(' – ').e('URL', c.linkedin(p));
      b.t('\n');
    }
    b.t(
      c.L({
        en: 'Pain: manual invoicing, still on ',
        de: 'Problem: manuelle Rechnungen, noch auf ',
        fr: 'Problème : facturation manuelle, encore sur ',
        es: 'Dolor: facturación manual, siguen con ',
      }),
    )
      .n('not_name', c.notName())
      .t('.\n');
    b.t(
      c.L({
        en: 'Follow up with ',
        de: 'Nachfassen bei ',
        fr: 'Relancer ',
        es: 'Seguimiento con ',
      }),
    )
      .p(ps[0] ?? c.person(), 'given')
      .t(c.L({ en: ' on ', de: ' unter ', fr: ' au ', es: ' en el ' }))
      .e('PHONE', c.phone())
      .t('.');
  },
  csat_comment: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'CSAT 5/5 – "',
        de: 'Zufriedenheit 5/5 – „',
        fr: 'Satisfaction 5/5 – « ',
        es: 'Satisfacción 5/5 – «',
      }),
    );
    b.p(p, 'given')
      .t(
        c.L({
          en: ' was super helpful and sorted my ',
          de: ' war super hilfsbereit und hat mein ',
          fr: ' a été super et a réglé mon souci de ',
          es: ' fue muy amable y solucionó lo de mi ',
        }),
      )
      .n('not_name', c.notName());
    b.t(
      c.L({
        en: ' issue in 5 minutes!"\nCSAT 2/5 – "waited 40 min, then got cut off"\nCSAT 4/5 – "thanks ',
        de: '-Problem in 5 Minuten gelöst!“\nZufriedenheit 2/5 – „40 Min gewartet, dann aufgelegt“\nZufriedenheit 4/5 – „danke ',
        fr: ' en 5 minutes ! »\nSatisfaction 2/5 – « 40 min d’attente puis coupé »\nSatisfaction 4/5 – « merci ',
        es: ' en 5 minutos!»\nSatisfacción 2/5 – «40 min esperando y se cortó»\nSatisfacción 4/5 – «gracias ',
      }),
    );
    const q = c.person();
    b.p(q, c.pick(['given', 'lower'])).t(c.L({ en: '"', de: '“', fr: ' »', es: '»' }));
  },
  appointment_sms: (b, c) => {
    const p = c.person();
    const d = c.person();
    b.t(c.L({ en: 'Hi ', de: 'Hallo ', fr: 'Bonjour ', es: 'Hola ' })).p(p, 'given');
    b.t(
      c.L({
        en: ', reminder: your appointment with ',
        de: ', Erinnerung: Ihr Termin bei ',
        fr: ', rappel : RDV avec ',
        es: ', recordatorio: cita con ',
      }),
    )
      .t(c.pick(['Dr. ', 'Dr. ', '']))
      .p(d, 'family');
    b.t(c.L({ en: ' is on ', de: ' ist am ', fr: ' le ', es: ' el ' }))
      .n('plain_date', c.plainDate())
      .t(` ${c.time()}`);
    b.t(
      c.L({
        en: '. To reschedule call ',
        de: '. Absagen unter ',
        fr: '. Pour annuler : ',
        es: '. Para cambiarla llama al ',
      }),
    )
      .e('PHONE', c.phone())
      .t(
        c.L({
          en: '. Reply STOP to opt out',
          de: '. STOP zum Abmelden',
          fr: '. STOP au 36180',
          es: '. Responde BAJA',
        }),
      );
  },
  delivery_problem: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Driver note: could not deliver parcel ',
        de: 'Fahrernotiz: Paket ',
        fr: 'Note livreur : colis ',
        es: 'Nota del repartidor: paquete ',
      }),
    ).n('order_no', c.orderNo());
    b.t(
      c.L({
        en: ' to ',
        de: ' konnte nicht zugestellt werden an ',
        fr: ' non livré à ',
        es: ' no entregado a ',
      }),
    ).p(p, c.pick(['full', 'family', 'caps']));
    b.t(', ')
      .e('STREET_ADDRESS', c.address())
      .t(
        c.L({
          en: ' – nobody home, left card. Customer phone ',
          de: ' – niemand da, Karte eingeworfen. Kundentelefon ',
          fr: ' – absent, avis déposé. Tél. client ',
          es: ' – nadie en casa, aviso dejado. Tel. cliente ',
        }),
      );
    b.e('PHONE', c.phone())
      .t(
        c.L({
          en: ' goes to voicemail. Scan ',
          de: ' nur Mailbox. Scan ',
          fr: ' sur messagerie. Scan ',
          es: ' buzón de voz. Escaneo ',
        }),
      )
      .n('timestamp', c.timestamp());
  },
  contract_renewal: (b, c) => {
    const p = c.person();
    const me = c.person();
    b.t(c.L({ en: 'Dear ', de: 'Sehr geehrte/r ', fr: 'Cher/Chère ', es: 'Estimado/a ' }))
      .t(c.title(p))
      .p(p, c.pick(['family', 'full']));
    b.t(
      c.L({
        en: ',\n\nyour contract ',
        de: ',\n\nIhr Vertrag ',
        fr: ',\n\nvotre contrat ',
        es: ':\n\nsu contrato ',
      }),
    ).n('order_no', c.orderNo());
    b.t(
      c.L({
        en: ' renews automatically on ',
        de: ' verlängert sich automatisch am ',
        fr: ' sera renouvelé le ',
        es: ' se renueva el ',
      }),
    ).n('plain_date', c.plainDate());
    b.t(c.L({ en: ' at ', de: ' zu ', fr: ' au tarif de ', es: ' por ' }))
      .n('price', c.price())
      .t(c.L({ en: ' per month. ', de: ' monatlich. ', fr: ' par mois. ', es: ' al mes. ' }));
    b.t(
      c.L({
        en: 'Questions? Reach me directly on ',
        de: 'Bei Fragen erreichen Sie mich unter ',
        fr: 'Des questions ? Joignez-moi au ',
        es: '¿Dudas? Llámeme al ',
      }),
    ).e('PHONE', c.phone());
    b.t(c.L({ en: '.\n\n', de: '.\n\n', fr: '.\n\n', es: '.\n\n' }))
      .p(me, 'full')
      .t(
        c.L({
          en: '\nAccount Manager',
          de: '\nKundenbetreuung',
          fr: '\nChargé(e) de clientèle',
          es: '\nGestor/a de cuentas',
        }),
      );
  },
  recruitment_email: (b, c) => {
    const p = c.person();
    const r = c.person();
    b.t(c.L({ en: 'Hi ', de: 'Hallo ', fr: 'Bonjour ', es: 'Hola ' })).p(p, 'given');
    b.t(
      c.L({
        en: ',\n\nI came across your profile (',
        de: ',\n\nich bin auf Ihr Profil gestoßen (',
        fr: ',\n\nj’ai vu votre profil (',
        es: ',\n\nhe visto tu perfil (',
      }),
    ).e('URL', c.linkedin(p));
    b.t(
      c.L({
        en: ') and think you would be a great fit for our Senior Data Engineer role. Would you have 20 minutes this week? You can book here: ',
        de: ') und denke, Sie passen super zu unserer Stelle als Senior Data Engineer. Hätten Sie 20 Minuten? Termin hier: ',
        fr: ') et je pense que vous seriez parfait(e) pour notre poste de Data Engineer senior. 20 minutes cette semaine ? Réservez ici : ',
        es: ') y creo que encajarías en nuestro puesto de Data Engineer sénior. ¿Tienes 20 minutos? Reserva aquí: ',
      }),
    ).e('URL', c.url());
    b.t('\n\n')
      .p(r, 'full')
      .t(
        c.L({
          en: ' | Talent Acquisition\n',
          de: ' | Recruiting\n',
          fr: ' | Recrutement\n',
          es: ' | Selección\n',
        }),
      )
      .e('PHONE', c.phone())
      .t(' | ')
      .e('EMAIL', c.workEmail(r, c.domain()));
  },
  reference_letter: (b, c) => {
    const p = c.person();
    const w = c.person();
    b.t(
      c.L({
        en: 'To whom it may concern,\n\nI am pleased to recommend ',
        de: 'Arbeitszeugnis\n\nHiermit bestätigen wir, dass ',
        fr: 'Lettre de recommandation\n\nJe recommande vivement ',
        es: 'Carta de referencia\n\nMe complace recomendar a ',
      }),
    ).p(p, 'full');
    b.t(c.L({ en: ', born ', de: ', geboren am ', fr: ', né(e) le ', es: ', nacido/a el ' })).e(
      'DATE_OF_BIRTH',
      c.dob(),
    );
    b.t(
      c.L({
        en: ', who worked with us from ',
        de: ', vom ',
        fr: ', qui a travaillé chez nous du ',
        es: ', que trabajó con nosotros desde el ',
      }),
    ).n('plain_date', c.plainDate());
    b.t(c.L({ en: '. ', de: ' bei uns beschäftigt war. ', fr: '. ', es: '. ' }))
      .p(p, c.pick(['given', 'family']))
      .t(
        c.L({
          en: ' was reliable and well liked by customers.\n\nSincerely,\n',
          de: ' war stets zuverlässig.\n\nMit freundlichen Grüßen\n',
          fr: ' a toujours été fiable.\n\nSincères salutations,\n',
          es: ' fue siempre responsable.\n\nAtentamente,\n',
        }),
      );
    b.t(c.title(w)).p(w, 'full').t('\n').e('PHONE', c.phone());
  },
  meeting_notes: (b, c) => {
    const ps = [c.person(), c.person(), c.person(), c.person()];
    b.t(
      c.L({
        en: 'Weekly ops sync – ',
        de: 'Wöchentliches Ops-Meeting – ',
        fr: 'Point ops hebdo – ',
        es: 'Reunión semanal ops – ',
      }),
    )
      .n('plain_date', c.plainDate())
      .t('\n');
    b.t(c.L({ en: 'Present: ', de: 'Anwesend: ', fr: 'Présents : ', es: 'Presentes: ' }));
    ps.slice(0, 3).forEach((p, i) => {
      if (i > 0) b.t(', ');
      b.p(p, c.pick(['full', 'given', 'initial']));
    });
    b.t(
      c.L({ en: '\nApologies: ', de: '\nEntschuldigt: ', fr: '\nExcusé(e) : ', es: '\nExcusa: ' }),
    ).p(ps[3] ?? c.person(), 'full');
    b.t(c.L({ en: '\n1. Release ', de: '\n1. Release ', fr: '\n1. Version ', es: '\n1. Versión ' }))
      .n('version', c.version())
      .t(
        c.L({
          en: ' slips to ',
          de: ' verschiebt sich auf ',
          fr: ' décalée à ',
          es: ' se retrasa a ',
        }),
      )
      .n('plain_date', c.plainDate());
    b.t(c.L({ en: '\n2. AI: ', de: '\n2. To-do: ', fr: '\n2. Action : ', es: '\n2. Acción: ' }))
      .p(ps[1] ?? c.person(), 'given')
      .t(
        c.L({
          en: ' to call the landlord (',
          de: ' ruft Vermieter an (',
          fr: ' appelle le bailleur (',
          es: ' llama al casero (',
        }),
      )
      .e('PHONE', c.phone())
      .t(')');
  },
  oncall_handover: (b, c) => {
    const a = c.person();
    const n = c.person();
    b.t(
      c.L({
        en: 'On-call handover ',
        de: 'Rufbereitschaft Übergabe ',
        fr: 'Passation astreinte ',
        es: 'Relevo de guardia ',
      }),
    )
      .p(a, 'given')
      .t(' → ')
      .p(n, 'given')
      .t('\n');
    b.t(
      c.L({
        en: '* db-replica-2 lagging, restarted at ',
        de: '* db-replica-2 hing hinterher, Neustart um ',
        fr: '* db-replica-2 en retard, redémarré à ',
        es: '* db-replica-2 con retraso, reiniciado a las ',
      }),
    )
      .n('timestamp', c.timestamp())
      .t('\n');
    b.t(
      c.L({
        en: '* blocked abusive client ',
        de: '* Client gesperrt: ',
        fr: '* client abusif bloqué : ',
        es: '* cliente bloqueado: ',
      }),
    )
      .e('IP_ADDRESS', c.ip())
      .t('\n');
    b.t(c.L({ en: '* deploy ', de: '* Deploy ', fr: '* déploiement ', es: '* despliegue ' }))
      .n('sha', c.sha())
      .t(
        c.L({ en: ' rolled back\n', de: ' zurückgerollt\n', fr: ' annulé\n', es: ' revertido\n' }),
      );
    b.t(
      c.L({
        en: '* FYI someone pasted the old key in #ops: ',
        de: '* FYI alter Key stand in #ops: ',
        fr: '* pour info l’ancienne clé a fuité dans #ops : ',
        es: '* ojo: alguien pegó la clave vieja en #ops: ',
      }),
    )
      .e('AWS_ACCESS_KEY', c.aws())
      .t(c.L({ en: ' – rotated', de: ' – rotiert', fr: ' – changée', es: ' – rotada' }));
  },
  incident_chat: (b, c) => {
    const a = c.person();
    const d = c.person();
    const t = (): string => `[${c.time()}] `;
    b.t(t())
      .p(a, c.pick(['given', 'full']))
      .t(
        c.L({
          en: ': prod login failing for one customer, token below\n',
          de: ': Login in Prod kaputt für einen Kunden, Token hier\n',
          fr: ' : login prod KO pour un client, token ci-dessous\n',
          es: ': login en prod falla para un cliente, token abajo\n',
        }),
      );
    b.t(t())
      .p(a, c.pick(['given', 'full']))
      .t(': ')
      .e('JWT', c.jwt(c.chance(0.5) ? c.person() : undefined))
      .t('\n');
    b.t(t())
      .p(d, c.pick(['given', 'lower']))
      .t(
        c.L({
          en: ': expired. also request id ',
          de: ': abgelaufen. Request-ID ',
          fr: ' : expiré. request id ',
          es: ': caducado. request id ',
        }),
      )
      .n('uuid', c.uuid())
      .t(c.L({ en: ' came from ', de: ' kam von ', fr: ' venait de ', es: ' vino de ' }))
      .e('IP_ADDRESS', c.ip())
      .t('\n');
    b.t(t())
      .p(a, 'given')
      .t(
        c.L({
          en: ': ok ping me on ',
          de: ': ok, ruf mich an: ',
          fr: ' : ok appelle-moi au ',
          es: ': vale, llámame al ',
        }),
      )
      .e('PHONE', c.phone());
  },
  error_log: (b, c) => {
    const p = c.person();
    const lv = (): string => c.pick(['INFO', 'WARN', 'ERROR']);
    b.n('timestamp', c.logTime())
      .t(` ${lv()} auth-svc login attempt user=`)
      .e('EMAIL', c.email(p))
      .t(' ip=')
      .e('IP_ADDRESS', c.ip())
      .t('\n');
    b.n('timestamp', c.logTime())
      .t(' ERROR billing charge failed card=')
      .e('CREDIT_CARD', c.card().replace(/[ -]/g, ''))
      .t(' amount=')
      .t(`${c.int(5, 900)}.00 req=`)
      .n('uuid', c.uuid())
      .t('\n');
    b.n('timestamp', c.logTime())
      .t(` ${lv()} profile-sync name="`)
      .p(p, 'full')
      .t('" phone="')
      .e('PHONE', c.phone())
      .t('"\n');
    b.n('timestamp', c.logTime())
      .t(' INFO build=')
      .n('version', c.version())
      .t(' commit=')
      .n('sha', c.chars(HEX, 40));
  },
  csv_customers: (b, c) => {
    b.t('customer_id,name,email,phone,city,created_at\n');
    const rows = c.int(3, 5);
    for (let i = 0; i < rows; i++) {
      const p = c.person();
      b.t(`${c.int(10000, 99999)},`);
      const quoted = c.chance(0.3);
      if (quoted) b.t('"');
      b.p(p, quoted ? c.pick(['full', 'middle']) : 'full');
      if (quoted) b.t('"');
      b.t(',')
        .e('EMAIL', c.email(p))
        .t(',')
        .e('PHONE', c.phone())
        .t(`,${c.pick(['Leeds', 'Lyon', 'Graz', 'Sevilla', 'Austin', 'Monterrey', 'Zürich'])},`)
        .n('timestamp', c.timestamp())
        .t('\n');
    }
  },
  tsv_hr: (b, c) => {
    b.t(
      c.L({
        en: 'emp_no\tname\tdob\tiban\tdept\n',
        de: 'PersNr\tName\tGeburtsdatum\tIBAN\tAbteilung\n',
        fr: 'matricule\tnom\tdate_naissance\tiban\tservice\n',
        es: 'num_emp\tnombre\tfecha_nac\tiban\tdpto\n',
      }),
    );
    const rows = c.int(2, 4);
    for (let i = 0; i < rows; i++) {
      const p = c.person();
      b.t(`${c.int(1000, 9999)}\t`)
        .p(p, c.pick(['full', 'FAMILY given']))
        .t('\t')
        .e('DATE_OF_BIRTH', c.dob())
        .t('\t')
        .e('IBAN', c.iban().replace(/\s/g, ''))
        .t(`\t${c.pick(['Sales', 'IT', 'Finance', 'HR', 'Ops'])}\n`);
    }
  },
  json_api: (b, c) => {
    const p = c.person();
    b.t('{\n  "id": "')
      .n('uuid', c.uuid())
      .t('",\n  "firstName": "')
      .p(p, 'given')
      .t('",\n  "lastName": "')
      .p(p, 'family');
    b.t('",\n  "email": "')
      .e('EMAIL', c.email(p))
      .t('",\n  "phone": "')
      .e('PHONE', c.phone())
      .t('",\n  "birthDate": "')
      .e('DATE_OF_BIRTH', `${c.int(1950, 2003)}-${pad(c.int(1, 12))}-${pad(c.int(1, 28))}`);
    b.t('",\n  "address": "')
      .e('STREET_ADDRESS', c.address())
      .t('",\n  "lastLoginIp": "')
      .e('IP_ADDRESS', c.ip())
      .t('",\n  "updatedAt": "')
      .n('timestamp', c.logTime())
      .t('"\n}');
  },
  env_file: (b, c) => {
    b.t(
      `# ${c.L({ en: 'staging – do not commit', de: 'Staging – nicht committen', fr: 'préprod – ne pas committer', es: 'staging – no subir' })}\nNODE_ENV=production\nAPP_VERSION=`,
    )
      .n('version', c.version())
      .t('\nDATABASE_URL=postgres://app@db.internal:5432/app\nDB_PASSWORD=');
    b.e('GENERIC_SECRET', c.secret())
      .t('\nAWS_ACCESS_KEY_ID=')
      .e('AWS_ACCESS_KEY', c.aws())
      .t('\nAWS_SECRET_ACCESS_KEY=')
      .e('GENERIC_SECRET', c.awsSecret());
    if (c.chance(0.5)) b.t('\nSLACK_BOT_TOKEN=').e('SLACK_TOKEN', c.slack());
    if (c.chance(0.5)) b.t('\nGITHUB_TOKEN=').e('GITHUB_TOKEN', c.github());
    b.t('\nSTRIPE_SECRET_KEY=')
      .e('GENERIC_SECRET', `sk_live_${c.chars(ALNUM, 32)}`)
      .t('\nLOG_LEVEL=info\n');
  },
  config_yaml: (b, c) => {
    const p = c.person();
    b.t('# owner: ')
      .e('EMAIL', c.workEmail(p, c.domain()))
      .t('\nservice:\n  name: sftp-export\n  image: registry.internal/sftp-export:')
      .n('version', c.version());
    b.t('\n  host: ')
      .e('IP_ADDRESS', c.ipv4())
      .t('\n  api_key: ')
      .e('GENERIC_SECRET', c.chars(ALNUM, 40))
      .t('\n  ssh_key: |\n');
    const pem = c.pem();
    b.e('PRIVATE_KEY', pem);
    b.t('\n');
  },
  sms_short: (b, c) => {
    const p = c.person();
    const q = c.person();
    b.t(c.L({ en: 'hey ', de: 'hi ', fr: 'coucou ', es: 'hola ' }))
      .p(p, c.pick(['lower', 'given']))
      .t(c.L({ en: ' its ', de: ' hier ist ', fr: ' c ', es: ' soy ' }))
      .p(q, c.pick(['lower', 'given']));
    b.t(
      c.L({
        en: ' from work, new number ',
        de: ' von der Arbeit, neue Nummer ',
        fr: ' du boulot, nouveau num ',
        es: ' del curro, número nuevo ',
      }),
    )
      .e('PHONE', c.phone())
      .t(c.L({ en: ' 👍 see u ', de: ' 👍 bis ', fr: ' 👍 à ', es: ' 👍 nos vemos el ' }))
      .n('not_name', c.pick(MONTHS[c.lang]));
  },
  whatsapp_group: (b, c) => {
    const ps = [c.person(), c.person(), c.person()];
    const d = c.int(1, 28);
    const stamp = (): string => `[${pad(d)}/${pad(c.int(1, 12))}/24, ${c.time()}] `;
    b.t(stamp())
      .p(ps[0] ?? c.person(), 'full')
      .t(
        c.L({
          en: ': who has the client’s address for tomorrow?\n',
          de: ': wer hat die Adresse vom Kunden für morgen?\n',
          fr: ' : qui a l’adresse du client pour demain ?\n',
          es: ': ¿quién tiene la dirección del cliente para mañana?\n',
        }),
      );
    b.t(stamp())
      .p(ps[1] ?? c.person(), 'full')
      .t(': ')
      .e('STREET_ADDRESS', c.address())
      .t('\n');
    b.t(stamp())
      .p(ps[1] ?? c.person(), 'full')
      .t(c.L({ en: ': ask for ', de: ': nach ', fr: ' : demander ', es: ': preguntar por ' }))
      .p(ps[2] ?? c.person(), c.pick(['given', 'lower', 'full']))
      .t(
        c.L({
          en: ' at reception, cell ',
          de: ' fragen, Handy ',
          fr: ' à l’accueil, portable ',
          es: ' en recepción, móvil ',
        }),
      )
      .e('PHONE', c.phone())
      .t('\n');
    b.t(stamp())
      .p(ps[0] ?? c.person(), 'full')
      .t(' 👍');
  },
  w4_us: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'W-4 data entry\nEmployee: ',
        de: 'US-Mitarbeiter (W-4)\nName: ',
        fr: 'Salarié US (formulaire W-4)\nNom : ',
        es: 'Empleado EE. UU. (W-4)\nNombre: ',
      }),
    ).p(p, 'full');
    b.t('\nSSN: ')
      .e('US_SSN', c.ssn())
      .t(c.L({ en: '\nAddress: ', de: '\nAdresse: ', fr: '\nAdresse : ', es: '\nDirección: ' }))
      .e('STREET_ADDRESS', c.address('US'));
    b.t(
      c.L({
        en: '\nTest record (ignore): SSN ',
        de: '\nTestdatensatz (ignorieren): SSN ',
        fr: '\nEnregistrement de test : SSN ',
        es: '\nRegistro de prueba: SSN ',
      }),
    ).n('ssn_invalid', c.ssnInvalid());
  },
  bank_change: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Please update my bank details for the refund. Old: ',
        de: 'Bitte ändern Sie meine Bankverbindung. Alt: ',
        fr: 'Merci de mettre à jour mon RIB. Ancien : ',
        es: 'Por favor actualicen mis datos bancarios. Antigua: ',
      }),
    ).e('IBAN', c.iban());
    b.t(c.L({ en: ' New: ', de: ' Neu: ', fr: ' Nouveau : ', es: ' Nueva: ' }))
      .e('IBAN', c.iban())
      .t(
        c.L({
          en: '\nCustomer no. ',
          de: '\nKundennr. ',
          fr: '\nN° client ',
          es: '\nN.º cliente ',
        }),
      )
      .n('order_no', c.orderNo());
    b.t('\n').p(p, c.pick(['full', 'FAMILY given', 'initial']));
  },
  kyc_check: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'KYC review — applicant ',
        de: 'KYC-Prüfung — Antragsteller/in ',
        fr: 'Contrôle KYC — demandeur ',
        es: 'Revisión KYC — solicitante ',
      }),
    ).p(p, 'full');
    b.t(c.L({ en: ', DOB ', de: ', geb. ', fr: ', né(e) le ', es: ', nacido/a el ' })).e(
      'DATE_OF_BIRTH',
      c.dob(),
    );
    b.t(
      c.L({
        en: ', residing at ',
        de: ', wohnhaft ',
        fr: ', domicilié(e) ',
        es: ', con domicilio en ',
      }),
    ).e('STREET_ADDRESS', c.address());
    b.t(
      c.L({
        en: '. Proof of address dated ',
        de: '. Adressnachweis vom ',
        fr: '. Justificatif du ',
        es: '. Justificante del ',
      }),
    )
      .n('plain_date', c.plainDate())
      .t(
        c.L({
          en: ' accepted. Risk: low.',
          de: ' akzeptiert. Risiko: gering.',
          fr: ' accepté. Risque : faible.',
          es: ' aceptado. Riesgo: bajo.',
        }),
      );
  },
  travel_booking: (b, c) => {
    const ps = [c.person(), c.person()];
    b.t(c.L({ en: 'Booking ', de: 'Buchung ', fr: 'Réservation ', es: 'Reserva ' }))
      .n('order_no', c.orderNo())
      .t(c.L({ en: ' – flight to ', de: ' – Flug nach ', fr: ' – vol pour ', es: ' – vuelo a ' }))
      .n('not_name', c.pick(['Victoria', 'San José', 'Saint-Denis', 'Washington', 'Santa Cruz']))
      .t('\n');
    ps.forEach((p, i) => {
      b.t(`${i + 1}. `)
        .t(c.title(p))
        .p(p, c.pick(['full', 'FAMILY given', 'caps']))
        .t(c.L({ en: ', born ', de: ', geb. ', fr: ', né(e) le ', es: ', nac. ' }))
        .e('DATE_OF_BIRTH', c.dob())
        .t('\n');
    });
    b.t(c.L({ en: 'Contact: ', de: 'Kontakt: ', fr: 'Contact : ', es: 'Contacto: ' }))
      .e('PHONE', c.phone())
      .t(c.L({ en: ' Total ', de: ' Gesamt ', fr: ' Total ', es: ' Total ' }))
      .n('price', c.price());
  },
  vendor_onboarding: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Supplier set-up: ',
        de: 'Lieferantenanlage: ',
        fr: 'Création fournisseur : ',
        es: 'Alta de proveedor: ',
      }),
    ).t(c.company());
    b.t(
      c.L({ en: '\nContact: ', de: '\nAnsprechpartner: ', fr: '\nContact : ', es: '\nContacto: ' }),
    )
      .p(p, 'full')
      .t(' <')
      .e('EMAIL', c.workEmail(p, c.domain()))
      .t('>');
    b.t(c.L({ en: '\nRemit to: ', de: '\nBankverbindung: ', fr: '\nRIB : ', es: '\nCuenta: ' }))
      .e('IBAN', c.iban())
      .t(c.L({ en: '\nOffice: ', de: '\nSitz: ', fr: '\nSiège : ', es: '\nSede: ' }))
      .e('STREET_ADDRESS', c.address());
    b.t(
      c.L({
        en: '\nPayment terms 30 days',
        de: '\nZahlungsziel 30 Tage',
        fr: '\nPaiement à 30 jours',
        es: '\nPago a 30 días',
      }),
    );
  },
  access_request: (b, c) => {
    const p = c.person();
    const m = c.person();
    b.t(
      c.L({
        en: 'Access request: please add ',
        de: 'Zugriffsanfrage: bitte ',
        fr: 'Demande d’accès : merci d’ajouter ',
        es: 'Solicitud de acceso: añadir a ',
      }),
    ).e('EMAIL', c.workEmail(p, c.domain()));
    b.t(
      c.L({
        en: ' to the finance share and allow-list ',
        de: ' zur Finanzfreigabe hinzufügen und ',
        fr: ' au partage finance et autoriser ',
        es: ' a la carpeta de finanzas y permitir ',
      }),
    )
      .e('IP_ADDRESS', c.ip())
      .t(
        c.L({
          en: '. Approved by ',
          de: ' freischalten. Genehmigt von ',
          fr: '. Validé par ',
          es: '. Aprobado por ',
        }),
      )
      .p(m, c.pick(['full', 'initial']))
      .t('.');
  },
  ci_log: (b, c) => {
    b.t('Run actions/checkout@v4\n')
      .n('timestamp', c.logTime())
      .t(' + git clone https://x-access-token:')
      .e('GITHUB_TOKEN', c.github())
      .t('@github.com/acme/billing.git\n');
    b.n('timestamp', c.logTime())
      .t(' HEAD is now at ')
      .n('sha', c.chars(HEX, 7))
      .t('\n')
      .n('timestamp', c.logTime())
      .t(' npm notice package version ')
      .n('version', c.version());
  },
  slack_webhook: (b, c) => {
    const p = c.person();
    b.p(p, c.pick(['given', 'full'])).t(
      c.L({
        en: ' – this curl works for me:\n',
        de: ' – bei mir geht dieses curl:\n',
        fr: ' – ce curl marche chez moi :\n',
        es: ' – a mí me funciona este curl:\n',
      }),
    );
    b.t("curl -H 'Authorization: Bearer ")
      .e('SLACK_TOKEN', c.slack())
      .t("' -d 'channel=C0")
      .t(c.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8))
      .t("' ")
      .e('URL', 'https://slack.com/api/chat.postMessage');
  },
  survey_jsonl: (b, c) => {
    for (let i = 0; i < c.int(2, 3); i++) {
      const p = c.person();
      b.t('{"respondent":"')
        .p(p, c.pick(['full', 'given']))
        .t('","score":')
        .t(String(c.int(1, 10)))
        .t(',"comment":"')
        .t(
          c.L({
            en: 'fast delivery',
            de: 'schnelle Lieferung',
            fr: 'livraison rapide',
            es: 'entrega rápida',
          }),
        )
        .t('","email":"')
        .e('EMAIL', c.email(p))
        .t('","ts":')
        .n('timestamp', String(c.int(1690000000, 1740000000)))
        .t('}\n');
    }
  },
  address_change: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Hello, I have moved. Please change my address from\n',
        de: 'Guten Tag, ich bin umgezogen. Bitte ändern Sie meine Adresse von\n',
        fr: 'Bonjour, j’ai déménagé. Merci de changer mon adresse de\n',
        es: 'Hola, me he mudado. Cambien mi dirección de\n',
      }),
    ).e('STREET_ADDRESS', c.address());
    b.t(c.L({ en: '\nto\n', de: '\nauf\n', fr: '\nà\n', es: '\na\n' }))
      .e('STREET_ADDRESS', c.address())
      .t(c.L({ en: '\nfrom ', de: '\nab dem ', fr: '\nà partir du ', es: '\ndesde el ' }))
      .n('plain_date', c.plainDate())
      .t('.\n');
    b.t(c.title(p)).p(p, 'full');
  },
  clinic_letter: (b, c) => {
    const p = c.person();
    const d = c.person();
    b.t(c.L({ en: 'Patient: ', de: 'Patient/in: ', fr: 'Patient(e) : ', es: 'Paciente: ' }))
      .p(p, c.pick(['FAMILY given', 'full', 'caps']))
      .t(c.L({ en: '   DOB: ', de: '   Geb.: ', fr: '   DDN : ', es: '   F. nac.: ' }))
      .e('DATE_OF_BIRTH', c.dob());
    b.t(
      c.L({
        en: '\nReferred by ',
        de: '\nÜberwiesen von ',
        fr: '\nAdressé(e) par ',
        es: '\nDerivado/a por ',
      }),
    )
      .t('Dr. ')
      .p(d, c.pick(['family', 'full']))
      .t(
        c.L({
          en: '. Follow-up on ',
          de: '. Kontrolle am ',
          fr: '. Contrôle le ',
          es: '. Revisión el ',
        }),
      )
      .n('plain_date', c.plainDate())
      .t('.\nTel. ')
      .e('PHONE', c.phone());
  },
  event_table: (b, c) => {
    b.t(
      c.L({
        en: '| Name | Company | Mobile |\n|---|---|---|\n',
        de: '| Name | Firma | Mobil |\n|---|---|---|\n',
        fr: '| Nom | Société | Portable |\n|---|---|---|\n',
        es: '| Nombre | Empresa | Móvil |\n|---|---|---|\n',
      }),
    );
    for (let i = 0; i < c.int(3, 5); i++) {
      const p = c.person();
      b.t('| ')
        .p(p, c.pick(['full', 'full', 'FAMILY given', 'initial']))
        .t(` | ${c.company()} | `)
        .e('PHONE', c.phone())
        .t(' |\n');
    }
  },
  signature_block: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Thanks, will send the file Monday.\n\n-- \n',
        de: 'Danke, schicke die Datei Montag.\n\n-- \n',
        fr: 'Merci, j’envoie le fichier lundi.\n\n-- \n',
        es: 'Gracias, envío el archivo el lunes.\n\n-- \n',
      }),
    ).p(p, c.pick(['full', 'middle']));
    b.t(
      c.L({
        en: '\nHead of Procurement\n',
        de: '\nLeitung Einkauf\n',
        fr: '\nResponsable achats\n',
        es: '\nJefe/a de compras\n',
      }),
    )
      .t(`${c.company()}\n`)
      .e('STREET_ADDRESS', c.address())
      .t('\nT ')
      .e('PHONE', c.phone())
      .t('  M ')
      .e('PHONE', c.phone())
      .t('\n')
      .e('URL', `https://www.${c.domain()}`);
  },
  forwarded_mail: (b, c) => {
    const a = c.person();
    const z = c.person();
    b.t(
      c.L({
        en: '---------- Forwarded message ---------\nFrom: ',
        de: '---------- Weitergeleitete Nachricht ---------\nVon: ',
        fr: '---------- Message transféré ---------\nDe : ',
        es: '---------- Mensaje reenviado ---------\nDe: ',
      }),
    )
      .p(a, 'full')
      .t(' <')
      .e('EMAIL', c.email(a))
      .t('>\n');
    b.t(c.L({ en: 'Date: ', de: 'Datum: ', fr: 'Date : ', es: 'Fecha: ' }))
      .n('plain_date', c.plainDate())
      .t(c.L({ en: '\nTo: ', de: '\nAn: ', fr: '\nÀ : ', es: '\nPara: ' }))
      .p(z, 'full')
      .t(' <')
      .e('EMAIL', c.workEmail(z, c.domain()))
      .t('>\n\n');
    b.t(
      c.L({
        en: 'Can you handle this one? He keeps calling from ',
        de: 'Kannst du das übernehmen? Ruft ständig an von ',
        fr: 'Tu peux gérer ? Il appelle sans arrêt du ',
        es: '¿Te encargas tú? No para de llamar desde el ',
      }),
    )
      .e('PHONE', c.phone())
      .t('.');
  },
  lost_card_call: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Agent: Can I take your full name?\nCaller: ',
        de: 'Agent: Ihr vollständiger Name bitte?\nAnrufer: ',
        fr: 'Conseiller : Votre nom complet ?\nClient : ',
        es: 'Agente: ¿Su nombre completo?\nCliente: ',
      }),
    ).p(p, 'full');
    b.t(
      c.L({
        en: '\nAgent: And the card number?\nCaller: ',
        de: '\nAgent: Und die Kartennummer?\nAnrufer: ',
        fr: '\nConseiller : Et le numéro de carte ?\nClient : ',
        es: '\nAgente: ¿Y el número de tarjeta?\nCliente: ',
      }),
    ).e('CREDIT_CARD', c.card());
    b.t(
      c.L({
        en: '\nAgent: Date of birth?\nCaller: ',
        de: '\nAgent: Geburtsdatum?\nAnrufer: ',
        fr: '\nConseiller : Date de naissance ?\nClient : ',
        es: '\nAgente: ¿Fecha de nacimiento?\nCliente: ',
      }),
    ).e('DATE_OF_BIRTH', c.dob());
    b.t(
      c.L({
        en: '\nAgent: Thank you, the card is blocked. A new one goes to your address on file.',
        de: '\nAgent: Danke, die Karte ist gesperrt.',
        fr: '\nConseiller : Merci, la carte est bloquée.',
        es: '\nAgente: Gracias, la tarjeta queda bloqueada.',
      }),
    );
  },
  lease_note: (b, c) => {
    const p = c.person();
    const q = c.person();
    b.t(c.L({ en: 'Tenancy: ', de: 'Mietverhältnis: ', fr: 'Bail : ', es: 'Arrendamiento: ' }))
      .p(p, 'full')
      .t(c.L({ en: ' and ', de: ' und ', fr: ' et ', es: ' y ' }))
      .p(q, 'full');
    b.t(c.L({ en: '\nProperty: ', de: '\nObjekt: ', fr: '\nLogement : ', es: '\nInmueble: ' }))
      .e('STREET_ADDRESS', c.address())
      .t(c.L({ en: '\nRent ', de: '\nKaltmiete ', fr: '\nLoyer ', es: '\nRenta ' }))
      .n('price', c.price());
    b.t(
      c.L({
        en: ', deposit to ',
        de: ', Kaution auf ',
        fr: ', dépôt de garantie sur ',
        es: ', fianza a ',
      }),
    ).e('IBAN', c.iban());
  },
  birthday_list: (b, c) => {
    b.t(
      c.L({
        en: 'Team birthdays (from HR export):\n',
        de: 'Team-Geburtstage (aus HR-Export):\n',
        fr: 'Anniversaires de l’équipe (export RH) :\n',
        es: 'Cumpleaños del equipo (export RR. HH.):\n',
      }),
    );
    for (let i = 0; i < c.int(3, 4); i++) {
      const p = c.person();
      b.t('• ')
        .p(p, c.pick(['full', 'given', 'initial']))
        .t(c.L({ en: ' – born ', de: ' – geb. ', fr: ' – né(e) le ', es: ' – nacido/a el ' }))
        .e('DATE_OF_BIRTH', c.dob())
        .t('\n');
    }
  },
  jira_ticket: (b, c) => {
    const p = c.person();
    const rep = c.person();
    b.t(`BILL-${c.int(100, 9999)}: `)
      .t(
        c.L({
          en: 'Export fails for customer ',
          de: 'Export schlägt fehl für Kunde ',
          fr: 'Export KO pour le client ',
          es: 'Falla la exportación del cliente ',
        }),
      )
      .p(p, 'full');
    b.t(
      c.L({
        en: '\nReporter: ',
        de: '\nGemeldet von: ',
        fr: '\nRapporteur : ',
        es: '\nInformador: ',
      }),
    )
      .p(rep, c.pick(['full', 'initial']))
      .t(c.L({ en: '\nAffects: ', de: '\nBetrifft: ', fr: '\nVersion : ', es: '\nAfecta a: ' }))
      .n('version', c.version());
    b.t(
      '\n\nTraceback (most recent call last):\n  File "export.py", line 88, in render\nValueError: invalid postcode in "',
    )
      .e('STREET_ADDRESS', c.address())
      .t('" (customer_email=')
      .e('EMAIL', c.email(p))
      .t(')');
  },
  chargeback_letter: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Chargeback notice\nCardholder: ',
        de: 'Rückbuchung\nKarteninhaber/in: ',
        fr: 'Avis d’impayé\nTitulaire : ',
        es: 'Aviso de contracargo\nTitular: ',
      }),
    ).p(p, c.pick(['caps', 'full']));
    b.t(c.L({ en: '\nCard: ', de: '\nKarte: ', fr: '\nCarte : ', es: '\nTarjeta: ' }))
      .e('CREDIT_CARD', c.card())
      .t(c.L({ en: '\nDisputed: ', de: '\nStrittig: ', fr: '\nContesté : ', es: '\nImporte: ' }))
      .n('price', c.price());
    b.t(
      c.L({
        en: '\nMerchant ref ',
        de: '\nHändlerreferenz ',
        fr: '\nRéf. commerçant ',
        es: '\nRef. comercio ',
      }),
    )
      .n('order_no', c.orderNo())
      .t(
        c.L({
          en: '\nRespond by ',
          de: '\nAntwort bis ',
          fr: '\nRéponse avant le ',
          es: '\nResponder antes del ',
        }),
      )
      .n('plain_date', c.plainDate());
  },
  reset_email_log: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Outgoing mail queued to=',
        de: 'Mail in Warteschlange an=',
        fr: 'Mail en file pour=',
        es: 'Correo en cola para=',
      }),
    )
      .e('EMAIL', c.email(p))
      .t(' subject="Reset your password" link=')
      .e('URL', c.url())
      .t(' tpl=')
      .n('version', c.version());
    b.t('\nX-Originating-IP: ').e('IP_ADDRESS', c.ip());
  },
  python_settings: (b, c) => {
    const p = c.person();
    b.t(`# maintainer: `)
      .p(p, 'full')
      .t('\nDEBUG = False\nSECRET_KEY = "')
      .e('GENERIC_SECRET', c.chars(ALNUM, c.int(32, 44)))
      .t('"\nALLOWED_HOSTS = ["')
      .e('IP_ADDRESS', c.ipv4())
      .t('"]\nSENTRY_RELEASE = "')
      .n('version', c.version())
      .t('"\n');
  },
  docker_compose: (b, c) => {
    b.t('services:\n  worker:\n    image: acme/worker:')
      .n('version', c.version())
      .t('\n    environment:\n      - MAIL_PASSWORD=')
      .e('GENERIC_SECRET', c.secret())
      .t('\n      - SLACK_TOKEN=')
      .e('SLACK_TOKEN', c.slack())
      .t('\n      - AWS_ACCESS_KEY_ID=')
      .e('AWS_ACCESS_KEY', c.aws())
      .t('\n');
  },
  support_chat_lower: (b, c) => {
    const p = c.person();
    const ag = c.person();
    b.t(
      c.L({
        en: 'visitor: hi im ',
        de: 'besucher: hallo bin ',
        fr: 'visiteur : bonjour c’est ',
        es: 'visitante: hola soy ',
      }),
    )
      .p(p, 'lowerfull')
      .t(
        c.L({
          en: ', cant log in, my email is ',
          de: ', komm nicht rein, mail ist ',
          fr: ', je peux pas me connecter, mon mail ',
          es: ', no puedo entrar, mi correo es ',
        }),
      )
      .e('EMAIL', c.email(p));
    b.t('\n')
      .p(ag, 'given')
      .t(
        c.L({
          en: ' (agent): thanks! can you confirm your date of birth?\nvisitor: ',
          de: ' (Support): danke! Geburtsdatum zur Bestätigung?\nbesucher: ',
          fr: ' (conseiller) : merci ! votre date de naissance ?\nvisiteur : ',
          es: ' (agente): ¡gracias! ¿tu fecha de nacimiento?\nvisitante: ',
        }),
      )
      .e('DATE_OF_BIRTH', c.dob());
  },
  quote_email: (b, c) => {
    const p = c.person();
    const s = c.person();
    b.t(c.L({ en: 'Hi ', de: 'Hallo ', fr: 'Bonjour ', es: 'Hola ' }))
      .p(p, c.pick(['given', 'full']))
      .t(
        c.L({
          en: ',\nattached is quote ',
          de: ',\nanbei Angebot ',
          fr: ',\nci-joint le devis ',
          es: ',\nadjunto el presupuesto ',
        }),
      )
      .n('order_no', c.orderNo());
    b.t(
      c.L({
        en: ' for 40 licences at ',
        de: ' für 40 Lizenzen à ',
        fr: ' pour 40 licences à ',
        es: ' para 40 licencias a ',
      }),
    )
      .n('price', c.price())
      .t(
        c.L({
          en: ', valid until ',
          de: ', gültig bis ',
          fr: ', valable jusqu’au ',
          es: ', válido hasta el ',
        }),
      )
      .n('plain_date', c.plainDate())
      .t('.\n');
    b.p(s, 'given').t('\n').e('PHONE', c.phone());
  },
  intl_contact_sheet: (b, c) => {
    b.t(
      c.L({
        en: 'Regional contacts\n',
        de: 'Regionale Ansprechpartner\n',
        fr: 'Contacts régionaux\n',
        es: 'Contactos regionales\n',
      }),
    );
    const ccs = [
      c.pick(['US', 'UK', 'IE', 'CA']),
      c.pick(['DE', 'AT', 'CH']),
      c.pick(['FR', 'BE']),
      c.pick(['ES', 'MX', 'AU', 'IN']),
    ];
    for (const cc of ccs) {
      const p = c.person();
      b.t(`${c.countryName(cc)}: `)
        .p(p, 'full')
        .t(', ')
        .e('PHONE', c.phone(cc))
        .t('\n');
    }
  },
  api_debug_paste: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Still getting 401 from the orders API, request below (',
        de: 'Orders-API liefert weiter 401, Request unten (',
        fr: 'Toujours un 401 sur l’API commandes, requête ci-dessous (',
        es: 'La API de pedidos sigue dando 401, petición abajo (',
      }),
    )
      .p(p, c.pick(['given', 'full']))
      .t(')\n');
    b.t('GET /v2/orders?since=')
      .n('timestamp', c.timestamp())
      .t('\nAuthorization: Bearer ')
      .e('JWT', c.jwt(c.chance(0.5) ? p : undefined))
      .t('\nX-GitHub-Token: ')
      .e('GITHUB_TOKEN', c.github())
      .t('\nX-Request-Id: ')
      .n('uuid', c.uuid());
  },
  key_in_ticket: (b, c) => {
    const p = c.person();
    b.t(
      c.L({
        en: 'Hi, the SFTP upload stopped working. Here is the key we use, maybe it is wrong?\n\n',
        de: 'Hallo, der SFTP-Upload geht nicht mehr. Hier der Schlüssel, den wir nutzen – vielleicht falsch?\n\n',
        fr: 'Bonjour, l’envoi SFTP ne marche plus. Voici la clé utilisée, elle est peut-être fausse ?\n\n',
        es: 'Hola, la subida por SFTP dejó de funcionar. Esta es la clave que usamos, ¿quizá está mal?\n\n',
      }),
    );
    b.e('PRIVATE_KEY', c.pem())
      .t('\n\n')
      .p(p, c.pick(['full', 'given']))
      .t(c.L({ en: ', IT, ', de: ', IT, ', fr: ', informatique, ', es: ', informática, ' }))
      .t(c.company());
  },
  ship_to_block: (b, c) => {
    const p = c.person();
    b.t(c.L({ en: 'Ship to:\n', de: 'Lieferadresse:\n', fr: 'Livrer à :\n', es: 'Enviar a:\n' }))
      .p(p, c.pick(['full', 'caps', 'middle']))
      .t('\n')
      .e('STREET_ADDRESS', c.address())
      .t(`\n${c.countryName()}\n`);
    b.t(c.L({ en: 'Order ', de: 'Bestellung ', fr: 'Commande ', es: 'Pedido ' }))
      .n('order_no', c.orderNo())
      .t(' · ')
      .n('price', c.price());
  },
};

// ----------------------------------------------------------------------------------------------
// Templates with hard negatives only
// ----------------------------------------------------------------------------------------------

const NEG_TEMPLATES: Record<string, Template> = {
  release_notes: (b, c) => {
    b.t(c.L({ en: 'Release ', de: 'Release ', fr: 'Version ', es: 'Versión ' }))
      .n('version', c.version())
      .t(' (')
      .n('plain_date', c.plainDate())
      .t(')\n');
    b.t(
      c.L({
        en: '- fixed export crash (commit ',
        de: '- Absturz beim Export behoben (Commit ',
        fr: '- correction du plantage à l’export (commit ',
        es: '- corregido fallo al exportar (commit ',
      }),
    )
      .n('sha', c.chars(HEX, 7))
      .t(')\n');
    b.t(c.L({ en: '- ', de: '- ', fr: '- ', es: '- ' }))
      .n('not_name', c.pick(['Alexa', 'Teams', 'Siemens', 'Zara', 'Carrefour']))
      .t(
        c.L({
          en: ' integration updated to ',
          de: '-Integration aktualisiert auf ',
          fr: ' : intégration mise à jour en ',
          es: ': integración actualizada a ',
        }),
      )
      .n('version', c.version())
      .t('\n');
  },
  order_status: (b, c) => {
    b.t(c.L({ en: 'Your order ', de: 'Ihre Bestellung ', fr: 'Votre commande ', es: 'Tu pedido ' }))
      .n('order_no', c.orderNo())
      .t(
        c.L({
          en: ' has shipped. Total ',
          de: ' wurde versandt. Summe ',
          fr: ' a été expédiée. Total ',
          es: ' se ha enviado. Total ',
        }),
      )
      .n('price', c.price());
    b.t(
      c.L({
        en: '. Estimated delivery: ',
        de: '. Voraussichtliche Zustellung: ',
        fr: '. Livraison estimée : ',
        es: '. Entrega estimada: ',
      }),
    )
      .n('plain_date', c.plainDate())
      .t(c.L({ en: '. Sold by ', de: '. Verkauft von ', fr: '. Vendu par ', es: '. Vendido por ' }))
      .n('not_name', c.notName())
      .t('.');
  },
  service_log: (b, c) => {
    for (let i = 0; i < c.int(3, 5); i++) {
      b.n('timestamp', c.logTime())
        .t(` ${c.pick(['INFO', 'DEBUG', 'WARN'])} worker job=`)
        .n('uuid', c.uuid())
        .t(' build=')
        .n('version', c.version())
        .t(` took ${c.int(3, 900)}ms\n`);
    }
  },
  book_order: (b, c) => {
    b.t(
      c.L({
        en: 'Library order for the office:\n',
        de: 'Buchbestellung fürs Büro:\n',
        fr: 'Commande de livres pour le bureau :\n',
        es: 'Pedido de libros para la oficina:\n',
      }),
    );
    for (let i = 0; i < c.int(2, 3); i++)
      b.t('ISBN ').n('isbn', c.isbn()).t(' – ').n('price', c.price()).t('\n');
  },
  payment_failed: (b, c) => {
    b.t(
      c.L({
        en: 'Payment failed: card number ',
        de: 'Zahlung fehlgeschlagen: Kartennummer ',
        fr: 'Paiement refusé : numéro de carte ',
        es: 'Pago fallido: número de tarjeta ',
      }),
    ).n('card_lookalike', c.cardLookalike());
    b.t(
      c.L({
        en: ' is not valid (checksum). SEPA fallback also failed, IBAN ',
        de: ' ist ungültig (Prüfziffer). SEPA-Fallback ebenfalls fehlgeschlagen, IBAN ',
        fr: ' invalide (clé de contrôle). Prélèvement SEPA refusé aussi, IBAN ',
        es: ' no válido (dígito de control). El adeudo SEPA también falló, IBAN ',
      }),
    )
      .n('iban_invalid', c.ibanInvalid())
      .t('.');
  },
  schedule: (b, c) => {
    b.t(
      c.L({
        en: 'Quarterly planning moved to ',
        de: 'Quartalsplanung verschoben auf ',
        fr: 'Planification trimestrielle déplacée au ',
        es: 'La planificación trimestral pasa al ',
      }),
    ).n('plain_date', c.plainDate());
    b.t(
      c.L({ en: ', offsite in ', de: ', Offsite in ', fr: ', séminaire à ', es: ', offsite en ' }),
    ).n(
      'not_name',
      c.pick(
        {
          en: ['Victoria', 'Washington', 'Georgetown'],
          de: ['Friedrichshafen', 'Wilhelmshaven', 'Karlsruhe'],
          fr: ['Saint-Étienne', 'Saint-Malo', 'Saint-Denis'],
          es: ['San Sebastián', 'San José', 'Santa Cruz'],
        }[c.lang],
      ),
    );
    b.t(c.L({ en: '. Budget ', de: '. Budget ', fr: '. Budget ', es: '. Presupuesto ' }))
      .n('price', c.price())
      .t('.');
  },
  qa_fixtures: (b, c) => {
    b.t(
      c.L({
        en: 'QA fixture SSNs (intentionally invalid): ',
        de: 'QA-Testdaten SSN (absichtlich ungültig): ',
        fr: 'SSN de test QA (volontairement invalides) : ',
        es: 'SSN de prueba QA (inválidos a propósito): ',
      }),
    )
      .n('ssn_invalid', c.ssnInvalid())
      .t(', ')
      .n('ssn_invalid', c.ssnInvalid());
    b.t(
      c.L({
        en: '; test card ',
        de: '; Testkarte ',
        fr: ' ; carte de test ',
        es: '; tarjeta de prueba ',
      }),
    ).n('card_lookalike', c.cardLookalike());
  },
  inventory_csv: (b, c) => {
    b.t('sku,product,price,updated_at,batch\n');
    for (let i = 0; i < c.int(3, 5); i++) {
      b.t(`SKU-${c.int(10000, 99999)},`)
        .n(
          'not_name',
          c.pick([
            'Ford Ranger mat',
            'Dell U2723 monitor',
            'Lindt 100g',
            'Zara tote',
            'Bosch drill',
          ]),
        )
        .t(',"')
        .n('price', c.price())
        .t('",')
        .n('timestamp', c.timestamp())
        .t(',')
        .n('uuid', c.uuid())
        .t('\n');
    }
  },
  directions: (b, c) => {
    b.t(
      c.L({
        en: 'Directions: exit at ',
        de: 'Anfahrt: Ausfahrt ',
        fr: 'Accès : sortie ',
        es: 'Cómo llegar: salida ',
      }),
    )
      .n('not_name', c.notName())
      .t(
        c.L({
          en: ', turn left onto ',
          de: ', dann links in die ',
          fr: ', puis à gauche ',
          es: ', luego a la izquierda por ',
        }),
      )
      .n(
        'not_name',
        c.pick(
          {
            en: ['Martin Luther King Jr. Blvd', 'Lincoln Ave', 'Main Street'],
            de: ['Goethestraße', 'Karl-Marx-Allee', 'Schillerplatz'],
            fr: ['Rue Victor Hugo', 'Boulevard Voltaire', 'Avenue Jean Jaurès'],
            es: ['Calle de Goya', 'Avenida Juárez', 'Calle Cervantes'],
          }[c.lang],
        ),
      );
    b.t(
      c.L({
        en: '. Visitor parking free until ',
        de: '. Besucherparkplatz frei bis ',
        fr: '. Parking visiteurs gratuit jusqu’au ',
        es: '. Parking gratuito hasta el ',
      }),
    )
      .n('plain_date', c.plainDate())
      .t('.');
  },
  sprint_summary: (b, c) => {
    b.t(
      c.L({
        en: 'Sprint 42 done: merged ',
        de: 'Sprint 42 fertig: gemergt ',
        fr: 'Sprint 42 terminé : mergé ',
        es: 'Sprint 42 cerrado: merge de ',
      }),
    )
      .n('sha', c.sha())
      .t(c.L({ en: ', tagged ', de: ', getaggt ', fr: ', tag ', es: ', tag ' }))
      .n('version', c.version());
    b.t(c.L({ en: '. Incident ', de: '. Incident ', fr: '. Incident ', es: '. Incidencia ' }))
      .n('uuid', c.uuid())
      .t(c.L({ en: ' closed at ', de: ' geschlossen um ', fr: ' clos à ', es: ' cerrada a las ' }))
      .n('timestamp', c.timestamp())
      .t('.');
  },
  promo_sms: (b, c) => {
    b.n(
      'not_name',
      c.pick(
        {
          en: ['Boots', 'Hilton', 'Wells Fargo'],
          de: ['Lidl', 'Aldi', 'Hugo Boss'],
          fr: ['Yves Rocher', 'Carrefour', 'Hermès'],
          es: ['Mercadona', 'Zara', 'Corte Inglés'],
        }[c.lang],
      ),
    )
      .t(
        c.L({
          en: ': 20% off until ',
          de: ': 20 % Rabatt bis ',
          fr: ' : -20 % jusqu’au ',
          es: ': 20 % de descuento hasta el ',
        }),
      )
      .n('plain_date', c.plainDate());
    b.t(c.L({ en: ', now only ', de: ', jetzt nur ', fr: ', seulement ', es: ', ahora solo ' }))
      .n('price', c.price())
      .t(c.L({ en: '. Code ', de: '. Code ', fr: '. Code ', es: '. Código ' }))
      .t(c.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 6));
  },
  mixed_decoys: (b, c) => {
    for (let i = 0; i < c.int(3, 4); i++) {
      const [k, v] = c.anyNeg();
      b.t(i === 0 ? c.L({ en: 'Ref: ', de: 'Ref.: ', fr: 'Réf. : ', es: 'Ref.: ' }) : ' | ').n(
        k,
        v,
      );
    }
  },
};

/** Labelled texts in EN/DE/FR/ES, 25 % per language, deterministic for a seed. */
export function generateHeldout7(n = 2000, seed = 77_2024_07): Heldout7Record[] {
  const r = mulberry32(seed);
  const fakers = new Map<string, Faker>();
  let k = 0;
  for (const [name, def] of Object.entries(LOCALES)) {
    const f = new Faker({ locale: [def, en, base] });
    f.seed(seed + k++);
    fakers.set(name, f);
  }
  const known = new Set<string>();
  for (const def of [...Object.values(LOCALES), en]) {
    collectStrings(def.person?.first_name, known);
    collectStrings(def.person?.last_name, known);
    collectStrings(def.person?.middle_name, known);
  }
  const piiNames = Object.keys(PII_TEMPLATES);
  const negNames = Object.keys(NEG_TEMPLATES);
  const out: Heldout7Record[] = [];
  const langs: Lang[] = ['en', 'de', 'fr', 'es'];
  for (let i = 0; i < n; i++) {
    const lang = langs[i % 4] ?? 'en';
    const c = new Ctx(lang, r, fakers, known);
    // exactly 18 of every 100 texts per language carry hard negatives only
    const negOnly = (Math.floor(i / 4) * 37) % 100 < 18;
    const name = negOnly ? c.pick(negNames) : c.pick(piiNames);
    const tpl = (negOnly ? NEG_TEMPLATES : PII_TEMPLATES)[name];
    if (tpl === undefined) throw new Error(name);
    const b = new Builder();
    tpl(b, c);
    if (!negOnly && c.chance(0.25)) {
      const [kind, v] = c.anyNeg();
      b.t(c.L({ en: '\n(ref ', de: '\n(Ref. ', fr: '\n(réf. ', es: '\n(ref. ' }))
        .n(kind, v)
        .t(')');
    }
    for (const s of [...b.entities, ...b.negatives])
      if (b.text.slice(s.start, s.end).trim() !== b.text.slice(s.start, s.end))
        throw new Error(`untrimmed span in ${name}`);
    out.push({
      id: `h7-${lang}-${String(i).padStart(4, '0')}`,
      lang,
      template: `${lang}:${name}`,
      text: b.text,
      entities: b.entities,
      negatives: b.negatives,
    });
  }
  return out;
}

/** Number of distinct templates (PII-bearing plus negative-only). */
export const HELDOUT7_TEMPLATE_COUNT =
  Object.keys(PII_TEMPLATES).length + Object.keys(NEG_TEMPLATES).length;
