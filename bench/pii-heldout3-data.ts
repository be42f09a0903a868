/**
 * Generator for `bench/pii-heldout3.ts`: a third, blind held-out set for the privacy engine.
 * Written from the developer corpus README's taxonomy and span conventions only — without reading
 * the engine's rules, name lists or context words, nor the templates of the other held-out sets
 * or of the developer corpus — so that it is independent of what the rules were tuned on.
 *
 * ~2,000 texts (EN/DE/FR/ES in turn), our own templates (support mail, HR, medical, insurance,
 * bank, CRM, chat, forms, labels, logs, legal, social, meetings, pasted CSV, config/secrets) and
 * ~20 % texts with no PII but look-alikes. Values come from @faker-js/faker locales (fixed seed)
 * and, for ~25 % of persons, from invented syllable names that no name list holds. Offsets are
 * recorded while each text is assembled, so gold spans cannot drift from the text.
 *
 * Gold conventions decided here (the README is silent on them):
 * - PERSON also covers a surname alone after a title ("Frau Keller" → "Keller"), "LAST, First"
 *   and "LAST First" as one span, initials ("J. Smith"), particles ("van der", "de la") and
 *   double-barrelled names; never the title, never a possessive "'s", never names inside e-mail
 *   addresses or URLs (those are EMAIL/URL only).
 * - STREET_ADDRESS runs from the street line through postcode and city (and state/province where
 *   written), in each country's normal order, on one line; the country name is left out.
 * - DATE_OF_BIRTH is the date only ("geb. am 4. März 1987" → "4. März 1987").
 * - GENERIC_SECRET also covers human passwords given in an assignment ("Passwort: Sonne!2024"),
 *   the value only, without quotes.
 * - No NATIONAL_ID spans (the README lists no national ids) and no public figures at all.
 */
import {
  fakerDE,
  fakerDE_AT,
  fakerDE_CH,
  fakerEN_CA,
  fakerEN_GB,
  fakerEN_US,
  fakerES,
  fakerES_MX,
  fakerFR,
  fakerFR_CA,
  fakerFR_CH,
  type Faker,
} from '@faker-js/faker';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import { LANGS, type HeldoutRecord, type Lang } from './pii-heldout-data.js';

/** A gold span; PERSON spans say whether the name came from faker's lists or was invented. */
export interface Heldout3Span extends Span {
  readonly source?: 'listed' | 'invented';
}

type Country = 'US' | 'GB' | 'CA' | 'DE' | 'AT' | 'CH' | 'FR' | 'FRCA' | 'FRCH' | 'ES' | 'MX';

// ---------------------------------------------------------------- randomness

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

let rand = mulberry32(20261203);
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const chance = (p: number): boolean => rand() < p;
function pick<T>(xs: readonly T[]): T {
  const x = xs[Math.floor(rand() * xs.length)];
  if (x === undefined) throw new Error('pick from empty list');
  return x;
}
const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const fromAlphabet = (alphabet: string, n: number): string =>
  Array.from({ length: n }, () => alphabet[int(0, alphabet.length - 1)] ?? 'x').join('');
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = `${B62}-_`;
const HEX = '0123456789abcdef';
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();

// ---------------------------------------------------------------- pieces and text assembly

type Piece =
  | string
  | {
      readonly k: 'e';
      readonly type: string;
      readonly v: string;
      readonly src?: 'listed' | 'invented';
    }
  | { readonly k: 'n'; readonly kind: string; readonly v: string };
type Seq = Piece[];

/** Tagged template: literal text plus entity / decoy pieces, assembled later. */
function s(strings: TemplateStringsArray, ...vals: (Piece | Seq)[]): Seq {
  const out: Seq = [];
  strings.forEach((str, i) => {
    if (str !== '') out.push(str);
    if (i < vals.length) {
      const v = vals[i];
      if (Array.isArray(v)) out.push(...v);
      else if (v !== undefined) out.push(v);
    }
  });
  return out;
}
const E = (type: string, v: string, src?: 'listed' | 'invented'): Piece =>
  src === undefined ? { k: 'e', type, v } : { k: 'e', type, v, src };
const N = (kind: string, v: string): Piece => ({ k: 'n', kind, v });

// ---------------------------------------------------------------- people

interface Person {
  readonly first: string;
  readonly last: string;
  readonly female: boolean;
  readonly src: 'listed' | 'invented';
}

