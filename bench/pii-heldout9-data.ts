/**
 * Generator for `bench/pii-heldout9.ts`: a ninth, blind held-out set of short everyday records a
 * company's AI system logs — support chats and tickets, chatbot prompts with pasted personal data,
 * call transcripts, order/shipping/return mails, marketplace messages, driver notes, sign-up forms,
 * bounces, CRM exports, leads, job applications, CVs, recruiter mails, gig and dating profiles,
 * reviews, DMs, auth logs, webhooks, analytics events, .env / Kubernetes / Terraform files and
 * error reports. Written from the corpus README's labelling conventions only. Every text is built
 * from pieces whose offsets are recorded as they are appended; names come from faker's locale
 * lists or are assembled from syllables (`source` on PERSON spans). Seeded, deterministic.
 */
import {
  fakerDE,
  fakerDE_CH,
  fakerEN,
  fakerEN_AU,
  fakerEN_GB,
  fakerES,
  fakerES_MX,
  fakerFR,
  fakerFR_CA,
  type Faker,
} from '@faker-js/faker';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import type { HeldoutRecord, Lang } from './pii-heldout-data.js';

export interface Heldout9Span extends Span {
  readonly source?: 'listed' | 'invented';
}

export interface Heldout9Record extends HeldoutRecord {
  readonly entities: Heldout9Span[];
}

type Src = 'listed' | 'invented';

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
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(arr: readonly T[]): T {
    if (arr.length === 0) throw new Error('pick from empty list');
    return arr[Math.floor(this.next() * arr.length)]!;
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
  shuffle<T>(arr: readonly T[]): T[] {
    const a = [...arr];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = a[i]!;
      a[i] = a[j]!;
      a[j] = tmp;
    }
    return a;
  }
  some<T>(arr: readonly T[], lo: number, hi: number): T[] {
    return this.shuffle(arr).slice(0, this.int(lo, Math.min(hi, arr.length)));
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  chars(alphabet: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)]!;
    return s;
  }
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

// ---------------------------------------------------------------------------------------------
// Pieces: plain strings, labelled entities and hard negatives; offsets are taken while appending.

interface EntP {
  readonly k: 'e';
  readonly type: string;
  readonly v: string;
  readonly src?: Src;
}
interface NegP {
  readonly k: 'n';
  readonly kind: string;
  readonly v: string;
}
type Piece = string | EntP | NegP | false | null | undefined | readonly Piece[];

const E = (type: string, v: string, src?: Src): EntP =>
  src ? { k: 'e', type, v, src } : { k: 'e', type, v };
const N = (kind: string, v: string): NegP => ({ k: 'n', kind, v });

function isList(p: Piece): p is readonly Piece[] {
  return Array.isArray(p);
}

class Doc {
  text = '';
  readonly ents: Heldout9Span[] = [];
  readonly negs: { kind: string; start: number; end: number }[] = [];
  add(...ps: Piece[]): this {
    for (const p of ps) this.put(p);
    return this;
  }
  private put(p: Piece): void {
    if (p === false || p === null || p === undefined) return;
    if (typeof p === 'string') {
      this.text += p;
      return;
    }
    if (isList(p)) {
      for (const q of p) this.put(q);
      return;
    }
    const start = this.text.length;
    this.text += p.v;
    const end = this.text.length;
    if (p.k === 'e') {
      this.ents.push(
        p.src ? { type: p.type, start, end, source: p.src } : { type: p.type, start, end },
      );
    } else {
      this.negs.push({ kind: p.kind, start, end });
    }
  }
}

/** Join the rows that are not false/null/undefined with a separator ('' gives a blank line). */
function lines(rows: readonly Piece[], sep = '\n'): Piece[] {
  const out: Piece[] = [];
  for (const row of rows) {
    if (row === false || row === null || row === undefined) continue;
    if (out.length > 0) out.push(sep);
    out.push(row);
  }
  return out;
}

interface Ctx {
  readonly r: Rng;
  readonly lang: Lang;
}

type ByLang<T> = Readonly<Record<Lang, T>>;

/** A phrase in the context's language (a random variant when a list is given). */
function tx(c: Ctx, m: ByLang<string | readonly string[]>): string {
  const v = m[c.lang];
  return typeof v === 'string' ? v : c.r.pick(v);
}

/** Like `tx` for piece-builders. */
function tp(c: Ctx, m: ByLang<readonly (() => Piece)[]>): Piece {
  return c.r.pick(m[c.lang])();
}

// ---------------------------------------------------------------------------------------------
// Names

type Country =
  | 'US'
  | 'UK'
  | 'IE'
  | 'CA'
  | 'AU'
  | 'NZ'
  | 'DE'
  | 'AT'
  | 'CH'
  | 'FR'
  | 'BE'
  | 'ES'
  | 'MX'
  | 'PE'
  | 'CL';

interface Person {
  readonly first: string;
  readonly last: string;
  readonly middle: string;
  readonly fem: boolean;
  readonly src: Src;
  readonly lang: Lang;
  /** How this person's full name is usually written in the text (`nm(p)` without a form). */
  readonly pref: Form;
}

const LISTED: ByLang<readonly Faker[]> = {
  en: [fakerEN, fakerEN_GB, fakerEN_AU],
  de: [fakerDE, fakerDE_CH],
  fr: [fakerFR, fakerFR_CA],
  es: [fakerES, fakerES_MX],
};
const ALL_FAKERS: readonly Faker[] = [
  fakerEN,
  fakerEN_GB,
  fakerEN_AU,
  fakerDE,
  fakerDE_CH,
  fakerFR,
  fakerFR_CA,
  fakerES,
  fakerES_MX,
];

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'von', 'van', 'der', 'den', 'zu']);

function cleanName(raw: string, maxTokens: number): string | null {
  const toks = raw.trim().split(/\s+/);
  if (toks.length > maxTokens) return null;
  const out: string[] = [];
  for (const t of toks) {
    if (PARTICLES.has(t)) {
      out.push(t);
      continue;
    }
    if (!/^\p{L}[\p{L}'-]*\p{L}$/u.test(t)) return null;
    if (/gollum/i.test(t)) return null;
    out.push(t[0]!.toUpperCase() + t.slice(1));
  }
  const lastTok = out[out.length - 1];
  if (!lastTok || PARTICLES.has(lastTok) || PARTICLES.has(out[0]!)) return null;
  return out.join(' ');
}

interface Syl {
  readonly f: readonly [readonly string[], readonly string[]];
  readonly m: readonly [readonly string[], readonly string[]];
  readonly l: readonly [readonly string[], readonly string[]];
}

const SYL: ByLang<Syl> = {
  en: {
    f: [
      ['Ma', 'Ka', 'Bre', 'Jo', 'Al', 'El', 'Ro', 'Sha', 'Tam', 'Lyn', 'Dar', 'Ce', 'Ja', 'Mer'],
      ['rissa', 'lene', 'nna', 'dy', 'lyn', 'leigh', 'ra', 'sha', 'nette', 'lia', 'ssa'],
    ],
    m: [
      ['Bran', 'Dal', 'Gar', 'Jar', 'Ken', 'Tre', 'Col', 'Der', 'Wes', 'Mar', 'Cal', 'Ros'],
      ['don', 'vin', 'ric', 'ton', 'ett', 'rell', 'by', 'ley', 'lan', 'wick'],
    ],
    l: [
      ['Ash', 'Brad', 'Cal', 'Dun', 'Fen', 'Hol', 'Kir', 'Marl', 'Pen', 'Rad', 'Stan', 'Thorn'],
      ['ley', 'worth', 'ton', 'ford', 'by', 'wick', 'more', 'ridge', 'well', 'field', 'hurst'],
    ],
  },
  de: {
    f: [
      ['Ger', 'Hel', 'Ul', 'Lie', 'Mar', 'Wal', 'Rot', 'Bri', 'Sie', 'Edel', 'Frie', 'Ir'],
      ['trud', 'ke', 'rike', 'linde', 'gard', 'burga', 'da', 'gitte', 'lene', 'mgard'],
    ],
    m: [
      ['Bern', 'Det', 'Eck', 'Gun', 'Hart', 'Lud', 'Rein', 'Wil', 'Diet', 'Gott', 'Ul'],
      ['hard', 'mar', 'wig', 'bert', 'fried', 'old', 'helm', 'mut', 'ram', 'rich'],
    ],
    l: [
      ['Brau', 'Dorn', 'Eich', 'Fal', 'Gries', 'Hack', 'Kess', 'Lang', 'Mahl', 'Reit', 'Stroh'],
      ['mann', 'ler', 'inger', 'bach', 'hofer', 'meier', 'ke', 'brink', 'hausen', 'berger'],
    ],
  },
  fr: {
    f: [
      ['Ma', 'Clé', 'Lou', 'Éli', 'Ro', 'Ga', 'Vio', 'Jo', 'Mé', 'Ju', 'Ro', 'Sé'],
      ['line', 'sette', 'mence', 'ane', 'zanne', 'lie', 'rielle', 'ette', 'naëlle', 'lène'],
    ],
    m: [
      ['Ga', 'Lu', 'Ro', 'Bas', 'Fa', 'Mar', 'Thi', 'Ar', 'Ju', 'Cé', 'Gon', 'Ber'],
      ['tien', 'bert', 'nand', 'ric', 'mond', 'lien', 'baud', 'naud', 'drick', 'tran'],
    ],
    l: [
      ['Bel', 'Cham', 'Dela', 'Fon', 'Mar', 'Rou', 'Lau', 'Gri', 'Ver', 'Bou', 'Ter', 'Mor'],
      ['court', 'ard', 'eau', 'ois', 'ière', 'ville', 'mont', 'ssac', 'rand', 'chet', 'gnon'],
    ],
  },
  es: {
    f: [
      ['Ma', 'Lu', 'Ro', 'Gua', 'Ce', 'Xi', 'Ine', 'Ara', 'Fe', 'Mi', 'Ya', 'Ri'],
      ['riela', 'cinda', 'dana', 'mira', 'lia', 'rena', 'sela', 'cela', 'nira', 'beca'],
    ],
    m: [
      ['Al', 'Fer', 'Ro', 'Gil', 'Ber', 'Ra', 'Ma', 'Ger', 'Isi', 'Leo', 'Teo'],
      ['fonso', 'berto', 'lio', 'nando', 'cio', 'mundo', 'dro', 'lino', 'valdo', 'dulio'],
    ],
    l: [
      ['Al', 'Bel', 'Car', 'Ve', 'Mon', 'Ri', 'Za', 'Cas', 'Or', 'Ba', 'Que', 'Lu'],
      ['varado', 'trán', 'rasco', 'lazco', 'tero', 'vera', 'mora', 'tañeda', 'rreda', 'sada'],
    ],
  },
};

function syl(r: Rng, parts: readonly [readonly string[], readonly string[]]): string {
  return r.pick(parts[0]) + r.pick(parts[1]);
}

const DUTCH_STEM: readonly [readonly string[], readonly string[]] = [
  ['Ber', 'Dam', 'Hou', 'Lee', 'Wes', 'Kam', 'Gro', 'Vel', 'Rij'],
  ['ten', 'uwen', 'kamp', 'hof', 'sma', 'dijk', 'veen', 'berg'],
];
const BRETON_STEM: readonly [readonly string[], readonly string[]] = [
  ['Goff', 'Bih', 'Guer', 'Kerv', 'Flo', 'Marr', 'Briz'],
  ['ec', 'an', 'ou', 'ic', 'en', 'ennec', 'ic'],
];

function inventedPerson(r: Rng, lang: Lang): Omit<Person, 'pref'> {
  const s = SYL[lang];
  const fem = r.chance(0.5);
  const first = syl(r, fem ? s.f : s.m);
  const middle = syl(r, fem ? s.f : s.m);
  let last = syl(r, s.l);
  const x = r.next();
  if (lang === 'en' && x < 0.08) last = "O'" + syl(r, s.l);
  else if ((lang === 'de' || lang === 'en') && x < 0.14) last = 'van ' + syl(r, DUTCH_STEM);
  else if (lang === 'fr' && x < 0.12) last = 'Le ' + syl(r, BRETON_STEM);
  else if (lang === 'es' && x < 0.3) last = last + ' ' + syl(r, s.l);
  return { first, last, middle, fem, src: 'invented', lang };
}

function listedPerson(r: Rng, lang: Lang): Omit<Person, 'pref'> {
  const f = r.pick(LISTED[lang]);
  const fem = r.chance(0.5);
  const sex = fem ? 'female' : 'male';
  let first = '';
  let last = '';
  let middle = '';
  for (let i = 0; i < 40 && !(first && last && middle); i++) {
    first ||= cleanName(f.person.firstName(sex), lang === 'es' ? 4 : 1) ?? '';
    middle ||= cleanName(f.person.firstName(sex), 1) ?? '';
    last ||= cleanName(f.person.lastName(), lang === 'es' ? 3 : 1) ?? '';
  }
  if (!first || !last || !middle) throw new Error('no clean faker name');
  const x = r.next();
  if (lang === 'es' && last.includes(' ') && x < 0.35) last = last.split(' ')[0]!;
  else if (lang === 'es' && !last.includes(' ') && x < 0.45) {
    last = r.pick(['de la ', 'del ', 'de los ', 'de ']) + last;
  } else if (lang === 'de' && x < 0.07) {
    const other = cleanName(f.person.lastName(), 1);
    if (other && other !== last && !last.includes('-')) last = `${last}-${other}`;
  } else if (lang === 'de' && x < 0.11) last = 'von ' + last;
  else if (lang === 'fr' && x < 0.07) {
    const other = cleanName(f.person.lastName(), 1);
    if (other && other !== last && !last.includes(' ')) last = `${last}-${other}`;
  } else if (lang === 'fr' && x < 0.11 && !last.includes(' ')) last = 'de ' + last;
  return { first, last, middle, fem, src: 'listed', lang };
}

function makePerson(r: Rng, lang: Lang): Person {
  const base = r.chance(0.25) ? inventedPerson(r, lang) : listedPerson(r, lang);
  const pref = r.weighted<Form>([
    ['full', 64],
    ['midInit', lang === 'en' ? 7 : 1],
    ['middle', 5],
    ['initials2', lang === 'en' ? 2 : 0],
    ['lower', 7],
    ['upper', 2],
    ['lastFirst', 4],
    ['upperLast', lang === 'fr' ? 5 : 1],
    ['initial', 4],
  ]);
  return { ...base, pref };
}

type Form =
  | 'full'
  | 'first'
  | 'last'
  | 'lastFirst'
  | 'initial'
  | 'midInit'
  | 'middle'
  | 'initials2'
  | 'lower'
  | 'lowerFirst'
  | 'upper'
  | 'upperLast';

function firstTok(s: string): string {
  return s.split(/[\s-]/)[0]!;
}

function render(p: Person, form: Form): string {
  switch (form) {
    case 'full':
      return `${p.first} ${p.last}`;
    case 'first':
      return p.first;
    case 'last':
      return p.last;
    case 'lastFirst':
      return `${p.last}, ${p.first}`;
    case 'initial':
      // In French "M. Dupont" reads as "Monsieur Dupont"; spell such names out.
      return p.lang === 'fr' && p.first.startsWith('M')
        ? `${p.first} ${p.last}`
        : `${p.first[0]!}. ${p.last}`;
    case 'midInit':
      return `${p.first} ${p.middle[0]!}. ${p.last}`;
    case 'middle':
      return `${firstTok(p.first)} ${p.middle} ${p.last}`;
    case 'initials2':
      return `${p.first[0]!}.${p.middle[0]!}. ${p.last}`;
    case 'lower':
      return `${p.first} ${p.last}`.toLowerCase();
    case 'lowerFirst':
      return p.first.toLowerCase();
    case 'upper':
      return `${p.first} ${p.last}`.toUpperCase();
    case 'upperLast':
      return `${p.last.toUpperCase()} ${p.first}`;
  }
}

/** A PERSON piece (in the person's usual written form unless one is given). */
function nm(p: Person, form?: Form): EntP {
  return E('PERSON', render(p, form ?? p.pref), p.src);
}

/** A random written form of a full name, weighted towards "First Last". */
function anyForm(c: Ctx): Form {
  const forms: [Form, number][] = [
    ['full', 50],
    ['lastFirst', 6],
    ['initial', 6],
    ['middle', 4],
    ['lower', 8],
    ['upper', 2],
    ['upperLast', c.lang === 'fr' ? 6 : 1],
  ];
  if (c.lang === 'en') forms.push(['midInit', 6], ['initials2', 2]);
  return c.r.weighted(forms);
}

function title(c: Ctx, p: Person): string {
  const t: ByLang<readonly [string, string]> = {
    en: [c.r.pick(['Mr', 'Mr.']), c.r.pick(['Ms', 'Mrs', 'Ms.', 'Mrs.'])],
    de: ['Herr', 'Frau'],
    fr: [c.r.pick(['M.', 'Monsieur']), c.r.pick(['Mme', 'Madame', 'Mme.'])],
    es: [c.r.pick(['Sr.', 'señor']), c.r.pick(['Sra.', 'señora'])],
  };
  return t[c.lang][p.fem ? 1 : 0];
}

// ---------------------------------------------------------------------------------------------
// Countries: addresses, phones, e-mail domains

const LANG_COUNTRIES: ByLang<readonly (readonly [Country, number])[]> = {
  en: [
    ['US', 35],
    ['UK', 25],
    ['IE', 10],
    ['CA', 10],
    ['AU', 12],
    ['NZ', 8],
  ],
  de: [
    ['DE', 60],
    ['AT', 20],
    ['CH', 20],
  ],
  fr: [
    ['FR', 60],
    ['BE', 20],
    ['CH', 10],
    ['CA', 10],
  ],
  es: [
    ['ES', 45],
    ['MX', 30],
    ['PE', 10],
    ['CL', 10],
    ['US', 5],
  ],
};

const COUNTRY_NAME: ByLang<Readonly<Record<Country, string>>> = {
  en: {
    US: 'United States',
    UK: 'United Kingdom',
    IE: 'Ireland',
    CA: 'Canada',
    AU: 'Australia',
    NZ: 'New Zealand',
    DE: 'Germany',
    AT: 'Austria',
    CH: 'Switzerland',
    FR: 'France',
    BE: 'Belgium',
    ES: 'Spain',
    MX: 'Mexico',
    PE: 'Peru',
    CL: 'Chile',
  },
  de: {
    US: 'USA',
    UK: 'Vereinigtes Königreich',
    IE: 'Irland',
    CA: 'Kanada',
    AU: 'Australien',
    NZ: 'Neuseeland',
    DE: 'Deutschland',
    AT: 'Österreich',
    CH: 'Schweiz',
    FR: 'Frankreich',
    BE: 'Belgien',
    ES: 'Spanien',
    MX: 'Mexiko',
    PE: 'Peru',
    CL: 'Chile',
  },
  fr: {
    US: 'États-Unis',
    UK: 'Royaume-Uni',
    IE: 'Irlande',
    CA: 'Canada',
    AU: 'Australie',
    NZ: 'Nouvelle-Zélande',
    DE: 'Allemagne',
    AT: 'Autriche',
    CH: 'Suisse',
    FR: 'France',
    BE: 'Belgique',
    ES: 'Espagne',
    MX: 'Mexique',
    PE: 'Pérou',
    CL: 'Chili',
  },
  es: {
    US: 'Estados Unidos',
    UK: 'Reino Unido',
    IE: 'Irlanda',
    CA: 'Canadá',
    AU: 'Australia',
    NZ: 'Nueva Zelanda',
    DE: 'Alemania',
    AT: 'Austria',
    CH: 'Suiza',
    FR: 'Francia',
    BE: 'Bélgica',
    ES: 'España',
    MX: 'México',
    PE: 'Perú',
    CL: 'Chile',
  },
};

const US_CITIES: readonly (readonly [string, string, string])[] = [
  ['Austin', 'TX', '787'],
  ['Columbus', 'OH', '432'],
  ['Portland', 'OR', '972'],
  ['Denver', 'CO', '802'],
  ['Raleigh', 'NC', '276'],
  ['Tampa', 'FL', '336'],
  ['Phoenix', 'AZ', '850'],
  ['Madison', 'WI', '537'],
  ['Boise', 'ID', '837'],
  ['Sacramento', 'CA', '958'],
  ['Albany', 'NY', '122'],
  ['Newark', 'NJ', '071'],
  ['Springfield', 'IL', '627'],
  ['San Antonio', 'TX', '782'],
  ['Miami', 'FL', '331'],
  ['Chicago', 'IL', '606'],
  ['Brooklyn', 'NY', '112'],
  ['Los Angeles', 'CA', '900'],
];
const US_STREETS = [
  'Maple',
  'Oak',
  'Cedar',
  'Elm',
  'Washington',
  'Lincoln',
  'Park',
  'Lake',
  'Hillcrest',
  'Walnut',
  'Sunset',
  'Highland',
  'Jefferson',
  'Franklin',
  'Church',
  'Mill',
  'River',
  'Ridge',
  'Pine',
  'Willow',
  'Magnolia',
  'Chestnut',
];
const US_SUFFIX = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Blvd', 'Dr', 'Ln', 'Way', 'Ct'];

const UK_TOWNS: readonly (readonly [string, readonly string[]])[] = [
  ['London', ['SW11', 'N16', 'E8', 'SE15', 'NW5', 'W12']],
  ['Manchester', ['M1', 'M14', 'M20']],
  ['Leeds', ['LS6', 'LS1', 'LS8']],
  ['Bristol', ['BS8', 'BS3', 'BS6']],
  ['Birmingham', ['B15', 'B13', 'B29']],
  ['Edinburgh', ['EH3', 'EH6', 'EH10']],
  ['Glasgow', ['G12', 'G41']],
  ['Cardiff', ['CF10', 'CF24']],
  ['Nottingham', ['NG7', 'NG5']],
  ['Brighton', ['BN1', 'BN2']],
  ['York', ['YO10', 'YO31']],
];
const UK_STREETS = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Victoria Road',
  'Park Avenue',
  'Mill Lane',
  'Queens Road',
  'Kings Road',
  'The Crescent',
  'Manor Way',
  'Green Lane',
  'Albert Street',
  'York Road',
  'Orchard Close',
  'Windsor Gardens',
];
const IE_PLACES: readonly (readonly [string, string])[] = [
  ['Dublin 4', 'D04'],
  ['Dublin 8', 'D08'],
  ['Rathmines, Dublin 6', 'D06'],
  ['Cork', 'T12'],
  ['Ballincollig, Co. Cork', 'P31'],
  ['Galway', 'H91'],
  ['Limerick', 'V94'],
  ['Navan, Co. Meath', 'C15'],
  ['Bray, Co. Wicklow', 'A98'],
];
const IE_STREETS = [
  'Main Street',
  'Church Road',
  'Strand Road',
  'Patrick Street',
  'Castle Street',
  'Bridge Street',
  'Harbour View',
  'Seafield Road',
];
const CA_EN: readonly (readonly [string, string, string])[] = [
  ['Toronto', 'ON', 'M5V'],
  ['Toronto', 'ON', 'M4C'],
  ['Ottawa', 'ON', 'K1P'],
  ['Vancouver', 'BC', 'V6B'],
  ['Calgary', 'AB', 'T2P'],
  ['Halifax', 'NS', 'B3J'],
  ['Winnipeg', 'MB', 'R3C'],
  ['Edmonton', 'AB', 'T5J'],
];
const CA_EN_STREETS = [
  'King St W',
  'Queen St E',
  'Yonge St',
  'Bloor St W',
  'Main St',
  'Granville St',
  'Jasper Ave',
  'Portage Ave',
];
const CA_FR: readonly (readonly [string, string])[] = [
  ['Montréal', 'H2X'],
  ['Montréal', 'H2J'],
  ['Québec', 'G1R'],
  ['Gatineau', 'J8X'],
  ['Sherbrooke', 'J1H'],
  ['Laval', 'H7N'],
];
const CA_FR_STREETS = [
  'rue Sainte-Catherine Ouest',
  'boulevard Saint-Laurent',
  'rue Saint-Denis',
  'avenue du Mont-Royal Est',
  'rue Saint-Jean',
  'chemin Sainte-Foy',
  'rue Wellington',
];
const AU_PLACES: readonly (readonly [string, string, string])[] = [
  ['Sydney', 'NSW', '2000'],
  ['Parramatta', 'NSW', '2150'],
  ['Newtown', 'NSW', '2042'],
  ['Fitzroy', 'VIC', '3065'],
  ['Richmond', 'VIC', '3121'],
  ['Brisbane', 'QLD', '4000'],
  ['Fremantle', 'WA', '6160'],
  ['Glenelg', 'SA', '5045'],
  ['Hobart', 'TAS', '7000'],
  ['Braddon', 'ACT', '2612'],
];
const AU_STREETS = [
  'George St',
  'Smith St',
  'Chapel St',
  'Bourke St',
  'Brunswick St',
  'Beach Rd',
  'Ocean Pde',
  'Queen St',
  'Hay St',
  'King William St',
];
const NZ_PLACES: readonly (readonly [string, string])[] = [
  ['Auckland', '1010'],
  ['Ponsonby, Auckland', '1011'],
  ['Wellington', '6011'],
  ['Christchurch', '8011'],
  ['Hamilton', '3204'],
  ['Dunedin', '9016'],
  ['Tauranga', '3110'],
];
const NZ_STREETS = [
  'Queen Street',
  'Ponsonby Road',
  'Cuba Street',
  'Lambton Quay',
  'Colombo Street',
  'George Street',
  'Victoria Street',
];
const DE_CITIES: readonly (readonly [string, number, number])[] = [
  ['Berlin', 10115, 14199],
  ['Hamburg', 20095, 22769],
  ['München', 80331, 81929],
  ['Köln', 50667, 51149],
  ['Frankfurt am Main', 60306, 60599],
  ['Stuttgart', 70173, 70629],
  ['Leipzig', 4103, 4357],
  ['Dresden', 1067, 1328],
  ['Düsseldorf', 40210, 40629],
  ['Bremen', 28195, 28779],
  ['Hannover', 30159, 30669],
  ['Nürnberg', 90402, 90491],
];
const DE_STEMS = [
  'Haupt',
  'Bahnhof',
  'Garten',
  'Schul',
  'Kirch',
  'Wald',
  'Berg',
  'Linden',
  'Rosen',
  'Birken',
  'Mühlen',
  'Goethe',
  'Schiller',
  'Mozart',
  'Post',
  'Markt',
  'Feld',
  'Eichendorff',
];
const AT_CITIES: readonly (readonly [string, readonly string[]])[] = [
  ['Wien', ['1020', '1030', '1040', '1050', '1060', '1070', '1080', '1090', '1150', '1180']],
  ['Graz', ['8010', '8020', '8045']],
  ['Linz', ['4020', '4040']],
  ['Salzburg', ['5020', '5026']],
  ['Innsbruck', ['6020']],
  ['Klagenfurt', ['9020']],
];
const CH_DE: readonly (readonly [string, readonly string[]])[] = [
  ['Zürich', ['8001', '8003', '8004', '8032', '8050']],
  ['Bern', ['3011', '3012', '3007']],
  ['Basel', ['4051', '4056', '4058']],
  ['Luzern', ['6003', '6005']],
  ['St. Gallen', ['9000', '9008']],
  ['Winterthur', ['8400', '8406']],
];
const CH_FR: readonly (readonly [string, readonly string[]])[] = [
  ['Genève', ['1201', '1203', '1205', '1207']],
  ['Lausanne', ['1003', '1004', '1006']],
  ['Neuchâtel', ['2000']],
  ['Fribourg', ['1700']],
  ['Sion', ['1950']],
];
const CH_FR_STREETS = [
  'Rue du Rhône',
  'Avenue de la Gare',
  'Chemin des Vignes',
  'Rue de Lausanne',
  'Route de Chêne',
  'Rue du Marché',
];
const FR_CITIES: readonly (readonly [string, readonly string[]])[] = [
  ['Paris', ['75003', '75011', '75015', '75018', '75020', '75009']],
  ['Lyon', ['69001', '69003', '69007']],
  ['Marseille', ['13001', '13006', '13008']],
  ['Toulouse', ['31000', '31400', '31500']],
  ['Nantes', ['44000', '44100', '44300']],
  ['Bordeaux', ['33000', '33800']],
  ['Lille', ['59000', '59800']],
  ['Rennes', ['35000', '35700']],
  ['Strasbourg', ['67000', '67100']],
  ['Montpellier', ['34000', '34070']],
  ['Brest', ['29200']],
];
const FR_TYPES = [
  'rue',
  'rue',
  'avenue',
  'boulevard',
  'allée',
  'impasse',
  'place',
  'chemin',
  'quai',
];
const FR_NAMES = [
  'de la République',
  'Victor Hugo',
  'Jean Jaurès',
  'des Lilas',
  'du Général de Gaulle',
  'Pasteur',
  'de la Gare',
  'des Écoles',
  'Émile Zola',
  'de Verdun',
  'du Moulin',
  'Gambetta',
  'Voltaire',
  'des Acacias',
];
const BE_PLACES: readonly (readonly [string, string])[] = [
  ['Bruxelles', '1000'],
  ['Ixelles', '1050'],
  ['Schaerbeek', '1030'],
  ['Etterbeek', '1040'],
  ['Liège', '4000'],
  ['Namur', '5000'],
  ['Charleroi', '6000'],
  ['Mons', '7000'],
  ['Louvain-la-Neuve', '1348'],
];
const BE_STREETS = [
  'Rue de la Loi',
  'Avenue Louise',
  'Chaussée de Wavre',
  "Boulevard d'Avroy",
  'Rue Royale',
  'Rue des Carmes',
  'Avenue de Tervueren',
  'Rue Haute',
];
const ES_CITIES: readonly (readonly [string, string, number, number])[] = [
  ['Madrid', '28', 1, 55],
  ['Barcelona', '08', 1, 42],
  ['Valencia', '46', 1, 26],
  ['Sevilla', '41', 1, 20],
  ['Zaragoza', '50', 1, 18],
  ['Málaga', '29', 1, 18],
  ['Bilbao', '48', 1, 15],
  ['Granada', '18', 1, 15],
  ['Alicante', '03', 1, 16],
  ['Murcia', '30', 1, 12],
];
const ES_PREFIX = ['Calle', 'Calle', 'C/', 'Avenida', 'Avda.', 'Paseo', 'Plaza', 'Ronda'];
const ES_STREETS = [
  'Mayor',
  'de Alcalá',
  'del Carmen',
  'de la Paz',
  'Real',
  'San Fernando',
  'de Goya',
  'Colón',
  'de Valencia',
  'del Sol',
  'Nueva',
  'de la Constitución',
  'Princesa',
  'Serrano',
];
const MX_PLACES: readonly (readonly [string, string, string])[] = [
  ['Col. Roma Norte', '06700', 'Ciudad de México, CDMX'],
  ['Col. Condesa', '06140', 'Ciudad de México, CDMX'],
  ['Col. Del Valle', '03100', 'Ciudad de México, CDMX'],
  ['Col. Narvarte', '03020', 'Ciudad de México, CDMX'],
  ['Col. Americana', '44160', 'Guadalajara, Jalisco'],
  ['Col. Providencia', '44630', 'Guadalajara, Jalisco'],
  ['Col. Centro', '64000', 'Monterrey, Nuevo León'],
  ['Col. La Paz', '72160', 'Puebla, Puebla'],
  ['Col. García Ginerés', '97070', 'Mérida, Yucatán'],
];
const MX_STREETS = [
  'Calle Durango',
  'Av. Insurgentes Sur',
  'Calle Tonalá',
  'Av. Chapultepec',
  'Calle Morelos',
  'Av. Juárez',
  'Calle Hidalgo',
  'Av. Vallarta',
];
const PE_PLACES: readonly (readonly [string, string])[] = [
  ['Miraflores, Lima', '15074'],
  ['San Isidro, Lima', '15073'],
  ['Barranco, Lima', '15063'],
  ['Santiago de Surco, Lima', '15039'],
  ['Jesús María, Lima', '15072'],
  ['Arequipa', '04001'],
  ['Cusco', '08001'],
  ['Trujillo', '13001'],
];
const PE_STREETS = [
  'Av. José Larco',
  'Jr. de la Unión',
  'Av. Arequipa',
  'Calle Las Begonias',
  'Av. Benavides',
  'Jr. Huancavelica',
  'Av. El Sol',
];
const CL_PLACES: readonly (readonly [string, string])[] = [
  ['Providencia, Santiago', '7500000'],
  ['Las Condes, Santiago', '7550000'],
  ['Ñuñoa, Santiago', '7750000'],
  ['Santiago Centro', '8320000'],
  ['Valparaíso', '2340000'],
  ['Viña del Mar', '2520000'],
  ['Concepción', '4030000'],
];
const CL_STREETS = [
  'Av. Providencia',
  'Av. Apoquindo',
  'Calle Irarrázaval',
  'Av. Libertador Bernardo',
  'Calle Merced',
  'Av. Brasil',
  'Pasaje Los Aromos',
];

const UK_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const EIR = 'ACDEFHKNPRTVWXY0123456789';

function address(r: Rng, cc: Country, lang: Lang): string {
  switch (cc) {
    case 'US': {
      const [city, st, zp] = r.pick(US_CITIES);
      const unit = r.weighted([
        ['', 6],
        [`, Apt ${r.int(1, 30)}${r.pick(['', 'A', 'B', 'C'])}`, 2],
        [`, Suite ${r.int(100, 900)}`, 1],
        [` #${r.int(2, 40)}`, 1],
      ]);
      const zip = zp + r.digits(2) + (r.chance(0.1) ? '-' + r.digits(4) : '');
      return `${r.int(12, 9899)} ${r.pick(US_STREETS)} ${r.pick(US_SUFFIX)}${unit}, ${city}, ${st} ${zip}`;
    }
    case 'UK': {
      const [town, outs] = r.pick(UK_TOWNS);
      const pc = `${r.pick(outs)} ${r.int(1, 9)}${r.chars(UK_LETTERS, 2)}`;
      const flat = r.chance(0.25) ? `Flat ${r.int(1, 24)}, ` : '';
      return `${flat}${r.int(1, 240)} ${r.pick(UK_STREETS)}, ${town} ${pc}`;
    }
    case 'IE': {
      const [place, key] = r.pick(IE_PLACES);
      const sep = r.chance(0.7) ? ', ' : ' ';
      const apt = r.chance(0.2) ? `Apt ${r.int(1, 40)}, ` : '';
      return `${apt}${r.int(1, 120)} ${r.pick(IE_STREETS)}, ${place}${sep}${key} ${r.chars(EIR, 4)}`;
    }
    case 'CA': {
      const ldu = `${r.int(0, 9)}${r.chars('ABCEGHJKLMNPRSTVWXYZ', 1)}${r.int(0, 9)}`;
      if (lang === 'fr') {
        const [city, fsa] = r.pick(CA_FR);
        const app = r.chance(0.4) ? `, app. ${r.int(1, 12)}` : '';
        return `${r.int(100, 9999)}, ${r.pick(CA_FR_STREETS)}${app}, ${city} (Québec) ${fsa} ${ldu}`;
      }
      const [city, prov, fsa] = r.pick(CA_EN);
      const unit = r.chance(0.3) ? `${r.int(101, 2405)}-` : '';
      return `${unit}${r.int(10, 999)} ${r.pick(CA_EN_STREETS)}, ${city}, ${prov} ${fsa} ${ldu}`;
    }
    case 'AU': {
      const [sub, st, pc] = r.pick(AU_PLACES);
      const unit = r.chance(0.3)
        ? `${r.int(1, 12)}/`
        : r.chance(0.1)
          ? `Unit ${r.int(1, 9)}, `
          : '';
      return `${unit}${r.int(1, 300)} ${r.pick(AU_STREETS)}, ${sub} ${st} ${pc}`;
    }
    case 'NZ': {
      const [place, pc] = r.pick(NZ_PLACES);
      const unit = r.chance(0.25) ? `${r.int(1, 9)}/` : '';
      return `${unit}${r.int(1, 400)} ${r.pick(NZ_STREETS)}, ${place} ${pc}`;
    }
    case 'DE': {
      const [city, lo, hi] = r.pick(DE_CITIES);
      const plz = pad(r.int(lo, hi), 5);
      const street = r.chance(0.15)
        ? r.pick(['Am Sonnenhang', 'Unter den Linden', 'Im Winkel', 'An der Alster', 'Alte Gasse'])
        : r.pick(DE_STEMS) + r.pick(['straße', 'str.', 'weg', 'allee', 'platz', 'ring']);
      const nr = `${r.int(1, 160)}${r.pick(['', '', '', 'a', 'b'])}`;
      return `${street} ${nr}, ${plz} ${city}`;
    }
    case 'AT': {
      const [city, plzs] = r.pick(AT_CITIES);
      const street = r.pick(DE_STEMS) + r.pick(['straße', 'gasse', 'weg', 'platz']);
      const door = r.chance(0.5)
        ? `/${r.int(1, 9)}/${r.int(1, 30)}`
        : r.chance(0.5)
          ? `/${r.int(1, 20)}`
          : '';
      return `${street} ${r.int(1, 120)}${door}, ${r.pick(plzs)} ${city}`;
    }
    case 'CH': {
      if (lang === 'fr') {
        const [city, plzs] = r.pick(CH_FR);
        return `${r.pick(CH_FR_STREETS)} ${r.int(1, 90)}, ${r.pick(plzs)} ${city}`;
      }
      const [city, plzs] = r.pick(CH_DE);
      const street = r.pick(DE_STEMS) + r.pick(['strasse', 'gasse', 'weg', 'platz']);
      const pre = r.chance(0.15) ? `CH-` : '';
      return `${street} ${r.int(1, 120)}, ${pre}${r.pick(plzs)} ${city}`;
    }
    case 'FR': {
      const [city, cps] = r.pick(FR_CITIES);
      const nr = `${r.int(1, 180)}${r.pick(['', '', '', '', ' bis', ' ter'])}`;
      const apt = r.weighted([
        ['', 7],
        [`Appartement ${r.int(1, 40)}, `, 1],
        [`Bât. ${r.pick(['A', 'B', 'C'])}, `, 1],
        [`Résidence les Tilleuls, `, 1],
      ]);
      return `${apt}${nr} ${r.pick(FR_TYPES)} ${r.pick(FR_NAMES)}, ${r.pick(cps)} ${city}`;
    }
    case 'BE': {
      const [city, cp] = r.pick(BE_PLACES);
      const bte = r.chance(0.3) ? ` bte ${r.int(1, 20)}` : '';
      return `${r.pick(BE_STREETS)} ${r.int(1, 250)}${bte}, ${cp} ${city}`;
    }
    case 'ES': {
      const [city, prov, lo, hi] = r.pick(ES_CITIES);
      const floor = r.weighted([
        ['', 3],
        [`, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'D', '1ª', '2ª', 'izda.', 'dcha.'])}`, 4],
        [`, ${r.int(1, 9)}.º ${r.pick(['A', 'B', 'C'])}`, 1],
        [', bajo', 1],
      ]);
      return `${r.pick(ES_PREFIX)} ${r.pick(ES_STREETS)} ${r.int(1, 140)}${floor}, ${prov}${pad(r.int(lo, hi), 3)} ${city}`;
    }
    case 'MX': {
      const [col, cp, city] = r.pick(MX_PLACES);
      const int = r.chance(0.4)
        ? `, Int. ${r.int(1, 12)}`
        : r.chance(0.2)
          ? `, Depto. ${r.int(101, 804)}`
          : '';
      const cpTxt = r.chance(0.5) ? `C.P. ${cp}` : cp;
      return `${r.pick(MX_STREETS)} ${r.int(10, 2900)}${int}, ${col}, ${cpTxt} ${city}`;
    }
    case 'PE': {
      const [place, cp] = r.pick(PE_PLACES);
      const dpto = r.chance(0.4) ? `, Dpto. ${r.int(101, 1204)}` : '';
      return `${r.pick(PE_STREETS)} ${r.int(100, 1999)}${dpto}, ${place} ${cp}`;
    }
    case 'CL': {
      const [place, cp] = r.pick(CL_PLACES);
      const depto = r.chance(0.4) ? `, depto. ${r.int(11, 2204)}` : '';
      return `${r.pick(CL_STREETS)} ${r.int(100, 4999)}${depto}, ${place} ${cp}`;
    }
  }
}

const US_AREAS = [212, 213, 305, 312, 415, 404, 503, 512, 602, 617, 646, 702, 713, 720, 786];
const US_AREAS2 = [818, 917, 972, 206, 303, 919, 614, 608, 208, 916, 518, 973, 217, 813, 480];
const CA_AREAS = [416, 647, 437, 613, 604, 778, 403, 587, 902, 204, 514, 438, 418, 819, 581];

function nanp(r: Rng, areas: readonly number[]): string {
  const a = String(r.pick(areas));
  let e = '';
  do e = `${r.int(2, 9)}${r.digits(2)}`;
  while (e.endsWith('11') || e === '555');
  const l = r.digits(4);
  return r.pick([
    `(${a}) ${e}-${l}`,
    `(${a}) ${e}-${l}`,
    `${a}-${e}-${l}`,
    `${a}.${e}.${l}`,
    `+1 ${a} ${e} ${l}`,
    `+1-${a}-${e}-${l}`,
    `+1 (${a}) ${e}-${l}`,
    `1-${a}-${e}-${l}`,
    `${a}${e}${l}`,
    `+1${a}${e}${l}`,
  ]);
}

function g(s: string, sizes: readonly number[], sep = ' '): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i < s.length) out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
}

