/**
 * Generator for `bench/pii-heldout.ts`: labelled texts in English, German, French and Spanish built
 * at run time from our own templates and @faker-js/faker values (fixed seed, nothing downloaded,
 * nothing taken from the developer corpus). Offsets are recorded while each text is assembled.
 */
import { fakerDE, fakerEN, fakerEN_GB, fakerES, fakerFR, type Faker } from '@faker-js/faker';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Span } from '../src/privacy/engine/span-scoring.js';

export type Lang = 'en' | 'de' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];

export interface HeldoutRecord {
  readonly id: string;
  readonly lang: Lang;
  /** Template key, e.g. `de:pos7`, for grouping errors. */
  readonly template: string;
  readonly text: string;
  readonly entities: Span[];
  readonly negatives: { kind: string; start: number; end: number }[];
}

// Slots: entity slots produce labelled spans, lowercase-named slots produce hard negatives.
const POS: Record<Lang, string[]> = {
  en: [
    'Support ticket {ord}: {P} says the invoice went to the wrong inbox. The right one is {E}, callback on {PH}.',
    "hey it's {PL}, can u text me at {PH} when the parcel is out for delivery? thx",
    'HR record: employee {P}; DOB {DOB}; SSN {SSN}; start date {date}.',
    'Our records show {PT} moved to {ADDR} last month, so please update the billing profile.',
    'Payment failed for {P}: the card {CC} was declined (amount {price}).',
    'The refund of {price} goes to account {IB}, holder {P}, reference {ord}.',
    'Security alert: a new sign-in to {E} from {IP} at {ts}.',
    'Firewall dropped packets from {IP6}; agent {ver} logged the event.',
    'Candidate {P} (date of birth: {DOB}) uploaded a CV, portfolio at {URL}',
    'FYI {PF} pasted the prod creds in #ops: AWS key {AWS} and password={SEC}. Rotate asap.',
    '.env found in the public repo:\nGH_PAT={GH}\nSLACK_BOT={SLK}\napi_key: {SEC}',
    'Caller identified as {PU}, born {DOB}, confirmed the postal address {ADDR}.',
    'Meeting notes: {P} and {P} from {co} agreed to revisit pricing on {date}. Follow up via {E}.',
    'CRM note: spoke with {PT} ({PH}), wants a quote sent to {E} before {mon}.',
    'Please reset MFA for {E}. Last seen from {IP}, mobile {PH}, profile {URL}.',
    'W-4 on file for {P}, social {SSN}, mailing address {ADDR}.',
  ],
  de: [
    'Sehr geehrter Herr {PLN}, Ihre Bestellung {ord} wird an {ADDR} geliefert. Rückfragen gern unter {PH}.',
    'Personalakte: {P}, Geburtsdatum {DOB}, wohnhaft {ADDR}.',
    'Bitte überweisen Sie {price} auf das Konto {IB} (Kontoinhaber: {P}).',
    'Rückruf erbeten: {PT} ist unter {PH} oder per Mail an {E} erreichbar.',
    'Die Kreditkarte {CC} von {P} wurde abgelehnt, Vorgang {ord}.',
    'Anmeldung von {IP} am {date} um 14:05 Uhr für das Konto {E}; der Zugriff ist gesperrt.',
    'Kundin {P}, geb. am {DOB}, hat am {date} die {noun} eingereicht.',
    'hallo, hier ist {PL} aus der Buchhaltung, ruf mich bitte kurz unter {PH} an',
    'Im Wiki stand der Zugang im Klartext: PASSWORT={SEC} und der Token {GH}. Bitte sofort ändern!',
    'Konfiguration für das Monitoring: aws_access_key_id={AWS}, slack_token={SLK}',
    'Lieferadresse geändert auf {ADDR}, Ansprechpartner {P}, Telefon {PH}.',
    'MITARBEITER: {PU} | ABTEILUNG: VERTRIEB | GEBURTSDATUM: {DOB}',
    'Das Profil von {P} findet sich unter {URL}; das Server-Log meldet Zugriffe von {IP6}.',
    'Bewerbung eingegangen: {PRN}, E-Mail {E}, gewünschter Eintritt {date}.',
    'Die Rechnung {ord} über {price} ging an {P} bei {co}.',
  ],
  fr: [
    'Bonjour, je suis {P}, vous pouvez me joindre au {PH} ou par courriel à {E}.',
    'Dossier RH : {PFR}, né le {DOB}, domicilié au {ADDR}.',
    'Madame {PLN} demande le remboursement de {price} sur son IBAN {IB}.',
    'Paiement refusé pour la carte {CC} de {PT} (commande {ord}).',
    'Connexion suspecte depuis {IP} le {date} sur le compte {E}.',
    "salut c'est {PL}, tu peux me rappeler au {PH} stp ?",
    'Fiche client : {P} / date de naissance : {DOB} / adresse : {ADDR}',
    'Le mot de passe de la base traîne en clair (db_password={SEC}) et la clé AWS {AWS} aussi.',
    "Jeton Slack {SLK} et jeton GitHub {GH} à révoquer d'urgence.",
    'Merci de renvoyer le contrat signé à {PT}, {ADDR}, avant le {date}.',
    'Profil de {P} : {URL} ; dernière connexion depuis {IP6}.',
    'Note CRM : {P} de la société {co} souhaite être rappelé au {PH} en {mon}.',
    'ÉTAT CIVIL : {PU}, née le {DOB} à Lyon.',
    'Le virement de {P} vers {IB} a été validé le {date}. Réf. {ord}.',
  ],
  es: [
    'Hola, soy {P}. Mi correo es {E} y mi móvil {PH}.',
    'Expediente de personal: {P}, fecha de nacimiento {DOB}, domicilio {ADDR}.',
    'Devolución de {price} a la cuenta {IB} a nombre de {PT}.',
    'La tarjeta {CC} de {P} ha sido rechazada en el pedido {ord}.',
    'Inicio de sesión desde {IP} el {date} con el usuario {E}.',
    'buenas, soy {PL}, llámame al {PH} cuando puedas',
    '{PT}, nacida el {DOB}, solicita el cambio de domicilio a {ADDR}.',
    'En el fichero de configuración aparece contraseña: {SEC} junto a la clave {AWS}.',
    'Revocad ya el token {GH} y el del bot de Slack {SLK}, están en el repositorio público.',
    'Nota CRM: {P} de {co} pide presupuesto antes de {mon}; teléfono {PH}.',
    'Perfil de {P}: {URL} (último acceso desde {IP6}).',
    'PACIENTE: {PU} | F. NACIMIENTO: {DOB} | TEL: {PH}',
    'Envíe la documentación a {P}, {ADDR}, antes del {date}.',
    'Transferencia de {PF} a la cuenta {IB} confirmada; referencia {ord}.',
  ],
};

