/**
 * Generator for `bench/pii-heldout2.ts`: a second held-out set, independent of the first
 * (bench/pii-heldout-data.ts). Other genres (mail signatures, medical and insurance letters, chat
 * transcripts, log lines, form dumps, invoices, incident reports, social posts), other value
 * formats (E.164 and unspaced phones, postcode-before-town addresses, DOB forms with "*", "geb."
 * and ordinals, grouped and compact IBANs) and a share of person names that are in no name list
 * (made from syllables and checked against the gazetteer), so PERSON recall without list support
 * can be read separately. Fixed seed, nothing downloaded, nothing from the developer corpus.
 */
import { fakerDE, fakerEN_GB, fakerEN_US, fakerES, fakerFR, type Faker } from '@faker-js/faker';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { isKnownFamily, isKnownGiven } from '../src/privacy/engine/name-gazetteer.js';
import { NOT_NAME_WORDS } from '../src/privacy/engine/name-lists.js';
import type { Span } from '../src/privacy/engine/span-scoring.js';
import type { HeldoutRecord, Lang } from './pii-heldout-data.js';

const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];

/** A gold span with where its value came from: `faker` or `unlisted` for PERSON names. */
export interface Heldout2Span extends Span {
  readonly source?: 'faker' | 'unlisted';
}

export interface Heldout2Record extends HeldoutRecord {
  readonly entities: Heldout2Span[];
}

/*
 * Slots. Entities: N full name, G given name alone, S title + family name (title not labelled),
 * T title + full name, U NAME IN CAPITALS, R "Family, Given", E e-mail, PH phone, CC card,
 * IB IBAN, SSN, NID national id (ES DNI, FR NIR), IP, DOB, ADDR, URL, AWS, GH, SEC.
 * Lower-case slots are hard negatives.
 */
