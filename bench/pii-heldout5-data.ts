/**
 * Generator for `bench/pii-heldout5.ts`: a fifth, blind held-out set. Written from the developer
 * corpus README's conventions only (entity types, span rules, hard-negative kinds), without reading
 * the engine's rules, the other held-out generators or the corpus texts. 500 texts per language
 * (EN/DE/FR/ES) from our own templates in genres the other sets do not lead with (rental
 * applications, vet records, airline rebooking, bank fraud chats, school enrolment, RSVP lists,
 * lab results, customs declarations, hotel folios, 2FA logs, CRM exports, Slack threads, minutes,
 * obituaries, env/compose/k8s/tfvars dumps, git diffs …), values from @faker-js/faker in many
 * locales plus ~25 % invented (syllable-built) names. Deterministic: own PRNG, fixed seeds.
 * Offsets are recorded while each text is assembled and checked against the value.
 */
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
  tr,
  vi,
  type LocaleDefinition,
} from '@faker-js/faker';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import { LANGS, type HeldoutRecord, type Lang } from './pii-heldout-data.js';

export interface Heldout5Span extends Span {
  /** PERSON only: name drawn from faker's (or a hand) list of real names, or syllable-built. */
  readonly source?: 'listed' | 'invented';
}

export interface Heldout5Record extends HeldoutRecord {
  readonly entities: Heldout5Span[];
}

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

interface EntPiece {
  readonly t: EntType;
  readonly v: string;
  readonly src?: Source;
}
interface NegPiece {
  readonly neg: NegKind;
  readonly v: string;
}
type Piece = string | EntPiece | NegPiece;

/** Pure tagged template: interleaves literal text and pieces. */
function w(strings: TemplateStringsArray, ...vals: (Piece | Piece[] | number)[]): Piece[] {
  const out: Piece[] = [];
  strings.forEach((s, i) => {
    if (s !== '') out.push(s);
    const v = vals[i];
    if (Array.isArray(v)) out.push(...v);
    else if (v !== undefined) out.push(typeof v === 'number' ? String(v) : v);
  });
  return out;
}

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
  u32(): number {
    return Math.floor(this.next() * 4294967296);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(arr: readonly T[]): T {
    const v = arr[Math.floor(this.next() * arr.length)];
    if (v === undefined) throw new Error('pick from empty array');
    return v;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, x]) => s + x, 0);
    let x = this.next() * total;
    for (const [v, wt] of items) {
      x -= wt;
      if (x < 0) return v;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weighted from empty list');
    return last[0];
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  chars(n: number, alphabet: string): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)] ?? 'x';
    return s;
  }
  shuffle<T>(arr: readonly T[]): T[] {
    const a = [...arr];
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const t = a[i] as T;
      a[i] = a[j] as T;
      a[j] = t;
    }
    return a;
  }
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
const ALNUM = UPPER + LOWER + DIG;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';

const pad2 = (n: number): string => String(n).padStart(2, '0');
const stripAccents = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

// ---------------------------------------------------------------------------------------------
// Names

const FK: Record<string, Faker> = {};
function fk(name: string, loc: LocaleDefinition): Faker {
  const f = FK[name] ?? new Faker({ locale: [loc, en, base] });
  FK[name] = f;
  return f;
}
const NAME_LOCALES: Record<Lang, readonly (readonly [string, LocaleDefinition, number])[]> = {
  en: [
    ['en_US', en_US, 35],
    ['en_GB', en_GB, 22],
    ['en_AU', en_AU, 14],
    ['en_IN', en_IN, 15],
    ['en_CA', en_CA, 14],
  ],
  de: [
    ['de', de, 60],
    ['de_AT', de_AT, 20],
    ['de_CH', de_CH, 20],
  ],
  fr: [
    ['fr', fr, 60],
    ['fr_BE', fr_BE, 20],
    ['fr_CA', fr_CA, 10],
    ['fr_CH', fr_CH, 10],
  ],
  es: [
    ['es', es, 60],
    ['es_MX', es_MX, 40],
  ],
};
const OTHER_LOCALES: readonly (readonly [string, LocaleDefinition])[] = [
  ['vi', vi],
  ['tr', tr],
  ['pl', pl],
  ['it', it],
  ['nl', nl],
  ['pt_BR', pt_BR],
];
/** Hand lists of common transliterated names (faker's zh_CN/ja/ar lists are in native script). */
const TRANSLIT: readonly { given: readonly string[]; family: readonly string[] }[] = [
  {
    given: ['Wei', 'Xiuying', 'Jun', 'Mei', 'Hao', 'Yan', 'Zhiwei', 'Lihua', 'Qiang'],
    family: ['Wang', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhou', 'Xu', 'Guo'],
  },
  {
    given: ['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina', 'Kenji', 'Sakura', 'Takumi'],
    family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Nakamura', 'Kobayashi'],
  },
  {
    given: ['Omar', 'Fatima', 'Youssef', 'Layla', 'Karim', 'Amina', 'Tarek', 'Nour', 'Samir'],
    family: ['Haddad', 'Khoury', 'Benali', 'Nasser', 'Saleh', 'Mansour', 'Aziz', 'Hamdan'],
  },
  {
    given: ['Minjun', 'Seoyeon', 'Jiho', 'Hayoon', 'Doyun'],
    family: ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon'],
  },
];

function collectListed(): Set<string> {
  const out = new Set<string>();
  const add = (x: unknown): void => {
    if (typeof x === 'string') out.add(x.toLowerCase());
    else if (Array.isArray(x)) x.forEach(add);
    else if (x !== null && typeof x === 'object') Object.values(x).forEach(add);
  };
  for (const loc of Object.values(allLocales)) {
    const p = loc.person as Record<string, unknown> | undefined;
    if (p === undefined) continue;
    add(p['first_name']);
    add(p['last_name']);
    add(p['middle_name']);
  }
  for (const t of TRANSLIT) [...t.given, ...t.family].forEach(add);
  return out;
}
const LISTED = collectListed();

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'kr',
  'tr',
  'th',
  'sh',
  'h',
  'j',
  'p',
  'ch',
  'w',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'a', 'i', 'ai', 'e', 'a'];
const CODAS = ['', '', '', '', 'n', 'r', 'l', 's', 'm'];
const GIVEN_END = ['', '', 'a', 'o', 'ine', 'el', 'is', 'an', 'ia', 'ka', 'en'];
const FAMILY_END = [
  '',
  'ek',
  'ani',
  'ov',
  'strom',
  'ard',
  'inez',
  'eau',
  'mann',
  'ski',
  'ley',
  'berg',
  'oglu',
  'ez',
  'elli',
  'sen',
  'ton',
  'ic',
];

function invented(r: Rng, family: boolean): string {
  for (;;) {
    let s = '';
    const n = r.int(family ? 1 : 1, 2);
    for (let i = 0; i < n; i++)
      s += r.pick(ONSETS) + r.pick(VOWELS) + (i === n - 1 ? '' : r.pick(CODAS));
    if (r.chance(0.2))
      s = (r.pick(['a', 'e', 'i', 'o']) + s).replace(/^([aeio])(?=[aeiou])/, '$1l');
    s += family ? r.pick(FAMILY_END) : r.pick(GIVEN_END);
    s = s.replace(/([aeiou])([aeiou])([aeiou])/g, '$1$2').replace(/(.)\1\1/g, '$1$1');
    if (s.length < (family ? 5 : 4) || s.length > (family ? 10 : 8)) continue;
    if (LISTED.has(s)) continue;
    return (s[0] ?? '').toUpperCase() + s.slice(1);
  }
}

interface Person {
  readonly given: string;
  readonly family: string;
  readonly female: boolean;
  readonly src: Source;
}

function oneWord(s: string): string {
  return s.split(/\s+/)[0] ?? s;
}

function makePerson(r: Rng, lang: Lang, forceSrc?: Source): Person {
  const female = r.chance(0.5);
  const src: Source = forceSrc ?? (r.chance(0.25) ? 'invented' : 'listed');
  if (src === 'invented') {
    let family = invented(r, true);
    if (r.chance(0.08)) family = `${family}-${invented(r, true)}`;
    return { given: invented(r, false), family, female, src };
  }
  if (r.chance(0.16)) {
    if (r.chance(0.45)) {
      const t = r.pick(TRANSLIT);
      return { given: r.pick(t.given), family: r.pick(t.family), female, src };
    }
    const [name, loc] = r.pick(OTHER_LOCALES);
    const f = fk(name, loc);
    f.seed(r.u32());
    return {
      given: oneWord(f.person.firstName(female ? 'female' : 'male')),
      family: f.person.lastName(),
      female,
      src,
    };
  }
  const name = r.weighted(NAME_LOCALES[lang].map(([n, , wt]) => [n, wt] as const));
  const loc = NAME_LOCALES[lang].find(([n]) => n === name)?.[1] ?? en;
  const f = fk(name, loc);
  f.seed(r.u32());
  const given = oneWord(f.person.firstName(female ? 'female' : 'male'));
  let family = f.person.lastName();
  // particles and double / hyphenated names, the way each language writes them
  if (lang === 'de' && r.chance(0.06)) family = `${r.pick(['von', 'von der', 'zu'])} ${family}`;
  if (lang === 'fr' && r.chance(0.06)) family = `${r.pick(['de', 'Le', 'du', 'de la'])} ${family}`;
  if (lang === 'en' && r.chance(0.05) && !family.includes("'"))
    family = `${r.pick(["O'", 'Mac', 'Van der '])}${family}`;
  if (lang === 'es' && r.chance(0.5) && !family.includes(' ')) {
    f.seed(r.u32());
    family = `${family} ${r.chance(0.15) ? 'de ' : ''}${f.person.lastName()}`;
  }
  if (
    (lang === 'de' || lang === 'fr' || lang === 'en') &&
    r.chance(0.06) &&
    !family.includes(' ')
  ) {
    f.seed(r.u32());
    family = `${family}-${oneWord(f.person.lastName())}`;
  }
  return { given, family, female, src };
}

type NameForm =
  | 'full'
  | 'lastFirst'
  | 'initial'
  | 'middle'
  | 'capsLast'
  | 'allCaps'
  | 'lower'
  | 'lowerFull'
  | 'given'
  | 'family';

function renderName(r: Rng, p: Person, form: NameForm): string {
  switch (form) {
    case 'full':
      return `${p.given} ${p.family}`;
    case 'lastFirst':
      return `${p.family}, ${p.given}`;
    case 'initial':
      return `${p.given[0] ?? 'A'}. ${p.family}`;
    case 'middle':
      return `${p.given} ${r.pick(UPPER.split(''))}. ${p.family}`;
    case 'capsLast':
      return `${p.family.toUpperCase()} ${p.given}`;
    case 'allCaps':
      return `${p.given} ${p.family}`.toUpperCase();
    case 'lower':
      return p.given.toLowerCase();
    case 'lowerFull':
      return `${p.given} ${p.family}`.toLowerCase();
    case 'given':
      return p.given;
    case 'family':
      return p.family;
  }
}

const TITLES: Record<Lang, { m: readonly string[]; f: readonly string[]; dr: string }> = {
  en: { m: ['Mr.', 'Mr'], f: ['Ms.', 'Mrs.', 'Ms'], dr: 'Dr.' },
  de: { m: ['Herr', 'Herrn'], f: ['Frau'], dr: 'Dr.' },
  fr: { m: ['M.', 'Monsieur'], f: ['Mme', 'Madame'], dr: 'Dr' },
  es: { m: ['Sr.', 'D.'], f: ['Sra.', 'Dña.'], dr: 'Dr.' },
};

// ---------------------------------------------------------------------------------------------
// Countries, phones, addresses

type Country = 'US' | 'UK' | 'CA' | 'AU' | 'IN' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'ES' | 'MX';
const COUNTRIES: Record<Lang, readonly (readonly [Country, number])[]> = {
  en: [
    ['US', 40],
    ['UK', 25],
    ['CA', 12],
    ['AU', 13],
    ['IN', 10],
  ],
  de: [
    ['DE', 60],
    ['AT', 20],
    ['CH', 20],
  ],
  fr: [
    ['FR', 60],
    ['BE', 20],
    ['CA', 10],
    ['CH', 10],
  ],
  es: [
    ['ES', 60],
    ['MX', 40],
  ],
};

function phone(r: Rng, c: Country, intl = r.chance(0.4)): string {
  const d = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  switch (c) {
    case 'US':
    case 'CA': {
      const a = nz() + d(2);
      const p = nz() + d(2);
      const l = d(4);
      return r.pick([
        `(${a}) ${p}-${l}`,
        `${a}-${p}-${l}`,
        `${a}.${p}.${l}`,
        `+1 ${a} ${p} ${l}`,
        `+1 (${a}) ${p}-${l}`,
        `1-${a}-${p}-${l}`,
      ]);
    }
    case 'UK': {
      if (r.chance(0.5)) {
        const m = `7${r.int(4, 9)}${d(2)}`;
        return intl ? `+44 ${m} ${d(6)}` : `0${m} ${d(3)} ${d(3)}`;
      }
      const area = r.pick(['20', '161', '131', '113', '117', '121', '29']);
      const rest = area.length === 2 ? `${d(4)} ${d(4)}` : `${d(3)} ${d(4)}`;
      return intl ? `+44 ${area} ${rest}` : `0${area} ${rest}`;
    }
    case 'AU':
      if (r.chance(0.5)) return intl ? `+61 4${d(2)} ${d(3)} ${d(3)}` : `04${d(2)} ${d(3)} ${d(3)}`;
      return intl
        ? `+61 ${r.pick(['2', '3', '7', '8'])} ${d(4)} ${d(4)}`
        : `(0${r.pick(['2', '3', '7', '8'])}) ${d(4)} ${d(4)}`;
    case 'IN':
      return intl
        ? `+91 ${r.pick(['98', '97', '91', '88', '70'])}${d(3)} ${d(5)}`
        : `0${r.pick(['98', '97', '90'])}${d(3)} ${d(5)}`;
    case 'DE':
      if (r.chance(0.5)) {
        const pre = r.pick(['151', '160', '162', '170', '171', '172', '175', '176', '179']);
        return intl
          ? r.pick([`+49 ${pre} ${d(8)}`, `+49 (0)${pre} ${d(7)}`])
          : r.pick([`0${pre} ${d(8)}`, `0${pre}/${d(7)}`, `0${pre}-${d(8)}`]);
      } else {
        const area = r.pick(['30', '40', '89', '221', '69', '711', '351', '511']);
        const n = d(area.length === 2 ? 8 : 7);
        return intl
          ? `+49 ${area} ${n}`
          : r.pick([`0${area} ${n}`, `0${area}/${n}`, `(0${area}) ${n}`]);
      }
    case 'AT':
      if (r.chance(0.5))
        return intl
          ? `+43 ${r.pick(['664', '660', '676', '699'])} ${d(7)}`
          : `0${r.pick(['664', '660', '676', '699'])} ${d(7)}`;
      return intl ? `+43 1 ${d(7)}` : r.pick([`01 ${d(7)}`, `0316 ${d(6)}`, `0662 ${d(6)}`]);
    case 'CH': {
      const pre = r.pick(['79', '78', '76', '44', '31', '61', '22']);
      const n = `${d(3)} ${d(2)} ${d(2)}`;
      return intl ? `+41 ${pre} ${n}` : `0${pre} ${n}`;
    }
    case 'FR': {
      const pre = r.pick(['6', '7', '1', '4', '5', '9']);
      const g = `${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
      if (intl) return r.pick([`+33 ${pre} ${g}`, `+33 (0)${pre} ${g}`]);
      return r.pick([
        `0${pre} ${g}`,
        `0${pre}.${g.replace(/ /g, '.')}`,
        `0${pre}${g.replace(/ /g, '')}`,
      ]);
    }
    case 'BE':
      if (r.chance(0.5))
        return intl
          ? `+32 4${r.int(7, 9)}${d(1)} ${d(2)} ${d(2)} ${d(2)}`
          : `04${r.int(7, 9)}${d(1)} ${d(2)} ${d(2)} ${d(2)}`;
      return intl ? `+32 2 ${d(3)} ${d(2)} ${d(2)}` : `02 ${d(3)} ${d(2)} ${d(2)}`;
    case 'ES': {
      const first = r.pick(['6', '7', '9']);
      const n = `${first}${d(2)} ${d(3)} ${d(3)}`;
      return intl
        ? `+34 ${n}`
        : r.pick([n, `${first}${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `${first}${d(8)}`]);
    }
    case 'MX': {
      const area = r.pick(['55', '33', '81']);
      return intl
        ? r.pick([`+52 ${area} ${d(4)} ${d(4)}`, `+52 1 ${area} ${d(4)} ${d(4)}`])
        : r.pick([`${area} ${d(4)} ${d(4)}`, `(${area}) ${d(4)}-${d(4)}`]);
    }
  }
}