function phone(r: Rng, cc: Country): string {
  const mob = r.chance(0.65);
  switch (cc) {
    case 'US':
      return nanp(r, r.chance(0.5) ? US_AREAS : US_AREAS2);
    case 'CA':
      return nanp(r, CA_AREAS);
    case 'UK': {
      if (mob) {
        const n = `7${r.pick(['4', '5', '8', '9'])}${r.digits(8)}`;
        return r.pick([
          `0${g(n, [4])}`,
          `+44 ${g(n, [4])}`,
          `+44 (0)${g(n, [4])}`,
          `0${n}`,
          `+44${n}`,
          `0${g(n, [4, 3])}`,
        ]);
      }
      const [ac, len] = r.pick([
        ['20', 8],
        ['161', 7],
        ['121', 7],
        ['113', 7],
        ['131', 7],
        ['141', 7],
        ['117', 7],
      ] as const);
      const sub =
        (ac === '20' ? r.pick(['7', '3', '8']) : r.pick(['2', '4', '3'])) + r.digits(len - 1);
      const s = ac === '20' ? g(sub, [4]) : g(sub, [3]);
      return r.pick([`0${ac} ${s}`, `+44 ${ac} ${s}`, `+44 (0)${ac} ${s}`, `(0${ac}) ${s}`]);
    }
    case 'IE': {
      if (mob) {
        const p = r.pick(['83', '85', '86', '87', '89']);
        const n = r.digits(7);
        return r.pick([
          `0${p} ${g(n, [3])}`,
          `+353 ${p} ${g(n, [3])}`,
          `0${p}${n}`,
          `+353 (0)${p} ${n}`,
          `+353${p}${n}`,
        ]);
      }
      const [ac, len] = r.pick([
        ['1', 7],
        ['21', 7],
        ['91', 6],
        ['61', 6],
      ] as const);
      const n = `${r.int(2, 9)}${r.digits(len - 1)}`;
      return r.pick([`0${ac} ${g(n, [3])}`, `+353 ${ac} ${g(n, [3])}`, `(0${ac}) ${n}`]);
    }
    case 'AU': {
      if (mob) {
        const n = `4${r.pick(['0', '1', '2', '3', '6', '8'])}${r.digits(7)}`;
        return r.pick([
          `0${g(n, [3, 3])}`,
          `+61 ${g(n, [3, 3])}`,
          `0${n}`,
          `+61${n}`,
          `0${g(n, [3, 3], '-')}`,
        ]);
      }
      const [ac, pre] = r.pick([
        ['2', '9'],
        ['3', '9'],
        ['7', '3'],
        ['8', '9'],
        ['2', '8'],
      ] as const);
      const n = pre + r.digits(7);
      return r.pick([`(0${ac}) ${g(n, [4])}`, `0${ac} ${g(n, [4])}`, `+61 ${ac} ${g(n, [4])}`]);
    }
    case 'NZ': {
      if (mob) {
        const p = r.pick(['21', '22', '27']);
        const n = `${r.int(2, 9)}${r.digits(6)}`;
        return r.pick([`0${p} ${g(n, [3])}`, `+64 ${p} ${g(n, [3])}`, `0${p}${n}`, `+64${p}${n}`]);
      }
      const ac = r.pick(['9', '4', '3', '7']);
      const n = `${r.int(2, 9)}${r.digits(6)}`;
      return r.pick([`0${ac} ${g(n, [3])}`, `+64 ${ac} ${g(n, [3])}`, `(0${ac}) ${g(n, [3])}`]);
    }
    case 'DE': {
      if (mob) {
        const [p, len] = r.pick([
          ['151', 8],
          ['152', 8],
          ['157', 8],
          ['160', 7],
          ['170', 7],
          ['171', 7],
          ['172', 7],
          ['176', 8],
          ['179', 7],
        ] as const);
        const n = r.digits(len);
        return r.pick([
          `0${p} ${n}`,
          `0${p} ${g(n, [4])}`,
          `0${p}-${n}`,
          `0${p}/${n}`,
          `+49 ${p} ${n}`,
          `+49 (0)${p} ${n}`,
          `+49${p}${n}`,
          `0049 ${p} ${n}`,
        ]);
      }
      const [ac, len] = r.pick([
        ['30', 8],
        ['40', 8],
        ['89', 8],
        ['221', 7],
        ['69', 8],
        ['711', 7],
        ['341', 7],
      ] as const);
      const n = `${r.int(2, 9)}${r.digits(len - 1)}`;
      return r.pick([
        `0${ac} ${n}`,
        `0${ac}/${n}`,
        `0${ac}-${n}`,
        `(0${ac}) ${n}`,
        `+49 ${ac} ${n}`,
        `+49 (0)${ac} ${n}`,
        `0${ac} ${g(n, [2, 2, 2])}`,
      ]);
    }
    case 'AT': {
      if (mob) {
        const p = r.pick(['664', '660', '676', '699', '650', '680']);
        const n = r.digits(7);
        return r.pick([
          `0${p} ${n}`,
          `+43 ${p} ${n}`,
          `+43 ${p} ${g(n, [3, 2])}`,
          `0${p}/${n}`,
          `+43 (0)${p} ${n}`,
        ]);
      }
      const [ac, len] = r.pick([
        ['1', 7],
        ['316', 6],
        ['732', 6],
        ['662', 6],
      ] as const);
      const n = `${r.int(2, 9)}${r.digits(len - 1)}`;
      return r.pick([`0${ac} ${n}`, `+43 ${ac} ${n}`, `0${ac}/${n}`, `+43 ${ac} ${g(n, [3, 2])}`]);
    }
    case 'CH': {
      const p = mob
        ? r.pick(['76', '77', '78', '79'])
        : r.pick(['44', '31', '61', '22', '21', '41']);
      const n = `${r.int(2, 9)}${r.digits(6)}`;
      return r.pick([
        `0${p} ${g(n, [3, 2])}`,
        `+41 ${p} ${g(n, [3, 2])}`,
        `+41 (0)${p} ${g(n, [3, 2])}`,
        `0041 ${p} ${g(n, [3, 2])}`,
        `+41${p}${n}`,
        `0${p}${n}`,
      ]);
    }
    case 'FR': {
      const p = mob ? r.pick(['6', '7']) : r.pick(['1', '2', '3', '4', '5', '9']);
      const n = r.digits(8);
      const two = g(n, [2, 2, 2]);
      return r.pick([
        `0${p} ${two}`,
        `0${p} ${two}`,
        `0${p}.${g(n, [2, 2, 2], '.')}`,
        `0${p}${n}`,
        `+33 ${p} ${two}`,
        `+33 (0)${p} ${two}`,
        `+33${p}${n}`,
        `0${p}-${g(n, [2, 2, 2], '-')}`,
      ]);
    }
    case 'BE': {
      if (mob) {
        const p = r.pick(['470', '471', '472', '475', '476', '477', '478', '486', '494', '496']);
        const n = r.digits(6);
        return r.pick([
          `0${p} ${g(n, [2, 2])}`,
          `+32 ${p} ${g(n, [2, 2])}`,
          `0${p}/${g(n, [2, 2], '.')}`,
          `0${p}${n}`,
          `+32${p}${n}`,
        ]);
      }
      if (r.chance(0.5)) {
        const n = `${r.int(2, 7)}${r.digits(6)}`;
        return r.pick([`02 ${g(n, [3, 2])}`, `+32 2 ${g(n, [3, 2])}`, `02/${g(n, [3, 2], '.')}`]);
      }
      const ac = r.pick(['81', '71', '65', '10']);
      const n = `${r.int(2, 7)}${r.digits(5)}`;
      return r.pick([`0${ac} ${g(n, [2, 2])}`, `+32 ${ac} ${g(n, [2, 2])}`]);
    }
    case 'ES': {
      if (mob) {
        const n = `${r.pick(['6', '6', '7'])}${r.digits(8)}`;
        const fixed = n.startsWith('7') ? `7${r.int(1, 4)}${n.slice(2)}` : n;
        return r.pick([
          g(fixed, [3, 3]),
          `+34 ${g(fixed, [3, 3])}`,
          fixed,
          `+34${fixed}`,
          `+34 ${g(fixed, [3, 2, 2])}`,
          `0034 ${g(fixed, [3, 3])}`,
        ]);
      }
      const ac = r.pick(['91', '93', '96', '95', '94', '976']);
      const n = ac + `${r.int(2, 8)}${r.digits(8 - ac.length)}`;
      return r.pick([
        g(n, [2, 3, 2]),
        g(n, [3, 3]),
        `+34 ${g(n, [3, 3])}`,
        `+34 ${g(n, [2, 3, 2])}`,
      ]);
    }
    case 'MX': {
      const [ac, rest] = r.pick([
        ['55', 8],
        ['55', 8],
        ['33', 8],
        ['81', 8],
        ['222', 7],
        ['999', 7],
      ] as const);
      const n = `${r.int(1, 9)}${r.digits(rest - 1)}`;
      const sp = rest === 8 ? g(n, [4]) : g(n, [3]);
      return r.pick([
        `${ac} ${sp}`,
        `+52 ${ac} ${sp}`,
        `(${ac}) ${rest === 8 ? g(n, [4], '-') : g(n, [3], '-')}`,
        `${ac}-${rest === 8 ? g(n, [4], '-') : g(n, [3], '-')}`,
        `${ac}${n}`,
        `+52${ac}${n}`,
      ]);
    }
    case 'PE': {
      if (mob) {
        const n = `9${r.digits(8)}`;
        return r.pick([g(n, [3, 3]), `+51 ${g(n, [3, 3])}`, `+51${n}`, n]);
      }
      const n = `${r.int(2, 7)}${r.digits(6)}`;
      return r.pick([`(01) ${g(n, [3], '-')}`, `01 ${n}`, `+51 1 ${n}`, `+51 1 ${g(n, [3])}`]);
    }
    case 'CL': {
      if (mob) {
        const n = `9${r.int(3, 9)}${r.digits(7)}`;
        return r.pick([`+56 ${g(n, [1, 4])}`, `+56${n}`, g(n, [1, 4]), `+56 ${g(n, [1, 2, 3])}`]);
      }
      const n = `2${r.int(2, 3)}${r.digits(7)}`;
      return r.pick([
        `+56 2 ${g(n.slice(1), [4])}`,
        `(2) ${g(n.slice(1), [4])}`,
        `+56 ${g(n, [2, 3])}`,
      ]);
    }
  }
}

const MAIL_DOMAINS: Readonly<Record<Country, readonly string[]>> = {
  US: [
    'gmail.com',
    'yahoo.com',
    'outlook.com',
    'icloud.com',
    'aol.com',
    'hotmail.com',
    'comcast.net',
  ],
  UK: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'yahoo.co.uk', 'sky.com', 'outlook.com'],
  IE: ['gmail.com', 'eircom.net', 'hotmail.com', 'yahoo.ie', 'icloud.com'],
  CA: ['gmail.com', 'videotron.ca', 'sympatico.ca', 'rogers.com', 'hotmail.ca', 'outlook.com'],
  AU: ['gmail.com', 'bigpond.com', 'optusnet.com.au', 'outlook.com', 'icloud.com'],
  NZ: ['gmail.com', 'xtra.co.nz', 'outlook.co.nz', 'icloud.com'],
  DE: ['gmail.com', 'web.de', 'gmx.de', 't-online.de', 'posteo.de', 'outlook.de', 'mailbox.org'],
  AT: ['gmx.at', 'aon.at', 'gmail.com', 'chello.at', 'icloud.com'],
  CH: ['bluewin.ch', 'gmail.com', 'gmx.ch', 'hispeed.ch', 'proton.me'],
  FR: ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'hotmail.fr', 'wanadoo.fr'],
  BE: ['gmail.com', 'skynet.be', 'telenet.be', 'hotmail.be', 'proximus.be'],
  ES: ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es', 'telefonica.net'],
  MX: ['gmail.com', 'hotmail.com', 'yahoo.com.mx', 'outlook.com', 'prodigy.net.mx'],
  PE: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.com'],
  CL: ['gmail.com', 'hotmail.com', 'vtr.net', 'outlook.cl'],
};

function ascii(s: string): string {
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
    .replace(/[^A-Za-z]/g, '');
}

function emailOf(r: Rng, p: Person, domain: string): string {
  const f = ascii(firstTok(p.first)).toLowerCase();
  const l = ascii(p.last.split(' ').filter((t) => !PARTICLES.has(t))[0] ?? p.last).toLowerCase();
  const yy = String(r.int(60, 99));
  const local = r.pick([
    `${f}.${l}`,
    `${f}.${l}`,
    `${f}${l}`,
    `${f[0]!}.${l}`,
    `${f[0]!}${l}`,
    `${f}_${l}`,
    `${f}.${l}${yy}`,
    `${f}${yy}`,
    `${l}.${f}`,
    `${f}.${l}+${r.pick(['shop', 'orders', 'news', 'jobs'])}`,
    `${f}-${l}`,
  ]);
  return `${local}@${domain}`;
}