const POS: Record<Lang, string[]> = {
  en: [
    'Hi team,\n\nplease find the signed NDA attached.\n\nBest regards,\n{N}\nSenior Account Manager | {firm}\nM: {PH}\n{E}',
    '[09:41] {G}: hi, my order {ord} never arrived\n[09:42] Agent {A}: sorry about that! can you confirm the delivery address?\n[09:43] {G}: {ADDR}',
    'INCIDENT REPORT {ord}\nReporting officer: {T}\nComplainant: {N}, DOB {DOB}, resides at {ADDR}. Contact no. {PH}.',
    'Dear {S},\nyour claim {ord} for {drug} was approved. The reimbursement goes to {IB}.\nKind regards, Claims Department',
    '{ts} WARN auth failed user={E} src={IP} attempts=3 agent={ver}',
    'Full name: {N}\nDate of birth: {DOB}\nPhone: {PH}\nEmail: {E}\nSSN: {SSN}',
    'Bill to: {N}, {ADDR}\nCard on file: {CC}\nInvoice {ord}, total {price}',
    'so proud of my sister {G} who just finished her first marathon in {place}!! 🎉',
    'FYI {G} is covering support this week, reach her at {PH}.',
    'Patient {U}, born {DOB}, was seen for {disease}. Follow-up with {T} in two weeks.',
    'Your {product} order ships to {N}. Questions? Call {PH} or visit {URL}',
    "Thanks {G}, I'll send the contract to {E} tomorrow.",
    'deploy log: {ts} pushed {ver} with AWS_ACCESS_KEY_ID={AWS} and DB_PASSWORD={SEC} (remove!)',
    'Employee record {R} updated: new home address {ADDR}, start {date}.',
  ],
  de: [
    'Hallo zusammen,\n\nanbei das Protokoll.\n\nViele Grüße\n{N}\nTeamleitung Einkauf\nTel.: {PH}\nE-Mail: {E}',
    'Name: {N}\nTel.: {PH}\nGeb.-Datum: {DOB}\nAnschrift: {ADDR}',
    'Sehr geehrte {SF},\nIhre Erstattung für {drug} in Höhe von {price} überweisen wir auf {IB}.\nMit freundlichen Grüßen\nIhre Krankenkasse',
    'Der Geschädigte {N} (geb. {DOB}), wohnhaft {ADDR}, erstattete am {date} Anzeige.',
    '[14:02] Kundin: Guten Tag, hier ist {G}\n[14:03] Support: Hallo {G}, wie kann ich helfen?\n[14:05] Kundin: Meine Nummer ist {PH}',
    'Rechnungsempfänger: {T}, {ADDR}\nZahlung per Karte {CC}, Rechnung {ord}',
    'danke an {G} für die Hilfe beim Umzug nach {place}!!',
    '{ts} ERROR login fehlgeschlagen für {E} von {IP}',
    'Patientin {U}, * {DOB}, Diagnose {disease}, überwiesen von {T}.',
    'Bitte die Unterlagen an {N} weiterleiten, Telefon {PH}.',
    'Versicherungsnehmer: {R}, Geburtsdatum {DOB}, Bankverbindung {IB}',
    'Im Ticket {ord} hat {G} den GitHub-Token {GH} gepostet, bitte sperren.',
  ],
  fr: [
    'Bonjour,\n\nci-joint le devis demandé.\n\nCordialement,\n{N}\nResponsable commercial\nTél. : {PH}\n{E}',
    'Nom : {N}\nTél. : {PH}\nDate de naissance : {DOB}\nAdresse : {ADDR}',
    "Madame, Monsieur,\nl'assuré {T}, n° de sécurité sociale {NID}, est pris en charge pour {disease}.",
    'Procès-verbal {ord} : la victime, {N}, née le {DOB}, demeurant {ADDR}, déclare un vol.',
    '[10:12] {G} : bonjour, je n’arrive pas à me connecter\n[10:13] Conseiller : bonjour {G}, quel est votre e-mail ?\n[10:14] {G} : {E}',
    'Facture {ord} adressée à {T}, {ADDR}. Réglée par carte {CC}.',
    'merci à {G} pour la soirée à {place} 😍',
    '{ts} INFO connexion de {E} depuis {IP}',
    'Remboursement de {price} pour {drug} sur le compte {IB} de {N}.',
    'Merci de rappeler {S} au {PH} avant {mon}.',
    'Dossier patient : {U}, né(e) le {DOB}, suivi par {T}.',
  ],
  es: [
    'Hola,\n\nos adjunto la propuesta.\n\nUn saludo,\n{N}\nDirectora de Operaciones\nTel.: {PH}\n{E}',
    'Nombre: {N}\nDNI: {NID}\nTeléfono: {PH}\nFecha de nacimiento: {DOB}\nDirección: {ADDR}',
    'Estimada {SF}:\nle confirmamos el reembolso de {price} por {drug} en la cuenta {IB}.',
    'Atestado {ord}: el denunciante, {N}, nacido el {DOB}, con domicilio en {ADDR}, manifiesta haber sufrido un robo.',
    '[11:20] {G}: hola, no me llega el pedido {ord}\n[11:21] Agente: hola {G}, ¿me confirma su móvil?\n[11:22] {G}: {PH}',
    'Factura {ord} a nombre de {T}, {ADDR}. Pagada con tarjeta {CC}.',
    'gracias a {G} por venir hasta {place} 🙌',
    '{ts} WARN acceso denegado a {E} desde {IP}',
    'Transferencia de {G} recibida en la cuenta {IB}.',
    'Paciente {U}, fecha de nac. {DOB}, diagnóstico {disease}; la atiende {T}.',
    'Por favor, que {N} me llame al {PH}.',
    'Asegurado: {R}, DNI {NID}, nacido el {DOB}.',
  ],
};

const NEG: Record<Lang, string[]> = {
  en: [
    'Release {ver} of {product} ships on {date}; build finished at {ts}.',
    'The {firm} office in {place} ordered 40 boxes of {drug} (order {ord}, {price}).',
    'Clinical note: {disease} is unlikely; continue {drug} 500 mg twice daily.',
    '{ts} INFO job {ord} done in 412 ms, image {ver}',
    'Road trip: {place}, then {place}, then back via {street}.',
  ],
  de: [
    'Die {firm} liefert {product} ab {date} aus, Bestellung {ord}.',
    'Verordnung: {drug} 400 mg, bei {disease} Dosis anpassen.',
    '{ts} INFO Dienst gestartet, Version {ver}',
    'Wir treffen uns in {place} an der {street}, Preis pro Person {price}.',
  ],
  fr: [
    'La société {firm} livre les {product} à partir du {date} (commande {ord}).',
    "Traitement : {drug} 1 g matin et soir ; pas d'argument pour une {disease}.",
    '{ts} INFO version {ver} déployée',
    'Départ de {place}, arrivée {street} à {place}, tarif {price}.',
  ],
  es: [
    '{firm} distribuye el {product} desde el {date}; pedido {ord}.',
    'Tratamiento con {drug} cada 8 horas; se descarta {disease}.',
    '{ts} INFO versión {ver} desplegada',
    'Salida desde {place} por {street}, precio {price}.',
  ],
};

