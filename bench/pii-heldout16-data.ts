/**
 * Generator for `bench/pii-heldout16.ts`: a blind held-out set of long-form narrative and document
 * prose in English, German, French and Spanish — news items, obituaries, birth announcements,
 * biographies, encyclopedia entries, minutes, police and court summaries, recommendation letters,
 * school reports, personal e-mails and blog posts, newsletters. Written from the developer corpus
 * README's labelling conventions only. Names come from @faker-js/faker locale lists (picked with our
 * own seeded PRNG) or are built from syllables (`source: 'invented'`). Offsets are recorded while each
 * text is assembled piece by piece; values are never searched for afterwards.
 */
import {
  fakerDE,
  fakerDE_AT,
  fakerDE_CH,
  fakerEN,
  fakerEN_AU,
  fakerEN_GB,
  fakerES,
  fakerES_MX,
  fakerFR,
  fakerFR_CH,
  fakerIT,
  fakerPL,
  fakerPT_PT,
  fakerTR,
  type Faker,
} from '@faker-js/faker';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import type { HeldoutRecord, Lang } from './pii-heldout-data.js';

export interface Heldout16Span extends Span {
  readonly source?: 'listed' | 'invented';
}

export interface Heldout16Record extends HeldoutRecord {
  readonly entities: Heldout16Span[];
}

const ORDER: readonly Lang[] = ['en', 'de', 'fr', 'es'];

// ---------------------------------------------------------------------------------------------
// PRNG

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
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from empty list');
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  weighted<T>(xs: readonly (readonly [T, number])[]): T {
    const total = xs.reduce((a, [, w]) => a + w, 0);
    let r = this.next() * total;
    for (const [v, w] of xs) {
      r -= w;
      if (r < 0) return v;
    }
    return xs[xs.length - 1]![0];
  }
}

// ---------------------------------------------------------------------------------------------
// Countries, places, streets

type Country = 'US' | 'GB' | 'IE' | 'CA' | 'AU' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'ES' | 'MX';

const COUNTRIES: Record<Lang, readonly (readonly [Country, number])[]> = {
  en: [
    ['US', 40],
    ['GB', 30],
    ['IE', 10],
    ['CA', 10],
    ['AU', 10],
  ],
  de: [
    ['DE', 60],
    ['AT', 20],
    ['CH', 20],
  ],
  fr: [
    ['FR', 65],
    ['BE', 20],
    ['CH', 15],
  ],
  es: [
    ['ES', 60],
    ['MX', 40],
  ],
};

/** [city, region/state, postcode seed] */
const CITIES: Record<Country, readonly (readonly [string, string, string])[]> = {
  US: [
    ['Columbus', 'OH', '432'],
    ['Portland', 'OR', '972'],
    ['Denver', 'CO', '802'],
    ['Raleigh', 'NC', '276'],
    ['Madison', 'WI', '537'],
    ['Tucson', 'AZ', '857'],
    ['Omaha', 'NE', '681'],
    ['Richmond', 'VA', '232'],
    ['Spokane', 'WA', '992'],
    ['Albany', 'NY', '122'],
    ['Dayton', 'OH', '454'],
    ['Boise', 'ID', '837'],
    ['Savannah', 'GA', '314'],
    ['Burlington', 'VT', '054'],
    ['Des Moines', 'IA', '503'],
    ['Providence', 'RI', '029'],
  ],
  GB: [
    ['London', '', 'SE15'],
    ['London', '', 'N7'],
    ['Manchester', '', 'M14'],
    ['Leeds', '', 'LS6'],
    ['Bristol', '', 'BS3'],
    ['Glasgow', '', 'G12'],
    ['Cardiff', '', 'CF10'],
    ['Norwich', '', 'NR2'],
    ['York', '', 'YO10'],
    ['Sheffield', '', 'S10'],
    ['Brighton', '', 'BN1'],
    ['Edinburgh', '', 'EH9'],
    ['Nottingham', '', 'NG7'],
    ['Exeter', '', 'EX4'],
  ],
  IE: [
    ['Dublin 8', '', 'D08'],
    ['Dublin 6', '', 'D06'],
    ['Cork', 'Co. Cork', 'T12'],
    ['Galway', 'Co. Galway', 'H91'],
    ['Limerick', 'Co. Limerick', 'V94'],
    ['Waterford', 'Co. Waterford', 'X91'],
  ],
  CA: [
    ['Toronto', 'ON', 'M4C'],
    ['Toronto', 'ON', 'M6H'],
    ['Ottawa', 'ON', 'K1S'],
    ['Vancouver', 'BC', 'V5K'],
    ['Winnipeg', 'MB', 'R3T'],
    ['Halifax', 'NS', 'B3H'],
    ['Calgary', 'AB', 'T2N'],
  ],
  AU: [
    ['Fitzroy', 'VIC', '3065'],
    ['Brunswick', 'VIC', '3056'],
    ['Newtown', 'NSW', '2042'],
    ['Marrickville', 'NSW', '2204'],
    ['Paddington', 'QLD', '4064'],
    ['Fremantle', 'WA', '6160'],
    ['Norwood', 'SA', '5067'],
    ['Sandy Bay', 'TAS', '7005'],
  ],
  DE: [
    ['Berlin', '', '10'],
    ['Berlin', '', '12'],
    ['Hamburg', '', '22'],
    ['München', '', '80'],
    ['Köln', '', '50'],
    ['Frankfurt am Main', '', '60'],
    ['Stuttgart', '', '70'],
    ['Düsseldorf', '', '40'],
    ['Leipzig', '', '04'],
    ['Dresden', '', '01'],
    ['Hannover', '', '30'],
    ['Nürnberg', '', '90'],
    ['Bremen', '', '28'],
    ['Münster', '', '48'],
    ['Freiburg im Breisgau', '', '79'],
    ['Kiel', '', '24'],
    ['Rostock', '', '18'],
    ['Regensburg', '', '93'],
  ],
  AT: [
    ['Wien', '', '1'],
    ['Graz', '', '80'],
    ['Linz', '', '40'],
    ['Salzburg', '', '50'],
    ['Innsbruck', '', '60'],
    ['Klagenfurt', '', '90'],
    ['St. Pölten', '', '31'],
    ['Bregenz', '', '69'],
  ],
  CH: [
    ['Zürich', 'ZH', '80'],
    ['Bern', 'BE', '30'],
    ['Basel', 'BS', '40'],
    ['Luzern', 'LU', '60'],
    ['St. Gallen', 'SG', '90'],
    ['Winterthur', 'ZH', '84'],
    ['Aarau', 'AG', '50'],
    ['Thun', 'BE', '36'],
  ],
  FR: [
    ['Paris', '', '750'],
    ['Lyon', '', '6900'],
    ['Marseille', '', '130'],
    ['Toulouse', '', '31'],
    ['Nantes', '', '44'],
    ['Bordeaux', '', '33'],
    ['Lille', '', '59'],
    ['Strasbourg', '', '67'],
    ['Rennes', '', '35'],
    ['Montpellier', '', '34'],
    ['Grenoble', '', '38'],
    ['Dijon', '', '21'],
    ['Angers', '', '49'],
    ['Tours', '', '37'],
  ],
  BE: [
    ['Bruxelles', '', '1000'],
    ['Ixelles', '', '1050'],
    ['Liège', '', '4000'],
    ['Namur', '', '5000'],
    ['Charleroi', '', '6000'],
    ['Mons', '', '7000'],
    ['Tournai', '', '7500'],
    ['Louvain-la-Neuve', '', '1348'],
  ],
  ES: [
    ['Madrid', '', '280'],
    ['Barcelona', '', '080'],
    ['Valencia', '', '460'],
    ['Sevilla', '', '410'],
    ['Zaragoza', '', '500'],
    ['Málaga', '', '290'],
    ['Bilbao', '', '480'],
    ['Murcia', '', '300'],
    ['Valladolid', '', '470'],
    ['Granada', '', '180'],
    ['Salamanca', '', '370'],
    ['Oviedo', '', '330'],
    ['Pamplona', '', '310'],
    ['Santander', '', '390'],
  ],
  MX: [
    ['Ciudad de México', 'CDMX', '0'],
    ['Guadalajara', 'Jalisco', '44'],
    ['Monterrey', 'Nuevo León', '64'],
    ['Puebla', 'Puebla', '72'],
    ['Querétaro', 'Querétaro', '76'],
    ['Mérida', 'Yucatán', '97'],
    ['Oaxaca de Juárez', 'Oaxaca', '68'],
  ],
};

const CH_FR_CITIES: readonly (readonly [string, string, string])[] = [
  ['Genève', 'GE', '120'],
  ['Lausanne', 'VD', '100'],
  ['Neuchâtel', 'NE', '200'],
  ['Fribourg', 'FR', '170'],
  ['Sion', 'VS', '195'],
  ['Montreux', 'VD', '182'],
];

const EN_STREET_STEMS = [
  'Oak',
  'Maple',
  'Cedar',
  'Elm',
  'Church',
  'Mill',
  'Station',
  'High',
  'Park',
  'Highland',
  'Lake',
  'Chestnut',
  'Willow',
  'Bridge',
  'Orchard',
  'Meadow',
  'Ash',
  'Pine',
  'River',
  'Grove',
  'Hill',
  'Spring',
  'Hawthorn',
  'Beech',
  'Quarry',
  'Riverside',
  'Fairview',
  'Sycamore',
];
const EN_STREET_SUFFIX_US = ['Street', 'Avenue', 'Road', 'Drive', 'Lane', 'Court', 'Boulevard'];
const EN_STREET_SUFFIX_GB = ['Street', 'Road', 'Lane', 'Close', 'Crescent', 'Terrace', 'Gardens'];
const FR_STREETS = [
  'rue des Lilas',
  'avenue Jean-Jaurès',
  'boulevard Voltaire',
  'rue de la République',
  'place du Marché',
  'rue Pasteur',
  'chemin des Vignes',
  'allée des Tilleuls',
  'rue du Moulin',
  'impasse des Acacias',
  'avenue de la Gare',
  'rue Nationale',
  'quai des Bateliers',
  'rue Saint-Jacques',
  'rue des Écoles',
  'boulevard de la Liberté',
  'rue du Château',
  'rue de la Fontaine',
  'rue des Jardins',
  'avenue Foch',
];
const BE_STREETS = [
  'Rue de la Station',
  'Avenue Louise',
  'Rue du Midi',
  'Chaussée de Wavre',
  'Rue des Carmes',
  'Rue Haute',
  'Place Saint-Lambert',
  'Rue de Fer',
];
const CHFR_STREETS = [
  'Rue du Lac',
  'Chemin des Vignes',
  'Avenue de la Gare',
  'Rue du Simplon',
  'Route de Chêne',
  'Rue de Bourg',
  'Chemin de la Forêt',
];
const ES_STREETS = [
  'Calle Mayor',
  'Calle de Alcalá',
  'Avenida de la Constitución',
  'Calle Real',
  'Calle San Bernardo',
  'Plaza de la Iglesia',
  'Calle del Carmen',
  'Calle de Toledo',
  'Calle Nueva',
  'Calle Goya',
  'Calle Serrano',
  'Avenida del Puerto',
  'Paseo de la Estación',
  'Calle de la Paz',
  'Calle Ancha',
  'Ronda de Poniente',
  'Calle Jardines',
  'Camino Viejo',
];
const MX_STREETS = [
  'Av. Insurgentes Sur',
  'Calle Durango',
  'Av. Revolución',
  'Calle Tonalá',
  'Av. Universidad',
  'Calle Pino',
  'Calle 5 de Mayo',
  'Av. Patriotismo',
  'Calle Jalapa',
  'Calle Orizaba',
  'Av. Constituyentes',
];
const MX_COLONIAS = [
  'Col. Roma Norte',
  'Col. Condesa',
  'Col. Del Valle',
  'Col. Centro',
  'Col. Americana',
  'Col. Obispado',
  'Col. Narvarte',
  'Col. Las Águilas',
  'Col. Jardines del Bosque',
];

const ZIP_LETTERS: readonly string[] = [
  'A',
  'B',
  'D',
  'E',
  'F',
  'G',
  'H',
  'J',
  'L',
  'N',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
  'W',
  'X',
  'Y',
  'Z',
];

function streetAddress(rng: Rng, country: Country, lang: Lang): { text: string; city: string } {
  if (country === 'CH' && lang === 'fr') {
    const [city, , pc] = rng.pick(CH_FR_CITIES);
    return {
      text: `${rng.pick(CHFR_STREETS)} ${rng.int(1, 60)}, ${pc}${rng.int(0, 9)} ${city}`,
      city,
    };
  }
  const [city, region, pc] = rng.pick(CITIES[country]);
  switch (country) {
    case 'US': {
      const st = `${rng.pick(EN_STREET_STEMS)} ${rng.pick(EN_STREET_SUFFIX_US)}`;
      const apt = rng.chance(0.25) ? `, Apt ${rng.int(1, 40)}${rng.pick(['', 'B', 'C'])}` : '';
      return {
        text: `${rng.int(100, 9899)} ${st}${apt}, ${city}, ${region} ${pc}${rng.digits(2)}`,
        city,
      };
    }
    case 'GB': {
      const st = `${rng.pick(EN_STREET_STEMS)} ${rng.pick(EN_STREET_SUFFIX_GB)}`;
      const inward = `${rng.int(1, 9)}${rng.pick(ZIP_LETTERS)}${rng.pick(ZIP_LETTERS)}`;
      return { text: `${rng.int(1, 180)} ${st}, ${city} ${pc} ${inward}`, city };
    }
    case 'IE': {
      const st = `${rng.pick(EN_STREET_STEMS)} ${rng.pick(['Road', 'Avenue', 'Terrace', 'Park', 'Grove'])}`;
      const eir = `${pc} ${rng.pick(ZIP_LETTERS)}${rng.digits(1)}${rng.pick(ZIP_LETTERS)}${rng.digits(1)}`;
      return {
        text: `${rng.int(1, 90)} ${st}, ${city}${region ? `, ${region}` : ''}, ${eir}`,
        city,
      };
    }
    case 'CA': {
      const st = `${rng.pick(EN_STREET_STEMS)} ${rng.pick(['Street', 'Avenue', 'Crescent', 'Drive'])}`;
      return {
        text: `${rng.int(10, 2999)} ${st}, ${city}, ${region} ${pc} ${rng.int(1, 9)}${rng.pick(ZIP_LETTERS)}${rng.int(1, 9)}`,
        city,
      };
    }
    case 'AU': {
      const st = `${rng.pick(EN_STREET_STEMS)} ${rng.pick(['Street', 'Road', 'Parade', 'Avenue'])}`;
      return { text: `${rng.int(1, 240)} ${st}, ${city} ${region} ${pc}`, city };
    }
    case 'DE': {
      fakerDE.seed(rng.int(1, 1e9));
      const zip = `${pc}${rng.digits(5 - pc.length)}`;
      return { text: `${fakerDE.location.street()} ${rng.int(1, 140)}, ${zip} ${city}`, city };
    }
    case 'AT': {
      fakerDE_AT.seed(rng.int(1, 1e9));
      const st = fakerDE_AT.location.street().replace(/\s*\(.*\)$/, '');
      const zip =
        pc === '1' ? `1${String(rng.int(1, 23)).padStart(2, '0')}0` : `${pc}${rng.digits(2)}`;
      const door = rng.chance(0.4) ? `/${rng.int(1, 12)}` : '';
      return { text: `${st} ${rng.int(1, 80)}${door}, ${zip} ${city}`, city };
    }
    case 'CH': {
      fakerDE_CH.seed(rng.int(1, 1e9));
      return {
        text: `${fakerDE_CH.location.street()} ${rng.int(1, 90)}, ${pc}${rng.digits(2)} ${city}`,
        city,
      };
    }
    case 'FR': {
      const zip = `${pc}${rng.digits(5 - pc.length)}`;
      const z = pc === '750' ? `750${String(rng.int(1, 20)).padStart(2, '0')}` : zip;
      const bis = rng.chance(0.1) ? ' bis' : '';
      return { text: `${rng.int(1, 120)}${bis} ${rng.pick(FR_STREETS)}, ${z} ${city}`, city };
    }
    case 'BE':
      return { text: `${rng.pick(BE_STREETS)} ${rng.int(1, 140)}, ${pc} ${city}`, city };
    case 'ES': {
      const floor = rng.chance(0.5)
        ? `, ${rng.int(1, 8)}.º ${rng.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}`
        : '';
      return {
        text: `${rng.pick(ES_STREETS)} ${rng.int(1, 160)}${floor}, ${pc}${rng.digits(2)} ${city}`,
        city,
      };
    }
    case 'MX': {
      const cp = pc === '0' ? `0${rng.int(1, 9)}${rng.digits(3)}` : `${pc}${rng.digits(3)}`;
      return {
        text: `${rng.pick(MX_STREETS)} ${rng.int(10, 2999)}, ${rng.pick(MX_COLONIAS)}, ${cp} ${city}, ${region}`,
        city,
      };
    }
  }
}

function cityOf(rng: Rng, country: Country, lang: Lang): string {
  if (country === 'CH' && lang === 'fr') return rng.pick(CH_FR_CITIES)[0];
  return rng.pick(CITIES[country])[0].replace(/ \d+$/, '');
}

// ---------------------------------------------------------------------------------------------
// Phones

interface PhonePlan {
  readonly cc: string;
  /** national significant number prefixes, with total NSN length */
  readonly prefixes: readonly (readonly [string, number])[];
  readonly trunk: string;
  readonly natGroups: (nsn: string) => string;
  readonly intlGroups: (nsn: string) => string;
}

function groups(s: string, sizes: readonly number[]): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(' ');
}