function handleOf(r: Rng, p: Person): string {
  const f = ascii(firstTok(p.first)).toLowerCase();
  const l = ascii(p.last).toLowerCase();
  return r.pick([
    `${f[0]!}${l}`,
    `${f}_${l[0]!}${r.int(1, 99)}`,
    `${l}${r.int(10, 99)}`,
    `${f}.${l.slice(0, 3)}`,
    `${f[0]!}${l.slice(0, 5)}${r.int(1, 9)}`,
    `the_real_${f}${r.int(1, 9)}`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Dates

interface Dt {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const MONTHS: ByLang<readonly string[]> = {
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

function randDate(r: Rng, y0: number, y1: number): Dt {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const d = r.int(1, m === 2 ? 28 : [4, 6, 9, 11].includes(m) ? 30 : 31);
  return { y, m, d };
}

const dob = (r: Rng): Dt => randDate(r, 1949, 2006);
const recent = (r: Rng): Dt => randDate(r, 2023, 2025);

function fmtDate(r: Rng, lang: Lang, dt: Dt): string {
  const { y, m, d } = dt;
  const mon = MONTHS[lang][m - 1]!;
  const yy = pad(y % 100);
  switch (lang) {
    case 'en':
      return r.pick([
        `${m}/${d}/${yy}`,
        `${pad(m)}/${pad(d)}/${y}`,
        `${y}-${pad(m)}-${pad(d)}`,
        `${mon} ${d}, ${y}`,
        `${d} ${mon} ${y}`,
        `${pad(d)}-${mon.slice(0, 3)}-${y}`,
        `${pad(d)}/${pad(m)}/${y}`,
        `${mon.slice(0, 3)} ${d} ${y}`,
      ]);
    case 'de':
      return r.pick([
        `${d}. ${mon} ${y}`,
        `${pad(d)}.${pad(m)}.${y}`,
        `${pad(d)}.${pad(m)}.${y}`,
        `${d}.${m}.${yy}`,
        `${y}-${pad(m)}-${pad(d)}`,
        `${d}.${m}.${y}`,
      ]);
    case 'fr':
      return r.pick([
        `${pad(d)}/${pad(m)}/${y}`,
        `${pad(d)}/${pad(m)}/${y}`,
        `${d === 1 ? '1er' : d} ${mon} ${y}`,
        `${pad(d)}-${pad(m)}-${y}`,
        `${pad(d)}.${pad(m)}.${y}`,
        `${y}-${pad(m)}-${pad(d)}`,
      ]);
    case 'es':
      return r.pick([
        `${pad(d)}-${pad(m)}-${y}`,
        `${pad(d)}/${pad(m)}/${y}`,
        `${d} de ${mon} de ${y}`,
        `${d}/${m}/${yy}`,
        `${y}-${pad(m)}-${pad(d)}`,
        `${d}-${mon.slice(0, 3)}-${y}`,
      ]);
  }
}

function isoTs(r: Rng): string {
  const dt = recent(r);
  const base = `${dt.y}-${pad(dt.m)}-${pad(dt.d)}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
  return r.pick([
    `${base}Z`,
    `${base}.${r.digits(3)}Z`,
    `${base}+0${r.int(1, 2)}:00`,
    `${base}.${r.digits(6)}`,
  ]);
}
function epoch(r: Rng): string {
  const s = r.int(1_690_000_000, 1_760_000_000);
  return r.chance(0.7) ? String(s) : `${s}${r.digits(3)}`;
}
function sysTs(r: Rng): string {
  const dt = recent(r);
  return `${dt.y}-${pad(dt.m)}-${pad(dt.d)} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
}
function syslogTs(r: Rng): string {
  const dt = recent(r);
  const mon = MONTHS.en[dt.m - 1]!.slice(0, 3);
  return `${mon} ${String(dt.d).padStart(2, ' ')} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
}

// ---------------------------------------------------------------------------------------------
// Numbers with checksums (cards, IBANs, SSNs) and their invalid look-alikes

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

function cardBody(r: Rng): string {
  const brand = r.weighted([
    ['visa', 40],
    ['mc', 25],
    ['mc2', 6],
    ['amex', 15],
    ['disc', 8],
  ] as const);
  switch (brand) {
    case 'visa':
      return '4' + r.digits(14);
    case 'mc':
      return `5${r.int(1, 5)}` + r.digits(13);
    case 'mc2':
      return String(r.int(2221, 2720)) + r.digits(11);
    case 'amex':
      return r.pick(['34', '37']) + r.digits(12);
    case 'disc':
      return r.pick(['6011', '6500', '6445']) + r.digits(11);
  }
}

function fmtCard(r: Rng, n: string): string {
  if (n.length === 15) {
    const sep = r.pick([' ', ' ', '-', '']);
    return sep ? `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}` : n;
  }
  const sep = r.pick([' ', ' ', ' ', '-', '-', '', '.']);
  return sep ? g(n, [4, 4, 4], sep) : n;
}

function card(r: Rng): string {
  const b = cardBody(r);
  return fmtCard(r, b + String(luhnDigit(b)));
}

function cardFake(r: Rng): string {
  const b = r.chance(0.8) ? r.pick(['4', '5']) + r.digits(14) : cardBody(r);
  const bad = (luhnDigit(b) + r.int(1, 9)) % 10;
  return fmtCard(r, b + String(bad));
}

function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dd of v) m = (m * 10 + Number(dd)) % 97;
  }
  return m;
}

type IbanCC = 'DE' | 'AT' | 'CH' | 'GB' | 'IE' | 'FR' | 'BE' | 'ES' | 'NL' | 'LU';

function esDc(ten: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  let s = 0;
  for (let i = 0; i < 10; i++) s += Number(ten[i]) * w[i]!;
  const d = 11 - (s % 11);
  return String(d === 11 ? 0 : d === 10 ? 1 : d);
}

function bban(r: Rng, cc: IbanCC): string {
  switch (cc) {
    case 'DE':
      return `${r.int(1, 8)}${r.digits(7)}${r.digits(10)}`;
    case 'AT':
      return `${r.int(1, 6)}${r.digits(4)}${r.digits(11)}`;
    case 'CH':
      return `00${r.digits(3)}${r.digits(12)}`;
    case 'GB':
      return r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'NAIA']) + r.digits(14);
    case 'IE':
      return r.pick(['AIBK', 'BOFI', 'IPBS', 'ULSB']) + r.digits(14);
    case 'FR': {
      const bank = r.pick(['30002', '30004', '20041', '10278', '30003', '18206']);
      const branch = r.digits(5);
      const acct = r.digits(11);
      const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(acct)) % 97);
      return bank + branch + acct + pad(key);
    }
    case 'BE': {
      const ten = r.pick(['001', '068', '310', '363', '735', '143']) + r.digits(7);
      const c = Number(ten) % 97;
      return ten + pad(c === 0 ? 97 : c);
    }
    case 'ES': {
      const bank = r.pick(['2100', '0049', '0182', '0081', '2085', '1465']);
      const branch = r.digits(4);
      const acct = r.digits(10);
      return bank + branch + esDc('00' + bank + branch) + esDc(acct) + acct;
    }
    case 'NL':
      return r.pick(['INGB', 'ABNA', 'RABO', 'TRIO', 'SNSB']) + r.digits(10);
    case 'LU':
      return `0${r.digits(2)}${r.digits(13)}`;
  }
}

function ibanRaw(r: Rng, cc: IbanCC, valid: boolean): string {
  const b = bban(r, cc);
  const check = 98 - mod97(b + cc + '00');
  if (valid) return cc + pad(check) + b;
  let bad = check;
  while (bad === check) bad = r.int(2, 98);
  return cc + pad(bad) + b;
}

function fmtIban(r: Rng, raw: string): string {
  return r.chance(0.55) ? g(raw, [4, 4, 4, 4, 4, 4, 4]) : raw;
}

const IBAN_OF: Partial<Record<Country, IbanCC>> = {
  UK: 'GB',
  IE: 'IE',
  DE: 'DE',
  AT: 'AT',
  CH: 'CH',
  FR: 'FR',
  BE: 'BE',
  ES: 'ES',
};

function ibanCcFor(r: Rng, cc: Country, lang: Lang): IbanCC {
  const own = IBAN_OF[cc];
  if (own && r.chance(0.85)) return own;
  const byLang: ByLang<readonly IbanCC[]> = {
    en: ['GB', 'IE', 'NL', 'DE'],
    de: ['DE', 'AT', 'CH', 'LU', 'NL'],
    fr: ['FR', 'BE', 'CH', 'LU'],
    es: ['ES', 'FR', 'NL'],
  };
  return r.pick(byLang[lang]);
}

const iban = (r: Rng, cc: IbanCC): string => fmtIban(r, ibanRaw(r, cc, true));
const ibanBad = (r: Rng, cc: IbanCC): string => fmtIban(r, ibanRaw(r, cc, false));

function ssn(r: Rng): string {
  let a = 0;
  do a = r.int(1, 899);
  while (a === 666);
  const s = `${pad(a, 3)}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
  return r.chance(0.85) ? s : s.replace(/-/g, ' ');
}

function ssnBad(r: Rng): string {
  const a = r.pick(['000', '666', String(r.int(900, 999))]);
  return `${a}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
}

// ---------------------------------------------------------------------------------------------
// Network values

const PUB_OCTETS = [24, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 90];
const PUB_OCTETS2 = [91, 93, 95, 109, 151, 176, 178, 185, 188, 190, 191, 200, 201, 212, 213, 217];

function ipv4(r: Rng): string {
  const k = r.next();
  if (k < 0.15) return `10.${r.int(0, 40)}.${r.int(0, 255)}.${r.int(2, 254)}`;
  if (k < 0.22) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (k < 0.27) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`;
  const a = r.pick(r.chance(0.5) ? PUB_OCTETS : PUB_OCTETS2);
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function hex4(r: Rng): string {
  return r.chars(HEX, r.int(1, 4)).replace(/^0+(?=.)/, '');
}

function ipv6(r: Rng): string {
  const k = r.next();
  if (k < 0.3) {
    const groups = [r.pick(['2001', '2a02', '2a01', '2600', '2804', '2a00'])];
    for (let i = 0; i < 7; i++) groups.push(r.chars(HEX, 4));
    return groups.join(':');
  }
  if (k < 0.8) {
    const head = [
      r.pick(['2001:db8', '2a02:8109', '2a01:cb00', '2600:1700', '2804:14c', '2a00:23c7']),
    ];
    head.push(hex4(r));
    if (r.chance(0.5)) head.push(hex4(r));
    const tail = [hex4(r)];
    if (r.chance(0.6)) tail.unshift(hex4(r));
    return `${head.join(':')}::${tail.join(':')}`;
  }
  return `fe80::${hex4(r)}:${r.chars(HEX, 2)}ff:fe${r.chars(HEX, 2)}:${hex4(r)}`;
}

const ip = (r: Rng): string => (r.chance(0.75) ? ipv4(r) : ipv6(r));

function uuid(r: Rng): string {
  return `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`;
}
const sha = (r: Rng, n?: number): string => r.chars(HEX, n ?? r.pick([7, 8, 12, 40, 40, 64]));

// ---------------------------------------------------------------------------------------------
// Secrets

function alnumEnds(r: Rng, alphabet: string, n: number): string {
  return r.chars(ALNUM, 1) + r.chars(alphabet, n - 2) + r.chars(ALNUM, 1);
}

const awsKeyId = (r: Rng): string =>
  r.pick(['AKIA', 'AKIA', 'ASIA']) + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
const awsSecret = (r: Rng): string => alnumEnds(r, B64, 40);

function ghToken(r: Rng): string {
  const k = r.next();
  if (k < 0.5) return 'ghp_' + r.chars(ALNUM, 36);
  if (k < 0.65) return 'gho_' + r.chars(ALNUM, 36);
  if (k < 0.75) return 'ghs_' + r.chars(ALNUM, 36);
  return `github_pat_${r.chars(UPPER + DIGITS, 22)}_${r.chars(ALNUM, 59)}`;
}

function slackToken(r: Rng): string {
  if (r.chance(0.6)) return `xoxb-${r.digits(11)}-${r.digits(13)}-${r.chars(ALNUM, 24)}`;
  return `xoxp-${r.digits(11)}-${r.digits(12)}-${r.digits(13)}-${r.chars(HEX, 32)}`;
}

function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

function jwt(r: Rng): string {
  const rs = r.chance(0.4);
  const header = JSON.stringify(
    rs ? { alg: 'RS256', typ: 'JWT', kid: r.chars(ALNUM, 8) } : { alg: 'HS256', typ: 'JWT' },
  );
  const iat = r.int(1_700_000_000, 1_760_000_000);
  const payload = JSON.stringify({
    sub: r.pick([String(r.int(1000, 999999)), `usr_${r.chars(ALNUM, 10)}`, uuid(r)]),
    ...(r.chance(0.5) ? { role: r.pick(['customer', 'agent', 'admin', 'seller']) } : {}),
    iat,
    exp: iat + r.pick([900, 3600, 86400]),
  });
  const sig = r.chars(B64URL, rs ? 341 : 42) + r.chars(ALNUM, 1);
  return `${b64url(header)}.${b64url(payload)}.${sig}`;
}

function pem(r: Rng, indent = '', nl = '\n'): string {
  const kind = r.weighted([
    ['RSA', 4],
    ['PKCS8', 3],
    ['EC', 2],
    ['OPENSSH', 2],
  ] as const);
  const label =
    kind === 'RSA'
      ? 'RSA PRIVATE KEY'
      : kind === 'EC'
        ? 'EC PRIVATE KEY'
        : kind === 'OPENSSH'
          ? 'OPENSSH PRIVATE KEY'
          : 'PRIVATE KEY';
  const head =
    kind === 'RSA'
      ? 'MIIEpAIBAAKCAQEA'
      : kind === 'PKCS8'
        ? 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC'
        : kind === 'EC'
          ? 'MHcCAQEEI'
          : 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW';
  const width = kind === 'OPENSSH' ? 70 : 64;
  const nLines = kind === 'EC' ? 3 : kind === 'OPENSSH' ? r.int(5, 7) : r.int(8, 25);
  let body = head + r.chars(B64, width * nLines - head.length - r.int(4, 40));
  body += r.pick(['', '=', '==']);
  const rows: string[] = [];
  for (let i = 0; i < body.length; i += width) rows.push(body.slice(i, i + width));
  return [`-----BEGIN ${label}-----`, ...rows, `-----END ${label}-----`].join(nl + indent);
}

function password(r: Rng): string {
  const k = r.next();
  if (k < 0.35) return alnumEnds(r, ALNUM, r.int(32, 44));
  if (k < 0.5) return r.chars(HEX, r.pick([32, 40, 64]));
  if (k < 0.65)
    return `${r.pick(['sk_live_', 'rk_live_', 'whsec_', 'sk-proj-'])}${r.chars(ALNUM, r.int(24, 40))}`;
  const word = r.pick([
    'Sommer',
    'Winter',
    'Kiwi',
    'Bluebird',
    'Tornado',
    'Mariposa',
    'Soleil',
    'Falke',
    'Orca',
  ]);
  return `${word}${r.pick(['#', '!', '$', '_', '.', '%', '&'])}${r.digits(r.int(2, 4))}${r.chars(UPPER + LOWER, r.int(2, 5))}${r.digits(1)}`;
}

// ---------------------------------------------------------------------------------------------
// Decoys (hard negatives)

function orderNo(r: Rng): string {
  return r.pick([
    `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`,
    `ORD-${r.int(2023, 2025)}-${r.digits(6)}`,
    `#${r.int(100000, 999999)}`,
    `${r.chars(UPPER, 2)}${r.digits(8)}`,
    `4500${r.digits(6)}`,
    `${r.chars(UPPER, 3)}-${r.digits(5)}-${r.chars(UPPER, 2)}`,
    `W${r.digits(9)}`,
    `RMA-${r.digits(7)}`,
    `INV-${r.int(2023, 2025)}-${pad(r.int(1, 9999), 5)}`,
    r.digits(10),
  ]);
}

function tracking(r: Rng): string {
  return r.pick([
    `1Z${r.chars(UPPER + DIGITS, 6)}${r.digits(10)}`,
    `JJD${r.digits(18)}`,
    `00${r.digits(18)}`,
    `${r.chars(UPPER, 2)}${r.digits(9)}${r.pick(['DE', 'FR', 'ES', 'GB', 'CH', 'AT'])}`,
    `6A${r.digits(11)}`,
    `PQ${r.chars(UPPER + DIGITS, 4)}${r.digits(16)}`,
    r.digits(12),
    `TBA${r.digits(12)}`,
  ]);
}

function version(r: Rng): string {
  const k = r.next();
  if (k < 0.3) return `${r.int(1, 12)}.${r.int(0, 40)}.${r.int(0, 30)}.${r.int(0, 255)}`;
  if (k < 0.5) return `v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`;
  if (k < 0.6)
    return `${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}-${r.pick(['beta', 'rc', 'alpha'])}.${r.int(1, 9)}`;
  if (k < 0.75) return `${r.int(1, 30)}.${r.int(0, 12)}.${r.int(0, 99)}`;
  return `${r.int(1, 10)}.${r.int(0, 9)}.${r.int(1000, 22999)}.${r.int(100, 9999)}`;
}

/** Four dot-separated numbers ≤255: IPv4-shaped, but a version by context. */
function version4(r: Rng): string {
  return `${r.int(1, 20)}.${r.int(0, 60)}.${r.int(0, 255)}.${r.int(0, 255)}`;
}

function isbn(r: Rng): string {
  const body = r.pick(['978', '979']) + r.digits(9);
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  const c = (10 - (s % 10)) % 10;
  const full = body + String(c);
  return r.chance(0.6)
    ? `${full.slice(0, 3)}-${full[3]!}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full[12]!}`
    : full;
}

function price(r: Rng, cc: Country, amount?: number): string {
  const v = amount ?? r.int(3, 899) + r.pick([0, 0.5, 0.9, 0.95, 0.99, 0.49]);
  const dot = v.toFixed(2);
  const comma = dot.replace('.', ',');
  switch (cc) {
    case 'US':
      return r.pick([`$${dot}`, `USD ${dot}`, `$${dot} USD`]);
    case 'UK':
      return `£${dot}`;
    case 'IE':
      return r.pick([`€${dot}`, `€ ${dot}`]);
    case 'CA':
      return r.pick([`$${dot}`, `CA$${dot}`, `${comma} $`]);
    case 'AU':
      return r.pick([`$${dot}`, `A$${dot}`, `AUD ${dot}`]);
    case 'NZ':
      return r.pick([`$${dot}`, `NZ$${dot}`]);
    case 'CH':
      return r.pick([`CHF ${dot}`, `${dot} CHF`, `Fr. ${dot}`]);
    case 'DE':
    case 'AT':
    case 'FR':
    case 'BE':
    case 'ES':
      return r.pick([`${comma} €`, `${comma} €`, `€ ${comma}`, `${comma} EUR`, `EUR ${comma}`]);
    case 'MX':
      return r.pick([`$${(v * 17).toFixed(2)} MXN`, `MX$${(v * 17).toFixed(2)}`]);
    case 'PE':
      return r.pick([`S/ ${dot}`, `S/. ${dot}`]);
    case 'CL': {
      const n = String(Math.round(v * 900));
      return `$${n.length > 3 ? `${n.slice(0, -3)}.${n.slice(-3)}` : n}`;
    }
  }
}

/** A yearly salary with the country's thousands separator. */
function salary(r: Rng, cc: Country): string {
  const k = r.int(38, 120);
  const n = `${k}${r.pick(['000', '500'])}`;
  const th = (sep: string): string => `${n.slice(0, -3)}${sep}${n.slice(-3)}`;
  switch (cc) {
    case 'US':
      return `$${th(',')}`;
    case 'UK':
      return `£${th(',')}`;
    case 'IE':
      return `€${th(',')}`;
    case 'CA':
      return r.chance(0.5) ? `CA$${th(',')}` : `${th(' ')} $`;
    case 'AU':
      return `A$${th(',')}`;
    case 'NZ':
      return `NZ$${th(',')}`;
    case 'CH':
      return `CHF ${th("'")}`;
    case 'DE':
    case 'AT':
    case 'ES':
      return r.chance(0.5) ? `${th('.')} €` : `${th('.')} EUR`;
    case 'FR':
    case 'BE':
      return `${th(' ')} €`;
    case 'MX':
      return `$${th(',')} MXN`;
    case 'PE':
      return `S/ ${th(',')}`;
    case 'CL':
      return `$${th('.')}`;
  }
}

const NN_BRANDS_PEOPLE = [
  'Tommy Hilfiger',
  'Ralph Lauren',
  'Calvin Klein',
  'Hugo Boss',
  'Louis Vuitton',
  'Christian Dior',
  'Yves Saint Laurent',
  'Carolina Herrera',
  'Massimo Dutti',
  "Marc O'Polo",
  'Jil Sander',
  'Karl Lagerfeld',
  'Stella McCartney',
  'Paul Smith',
  'Ted Baker',
  'Tom Ford',
];
const NN_FOOD = [
  "Ben & Jerry's",
  'Dr. Oetker',
  "Wendy's",
  'Tim Hortons',
  "McDonald's",
  'Ladurée',
  'Häagen-Dazs',
  'Bertolli',
  "Kellogg's",
  "Hellmann's",
  'Heinz',
  'Paul',
  "Carl's Jr.",
  'Lindt',
];
const NN_CARS = [
  'Mercedes-Benz',
  'Ferrari',
  'Porsche',
  'Lamborghini',
  'Ford',
  'Tesla',
  'Citroën',
  'Peugeot',
  'Opel',
  'Renault',
  'Dacia',
  'Lincoln',
];
const NN_SPIRITS = [
  'Johnnie Walker',
  "Jack Daniel's",
  'Jim Beam',
  'José Cuervo',
  'Captain Morgan',
  'Jameson',
  'Don Julio',
  'Tía María',
  'Baileys',
  'Jägermeister',
  'Grand Marnier',
];
const NN_STORES = [
  'Marks & Spencer',
  "Sainsbury's",
  'John Lewis',
  'Peek & Cloppenburg',
  'El Corte Inglés',
  'Galeries Lafayette',
  'Harvey Nichols',
  'Tchibo',
  'Zara',
  'Mango',
  "Macy's",
  'Dunnes Stores',
];
const NN_PRODUCTS = [
  'Alexa',
  'Siri',
  'Galaxy S24',
  'iPhone 15',
  'Kindle Paperwhite',
  'PlayStation 5',
  'Thermomix',
  'Dyson V15',
  'Nespresso Vertuo',
  'Mac mini',
  'Cortana',
  'Roomba',
];
const NN_STREETS = [
  'Abbey Road',
  'Kurfürstendamm',
  'Champs-Élysées',
  'Gran Vía',
  'Oxford Street',
  'Königsallee',
  'Rue de Rivoli',
  'Paseo de la Reforma',
  'Baker Street',
  'Main Street',
  'Bahnhofstrasse',
];
const NN_CITIES = [
  'Victoria',
  'Adelaide',
  'Florence',
  'Regina',
  'Charlotte',
  'Eugene',
  'Santiago',
  'San José',
  'Santa Clara',
  'Paris',
  'Sydney',
  'Augsburg',
  'Lima',
  'Valencia',
  'Mérida',
  'Concepción',
  'Lourdes',
  'Sankt Pölten',
];
const NN_TEAMS = [
  'Real Madrid',
  'Bayern München',
  'Paris Saint-Germain',
  'Manchester United',
  'Boca Juniors',
  'Colo-Colo',
  'Alianza Lima',
  'Club América',
  'Borussia Dortmund',
  'Olympique de Marseille',
  'Celtic',
  'All Blacks',
];
const NN_SOFTWARE = [
  'Jenkins',
  'Jira',
  'Confluence',
  'Kubernetes',
  'Ansible',
  'Grafana',
  'Kafka',
  'Selenium',
  'Hudson',
  'Sentry',
  'Zendesk',
  'Salesforce',
  'HubSpot',
  'Shopify',
  'Magento',
  'WordPress',
  'Terraform',
];
const NN_BOTS = ['SupportBot', 'Nova', 'Pixel', 'Bolt', 'HelpBot', 'Echo', 'OrderBot'];
const NN_PLATFORMS: ByLang<readonly string[]> = {
  en: ['eBay', 'Gumtree', 'Trade Me', 'Facebook Marketplace', 'Etsy', 'Depop', 'Vinted'],
  de: ['Kleinanzeigen', 'eBay', 'Vinted', 'willhaben', 'Ricardo', 'Tutti'],
  fr: ['leboncoin', 'Vinted', 'eBay', '2ememain', 'Anibis', 'Marketplace'],
  es: ['Wallapop', 'Mercado Libre', 'Vinted', 'Milanuncios', 'Yapo', 'OLX'],
};
const NN_JOBS: ByLang<readonly string[]> = {
  en: [
    'Customer Success Manager',
    'Head of Sales',
    'Account Executive',
    'Store Manager',
    'Delivery Partner',
    'Senior Data Engineer',
    'Warehouse Supervisor',
  ],
  de: [
    'Teamleiterin Kundenservice',
    'Vertriebsleiter',
    'Filialleiterin',
    'Werkstudent Marketing',
    'Lagerist',
    'Senior Java-Entwickler',
  ],
  fr: [
    'Responsable du service client',
    'Chef de rayon',
    'Directrice commerciale',
    'Chargé de recrutement',
    'Développeuse Full-Stack',
    'Préparateur de commandes',
  ],
  es: [
    'Jefa de Tienda',
    'Ejecutivo de Cuentas',
    'Responsable de Atención al Cliente',
    'Repartidor',
    'Analista de Datos',
    'Técnico de Soporte',
  ],
};
const NN_WEEKDAYS: ByLang<readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Friday', 'Saturday', 'Sunday'],
  de: ['Montag', 'Dienstag', 'Freitag', 'Samstag'],
  fr: ['Lundi', 'Mardi', 'Vendredi', 'Samedi'],
  es: ['Lunes', 'Martes', 'Viernes', 'Sábado'],
};

function brand(r: Rng): NegP {
  return N(
    'not_name',
    r.pick(r.pick([NN_BRANDS_PEOPLE, NN_FOOD, NN_CARS, NN_SPIRITS, NN_STORES, NN_PRODUCTS])),
  );
}
const nn = (v: string): NegP => N('not_name', v);

/** A sentence that starts with (or contains) a capitalised word that is not a name here. */
function decoySentence(c: Ctx): Piece {
  const r = c.r;
  const L: ByLang<readonly (() => Piece)[]> = {
    en: [
      () => [nn('Hope'), ' this helps.'],
      () => [nn('Will'), ' do, thanks.'],
      () => [nn('Grace'), ' period for returns is 30 days.'],
      () => [nn('Bill'), ' me separately for the gift wrap please.'],
      () => [nn('Mark'), ' the parcel as fragile, it is glass.'],
      () => ['Happy ', nn(r.pick(NN_WEEKDAYS.en)), '!'],
      () => ['Delivery slots open again in ', nn(r.pick(['April', 'May', 'June', 'August'])), '.'],
      () => ['Watching the ', nn(r.pick(NN_TEAMS)), ' game tonight, reply may be slow.'],
      () => [
        'Bought it as a gift for ',
        nn(r.pick(["Mother's Day", "Father's Day", 'Christmas', 'Easter'])),
        '.',
      ],
    ],
    de: [
      () => [
        'Der ',
        nn(r.pick(['Schneider', 'Koch', 'Fischer', 'Müller', 'Bauer'])),
        ' hat das schon erledigt.',
      ],
      () => [nn('Wolf'), ' und ', nn('Fuchs'), ' sind die Motive auf der Tasse.'],
      () => ['Lieferung erst wieder ab ', nn(r.pick(['April', 'Mai', 'Juni', 'August'])), '.'],
      () => ['Schönen ', nn(r.pick(NN_WEEKDAYS.de)), ' noch!'],
      () => ['Wir schauen heute ', nn(r.pick(NN_TEAMS)), ', Antwort kann dauern.'],
      () => [nn('Frohe Ostern'), ' an das ganze Team.'],
    ],
    fr: [
      () => [nn('Patience'), ', la commande arrive bientôt.'],
      () => [nn('Prudence'), ' avec les vendeurs sans avis.'],
      () => ['Coloris ', nn('Rose'), ' poudré, taille M.'],
      () => [
        'Commandé chez ',
        nn(r.pick(['Yves Rocher', 'Jean Paul Gaultier', 'Louis Vuitton', 'Christian Lacroix'])),
        ' la semaine dernière.',
      ],
      () => [
        'Livraison prévue à ',
        nn(r.pick(['Florence', 'Victoria', 'Lourdes', 'Saint-Étienne'])),
        '.',
      ],
      () => ['On regarde le match du ', nn(r.pick(NN_TEAMS)), ' ce soir.'],
    ],
    es: [
      () => ['Color ', nn('Rosa'), ' palo, talla M.'],
      () => [nn('Luz'), ' del recibidor fundida, por eso no vi el paquete.'],
      () => [nn('Paz'), ' y tranquilidad es lo que necesito con este pedido.'],
      () => ['Me encanta el ', nn('Mercedes'), ' de juguete que pedí.'],
      () => [
        'Envío a ',
        nn(r.pick(['Santiago', 'Concepción', 'Mérida', 'Victoria', 'Trinidad'])),
        ' sin coste.',
      ],
      () => [
        'Lo vi en ',
        nn(
          r.pick(['Adolfo Domínguez', 'Carolina Herrera', 'Purificación García', 'Massimo Dutti']),
        ),
        ' más barato.',
      ],
      () => ['Veo al ', nn(r.pick(NN_TEAMS)), ' esta noche.'],
    ],
  };
  return tp(c, L);
}

// ---------------------------------------------------------------------------------------------
// People with their contact data, shops, and small phrase helpers

interface Who {
  readonly p: Person;
  readonly cc: Country;
  readonly email: string;
  readonly phone: string;
  readonly addr: string;
  readonly dob: Dt;
  readonly handle: string;
}

function who(c: Ctx, cc?: Country): Who {
  const r = c.r;
  const country = cc ?? r.weighted(LANG_COUNTRIES[c.lang]);
  const p = makePerson(r, c.lang);
  return {
    p,
    cc: country,
    email: emailOf(r, p, r.pick(MAIL_DOMAINS[country])),
    phone: phone(r, country),
    addr: address(r, country, c.lang),
    dob: dob(r),
    handle: handleOf(r, p),
  };
}

interface Shop {
  readonly name: string;
  readonly domain: string;
}

const SHOPS: ByLang<readonly Shop[]> = {
  en: [
    { name: 'Brightlane', domain: 'brightlane.com' },
    { name: 'Northpeak Outfitters', domain: 'northpeak.co.uk' },
    { name: 'Harbour & Pine', domain: 'harbourandpine.com.au' },
    { name: 'Tallgrass Home', domain: 'tallgrasshome.com' },
    { name: 'Fernway', domain: 'fernway.co.nz' },
    { name: 'Copperleaf', domain: 'copperleaf.ie' },
    { name: 'Maplewire', domain: 'maplewire.ca' },
  ],
  de: [
    { name: 'Kaufwerk', domain: 'kaufwerk.de' },
    { name: 'Nordlicht Versand', domain: 'nordlicht-versand.de' },
    { name: 'Alpenhaus', domain: 'alpenhaus.at' },
    { name: 'Seetal Mode', domain: 'seetal-mode.ch' },
    { name: 'Gartenglück', domain: 'gartenglueck.de' },
    { name: 'Brotzeit Box', domain: 'brotzeitbox.de' },
  ],
  fr: [
    { name: 'Maison Claire', domain: 'maisonclaire.fr' },
    { name: 'Boutique Azur', domain: 'boutique-azur.fr' },
    { name: 'Le Petit Atelier', domain: 'lepetitatelier.be' },
    { name: 'Lumière & Co', domain: 'lumiere-co.fr' },
    { name: 'Vélo Léman', domain: 'velo-leman.ch' },
    { name: 'Épicerie Fine Sud', domain: 'epiceriesud.fr' },
  ],
  es: [
    { name: 'Tienda Sol', domain: 'tiendasol.es' },
    { name: 'Mercado Verde', domain: 'mercadoverde.mx' },
    { name: 'Casa Andina', domain: 'casaandina.pe' },
    { name: 'Puerto Sur', domain: 'puertosur.cl' },
    { name: 'La Alacena', domain: 'laalacena.es' },
    { name: 'Ferretería Norte', domain: 'ferreterianorte.mx' },
  ],
};

const COMPANIES: ByLang<readonly Shop[]> = {
  en: [
    { name: 'Bluequay Analytics', domain: 'bluequay.io' },
    { name: 'Ironbark Logistics', domain: 'ironbark.com.au' },
    { name: 'Stonebridge Health', domain: 'stonebridgehealth.com' },
    { name: 'Kestrel Pay', domain: 'kestrelpay.co.uk' },
  ],
  de: [
    { name: 'Nordwerk Systems', domain: 'nordwerk.de' },
    { name: 'Talblick Software', domain: 'talblick.at' },
    { name: 'Rheinkraft Energie', domain: 'rheinkraft.de' },
    { name: 'Gipfelwerk', domain: 'gipfelwerk.ch' },
  ],
  fr: [
    { name: 'Lumio Conseil', domain: 'lumio-conseil.fr' },
    { name: 'Atelier Numérique', domain: 'atelier-numerique.be' },
    { name: 'Caravelle Assurances', domain: 'caravelle-assurances.fr' },
    { name: 'Helvétia Data', domain: 'helvetiadata.ch' },
  ],
  es: [
    { name: 'Andes Digital', domain: 'andesdigital.pe' },
    { name: 'Grupo Brisa', domain: 'grupobrisa.mx' },
    { name: 'Olivo Software', domain: 'olivosoftware.es' },
    { name: 'Austral Logística', domain: 'australlogistica.cl' },
  ],
};

const PRODUCTS: ByLang<readonly string[]> = {
  en: [
    'rain jacket',
    'coffee grinder',
    'standing desk',
    'linen duvet cover',
    'trail shoes',
    'kettle',
    'phone case',
    'office chair',
  ],
  de: [
    'Regenjacke',
    'Kaffeemühle',
    'Schreibtischlampe',
    'Bettwäsche',
    'Wanderschuhe',
    'Wasserkocher',
    'Handyhülle',
    'Bürostuhl',
  ],
  fr: [
    'veste de pluie',
    'moulin à café',
    'lampe de bureau',
    'housse de couette',
    'chaussures de trail',
    'bouilloire',
    'coque de téléphone',
    'chaise de bureau',
  ],
  es: [
    'chaqueta impermeable',
    'molinillo de café',
    'lámpara de escritorio',
    'funda nórdica',
    'zapatillas de trail',
    'hervidor',
    'funda de móvil',
    'silla de oficina',
  ],
};

const em = (w: Who): EntP => E('EMAIL', w.email);
const ph = (w: Who): EntP => E('PHONE', w.phone);
const ad = (w: Who): EntP => E('STREET_ADDRESS', w.addr);
const db = (c: Ctx, w: Who): EntP => E('DATE_OF_BIRTH', fmtDate(c.r, c.lang, w.dob));
const url = (v: string): EntP => E('URL', v);
const ipE = (r: Rng): EntP => E('IP_ADDRESS', ip(r));
const pd = (c: Ctx): NegP => N('plain_date', fmtDate(c.r, c.lang, recent(c.r)));
const pr = (c: Ctx, cc: Country): NegP => N('price', price(c.r, cc));
const on = (r: Rng): NegP => N('order_no', orderNo(r));

function shopUrl(r: Rng, s: Shop): string {
  return r.pick([
    `https://www.${s.domain}/account/orders`,
    `https://${s.domain}/help`,
    `https://www.${s.domain}/returns?ref=mail`,
    `https://help.${s.domain}/hc/articles/${r.int(100000, 999999)}`,
    `https://${s.domain}/track/${r.chars(LOWER + DIGITS, 10)}`,
  ]);
}

function supportMail(r: Rng, s: Shop, lang: Lang): string {
  const local: ByLang<readonly string[]> = {
    en: ['support', 'help', 'orders', 'care'],
    de: ['service', 'kundenservice', 'hilfe', 'bestellung'],
    fr: ['service-client', 'contact', 'sav', 'commandes'],
    es: ['atencion', 'soporte', 'pedidos', 'clientes'],
  };
  return `${r.pick(local[lang])}@${s.domain}`;
}

function linkedin(r: Rng, p: Person): string {
  const slug = `${ascii(firstTok(p.first)).toLowerCase()}-${ascii(p.last).toLowerCase()}`;
  return r
    .pick([
      `https://www.linkedin.com/in/${slug}`,
      `https://www.linkedin.com/in/${slug}-${r.chars(LOWER + DIGITS, 8)}`,
      `http://linkedin.com/in/${slug}${r.int(1, 99)}`,
      `https://${r.pick(['de', 'fr', 'es', 'uk'])}.linkedin.com/in/${slug}/`,
    ])
    .replace(/\/$/, '');
}

function greet(c: Ctx, p: Person): Piece {
  const r = c.r;
  const L: ByLang<readonly (() => Piece)[]> = {
    en: [
      () => ['Hi ', nm(p, 'first'), ','],
      () => ['Hello ', nm(p, 'first'), ','],
      () => ['Dear ', title(c, p), ' ', nm(p, 'last'), ','],
      () => ['Hey ', nm(p, r.chance(0.5) ? 'first' : 'lowerFirst'), '!'],
      () => ['Good morning ', nm(p, 'first'), ','],
      () => ['Dear ', nm(p, 'full'), ','],
    ],
    de: [
      () => ['Hallo ', nm(p, 'first'), ','],
      () => [p.fem ? 'Liebe ' : 'Lieber ', nm(p, 'first'), ','],
      () => [p.fem ? 'Sehr geehrte Frau ' : 'Sehr geehrter Herr ', nm(p, 'last'), ','],
      () => ['Moin ', nm(p, 'first'), ','],
      () => ['Grüezi ', title(c, p), ' ', nm(p, 'last'), ','],
      () => ['Servus ', nm(p, 'first'), '!'],
      () => ['Guten Tag ', nm(p, 'full'), ','],
    ],
    fr: [
      () => ['Bonjour ', nm(p, 'first'), ','],
      () => ['Bonjour ', title(c, p), ' ', nm(p, 'last'), ','],
      () => [p.fem ? 'Chère ' : 'Cher ', nm(p, 'first'), ','],
      () => ['Salut ', nm(p, 'first'), ' !'],
      () => [p.fem ? 'Madame ' : 'Monsieur ', nm(p, 'full'), ','],
    ],
    es: [
      () => ['Hola ', nm(p, 'first'), ':'],
      () => ['Hola, ', nm(p, 'first'), '.'],
      () => [p.fem ? 'Estimada ' : 'Estimado ', title(c, p), ' ', nm(p, 'last'), ':'],
      () => ['Buenas tardes, ', nm(p, 'first'), ':'],
      () => ['Buen día ', nm(p, 'first'), ','],
      () => [p.fem ? 'Estimada ' : 'Estimado ', nm(p, 'full'), ':'],
    ],
  };
  return tp(c, L);
}

function signoff(c: Ctx, p: Person): Piece {
  const r = c.r;
  const f = (): EntP => nm(p, r.chance(0.6) ? 'full' : 'first');
  const L: ByLang<readonly (() => Piece)[]> = {
    en: [
      () => ['Thanks,\n', f()],
      () => ['Best regards,\n', f()],
      () => ['Cheers, ', nm(p, 'first')],
      () => ['Kind regards\n', nm(p, r.chance(0.5) ? 'full' : 'midInit')],
      () => ['— ', f()],
      () => ['Sent from my iPhone\n', f()],
    ],
    de: [
      () => ['Viele Grüße\n', f()],
      () => ['LG ', nm(p, 'first')],
      () => ['Mit freundlichen Grüßen\n', nm(p, 'full')],
      () => ['Beste Grüße, ', f()],
      () => ['Gruß\n', nm(p, 'initial')],
    ],
    fr: [
      () => ['Cordialement,\n', f()],
      () => ['Bien à vous,\n', nm(p, r.chance(0.5) ? 'full' : 'upperLast')],
      () => ["Merci d'avance,\n", nm(p, 'first')],
      () => ['Bonne journée,\n', f()],
      () => ['Bien cordialement\n', nm(p, 'initial')],
    ],
    es: [
      () => ['Saludos,\n', f()],
      () => ['Un saludo,\n', nm(p, 'first')],
      () => ['Atentamente,\n', nm(p, 'full')],
      () => ['Gracias,\n', f()],
      () => ['Saludos cordiales\n', f()],
    ],
  };
  return tp(c, L);
}

const dobLabel = (c: Ctx): string =>
  tx(c, {
    en: ['DOB: ', 'Date of birth: ', 'D.O.B. ', 'Born: ', 'Birth date: '],
    de: ['Geburtsdatum: ', 'geb. ', 'Geb.-Datum: ', 'geboren am '],
    fr: ['Date de naissance : ', 'né(e) le ', 'Naissance : ', 'date de naissance : '],
    es: ['F. nac.: ', 'Fecha de nacimiento: ', 'Nacimiento: ', 'fecha nac. '],
  });

const phoneLabel = (c: Ctx): string =>
  tx(c, {
    en: ['Phone: ', 'Mobile: ', 'Tel: ', 'Cell: ', 'Ph: '],
    de: ['Telefon: ', 'Tel.: ', 'Mobil: ', 'Handy: '],
    fr: ['Téléphone : ', 'Tél. : ', 'Portable : ', 'Tel : '],
    es: ['Teléfono: ', 'Tel.: ', 'Móvil: ', 'Celular: ', 'Cel: '],
  });

const mailLabel = (c: Ctx): string =>
  tx(c, {
    en: ['Email: ', 'E-mail: ', 'email: '],
    de: ['E-Mail: ', 'Mail: ', 'E-Mail-Adresse: '],
    fr: ['E-mail : ', 'Courriel : ', 'Mail : ', 'Email : '],
    es: ['Correo: ', 'Email: ', 'E-mail: ', 'Correo electrónico: '],
  });

const addrLabel = (c: Ctx): string =>
  tx(c, {
    en: ['Address: ', 'Ship to: ', 'Home address: '],
    de: ['Adresse: ', 'Anschrift: ', 'Lieferadresse: '],
    fr: ['Adresse : ', 'Adresse de livraison : ', 'Domicile : '],
    es: ['Dirección: ', 'Domicilio: ', 'Dirección de envío: '],
  });

const nameLabel = (c: Ctx): string =>
  tx(c, {
    en: ['Name: ', 'Full name: ', 'Customer: '],
    de: ['Name: ', 'Vor- und Nachname: ', 'Kunde: '],
    fr: ['Nom : ', 'Nom complet : ', 'Client : '],
    es: ['Nombre: ', 'Nombre completo: ', 'Cliente: '],
  });

// ---------------------------------------------------------------------------------------------
// Templates: customer support and commerce

type Tpl = (c: Ctx) => Piece;

/** Live-chat transcript between a customer and an agent. */
const tChat: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const ag = makePerson(r, c.lang);
  const shop = r.pick(SHOPS[c.lang]);
  const stamp = r.chance(0.5);
  const custLabel = (): Piece =>
    r.weighted<() => Piece>([
      [() => nm(w.p, 'first'), 3],
      [() => nm(w.p, 'full'), 1],
      [() => tx(c, { en: 'Customer', de: 'Kunde', fr: 'Client', es: 'Cliente' }), 3],
      [() => w.handle, 2],
    ])();
  const cl = custLabel();
  const al: Piece = r.chance(0.6)
    ? nm(ag, 'first')
    : tx(c, { en: 'Agent', de: 'Support', fr: 'Conseiller', es: 'Agente' });
  let minute = r.int(7 * 60, 21 * 60);
  const turn = (who2: Piece, text: Piece): Piece => {
    minute += r.int(0, 3);
    return [
      stamp ? `[${pad(Math.floor(minute / 60) % 24)}:${pad(minute % 60)}] ` : '',
      who2,
      ': ',
      text,
    ];
  };
  const order = on(r);
  const rows: Piece[] = [];
  if (r.chance(0.3)) rows.push(['Chat ', N('uuid', uuid(r)), ' · ', N('timestamp', isoTs(r))]);
  rows.push(
    turn(
      al,
      tx(c, {
        en: [
          `Hi, thanks for contacting ${shop.name}! How can I help today?`,
          'Hello! How can I help?',
        ],
        de: [
          `Hallo und willkommen beim ${shop.name}-Support! Wie kann ich helfen?`,
          'Hallo! Was kann ich für Sie tun?',
        ],
        fr: [
          `Bonjour et bienvenue chez ${shop.name} ! Comment puis-je vous aider ?`,
          'Bonjour ! Que puis-je faire pour vous ?',
        ],
        es: [
          `¡Hola! Gracias por escribir a ${shop.name}. ¿En qué te ayudo?`,
          'Hola, ¿en qué puedo ayudarle?',
        ],
      }),
    ),
  );
  rows.push(
    turn(
      cl,
      tp(c, {
        en: [
          () => ['hi, my order ', order, " still hasn't arrived"],
          () => ['I need to change the delivery address on order ', order],
          () => ['I was charged twice for ', order, ', ', pr(c, w.cc), ' each time'],
        ],
        de: [
          () => ['hallo, meine Bestellung ', order, ' ist immer noch nicht da'],
          () => ['Ich muss die Lieferadresse für Bestellung ', order, ' ändern'],
          () => ['Mir wurde ', order, ' zweimal abgebucht, jeweils ', pr(c, w.cc)],
        ],
        fr: [
          () => ['bonjour, ma commande ', order, " n'est toujours pas arrivée"],
          () => ["je dois changer l'adresse de livraison de la commande ", order],
          () => ["j'ai été débité deux fois pour ", order, ' (', pr(c, w.cc), ')'],
        ],
        es: [
          () => ['hola, mi pedido ', order, ' todavía no llega'],
          () => ['necesito cambiar la dirección de entrega del pedido ', order],
          () => ['me cobraron dos veces el pedido ', order, ', ', pr(c, w.cc), ' cada vez'],
        ],
      }),
    ),
  );
  rows.push(
    turn(
      al,
      tx(c, {
        en: [
          'Sorry about that! Can you confirm your full name and the email on the account?',
          'No problem. Name and email on the order please?',
        ],
        de: [
          'Das tut mir leid! Können Sie mir Ihren vollständigen Namen und die E-Mail-Adresse nennen?',
          'Kein Problem. Name und E-Mail der Bestellung bitte?',
        ],
        fr: [
          "Désolé pour ce souci ! Pouvez-vous me confirmer vos nom et prénom ainsi que l'e-mail du compte ?",
          "Pas de souci. Nom et adresse e-mail de la commande, s'il vous plaît ?",
        ],
        es: [
          '¡Lo siento! ¿Me confirmas tu nombre completo y el correo de la cuenta?',
          'Claro. ¿Nombre y correo del pedido, por favor?',
        ],
      }),
    ),
  );
  rows.push(
    turn(cl, [
      nm(w.p, r.pick<Form>(['full', 'lower', 'lower', 'lastFirst', 'full'])),
      r.pick([', ', ' - ', ' / ', '\n']),
      em(w),
    ]),
  );
  if (r.chance(0.55)) {
    rows.push(
      turn(
        al,
        tx(c, {
          en: 'And a phone number in case the courier needs to reach you?',
          de: 'Und eine Telefonnummer für den Paketdienst?',
          fr: 'Et un numéro de téléphone pour le livreur ?',
          es: '¿Y un teléfono por si el repartidor necesita llamarte?',
        }),
      ),
    );
    rows.push(
      turn(cl, [
        tx(c, {
          en: ['sure ', '', 'its '],
          de: ['klar, ', '', ''],
          fr: ['oui ', '', "c'est le "],
          es: ['sí, ', '', 'es el '],
        }),
        ph(w),
      ]),
    );
  }
  if (r.chance(0.5)) {
    const w2 = address(r, w.cc, c.lang);
    rows.push(
      turn(
        cl,
        tx(c, {
          en: ['new address is ', 'please send it to ', 'I moved, it should go to '],
          de: ['neue Adresse: ', 'bitte an ', 'bin umgezogen, bitte an '],
          fr: ['nouvelle adresse : ', "merci d'envoyer à ", "j'ai déménagé : "],
          es: ['la nueva dirección es ', 'mándalo a ', 'me mudé, es '],
        }),
      ),
    );
    rows[rows.length - 1] = [rows[rows.length - 1], E('STREET_ADDRESS', w2)];
  }
  rows.push(
    turn(
      al,
      tp(c, {
        en: [
          () => [
            'Thanks ',
            nm(w.p, 'first'),
            "! I've opened a claim, you'll hear back within 24 hours.",
          ],
          () => ['Perfect, thank you ', nm(w.p, 'first'), '. Anything else I can help with?'],
        ],
        de: [
          () => ['Danke, ', nm(w.p, 'first'), '! Ich habe einen Nachforschungsauftrag gestartet.'],
          () => [
            'Vielen Dank, ',
            title(c, w.p),
            ' ',
            nm(w.p, 'last'),
            '. Kann ich sonst noch helfen?',
          ],
        ],
        fr: [
          () => ['Merci ', nm(w.p, 'first'), ' ! J’ai ouvert une réclamation, réponse sous 24 h.'],
          () => ['Parfait, merci ', title(c, w.p), ' ', nm(w.p, 'last'), '. Autre chose ?'],
        ],
        es: [
          () => [
            '¡Gracias, ',
            nm(w.p, 'first'),
            '! Ya abrí un reclamo, te respondemos en 24 horas.',
          ],
          () => ['Perfecto, ', nm(w.p, 'first'), '. ¿Algo más?'],
        ],
      }),
    ),
  );
  if (r.chance(0.3)) rows.push(turn(cl, decoySentence(c)));
  return lines(rows);
};

/** Help-desk ticket body. */
const tTicket: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const prod = r.pick(PRODUCTS[c.lang]);
  const k = r.int(0, c.lang === 'en' ? 4 : 3);
  const head: Piece[] = [
    [
      'Ticket',
      ` #${r.int(10000, 999999)} — `,
      (
        {
          en: [
            'Damaged item',
            'Login problem',
            'Change of address',
            'Refund status',
            'Wrong SSN on my W-2',
          ],
          de: ['Artikel beschädigt', 'Login-Problem', 'Adressänderung', 'Erstattung'],
          fr: [
            'Article endommagé',
            'Problème de connexion',
            "Changement d'adresse",
            'Remboursement',
          ],
          es: [
            'Artículo dañado',
            'Problema de acceso',
            'Cambio de dirección',
            'Estado del reembolso',
          ],
        } as ByLang<readonly string[]>
      )[c.lang][k],
    ],
    r.chance(0.7)
      ? [
          tx(c, { en: 'From: ', de: 'Von: ', fr: 'De : ', es: 'De: ' }),
          nm(w.p, r.chance(0.8) ? 'full' : 'lastFirst'),
          ' <',
          em(w),
          '>',
        ]
      : [
          tx(c, {
            en: 'Requester: ',
            de: 'Anfragende Person: ',
            fr: 'Demandeur : ',
            es: 'Solicitante: ',
          }),
          em(w),
        ],
    r.chance(0.6) && [
      tx(c, { en: 'Created: ', de: 'Erstellt: ', fr: 'Créé : ', es: 'Creado: ' }),
      N('timestamp', r.chance(0.5) ? isoTs(r) : sysTs(r)),
    ],
    r.chance(0.4) && [
      tx(c, {
        en: 'Channel: web form',
        de: 'Kanal: Kontaktformular',
        fr: 'Canal : formulaire web',
        es: 'Canal: formulario web',
      }),
    ],
  ];
  const bodies: ByLang<readonly (() => Piece)[]> = {
    en: [
      () => [
        'Hello, I ordered a ',
        prod,
        ' on ',
        pd(c),
        ' (order ',
        on(r),
        ') and it arrived damaged. Please send a replacement to ',
        ad(w),
        '. You can reach me on ',
        ph(w),
        ' between 9 and 5.',
      ],
      () => [
        "Hi, I can't log in since the app update (",
        N('version', version(r)),
        '). My username is ',
        w.handle,
        ' and the account email is ',
        em(w),
        '. The reset link never arrives.',
      ],
      () => [
        'I moved house. New address: ',
        ad(w),
        '. New number: ',
        ph(w),
        '. Please update customer account ',
        N('order_no', `C-${r.digits(7)}`),
        '.',
      ],
      () => [
        'Still waiting on my refund of ',
        pr(c, w.cc),
        ' for order ',
        on(r),
        '. It has been three weeks since I sent it back from ',
        ad(w),
        '.',
      ],
      () => [
        'Hi payroll, my W-2 for ',
        String(r.int(2022, 2024)),
        ' shows SSN ',
        E('US_SSN', ssn(r)),
        ' but mine is ',
        E('US_SSN', ssn(r)),
        '. Employee ID ',
        `E${r.digits(5)}`,
        ', date of birth ',
        db(c, w),
        '. Please reissue.',
      ],
    ],
    de: [
      () => [
        'Guten Tag, ich habe am ',
        pd(c),
        ' den Artikel „',
        prod,
        '“ bestellt (Bestellnr. ',
        on(r),
        '), er kam beschädigt an. Bitte Ersatz an ',
        ad(w),
        ' schicken. Erreichbar unter ',
        ph(w),
        '.',
      ],
      () => [
        'Hallo, seit dem Update (',
        N('version', version(r)),
        ') komme ich nicht mehr ins Konto. Benutzername ',
        w.handle,
        ', E-Mail ',
        em(w),
        '. Der Link zum Zurücksetzen kommt nie an.',
      ],
      () => [
        'Ich bin umgezogen. Neue Anschrift: ',
        ad(w),
        '. Neue Nummer: ',
        ph(w),
        '. Kundennummer ',
        N('order_no', `KD-${r.digits(7)}`),
        '.',
      ],
      () => [
        'Ich warte immer noch auf die Erstattung von ',
        pr(c, w.cc),
        ' für Bestellung ',
        on(r),
        '. Rücksendung ging vor drei Wochen raus.',
      ],
    ],
    fr: [
      () => [
        "Bonjour, j'ai commandé l'article « ",
        prod,
        ' » le ',
        pd(c),
        ' (commande ',
        on(r),
        ') et il est arrivé abîmé. Merci de renvoyer un article à cette adresse : ',
        ad(w),
        '. Joignable au ',
        ph(w),
        '.',
      ],
      () => [
        'Bonjour, impossible de me connecter depuis la mise à jour (',
        N('version', version(r)),
        '). Identifiant ',
        w.handle,
        ', e-mail ',
        em(w),
        '. Le lien de réinitialisation n’arrive jamais.',
      ],
      () => [
        "J'ai déménagé. Nouvelle adresse : ",
        ad(w),
        '. Nouveau numéro : ',
        ph(w),
        '. N° client ',
        N('order_no', `CL${r.digits(8)}`),
        '.',
      ],
      () => [
        "J'attends toujours le remboursement de ",
        pr(c, w.cc),
        ' pour la commande ',
        on(r),
        ', renvoyée il y a trois semaines.',
      ],
    ],
    es: [
      () => [
        'Hola, pedí el artículo «',
        prod,
        '» el ',
        pd(c),
        ' (pedido ',
        on(r),
        ') y llegó dañado. Por favor envíen el reemplazo a ',
        ad(w),
        '. Mi teléfono es ',
        ph(w),
        '.',
      ],
      () => [
        'Hola, desde la actualización (',
        N('version', version(r)),
        ') no puedo entrar. Usuario ',
        w.handle,
        ', correo ',
        em(w),
        '. El enlace para restablecer no llega.',
      ],
      () => [
        'Me mudé. Nueva dirección: ',
        ad(w),
        '. Nuevo teléfono: ',
        ph(w),
        '. Número de cliente ',
        N('order_no', `CLI-${r.digits(6)}`),
        '.',
      ],
      () => [
        'Sigo esperando el reembolso de ',
        pr(c, w.cc),
        ' del pedido ',
        on(r),
        '. Lo devolví hace tres semanas.',
      ],
    ],
  };
  const body = bodies[c.lang][k]!();
  const note: Piece =
    r.chance(0.35) &&
    (() => {
      const ag = makePerson(r, c.lang);
      return [
        tx(c, {
          en: 'Internal note (',
          de: 'Interne Notiz (',
          fr: 'Note interne (',
          es: 'Nota interna (',
        }),
        nm(ag, r.chance(0.5) ? 'first' : 'initial'),
        tx(c, {
          en: '): caller verified with DOB ',
          de: '): Anrufer verifiziert, Geburtsdatum ',
          fr: ') : client vérifié, date de naissance ',
          es: '): cliente verificado con fecha de nacimiento ',
        }),
        db(c, w),
      ];
    })();
  return lines([...head, '', body, '', signoff(c, w.p), note && '', note]);
};

/** What users paste into a chatbot. */
const tPrompt: Tpl = (c) => {
  const r = c.r;
  const w = who(
    c,
    (c.lang === 'es' && r.chance(0.3)) || (c.lang === 'en' && r.chance(0.5)) ? 'US' : undefined,
  );
  const shop = r.pick(SHOPS[c.lang]);
  const exp = `${pad(r.int(1, 12))}/${r.int(26, 31)}`;
  const us = w.cc === 'US';
  const secretsPaste = (): Piece => [
    '```\nAWS_ACCESS_KEY_ID=',
    E('AWS_ACCESS_KEY', awsKeyId(r)),
    '\nAWS_SECRET_ACCESS_KEY=',
    E('GENERIC_SECRET', awsSecret(r)),
    r.chance(0.5) && ['\nGITHUB_TOKEN=', E('GITHUB_TOKEN', ghToken(r))],
    '\n```',
  ];
  const L: ByLang<readonly (() => Piece)[]> = {
    en: [
      () => [
        'my name is ',
        nm(w.p, 'lower'),
        ' and my card ',
        E('CREDIT_CARD', card(r)),
        ` got declined at checkout, exp ${exp} cvc ${r.digits(3)}. why??`,
      ],
      () => [
        'Write a polite complaint email to ',
        shop.name,
        ' for me. I am ',
        nm(w.p),
        ', I live at ',
        ad(w),
        ', order ',
        on(r),
        ', phone ',
        ph(w),
        '. They charged me ',
        pr(c, w.cc),
        ' twice.',
      ],
      () =>
        us
          ? [
              'Can you check this form for mistakes? Name: ',
              nm(w.p, 'lastFirst'),
              ' | DOB: ',
              db(c, w),
              ' | SSN: ',
              E('US_SSN', ssn(r)),
              ' | Address: ',
              ad(w),
            ]
          : [
              'Can you check this form for mistakes? Name: ',
              nm(w.p),
              ' | Date of birth: ',
              db(c, w),
              ' | Address: ',
              ad(w),
              ' | Email: ',
              em(w),
            ],
      () => [
        'translate to Spanish: Hi, this is ',
        nm(w.p),
        ', my number is ',
        ph(w),
        ' and my email ',
        em(w),
        ', please call me back',
      ],
      () => ['why does this fail with SignatureDoesNotMatch?\n', secretsPaste()],
      () => [
        'is this a scam? someone called ',
        nm(w.p),
        ' texted me from ',
        E('PHONE', phone(r, w.cc)),
        ' asking me to confirm my bank login',
      ],
      () =>
        w.cc === 'UK' || w.cc === 'IE'
          ? [
              'help me write a message to my landlord: rent goes to ',
              E('IBAN', iban(r, ibanCcFor(r, w.cc, c.lang))),
              " from now on, I'm ",
              nm(w.p, 'first'),
              ' in flat ',
              String(r.int(1, 12)),
            ]
          : ['I was born ', db(c, w), ', how old will I be on ', pd(c), '?'],
    ],
    de: [
      () => [
        'ich heiße ',
        nm(w.p, 'lower'),
        ' und meine Karte ',
        E('CREDIT_CARD', card(r)),
        ` wird abgelehnt, gültig bis ${exp}, Prüfziffer ${r.digits(3)}. Woran liegt das?`,
      ],
      () => [
        'Schreib mir eine Beschwerde an ',
        shop.name,
        '. Ich bin ',
        nm(w.p),
        ', Anschrift: ',
        ad(w),
        ', Bestellung ',
        on(r),
        ', Tel. ',
        ph(w),
        '.',
      ],
      () => [
        'Bitte prüfe das Formular: Name: ',
        nm(w.p, 'lastFirst'),
        ' | Geburtsdatum: ',
        db(c, w),
        ' | IBAN: ',
        E('IBAN', iban(r, ibanCcFor(r, w.cc, c.lang))),
        ' | Adresse: ',
        ad(w),
      ],
      () => [
        'übersetze ins Englische: Hallo, hier ist ',
        nm(w.p),
        ', meine Nummer ist ',
        ph(w),
        ', Mail ',
        em(w),
        ', bitte ruf zurück',
      ],
      () => ['warum klappt das nicht? Fehlermeldung SignatureDoesNotMatch\n', secretsPaste()],
      () => ['ich bin geboren am ', db(c, w), ', wann kann ich in Rente gehen?'],
    ],
    fr: [
      () => [
        "je m'appelle ",
        nm(w.p, 'lower'),
        ' et ma carte ',
        E('CREDIT_CARD', card(r)),
        ` est refusée, expire ${exp}, cryptogramme ${r.digits(3)}. pourquoi ?`,
      ],
      () => [
        'Rédige une réclamation polie pour ',
        shop.name,
        '. Je suis ',
        nm(w.p),
        ', domicilié au ',
        ad(w),
        ', commande ',
        on(r),
        ', tél. ',
        ph(w),
        '.',
      ],
      () => [
        'Vérifie ce formulaire : Nom : ',
        nm(w.p, 'upperLast'),
        ' | Date de naissance : ',
        db(c, w),
        ' | IBAN : ',
        E('IBAN', iban(r, ibanCcFor(r, w.cc, c.lang))),
        ' | Adresse : ',
        ad(w),
      ],
      () => [
        "traduis en anglais : Bonjour, c'est ",
        nm(w.p),
        ', mon numéro est le ',
        ph(w),
        ' et mon mail ',
        em(w),
        ', rappelez-moi svp',
      ],
      () => ["pourquoi j'ai SignatureDoesNotMatch ?\n", secretsPaste()],
      () => ['je suis né le ', db(c, w), ', à quel âge je peux partir à la retraite ?'],
    ],
    es: [
      () => [
        'me llamo ',
        nm(w.p, 'lower'),
        ' y mi tarjeta ',
        E('CREDIT_CARD', card(r)),
        ` me la rechazan, vence ${exp}, cvv ${r.digits(3)}. ¿por qué?`,
      ],
      () => [
        'Escríbeme un reclamo para ',
        shop.name,
        '. Soy ',
        nm(w.p),
        ', vivo en ',
        ad(w),
        ', pedido ',
        on(r),
        ', teléfono ',
        ph(w),
        '.',
      ],
      () =>
        us
          ? [
              'revisa este formulario: Nombre: ',
              nm(w.p),
              ' | Fecha de nacimiento: ',
              db(c, w),
              ' | Seguro Social: ',
              E('US_SSN', ssn(r)),
              ' | Dirección: ',
              ad(w),
            ]
          : [
              'revisa este formulario: Nombre: ',
              nm(w.p),
              ' | F. nac.: ',
              db(c, w),
              ' | Correo: ',
              em(w),
              ' | Dirección: ',
              ad(w),
            ],
      () => [
        'traduce al inglés: Hola, soy ',
        nm(w.p),
        ', mi número es ',
        ph(w),
        ' y mi correo ',
        em(w),
        ', llámenme por favor',
      ],
      () => ['¿por qué me da SignatureDoesNotMatch?\n', secretsPaste()],
      () => ['nací el ', db(c, w), ', ¿cuántos años tengo?'],
    ],
  };
  return tp(c, L);
};

/** Call-centre transcript with identity checks. */
const tCall: Tpl = (c) => {
  const r = c.r;
  const w = who(c, (c.lang === 'en' || c.lang === 'es') && r.chance(0.35) ? 'US' : undefined);
  const ag = makePerson(r, c.lang);
  const shop = r.pick(SHOPS[c.lang]);
  const A: Piece = r.chance(0.5)
    ? tx(c, { en: 'AGENT', de: 'AGENT', fr: 'CONSEILLER', es: 'AGENTE' })
    : nm(ag, 'first');
  const C: Piece = tx(c, {
    en: ['CALLER', 'Customer'],
    de: ['ANRUFER', 'Kundin/Kunde'],
    fr: ['APPELANT', 'Client'],
    es: ['LLAMANTE', 'Cliente'],
  });
  let t = r.int(2, 9);
  const ts = r.chance(0.6);
  const line = (s: Piece, text: Piece): Piece => {
    t += r.int(3, 25);
    return [ts ? `[${pad(Math.floor(t / 60))}:${pad(t % 60)}] ` : '', s, ': ', text];
  };
  const rows: Piece[] = [];
  if (r.chance(0.5))
    rows.push([
      tx(c, { en: 'Call ', de: 'Anruf ', fr: 'Appel ', es: 'Llamada ' }),
      N('uuid', uuid(r)),
      ' · ',
      N('timestamp', sysTs(r)),
      ` · ${pad(r.int(2, 14))}:${pad(r.int(0, 59))}`,
    ]);
  rows.push(
    line(
      A,
      tp(c, {
        en: [
          () => [
            `Thank you for calling ${shop.name}, this is `,
            nm(ag, 'first'),
            '. How can I help?',
          ],
        ],
        de: [
          () => [
            `${shop.name} Kundenservice, mein Name ist `,
            nm(ag, r.chance(0.5) ? 'full' : 'first'),
            ', was kann ich für Sie tun?',
          ],
        ],
        fr: [() => [`${shop.name} bonjour, `, nm(ag, 'first'), ' à votre écoute.']],
        es: [() => [`${shop.name}, le atiende `, nm(ag, 'first'), ', ¿en qué puedo ayudarle?']],
      }),
    ),
  );
  rows.push(
    line(
      C,
      tp(c, {
        en: [
          () => [
            "hi yes, it's ",
            nm(w.p, r.chance(0.3) ? 'lower' : 'full'),
            ", I'm calling about order ",
            on(r),
          ],
          () => ['hello, my name is ', nm(w.p), ', I got a weird charge on my account'],
        ],
        de: [
          () => ['Ja hallo, ', nm(w.p), ' hier, es geht um meine Bestellung ', on(r)],
          () => [
            'Guten Tag, hier spricht ',
            nm(w.p, r.chance(0.5) ? 'full' : 'last'),
            ', ich habe eine Frage zur Rechnung',
          ],
        ],
        fr: [
          () => ['oui bonjour, ', nm(w.p), " à l'appareil, c'est pour la commande ", on(r)],
          () => ['bonjour, ', title(c, w.p), ' ', nm(w.p, 'last'), ", j'ai un prélèvement bizarre"],
        ],
        es: [
          () => ['sí, hola, habla ', nm(w.p), ', llamo por el pedido ', on(r)],
          () => [
            'buenas, soy ',
            nm(w.p, r.chance(0.3) ? 'lower' : 'full'),
            ', tengo un cargo raro en la cuenta',
          ],
        ],
      }),
    ),
  );
  rows.push(
    line(
      A,
      tx(c, {
        en: [
          'Sure. For security, can you confirm your date of birth?',
          'No problem. Can I get your date of birth first?',
        ],
        de: [
          'Gern. Zur Sicherheit: Wie lautet Ihr Geburtsdatum?',
          'Können Sie mir bitte Ihr Geburtsdatum nennen?',
        ],
        fr: [
          'Bien sûr. Pour vérifier, votre date de naissance ?',
          'Pouvez-vous me donner votre date de naissance ?',
        ],
        es: [
          'Claro. Por seguridad, ¿su fecha de nacimiento?',
          '¿Me confirma su fecha de nacimiento?',
        ],
      }),
    ),
  );
  rows.push(
    line(C, [
      tx(c, {
        en: ['', "it's ", 'uh, '],
        de: ['', 'der ', 'äh, '],
        fr: ['', 'le ', 'euh, '],
        es: ['', 'el ', 'eh, '],
      }),
      db(c, w),
    ]),
  );
  rows.push(
    line(
      A,
      tx(c, {
        en: [
          'Thanks. And the address on the account?',
          'And your postcode and first line of address?',
        ],
        de: ['Danke. Und die Anschrift im Kundenkonto?', 'Und Ihre Adresse?'],
        fr: ["Merci. Et l'adresse du compte ?", 'Et votre adresse postale ?'],
        es: ['Gracias. ¿Y la dirección de la cuenta?', '¿Y su domicilio?'],
      }),
    ),
  );
  rows.push(line(C, ad(w)));
  if (w.cc === 'US' && r.chance(0.8)) {
    rows.push(
      line(
        A,
        tx(c, {
          en: 'And the last four of your social?',
          de: '',
          fr: '',
          es: '¿Y los últimos cuatro de su seguro social?',
        }),
      ),
    );
    rows.push(
      line(C, [
        tx(c, {
          en: 'here, the whole thing is ',
          de: '',
          fr: '',
          es: 'le doy el número completo: ',
        }),
        E('US_SSN', ssn(r)),
      ]),
    );
  }
  if (r.chance(0.5)) {
    rows.push(
      line(
        A,
        tx(c, {
          en: 'Best number to reach you?',
          de: 'Unter welcher Nummer erreichen wir Sie?',
          fr: 'Un numéro pour vous rappeler ?',
          es: '¿Un número para devolverle la llamada?',
        }),
      ),
    );
    rows.push(line(C, ph(w)));
  }
  if (r.chance(0.45)) {
    rows.push(
      line(C, [
        tx(c, {
          en: [
            'can I just pay the balance now? card number is ',
            'take it from my other card, ',
            'the card is ',
          ],
          de: [
            'kann ich gleich mit Karte zahlen? Die Nummer ist ',
            'nehmen Sie die andere Karte, ',
          ],
          fr: ['je peux payer maintenant ? ma carte c’est ', 'prenez mon autre carte, le '],
          es: ['¿puedo pagar ya? la tarjeta es ', 'cárguelo a la otra tarjeta, '],
        }),
        E('CREDIT_CARD', card(r)),
      ]),
    );
  }
  rows.push(
    line(
      A,
      tp(c, {
        en: [
          () => ['Perfect, ', nm(w.p, 'first'), ", you're all set."],
          () => ['Thank you ', title(c, w.p), ' ', nm(w.p, 'last'), ', have a good day.'],
        ],
        de: [
          () => ['Wunderbar, ', title(c, w.p), ' ', nm(w.p, 'last'), ', das ist erledigt.'],
          () => ['Danke, ', nm(w.p, 'first'), ', schönen Tag noch.'],
        ],
        fr: [
          () => ['Parfait ', title(c, w.p), ' ', nm(w.p, 'last'), ', c’est noté.'],
          () => ['Merci ', nm(w.p, 'first'), ', bonne journée.'],
        ],
        es: [
          () => ['Perfecto, ', nm(w.p, 'first'), ', ya quedó.'],
          () => ['Gracias, ', title(c, w.p), ' ', nm(w.p, 'last'), ', que tenga buen día.'],
        ],
      }),
    ),
  );
  return lines(rows);
};

/** E-commerce order confirmation mail. */
const tOrder: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const shop = r.pick(SHOPS[c.lang]);
  const items = r.some(PRODUCTS[c.lang], 1, 3);
  const rows: Piece[] = [
    [
      tx(c, {
        en: 'Subject: Your ',
        de: 'Betreff: Ihre Bestellung bei ',
        fr: 'Objet : Votre commande ',
        es: 'Asunto: Tu pedido en ',
      }),
      shop.name,
      tx(c, { en: ' order ', de: ' – Nr. ', fr: ' n° ', es: ' n.º ' }),
      on(r),
      tx(c, { en: ' is confirmed', de: '', fr: ' est confirmée', es: ' está confirmado' }),
    ],
    '',
    greet(c, w.p),
    tp(c, {
      en: [
        () => ['thanks for your order placed on ', pd(c), '.'],
        () => ["we've got your order and we're getting it ready."],
      ],
      de: [
        () => ['vielen Dank für Ihre Bestellung vom ', pd(c), '.'],
        () => ['wir haben Ihre Bestellung erhalten und packen schon.'],
      ],
      fr: [
        () => ['merci pour votre commande du ', pd(c), '.'],
        () => ['nous avons bien reçu votre commande.'],
      ],
      es: [
        () => ['gracias por tu pedido del ', pd(c), '.'],
        () => ['hemos recibido tu pedido y ya lo estamos preparando.'],
      ],
    }),
    '',
    ...items.map((it): Piece => [
      `${r.int(1, 3)} × ${it} `,
      r.chance(0.3) ? ['(', brand(r), ') '] : '',
      pr(c, w.cc),
    ]),
    [tx(c, { en: 'Total: ', de: 'Gesamt: ', fr: 'Total TTC : ', es: 'Total: ' }), pr(c, w.cc)],
    '',
    tx(c, {
      en: 'Shipping to:',
      de: 'Lieferadresse:',
      fr: 'Adresse de livraison :',
      es: 'Dirección de envío:',
    }),
    nm(w.p, r.chance(0.8) ? 'full' : r.pick<Form>(['initial', 'upper', 'middle'])),
    ad(w),
    r.chance(0.5) && COUNTRY_NAME[c.lang][w.cc],
    r.chance(0.5) && [phoneLabel(c), ph(w)],
    '',
    [
      tx(c, { en: 'Paid with ', de: 'Bezahlt mit ', fr: 'Payé par ', es: 'Pagado con ' }),
      r.pick(['Visa', 'Mastercard', 'Amex']),
      ` •••• ${r.digits(4)}`,
    ],
    [
      tx(c, { en: 'Questions? ', de: 'Fragen? ', fr: 'Une question ? ', es: '¿Dudas? ' }),
      E('EMAIL', supportMail(r, shop, c.lang)),
      r.chance(0.5) && [' · ', url(shopUrl(r, shop))],
    ],
  ];
  return lines(rows);
};

const CARRIER_BY: Readonly<Record<Country, readonly string[]>> = {
  US: ['UPS', 'FedEx', 'USPS'],
  UK: ['Royal Mail', 'DPD', 'Evri'],
  IE: ['An Post', 'DPD Ireland', 'Fastway'],
  CA: ['Canada Post', 'Purolator'],
  AU: ['Australia Post', 'StarTrack'],
  NZ: ['NZ Post', 'CourierPost'],
  DE: ['DHL', 'Hermes', 'DPD', 'GLS'],
  AT: ['Österreichische Post', 'DPD', 'GLS'],
  CH: ['Die Post', 'DPD', 'Planzer'],
  FR: ['Colissimo', 'Chronopost', 'Mondial Relay'],
  BE: ['bpost', 'DPD'],
  ES: ['Correos', 'SEUR', 'MRW'],
  MX: ['Estafeta', 'DHL', 'Correos de México'],
  PE: ['Olva Courier', 'Serpost'],
  CL: ['Chilexpress', 'Starken', 'Correos de Chile'],
};

/** Shipping / out-for-delivery notification. */
const tShipping: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const drv = makePerson(r, c.lang);
  const carrier = r.pick(
    w.cc === 'CA' && c.lang === 'fr'
      ? ['Postes Canada', 'Purolator']
      : w.cc === 'CH' && c.lang === 'fr'
        ? ['La Poste Suisse', 'DPD']
        : CARRIER_BY[w.cc],
  );
  const trk = N('order_no', tracking(r));
  const h0 = r.int(7, 17);
  const w0 = `${pad(h0)}:${r.pick(['00', '30'])}`;
  const w1 = `${pad(h0 + r.int(1, 4))}:${r.pick(['00', '30'])}`;
  const L: ByLang<readonly (() => Piece)[]> = {
    en: [
      () => [
        `${carrier}: your parcel `,
        trk,
        ' is out for delivery today. Estimated delivery: ',
        pd(c),
        ' between ',
        w0,
        ' and ',
        w1,
        '.\nDelivering to ',
        nm(w.p),
        ', ',
        ad(w),
        '.\nYour driver ',
        nm(drv, 'first'),
        ' may call you on ',
        ph(w),
        '.',
      ],
      () => [
        'Good news ',
        nm(w.p, 'first'),
        '! Your order has shipped with ',
        carrier,
        '. Tracking number ',
        trk,
        '.\nTrack it here: ',
        url(
          `https://track.${r.pick(['parcelsync.com', 'shipwise.io', 'trackline.co.uk'])}/${r.chars(LOWER + DIGITS, 12)}`,
        ),
      ],
    ],
    de: [
      () => [
        `${carrier}: Ihre Sendung `,
        trk,
        ' wird heute zugestellt. Zeitfenster ',
        w0,
        '–',
        w1,
        ' Uhr.\nEmpfänger: ',
        nm(w.p),
        ', ',
        ad(w),
        '\nIhr Zusteller ',
        nm(drv, 'first'),
        ' erreicht Sie unter ',
        ph(w),
        '.',
      ],
      () => [
        'Hallo ',
        nm(w.p, 'first'),
        ', Ihre Bestellung ist unterwegs! Sendungsnummer ',
        trk,
        ', voraussichtliche Zustellung ',
        pd(c),
        '.\nSendungsverfolgung: ',
        url(
          `https://www.${r.pick(['paketblick.de', 'sendungsinfo.at', 'versandradar.ch'])}/s/${r.chars(LOWER + DIGITS, 10)}`,
        ),
      ],
    ],
    fr: [
      () => [
        `${carrier} : votre colis `,
        trk,
        ' sera livré aujourd’hui entre ',
        w0,
        ' et ',
        w1,
        '.\nDestinataire : ',
        nm(w.p, r.chance(0.3) ? 'upperLast' : 'full'),
        ', ',
        ad(w),
        '\nVotre livreur ',
        nm(drv, 'first'),
        ' pourra vous joindre au ',
        ph(w),
        '.',
      ],
      () => [
        'Bonne nouvelle ',
        nm(w.p, 'first'),
        ' ! Votre commande a été expédiée. N° de suivi ',
        trk,
        ', livraison prévue le ',
        pd(c),
        '.\nSuivi : ',
        url(
          `https://suivi.${r.pick(['colitrack.fr', 'envoi-express.be', 'livraison-rapide.fr'])}/${r.chars(UPPER + DIGITS, 10)}`,
        ),
      ],
    ],
    es: [
      () => [
        `${carrier}: tu envío `,
        trk,
        ' se entrega hoy entre las ',
        w0,
        ' y las ',
        w1,
        '.\nDestinatario: ',
        nm(w.p),
        ', ',
        ad(w),
        '\nTu repartidor ',
        nm(drv, 'first'),
        ' te llamará al ',
        ph(w),
        '.',
      ],
      () => [
        '¡Hola ',
        nm(w.p, 'first'),
        '! Tu pedido va en camino. Número de seguimiento ',
        trk,
        ', entrega estimada ',
        pd(c),
        '.\nSigue tu envío: ',
        url(
          `https://${r.pick(['rastreo.envioya.mx', 'seguimiento.paqueteria.es', 'tracking.enviosur.cl'])}/${r.chars(UPPER + DIGITS, 10)}`,
        ),
      ],
    ],
  };
  return [tp(c, L), r.chance(0.25) && ['\n', decoySentence(c)]];
};