const FAKERS: Record<Lang, Faker> = { en: fakerEN_US, de: fakerDE, fr: fakerFR, es: fakerES };
const TITLES: Record<Lang, string[]> = {
  en: ['Mr', 'Ms', 'Mrs', 'Dr', 'Officer', 'Sgt.'],
  de: ['Herrn', 'Frau', 'Dr.', 'Herr Dr.', 'Frau Prof.'],
  fr: ['M.', 'Mme', 'Dr', 'Madame', 'Monsieur'],
  es: ['Sr.', 'Sra.', 'Dra.', 'Dña.', 'Don'],
};
const FEMALE_TITLE: Record<Lang, string> = { en: 'Ms', de: 'Frau', fr: 'Madame', es: 'Sra.' };
const MONTHS: Record<Lang, string[]> = {
  en: 'January February March April May June July August September October November December'.split(
    ' ',
  ),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(
    ' ',
  ),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(
    ' ',
  ),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(
    ' ',
  ),
};
const PLACES: Record<Lang, string[]> = {
  en: [
    'Santa Monica',
    'Port Elizabeth',
    'Mount Vernon',
    'Fort Collins',
    'Lake Placid',
    'Saint Paul',
    'Victoria Falls',
    'Charlotte',
    'Cape Cod',
  ],
  de: [
    'Bad Homburg',
    'Sankt Augustin',
    'Garmisch-Partenkirchen',
    'Frankfurt am Main',
    'Halle (Saale)',
    'Kaiserslautern',
    'Friedrichshafen',
  ],
  fr: [
    'Saint-Denis',
    'Aix-en-Provence',
    'Saint-Étienne',
    'Mont-de-Marsan',
    'Sainte-Maxime',
    'Clermont-Ferrand',
    'Villeneuve-d’Ascq',
  ],
  es: [
    'San Sebastián',
    'Santa Cruz de Tenerife',
    'Alcalá de Henares',
    'San Fernando',
    'Puerto Banús',
    'Villa Olímpica',
  ],
};
const STREETS: Record<Lang, string[]> = {
  en: ['Route 66', 'Pacific Coast Highway', 'Abbey Road', 'Fifth Avenue'],
  de: ['Königsallee', 'Kurfürstendamm', 'Seestraße', 'Reeperbahn'],
  fr: ['la Canebière', 'les Champs-Élysées', 'la rue Sainte-Catherine', 'le quai Saint-Michel'],
  es: ['la Diagonal', 'la Castellana', 'la Gran Vía', 'el Paseo de Gracia'],
};
const PRODUCTS = [
  'Galaxy Note',
  'Model Y',
  'ThinkPad Carbon',
  'Surface Pro',
  'Golf Variant',
  'Clio Estate',
  'Ibiza Style',
  'Kindle Paperwhite',
  'Mac Studio',
  'Pixel Fold',
  'Aeron Chair',
];
const DRUGS = [
  'Ibuprofen',
  'Paracetamol',
  'Metformin',
  'Amoxicillin',
  'Pantoprazol',
  'Doliprane',
  'Nolotil',
  'Enantyum',
  'Voltaren',
  'Lisinopril',
  'Atorvastatin',
];
const DISEASES = [
  'Morbus Crohn',
  'Hashimoto-Thyreoiditis',
  'Parkinson Disease',
  'Lyme Borreliosis',
  'Guillain-Barré',
  'Ménière',
  'Raynaud Syndrome',
  'Hodgkin Lymphoma',
];
const FIRM_WORDS: Record<Lang, string[]> = {
  en: ['& Sons Ltd', 'Brothers Inc.', '& Partners LLP', 'Holdings PLC'],
  de: ['Logistik GmbH', '& Söhne KG', 'Immobilien AG', 'Bau GmbH & Co. KG'],
  fr: ['Frères SARL', '& Fils', 'Conseil SAS', 'Immobilier SA'],
  es: ['Hermanos S.L.', 'y Asociados', 'Construcciones S.A.', 'e Hijos S.L.'],
};

