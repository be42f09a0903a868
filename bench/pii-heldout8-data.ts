/**
 * Generator for `bench/pii-heldout8.ts`: a blind held-out set of 2,000 labelled texts (500 each in
 * English, German, French and Spanish) in the genres of public services and regulated life —
 * healthcare, education, legal and real estate, local government, banking and insurance, travel —
 * plus developer artefacts that leak data. Written from the developer corpus README's labelling
 * conventions only. Every value is built at run time from a seeded PRNG and seeded
 * @faker-js/faker instances; span offsets are recorded while each text is assembled, never by
 * searching the finished text.
 */
import {
  Faker,
  base,
  de,
  de_AT,
  de_CH,
  en,
  en_GB,
  es,
  es_MX,
  fr,
  fr_BE,
  fr_CH,
  fr_LU,
} from '@faker-js/faker';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import type { HeldoutRecord, Lang } from './pii-heldout-data.js';

export interface Heldout8Span extends Span {
  readonly source?: 'listed' | 'invented';
}

export interface Heldout8Record extends HeldoutRecord {
  readonly entities: Heldout8Span[];
}

type Src = 'listed' | 'invented';
type Country =
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
  | 'LU'
  | 'CHF'
  | 'ES'
  | 'MX'
  | 'AR'
  | 'CO';

// ---------------------------------------------------------------------------------------------
// Seeded randomness

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
    const out = [...a];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const tmp = out[i]!;
      out[i] = out[j]!;
      out[j] = tmp;
    }
    return out;
  }
  /** Weighted choice: [[weight, value], …]. */
  wpick<T>(items: readonly (readonly [number, T])[]): T {
    let total = 0;
    for (const [w] of items) total += w;
    let x = this.next() * total;
    for (const [w, v] of items) {
      x -= w;
      if (x < 0) return v;
    }
    return items[items.length - 1]![1];
  }
}

/** A word list written as one "a|b|c" string (keeps long lists compact). */
const w = (s: string): string[] => s.split('|');

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
const B62 = UPPER + LOWER + DIG;
const HEX = '0123456789abcdef';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64 = B62 + '+/';
const B64URL = B62 + '-_';

// ---------------------------------------------------------------------------------------------
// Text assembly with offsets recorded on the fly

interface Tok {
  readonly t: string;
  readonly v: string;
  readonly src?: Src;
  readonly neg?: true;
}
type Piece = string | Tok | null | undefined | false;

const E = (t: string, v: string): Tok => ({ t, v });
const N = (kind: string, v: string): Tok => ({ t: kind, v, neg: true });