/** Return / refund request with bank details. */
const tReturn: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const hasIban = IBAN_OF[w.cc] !== undefined || r.chance(0.3);
  const holder = r.chance(0.25) ? makePerson(r, c.lang) : w.p;
  const refund: Piece = hasIban
    ? [
        tx(c, {
          en: 'Refund to IBAN ',
          de: 'Erstattung bitte auf IBAN ',
          fr: 'Remboursement sur IBAN ',
          es: 'Reembolso a la cuenta IBAN ',
        }),
        E('IBAN', iban(r, ibanCcFor(r, w.cc, c.lang))),
        tx(c, {
          en: ', account holder ',
          de: ', Kontoinhaber ',
          fr: ', titulaire ',
          es: ', titular ',
        }),
        nm(holder, r.chance(0.8) ? 'full' : 'upper'),
      ]
    : [
        tx(c, {
          en: 'Please refund the card ',
          de: 'Bitte auf die Karte ',
          fr: 'Merci de rembourser la carte ',
          es: 'Reembolsar a la tarjeta ',
        }),
        E('CREDIT_CARD', card(r)),
      ];
  const reason = tx(c, {
    en: ['too small', 'arrived broken', 'not as described', 'changed my mind', 'wrong colour'],
    de: [
      'zu klein',
      'kaputt angekommen',
      'entspricht nicht der Beschreibung',
      'gefällt nicht',
      'falsche Farbe',
    ],
    fr: ['trop petit', 'arrivé cassé', 'non conforme', 'ne me plaît pas', 'mauvaise couleur'],
    es: [
      'talla pequeña',
      'llegó roto',
      'no es como en la foto',
      'ya no lo quiero',
      'color equivocado',
    ],
  });
  const rows: Piece[] = [
    [
      tx(c, {
        en: 'Return request ',
        de: 'Retoure ',
        fr: 'Demande de retour ',
        es: 'Solicitud de devolución ',
      }),
      N('order_no', `RMA-${r.digits(7)}`),
    ],
    [
      tx(c, { en: 'Order: ', de: 'Bestellung: ', fr: 'Commande : ', es: 'Pedido: ' }),
      on(r),
      r.chance(0.5) && [' (', pd(c), ')'],
    ],
    [nameLabel(c), nm(w.p, r.chance(0.7) ? 'full' : 'lastFirst')],
    [tx(c, { en: 'Reason: ', de: 'Grund: ', fr: 'Motif : ', es: 'Motivo: ' }), reason],
    r.chance(0.6) && [
      tx(c, { en: 'Pick-up from: ', de: 'Abholung: ', fr: 'Enlèvement : ', es: 'Recogida en: ' }),
      ad(w),
    ],
    refund,
    r.chance(0.5) && [mailLabel(c), em(w)],
    r.chance(0.3) && [
      tx(c, { en: 'Amount: ', de: 'Betrag: ', fr: 'Montant : ', es: 'Importe: ' }),
      pr(c, w.cc),
    ],
  ];
  return lines(r.chance(0.5) ? rows : [rows[0], rows[1], ...r.shuffle(rows.slice(2))]);
};

