import type { EntityType } from './entity-types.js';

/**
 * Context words in English, German, French and Spanish, lower-case. A word found shortly before a
 * candidate (or in the column header of a table cell) raises its score; a negative word lowers
 * it. Matching is on word boundaries, so "dob" does not fire inside "adobe".
 */
export const CONTEXT_WORDS: Readonly<Partial<Record<EntityType, readonly string[]>>> = {
  PERSON: [
    'name',
    'my name is',
    'dear',
    'hi',
    'hello',
    'mr',
    'mrs',
    'ms',
    'dr',
    'patient',
    'customer',
    'client',
    'employee',
    'applicant',
    'contact',
    'user',
    'owner',
    'signed',
    'from',
    'by',
    'manager',
    'engineer',
    'full name',
    'first name',
    'last name',
    'firstname',
    'lastname',
    'fullname',
    'givenname',
    'familyname',
    'lname',
    'fname',
    'nachn',
    'vorn',
    'apellido1',
    'apellido2',
    'respondent',
    'surname',
    'holder',
    'attn',
    'name',
    'nachname',
    'vorname',
    'herr',
    'frau',
    'kunde',
    'kundin',
    'liebe',
    'lieber',
    'sehr geehrte',
    'sehr geehrter',
    'hallo',
    'patientin',
    'ansprechpartner',
    'nom',
    'prénom',
    'prenom',
    'monsieur',
    'madame',
    'mme',
    'mlle',
    'cher',
    'chère',
    'bonjour',
    'client',
    'cliente',
    'nombre',
    'apellido',
    'apellidos',
    'señor',
    'señora',
    'sr',
    'sra',
    'estimado',
    'estimada',
    'hola',
    'paciente',
    'titular',
    'contacto',
  ],
  EMAIL: ['email', 'e-mail', 'mail', 'courriel', 'correo', 'adresse', 'contact'],
  PHONE: [
    'phone',
    'tel',
    'telephone',
    'mobile',
    'cell',
    'call',
    'reach',
    'fax',
    'number',
    'contact',
    'sms',
    'whatsapp',
    'telefon',
    'telefonnummer',
    'handy',
    'mobil',
    'rufnummer',
    'anrufen',
    'téléphone',
    'telephone',
    'portable',
    'numéro',
    'numero',
    'joindre',
    'appeler',
    'teléfono',
    'telefono',
    'móvil',
    'movil',
    'celular',
    'llamar',
    'llame',
    'llámame',
    'llamadme',
    'tél',
    'tlf',
    'tfno',
    'nummer',
    'rappeler',
    'rappelez',
    'rappelle',
    'appel',
    'appelez',
    'rückruf',
    'erreichbar',
    'llamada',
    'llamadas',
    'contacto',
    'número',
    'msisdn',
    'text',
    'ring',
    'dial',
    'hotline',
    'direct line',
    'line',
    'ligne',
    'ligne directe',
    'línea',
    'linea',
    'durchwahl',
    'handynummer',
    'mobilnummer',
    'unter',
    'erreichen',
    'joignable',
    'coordonnées',
    'llamará',
    'llamaré',
    'llámanos',
    'llamanos',
    'escríbeme',
    'dudas',
  ],
  CREDIT_CARD: [
    'card',
    'credit',
    'debit',
    'visa',
    'mastercard',
    'amex',
    'payment',
    'pay',
    'charge',
    'cc',
    'karte',
    'kreditkarte',
    'kartennummer',
    'carte',
    'bancaire',
    'crédit',
    'tarjeta',
    'crédito',
    'credito',
    'pago',
    'paiement',
    'zahlung',
  ],
  IBAN: [
    'iban',
    'account',
    'bank',
    'konto',
    'bankverbindung',
    'compte',
    'cuenta',
    'transfer',
    'sepa',
  ],
  US_SSN: [
    'ssn',
    'social security',
    'social security number',
    'ss#',
    'ss #',
    'tin',
    'taxpayer',
    'sozialversicherungsnummer',
    'sécurité sociale',
    'securite sociale',
    'seguro social',
    'seguridad social',
  ],
  NATIONAL_ID: [
    'id',
    'national id',
    'identity',
    'passport',
    'dni',
    'nie',
    'nif',
    'steuer-id',
    'steuerid',
    'steuer-identifikationsnummer',
    'identifikationsnummer',
    'steuernummer',
    'personalausweis',
    'insee',
    'nir',
    'sécurité sociale',
    'securite sociale',
    'numéro de sécurité sociale',
    'bsn',
    'burgerservicenummer',
    'codice fiscale',
    'documento',
    'identidad',
    'carte vitale',
  ],
  IP_ADDRESS: [
    'ip',
    'ip address',
    'address',
    'host',
    'server',
    'from',
    'client',
    'login',
    'logged',
    'source',
    'src',
    'dst',
    'destination',
    'gateway',
    'remote',
    'peer',
    'blocked',
    'request',
    'connection',
    'ip-adresse',
    'adresse ip',
    'dirección ip',
    'direccion ip',
    'backup',
    'node',
  ],
  DATE_OF_BIRTH: [
    'dob',
    'd.o.b',
    'born',
    'birth',
    'date of birth',
    'birthday',
    'birthdate',
    'bday',
    'b.',
    'age',
    'geboren',
    'geb.',
    'geburtsdatum',
    'geburtstag',
    'né',
    'née',
    'né le',
    'née le',
    'date de naissance',
    'naissance',
    'nacido',
    'nacida',
    'fecha de nacimiento',
    'nacimiento',
    'f. nac',
    'fecha de nac',
    'fecha nac',
    'fec. nac',
    'nac.',
    'f. de nacimiento',
    'geb.-datum',
    'gebdat',
    'ddn',
    'f.nac',
    'fec nac',
    'fech nac',
    'geb.dat',
    'geb.-dat',
    'gebdatum',
    'geb.datum',
    'date naiss',
    'date de naiss',
    'né(e)',
    'nací',
    'naci',
    'nació',
    'nacio',
    'cumpleaños',
    'anniversaire',
    'geburtsort',
    'date of b',
    'birth date',
  ],
  GENERIC_SECRET: [
    'password',
    'passwd',
    'pwd',
    'pass',
    'secret',
    'token',
    'api key',
    'apikey',
    'api_key',
    'key',
    'credential',
    'credentials',
    'auth',
    'bearer',
    'access key',
    'private',
    'passwort',
    'kennwort',
    'schlüssel',
    'mot de passe',
    'clé',
    'cle',
    'contraseña',
    'contrasena',
    'clave',
    'secreto',
  ],
};