class Doc {
  text = '';
  readonly ents: Heldout8Span[] = [];
  readonly negs: { kind: string; start: number; end: number }[] = [];
  private put(p: Piece): void {
    if (p === null || p === undefined || p === false) return;
    if (typeof p === 'string') {
      this.text += p;
      return;
    }
    const start = this.text.length;
    this.text += p.v;
    const end = this.text.length;
    if (p.neg) this.negs.push({ kind: p.t, start, end });
    else if (p.src) this.ents.push({ type: p.t, start, end, source: p.src });
    else this.ents.push({ type: p.t, start, end });
  }
  /** Append pieces. */
  a(...ps: Piece[]): this {
    for (const p of ps) this.put(p);
    return this;
  }
  /** Append pieces and a line break. */
  l(...ps: Piece[]): this {
    this.a(...ps);
    this.text += '\n';
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Context

interface Ctx {
  readonly r: Rng;
  readonly lang: Lang;
  readonly country: Country;
  readonly fk: (c: Country) => Faker;
  /** A new person (default: from the record's country). */
  readonly person: (opt?: PersonOpt) => Person;
}

interface PersonOpt {
  readonly country?: Country;
  readonly sex?: 'f' | 'm';
  readonly invented?: boolean;
  readonly middle?: boolean;
}

const COUNTRIES: Record<Lang, readonly (readonly [number, Country])[]> = {
  en: [
    [40, 'US'],
    [25, 'UK'],
    [11, 'IE'],
    [12, 'CA'],
    [12, 'AU'],
  ],
  de: [
    [58, 'DE'],
    [22, 'AT'],
    [20, 'CH'],
  ],
  fr: [
    [60, 'FR'],
    [22, 'BE'],
    [9, 'LU'],
    [9, 'CHF'],
  ],
  es: [
    [50, 'ES'],
    [24, 'MX'],
    [14, 'AR'],
    [12, 'CO'],
  ],
};

const COUNTRY_LANG: Record<Country, Lang> = {
  US: 'en',
  UK: 'en',
  IE: 'en',
  CA: 'en',
  AU: 'en',
  DE: 'de',
  AT: 'de',
  CH: 'de',
  FR: 'fr',
  BE: 'fr',
  LU: 'fr',
  CHF: 'fr',
  ES: 'es',
  MX: 'es',
  AR: 'es',
  CO: 'es',
};

const ascii = (s: string): string =>
  s
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

const slug = (s: string): string =>
  ascii(s)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

// ---------------------------------------------------------------------------------------------
// Persons

interface Person {
  readonly first: string;
  readonly middle?: string;
  readonly last: string;
  readonly src: Src;
  readonly sex: 'f' | 'm';
  readonly country: Country;
}

type Form =
  | 'full'
  | 'middle'
  | 'mid_init'
  | 'last_first'
  | 'initial'
  | 'first'
  | 'last'
  | 'caps'
  | 'caps_last_first'
  | 'last_caps_first'
  | 'first_caps_last'
  | 'lower'
  | 'lower_first';

const initialOf = (first: string): string =>
  first
    .split('-')
    .map((p) => `${p[0] ?? ''}.`)
    .join('-');

function nameText(p: Person, form: Form): string {
  switch (form) {
    case 'full':
      return `${p.first} ${p.last}`;
    case 'middle':
      return p.middle ? `${p.first} ${p.middle} ${p.last}` : `${p.first} ${p.last}`;
    case 'mid_init':
      return p.middle ? `${p.first} ${p.middle[0] ?? ''}. ${p.last}` : `${p.first} ${p.last}`;
    case 'last_first':
      return `${p.last}, ${p.first}`;
    case 'initial':
      return `${initialOf(p.first)} ${p.last}`;
    case 'first':
      return p.first;
    case 'last':
      return p.last;
    case 'caps':
      return `${p.first} ${p.last}`.toUpperCase();
    case 'caps_last_first':
      return `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`;
    case 'last_caps_first':
      return `${p.last.toUpperCase()} ${p.first}`;
    case 'first_caps_last':
      return `${p.first} ${p.last.toUpperCase()}`;
    case 'lower':
      return `${p.first} ${p.last}`.toLowerCase();
    case 'lower_first':
      return p.first.toLowerCase();
  }
}

/** A PERSON token in the given form. */
const nm = (p: Person, form: Form = 'full'): Tok => ({
  t: 'PERSON',
  v: nameText(p, form),
  src: p.src,
});

// Syllables for invented names, per language: [first-name starts, female ends, male ends, surname starts, surname ends]
const SYL: Record<Lang, readonly (readonly string[])[]> = {
  en: [
    w('Bran|Cal|Dar|El|Fen|Gar|Hal|Jor|Kel|Lor|Mar|Nor|Per|Ros|Tam|Wil|Bri|Cor|Dev|Ash'),
    w('lyn|issa|ette|elle|ina|wen|ora|anne|ley|icia'),
    w('den|ric|ton|wyn|ford|vin|rick|ston|gan|ley'),
    w(
      'Ash|Brad|Corn|Dun|Ell|Fair|Hart|Kings|Mel|Penn|Rad|Stan|Thorn|Whit|Bex|Cald|Garr|Hol|Lud|Quen',
    ),
    w('bury|well|wick|combe|more|ridge|worth|ham|shaw|lock|stead|croft|thorpe'),
  ],
  de: [
    w('Al|Bern|Det|Eck|Gis|Har|Ing|Ku|Lud|Mech|Ort|Rai|Sieg|Ul|Wal|Win|Hil|Ger|Ros|Ans'),
    w('hild|lind|trud|gard|burga|heid|wine|linde|rune|mut'),
    w('bert|mar|rich|wig|helm|bald|hold|mund|win|fried'),
    w(
      'Ams|Bal|Dorn|Eber|Feld|Grün|Hasel|Kirch|Lang|Moos|Rein|Stein|Wei|Tann|Ulm|Brach|Quell|Sperl|Trost|Zell',
    ),
    w(
      'bacher|huber|meier|inger|ecker|reiter|hofer|brunner|egger|mayr|stetter|wanger|leitner|berger',
    ),
  ],
  fr: [
    w('Ar|Bé|Cor|Del|Éli|Flo|Gau|Isa|Jo|Lau|Mar|Oc|Phi|Rom|Sé|Va|Ber|Clo|Gé|Ma'),
    w('line|elle|ette|ienne|ane|ise|aure|ence|ilde|otte'),
    w('bert|ain|ric|ien|mond|ard|ert|in|aud|ance'),
    w('Beau|Ber|Cha|Des|Du|Four|Gar|Lam|Mal|Mor|Pel|Rou|Tho|Val|Bri|Cou|Fon|Gré|Lar|Tré'),
    w('champ|nier|ard|ot|eau|ier|vin|ville|lin|court|mont|rac|zat|ssac'),
  ],
  es: [
    w('Al|Bel|Cris|Dami|Esta|Fer|Gra|Is|Leo|Mar|Nor|Os|Ra|Sil|Teo|Val|Ana|Ro|Eva|Cle'),
    w('ela|ina|encia|isa|onia|ira|ena|ilda|ecia|ía'),
    w('berto|ino|ano|ado|iro|ando|encio|ardo|emio|uro'),
    w('Al|Bar|Cal|Cor|Es|Gal|Lor|Mon|Ol|Pra|Quin|Sal|Ter|Val|Zu|Ur|Bel|Tor|Ca|Mu'),
    w('varez|ández|aga|era|illa|edo|uelo|ueta|arte|ino|ales|ados|ueña|iaga'),
  ],
};

const PARTICLES: Record<Lang, readonly string[]> = {
  en: ['Van ', 'De ', 'Di ', 'Le '],
  de: ['von ', 'van der ', 'von der ', 'zu ', 'van '],
  fr: ['de ', 'Le ', 'du ', 'de La ', 'Van '],
  es: ['de la ', 'del ', 'de ', 'de los '],
};

interface Names {
  /** Per-country fakers for places (streets). */
  readonly fakers: Record<Country, Faker>;
  /** Per-country fakers for person names: only the en, en_GB, de, de_AT, de_CH, fr, fr_BE, es, es_MX lists. */
  readonly people: Record<Country, Faker>;
  readonly listed: Set<string>;
}

function makeNames(seed: number): Names {
  const mk = (locales: Faker['rawDefinitions'][], k: number): Faker => {
    const f = new Faker({ locale: [...locales, base] });
    f.seed(seed * 31 + k);
    return f;
  };
  const fakers: Record<Country, Faker> = {
    US: mk([en], 1),
    UK: mk([en_GB, en], 2),
    IE: mk([en_GB, en], 3),
    CA: mk([en], 4),
    AU: mk([en], 5),
    DE: mk([de, en], 6),
    AT: mk([de_AT, de, en], 7),
    CH: mk([de_CH, de, en], 8),
    FR: mk([fr, en], 9),
    BE: mk([fr_BE, fr, en], 10),
    LU: mk([fr_LU, fr, en], 11),
    CHF: mk([fr_CH, fr, en], 12),
    ES: mk([es, en], 13),
    MX: mk([es_MX, es, en], 14),
    AR: mk([es_MX, es, en], 15),
    CO: mk([es_MX, es, en], 16),
  };
  const people: Record<Country, Faker> = {
    ...fakers,
    LU: mk([fr, en], 17),
    CHF: mk([fr, en], 18),
  };
  const listed = new Set<string>();
  for (const loc of [en, en_GB, de, de_AT, de_CH, fr, fr_BE, fr_CH, fr_LU, es, es_MX]) {
    const p = loc.person;
    if (!p) continue;
    const fn = p.first_name;
    const ln = p.last_name;
    for (const list of [fn?.generic, fn?.female, fn?.male, ln?.generic, ln?.female, ln?.male]) {
      for (const v of list ?? []) listed.add(v.toLowerCase());
    }
    for (const list of [p.middle_name?.generic, p.middle_name?.female, p.middle_name?.male]) {
      for (const v of list ?? []) listed.add(v.toLowerCase());
    }
  }
  return { fakers, people, listed };
}

function inventWord(
  r: Rng,
  starts: readonly string[],
  ends: readonly string[],
  listed: Set<string>,
): string {
  for (let i = 0; i < 40; i++) {
    const a = r.pick(starts);
    const b = r.pick(ends);
    // no vowel-vowel or tripled-letter joints ("Teoemio", "Elllyn"): they read as typos
    const V = /[aeiouyàâäéèêëíïîóôöúùûü]/i;
    if (V.test(a.slice(-1)) && V.test(b[0] ?? '')) continue;
    const w = a + b;
    if (/(.)\1\1/i.test(w)) continue;
    if (!listed.has(w.toLowerCase()) && w.length >= 4) return w;
  }
  return r.pick(starts) + r.pick(ends) + r.pick(['a', 'o', 'e']);
}

const cleanListed = (s: string): string => s.trim().replace(/\s+/g, ' ');

function makePerson(r: Rng, names: Names, country: Country, opt: PersonOpt = {}): Person {
  const lang = COUNTRY_LANG[country];
  const sex = opt.sex ?? (r.chance(0.5) ? 'f' : 'm');
  const invented = opt.invented ?? r.chance(0.25);
  const wantMiddle = opt.middle ?? r.chance(lang === 'en' ? 0.22 : 0.12);
  const f = names.people[country];
  let first: string;
  let last: string;
  let middle: string | undefined;
  if (invented) {
    const [fs, fe, me, ls, le] = SYL[lang] as [string[], string[], string[], string[], string[]];
    first = inventWord(r, fs, sex === 'f' ? fe : me, names.listed);
    last = inventWord(r, ls, le, names.listed);
    if (lang === 'es' && r.chance(0.55)) last += ' ' + inventWord(r, ls, le, names.listed);
    if (wantMiddle) middle = inventWord(r, fs, sex === 'f' ? fe : me, names.listed);
    if (r.chance(0.07)) last = r.pick(PARTICLES[lang]) + last;
  } else {
    first = cleanListed(f.person.firstName(sex === 'f' ? 'female' : 'male'));
    last = cleanListed(f.person.lastName());
    if (lang === 'es' && !last.includes(' ') && r.chance(0.6))
      last += ' ' + cleanListed(f.person.lastName());
    // faker's Spanish patterns can yield "X de Y"; never end on a dangling particle
    while (/ (de|del|la|las|los|y)$/i.test(last)) last = last.replace(/ \S+$/, '');
    if (wantMiddle) {
      middle =
        lang === 'en'
          ? cleanListed(f.person.middleName())
          : cleanListed(f.person.firstName(sex === 'f' ? 'female' : 'male'));
      if (middle === first) middle = undefined;
    }
    const roll = r.next();
    if (
      (lang === 'de' || lang === 'fr') &&
      roll < 0.08 &&
      !last.includes('-') &&
      !last.includes(' ')
    ) {
      last = `${last}-${cleanListed(f.person.lastName()).split(' ')[0] ?? 'Meier'}`;
    } else if (roll > 0.93 && !last.includes(' ')) {
      last = r.pick(PARTICLES[lang]) + last;
    }
    if (lang === 'fr' && middle && r.chance(0.5)) {
      first = `${first}-${middle}`;
      middle = undefined;
    }
  }
  const p: Person = middle
    ? { first, middle, last, src: invented ? 'invented' : 'listed', sex, country }
    : { first, last, src: invented ? 'invented' : 'listed', sex, country };
  return p;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers (national formats, with and without country code)

function ukLocal(r: Rng): [string, string] {
  // [national, international-without-plus-prefix]
  const kind = r.int(0, 5);
  if (kind <= 1) {
    const n = `7${r.int(3, 9)}${r.digits(2)}`;
    const s = r.digits(6);
    return [`0${n} ${s}`, `7${n.slice(1)} ${s}`];
  }
  if (kind === 2) {
    const a = `${r.pick(['7', '8'])}${r.digits(3)}`;
    const b = r.digits(4);
    return [`020 ${a} ${b}`, `20 ${a} ${b}`];
  }
  const area = r.pick(w('161|121|113|141|131|117|114|151|191|115'));
  const a = `${r.int(2, 9)}${r.digits(2)}`;
  const b = r.digits(4);
  return [`0${area} ${a} ${b}`, `${area} ${a} ${b}`];
}

function phone(c: Ctx, country: Country = c.country, mobile?: boolean): string {
  const r = c.r;
  const mob = mobile ?? r.chance(0.5);
  switch (country) {
    case 'US':
    case 'CA': {
      const area =
        country === 'US'
          ? r.pick(w('212|312|415|617|206|303|512|404|713|305|602|919|612|503|702|971|720'))
          : r.pick(w('416|604|514|403|613|780|902|204|647|587'));
      let ex = `${r.int(2, 9)}${r.digits(2)}`;
      if (ex[1] === '1' && ex[2] === '1') ex = `${ex[0] ?? '2'}20`;
      const ln = r.digits(4);
      return r.pick([
        `(${area}) ${ex}-${ln}`,
        `${area}-${ex}-${ln}`,
        `${area}.${ex}.${ln}`,
        `+1 ${area} ${ex} ${ln}`,
        `+1-${area}-${ex}-${ln}`,
        `+1 (${area}) ${ex}-${ln}`,
        `1-${area}-${ex}-${ln}`,
        `${area} ${ex} ${ln}`,
      ]);
    }
    case 'UK': {
      const [nat, intl] = ukLocal(r);
      return r.pick([nat, nat, `+44 ${intl}`, `+44 (0)${intl}`]);
    }
    case 'IE': {
      if (mob) {
        const p = r.pick(['83', '85', '86', '87', '89']);
        const a = r.digits(3);
        const b = r.digits(4);
        return r.pick([
          `0${p} ${a} ${b}`,
          `+353 ${p} ${a} ${b}`,
          `0${p}-${a}${b}`,
          `+353${p}${a}${b}`,
        ]);
      }
      const [area, n] = r.pick([
        ['1', 7],
        ['21', 7],
        ['91', 6],
        ['61', 6],
      ] as const);
      const sub = r.digits(n);
      const sp =
        n === 7 ? `${sub.slice(0, 3)} ${sub.slice(3)}` : `${sub.slice(0, 2)} ${sub.slice(2)}`;
      return r.pick([`0${area} ${sp}`, `+353 ${area} ${sp}`, `(0${area}) ${sp}`]);
    }
    case 'AU': {
      if (mob) {
        const a = `4${r.digits(2)}`;
        const b = r.digits(3);
        const d = r.digits(3);
        return r.pick([
          `0${a} ${b} ${d}`,
          `+61 ${a} ${b} ${d}`,
          `0${a}${b}${d}`,
          `+61 ${a}${b}${d}`,
        ]);
      }
      const area = r.pick(['2', '3', '7', '8']);
      const a = r.digits(4);
      const b = r.digits(4);
      return r.pick([`(0${area}) ${a} ${b}`, `0${area} ${a} ${b}`, `+61 ${area} ${a} ${b}`]);
    }
    case 'DE': {
      if (mob) {
        const p = r.pick(w('151|152|157|160|162|170|171|172|175|176|177|178|179'));
        const s = r.digits(r.int(7, 8));
        return r.pick([
          `0${p} ${s}`,
          `+49 ${p} ${s}`,
          `0${p}/${s}`,
          `+49 (0)${p} ${s.slice(0, 3)} ${s.slice(3)}`,
          `0${p}-${s}`,
        ]);
      }
      const area = r.pick(w('30|40|89|221|69|711|211|351|341|511|911|228|6221|761'));
      const s = `${r.int(2, 9)}${r.digits(Math.max(4, 8 - area.length))}`;
      return r.pick([
        `0${area} ${s}`,
        `0${area}/${s}`,
        `+49 ${area} ${s}`,
        `+49 (0)${area} ${s}`,
        `(0${area}) ${s}`,
        `0${area} ${s.slice(0, 3)} ${s.slice(3)}`,
        `0${area}-${s}`,
      ]);
    }
    case 'AT': {
      if (mob) {
        const p = r.pick(w('664|660|676|699|650|681'));
        const s = r.digits(7);
        return r.pick([
          `0${p} ${s}`,
          `+43 ${p} ${s}`,
          `+43 ${p} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
          `0${p}/${s}`,
        ]);
      }
      const area = r.pick(w('1|316|732|662|512|463'));
      const s = `${r.int(2, 9)}${r.digits(area === '1' ? 6 : 5)}`;
      return r.pick([`0${area} ${s}`, `+43 ${area} ${s}`, `+43 (0)${area} ${s}`, `0${area}/${s}`]);
    }
    case 'CH':
    case 'CHF': {
      const p = mob
        ? r.pick(['76', '77', '78', '79'])
        : country === 'CH'
          ? r.pick(w('44|31|61|41|71|52'))
          : r.pick(['22', '21', '32', '27', '26']);
      const s = `${r.int(2, 9)}${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
      return r.pick([`0${p} ${s}`, `+41 ${p} ${s}`, `+41 (0)${p} ${s}`, `0${p} ${s}`]);
    }
    case 'FR': {
      const p = mob ? r.pick(['6', '7']) : r.pick(w('1|2|3|4|5|9'));
      const g = [r.digits(2), r.digits(2), r.digits(2), r.digits(2)];
      const sep = r.pick(w(' | | |.||-'));
      return r.pick([
        `0${p}${sep}${g.join(sep)}`,
        `0${p}${sep}${g.join(sep)}`,
        `+33 ${p} ${g.join(' ')}`,
        `+33 (0)${p} ${g.join(' ')}`,
        `+33${p}${g.join('')}`,
      ]);
    }
    case 'BE': {
      if (mob) {
        const p = `4${r.pick(['7', '8', '9'])}${r.digits(1)}`;
        const s = `${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
        return r.pick([
          `0${p} ${s}`,
          `+32 ${p} ${s}`,
          `0${p}/${s.replace(/ /g, '.')}`,
          `+32${p}${s.replace(/ /g, '')}`,
        ]);
      }
      const p = r.pick(w('2|4|3|81|71|10'));
      const s =
        p.length === 1
          ? `${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`
          : `${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
      return r.pick([`0${p} ${s}`, `+32 ${p} ${s}`, `0${p}/${s.replace(/ /, '.')}`]);
    }
    case 'LU': {
      if (mob) {
        const p = r.pick(['621', '661', '691', '671']);
        const s = `${r.digits(3)} ${r.digits(3)}`;
        return r.pick([
          `+352 ${p} ${s}`,
          `${p} ${s}`,
          `(+352) ${p} ${s}`,
          `00352 ${p}${s.replace(' ', '')}`,
        ]);
      }
      const s = `${r.pick(w('26|27|44|45|48|49'))} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
      return r.pick([`+352 ${s}`, s, `(+352) ${s}`]);
    }
    case 'ES': {
      if (mob) {
        const a = r.chance(0.8) ? `6${r.digits(2)}` : `7${r.int(1, 4)}${r.digits(1)}`;
        const rest = r.digits(6);
        return r.pick([
          `${a} ${rest.slice(0, 3)} ${rest.slice(3)}`,
          `+34 ${a} ${rest.slice(0, 3)} ${rest.slice(3)}`,
          `${a} ${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4)}`,
          `+34 ${a}${rest}`,
          `(+34) ${a} ${rest.slice(0, 3)} ${rest.slice(3)}`,
        ]);
      }
      const pre = r.pick(w('91|93|96|95|94|98|97'));
      const rest = r.digits(7);
      return r.pick([
        `${pre}${rest.slice(0, 1)} ${rest.slice(1, 4)} ${rest.slice(4)}`,
        `${pre} ${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`,
        `+34 ${pre}${rest.slice(0, 1)} ${rest.slice(1, 4)} ${rest.slice(4)}`,
        `+34 ${pre} ${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`,
      ]);
    }
    case 'MX': {
      const area = r.pick(w('55|33|81|222|442|999|664'));
      const n = r.digits(10 - area.length);
      const sp =
        area.length === 2 ? `${n.slice(0, 4)} ${n.slice(4)}` : `${n.slice(0, 3)} ${n.slice(3)}`;
      return r.pick([
        `${area} ${sp}`,
        `+52 ${area} ${sp}`,
        `(${area}) ${sp.replace(' ', '-')}`,
        `+52 1 ${area} ${sp}`,
        `+52${area}${n}`,
      ]);
    }
    case 'AR': {
      const area = r.pick(['11', '11', '351', '341', '261']);
      const n = r.digits(10 - area.length);
      const sp = `${n.slice(0, n.length - 4)}-${n.slice(n.length - 4)}`;
      return mob
        ? r.pick([`+54 9 ${area} ${sp}`, `${area} ${sp}`, `+549${area}${n}`])
        : r.pick([`0${area} ${sp}`, `+54 ${area} ${sp}`, `(0${area}) ${sp}`]);
    }
    case 'CO': {
      if (mob) {
        const a = `3${r.pick(['0', '1', '2', '5'])}${r.digits(1)}`;
        const n = r.digits(7);
        return r.pick([
          `${a} ${n.slice(0, 3)} ${n.slice(3)}`,
          `+57 ${a} ${n.slice(0, 3)} ${n.slice(3)}`,
          `+57 ${a}${n}`,
          `(+57) ${a} ${n}`,
        ]);
      }
      const a = r.pick(['601', '604', '602', '605']);
      const n = r.digits(7);
      return r.pick([
        `${a} ${n.slice(0, 3)} ${n.slice(3)}`,
        `+57 ${a} ${n.slice(0, 3)} ${n.slice(3)}`,
        `(${a}) ${n}`,
      ]);
    }
  }
}

const PH = (c: Ctx, country?: Country, mobile?: boolean): Tok =>
  E('PHONE', phone(c, country, mobile));

// ---------------------------------------------------------------------------------------------
// Street addresses (one line: street through postcode/town, never a newline inside)

const UP_POST = 'ABDEFGHJLNPQRSTUWXYZ';

function address(c: Ctx, country: Country = c.country): string {
  const r = c.r;
  const f = c.fk(country);
  switch (country) {
    case 'US': {
      const [city, st, zp] = r.pick([
        ['Springfield', 'IL', '627'],
        ['Austin', 'TX', '787'],
        ['Portland', 'OR', '972'],
        ['Columbus', 'OH', '432'],
        ['Boston', 'MA', '021'],
        ['Denver', 'CO', '802'],
        ['Seattle', 'WA', '981'],
        ['Raleigh', 'NC', '276'],
        ['Madison', 'WI', '537'],
        ['Tucson', 'AZ', '857'],
        ['Albany', 'NY', '122'],
        ['Richmond', 'VA', '232'],
        ['Ann Arbor', 'MI', '481'],
        ['Savannah', 'GA', '314'],
      ] as const);
      const street = r.pick(
        w(
          'Maple Ave|Oak Street|Elm St|Lakeview Drive|Cedar Lane|Pine Road|Park Avenue|Main Street|Highland Ave|Riverside Dr|Hillcrest Road|Walnut Street|Chestnut St|W 4th St|N Broadway|Sycamore Ct',
        ),
      );
      const unit = r.pick(w('|||, Apt 4B| Apt. 12|, Suite 210| #3|, Unit 7'));
      const zip = `${zp}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`;
      return `${r.int(10, 9899)} ${street}${unit}, ${city}, ${st} ${zip}`;
    }
    case 'UK': {
      const [town, pa] = r.pick([
        ['Leeds', 'LS'],
        ['Manchester', 'M'],
        ['London', 'SE'],
        ['London', 'N'],
        ['Birmingham', 'B'],
        ['Edinburgh', 'EH'],
        ['Bristol', 'BS'],
        ['Cardiff', 'CF'],
        ['Nottingham', 'NG'],
        ['Glasgow', 'G'],
        ['Oxford', 'OX'],
        ['York', 'YO'],
        ['Norwich', 'NR'],
      ] as const);
      const pc = `${pa}${r.int(1, 19)} ${r.int(1, 9)}${r.chars(2, UP_POST)}`;
      const street = r.pick(
        w(
          'Kingsway|High Street|Church Lane|Station Road|Mill Lane|Park Terrace|Manor Close|Grange Avenue|Cavendish Place|Beech Grove|Hawthorn Crescent|Orchard Way',
        ),
      );
      const flat = r.chance(0.25) ? `Flat ${r.int(1, 24)}, ` : '';
      return r.pick([
        `${flat}${r.int(1, 220)} ${street}, ${town} ${pc}`,
        `${flat}${r.int(1, 220)} ${street}, ${town}, ${pc}`,
      ]);
    }
    case 'IE': {
      const [area, rk] = r.pick([
        ['Ranelagh, Dublin 6', 'D06'],
        ['Ballsbridge, Dublin 4', 'D04'],
        ['Douglas, Cork', 'T12'],
        ['Salthill, Galway', 'H91'],
        ['Castletroy, Limerick', 'V94'],
        ['Blackrock, Co. Dublin', 'A94'],
        ['Drumcondra, Dublin 9', 'D09'],
      ] as const);
      const street = r.pick(
        w(
          'Seafield Road|Main Street|Church View|Oakley Park|Marine Drive|Castle Avenue|Ashgrove Lawn',
        ),
      );
      return `${r.int(1, 140)} ${street}, ${area}, ${rk} ${r.chars(1, 'ACDEFHKNPRTVWXY')}${r.digits(1)}${r.chars(2, 'ACDEFHKNPRTVWXY0123456789')}`;
    }
    case 'CA': {
      const [city, prov, l1] = r.pick([
        ['Toronto', 'ON', 'M'],
        ['Vancouver', 'BC', 'V'],
        ['Montréal', 'QC', 'H'],
        ['Calgary', 'AB', 'T'],
        ['Ottawa', 'ON', 'K'],
        ['Halifax', 'NS', 'B'],
        ['Winnipeg', 'MB', 'R'],
      ] as const);
      const L = 'ABCEGHJKLMNPRSTVXY';
      const pc = `${l1}${r.digits(1)}${r.chars(1, L)} ${r.digits(1)}${r.chars(1, L)}${r.digits(1)}`;
      const street = r.pick(
        w(
          'Queen St W|Bloor Street|Maple Crescent|Robson St|Rue Saint-Denis|Jasper Ave|Portage Avenue|Spring Garden Rd',
        ),
      );
      const unit = r.chance(0.3) ? `${r.int(101, 2204)}-` : '';
      return `${unit}${r.int(10, 4999)} ${street}, ${city}, ${prov} ${pc}`;
    }
    case 'AU': {
      const [sub, st, pc] = r.pick([
        ['Surry Hills', 'NSW', '2010'],
        ['Fitzroy', 'VIC', '3065'],
        ['Fortitude Valley', 'QLD', '4006'],
        ['Subiaco', 'WA', '6008'],
        ['Glenelg', 'SA', '5045'],
        ['Newtown', 'NSW', '2042'],
        ['Carlton', 'VIC', '3053'],
        ['Kingston', 'ACT', '2604'],
        ['Sandy Bay', 'TAS', '7005'],
      ] as const);
      const street = r.pick(
        w(
          'George St|Crown Street|Brunswick St|Hay Street|Jetty Road|King Street|Lygon St|Canberra Ave',
        ),
      );
      const unit = r.chance(0.3)
        ? `${r.int(1, 30)}/`
        : r.chance(0.2)
          ? `Unit ${r.int(1, 12)}, `
          : '';
      return `${unit}${r.int(1, 480)} ${street}, ${sub} ${st} ${pc}`;
    }
    case 'DE': {
      const [city, plz] = r.pick([
        ['Berlin', '10'],
        ['Hamburg', '22'],
        ['München', '80'],
        ['Köln', '50'],
        ['Frankfurt am Main', '60'],
        ['Stuttgart', '70'],
        ['Leipzig', '04'],
        ['Dresden', '01'],
        ['Hannover', '30'],
        ['Nürnberg', '90'],
        ['Bremen', '28'],
        ['Freiburg im Breisgau', '79'],
        ['Münster', '48'],
      ] as const);
      const street = r.chance(0.5)
        ? f.location.street()
        : r.pick(
            w(
              'Lindenstraße|Hauptstr.|Am Mühlbach|Bahnhofstraße|Schillerplatz|Gartenweg|Kastanienallee|Bergstraße|Im Winkel|Rosenstr.|Lessingstraße|Ringstraße',
            ),
          );
      const num = `${r.int(1, 140)}${r.pick(w('|||a|b| c'))}`;
      return `${street} ${num}, ${plz}${r.digits(3)} ${city}`;
    }
    case 'AT': {
      const [city, plz] = r.pick([
        ['Wien', `1${pad(r.int(1, 23))}0`],
        ['Graz', '8010'],
        ['Linz', '4020'],
        ['Salzburg', '5020'],
        ['Innsbruck', '6020'],
        ['Klagenfurt', '9020'],
      ] as const);
      const street = r.chance(0.5)
        ? f.location.street()
        : r.pick(
            w(
              'Mariahilfer Straße|Landstraßer Hauptstraße|Gußhausstraße|Herrengasse|Linzer Gasse|Annenstraße',
            ),
          );
      const num = r.pick([
        `${r.int(1, 90)}`,
        `${r.int(1, 90)}/${r.int(1, 4)}/${r.int(1, 28)}`,
        `${r.int(1, 90)}/Top ${r.int(1, 30)}`,
      ]);
      return `${street} ${num}, ${plz} ${city}`;
    }
    case 'CH': {
      const [city, plz] = r.pick([
        ['Zürich', `80${pad(r.int(1, 57))}`],
        ['Bern', `30${pad(r.int(1, 27))}`],
        ['Basel', `40${pad(r.int(1, 58))}`],
        ['Luzern', '6003'],
        ['St. Gallen', '9000'],
        ['Winterthur', '8400'],
      ] as const);
      const street = r.chance(0.5)
        ? f.location.street()
        : r.pick(w('Bahnhofstrasse|Seefeldstrasse|Kramgasse|Spalenberg|Pilatusstrasse|Marktgasse'));
      return `${street} ${r.int(1, 120)}, ${r.chance(0.2) ? 'CH-' : ''}${plz} ${city}`;
    }
    case 'FR': {
      const [cp, ville] = r.pick([
        ['750' + pad(r.int(1, 20)), 'Paris'],
        [`6900${r.int(1, 9)}`, 'Lyon'],
        ['130' + pad(r.int(1, 16)), 'Marseille'],
        ['31000', 'Toulouse'],
        ['33000', 'Bordeaux'],
        ['44000', 'Nantes'],
        ['59000', 'Lille'],
        ['67000', 'Strasbourg'],
        ['35000', 'Rennes'],
        ['34000', 'Montpellier'],
        ['06000', 'Nice'],
        ['21000', 'Dijon'],
        ['37000', 'Tours'],
      ] as const);
      const street = r.chance(0.35)
        ? f.location.street()
        : r.pick(
            w(
              'rue de la République|avenue Victor-Hugo|boulevard Voltaire|rue des Lilas|place de la Mairie|rue du Faubourg Saint-Antoine|allée des Tilleuls|chemin des Vignes|rue Pasteur|quai de la Loire|impasse des Rosiers|rue Nationale|cours Lafayette',
            ),
          );
      const pre = r.pick([
        '',
        '',
        '',
        `Bât. ${r.pick(['A', 'B', 'C'])}, `,
        `Appt ${r.int(1, 60)}, `,
        'Résidence Les Pins, ',
      ]);
      return `${pre}${r.int(1, 180)}${r.pick(['', '', '', ' bis', ' ter'])} ${street}, ${cp} ${ville}`;
    }
    case 'BE': {
      const [cp, ville] = r.pick([
        ['1000', 'Bruxelles'],
        ['1050', 'Ixelles'],
        ['1180', 'Uccle'],
        ['4000', 'Liège'],
        ['5000', 'Namur'],
        ['6000', 'Charleroi'],
        ['1348', 'Louvain-la-Neuve'],
        ['7000', 'Mons'],
      ] as const);
      const street = r.pick([
        'Rue de la Loi',
        'Avenue Louise',
        'Chaussée de Waterloo',
        'Rue Haute',
        "Boulevard d'Avroy",
        'Rue des Carmes',
        'Rue de Fer',
        'Avenue de Tervueren',
        'Rue Saint-Gilles',
      ]);
      return `${street} ${r.int(1, 260)}${r.pick(['', '', '/3', ' bte 12', ' boîte 4'])}, ${cp} ${ville}`;
    }
    case 'LU': {
      const [cp, ville] = r.pick([
        [`L-${r.int(1009, 2999)}`, 'Luxembourg'],
        ['L-4002', 'Esch-sur-Alzette'],
        ['L-9010', 'Ettelbruck'],
        ['L-3401', 'Dudelange'],
        ['L-8005', 'Bertrange'],
      ] as const);
      const street = r.pick([
        'rue de Hollerich',
        'boulevard Royal',
        'avenue de la Gare',
        "route d'Arlon",
        'rue du Fort Neipperg',
        'rue de Luxembourg',
        'Grand-Rue',
      ]);
      return `${r.int(1, 120)}, ${street}, ${cp} ${ville}`;
    }
    case 'CHF': {
      const [cp, ville] = r.pick([
        ['1201', 'Genève'],
        ['1205', 'Genève'],
        ['1003', 'Lausanne'],
        ['2000', 'Neuchâtel'],
        ['1950', 'Sion'],
        ['1700', 'Fribourg'],
      ] as const);
      const street = r.chance(0.4)
        ? f.location.street()
        : r.pick(
            w(
              'Rue du Rhône|Avenue de la Gare|Chemin des Crêts|Rue de Lausanne|Route de Chêne|Boulevard Carl-Vogt',
            ),
          );
      return `${street} ${r.int(1, 90)}, ${r.chance(0.2) ? 'CH-' : ''}${cp} ${ville}`;
    }
    case 'ES': {
      const [pre, city] = r.pick([
        ['28', 'Madrid'],
        ['08', 'Barcelona'],
        ['46', 'Valencia'],
        ['41', 'Sevilla'],
        ['29', 'Málaga'],
        ['48', 'Bilbao'],
        ['50', 'Zaragoza'],
        ['15', 'A Coruña'],
        ['33', 'Oviedo'],
        ['30', 'Murcia'],
        ['18', 'Granada'],
        ['07', 'Palma'],
      ] as const);
      const cp = `${pre}0${pad(r.int(1, 80))}`;
      const street = r.chance(0.3)
        ? f.location.street()
        : r.pick(
            w(
              'Calle Mayor|C/ de Alcalá|Avenida de la Constitución|Calle del Carmen|Paseo de Gracia|Avda. Diagonal|Calle Real|C/ San Vicente|Calle Larios|Calle Colón|Ronda de Segovia|Calle de Toledo',
            ),
          );
      const piso = r.pick([
        '',
        `, ${r.int(1, 9)}º ${r.pick(w('A|B|C|D|izda.|dcha.'))}`,
        `, ${r.int(1, 6)}.º ${r.int(1, 4)}.ª`,
        ', bajo',
        ', ático',
      ]);
      return r.pick([
        `${street}, ${r.int(1, 220)}${piso}, ${cp} ${city}`,
        `${street} ${r.int(1, 220)}${piso}, ${cp} ${city}`,
      ]);
    }
    case 'MX': {
      const [col, cp, city] = r.pick([
        ['Roma Norte', '067' + pad(r.int(0, 99)), 'Ciudad de México, CDMX'],
        ['Condesa', '06140', 'Ciudad de México, CDMX'],
        ['Del Valle', '031' + pad(r.int(0, 99)), 'Ciudad de México, CDMX'],
        ['Polanco', '11560', 'Ciudad de México, CDMX'],
        ['Americana', '44160', 'Guadalajara, Jalisco'],
        ['Obispado', '64060', 'Monterrey, Nuevo León'],
        ['La Paz', '72160', 'Puebla, Puebla'],
      ] as const);
      const street = r.pick(
        w(
          'Av. Insurgentes Sur|Calle Durango|Av. Álvaro Obregón|Calle Tonalá|Av. Chapultepec|Calle Morelos|Av. Hidalgo|Calle Guadalupe Victoria',
        ),
      );
      const int = r.pick(['', '', ` Int. ${r.int(1, 12)}`, ` Depto. ${r.int(101, 804)}`]);
      return `${street} ${r.int(10, 2400)}${int}, Col. ${col}, ${r.pick(['C.P. ', ''])}${cp} ${city}`;
    }
    case 'AR': {
      const [cpa, city] = r.pick([
        [`C${r.int(1000, 1499)}${r.chars(3, UPPER)}`, 'CABA'],
        [`S${r.int(2000, 2001)}${r.chars(3, UPPER)}`, 'Rosario, Santa Fe'],
        [`X${r.int(5000, 5012)}${r.chars(3, UPPER)}`, 'Córdoba'],
        [`M${r.int(5500, 5502)}${r.chars(3, UPPER)}`, 'Mendoza'],
      ] as const);
      const street = r.pick(
        w(
          'Av. Corrientes|Av. Santa Fe|Calle Florida|Bv. Oroño|Av. Colón|Calle San Martín|Av. Rivadavia|Calle Tucumán',
        ),
      );
      const piso = r.pick([
        '',
        `, piso ${r.int(1, 14)} dpto. ${r.pick(['A', 'B', 'C', 'D'])}`,
        ` ${r.int(1, 9)}°${r.pick(['A', 'B'])}`,
      ]);
      return `${street} ${r.int(100, 5800)}${piso}, ${cpa} ${city}`;
    }
    case 'CO': {
      const [cp, city] = r.pick([
        ['1102' + pad(r.int(10, 99)), 'Bogotá'],
        ['1101' + pad(r.int(10, 99)), 'Bogotá'],
        ['0500' + pad(r.int(10, 40)), 'Medellín'],
        ['7600' + pad(r.int(10, 50)), 'Cali'],
        ['0800' + pad(r.int(1, 20)), 'Barranquilla'],
      ] as const);
      const via = r.pick(w('Calle|Carrera|Cra.|Cl.|Av. Calle|Transversal|Diagonal'));
      const a = `${r.int(1, 140)}${r.pick(['', '', 'A', 'B', 'N'])}`;
      return `${via} ${a} # ${r.int(1, 99)}-${r.int(1, 99)}${r.pick(['', `, apto ${r.int(101, 1504)}`, `, oficina ${r.int(201, 902)}`])}, ${cp} ${city}`;
    }
  }
}

const AD = (c: Ctx, country?: Country): Tok => E('STREET_ADDRESS', address(c, country));

// ---------------------------------------------------------------------------------------------
// IBAN (mod-97 valid), cards (Luhn valid), SSN

function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}

const ibanOf = (cc: string, bban: string): string => {
  const check = 98 - mod97(bban + cc + '00');
  return cc + pad(check) + bban;
};

function frRibKey(bank: string, branch: string, acct: string): string {
  const k = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(acct)) % 97);
  return pad(k);
}

function esDc(bank: string, branch: string, acct: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dig = (s: string): number => {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += Number(s[i]) * w[i]!;
    const v = 11 - (sum % 11);
    return v === 11 ? 0 : v === 10 ? 1 : v;
  };
  return `${dig('00' + bank + branch)}${dig(acct)}`;
}

type IbanCc = 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'LU' | 'ES' | 'GB' | 'IE' | 'NL' | 'IT' | 'PT';

function bbanFor(r: Rng, cc: IbanCc): string {
  switch (cc) {
    case 'DE':
      return r.pick(w('10070000|37040044|50010517|20050550|70150000|43060967')) + r.digits(10);
    case 'AT':
      return r.pick(['12000', '20111', '14000', '32000']) + r.digits(11);
    case 'CH':
      return r.pick(['00762', '00235', '80808', '09000']) + r.digits(12);
    case 'FR': {
      const bank = r.pick(['30004', '20041', '30003', '10278', '11315']);
      const branch = r.digits(5);
      const acct = r.digits(11);
      return bank + branch + acct + frRibKey(bank, branch, acct);
    }
    case 'BE': {
      const ten = r.pick(['001', '068', '310', '363', '732']) + r.digits(7);
      const m = Number(ten) % 97;
      return ten + pad(m === 0 ? 97 : m);
    }
    case 'LU':
      return r.pick(['001', '002', '003', '014', '019']) + r.digits(13);
    case 'ES': {
      const bank = r.pick(w('2100|0049|0182|2085|0081|1465'));
      const branch = r.digits(4);
      const acct = r.digits(10);
      return bank + branch + esDc(bank, branch, acct) + acct;
    }
    case 'GB':
      return r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14);
    case 'IE':
      return r.pick(['AIBK', 'BOFI', 'IPBS']) + r.digits(14);
    case 'NL':
      return r.pick(['ABNA', 'RABO', 'INGB', 'TRIO']) + r.digits(10);
    case 'IT':
      return r.chars(1, UPPER) + r.pick(['03069', '02008', '05034']) + r.digits(5) + r.digits(12);
    case 'PT':
      return r.pick(['0035', '0007', '0033']) + r.digits(17);
  }
}

const group4 = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');

function iban(c: Ctx, cc?: IbanCc, grouped?: boolean): string {
  const r = c.r;
  const ccs: Record<Country, readonly IbanCc[]> = {
    US: ['GB', 'IE'],
    UK: ['GB', 'GB', 'IE'],
    IE: ['IE', 'IE', 'GB'],
    CA: ['GB', 'FR'],
    AU: ['GB', 'NL'],
    DE: ['DE', 'DE', 'DE', 'AT', 'NL'],
    AT: ['AT', 'AT', 'DE'],
    CH: ['CH', 'CH', 'DE', 'IT'],
    FR: ['FR', 'FR', 'FR', 'BE', 'IT'],
    BE: ['BE', 'BE', 'FR', 'LU', 'NL'],
    LU: ['LU', 'LU', 'BE', 'FR'],
    CHF: ['CH', 'CH', 'FR'],
    ES: ['ES', 'ES', 'ES', 'PT'],
    MX: ['ES'],
    AR: ['ES'],
    CO: ['ES'],
  };
  const code = cc ?? r.pick(ccs[c.country]);
  const v = ibanOf(code, bbanFor(r, code));
  return (grouped ?? r.chance(0.6)) ? group4(v) : v;
}

/** IBAN shape with wrong check digits. */
function ibanBad(c: Ctx, grouped?: boolean): string {
  const r = c.r;
  const code = r.pick(['DE', 'FR', 'ES', 'AT', 'BE', 'GB', 'CH'] as const);
  const bban = bbanFor(r, code);
  const good = 98 - mod97(bban + code + '00');
  let bad = r.int(2, 97);
  if (bad === good) bad = bad === 97 ? 2 : bad + 1;
  const v = code + pad(bad) + bban;
  return (grouped ?? r.chance(0.6)) ? group4(v) : v;
}

function luhnDigit(payload: string): number {
  let sum = 0;
  let dbl = true;
  for (let i = payload.length - 1; i >= 0; i--) {
    let d = Number(payload[i]);
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return (10 - (sum % 10)) % 10;
}

function cardDigits(r: Rng, valid: boolean): string {
  const brand = r.wpick([
    [40, 'visa'],
    [30, 'mc'],
    [15, 'amex'],
    [10, 'disc'],
    [5, 'mc2'],
  ] as const);
  const prefix =
    brand === 'visa'
      ? '4'
      : brand === 'mc'
        ? `5${r.int(1, 5)}`
        : brand === 'mc2'
          ? String(r.int(2221, 2720))
          : brand === 'amex'
            ? r.pick(['34', '37'])
            : '6011';
  const len = brand === 'amex' ? 15 : 16;
  const payload = prefix + r.digits(len - 1 - prefix.length);
  const ok = luhnDigit(payload);
  const d = valid ? ok : (ok + r.int(1, 9)) % 10;
  return payload + String(d);
}

function fmtCard(r: Rng, digits: string): string {
  const sep = r.pick(['', ' ', ' ', '-', '-']);
  if (digits.length === 15)
    return sep ? [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].join(sep) : digits;
  return sep ? digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`) : digits;
}

const card = (c: Ctx): string => fmtCard(c.r, cardDigits(c.r, true));
const cardLike = (c: Ctx): string => fmtCard(c.r, cardDigits(c.r, false));

function ssn(c: Ctx, valid = true): string {
  const r = c.r;
  let area: number;
  if (valid) {
    area = r.int(1, 899);
    if (area === 666) area = 667;
  } else area = r.pick([0, 666, r.int(900, 999)]);
  const g = valid ? r.int(1, 99) : r.int(0, 99);
  const s = valid ? r.int(1, 9999) : r.int(0, 9999);
  const sep = r.chance(0.85) ? '-' : ' ';
  return `${pad(area, 3)}${sep}${pad(g)}${sep}${pad(s, 4)}`;
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS: Record<Lang, readonly string[]> = {
  en: w('January|February|March|April|May|June|July|August|September|October|November|December'),
  de: w('Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'),
  fr: w('janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'),
  es: w('enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'),
};
const MON3 = w('Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec');

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function ymd(r: Rng, y0: number, y1: number): Ymd {
  const m = r.int(1, 12);
  const dim = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return { y: r.int(y0, y1), m, d: r.int(1, dim) };
}

/** A date in a format common for the language/country. */
function fmtDate(c: Ctx, t: Ymd, country: Country = c.country): string {
  const r = c.r;
  const { y, m, d } = t;
  const lang = COUNTRY_LANG[country];
  const mn = MONTHS[lang][m - 1]!;
  switch (lang) {
    case 'en':
      if (country === 'US')
        return r.pick([
          `${pad(m)}/${pad(d)}/${y}`,
          `${m}/${d}/${y}`,
          `${mn} ${d}, ${y}`,
          `${y}-${pad(m)}-${pad(d)}`,
          `${m}/${d}/${pad(y % 100)}`,
          `${MON3[m - 1]!} ${d}, ${y}`,
        ]);
      return r.pick([
        `${pad(d)}/${pad(m)}/${y}`,
        `${d} ${mn} ${y}`,
        `${y}-${pad(m)}-${pad(d)}`,
        `${pad(d)}-${MON3[m - 1]!}-${y}`,
        `${d} ${MON3[m - 1]!} ${y}`,
      ]);
    case 'de':
      return r.pick([
        `${pad(d)}.${pad(m)}.${y}`,
        `${pad(d)}.${pad(m)}.${y}`,
        `${d}.${m}.${y}`,
        `${d}. ${mn} ${y}`,
        `${y}-${pad(m)}-${pad(d)}`,
        `${pad(d)}.${pad(m)}.${pad(y % 100)}`,
      ]);
    case 'fr':
      return r.pick([
        `${pad(d)}/${pad(m)}/${y}`,
        `${pad(d)}/${pad(m)}/${y}`,
        `${d === 1 ? '1er' : d} ${mn} ${y}`,
        `${y}-${pad(m)}-${pad(d)}`,
        `${pad(d)}.${pad(m)}.${y}`,
      ]);
    case 'es':
      return r.pick([
        `${pad(d)}/${pad(m)}/${y}`,
        `${d}/${m}/${y}`,
        `${d} de ${mn} de ${y}`,
        `${pad(d)}-${pad(m)}-${y}`,
        `${y}-${pad(m)}-${pad(d)}`,
      ]);
  }
}

const DOB = (c: Ctx, y0 = 1938, y1 = 2004, country?: Country): Tok =>
  E('DATE_OF_BIRTH', fmtDate(c, ymd(c.r, y0, y1), country));
const PD = (c: Ctx, y0 = 2024, y1 = 2026, country?: Country): Tok =>
  N('plain_date', fmtDate(c, ymd(c.r, y0, y1), country));
const isoDate = (t: Ymd): string => `${t.y}-${pad(t.m)}-${pad(t.d)}`;

function timestamp(c: Ctx, style?: number): string {
  const r = c.r;
  const t = ymd(r, 2024, 2026);
  const hh = pad(r.int(0, 23));
  const mi = pad(r.int(0, 59));
  const ss = pad(r.int(0, 59));
  switch (style ?? r.int(0, 5)) {
    case 0:
      return `${isoDate(t)}T${hh}:${mi}:${ss}Z`;
    case 1:
      return `${isoDate(t)} ${hh}:${mi}:${ss}`;
    case 2:
      return `${isoDate(t)}T${hh}:${mi}:${ss}.${r.digits(3)}${r.pick(['Z', '+01:00', '+02:00', '-05:00'])}`;
    case 3:
      return String(r.int(1704067200, 1790000000));
    case 4:
      return String(r.int(1704067200, 1790000000)) + r.digits(3);
    default:
      return `${isoDate(t)}T${hh}:${mi}:${ss}.${r.digits(7)}Z`;
  }
}
const TS = (c: Ctx, style?: number): Tok => N('timestamp', timestamp(c, style));

/** Increasing log timestamps (ISO with 7 fractional digits, as CI runners print them). */
function tsClock(c: Ctx): () => Tok {
  let t = Date.UTC(
    c.r.int(2024, 2026),
    c.r.int(0, 11),
    c.r.int(1, 28),
    c.r.int(0, 23),
    c.r.int(0, 59),
    c.r.int(0, 59),
  );
  return () => {
    t += c.r.int(0, 9000);
    return N(
      'timestamp',
      new Date(t)
        .toISOString()
        .replace(/\.(\d{3})Z$/, (_m, ms: string) => `.${ms}${c.r.digits(4)}Z`),
    );
  };
}

/** Increasing chat clock "HH:MM". */
function chatClock(c: Ctx): () => Tok {
  let m = c.r.int(6 * 60, 20 * 60);
  return () => {
    m = Math.min(m + c.r.int(0, 25), 23 * 60 + 59);
    return N('timestamp', `${pad(Math.floor(m / 60))}:${pad(m % 60)}`);
  };
}

// ---------------------------------------------------------------------------------------------
// E-mail, URL, IP

const MAIL_DOMAINS: Record<Country, readonly string[]> = {
  US: w('gmail.com|yahoo.com|outlook.com|icloud.com|comcast.net|aol.com'),
  UK: ['btinternet.com', 'gmail.com', 'outlook.co.uk', 'yahoo.co.uk', 'sky.com'],
  IE: ['eircom.net', 'gmail.com', 'hotmail.ie', 'outlook.ie'],
  CA: ['gmail.com', 'rogers.com', 'shaw.ca', 'videotron.ca', 'outlook.com'],
  AU: ['bigpond.com', 'gmail.com', 'optusnet.com.au', 'outlook.com.au'],
  DE: w('gmx.de|web.de|t-online.de|posteo.de|gmail.com|mailbox.org'),
  AT: ['gmx.at', 'aon.at', 'chello.at', 'gmail.com'],
  CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'gmail.com'],
  FR: w('orange.fr|free.fr|laposte.net|sfr.fr|gmail.com|wanadoo.fr'),
  BE: ['skynet.be', 'telenet.be', 'gmail.com', 'proximus.be'],
  LU: ['pt.lu', 'gmail.com', 'internet.lu'],
  CHF: ['bluewin.ch', 'gmail.com', 'hispeed.ch'],
  ES: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es', 'outlook.es'],
  MX: ['hotmail.com', 'gmail.com', 'prodigy.net.mx', 'yahoo.com.mx'],
  AR: ['gmail.com', 'fibertel.com.ar', 'hotmail.com.ar', 'yahoo.com.ar'],
  CO: ['gmail.com', 'hotmail.com', 'une.net.co', 'outlook.com'],
};

function personalEmail(c: Ctx, p: Person, domain?: string): string {
  const r = c.r;
  const fst = slug(p.first);
  const lst = slug(p.last.split(' ')[0] === 'de' ? p.last.replace(/ /g, '') : p.last);
  const dom = domain ?? r.pick(MAIL_DOMAINS[p.country]);
  const local = r.pick([
    `${fst}.${lst}`,
    `${fst}.${lst}`,
    `${fst[0] ?? 'x'}${lst}`,
    `${fst}_${lst}`,
    `${fst}${lst}${r.int(1, 99)}`,
    `${lst}.${fst[0] ?? 'x'}`,
    `${fst}.${lst}+${r.pick(w('school|health|bank|rent|news|docs'))}`,
    `${fst}${r.int(60, 99)}`,
  ]);
  return `${local}@${dom}`;
}
const EM = (c: Ctx, p: Person, domain?: string): Tok => E('EMAIL', personalEmail(c, p, domain));
/** A work address at an organisation domain. */
const orgMail = (p: Person, domain: string, style = 0): string => {
  const fst = slug(p.first);
  const lst = slug(p.last);
  return [`${fst}.${lst}@${domain}`, `${fst[0] ?? 'x'}.${lst}@${domain}`, `${lst}@${domain}`][
    style % 3
  ]!;
};

function ip4(c: Ctx, priv?: boolean): string {
  const r = c.r;
  if (priv ?? r.chance(0.35))
    return r.pick([
      `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
      `192.168.${r.int(0, 255)}.${r.int(1, 254)}`,
      `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    ]);
  let a = r.int(11, 223);
  if (a === 127 || a === 100 || a === 169 || a === 172 || a === 192) a = 81;
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function ip6(c: Ctx): string {
  const r = c.r;
  const h = (): string => r.int(0, 0xffff).toString(16);
  if (r.chance(0.12)) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  const pre = r.pick(w('2001:db8|2a02:810d|2a01:e0a|2600:1700|2003:e4|2a00:1450|2800:810'));
  return r.pick([
    `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`,
    `${pre}::${h()}:${h()}`,
    `${pre}:${h()}::${h()}`,
    `${pre}:${h()}:${h()}:${h()}::1`,
  ]);
}
const IP = (c: Ctx): Tok => E('IP_ADDRESS', c.r.chance(0.72) ? ip4(c) : ip6(c));

const URLT = (v: string): Tok => E('URL', v);

// ---------------------------------------------------------------------------------------------
// Secrets (random strings in the shape of real formats)

const aws = (c: Ctx): Tok =>
  E('AWS_ACCESS_KEY', (c.r.chance(0.75) ? 'AKIA' : 'ASIA') + c.r.chars(16, B32));
const edge = (r: Rng, n: number, alpha: string): string =>
  r.chars(1, B62) + r.chars(n - 2, alpha) + r.chars(1, B62);
const awsSecret = (c: Ctx): Tok => E('GENERIC_SECRET', edge(c.r, 40, B64));

function ghToken(c: Ctx): Tok {
  const r = c.r;
  const v = r.wpick([
    [45, () => 'ghp_' + r.chars(36, B62)],
    [30, () => `github_pat_${r.chars(22, B62)}_${r.chars(59, B62)}`],
    [13, () => 'gho_' + r.chars(36, B62)],
    [12, () => 'ghs_' + r.chars(36, B62)],
  ] as const)();
  return E('GITHUB_TOKEN', v);
}

function slackToken(c: Ctx): Tok {
  const r = c.r;
  return E(
    'SLACK_TOKEN',
    r.chance(0.6)
      ? `xoxb-${r.digits(r.int(10, 12))}-${r.digits(r.int(12, 13))}-${r.chars(24, B62)}`
      : `xoxp-${r.digits(r.int(10, 12))}-${r.digits(r.int(10, 12))}-${r.digits(13)}-${r.chars(32, HEX)}`,
  );
}

function pemBlock(c: Ctx, escaped = false): Tok {
  const r = c.r;
  const [label, start] = r.pick([
    ['RSA PRIVATE KEY', 'MIIEowIBAAKCAQEA'],
    ['RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA'],
    ['PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ'],
    ['EC PRIVATE KEY', 'MHcCAQEEI'],
    ['OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA'],
  ] as const);
  const nLines = label === 'EC PRIVATE KEY' ? 3 : r.int(6, 14);
  const lines: string[] = [];
  let body = start + r.chars(64 * nLines - start.length, B64);
  const tailLen = r.int(8, 60);
  body += r.chars(tailLen, B64) + r.pick(['', '=', '==']);
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  const nl = escaped ? '\\n' : '\n';
  return E(
    'PRIVATE_KEY',
    `-----BEGIN ${label}-----${nl}${lines.join(nl)}${nl}-----END ${label}-----`,
  );
}

const b64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');

function jwt(c: Ctx): Tok {
  const r = c.r;
  const rs = r.chance(0.4);
  const header = rs
    ? `{"alg":"RS256","typ":"JWT","kid":"${r.chars(8, HEX)}"}`
    : `{"alg":"HS256","typ":"JWT"}`;
  const iat = r.int(1704067200, 1780000000);
  const payload = r.pick([
    `{"sub":"${r.int(1000, 999999)}","role":"${r.pick(['patient', 'clerk', 'admin', 'teacher', 'agent'])}","iat":${iat},"exp":${iat + 3600}}`,
    `{"iss":"https://auth.${r.pick(['portal', 'idp', 'sso'])}.example","sub":"${r.chars(12, HEX)}","aud":"api","iat":${iat}}`,
    `{"uid":${r.int(10, 99999)},"scope":"read write","iat":${iat},"exp":${iat + 900}}`,
  ]);
  const sig = (rs ? r.chars(341, B64URL) : r.chars(42, B64URL)) + r.chars(1, B62);
  return E('JWT', `${b64url(header)}.${b64url(payload)}.${sig}`);
}

function genericSecret(c: Ctx, kind?: number): Tok {
  const r = c.r;
  const k = kind ?? r.int(0, 6);
  const v =
    k === 0
      ? `sk_live_${r.chars(r.int(24, 32), B62)}`
      : k === 1
        ? r.chars(32, HEX)
        : k === 2
          ? r.chars(r.int(32, 44), B62)
          : k === 3
            ? edge(r, 40, B64)
            : k === 4
              ? `${r.pick(w('Winter|Sommer|Lluvia|Soleil|Harbour|Tigre'))}${r.int(10, 99)}${r.pick(['!', '#', '$', '%', '.'])}${r.chars(r.int(3, 6), B62)}`
              : k === 5
                ? `${r.chars(8, HEX)}-${r.chars(4, HEX)}${r.chars(20, B62)}`
                : `pk_${r.pick(['prod', 'live'])}_${r.chars(30, B62)}`;
  return E('GENERIC_SECRET', v);
}

// ---------------------------------------------------------------------------------------------
// Hard negatives

const sha = (c: Ctx, len?: number): Tok =>
  N('sha', c.r.chars(len ?? c.r.pick([40, 40, 7, 64, 32, 12]), HEX));

function uuid(c: Ctx): Tok {
  const r = c.r;
  return N(
    'uuid',
    `${r.chars(8, HEX)}-${r.chars(4, HEX)}-4${r.chars(3, HEX)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(3, HEX)}-${r.chars(12, HEX)}`,
  );
}

function version(c: Ctx, dotted4?: boolean): Tok {
  const r = c.r;
  if (dotted4 ?? r.chance(0.45))
    return N('version', `${r.int(1, 12)}.${r.int(0, 40)}.${r.int(0, 30)}.${r.int(0, 250)}`);
  return N(
    'version',
    r.pick([
      `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`,
      `${r.int(1, 25)}.${r.int(0, 12)}`,
      `${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`,
    ]),
  );
}

function isbn(c: Ctx): Tok {
  const r = c.r;
  const grp = r.pick(w('3|2|84|0|1|607'));
  const pubLen = r.int(2, 4);
  const pub = r.digits(pubLen);
  const title = r.digits(9 - grp.length - pubLen);
  const twelve = `978${grp}${pub}${title}`;
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  const chk = (10 - (s % 10)) % 10;
  return N('isbn', r.chance(0.75) ? `978-${grp}-${pub}-${title}-${chk}` : `${twelve}${chk}`);
}

function price(c: Ctx, lang: Lang = c.lang, lo = 5, hi = 2400): Tok {
  const r = c.r;
  const whole = r.int(lo, hi);
  const cents = r.pick([0, 0, 50, 90, 99, r.int(1, 99)]);
  const grp = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  let v: string;
  if (lang === 'en') {
    const cur =
      c.country === 'UK'
        ? '£'
        : c.country === 'IE'
          ? '€'
          : c.country === 'AU'
            ? 'A$'
            : c.country === 'CA'
              ? 'CA$'
              : '$';
    v = r.chance(0.85)
      ? `${cur}${grp(whole, ',')}.${pad(cents)}`
      : `${grp(whole, ',')}.${pad(cents)} ${c.country === 'UK' ? 'GBP' : 'USD'}`;
  } else if (lang === 'de') {
    const cur = c.country === 'CH' ? 'CHF' : 'EUR';
    v = r.pick([
      `${grp(whole, '.')},${pad(cents)} €`,
      `${cur} ${grp(whole, "'")}.${pad(cents)}`,
      `${grp(whole, '.')},${pad(cents)} ${cur}`,
      `€ ${grp(whole, '.')},${pad(cents)}`,
    ]);
    if (c.country !== 'CH' && v.startsWith('CHF')) v = `${grp(whole, '.')},${pad(cents)} EUR`;
  } else if (lang === 'fr') {
    v = r.pick([
      `${grp(whole, ' ')},${pad(cents)} €`,
      `${grp(whole, ' ')} €`,
      `${grp(whole, '.')},${pad(cents)} EUR`,
    ]);
  } else {
    const cur =
      c.country === 'MX' ? 'MXN' : c.country === 'AR' ? 'ARS' : c.country === 'CO' ? 'COP' : 'EUR';
    v =
      cur === 'EUR'
        ? r.pick([`${grp(whole, '.')},${pad(cents)} €`, `${grp(whole, '.')},${pad(cents)} EUR`])
        : r.pick([`$${grp(whole * 17, ',')}.${pad(cents)} ${cur}`, `$ ${grp(whole * 17, '.')}`]);
  }
  return N('price', v);
}

/** Reference/file/booking numbers by kind and language. */
function orderNo(
  c: Ctx,
  kind: 'order' | 'case' | 'claim' | 'booking' | 'invoice' | 'ref' | 'pnr' = 'ref',
): Tok {
  const r = c.r;
  const y = r.int(2023, 2026);
  switch (kind) {
    case 'order':
      return N(
        'order_no',
        r.pick([
          `${r.chars(2, UPPER)}-${r.digits(7)}`,
          `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`,
          `#${r.digits(6)}`,
          `ORD${r.digits(8)}`,
        ]),
      );
    case 'case': {
      const byLang: Record<Lang, string[]> = {
        en: [
          `CV-${y}-${r.digits(6)}`,
          `${y}/${r.digits(4)}-${r.chars(1, UPPER)}`,
          `${r.chars(2, UPPER)}${r.digits(5)}`,
        ],
        de: [
          `${r.int(1, 30)} C ${r.int(10, 999)}/${pad(y % 100)}`,
          `${r.int(1, 9)} O ${r.int(10, 999)}/${pad(y % 100)}`,
          `${r.digits(4)}/${y}`,
        ],
        fr: [
          `RG ${pad(y % 100)}/${r.digits(5)}`,
          `${pad(y % 100)}/${r.digits(5)}`,
          `${y}-${r.digits(4)}`,
        ],
        es: [
          `${r.digits(4)}/${y}`,
          `${r.int(10, 999)}/${y}-${r.chars(1, UPPER)}`,
          `${r.digits(5)}/${y}`,
        ],
      };
      return N('order_no', r.pick(byLang[c.lang]));
    }
    case 'claim':
      return N(
        'order_no',
        r.pick([
          `CLM-${y}-${r.digits(6)}`,
          `${r.chars(3, UPPER)}${r.digits(9)}`,
          `SIN-${r.digits(8)}`,
          `${y}${r.digits(8)}`,
        ]),
      );
    case 'pnr':
      return N('order_no', r.chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'));
    case 'booking':
      return N(
        'order_no',
        r.pick([r.chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), r.digits(10), `HB-${r.digits(8)}`]),
      );
    case 'invoice':
      return N(
        'order_no',
        r.pick([
          `${y}-${r.digits(5)}`,
          `INV-${y}-${r.digits(4)}`,
          `RE${y}${r.digits(5)}`,
          `F${y}${r.digits(6)}`,
        ]),
      );
    case 'ref':
      return N(
        'order_no',
        r.pick([
          `${r.chars(2, UPPER)}${r.digits(6)}`,
          `${r.digits(4)}-${r.digits(4)}`,
          `${r.chars(3, UPPER)}/${y}/${r.digits(5)}`,
          r.digits(9),
        ]),
      );
  }
}

// not_name decoys, by language and kind. Each is realistic for the genres of this set.
const DECOY: Record<Lang, Record<string, readonly string[]>> = {
  en: {
    brand: [
      'Johnson & Johnson',
      'Ford',
      'Dell',
      'Boeing',
      'Marks & Spencer',
      'Goldman Sachs',
      'Morgan Stanley',
      'Charles Schwab',
      'Wells Fargo',
      'Lloyds Bank',
      'Barclays',
      'Walgreens',
      "Sainsbury's",
      'Ralph Lauren',
      "Ben & Jerry's",
      'Dr Martens',
      "Wendy's",
      'Tim Hortons',
    ],
    place: w(
      'Victoria|Charlotte|Austin|Adelaide|Florence|Orlando|Jackson|Madison|Lincoln|Chelsea|Kingston|Alexandria|Sydney|Regina',
    ),
    inst: [
      'Johns Hopkins Hospital',
      'Mount Sinai',
      'Royal Victoria Infirmary',
      "Addenbrooke's Hospital",
      'Lincoln Elementary School',
      'George Washington High School',
      'Kennedy Center',
      'Rockefeller Center',
      'Wellington House',
      'Florence Nightingale Ward',
      'Mater Misericordiae',
      'St James Hospital',
      'Sir Charles Gairdner Hospital',
      'Isaac Newton Building',
      'Martin Luther King Jr. Library',
    ],
    time: w('Monday|Friday|Easter Monday|Thanksgiving|Labor Day|Boxing Day|Good Friday'),
    month: ['April', 'May', 'June', 'August'],
    school: w(
      'Lincoln Elementary School|George Washington High School|St Patrick’s College|Thomas Jefferson Middle School|Sir John Cass School|Roosevelt High School|Beaconhurst|Mary Immaculate College',
    ),
    hospital: [
      'Johns Hopkins Hospital',
      'Mount Sinai',
      'Royal Victoria Infirmary',
      "Addenbrooke's Hospital",
      'Mater Misericordiae',
      'St James Hospital',
      'Sir Charles Gairdner Hospital',
      'Cedars-Sinai',
      'Mayo Clinic',
    ],
    job: w(
      'Registrar|Head Teacher|Charge Nurse|Senior Partner|Practice Manager|Bursar|Dean of Students|Notary Public',
    ),
    soft: w(
      'Jenkins|Jasmine|Hudson|Julia|Ruby|Django|Ansible|Grafana|Sentry|Sidekiq|Celery|Kafka|Cassandra|Mercurial',
    ),
    drug: w(
      'Metformin|Amoxicillin|Atorvastatin|Lisinopril|Ventolin|Tylenol|Advil|Eliquis|Xarelto|Ozempic|Calpol|Lipitor',
    ),
  },
  de: {
    brand: w(
      'Porsche|Bosch|Siemens|Bayer|Merck|Dr. Oetker|Hugo Boss|Miele|Rossmann|Tchibo|Carl Zeiss|Fielmann|Kaufland|Würth|Ferrero|Knorr',
    ),
    place: w(
      'Karl-Marx-Allee|Friedrichstraße|Potsdamer Platz|Königsallee|Marienplatz|Kaiser-Wilhelm-Ring|Sankt Augustin|Rosenheim|Ludwigshafen|Wilhelmshaven',
    ),
    inst: w(
      'Charité|Robert-Bosch-Krankenhaus|Goethe-Gymnasium|Sophie-Scholl-Schule|Albert-Schweitzer-Realschule|Heinrich-Heine-Universität|Max-Planck-Institut|St. Josef-Hospital|Elisabeth-Krankenhaus|Paracelsus-Klinik|Anne-Frank-Grundschule|Helios Klinikum Emil von Behring|Carl-von-Ossietzky-Gymnasium|Humboldt-Universität',
    ),
    time: w('Montag|Freitag|Pfingstmontag|Fronleichnam|Rosenmontag|Aschermittwoch'),
    month: ['August', 'Juni', 'Mai', 'März'],
    school: w(
      'Goethe-Gymnasium|Sophie-Scholl-Schule|Albert-Schweitzer-Realschule|Anne-Frank-Grundschule|Carl-von-Ossietzky-Gymnasium|Erich-Kästner-Grundschule|Theodor-Heuss-Gymnasium|Bertha-von-Suttner-Schule',
    ),
    hospital: w(
      'Charité|Robert-Bosch-Krankenhaus|St. Josef-Hospital|Elisabeth-Krankenhaus|Paracelsus-Klinik|Helios Klinikum Emil von Behring|Rudolfstiftung|Kantonsspital St. Gallen',
    ),
    job: w(
      'Oberarzt|Hausmeister|Koch|Schneider|Bauer|Fischer|Rektorin|Sachbearbeiterin|Notarfachangestellte',
    ),
    soft: w('Jenkins|Jasmine|Julia|Ruby|Hudson|Grafana|Sentry|Kafka|Ansible'),
    drug: w(
      'Ibuprofen|Novalgin|Pantoprazol|L-Thyroxin|Ramipril|Voltaren|Aspirin|Metamizol|Amoxicillin|Bisoprolol',
    ),
  },
  fr: {
    brand: w(
      'Michelin|Peugeot|Renault|Citroën|Louis Vuitton|Chanel|Dior|Hermès|Lacoste|Yves Rocher|Leroy Merlin|Pierre Fabre|Darty|Dassault Aviation',
    ),
    place: w(
      'Saint-Étienne|Saint-Denis|Aix-en-Provence|avenue Jean-Jaurès|place Charles-de-Gaulle|gare Saint-Lazare|Lourdes|Saint-Malo|boulevard Haussmann|quai Branly',
    ),
    inst: w(
      'Hôpital Georges-Pompidou|Hôpital Necker|Hôpital Édouard-Herriot|Institut Curie|Institut Pasteur|Lycée Victor-Hugo|Collège Jean-Moulin|École Jules-Ferry|Lycée Henri-IV|Université Paul-Sabatier|Clinique Saint-Jean|CHU Pitié-Salpêtrière|Collège Marie-Curie|Hôpital Erasme|Institut Jules Bordet',
    ),
    time: w('Toussaint|Pâques|Noël|Ascension|Pentecôte|Saint-Sylvestre|Lundi de Pâques'),
    school: w(
      'Lycée Victor-Hugo|Collège Jean-Moulin|École Jules-Ferry|Lycée Henri-IV|Collège Marie-Curie|École Jacques-Prévert|Athénée Royal Charles Janssens|Lycée Robert-Schuman',
    ),
    hospital: w(
      'Hôpital Georges-Pompidou|Hôpital Necker|Hôpital Édouard-Herriot|Institut Curie|CHU Pitié-Salpêtrière|Hôpital Erasme|Institut Jules Bordet|Clinique Saint-Jean|Hôpital Robert-Debré',
    ),
    job: w(
      'Proviseur|Conseillère principale|Greffier|Maître de conférences|Infirmière coordinatrice|Huissier de justice',
    ),
    soft: w('Jenkins|Jasmine|Julia|Ruby|Hudson|Grafana|Sentry|Kafka|Ansible'),
    drug: w(
      'Doliprane|Dafalgan|Spasfon|Efferalgan|Levothyrox|Augmentin|Smecta|Kardégic|Ventoline|Gaviscon',
    ),
  },
  es: {
    brand: w(
      'Zara|Mercadona|El Corte Inglés|Santander|Telefónica|Iberia|Mango|Loewe|Carolina Herrera|Mapfre|Sanitas|Bimbo|Roca|Adolfo Domínguez',
    ),
    place: w(
      'Rosario|Mercedes|Concepción|Victoria|Dolores|Santiago de Compostela|San Sebastián|Gran Vía|Paseo de la Castellana|Avenida Simón Bolívar|Puerto Madero|San Isidro',
    ),
    inst: w(
      'Hospital Gregorio Marañón|Hospital Universitario La Paz|Hospital Ramón y Cajal|Clínica Santa Teresa|Colegio San José|IES Miguel de Cervantes|Colegio Nuestra Señora del Pilar|Universidad Carlos III|Hospital Italiano|Fundación Jiménez Díaz|Hospital Juan A. Fernández|Colegio Benito Juárez|Hospital Pablo Tobón Uribe',
    ),
    time: w('Semana Santa|San Juan|Nochebuena|Reyes|San Fermín|Día de Muertos'),
    school: w(
      'Colegio San José|IES Miguel de Cervantes|Colegio Nuestra Señora del Pilar|Colegio Benito Juárez|IES Rosalía de Castro|Escuela Domingo Faustino Sarmiento|Colegio Gabriel García Márquez|CEIP Federico García Lorca',
    ),
    hospital: w(
      'Hospital Gregorio Marañón|Hospital Universitario La Paz|Hospital Ramón y Cajal|Clínica Santa Teresa|Hospital Italiano|Fundación Jiménez Díaz|Hospital Juan A. Fernández|Hospital Pablo Tobón Uribe|Hospital Infantil Federico Gómez',
    ),
    job: w(
      'Jefe de Estudios|Directora|Registrador de la Propiedad|Procuradora|Enfermera jefa|Secretario judicial',
    ),
    soft: w('Jenkins|Jasmine|Julia|Ruby|Hudson|Grafana|Sentry|Kafka|Ansible'),
    drug: w(
      'Paracetamol|Ibuprofeno|Nolotil|Enantyum|Omeprazol|Adiro|Frenadol|Dalsy|Sintrom|Ventolín',
    ),
  },
};

const NN = (v: string): Tok => N('not_name', v);
function decoy(c: Ctx, kind: string): Tok {
  const list = DECOY[c.lang][kind];
  if (!list) throw new Error(`no ${kind} decoys for ${c.lang}`);
  return NN(c.r.pick(list));
}

// ---------------------------------------------------------------------------------------------
// Template helpers

type Tpl = (c: Ctx, d: Doc) => void;

/** Courtesy title (excluded from the PERSON span), with trailing space. */
function title(c: Ctx, p: Person, formal = true): string {
  const r = c.r;
  switch (COUNTRY_LANG[p.country]) {
    case 'en':
      return p.sex === 'f' ? r.pick(['Ms ', 'Mrs ', 'Ms. ', 'Mrs. ']) : r.pick(['Mr ', 'Mr. ']);
    case 'de':
      return p.sex === 'f' ? 'Frau ' : 'Herr ';
    case 'fr':
      return p.sex === 'f'
        ? formal
          ? r.pick(['Madame ', 'Mme '])
          : 'Mme '
        : formal
          ? r.pick(['Monsieur ', 'M. '])
          : 'M. ';
    case 'es':
      return p.sex === 'f'
        ? r.pick(['Sra. ', 'Dña. ', 'Señora '])
        : r.pick(['Sr. ', 'D. ', 'Señor ']);
  }
}

function drTitle(c: Ctx, p: Person): string {
  const r = c.r;
  switch (COUNTRY_LANG[p.country]) {
    case 'en':
      return r.pick(['Dr ', 'Dr. ']);
    case 'de':
      return r.pick(['Dr. ', 'Dr. med. ', p.sex === 'f' ? 'Frau Dr. ' : 'Herr Dr. ', 'Prof. Dr. ']);
    case 'fr':
      return r.pick(['Dr ', 'Docteur ', 'Dr. ']);
    case 'es':
      return p.sex === 'f' ? r.pick(['Dra. ', 'Dra. ', 'Doctora ']) : r.pick(['Dr. ', 'Doctor ']);
  }
}

/** Formal salutation ending in the surname; returns pieces. */
function dear(c: Ctx, p: Person, dr = false): Piece[] {
  const lang = COUNTRY_LANG[p.country];
  const t = dr ? drTitle(c, p) : title(c, p);
  const tt = t.trim();
  switch (lang) {
    case 'en':
      return ['Dear ', t, nm(p, 'last'), ','];
    case 'de':
      if (dr)
        return [
          p.sex === 'f' ? 'Sehr geehrte Frau ' : 'Sehr geehrter Herr ',
          tt.startsWith('Prof') ? 'Prof. Dr. ' : 'Dr. ',
          nm(p, 'last'),
          ',',
        ];
      return [p.sex === 'f' ? 'Sehr geehrte Frau ' : 'Sehr geehrter Herr ', nm(p, 'last'), ','];
    case 'fr':
      if (c.r.chance(0.5)) return [p.sex === 'f' ? 'Madame,' : 'Monsieur,'];
      return [p.sex === 'f' ? 'Chère Madame ' : 'Cher Monsieur ', nm(p, 'last'), ','];
    case 'es':
      return [p.sex === 'f' ? 'Estimada ' : 'Estimado ', t, nm(p, 'last'), ':'];
  }
}

/** Informal greeting with the first name. */
function hi(c: Ctx, p: Person, lower = false): Piece[] {
  const g: Record<Lang, readonly string[]> = {
    en: ['Hi ', 'Hello ', 'Hey ', 'Dear '],
    de: ['Hallo ', 'Liebe' + (p.sex === 'f' ? ' ' : 'r '), 'Hi ', 'Moin '],
    fr: ['Bonjour ', 'Salut ', p.sex === 'f' ? 'Chère ' : 'Cher '],
    es: ['Hola ', p.sex === 'f' ? 'Querida ' : 'Querido ', 'Buenos días, '],
  };
  return [
    c.r.pick(g[COUNTRY_LANG[p.country]]),
    nm(p, lower ? 'lower_first' : 'first'),
    c.r.pick([',', ',', '!', ' –']),
  ];
}

/** The pieces when the condition holds, else nothing (spread into a line). */
const when = (cond: boolean, ...ps: Piece[]): Piece[] => (cond ? ps : []);

function ifr(c: Ctx, p: number, f: () => void): void {
  if (c.r.chance(p)) f();
}

/** Optional lines, shuffled, each with its probability. */
function someLines(c: Ctx, items: readonly (readonly [number, () => void])[]): void {
  for (const [p, f] of c.r.shuffle(items)) if (c.r.chance(p)) f();
}

const clock = (c: Ctx, lang: Lang): string => {
  const h = c.r.int(7, 18);
  const m = c.r.pick([0, 15, 30, 45, 10, 40]);
  if (lang === 'en')
    return c.country === 'US'
      ? `${h > 12 ? h - 12 : h}:${pad(m)} ${h >= 12 ? 'PM' : 'AM'}`
      : `${h}:${pad(m)}`;
  if (lang === 'fr') return `${h}h${pad(m)}`;
  if (lang === 'de') return `${h}:${pad(m)} Uhr`;
  return `${h}:${pad(m)} h`;
};

/** Organisation domain from a base name. */
const orgDomain = (c: Ctx, baseName: string): string => {
  const tld: Record<Country, string> = {
    US: 'org',
    UK: 'co.uk',
    IE: 'ie',
    CA: 'ca',
    AU: 'com.au',
    DE: 'de',
    AT: 'at',
    CH: 'ch',
    FR: 'fr',
    BE: 'be',
    LU: 'lu',
    CHF: 'ch',
    ES: 'es',
    MX: 'com.mx',
    AR: 'com.ar',
    CO: 'com.co',
  };
  return `${slug(baseName).slice(0, 18)}.${tld[c.country]}`;
};

/** A value chosen by the record's country (falls back to the first entry). */
function byCountry<T>(c: Ctx, m: Partial<Record<Country, readonly T[]>>): T {
  const list = m[c.country] ?? Object.values(m)[0]!;
  return c.r.pick(list);
}

const schoolYear = (c: Ctx): string => {
  const y = c.r.int(2024, 2026);
  return `${y}/${pad((y + 1) % 100)}`;
};

const localCity = (c: Ctx): string =>
  byCountry(c, {
    US: ['Boston', 'Denver', 'Austin'],
    UK: ['Leeds', 'London', 'Bristol'],
    IE: ['Dublin', 'Cork'],
    CA: ['Toronto', 'Ottawa'],
    AU: ['Sydney', 'Melbourne'],
    DE: ['Berlin', 'Köln', 'München', 'Leipzig', 'Hamburg'],
    AT: ['Wien', 'Graz', 'Linz', 'Salzburg'],
    CH: ['Zürich', 'Bern', 'Basel', 'Luzern'],
    FR: ['Paris', 'Lyon', 'Toulouse', 'Nantes', 'Lille'],
    BE: ['Bruxelles', 'Liège', 'Namur'],
    LU: ['Luxembourg', 'Esch-sur-Alzette'],
    CHF: ['Genève', 'Lausanne'],
    ES: ['Madrid', 'Barcelona', 'Sevilla', 'Valencia'],
    MX: ['Ciudad de México', 'Guadalajara', 'Monterrey'],
    AR: ['Buenos Aires', 'Córdoba', 'Rosario'],
    CO: ['Bogotá', 'Medellín', 'Cali'],
  });

// ---------------------------------------------------------------------------------------------
// English templates

const EN_CLINICS = w(
  'Riverside Medical Group|Northgate Family Practice|Harbor View Health Center|Meadowbank Surgery|Eastside Community Clinic|Oakwood Medical Centre|Lakeshore Pediatrics',
);

const enFiller = (c: Ctx): Piece[] =>
  c.r.pick<Piece[]>([
    ['Will you be able to confirm by ', decoy(c, 'month'), '?'],
    ['Parking is available behind ', decoy(c, 'inst'), '.'],
    ['Mark the envelope "confidential" if you post anything back.'],
    ['Grace periods apply as described in your handbook.'],
    ['The ', decoy(c, 'job'), ' will countersign the form.'],
    ['Our office is closed on ', decoy(c, 'time'), '.'],
    ['Bill payments can also be made at any ', decoy(c, 'brand'), ' branch.'],
    ['We have moved next to the ', decoy(c, 'inst'), '.'],
    ['Frank feedback is always welcome.'],
    ['Directions: take the shuttle from ', decoy(c, 'place'), ' station.'],
  ]);

const enClinicAppointment: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const doc = c.person({ country: c.country });
  const clinic = r.pick(EN_CLINICS);
  const dom = orgDomain(c, clinic);
  d.l(clinic);
  d.l(AD(c), r.pick([' · ', ' | ', '\n']), 'Tel ', PH(c, undefined, false));
  ifr(c, 0.4, () => d.l('Fax ', PH(c, undefined, false)));
  d.l();
  d.l(PD(c));
  d.l();
  d.l(title(c, pat), nm(pat, r.pick(['full', 'caps', 'middle'] as const)));
  d.l(AD(c));
  d.l();
  const lbl = r.pick(['   DOB: ', ', born ', ' (D.O.B. ', ' | Date of birth: ']);
  d.l(
    r.pick(['Patient: ', 'Re: ', 'RE: ']),
    nm(pat, r.pick(['last_first', 'full', 'caps_last_first'] as const)),
    lbl,
    DOB(c),
    lbl.startsWith(' (') ? ')' : '',
    ...when(r.chance(0.6), '   MRN: ', orderNo(c, 'ref')),
  );
  d.l();
  d.l(...dear(c, pat));
  d.l();
  d.l(
    'We are writing to confirm your appointment with ',
    drTitle(c, doc),
    nm(doc, r.pick(['full', 'last', 'initial'] as const)),
    ' in ',
    r.pick(w('Cardiology|Dermatology|the Diabetes Clinic|Orthopaedics|Audiology|the Sleep Lab')),
    ' on ',
    PD(c, 2025, 2026),
    ' at ',
    clock(c, 'en'),
    '.',
  );
  d.l(
    'Please bring a photo ID, your insurance card and a list of your current medicines (for example ',
    decoy(c, 'drug'),
    ').',
  );
  someLines(c, [
    [
      0.6,
      () =>
        d.l(
          'To cancel or reschedule, call ',
          PH(c),
          ' or write to ',
          E('EMAIL', `appointments@${dom}`),
          '.',
        ),
    ],
    [
      0.5,
      () =>
        d.l(
          'You can also manage the booking online: ',
          URLT(`https://${dom}/appointments/${r.chars(10, B62)}`),
        ),
    ],
    [0.4, () => d.l(...enFiller(c))],
    [0.3, () => d.l('A copay of ', price(c, 'en', 15, 90), ' is due at check-in.')],
  ]);
  d.l();
  d.l(r.pick(['Yours sincerely,', 'Kind regards,', 'Sincerely,']));
  const clerk = c.person();
  d.l(nm(clerk, r.pick(['full', 'initial'] as const)));
  d.l(r.pick(['Patient Services', 'Outpatient Bookings', 'Medical Secretary']));
};

const enGpReferral: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const gp = c.person();
  const spec = c.person();
  d.l(r.pick(['REFERRAL LETTER', 'Referral – routine', 'URGENT REFERRAL (2WW)', 'Referral note']));
  d.l('From: ', drTitle(c, gp), nm(gp, 'full'), ', ', r.pick(EN_CLINICS));
  d.l(
    'To: ',
    drTitle(c, spec),
    nm(spec, r.pick(['full', 'initial'] as const)),
    ', ',
    decoy(c, 'inst'),
  );
  d.l('Date: ', PD(c));
  d.l();
  d.l(
    'Patient name: ',
    nm(pat, r.pick(['caps', 'full', 'last_first', 'caps_last_first'] as const)),
  );
  d.l('Date of birth: ', DOB(c));
  d.l('Address: ', AD(c));
  ifr(c, 0.7, () => d.l(r.pick(['Tel: ', 'Phone: ', 'Mobile: ']), PH(c)));
  ifr(c, 0.35, () => d.l('Email: ', EM(c, pat)));
  ifr(c, 0.25 * (c.country === 'US' ? 2 : 0), () => d.l('SSN: ', E('US_SSN', ssn(c))));
  d.l();
  const pr = pat.sex === 'f' ? 'she' : 'he';
  d.l(
    'Thank you for seeing ',
    nm(pat, r.pick(['first', 'full'] as const)),
    `, who presents with ${r.pick(['a 3-month history of exertional chest pain', 'recurrent migraines', 'a persistent cough and weight loss', 'worsening knee pain', 'a changing pigmented lesion on the back'])}. `,
    `${pr[0]!.toUpperCase()}${pr.slice(1)} currently takes `,
    decoy(c, 'drug'),
    ` ${r.int(5, 500)} mg daily.`,
  );
  someLines(c, [
    [
      0.4,
      () =>
        d.l('Previous notes were sent on ', PD(c, 2023, 2025), ' (ref. ', orderNo(c, 'ref'), ').'),
    ],
    [0.3, () => d.l('Next of kin: ', nm(c.person(), 'full'), ', ', PH(c))],
    [0.3, () => d.l(...enFiller(c))],
  ]);
  d.l();
  d.l('Best wishes,');
  d.l(drTitle(c, gp), nm(gp, r.pick(['full', 'initial'] as const)));
};

const enLabResultsMail: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const nurse = c.person();
  const lab = r.pick(w('Quest|LabCorp|Synnovis|Healius|LifeLabs|Eurofins'));
  const dom = `${slug(lab)}.${r.pick(['com', 'net'])}`;
  d.l('From: ', lab, ' Results <', E('EMAIL', `noreply@${dom}`), '>');
  d.l('To: ', nm(pat, 'full'), ' <', EM(c, pat), '>');
  d.l('Sent: ', TS(c, 1));
  d.l('Subject: Your lab results are ready');
  d.l();
  d.l(...hi(c, pat));
  d.l();
  d.l(
    `Your ${r.pick(['blood test', 'lipid panel', 'HbA1c test', 'thyroid panel', 'urine culture'])} from `,
    PD(c),
    ' has been reviewed by ',
    drTitle(c, nurse),
    nm(nurse, r.pick(['last', 'full'] as const)),
    '.',
  );
  d.l(
    'Sign in to view them: ',
    URLT(`https://results.${dom}/r/${r.chars(12, B62)}${r.chance(0.5) ? `?lang=en&src=mail` : ''}`),
  );
  d.l();
  d.l('For your security we will never ask for your card number by email.');
  someLines(c, [
    [0.5, () => d.l('Specimen ID ', orderNo(c, 'ref'), ' · collected ', TS(c, 0))],
    [0.4, () => d.l('Questions? Call ', PH(c), ' (Mon–Fri).')],
    [0.3, () => d.l('Patient DOB on file: ', DOB(c))],
    [0.2, () => d.l(...enFiller(c))],
  ]);
};

const enInsuranceClaim: Tpl = (c, d) => {
  const r = c.r;
  const us = c.country === 'US';
  const mem = c.person();
  const dep = c.person({ country: mem.country });
  const prov = c.person();
  d.l(
    r.pick([
      'CLAIM FORM – MEDICAL EXPENSES',
      'Health Insurance Claim',
      'Reimbursement request',
      'Member claim submission',
    ]),
  );
  d.l('Claim no.: ', orderNo(c, 'claim'), '   Received: ', PD(c));
  d.l();
  d.l('1. MEMBER');
  d.l('   Name: ', nm(mem, r.pick(['caps_last_first', 'caps', 'last_first'] as const)));
  d.l('   Date of birth: ', DOB(c, 1945, 2000));
  if (us) d.l('   Social Security No.: ', E('US_SSN', ssn(c)));
  else ifr(c, 0.2, () => d.l('   Previous SSN (US coverage): ', E('US_SSN', ssn(c))));
  d.l('   Address: ', AD(c));
  d.l('   Phone: ', PH(c), ...when(r.chance(0.5), '   Email: ', EM(c, mem)));
  ifr(c, 0.6, () => {
    d.l('2. PATIENT (if not the member)');
    d.l(
      '   Name: ',
      nm(dep, r.pick(['caps', 'full'] as const)),
      '   Relationship: ',
      r.pick(['spouse', 'child', 'domestic partner']),
    );
    d.l('   DOB: ', DOB(c, 1990, 2020));
  });
  d.l('3. TREATMENT');
  d.l('   Provider: ', drTitle(c, prov), nm(prov, 'full'), ', ', decoy(c, 'inst'));
  d.l('   Date of service: ', PD(c), '   Amount: ', price(c, 'en', 40, 3800));
  d.l('4. PAYMENT');
  if (us || r.chance(0.3))
    d.l(
      '   Pay by card on file: ',
      E('CREDIT_CARD', card(c)),
      '  exp ',
      `${pad(r.int(1, 12))}/${r.int(26, 31)}`,
    );
  if (!us || r.chance(0.3)) d.l('   Bank transfer to IBAN ', E('IBAN', iban(c)));
  ifr(c, 0.35, () =>
    d.l(
      '   Note: the number ',
      N('card_lookalike', cardLike(c)),
      ' on the receipt is the pharmacy loyalty card, not a payment card.',
    ),
  );
  ifr(c, 0.3, () => d.l(...enFiller(c)));
  d.l();
  d.l('Signature: ', nm(mem, 'full'), '   Date: ', PD(c));
};

const enSchoolReport: Tpl = (c, d) => {
  const r = c.r;
  const kid = c.person();
  const teach = c.person();
  const school = r.pick([
    "St Mary's Primary School",
    'Hillside Academy',
    'Westfield Middle School',
    'Brookvale Elementary',
    'Greenhill Community College',
  ]);
  d.l(
    school,
    ' — ',
    r.pick(['End of Year Report', 'Term 2 Report', 'Spring Progress Report', 'Report Card']),
    ' ',
    schoolYear(c),
  );
  d.l();
  d.l(
    'Pupil: ',
    nm(kid, r.pick(['full', 'caps', 'last_first', 'middle'] as const)),
    '    Year: ',
    String(r.int(3, 11)),
    '    DOB: ',
    DOB(c, 2008, 2018),
  );
  d.l('Form tutor: ', title(c, teach), nm(teach, 'last'));
  d.l();
  const subs = r
    .shuffle(w('English|Maths|Science|History|Geography|Art|PE|Music|French|Computing'))
    .slice(0, r.int(4, 7));
  for (const s of subs)
    d.l(
      `${s.padEnd(10)} ${r.pick(w('A|B|C|Exceeding|Expected|Working towards'))}   effort ${r.int(1, 4)}`,
    );
  d.l();
  d.l(
    nm(kid, 'first'),
    r.pick([
      ' has had an excellent year',
      ' works hard and is kind to others',
      ' must focus more during lessons',
      ' has grown in confidence',
    ]),
    '. ',
    r.pick(['', `Attendance: ${r.int(86, 100)}%. `]),
    'Reading this term: ',
    r.pick(['Holes', 'Wonder', 'Goodnight Mister Tom', 'Skellig']),
    ' (ISBN ',
    isbn(c),
    ').',
  );
  someLines(c, [
    [0.4, () => d.l('Parents\u2019 evening: ', PD(c), ' from ', clock(c, 'en'), '.')],
    [
      0.4,
      () =>
        d.l(
          'Contact the office on ',
          PH(c, undefined, false),
          ' or ',
          E('EMAIL', `office@${orgDomain(c, school)}`),
          '.',
        ),
    ],
    [0.3, () => d.l(...enFiller(c))],
  ]);
  d.l();
  d.l('Head Teacher: ', nm(c.person(), r.pick(['full', 'initial'] as const)));
};

const enParentTeacherMail: Tpl = (c, d) => {
  const r = c.r;
  const par = c.person();
  const kid = c.person({ country: par.country });
  const kidN: Person = {
    ...kid,
    last: par.last,
    src: par.src === 'invented' || kid.src === 'invented' ? 'invented' : 'listed',
  };
  const t = c.person();
  const school = r.pick([
    'Hillside Academy',
    'Westfield Middle School',
    'Brookvale Elementary',
    'Oak Ridge High',
  ]);
  const dom = orgDomain(c, school);
  d.l('From: ', nm(par, 'full'), ' <', EM(c, par), '>');
  d.l('To: ', E('EMAIL', orgMail(t, dom, r.int(0, 2))));
  d.l(
    'Subject: ',
    r.pick(['Absence', 'Re: homework', 'Field trip form', 'Meeting request', 'Allergy info']),
    ' – ',
    nm(kidN, r.pick(['full', 'first'] as const)),
  );
  d.l();
  d.l(r.pick(['Dear ', 'Hi ']), title(c, t), nm(t, 'last'), ',');
  d.l();
  d.l(
    r.pick(['My son ', 'My daughter ', 'Our child ']),
    nm(kidN, 'first'),
    r.pick([` will be absent on `, ' has a dentist appointment on ', ' missed the bus on ']),
    PD(c),
    '. ',
    r.pick([
      'Could you send the worksheets home?',
      'Please excuse the absence.',
      'Can we meet afterwards?',
    ]),
  );
  someLines(c, [
    [0.5, () => d.l('Best number to reach me: ', PH(c, undefined, true), '.')],
    [
      0.3,
      () =>
        d.l('Note that ', nm(kidN, 'first'), ' is allergic to peanuts; the EpiPen is in the bag.'),
    ],
    [0.25, () => d.l('Our new address is ', AD(c), '.')],
    [
      0.2,
      () =>
        d.l(
          'The trip fee of ',
          price(c, 'en', 5, 60),
          ' was paid (order ',
          orderNo(c, 'order'),
          ').',
        ),
    ],
    [0.25, () => d.l(...enFiller(c))],
  ]);
  d.l();
  d.l(r.pick(['Thanks,', 'Many thanks,', 'Best,', 'Cheers,']));
  d.l(nm(par, r.pick(['first', 'full'] as const)));
  ifr(c, 0.3, () => d.l('Sent from my iPhone'));
};

const enAlumniList: Tpl = (c, d) => {
  const r = c.r;
  const csv = r.chance(0.5);
  const uni = r.pick([
    'Class of 2009 reunion',
    'Alumni network – Engineering',
    'Old Students’ Association',
    'Nursing cohort 2015',
  ]);
  d.l('# ', uni, ' — exported ', TS(c, 1));
  d.l(csv ? 'name,grad_year,email,phone,city' : 'Name\tYear\tEmail\tPhone\tCity');
  const n = r.int(3, 7);
  for (let i = 0; i < n; i++) {
    const p = c.person();
    const sep = csv ? ',' : '\t';
    const form = r.pick(['full', 'last_first', 'full', 'caps'] as const);
    const quoted = csv && form === 'last_first';
    d.a(quoted ? '"' : '', nm(p, form), quoted ? '"' : '', sep, String(r.int(1985, 2020)), sep);
    if (r.chance(0.85)) d.a(EM(c, p));
    d.a(sep);
    if (r.chance(0.6)) d.a(PH(c, p.country));
    d.l(sep, r.pick(w('Leeds|Boston|Dublin|Toronto|Perth|London|Austin')));
  }
  ifr(c, 0.4, () =>
    d.l(
      '# donate: ',
      URLT(
        `https://alumni.${r.pick(['example.edu', 'uni.ac.uk', 'college.ie'])}/give?campaign=${r.int(2024, 2026)}`,
      ),
    ),
  );
};

const enTenancy: Tpl = (c, d) => {
  const r = c.r;
  const ll = c.person();
  const t1 = c.person();
  const t2 = r.chance(0.4) ? c.person() : null;
  d.l(
    r.pick([
      'ASSURED SHORTHOLD TENANCY AGREEMENT',
      'RESIDENTIAL LEASE AGREEMENT',
      'TENANCY AGREEMENT',
    ]),
  );
  d.l();
  d.l('This agreement is dated ', PD(c), ' and made between:');
  d.l('Landlord: ', nm(ll, r.pick(['caps', 'full', 'middle'] as const)), ' of ', AD(c));
  d.l(
    'Tenant(s): ',
    nm(t1, r.pick(['caps', 'full'] as const)),
    t2 ? ' and ' : '',
    t2 ? nm(t2, 'caps') : '',
  );
  d.l('Tenant DOB: ', DOB(c, 1960, 2003), t2 ? ' / ' : '', t2 ? DOB(c, 1960, 2003) : '');
  d.l('Property: ', AD(c));
  d.l();
  d.l(
    '1. Rent: ',
    price(c, 'en', 650, 3200),
    ' per calendar month, payable in advance on the 1st.',
  );
  d.l(
    '2. Deposit: ',
    price(c, 'en', 700, 4000),
    ', protected with the ',
    r.pick(['Deposit Protection Service', 'Residential Tenancies Board', 'state bond authority']),
    ' (ref. ',
    orderNo(c, 'ref'),
    ').',
  );
  d.l(
    '3. Payments to: ',
    r.pick(['IBAN ', 'account IBAN ']),
    E('IBAN', iban(c)),
    ...when(r.chance(0.3), ' (not the old account ', N('iban_invalid', ibanBad(c)), ')'),
  );
  d.l('4. Term: from ', PD(c), ' to ', PD(c, 2026, 2027), '.');
  d.l(
    '5. The tenant must report repairs to the agent on ',
    PH(c),
    ' or ',
    E(
      'EMAIL',
      `repairs@${orgDomain(c, r.pick(['Keystone Lettings', 'Parkside Property', 'Harbour Homes']))}`,
    ),
    '.',
  );
  ifr(c, 0.3, () =>
    d.l(
      '6. The appliances (',
      decoy(c, 'brand'),
      ' fridge, ',
      r.pick(['Bosch', 'Miele', 'Hotpoint']),
      ' washer) remain the property of the landlord.',
    ),
  );
  d.l();
  d.l('Signed: ______________ (Landlord)   ______________ (Tenant)');
  d.l('Witness: ', nm(c.person(), 'full'), ', ', AD(c));
};

const enCourtNotice: Tpl = (c, d) => {
  const r = c.r;
  const def = c.person();
  const pl = c.person();
  const clerk = c.person();
  const court =
    c.country === 'US'
      ? r.pick([
          'Superior Court of California, County of Alameda',
          'District Court of Travis County',
          'Circuit Court of Cook County',
        ])
      : r.pick([
          'County Court at Leeds',
          'Sheriff Court of Glasgow',
          'District Court (Dublin Metropolitan District)',
          'Local Court of New South Wales',
        ]);
  d.l(court.toUpperCase());
  d.l(
    r.pick(['NOTICE OF HEARING', 'SUMMONS', 'NOTICE OF CIVIL CLAIM']),
    '   Case No. ',
    orderNo(c, 'case'),
  );
  d.l();
  d.l(nm(pl, r.pick(['caps', 'full'] as const)), ', Claimant');
  d.l('v.');
  d.l(nm(def, r.pick(['caps', 'full', 'mid_init'] as const)), ', Defendant');
  d.l();
  d.l('TO: ', nm(def, 'full'), ', ', AD(c));
  d.l('Date of birth (as stated in the claim): ', DOB(c));
  d.l();
  d.l(
    'You are required to attend a hearing on ',
    PD(c, 2025, 2026),
    ' at ',
    clock(c, 'en'),
    r.pick([' in Courtroom 4B.', ' before the Judge in chambers.', ' (remote hearing).']),
  );
  ifr(c, 0.5, () =>
    d.l(
      'Join link: ',
      URLT(
        `https://${r.pick(['hearings', 'cvp', 'video'])}.justice.example/j/${r.digits(10)}?pwd=${r.chars(16, B62)}`,
      ),
    ),
  );
  d.l('The claim is for ', price(c, 'en', 300, 25000), ' plus costs.');
  someLines(c, [
    [
      0.5,
      () => {
        const sol = c.person();
        d.l(
          'Claimant’s solicitor: ',
          nm(sol, 'full'),
          ', ',
          PH(c, undefined, false),
          ', ',
          E(
            'EMAIL',
            orgMail(
              sol,
              r.pick(['hartleylaw.co.uk', 'mossbergllp.com', 'kellyandco.ie']),
              r.int(0, 2),
            ),
          ),
        );
      },
    ],
    [0.3, () => d.l('The matter was adjourned from ', PD(c, 2024, 2025), '.')],
    [0.3, () => d.l(...enFiller(c))],
  ]);
  d.l();
  d.l(
    'Issued by ',
    nm(clerk, r.pick(['full', 'initial'] as const)),
    ', ',
    NN(r.pick(['Registrar', 'Deputy Registrar', 'Court Clerk'])),
  );
};

const enPropertyListing: Tpl = (c, d) => {
  const r = c.r;
  const agent = c.person();
  const agency = r.pick([
    'Keystone Estates',
    'Harbour & Hill Realty',
    'Parkside Property',
    'Coastline Realty',
    'Greenleaf Homes',
  ]);
  const dom = orgDomain(c, agency);
  const sale = r.chance(0.5);
  d.l(
    sale ? r.pick(['FOR SALE', 'JUST LISTED', 'OPEN HOME']) : 'TO LET',
    ' – ',
    String(r.int(1, 5)),
    ' bed ',
    r.pick(['semi-detached house', 'apartment', 'townhouse', 'bungalow', 'condo']),
    ', ',
    sale ? price(c, 'en', 180000, 1250000) : price(c, 'en', 950, 4800),
    sale ? '' : ' pcm',
  );
  d.l();
  d.l(
    `Bright home close to ${r.pick(['the station', 'good schools', 'the park'])} and a short walk from `,
    decoy(c, 'inst'),
    '.',
  );
  d.l(
    r.pick(['Open house: ', 'Viewings from ', 'Available from ']),
    PD(c),
    '. EPC rating ',
    r.pick(['B', 'C', 'D']),
    '.',
  );
  ifr(c, 0.6, () => d.l('Address: ', AD(c)));
  d.l();
  d.l(
    'Contact ',
    nm(agent, r.pick(['full', 'first'] as const)),
    ' at ',
    agency,
    ': ',
    PH(c, undefined, true),
    ...when(r.chance(0.6), ' · ', E('EMAIL', orgMail(agent, dom, r.int(0, 2)))),
  );
  d.l(
    URLT(
      `https://www.${dom}/listing/${r.int(10000, 99999)}-${r.pick(['maple-ave', 'high-street', 'kingsway', 'harbour-rd'])}`,
    ),
  );
  ifr(c, 0.3, () => d.l('Listing ID ', orderNo(c, 'ref'), ' · updated ', TS(c, 1)));
  ifr(c, 0.3, () => d.l(...enFiller(c)));
};

const enPermitApplication: Tpl = (c, d) => {
  const r = c.r;
  const app = c.person();
  const agent = r.chance(0.4) ? c.person() : null;
  d.l(
    r.pick([
      'BUILDING PERMIT APPLICATION',
      'Application for a Street Works Licence',
      'PLANNING APPLICATION – Householder',
      'Parking Permit Application',
    ]),
  );
  d.l(
    r.pick(['City of ', 'Borough of ', 'County of ']),
    decoy(c, 'place'),
    ' · Department of Planning',
  );
  d.l('Application ref: ', orderNo(c, 'ref'), '   Submitted: ', TS(c, 1));
  d.l();
  d.l('APPLICANT NAME: ', nm(app, r.pick(['caps', 'caps_last_first'] as const)));
  d.l('Date of birth: ', DOB(c));
  d.l('Site address: ', AD(c));
  d.l('Correspondence address: ', r.chance(0.5) ? 'same as above' : AD(c));
  d.l('Daytime phone: ', PH(c), '   Email: ', EM(c, app));
  if (agent)
    d.l(
      'Agent: ',
      nm(agent, 'full'),
      ' (',
      r.pick(['architect', 'contractor', 'surveyor']),
      '), ',
      PH(c, undefined, false),
    );
  d.l();
  d.l(
    'Description of works: ',
    r.pick([
      'single-storey rear extension',
      'loft conversion with dormer',
      'replacement of front boundary wall',
      'new dropped kerb',
    ]),
    '.',
  );
  d.l(
    'Fee paid: ',
    price(c, 'en', 50, 600),
    ' by card ending ',
    String(r.int(1000, 9999)),
    ' (transaction ',
    uuid(c),
    ')',
  );
  ifr(c, 0.3, () =>
    d.l('Previous decision ', orderNo(c, 'case'), ' dated ', PD(c, 2018, 2023), '.'),
  );
  ifr(c, 0.3, () => d.l(...enFiller(c)));
  d.l(
    'Track the application at ',
    URLT(
      `https://planning.${r.pick(['council.example.gov', 'cityportal.example.org'])}/app?id=${r.int(100000, 999999)}`,
    ),
  );
};

const enTaxNotice: Tpl = (c, d) => {
  const r = c.r;
  const tp = c.person();
  const spouse = r.chance(0.35) ? c.person({ country: tp.country }) : null;
  const us = c.country === 'US';
  d.l(
    byCountry(c, {
      US: ['Department of the Treasury – Internal Revenue Service', 'State Department of Revenue'],
      UK: ['HM Revenue & Customs'],
      IE: ['Revenue – Irish Tax and Customs'],
      CA: ['Canada Revenue Agency'],
      AU: ['Australian Taxation Office'],
    }),
  );
  d.l(
    r.pick([
      'Notice of adjustment',
      'Notice CP14 – Balance due',
      'Tax assessment',
      'Refund notice',
    ]),
    '   Notice date: ',
    PD(c),
  );
  d.l();
  d.l(
    nm(tp, r.pick(['caps', 'full'] as const)),
    spouse ? ' & ' : '',
    spouse ? nm(spouse, 'caps') : '',
  );
  d.l(AD(c));
  d.l();
  if (us)
    d.l(
      'Taxpayer ID (SSN): ',
      E('US_SSN', ssn(c)),
      spouse ? '   Spouse SSN: ' : '',
      spouse ? E('US_SSN', ssn(c)) : '',
    );
  else ifr(c, 0.25, () => d.l('US SSN (FATCA declaration): ', E('US_SSN', ssn(c))));
  d.l('Tax year: ', String(r.int(2022, 2025)), '   Amount due: ', price(c, 'en', 80, 9000));
  d.l('Pay by: ', PD(c, 2025, 2026));
  ifr(c, 0.35, () =>
    d.l(
      'We could not use the SSN ',
      N('ssn_invalid', ssn(c, false)),
      ' from your return; it is not a valid number.',
    ),
  );
  ifr(c, 0.5, () => d.l('Refunds will be paid to ', E('IBAN', iban(c)), '.'));
  ifr(c, 0.5, () =>
    d.l(
      'Pay online at ',
      URLT(
        `https://www.${r.pick(['irs.gov/payments', 'gov.uk/pay-self-assessment', 'revenue.ie/en/online-services'])}`,
      ),
    ),
  );
  ifr(c, 0.4, () =>
    d.l('Questions: ', PH(c, undefined, false), ' (reference ', orderNo(c, 'ref'), ')'),
  );
  ifr(c, 0.2, () => d.l(...enFiller(c)));
};

const enBankLetter: Tpl = (c, d) => {
  const r = c.r;
  const cust = c.person();
  const off = c.person();
  d.l(
    r.pick([
      'Northbridge Bank plc',
      'First Harbor Credit Union',
      'Allied Coast Bank',
      'Union Savings',
    ]),
  );
  d.l(
    r.pick(['Fraud Prevention', 'Customer Care', 'Card Services']),
    ' · ',
    PH(c, undefined, false),
  );
  d.l();
  d.l(nm(cust, r.pick(['full', 'caps', 'initial'] as const)));
  d.l(AD(c));
  d.l();
  d.l(PD(c));
  d.l();
  d.l(...dear(c, cust));
  d.l();
  d.l(
    r.pick([
      'We have blocked your card ',
      'Your replacement card replaces ',
      'We noticed unusual activity on card ',
    ]),
    E('CREDIT_CARD', card(c)),
    '.',
  );
  d.l(
    'Transactions under review: ',
    price(c, 'en', 20, 900),
    ' at ',
    decoy(c, 'brand'),
    ' on ',
    PD(c),
    ...when(r.chance(0.5), ' and ', price(c, 'en', 5, 300)),
    '.',
  );
  ifr(c, 0.6, () => d.l('Your account IBAN ', E('IBAN', iban(c)), ' is not affected.'));
  ifr(c, 0.3, () => d.l('The login came from IP address ', IP(c), ' at ', TS(c, 1), '.'));
  ifr(c, 0.3, () => d.l('For security, confirm your date of birth (', DOB(c), ') when you call.'));
  ifr(c, 0.25, () => d.l(...enFiller(c)));
  d.l();
  d.l('Yours sincerely,');
  d.l(
    nm(off, 'full'),
    ', ',
    r.pick(['Fraud Analyst', 'Relationship Manager', 'Card Services Team Lead']),
  );
};

const enPassengerManifest: Tpl = (c, d) => {
  const r = c.r;
  const fl = `${r.pick(w('BA|EI|AC|QF|UA|DL|FR'))}${r.int(10, 1999)}`;
  d.l(
    'PASSENGER MANIFEST  ',
    fl,
    '  ',
    r.pick(['LHR-JFK', 'DUB-BOS', 'YYZ-LHR', 'SYD-SIN', 'SFO-ORD']),
    '  ',
    PD(c),
  );
  d.l('SEQ  NAME                          PNR     DOB          SEAT  CONTACT');
  const n = r.int(3, 6);
  for (let i = 1; i <= n; i++) {
    const p = c.person();
    const name = nm(p, r.pick(['caps_last_first', 'caps', 'caps_last_first'] as const));
    d.a(
      pad(i, 3),
      '  ',
      name,
      ' '.repeat(Math.max(1, 30 - name.v.length)),
      orderNo(c, 'pnr'),
      '  ',
      DOB(c, 1940, 2020),
      '  ',
      `${r.int(1, 40)}${r.pick(w('A|B|C|D|E|F'))}`,
      '  ',
    );
    if (r.chance(0.6)) d.a(PH(c, p.country));
    else if (r.chance(0.5)) d.a(EM(c, p));
    d.l();
  }
  d.l(
    'Prepared by ',
    nm(c.person(), 'initial'),
    ' at ',
    TS(c, 0),
    ' – gate ',
    r.pick(['B32', 'A7', 'C12']),
  );
  ifr(c, 0.3, () =>
    d.l('Aircraft software ', r.pick(['FMS', 'ACARS']), ' version ', version(c, true)),
  );
};

const enHotelConfirmation: Tpl = (c, d) => {
  const r = c.r;
  const g = c.person();
  const hotel = r.pick([
    'The Harbour Hotel',
    'Grand Central Inn',
    'Riverside Suites',
    'The Ashdown',
    'Park Lane Lodge',
  ]);
  d.l('Booking confirmation – ', hotel);
  d.l('Confirmation number: ', orderNo(c, 'booking'));
  d.l();
  d.l(...hi(c, g));
  d.l(
    'Thank you for booking with us. Guest: ',
    nm(g, r.pick(['full', 'middle', 'caps'] as const)),
    '.',
  );
  d.l(
    'Check-in: ',
    PD(c),
    '   Check-out: ',
    PD(c),
    '   Rate: ',
    price(c, 'en', 90, 450),
    ' per night',
  );
  d.l('Guaranteed with card ', E('CREDIT_CARD', card(c)), '.');
  someLines(c, [
    [0.4, () => d.l('Accompanying guest: ', nm(c.person(), 'full'))],
    [0.5, () => d.l('Hotel address: ', AD(c), ' · ', PH(c, undefined, false))],
    [
      0.4,
      () =>
        d.l(
          'Manage your booking: ',
          URLT(
            `https://book.${slug(hotel)}.com/manage?conf=${r.chars(8, UPPER + DIG)}&email=${encodeURIComponent('guest')}`,
          ),
        ),
    ],
    [
      0.3,
      () =>
        d.l(
          'Breakfast is served in the ',
          NN(
            r.pick([
              'Wellington Room',
              'Churchill Lounge',
              'Victoria Suite',
              'Lincoln Room',
              'Hamilton Bar',
            ]),
          ),
          ' from 7:00.',
        ),
    ],
  ]);
  d.l();
  d.l(nm(c.person(), 'first'), ' – Front Desk');
};

const enParentsChat: Tpl = (c, d) => {
  const r = c.r;
  const ps = [c.person(), c.person(), c.person()];
  const [a, b, e] = ps as [Person, Person, Person];
  const kid = c.person();
  const t = chatClock(c);
  d.l(
    '[',
    t(),
    '] ',
    nm(a, 'lower_first'),
    ': anyone know if the trip on ',
    decoy(c, 'time'),
    ' is still on?',
  );
  d.l(
    '[',
    t(),
    '] ',
    nm(b, r.pick(['first', 'lower'] as const)),
    ': yes! ',
    nm(kid, 'lower_first'),
    "'s mum said the bus leaves at 8",
  );
  d.l('[', t(), '] ', nm(e, 'first'), ': can someone send me the form, my email is ', EM(c, e));
  ifr(c, 0.6, () =>
    d.l(
      '[',
      t(),
      '] ',
      nm(a, 'lower_first'),
      ': sent. also text me ',
      PH(c, undefined, true),
      ' if the kids need a lift',
    ),
  );
  ifr(c, 0.4, () =>
    d.l(
      '[',
      t(),
      '] ',
      nm(b, 'lower_first'),
      ': thanks ',
      nm(a, 'lower_first'),
      ' :) paid the ',
      price(c, 'en', 5, 40),
      ' via the school app',
    ),
  );
  ifr(c, 0.3, () =>
    d.l(
      '[',
      t(),
      '] ',
      nm(e, 'lower_first'),
      ': link for photos ',
      URLT(`https://photos.app.goo.gl/${r.chars(17, B62)}`),
    ),
  );
};

const EN_TPL: Record<string, Tpl> = {
  clinic_appointment: enClinicAppointment,
  gp_referral: enGpReferral,
  lab_results_mail: enLabResultsMail,
  insurance_claim: enInsuranceClaim,
  school_report: enSchoolReport,
  parent_teacher_mail: enParentTeacherMail,
  alumni_list: enAlumniList,
  tenancy_agreement: enTenancy,
  court_notice: enCourtNotice,
  property_listing: enPropertyListing,
  permit_application: enPermitApplication,
  tax_notice: enTaxNotice,
  bank_letter: enBankLetter,
  passenger_manifest: enPassengerManifest,
  hotel_confirmation: enHotelConfirmation,
  parents_chat: enParentsChat,
};

// ---------------------------------------------------------------------------------------------
// German templates

const DE_PRAXEN = w(
  'Hausarztpraxis am Markt|Gemeinschaftspraxis Lindenhof|MVZ Nordstadt|Kinderarztpraxis Sonnenblick|Orthopädie am Ring|Praxis im Ärztehaus West',
);

/** German birth-date phrases: label words stay outside the span. */
const deDob = (c: Ctx, y0 = 1938, y1 = 2004): Piece[] =>
  c.r.pick<Piece[]>([
    ['geb. ', DOB(c, y0, y1)],
    ['geb. am ', DOB(c, y0, y1)],
    ['geboren am ', DOB(c, y0, y1)],
    ['* ', DOB(c, y0, y1)],
    ['Geburtsdatum: ', DOB(c, y0, y1)],
  ]);

const deFiller = (c: Ctx): Piece[] =>
  c.r.pick<Piece[]>([
    ['Parkmöglichkeiten finden Sie gegenüber dem ', decoy(c, 'inst'), '.'],
    ['Am ', decoy(c, 'time'), ' bleibt die Praxis geschlossen.'],
    ['Im ', decoy(c, 'month'), ' ist die Praxis wegen Urlaubs geschlossen.'],
    [
      'Der ',
      NN(c.r.pick(['Hausmeister', 'Koch', 'Schneider'])),
      ' im Erdgeschoss nimmt Pakete an.',
    ],
    ['Unsere Filiale liegt direkt neben ', decoy(c, 'brand'), '.'],
    ['Bitte beachten Sie die Umleitung über die ', decoy(c, 'place'), '.'],
    ['Die ', decoy(c, 'job'), ' bestätigt den Eingang schriftlich.'],
    ['Rückfragen beantwortet gern unser Team.'],
  ]);

const dePraxisTermin: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const doc = c.person();
  const praxis = r.pick(DE_PRAXEN);
  const dom = orgDomain(c, praxis);
  d.l(
    praxis,
    ' · ',
    drTitle(c, doc),
    nm(doc, 'full'),
    ' · ',
    r.pick([
      'Fachärztin für Allgemeinmedizin',
      'Facharzt für Innere Medizin',
      'Kinder- und Jugendmedizin',
      'Orthopädie',
    ]),
  );
  d.l(
    AD(c),
    ' · Tel. ',
    PH(c, undefined, false),
    ...when(r.chance(0.5), ' · Fax ', PH(c, undefined, false)),
  );
  d.l();
  d.l(pat.sex === 'f' ? 'Frau' : 'Herrn');
  d.l(nm(pat, r.pick(['full', 'full', 'caps', 'middle'] as const)));
  d.l(AD(c));
  d.l();
  d.l(r.chance(0.5) ? `${localCity(c)}, ` : '', PD(c));
  d.l();
  d.l(
    r.pick([
      'Terminbestätigung',
      'Ihr Termin in unserer Praxis',
      'Erinnerung: Vorsorgeuntersuchung',
    ]),
  );
  d.l();
  d.l(...dear(c, pat));
  d.l();
  d.l(
    'hiermit bestätigen wir Ihren Termin am ',
    PD(c, 2025, 2026),
    ' um ',
    clock(c, 'de'),
    ' bei ',
    drTitle(c, doc),
    nm(doc, 'last'),
    '.',
  );
  d.l(
    'Bitte bringen Sie Ihre Versichertenkarte, den Impfpass und ggf. Ihren Medikationsplan (z. B. ',
    decoy(c, 'drug'),
    ') mit.',
  );
  someLines(c, [
    [
      0.6,
      () =>
        d.l(
          'Absagen bitte bis 24 Stunden vorher unter ',
          PH(c),
          ' oder per E-Mail an ',
          E('EMAIL', `termine@${dom}`),
          '.',
        ),
    ],
    [
      0.45,
      () =>
        d.l('Online-Terminverwaltung: ', URLT(`https://www.${dom}/termine?id=${r.chars(10, B62)}`)),
    ],
    [0.3, () => d.l('Patient: ', nm(pat, 'last_first'), ', ', ...deDob(c))],
    [0.35, () => d.l(...deFiller(c))],
    [0.25, () => d.l('Die IGeL-Leistung kostet ', price(c, 'de', 20, 120), '.')],
  ]);
  d.l();
  d.l('Mit freundlichen Grüßen');
  d.l(nm(c.person(), r.pick(['full', 'initial'] as const)));
  d.l('Praxisteam');
};

const deUeberweisung: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const hausarzt = c.person();
  const fach = c.person();
  d.l(r.pick(['Überweisung / Arztbrief', 'ÜBERWEISUNGSSCHEIN', 'Kurzarztbrief zur Mitbehandlung']));
  d.l('Absender: ', drTitle(c, hausarzt), nm(hausarzt, 'full'), ', ', r.pick(DE_PRAXEN));
  d.l(
    'An: ',
    drTitle(c, fach),
    nm(fach, r.pick(['full', 'initial'] as const)),
    ', ',
    decoy(c, 'inst'),
  );
  d.l('Datum: ', PD(c));
  d.l();
  d.l('Name, Vorname: ', nm(pat, r.pick(['last_first', 'caps_last_first'] as const)));
  d.l(...deDob(c));
  d.l('Anschrift: ', AD(c));
  ifr(c, 0.6, () => d.l('Tel.: ', PH(c)));
  ifr(c, 0.3, () => d.l('E-Mail: ', EM(c, pat)));
  d.l();
  d.l('Sehr geehrte Kollegin, sehr geehrter Kollege,');
  d.l(
    'ich überweise ',
    pat.sex === 'f' ? 'Frau ' : 'Herrn ',
    nm(pat, 'last'),
    r.pick([
      ' zur Abklärung rezidivierender Kopfschmerzen.',
      ' wegen belastungsabhängiger Thoraxschmerzen.',
      ' zur Koloskopie bei positivem iFOBT.',
      ' bei Verdacht auf Meniskusläsion rechts.',
    ]),
  );
  d.l(
    'Aktuelle Medikation: ',
    decoy(c, 'drug'),
    ' ',
    String(r.int(5, 600)),
    ' mg 1-0-1',
    ...when(r.chance(0.5), ', ', decoy(c, 'drug'), ' bei Bedarf'),
    '.',
  );
  someLines(c, [
    [
      0.35,
      () => d.l('Vorbefunde vom ', PD(c, 2023, 2025), ' liegen bei (Az. ', orderNo(c, 'ref'), ').'),
    ],
    [
      0.3,
      () => d.l('Angehörige: ', nm(c.person(), 'full'), ' (Tochter), ', PH(c, undefined, true)),
    ],
    [0.25, () => d.l(...deFiller(c))],
  ]);
  d.l();
  d.l('Mit kollegialen Grüßen');
  d.l(nm(hausarzt, r.pick(['full', 'initial'] as const)));
};