const US_CITIES = [
  ['Columbus', 'OH'],
  ['Tucson', 'AZ'],
  ['Raleigh', 'NC'],
  ['Boise', 'ID'],
  ['Madison', 'WI'],
  ['Spokane', 'WA'],
  ['Richmond', 'VA'],
  ['Austin', 'TX'],
  ['Albany', 'NY'],
  ['Eugene', 'OR'],
] as const;
const US_STREETS = [
  'Maple Ave',
  'Oak Street',
  'Pine Ridge Rd',
  'W 14th St',
  'Lincoln Blvd',
  'Cedar Lane',
  'Harbor Dr',
  'N Main St',
  'Sycamore Ct',
  'Elm Street',
];
const UK_PLACES = [
  ['London', 'SE15 4QP'],
  ['Leeds', 'LS6 2AB'],
  ['Bristol', 'BS3 1QG'],
  ['Manchester', 'M14 5RL'],
  ['Glasgow', 'G12 8QQ'],
  ['Cardiff', 'CF24 4HQ'],
  ['Norwich', 'NR2 3DB'],
] as const;
const UK_STREETS = [
  'Hartley Road',
  'Church Lane',
  'Victoria Terrace',
  'Albion Street',
  'Kings Avenue',
  'Mill Close',
  'Queensway',
];
const CA_PLACES = [
  ['Toronto', 'ON', 'M5V'],
  ['Ottawa', 'ON', 'K1P'],
  ['Vancouver', 'BC', 'V6B'],
  ['Calgary', 'AB', 'T2P'],
  ['Halifax', 'NS', 'B3H'],
  ['Winnipeg', 'MB', 'R3C'],
] as const;
const QC_PLACES = [
  ['Montréal', 'QC', 'H2X'],
  ['Québec', 'QC', 'G1R'],
  ['Gatineau', 'QC', 'J8X'],
  ['Sherbrooke', 'QC', 'J1H'],
] as const;
const AU_PLACES = [
  ['Fitzroy', 'VIC', '3065'],
  ['Newtown', 'NSW', '2042'],
  ['Paddington', 'QLD', '4064'],
  ['Fremantle', 'WA', '6160'],
  ['Glenelg', 'SA', '5045'],
] as const;
const AU_STREETS = [
  'Brunswick St',
  'King Street',
  'Latrobe Tce',
  'Marine Pde',
  'High St',
  'Wattle Grove',
];
const IN_PLACES = [
  ['Bengaluru', 'Karnataka', '560038'],
  ['Pune', 'Maharashtra', '411007'],
  ['Chennai', 'Tamil Nadu', '600020'],
  ['Jaipur', 'Rajasthan', '302015'],
] as const;
const IN_STREETS = [
  '12th Main Road, Indiranagar',
  'FC Road, Shivajinagar',
  'Lattice Bridge Road, Adyar',
  'Tonk Road, Malviya Nagar',
];
const DE_PLACES = [
  ['10437', 'Berlin'],
  ['80469', 'München'],
  ['50674', 'Köln'],
  ['20357', 'Hamburg'],
  ['04109', 'Leipzig'],
  ['70173', 'Stuttgart'],
  ['28195', 'Bremen'],
  ['93047', 'Regensburg'],
] as const;
const AT_PLACES = [
  ['1060', 'Wien'],
  ['8010', 'Graz'],
  ['5020', 'Salzburg'],
  ['6020', 'Innsbruck'],
  ['4020', 'Linz'],
] as const;
const CH_PLACES = [
  ['8004', 'Zürich'],
  ['3011', 'Bern'],
  ['4051', 'Basel'],
  ['1204', 'Genève'],
  ['6003', 'Luzern'],
  ['1003', 'Lausanne'],
] as const;
const FR_PLACES = [
  ['75011', 'Paris'],
  ['69003', 'Lyon'],
  ['13006', 'Marseille'],
  ['31000', 'Toulouse'],
  ['44000', 'Nantes'],
  ['67000', 'Strasbourg'],
  ['33800', 'Bordeaux'],
] as const;
const FR_STREETS = [
  'rue Oberkampf',
  'avenue Jean-Jaurès',
  'boulevard Voltaire',
  'rue des Lilas',
  'place Bellecour',
  'chemin des Vignes',
  'rue du Faubourg Saint-Antoine',
  'allée des Tilleuls',
];
const BE_PLACES = [
  ['1050', 'Ixelles'],
  ['4000', 'Liège'],
  ['5000', 'Namur'],
  ['1000', 'Bruxelles'],
  ['6000', 'Charleroi'],
] as const;
const BE_STREETS = [
  'Rue de la Loi',
  'Chaussée de Wavre',
  'Avenue Louise',
  'Rue Saint-Gilles',
  'Boulevard d’Avroy',
];
const ES_PLACES = [
  ['28014', 'Madrid'],
  ['08012', 'Barcelona'],
  ['46004', 'Valencia'],
  ['41003', 'Sevilla'],
  ['48001', 'Bilbao'],
  ['29016', 'Málaga'],
  ['50001', 'Zaragoza'],
] as const;
const MX_PLACES = [
  ['06700', 'Ciudad de México', 'CDMX', 'Roma Norte'],
  ['44160', 'Guadalajara', 'Jalisco', 'Americana'],
  ['64000', 'Monterrey', 'Nuevo León', 'Centro'],
  ['72000', 'Puebla', 'Pue', 'Centro'],
  ['03100', 'Ciudad de México', 'CDMX', 'Del Valle'],
] as const;

function address(r: Rng, c: Country): string {
  const d = (n: number): string => r.digits(n);
  switch (c) {
    case 'US': {
      const [city, st] = r.pick(US_CITIES);
      const apt = r.chance(0.3)
        ? `, ${r.pick(['Apt', 'Apt.', 'Suite', 'Unit', '#'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`
        : '';
      return `${r.int(12, 9899)} ${r.pick(US_STREETS)}${apt}, ${city}, ${st} ${r.int(10000, 99899)}`;
    }
    case 'UK': {
      const [city, pc] = r.pick(UK_PLACES);
      const flat = r.chance(0.25) ? `Flat ${r.int(1, 12)}, ` : '';
      return `${flat}${r.int(1, 240)} ${r.pick(UK_STREETS)}, ${city} ${pc}`;
    }
    case 'CA': {
      const [city, prov, fsa] = r.chance(0.5) ? r.pick(CA_PLACES) : r.pick(QC_PLACES);
      const street =
        prov === 'QC'
          ? r.pick([
              'rue Sherbrooke Ouest',
              'boul. Saint-Laurent',
              'rue Saint-Denis',
              'av. du Parc',
            ])
          : r.pick(['Queen St W', 'Bank Street', 'Granville St', 'Spring Garden Rd']);
      return `${r.int(10, 4999)} ${street}, ${city}, ${prov} ${fsa} ${r.int(1, 9)}${r.pick(UPPER.split(''))}${r.int(0, 9)}`;
    }
    case 'AU': {
      const [sub, st, pc] = r.pick(AU_PLACES);
      const unit = r.chance(0.3) ? `${r.int(1, 20)}/` : '';
      return `${unit}${r.int(1, 300)} ${r.pick(AU_STREETS)}, ${sub} ${st} ${pc}`;
    }
    case 'IN': {
      const [city, state, pin] = r.pick(IN_PLACES);
      return `${r.int(1, 99)}, ${r.pick(IN_STREETS)}, ${city}, ${state} ${pin}`;
    }
    case 'DE': {
      const f = fk('de', de);
      f.seed(r.u32());
      const [zip, city] = r.pick(DE_PLACES);
      return `${f.location.street()} ${r.int(1, 140)}${r.pick(['', '', '', 'a', 'b'])}, ${zip} ${city}`;
    }
    case 'AT': {
      const f = fk('de_AT', de_AT);
      f.seed(r.u32());
      const [zip, city] = r.pick(AT_PLACES);
      return `${f.location.street()} ${r.int(1, 90)}${r.chance(0.5) ? `/${r.int(1, 24)}` : ''}, ${zip} ${city}`;
    }
    case 'CH': {
      const f = fk('de_CH', de_CH);
      f.seed(r.u32());
      const [zip, city] = r.pick(CH_PLACES);
      return `${f.location.street()} ${r.int(1, 120)}, ${r.chance(0.2) ? 'CH-' : ''}${zip} ${city}`;
    }
    case 'FR': {
      const [zip, city] = r.pick(FR_PLACES);
      return `${r.int(1, 180)}${r.pick(['', '', '', ' bis', ' ter'])} ${r.pick(FR_STREETS)}, ${zip} ${city}`;
    }
    case 'BE': {
      const [zip, city] = r.pick(BE_PLACES);
      return `${r.pick(BE_STREETS)} ${r.int(1, 200)}${r.chance(0.2) ? ` bte ${r.int(1, 12)}` : ''}, ${zip} ${city}`;
    }
    case 'ES': {
      const f = fk('es', es);
      f.seed(r.u32());
      const [zip, city] = r.pick(ES_PLACES);
      const street = r.pick([
        `Calle ${f.person.lastName()}`,
        `Avenida de ${f.person.lastName()}`,
        `C/ Mayor`,
        `Paseo de la Castellana`,
        `Carrer de Mallorca`,
        `Calle de Alcalá`,
      ]);
      return `${street}, ${r.int(1, 220)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'D', 'izq.', 'dcha.'])}, ${zip} ${city}`;
    }
    case 'MX': {
      const [zip, city, st, col] = r.pick(MX_PLACES);
      const street = r.pick([
        'Av. Insurgentes Sur',
        'Calle Durango',
        'Av. Chapultepec',
        'Calle Morelos',
        'Av. Constitución',
        'Calle Colima',
      ]);
      return `${street} ${r.int(10, 2200)}${r.chance(0.3) ? ` Int. ${r.int(1, 40)}` : ''}, Col. ${col}, ${zip} ${city}, ${st}`;
    }
  }
  return d(1);
}

// ---------------------------------------------------------------------------------------------
// Numbers with checksums

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
}

function cardDigits(r: Rng): string {
  const kind = r.weighted([
    ['visa', 40],
    ['mc', 25],
    ['mc2', 8],
    ['amex', 15],
    ['disc', 12],
  ] as const);
  const prefix =
    kind === 'visa'
      ? '4'
      : kind === 'mc'
        ? String(r.int(51, 55))
        : kind === 'mc2'
          ? String(r.int(2221, 2720))
          : kind === 'amex'
            ? r.pick(['34', '37'])
            : r.pick(['6011', '65']);
  const len = kind === 'amex' ? 15 : 16;
  const body = prefix + r.digits(len - 1 - prefix.length);
  return body + luhnDigit(body);
}