const rng = fakerEN_GB;
const pick = <T>(xs: readonly T[]): T => rng.helpers.arrayElement(xs);
const chance = (p: number): boolean => rng.number.float({ min: 0, max: 1 }) < p;
const int = (min: number, max: number): number => rng.number.int({ min, max });
const digits = (n: number): string => rng.string.numeric({ length: n, allowLeadingZeros: true });
const pad = (n: number): string => String(n).padStart(2, '0');

// Name syllables per language, for names that no list holds.
const SYLLABLES: Record<
  Lang,
  { on: string[]; nu: string[]; givenEnd: string[]; familyEnd: string[] }
> = {
  en: {
    on: ['Br', 'Th', 'K', 'Wr', 'Qu', 'Sh', 'Gl', 'Dr', 'V', 'Tr'],
    nu: ['a', 'e', 'o', 'i', 'ea', 'ai', 'ou'],
    givenEnd: ['lyn', 'dric', 'wen', 'mont', 'ric', 'ssa', 'bel'],
    familyEnd: ['thorpe', 'wick', 'hurst', 'combe', 'mere', 'cott', 'den'],
  },
  de: {
    on: ['Kr', 'W', 'Sch', 'G', 'Pf', 'H', 'Br', 'St', 'Z', 'L'],
    nu: ['a', 'e', 'i', 'o', 'ö', 'ü', 'au', 'ei'],
    givenEnd: ['trud', 'wald', 'lind', 'mar', 'hild', 'bert', 'wig'],
    familyEnd: ['hoff', 'bichler', 'meyer', 'reuth', 'kötter', 'lach', 'wedel'],
  },
  fr: {
    on: ['Gu', 'V', 'Ch', 'Br', 'Fl', 'M', 'Th', 'J', 'R', 'L'],
    nu: ['a', 'e', 'i', 'o', 'é', 'ou', 'au'],
    givenEnd: ['lène', 'bert', 'rine', 'ric', 'vain', 'lise', 'mond'],
    familyEnd: ['vrac', 'teau', 'rieux', 'chon', 'quet', 'gnac', 'zière'],
  },
  es: {
    on: ['B', 'Z', 'C', 'Ll', 'G', 'Qu', 'T', 'R', 'M', 'Ch'],
    nu: ['a', 'e', 'i', 'o', 'u', 'ia', 'ue'],
    givenEnd: ['rinda', 'lvaro', 'ndio', 'sela', 'rencio', 'nita', 'dulio'],
    familyEnd: ['rrieta', 'zábal', 'ndoa', 'gorri', 'tegui', 'ñeda', 'llera'],
  },
};

/** True when no name list or gazetteer holds `word`, nor knows it as a non-name word. */
function isUnlisted(word: string): boolean {
  return !isKnownGiven(word) && !isKnownFamily(word) && !NOT_NAME_WORDS.has(word);
}

function syllableName(lang: Lang, kind: 'givenEnd' | 'familyEnd'): string {
  const s = SYLLABLES[lang];
  for (;;) {
    let w = pick(s.on) + pick(s.nu);
    if (chance(0.4)) w += pick(['r', 'n', 'l', 'm', 's']) + pick(s.nu);
    w += pick(s[kind]);
    if (isUnlisted(w)) return w;
  }
}

interface Ctx {
  readonly lang: Lang;
  readonly f: Faker;
  readonly gb: boolean;
  given: string;
  family: string;
  source: 'faker' | 'unlisted';
}

/** A fresh person (30 % unlisted); the same person stays for the rest of the text. */
function newPerson(c: Ctx): void {
  if (chance(0.3)) {
    c.source = 'unlisted';
    c.given = syllableName(c.lang, 'givenEnd');
    c.family = syllableName(c.lang, 'familyEnd');
    return;
  }
  c.source = 'faker';
  const f = c.f;
  const sex = pick(['female', 'male'] as const);
  c.given = f.person.firstName(sex);
  c.family = familyName(f);
  if (c.lang === 'es' && chance(0.4)) c.family += ` ${familyName(f)}`;
  if (c.lang === 'en' && chance(0.15)) c.given += ` ${rng.string.alpha({ casing: 'upper' })}.`;
}

/** One family name: faker's Spanish ones come in pairs, French ones as "Le Gall", "Da Silva". */
function familyName(f: Faker): string {
  const full = f.person.lastName();
  const first = full.split(' ')[0] ?? full;
  return first.length >= 3 && /^\p{Lu}/u.test(first) ? first : full;
}