const deRezept: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const doc = c.person();
  d.l(
    r.pick([
      'Privatrezept',
      'Rezept (Kopie für Patientenakte)',
      'E-Rezept – Ausdruck für Versicherte',
    ]),
  );
  d.l(
    'Krankenkasse bzw. Kostenträger: ',
    r.pick(w('AOK|TK|Barmer|DAK-Gesundheit|ÖGK|CSS|Helsana|privat')),
  );
  d.l(
    'Name, Vorname des Versicherten: ',
    nm(pat, r.pick(['caps_last_first', 'last_first'] as const)),
  );
  d.l(...deDob(c));
  ifr(c, 0.7, () => d.l('Anschrift: ', AD(c)));
  d.l('Ausstellungsdatum: ', PD(c));
  d.l();
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++)
    d.l(
      'Rp. ',
      decoy(c, 'drug'),
      ` ${r.int(1, 800)} mg, N${r.int(1, 3)}, ${r.pick(['1-0-0', '1-0-1', '0-0-1', 'bei Bedarf'])}`,
    );
  d.l();
  d.l(
    'Arzt: ',
    drTitle(c, doc),
    nm(doc, r.pick(['full', 'initial'] as const)),
    ', LANR ',
    orderNo(c, 'ref'),
  );
  ifr(c, 0.5, () =>
    d.l(
      'Token für die Apotheke: ',
      N(
        'uuid',
        `${r.chars(8, HEX)}-${r.chars(4, HEX)}-4${r.chars(3, HEX)}-a${r.chars(3, HEX)}-${r.chars(12, HEX)}`,
      ),
    ),
  );
  ifr(c, 0.4, () =>
    d.l('Zuzahlung: ', price(c, 'de', 5, 10), ' · Praxis-Tel. ', PH(c, undefined, false)),
  );
  ifr(c, 0.2, () => d.l(...deFiller(c)));
};