const NEG: Record<Lang, string[]> = {
  en: [
    'Invoice {ord} for {price} is due on {date}; nothing else pending.',
    'Rolled out {ver} at {ts}, image digest sha256:{sha}.',
    'The test number {badcc} failed the checksum, so job {uuid} skipped it.',
    'The {co} booth at the {mon} fair near {street} costs {price}.',
    'Transfer rejected: IBAN {badiban} has wrong check digits (batch {ord}).',
  ],
  de: [
    'Die Wartung ist für den {date} geplant, Version {ver} wird ab {ts} ausgerollt.',
    'Bestellung {ord} über {price}: die {noun} erfolgt im {mon}.',
    'Die Kartennummer {badcc} ist ungültig, Prüfsumme falsch; Vorgang {uuid}.',
    'Die IBAN {badiban} wurde abgelehnt. {noun} folgt per Post.',
    'Unsere Filiale in der {street} bleibt ab {date} geschlossen, {noun} bitte bei {co} abholen.',
    'Commit {sha} behebt den Fehler in der {noun}.',
  ],
  fr: [
    "La facture {ord} d'un montant de {price} est à régler avant le {date}.",
    'Mise à jour {ver} déployée le {ts} ; empreinte {sha}.',
    'Le numéro {badcc} ne passe pas le contrôle de Luhn ; requête {uuid}.',
    'IBAN {badiban} rejeté : clé de contrôle invalide.',
    'Rendez-vous au salon de {mon}, {street}, avec l’équipe {co}.',
  ],
  es: [
    'La factura {ord} por {price} vence el {date}.',
    'Versión {ver} publicada el {ts}; hash {sha}.',
    'El número {badcc} no supera la validación; petición {uuid}.',
    'IBAN {badiban} rechazado por dígitos de control incorrectos.',
    'La tienda de {street} cierra en {mon}; {co} se encarga del inventario.',
  ],
};