/** Buyer ↔ seller messages on a classifieds marketplace. */
const tMarket: Tpl = (c) => {
  const r = c.r;
  const buyer = who(c);
  const seller = who(c, buyer.cc);
  const plat = nn(r.pick(NN_PLATFORMS[c.lang]));
  const item = r.chance(0.4) ? [brand(r)] : [r.pick(PRODUCTS[c.lang])];
  const L: ByLang<readonly (() => Piece)[]> = {
    en: [
      () => [
        plat,
        ' message from ',
        buyer.handle,
        ':\nHi, is the ',
        item,
        ' still available? I can pick it up ',
        nn(r.pick(NN_WEEKDAYS.en)),
        '. My number is ',
        ph(buyer),
        ', ',
        nm(buyer.p, 'first'),
      ],
      () => [
        'Hi ',
        nm(buyer.p, 'first'),
        ', yes still available, ',
        pr(c, seller.cc),
        ' firm. Pay via PayPal to ',
        em(seller),
        seller.cc === 'UK' || seller.cc === 'IE'
          ? [' or bank transfer to ', E('IBAN', iban(r, ibanCcFor(r, seller.cc, c.lang)))]
          : ' or cash on collection',
        '. Collection from ',
        ad(seller),
        '. Thanks, ',
        nm(seller.p, 'first'),
      ],
    ],
    de: [
      () => [
        'Nachricht über ',
        plat,
        ' von ',
        buyer.handle,
        ':\nHallo, ist der Artikel (',
        item,
        ') noch da? Ich könnte ',
        nn(r.pick(NN_WEEKDAYS.de)),
        ' abholen. Erreichbar unter ',
        ph(buyer),
        '. Gruß ',
        nm(buyer.p, 'first'),
      ],
      () => [
        'Hallo ',
        nm(buyer.p, 'first'),
        ', ja, noch da. Festpreis ',
        pr(c, seller.cc),
        '. Überweisung an ',
        E('IBAN', iban(r, ibanCcFor(r, seller.cc, c.lang))),
        ' (',
        nm(seller.p),
        ') oder PayPal an ',
        em(seller),
        '. Abholung ',
        ad(seller),
        '.',
      ],
    ],
    fr: [
      () => [
        'Message ',
        plat,
        ' de ',
        buyer.handle,
        ' :\nBonjour, votre annonce (',
        item,
        ') est toujours dispo ? Je peux passer ',
        nn(r.pick(NN_WEEKDAYS.fr)),
        '. Mon numéro : ',
        ph(buyer),
        '. ',
        nm(buyer.p, 'first'),
      ],
      () => [
        'Bonjour ',
        nm(buyer.p, 'first'),
        ', oui toujours dispo, ',
        pr(c, seller.cc),
        ' ferme. Virement sur ',
        E('IBAN', iban(r, ibanCcFor(r, seller.cc, c.lang))),
        ' au nom de ',
        nm(seller.p, r.chance(0.5) ? 'upperLast' : 'full'),
        '. Remise en main propre au ',
        ad(seller),
        '.',
      ],
    ],
    es: [
      () => [
        'Mensaje de ',
        plat,
        ' de ',
        buyer.handle,
        ':\nHola, ¿sigue disponible (',
        item,
        ')? Puedo pasar el ',
        nn(r.pick(NN_WEEKDAYS.es)),
        '. Mi número es ',
        ph(buyer),
        '. ',
        nm(buyer.p, 'first'),
      ],
      () => [
        'Hola ',
        nm(buyer.p, 'first'),
        ', sí, sigue. Precio fijo ',
        pr(c, seller.cc),
        '. ',
        seller.cc === 'ES'
          ? ['Bizum o transferencia a ', E('IBAN', iban(r, 'ES'))]
          : ['PayPal a ', em(seller)],
        ' a nombre de ',
        nm(seller.p),
        '. Entrega en ',
        ad(seller),
        '.',
      ],
    ],
  };
  return tp(c, L);
};

