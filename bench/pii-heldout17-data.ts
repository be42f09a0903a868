/**
 * Generator for `bench/pii-heldout17.ts`: a blind held-out set of NOISY, informal and machine-mangled
 * text in English, German, French and Spanish — speech-to-text transcripts of calls and voicemails,
 * hurried call-centre notes, SMS/WhatsApp/Telegram messages, social posts with @handles and
 * #hashtags, forum posts, OCR'd scans, handwritten-form transcriptions, ALL-CAPS telex/airline/
 * shipping remarks, code-switching, emoji-laden chats, quoted e-mail threads and customer reviews.
 * Written from the developer corpus README's conventions only. Names, cities and streets are picked
 * from @faker-js/faker locale lists with our own seeded PRNG (about a quarter of the people get
 * invented syllable-built names instead); phone numbers are checked with libphonenumber-js, cards
 * pass Luhn, IBANs pass mod-97. Offsets are recorded while each text is assembled.
 */
import {
  fakerDE,
  fakerDE_AT,
  fakerDE_CH,
  fakerEN,
  fakerEN_AU,
  fakerEN_GB,
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

export interface Heldout17Span extends Span {
  readonly source?: 'listed' | 'invented';
}

export interface Heldout17Record extends HeldoutRecord {
  readonly entities: Heldout17Span[];
}

// ---------------------------------------------------------------------------------------------
// PRNG and small helpers

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, arr: readonly T[]): T {
  if (arr.length === 0) throw new Error('pick from empty list');
  return arr[Math.floor(rng() * arr.length)]!;
}

function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rng() * 10));
  return s;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

function chars(rng: Rng, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rng() * alphabet.length)]!;
  return s;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const B62 = UPPER + LOWER + '0123456789';
const HEX = '0123456789abcdef';