const FAKERS: Record<Lang, Faker> = { en: fakerEN, de: fakerDE, fr: fakerFR, es: fakerES };
const TITLES: Record<Lang, string[]> = {
  en: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.'],
  de: ['Herr', 'Frau', 'Dr.', 'Prof. Dr.', 'Herrn'],
  fr: ['M.', 'Mme', 'Mlle', 'Dr', 'Maître'],
  es: ['Sr.', 'Sra.', 'D.', 'Dña.', 'Dr.'],
};
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
const STREETS: Record<Lang, string[]> = {
  en: ['Main Street', 'Oak Avenue', 'Park Lane', 'Baker Street', 'Sunset Boulevard'],
  de: ['Hauptstraße', 'Bahnhofstraße', 'Goethestraße', 'Marktplatz', 'Lindenallee'],
  fr: ['rue de la Paix', 'avenue Victor Hugo', 'boulevard Voltaire', 'place de la République'],
  es: ['Calle Mayor', 'Gran Vía', 'Plaza de España', 'Avenida de la Constitución'],
};
const NOUNS = [
  'Kündigung',
  'Lieferung',
  'Zahlungserinnerung',
  'Rechnungskorrektur',
  'Abholung',
  'Gutschrift',
  'Mahnung',
  'Vertragsänderung',
  'Sonderanfertigung',
];

const rng = fakerEN;
const pick = <T>(xs: readonly T[]): T => rng.helpers.arrayElement(xs);
const chance = (p: number): boolean => rng.number.float({ min: 0, max: 1 }) < p;
const digits = (n: number): string => rng.string.numeric({ length: n, allowLeadingZeros: true });
const pad = (n: number): string => String(n).padStart(2, '0');

function luhnCheck(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function ibanValid(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  const moved = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let r = 0;
  for (const ch of moved) r = (r * 10 + Number(ch)) % 97;
  return r === 1;
}

function groupCard(d: string, sep: string): string {
  const sizes = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : [4, 4, 4, 4];
  if (d.length === 13 || sep === '') return d;
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) out.push(d.slice(i, (i += s)));
  return out.join(sep);
}

function cardDigits(): string {
  const issuer = pick(['visa', 'visa', 'mastercard', 'mastercard', 'american_express', 'discover']);
  const raw = rng.finance.creditCardNumber(pick([issuer, issuer, issuer, 'jcb', 'diners_club']));
  const body = raw.replace(/\D/g, '').slice(0, -1);
  return body + String(luhnCheck(body));
}

function groupIban(s: string): string {
  return s.replace(/(.{4})(?=.)/g, '$1 ');
}

interface Ctx {
  lang: Lang;
  f: Faker;
  gb: boolean;
  first: string;
  last: string;
}