function dob(lang: Lang): string {
  const d = rng.date.birthdate({ mode: 'age', min: 16, max: 95, refDate: '2026-01-01T00:00:00Z' });
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const mon = MONTHS[lang][m - 1] ?? '';
  const yy = pad(y % 100);
  switch (lang) {
    case 'en': {
      const ord =
        day % 10 === 1 && day !== 11
          ? 'st'
          : day % 10 === 2 && day !== 12
            ? 'nd'
            : day % 10 === 3 && day !== 13
              ? 'rd'
              : 'th';
      return pick([
        `${m}/${day}/${yy}`,
        `${day}${ord} ${mon} ${y}`,
        `${mon} ${day}${ord}, ${y}`,
        `${pad(day)}.${pad(m)}.${y}`,
        `${y}/${pad(m)}/${pad(day)}`,
        `${mon.slice(0, 3)}. ${day}, ${y}`,
      ]);
    }
    case 'de':
      return pick([
        `${pad(day)}.${pad(m)}.${y}`,
        `${pad(day)}.${pad(m)}.${yy}`,
        `${day}. ${mon} ${y}`,
        `${day}.${m}.${y}`,
        `${pad(day)}. ${mon.slice(0, 3)}. ${y}`,
      ]);
    case 'fr':
      return pick([
        `${pad(day)}/${pad(m)}/${y}`,
        `${pad(day)}.${pad(m)}.${y}`,
        `${day === 1 ? '1er' : day} ${mon} ${y}`,
        `${pad(day)}-${pad(m)}-${y}`,
      ]);
    case 'es':
      return pick([
        `${pad(day)}/${pad(m)}/${y}`,
        `${day}-${m}-${y}`,
        `${day} de ${mon} de ${y}`,
        `${day}/${mon.slice(0, 3)}/${y}`,
        `${pad(day)}.${pad(m)}.${y}`,
      ]);
  }
}

const REGIONS: Record<Lang, CountryCode> = { en: 'US', de: 'DE', fr: 'FR', es: 'ES' };

/** A valid number of the language's country in one of several written forms. */
function phone(c: Ctx): string {
  const region: CountryCode = c.gb ? 'GB' : REGIONS[c.lang];
  const f = c.gb ? fakerEN_GB : c.f;
  for (;;) {
    const p = parsePhoneNumberFromString(f.phone.number({ style: 'national' }), region);
    if (p === undefined || !p.isValid()) continue;
    const national = p.formatNational();
    switch (int(0, 5)) {
      case 0:
        return p.number; // E.164: +4915112345678
      case 1:
        return p.formatInternational();
      case 2:
        return national.replace(/[\s()/-]/g, ''); // 015112345678
      case 3:
        return region === 'DE' ? national.replace(' ', '/') : national;
      case 4:
        // "+49 (0)30 …": the bracketed trunk zero, not written for the US and Spain.
        return p
          .formatInternational()
          .replace(' ', ' (0)')
          .replace(/^(\+1|\+34) \(0\)/, '$1 ');
      default:
        return national;
    }
  }
}

function address(c: Ctx): string {
  const f = c.gb ? fakerEN_GB : c.f;
  const street = f.location.street();
  const no = String(int(1, 180)) + (chance(0.1) ? pick(['a', 'b', 'B']) : '');
  // A few addresses have no house number; the postcode still makes them a postal address.
  const numbered = chance(0.92);
  switch (c.gb ? 'gb' : c.lang) {
    case 'gb':
      return `${numbered ? `${no} ` : ''}${street}, ${f.location.city()} ${f.location.zipCode()}`;
    case 'en':
      return `${numbered ? `${no} ` : ''}${street}${chance(0.2) ? `, Apt ${int(1, 40)}` : ''}, ${f.location.city()}, ${f.location.state({ abbreviated: true })} ${f.location.zipCode('#####')}`;
    case 'de':
      return `${street}${numbered ? ` ${no}` : ''}, ${chance(0.2) ? 'D-' : ''}${f.location.zipCode()} ${f.location.city()}`;
    case 'fr': {
      const city = f.location.city();
      return `${numbered ? `${no}${chance(0.1) ? ' bis' : ''}, ` : ''}${street}, ${f.location.zipCode()} ${chance(0.3) ? city.toUpperCase() : city}`;
    }
    case 'es':
      return `${street}${numbered ? `, ${no}` : ''}${numbered && chance(0.3) ? `, ${int(1, 9)}º ${pick(['A', 'B', 'C', 'izq.', 'dcha.'])}` : ''}, ${f.location.zipCode()} ${f.location.city()}`;
  }
}

