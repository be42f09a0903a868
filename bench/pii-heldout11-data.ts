/**
 * Generator for `bench/pii-heldout11.ts`: a blind held-out set of texts that flow through a
 * company's AI systems (LLM prompts and replies, RAG chunks, transcripts and their summaries,
 * fine-tuning and eval rows, labelled tickets, annotation exports, agent tool calls, vector-store
 * metadata, moderation items, OCR output, voicemail transcripts, notebooks and scripts), written from
 * the developer corpus README's labelling conventions only. English, German, French and Spanish,
 * 500 texts each. Values come from our own generators and @faker-js/faker's name lists (picked with
 * a seeded PRNG, nothing downloaded); every offset is recorded while the text is assembled.
 */
import {
  fakerDE,
  fakerDE_AT,
  fakerDE_CH,
  fakerEN,
  fakerEN_AU,
  fakerEN_CA,
  fakerEN_GB,
  fakerES,
  fakerES_MX,
  fakerFR,
  fakerFR_BE,
  fakerFR_CA,
  type Faker,
} from '@faker-js/faker';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import type { HeldoutRecord, Lang } from './pii-heldout-data.js';

export interface Heldout11Span extends Span {
  readonly source?: 'listed' | 'invented';
}

export interface Heldout11Record extends HeldoutRecord {
  readonly entities: Heldout11Span[];
}

type Src = 'listed' | 'invented';
type Loc<T> = Readonly<Record<Lang, T>>;
type Phr = Loc<string | readonly string[]>;

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
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let x = this.next() * total;
    for (const [v, w] of items) {
      x -= w;
      if (x < 0) return v;
    }
    return items[items.length - 1]![0];
  }
  chars(n: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)]!;
    return out;
  }
  digits(n: number): string {
    return this.chars(n, '0123456789');
  }
  shuffle<T>(a: readonly T[]): T[] {
    const b = [...a];
    for (let i = b.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = b[i]!;
      b[i] = b[j]!;
      b[j] = t;
    }
    return b;
  }
  some<T>(a: readonly T[], lo: number, hi: number): T[] {
    return this.shuffle(a).slice(0, this.int(lo, Math.min(hi, a.length)));
  }
}

function hash32(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h ^= h >>> 15;
  return h >>> 0;
}

const DIG = '0123456789';
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = UP + LO + DIG;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';

// ---------------------------------------------------------------------------------------------
// Segments: plain text, labelled entities and hard negatives, assembled into a Doc with offsets

class Ent {
  constructor(
    readonly type: string,
    readonly v: string,
    readonly src: Src | null = null,
  ) {}
  with(v: string): Ent {
    return new Ent(this.type, v, this.src);
  }
}

class Neg {
  constructor(
    readonly kind: string,
    readonly v: string,
  ) {}
  with(v: string): Neg {
    return new Neg(this.kind, v);
  }
}

type Seg = string | Ent | Neg;
type Piece = Seg | readonly Piece[];

function flat(p: Piece, out: Seg[] = []): Seg[] {
  if (typeof p === 'string' || p instanceof Ent || p instanceof Neg) out.push(p);
  else for (const q of p) flat(q, out);
  return out;
}

/** Applies `f` to every piece of text; `plain` tells whether it is unlabelled text. */
function mapSegs(p: Piece, f: (s: string, plain: boolean) => string): Seg[] {
  return flat(p).map((s) => (typeof s === 'string' ? f(s, true) : s.with(f(s.v, false))));
}

function lower(p: Piece): Seg[] {
  return mapSegs(p, (s) => s.toLowerCase());
}

class Doc {
  text = '';
  readonly ents: Heldout11Span[] = [];
  readonly negs: { kind: string; start: number; end: number }[] = [];
  readonly persons: string[] = [];
  put(...ps: Piece[]): this {
    for (const s of flat(ps)) {
      if (typeof s === 'string') {
        this.text += s;
        continue;
      }
      const start = this.text.length;
      this.text += s.v;
      const end = this.text.length;
      if (s instanceof Ent) {
        if (s.src !== null) {
          this.ents.push({ type: s.type, start, end, source: s.src });
          this.persons.push(s.v);
        } else this.ents.push({ type: s.type, start, end });
      } else this.negs.push({ kind: s.kind, start, end });
    }
    return this;
  }
  line(...ps: Piece[]): this {
    return this.put(...ps, '\n');
  }
}

// ---------------------------------------------------------------------------------------------
// JSON / CSV serialisation of labelled values (spans cover the characters as they appear)

class Rich {
  constructor(readonly segs: readonly Piece[]) {}
}
/** A value written without quotes (a number-like negative, e.g. an epoch timestamp). */
class Raw {
  constructor(readonly seg: Seg) {}
}
type JV =
  | string
  | number
  | boolean
  | null
  | Ent
  | Neg
  | Rich
  | Raw
  | readonly JV[]
  | { readonly [k: string]: JV };