function personParts(c: Ctx): [string, string] {
  const f = c.f;
  let first = f.person.firstName();
  if (chance(0.1)) first = `${first}-${f.person.firstName()}`;
  if (c.lang === 'en' && chance(0.2))
    first += chance(0.5)
      ? ` ${f.person.middleName()}`
      : ` ${rng.string.alpha({ casing: 'upper' })}.`;
  let last = f.person.lastName();
  if (c.lang === 'es' && chance(0.25))
    last = last.split(' ')[0] ?? last; // faker es gives two surnames
  else if (chance(0.12)) last = `${last}-${f.person.lastName()}`;
  else if (c.lang === 'de' && chance(0.05)) last = `${pick(['von', 'van der', 'von der'])} ${last}`;
  else if (c.lang === 'fr' && chance(0.05)) last = `${pick(['de', 'Le', 'du'])} ${last}`;
  c.first = first;
  c.last = last;
  return [first, last];
}

function dateText(lang: Lang, d: Date): string {
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const mon = MONTHS[lang][m - 1] ?? '';
  const iso = `${y}-${pad(m)}-${pad(day)}`;
  switch (lang) {
    case 'en':
      return pick([
        `${pad(m)}/${pad(day)}/${y}`,
        `${m}/${day}/${y}`,
        `${mon} ${day}, ${y}`,
        `${day} ${mon} ${y}`,
        `${mon.slice(0, 3)} ${day}, ${y}`,
        iso,
      ]);
    case 'de':
      return pick([`${pad(day)}.${pad(m)}.${y}`, `${day}.${m}.${y}`, `${day}. ${mon} ${y}`, iso]);
    case 'fr':
      return pick([`${pad(day)}/${pad(m)}/${y}`, `${day === 1 ? '1er' : day} ${mon} ${y}`, iso]);
    case 'es':
      return pick([
        `${pad(day)}/${pad(m)}/${y}`,
        `${day}/${m}/${y}`,
        `${pad(day)}-${pad(m)}-${y}`,
        `${day} de ${mon} de ${y}`,
      ]);
  }
}

function phone(c: Ctx): string {
  const f = c.gb ? fakerEN_GB : c.f;
  const intl = chance(0.45);
  let n = f.phone.number({ style: intl ? 'international' : 'national' });
  // faker de sometimes makes national numbers starting "00" (an international prefix): redraw.
  while (n.replace(/\D/g, '').startsWith('00')) n = f.phone.number({ style: 'national' });
  if (!intl || chance(0.4)) return n;
  return parsePhoneNumberFromString(n)?.formatInternational() ?? n;
}

function address(c: Ctx): string {
  const f = c.gb ? fakerEN_GB : c.f;
  if (c.lang === 'en' && !c.gb)
    return `${f.location.streetAddress(chance(0.3))}, ${f.location.city()}, ${f.location.state({ abbreviated: true })} ${f.location.zipCode('#####')}`;
  return `${f.location.streetAddress()}, ${c.gb ? `${f.location.city()} ` : ''}${f.location.zipCode()}${c.gb ? '' : ` ${f.location.city()}`}`;
}

function ipv6(): string {
  const groups = rng.internet.ipv6().split(':');
  if (chance(0.5)) return groups.join(':');
  const at = rng.number.int({ min: 1, max: 4 });
  const len = rng.number.int({ min: 2, max: 3 });
  const strip = (g: readonly string[]): string => g.map((x) => x.replace(/^0+(?=.)/, '')).join(':');
  return `${strip(groups.slice(0, at))}::${strip(groups.slice(at + len))}`;
}

const IBAN_COUNTRIES: Record<Lang, string[]> = {
  en: ['GB', 'GB', 'IE', 'NL', 'DE'],
  de: ['DE', 'DE', 'AT', 'CH', 'NL'],
  fr: ['FR', 'FR', 'BE', 'LU', 'CH'],
  es: ['ES', 'ES', 'PT', 'IT', 'FR'],
};