function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function card(): string {
  const prefix = pick(['4', '4', '51', '53', '55', '2221', '2720', '34', '37', '6011', '65']);
  const len = prefix === '34' || prefix === '37' ? 15 : 16;
  const body = prefix + digits(len - 1 - prefix.length);
  const d = body + String(luhnDigit(body));
  const sep = pick(['', ' ', ' ', '-']);
  if (sep === '') return d;
  return len === 15
    ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
    : (d.match(/.{4}/g) ?? []).join(sep);
}

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r;
}

const IBAN_COUNTRIES: Record<Lang, string[]> = {
  en: ['GB', 'IE', 'DE', 'NL'],
  de: ['DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'BE', 'MC'],
  es: ['ES', 'ES', 'PT', 'AD'],
};

function iban(lang: Lang): string {
  for (;;) {
    const v = rng.finance.iban({ countryCode: pick(IBAN_COUNTRIES[lang]) });
    const moved = (v.slice(4) + v.slice(0, 4)).replace(/[A-Z]/g, (ch) =>
      String(ch.charCodeAt(0) - 55),
    );
    if (mod97(moved) !== 1) continue;
    return chance(0.5) ? v.replace(/(.{4})(?=.)/g, '$1 ') : v;
  }
}

function nationalId(lang: Lang): string {
  if (lang === 'fr') {
    const body = `${pick(['1', '2'])}${pad(int(40, 99))}${pad(int(1, 12))}${pad(int(1, 95))}${String(int(1, 990)).padStart(3, '0')}${String(int(1, 999)).padStart(3, '0')}`;
    const key = pad(97 - Number(BigInt(body) % 97n));
    return chance(0.5)
      ? `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`
      : body + key;
  }
  const n = int(10_000_000, 99_999_999);
  return `${n}${chance(0.3) ? '-' : ''}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23] ?? 'T'}`;
}

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function entity(slot: string, c: Ctx): [string, string] | undefined {
  const f = c.f;
  switch (slot) {
    case 'N':
      return ['PERSON', `${c.given} ${c.family}`];
    case 'G':
      return ['PERSON', c.given.split(' ')[0] ?? c.given];
    case 'S':
    case 'SF':
      return ['PERSON', c.family];
    case 'T':
      return ['PERSON', `${c.given} ${c.family}`];
    case 'U':
      return ['PERSON', `${c.family} ${c.given}`.toUpperCase()];
    case 'R':
      return ['PERSON', `${c.family}, ${c.given}`];
    case 'E': {
      const user = chance(0.6)
        ? `${c.given.split(' ')[0] ?? ''}.${c.family.split(' ')[0] ?? ''}`
            .toLowerCase()
            .normalize('NFD')
            .replace(/[^a-z.]/g, '')
        : f.internet.username().toLowerCase();
      return ['EMAIL', `${user}@${f.internet.domainName()}`];
    }
    case 'PH':
      return ['PHONE', phone(c)];
    case 'CC':
      return ['CREDIT_CARD', card()];
    case 'IB':
      return ['IBAN', iban(c.lang)];
    case 'SSN': {
      const area = pick([int(1, 665), int(667, 899)]);
      return [
        'US_SSN',
        `${String(area).padStart(3, '0')}-${pad(int(1, 99))}-${String(int(1, 9999)).padStart(4, '0')}`,
      ];
    }
    case 'NID':
      return ['NATIONAL_ID', nationalId(c.lang)];
    case 'IP':
      return ['IP_ADDRESS', chance(0.8) ? rng.internet.ipv4() : rng.internet.ipv6()];
    case 'DOB':
      return ['DATE_OF_BIRTH', dob(c.lang)];
    case 'ADDR':
      return ['STREET_ADDRESS', address(c)];
    case 'URL':
      return [
        'URL',
        `https://${f.internet.domainName()}/${pick(['help', 'track', 'account'])}/${digits(6)}`,
      ];
    case 'AWS':
      return [
        'AWS_ACCESS_KEY',
        `AKIA${rng.string.fromCharacters('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
      ];
    case 'GH':
      return ['GITHUB_TOKEN', `ghp_${rng.string.fromCharacters(B62, 36)}`];
    case 'SEC':
      return ['GENERIC_SECRET', rng.string.fromCharacters(B62, int(24, 40))];
  }
  return undefined;
}

/** A second person (a chat agent) by given name; the text's person stays the same. */
function agent(c: Ctx): [string, string] {
  const saved = { given: c.given, family: c.family, source: c.source };
  newPerson(c);
  const value = c.given.split(' ')[0] ?? c.given;
  agentSource = c.source;
  Object.assign(c, saved);
  return ['PERSON', value];
}
let agentSource: Ctx['source'] = 'faker';

function negative(slot: string, c: Ctx): string {
  const f = c.f;
  const d = rng.date.between({ from: '2020-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' });
  switch (slot) {
    case 'ord':
      return `${pick(['SO-', 'RMA', 'CASE-', 'Nr. ', 'N° ', 'AZ '])}${digits(int(6, 9))}`;
    case 'price': {
      const v = rng.number.float({ min: 5, max: 9000, fractionDigits: 2 });
      return c.lang === 'en' ? `£${v.toFixed(2)}` : `${v.toFixed(2).replace('.', ',')} €`;
    }
    case 'ver':
      return pick([
        `v${int(0, 9)}.${int(0, 30)}.${int(0, 99)}`,
        `${int(1, 20)}.${int(0, 9)}.${int(0, 9)}-rc.${int(1, 5)}`,
        `build ${int(1000, 9999)}.${int(1, 99)}`,
        `${int(1, 4)}.${int(0, 9)}.${int(0, 9)}.${int(0, 255)}`,
      ]);
    case 'date':
      return pick([
        `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`,
        d.toISOString().slice(0, 10),
      ]);
    case 'ts':
      return pick([
        d.toISOString(),
        d.toISOString().replace('T', ' ').slice(0, 19),
        `[${d.toUTCString()}]`,
      ]);
    case 'firm':
      return chance(0.5)
        ? `${f.person.lastName().split(' ')[0] ?? ''} ${pick(FIRM_WORDS[c.lang])}`
        : `${f.person.lastName().split(' ')[0] ?? ''} & ${f.person.lastName().split(' ')[0] ?? ''}`;
    case 'place':
      return pick(PLACES[c.lang]);
    case 'street':
      return pick(STREETS[c.lang]);
    case 'product':
      return pick(PRODUCTS);
    case 'drug':
      return pick(DRUGS);
    case 'disease':
      return pick(DISEASES);
    case 'mon':
      return pick(MONTHS[c.lang]);
  }
  throw new Error(`unknown slot ${slot}`);
}

/** Deterministic: the same `n` and `seed` give the same records. */
export function generateHeldout2(n = 2000, seed = 73102026): Heldout2Record[] {
  [fakerEN_US, fakerEN_GB, fakerDE, fakerFR, fakerES].forEach((f, i) => f.seed(seed + i));
  const out: Heldout2Record[] = [];
  for (let i = 0; i < n; i++) {
    const lang = LANGS[i % LANGS.length] ?? 'en';
    const neg = chance(0.18);
    const list = (neg ? NEG : POS)[lang];
    const ti = rng.number.int(list.length - 1);
    const ctx: Ctx = {
      lang,
      f: FAKERS[lang],
      gb: lang === 'en' && chance(0.3),
      given: '',
      family: '',
      source: 'faker',
    };
    newPerson(ctx);
    const template = list[ti] ?? '';
    let text = '';
    const entities: Heldout2Span[] = [];
    const negatives: HeldoutRecord['negatives'] = [];
    for (const [k, part] of template.split(/\{(\w+)\}/).entries()) {
      if (k % 2 === 0) {
        text += part;
        continue;
      }
      if (part === 'S' || part === 'T') text += `${pick(TITLES[lang])} `;
      if (part === 'SF') text += `${FEMALE_TITLE[lang]} `;
      const ent = part === 'A' ? agent(ctx) : entity(part, ctx);
      const value = ent?.[1] ?? negative(part, ctx);
      if (ent !== undefined) {
        const span = { type: ent[0], start: text.length, end: text.length + value.length };
        entities.push(
          ent[0] === 'PERSON' ? { ...span, source: part === 'A' ? agentSource : ctx.source } : span,
        );
      } else negatives.push({ kind: part, start: text.length, end: text.length + value.length });
      text += value;
    }
    out.push({
      id: `heldout2-${String(i).padStart(5, '0')}`,
      lang,
      template: `${lang}:${neg ? 'neg' : 'pos'}${ti}`,
      text,
      entities,
      negatives,
    });
  }
  return out;
}