/** Delivery driver notes (very short). */
const tDriver: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const nb = makePerson(r, c.lang);
  const L: ByLang<readonly (() => Piece)[]> = {
    en: [
      () => [
        'Left with neighbour at no. ',
        String(r.int(2, 90)),
        ' (',
        nm(nb, r.chance(0.5) ? 'full' : 'last'),
        '). Customer ',
        nm(w.p, 'first'),
        ' called from ',
        ph(w),
        '.',
      ],
      () => ['Gate code ', r.digits(4), '#, ring ', nm(w.p, 'last'), '. Dog in garden.'],
      () => [
        'Safe place: behind the green bin. Photo taken ',
        N('timestamp', isoTs(r)),
        '. Recipient ',
        nm(w.p, 'lower'),
      ],
      () => [
        'Failed delivery ',
        N('order_no', tracking(r)),
        ' - no answer at ',
        ad(w),
        ', left card. Call ',
        ph(w),
        ' tmrw',
      ],
    ],
    de: [
      () => [
        'Beim Nachbarn Nr. ',
        String(r.int(2, 90)),
        ' abgegeben (',
        nm(nb, 'last'),
        '). Kundin/Kunde ',
        nm(w.p, 'first'),
        ' hat angerufen: ',
        ph(w),
        '.',
      ],
      () => ['Klingel defekt, bei ', nm(w.p, 'last'), ' klopfen. Hinterhaus, 3. OG.'],
      () => ['Ablageort Garage, Foto ', N('timestamp', isoTs(r)), '. Empfänger ', nm(w.p, 'lower')],
      () => [
        'Zustellversuch ',
        N('order_no', tracking(r)),
        ' gescheitert, niemand da: ',
        ad(w),
        '. Benachrichtigung eingeworfen, Tel. ',
        ph(w),
      ],
    ],
    fr: [
      () => [
        'Déposé chez le voisin au n° ',
        String(r.int(2, 90)),
        ' (',
        title(c, nb),
        ' ',
        nm(nb, 'last'),
        '). Client ',
        nm(w.p, 'first'),
        ' joint au ',
        ph(w),
        '.',
      ],
      () => [
        'Digicode ',
        `${r.int(1, 9)}${r.chars('AB', 1)}${r.digits(3)}`,
        ', interphone ',
        nm(w.p, r.chance(0.5) ? 'upperLast' : 'last'),
        ', 4e étage.',
      ],
      () => [
        'Colis laissé en boîte aux lettres, photo ',
        N('timestamp', isoTs(r)),
        '. Destinataire ',
        nm(w.p, 'lower'),
      ],
      () => [
        'Échec livraison ',
        N('order_no', tracking(r)),
        ', absent au ',
        ad(w),
        '. Avis de passage déposé, rappeler le ',
        ph(w),
      ],
    ],
    es: [
      () => [
        'Entregado al vecino del ',
        String(r.int(1, 9)),
        'º (',
        nm(nb, 'first'),
        '). Cliente ',
        nm(w.p, 'first'),
        ' llamó desde el ',
        ph(w),
        '.',
      ],
      () => ['Portero automático roto, preguntar por ', nm(w.p), ' en conserjería.'],
      () => ['Dejado en recepción, foto ', N('timestamp', isoTs(r)), '. Recibe ', nm(w.p, 'lower')],
      () => [
        'Intento fallido ',
        N('order_no', tracking(r)),
        ', nadie en ',
        ad(w),
        '. Llamar al ',
        ph(w),
        ' mañana',
      ],
    ],
  };
  return tp(c, L);
};

/** Loyalty programme sign-up form. */
const tLoyalty: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const shop = r.pick(SHOPS[c.lang]);
  const split = r.chance(0.6);
  const fields: Piece[] = [
    ...(split
      ? [
          [
            tx(c, { en: 'First name: ', de: 'Vorname: ', fr: 'Prénom : ', es: 'Nombre: ' }),
            nm(w.p, r.chance(0.15) ? 'lowerFirst' : 'first'),
          ],
          [
            tx(c, { en: 'Last name: ', de: 'Nachname: ', fr: 'Nom : ', es: 'Apellidos: ' }),
            nm(w.p, 'last'),
          ],
        ]
      : [[nameLabel(c), nm(w.p, r.chance(0.8) ? 'full' : 'lower')]]),
    [
      tx(c, {
        en: ['Date of birth: ', 'DOB: ', 'Birthday: '],
        de: ['Geburtsdatum: ', 'Geb.-Datum: '],
        fr: ['Date de naissance : ', 'Né(e) le : '],
        es: ['Fecha de nacimiento: ', 'F. nac.: '],
      }),
      db(c, w),
    ],
    [mailLabel(c), em(w)],
    r.chance(0.8) && [phoneLabel(c), ph(w)],
    r.chance(0.6) && [addrLabel(c), ad(w)],
    [
      tx(c, {
        en: 'Marketing opt-in: ',
        de: 'Newsletter: ',
        fr: 'Offres par e-mail : ',
        es: 'Acepto publicidad: ',
      }),
      tx(c, { en: ['yes', 'no'], de: ['ja', 'nein'], fr: ['oui', 'non'], es: ['sí', 'no'] }),
    ],
    r.chance(0.5) && [
      tx(c, { en: 'Member no.: ', de: 'Mitgliedsnr.: ', fr: 'N° adhérent : ', es: 'N.º socio: ' }),
      N('order_no', `${r.chars(UPPER, 2)}${r.digits(9)}`),
    ],
    r.chance(0.3) && [
      tx(c, {
        en: 'Card no. (loyalty): ',
        de: 'Kundenkarte: ',
        fr: 'Carte fidélité : ',
        es: 'Tarjeta de socio: ',
      }),
      N('card_lookalike', cardFake(r)),
    ],
  ];
  const head = [
    shop.name,
    tx(c, {
      en: ' Rewards — sign-up',
      de: ' Club – Anmeldung',
      fr: ' Fidélité – inscription',
      es: ' Club – alta',
    }),
  ];
  const tail = r.chance(0.4) && [
    tx(c, { en: 'Submitted ', de: 'Gesendet ', fr: 'Envoyé le ', es: 'Enviado ' }),
    N('timestamp', sysTs(r)),
    r.chance(0.6) && [' · IP ', ipE(r)],
  ];
  return lines([head, ...fields, tail]);
};

// ---------------------------------------------------------------------------------------------
// Templates: marketing, CRM, recruiting, profiles, reviews, messaging

/** Newsletter bounce (DSN). */
const tBounce: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const shop = r.pick(SHOPS[c.lang]);
  const mx = `${r.pick(['mx', 'mx1', 'mx2', 'smtp-in', 'mail'])}.${w.email.split('@')[1]!}`;
  const rows: Piece[] = [
    [
      'From: Mail Delivery System <',
      E('EMAIL', `MAILER-DAEMON@${r.pick(['mail', 'smtp', 'out'])}.${shop.domain}`),
      '>',
    ],
    [
      tx(c, {
        en: 'Subject: Undelivered Mail Returned to Sender',
        de: 'Betreff: Unzustellbar: Newsletter ',
        fr: 'Objet : Non remis : Newsletter ',
        es: 'Asunto: No se puede entregar: Boletín ',
      }),
      c.lang === 'en' ? '' : nn(r.pick(NN_WEEKDAYS[c.lang])),
    ],
    r.chance(0.5) && [
      tx(c, { en: 'To: ', de: 'An: ', fr: 'À : ', es: 'Para: ' }),
      nm(w.p, r.chance(0.8) ? 'full' : 'lastFirst'),
      ' <',
      em(w),
      '>',
    ],
    '',
    [
      tx(c, {
        en: 'This is the mail system. Your message to <',
        de: 'Ihre Nachricht an <',
        fr: 'Votre message pour <',
        es: 'Su mensaje para <',
      }),
      em(w),
      tx(c, {
        en: '> could not be delivered to one or more recipients.',
        de: '> konnte nicht zugestellt werden.',
        fr: "> n'a pas pu être remis.",
        es: '> no pudo entregarse.',
      }),
    ],
    '',
    ['Final-Recipient: rfc822; ', em(w)],
    'Action: failed',
    `Status: ${r.pick(['5.1.1', '5.2.2', '4.4.1', '5.7.1'])}`,
    ['Remote-MTA: dns; ', mx, ' [', ipE(r), ']'],
    [
      'Diagnostic-Code: smtp; ',
      r.pick(['550 5.1.1 <', '552 5.2.2 <', '550 5.7.1 <']),
      em(w),
      r.pick([
        '>: Recipient address rejected: User unknown',
        '>: Mailbox full',
        '>: Message rejected as spam',
      ]),
    ],
    ['Arrival-Date: ', N('timestamp', isoTs(r))],
    r.chance(0.5) && ['X-Campaign-Id: ', N('uuid', uuid(r))],
  ];
  return lines(rows);
};

/** CRM / customer-list export rows (CSV or TSV). */
const tCrm: Tpl = (c) => {
  const r = c.r;
  const sep =
    c.lang === 'de' || c.lang === 'fr' ? r.pick([';', ';', '\t']) : r.pick([',', ',', '\t']);
  const q = (p: Piece, raw: string): Piece =>
    sep !== '\t' && /[,;"]/.test(raw) ? ['"', p, '"'] : p;
  const hr = c.lang === 'en' && r.chance(0.45);
  const owner = makePerson(r, c.lang);
  const cols = hr
    ? ['employee_id', 'name', 'ssn', 'dob', 'hire_date', 'email']
    : r.pick<readonly string[]>(
        (
          {
            en: [
              ['id', 'first_name', 'last_name', 'email', 'phone', 'city', 'created_at', 'owner'],
              ['contact_id', 'full_name', 'email', 'mobile', 'address', 'ltv', 'last_order'],
            ],
            de: [
              [
                'Kundennr',
                'Vorname',
                'Nachname',
                'E-Mail',
                'Telefon',
                'Ort',
                'Angelegt',
                'Betreuer',
              ],
              ['ID', 'Name', 'E-Mail', 'Mobil', 'Anschrift', 'Umsatz', 'Geburtsdatum'],
            ],
            fr: [
              ['id', 'prenom', 'nom', 'email', 'telephone', 'ville', 'cree_le', 'commercial'],
              ['id_client', 'nom_complet', 'email', 'portable', 'adresse', 'CA', 'date_naissance'],
            ],
            es: [
              ['id', 'nombre', 'apellidos', 'correo', 'telefono', 'ciudad', 'alta', 'comercial'],
              [
                'id_cliente',
                'nombre_completo',
                'correo',
                'celular',
                'direccion',
                'importe',
                'fecha_nac',
              ],
            ],
          } as ByLang<readonly (readonly string[])[]>
        )[c.lang],
      );
  const rows: Piece[] = [cols.join(sep)];
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    const w = who(c, hr ? 'US' : undefined);
    const cell = (col: string): Piece => {
      switch (col) {
        case 'employee_id':
          return `E${r.digits(5)}`;
        case 'id':
        case 'contact_id':
        case 'Kundennr':
        case 'ID':
        case 'id_client':
        case 'id_cliente':
          return String(r.int(10000, 99999));
        case 'first_name':
        case 'Vorname':
        case 'prenom':
        case 'nombre':
          return nm(w.p, r.chance(0.1) ? 'lowerFirst' : 'first');
        case 'last_name':
        case 'Nachname':
        case 'nom':
        case 'apellidos':
          return nm(w.p, 'last');
        case 'name':
        case 'full_name':
        case 'Name':
        case 'nom_complet':
        case 'nombre_completo': {
          const v = render(w.p, r.pick<Form>(['full', 'full', 'lastFirst', 'upperLast', 'lower']));
          return q(E('PERSON', v, w.p.src), v);
        }
        case 'ssn':
          return E('US_SSN', ssn(r));
        case 'dob':
        case 'Geburtsdatum':
        case 'date_naissance':
        case 'fecha_nac':
          return db(c, w);
        case 'hire_date':
        case 'created_at':
        case 'Angelegt':
        case 'cree_le':
        case 'alta':
        case 'last_order':
          return r.chance(0.5) ? N('plain_date', isoTs(r).slice(0, 10)) : pd(c);
        case 'email':
        case 'E-Mail':
        case 'correo':
          return em(w);
        case 'phone':
        case 'mobile':
        case 'Telefon':
        case 'Mobil':
        case 'telephone':
        case 'portable':
        case 'telefono':
        case 'celular':
          return ph(w);
        case 'city':
        case 'Ort':
        case 'ville':
        case 'ciudad':
          return r.chance(0.35) ? nn(r.pick(NN_CITIES)) : r.pick(BIRTH_TOWNS[c.lang]);
        case 'address':
        case 'Anschrift':
        case 'adresse':
        case 'direccion':
          return q(ad(w), w.addr);
        case 'ltv':
        case 'Umsatz':
        case 'CA':
        case 'importe': {
          const v = price(r, w.cc);
          return q(N('price', v), v);
        }
        case 'owner':
        case 'Betreuer':
        case 'commercial':
        case 'comercial':
          return nm(owner, r.pick<Form>(['full', 'first', 'initial']));
        default:
          return '';
      }
    };
    rows.push(lines(cols.map(cell), sep));
  }
  return lines(rows);
};

/** Sales lead captured from a form or a trade fair. */
const tLead: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const co = r.pick(COMPANIES[c.lang]);
  const rep = makePerson(r, c.lang);
  const work = emailOf(r, w.p, co.domain);
  const fields: Piece[] = [
    [nameLabel(c).replace(/Customer|Kunde|Client|Cliente/, 'Lead'), nm(w.p, anyForm(c))],
    [tx(c, { en: 'Company: ', de: 'Firma: ', fr: 'Société : ', es: 'Empresa: ' }), nn(co.name)],
    [
      tx(c, { en: 'Title: ', de: 'Position: ', fr: 'Poste : ', es: 'Cargo: ' }),
      nn(r.pick(NN_JOBS[c.lang])),
    ],
    [mailLabel(c), E('EMAIL', work)],
    r.chance(0.8) && [phoneLabel(c), ph(w)],
    r.chance(0.4) && ['LinkedIn: ', url(linkedin(r, w.p))],
  ];
  const note = tp(c, {
    en: [
      () => [
        'Notes: met at the ',
        nn(r.pick(['Web Summit', 'SaaStr Europa', 'Retail Expo'])),
        ' on ',
        pd(c),
        ', wants ~50 seats (',
        N('price', price(r, w.cc, r.int(20, 400) * 100)),
        '/yr). Follow up ',
        nn(r.pick(NN_WEEKDAYS.en)),
        '.',
      ],
    ],
    de: [
      () => [
        'Notiz: Kontakt auf der ',
        nn(r.pick(['dmexco', 'CeBIT', 'Hannover Messe'])),
        ' am ',
        pd(c),
        ', Interesse an 50 Lizenzen (',
        N('price', price(r, w.cc, r.int(20, 400) * 100)),
        '/Jahr). Wiedervorlage ',
        nn(r.pick(NN_WEEKDAYS.de)),
        '.',
      ],
    ],
    fr: [
      () => [
        'Notes : rencontré au salon ',
        nn(r.pick(['VivaTech', 'Big Data Paris', 'Salon du e-commerce'])),
        ' le ',
        pd(c),
        ', intéressé par 50 licences (',
        N('price', price(r, w.cc, r.int(20, 400) * 100)),
        '/an). Relancer ',
        r.pick(NN_WEEKDAYS.fr).toLowerCase(),
        '.',
      ],
    ],
    es: [
      () => [
        'Notas: contacto en ',
        nn(r.pick(['South Summit', 'Mobile World Congress', 'Expo eCommerce'])),
        ' el ',
        pd(c),
        ', quiere 50 licencias (',
        N('price', price(r, w.cc, r.int(20, 400) * 100)),
        '/año). Llamar el ',
        r.pick(NN_WEEKDAYS.es).toLowerCase(),
        '.',
      ],
    ],
  });
  const head: Piece = [
    tx(c, { en: 'New lead', de: 'Neuer Lead', fr: 'Nouveau prospect', es: 'Nuevo lead' }),
    r.chance(0.5) ? [' (', N('timestamp', isoTs(r)), ')'] : '',
    tx(c, {
      en: ' — owner ',
      de: ' — zuständig: ',
      fr: ' — responsable : ',
      es: ' — responsable: ',
    }),
    nm(rep, r.pick<Form>(['full', 'first', 'initial'])),
  ];
  return lines([head, ...(r.chance(0.3) ? r.shuffle(fields) : fields), note]);
};

const BIRTH_TOWNS: ByLang<readonly string[]> = {
  en: ['Leeds', 'Cork', 'Toronto', 'Perth', 'Ohio'],
  de: ['Kassel', 'Graz', 'Bern', 'Rostock', 'Linz'],
  fr: ['Nantes', 'Liège', 'Lyon', 'Québec', 'Genève'],
  es: ['Sevilla', 'Guadalajara', 'Arequipa', 'Valparaíso', 'Bilbao'],
};

/** Job application e-mail. */
const tApply: Tpl = (c) => {
  const r = c.r;
  const w = who(c, c.lang === 'en' && r.chance(0.3) ? 'US' : undefined);
  const job = nn(r.pick(NN_JOBS[c.lang]));
  const co = r.pick(COMPANIES[c.lang]);
  const rec = r.chance(0.4) ? makePerson(r, c.lang) : null;
  const ref = N('order_no', `${r.chars(UPPER, 2)}-${r.digits(4)}`);
  const opening: Piece = rec
    ? greet(c, rec)
    : tx(c, {
        en: 'Dear Hiring Team,',
        de: 'Sehr geehrte Damen und Herren,',
        fr: 'Madame, Monsieur,',
        es: 'Estimado equipo de selección:',
      });
  const body = tp(c, {
    en: [
      () => [
        'I would like to apply for the ',
        job,
        ' position (ref ',
        ref,
        '). I have six years of experience at ',
        nn(r.pick(COMPANIES.en).name),
        ' and I am available from ',
        pd(c),
        '.',
      ],
    ],
    de: [
      () => [
        'hiermit bewerbe ich mich auf die Stelle als ',
        job,
        ' (Kennziffer ',
        ref,
        '). Ich bin ',
        r.chance(0.5) ? ['am ', db(c, w), ' in ', r.pick(BIRTH_TOWNS.de), ' geboren und '] : '',
        'seit sechs Jahren bei ',
        nn(r.pick(COMPANIES.de).name),
        ' tätig. Frühester Eintritt: ',
        pd(c),
        '.',
      ],
    ],
    fr: [
      () => [
        'Je vous adresse ma candidature au poste de ',
        job,
        ' (réf. ',
        ref,
        '). ',
        r.chance(0.5)
          ? [w.p.fem ? 'Née le ' : 'Né le ', db(c, w), ' à ', r.pick(BIRTH_TOWNS.fr), ', j’ai ']
          : 'J’ai ',
        'six ans d’expérience chez ',
        nn(r.pick(COMPANIES.fr).name),
        '. Disponible à partir du ',
        pd(c),
        '.',
      ],
    ],
    es: [
      () => [
        'Me gustaría postularme al puesto de ',
        job,
        ' (ref. ',
        ref,
        '). ',
        r.chance(0.5)
          ? [
              w.p.fem ? 'Nacida el ' : 'Nacido el ',
              db(c, w),
              ' en ',
              r.pick(BIRTH_TOWNS.es),
              ', tengo ',
            ]
          : 'Tengo ',
        'seis años de experiencia en ',
        nn(r.pick(COMPANIES.es).name),
        '. Disponible desde el ',
        pd(c),
        '.',
      ],
    ],
  });
  const contact: Piece[] = [
    nm(w.p, r.chance(0.7) ? 'full' : anyForm(c)),
    ad(w),
    [phoneLabel(c), ph(w)],
    [mailLabel(c), em(w)],
    r.chance(0.6) && url(r.chance(0.7) ? linkedin(r, w.p) : `https://github.com/${w.handle}`),
    c.lang === 'en' && r.chance(0.6) && [dobLabel(c), db(c, w)],
    w.cc === 'US' && r.chance(0.6) && ['SSN (for the background check): ', E('US_SSN', ssn(r))],
  ];
  const subj: Piece = [
    tx(c, {
      en: 'Subject: Application – ',
      de: 'Betreff: Bewerbung als ',
      fr: 'Objet : Candidature – ',
      es: 'Asunto: Candidatura – ',
    }),
    job,
  ];
  return lines([
    subj,
    r.chance(0.5) && [
      tx(c, { en: 'To: ', de: 'An: ', fr: 'À : ', es: 'Para: ' }),
      E('EMAIL', `jobs@${co.domain}`),
    ],
    '',
    opening,
    '',
    body,
    '',
    tx(c, {
      en: ['Kind regards,', 'Best regards,', 'Thank you for your consideration,'],
      de: ['Mit freundlichen Grüßen', 'Freundliche Grüße'],
      fr: ['Je vous prie d’agréer mes salutations distinguées,', 'Cordialement,'],
      es: ['Atentamente,', 'Un cordial saludo,'],
    }),
    ...contact,
  ]);
};

/** CV header and a few sections. */
const tCv: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const ref = who(c, w.cc);
  const y0 = r.int(2008, 2018);
  const rows: Piece[] = [
    tx(c, {
      en: ['CURRICULUM VITAE', 'Résumé', 'CV'],
      de: ['Lebenslauf', 'LEBENSLAUF'],
      fr: ['Curriculum Vitae', 'CV'],
      es: ['Currículum Vitae', 'CV', 'Hoja de vida'],
    }),
    nm(
      w.p,
      r.pick<Form>(['upper', 'full', 'full', 'middle', c.lang === 'fr' ? 'upperLast' : 'full']),
    ),
    ad(w),
    [ph(w), r.pick([' · ', ' | ', '  ']), em(w)],
    r.chance(0.6) &&
      url(
        r.chance(0.6)
          ? linkedin(r, w.p)
          : `https://${w.handle.replace(/[._]/g, '-')}.${r.pick(['dev', 'me', 'github.io'])}`,
      ),
    r.chance(c.lang === 'en' ? 0.4 : 0.8) && [
      tx(c, {
        en: 'Date of birth: ',
        de: 'Geboren: ',
        fr: 'Né(e) le ',
        es: 'Fecha de nacimiento: ',
      }),
      db(c, w),
      r.chance(0.4)
        ? tx(c, {
            en: ' · Married',
            de: ' · verheiratet',
            fr: ' · célibataire',
            es: ' · soltera/o',
          })
        : '',
    ],
    '',
    tx(c, { en: 'EXPERIENCE', de: 'BERUFSERFAHRUNG', fr: 'EXPÉRIENCE', es: 'EXPERIENCIA' }),
    [
      `${y0 + 4}–${tx(c, { en: 'present', de: 'heute', fr: "aujourd'hui", es: 'actualidad' })}  `,
      nn(r.pick(NN_JOBS[c.lang])),
      ', ',
      nn(r.pick(COMPANIES[c.lang]).name),
    ],
    [`${y0}–${y0 + 4}  `, nn(r.pick(NN_JOBS[c.lang])), ', ', brand(r)],
    '',
    [
      tx(c, { en: 'SKILLS: ', de: 'KENNTNISSE: ', fr: 'COMPÉTENCES : ', es: 'HABILIDADES: ' }),
      lines(r.some(NN_SOFTWARE, 2, 4).map(nn), ', '),
    ],
  ];
  if (r.chance(0.6)) {
    rows.push(
      '',
      tx(c, { en: 'REFERENCES', de: 'REFERENZEN', fr: 'RÉFÉRENCES', es: 'REFERENCIAS' }),
    );
    rows.push([
      nm(
        ref.p,
        r.pick<Form>(
          ['full', 'initial', 'midInit'].filter(
            (f) => c.lang === 'en' || f !== 'midInit',
          ) as Form[],
        ),
      ),
      ', ',
      nn(r.pick(NN_JOBS[c.lang])),
      ', ',
      ph(ref),
    ]);
  }
  return lines(rows);
};