function iban(c: Ctx): string {
  for (;;) {
    const v = rng.finance.iban({ countryCode: pick(IBAN_COUNTRIES[c.lang]) });
    if (ibanValid(v)) return chance(0.5) ? groupIban(v) : v;
  }
}

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const token = (n: number, chars = B62): string => rng.string.fromCharacters(chars, n);

/** Value of an entity slot, or undefined when the slot is not an entity. */
function entity(slot: string, c: Ctx): [string, string] | undefined {
  const f = c.f;
  const name = (): string => personParts(c).join(' ');
  switch (slot) {
    case 'P':
      return ['PERSON', chance(0.2) ? personParts(c)[0] : name()];
    case 'PT':
    case 'PF':
      return ['PERSON', slot === 'PF' ? personParts(c)[0] : name()];
    case 'PL':
      return ['PERSON', name().toLowerCase()];
    case 'PU':
      return ['PERSON', name().toUpperCase()];
    case 'PLN':
      return ['PERSON', personParts(c)[1]];
    case 'PRN':
      return ['PERSON', `${personParts(c)[1]}, ${c.first}`];
    case 'PFR':
      return ['PERSON', `${personParts(c)[1].toUpperCase()} ${c.first}`];
    case 'E':
      return [
        'EMAIL',
        c.first !== '' && chance(0.6)
          ? f.internet.email({
              firstName: c.first.split(' ')[0] ?? c.first,
              lastName: c.last.split(' ')[0] ?? c.last,
            })
          : f.internet.email(),
      ];
    case 'PH':
      return ['PHONE', phone(c)];
    case 'CC':
      return ['CREDIT_CARD', groupCard(cardDigits(), pick(['', ' ', ' ', '-']))];
    case 'IB':
      return ['IBAN', iban(c)];
    case 'SSN': {
      let area = rng.number.int({ min: 1, max: 899 });
      if (area === 666) area = 667;
      const g = pad(rng.number.int({ min: 1, max: 99 }));
      const s = String(rng.number.int({ min: 1, max: 9999 })).padStart(4, '0');
      const sep = chance(0.85) ? '-' : ' ';
      return ['US_SSN', `${String(area).padStart(3, '0')}${sep}${g}${sep}${s}`];
    }
    case 'IP':
      return ['IP_ADDRESS', rng.internet.ipv4()];
    case 'IP6':
      return ['IP_ADDRESS', chance(0.3) ? rng.internet.ipv4() : ipv6()];
    case 'DOB':
      return [
        'DATE_OF_BIRTH',
        dateText(
          c.lang,
          rng.date.birthdate({ mode: 'age', min: 18, max: 90, refDate: '2025-01-01T00:00:00Z' }),
        ),
      ];
    case 'ADDR':
      return ['STREET_ADDRESS', address(c)];
    case 'URL': {
      const base = f.internet.url({ appendSlash: false });
      const path = chance(0.6) ? `/${rng.lorem.slug(2)}` : '';
      return ['URL', `${base}${path}${chance(0.3) ? `?id=${digits(5)}&ref=mail` : ''}`];
    }
    case 'AWS':
      return [
        'AWS_ACCESS_KEY',
        `${chance(0.9) ? 'AKIA' : 'ASIA'}${token(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
      ];
    case 'GH':
      return ['GITHUB_TOKEN', `${pick(['ghp', 'ghp', 'gho', 'ghs'])}_${token(36)}`];
    case 'SLK':
      return [
        'SLACK_TOKEN',
        `${pick(['xoxb', 'xoxb', 'xoxp'])}-${digits(12)}-${digits(13)}-${token(24)}`,
      ];
    case 'SEC':
      return [
        'GENERIC_SECRET',
        token(rng.number.int({ min: 20, max: 40 }), chance(0.6) ? B62 : `${B62}_-!@#%*`),
      ];
  }
  return undefined;
}