const ONSETS = [
  'K',
  'M',
  'T',
  'R',
  'L',
  'V',
  'N',
  'S',
  'D',
  'B',
  'Z',
  'J',
  'El',
  'Or',
  'Al',
  'Th',
  'Br',
  'Qu',
  'Y',
  'F',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ia', 'ae', 'ei', 'ou', 'y'];
const CODAS = [
  'n',
  'r',
  'l',
  's',
  'th',
  'v',
  'ra',
  'na',
  'lin',
  'dor',
  'wen',
  'ric',
  'mir',
  'xa',
  'sel',
  'ko',
];
const SUFFIX: Record<Lang, string[]> = {
  en: ['ton', 'wick', 'field', 'more', 'by', 'shaw', 'ridge', 'ley'],
  de: ['ner', 'berg', 'hofer', 'stedt', 'ler', 'mann', 'inger', 'bach'],
  fr: ['ard', 'ier', 'eau', 'ac', 'enne', 'ot', 'in', 'et'],
  es: ['ez', 'ano', 'eda', 'illo', 'ón', 'era', 'oza', 'ales'],
};
function inventedWord(): string {
  return pick(ONSETS) + pick(VOWELS) + pick(CODAS) + (chance(0.3) ? pick(VOWELS) : '');
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

const FAKERS: Record<Country, Faker> = {
  US: fakerEN_US,
  GB: fakerEN_GB,
  CA: fakerEN_CA,
  DE: fakerDE,
  AT: fakerDE_AT,
  CH: fakerDE_CH,
  FR: fakerFR,
  FRCA: fakerFR_CA,
  FRCH: fakerFR_CH,
  ES: fakerES,
  MX: fakerES_MX,
};
const COUNTRIES: Record<Lang, Country[]> = {
  en: ['US', 'US', 'US', 'GB', 'GB', 'CA'],
  de: ['DE', 'DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'FR', 'FRCA', 'FRCH'],
  es: ['ES', 'ES', 'ES', 'MX'],
};
const US_STATES = [
  'CA',
  'NY',
  'TX',
  'WA',
  'IL',
  'MA',
  'CO',
  'GA',
  'FL',
  'OR',
  'PA',
  'OH',
  'MN',
  'NC',
];
const US_AREAS = [
  '212',
  '415',
  '617',
  '312',
  '206',
  '512',
  '303',
  '404',
  '305',
  '702',
  '646',
  '773',
  '503',
  '612',
  '919',
];
const CA_PROV = ['ON', 'QC', 'BC', 'AB', 'MB', 'NS'];
const CA_AREAS = ['416', '604', '514', '403', '613', '902'];

// ---------------------------------------------------------------- context per record

class Ctx {
  readonly fk: Faker;
  constructor(
    readonly lang: Lang,
    readonly country: Country,
  ) {
    this.fk = FAKERS[country];
  }

  tr<T>(m: Record<Lang, T>): T {
    return m[this.lang];
  }

  // ------------------------------ persons
  person(female = chance(0.5)): Person {
    const sex = female ? 'female' : 'male';
    if (chance(0.25)) {
      let last = upperFirst(inventedWord() + pick(SUFFIX[this.lang]));
      if (this.lang === 'es' && chance(0.6))
        last += ' ' + upperFirst(inventedWord() + pick(SUFFIX.es));
      return { first: upperFirst(inventedWord()), last, female, src: 'invented' };
    }
    let first = this.fk.person.firstName(sex);
    let last = this.fk.person.lastName();
    if (this.lang === 'fr' && chance(0.12) && !first.includes('-'))
      first = `${first}-${this.fk.person.firstName(sex)}`;
    if (chance(0.08) && !last.includes(' ') && !last.includes('-'))
      last = `${last}-${this.fk.person.lastName()}`;
    else if (chance(0.1) && !last.includes(' '))
      last = `${pick(this.tr({ en: ['van ', 'de ', 'Di '], de: ['von ', 'van der ', 'zu '], fr: ['de ', 'du ', 'de La '], es: ['del ', 'de la ', 'de '] }))}${last}`;
    return { first, last, female, src: 'listed' };
  }

  title(p: Person): string {
    return p.female
      ? pick(
          this.tr({
            en: ['Ms.', 'Mrs.', 'Ms', 'Dr.'],
            de: ['Frau', 'Frau', 'Frau Dr.'],
            fr: ['Mme', 'Madame', 'Mme', 'Dr'],
            es: ['Sra.', 'Dña.', 'Dra.', 'Sra.'],
          }),
        )
      : pick(
          this.tr({
            en: ['Mr.', 'Mr', 'Dr.'],
            de: ['Herr', 'Herr', 'Herr Dr.'],
            fr: ['M.', 'Monsieur', 'Dr'],
            es: ['Sr.', 'D.', 'Dr.', 'Sr.'],
          }),
        );
  }

  /** A full name in one of the ways people write them. */
  name(p: Person, form?: 'FL' | 'LF' | 'LASTF' | 'UP' | 'FLAST' | 'FML' | 'IL'): Piece {
    const f =
      form ??
      pick<'FL' | 'LF' | 'LASTF' | 'UP' | 'FLAST' | 'FML' | 'IL'>(
        this.lang === 'fr'
          ? ['FL', 'FL', 'FL', 'FLAST', 'FLAST', 'LASTF', 'LF', 'IL']
          : this.lang === 'en'
            ? ['FL', 'FL', 'FL', 'FL', 'FML', 'LF', 'IL', 'UP']
            : ['FL', 'FL', 'FL', 'FL', 'LF', 'LASTF', 'FLAST', 'UP'],
      );
    const v = {
      FL: `${p.first} ${p.last}`,
      LF: `${chance(0.5) ? p.last.toUpperCase() : p.last}, ${p.first}`,
      LASTF: `${p.last.toUpperCase()} ${p.first}`,
      UP: `${p.first} ${p.last}`.toUpperCase(),
      FLAST: `${p.first} ${p.last.toUpperCase()}`,
      FML: `${p.first} ${fromAlphabet('ABCDEFGHJKLMNPRSTW', 1)}. ${p.last}`,
      IL: `${p.first.charAt(0)}. ${p.last}`,
    }[f];
    return E('PERSON', v, p.src);
  }
  firstName(p: Person): Piece {
    return E('PERSON', p.first, p.src);
  }
  lastName(p: Person): Piece {
    return E('PERSON', p.last, p.src);
  }
  /** "Dr. Anna Weber" → title as text, name as span. */
  titled(p: Person, full = chance(0.5)): Seq {
    return [`${this.title(p)} `, full ? this.name(p, 'FL') : this.lastName(p)];
  }

  // ------------------------------ contact data
  phoneValue(country: Country = this.country): string {
    switch (country) {
      case 'US':
      case 'CA': {
        const a = pick(country === 'US' ? US_AREAS : CA_AREAS);
        const x = `${int(2, 9)}${digits(2)}`;
        const l = digits(4);
        return pick([
          `(${a}) ${x}-${l}`,
          `${a}-${x}-${l}`,
          `${a}.${x}.${l}`,
          `+1 ${a} ${x} ${l}`,
          `+1-${a}-${x}-${l}`,
          `${a}${x}${l}`,
          `1 (${a}) ${x}-${l}`,
          `+1 (${a}) ${x}-${l}`,
        ]);
      }
      case 'GB': {
        if (chance(0.5)) {
          const m = `7${int(4, 9)}${digits(2)}`;
          const r = digits(6);
          return pick([
            `0${m} ${r}`,
            `+44 ${m} ${r}`,
            `+44 (0)${m} ${r}`,
            `0${m}${r}`,
            `+44${m}${r}`,
          ]);
        }
        const a = pick(['20', '161', '113', '131', '117', '121']);
        const r =
          a.length === 2
            ? `${int(3, 8)}${digits(3)} ${digits(4)}`
            : `${int(2, 9)}${digits(2)} ${digits(4)}`;
        return pick([`0${a} ${r}`, `+44 ${a} ${r}`, `+44 (0)${a} ${r}`, `(0${a}) ${r}`]);
      }
      case 'DE': {
        if (chance(0.5)) {
          const m = `1${pick(['51', '52', '57', '60', '62', '70', '71', '76', '79'])}`;
          const r = digits(pick([7, 8]));
          return pick([
            `0${m} ${r}`,
            `+49 ${m} ${r}`,
            `0${m}-${r}`,
            `0${m}/${r}`,
            `+49${m}${r}`,
            `0${m}${r}`,
            `(0${m}) ${r}`,
          ]);
        }
        const a = pick(['30', '40', '89', '221', '69', '711', '211', '341', '511']);
        const r = digits(a.length === 2 ? 8 : 7);
        const grouped = `${r.slice(0, 3)} ${r.slice(3)}`;
        return pick([
          `0${a} ${r}`,
          `0${a}/${r}`,
          `+49 ${a} ${r}`,
          `+49 (0)${a} ${grouped}`,
          `(0${a}) ${grouped}`,
          `0${a}-${r}`,
          `+49 ${a} ${grouped}`,
        ]);
      }
      case 'AT': {
        const a = pick(['1', '316', '662', '512', '664', '660', '676', '699']);
        const r = digits(a.length === 1 ? 7 : 7);
        return pick([`0${a} ${r}`, `+43 ${a} ${r}`, `+43 (0)${a} ${r}`, `0${a}/${r}`]);
      }
      case 'CH':
      case 'FRCH': {
        const a = pick(['44', '31', '22', '61', '21', '76', '78', '79']);
        const r = `${digits(3)} ${digits(2)} ${digits(2)}`;
        return pick([
          `0${a} ${r}`,
          `+41 ${a} ${r}`,
          `+41 (0)${a} ${r}`,
          `0${a}${r.replace(/ /g, '')}`,
        ]);
      }
      case 'FR': {
        const p = pick(['1', '2', '3', '4', '5', '6', '6', '7', '9']);
        const g = [digits(2), digits(2), digits(2), digits(2)];
        return pick([
          `0${p} ${g.join(' ')}`,
          `0${p}.${g.join('.')}`,
          `0${p}-${g.join('-')}`,
          `0${p}${g.join('')}`,
          `+33 ${p} ${g.join(' ')}`,
          `+33 (0)${p} ${g.join(' ')}`,
          `+33${p}${g.join('')}`,
          `(+33) ${p} ${g.join(' ')}`,
        ]);
      }
      case 'FRCA':
        return this.phoneValue('CA');
      case 'ES': {
        const first = pick(['6', '6', '7', '91', '93', '96', '95', '94']);
        const rest = digits(9 - first.length);
        const n = first + rest;
        return pick([
          `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
          `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
          n,
          `+34 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
          `+34 ${n}`,
          `(+34) ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
          `0034 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
          `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
        ]);
      }
      case 'MX': {
        const a = pick(['55', '33', '81']);
        const r = `${digits(4)} ${digits(4)}`;
        return pick([
          `${a} ${r}`,
          `+52 ${a} ${r}`,
          `+52 1 ${a} ${r}`,
          `(${a}) ${r}`,
          `${a}${r.replace(' ', '')}`,
        ]);
      }
    }
  }
  phone(): Piece {
    return E('PHONE', this.phoneValue());
  }

  emailValue(p?: Person): string {
    const personal: Record<Country, string[]> = {
      US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'proton.me'],
      GB: ['gmail.com', 'btinternet.com', 'yahoo.co.uk', 'hotmail.co.uk', 'sky.com'],
      CA: ['gmail.com', 'rogers.com', 'shaw.ca', 'sympatico.ca'],
      DE: ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'gmail.com', 'freenet.de'],
      AT: ['gmx.at', 'aon.at', 'chello.at', 'gmail.com'],
      CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'hispeed.ch'],
      FR: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'wanadoo.fr', 'gmail.com'],
      FRCA: ['videotron.ca', 'gmail.com', 'hotmail.ca'],
      FRCH: ['bluewin.ch', 'gmail.com'],
      ES: ['telefonica.net', 'hotmail.es', 'yahoo.es', 'gmail.com', 'movistar.es'],
      MX: ['prodigy.net.mx', 'hotmail.com', 'gmail.com', 'yahoo.com.mx'],
    };
    const work = [
      'nordwind-logistik.de',
      'talvera.es',
      'bellerive-conseil.fr',
      'acmeworks.co.uk',
      'brightlane.io',
      'hollerbach-gmbh.at',
      'corpmail.example.com',
      'clinique-saint-roch.fr',
      'hospital-vallverd.es',
    ];
    const domain = chance(0.7) ? pick(personal[this.country]) : pick(work);
    if (p === undefined)
      return `${pick(['info', 'kontakt', 'support', 'rh', 'ventas', 'hello', 'admin', 'team'])}${chance(0.3) ? digits(2) : ''}@${domain}`;
    const f = ascii(p.first);
    const l = ascii(p.last);
    const local = pick([
      `${f}.${l}`,
      `${f.charAt(0)}.${l}`,
      `${f}${l}`,
      `${f}_${l}${digits(2)}`,
      `${l}.${f}`,
      `${f}.${l}+${pick(['shop', 'news', 'work', 'rechnung', 'factures'])}`,
      `${f.charAt(0)}${l}${digits(pick([2, 4]))}`,
      `${f}-${l}`,
    ]);
    return `${local}@${domain}`;
  }
  email(p?: Person): Piece {
    return E('EMAIL', this.emailValue(p));
  }

  /** One-line postal address in the country's normal order, without the country. */
  addressValue(): string {
    const fk = this.fk;
    const street = fk.location.street();
    switch (this.country) {
      case 'US':
      case 'CA': {
        const no = String(int(1, 9899));
        const unit = chance(0.3)
          ? `, ${pick(['Apt', 'Apt.', 'Suite', 'Unit', '#'])} ${int(1, 40)}${pick(['', 'B', 'C'])}`
          : '';
        if (this.country === 'CA')
          return `${no} ${street}${unit}, ${fk.location.city()}, ${pick(CA_PROV)} ${fk.location.zipCode()}`;
        const zip = chance(0.2) ? `${digits(5)}-${digits(4)}` : pad(int(1001, 99950), 5);
        return `${no} ${street}${unit}, ${fk.location.city()}, ${pick(US_STATES)} ${zip}`;
      }
      case 'GB': {
        const flat = chance(0.2) ? `Flat ${int(1, 30)}, ` : '';
        return `${flat}${int(1, 240)} ${street}, ${fk.location.city()} ${fk.location.zipCode()}`;
      }
      case 'DE':
      case 'AT':
      case 'CH': {
        const zip = this.country === 'DE' ? pad(int(1067, 99998), 5) : String(int(1010, 9990));
        const no = `${int(1, 180)}${chance(0.15) ? pick(['a', 'b']) : ''}${this.country === 'AT' && chance(0.4) ? `/${int(1, 20)}` : ''}`;
        return `${street} ${no}, ${this.country === 'CH' && chance(0.3) ? 'CH-' : ''}${zip} ${fk.location.city()}`;
      }
      case 'FR':
      case 'FRCH':
      case 'FRCA': {
        const no = `${int(1, 160)}${chance(0.1) ? ' bis' : ''}`;
        const way = pick(['rue', 'avenue', 'boulevard', 'allée', 'impasse', 'chemin', 'place']);
        const named = `${way} ${pick(['des Lilas', 'du Moulin', 'de la Gare', 'Pasteur', 'des Écoles', 'du Château', 'de Verdun', 'des Acacias', 'Jean Moulin', 'du Général Leclerc', 'de la République', 'Saint-Honoré'])}`;
        if (this.country === 'FRCA')
          return `${no}, ${named}, ${fk.location.city()} (${pick(['QC', 'Québec'])}) ${fk.location.zipCode()}`;
        const zip = this.country === 'FR' ? pad(int(1000, 95999), 5) : String(int(1000, 2999));
        const extra = chance(0.15) ? `${pick(['Bât. B', 'Appt 12', 'Résidence les Pins'])}, ` : '';
        return `${extra}${no}${chance(0.3) ? ',' : ''} ${named}, ${this.country === 'FRCH' ? 'CH-' : ''}${zip} ${fk.location.city()}`;
      }
      case 'ES': {
        const via = pick(['Calle', 'C/', 'Avda.', 'Avenida', 'Plaza', 'Paseo', 'Camino']);
        const name = pick([
          'Mayor',
          'de Alcalá',
          'del Carmen',
          'San Vicente',
          'de la Paz',
          'Real',
          'de los Olivos',
          'Goya',
          'del Sol',
          'de Colón',
        ]);
        const floor = chance(0.6)
          ? `, ${int(1, 9)}º ${pick(['A', 'B', 'C', 'izq.', 'dcha.', '1ª', '2ª'])}`
          : '';
        return `${via} ${name}, ${int(1, 140)}${floor}, ${pad(int(1001, 52080), 5)} ${fk.location.city()}`;
      }
      case 'MX':
        return `${pick(['Av.', 'Calle', 'Calz.'])} ${street} ${int(1, 2999)}${chance(0.5) ? ` Int. ${int(1, 40)}` : ''}, Col. ${pick(['Del Valle', 'Roma Norte', 'Condesa', 'Centro', 'Narvarte'])}, ${pad(int(1000, 16999), 5)} ${pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.'])}`;
    }
  }
  address(): Piece {
    return E('STREET_ADDRESS', this.addressValue());
  }

  // ------------------------------ dates
  dateValue(year: number, month: number, day: number, worded = chance(0.4)): string {
    const m = MONTHS[this.lang][month - 1] ?? '';
    const dd = pad(day, 2);
    const mm = pad(month, 2);
    const yy = pad(year % 100, 2);
    const us = this.country === 'US';
    if (worded)
      return pick(
        this.tr({
          en: us
            ? [`${m} ${day}, ${year}`, `${m.slice(0, 3)} ${day}, ${year}`, `${day} ${m} ${year}`]
            : [
                `${day} ${m} ${year}`,
                `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'} ${m} ${year}`,
                `${dd}-${m.slice(0, 3)}-${year}`,
              ],
          de: [`${day}. ${m} ${year}`, `${dd}. ${m} ${year}`],
          fr: [`${day === 1 ? '1er' : day} ${m} ${year}`, `${dd} ${m} ${year}`],
          es: [`${day} de ${m} de ${year}`, `${day} ${m} ${year}`],
        }),
      );
    return pick(
      this.tr({
        en: us
          ? [
              `${mm}/${dd}/${year}`,
              `${month}/${day}/${year}`,
              `${month}/${day}/${yy}`,
              `${year}-${mm}-${dd}`,
            ]
          : [`${dd}/${mm}/${year}`, `${year}-${mm}-${dd}`, `${day}/${month}/${year}`],
        de: [
          `${dd}.${mm}.${year}`,
          `${day}.${month}.${year}`,
          `${dd}.${mm}.${yy}`,
          `${year}-${mm}-${dd}`,
        ],
        fr: [
          `${dd}/${mm}/${year}`,
          `${dd}.${mm}.${year}`,
          `${dd}-${mm}-${year}`,
          `${year}-${mm}-${dd}`,
        ],
        es: [
          `${dd}/${mm}/${year}`,
          `${day}/${month}/${year}`,
          `${dd}-${mm}-${year}`,
          `${dd}.${mm}.${year}`,
        ],
      }),
    );
  }
  dob(worded?: boolean): Piece {
    return E('DATE_OF_BIRTH', this.dateValue(int(1938, 2008), int(1, 12), int(1, 28), worded));
  }
  /** A DOB with its label, e.g. "geb. am " + date. */
  dobLabelled(p?: Person): Seq {
    const female = p?.female ?? chance(0.5);
    const label = pick(
      this.tr({
        en: ['DOB: ', 'Date of birth: ', 'born ', 'born on ', 'D.O.B. ', 'Birthdate: ', 'DOB '],
        de: ['geb. am ', 'geboren am ', 'Geburtsdatum: ', 'geb. ', 'Geb.-Datum: '],
        fr: [
          female ? 'née le ' : 'né le ',
          'date de naissance : ',
          'Né(e) le ',
          'date de naissance: ',
        ],
        es: [
          'fecha de nacimiento: ',
          female ? 'nacida el ' : 'nacido el ',
          'F. nac.: ',
          'F. de nacimiento: ',
          'nacimiento: ',
        ],
      }),
    );
    return [label, this.dob()];
  }
  plainDate(): Piece {
    return N('plain_date', this.dateValue(int(2023, 2026), int(1, 12), int(1, 28)));
  }

  // ------------------------------ money and ids
  ibanValue(cc?: string): string {
    const c =
      cc ??
      pick(
        this.tr({
          en: ['GB', 'GB', 'IE', 'NL'],
          de:
            this.country === 'AT'
              ? ['AT']
              : this.country === 'CH'
                ? ['CH']
                : ['DE', 'DE', 'DE', 'AT'],
          fr: this.country === 'FRCH' ? ['CH'] : ['FR', 'FR', 'FR', 'BE'],
          es: ['ES', 'ES', 'ES', 'IT'],
        }),
      );
    const letters = (n: number): string => fromAlphabet('ABCDEFGHIJKLMNOPQRSTUVWXYZ', n);
    const bban: Record<string, () => string> = {
      DE: () => digits(18),
      AT: () => digits(16),
      CH: () => digits(17),
      FR: () => digits(23),
      BE: () => digits(12),
      ES: () => digits(20),
      GB: () => letters(4) + digits(14),
      IE: () => letters(4) + digits(14),
      NL: () => letters(4) + digits(10),
      IT: () => letters(1) + digits(22),
    };
    const b = (bban[c] ?? bban.DE ?? (() => digits(18)))();
    const iban = `${c}${ibanCheck(c, b)}${b}`;
    return chance(0.6) ? (iban.match(/.{1,4}/g) ?? []).join(' ') : iban;
  }
  iban(): Piece {
    return E('IBAN', this.ibanValue());
  }
  cardValue(): string {
    const kind = pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc']);
    const prefix =
      {
        visa: '4',
        mc: `5${int(1, 5)}`,
        mc2: String(int(2221, 2720)),
        amex: pick(['34', '37']),
        disc: '6011',
      }[kind] ?? '4';
    const len = kind === 'amex' ? 15 : 16;
    const body = prefix + digits(len - 1 - prefix.length);
    const n = body + luhnDigit(body);
    const sep = pick(['', ' ', ' ', '-']);
    if (sep === '') return n;
    return kind === 'amex'
      ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep)
      : (n.match(/.{4}/g) ?? []).join(sep);
  }
  card(): Piece {
    return E('CREDIT_CARD', this.cardValue());
  }
  ssn(): Piece {
    let area = int(1, 899);
    if (area === 666) area = 667;
    const sep = pick(['-', '-', '-', ' ']);
    return E('US_SSN', `${pad(area, 3)}${sep}${pad(int(1, 99), 2)}${sep}${pad(int(1, 9999), 4)}`);
  }
  ipv4(): Piece {
    return E(
      'IP_ADDRESS',
      `${pick([81, 85, 88, 91, 93, 176, 185, 188, 194, 213, 62, 79, 84, 90, 37, 46, 73, 98, 24, 67])}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    );
  }
  ipv6(): Piece {
    const h = (): string => fromAlphabet(HEX, int(1, 4)).replace(/^0+(?=.)/, '');
    const prefix = pick(['2a02', '2a01', '2001', '2003', '2600', '2a00']);
    const v = chance(0.5)
      ? [prefix, h(), h(), h(), h(), h(), h(), h()].join(':')
      : `${prefix}:${h()}:${h()}::${h()}${chance(0.5) ? `:${h()}` : ''}`;
    return E('IP_ADDRESS', v);
  }
  url(p?: Person): Piece {
    const slug =
      p === undefined
        ? fromAlphabet('abcdefghijklmnopqrstuvwxyz', int(5, 9))
        : `${ascii(p.first)}-${ascii(p.last)}`;
    return E(
      'URL',
      pick([
        `https://www.linkedin.com/in/${slug}-${fromAlphabet(HEX, 6)}`,
        `https://portal.${pick(['versicherung-nord.de', 'mutuelle-horizon.fr', 'segurosdelsur.es', 'claimsdesk.co.uk'])}/claims/${digits(6)}?lang=${this.lang}`,
        `http://intranet.corp.local/hr/people/${digits(5)}`,
        `https://docs.google.com/document/d/${fromAlphabet(B64URL, 32)}/edit`,
        `https://shop.${pick(['hollerbach.at', 'talvera.es', 'bellerive.fr', 'brightlane.io'])}/account/orders/${digits(7)}?utm_source=mail&utm_medium=${pick(['email', 'sms'])}`,
        `https://www.instagram.com/${slug.replace('-', '.')}/`,
        `https://calendly.com/${slug}/30min`,
      ]),
    );
  }

  // ------------------------------ secrets
  aws(): Piece {
    return E(
      'AWS_ACCESS_KEY',
      `${pick(['AKIA', 'AKIA', 'ASIA'])}${fromAlphabet('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
    );
  }
  awsSecret(): Piece {
    return E('GENERIC_SECRET', fromAlphabet(`${B62}/+`, 40));
  }
  github(): Piece {
    return E(
      'GITHUB_TOKEN',
      chance(0.75)
        ? `${pick(['ghp_', 'ghp_', 'gho_', 'ghs_'])}${fromAlphabet(B62, 36)}`
        : `github_pat_${fromAlphabet(B62, 22)}_${fromAlphabet(B62, 59)}`,
    );
  }
  slack(): Piece {
    return E(
      'SLACK_TOKEN',
      `${pick(['xoxb', 'xoxp'])}-${digits(pick([11, 12]))}-${digits(pick([11, 12, 13]))}-${fromAlphabet(B62, pick([24, 32]))}`,
    );
  }
  jwt(): Piece {
    const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const alg = pick(['HS256', 'RS256']);
    const header = b64({ alg, typ: 'JWT' });
    const payload = b64({
      sub: digits(6),
      iat: 1_700_000_000 + int(0, 60_000_000),
      scope: pick(['read', 'user', 'admin']),
    });
    return E('JWT', `${header}.${payload}.${fromAlphabet(B64URL, alg === 'HS256' ? 43 : 342)}`);
  }
  pem(): Piece {
    const kind = pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
    const lines = Array.from({ length: int(3, 8) }, () => fromAlphabet(`${B62}+/`, 64));
    lines.push(`${fromAlphabet(`${B62}+/`, int(8, 60))}${pick(['', '=', '=='])}`);
    return E('PRIVATE_KEY', `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----`);
  }
  genericSecret(human = chance(0.25)): Piece {
    if (human)
      return E(
        'GENERIC_SECRET',
        `${pick(['Sommer', 'Soleil', 'Verano', 'Winter', 'Bayern', 'Marseille', 'Pelota', 'Dragon'])}${pick(['!', '#', '$', '_', '.'])}${int(10, 2026)}${pick(['', '!', '?', 'x'])}`,
      );
    return E(
      'GENERIC_SECRET',
      chance(0.25)
        ? `sk_live_${fromAlphabet(B62, int(24, 34))}`
        : fromAlphabet(chance(0.3) ? HEX : B62, int(32, 44)),
    );
  }

  // ------------------------------ decoys
  orderNo(): Piece {
    return N(
      'order_no',
      pick([
        `${digits(3)}-${digits(7)}-${digits(7)}`,
        `ORD-${int(2023, 2026)}-${digits(6)}`,
        `#${digits(6)}`,
        `INC${digits(7)}`,
        `${int(2023, 2026)}/${digits(6)}`,
        `CLM-${digits(4)}-${fromAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${digits(2)}`,
        `SR ${digits(8)}`,
        `FR${digits(9)}`,
      ]),
    );
  }
  price(): Piece {
    const v = int(3, 9000) + int(0, 99) / 100;
    const fixed = v.toFixed(2);
    const [euros = '0', cents = '00'] = fixed.split('.');
    const thousands = (sep: string): string => euros.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    return N(
      'price',
      this.tr({
        en: this.country === 'GB' ? `£${thousands(',')}.${cents}` : `$${thousands(',')}.${cents}`,
        de: pick([
          `${thousands('.')},${cents} €`,
          `EUR ${thousands('.')},${cents}`,
          `CHF ${thousands("'")}.${cents}`,
        ]),
        fr: pick([`${thousands('\u202f')},${cents} €`, `${thousands(' ')},${cents} EUR`]),
        es: pick([
          `${thousands('.')},${cents} €`,
          `${thousands('.')},${cents} EUR`,
          `$${thousands(',')}.${cents} MXN`,
        ]),
      }),
    );
  }
  timestamp(): Piece {
    return N(
      'timestamp',
      chance(0.7)
        ? `${int(2023, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}${pick(['Z', '.123Z', '+01:00', ''])}`
        : String(1_690_000_000 + int(0, 99_999_999)),
    );
  }
  version(): Piece {
    return N(
      'version',
      pick([
        `${int(1, 12)}.${int(0, 30)}.${int(0, 99)}`,
        `${int(1, 20)}.${int(0, 9)}.${int(0, 255)}.${int(0, 255)}`,
        `v${int(1, 9)}.${int(0, 20)}.${int(0, 9)}`,
        `10.0.${int(19041, 26100)}.${int(100, 5000)}`,
      ]),
    );
  }
  sha(): Piece {
    return N('sha', fromAlphabet(HEX, pick([7, 40, 64, 32])));
  }
  uuid(): Piece {
    const h = (n: number): string => fromAlphabet(HEX, n);
    return N('uuid', `${h(8)}-${h(4)}-4${h(3)}-${pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`);
  }
  isbn(): Piece {
    const body = `978${pick(['3', '2', '84', '0', '1'])}${digits(12)}`.slice(0, 12);
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
    const full = body + String((10 - (sum % 10)) % 10);
    return N(
      'isbn',
      chance(0.5)
        ? `${full.slice(0, 3)}-${full.slice(3, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`
        : full,
    );
  }
  cardLookalike(): Piece {
    const body = `4${digits(14)}`;
    const bad = String((Number(luhnDigit(body)) + int(1, 9)) % 10);
    const n = body + bad;
    return N('card_lookalike', chance(0.6) ? (n.match(/.{4}/g) ?? []).join(pick([' ', '-'])) : n);
  }
  ibanInvalid(): Piece {
    const good = this.ibanValue().replace(/ /g, '');
    const check = Number(good.slice(2, 4));
    const bad = `${good.slice(0, 2)}${pad(check === 97 ? 2 : check + 1, 2)}${good.slice(4)}`;
    return N('iban_invalid', chance(0.5) ? (bad.match(/.{1,4}/g) ?? []).join(' ') : bad);
  }
  ssnInvalid(): Piece {
    return N(
      'ssn_invalid',
      `${pick(['000', '666', String(int(900, 999))])}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`,
    );
  }
  company(): Piece {
    return N(
      'company',
      pick(
        this.tr({
          en: [
            'Dyson',
            'Ford',
            'Dell',
            'Boeing',
            'Johnson & Johnson',
            'Procter & Gamble',
            'Rolls-Royce',
            'Kellogg',
            'Heinz',
            'Sainsbury’s',
            'Morgan Stanley',
            'Goldman Sachs',
            'Marks & Spencer',
            'Ernst & Young',
          ],
          de: [
            'Siemens',
            'Bosch',
            'Porsche',
            'Miele',
            'Dr. Oetker',
            'Haribo',
            'Mercedes-Benz',
            'Hugo Boss',
            'Kärcher',
            'Liebherr',
            'Würth',
            'Steiff',
            'Faber-Castell',
            'Fielmann',
          ],
          fr: [
            'Michelin',
            'Peugeot',
            'Renault',
            'Hermès',
            'Lacoste',
            'Cartier',
            'Decathlon',
            'Bouygues',
            'Dassault',
            'Chanel',
            'Leclerc',
            'Pernod Ricard',
            'Moët & Chandon',
          ],
          es: [
            'Roca',
            'Puig',
            'Mango',
            'Zara',
            'Chupa Chups',
            'Freixenet',
            'Osborne',
            'Barceló',
            'Torres',
            'Santander',
            'Mahou',
            'Telefónica',
            'Ferrovial',
          ],
        }),
      ),
    );
  }
  place(): Piece {
    return N(
      'place',
      pick(
        this.tr({
          en: [
            'San Diego',
            'St. Louis',
            'Santa Monica',
            'St Albans',
            'Florence',
            'Victoria',
            'Charlotte',
            'Adelaide',
            'Washington',
            'San Antonio',
            'St Ives',
            'Lincoln',
          ],
          de: [
            'St. Pölten',
            'St. Gallen',
            'Sankt Augustin',
            'St. Moritz',
            'Karlsruhe',
            'Ludwigshafen',
            'Friedrichshafen',
            'Sankt Wendel',
            'Wilhelmshaven',
            'Bad Homburg',
          ],
          fr: [
            'Saint-Étienne',
            'Saint-Denis',
            'Saint-Malo',
            'Sainte-Maxime',
            'Saint-Nazaire',
            'Aix-en-Provence',
            'Saint-Tropez',
            'Lourdes',
            'Saint-Jean-de-Luz',
            'Montbéliard',
          ],
          es: [
            'San Sebastián',
            'Santa Cruz de Tenerife',
            'San Fernando',
            'Santiago de Compostela',
            'Santander',
            'San Cristóbal',
            'Don Benito',
            'Santa Coloma',
            'San Javier',
            'Villa Carlos Paz',
          ],
        }),
      ),
    );
  }
  /** A drug name (kind "product"). */
  drug(): Piece {
    return N(
      'product',
      pick(
        this.tr({
          en: [
            'Ibuprofen',
            'Lipitor',
            'Amoxicillin',
            'Tylenol',
            'Metformin',
            'Ozempic',
            'Zyrtec',
            'Claritin',
          ],
          de: [
            'Voltaren',
            'Aspirin',
            'Ibuprofen',
            'Thomapyrin',
            'Grippostad',
            'Pantoprazol',
            'Rennie',
            'Novalgin',
          ],
          fr: [
            'Doliprane',
            'Efferalgan',
            'Spasfon',
            'Smecta',
            'Dafalgan',
            'Gaviscon',
            'Meteospasmyl',
            'Levothyrox',
          ],
          es: [
            'Nolotil',
            'Gelocatil',
            'Frenadol',
            'Enantyum',
            'Almax',
            'Dalsy',
            'Omeprazol',
            'Espidifen',
          ],
        }),
      ),
    );
  }
  /** A product name, some named like streets or people's places (kind "product"). */
  product(): Piece {
    return N(
      'product',
      pick(
        this.tr({
          en: [
            'Galaxy S24',
            'Model Y',
            'Sunset Boulevard sofa',
            'Oxford Street armchair',
            'Abbey Road lamp',
            'Victoria sideboard',
          ],
          de: [
            'Golf GTI',
            'Sessel Lindenallee',
            'Bahnhofstraße-Kollektion',
            'Regal Friedrich',
            'Leuchte Charlotte',
            'Sofa Schillerplatz',
          ],
          fr: [
            'Clio',
            'Canapé Rivoli',
            'Collection Saint-Germain',
            'Fauteuil Voltaire',
            'Lampe Joséphine',
            'Buffet Montmartre',
          ],
          es: [
            'Ibiza',
            'Sofá Castellana',
            'Colección Gran Vía',
            'Lámpara Carmen',
            'Butaca Alcalá',
            'Aparador Salamanca',
          ],
        }),
      ),
    );
  }
  month(): Piece {
    return N('not_name', upperFirst(pick(MONTHS[this.lang])));
  }
}