/** Recruiter outreach message. */
const tRecruiter: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const rec = who(c, w.cc);
  const co = r.pick(COMPANIES[c.lang]);
  const job = nn(r.pick(NN_JOBS[c.lang]));
  const sal = N('price', salary(r, w.cc));
  const body = tp(c, {
    en: [
      () => [
        'I came across your profile (',
        url(linkedin(r, w.p)),
        ") and think you'd be a great fit for a ",
        job,
        ' role at ',
        nn(co.name),
        ' — hybrid, up to ',
        sal,
        ' base. Free for a quick call ',
        nn(r.pick(NN_WEEKDAYS.en)),
        '?',
      ],
    ],
    de: [
      () => [
        'Ihr Profil (',
        url(linkedin(r, w.p)),
        ') passt hervorragend zu einer Position als ',
        job,
        ' bei ',
        nn(co.name),
        ', hybrid, bis ',
        sal,
        ' p.a. Hätten Sie ',
        nn(r.pick(NN_WEEKDAYS.de)),
        ' Zeit für ein kurzes Telefonat?',
      ],
    ],
    fr: [
      () => [
        'Votre profil (',
        url(linkedin(r, w.p)),
        ') correspond à un poste de ',
        job,
        ' chez ',
        nn(co.name),
        ', hybride, ',
        sal,
        ' brut annuel. Un court échange ',
        r.pick(NN_WEEKDAYS.fr).toLowerCase(),
        ' ?',
      ],
    ],
    es: [
      () => [
        'Vi tu perfil (',
        url(linkedin(r, w.p)),
        ') y encajas en una vacante de ',
        job,
        ' en ',
        nn(co.name),
        ', híbrido, ',
        sal,
        ' brutos al año. ¿Hablamos el ',
        r.pick(NN_WEEKDAYS.es).toLowerCase(),
        '?',
      ],
    ],
  });
  const contact: Piece = [
    tx(c, {
      en: 'You can reach me at ',
      de: 'Sie erreichen mich unter ',
      fr: 'Écrivez-moi à ',
      es: 'Me encuentras en ',
    }),
    E('EMAIL', emailOf(r, rec.p, co.domain)),
    tx(c, { en: ' or ', de: ' oder ', fr: ' ou appelez le ', es: ' o ' }),
    ph(rec),
    '.',
  ];
  return lines([
    greet(c, w.p),
    '',
    body,
    contact,
    '',
    nm(rec.p, r.chance(0.8) ? 'full' : 'first'),
    [
      nn(
        tx(c, {
          en: 'Talent Partner',
          de: 'Talent Acquisition',
          fr: rec.p.fem ? 'Chargée de recrutement' : 'Chargé de recrutement',
          es: rec.p.fem ? 'Reclutadora' : 'Reclutador',
        }),
      ),
      ', ',
      nn(co.name),
    ],
  ]);
};

/** Gig-platform worker profile. */
const tGig: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const svc = tx(c, {
    en: ['Handyman', 'Dog walking', 'Furniture assembly', 'House cleaning', 'Tutoring (maths)'],
    de: ['Handwerker', 'Gassi-Service', 'Möbelmontage', 'Haushaltshilfe', 'Nachhilfe Mathe'],
    fr: ['Bricolage', 'Promenade de chiens', 'Montage de meubles', 'Ménage', 'Cours de maths'],
    es: [
      'Manitas',
      'Paseo de perros',
      'Montaje de muebles',
      'Limpieza del hogar',
      'Clases de matemáticas',
    ],
  });
  const rows: Piece[] = [
    [
      svc,
      ' · ',
      r.chance(0.4) ? nn(r.pick(NN_CITIES)) : r.pick(BIRTH_TOWNS[c.lang]),
      ` · ★ ${r.int(40, 50) / 10} (${r.int(3, 400)})`,
    ],
    tp(c, {
      en: [
        () => [
          "Hi, I'm ",
          nm(w.p, 'first'),
          '! ',
          String(r.int(2, 15)),
          ' years experience, own tools, fully insured.',
        ],
        () => [
          'Hey there, ',
          nm(w.p, r.chance(0.5) ? 'full' : 'initial'),
          ' here. Reliable and tidy.',
        ],
      ],
      de: [
        () => [
          'Hallo, ich bin ',
          nm(w.p, 'first'),
          '! Seit ',
          String(r.int(2, 15)),
          ' Jahren dabei, eigenes Werkzeug.',
        ],
        () => ['Moin, ', nm(w.p), ' hier. Zuverlässig und pünktlich.'],
      ],
      fr: [
        () => [
          'Bonjour, moi c’est ',
          nm(w.p, 'first'),
          ' ! ',
          String(r.int(2, 15)),
          ' ans d’expérience, matériel fourni.',
        ],
        () => ['Bonjour, ', nm(w.p), ', sérieux et ponctuel.'],
      ],
      es: [
        () => [
          '¡Hola, soy ',
          nm(w.p, 'first'),
          '! ',
          String(r.int(2, 15)),
          ' años de experiencia, herramienta propia.',
        ],
        () => ['Buenas, ', nm(w.p), ' por aquí. Puntual y ordenado.'],
      ],
    }),
    [
      tx(c, { en: 'Rates from ', de: 'Ab ', fr: 'À partir de ', es: 'Desde ' }),
      N('price', price(r, w.cc, r.int(15, 65))),
      tx(c, { en: '/h', de: '/Std.', fr: '/h', es: '/h' }),
    ],
    [
      tx(c, {
        en: 'Member since ',
        de: 'Mitglied seit ',
        fr: 'Membre depuis le ',
        es: 'Miembro desde ',
      }),
      pd(c),
    ],
    r.chance(0.6) && [
      tx(c, {
        en: 'Contact me directly: ',
        de: 'Direkt erreichbar: ',
        fr: 'Contact direct : ',
        es: 'Contacto directo: ',
      }),
      ph(w),
      r.chance(0.5) && [' / ', em(w)],
    ],
    r.chance(0.3) && [
      tx(c, {
        en: 'Payouts to: ',
        de: 'Auszahlung an: ',
        fr: 'Versements sur : ',
        es: 'Pagos a: ',
      }),
      IBAN_OF[w.cc] ? E('IBAN', iban(r, IBAN_OF[w.cc]!)) : em(w),
    ],
  ];
  return lines(rows);
};

/** Dating app or community profile. */
const tDating: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const age = r.int(21, 58);
  const rows: Piece[] = [
    [nm(w.p, r.chance(0.8) ? 'first' : 'lowerFirst'), `, ${age}`],
    tp(c, {
      en: [
        () => ['About me: coffee, trail runs and ', nn(r.pick(NN_TEAMS)), ' on weekends.'],
        () => ['Not here for pen pals. ', decoySentence(c)],
      ],
      de: [
        () => ['Über mich: Kaffee, Berge und ', nn(r.pick(NN_TEAMS)), ' am Wochenende.'],
        () => ['Kein Brieffreund gesucht. ', decoySentence(c)],
      ],
      fr: [
        () => ['À propos : café, rando et le ', nn(r.pick(NN_TEAMS)), ' le week-end.'],
        () => ['Pas ici pour discuter des mois. ', decoySentence(c)],
      ],
      es: [
        () => ['Sobre mí: café, montaña y el ', nn(r.pick(NN_TEAMS)), ' los fines de semana.'],
        () => ['No busco chat eterno. ', decoySentence(c)],
      ],
    }),
    r.chance(0.6) && ['Insta: @', w.handle],
    r.chance(0.5) && [
      tx(c, { en: 'text me ', de: 'schreib mir: ', fr: 'écris-moi au ', es: 'escríbeme al ' }),
      ph(w),
    ],
    r.chance(0.35) && [
      tx(c, { en: 'Birthday: ', de: 'Geburtstag: ', fr: 'Anniversaire : ', es: 'Cumpleaños: ' }),
      db(c, w),
    ],
    r.chance(0.25) && [
      tx(c, {
        en: 'Full name if you want to look me up: ',
        de: 'Voller Name, falls du googeln willst: ',
        fr: 'Mon nom complet : ',
        es: 'Mi nombre completo: ',
      }),
      nm(w.p, r.chance(0.3) ? 'lower' : 'full'),
    ],
  ];
  return lines(rows);
};

/** Store / service review that names staff. */
const tReview: Tpl = (c) => {
  const r = c.r;
  const staff = makePerson(r, c.lang);
  const mgr = makePerson(r, c.lang);
  const rev = makePerson(r, c.lang);
  const store: Piece = r.chance(0.5) ? brand(r) : r.pick(SHOPS[c.lang]).name;
  const stars = '★'.repeat(r.int(1, 5));
  const L: ByLang<readonly (() => Piece)[]> = {
    en: [
      () => [
        stars,
        ' ',
        store,
        '\n',
        nm(staff, 'first'),
        ' at the counter was so helpful, found the right size in the back. Thanks ',
        nm(staff, 'first'),
        '!',
      ],
      () => [
        stars,
        ' ',
        store,
        '\nWaited 40 min. ',
        nm(staff, 'first'),
        "'s attitude was rude, but ",
        nm(mgr, r.chance(0.5) ? 'full' : 'first'),
        ' (the manager) sorted the refund.',
      ],
      () => [
        stars,
        ' Ask for ',
        nm(staff, r.chance(0.5) ? 'full' : 'first'),
        ' — knows everything about ',
        brand(r),
        '. ',
        decoySentence(c),
      ],
    ],
    de: [
      () => [
        stars,
        ' ',
        store,
        '\n',
        title(c, staff),
        ' ',
        nm(staff, 'last'),
        ' an der Kasse war super freundlich. Danke, ',
        nm(staff, 'first'),
        '!',
      ],
      () => [
        stars,
        ' ',
        store,
        '\n40 Minuten gewartet. ',
        nm(staff, 'first'),
        ' war unfreundlich, aber ',
        nm(mgr),
        ' (Filialleitung) hat die Erstattung geregelt.',
      ],
      () => [
        stars,
        ' Fragt nach ',
        nm(staff, 'first'),
        ', kennt sich mit ',
        brand(r),
        ' bestens aus. ',
        decoySentence(c),
      ],
    ],
    fr: [
      () => [
        stars,
        ' ',
        store,
        '\n',
        nm(staff, 'first'),
        ' en caisse a été adorable. Merci ',
        nm(staff, 'first'),
        ' !',
      ],
      () => [
        stars,
        ' ',
        store,
        '\n40 min d’attente. ',
        title(c, staff),
        ' ',
        nm(staff, 'last'),
        ' pas aimable, mais ',
        nm(mgr),
        mgr.fem
          ? ' (la responsable) a réglé le remboursement.'
          : ' (le responsable) a réglé le remboursement.',
      ],
      () => [
        stars,
        ' Demandez ',
        nm(staff, 'first'),
        ', incollable sur ',
        brand(r),
        '. ',
        decoySentence(c),
      ],
    ],
    es: [
      () => [
        stars,
        ' ',
        store,
        '\n',
        nm(staff, 'first'),
        ' en caja fue un encanto. ¡Gracias, ',
        nm(staff, 'first'),
        '!',
      ],
      () => [
        stars,
        ' ',
        store,
        '\n40 minutos esperando. ',
        nm(staff, 'first'),
        ' fue borde, pero ',
        nm(mgr),
        mgr.fem
          ? ' (la encargada) resolvió el reembolso.'
          : ' (el encargado) resolvió el reembolso.',
      ],
      () => [
        stars,
        ' Pregunten por ',
        nm(staff, 'first'),
        ', sabe todo de ',
        brand(r),
        '. ',
        decoySentence(c),
      ],
    ],
  };
  return [
    tp(c, L),
    '\n— ',
    nm(rev, r.pick<Form>(['first', 'full', 'first', 'lowerFirst'])),
    ', ',
    pd(c),
  ];
};

/** Social-media direct messages. */
const tDm: Tpl = (c) => {
  const r = c.r;
  const a = who(c);
  const b = who(c, a.cc);
  const A = `@${a.handle}`;
  const B = `@${b.handle}`;
  const L: ByLang<readonly (() => Piece)[]> = {
    en: [
      () => [
        A,
        ': hey!! is this ',
        nm(b.p, 'first'),
        "'s account? it's ",
        nm(a.p, 'first'),
        ' from the ',
        nn(r.pick(NN_TEAMS)),
        ' supporters group\n',
        B,
        ': haha yes hi ',
        nm(a.p, 'lowerFirst'),
        '\n',
        A,
        ': can you send your address for the invite?\n',
        B,
        ': sure, ',
        ad(b),
        ', buzzer says ',
        nm(b.p, 'last'),
        '\n',
        A,
        ': great. my new number is ',
        ph(a),
        ' btw',
      ],
      () => [
        A,
        ': sorry to DM, I think I found your wallet at ',
        nn(r.pick(NN_STREETS)),
        '. The card says ',
        nm(b.p, 'upper'),
        '?\n',
        B,
        ': omg yes!! call me ',
        ph(b),
        '\n',
        A,
        ': will do, or email me ',
        em(a),
      ],
    ],
    de: [
      () => [
        A,
        ': Hey! Bist du ',
        nm(b.p, 'first'),
        ' aus dem Laufkurs? Hier ist ',
        nm(a.p, 'first'),
        '\n',
        B,
        ': ja genau, hi!\n',
        A,
        ': schick mir mal deine Adresse für die Einladung\n',
        B,
        ': ',
        ad(b),
        ', klingel bei ',
        nm(b.p, 'last'),
        '\n',
        A,
        ': top, meine neue Nummer ist ',
        ph(a),
      ],
      () => [
        A,
        ': Sorry für die DM, ich glaube ich hab deinen Geldbeutel an der ',
        nn(r.pick(NN_STREETS)),
        ' gefunden. Auf dem Ausweis steht ',
        nm(b.p, 'upper'),
        '?\n',
        B,
        ': jaaa! ruf mich an: ',
        ph(b),
        '\n',
        A,
        ': mach ich, oder Mail an ',
        em(a),
      ],
    ],
    fr: [
      () => [
        A,
        ' : coucou ! c’est bien ',
        nm(b.p, 'first'),
        ' du club de course ? c’est ',
        nm(a.p, 'first'),
        '\n',
        B,
        ' : oui salut !\n',
        A,
        ' : tu m’envoies ton adresse pour le faire-part ?\n',
        B,
        ' : ',
        ad(b),
        ', interphone ',
        nm(b.p, 'last'),
        '\n',
        A,
        ' : merci, mon nouveau numéro c’est le ',
        ph(a),
      ],
      () => [
        A,
        ' : désolé pour le MP, je crois avoir trouvé ton portefeuille vers ',
        nn(r.pick(NN_STREETS)),
        '. La carte dit ',
        nm(b.p, 'upperLast'),
        ' ?\n',
        B,
        ' : ouiii ! appelle-moi au ',
        ph(b),
        '\n',
        A,
        ' : ok, ou écris-moi à ',
        em(a),
      ],
    ],
    es: [
      () => [
        A,
        ': ¡hola! ¿eres ',
        nm(b.p, 'first'),
        b.p.fem ? ' la del grupo de running? soy ' : ' el del grupo de running? soy ',
        nm(a.p, 'first'),
        '\n',
        B,
        ': ¡sí! hola\n',
        A,
        ': ¿me pasas tu dirección para la invitación?\n',
        B,
        ': ',
        ad(b),
        ', timbre ',
        nm(b.p, 'last'),
        '\n',
        A,
        ': genial, mi número nuevo es ',
        ph(a),
      ],
      () => [
        A,
        ': perdón por el DM, creo que encontré tu cartera en ',
        nn(r.pick(NN_STREETS)),
        '. El carnet dice ',
        nm(b.p, 'upper'),
        '?\n',
        B,
        ': ¡sí! llámame al ',
        ph(b),
        '\n',
        A,
        ': va, o escríbeme a ',
        em(a),
      ],
    ],
  };
  return tp(c, L);
};

// ---------------------------------------------------------------------------------------------
// Templates: logs, payloads, configuration and error reports

type JV =
  string | number | boolean | null | EntP | NegP | readonly JV[] | { readonly [k: string]: JV };

function isMark(v: JV): v is EntP | NegP {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    'k' in v &&
    (v.k === 'e' || v.k === 'n')
  );
}

const jesc = (s: string): string => JSON.stringify(s).slice(1, -1);

/** JSON text as pieces; marked values keep their spans (inside the quotes). */
function json(v: JV, indent: number, level = 0): Piece[] {
  const nl = indent > 0 ? '\n' + ' '.repeat(indent * (level + 1)) : '';
  const end = indent > 0 ? '\n' + ' '.repeat(indent * level) : '';
  const colon = indent > 0 ? ': ' : ':';
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return [String(v)];
  if (typeof v === 'string') return [JSON.stringify(v)];
  if (isMark(v)) {
    if (v.k === 'n' && /^\d+$/.test(v.v)) return [v];
    return ['"', v.k === 'e' ? E(v.type, jesc(v.v), v.src) : N(v.kind, jesc(v.v)), '"'];
  }
  if (Array.isArray(v)) {
    const arr = v as readonly JV[];
    if (arr.length === 0) return ['[]'];
    const out: Piece[] = ['['];
    arr.forEach((x, i) => out.push(i ? ',' : '', nl, ...json(x, indent, level + 1)));
    out.push(end, ']');
    return out;
  }
  const obj = v as { readonly [k: string]: JV };
  const out: Piece[] = ['{'];
  Object.keys(obj).forEach((k, i) =>
    out.push(i ? ',' : '', nl, JSON.stringify(k), colon, ...json(obj[k]!, indent, level + 1)),
  );
  out.push(end, '}');
  return out;
}

function userAgent(r: Rng): Piece {
  return r.pick<() => Piece>([
    () => [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/',
      N('version', `${r.int(118, 131)}.0.${r.int(5000, 6900)}.${r.int(10, 200)}`),
      ' Safari/537.36',
    ],
    () => [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/',
      N('version', `17.${r.int(0, 6)}`),
      ' Mobile/15E148 Safari/604.1',
    ],
    () => [`okhttp/4.${r.int(9, 12)}.${r.int(0, 3)}`],
    () => ['ShopApp/', N('version', version4(r)), ' (Android 14)'],
  ])();
}

/** Authentication log lines. */
const tAuthLog: Tpl = (c) => {
  const r = c.r;
  const msgs: ByLang<readonly [string, string, string]> = {
    en: ['login succeeded', 'login failed', 'password reset requested'],
    de: ['Anmeldung erfolgreich', 'Anmeldung fehlgeschlagen', 'Passwort-Reset angefordert'],
    fr: ['connexion réussie', 'échec de connexion', 'réinitialisation du mot de passe demandée'],
    es: [
      'inicio de sesión correcto',
      'inicio de sesión fallido',
      'restablecimiento de contraseña solicitado',
    ],
  };
  const m = msgs[c.lang];
  const out: Piece[] = [];
  const n = r.int(2, 6);
  for (let i = 0; i < n; i++) {
    const w = who(c);
    const kind = r.int(0, 7);
    switch (kind) {
      case 0:
        out.push([
          N('timestamp', isoTs(r)),
          ' INFO  [auth] ',
          m[0],
          ' user=',
          w.handle,
          ' email=',
          em(w),
          ' ip=',
          ipE(r),
        ]);
        break;
      case 1:
        out.push([
          N('timestamp', isoTs(r)),
          ' WARN  [auth] ',
          m[1],
          ` attempts=${r.int(2, 9)} email=`,
          em(w),
          ' src_ip=',
          ipE(r),
          ' ua="',
          userAgent(r),
          '"',
        ]);
        break;
      case 2:
        out.push([
          N('timestamp', syslogTs(r)),
          ` web-${r.int(1, 9)} sshd[${r.int(1000, 65000)}]: Failed password for `,
          r.chance(0.5) ? 'invalid user admin' : w.handle,
          ' from ',
          ipE(r),
          ` port ${r.int(30000, 65000)} ssh2`,
        ]);
        break;
      case 3:
        out.push([
          N('timestamp', syslogTs(r)),
          ` bastion sshd[${r.int(1000, 65000)}]: Accepted publickey for deploy from `,
          ipE(r),
          ` port ${r.int(30000, 65000)} ssh2`,
        ]);
        break;
      case 4:
        out.push([
          'time=',
          N('timestamp', isoTs(r)),
          ' level=info msg="',
          m[2],
          '" name="',
          nm(w.p, r.chance(0.8) ? 'full' : 'lower'),
          '" email=',
          em(w),
          ' ip=',
          ipE(r),
        ]);
        break;
      case 5:
        out.push([
          N('timestamp', isoTs(r)),
          ' DEBUG [token] issued sub=',
          String(r.int(1000, 99999)),
          ' access_token=',
          E('JWT', jwt(r)),
        ]);
        break;
      case 6: {
        const ts = recent(r);
        out.push([
          ipE(r),
          ' - - [',
          N(
            'timestamp',
            `${pad(ts.d)}/${MONTHS.en[ts.m - 1]!.slice(0, 3)}/${ts.y}:${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} +0${r.int(0, 2)}00`,
          ),
          `] "POST /api/v1/login HTTP/1.1" ${r.pick([200, 401, 429])} ${r.int(80, 900)} "-" "`,
          userAgent(r),
          '"',
        ]);
        break;
      }
      default:
        out.push([
          N('timestamp', sysTs(r)),
          ' | auth | ',
          m[r.int(0, 1)],
          ' | ',
          nm(w.p, 'lastFirst'),
          ' | ',
          em(w),
          ' | ',
          ipE(r),
        ]);
    }
  }
  return lines(out);
};

const CURRENCY: Readonly<Record<Country, string>> = {
  US: 'USD',
  UK: 'GBP',
  IE: 'EUR',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  DE: 'EUR',
  AT: 'EUR',
  CH: 'CHF',
  FR: 'EUR',
  BE: 'EUR',
  ES: 'EUR',
  MX: 'MXN',
  PE: 'PEN',
  CL: 'CLP',
};

/** Webhook delivery with headers and a JSON body. */
const tWebhook: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const shop = r.pick(SHOPS[c.lang]);
  const kind = r.int(0, 2);
  const path = ['/webhooks/orders', '/hooks/forms', '/webhooks/payments'][kind]!;
  const head: Piece[] = [
    `POST ${path} HTTP/1.1`,
    `Host: hooks.${shop.domain}`,
    'Content-Type: application/json',
    ['X-Signature: sha256=', N('sha', sha(r, 64))],
    r.chance(0.5) && ['X-Request-Id: ', N('uuid', uuid(r))],
    r.chance(0.35) && ['Authorization: Bearer ', E('JWT', jwt(r))],
  ];
  let body: JV;
  if (kind === 0) {
    body = {
      id: Number(r.digits(9)),
      event: 'order.created',
      created_at: N('timestamp', isoTs(r)),
      order_number: N('order_no', orderNo(r)),
      total_price: N('price', price(r, w.cc).replace(/[^\d.,]/g, '')),
      currency: CURRENCY[w.cc],
      customer: {
        first_name: nm(w.p, 'first'),
        last_name: nm(w.p, 'last'),
        email: em(w),
        phone: ph(w),
        accepts_marketing: r.chance(0.5),
      },
      shipping_address: ad(w),
      browser_ip: ipE(r),
    };
  } else if (kind === 1) {
    body = {
      form_id: r.chars(ALNUM, 8),
      submitted_at: N('timestamp', epoch(r)),
      answers: [
        { field: 'name', value: nm(w.p, r.chance(0.2) ? 'lower' : 'full') },
        { field: 'email', value: em(w) },
        { field: c.lang === 'en' ? 'date_of_birth' : 'birthdate', value: db(c, w) },
        { field: 'phone', value: ph(w) },
      ],
      meta: {
        ip: ipE(r),
        referer: url(`https://www.${shop.domain}/${r.pick(['contact', 'newsletter', 'jobs'])}`),
      },
    };
  } else {
    body = {
      type: 'payment_intent.payment_failed',
      id: `evt_${r.chars(ALNUM, 24)}`,
      data: {
        amount: r.int(500, 90000),
        failure_code: 'card_declined',
        billing_details: { name: nm(w.p), email: em(w), address: ad(w) },
        card: {
          brand: r.pick(['visa', 'mastercard', 'amex']),
          last4: r.digits(4),
          exp_year: r.int(2026, 2031),
        },
      },
      livemode: true,
    };
  }
  return [lines(head), '\n\n', json(body, r.chance(0.7) ? 2 : 0)];
};

/** Analytics events as JSON lines. */
const tAnalytics: Tpl = (c) => {
  const r = c.r;
  const shop = r.pick(SHOPS[c.lang]);
  const w = who(c);
  const locale = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' }[c.lang];
  const anon = uuid(r);
  const uid = `u_${r.digits(6)}`;
  const appVersion = version4(r);
  const n = r.int(2, 4);
  const out: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const ev = r.pick(['page_view', 'identify', 'checkout_started', 'newsletter_signup', 'search']);
    const base: Record<string, JV> = {
      event: ev,
      anonymous_id: N('uuid', anon),
      user_id: uid,
    };
    if (ev === 'identify')
      base.traits = { name: nm(w.p), email: em(w), ...(r.chance(0.4) ? { phone: ph(w) } : {}) };
    if (ev === 'newsletter_signup') base.properties = { email: em(w), source: 'footer' };
    if (ev === 'page_view')
      base.properties = {
        url: url(
          `https://www.${shop.domain}/${r.pick(['sale', 'p/' + r.digits(6), 'cart', 'account'])}`,
        ),
      };
    if (ev === 'search')
      base.properties = {
        query: nn(r.pick([...NN_BRANDS_PEOPLE, ...NN_PRODUCTS])),
        results: r.int(0, 80),
      };
    if (ev === 'checkout_started')
      base.properties = { value: N('price', price(r, w.cc)), order_id: N('order_no', orderNo(r)) };
    base.context = { ip: ipE(r), locale, app_version: N('version', appVersion) };
    base.timestamp = N('timestamp', isoTs(r));
    out.push(json(base, 0));
  }
  return lines(out);
};

const COMMENT: ByLang<readonly string[]> = {
  en: [
    '# production — do not commit',
    '# copied from 1Password, rotate after the demo',
    '# local overrides',
  ],
  de: [
    '# Produktion – nicht einchecken!',
    '# aus dem Tresor kopiert, nach der Demo rotieren',
    '# lokale Einstellungen',
  ],
  fr: [
    '# production — ne pas committer',
    '# copié depuis le coffre, à changer après la démo',
    '# surcharges locales',
  ],
  es: [
    '# producción — no subir al repo',
    '# copiado del gestor, rotar después de la demo',
    '# ajustes locales',
  ],
};