function negative(slot: string, c: Ctx): string {
  const f = c.f;
  const d = rng.date.between({ from: '2019-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' });
  switch (slot) {
    case 'ord':
      return `${pick(['#', 'PO-', 'INV-', 'A-', 'BE-', 'CMD-', 'PED-'])}${rng.number.int({ min: 2019, max: 2026 })}-${digits(5)}`;
    case 'price': {
      const v = rng.number.float({ min: 3, max: 25000, fractionDigits: 2 });
      if (c.lang === 'en') return `$${v.toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
      return `${v.toLocaleString(c.lang === 'fr' ? 'fr-FR' : 'de-DE', { minimumFractionDigits: 2 })} €`;
    }
    case 'ver':
      return chance(0.3)
        ? `${rng.number.int(20)}.${rng.number.int(20)}.${rng.number.int(9)}.${rng.number.int(255)}`
        : `${chance(0.5) ? 'v' : ''}${rng.system.semver()}`;
    case 'date':
      return dateText(c.lang, d);
    case 'ts':
      return pick([d.toISOString().replace(/\.\d+/, ''), String(Math.floor(d.getTime() / 1000))]);
    case 'uuid':
      return rng.string.uuid();
    case 'sha':
      return chance(0.5) ? rng.git.commitSha() : token(64, '0123456789abcdef');
    case 'badcc': {
      const dgs = cardDigits().padEnd(16, '7').slice(0, 15);
      const bad = (luhnCheck(dgs) + rng.number.int({ min: 1, max: 9 })) % 10;
      return groupCard(dgs + String(bad), pick(['', ' ', '-']));
    }
    case 'badiban': {
      const v = iban(c).replace(/ /g, '');
      const cd = (Number(v.slice(2, 4)) + rng.number.int({ min: 1, max: 90 })) % 97;
      const bad = `${v.slice(0, 2)}${pad(cd < 2 ? cd + 2 : cd)}${v.slice(4)}`;
      return ibanValid(bad) ? `${bad.slice(0, 2)}00${bad.slice(4)}` : bad;
    }
    case 'co':
      return f.company.name();
    case 'mon':
      return pick(MONTHS[c.lang]);
    case 'street':
      return pick(STREETS[c.lang]);
    case 'noun':
      return pick(NOUNS);
  }
  throw new Error(`unknown slot ${slot}`);
}

/** Deterministic: the same `n` and `seed` give the same records. */
export function generateHeldout(n = 2000, seed = 424242): HeldoutRecord[] {
  [fakerEN, fakerEN_GB, fakerDE, fakerFR, fakerES].forEach((f, i) => f.seed(seed + i));
  const out: HeldoutRecord[] = [];
  for (let i = 0; i < n; i++) {
    const lang = LANGS[i % LANGS.length] ?? 'en';
    const neg = chance(0.15);
    const list = (neg ? NEG : POS)[lang];
    const ti = rng.number.int(list.length - 1);
    const ctx: Ctx = {
      lang,
      f: FAKERS[lang],
      gb: lang === 'en' && chance(0.3),
      first: '',
      last: '',
    };
    let text = '';
    const entities: Span[] = [];
    const negatives: HeldoutRecord['negatives'] = [];
    for (const [k, part] of (list[ti] ?? '').split(/\{(\w+)\}/).entries()) {
      if (k % 2 === 0) {
        text += part;
        continue;
      }
      if (part === 'PT') text += `${pick(TITLES[lang])} `;
      const ent = entity(part, ctx);
      const value = ent?.[1] ?? negative(part, ctx);
      if (ent !== undefined)
        entities.push({ type: ent[0], start: text.length, end: text.length + value.length });
      else negatives.push({ kind: part, start: text.length, end: text.length + value.length });
      text += value;
    }
    const id = `heldout-${String(i).padStart(5, '0')}`;
    out.push({
      id,
      lang,
      template: `${lang}:${neg ? 'neg' : 'pos'}${ti}`,
      text,
      entities,
      negatives,
    });
  }
  return out;
}