function jsonEsc(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

interface JOpts {
  readonly indent: number;
  /** Python's json.dumps spacing (", " and ": ") when not indented. */
  readonly spaced: boolean;
}

function jstr(segs: readonly Piece[]): Seg[] {
  return ['"', ...mapSegs(segs, jsonEsc), '"'];
}

function json(v: JV, o: JOpts = { indent: 0, spaced: false }, lvl = 0): Seg[] {
  if (v === null) return ['null'];
  if (typeof v === 'string') return [JSON.stringify(v)];
  if (typeof v === 'number' || typeof v === 'boolean') return [String(v)];
  if (v instanceof Ent || v instanceof Neg) return jstr([v]);
  if (v instanceof Rich) return jstr(v.segs);
  if (v instanceof Raw) return [v.seg];
  const nl = o.indent > 0 ? '\n' + ' '.repeat(o.indent * (lvl + 1)) : '';
  const close = o.indent > 0 ? '\n' + ' '.repeat(o.indent * lvl) : '';
  const comma = o.indent > 0 ? ',' : o.spaced ? ', ' : ',';
  const colon = o.indent > 0 || o.spaced ? ': ' : ':';
  const out: Seg[] = [];
  if (Array.isArray(v)) {
    const arr = v as readonly JV[];
    if (arr.length === 0) return ['[]'];
    out.push('[');
    arr.forEach((x, i) => {
      out.push(i === 0 ? nl : comma + nl, ...json(x, o, lvl + 1));
    });
    out.push(close, ']');
    return out;
  }
  const entries = Object.entries(v as { readonly [k: string]: JV });
  if (entries.length === 0) return ['{}'];
  out.push('{');
  entries.forEach(([k, x], i) => {
    out.push(i === 0 ? nl : comma + nl, JSON.stringify(k), colon, ...json(x, o, lvl + 1));
  });
  out.push(close, '}');
  return out;
}

function csvCell(p: Piece, sep: string): Seg[] {
  const segs = flat(p);
  const whole = segs.map((s) => (typeof s === 'string' ? s : s.v)).join('');
  if (!whole.includes(sep) && !whole.includes('"') && !whole.includes('\n')) return segs;
  return ['"', ...mapSegs(segs, (s) => s.replace(/"/g, '""')), '"'];
}

function csvRow(cells: readonly Piece[], sep = ','): Seg[] {
  const out: Seg[] = [];
  cells.forEach((c, i) => {
    if (i > 0) out.push(sep);
    out.push(...csvCell(c, sep));
  });
  out.push('\n');
  return out;
}

/** Markdown table row. */
function mdRow(cells: readonly Piece[]): Seg[] {
  const out: Seg[] = ['|'];
  for (const c of cells) out.push(' ', ...flat(c), ' |');
  out.push('\n');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Checksums

function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function luhnDigit(body: string): string {
  for (let d = 0; d < 10; d++) if (luhnOk(body + String(d))) return String(d);
  return '0';
}

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

function ibanCheck(cc: string, bban: string): string {
  const c = 98 - mod97(bban + cc + '00');
  return String(c).padStart(2, '0');
}

function group4(s: string): string {
  return s.replace(/(.{4})(?=.)/g, '$1 ');
}

function isbn13(r: Rng): string {
  const prefix = r.pick(['978-3', '978-2', '978-84', '978-0', '978-1', '979-10', '978-607']);
  const [ean, grp] = prefix.split('-') as [string, string];
  const rest = 9 - grp.length;
  const pubLen = r.int(2, Math.max(2, rest - 2));
  const pub = r.digits(pubLen);
  const item = r.digits(rest - pubLen);
  const body = ean + grp + pub + item;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  const check = String((10 - (sum % 10)) % 10);
  return `${ean}-${grp}-${pub}-${item}-${check}`;
}

function isbn10(r: Rng): string {
  const grp = r.pick(['3', '2', '84', '0', '1']);
  const pubLen = r.int(2, 4);
  const itemLen = 9 - grp.length - pubLen;
  const pub = r.digits(pubLen);
  const item = r.digits(itemLen);
  const body = grp + pub + item;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
  const c = (11 - (sum % 11)) % 11;
  return `${grp}-${pub}-${item}-${c === 10 ? 'X' : String(c)}`;
}

function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o');
}

function slug(s: string): string {
  return ascii(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function snake(s: string): string {
  return ascii(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Names: faker's locale lists ('listed') and syllable-built names ('invented')

const FAKERS = {
  en: fakerEN,
  en_GB: fakerEN_GB,
  en_CA: fakerEN_CA,
  en_AU: fakerEN_AU,
  de: fakerDE,
  de_AT: fakerDE_AT,
  de_CH: fakerDE_CH,
  fr: fakerFR,
  fr_BE: fakerFR_BE,
  fr_CA: fakerFR_CA,
  es: fakerES,
  es_MX: fakerES_MX,
} as const satisfies Record<string, Faker>;
type LocKey = keyof typeof FAKERS;

interface NameList {
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly last: readonly string[];
}

function rawList(f: Faker, key: string, part: string): string[] {
  const person: unknown = f.rawDefinitions.person;
  if (person === null || typeof person !== 'object') return [];
  const entry: unknown = (person as Record<string, unknown>)[key];
  if (entry === null || typeof entry !== 'object') return [];
  const v: unknown = (entry as Record<string, unknown>)[part];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

const NAME_PARTICLES = new Set(['de', 'la', 'del', 'los', 'las', 'y', 'da', 'van', 'von', 'der']);

function tidyName(s: string): string | null {
  if (/[’.]/.test(s)) return null;
  return s
    .split(' ')
    .map((w) => w.replace(/^([DO]')([a-z])/, (_m, a: string, b: string) => a + b.toUpperCase()))
    .map((w, i) => (i > 0 && NAME_PARTICLES.has(w) ? w : cap(w)))
    .join(' ');
}

function tidyList(a: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of a) {
    const t = tidyName(s);
    if (t !== null && !out.includes(t)) out.push(t);
  }
  return out;
}

const NAME_LISTS = new Map<LocKey, NameList>();
function names(k: LocKey): NameList {
  let l = NAME_LISTS.get(k);
  if (l === undefined) {
    const f = FAKERS[k];
    const generic = rawList(f, 'first_name', 'generic');
    l = {
      female: tidyList([...rawList(f, 'first_name', 'female'), ...generic]),
      male: tidyList([...rawList(f, 'first_name', 'male'), ...generic]),
      last: tidyList(rawList(f, 'last_name', 'generic')),
    };
    NAME_LISTS.set(k, l);
  }
  return l;
}

const EN_MIDDLE = tidyList(rawList(fakerEN, 'middle_name', 'generic'));

let LISTED_WORDS: Set<string> | null = null;
function listedWords(): Set<string> {
  if (LISTED_WORDS === null) {
    LISTED_WORDS = new Set();
    for (const k of Object.keys(FAKERS) as LocKey[]) {
      const l = names(k);
      for (const s of [...l.female, ...l.male, ...l.last])
        for (const w of s.split(/[ -]/)) LISTED_WORDS.add(w.toLowerCase());
    }
  }
  return LISTED_WORDS;
}

const SYL: Loc<{
  readonly f1: readonly string[];
  readonly f2f: readonly string[];
  readonly f2m: readonly string[];
  readonly l1: readonly string[];
  readonly l2: readonly string[];
}> = {
  en: {
    f1: [
      'Bren',
      'Cal',
      'Dar',
      'Ell',
      'Jas',
      'Ken',
      'Lor',
      'Mar',
      'Nor',
      'Ros',
      'Tam',
      'Wyn',
      'Hal',
      'Gwen',
      'Cor',
      'Ren',
      'Sel',
      'Tal',
    ],
    f2f: ['ella', 'wen', 'ette', 'lyn', 'ie', 'issa', 'ara', 'dine', 'rey', 'sia'],
    f2m: ['den', 'ric', 'ton', 'rick', 'ver', 'well', 'ford', 'an', 'by', 'mond'],
    l1: [
      'Ash',
      'Brom',
      'Craw',
      'Dun',
      'Fair',
      'Hart',
      'Kel',
      'Mor',
      'Pen',
      'Ral',
      'Thorn',
      'Whit',
      'Ald',
      'Stan',
      'Quil',
      'Wex',
      'Bram',
      'Col',
    ],
    l2: [
      'by',
      'croft',
      'field',
      'ford',
      'ham',
      'ley',
      'more',
      'sby',
      'ton',
      'well',
      'wick',
      'worth',
      'stead',
      'bridge',
    ],
  },
  de: {
    f1: [
      'Al',
      'Ber',
      'Ed',
      'Frie',
      'Ger',
      'Hel',
      'Il',
      'Jo',
      'Kla',
      'Li',
      'Ma',
      'Ro',
      'Sie',
      'Ul',
      'Wal',
      'Dor',
      'Her',
      'Mech',
    ],
    f2f: ['trud', 'wig', 'rike', 'hild', 'lene', 'gard', 'traud', 'linde', 'burga', 'ke'],
    f2m: ['bert', 'mar', 'fried', 'helm', 'rich', 'win', 'ko', 'brand', 'mut', 'lef'],
    l1: [
      'Berg',
      'Brack',
      'Eich',
      'Fren',
      'Hag',
      'Kess',
      'Lind',
      'Mahl',
      'Ober',
      'Stein',
      'Tann',
      'Wend',
      'Zell',
      'Rott',
      'Hohl',
      'Kren',
      'Wies',
      'Gräb',
    ],
    l2: [
      'ner',
      'mann',
      'ler',
      'hoff',
      'inger',
      'brecht',
      'meier',
      'städt',
      'hauser',
      'kamp',
      'richs',
      'egger',
      'bauer',
      'wald',
    ],
  },
  fr: {
    f1: [
      'Al',
      'Ber',
      'Cé',
      'Da',
      'Éli',
      'Fla',
      'Gis',
      'Hé',
      'Jo',
      'Lu',
      'Ma',
      'Odi',
      'Ro',
      'Syl',
      'Thé',
      'Ar',
      'Cla',
      'Ys',
    ],
    f2f: ['bine', 'lène', 'nette', 'sande', 'lie', 'ane', 'rielle', 'maïs', 'line', 'ette'],
    f2m: ['ric', 'rien', 'mond', 'bert', 'ther', 'lien', 'vin', 'don', 'card', 'seau'],
    l1: [
      'Beau',
      'Char',
      'Dela',
      'Four',
      'Gau',
      'Lam',
      'Mar',
      'Pel',
      'Ver',
      'Bou',
      'Cour',
      'Roche',
      'Vil',
      'Cam',
      'Tour',
      'Lam',
      'Ber',
      'Mau',
    ],
    l2: [
      'chard',
      'tier',
      'vigne',
      'nier',
      'mont',
      'cheron',
      'det',
      'ssel',
      'vaux',
      'quet',
      'dieu',
      'ron',
      'blanc',
      'sson',
    ],
  },
  es: {
    f1: [
      'Ale',
      'Bel',
      'Cris',
      'Dami',
      'Este',
      'Flo',
      'Gra',
      'Iné',
      'Jaci',
      'Lore',
      'Mari',
      'Nati',
      'Ro',
      'Teo',
      'Valen',
      'Ama',
      'Cele',
      'Ori',
    ],
    f2f: ['nda', 'lia', 'fanía', 'cela', 'sia', 'na', 'bel', 'rena', 'ola', 'nia'],
    f2m: ['ndro', 'ano', 'rencio', 'nto', 'lio', 'ndo', 'ro', 'cio', 'fredo', 'mar'],
    l1: [
      'Alba',
      'Bece',
      'Carri',
      'Echa',
      'Gala',
      'Ira',
      'Lasa',
      'Mendi',
      'Olaz',
      'Pare',
      'Sala',
      'Urru',
      'Villa',
      'Zaba',
      'Ore',
      'Tala',
      'Arru',
      'Bara',
    ],
    l2: [
      'rra',
      'ndo',
      'zábal',
      'gorri',
      'tegui',
      'rán',
      'nova',
      'rreta',
      'dón',
      'beitia',
      'lle',
      'zar',
      'ñeda',
      'nces',
    ],
  },
};

interface Name {
  readonly first: string;
  readonly last: string;
  readonly middle: string;
  readonly src: Src;
  readonly female: boolean;
}

type Form =
  | 'full'
  | 'first'
  | 'last'
  | 'lf'
  | 'LF'
  | 'caps'
  | 'init'
  | 'mid'
  | 'midfull'
  | 'lower'
  | 'lowerfirst';

function nameStr(n: Name, f: Form): string {
  switch (f) {
    case 'full':
      return `${n.first} ${n.last}`;
    case 'first':
      return n.first;
    case 'last':
      return n.last;
    case 'lf':
      return `${n.last}, ${n.first}`;
    case 'LF':
      return `${n.last.toUpperCase()} ${n.first}`;
    case 'caps':
      return `${n.first} ${n.last}`.toUpperCase();
    case 'init':
      return `${n.first.charAt(0)}. ${n.last}`;
    case 'mid':
      return `${n.first} ${n.middle.charAt(0)}. ${n.last}`;
    case 'midfull':
      return `${n.first} ${n.middle} ${n.last}`;
    case 'lower':
      return `${n.first} ${n.last}`.toLowerCase();
    case 'lowerfirst':
      return n.first.toLowerCase();
  }
}

const PARTICLES: Loc<readonly string[]> = {
  en: ['Van der', 'De', 'Van'],
  de: ['von', 'von der', 'van', 'zu', 'van den'],
  fr: ['de', 'du', 'de La', 'Le'],
  es: ['de', 'de la', 'del', 'de los'],
};

function inventWord(r: Rng, a: readonly string[], b: readonly string[]): string {
  const bad = listedWords();
  for (let i = 0; i < 40; i++) {
    const w = r.pick(a) + r.pick(b);
    const norm = w.charAt(0) + w.slice(1).toLowerCase();
    if (!bad.has(norm.toLowerCase())) return norm;
  }
  return r.pick(a) + r.pick(b) + 'en';
}

function makeName(r: Rng, loc: LocKey, nameLang: Lang, invented: boolean): Name {
  const female = r.chance(0.5);
  let first: string;
  let last: string;
  let middle: string;
  if (invented) {
    const s = SYL[nameLang];
    first = inventWord(r, s.f1, female ? s.f2f : s.f2m);
    last = inventWord(r, s.l1, s.l2);
    middle = inventWord(r, s.f1, female ? s.f2f : s.f2m);
    if (nameLang === 'es' && r.chance(0.6)) last += ' ' + inventWord(r, s.l1, s.l2);
  } else {
    const l = names(loc);
    const firsts = female ? l.female : l.male;
    first = r.pick(firsts);
    last = r.pick(l.last);
    middle = nameLang === 'en' ? r.pick(EN_MIDDLE) : r.pick(firsts);
    if (nameLang === 'es' && !last.includes(' ') && r.chance(0.7)) {
      let second = r.pick(l.last);
      while (second === last || second.includes(' ')) second = r.pick(l.last);
      last += ' ' + second;
    }
    if (nameLang === 'fr' && r.chance(0.1)) {
      const other = r.pick(firsts);
      if (other !== first && !first.includes('-') && !first.includes(' ')) first += '-' + other;
    }
  }
  const roll = r.next();
  if (roll < 0.08 && !last.includes(' ')) last = `${r.pick(PARTICLES[nameLang])} ${last}`;
  else if (roll < 0.14 && nameLang !== 'es' && !last.includes(' ') && !last.includes('-'))
    last = `${last}-${invented ? inventWord(r, SYL[nameLang].l1, SYL[nameLang].l2) : r.pick(names(loc).last)}`;
  else if (roll < 0.18 && nameLang === 'en' && !invented) {
    last = r.pick([
      "O'Brien",
      "O'Sullivan",
      "O'Neill",
      "O'Connor",
      "D'Souza",
      'McAllister',
      'MacLeod',
      'Fitzgerald',
    ]);
  }
  if (last.includes('-') && last.split('-').some((p) => p.length === 0))
    last = last.replace(/-/g, '');
  return { first, last, middle, src: invented ? 'invented' : 'listed', female };
}

// ---------------------------------------------------------------------------------------------
// Countries: phones, addresses, IBAN countries, mail domains

type CC =
  | 'US'
  | 'UK'
  | 'IE'
  | 'CA'
  | 'AU'
  | 'NZ'
  | 'DE'
  | 'AT'
  | 'CH'
  | 'CHF'
  | 'FR'
  | 'BE'
  | 'LU'
  | 'QC'
  | 'ES'
  | 'MX'
  | 'CO'
  | 'PE';

interface Country {
  readonly cc: CC;
  readonly iso: string;
  readonly loc: readonly LocKey[];
  readonly nameLang: Lang;
  readonly phone: (r: Rng) => string;
  readonly addr: (r: Rng) => string;
  readonly iban: readonly string[];
  readonly mail: readonly string[];
  readonly tld: string;
  readonly cities: readonly string[];
}

function sp(d: string, groups: readonly number[], sep = ' '): string {
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    out.push(d.slice(i, i + g));
    i += g;
  }
  if (i < d.length) out.push(d.slice(i));
  return out.join(sep);
}

function d1(r: Rng, lo = 2, hi = 9): string {
  return String(r.int(lo, hi));
}

function nanp(r: Rng, areas: readonly string[]): string {
  const a = r.pick(areas);
  let e = d1(r) + r.digits(2);
  if (e.endsWith('11')) e = e.slice(0, 2) + '4';
  const s = r.digits(4);
  return r.pick([
    `(${a}) ${e}-${s}`,
    `${a}-${e}-${s}`,
    `${a}.${e}.${s}`,
    `+1 ${a} ${e} ${s}`,
    `+1 (${a}) ${e}-${s}`,
    `+1-${a}-${e}-${s}`,
    `1-${a}-${e}-${s}`,
    `${a} ${e} ${s}`,
    `+1 ${a}-${e}-${s}`,
  ]);
}

const PHONES: Record<CC, (r: Rng) => string> = {
  US: (r) =>
    nanp(r, [
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
      '503',
      '614',
      '808',
      '713',
      '215',
    ]),
  CA: (r) => nanp(r, ['416', '604', '514', '403', '613', '902', '780', '647', '905']),
  QC: (r) => nanp(r, ['514', '438', '418', '450', '819']),
  UK: (r) => {
    const k = r.int(0, 2);
    if (k === 0) {
      const sub = r.pick(['7', '8', '3']) + r.digits(7);
      return r.pick([
        `020 ${sp(sub, [4, 4])}`,
        `+44 20 ${sp(sub, [4, 4])}`,
        `+44 (0)20 ${sp(sub, [4, 4])}`,
        `(020) ${sp(sub, [4, 4])}`,
      ]);
    }
    if (k === 1) {
      const a = r.pick(['161', '113', '131', '117', '121', '141']);
      const sub = (a === '113' || a === '117' ? d1(r, 2, 3) : d1(r)) + r.digits(6);
      return r.pick([
        `0${a} ${sp(sub, [3, 4])}`,
        `+44 ${a} ${sp(sub, [3, 4])}`,
        `(0${a}) ${sp(sub, [3, 4])}`,
      ]);
    }
    const m = `7${r.pick(['4', '5', '7', '8', '9'])}${r.digits(8)}`;
    return r.pick([
      `0${sp(m, [4, 6])}`,
      `+44 ${sp(m, [4, 6])}`,
      `+44${m}`,
      `0${sp(m, [4, 3, 3])}`,
      `+44 (0)${sp(m, [4, 6])}`,
    ]);
  },
  IE: (r) => {
    if (r.chance(0.5)) {
      const m = `8${r.pick(['3', '5', '6', '7', '9'])}`;
      const sub = d1(r) + r.digits(6);
      return r.pick([
        `0${m} ${sp(sub, [3, 4])}`,
        `+353 ${m} ${sp(sub, [3, 4])}`,
        `+353${m}${sub}`,
        `(0${m}) ${sp(sub, [3, 4])}`,
      ]);
    }
    const [a, n] = r.pick([
      ['1', 7],
      ['21', 7],
      ['91', 6],
      ['61', 6],
    ] as const);
    const sub = d1(r) + r.digits(n - 1);
    return r.pick([
      `0${a} ${sp(sub, [3])}`,
      `+353 ${a} ${sp(sub, [3])}`,
      `+353 (0)${a} ${sp(sub, [3])}`,
    ]);
  },
  AU: (r) => {
    if (r.chance(0.5)) {
      const m = `4${r.digits(8)}`;
      return r.pick([`0${sp(m, [3, 3, 3])}`, `+61 ${sp(m, [3, 3, 3])}`, `+61${m}`, `0${m}`]);
    }
    const [a, f] = r.pick([
      ['2', '9'],
      ['3', '9'],
      ['7', '3'],
      ['8', '9'],
      ['2', '8'],
    ] as const);
    const sub = f + r.digits(7);
    return r.pick([
      `(0${a}) ${sp(sub, [4, 4])}`,
      `0${a} ${sp(sub, [4, 4])}`,
      `+61 ${a} ${sp(sub, [4, 4])}`,
    ]);
  },
  NZ: (r) => {
    if (r.chance(0.5)) {
      const m = r.pick(['21', '22', '27']);
      const sub = d1(r) + r.digits(6);
      return r.pick([`0${m} ${sp(sub, [3, 4])}`, `+64 ${m} ${sp(sub, [3, 4])}`, `+64${m}${sub}`]);
    }
    const a = r.pick(['9', '4', '3', '7', '6']);
    const sub = d1(r, 3, 9) + r.digits(6);
    return r.pick([
      `0${a} ${sp(sub, [3, 4])}`,
      `+64 ${a} ${sp(sub, [3, 4])}`,
      `(0${a}) ${sp(sub, [3, 4])}`,
    ]);
  },
  DE: (r) => {
    let a: string;
    let sub: string;
    if (r.chance(0.45)) {
      a = r.pick([
        '151',
        '152',
        '157',
        '159',
        '170',
        '171',
        '172',
        '173',
        '175',
        '176',
        '177',
        '178',
        '179',
        '160',
        '162',
      ]);
      sub = r.digits(a.startsWith('15') ? 8 : r.pick([7, 8]));
      if (a === '160' || a === '162') sub = r.digits(7);
      return r.pick([
        `0${a} ${sub}`,
        `0${a}/${sub}`,
        `+49 ${a} ${sub}`,
        `+49${a}${sub}`,
        `0${a} ${sp(sub, [3, 2, 2])}`,
        `+49 (0)${a} ${sub}`,
        `0049 ${a} ${sub}`,
        `0${a}-${sub}`,
      ]);
    }
    const pair = r.pick([
      ['30', 8],
      ['40', 8],
      ['89', 8],
      ['221', 7],
      ['69', 8],
      ['711', 7],
      ['341', 7],
      ['351', 7],
      ['211', 7],
      ['511', 7],
      ['911', 7],
      ['761', 7],
    ] as const);
    a = pair[0];
    sub = d1(r) + r.digits(pair[1] - 1);
    return r.pick([
      `0${a} ${sub}`,
      `0${a}/${sub}`,
      `(0${a}) ${sub}`,
      `+49 ${a} ${sub}`,
      `+49 (0)${a} ${sp(sub, [4])}`,
      `+49-${a}-${sub}`,
      `0${a} ${sp(sub, [3, 2, 2])}`,
      `+49${a}${sub}`,
      `0${a}-${sub}`,
    ]);
  },
  AT: (r) => {
    if (r.chance(0.5)) {
      const a = r.pick(['650', '660', '664', '676', '677', '680', '681', '699']);
      const sub = r.digits(7);
      return r.pick([
        `0${a} ${sub}`,
        `0${a}/${sp(sub, [3, 2, 2])}`,
        `+43 ${a} ${sub}`,
        `+43 ${a} ${sp(sub, [3, 4])}`,
        `+43${a}${sub}`,
      ]);
    }
    const [a, n] = r.pick([
      ['1', 7],
      ['316', 6],
      ['732', 6],
      ['662', 6],
      ['512', 6],
    ] as const);
    const sub = d1(r) + r.digits(n - 1);
    return r.pick([
      `0${a} ${sub}`,
      `+43 ${a} ${sub}`,
      `+43 (0)${a} ${sub}`,
      `0${a}/${sub}`,
      `+43 ${a} ${sp(sub, [3])}`,
    ]);
  },
  CH: (r) => chPhone(r, ['44', '31', '61', '41', '52', '71', '43']),
  CHF: (r) => chPhone(r, ['22', '21', '32', '26', '27']),
  FR: (r) => {
    const n = r.chance(0.5) ? r.pick(['6', '7']) : r.pick(['1', '2', '3', '4', '5', '9']);
    const sub = (n === '7' ? d1(r, 5, 8) : d1(r)) + r.digits(7);
    const pairs = sp(sub, [2, 2, 2, 2]);
    return r.pick([
      `0${n} ${pairs}`,
      `0${n}.${sp(sub, [2, 2, 2, 2], '.')}`,
      `0${n}${sub}`,
      `+33 ${n} ${pairs}`,
      `+33 (0)${n} ${pairs}`,
      `+33${n}${sub}`,
      `0${n}-${sp(sub, [2, 2, 2, 2], '-')}`,
      `0033 ${n} ${pairs}`,
      `0${n} ${pairs}`,
    ]);
  },
  BE: (r) => {
    if (r.chance(0.5)) {
      const m = `4${r.pick(['6', '7', '8', '9'])}${r.digits(1)}`;
      const sub = r.digits(6);
      return r.pick([
        `0${m} ${sp(sub, [2, 2, 2])}`,
        `+32 ${m} ${sp(sub, [2, 2, 2])}`,
        `0${m}/${sp(sub, [2, 2, 2], '.')}`,
        `+32${m}${sub}`,
      ]);
    }
    const a = r.pick(['2', '3', '4', '9']);
    const sub = d1(r) + r.digits(6);
    return r.pick([
      `0${a} ${sp(sub, [3, 2, 2])}`,
      `+32 ${a} ${sp(sub, [3, 2, 2])}`,
      `0${a}/${sp(sub, [3, 2, 2], '.')}`,
      `+32 (0)${a} ${sp(sub, [3, 2, 2])}`,
    ]);
  },
  LU: (r) => {
    if (r.chance(0.6)) {
      const m = r.pick(['621', '628', '661', '671', '691']);
      const sub = r.digits(6);
      return r.pick([
        `+352 ${m} ${sp(sub, [3, 3])}`,
        `${m} ${sp(sub, [3, 3])}`,
        `+352${m}${sub}`,
        `00352 ${m} ${sp(sub, [3, 3])}`,
      ]);
    }
    const sub = `2${d1(r, 2, 9)}${r.digits(6)}`;
    return r.pick([`+352 ${sp(sub, [2, 2, 2, 2])}`, sp(sub, [2, 2, 2, 2]), `+352 ${sub}`]);
  },
  ES: (r) => {
    let n: string;
    const k = r.next();
    if (k < 0.55) n = `6${r.digits(8)}`;
    else if (k < 0.65) n = `7${d1(r, 1, 4)}${r.digits(7)}`;
    else n = r.pick(['91', '93', '96', '94', '95']) + d1(r) + r.digits(6);
    return r.pick([
      sp(n, [3, 3, 3]),
      n,
      `+34 ${sp(n, [3, 3, 3])}`,
      `+34 ${sp(n, [3, 2, 2, 2])}`,
      `0034 ${sp(n, [3, 3, 3])}`,
      `(+34) ${sp(n, [3, 3, 3])}`,
      `+34${n}`,
      n.startsWith('9') ? sp(n, [2, 3, 2, 2]) : sp(n, [3, 2, 2, 2]),
    ]);
  },
  MX: (r) => {
    if (r.chance(0.6)) {
      const a = r.pick(['55', '81', '33']);
      const sub = d1(r) + r.digits(7);
      return r.pick([
        `${a} ${sp(sub, [4, 4])}`,
        `(${a}) ${sp(sub, [4, 4], '-')}`,
        `+52 ${a} ${sp(sub, [4, 4])}`,
        `${a}-${sp(sub, [4, 4], '-')}`,
        `+52 (${a}) ${sp(sub, [4, 4])}`,
        `+52${a}${sub}`,
      ]);
    }
    const a = r.pick(['222', '999', '442', '664', '477', '614']);
    const sub = d1(r) + r.digits(6);
    return r.pick([
      `${a} ${sp(sub, [3, 4])}`,
      `+52 ${a} ${sp(sub, [3, 4])}`,
      `(${a}) ${sp(sub, [3, 4], '-')}`,
    ]);
  },
  CO: (r) => {
    if (r.chance(0.6)) {
      const m = `3${r.pick(['00', '01', '02', '04', '05', '10', '11', '12', '13', '14', '15', '16', '17', '18', '20', '21'])}`;
      const sub = d1(r) + r.digits(6);
      return r.pick([
        `${m} ${sp(sub, [3, 4])}`,
        `+57 ${m} ${sp(sub, [3, 4])}`,
        `${m} ${sub}`,
        `+57 ${m}${sub}`,
        `(+57) ${m} ${sp(sub, [3, 4])}`,
      ]);
    }
    const a = r.pick(['601', '604', '602', '605']);
    const sub = d1(r, 2, 7) + r.digits(6);
    return r.pick([
      `${a} ${sp(sub, [3, 4])}`,
      `+57 ${a} ${sp(sub, [3, 4])}`,
      `(${a}) ${sub}`,
      `+57 ${a}${sub}`,
    ]);
  },
  PE: (r) => {
    if (r.chance(0.6)) {
      const m = `9${r.digits(8)}`;
      return r.pick([
        sp(m, [3, 3, 3]),
        `+51 ${sp(m, [3, 3, 3])}`,
        `+51${m}`,
        m,
        `(+51) ${sp(m, [3, 3, 3])}`,
      ]);
    }
    const sub = d1(r, 2, 7) + r.digits(6);
    return r.pick([
      `(01) ${sp(sub, [3, 4], '-')}`,
      `+51 1 ${sp(sub, [3, 4])}`,
      `01 ${sp(sub, [3, 4])}`,
      `(01) ${sp(sub, [3, 4])}`,
    ]);
  },
};

function chPhone(r: Rng, areas: readonly string[]): string {
  const a = r.chance(0.45) ? r.pick(['76', '77', '78', '79']) : r.pick(areas);
  const sub = d1(r) + r.digits(6);
  const g = sp(sub, [3, 2, 2]);
  return r.pick([
    `0${a} ${g}`,
    `+41 ${a} ${g}`,
    `+41 (0)${a} ${g}`,
    `0041 ${a} ${g}`,
    `+41${a}${sub}`,
    `0${a}/${g}`,
  ]);
}

const UKPC = 'ABDEFGHJLNPQRSTUWXYZ';
const EIR = '0123456789ACDEFHKNPRTVWXY';

function caPostal(r: Rng, first: string): string {
  const L = 'ABCEGHJKLMNPRSTVWXYZ';
  return `${first}${r.digits(1)}${r.chars(1, L)} ${r.digits(1)}${r.chars(1, L)}${r.digits(1)}`;
}

const ADDRS: Record<CC, (r: Rng) => string> = {
  US: (r) => {
    const street = `${r.int(1, 9899)} ${r.pick(['Maple', 'Oak', 'Cedar', 'Pine', 'Elm', 'Washington', 'Lincoln', 'Lake', 'Hill', 'Park', 'Sunset', 'Ridge', 'Willow', 'Highland', 'Franklin', 'Jefferson', 'Spring', 'Meadow', 'Church', 'Walnut', 'N Main', 'W 3rd', 'E 14th'])} ${r.pick(['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Blvd', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Way', 'Pl'])}`;
    const unit = r.pick([
      '',
      '',
      '',
      `, Apt ${r.int(1, 30)}${r.pick(['', 'A', 'B', 'C'])}`,
      `, Suite ${r.int(100, 950)}`,
      ` #${r.int(2, 40)}`,
      `, Unit ${r.int(1, 12)}`,
    ]);
    const [city, st, z] = r.pick([
      ['Springfield', 'IL', '627'],
      ['Austin', 'TX', '787'],
      ['Portland', 'OR', '972'],
      ['Denver', 'CO', '802'],
      ['Columbus', 'OH', '432'],
      ['Raleigh', 'NC', '276'],
      ['Madison', 'WI', '537'],
      ['Tucson', 'AZ', '857'],
      ['Albany', 'NY', '122'],
      ['Boise', 'ID', '837'],
      ['Tampa', 'FL', '336'],
      ['Seattle', 'WA', '981'],
      ['Boston', 'MA', '021'],
      ['San Jose', 'CA', '951'],
      ['Atlanta', 'GA', '303'],
      ['Nashville', 'TN', '372'],
      ['Brooklyn', 'NY', '112'],
    ] as const);
    const zip = z + r.digits(2) + (r.chance(0.15) ? `-${r.digits(4)}` : '');
    return `${street}${unit}, ${city}, ${st} ${zip}`;
  },
  UK: (r) => {
    const flat = r.chance(0.2) ? `Flat ${r.int(1, 24)}, ` : '';
    const street = `${r.int(1, 240)} ${r.pick(['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Kingsley Road', 'Mill Lane', 'The Crescent', 'Park Avenue', 'Queens Drive', 'Elm Grove', 'Albert Street', 'Manor Way', 'Westbourne Terrace', 'Orchard Close'])}`;
    const [town, area] = r.pick([
      ['London', 'SW1A'],
      ['London', 'E14'],
      ['London', 'N16'],
      ['Leeds', 'LS6'],
      ['Manchester', 'M14'],
      ['Bristol', 'BS8'],
      ['Cardiff', 'CF10'],
      ['Edinburgh', 'EH3'],
      ['Glasgow', 'G12'],
      ['York', 'YO1'],
      ['Brighton', 'BN1'],
      ['Oxford', 'OX2'],
      ['Norwich', 'NR2'],
    ] as const);
    const pc = `${area} ${r.digits(1)}${r.chars(1, UKPC)}${r.chars(1, UKPC)}`;
    return r.chance(0.5) ? `${flat}${street}, ${town} ${pc}` : `${flat}${street}, ${town}, ${pc}`;
  },
  IE: (r) => {
    const street = `${r.int(1, 180)} ${r.pick(['Ashfield Park', 'Main Street', 'Griffith Avenue', 'Dame Street', 'Oakley Road', 'Cypress Grove', 'Mount Pleasant Avenue', 'Seafield Road', 'Church View'])}`;
    const [place, key] = r.pick([
      ['Terenure, Dublin 6W', 'D6W'],
      ['Drumcondra, Dublin 9', 'D09'],
      ['Ranelagh, Dublin 6', 'D06'],
      ['Douglas, Cork', 'T12'],
      ['Salthill, Galway', 'H91'],
      ['Castletroy, Limerick', 'V94'],
    ] as const);
    return `${street}, ${place}, ${key} ${r.chars(4, EIR)}`;
  },
  CA: (r) => {
    const [street, city, prov, p] = r.pick([
      ['King St W', 'Toronto', 'ON', 'M'],
      ['Queen St E', 'Toronto', 'ON', 'M'],
      ['Bank St', 'Ottawa', 'ON', 'K'],
      ['Robson St', 'Vancouver', 'BC', 'V'],
      ['Granville St', 'Vancouver', 'BC', 'V'],
      ['Jasper Ave', 'Edmonton', 'AB', 'T'],
      ['17 Ave SW', 'Calgary', 'AB', 'T'],
      ['Spring Garden Rd', 'Halifax', 'NS', 'B'],
    ] as const);
    const unit = r.chance(0.25) ? `${r.int(101, 2405)}-` : '';
    return `${unit}${r.int(10, 2999)} ${street}, ${city}, ${prov} ${caPostal(r, p)}`;
  },
  QC: (r) => {
    const [street, city, p] = r.pick([
      ['rue Saint-Denis', 'Montréal', 'H'],
      ['boulevard Saint-Laurent', 'Montréal', 'H'],
      ['rue Sainte-Catherine Ouest', 'Montréal', 'H'],
      ['avenue Cartier', 'Québec', 'G'],
      ['rue King Ouest', 'Sherbrooke', 'J'],
      ['boulevard des Forges', 'Trois-Rivières', 'G'],
    ] as const);
    const n = r.int(10, 4999);
    const unit = r.chance(0.25) ? `, app. ${r.int(1, 40)}` : '';
    return r.chance(0.5)
      ? `${n}, ${street}${unit}, ${city} (Québec) ${caPostal(r, p)}`
      : `${n} ${street}${unit}, ${city}, QC ${caPostal(r, p)}`;
  },
  AU: (r) => {
    const unit = r.chance(0.25) ? `${r.int(1, 30)}/` : '';
    const street = `${unit}${r.int(1, 300)} ${r.pick(['George Street', 'Wattle Street', 'Chapel Street', 'Brunswick Street', 'Ann Street', 'Hay Street', 'Rundle Street', 'Beach Road', 'Bourke St', 'Oxford St'])}`;
    const [sub, st, pc] = r.pick([
      ['Surry Hills', 'NSW', '2010'],
      ['Fitzroy', 'VIC', '3065'],
      ['South Brisbane', 'QLD', '4101'],
      ['Fremantle', 'WA', '6160'],
      ['Glenelg', 'SA', '5045'],
      ['Newtown', 'NSW', '2042'],
      ['Carlton', 'VIC', '3053'],
      ['Hobart', 'TAS', '7000'],
    ] as const);
    return `${street}, ${sub} ${st} ${pc}`;
  },
  NZ: (r) => {
    const street = `${r.chance(0.2) ? `${r.int(1, 12)}/` : ''}${r.int(1, 400)} ${r.pick(['Ponsonby Road', 'Cuba Street', 'Riccarton Road', 'Queen Street', 'Karangahape Road', 'Lambton Quay', 'Dominion Road', 'George Street'])}`;
    const [sub, city, pc] = r.pick([
      ['Ponsonby', 'Auckland', '1011'],
      ['Te Aro', 'Wellington', '6011'],
      ['Riccarton', 'Christchurch', '8011'],
      ['Grey Lynn', 'Auckland', '1021'],
      ['Mount Eden', 'Auckland', '1024'],
      ['Dunedin Central', 'Dunedin', '9016'],
    ] as const);
    return `${street}, ${sub}, ${city} ${pc}`;
  },
  DE: (r) => {
    const street = `${r.pick(['Lindenstraße', 'Hauptstraße', 'Bahnhofstraße', 'Goethestraße', 'Schillerstraße', 'Am Mühlbach', 'Gartenweg', 'Kastanienallee', 'Bergstraße', 'Friedrichstraße', 'Ringstraße', 'Sonnenweg', 'Uhlandstr.', 'Rosenweg', 'Marktplatz', 'Kantstraße', 'Weserstr.', 'Im Winkel', 'An der Alster'])} ${r.int(1, 160)}${r.pick(['', '', '', 'a', 'b', ' c'])}`;
    const [city, pre] = r.pick([
      ['Berlin', '10'],
      ['Berlin', '12'],
      ['Hamburg', '20'],
      ['Hamburg', '22'],
      ['München', '80'],
      ['München', '81'],
      ['Köln', '50'],
      ['Frankfurt am Main', '60'],
      ['Stuttgart', '70'],
      ['Leipzig', '04'],
      ['Dresden', '01'],
      ['Bremen', '28'],
      ['Hannover', '30'],
      ['Nürnberg', '90'],
      ['Freiburg im Breisgau', '79'],
      ['Münster', '48'],
      ['Mainz', '55'],
    ] as const);
    const zip = pre + r.digits(3);
    const extra = r.chance(0.1)
      ? `, ${r.pick(['Hinterhaus', '2. OG', 'App. 12', 'c/o Büro 4'])}`
      : '';
    return `${street}${extra}, ${r.chance(0.08) ? 'D-' : ''}${zip} ${city}`;
  },
  AT: (r) => {
    const street = `${r.pick(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse', 'Linzer Straße', 'Getreidegasse', 'Annenstraße', 'Wiedner Hauptstraße', 'Praterstraße', 'Favoritenstraße'])} ${r.int(1, 140)}${r.pick(['', '', `/${r.int(1, 9)}/${r.int(1, 30)}`, `/Top ${r.int(1, 25)}`, `/${r.int(2, 18)}`])}`;
    const town = r.pick([
      '1060 Wien',
      '1030 Wien',
      '1040 Wien',
      '1100 Wien',
      '8010 Graz',
      '5020 Salzburg',
      '4020 Linz',
      '6020 Innsbruck',
      '9020 Klagenfurt',
    ]);
    return `${street}, ${r.chance(0.1) ? 'A-' : ''}${town}`;
  },
  CH: (r) => {
    const street = `${r.pick(['Bahnhofstrasse', 'Seestrasse', 'Hauptstrasse', 'Dorfstrasse', 'Kramgasse', 'Rämistrasse', 'Badenerstrasse', 'Zürcherstrasse', 'Gerechtigkeitsgasse'])} ${r.int(1, 120)}${r.pick(['', '', 'a'])}`;
    const town = r.pick([
      '8001 Zürich',
      '8004 Zürich',
      '3011 Bern',
      '4051 Basel',
      '6003 Luzern',
      '9000 St. Gallen',
      '8400 Winterthur',
      '5400 Baden',
    ]);
    return `${street}, ${r.chance(0.12) ? 'CH-' : ''}${town}`;
  },
  CHF: (r) => {
    const street = `${r.pick(['Rue du Rhône', 'Avenue de la Gare', 'Rue de Lausanne', 'Chemin des Vignes', 'Rue du Marché', 'Avenue de Rumine', 'Rue de Carouge'])} ${r.int(1, 90)}`;
    const town = r.pick([
      '1204 Genève',
      '1205 Genève',
      '1003 Lausanne',
      '2000 Neuchâtel',
      '1700 Fribourg',
      '1950 Sion',
    ]);
    return `${street}, ${r.chance(0.12) ? 'CH-' : ''}${town}`;
  },
  FR: (r) => {
    const comp = r.chance(0.15)
      ? `${r.pick(['Bât. B', 'Appt 12', 'Résidence Les Pins', 'Escalier C', 'Bâtiment 3'])}, `
      : '';
    const num = `${r.int(1, 180)}${r.pick(['', '', '', ' bis', ' ter'])}`;
    const street = r.pick([
      'rue des Lilas',
      'avenue Jean Jaurès',
      'boulevard Voltaire',
      'rue de la République',
      'place Bellecour',
      'allée des Tilleuls',
      'impasse du Moulin',
      'chemin des Écoliers',
      'rue Victor Hugo',
      'quai de la Loire',
      'rue Nationale',
      'avenue de la Liberté',
      'rue du Faubourg Saint-Antoine',
      'cours Mirabeau',
    ]);
    const [zip, city] = r.pick([
      ['75011', 'Paris'],
      ['75015', 'Paris'],
      ['75018', 'Paris'],
      ['69003', 'Lyon'],
      ['13006', 'Marseille'],
      ['31000', 'Toulouse'],
      ['33000', 'Bordeaux'],
      ['44000', 'Nantes'],
      ['59000', 'Lille'],
      ['67000', 'Strasbourg'],
      ['35000', 'Rennes'],
      ['34000', 'Montpellier'],
      ['06000', 'Nice'],
      ['13100', 'Aix-en-Provence'],
    ] as const);
    return `${comp}${num}${r.chance(0.5) ? ', ' : ' '}${street}, ${zip} ${r.chance(0.15) ? city.toUpperCase() : city}`;
  },
  BE: (r) => {
    const street = `${r.pick(['Rue de la Loi', 'Avenue Louise', 'Chaussée de Wavre', 'Rue Neuve', "Boulevard d'Avroy", 'Rue des Carmes', 'Place Flagey', 'Rue Saint-Gilles'])} ${r.int(1, 250)}${r.pick(['', '', `, bte ${r.int(1, 12)}`, `/${r.int(1, 9)}`])}`;
    const town = r.pick([
      '1000 Bruxelles',
      '1050 Ixelles',
      '1060 Saint-Gilles',
      '4000 Liège',
      '5000 Namur',
      '6000 Charleroi',
      '1348 Louvain-la-Neuve',
      '7000 Mons',
    ]);
    return `${street}, ${r.chance(0.1) ? 'B-' : ''}${town}`;
  },
  LU: (r) => {
    const street = `${r.int(1, 120)}, ${r.pick(['rue de la Gare', 'boulevard Royal', 'avenue de la Liberté', 'rue du Fort Neipperg', 'Grand-Rue', 'rue de Hollerich', 'route d’Arlon'])}`;
    const town = r.pick([
      'Luxembourg',
      'Esch-sur-Alzette',
      'Differdange',
      'Ettelbruck',
      'Strassen',
    ]);
    return `${street}, L-${r.int(1110, 9999)} ${town}`;
  },
  ES: (r) => {
    const street = r.pick([
      'Calle de Alcalá',
      'Calle Mayor',
      'Avenida de la Constitución',
      'Paseo de Gracia',
      'Calle Gran Vía',
      'Calle del Príncipe',
      'Avenida Diagonal',
      'Calle Sierpes',
      'Plaza del Pilar',
      'Calle Real',
      'Rambla de Catalunya',
      'C/ San Vicente',
      'Avda. de América',
      'Calle Colón',
    ]);
    const num = r.chance(0.5) ? ` ${r.int(1, 220)}` : `, ${r.int(1, 220)}`;
    const floor = r.pick([
      '',
      '',
      `, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'D', 'izda', 'dcha'])}`,
      `, bajo`,
      `, ${r.int(1, 7)}.º ${r.int(1, 4)}.ª`,
    ]);
    const [zip, city] = r.pick([
      ['28009', 'Madrid'],
      ['28013', 'Madrid'],
      ['28045', 'Madrid'],
      ['08007', 'Barcelona'],
      ['08029', 'Barcelona'],
      ['46001', 'Valencia'],
      ['41004', 'Sevilla'],
      ['50003', 'Zaragoza'],
      ['29015', 'Málaga'],
      ['48001', 'Bilbao'],
      ['15001', 'A Coruña'],
      ['03001', 'Alicante'],
      ['18009', 'Granada'],
    ] as const);
    return `${street}${num}${floor}, ${zip} ${city}`;
  },
  MX: (r) => {
    const street = `${r.pick(['Av. Insurgentes Sur', 'Av. Paseo de la Reforma', 'Calle Durango', 'Av. Revolución', 'Calle Madero', 'Av. Constitución', 'Calle Hidalgo', 'Av. Vallarta', 'Calle Tonalá'])} ${r.int(10, 2999)}${r.pick(['', '', `, Int. ${r.int(1, 12)}`, `, Depto. ${r.int(101, 904)}`])}`;
    const [col, zip, city, st] = r.pick([
      ['Roma Norte', '06700', 'Ciudad de México', 'CDMX'],
      ['Del Valle', '03100', 'Ciudad de México', 'CDMX'],
      ['Centro', '64000', 'Monterrey', 'N.L.'],
      ['Americana', '44160', 'Guadalajara', 'Jal.'],
      ['Condesa', '06140', 'Ciudad de México', 'CDMX'],
      ['Centro', '72000', 'Puebla', 'Pue.'],
      ['San Pedro Garza García', '66220', 'Monterrey', 'N.L.'],
    ] as const);
    return r.chance(0.5)
      ? `${street}, Col. ${col}, ${city}, ${st}, C.P. ${zip}`
      : `${street}, Col. ${col}, ${zip} ${city}${st === 'CDMX' ? ', CDMX' : ''}`;
  },
  CO: (r) => {
    const via = `${r.pick(['Calle', 'Carrera', 'Cra.', 'Cl.', 'Avenida Calle', 'Transversal', 'Diagonal'])} ${r.int(1, 140)}${r.pick(['', '', 'A', 'B', ' Bis'])} # ${r.int(1, 120)}-${r.int(1, 99)}`;
    const apt = r.pick([
      '',
      '',
      `, Apto ${r.int(101, 1204)}`,
      `, Oficina ${r.int(201, 905)}`,
      `, Torre ${r.int(1, 6)} Apto ${r.int(101, 1504)}`,
    ]);
    const [city, zip] = r.pick([
      ['Bogotá', '110221'],
      ['Bogotá', '110111'],
      ['Medellín', '050021'],
      ['Cali', '760001'],
      ['Barranquilla', '080001'],
      ['Bucaramanga', '680001'],
    ] as const);
    return r.chance(0.5) ? `${via}${apt}, ${city}` : `${via}${apt}, ${city} ${zip}`;
  },
  PE: (r) => {
    const street = `${r.pick(['Av. Javier Prado Este', 'Av. José Larco', 'Jr. de la Unión', 'Calle Los Pinos', 'Av. Arequipa', 'Calle Schell', 'Av. Benavides', 'Jr. Junín'])} ${r.int(100, 4999)}${r.pick(['', '', `, Dpto. ${r.int(101, 1802)}`, `, Of. ${r.int(201, 905)}`])}`;
    const place = r.pick([
      'Santiago de Surco, Lima 15023',
      'Miraflores, Lima 15074',
      'Cercado de Lima, Lima 15001',
      'San Isidro, Lima 15046',
      'Yanahuara, Arequipa 04013',
      'Wanchaq, Cusco 08002',
    ]);
    return `${street}, ${place}`;
  },
};

const COUNTRY_DEF: readonly [
  CC,
  string,
  readonly LocKey[],
  Lang,
  readonly string[],
  readonly string[],
  string,
  readonly string[],
][] = [
  [
    'US',
    'US',
    ['en'],
    'en',
    ['DE', 'GB', 'NL'],
    ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me', 'aol.com'],
    'com',
    ['Austin', 'Denver', 'Seattle', 'Boston', 'Chicago', 'Atlanta'],
  ],
  [
    'UK',
    'GB',
    ['en_GB'],
    'en',
    ['GB'],
    ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'outlook.com', 'sky.com'],
    'co.uk',
    ['Leeds', 'Bristol', 'Manchester', 'London', 'York'],
  ],
  [
    'IE',
    'IE',
    ['en_GB', 'en'],
    'en',
    ['IE'],
    ['eircom.net', 'gmail.com', 'outlook.ie', 'hotmail.com'],
    'ie',
    ['Dublin', 'Cork', 'Galway', 'Limerick'],
  ],
  [
    'CA',
    'CA',
    ['en_CA'],
    'en',
    ['GB', 'IE', 'NL'],
    ['gmail.com', 'rogers.com', 'shaw.ca', 'outlook.com', 'sympatico.ca'],
    'ca',
    ['Toronto', 'Ottawa', 'Vancouver', 'Calgary'],
  ],
  [
    'AU',
    'AU',
    ['en_AU'],
    'en',
    ['GB', 'NL'],
    ['bigpond.com', 'gmail.com', 'optusnet.com.au', 'outlook.com'],
    'com.au',
    ['Sydney', 'Melbourne', 'Brisbane', 'Perth'],
  ],
  [
    'NZ',
    'NZ',
    ['en_AU', 'en_GB'],
    'en',
    ['GB', 'NL'],
    ['xtra.co.nz', 'gmail.com', 'outlook.co.nz'],
    'co.nz',
    ['Auckland', 'Wellington', 'Christchurch'],
  ],
  [
    'DE',
    'DE',
    ['de'],
    'de',
    ['DE'],
    ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'gmail.com', 'outlook.de', 'mailbox.org'],
    'de',
    ['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig'],
  ],
  [
    'AT',
    'AT',
    ['de_AT'],
    'de',
    ['AT'],
    ['gmx.at', 'aon.at', 'chello.at', 'gmail.com', 'a1.net'],
    'at',
    ['Wien', 'Graz', 'Linz', 'Salzburg'],
  ],
  [
    'CH',
    'CH',
    ['de_CH'],
    'de',
    ['CH'],
    ['bluewin.ch', 'gmx.ch', 'hispeed.ch', 'gmail.com', 'sunrise.ch'],
    'ch',
    ['Zürich', 'Bern', 'Basel', 'Luzern'],
  ],
  [
    'CHF',
    'CH',
    ['fr', 'de_CH'],
    'fr',
    ['CH'],
    ['bluewin.ch', 'gmail.com', 'sunrise.ch'],
    'ch',
    ['Genève', 'Lausanne', 'Neuchâtel'],
  ],
  [
    'FR',
    'FR',
    ['fr'],
    'fr',
    ['FR', 'FR', 'FR', 'IT'],
    ['orange.fr', 'free.fr', 'laposte.net', 'wanadoo.fr', 'sfr.fr', 'gmail.com', 'hotmail.fr'],
    'fr',
    ['Paris', 'Lyon', 'Nantes', 'Lille', 'Bordeaux'],
  ],
  [
    'BE',
    'BE',
    ['fr_BE'],
    'fr',
    ['BE'],
    ['skynet.be', 'telenet.be', 'gmail.com', 'proximus.be', 'hotmail.be'],
    'be',
    ['Bruxelles', 'Liège', 'Namur', 'Charleroi'],
  ],
  [
    'LU',
    'LU',
    ['fr', 'de'],
    'fr',
    ['LU'],
    ['pt.lu', 'gmail.com', 'internet.lu'],
    'lu',
    ['Luxembourg', 'Esch-sur-Alzette'],
  ],
  [
    'QC',
    'CA',
    ['fr_CA'],
    'fr',
    ['FR', 'BE'],
    ['videotron.ca', 'gmail.com', 'hotmail.ca', 'sympatico.ca'],
    'ca',
    ['Montréal', 'Québec', 'Sherbrooke'],
  ],
  [
    'ES',
    'ES',
    ['es'],
    'es',
    ['ES', 'ES', 'ES', 'PT'],
    ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es', 'outlook.es'],
    'es',
    ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao'],
  ],
  [
    'MX',
    'MX',
    ['es_MX'],
    'es',
    ['ES', 'IT'],
    ['yahoo.com.mx', 'hotmail.com', 'prodigy.net.mx', 'gmail.com', 'outlook.com'],
    'com.mx',
    ['Ciudad de México', 'Monterrey', 'Guadalajara', 'Puebla'],
  ],
  [
    'CO',
    'CO',
    ['es_MX', 'es'],
    'es',
    ['ES', 'PT'],
    ['hotmail.com', 'gmail.com', 'une.net.co', 'outlook.com'],
    'com.co',
    ['Bogotá', 'Medellín', 'Cali', 'Barranquilla'],
  ],
  [
    'PE',
    'PE',
    ['es_MX', 'es'],
    'es',
    ['ES', 'IT', 'PT'],
    ['hotmail.com', 'gmail.com', 'yahoo.es', 'outlook.com'],
    'pe',
    ['Lima', 'Arequipa', 'Cusco', 'Trujillo'],
  ],
];

const COUNTRIES = new Map<CC, Country>(
  COUNTRY_DEF.map(([cc, iso, loc, nameLang, iban, mail, tld, cities]) => [
    cc,
    { cc, iso, loc, nameLang, iban, mail, tld, cities, phone: PHONES[cc], addr: ADDRS[cc] },
  ]),
);

function country(cc: CC): Country {
  return COUNTRIES.get(cc)!;
}

const LANG_CC: Loc<readonly (readonly [CC, number])[]> = {
  en: [
    ['US', 35],
    ['UK', 20],
    ['IE', 10],
    ['CA', 12],
    ['AU', 13],
    ['NZ', 10],
  ],
  de: [
    ['DE', 60],
    ['AT', 20],
    ['CH', 20],
  ],
  fr: [
    ['FR', 55],
    ['BE', 20],
    ['LU', 8],
    ['CHF', 9],
    ['QC', 8],
  ],
  es: [
    ['ES', 45],
    ['MX', 25],
    ['CO', 15],
    ['PE', 15],
  ],
};

// IBAN BBAN layouts: n = digit, a = upper-case letter, c = letter or digit
const IBAN_FMT: Record<string, string> = {
  DE: 'nnnnnnnnnnnnnnnnnn',
  AT: 'nnnnnnnnnnnnnnnn',
  CH: 'nnnnnnnnnnnnnnnnn',
  FR: 'nnnnnnnnnnnnnnnnnnnnnnn',
  BE: 'nnnnnnnnnnnn',
  LU: 'nnncccccccccccccc',
  ES: 'nnnnnnnnnnnnnnnnnnnn',
  GB: 'aaaannnnnnnnnnnnnn',
  IE: 'aaaannnnnnnnnnnnnn',
  NL: 'aaaannnnnnnnnn',
  IT: 'annnnnnnnnnnnnnnnnnnnnn',
  PT: 'nnnnnnnnnnnnnnnnnnnnn',
};
const IBAN_BANKS: Record<string, readonly string[]> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'],
  IE: ['AIBK', 'BOFI', 'IPBS'],
  NL: ['ABNA', 'INGB', 'RABO'],
};

function bban(r: Rng, cc: string): string {
  const fmt = IBAN_FMT[cc] ?? IBAN_FMT.DE!;
  let out = '';
  for (const ch of fmt) {
    if (ch === 'n') out += r.digits(1);
    else if (ch === 'a') out += r.chars(1, UP);
    else out += r.chance(0.8) ? r.digits(1) : r.chars(1, UP);
  }
  const banks = IBAN_BANKS[cc];
  if (banks !== undefined) out = r.pick(banks) + out.slice(4);
  if (cc === 'BE') {
    const base = out.slice(0, 10);
    const k = Number(BigInt(base) % 97n) || 97;
    out = base + String(k).padStart(2, '0');
  }
  return out;
}

function makeIban(r: Rng, cc: string): string {
  const b = bban(r, cc);
  return cc + ibanCheck(cc, b) + b;
}

// ---------------------------------------------------------------------------------------------
// Decoy vocabularies (not_name) and companies

interface Company {
  readonly name: string;
  readonly domain: string;
}

const COMPANIES: Loc<readonly Company[]> = {
  en: [
    { name: 'Northwind Analytics', domain: 'northwind-analytics.com' },
    { name: 'Harlow & Pike', domain: 'harlowpike.co.uk' },
    { name: 'Bluefield Logistics', domain: 'bluefield-logistics.com' },
    { name: 'Kestrel Health', domain: 'kestrelhealth.io' },
    { name: 'Marlow Insurance', domain: 'marlow-insurance.com' },
    { name: 'Brightline Energy', domain: 'brightline.energy' },
    { name: 'Oakridge Legal', domain: 'oakridgelegal.com' },
    { name: 'Tandem Robotics', domain: 'tandemrobotics.ai' },
    { name: 'Fenwick & Doyle', domain: 'fenwickdoyle.com' },
    { name: 'Copperleaf Retail', domain: 'copperleaf.shop' },
    { name: 'Larkspur Bank', domain: 'larkspurbank.com' },
    { name: 'Gallagher Freight', domain: 'gallagherfreight.ie' },
    { name: 'Tasman Outdoor', domain: 'tasmanoutdoor.com.au' },
  ],
  de: [
    { name: 'Brenner Maschinenbau GmbH', domain: 'brenner-maschinenbau.de' },
    { name: 'Hofmann & Partner', domain: 'hofmann-partner.de' },
    { name: 'Nordlicht Versicherung AG', domain: 'nordlicht-versicherung.de' },
    { name: 'Weidner Logistik', domain: 'weidner-logistik.de' },
    { name: 'Alpenblick Software GmbH', domain: 'alpenblick.software' },
    { name: 'Rheinwerk Energie', domain: 'rheinwerk-energie.de' },
    { name: 'Donautal Immobilien', domain: 'donautal-immo.at' },
    { name: 'Sennhof Treuhand AG', domain: 'sennhof-treuhand.ch' },
    { name: 'Kranich Apotheken', domain: 'kranich-apotheken.de' },
    { name: 'Stadtwerke Elbtal', domain: 'stadtwerke-elbtal.de' },
    { name: 'Vogelsang Reisen', domain: 'vogelsang-reisen.de' },
  ],
  fr: [
    { name: 'Atelier Moreau', domain: 'atelier-moreau.fr' },
    { name: 'Groupe Valmont', domain: 'groupe-valmont.fr' },
    { name: 'Lumière Conseil', domain: 'lumiere-conseil.fr' },
    { name: 'Bertin & Fils', domain: 'bertin-fils.fr' },
    { name: 'Transports Garnier', domain: 'transports-garnier.fr' },
    { name: 'Océane Assurances', domain: 'oceane-assurances.fr' },
    { name: 'Mutuelle des Tilleuls', domain: 'mutuelle-tilleuls.fr' },
    { name: 'Brasserie Vandamme', domain: 'vandamme.be' },
    { name: 'Fiduciaire Kremer', domain: 'kremer-fiduciaire.lu' },
    { name: 'Clinique du Parc', domain: 'clinique-du-parc.fr' },
    { name: 'Boréal Numérique', domain: 'boreal-numerique.ca' },
  ],
  es: [
    { name: 'Grupo Lozano', domain: 'grupolozano.es' },
    { name: 'Soluciones Iberia', domain: 'solucionesiberia.es' },
    { name: 'Transportes Robles', domain: 'transportesrobles.com' },
    { name: 'Clínica Santa Elena', domain: 'clinicasantaelena.es' },
    { name: 'Alimentos del Sur', domain: 'alimentosdelsur.es' },
    { name: 'Constructora Vega', domain: 'constructoravega.com.mx' },
    { name: 'Seguros Altamira', domain: 'segurosaltamira.com.co' },
    { name: 'Inmobiliaria Mirador', domain: 'inmomirador.pe' },
    { name: 'Editorial Quintana', domain: 'editorialquintana.es' },
    { name: 'Farmacia Montalbán', domain: 'farmaciamontalban.es' },
  ],
};

const PERSONAS = [
  'Aria',
  'Nova',
  'Ada',
  'Max',
  'Clara',
  'Otto',
  'Leo',
  'Mia',
  'Iris',
  'Sage',
  'Felix',
  'Lumi',
  'Juno',
  'Emma',
  'Theo',
  'Luna',
];
const MODELS = [
  'GPT-4o',
  'GPT-4o mini',
  'Claude 3.5 Sonnet',
  'Claude 3 Haiku',
  'Gemini 1.5 Pro',
  'Mistral Large',
  'Mixtral 8x7B',
  'Llama 3.1 70B',
  'Gemma 2 9B',
  'Phi-3 Mini',
  'Command R',
  'Falcon 40B',
  'Qwen2 72B',
  'Granite 13B',
  'Jamba 1.5',
];
const MODEL_IDS = [
  'gpt-4o-2024-08-06',
  'gpt-4o-mini-2024-07-18',
  'claude-3-5-sonnet-20241022',
  'claude-3-haiku-20240307',
  'gemini-1.5-pro-002',
  'mistral-large-2407',
  'llama-3.1-70b-instruct',
  'gemma-2-9b-it',
  'command-r-08-2024',
  'qwen2-72b-instruct',
];
const SOFTWARE = [
  'Jenkins',
  'Jira',
  'Confluence',
  'Sentry',
  'Grafana',
  'Kibana',
  'Airflow',
  'Jupyter',
  'Django',
  'Flask',
  'Hugo',
  'Julia',
  'Kafka',
  'Cassandra',
  'Terraform',
  'Kubernetes',
  'Zendesk',
  'Salesforce',
  'HubSpot',
  'Notion',
  'Pinecone',
  'Weaviate',
  'Chroma',
  'Qdrant',
  'LangChain',
  'Streamlit',
  'Gradio',
  'Selenium',
  'Jasmine',
  'Pandas',
  'Postman',
  'Looker',
  'Metabase',
  'Erlang',
  'Haskell',
  'Ruby',
];
const BRANDS = [
  'Porsche',
  'Ferrari',
  'Dior',
  'Chanel',
  'Hugo Boss',
  'Disney',
  'Dell',
  'Ford',
  'Siemens',
  'Bosch',
  'Philips',
  'Michelin',
  'Renault',
  'Peugeot',
  'Lacoste',
  'Mercedes-Benz',
  'Johnson & Johnson',
  "McDonald's",
  'Louis Vuitton',
  'Ralph Lauren',
  'Tommy Hilfiger',
  'Carolina Herrera',
  'Leroy Merlin',
  'Miele',
  'Lindt',
  'Heinz',
  'Boeing',
  'Goldman Sachs',
  'Deloitte',
  'Dr. Oetker',
  'Adolfo Domínguez',
  'Hilton',
  'Marriott',
  'Carrefour',
  'Decathlon',
  'Zara',
  'Lidl',
  'Amazon',
  'Santander',
];
const PLACES: Loc<readonly string[]> = {
  en: [
    'Austin',
    'Adelaide',
    'Charlotte',
    'Victoria',
    'Florence',
    'Regina',
    'Eugene',
    'Jordan',
    'Georgia',
    'Wellington',
    'Lincoln',
    'Madison',
  ],
  de: [
    'Augsburg',
    'Marburg',
    'Paderborn',
    'Friedrichshafen',
    'Wilhelmshaven',
    'Karlsruhe',
    'Ludwigsburg',
    'Emden',
    'Bad Homburg',
  ],
  fr: [
    'Saint-Denis',
    'Sainte-Marie',
    'Saint-Étienne',
    'Lourdes',
    'Florence',
    'Victoria',
    'Saint-Malo',
    'Charleville',
    'Montréal',
  ],
  es: [
    'Santiago',
    'San José',
    'Santa Cruz',
    'Mercedes',
    'Dolores',
    'Santa Elena',
    'San Sebastián',
    'Victoria',
    'Florencia',
    'Guadalupe',
  ],
};
const INSTITUTIONS: Loc<readonly string[]> = {
  en: [
    'Lincoln Center',
    'Victoria Station',
    'St Thomas’ Hospital',
    'Kennedy Airport',
    'Wellcome Trust',
    'King Edward VI School',
  ],
  de: [
    'Goethe-Institut',
    'Max-Planck-Institut',
    'Helmholtz-Zentrum',
    'Fraunhofer-Institut',
    'Humboldt-Universität',
    'Sophie-Scholl-Schule',
    'Robert-Koch-Institut',
  ],
  fr: [
    'station Victor Hugo',
    'lycée Jean Moulin',
    'hôpital Georges-Pompidou',
    'aéroport Charles-de-Gaulle',
    'place Charles de Gaulle',
    'Institut Pasteur',
    'collège Marie Curie',
  ],
  es: [
    'Hospital Gregorio Marañón',
    'aeropuerto Adolfo Suárez',
    'estadio Santiago Bernabéu',
    'colegio San José',
    'Hospital Ramón y Cajal',
    'metro Tirso de Molina',
    'Teatro Juárez',
  ],
};
const JOBS: Loc<readonly string[]> = {
  en: [
    'Head of People',
    'Data Protection Officer',
    'Chief Risk Officer',
    'Product Owner',
    'Customer Success Manager',
    'Account Executive',
    'Staff Engineer',
    'Office Manager',
  ],
  de: [
    'Datenschutzbeauftragte',
    'Teamleiterin Buchhaltung',
    'Sachbearbeiter Schaden',
    'Leiter Vertrieb',
    'Personalreferentin',
    'Werkstudent',
    'Geschäftsführer',
    'Kundenberaterin',
  ],
  fr: [
    'Responsable RH',
    'Chargée de clientèle',
    'Délégué à la protection des données',
    'Directeur commercial',
    'Comptable',
    'Chef de projet',
    'Assistante de direction',
  ],
  es: [
    'Responsable de Cumplimiento',
    'Jefa de Proyecto',
    'Delegado de Protección de Datos',
    'Director Comercial',
    'Asesora de Clientes',
    'Técnico de Soporte',
    'Gerente General',
  ],
};
const MONTHS: Loc<readonly string[]> = {
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
const MON3: Loc<readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  fr: [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juil.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
};
const WEEKDAYS: Loc<readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'],
  fr: ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi'],
  es: ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes'],
};

const TYPES = {
  PERSON: 'PERSON',
  EMAIL: 'EMAIL',
  PHONE: 'PHONE',
  CARD: 'CREDIT_CARD',
  IBAN: 'IBAN',
  SSN: 'US_SSN',
  IP: 'IP_ADDRESS',
  DOB: 'DATE_OF_BIRTH',
  ADDR: 'STREET_ADDRESS',
  URL: 'URL',
  AWS: 'AWS_ACCESS_KEY',
  GH: 'GITHUB_TOKEN',
  SLACK: 'SLACK_TOKEN',
  PEM: 'PRIVATE_KEY',
  JWT: 'JWT',
  SECRET: 'GENERIC_SECRET',
} as const;

// ---------------------------------------------------------------------------------------------
// Per-record context: value generators return labelled segments

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function ordinal(d: number): string {
  const suf =
    d % 10 === 1 && d !== 11
      ? 'st'
      : d % 10 === 2 && d !== 12
        ? 'nd'
        : d % 10 === 3 && d !== 13
          ? 'rd'
          : 'th';
  return `${d}${suf}`;
}

const PW_WORDS = [
  'sommer',
  'Kaffee',
  'blau',
  'tiger',
  'Falcon',
  'river',
  'Soleil',
  'luna',
  'Nordsee',
  'pixel',
  'mango',
  'Zebra',
  'cobalt',
  'Alpen',
  'fuego',
  'marina',
];

class Ctx {
  readonly d = new Doc();
  readonly co: Company;
  readonly bot: string;
  readonly others: Company[];
  constructor(
    readonly r: Rng,
    readonly lang: Lang,
    readonly c: Country,
  ) {
    const cos = r.shuffle(COMPANIES[lang]);
    this.co = cos[0]!;
    this.others = cos.slice(1);
    this.bot = r.pick(PERSONAS);
  }

  // --- randomness shortcuts
  s(p: Phr): string {
    const v = p[this.lang];
    return typeof v === 'string' ? v : this.r.pick(v);
  }
  pick<T>(a: readonly T[]): T {
    return this.r.pick(a);
  }
  ch(p: number): boolean {
    return this.r.chance(p);
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }
  cc(cc: CC): Country {
    return country(cc);
  }
  /** A country of the record's language other than (usually) the record's own. */
  near(): Country {
    return country(this.r.weighted(LANG_CC[this.lang]));
  }

  // --- persons
  person(c: Country = this.c, invented?: boolean): Name {
    const inv = invented ?? this.r.chance(0.27);
    return makeName(this.r, this.r.pick(c.loc), c.nameLang, inv);
  }
  P(n: Name, f: Form = 'full'): Ent {
    return new Ent(TYPES.PERSON, nameStr(n, f), n.src);
  }
  /** A name in a random written form suited to running text. */
  Pv(n: Name): Ent {
    return this.P(
      n,
      this.r.weighted<Form>([
        ['full', 6],
        ['mid', 1],
        ['init', 1],
        ['midfull', 1],
      ]),
    );
  }
  /** Courtesy title (kept outside the span) + surname. */
  titled(n: Name): Seg[] {
    const t = this.s({
      en: n.female ? ['Ms ', 'Mrs. ', 'Dr. ', 'Ms. '] : ['Mr ', 'Mr. ', 'Dr. ', 'Prof. '],
      de: n.female ? ['Frau ', 'Frau Dr. '] : ['Herr ', 'Herrn ', 'Herr Dr. '],
      fr: n.female ? ['Mme ', 'Madame ', 'Dr '] : ['M. ', 'Monsieur ', 'Me '],
      es: n.female ? ['Sra. ', 'Dña. ', 'la Sra. '] : ['Sr. ', 'D. ', 'el Sr. '],
    });
    return [t, this.P(n, this.r.chance(0.75) ? 'last' : 'full')];
  }

  // --- contact data
  emailStr(n?: Name, dom?: string): string {
    const domain =
      dom ?? (n === undefined || this.r.chance(0.5) ? this.co.domain : this.r.pick(this.c.mail));
    if (n === undefined) {
      const role = this.s({
        en: ['support', 'billing', 'hr', 'privacy', 'accounts', 'hello', 'ops-team'],
        de: ['kundenservice', 'buchhaltung', 'datenschutz', 'personal', 'info', 'bewerbung'],
        fr: ['service.client', 'compta', 'rgpd', 'rh', 'contact', 'recrutement'],
        es: ['atencion.cliente', 'facturacion', 'privacidad', 'rrhh', 'contacto', 'soporte'],
      });
      return `${role}@${domain}`;
    }
    const f = slug(n.first.split(/[ -]/)[0]!);
    const lastWords = n.last.split(' ');
    const l = slug(this.c.nameLang === 'es' ? lastWords[0]! : n.last);
    const tag = this.pick(['invoices', 'work', 'jobs', 'ai', 'shop', 'news']);
    const local = this.r.weighted<string>([
      [`${f}.${l}`, 8],
      [`${f.charAt(0)}.${l}`, 3],
      [`${f}${l}`, 2],
      [`${l}.${f}`, 2],
      [`${f.charAt(0)}${l}`, 2],
      [`${f}_${l}`, 1],
      [`${f}.${l}${this.int(1, 99)}`, 2],
      [f, 1],
      [`${f}.${l}+${tag}`, 1],
      [`${l}${f.charAt(0)}`, 1],
    ]);
    return `${local}@${domain}`;
  }
  email(n?: Name, dom?: string): Ent {
    return new Ent(TYPES.EMAIL, this.emailStr(n, dom));
  }
  phone(c: Country = this.c): Ent {
    return new Ent(TYPES.PHONE, c.phone(this.r));
  }
  addr(c: Country = this.c): Ent {
    return new Ent(TYPES.ADDR, c.addr(this.r));
  }
  ibanStr(cc?: string, grouped?: boolean): string {
    const iban = makeIban(this.r, cc ?? this.r.pick(this.c.iban));
    return (grouped ?? this.r.chance(0.55)) ? group4(iban) : iban;
  }
  iban(cc?: string, grouped?: boolean): Ent {
    return new Ent(TYPES.IBAN, this.ibanStr(cc, grouped));
  }
  cardDigits(): string {
    const kind = this.r.weighted<string>([
      ['visa', 5],
      ['mc', 3],
      ['mc2', 1],
      ['amex', 2],
      ['disc', 1],
    ]);
    let body: string;
    if (kind === 'visa') body = '4' + this.r.digits(14);
    else if (kind === 'mc') body = `5${this.int(1, 5)}` + this.r.digits(13);
    else if (kind === 'mc2') body = String(this.int(2221, 2720)) + this.r.digits(11);
    else if (kind === 'amex') body = this.pick(['34', '37']) + this.r.digits(12);
    else body = this.pick(['6011', '65' + this.r.digits(2)]) + this.r.digits(11);
    return body + luhnDigit(body);
  }
  fmtCard(d: string): string {
    const sep = this.r.weighted<string>([
      [' ', 5],
      ['-', 3],
      ['', 2],
    ]);
    if (d.length === 15) return sp(d, [4, 6, 5], sep);
    return sp(d, [4, 4, 4, 4], sep);
  }
  card(): Ent {
    return new Ent(TYPES.CARD, this.fmtCard(this.cardDigits()));
  }
  ssnStr(): string {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    const s = `${String(area).padStart(3, '0')}-${String(this.int(1, 99)).padStart(2, '0')}-${String(this.int(1, 9999)).padStart(4, '0')}`;
    return this.ch(0.2) ? s.replace(/-/g, ' ') : s;
  }
  ssn(): Ent {
    return new Ent(TYPES.SSN, this.ssnStr());
  }
  ip4Str(priv = this.r.chance(0.35)): string {
    if (priv) {
      const k = this.int(0, 2);
      if (k === 0) return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
      if (k === 1) return `192.168.${this.int(0, 255)}.${this.int(1, 254)}`;
      return `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`;
    }
    const a = this.pick([
      3, 18, 34, 52, 62, 78, 81, 85, 91, 93, 109, 145, 151, 176, 185, 188, 190, 195, 201, 212, 217,
    ]);
    return `${a}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  ip6Str(): string {
    const h = (): string => this.r.chars(this.int(1, 4), HEX).replace(/^0+(?=.)/, '');
    const pre = this.pick([
      '2a02:8108',
      '2003:e2',
      '2a01:e0a',
      '2600:1700',
      '2607:f8b0',
      '2806:10a6',
      '2800:484',
      '2a00:23c7',
      '2001:818',
    ]);
    if (this.ch(0.3)) {
      const full = [pre.split(':')[0]!, (pre.split(':')[1] ?? '0').padStart(4, '0')];
      while (full.length < 8) full.push(this.r.chars(4, HEX));
      return full.map((x) => x.padStart(4, '0')).join(':');
    }
    if (this.ch(0.15)) return `fe80::${h()}:${h()}:${h()}:${h()}`;
    return `${pre}:${h()}:${h()}::${h()}`;
  }
  ip(v6 = this.r.chance(0.3)): Ent {
    return new Ent(TYPES.IP, v6 ? this.ip6Str() : this.ip4Str());
  }

  // --- dates
  ymd(y0: number, y1: number): Ymd {
    return { y: this.int(y0, y1), m: this.int(1, 12), d: this.int(1, 28) };
  }
  fmtDate(t: Ymd, lang: Lang = this.lang, us = this.c.cc === 'US'): string {
    const dd = String(t.d).padStart(2, '0');
    const mm = String(t.m).padStart(2, '0');
    const M = MONTHS[lang][t.m - 1]!;
    const M3 = MON3[lang][t.m - 1]!;
    const yy = String(t.y).slice(2);
    switch (lang) {
      case 'en':
        return this.pick(
          us
            ? [
                `${mm}/${dd}/${t.y}`,
                `${t.m}/${t.d}/${t.y}`,
                `${M} ${t.d}, ${t.y}`,
                `${t.y}-${mm}-${dd}`,
                `${t.m}/${t.d}/${yy}`,
                `${dd}-${M3}-${t.y}`,
                `${M3} ${t.d}, ${t.y}`,
              ]
            : [
                `${dd}/${mm}/${t.y}`,
                `${t.d} ${M} ${t.y}`,
                `${t.y}-${mm}-${dd}`,
                `${dd}-${M3}-${t.y}`,
                `${t.d} ${M3} ${t.y}`,
                `${dd}.${mm}.${t.y}`,
              ],
        );
      case 'de':
        return this.pick([
          `${dd}.${mm}.${t.y}`,
          `${t.d}.${t.m}.${t.y}`,
          `${t.d}. ${M} ${t.y}`,
          `${t.y}-${mm}-${dd}`,
          `${dd}.${mm}.${yy}`,
          `${dd}.${mm}.${t.y}`,
        ]);
      case 'fr':
        return this.pick([
          `${dd}/${mm}/${t.y}`,
          `${t.d === 1 ? '1er' : String(t.d)} ${M} ${t.y}`,
          `${t.y}-${mm}-${dd}`,
          `${dd}.${mm}.${t.y}`,
          `${dd}/${mm}/${t.y}`,
          `${dd}-${mm}-${t.y}`,
        ]);
      case 'es':
        return this.pick([
          `${dd}/${mm}/${t.y}`,
          `${t.d} de ${M} de ${t.y}`,
          `${t.y}-${mm}-${dd}`,
          `${dd}-${mm}-${t.y}`,
          `${t.d}-${M3}-${t.y}`,
          `${t.d}/${t.m}/${t.y}`,
        ]);
    }
  }
  dob(t: Ymd = this.ymd(1948, 2006)): Ent {
    return new Ent(TYPES.DOB, this.fmtDate(t));
  }
  /** Birth date as a speech-to-text engine writes it (lower case, digits). */
  dobSpoken(): Ent {
    const t = this.ymd(1950, 2004);
    const M = MONTHS[this.lang][t.m - 1]!.toLowerCase();
    const v = this.s({
      en: [`${M} ${t.d} ${t.y}`, `${t.d} ${M} ${t.y}`, `${M} ${ordinal(t.d)} ${t.y}`],
      de: [`${t.d}. ${M} ${t.y}`, `${t.d} ${M} ${t.y}`],
      fr: [`${t.d} ${M} ${t.y}`],
      es: [`${t.d} de ${M} de ${t.y}`, `${t.d} de ${M} del ${t.y}`],
    });
    return new Ent(TYPES.DOB, v);
  }

  // --- URLs
  urlStr(kind?: string, n?: Name): string {
    const dom = this.co.domain;
    const base = dom.split('.')[0]!;
    const k =
      kind ??
      this.pick([
        'wiki',
        'notion',
        'sharepoint',
        'gdoc',
        'portal',
        'github',
        'api',
        'meet',
        'files',
        'intranet',
        'confluence',
      ]);
    const title = this.pick([
      'Onboarding',
      'Escalation-Matrix',
      'Refund-Policy',
      'On-Call',
      'Vendor-Contacts',
      'Runbook-Payments',
      'Team-Directory',
      'Data-Retention',
    ]);
    switch (k) {
      case 'wiki':
        return `https://wiki.${dom}/display/${this.pick(['OPS', 'HR', 'CS', 'ENG', 'FIN'])}/${title}`;
      case 'confluence':
        return `https://${base}.atlassian.net/wiki/spaces/${this.pick(['OPS', 'SUP', 'AI', 'LEGAL'])}/pages/${this.r.digits(9)}/${title}`;
      case 'notion':
        return `https://www.notion.so/${base}/${title}-${this.r.chars(32, HEX)}`;
      case 'sharepoint':
        return `https://${base}.sharepoint.com/sites/${this.pick(['HR', 'Legal', 'Finance', 'Sales'])}/Shared%20Documents/${title}.docx`;
      case 'gdoc':
        return `https://docs.google.com/document/d/${this.r.chars(44, ALNUM)}/edit`;
      case 'portal':
        return `https://portal.${dom}/tickets/${this.r.digits(6)}?ref=${this.pick(['mail', 'chat', 'bot'])}&utm_source=${this.pick(['assistant', 'newsletter', 'crm'])}`;
      case 'github':
        return `https://github.com/${base}/${this.pick(['rag-service', 'support-bot', 'infra', 'llm-gateway', 'evals'])}/${this.pick(['pull', 'issues'])}/${this.int(12, 4800)}`;
      case 'api':
        return `https://api.${dom}/v${this.int(1, 3)}/${this.pick(['customers', 'users', 'orders', 'tickets'])}/${this.r.digits(6)}`;
      case 'meet':
        return this.pick([
          `https://meet.google.com/${this.r.chars(3, LO)}-${this.r.chars(4, LO)}-${this.r.chars(3, LO)}`,
          `https://zoom.us/j/${this.r.digits(10)}?pwd=${this.r.chars(22, ALNUM)}`,
          `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${this.r.chars(36, ALNUM)}%40thread.v2/0`,
        ]);
      case 'files':
        return `https://files.${dom}/s/${this.r.chars(15, ALNUM)}`;
      case 'intranet':
        return `http://intranet.${dom}/${this.pick(['hr/forms', 'it/vpn', 'kantine', 'travel/expenses', 'benefits'])}`;
      case 'linkedin': {
        const nm = n ?? this.person();
        return `https://www.linkedin.com/in/${slug(nm.first)}-${slug(nm.last)}${this.ch(0.6) ? `-${this.r.chars(this.int(6, 9), HEX)}` : ''}`;
      }
      case 'calendly': {
        const nm = n ?? this.person();
        return `https://calendly.com/${slug(nm.first)}-${slug(nm.last)}/${this.pick(['30min', 'intro', 'demo'])}`;
      }
      case 'xing': {
        const nm = n ?? this.person();
        return `https://www.xing.com/profile/${cap(slug(nm.first))}_${cap(slug(nm.last))}${this.ch(0.5) ? String(this.int(2, 99)) : ''}`;
      }
      default:
        return `https://www.${dom}/${this.pick(['kontakt', 'contact', 'privacy', 'careers'])}`;
    }
  }
  url(kind?: string, n?: Name): Ent {
    return new Ent(TYPES.URL, this.urlStr(kind, n));
  }

  // --- secrets
  aws(session = this.r.chance(0.2)): Ent {
    return new Ent(
      TYPES.AWS,
      (session ? 'ASIA' : 'AKIA') + this.r.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'),
    );
  }
  awsSecret(): Ent {
    return new Ent(
      TYPES.SECRET,
      this.r.chars(1, ALNUM) + this.r.chars(38, B64) + this.r.chars(1, ALNUM),
    );
  }
  gh(): Ent {
    const k = this.r.weighted<string>([
      ['ghp', 5],
      ['gho', 2],
      ['ghs', 1],
      ['pat', 3],
    ]);
    if (k === 'pat')
      return new Ent(TYPES.GH, `github_pat_${this.r.chars(22, ALNUM)}_${this.r.chars(59, ALNUM)}`);
    return new Ent(TYPES.GH, `${k}_${this.r.chars(36, ALNUM)}`);
  }
  slack(): Ent {
    if (this.ch(0.6))
      return new Ent(
        TYPES.SLACK,
        `xoxb-${this.r.digits(this.int(10, 12))}-${this.r.digits(this.int(12, 13))}-${this.r.chars(24, ALNUM)}`,
      );
    return new Ent(
      TYPES.SLACK,
      `xoxp-${this.r.digits(this.int(10, 12))}-${this.r.digits(this.int(10, 12))}-${this.r.digits(13)}-${this.r.chars(32, HEX)}`,
    );
  }
  pemStr(nl = '\n'): string {
    const kind = this.r.weighted<string>([
      ['RSA PRIVATE KEY', 4],
      ['PRIVATE KEY', 4],
      ['EC PRIVATE KEY', 2],
      ['OPENSSH PRIVATE KEY', 2],
    ]);
    const lines: string[] = [];
    if (kind === 'EC PRIVATE KEY') {
      lines.push(
        'MHcCAQEEI' + this.r.chars(55, B64),
        this.r.chars(64, B64),
        this.r.chars(this.int(20, 40), B64) + '==',
      );
    } else if (kind === 'OPENSSH PRIVATE KEY') {
      const n = this.int(4, 8);
      lines.push(
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA' + this.r.chars(14, B64),
      );
      for (let i = 1; i < n; i++) lines.push(this.r.chars(70, B64));
      lines.push(this.r.chars(this.int(8, 60), B64) + '=');
    } else {
      const n = this.int(6, 25);
      lines.push(
        (kind === 'RSA PRIVATE KEY' ? 'MIIEpAIBAAKCAQEA' : 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC') +
          this.r.chars(kind === 'RSA PRIVATE KEY' ? 48 : 32, B64),
      );
      for (let i = 1; i < n; i++) lines.push(this.r.chars(64, B64));
      lines.push(this.r.chars(this.int(10, 60), B64) + (this.ch(0.5) ? '=' : ''));
    }
    return `-----BEGIN ${kind}-----${nl}${lines.join(nl)}${nl}-----END ${kind}-----`;
  }
  pem(nl = '\n'): Ent {
    return new Ent(TYPES.PEM, this.pemStr(nl));
  }
  jwt(email?: string): Ent {
    const rs = this.ch(0.35);
    const header = rs
      ? `{"alg":"RS256","typ":"JWT","kid":"${this.r.chars(8, HEX)}"}`
      : this.pick([
          '{"alg":"HS256","typ":"JWT"}',
          '{"typ":"JWT","alg":"HS256"}',
          '{"alg":"HS256"}',
        ]);
    const iat = 1700000000 + this.int(0, 60000000);
    const payload = JSON.stringify({
      sub: email ?? this.r.digits(8),
      iat,
      exp: iat + this.pick([900, 3600, 86400]),
      scope: this.pick(['read', 'chat:write', 'admin', 'rag:query']),
    });
    let sig = this.r.chars(rs ? 341 : 42, B64URL) + this.r.chars(1, ALNUM);
    if (sig.startsWith('-') || sig.startsWith('_')) sig = 'A' + sig.slice(1);
    return new Ent(TYPES.JWT, `${b64url(header)}.${b64url(payload)}.${sig}`);
  }
  secretStr(kind?: string): string {
    const k =
      kind ??
      this.r.weighted<string>([
        ['rand', 5],
        ['hex', 2],
        ['stripe', 1],
        ['openai', 2],
        ['anthropic', 1],
        ['hf', 1],
        ['pw', 2],
        ['google', 1],
        ['sendgrid', 1],
        ['gitlab', 1],
      ]);
    switch (k) {
      case 'hex':
        return this.r.chars(this.pick([32, 40, 64]), HEX);
      case 'stripe':
        return `sk_live_${this.r.chars(this.int(24, 34), ALNUM)}`;
      case 'openai':
        return `sk-proj-${this.r.chars(this.int(40, 60), B64URL)}${this.r.chars(4, ALNUM)}`;
      case 'anthropic':
        return `sk-ant-api03-${this.r.chars(90, B64URL)}AA`;
      case 'hf':
        return `hf_${this.r.chars(34, UP + LO)}`;
      case 'google':
        return `AIza${this.r.chars(34, B64URL)}${this.r.chars(1, ALNUM)}`;
      case 'sendgrid':
        return `SG.${this.r.chars(22, B64URL)}.${this.r.chars(42, B64URL)}${this.r.chars(1, ALNUM)}`;
      case 'gitlab':
        return `glpat-${this.r.chars(20, B64URL)}`.replace(/[-_]$/, 'x');
      case 'pw':
        return `${cap(this.pick(PW_WORDS))}${this.pick(['!', '#', '$', '%', '&', '*', '.', '_', '-'])}${this.r.digits(this.int(2, 4))}${this.pick(PW_WORDS)}`;
      default:
        return this.r.chars(this.int(32, 44), ALNUM);
    }
  }
  secret(kind?: string): Ent {
    return new Ent(TYPES.SECRET, this.secretStr(kind));
  }

  // --- hard negatives
  nVer(): Neg {
    const v = this.r.weighted<string>([
      [`v${this.int(0, 5)}.${this.int(0, 30)}.${this.int(0, 20)}`, 3],
      [`${this.int(1, 12)}.${this.int(0, 40)}.${this.int(0, 30)}`, 3],
      [`${this.int(1, 9)}.${this.int(0, 20)}.${this.int(0, 40)}-rc.${this.int(1, 6)}`, 1],
      [this.pick(MODEL_IDS), 2],
    ]);
    return new Neg('version', v);
  }
  /** A version of four dotted numbers up to 255 (syntactically an IPv4); callers give it version context. */
  nVerQuad(): Neg {
    return new Neg(
      'version',
      `${this.int(1, 20)}.${this.int(0, 40)}.${this.int(0, 255)}.${this.int(0, 255)}`,
    );
  }
  nSha(kind?: string): Neg {
    const k = kind ?? this.pick(['short', 'git', 'sha256', 'md5']);
    const n = k === 'short' ? this.pick([7, 8, 10]) : k === 'git' ? 40 : k === 'sha256' ? 64 : 32;
    return new Neg('sha', this.r.chars(n, HEX));
  }
  uuidStr(): string {
    const h = (n: number): string => this.r.chars(n, HEX);
    return `${h(8)}-${h(4)}-4${h(3)}-${this.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
  }
  nUuid(): Neg {
    return new Neg('uuid', this.uuidStr());
  }
  nTrace(): Neg {
    return new Neg('uuid', this.r.chars(32, HEX));
  }
  tsStr(kind?: string): string {
    const y = this.int(2023, 2025);
    const p = (n: number, w = 2): string => String(n).padStart(w, '0');
    const [mo, da, hh, mi, ss] = [
      this.int(1, 12),
      this.int(1, 28),
      this.int(0, 23),
      this.int(0, 59),
      this.int(0, 59),
    ];
    const k = kind ?? this.pick(['isoZ', 'isoOff', 'sql', 'epoch', 'epochMs', 'isoMs']);
    switch (k) {
      case 'isoZ':
        return `${y}-${p(mo)}-${p(da)}T${p(hh)}:${p(mi)}:${p(ss)}Z`;
      case 'isoOff':
        return `${y}-${p(mo)}-${p(da)}T${p(hh)}:${p(mi)}:${p(ss)}${this.pick(['+01:00', '+02:00', '-05:00', '-06:00', '+00:00'])}`;
      case 'isoMs':
        return `${y}-${p(mo)}-${p(da)}T${p(hh)}:${p(mi)}:${p(ss)}.${p(this.int(0, 999), 3)}Z`;
      case 'sql':
        return `${y}-${p(mo)}-${p(da)} ${p(hh)}:${p(mi)}:${p(ss)}`;
      case 'clf':
        return `${p(da)}/${MON3.en[mo - 1]!}/${y}:${p(hh)}:${p(mi)}:${p(ss)} +0000`;
      case 'epochMs':
        return String(1690000000000 + this.int(0, 99999999) * 1000 + this.int(0, 999));
      default:
        return String(1690000000 + this.int(0, 99999999));
    }
  }
  nTs(kind?: string): Neg {
    return new Neg('timestamp', this.tsStr(kind));
  }
  nDate(): Neg {
    return new Neg('plain_date', this.fmtDate(this.ymd(2022, 2026)));
  }
  nPrice(): Neg {
    const a = this.int(5, 4800);
    const cents = this.pick(['00', '50', '99', '90', String(this.int(10, 98))]);
    const th = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    const byCc: Record<CC, readonly string[]> = {
      US: [`$${th(a, ',')}.${cents}`, `USD ${th(a * 10, ',')}`, `$ ${a}.${cents}`],
      UK: [`£${th(a, ',')}.${cents}`, `GBP ${a}.${cents}`, `£${a}`],
      IE: [`€${th(a, ',')}.${cents}`, `EUR ${a}.${cents}`],
      CA: [`C$${th(a, ',')}.${cents}`, `CAD ${a}.${cents}`, `$${th(a, ',')}.${cents} CAD`],
      AU: [`A$${a}.${cents}`, `AUD ${th(a, ',')}`, `$${a}.${cents} AUD`],
      NZ: [`NZ$ ${a}.${cents}`, `NZD ${th(a, ',')}.${cents}`],
      DE: [
        `${th(a, '.')},${cents} €`,
        `${a},${cents} EUR`,
        `€ ${th(a, '.')},${cents}`,
        `EUR ${th(a, '.')},-`,
      ],
      AT: [`€ ${th(a, '.')},${cents}`, `${a},${cents} EUR`, `EUR ${th(a, '.')},${cents}`],
      CH: [`CHF ${th(a, "'")}.${cents}`, `Fr. ${a}.${cents}`, `CHF ${a}.–`],
      CHF: [`CHF ${th(a, "'")}.${cents}`, `${a}.${cents} CHF`, `Fr. ${a}.${cents}`],
      FR: [
        `${th(a, ' ')},${cents} €`,
        `${a},${cents} EUR`,
        `${th(a, ' ')} € HT`,
        `${a},${cents} € TTC`,
      ],
      BE: [`${th(a, '.')},${cents} €`, `€ ${a},${cents}`, `${a},${cents} EUR`],
      LU: [`${th(a, ' ')},${cents} €`, `EUR ${a},${cents}`],
      QC: [`${th(a, ' ')},${cents} $`, `${a},${cents} $ CA`, `${a},${cents} $ CAD`],
      ES: [`${th(a, '.')},${cents} €`, `${a},${cents} €`, `EUR ${th(a, '.')},${cents}`],
      MX: [
        `$${th(a * 10, ',')}.${cents} MXN`,
        `MXN ${th(a * 10, ',')}`,
        `$ ${th(a * 10, ',')}.${cents}`,
      ],
      CO: [`COP ${th(a * 1000, '.')}`, `$${th(a * 1000, '.')} COP`, `$ ${th(a * 1000, '.')}`],
      PE: [`S/ ${th(a, ',')}.${cents}`, `S/. ${a}.${cents}`, `PEN ${th(a, ',')}.${cents}`],
    };
    const v = this.ch(0.85)
      ? this.pick(byCc[this.c.cc])
      : this.pick([`USD ${th(a, ',')}.${cents}`, `EUR ${a},${cents}`, `€${a}`]);
    return new Neg('price', v);
  }
  nIsbn(): Neg {
    return new Neg('isbn', this.ch(0.75) ? isbn13(this.r) : isbn10(this.r));
  }
  nOrder(): Neg {
    const y = this.int(2022, 2025);
    const v = this.r.weighted<string>([
      [
        `${this.pick(['ORD', 'PO', 'INV', 'RE', 'FA', 'CS', 'TCK'])}-${y}-${this.r.digits(this.int(4, 6))}`,
        4,
      ],
      [`INC${this.r.digits(7)}`, 1],
      [`${this.r.digits(3)}-${this.r.digits(7)}-${this.r.digits(7)}`, 1],
      [`${this.pick(['A', 'B', 'K', 'C'])}-${this.r.digits(8)}`, 2],
      [`${y}/${this.r.digits(5)}`, 1],
      [`${this.pick(['SUP', 'HR', 'OPS', 'AI', 'DATA'])}-${this.int(100, 9999)}`, 2],
      [String(this.int(100000, 999999)), 1],
    ]);
    return new Neg('order_no', v);
  }
  nCard(): Neg {
    let d = this.cardDigits();
    const last = Number(d.slice(-1));
    d = d.slice(0, -1) + String((last + this.int(1, 9)) % 10);
    return new Neg('card_lookalike', this.fmtCard(d));
  }
  nIban(): Neg {
    const cc = this.r.pick(this.c.iban);
    const b = bban(this.r, cc);
    const good = Number(ibanCheck(cc, b));
    let bad = good;
    while (bad === good || bad < 2) bad = this.int(2, 98);
    const iban = cc + String(bad).padStart(2, '0') + b;
    return new Neg('iban_invalid', this.ch(0.5) ? group4(iban) : iban);
  }
  nSsn(): Neg {
    const area = this.pick(['000', '666', String(this.int(900, 999))]);
    return new Neg(
      'ssn_invalid',
      `${area}-${String(this.int(1, 99)).padStart(2, '0')}-${String(this.int(1, 9999)).padStart(4, '0')}`,
    );
  }
  nn(v: string): Neg {
    return new Neg('not_name', v);
  }
  nCo(co: Company = this.co): Neg {
    return this.nn(co.name);
  }
  nBot(): Neg {
    return this.nn(this.bot);
  }
  nModel(): Neg {
    return this.nn(this.pick(MODELS));
  }
  nSoft(): Neg {
    return this.nn(this.pick(SOFTWARE));
  }
  nBrand(): Neg {
    return this.nn(this.pick(BRANDS));
  }
  nPlace(): Neg {
    return this.nn(this.pick(PLACES[this.lang]));
  }
  nInst(): Neg {
    return this.nn(this.pick(INSTITUTIONS[this.lang]));
  }
  nJob(): Neg {
    return this.nn(this.pick(JOBS[this.lang]));
  }
  nDay(): Neg {
    return this.nn(this.pick(WEEKDAYS[this.lang]));
  }
  nMonth(): Neg {
    return this.nn(cap(this.pick(MONTHS[this.lang])));
  }
  /** A sentence whose capitalised words look like names but are not. */
  decoy(): Piece {
    const n = (s: string): Neg => this.nn(s);
    const opts: Loc<readonly (() => Piece)[]> = {
      en: [
        () => [n('Mark'), ' the thread as resolved once the customer confirms.'],
        () => [n('Grant'), ' the service account read access only, nothing else.'],
        () => [
          n('Bill'),
          ' the extra seats from ',
          n(this.pick(['April', 'May', 'June', 'August'])),
          ' onwards.',
        ],
        () => [
          n('Will'),
          ' the model also cover the ',
          n(this.pick(['Austin', 'Adelaide', 'Charlotte'])),
          ' office?',
        ],
        () => [n('Frank'), ' feedback from the pilot: answers were too long.'],
        () => [n('Hope'), ' this helps.'],
        () => ['The ', n('Summer'), ' release is frozen until ', n(this.pick(WEEKDAYS.en)), '.'],
        () => [
          'Ask ',
          this.nBot(),
          ' (our internal assistant) before opening a ',
          n('Jira'),
          ' ticket.',
        ],
        () => ['We compared ', this.nModel(), ' with ', this.nModel(), ' on the same prompts.'],
        () => ['Pilot customers include ', this.nBrand(), ' and ', this.nBrand(), '.'],
        () => ['The offsite is near ', this.nInst(), '.'],
      ],
      de: [
        () => ['Der ', n('Koch'), ' der Kantine braucht die Allergenliste bis ', this.nDay(), '.'],
        () => ['Der zuständige ', n('Richter'), ' hat die Frist verlängert.'],
        () => [
          'Unser ',
          n('Bauer'),
          ' aus dem Umland liefert wieder ab ',
          n(this.pick(['August', 'Juni', 'Mai'])),
          '.',
        ],
        () => ['Der ', n('Schneider'), ' hat die Dienstkleidung noch nicht geliefert.'],
        () => [n('Frank'), ' und frei: Die Antworten waren zu lang.'],
        () => [
          'Bitte zuerst ',
          this.nBot(),
          ' (unseren internen Assistenten) fragen, dann ein ',
          n('Jira'),
          '-Ticket anlegen.',
        ],
        () => [
          'Wir haben ',
          this.nModel(),
          ' mit ',
          this.nModel(),
          ' auf denselben Prompts verglichen.',
        ],
        () => ['Pilotkunden sind u. a. ', this.nBrand(), ' und ', this.nBrand(), '.'],
        () => ['Das Offsite findet am ', this.nInst(), ' statt.'],
        () => ['Der ', n('Fuchs'), ' im Logo bleibt, nur die Farbe ändert sich.'],
      ],
      fr: [
        () => [n('Claire'), ' et concise : voilà le ton attendu pour les réponses.'],
        () => ['Le marché de ', n('Noël'), ' bloque la rue devant le bureau.'],
        () => ['Fermeture le jour de la ', n('Toussaint'), ', prévoir le support en astreinte.'],
        () => [
          'Demandez d’abord à ',
          this.nBot(),
          ' (notre assistant interne) avant d’ouvrir un ticket ',
          n('Jira'),
          '.',
        ],
        () => [
          'Nous avons comparé ',
          this.nModel(),
          ' et ',
          this.nModel(),
          ' sur les mêmes prompts.',
        ],
        () => ['Clients pilotes : ', this.nBrand(), ' et ', this.nBrand(), '.'],
        () => ['Le séminaire a lieu près de la ', this.nInst(), '.'],
        () => [n(this.pick(WEEKDAYS.fr)), ' prochain, migration de la base vectorielle.'],
      ],
      es: [
        () => [n('Clara'), ' y directa: así debe sonar la respuesta.'],
        () => [
          n('Luz'),
          ' verde al piloto del asistente en ',
          n(this.pick(['Santiago', 'San José', 'Santa Cruz'])),
          '.',
        ],
        () => ['Durante la ', n('Semana Santa'), ' el soporte funciona con guardias.'],
        () => [
          'Pregunta primero a ',
          this.nBot(),
          ' (nuestro asistente interno) antes de abrir un ticket en ',
          n('Jira'),
          '.',
        ],
        () => ['Comparamos ', this.nModel(), ' con ', this.nModel(), ' con los mismos prompts.'],
        () => ['Clientes piloto: ', this.nBrand(), ' y ', this.nBrand(), '.'],
        () => ['La reunión anual será junto al ', this.nInst(), '.'],
        () => [n(this.pick(WEEKDAYS.es)), ' migramos la base vectorial.'],
      ],
    };
    return this.pick(opts[this.lang])();
  }
}

// ---------------------------------------------------------------------------------------------
// Shared template pieces

type Gen = () => Piece;

function L(c: Ctx, x: Loc<Gen>): Piece {
  return x[c.lang]();
}

function LX(c: Ctx, x: Loc<readonly Gen[]>): Piece {
  return c.pick(x[c.lang])();
}

/** The `i`-th option (modulo the list length), for drawing without replacement. */
function LI(c: Ctx, i: number, x: Loc<readonly Gen[]>): Piece {
  const a = x[c.lang];
  return a[i % a.length]!();
}

function nMonthYear(c: Ctx, y0 = 2010, y1 = 2024): Neg {
  const y = c.int(y0, y1);
  const m = c.int(1, 12);
  const v = c.ch(0.5)
    ? `${String(m).padStart(2, '0')}/${y}`
    : `${cap(c.lang === 'fr' || c.lang === 'es' ? MONTHS[c.lang][m - 1]! : MON3[c.lang][m - 1]!)} ${y}`;
  return new Neg('plain_date', v);
}

function greet(c: Ctx, n: Name, formal = c.ch(0.4)): Piece {
  if (formal)
    return L(c, {
      en: () => ['Dear ', c.titled(n), ','],
      de: () => [n.female ? 'Sehr geehrte ' : 'Sehr geehrter ', c.titled(n), ','],
      fr: () => [c.pick(['Bonjour ', n.female ? 'Chère ' : 'Cher ', '']), c.titled(n), ','],
      es: () => [n.female ? 'Estimada ' : 'Estimado ', c.titled(n), ':'],
    });
  return L(c, {
    en: () => [
      c.pick(['Hi ', 'Hello ', 'Hey ', 'Morning ']),
      c.P(n, 'first'),
      c.pick([',', '', '!']),
    ],
    de: () => [
      c.pick(['Hallo ', 'Hi ', n.female ? 'Liebe ' : 'Lieber ', 'Moin ']),
      c.P(n, 'first'),
      ',',
    ],
    fr: () => [c.pick(['Bonjour ', 'Salut ', 'Coucou ']), c.P(n, 'first'), c.pick([',', ' !'])],
    es: () => [
      c.pick(['Hola ', 'Buenas, ', 'Buenos días, ']),
      c.P(n, 'first'),
      c.pick([':', ',', '!']),
    ],
  });
}

function closing(c: Ctx): string {
  return c.s({
    en: ['Best regards,', 'Kind regards,', 'Cheers,', 'Thanks,', 'Best,', 'Many thanks,'],
    de: [
      'Mit freundlichen Grüßen',
      'Viele Grüße',
      'Beste Grüße',
      'LG',
      'Freundliche Grüße',
      'Danke und Gruß',
    ],
    fr: [
      'Cordialement,',
      'Bien à vous,',
      'Bonne journée,',
      'Merci d’avance,',
      'Bien cordialement,',
    ],
    es: ['Saludos cordiales,', 'Un saludo,', 'Atentamente,', 'Gracias de antemano,', 'Un abrazo,'],
  });
}

function phoneLabel(c: Ctx): string {
  return c.s({
    en: ['T: ', 'Tel: ', 'Phone: ', 'Direct: ', 'M: ', 'Mobile: '],
    de: ['Tel.: ', 'Telefon: ', 'Mobil: ', 'T ', 'Fon: ', 'Handy: '],
    fr: ['Tél. : ', 'Tél : ', 'Mobile : ', 'Portable : ', 'T. '],
    es: ['Tel.: ', 'Teléfono: ', 'Móvil: ', 'Cel.: ', 'Tlf: '],
  });
}

function sig(c: Ctx, n: Name, withAddr = c.ch(0.3)): Piece {
  const out: Piece[] = [
    c.P(
      n,
      c.r.weighted<Form>([
        ['full', 8],
        ['mid', 1],
        ['init', 1],
      ]),
    ),
    '\n',
  ];
  if (c.ch(0.6)) out.push(c.nJob(), c.ch(0.5) ? ' | ' : '\n');
  out.push(c.nCo(), '\n');
  if (c.ch(0.85)) out.push(phoneLabel(c), c.phone(), '\n');
  if (c.ch(0.65))
    out.push(
      c.s({
        en: ['E: ', 'Email: ', ''],
        de: ['E-Mail: ', 'Mail: ', ''],
        fr: ['E-mail : ', 'Courriel : ', ''],
        es: ['Email: ', 'Correo: ', ''],
      }),
      c.email(n, c.co.domain),
      '\n',
    );
  if (withAddr) out.push(c.addr(), '\n');
  if (c.ch(0.25)) out.push(c.url(c.pick(['linkedin', 'calendly', 'site']), n), '\n');
  return out;
}

// ---------------------------------------------------------------------------------------------
// A customer-support exchange (user message + assistant reply repeating the data)

interface Dialog {
  readonly intent: string;
  readonly user: Piece;
  readonly bot: Piece;
  /** The values the exchange is about, for callers that repeat them. */
  readonly vals: Readonly<
    Partial<
      Record<
        'addr' | 'phone' | 'email' | 'order' | 'card' | 'price' | 'dob' | 'ip' | 'iban',
        Ent | Neg
      >
    >
  >;
}

function dialog(c: Ctx, n: Name): Dialog {
  const intent = c.pick([
    'address_change',
    'order_status',
    'refund_card',
    'appointment',
    'account_access',
    'bank_change',
    'cancel',
  ]);
  const f = (): Ent => c.P(n, 'first');
  switch (intent) {
    case 'address_change': {
      const a = c.addr();
      const p = c.phone();
      return {
        intent,
        vals: { addr: a, phone: p },
        user: L(c, {
          en: () => [
            c.pick(['Hi, this is ', 'Hello, my name is ', '']),
            c.P(n),
            c.pick([
              '. I moved, new address is ',
              '. New address: ',
              ' here. Please change my address to ',
            ]),
            a,
            '. Can you also update my phone to ',
            p,
            '?',
          ],
          de: () => [
            c.pick(['Hallo, hier ist ', 'Guten Tag, mein Name ist ', '']),
            c.P(n),
            '. Ich bin umgezogen, neue Adresse: ',
            a,
            '. Bitte auch meine Nummer auf ',
            p,
            ' ändern.',
          ],
          fr: () => [
            'Bonjour, ',
            c.P(n),
            ' à l’appareil. J’ai déménagé : ',
            a,
            '. Pouvez-vous aussi changer mon numéro pour le ',
            p,
            ' ?',
          ],
          es: () => [
            'Hola, soy ',
            c.P(n),
            '. Me mudé, mi nueva dirección es ',
            a,
            '. ¿Pueden cambiar también mi teléfono a ',
            p,
            '?',
          ],
        }),
        bot: L(c, {
          en: () => [
            'Thanks ',
            f(),
            '! I’ve updated your address to ',
            a,
            ' and your phone number to ',
            p,
            '. Anything else I can do?',
          ],
          de: () => [
            'Vielen Dank, ',
            c.titled(n),
            '! Ich habe Ihre Adresse auf ',
            a,
            ' und Ihre Telefonnummer auf ',
            p,
            ' geändert.',
          ],
          fr: () => [
            'Merci ',
            f(),
            ' ! J’ai bien mis à jour votre adresse (',
            a,
            ') et votre numéro (',
            p,
            ').',
          ],
          es: () => [
            '¡Gracias, ',
            f(),
            '! He actualizado tu dirección a ',
            a,
            ' y tu teléfono a ',
            p,
            '.',
          ],
        }),
      };
    }
    case 'order_status': {
      const o = c.nOrder();
      const e = c.email(n);
      const u = c.url('portal');
      return {
        intent,
        vals: { order: o, email: e },
        user: L(c, {
          en: () => [
            'Where is my order ',
            o,
            '? I ordered on ',
            c.nDate(),
            ' and paid ',
            c.nPrice(),
            '. The email on the account is ',
            e,
          ],
          de: () => [
            'Wo bleibt meine Bestellung ',
            o,
            '? Bestellt am ',
            c.nDate(),
            ', bezahlt ',
            c.nPrice(),
            '. Konto-E-Mail: ',
            e,
          ],
          fr: () => [
            'Où en est ma commande ',
            o,
            ' ? Commandée le ',
            c.nDate(),
            ', payée ',
            c.nPrice(),
            '. E-mail du compte : ',
            e,
          ],
          es: () => [
            '¿Dónde está mi pedido ',
            o,
            '? Lo hice el ',
            c.nDate(),
            ' y pagué ',
            c.nPrice(),
            '. El correo de la cuenta es ',
            e,
          ],
        }),
        bot: L(c, {
          en: () => [
            'Hi ',
            f(),
            ', order ',
            o,
            ' left our warehouse yesterday. You can track it here: ',
            u,
            ' — I’ve also sent the details to ',
            e,
            '.',
          ],
          de: () => [
            'Hallo ',
            f(),
            ', die Bestellung ',
            o,
            ' hat gestern unser Lager verlassen. Sendungsverfolgung: ',
            u,
            ' (Details auch an ',
            e,
            ').',
          ],
          fr: () => [
            'Bonjour ',
            f(),
            ', la commande ',
            o,
            ' est partie hier. Suivi : ',
            u,
            ' (détails envoyés à ',
            e,
            ').',
          ],
          es: () => [
            'Hola ',
            f(),
            ', el pedido ',
            o,
            ' salió ayer de nuestro almacén. Seguimiento: ',
            u,
            ' (también enviado a ',
            e,
            ').',
          ],
        }),
      };
    }
    case 'refund_card': {
      const k = c.card();
      const pr = c.nPrice();
      return {
        intent,
        vals: { card: k, price: pr },
        user: L(c, {
          en: () => [
            'I was charged twice (',
            pr,
            ') on my card ',
            k,
            '. Please refund one of them. ',
            c.P(n),
          ],
          de: () => [
            'Meine Karte ',
            k,
            ' wurde doppelt belastet (',
            pr,
            '). Bitte eine Buchung erstatten. Gruß, ',
            c.P(n),
          ],
          fr: () => [
            'Ma carte ',
            k,
            ' a été débitée deux fois (',
            pr,
            '). Merci de rembourser un des débits. ',
            c.P(n),
          ],
          es: () => [
            'Me cobraron dos veces (',
            pr,
            ') en la tarjeta ',
            k,
            '. Por favor, devuelvan uno de los cargos. ',
            c.P(n),
          ],
        }),
        bot: L(c, {
          en: () => [
            'Sorry about that, ',
            f(),
            '. I’ve requested a refund of ',
            pr,
            ' to the card ',
            k,
            '; it should show within 5–10 business days.',
          ],
          de: () => [
            'Das tut mir leid, ',
            c.titled(n),
            '. Die Erstattung von ',
            pr,
            ' auf die Karte ',
            k,
            ' ist beauftragt.',
          ],
          fr: () => [
            'Désolé, ',
            f(),
            '. Le remboursement de ',
            pr,
            ' sur la carte ',
            k,
            ' est en cours.',
          ],
          es: () => [
            'Lo siento, ',
            f(),
            '. He solicitado el reembolso de ',
            pr,
            ' a la tarjeta ',
            k,
            '.',
          ],
        }),
      };
    }
    case 'appointment': {
      const b = c.dob();
      const p = c.phone();
      return {
        intent,
        vals: { dob: b, phone: p },
        user: L(c, {
          en: () => [
            'Can I book a check-up next week? Name: ',
            c.P(n, c.pick<Form>(['lf', 'full'])),
            ', date of birth ',
            b,
            ', phone ',
            p,
            '.',
          ],
          de: () => [
            'Kann ich nächste Woche einen Termin bekommen? ',
            c.P(n, c.pick<Form>(['lf', 'full'])),
            ', geb. ',
            b,
            ', erreichbar unter ',
            p,
            '.',
          ],
          fr: () => [
            'Je voudrais un rendez-vous la semaine prochaine. ',
            c.P(n, c.pick<Form>(['LF', 'full'])),
            ', né(e) le ',
            b,
            ', tél. ',
            p,
            '.',
          ],
          es: () => [
            '¿Puedo pedir cita para la semana que viene? ',
            c.P(n, c.pick<Form>(['lf', 'full'])),
            ', fecha de nacimiento ',
            b,
            ', teléfono ',
            p,
            '.',
          ],
        }),
        bot: L(c, {
          en: () => [
            'Done! ',
            c.P(n),
            ' (DOB ',
            b,
            ') is booked for ',
            c.nDay(),
            ' at 9:30. We’ll text ',
            p,
            ' the day before.',
          ],
          de: () => [
            'Erledigt: ',
            c.P(n),
            ' (geb. ',
            b,
            ') ist für ',
            c.nDay(),
            ' 9:30 Uhr eingetragen. Erinnerung per SMS an ',
            p,
            '.',
          ],
          fr: () => [
            'C’est noté : ',
            c.P(n),
            ' (né(e) le ',
            b,
            '), mardi à 9 h 30. Rappel par SMS au ',
            p,
            '.',
          ],
          es: () => [
            'Listo: ',
            c.P(n),
            ' (nacimiento ',
            b,
            ') tiene cita el martes a las 9:30. Le avisaremos al ',
            p,
            '.',
          ],
        }),
      };
    }
    case 'account_access': {
      const e = c.email(n);
      const ip = c.ip();
      return {
        intent,
        vals: { email: e, ip },
        user: L(c, {
          en: () => [
            'I’m locked out. Login is ',
            e,
            ', the last successful login was from ',
            ip,
            ' I think. Error ref ',
            c.nUuid(),
            '.',
          ],
          de: () => [
            'Ich komme nicht mehr rein. Login: ',
            e,
            ', letzte erfolgreiche Anmeldung vermutlich von ',
            ip,
            '. Fehler-ID ',
            c.nUuid(),
            '.',
          ],
          fr: () => [
            'Je n’arrive plus à me connecter. Identifiant : ',
            e,
            ', dernière connexion réussie depuis ',
            ip,
            ' je crois. Réf. erreur ',
            c.nUuid(),
            '.',
          ],
          es: () => [
            'No puedo entrar. Mi usuario es ',
            e,
            ', el último acceso correcto fue desde ',
            ip,
            ' creo. Ref. del error ',
            c.nUuid(),
            '.',
          ],
        }),
        bot: L(c, {
          en: () => [
            'I’ve sent a reset link to ',
            e,
            '. For safety, the session from ',
            ip,
            ' has been signed out.',
          ],
          de: () => [
            'Ein Link zum Zurücksetzen ist an ',
            e,
            ' unterwegs. Die Sitzung von ',
            ip,
            ' wurde abgemeldet.',
          ],
          fr: () => [
            'Un lien de réinitialisation a été envoyé à ',
            e,
            '. La session ouverte depuis ',
            ip,
            ' a été fermée.',
          ],
          es: () => [
            'He enviado un enlace de restablecimiento a ',
            e,
            '. La sesión desde ',
            ip,
            ' se ha cerrado.',
          ],
        }),
      };
    }
    case 'bank_change': {
      const i = c.iban();
      return {
        intent,
        vals: { iban: i },
        user: L(c, {
          en: () => [
            'Please pay refunds to my new account ',
            i,
            ' from now on. Account holder: ',
            c.P(n),
            '.',
          ],
          de: () => [
            'Bitte Erstattungen ab sofort auf mein neues Konto ',
            i,
            ' überweisen. Kontoinhaber: ',
            c.P(n, c.pick<Form>(['full', 'lf'])),
            '.',
          ],
          fr: () => [
            'Merci de verser les remboursements sur mon nouveau compte ',
            i,
            '. Titulaire : ',
            c.P(n, c.pick<Form>(['full', 'LF'])),
            '.',
          ],
          es: () => [
            'Por favor, a partir de ahora ingresen los reembolsos en mi nueva cuenta ',
            i,
            '. Titular: ',
            c.P(n),
            '.',
          ],
        }),
        bot: L(c, {
          en: () => ['Got it — future refunds will go to ', i, ' (holder: ', c.P(n), ').'],
          de: () => ['Alles klar, künftige Erstattungen gehen an ', i, ' (Inhaber: ', c.P(n), ').'],
          fr: () => [
            'C’est enregistré : les remboursements iront sur ',
            i,
            ' (titulaire ',
            c.P(n),
            ').',
          ],
          es: () => ['Hecho: los próximos reembolsos irán a ', i, ' (titular: ', c.P(n), ').'],
        }),
      };
    }
    default: {
      const o = c.nOrder();
      const us = c.c.cc === 'US';
      const idv: Piece = us
        ? ['SSN ', c.ssn()]
        : L(c, {
            en: () => ['born ', c.dob()],
            de: () => ['geb. ', c.dob()],
            fr: () => ['né(e) le ', c.dob()],
            es: () => ['nacido/a el ', c.dob()],
          });
      const a = c.addr();
      return {
        intent,
        vals: { order: o, addr: a },
        user: L(c, {
          en: () => [
            'I want to cancel my policy ',
            o,
            '. ',
            c.P(n, 'midfull'),
            ', ',
            idv,
            ', ',
            a,
            '.',
          ],
          de: () => [
            'Ich möchte meinen Vertrag ',
            o,
            ' kündigen. ',
            c.P(n),
            ', ',
            idv,
            ', ',
            a,
            '.',
          ],
          fr: () => [
            'Je souhaite résilier mon contrat ',
            o,
            '. ',
            c.P(n, c.pick<Form>(['full', 'LF'])),
            ', ',
            idv,
            ', ',
            a,
            '.',
          ],
          es: () => ['Quiero dar de baja mi póliza ', o, '. ', c.P(n), ', ', idv, ', ', a, '.'],
        }),
        bot: L(c, {
          en: () => [
            'Thanks ',
            f(),
            '. Cancellation of policy ',
            o,
            ' is in progress; the confirmation letter goes to ',
            a,
            '.',
          ],
          de: () => [
            'Danke, ',
            c.titled(n),
            '. Die Kündigung von ',
            o,
            ' ist in Bearbeitung; die Bestätigung geht an ',
            a,
            '.',
          ],
          fr: () => [
            'Merci ',
            f(),
            '. La résiliation du contrat ',
            o,
            ' est en cours ; la confirmation sera envoyée au ',
            a,
            '.',
          ],
          es: () => [
            'Gracias, ',
            f(),
            '. La baja de la póliza ',
            o,
            ' está en curso; la confirmación llegará a ',
            a,
            '.',
          ],
        }),
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// E-mail scenarios pasted into prompts

function mailScenario(c: Ctx, from: Name): { subj: Piece; body: Piece } {
  const k = c.pick(['move', 'addr', 'invoice', 'card', 'access', 'hr']);
  if (k === 'move') {
    const dt = c.nDate();
    return {
      subj: L(c, {
        en: () => ['Re: our call on ', dt],
        de: () => ['Terminverschiebung ', dt],
        fr: () => ['Report du rendez-vous du ', dt],
        es: () => ['Cambio de la llamada del ', dt],
      }),
      body: L(c, {
        en: () => [
          'Unfortunately I have to move our call on ',
          dt,
          '. Would ',
          c.nDay(),
          ' work instead? New link: ',
          c.url('meet'),
          '\nIf anything comes up, call me on ',
          c.phone(),
          '.',
        ],
        de: () => [
          'leider muss ich unseren Termin am ',
          dt,
          ' verschieben. Passt Ihnen ',
          c.nDay(),
          '? Neuer Link: ',
          c.url('meet'),
          '\nFalls etwas dazwischenkommt, erreichen Sie mich unter ',
          c.phone(),
          '.',
        ],
        fr: () => [
          'je dois malheureusement décaler notre rendez-vous du ',
          dt,
          '. Seriez-vous disponible la semaine suivante ? Nouveau lien : ',
          c.url('meet'),
          '\nEn cas d’imprévu, appelez-moi au ',
          c.phone(),
          '.',
        ],
        es: () => [
          'lamentablemente tengo que mover nuestra llamada del ',
          dt,
          '. ¿Le viene bien la semana siguiente? Nuevo enlace: ',
          c.url('meet'),
          '\nSi surge algo, llámeme al ',
          c.phone(),
          '.',
        ],
      }),
    };
  }
  if (k === 'addr') {
    return {
      subj: L(c, {
        en: () => 'Change of address',
        de: () => 'Adressänderung',
        fr: () => 'Changement d’adresse',
        es: () => 'Cambio de domicilio',
      }),
      body: L(c, {
        en: () => [
          'I moved last month, so please update my details: new address ',
          c.addr(),
          ', mobile ',
          c.phone(),
          '. My customer number is ',
          c.nOrder(),
          '. Date of birth ',
          c.dob(),
          ' in case you need it for verification.',
        ],
        de: () => [
          'ich bin umgezogen, bitte ändern Sie meine Daten: neue Anschrift ',
          c.addr(),
          ', Handy ',
          c.phone(),
          '. Kundennummer ',
          c.nOrder(),
          '. Zur Verifizierung: geboren am ',
          c.dob(),
          '.',
        ],
        fr: () => [
          'suite à mon déménagement, merci de mettre à jour mes coordonnées : nouvelle adresse ',
          c.addr(),
          ', portable ',
          c.phone(),
          '. Numéro client ',
          c.nOrder(),
          '. Pour vérification, je suis né(e) le ',
          c.dob(),
          '.',
        ],
        es: () => [
          'me he mudado, así que les pido que actualicen mis datos: nueva dirección ',
          c.addr(),
          ', móvil ',
          c.phone(),
          '. Mi número de cliente es ',
          c.nOrder(),
          '. Para la verificación, mi fecha de nacimiento es ',
          c.dob(),
          '.',
        ],
      }),
    };
  }
  if (k === 'invoice') {
    const o = c.nOrder();
    return {
      subj: L(c, {
        en: () => ['Overdue invoice ', o],
        de: () => ['Zahlungserinnerung ', o],
        fr: () => ['Relance facture ', o],
        es: () => ['Factura pendiente ', o],
      }),
      body: L(c, {
        en: () => [
          'invoice ',
          o,
          ' over ',
          c.nPrice(),
          ' is still open. Please transfer the amount to ',
          c.iban(),
          ' by ',
          c.nDate(),
          '. Questions: ',
          c.email(),
          '.',
        ],
        de: () => [
          'die Rechnung ',
          o,
          ' über ',
          c.nPrice(),
          ' ist noch offen. Bitte überweisen Sie den Betrag bis ',
          c.nDate(),
          ' auf ',
          c.iban(),
          '. Rückfragen an ',
          c.email(),
          '.',
        ],
        fr: () => [
          'la facture ',
          o,
          ' d’un montant de ',
          c.nPrice(),
          ' reste impayée. Merci de virer la somme avant le ',
          c.nDate(),
          ' sur le compte ',
          c.iban(),
          '. Questions : ',
          c.email(),
          '.',
        ],
        es: () => [
          'la factura ',
          o,
          ' por ',
          c.nPrice(),
          ' sigue pendiente. Le rogamos transfiera el importe antes del ',
          c.nDate(),
          ' a la cuenta ',
          c.iban(),
          '. Dudas: ',
          c.email(),
          '.',
        ],
      }),
    };
  }
  if (k === 'card') {
    const o = c.nOrder();
    return {
      subj: L(c, {
        en: () => ['Double charge on order ', o],
        de: () => ['Doppelte Abbuchung ', o],
        fr: () => ['Double prélèvement commande ', o],
        es: () => ['Cobro duplicado pedido ', o],
      }),
      body: L(c, {
        en: () => [
          'you charged my card ',
          c.card(),
          ' twice for order ',
          o,
          ' (',
          c.nPrice(),
          ' each). Please refund one of the charges.',
        ],
        de: () => [
          'Sie haben meine Kreditkarte ',
          c.card(),
          ' für die Bestellung ',
          o,
          ' zweimal belastet (je ',
          c.nPrice(),
          '). Bitte erstatten Sie eine Buchung.',
        ],
        fr: () => [
          'vous avez débité deux fois ma carte ',
          c.card(),
          ' pour la commande ',
          o,
          ' (',
          c.nPrice(),
          ' chacune). Merci de rembourser un des prélèvements.',
        ],
        es: () => [
          'me han cobrado dos veces en la tarjeta ',
          c.card(),
          ' el pedido ',
          o,
          ' (',
          c.nPrice(),
          ' cada vez). Les pido que anulen uno de los cargos.',
        ],
      }),
    };
  }
  if (k === 'access') {
    return {
      subj: L(c, {
        en: () => 'Can’t log in',
        de: () => 'Login gesperrt',
        fr: () => 'Accès bloqué',
        es: () => 'No puedo acceder',
      }),
      body: L(c, {
        en: () => [
          'since ',
          c.nTs('sql'),
          ' I can’t log in to the portal. The error page shows request id ',
          c.nUuid(),
          ' and my IP ',
          c.ip(),
          '. Username: ',
          c.email(from),
          '. Backup number: ',
          c.phone(),
          '.',
        ],
        de: () => [
          'seit ',
          c.nTs('sql'),
          ' komme ich nicht mehr ins Portal. Die Fehlerseite zeigt Request-ID ',
          c.nUuid(),
          ' und meine IP ',
          c.ip(),
          '. Benutzername: ',
          c.email(from),
          '. Rückrufnummer: ',
          c.phone(),
          '.',
        ],
        fr: () => [
          'depuis le ',
          c.nTs('sql'),
          ' je n’arrive plus à me connecter. La page d’erreur indique l’identifiant ',
          c.nUuid(),
          ' et mon IP ',
          c.ip(),
          '. Identifiant : ',
          c.email(from),
          '. Numéro de rappel : ',
          c.phone(),
          '.',
        ],
        es: () => [
          'desde el ',
          c.nTs('sql'),
          ' no puedo entrar al portal. La página de error muestra el id ',
          c.nUuid(),
          ' y mi IP ',
          c.ip(),
          '. Usuario: ',
          c.email(from),
          '. Teléfono de contacto: ',
          c.phone(),
          '.',
        ],
      }),
    };
  }
  const us = c.c.cc === 'US';
  return {
    subj: L(c, {
      en: () => 'Details for payroll',
      de: () => 'Meine Daten für die Lohnabrechnung',
      fr: () => 'Mes informations pour la paie',
      es: () => 'Mis datos para la nómina',
    }),
    body: L(c, {
      en: () => [
        'here are the details HR asked for: full name ',
        c.P(from, 'midfull'),
        ', date of birth ',
        c.dob(),
        ', ',
        us ? ['SSN ', c.ssn()] : ['bank account ', c.iban()],
        ', home address ',
        c.addr(),
        '.',
      ],
      de: () => [
        'anbei wie besprochen meine Daten für die Personalabteilung: ',
        c.P(from, 'midfull'),
        ', geboren am ',
        c.dob(),
        ', wohnhaft ',
        c.addr(),
        '. Gehaltskonto: ',
        c.iban(),
        '.',
      ],
      fr: () => [
        'voici les informations demandées par les RH : ',
        c.P(from, 'midfull'),
        ', né(e) le ',
        c.dob(),
        ', domicilié(e) ',
        c.addr(),
        '. RIB/IBAN : ',
        c.iban(),
        '.',
      ],
      es: () => [
        'le paso los datos que pidió RR. HH.: ',
        c.P(from, 'midfull'),
        ', nacido/a el ',
        c.dob(),
        ', domicilio en ',
        c.addr(),
        '. Cuenta para la nómina: ',
        c.iban(),
        '.',
      ],
    }),
  };
}

function pastedMail(c: Ctx, from: Name, to: Name): Piece {
  const out: Piece[] = [];
  const sc = mailScenario(c, from);
  if (c.ch(0.6)) {
    const H = {
      en: ['From', 'To', 'Sent', 'Subject'],
      de: ['Von', 'An', 'Gesendet', 'Betreff'],
      fr: ['De', 'À', 'Envoyé', 'Objet'],
      es: ['De', 'Para', 'Enviado', 'Asunto'],
    }[c.lang];
    out.push(H[0]!, ': ', c.P(from), ' <', c.email(from), '>\n');
    out.push(H[1]!, ': ', c.ch(0.5) ? [c.P(to), ' <', c.email(to), '>'] : c.email(to), '\n');
    out.push(H[2]!, ': ', c.ch(0.5) ? c.nTs(c.pick(['isoOff', 'sql'])) : c.nDate(), '\n');
    out.push(H[3]!, ': ', sc.subj, '\n\n');
  }
  out.push(greet(c, to), '\n\n', sc.body, '\n\n');
  if (c.ch(0.3)) out.push(c.decoy(), '\n\n');
  out.push(closing(c), '\n', c.ch(0.35) ? [c.P(from, 'first'), '\n'] : sig(c, from));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Genres

function tPromptEmail(c: Ctx): void {
  const from = c.person(c.near());
  const me = c.person();
  const ask = LX(c, {
    en: [
      () => 'Summarise this email in three bullet points:',
      () => 'Can you draft a polite reply to this? Say yes to the new date.',
      () => 'tl;dr please',
      () => 'Translate the following email into German, keep the formatting.',
      () => 'What does the sender actually want from me?',
      () => 'Extract the action items from this mail and put them in a table.',
      () => ['Turn this into a ', c.nn('Jira'), ' ticket description:'],
    ],
    de: [
      () => 'Fasse diese Mail in drei Stichpunkten zusammen:',
      () => 'Kannst du eine höfliche Antwort entwerfen? Zusage für den neuen Termin.',
      () => 'Bitte kurz zusammenfassen:',
      () => 'Übersetze die folgende E-Mail ins Englische.',
      () => 'Was will der Absender eigentlich von mir?',
      () => 'Formuliere eine freundliche Absage auf diese Mail:',
      () => 'Extrahiere die To-dos aus dieser Nachricht:',
    ],
    fr: [
      () => 'Résume cet e-mail en trois points :',
      () => 'Peux-tu rédiger une réponse polie ? Accepte la nouvelle date.',
      () => 'Traduis ce mail en anglais stp',
      () => 'Que veut vraiment l’expéditeur ?',
      () => 'Rédige une réponse pour refuser poliment :',
      () => 'Extrais les actions à faire de ce message :',
    ],
    es: [
      () => 'Resume este correo en tres puntos:',
      () => '¿Puedes redactar una respuesta educada? Acepta la nueva fecha.',
      () => 'Tradúceme este correo al inglés, porfa',
      () => '¿Qué quiere realmente el remitente?',
      () => 'Redacta una respuesta rechazando amablemente:',
      () => 'Extrae las tareas pendientes de este mensaje:',
    ],
  });
  const fence = c.pick(['"""', '```', '---', '', '<email>', '>>>']);
  const endFence = fence === '<email>' ? '</email>' : fence === '>>>' ? '' : fence;
  const before = c.ch(0.75);
  if (before) c.d.put(ask, '\n\n');
  if (fence !== '') c.d.put(fence, '\n');
  c.d.put(pastedMail(c, from, me));
  if (endFence !== '') c.d.put(endFence, '\n');
  if (!before) c.d.put('\n', ask, '\n');
  if (c.ch(0.3))
    c.d.put(
      LX(c, {
        en: [
          () => ['Sign it as ', c.P(me, 'first'), ', not with my full name.'],
          () => ['Don’t put my mobile (', c.phone(), ') in the reply.'],
          () => 'Keep it under 120 words.',
        ],
        de: [
          () => ['Unterschreib nur mit ', c.P(me, 'first'), '.'],
          () => ['Meine Handynummer (', c.phone(), ') bitte nicht reinschreiben.'],
          () => 'Maximal 120 Wörter.',
        ],
        fr: [
          () => ['Signe simplement ', c.P(me, 'first'), '.'],
          () => ['Ne mets pas mon portable (', c.phone(), ') dans la réponse.'],
          () => '120 mots maximum.',
        ],
        es: [
          () => ['Fírmalo solo como ', c.P(me, 'first'), '.'],
          () => ['No pongas mi móvil (', c.phone(), ') en la respuesta.'],
          () => 'Máximo 120 palabras.',
        ],
      }),
      '\n',
    );
}

function tDraftReply(c: Ctx): void {
  const cust = c.person(c.near());
  const me = c.person();
  const dl = dialog(c, cust);
  c.d.put(
    LX(c, {
      en: [
        () => 'Sure — here’s a draft reply:',
        () => ['Here is a suggested response you can send to ', c.P(cust, 'first'), ':'],
        () => 'Draft:',
      ],
      de: [
        () => 'Gern, hier ein Entwurf:',
        () => ['Hier ein Antwortvorschlag an ', c.titled(cust), ':'],
        () => 'Entwurf:',
      ],
      fr: [
        () => 'Bien sûr, voici une proposition de réponse :',
        () => ['Voici un brouillon de réponse pour ', c.P(cust, 'first'), ' :'],
        () => 'Brouillon :',
      ],
      es: [
        () => 'Claro, aquí tienes un borrador:',
        () => ['Aquí tienes una propuesta de respuesta para ', c.P(cust, 'first'), ':'],
        () => 'Borrador:',
      ],
    }),
    '\n\n',
  );
  if (c.ch(0.5))
    c.d.put(
      c.s({ en: 'Subject: ', de: 'Betreff: ', fr: 'Objet : ', es: 'Asunto: ' }),
      'Re: ',
      c.s({ en: 'Your request', de: 'Ihre Anfrage', fr: 'Votre demande', es: 'Su solicitud' }),
      ' ',
      c.nOrder(),
      '\n\n',
    );
  c.d.put(greet(c, cust, c.lang === 'de' ? c.ch(0.85) : undefined), '\n\n', dl.bot, '\n\n');
  if (c.ch(0.4))
    c.d.put(
      LX(c, {
        en: [
          () => ['If you have any questions, reply to this email or call us on ', c.phone(), '.'],
          () => ['You can also manage your details at ', c.url('portal'), '.'],
        ],
        de: [
          () => ['Bei Fragen erreichen Sie uns unter ', c.phone(), '.'],
          () => ['Ihre Daten können Sie jederzeit unter ', c.url('portal'), ' ändern.'],
        ],
        fr: [
          () => ['Pour toute question, appelez-nous au ', c.phone(), '.'],
          () => ['Vous pouvez gérer vos informations sur ', c.url('portal'), '.'],
        ],
        es: [
          () => ['Para cualquier duda, llámenos al ', c.phone(), '.'],
          () => ['Puede gestionar sus datos en ', c.url('portal'), '.'],
        ],
      }),
      '\n\n',
    );
  c.d.put(closing(c), '\n', c.P(me, c.pick<Form>(['first', 'full'])), '\n', c.nCo(), '\n');
  if (c.ch(0.5))
    c.d.put(
      '\n',
      LX(c, {
        en: [
          () => [
            'Note: I left the customer’s date of birth (',
            c.dob(),
            ') out of the reply since it isn’t needed.',
          ],
          () => 'Want me to make it more formal?',
          () => ['I addressed it to ', c.P(cust), ' — double-check the spelling.'],
        ],
        de: [
          () => [
            'Hinweis: Das Geburtsdatum (',
            c.dob(),
            ') habe ich weggelassen, es wird nicht gebraucht.',
          ],
          () => 'Soll ich es förmlicher formulieren?',
          () => ['Adressiert an ', c.P(cust), ' – bitte Schreibweise prüfen.'],
        ],
        fr: [
          () => ['Remarque : j’ai retiré la date de naissance (', c.dob(), '), inutile ici.'],
          () => 'Tu veux une version plus formelle ?',
          () => ['Adressé à ', c.P(cust), ', vérifie l’orthographe.'],
        ],
        es: [
          () => ['Nota: he quitado la fecha de nacimiento (', c.dob(), ') porque no hace falta.'],
          () => '¿Quieres una versión más formal?',
          () => ['Va dirigido a ', c.P(cust), '; revisa la ortografía.'],
        ],
      }),
      '\n',
    );
}

function tPromptCv(c: Ctx): void {
  const n = c.person();
  const ref = c.person(c.near());
  c.d.put(
    LX(c, {
      en: [
        () => 'Summarise this CV in 5 bullet points for the hiring manager.',
        () => 'Rewrite this resume so it fits on one page:',
        () => 'Is this candidate a fit for a Senior Data Engineer role? CV below.',
      ],
      de: [
        () => 'Fass diesen Lebenslauf in 5 Punkten für die Fachabteilung zusammen.',
        () => 'Kürze den Lebenslauf auf eine Seite:',
        () => 'Passt die Person auf unsere Stelle als Data Engineer (m/w/d)? Lebenslauf:',
      ],
      fr: [
        () => 'Résume ce CV en 5 points pour le manager.',
        () => 'Réécris ce CV pour qu’il tienne sur une page :',
        () => 'Ce profil convient-il pour un poste de Data Engineer senior ? Voici le CV :',
      ],
      es: [
        () => 'Resume este CV en 5 puntos para el responsable de la vacante.',
        () => 'Reescribe este currículum para que quepa en una página:',
        () => '¿Encaja este perfil en un puesto de Data Engineer sénior? CV:',
      ],
    }),
    '\n\n',
  );
  c.d.put(c.ch(0.4) ? c.P(n, 'caps') : c.P(n, c.pick<Form>(['full', 'midfull', 'full'])), '\n');
  c.d.put(
    c.s({
      en: ['Data Engineer', 'Customer Success Lead', 'ML Engineer', 'Paralegal'],
      de: ['Data Engineer', 'Kauffrau für Büromanagement', 'Softwareentwickler', 'Projektleitung'],
      fr: ['Ingénieure data', 'Chargé de projet', 'Développeur full-stack', 'Juriste'],
      es: ['Ingeniera de datos', 'Técnico de soporte', 'Desarrollador backend', 'Abogada'],
    }),
    '\n',
  );
  const contact: Piece[] = [];
  const sep = c.pick([' · ', ' | ', '\n', ' – ']);
  if (c.ch(0.6)) contact.push(c.addr());
  contact.push(c.phone(), c.email(n, c.pick(c.c.mail)));
  if (c.ch(0.6)) contact.push(c.url(c.lang === 'de' && c.ch(0.4) ? 'xing' : 'linkedin', n));
  const shuffled = c.r.shuffle(contact);
  shuffled.forEach((p, i) => c.d.put(i > 0 ? sep : '', p));
  c.d.put('\n');
  const showDob = c.lang === 'en' ? c.ch(0.25) : c.ch(0.7);
  if (showDob)
    c.d.put(
      c.s({
        en: ['Date of birth: ', 'DOB: ', 'Born '],
        de: ['Geburtsdatum: ', 'geb. ', 'Geboren am '],
        fr: ['Date de naissance : ', 'Né(e) le '],
        es: ['Fecha de nacimiento: ', 'Nacido/a el '],
      }),
      c.dob(),
      '\n',
    );
  if (c.lang === 'en' && c.c.cc === 'US' && c.ch(0.35))
    c.d.put('SSN (for background check): ', c.ssn(), '\n');
  c.d.put(
    '\n',
    c.s({ en: 'EXPERIENCE', de: 'BERUFSERFAHRUNG', fr: 'EXPÉRIENCE', es: 'EXPERIENCIA' }),
    '\n',
  );
  const jobs = c.int(2, 3);
  for (let i = 0; i < jobs; i++) {
    const co = c.others[i % c.others.length]!;
    c.d.put(
      nMonthYear(c, 2012, 2019),
      ' – ',
      i === 0
        ? c.s({ en: 'present', de: 'heute', fr: 'aujourd’hui', es: 'actualidad' })
        : nMonthYear(c, 2019, 2023),
      '  ',
      c.nCo(co),
      '\n',
    );
    c.d.put(
      '- ',
      LX(c, {
        en: [
          () => [
            'Migrated nightly ',
            c.nn('Airflow'),
            ' jobs to ',
            c.nn('Kubernetes'),
            ', cutting runtime by 40 %',
          ],
          () => ['Built the RAG pipeline on ', c.nSoft(), ' and ', c.nSoft()],
          () => ['Led a team of 4; reported to the ', c.nJob()],
        ],
        de: [
          () => [
            'Migration der ',
            c.nn('Airflow'),
            '-Jobs nach ',
            c.nn('Kubernetes'),
            ' (Laufzeit −40 %)',
          ],
          () => ['Aufbau der RAG-Pipeline mit ', c.nSoft(), ' und ', c.nSoft()],
          () => ['Leitung eines 4-köpfigen Teams, Berichtslinie an ', c.nJob()],
        ],
        fr: [
          () => [
            'Migration des jobs ',
            c.nn('Airflow'),
            ' vers ',
            c.nn('Kubernetes'),
            ' (−40 % de temps)',
          ],
          () => ['Mise en place du pipeline RAG avec ', c.nSoft(), ' et ', c.nSoft()],
          () => ['Encadrement de 4 personnes, rattaché(e) au ', c.nJob()],
        ],
        es: [
          () => [
            'Migración de los jobs de ',
            c.nn('Airflow'),
            ' a ',
            c.nn('Kubernetes'),
            ' (−40 % de tiempo)',
          ],
          () => ['Construcción del pipeline RAG con ', c.nSoft(), ' y ', c.nSoft()],
          () => ['Dirección de un equipo de 4, reportando al ', c.nJob()],
        ],
      }),
      '\n',
    );
  }
  c.d.put(
    '\n',
    c.s({ en: 'SKILLS', de: 'KENNTNISSE', fr: 'COMPÉTENCES', es: 'HABILIDADES' }),
    ': Python, SQL, ',
    c.nSoft(),
    ', ',
    c.nSoft(),
    ', ',
    c.nSoft(),
    '\n',
  );
  if (c.ch(0.5)) {
    c.d.put(c.s({ en: 'REFERENCES', de: 'REFERENZEN', fr: 'RÉFÉRENCES', es: 'REFERENCIAS' }), '\n');
    c.d.put(
      c.ch(0.4) ? c.titled(ref) : c.P(ref),
      ', ',
      c.nJob(),
      ', ',
      c.nCo(c.others[0]),
      ' – ',
      c.email(ref, c.others[0]!.domain),
      c.ch(0.5) ? [', ', c.phone(c.near())] : '',
      '\n',
    );
  }
}

function tPromptContract(c: Ctx): void {
  const a = c.person();
  const b = c.person(c.near());
  c.d.put(
    LX(c, {
      en: [
        () => 'Check this clause for anything unusual before I sign:',
        () => 'Explain this contract in plain language.',
        () => 'What is my notice period here?',
      ],
      de: [
        () => 'Prüf bitte den Vertrag auf ungewöhnliche Klauseln, bevor ich unterschreibe:',
        () => 'Erklär mir den Vertrag in einfacher Sprache.',
        () => 'Welche Kündigungsfrist habe ich hier?',
      ],
      fr: [
        () => 'Vérifie ce contrat avant que je signe, y a-t-il des clauses bizarres ?',
        () => 'Explique-moi ce contrat simplement.',
        () => 'Quel est mon préavis ici ?',
      ],
      es: [
        () => 'Revisa este contrato antes de firmarlo, ¿hay alguna cláusula rara?',
        () => 'Explícame este contrato en lenguaje sencillo.',
        () => '¿Cuál es mi plazo de preaviso?',
      ],
    }),
    '\n\n',
  );
  const rent = c.nPrice();
  const iban = c.iban();
  const dt = c.nDate();
  L(c, {
    en: () => {
      c.d.put(
        c.pick(['TENANCY AGREEMENT', 'RESIDENTIAL LEASE', 'Assured Shorthold Tenancy Agreement']),
        '\n\n',
      );
      c.d.put(
        'This agreement is made on ',
        dt,
        ' between ',
        c.P(a, c.pick<Form>(['full', 'midfull'])),
        ' of ',
        c.addr(),
        ' ("Landlord") and ',
        c.P(b),
        ', born ',
        c.dob(),
        ', currently residing at ',
        c.addr(c.near()),
        ' ("Tenant").\n\n',
      );
      c.d.put(
        '1. Rent. The Tenant shall pay ',
        rent,
        ' per month in advance to the Landlord’s account ',
        iban,
        '.\n',
      );
      c.d.put(
        '2. Deposit. A deposit of ',
        c.nPrice(),
        ' is held with the deposit scheme (ref ',
        c.nOrder(),
        ').\n',
      );
      c.d.put('3. Notices may be sent to ', c.email(a), ' or by phone to ', c.phone(), '.\n\n');
      c.d.put('Signed: ____________ ', c.P(a), '     ____________ ', c.P(b), '\n');
      return '';
    },
    de: () => {
      c.d.put(
        c.pick(['MIETVERTRAG', 'Mietvertrag über Wohnraum', 'UNTERMIETVERTRAG']),
        '\n\nzwischen\n',
        c.P(a, c.pick<Form>(['full', 'lf'])),
        ', ',
        c.addr(),
        '\n– nachfolgend „Vermieter“ –\nund\n',
        c.P(b),
        ', geb. ',
        c.dob(),
        ', derzeit wohnhaft ',
        c.addr(c.near()),
        '\n– nachfolgend „Mieter“ –\n\n',
      );
      c.d.put(
        '§ 3 Miete\nDie Miete beträgt monatlich ',
        rent,
        ' und ist bis zum 3. Werktag auf das Konto ',
        iban,
        ' zu zahlen.\n',
      );
      c.d.put('§ 5 Kaution\nDie Kaution beträgt ', c.nPrice(), '.\n');
      c.d.put('§ 12 Kontakt Hausverwaltung: ', c.nCo(), ', ', c.phone(), ', ', c.email(), '\n\n');
      c.d.put(c.nn(c.pick(c.c.cities)), ', den ', dt, '\n\n__________________\n', c.P(a), '\n');
      return '';
    },
    fr: () => {
      c.d.put(
        c.pick(['CONTRAT DE LOCATION', 'BAIL D’HABITATION', 'CONTRAT DE BAIL']),
        '\n\nEntre les soussignés :\n',
        c.titled(a),
        ' (',
        c.P(a, 'LF'),
        '), demeurant ',
        c.addr(),
        ', ci-après « le bailleur »,\net ',
        c.P(b),
        ', né(e) le ',
        c.dob(),
        ', demeurant actuellement ',
        c.addr(c.near()),
        ', ci-après « le locataire ».\n\n',
      );
      c.d.put(
        'Article 3 – Loyer : ',
        rent,
        ' par mois, payable par virement sur le compte ',
        iban,
        '.\n',
      );
      c.d.put('Article 4 – Dépôt de garantie : ', c.nPrice(), '.\n');
      c.d.put('Contact du bailleur : ', c.phone(), ' / ', c.email(a), '\n\n');
      c.d.put('Fait à ', c.nn(c.pick(c.c.cities)), ', le ', dt, '\n', c.P(a), '\n');
      return '';
    },
    es: () => {
      c.d.put(
        c.pick(['CONTRATO DE ARRENDAMIENTO DE VIVIENDA', 'CONTRATO DE ALQUILER']),
        '\n\nEn ',
        c.nn(c.pick(c.c.cities)),
        ', a ',
        dt,
        '\n\nREUNIDOS\nDe una parte, ',
        c.titled(a),
        ', mayor de edad, con domicilio en ',
        c.addr(),
        ', en adelante el ARRENDADOR.\nDe otra parte, ',
        c.P(b),
        ', nacido/a el ',
        c.dob(),
        ', con domicilio en ',
        c.addr(c.near()),
        ', en adelante el ARRENDATARIO.\n\n',
      );
      c.d.put(
        'TERCERA. Renta: ',
        rent,
        ' mensuales, que se abonarán en la cuenta ',
        iban,
        ' dentro de los cinco primeros días de cada mes.\n',
      );
      c.d.put('CUARTA. Fianza: ', c.nPrice(), '.\n');
      c.d.put(
        'Notificaciones: ',
        c.email(a),
        ', tel. ',
        c.phone(),
        '\n\nFdo.: ',
        c.P(a),
        '          Fdo.: ',
        c.P(b),
        '\n',
      );
      return '';
    },
  });
}

function kvLines(
  c: Ctx,
  rows: readonly (readonly [string, Piece])[],
  style: 'colon' | 'md' | 'json' | 'yaml',
): void {
  if (style === 'md') {
    c.d.put(
      mdRow(rows.map((r) => r[0])),
      mdRow(rows.map(() => '---')),
      mdRow(rows.map((r) => r[1])),
    );
    return;
  }
  if (style === 'json') {
    const obj: Record<string, JV> = {};
    for (const [k, v] of rows) obj[snake(k)] = new Rich([v]);
    c.d.put(json(obj, { indent: 2, spaced: true }), '\n');
    return;
  }
  for (const [k, v] of rows) c.d.put(style === 'yaml' ? `${snake(k)}: ` : `${k}: `, v, '\n');
}

function tCrmPrompt(c: Ctx): void {
  const n = c.person();
  const owner = c.person();
  const spouse = c.person(c.c, n.src === 'invented');
  c.d.put(
    LX(c, {
      en: [
        () => [
          'Here’s the customer record from ',
          c.nn('Salesforce'),
          '. Write a short follow-up email offering the annual plan.',
        ],
        () => 'Based on this CRM entry, what should I mention on the renewal call?',
        () => 'Draft a win-back email for this customer:',
      ],
      de: [
        () => [
          'Hier der Kundendatensatz aus ',
          c.nn('Salesforce'),
          '. Schreib eine kurze Nachfass-Mail mit dem Jahresangebot.',
        ],
        () => 'Was sollte ich beim Verlängerungsgespräch ansprechen? Datensatz:',
        () => 'Entwirf eine Rückgewinnungs-Mail für diesen Kunden:',
      ],
      fr: [
        () => [
          'Voici la fiche client exportée de ',
          c.nn('Salesforce'),
          '. Rédige un e-mail de relance pour l’offre annuelle.',
        ],
        () => 'D’après cette fiche, que dois-je aborder lors de l’appel de renouvellement ?',
        () => 'Propose un e-mail de reconquête pour ce client :',
      ],
      es: [
        () => [
          'Esta es la ficha del cliente de ',
          c.nn('Salesforce'),
          '. Escribe un correo de seguimiento ofreciendo el plan anual.',
        ],
        () => 'Según esta ficha, ¿qué debería mencionar en la llamada de renovación?',
        () => 'Redacta un correo para recuperar a este cliente:',
      ],
    }),
    '\n\n',
  );
  const K = {
    en: [
      'Name',
      'Email',
      'Phone',
      'Address',
      'Date of birth',
      'Customer since',
      'Customer ID',
      'MRR',
      'Owner',
      'Notes',
    ],
    de: [
      'Name',
      'E-Mail',
      'Telefon',
      'Anschrift',
      'Geburtsdatum',
      'Kunde seit',
      'Kundennr.',
      'Umsatz/Monat',
      'Betreuer',
      'Notizen',
    ],
    fr: [
      'Nom',
      'E-mail',
      'Téléphone',
      'Adresse',
      'Date de naissance',
      'Client depuis',
      'N° client',
      'CA mensuel',
      'Responsable',
      'Notes',
    ],
    es: [
      'Nombre',
      'Correo',
      'Teléfono',
      'Dirección',
      'Fecha de nacimiento',
      'Cliente desde',
      'Nº cliente',
      'Facturación/mes',
      'Responsable',
      'Notas',
    ],
  }[c.lang];
  const notes = LX(c, {
    en: [
      () => ['Prefers calls after 5pm. Spoke to her partner ', c.P(spouse, 'first'), ' last time.'],
      () => ['Card on file updated by phone: ', c.card()],
      () => ['Complained about ', c.nBrand(), ' integration; wants a discount.'],
      () => ['Asked us to use ', c.email(n, c.pick(c.c.mail)), ' from now on.'],
      () => ['Gift card ', c.nCard(), ' redeemed, balance ', c.nPrice(), '.'],
    ],
    de: [
      () => [
        'Lieber nachmittags anrufen. Letztes Mal mit Ehepartner ',
        c.P(spouse, 'first'),
        ' gesprochen.',
      ],
      () => ['Neue Karte telefonisch hinterlegt: ', c.card()],
      () => ['Beschwerde wegen ', c.nBrand(), '-Anbindung, möchte Rabatt.'],
      () => ['Bitte ab jetzt ', c.email(n, c.pick(c.c.mail)), ' verwenden.'],
      () => ['Gutscheinkarte ', c.nCard(), ' eingelöst, Restguthaben ', c.nPrice(), '.'],
    ],
    fr: [
      () => [
        'Préfère être appelé(e) après 17 h. Dernier échange avec son conjoint ',
        c.P(spouse, 'first'),
        '.',
      ],
      () => ['Carte mise à jour par téléphone : ', c.card()],
      () => ['Se plaint de l’intégration ', c.nBrand(), ', demande une remise.'],
      () => ['Utiliser désormais ', c.email(n, c.pick(c.c.mail)), '.'],
    ],
    es: [
      () => [
        'Prefiere llamadas por la tarde. La última vez hablé con su pareja, ',
        c.P(spouse, 'first'),
        '.',
      ],
      () => ['Tarjeta actualizada por teléfono: ', c.card()],
      () => ['Se queja de la integración con ', c.nBrand(), '; pide descuento.'],
      () => ['A partir de ahora usar ', c.email(n, c.pick(c.c.mail)), '.'],
    ],
  });
  const rows: [string, Piece][] = [
    [K[0]!, c.P(n, c.pick<Form>(['full', 'lf', 'full', 'midfull']))],
    [K[1]!, c.email(n)],
    [K[2]!, c.phone()],
  ];
  if (c.ch(0.7)) rows.push([K[3]!, c.addr()]);
  if (c.ch(0.4)) rows.push([K[4]!, c.dob()]);
  if (c.c.cc === 'US' && c.ch(0.5)) rows.push(['SSN', c.ssn()]);
  rows.push([K[5]!, c.nDate()], [K[6]!, c.nOrder()]);
  if (c.ch(0.6)) rows.push([K[7]!, c.nPrice()]);
  rows.push([K[8]!, c.P(owner, c.pick<Form>(['full', 'init', 'first']))]);
  if (c.ch(0.7)) rows.push([K[9]!, notes]);
  kvLines(c, rows, c.pick(['colon', 'colon', 'md', 'json', 'yaml']));
}

function tErrorLog(c: Ctx): void {
  const n = c.person();
  c.d.put(
    LX(c, {
      en: [
        () => 'Why does this fail? Logs below',
        () => 'can you help me debug this? started after the deploy',
        () => 'What does this error mean and how do I fix it?',
      ],
      de: [
        () => 'Warum schlägt das fehl? Logs:',
        () => 'kannst du mir beim Debuggen helfen? Seit dem Deploy kaputt',
        () => 'Was bedeutet dieser Fehler?',
      ],
      fr: [
        () => 'Pourquoi ça plante ? Voici les logs',
        () => 'tu peux m’aider à débugger ? ça casse depuis le déploiement',
        () => 'Que signifie cette erreur ?',
      ],
      es: [
        () => '¿Por qué falla esto? Logs abajo',
        () => '¿me ayudas a depurar esto? falla desde el despliegue',
        () => '¿Qué significa este error?',
      ],
    }),
    '\n\n```\n',
  );
  const svc = c.pick(['rag-ingest', 'support-bot', 'llm-gateway', 'crm-sync', 'embedder']);
  const lines: Piece[] = [];
  const ts = (): Neg => c.nTs(c.pick(['isoZ', 'isoMs', 'sql']));
  lines.push([ts(), ' INFO  ', svc, ' starting ', c.nVer(), ' (commit ', c.nSha('short'), ')']);
  if (c.ch(0.5))
    lines.push([
      ts(),
      ' INFO  build ',
      c.nVerQuad(),
      ' on node ',
      c.pick(['worker-3', 'ip-internal', 'gpu-a100-2']),
    ]);
  lines.push([ts(), ' DEBUG request_id=', c.nUuid(), ' user=', c.email(n), ' client_ip=', c.ip()]);
  const k = c.int(0, 3);
  if (k === 0) {
    lines.push([
      ts(),
      ' DEBUG headers: {"Authorization": "Bearer ',
      c.jwt(),
      '", "X-Forwarded-For": "',
      c.ip(false),
      '"}',
    ]);
    lines.push([ts(), ' ERROR 401 Unauthorized from ', c.url('api'), ' (trace ', c.nTrace(), ')']);
  } else if (k === 1) {
    lines.push([
      ts(),
      ' ERROR could not connect to server: Connection refused\n\tIs the server running on host "',
      new Ent(TYPES.IP, c.ip4Str(true)),
      '" and accepting TCP/IP connections on port 5432?',
    ]);
  } else if (k === 2) {
    lines.push([
      'Traceback (most recent call last):\n  File "/srv/app/',
      svc.replace('-', '_'),
      '/pipeline.py", line ',
      String(c.int(40, 400)),
      ', in normalize_contact\n    raise ValueError(f"invalid phone {raw!r} for customer {name}")\nValueError: invalid phone \'',
      c.phone(),
      "' for customer ",
      c.P(n),
    ]);
  } else {
    lines.push([ts(), ' WARN  slack notify failed: invalid_auth (token=', c.slack(), ')']);
    lines.push([
      ts(),
      ' ERROR webhook ',
      c.url('api'),
      ' returned 500 after ',
      String(c.int(2, 30)),
      ' retries',
    ]);
  }
  if (c.ch(0.3))
    lines.push([ts(), ' INFO  retry scheduled job=', c.nUuid(), ' at ', c.nTs('epoch')]);
  for (const l of lines) c.d.put(l, '\n');
  c.d.put('```\n');
  if (c.ch(0.4))
    c.d.put(
      LX(c, {
        en: [
          () => [
            'I’m on ',
            c.nSoft(),
            ' ',
            c.nVer(),
            '. The user who reported it is ',
            c.P(n),
            '.',
          ],
          () => 'Staging works, prod doesn’t.',
        ],
        de: [
          () => ['Wir nutzen ', c.nSoft(), ' ', c.nVer(), '. Gemeldet hat es ', c.P(n), '.'],
          () => 'Auf Staging geht es, in Prod nicht.',
        ],
        fr: [
          () => ['On est sur ', c.nSoft(), ' ', c.nVer(), '. C’est ', c.P(n), ' qui l’a signalé.'],
          () => 'En recette ça marche, pas en prod.',
        ],
        es: [
          () => ['Usamos ', c.nSoft(), ' ', c.nVer(), '. Lo reportó ', c.P(n), '.'],
          () => 'En staging funciona, en prod no.',
        ],
      }),
      '\n',
    );
}

function tConfigPrompt(c: Ctx): void {
  const admin = c.person();
  c.d.put(
    LX(c, {
      en: [
        () => 'my docker compose stack won’t start, here’s the file:',
        () => 'Is this config secure enough for prod?',
        () => 'Convert this .env into a Kubernetes Secret manifest',
        () => 'Why can’t the app reach the database with these settings?',
      ],
      de: [
        () => 'Mein docker-compose startet nicht, hier die Datei:',
        () => 'Ist die Konfiguration so produktionstauglich?',
        () => 'Mach aus dieser .env ein Kubernetes-Secret',
        () => 'Warum erreicht die App die Datenbank nicht?',
      ],
      fr: [
        () => 'ma stack docker compose ne démarre pas, voici le fichier :',
        () => 'Cette config est-elle assez sûre pour la prod ?',
        () => 'Convertis ce .env en Secret Kubernetes',
        () => 'Pourquoi l’appli n’arrive pas à joindre la base ?',
      ],
      es: [
        () => 'mi docker compose no arranca, aquí está el archivo:',
        () => '¿Esta configuración es segura para producción?',
        () => 'Convierte este .env en un Secret de Kubernetes',
        () => '¿Por qué la app no llega a la base de datos?',
      ],
    }),
    '\n\n',
  );
  const fmt = c.pick(['env', 'compose', 'yaml', 'json', 'toml']);
  const items: [string, Piece][] = [];
  items.push(['DB_HOST', new Ent(TYPES.IP, c.ip4Str(c.ch(0.8)))]);
  items.push(['DB_PASSWORD', c.secret(c.pick(['pw', 'rand', 'hex']))]);
  const extra = c.r.some(
    ['aws', 'slack', 'gh', 'openai', 'jwt', 'smtp', 'admin', 'sentry', 'pem', 'stripe', 'hf'],
    2,
    5,
  );
  for (const x of extra) {
    if (x === 'aws')
      items.push(['AWS_ACCESS_KEY_ID', c.aws()], ['AWS_SECRET_ACCESS_KEY', c.awsSecret()]);
    else if (x === 'slack') items.push(['SLACK_BOT_TOKEN', c.slack()]);
    else if (x === 'gh') items.push(['GITHUB_TOKEN', c.gh()]);
    else if (x === 'openai') items.push(['OPENAI_API_KEY', c.secret('openai')]);
    else if (x === 'jwt') items.push(['JWT_SECRET', c.secret('hex')]);
    else if (x === 'smtp')
      items.push(['SMTP_USER', c.email(undefined, c.co.domain)], ['SMTP_PASS', c.secret('pw')]);
    else if (x === 'admin') items.push(['ADMIN_EMAIL', c.email(admin, c.co.domain)]);
    else if (x === 'sentry')
      items.push([
        'SENTRY_DSN',
        new Ent(
          TYPES.URL,
          `https://${c.r.chars(32, HEX)}@o${c.r.digits(6)}.ingest.sentry.io/${c.r.digits(7)}`,
        ),
      ]);
    else if (x === 'pem') items.push(['TLS_PRIVATE_KEY', c.pem(fmt === 'json' ? '\n' : '\\n')]);
    else if (x === 'stripe') items.push(['STRIPE_SECRET_KEY', c.secret('stripe')]);
    else items.push(['HF_TOKEN', c.secret('hf')]);
  }
  const ver = c.nVer();
  if (fmt === 'env') {
    c.d.put('# .env (', c.nDate(), ')\nAPP_VERSION=', ver, '\n');
    for (const [k, v] of items) c.d.put(k, '=', k === 'TLS_PRIVATE_KEY' ? ['"', v, '"'] : v, '\n');
  } else if (fmt === 'compose' || fmt === 'yaml') {
    if (fmt === 'compose')
      c.d.put(
        'services:\n  api:\n    image: ghcr.io/',
        c.co.domain.split('.')[0]!,
        '/api:',
        ver,
        '\n    environment:\n',
      );
    else c.d.put('app:\n  version: "', ver, '"\n  settings:\n');
    const ind = fmt === 'compose' ? '      ' : '    ';
    for (const [k, v] of items)
      c.d.put(ind, k, ': ', k === 'TLS_PRIVATE_KEY' || c.ch(0.3) ? ['"', v, '"'] : v, '\n');
    if (fmt === 'compose')
      c.d.put(
        '  db:\n    image: postgres:',
        new Neg('version', `${c.int(13, 17)}.${c.int(1, 9)}`),
        '\n',
      );
  } else if (fmt === 'json') {
    const obj: Record<string, JV> = { version: ver };
    for (const [k, v] of items) obj[k.toLowerCase()] = new Rich([v]);
    c.d.put(json(obj, { indent: 2, spaced: false }), '\n');
  } else {
    c.d.put('[app]\nversion = "', ver, '"\n\n[secrets]\n');
    for (const [k, v] of items) c.d.put(k.toLowerCase(), ' = "', v, '"\n');
  }
  if (c.ch(0.4))
    c.d.put(
      '\n',
      LX(c, {
        en: [
          () => ['Error: connection to ', c.ip(false), ' timed out'],
          () => ['ping ', c.P(admin, 'first'), ' if you need access'],
        ],
        de: [
          () => ['Fehler: Verbindung zu ', c.ip(false), ' Zeitüberschreitung'],
          () => ['Zugang bekommst du von ', c.P(admin, 'first')],
        ],
        fr: [
          () => ['Erreur : délai dépassé vers ', c.ip(false)],
          () => ['demande l’accès à ', c.P(admin, 'first')],
        ],
        es: [
          () => ['Error: tiempo de espera agotado con ', c.ip(false)],
          () => ['pídele acceso a ', c.P(admin, 'first')],
        ],
      }),
      '\n',
    );
}

function ragBody(c: Ctx): Piece {
  const k = c.pick(['escalation', 'onboarding', 'vendors', 'runbook', 'policy', 'case']);
  const a = c.person();
  const b = c.person();
  const area = c.s({
    en: ['Payments', 'Claims', 'Chatbot', 'Payroll'],
    de: ['Zahlungsverkehr', 'Schadenregulierung', 'Chatbot', 'Lohnabrechnung'],
    fr: ['Paiements', 'Sinistres', 'Chatbot', 'Paie'],
    es: ['Pagos', 'Siniestros', 'Chatbot', 'Nóminas'],
  });
  switch (k) {
    case 'escalation':
      return L(c, {
        en: () => [
          'Escalation matrix – ',
          area,
          '\nL1: service desk, ',
          c.email(),
          ', ext. 4410\nL2: ',
          c.P(a),
          ' (',
          c.nJob(),
          '), ',
          c.phone(),
          ', ',
          c.email(a, c.co.domain),
          '\nL3 (after hours): ',
          c.P(b),
          ', mobile ',
          c.phone(),
          '\nLast reviewed ',
          c.nDate(),
          ' by ',
          c.P(a, 'init'),
          '.',
        ],
        de: () => [
          'Eskalationsstufen – ',
          area,
          '\n1st Level: Servicedesk, ',
          c.email(),
          ', Durchwahl 4410\n2nd Level: ',
          c.P(a),
          ' (',
          c.nJob(),
          '), ',
          c.phone(),
          ', ',
          c.email(a, c.co.domain),
          '\nRufbereitschaft: ',
          c.P(b, c.pick<Form>(['full', 'lf'])),
          ', mobil ',
          c.phone(),
          '\nZuletzt geprüft am ',
          c.nDate(),
          ' von ',
          c.P(a, 'init'),
          '.',
        ],
        fr: () => [
          'Matrice d’escalade – ',
          area,
          '\nN1 : centre de services, ',
          c.email(),
          ', poste 4410\nN2 : ',
          c.P(a),
          ' (',
          c.nJob(),
          '), ',
          c.phone(),
          ', ',
          c.email(a, c.co.domain),
          '\nAstreinte : ',
          c.P(b, c.pick<Form>(['full', 'LF'])),
          ', portable ',
          c.phone(),
          '\nDernière revue le ',
          c.nDate(),
          ' par ',
          c.P(a, 'init'),
          '.',
        ],
        es: () => [
          'Matriz de escalado – ',
          area,
          '\nN1: mesa de ayuda, ',
          c.email(),
          ', ext. 4410\nN2: ',
          c.P(a),
          ' (',
          c.nJob(),
          '), ',
          c.phone(),
          ', ',
          c.email(a, c.co.domain),
          '\nGuardia: ',
          c.P(b),
          ', móvil ',
          c.phone(),
          '\nRevisado el ',
          c.nDate(),
          ' por ',
          c.P(a, 'init'),
          '.',
        ],
      });
    case 'onboarding':
      return L(c, {
        en: () => [
          '## Your first week\nYour buddy is ',
          c.P(a, 'first'),
          ' from the ',
          area,
          ' team. IT hands out laptops on ',
          c.nDay(),
          '. VPN gateway: ',
          c.ip(false),
          '. The guest Wi-Fi password is in the vault — ask ',
          c.nBot(),
          ', our assistant, not a colleague.\n',
          c.decoy(),
        ],
        de: () => [
          '## Deine erste Woche\nDein Pate ist ',
          c.P(a, 'first'),
          ' aus dem Team ',
          area,
          '. Laptops gibt die IT am ',
          c.nDay(),
          ' aus. VPN-Gateway: ',
          c.ip(false),
          '. Das Gäste-WLAN-Passwort steht im Tresor – frag ',
          c.nBot(),
          ', unseren Assistenten.\n',
          c.decoy(),
        ],
        fr: () => [
          '## Ta première semaine\nTon parrain est ',
          c.P(a, 'first'),
          ' de l’équipe ',
          area,
          '. L’informatique remet les portables le lundi. Passerelle VPN : ',
          c.ip(false),
          '. Le mot de passe du Wi-Fi invité est dans le coffre : demande à ',
          c.nBot(),
          ', notre assistant.\n',
          c.decoy(),
        ],
        es: () => [
          '## Tu primera semana\nTu mentor es ',
          c.P(a, 'first'),
          ', del equipo de ',
          area,
          '. IT entrega los portátiles el lunes. Pasarela VPN: ',
          c.ip(false),
          '. La contraseña del wifi de invitados está en el gestor: pregúntale a ',
          c.nBot(),
          ', nuestro asistente.\n',
          c.decoy(),
        ],
      });
    case 'vendors': {
      const H = {
        en: ['Vendor', 'Contact', 'Email', 'Phone'],
        de: ['Dienstleister', 'Ansprechpartner', 'E-Mail', 'Telefon'],
        fr: ['Prestataire', 'Contact', 'E-mail', 'Téléphone'],
        es: ['Proveedor', 'Contacto', 'Correo', 'Teléfono'],
      }[c.lang];
      const out: Piece[] = [mdRow(H), mdRow(H.map(() => '---'))];
      const n = c.int(2, 3);
      for (let i = 0; i < n; i++) {
        const co = c.others[i % c.others.length]!;
        const p = c.person(c.near());
        out.push(
          mdRow([
            c.nCo(co),
            c.P(p, c.pick<Form>(['full', 'full', 'lf', 'init'])),
            c.email(p, co.domain),
            c.phone(),
          ]),
        );
      }
      return out;
    }
    case 'runbook':
      return L(c, {
        en: () => [
          '### Nightly export failing\n1. Check the job in ',
          c.nSoft(),
          ' (build ',
          c.nVerQuad(),
          ').\n2. Re-run with the service token `',
          c.gh(),
          '` (rotate afterwards, owner: ',
          c.P(a),
          ').\n3. If the S3 upload fails, the fallback key is ',
          c.aws(),
          ' / ',
          c.awsSecret(),
          '.\n4. Post the result in #ops-',
          area.toLowerCase(),
          '.',
        ],
        de: () => [
          '### Nächtlicher Export schlägt fehl\n1. Job in ',
          c.nSoft(),
          ' prüfen (Build ',
          c.nVerQuad(),
          ').\n2. Mit dem Service-Token `',
          c.gh(),
          '` neu starten (danach rotieren, zuständig: ',
          c.P(a),
          ').\n3. Falls der S3-Upload scheitert: Ersatzschlüssel ',
          c.aws(),
          ' / ',
          c.awsSecret(),
          '.',
        ],
        fr: () => [
          '### Échec de l’export nocturne\n1. Vérifier le job dans ',
          c.nSoft(),
          ' (build ',
          c.nVerQuad(),
          ').\n2. Relancer avec le jeton de service `',
          c.gh(),
          '` (à renouveler ensuite, responsable : ',
          c.P(a),
          ').\n3. Si l’envoi S3 échoue, clé de secours : ',
          c.aws(),
          ' / ',
          c.awsSecret(),
          '.',
        ],
        es: () => [
          '### Falla la exportación nocturna\n1. Revisar el job en ',
          c.nSoft(),
          ' (build ',
          c.nVerQuad(),
          ').\n2. Relanzar con el token de servicio `',
          c.gh(),
          '` (rotarlo después, responsable: ',
          c.P(a),
          ').\n3. Si falla la subida a S3, la clave de respaldo es ',
          c.aws(),
          ' / ',
          c.awsSecret(),
          '.',
        ],
      });
    case 'policy':
      return L(c, {
        en: () => [
          'Travel expenses above ',
          c.nPrice(),
          ' need approval from ',
          c.P(a),
          ' (',
          c.nJob(),
          '). Submit receipts via ',
          c.url('intranet'),
          ' by the ',
          c.pick(['5th', '10th']),
          ' of the following month. Questions: ',
          c.email(a, c.co.domain),
          '.',
        ],
        de: () => [
          'Reisekosten über ',
          c.nPrice(),
          ' genehmigt ',
          c.P(a),
          ' (',
          c.nJob(),
          '). Belege bitte über ',
          c.url('intranet'),
          ' bis zum 10. des Folgemonats einreichen. Rückfragen: ',
          c.email(a, c.co.domain),
          '.',
        ],
        fr: () => [
          'Les frais de déplacement au-delà de ',
          c.nPrice(),
          ' sont validés par ',
          c.P(a),
          ' (',
          c.nJob(),
          '). Justificatifs via ',
          c.url('intranet'),
          ' avant le 10 du mois suivant. Questions : ',
          c.email(a, c.co.domain),
          '.',
        ],
        es: () => [
          'Los gastos de viaje superiores a ',
          c.nPrice(),
          ' los aprueba ',
          c.P(a),
          ' (',
          c.nJob(),
          '). Los justificantes se suben en ',
          c.url('intranet'),
          ' antes del día 10 del mes siguiente. Dudas: ',
          c.email(a, c.co.domain),
          '.',
        ],
      });
    default:
      return L(c, {
        en: () => [
          'Case ',
          c.nOrder(),
          ': customer ',
          c.P(b),
          ' (',
          c.email(b, c.pick(c.c.mail)),
          ') reported that the bot quoted the wrong price (',
          c.nPrice(),
          '). Resolved by ',
          c.P(a, 'first'),
          ' on ',
          c.nDate(),
          '.',
        ],
        de: () => [
          'Fall ',
          c.nOrder(),
          ': Kunde ',
          c.P(b),
          ' (',
          c.email(b, c.pick(c.c.mail)),
          ') meldete, dass der Bot einen falschen Preis nannte (',
          c.nPrice(),
          '). Gelöst von ',
          c.P(a, 'first'),
          ' am ',
          c.nDate(),
          '.',
        ],
        fr: () => [
          'Dossier ',
          c.nOrder(),
          ' : le client ',
          c.P(b),
          ' (',
          c.email(b, c.pick(c.c.mail)),
          ') signale que le bot a annoncé un mauvais prix (',
          c.nPrice(),
          '). Résolu par ',
          c.P(a, 'first'),
          ' le ',
          c.nDate(),
          '.',
        ],
        es: () => [
          'Caso ',
          c.nOrder(),
          ': el cliente ',
          c.P(b),
          ' (',
          c.email(b, c.pick(c.c.mail)),
          ') indicó que el bot dio un precio erróneo (',
          c.nPrice(),
          '). Resuelto por ',
          c.P(a, 'first'),
          ' el ',
          c.nDate(),
          '.',
        ],
      });
  }
}

function tRagChunk(c: Ctx): void {
  const chunks = c.ch(0.3) ? 2 : 1;
  if (c.ch(0.3))
    c.d.put(c.s({ en: 'Context:', de: 'Kontext:', fr: 'Contexte :', es: 'Contexto:' }), '\n');
  for (let i = 0; i < chunks; i++) {
    const style = c.pick(['bracket', 'xml', 'source', 'json']);
    const src = c.url(c.pick(['wiki', 'confluence', 'notion', 'sharepoint']));
    const body = ragBody(c);
    const total = c.int(3, 40);
    const idx = c.int(1, total);
    if (style === 'bracket')
      c.d.put(
        '[doc_id=',
        c.nUuid(),
        ' | source=',
        src,
        ' | chunk=',
        `${idx}/${total}`,
        ' | score=0.',
        String(c.int(61, 97)),
        ']\n',
        body,
        '\n\n',
      );
    else if (style === 'xml')
      c.d.put(
        '<chunk source="',
        src,
        '" updated="',
        c.nTs('isoZ'),
        '" rank="',
        String(i + 1),
        '">\n',
        body,
        '\n</chunk>\n',
      );
    else if (style === 'source')
      c.d.put(
        c.s({ en: 'Source: ', de: 'Quelle: ', fr: 'Source : ', es: 'Fuente: ' }),
        src,
        '\n',
        c.s({ en: 'Retrieved: ', de: 'Abgerufen: ', fr: 'Récupéré : ', es: 'Recuperado: ' }),
        c.nTs('sql'),
        '\n---\n',
        body,
        '\n\n',
      );
    else {
      const author = c.person();
      c.d.put(
        json(
          {
            id: c.nUuid(),
            score: Number(`0.${String(c.int(61, 97))}`),
            metadata: { source: src, updated_at: c.nTs('isoZ'), author: c.P(author), chunk: idx },
            text: new Rich([body]),
          },
          { indent: c.pick([0, 2]), spaced: true },
        ),
        '\n',
      );
    }
  }
  if (c.ch(0.5))
    c.d.put(
      c.s({
        en: [
          'Question: who do I call if payments are down at night?',
          'Answer the user using only the context above.',
          'User question: how do I get VPN access?',
        ],
        de: [
          'Frage: Wen rufe ich nachts an, wenn der Zahlungsverkehr ausfällt?',
          'Beantworte die Frage nur mit dem obigen Kontext.',
        ],
        fr: [
          'Question : qui appeler la nuit si les paiements sont en panne ?',
          'Réponds uniquement à partir du contexte ci-dessus.',
        ],
        es: [
          'Pregunta: ¿a quién llamo de noche si fallan los pagos?',
          'Responde solo con el contexto anterior.',
        ],
      }),
      '\n',
    );
}

function utterance(c: Ctx, self: Name, other: Name, cust: Name, idx: number): Piece {
  const o = (): Ent => c.P(other, 'first');
  const f = cust.female;
  return LI(c, idx, {
    en: [
      () => 'Morning everyone, can you hear me okay?',
      () => [
        'Thanks, ',
        o(),
        '. Quick update on the bot: the new prompt has been live since ',
        c.nDay(),
        '.',
      ],
      () => [
        'The customer, ',
        c.P(cust),
        f ? ', called again — she’s at ' : ', called again — he’s at ',
        c.addr(),
        ' and wants a technician this week.',
      ],
      () => ['Can you send it to ', c.email(self), '? My other inbox is full.'],
      () => ['My mobile is ', c.phone(), ' if the dial-in drops again.'],
      () => ['We’re still on ', c.nVer(), ' in prod; ', o(), ' will upgrade after the freeze.'],
      () => c.decoy(),
      () => ['Let’s park that. ', o(), ', can you take the action item?'],
      () => ['Sure, I’ll have it done by ', c.nDate(), '.'],
      () => ['The invoice was ', c.nPrice(), ', order ', c.nOrder(), '.'],
      () => ['I’ll drop the link in the chat: ', c.url()],
      () => [
        'I spoke to ',
        c.titled(cust),
        f
          ? ' yesterday, she’s fine with the new date.'
          : ' yesterday, he’s fine with the new date.',
      ],
    ],
    de: [
      () => 'Morgen zusammen, hört ihr mich?',
      () => [
        'Danke, ',
        o(),
        '. Kurzes Update zum Bot: Der neue Prompt ist seit ',
        c.nDay(),
        ' live.',
      ],
      () => [
        f ? 'Die Kundin, ' : 'Der Kunde, ',
        c.P(cust),
        ', hat wieder angerufen – wohnt in der ',
        c.addr(),
        ' und will diese Woche einen Techniker.',
      ],
      () => ['Schick es bitte an ', c.email(self), ', das andere Postfach ist voll.'],
      () => ['Meine Handynummer ist ', c.phone(), ', falls die Einwahl wieder abbricht.'],
      () => ['Wir sind in Prod noch auf ', c.nVer(), ', ', o(), ' zieht nach dem Freeze nach.'],
      () => c.decoy(),
      () => ['Parken wir das. ', o(), ', übernimmst du das?'],
      () => ['Klar, bis ', c.nDate(), ' ist es erledigt.'],
      () => ['Die Rechnung lag bei ', c.nPrice(), ', Auftrag ', c.nOrder(), '.'],
      () => ['Ich stell den Link in den Chat: ', c.url()],
      () => ['Ich hab gestern mit ', c.titled(cust), ' telefoniert, der neue Termin passt.'],
    ],
    fr: [
      () => 'Bonjour à tous, vous m’entendez ?',
      () => [
        'Merci ',
        o(),
        '. Petit point sur le bot : le nouveau prompt est en ligne depuis lundi.',
      ],
      () => [
        f ? 'La cliente, ' : 'Le client, ',
        c.P(cust),
        ', a rappelé : elle habite ',
        c.addr(),
        ' et veut un technicien cette semaine.',
      ],
      () => ['Tu peux l’envoyer à ', c.email(self), ' ? Mon autre boîte est pleine.'],
      () => ['Mon portable, c’est le ', c.phone(), ', si la connexion saute encore.'],
      () => ['En prod on est encore en ', c.nVer(), ' ; ', o(), ' met à jour après le gel.'],
      () => c.decoy(),
      () => ['On met ça de côté. ', o(), ', tu prends l’action ?'],
      () => ['Oui, ce sera fait d’ici le ', c.nDate(), '.'],
      () => ['La facture était de ', c.nPrice(), ', commande ', c.nOrder(), '.'],
      () => ['Je mets le lien dans le chat : ', c.url()],
      () => ['J’ai eu ', c.titled(cust), ' au téléphone hier, la nouvelle date lui convient.'],
    ],
    es: [
      () => 'Buenos días a todos, ¿me oís bien?',
      () => ['Gracias, ', o(), '. Novedades del bot: el nuevo prompt está activo desde el lunes.'],
      () => [
        f ? 'La clienta, ' : 'El cliente, ',
        c.P(cust),
        ', volvió a llamar: vive en ',
        c.addr(),
        ' y quiere un técnico esta semana.',
      ],
      () => ['¿Me lo mandas a ', c.email(self), '? El otro buzón está lleno.'],
      () => ['Mi móvil es el ', c.phone(), ' por si se corta otra vez.'],
      () => [
        'En producción seguimos en la ',
        c.nVer(),
        '; ',
        o(),
        ' actualiza después del freeze.',
      ],
      () => c.decoy(),
      () => ['Lo dejamos aparcado. ', o(), ', ¿te encargas tú?'],
      () => ['Claro, lo tendré listo para el ', c.nDate(), '.'],
      () => ['La factura fue de ', c.nPrice(), ', pedido ', c.nOrder(), '.'],
      () => ['Dejo el enlace en el chat: ', c.url()],
      () => ['Ayer hablé con ', c.titled(cust), ', le va bien la nueva fecha.'],
    ],
  });
}

function meetingTitle(c: Ctx): Piece {
  return LX(c, {
    en: [
      () => 'Weekly support sync',
      () => 'RAG rollout check-in',
      () => ['Vendor review with ', c.nCo(c.others[0])],
      () => 'Chatbot retro',
    ],
    de: [
      () => 'Wöchentlicher Support-Abgleich',
      () => 'RAG-Rollout Statusrunde',
      () => ['Lieferantengespräch ', c.nCo(c.others[0])],
      () => 'Chatbot-Retro',
    ],
    fr: [
      () => 'Point support hebdo',
      () => 'Suivi du déploiement RAG',
      () => ['Revue fournisseur ', c.nCo(c.others[0])],
      () => 'Rétro chatbot',
    ],
    es: [
      () => 'Reunión semanal de soporte',
      () => 'Seguimiento del despliegue RAG',
      () => ['Revisión con el proveedor ', c.nCo(c.others[0])],
      () => 'Retro del chatbot',
    ],
  });
}

function tMeetingTranscript(c: Ctx): void {
  const people = [c.person(), c.person(), c.person()];
  if (c.ch(0.4)) people.push(c.person(c.near()));
  const cust = c.person();
  c.d.put(
    c.s({ en: 'Transcript', de: 'Transkript', fr: 'Transcription', es: 'Transcripción' }),
    ' – ',
    meetingTitle(c),
    ' – ',
    c.nDate(),
  );
  if (c.ch(0.5))
    c.d.put(
      ' (',
      c.s({
        en: 'auto-generated by',
        de: 'automatisch erstellt mit',
        fr: 'généré automatiquement par',
        es: 'generado automáticamente por',
      }),
      ' ',
      c.nn(c.pick(['Otter', 'Fireflies', 'Teams Premium', 'Zoom AI Companion'])),
      ')',
    );
  c.d.put('\n\n');
  const style = c.pick(['bracket', 'below', 'plain', 'caps']);
  const labelForm: Form = c.pick(['full', 'full', 'first']);
  let t = c.int(0, 60);
  const n = c.int(6, 11);
  const order = [c.ch(0.6) ? 0 : 1, ...c.r.shuffle([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])];
  let last = -1;
  for (let i = 0; i < n; i++) {
    let si = c.int(0, people.length - 1);
    if (si === last) si = (si + 1) % people.length;
    last = si;
    const self = people[si]!;
    const other = people[(si + 1 + c.int(0, people.length - 2)) % people.length]!;
    t += c.int(8, 95);
    const mm = String(Math.floor(t / 60)).padStart(2, '0');
    const ss = String(t % 60).padStart(2, '0');
    const u = utterance(c, self, other, cust, order[i % order.length]!);
    const anon = c.ch(0.08);
    const label: Piece = anon
      ? `Speaker ${String(si + 1)}`
      : style === 'caps'
        ? c.P(self, 'caps')
        : c.P(self, labelForm);
    if (style === 'bracket') c.d.put(`[00:${mm}:${ss}] `, label, ': ', u, '\n');
    else if (style === 'below') c.d.put(label, `  ${mm}:${ss}\n`, u, '\n\n');
    else c.d.put(label, ': ', u, '\n');
  }
}

function tMeetingSummary(c: Ctx): void {
  const people = [c.person(), c.person(), c.person()];
  const ext = c.person(c.near());
  const cust = c.person();
  const [a, b, d] = people as [Name, Name, Name];
  c.d.put(
    c.pick(['## ', '# ', '']),
    c.s({
      en: 'Meeting summary',
      de: 'Zusammenfassung',
      fr: 'Compte rendu',
      es: 'Resumen de la reunión',
    }),
    ' – ',
    meetingTitle(c),
    ' (',
    c.nDate(),
    ')\n',
  );
  if (c.ch(0.6))
    c.d.put(
      '_',
      c.s({ en: 'Generated by', de: 'Erstellt von', fr: 'Généré par', es: 'Generado por' }),
      ' ',
      c.nBot(),
      ' · ',
      c.nModel(),
      '_\n',
    );
  c.d.put(
    '\n**',
    c.s({ en: 'Participants', de: 'Teilnehmende', fr: 'Participants', es: 'Asistentes' }),
    ':** ',
    c.P(a),
    ', ',
    c.P(b, c.pick<Form>(['full', 'lf', 'init'])),
    ', ',
    c.P(d),
    c.ch(0.6) ? [', ', c.P(ext), ' (', c.nCo(c.others[0]), ')'] : '',
    '\n\n',
  );
  c.d.put(
    '### ',
    c.s({ en: 'Key points', de: 'Wichtigste Punkte', fr: 'Points clés', es: 'Puntos clave' }),
    '\n',
  );
  const points = c.r
    .shuffle([
      L(c, {
        en: () => [
          c.P(a, 'first'),
          ' presented the ',
          c.nModel(),
          ' pilot; answer accuracy is up 6 points.',
        ],
        de: () => [
          c.P(a, 'first'),
          ' hat den Pilot mit ',
          c.nModel(),
          ' vorgestellt; die Trefferquote ist um 6 Punkte gestiegen.',
        ],
        fr: () => [
          c.P(a, 'first'),
          ' a présenté le pilote ',
          c.nModel(),
          ' ; la précision gagne 6 points.',
        ],
        es: () => [
          c.P(a, 'first'),
          ' presentó el piloto con ',
          c.nModel(),
          '; la precisión sube 6 puntos.',
        ],
      }),
      L(c, {
        en: () => [
          'Customer ',
          c.P(cust),
          ' (',
          c.email(cust, c.pick(c.c.mail)),
          ') escalated the duplicate charge; refund approved.',
        ],
        de: () => [
          'Kunde ',
          c.P(cust),
          ' (',
          c.email(cust, c.pick(c.c.mail)),
          ') hat die Doppelbuchung eskaliert; Erstattung genehmigt.',
        ],
        fr: () => [
          'Le client ',
          c.P(cust),
          ' (',
          c.email(cust, c.pick(c.c.mail)),
          ') a escaladé le double débit ; remboursement validé.',
        ],
        es: () => [
          'El cliente ',
          c.P(cust),
          ' (',
          c.email(cust, c.pick(c.c.mail)),
          ') escaló el cobro duplicado; reembolso aprobado.',
        ],
      }),
      L(c, {
        en: () => ['Budget of ', c.nPrice(), ' approved for the ', c.nSoft(), ' licence.'],
        de: () => ['Budget von ', c.nPrice(), ' für die ', c.nSoft(), '-Lizenz freigegeben.'],
        fr: () => ['Budget de ', c.nPrice(), ' validé pour la licence ', c.nSoft(), '.'],
        es: () => [
          'Aprobado un presupuesto de ',
          c.nPrice(),
          ' para la licencia de ',
          c.nSoft(),
          '.',
        ],
      }),
      L(c, {
        en: () => ['Decision: ', c.nBot(), ' will no longer answer payroll questions.'],
        de: () => ['Entscheidung: ', c.nBot(), ' beantwortet keine Gehaltsfragen mehr.'],
        fr: () => ['Décision : ', c.nBot(), ' ne répondra plus aux questions de paie.'],
        es: () => ['Decisión: ', c.nBot(), ' dejará de responder preguntas de nómina.'],
      }),
    ])
    .slice(0, c.int(2, 4));
  for (const p of points) c.d.put('- ', p, '\n');
  c.d.put('\n### ', c.s({ en: 'Action items', de: 'Aufgaben', fr: 'Actions', es: 'Tareas' }), '\n');
  const acts = c.r
    .shuffle([
      L(c, {
        en: () => ['@', c.P(b, 'first'), ' to send the deck by ', c.nDay()],
        de: () => ['@', c.P(b, 'first'), ' schickt die Folien bis ', c.nDay()],
        fr: () => ['@', c.P(b, 'first'), ' envoie la présentation d’ici vendredi'],
        es: () => ['@', c.P(b, 'first'), ' envía la presentación antes del viernes'],
      }),
      L(c, {
        en: () => [
          'Action: ',
          c.P(d, 'first'),
          ' – update the DPA with ',
          c.nCo(c.others[1 % c.others.length]),
        ],
        de: () => [
          'Aufgabe: ',
          c.P(d, 'first'),
          ' – AVV mit ',
          c.nCo(c.others[1 % c.others.length]),
          ' aktualisieren',
        ],
        fr: () => [
          'Action : ',
          c.P(d, 'first'),
          ' – mettre à jour le DPA avec ',
          c.nCo(c.others[1 % c.others.length]),
        ],
        es: () => [
          'Acción: ',
          c.P(d, 'first'),
          ' – actualizar el DPA con ',
          c.nCo(c.others[1 % c.others.length]),
        ],
      }),
      L(c, {
        en: () => ['[ ] ', c.P(a, 'init'), ': call ', c.P(cust, 'first'), ' back on ', c.phone()],
        de: () => [
          '[ ] ',
          c.P(a, 'init'),
          ': ',
          c.titled(cust),
          ' unter ',
          c.phone(),
          ' zurückrufen',
        ],
        fr: () => ['[ ] ', c.P(a, 'init'), ' : rappeler ', c.titled(cust), ' au ', c.phone()],
        es: () => [
          '[ ] ',
          c.P(a, 'init'),
          ': devolver la llamada a ',
          c.P(cust, 'first'),
          ' al ',
          c.phone(),
        ],
      }),
      L(c, {
        en: () => [
          c.P(b, 'first'),
          ' will email the signed contract to ',
          c.email(ext, c.others[0]!.domain),
        ],
        de: () => [
          c.P(b, 'first'),
          ' mailt den unterschriebenen Vertrag an ',
          c.email(ext, c.others[0]!.domain),
        ],
        fr: () => [
          c.P(b, 'first'),
          ' envoie le contrat signé à ',
          c.email(ext, c.others[0]!.domain),
        ],
        es: () => [
          c.P(b, 'first'),
          ' enviará el contrato firmado a ',
          c.email(ext, c.others[0]!.domain),
        ],
      }),
      L(c, {
        en: () => ['Owner: ', c.P(d), ' · Due: ', c.nDate()],
        de: () => ['Verantwortlich: ', c.P(d), ' · Fällig: ', c.nDate()],
        fr: () => ['Responsable : ', c.P(d), ' · Échéance : ', c.nDate()],
        es: () => ['Responsable: ', c.P(d), ' · Fecha límite: ', c.nDate()],
      }),
    ])
    .slice(0, c.int(2, 5));
  for (const p of acts) c.d.put(c.pick(['- ', '* ', '- ']), p, '\n');
  if (c.ch(0.6))
    c.d.put(
      '\n',
      c.s({
        en: 'Next meeting: ',
        de: 'Nächster Termin: ',
        fr: 'Prochaine réunion : ',
        es: 'Próxima reunión: ',
      }),
      c.nDate(),
      ' – ',
      c.url('meet'),
      '\n',
    );
}

function sysPrompt(c: Ctx): Piece {
  return L(c, {
    en: () => [
      'You are ',
      c.nBot(),
      ', the support assistant of ',
      c.nCo(),
      '. Be concise and friendly.',
    ],
    de: () => [
      'Du bist ',
      c.nBot(),
      ', der Support-Assistent von ',
      c.nCo(),
      '. Antworte knapp und freundlich, per Sie.',
    ],
    fr: () => [
      'Tu es ',
      c.nBot(),
      ', l’assistant support de ',
      c.nCo(),
      '. Réponds de façon concise et vouvoie le client.',
    ],
    es: () => [
      'Eres ',
      c.nBot(),
      ', el asistente de soporte de ',
      c.nCo(),
      '. Responde de forma breve y amable.',
    ],
  });
}

function tFtMessages(c: Ctx): void {
  const rows = c.int(1, 3);
  const spaced = c.ch(0.4);
  for (let i = 0; i < rows; i++) {
    const n = c.person();
    const dl = dialog(c, n);
    const msgs: JV[] = [];
    if (c.ch(0.85)) msgs.push({ role: 'system', content: new Rich([sysPrompt(c)]) });
    msgs.push(
      { role: 'user', content: new Rich([dl.user]) },
      { role: 'assistant', content: new Rich([dl.bot]) },
    );
    const obj: Record<string, JV> = { messages: msgs };
    if (c.ch(0.35))
      obj.metadata = {
        source: c.pick(['zendesk', 'intercom', 'freshdesk']),
        ticket: c.nOrder(),
        created: c.nTs('isoZ'),
      };
    c.d.put(json(obj, { indent: 0, spaced }), '\n');
  }
}

function redact(p: Piece): Seg[] {
  return flat(p).map((s) => (s instanceof Ent ? `[${s.type}]` : s));
}

function tFtPromptCompletion(c: Ctx): void {
  const rows = c.int(1, 3);
  for (let i = 0; i < rows; i++) {
    const n = c.person();
    const task = c.pick(['extract', 'summary', 'classify', 'redact']);
    let prompt: Piece;
    let completion: Piece;
    if (task === 'extract') {
      const nm = c.P(n);
      const e = c.email(n);
      const p = c.phone();
      const text = L(c, {
        en: () => [
          'Hi, it’s ',
          nm,
          ' again. Please call me on ',
          p,
          ' or write to ',
          e,
          ' about my claim.',
        ],
        de: () => [
          'Hallo, hier nochmal ',
          nm,
          '. Bitte rufen Sie mich unter ',
          p,
          ' an oder schreiben Sie an ',
          e,
          '.',
        ],
        fr: () => [
          'Bonjour, c’est encore ',
          nm,
          '. Merci de me rappeler au ',
          p,
          ' ou d’écrire à ',
          e,
          '.',
        ],
        es: () => [
          'Hola, soy ',
          nm,
          ' otra vez. Llámenme al ',
          p,
          ' o escriban a ',
          e,
          ', por favor.',
        ],
      });
      const ssn = c.c.cc === 'US' && c.ch(0.5) ? c.ssn() : null;
      prompt = [
        c.s({
          en: 'Extract the contact details as JSON.',
          de: 'Extrahiere die Kontaktdaten als JSON.',
          fr: 'Extrais les coordonnées en JSON.',
          es: 'Extrae los datos de contacto en JSON.',
        }),
        '\n\n',
        text,
        ssn !== null ? [' SSN on file: ', ssn, '.'] : '',
        '\n\n###\n\n',
      ];
      const fields: Record<string, JV> = { name: nm, phone: p, email: e };
      if (ssn !== null) fields.ssn = ssn;
      completion = [' ', json(fields, { indent: 0, spaced: true }), ' END'];
    } else {
      const dl = dialog(c, n);
      if (task === 'summary') {
        prompt = [
          c.s({
            en: 'Summarise the ticket:',
            de: 'Fasse das Ticket zusammen:',
            fr: 'Résume le ticket :',
            es: 'Resume el ticket:',
          }),
          '\n',
          dl.user,
          '\n\n###\n\n',
        ];
        completion = [' ', dl.bot];
      } else if (task === 'classify') {
        prompt = [
          c.s({
            en: 'Classify the intent:',
            de: 'Klassifiziere das Anliegen:',
            fr: 'Classe l’intention :',
            es: 'Clasifica la intención:',
          }),
          ' ',
          dl.user,
          '\nIntent:',
        ];
        completion = [' ', dl.intent];
      } else {
        prompt = [
          c.s({
            en: 'Redact all personal data:',
            de: 'Schwärze alle personenbezogenen Daten:',
            fr: 'Masque toutes les données personnelles :',
            es: 'Anonimiza todos los datos personales:',
          }),
          '\n',
          dl.user,
          '\n---\n',
        ];
        completion = [' ', redact(dl.user)];
      }
    }
    c.d.put(
      json(
        { prompt: new Rich([prompt]), completion: new Rich([completion]) },
        { indent: 0, spaced: c.ch(0.5) },
      ),
      '\n',
    );
  }
}

function tEvalDataset(c: Ctx): void {
  const fmt = c.pick(['jsonl', 'jsonl', 'csv']);
  const rows = c.int(2, 4);
  const model = c.nVer();
  if (fmt === 'csv') c.d.put('id,input,reference,model,score\n');
  for (let i = 0; i < rows; i++) {
    const id = `eval-${String(c.int(1, 9999)).padStart(4, '0')}`;
    const n = c.person();
    const kind = c.pick(['redact', 'qa']);
    let input: Piece;
    let ref: Piece;
    if (kind === 'redact') {
      const dl = dialog(c, n);
      input = dl.user;
      ref = redact(dl.user);
    } else {
      const p = c.phone();
      input = L(c, {
        en: () => [
          'Context: On-call this week is ',
          c.P(n),
          ', reachable on ',
          p,
          '. Question: who is on call and how do I reach them?',
        ],
        de: () => [
          'Kontext: Bereitschaft hat diese Woche ',
          c.P(n),
          ', erreichbar unter ',
          p,
          '. Frage: Wer hat Bereitschaft und wie erreiche ich die Person?',
        ],
        fr: () => [
          'Contexte : cette semaine, l’astreinte est assurée par ',
          c.P(n),
          ', joignable au ',
          p,
          '. Question : qui est d’astreinte et comment le joindre ?',
        ],
        es: () => [
          'Contexto: esta semana está de guardia ',
          c.P(n),
          ', localizable en el ',
          p,
          '. Pregunta: ¿quién está de guardia y cómo lo contacto?',
        ],
      });
      ref = [c.P(n), ', ', p];
    }
    const score = `0.${String(c.int(40, 99))}`;
    if (fmt === 'csv') c.d.put(csvRow([id, input, ref, model, score]));
    else
      c.d.put(
        json(
          {
            id,
            input: new Rich([input]),
            reference: new Rich([ref]),
            model,
            score: Number(score),
            tags: ['pii', c.lang],
          },
          { indent: 0, spaced: true },
        ),
        '\n',
      );
  }
}

function tTicketsLabelled(c: Ctx): void {
  const fmt = c.pick(['csv', 'jsonl', 'tsv']);
  const rows = c.int(2, 5);
  const annot = c.person();
  const sep = fmt === 'tsv' ? '\t' : ',';
  if (fmt !== 'jsonl')
    c.d.put(['ticket_id', 'created_at', 'channel', 'intent', 'sentiment', 'text'].join(sep), '\n');
  for (let i = 0; i < rows; i++) {
    const n = c.person();
    const dl = dialog(c, n);
    const id = c.nOrder();
    const ts = c.nTs(c.pick(['isoZ', 'sql']));
    const ch = c.pick(['email', 'chat', 'whatsapp', 'web']);
    const sent = c.pick(['neg', 'neu', 'pos']);
    if (fmt === 'jsonl') {
      c.d.put(
        json(
          {
            id,
            created_at: ts,
            channel: ch,
            label: dl.intent,
            sentiment: sent,
            text: new Rich([dl.user]),
            labeled_by: c.email(annot, c.co.domain),
          },
          { indent: 0, spaced: true },
        ),
        '\n',
      );
    } else {
      const text = fmt === 'tsv' ? mapSegs(dl.user, (s) => s.replace(/\t/g, ' ')) : dl.user;
      c.d.put(csvRow([id, ts, ch, dl.intent, sent, text], sep));
    }
  }
}

/** Python dict literal (repr style) with single quotes unless a value contains one. */
function pyDict(entries: readonly (readonly [string, Piece])[]): Seg[] {
  const out: Seg[] = ['{'];
  entries.forEach(([k, v], i) => {
    const segs = flat(v);
    const text = segs.map((s) => (typeof s === 'string' ? s : s.v)).join('');
    const q = text.includes("'") ? '"' : "'";
    out.push(i > 0 ? ', ' : '', `'${k}': `, q, ...segs, q);
  });
  out.push('}');
  return out;
}

const LABEL_OF: Record<string, string> = {
  PERSON: 'PER',
  EMAIL: 'EMAIL',
  PHONE: 'PHONE',
  STREET_ADDRESS: 'ADDRESS',
  CREDIT_CARD: 'CARD',
  IBAN: 'IBAN',
  DATE_OF_BIRTH: 'DOB',
  IP_ADDRESS: 'IP',
  US_SSN: 'SSN',
  URL: 'URL',
};

function tAnnotationExport(c: Ctx): void {
  const annot = c.person();
  const style = c.pick(['labelstudio', 'doccano', 'doccano']);
  const items = style === 'labelstudio' ? 1 : c.int(1, 3);
  if (style === 'labelstudio') c.d.put('[\n');
  for (let it = 0; it < items; it++) {
    const n = c.person();
    const segs = flat(c.ch(0.5) ? dialog(c, n).user : mailScenario(c, n).body);
    let pos = 0;
    const spans: { start: number; end: number; ent: Ent }[] = [];
    for (const s of segs) {
      const len = (typeof s === 'string' ? s : s.v).length;
      if (s instanceof Ent) spans.push({ start: pos, end: pos + len, ent: s });
      pos += len;
    }
    if (style === 'labelstudio') {
      const result: JV[] = spans.map((sp) => ({
        from_name: 'label',
        to_name: 'text',
        type: 'labels',
        value: {
          start: sp.start,
          end: sp.end,
          text: sp.ent,
          labels: [LABEL_OF[sp.ent.type] ?? sp.ent.type],
        },
      }));
      const obj: JV = {
        id: c.int(100, 99999),
        data: { text: new Rich(segs), lang: c.lang },
        annotations: [
          {
            id: c.int(1, 9999),
            completed_by: { email: c.email(annot, c.co.domain) },
            created_at: c.nTs('isoMs'),
            lead_time: c.int(5, 300),
            result,
          },
        ],
      };
      const body = json(obj, { indent: 2, spaced: false });
      c.d.put(
        '  ',
        mapSegs(body, (s, plain) => (plain ? s.replace(/\n/g, '\n  ') : s)),
        '\n]\n',
      );
    } else {
      const label: JV[] = spans.map((sp) => [
        sp.start,
        sp.end,
        LABEL_OF[sp.ent.type] ?? sp.ent.type,
      ]);
      c.d.put(
        json(
          {
            id: c.int(1, 5000),
            text: new Rich(segs),
            label,
            annotator: c.email(annot, c.co.domain),
            updated: c.nTs('isoZ'),
          },
          { indent: 0, spaced: true },
        ),
        '\n',
      );
    }
  }
}

function tAgentToolLog(c: Ctx): void {
  const n = c.person();
  const dl = dialog(c, n);
  const v = dl.vals;
  const style = c.pick(['arrow', 'openai', 'langchain']);
  const e = v.email ?? c.email(n);
  const p = v.phone ?? c.phone();
  const a = c.addr();
  const nm = c.P(n);
  const mid = (): string => `msg_${c.r.chars(12, HEX)}`;
  const calls: [string, [string, Piece][]][] = [['lookup_customer', [['email', e]]]];
  const result: [string, Piece][] = [
    ['customer_id', v.order ?? c.nOrder()],
    ['name', nm],
    ['phone', p],
    ['address', v.addr !== undefined && dl.intent !== 'address_change' ? v.addr : a],
  ];
  if (v.dob !== undefined || c.ch(0.3)) result.push(['date_of_birth', v.dob ?? c.dob()]);
  if (c.c.cc === 'US' && c.ch(0.4)) result.push(['ssn', c.ssn()]);
  if (v.iban !== undefined) result.push(['iban_on_file', c.iban()]);
  if (dl.intent === 'refund_card')
    calls.push([
      'create_refund',
      [
        ['card_number', v.card ?? c.card()],
        ['amount', v.price ?? c.nPrice()],
        ['customer', nm],
      ],
    ]);
  else if (dl.intent === 'address_change')
    calls.push([
      'update_address',
      [
        ['customer_email', e],
        ['new_address', v.addr ?? c.addr()],
        ['new_phone', p],
      ],
    ]);
  else if (dl.intent === 'bank_change')
    calls.push([
      'update_payout_account',
      [
        ['customer_id', result[0]![1]],
        ['iban', v.iban ?? c.iban()],
        ['holder', nm],
      ],
    ]);
  else if (dl.intent === 'appointment')
    calls.push([
      'schedule_callback',
      [
        ['phone', p],
        ['when', c.nTs('isoOff')],
        [
          'note',
          [
            c.P(n, 'first'),
            ' ',
            c.s({
              en: 'prefers mornings',
              de: 'lieber vormittags',
              fr: 'préfère le matin',
              es: 'prefiere por la mañana',
            }),
          ],
        ],
      ],
    ]);
  else
    calls.push([
      'send_email',
      [
        ['to', e],
        [
          'subject',
          c.s({ en: 'Your request', de: 'Ihre Anfrage', fr: 'Votre demande', es: 'Su solicitud' }),
        ],
        ['body', [greet(c, n, false), ' ', dl.bot]],
      ],
    ]);
  const obj = (kv: readonly (readonly [string, Piece])[]): JV =>
    Object.fromEntries(kv.map(([k, v]) => [k, new Rich([v])]));
  if (style === 'arrow') {
    c.d.put('[', c.nTs('isoZ'), '] run=', c.nUuid(), ' agent=support-agent model=', c.nVer(), '\n');
    c.d.put('user> ', dl.user, '\n');
    c.d.put(
      '→ call ',
      calls[0]![0],
      '(',
      json(obj(calls[0]![1]), { indent: 0, spaced: true }),
      ')\n',
    );
    c.d.put('← ', json(obj(result), { indent: 0, spaced: true }), '\n');
    c.d.put(
      '→ call ',
      calls[1]![0],
      '(',
      json(obj(calls[1]![1]), { indent: 0, spaced: true }),
      ')\n',
    );
    c.d.put('← {"status": "ok", "id": "', mid(), '"}\n');
    c.d.put('assistant> ', dl.bot, '\n');
  } else if (style === 'openai') {
    const msgs: JV[] = [
      { role: 'user', content: new Rich([dl.user]) },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: `call_${c.r.chars(24, ALNUM)}`,
            type: 'function',
            function: { name: calls[0]![0], arguments: new Rich([json(obj(calls[0]![1]))]) },
          },
        ],
      },
      {
        role: 'tool',
        tool_call_id: `call_${c.r.chars(24, ALNUM)}`,
        content: new Rich([json(obj(result))]),
      },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: `call_${c.r.chars(24, ALNUM)}`,
            type: 'function',
            function: { name: calls[1]![0], arguments: new Rich([json(obj(calls[1]![1]))]) },
          },
        ],
      },
      { role: 'assistant', content: new Rich([dl.bot]) },
    ];
    c.d.put(
      json({ trace_id: c.nTrace(), model: c.nVer(), messages: msgs }, { indent: 2, spaced: false }),
      '\n',
    );
  } else {
    c.d.put(
      '> Entering new AgentExecutor chain...\n\nInvoking: `',
      calls[0]![0],
      '` with `',
      pyDict(calls[0]![1]),
      '`\n\n\n',
      pyDict(result),
      '\n\nInvoking: `',
      calls[1]![0],
      '` with `',
      pyDict(calls[1]![1]),
      '`\n\n\n',
      "{'status': 'ok'}",
      '\n',
      dl.bot,
      '\n\n> Finished chain.\n',
    );
  }
}

function tVectorMetadata(c: Ctx): void {
  const n = c.person();
  const style = c.pick(['pinecone', 'chroma', 'qdrant']);
  const vec = (): string =>
    Array.from({ length: c.int(4, 7) }, () => (c.r.next() * 2 - 1).toFixed(4)).join(', ');
  const docText: Piece = c.ch(0.5) ? dialog(c, n).user : ragBody(c);
  const src = c.url(c.pick(['wiki', 'confluence', 'notion', 'sharepoint', 'gdoc']));
  if (style === 'pinecone') {
    c.d.put(
      '{"vectors": [{"id": "',
      c.nUuid(),
      '#',
      String(c.int(0, 40)),
      '", "values": [',
      vec(),
      ', ...], "metadata": ',
    );
    c.d.put(
      json(
        {
          source: src,
          author: c.P(n),
          author_email: c.email(n, c.co.domain),
          created_at: c.nTs('isoZ'),
          text: new Rich([docText]),
        },
        { indent: 0, spaced: true },
      ),
    );
    c.d.put('}], "namespace": "', c.pick(['support-kb', 'hr-wiki', 'crm-notes']), '"}\n');
  } else if (style === 'chroma') {
    c.d.put(
      'collection.add(\n    ids=["',
      c.nUuid(),
      '"],\n    documents=[',
      jstr([docText]),
      '],\n    metadatas=[',
      json(
        { author: c.P(n), email: c.email(n, c.co.domain), source: src, page: c.int(1, 30) },
        { indent: 0, spaced: true },
      ),
      '],\n)\n',
    );
  } else {
    c.d.put(
      json(
        {
          id: c.nUuid(),
          vector: new Raw(`[${vec()}]`),
          payload: {
            doc_url: src,
            owner: c.P(n, c.pick<Form>(['full', 'lf'])),
            owner_phone: c.phone(),
            ingested_at: c.nTs('epoch'),
            chunk: new Rich([docText]),
          },
        },
        { indent: 2, spaced: false },
      ),
      '\n',
    );
  }
}

function tModeration(c: Ctx): void {
  const victim = c.person();
  const poster = c.person();
  const kind = c.pick(['doxx', 'self', 'key', 'spam']);
  c.d.put(
    c.s({ en: 'Queue item', de: 'Prüfeintrag', fr: 'Élément de file', es: 'Elemento de la cola' }),
    ' MOD-',
    c.r.digits(5),
    ' · ',
    c.s({ en: 'flagged by', de: 'markiert von', fr: 'signalé par', es: 'marcado por' }),
    ' guard ',
    c.nVer(),
    ' · category: ',
    kind === 'key' ? 'SECRET_LEAK' : kind === 'spam' ? 'SPAM' : 'PII_SHARING',
    ' · score 0.',
    c.r.digits(2),
    '\n',
  );
  c.d.put(
    c.s({ en: 'Channel', de: 'Kanal', fr: 'Canal', es: 'Canal' }),
    ': ',
    c.pick(['community forum', 'chatbot', 'app review', 'public Slack']),
    ' · user_',
    c.r.digits(5),
    ' · ',
    c.nTs('isoZ'),
    '\n\n> ',
  );
  const msg = L(c, {
    en: () =>
      kind === 'doxx'
        ? [
            'Everyone should know where ',
            c.P(victim),
            ' lives: ',
            c.addr(),
            '. Her number is ',
            c.phone(),
            ', go tell her what you think.',
          ]
        : kind === 'self'
          ? [
              'pls just call me on ',
              c.phone(),
              ' or email ',
              c.email(poster, c.pick(c.c.mail)),
              ', the bot is useless. ',
              c.P(poster, 'first'),
            ]
          : kind === 'key'
            ? ['if anyone wants to try the model, use my key lol api_key: ', c.secret('openai')]
            : ['Cheap ', c.nBrand(), ' bags here ', c.url('site'), ' !!!'],
    de: () =>
      kind === 'doxx'
        ? ['Jeder soll wissen, wo ', c.P(victim), ' wohnt: ', c.addr(), '. Handy: ', c.phone(), '.']
        : kind === 'self'
          ? [
              'ruft mich einfach an ',
              c.phone(),
              ' oder schreibt an ',
              c.email(poster, c.pick(c.c.mail)),
              ', der Bot ist nutzlos. ',
              c.P(poster, 'first'),
            ]
          : kind === 'key'
            ? ['wer das Modell testen will, nehmt meinen Key: api_key=', c.secret('openai')]
            : ['Günstige ', c.nBrand(), '-Taschen hier ', c.url('site'), ' !!!'],
    fr: () =>
      kind === 'doxx'
        ? [
            'Tout le monde doit savoir où habite ',
            c.P(victim),
            ' : ',
            c.addr(),
            '. Son numéro : ',
            c.phone(),
            '.',
          ]
        : kind === 'self'
          ? [
              'appelez-moi au ',
              c.phone(),
              ' ou écrivez à ',
              c.email(poster, c.pick(c.c.mail)),
              ', le bot ne sert à rien. ',
              c.P(poster, 'first'),
            ]
          : kind === 'key'
            ? ['si vous voulez tester le modèle, prenez ma clé : api_key: ', c.secret('openai')]
            : ['Sacs ', c.nBrand(), ' pas chers ici ', c.url('site'), ' !!!'],
    es: () =>
      kind === 'doxx'
        ? [
            'Que todo el mundo sepa dónde vive ',
            c.P(victim),
            ': ',
            c.addr(),
            '. Su móvil es el ',
            c.phone(),
            '.',
          ]
        : kind === 'self'
          ? [
              'llámenme al ',
              c.phone(),
              ' o escriban a ',
              c.email(poster, c.pick(c.c.mail)),
              ', el bot no sirve. ',
              c.P(poster, 'first'),
            ]
          : kind === 'key'
            ? ['si alguien quiere probar el modelo, usad mi clave: api_key: ', c.secret('openai')]
            : ['Bolsos ', c.nBrand(), ' baratos aquí ', c.url('site'), ' !!!'],
  });
  const rev = c.person();
  c.d.put(
    msg,
    '\n\n',
    c.s({ en: 'Reviewer', de: 'Prüfer', fr: 'Modérateur', es: 'Revisor' }),
    ': ',
    c.P(rev, c.pick<Form>(['full', 'init', 'first'])),
    c.ch(0.5) ? [' <', c.email(rev, c.co.domain), '>'] : '',
    ' · ',
    c.s({ en: 'Decision', de: 'Entscheidung', fr: 'Décision', es: 'Decisión' }),
    ': ',
    c.pick(['remove', 'redact', 'escalate']),
    '\n',
  );
}

const OCR_SUBS: Record<string, readonly string[]> = {
  l: ['1', 'I', '|'],
  I: ['1', 'l'],
  O: ['0'],
  o: ['0', 'c'],
  e: ['c'],
  m: ['rn'],
  S: ['5'],
  B: ['8'],
  a: ['o'],
  i: ['í', 'l'],
  ':': [';', '.', ''],
};

function ocr(c: Ctx, p: Piece, rate = 0.04): Seg[] {
  return mapSegs(p, (s, plain) => {
    if (!plain) return s;
    let out = '';
    for (const ch of s) {
      const subs = OCR_SUBS[ch];
      if (subs !== undefined && c.r.chance(rate)) out += c.pick(subs);
      else if (ch === ' ' && c.r.chance(rate / 3)) out += '  ';
      else out += ch;
    }
    return out;
  });
}

function ocrHeader(c: Ctx): Piece {
  return c.pick<Piece>([
    [
      '[OCR] scan_',
      c.r.digits(4),
      '.pdf — page 1/',
      String(c.int(1, 3)),
      ' — conf 0.',
      String(c.int(71, 96)),
      '\n',
    ],
    ['--- OCR output (', c.nSoft(), ' ', c.nVer(), ') ---\n'],
    ['<page n="1" ocr_confidence="0.', String(c.int(70, 95)), '">\n'],
    '',
  ]);
}

function tOcrIdForm(c: Ctx): void {
  const n = c.person();
  const em = c.person(c.c, n.src === 'invented');
  const caps = c.ch(0.6);
  const nm = (f: Form): Ent => {
    const e = c.P(n, f);
    return caps ? e.with(e.v.toUpperCase()) : e;
  };
  const split = c.ch(0.35);
  const body: Piece[] = [];
  const lab = {
    en: {
      title: c.pick([
        'PATIENT REGISTRATION FORM',
        'NEW MEMBER APPLICATION',
        'TENANT APPLICATION FORM',
      ]),
      last: 'Surname',
      first: 'Given name(s)',
      name: 'Full name',
      dob: c.pick(['Date of Birth', 'DOB']),
      addr: 'Address',
      tel: 'Phone',
      mail: 'Email',
      emer: 'Emergency contact',
      sig: 'Signature',
      date: 'Date',
    },
    de: {
      title: c.pick(['PATIENTENAUFNAHME', 'MITGLIEDSANTRAG', 'ANMELDUNG EINER WOHNUNG']),
      last: 'Familienname',
      first: 'Vorname(n)',
      name: 'Name, Vorname',
      dob: 'Geburtsdatum',
      addr: 'Anschrift',
      tel: 'Telefon',
      mail: 'E-Mail',
      emer: 'Notfallkontakt',
      sig: 'Unterschrift',
      date: 'Datum',
    },
    fr: {
      title: c.pick(['FICHE DE RENSEIGNEMENTS', 'DEMANDE D’ADHÉSION', 'DOSSIER PATIENT']),
      last: 'Nom',
      first: 'Prénom(s)',
      name: 'Nom et prénom',
      dob: 'Date de naissance',
      addr: 'Adresse',
      tel: 'Tél.',
      mail: 'Courriel',
      emer: 'Personne à prévenir',
      sig: 'Signature',
      date: 'Date',
    },
    es: {
      title: c.pick([
        'FORMULARIO DE ALTA DE PACIENTE',
        'SOLICITUD DE SOCIO',
        'FICHA DE INSCRIPCIÓN',
      ]),
      last: 'Apellidos',
      first: 'Nombre',
      name: 'Nombre y apellidos',
      dob: 'Fecha de nacimiento',
      addr: 'Domicilio',
      tel: 'Teléfono',
      mail: 'Correo electrónico',
      emer: 'Contacto de emergencia',
      sig: 'Firma',
      date: 'Fecha',
    },
  }[c.lang];
  body.push(lab.title, '\n\n');
  if (split) body.push(lab.last, ': ', nm('last'), '    ', lab.first, ': ', nm('first'), '\n');
  else
    body.push(
      lab.name,
      ': ',
      nm(
        c.lang === 'fr'
          ? c.pick<Form>(['LF', 'full'])
          : c.lang === 'de'
            ? c.pick<Form>(['lf', 'full'])
            : 'full',
      ),
      '\n',
    );
  body.push(lab.dob, ': ', c.dob(), '\n');
  body.push(lab.addr, ': ', c.addr(), '\n');
  body.push(
    lab.tel,
    ': ',
    c.phone(),
    c.ch(0.6) ? ['    ', lab.mail, ': ', c.email(n, c.pick(c.c.mail))] : '',
    '\n',
  );
  if (c.c.cc === 'US' && c.ch(0.8)) body.push('SSN: ', c.ssn(), '\n');
  if (c.ch(0.6))
    body.push(lab.emer, ': ', c.P(em, c.pick<Form>(['full', 'first'])), ' ', c.phone(), '\n');
  if (c.ch(0.5))
    body.push(
      c.s({
        en: 'Member no.: ',
        de: 'Versichertennr.: ',
        fr: 'N° adhérent : ',
        es: 'Nº de socio: ',
      }),
      c.nOrder(),
      '\n',
    );
  body.push(lab.sig, ': ____________   ', lab.date, ': ', c.nDate(), '\n');
  c.d.put(ocrHeader(c), ocr(c, body, c.pick([0.02, 0.04, 0.07])));
}

function tOcrInvoice(c: Ctx): void {
  const cust = c.person();
  const contact = c.person();
  const body: Piece[] = [];
  body.push(
    c.nCo(),
    '\n',
    c.addr(),
    ' · ',
    c.s({ en: 'Tel', de: 'Tel.', fr: 'Tél.', es: 'Tel.' }),
    ' ',
    c.phone(),
    ' · ',
    c.email(),
    '\n\n',
  );
  body.push(c.s({ en: 'INVOICE', de: 'RECHNUNG', fr: 'FACTURE', es: 'FACTURA' }), '\n\n');
  body.push(
    L(c, {
      en: () => [c.nn('Bill'), ' to:'],
      de: () => 'Rechnungsempfänger:',
      fr: () => 'Facturé à :',
      es: () => 'Cliente:',
    }),
    '\n',
    c.ch(0.4) ? c.P(cust, 'caps') : c.P(cust),
    '\n',
    c.addr(),
    '\n\n',
  );
  body.push(
    c.s({ en: 'Invoice no.', de: 'Rechnungsnr.', fr: 'N° facture', es: 'Nº factura' }),
    ': ',
    c.nOrder(),
    '    ',
    c.s({ en: 'Date', de: 'Datum', fr: 'Date', es: 'Fecha' }),
    ': ',
    c.nDate(),
    '\n\n',
  );
  const items = c.int(1, 4);
  for (let i = 0; i < items; i++) {
    body.push(
      String(i + 1),
      '  ',
      c.pick<Piece>([
        [c.nSoft(), ' licence'],
        'Support hours',
        'Consulting',
        'Hardware',
        ['Training ', c.nBot()],
      ]),
      '   ',
      String(c.int(1, 12)),
      '   ',
      c.nPrice(),
      '\n',
    );
  }
  body.push(
    c.s({ en: 'Total', de: 'Gesamtbetrag', fr: 'Total TTC', es: 'Total' }),
    ': ',
    c.nPrice(),
    '\n\n',
  );
  body.push(
    L(c, {
      en: () => [
        'Please pay within 14 days to IBAN ',
        c.iban(),
        '. Contact: ',
        c.P(contact),
        ', ',
        c.email(contact, c.co.domain),
      ],
      de: () => [
        'Zahlbar innerhalb von 14 Tagen auf ',
        c.iban(),
        '. Ansprechpartner: ',
        c.P(contact),
        ', ',
        c.email(contact, c.co.domain),
      ],
      fr: () => [
        'Paiement à 30 jours sur le compte ',
        c.iban(),
        '. Contact : ',
        c.P(contact),
        ', ',
        c.email(contact, c.co.domain),
      ],
      es: () => [
        'Pago a 30 días en la cuenta ',
        c.iban(),
        '. Contacto: ',
        c.P(contact),
        ', ',
        c.email(contact, c.co.domain),
      ],
    }),
    '\n',
  );
  if (c.ch(0.3))
    body.push(
      c.s({ en: 'Ref: ', de: 'Verwendungszweck: ', fr: 'Réf. : ', es: 'Concepto: ' }),
      c.nOrder(),
      '  ',
      c.nIban(),
      '\n',
    );
  c.d.put(ocrHeader(c), ocr(c, body, c.pick([0.01, 0.03, 0.06])));
}

function tOcrLetter(c: Ctx): void {
  const me = c.person();
  const body: Piece[] = [];
  body.push(
    c.P(me, c.pick<Form>(['full', 'full', 'caps'])),
    '\n',
    c.addr(),
    '\n\n',
    c.nCo(),
    '\n',
    c.addr(c.near()),
    '\n\n',
    c.nn(c.pick(c.c.cities)),
    ', ',
    c.nDate(),
    '\n\n',
  );
  body.push(
    L(c, {
      en: () => [
        'Re: Termination of contract ',
        c.nOrder(),
        '\n\nDear Sir or Madam,\n\nI hereby terminate the above contract with effect from ',
        c.nDate(),
        '. Please confirm in writing to ',
        c.email(me, c.pick(c.c.mail)),
        ' and refund the remaining balance to ',
        c.iban(),
        '. I can be reached on ',
        c.phone(),
        '.\n\nYours faithfully,\n\n',
        c.P(me),
      ],
      de: () => [
        'Betreff: Kündigung Vertrag ',
        c.nOrder(),
        '\n\nSehr geehrte Damen und Herren,\n\nhiermit kündige ich den oben genannten Vertrag fristgerecht zum ',
        c.nDate(),
        '. Bitte bestätigen Sie die Kündigung schriftlich an ',
        c.email(me, c.pick(c.c.mail)),
        ' und erstatten Sie das Guthaben auf ',
        c.iban(),
        '. Telefonisch bin ich unter ',
        c.phone(),
        ' erreichbar.\n\nMit freundlichen Grüßen\n\n',
        c.P(me),
      ],
      fr: () => [
        'Objet : Résiliation du contrat ',
        c.nOrder(),
        '\n\nMadame, Monsieur,\n\nPar la présente, je résilie le contrat cité en référence à compter du ',
        c.nDate(),
        '. Merci de me confirmer la résiliation par écrit à ',
        c.email(me, c.pick(c.c.mail)),
        ' et de rembourser le solde sur le compte ',
        c.iban(),
        '. Je reste joignable au ',
        c.phone(),
        '.\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n',
        c.P(me),
      ],
      es: () => [
        'Asunto: Baja del contrato ',
        c.nOrder(),
        '\n\nMuy señores míos:\n\nPor medio de la presente solicito la baja del contrato indicado con efecto ',
        c.nDate(),
        '. Les ruego confirmen la baja por escrito a ',
        c.email(me, c.pick(c.c.mail)),
        ' y devuelvan el saldo a la cuenta ',
        c.iban(),
        '. Pueden localizarme en el ',
        c.phone(),
        '.\n\nAtentamente,\n\n',
        c.P(me),
      ],
    }),
    '\n',
  );
  c.d.put(ocrHeader(c), ocr(c, body, c.pick([0.01, 0.03, 0.05])));
}

function spokenPhone(e: Ent): Ent {
  return e.with(e.v.replace('(0)', '').replace(/[()]/g, '').replace(/\s+/g, ' ').trim());
}

function tVoicemail(c: Ctx): void {
  const n = c.person();
  const other = c.person();
  const caller = spokenPhone(c.phone());
  c.d.put(
    c.s({ en: 'Voicemail', de: 'Sprachnachricht', fr: 'Message vocal', es: 'Mensaje de voz' }),
    ' · ',
    c.s({ en: 'from', de: 'von', fr: 'de', es: 'de' }),
    ' ',
    c.ch(0.8)
      ? c.phone()
      : c.s({ en: 'unknown number', de: 'unbekannt', fr: 'numéro masqué', es: 'número oculto' }),
    ' · ',
    c.nTs(c.pick(['isoOff', 'sql'])),
    ' · 0:',
    String(c.int(12, 59)),
    '\n',
    c.s({ en: 'Transcription', de: 'Transkription', fr: 'Transcription', es: 'Transcripción' }),
    ' (confidence 0.',
    String(c.int(62, 95)),
    '):\n',
  );
  const parts: Piece[] = [];
  parts.push(
    L(c, {
      en: () => [
        c.pick(['hi ', 'hey ', 'hello ']),
        'this is ',
        c.P(n, c.pick<Form>(['lower', 'lower', 'lowerfirst'])),
        ' ',
        c.pick<Piece>([['from ', c.nCo()], 'calling about my claim', 'returning your call']),
      ],
      de: () => [
        c.pick(['hallo ', 'ja hallo ', 'guten tag ']),
        'hier ist ',
        c.P(n, c.pick<Form>(['lower', 'lower', 'lowerfirst'])),
        ' ',
        c.pick<Piece>([['von der ', c.nCo()], 'wegen meiner rechnung', 'ich rufe zurück']),
      ],
      fr: () => [
        c.pick(['bonjour ', 'oui bonjour ', 'allô ']),
        'c’est ',
        c.P(n, c.pick<Form>(['lower', 'lower', 'lowerfirst'])),
        ' ',
        c.pick<Piece>([['de chez ', c.nCo()], 'pour mon dossier', 'je vous rappelle']),
      ],
      es: () => [
        c.pick(['hola ', 'buenas ', 'sí hola ']),
        'soy ',
        c.P(n, c.pick<Form>(['lower', 'lower', 'lowerfirst'])),
        ' ',
        c.pick<Piece>([['de ', c.nCo()], 'por lo de mi factura', 'le devuelvo la llamada']),
      ],
    }),
  );
  const opts: Loc<readonly Gen[]> = {
    en: [
      () => ['my number is ', caller, ' again that’s ', caller],
      () => ['my date of birth is ', c.dobSpoken(), ' if you need it for security'],
      () => ['the reference is ', c.nOrder()],
      () => ['i’m at ', c.addr(), ' so the technician can come any time after ', c.nDay()],
      () => ['can you tell ', c.P(other, 'lowerfirst'), ' i called'],
      () => ['the amount was ', c.nPrice(), ' and it went out twice'],
    ],
    de: [
      () => ['meine nummer ist ', caller, ' also nochmal ', caller],
      () => ['geboren bin ich am ', c.dobSpoken(), ' falls sie das brauchen'],
      () => ['die vorgangsnummer ist ', c.nOrder()],
      () => ['ich wohne ', c.addr(), ' der techniker kann jederzeit kommen'],
      () => ['sagen sie bitte ', c.P(other, 'lowerfirst'), ' dass ich angerufen habe'],
      () => ['es ging um ', c.nPrice(), ' die wurden doppelt abgebucht'],
    ],
    fr: [
      () => ['mon numéro c’est le ', caller, ' je répète ', caller],
      () => ['je suis née le ', c.dobSpoken(), ' si vous en avez besoin'],
      () => ['la référence c’est ', c.nOrder()],
      () => ['j’habite ', c.addr(), ' le technicien peut passer quand il veut'],
      () => ['vous pouvez dire à ', c.P(other, 'lowerfirst'), ' que j’ai appelé'],
      () => ['c’était ', c.nPrice(), ' prélevés deux fois'],
    ],
    es: [
      () => ['mi número es el ', caller, ' repito ', caller],
      () => ['mi fecha de nacimiento es el ', c.dobSpoken(), ' por si la necesitan'],
      () => ['la referencia es ', c.nOrder()],
      () => ['vivo en ', c.addr(), ' el técnico puede venir cuando quiera'],
      () => ['díganle a ', c.P(other, 'lowerfirst'), ' que he llamado'],
      () => ['eran ', c.nPrice(), ' y me los cobraron dos veces'],
    ],
  };
  for (const g of c.r.some(opts[c.lang], 2, 4)) parts.push(g());
  parts.push(
    c.s({
      en: ['thanks bye', 'okay bye bye', 'cheers'],
      de: ['danke tschüss', 'auf wiederhören', 'tschau'],
      fr: ['merci au revoir', 'bonne journée au revoir'],
      es: ['gracias adiós', 'vale hasta luego'],
    }),
  );
  const sep = c.pick([' ', ' ', ', ', '. ']);
  const out: Piece[] = [];
  parts.forEach((p, i) => out.push(i > 0 ? sep : '', p));
  c.d.put(lower(mapSegs(out, (s, plain) => (plain ? s : s.replace(/[()]/g, '')))), '\n');
}

function q(p: Piece, pref = "'"): Seg[] {
  const segs = flat(p);
  const text = segs.map((s) => (typeof s === 'string' ? s : s.v)).join('');
  const qq = text.includes(pref) ? (pref === '"' ? "'" : '"') : pref;
  return [qq, ...segs, qq];
}

function pyLines(c: Ctx, forNotebook: boolean): Piece[] {
  const lines: Piece[] = [];
  const owner = c.person();
  const cust = c.person();
  lines.push('import os');
  lines.push(
    c.pick(['import openai', 'from openai import OpenAI', 'import boto3', 'import pandas as pd']),
  );
  const picks = c.r.some(
    ['openai', 'aws', 'hf', 'slack', 'gh', 'db', 'pem', 'mail', 'anthropic', 'jwt'],
    2,
    4,
  );
  for (const k of picks) {
    if (k === 'openai')
      lines.push(
        c.pick<Piece>([
          ['openai.api_key = "', c.secret('openai'), '"'],
          ['client = OpenAI(api_key="', c.secret('openai'), '")'],
        ]),
      );
    else if (k === 'aws')
      lines.push(
        ['os.environ["AWS_ACCESS_KEY_ID"] = "', c.aws(), '"'],
        ['os.environ["AWS_SECRET_ACCESS_KEY"] = "', c.awsSecret(), '"'],
      );
    else if (k === 'hf') lines.push(['HF_TOKEN = "', c.secret('hf'), '"']);
    else if (k === 'slack') lines.push(['slack = WebClient(token="', c.slack(), '")']);
    else if (k === 'gh') lines.push(['gh = Github("', c.gh(), '")']);
    else if (k === 'db')
      lines.push([
        'conn = psycopg2.connect(host="',
        new Ent(TYPES.IP, c.ip4Str(true)),
        '", user="analytics", password="',
        c.secret('pw'),
        '")',
      ]);
    else if (k === 'pem' && !forNotebook) lines.push(['SERVICE_KEY = """', c.pem(), '"""']);
    else if (k === 'mail')
      lines.push(['send_report(to="', c.email(owner, c.co.domain), '", cc="', c.email(), '")']);
    else if (k === 'anthropic') lines.push(['ANTHROPIC_API_KEY = "', c.secret('anthropic'), '"']);
    else lines.push(['headers = {"Authorization": "Bearer ', c.jwt(), '"}']);
  }
  if (c.ch(0.5))
    lines.push([
      '# TODO ',
      c.P(owner, 'first'),
      ': ',
      c.s({
        en: 'rotate these keys before ',
        de: 'Keys vor dem ',
        fr: 'changer les clés avant le ',
        es: 'rotar las claves antes del ',
      }),
      c.nDate(),
      c.lang === 'de' ? ' rotieren' : '',
    ]);
  if (c.ch(0.5))
    lines.push([
      'test_customer = {"name": ',
      q(c.P(cust), '"'),
      ', "email": "',
      c.email(cust, c.pick(c.c.mail)),
      '", "phone": "',
      c.phone(),
      '"}',
    ]);
  lines.push(
    c.pick([
      'df = pd.read_csv("customers_export.csv")',
      'resp = client.chat.completions.create(model="gpt-4o", messages=msgs)',
      'print(len(docs))',
    ]),
  );
  return lines;
}

function dfOutput(c: Ctx): Piece[] {
  const rows = c.int(2, 4);
  const out: Piece[] = [`${' '.repeat(4)}name${' '.repeat(18)}email${' '.repeat(22)}phone\n`];
  for (let i = 0; i < rows; i++) {
    const n = c.person();
    const nm = c.P(n);
    const em = c.email(n, c.pick(c.c.mail));
    out.push([
      String(i),
      '   ',
      nm,
      ' '.repeat(Math.max(2, 22 - nm.v.length)),
      em,
      ' '.repeat(Math.max(2, 27 - em.v.length)),
      c.phone(),
      '\n',
    ]);
  }
  return out;
}

function tNotebook(c: Ctx): void {
  const asNb = c.ch(0.55);
  if (!asNb) {
    c.d.put(
      c.pick(['# ingest.py', '# quick test script', '#!/usr/bin/env python3', '# eval_runner.py']),
      '\n',
    );
    for (const l of pyLines(c, false)) c.d.put(l, '\n');
    return;
  }
  const src = (ls: readonly Piece[]): JV =>
    ls.map((l, i) => new Rich([l, i < ls.length - 1 ? '\n' : '']));
  const lines = pyLines(c, true);
  const cut = Math.max(2, Math.floor(lines.length / 2));
  const cells: JV[] = [
    {
      cell_type: 'markdown',
      metadata: {},
      source: src([
        [
          '# ',
          c.s({
            en: 'Support bot evaluation',
            de: 'Auswertung Support-Bot',
            fr: 'Évaluation du bot support',
            es: 'Evaluación del bot de soporte',
          }),
          ' (',
          c.nDate(),
          ')',
        ],
      ]),
    },
    {
      cell_type: 'code',
      execution_count: 1,
      metadata: {},
      outputs: [],
      source: src(lines.slice(0, cut)),
    },
    {
      cell_type: 'code',
      execution_count: 2,
      metadata: {},
      outputs: [],
      source: src(lines.slice(cut)),
    },
  ];
  if (c.ch(0.6))
    cells.push({
      cell_type: 'code',
      execution_count: 3,
      metadata: {},
      outputs: [
        {
          output_type: 'execute_result',
          execution_count: 3,
          data: { 'text/plain': dfOutput(c).map((p) => new Rich([p])) },
          metadata: {},
        },
      ],
      source: src(['df.head()']),
    });
  c.d.put(
    json(
      {
        cells,
        metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
        nbformat: 4,
        nbformat_minor: 5,
      },
      { indent: 1, spaced: false },
    ),
    '\n',
  );
}

function tDevScript(c: Ctx): void {
  const style = c.pick(['js', 'ts', 'sh']);
  const u = c.person();
  if (style === 'sh') {
    c.d.put('#!/usr/bin/env bash\nset -euo pipefail\n');
    const picks = c.r.some(['gh', 'aws', 'curl', 'psql', 'slack', 'openai'], 2, 4);
    for (const k of picks) {
      if (k === 'gh') c.d.put('export GITHUB_TOKEN=', c.gh(), '\n');
      else if (k === 'aws')
        c.d.put(
          'aws configure set aws_access_key_id ',
          c.aws(),
          '\naws configure set aws_secret_access_key ',
          c.awsSecret(),
          '\n',
        );
      else if (k === 'curl')
        c.d.put('curl -s -H "Authorization: Bearer ', c.jwt(), '" ', c.url('api'), '\n');
      else if (k === 'psql')
        c.d.put(
          'psql "host=',
          new Ent(TYPES.IP, c.ip4Str()),
          ' user=app password=',
          c.secret(c.pick(['pw', 'rand'])),
          ' dbname=crm"\n',
        );
      else if (k === 'slack')
        c.d.put(
          'curl -s -X POST -H "Authorization: Bearer ',
          c.slack(),
          '" -d "channel=C0',
          c.r.chars(8, UP + DIG),
          '" -d "text=deploy done"\n',
        );
      else c.d.put('export OPENAI_API_KEY=', c.secret('openai'), '\n');
    }
    if (c.ch(0.5)) c.d.put('echo "notify ', c.email(u, c.co.domain), '"\n');
    return;
  }
  const ts = style === 'ts';
  c.d.put(
    ts
      ? "import { WebClient } from '@slack/web-api';\nimport { Octokit } from 'octokit';\n\n"
      : "const jwt = require('jsonwebtoken');\n\n",
  );
  const picks = c.r.some(['slack', 'gh', 'pem', 'jwt', 'fixture', 'stripe', 'aws'], 2, 4);
  for (const k of picks) {
    if (k === 'slack') c.d.put('const slack = new WebClient(', q(c.slack()), ');\n');
    else if (k === 'gh') c.d.put('const octokit = new Octokit({ auth: ', q(c.gh()), ' });\n');
    else if (k === 'pem') c.d.put('const privateKey = `', c.pem(), '`;\n');
    else if (k === 'jwt')
      c.d.put(
        'const token = jwt.sign({ sub: ',
        q(c.nUuid()),
        ' }, ',
        q(c.secret(c.pick(['hex', 'rand']))),
        ');\n',
      );
    else if (k === 'stripe') c.d.put('const stripe = new Stripe(', q(c.secret('stripe')), ');\n');
    else if (k === 'aws')
      c.d.put(
        'const s3 = new S3Client({ credentials: { accessKeyId: ',
        q(c.aws()),
        ', secretAccessKey: ',
        q(c.awsSecret()),
        ' } });\n',
      );
    else
      c.d.put(
        '\n// fixture for the e2e test\nconst testUser = {\n  name: ',
        q(c.P(u)),
        ',\n  email: ',
        q(c.email(u, c.pick(c.c.mail))),
        ',\n  phone: ',
        q(c.phone()),
        ',\n  address: ',
        q(c.addr()),
        ',\n};\n',
      );
  }
  if (c.ch(0.4))
    c.d.put(
      '// ',
      c.s({ en: 'ask ', de: 'frag ', fr: 'demander à ', es: 'pregunta a ' }),
      c.P(u, 'first'),
      c.s({
        en: ' before changing the webhook: ',
        de: ', bevor du den Webhook änderst: ',
        fr: ' avant de changer le webhook : ',
        es: ' antes de cambiar el webhook: ',
      }),
      c.url('api'),
      '\n',
    );
}

function tChatThread(c: Ctx): void {
  const n = c.person();
  const who = c.pick(['plain', 'md', 'bracket', 'persona']);
  const U = c.s({ en: 'User', de: 'Nutzer', fr: 'Utilisateur', es: 'Usuario' });
  const A = c.s({ en: 'Assistant', de: 'Assistent', fr: 'Assistant', es: 'Asistente' });
  const lab = (user: boolean): Piece =>
    who === 'md'
      ? `**${user ? U : A}:** `
      : who === 'bracket'
        ? `[${user ? 'user' : 'assistant'}] `
        : who === 'persona' && !user
          ? [c.nBot(), ': ']
          : `${user ? U : A}: `;
  const nm = c.P(n);
  const a = c.addr();
  const p = c.phone();
  const e = c.email(n, c.pick(c.c.mail));
  const sal = c.nPrice();
  c.d.put(
    lab(true),
    L(c, {
      en: () => [
        'Help me write a short cover note for a flat application. I’m ',
        nm,
        ', currently living at ',
        a,
        ', phone ',
        p,
        ', email ',
        e,
        '.',
      ],
      de: () => [
        'Hilf mir bei einem kurzen Anschreiben für eine Wohnungsbewerbung. Ich bin ',
        nm,
        ', wohne derzeit in der ',
        a,
        ', Tel. ',
        p,
        ', Mail ',
        e,
        '.',
      ],
      fr: () => [
        'Aide-moi à écrire un petit mot pour un dossier de location. Je suis ',
        nm,
        ', j’habite actuellement ',
        a,
        ', tél. ',
        p,
        ', e-mail ',
        e,
        '.',
      ],
      es: () => [
        'Ayúdame a escribir una nota breve para solicitar un piso. Soy ',
        nm,
        ', vivo ahora en ',
        a,
        ', teléfono ',
        p,
        ', correo ',
        e,
        '.',
      ],
    }),
    '\n\n',
    lab(false),
    L(c, {
      en: () => [
        'Here’s a draft:\n\n"Dear landlord, my name is ',
        nm,
        ' and I’m very interested in the flat. You can reach me on ',
        p,
        ' or at ',
        e,
        '."',
      ],
      de: () => [
        'Hier ein Entwurf:\n\n„Sehr geehrte Damen und Herren, mein Name ist ',
        nm,
        ' und ich interessiere mich sehr für die Wohnung. Sie erreichen mich unter ',
        p,
        ' oder per Mail an ',
        e,
        '.“',
      ],
      fr: () => [
        'Voici une proposition :\n\n« Madame, Monsieur, je m’appelle ',
        nm,
        ' et je suis très intéressé(e) par l’appartement. Vous pouvez me joindre au ',
        p,
        ' ou à ',
        e,
        '. »',
      ],
      es: () => [
        'Aquí tienes un borrador:\n\n«Estimado/a propietario/a: me llamo ',
        nm,
        ' y estoy muy interesado/a en el piso. Puede contactarme en el ',
        p,
        ' o en ',
        e,
        '.»',
      ],
    }),
    '\n\n',
    lab(true),
    L(c, {
      en: () => [
        'Add that I work at ',
        c.nCo(),
        ' and earn ',
        sal,
        ' net. Also my date of birth is ',
        c.dob(),
        '.',
      ],
      de: () => [
        'Ergänz, dass ich bei ',
        c.nCo(),
        ' arbeite und ',
        sal,
        ' netto verdiene. Geburtsdatum: ',
        c.dob(),
        '.',
      ],
      fr: () => [
        'Ajoute que je travaille chez ',
        c.nCo(),
        ' et gagne ',
        sal,
        ' net. Ma date de naissance : ',
        c.dob(),
        '.',
      ],
      es: () => [
        'Añade que trabajo en ',
        c.nCo(),
        ' y gano ',
        sal,
        ' netos. Mi fecha de nacimiento es ',
        c.dob(),
        '.',
      ],
    }),
    '\n\n',
    lab(false),
    L(c, {
      en: () => [
        'Updated: "... I work full-time at ',
        c.nCo(),
        ' (net income ',
        sal,
        '). Kind regards, ',
        c.P(n, 'first'),
        '"',
      ],
      de: () => [
        'Aktualisiert: „… Ich bin unbefristet bei ',
        c.nCo(),
        ' angestellt (netto ',
        sal,
        '). Mit freundlichen Grüßen, ',
        nm,
        '“',
      ],
      fr: () => [
        'Version mise à jour : « … Je travaille en CDI chez ',
        c.nCo(),
        ' (revenu net ',
        sal,
        '). Cordialement, ',
        nm,
        ' »',
      ],
      es: () => [
        'Actualizado: «… Trabajo con contrato indefinido en ',
        c.nCo(),
        ' (ingresos netos ',
        sal,
        '). Un saludo, ',
        c.P(n, 'first'),
        '»',
      ],
    }),
    '\n',
  );
}

function tTranslate(c: Ctx): void {
  const n = c.person();
  const dt = c.nDate();
  const nm = c.P(n);
  const p = c.phone();
  const e = c.email(n, c.co.domain);
  const i = c.iban();
  const target = c.s({ en: 'German', de: 'Englische', fr: 'anglais', es: 'inglés' });
  c.d.put(
    c.s({
      en: `Translate into ${target}:`,
      de: `Übersetze ins ${target}:`,
      fr: `Traduis en ${target} :`,
      es: `Traduce al ${target}:`,
    }),
    '\n\n',
    L(c, {
      en: () => [
        'Dear neighbours, from ',
        dt,
        ' a new property manager takes over. Your new contact is ',
        nm,
        ', phone ',
        p,
        ', ',
        e,
        '. Please pay rent to ',
        i,
        ' from now on.',
      ],
      de: () => [
        'Liebe Nachbarn, ab dem ',
        dt,
        n.female
          ? ' übernimmt eine neue Hausverwaltung. Neue Ansprechpartnerin ist '
          : ' übernimmt eine neue Hausverwaltung. Neuer Ansprechpartner ist ',
        nm,
        ', Tel. ',
        p,
        ', ',
        e,
        '. Mietzahlungen bitte ab sofort auf ',
        i,
        '.',
      ],
      fr: () => [
        'Chers voisins, à partir du ',
        dt,
        n.female
          ? ', le syndic change. Votre nouvelle interlocutrice est '
          : ', le syndic change. Votre nouvel interlocuteur est ',
        nm,
        ', tél. ',
        p,
        ', ',
        e,
        '. Les loyers sont à verser désormais sur ',
        i,
        '.',
      ],
      es: () => [
        'Estimados vecinos: a partir del ',
        dt,
        ' cambia la administración de la finca. La nueva persona de contacto es ',
        nm,
        ', tel. ',
        p,
        ', ',
        e,
        '. Los pagos del alquiler se harán a partir de ahora en ',
        i,
        '.',
      ],
    }),
    '\n',
  );
  if (c.ch(0.7))
    c.d.put(
      '\n---\n',
      L(c, {
        en: () => [
          'Liebe Nachbarn, ab dem ',
          dt,
          ' übernimmt eine neue Hausverwaltung. Ihr neuer Kontakt ist ',
          nm,
          ', Tel. ',
          p,
          ', ',
          e,
          '. Bitte überweisen Sie die Miete ab sofort auf ',
          i,
          '.',
        ],
        de: () => [
          'Dear neighbours, from ',
          dt,
          ' a new property management company takes over. The new contact is ',
          nm,
          ', phone ',
          p,
          ', ',
          e,
          '. Please pay your rent to ',
          i,
          ' from now on.',
        ],
        fr: () => [
          'Dear neighbours, from ',
          dt,
          ' the building manager changes. Your new contact is ',
          nm,
          ', phone ',
          p,
          ', ',
          e,
          '. Rent is now to be paid into ',
          i,
          '.',
        ],
        es: () => [
          'Dear neighbours, from ',
          dt,
          ' the building management changes. The new contact person is ',
          nm,
          ', phone ',
          p,
          ', ',
          e,
          '. Rent payments should now go to ',
          i,
          '.',
        ],
      }),
      '\n',
    );
}

function tGatewayLog(c: Ctx): void {
  const style = c.pick(['json', 'json', 'access']);
  const rows = c.int(2, 4);
  for (let i = 0; i < rows; i++) {
    const n = c.person();
    if (style === 'access') {
      c.d.put(
        c.ip(),
        ' - ',
        c.ch(0.5) ? c.email(n, c.co.domain) : '-',
        ' [',
        c.nTs('clf'),
        '] "POST /v1/chat/completions HTTP/1.1" ',
        c.pick(['200', '200', '429', '500']),
        ' ',
        String(c.int(200, 9000)),
        ' "-" "python-requests/',
        c.nVer(),
        '"\n',
      );
      continue;
    }
    const dl = dialog(c, n);
    const obj: Record<string, JV> = {
      ts: c.nTs('isoMs'),
      level: c.pick(['info', 'info', 'warn']),
      request_id: c.nUuid(),
      user: c.email(n, c.co.domain),
      client_ip: c.ip(),
      model: c.nVer(),
      prompt_tokens: c.int(40, 4000),
      completion_tokens: c.int(10, 900),
      latency_ms: c.int(200, 9000),
      prompt_preview: new Rich([dl.user]),
      pii_redacted: false,
    };
    if (c.ch(0.2)) obj.headers = { authorization: new Rich(['Bearer ', c.jwt()]) };
    if (c.ch(0.15)) obj.upstream_key = c.secret('openai');
    c.d.put(json(obj, { indent: 0, spaced: c.ch(0.5) }), '\n');
  }
}

function tHrPrompt(c: Ctx): void {
  const n = c.person();
  const mgr = c.person();
  const k =
    c.c.cc === 'US'
      ? c.pick(['reference', 'offer', 'w4', 'w4'])
      : c.pick(['reference', 'offer', 'offer', 'us_payroll']);
  const she = n.female;
  if (k === 'reference')
    c.d.put(
      L(c, {
        en: () => [
          'Write an employment reference for ',
          c.P(n),
          ' (born ',
          c.dob(),
          '), who worked as ',
          c.nJob(),
          ' at ',
          c.nCo(),
          ' from ',
          nMonthYear(c),
          ' to ',
          nMonthYear(c, 2020, 2024),
          '. ',
          she ? 'Her' : 'His',
          ' manager was ',
          c.P(mgr),
          '. Mention the ',
          c.nSoft(),
          ' migration ',
          she ? 'she' : 'he',
          ' led.',
        ],
        de: () => [
          'Schreib ein wohlwollendes Arbeitszeugnis für ',
          c.titled(n),
          ' (',
          c.P(n),
          ', geb. ',
          c.dob(),
          '), tätig als ',
          c.nJob(),
          ' bei der ',
          c.nCo(),
          ' vom ',
          c.nDate(),
          ' bis ',
          c.nDate(),
          '. Vorgesetzte/r: ',
          c.P(mgr),
          '. Erwähne die ',
          c.nSoft(),
          '-Migration.',
        ],
        fr: () => [
          'Rédige un certificat de travail pour ',
          c.P(n),
          ' (né(e) le ',
          c.dob(),
          '), ',
          c.nJob(),
          ' chez ',
          c.nCo(),
          ' du ',
          c.nDate(),
          ' au ',
          c.nDate(),
          '. Son responsable était ',
          c.P(mgr),
          '. Mentionne la migration ',
          c.nSoft(),
          '.',
        ],
        es: () => [
          'Redacta una carta de recomendación para ',
          c.P(n),
          ' (nacido/a el ',
          c.dob(),
          '), que trabajó como ',
          c.nJob(),
          ' en ',
          c.nCo(),
          ' desde ',
          nMonthYear(c),
          ' hasta ',
          nMonthYear(c, 2020, 2024),
          '. Su responsable fue ',
          c.P(mgr),
          '. Menciona la migración a ',
          c.nSoft(),
          '.',
        ],
      }),
      '\n',
    );
  else if (k === 'offer')
    c.d.put(
      L(c, {
        en: () => [
          'Draft an offer letter for ',
          c.P(n, c.pick<Form>(['full', 'midfull'])),
          ', ',
          c.addr(),
          '. Start date ',
          c.nDate(),
          ', salary ',
          c.nPrice(),
          ' gross per year, reporting to ',
          c.P(mgr),
          '. Send it to ',
          c.email(n, c.pick(c.c.mail)),
          '.',
        ],
        de: () => [
          'Entwirf ein Angebotsschreiben für ',
          c.P(n),
          ', ',
          c.addr(),
          '. Eintritt ',
          c.nDate(),
          ', Jahresbrutto ',
          c.nPrice(),
          ', disziplinarisch bei ',
          c.P(mgr),
          '. Versand an ',
          c.email(n, c.pick(c.c.mail)),
          '.',
        ],
        fr: () => [
          'Rédige une promesse d’embauche pour ',
          c.P(n),
          ', ',
          c.addr(),
          '. Début le ',
          c.nDate(),
          ', salaire ',
          c.nPrice(),
          ' brut annuel, rattaché(e) à ',
          c.P(mgr),
          '. À envoyer à ',
          c.email(n, c.pick(c.c.mail)),
          '.',
        ],
        es: () => [
          'Redacta una carta de oferta para ',
          c.P(n),
          ', ',
          c.addr(),
          '. Incorporación el ',
          c.nDate(),
          ', salario ',
          c.nPrice(),
          ' brutos anuales, reportando a ',
          c.P(mgr),
          '. Envíala a ',
          c.email(n, c.pick(c.c.mail)),
          '.',
        ],
      }),
      '\n',
    );
  else if (k === 'us_payroll') {
    const us = c.cc('US');
    c.d.put(
      L(c, {
        en: () => [
          'Our first US hire starts on ',
          c.nDate(),
          '. Prepare the payroll set-up for ',
          c.P(n),
          ': SSN ',
          c.ssn(),
          ', DOB ',
          c.dob(),
          ', address ',
          c.addr(us),
          ', phone ',
          c.phone(us),
          '.',
        ],
        de: () => [
          'Wir stellen ab dem ',
          c.nDate(),
          ' in den USA ein. Bitte bereite die Payroll-Unterlagen vor: ',
          c.P(n),
          ', SSN ',
          c.ssn(),
          ', geb. ',
          c.dob(),
          ', Adresse ',
          c.addr(us),
          ', Tel. ',
          c.phone(us),
          '.',
        ],
        fr: () => [
          'Nous embauchons aux États-Unis à partir du ',
          c.nDate(),
          '. Prépare le dossier de paie : ',
          c.P(n),
          ', SSN ',
          c.ssn(),
          ', né(e) le ',
          c.dob(),
          ', adresse ',
          c.addr(us),
          ', tél. ',
          c.phone(us),
          '.',
        ],
        es: () => [
          'Contratamos en EE. UU. a partir del ',
          c.nDate(),
          '. Prepara los datos de nómina: ',
          c.P(n),
          ', SSN ',
          c.ssn(),
          ', nacido/a el ',
          c.dob(),
          ', dirección ',
          c.addr(us),
          ', tel. ',
          c.phone(us),
          '.',
        ],
      }),
      '\n',
    );
  } else
    c.d.put(
      'Fill in the W-4 and I-9 details for ',
      c.P(n, 'midfull'),
      ': SSN ',
      c.ssn(),
      ', DOB ',
      c.dob(),
      ', home address ',
      c.addr(),
      ', phone ',
      c.phone(),
      '. Manager sign-off: ',
      c.P(mgr),
      '.\n',
    );
  if (c.ch(0.6))
    c.d.put(
      '\n',
      L(c, {
        en: () => [
          'Dear ',
          c.P(n, 'first'),
          ',\n\nWe are delighted to confirm ... ',
          c.P(mgr, 'first'),
          ' will be your manager.',
        ],
        de: () => [
          'Sehr geehrte/r ',
          c.titled(n),
          ',\n\nwir freuen uns, Ihnen mitteilen zu können … Ihre Führungskraft wird ',
          c.P(mgr),
          '.',
        ],
        fr: () => [
          'Bonjour ',
          c.P(n, 'first'),
          ',\n\nNous avons le plaisir de vous confirmer … Votre responsable sera ',
          c.P(mgr),
          '.',
        ],
        es: () => [
          'Estimado/a ',
          c.P(n, 'first'),
          ':\n\nNos complace confirmarle … Su responsable será ',
          c.P(mgr),
          '.',
        ],
      }),
      '\n',
    );
}

// ---------------------------------------------------------------------------------------------
// Genres with hard negatives only

function tModelCard(c: Ctx): void {
  const L1 = {
    en: [
      'Version',
      'Base model',
      'Released',
      'Checksum (sha256)',
      'Training run',
      'Intended use',
      'Price',
      'Evaluation',
    ],
    de: [
      'Version',
      'Basismodell',
      'Veröffentlicht',
      'Prüfsumme (sha256)',
      'Trainingslauf',
      'Einsatzzweck',
      'Preis',
      'Evaluation',
    ],
    fr: [
      'Version',
      'Modèle de base',
      'Publié le',
      'Somme de contrôle (sha256)',
      'Entraînement',
      'Usage prévu',
      'Prix',
      'Évaluation',
    ],
    es: [
      'Versión',
      'Modelo base',
      'Publicado',
      'Suma de verificación (sha256)',
      'Entrenamiento',
      'Uso previsto',
      'Precio',
      'Evaluación',
    ],
  }[c.lang];
  c.d.put('# ', c.nBot(), '-', String(c.pick([3, 7, 8, 13])), 'B-instruct — model card\n\n');
  c.d.put('- ', L1[0]!, ': ', c.nVer(), ' (build ', c.nVerQuad(), ')\n');
  c.d.put('- ', L1[1]!, ': ', c.nModel(), '\n');
  c.d.put('- ', L1[2]!, ': ', c.nDate(), '\n');
  c.d.put('- ', L1[3]!, ': ', c.nSha('sha256'), '\n');
  if (c.ch(0.6)) c.d.put('- ', L1[4]!, ': ', c.nUuid(), ' (', c.nTs('isoZ'), ')\n');
  c.d.put(
    '- ',
    L1[5]!,
    ': ',
    c.s({
      en: 'drafting replies for ',
      de: 'Antwortentwürfe für ',
      fr: 'brouillons de réponses pour ',
      es: 'borradores de respuesta para ',
    }),
    c.nCo(),
    '\n',
  );
  if (c.ch(0.6)) c.d.put('- ', L1[6]!, ': ', c.nPrice(), ' / 1M tokens\n');
  c.d.put(
    '- ',
    L1[7]!,
    ': support-QA ',
    String(c.int(60, 92)),
    '.',
    String(c.int(0, 9)),
    ', ',
    c.nModel(),
    ' baseline ',
    String(c.int(50, 90)),
    '.',
    String(c.int(0, 9)),
    '\n',
  );
  if (c.ch(0.5)) c.d.put('\n', c.decoy(), '\n');
}

function tReleaseNotes(c: Ctx): void {
  c.d.put('## ', c.nVer(), ' – ', c.nDate(), '\n\n');
  const items = c.r
    .shuffle<Gen>([
      () => [
        c.s({ en: 'Fixed: ', de: 'Behoben: ', fr: 'Corrigé : ', es: 'Corregido: ' }),
        c.nSoft(),
        c.s({
          en: ' connector dropped attachments (',
          de: '-Connector verlor Anhänge (',
          fr: ' : pièces jointes perdues (',
          es: ': se perdían adjuntos (',
        }),
        c.nOrder(),
        ')',
      ],
      () => [
        c.s({
          en: 'Changed: default model is now ',
          de: 'Geändert: Standardmodell ist jetzt ',
          fr: 'Modifié : le modèle par défaut est ',
          es: 'Cambio: el modelo por defecto es ',
        }),
        c.nVer(),
      ],
      () => ['Commits ', c.nSha('short'), ', ', c.nSha('short'), ', ', c.nSha('git')],
      () => [
        c.s({ en: 'Migration ', de: 'Migration ', fr: 'Migration ', es: 'Migración ' }),
        c.nUuid(),
        c.s({
          en: ' runs automatically on startup',
          de: ' läuft beim Start automatisch',
          fr: ' s’exécute au démarrage',
          es: ' se ejecuta al arrancar',
        }),
      ],
      () => [
        'Firmware ',
        c.nVerQuad(),
        c.s({
          en: ' required for the kiosk devices',
          de: ' für die Kiosk-Geräte erforderlich',
          fr: ' requis pour les bornes',
          es: ' necesario para los quioscos',
        }),
      ],
      () => [
        c.s({
          en: 'Thanks to the ',
          de: 'Danke an das ',
          fr: 'Merci à l’équipe ',
          es: 'Gracias al equipo de ',
        }),
        c.nSoft(),
        c.s({ en: ' team.', de: '-Team.', fr: '.', es: '.' }),
      ],
      () => c.decoy(),
      () => [
        c.s({
          en: 'Scheduled maintenance: ',
          de: 'Wartungsfenster: ',
          fr: 'Maintenance prévue : ',
          es: 'Mantenimiento programado: ',
        }),
        c.nTs('isoOff'),
      ],
      () => [
        c.s({
          en: 'Validation: test values ',
          de: 'Validierung: Testwerte ',
          fr: 'Validation : les valeurs de test ',
          es: 'Validación: los valores de prueba ',
        }),
        c.nCard(),
        ', ',
        c.nSsn(),
        c.s({
          en: ' are now rejected (bad checksum / invalid area)',
          de: ' werden jetzt abgelehnt (Prüfziffer / ungültiger Bereich)',
          fr: ' sont désormais refusées (clé de contrôle / zone invalide)',
          es: ' ahora se rechazan (dígito de control / área no válida)',
        }),
      ],
      () => [
        c.s({
          en: 'Fixed: IBAN ',
          de: 'Behoben: IBAN ',
          fr: 'Corrigé : l’IBAN ',
          es: 'Corregido: el IBAN ',
        }),
        c.nIban(),
        c.s({
          en: ' from the demo data no longer passes validation',
          de: ' aus den Demodaten besteht die Prüfung nicht mehr',
          fr: ' des données de démo ne passe plus la validation',
          es: ' de los datos de demo ya no pasa la validación',
        }),
      ],
    ])
    .slice(0, c.int(3, 6));
  for (const it of items) c.d.put('- ', it(), '\n');
}

function tEvalReport(c: Ctx): void {
  c.d.put(
    c.s({ en: 'Eval run ', de: 'Evaluationslauf ', fr: 'Évaluation ', es: 'Evaluación ' }),
    c.nUuid(),
    ' · ',
    c.nTs('isoZ'),
    '\n\n',
  );
  c.d.put(mdRow(['model', 'accuracy', 'p95 latency', 'cost']), mdRow(['---', '---', '---', '---']));
  const k = c.int(2, 4);
  for (let i = 0; i < k; i++)
    c.d.put(
      mdRow([
        c.nModel(),
        `${String(c.int(55, 95))}.${String(c.int(0, 9))} %`,
        `${String(c.int(300, 4000))} ms`,
        c.nPrice(),
      ]),
    );
  c.d.put(
    '\n',
    c.s({
      en: 'Decoy fixtures correctly ignored by the redactor:',
      de: 'Vom Redaktor korrekt ignorierte Köder-Fixtures:',
      fr: 'Leurres correctement ignorés par le masquage :',
      es: 'Señuelos ignorados correctamente por el anonimizador:',
    }),
    '\n',
  );
  const fx = c.r
    .shuffle<Gen>([
      () => ['- card ', c.nCard(), ' (Luhn fail)'],
      () => ['- IBAN ', c.nIban(), ' (bad check digits)'],
      () => ['- SSN ', c.nSsn(), ' (invalid area)'],
      () => ['- ISBN ', c.nIsbn()],
      () => ['- build ', c.nVerQuad()],
    ])
    .slice(0, c.int(2, 5));
  for (const f of fx) c.d.put(f(), '\n');
}

function tPricingFaq(c: Ctx): void {
  const qa: Loc<readonly Gen[]> = {
    en: [
      () => [
        'Q: How much does ',
        c.nBot(),
        ' cost?\nA: ',
        c.nPrice(),
        ' per seat and month, or ',
        c.nPrice(),
        ' billed yearly.',
      ],
      () => ['Q: When will Spanish be supported?\nA: Planned for ', c.nMonth(), '.'],
      () => ['Q: Which model powers it?\nA: ', c.nModel(), ', currently ', c.nVer(), '.'],
      () => [
        'Q: Who uses it already?\nA: Teams at ',
        c.nBrand(),
        ', ',
        c.nBrand(),
        ' and our own ',
        c.nPlace(),
        ' office.',
      ],
      () => ['Q: Is support available on weekends?\nA: No, ', c.nDay(), ' to ', c.nDay(), ' only.'],
    ],
    de: [
      () => [
        'F: Was kostet ',
        c.nBot(),
        '?\nA: ',
        c.nPrice(),
        ' pro Nutzer und Monat bzw. ',
        c.nPrice(),
        ' bei jährlicher Zahlung.',
      ],
      () => ['F: Ab wann gibt es Spanisch?\nA: Geplant für ', c.nMonth(), '.'],
      () => ['F: Welches Modell steckt dahinter?\nA: ', c.nModel(), ', aktuell ', c.nVer(), '.'],
      () => [
        'F: Wer nutzt das schon?\nA: Teams bei ',
        c.nBrand(),
        ', ',
        c.nBrand(),
        ' und unser Standort ',
        c.nPlace(),
        '.',
      ],
      () => ['F: Gibt es Support am Wochenende?\nA: Nein, nur ', c.nDay(), ' bis ', c.nDay(), '.'],
    ],
    fr: [
      () => [
        'Q : Combien coûte ',
        c.nBot(),
        ' ?\nR : ',
        c.nPrice(),
        ' par utilisateur et par mois, ou ',
        c.nPrice(),
        ' par an.',
      ],
      () => ['Q : Quand l’espagnol sera-t-il disponible ?\nR : Prévu pour ', c.nMonth(), '.'],
      () => [
        'Q : Quel modèle est utilisé ?\nR : ',
        c.nModel(),
        ', actuellement en ',
        c.nVer(),
        '.',
      ],
      () => [
        'Q : Qui l’utilise déjà ?\nR : Des équipes chez ',
        c.nBrand(),
        ', ',
        c.nBrand(),
        ' et notre site de ',
        c.nPlace(),
        '.',
      ],
      () => [
        'Q : Le support est-il ouvert le week-end ?\nR : Non, du lundi au vendredi uniquement.',
      ],
    ],
    es: [
      () => [
        'P: ¿Cuánto cuesta ',
        c.nBot(),
        '?\nR: ',
        c.nPrice(),
        ' por usuario y mes, o ',
        c.nPrice(),
        ' al año.',
      ],
      () => ['P: ¿Cuándo estará en catalán?\nR: Previsto para ', c.nMonth(), '.'],
      () => ['P: ¿Qué modelo usa?\nR: ', c.nModel(), ', actualmente la ', c.nVer(), '.'],
      () => [
        'P: ¿Quién lo usa ya?\nR: Equipos de ',
        c.nBrand(),
        ', ',
        c.nBrand(),
        ' y nuestra oficina de ',
        c.nPlace(),
        '.',
      ],
      () => ['P: ¿Hay soporte el fin de semana?\nR: No, solo de lunes a viernes.'],
    ],
  };
  c.d.put('# ', c.nBot(), ' – FAQ\n\n');
  for (const g of c.r.some(qa[c.lang], 2, 5)) c.d.put(g(), '\n\n');
}

function tPersonaPrompt(c: Ctx): void {
  c.d.put(
    'SYSTEM PROMPT ',
    c.nVer(),
    ' (',
    c.s({ en: 'updated', de: 'aktualisiert', fr: 'mis à jour', es: 'actualizado' }),
    ' ',
    c.nTs('isoZ'),
    ')\n\n',
  );
  c.d.put(sysPrompt(c), '\n');
  const rules = c.r
    .shuffle<Gen>([
      () => [
        c.s({
          en: '- Never quote discounts below ',
          de: '- Nenne nie Rabatte unter ',
          fr: '- Ne propose jamais de remise sous ',
          es: '- Nunca ofrezcas descuentos por debajo de ',
        }),
        c.nPrice(),
        '.',
      ],
      () => [
        c.s({
          en: '- If asked about ',
          de: '- Bei Fragen zu ',
          fr: '- Si on te parle de ',
          es: '- Si te preguntan por ',
        }),
        c.nBrand(),
        c.s({
          en: ', say we do not comment on partners.',
          de: ': Wir äußern uns nicht zu Partnern.',
          fr: ', réponds que nous ne commentons pas nos partenaires.',
          es: ', di que no comentamos sobre socios.',
        }),
      ],
      () => [
        c.s({
          en: '- Today’s date is ',
          de: '- Heute ist der ',
          fr: '- Nous sommes le ',
          es: '- Hoy es ',
        }),
        c.nDate(),
        '.',
      ],
      () => [
        c.s({
          en: '- You run on ',
          de: '- Du läufst auf ',
          fr: '- Tu tournes sur ',
          es: '- Funcionas con ',
        }),
        c.nModel(),
        ' (',
        c.nVer(),
        ').',
      ],
      () => ['- ', c.decoy()],
      () => [
        c.s({
          en: '- Escalate tickets tagged ',
          de: '- Tickets mit Tag ',
          fr: '- Escalade les tickets ',
          es: '- Escala los tickets ',
        }),
        c.nOrder(),
        c.s({
          en: ' to a human.',
          de: ' an einen Menschen übergeben.',
          fr: ' à un humain.',
          es: ' a una persona.',
        }),
      ],
    ])
    .slice(0, c.int(3, 5));
  for (const r of rules) c.d.put(r(), '\n');
}

function tReadingList(c: Ctx): void {
  const pubs = [
    "O'Reilly",
    'Springer',
    'Hanser',
    'Dunod',
    'Anaya',
    'Eyrolles',
    'Rheinwerk',
    'Manning',
    'Marcombo',
    'Wiley',
  ];
  const titles = {
    en: [
      'Designing Machine Learning Systems',
      'Practical Data Privacy',
      'Building LLM Apps',
      'Data Protection Handbook',
    ],
    de: [
      'Praxishandbuch DSGVO',
      'Maschinelles Lernen kompakt',
      'Datenschutz im Unternehmen',
      'KI-Recht für Einsteiger',
    ],
    fr: ['Le RGPD en pratique', 'Apprentissage automatique', 'IA et droit', 'Sécurité des données'],
    es: [
      'El RGPD en la práctica',
      'Aprendizaje automático',
      'Derecho e IA',
      'Seguridad de los datos',
    ],
  }[c.lang];
  c.d.put(
    c.s({
      en: 'Recommended reading (last updated ',
      de: 'Leseliste (zuletzt aktualisiert ',
      fr: 'Lectures conseillées (mise à jour ',
      es: 'Lecturas recomendadas (actualizado ',
    }),
    c.nDate(),
    ')\n\n',
  );
  const n = c.int(2, 4);
  const ts = c.r.shuffle(titles);
  for (let i = 0; i < n; i++)
    c.d.put(
      String(i + 1),
      '. ',
      ts[i % ts.length]!,
      ' — ',
      c.nn(c.pick(pubs)),
      ', ISBN ',
      c.nIsbn(),
      ', ',
      c.nPrice(),
      '\n',
    );
  if (c.ch(0.4)) c.d.put('\n', c.decoy(), '\n');
}

function tMacroTemplate(c: Ctx): void {
  c.d.put(
    'Macro: ',
    c.pick(['refund_confirmation', 'address_update', 'escalation_ack']),
    ' (',
    c.nVer(),
    ')\n---\n',
  );
  c.d.put(
    L(c, {
      en: () => [
        'Hi {{first_name}},\n\nyour refund of {{amount}} for order {{order_id}} is on its way and should arrive by {{eta}}.\n\n— {{agent_name}}, ',
        c.nCo(),
      ],
      de: () => [
        'Hallo {{vorname}},\n\nIhre Erstattung über {{betrag}} für Bestellung {{bestellnr}} ist unterwegs.\n\nViele Grüße\n{{agent_name}}, ',
        c.nCo(),
      ],
      fr: () => [
        'Bonjour {{prenom}},\n\nvotre remboursement de {{montant}} pour la commande {{commande}} est en cours.\n\nCordialement,\n{{agent_name}}, ',
        c.nCo(),
      ],
      es: () => [
        'Hola {{nombre}}:\n\ntu reembolso de {{importe}} del pedido {{pedido}} ya está en camino.\n\nUn saludo,\n{{agent_name}}, ',
        c.nCo(),
      ],
    }),
    '\n---\n',
    c.s({ en: 'Last edited ', de: 'Zuletzt bearbeitet ', fr: 'Modifié le ', es: 'Editado ' }),
    c.nTs('sql'),
    c.ch(0.5)
      ? [
          ' · ',
          c.s({
            en: 'example order ',
            de: 'Beispielbestellung ',
            fr: 'commande exemple ',
            es: 'pedido de ejemplo ',
          }),
          c.nOrder(),
          ' / ',
          c.nPrice(),
        ]
      : '',
    '\n',
  );
}

// ---------------------------------------------------------------------------------------------
// Assembly

const PII_GENRES: readonly (readonly [string, (c: Ctx) => void])[] = [
  ['prompt_email', tPromptEmail],
  ['draft_reply', tDraftReply],
  ['prompt_cv', tPromptCv],
  ['prompt_contract', tPromptContract],
  ['crm_prompt', tCrmPrompt],
  ['error_log_prompt', tErrorLog],
  ['config_prompt', tConfigPrompt],
  ['rag_chunk', tRagChunk],
  ['meeting_transcript', tMeetingTranscript],
  ['meeting_summary', tMeetingSummary],
  ['ft_messages', tFtMessages],
  ['ft_prompt_completion', tFtPromptCompletion],
  ['eval_dataset', tEvalDataset],
  ['tickets_labelled', tTicketsLabelled],
  ['annotation_export', tAnnotationExport],
  ['agent_tool_log', tAgentToolLog],
  ['vector_metadata', tVectorMetadata],
  ['moderation_item', tModeration],
  ['ocr_id_form', tOcrIdForm],
  ['ocr_invoice', tOcrInvoice],
  ['ocr_letter', tOcrLetter],
  ['voicemail_stt', tVoicemail],
  ['notebook_keys', tNotebook],
  ['dev_script', tDevScript],
  ['chat_thread', tChatThread],
  ['translate_prompt', tTranslate],
  ['gateway_log', tGatewayLog],
  ['hr_prompt', tHrPrompt],
];

const NEG_GENRES: readonly (readonly [string, (c: Ctx) => void])[] = [
  ['model_card', tModelCard],
  ['release_notes', tReleaseNotes],
  ['eval_report', tEvalReport],
  ['pricing_faq', tPricingFaq],
  ['persona_prompt', tPersonaPrompt],
  ['reading_list', tReadingList],
  ['macro_template', tMacroTemplate],
];

const ORDER: readonly Lang[] = ['en', 'de', 'fr', 'es'];

export interface Heldout11Trace {
  readonly records: Heldout11Record[];
  /** Per record, the PERSON strings as inserted (in order), for the generator's own checks. */
  readonly persons: string[][];
}

export function generateHeldout11Traced(n = 2000, seed = 1106): Heldout11Trace {
  const records: Heldout11Record[] = [];
  const persons: string[][] = [];
  const seen: Record<Lang, { pii: number; neg: number }> = {
    en: { pii: 0, neg: 0 },
    de: { pii: 0, neg: 0 },
    fr: { pii: 0, neg: 0 },
    es: { pii: 0, neg: 0 },
  };
  const off = new Rng(seed).int(0, 1000);
  for (let i = 0; i < n; i++) {
    const lang = ORDER[i % 4]!;
    const j = Math.floor(i / 4);
    const negOnly = j % 50 < 9;
    const r = new Rng(hash32(seed, i));
    const c = new Ctx(r, lang, country(r.weighted(LANG_CC[lang])));
    const s = seen[lang];
    const [g, fn] = negOnly
      ? NEG_GENRES[(s.neg++ + off) % NEG_GENRES.length]!
      : PII_GENRES[(s.pii++ + off) % PII_GENRES.length]!;
    fn(c);
    records.push({
      id: `h11-${lang}-${String(i).padStart(4, '0')}`,
      lang,
      template: `${lang}:${g}`,
      text: c.d.text,
      entities: c.d.ents,
      negatives: c.d.negs,
    });
    persons.push(c.d.persons);
  }
  return { records, persons };
}

export function generateHeldout11(n = 2000, seed = 1106): Heldout11Record[] {
  return generateHeldout11Traced(n, seed).records;
}