function deaccent(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function group(s: string, sizes: readonly number[], sep: string): string {
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

function group4(s: string, sep = ' '): string {
  return s.replace(/(.{4})(?=.)/g, `$1${sep}`);
}

// ---------------------------------------------------------------------------------------------
// Checksums

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

function luhnComplete(prefix: string, len: number, rng: Rng): string {
  let body = prefix + digits(rng, len - prefix.length - 1);
  for (let c = 0; c < 10; c++) {
    if (luhnOk(body + String(c))) return body + String(c);
  }
  body = '';
  return body;
}

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

function ibanOk(iban: string): boolean {
  const c = iban.replace(/\s/g, '');
  return mod97(c.slice(4) + c.slice(0, 4)) === 1;
}

function makeIban(cc: string, bban: string): string {
  const check = 98 - mod97(bban + cc + '00');
  return cc + pad(check, 2) + bban;
}

// ---------------------------------------------------------------------------------------------
// Countries, names, places

type Country = 'US' | 'GB' | 'IE' | 'CA' | 'AU' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'ES' | 'MX';

const LANG_COUNTRIES: Record<Lang, readonly Country[]> = {
  en: ['US', 'US', 'US', 'GB', 'GB', 'IE', 'CA', 'AU'],
  de: ['DE', 'DE', 'DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'FR', 'FR', 'BE', 'CH'],
  es: ['ES', 'ES', 'ES', 'MX', 'MX'],
};

interface NameDefs {
  female?: string[];
  male?: string[];
  generic?: string[];
}

function firstNames(f: Faker): string[] {
  const d = f.rawDefinitions.person?.first_name as NameDefs | string[] | undefined;
  if (!d) return [];
  if (Array.isArray(d)) return d;
  return [...(d.female ?? []), ...(d.male ?? [])];
}

function lastNames(f: Faker): string[] {
  const d = f.rawDefinitions.person?.last_name as NameDefs | string[] | undefined;
  if (!d) return [];
  if (Array.isArray(d)) return d;
  return [...(d.generic ?? []), ...(d.female ?? []), ...(d.male ?? [])];
}

function locList(f: Faker, key: string): string[] {
  const loc = f.rawDefinitions.location as Record<string, unknown> | undefined;
  const v = loc?.[key];
  return Array.isArray(v) ? (v as string[]) : [];
}

const clean = (xs: string[]): string[] => xs.filter((x) => /^[\p{L}][\p{L}' -]*\p{L}$/u.test(x));

const NAME_POOLS: Record<Lang, { first: string[]; last: string[] }[]> = {
  en: [
    { first: clean(firstNames(fakerEN_US)), last: clean(lastNames(fakerEN_US)) },
    { first: clean(firstNames(fakerEN_GB)), last: clean(lastNames(fakerEN_GB)) },
    { first: clean(firstNames(fakerEN_AU)), last: clean(lastNames(fakerEN_AU)) },
    { first: clean(firstNames(fakerEN)), last: clean(lastNames(fakerEN)) },
  ],
  de: [
    { first: clean(firstNames(fakerDE)), last: clean(lastNames(fakerDE)) },
    { first: clean(firstNames(fakerDE_AT)), last: clean(lastNames(fakerDE_AT)) },
    { first: clean(firstNames(fakerDE_CH)), last: clean(lastNames(fakerDE_CH)) },
  ],
  fr: [
    { first: clean(firstNames(fakerFR)), last: clean(lastNames(fakerFR)) },
    { first: clean(firstNames(fakerFR_BE)), last: clean(lastNames(fakerFR)) },
    { first: clean(firstNames(fakerFR_CH)), last: clean(lastNames(fakerFR_CH)) },
  ],
  es: [
    { first: clean(firstNames(fakerES)), last: clean(lastNames(fakerES)) },
    { first: clean(firstNames(fakerES_MX)), last: clean(lastNames(fakerES_MX)) },
  ],
};

const SYL: Record<Lang, { on: string[]; vo: string[]; fEnd: string[]; lEnd: string[] }> = {
  en: {
    on: ['b', 'k', 'm', 't', 'l', 'd', 'sh', 'j', 'r', 'v', 'gr', 'th', 'n', 'c', 'h', 'w'],
    vo: ['a', 'e', 'i', 'o', 'ay', 'ee', 'u'],
    fEnd: ['lyn', 'ra', 'den', 'ton', 'ric', 'ley', 'sa', 'vin', 'nie', 'nell'],
    lEnd: ['ton', 'ley', 'wick', 'son', 'more', 'field', 'ridge', 'worth', 'by', 'ham'],
  },
  de: {
    on: ['b', 'k', 'm', 't', 'l', 'd', 'sch', 'w', 'r', 'h', 'gr', 'f', 'n', 'st', 'br'],
    vo: ['a', 'e', 'i', 'o', 'u', 'ei', 'au', 'ü', 'ö'],
    fEnd: ['na', 'line', 'ko', 'rik', 'mar', 'lind', 'ke', 'wig', 'nja', 'bert'],
    lEnd: ['mann', 'berg', 'bauer', 'hofer', 'ler', 'singer', 'stein', 'brecht', 'wald', 'huber'],
  },
  fr: {
    on: ['b', 'c', 'm', 't', 'l', 'd', 'ch', 'g', 'r', 'v', 'p', 'f', 'n', 's', 'br'],
    vo: ['a', 'e', 'i', 'o', 'ou', 'au', 'é'],
    fEnd: ['line', 'nette', 'rien', 'lane', 'dric', 'relle', 'naud', 'mas', 'lence', 'tard'],
    lEnd: ['rard', 'tier', 'veau', 'llot', 'quin', 'nelle', 'zac', 'roux', 'baud', 'nière'],
  },
  es: {
    on: ['b', 'c', 'm', 't', 'l', 'd', 'ch', 'g', 'r', 'v', 'p', 'f', 'n', 's', 'br'],
    vo: ['a', 'e', 'i', 'o', 'u'],
    fEnd: ['na', 'lia', 'rita', 'dino', 'bela', 'lián', 'mira', 'rando', 'lencia', 'sol'],
    lEnd: ['nez', 'rado', 'rillo', 'tero', 'zana', 'rueta', 'raza', 'gales', 'dón', 'ceda'],
  },
};

function inventedWord(rng: Rng, lang: Lang, end: 'f' | 'l'): string {
  const s = SYL[lang];
  let w = '';
  const n = int(rng, 1, 2);
  for (let i = 0; i < n; i++) w += pick(rng, s.on) + pick(rng, s.vo);
  w += pick(rng, end === 'f' ? s.fEnd : s.lEnd);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

interface Person {
  first: string;
  last: string;
  source: 'listed' | 'invented';
}

function makePerson(rng: Rng, lang: Lang, avoid: readonly Person[]): Person {
  for (let tries = 0; tries < 20; tries++) {
    let p: Person;
    if (rng() < 0.25) {
      let last = inventedWord(rng, lang, 'l');
      if (lang === 'es' && rng() < 0.4) last += ' ' + inventedWord(rng, lang, 'l');
      p = { first: inventedWord(rng, lang, 'f'), last, source: 'invented' };
    } else {
      const pool = pick(rng, NAME_POOLS[lang]);
      let last = pick(rng, pool.last);
      if (lang === 'es' && rng() < 0.4) last += ' ' + pick(rng, pool.last);
      p = { first: pick(rng, pool.first), last, source: 'listed' };
    }
    if (!avoid.some((a) => a.first === p.first || a.last === p.last)) return p;
  }
  return {
    first: inventedWord(rng, lang, 'f'),
    last: inventedWord(rng, lang, 'l'),
    source: 'invented',
  };
}

function nameForm(p: Person, form: string): string | undefined {
  const F = p.first;
  const L = p.last;
  switch (form) {
    case 'N':
      return `${F} ${L}`;
    case 'n':
      return `${F} ${L}`.toLowerCase();
    case 'NU':
      return `${F} ${L}`.toUpperCase();
    case 'F':
      return F;
    case 'f':
      return F.toLowerCase();
    case 'FU':
      return F.toUpperCase();
    case 'L':
      return L;
    case 'l':
      return L.toLowerCase();
    case 'LU':
      return L.toUpperCase();
    case 'LF':
      return `${deaccent(L).toUpperCase()}/${deaccent(F).toUpperCase()}`;
    case 'FL':
      return `${F} ${L.toUpperCase()}`;
    case 'LUF':
      return `${L.toUpperCase()} ${F}`;
    case 'LcF':
      return `${L}, ${F}`;
    case 'I':
      return `${F.charAt(0)}. ${L}`;
    case 'Fn':
      return `${F} ${L.charAt(0)}.`;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Entity value generators

function phoneCandidate(rng: Rng, c: Country, intl: boolean): string {
  const s = rng();
  switch (c) {
    case 'US':
    case 'CA': {
      const area = pick(
        rng,
        c === 'US'
          ? ['212', '415', '312', '617', '206', '512', '303', '404', '702', '919', '646', '213']
          : ['416', '604', '514', '403', '613', '902'],
      );
      const ex = String(int(rng, 2, 9)) + digits(rng, 2);
      const ln = digits(rng, 4);
      if (intl)
        return pick(rng, [
          `+1 ${area} ${ex} ${ln}`,
          `+1-${area}-${ex}-${ln}`,
          `+1 (${area}) ${ex}-${ln}`,
        ]);
      if (s < 0.3) return `(${area}) ${ex}-${ln}`;
      if (s < 0.55) return `${area}-${ex}-${ln}`;
      if (s < 0.75) return `${area}.${ex}.${ln}`;
      if (s < 0.9) return `${area}${ex}${ln}`;
      return `1-${area}-${ex}-${ln}`;
    }
    case 'GB': {
      if (rng() < 0.65) {
        const m = '7' + String(int(rng, 4, 9)) + digits(rng, 8);
        if (intl)
          return pick(rng, [
            `+44 ${m.slice(0, 4)} ${m.slice(4)}`,
            `+44${m}`,
            `+44 (0)${m.slice(0, 4)} ${m.slice(4)}`,
          ]);
        return pick(rng, [
          `0${m.slice(0, 4)} ${m.slice(4)}`,
          `0${m}`,
          `0${m.slice(0, 4)} ${m.slice(4, 7)} ${m.slice(7)}`,
        ]);
      }
      const l = '20' + pick(rng, ['7', '8', '3']) + digits(rng, 7);
      if (intl) return `+44 ${l.slice(0, 2)} ${l.slice(2, 6)} ${l.slice(6)}`;
      return pick(rng, [
        `0${l.slice(0, 2)} ${l.slice(2, 6)} ${l.slice(6)}`,
        `(0${l.slice(0, 2)}) ${l.slice(2, 6)} ${l.slice(6)}`,
      ]);
    }
    case 'IE': {
      const m = '8' + pick(rng, ['3', '5', '6', '7', '9']) + digits(rng, 7);
      if (intl)
        return pick(rng, [`+353 ${m.slice(0, 2)} ${m.slice(2, 5)} ${m.slice(5)}`, `+353${m}`]);
      return pick(rng, [
        `0${m.slice(0, 2)} ${m.slice(2, 5)} ${m.slice(5)}`,
        `0${m.slice(0, 2)}-${m.slice(2)}`,
        `0${m}`,
      ]);
    }
    case 'AU': {
      const m = '4' + digits(rng, 8);
      if (intl)
        return pick(rng, [`+61 ${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`, `+61${m}`]);
      return pick(rng, [`0${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`, `0${m}`]);
    }
    case 'DE': {
      if (rng() < 0.6) {
        const pre = pick(rng, [
          '151',
          '152',
          '157',
          '160',
          '162',
          '163',
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
        const rest = digits(rng, pre.startsWith('15') || pre === '176' ? 8 : 7);
        if (intl)
          return pick(rng, [
            `+49 ${pre} ${rest}`,
            `+49${pre}${rest}`,
            `+49 (0)${pre} ${rest}`,
            `0049 ${pre} ${rest}`,
          ]);
        return pick(rng, [
          `0${pre} ${rest}`,
          `0${pre}/${rest}`,
          `0${pre}-${rest}`,
          `0${pre}${rest}`,
          `0${pre} ${group(rest, [3, 2, 2], ' ')}`,
        ]);
      }
      const area = pick(rng, ['30', '40', '89', '221', '69', '711', '211', '341', '511', '911']);
      const rest = String(int(rng, 2, 9)) + digits(rng, area.length === 2 ? 7 : 6);
      if (intl) return pick(rng, [`+49 ${area} ${rest}`, `+49 (0)${area} ${rest}`]);
      return pick(rng, [
        `0${area} ${rest}`,
        `0${area}/${rest}`,
        `(0${area}) ${rest}`,
        `0${area}-${rest}`,
      ]);
    }
    case 'AT': {
      if (rng() < 0.65) {
        const pre = pick(rng, ['664', '676', '650', '660', '699', '681']);
        const rest = digits(rng, 7);
        if (intl)
          return pick(rng, [`+43 ${pre} ${rest}`, `+43${pre}${rest}`, `0043 ${pre} ${rest}`]);
        return pick(rng, [`0${pre} ${rest}`, `0${pre}/${rest}`, `0${pre}${rest}`]);
      }
      const rest = String(int(rng, 2, 9)) + digits(rng, 6);
      if (intl) return `+43 1 ${rest}`;
      return pick(rng, [`01 ${rest}`, `01/${rest}`]);
    }
    case 'CH': {
      const pre = pick(rng, ['79', '78', '76', '77', '44', '22', '31', '61', '21']);
      const rest = String(int(rng, 2, 9)) + digits(rng, 6);
      const g = `${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`;
      if (intl) return pick(rng, [`+41 ${pre} ${g}`, `+41${pre}${rest}`, `0041 ${pre} ${g}`]);
      return pick(rng, [
        `0${pre} ${g}`,
        `0${pre}${rest}`,
        `0${pre}.${rest.slice(0, 3)}.${rest.slice(3, 5)}.${rest.slice(5)}`,
      ]);
    }
    case 'FR': {
      const first = pick(rng, ['6', '7', '1', '2', '3', '4', '5', '9']);
      const rest =
        first + (first === '7' ? String(int(rng, 3, 8)) : String(int(rng, 0, 9))) + digits(rng, 7);
      const pairs = rest.slice(1).match(/.{2}/g)!;
      if (intl)
        return pick(rng, [
          `+33 ${first} ${pairs.join(' ')}`,
          `+33${rest}`,
          `+33 (0)${first} ${pairs.join(' ')}`,
          `0033 ${first} ${pairs.join(' ')}`,
        ]);
      const nat = ('0' + rest).match(/.{2}/g)!;
      return pick(rng, [nat.join(' '), nat.join('.'), nat.join(''), nat.join('-'), nat.join(' ')]);
    }
    case 'BE': {
      if (rng() < 0.65) {
        const m =
          '4' +
          pick(rng, [
            '70',
            '71',
            '72',
            '73',
            '75',
            '76',
            '77',
            '78',
            '79',
            '84',
            '85',
            '86',
            '87',
            '88',
            '89',
            '90',
            '91',
            '92',
            '93',
            '94',
            '95',
            '96',
            '97',
            '98',
            '99',
          ]) +
          digits(rng, 6);
        const g = `${m.slice(0, 3)} ${m.slice(3, 5)} ${m.slice(5, 7)} ${m.slice(7)}`;
        if (intl) return pick(rng, [`+32 ${g}`, `+32${m}`, `0032 ${g}`]);
        return pick(rng, [
          `0${g}`,
          `0${m.slice(0, 3)}/${m.slice(3, 5)}.${m.slice(5, 7)}.${m.slice(7)}`,
          `0${m}`,
        ]);
      }
      const l = '2' + String(int(rng, 2, 9)) + digits(rng, 6);
      if (intl) return `+32 2 ${l.slice(1, 4)} ${l.slice(4, 6)} ${l.slice(6)}`;
      return pick(rng, [
        `02 ${l.slice(1, 4)} ${l.slice(4, 6)} ${l.slice(6)}`,
        `02/${l.slice(1, 4)}.${l.slice(4, 6)}.${l.slice(6)}`,
      ]);
    }
    case 'ES': {
      const first = pick(rng, ['6', '6', '7', '9']);
      const n =
        first +
        (first === '7'
          ? String(int(rng, 1, 4))
          : first === '9'
            ? pick(rng, ['1', '3', '5', '6'])
            : String(int(rng, 0, 9))) +
        digits(rng, 7);
      const g3 = `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
      const g2 = `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
      if (intl) return pick(rng, [`+34 ${g3}`, `+34${n}`, `0034 ${g3}`, `+34 ${g2}`]);
      return pick(rng, [
        g3,
        g2,
        n,
        `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`,
        `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
      ]);
    }
    case 'MX': {
      const a = pick(rng, ['55', '33', '81']);
      const rest = String(int(rng, 1, 9)) + digits(rng, 7);
      const g = `${a} ${rest.slice(0, 4)} ${rest.slice(4)}`;
      if (intl) return pick(rng, [`+52 ${g}`, `+52${a}${rest}`, `+52 1 ${g}`]);
      return pick(rng, [
        g,
        `${a}${rest}`,
        `(${a}) ${rest.slice(0, 4)} ${rest.slice(4)}`,
        `${a}-${rest.slice(0, 4)}-${rest.slice(4)}`,
      ]);
    }
  }
}

export function phoneValid(text: string, c: Country | CountryCode): boolean {
  const p = parsePhoneNumberFromString(text, c);
  return p !== undefined && p.isValid();
}

function makePhone(rng: Rng, c: Country, intl: boolean): string {
  for (let i = 0; i < 200; i++) {
    const cand = phoneCandidate(rng, c, intl);
    if (phoneValid(cand, c)) return cand;
  }
  throw new Error(`no valid phone for ${c}`);
}

function makeIbanFor(rng: Rng, c: Country): string {
  const cc: Country = c === 'US' || c === 'CA' || c === 'AU' ? 'GB' : c === 'MX' ? 'ES' : c;
  switch (cc) {
    case 'DE':
      return makeIban('DE', digits(rng, 18));
    case 'AT':
      return makeIban('AT', digits(rng, 16));
    case 'CH':
      return makeIban('CH', digits(rng, 17));
    case 'FR':
      return makeIban('FR', digits(rng, 23));
    case 'BE':
      return makeIban('BE', digits(rng, 12));
    case 'ES':
      return makeIban('ES', digits(rng, 20));
    case 'IE':
      return makeIban('IE', pick(rng, ['AIBK', 'BOFI', 'IPBS']) + digits(rng, 14));
    case 'GB':
    default:
      return makeIban('GB', pick(rng, ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + digits(rng, 14));
  }
}

function fmtIban(rng: Rng, iban: string): string {
  return rng() < 0.55 ? group4(iban) : iban;
}

function makeCard(rng: Rng): string {
  const r = rng();
  let num: string;
  if (r < 0.45) num = luhnComplete('4', 16, rng);
  else if (r < 0.7) num = luhnComplete(String(int(rng, 51, 55)), 16, rng);
  else if (r < 0.8) num = luhnComplete(String(int(rng, 2221, 2720)), 16, rng);
  else if (r < 0.93) num = luhnComplete(pick(rng, ['34', '37']), 15, rng);
  else num = luhnComplete('6011', 16, rng);
  const sep = pick(rng, [' ', ' ', '-', '']);
  return num.length === 15 ? group(num, [4, 6, 5], sep) : group(num, [4, 4, 4, 4], sep);
}

function makeSsn(rng: Rng): string {
  let area = int(rng, 1, 899);
  if (area === 666) area = 667;
  const g = int(rng, 1, 99);
  const s = int(rng, 1, 9999);
  const sep = rng() < 0.85 ? '-' : ' ';
  return `${pad(area, 3)}${sep}${pad(g, 2)}${sep}${pad(s, 4)}`;
}

export function ssnValid(s: string): boolean {
  const m = /^(\d{3})[- ](\d{2})[- ](\d{4})$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
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

function fmtDate(rng: Rng, lang: Lang, c: Country, y: number, lower: boolean): string {
  const m = int(rng, 1, 12);
  const d = int(rng, 1, 28);
  const mn = MONTHS[lang][m - 1]!;
  const r = rng();
  let s: string;
  switch (lang) {
    case 'en':
      if (c === 'US') {
        s =
          r < 0.35
            ? `${pad(m, 2)}/${pad(d, 2)}/${y}`
            : r < 0.6
              ? `${mn} ${d}, ${y}`
              : r < 0.75
                ? `${m}/${d}/${String(y).slice(2)}`
                : r < 0.88
                  ? `${y}-${pad(m, 2)}-${pad(d, 2)}`
                  : `${mn.slice(0, 3)} ${d} ${y}`;
      } else {
        s =
          r < 0.4
            ? `${pad(d, 2)}/${pad(m, 2)}/${y}`
            : r < 0.7
              ? `${d} ${mn} ${y}`
              : r < 0.85
                ? `${pad(d, 2)}-${mn.slice(0, 3)}-${y}`
                : `${d}${d === 1 || d === 21 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th'} ${mn} ${y}`;
      }
      break;
    case 'de':
      s =
        r < 0.45
          ? `${pad(d, 2)}.${pad(m, 2)}.${y}`
          : r < 0.65
            ? `${d}.${m}.${y}`
            : r < 0.85
              ? `${d}. ${mn} ${y}`
              : r < 0.93
                ? `${pad(d, 2)}.${pad(m, 2)}.${String(y).slice(2)}`
                : `${y}-${pad(m, 2)}-${pad(d, 2)}`;
      break;
    case 'fr':
      s =
        r < 0.45
          ? `${pad(d, 2)}/${pad(m, 2)}/${y}`
          : r < 0.75
            ? `${d === 1 ? '1er' : d} ${mn} ${y}`
            : r < 0.87
              ? `${pad(d, 2)}.${pad(m, 2)}.${y}`
              : `${pad(d, 2)}/${pad(m, 2)}/${String(y).slice(2)}`;
      break;
    case 'es':
      s =
        r < 0.45
          ? `${pad(d, 2)}/${pad(m, 2)}/${y}`
          : r < 0.75
            ? `${d} de ${mn} de ${y}`
            : r < 0.87
              ? `${pad(d, 2)}-${pad(m, 2)}-${y}`
              : `${d}/${m}/${y}`;
      break;
  }
  return lower ? s.toLowerCase() : s;
}

// Addresses -------------------------------------------------------------------------------------

const GB_TOWNS: [string, string][] = [
  ['Leeds', 'LS'],
  ['Manchester', 'M'],
  ['Bristol', 'BS'],
  ['Sheffield', 'S'],
  ['Nottingham', 'NG'],
  ['Leicester', 'LE'],
  ['Brighton', 'BN'],
  ['Cardiff', 'CF'],
  ['Glasgow', 'G'],
  ['Norwich', 'NR'],
  ['York', 'YO'],
  ['Reading', 'RG'],
  ['Oxford', 'OX'],
  ['Liverpool', 'L'],
  ['London', 'SE'],
];
const BE_TOWNS: [string, number][] = [
  ['Bruxelles', 1000],
  ['Liège', 4000],
  ['Namur', 5000],
  ['Charleroi', 6000],
  ['Mons', 7000],
  ['Ixelles', 1050],
  ['Wavre', 1300],
  ['Tournai', 7500],
  ['Schaerbeek', 1030],
  ['Uccle', 1180],
];
const CH_FR_TOWNS: [string, number][] = [
  ['Lausanne', 1003],
  ['Genève', 1201],
  ['Neuchâtel', 2000],
  ['Fribourg', 1700],
  ['Sion', 1950],
  ['Montreux', 1820],
  ['Yverdon-les-Bains', 1400],
  ['Nyon', 1260],
];
const ES_STREET_TYPES = ['Calle', 'Calle', 'C/', 'Avenida', 'Avda.', 'Paseo', 'Plaza', 'Camino'];

function gbPostcode(rng: Rng, area: string): string {
  return `${area}${int(rng, 1, 19)} ${int(rng, 1, 9)}${chars(rng, 'ABDEFGHJLNPQRSTUWXYZ', 2)}`;
}

function makeAddress(rng: Rng, lang: Lang, c: Country, lower: boolean): string {
  let s: string;
  switch (c) {
    case 'US':
    case 'CA':
    case 'AU':
    case 'IE': {
      const st = `${pick(rng, lastNames(fakerEN_US))} ${pick(rng, ['Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Blvd', 'Lane', 'Drive', 'Ct', 'Way'])}`;
      const apt =
        rng() < 0.3
          ? `, ${pick(rng, ['Apt', 'Apt.', 'Suite', 'Unit', '#'])} ${int(rng, 1, 40)}${pick(rng, ['', 'B', 'C', 'A'])}`.replace(
              '# ',
              '#',
            )
          : '';
      s = `${int(rng, 12, 9899)} ${st}${apt}, ${pick(rng, locList(fakerEN_US, 'city_name'))}, ${pick(rng, locList(fakerEN_US, 'state_abbr'))} ${pad(int(rng, 1001, 99950), 5)}`;
      break;
    }
    case 'GB': {
      const [town, area] = pick(rng, GB_TOWNS);
      const flat = rng() < 0.2 ? `Flat ${int(rng, 1, 12)}, ` : '';
      s = `${flat}${int(rng, 1, 240)} ${pick(rng, locList(fakerEN_GB, 'street_name'))}, ${town} ${gbPostcode(rng, area)}`;
      break;
    }
    case 'DE':
      s = `${pick(rng, locList(fakerDE, 'street_name'))} ${int(rng, 1, 180)}${pick(rng, ['', '', '', 'a', 'b'])}, ${pad(int(rng, 1067, 99998), 5)} ${pick(rng, locList(fakerDE, 'city_name'))}`;
      break;
    case 'AT':
      s = `${pick(rng, locList(fakerDE_AT, 'street_name'))} ${int(rng, 1, 90)}${rng() < 0.3 ? `/${int(rng, 1, 20)}` : ''}, ${int(rng, 1010, 9992)} ${pick(rng, locList(fakerDE_AT, 'city_name'))}`;
      break;
    case 'CH':
      if (lang === 'fr') {
        const [town, npa] = pick(rng, CH_FR_TOWNS);
        s = `${pick(rng, locList(fakerFR_CH, 'street_prefix'))} ${pick(rng, locList(fakerFR_CH, 'street_suffix'))} ${int(rng, 1, 80)}, ${npa + int(rng, 0, 9)} ${town}`;
      } else {
        s = `${pick(rng, locList(fakerDE_CH, 'street_name'))} ${int(rng, 1, 120)}, ${int(rng, 1000, 9658)} ${pick(rng, locList(fakerDE_CH, 'city_name'))}`;
      }
      break;
    case 'FR': {
      const typ = pick(rng, locList(fakerFR, 'street_prefix'));
      const bis = pick(rng, ['', '', '', '', ' bis', ' ter']);
      s = `${int(rng, 1, 140)}${bis} ${rng() < 0.6 ? typ.toLowerCase() : typ} ${pick(rng, locList(fakerFR, 'street_suffix'))}, ${pad(int(rng, 1000, 95880), 5)} ${pick(rng, locList(fakerFR, 'city_name'))}`;
      break;
    }
    case 'BE': {
      const [town, cp] = pick(rng, BE_TOWNS);
      s = `${pick(rng, locList(fakerFR_BE, 'street_prefix'))} ${pick(rng, locList(fakerFR_BE, 'street_suffix'))} ${int(rng, 1, 220)}${rng() < 0.2 ? `/${int(rng, 1, 9)}` : ''}, ${cp} ${town}`;
      break;
    }
    case 'ES': {
      const typ = pick(rng, ES_STREET_TYPES);
      const nm =
        rng() < 0.5
          ? pick(rng, firstNames(fakerES)) + ' ' + pick(rng, lastNames(fakerES))
          : pick(rng, lastNames(fakerES));
      const piso =
        rng() < 0.55
          ? `, ${int(rng, 1, 9)}º ${pick(rng, ['A', 'B', 'C', 'D', 'izq.', 'dcha.'])}`
          : '';
      s = `${typ}${typ === 'C/' ? ' ' : ' '}${typ === 'Calle' && rng() < 0.4 ? 'de ' : ''}${nm}, ${int(rng, 1, 160)}${piso}, ${pad(int(rng, 1001, 52080), 5)} ${pick(rng, locList(fakerES, 'city_name'))}`;
      break;
    }
    case 'MX': {
      s = `${pick(rng, ['Calle', 'Av.', 'Avenida', 'Calz.', 'Blvd.'])} ${pick(rng, locList(fakerES_MX, 'street_name_part'))} ${int(rng, 1, 2400)}${rng() < 0.3 ? ` Int. ${int(rng, 1, 30)}` : ''}, Col. ${pick(rng, ['Roma Norte', 'Condesa', 'Del Valle', 'Centro', 'Narvarte', 'Polanco', 'Americana', 'Providencia', 'Obispado'])}, ${pad(int(rng, 1000, 99999), 5)} ${pick(rng, locList(fakerES_MX, 'city_name'))}`;
      break;
    }
  }
  return lower ? s.toLowerCase() : s;
}

// Emails, URLs, IPs, secrets --------------------------------------------------------------------

const MAIL_DOMAINS: Record<Lang, string[]> = {
  en: [
    'gmail.com',
    'yahoo.com',
    'outlook.com',
    'hotmail.co.uk',
    'icloud.com',
    'aol.com',
    'btinternet.com',
    'proton.me',
    'eircom.net',
  ],
  de: [
    'gmx.de',
    'web.de',
    't-online.de',
    'gmail.com',
    'gmx.at',
    'bluewin.ch',
    'posteo.de',
    'freenet.de',
    'outlook.de',
  ],
  fr: [
    'orange.fr',
    'free.fr',
    'laposte.net',
    'gmail.com',
    'sfr.fr',
    'hotmail.fr',
    'wanadoo.fr',
    'skynet.be',
    'bluewin.ch',
  ],
  es: [
    'hotmail.es',
    'gmail.com',
    'yahoo.es',
    'outlook.es',
    'telefonica.net',
    'yahoo.com.mx',
    'hotmail.com',
    'prodigy.net.mx',
  ],
};

function slug(s: string): string {
  return deaccent(s)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function makeEmail(rng: Rng, lang: Lang, p: Person): string {
  const f = slug(p.first);
  const l = slug(p.last.split(' ')[0]!);
  const local = pick(rng, [
    `${f}.${l}`,
    `${f}${l}`,
    `${f.charAt(0)}.${l}`,
    `${f}_${l}${int(rng, 70, 99)}`,
    `${l}.${f}`,
    `${f}${int(rng, 1, 99)}`,
    `${f}.${l}+${pick(rng, ['shop', 'news', 'bank', 'promo'])}`,
  ]);
  return `${local}@${pick(rng, MAIL_DOMAINS[lang])}`;
}

function makeUrl(rng: Rng, p: Person): string {
  const f = slug(p.first);
  const l = slug(p.last.split(' ')[0]!);
  return pick(rng, [
    `https://www.linkedin.com/in/${f}-${l}-${chars(rng, HEX, 6)}`,
    `https://instagram.com/${f}.${l}`,
    `https://www.facebook.com/${f}.${l}.${int(rng, 1, 99)}`,
    `http://${f}${l}.${pick(rng, ['de', 'fr', 'es', 'com', 'net'])}`,
    `https://t.me/${f}_${l}`,
    `https://drive.google.com/file/d/${chars(rng, B62, 28)}/view?usp=sharing`,
    `https://bit.ly/${chars(rng, B62, 7)}`,
    `https://www.tiktok.com/@${f}${l}${int(rng, 1, 99)}`,
  ]);
}

function makeLink(rng: Rng, lang: Lang): string {
  const host: Record<Lang, string[]> = {
    en: ['www.zocdoc.com/appt', 'help.example-shop.com/case', 'forms.gle'],
    de: ['www.doctolib.de/termine', 'service.meinversorger.de/ticket', 'forms.gle'],
    fr: ['www.doctolib.fr/appointments', 'suivi.colis-express.fr/c', 'forms.gle'],
    es: ['www.doctoralia.es/cita', 'seguimiento.envios-rapidos.es/e', 'forms.gle'],
  };
  return rng() < 0.35
    ? `https://bit.ly/${chars(rng, B62, 7)}`
    : `https://${pick(rng, host[lang])}/${chars(rng, B62, int(rng, 8, 14))}`;
}

function makeIp4(rng: Rng): string {
  return pick(rng, [
    `${int(rng, 11, 223)}.${int(rng, 0, 255)}.${int(rng, 0, 255)}.${int(rng, 1, 254)}`,
    `192.168.${int(rng, 0, 20)}.${int(rng, 2, 254)}`,
    `${int(rng, 77, 95)}.${int(rng, 0, 255)}.${int(rng, 0, 255)}.${int(rng, 1, 254)}`,
  ]);
}

function makeIp6(rng: Rng): string {
  const h = (): string => chars(rng, HEX, int(rng, 1, 4)).replace(/^0+(?=.)/, '');
  return rng() < 0.5
    ? `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`
    : `2001:db8:${h()}::${h()}`;
}

function b64url(s: string): string {
  return Buffer.from(s)
    .toString('base64')
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

function makeJwt(rng: Rng): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(
    JSON.stringify({
      sub: String(int(rng, 10000, 999999)),
      iat: 1700000000 + int(rng, 0, 30000000),
    }),
  );
  return `${head}.${body}.${chars(rng, B62 + '-_', 43)}`;
}

// ---------------------------------------------------------------------------------------------
// Hard-negative value generators

const AIRLINES: Record<Lang, string[]> = {
  en: ['BA', 'AA', 'UA', 'DL', 'EI', 'FR', 'U2', 'AC', 'QF', 'VS'],
  de: ['LH', 'EW', 'OS', 'LX', 'DE', 'X3', 'FR', 'U2'],
  fr: ['AF', 'U2', 'TO', 'SN', 'LX', 'V7', 'FR', 'KL'],
  es: ['IB', 'VY', 'UX', 'AM', 'Y4', 'I2', 'FR', 'VB'],
};

function negValue(rng: Rng, lang: Lang, c: Country, kind: string): [string, string] {
  switch (kind) {
    case 'flight':
      return [
        'flight',
        `${pick(rng, AIRLINES[lang])}${rng() < 0.4 ? ' ' : ''}${int(rng, 10, 9899)}`,
      ];
    case 'pnr':
      return [
        'pnr',
        chars(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 2) +
          chars(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4),
      ];
    case 'order':
      return [
        'order_no',
        pick(rng, [
          `${pad(int(rng, 100, 999), 3)}-${digits(rng, 7)}-${digits(rng, 7)}`,
          `#${int(rng, 100000, 9999999)}`,
          `ORD-${int(rng, 2023, 2025)}-${digits(rng, 6)}`,
          `${chars(rng, UPPER, 2)}${digits(rng, 8)}`,
          `A${digits(rng, 9)}`,
        ]),
      ];
    case 'track':
      return [
        'tracking',
        pick(rng, [
          `00${digits(rng, 18)}`,
          `JJD${digits(rng, 15)}`,
          `1Z${chars(rng, UPPER + '0123456789', 6)}${digits(rng, 10)}`,
          `${chars(rng, UPPER, 2)}${digits(rng, 9)}${pick(rng, ['DE', 'FR', 'ES', 'GB'])}`,
          `0${digits(rng, 3)} ${digits(rng, 4)} ${digits(rng, 4)}`,
          `${digits(rng, 4)} ${digits(rng, 4)} ${digits(rng, 4)}`,
          `${digits(rng, 3)} ${digits(rng, 3)} ${digits(rng, 3)} ${digits(rng, 3)}`,
        ]),
      ];
    case 'price': {
      const a = int(rng, 3, 1400);
      const cents = pad(int(rng, 0, 99), 2);
      const opts: Record<Lang, string[]> = {
        en: [`$${a}.${cents}`, `£${a}`, `€${a}.${cents}`, `${a} bucks`, `$${a}`],
        de: [`${a},${cents} €`, `${a}€`, `EUR ${a},${cents}`, `${a},- €`, `CHF ${a}.${cents}`],
        fr: [`${a},${cents} €`, `${a}€`, `${a} euros`, `${a} CHF`, `${a},${cents}€`],
        es: [`${a},${cents} €`, `${a}€`, `$${a} MXN`, `${a} pesos`, `${a} euros`],
      };
      return ['price', pick(rng, opts[lang])];
    }
    case 'time': {
      const h = int(rng, 6, 22);
      const m = pick(rng, ['00', '15', '30', '45', '10', '50']);
      const opts: Record<Lang, string[]> = {
        en: [
          `${h}:${m}`,
          `${h > 12 ? h - 12 : h}:${m}${h >= 12 ? 'pm' : 'am'}`,
          `${h > 12 ? h - 12 : h}${h >= 12 ? 'pm' : 'am'}`,
        ],
        de: [`${h}:${m}`, `${h}.${m} Uhr`, `${h} Uhr`],
        fr: [`${h}h${m}`, `${h}h`, `${h}:${m}`],
        es: [
          `${h}:${m}`,
          `${h}:${m}h`,
          `${h > 12 ? h - 12 : h} de la ${h >= 12 ? 'tarde' : 'mañana'}`,
        ],
      };
      return ['time', pick(rng, opts[lang])];
    }
    case 'date':
      return ['plain_date', fmtDate(rng, lang, c, int(rng, 2022, 2025), false)];
    case 'datel':
      return ['plain_date', fmtDate(rng, lang, c, int(rng, 2022, 2025), true)];
    case 'ver':
      return [
        'version',
        pick(rng, [
          `${int(rng, 1, 17)}.${int(rng, 0, 9)}.${int(rng, 0, 20)}`,
          `${int(rng, 1, 12)}.${int(rng, 0, 40)}.${int(rng, 0, 9)}.${int(rng, 10, 250)}`,
          `v${int(rng, 1, 6)}.${int(rng, 0, 19)}`,
          `${int(rng, 1, 5)}.${int(rng, 0, 9)}.${int(rng, 0, 9)}.${int(rng, 0, 255)}`,
        ]),
      ];
    case 'cardx': {
      let num = luhnComplete('4', 16, rng);
      const last = Number(num.slice(-1));
      num = num.slice(0, -1) + String((last + int(rng, 1, 9)) % 10);
      return ['card_lookalike', group(num, [4, 4, 4, 4], pick(rng, [' ', '-']))];
    }
    case 'ibanx': {
      const good = makeIbanFor(rng, c).replace(/\s/g, '');
      let chk = Number(good.slice(2, 4));
      chk = ((chk + int(rng, 1, 90) - 2) % 97) + 2;
      if (pad(chk, 2) === good.slice(2, 4)) chk = chk === 2 ? 3 : chk - 1;
      const bad = good.slice(0, 2) + pad(chk, 2) + good.slice(4);
      return ['iban_invalid', rng() < 0.6 ? group4(bad) : bad];
    }
    case 'ssnx':
      return [
        'ssn_invalid',
        `${pick(rng, ['000', '666', String(int(rng, 900, 999))])}-${pad(int(rng, 1, 99), 2)}-${pad(int(rng, 1, 9999), 4)}`,
      ];
    case 'uuid':
      return [
        'uuid',
        `${chars(rng, HEX, 8)}-${chars(rng, HEX, 4)}-4${chars(rng, HEX, 3)}-a${chars(rng, HEX, 3)}-${chars(rng, HEX, 12)}`,
      ];
    case 'sha':
      return ['sha', chars(rng, HEX, pick(rng, [7, 40, 32]))];
    case 'ts':
      return [
        'timestamp',
        pick(rng, [
          String(1700000000 + int(rng, 0, 60000000)),
          `2024-${pad(int(rng, 1, 12), 2)}-${pad(int(rng, 1, 28), 2)}T${pad(int(rng, 0, 23), 2)}:${pad(int(rng, 0, 59), 2)}:${pad(int(rng, 0, 59), 2)}Z`,
        ]),
      ];
    case 'city':
      return ['place', pick(rng, CITY_LISTS[lang]())];
    case 'brand':
      return ['brand', pick(rng, BRANDS[lang])];
    case 'seat':
      return ['telex', `${int(rng, 1, 38)}${pick(rng, ['A', 'B', 'C', 'D', 'E', 'F'])}`];
    case 'ref':
      return [
        'order_no',
        `${pick(rng, ['REF', 'CASE', 'TKT', 'INC'])}${pick(rng, ['-', '', '#'])}${digits(rng, int(rng, 5, 8))}`,
      ];
    default:
      throw new Error(`unknown negative slot ${kind}`);
  }
}

const CITY_LISTS: Record<Lang, () => string[]> = {
  en: () => locList(fakerEN_US, 'city_name'),
  de: () => locList(fakerDE, 'city_name'),
  fr: () => locList(fakerFR, 'city_name'),
  es: () => locList(fakerES, 'city_name'),
};

const BRANDS: Record<Lang, string[]> = {
  en: [
    'Amazon',
    'Uber',
    'Netflix',
    'Spotify',
    'Tesco',
    'Walmart',
    'Ryanair',
    'Deliveroo',
    'Apple Pay',
    'Venmo',
    'Costco',
    'Target',
    'Chase',
    'Verizon',
    'Sainsbury’s',
    'Vodafone',
    'DoorDash',
  ],
  de: [
    'Lidl',
    'Aldi',
    'Zalando',
    'DHL',
    'Hermes',
    'Telekom',
    'Vodafone',
    'Sparkasse',
    'N26',
    'Flixbus',
    'MediaMarkt',
    'Rossmann',
    'dm',
    'Lieferando',
    'Otto',
    'A1',
    'Migros',
  ],
  fr: [
    'SNCF',
    'La Poste',
    'Orange',
    'Free',
    'Leboncoin',
    'Doctolib',
    'Carrefour',
    'Fnac',
    'Chronopost',
    'Colissimo',
    'Darty',
    'Decathlon',
    'Vinted',
    'Blablacar',
    'Proximus',
    'Swisscom',
  ],
  es: [
    'Renfe',
    'Correos',
    'Movistar',
    'Mercadona',
    'El Corte Inglés',
    'Glovo',
    'Wallapop',
    'Iberia',
    'OXXO',
    'Telcel',
    'Bimbo',
    'Liverpool',
    'Coppel',
    'Zara',
    'Bizum',
    'Rappi',
  ],
};

// ---------------------------------------------------------------------------------------------
// Template engine
//
// `{Slot}` or `{Slot2}` (digit = which person, default 1): entity or name form; lowercase slots
// such as `{flight}` produce hard negatives; `{~a|b|c}` picks plain text; `<kind|a~b>` marks a
// literal hard negative (one of the `~` alternatives).

interface Ctx {
  rng: Rng;
  lang: Lang;
  country: Country;
  persons: Person[];
  /** Entity values by slot key, so that `{PHONE}` twice in one template repeats the same number. */
  memo: Map<string, Piece>;
}

function person(ctx: Ctx, idx: number): Person {
  while (ctx.persons.length < idx) ctx.persons.push(makePerson(ctx.rng, ctx.lang, ctx.persons));
  return ctx.persons[idx - 1]!;
}

interface Piece {
  text: string;
  type?: string;
  kind?: string;
  source?: 'listed' | 'invented';
}

const NEG_SLOTS = new Set([
  'flight',
  'pnr',
  'order',
  'track',
  'price',
  'time',
  'date',
  'datel',
  'ver',
  'cardx',
  'ibanx',
  'ssnx',
  'uuid',
  'sha',
  'ts',
  'city',
  'brand',
  'seat',
  'ref',
]);

function slot(ctx: Ctx, name: string, idx: number): Piece {
  const key = `${name}${idx}`;
  const seen = ctx.memo.get(key);
  if (seen) return seen;
  const p = freshSlot(ctx, name, idx);
  if (p.type && p.type !== 'PERSON') ctx.memo.set(key, p);
  return p;
}

function freshSlot(ctx: Ctx, name: string, idx: number): Piece {
  const { rng, lang, country } = ctx;
  const nf = nameForm(person(ctx, idx), name);
  if (nf !== undefined) return { text: nf, type: 'PERSON', source: person(ctx, idx).source };
  if (NEG_SLOTS.has(name)) {
    const [kind, text] = negValue(rng, lang, country, name);
    return { text, kind };
  }
  switch (name) {
    case 'PHONE':
      return { text: makePhone(rng, country, rng() < 0.35), type: 'PHONE' };
    case 'PHONEI':
      return { text: makePhone(rng, country, true), type: 'PHONE' };
    case 'PHONEN':
      return { text: makePhone(rng, country, false), type: 'PHONE' };
    case 'EMAIL':
      return { text: makeEmail(rng, lang, person(ctx, idx)), type: 'EMAIL' };
    case 'email':
      return { text: makeEmail(rng, lang, person(ctx, idx)).toLowerCase(), type: 'EMAIL' };
    case 'EMAILU':
      return { text: makeEmail(rng, lang, person(ctx, idx)).toUpperCase(), type: 'EMAIL' };
    case 'IBAN':
      return { text: fmtIban(rng, makeIbanFor(rng, country)), type: 'IBAN' };
    case 'CARD':
      return { text: makeCard(rng), type: 'CREDIT_CARD' };
    case 'SSN':
      return { text: makeSsn(rng), type: 'US_SSN' };
    case 'DOB':
      return {
        text: fmtDate(rng, lang, country, int(rng, 1941, 2006), false),
        type: 'DATE_OF_BIRTH',
      };
    case 'dob':
      return {
        text: fmtDate(rng, lang, country, int(rng, 1941, 2006), true),
        type: 'DATE_OF_BIRTH',
      };
    case 'ADDR':
      return { text: makeAddress(rng, lang, country, false), type: 'STREET_ADDRESS' };
    case 'addr':
      return { text: makeAddress(rng, lang, country, true), type: 'STREET_ADDRESS' };
    case 'ADDRU':
      return {
        text: deaccent(makeAddress(rng, lang, country, false)).toUpperCase(),
        type: 'STREET_ADDRESS',
      };
    case 'IP':
      return { text: makeIp4(rng), type: 'IP_ADDRESS' };
    case 'IPSIX':
      return { text: makeIp6(rng), type: 'IP_ADDRESS' };
    case 'URL':
      return { text: makeUrl(rng, person(ctx, idx)), type: 'URL' };
    case 'LINK':
      return { text: makeLink(rng, lang), type: 'URL' };
    case 'GHTOKEN':
      return { text: `ghp_${chars(rng, B62, 36)}`, type: 'GITHUB_TOKEN' };
    case 'SLACK':
      return {
        text: `xoxb-${digits(rng, 11)}-${digits(rng, 13)}-${chars(rng, B62, 24)}`,
        type: 'SLACK_TOKEN',
      };
    case 'AWSKEY':
      return {
        text: `AKIA${chars(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
        type: 'AWS_ACCESS_KEY',
      };
    case 'JWT':
      return { text: makeJwt(rng), type: 'JWT' };
    case 'SECRET':
      return { text: chars(rng, B62, int(rng, 32, 44)), type: 'GENERIC_SECRET' };
    case 'SKLIVE':
      return { text: `sk_live_${chars(rng, B62, 32)}`, type: 'GENERIC_SECRET' };
    default:
      throw new Error(`unknown slot {${name}}`);
  }
}

const TOKEN_RE = /\{~([^}]*)\}|\{([A-Za-z_]+)(\d?)\}|<([a-z_]+)\|([^>]*)>/g;

function render(ctx: Ctx, tpl: string): Pick<Heldout17Record, 'text' | 'entities' | 'negatives'> {
  let text = '';
  const entities: Heldout17Span[] = [];
  const negatives: { kind: string; start: number; end: number }[] = [];
  let last = 0;
  for (const m of tpl.matchAll(TOKEN_RE)) {
    text += tpl.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      text += pick(ctx.rng, m[1].split('|'));
    } else if (m[2] !== undefined) {
      const p = slot(ctx, m[2], m[3] ? Number(m[3]) : 1);
      const start = text.length;
      text += p.text;
      if (p.type) {
        const span: Heldout17Span =
          p.type === 'PERSON' && p.source
            ? { type: p.type, start, end: text.length, source: p.source }
            : { type: p.type, start, end: text.length };
        entities.push(span);
      } else if (p.kind) negatives.push({ kind: p.kind, start, end: text.length });
    } else if (m[4] !== undefined && m[5] !== undefined) {
      const start = text.length;
      text += pick(ctx.rng, m[5].split('~'));
      negatives.push({ kind: m[4], start, end: text.length });
    }
  }
  text += tpl.slice(last);
  return { text, entities, negatives };
}

// ---------------------------------------------------------------------------------------------
// Templates. Each entry is `genre|template`; keys become `lang:genreN`.

const ENT: Record<Lang, string[]> = {
  en: [
    `vm|[voicemail transcript] hi this is {n} calling about my {~order|package|refund} uh can you call me back on {PHONEN} thanks bye`,
    `vm|[auto transcript - low confidence] yeah hey its {f} um from the {~gym|book club|school run} thing just wanted to say the {~bbq|party} is at mine {~saturday|sunday} around {time} address is {addr} ok see ya`,
    `vm|voicemail from {PHONE} ({~0:42|1:07|0:18}): "hello good morning my name is {n} i was born {dob} and im calling about the letter i got about my pension please call me back"`,
    `vm|[voice message 0:23 — transcribed] heyyy {f} its me {~uhh|um} call me on the landline {PHONEN} ok my mobile is dead lol`,
    `stt|agent: thank you for calling {brand} how can i help\ncaller: yeah hi im calling cos my card got declined\nagent: can i take your full name\ncaller: {n}\nagent: and date of birth\ncaller: {dob}\nagent: and the email on the account\ncaller: its {email}`,
    `stt|[call 00:03:12] customer states name is {n} spelled {~like it sounds|the normal way} lol. says she moved to {addr} and wants bills sent there`,
    `stt|speaker 1: ok whats the best number to reach you\nspeaker 2: my cell {PHONEN} or work {PHONEI2} after {time}\nspeaker 1: perfect and thats {f} right\nspeaker 2: yep`,
    `stt|caller: yeah my social is {SSN}\nagent: thank you mr {l} and can you confirm the zip on file\ncaller: uh its the one on {addr}`,
    `stt|[transcript, auto] ok my card number is {CARD} expiry <plain_date|oh four twenty seven~twelve twenty six> and the name on it is {NU} all caps i guess`,
    `note|cust {n} called re dbl charge {price} on {date}. vrfd dob {DOB}. adv refund 3-5 bus days. cb # {PHONE}`,
    `note|spoke w/ {f} (wife of acct holder {N2}) - not authd, asked her to have him call in. acct email {email2}`,
    `note|CX ANGRY!!! says driver left pkg at wrong addr. correct addr {ADDR}. trk {track} - escalated to {F2} in T2`,
    `note|ssn on file {SSN} doesnt match what cust gave, flagged fraud team. cust name {NU} ph {PHONE}`,
    `note|pmt taken by phone, card {CARD} exp <plain_date|04/27~11/26~09/28> (cust {n}). DO NOT store cvv!!`,
    `note|WALK-IN: {N}, dob {DOB}, new pt. ins card pending. addr {ADDR}. pref contact txt {PHONE}`,
    `note|chat log 👉 user {email} from {IP} tried 5x wrong pw, locked. unlocked after verifying last4 + dob {DOB}`,
    `note|IT tkt: {N} ({email}) cant get on VPN, client ip {IP}, v6 {IPSIX}, app {ver}. reboot didnt help`,
    `sms|hey its {f} 😊 new number btw, save it: {PHONE} <hashtag|#newphone>`,
    `sms|{brand}: your driver {F} is arriving in a silver {~Prius|Corolla|Civic}. msg from driver: "im outside, white door? call me {PHONEN}"`,
    `sms|yo {f} its {f2} again lol, lost ur email, is it {email}? also my bday is {DOB} dont forget this time 😤`,
    `sms|mom this is my new # {PHONE} old phone broke. tell dad. love u - {F}`,
    `wa|[{time}] {F}: omg did u get my msg\n[{time}] {F2}: ya sry was at work 😅\n[{time}] {F}: send me ur addy for the invite\n[{time}] {F2}: {addr} 🏠`,
    `wa|{N} 🌸: hiii can u send the money for the concert tix, my iban {IBAN} 🙏🙏 thx babe`,
    `tg|[Telegram] {N}: anyone selling 2 tickets for <title|Eras Tour~Oasis Live 25> ?? dm me or text {PHONEI}`,
    `post|shoutout to {F} at the {city} {brand} store who sorted my phone in 10 mins 🙌 <hashtag|#customerservice~#grateful>`,
    `post|<handle|@AmericanAir~@British_Airways~@united> my bag never arrived. flight {flight} on {date}, file ref {ref}. contact me at {email} pls this is ridiculous`,
    `post|LOST DOG 🐶 answers to <not_name|Biscuit~Pepper~Rocky> last seen near {ADDR} pls call {F} {PHONE} <hashtag|#lostdog>`,
    `post|if anyone finds a wallet near {city} station its mine!! ID says {NU} lol. DM me or call {PHONE} 🙏 <hashtag|#lostandfound>`,
    `post|selling my {~bike|couch|PS5} 💸 {price} obo, pickup only. text {F} @ {PHONEN} no lowballers <hashtag|#forsale>`,
    `post|Nextdoor · {N} · {city}\nDoes anyone know a good plumber?? ours ({F2} from <brand|Roto-Rooter~Mr. Rooter>) ghosted us. we're at {ADDR}`,
    `forum|Re: <brand|Netgear~TP-Link> router keeps dropping\n\nQuote from: {N} on {date}\n> tried firmware {ver}, no luck\n\nsame here. my public ip is {IP} if a mod wants to look. cheers, {F2}`,
    `forum|[SOLVED] cant log in after update {ver}\n\nposted by {N} » {date}\n\nok so turns out support had my old email ({email}) on file. they changed it, all good now`,
    `forum|Selling: <title|Dune Part Two~Oppenheimer> 4k steelbook, {price}. PayPal to {email} only. ships from {city}.`,
    `ocr|APPLICAT1ON FORM\nNarne: {NU}\nDate of B1rth: {DOB}\nAddre ss: {ADDR}\nTe1: {PHONE}\nEmai1: {email}`,
    `ocr|DRIVER LICENSE   CLASS D\n1 {LU}\n2 {FU}\n3 DOB {DOB}   4a ISS {date}\n8 {ADDRU}`,
    `ocr|Dear M r. {L},\nThank y ou for your letter of {date}. We have updated your account with your new address:\n{ADDR}\nYours sincere1y,\n{N2}\nCustomer Re1ations`,
    `ocr|PAYST UB  ---  EMPLOYEE: {NU}   SSN: {SSN}   PAY DATE: {date}   NET PAY: {price}`,
    `ocr|W-2 Wage and Tax Statement {~2023|2024}\na Employee's SSN {SSN}\ne Employee's name\n{NU}\nf {ADDRU}`,
    `ocr|ACC0UNT H0LDER  {NU}\nIBAN  {IBAN}\nBIC  <bic|BARCGB22~NWBKGB2L~AIBKIE2D>\nStatement date {date}`,
    `hand|[handwritten, transcribed] Name {n}  Phone {PHONEN}  Emergency contact: {~mum|my brother|husband} {N2} {PHONEN2}`,
    `hand|[scan of handwritten note] pls call back {F} — {PHONE} — re: {~leak|boiler|fence} at {addr}`,
    `hand|PATIENT INTAKE (handwritten)\nname: {n}\nd.o.b.: {dob}\nssn: {SSN}\nallergies: <not_name|Penicillin~Latex>`,
    `telex|RMKS PAX {LF} MRS CTC {PHONEI} <telex|FLT> {flight} <telex|PNR> {pnr}`,
    `telex|OSI YY CTCE {EMAILU}\nOSI YY CTCM {PHONEI}\n 1.1{LF} MR  2.1{LF2} MRS\n<telex|ETA> {time} <telex|FLT> {flight}`,
    `telex|ATTN OPS - SHIPPER {NU} TEL {PHONEI} CONSIGNEE ADDR {ADDRU} AWB {track} <telex|ETA> {date}`,
    `telex|MSG FRM DESK TO {FU} RE BKG {pnr} - PLS RECONFIRM - CTC {PHONEI} STOP`,
    `telex|NM1{LF} MRS\nSSR WCHR YY HK1\nRM PAX DOB {DOB} REQ AISLE <telex|SEAT> {seat}`,
    `mail|> On {date}, {N} <{email}> wrote:\n> hi, can you resend the invoice?\n\nsure, attached. let me know if the IBAN {IBAN} is still right.\n\n--\n{N2}\n{PHONE2}`,
    `mail|sorry for the late reply!!\n\n-----Original Message-----\nFrom: {N} [mailto:{email}]\nSent: {date}\nSubject: RE: rental\n\n>> the deposit goes to {IBAN}\n\nSent from my iPhone`,
    `mail|Fwd: Fwd: FW: the thing\n\n> {F} said:\n>> can u send me {N2}'s number\n> its {PHONE2}\n\nthanks!! 🙏`,
    `rev|★★★★★ {F} was amazing!! fixed our wifi in like 20 min. ask for {FU} lol <hashtag|#fivestars>`,
    `rev|1/5 ⭐ the lady at check-in ({F}? name tag said {F}) was rude af. room {~214|308}, stayed {date}. never again <brand|Hilton~Marriott~Holiday Inn>`,
    `rev|Verified purchase. Ordered {date}, arrived broken. {F} from support called me on {PHONE} and offered {price} back. fair enough 3 stars`,
    `rev|Google review: Dr. {L} and nurse {F2} were lovely, parking by the <brand|Walgreens~CVS> is a nightmare tho 😩`,
    `mix|ok so mi nombre es {n}, pero everyone calls me {f}. txt me {PHONE} ok? gracias 😘`,
    `mix|bonjour team 👋 quick one — new client {N} (born {DOB}), contract signed {date}, merci!!`,
    `emoji|🎂🎂 happy bday {F}!!! 🥳 cant believe it lol, born {DOB} feels like yesterday 💕`,
    `chat|[{time}] {f}: heres the token for the staging bot, dont share 🙈 {GHTOKEN}\n[{time}] {f2}: thx`,
    `chat|{F}: slack bot keeps failing, using {SLACK} rn\n{F2}: bro rotate that NOW 😭`,
    `chat|pasting my .env real quick\nAWS_ACCESS_KEY_ID={AWSKEY}\nAWS_SECRET_ACCESS_KEY={SECRET}\nignore the typos lol - {f}`,
    `chat|jwt from the login call: {JWT} — user {email}, ip {IP}`,
    `chat|{F}: whats the stripe key again\n{F2}: STRIPE_SECRET={SKLIVE} dont commit it this time 🙃`,
    `post|{N} (she/her) · {city}\nportfolio 👉 {URL} · dms open 📩 <hashtag|#opentowork>`,
    `uk|cheers {F} mate, sort me the {price} when ur free, sort code <bank|20-00-00~40-47-84> acc ending 4471 or just IBAN {IBAN} innit. ring me {PHONE}`,
    `sms|Your appt w/ Dr {L2} is confirmed for {N} on {date} at {time}. Reschedule: {LINK}`,
    `sms|{brand}: pls confirm you requested a transfer of {price} to {N} IBAN {IBAN}. reply Y or N`,
  ],
  de: [
    `vm|[Mailbox] ja hallo hier ist {n} ich ruf wegen der rechnung an meine nummer ist {PHONEN} tschüss`,
    `vm|[Sprachnachricht, automatisch transkribiert] jo {f} hier is {f2} äh ruf mich mal zurück unter {PHONEN} is wegen samstag ne`,
    `vm|Mailbox-Transkript ({~0:37|1:12} min): guten tag mein name ist {n} geboren am {dob} ich hätte eine frage zu meinem rentenbescheid bitte rückruf unter {PHONEN} danke`,
    `vm|Sprachnachricht ({time}): heyy {f} ich bins ähm ruf mich aufm festnetz an {PHONEN} handy is leer`,
    `stt|Agent: {brand} Kundenservice, mein Name ist {F2}, was kann ich für Sie tun?\nKunde: ja hallo hier ist {n} ich hab ne frage zur abbuchung\nAgent: Ihr Geburtsdatum bitte?\nKunde: {dob}\nAgent: Und die E-Mail?\nKunde: {email}`,
    `stt|[Gesprächsprotokoll, STT] kundin sagt sie wohnt jetzt in der {addr} und möchte die post dorthin`,
    `stt|anrufer: ja meine kartennummer ist {CARD} und äh gültig bis <plain_date|zwölf sechsundzwanzig~null vier siebenundzwanzig> der name drauf ist {NU}`,
    `stt|sprecher 1: unter welcher nummer erreich ich sie am besten\nsprecher 2: handy {PHONEN} oder büro {PHONEI2} ab {time}\nsprecher 1: und sie sind frau {l} richtig\nsprecher 2: genau`,
    `note|Kd. {NU} rief an wg. doppelter Abbuchung {price} am {date}. GebDat {DOB} verifiziert. Rückruf unter {PHONE}. -{~mk|js|ab}`,
    `note|KD sauer!! paket {track} nicht angekommen, lt. DHL zugestellt. neue anschrift: {ADDR}. weitergel. an {F2} (2nd lvl)`,
    `note|tel. m. fr. {l} (tochter v. {N2}), keine vollmacht, keine auskunft erteilt. email d. kd: {email2}`,
    `note|SEPA-Mandat telef. aufgenommen: Kontoinh. {N}, IBAN {IBAN}, Mandatsref. {ref}`,
    `note|Rückrufbitte: Hr. {L}, {PHONE}, wg. Kündigung zum {date}. Kd-Nr {order}`,
    `note|Zahlung tel. entgegengenommen, Karte {CARD} gültig bis <plain_date|04/27~11/26~09/28>, Inh. {n}. CVV NICHT notieren!`,
    `note|IT-Ticket: {N} ({email}) kommt nicht ins VPN, Client-IP {IP}, v6 {IPSIX}, Version {ver}. Neustart bringt nix`,
    `note|Paketshop-Notiz: Sendung für {LcF} liegt bereit, Abholer wies sich aus, geb. {DOB}. Rückfragen {PHONE}`,
    `sms|Hi {F} 👋 bin um {time} da, meine Adresse: {ADDR}`,
    `sms|hey ich bins {f}, hab ne neue nummer 📱 {PHONE} alte bitte löschen`,
    `sms|<not_name|Digga> 😂 {f} hat schon wieder seine nummer geändert: {PHONE}`,
    `sms|Hallo {F}, Ihr Fahrer {F2} ist in 5 min da. Nachricht: "stehe unten, klingel geht nicht, ruf an {PHONEN}"`,
    `wa|[{time}] {F}: schickst du mir nochmal deine iban für das geld vom urlaub? 🏝\n[{time}] {F2}: klar {IBAN} 🙏\n[{time}] {F}: 👍`,
    `wa|[{date}, {time}] {N}: Wer kommt Samstag? Adresse ist {ADDR}, klingeln bei {L} 🔔`,
    `wa|Hausgemeinschaft 🏠\n{N}: Liebe Nachbarn, wer hat mein Paket von <brand|Hermes~DPD> angenommen?? Bitte bei mir melden, {PHONE}. Danke!`,
    `tg|Telegram · {N}\nmoin leute, verkaufe mein {~Rad|Sofa|iPhone} für {price} VB, abholung {city}. bei interesse {PHONE} oder {email}`,
    `kleinanz|Kleinanzeigen-Chat\n» Ist der Artikel noch da?\n« ja, kannst du {~morgen|heute} um {time} holen. {ADDR}, bei {LU} klingeln. Gruß {F}`,
    `post|Riesen Dank an {F} von der {brand}-Filiale in {city}, hat mein Handy in 10 min gerettet 🙌 <hashtag|#kundenservice>`,
    `post|<handle|@DB_Bahn~@DB_Info> <train|ICE 578~ICE 1021~RE 7> fällt aus, Fahrgastrechte-Formular geht nicht. Antwort bitte an {email}. {F}`,
    `post|VERMISST 🐱 Kater <not_name|Mikesch~Felix~Tiger> seit {date} in der Nähe {ADDR}. Bitte bei {F} melden: {PHONE} <hashtag|#vermisst>`,
    `post|Hat jemand nen Geldbeutel in {city} am Bahnhof gefunden?? Im Ausweis steht {NU} 😅 bitte PN oder {PHONE} <hashtag|#fundsache>`,
    `forum|Re: FritzBox verliert ständig Verbindung\n\nZitat von {N} am {date}:\n> Firmware {ver} hilft nicht\n\nbei mir dasselbe. öffentliche IP {IP}, falls jemand vom Support mitliest. Gruß {F2}`,
    `forum|Hallo zusammen, Problem gelöst: Hermes hatte noch meine alte Adresse ({ADDR}) gespeichert. Danke an alle! LG {F}`,
    `forum|Verkaufe <title|Dune: Part Two~Oppenheimer> Steelbook {price}, nur PayPal an {email}, Versand aus {city}`,
    `ocr|ANTRAG AUF KUNDENKARTE\nNarne, Vorname: {LcF}\nGeburtsdatum: {DOB}\nAnschr1ft: {ADDR}\nTe1efon: {PHONE}\nE-Mai1: {email}`,
    `ocr|PERSONALAUSWEIS\nName/Surname {LU}\nVornamen/Given names {FU}\nGeburtstag/Date of birth {DOB}\nGeburtsort/Place of birth <place|BERLIN~MÜNCHEN~GRAZ~KÖLN>`,
    `ocr|Sehr geehrte/r Frau/Herr {L},\nwir haben lhre Bankverbindung {IBAN} aktualisiert.\nMit freund1ichen Grüßen\n{N2}\nKundenbetreuung`,
    `ocr|Lohnabrechnung {~03|07|11}/2024 -- Mitarbeiter: {NU} -- IBAN {IBAN} -- Auszahlung {price}`,
    `ocr|KONTOAUSZUG\nKontoinhaber {NU}\nIBAN {IBAN}\nBIC <bic|COBADEFFXXX~DEUTDEDBXXX~GENODEF1M04>\nAuszug vom {date}`,
    `hand|[handschriftlich] Name: {n} Tel: {PHONEN} im Notfall: {~Mama|mein Bruder|Ehemann} {N2} {PHONEN2}`,
    `hand|Zettel am Auto: "Hab Ihren Spiegel gestreift, sorry!! Bitte melden {F} {PHONE}"`,
    `hand|Anmeldebogen (handschr.)\nname: {n}\ngeb.: {dob}\nadresse: {addr}\nemail: {email}`,
    `telex|RMKS PAX {LF} MR CTC {PHONEI} <telex|FLT> {flight} <telex|BKG> {pnr}`,
    `telex|SPEDITION ABHOLUNG ++ ABSENDER {NU} ++ TEL {PHONEI} ++ LIEFERADRESSE {ADDRU} ++ SENDUNG {track}`,
    `telex|1.{LF} MRS 2.{LF2} MR\nOSI LH CTCM {PHONEI}\nOSI LH CTCE {EMAILU}`,
    `mail|> Am {date} schrieb {N} <{email}>:\n> Hallo, könnten Sie die Rechnung nochmal schicken?\n\nHallo, anbei. Bitte prüfen, ob die IBAN {IBAN} noch stimmt.\n\n--\n{N2}\nTel. {PHONE2}`,
    `mail|Von meinem iPhone gesendet\n\n-----Ursprüngliche Nachricht-----\nVon: {N} <{email}>\nGesendet: {date}\nBetreff: AW: Wohnung\n\n> Kaution bitte an {IBAN}`,
    `mail|AW: AW: WG: Termin\n\n> {F} schrieb:\n>> hast du die Nummer von {N2}?\n> ja: {PHONE2}\n\nDanke!! 🙏`,
    `rev|★★★★★ {F} war super, hat unser WLAN in 20 min repariert! gerne wieder 👍`,
    `rev|1 Stern. Die Dame am Empfang ({F}) war unfreundlich. Zimmer {~214|308}, Aufenthalt {date}. Nie wieder <brand|Motel One~Ibis~B&B Hotel>.`,
    `rev|Arztbewertung: Dr. {L} nimmt sich Zeit, Sprechstundenhilfe {F2} immer freundlich. Parken bei <brand|Edeka~Rewe> nebenan geht gar nicht`,
    `mix|Hey {F}, can you send me die Adresse? Ich glaub es ist {ADDR} aber not sure lol`,
    `mix|sorry für das denglisch 😅 my name is {N}, ich bin neu im team, reach me at {email} oder {PHONE}`,
    `mix|kurzes update: client {N} (geb. {DOB}) hat den contract unterschrieben, kick-off am {date} 👍`,
    `emoji|🎂🎉 Alles Gute {F}!!! 🥳 kaum zu glauben, geboren am {DOB} und immer noch so jung 😂💕`,
    `chat|[{time}] {f}: hier der token fürs staging, nicht weitergeben 🙈 {GHTOKEN}\n[{time}] {f2}: danke`,
    `chat|{F}: der slack bot geht nicht, nutze grad {SLACK}\n{F2}: <not_name|Alter>, sofort rotieren 😭`,
    `chat|kurz meine .env reinkopiert:\nAWS_ACCESS_KEY_ID={AWSKEY}\nAWS_SECRET_ACCESS_KEY={SECRET}\nsry für die tippfehler`,
    `chat|login-token aus dem netzwerk-tab: {JWT} — user {email}, ip {IP}`,
    `post|{N} · {city}\nProfil: {URL} · suche neuen Job ab {date} <hashtag|#opentowork>`,
    `sms|Doctolib: Termin bestätigt für {N} am {date} um {time} bei Dr. {L2}. Absagen: {LINK}`,
    `at|Servus {F}, passt eh, überweis ma die {price} auf {IBAN}, baba 👋`,
  ],
  fr: [
    `vm|[messagerie] oui bonjour c'est {n} je vous rappelle au {PHONEN} merci au revoir`,
    `vm|[message vocal transcrit] allo {f} c moi {f2} euh rappelle moi au {PHONEN} c pour samedi bisous`,
    `vm|transcription messagerie ({~0:41|1:05}) : bonjour madame je suis {n} née le {dob} j'appelle pour mon dossier de retraite merci de me rappeler au {PHONEN}`,
    `vm|message vocal ({time}) : coucou {f} c'est moi euh appelle moi sur le fixe {PHONEN} mon portable est mort`,
    `stt|conseiller : {brand} bonjour, {F2} à votre écoute\nclient : oui bonjour c'est {n}, j'ai un souci de prélèvement\nconseiller : votre date de naissance ?\nclient : {dob}\nconseiller : et l'adresse mail ?\nclient : {email}`,
    `stt|[transcription auto] la cliente dit qu'elle a déménagé au {addr} et veut recevoir le courrier là-bas`,
    `stt|appelant : oui alors mon numéro de carte c'est {CARD} et euh expiration <plain_date|douze vingt-six~zéro quatre vingt-sept> au nom de {NU}`,
    `stt|locuteur 1 : à quel numéro je peux vous joindre\nlocuteur 2 : le portable {PHONEN} ou le bureau {PHONEI2} après {time}\nlocuteur 1 : et vous êtes madame {l} c'est ça\nlocuteur 2 : voilà`,
    `note|clt {NU} appel pr double prélèvement {price} le {date}. ddn vérifiée {DOB}. rappel au {PHONE}`,
    `note|CLT ÉNERVÉ!! colis {track} pas reçu, livré selon Colissimo. nvelle adr : {ADDR}. transmis à {F2} (N2)`,
    `note|appel de mme {l} (fille de {N2}), pas de procuration, aucune info donnée. mail du clt : {email2}`,
    `note|mandat SEPA pris par tél : titulaire {N}, IBAN {IBAN}, réf {ref}`,
    `note|Rappel demandé : M. {L}, {PHONE}, pour résiliation au {date}. N° client {order}`,
    `note|paiement par tél, carte {CARD} exp <plain_date|04/27~11/26~09/28>, titulaire {n}. NE PAS noter le cryptogramme`,
    `note|ticket IT : {N} ({email}) n'arrive pas à se connecter au VPN, IP client {IP}, v6 {IPSIX}, version {ver}`,
    `note|relais colis : paquet au nom de {FL} retiré sur présentation CNI, née le {DOB}. tél {PHONE}`,
    `sms|coucou {f} c moi, mon iban pr le remboursement : {IBAN} bisous`,
    `sms|slt c {f}, nouveau numéro 📱 {PHONE} efface l'ancien stp`,
    `sms|mdr {f} a ENCORE changé de numéro : {PHONE} 🙄`,
    `sms|Bonjour {F}, votre livreur {F2} arrive dans 5 min. Message : "je suis en bas, code porte ? sinon appelez moi {PHONEN}"`,
    `sms|Doctolib : RDV confirmé pour {N} le {date} à {time} chez Dr {L2}. Pour annuler : {LINK}`,
    `wa|[{time}] {F}: tu peux m'envoyer ton rib pour les vacances ? 🏖\n[{time}] {F2}: oui tiens {IBAN} 🙏\n[{time}] {F}: top merci`,
    `wa|[{date} {time}] {N}: qui vient samedi ?? c'est au {ADDR}, sonnez à {LU} 🔔`,
    `wa|Résidence les Tilleuls 🏢\n{N}: Bonsoir à tous, quelqu'un a récupéré mon colis <brand|Chronopost~Mondial Relay> ?? merci de m'appeler au {PHONE}`,
    `tg|Telegram · {N}\nsalut à tous, je vends mon {~vélo|canapé|iPhone} {price}, à récupérer sur {city}. intéressé ? {PHONE} ou {email}`,
    `lbc|Leboncoin - messagerie\n» Bonjour, toujours dispo ?\n« oui, passez {~demain|ce soir} vers {time}, c'est au {ADDR}, interphone {LU}. {F}`,
    `post|Merci à {F} du magasin {brand} de {city} qui a sauvé mon tel en 10 min 🙌 <hashtag|#serviceclient>`,
    `post|<handle|@SNCF~@SNCFVoyageurs~@TER_HDF> TGV supprimé ce matin, remboursement toujours pas reçu. répondez à {email} svp. {F}`,
    `post|PERDU 🐶 chien <not_name|Biscotte~Filou~Oscar> depuis le {date} vers {ADDR}. Contactez {F} au {PHONE} <hashtag|#chienperdu>`,
    `post|Quelqu'un a trouvé un portefeuille à la gare de {city} ?? Sur la carte d'identité c'est marqué {NU} 😅 MP ou {PHONE} <hashtag|#objettrouvé>`,
    `forum|Re: Livebox qui décroche\n\nCitation de {N} le {date} :\n> firmware {ver} ne change rien\n\npareil chez moi. IP publique {IP} si un modo du support passe. A+ {F2}`,
    `forum|Bonjour à tous, problème résolu : Chronopost avait mon ancienne adresse ({ADDR}). Merci ! {F}`,
    `forum|Vends coffret <title|Le Fabuleux Destin d'Amélie Poulain~Intouchables~Astérix et Obélix : Mission Cléopâtre> {price}, Lydia ou virement, contact {email}, envoi depuis {city}`,
    `ocr|FORMULAlRE D'lNSCRIPTION\nNom : {LU}   Prénom : {F}\nDate de naissance : {DOB}\nAdresse : {ADDR}\nTé1éphone : {PHONE}\nCourrie1 : {email}`,
    `ocr|CARTE NATIONALE D'IDENTITÉ\nNom : {LU}\nPrénom(s) : {FU}\nNé(e) le : {DOB}\nà : <place|PARIS~LYON~LILLE~NANTES>`,
    `ocr|Madame, Monsieur {L},\nNous avons bien mis à jour vos coordonnées bancaires ({IBAN}).\nVeui11ez agréer nos salutations distinguées.\n{FL2}\nService clients`,
    `ocr|BULLETIN DE PAIE {~03|07|11}/2024 — Salarié : {LUF} — IBAN {IBAN} — Net à payer {price}`,
    `ocr|RELEVÉ D'lDENTlTÉ BANCAlRE\nTitulaire {LUF}\nIBAN {IBAN}\nBIC <bic|BNPAFRPPXXX~CRLYFRPPXXX~AGRIFRPP>\nÉdité le {date}`,
    `hand|[manuscrit] nom : {n} tél : {PHONEN} en cas d'urgence : {~maman|mon frère|mon mari} {N2} {PHONEN2}`,
    `hand|Mot sur le pare-brise : "désolé j'ai touché votre rétro !! appelez moi {F} {PHONE}"`,
    `hand|fiche d'inscription (manuscrite)\nnom : {n}\nnée le : {dob}\nadresse : {addr}\nmail : {email}`,
    `telex|RMKS PAX {LF} MRS CTC {PHONEI} <telex|FLT> {flight} <telex|PNR> {pnr}`,
    `telex|ENLEVEMENT ++ EXPEDITEUR {NU} ++ TEL {PHONEI} ++ ADRESSE LIVRAISON {ADDRU} ++ COLIS {track}`,
    `telex|1.{LF} MR 2.{LF2} MRS\nOSI AF CTCM {PHONEI}\nOSI AF CTCE {EMAILU}`,
    `mail|> Le {date}, {N} <{email}> a écrit :\n> Bonjour, pouvez-vous renvoyer la facture ?\n\nBonjour, ci-joint. Vérifiez que l'IBAN {IBAN} est toujours bon.\n\n--\n{N2}\nTél. {PHONE2}`,
    `mail|Envoyé de mon iPhone\n\n-----Message d'origine-----\nDe : {N} <{email}>\nEnvoyé : {date}\nObjet : RE: appart\n\n> la caution sur {IBAN} svp`,
    `mail|TR: RE: RE: rdv\n\n> {F} a écrit :\n>> t'as le numéro de {N2} ?\n> oui : {PHONE2}\n\nmerci !! 🙏`,
    `rev|★★★★★ {F} au top, il a réparé notre box en 20 min ! je recommande 👍`,
    `rev|1 étoile. La dame de l'accueil ({F}) était désagréable. Chambre {~214|308}, séjour du {date}. Plus jamais <brand|Ibis~Campanile~Kyriad>.`,
    `rev|Avis : Dr {L} prend le temps, la secrétaire {F2} toujours gentille. Se garer au <brand|Carrefour~Leclerc> à côté c'est l'enfer`,
    `mix|Hey {F}, tu peux m'envoyer l'address ? je crois que c'est {ADDR} but not sure lol`,
    `mix|désolée pour le franglais 😅 my name is {N}, je suis nouvelle dans la team, contact me at {email} ou {PHONE}`,
    `mix|petit update : le client {N} (né le {DOB}) a signé le contract, kick-off le {date} 👍`,
    `emoji|🎂🎉 Joyeux anniv {F} !!! 🥳 née le {DOB} et toujours aussi jeune 😂💕`,
    `chat|[{time}] {f}: voilà le token pour la préprod, le partage pas 🙈 {GHTOKEN}\n[{time}] {f2}: merci`,
    `chat|{F}: le bot slack marche pas, j'utilise {SLACK} en attendant\n{F2}: <not_name|Wesh> change-le tout de suite 😭`,
    `chat|je colle mon .env vite fait\nAWS_ACCESS_KEY_ID={AWSKEY}\nAWS_SECRET_ACCESS_KEY={SECRET}\ndsl pour les fautes`,
    `chat|token de login récupéré dans l'onglet réseau : {JWT} — user {email}, ip {IP}`,
    `post|{N} · {city}\nmon profil : {URL} — dispo dès le {date} <hashtag|#opentowork>`,
    `be|Salut {F}, tu sais me virer les {price} sur {IBAN} ? on se voit à la friterie, à tantôt 👋`,
  ],
  es: [
    `vm|[buzón de voz] hola buenas soy {n} le llamo por lo del pedido mi número es el {PHONEN} gracias`,
    `vm|[nota de voz transcrita] oye {f} soy {f2} ehh llámame al {PHONEN} es por lo del sábado besos`,
    `vm|transcripción buzón ({~0:39|1:02}): buenos días mi nombre es {n} nací el {dob} llamo por lo de mi pensión por favor llámenme al {PHONEN}`,
    `vm|nota de voz ({time}): hola {f} soy yo eh llámame al fijo {PHONEN} que el móvil está muerto`,
    `stt|agente: {brand} buenas tardes le atiende {F2}\ncliente: sí hola soy {n}, tengo un problema con un cargo\nagente: ¿fecha de nacimiento?\ncliente: {dob}\nagente: ¿y el correo?\ncliente: {email}`,
    `stt|[transcripción automática] la clienta dice que se mudó a {addr} y quiere recibir las cartas ahí`,
    `stt|llamante: sí mi número de tarjeta es {CARD} y eh caduca <plain_date|doce veintiséis~cero cuatro veintisiete> a nombre de {NU}`,
    `stt|hablante 1: ¿a qué número le llamo?\nhablante 2: al móvil {PHONEN} o a la oficina {PHONEI2} después de las {time}\nhablante 1: y usted es la señora {l} ¿verdad?\nhablante 2: eso es`,
    `note|clte {NU} llama x doble cargo {price} el {date}. fnac verificada {DOB}. devolver llamada al {PHONE}`,
    `note|CLTE ENFADADO!! paquete {track} no recibido, según Correos entregado. nueva dir: {ADDR}. pasado a {F2} (N2)`,
    `note|llamada de la sra. {l} (hija de {N2}), sin autorización, no se da info. email del clte: {email2}`,
    `note|domiciliación tomada por tlf: titular {N}, IBAN {IBAN}, ref {ref}`,
    `note|Solicita llamada: Sr. {L}, {PHONE}, baja a partir del {date}. N.º cliente {order}`,
    `note|pago por tlf, tarjeta {CARD} cad. <plain_date|04/27~11/26~09/28>, titular {n}. NO anotar el CVV`,
    `note|ticket IT: {N} ({email}) no puede entrar a la VPN, IP cliente {IP}, v6 {IPSIX}, versión {ver}`,
    `note|punto de recogida: paquete a nombre de {NU} retirado con DNI, f. nac. {DOB}. tlf {PHONE}`,
    `sms|hola {F}!! 😂 te paso mi correo {EMAIL} y mi dirección {ADDR}`,
    `sms|q tal soy {f}, número nuevo 📱 {PHONE} borra el otro porfa`,
    `sms|jajaja {f} cambió OTRA VEZ de número: {PHONE} 🙄`,
    `sms|Hola {F}, tu repartidor {F2} llega en 5 min. Mensaje: "estoy abajo, no funciona el portero, llámame al {PHONEN}"`,
    `wa|[{time}] {F}: me pasas tu IBAN para lo del viaje? 🏖\n[{time}] {F2}: sii {IBAN} 🙏\n[{time}] {F}: gracias guapa`,
    `wa|[{date} {time}] {N}: quién viene el sábado?? es en {ADDR}, pregunten por {L} 🔔`,
    `wa|Comunidad de vecinos 🏢\n{N}: Buenas noches, alguien ha cogido mi paquete de <brand|SEUR~MRW~Amazon>? llamadme al {PHONE} porfa, gracias`,
    `tg|Telegram · {N}\nbuenas, vendo mi {~bici|sofá|iPhone} por {price}, recogida en {city}. interesados {PHONE} o {email}`,
    `wallapop|Wallapop - chat\n» Hola, ¿sigue disponible?\n« sí, pásate {~mañana|esta tarde} a las {time}, es en {ADDR}, timbre {LU}. {F}`,
    `post|Gracias a {F} de la tienda {brand} de {city}, me arregló el móvil en 10 min 🙌 <hashtag|#atencionalcliente>`,
    `post|<handle|@Renfe~@Iberia~@CorreosAtiende> tren cancelado y sin reembolso, respondan a {email} por favor. {F}`,
    `post|SE BUSCA 🐶 perrita <not_name|Canela~Lola~Luna> desde el {date} cerca de {ADDR}. Llamar a {F} al {PHONE} <hashtag|#perroperdido>`,
    `post|¿Alguien encontró una cartera en la estación de {city}? En el DNI pone {NU} 😅 MD o {PHONE} <hashtag|#objetosperdidos>`,
    `forum|Re: el router se desconecta\n\nCita de {N} el {date}:\n> el firmware {ver} no arregla nada\n\nigual aquí. IP pública {IP} por si algún moderador de soporte lo ve. Saludos {F2}`,
    `forum|Hola a todos, resuelto: SEUR tenía mi dirección antigua ({ADDR}). ¡Gracias! {F}`,
    `forum|Vendo <title|La casa de papel~El laberinto del fauno~Roma> edición coleccionista {price}, Bizum o transferencia, contacto {email}, envío desde {city}`,
    `ocr|SOLlCITUD DE ALTA\nNombre y ape11idos: {NU}\nFecha de nacimiento: {DOB}\nDomici1io: {ADDR}\nTe1éfono: {PHONE}\nCorreo: {email}`,
    `ocr|DOCUMENTO NACIONAL DE IDENTIDAD\nAPELLIDOS {LU}\nNOMBRE {FU}\nFECHA DE NACIMIENTO {DOB}\nLUGAR <place|MADRID~SEVILLA~VALENCIA~BILBAO>`,
    `ocr|Estimado/a Sr./Sra. {L}:\nLe confirmamos el cambio de su cuenta bancaria a {IBAN}.\nAtentamente,\n{N2}\nAtención al C1iente`,
    `ocr|NÓMINA {~03|07|11}/2024 — Trabajador: {NU} — IBAN {IBAN} — Líquido a percibir {price}`,
    `ocr|CERTIFICADO DE TITULARIDAD\nTitular {NU}\nIBAN {IBAN}\nBIC <bic|CAIXESBBXXX~BBVAESMMXXX~BSCHESMMXXX>\nFecha {date}`,
    `hand|[manuscrito] nombre: {n} tlf: {PHONEN} en caso de emergencia: {~mamá|mi hermano|mi marido} {N2} {PHONEN2}`,
    `hand|Nota en el parabrisas: "perdón, le di al retrovisor!! llámeme {F} {PHONE}"`,
    `hand|ficha de inscripción (a mano)\nnombre: {n}\nf. nac.: {dob}\ndirección: {addr}\ncorreo: {email}`,
    `telex|RMKS PAX {LF} MRS CTC {PHONEI} <telex|FLT> {flight} <telex|PNR> {pnr}`,
    `telex|RECOGIDA ++ REMITENTE {NU} ++ TEL {PHONEI} ++ DIR ENTREGA {ADDRU} ++ ENVIO {track}`,
    `telex|1.{LF} MR 2.{LF2} MRS\nOSI IB CTCM {PHONEI}\nOSI IB CTCE {EMAILU}`,
    `mail|> El {date}, {N} <{email}> escribió:\n> Hola, ¿me pueden reenviar la factura?\n\nHola, adjunta. Comprueben que el IBAN {IBAN} sigue siendo correcto.\n\n--\n{N2}\nTel. {PHONE2}`,
    `mail|Enviado desde mi iPhone\n\n-----Mensaje original-----\nDe: {N} <{email}>\nEnviado: {date}\nAsunto: RE: piso\n\n> la fianza a {IBAN} porfa`,
    `mail|RV: RE: RE: cita\n\n> {F} escribió:\n>> ¿tienes el número de {N2}?\n> sí: {PHONE2}\n\n¡gracias! 🙏`,
    `rev|★★★★★ {F} un crack, nos arregló el wifi en 20 min! lo recomiendo 👍`,
    `rev|1 estrella. La chica de recepción ({F}) fue muy borde. Habitación {~214|308}, estancia del {date}. Nunca más <brand|NH~Meliá~Ibis>.`,
    `rev|Opinión: la Dra. {L} te escucha, y la enfermera {F2} siempre amable. Aparcar al lado del <brand|Mercadona~Carrefour> es imposible`,
    `mix|Hey {F}, me mandas la address? creo que es {ADDR} but not sure jaja`,
    `mix|perdón por el spanglish 😅 my name is {N}, soy nueva en el team, contact me at {email} o {PHONE}`,
    `mix|update rápido: el cliente {N} (nacido el {DOB}) firmó el contract, kick-off el {date} 👍`,
    `emoji|🎂🎉 Feliz cumple {F}!!! 🥳 naciste el {DOB} y sigues igual de guapa 😂💕`,
    `chat|[{time}] {f}: aquí el token para preproducción, no lo compartas 🙈 {GHTOKEN}\n[{time}] {f2}: gracias`,
    `chat|{F}: el bot de slack no va, uso {SLACK} mientras\n{F2}: <not_name|Tío~Güey> cámbialo YA 😭`,
    `chat|pego mi .env rapidito\nAWS_ACCESS_KEY_ID={AWSKEY}\nAWS_SECRET_ACCESS_KEY={SECRET}\nperdón por las faltas`,
    `chat|token del login sacado de la pestaña red: {JWT} — usuario {email}, ip {IP}`,
    `post|{N} · {city}\nmi perfil: {URL} — disponible desde el {date} <hashtag|#opentowork>`,
    `sms|Doctoralia: cita confirmada para {N} el {date} a las {time} con la Dra. {L2}. Cancelar: {LINK}`,
    `mx|Oye {F}, ya te deposité en el OXXO, ahí va la foto 📸 cualquier cosa márcame al {PHONE}, saludos a {F2}`,
    `mx|qué onda {f}, ahí te va mi número {PHONE} y mi correo {email}, nos vemos en el <brand|OXXO~Sanborns> de la esquina 🌮`,
  ],
};

const NEG: Record<Lang, string[]> = {
  en: [
    `post|so <handle|@support~@AmazonHelp> still nothing, order {order} stuck since {date} <hashtag|#fail~#MondayMotivation>`,
    `telex|<telex|FLT> {flight} <telex|ETA> {time} <telex|GATE> B{seat} <telex|PAX> {~142|96|188} <telex|CONF> {pnr} RMKS <telex|WCHR> X2 <telex|OK>`,
    `sms|Your {brand} order {order} has shipped! Track: {track}. Est. delivery {date}`,
    `post|<hashtag|#MondayMotivation> grind never stops 💪 gym at {time} then work <hashtag|#NoExcuses> <handle|@nike~@gymshark>`,
    `forum|Updated to {ver} and now the app crashes on launch. build {ver}, log id {uuid}. anyone??`,
    `rev|⭐⭐⭐⭐ <title|Barbie~Oppenheimer~Top Gun: Maverick> was great, popcorn {price} though 😳 <brand|AMC~Cineworld~Odeon>`,
    `note|test card {cardx} declined as expected (invalid), sandbox only. txn {sha}`,
    `ocr|INV0ICE No. {order}\nDate {date}\nTota1 due {price}\nIBAN (examp1e, invalid) {ibanx}`,
    `stt|caller asked about <brand|Alexa~Siri> not connecting, tried at {time} and {time}, firmware {ver}. no account details given`,
    `chat|deploy {sha} went out at {ts}, request id {uuid}, p95 back to normal 🚀`,
    `post|<not_name|Karen> energy at the <brand|Starbucks~Walmart> in {city} today lmaooo <hashtag|#retail~#customerservice>`,
    `sms|{brand}: Ur parcel {track} is out for delivery between {time}-{time}. Reply STOP to opt out`,
    `hand|tracking # {track}, ref {ref}, {price} paid cash {date} - front desk`,
    `note|ssn field had {ssnx} — invalid, rejected by form validator, asked cust to re-enter on portal`,
    `post|<handle|@deutschebahn~@Ryanair> lost my connection in <place|Frankfurt~Dublin~Stansted> again 🙃 <hashtag|#travelfail~#neveragain>`,
  ],
  de: [
    `post|<handle|@DB_Bahn~@DB_Info> <train|ICE 578~ICE 1021~RE 7> hat 40 min Verspätung, danke für nix <hashtag|#bahnchaos>`,
    `telex|<telex|FLT> {flight} <telex|ETA> {time} <telex|PAX> {~156|88|201} <telex|CONF> {pnr} <telex|RMKS> <telex|WCHR> X1 <telex|ACK>`,
    `sms|Ihre {brand}-Bestellung {order} wurde versandt. Sendungsnr. {track}, Zustellung voraussichtlich {date}.`,
    `post|<hashtag|#Montagsmotivation> erstmal Kaffee ☕ um {time} Training, danach Büro <hashtag|#keineausreden> <handle|@adidas_de~@zalando>`,
    `forum|Nach Update auf {ver} stürzt die App ab. Build {ver}, Log-ID {uuid}. Jemand ne Idee?`,
    `rev|⭐⭐⭐⭐ <title|Das Boot~Der Schuh des Manitu~Barbie> im Kino war super, aber Popcorn für {price} 😳`,
    `note|Testkarte {cardx} wie erwartet abgelehnt (ungültig), nur Sandbox. TX {sha}`,
    `ocr|RECHNUNG Nr. {order}\nDatum {date}\nGesamtbetrag {price}\nMuster-IBAN (ungü1tig) {ibanx}`,
    `stt|anruferin fragt wegen <brand|Alexa~Siri>, verbindet sich nicht, versucht um {time} und {time}, firmware {ver}. keine kundendaten genannt`,
    `chat|deploy {sha} um {ts} raus, request-id {uuid}, alles grün 🚀`,
    `post|<not_name|Digga~Alter> der Typ bei <brand|Lidl~Aldi> in {city} heute 😂😂 <hashtag|#einzelhandel>`,
    `sms|{brand}: Ihr Paket {track} kommt heute zwischen {time} und {time}. Abmelden mit STOP`,
    `hand|Paketschein {track}, Ref. {ref}, {price} bar bezahlt am {date}`,
    `post|<handle|@oebb~@SBB_CFF_FFS> Zug in <place|Linz~Innsbruck~Zürich HB~Salzburg> gestrichen, Ersatzbus um {time} 🙃 <hashtag|#öffis>`,
  ],
  fr: [
    `post|<handle|@SNCF~@SNCFVoyageurs> train supprimé ce matin à {time} <hashtag|#grève>`,
    `telex|<telex|FLT> {flight} <telex|ETA> {time} <telex|PAX> {~156|88|201} <telex|CONF> {pnr} <telex|RMKS> <telex|WCHR> X1 <telex|ACK>`,
    `sms|Votre commande {brand} {order} a été expédiée. N° de suivi {track}, livraison prévue le {date}.`,
    `post|<hashtag|#MotivationDuLundi> café ☕ sport à {time} puis taf <hashtag|#NoExcuses> <handle|@decathlonfr~@Fnac>`,
    `forum|Depuis la mise à jour {ver} l'appli plante au démarrage. build {ver}, id log {uuid}. une idée ?`,
    `rev|⭐⭐⭐⭐ <title|Intouchables~Le Comte de Monte-Cristo~Barbie> au ciné c'était top mais le pop-corn à {price} 😳`,
    `note|carte de test {cardx} refusée comme prévu (invalide), sandbox uniquement. tx {sha}`,
    `ocr|FACTURE N° {order}\nDate {date}\nTotal TTC {price}\nIBAN exemp1e (non valide) {ibanx}`,
    `stt|l'appelante demande pour <brand|Alexa~Siri> qui ne se connecte pas, essayé à {time} et {time}, firmware {ver}, aucune donnée perso`,
    `chat|déploiement {sha} à {ts}, request id {uuid}, tout est vert 🚀`,
    `post|<not_name|Wesh~Frérot> le gars au <brand|Carrefour~Monoprix> de {city} aujourd'hui 😂 <hashtag|#jpp>`,
    `sms|{brand} : votre colis {track} sera livré aujourd'hui entre {time} et {time}.`,
    `hand|bordereau {track}, réf {ref}, {price} payé en espèces le {date}`,
    `post|<handle|@STIBMIVB~@SNCB> tram bloqué à <place|Bruxelles-Midi~Liège-Guillemins~Namur> depuis {time} 🙃 <hashtag|#mobilité>`,
  ],
  es: [
    `post|<handle|@Renfe~@CorreosAtiende> pedido {order} sin llegar desde el {date} <hashtag|#indignada>`,
    `telex|<telex|FLT> {flight} <telex|ETA> {time} <telex|PAX> {~156|88|201} <telex|CONF> {pnr} <telex|RMKS> <telex|WCHR> X1 <telex|ACK>`,
    `sms|Tu pedido de {brand} {order} ha sido enviado. N.º de seguimiento {track}, entrega prevista el {date}.`,
    `post|<hashtag|#LunesDeMotivación> café ☕ gym a las {time} y a currar <hashtag|#sinexcusas> <handle|@Decathlon_ES~@ZARA>`,
    `forum|Desde la actualización {ver} la app se cierra al abrir. build {ver}, id de log {uuid}. ¿alguna idea?`,
    `rev|⭐⭐⭐⭐ <title|Campeones~Ocho apellidos vascos~Barbie> en el cine genial, pero las palomitas a {price} 😳`,
    `note|tarjeta de prueba {cardx} rechazada como se esperaba (inválida), solo sandbox. tx {sha}`,
    `ocr|FACTURA N.º {order}\nFecha {date}\nTotal {price}\nIBAN de ejemp1o (no válido) {ibanx}`,
    `stt|la llamante pregunta por <brand|Alexa~Siri> que no conecta, probó a las {time} y a las {time}, firmware {ver}, sin datos personales`,
    `chat|despliegue {sha} a las {ts}, request id {uuid}, todo en verde 🚀`,
    `post|<not_name|Tío~Güey> el pavo del <brand|Mercadona~OXXO> de {city} hoy 😂😂 <hashtag|#nomepuedocreer>`,
    `sms|{brand}: tu paquete {track} llegará hoy entre las {time} y las {time}. Responde BAJA para no recibir avisos`,
    `hand|albarán {track}, ref {ref}, {price} pagado en efectivo el {date}`,
    `post|<handle|@MetroCDMX~@metro_madrid> otra vez parado en <place|Pino Suárez~Sol~Nuevos Ministerios~Tacubaya> desde las {time} 🙃 <hashtag|#movilidad>`,
  ],
};

// ---------------------------------------------------------------------------------------------

interface Tpl {
  key: string;
  body: string;
}

function keyed(lang: Lang, list: readonly string[], suffix: string): Tpl[] {
  const counts = new Map<string, number>();
  return list.map((entry) => {
    const bar = entry.indexOf('|');
    const genre = entry.slice(0, bar) + suffix;
    const n = (counts.get(genre) ?? 0) + 1;
    counts.set(genre, n);
    return { key: `${lang}:${genre}${n}`, body: entry.slice(bar + 1) };
  });
}

/** Genres tied to one country (Austrian, Belgian, Mexican, British slang). */
const GENRE_COUNTRY: Record<string, Country> = {
  'en:uk': 'GB',
  'de:at': 'AT',
  'fr:be': 'BE',
  'es:mx': 'MX',
};

export function generateHeldout17(n = 2000): Heldout17Record[] {
  const rng = mulberry32(0x17a11e);
  const langs: readonly Lang[] = ['en', 'de', 'fr', 'es'];
  const ent = Object.fromEntries(langs.map((l) => [l, keyed(l, ENT[l], '')])) as Record<
    Lang,
    Tpl[]
  >;
  const neg = Object.fromEntries(langs.map((l) => [l, keyed(l, NEG[l], 'neg')])) as Record<
    Lang,
    Tpl[]
  >;
  const out: Heldout17Record[] = [];
  for (let i = 0; i < n; i++) {
    const lang = langs[i % 4]!;
    const negOnly = rng() < 0.185;
    const tpl = pick(rng, negOnly ? neg[lang] : ent[lang]);
    let country = GENRE_COUNTRY[tpl.key.replace(/\d+$/, '')] ?? pick(rng, LANG_COUNTRIES[lang]);
    if (tpl.body.includes('{SSN') || tpl.body.includes('{ssnx')) country = 'US';
    const ctx: Ctx = { rng, lang, country, persons: [], memo: new Map() };
    const r = render(ctx, tpl.body);
    out.push({
      id: `h17-${pad(i + 1, 4)}`,
      lang,
      template: tpl.key,
      text: r.text,
      entities: r.entities,
      negatives: r.negatives,
    });
  }
  return out;
}

export const _internal = { luhnOk, ibanOk, ssnValid, phoneValid, LANG_COUNTRIES };