const deLaborMail: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const doc = c.person();
  const lab = r.pick([
    'Labor Dr. Wisplinghoff',
    'Synlab',
    'Limbach Gruppe',
    'Labor Berlin',
    'Medilys',
  ]);
  const dom = `${slug(lab).slice(0, 12)}.${c.country === 'AT' ? 'at' : c.country === 'CH' ? 'ch' : 'de'}`;
  d.l(
    'Von: ',
    lab.includes('Dr.') || lab.includes('Limbach') ? NN(lab) : lab,
    ' <',
    E('EMAIL', `befunde@${dom}`),
    '>',
  );
  d.l('An: ', EM(c, pat));
  d.l('Datum: ', TS(c, 1));
  d.l('Betreff: Ihr Laborbefund ', orderNo(c, 'ref'), ' ist verfügbar');
  d.l();
  d.l(...hi(c, pat));
  d.l();
  d.l(
    'Ihr Befund (',
    r.pick(['Blutbild', 'Schilddrüsenwerte', 'HbA1c', 'Vitamin D', 'Lipidprofil']),
    ') vom ',
    PD(c),
    ' wurde von ',
    drTitle(c, doc),
    nm(doc, r.pick(['last', 'full'] as const)),
    ' freigegeben.',
  );
  d.l(
    'Abrufen: ',
    URLT(`https://befund.${dom}/b/${r.chars(14, B62)}`),
    ' (Code: Ihr Geburtsdatum im Format TTMMJJJJ)',
  );
  someLines(c, [
    [0.4, () => d.l('Hinterlegtes Geburtsdatum: ', DOB(c))],
    [0.4, () => d.l('Fragen? ', PH(c, undefined, false), ' (Mo–Fr 8–16 Uhr)')],
    [
      0.3,
      () =>
        d.l('Selbstzahlerrechnung ', orderNo(c, 'invoice'), ' über ', price(c, 'de', 15, 200), '.'),
    ],
    [0.2, () => d.l(...deFiller(c))],
  ]);
  d.l();
  d.l('Diese E-Mail wurde automatisch erstellt. Bitte nicht antworten.');
};

const deErstattung: Tpl = (c, d) => {
  const r = c.r;
  const vn = c.person();
  const kind = r.chance(0.5) ? c.person({ country: vn.country }) : null;
  d.l(
    r.pick([
      'Antrag auf Kostenerstattung',
      'Leistungsantrag – Private Krankenversicherung',
      'Erstattungsantrag Zahnbehandlung',
    ]),
  );
  d.l('Versicherungsnummer: ', orderNo(c, 'claim'), '   Eingang: ', PD(c));
  d.l();
  d.l('Versicherungsnehmer/in: ', nm(vn, r.pick(['caps', 'last_first', 'full'] as const)));
  d.l(...deDob(c, 1945, 2000));
  d.l('Anschrift: ', AD(c));
  d.l('Telefon: ', PH(c), ...when(r.chance(0.5), '   E-Mail: ', EM(c, vn)));
  if (kind) d.l('Behandelte Person: ', nm(kind, 'full'), ' (Kind), ', ...deDob(c, 2008, 2022));
  d.l();
  const arzt = c.person();
  d.l(
    'Rechnung von ',
    drTitle(c, arzt),
    nm(arzt, 'last'),
    ' vom ',
    PD(c),
    ' über ',
    price(c, 'de', 40, 3200),
  );
  d.l(
    'Erstattung bitte auf das Konto: IBAN ',
    E('IBAN', iban(c)),
    ...when(r.chance(0.4), ', Kontoinhaber: ', nm(vn, 'full')),
  );
  someLines(c, [
    [
      0.3,
      () =>
        d.l(
          'Achtung: Die im letzten Antrag angegebene IBAN ',
          N('iban_invalid', ibanBad(c)),
          ' war fehlerhaft.',
        ),
    ],
    [
      0.25,
      () =>
        d.l(
          'Zahlung der Eigenbeteiligung erfolgte mit Kreditkarte ',
          E('CREDIT_CARD', card(c)),
          '.',
        ),
    ],
    [0.25, () => d.l(...deFiller(c))],
  ]);
  d.l();
  d.l('Ort, Datum: ', localCity(c), ', ', PD(c), '   Unterschrift: ', nm(vn, 'full'));
};