function groupCard(r: Rng, n: string): string {
  const sep = r.pick(['', ' ', ' ', '-']);
  if (sep === '') return n;
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return (n.match(/.{4}/g) ?? []).join(sep);
}
const card = (r: Rng): string => groupCard(r, cardDigits(r));
function cardLookalike(r: Rng): string {
  const n = cardDigits(r);
  const last = Number(n[n.length - 1]);
  return groupCard(r, n.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

const IBAN_BBAN: Record<string, (r: Rng) => string> = {
  DE: (r) => r.digits(18),
  AT: (r) => r.digits(16),
  CH: (r) => r.digits(17),
  FR: (r) => r.digits(23),
  BE: (r) => r.digits(12),
  ES: (r) => r.digits(20),
  GB: (r) => r.chars(4, UPPER) + r.digits(14),
  IE: (r) => r.chars(4, UPPER) + r.digits(14),
  NL: (r) => r.chars(4, UPPER) + r.digits(10),
  IT: (r) => r.chars(1, UPPER) + r.digits(22),
  PL: (r) => r.digits(24),
};
function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}
function ibanRaw(r: Rng, cc: string): string {
  const bban = (IBAN_BBAN[cc] ?? IBAN_BBAN['DE'] ?? ((x: Rng) => x.digits(18)))(r);
  const check = 98 - mod97(bban + cc + '00');
  return cc + pad2(check) + bban;
}
const fmtIban = (r: Rng, s: string): string =>
  r.chance(0.55) ? (s.match(/.{1,4}/g) ?? []).join(' ') : s;
const IBAN_CC: Record<Country, readonly string[]> = {
  US: ['GB', 'IE', 'NL'],
  UK: ['GB', 'GB', 'IE'],
  CA: ['FR', 'GB'],
  AU: ['GB', 'IE'],
  IN: ['GB', 'DE'],
  DE: ['DE', 'DE', 'DE', 'NL', 'PL'],
  AT: ['AT', 'AT', 'DE'],
  CH: ['CH', 'CH', 'DE', 'IT'],
  FR: ['FR', 'FR', 'FR', 'BE', 'IT'],
  BE: ['BE', 'BE', 'FR', 'NL'],
  ES: ['ES', 'ES', 'ES', 'IT', 'PL'],
  MX: ['ES', 'ES'],
};
const iban = (r: Rng, c: Country): string => fmtIban(r, ibanRaw(r, r.pick(IBAN_CC[c])));
function ibanInvalid(r: Rng, c: Country): string {
  const s = ibanRaw(r, r.pick(IBAN_CC[c]));
  const check = Number(s.slice(2, 4));
  const bad = ((check + r.int(1, 90) - 2) % 97) + 2;
  return fmtIban(
    r,
    s.slice(0, 2) + pad2(bad === check ? ((check + 1) % 97) + 2 : bad) + s.slice(4),
  );
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const s = `${String(area).padStart(3, '0')}-${pad2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`;
  return r.chance(0.15) ? s.replace(/-/g, ' ') : s;
}
function ssnInvalid(r: Rng): string {
  const area = r.pick(['000', '666', String(r.int(900, 999))]);
  return `${area}-${pad2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

function ipv4(r: Rng): string {
  const first = r.pick([r.int(11, 223), 10, 192, 172, 81, 88, 213, 46, 185]);
  const second = first === 192 ? 168 : first === 172 ? r.int(16, 31) : r.int(0, 255);
  return `${first}.${second}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.chars(r.int(1, 4), HEX).replace(/^0+(?=.)/, '');
  const pre = r.pick([
    '2001:db8',
    '2a02:810d',
    '2a01:cb1d',
    '2600:1700',
    '2a00:1450',
    'fe80:0',
    '2003:e3',
  ]);
  if (r.chance(0.5)) return `${pre}:${h()}::${h()}:${h()}`;
  if (r.chance(0.3)) return `${pre}::${h()}`;
  return `${pre}:${Array.from({ length: 6 }, h).join(':')}`;
}
const ip = (r: Rng): string => (r.chance(0.72) ? ipv4(r) : ipv6(r));

// ---------------------------------------------------------------------------------------------
// Dates

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
const MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Ymd {
  y: number;
  m: number;
  d: number;
}
function formatDate(r: Rng, lang: Lang, x: Ymd, usStyle: boolean, style?: number): string {
  const { y, m, d } = x;
  const pick = <T>(arr: readonly T[]): T =>
    style === undefined ? r.pick(arr) : (arr[style % arr.length] as T);
  const mn = MONTHS[lang][m - 1] ?? 'May';
  const iso = `${y}-${pad2(m)}-${pad2(d)}`;
  switch (lang) {
    case 'en':
      return usStyle
        ? pick([
            `${mn} ${d}, ${y}`,
            `${pad2(m)}/${pad2(d)}/${y}`,
            `${m}/${d}/${String(y).slice(2)}`,
            iso,
            `${MON3[m - 1]} ${d}, ${y}`,
          ])
        : pick([
            `${d} ${mn} ${y}`,
            `${pad2(d)}/${pad2(m)}/${y}`,
            `${pad2(d)}-${MON3[m - 1]}-${y}`,
            iso,
            `${d}th ${mn} ${y}`
              .replace(/^(1|21|31)th/, '$1st')
              .replace(/^(2|22)th/, '$1nd')
              .replace(/^(3|23)th/, '$1rd'),
          ]);
    case 'de':
      return pick([
        `${pad2(d)}.${pad2(m)}.${y}`,
        `${d}.${m}.${y}`,
        `${d}. ${mn} ${y}`,
        iso,
        `${pad2(d)}.${pad2(m)}.${String(y).slice(2)}`,
      ]);
    case 'fr':
      return pick([
        `${pad2(d)}/${pad2(m)}/${y}`,
        `${d === 1 ? '1er' : d} ${mn} ${y}`,
        `${pad2(d)}.${pad2(m)}.${y}`,
        iso,
        `${pad2(d)}-${pad2(m)}-${y}`,
      ]);
    case 'es':
      return pick([
        `${pad2(d)}/${pad2(m)}/${y}`,
        `${d} de ${mn} de ${y}`,
        `${pad2(d)}-${pad2(m)}-${y}`,
        iso,
        `${d}/${m}/${y}`,
      ]);
  }
}
function randYmd(r: Rng, y0: number, y1: number): Ymd {
  return { y: r.int(y0, y1), m: r.int(1, 12), d: r.int(1, 28) };
}

function uuid(r: Rng): string {
  const h = (n: number): string => r.chars(n, HEX);
  return `${h(8)}-${h(4)}-4${h(3)}-${r.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
}
function isbn(r: Rng): string {
  const body = `978${r.pick(['3', '2', '84', '1', '0'])}`;
  let digits = body + r.digits(12 - body.length);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  digits += String((10 - (sum % 10)) % 10);
  if (r.chance(0.4)) return digits;
  const grp = body.length - 3;
  return `${digits.slice(0, 3)}-${digits.slice(3, 3 + grp)}-${digits.slice(3 + grp, 7 + grp)}-${digits.slice(7 + grp, 12)}-${digits.slice(12)}`;
}

// ---------------------------------------------------------------------------------------------
// Secrets

const awsKey = (r: Rng): string => r.pick(['AKIA', 'AKIA', 'ASIA']) + r.chars(16, UPPER + '234567');
const awsSecret = (r: Rng): string => r.chars(40, B64);
function ghToken(r: Rng): string {
  if (r.chance(0.3)) return `github_pat_${r.chars(22, ALNUM)}_${r.chars(59, ALNUM)}`;
  return r.pick(['ghp_', 'ghp_', 'gho_', 'ghs_']) + r.chars(36, ALNUM);
}
function slackToken(r: Rng): string {
  if (r.chance(0.6)) return `xoxb-${r.digits(12)}-${r.digits(13)}-${r.chars(24, ALNUM)}`;
  return `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.chars(32, HEX)}`;
}
function genericSecret(r: Rng): string {
  const k = r.int(0, 4);
  if (k === 0) return `sk_live_${r.chars(r.int(24, 32), ALNUM)}`;
  if (k === 1) return r.chars(r.int(32, 40), HEX);
  if (k === 2) return awsSecret(r);
  return r.chars(r.int(32, 44), ALNUM);
}
const b64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
function jwt(r: Rng, sub?: string): string {
  const rs = r.chance(0.4);
  const header = b64url(JSON.stringify({ alg: rs ? 'RS256' : 'HS256', typ: 'JWT' }));
  const iat = r.int(1690000000, 1730000000);
  const payload = b64url(
    JSON.stringify({
      sub: sub ?? String(r.int(10000, 999999)),
      iat,
      exp: iat + 3600,
      scope: r.pick(['read', 'api', 'admin openid']),
    }),
  );
  return `${header}.${payload}.${r.chars(rs ? 342 : 43, B64URL)}`;
}
function pem(r: Rng): string {
  const kind = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const lines =
    kind === 'EC PRIVATE KEY' ? 3 : kind === 'OPENSSH PRIVATE KEY' ? r.int(5, 8) : r.int(8, 14);
  const width = kind === 'OPENSSH PRIVATE KEY' ? 70 : 64;
  const body: string[] = [];
  for (let i = 0; i < lines; i++) {
    const first =
      i === 0
        ? kind === 'OPENSSH PRIVATE KEY'
          ? 'b3BlbnNzaC1rZXktdjEAAAAA'
          : kind === 'RSA PRIVATE KEY'
            ? 'MIIEow'
            : 'MII'
        : '';
    body.push(first + r.chars(width - first.length - (i === lines - 1 ? r.int(5, 30) : 0), B64));
  }
  return `-----BEGIN ${kind}-----\n${body.join('\n')}\n-----END ${kind}-----`;
}

// ---------------------------------------------------------------------------------------------
// Hard-negative values

function orderNo(r: Rng): string {
  return r.pick([
    `ORD-${r.int(2021, 2025)}-${r.digits(6)}`,
    `#${r.digits(7)}`,
    `${r.chars(2, UPPER)}${r.digits(8)}`,
    `INV-${r.digits(5)}`,
    `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`,
    `BK${r.chars(6, UPPER + DIG)}`,
    `RMA${r.digits(6)}`,
  ]);
}
function version(r: Rng): string {
  return r.pick([
    `v${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 60)}`,
    `${r.int(1, 20)}.${r.int(0, 12)}.${r.int(0, 9)}`,
    `${r.int(1, 20)}.${r.int(0, 9)}.${r.int(0, 99)}.${r.int(1, 255)}`,
    `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`,
    `${r.int(10, 200)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(0, 255)}`,
  ]);
}
const sha = (r: Rng): string => r.chars(r.pick([7, 40, 40, 64, 32]), HEX);
function timestamp(r: Rng): string {
  const e = r.int(1700000000, 1735000000);
  if (r.chance(0.25)) return String(e);
  const iso = new Date(e * 1000).toISOString();
  return r.pick([
    iso,
    iso.replace(/\.\d+Z$/, 'Z'),
    iso.replace('T', ' ').replace(/\.\d+Z$/, ''),
    iso.replace(/\.\d+Z$/, '+00:00'),
  ]);
}
function price(r: Rng, c: Country): string {
  const a = r.chance(0.6) ? r.int(3, 400) : r.int(400, 4800);
  const cents = pad2(r.chance(0.3) ? 0 : r.int(0, 99));
  const th = (x: number, sep: string): string => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (c) {
    case 'US':
      return r.pick([`$${th(a, ',')}.${cents}`, `USD ${th(a, ',')}.${cents}`, `$${a}`]);
    case 'UK':
      return r.pick([`£${th(a, ',')}.${cents}`, `GBP ${th(a, ',')}.${cents}`]);
    case 'AU':
      return r.pick([`A$${th(a, ',')}.${cents}`, `$${th(a, ',')}.${cents} AUD`]);
    case 'IN':
      return r.pick([`₹${th(a * 80, ',')}`, `INR ${th(a * 80, ',')}.00`, `Rs. ${th(a * 80, ',')}`]);
    case 'CA':
      return r.pick([`C$${th(a, ',')}.${cents}`, `${th(a, ' ')},${cents} $`, `$${a}.${cents} CAD`]);
    case 'DE':
    case 'AT':
      return r.pick([
        `${th(a, '.')},${cents} €`,
        `EUR ${th(a, '.')},${cents}`,
        `€ ${a},${cents}`,
        `${a},- €`,
      ]);
    case 'CH':
      return r.pick([
        `CHF ${th(a, "'")}.${cents}`,
        `Fr. ${a}.${cents}`,
        `${th(a, "'")}.${cents} CHF`,
      ]);
    case 'FR':
    case 'BE':
      return r.pick([`${th(a, ' ')},${cents} €`, `${a},${cents} EUR`, `${a} €`]);
    case 'ES':
      return r.pick([`${th(a, '.')},${cents} €`, `${a},${cents} EUR`, `${a} €`]);
    case 'MX':
      return r.pick([
        `$${th(a * 18, ',')}.${cents} MXN`,
        `MX$${th(a * 18, ',')}`,
        `$${th(a * 18, ',')}.${cents}`,
      ]);
  }
}
const COMPANIES = [
  'Amazon',
  'Zalando',
  'Deutsche Bahn',
  'Carrefour',
  'Mercadona',
  'Lufthansa',
  'Iberia',
  'Decathlon',
  'Booking.com',
  'Salesforce',
  'Jira',
  'Grafana',
  'Kubernetes',
  'Stripe',
  'Telefónica',
  'Swisscom',
  'Hornbach',
  'Leroy Merlin',
  'Bimbo',
  'OXXO',
];
const PRODUCTS = [
  'Galaxy S23',
  'iPhone 15',
  'ThinkPad X1',
  'Kindle Paperwhite',
  'AirPods Pro',
  'Sonos Era',
  'Dyson V15',
  'Thermomix TM6',
  'Nespresso Vertuo',
];
const PET_NAMES = [
  'Bella',
  'Max',
  'Luna',
  'Oscar',
  'Filou',
  'Nala',
  'Rocky',
  'Simba',
  'Milo',
  'Lola',
  'Bruno',
  'Kira',
  'Toby',
  'Chispa',
];

// ---------------------------------------------------------------------------------------------
// Record builder

const e = (t: EntType, v: string): EntPiece => ({ t, v });
const n = (neg: NegKind, v: string): NegPiece => ({ neg, v });
const L = <T>(lang: Lang, en: T, de: T, fr: T, es: T): T =>
  lang === 'en' ? en : lang === 'de' ? de : lang === 'fr' ? fr : es;

class Ctx {
  text = '';
  readonly ents: Heldout5Span[] = [];
  readonly negs: { kind: string; start: number; end: number }[] = [];
  readonly country: Country;
  constructor(
    readonly r: Rng,
    readonly lang: Lang,
  ) {
    this.country = r.weighted(COUNTRIES[lang]);
    this.dateStyle = r.int(0, 4);
  }
  readonly dateStyle: number;
  /** Appends literal text and pieces. */
  add(...items: (Piece | Piece[])[]): this {
    for (const it of items.flat()) {
      if (typeof it === 'string') {
        this.text += it;
        continue;
      }
      const v = it.v;
      if (v === '' || v.trim() !== v) throw new Error(`bad span value ${JSON.stringify(v)}`);
      const start = this.text.length;
      this.text += v;
      const end = this.text.length;
      if ('t' in it)
        this.ents.push(
          it.src === undefined
            ? { type: it.t, start, end }
            : { type: it.t, start, end, source: it.src },
        );
      else this.negs.push({ kind: it.neg, start, end });
    }
    return this;
  }
  /** `add` with one variant per language. */
  say(en: Piece[], de: Piece[], fr: Piece[], es: Piece[]): this {
    return this.add(L(this.lang, en, de, fr, es));
  }
  L(en: string, de: string, fr: string, es: string): string {
    return L(this.lang, en, de, fr, es);
  }
  e2(t: EntType, v: string): EntPiece {
    return e(t, v);
  }
  // value makers -------------------------------------------------------------------------------
  person(src?: Source): Person {
    return makePerson(this.r, this.lang, src);
  }
  name(
    p: Person,
    forms: readonly NameForm[] = [
      'full',
      'full',
      'full',
      'initial',
      'middle',
      'lastFirst',
      'given',
    ],
  ): EntPiece {
    return { t: 'PERSON', v: renderName(this.r, p, this.r.pick(forms)), src: p.src };
  }
  nameAs(p: Person, form: NameForm): EntPiece {
    return { t: 'PERSON', v: renderName(this.r, p, form), src: p.src };
  }
  title(p: Person): string {
    const t = TITLES[this.lang];
    return this.r.pick(p.female ? t.f : t.m);
  }
  dr(): string {
    return TITLES[this.lang].dr;
  }
  email(p?: Person): EntPiece {
    const r = this.r;
    const clean = (s: string): string =>
      stripAccents(s)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
    const dom = r.pick([
      ...L(
        this.lang,
        [
          'gmail.com',
          'outlook.com',
          'yahoo.co.uk',
          'icloud.com',
          'hotmail.com',
          'bigpond.com',
          'proton.me',
        ],
        ['gmx.de', 'web.de', 't-online.de', 'gmx.at', 'bluewin.ch', 'posteo.de', 'gmail.com'],
        [
          'orange.fr',
          'free.fr',
          'laposte.net',
          'skynet.be',
          'videotron.ca',
          'gmail.com',
          'hotmail.fr',
        ],
        [
          'gmail.com',
          'hotmail.es',
          'yahoo.com.mx',
          'telefonica.net',
          'outlook.es',
          'prodigy.net.mx',
        ],
      ),
      'fastmail.com',
    ]);
    const g = clean(p?.given ?? invented(r, false));
    const f = clean(p?.family ?? invented(r, true));
    const local = r.pick([
      `${g}.${f}`,
      `${g[0] ?? 'x'}${f}`,
      `${g}${r.int(1, 99)}`,
      `${f}.${g}`,
      `${g}_${f}${r.int(70, 99)}`,
      `${g}.${f}+${r.pick(['shop', 'news', 'travel', 'bills', 'work'])}`,
      `${g[0] ?? 'x'}.${f}`,
    ]);
    return e('EMAIL', `${local}@${dom}`);
  }
  workEmail(p: Person, domain: string): EntPiece {
    const clean = (s: string): string =>
      stripAccents(s)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
    return e(
      'EMAIL',
      `${this.r.chance(0.7) ? `${clean(p.given)}.` : (clean(p.given)[0] ?? '')}${clean(p.family)}@${domain}`,
    );
  }
  phone(intl?: boolean, c: Country = this.country): EntPiece {
    return e('PHONE', phone(this.r, c, intl));
  }
  addr(c: Country = this.country): EntPiece {
    return e('STREET_ADDRESS', address(this.r, c));
  }
  dob(y0 = 1940, y1 = 2004): EntPiece {
    return e(
      'DATE_OF_BIRTH',
      formatDate(this.r, this.lang, randYmd(this.r, y0, y1), this.country === 'US'),
    );
  }
  date(y0 = 2023, y1 = 2025): NegPiece {
    const style = this.r.chance(0.85) ? this.dateStyle : undefined;
    return n(
      'plain_date',
      formatDate(this.r, this.lang, randYmd(this.r, y0, y1), this.country === 'US', style),
    );
  }
  iban(c: Country = this.country): EntPiece {
    return e('IBAN', iban(this.r, c));
  }
  card(): EntPiece {
    return e('CREDIT_CARD', card(this.r));
  }
  ip(): EntPiece {
    return e('IP_ADDRESS', ip(this.r));
  }
  ip4(): EntPiece {
    return e('IP_ADDRESS', ipv4(this.r));
  }
  ip6(): EntPiece {
    return e('IP_ADDRESS', ipv6(this.r));
  }
  ssn(): EntPiece {
    return e('US_SSN', ssn(this.r));
  }
  url(v: string): EntPiece {
    return e('URL', v);
  }
  price(): NegPiece {
    return n('price', price(this.r, this.country));
  }
  order(): NegPiece {
    return n('order_no', orderNo(this.r));
  }
  version(): NegPiece {
    return n('version', version(this.r));
  }
  sha(): NegPiece {
    return n('sha', sha(this.r));
  }
  uuid(): NegPiece {
    return n('uuid', uuid(this.r));
  }
  ts(): NegPiece {
    return n('timestamp', timestamp(this.r));
  }
  notName(v: string): NegPiece {
    return n('not_name', v);
  }
  month(): NegPiece {
    return n(
      'not_name',
      this.r.pick(MONTHS[this.lang]).replace(/^./, (c) => c.toUpperCase()),
    );
  }
  company(): NegPiece {
    return n('not_name', this.r.pick(COMPANIES));
  }
  product(): NegPiece {
    return n('not_name', this.r.pick(PRODUCTS));
  }
  pet(): NegPiece {
    return n('not_name', this.r.pick(PET_NAMES));
  }
  slug(p: Person): string {
    return stripAccents(`${p.given}-${p.family}`)
      .toLowerCase()
      .replace(/[^a-z-]/g, '')
      .replace(/-+/g, '-');
  }
}

type Template = (c: Ctx) => void;

// ---------------------------------------------------------------------------------------------
// Templates with PII (most also carry hard negatives)