export { NEGATIVE_WORDS } from './negative-words.js';

// "_" separates words: keys such as "date_of_birth" or "fecha_nacimiento" hold context words.
export function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code > 191
  );
}

/** True when `word` occurs in `hay` with no letter or digit glued to either side. */
export function containsWord(hay: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const i = hay.indexOf(word, from);
    if (i < 0) return false;
    const before = i === 0 ? 32 : hay.charCodeAt(i - 1);
    const after = i + word.length >= hay.length ? 32 : hay.charCodeAt(i + word.length);
    const edgeStart = !isWordChar(word.charCodeAt(0)) || !isWordChar(before);
    const edgeEnd = !isWordChar(word.charCodeAt(word.length - 1)) || !isWordChar(after);
    if (edgeStart && edgeEnd) return true;
    from = i + 1;
  }
}

/** Index of the last occurrence of `word` in `hay` on word boundaries, or -1. */
export function lastWordIndex(hay: string, word: string): number {
  for (let i = hay.lastIndexOf(word); i >= 0; i = i === 0 ? -1 : hay.lastIndexOf(word, i - 1)) {
    const before = i === 0 ? 32 : hay.charCodeAt(i - 1);
    const after = i + word.length >= hay.length ? 32 : hay.charCodeAt(i + word.length);
    const edgeStart = !isWordChar(word.charCodeAt(0)) || !isWordChar(before);
    const edgeEnd = !isWordChar(word.charCodeAt(word.length - 1)) || !isWordChar(after);
    if (edgeStart && edgeEnd) return i;
  }
  return -1;
}

/** True when any of `words` occurs in `hay` (see {@link containsWord}). */
export function containsAnyWord(hay: string, words: readonly string[] | undefined): boolean {
  if (words === undefined) return false;
  // Context before offset 0 is empty (every whole-cell finding): only an empty word could match.
  if (hay.length === 0) {
    for (const w of words) if (w.length === 0 && containsWord(hay, w)) return true;
    return false;
  }
  return anyWordRegex(words).test(hay);
}

const WORD_CLASS = String.raw`0-9A-Za-z\u00c0-\uffff`;
const anyWordRegexes = new WeakMap<readonly string[], RegExp>();

/**
 * One regex for a list of words, each with the word edges {@link containsWord} checks: a
 * single pass over the text instead of one search per word (the negative lists run long).
 */
function anyWordRegex(words: readonly string[]): RegExp {
  let re = anyWordRegexes.get(words);
  if (re === undefined) {
    const parts = words
      .filter((w) => w.length > 0)
      .map((w) => {
        const escaped = w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        const start = isWordChar(w.charCodeAt(0)) ? `(?<![${WORD_CLASS}])` : '';
        const end = isWordChar(w.charCodeAt(w.length - 1)) ? `(?![${WORD_CLASS}])` : '';
        return start + escaped + end;
      });
    re = parts.length === 0 ? /(?!)/ : new RegExp(parts.join('|'));
    anyWordRegexes.set(words, re);
  }
  return re;
}

/** Turns a column header such as `date_of_birth` or `DOB` into context text: `date of birth`. */
export function headerToContext(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .toLowerCase();
}

/** A lower-case ASCII or Latin-1 letter. */
export function isLowerCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 223 && c <= 255);
}

/** True when only blanks stand between the line's start and `at`. */
export function startsLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10;
}