const PHONES: Record<Country, PhonePlan> = {
  US: {
    cc: '1',
    prefixes: [
      ['614', 10],
      ['503', 10],
      ['720', 10],
      ['919', 10],
      ['608', 10],
      ['520', 10],
      ['402', 10],
      ['804', 10],
      ['509', 10],
      ['518', 10],
      ['937', 10],
      ['208', 10],
      ['912', 10],
      ['802', 10],
      ['515', 10],
      ['401', 10],
    ],
    trunk: '',
    natGroups: (n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
    intlGroups: (n) => `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
  },
  CA: {
    cc: '1',
    prefixes: [
      ['416', 10],
      ['647', 10],
      ['613', 10],
      ['604', 10],
      ['204', 10],
      ['902', 10],
      ['403', 10],
    ],
    trunk: '',
    natGroups: (n) => `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
    intlGroups: (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
  },
  GB: {
    cc: '44',
    prefixes: [
      ['7700', 10],
      ['7911', 10],
      ['7824', 10],
      ['7405', 10],
      ['20', 10],
      ['161', 10],
      ['113', 10],
      ['117', 10],
      ['141', 10],
      ['29', 10],
    ],
    trunk: '0',
    natGroups: (n) =>
      n.startsWith('7')
        ? `0${n.slice(0, 4)} ${n.slice(4)}`
        : n.startsWith('2')
          ? `0${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`
          : `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    intlGroups: (n) =>
      n.startsWith('7')
        ? `${n.slice(0, 4)} ${n.slice(4)}`
        : n.startsWith('2')
          ? `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`
          : `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
  },
  IE: {
    cc: '353',
    prefixes: [
      ['87', 9],
      ['86', 9],
      ['85', 9],
      ['83', 9],
      ['1', 8],
      ['21', 9],
      ['91', 9],
    ],
    trunk: '0',
    natGroups: (n) =>
      n.startsWith('1')
        ? `01 ${n.slice(1, 4)} ${n.slice(4)}`
        : `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    intlGroups: (n) =>
      n.startsWith('1')
        ? `1 ${n.slice(1, 4)} ${n.slice(4)}`
        : `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
  },
  AU: {
    cc: '61',
    prefixes: [
      ['41', 9],
      ['42', 9],
      ['43', 9],
      ['2', 9],
      ['3', 9],
      ['7', 9],
      ['8', 9],
    ],
    trunk: '0',
    natGroups: (n) =>
      n.startsWith('4')
        ? `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`
        : `(0${n.slice(0, 1)}) ${n.slice(1, 5)} ${n.slice(5)}`,
    intlGroups: (n) =>
      n.startsWith('4')
        ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`
        : `${n.slice(0, 1)} ${n.slice(1, 5)} ${n.slice(5)}`,
  },
  DE: {
    cc: '49',
    prefixes: [
      ['30', 10],
      ['40', 10],
      ['89', 10],
      ['221', 10],
      ['69', 10],
      ['711', 10],
      ['151', 11],
      ['160', 11],
      ['170', 11],
      ['171', 11],
      ['176', 11],
      ['152', 11],
    ],
    trunk: '0',
    natGroups: (n) => {
      const ac = n.startsWith('1') || /^(221|711)/.test(n) ? 3 : 2;
      return `0${n.slice(0, ac)} ${n.slice(ac)}`;
    },
    intlGroups: (n) => {
      const ac = n.startsWith('1') || /^(221|711)/.test(n) ? 3 : 2;
      return `${n.slice(0, ac)} ${n.slice(ac)}`;
    },
  },
  AT: {
    cc: '43',
    prefixes: [
      ['1', 8],
      ['316', 10],
      ['732', 10],
      ['662', 10],
      ['664', 10],
      ['660', 10],
      ['676', 10],
      ['699', 11],
    ],
    trunk: '0',
    natGroups: (n) => (n.startsWith('1') ? `01 ${n.slice(1)}` : `0${n.slice(0, 3)} ${n.slice(3)}`),
    intlGroups: (n) => (n.startsWith('1') ? `1 ${n.slice(1)}` : `${n.slice(0, 3)} ${n.slice(3)}`),
  },
  CH: {
    cc: '41',
    prefixes: [
      ['44', 9],
      ['31', 9],
      ['61', 9],
      ['41', 9],
      ['21', 9],
      ['22', 9],
      ['79', 9],
      ['78', 9],
      ['76', 9],
      ['77', 9],
    ],
    trunk: '0',
    natGroups: (n) => `0${groups(n, [2, 3, 2, 2])}`,
    intlGroups: (n) => groups(n, [2, 3, 2, 2]),
  },
  FR: {
    cc: '33',
    prefixes: [
      ['1', 9],
      ['2', 9],
      ['3', 9],
      ['4', 9],
      ['5', 9],
      ['6', 9],
      ['7', 9],
      ['9', 9],
    ],
    trunk: '0',
    natGroups: (n) => groups(`0${n}`, [2, 2, 2, 2, 2]),
    intlGroups: (n) => groups(n, [1, 2, 2, 2, 2]),
  },
  BE: {
    cc: '32',
    prefixes: [
      ['2', 8],
      ['4', 8],
      ['81', 8],
      ['470', 9],
      ['475', 9],
      ['486', 9],
      ['496', 9],
    ],
    trunk: '0',
    natGroups: (n) =>
      n.length === 9
        ? `0${groups(n, [3, 2, 2, 2])}`
        : n.startsWith('81')
          ? `0${groups(n, [2, 2, 2, 2])}`
          : `0${groups(n, [1, 3, 2, 2])}`,
    intlGroups: (n) =>
      n.length === 9
        ? groups(n, [3, 2, 2, 2])
        : n.startsWith('81')
          ? groups(n, [2, 2, 2, 2])
          : groups(n, [1, 3, 2, 2]),
  },
  ES: {
    cc: '34',
    prefixes: [
      ['6', 9],
      ['6', 9],
      ['7', 9],
      ['91', 9],
      ['93', 9],
      ['96', 9],
      ['95', 9],
      ['98', 9],
    ],
    trunk: '',
    natGroups: (n) => (n.startsWith('9') ? groups(n, [3, 2, 2, 2]) : groups(n, [3, 3, 3])),
    intlGroups: (n) => groups(n, [3, 3, 3]),
  },
  MX: {
    cc: '52',
    prefixes: [
      ['55', 10],
      ['56', 10],
      ['33', 10],
      ['81', 10],
      ['222', 10],
      ['442', 10],
      ['999', 10],
    ],
    trunk: '',
    natGroups: (n) =>
      /^(55|56|33|81)/.test(n)
        ? `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`
        : `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    intlGroups: (n) =>
      /^(55|56|33|81)/.test(n)
        ? `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`
        : `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
  },
};

/** A phone number valid for `country` per libphonenumber-js, national or international form. */
function phone(rng: Rng, country: Country, intl: boolean): string {
  const plan = PHONES[country];
  for (let attempt = 0; attempt < 500; attempt++) {
    const [pre, len] = rng.pick(plan.prefixes);
    let nsn = pre + rng.digits(len - pre.length);
    if (country === 'US' || country === 'CA') {
      // exchange must not start with 0/1 and avoid the 555 fiction block
      nsn = pre + String(rng.int(2, 9)) + rng.digits(len - pre.length - 1);
      if (nsn.slice(3, 6) === '555') continue;
    }
    const text = intl
      ? country === 'FR' && rng.chance(0.2)
        ? `+33 (0)${plan.intlGroups(nsn)}`
        : `+${plan.cc} ${plan.intlGroups(nsn)}`
      : plan.natGroups(nsn);
    const parsed = parsePhoneNumberFromString(text.replace('(0)', ''), country);
    if (parsed?.isValid() && parsed.country === country) return text;
  }
  throw new Error(`no valid phone for ${country}`);
}

// ---------------------------------------------------------------------------------------------
// Checksummed numbers

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

function ibanFromBban(cc: string, bban: string): string {
  const check = 98 - mod97(`${bban}${cc}00`);
  return `${cc}${String(check).padStart(2, '0')}${bban}`;
}

const IBAN_COUNTRY: Record<Country, string> = {
  US: 'GB',
  CA: 'GB',
  AU: 'GB',
  GB: 'GB',
  IE: 'IE',
  DE: 'DE',
  AT: 'AT',
  CH: 'CH',
  FR: 'FR',
  BE: 'BE',
  ES: 'ES',
  MX: 'ES',
};

function esControl(bank: string, branch: string, account: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (digits: string): number => {
    let s = 0;
    for (let i = 0; i < digits.length; i++) s += Number(digits[i]) * w[i]!;
    const r = 11 - (s % 11);
    return r === 11 ? 0 : r === 10 ? 1 : r;
  };
  return `${dc(`00${bank}${branch}`)}${dc(account)}`;
}

function ibanCompact(rng: Rng, cc: string): string {
  switch (cc) {
    case 'DE':
      return ibanFromBban('DE', rng.digits(8) + rng.digits(10));
    case 'AT':
      return ibanFromBban('AT', rng.digits(16));
    case 'CH':
      return ibanFromBban('CH', `00${rng.int(100, 899)}` + rng.digits(12));
    case 'FR': {
      const bank = rng.pick(['30003', '30004', '20041', '10278', '30002', '10107']);
      const body = bank + rng.digits(5) + rng.digits(11);
      // RIB key: 97 - ((89*bank + 15*branch + 3*account) mod 97)
      const b = Number(body.slice(0, 5));
      const g = Number(body.slice(5, 10));
      const a = Number(body.slice(10, 21));
      const key = 97 - ((89 * b + 15 * g + ((3 * a) % 97)) % 97);
      return ibanFromBban('FR', body + String(key).padStart(2, '0'));
    }
    case 'BE': {
      const first = rng.digits(10);
      const r = Number(BigInt(first) % 97n);
      return ibanFromBban('BE', first + String(r === 0 ? 97 : r).padStart(2, '0'));
    }
    case 'ES': {
      const bank = rng.pick(['2100', '0049', '0182', '0081', '2038', '0128', '3058']);
      const branch = rng.digits(4);
      const account = rng.digits(10);
      return ibanFromBban('ES', bank + branch + esControl(bank, branch, account) + account);
    }
    case 'IE':
      return ibanFromBban('IE', rng.pick(['AIBK', 'BOFI', 'IPBS']) + rng.digits(6) + rng.digits(8));
    default: {
      const bank = rng.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']);
      return ibanFromBban('GB', bank + rng.digits(6) + rng.digits(8));
    }
  }
}

function group4(s: string): string {
  return s.replace(/(.{4})(?=.)/g, '$1 ');
}

function iban(rng: Rng, country: Country): string {
  const c = ibanCompact(rng, IBAN_COUNTRY[country]);
  return rng.chance(0.75) ? group4(c) : c;
}

function ibanInvalid(rng: Rng, country: Country): string {
  const c = ibanCompact(rng, IBAN_COUNTRY[country]);
  const chk = Number(c.slice(2, 4));
  const bad = String(((chk + rng.int(1, 90) - 2) % 97) + 2).padStart(2, '0');
  const x =
    c.slice(0, 2) +
    (bad === c.slice(2, 4) ? String((chk % 90) + 3).padStart(2, '0') : bad) +
    c.slice(4);
  return group4(x);
}

function luhnOk(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = Number(digits[i]);
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

function cardDigits(rng: Rng): string {
  const kind = rng.weighted<'visa' | 'mc' | 'mc2' | 'amex' | 'disc'>([
    ['visa', 45],
    ['mc', 25],
    ['mc2', 5],
    ['amex', 15],
    ['disc', 10],
  ]);
  const prefix =
    kind === 'visa'
      ? '4'
      : kind === 'mc'
        ? String(rng.int(51, 55))
        : kind === 'mc2'
          ? String(rng.int(2221, 2720))
          : kind === 'amex'
            ? rng.pick(['34', '37'])
            : '6011';
  const len = kind === 'amex' ? 15 : 16;
  const body = prefix + rng.digits(len - prefix.length - 1);
  for (let d = 0; d < 10; d++) if (luhnOk(body + String(d))) return body + String(d);
  throw new Error('luhn');
}

function formatCard(rng: Rng, d: string): string {
  const sep = rng.pick([' ', ' ', '-', '']);
  if (sep === '') return d;
  return d.length === 15
    ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
    : (d.match(/.{4}/g) ?? []).join(sep);
}

function card(rng: Rng): string {
  return formatCard(rng, cardDigits(rng));
}

function cardLookalike(rng: Rng): string {
  const d = cardDigits(rng);
  const last = (Number(d[d.length - 1]) + rng.int(1, 9)) % 10;
  return formatCard(rng, d.slice(0, -1) + String(last));
}

function ssn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const s = `${String(area).padStart(3, '0')}-${String(rng.int(1, 99)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
  return rng.chance(0.15) ? s.replace(/-/g, ' ') : s;
}

function ssnInvalid(rng: Rng): string {
  const area = rng.pick(['000', '666', String(rng.int(900, 999))]);
  return `${area}-${String(rng.int(1, 99)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function randStr(rng: Rng, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rng.int(0, alphabet.length - 1)]!;
  return s;
}

function ipv4(rng: Rng): string {
  const first = rng.pick([
    31, 37, 46, 62, 77, 81, 85, 91, 94, 109, 141, 145, 176, 185, 193, 203, 212,
  ]);
  return `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}
function ipv6(rng: Rng): string {
  const h = (): string => rng.int(0, 0xffff).toString(16);
  return rng.chance(0.5)
    ? `2001:db8:${h()}:${h()}::${h()}`
    : `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}

// ---------------------------------------------------------------------------------------------
// Names

type Source = 'listed' | 'invented';
interface Person {
  readonly first: string;
  readonly last: string;
  /** first surname only (Spanish double surnames) */
  readonly lastShort: string;
  readonly middle: string;
  readonly male: boolean;
  readonly source: Source;
}

interface NameLists {
  readonly male: readonly string[];
  readonly female: readonly string[];
  readonly last: readonly string[];
}

function lists(f: Faker): NameLists {
  const d = f.definitions.person;
  const fn = d?.first_name as { male?: string[]; female?: string[] } | undefined;
  const ln = d?.last_name as { generic?: string[] } | string[] | undefined;
  const last = Array.isArray(ln) ? ln : (ln?.generic ?? []);
  const clean = (xs: readonly string[]): string[] =>
    xs.filter((x) => /^\p{Lu}[\p{L}'’ -]+$/u.test(x) && x.length >= 3);
  return { male: clean(fn?.male ?? []), female: clean(fn?.female ?? []), last: clean(last) };
}

const NAME_SOURCES: Record<Country | 'CHFR', readonly (readonly [Faker, number])[]> = {
  US: [
    [fakerEN, 85],
    [fakerES_MX, 8],
    [fakerIT, 4],
    [fakerPL, 3],
  ],
  GB: [
    [fakerEN_GB, 90],
    [fakerPL, 5],
    [fakerIT, 5],
  ],
  IE: [[fakerEN_GB, 100]],
  CA: [
    [fakerEN, 80],
    [fakerFR, 20],
  ],
  AU: [
    [fakerEN_AU, 85],
    [fakerIT, 15],
  ],
  DE: [
    [fakerDE, 82],
    [fakerTR, 10],
    [fakerPL, 8],
  ],
  AT: [
    [fakerDE_AT, 90],
    [fakerTR, 10],
  ],
  CH: [
    [fakerDE_CH, 85],
    [fakerIT, 15],
  ],
  FR: [
    [fakerFR, 88],
    [fakerPT_PT, 6],
    [fakerIT, 6],
  ],
  BE: [[fakerFR, 100]],
  CHFR: [
    [fakerFR_CH, 80],
    [fakerFR, 20],
  ],
  ES: [
    [fakerES, 92],
    [fakerPT_PT, 8],
  ],
  MX: [[fakerES_MX, 100]],
};

const LIST_CACHE = new Map<Faker, NameLists>();
function listsOf(f: Faker): NameLists {
  let l = LIST_CACHE.get(f);
  if (!l) {
    l = lists(f);
    LIST_CACHE.set(f, l);
  }
  return l;
}

const SYL: Record<Lang, { on: string[]; m: string[]; f: string[]; sOn: string[]; sEnd: string[] }> =
  {
    en: {
      on: [
        'Bran',
        'Dor',
        'Kel',
        'Lor',
        'Mar',
        'Tam',
        'Jor',
        'Cal',
        'Gar',
        'Ros',
        'Wen',
        'Thal',
        'Per',
        'Hal',
      ],
      m: ['dell', 'ick', 'wyn', 'ton', 'ard', 'ric', 'den', 'vin', 'ley', 'rus'],
      f: ['ella', 'ine', 'ette', 'ia', 'ora', 'wyn', 'lyn', 'issa', 'anne', 'elle'],
      sOn: [
        'Quor',
        'Bram',
        'Ash',
        'Kerr',
        'Holl',
        'Penn',
        'Wex',
        'Strat',
        'Dun',
        'Fen',
        'Marl',
        'Thorn',
        'Cobb',
      ],
      sEnd: [
        'vin',
        'well',
        'ton',
        'by',
        'more',
        'field',
        'wick',
        'son',
        'ridge',
        'cott',
        'ham',
        'ley',
      ],
    },
    de: {
      on: [
        'Hen',
        'Wal',
        'Ber',
        'Gun',
        'Ro',
        'Fal',
        'Ul',
        'Bal',
        'Det',
        'Win',
        'Os',
        'Lu',
        'Ja',
        'Ger',
      ],
      m: ['drik', 'mar', 'old', 'bert', 'win', 'fried', 'hard', 'ko', 'mund', 'rik'],
      f: ['run', 'gard', 'lind', 'hild', 'ke', 'ina', 'ela', 'trud', 'wig', 'ine'],
      sOn: [
        'Hol',
        'Wend',
        'Brau',
        'Kess',
        'Ster',
        'Mar',
        'Fel',
        'Dorn',
        'Kra',
        'Lin',
        'Rau',
        'Wetz',
        'Gro',
        'Plie',
      ],
      sEnd: [
        'bauer',
        'mann',
        'inger',
        'ler',
        'hofer',
        'berg',
        'meier',
        'huber',
        'städt',
        'wald',
        'ke',
        'ert',
      ],
    },
    fr: {
      on: [
        'Ar',
        'Bas',
        'Ger',
        'Fla',
        'Lu',
        'Mar',
        'Thé',
        'Cor',
        'Au',
        'Ro',
        'Ju',
        'Val',
        'Ma',
        'Cé',
      ],
      m: ['mand', 'tien', 'vin', 'bert', 'ric', 'cien', 'lin', 'rand', 'tin', 'xime'],
      f: ['line', 'ette', 'ise', 'ence', 'ienne', 'ille', 'anne', 'ine', 'ée', 'othe'],
      sOn: [
        'Dur',
        'Bel',
        'Mar',
        'Ros',
        'Lam',
        'Char',
        'Four',
        'Vau',
        'Ber',
        'Gran',
        'Mont',
        'Lef',
        'Cham',
      ],
      sEnd: [
        'vanche',
        'ignac',
        'eau',
        'ier',
        'ard',
        'ousse',
        'ençon',
        'illet',
        'ault',
        'onnet',
        'ière',
        'esque',
      ],
    },
    es: {
      on: ['Ar', 'Be', 'Cris', 'Da', 'Fe', 'Ga', 'Hi', 'Lo', 'Ma', 'Ne', 'Ro', 'Sal', 'Teo', 'Va'],
      m: ['velio', 'lindo', 'berto', 'miro', 'nando', 'cio', 'reno', 'sendo', 'dulio', 'riano'],
      f: ['velia', 'linda', 'berta', 'mira', 'nanda', 'cia', 'rena', 'senda', 'dulia', 'riana'],
      sOn: [
        'Mon',
        'Val',
        'Bar',
        'Car',
        'Fer',
        'Gal',
        'Mar',
        'Oli',
        'Sar',
        'Tor',
        'Ver',
        'Alv',
        'Quin',
        'Ech',
      ],
      sEnd: [
        'trázar',
        'dés',
        'rero',
        'ez',
        'illo',
        'ado',
        'ares',
        'ueña',
        'iega',
        'ano',
        'edo',
        'ástegui',
      ],
    },
  };

function inventedFirst(rng: Rng, lang: Lang, male: boolean): string {
  const s = SYL[lang];
  return rng.pick(s.on) + rng.pick(male ? s.m : s.f);
}
function inventedLast(rng: Rng, lang: Lang): string {
  const s = SYL[lang];
  return rng.pick(s.sOn) + rng.pick(s.sEnd);
}

function makePerson(
  rng: Rng,
  lang: Lang,
  country: Country,
  male: boolean,
  surname: { last: string; lastShort: string; source: Source } | null,
): Person {
  const invented = surname ? surname.source === 'invented' : rng.chance(0.25);
  const middle = 'ABCDEFGHJKLMNPRSTW'[rng.int(0, 17)]!;
  if (invented) {
    const first = inventedFirst(rng, lang, male);
    let last = surname?.last ?? inventedLast(rng, lang);
    let lastShort = surname?.lastShort ?? last;
    if (!surname && lang === 'es' && rng.chance(0.5)) {
      last = `${lastShort} ${inventedLast(rng, lang)}`;
      lastShort = last.split(' ')[0]!;
    }
    return { first, last, lastShort, middle, male, source: 'invented' };
  }
  const key = country === 'CH' && lang === 'fr' ? 'CHFR' : country;
  const f = rng.weighted(NAME_SOURCES[key]);
  const l = listsOf(f);
  const first = rng.pick(male ? l.male : l.female);
  let last = surname?.last ?? rng.pick(l.last);
  const lastShort = surname?.lastShort ?? last;
  if (!surname && lang === 'es' && rng.chance(0.55)) {
    const second = rng.pick(l.last);
    if (second !== last) last = `${last} ${second}`;
  }
  return { first, last, lastShort, middle, male, source: 'listed' };
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

const MAIL_DOMAINS: Record<Lang, readonly string[]> = {
  en: [
    'gmail.com',
    'outlook.com',
    'yahoo.com',
    'icloud.com',
    'hotmail.co.uk',
    'btinternet.com',
    'proton.me',
    'fastmail.com',
  ],
  de: [
    'gmx.de',
    'web.de',
    't-online.de',
    'gmx.at',
    'bluewin.ch',
    'posteo.de',
    'gmail.com',
    'mailbox.org',
    'aon.at',
  ],
  fr: [
    'orange.fr',
    'free.fr',
    'laposte.net',
    'gmail.com',
    'sfr.fr',
    'skynet.be',
    'bluewin.ch',
    'outlook.fr',
    'wanadoo.fr',
  ],
  es: [
    'gmail.com',
    'hotmail.es',
    'yahoo.es',
    'telefonica.net',
    'outlook.es',
    'prodigy.net.mx',
    'yahoo.com.mx',
    'icloud.com',
  ],
};

function emailFor(rng: Rng, lang: Lang, p: Person | null, orgDomain: string | null): string {
  const first = p
    ? ascii(p.first)
    : rng.pick(['info', 'kontakt', 'contact', 'office', 'redaktion', 'secretaria']);
  const last = p ? ascii(p.lastShort) : '';
  const domain = orgDomain ?? rng.pick(MAIL_DOMAINS[lang]);
  if (!p) return `${first}@${domain}`;
  const local = rng.pick([
    `${first}.${last}`,
    `${first}.${last}`,
    `${first[0]}.${last}`,
    `${first}${last}`,
    `${first}_${last}${rng.int(1, 99)}`,
    `${last}.${first}`,
    `${first}.${last}+${rng.pick(['news', 'club', 'asso', 'verein', 'blog'])}`,
    `${first}${rng.int(60, 99)}`,
  ]);
  return `${local}@${domain}`;
}

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

function fmtDate(rng: Rng, lang: Lang, country: Country, y: number, m: number, d: number): string {
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  const mon = MONTHS[lang][m - 1]!;
  switch (lang) {
    case 'en':
      return country === 'US'
        ? rng.pick([`${mon} ${d}, ${y}`, `${mon} ${d}, ${y}`, `${m}/${d}/${y}`, `${y}-${mm}-${dd}`])
        : rng.pick([
            `${d} ${mon} ${y}`,
            `${d} ${mon} ${y}`,
            `${dd}/${mm}/${y}`,
            `${y}-${mm}-${dd}`,
          ]);
    case 'de':
      return rng.pick([
        `${d}. ${mon} ${y}`,
        `${d}. ${mon} ${y}`,
        `${dd}.${mm}.${y}`,
        `${d}.${m}.${y}`,
      ]);
    case 'fr':
      return rng.pick([
        `${d === 1 ? '1er' : d} ${mon} ${y}`,
        `${d} ${mon} ${y}`,
        `${dd}/${mm}/${y}`,
      ]);
    case 'es':
      return rng.pick([
        `${d} de ${mon} de ${y}`,
        `${d} de ${mon} de ${y}`,
        `${dd}/${mm}/${y}`,
        `${dd}-${mm}-${y}`,
      ]);
  }
}

function randomDate(rng: Rng, lo: number, hi: number): [number, number, number] {
  return [rng.int(lo, hi), rng.int(1, 12), rng.int(1, 28)];
}

const DOB_RANGE: Record<string, readonly [number, number]> = {
  new: [2023, 2025],
  kid: [2008, 2018],
  adult: [1958, 2001],
  old: [1926, 1952],
  '': [1950, 2002],
};
const DATE_RANGE: Record<string, readonly [number, number]> = {
  recent: [2023, 2024],
  past: [1995, 2022],
  '': [2021, 2025],
};

// ---------------------------------------------------------------------------------------------
// Hard-negative lists: [kind, values]

type NegList = readonly [string, readonly string[]];

type Tpl = readonly [key: string, text: string];

// ---------------------------------------------------------------------------------------------
// English

const NEG_EN: Record<string, NegList> = {
  street: [
    'eponym',
    [
      'Martin Luther King Jr. Boulevard',
      'Lincoln Avenue',
      'Washington Street',
      'Victoria Road',
      'King Edward Street',
      'Jefferson Avenue',
      'Churchill Way',
      'Franklin Street',
      'Albert Road',
      'Wellington Road',
      'Nelson Street',
      'Kennedy Drive',
    ],
  ],
  school: [
    'eponym',
    [
      'Lincoln High School',
      'Roosevelt Middle School',
      'Queen Elizabeth Grammar School',
      'King Edward VI School',
      "St. Catherine's Primary School",
      'Thomas Jefferson Elementary',
      'Sir John Cass School',
      'Edison Elementary',
      'Walt Whitman High School',
      'John Hampden Grammar School',
    ],
  ],
  hospital: [
    'eponym',
    [
      "St. Thomas' Hospital",
      'Johns Hopkins Hospital',
      'Queen Elizabeth Hospital',
      'Royal Victoria Infirmary',
      "Addenbrooke's Hospital",
      'Mayo Clinic',
      "St. Vincent's Hospital",
      'John Radcliffe Hospital',
      'Cedars-Sinai',
      'Alder Hey Children’s Hospital',
    ],
  ],
  prize: [
    'eponym',
    [
      'Nobel Prize',
      'Pulitzer Prize',
      'Booker Prize',
      'Turing Award',
      'Fields Medal',
      'Carnegie Medal',
      'Stirling Prize',
      'Costa Book Award',
      'Hugo Award',
      'Emmy',
    ],
  ],
  disease: [
    'eponym',
    [
      "Alzheimer's",
      "Parkinson's disease",
      "Crohn's disease",
      'Hodgkin lymphoma',
      "Huntington's disease",
      "Asperger's syndrome",
      'Down syndrome',
      "Lou Gehrig's disease",
      "Alzheimer's disease",
      "Parkinson's",
    ],
  ],
  storm: [
    'eponym',
    [
      'Hurricane Ida',
      'Hurricane Katrina',
      'Storm Ciarán',
      'Storm Eunice',
      'Hurricane Sandy',
      'Storm Babet',
      'Hurricane Helene',
      'Storm Arwen',
      'Tropical Storm Debby',
    ],
  ],
  building: [
    'eponym',
    [
      'Lincoln Center',
      'Carnegie Hall',
      'Royal Albert Hall',
      'Rockefeller Center',
      'Wrigley Field',
      'Guggenheim Museum',
      'Fitzwilliam Museum',
      'Ashmolean Museum',
      'Kennedy Center',
      'Barbican',
    ],
  ],
  foundation: [
    'eponym',
    [
      'Gates Foundation',
      'Wellcome Trust',
      'Carnegie Trust',
      'Rhodes Trust',
      'Nuffield Foundation',
      'Rockefeller Foundation',
      'Joseph Rowntree Foundation',
      'Ford Foundation',
      'Kellogg Foundation',
    ],
  ],
  law: [
    'eponym',
    [
      "Megan's Law",
      "Martha's Rule",
      "Sarah's Law",
      "Clare's Law",
      'Dodd-Frank Act',
      'Sherman Act',
      "Jessica's Law",
      "Natasha's Law",
    ],
  ],
  science: [
    'eponym',
    [
      'Pythagorean theorem',
      'Doppler effect',
      "Murphy's law",
      'Heimlich manoeuvre',
      'Fibonacci sequence',
      'Richter scale',
      'Geiger counter',
      'Bunsen burner',
      'Rorschach test',
      'Petri dish',
    ],
  ],
  ship: [
    'eponym',
    [
      'HMS Victory',
      'Queen Mary 2',
      'Mayflower',
      'Cutty Sark',
      'RRS Sir David Attenborough',
      'USS Ronald Reagan',
      'SS Great Britain',
    ],
  ],
  station: [
    'eponym',
    [
      'Victoria Station',
      "King's Cross",
      'Waterloo',
      'Grand Central',
      'Paddington',
      'Penn Station',
      'Liverpool Street',
      'Union Station',
    ],
  ],
  brand: [
    'brand',
    [
      'Ford',
      'Porsche',
      'Dior',
      'Chanel',
      'Boeing',
      'Disney',
      'Dell',
      "McDonald's",
      "Kellogg's",
      'Heinz',
      'Cadbury',
      "Sainsbury's",
      'Marks & Spencer',
      'Dyson',
      'Ferrari',
      'Gillette',
      'Hewlett-Packard',
      "Ben & Jerry's",
      'Boots',
      'Barclays',
      'Lloyds',
      'Morrisons',
      'Ralph Lauren',
      'Hilton',
    ],
  ],
  place: [
    'place',
    [
      'Florence',
      'Victoria',
      'Charlotte',
      'Austin',
      'Jackson',
      'Eugene',
      'Lincoln',
      'Sydney',
      'Chester',
      'Regina',
      'Augusta',
      'Orlando',
      'Elizabeth',
      'St. Helens',
      'Hamilton',
      'Marion',
      'Lourdes',
      'Santiago',
      'Adelaide',
    ],
  ],
  holiday: [
    'not_name',
    [
      'Christmas Eve',
      'Thanksgiving',
      'Easter Monday',
      "St Patrick's Day",
      'Boxing Day',
      'Memorial Day',
      'Labor Day',
      'Good Friday',
      'Halloween',
      'Bonfire Night',
      'Remembrance Sunday',
      'Independence Day',
      "Valentine's Day",
      'Christmas',
    ],
  ],
  month: [
    'not_name',
    [
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
  ],
  weekday: [
    'not_name',
    ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ],
  title: [
    'title',
    [
      'Head Teacher',
      'Chief Constable',
      'Vice-Chair',
      'Treasurer',
      'Parish Clerk',
      'Detective Inspector',
      'Chief Executive',
      'Lord Mayor',
      'Sheriff',
      'Deputy Head',
      'Registrar',
      'Coroner',
      'Churchwarden',
      'Club Captain',
    ],
  ],
  team: [
    'team',
    [
      'Manchester United',
      'Boston Red Sox',
      'Green Bay Packers',
      'Celtic',
      'Aston Villa',
      'Chicago Cubs',
      'Toronto Maple Leafs',
      'Leeds United',
      'Melbourne Storm',
      'Shamrock Rovers',
    ],
  ],
  work: [
    'work_title',
    [
      'Jane Eyre',
      'Oliver Twist',
      'Pride and Prejudice',
      'Great Expectations',
      'Romeo and Juliet',
      'Hamlet',
      'Little Women',
      'Of Mice and Men',
      'Matilda',
      'Anne of Green Gables',
      'The Great Gatsby',
      'Macbeth',
      'Emma',
      'David Copperfield',
    ],
  ],
};

const ENT_EN: Tpl[] = [
  [
    'obit1',
    "{M1m}, of {city}, died peacefully at home on {date:recent}, surrounded by family. He was born on {DOB:old} in {city2}, the youngest of {#3-7} children. After graduating from {@school}, {M1f} worked for {#20-40} years at {@brand} before retiring to tend his beloved roses.\n\n{M1f} is survived by his wife of {#40-62} years, {Fk2}, and by their children {Pk3f} and {Pk4f}. A memorial service will be held at St. Luke's Church on {@weekday}. In lieu of flowers, the family asks that donations be made to the {@foundation} or to research into {@disease}.",
  ],
  [
    'obit2',
    'OBITUARY — {P1}\n\n{P1h}, a retired nurse who spent three decades on the wards of {@hospital}, passed away on {date:recent} at the age of {#78-96}. Born {DOB:old}, {P1?he|she} trained in {city2} and never lost {P1?his|her} habit of reading the newspaper aloud.\n\nFriends remember {P1l} as "the calmest person in any crisis". {P1?He|She} leaves a sister, {F2}, and a nephew, {M3f}. Condolences may be sent to {EMAIL:F2} or by post to {ADDR}.',
  ],
  [
    'obit3',
    "It is with great sadness that we announce the death of {P1}, founding member of the {city} Camera Club, on {date:recent}. {P1f}'s photographs of {@storm} and its aftermath were shown at the {@building} and later printed in the {city} Herald.\n\nThe funeral will take place at {#10-12}:00 on {@weekday}. Anyone wishing to share a memory can contact {P2} on {PHONE} or write to {EMAIL:P2}.",
  ],
  [
    'birth1',
    'BIRTHS\n\n{M1f} and {Fk1} are delighted to announce the arrival of their daughter, {Fk2}, born on {DOB:new} at {@hospital}, weighing {#5-9} lb {#1-15} oz. A little sister for {Mk3f}. Grandparents {P2} and {P3} are, in their own words, "over the moon".',
  ],
  [
    'birth2',
    'Welcome to the world, {Fk1}! Born {DOB:new} at 4.12 a.m., after what {M1f} describes as "the longest {@weekday} of our lives". Mum {F2f} and baby are both doing well. Cards and visits are welcome from {@month} onwards — please text {M1f} first on {PHONE}.',
  ],
  [
    'news1',
    '{city} — A {#30-70}-year-old woman was treated for minor injuries after a car left the road on {@street} late on {@weekday} night, police said.\n\nThe driver, named by officers as {M1} of {city2}, was arrested on suspicion of driving while unfit. A witness, {F2}, told the Courier she heard "a bang like thunder" and ran outside. "{F2f} did exactly the right thing," said {M3h}, a spokesman for the fire service.',
  ],
  [
    'news2',
    'Local baker {P1} has been named Small Business of the Year by the {city} Chamber of Commerce, beating {#12-40} other nominees.\n\n{P1l}, who opened the shop on {@street} in {year}, said the award belonged to the whole team. "Without {P2f} on the early shift, none of this would exist," {P1?he|she} said. The ceremony was held on {date} at the {@building}, where guests were served {P1l}\'s famous sourdough.',
  ],
  [
    'news3',
    'Residents of {@place} packed the community hall on {@weekday} to hear plans for a new cycle lane along {@street}.\n\nCouncillor {P1}, who chairs the transport committee, said the scheme would cost about {price}. Not everyone was convinced. Shopkeeper {P2} argued that deliveries would suffer, while cyclist {P3s} called the plan "long overdue". Written comments can be sent to {P1l}\'s office at {EMAIL:P1+org} until {date:recent}.',
  ],
  [
    'news4',
    'A retired teacher from {city} has completed a {#500-1200}-mile charity walk in memory of {P1?his|her} late wife.\n\n{M1m}, {#60-79}, set off from {@place} in {@month} and arrived home on {date:recent}, raising money for the {@foundation}. "{F2f} would have laughed at me," he said. Donations can still be made by bank transfer to {IBAN}, reference WALK.',
  ],
  [
    'news5',
    'Police are appealing for information after a bicycle was stolen outside {@station} on {@weekday} afternoon. The owner, {P1} ({#19-35}), had locked it to the railings for less than ten minutes. Anyone with information should call {M2h} of the local neighbourhood team on {PHONE} quoting crime reference {order}.',
  ],
  [
    'bio1',
    "{P1m} (born {DOB:adult}) is a {~British|American|Irish|Canadian} marine biologist and author. {P1?He|She} studied at the University of {city2} before joining a research vessel, the {@ship}, as its youngest scientist.\n\n{P1l}'s first book, on the migration of eels, was shortlisted for the {@prize}. {P1?He|She} lives in {city} with {P1?his|her} partner, the illustrator {P2}, and maintains a blog at {URL:P1}.",
  ],
  [
    'bio2',
    'About the author\n\n{P1} grew up above a hardware shop in {city}, where {P1?his|her} grandmother {F2f} taught {P1?him|her} to play cards and lie convincingly. {P1?He|She} is the author of three novels and a memoir. {P1f} can be reached at {EMAIL:P1} or on Instagram; more at {URL:P1}.',
  ],
  [
    'bio3',
    '{P1} is a {~jazz pianist|choral conductor|sculptor|landscape architect} whose work has been shown in {city}, {@place} and {city2}. After early years playing on cruise ships, {P1l} studied with {P2} and later founded a summer school in {@month}. {P1?He|She} was a finalist for the {@prize} in {year}.',
  ],
  [
    'wiki1',
    "{P1} ({DOB:old} – {date:past}) was an {~English|Irish|American} civil engineer best known for the swing bridge over the river at {city}.\n\nEarly life\n\n{P1l} was born in {city2} to {M2}, a clockmaker, and {F3}, a schoolteacher. {P1?He|She} attended {@school} and was apprenticed to {M4} at the age of sixteen.\n\nCareer\n\nIn {year} {P1l} joined {M4l}'s engineering practice as a partner. {P1?His|Her} calculations, it is said, anticipated the {@science} by several years.",
  ],
  [
    'wiki2',
    '{P1} (born {DOB:adult}) is a former professional footballer who played as a midfielder for {@team} and {@team}. {P1?He|She} now coaches the under-16s at {city2}.\n\nPersonal life\n\n{P1l} is married to {P2}, a physiotherapist. The couple met in {@place} and have two children.',
  ],
  [
    'minutes1',
    'MINUTES OF THE PARISH COUNCIL MEETING\nHeld on {@weekday} {date} at the Village Hall\n\nPresent: {P1} (Chair), {P2}, {P3}, {P4m}\nApologies: {P5}\n\n1. The minutes of the previous meeting were approved, proposed by {P2l} and seconded by {P3s}.\n2. Playground: {P4l} reported that the quote from the contractor was {price}. Agreed.\n3. Correspondence: a letter from {M6h} about parking on {@street} was noted. The Clerk will reply to {EMAIL:M6}.\n\nThe meeting closed at {#20-21}:{#10-55}.',
  ],
  [
    'minutes2',
    'Board of Governors — summary of decisions\n\nThe Chair, {P1}, welcomed new governor {P2} and thanked outgoing {@title} {P3} for {P3?his|her} nine years of service. {P3l} will remain a friend of the school.\n\nThe Head reported that {@school} had been rated "good". Governors discussed a complaint from a parent, {P4h}, and agreed that {P1l} would telephone {P4?him|her} on {PHONE} before the next meeting.',
  ],
  [
    'minutes3',
    "Residents' Association AGM, {date}\n\n{P1} opened by thanking everyone for coming out on a wet {@weekday}. The Treasurer, {P2}, presented the accounts: subscriptions brought in {price}. {P2f} asked that members pay by transfer to the association account {IBAN} rather than in cash.\n\nAny other business: {P3} raised the state of the footpath behind {ADDR}. {P1l} promised to chase the council.",
  ],
  [
    'police1',
    'INCIDENT REPORT — {order}\n\nAt approx. 22:40 on {date}, officers attended {ADDR} following a report of a break-in. The occupant, {P1r}, DOB {DOB:adult}, stated that {P1?he|she} returned home to find the rear window forced.\n\nItems reported missing include a laptop and a wallet containing a debit card ({CARD}). A neighbour, {P2}, saw a man in a dark jacket near the {@brand} showroom. Contact for victim: {PHONE}.',
  ],
  [
    'police2',
    'Case summary: on {date} the victim, {P1} (SSN {SSN}), reported that someone had opened a credit account in {P1?his|her} name. {P1l} first noticed a charge of {price} from a {@brand} store in {@place}.\n\nBank records show the account was accessed from IP {IP}. A second applicant, using the name {P2} and the email {EMAIL:P2}, is being traced.',
  ],
  [
    'police3',
    'Missing person appeal\n\nPolice in {city} are concerned for the welfare of {P1}, {#15-17}, who was last seen on {@weekday} evening near {@station}. {P1f} is described as slim, about five foot six, wearing a grey hoodie. {P1?He|She} may have travelled to {@place}.\n\n"We just want to know {P1f} is safe," said {P1?his|her} mother, {F2}. Anyone who sees {P1f} should call {PHONE}.',
  ],
  [
    'court1',
    'COURT REPORT\n\nA {city} man who stole {price} from the charity shop where he volunteered has been given a suspended sentence. {M1}, {#30-59}, of {ADDR}, admitted fraud at the Crown Court.\n\nProsecuting, {P2h} said {M1l} had taken cash from the till over eighteen months. In mitigation, {M1l}\'s barrister, {P3}, said her client had been caring for his mother, who has {@disease}. Judge {P4l} told him: "You betrayed people who trusted you."',
  ],
  [
    'court2',
    "Summary of judgment, case {case}\n\nThe claimant, {P1}, born {DOB:adult}, sued the landlord, {P2}, over a deposit of {price}. The tribunal found that {P2l} had failed to protect the deposit. The claimant's address at the time was {ADDR}. {P1l} was represented by {P3m}.",
  ],
  [
    'letter1',
    "To whom it may concern,\n\nI am delighted to recommend {P1} for the position of {~research assistant|junior editor|trainee architect|lab technician}. I supervised {P1l} for two years at {@school}, where {P1?he|she} consistently went beyond what was asked.\n\n{P1f}'s final project on the {@science} was the best I have marked in a decade. {P1?He|She} is punctual, curious and kind to younger students.\n\nPlease feel free to contact me at {EMAIL:P2+org} or {PHONE}.\n\nYours faithfully,\n{P2m}\n{@title}",
  ],
  [
    'letter2',
    'Dear {P1h},\n\nThank you for your letter of {date} regarding {P2}. I have known {P2f} since {P2?he|she} joined our choir in {year}, and I can say without hesitation that {P2?he|she} is one of the most reliable volunteers we have had.\n\nIf you need anything further, I can be reached on {PHONE}.\n\nWith best wishes,\n{P3}',
  ],
  [
    'school1',
    'END OF YEAR REPORT — {Pk1}\nClass 4B, {@school}\n\n{Pk1f} has had a wonderful year. {Pk1?His|Her} reading has come on enormously: {Pk1?he|she} has finished {@work} on {Pk1?his|her} own and talked about it with real enthusiasm. In maths, {Pk1f} still needs to practise times tables at home.\n\n{Pk1?He|She} works well with {P2f} and {P3f}, and is always first to help a classmate.\n\nClass teacher: {P4h}\nParent contact on file: {P1}, {PHONE}',
  ],
  [
    'school2',
    'Dear parents,\n\nCongratulations to {P1} and {P2}, who represented the school at the regional spelling bee on {@weekday}. {P1f} reached the final round and lost only on "rhythm". Thank you to {P3h}, who drove them to {@place}.\n\nPhotos are on the school blog: {URL}. — {P4}, Deputy Head',
  ],
  [
    'email1',
    "Hi {P1f},\n\nI hope {city} is treating you well. It was so lovely to see you and {P2f} at {P3f}'s wedding — you haven't changed a bit since we shared that terrible flat on {@street}.\n\nI've finally moved! New address is {ADDR}, so please update your Christmas card list. My mobile is the same ({PHONE}) but the landline is gone.\n\nLove to the kids,\n{P4f}",
  ],
  [
    'email2',
    "Dear {P1f},\n\nI'm writing this on the train to {@place}, somewhere past a field of very confused sheep. Mum's operation went well; the surgeon, {P2h}, was lovely and explained everything twice. She's at {@hospital} until {@weekday}.\n\nIf you want to send her a card, the ward address is on their website. Or email me at {EMAIL:P3} and I'll print it out for her.\n\nx {P3f}",
  ],
  [
    'blog1',
    'Our week in {@place}\n\nWe arrived on {@weekday} in the pouring rain, which {P1f} insisted was "authentic". Our host, a retired ferry captain called {M2}, met us at the station and talked non-stop about {@team} all the way to the cottage.\n\nBy Wednesday the sun came out and {P1f} and I walked the cliff path. {M2l}\'s wife {Fk3f} packed us sandwiches. If you want to stay there too, {M2f} takes bookings at {EMAIL:M2}.',
  ],
  [
    'blog2',
    'Why I started running at {#45-60}\n\nTwo years ago my doctor, {P1h}, told me my blood pressure was "a conversation we need to have". My daughter {F2f} signed me up for a 5k without asking. I finished second to last, ahead of a man dressed as a banana called {M3}.\n\nThis {@month} I ran my first half marathon. You can follow my progress at {URL:P4}. — {P4}',
  ],
  [
    'interview1',
    'IN CONVERSATION: {P1}\n\nWhen we meet in a café near {@station}, {P1} is already on {P1?his|her} second coffee. The {#30-60}-year-old designer has just returned from {@place}, where {P1?his|her} collection was shown alongside {@brand}.\n\n"People assume it\'s glamorous," {P1l} laughs. "It\'s mostly lost luggage." {P1?He|She} credits {P1?his|her} grandmother, {F2}, with teaching {P1?him|her} to sew. Interview by {P3}.',
  ],
  [
    'interview2',
    "Q&A with this month's volunteer of the month, {P1}\n\nHow did you get involved? — {P2} dragged me to a litter pick in {@month} and I never left.\n\nWhat's the best part? — The people. {P3f} makes the best flapjack in {city}.\n\nHow can readers help? — Come along on a {@weekday}, or ring me on {PHONE}.",
  ],
  [
    'event1',
    "The annual summer fete raised a record {price} for the church roof fund. Thanks go to {P1} for organising the tombola, to {P2} and {P3} for the cake stall, and to the {@team} supporters' club for the loan of a gazebo.\n\nThe raffle winner was {P4m} of {city2}. Anyone who has not yet collected a prize should contact {P1f} at {EMAIL:P1}.",
  ],
  [
    'event2',
    'Report: {city} Book Festival, day two\n\nThe highlight of {@weekday} was a packed reading by {P1}, whose new novel retells {@work} from the point of view of the housekeeper. Chairing the session, {P2} asked whether {P1l} had been nervous. "Terrified," came the reply.\n\nIn the afternoon {P3} (pictured) launched {P3?his|her} memoir, ISBN {isbn}, priced at {price}.',
  ],
  [
    'newsletter1',
    "ST MARY'S PARISH NEWSLETTER — {@month}\n\nFrom the Vicar: {P1} writes on the meaning of {@holiday}.\n\nPastoral care: please keep {P2} and {P3f} in your prayers. {P2f} is recovering at {@hospital}.\n\nFlowers this month were arranged by {P4}. To join the rota, speak to {P4f} after the service or phone {PHONE}.\n\nDonations to the roof appeal: {IBAN}, ref. ROOF.",
  ],
  [
    'newsletter2',
    "{city} Rambling Club — Spring Newsletter\n\nWelcome to our new members {P1}, {P2} and {P3}! Our {@weekday} walks continue to be led by {P4}. Please note {P4l}'s new number: {PHONE}.\n\nMembership renewals ({price}) are now due. Pay by transfer to {IBAN} or hand cash to the treasurer, {P5f}.",
  ],
  [
    'newsletter3',
    'Alumni News\n\nClass of {year}: {P1} writes from {@place} that {P1?he|she} has opened a veterinary practice. {F2} (née {F5l}) has been appointed {@title} at {@hospital}. Sadly we report the death of {P3}, who many will remember from the rowing club. Send news to {EMAIL}.',
  ],
  [
    'incident1',
    'Post-incident review\n\nOn {date} a contractor, {P1}, pushed a configuration file to a public repository. The file contained an access key ({AWS}) and a personal access token ({GHP}). The leak was spotted by {P2s} within forty minutes. Logins from {IP} were blocked.\n\n{P1l} has since completed security training. Lessons learned were presented by {P3} at the {@weekday} all-hands.',
  ],
  [
    'incident2',
    'Security incident summary — {order}\n\nReporter: {P1} ({EMAIL:P1+org}). At 03:12 on {date} the monitoring system flagged unusual logins to the staff portal from {IP} and {IP:6}. Investigation showed that a password-manager export belonging to {P2} had been posted on a forum, including the line "api_secret = {SECRET}".\n\nAffected credentials were rotated by {P3f}. No customer data is believed to have been accessed.',
  ],
  [
    'recommend1',
    'Letter of reference\n\nI have employed {P1} as a nanny for our two children, {Fk2f} and {Mk3f}, since {@month} {year}. {P1f} is warm, firm and endlessly patient; our children adore {P1?him|her}. When {Mk3f} broke his arm, {P1f} handled it calmly and drove him to {@hospital}.\n\nI am happy to discuss further.\n\n{M4} (father of {Fk2f} and {Mk3f})\n{PHONE} · {EMAIL:M4}',
  ],
  [
    'feature1',
    'The last cobbler on {@street}\n\nFor forty years, {M1} has repaired the shoes of {city}. He took over the shop from his father, {Mk2}, who opened it the year {@storm} flooded the cellar.\n\n"People don\'t fix things any more," {M1l} says, holding up a {@brand} boot. His apprentice, {P3f}, nods. Customers can find the shop at {ADDR}.',
  ],
  [
    'feature2',
    'Meet the couple behind the town\'s favourite café\n\n{F1} and {M2} met at a wedding in {@place} in {year}. Ten years later they run the Blue Door, a café on the corner of {@street}. {F1f} bakes; {M2f} does the accounts and, according to {F1f}, "most of the talking".\n\nBookings for private events: {EMAIL:F1} or {PHONE}.',
  ],
  [
    'anniv1',
    "Golden wedding anniversary\n\nCongratulations to {M1f} and {Fk1}, who married at St. Andrew's on {date:past}. The couple met at a dance in {city2}. They have three children, {Pk3f}, {Pk4f} and {Pk5f}, and seven grandchildren.",
  ],
  [
    'memoir1',
    'Chapter Three\n\nMy grandfather, {M1}, was born on {DOB:old} in a two-room cottage outside {city2}. He left school at fourteen and went to work at the {@brand} factory, where he met my grandmother, {F2}, on the canteen queue. She, by her own account, was not impressed.\n\n"{M1f} had one good suit and wore it every day," {F2f} used to say.',
  ],
  [
    'petition1',
    'Save Our Library — open letter\n\nWe, the undersigned residents of {city}, ask the council to reverse the decision to close the library on {@street}. Signed: {P1}, {ADDR}; {P2}; {P3}; {P4m}.\n\nContact for the campaign: {P1s}, {EMAIL:P1}, {PHONE}.',
  ],
  [
    'donation1',
    'An appeal from the {city} Food Bank\n\nThis winter we expect to feed more than {#300-900} families. Our coordinator, {P1}, says the shelves are emptier than at any time since {year}. "Every tin matters," {P1?he|she} says.\n\nYou can give online at {URL} or by bank transfer to {IBAN}. Gift Aid forms are available from {P2}, {EMAIL:P2+org}.',
  ],
  [
    'tribute1',
    'A tribute to Coach {P1l}\n\nFor twenty-two years {P1} ran the junior section of the {city} Hockey Club. {P1?He|She} never missed a {@weekday} training session, not even during {@storm}. Former players, including international {P2}, gathered on {date} to unveil a bench in {P1?his|her} honour.',
  ],
  [
    'report1',
    'Annual report — staff news\n\nThis year we said goodbye to {P1}, who retires after {#20-35} years as {@title}, and welcomed {P2} from {city2}. {P3} completed {P3?his|her} doctorate on {@disease}. {P4} was promoted to head of operations; {P4?his|her} direct line is {PHONE}.',
  ],
  [
    'letter3',
    'Dear Editor,\n\nI read with dismay your report of {date} on the proposed closure of {@hospital}. My late husband, {M1}, was treated there for {@disease} and the care he received was exceptional.\n\nYours sincerely,\n{F2}\n{ADDR}',
  ],
  [
    'us_benefit1',
    "Dear {P1h},\n\nThank you for your letter of {date}. Before we can process the survivor benefit for your late {P1?wife|husband}, {P2}, we need a copy of the death certificate and confirmation of the Social Security number on file, which our records show as {SSN}.\n\nPlease note that {P2f}'s date of birth is listed as {DOB:old}; if this is incorrect, call {P3h} on {PHONE:n}.\n\nSincerely,\n{P3}\nClaims Representative",
  ],
  [
    'us_court3',
    'Public record summary: {P1m}, DOB {DOB:adult}, last known address {ADDR}, was named as defendant in a small-claims action filed on {date} by {P2}. The filing lists a Social Security number ending in the digits shown in the sealed exhibit; the unsealed cover page, however, repeats it in full: {SSN}.',
  ],
  [
    'travel1',
    'Travel diary, {@month}\n\nDay four. {P1f} lost the passport again — found it in the cool-box. We took the ferry to {@place} and ate chips with a couple from {city2}, {P2} and {P3f}, who swore {@brand} made the best cars ever built.\n\nShared the photos with them at {EMAIL:P2}.',
  ],
];

const NEGONLY_EN: Tpl[] = [
  [
    'neg1',
    '{@month} brought record rainfall to {@place}, and {@storm} caused flooding along {@street}. Crews from the county worked through {@holiday} to clear the drains. Repairs are expected to cost around {price}, the council said on {date}.',
  ],
  [
    'neg2',
    "The {@prize} was awarded on {date} at the {@building}. Organisers said attendance had doubled since {year}. Tickets for next year's ceremony go on sale at {price}. Sponsors include {@brand} and the {@foundation}.",
  ],
  [
    'neg3',
    'Visiting hours at {@hospital} change from {@weekday}. Patients with {@disease} attending the memory clinic should use the entrance on {@street}. Parking costs {price} per day; the ticket machines accept cards.',
  ],
  [
    'neg4',
    'Road closures this week: {@street} will be closed between {@station} and the {@building} from {date} for resurfacing. Buses will divert via {@street}. The works are part of a {price} programme.',
  ],
  [
    'neg5',
    'Sport: {@team} came from behind to beat {@team} 3–2 on {@weekday}. The winning goal came in the {#80-94}th minute. The club says season tickets for {year} will rise to {price}.',
  ],
  [
    'neg6',
    'Book club: this {@month} we are reading {@work}. Copies (ISBN {isbn}) are available at the library desk for {price}. We meet on the first {@weekday} of the month in the reading room at {@school}.',
  ],
  [
    'neg7',
    'Software update {version} for the parish booking system was installed on {date}. The previous release, {version}, had a bug that doubled some hall bookings. Order reference {order} covers the annual licence ({price}).',
  ],
  [
    'neg8',
    "Reminder: the card number printed in last month's newsletter, {cardx}, was a sample from the printer's template and is not valid. Likewise the account number {ibanx} shown in the draft was a typo. Please use only the details on the official donation page.",
  ],
  [
    'neg9',
    'History corner: {@ship} was launched in {year} and named, like {@school}, after a figure of national importance. A plaque near {@station} records the event. The {@science} was first demonstrated nearby, local historians claim.',
  ],
  [
    'neg10',
    'Weather: after a mild {@holiday}, {@month} is forecast to turn colder. The Met Office has named the next system {@storm}. Gusts of up to 70 mph are possible along the coast near {@place}.',
  ],
  [
    'neg11',
    'The {@foundation} has announced grants totalling {price} for research into {@disease} and {@disease}. Applications close on {date:recent}. The scheme, first launched in {year}, is administered from the {@building}.',
  ],
  [
    'neg12',
    'New rules known as {@law} come into force on {date:recent}. Campaigners said the change was overdue. The {@title} will publish guidance before {@holiday}.',
  ],
  [
    'neg13',
    'Shopping: {@brand} and {@brand} are both opening stores in the retail park near {@place}. The developer, whose order book lists reference {order}, said the units would be ready by {@month}. The first 500 customers will receive a voucher worth {price}.',
  ],
  [
    'neg15',
    'Scam warning: letters doing the rounds in {@place} ask residents to "confirm" a Social Security number such as {ssnx}. Numbers beginning with 9, 666 or 000 are never issued, so the letter is fake. The sender also quotes a case number, {case}, and asks for a fee of {price}.',
  ],
  [
    'neg14',
    'Open day at {@school}: {@weekday} {date}, 10 am to 3 pm. Visitors can tour the new science block, named after the {@science}, and hear the {@title} speak at 11. Refreshments {price}.',
  ],
];

// ---------------------------------------------------------------------------------------------
// German

const NEG_DE: Record<string, NegList> = {
  street: [
    'eponym',
    [
      'Goethestraße',
      'Bismarckstraße',
      'Kaiser-Wilhelm-Allee',
      'Karl-Marx-Allee',
      'Friedrich-Ebert-Straße',
      'Mozartgasse',
      'Maria-Theresien-Straße',
      'Heinrich-Heine-Allee',
      'Luisenstraße',
      'Schillerstraße',
      'Kennedyallee',
      'Beethovenstraße',
      'Rosa-Luxemburg-Straße',
      'Konrad-Adenauer-Straße',
    ],
  ],
  school: [
    'eponym',
    [
      'Goethe-Gymnasium',
      'Albert-Einstein-Gymnasium',
      'Humboldt-Gymnasium',
      'Max-Planck-Gymnasium',
      'Bertha-von-Suttner-Gymnasium',
      'Schiller-Gymnasium',
      'Heinrich-Heine-Gymnasium',
      'Lessing-Gymnasium',
      'Carl-von-Ossietzky-Gymnasium',
      'Annette-von-Droste-Hülshoff-Gymnasium',
      'Käthe-Kollwitz-Gymnasium',
      'Sophie-Scholl-Gymnasium',
    ],
  ],
  hospital: [
    'eponym',
    [
      'Elisabeth-Krankenhaus',
      'St.-Josefs-Hospital',
      'Robert-Bosch-Krankenhaus',
      'Vinzenz-Klinikum',
      'Marienhospital',
      'Sankt-Gertrauden-Krankenhaus',
      'Klinikum Ernst von Bergmann',
      'Kaiserin-Elisabeth-Spital',
      'Franziskus-Hospital',
      'Albertinen-Krankenhaus',
      'Helios Klinikum Emil von Behring',
    ],
  ],
  prize: [
    'eponym',
    [
      'Nobelpreis',
      'Georg-Büchner-Preis',
      'Grimme-Preis',
      'Leibniz-Preis',
      'Karlspreis',
      'Ingeborg-Bachmann-Preis',
      'Nestroy-Preis',
      'Adolf-Grimme-Preis',
      'Heinrich-Mann-Preis',
      'Bambi',
    ],
  ],
  disease: [
    'eponym',
    [
      'Alzheimer',
      'Parkinson',
      'Morbus Crohn',
      'Creutzfeldt-Jakob-Krankheit',
      'Huntington-Krankheit',
      'Asperger-Syndrom',
      'Down-Syndrom',
      'Morbus Bechterew',
      'Hashimoto-Thyreoiditis',
      'Morbus Parkinson',
    ],
  ],
  storm: [
    'eponym',
    [
      'Sturmtief Zoltan',
      'Orkan Kyrill',
      'Sturmtief Sabine',
      'Orkantief Ylenia',
      'Tief Bernd',
      'Sturmtief Ignatz',
      'Orkan Lothar',
      'Sturmtief Friederike',
      'Tief Xaver',
    ],
  ],
  building: [
    'eponym',
    [
      'Beethovenhalle',
      'Max-Reger-Halle',
      'Rudolf-Oetker-Halle',
      'Friedrich-Ebert-Halle',
      'Händel-Halle',
      'Carl-Benz-Arena',
    ],
  ],
  foundation: [
    'eponym',
    [
      'Bertelsmann Stiftung',
      'Robert Bosch Stiftung',
      'Konrad-Adenauer-Stiftung',
      'Friedrich-Ebert-Stiftung',
      'Heinrich-Böll-Stiftung',
      'Carl-Zeiss-Stiftung',
      'Hans-Böckler-Stiftung',
      'Körber-Stiftung',
      'Else Kröner-Fresenius-Stiftung',
    ],
  ],
  science: [
    'eponym',
    [
      'Satz des Pythagoras',
      'Ohmschen Gesetz',
      'Doppler-Effekt',
      'Heimlich-Handgriff',
      'Bunsenbrenner',
      'Geigerzähler',
      'Coulombschen Gesetz',
    ],
  ],
  station: [
    'eponym',
    [
      'Bahnhof Zoo',
      'Bahnhof Wilhelmshöhe',
      'Karlsplatz',
      'Stachus',
      'Ernst-Reuter-Platz',
      'Rosa-Luxemburg-Platz',
      'Bahnhof Friedrichstraße',
      'Wittelsbacherplatz',
    ],
  ],
  brand: [
    'brand',
    [
      'Porsche',
      'Bosch',
      'Siemens',
      'Miele',
      'Dr. Oetker',
      'Haribo',
      'Aldi',
      'Lidl',
      'Rossmann',
      'Müller',
      'Tchibo',
      'Hugo Boss',
      'Märklin',
      'Steiff',
      'Adidas',
      'Kärcher',
      'Faber-Castell',
      'Otto',
      'Melitta',
      'Fielmann',
      'Mercedes-Benz',
      'Dallmayr',
      'Liebherr',
      'Würth',
    ],
  ],
  place: [
    'place',
    [
      'Ludwigshafen',
      'Karlsruhe',
      'Friedrichshafen',
      'Wilhelmshaven',
      'Sankt Augustin',
      'St. Georgen',
      'Marienberg',
      'Annaberg-Buchholz',
      'Emmerich',
      'Konstanz',
      'Elisabethfehn',
      'Ludwigsburg',
      'Sankt Wolfgang',
      'St. Moritz',
      'Paulinenaue',
      'Oranienburg',
      'Augustusburg',
    ],
  ],
  holiday: [
    'not_name',
    [
      'Heiligabend',
      'Ostermontag',
      'Pfingsten',
      'Fronleichnam',
      'Allerheiligen',
      'Silvester',
      'Nikolaustag',
      'Rosenmontag',
      'Tag der Deutschen Einheit',
      'Martinstag',
      'Christi Himmelfahrt',
      'Karfreitag',
      'Stephanstag',
    ],
  ],
  month: [
    'not_name',
    [
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
  ],
  weekday: [
    'not_name',
    ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  ],
  title: [
    'title',
    [
      'Kassenwart',
      'Schriftführer',
      'Oberbürgermeister',
      'Ortsvorsteher',
      'Kantor',
      'Landrat',
      'Pfarrer',
      'Ehrenvorsitzender',
      'Hausmeister',
      'Chorleiter',
    ],
  ],
  titleF: [
    'title',
    [
      'Bürgermeisterin',
      'Rektorin',
      'Schulleiterin',
      'Gemeinderätin',
      'Vorsitzende',
      'Kassenwartin',
      'Landrätin',
      'Pfarrerin',
    ],
  ],
  police: [
    'title',
    ['Kriminalhauptkommissar', 'Polizeioberkommissar', 'Kriminalkommissar', 'Polizeihauptmeister'],
  ],
  team: [
    'team',
    [
      'Borussia Dortmund',
      'Hertha BSC',
      'Werder Bremen',
      'Eintracht Frankfurt',
      'Rapid Wien',
      'FC Basel',
      'Fortuna Düsseldorf',
      'Alemannia Aachen',
      'Arminia Bielefeld',
      'Viktoria Köln',
      'Austria Wien',
    ],
  ],
  work: [
    'work_title',
    [
      'Effi Briest',
      'Emil und die Detektive',
      'Die Leiden des jungen Werthers',
      'Der Besuch der alten Dame',
      'Pippi Langstrumpf',
      'Heidi',
      'Momo',
      'Nathan der Weise',
      'Woyzeck',
      'Max und Moritz',
      'Michel aus Lönneberga',
      'Jim Knopf und Lukas der Lokomotivführer',
      'Maria Stuart',
    ],
  ],
};

const ENT_DE: Tpl[] = [
  [
    'nachruf1',
    'Nachruf\n\nIn tiefer Trauer nehmen wir Abschied von {P1}, geboren am {DOB:old} in {city2}, gestorben am {date:recent} in {city}. {P1?Er|Sie} war über dreißig Jahre lang Mitglied unseres Chores und hat bei unzähligen Konzerten in der {@building} mitgesungen.\n\n{P1f} hinterlässt {P1?seine Frau|ihren Mann} {P2} sowie die Kinder {P3f} und {P4f}. Die Trauerfeier findet am {@weekday} um 14 Uhr in der Friedhofskapelle statt. Statt Blumen bittet die Familie um eine Spende an die {@foundation}.',
  ],
  [
    'nachruf2',
    'Wir trauern um unseren langjährigen {@title} {M1}.\n\nHerr {M1l} starb nach kurzer, schwerer Krankheit im Alter von {#68-91} Jahren. Er war ein Mann der leisen Töne, der zuhören konnte. Unvergessen bleibt, wie er nach {@storm} die Aufräumarbeiten im Ort koordinierte.\n\nUnser Mitgefühl gilt seiner Frau {Fk2f} und der ganzen Familie. Kondolenzen bitte an {EMAIL:P3+org} oder schriftlich an die Geschäftsstelle, {ADDR}.\n\nFür den Vorstand: {P3}',
  ],
  [
    'nachruf3',
    'Traueranzeige\n\nEin erfülltes Leben ist zu Ende gegangen.\n\n{F1}\ngeb. {F5l}\n* {DOB:old}   † {date:recent}\n\nIn Liebe und Dankbarkeit:\n{Mk2} mit {Fk3f}\n{Pk4f} und {Pk6f}\n\nDie Urnenbeisetzung findet im engsten Familienkreis statt.',
  ],
  [
    'geburt1',
    'Hallo Welt!\n\nAm {DOB:new} um 7:48 Uhr ist unser Sohn {Mk1f} im {@hospital} zur Welt gekommen – 3.420 Gramm, 52 cm und eine Stimme wie ein Nebelhorn.\n\nEs freuen sich riesig die Eltern {F2} und {Mk3f}, dazu die große Schwester {Fk4f}.',
  ],
  [
    'geburt2',
    'Wir sind zu dritt! {Fk1}, geboren am {DOB:new} in {city}. Mama {F1f} und Baby geht es gut, Papa {M2f} hat schon drei Fotoalben angelegt. Besuch bitte erst ab {@month} und nur nach Anmeldung unter {PHONE}.',
  ],
  [
    'lokal1',
    '{city}. Ein {#40-70}-jähriger Radfahrer ist am {@weekday} gegen 21 Uhr auf der {@street} von einem Auto erfasst und leicht verletzt worden. Wie die Polizei mitteilte, hatte die Fahrerin, eine {#20-80}-jährige Frau aus {city2}, den Mann beim Abbiegen übersehen.\n\nEin Zeuge, {M1}, leistete Erste Hilfe, bis der Rettungswagen eintraf. „Ich habe nur gemacht, was man eben macht“, sagte {M1l} später unserer Zeitung. Der Radfahrer wurde ins {@hospital} gebracht.',
  ],
  [
    'lokal2',
    'Traditionsbäckerei feiert 100-jähriges Bestehen\n\nSeit vier Generationen backt die Familie {P1l} in der {@street}. Heute führt {P1} den Betrieb gemeinsam mit {P1?seiner Schwester|ihrem Bruder} {Pk2f}. „Unser Urgroßvater {Mk3f} hat mit einem Holzofen angefangen“, erzählt {P1s}.\n\nZum Jubiläum gibt es am {@weekday} Kaffee und Kuchen für {price}. Der Erlös geht an den Kindergarten.',
  ],
  [
    'lokal3',
    'Neue Bürgermeisterin vereidigt\n\nMit großer Mehrheit ist {F1} am {date} im Ratssaal vereidigt worden. Die {#38-60}-Jährige folgt auf {M2}, der nach zwei Amtszeiten nicht mehr angetreten war. In ihrer Antrittsrede dankte {F1l} ausdrücklich ihrem Vorgänger: „Herr {M2l} hinterlässt ein geordnetes Haus.“\n\nBürgersprechstunden bietet {F1s} künftig jeden ersten {@weekday} im Monat an; Termine unter {PHONE}.',
  ],
  [
    'lokal4',
    'Rentner wandert für den guten Zweck\n\n{M1}, {#65-80}, ist zu Fuß von {@place} bis nach {city} gelaufen – rund 600 Kilometer. Mit der Aktion sammelte der ehemalige Lehrer am {@school} Spenden für die Erforschung von {@disease}, an der seine Frau {Fk2f} erkrankt ist.\n\nWer die Aktion unterstützen möchte, kann auf das Konto {IBAN} (Verwendungszweck „Wanderung“) spenden.',
  ],
  [
    'lokal5',
    'Ehrenamtspreis für {P1}\n\nDer diesjährige Ehrenamtspreis der Stadt {city} geht an {P1}. Seit {year} organisiert {P1?der|die} {#40-75}-Jährige die Tafel im Gemeindehaus. {P2}, {P2?Vorsitzender|Vorsitzende} des Fördervereins, nannte {P1l} „das Herz unseres Viertels“. Die Verleihung findet am {date:recent} statt.',
  ],
  [
    'polizei1',
    'Polizeibericht\n\n{city} – Unbekannte sind in der Nacht zum {@weekday} in eine Wohnung in der {@street} eingebrochen. Die Bewohnerin, {F1} (geb. {DOB:adult}), bemerkte den Einbruch am Morgen. Gestohlen wurden Schmuck, Bargeld und eine Kreditkarte mit der Nummer {CARD}, die inzwischen gesperrt ist.\n\nHinweise nimmt {@police} {M2l} unter {PHONE} entgegen.',
  ],
  [
    'polizei2',
    'Pressemitteilung der Polizeiinspektion {city}\n\nAm {date} gegen 16:30 Uhr wurde ein Kind an der Bushaltestelle vor dem {@school} von einem Auto gestreift. Der Fahrer, ein {#25-60}-Jähriger aus {city2}, fuhr zunächst weiter, stellte sich aber eine Stunde später. Der Junge, {Mk1f} ({#6-12}), kam mit Prellungen davon.\n\nDie Mutter, {F2}, bedankte sich bei der Passantin {F3}, die sich das Kennzeichen gemerkt hatte.',
  ],
  [
    'polizei3',
    'Vermisst: {P1}\n\nSeit {@weekday} wird {P1} aus {city} vermisst. {P1?Der|Die} {#14-17}-Jährige wurde zuletzt am {@station} gesehen. {P1f} trug eine dunkle Jacke und einen blauen Rucksack. Die Eltern, {Mk2f} und {Fk3}, bitten um Mithilfe. Hinweise an die Polizei unter {PHONE} oder per Mail an {EMAIL}.',
  ],
  [
    'polizei4',
    'Sachverhalt (Az. {case}): Die Geschädigte {F1r}, wohnhaft {ADDR}, erstattete am {date} Anzeige wegen Betrugs. Sie hatte auf eine Kleinanzeige für eine Einbauküche von {@brand} geantwortet und {price} auf das Konto {IBAN} überwiesen. Der angebliche Verkäufer, der sich als {M2} ausgab, ist seither nicht mehr erreichbar. Die Anzeige wurde von der IP-Adresse {IP} aufgegeben.',
  ],
  [
    'gericht1',
    'Aus dem Amtsgericht\n\nWegen Unterschlagung musste sich am {@weekday} ein {#30-55}-jähriger Kassenwart aus {city2} verantworten. {M1} soll über drei Jahre hinweg {price} aus der Vereinskasse abgezweigt haben. Richterin {F2l} verurteilte {M1l} zu einer Bewährungsstrafe.\n\nDer Verteidiger, Rechtsanwalt {P3}, hatte auf die Spielsucht seines Mandanten hingewiesen. Der Vereinsvorsitzende {P4} zeigte sich erleichtert.',
  ],
  [
    'gericht2',
    'Urteil (Az. {case}) – Zusammenfassung\n\nDie Klägerin, {F1}, geboren am {DOB:adult}, verlangte von ihrem früheren Vermieter, {M2}, die Rückzahlung der Mietkaution. Das Gericht gab der Klage statt. {M2l} habe die Kaution nicht getrennt angelegt. Die Klägerin wurde vertreten durch {P3h}.',
  ],
  [
    'protokoll1',
    'Protokoll der Jahreshauptversammlung des TSV vom {date}\n\nAnwesend: {P1} (Vorsitz), {P2} (Kasse), {P3} (Schriftführung) sowie {#20-60} Mitglieder.\n\nTOP 1: {P1l} begrüßt die Anwesenden und gedenkt des verstorbenen Ehrenmitglieds {P4}.\nTOP 2: Kassenbericht. {P2s} berichtet über Einnahmen von {price}. Die Kassenprüfer {P5} und {P6} bestätigen die ordnungsgemäße Führung.\nTOP 3: Wahlen. {P1l} wird einstimmig wiedergewählt.\n\nProtokoll: {P3s}',
  ],
  [
    'protokoll2',
    'Niederschrift über die Sitzung des Gemeinderats\n\nBürgermeister {M1} eröffnet die Sitzung um 19:00 Uhr. Gemeinderätin {F2} beantragt, den Tagesordnungspunkt „Sanierung {@school}“ vorzuziehen. Der Antrag wird angenommen.\n\nZur Anfrage von {P3h} (Schreiben vom {date}, erreichbar unter {EMAIL:P3}) bezüglich der Parksituation in der {@street} teilt die Verwaltung mit, dass eine Prüfung läuft.',
  ],
  [
    'protokoll3',
    'Ergebnisprotokoll Elternbeirat\n\nOrt: Aula im {@school}\nTeilnehmende: {P1}, {P2}, {P3m}, {P4}\n\n1. {P2l} stellt den Kassenstand vor ({price}).\n2. Für das Sommerfest am {@weekday}, dem {date:recent}, übernimmt {P4f} die Organisation der Tombola.\n3. Frau {F5l} aus der 7b bittet um Rückruf wegen der Busverbindung: {PHONE}.',
  ],
  [
    'zeugnis1',
    'Arbeitszeugnis\n\n{P1?Herr|Frau} {P1}, geboren am {DOB:adult} in {city2}, war vom {date:past} bis zum {date:recent} in unserem Unternehmen als Sachbearbeiter{P1?|in} im Einkauf tätig.\n\n{P1?Herr|Frau} {P1l} erledigte die {P1?ihm|ihr} übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. Das Verhalten gegenüber Vorgesetzten und Kollegen war jederzeit vorbildlich.\n\n{city}, den {date:recent}\n{P2}, Personalleitung',
  ],
  [
    'empfehlung1',
    'Empfehlungsschreiben\n\nSehr geehrte Damen und Herren,\n\nhiermit empfehle ich {P1} nachdrücklich für ein Stipendium der {@foundation}. Ich habe {P1s} zwei Jahre lang am {@school} im Leistungskurs Physik unterrichtet. {P1?Seine|Ihre} Facharbeit zum {@science} war herausragend.\n\nFür Rückfragen stehe ich gern zur Verfügung: {EMAIL:P2+org}, Tel. {PHONE}.\n\nMit freundlichen Grüßen\n{P2}\nOberstudienrat',
  ],
  [
    'schule1',
    'Halbjahresinformation – Klasse 3a\n\n{Pk1} ist ein fröhliches und hilfsbereites Kind. {Pk1?Er|Sie} liest inzwischen flüssig und hat mit großer Begeisterung {@work} vorgestellt. Im Rechnen braucht {Pk1f} noch etwas mehr Übung beim Einmaleins.\n\nIm Sport ist {Pk1f} mit {P2f} unzertrennlich.\n\nKlassenlehrerin: {F3h}\nErziehungsberechtigt: {P1}',
  ],
  [
    'schule2',
    'Liebe Eltern,\n\nwir gratulieren {P1} aus der 9b, {P1?der|die} beim Landeswettbewerb „Jugend forscht“ den zweiten Platz belegt hat! Betreut wurde das Projekt von unserer Biologielehrerin {F2h}. Außerdem danken wir {P3h} für die Fahrt nach {@place}.\n\nFotos gibt es auf unserer Homepage: {URL}\n\nIhre Schulleitung, {P4}',
  ],
  [
    'brief1',
    'Liebe {F1f},\n\nwie schön, dass wir uns an {@holiday} endlich wiedergesehen haben! {M2f} und ich sind inzwischen umgezogen, unsere neue Adresse lautet {ADDR}. Die Wohnung ist kleiner, dafür hat sie einen Balkon, auf dem {M2f} schon Tomaten zieht.\n\nRuf doch mal an, die Festnetznummer ist jetzt {PHONE}.\n\nHerzliche Grüße, auch an {Mk3f},\ndeine {F4f}',
  ],
  [
    'brief2',
    'Lieber {M1f},\n\nich schreibe Dir aus dem Zug nach {@place}. Mamas Operation im {@hospital} ist gut verlaufen, der Chirurg, Dr. {P2l}, war sehr geduldig mit uns. Sie bleibt bis {@weekday}.\n\nWenn Du ihr eine Karte schicken willst, schreib mir an {EMAIL:F3}, dann drucke ich sie aus.\n\nDeine {F3f}',
  ],
  [
    'blog1',
    'Eine Woche {@place}\n\nAm {@weekday} kamen wir bei strömendem Regen an, was {P1f} natürlich „authentisch“ fand. Unsere Vermieterin, {F2}, holte uns vom Bahnhof ab und erzählte die ganze Fahrt über von {@team}.\n\nAm Mittwoch kam endlich die Sonne raus. Frau {F2l} hatte uns Brote eingepackt. Wer dort auch Urlaub machen will: {F2f} nimmt Buchungen unter {EMAIL:F2} an.',
  ],
  [
    'blog2',
    'Warum ich mit {#45-60} mit dem Laufen angefangen habe\n\nVor zwei Jahren sagte mein Hausarzt, Dr. {M1l}, meine Blutdruckwerte seien „ein Gesprächsthema“. Meine Tochter {F2f} meldete mich ungefragt für einen 5-km-Lauf an. Ich kam als Vorletzter ins Ziel, vor einem Mann im Bananenkostüm namens {M3}.\n\nMeinen Trainingsplan findet ihr unter {URL:P4}. – {P4}',
  ],
  [
    'interview1',
    'Im Gespräch mit {P1}\n\nWir treffen {P1} in einem Café am {@street}. {P1?Der|Die} {#30-60}-jährige Designer{P1?|in} ist gerade aus {@place} zurück, wo {P1?seine|ihre} Kollektion neben {@brand} gezeigt wurde.\n\n„Alle denken, das sei glamourös“, lacht {P1l}. „Meistens ist es verlorenes Gepäck.“ Das Nähen habe {P1?ihm|ihr} die Großmutter, {F2}, beigebracht.\n\nDas Gespräch führte {P3}.',
  ],
  [
    'interview2',
    'Fünf Fragen an {P1}, Ehrenamtliche{P1?r|} des Monats\n\nWie sind Sie dazu gekommen? – {P2} hat mich im {@month} zum Müllsammeln mitgeschleppt, seitdem bin ich dabei.\n\nWas macht am meisten Spaß? – Die Leute. {P3f} backt den besten Apfelkuchen in {city}.\n\nWie kann man mitmachen? – Einfach am {@weekday} vorbeikommen oder mich anrufen: {PHONE}.',
  ],
  [
    'fest1',
    'Rückblick auf das Sommerfest\n\nMit einem Rekorderlös von {price} für die Kirchturmsanierung ging das Gemeindefest zu Ende. Unser Dank gilt {P1} für die Tombola, {P2} und {P3} für das Kuchenbuffet sowie dem Fanclub von {@team} für die Leihgabe eines Pavillons.\n\nDen Hauptpreis gewann {P4} aus {city2}. Nicht abgeholte Preise bitte bei {P1f} melden: {EMAIL:P1}.',
  ],
  [
    'fest2',
    'Lesung im Literaturhaus\n\nVolles Haus am {@weekday}: {P1} las aus {P1?seinem|ihrem} neuen Roman, der {@work} aus Sicht einer Magd neu erzählt. Moderatorin {F2} wollte wissen, ob {P1l} nervös gewesen sei. „Furchtbar“, lautete die Antwort.\n\nDas Buch (ISBN {isbn}) kostet {price}.',
  ],
  [
    'gemeindebrief1',
    'Gemeindebrief – {@month}\n\nAngedacht: Pfarrer{P1?|in} {P1} schreibt über die Bedeutung von {@holiday}.\n\nAus der Gemeinde: Bitte schließen Sie {P2} und {P3s} in Ihre Gebete ein. {P2f} erholt sich im {@hospital}.\n\nDen Blumenschmuck hat {P4} übernommen. Wer mithelfen möchte, meldet sich bei {P4f} nach dem Gottesdienst oder unter {PHONE}.\n\nSpendenkonto Orgelsanierung: {IBAN}',
  ],
  [
    'verein1',
    'Vereinsnachrichten des Wandervereins {city}\n\nWir begrüßen als neue Mitglieder {P1}, {P2} und {P3}! Die Wanderungen am {@weekday} leitet weiterhin {P4}. Bitte beachten: {P4l} hat eine neue Handynummer, {PHONE}.\n\nDer Jahresbeitrag ({price}) wird im {@month} per Lastschrift eingezogen. Wer kein SEPA-Mandat erteilt hat, überweist bitte auf {IBAN}.',
  ],
  [
    'verein2',
    'Ehrungen beim Musikverein\n\nFür 50 Jahre aktive Mitgliedschaft wurde {M1} geehrt, der seit {year} die Tuba spielt. Obmann {M2} erinnerte daran, dass {M1l} schon beim Frühschoppen am {@holiday} legendär war. Die Ehrennadel in Silber erhielten {P3} und {P4m}.',
  ],
  [
    'wiki1',
    '{P1} (* {DOB:old} in {city2}; † {date:past} in {city}) war ein{P1?|e} deutsche{P1?r|} Bauingenieur{P1?|in}.\n\nLeben\n\n{P1l} war {P1?der Sohn|die Tochter} des Uhrmachers {M2} und der Lehrerin {F3}. {P1?Er|Sie} besuchte das {@school} und studierte anschließend in {city2}. Ab {year} arbeitete {P1l} im Ingenieurbüro von {M4}.\n\nEhrungen\n\n{P1?Er|Sie} erhielt den {@prize}.',
  ],
  [
    'wiki2',
    '{P1} (* {DOB:adult} in {city2}) ist ein{P1?|e} ehemalige{P1?r|} Fußballspieler{P1?|in}. {P1?Er|Sie} spielte unter anderem für {@team} und {@team} und trainiert heute die A-Jugend in {city}.\n\nPrivates\n\n{P1l} ist mit {P2} verheiratet und lebt in {@place}.',
  ],
  [
    'bio1',
    'Über die Autorin\n\n{F1} wuchs über einer Eisenwarenhandlung in {city} auf, wo ihre Großmutter {F2f} ihr Kartenspielen beibrachte. Sie studierte Germanistik in {city2} und lebt heute mit ihrem Mann, dem Illustrator {M3}, in {@place}. Kontakt: {EMAIL:F1}, Website: {URL:F1}',
  ],
  [
    'bio2',
    '{P1} (geb. {DOB:adult}) ist Meeresbiolog{P1?e|in} und Autor{P1?|in}. Nach dem Studium in {city2} fuhr {P1?er|sie} als jüngstes Mitglied auf einem Forschungsschiff. {P1?Sein|Ihr} erstes Buch über den Aal stand auf der Shortlist für den {@prize}. {P1l} lebt in {city}.',
  ],
  [
    'spende1',
    'Spendenaufruf der Tafel {city}\n\nIn diesem Winter versorgen wir mehr als {#300-900} Haushalte. „Die Regale waren seit {year} nicht mehr so leer“, sagt Koordinator{P1?|in} {P1}.\n\nSpenden bitte an: {IBAN}, Stichwort „Winterhilfe“. Spendenquittungen stellt {P2} aus ({EMAIL:P2+org}).',
  ],
  [
    'sicherheit1',
    'Nachbetrachtung Sicherheitsvorfall {order}\n\nAm {date} hat ein externer Dienstleister, {P1}, versehentlich eine Konfigurationsdatei in ein öffentliches Repository hochgeladen. Darin standen ein AWS-Zugangsschlüssel ({AWS}) und der Eintrag „db_password: {SECRET}“. {P2} bemerkte den Fehler nach vierzig Minuten. Zugriffe von {IP} wurden gesperrt.\n\n{P1l} hat inzwischen an einer Schulung teilgenommen.',
  ],
  [
    'sicherheit2',
    'Vorfallbericht\n\nMeldende Person: {P1} ({EMAIL:P1+org}). Um 03:12 Uhr meldete das Monitoring ungewöhnliche Anmeldungen am Mitarbeiterportal von {IP} und {IP:6}. Ursache war ein Token ({GHP}), das {P2} in einem Forumsbeitrag gepostet hatte. {P3f} hat alle Zugangsdaten erneuert.',
  ],
  [
    'reportage1',
    'Der letzte Schuster in der {@street}\n\nSeit vierzig Jahren repariert {M1} die Schuhe von {city}. Das Geschäft hat er von seinem Vater {Mk2} übernommen.\n\n„Heute wird nichts mehr repariert“, sagt {M1l} und hält einen Stiefel von {@brand} hoch. Sein Lehrling {P3f} nickt. Zu finden ist die Werkstatt unter der Adresse {ADDR}.',
  ],
  [
    'reportage2',
    'Das Paar hinter dem beliebtesten Café der Stadt\n\n{F1} und {M2} haben sich {year} auf einer Hochzeit in {@place} kennengelernt. Heute betreiben sie ein Café an der Ecke zur {@street}. {F1f} backt, {M2f} kümmert sich um die Buchhaltung und, laut {F1f}, „ums Reden“. Reservierungen: {EMAIL:F1} oder {PHONE}.',
  ],
  [
    'jubilaeum1',
    'Goldene Hochzeit\n\n{M1f} und {Fk1} feiern am {@weekday} ihre Goldene Hochzeit. Kennengelernt haben sie sich beim Tanz in {city2}. Es gratulieren die Kinder {Pk3f}, {Pk4f} und {Pk5f} mit Familien.',
  ],
  [
    'memoir1',
    'Kapitel 3\n\nMein Großvater, {M1}, wurde am {DOB:old} in einem kleinen Haus bei {city2} geboren. Mit vierzehn ging er von der Schule ab und fing bei {@brand} an, wo er meine Großmutter {F2} in der Kantine kennenlernte. Sie war, nach eigener Aussage, nicht beeindruckt.\n\n„Der {M1f} hatte einen guten Anzug und trug ihn jeden Tag“, pflegte {F2f} zu sagen.',
  ],
  [
    'petition1',
    'Offener Brief: Rettet unsere Stadtbibliothek!\n\nWir, Bürgerinnen und Bürger aus {city}, fordern den Stadtrat auf, die Schließung der Bibliothek in der {@street} zurückzunehmen.\n\nErstunterzeichnende: {P1}, {ADDR}; {P2}; {P3}; {P4}\nKontakt: {P1}, {EMAIL:P1}, {PHONE}',
  ],
  [
    'jahresbericht1',
    'Aus dem Jahresbericht: Personalien\n\nIn den Ruhestand verabschiedet wurde {P1} nach {#20-35} Jahren als {@title}. Neu im Team ist {P2} aus {city2}. {P3} hat {P3?seine|ihre} Promotion über {@disease} abgeschlossen. {P4} übernimmt die Leitung der Verwaltung; Durchwahl {PHONE}.',
  ],
  [
    'leserbrief1',
    'Leserbrief\n\nMit Bestürzung habe ich Ihren Bericht vom {date} über die Pläne gelesen, das {@hospital} zu schließen. Mein verstorbener Mann {M1} wurde dort wegen {@disease} behandelt, und die Pflege war hervorragend.\n\n{F2}, {ADDR}',
  ],
  [
    'reise1',
    'Reisetagebuch, {@month}\n\nTag vier. {P1f} hat den Pass schon wieder verlegt – er lag in der Kühlbox. Mit der Fähre nach {@place}, wo wir mit einem Ehepaar aus {city2}, {P2} und {P3f}, Fischbrötchen aßen. Die beiden schworen, {@brand} baue die besten Autos der Welt.\n\nDie Fotos habe ich ihnen an {EMAIL:P2} geschickt.',
  ],
  [
    'traueranzeige2',
    'Danksagung\n\nFür die vielen Zeichen der Anteilnahme beim Heimgang unserer lieben Mutter {F1} sagen wir herzlichen Dank. Besonders danken wir Pfarrer {M2l}, dem Pflegeteam im {@hospital} sowie {P3} für die liebevolle Begleitung.\n\nIm Namen der Familie: {Pk4}',
  ],
  [
    'kanzlei1',
    'Zusammenfassung für die Akte {case}: Mandant {M1r}, geb. {DOB:adult}, Anschrift {ADDR}, Tel. {PHONE}. Herr {M1l} wurde am {date} bei {@brand} gekündigt. Die Gegenseite wird vertreten durch {P2h}. Die Kündigungsschutzklage ist fristgerecht einzureichen.',
  ],
  [
    'abschied1',
    'Abschied von {P1}\n\nNach {#25-40} Jahren verlässt {P1?unser Hausmeister|unsere Schulsekretärin} {P1} das {@school}. Generationen von Kindern kennen {P1?ihn|sie} nur als „{P1f}“. Schulleiterin {F2} überreichte zum Abschied einen Gutschein für eine Reise nach {@place}. Ehemalige können {P1f} unter {EMAIL:P1} Grüße schicken.',
  ],
];

const NEGONLY_DE: Tpl[] = [
  [
    'neg1',
    'Der {@month} brachte {@place} Rekordregen, und {@storm} sorgte für Überschwemmungen in der {@street}. Die Bauhofmitarbeiter arbeiteten auch an {@holiday}. Die Reparaturen kosten laut Stadt rund {price}, hieß es am {date}.',
  ],
  [
    'neg2',
    'Der {@prize} wurde am {date} in der {@building} verliehen. Die Veranstalter meldeten doppelt so viele Gäste wie {year}. Karten für die nächste Verleihung kosten {price}. Unterstützt wird die Gala von {@brand} und der {@foundation}.',
  ],
  [
    'neg3',
    'Ab {@weekday} gelten im {@hospital} neue Besuchszeiten. Patientinnen und Patienten der Gedächtnisambulanz (Schwerpunkt {@disease}) nutzen bitte den Eingang in der {@street}. Das Parken kostet {price} pro Tag.',
  ],
  [
    'neg4',
    'Verkehrshinweis: Die {@street} ist ab dem {date} zwischen {@station} und der {@building} voll gesperrt. Die Busse werden über die {@street} umgeleitet. Die Sanierung kostet {price}.',
  ],
  [
    'neg5',
    'Sport: {@team} drehte am {@weekday} gegen {@team} ein 0:2 noch in ein 3:2. Das Siegtor fiel in der {#80-94}. Minute. Dauerkarten für {year} kosten künftig {price}.',
  ],
  [
    'neg6',
    'Lesekreis: Im {@month} lesen wir {@work}. Exemplare (ISBN {isbn}) liegen für {price} an der Ausleihe bereit. Wir treffen uns jeden ersten {@weekday} im Monat in der Bibliothek im {@school}.',
  ],
  [
    'neg7',
    'Das Update {version} des Buchungssystems wurde am {date} eingespielt. Die Vorversion {version} hatte Raumbuchungen teilweise doppelt vergeben. Die Rechnung {order} über die Jahreslizenz ({price}) ist bereits beglichen.',
  ],
  [
    'neg8',
    'Korrektur: Die im letzten Gemeindebrief abgedruckte Kartennummer {cardx} war ein Muster aus der Druckvorlage und ist ungültig. Auch die Kontonummer {ibanx} im Entwurf enthielt einen Zahlendreher. Bitte nutzen Sie ausschließlich die Angaben auf der Spendenseite.',
  ],
  [
    'neg9',
    'Heimatgeschichte: Die {@street} erhielt ihren Namen {year}, ebenso wie das benachbarte {@school}. Eine Gedenktafel am {@station} erinnert daran. Experimente zum {@science} sollen hier erstmals im Unterricht vorgeführt worden sein.',
  ],
  [
    'neg10',
    'Wetter: Nach einem milden {@holiday} wird es im {@month} deutlich kälter. Der Wetterdienst hat das nächste Tief bereits {@storm} getauft. An der Küste bei {@place} sind Orkanböen möglich.',
  ],
  [
    'neg11',
    'Die {@foundation} fördert Forschungsprojekte zu {@disease} und {@disease} mit insgesamt {price}. Bewerbungsschluss ist der {date:recent}. Das Programm wurde {year} ins Leben gerufen.',
  ],
  [
    'neg12',
    'Einkaufen: {@brand} und {@brand} eröffnen Filialen im Gewerbegebiet bei {@place}. Laut Bauherr (Auftrag {order}) sollen die Läden bis {@month} fertig sein. Die ersten 500 Kundinnen und Kunden erhalten einen Gutschein über {price}.',
  ],
  [
    'neg13',
    'Tag der offenen Tür am {@school}: {@weekday}, {date}, 10 bis 15 Uhr. Die neue Physiksammlung mit Exponaten zum {@science} kann besichtigt werden. Um 11 Uhr spricht die {@titleF}. Kaffee und Kuchen {price}.',
  ],
  [
    'neg14',
    'Ab {@month} fährt der Bus der Linie {#1-99} wieder bis {@place}. Am {@holiday} gilt der Sonntagsfahrplan. Eine Monatskarte kostet {price}; Bestellnummer {order}.',
  ],
];

// ---------------------------------------------------------------------------------------------
// French

const NEG_FR: Record<string, NegList> = {
  street: [
    'eponym',
    [
      'rue Victor-Hugo',
      'rue Émile-Zola',
      'rue Jules-Ferry',
      'rue Pasteur',
      'rue Louise-Michel',
      'rue Jean-Moulin',
      'rue Gambetta',
      'rue Voltaire',
      'rue Molière',
      'rue Paul-Bert',
      'rue Édith-Piaf',
      'rue Jean-Jaurès',
      'rue Marcel-Pagnol',
      'rue Anatole-France',
      'rue Georges-Clemenceau',
    ],
  ],
  school: [
    'eponym',
    [
      'lycée Victor-Hugo',
      'collège Jean-Moulin',
      'lycée Marie-Curie',
      'collège Simone-Veil',
      'lycée Louis-le-Grand',
      'lycée Henri-IV',
      'collège Albert-Camus',
      'lycée Jean-Monnet',
      'lycée Jean-Jaurès',
      'collège Victor-Hugo',
      'lycée Camille-Claudel',
      'collège Louise-Michel',
    ],
  ],
  hospital: [
    'eponym',
    [
      'hôpital Georges-Pompidou',
      'hôpital Necker',
      'hôpital Édouard-Herriot',
      'hôpital Bichat-Claude-Bernard',
      'hôpital Lariboisière',
      'hôpital Saint-Louis',
      'hôpital Robert-Debré',
      'hôpital Henri-Mondor',
      'hôpital Érasme',
      'hôpital Paul-Brousse',
      'hôpital Ambroise-Paré',
    ],
  ],
  prize: [
    'eponym',
    [
      'prix Goncourt',
      'prix Nobel',
      'prix Renaudot',
      'prix Femina',
      'prix Albert-Londres',
      'prix Médicis',
      'prix Sakharov',
      'prix Rossel',
      'prix Nadar',
    ],
  ],
  disease: [
    'eponym',
    [
      "maladie d'Alzheimer",
      'maladie de Parkinson',
      'maladie de Crohn',
      'maladie de Charcot',
      'maladie de Lyme',
      'maladie de Huntington',
      'maladie de Basedow',
    ],
  ],
  storm: [
    'eponym',
    [
      'tempête Ciarán',
      'tempête Xynthia',
      'tempête Alex',
      'tempête Lothar',
      'tempête Domingos',
      'tempête Eunice',
      'tempête Aline',
      'tempête Bella',
    ],
  ],
  building: [
    'eponym',
    [
      'Centre Pompidou',
      'palais Garnier',
      'musée Rodin',
      'théâtre Molière',
      'musée Picasso',
      'auditorium Maurice-Ravel',
      'espace Jean-Vilar',
      'musée Toulouse-Lautrec',
      'centre Georges-Brassens',
    ],
  ],
  foundation: [
    'eponym',
    [
      'Fondation Abbé-Pierre',
      'Fondation Cartier',
      'Fondation Louis-Vuitton',
      'Fondation Jérôme-Lejeune',
      'Fondation Roi Baudouin',
      'Fondation Claude-Pompidou',
      'Fondation Brigitte-Bardot',
      'Fondation Maeght',
    ],
  ],
  science: [
    'eponym',
    [
      'théorème de Pythagore',
      'effet Doppler',
      "principe d'Archimède",
      'théorème de Thalès',
      'bec Bunsen',
      'pendule de Foucault',
      'triangle de Pascal',
    ],
  ],
  station: [
    'eponym',
    [
      'gare Saint-Lazare',
      'station Charles-de-Gaulle–Étoile',
      'station Franklin-D.-Roosevelt',
      'station Jaurès',
      'station Louise-Michel',
      'gare Saint-Charles',
      'station Voltaire',
      'station Victor-Hugo',
    ],
  ],
  brand: [
    'brand',
    [
      'Dior',
      'Chanel',
      'Peugeot',
      'Renault',
      'Citroën',
      'Michelin',
      'Hermès',
      'Yves Saint Laurent',
      'Louis Vuitton',
      'Lacoste',
      'Cartier',
      'Leclerc',
      'Darty',
      'Boulanger',
      'Picard',
      'Bonduelle',
      'Ricard',
      'Givenchy',
      'Lancôme',
      'Guerlain',
    ],
  ],
  place: [
    'place',
    [
      'Lourdes',
      'Saint-Étienne',
      'Sainte-Maxime',
      'Saint-Denis',
      'Saint-Malo',
      'Saint-Nazaire',
      'Saint-Tropez',
      'Saint-Quentin',
      'Florence',
      "Villeneuve-d'Ascq",
      'Charleville-Mézières',
      'Saint-Gilles',
      'Sainte-Foy-lès-Lyon',
      'Saint-Jean-de-Luz',
      'Montbéliard',
    ],
  ],
  fete: ['not_name', ['Noël', 'Pâques']],
  fetela: [
    'not_name',
    [
      'Toussaint',
      'Saint-Jean',
      'Saint-Sylvestre',
      'Chandeleur',
      'Saint-Valentin',
      'Sainte-Catherine',
      'Saint-Nicolas',
      'Saint-Martin',
    ],
  ],
  jour: ['not_name', ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche']],
  mois: [
    'not_name',
    [
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
  ],
  titre: [
    'title',
    [
      'Le Président',
      'La Présidente',
      'Le Secrétaire',
      'La Trésorière',
      'Le Maire',
      'La Directrice',
      "L'Adjoint au Maire",
      'Le Proviseur',
    ],
  ],
  teamV: [
    'team',
    ['Olympique de Marseille', 'Olympique lyonnais', 'AS Saint-Étienne', 'AS Monaco', 'AJ Auxerre'],
  ],
  teamC: [
    'team',
    [
      'Paris Saint-Germain',
      'Stade rennais',
      'RC Lens',
      'FC Nantes',
      'Standard de Liège',
      'Servette FC',
      'Stade brestois',
    ],
  ],
  work: [
    'work_title',
    [
      'Madame Bovary',
      'Les Misérables',
      'Le Petit Prince',
      'Candide',
      'Germinal',
      'Bel-Ami',
      'Cyrano de Bergerac',
      'Le Comte de Monte-Cristo',
      'Tartuffe',
      'Thérèse Raquin',
      'Eugénie Grandet',
      'Le Père Goriot',
    ],
  ],
};

const ENT_FR: Tpl[] = [
  [
    'deces1',
    "Avis de décès\n\nNous avons la tristesse de vous faire part du décès de {P1}, survenu le {date:recent} à {city}, dans sa {#78-97}e année. Né{P1?|e} le {DOB:old} à {city2}, {P1f} a enseigné pendant trente ans au {@school}.\n\n{P1?Il|Elle} laisse dans la peine {P1?son épouse|son époux} {P2}, ses enfants {P3f} et {P4f}, ainsi que ses petits-enfants. Les obsèques seront célébrées en l'église Saint-Pierre. Ni fleurs ni couronnes : dons à la {@foundation}.",
  ],
  [
    'deces2',
    "Hommage à {M1}\n\nC'est avec émotion que le club a appris la disparition de {M1}, trésorier de {year} à {year}. Ceux qui l'ont connu se souviendront de sa bonne humeur et de ses crêpes de la {@fetela}.\n\nNos pensées vont à son épouse, {Fk2f}, et à toute la famille {M1l}. Un registre de condoléances est ouvert à l'adresse {EMAIL:P3+org}.\n\n{P3}, pour le bureau",
  ],
  [
    'deces3',
    "Remerciements\n\nMadame {F1} et ses enfants, très touchés par les marques de sympathie reçues lors du décès de {M2}, remercient chaleureusement le docteur {P3l}, le personnel de l'{@hospital} et les voisins de la {@street}.",
  ],
  [
    'naissance1',
    "Naissance\n\n{Fk1f} a la joie de vous annoncer la naissance de son petit frère {Mk2f}, le {DOB:new} à la maternité de {city}. Les heureux parents, {F3} et {Mk4f}, se portent à merveille. Pour les visites, merci d'appeler {Mk4f} au {PHONE}.",
  ],
  [
    'naissance2',
    'Bienvenue à {Fk1} !\n\nNée le {DOB:new} à {#1-23} h {#10-59}, 3,2 kg de bonheur. Maman {F1f} et bébé vont bien ; papa {M2f} ne dort plus. Envoyez vos messages à {EMAIL:F1}.',
  ],
  [
    'fait1',
    "{city}. Un cycliste de {#30-70} ans a été légèrement blessé lundi soir dans la {@street}, percuté par une voiture. Selon les gendarmes, la conductrice, originaire de {city2}, ne l'avait pas vu en tournant.\n\nUn témoin, {M1}, a porté les premiers secours. « J'ai fait ce que n'importe qui aurait fait », a confié {M1l}. La victime a été transportée à l'{@hospital}.",
  ],
  [
    'fait2',
    'Une boulangère récompensée\n\n{F1}, installée {@street} depuis {year}, a reçu le premier prix du concours de la meilleure baguette du département. « Sans {P2f}, qui arrive à quatre heures du matin, rien ne serait possible », explique {F1l}. La remise du prix a eu lieu le {date} en présence du maire, {M3}.',
  ],
  [
    'fait3',
    "Conseil municipal : la piste cyclable fait débat\n\nLa salle était comble mardi soir. {P1}, adjoint{P1?|e} chargé{P1?|e} des mobilités, a présenté le projet, estimé à {price}. Le commerçant {M2} a dénoncé « une catastrophe pour les livraisons », tandis que {P3}, du collectif Vélo {city}, a salué « une avancée ». Les remarques peuvent être envoyées à {EMAIL:P1+org} jusqu'au {date:recent}.",
  ],
  [
    'fait4',
    'Un retraité marche pour la recherche\n\nParti de {@place} en {@mois}, {M1}, {#62-80} ans, est arrivé à {city} le {date:recent} après {#500-1200} kilomètres à pied. Ancien professeur au {@school}, il collecte des fonds pour la recherche sur la {@disease}, dont souffre son épouse {Fk2f}.\n\nLes dons peuvent être versés sur le compte {IBAN} (mention « Marche »).',
  ],
  [
    'fait5',
    "Appel à témoins\n\nLa police recherche des témoins après le vol d'un vélo devant la {@station}, jeudi après-midi. Son propriétaire, {P1} ({#19-35} ans), l'avait attaché moins de dix minutes. Toute information est à communiquer au brigadier {M2l} au {PHONE}, en rappelant la référence {order}.",
  ],
  [
    'bio1',
    "{P1} (né{P1?|e} le {DOB:adult} à {city2}) est {P1?un biologiste marin|une biologiste marine} et auteur{P1?|e} {~français|belge|suisse}{P1?|e}. Après des études à {city}, {P1?il|elle} embarque comme plus jeune scientifique à bord d'un navire de recherche.\n\nSon premier livre, consacré à l'anguille, figure dans la sélection du {@prize}. {P1l} vit aujourd'hui à {city} avec {P2}, illustrat{P2?eur|rice}. Son blog : {URL:P1}.",
  ],
  [
    'bio2',
    "À propos de l'autrice\n\n{F1} a grandi au-dessus d'une quincaillerie de {city}, où sa grand-mère {F2f} lui a appris à jouer aux cartes. Elle a publié trois romans et un récit. On peut lui écrire à {EMAIL:F1}. Site : {URL:F1}",
  ],
  [
    'bio3',
    "{P1} est pianiste de jazz. Après avoir joué sur des paquebots, {P1?il|elle} a étudié auprès de {P2} puis fondé une académie d'été à {@place}. {P1l} a été finaliste du {@prize} en {year}.",
  ],
  [
    'wiki1',
    "{P1}, né{P1?|e} le {DOB:old} à {city2} et mort{P1?|e} le {date:past} à {city}, est {P1?un ingénieur|une ingénieure} des ponts français{P1?|e}.\n\nBiographie\n\nFil{P1?s|le} de {M2}, horloger, et de {F3}, institutrice, {P1l} fréquente le {@school} avant d'entrer en apprentissage chez {M4}. En {year}, {P1?il|elle} s'associe au cabinet de {M4l}. Ses calculs, dit-on, anticipaient de plusieurs années le {@science}.",
  ],
  [
    'wiki2',
    "{P1} (né{P1?|e} le {DOB:adult} à {city2}) est {P1?un ancien footballeur|une ancienne footballeuse}. {P1?Il|Elle} a notamment joué pour l'{@teamV} et le {@teamC}, et entraîne aujourd'hui les U17 de {city}.\n\nVie privée\n\n{P1l} est marié{P1?|e} à {P2}. Le couple vit à {@place}.",
  ],
  [
    'pv1',
    "Procès-verbal de l'assemblée générale du {date}\n\nPrésents : {P1} (président{P1?|e}), {P2} (trésorier{P2?|ère}), {P3} (secrétaire), {P4}.\nExcusé{P5?|e} : {P5}.\n\n1. Le procès-verbal précédent est approuvé à l'unanimité sur proposition de {P2l}.\n2. Rapport financier : {P2s} présente un solde de {price}.\n3. Divers : {M6h} signale un problème de stationnement devant la salle. Le bureau lui répondra à {EMAIL:M6}.\n\nLa séance est levée à {#21-22} h {#10-55}.",
  ],
  [
    'pv2',
    "Compte rendu du conseil d'école\n\nMme {F1l}, directrice, ouvre la séance. Les représentants des parents, {P2} et {P3}, demandent des nouvelles de la cantine. La mairie, représentée par {P4}, indique que les travaux seront terminés à la {@fetela}. Prochain conseil : {date:recent}. Contact parents : {PHONE}.",
  ],
  [
    'pv3',
    "Réunion du comité de quartier\n\n{P1} remercie les participants venus malgré la pluie. La trésorière, {F2}, rappelle que les cotisations ({price}) peuvent être réglées par virement sur le compte {IBAN}. {P3} signale l'état du trottoir devant le {ADDR}. {P1l} relancera la mairie.",
  ],
  [
    'police1',
    "PROCÈS-VERBAL D'AUDITION\n\nLe {date}, nous entendons {P1?M.|Mme} {P1U}, né{P1?|e} le {DOB:adult} à {city2}, demeurant {ADDR}. {P1?L'intéressé|L'intéressée} déclare avoir constaté à son retour que la fenêtre arrière avait été forcée. Ont disparu un ordinateur portable et une carte bancaire ({CARD}).\n\nUne voisine, Mme {F2l}, aurait aperçu un homme près du magasin {@brand}. Téléphone de la victime : {PHONE}.",
  ],
  [
    'police2',
    "Escroquerie en ligne : la plainte de {P1}\n\n{P1}, {#30-70} ans, a déposé plainte le {date} après avoir versé {price} pour une cuisine d'occasion jamais livrée. Le prétendu vendeur, qui se présentait comme {M2}, lui avait communiqué l'IBAN {IBAN}. L'annonce avait été publiée depuis l'adresse IP {IP}.",
  ],
  [
    'police3',
    "Disparition inquiétante\n\n{P1}, {#14-17} ans, n'a plus donné de nouvelles depuis samedi soir. {P1?Il|Elle} a été vu{P1?|e} pour la dernière fois près de la {@station}. « Nous voulons juste savoir que {P1f} va bien », confie sa mère, {F2}. Toute personne susceptible d'aider est priée d'appeler le {PHONE}.",
  ],
  [
    'tribunal1',
    "Au tribunal correctionnel\n\nUn trésorier d'association de {city2} a été condamné jeudi à huit mois de prison avec sursis. {M1}, {#30-55} ans, avait détourné {price} en trois ans. La présidente du tribunal, Mme {F2l}, a souligné « un abus de confiance caractérisé ». Son avocat, Me {P3}, a plaidé les difficultés familiales de son client.",
  ],
  [
    'tribunal2',
    "Résumé du jugement (RG {case})\n\nLa demanderesse, {F1}, née le {DOB:adult}, réclamait à son ancien bailleur, {M2}, la restitution d'un dépôt de garantie de {price}. Le tribunal a fait droit à sa demande. {M2l} devra en outre verser des dommages et intérêts. Mme {F1l} était représentée par Me {P3l}.",
  ],
  [
    'reco1',
    "Lettre de recommandation\n\nMadame, Monsieur,\n\nJ'ai le plaisir de recommander {P1} pour le poste d'assistant{P1?|e} de recherche. J'ai encadré {P1l} pendant deux ans au {@school}, où {P1?il|elle} s'est toujours montré{P1?|e} rigoureu{P1?x|se} et curieu{P1?x|se}.\n\nSon mémoire sur le {@science} est le meilleur que j'aie lu depuis dix ans.\n\nJe reste à votre disposition au {PHONE} ou à {EMAIL:P2+org}.\n\n{P2}",
  ],
  [
    'reco2',
    "Madame, Monsieur,\n\nJe connais {P1} depuis son arrivée dans notre chorale en {year}. {P1f} est {P1?un bénévole|une bénévole} d'une fiabilité rare. N'hésitez pas à me contacter au {PHONE}.\n\nBien cordialement,\n{P2}",
  ],
  [
    'bulletin1',
    "Bulletin scolaire — appréciation générale\n\nÉlève : {Pk1}\nClasse : CM1, {@school}\n\n{Pk1f} a fait de très beaux progrès en lecture : {Pk1?il|elle} a lu seul{Pk1?|e} {@work} et en a parlé avec enthousiasme. En calcul, les tables de multiplication restent à revoir. {Pk1f} travaille bien avec {P2f}.\n\nL'enseignante : Mme {F3l}\nResponsable légal : {P1}, {PHONE}",
  ],
  [
    'ecole1',
    "Chers parents,\n\nBravo à {P1} et {P2}, qui ont représenté l'école au concours d'orthographe mercredi dernier ! {P1f} a atteint la finale. Merci à {P3h} pour le covoiturage jusqu'à {@place}.\n\nLes photos sont en ligne : {URL}\n\n{P4}, directeur{P4?|rice}",
  ],
  [
    'mail1',
    "Chère {F1f},\n\nJ'espère que tout va bien à {city}. Quel bonheur de vous revoir, {M2f} et toi, au mariage de {P3f} ! On a enfin déménagé : notre nouvelle adresse est {ADDR}. Le portable ne change pas ({PHONE}).\n\nJe t'embrasse,\n{F4f}",
  ],
  [
    'mail2',
    "Cher {M1f},\n\nJe t'écris depuis le train pour {@place}. L'opération de maman s'est bien passée ; le chirurgien, le docteur {P2l}, a été très patient. Elle reste à l'{@hospital} jusqu'à lundi.\n\nSi tu veux lui envoyer un mot, écris-moi à {EMAIL:F3}, je l'imprimerai.\n\nBises, {F3f}",
  ],
  [
    'blog1',
    "Une semaine à {@place}\n\nArrivés samedi sous une pluie battante, ce que {P1f} a trouvé « authentique ». Notre logeuse, {F2}, nous a parlé de l'{@teamV} pendant tout le trajet. Mercredi, enfin, le soleil ! Si vous voulez y séjourner, {F2f} prend les réservations à {EMAIL:F2}.",
  ],
  [
    'blog2',
    "Pourquoi j'ai commencé à courir à {#45-60} ans\n\nIl y a deux ans, mon médecin, le docteur {M1l}, m'a dit que ma tension était « un sujet ». Ma fille {F2f} m'a inscrit{P4?|e} à un 5 km sans me demander. Je suis arrivé{P4?|e} avant-dernier{P4?|ère}, devant un homme déguisé en banane nommé {M3}.\n\nMon plan d'entraînement : {URL:P4} — {P4}",
  ],
  [
    'interview1',
    "Rencontre avec {P1}\n\nNous retrouvons {P1} dans un café près de la {@station}. {P1?Le|La} styliste rentre de {@place}, où sa collection a défilé aux côtés de {@brand}. « On imagine que c'est glamour, sourit {P1l}. C'est surtout des valises perdues. » C'est sa grand-mère, {F2}, qui lui a appris à coudre.\n\nPropos recueillis par {P3}.",
  ],
  [
    'interview2',
    "Trois questions à {P1}, bénévole du mois\n\nComment êtes-vous arrivé{P1?|e} ici ? — {P2} m'a entraîné{P1?|e} à un ramassage de déchets en {@mois}, et je ne suis jamais reparti{P1?|e}.\n\nLe meilleur moment ? — Les gens. {P3f} fait le meilleur gâteau de {city}.\n\nComment aider ? — Venez le samedi matin ou appelez-moi au {PHONE}.",
  ],
  [
    'fete1',
    "Kermesse : un succès\n\nLa kermesse a rapporté {price} pour la rénovation du clocher. Merci à {P1} pour la tombola, à {P2} et {P3} pour les gâteaux, et aux supporters de l'{@teamV} pour le prêt d'un barnum. Le gros lot a été remporté par {P4} de {city2}. Lots à retirer auprès de {P1f} : {EMAIL:P1}.",
  ],
  [
    'fete2',
    "Salon du livre de {city}\n\nTemps fort du samedi : la lecture de {P1}, dont le nouveau roman revisite {@work} du point de vue de la servante. Interrogé{P1?|e} par {P2}, {P1l} avoue avoir eu « le trac ». L'ouvrage (ISBN {isbn}) est vendu {price}.",
  ],
  [
    'paroisse1',
    "Feuille paroissiale — {@fete}\n\nLe mot du curé : le père {M1} nous invite à préparer {@fete} dans la simplicité.\n\nPrions pour {P2} et pour {P3s}. {P2f} se remet à l'{@hospital}.\n\nFleurissement : {P4}. Pour rejoindre l'équipe, voyez {P4f} après la messe ou appelez le {PHONE}.\n\nDenier de l'Église : {IBAN}",
  ],
  [
    'club1',
    'La lettre du club de randonnée de {city}\n\nBienvenue à {P1}, {P2} et {P3} ! Les sorties du dimanche restent encadrées par {P4}. Attention, nouveau numéro pour {P4l} : {PHONE}.\n\nLa cotisation ({price}) est à régler avant fin {@mois} par virement : {IBAN}.',
  ],
  [
    'club2',
    "Anciens élèves\n\nPromotion {year} : {P1} nous écrit de {@place}, où {P1?il|elle} a ouvert un cabinet vétérinaire. {F2} (née {F5l}) a été nommée cheffe de service à l'{@hospital}. Nous avons la tristesse d'annoncer le décès de {P3}. Vos nouvelles : {EMAIL}.",
  ],
  [
    'incident1',
    "Retour d'expérience — incident {order}\n\nLe {date}, un prestataire, {P1}, a publié par erreur un fichier de configuration sur un dépôt public. Le fichier contenait une clé d'accès ({AWS}) et un jeton ({GHP}). {P2s} s'en est aperçu{P2?|e} en quarante minutes ; les connexions depuis {IP} ont été bloquées.",
  ],
  [
    'incident2',
    "Rapport d'incident\n\nDéclarant : {P1} ({EMAIL:P1+org}). À 3 h 12, la supervision a relevé des connexions inhabituelles depuis {IP} et {IP:6}. En cause : une exportation de mots de passe publiée par {P2}, contenant la ligne « secret_key = {SECRET} ». {P3f} a renouvelé les accès.",
  ],
  [
    'portrait1',
    "Le dernier cordonnier de la {@street}\n\nDepuis quarante ans, {M1} répare les chaussures de {city}. Il a repris l'échoppe de son père, {Mk2}. « Plus personne ne répare rien », soupire {M1l} en brandissant une botte {@brand}. Son apprenti{P3?|e}, {P3f}, acquiesce. Adresse : {ADDR}.",
  ],
  [
    'portrait2',
    "Le couple derrière le café préféré du quartier\n\n{F1} et {M2} se sont rencontrés en {year} à un mariage à {@place}. Aujourd'hui, ils tiennent un café à l'angle de la {@street}. {F1f} fait les pâtisseries, {M2f} la comptabilité et, selon {F1f}, « surtout la conversation ». Réservations : {EMAIL:F1} ou {PHONE}.",
  ],
  [
    'noces1',
    "Noces d'or\n\n{M1f} et {Fk1} ont célébré leurs cinquante ans de mariage. Ils s'étaient rencontrés au bal de la {@fetela} à {city2}. Leurs enfants, {Pk3f}, {Pk4f} et {Pk5f}, les entourent.",
  ],
  [
    'memoire1',
    "Chapitre trois\n\nMon grand-père, {M1}, est né le {DOB:old} dans une petite maison près de {city2}. À quatorze ans, il est entré chez {@brand}, où il a rencontré ma grand-mère, {F2}, à la cantine. Elle n'était, disait-elle, « pas impressionnée du tout ».\n\n« {M1f} n'avait qu'un costume et le portait tous les jours », racontait {F2f}.",
  ],
  [
    'petition1',
    'Lettre ouverte : sauvons la médiathèque !\n\nNous, habitants de {city}, demandons au conseil municipal de revenir sur la fermeture de la médiathèque de la {@street}.\n\nPremiers signataires : {P1} ({ADDR}), {P2}, {P3}, {P4}.\nContact : {P1}, {EMAIL:P1}, {PHONE}',
  ],
  [
    'don1',
    "Appel aux dons des Restos de {city}\n\nCet hiver, plus de {#300-900} familles seront accueillies. « Les rayons n'ont jamais été aussi vides », explique {P1}, coordinat{P1?eur|rice}.\n\nDons en ligne : {URL} ou par virement : {IBAN}. Reçus fiscaux : {P2}, {EMAIL:P2+org}.",
  ],
  [
    'rapport1',
    "Rapport annuel — vie de l'équipe\n\nCette année, {P1} a pris sa retraite après {#20-35} ans de service. Nous avons accueilli {P2}, venu{P2?|e} de {city2}. {P3} a soutenu sa thèse sur la {@disease}. {P4} prend la direction administrative ; ligne directe : {PHONE}.",
  ],
  [
    'courrier1',
    "Courrier des lecteurs\n\nC'est avec consternation que j'ai lu votre article du {date} sur la fermeture annoncée de l'{@hospital}. Mon mari, {M1}, y a été soigné pour une {@disease} et les soins étaient remarquables.\n\n{F2}, {ADDR}",
  ],
  [
    'voyage1',
    'Carnet de voyage\n\nJour quatre. {P1f} a encore égaré le passeport — il était dans la glacière. Ferry pour {@place}, où nous avons mangé des moules avec un couple de {city2}, {P2} et {P3f}, persuadés que {@brand} fabrique les meilleures voitures du monde. Photos envoyées à {EMAIL:P2}.',
  ],
  [
    'avocat1',
    'Note de synthèse (dossier {case})\n\nClient : {M1U}, né le {DOB:adult}, domicilié {ADDR}, tél. {PHONE}. M. {M1l} a été licencié par la société {@brand} le {date}. La partie adverse est représentée par Me {P2}. Délai de recours à surveiller.',
  ],
  [
    'depart1',
    "Au revoir {P1f} !\n\nAprès {#25-40} ans, {P1} quitte le {@school}. Des générations d'élèves ne l'ont connu{P1?|e} que sous le nom de « {P1f} ». La directrice, {F2}, lui a offert un voyage à {@place}. Les anciens peuvent lui écrire à {EMAIL:P1}.",
  ],
  [
    'hommage2',
    'Hommage à {M1}\n\nNé le {DOB:old} à {city2}, {M1} fut le premier facteur à vélo du canton. Sa petite-fille, {F2}, a rassemblé ses carnets dans un livre. « Grand-père {M1f} notait tout : la météo, les chiens, les potins », raconte-t-elle.',
  ],
];

const NEGONLY_FR: Tpl[] = [
  [
    'neg1',
    "Des pluies record en {@mois} à {@place} : la {@storm} a inondé la {@street}. Les agents ont travaillé jusqu'à la {@fetela}. Coût estimé des réparations : {price}, selon la mairie, le {date}.",
  ],
  [
    'neg2',
    "Le {@prize} a été remis le {date} au {@building}. Les organisateurs annoncent deux fois plus de public qu'en {year}. Billets pour la prochaine édition : {price}. Partenaires : {@brand} et la {@foundation}.",
  ],
  [
    'neg3',
    "Nouveaux horaires de visite à l'{@hospital} à partir du {date:recent}. Les patients suivis pour la {@disease} entreront par la {@street}. Stationnement : {price} par jour.",
  ],
  [
    'neg4',
    'Travaux : la {@street} sera fermée entre la {@station} et le {@building} à partir du {date}. Les bus seront déviés par la {@street}. Coût du chantier : {price}.',
  ],
  [
    'neg5',
    "Football : l'{@teamV} s'est imposé 3-2 face au {@teamC}. {@jour}, les supporters ont fêté la victoire jusque tard. L'abonnement {year} passera à {price}.",
  ],
  [
    'neg6',
    "Club de lecture : ce mois-ci, {@work}. Exemplaires (ISBN {isbn}) disponibles à l'accueil pour {price}. Rendez-vous le premier mardi du mois au {@school}.",
  ],
  [
    'neg7',
    'La version {version} du logiciel de réservation a été installée le {date}. La version {version} attribuait parfois deux fois la même salle. Facture {order} (licence annuelle, {price}) réglée.',
  ],
  [
    'neg8',
    "Rectificatif : le numéro de carte {cardx} publié dans le dernier bulletin était un exemple de l'imprimeur et n'est pas valide. De même, le numéro de compte {ibanx} figurant dans le brouillon comportait une erreur. Merci d'utiliser uniquement les coordonnées de la page officielle.",
  ],
  [
    'neg9',
    "Histoire locale : la {@street} a été baptisée en {year}, tout comme le {@school} voisin. Une plaque près de la {@station} rappelle l'événement. Le {@science} y aurait été enseigné pour la première fois.",
  ],
  [
    'neg10',
    'Météo : après des fêtes de {@fete} très douces, le froid arrive. Météo-France suit la {@storm}. Rafales possibles sur la côte près de {@place}.',
  ],
  [
    'neg11',
    'La {@foundation} consacre {price} à la recherche sur la {@disease}. Dépôt des candidatures avant le {date:recent}. Le programme existe depuis {year}.',
  ],
  [
    'neg12',
    "{@brand} et {@brand} ouvrent des magasins dans la zone commerciale de {@place}. Selon le promoteur (commande {order}), tout sera prêt en {@mois}. Bon d'achat de {price} pour les 500 premiers clients.",
  ],
  [
    'neg13',
    'Portes ouvertes au {@school} : {date}, de 10 h à 15 h. Visite du nouveau laboratoire consacré au {@science}. {@titre} prendra la parole à 11 h. Buvette : {price}.',
  ],
  [
    'neg14',
    "{@jour}, la ligne {#1-99} reprendra son service jusqu'à {@place}. Pendant la {@fetela}, horaires du dimanche. Abonnement mensuel : {price} (réf. {order}).",
  ],
];

// ---------------------------------------------------------------------------------------------
// Spanish

const NEG_ES: Record<string, NegList> = {
  street: [
    'eponym',
    [
      'calle Ramón y Cajal',
      'avenida Blasco Ibáñez',
      'calle Miguel de Unamuno',
      'avenida de Isabel la Católica',
      'calle Benito Pérez Galdós',
      'calle Federico García Lorca',
      'avenida Benito Juárez',
      'calle Emiliano Zapata',
      'avenida Miguel Hidalgo',
      'calle Sor Juana Inés de la Cruz',
      'calle Antonio Machado',
      'calle Clara Campoamor',
      'avenida Reina Victoria',
      'calle Alfonso XII',
    ],
  ],
  school: [
    'eponym',
    [
      'Colegio Cervantes',
      'Instituto Lope de Vega',
      'Colegio Miguel Hernández',
      'IES Antonio Machado',
      'Colegio Rosalía de Castro',
      'Instituto Gregorio Marañón',
      'Colegio Sor Juana Inés de la Cruz',
      'IES Clara Campoamor',
      'Colegio Santa Teresa',
      'Instituto Isabel la Católica',
      'Colegio Benito Juárez',
    ],
  ],
  hospital: [
    'eponym',
    [
      'Hospital Ramón y Cajal',
      'Hospital Gregorio Marañón',
      'Hospital Severo Ochoa',
      'Hospital Virgen del Rocío',
      'Hospital Juan Ramón Jiménez',
      'Hospital Clínico San Carlos',
      'Hospital Miguel Servet',
      'Hospital Marqués de Valdecilla',
      'Hospital Infanta Sofía',
      'Hospital Dr. Manuel Gea González',
      'Hospital Puerta de Hierro',
    ],
  ],
  prize: [
    'eponym',
    [
      'Premio Cervantes',
      'Premio Nobel',
      'Premio Princesa de Asturias',
      'Premio Goya',
      'Premio Nadal',
      'Premio Rómulo Gallegos',
      'Premio Alfaguara',
      'Premio Miguel de Cervantes',
      'Premio Sor Juana Inés de la Cruz',
    ],
  ],
  disease: [
    'eponym',
    [
      'Alzheimer',
      'Parkinson',
      'síndrome de Down',
      'síndrome de Asperger',
      'síndrome de Tourette',
      'mal de Parkinson',
      'linfoma de Hodgkin',
    ],
  ],
  storm: [
    'eponym',
    [
      'borrasca Filomena',
      'borrasca Gloria',
      'borrasca Ana',
      'borrasca Bella',
      'borrasca Juliette',
      'borrasca Celia',
      'borrasca Aitor',
      'borrasca Elsa',
    ],
  ],
  building: [
    'eponym',
    [
      'Teatro Cervantes',
      'Auditorio Manuel de Falla',
      'Museo Sorolla',
      'Teatro Lope de Vega',
      'Museo Picasso',
      'Estadio Santiago Bernabéu',
      'Teatro Juárez',
      'Auditorio Alfredo Kraus',
      'Teatro Isabel la Católica',
    ],
  ],
  foundation: [
    'eponym',
    [
      'Fundación Carlos Slim',
      'Fundación Amancio Ortega',
      'Fundación Juan March',
      'Fundación Botín',
      'Fundación Ramón Areces',
      'Fundación José Carreras',
      'Fundación Vicente Ferrer',
      'Fundación Pasqual Maragall',
    ],
  ],
  science: [
    'eponym',
    [
      'teorema de Pitágoras',
      'efecto Doppler',
      'principio de Arquímedes',
      'teorema de Tales',
      'mechero Bunsen',
      'péndulo de Foucault',
      'triángulo de Pascal',
    ],
  ],
  station: [
    'eponym',
    [
      'estación Príncipe Pío',
      'estación María Zambrano',
      'estación Joaquín Sorolla',
      'estación Santa Justa',
      'estación Abando Indalecio Prieto',
      'estación Almudena Grandes',
      'estación Chamartín-Clara Campoamor',
      'estación Benito Juárez',
    ],
  ],
  brand: [
    'brand',
    [
      'Loewe',
      'Balenciaga',
      'Carolina Herrera',
      'Massimo Dutti',
      'Adolfo Domínguez',
      'Mahou',
      'Osborne',
      'Freixenet',
      'Bimbo',
      'José Cuervo',
      'Don Simón',
      'Ford',
      'Porsche',
      'Dior',
      'Chanel',
      'Santa Lucía',
      'Coppel',
      'Tous',
      'Ferrari',
    ],
  ],
  place: [
    'place',
    [
      'Santiago de Compostela',
      'San Sebastián',
      'Santa Cruz de Tenerife',
      'Mercedes',
      'Dolores Hidalgo',
      'Santa Rosa',
      'Guadalupe',
      'Ciudad Juárez',
      'San Fernando',
      'Don Benito',
      'Alcalá de Henares',
      'Lucena',
      'San Cristóbal de las Casas',
      'Villa Carlos Paz',
      'Santiago',
      'Victoria de Durango',
      'Santa Eulalia',
    ],
  ],
  holiday: [
    'not_name',
    [
      'Nochebuena',
      'Semana Santa',
      'San Juan',
      'San Fermín',
      'Nochevieja',
      'Jueves Santo',
      'San Isidro',
      'la Candelaria',
      'Todos los Santos',
      'Reyes',
    ],
  ],
  dia: ['not_name', ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo']],
  mes: [
    'not_name',
    [
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
  ],
  titulo: [
    'title',
    [
      'El Alcalde',
      'La Presidenta',
      'El Secretario',
      'La Tesorera',
      'La Directora',
      'El Párroco',
      'La Concejala de Cultura',
      'El Rector',
    ],
  ],
  team: [
    'team',
    [
      'Real Madrid',
      'Atlético de Madrid',
      'Real Betis',
      'Athletic Club',
      'Celta de Vigo',
      'Club América',
      'Rayo Vallecano',
      'Sporting de Gijón',
      'Cruz Azul',
      'Deportivo Alavés',
    ],
  ],
  work: [
    'work_title',
    [
      'Don Quijote',
      'Cien años de soledad',
      'La casa de Bernarda Alba',
      'Marianela',
      'Platero y yo',
      'Doña Perfecta',
      'Pedro Páramo',
      'Fortunata y Jacinta',
      'La Celestina',
      'Yerma',
      'Como agua para chocolate',
      'Misericordia',
    ],
  ],
};

const ENT_ES: Tpl[] = [
  [
    'esquela1',
    'Esquela\n\n{P1}\nFalleció en {city} el {date:recent}, a los {#78-97} años de edad.\n\nSus hijos, {P2} y {P3}, nietos y demás familia ruegan una oración por su alma. La misa funeral se celebrará el jueves a las 19:00 h en la parroquia de San Roque.',
  ],
  [
    'esquela2',
    'Obituario: {P1}, maestr{P1?o|a} de varias generaciones\n\n{P1}, nacid{P1?o|a} en {city2} el {DOB:old}, murió el pasado {date:recent} en {city}. Durante más de treinta años dio clase en el {@school}, donde sus alumnos l{P1?o|a} recuerdan por su paciencia y su letra impecable.\n\nDeja {P1?viuda|viudo} a {P2} y dos hijos, {P3f} y {P4f}. La familia pide que, en lugar de flores, se hagan donativos a la {@foundation}.',
  ],
  [
    'esquela3',
    'Agradecimiento\n\nLa familia de {M1}, que falleció el {date:recent}, agradece de corazón las muestras de cariño recibidas. En especial, al equipo del {@hospital}, a la doctora {F2l} y a los vecinos de la {@street}.\n\nEn nombre de todos, {Pk3}',
  ],
  [
    'nacimiento1',
    '¡Bienvenida, {Fk1f}!\n\nEl {DOB:new} nació en el {@hospital} nuestra hija {Fk1}, con 3,2 kilos y muchas ganas de llorar. Sus padres, {F2} y {Mk3f}, y su hermano {Mk4f} están felices. Las visitas, a partir de {@mes}; llamad antes al {PHONE}.',
  ],
  [
    'nacimiento2',
    'Ecos de sociedad\n\nLos señores {M1} y {F2} anuncian el nacimiento de su primer nieto, {Mk3}, el pasado {DOB:new} en {city}. El bautizo será en {@holiday}.',
  ],
  [
    'suceso1',
    '{city}. Un ciclista de {#30-70} años resultó herido leve el martes por la noche en la {@street} tras ser arrollado por un turismo. Según la Policía Local, la conductora, vecina de {city2}, no lo vio al girar.\n\nUn testigo, {M1}, le atendió hasta la llegada de la ambulancia. «Hice lo que habría hecho cualquiera», declaró {M1l} a este diario. El herido fue trasladado al {@hospital}.',
  ],
  [
    'suceso2',
    'Premio para la panadería de la esquina\n\n{F1}, que abrió su horno en la {@street} en {year}, ha ganado el concurso provincial de pan. «Sin {P2f}, que entra a las cuatro de la mañana, esto no sería posible», asegura {F1l}. El alcalde, {M3}, entregó el galardón el {date}.',
  ],
  [
    'suceso3',
    'Pleno municipal: polémica por el carril bici\n\nEl salón de plenos se llenó el jueves. {P1}, concejal{P1?|a} de Movilidad, presentó el proyecto, con un coste de {price}. El comerciante {M2} lo calificó de «ruina para el reparto», mientras que {P3}, de la plataforma ciclista, habló de «un paso adelante». Las alegaciones pueden enviarse a {EMAIL:P1+org} hasta el {date:recent}.',
  ],
  [
    'suceso4',
    'Un jubilado camina {#500-1200} kilómetros por la investigación\n\n{M1}, de {#62-80} años, salió de {@place} en {@mes} y llegó a {city} el {date:recent}. Antiguo profesor del {@school}, recauda fondos para la investigación del {@disease}, que padece su esposa, {Fk2f}.\n\nLos donativos pueden hacerse en la cuenta {IBAN} (concepto «Camino»).',
  ],
  [
    'suceso5',
    'Petición de colaboración\n\nLa Policía busca testigos del robo de una bicicleta junto a la {@station} el viernes por la tarde. Su dueñ{P1?o|a}, {P1} ({#19-35} años), la había dejado atada menos de diez minutos. Cualquier información, al agente {M2l} en el {PHONE}, citando la referencia {order}.',
  ],
  [
    'bio1',
    '{P1} ({city2}, {DOB:adult}) es biólog{P1?o|a} marin{P1?o|a} y escritor{P1?|a}. Tras estudiar en {city}, se embarcó como {P1?el científico más joven|la científica más joven} de un buque oceanográfico.\n\nSu primer libro, sobre la anguila, fue finalista del {@prize}. {P1l} vive en {city} con {P2}, ilustrador{P2?|a}. Escribe en {URL:P1}.',
  ],
  [
    'bio2',
    'Sobre la autora\n\n{F1} creció encima de una ferretería de {city}, donde su abuela {F2f} le enseñó a jugar al mus. Ha publicado tres novelas. Contacto: {EMAIL:F1} · {URL:F1}',
  ],
  [
    'bio3',
    '{P1} es pianista de jazz. Tras años tocando en cruceros, estudió con {P2} y fundó una escuela de verano en {@place}. {P1l} fue finalista del {@prize} en {year}.',
  ],
  [
    'wiki1',
    '{P1} ({city2}, {DOB:old} – {city}, {date:past}) fue {P1?un ingeniero|una ingeniera} de caminos español{P1?|a}.\n\nBiografía\n\nHij{P1?o|a} del relojero {M2} y de la maestra {F3}, {P1l} estudió en el {@school} y entró como aprendiz en el taller de {M4}. En {year} se asoció con {M4l}. Sus cálculos, según sus biógrafos, anticiparon el {@science}.',
  ],
  [
    'wiki2',
    '{P1} ({city2}, {DOB:adult}) es {P1?un exfutbolista|una exfutbolista} que jugó como centrocampista en el {@team} y el {@team}. Actualmente entrena al juvenil de {city}.\n\nVida personal\n\n{P1l} está casad{P1?o|a} con {P2}. Viven en {@place}.',
  ],
  [
    'acta1',
    'ACTA DE LA ASAMBLEA GENERAL ORDINARIA\n\nEn {city}, a {date}, se reúnen en la sede social:\n{P1}, president{P1?e|a}; {P2}, tesorer{P2?o|a}; {P3}, secretari{P3?o|a}; y {#12-60} socios.\n\n1. Se aprueba el acta anterior a propuesta de {P2l}.\n2. {P2s} presenta las cuentas, con un saldo de {price}.\n3. Ruegos y preguntas: {M4} pide que se arregle la puerta del local. {P1l} se compromete a responderle a {EMAIL:M4}.\n\nSe levanta la sesión a las {#21-22}:{#10-55}.',
  ],
  [
    'acta2',
    'Acta del consejo escolar\n\nLa directora, {F1}, abre la sesión. Los representantes de las familias, {P2} y {P3}, preguntan por el comedor. El ayuntamiento, representado por {P4}, informa de que las obras terminarán antes de {@holiday}. Contacto del AMPA: {PHONE}.',
  ],
  [
    'acta3',
    'Reunión de la asociación de vecinos\n\n{P1} agradece la asistencia pese a la lluvia. La tesorera, {F2}, recuerda que la cuota ({price}) puede pagarse por transferencia a la cuenta {IBAN}. {P3} denuncia el mal estado de la acera frente a {ADDR}. {P1l} se encargará de reclamar al ayuntamiento.',
  ],
  [
    'atestado1',
    'ATESTADO — Diligencia de exposición de hechos\n\nEl día {date} comparece {P1?don|doña} {P1}, nacid{P1?o|a} el {DOB:adult}, con domicilio en {ADDR} y teléfono {PHONE}, quien manifiesta que al volver a su vivienda encontró forzada la ventana trasera. Le han sustraído un portátil y una tarjeta de crédito con número {CARD}.\n\nUna vecina, {F2}, vio a un hombre junto al concesionario {@brand}.',
  ],
  [
    'atestado2',
    'Estafa en internet: la denuncia de {P1}\n\n{P1}, de {#30-70} años, denunció el {date} que pagó {price} por una cocina de segunda mano que nunca recibió. El supuesto vendedor, que dijo llamarse {M2}, le facilitó el IBAN {IBAN}. El anuncio se publicó desde la IP {IP}.',
  ],
  [
    'atestado3',
    'Desaparición\n\nLa familia de {P1}, de {#14-17} años, pide ayuda para encontrar{P1?lo|la}. Fue vist{P1?o|a} por última vez el sábado por la noche cerca de la {@station}. «Solo queremos saber que {P1f} está bien», dice su madre, {F2}. Cualquier pista, al {PHONE} o a {EMAIL}.',
  ],
  [
    'juzgado1',
    'Crónica de tribunales\n\nLa Audiencia de {city} ha condenado a {M1}, de {#30-55} años, a un año de prisión por apropiarse de {price} de la caja de la peña de la que era tesorero. La magistrada {F2} considera probado que {M1l} falseó las cuentas durante tres años. Su abogado, {P3}, alegó problemas familiares.',
  ],
  [
    'juzgado2',
    'Resumen de sentencia (procedimiento {case})\n\nLa demandante, {F1}, con fecha de nacimiento {DOB:adult}, reclamaba a su antiguo casero, {M2}, la devolución de la fianza ({price}). El juzgado le da la razón. {M2l} deberá además abonar las costas. Representó a la señora {F1l} el letrado {M3}.',
  ],
  [
    'reco1',
    'Carta de recomendación\n\nA quien corresponda:\n\nMe complace recomendar a {P1} para el puesto de asistente de investigación. Fui tutor{P2?|a} de {P1l} durante dos años en el {@school}, donde demostró una curiosidad y una constancia poco comunes.\n\nSu trabajo sobre el {@science} es el mejor que he leído en una década.\n\nQuedo a su disposición en {EMAIL:P2+org} o en el {PHONE}.\n\nAtentamente,\n{P2}',
  ],
  [
    'reco2',
    'Estimados señores:\n\nConozco a {P1} desde que entró en nuestro coro en {year}. {P1f} es {P1?un voluntario|una voluntaria} de total confianza. Pueden llamarme al {PHONE}.\n\nUn saludo cordial,\n{P2}',
  ],
  [
    'boletin1',
    'Informe de evaluación — 3.º de Primaria\n\nAlumn{Pk1?o|a}: {Pk1}\nCentro: {@school}\n\n{Pk1f} ha avanzado muchísimo en lectura: ha leído sol{Pk1?o|a} una adaptación de {@work} y la ha contado en clase con entusiasmo. Debe repasar las tablas de multiplicar. Trabaja muy bien con {P2f}.\n\nTutora: {F3h}\nFamilia: {P1}, {PHONE}',
  ],
  [
    'cole1',
    'Queridas familias:\n\n¡Enhorabuena a {P1} y {P2}, que representaron al colegio en el concurso de ortografía! {P1f} llegó a la final. Gracias a {P3?el|la} {P3h} por llevarlos hasta {@place}.\n\nFotos en el blog del centro: {URL}\n\n{P4}, jef{P4?e|a} de estudios',
  ],
  [
    'correo1',
    'Querida {F1f}:\n\n¡Qué alegría veros a {M2f} y a ti en la boda de {P3f}! Por fin nos hemos mudado: la nueva dirección es {ADDR}. El móvil sigue siendo el mismo ({PHONE}).\n\nUn abrazo enorme,\n{F4f}',
  ],
  [
    'correo2',
    'Querido {M1f}:\n\nTe escribo desde el tren a {@place}. La operación de mamá salió bien; el cirujano, el doctor {P2l}, nos lo explicó todo dos veces. Se queda en el {@hospital} hasta el lunes.\n\nSi quieres mandarle unas líneas, escríbeme a {EMAIL:F3} y se las imprimo.\n\nBesos, {F3f}',
  ],
  [
    'blog1',
    'Una semana en {@place}\n\nLlegamos el sábado con un chaparrón que a {P1f} le pareció «muy auténtico». Nuestra casera, {F2}, nos habló del {@team} durante todo el trayecto. Si queréis alojaros allí, {F2f} acepta reservas en {EMAIL:F2}.',
  ],
  [
    'blog2',
    'Por qué empecé a correr a los {#45-60}\n\nHace dos años mi médica, la doctora {F1l}, me dijo que mi tensión era «para hablarlo». Mi hija {F2f} me apuntó a una carrera de 5 km sin preguntar. Llegué el penúltimo, por delante de un señor disfrazado de plátano llamado {M3}.\n\nMi plan de entrenamiento: {URL:M4} — {M4}',
  ],
  [
    'entrevista1',
    'Charlamos con {P1}\n\nQuedamos con {P1} en un café junto a la {@station}. {P1?El|La} diseñador{P1?|a} acaba de volver de {@place}, donde su colección desfiló junto a {@brand}. «La gente cree que es glamuroso —se ríe {P1l}—. Casi todo son maletas perdidas.» Aprendió a coser con su abuela, {F2}.\n\nEntrevista: {P3}',
  ],
  [
    'entrevista2',
    'Tres preguntas a {P1}, voluntari{P1?o|a} del mes\n\n¿Cómo empezó? — {P2} me llevó a una recogida de basura en {@mes} y ya no me fui.\n\n¿Lo mejor? — La gente. {P3f} hace el mejor bizcocho de {city}.\n\n¿Cómo ayudar? — Venid cualquier sábado o llamadme al {PHONE}.',
  ],
  [
    'fiesta1',
    'Balance de las fiestas\n\nLa tómbola recaudó {price} para arreglar el campanario. Gracias a {P1} por organizarla, a {P2} y {P3} por los dulces y a la peña del {@team} por prestarnos la carpa. El primer premio fue para {P4}, de {city2}. Los premios sin recoger, con {P1f}: {EMAIL:P1}.',
  ],
  [
    'fiesta2',
    'Feria del Libro de {city}\n\nLo mejor del sábado fue la lectura de {P1}, cuya nueva novela reescribe {@work} desde el punto de vista de la criada. {P2}, que moderó el acto, le preguntó si estaba nervios{P1?o|a}. «Muchísimo», contestó {P1l}. El libro (ISBN {isbn}) cuesta {price}.',
  ],
  [
    'parroquia1',
    'Hoja parroquial — {@holiday}\n\nPalabras del párroco: {M1} nos invita a vivir estos días con sencillez.\n\nOremos por {P2} y por {P3s}. {P2f} se recupera en el {@hospital}.\n\nFlores: {P4}. Quien quiera colaborar puede hablar con {P4f} al salir de misa o llamar al {PHONE}.\n\nDonativos para el tejado: {IBAN}',
  ],
  [
    'club1',
    'Boletín del club de senderismo de {city}\n\n¡Bienvenidos {P1}, {P2} y {P3}! Las salidas del domingo siguen a cargo de {P4}. Ojo, {P4l} ha cambiado de número: {PHONE}.\n\nLa cuota anual ({price}) se paga antes de fin de {@mes} por transferencia a {IBAN}.',
  ],
  [
    'club2',
    'Antiguos alumnos\n\nPromoción de {year}: {P1} nos escribe desde {@place}, donde ha abierto una clínica veterinaria. {P2} ha sido nombrad{P2?o|a} jef{P2?e|a} de servicio en el {@hospital}. Lamentamos comunicar el fallecimiento de {P3}. Enviad vuestras noticias a {EMAIL}.',
  ],
  [
    'incidente1',
    'Informe post-incidente {order}\n\nEl {date}, un proveedor externo, {P1}, subió por error un fichero de configuración a un repositorio público. Contenía una clave de acceso ({AWS}) y un token personal ({GHP}). {P2s} lo detectó en cuarenta minutos y se bloquearon los accesos desde {IP}.',
  ],
  [
    'incidente2',
    'Informe de incidente\n\nNotificado por: {P1} ({EMAIL:P1+org}). A las 03:12 la monitorización detectó accesos anómalos desde {IP} y {IP:6}. El origen fue una exportación de contraseñas publicada por {P2} que incluía la línea «client_secret: {SECRET}». {P3f} renovó todas las credenciales.',
  ],
  [
    'reportaje1',
    'El último zapatero de la {@street}\n\nDesde hace cuarenta años, {M1} arregla los zapatos de medio {city}. Heredó el taller de su padre, {Mk2}. «Ya nadie arregla nada», lamenta {M1l} con una bota de {@brand} en la mano. Su aprendiz, {P3f}, asiente. Dirección: {ADDR}.',
  ],
  [
    'reportaje2',
    'La pareja detrás del café de moda\n\n{F1} y {M2} se conocieron en {year} en una boda en {@place}. Hoy regentan un café en la esquina de la {@street}. {F1f} hornea y {M2f} lleva las cuentas y, según {F1f}, «casi toda la conversación». Reservas: {EMAIL:F1} o {PHONE}.',
  ],
  [
    'bodas1',
    'Bodas de oro\n\n{M1} y {F2} celebraron el sábado sus cincuenta años de casados. Se conocieron en las fiestas de {@holiday} de {city2}. Sus hijos, {Pk3f}, {Pk4f} y {Pk5f}, les prepararon una comida sorpresa.',
  ],
  [
    'memorias1',
    'Capítulo tercero\n\nMi abuelo, {M1}, nació el {DOB:old} en una casa pequeña a las afueras de {city2}. A los catorce años entró a trabajar en {@brand}, donde conoció a mi abuela, {F2}, en la cola del comedor. Ella, según contaba, «no quedó nada impresionada».\n\n«{M1f} tenía un solo traje y se lo ponía todos los días», decía {F2f}.',
  ],
  [
    'peticion1',
    'Carta abierta: salvemos la biblioteca\n\nLos vecinos de {city} pedimos al ayuntamiento que no cierre la biblioteca de la {@street}.\n\nPrimeras firmas: {P1} ({ADDR}), {P2}, {P3}, {P4}.\nContacto: {P1}, {EMAIL:P1}, {PHONE}',
  ],
  [
    'donativo1',
    'Llamamiento del banco de alimentos de {city}\n\nEste invierno atenderemos a más de {#300-900} familias. «Las estanterías nunca habían estado tan vacías», explica {P1}, coordinador{P1?|a}.\n\nPuedes donar en {URL} o por transferencia a {IBAN}. Certificados de donación: {P2}, {EMAIL:P2+org}.',
  ],
  [
    'memoria1',
    'Memoria anual — el equipo\n\nEste año se jubiló {P1} tras {#20-35} años en la casa. Se incorporó {P2}, procedente de {city2}. {P3} defendió su tesis doctoral sobre el {@disease}. {P4} asume la dirección administrativa; teléfono directo: {PHONE}.',
  ],
  [
    'cartas1',
    'Cartas al director\n\nLeí con tristeza su noticia del {date} sobre el posible cierre del {@hospital}. Mi marido, {M1}, fue tratado allí de {@disease} y la atención fue excelente.\n\n{F2}, {ADDR}',
  ],
  [
    'viaje1',
    'Diario de viaje\n\nDía cuatro. {P1f} ha vuelto a perder el pasaporte: estaba en la nevera portátil. Ferry a {@place}, donde comimos con una pareja de {city2}, {P2} y {P3f}, convencidos de que {@brand} hace los mejores coches del mundo. Les mandé las fotos a {EMAIL:P2}.',
  ],
  [
    'abogado1',
    'Nota interna (expediente {case})\n\nCliente: {M1}, nacido el {DOB:adult}, domicilio en {ADDR}, tel. {PHONE}. El {M1h} fue despedido por {@brand} el {date}. La parte contraria está representada por {P2}. Vigilar el plazo de caducidad.',
  ],
  [
    'despedida1',
    'Hasta siempre, {P1f}\n\nDespués de {#25-40} años, {P1} se despide del {@school}. Generaciones de alumnos l{P1?o|a} conocen solo como «{P1f}». La directora, {F2}, le regaló un viaje a {@place}. Los antiguos alumnos pueden escribirle a {EMAIL:P1}.',
  ],
  [
    'homenaje1',
    'Homenaje a {M1}\n\nNacido en {city2} el {DOB:old}, {M1} fue el primer cartero en bicicleta de la comarca. Su nieta, {F2}, ha reunido sus cuadernos en un libro. «El abuelo {M1f} lo apuntaba todo: el tiempo, los perros, los chismes», cuenta.',
  ],
];

const NEGONLY_ES: Tpl[] = [
  [
    'neg1',
    'Lluvias récord en {@mes} en {@place}: la {@storm} inundó la {@street}. Los operarios trabajaron incluso en {@holiday}. El ayuntamiento calcula los daños en {price}, según informó el {date}.',
  ],
  [
    'neg2',
    'El {@prize} se entregó el {date} en el {@building}. Los organizadores hablan del doble de público que en {year}. Las entradas para la próxima edición costarán {price}. Patrocinan {@brand} y la {@foundation}.',
  ],
  [
    'neg3',
    'Nuevo horario de visitas en el {@hospital} desde el {date:recent}. Los pacientes de la unidad de memoria ({@disease}) deben entrar por la {@street}. El aparcamiento cuesta {price} al día.',
  ],
  [
    'neg4',
    'Obras: la {@street} estará cortada entre la {@station} y el {@building} desde el {date}. Los autobuses se desviarán por la {@street}. Presupuesto: {price}.',
  ],
  [
    'neg5',
    'Fútbol: el {@team} remontó un 0-2 ante el {@team} y ganó 3-2. {@dia} de celebración para la afición. El abono de {year} subirá a {price}.',
  ],
  [
    'neg6',
    'Club de lectura: este mes leemos {@work}. Hay ejemplares (ISBN {isbn}) en el mostrador por {price}. Nos vemos el primer martes de cada mes en la biblioteca del {@school}.',
  ],
  [
    'neg7',
    'La versión {version} del programa de reservas se instaló el {date}. La versión {version} asignaba a veces la misma sala dos veces. La factura {order} de la licencia anual ({price}) ya está pagada.',
  ],
  [
    'neg8',
    'Fe de erratas: el número de tarjeta {cardx} publicado en la última hoja era un ejemplo de la imprenta y no es válido. También la cuenta {ibanx} del borrador tenía un error. Usen solo los datos de la web oficial.',
  ],
  [
    'neg9',
    'Historia local: la {@street} recibió su nombre en {year}, igual que el {@school} vecino. Una placa junto a la {@station} lo recuerda. Según los cronistas, allí se explicó por primera vez el {@science}.',
  ],
  [
    'neg10',
    'El tiempo: tras unos días de {@holiday} templados, llega el frío. La AEMET ya ha bautizado la próxima tormenta como {@storm}. Rachas fuertes en la costa de {@place}.',
  ],
  [
    'neg11',
    'La {@foundation} destina {price} a investigar el {@disease}. El plazo de solicitud termina el {date:recent}. El programa existe desde {year}.',
  ],
  [
    'neg12',
    '{@brand} y {@brand} abrirán tiendas en el parque comercial de {@place}. Según la promotora (pedido {order}), estarán listas en {@mes}. Los primeros 500 clientes recibirán un vale de {price}.',
  ],
  [
    'neg13',
    'Jornada de puertas abiertas en el {@school}: {date}, de 10 a 15 h. Se podrá visitar el laboratorio dedicado al {@science}. {@titulo} intervendrá a las 11. Café y bizcocho: {price}.',
  ],
  [
    'neg14',
    '{@dia} y festivos, la línea {#1-99} llegará hasta {@place}. En {@holiday} habrá horario especial. Abono mensual: {price} (ref. {order}).',
  ],
];

// ---------------------------------------------------------------------------------------------
// Templates and the builder

const NEG: Record<Lang, Record<string, NegList>> = {
  en: NEG_EN,
  de: NEG_DE,
  fr: NEG_FR,
  es: NEG_ES,
};
const ENT: Record<Lang, Tpl[]> = { en: ENT_EN, de: ENT_DE, fr: ENT_FR, es: ENT_ES };
const NEGONLY: Record<Lang, Tpl[]> = {
  en: NEGONLY_EN,
  de: NEGONLY_DE,
  fr: NEGONLY_FR,
  es: NEGONLY_ES,
};

const HONORIFIC: Record<Lang, readonly [readonly string[], readonly string[]]> = {
  en: [
    ['Mr.', 'Mr'],
    ['Ms.', 'Mrs.', 'Ms', 'Mrs'],
  ],
  de: [['Herr'], ['Frau']],
  fr: [
    ['M.', 'Monsieur'],
    ['Mme', 'Madame'],
  ],
  es: [['Sr.'], ['Sra.']],
};

class Builder {
  text = '';
  readonly entities: Heldout16Span[] = [];
  readonly negatives: { kind: string; start: number; end: number }[] = [];
  t(s: string): void {
    this.text += s;
  }
  e(type: string, value: string, source?: Source): void {
    const start = this.text.length;
    this.text += value;
    this.entities.push(
      source
        ? { type, start, end: this.text.length, source }
        : { type, start, end: this.text.length },
    );
  }
  n(kind: string, value: string): void {
    const start = this.text.length;
    this.text += value;
    this.negatives.push({ kind, start, end: this.text.length });
  }
}

interface Ctx {
  readonly rng: Rng;
  readonly lang: Lang;
  readonly country: Country;
  readonly people: Map<string, Person>;
  readonly city: string;
  readonly orgDomain: string;
}

function preparePeople(tpl: string, rng: Rng, lang: Lang, country: Country): Map<string, Person> {
  const keys = new Set<string>();
  for (const m of tpl.matchAll(/\{([PMF]k?\d)/g)) keys.add(m[1]!);
  const people = new Map<string, Person>();
  const sorted = [...keys].sort();
  const used = new Set<string>();
  let root: Person | null = null;
  for (const k of sorted.filter((x) => !x.includes('k'))) {
    let p: Person;
    let tries = 0;
    do {
      const g = k[0] === 'M' ? true : k[0] === 'F' ? false : rng.chance(0.5);
      p = makePerson(rng, lang, country, g, null);
    } while ((used.has(p.lastShort) || used.has(p.first)) && ++tries < 20);
    used.add(p.lastShort);
    used.add(p.first);
    people.set(k, p);
    root ??= p;
  }
  for (const k of sorted.filter((x) => x.includes('k'))) {
    const g = k[0] === 'M' ? true : k[0] === 'F' ? false : rng.chance(0.5);
    const base = root ?? makePerson(rng, lang, country, rng.chance(0.5), null);
    root ??= base;
    let p: Person;
    let tries = 0;
    do {
      p = makePerson(rng, lang, country, g, base);
    } while (used.has(p.first) && ++tries < 20);
    used.add(p.first);
    people.set(k, p);
  }
  return people;
}

function renderSlot(b: Builder, slot: string, c: Ctx): void {
  const { rng, lang, country } = c;
  if (slot.startsWith('~')) {
    b.t(rng.pick(slot.slice(1).split('|')));
    return;
  }
  if (slot.startsWith('#')) {
    const [lo, hi] = slot.slice(1).split('-').map(Number);
    b.t(String(rng.int(lo!, hi!)));
    return;
  }
  if (slot.startsWith('!')) {
    const i = slot.indexOf(':');
    b.n(slot.slice(1, i), slot.slice(i + 1));
    return;
  }
  if (slot.startsWith('@')) {
    const list = NEG[lang][slot.slice(1)];
    if (!list) throw new Error(`no negative list ${lang}:${slot}`);
    b.n(list[0], rng.pick(list[1]));
    return;
  }
  const gm = /^([PMF]k?\d)\?(.*)$/s.exec(slot);
  if (gm) {
    const p = c.people.get(gm[1]!)!;
    const [m, f] = gm[2]!.split('|');
    b.t(p.male ? m! : (f ?? ''));
    return;
  }
  const pm = /^([PMF]k?\d)([flmhrsUL]?)$/.exec(slot);
  if (pm) {
    const p = c.people.get(pm[1]!)!;
    switch (pm[2] ?? '') {
      case '':
        b.e('PERSON', `${p.first} ${p.last}`, p.source);
        return;
      case 'f':
        b.e('PERSON', p.first, p.source);
        return;
      case 'l':
        b.e('PERSON', p.lastShort, p.source);
        return;
      case 'L':
        b.e('PERSON', p.last, p.source);
        return;
      case 's':
        b.e('PERSON', `${p.first} ${p.lastShort}`, p.source);
        return;
      case 'm':
        b.e(
          'PERSON',
          lang === 'en' ? `${p.first} ${p.middle}. ${p.last}` : `${p.first} ${p.last}`,
          p.source,
        );
        return;
      case 'h':
        b.t(`${rng.pick(HONORIFIC[lang][p.male ? 0 : 1])} `);
        b.e('PERSON', p.lastShort, p.source);
        return;
      case 'r':
        b.e('PERSON', `${p.last}, ${p.first}`, p.source);
        return;
      case 'U':
        b.e('PERSON', `${p.last.toUpperCase()} ${p.first}`, p.source);
        return;
    }
  }
  const [name, arg = ''] = slot.split(':') as [string, string?];
  switch (name) {
    case 'EMAIL': {
      const p = arg ? c.people.get(arg.replace(/\+org$/, '')) : undefined;
      const org = arg.endsWith('+org') || (!p && rng.chance(0.6));
      b.e('EMAIL', emailFor(rng, lang, p ?? null, org ? c.orgDomain : null));
      return;
    }
    case 'PHONE':
      b.e(
        'PHONE',
        phone(rng, country, arg === 'i' ? true : arg === 'n' ? false : rng.chance(0.35)),
      );
      return;
    case 'ADDR':
      b.e('STREET_ADDRESS', streetAddress(rng, country, lang).text);
      return;
    case 'DOB': {
      const [lo, hi] = DOB_RANGE[arg] ?? DOB_RANGE['']!;
      const [y, m, d] = randomDate(rng, lo, hi);
      b.e('DATE_OF_BIRTH', fmtDate(rng, lang, country, y, m, d));
      return;
    }
    case 'date': {
      const [lo, hi] = DATE_RANGE[arg] ?? DATE_RANGE['']!;
      const [y, m, d] = randomDate(rng, lo, hi);
      b.n('plain_date', fmtDate(rng, lang, country, y, m, d));
      return;
    }
    case 'IBAN':
      b.e('IBAN', iban(rng, country));
      return;
    case 'ibanx':
      b.n('iban_invalid', ibanInvalid(rng, country));
      return;
    case 'CARD':
      b.e('CREDIT_CARD', card(rng));
      return;
    case 'cardx':
      b.n('card_lookalike', cardLookalike(rng));
      return;
    case 'SSN':
      b.e('US_SSN', ssn(rng));
      return;
    case 'ssnx':
      b.n('ssn_invalid', ssnInvalid(rng));
      return;
    case 'IP':
      b.e('IP_ADDRESS', arg === '6' ? ipv6(rng) : ipv4(rng));
      return;
    case 'AWS':
      b.e('AWS_ACCESS_KEY', `${rng.pick(['AKIA', 'AKIA', 'ASIA'])}${randStr(rng, B32, 16)}`);
      return;
    case 'GHP':
      b.e('GITHUB_TOKEN', `ghp_${randStr(rng, B62, 36)}`);
      return;
    case 'SECRET':
      b.e('GENERIC_SECRET', randStr(rng, B62, rng.int(32, 40)));
      return;
    case 'URL': {
      const p = arg ? c.people.get(arg) : undefined;
      b.e('URL', urlFor(rng, lang, p ?? null, c.orgDomain));
      return;
    }
    case 'city':
      b.t(c.city);
      return;
    case 'city2': {
      let other = cityOf(rng, country, lang);
      for (let i = 0; i < 8 && other === c.city; i++) other = cityOf(rng, country, lang);
      b.t(other);
      return;
    }
    case 'price':
      b.n('price', priceOf(rng, lang));
      return;
    case 'version':
      b.n(
        'version',
        rng.pick([
          `${rng.int(1, 12)}.${rng.int(0, 20)}.${rng.int(0, 9)}`,
          `${rng.int(1, 9)}.${rng.int(0, 9)}`,
          `${rng.int(1, 30)}.${rng.int(0, 12)}.${rng.int(0, 40)}.${rng.int(1, 250)}`,
        ]),
      );
      return;
    case 'order':
      b.n(
        'order_no',
        rng.pick([
          `${rng.int(2019, 2025)}-${rng.digits(rng.int(4, 6))}`,
          `A${rng.digits(7)}`,
          `SO-${rng.digits(6)}`,
          `${rng.pick(['R', 'F', 'K'])}${rng.digits(2)}/${rng.digits(5)}`,
        ]),
      );
      return;
    case 'case':
      b.n(
        'order_no',
        `${rng.int(1, 99)} ${rng.pick(['Js', 'Ls', 'C', 'O', 'K'])} ${rng.int(100, 9999)}/${rng.int(19, 25)}`,
      );
      return;
    case 'isbn':
      b.n('isbn', isbn(rng));
      return;
    case 'year':
      b.t(String(rng.int(1990, 2024)));
      return;
    default:
      throw new Error(`unknown slot {${slot}}`);
  }
}

function priceOf(rng: Rng, lang: Lang): string {
  const v = rng.int(2, 4000);
  const c = rng.int(0, 99);
  switch (lang) {
    case 'en':
      return rng.pick([
        `$${v}`,
        `£${v}.${String(c).padStart(2, '0')}`,
        `$${v.toLocaleString('en-US')}`,
        `£${v}`,
      ]);
    case 'de':
      return rng.pick([
        `${v},${String(c).padStart(2, '0')} Euro`,
        `${v} €`,
        `${v},- €`,
        `CHF ${v}.–`,
      ]);
    case 'fr':
      return rng.pick([`${v} €`, `${v},${String(c).padStart(2, '0')} €`, `${v} euros`]);
    case 'es':
      return rng.pick([
        `${v} €`,
        `${v},${String(c).padStart(2, '0')} euros`,
        `$${v} pesos`,
        `${v} euros`,
      ]);
  }
}

function isbn(rng: Rng): string {
  const body = `978${rng.int(0, 3)}${rng.digits(8)}`;
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  const chk = (10 - (s % 10)) % 10;
  return `${body.slice(0, 3)}-${body.slice(3, 4)}-${body.slice(4, 8)}-${body.slice(8, 12)}-${chk}`;
}

function urlFor(rng: Rng, lang: Lang, p: Person | null, orgDomain: string): string {
  if (p) {
    const f = ascii(p.first);
    const l = ascii(p.lastShort);
    return rng.pick([
      `https://www.linkedin.com/in/${f}-${l}-${randStr(rng, 'abcdef0123456789', 6)}`,
      `https://${f}${l}.com`,
      `https://www.${l}-${f}.${{ en: 'net', de: 'de', fr: 'fr', es: 'es' }[lang]}`,
      `https://${f}-${l}.blog`,
      `https://medium.com/@${f}${l}`,
      `https://www.instagram.com/${f}.${l}`,
    ]);
  }
  return rng.pick([
    `https://www.${orgDomain}`,
    `https://www.${orgDomain}/${{ en: 'events', de: 'termine', fr: 'agenda', es: 'agenda' }[lang]}`,
    `https://${orgDomain}/${{ en: 'donate', de: 'spenden', fr: 'dons', es: 'donaciones' }[lang]}?ref=${randStr(rng, B62, 6)}`,
  ]);
}

const ORG_DOMAINS: Record<Lang, readonly string[]> = {
  en: [
    'stmarks-parish.org.uk',
    'riverside-gazette.com',
    'hillcrest-rotary.org',
    'oakfieldacademy.org',
    'valleycourier.net',
    'northside-historical.org',
    'greenlanefc.co.uk',
  ],
  de: [
    'tsv-lindenau.de',
    'gemeinde-altbach.de',
    'kirchengemeinde-sankt-paul.de',
    'heimatverein-moorfeld.de',
    'kreisbote-online.de',
    'sv-waldhausen.at',
    'musikverein-oberried.ch',
  ],
  fr: [
    'paroisse-saint-martin.fr',
    'mairie-beaulieu.fr',
    'lecho-du-bocage.fr',
    'amicale-laique-vernon.fr',
    'as-rochefort.be',
    'chorale-les-tilleuls.ch',
    'ecole-les-peupliers.fr',
  ],
  es: [
    'parroquia-sanroque.es',
    'ayto-villanueva.es',
    'elcorreodelvalle.es',
    'club-atletico-ribera.es',
    'asociacion-vecinal-elprado.org',
    'colegio-losalamos.edu.mx',
    'gacetadelbajio.mx',
  ],
};

function render(tpl: string, c: Ctx, b: Builder): void {
  const re = /\{([^{}]+)\}/g;
  let last = 0;
  for (const m of tpl.matchAll(re)) {
    b.t(tpl.slice(last, m.index));
    renderSlot(b, m[1]!, c);
    last = m.index + m[0].length;
  }
  b.t(tpl.slice(last));
}

export function generateHeldout16(n = 2000): Heldout16Record[] {
  const rng = new Rng(mulberry32(0x16_2025));
  const out: Heldout16Record[] = [];
  for (let i = 0; i < n; i++) {
    const lang = ORDER[i % ORDER.length]!;
    const negOnly = rng.chance(0.18);
    const [key, tpl] = rng.pick(negOnly ? NEGONLY[lang] : ENT[lang]);
    const country: Country = key.startsWith('us_') ? 'US' : rng.weighted(COUNTRIES[lang]);
    const people = preparePeople(tpl, rng, lang, country);
    const ctx: Ctx = {
      rng,
      lang,
      country,
      people,
      city: cityOf(rng, country, lang),
      orgDomain: rng.pick(ORG_DOMAINS[lang]),
    };
    const b = new Builder();
    render(tpl, ctx, b);
    out.push({
      id: `h16-${String(i + 1).padStart(4, '0')}`,
      lang,
      template: `${lang}:${key}`,
      text: b.text,
      entities: b.entities,
      negatives: b.negatives,
    });
  }
  return out;
}