const deZeugnis: Tpl = (c, d) => {
  const r = c.r;
  const kid = c.person();
  const school = decoy(c, 'school');
  d.l(school);
  d.l(
    r.pick(['HALBJAHRESZEUGNIS', 'JAHRESZEUGNIS', 'Lernentwicklungsbericht']),
    ' ',
    `Schuljahr ${schoolYear(c)}`,
  );
  d.l();
  d.l(
    'für ',
    nm(kid, r.pick(['full', 'caps', 'middle'] as const)),
    ', ',
    ...deDob(c, 2008, 2018),
    ', Klasse ',
    `${r.int(3, 10)}${r.pick(['a', 'b', 'c'])}`,
  );
  d.l();
  for (const f of r
    .shuffle(
      w(
        'Deutsch|Mathematik|Englisch|Sachunterricht|Biologie|Geschichte|Sport|Musik|Kunst|Religion',
      ),
    )
    .slice(0, r.int(4, 7)))
    d.l(`${f.padEnd(16)}${r.pick(w('sehr gut|gut|befriedigend|ausreichend|1|2|3'))}`);
  d.l();
  d.l(
    'Bemerkungen: ',
    nm(kid, 'first'),
    r.pick([
      ' arbeitet im Unterricht engagiert mit.',
      ' sollte die Hausaufgaben sorgfältiger erledigen.',
      ' zeigt große Hilfsbereitschaft.',
    ]),
    ` Versäumte Tage: ${r.int(0, 14)}.`,
  );
  ifr(c, 0.4, () => d.l('Lektüre: Der Schimmelreiter (ISBN ', isbn(c), ')'));
  d.l();
  d.l(
    r.pick(['Klassenlehrerin', 'Klassenleitung', 'Klassenlehrer']),
    ': ',
    nm(c.person(), r.pick(['full', 'initial'] as const)),
    '     Schulleitung: ',
    nm(c.person(), 'full'),
  );
  d.l('Ausgegeben am ', PD(c));
};

const deSchulanmeldung: Tpl = (c, d) => {
  const r = c.r;
  const kid = c.person();
  const m = c.person({ sex: 'f' });
  const v = r.chance(0.6) ? c.person({ sex: 'm' }) : null;
  d.l('ANMELDUNG FÜR DAS SCHULJAHR ', schoolYear(c), ' – ', decoy(c, 'school'));
  d.l();
  d.l('Angaben zum Kind');
  d.l('Familienname: ', nm(kid, 'last'), '   Vorname(n): ', nm(kid, 'first'));
  d.l(
    'Geburtsdatum: ',
    DOB(c, 2012, 2020),
    '   Geburtsort: ',
    r.pick(w('Köln|Linz|Bern|Hamburg|Istanbul|Krakau')),
  );
  d.l('Wohnanschrift: ', AD(c));
  d.l();
  d.l('Erziehungsberechtigte');
  d.l(
    '1) ',
    nm(m, r.pick(['full', 'last_first'] as const)),
    ', Tel. ',
    PH(c, undefined, true),
    ', E-Mail ',
    EM(c, m),
  );
  if (v)
    d.l(
      '2) ',
      nm(v, r.pick(['full', 'last_first'] as const)),
      ', Tel. ',
      PH(c),
      ...when(r.chance(0.4), ', abweichende Anschrift: ', AD(c)),
    );
  d.l();
  const rel = r.pick(['Großmutter', 'Nachbarin', 'Onkel', 'Großvater']);
  d.l(
    'Notfallkontakt: ',
    nm(c.person({ sex: rel === 'Onkel' || rel === 'Großvater' ? 'm' : 'f' }), 'full'),
    ' (',
    rel,
    ') ',
    PH(c),
  );
  d.l(
    'Beitrag Förderverein: ',
    price(c, 'de', 12, 60),
    ' jährlich per SEPA-Lastschrift von IBAN ',
    E('IBAN', iban(c)),
  );
  ifr(c, 0.3, () => d.l(...deFiller(c)));
  d.l('Eingegangen am ', PD(c), ' · Vorgangsnummer ', orderNo(c, 'ref'));
};

const deElternMail: Tpl = (c, d) => {
  const r = c.r;
  const par = c.person();
  const kid: Person = { ...c.person({ country: par.country }), last: par.last };
  const t = c.person();
  d.l('Von: ', nm(par, 'full'), ' <', EM(c, par), '>');
  d.l(
    'An: ',
    E(
      'EMAIL',
      orgMail(
        t,
        orgDomain(c, r.pick(['gs-am-park', 'realschule-nord', 'gymnasium-mitte'])),
        r.int(0, 2),
      ),
    ),
  );
  d.l(
    'Betreff: ',
    r.pick(['Krankmeldung', 'Elternsprechtag', 'Klassenfahrt', 'Frage zur Hausaufgabe']),
    ' ',
    nm(kid, r.pick(['first', 'full'] as const)),
  );
  d.l();
  d.l(t.sex === 'f' ? 'Liebe Frau ' : 'Lieber Herr ', nm(t, 'last'), ',');
  d.l();
  const reason = r.int(0, 2);
  d.a(kid.sex === 'm' ? 'unser Sohn ' : 'unsere Tochter ', nm(kid, 'first'));
  if (reason === 0) {
    d.l(' ist heute krank und bleibt zu Hause.');
    d.l(
      'Wir melden uns, sobald ',
      nm(kid, 'first'),
      ' wieder gesund ist. Das Attest vom ',
      PD(c),
      ' reichen wir nach.',
    );
  } else if (reason === 1)
    d.l(' kann am ', PD(c), ' wegen eines Arzttermins erst zur dritten Stunde kommen.');
  else
    d.l(
      ' hat die Einverständniserklärung für die Klassenfahrt vergessen. Dürfen wir sie bis ',
      r.pick(['Montag', 'Freitag', 'morgen']),
      ' nachreichen?',
    );
  someLines(c, [
    [0.5, () => d.l('Sie erreichen mich tagsüber unter ', PH(c, undefined, true), '.')],
    [
      0.3,
      () =>
        d.l(
          'Den Betrag für die Klassenfahrt (',
          price(c, 'de', 80, 350),
          ') haben wir überwiesen.',
        ),
    ],
    [0.25, () => d.l('Neue Adresse ab ', PD(c), ': ', AD(c))],
    [0.2, () => d.l(...deFiller(c))],
  ]);
  d.l();
  d.l(r.pick(['Viele Grüße', 'Liebe Grüße', 'Mit freundlichen Grüßen', 'LG']));
  d.l(nm(par, r.pick(['first', 'full'] as const)));
};

const deMietvertrag: Tpl = (c, d) => {
  const r = c.r;
  const vm = c.person();
  const m1 = c.person();
  const m2 = r.chance(0.35) ? c.person() : null;
  d.l('MIETVERTRAG ÜBER WOHNRAUM');
  d.l();
  d.l('Zwischen ', nm(vm, r.pick(['full', 'caps'] as const)), ', ', AD(c), ' (Vermieter)');
  d.l(
    'und ',
    nm(m1, r.pick(['full', 'caps'] as const)),
    ', ',
    ...deDob(c, 1955, 2003),
    ...when(!!m2, ' sowie ', m2 ? nm(m2, 'full') : null),
    ' (Mieter)',
  );
  d.l('wird folgender Mietvertrag geschlossen:');
  d.l();
  d.l(
    '§ 1 Mietsache: Wohnung im ',
    r.pick(['2. OG links', 'EG rechts', 'DG', '3. OG Mitte']),
    ', ',
    AD(c),
  );
  d.l('§ 2 Mietbeginn: ', PD(c));
  d.l(
    '§ 3 Miete: Grundmiete ',
    price(c, 'de', 450, 1800),
    ', Betriebskostenvorauszahlung ',
    price(c, 'de', 80, 300),
  );
  d.l('§ 4 Kaution: ', price(c, 'de', 900, 5400), ' auf das Konto IBAN ', E('IBAN', iban(c)));
  d.l(
    '§ 5 Schönheitsreparaturen: ',
    r.pick(['trägt der Mieter', 'nach Maßgabe der Anlage 2']),
    '. Der ',
    NN('Hahn'),
    ' in der Küche wird vor Einzug ersetzt.',
  );
  someLines(c, [
    [
      0.5,
      () =>
        d.l(
          'Hausverwaltung: ',
          nm(c.person(), 'full'),
          ', ',
          PH(c, undefined, false),
          ', ',
          E(
            'EMAIL',
            `verwaltung@${orgDomain(c, r.pick(['Haus und Grund Verwaltung', 'Immobilien Kessler', 'WBG Nord']))}`,
          ),
        ),
    ],
    [0.3, () => d.l('Einbauküche (', decoy(c, 'brand'), ') ist mitvermietet.')],
    [0.25, () => d.l(...deFiller(c))],
  ]);
  d.l();
  d.l(localCity(c), ', den ', PD(c));
  d.l('_____________ ', nm(vm, 'full'), '        _____________ ', nm(m1, 'full'));
};

const deNotar: Tpl = (c, d) => {
  const r = c.r;
  const notar = c.person();
  const k = c.person();
  const v = c.person();
  d.l('Notariat ', nm(notar, 'full'), ' · ', AD(c));
  d.l(
    'Tel. ',
    PH(c, undefined, false),
    ' · ',
    E('EMAIL', orgMail(notar, orgDomain(c, `notariat-${notar.last}`), r.int(0, 2))),
  );
  d.l();
  d.l(title(c, k), nm(k, 'full'));
  d.l(AD(c));
  d.l();
  d.l('UR-Nr. ', orderNo(c, 'case'), '   ', PD(c));
  d.l('Grundstückskaufvertrag ', nm(v, 'last'), ' / ', nm(k, 'last'));
  d.l();
  d.l(...dear(c, k));
  d.l();
  d.l(
    'in der oben genannten Angelegenheit übersenden wir Ihnen den Entwurf des Kaufvertrags über das Grundstück ',
    AD(c),
    '.',
  );
  d.l(
    'Verkäufer: ',
    nm(v, r.pick(['full', 'caps'] as const)),
    ', ',
    ...deDob(c, 1940, 1990),
    '. Käufer: ',
    nm(k, 'full'),
    ', ',
    ...deDob(c, 1960, 1998),
    '.',
  );
  d.l(
    'Kaufpreis: ',
    price(c, 'de', 180000, 950000),
    '. Beurkundungstermin: ',
    PD(c, 2025, 2026),
    ', ',
    clock(c, 'de'),
    '.',
  );
  someLines(c, [
    [
      0.5,
      () =>
        d.l(
          'Bitte überweisen Sie den Kostenvorschuss auf unser Anderkonto ',
          E('IBAN', iban(c)),
          '.',
        ),
    ],
    [0.3, () => d.l('Grundbuch von ', decoy(c, 'place'), ', Blatt ', orderNo(c, 'ref'), '.')],
    [0.2, () => d.l(...deFiller(c))],
  ]);
  d.l();
  d.l('Mit freundlichen Grüßen');
  d.l(nm(c.person({ sex: 'f' }), 'full'), ', ', NN('Notarfachangestellte'));
};

const deGericht: Tpl = (c, d) => {
  const r = c.r;
  const bekl = c.person();
  const kl = c.person();
  d.l(
    byCountry(c, {
      DE: [
        'Amtsgericht Charlottenburg',
        'Landgericht Köln',
        'Amtsgericht München',
        'Amtsgericht Leipzig',
      ],
      AT: ['Bezirksgericht Innere Stadt Wien', 'Bezirksgericht Graz-Ost'],
      CH: ['Bezirksgericht Zürich', 'Regionalgericht Bern-Mittelland'],
    }),
  );
  d.l('Geschäftsnummer: ', orderNo(c, 'case'));
  d.l();
  d.l('LADUNG ZUM TERMIN');
  d.l();
  d.l('In dem Rechtsstreit');
  d.l(nm(kl, r.pick(['full', 'caps'] as const)), ', ', AD(c), ' – Kläger/in –');
  d.l('gegen');
  d.l(
    nm(bekl, r.pick(['full', 'caps', 'last_first'] as const)),
    ', ',
    ...deDob(c),
    ', ',
    AD(c),
    ' – Beklagte/r –',
  );
  d.l();
  d.l(
    'wird Termin zur mündlichen Verhandlung bestimmt auf ',
    r.pick(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag']),
    ', ',
    PD(c, 2025, 2026),
    ', ',
    clock(c, 'de'),
    ', Saal ',
    `${r.int(1, 3)}${r.int(0, 2)}${r.int(1, 9)}`,
    '.',
  );
  d.l('Streitwert: ', price(c, 'de', 500, 40000), '.');
  someLines(c, [
    [
      0.5,
      () =>
        d.l(
          'Prozessbevollmächtigte der Klagepartei: Rechtsanwältin ',
          nm(c.person({ sex: 'f' }), 'full'),
          ', ',
          PH(c, undefined, false),
        ),
    ],
    [
      0.3,
      () =>
        d.l('Videoverhandlung: ', URLT(`https://justiz-video.example.de/termin/${r.digits(9)}`)),
    ],
  ]);
  d.l();
  d.l(
    'Auf Anordnung: ',
    nm(c.person(), r.pick(['full', 'initial'] as const)),
    ', Justizbeschäftigte',
  );
};

const deExpose: Tpl = (c, d) => {
  const r = c.r;
  const agent = c.person();
  const firm = r.pick([
    'Engel & Völkers',
    'Immobilien Hofmann',
    'Stadtmakler Nord',
    'RE/MAX Süd',
    'Alpenland Immobilien',
  ]);
  const kauf = r.chance(0.5);
  d.l(
    kauf ? 'Zum Kauf: ' : 'Zur Miete: ',
    `${r.int(1, 5)}-Zimmer-${r.pick(['Wohnung', 'Altbauwohnung', 'Reihenhaus', 'Maisonette'])} mit ${r.pick(['Balkon', 'Garten', 'Dachterrasse'])}`,
  );
  d.l(
    kauf ? 'Kaufpreis: ' : 'Kaltmiete: ',
    kauf ? price(c, 'de', 190000, 1200000) : price(c, 'de', 600, 2400),
    '   Wohnfläche: ',
    `${r.int(35, 160)} m²`,
  );
  d.l(
    'Lage: ruhige Seitenstraße nahe ',
    decoy(c, 'place'),
    '; ',
    decoy(c, 'inst'),
    ' und Einkaufsmöglichkeiten (',
    decoy(c, 'brand'),
    ') fußläufig erreichbar.',
  );
  d.l('Bezugsfrei ab ', PD(c), '. Energieausweis: ', `${r.int(40, 210)} kWh/(m²·a)`, '.');
  ifr(c, 0.5, () => d.l('Objektadresse: ', AD(c)));
  d.l();
  d.l('Ihr Ansprechpartner: ', nm(agent, r.pick(['full', 'full', 'initial'] as const)), ', ', firm);
  d.l(
    'Mobil ',
    PH(c, undefined, true),
    ...when(r.chance(0.6), ' · ', E('EMAIL', orgMail(agent, orgDomain(c, firm), r.int(0, 2)))),
  );
  d.l(URLT(`https://www.${orgDomain(c, firm)}/expose/${r.int(100000, 999999)}`));
  ifr(c, 0.3, () => d.l('Objekt-ID ', orderNo(c, 'ref'), ' · aktualisiert ', TS(c, 1)));
};

const deMelde: Tpl = (c, d) => {
  const r = c.r;
  const p = c.person();
  const sachb = c.person();
  d.l(
    byCountry(c, {
      DE: ['Landeshauptstadt Stuttgart', 'Stadt Hannover', 'Landeshauptstadt Dresden'],
      AT: ['Magistrat der Stadt Wien', 'Magistrat Graz'],
      CH: ['Einwohnerkontrolle Winterthur', 'Personenmeldeamt Basel'],
    }),
    ' – ',
    byCountry(c, { DE: ['Bürgeramt'], AT: ['Meldeservice'], CH: ['Einwohnerdienste'] }),
  );
  d.l(
    r.pick([
      'MELDEBESCHEINIGUNG (einfach)',
      'Meldebestätigung',
      'Wohnsitzbestätigung',
      'Auszug aus dem Melderegister',
    ]),
  );
  d.l();
  d.l('Familienname: ', {
    t: 'PERSON',
    v: r.chance(0.6) ? p.last.toUpperCase() : p.last,
    src: p.src,
  });
  d.l('Vornamen: ', { t: 'PERSON', v: p.middle ? `${p.first} ${p.middle}` : p.first, src: p.src });
  d.l(
    'Geburtsdatum: ',
    DOB(c),
    '   Geburtsort: ',
    r.pick(w('Dresden|Graz|Luzern|Ankara|Porto|Hamburg')),
  );
  d.l('Anschrift: ', AD(c), '   Einzugsdatum: ', PD(c, 2010, 2025));
  d.l(
    'Staatsangehörigkeit: ',
    r.pick(['deutsch', 'österreichisch', 'schweizerisch', 'italienisch']),
  );
  ifr(c, 0.4, () => d.l('Gebühr: ', price(c, 'de', 5, 15), ' (bezahlt am ', PD(c), ')'));
  ifr(c, 0.3, () =>
    d.l(
      'Terminbuchung online: ',
      URLT(
        `https://service.${r.pick(['stadt.example.de', 'wien.example.at', 'stadt.example.ch'])}/termin?buergeramt=${r.int(1, 40)}`,
      ),
    ),
  );
  d.l();
  d.l('Im Auftrag');
  d.l(nm(sachb, r.pick(['full', 'initial'] as const)), ' · Tel. ', PH(c, undefined, false));
};

const deSteuer: Tpl = (c, d) => {
  const r = c.r;
  const p = c.person();
  const p2 = r.chance(0.4) ? c.person({ country: p.country }) : null;
  d.l(
    byCountry(c, {
      DE: ['Finanzamt Köln-Süd', 'Finanzamt München Abt. II', 'Finanzamt Hamburg-Nord'],
      AT: [
        'Finanzamt Österreich – Dienststelle Wien 3/6/7/11/15',
        'Finanzamt Österreich – Dienststelle Graz-Stadt',
      ],
      CH: ['Kantonales Steueramt Zürich', 'Steuerverwaltung Basel-Stadt'],
    }),
  );
  d.l(
    r.pick(['Bescheid für ', 'Einkommensteuerbescheid für ', 'Vorläufige Steuerberechnung für ']),
    String(r.int(2022, 2025)),
  );
  d.l('Steuernummer ', orderNo(c, 'ref'), '   Datum: ', PD(c));
  d.l();
  d.l(p2 ? 'Eheleute' : p.sex === 'f' ? 'Frau' : 'Herrn');
  d.l(nm(p, r.pick(['full', 'caps'] as const)), ...when(!!p2, ' und ', p2 ? nm(p2, 'full') : null));
  d.l(AD(c));
  d.l();
  d.l(
    'Festgesetzt werden: ',
    price(c, 'de', 200, 18000),
    '. ',
    r.pick(['Erstattung: ', 'Nachzahlung: ']),
    price(c, 'de', 20, 4000),
    '.',
  );
  d.l('Der Betrag wird auf Ihr Konto ', E('IBAN', iban(c)), ' überwiesen bzw. eingezogen.');
  someLines(c, [
    [
      0.3,
      () =>
        d.l(
          'Die Angabe der US-Sozialversicherungsnummer ',
          E('US_SSN', ssn(c)),
          ' (FATCA) wurde berücksichtigt.',
        ),
    ],
    [
      0.3,
      () =>
        d.l(
          'Die alte Bankverbindung ',
          N('iban_invalid', ibanBad(c)),
          ' konnte nicht verwendet werden.',
        ),
    ],
    [
      0.4,
      () =>
        d.l(
          'Einspruch bis ',
          PD(c),
          ' · Online: ',
          URLT(
            r.pick([
              'https://www.elster.de',
              'https://finanzonline.bmf.gv.at',
              'https://www.zh.ch/steuern',
            ]),
          ),
        ),
    ],
    [
      0.35,
      () =>
        d.l(
          'Rückfragen: ',
          nm(c.person(), 'full'),
          ', Zimmer ',
          String(r.int(100, 499)),
          ', ',
          PH(c, undefined, false),
        ),
    ],
  ]);
};

const deHotel: Tpl = (c, d) => {
  const r = c.r;
  const g = c.person();
  const hotel = r.pick([
    'Hotel Seeblick',
    'Alpenhof',
    'Hotel zur Post',
    'Parkhotel am Schloss',
    'Stadthotel Mitte',
  ]);
  d.l('Buchungsbestätigung – ', hotel);
  d.l('Buchungsnummer: ', orderNo(c, 'booking'));
  d.l();
  d.l(...dear(c, g));
  d.l(
    'vielen Dank für Ihre Reservierung. Gast: ',
    nm(g, r.pick(['full', 'caps', 'last_first'] as const)),
    ...when(r.chance(0.4), ', ', ...deDob(c)),
    '.',
  );
  d.l('Anreise: ', PD(c), '   Abreise: ', PD(c), '   Preis pro Nacht: ', price(c, 'de', 70, 380));
  d.l('Garantiert mit Kreditkarte ', E('CREDIT_CARD', card(c)), '.');
  someLines(c, [
    [0.4, () => d.l('Begleitperson: ', nm(c.person(), 'full'))],
    [0.5, () => d.l('Adresse: ', AD(c), ' · Tel. ', PH(c, undefined, false))],
    [
      0.4,
      () =>
        d.l(
          'Online-Check-in: ',
          URLT(
            `https://checkin.${slug(hotel)}.${c.country === 'CH' ? 'ch' : c.country === 'AT' ? 'at' : 'de'}/c/${r.chars(10, B62)}`,
          ),
        ),
    ],
    [0.3, () => d.l('Kurtaxe: ', price(c, 'de', 1, 5), ' pro Person und Nacht.')],
  ]);
  d.l();
  d.l('Herzliche Grüße');
  d.l(nm(c.person(), 'first'), ' von der Rezeption');
};

const deElternChat: Tpl = (c, d) => {
  const r = c.r;
  const [a, b, e] = [c.person(), c.person(), c.person()] as const;
  const kid = c.person();
  const t = chatClock(c);
  d.l(
    '[',
    t(),
    '] ',
    nm(a, 'lower_first'),
    ': weiß jemand, ob am ',
    decoy(c, 'time'),
    ' Wandertag ist?',
  );
  d.l(
    '[',
    t(),
    '] ',
    nm(b, r.pick(['first', 'lower'] as const)),
    ': ja, ',
    nm(kid, 'lower_first'),
    ' hat den Zettel mitgebracht',
  );
  d.l('[', t(), '] ', nm(e, 'first'), ': kann mir jemand das Formular schicken? ', EM(c, e));
  ifr(c, 0.6, () =>
    d.l(
      '[',
      t(),
      '] ',
      nm(a, 'lower_first'),
      ': erledigt. Fahrgemeinschaft? ruf an ',
      PH(c, undefined, true),
    ),
  );
  ifr(c, 0.4, () =>
    d.l(
      '[',
      t(),
      '] ',
      nm(b, 'lower_first'),
      ': danke ',
      nm(a, 'lower_first'),
      ' :) die ',
      price(c, 'de', 3, 25),
      ' hab ich überwiesen',
    ),
  );
  ifr(c, 0.3, () =>
    d.l(
      '[',
      t(),
      '] ',
      nm(e, 'lower_first'),
      ': Fotos: ',
      URLT(
        `https://cloud.${r.pick(['schule-example.de', 'eltern-example.at'])}/s/${r.chars(15, B62)}`,
      ),
    ),
  );
};

const DE_TPL: Record<string, Tpl> = {
  praxis_termin: dePraxisTermin,
  ueberweisung: deUeberweisung,
  rezept: deRezept,
  laborbefund_mail: deLaborMail,
  kostenerstattung: deErstattung,
  zeugnis: deZeugnis,
  schulanmeldung: deSchulanmeldung,
  eltern_mail: deElternMail,
  mietvertrag: deMietvertrag,
  notar_schreiben: deNotar,
  gerichtsladung: deGericht,
  immobilien_expose: deExpose,
  meldebescheinigung: deMelde,
  steuerbescheid: deSteuer,
  hotel_buchung: deHotel,
  eltern_chat: deElternChat,
};

// ---------------------------------------------------------------------------------------------
// Spanish templates

const ES_CENTROS = w(
  'Centro de Salud Las Acacias|Clínica Dental Sonrisas|Consultorio Médico del Valle|Centro Médico Integral|Policlínica San Rafael|Unidad de Pediatría Los Pinos',
);

/** "nacido el …" style birth phrases (agreement by sex), label words outside the span. */
const esDob = (c: Ctx, p: Person | null, y0 = 1938, y1 = 2004, cap = false): Piece[] => {
  const o = p?.sex === 'f' ? 'a' : 'o';
  const label = c.r.pick([
    `nacid${o} el `,
    'fecha de nacimiento: ',
    'F. nac.: ',
    `nacid${o} en ${c.r.pick(['Sevilla', 'Lima', 'Quito', 'Bilbao', 'Puebla'])} el `,
    'fecha de nac.: ',
  ]);
  return [cap ? label[0]!.toUpperCase() + label.slice(1) : label, DOB(c, y0, y1)];
};

const esFiller = (c: Ctx): Piece[] =>
  c.r.pick<Piece[]>([
    ['Hay aparcamiento gratuito junto a la entrada principal (', decoy(c, 'hospital'), ').'],
    ['El centro permanecerá cerrado en ', decoy(c, 'time'), '.'],
    ['Puede llegar en metro hasta ', decoy(c, 'place'), '.'],
    [
      'La ',
      NN(c.r.pick(['Jefa de Estudios', 'Directora', 'Procuradora', 'Enfermera jefa'])),
      ' le confirmará la recepción por escrito.',
    ],
    ['Nuestra oficina está junto a la tienda de ', decoy(c, 'brand'), '.'],
    ['Gracias por su confianza.'],
  ]);

const esCita: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const doc = c.person();
  const centro = r.pick(ES_CENTROS);
  const dom = orgDomain(c, centro);
  d.l(centro);
  d.l(AD(c), ' · Tel. ', PH(c, undefined, false));
  d.l();
  d.l(title(c, pat), nm(pat, r.pick(['full', 'caps', 'middle'] as const)));
  d.l(AD(c));
  d.l();
  d.l(`${localCity(c)}, a `, PD(c));
  d.l();
  d.l('Asunto: ', r.pick(['confirmación de cita', 'recordatorio de cita', 'cita de revisión']));
  d.l();
  d.l(...dear(c, pat));
  d.l();
  d.l(
    'Le confirmamos su cita con ',
    drTitle(c, doc),
    nm(doc, r.pick(['full', 'last'] as const)),
    ' (',
    r.pick(['Medicina de Familia', 'Cardiología', 'Traumatología', 'Pediatría', 'Dermatología']),
    ') el ',
    PD(c, 2025, 2026),
    ' a las ',
    clock(c, 'es'),
    '.',
  );
  d.l(
    'Traiga su tarjeta sanitaria, el DNI o pasaporte y la lista de medicamentos que toma (por ejemplo ',
    decoy(c, 'drug'),
    ').',
  );
  someLines(c, [
    [
      0.55,
      () =>
        d.l(
          'Para anular o cambiar la cita llame al ',
          PH(c),
          ' o escriba a ',
          E('EMAIL', `citas@${dom}`),
          '.',
        ),
    ],
    [
      0.45,
      () =>
        d.l(
          'También puede gestionarla en línea: ',
          URLT(`https://www.${dom}/cita-previa?id=${r.chars(10, B62)}`),
        ),
    ],
    [0.3, () => d.l('Paciente: ', nm(pat, 'full'), ', ', ...esDob(c, pat))],
    [0.35, () => d.l(...esFiller(c))],
    [0.25, () => d.l('Copago: ', price(c, 'es', 10, 60), '.')],
  ]);
  d.l();
  d.l('Atentamente,');
  d.l(nm(c.person(), r.pick(['full', 'initial'] as const)), ' – Admisión');
};

const esDerivacion: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const mf = c.person();
  const esp = c.person();
  d.l(
    r.pick([
      'INFORME DE DERIVACIÓN',
      'Hoja de interconsulta',
      'Solicitud de valoración por especialista',
    ]),
  );
  d.l('De: ', drTitle(c, mf), nm(mf, 'full'), ' – ', r.pick(ES_CENTROS));
  d.l(
    'Para: ',
    drTitle(c, esp),
    nm(esp, r.pick(['full', 'initial'] as const)),
    ' – ',
    decoy(c, 'hospital'),
  );
  d.l('Fecha: ', PD(c));
  d.l();
  d.l('Paciente: ', nm(pat, r.pick(['caps', 'full', 'last_first'] as const)));
  d.l(...esDob(c, pat, 1938, 2004, true));
  d.l('Domicilio: ', AD(c));
  ifr(c, 0.65, () => d.l('Teléfono: ', PH(c)));
  ifr(c, 0.3, () => d.l('Correo: ', EM(c, pat)));
  d.l();
  d.l(
    pat.sex === 'f' ? 'Remito a la paciente ' : 'Remito al paciente ',
    nm(pat, r.pick(['first', 'full'] as const)),
    r.pick([
      ' por dolor torácico de esfuerzo de tres meses de evolución.',
      ' por cefaleas recurrentes.',
      ' por gonalgia derecha tras caída.',
      ' por lesión pigmentada de crecimiento reciente.',
    ]),
  );
  d.l(
    'Tratamiento actual: ',
    decoy(c, 'drug'),
    ` ${r.int(1, 1000)} mg cada ${r.pick(['8', '12', '24'])} h`,
    ...when(r.chance(0.5), ' y ', decoy(c, 'drug'), ' si precisa'),
    '.',
  );
  someLines(c, [
    [
      0.3,
      () =>
        d.l(
          'Familiar de contacto: ',
          nm(c.person(), 'full'),
          ' (',
          r.pick(['hija', 'esposo', 'hijo', 'hermana']),
          '), ',
          PH(c, undefined, true),
        ),
    ],
    [0.3, () => d.l('Pruebas previas del ', PD(c, 2023, 2025), ' (ref. ', orderNo(c, 'ref'), ').')],
    [0.25, () => d.l(...esFiller(c))],
  ]);
  d.l();
  d.l('Un saludo,');
  d.l(drTitle(c, mf), nm(mf, r.pick(['full', 'initial'] as const)));
};

const esReceta: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const doc = c.person();
  d.l(
    r.pick(['RECETA MÉDICA', 'Receta médica privada', 'Hoja de tratamiento (receta electrónica)']),
  );
  d.l(
    'Paciente: ',
    nm(pat, r.pick(['caps', 'full', 'last_first'] as const)),
    ...when(r.chance(0.7), '   ', ...esDob(c, pat)),
  );
  ifr(c, 0.5, () => d.l('Domicilio: ', AD(c)));
  d.l('Fecha de prescripción: ', PD(c));
  d.l();
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++)
    d.l(
      'Rp/ ',
      decoy(c, 'drug'),
      ` ${r.int(1, 1000)} mg – ${r.pick(['1 comprimido cada 8 h', '1 sobre si dolor', '2 inhalaciones cada 12 h', '1 cápsula en la cena'])} durante ${r.int(3, 30)} días`,
    );
  d.l();
  d.l(
    'Prescriptor: ',
    drTitle(c, doc),
    nm(doc, r.pick(['full', 'initial'] as const)),
    ' – N.º colegiado ',
    orderNo(c, 'ref'),
  );
  ifr(c, 0.4, () =>
    d.l('Consulta: ', PH(c, undefined, false), ' · Código de dispensación ', uuid(c)),
  );
  ifr(c, 0.2, () => d.l(...esFiller(c)));
};

const esAnaliticaMail: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const doc = c.person();
  const lab = r.pick([
    'Laboratorio Echevarne',
    'Synlab',
    'Análisis Clínicos del Sur',
    'Laboratorio Chopo',
    'Hidalgo Análisis',
  ]);
  const dom = `${slug(lab).slice(0, 14)}.${c.country === 'MX' ? 'com.mx' : c.country === 'AR' ? 'com.ar' : c.country === 'CO' ? 'com.co' : 'es'}`;
  d.l('De: ', lab, ' <', E('EMAIL', `resultados@${dom}`), '>');
  d.l('Para: ', nm(pat, 'full'), ' <', EM(c, pat), '>');
  d.l('Fecha: ', TS(c, 1));
  d.l('Asunto: Sus resultados ya están disponibles');
  d.l();
  d.l(...hi(c, pat));
  d.l();
  d.l(
    'Los resultados de su ',
    r.pick([
      'analítica de sangre',
      'perfil tiroideo',
      'hemoglobina glicosilada',
      'urocultivo',
      'perfil lipídico',
    ]),
    ' del ',
    PD(c),
    ' han sido validados por ',
    drTitle(c, doc),
    nm(doc, r.pick(['full', 'last'] as const)),
    '.',
  );
  d.l('Consúltelos aquí: ', URLT(`https://resultados.${dom}/r/${r.chars(12, B62)}`));
  d.l('La contraseña es su fecha de nacimiento (DDMMAAAA).');
  someLines(c, [
    [0.4, () => d.l('Fecha de nacimiento registrada: ', DOB(c))],
    [0.4, () => d.l('¿Dudas? Llame al ', PH(c, undefined, false), '.')],
    [
      0.3,
      () =>
        d.l(
          'Importe abonado: ',
          price(c, 'es', 10, 120),
          ' (factura ',
          orderNo(c, 'invoice'),
          ').',
        ),
    ],
    [0.2, () => d.l(...esFiller(c))],
  ]);
};