/** A .env file. */
const tEnv: Tpl = (c) => {
  const r = c.r;
  const shop = r.pick(SHOPS[c.lang]);
  const w = who(c);
  const q = r.chance(0.3) ? '"' : '';
  const kv = (k: string, v: Piece): Piece => [k, '=', q, v, q];
  const groups: Piece[][] = [
    [
      kv('APP_ENV', 'production'),
      kv('APP_URL', url(`https://${shop.domain}`)),
      r.chance(0.5) && kv('APP_VERSION', N('version', version4(r))),
    ],
    [
      kv('DB_HOST', ipE(r)),
      kv('DB_USER', 'app_rw'),
      kv(
        r.pick(['DB_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_PWD']),
        E('GENERIC_SECRET', password(r)),
      ),
    ],
    r.chance(0.7)
      ? [
          kv('AWS_ACCESS_KEY_ID', E('AWS_ACCESS_KEY', awsKeyId(r))),
          kv('AWS_SECRET_ACCESS_KEY', E('GENERIC_SECRET', awsSecret(r))),
          kv('AWS_REGION', r.pick(['eu-central-1', 'eu-west-1', 'us-east-1', 'sa-east-1'])),
        ]
      : [],
    r.chance(0.5)
      ? [
          kv(
            r.pick(['GITHUB_TOKEN', 'GH_TOKEN', 'NPM_GITHUB_TOKEN']),
            E('GITHUB_TOKEN', ghToken(r)),
          ),
        ]
      : [],
    r.chance(0.5)
      ? [
          kv('SLACK_BOT_TOKEN', E('SLACK_TOKEN', slackToken(r))),
          r.chance(0.5) && kv('SLACK_CHANNEL', '#alerts'),
        ]
      : [],
    r.chance(0.5)
      ? [
          kv(
            r.pick(['STRIPE_SECRET_KEY', 'JWT_SECRET', 'SESSION_SECRET', 'API_KEY']),
            E('GENERIC_SECRET', password(r)),
          ),
        ]
      : [],
    r.chance(0.4)
      ? [
          kv(
            'SENTRY_DSN',
            url(`https://${r.chars(HEX, 32)}@o${r.digits(6)}.ingest.sentry.io/${r.digits(7)}`),
          ),
        ]
      : [],
    r.chance(0.5)
      ? [kv('ADMIN_EMAIL', em(w)), r.chance(0.5) && ['ONCALL_PHONE="', ph(w), '"']]
      : [],
    r.chance(0.3) ? [kv('BUILD_SHA', N('sha', sha(r, 40)))] : [],
    r.chance(0.3)
      ? [['JWT_PRIVATE_KEY="', E('PRIVATE_KEY', pem(r, '', r.chance(0.5) ? '\n' : '\\n')), '"']]
      : [],
    r.chance(0.15) ? [['TOKEN_SAMPLE=', E('JWT', jwt(r))]] : [],
  ];
  const body = r.shuffle(groups.filter((gr) => gr.length > 0)).map((gr) => lines(gr));
  return [
    r.chance(0.7) && [r.pick(COMMENT[c.lang]), '\n'],
    lines(body, r.chance(0.5) ? '\n\n' : '\n'),
  ];
};

/** A base64-encoded credential as stored under a Secret's `data:` (no padding, alphanumeric ends). */
function b64Secret(r: Rng): string {
  for (;;) {
    const pw = password(r);
    const enc = Buffer.from(pw.slice(0, pw.length - (pw.length % 3))).toString('base64');
    if (/^[A-Za-z0-9].*[A-Za-z0-9]$/.test(enc)) return enc;
  }
}

/** A Kubernetes Secret manifest. */
const tK8s: Tpl = (c) => {
  const r = c.r;
  const shop = r.pick(SHOPS[c.lang]);
  const app = r.pick([
    'payments-api',
    'checkout',
    'crm-sync',
    'mailer',
    'orders-worker',
    'support-bot',
  ]);
  const entries: Piece[] = [];
  entries.push([
    '  DATABASE_PASSWORD: ',
    r.chance(0.5) ? ['"', E('GENERIC_SECRET', password(r)), '"'] : E('GENERIC_SECRET', password(r)),
  ]);
  if (r.chance(0.5))
    entries.push(
      ['  AWS_ACCESS_KEY_ID: ', E('AWS_ACCESS_KEY', awsKeyId(r))],
      ['  AWS_SECRET_ACCESS_KEY: ', E('GENERIC_SECRET', awsSecret(r))],
    );
  if (r.chance(0.5)) entries.push(['  SLACK_BOT_TOKEN: ', E('SLACK_TOKEN', slackToken(r))]);
  if (r.chance(0.4)) entries.push(['  GITHUB_TOKEN: ', E('GITHUB_TOKEN', ghToken(r))]);
  if (r.chance(0.3))
    entries.push([
      '  SMTP_USER: ',
      E('EMAIL', `${r.pick(['noreply', 'mailer', 'alerts'])}@${shop.domain}`),
    ]);
  if (r.chance(0.5)) entries.push(['  tls.key: |\n    ', E('PRIVATE_KEY', pem(r, '    '))]);
  const data: Piece[] = [];
  if (r.chance(0.4))
    data.push([
      '  ',
      r.pick(['REDIS_PASSWORD', 'API_TOKEN', 'ADMIN_PASSWORD']),
      ': ',
      E('GENERIC_SECRET', b64Secret(r)),
    ]);
  return lines([
    r.chance(0.5) && r.pick(COMMENT[c.lang]),
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    `  name: ${app}-secrets`,
    `  namespace: ${r.pick(['prod', 'shop-prod', 'default', 'staging'])}`,
    r.chance(0.5) && [
      '  annotations:\n    deployed-at: "',
      N('timestamp', isoTs(r)),
      '"\n    git-sha: "',
      N('sha', sha(r, 40)),
      '"',
    ],
    'type: Opaque',
    'stringData:',
    ...r.shuffle(entries),
    data.length > 0 && 'data:',
    ...data,
  ]);
};

/** Terraform variables file. */
const tTfvars: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const w2 = who(c, w.cc);
  const kv = (k: string, v: Piece): Piece => [k.padEnd(18), ' = "', v, '"'];
  const rows: Piece[] = [
    kv('project', `${r.pick(['shop', 'crm', 'support'])}-${r.pick(['prod', 'staging'])}`),
    kv(
      'region',
      r.pick(['eu-central-1', 'eu-west-3', 'eu-south-2', 'us-east-2', 'ap-southeast-2']),
    ),
    kv('db_password', E('GENERIC_SECRET', password(r))),
    r.chance(0.6) && kv('aws_access_key', E('AWS_ACCESS_KEY', awsKeyId(r))),
    r.chance(0.6) && kv('aws_secret_key', E('GENERIC_SECRET', awsSecret(r))),
    r.chance(0.4) && kv('github_token', E('GITHUB_TOKEN', ghToken(r))),
    r.chance(0.4) && kv('slack_token', E('SLACK_TOKEN', slackToken(r))),
    r.chance(0.5) && ['alert_emails'.padEnd(18), ' = ["', em(w), '", "', em(w2), '"]'],
    r.chance(0.4) && kv('oncall_phone', ph(w)),
    r.chance(0.5) && [
      'admin_cidrs'.padEnd(18),
      ' = ["',
      E('IP_ADDRESS', ipv4(r)),
      '/32"',
      r.chance(0.4) ? [', "', E('IP_ADDRESS', ipv6(r)), '/128"'] : '',
      ']',
    ],
    r.chance(0.4) && kv('app_version', N('version', version(r))),
    r.chance(0.3) && [
      'ssh_private_key'.padEnd(18),
      ' = <<-EOT\n    ',
      E('PRIVATE_KEY', pem(r, '    ')),
      '\n  EOT',
    ],
  ];
  return lines([r.chance(0.6) && r.pick(COMMENT[c.lang]), ...rows]);
};

/** Error report with a stack trace. */
const tStack: Tpl = (c) => {
  const r = c.r;
  const w = who(c);
  const shop = r.pick(SHOPS[c.lang]);
  const head: Piece = [
    tx(c, {
      en: 'Error report',
      de: 'Fehlerbericht',
      fr: "Rapport d'erreur",
      es: 'Informe de error',
    }),
    ` #${r.int(1000, 99999)} — `,
    N('timestamp', isoTs(r)),
  ];
  const kind = r.int(0, 2);
  let trace: Piece;
  if (kind === 0) {
    trace = lines([
      "TypeError: Cannot read properties of undefined (reading 'iban')",
      `    at validatePayout (/app/src/payouts/validate.ts:${r.int(10, 200)}:${r.int(2, 40)})`,
      '    at processTicksAndRejections (node:internal/process/task_queues:95:5)',
      `    at async PayoutService.create (/app/src/payouts/service.ts:${r.int(10, 300)}:9)`,
      ['Request: POST ', url(`https://api.${shop.domain}/v1/payouts`)],
      ['User: ', em(w), ` (id ${r.int(1000, 99999)})`],
      ['IP: ', ipE(r)],
      r.chance(0.6) && ['Headers: authorization=Bearer ', E('JWT', jwt(r))],
      [
        'Body: ',
        json(
          {
            holder: nm(w.p, r.chance(0.3) ? 'upper' : 'full'),
            iban: IBAN_OF[w.cc] ? E('IBAN', iban(r, IBAN_OF[w.cc]!)) : null,
            amount: N('price', price(r, w.cc)),
          },
          0,
        ),
      ],
    ]);
  } else if (kind === 1) {
    trace = lines([
      'Traceback (most recent call last):',
      `  File "/srv/app/billing/charge.py", line ${r.int(20, 200)}, in charge`,
      '    resp = client.charge(card_number=card, amount=total)',
      `  File "/srv/app/billing/client.py", line ${r.int(20, 200)}, in charge`,
      '    raise PaymentError(f"declined for {customer}")',
      ['billing.client.PaymentError: declined for ', nm(w.p), ' <', em(w), '>'],
      'Local variables:',
      ["  card = '", E('CREDIT_CARD', card(r)), "'"],
      ["  customer = '", nm(w.p), "'"],
      ["  api_key = '", E('GENERIC_SECRET', password(r)), "'"],
      r.chance(0.4) && ["  slack = '", E('SLACK_TOKEN', slackToken(r)), "'"],
    ]);
  } else {
    trace = lines([
      ['java.lang.IllegalStateException: Duplicate customer: email=', em(w), ', phone=', ph(w)],
      `\tat com.${shop.domain.split('.')[0]!.replace(/-/g, '')}.crm.CustomerService.register(CustomerService.java:${r.int(50, 400)})`,
      '\tat com.shop.crm.CustomerController.create(CustomerController.java:88)',
      '\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
      'Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "customers_email_key"',
      ['  Detail: Key (email)=(', em(w), ') already exists.'],
      r.chance(0.5) && ['  Client: ', ipE(r), ', customer ', nm(w.p, 'lastFirst')],
    ]);
  }
  const foot: Piece = [
    tx(c, { en: 'Release: ', de: 'Version: ', fr: 'Version : ', es: 'Versión: ' }),
    N('version', version(r)),
    ' (',
    N('sha', sha(r, r.pick([7, 8, 12]))),
    ')',
  ];
  return lines([head, trace, foot]);
};

// ---------------------------------------------------------------------------------------------
// Templates with hard negatives only (no PII, no secrets)

const CARRIERS: ByLang<readonly string[]> = {
  en: ['UPS', 'DPD', 'Royal Mail', 'FedEx', 'Evri'],
  de: ['DHL', 'Hermes', 'GLS', 'DPD'],
  fr: ['Colissimo', 'Chronopost', 'Mondial Relay', 'bpost'],
  es: ['Correos', 'SEUR', 'Estafeta', 'MRW'],
};

const nnStatus: Tpl = (c) => {
  const r = c.r;
  const cc = r.weighted(LANG_COUNTRIES[c.lang]);
  const carrier = r.pick(CARRIERS[c.lang]);
  return lines([
    [
      tx(c, { en: 'Order ', de: 'Bestellung ', fr: 'Commande ', es: 'Pedido ' }),
      on(r),
      tx(c, {
        en: ' — status update',
        de: ' – Statusänderung',
        fr: ' — mise à jour',
        es: ' — actualización',
      }),
    ],
    [
      tx(c, { en: 'Shipped ', de: 'Versendet am ', fr: 'Expédiée le ', es: 'Enviado el ' }),
      pd(c),
      tx(c, { en: ' with ', de: ' mit ', fr: ' via ', es: ' con ' }),
      carrier,
      ', ',
      tx(c, { en: 'tracking ', de: 'Sendungsnr. ', fr: 'suivi ', es: 'seguimiento ' }),
      N('order_no', tracking(r)),
    ],
    ...r.some([0, 1, 2], 1, 3).map((): Piece => [`${r.int(1, 3)} × `, brand(r), ' … ', pr(c, cc)]),
    [
      tx(c, {
        en: 'Expected: ',
        de: 'Voraussichtlich: ',
        fr: 'Livraison prévue : ',
        es: 'Entrega prevista: ',
      }),
      nn(r.pick(NN_WEEKDAYS[c.lang])),
      ', ',
      pd(c),
    ],
    r.chance(0.4) && decoySentence(c),
  ]);
};

const nnRelease: Tpl = (c) => {
  const r = c.r;
  const sw = r.some(NN_SOFTWARE, 2, 3);
  return lines([
    [
      tx(c, {
        en: 'Release notes ',
        de: 'Versionshinweise ',
        fr: 'Notes de version ',
        es: 'Notas de la versión ',
      }),
      N('version', version(r)),
      ' (',
      pd(c),
      ')',
    ],
    [
      '- ',
      tx(c, { en: 'Fixed: ', de: 'Behoben: ', fr: 'Corrigé : ', es: 'Corregido: ' }),
      nn(sw[0]!),
      tx(c, {
        en: ' webhook retried twice on timeouts',
        de: '-Webhook wurde bei Timeouts doppelt ausgeführt',
        fr: ' : webhook rejoué deux fois',
        es: ': el webhook se reintentaba dos veces',
      }),
    ],
    [
      '- ',
      tx(c, { en: 'Updated ', de: 'Aktualisiert: ', fr: 'Mise à jour de ', es: 'Actualizado ' }),
      nn(sw[1]!),
      ' → ',
      N('version', version(r)),
    ],
    [
      '- ',
      tx(c, { en: 'Build ', de: 'Build ', fr: 'Build ', es: 'Build ' }),
      N('version', version4(r)),
      ' · commit ',
      N('sha', sha(r, r.pick([7, 40]))),
      ' · artifact ',
      N('uuid', uuid(r)),
    ],
    r.chance(0.5) && [
      '- ',
      tx(c, {
        en: 'Thanks to the ',
        de: 'Danke an das ',
        fr: "Merci à l'équipe ",
        es: 'Gracias al equipo ',
      }),
      nn(r.pick(['Platform', 'Checkout', 'Payments', 'Atlas'])),
      tx(c, { en: ' team', de: '-Team', fr: '', es: '' }),
    ],
    [
      tx(c, { en: 'Deployed ', de: 'Ausgerollt ', fr: 'Déployé ', es: 'Desplegado ' }),
      N('timestamp', isoTs(r)),
    ],
  ]);
};

const nnReview: Tpl = (c) => {
  const r = c.r;
  const cc = r.weighted(LANG_COUNTRIES[c.lang]);
  return [
    '★'.repeat(r.int(1, 5)),
    ' ',
    brand(r),
    '\n',
    tp(c, {
      en: [
        () => [
          'Bought this for a trip to ',
          nn(r.pick(NN_CITIES)),
          ' in ',
          nn(r.pick(['April', 'May', 'June', 'August'])),
          '. Paid ',
          pr(c, cc),
          ' at ',
          nn(r.pick(NN_STORES)),
          '.',
        ],
      ],
      de: [
        () => [
          'Für die Reise nach ',
          nn(r.pick(NN_CITIES)),
          ' im ',
          nn(r.pick(['April', 'Mai', 'Juni', 'August'])),
          ' gekauft, ',
          pr(c, cc),
          ' bei ',
          nn(r.pick(NN_STORES)),
          '.',
        ],
      ],
      fr: [
        () => [
          'Acheté pour un voyage à ',
          nn(r.pick(NN_CITIES)),
          ', payé ',
          pr(c, cc),
          ' aux ',
          nn(r.pick(NN_STORES)),
          '.',
        ],
      ],
      es: [
        () => [
          'Lo compré para un viaje a ',
          nn(r.pick(NN_CITIES)),
          ', pagué ',
          pr(c, cc),
          ' en ',
          nn(r.pick(NN_STORES)),
          '.',
        ],
      ],
    }),
    ' ',
    decoySentence(c),
    r.chance(0.5)
      ? [
          ' ',
          tx(c, {
            en: 'Goes well with my ',
            de: 'Passt gut zu meinem ',
            fr: 'Va bien avec mon ',
            es: 'Combina con mi ',
          }),
          brand(r),
          '.',
        ]
      : '',
  ];
};

const nnPayment: Tpl = (c) => {
  const r = c.r;
  const cc = r.weighted(LANG_COUNTRIES[c.lang]);
  const ibanCc = ibanCcFor(r, cc, c.lang);
  return lines([
    [
      tx(c, {
        en: 'Payment declined — order ',
        de: 'Zahlung abgelehnt – Bestellung ',
        fr: 'Paiement refusé — commande ',
        es: 'Pago rechazado — pedido ',
      }),
      on(r),
    ],
    [
      tx(c, { en: 'Card ', de: 'Karte ', fr: 'Carte ', es: 'Tarjeta ' }),
      N('card_lookalike', cardFake(r)),
      tx(c, {
        en: ': invalid card number (checksum)',
        de: ': ungültige Kartennummer (Prüfziffer)',
        fr: ' : numéro de carte invalide (clé de Luhn)',
        es: ': número de tarjeta no válido',
      }),
    ],
    [
      tx(c, {
        en: 'Fallback IBAN ',
        de: 'Ersatz-IBAN ',
        fr: 'IBAN de secours ',
        es: 'IBAN alternativo ',
      }),
      N('iban_invalid', ibanBad(r, ibanCc)),
      tx(c, {
        en: ' rejected: check digits do not match',
        de: ' abgelehnt: Prüfziffer falsch',
        fr: ' rejeté : clé de contrôle incorrecte',
        es: ' rechazado: dígitos de control incorrectos',
      }),
    ],
    (c.lang === 'en' || (c.lang === 'es' && r.chance(0.5))) && [
      tx(c, { en: 'SSN on file ', de: '', fr: '', es: 'SSN registrado ' }),
      N('ssn_invalid', ssnBad(r)),
      tx(c, { en: ' is not a valid number (area)', de: '', fr: '', es: ' no es válido (área)' }),
    ],
    [
      tx(c, { en: 'Amount: ', de: 'Betrag: ', fr: 'Montant : ', es: 'Importe: ' }),
      pr(c, cc),
      ' · ',
      N('timestamp', r.chance(0.5) ? isoTs(r) : epoch(r)),
    ],
    [
      tx(c, { en: 'Reference: ', de: 'Referenz: ', fr: 'Référence : ', es: 'Referencia: ' }),
      N('uuid', uuid(r)),
    ],
  ]);
};

const BOOKS: ByLang<readonly string[]> = {
  en: [
    'The Quiet Harbour',
    'Bread at Home',
    'Python for Analysts',
    'A Year of Soups',
    'Small Gardens',
  ],
  de: [
    'Das stille Haus',
    'Brot backen',
    'Python für Einsteiger',
    'Wandern im Allgäu',
    'Kleine Gärten',
  ],
  fr: [
    'La Maison du port',
    'Le Pain maison',
    'Python pour tous',
    'Randonnées en Bretagne',
    'Petits jardins',
  ],
  es: [
    'La casa del puerto',
    'Pan en casa',
    'Python para analistas',
    'Sopas de todo el año',
    'Jardines pequeños',
  ],
};

const nnCatalog: Tpl = (c) => {
  const r = c.r;
  const cc = r.weighted(LANG_COUNTRIES[c.lang]);
  const rows: Piece[] = [
    tx(c, {
      en: 'New in books',
      de: 'Neu im Buchregal',
      fr: 'Nouveautés librairie',
      es: 'Novedades en libros',
    }),
  ];
  for (const b of r.some(BOOKS[c.lang], 2, 4))
    rows.push([
      `"${b}" — ISBN `,
      N('isbn', isbn(r)),
      ' — ',
      pr(c, cc),
      r.chance(0.3)
        ? [
            ' (',
            tx(c, { en: 'out ', de: 'erscheint ', fr: 'parution ', es: 'sale el ' }),
            pd(c),
            ')',
          ]
        : '',
    ]);
  if (r.chance(0.5))
    rows.push([
      tx(c, {
        en: 'Pair it with a ',
        de: 'Dazu passt ein ',
        fr: 'À accompagner d’un ',
        es: 'Acompáñalo con un ',
      }),
      brand(r),
      '.',
    ]);
  return lines(rows);
};

const nnSyslog: Tpl = (c) => {
  const r = c.r;
  const cc = r.weighted(LANG_COUNTRIES[c.lang]);
  const out: Piece[] = [];
  const n = r.int(2, 5);
  const msg = tx(c, {
    en: ['order placed', 'payment captured', 'stock reserved', 'invoice generated'],
    de: ['Bestellung angelegt', 'Zahlung verbucht', 'Bestand reserviert', 'Rechnung erzeugt'],
    fr: ['commande créée', 'paiement capturé', 'stock réservé', 'facture générée'],
    es: ['pedido creado', 'pago capturado', 'stock reservado', 'factura generada'],
  });
  for (let i = 0; i < n; i++) {
    out.push(
      json(
        {
          ts: N('timestamp', r.chance(0.7) ? isoTs(r) : epoch(r)),
          level: r.pick(['info', 'info', 'warn']),
          svc: r.pick(['checkout', 'billing', 'inventory']),
          msg,
          order_id: N('order_no', orderNo(r)),
          trace_id: N('uuid', uuid(r)),
          version: N('version', r.chance(0.5) ? version4(r) : version(r)),
          commit: N('sha', sha(r, r.pick([7, 40]))),
          amount: N('price', price(r, cc)),
        },
        0,
      ),
    );
  }
  return lines(out);
};

const nnBotChat: Tpl = (c) => {
  const r = c.r;
  const bot = nn(r.pick(NN_BOTS));
  const shop = r.pick(SHOPS[c.lang]);
  const cust = tx(c, { en: 'Customer', de: 'Kunde', fr: 'Client', es: 'Cliente' });
  const order = orderNo(r);
  return lines([
    [
      bot,
      tx(c, {
        en: ": Hi! I'm the ",
        de: ': Hallo! Ich bin der digitale Assistent von ',
        fr: " : Bonjour ! Je suis l'assistant de ",
        es: ': ¡Hola! Soy el asistente de ',
      }),
      shop.name,
      tx(c, {
        en: ' assistant. How can I help?',
        de: '. Wie kann ich helfen?',
        fr: '. Que puis-je faire ?',
        es: '. ¿En qué te ayudo?',
      }),
    ],
    [
      cust,
      tx(c, {
        en: ': where is my order ',
        de: ': wo ist meine Bestellung ',
        fr: ' : où est ma commande ',
        es: ': dónde está mi pedido ',
      }),
      N('order_no', order),
    ],
    [
      bot,
      tx(c, { en: ': Order ', de: ': Bestellung ', fr: ' : La commande ', es: ': El pedido ' }),
      N('order_no', order),
      tx(c, { en: ' shipped on ', de: ' wurde am ', fr: ' est partie le ', es: ' salió el ' }),
      pd(c),
      tx(c, {
        en: ', tracking ',
        de: ' verschickt, Sendungsnr. ',
        fr: ', suivi ',
        es: ', seguimiento ',
      }),
      N('order_no', tracking(r)),
      '.',
    ],
    [cust, c.lang === 'fr' ? ' : ' : ': ', decoySentence(c)],
    [
      bot,
      tx(c, {
        en: ': Anything else? Our ',
        de: ': Noch etwas? Unser ',
        fr: ' : Autre chose ? Notre ',
        es: ': ¿Algo más? Nuestro ',
      }),
      nn(r.pick(NN_JOBS[c.lang])),
      tx(c, {
        en: ' team is online until 6 pm.',
        de: '-Team ist bis 18 Uhr online.',
        fr: ' est joignable jusqu’à 18 h.',
        es: ' atiende hasta las 18 h.',
      }),
    ],
  ]);
};

// ---------------------------------------------------------------------------------------------
// Assembly

const PII_TEMPLATES: Readonly<Record<string, Tpl>> = {
  support_chat: tChat,
  ticket: tTicket,
  bot_prompt: tPrompt,
  call_transcript: tCall,
  order_confirmation: tOrder,
  shipping_notice: tShipping,
  return_request: tReturn,
  marketplace_msg: tMarket,
  driver_note: tDriver,
  loyalty_signup: tLoyalty,
  newsletter_bounce: tBounce,
  crm_export: tCrm,
  sales_lead: tLead,
  job_application: tApply,
  cv: tCv,
  recruiter_msg: tRecruiter,
  gig_profile: tGig,
  dating_profile: tDating,
  staff_review: tReview,
  social_dm: tDm,
  auth_log: tAuthLog,
  webhook: tWebhook,
  analytics_event: tAnalytics,
  dotenv: tEnv,
  k8s_secret: tK8s,
  tfvars: tTfvars,
  error_report: tStack,
};

const NEG_TEMPLATES: Readonly<Record<string, Tpl>> = {
  neg_order_status: nnStatus,
  neg_release_notes: nnRelease,
  neg_brand_review: nnReview,
  neg_payment_declined: nnPayment,
  neg_book_catalog: nnCatalog,
  neg_service_log: nnSyslog,
  neg_bot_chat: nnBotChat,
};

const LANG_ORDER: readonly Lang[] = ['en', 'de', 'fr', 'es'];

/** Share of texts that carry hard negatives only. */
const NEG_ONLY_SHARE = 0.18;

/** Deals template keys in shuffled rounds so every template is used about equally often. */
function dealer(r: Rng, keys: readonly string[]): () => string {
  let deck: string[] = [];
  return () => {
    if (deck.length === 0) deck = r.shuffle(keys);
    return deck.pop()!;
  };
}

export function generateHeldout9(n = 2000, seed = 909_2024): Heldout9Record[] {
  const r = new Rng(seed);
  ALL_FAKERS.forEach((f, i) => f.seed(seed * 7 + i * 1009));
  const out: Heldout9Record[] = [];
  const piiKeys = Object.keys(PII_TEMPLATES);
  const negKeys = Object.keys(NEG_TEMPLATES);
  LANG_ORDER.forEach((lang, li) => {
    const count = Math.floor(n / 4) + (li < n % 4 ? 1 : 0);
    const nNeg = Math.round(count * NEG_ONLY_SHARE);
    const slots = r.shuffle([
      ...Array<boolean>(nNeg).fill(true),
      ...Array<boolean>(count - nNeg).fill(false),
    ]);
    const nextPii = dealer(r, piiKeys);
    const nextNeg = dealer(r, negKeys);
    const c: Ctx = { r, lang };
    slots.forEach((neg, i) => {
      const key = neg ? nextNeg() : nextPii();
      const tpl = (neg ? NEG_TEMPLATES : PII_TEMPLATES)[key]!;
      const doc = new Doc().add(tpl(c));
      out.push({
        id: `h9-${lang}-${pad(i, 4)}`,
        lang,
        template: `${lang}:${key}`,
        text: doc.text,
        entities: doc.ents,
        negatives: doc.negs,
      });
    });
  });
  return out;
}