function ibanCheck(cc: string, bban: string): string {
  const rearranged = `${bban}${cc}00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let mod = 0;
  for (const d of rearranged) mod = (mod * 10 + Number(d)) % 97;
  return pad(98 - mod, 2);
}
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

// ---------------------------------------------------------------- templates

interface Template {
  readonly id: string;
  readonly langs?: readonly Lang[];
  /** Texts with no PII at all (hard negatives only). */
  readonly negative?: boolean;
  build(c: Ctx): Seq;
}

const TEMPLATES: Template[] = [
  {
    id: 'support-mail-in',
    build(c) {
      const p = c.person();
      const sign = pick(
        c.tr({
          en: ['Best regards,', 'Thanks,', 'Cheers,', 'Kind regards'],
          de: ['Viele Grüße', 'Mit freundlichen Grüßen', 'LG', 'Beste Grüße'],
          fr: ['Cordialement,', 'Bien à vous,', 'Merci d’avance,', 'Bonne journée'],
          es: ['Saludos,', 'Un saludo,', 'Atentamente,', 'Gracias,'],
        }),
      );
      const body = c.tr({
        en: s`Hello,\n\nmy order ${c.orderNo()} arrived damaged. Could someone call me back? Best reached on ${c.phone()} after 5pm.\n\n${sign}\n${c.name(p)}`,
        de: s`Hallo zusammen,\n\nmeine Bestellung ${c.orderNo()} ist beschädigt angekommen. Bitte rufen Sie mich zurück unter ${c.phone()}, am besten nachmittags.\n\n${sign}\n${c.name(p)}`,
        fr: s`Bonjour,\n\nma commande ${c.orderNo()} est arrivée abîmée. Pouvez-vous me rappeler au ${c.phone()} ? Je suis joignable l'après-midi.\n\n${sign}\n${c.name(p)}`,
        es: s`Hola:\n\nmi pedido ${c.orderNo()} llegó dañado. ¿Me pueden llamar al ${c.phone()}? Estoy disponible por las tardes.\n\n${sign}\n${c.name(p)}`,
      });
      return body;
    },
  },
  {
    id: 'support-mail-reply',
    build(c) {
      const p = c.person();
      const agent = c.person();
      return c.tr({
        en: s`Hi ${c.firstName(p)},\n\nthanks for getting in touch. I've updated the e-mail on your account to ${c.email(p)} as requested. Your refund of ${c.price()} will follow within 5 working days.\n\nAll the best,\n${c.firstName(agent)} | Customer Care`,
        de: s`Hallo ${c.firstName(p)},\n\nvielen Dank für Ihre Nachricht. Wir haben die E-Mail-Adresse in Ihrem Kundenkonto auf ${c.email(p)} geändert. Die Gutschrift über ${c.price()} folgt in 5 Werktagen.\n\nFreundliche Grüße\n${c.name(agent, 'FL')}\nKundenservice`,
        fr: s`Bonjour ${c.name(p, 'FL')},\n\nmerci pour votre message. L'adresse e-mail de votre compte est désormais ${c.email(p)}. Le remboursement de ${c.price()} sera effectué sous 5 jours ouvrés.\n\nBien cordialement,\n${c.firstName(agent)}, service client`,
        es: s`Hola ${c.firstName(p)}:\n\ngracias por escribirnos. Hemos cambiado el correo de tu cuenta a ${c.email(p)}. El reembolso de ${c.price()} llegará en 5 días hábiles.\n\nUn saludo,\n${c.name(agent, 'FL')} – Atención al cliente`,
      });
    },
  },
  {
    id: 'hr-offer-letter',
    build(c) {
      const p = c.person();
      const hr = c.person();
      return c.tr({
        en: s`${c.name(p, 'FL')}\n${c.address()}\n\nDear ${c.titled(p, false)},\n\nWe are pleased to offer you the position of Logistics Coordinator starting ${c.plainDate()}, at an annual salary of ${c.price()}.\n\nSincerely,\n${c.name(hr, 'FL')}\nHead of People`,
        de: s`${c.name(p, 'FL')}\n${c.address()}\n\n${p.female ? 'Sehr geehrte' : 'Sehr geehrter'} ${c.titled(p, false)},\n\nwir freuen uns, Ihnen die Stelle als Sachbearbeiter/in Einkauf zum ${c.plainDate()} anbieten zu können. Das Bruttojahresgehalt beträgt ${c.price()}.\n\nMit freundlichen Grüßen\n${c.name(hr, 'FL')}\nPersonalabteilung`,
        fr: s`${c.name(p, 'FLAST')}\n${c.address()}\n\n${p.female ? 'Madame' : 'Monsieur'},\n\nNous avons le plaisir de vous proposer le poste de chargé(e) de clientèle à compter du ${c.plainDate()}, pour une rémunération annuelle brute de ${c.price()}.\n\nVeuillez agréer nos salutations distinguées.\n${c.name(hr, 'FL')}, DRH`,
        es: s`${c.name(p, 'FL')}\n${c.address()}\n\n${p.female ? 'Estimada' : 'Estimado'} ${c.titled(p, false)}:\n\nNos complace ofrecerle el puesto de técnico de compras con fecha de incorporación ${c.plainDate()} y un salario bruto anual de ${c.price()}.\n\nAtentamente,\n${c.name(hr, 'FL')}\nRecursos Humanos`,
      });
    },
  },
  {
    id: 'hr-record',
    build(c) {
      const p = c.person();
      const idLine =
        c.lang === 'en' && c.country === 'US' ? s`SSN: ${c.ssn()}` : s`IBAN: ${c.iban()}`;
      return c.tr({
        en: s`EMPLOYEE RECORD\nName: ${c.name(p, 'LF')}\n${c.dobLabelled(p)}\nHome: ${c.address()}\n${idLine}\nStart date: ${c.plainDate()}`,
        de: s`PERSONALSTAMMBLATT\nName, Vorname: ${c.name(p, 'LF')}\n${c.dobLabelled(p)}\nAnschrift: ${c.address()}\n${idLine}\nEintritt: ${c.plainDate()}`,
        fr: s`FICHE SALARIÉ\nNom, prénom : ${c.name(p, 'LF')}\n${c.dobLabelled(p)}\nAdresse : ${c.address()}\n${idLine}\nDate d'entrée : ${c.plainDate()}`,
        es: s`FICHA DEL EMPLEADO\nApellidos, nombre: ${c.name(p, 'LF')}\n${c.dobLabelled(p)}\nDomicilio: ${c.address()}\n${idLine}\nFecha de alta: ${c.plainDate()}`,
      });
    },
  },
  {
    id: 'medical-referral',
    build(c) {
      const p = c.person();
      const doc = c.person();
      const doc2 = c.person();
      return c.tr({
        en: s`Referral letter\n\nDear Dr. ${c.lastName(doc2)},\n\nI am referring ${c.name(p, 'FL')} (${c.dobLabelled(p)}) for assessment of persistent knee pain. Currently on ${c.drug()} 400 mg as needed. Tel. ${c.phone()}.\n\nYours sincerely,\nDr. ${c.name(doc, 'FL')}`,
        de: s`Überweisung\n\nSehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nich überweise ${c.titled(p, true)}, ${c.dobLabelled(p)}, zur Abklärung anhaltender Knieschmerzen. Aktuelle Medikation: ${c.drug()} bei Bedarf. Erreichbar unter ${c.phone()}.\n\nMit kollegialen Grüßen\nDr. med. ${c.name(doc, 'FL')}`,
        fr: s`Lettre d'adressage\n\nCher confrère,\n\nJe vous adresse ${c.titled(p, true)}, ${c.dobLabelled(p)}, pour un avis concernant des douleurs persistantes au genou. Traitement actuel : ${c.drug()} si besoin. Tél. ${c.phone()}.\n\nConfraternellement,\nDr ${c.name(doc, 'FLAST')}`,
        es: s`Hoja de derivación\n\nEstimado/a colega:\n\nLe remito a ${c.name(p, 'FL')}, ${c.dobLabelled(p)}, para valoración de dolor persistente de rodilla. Tratamiento actual: ${c.drug()} a demanda. Teléfono de contacto: ${c.phone()}.\n\nAtentamente,\nDra. ${c.name(doc, 'FL')}`,
      });
    },
  },
  {
    id: 'insurance-claim',
    build(c) {
      const p = c.person();
      return c.tr({
        en: s`Claim ${c.orderNo()} — water damage\nPolicyholder: ${c.name(p)}\nAddress of loss: ${c.address()}\nDate of incident: ${c.plainDate()}\nContact: ${c.phone()} / ${c.email(p)}\nPay-out account: ${c.iban()}\nEstimated damage: ${c.price()}`,
        de: s`Schadenmeldung ${c.orderNo()} – Leitungswasser\nVersicherungsnehmer/in: ${c.name(p)}\nSchadenort: ${c.address()}\nSchadentag: ${c.plainDate()}\nKontakt: ${c.phone()}, ${c.email(p)}\nAuszahlung auf: ${c.iban()}\nGeschätzte Schadenhöhe: ${c.price()}`,
        fr: s`Déclaration de sinistre ${c.orderNo()} – dégât des eaux\nAssuré(e) : ${c.name(p)}\nLieu du sinistre : ${c.address()}\nDate du sinistre : ${c.plainDate()}\nContact : ${c.phone()} – ${c.email(p)}\nRIB pour l'indemnisation : ${c.iban()}\nMontant estimé : ${c.price()}`,
        es: s`Parte de siniestro ${c.orderNo()} – daños por agua\nTomador: ${c.name(p)}\nDirección del siniestro: ${c.address()}\nFecha del siniestro: ${c.plainDate()}\nContacto: ${c.phone()} / ${c.email(p)}\nCuenta para el abono: ${c.iban()}\nImporte estimado: ${c.price()}`,
      });
    },
  },
  {
    id: 'bank-transfer',
    build(c) {
      const p = c.person();
      const q = c.person();
      return c.tr({
        en: s`Payment confirmation\nYou sent ${c.price()} to ${c.name(q, 'UP')}\nIBAN ${c.iban()}\nReference: ${c.orderNo()}\nExecuted on ${c.plainDate()} from the account of ${c.name(p)}.`,
        de: s`Überweisungsbestätigung\nEmpfänger: ${c.name(q, 'UP')}\nIBAN: ${c.iban()}\nBetrag: ${c.price()}\nVerwendungszweck: Rechnung ${c.orderNo()}\nAusgeführt am ${c.plainDate()} – Auftraggeber: ${c.name(p)}`,
        fr: s`Avis de virement\nBénéficiaire : ${c.name(q, 'UP')}\nIBAN : ${c.iban()}\nMontant : ${c.price()}\nLibellé : facture ${c.orderNo()}\nExécuté le ${c.plainDate()} – donneur d'ordre : ${c.name(p)}`,
        es: s`Justificante de transferencia\nBeneficiario: ${c.name(q, 'UP')}\nIBAN: ${c.iban()}\nImporte: ${c.price()}\nConcepto: factura ${c.orderNo()}\nFecha de ejecución: ${c.plainDate()} · Ordenante: ${c.name(p)}`,
      });
    },
  },
  {
    id: 'card-dispute',
    build(c) {
      const p = c.person();
      return c.tr({
        en: s`I'm disputing a charge of ${c.price()} on my card ${c.card()} dated ${c.plainDate()}. I never ordered from that merchant. — ${c.name(p)}`,
        de: s`Ich widerspreche einer Abbuchung über ${c.price()} vom ${c.plainDate()} auf meiner Kreditkarte ${c.card()}. Bei diesem Händler habe ich nie bestellt. ${c.name(p)}`,
        fr: s`Je conteste un débit de ${c.price()} du ${c.plainDate()} sur ma carte ${c.card()}. Je n'ai jamais commandé chez ce marchand. ${c.name(p)}`,
        es: s`Reclamo un cargo de ${c.price()} del ${c.plainDate()} en mi tarjeta ${c.card()}. Nunca compré en ese comercio. Atte., ${c.name(p)}`,
      });
    },
  },
  {
    id: 'crm-note',
    build(c) {
      const p = c.person();
      const owner = c.person();
      return c.tr({
        en: s`[CRM] ${c.timestamp()} – ${c.firstName(owner)}: called ${c.name(p)} (${c.phone()}) about the renewal. Prefers contact by e-mail: ${c.email(p)}. Follow up ${c.plainDate()}.`,
        de: s`[CRM] ${c.timestamp()} – ${c.firstName(owner)}: Rückruf bei ${c.name(p)} (${c.phone()}) wegen Vertragsverlängerung. Möchte per Mail kontaktiert werden: ${c.email(p)}. Wiedervorlage ${c.plainDate()}.`,
        fr: s`[CRM] ${c.timestamp()} – ${c.firstName(owner)} : appel de ${c.name(p)} (${c.phone()}) au sujet du renouvellement. Préfère être contacté(e) par mail : ${c.email(p)}. Relance le ${c.plainDate()}.`,
        es: s`[CRM] ${c.timestamp()} – ${c.firstName(owner)}: llamada con ${c.name(p)} (${c.phone()}) sobre la renovación. Prefiere contacto por correo: ${c.email(p)}. Seguimiento el ${c.plainDate()}.`,
      });
    },
  },
  {
    id: 'chat-number',
    build(c) {
      const a = c.person();
      const b = c.person();
      return c.tr({
        en: s`${c.firstName(a)}: hey ${c.firstName(b)}, got a new phone, save my number\n${c.firstName(a)}: ${c.phone()}\n${c.firstName(b)}: done 👍`,
        de: s`${c.firstName(a)}: hey ${c.firstName(b)}, hab ne neue Nummer: ${c.phone()}\n${c.firstName(b)}: ok, gespeichert 👍`,
        fr: s`${c.firstName(a)} : coucou ${c.firstName(b)}, j'ai changé de numéro, c'est le ${c.phone()}\n${c.firstName(b)} : ok noté 👍`,
        es: s`${c.firstName(a)}: ey ${c.firstName(b)}, tengo número nuevo: ${c.phone()}\n${c.firstName(b)}: vale, guardado 👍`,
      });
    },
  },
  {
    id: 'chat-transcript',
    build(c) {
      const p = c.person();
      const agent = c.person();
      return c.tr({
        en: s`Agent ${c.firstName(agent)}: For security, can you confirm your full name and date of birth?\nCustomer: ${c.name(p, 'FL')}, ${c.dob()}\nAgent ${c.firstName(agent)}: Thank you. And the postcode on file?\nCustomer: it's ${c.address()}`,
        de: s`Mitarbeiter ${c.firstName(agent)}: Zur Verifizierung bitte vollständiger Name und Geburtsdatum.\nKunde: ${c.name(p, 'FL')}, ${c.dob()}\nMitarbeiter ${c.firstName(agent)}: Danke. Und Ihre Adresse?\nKunde: ${c.address()}`,
        fr: s`Conseiller ${c.firstName(agent)} : Pour vérification, pouvez-vous indiquer vos nom, prénom et date de naissance ?\nClient : ${c.name(p, 'FL')}, ${c.dob()}\nConseiller ${c.firstName(agent)} : Merci. Et votre adresse ?\nClient : ${c.address()}`,
        es: s`Agente ${c.firstName(agent)}: Para verificar, ¿me indica su nombre completo y fecha de nacimiento?\nCliente: ${c.name(p, 'FL')}, ${c.dob()}\nAgente ${c.firstName(agent)}: Gracias. ¿Y su dirección?\nCliente: ${c.address()}`,
      });
    },
  },
  {
    id: 'application-form',
    build(c) {
      const p = c.person();
      return c.tr({
        en: s`APPLICATION FORM\nSurname: ${c.lastName(p)}\nFirst name(s): ${c.firstName(p)}\n${c.dobLabelled(p)}\nAddress: ${c.address()}\nTelephone: ${c.phone()}\nE-mail: ${c.email(p)}${c.country === 'US' ? s`\nSocial Security No.: ${c.ssn()}` : s``}\nPosition applied for: Warehouse Supervisor`,
        de: s`BEWERBUNGSBOGEN\nNachname: ${c.lastName(p)}\nVorname: ${c.firstName(p)}\n${c.dobLabelled(p)}\nWohnort: ${c.address()}\nTelefon: ${c.phone()}\nE-Mail: ${c.email(p)}\nGewünschte Stelle: Lagerleitung`,
        fr: s`FORMULAIRE DE CANDIDATURE\nNom : ${c.lastName(p)}\nPrénom : ${c.firstName(p)}\n${c.dobLabelled(p)}\nAdresse : ${c.address()}\nTéléphone : ${c.phone()}\nCourriel : ${c.email(p)}\nPoste souhaité : responsable d'entrepôt`,
        es: s`SOLICITUD DE EMPLEO\nApellidos: ${c.lastName(p)}\nNombre: ${c.firstName(p)}\n${c.dobLabelled(p)}\nDirección: ${c.address()}\nTeléfono: ${c.phone()}\nCorreo electrónico: ${c.email(p)}\nPuesto: jefe/a de almacén`,
      });
    },
  },
  {
    id: 'shipping-label',
    build(c) {
      const p = c.person();
      return c.tr({
        en: s`SHIP TO:\n${c.name(p, 'UP')}\n${c.address()}\nTEL ${c.phone()}\nTracking: ${c.orderNo()}  Weight 2.4 kg`,
        de: s`EMPFÄNGER:\n${c.name(p, 'UP')}\n${c.address()}\nTel.: ${c.phone()}\nSendungsnr.: ${c.orderNo()}  Gewicht 2,4 kg`,
        fr: s`DESTINATAIRE :\n${c.name(p, 'LASTF')}\n${c.address()}\nTél : ${c.phone()}\nN° de suivi : ${c.orderNo()}  Poids 2,4 kg`,
        es: s`DESTINATARIO:\n${c.name(p, 'UP')}\n${c.address()}\nTlf.: ${c.phone()}\nN.º de seguimiento: ${c.orderNo()}  Peso 2,4 kg`,
      });
    },
  },
  {
    id: 'log-login',
    build(c) {
      const p = c.person();
      return s`${c.timestamp()} INFO  auth.session - login ok user=${c.email(p)} src_ip=${c.ipv4()} ua="Mozilla/5.0" req=${c.uuid()}\n${c.timestamp()} WARN  auth.session - password retry count=2 src_ip=${c.ipv4()}`;
    },
  },
  {
    id: 'log-ipv6',
    build(c) {
      return s`[${c.timestamp()}] nginx: ${c.ipv6()} - - "GET /api/v2/profile HTTP/2.0" 200 1432 build=${c.version()}\n[${c.timestamp()}] app: client address ${c.ipv6()} rate-limited (trace ${c.sha()})`;
    },
  },
  {
    id: 'log-error-user',
    build(c) {
      const p = c.person();
      return c.tr({
        en: s`ERROR ${c.timestamp()} billing.worker: card authorisation failed for customer "${c.name(p, 'FL')}" <${c.email(p)}> amount=${c.price()} order=${c.orderNo()}`,
        de: s`ERROR ${c.timestamp()} billing.worker: Zahlung fehlgeschlagen für Kunde "${c.name(p, 'FL')}" <${c.email(p)}> Betrag=${c.price()} Auftrag=${c.orderNo()}`,
        fr: s`ERROR ${c.timestamp()} billing.worker : échec du paiement pour le client « ${c.name(p, 'FL')} » <${c.email(p)}> montant=${c.price()} commande=${c.orderNo()}`,
        es: s`ERROR ${c.timestamp()} billing.worker: pago rechazado para el cliente "${c.name(p, 'FL')}" <${c.email(p)}> importe=${c.price()} pedido=${c.orderNo()}`,
      });
    },
  },
  {
    id: 'legal-notice',
    build(c) {
      const p = c.person();
      const lawyer = c.person();
      return c.tr({
        en: s`NOTICE OF DEFAULT\nTo: ${c.name(p, 'FL')}, ${c.dobLabelled(p)}, residing at ${c.address()}.\nYou are hereby notified that the outstanding balance of ${c.price()} under agreement ${c.orderNo()} is due. Issued ${c.plainDate()} by ${c.name(lawyer, 'FL')}, Attorney at Law.`,
        de: s`MAHNBESCHEID\nAntragsgegner/in: ${c.name(p, 'FL')}, ${c.dobLabelled(p)}, wohnhaft ${c.address()}.\nDie offene Forderung über ${c.price()} aus Vertrag ${c.orderNo()} ist fällig. Ausgestellt am ${c.plainDate()}, Rechtsanwalt ${c.name(lawyer, 'FL')}.`,
        fr: s`MISE EN DEMEURE\nÀ l'attention de ${c.titled(p, true)}, ${c.dobLabelled(p)}, demeurant ${c.address()}.\nVous êtes mis(e) en demeure de régler la somme de ${c.price()} au titre du contrat ${c.orderNo()}. Fait le ${c.plainDate()}, Maître ${c.name(lawyer, 'FLAST')}, avocat.`,
        es: s`REQUERIMIENTO DE PAGO\nA la atención de ${c.titled(p, true)}, ${c.dobLabelled(p)}, con domicilio en ${c.address()}.\nSe le requiere el pago de ${c.price()} derivado del contrato ${c.orderNo()}. Emitido el ${c.plainDate()} por el letrado ${c.name(lawyer, 'FL')}.`,
      });
    },
  },
  {
    id: 'social-post',
    build(c) {
      const a = c.person();
      const b = c.person();
      return c.tr({
        en: s`So proud of my little sister ${c.firstName(a)} who finished her first marathon in ${c.place()} today!! 🏃‍♀️ Huge thanks to coach ${c.name(b, 'FL')} 🙌 #running`,
        de: s`Mega stolz auf ${c.firstName(a)}, die heute in ${c.place()} ihren ersten Marathon gelaufen ist!! 🏃‍♀️ Danke an Trainer ${c.name(b, 'FL')} 🙌 #laufen`,
        fr: s`Trop fière de ${c.firstName(a)} qui a couru son premier marathon à ${c.place()} aujourd'hui !! 🏃‍♀️ Merci au coach ${c.name(b, 'FL')} 🙌 #running`,
        es: s`¡Orgullosísima de ${c.firstName(a)}, que hoy ha corrido su primer maratón en ${c.place()}! 🏃‍♀️ Gracias al entrenador ${c.name(b, 'FL')} 🙌 #running`,
      });
    },
  },
  {
    id: 'meeting-notes',
    build(c) {
      const a = c.person();
      const b = c.person();
      const d = c.person();
      return c.tr({
        en: s`Meeting notes ${c.plainDate()}\nAttendees: ${c.name(a, 'FL')}, ${c.name(b, 'FL')}, ${c.firstName(d)} (remote)\nActions:\n- ${c.firstName(a)} to send the draft to ${c.email(d)}\n- ${c.firstName(b)} to check ${c.company()} quote (${c.price()})`,
        de: s`Protokoll vom ${c.plainDate()}\nTeilnehmende: ${c.name(a, 'FL')}, ${c.name(b, 'FL')}, ${c.firstName(d)} (remote)\nTo-dos:\n- ${c.firstName(a)} schickt den Entwurf an ${c.email(d)}\n- ${c.firstName(b)} prüft das Angebot von ${c.company()} (${c.price()})`,
        fr: s`Compte rendu du ${c.plainDate()}\nPrésents : ${c.name(a, 'FL')}, ${c.name(b, 'FL')}, ${c.firstName(d)} (à distance)\nActions :\n- ${c.firstName(a)} envoie le brouillon à ${c.email(d)}\n- ${c.firstName(b)} vérifie le devis ${c.company()} (${c.price()})`,
        es: s`Acta de la reunión del ${c.plainDate()}\nAsistentes: ${c.name(a, 'FL')}, ${c.name(b, 'FL')}, ${c.firstName(d)} (en remoto)\nTareas:\n- ${c.firstName(a)} envía el borrador a ${c.email(d)}\n- ${c.firstName(b)} revisa el presupuesto de ${c.company()} (${c.price()})`,
      });
    },
  },
  {
    id: 'csv-paste',
    build(c) {
      const rows: Seq = [];
      const n = int(2, 4);
      for (let i = 0; i < n; i++) {
        const p = c.person();
        rows.push(...s`\n${c.name(p, 'FL')};${c.email(p)};${c.phone()}`);
      }
      return c.tr({
        en: s`Can you import these into the mailing list?\n\nname;email;phone${rows}\n\nThanks!`,
        de: s`Kannst du die bitte in den Verteiler übernehmen?\n\nName;E-Mail;Telefon${rows}\n\nDanke!`,
        fr: s`Tu peux ajouter ceux-là à la liste de diffusion ?\n\nnom;email;téléphone${rows}\n\nMerci !`,
        es: s`¿Puedes añadir estos a la lista de correo?\n\nnombre;correo;teléfono${rows}\n\n¡Gracias!`,
      });
    },
  },
  {
    id: 'csv-paste-comma',
    build(c) {
      const rows: Seq = [];
      const n = int(2, 3);
      for (let i = 0; i < n; i++) {
        const p = c.person();
        rows.push(
          ...s`\n${digits(5)},${c.lastName(p)},${c.firstName(p)},${c.dob(false)},"${c.address()}"`,
        );
      }
      return s`id,last_name,first_name,birth_date,address${rows}`;
    },
  },
  {
    id: 'aws-leak',
    build(c) {
      const p = c.person();
      return c.tr({
        en: s`Hi team, ${c.firstName(p)} here — I accidentally pushed our keys to a public repo:\nAWS_ACCESS_KEY_ID=${c.aws()}\nAWS_SECRET_ACCESS_KEY=${c.awsSecret()}\nPlease rotate ASAP (commit ${c.sha()}).`,
        de: s`Hallo zusammen, hier ${c.firstName(p)} – ich habe versehentlich Zugangsdaten committet:\nAWS_ACCESS_KEY_ID=${c.aws()}\nAWS_SECRET_ACCESS_KEY=${c.awsSecret()}\nBitte sofort rotieren (Commit ${c.sha()}).`,
        fr: s`Salut, c'est ${c.firstName(p)} — j'ai poussé nos clés par erreur :\nAWS_ACCESS_KEY_ID=${c.aws()}\nAWS_SECRET_ACCESS_KEY=${c.awsSecret()}\nMerci de les révoquer (commit ${c.sha()}).`,
        es: s`Hola, soy ${c.firstName(p)}: he subido las claves por error a un repo público:\nAWS_ACCESS_KEY_ID=${c.aws()}\nAWS_SECRET_ACCESS_KEY=${c.awsSecret()}\nHay que rotarlas ya (commit ${c.sha()}).`,
      });
    },
  },
  {
    id: 'env-file',
    build(c) {
      return s`# .env (${c.tr({ en: 'do not commit', de: 'nicht einchecken', fr: 'ne pas committer', es: 'no subir al repo' })})\nAPP_VERSION=${c.version()}\nDB_HOST=db.internal\nDB_PASSWORD=${c.genericSecret(false)}\nGITHUB_TOKEN=${c.github()}\nSLACK_BOT_TOKEN=${c.slack()}\nSTRIPE_SECRET_KEY=${E('GENERIC_SECRET', `sk_live_${fromAlphabet(B62, int(24, 32))}`)}`;
    },
  },
  {
    id: 'json-config',
    build(c) {
      return s`{\n  "service": "billing",\n  "release": "${c.version()}",\n  "api_key": "${c.genericSecret(false)}",\n  "slack_webhook_token": "${c.slack()}",\n  "deploy_id": "${c.uuid()}"\n}`;
    },
  },
  {
    id: 'jwt-support',
    build(c) {
      const p = c.person();
      const api = E(
        'URL',
        `https://api.${pick(['brightlane.io', 'talvera.es', 'hollerbach.at'])}/v1/me`,
      );
      return c.tr({
        en: s`The API keeps returning 401. Here's the request:\ncurl -H "Authorization: Bearer ${c.jwt()}" ${api}\nAny idea? /${c.firstName(p)}`,
        de: s`Die API liefert immer 401. Mein Request:\ncurl -H "Authorization: Bearer ${c.jwt()}" ${api}\nIdeen? Gruß ${c.firstName(p)}`,
        fr: s`L'API renvoie toujours 401. Voici la requête :\ncurl -H "Authorization: Bearer ${c.jwt()}" ${api}\nUne idée ? ${c.firstName(p)}`,
        es: s`La API devuelve 401 siempre. Esta es la petición:\ncurl -H "Authorization: Bearer ${c.jwt()}" ${api}\n¿Alguna idea? ${c.firstName(p)}`,
      });
    },
  },
  {
    id: 'pem-paste',
    build(c) {
      return c.tr({
        en: s`ssh still fails with the new deploy key, pasting it here so you can check the format:\n${c.pem()}\nserver is ${c.ipv4()}`,
        de: s`ssh klappt mit dem neuen Deploy-Key nicht, hier der Schlüssel zum Prüfen:\n${c.pem()}\nServer: ${c.ipv4()}`,
        fr: s`ssh échoue toujours avec la nouvelle clé, je la colle ici pour vérifier le format :\n${c.pem()}\nserveur : ${c.ipv4()}`,
        es: s`ssh sigue fallando con la nueva clave, la pego aquí para revisar el formato:\n${c.pem()}\nservidor: ${c.ipv4()}`,
      });
    },
  },
  {
    id: 'password-chat',
    build(c) {
      const a = c.person();
      const b = c.person();
      return c.tr({
        en: s`${c.firstName(a)}: what's the wifi login for the office?\n${c.firstName(b)}: user guest, password: ${c.genericSecret(true)}`,
        de: s`${c.firstName(a)}: wie war nochmal das Passwort fürs Buchhaltungs-Tool?\n${c.firstName(b)}: Benutzer buha, Passwort: ${c.genericSecret(true)}`,
        fr: s`${c.firstName(a)} : c'est quoi le mot de passe du compte partagé ?\n${c.firstName(b)} : identifiant compta, mot de passe : ${c.genericSecret(true)}`,
        es: s`${c.firstName(a)}: ¿cuál era la contraseña del panel?\n${c.firstName(b)}: usuario admin, contraseña: ${c.genericSecret(true)}`,
      });
    },
  },
  {
    id: 'tax-form-us',
    langs: ['en'],
    build(c) {
      const p = c.person();
      const q = c.person();
      return s`W-4 details for payroll\nEmployee: ${c.name(p, 'FML')}\nSSN ${c.ssn()}\nSpouse: ${c.name(q, 'FL')} (SSN: ${c.ssn()})\nFiling status: married filing jointly. Refund routed to the account on file.`;
    },
  },
  {
    id: 'hotel-booking',
    build(c) {
      const p = c.person();
      return c.tr({
        en: s`Booking confirmed for ${c.titled(p, true)}\nArrival: ${c.plainDate()} · 2 nights · ${c.place()}\nGuarantee card: ${c.card()}\nTotal: ${c.price()}\nQuestions? Reply to this mail or call ${c.phone()}.`,
        de: s`Buchungsbestätigung für ${c.titled(p, true)}\nAnreise: ${c.plainDate()} · 2 Nächte · ${c.place()}\nGarantiekarte: ${c.card()}\nGesamtbetrag: ${c.price()}\nRückfragen unter ${c.phone()}.`,
        fr: s`Réservation confirmée pour ${c.titled(p, true)}\nArrivée : ${c.plainDate()} · 2 nuits · ${c.place()}\nCarte de garantie : ${c.card()}\nTotal : ${c.price()}\nUne question ? Appelez le ${c.phone()}.`,
        es: s`Reserva confirmada para ${c.titled(p, true)}\nLlegada: ${c.plainDate()} · 2 noches · ${c.place()}\nTarjeta de garantía: ${c.card()}\nTotal: ${c.price()}\n¿Dudas? Llame al ${c.phone()}.`,
      });
    },
  },
  {
    id: 'cover-letter',
    build(c) {
      const p = c.person();
      return c.tr({
        en: s`Dear Hiring Manager,\n\nplease find attached my CV for the Data Analyst role. My portfolio is at ${c.url(p)}.\n\nKind regards,\n${c.name(p, 'FL')}\n${c.phone()} · ${c.email(p)}`,
        de: s`Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie meine Bewerbungsunterlagen für die Stelle als Datenanalyst/in. Mein Profil: ${c.url(p)}\n\nMit freundlichen Grüßen\n${c.name(p, 'FL')}\n${c.phone()} | ${c.email(p)}`,
        fr: s`Madame, Monsieur,\n\nveuillez trouver ci-joint mon CV pour le poste d'analyste de données. Mon profil : ${c.url(p)}\n\nCordialement,\n${c.name(p, 'FL')}\n${c.phone()} – ${c.email(p)}`,
        es: s`Estimados señores:\n\nles adjunto mi CV para el puesto de analista de datos. Mi perfil: ${c.url(p)}\n\nUn cordial saludo,\n${c.name(p, 'FL')}\n${c.phone()} · ${c.email(p)}`,
      });
    },
  },
  {
    id: 'school-enrolment',
    build(c) {
      const child = c.person();
      const other = c.person();
      const src = other.src === 'invented' || child.src === 'invented' ? 'invented' : 'listed';
      const parent: Person = { ...other, last: child.last, src };
      return c.tr({
        en: s`Enrolment form – Year 3\nPupil: ${c.name(child, 'FL')}, ${c.dobLabelled(child)}\nParent/guardian: ${c.name(parent, 'FL')}\nEmergency contact: ${c.phone()}\nAllergies: none`,
        de: s`Schulanmeldung Klasse 3\nKind: ${c.name(child, 'FL')}, ${c.dobLabelled(child)}\nErziehungsberechtigte/r: ${c.name(parent, 'FL')}\nNotfallnummer: ${c.phone()}\nAllergien: keine`,
        fr: s`Fiche d'inscription – CE2\nÉlève : ${c.name(child, 'FLAST')}, ${c.dobLabelled(child)}\nResponsable légal : ${c.name(parent, 'FLAST')}\nEn cas d'urgence : ${c.phone()}\nAllergies : aucune`,
        es: s`Ficha de matrícula – 3.º de Primaria\nAlumno/a: ${c.name(child, 'FL')}, ${c.dobLabelled(child)}\nPadre/madre/tutor: ${c.name(parent, 'FL')}\nTeléfono de emergencia: ${c.phone()}\nAlergias: ninguna`,
      });
    },
  },
  {
    id: 'sepa-mandate',
    langs: ['de', 'fr', 'es'],
    build(c) {
      const p = c.person();
      return c.tr({
        en: s``,
        de: s`SEPA-Lastschriftmandat\nKontoinhaber/in: ${c.name(p, 'LF')}\nAnschrift: ${c.address()}\nIBAN: ${c.iban()}\nMandatsreferenz: ${c.orderNo()}\nDatum, Unterschrift: ${c.plainDate()}, ${c.name(p, 'FL')}`,
        fr: s`Mandat de prélèvement SEPA\nTitulaire du compte : ${c.name(p, 'LASTF')}\nAdresse : ${c.address()}\nIBAN : ${c.iban()}\nRéférence unique du mandat : ${c.orderNo()}\nFait le ${c.plainDate()} — signature : ${c.name(p, 'FL')}`,
        es: s`Orden de domiciliación SEPA\nTitular de la cuenta: ${c.name(p, 'LF')}\nDirección: ${c.address()}\nIBAN: ${c.iban()}\nReferencia de la orden: ${c.orderNo()}\nFecha y firma: ${c.plainDate()}, ${c.name(p, 'FL')}`,
      });
    },
  },
  {
    id: 'appointment-sms',
    build(c) {
      const doc = c.person();
      const p = c.person();
      return c.tr({
        en: s`Reminder: ${c.firstName(p)}, your appointment with Dr. ${c.lastName(doc)} is on ${c.plainDate()} at 9:40. To cancel call ${c.phone()}.`,
        de: s`Erinnerung: Ihr Termin bei ${c.titled(doc, false)} ist am ${c.plainDate()} um 9:40 Uhr. Absage bitte unter ${c.phone()}.`,
        fr: s`Rappel : RDV avec le Dr ${c.lastName(doc)} le ${c.plainDate()} à 9h40. Pour annuler : ${c.phone()}.`,
        es: s`Recordatorio: ${c.firstName(p)}, su cita con la Dra. ${c.lastName(doc)} es el ${c.plainDate()} a las 9:40. Para anular llame al ${c.phone()}.`,
      });
    },
  },
  {
    id: 'git-commit',
    build(c) {
      const p = c.person();
      return s`commit ${c.sha()}\nAuthor: ${c.name(p, 'FL')} <${c.email(p)}>\nDate:   ${c.timestamp()}\n\n    ${c.tr({ en: 'fix rounding in invoice totals', de: 'Rundung der Rechnungssummen korrigiert', fr: 'corrige l’arrondi des totaux', es: 'corrige el redondeo de totales' })} (release ${c.version()})`;
    },
  },
  {
    id: 'classified-ad',
    build(c) {
      const p = c.person();
      return c.tr({
        en: s`FOR SALE: kids' bike, barely used, ${c.price()}. Pick-up only. Text ${c.firstName(p)} on ${c.phone()}.`,
        de: s`Verkaufe Kinderfahrrad, kaum benutzt, ${c.price()} VB. Nur Abholung. Meldet euch bei ${c.firstName(p)}: ${c.phone()}`,
        fr: s`À vendre : vélo enfant très peu servi, ${c.price()}. À récupérer sur place. Contactez ${c.firstName(p)} au ${c.phone()}.`,
        es: s`Vendo bici de niño casi nueva, ${c.price()}. Solo recogida en mano. Escribid a ${c.firstName(p)} al ${c.phone()}.`,
      });
    },
  },
  {
    id: 'voicemail',
    build(c) {
      const p = c.person();
      return c.tr({
        en: s`Voicemail transcript: "Hi, it's ${c.name(p, 'FL')} from ${c.company()} procurement, calling about the invoice. Call me back on ${c.phone()}, thanks."`,
        de: s`Sprachnachricht: „Hallo, hier ist ${c.name(p, 'FL')} vom Einkauf bei ${c.company()}, es geht um die Rechnung. Rufen Sie mich bitte zurück unter ${c.phone()}. Danke."`,
        fr: s`Message vocal : « Bonjour, ${c.name(p, 'FL')} des achats chez ${c.company()}, c'est au sujet de la facture. Rappelez-moi au ${c.phone()}, merci. »`,
        es: s`Mensaje de voz: «Hola, soy ${c.name(p, 'FL')}, de compras de ${c.company()}, le llamo por la factura. Devuélvame la llamada al ${c.phone()}, gracias.»`,
      });
    },
  },
  {
    id: 'rental-application',
    build(c) {
      const p = c.person();
      const ref = c.person();
      return c.tr({
        en: s`Tenant application\nApplicant: ${c.name(p)} (${c.dobLabelled(p)})\nCurrent address: ${c.address()}\nPrevious landlord: ${c.name(ref, 'FL')}, ${c.phone()}\nMonthly income: ${c.price()}`,
        de: s`Mieterselbstauskunft\nMietinteressent/in: ${c.name(p)}, ${c.dobLabelled(p)}\nDerzeitige Anschrift: ${c.address()}\nVorvermieter: ${c.name(ref, 'FL')}, Tel. ${c.phone()}\nNettoeinkommen: ${c.price()}`,
        fr: s`Dossier de location\nCandidat(e) : ${c.name(p)}, ${c.dobLabelled(p)}\nAdresse actuelle : ${c.address()}\nAncien propriétaire : ${c.titled(ref, true)}, ${c.phone()}\nRevenus mensuels : ${c.price()}`,
        es: s`Solicitud de alquiler\nSolicitante: ${c.name(p)}, ${c.dobLabelled(p)}\nDomicilio actual: ${c.address()}\nArrendador anterior: ${c.titled(ref, true)}, ${c.phone()}\nIngresos mensuales: ${c.price()}`,
      });
    },
  },
  {
    id: 'prescription',
    build(c) {
      const p = c.person();
      const doc = c.person();
      return c.tr({
        en: s`Rx — Patient: ${c.name(p, 'LF')}  ${c.dobLabelled(p)}\n${c.drug()} 20 mg, 1 tablet daily, 30 days\nPrescriber: Dr. ${c.name(doc, 'IL')}`,
        de: s`Rezept – Patient/in: ${c.name(p, 'LF')}, ${c.dobLabelled(p)}\n${c.drug()} 1-0-1, N2\nVerordnet von Dr. ${c.name(doc, 'FL')}`,
        fr: s`Ordonnance – Patient(e) : ${c.name(p, 'LASTF')}, ${c.dobLabelled(p)}\n${c.drug()} 1 g, 3 fois par jour pendant 5 jours\nDr ${c.name(doc, 'FLAST')}`,
        es: s`Receta – Paciente: ${c.name(p, 'LF')}, ${c.dobLabelled(p)}\n${c.drug()} 575 mg, cada 8 horas durante 5 días\nDr. ${c.name(doc, 'FL')}`,
      });
    },
  },
  {
    id: 'newsletter-unsub',
    build(c) {
      return c.tr({
        en: s`You are receiving this because ${c.email(c.person())} subscribed to our newsletter. Unsubscribe: ${E('URL', `https://news.brightlane.io/unsubscribe?u=${fromAlphabet(B62, 20)}&list=${digits(4)}`)}`,
        de: s`Sie erhalten diese Nachricht, weil ${c.email(c.person())} unseren Newsletter abonniert hat. Abmelden: ${E('URL', `https://newsletter.hollerbach.at/abmelden?u=${fromAlphabet(B62, 20)}&liste=${digits(4)}`)}`,
        fr: s`Vous recevez ce message car ${c.email(c.person())} est inscrit à notre lettre d'information. Se désabonner : ${E('URL', `https://lettre.bellerive.fr/desinscription?u=${fromAlphabet(B62, 20)}&liste=${digits(4)}`)}`,
        es: s`Recibe este correo porque ${c.email(c.person())} está suscrito a nuestro boletín. Darse de baja: ${E('URL', `https://boletin.talvera.es/baja?u=${fromAlphabet(B62, 20)}&lista=${digits(4)}`)}`,
      });
    },
  },
  {
    id: 'accident-report',
    build(c) {
      const p = c.person();
      const q = c.person();
      return c.tr({
        en: s`Incident report: on ${c.plainDate()} my car was hit at a junction in ${c.place()}. Other driver: ${c.name(q, 'FL')}, phone ${c.phone()}, lives at ${c.address()}. Witness: ${c.firstName(p)} (no surname given).`,
        de: s`Unfallbericht: Am ${c.plainDate()} kam es an einer Kreuzung in ${c.place()} zum Zusammenstoß. Unfallgegner: ${c.name(q, 'FL')}, Tel. ${c.phone()}, wohnhaft ${c.address()}. Zeugin: ${c.firstName(p)} (Nachname unbekannt).`,
        fr: s`Constat : le ${c.plainDate()}, collision à un carrefour de ${c.place()}. Autre conducteur : ${c.name(q, 'FLAST')}, tél. ${c.phone()}, domicilié ${c.address()}. Témoin : ${c.firstName(p)} (nom non communiqué).`,
        es: s`Parte de accidente: el ${c.plainDate()} hubo una colisión en un cruce de ${c.place()}. Otro conductor: ${c.name(q, 'FL')}, tel. ${c.phone()}, con domicilio en ${c.address()}. Testigo: ${c.firstName(p)} (sin apellido).`,
      });
    },
  },
  {
    id: 'wifi-guest-log',
    build(c) {
      const p = c.person();
      return c.tr({
        en: s`Guest Wi-Fi: device "${c.firstName(p)}'s iPhone" joined from ${c.ipv4()} at ${c.timestamp()}; lease renewed, gateway firmware ${c.version()}.`,
        de: s`Gäste-WLAN: Gerät „iPhone von ${c.firstName(p)}" verbunden mit ${c.ipv4()} um ${c.timestamp()}; Firmware ${c.version()}.`,
        fr: s`Wi-Fi invités : l'appareil « iPhone de ${c.firstName(p)} » s'est connecté depuis ${c.ipv4()} à ${c.timestamp()} ; firmware ${c.version()}.`,
        es: s`Wi-Fi de invitados: el dispositivo «iPhone de ${c.firstName(p)}» se conectó desde ${c.ipv4()} a las ${c.timestamp()}; firmware ${c.version()}.`,
      });
    },
  },
  {
    id: 'donation-receipt',
    build(c) {
      const p = c.person();
      return c.tr({
        en: s`Thank you, ${c.titled(p, false)}! We received your donation of ${c.price()} on ${c.plainDate()}. Receipt sent to ${c.email(p)}.`,
        de: s`Vielen Dank, ${c.titled(p, false)}! Ihre Spende über ${c.price()} ist am ${c.plainDate()} eingegangen. Die Zuwendungsbestätigung geht an ${c.email(p)}.`,
        fr: s`Merci ${c.titled(p, false)} ! Nous avons bien reçu votre don de ${c.price()} le ${c.plainDate()}. Le reçu fiscal a été envoyé à ${c.email(p)}.`,
        es: s`¡Gracias, ${c.titled(p, false)}! Hemos recibido su donativo de ${c.price()} el ${c.plainDate()}. El certificado se ha enviado a ${c.email(p)}.`,
      });
    },
  },
  {
    id: 'possessive-mention',
    build(c) {
      const p = c.person();
      const q = c.person();
      return c.tr({
        en: s`Per ${c.name(p, 'FL')}'s request, the contract was forwarded to ${c.name(q, 'FL')} in legal.`,
        de: s`Auf Wunsch von ${c.name(p, 'FL')} wurde der Vertrag an ${c.titled(q, false)} in der Rechtsabteilung weitergeleitet.`,
        fr: s`À la demande de ${c.name(p, 'FL')}, le contrat a été transmis à ${c.titled(q, false)} du service juridique.`,
        es: s`A petición de ${c.name(p, 'FL')}, el contrato se ha remitido a ${c.titled(q, false)}, del departamento jurídico.`,
      });
    },
  },
  // ------------------------------------------------------------ hard negatives (no PII)
  {
    id: 'neg-release-notes',
    negative: true,
    build(c) {
      return c.tr({
        en: s`Release ${c.version()} is out. Upgrading from ${c.version()} is recommended; the Windows agent now requires build ${c.version()}. Fixes ticket ${c.orderNo()} (checksum ${c.sha()}).`,
        de: s`Version ${c.version()} ist verfügbar. Ein Update von ${c.version()} wird empfohlen; der Windows-Agent benötigt Build ${c.version()}. Behebt Ticket ${c.orderNo()} (Prüfsumme ${c.sha()}).`,
        fr: s`La version ${c.version()} est disponible. La mise à jour depuis la ${c.version()} est conseillée ; l'agent Windows requiert le build ${c.version()}. Corrige le ticket ${c.orderNo()} (somme de contrôle ${c.sha()}).`,
        es: s`Ya está disponible la versión ${c.version()}. Se recomienda actualizar desde la ${c.version()}; el agente de Windows requiere la build ${c.version()}. Corrige la incidencia ${c.orderNo()} (checksum ${c.sha()}).`,
      });
    },
  },
  {
    id: 'neg-invoice',
    negative: true,
    build(c) {
      return c.tr({
        en: s`Invoice ${c.orderNo()}\nIssued: ${c.plainDate()}  Due: ${c.plainDate()}\nSubtotal ${c.price()}, VAT 20 %, total ${c.price()}.\nPlease quote reference ${c.cardLookalike()} with your payment.`,
        de: s`Rechnung ${c.orderNo()}\nRechnungsdatum: ${c.plainDate()}  Fällig: ${c.plainDate()}\nNetto ${c.price()}, USt. 19 %, Gesamt ${c.price()}.\nBitte geben Sie bei Zahlung die Referenz ${c.cardLookalike()} an.`,
        fr: s`Facture ${c.orderNo()}\nÉmise le ${c.plainDate()} – échéance ${c.plainDate()}\nTotal HT ${c.price()}, TVA 20 %, TTC ${c.price()}.\nMerci d'indiquer la référence ${c.cardLookalike()} lors du paiement.`,
        es: s`Factura ${c.orderNo()}\nFecha de emisión: ${c.plainDate()}  Vencimiento: ${c.plainDate()}\nBase imponible ${c.price()}, IVA 21 %, total ${c.price()}.\nIndique la referencia ${c.cardLookalike()} al pagar.`,
      });
    },
  },
  {
    id: 'neg-leaflet',
    negative: true,
    build(c) {
      return c.tr({
        en: s`Patient information: do not take ${c.drug()} together with ${c.drug()}. Store below 25 °C. Batch ${c.orderNo()}, expires ${c.plainDate()}.`,
        de: s`Gebrauchsinformation: ${c.drug()} nicht zusammen mit ${c.drug()} einnehmen. Nicht über 25 °C lagern. Ch.-B. ${c.orderNo()}, verwendbar bis ${c.plainDate()}.`,
        fr: s`Notice : ne pas associer ${c.drug()} et ${c.drug()}. À conserver en dessous de 25 °C. Lot ${c.orderNo()}, à utiliser avant le ${c.plainDate()}.`,
        es: s`Prospecto: no tome ${c.drug()} junto con ${c.drug()}. Conservar por debajo de 25 °C. Lote ${c.orderNo()}, caducidad ${c.plainDate()}.`,
      });
    },
  },
  {
    id: 'neg-itinerary',
    negative: true,
    build(c) {
      return c.tr({
        en: s`Itinerary: depart ${c.place()} on ${c.plainDate()} 07:15, change in ${c.place()}, arrive ${c.place()} 13:40. Booking ref ${c.orderNo()}, fare ${c.price()}.`,
        de: s`Reiseplan: Abfahrt ${c.place()} am ${c.plainDate()} um 07:15, Umstieg in ${c.place()}, Ankunft ${c.place()} 13:40. Buchungsnr. ${c.orderNo()}, Preis ${c.price()}.`,
        fr: s`Itinéraire : départ de ${c.place()} le ${c.plainDate()} à 07h15, correspondance à ${c.place()}, arrivée à ${c.place()} à 13h40. Réf. ${c.orderNo()}, tarif ${c.price()}.`,
        es: s`Itinerario: salida de ${c.place()} el ${c.plainDate()} a las 07:15, transbordo en ${c.place()}, llegada a ${c.place()} a las 13:40. Localizador ${c.orderNo()}, tarifa ${c.price()}.`,
      });
    },
  },
  {
    id: 'neg-gitlog',
    negative: true,
    build(c) {
      return s`${c.sha()} ${c.timestamp()} merge: release/${c.version()}\n${c.sha()} ${c.timestamp()} chore: bump deps (lockfile ${c.sha()})\nrun-id=${c.uuid()} epoch=${c.timestamp()}`;
    },
  },
  {
    id: 'neg-booklist',
    negative: true,
    build(c) {
      return c.tr({
        en: s`Reading list for ${c.month()}: "The Quiet Harbour", ISBN ${c.isbn()}; "Bridges of Stone", ISBN ${c.isbn()}. Order both for ${c.price()}.`,
        de: s`Leseliste für ${c.month()}: „Der stille Hafen", ISBN ${c.isbn()}; „Brücken aus Stein", ISBN ${c.isbn()}. Zusammen ${c.price()}.`,
        fr: s`Lectures de ${c.month()} : « Le Port tranquille », ISBN ${c.isbn()} ; « Ponts de pierre », ISBN ${c.isbn()}. Les deux pour ${c.price()}.`,
        es: s`Lecturas de ${c.month()}: «El puerto tranquilo», ISBN ${c.isbn()}; «Puentes de piedra», ISBN ${c.isbn()}. Ambos por ${c.price()}.`,
      });
    },
  },
  {
    id: 'neg-business-news',
    negative: true,
    build(c) {
      return c.tr({
        en: s`${c.company()} and ${c.company()} will open a joint plant near ${c.place()} in ${c.month()}; shares rose 3.2 % to ${c.price()}.`,
        de: s`${c.company()} und ${c.company()} eröffnen im ${c.month()} ein gemeinsames Werk bei ${c.place()}; die Aktie stieg um 3,2 % auf ${c.price()}.`,
        fr: s`${c.company()} et ${c.company()} ouvriront en ${c.month()} une usine commune près de ${c.place()} ; l'action a gagné 3,2 % à ${c.price()}.`,
        es: s`${c.company()} y ${c.company()} abrirán en ${c.month()} una planta conjunta cerca de ${c.place()}; la acción subió un 3,2 % hasta ${c.price()}.`,
      });
    },
  },
  {
    id: 'neg-catalogue',
    negative: true,
    build(c) {
      return c.tr({
        en: s`New in: the ${c.product()} (art. no. ${c.ssnInvalid()}), now ${c.price()}. Matching ${c.product()} available from ${c.month()}.`,
        de: s`Neu im Sortiment: ${c.product()} (Art.-Nr. ${c.ssnInvalid()}), jetzt ${c.price()}. Passend dazu: ${c.product()}, lieferbar ab ${c.month()}.`,
        fr: s`Nouveauté : ${c.product()} (réf. ${c.ssnInvalid()}), désormais ${c.price()}. Assorti : ${c.product()}, disponible dès ${c.month()}.`,
        es: s`Novedad: ${c.product()} (ref. ${c.ssnInvalid()}), ahora ${c.price()}. A juego: ${c.product()}, disponible desde ${c.month()}.`,
      });
    },
  },
  {
    id: 'neg-bank-faq',
    negative: true,
    build(c) {
      return c.tr({
        en: s`FAQ: an IBAN such as ${c.ibanInvalid()} (example only, check digits invalid) has up to 34 characters. Test card numbers like ${c.cardLookalike()} will be declined.`,
        de: s`FAQ: Eine IBAN wie ${c.ibanInvalid()} (nur Beispiel, ungültige Prüfziffer) hat bis zu 34 Zeichen. Testkartennummern wie ${c.cardLookalike()} werden abgelehnt.`,
        fr: s`FAQ : un IBAN comme ${c.ibanInvalid()} (exemple, clé invalide) compte jusqu'à 34 caractères. Les numéros de test comme ${c.cardLookalike()} sont refusés.`,
        es: s`Preguntas frecuentes: un IBAN como ${c.ibanInvalid()} (solo ejemplo, dígitos de control no válidos) tiene hasta 34 caracteres. Las tarjetas de prueba como ${c.cardLookalike()} se rechazan.`,
      });
    },
  },
  {
    id: 'neg-server-status',
    negative: true,
    build(c) {
      return s`status ok | node=${c.tr({ en: 'eu-west', de: 'fra-2', fr: 'par-1', es: 'mad-1' })} build=${c.version()} uptime=14d03h cpu=92% mem=61% last_deploy=${c.timestamp()} image=sha256:${c.sha()} job=${c.uuid()}`;
    },
  },
  {
    id: 'neg-calendar',
    negative: true,
    build(c) {
      return c.tr({
        en: s`Team calendar: quarterly review moved to ${c.plainDate()}; budget freeze in ${c.month()}; office closed on ${c.plainDate()} (bank holiday). Room "Victoria" booked.`,
        de: s`Teamkalender: Quartalsreview verschoben auf den ${c.plainDate()}; Budgetstopp im ${c.month()}; Büro geschlossen am ${c.plainDate()} (Feiertag). Raum „Goethe" gebucht.`,
        fr: s`Agenda de l'équipe : revue trimestrielle déplacée au ${c.plainDate()} ; gel budgétaire en ${c.month()} ; bureaux fermés le ${c.plainDate()} (jour férié). Salle « Pasteur » réservée.`,
        es: s`Calendario del equipo: la revisión trimestral pasa al ${c.plainDate()}; congelación de presupuesto en ${c.month()}; oficina cerrada el ${c.plainDate()} (festivo). Sala «Picasso» reservada.`,
      });
    },
  },
  {
    id: 'neg-support-generic',
    negative: true,
    build(c) {
      return c.tr({
        en: s`Hi team,\n\nthe parcel for order ${c.orderNo()} was returned to the depot in ${c.place()} on ${c.plainDate()}. Please re-ship; the ${c.product()} was out of stock until ${c.month()}.\n\nThanks,\nLogistics`,
        de: s`Hallo Team,\n\ndas Paket zu Auftrag ${c.orderNo()} ging am ${c.plainDate()} zurück an das Lager ${c.place()}. Bitte neu versenden; ${c.product()} war bis ${c.month()} nicht lieferbar.\n\nDanke,\nLogistik`,
        fr: s`Bonjour à tous,\n\nle colis de la commande ${c.orderNo()} est revenu au dépôt de ${c.place()} le ${c.plainDate()}. Merci de le réexpédier ; le ${c.product()} était en rupture jusqu'en ${c.month()}.\n\nMerci,\nLa logistique`,
        es: s`Hola, equipo:\n\nel paquete del pedido ${c.orderNo()} volvió al almacén de ${c.place()} el ${c.plainDate()}. Por favor, reenviadlo; el ${c.product()} estuvo agotado hasta ${c.month()}.\n\nGracias,\nLogística`,
      });
    },
  },
];