const esReclamacion: Tpl = (c, d) => {
  const r = c.r;
  const tom = c.person();
  const aseg = r.chance(0.5) ? c.person({ country: tom.country }) : null;
  const cia = r.pick(w('Sanitas|Mapfre Salud|Adeslas|GNP Seguros|OSDE|Sura'));
  d.l(
    cia,
    ' – ',
    r.pick([
      'Solicitud de reembolso de gastos médicos',
      'Parte de siniestro',
      'Reclamación de prestación',
    ]),
  );
  d.l('N.º de póliza: ', orderNo(c, 'claim'), '   Fecha de recepción: ', PD(c));
  d.l();
  d.l('Tomador: ', nm(tom, r.pick(['caps', 'full', 'last_first'] as const)));
  d.l(...esDob(c, tom, 1945, 2000, true));
  d.l('Domicilio: ', AD(c));
  d.l('Teléfono: ', PH(c), ...when(r.chance(0.5), '   Correo: ', EM(c, tom)));
  if (aseg) d.l('Asegurado atendido: ', nm(aseg, 'full'), ', ', ...esDob(c, aseg, 2005, 2022));
  d.l();
  const medico = c.person();
  d.l(
    'Factura de ',
    drTitle(c, medico),
    nm(medico, 'last'),
    ' del ',
    PD(c),
    ' por ',
    price(c, 'es', 30, 3000),
  );
  if (c.country === 'ES' || r.chance(0.3))
    d.l(
      'Reembolsar en la cuenta IBAN ',
      E('IBAN', iban(c, 'ES')),
      ...when(r.chance(0.4), ', titular ', nm(tom, 'full')),
    );
  else d.l('Reembolsar a la tarjeta ', E('CREDIT_CARD', card(c)));
  someLines(c, [
    [
      0.3,
      () => d.l('El IBAN anterior ', N('iban_invalid', ibanBad(c)), ' fue devuelto por el banco.'),
    ],
    [
      0.25,
      () =>
        d.l(
          'El n.º ',
          N('card_lookalike', cardLike(c)),
          ' que aparece en el ticket es la tarjeta de puntos de la farmacia.',
        ),
    ],
    [0.2, () => d.l(...esFiller(c))],
  ]);
  d.l();
  d.l('En ', localCity(c), ', a ', PD(c), '. Firma: ', nm(tom, 'full'));
};

const esAdmisionEeuu: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const emerg = c.person({ country: pat.country });
  d.l(
    'FORMULARIO DE ADMISIÓN DEL PACIENTE – ',
    r.pick([
      'Clínica Comunitaria La Familia',
      'Centro de Salud Esperanza',
      'Valley Community Health',
    ]),
  );
  d.l(AD(c, 'US'), ' · ', PH(c, 'US'));
  d.l();
  d.l('Nombre del paciente: ', nm(pat, r.pick(['caps', 'full', 'caps_last_first'] as const)));
  const born = ymd(r, 1945, 2015);
  d.l(
    'Fecha de nacimiento (MM/DD/AAAA): ',
    E('DATE_OF_BIRTH', `${pad(born.m)}/${pad(born.d)}/${born.y}`),
  );
  d.l('Número de Seguro Social: ', E('US_SSN', ssn(c)));
  d.l('Dirección: ', AD(c, 'US'));
  d.l(
    'Teléfono celular: ',
    PH(c, 'US'),
    ...when(r.chance(0.5), '   Correo electrónico: ', EM(c, pat)),
  );
  d.l('Contacto de emergencia: ', nm(emerg, 'full'), ' – ', PH(c, 'US'));
  ifr(c, 0.35, () =>
    d.l('Número anterior rechazado por el seguro: ', N('ssn_invalid', ssn(c, false))),
  );
  ifr(c, 0.4, () =>
    d.l(
      'Seguro: ',
      r.pick(['Medicaid', 'Blue Cross', 'Molina Healthcare']),
      ', miembro ',
      orderNo(c, 'claim'),
    ),
  );
  ifr(c, 0.35, () => d.l('Tarjeta para el copago: ', E('CREDIT_CARD', card(c))));
  d.l('Firma: ', nm(pat, 'full'), '   Fecha: ', PD(c, 2025, 2026, 'US'));
};

const esBoletin: Tpl = (c, d) => {
  const r = c.r;
  const kid = c.person();
  d.l(
    decoy(c, 'school'),
    ' – ',
    r.pick([
      'Boletín de calificaciones, 1.ª evaluación',
      'Boletín de notas – 2.º trimestre',
      'Informe de evaluación final',
    ]),
    ' ',
    schoolYear(c),
  );
  d.l();
  d.l(
    'Alumno/a: ',
    nm(kid, r.pick(['caps', 'full', 'last_first'] as const)),
    '   Curso: ',
    r.pick(['1.º ESO B', '3.º de Primaria', '2.º Bachillerato', '5.º A', '4.º ESO C']),
    '   ',
    ...esDob(c, kid, 2007, 2017),
  );
  d.l();
  for (const m of r
    .shuffle(
      w(
        'Lengua Castellana|Matemáticas|Inglés|Ciencias Naturales|Geografía e Historia|Educación Física|Música|Tecnología',
      ),
    )
    .slice(0, r.int(4, 7)))
    d.l(
      `${m.padEnd(22)}${r.pick(['Sobresaliente (9)', 'Notable (7)', 'Bien (6)', 'Suficiente (5)', 'Insuficiente (4)', String(r.int(4, 10))])}`,
    );
  d.l();
  d.l(
    'Observaciones: ',
    nm(kid, 'first'),
    r.pick([
      ' muestra interés y constancia.',
      ' debe mejorar la atención en clase.',
      ' colabora con sus compañeros.',
    ]),
    ` Faltas: ${r.int(0, 10)}.`,
  );
  ifr(c, 0.35, () => d.l('Lectura obligatoria: Marianela (ISBN ', isbn(c), ')'));
  d.l();
  const tutor = c.person();
  d.l(
    tutor.sex === 'f' ? 'La tutora: ' : 'El tutor: ',
    nm(tutor, r.pick(['full', 'initial'] as const)),
  );
};

const esMatricula: Tpl = (c, d) => {
  const r = c.r;
  const kid = c.person();
  const madre = c.person({ sex: 'f' });
  const padre = r.chance(0.6) ? c.person({ sex: 'm' }) : null;
  d.l('SOLICITUD DE MATRÍCULA – CURSO ', schoolYear(c));
  d.l(decoy(c, 'school'));
  d.l();
  d.l('DATOS DEL ALUMNO');
  d.l(
    'Apellidos: ',
    { t: 'PERSON', v: r.chance(0.5) ? kid.last.toUpperCase() : kid.last, src: kid.src },
    '   Nombre: ',
    nm(kid, 'first'),
  );
  d.l(...esDob(c, kid, 2010, 2021, true));
  d.l('Domicilio: ', AD(c));
  d.l();
  d.l('DATOS FAMILIARES');
  d.l(
    'Madre/tutora: ',
    nm(madre, r.pick(['full', 'last_first'] as const)),
    ' – tel. ',
    PH(c, undefined, true),
    ' – ',
    EM(c, madre),
  );
  if (padre)
    d.l(
      'Padre/tutor: ',
      nm(padre, r.pick(['full', 'last_first'] as const)),
      ' – tel. ',
      PH(c),
      ...when(r.chance(0.4), ' – ', EM(c, padre)),
    );
  d.l('Autorizado/a para recoger al alumno: ', nm(c.person(), 'full'), ' ', PH(c));
  d.l();
  if (c.country === 'ES')
    d.l(
      'Domiciliación del comedor (',
      price(c, 'es', 60, 180),
      '/mes): IBAN ',
      E('IBAN', iban(c, 'ES')),
    );
  else
    d.l(
      'Cuota mensual: ',
      price(c, 'es', 40, 300),
      ', pago con tarjeta ',
      E('CREDIT_CARD', card(c)),
    );
  ifr(c, 0.3, () => d.l('Alergias: ', r.pick(['frutos secos', 'ninguna', 'lactosa', 'gluten'])));
  ifr(c, 0.25, () => d.l(...esFiller(c)));
  d.l('Registro de entrada n.º ', orderNo(c, 'ref'), ' – ', PD(c));
};

const esCorreoTutor: Tpl = (c, d) => {
  const r = c.r;
  const par = c.person();
  const kid: Person = { ...c.person({ country: par.country }), last: par.last };
  const tut = c.person();
  d.l('De: ', nm(par, 'full'), ' <', EM(c, par), '>');
  d.l(
    'Para: ',
    E(
      'EMAIL',
      orgMail(
        tut,
        r.pick([
          'educa.madrid.org',
          'colegio-example.edu.mx',
          'escuela-example.edu.ar',
          'colegio-example.edu.co',
        ]),
        r.int(0, 2),
      ),
    ),
  );
  d.l(
    'Asunto: ',
    r.pick(['Falta de asistencia – ', 'Tutoría – ', 'Excursión – ', 'Deberes de ']),
    nm(kid, r.pick(['first', 'full'] as const)),
  );
  d.l();
  d.l(
    tut.sex === 'f' ? 'Hola, profesora ' : 'Hola, profesor ',
    nm(tut, r.pick(['last', 'first'] as const)),
    ':',
  );
  d.l();
  const rs = r.int(0, 2);
  if (rs === 0)
    d.l(
      kid.sex === 'f' ? 'Mi hija ' : 'Mi hijo ',
      nm(kid, 'first'),
      ' está con fiebre y no irá a clase el ',
      PD(c),
      '. Le llevaremos el justificante médico.',
    );
  else if (rs === 1)
    d.l(
      '¿Podríamos vernos para hablar de las notas de ',
      nm(kid, 'first'),
      '? Puedo el ',
      PD(c),
      ' a partir de las ',
      clock(c, 'es'),
      '.',
    );
  else
    d.l(
      nm(kid, 'first'),
      ' olvidó la autorización de la excursión; mañana la llevo junto con los ',
      price(c, 'es', 5, 40),
      '.',
    );
  someLines(c, [
    [0.5, () => d.l('Mi celular/móvil: ', PH(c, undefined, true), '.')],
    [0.25, () => d.l('Nueva dirección: ', AD(c))],
    [0.2, () => d.l(...esFiller(c))],
  ]);
  d.l();
  d.l(r.pick(['Saludos,', 'Un saludo,', 'Gracias,', 'Atentamente,']));
  d.l(nm(par, r.pick(['first', 'full'] as const)));
};

const esAlquiler: Tpl = (c, d) => {
  const r = c.r;
  const arr = c.person();
  const inq = c.person();
  const aval = r.chance(0.35) ? c.person() : null;
  d.l(
    r.pick([
      'CONTRATO DE ARRENDAMIENTO DE VIVIENDA',
      'CONTRATO DE ARRENDAMIENTO DE INMUEBLE',
      'CONTRATO DE LOCACIÓN',
    ]),
  );
  d.l();
  d.l('En ', localCity(c), ', a ', PD(c), '.');
  d.l();
  d.l('REUNIDOS');
  d.l(
    'De una parte, ',
    title(c, arr),
    nm(arr, r.pick(['full', 'caps'] as const)),
    ', con domicilio en ',
    AD(c),
    ', en calidad de arrendador/a.',
  );
  d.l(
    'De otra parte, ',
    title(c, inq),
    nm(inq, r.pick(['full', 'caps'] as const)),
    ', ',
    ...esDob(c, inq, 1955, 2004),
    ', en calidad de arrendatario/a.',
  );
  if (aval) d.l('Como avalista, ', nm(aval, 'full'), ', teléfono ', PH(c), '.');
  d.l();
  d.l('PRIMERA. Objeto: la vivienda situada en ', AD(c), '.');
  d.l(
    'SEGUNDA. Duración: ',
    r.pick(['un año prorrogable', 'cinco años', 'dos años']),
    ' desde el ',
    PD(c),
    '.',
  );
  d.l(
    'TERCERA. Renta: ',
    price(c, 'es', 350, 1900),
    ' mensuales, pagaderos ',
    c.country === 'ES' ? 'mediante transferencia a la cuenta ' : 'en efectivo o transferencia',
    c.country === 'ES' ? E('IBAN', iban(c, 'ES')) : '',
    '.',
  );
  d.l('CUARTA. Fianza: ', price(c, 'es', 350, 3800), '.');
  someLines(c, [
    [
      0.4,
      () =>
        d.l(
          'Administrador de la finca: ',
          nm(c.person(), 'full'),
          ', ',
          PH(c, undefined, false),
          ', ',
          E(
            'EMAIL',
            `admin@${orgDomain(c, r.pick(['fincas-centro', 'administracion-sol', 'inmobiliaria-norte']))}`,
          ),
        ),
    ],
    [0.3, () => d.l('Se incluyen electrodomésticos de la marca ', decoy(c, 'brand'), '.')],
    [0.25, () => d.l(...esFiller(c))],
  ]);
  d.l();
  d.l('Firmado: ', nm(arr, 'full'), '      ', nm(inq, 'full'));
};

const esNotaria: Tpl = (c, d) => {
  const r = c.r;
  const not = c.person();
  const cli = c.person();
  const causante = c.person({ country: cli.country });
  d.l('NOTARÍA DE ', nm(not, 'caps'));
  d.l(
    AD(c),
    ' · ',
    PH(c, undefined, false),
    ' · ',
    E(
      'EMAIL',
      orgMail(
        not,
        r.pick(['notariado.org', 'notaria-example.com.mx', 'escribania-example.com.ar']),
        r.int(0, 2),
      ),
    ),
  );
  d.l();
  d.l(title(c, cli), nm(cli, 'full'));
  d.l(AD(c));
  d.l();
  d.l(
    'Ref.: ',
    orderNo(c, 'case'),
    ' – Herencia de ',
    nm(causante, r.pick(['full', 'caps'] as const)),
  );
  d.l(`${localCity(c)}, `, PD(c));
  d.l();
  d.l(...dear(c, cli));
  d.l();
  d.l(
    'En relación con la aceptación de la herencia de ',
    causante.sex === 'f' ? 'doña ' : 'don ',
    nm(causante, 'full'),
    ', ',
    causante.sex === 'f' ? 'nacida' : 'nacido',
    ' el ',
    DOB(c, 1925, 1960),
    ' y ',
    causante.sex === 'f' ? 'fallecida' : 'fallecido',
    ' el ',
    PD(c, 2023, 2025),
    ', le rogamos nos remita:',
  );
  d.l('– copia de su documento de identidad;');
  d.l(
    '– certificado de titularidad bancaria (el IBAN ',
    N('iban_invalid', ibanBad(c)),
    ' que nos facilitó es incorrecto);',
  );
  d.l('– el último recibo del IBI del inmueble sito en ', AD(c), '.');
  ifr(c, 0.4, () =>
    d.l(
      'Provisión de fondos: ',
      price(c, 'es', 200, 3000),
      c.country === 'ES' ? ' en la cuenta ' : '',
      c.country === 'ES' ? E('IBAN', iban(c, 'ES')) : '',
      '.',
    ),
  );
  d.l();
  d.l('Atentamente,');
  d.l(nm(c.person(), 'full'), ', oficial de la notaría');
};

const esJuzgado: Tpl = (c, d) => {
  const r = c.r;
  const dem = c.person();
  const ddo = c.person();
  d.l(
    byCountry(c, {
      ES: [
        'JUZGADO DE PRIMERA INSTANCIA N.º 4 DE MADRID',
        'JUZGADO DE PRIMERA INSTANCIA N.º 12 DE SEVILLA',
      ],
      MX: ['JUZGADO TERCERO DE LO CIVIL DE LA CIUDAD DE MÉXICO'],
      AR: ['JUZGADO NACIONAL EN LO CIVIL N.º 45'],
      CO: ['JUZGADO 21 CIVIL MUNICIPAL DE BOGOTÁ'],
    }),
  );
  d.l('Procedimiento: ', orderNo(c, 'case'));
  d.l();
  d.l(r.pick(['CÉDULA DE CITACIÓN', 'NOTIFICACIÓN DE SEÑALAMIENTO', 'CITACIÓN A JUICIO VERBAL']));
  d.l();
  d.l('Demandante: ', nm(dem, r.pick(['caps', 'full', 'last_first'] as const)), ', ', AD(c));
  d.l(
    'Demandado/a: ',
    nm(ddo, r.pick(['caps', 'full', 'last_first'] as const)),
    ', ',
    ...esDob(c, ddo),
    ', ',
    AD(c),
  );
  d.l();
  d.l(
    'Se le cita para comparecer el ',
    PD(c, 2025, 2026),
    ' a las ',
    clock(c, 'es'),
    ' en la Sala ',
    String(r.int(1, 20)),
    '.',
  );
  d.l('Cuantía reclamada: ', price(c, 'es', 300, 25000), '.');
  someLines(c, [
    [
      0.5,
      () =>
        d.l(
          'Abogado/a de la parte actora: ',
          nm(c.person(), 'full'),
          ', ',
          PH(c, undefined, false),
        ),
    ],
    [
      0.3,
      () =>
        d.l(
          'Comparecencia telemática: ',
          URLT(`https://sede.justicia.example/vista/${r.digits(9)}`),
        ),
    ],
  ]);
  d.l();
  d.l(
    'El/La ',
    NN('Secretario judicial'),
    ': ',
    nm(c.person(), r.pick(['full', 'initial'] as const)),
  );
};

const esAnuncio: Tpl = (c, d) => {
  const r = c.r;
  const ag = c.person();
  const inmo = r.pick([
    'Inmobiliaria Sol',
    'Fincas del Centro',
    'Century 21 Norte',
    'Tecnocasa Retiro',
    'Propiedades del Valle',
  ]);
  const venta = r.chance(0.5);
  d.l(
    venta ? 'SE VENDE' : 'SE ALQUILA',
    ': ',
    r.pick([
      'piso de 3 dormitorios',
      'ático con terraza',
      'casa adosada',
      'departamento de 2 ambientes',
      'apartamento amueblado',
    ]),
    ', ',
    String(r.int(35, 180)),
    ' m²',
  );
  d.l(
    'Precio: ',
    venta ? price(c, 'es', 90000, 900000) : price(c, 'es', 400, 2200),
    venta ? '' : ' al mes',
  );
  d.l(
    'Cerca de: ',
    decoy(c, 'hospital'),
    ', ',
    decoy(c, 'school'),
    ', tiendas (',
    decoy(c, 'brand'),
    '). Zona: ',
    decoy(c, 'place'),
    '.',
  );
  d.l('Disponible a partir del ', PD(c), '.');
  ifr(c, 0.5, () => d.l('Dirección: ', AD(c)));
  d.l();
  d.l(
    'Contacto: ',
    nm(ag, r.pick(['full', 'first'] as const)),
    ' – ',
    inmo,
    ' – ',
    PH(c, undefined, true),
    ...when(r.chance(0.6), ' – ', E('EMAIL', orgMail(ag, orgDomain(c, inmo), r.int(0, 2)))),
  );
  d.l(URLT(`https://www.${orgDomain(c, inmo)}/inmueble/${r.int(100000, 999999)}`));
  ifr(c, 0.3, () => d.l('Ref. ', orderNo(c, 'ref'), ' · actualizado ', TS(c, 1)));
};

const esPadron: Tpl = (c, d) => {
  const r = c.r;
  const p = c.person();
  const conv = r.chance(0.5) ? c.person({ country: p.country }) : null;
  d.l(
    byCountry(c, {
      ES: ['AYUNTAMIENTO DE MADRID', 'AYUNTAMIENTO DE VALENCIA', 'AJUNTAMENT DE BARCELONA'],
      MX: ['REGISTRO CIVIL DE LA CIUDAD DE MÉXICO'],
      AR: ['REGISTRO NACIONAL DE LAS PERSONAS'],
      CO: ['REGISTRADURÍA NACIONAL DEL ESTADO CIVIL'],
    }),
  );
  d.l(
    c.country === 'ES'
      ? r.pick(['CERTIFICADO DE EMPADRONAMIENTO', 'VOLANTE DE EMPADRONAMIENTO COLECTIVO'])
      : r.pick(['CONSTANCIA DE DOMICILIO', 'CERTIFICADO DE RESIDENCIA']),
  );
  d.l('N.º de expediente: ', orderNo(c, 'ref'));
  d.l();
  d.l('Nombre y apellidos: ', nm(p, r.pick(['caps', 'full'] as const)));
  d.l(
    'Fecha de nacimiento: ',
    DOB(c),
    '   Lugar: ',
    r.pick(w('Madrid|Toledo|Guayaquil|Oaxaca|Rosario|Cali')),
  );
  d.l('Domicilio: ', AD(c));
  d.l('Fecha de alta: ', PD(c, 2005, 2025));
  if (conv) d.l('Convive con: ', nm(conv, 'full'), ', ', ...esDob(c, conv));
  ifr(c, 0.35, () =>
    d.l(
      'Verificación: ',
      URLT(
        `https://sede.${r.pick(['madrid.example.es', 'cdmx.example.gob.mx', 'argentina.example.gob.ar'])}/verificar?csv=${r.chars(16, UPPER + DIG)}`,
      ),
    ),
  );
  d.l();
  d.l(
    'Expedido el ',
    PD(c),
    ' – ',
    r.pick(['El/La funcionario/a', 'Jefe de Negociado']),
    ': ',
    nm(c.person(), r.pick(['full', 'initial'] as const)),
  );
};

const esHacienda: Tpl = (c, d) => {
  const r = c.r;
  const p = c.person();
  d.l(
    byCountry(c, {
      ES: ['Agencia Tributaria – Notificación', 'AEAT – Propuesta de liquidación provisional'],
      MX: ['SAT – Servicio de Administración Tributaria'],
      AR: ['AFIP / ARCA – Intimación de pago'],
      CO: ['DIAN – Requerimiento ordinario'],
    }),
  );
  d.l(
    'Ejercicio: ',
    String(r.int(2022, 2025)),
    '   Referencia: ',
    orderNo(c, 'ref'),
    '   Fecha: ',
    PD(c),
  );
  d.l();
  d.l(nm(p, r.pick(['caps', 'full'] as const)));
  d.l(AD(c));
  d.l();
  d.l(
    r.pick(['Importe a ingresar: ', 'Importe a devolver: ', 'Saldo a favor: ']),
    price(c, 'es', 50, 12000),
    '.',
  );
  d.l('Plazo: hasta el ', PD(c), '.');
  if (c.country === 'ES') d.l('Cuenta de domiciliación: ', E('IBAN', iban(c, 'ES')));
  someLines(c, [
    [0.3, () => d.l('Número de Seguro Social de EE. UU. declarado (FATCA): ', E('US_SSN', ssn(c)))],
    [
      0.4,
      () =>
        d.l(
          'Sede electrónica: ',
          URLT(
            r.pick([
              'https://sede.agenciatributaria.gob.es',
              'https://www.sat.gob.mx/portal',
              'https://www.afip.gob.ar',
              'https://www.dian.gov.co',
            ]),
          ),
        ),
    ],
    [
      0.35,
      () =>
        d.l('Funcionario/a responsable: ', nm(c.person(), 'full'), ', ', PH(c, undefined, false)),
    ],
  ]);
};

const esVuelo: Tpl = (c, d) => {
  const r = c.r;
  const fl = `${r.pick(w('IB|UX|AM|AR|AV|VY'))}${r.int(10, 9999)}`;
  d.l(
    'LISTA DE PASAJEROS – VUELO ',
    fl,
    ' ',
    r.pick(['MAD-MEX', 'BCN-EZE', 'BOG-MAD', 'MEX-CUN', 'AGP-BOG']),
    ' – ',
    PD(c),
  );
  d.l('N.º  APELLIDOS, NOMBRE                    LOCALIZADOR  F. NAC.       CONTACTO');
  const n = r.int(3, 6);
  for (let i = 1; i <= n; i++) {
    const p = c.person();
    const name = nm(p, r.pick(['caps_last_first', 'caps_last_first', 'caps'] as const));
    d.a(
      pad(i, 2),
      '   ',
      name,
      ' '.repeat(Math.max(1, 35 - name.v.length)),
      orderNo(c, 'pnr'),
      '       ',
      DOB(c, 1940, 2022),
      '   ',
    );
    if (r.chance(0.6)) d.a(PH(c, p.country));
    else if (r.chance(0.5)) d.a(EM(c, p));
    d.l();
  }
  d.l('Emitido por ', nm(c.person(), 'initial'), ' – ', TS(c, 0));
  ifr(c, 0.3, () => d.l('Sistema de salidas versión ', version(c, true)));
};

const esWhatsapp: Tpl = (c, d) => {
  const r = c.r;
  const [a, b, e] = [c.person(), c.person(), c.person()] as const;
  const kid = c.person();
  const t = chatClock(c);
  d.l(
    '[',
    t(),
    '] ',
    nm(a, 'lower_first'),
    ': alguien sabe si la excursión de ',
    decoy(c, 'time'),
    ' sigue en pie?',
  );
  d.l(
    '[',
    t(),
    '] ',
    nm(b, r.pick(['first', 'lower'] as const)),
    ': sí! ',
    nm(kid, 'lower_first'),
    ' trajo la circular ayer',
  );
  d.l('[', t(), '] ', nm(e, 'first'), ': me pasáis la autorización? mi correo es ', EM(c, e));
  ifr(c, 0.6, () =>
    d.l(
      '[',
      t(),
      '] ',
      nm(a, 'lower_first'),
      ': enviada. si necesitáis que lleve a los niños llamadme al ',
      PH(c, undefined, true),
    ),
  );
  ifr(c, 0.4, () =>
    d.l(
      '[',
      t(),
      '] ',
      nm(b, 'lower_first'),
      ': gracias ',
      nm(a, 'lower_first'),
      ' :) ya pagué los ',
      price(c, 'es', 3, 25),
    ),
  );
  ifr(c, 0.3, () =>
    d.l(
      '[',
      t(),
      '] ',
      nm(e, 'lower_first'),
      ': fotos aquí ',
      URLT(`https://photos.app.goo.gl/${r.chars(17, B62)}`),
    ),
  );
};

const ES_TPL: Record<string, Tpl> = {
  cita_medica: esCita,
  informe_derivacion: esDerivacion,
  receta: esReceta,
  resultados_analitica_mail: esAnaliticaMail,
  reclamacion_seguro: esReclamacion,
  formulario_admision_eeuu: esAdmisionEeuu,
  boletin_notas: esBoletin,
  matricula: esMatricula,
  correo_tutor: esCorreoTutor,
  contrato_alquiler: esAlquiler,
  carta_notaria: esNotaria,
  citacion_juzgado: esJuzgado,
  anuncio_inmueble: esAnuncio,
  certificado_empadronamiento: esPadron,
  notificacion_hacienda: esHacienda,
  lista_pasajeros: esVuelo,
  grupo_whatsapp: esWhatsapp,
};

// ---------------------------------------------------------------------------------------------
// French templates

const FR_CABINETS = w(
  'Cabinet médical des Tilleuls|Maison de santé du Vieux-Port|Centre médical Bellecour|Cabinet de pédiatrie Les Capucines|Polyclinique du Parc|Centre de santé municipal',
);

/** "né le …" style birth phrases (agreement by sex), label words outside the span. */
const frDob = (c: Ctx, p: Person | null, y0 = 1938, y1 = 2004, cap = false): Piece[] => {
  const e = p?.sex === 'f' ? 'e' : '';
  const label = c.r.pick([
    `né${e} le `,
    `né${e} le `,
    'né(e) le ',
    'date de naissance : ',
    'date de naiss. : ',
  ]);
  return [cap ? label[0]!.toUpperCase() + label.slice(1) : label, DOB(c, y0, y1)];
};

const frFiller = (c: Ctx): Piece[] =>
  c.r.pick<Piece[]>([
    ['Un parking est disponible face à l\u2019entrée principale (', decoy(c, 'hospital'), ').'],
    ['Le cabinet sera fermé pendant les vacances de ', NN(c.r.pick(['Noël', 'Pâques'])), '.'],
    [
      'Le cabinet est fermé le jour de la ',
      NN(c.r.pick(['Toussaint', 'Pentecôte', 'Saint-Sylvestre'])),
      '.',
    ],
    ['Accès : tram arrêt ', decoy(c, 'place'), '.'],
    [
      'Le ',
      NN(c.r.pick(['Proviseur', 'Greffier', 'Conseiller principal d\u2019éducation'])),
      ' vous confirmera la réception par écrit.',
    ],
    ['Nos locaux se trouvent au-dessus de l\u2019agence ', decoy(c, 'brand'), '.'],
    ['Merci de votre confiance.'],
  ]);

const frRdv: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const doc = c.person();
  const cab = r.pick(FR_CABINETS);
  const dom = orgDomain(c, cab);
  d.l(cab);
  d.l(
    drTitle(c, doc),
    nm(doc, r.pick(['full', 'first_caps_last'] as const)),
    ' – ',
    r.pick(['Médecine générale', 'Cardiologie', 'Dermatologie', 'Pédiatrie', 'Gynécologie']),
  );
  d.l(AD(c), ' – Tél. ', PH(c, undefined, false));
  d.l();
  d.l(
    title(c, pat),
    nm(pat, r.pick(['full', 'first_caps_last', 'last_caps_first', 'caps'] as const)),
  );
  d.l(AD(c));
  d.l();
  d.l(`${localCity(c)}, le `, PD(c));
  d.l();
  d.l(
    'Objet : ',
    r.pick(['confirmation de rendez-vous', 'rappel de rendez-vous', 'consultation de suivi']),
  );
  d.l();
  d.l(...dear(c, pat));
  d.l();
  d.l(
    'Nous vous confirmons votre rendez-vous avec le ',
    drTitle(c, doc),
    nm(doc, 'last'),
    ' le ',
    PD(c, 2025, 2026),
    ' à ',
    clock(c, 'fr'),
    '.',
  );
  d.l(
    'Merci de vous munir de votre carte Vitale, de votre carte de mutuelle et de vos dernières ordonnances (',
    decoy(c, 'drug'),
    ', etc.).',
  );
  someLines(c, [
    [
      0.55,
      () =>
        d.l(
          'En cas d\u2019empêchement, prévenez-nous au ',
          PH(c),
          ' ou par courriel à ',
          E('EMAIL', `secretariat@${dom}`),
          '.',
        ),
    ],
    [
      0.45,
      () =>
        d.l(
          'Vous pouvez aussi gérer votre rendez-vous en ligne : ',
          URLT(`https://www.${dom}/rdv/${r.chars(10, B62)}`),
        ),
    ],
    [0.3, () => d.l('Patient : ', nm(pat, 'last_caps_first'), ', ', ...frDob(c, pat))],
    [0.35, () => d.l(...frFiller(c))],
    [0.25, () => d.l('Dépassement d\u2019honoraires : ', price(c, 'fr', 10, 80), '.')],
  ]);
  d.l();
  d.l(
    'Veuillez agréer, ',
    pat.sex === 'f' ? 'Madame' : 'Monsieur',
    ', nos salutations distinguées.',
  );
  d.l('Le secrétariat – ', nm(c.person(), r.pick(['full', 'first'] as const)));
};

const frAdressage: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const mt = c.person();
  const spe = c.person();
  d.l(drTitle(c, mt), nm(mt, 'full'), ' – médecin traitant');
  d.l(AD(c), ' – ', PH(c, undefined, false));
  d.l();
  d.l(
    'À l\u2019attention du ',
    drTitle(c, spe),
    nm(spe, r.pick(['full', 'initial', 'last'] as const)),
    ', ',
    decoy(c, 'hospital'),
  );
  d.l('Le ', PD(c));
  d.l();
  d.l('Cher confrère, chère consœur,');
  d.l();
  d.l(
    'Je vous adresse ',
    pat.sex === 'f' ? 'Mme ' : 'M. ',
    nm(pat, r.pick(['full', 'first_caps_last', 'last_caps_first'] as const)),
    ', ',
    ...frDob(c, pat),
    r.pick([
      ', pour un avis concernant des douleurs thoraciques d\u2019effort.',
      ', pour bilan d\u2019une dyspnée persistante.',
      ', pour prise en charge d\u2019une gonalgie droite.',
      ', pour exérèse d\u2019un naevus atypique.',
    ]),
  );
  d.l(
    'Traitement en cours : ',
    decoy(c, 'drug'),
    ` ${r.int(1, 1000)} mg matin et soir`,
    ...when(r.chance(0.5), ', ', decoy(c, 'drug'), ' si besoin'),
    '.',
  );
  someLines(c, [
    [
      0.5,
      () =>
        d.l(
          'Coordonnées du patient : ',
          PH(c, undefined, true),
          ...when(r.chance(0.5), ', ', EM(c, pat)),
        ),
    ],
    [0.35, () => d.l('Adresse : ', AD(c))],
    [
      0.3,
      () =>
        d.l(
          'Personne à prévenir : ',
          nm(c.person(), 'full'),
          ' (',
          r.pick(['épouse', 'fils', 'fille', 'mari']),
          '), ',
          PH(c),
        ),
    ],
    [0.25, () => d.l(...frFiller(c))],
  ]);
  d.l();
  d.l('Bien confraternellement,');
  d.l(drTitle(c, mt), nm(mt, r.pick(['full', 'initial'] as const)));
};