const T: Record<string, Template> = {
  rental_application(c) {
    const p = c.person();
    const ll = c.person();
    c.say(
      w`RENTAL APPLICATION — Unit 4B\nApplicant: ${c.name(p, ['full', 'middle', 'lastFirst'])}\nDate of birth: ${c.dob(1960, 2003)}\nCurrent address: ${c.addr()}\nMobile: ${c.phone()}\nEmail: ${c.email(p)}\nEmployer: ${c.company()} (since ${c.date(2015, 2022)})\nMonthly income: ${c.price()}\nPrevious landlord: ${c.name(ll, ['full', 'initial'])}, ${c.phone()}\n${c.country === 'US' ? w`SSN (for credit check): ${c.ssn()}\n` : []}`,
      w`Mieterselbstauskunft\nName, Vorname: ${c.nameAs(p, 'lastFirst')}\nGeburtsdatum: ${c.dob(1960, 2003)}\nDerzeitige Anschrift: ${c.addr()}\nTelefon: ${c.phone()}\nE-Mail: ${c.email(p)}\nArbeitgeber: ${c.company()}, unbefristet seit ${c.date(2012, 2022)}\nNettoeinkommen: ${c.price()}\nVorvermieter: ${c.title(ll)} ${c.nameAs(ll, 'family')}, Tel. ${c.phone()}\n`,
      w`Dossier de location — T3 rue Paul Bert\nCandidat : ${c.name(p, ['full', 'capsLast'])}\nNé(e) le : ${c.dob(1960, 2003)}\nAdresse actuelle : ${c.addr()}\nPortable : ${c.phone()}\nCourriel : ${c.email(p)}\nEmployeur : ${c.company()} (CDI depuis le ${c.date(2012, 2022)})\nRevenus nets : ${c.price()}\nGarant : ${c.name(ll, ['full', 'capsLast'])} — ${c.phone()}\n`,
      w`Solicitud de alquiler — piso 2º izq.\nSolicitante: ${c.name(p, ['full', 'full', 'lastFirst'])}\nFecha de nacimiento: ${c.dob(1960, 2003)}\nDomicilio actual: ${c.addr()}\nMóvil: ${c.phone()}\nCorreo: ${c.email(p)}\nEmpresa: ${c.company()} (alta ${c.date(2012, 2022)})\nIngresos: ${c.price()} netos/mes\nAval: ${c.name(ll, ['full'])}, tel. ${c.phone()}\n`,
    );
  },
  vet_record(c) {
    const o = c.person();
    const vet = c.person();
    const pet = c.pet();
    c.say(
      w`Patient: ${pet} (canine, neutered male, 7y)\nOwner: ${c.name(o)}  |  ${c.phone()}  |  ${c.email(o)}\nVisit ${c.date()} — ${c.dr()} ${c.nameAs(vet, 'family')}\nAssessment: mild otitis externa, ear cleaned, drops prescribed. Recheck in 10 days.\nInvoice ${c.order()}: ${c.price()}\n`,
      w`Tierarztpraxis am Stadtpark — Behandlungsbericht\nTier: ${pet}, Katze, EKH, 4 J.\nHalter/in: ${c.name(o, ['full', 'lastFirst'])}, ${c.addr()}\nTel.: ${c.phone()}\nBehandlung am ${c.date()} durch ${c.dr()} ${c.name(vet, ['full', 'family'])}: Impfung RCP, Entwurmung.\nRechnung ${c.order()} über ${c.price()}\n`,
      w`Clinique vétérinaire des Tilleuls\nAnimal : ${pet} (chien croisé, 9 ans)\nPropriétaire : ${c.title(o)} ${c.nameAs(o, 'full')} — ${c.phone()}\nConsultation du ${c.date()} avec le ${c.dr()} ${c.nameAs(vet, 'family')} : détartrage, bilan sanguin.\nFacture ${c.order()} : ${c.price()}\n`,
      w`Clínica Veterinaria San Antón — ficha\nMascota: ${pet} (gato, 3 años)\nTitular: ${c.name(o)}, ${c.addr()}\nTel.: ${c.phone()} · ${c.email(o)}\nConsulta ${c.date()} — ${c.dr()} ${c.nameAs(vet, 'full')}: vacuna trivalente.\nImporte: ${c.price()} (ticket ${c.order()})\n`,
    );
  },
  airline_rebooking(c) {
    const a = c.person();
    const b = c.person();
    const ref = c.r.chars(6, UPPER + DIG);
    c.say(
      w`Subject: Your new itinerary – booking ${ref}\n\nDear ${c.title(a)} ${c.nameAs(a, 'family')},\n\nflight BA 2491 on ${c.date()} was cancelled. We have rebooked ${c.nameAs(a, 'allCaps')} and ${c.nameAs(b, 'allCaps')} on the next available departure. Fare difference: ${c.price()}.\nIf this does not work for you, call us on ${c.phone(true)} or reply to ${c.email(a)}.\nManage your booking: ${c.url(
        `https://www.example-air.com/manage?pnr=${ref}&last=${stripAccents(a.family)
          .replace(/[^A-Za-z]/g, '')
          .toUpperCase()}`,
      )}\n`,
      w`Betreff: Umbuchung Ihres Fluges – Buchungscode ${ref}\n\nSehr geehrte/r ${c.nameAs(a, 'full')},\n\nIhr Flug LH 1827 am ${c.date()} entfällt. Wir haben Sie und Ihre Mitreisende ${c.nameAs(b, 'full')} auf die Verbindung um 17:40 umgebucht. Ihre Kontaktnummer laut Buchung: ${c.phone()}.\nDie Bestätigung ging an ${c.email(a)}. Fragen? ${c.url('https://www.lufthansa.com/de/de/meine-buchungen')}\n`,
      w`Objet : Modification de votre voyage – dossier ${ref}\n\nBonjour ${c.title(a)} ${c.nameAs(a, 'capsLast')},\n\nle vol AF 1148 du ${c.date()} est annulé. Passagers réacheminés : ${c.nameAs(a, 'allCaps')}, ${c.nameAs(b, 'allCaps')}. Supplément : ${c.price()}.\nNous vous joindrons au ${c.phone()} si l’horaire change encore.\n`,
      w`Asunto: Cambio de vuelo – localizador ${ref}\n\nEstimado/a ${c.nameAs(a, 'full')}:\n\nel vuelo IB 3204 del ${c.date()} ha sido cancelado. Hemos reubicado a ${c.nameAs(a, 'allCaps')} y a ${c.nameAs(b, 'full')} en el vuelo de las 19:15. Diferencia de tarifa: ${c.price()}.\nContacto registrado: ${c.phone()} / ${c.email(a)}\n`,
    );
  },
  bank_fraud_chat(c) {
    const cu = c.person();
    const ag = c.person();
    c.say(
      w`[09:14] Agent ${c.nameAs(ag, 'given')}: Hi, I'm ${c.nameAs(ag, 'given')} from the fraud team. Can you confirm the card number you're disputing?\n[09:15] ${c.nameAs(cu, 'lower')}: ${c.card()}\n[09:15] ${c.nameAs(cu, 'lower')}: there are two charges from ${c.company()}, ${c.price()} and ${c.price()}, not mine\n[09:16] Agent ${c.nameAs(ag, 'given')}: The login before that came from ${c.ip()}. Was that you?\n[09:17] ${c.nameAs(cu, 'lower')}: no!! i was asleep. my number is ${c.phone()} if you need to call\n[09:18] Agent ${c.nameAs(ag, 'given')}: Card blocked. Case ${c.order()} opened.\n`,
      w`Chat-Protokoll Betrugsabteilung (${c.ts()})\nKunde: ${c.name(cu, ['full', 'lastFirst'])}\n> Ich habe Abbuchungen gesehen, die ich nicht kenne. Karte ${c.card()}.\nMitarbeiterin ${c.nameAs(ag, 'full')}: Die Umsätze über ${c.price()} stammen von einem Gerät mit der IP ${c.ip()}. Ich sperre die Karte jetzt.\n> Danke. Rückerstattung bitte auf ${c.iban()}.\nVorgang ${c.order()}\n`,
      w`Conversation – service opposition carte\n${c.nameAs(cu, 'lower')} : bonjour, il y a un paiement de ${c.price()} chez ${c.company()} que je n'ai pas fait\nConseiller ${c.nameAs(ag, 'given')} : pouvez-vous confirmer les chiffres de la carte ?\n${c.nameAs(cu, 'lower')} : ${c.card()}\nConseiller ${c.nameAs(ag, 'given')} : la connexion vient de ${c.ip()}, ce n'était pas vous ? Carte mise en opposition, dossier ${c.order()}.\n`,
      w`Chat banca – disputa\nCliente (${c.name(cu, ['full'])}): hola, tengo un cargo de ${c.price()} que no reconozco\nAgente ${c.nameAs(ag, 'given')}: ¿me confirma la tarjeta?\nCliente: ${c.card()}\nAgente ${c.nameAs(ag, 'given')}: el acceso se hizo desde ${c.ip()}. Bloqueamos la tarjeta; el abono irá a su cuenta ${c.iban()}. Expediente ${c.order()}.\n`,
    );
  },
  school_enrolment(c) {
    const kid = c.person();
    const par = c.person();
    const kidP: Person = { ...kid, family: par.family };
    c.say(
      w`SCHOOL ENROLMENT FORM 2025/26\nStudent name: ${c.name(kidP, ['full', 'lastFirst'])}\nDOB: ${c.dob(2012, 2019)}    Grade: 3\nParent/guardian: ${c.name(par, ['full', 'middle'])}\nHome address: ${c.addr()}\nPhone (home): ${c.phone()}   Phone (work): ${c.phone()}\nEmail: ${c.email(par)}\nMedical notes: peanut allergy, EpiPen kept in office.\n`,
      w`Schulanmeldung Grundschule am Lindenhof\nKind: ${c.nameAs(kidP, 'lastFirst')}, geb. ${c.dob(2013, 2019)}\nErziehungsberechtigte: ${c.name(par, ['full'])}\nAnschrift: ${c.addr()}\nErreichbar unter ${c.phone()} oder ${c.email(par)}\nKonfession: keine Angabe — Einschulung am ${c.date(2025, 2025)}\n`,
      w`FICHE D'INSCRIPTION — École élémentaire Jules Ferry\nÉlève : ${c.nameAs(kidP, 'capsLast')}\nDate de naissance : ${c.dob(2013, 2019)}\nResponsable légal : ${c.title(par)} ${c.nameAs(par, 'full')}\nAdresse : ${c.addr()}\nTél. : ${c.phone()} — ${c.email(par)}\n`,
      w`Matrícula curso 2025-2026\nAlumno/a: ${c.name(kidP, ['full'])}\nFecha de nacimiento: ${c.dob(2012, 2019)}\nMadre/padre/tutor: ${c.name(par, ['full'])}\nDomicilio: ${c.addr()}\nTeléfonos: ${c.phone()} / ${c.phone()}\nCorreo: ${c.email(par)}\n`,
    );
  },
  rsvp_csv(c) {
    c.add(
      c.L(
        'name,email,attending,plus_one,meal\n',
        'Name,E-Mail,Zusage,Begleitung,Menü\n',
        'nom,courriel,présent,accompagnant,menu\n',
        'nombre,correo,asiste,acompañante,menú\n',
      ),
    );
    for (let i = 0, k = c.r.int(3, 6); i < k; i++) {
      const p = c.person();
      const plus = c.r.chance(0.4) ? c.person() : undefined;
      c.add(
        c.name(p, ['full', 'full', 'given']),
        ',',
        c.email(p),
        ',',
        c.r.pick(['yes', 'no', 'maybe']),
        ',',
      );
      if (plus) c.add(c.name(plus, ['full', 'given']));
      c.add(',', c.r.pick(['veg', 'fish', 'beef', 'kids']), '\n');
    }
  },
  volunteer_roster_pipe(c) {
    c.add(
      c.L(
        '| Volunteer | Phone | Shift |\n|---|---|---|\n',
        '| Ehrenamt | Telefon | Schicht |\n|---|---|---|\n',
        '| Bénévole | Téléphone | Créneau |\n|---|---|---|\n',
        '| Voluntario/a | Teléfono | Turno |\n|---|---|---|\n',
      ),
    );
    for (let i = 0, k = c.r.int(3, 6); i < k; i++) {
      const p = c.person();
      c.add(
        '| ',
        c.name(p, ['full', 'initial', 'given', 'lastFirst']),
        ' | ',
        c.phone(),
        ' | ',
        c.date(2025, 2025),
        ` ${c.r.pick(['08-12', '12-16', '16-20'])} |\n`,
      );
    }
    c.add(
      c.L(
        '\nFood bank, hall B. Bring gloves.\n',
        '\nTafel, Halle B. Handschuhe mitbringen.\n',
        '\nBanque alimentaire, salle B.\n',
        '\nBanco de alimentos, nave B.\n',
      ),
    );
  },
  lab_results(c) {
    const p = c.person();
    const doc = c.person();
    c.say(
      w`LABORATORY REPORT  Sample ${c.order()}\nPatient: ${c.nameAs(p, 'capsLast')}   DOB: ${c.dob()}   Sex: ${p.female ? 'F' : 'M'}\nOrdering physician: ${c.dr()} ${c.name(doc, ['full', 'initial'])}\nCollected: ${c.ts()}\nHbA1c 6.1 % (4.0-5.6) H\nLDL 142 mg/dL H\nTSH 2.1 mIU/L\n`,
      w`Laborbefund  Auftrag ${c.order()}\nPatient/in: ${c.nameAs(p, 'lastFirst')}, geb. ${c.dob()}\nEinsender: Praxis ${c.dr()} ${c.nameAs(doc, 'family')}\nEingang: ${c.ts()}\nCRP 12,4 mg/l (< 5) ↑\nLeukozyten 9,8 /nl\nFerritin 18 µg/l ↓\n`,
      w`Compte rendu de biologie — demande ${c.order()}\nPatient(e) : ${c.nameAs(p, 'capsLast')}, né(e) le ${c.dob()}\nPrescripteur : ${c.dr()} ${c.nameAs(doc, 'full')}\nPrélèvement : ${c.ts()}\nGlycémie à jeun 1,12 g/L\nCréatinine 78 µmol/L\n`,
      w`Informe de laboratorio — petición ${c.order()}\nPaciente: ${c.nameAs(p, 'full')}\nF. nacimiento: ${c.dob()}\nMédico solicitante: ${c.dr()} ${c.nameAs(doc, 'full')}\nExtracción: ${c.ts()}\nHemoglobina 13,2 g/dL\nColesterol total 231 mg/dL ↑\n`,
    );
  },
  tax_adviser_letter(c) {
    const p = c.person();
    const adv = c.person();
    const y = c.r.int(2021, 2024);
    c.say(
      w`${c.nameAs(p, 'full')}\n${c.addr()}\n\nDear ${c.title(p)} ${c.nameAs(p, 'family')},\n\nplease find enclosed your ${y} return. Our records show SSN ${c.ssn()}; please check it before signing. The refund of ${c.price()} will be paid into the account you gave us. Form 1040 was e-filed on ${c.date()}.\n\nKind regards,\n${c.name(adv, ['full', 'middle'])}, CPA\n`,
      w`${c.title(p)}\n${c.nameAs(p, 'full')}\n${c.addr()}\n\nEinkommensteuererklärung ${y}\n\nSehr geehrte${p.female ? '' : 'r'} ${c.title(p)} ${c.nameAs(p, 'family')},\n\nder Bescheid vom ${c.date()} weist eine Erstattung von ${c.price()} aus. Die Auszahlung erfolgt auf Ihr Konto ${c.iban()}.\n\nMit freundlichen Grüßen\n${c.name(adv, ['full'])}\nSteuerberater\n`,
      w`${c.title(p)} ${c.nameAs(p, 'full')}\n${c.addr()}\n\nObjet : déclaration de revenus ${y}\n\n${c.title(p)},\n\nl’avis d’imposition du ${c.date()} fait apparaître un remboursement de ${c.price()}, versé sur le compte ${c.iban()}.\n\nBien cordialement,\n${c.name(adv, ['full', 'initial'])}, expert-comptable\n`,
      w`${c.nameAs(p, 'full')}\n${c.addr()}\n\nAsunto: declaración de la renta ${y}\n\nEstimado/a ${c.nameAs(p, 'given')}:\n\nla liquidación del ${c.date()} sale a devolver ${c.price()}, que se abonará en ${c.iban()}.\n\nUn saludo,\n${c.name(adv, ['full'])}\nAsesoría fiscal\n`,
    );
  },
  customs_declaration(c) {
    const s = c.person();
    const rcp = c.person();
    const other: Country = c.r.pick(['US', 'UK', 'DE', 'FR', 'ES', 'CH', 'MX', 'AU']);
    c.add(
      w`CN23 / ${c.L('CUSTOMS DECLARATION', 'ZOLLINHALTSERKLÄRUNG', 'DÉCLARATION EN DOUANE', 'DECLARACIÓN DE ADUANA')}\n${c.L('Sender', 'Absender', 'Expéditeur', 'Remitente')}: ${c.name(s, ['allCaps', 'full'])}\n${c.addr()}\nTel ${c.phone(true)}\n${c.L('Recipient', 'Empfänger', 'Destinataire', 'Destinatario')}: ${c.name(rcp, ['allCaps', 'full'])}\n${c.addr(other)}\nTel ${c.phone(true, other)}\n${c.L('Contents', 'Inhalt', 'Contenu', 'Contenido')}: ${c.r.pick(['2x T-shirt, cotton', 'Books (used)', 'Coffee 500 g', 'Ceramic mug'])}  HS 6109.10  ${c.L('Value', 'Wert', 'Valeur', 'Valor')}: ${c.price()}\n${c.L('Tracking', 'Sendungsnr.', 'N° de suivi', 'Seguimiento')}: ${c.order()}\n`,
    );
  },
  dating_report(c) {
    const rep = c.person();
    const usr = c.person();
    const slug = c.slug(usr);
    c.say(
      w`Report #${c.r.digits(6)} — category: harassment\nReporter: ${c.nameAs(rep, 'given')} (${c.email(rep)})\nReported profile: ${c.nameAs(usr, 'given')}, 34 — ${c.url(`https://app.sparkmatch.io/u/${slug}-${c.r.digits(4)}`)}\nReporter says: "they kept texting me from ${c.phone()} after i unmatched, and found my insta. his real name is ${c.nameAs(usr, 'lowerFull')} i think"\nLast login IP of reported user: ${c.ip()}\n`,
      w`Meldung Nr. ${c.r.digits(6)} — Kategorie: Fake-Profil\nGemeldet von: ${c.nameAs(rep, 'given')} <${c.email(rep)}>\nProfil: ${c.url(`https://flirtwerk.de/profil/${slug}`)}\nText: "Die Fotos gehören eigentlich ${c.nameAs(usr, 'full')}, einer Bekannten von mir. Die Person schreibt allen, sie sollen per WhatsApp an ${c.phone()} schreiben."\nLetzte IP: ${c.ip()}\n`,
      w`Signalement n° ${c.r.digits(6)} — motif : arnaque\nAuteur : ${c.nameAs(rep, 'lower')} (${c.email(rep)})\nProfil signalé : ${c.url(`https://rencontres-amour.fr/p/${slug}`)}\nMessage : « il m'a demandé ${c.price()} pour un billet d'avion, puis son numéro ${c.phone()} ne répondait plus. il disait s'appeler ${c.nameAs(usr, 'full')} »\nIP : ${c.ip()}\n`,
      w`Denuncia nº ${c.r.digits(6)} — motivo: acoso\nDenunciante: ${c.nameAs(rep, 'given')} (${c.email(rep)})\nPerfil: ${c.url(`https://ligamos.es/perfil/${slug}`)}\nDescripción: "me escribe desde el ${c.phone()} aunque lo bloqueé. se llama ${c.nameAs(usr, 'lowerFull')}"\nIP de acceso: ${c.ip()}\n`,
    );
  },
  hotel_folio_fixed(c) {
    const g = c.person();
    c.add(
      w`${c.L('GUEST FOLIO', 'GASTRECHNUNG', 'FACTURE CLIENT', 'FACTURA HUÉSPED')}  ${c.order()}\n${c.L('Guest', 'Gast', 'Client', 'Huésped')}:   ${c.nameAs(g, c.r.pick(['capsLast', 'lastFirst', 'allCaps'] as const))}\n${c.L('Address', 'Adresse', 'Adresse', 'Dirección')}: ${c.addr()}\n${c.L('Room', 'Zimmer', 'Chambre', 'Habitación')}: ${c.r.int(101, 845)}    ${c.L('Arrival', 'Anreise', 'Arrivée', 'Llegada')}: ${c.date()}\n\n`,
    );
    const items = c
      .L(
        'Room charge|Breakfast|Minibar|City tax',
        'Logis|Frühstück|Minibar|Kurtaxe',
        'Hébergement|Petit-déjeuner|Minibar|Taxe de séjour',
        'Alojamiento|Desayuno|Minibar|Tasa turística',
      )
      .split('|');
    for (const it of items) {
      const d = c.date();
      const pr = c.price();
      c.add(
        d,
        ' '.repeat(Math.max(2, 14 - d.v.length)),
        it,
        ' '.repeat(Math.max(2, 18 - it.length)),
        pr,
        '\n',
      );
    }
    c.add(
      w`\n${c.L('Paid by card', 'Bezahlt mit Karte', 'Réglé par carte', 'Pagado con tarjeta')} ${c.card()}\n`,
    );
  },
  sms_2fa_log(c) {
    for (let i = 0, k = c.r.int(4, 7); i < k; i++) {
      const code = c.r.digits(6);
      c.add(
        c.ts(),
        c.r.pick([' INFO ', '  INFO  ', ' [info] ']),
        `otp.send provider=${c.r.pick(['twilio', 'vonage', 'messagebird'])} to=`,
        c.phone(true, c.r.chance(0.7) ? c.country : c.r.pick(['US', 'UK', 'DE', 'FR', 'ES', 'MX'])),
        ` template=login_code code=${code} req_ip=`,
        c.ip(),
        ` status=${c.r.pick(['delivered', 'queued', 'delivered', 'failed'])}\n`,
      );
    }
  },
  crm_tsv(c) {
    c.add(
      c.L(
        'contact\temail\tphone\tcity\tlast_touch\tdeal\n',
        'Kontakt\tE-Mail\tTelefon\tOrt\tLetzter Kontakt\tVolumen\n',
        'contact\temail\ttéléphone\tville\tdernier contact\tmontant\n',
        'contacto\tcorreo\tteléfono\tciudad\túltimo contacto\timporte\n',
      ),
    );
    for (let i = 0, k = c.r.int(3, 6); i < k; i++) {
      const p = c.person();
      c.add(
        c.name(p, ['full', 'full', 'lastFirst', 'capsLast']),
        '\t',
        c.email(p),
        '\t',
        c.phone(),
        '\t',
        c.r.pick(['Berlin', 'Lyon', 'Sevilla', 'Austin', 'Leeds', 'Graz', 'Puebla']),
        '\t',
        c.date(),
        '\t',
        c.price(),
        '\n',
      );
    }
  },
  crm_fixed_width(c) {
    const rows: [EntPiece, EntPiece, EntPiece][] = [];
    for (let i = 0, k = c.r.int(3, 6); i < k; i++) {
      const p = c.person();
      rows.push([c.name(p, ['full', 'full', 'capsLast', 'initial']), c.phone(), c.email(p)]);
    }
    const w1 = Math.max(...rows.map((x) => x[0].v.length), 8) + 2;
    const w2 = Math.max(...rows.map((x) => x[1].v.length), 8) + 2;
    const h = c
      .L(
        'NAME|PHONE|EMAIL',
        'NAME|TELEFON|E-MAIL',
        'NOM|TÉLÉPHONE|COURRIEL',
        'NOMBRE|TELÉFONO|CORREO',
      )
      .split('|');
    c.add(
      (h[0] ?? '').padEnd(w1),
      (h[1] ?? '').padEnd(w2),
      h[2] ?? '',
      '\n',
      '-'.repeat(w1 + w2 + 30),
      '\n',
    );
    for (const [a, b, m] of rows)
      c.add(a, ' '.repeat(w1 - a.v.length), b, ' '.repeat(w2 - b.v.length), m, '\n');
    c.add(
      c.L(
        `(${rows.length} rows)\n`,
        `(${rows.length} Zeilen)\n`,
        `(${rows.length} lignes)\n`,
        `(${rows.length} filas)\n`,
      ),
    );
  },
  slack_thread(c) {
    const a = c.person();
    const b = c.person();
    const x = c.person();
    c.say(
      w`#deploys\n${c.nameAs(a, 'lowerFull')}  10:02\nanyone know why the notifier is failing? it's using ${c.e2('SLACK_TOKEN', slackToken(c.r))}\n${c.nameAs(b, 'given')}  10:04\nthat one got rotated, ask ${c.nameAs(x, 'given')}. also pls don't paste tokens in here\n${c.nameAs(a, 'lowerFull')}  10:05\noops. release ${c.version()} is blocked anyway until ${c.month()}\n`,
      w`#plattform\n${c.nameAs(a, 'full')}  09:12\nDer Build bricht ab, Token abgelaufen? Im Runner steht GITHUB_TOKEN=${c.e2('GITHUB_TOKEN', ghToken(c.r))}\n${c.nameAs(b, 'lower')}  09:15\nbitte sofort widerrufen 🙈 ${c.nameAs(x, 'given')} kann einen neuen anlegen\n${c.nameAs(a, 'full')}  09:16\nerledigt, Commit ${c.sha()}\n`,
      w`#support-n2\n${c.nameAs(a, 'lower')}  14:20\nle client ${c.nameAs(x, 'full')} n'arrive plus à se connecter depuis ${c.ip()}\n${c.nameAs(b, 'full')}  14:22\nsa session JWT : ${c.e2('JWT', jwt(c.r))} — expirée ?\n${c.nameAs(a, 'lower')}  14:23\noui, je lui renvoie le lien ce soir\n`,
      w`#infra\n${c.nameAs(a, 'full')}  11:40\nel webhook de alertas usa ${c.e2('SLACK_TOKEN', slackToken(c.r))}, ¿lo cambiamos?\n${c.nameAs(b, 'lower')}  11:41\nsí, que lo haga ${c.nameAs(x, 'given')} antes del despliegue de la ${c.version()}\n`,
    );
  },
  meeting_minutes(c) {
    const ps = Array.from({ length: c.r.int(3, 5) }, () => c.person());
    c.add(
      c.L(
        'Minutes — parish council',
        'Protokoll der Eigentümerversammlung',
        'Compte rendu — conseil d’école',
        'Acta de la junta de vecinos',
      ),
      ' ',
      c.date(),
      '\n',
      c.L('Present: ', 'Anwesend: ', 'Présents : ', 'Asistentes: '),
    );
    ps.forEach((p, i) => c.add(i > 0 ? ', ' : '', c.name(p, ['full', 'initial', 'capsLast'])));
    const [p0, p1, p2] = [ps[0] as Person, ps[1] as Person, ps[2] as Person];
    c.say(
      w`\n1. Roof repairs: quote of ${c.price()} accepted. ${c.nameAs(p0, 'given')} to sign.\n2. Hall booking for ${c.month()}: ${c.nameAs(p1, 'full')} will handle it; contact ${c.phone()}.\n3. AOB: ${c.nameAs(p2, 'family')} raised parking on ${c.notName('Church Lane')}.\nNext meeting: ${c.date()}\n`,
      w`\nTOP 1: Fassadensanierung, Angebot über ${c.price()} angenommen.\nTOP 2: ${c.nameAs(p1, 'family')} übernimmt die Schlüsselverwaltung, erreichbar unter ${c.phone()}.\nTOP 3: ${c.nameAs(p2, 'given')} bittet um Prüfung der Heizkostenabrechnung.\nNächste Versammlung: ${c.date()}\n`,
      w`\n1. Sortie scolaire en ${c.month()} : budget ${c.price()}.\n2. ${c.nameAs(p1, 'full')} coordonne la kermesse (${c.phone()}).\n3. ${c.nameAs(p0, 'given')} demande un passage piéton devant l'école.\nProchaine réunion : ${c.date()}\n`,
      w`\n1. Derrama por el ascensor: ${c.price()} por vivienda.\n2. ${c.nameAs(p1, 'full')} será el nuevo presidente (tel. ${c.phone()}).\n3. ${c.nameAs(p2, 'given')} pide revisar la puerta del garaje.\nPróxima junta: ${c.date()}\n`,
    );
  },
  obituary(c) {
    const d = c.person();
    const s1 = c.person();
    const s2: Person = { ...c.person(), family: d.family };
    c.say(
      w`${c.nameAs(d, c.r.pick(['full', 'middle'] as const))}, born ${c.dob(1925, 1955)} in ${c.r.pick(['Dayton', 'Sheffield', 'Ballarat', 'Halifax'])}, passed away peacefully on ${c.date()}. ${d.female ? 'She' : 'He'} is survived by ${d.female ? 'her husband' : 'his wife'} ${c.nameAs(s1, 'full')} and ${d.female ? 'her' : 'his'} son ${c.nameAs(s2, 'given')}. A service will be held at St. Mary's, ${c.addr()}. In lieu of flowers, donations to the hospice.\n`,
      w`In stiller Trauer nehmen wir Abschied von\n\n${c.nameAs(d, 'full')}\n* ${c.dob(1925, 1955)}   † ${c.date()}\n\nIn Liebe: ${c.nameAs(s1, 'full')}, ${c.nameAs(s2, 'given')} mit Familie\nDie Trauerfeier findet am ${c.date()} in der Friedhofskapelle statt.\nKondolenzadresse: ${c.addr()}\n`,
      w`Avis de décès\n\n${c.nameAs(d, 'full')}, né(e) le ${c.dob(1925, 1955)}, nous a quittés le ${c.date()}.\nDe la part de ${c.nameAs(s1, 'full')}, son épouse, et de ${c.nameAs(s2, 'given')}, son fils.\nLes obsèques seront célébrées en l’église Saint-Martin. Condoléances : ${c.addr()}\n`,
      w`Esquela\n\nDON/DOÑA ${c.nameAs(d, 'allCaps')}\nNació el ${c.dob(1925, 1955)} y falleció el ${c.date()}.\nSus hijos ${c.nameAs(s1, 'given')} y ${c.nameAs(s2, 'given')}, nietos y demás familia ruegan una oración por su alma.\nVelatorio: ${c.addr()}\n`,
    );
  },
  sports_results(c) {
    c.add(
      c.L(
        'Pl;Athlete;Club;Time\n',
        'Platz;Name;Verein;Zeit\n',
        'Rang;Athlète;Club;Temps\n',
        'Puesto;Atleta;Club;Tiempo\n',
      ),
    );
    for (let i = 1, k = c.r.int(4, 8); i <= k; i++) {
      const p = c.person();
      c.add(
        `${i};`,
        c.name(p, ['capsLast', 'full', 'lastFirst']),
        `;${c.r.pick(['TV Jahn', 'RC Lyon', 'CA Ourense', 'Harriers AC', 'LG Wien', 'SC Biel'])};${c.r.int(31, 58)}:${pad2(c.r.int(0, 59))}\n`,
      );
    }
    c.add(
      c.L(
        'Results provisional until ',
        'Ergebnisse vorläufig bis ',
        'Résultats provisoires jusqu’au ',
        'Resultados provisionales hasta el ',
      ),
      c.date(),
      '.\n',
    );
  },
  crash_env_dump(c) {
    const p = c.person();
    c.add(
      w`Unhandled rejection at ${c.ts()}: TypeError: Cannot read properties of undefined (reading 'plan')\n    at BillingService.renew (/app/dist/billing.js:212:19)\n    user=${c.email(p)} tenant=${c.uuid()}\n--- environment ---\nNODE_ENV=production\nAPP_VERSION=${c.version()}\nAWS_ACCESS_KEY_ID=${c.e2('AWS_ACCESS_KEY', awsKey(c.r))}\nAWS_SECRET_ACCESS_KEY=${c.e2('GENERIC_SECRET', awsSecret(c.r))}\nSTRIPE_SECRET_KEY=${c.e2('GENERIC_SECRET', `sk_live_${c.r.chars(c.r.int(24, 30), ALNUM)}`)}\nREDIS_HOST=${c.ip4()}\nSUPPORT_URL=${c.url('https://help.example.org/billing')}\n`,
    );
  },
  docker_compose(c) {
    c.add(
      w`# ${c.L('do not commit', 'nicht einchecken', 'ne pas committer', 'no subir al repo')}\nservices:\n  api:\n    image: registry.internal/shop-api:${c.version()}\n    environment:\n      DATABASE_PASSWORD: ${c.e2('GENERIC_SECRET', c.r.chars(c.r.int(32, 40), ALNUM))}\n      JWT_SIGNING_KEY: "${c.e2('GENERIC_SECRET', c.r.chars(c.r.int(32, 44), HEX))}"\n      ADMIN_EMAIL: ${c.email()}\n      GITHUB_TOKEN: ${c.e2('GITHUB_TOKEN', ghToken(c.r))}\n    extra_hosts:\n      - "db.internal:${c.ip4()}"\n`,
    );
  },
  k8s_secret(c) {
    c.add(
      w`apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-${c.r.pick(['prod', 'staging'])}\n  uid: ${c.uuid()}\ntype: Opaque\nstringData:\n  api-key: ${c.e2('GENERIC_SECRET', genericSecret(c.r))}\n  slack-bot-token: ${c.e2('SLACK_TOKEN', slackToken(c.r))}\n  aws-access-key-id: ${c.e2('AWS_ACCESS_KEY', awsKey(c.r))}\n---\n# ${c.L('mounted as', 'eingehängt als', 'monté en', 'montado como')} /etc/tls/tls.key\n`,
    );
    c.add(e('PRIVATE_KEY', pem(c.r)), '\n');
  },
  terraform_tfvars(c) {
    const p = c.person();
    c.add(
      w`# terraform.tfvars (${c.L('local only', 'nur lokal', 'local uniquement', 'solo local')})\nregion            = "eu-central-1"\naws_access_key    = "${c.e2('AWS_ACCESS_KEY', awsKey(c.r))}"\naws_secret_key    = "${c.e2('GENERIC_SECRET', awsSecret(c.r))}"\nowner_email       = "${c.workEmail(p, c.r.pick(['acme-logistics.com', 'kontor24.de', 'groupe-lumen.fr', 'tiendas-sol.es']))}"\nallowed_cidrs     = ["${c.ip4()}/32", "${c.ip4()}/32"]\nmodule_version    = "${c.version()}"\n`,
    );
  },
  git_diff_leak(c) {
    const p = c.person();
    c.add(
      w`commit ${n('sha', c.r.chars(40, HEX))}\nAuthor: ${c.nameAs(p, 'full')} <${c.workEmail(p, c.r.pick(['devhaus.io', 'example.com', 'fintrail.eu']))}>\nDate:   ${c.ts()}\n\n    ${c.L('add staging config', 'Staging-Konfiguration ergänzt', 'ajoute la config de préprod', 'añade config de staging')}\n\ndiff --git a/config/staging.env b/config/staging.env\nindex ${n('sha', c.r.chars(7, HEX))}..${n('sha', c.r.chars(7, HEX))} 100644\n--- a/config/staging.env\n+++ b/config/staging.env\n@@ -3,4 +3,7 @@\n API_BASE=${c.url('https://staging-api.fintrail.eu/v2')}\n-LOG_LEVEL=debug\n+LOG_LEVEL=info\n+SENDGRID_API_KEY=${c.e2('GENERIC_SECRET', `SG.${c.r.chars(22, ALNUM)}.${c.r.chars(20, ALNUM)}`)}\n+GH_DEPLOY_TOKEN=${c.e2('GITHUB_TOKEN', ghToken(c.r))}\n+SESSION_SECRET=${c.e2('GENERIC_SECRET', c.r.chars(c.r.int(32, 44), ALNUM))}\n`,
    );
  },
  support_macro(c) {
    const cu = c.person();
    const ag = c.person();
    c.say(
      w`Hi ${c.nameAs(cu, 'given')},\n\nThanks for reaching out about order ${c.order()}. I've issued a refund of ${c.price()} to the card ending in 4821; it should appear within 5–10 business days. You can track it here: ${c.url(`https://support.shopwell.com/refunds?order=${c.r.digits(8)}&lang=en`)}\n\nBest,\n${c.nameAs(ag, 'given')} | Customer Care\n`,
      w`Hallo ${c.title(cu)} ${c.nameAs(cu, 'family')},\n\nvielen Dank für Ihre Nachricht zur Bestellung ${c.order()}. Die Gutschrift über ${c.price()} wurde veranlasst. Den Status finden Sie unter ${c.url(`https://hilfe.kaufhaus-nord.de/erstattung/${c.r.digits(8)}`)}.\n\nFreundliche Grüße\n${c.name(ag, ['full', 'given'])}\nKundenservice\n`,
      w`Bonjour ${c.nameAs(cu, 'full')},\n\nsuite à votre demande concernant la commande ${c.order()}, nous avons procédé au remboursement de ${c.price()}. Suivi : ${c.url(`https://aide.maboutique.fr/suivi?cmd=${c.r.digits(8)}`)}\n\nCordialement,\n${c.nameAs(ag, 'given')}, service client\n`,
      w`Hola, ${c.nameAs(cu, 'given')}:\n\nhemos gestionado el reembolso de ${c.price()} del pedido ${c.order()}. Puedes consultarlo en ${c.url(`https://ayuda.tiendaluna.es/pedidos/${c.r.digits(8)}`)}.\n\nUn saludo,\n${c.nameAs(ag, 'full')}\nAtención al cliente\n`,
    );
  },
  json_user_export(c) {
    const p = c.person();
    c.add(
      w`{\n  "id": "${c.uuid()}",\n  "displayName": "${c.name(p, ['full', 'full', 'given'])}",\n  "email": "${c.email(p)}",\n  "phone": "${c.phone(true)}",\n  "birthdate": "${e('DATE_OF_BIRTH', `${c.r.int(1950, 2004)}-${pad2(c.r.int(1, 12))}-${pad2(c.r.int(1, 28))}`)}",\n  "address": "${c.addr()}",\n  "lastLoginIp": "${c.ip()}",\n${c.lang === 'en' && c.r.chance(0.5) ? w`  "ssn": "${e('US_SSN', ssn(c.r))}",\n` : []}  "createdAt": "${n('timestamp', new Date(c.r.int(1600000000, 1730000000) * 1000).toISOString())}",\n  "plan": "pro",\n  "locale": "${c.lang}"\n}\n`,
    );
  },
  yaml_contact(c) {
    const p = c.person();
    const em = c.person();
    c.add(
      w`- contact:\n    name: ${c.name(p, ['full', 'lastFirst'])}\n    role: ${c.L('tenant', 'Mieter', 'locataire', 'inquilino')}\n    phone: "${c.phone()}"\n    email: ${c.email(p)}\n    address: ${c.addr()}\n    emergency_contact: ${c.name(em, ['full', 'given'])} (${c.phone()})\n    since: ${c.date(2015, 2024)}\n`,
    );
  },
  access_log(c) {
    for (let i = 0, k = c.r.int(4, 7); i < k; i++) {
      const ts = new Date(c.r.int(1700000000, 1730000000) * 1000);
      c.add(
        c.ip(),
        ` - - [${ts.toUTCString().slice(5, 25)} +0000] "${c.r.pick(['GET', 'POST'])} /api/v1/${c.r.pick(['orders', 'login', 'profile', 'cart'])} HTTP/1.1" ${c.r.pick(['200', '200', '302', '401', '500'])} ${c.r.int(120, 9000)} "-" "Mozilla/5.0"`,
      );
      if (c.r.chance(0.3)) c.add(' user=', c.email());
      c.add('\n');
    }
  },
  car_rental(c) {
    const p = c.person();
    const p2 = c.person();
    c.say(
      w`RENTAL AGREEMENT ${c.order()}\nMain driver: ${c.nameAs(p, 'allCaps')}   Date of birth: ${c.dob(1950, 2001)}\nAdditional driver: ${c.nameAs(p2, 'allCaps')}\nHome address: ${c.addr()}\nContact: ${c.phone()}\nVehicle: VW Golf or similar, pick-up ${c.date()}\nDeposit authorised on card ${c.card()}: ${c.price()}\n`,
      w`MIETVERTRAG ${c.order()}\nFahrer: ${c.nameAs(p, 'lastFirst')}, geboren am ${c.dob(1950, 2001)}\nZusatzfahrer: ${c.name(p2, ['full'])}\nWohnanschrift: ${c.addr()}\nMobil: ${c.phone()}\nÜbernahme: ${c.date()}, Kaution ${c.price()} auf Kreditkarte ${c.card()}\n`,
      w`CONTRAT DE LOCATION ${c.order()}\nConducteur principal : ${c.nameAs(p, 'capsLast')}, né(e) le ${c.dob(1950, 2001)}\nConducteur additionnel : ${c.nameAs(p2, 'capsLast')}\nAdresse : ${c.addr()}\nTél. : ${c.phone()}\nDépôt de garantie ${c.price()} — carte ${c.card()}\n`,
      w`CONTRATO DE ALQUILER ${c.order()}\nConductor: ${c.nameAs(p, 'full')}, nacido/a el ${c.dob(1950, 2001)}\nSegundo conductor: ${c.name(p2, ['full'])}\nDomicilio: ${c.addr()}\nTeléfono: ${c.phone()}\nFianza ${c.price()} bloqueada en la tarjeta ${c.card()}\n`,
    );
  },
  gym_sepa(c) {
    const p = c.person();
    c.say(
      w`Membership sign-up — FitYard ${c.r.pick(['Camden', 'Leith', 'Carlton'])}\nName: ${c.name(p, ['full', 'middle'])}\nDOB: ${c.dob(1965, 2006)}\nEmail: ${c.email(p)}\nDirect debit from: ${c.iban()}\nFirst payment ${c.date()}: ${c.price()}\n`,
      w`SEPA-Lastschriftmandat\nKontoinhaber/in: ${c.name(p, ['full', 'lastFirst'])}\nAnschrift: ${c.addr()}\nIBAN: ${c.iban()}\nGläubiger-ID: DE98ZZZ09999999999 · Mandatsreferenz ${c.order()}\nGeburtsdatum (für die Mitgliedschaft): ${c.dob(1965, 2006)}\nDatum: ${c.date()}\n`,
      w`Mandat de prélèvement SEPA — salle Les Docks\nDébiteur : ${c.nameAs(p, 'capsLast')}\nAdresse : ${c.addr()}\nIBAN : ${c.iban()}\nRéférence unique du mandat : ${c.order()}\nDate de naissance : ${c.dob(1965, 2006)}\nFait le ${c.date()}\n`,
      w`Alta de socio — Gimnasio Olimpo\nNombre: ${c.name(p, ['full'])}\nFecha de nacimiento: ${c.dob(1965, 2006)}\nCorreo: ${c.email(p)}\nDomiciliación: ${c.iban()}\nCuota: ${c.price()}/mes desde el ${c.date()}\n`,
    );
  },
  dental_sms(c) {
    const p = c.person();
    c.say(
      w`Hi ${c.nameAs(p, 'given')}, reminder: your appointment at Bright Smile Dental is on ${c.date()} at 3:40pm with ${c.dr()} ${c.nameAs(c.person(), 'family')}. Reply C to confirm or call ${c.phone()}.`,
      w`Hallo ${c.nameAs(p, 'given')}, Erinnerung an Ihren Termin am ${c.date()} um 08:15 Uhr in der Zahnarztpraxis ${c.dr()} ${c.nameAs(c.person(), 'family')}. Absagen bitte unter ${c.phone()}.`,
      w`Bonjour ${c.nameAs(p, 'given')}, RDV le ${c.date()} à 10h30 au cabinet du ${c.dr()} ${c.nameAs(c.person(), 'family')}. Pour annuler : ${c.phone()}. STOP au 36111`,
      w`Hola ${c.nameAs(p, 'given')}, le recordamos su cita el ${c.date()} a las 17:00 con la ${c.dr()} ${c.nameAs(c.person(), 'full')}. Para cambiarla llame al ${c.phone()}.`,
    );
  },
  parcel_ship_to(c) {
    const p = c.person();
    c.add(
      w`${c.L('Your parcel is on its way', 'Ihr Paket ist unterwegs', 'Votre colis est en route', 'Tu paquete está en camino')} — ${c.order()}\n\n${c.L('SHIP TO', 'LIEFERADRESSE', 'LIVRAISON À', 'ENVIAR A')}:\n${c.nameAs(p, c.r.pick(['full', 'allCaps'] as const))}\n${c.addr()}\n\n${c.L('Estimated delivery', 'Voraussichtliche Zustellung', 'Livraison estimée', 'Entrega estimada')}: ${c.date()}\n${c.L('Items', 'Artikel', 'Articles', 'Artículos')}: 1× ${c.product()} — ${c.price()}\n${c.url(`https://track.parcelnet.eu/${c.r.chars(12, UPPER + DIG)}`)}\n`,
    );
  },
  ticket_resale_dispute(c) {
    const b = c.person();
    const s = c.person();
    c.say(
      w`Dispute opened by buyer ${c.name(b, ['full', 'initial'])} (${c.email(b)}) against seller ${c.name(s, ['full', 'given'])}.\nListing: 2× standing, ${c.r.pick(['Coldplay', 'Taylor Swift', 'Arctic Monkeys'])}, ${c.date()}. Paid ${c.price()}.\nBuyer: "the barcodes were already scanned. seller stopped answering at ${c.phone()}."\nSeller payout account: ${c.iban()}\n`,
      w`Reklamation Ticketbörse\nKäufer: ${c.name(b, ['full'])} <${c.email(b)}>\nVerkäufer: ${c.name(s, ['full', 'lastFirst'])}\nKonzert am ${c.date()}, Preis ${c.price()}.\n„Die Karten waren ungültig. Der Verkäufer ist unter ${c.phone()} nicht mehr erreichbar.“\nAuszahlungskonto Verkäufer: ${c.iban()}\n`,
      w`Litige revente de billets\nAcheteur : ${c.name(b, ['full'])} (${c.email(b)})\nVendeur : ${c.nameAs(s, 'capsLast')}\nConcert du ${c.date()} — ${c.price()}\n« Billets déjà utilisés, le vendeur ne répond plus au ${c.phone()}. »\nCompte du vendeur : ${c.iban()}\n`,
      w`Reclamación reventa\nComprador: ${c.name(b, ['full'])} (${c.email(b)})\nVendedor: ${c.name(s, ['full'])}\nConcierto: ${c.date()} · ${c.price()}\n"Las entradas ya estaban usadas y no contesta al ${c.phone()}."\nCuenta del vendedor: ${c.iban()}\n`,
    );
  },
  coworking_badges(c) {
    c.add(
      c.L(
        'badge log — Floor 3\n',
        'Zutrittsprotokoll — 3. OG\n',
        'journal des badges — 3e étage\n',
        'registro de accesos — planta 3\n',
      ),
    );
    for (let i = 0, k = c.r.int(4, 7); i < k; i++) {
      const p = c.person();
      c.add(
        c.ts(),
        '  badge=',
        String(c.r.int(10000, 99999)),
        '  holder="',
        c.name(p, ['full', 'lastFirst', 'capsLast']),
        '"  door=',
        c.r.pick(['N-01', 'N-02', 'S-07']),
        '  gw=',
        c.ip4(),
        '\n',
      );
    }
  },
  speakers_markdown(c) {
    c.add(
      c.L(
        '## Speakers\n\n| Speaker | Talk | Contact |\n|:--|:--|:--|\n',
        '## Vortragende\n\n| Name | Vortrag | Kontakt |\n|:--|:--|:--|\n',
        '## Intervenants\n\n| Nom | Sujet | Contact |\n|:--|:--|:--|\n',
        '## Ponentes\n\n| Nombre | Charla | Contacto |\n|:--|:--|:--|\n',
      ),
    );
    for (let i = 0, k = c.r.int(3, 5); i < k; i++) {
      const p = c.person();
      c.add(
        '| ',
        c.name(p, ['full', 'full', 'middle']),
        ` | ${c.r.pick(['Observability on a budget', 'Rust im Embedded-Umfeld', 'Accessibilité web', 'Datos abiertos'])} | `,
      );
      if (c.r.chance(0.5))
        c.add(c.url(`https://www.linkedin.com/in/${c.slug(p)}-${c.r.chars(6, LOWER + DIG)}`));
      else c.add(c.email(p));
      c.add(' |\n');
    }
  },
  alumni_notes(c) {
    const a = c.person();
    const b = c.person();
    const k = c.person();
    c.say(
      w`Class of '0${c.r.int(1, 9)} notes: ${c.name(a)} writes that she moved to ${c.r.pick(['Denver', 'Perth', 'Cork'])} and married ${c.name(b, ['full', 'given'])} in ${c.month()}. Their daughter ${c.nameAs(k, 'given')} was born ${c.dob(2019, 2024)}. Say hi at ${c.email(a)}!\n`,
      w`Aus dem Alumni-Netzwerk: ${c.name(a, ['full'])} hat im ${c.month()} ihre Praxis eröffnet, gemeinsam mit ${c.name(b, ['full'])}. Wer sich melden möchte: ${c.email(a)} oder ${c.phone()}.\n`,
      w`Nouvelles des anciens : ${c.name(a, ['full'])} (promo ${c.r.int(1998, 2012)}) a rejoint ${c.company()} à Montréal. ${c.nameAs(b, 'given')} et elle attendent un deuxième enfant pour ${c.month()}. Écrivez-lui : ${c.email(a)}\n`,
      w`Noticias de antiguos alumnos: ${c.name(a, ['full'])} se ha casado con ${c.name(b, ['full'])} en Oaxaca. Su hijo ${c.nameAs(k, 'given')} nació el ${c.dob(2019, 2024)}. Contacto: ${c.email(a)}\n`,
    );
  },
  donation_receipt(c) {
    const p = c.person();
    c.say(
      w`Donation receipt ${c.order()}\nReceived with thanks from ${c.name(p, ['full', 'middle'])}, ${c.addr()}, the sum of ${c.price()} on ${c.date()}.\nGift Aid declaration signed. Bank reference ${c.iban()}.\n`,
      w`Zuwendungsbestätigung ${c.order()}\nName und Anschrift des Zuwendenden: ${c.name(p, ['full'])}, ${c.addr()}\nBetrag: ${c.price()} — Tag der Zuwendung: ${c.date()}\nEingegangen auf unser Konto von ${c.iban()}.\n`,
      w`Reçu fiscal ${c.order()}\nDonateur : ${c.title(p)} ${c.nameAs(p, 'full')}, ${c.addr()}\nMontant : ${c.price()} — versé le ${c.date()} depuis ${c.iban()}\n`,
      w`Certificado de donación ${c.order()}\nDonante: ${c.name(p, ['full'])}, ${c.addr()}\nImporte: ${c.price()} el ${c.date()}\nCuenta de cargo: ${c.iban()}\n`,
    );
  },
  ssh_key_ticket(c) {
    const p = c.person();
    const it = c.person();
    c.say(
      w`Ticket: cannot log in to build box\nFrom: ${c.nameAs(p, 'full')} <${c.email(p)}>\n\nhi, here is my key so you can add it:\n\n`,
      w`Ticket: Zugang Build-Server\nVon: ${c.nameAs(p, 'full')} <${c.email(p)}>\n\nHallo, anbei mein Schlüssel zum Freischalten:\n\n`,
      w`Ticket : accès serveur de build\nDe : ${c.nameAs(p, 'full')} <${c.email(p)}>\n\nbonjour, voici ma clé pour l’ajouter :\n\n`,
      w`Ticket: acceso al servidor\nDe: ${c.nameAs(p, 'full')} <${c.email(p)}>\n\nhola, os paso mi clave:\n\n`,
    );
    c.add(e('PRIVATE_KEY', pem(c.r)), '\n\n');
    c.say(
      w`--\nReply from ${c.nameAs(it, 'given')} (IT): that's your PRIVATE key. Please generate a new pair; I've revoked access from ${c.ip()}.\n`,
      w`--\nAntwort ${c.nameAs(it, 'full')} (IT): Das ist der private Schlüssel! Bitte neu erzeugen, Zugriff von ${c.ip()} gesperrt.\n`,
      w`--\nRéponse de ${c.nameAs(it, 'given')} (DSI) : c’est la clé privée… merci d’en générer une nouvelle. Accès depuis ${c.ip()} bloqué.\n`,
      w`--\nRespuesta de ${c.nameAs(it, 'given')} (Sistemas): eso es la clave privada; genera otra. He bloqueado ${c.ip()}.\n`,
    );
  },
  ci_build_log(c) {
    c.add(
      w`Run actions/checkout@v4\n[${c.ts()}] ${c.L('Resolved', 'Aufgelöst', 'Résolu', 'Resuelto')} ref ${c.sha()}\n[${c.ts()}] npm ci (node ${c.version()})\n[${c.ts()}] env:\n  NPM_TOKEN: ${c.e2('GENERIC_SECRET', `npm_${c.r.chars(36, ALNUM)}`)}\n  GITHUB_TOKEN: ${c.e2('GITHUB_TOKEN', ghToken(c.r))}\n[${c.ts()}] curl -H "Authorization: Bearer ${c.e2('JWT', jwt(c.r))}" ${c.url(`https://api.internal.example.net/deploy?build=${c.r.int(1000, 9999)}`)}\n[${c.ts()}] ##[error]Process completed with exit code 22.\n`,
    );
  },
  curl_chat(c) {
    const a = c.person();
    const b = c.person();
    c.say(
      w`${c.nameAs(a, 'given')}: works for me with\ncurl -s ${c.url('https://api.payrollhub.com/v3/employees?limit=50')} -H "Authorization: Bearer ${c.e2('JWT', jwt(c.r))}"\n${c.nameAs(b, 'given')}: thx! server is ${c.ip()} right?\n`,
      w`${c.nameAs(a, 'lower')}: probier mal\ncurl ${c.url('https://api.lohnbuero.de/v1/mitarbeiter')} -H "Authorization: Bearer ${c.e2('JWT', jwt(c.r))}"\n${c.nameAs(b, 'lower')}: geht, danke! läuft auf ${c.ip()}\n`,
      w`${c.nameAs(a, 'given')} : chez moi ça marche avec\ncurl ${c.url('https://api.paie-express.fr/v2/salaries')} -H "Authorization: Bearer ${c.e2('JWT', jwt(c.r))}"\n${c.nameAs(b, 'given')} : ok, c’est bien ${c.ip()} ?\n`,
      w`${c.nameAs(a, 'given')}: a mí me funciona así\ncurl ${c.url('https://api.nominas.es/v1/empleados')} -H "Authorization: Bearer ${c.e2('JWT', jwt(c.r))}"\n${c.nameAs(b, 'given')}: gracias, ¿el host es ${c.ip()}?\n`,
    );
  },
  seating_chart(c) {
    c.add(
      c.L(
        'table;guest;plus one;notes\n',
        'Tisch;Gast;Begleitung;Hinweis\n',
        'table;invité;accompagnant;remarques\n',
        'mesa;invitado;acompañante;notas\n',
      ),
    );
    for (let i = 0, k = c.r.int(4, 7); i < k; i++) {
      const p = c.person();
      c.add(`${c.r.int(1, 12)};`, c.name(p, ['full', 'full', 'given', 'capsLast']), ';');
      if (c.r.chance(0.5)) c.add(c.name(c.person(), ['full', 'given']));
      c.add(`;${c.r.pick(['vegan', 'gluten-free', '', 'highchair', 'nut allergy'])}\n`);
    }
  },
  babysitter_card(c) {
    const kid = c.person();
    const m = c.person();
    const f = c.person();
    c.say(
      w`Info for the sitter\nKid: ${c.nameAs(kid, 'given')} (born ${c.dob(2016, 2022)}) — bedtime 7:30, no screens after dinner\nMom: ${c.nameAs(m, 'given')} ${c.phone()}\nDad: ${c.nameAs(f, 'given')} ${c.phone()}\nPediatrician: ${c.dr()} ${c.nameAs(c.person(), 'family')}, ${c.phone()}\nWifi: Guest_5G / pw on fridge\n`,
      w`Für den Babysitter\nKind: ${c.nameAs(kid, 'given')}, geb. ${c.dob(2016, 2022)}\nMama (${c.nameAs(m, 'full')}): ${c.phone()}\nPapa: ${c.phone()}\nKinderärztin ${c.dr()} ${c.nameAs(c.person(), 'family')}: ${c.phone()}\nNachbarin ${c.title(f)} ${c.nameAs(f, 'family')} hat einen Schlüssel.\n`,
      w`Pour la baby-sitter\nEnfant : ${c.nameAs(kid, 'given')}, né(e) le ${c.dob(2016, 2022)}\nMaman : ${c.nameAs(m, 'given')} — ${c.phone()}\nPapa : ${c.nameAs(f, 'given')} — ${c.phone()}\nPédiatre : ${c.dr()} ${c.nameAs(c.person(), 'family')}, ${c.phone()}\n`,
      w`Para la canguro\nNiño/a: ${c.nameAs(kid, 'given')}, nació el ${c.dob(2016, 2022)}\nMamá (${c.nameAs(m, 'given')}): ${c.phone()}\nPapá (${c.nameAs(f, 'given')}): ${c.phone()}\nPediatra: ${c.dr()} ${c.nameAs(c.person(), 'full')}, ${c.phone()}\n`,
    );
  },
  host_message(c) {
    const g = c.person();
    const h = c.person();
    c.say(
      w`Hi ${c.nameAs(g, 'given')}! Looking forward to hosting you from ${c.date()}. The flat is at ${c.addr()}; key box code is sent on the day. Text me on ${c.phone()} if your flight is late. — ${c.nameAs(h, 'given')}`,
      w`Hallo ${c.nameAs(g, 'given')}, willkommen! Die Wohnung liegt in der ${c.addr()}, Check-in ab 15 Uhr am ${c.date()}. Bei Fragen: ${c.phone()}. Viele Grüße, ${c.nameAs(h, 'given')}`,
      w`Bonjour ${c.nameAs(g, 'given')}, l’appartement se trouve au ${c.addr()}. Arrivée le ${c.date()} à partir de 16 h. En cas de souci : ${c.phone()}. ${c.nameAs(h, 'given')}`,
      w`¡Hola ${c.nameAs(g, 'given')}! El piso está en ${c.addr()}. Llegada el ${c.date()}; el código de la caja te lo mando ese día. WhatsApp: ${c.phone()}. Un abrazo, ${c.nameAs(h, 'given')}`,
    );
  },
  notary_appointment(c) {
    const a = c.person();
    const b = c.person();
    const no = c.person();
    c.say(
      w`Closing scheduled for ${c.date()} at the office of ${c.name(no, ['full'])}, notary public.\nSeller: ${c.name(a, ['full', 'middle'])}, DOB ${c.dob(1940, 1990)}\nBuyer: ${c.name(b, ['full', 'middle'])}, DOB ${c.dob(1960, 2000)}\nProperty: ${c.addr()}\nPurchase price: ${c.price()}\n`,
      w`Beurkundungstermin am ${c.date()} bei ${c.title(no)} ${c.nameAs(no, 'full')}, Notar\nVerkäufer: ${c.nameAs(a, 'full')}, geb. ${c.dob(1940, 1990)}, wohnhaft ${c.addr()}\nKäuferin: ${c.nameAs(b, 'full')}, geb. ${c.dob(1960, 2000)}\nKaufpreis: ${c.price()}\n`,
      w`Signature de l’acte le ${c.date()} en l’étude de Maître ${c.nameAs(no, 'full')}\nVendeur : ${c.nameAs(a, 'capsLast')}, né le ${c.dob(1940, 1990)}\nAcquéreur : ${c.nameAs(b, 'capsLast')}, né(e) le ${c.dob(1960, 2000)}\nBien : ${c.addr()}\nPrix : ${c.price()}\n`,
      w`Firma de escritura el ${c.date()} ante el notario ${c.nameAs(no, 'full')}\nVendedor: ${c.nameAs(a, 'full')}, nacido el ${c.dob(1940, 1990)}\nComprador/a: ${c.nameAs(b, 'full')}, nacido/a el ${c.dob(1960, 2000)}\nInmueble: ${c.addr()}\nPrecio: ${c.price()}\n`,
    );
  },
  mortgage_email(c) {
    const p = c.person();
    const lo = c.person();
    c.add(
      w`${c.L('Pre-approval', 'Finanzierungszusage', 'Accord de principe', 'Preaprobación')} – ${c.nameAs(p, 'full')}\n\n`,
    );
    if (c.lang === 'en')
      c.add(
        w`Hi ${c.nameAs(p, 'given')},\n\nGreat news: you're pre-approved up to ${n('price', `$${c.r.int(180, 940)},000`)}. For the full application I still need a copy of your Social Security card (you wrote ${c.ssn()} on the form), your two latest pay stubs and the address of the property (${c.addr('US')}).\n\n${c.nameAs(lo, 'full')}\nLoan Officer · NMLS ${c.r.digits(6)} · ${c.phone(false, 'US')}\n`,
      );
    else
      c.add(
        c.L(
          '',
          'Guten Tag,\n\nwir können Ihnen ein Darlehen bis ',
          'Bonjour,\n\nnous pouvons vous accorder un prêt jusqu’à ',
          'Hola:\n\npodemos concederte una hipoteca de hasta ',
        ),
        c.price(),
        c.L('', ' zusagen. Objekt: ', '. Bien : ', '. Vivienda: '),
        c.addr(),
        '.\n',
        c.L('', 'Auszahlung auf ', 'Versement sur ', 'Abono en '),
        c.iban(),
        '\n\n',
        c.name(lo, ['full']),
        '\n',
        c.phone(),
        '\n',
      );
  },
  blood_donor(c) {
    const p = c.person();
    c.add(
      w`${c.L('Donor record', 'Spenderdaten', 'Fiche donneur', 'Ficha de donante')}\n${c.L('Name', 'Name', 'Nom', 'Nombre')}: ${c.name(p, ['lastFirst', 'capsLast', 'full'])}\n${c.L('DOB', 'Geb.-Datum', 'Date de naissance', 'F. nac.')}: ${c.dob(1958, 2006)}\n${c.L('Blood group', 'Blutgruppe', 'Groupe sanguin', 'Grupo')}: ${c.r.pick(['0+', 'A+', 'B-', 'AB+', 'A-'])}\n${c.L('Phone', 'Telefon', 'Tél.', 'Tel.')}: ${c.phone()}\n${c.L('Last donation', 'Letzte Spende', 'Dernier don', 'Última donación')}: ${c.date()}\n${c.L('Hb', 'Hb', 'Hb', 'Hb')} 14.1 g/dl\n`,
    );
  },
  library_notice(c) {
    const p = c.person();
    c.say(
      w`Dear ${c.nameAs(p, 'full')},\nthe following item is overdue: "The Left Hand of Darkness" (ISBN ${n('isbn', isbn(c.r))}), due ${c.date()}. Fine so far: ${c.price()}.\nRenew online: ${c.url('https://catalogue.citylibraries.org/account')}\nThis message was sent to ${c.email(p)}.\n`,
      w`${c.title(p)} ${c.nameAs(p, 'full')},\ndie Leihfrist für „Der Zauberberg“ (ISBN ${n('isbn', isbn(c.r))}) ist am ${c.date()} abgelaufen. Säumnisgebühr: ${c.price()}.\nKonto: ${c.url('https://opac.stadtbibliothek-beispiel.de/konto')}\n`,
      w`${c.title(p)} ${c.nameAs(p, 'capsLast')},\nle document « L’Écume des jours » (ISBN ${n('isbn', isbn(c.r))}) devait être rendu le ${c.date()}.\nMerci de le rapporter ou de le prolonger sur ${c.url('https://bm.ville-exemple.fr/compte')}.\n`,
      w`Estimado/a ${c.nameAs(p, 'full')}:\nel libro «Nada» (ISBN ${n('isbn', isbn(c.r))}) venció el ${c.date()}. Renueve en ${c.url('https://biblioteca.ayto-ejemplo.es/renovar')} o escriba a ${c.email(p)}.\n`,
    );
  },
  translation_quote(c) {
    const p = c.person();
    const pm = c.person();
    c.say(
      w`Quote ${c.order()} for ${c.name(p, ['full', 'initial'])}\nSource: 12 pages birth certificate + diploma, ES>EN certified\nTotal: ${c.price()} · delivery by ${c.date()}\nQuestions: ${c.name(pm, ['full', 'given'])}, ${c.phone()}, ${c.workEmail(pm, 'lexiconic.co.uk')}\n`,
      w`Angebot ${c.order()} für ${c.title(p)} ${c.nameAs(p, 'full')}\nBeglaubigte Übersetzung Geburtsurkunde FR>DE, 3 Seiten\nGesamt: ${c.price()}, Lieferung bis ${c.date()}\nAnsprechpartnerin: ${c.nameAs(pm, 'full')}, ${c.phone()}\n`,
      w`Devis ${c.order()} — ${c.title(p)} ${c.nameAs(p, 'full')}\nTraduction assermentée d’un acte de naissance (DE>FR)\nTotal : ${c.price()}, livraison le ${c.date()}\nContact : ${c.nameAs(pm, 'full')} — ${c.workEmail(pm, 'traductions-lumiere.fr')}\n`,
      w`Presupuesto ${c.order()} — ${c.nameAs(p, 'full')}\nTraducción jurada de partida de nacimiento (EN>ES)\nTotal: ${c.price()} · entrega ${c.date()}\nGestora: ${c.nameAs(pm, 'full')}, ${c.phone()}\n`,
    );
  },
  moving_inventory(c) {
    const p = c.person();
    const other: Country = c.country;
    c.add(
      w`${c.L('MOVE ORDER', 'UMZUGSAUFTRAG', 'ORDRE DE DÉMÉNAGEMENT', 'ORDEN DE MUDANZA')} ${c.order()}\n${c.L('Customer', 'Kunde', 'Client', 'Cliente')}: ${c.name(p, ['full', 'lastFirst', 'allCaps'])} — ${c.phone()}\n${c.L('From', 'Von', 'De', 'Desde')}: ${c.addr()}\n${c.L('To', 'Nach', 'À', 'Hasta')}:   ${c.addr(other)}\n${c.L('Date', 'Datum', 'Date', 'Fecha')}: ${c.date()}\n${c.L('Inventory', 'Inventar', 'Inventaire', 'Inventario')}: 32 ${c.L('boxes', 'Kartons', 'cartons', 'cajas')}, 1 ${c.L('piano', 'Klavier', 'piano', 'piano')}, ${c.product()}\n${c.L('Estimate', 'Kostenvoranschlag', 'Estimation', 'Presupuesto')}: ${c.price()}\n`,
    );
  },
  it_asset_handover(c) {
    const p = c.person();
    const it = c.person();
    c.add(
      w`${c.L('Asset handover', 'Geräteübergabe', 'Remise de matériel', 'Entrega de equipo')}\n${c.L('Employee', 'Mitarbeiter/in', 'Collaborateur', 'Empleado/a')}: ${c.name(p, ['full', 'lastFirst'])}\nLaptop: ${c.product()} SN ${c.r.chars(10, UPPER + DIG)}\nOS image ${c.version()}\n${c.L('Static IP', 'Feste IP', 'IP fixe', 'IP fija')}: ${c.ip()}\n${c.L('Handed over by', 'Übergeben von', 'Remis par', 'Entregado por')}: ${c.nameAs(it, 'initial')} ${c.L('on', 'am', 'le', 'el')} ${c.date()}\n`,
    );
  },
  sms_optout_tsv(c) {
    c.add('msisdn\tname\topted_out_at\tcampaign\n');
    for (let i = 0, k = c.r.int(3, 6); i < k; i++) {
      const p = c.person();
      c.add(
        c.phone(true),
        '\t',
        c.name(p, ['full', 'given', 'lowerFull']),
        '\t',
        c.ts(),
        `\t${c.r.pick(['spring_sale', 'newsletter', 'b2c_reactivation'])}\n`,
      );
    }
  },
  tenant_complaint(c) {
    const p = c.person();
    const nb = c.person();
    c.say(
      w`To the property manager,\n\nI live at ${c.addr()}. Since ${c.month()} my upstairs neighbour ${c.name(nb, ['full', 'family'])} has been running a washing machine after midnight. I have asked him twice. Please call me on ${c.phone()}.\n\n${c.nameAs(p, 'full')}\n`,
      w`Sehr geehrte Hausverwaltung,\n\nseit ${c.month()} kommt es in der Wohnung über mir (${c.title(nb)} ${c.nameAs(nb, 'family')}) nachts zu erheblichem Lärm. Meine Anschrift: ${c.addr()}. Sie erreichen mich unter ${c.phone()}.\n\nMit freundlichen Grüßen\n${c.nameAs(p, 'full')}\n`,
      w`Madame, Monsieur,\n\nje vous signale des nuisances sonores répétées de la part de ${c.title(nb)} ${c.nameAs(nb, 'family')}, mon voisin du dessus, depuis plusieurs semaines. Adresse : ${c.addr()}.\nJoignable au ${c.phone()}.\n\n${c.nameAs(p, 'full')}\n`,
      w`Estimado administrador:\n\nle escribo porque ${c.name(nb, ['full'])}, del piso de arriba, hace obras los domingos. Vivo en ${c.addr()}. Mi teléfono es ${c.phone()}.\n\nAtentamente,\n${c.nameAs(p, 'full')}\n`,
    );
  },
  placement_results(c) {
    c.add(
      c.L(
        'Student,DOB,Level,Score\n',
        'Teilnehmer/in,Geburtsdatum,Niveau,Punkte\n',
        'Élève,Date de naissance,Niveau,Score\n',
        'Alumno,Fecha de nacimiento,Nivel,Puntos\n',
      ),
    );
    for (let i = 0, k = c.r.int(3, 6); i < k; i++) {
      const p = c.person();
      const nm = c.name(p, ['full', 'full', 'lastFirst']);
      c.add(
        nm.v.includes(',') ? ['"', nm, '"'] : [nm],
        ',',
        c.dob(1990, 2010),
        `,${c.r.pick(['A2', 'B1', 'B2', 'C1'])},${c.r.int(30, 98)}\n`,
      );
    }
  },
  sepa_transfer(c) {
    const a = c.person();
    const b = c.person();
    c.say(
      w`Transfer confirmation\nFrom: ${c.nameAs(a, 'allCaps')} ${c.iban()}\nTo: ${c.nameAs(b, 'allCaps')} ${c.iban()}\nAmount: ${c.price()}\nReference: rent ${c.month()}\nExecution date: ${c.date()}\n`,
      w`Überweisungsbestätigung\nAuftraggeber: ${c.nameAs(a, 'full')}\nIBAN: ${c.iban()}\nEmpfänger: ${c.nameAs(b, 'allCaps')}\nIBAN Empfänger: ${c.iban()}\nBetrag: ${c.price()} — Verwendungszweck: Miete ${c.month()}\nAusgeführt am ${c.date()}\n`,
      w`Avis de virement\nÉmetteur : ${c.nameAs(a, 'capsLast')} — ${c.iban()}\nBénéficiaire : ${c.nameAs(b, 'allCaps')} — ${c.iban()}\nMontant : ${c.price()}\nMotif : loyer ${c.month()}\nDate d’exécution : ${c.date()}\n`,
      w`Justificante de transferencia\nOrdenante: ${c.nameAs(a, 'full')} — ${c.iban()}\nBeneficiario: ${c.nameAs(b, 'allCaps')} — ${c.iban()}\nImporte: ${c.price()}\nConcepto: alquiler ${c.month()}\nFecha: ${c.date()}\n`,
    );
  },
  podcast_booking(c) {
    const g = c.person();
    const hst = c.person();
    c.say(
      w`Hey ${c.nameAs(g, 'lower')} — loved your talk! Would you come on the show? Grab a slot here: ${c.url(`https://calendly.com/${c.slug(hst)}/podcast-recording`)}. My cell is ${c.phone()} if easier. cheers, ${c.nameAs(hst, 'lower')}`,
      w`Hallo ${c.nameAs(g, 'full')}, wir würden dich gern in unseren Podcast einladen. Termin buchen: ${c.url(`https://cal.com/${c.slug(hst)}/aufnahme`)} — Rückfragen gern an ${c.email(hst)}. Beste Grüße, ${c.nameAs(hst, 'given')}`,
      w`Bonjour ${c.nameAs(g, 'given')}, seriez-vous partant(e) pour un épisode ? Réservez un créneau : ${c.url(`https://calendly.com/${c.slug(hst)}/enregistrement`)}. ${c.nameAs(hst, 'full')}, ${c.phone()}`,
      w`¡Hola ${c.nameAs(g, 'given')}! ¿Te animas a venir al pódcast? Elige hora aquí: ${c.url(`https://calendly.com/${c.slug(hst)}/grabacion`)}. Saludos, ${c.nameAs(hst, 'full')}`,
    );
  },
  mobile_crash_json(c) {
    const p = c.person();
    c.add(
      w`{"event":"crash","app":"de.example.wallet","appVersion":"${c.version()}","build":"${c.sha()}","ts":"${c.ts()}","device":{"model":"${c.product()}","os":"Android 14"},"user":{"email":"${c.email(p)}","ip":"${c.ip6()}"},"breadcrumbs":["open_card","tap_pay"],"exception":"java.lang.IllegalStateException: token refresh failed"}\n`,
    );
  },
  webhook_payload_yaml(c) {
    const p = c.person();
    c.add(
      w`# ${c.L('captured webhook', 'mitgeschnittener Webhook', 'webhook capturé', 'webhook capturado')} ${c.uuid()}\nevent: customer.updated\nreceived_at: ${c.ts()}\nsigning_secret: ${c.e2('GENERIC_SECRET', `whsec_${c.r.chars(32, ALNUM)}`)}\ndata:\n  name: ${c.name(p, ['full'])}\n  email: ${c.email(p)}\n  phone: "${c.phone(true)}"\n  billing_address: ${c.addr()}\n  card_fingerprint: ${c.sha()}\n`,
    );
  },
  expense_chat_lower(c) {
    const a = c.person();
    const b = c.person();
    c.say(
      w`${c.nameAs(a, 'lower')}: who paid the airbnb?\n${c.nameAs(b, 'lower')}: me, ${c.price()}. send to my iban ${c.iban()} pls\n${c.nameAs(a, 'lower')}: done 👍 also ${c.nameAs(c.person(), 'lower')} owes you for the taxi\n`,
      w`${c.nameAs(a, 'lower')}: wer hat die Ferienwohnung bezahlt?\n${c.nameAs(b, 'lower')}: ich, ${c.price()}. bitte auf ${c.iban()}\n${c.nameAs(a, 'lower')}: erledigt. ${c.nameAs(c.person(), 'lower')} schuldet dir noch das Taxi\n`,
      w`${c.nameAs(a, 'lower')} : qui a payé le gîte ?\n${c.nameAs(b, 'lower')} : moi, ${c.price()}. vire sur ${c.iban()} stp\n${c.nameAs(a, 'lower')} : c’est fait. ${c.nameAs(c.person(), 'lower')} te doit le taxi\n`,
      w`${c.nameAs(a, 'lower')}: ¿quién pagó el apartamento?\n${c.nameAs(b, 'lower')}: yo, ${c.price()}. pásamelo a ${c.iban()}\n${c.nameAs(a, 'lower')}: hecho. ${c.nameAs(c.person(), 'lower')} te debe el taxi\n`,
    );
  },
  credit_bureau_dispute(c) {
    const p = c.person();
    c.say(
      w`To: Consumer Dispute Center\n\nI am writing to dispute a collection account (ref ${c.order()}) on my credit file that I never opened.\nFull name: ${c.name(p, ['full', 'middle'])}\nSocial Security number: ${c.ssn()}\nDate of birth: ${c.dob(1950, 2002)}\nCurrent address: ${c.addr('US')}\nPrevious address: ${c.addr('US')}\nDaytime phone: ${c.phone(false, 'US')}\nPlease correct this within 30 days as required by the FCRA.\n`,
      w`Antrag auf Datenkopie nach Art. 15 DSGVO\n\nName: ${c.name(p, ['full', 'lastFirst'])}\nGeburtsdatum: ${c.dob(1950, 2002)}\nAktuelle Anschrift: ${c.addr()}\nVoranschrift (bis ${c.date(2018, 2022)}): ${c.addr()}\nE-Mail für Rückfragen: ${c.email(p)}\nIch widerspreche dem Eintrag ${c.order()}.\n`,
      w`Demande de consultation du fichier FICP\n\nNom et prénom : ${c.nameAs(p, 'capsLast')}\nNé(e) le : ${c.dob(1950, 2002)}\nAdresse : ${c.addr()}\nTéléphone : ${c.phone()}\nJe conteste l’inscription liée au crédit ${c.order()} remboursé le ${c.date(2019, 2023)}.\n`,
      w`Solicitud de acceso y cancelación — fichero de morosidad\n\nNombre y apellidos: ${c.name(p, ['full'])}\nFecha de nacimiento: ${c.dob(1950, 2002)}\nDomicilio: ${c.addr()}\nCorreo electrónico: ${c.email(p)}\nLa deuda ${c.order()} (${c.price()}) fue saldada el ${c.date(2019, 2023)}.\n`,
    );
  },
  insurance_fnol_form(c) {
    const p = c.person();
    const w2 = c.person();
    c.add(
      w`${c.L('FIRST NOTICE OF LOSS', 'SCHADENMELDUNG', 'DÉCLARATION DE SINISTRE', 'PARTE DE SINIESTRO')}\n${c.L('Policyholder', 'Versicherungsnehmer', 'Assuré', 'Tomador')}: ${c.name(p, ['full', 'lastFirst', 'capsLast'])}\n${c.L('Date of birth', 'Geburtsdatum', 'Date de naissance', 'Fecha de nacimiento')}: ${c.dob(1945, 2003)}\n${c.L('Address', 'Anschrift', 'Adresse', 'Domicilio')}: ${c.addr()}\n${c.L('Incident date', 'Schadentag', 'Date du sinistre', 'Fecha del siniestro')}: ${c.date()}\n${c.L('Witness', 'Zeuge', 'Témoin', 'Testigo')}: ${c.name(w2, ['full', 'initial'])}, ${c.phone()}\n${c.L('Estimated damage', 'Geschätzter Schaden', 'Montant estimé', 'Daños estimados')}: ${c.price()}\n`,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Templates with hard negatives only

const TN: Record<string, Template> = {
  release_notes(c) {
    c.add(
      w`## ${c.version()} — ${c.date()}\n\n- ${c.L('Fixed crash on startup', 'Absturz beim Start behoben', 'Correction d’un plantage au démarrage', 'Corregido un cierre al iniciar')} (${c.sha()})\n- ${c.L('Bumped', 'Aktualisiert', 'Mise à jour de', 'Actualizado')} openssl ${c.L('to', 'auf', 'vers', 'a')} ${c.version()}\n- ${c.L('Build', 'Build', 'Build', 'Compilación')} ${c.version()} ${c.L('published', 'veröffentlicht', 'publié', 'publicada')} ${c.ts()}\n`,
    );
  },
  stock_export(c) {
    c.add(
      c.L(
        'sku;product;qty;unit_price;order\n',
        'Artikel;Produkt;Menge;Preis;Bestellung\n',
        'réf;produit;qté;prix;commande\n',
        'ref;producto;cant;precio;pedido\n',
      ),
    );
    for (let i = 0, k = c.r.int(3, 6); i < k; i++)
      c.add(
        `${c.r.chars(3, UPPER)}-${c.r.digits(4)};`,
        c.product(),
        `;${c.r.int(1, 40)};`,
        c.price(),
        ';',
        c.order(),
        '\n',
      );
  },
  job_scheduler_log(c) {
    for (let i = 0, k = c.r.int(3, 6); i < k; i++)
      c.add(
        '[',
        c.ts(),
        `] job=${c.r.pick(['reindex', 'backup', 'nightly-report', 'purge-cache'])} run_id=`,
        c.uuid(),
        ` status=${c.r.pick(['ok', 'ok', 'retry', 'failed'])} duration=${c.r.int(1, 900)}s\n`,
      );
  },
  bookshop_order(c) {
    c.add(
      c.L('Order ', 'Bestellung ', 'Commande ', 'Pedido '),
      c.order(),
      c.L(' — placed ', ' vom ', ' du ', ' del '),
      c.date(),
      '\n',
    );
    for (let i = 0, k = c.r.int(2, 4); i < k; i++)
      c.add('ISBN ', n('isbn', isbn(c.r)), '  ', c.price(), '\n');
    c.add(c.L('Ships with ', 'Versand mit ', 'Expédié par ', 'Envío con '), c.company(), '.\n');
  },
  event_calendar(c) {
    c.add(
      c.L(
        'Upcoming at the makerspace\n',
        'Termine im Makerspace\n',
        'Agenda du fablab\n',
        'Agenda del makerspace\n',
      ),
    );
    for (let i = 0, k = c.r.int(3, 5); i < k; i++)
      c.add(
        '* ',
        c.date(2025, 2026),
        ` — ${c.r.pick(['Repair Café', 'Laser cutter intro', '3D-Druck Sprechstunde', 'Atelier soudure', 'Taller de Arduino'])} (`,
        c.price(),
        ')\n',
      );
    c.add(c.L('Closed in ', 'Geschlossen im ', 'Fermé en ', 'Cerrado en '), c.month(), '.\n');
  },
  test_fixture_cards(c) {
    c.add(
      c.L(
        '// payment form validation fixtures (must be rejected)\n',
        '// Testdaten: ungültige Karten, müssen abgelehnt werden\n',
        '// jeux de test : cartes invalides\n',
        '// datos de prueba: tarjetas inválidas\n',
      ),
    );
    for (let i = 0, k = c.r.int(2, 4); i < k; i++)
      c.add(`expect(validateCard('`, n('card_lookalike', cardLookalike(c.r)), `')).toBe(false);\n`);
    c.add(
      `expect(validateIban('`,
      n('iban_invalid', ibanInvalid(c.r, c.country).replace(/ /g, '')),
      `')).toBe(false);\n`,
    );
    c.add(`expect(validateSsn('`, n('ssn_invalid', ssnInvalid(c.r)), `')).toBe(false);\n`);
  },
  validation_errors_log(c) {
    c.add(
      c.ts(),
      ' WARN import row 17: ',
      c.L('invalid IBAN', 'ungültige IBAN', 'IBAN invalide', 'IBAN no válido'),
      ' "',
      n('iban_invalid', ibanInvalid(c.r, c.country)),
      '" (checksum)\n',
    );
    c.add(
      c.ts(),
      ' WARN import row 23: ',
      c.L(
        'card number fails Luhn',
        'Kartennummer Prüfziffer falsch',
        'numéro de carte invalide (Luhn)',
        'tarjeta no supera Luhn',
      ),
      ' ',
      n('card_lookalike', cardLookalike(c.r)),
      '\n',
    );
    c.add(c.ts(), ' INFO import finished: batch ', c.uuid(), ', 2 rows rejected\n');
  },
  firmware_inventory(c) {
    c.add(
      c.L(
        'Device          Firmware        Checked\n',
        'Gerät           Firmware        Geprüft\n',
        'Équipement      Firmware        Vérifié\n',
        'Equipo          Firmware        Revisado\n',
      ),
    );
    for (let i = 0, k = c.r.int(3, 5); i < k; i++) {
      const dev = c.r.pick(['core-sw-01', 'edge-fw-2', 'ap-lobby', 'nas-backup', 'ups-rack3']);
      const v = n(
        'version',
        `${c.r.int(1, 20)}.${c.r.int(0, 9)}.${c.r.int(0, 99)}.${c.r.int(1, 255)}`,
      );
      const d = c.date();
      c.add(dev.padEnd(16), v, ' '.repeat(Math.max(2, 16 - v.v.length)), d, '\n');
    }
  },
  invoice_summary(c) {
    c.add(
      c.L('Invoice ', 'Rechnung ', 'Facture ', 'Factura '),
      c.order(),
      '\n',
      c.L('Issued: ', 'Rechnungsdatum: ', 'Émise le : ', 'Emitida: '),
      c.date(),
      '\n',
      c.L('Due: ', 'Fällig: ', 'Échéance : ', 'Vence: '),
      c.date(),
      '\n',
    );
    for (let i = 0, k = c.r.int(2, 4); i < k; i++)
      c.add('  ', c.product(), ' x1  ', c.price(), '\n');
    c.add(c.L('Total ', 'Summe ', 'Total ', 'Total '), c.price(), '\n');
  },
  artifact_manifest(c) {
    c.add(
      w`{\n  "artifact": "web-bundle",\n  "version": "${c.version()}",\n  "sha256": "${n('sha', c.r.chars(64, HEX))}",\n  "md5": "${n('sha', c.r.chars(32, HEX))}",\n  "id": "${c.uuid()}",\n  "builtAt": "${c.ts()}"\n}\n`,
    );
  },
  weather_station(c) {
    c.add(
      c.L(
        'station;time;temp_c;wind_kmh\n',
        'Station;Zeit;Temp;Wind\n',
        'station;heure;temp;vent\n',
        'estación;hora;temp;viento\n',
      ),
    );
    for (let i = 0, k = c.r.int(3, 6); i < k; i++)
      c.add(
        `${c.r.pick(['Nord', 'Aeropuerto', 'Hafen', 'Colline'])};`,
        c.ts(),
        `;${c.r.int(-5, 34)}.${c.r.int(0, 9)};${c.r.int(0, 80)}\n`,
      );
  },
};

// ---------------------------------------------------------------------------------------------

export function generateHeldout5(n = 2000, seed = 0x5eed_0505): Heldout5Record[] {
  const out: Heldout5Record[] = [];
  const r = new Rng(seed);
  const tNames = Object.keys(T);
  const nNames = Object.keys(TN);
  const perLang = Math.ceil(n / LANGS.length);
  for (const lang of LANGS) {
    for (let i = 0; i < perLang && out.length < n; i++) {
      const negOnly = r.chance(0.18);
      const names = negOnly ? nNames : tNames;
      const key = names[(i + r.int(0, names.length - 1)) % names.length] ?? '';
      const tpl = (negOnly ? TN : T)[key];
      if (tpl === undefined) throw new Error(key);
      const c = new Ctx(new Rng(r.u32()), lang);
      tpl(c);
      c.ents.sort((a, b) => a.start - b.start);
      c.negs.sort((a, b) => a.start - b.start);
      out.push({
        id: `h5-${lang}-${String(i).padStart(4, '0')}`,
        lang,
        template: `${lang}:${key}`,
        text: c.text,
        entities: c.ents,
        negatives: c.negs,
      });
    }
  }
  return out;
}