// ---------------------------------------------------------------- assembly

function assemble(seq: Seq): {
  text: string;
  entities: Heldout3Span[];
  negatives: { kind: string; start: number; end: number }[];
} {
  let text = '';
  const entities: Heldout3Span[] = [];
  const negatives: { kind: string; start: number; end: number }[] = [];
  for (const p of seq) {
    if (typeof p === 'string') {
      text += p;
      continue;
    }
    const start = text.length;
    text += p.v;
    if (p.v === '') continue;
    if (p.k === 'e') {
      entities.push({
        type: p.type,
        start,
        end: text.length,
        ...(p.src === undefined ? {} : { source: p.src }),
      });
    } else negatives.push({ kind: p.kind, start, end: text.length });
  }
  return { text, entities, negatives };
}

/** ~`n` records, languages in turn; ~20 % texts without PII. Deterministic for a given `n`. */
export function generateHeldout3(n = 2000): HeldoutRecord[] {
  rand = mulberry32(20261203);
  Object.values(FAKERS).forEach((f, i) => f.seed(7919 + i));
  const out: HeldoutRecord[] = [];
  for (let i = 0; i < n; i++) {
    const lang = LANGS[i % LANGS.length] ?? 'en';
    const c = new Ctx(lang, pick(COUNTRIES[lang]));
    const negative = chance(0.2);
    const pool = TEMPLATES.filter(
      (t) => (t.negative ?? false) === negative && (t.langs ?? LANGS).includes(lang),
    );
    const t = pick(pool);
    const { text, entities, negatives } = assemble(t.build(c));
    out.push({ id: `h3-${i}`, lang, template: `${lang}:${t.id}`, text, entities, negatives });
  }
  return out;
}