const frOrdonnance: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const doc = c.person();
  d.l(drTitle(c, doc), nm(doc, r.pick(['full', 'first_caps_last'] as const)));
  d.l(r.pick(['Médecin généraliste', 'Pédiatre', 'Psychiatre']), ' – RPPS ', orderNo(c, 'ref'));
  d.l(AD(c), ' – ', PH(c, undefined, false));
  d.l();
  d.l('ORDONNANCE', r.pick(['', ' – bizone', ' sécurisée']));
  d.l(`${localCity(c)}, le `, PD(c));
  d.l();
  d.l(
    title(c, pat, false),
    nm(pat, r.pick(['full', 'last_caps_first', 'first_caps_last'] as const)),
    ...when(r.chance(0.7), ', ', ...frDob(c, pat)),
  );
  ifr(c, 0.4, () => d.l('Poids : ', String(r.int(12, 110)), ' kg'));
  d.l();
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++)
    d.l(
      '– ',
      decoy(c, 'drug'),
      ` ${r.int(1, 1000)} mg : ${r.pick(['1 comprimé matin, midi et soir', '1 sachet si douleur', '2 bouffées si gêne', '1 gélule le soir'])} pendant ${r.int(3, 30)} jours`,
    );
  d.l();
  d.l(r.pick(['À renouveler 2 fois.', 'Non substituable.', 'QSP 3 mois.']));
  ifr(c, 0.3, () => d.l(...frFiller(c)));
};

const frLaboMail: Tpl = (c, d) => {
  const r = c.r;
  const pat = c.person();
  const bio = c.person();
  const lab = r.pick([
    'Cerballiance',
    'Biogroup',
    'Eurofins Biomnis',
    'Synlab',
    'Laboratoire des Halles',
  ]);
  const dom = `${slug(lab).slice(0, 14)}.${c.country === 'BE' ? 'be' : c.country === 'LU' ? 'lu' : c.country === 'CHF' ? 'ch' : 'fr'}`;
  d.l('De : ', lab, ' <', E('EMAIL', `resultats@${dom}`), '>');
  d.l('À : ', nm(pat, r.pick(['full', 'first_caps_last'] as const)), ' <', EM(c, pat), '>');
  d.l('Date : ', TS(c, 1));
  d.l('Objet : vos résultats sont disponibles (dossier ', orderNo(c, 'ref'), ')');
  d.l();
  d.l(...hi(c, pat));
  d.l();
  d.l(
    'Les résultats de votre ',
    r.pick(['bilan sanguin', 'sérologie', 'dosage TSH', 'bilan lipidique', 'ECBU']),
    ' du ',
    PD(c),
    ' ont été validés par ',
    drTitle(c, bio),
    nm(bio, r.pick(['full', 'last'] as const)),
    '.',
  );
  d.l(
    'Consultez-les ici : ',
    URLT(`https://resultats.${dom}/consultation?ref=${r.chars(12, B62)}`),
  );
  d.l('Le code d\u2019accès est votre date de naissance au format JJMMAAAA.');
  someLines(c, [
    [0.4, () => d.l('Date de naissance enregistrée : ', DOB(c))],
    [0.4, () => d.l('Une question ? ', PH(c, undefined, false), ' (du lundi au vendredi)')],
    [
      0.3,
      () =>
        d.l('Reste à charge : ', price(c, 'fr', 5, 90), ', facture ', orderNo(c, 'invoice'), '.'),
    ],
    [0.2, () => d.l(...frFiller(c))],
  ]);
};

const frMutuelle: Tpl = (c, d) => {
  const r = c.r;
  const adh = c.person();
  const benef = r.chance(0.5) ? c.person({ country: adh.country }) : null;
  const mut = r.pick(
    w('MGEN|Harmonie Mutuelle|Mutualité Chrétienne|Partenamut|CNS|Groupama Santé'),
  );
  d.l(
    mut,
    ' – ',
    r.pick([
      'Demande de remboursement',
      'Décompte de prestations',
      'Déclaration de frais médicaux',
    ]),
  );
  d.l('N° d\u2019adhérent : ', orderNo(c, 'claim'), '   Reçu le : ', PD(c));
  d.l();
  d.l('Adhérent : ', nm(adh, r.pick(['last_caps_first', 'caps', 'full'] as const)));
  d.l(...frDob(c, adh, 1945, 2000, true));
  d.l('Adresse : ', AD(c));
  d.l('Tél. : ', PH(c), ...when(r.chance(0.5), '   Courriel : ', EM(c, adh)));
  if (benef)
    d.l('Bénéficiaire des soins : ', nm(benef, 'full'), ', ', ...frDob(c, benef, 2005, 2022));
  d.l();
  const praticien = c.person();
  d.l(
    'Soins du ',
    PD(c),
    ' chez ',
    drTitle(c, praticien),
    nm(praticien, 'last'),
    ' – montant : ',
    price(c, 'fr', 25, 2500),
  );
  d.l(
    'Remboursement sur le compte IBAN ',
    E('IBAN', iban(c)),
    ...when(r.chance(0.4), ' (titulaire : ', nm(adh, 'full'), ')'),
  );
  someLines(c, [
    [
      0.3,
      () =>
        d.l(
          'L\u2019IBAN précédent ',
          N('iban_invalid', ibanBad(c)),
          ' a été rejeté par la banque.',
        ),
    ],
    [0.25, () => d.l('Franchise réglée par carte ', E('CREDIT_CARD', card(c)), '.')],
    [
      0.25,
      () =>
        d.l(
          'La carte ',
          N('card_lookalike', cardLike(c)),
          ' figurant sur le ticket est une carte de fidélité de la pharmacie.',
        ),
    ],
    [0.2, () => d.l(...frFiller(c))],
  ]);
  d.l();
  d.l('Fait à ', localCity(c), ', le ', PD(c), ' – signature : ', nm(adh, 'full'));
};

const frBulletin: Tpl = (c, d) => {
  const r = c.r;
  const kid = c.person();
  d.l(
    decoy(c, 'school'),
    ' – ',
    r.pick(['Bulletin du 1er trimestre', 'Bulletin du 2e trimestre', 'Bulletin semestriel']),
    ' ',
    schoolYear(c),
  );
  d.l();
  d.l(
    'Élève : ',
    nm(kid, r.pick(['last_caps_first', 'first_caps_last', 'caps', 'full'] as const)),
    '   Classe : ',
    r.pick(w('6e B|5e A|4e C|3e 2|2nde 4|CM2')),
    '   ',
    ...frDob(c, kid, 2007, 2016),
  );
  d.l();
  for (const m of r
    .shuffle(
      w(
        'Français|Mathématiques|Histoire-géographie|Anglais|SVT|Physique-chimie|EPS|Arts plastiques|Espagnol',
      ),
    )
    .slice(0, r.int(4, 7)))
    d.l(`${m.padEnd(20)}${String(r.int(6, 19))},${r.pick(['0', '5'])}/20`);
  d.l();
  d.l(
    'Appréciation générale : ',
    nm(kid, 'first'),
    r.pick([
      ' fournit un travail régulier et sérieux.',
      ' doit gagner en concentration.',
      ' participe activement en classe.',
    ]),
    ` Absences : ${r.int(0, 12)} demi-journées.`,
  );
  ifr(c, 0.35, () => d.l('Lecture conseillée : Le Petit Prince (ISBN ', isbn(c), ')'));
  d.l();
  const pp = c.person();
  d.l(
    'Professeur principal : ',
    pp.sex === 'f' ? 'Mme ' : 'M. ',
    nm(pp, 'last'),
    '     Le chef d\u2019établissement : ',
    nm(c.person(), r.pick(['full', 'initial'] as const)),
  );
};

const frInscription: Tpl = (c, d) => {
  const r = c.r;
  const kid = c.person();
  const mere = c.person({ sex: 'f' });
  const pere = r.chance(0.6) ? c.person({ sex: 'm' }) : null;
  d.l(
    'FICHE D\u2019INSCRIPTION – ',
    r.pick(['cantine et périscolaire', 'rentrée scolaire', 'accueil de loisirs']),
    ' ',
    schoolYear(c),
  );
  d.l(decoy(c, 'school'));
  d.l();
  d.l('ENFANT');
  d.l(
    'Nom : ',
    { t: 'PERSON', v: kid.last.toUpperCase(), src: kid.src },
    '   Prénom : ',
    nm(kid, 'first'),
  );
  d.l(
    ...frDob(c, kid, 2012, 2021, true),
    '   à ',
    r.pick(w('Lyon|Bruxelles|Dakar|Lille|Porto|Casablanca')),
  );
  d.l('Adresse : ', AD(c));
  d.l();
  d.l('RESPONSABLES LÉGAUX');
  d.l(
    'Mère : ',
    nm(mere, r.pick(['full', 'first_caps_last'] as const)),
    ' – tél. ',
    PH(c, undefined, true),
    ' – ',
    EM(c, mere),
  );
  if (pere)
    d.l(
      'Père : ',
      nm(pere, r.pick(['full', 'first_caps_last'] as const)),
      ' – tél. ',
      PH(c),
      ...when(r.chance(0.4), ' – ', EM(c, pere)),
    );
  d.l('Personne autorisée à récupérer l\u2019enfant : ', nm(c.person(), 'full'), ' ', PH(c));
  d.l();
  d.l('Prélèvement mensuel (', price(c, 'fr', 20, 180), ') sur IBAN : ', E('IBAN', iban(c)));
  ifr(c, 0.3, () =>
    d.l('Allergies : ', r.pick(['arachide', 'aucune', 'lactose']), ' – PAI signé le ', PD(c)),
  );
  ifr(c, 0.25, () => d.l(...frFiller(c)));
  d.l('Dossier n° ', orderNo(c, 'ref'), ' reçu le ', PD(c));
};

const frMailProf: Tpl = (c, d) => {
  const r = c.r;
  const par = c.person();
  const kid: Person = { ...c.person({ country: par.country }), last: par.last };
  const prof = c.person();
  d.l('De : ', nm(par, 'full'), ' <', EM(c, par), '>');
  d.l(
    'À : ',
    E(
      'EMAIL',
      orgMail(
        prof,
        r.pick(['ac-lyon.fr', 'ac-versailles.fr', 'ecole-example.be', 'ac-toulouse.fr']),
        r.int(0, 2),
      ),
    ),
  );
  d.l(
    'Objet : ',
    r.pick(['Absence – ', 'Rendez-vous – ', 'Sortie scolaire – ', 'Devoirs – ']),
    nm(kid, r.pick(['first', 'full', 'first_caps_last'] as const)),
  );
  d.l();
  d.l(prof.sex === 'f' ? 'Bonjour Madame ' : 'Bonjour Monsieur ', nm(prof, 'last'), ',');
  d.l();
  const rs = r.int(0, 2);
  if (rs === 0)
    d.l(
      kid.sex === 'f' ? 'Ma fille ' : 'Mon fils ',
      nm(kid, 'first'),
      ' est malade et ne pourra pas venir en classe le ',
      PD(c),
      '. Un certificat médical suivra.',
    );
  else if (rs === 1)
    d.l(
      'Serait-il possible de vous rencontrer pour faire le point sur le trimestre de ',
      kid.sex === 'f' ? 'ma fille ' : 'mon fils ',
      nm(kid, 'first'),
      ' ? Je suis disponible le ',
      PD(c),
      ' après ',
      clock(c, 'fr'),
      '.',
    );
  else
    d.l(
      nm(kid, 'first'),
      ' a oublié son autorisation de sortie ; je vous la dépose demain matin avec le chèque de ',
      price(c, 'fr', 5, 40),
      '.',
    );
  someLines(c, [
    [0.5, () => d.l('Vous pouvez me joindre au ', PH(c, undefined, true), '.')],
    [0.25, () => d.l('Notre nouvelle adresse : ', AD(c))],
    [0.2, () => d.l(...frFiller(c))],
  ]);
  d.l();
  d.l(r.pick(['Cordialement,', 'Bien à vous,', 'Merci d\u2019avance,']));
  d.l(nm(par, r.pick(['first', 'full'] as const)));
};

const frAnnuaire: Tpl = (c, d) => {
  const r = c.r;
  const csv = r.chance(0.5);
  d.l(
    '# ',
    r.pick([
      'Annuaire des anciens élèves – promo ',
      'Réseau alumni ESC – promotion ',
      'Amicale des anciens du lycée – ',
    ]),
    String(r.int(1995, 2020)),
    ' – export du ',
    PD(c),
  );
  d.l(csv ? 'nom;prénom;courriel;téléphone;ville' : 'NOM\tPrénom\tCourriel\tTéléphone\tVille');
  const sep = csv ? ';' : '\t';
  const n = r.int(3, 7);
  for (let i = 0; i < n; i++) {
    const p = c.person();
    d.a(
      { t: 'PERSON', v: r.chance(0.6) ? p.last.toUpperCase() : p.last, src: p.src },
      sep,
      nm(p, 'first'),
      sep,
    );
    if (r.chance(0.85)) d.a(EM(c, p));
    d.a(sep);
    if (r.chance(0.6)) d.a(PH(c));
    d.l(sep, r.pick(w('Paris|Lyon|Bruxelles|Genève|Montréal|Luxembourg|Nantes')));
  }
  ifr(c, 0.4, () =>
    d.l(
      '# cotisation : ',
      price(c, 'fr', 15, 60),
      ' – ',
      URLT(
        `https://alumni.${r.pick(['lycee-example.fr', 'esc-example.fr', 'athenee-example.be'])}/cotiser`,
      ),
    ),
  );
};

const frBail: Tpl = (c, d) => {
  const r = c.r;
  const bailleur = c.person();
  const loc = c.person();
  const loc2 = r.chance(0.35) ? c.person() : null;
  d.l(
    r.pick([
      'CONTRAT DE LOCATION – LOGEMENT VIDE',
      'BAIL D\u2019HABITATION MEUBLÉ',
      'CONTRAT DE BAIL DE RÉSIDENCE PRINCIPALE',
    ]),
  );
  d.l();
  d.l('ENTRE LES SOUSSIGNÉS :');
  d.l(
    title(c, bailleur),
    nm(bailleur, r.pick(['first_caps_last', 'caps', 'full'] as const)),
    ', demeurant ',
    AD(c),
    ', ci-après « le bailleur »,',
  );
  d.l('ET');
  d.l(
    title(c, loc),
    nm(loc, r.pick(['first_caps_last', 'caps', 'full'] as const)),
    ', ',
    ...frDob(c, loc, 1955, 2004),
    ...when(!!loc2, ', et ', loc2 ? title(c, loc2) : '', loc2 ? nm(loc2, 'full') : null),
    ', ci-après « le locataire ».',
  );
  d.l();
  d.l(
    'Article 1 – Désignation : appartement de ',
    String(r.int(1, 5)),
    ' pièces situé ',
    AD(c),
    '.',
  );
  d.l(
    'Article 2 – Durée : ',
    r.pick(['trois ans', 'un an', 'neuf mois (bail étudiant)']),
    ' à compter du ',
    PD(c),
    '.',
  );
  d.l(
    'Article 3 – Loyer : ',
    price(c, 'fr', 420, 2200),
    ' hors charges, provision pour charges ',
    price(c, 'fr', 30, 250),
    '.',
  );
  d.l(
    'Article 4 – Dépôt de garantie : ',
    price(c, 'fr', 420, 4400),
    ', versé sur le compte ',
    E('IBAN', iban(c)),
    '.',
  );
  someLines(c, [
    [
      0.5,
      () =>
        d.l(
          'Gestionnaire : ',
          nm(c.person(), 'full'),
          ', agence ',
          r.pick(['Foncia', 'Century 21', 'Orpi', 'Nexity']),
          ', ',
          PH(c, undefined, false),
          ', ',
          E(
            'EMAIL',
            `gestion@${orgDomain(c, r.pick(['immo-centre', 'gestion-locative', 'agence-du-parc']))}`,
          ),
        ),
    ],
    [0.3, () => d.l('La cuisine est équipée (four ', decoy(c, 'brand'), ').')],
    [0.25, () => d.l(...frFiller(c))],
  ]);
  d.l();
  d.l('Fait à ', localCity(c), ', le ', PD(c), ', en deux exemplaires.');
};

const frNotaire: Tpl = (c, d) => {
  const r = c.r;
  const notaire = c.person();
  const cli = c.person();
  const defunt = c.person({ country: cli.country });
  d.l('Office notarial de Maître ', nm(notaire, r.pick(['full', 'first_caps_last'] as const)));
  d.l(
    AD(c),
    ' – ',
    PH(c, undefined, false),
    ' – ',
    E('EMAIL', orgMail(notaire, r.pick(['notaires.fr', 'notaire.be', 'notariat.lu']), r.int(0, 2))),
  );
  d.l();
  d.l(title(c, cli), nm(cli, r.pick(['full', 'first_caps_last'] as const)));
  d.l(AD(c));
  d.l();
  d.l(
    'Réf. : ',
    orderNo(c, 'case'),
    ' – Succession ',
    nm(defunt, r.pick(['caps', 'last_caps_first'] as const)),
  );
  d.l(`${localCity(c)}, le `, PD(c));
  d.l();
  d.l(...dear(c, cli));
  d.l();
  d.l(
    'Dans le cadre du règlement de la succession de ',
    defunt.sex === 'f' ? 'Mme ' : 'M. ',
    nm(defunt, 'full'),
    ', ',
    defunt.sex === 'f' ? 'née' : 'né',
    ' le ',
    DOB(c, 1925, 1960),
    ' et ',
    defunt.sex === 'f' ? 'décédée' : 'décédé',
    ' le ',
    PD(c, 2023, 2025),
    ', je vous prie de bien vouloir me transmettre les pièces suivantes :',
  );
  d.l('– une copie de votre pièce d\u2019identité ;');
  d.l(
    '– un RIB (l\u2019IBAN ',
    N('iban_invalid', ibanBad(c)),
    ' indiqué précédemment est erroné) ;',
  );
  d.l('– l\u2019avis de taxe foncière du bien situé ', AD(c), '.');
  ifr(c, 0.4, () =>
    d.l(
      'Provision sur frais à régler : ',
      price(c, 'fr', 300, 3500),
      ' sur le compte de l\u2019étude ',
      E('IBAN', iban(c)),
      '.',
    ),
  );
  d.l();
  d.l(
    'Je vous prie d\u2019agréer, ',
    cli.sex === 'f' ? 'Madame' : 'Monsieur',
    ', l\u2019expression de mes salutations distinguées.',
  );
  d.l('Maître ', nm(notaire, 'last'));
};

const frTribunal: Tpl = (c, d) => {
  const r = c.r;
  const def = c.person();
  const dem = c.person();
  d.l(
    byCountry(c, {
      FR: [
        'TRIBUNAL JUDICIAIRE DE LYON',
        'TRIBUNAL DE PROXIMITÉ DE VANVES',
        'TRIBUNAL JUDICIAIRE DE NANTES',
      ],
      BE: ['JUSTICE DE PAIX DU CANTON D\u2019IXELLES', 'TRIBUNAL DE PREMIÈRE INSTANCE DE LIÈGE'],
      LU: ['JUSTICE DE PAIX DE LUXEMBOURG'],
      CHF: ['TRIBUNAL CIVIL DE L\u2019ARRONDISSEMENT DE LAUSANNE'],
    }),
  );
  d.l('N° RG : ', orderNo(c, 'case'));
  d.l();
  d.l(r.pick(['CONVOCATION À L\u2019AUDIENCE', 'AVIS D\u2019AUDIENCE', 'CITATION À COMPARAÎTRE']));
  d.l();
  d.l(
    'Demandeur : ',
    nm(dem, r.pick(['last_caps_first', 'first_caps_last', 'caps'] as const)),
    ', ',
    AD(c),
  );
  d.l(
    'Défendeur : ',
    nm(def, r.pick(['last_caps_first', 'first_caps_last', 'caps'] as const)),
    ', ',
    ...frDob(c, def),
    ', ',
    AD(c),
  );
  d.l();
  d.l(
    'Vous êtes convoqué(e) à l\u2019audience du ',
    PD(c, 2025, 2026),
    ' à ',
    clock(c, 'fr'),
    ', salle ',
    String(r.int(1, 12)),
    '.',
  );
  d.l('Montant de la demande : ', price(c, 'fr', 400, 30000), '.');
  someLines(c, [
    [
      0.5,
      () =>
        d.l('Avocat du demandeur : Maître ', nm(c.person(), 'full'), ', ', PH(c, undefined, false)),
    ],
    [
      0.3,
      () =>
        d.l(
          'Audience en visioconférence : ',
          URLT(`https://visio.justice.example.fr/salle/${r.digits(8)}`),
        ),
    ],
    [
      0.25,
      () =>
        d.l(
          ...r.pick<Piece[]>([
            ['Le ', NN('Greffier'), ' reste à votre disposition.'],
            ['L\u2019', NN('Huissier de justice'), ' vous remettra l\u2019acte.'],
          ]),
        ),
    ],
  ]);
  d.l();
  d.l('Le greffe – ', nm(c.person(), r.pick(['full', 'initial'] as const)));
};

const frAnnonce: Tpl = (c, d) => {
  const r = c.r;
  const agent = c.person();
  const agence = r.pick([
    'Agence du Centre',
    'Immo Rive Gauche',
    'Century 21 Les Halles',
    'Laforêt Bellecour',
    'ERA Immobilier',
  ]);
  const vente = r.chance(0.5);
  d.l(
    vente ? 'À VENDRE' : 'À LOUER',
    ' – ',
    r.pick(['appartement T3', 'maison 5 pièces', 'studio', 'duplex T4']),
    ', ',
    String(r.int(18, 160)),
    ' m²',
  );
  d.l(
    'Prix : ',
    vente ? price(c, 'fr', 95000, 980000) : price(c, 'fr', 450, 2400),
    vente ? ' FAI' : ' CC / mois',
  );
  d.l(
    'À proximité : ',
    decoy(c, 'school'),
    ', ',
    decoy(c, 'hospital'),
    ', commerces (',
    decoy(c, 'brand'),
    '). Métro ',
    decoy(c, 'place'),
    '.',
  );
  d.l('DPE ', r.pick(['C', 'D', 'E']), '. Disponible le ', PD(c), '.');
  ifr(c, 0.5, () => d.l('Adresse du bien : ', AD(c)));
  d.l();
  d.l(
    'Contact : ',
    nm(agent, r.pick(['full', 'first', 'first_caps_last'] as const)),
    ' – ',
    agence,
    ' – ',
    PH(c, undefined, true),
    ...when(r.chance(0.6), ' – ', E('EMAIL', orgMail(agent, orgDomain(c, agence), r.int(0, 2)))),
  );
  d.l(URLT(`https://www.${orgDomain(c, agence)}/annonce/${r.int(100000, 999999)}`));
  ifr(c, 0.3, () => d.l('Réf. annonce ', orderNo(c, 'ref'), ' – mise à jour ', TS(c, 1)));
};

const frEtatCivil: Tpl = (c, d) => {
  const r = c.r;
  const p = c.person();
  const mere = c.person({ sex: 'f', country: p.country });
  const pere = c.person({ sex: 'm', country: p.country });
  d.l(
    byCountry(c, {
      FR: ['MAIRIE DE LYON', 'VILLE DE NANTES', 'MAIRIE DU 11e ARRONDISSEMENT DE PARIS'],
      BE: ['COMMUNE D\u2019IXELLES', 'VILLE DE NAMUR'],
      LU: ['VILLE DE LUXEMBOURG'],
      CHF: ['OFFICE DE L\u2019ÉTAT CIVIL DE GENÈVE'],
    }),
    ' – Service de l\u2019état civil',
  );
  d.l(
    'EXTRAIT D\u2019ACTE DE NAISSANCE ',
    r.pick(['avec filiation', 'sans filiation', 'plurilingue']),
  );
  d.l('Acte n° ', orderNo(c, 'ref'));
  d.l();
  d.l(
    'Le ',
    DOB(c, 1950, 2020),
    ' à ',
    clock(c, 'fr'),
    ' est ',
    p.sex === 'f' ? 'née' : 'né',
    ' à ',
    r.pick(w('Lyon|Nantes|Paris|Liège|Genève|Luxembourg')),
    ' : ',
    nm(p, r.pick(['first_caps_last', 'caps'] as const)),
  );
  d.l('de sexe ', p.sex === 'f' ? 'féminin' : 'masculin');
  d.l(
    'Fils/fille de ',
    nm(pere, r.pick(['first_caps_last', 'full'] as const)),
    ' et de ',
    nm(mere, r.pick(['first_caps_last', 'full'] as const)),
  );
  ifr(c, 0.4, () =>
    d.l(
      'Mentions marginales : mariage le ',
      PD(c, 1975, 2024),
      ' avec ',
      nm(c.person(), 'first_caps_last'),
    ),
  );
  d.l();
  d.l(
    'Délivré le ',
    PD(c),
    ' – ',
    r.pick(['L\u2019officier de l\u2019état civil', 'Pour le maire, l\u2019agent délégué']),
    ' : ',
    nm(c.person(), r.pick(['full', 'initial'] as const)),
  );
  ifr(c, 0.3, () =>
    d.l(
      'Demande en ligne : ',
      URLT(
        `https://www.${r.pick(['service-public.fr', 'ixelles.be', 'vdl.lu'])}/demarches/acte-naissance?id=${r.chars(10, B62)}`,
      ),
    ),
  );
};

const frImpot: Tpl = (c, d) => {
  const r = c.r;
  const p = c.person();
  const conj = r.chance(0.4) ? c.person({ country: p.country }) : null;
  d.l(
    byCountry(c, {
      FR: [
        'DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES',
        'Centre des Finances publiques – Service des impôts des particuliers',
      ],
      BE: ['SPF Finances – Impôt des personnes physiques'],
      LU: ['Administration des contributions directes'],
      CHF: ['Administration fiscale cantonale – Genève'],
    }),
  );
  d.l(
    r.pick([
      'AVIS D\u2019IMPÔT SUR LE REVENU ',
      'Avertissement-extrait de rôle – exercice ',
      'Bulletin de taxation ',
    ]),
    String(r.int(2022, 2025)),
  );
  d.l('Référence de l\u2019avis : ', orderNo(c, 'ref'), '   Date d\u2019établissement : ', PD(c));
  d.l();
  d.l(
    conj ? 'M. et Mme ' : title(c, p),
    nm(p, r.pick(['first_caps_last', 'caps'] as const)),
    ...when(!!conj, ' et ', conj ? nm(conj, 'first_caps_last') : null),
  );
  d.l(AD(c));
  d.l();
  d.l(
    'Montant de votre impôt : ',
    price(c, 'fr', 100, 15000),
    '   ',
    r.pick(['Reste à payer : ', 'Remboursement : ']),
    price(c, 'fr', 10, 3000),
  );
  d.l('Date limite de paiement : ', PD(c));
  d.l('Prélèvement / remboursement sur le compte ', E('IBAN', iban(c)));
  someLines(c, [
    [
      0.25,
      () => d.l('Numéro de sécurité sociale américain déclaré (FATCA) : ', E('US_SSN', ssn(c))),
    ],
    [
      0.4,
      () =>
        d.l(
          'Payez en ligne : ',
          URLT(
            r.pick([
              'https://www.impots.gouv.fr/particulier',
              'https://finances.belgium.be/fr/particuliers',
              'https://impotsdirects.public.lu',
            ]),
          ),
        ),
    ],
    [
      0.35,
      () => d.l('Votre interlocuteur : ', nm(c.person(), 'full'), ', ', PH(c, undefined, false)),
    ],
  ]);
};

const frVoyage: Tpl = (c, d) => {
  const r = c.r;
  const p = c.person();
  const train = r.chance(0.5);
  d.l(
    train ? 'Confirmation de voyage – TGV INOUI' : 'Confirmation de réservation – vol ',
    train ? '' : `${r.pick(['AF', 'SN', 'LX', 'LG', 'TO'])}${r.int(100, 9999)}`,
  );
  d.l('Référence dossier : ', orderNo(c, 'pnr'));
  d.l();
  d.l(...hi(c, p));
  d.l('Voici le récapitulatif de votre réservation.');
  d.l(
    'Passager 1 : ',
    nm(p, r.pick(['caps', 'last_caps_first', 'first_caps_last'] as const)),
    ', ',
    ...frDob(c, p),
  );
  const n = r.int(0, 2);
  for (let i = 0; i < n; i++) {
    const q = c.person({ country: p.country });
    d.l(
      `Passager ${i + 2} : `,
      nm(q, r.pick(['caps', 'last_caps_first'] as const)),
      ', ',
      ...frDob(c, q, 1950, 2022),
    );
  }
  d.l(
    'Départ : ',
    PD(c),
    ' ',
    clock(c, 'fr'),
    ' – ',
    r.pick([
      'Paris Gare de Lyon → Marseille Saint-Charles',
      'Bruxelles → Lisbonne',
      'Genève → Nice',
      'Lyon → Madrid',
    ]),
  );
  d.l('Montant payé : ', price(c, 'fr', 30, 900), ' avec la carte ', E('CREDIT_CARD', card(c)));
  someLines(c, [
    [0.5, () => d.l('Contact en cas de perturbation : ', PH(c, undefined, true), ' / ', EM(c, p))],
    [
      0.4,
      () =>
        d.l(
          'Gérer ma réservation : ',
          URLT(
            `https://www.${r.pick(['sncf-connect.com', 'airfrance.fr', 'brusselsairlines.com'])}/app/reservation?ref=${r.chars(6, UPPER)}`,
          ),
        ),
    ],
    [0.3, () => d.l('Billet émis le ', TS(c, 1), ' – n° ', orderNo(c, 'booking'))],
  ]);
};

const frGroupeParents: Tpl = (c, d) => {
  const r = c.r;
  const [a, b, e] = [c.person(), c.person(), c.person()] as const;
  const kid = c.person();
  const t = chatClock(c);
  d.l(
    '[',
    t(),
    '] ',
    nm(a, 'lower_first'),
    ' : quelqu\u2019un sait si la sortie au musée est maintenue avant les vacances de ',
    NN(r.pick(['Noël', 'Pâques'])),
    ' ?',
  );
  d.l(
    '[',
    t(),
    '] ',
    nm(b, r.pick(['first', 'lower'] as const)),
    ' : oui ! ',
    nm(kid, 'lower_first'),
    ' a rapporté le mot hier',
  );
  d.l(
    '[',
    t(),
    '] ',
    nm(e, 'first'),
    ' : vous pouvez m\u2019envoyer l\u2019autorisation ? ',
    EM(c, e),
  );
  ifr(c, 0.6, () =>
    d.l(
      '[',
      t(),
      '] ',
      nm(a, 'lower_first'),
      ' : envoyé. covoiturage possible, appelle-moi au ',
      PH(c, undefined, true),
    ),
  );
  ifr(c, 0.4, () =>
    d.l(
      '[',
      t(),
      '] ',
      nm(b, 'lower_first'),
      ' : merci ',
      nm(a, 'lower_first'),
      ' :) j\u2019ai payé les ',
      price(c, 'fr', 3, 25),
    ),
  );
  ifr(c, 0.3, () =>
    d.l(
      '[',
      t(),
      '] ',
      nm(e, 'lower_first'),
      ' : les photos : ',
      URLT(
        `https://photos.${r.pick(['ecole-example.fr', 'parents-example.be'])}/album/${r.chars(12, B62)}`,
      ),
    ),
  );
};

const FR_TPL: Record<string, Tpl> = {
  rdv_medical: frRdv,
  courrier_adressage: frAdressage,
  ordonnance: frOrdonnance,
  resultats_labo_mail: frLaboMail,
  remboursement_mutuelle: frMutuelle,
  bulletin_scolaire: frBulletin,
  inscription_scolaire: frInscription,
  mail_parent_prof: frMailProf,
  annuaire_anciens: frAnnuaire,
  bail: frBail,
  lettre_notaire: frNotaire,
  convocation_tribunal: frTribunal,
  annonce_immo: frAnnonce,
  extrait_acte_naissance: frEtatCivil,
  avis_impot: frImpot,
  confirmation_voyage: frVoyage,
  groupe_parents: frGroupeParents,
};

// ---------------------------------------------------------------------------------------------
// Developer artefacts (shared shapes, localised field names and messages)

interface DevWords {
  readonly cols: readonly [string, string, string, string, string, string];
  readonly table: string;
  readonly notFound: string;
  readonly badIban: string;
  readonly dupMail: string;
  readonly commentDb: string;
  readonly commentTodo: string;
  readonly apps: readonly string[];
  readonly domain: readonly string[];
}

const DEV: Record<Lang, DevWords> = {
  en: {
    cols: ['id', 'full_name', 'date_of_birth', 'email', 'phone', 'address'],
    table: 'patients',
    notFound: 'patient record not found for',
    badIban: 'IBAN checksum failed',
    dupMail: 'duplicate key value violates unique constraint "users_email_key"',
    commentDb: '# prod database – do not commit',
    commentTodo: '# TODO move to vault before go-live',
    apps: w('patient-portal|enrolment-api|claims-service|tenant-hub|permit-desk|booking-engine'),
    domain: [
      'clinic-portal.example.com',
      'schools.example.org',
      'claims.example.net',
      'council-apps.example.gov',
    ],
  },
  de: {
    cols: ['id', 'name', 'geburtsdatum', 'email', 'telefon', 'anschrift'],
    table: 'patienten',
    notFound: 'Patientenakte nicht gefunden für',
    badIban: 'IBAN-Prüfsumme ungültig',
    dupMail: 'doppelter Schlüsselwert verletzt Unique-Constraint »benutzer_email_key«',
    commentDb: '# Produktionsdatenbank – nicht einchecken!',
    commentTodo: '# TODO: vor Go-live in den Vault verschieben',
    apps: w(
      'praxis-portal|schulanmeldung-api|erstattung-service|mieter-portal|buergeramt-termine|reise-buchung',
    ),
    domain: [
      'praxis-portal.example.de',
      'schulen.example.at',
      'kasse-online.example.de',
      'stadt.example.ch',
    ],
  },
  fr: {
    cols: ['id', 'nom_complet', 'date_naissance', 'courriel', 'telephone', 'adresse'],
    table: 'patients',
    notFound: 'dossier patient introuvable pour',
    badIban: 'clé de contrôle IBAN invalide',
    dupMail:
      'la valeur d\u2019une clé dupliquée rompt la contrainte unique « utilisateurs_courriel_key »',
    commentDb: '# base de prod – ne pas committer',
    commentTodo: '# TODO : déplacer dans le coffre avant la mise en prod',
    apps: w(
      'portail-patient|inscriptions-api|remboursements|espace-locataire|etat-civil-rdv|resa-voyages',
    ),
    domain: [
      'portail-sante.example.fr',
      'ecoles.example.be',
      'mutuelle.example.fr',
      'commune.example.lu',
    ],
  },
  es: {
    cols: ['id', 'nombre', 'fecha_nacimiento', 'correo', 'telefono', 'direccion'],
    table: 'pacientes',
    notFound: 'no se encontró la historia clínica de',
    badIban: 'dígitos de control del IBAN incorrectos',
    dupMail: 'llave duplicada viola restricción de unicidad «usuarios_correo_key»',
    commentDb: '# base de datos de producción – no subir al repo',
    commentTodo: '# TODO: mover al gestor de secretos antes de producción',
    apps: w(
      'portal-pacientes|matriculas-api|reclamaciones|portal-inquilinos|cita-previa|reservas-viajes',
    ),
    domain: [
      'portal-salud.example.es',
      'colegios.example.mx',
      'seguros.example.com.ar',
      'alcaldia.example.co',
    ],
  },
};

const isoDob = (c: Ctx, y0 = 1940, y1 = 2010): Tok => E('DATE_OF_BIRTH', isoDate(ymd(c.r, y0, y1)));

const devStackTrace: Tpl = (c, d) => {
  const r = c.r;
  const w = DEV[c.lang];
  const p = c.person();
  const app = r.pick(w.apps);
  const kind = r.int(0, 2);
  if (kind === 0) {
    d.l(TS(c, 1), ' ERROR [', app, '] Unhandled exception in request ', uuid(c));
    d.l('Traceback (most recent call last):');
    d.l(
      `  File "/srv/${app}/app/views.py", line ${r.int(20, 400)}, in ${r.pick(['get_record', 'submit_claim', 'enrol'])}`,
    );
    d.l('    record = repo.lookup(name=name, dob=dob)');
    d.l(`  File "/srv/${app}/app/repo.py", line ${r.int(20, 400)}, in lookup`);
    d.l('    raise LookupError(f"{MSG} {name} ({dob})")');
    d.l(
      'LookupError: ',
      w.notFound,
      ' ',
      nm(p, r.pick(['full', 'caps', 'last_first'] as const)),
      ' (',
      isoDob(c),
      ')',
    );
    ifr(c, 0.5, () => d.l('Request from ', IP(c), ' user=', EM(c, p)));
    ifr(c, 0.4, () =>
      d.l('Python ', version(c, false), ' | Django ', version(c, false), ' | commit ', sha(c, 40)),
    );
  } else if (kind === 1) {
    d.l(
      `Exception in thread "main" java.lang.IllegalArgumentException: ${w.badIban}: `,
      N('iban_invalid', ibanBad(c, false)),
    );
    d.l(
      `\tat com.example.${slug(app)}.payments.IbanValidator.validate(IbanValidator.java:${r.int(20, 200)})`,
    );
    d.l(
      `\tat com.example.${slug(app)}.payments.PayoutService.schedule(PayoutService.java:${r.int(20, 200)})`,
    );
    d.l(
      'Caused by: payout for ',
      nm(p, 'full'),
      ' <',
      EM(c, p),
      '> fallback IBAN ',
      E('IBAN', iban(c, undefined, false)),
    );
    d.l(`\t... ${r.int(3, 40)} more`);
    ifr(c, 0.4, () => d.l('[', decoy(c, 'soft'), '] build ', version(c, true), ' on node ', IP(c)));
  } else {
    d.l(`error: ${w.dupMail}`);
    d.l('DETAIL:  Key (email)=(', EM(c, p), ') already exists.');
    d.l(
      `    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:${r.int(200, 400)}:${r.int(10, 99)})`,
    );
    d.l(`    at async createUser (/app/dist/${app}/users.js:${r.int(10, 300)}:${r.int(5, 40)})`);
    d.l("  payload: { name: '", nm(p, 'full'), "', phone: '", PH(c), "', dob: '", isoDob(c), "' }");
    d.l('Node.js v', version(c, false));
  }
  ifr(c, 0.25, () =>
    d.l(
      'SENTRY_DSN=',
      URLT(
        `https://${r.chars(32, HEX)}@o${r.int(10000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}`,
      ),
    ),
  );
};

const devSqlDump: Tpl = (c, d) => {
  const r = c.r;
  const w = DEV[c.lang];
  const cols = [w.cols[0], w.cols[1], w.cols[2], w.cols[3], r.chance(0.5) ? w.cols[4] : w.cols[5]];
  const rows: Tok[][] = [];
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    const p = c.person();
    const last = cols[4] === w.cols[4] ? PH(c) : AD(c);
    rows.push([
      N('order_no', String(r.int(100, 99999))),
      nm(p, r.pick(['full', 'full', 'last_first'] as const)),
      isoDob(c),
      EM(c, p),
      last,
    ]);
  }
  const widths = cols.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.v.length)));
  const mysql = r.chance(0.4);
  d.l(
    mysql ? 'mysql> ' : `${slug(w.apps[0]!).slice(0, 8)}=# `,
    `SELECT ${cols.join(', ')} FROM ${w.table} WHERE ${r.pick(["updated_at > now() - interval '1 day'", 'id IN (…)', "status = 'pending'"])} LIMIT ${n};`,
  );
  const border = '+' + widths.map((x) => '-'.repeat(x + 2)).join('+') + '+';
  if (mysql) d.l(border);
  d.l(
    mysql ? '| ' : ' ',
    cols.map((h, i) => h.padEnd(widths[i]!)).join(mysql ? ' | ' : ' | '),
    mysql ? ' |' : '',
  );
  d.l(
    mysql
      ? border
      : widths
          .map((x) => '-'.repeat(x + 2))
          .join('+')
          .slice(0),
  );
  for (const row of rows) {
    d.a(mysql ? '| ' : ' ');
    row.forEach((tok, i) => {
      d.a(tok, ' '.repeat(widths[i]! - tok.v.length));
      if (i < row.length - 1) d.a(' | ');
    });
    d.l(mysql ? ' |' : '');
  }
  if (mysql) d.l(border);
  d.l(mysql ? `${n} rows in set (0.0${r.int(1, 9)} sec)` : `(${n} rows)`);
};

const devYaml: Tpl = (c, d) => {
  const r = c.r;
  const w = DEV[c.lang];
  const app = r.pick(w.apps);
  const admin = c.person();
  d.l('# ', app, '/config/', r.pick(['production.yaml', 'settings.yml', 'values-prod.yaml']));
  d.l(w.commentDb);
  d.l('app:');
  d.l('  name: ', app);
  d.l('  version: ', version(c, r.chance(0.3)));
  d.l('  base_url: ', URLT(`https://${r.pick(w.domain)}`));
  d.l('database:');
  d.l('  host: ', IP(c));
  d.l('  port: 5432');
  d.l('  user: svc_', slug(app).slice(0, 10));
  const q = r.chance(0.5) ? '"' : '';
  d.l('  password: ', q, genericSecret(c, r.pick([1, 2, 4])), q);
  someLines(c, [
    [
      0.6,
      () => {
        d.l('aws:');
        d.l('  access_key_id: ', aws(c));
        d.l('  secret_access_key: ', awsSecret(c));
        d.l('  region: ', r.pick(['eu-central-1', 'eu-west-3', 'us-east-1', 'eu-south-2']));
      },
    ],
    [
      0.5,
      () => {
        d.l('notifications:');
        d.l('  slack_bot_token: ', slackToken(c));
        d.l('  admin_email: ', EM(c, admin));
        d.l('  on_call: ', nm(admin, 'full'), ' (', PH(c, undefined, true), ')');
      },
    ],
    [
      0.35,
      () => {
        d.l('tls:');
        d.a('  key: |\n');
        const pem = pemBlock(c);
        // indent the block in YAML: the span covers the BEGIN…END text with its indentation inside
        const ind = pem.v.replace(/\n/g, '\n    ');
        d.l('    ', E('PRIVATE_KEY', ind));
      },
    ],
    [0.3, () => d.l('github_token: ', ghToken(c))],
    [0.25, () => d.l(w.commentTodo, ' (', decoy(c, 'soft'), ' job ', orderNo(c, 'ref'), ')')],
  ]);
};

const devCiLog: Tpl = (c, d) => {
  const r = c.r;
  const w = DEV[c.lang];
  const dev = c.person();
  const app = r.pick(w.apps);
  const ts = tsClock(c);
  d.l(ts(), ' ##[group]Run ', r.pick(['./scripts/deploy.sh', 'make release', 'npm run migrate']));
  d.l(
    ts(),
    ' Author: ',
    nm(dev, r.pick(['full', 'full', 'lower'] as const)),
    ' <',
    EM(c, dev, r.pick(['users.noreply.github.com', 'example.dev', 'gmail.com'])),
    '>',
  );
  d.l(ts(), ' Commit ', sha(c, 40), ' (', app, ' ', version(c, false), ')');
  someLines(c, [
    [0.55, () => d.l(ts(), ' + export AWS_ACCESS_KEY_ID=', aws(c))],
    [0.45, () => d.l(ts(), ' + export AWS_SECRET_ACCESS_KEY=', awsSecret(c))],
    [
      0.55,
      () =>
        d.l(
          ts(),
          ' + GH_TOKEN=',
          ghToken(c),
          ' gh release create v',
          version(c, false),
          ' --repo example/',
          app,
        ),
    ],
    [
      0.45,
      () =>
        d.l(
          ts(),
          ' + curl -s -X POST -H "Authorization: Bearer ',
          slackToken(c),
          '" ',
          URLT('https://slack.com/api/chat.postMessage'),
        ),
    ],
    [0.35, () => d.l(ts(), ' + echo "$DEPLOY_KEY" > id_ed25519 && cat id_ed25519\n', pemBlock(c))],
    [
      0.35,
      () => d.l(ts(), ' DB_PASSWORD=', genericSecret(c, r.pick([1, 2, 3])), ' (from .env.ci)'),
    ],
    [
      0.3,
      () =>
        d.l(
          ts(),
          ' Seeding test user ',
          nm(c.person(), 'full'),
          ' born ',
          isoDob(c),
          ' IBAN ',
          E('IBAN', iban(c)),
        ),
    ],
    [
      0.3,
      () =>
        d.l(ts(), ' Deploying to ', IP(c), ' via ', decoy(c, 'soft'), ' agent ', version(c, true)),
    ],
    [0.3, () => d.l(ts(), ' Cache key: ', sha(c, 64))],
    [
      0.25,
      () =>
        d.l(ts(), ' Test card ', N('card_lookalike', cardLike(c)), ' rejected as expected (Luhn)'),
    ],
  ]);
  d.l(ts(), ' ##[endgroup]');
  d.l(
    ts(),
    r.pick([
      ' Job succeeded',
      ' Error: Process completed with exit code 1.',
      ' Cleaning up orphan processes',
    ]),
  );
};

const devCurl: Tpl = (c, d) => {
  const r = c.r;
  const w = DEV[c.lang];
  const p = c.person();
  const host = r.pick(w.domain);
  const path = r.pick([
    '/v1/patients',
    '/api/v2/enrolments',
    '/claims',
    '/v1/tenants',
    '/api/bookings',
  ]);
  d.l('$ curl -sS -X POST ', URLT(`https://api.${host}${path}`), ' \\');
  const auth = r.int(0, 3);
  if (auth === 0) d.l('  -H "Authorization: Bearer ', jwt(c), '" \\');
  else if (auth === 1) d.l("  -H 'Authorization: token ", ghToken(c), "' \\");
  else if (auth === 2) d.l('  -H "X-Api-Key: ', genericSecret(c, r.pick([0, 2, 6])), '" \\');
  else d.l('  -u ', aws(c), ':', awsSecret(c), ' \\');
  d.l("  -H 'Content-Type: application/json' \\");
  d.a(
    '  -d \'{"',
    w.cols[1],
    '":"',
    nm(p, 'full'),
    '","',
    w.cols[2],
    '":"',
    isoDob(c),
    '","',
    w.cols[3],
    '":"',
    EM(c, p),
    '"',
  );
  ifr(c, 0.5, () => d.a(',"', w.cols[4], '":"', PH(c), '"'));
  ifr(c, 0.3, () => d.a(',"iban":"', E('IBAN', iban(c, undefined, false)), '"'));
  d.l("}'");
  d.l(
    r.pick(['{"id":"', '{"status":"created","id":"']),
    uuid(c),
    '","created_at":"',
    TS(c, 0),
    '"}',
  );
};

const devJson: Tpl = (c, d) => {
  const r = c.r;
  const w = DEV[c.lang];
  const p = c.person();
  const ind = '    ';
  const fields: (() => void)[] = [
    () =>
      d.a(ind, `"${w.cols[1]}": "`, nm(p, r.pick(['full', 'middle', 'last_first'] as const)), '"'),
    () => d.a(ind, `"${w.cols[2]}": "`, r.chance(0.7) ? isoDob(c) : DOB(c), '"'),
    () => d.a(ind, `"${w.cols[3]}": "`, EM(c, p), '"'),
  ];
  if (r.chance(0.7)) fields.push(() => d.a(ind, `"${w.cols[4]}": "`, PH(c), '"'));
  if (r.chance(0.6)) fields.push(() => d.a(ind, `"${w.cols[5]}": "`, AD(c), '"'));
  if (r.chance(0.35)) {
    const g = c.person({ country: p.country });
    fields.push(() =>
      d.a(
        ind,
        '"guardian": { "name": "',
        nm(g, 'full'),
        '", "phone": "',
        PH(c, undefined, true),
        '" }',
      ),
    );
  }
  if (r.chance(0.4))
    fields.push(() =>
      d.a(ind, '"payment": { "iban": "', E('IBAN', iban(c)), '", "amount": "', price(c), '" }'),
    );
  if (r.chance(0.3)) fields.push(() => d.a(ind, '"status_changed": "', TS(c, 2), '"'));
  d.l('{');
  d.l('  "request_id": "', uuid(c), '",');
  d.l('  "received": ', TS(c, 3), ',');
  d.l('  "record": {');
  fields.forEach((f, i) => {
    f();
    d.l(i < fields.length - 1 ? ',' : '');
  });
  d.l('  },');
  d.l(
    '  "client": { "ip": "',
    IP(c),
    '", "ua": "',
    r.pick(['Mozilla/5.0', 'okhttp/4.12.0', 'python-requests/2.32.3']),
    '" },',
  );
  const sec = r.int(0, 3);
  if (sec === 0)
    d.l(
      '  "service_account": { "private_key": "',
      pemBlock(c, true),
      '", "client_email": "',
      E('EMAIL', `svc-${r.int(10, 99)}@${slug(r.pick(w.apps))}.iam.gserviceaccount.com`),
      '" }',
    );
  else if (sec === 1) d.l('  "session": "', jwt(c), '"');
  else if (sec === 2) d.l('  "webhook_secret": "', genericSecret(c), '"');
  else d.l('  "build": "', version(c, true), '"');
  d.l('}');
};

const devCsv: Tpl = (c, d) => {
  const r = c.r;
  const w = DEV[c.lang];
  const tsv = r.chance(0.35);
  const sep = tsv ? '\t' : r.pick([',', ';']);
  const head = [w.cols[1], w.cols[2], w.cols[3], w.cols[4], 'iban', 'card'];
  const useCard = r.chance(0.4);
  const useIban = r.chance(0.6);
  const h = head.filter((x) => (x === 'card' ? useCard : x === 'iban' ? useIban : true));
  d.l(h.join(sep));
  const n = r.int(2, 6);
  for (let i = 0; i < n; i++) {
    const p = c.person();
    const form = r.pick(['full', 'caps', 'last_first', 'full'] as const);
    const q = !tsv && (form === 'last_first' || sep === ',') && r.chance(0.6);
    d.a(
      q ? '"' : '',
      nm(p, form === 'last_first' && !q && sep === ',' ? 'full' : form),
      q ? '"' : '',
      sep,
      r.chance(0.8) ? DOB(c) : '',
      sep,
    );
    d.a(r.chance(0.85) ? EM(c, p) : '', sep, r.chance(0.7) ? PH(c, p.country) : '');
    if (useIban)
      d.a(
        sep,
        r.chance(0.8)
          ? E('IBAN', iban(c, undefined, false))
          : r.chance(0.5)
            ? N('iban_invalid', ibanBad(c, false))
            : '',
      );
    if (useCard)
      d.a(sep, r.chance(0.7) ? E('CREDIT_CARD', card(c)) : N('card_lookalike', cardLike(c)));
    d.l();
  }
  ifr(c, 0.3, () => d.l('# export ', uuid(c), ' generated ', TS(c, 0)));
};

const devEnv: Tpl = (c, d) => {
  const r = c.r;
  const w = DEV[c.lang];
  const p = c.person();
  d.l('# .env.', r.pick(['production', 'local', 'staging']), ' — ', r.pick(w.apps));
  d.l(w.commentTodo);
  const lines: (() => void)[] = [
    () => d.l('DATABASE_HOST=', IP(c)),
    () => d.l('DATABASE_PASSWORD=', genericSecret(c, r.pick([1, 2, 4]))),
    () => d.l('AWS_ACCESS_KEY_ID=', aws(c)),
    () => d.l('AWS_SECRET_ACCESS_KEY=', awsSecret(c)),
    () => d.l('GITHUB_TOKEN=', ghToken(c)),
    () => d.l('SLACK_BOT_TOKEN=', slackToken(c)),
    () => d.l('STRIPE_SECRET_KEY=', genericSecret(c, 0)),
    () => d.l('JWT_SIGNING_KEY=', genericSecret(c, 2)),
    () => d.l('SUPPORT_INBOX=', EM(c, p)),
    () => d.l('PUBLIC_URL=', URLT(`https://${r.pick(w.domain)}`)),
    () => d.l('ADMIN_CONTACT="', nm(p, 'full'), ' ', PH(c), '"'),
    () => d.l('SERVICE_TOKEN=', jwt(c)),
    () => d.l('APP_VERSION=', version(c, true)),
    () => d.l('RELEASE_SHA=', sha(c, 40)),
    () => d.l('SIGNING_KEY="', pemBlock(c), '"'),
  ];
  for (const f of r.shuffle(lines).slice(0, r.int(5, 10))) f();
};

const devTemplates = (): Record<string, Tpl> => ({
  stack_trace: devStackTrace,
  sql_dump: devSqlDump,
  config_yaml: devYaml,
  ci_log: devCiLog,
  curl_cmd: devCurl,
  json_payload: devJson,
  csv_export: devCsv,
  env_file: devEnv,
});

// ---------------------------------------------------------------------------------------------
// Hard-negative-only templates (no PII at all)

const negNotice =
  (lang: Lang): Tpl =>
  (c, d) => {
    const r = c.r;
    const L = {
      en: {
        head: [
          'PUBLIC NOTICE',
          'Service update',
          'Opening hours over the holidays',
          'Notice to patients',
        ],
        closed: ['The walk-in clinic at ', ' will be closed on '],
        reopen: 'Normal hours resume on ',
        fee: 'Flu vaccination for adults: ',
        ticket: 'Queue tickets are issued from number ',
        tail: [
          [NN('Will'), ' the car park stay open? Yes, until 8 pm.'],
          ['Bring your own pen.'],
          [NN('Grace Street'), ' entrance is closed for works.'],
          ['Thank you for your patience.'],
        ] as Piece[][],
      },
      de: {
        head: [
          'Bekanntmachung',
          'Geänderte Öffnungszeiten',
          'Hinweis für Patientinnen und Patienten',
          'Information der Stadtverwaltung',
        ],
        closed: ['Die Notfallambulanz (', ') bleibt geschlossen am '],
        reopen: 'Reguläre Sprechzeiten ab ',
        fee: 'Grippeschutzimpfung für Selbstzahler: ',
        ticket: 'Wartemarken werden ab Nummer ',
        tail: [
          ['Der ', NN('Hausmeister'), ' ist unter der Zentrale erreichbar.'],
          ['Die Parkplätze an der ', NN('Karl-Marx-Allee'), ' sind gesperrt.'],
          ['Vielen Dank für Ihr Verständnis.'],
          ['Der ', NN('Koch'), ' der Kantine bietet ein Ersatzmenü an.'],
        ] as Piece[][],
      },
      fr: {
        head: [
          'AVIS AU PUBLIC',
          'Fermeture exceptionnelle',
          'Information aux usagers',
          'Horaires pendant les vacances',
        ],
        closed: ['Le centre de consultation (', ') sera fermé le '],
        reopen: 'Reprise des horaires habituels le ',
        fee: 'Vaccination antigrippale (adultes) : ',
        ticket: 'Les tickets de file d\u2019attente sont distribués à partir du numéro ',
        tail: [
          ['Merci de votre compréhension.'],
          ['Le parking de la ', NN('place Charles-de-Gaulle'), ' reste accessible.'],
          [NN('La Poste'), ' voisine assure le relais colis.'],
          ['Le secrétariat répondra dès la rentrée.'],
        ] as Piece[][],
      },
      es: {
        head: [
          'AVISO',
          'Cierre temporal',
          'Información a los usuarios',
          'Horario especial de verano',
        ],
        closed: ['El centro de salud junto al ', ' permanecerá cerrado el '],
        reopen: 'El horario habitual se retoma el ',
        fee: 'Vacuna de la gripe (privado): ',
        ticket: 'Los números de turno se entregan a partir del ',
        tail: [
          ['Gracias por su comprensión.'],
          [NN('Mercedes'), ' y ', NN('Rosario'), ' tienen consultorios de guardia.'],
          ['La farmacia de la ', NN('Gran Vía'), ' abre 24 horas.'],
          ['Disculpen las molestias.'],
        ] as Piece[][],
      },
    }[lang];
    d.l(r.pick(L.head));
    d.l();
    d.l(L.closed[0], decoy(c, 'hospital'), L.closed[1], PD(c), ' (', decoy(c, 'time'), ').');
    d.l(L.reopen, PD(c), '.');
    ifr(c, 0.7, () => d.l(L.fee, price(c, lang, 10, 45), '.'));
    ifr(c, 0.5, () => d.l(L.ticket, N('order_no', String(r.int(100, 999))), '.'));
    ifr(c, 0.4, () => d.l(decoy(c, 'drug'), ' / ', decoy(c, 'drug'), ': ', price(c, lang, 2, 30)));
    ifr(c, 0.4, () => d.l(decoy(c, 'brand'), ' – ', decoy(c, 'place'), ' – ', decoy(c, 'job')));
    d.l(...r.pick(L.tail));
  };

const negChangelog =
  (lang: Lang): Tpl =>
  (c, d) => {
    const r = c.r;
    const W = {
      en: ['Release notes', 'Fixed', 'Changed', 'Security', 'Upgrade path'],
      de: ['Versionshinweise', 'Behoben', 'Geändert', 'Sicherheit', 'Upgrade-Pfad'],
      fr: ['Notes de version', 'Corrigé', 'Modifié', 'Sécurité', 'Mise à niveau'],
      es: ['Notas de la versión', 'Corregido', 'Cambiado', 'Seguridad', 'Actualización'],
    }[lang];
    const app = r.pick(DEV[lang].apps);
    d.l('## ', W[0], ' – ', app, ' ', version(c, false), ' (', PD(c), ')');
    d.l();
    d.l('### ', W[1]);
    d.l(
      '- ',
      r.pick([
        'crash on empty date field',
        'timezone shift in appointment list',
        'export of TSV files',
        'PDF rendering of letters',
      ]),
      ' (',
      sha(c, 7),
      ')',
    );
    d.l('- migration ', uuid(c), ' ran twice on ', TS(c, 0));
    d.l('### ', W[2]);
    d.l(
      '- ',
      decoy(c, 'soft'),
      ' → ',
      version(c, false),
      '; ',
      decoy(c, 'soft'),
      ' pipeline now pins build ',
      version(c, true),
    );
    ifr(c, 0.6, () =>
      d.l(
        '- firmware for kiosk terminals: release ',
        version(c, true),
        ' (was ',
        version(c, true),
        ')',
      ),
    );
    d.l('### ', W[3]);
    d.l('- sha256 of the installer: ', sha(c, 64));
    ifr(c, 0.5, () =>
      d.l(
        '- test fixture card ',
        N('card_lookalike', cardLike(c)),
        ' and IBAN ',
        N('iban_invalid', ibanBad(c)),
        ' are deliberately invalid',
      ),
    );
    ifr(c, 0.4, () =>
      d.l('- sample SSN ', N('ssn_invalid', ssn(c, false)), ' is rejected by the validator'),
    );
    d.l('### ', W[4]);
    d.l('- ', version(c, false), ' → ', version(c, false), ' at ', TS(c, 3));
  };

const negOrder =
  (lang: Lang): Tpl =>
  (c, d) => {
    const r = c.r;
    const W = {
      en: w(
        'Order confirmation|Order no.|Item|Total|Delivery expected|Gift card|Paid with card ending',
      ),
      de: w(
        'Bestellbestätigung|Bestellnr.|Artikel|Summe|Voraussichtliche Lieferung|Gutscheinkarte|Bezahlt mit Karte endend auf',
      ),
      fr: w(
        'Confirmation de commande|Commande n°|Article|Total|Livraison prévue|Carte cadeau|Payé par carte se terminant par',
      ),
      es: w(
        'Confirmación de pedido|Pedido n.º|Artículo|Total|Entrega prevista|Tarjeta regalo|Pagado con tarjeta terminada en',
      ),
    }[lang];
    const items: Record<Lang, readonly string[]> = {
      en: w(
        'Blood pressure monitor|Pill organiser (7 days)|School backpack|Scientific calculator|First-aid kit|Smoke alarm',
      ),
      de: w(
        'Blutdruckmessgerät|Tablettenbox (7 Tage)|Schulranzen|Taschenrechner|Verbandkasten|Rauchmelder',
      ),
      fr: w(
        'Tensiomètre|Pilulier hebdomadaire|Cartable|Calculatrice graphique|Trousse de secours|Détecteur de fumée',
      ),
      es: w(
        'Tensiómetro|Pastillero semanal|Mochila escolar|Calculadora científica|Botiquín|Detector de humo',
      ),
    };
    d.l(W[0], ' – ', decoy(c, 'brand'));
    d.l(W[1], ' ', orderNo(c, 'order'), ' · ', PD(c));
    d.l();
    const n = r.int(1, 4);
    for (let i = 0; i < n; i++)
      d.l(`${r.int(1, 3)} × ${r.pick(items[lang])}`, '  ', price(c, lang, 3, 180));
    d.l(W[3], ': ', price(c, lang, 20, 600));
    d.l(W[4], ': ', PD(c));
    ifr(c, 0.5, () => d.l(W[5], ': ', N('card_lookalike', cardLike(c))));
    ifr(c, 0.6, () => d.l(W[6], ' ', String(r.int(1000, 9999))));
    ifr(c, 0.4, () => d.l('Tracking: ', orderNo(c, 'ref'), ' · ', TS(c, 1)));
  };

const negBooklist =
  (lang: Lang): Tpl =>
  (c, d) => {
    const r = c.r;
    const W = {
      en: ['Book list', 'Year', 'Please buy by', 'Second-hand copies are fine.'],
      de: ['Bücherliste', 'Klasse', 'Bitte besorgen bis', 'Gebrauchte Exemplare sind in Ordnung.'],
      fr: [
        'Liste des fournitures',
        'Classe de',
        'À acheter avant le',
        'Les livres d\u2019occasion sont acceptés.',
      ],
      es: ['Lista de libros', 'Curso', 'Comprar antes del', 'Se aceptan libros de segunda mano.'],
    }[lang];
    const books: Record<Lang, readonly string[]> = {
      en: [
        'Maths Frameworking 3rd ed.',
        'Oxford Science 2',
        'Of Mice and Men',
        'Collins French Dictionary',
      ],
      de: ['Lambacher Schweizer 7', 'Deutschbuch 6', 'Green Line 3', 'Der Schimmelreiter'],
      fr: ['Transmath 5e', 'Le Petit Prince', 'Bescherelle Conjugaison', 'Manuel SVT 4e'],
      es: ['Matemáticas 2º ESO', 'Lengua Castellana 1', 'Marianela', 'Diccionario Vox'],
    };
    d.l(W[0], ' – ', decoy(c, 'school'), ' – ', W[1], ' ', String(r.int(5, 11)));
    for (const b of r.shuffle(books[lang]).slice(0, r.int(2, 4)))
      d.l('• ', b, ' — ISBN ', isbn(c), ' — ', price(c, lang, 6, 40));
    d.l(W[2], ' ', PD(c), '. ', W[3]);
    ifr(c, 0.4, () => d.l(decoy(c, 'job'), ', ', decoy(c, 'time')));
  };

const negTemplates = (lang: Lang): Record<string, Tpl> => ({
  neg_notice: negNotice(lang),
  neg_changelog: negChangelog(lang),
  neg_order: negOrder(lang),
  neg_booklist: negBooklist(lang),
});

// ---------------------------------------------------------------------------------------------
// Assembly

const LANG_ORDER: readonly Lang[] = ['en', 'de', 'fr', 'es'];

const TEMPLATES: Record<Lang, Record<string, Tpl>> = {
  en: { ...EN_TPL, ...devTemplates() },
  de: { ...DE_TPL, ...devTemplates() },
  fr: { ...FR_TPL, ...devTemplates() },
  es: { ...ES_TPL, ...devTemplates() },
};

const NEG_TEMPLATES: Record<Lang, Record<string, Tpl>> = {
  en: negTemplates('en'),
  de: negTemplates('de'),
  fr: negTemplates('fr'),
  es: negTemplates('es'),
};

/** Share of texts that carry hard negatives only. */
const NEG_ONLY_SHARE = 0.18;

/**
 * `n` labelled texts (default 2,000: 500 per language, interleaved en/de/fr/es), deterministic for a
 * given seed. PERSON spans carry `source`: 'listed' (faker's name lists) or 'invented' (syllables).
 */
export function generateHeldout8(n = 2000, seed = 80_808): Heldout8Record[] {
  const r = new Rng(seed);
  const names = makeNames(seed);
  const queues = new Map<string, string[]>();
  const nextKey = (pool: string, keys: readonly string[]): string => {
    let q = queues.get(pool);
    if (!q || q.length === 0) {
      q = r.shuffle(keys);
      queues.set(pool, q);
    }
    return q.pop()!;
  };
  // exactly round(18 %) hard-negative-only texts per language, at shuffled positions
  const negFlags = new Map<Lang, boolean[]>();
  for (const [li, lang] of LANG_ORDER.entries()) {
    const count = Math.ceil((n - li) / LANG_ORDER.length);
    const k = Math.round(count * NEG_ONLY_SHARE);
    negFlags.set(lang, r.shuffle(Array.from({ length: count }, (_, j) => j < k)));
  }
  const out: Heldout8Record[] = [];
  for (let i = 0; i < n; i++) {
    const lang = LANG_ORDER[i % LANG_ORDER.length]!;
    const country = r.wpick(COUNTRIES[lang]);
    const c: Ctx = {
      r,
      lang,
      country,
      fk: (k) => names.fakers[k],
      person: (o = {}) => makePerson(r, names, o.country ?? country, o),
    };
    const negOnly = negFlags.get(lang)![Math.floor(i / LANG_ORDER.length)]!;
    const pool = negOnly ? NEG_TEMPLATES[lang] : TEMPLATES[lang];
    const key = nextKey(`${lang}:${negOnly ? 'neg' : 'pos'}`, Object.keys(pool));
    const d = new Doc();
    pool[key]!(c, d);
    const text = d.text.replace(/\s+$/, '');
    out.push({
      id: `h8-${String(i + 1).padStart(4, '0')}`,
      lang,
      template: `${lang}:${key}`,
      text,
      entities: d.ents,
      negatives: d.negs,
    });
  }
  return out;
}
