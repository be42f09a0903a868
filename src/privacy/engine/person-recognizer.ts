import {
  AMBIGUOUS_GIVEN,
  FAMILY_NAMES,
  GIVEN_NAMES,
  NAMED_AFTER_PEOPLE,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  TITLES,
  TRADE_WORDS,
} from './name-lists.js';
import { findAttendeeNames, mayHaveAttendees } from './attendee-names.js';
import { findCapsNames, findGivenCapsNames, mayHaveCapsName } from './cased-names.js';
import { isKnownFamily, isKnownGiven, isWideFamily, isWideGiven } from './name-gazetteer.js';
import {
  findKeyValueNames,
  findLabelledNames,
  mayHaveKeyValueNames,
  mayHaveLabelledNames,
} from './labelled-names.js';
import { findReversedNames } from './reversed-names.js';
import {
  FIELD_LABELS,
  findChatHeaders,
  findCoordinatedNames,
  findDisplayNames,
  mayHaveChatHeaders,
  mayHaveDisplayNames,
  findRepeatedNames,
  findSignature,
  hasRepeatedWord,
  isPossessive,
  stripPossessive,
  type Token,
} from './person-text-passes.js';
import type { ScanState } from './scan-state.js';

/** Titles (Mr, Frau, Mme …): in name-lists.ts, exported here as before. */
export { TITLES };

// A capitalised word ("Anna", "O'Brien", "McDonald", "Jean-Luc", "Ängel"); possessive 's trimmed later.
const WORD_RE =
  /(?<![\p{L}\p{N}_@./\\#-])[\p{Lu}][\p{L}'’-]*[\p{Ll}](?:['’]s)?(?![\p{L}\p{N}_@\\])/gu;

const ORG_SUFFIX_RE =
  /^\s*(?:&|Inc\b|Ltd\b|LLC\b|GmbH\b|AG\b|KG\b|UG\b|OHG\b|GbR\b|KGaA\b|S\.?A\.?\b|SAS\b|SARL\b|SEM\b|SCOP\b|S\.?L\.?\b|S\.?p\.?A\.?\b|B\.?V\.?\b|N\.?V\.?\b|PLC\b|Corp\b|Co\b|Group\b|e Hijos\b|y Asociados\b|and Sons\b|und Söhne\b|et Fils\b|Bank\b|University\b|Hospital\b|Street\b|Road\b|Avenue\b|Lane\b|Drive\b|Straße\b|Strasse\b|team\b|office\b|offsite\b|branch\b|store\b|campus\b)/;

// More capitalised names, then a firm word: "Saucedo Paredes, Prieto Rocha y Sevilla Asociados".
const FIRM_TAIL_RE =
  /^(?:,? (?:(?:y|e|and|und|et|&) )?\p{Lu}[\p{L}'’-]+){1,6},? (?:S\.?A\.?|S\.?L\.?|SAS|SARL|GmbH|AG|KG|LLC|Inc|Ltd|PLC|Asociados|Hermanos|Hnos\.?|e Hijos|y Asociados|and Sons|und Söhne|et Fils|& Co|Group|Gruppe|Groupe|Grupo|Partners|Partner)\b/u;
const MONTH_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'Julio',
  'June',
  'April',
  'May',
  'August',
  'Avril',
]);
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Okt Dez Mär Janv Févr Avr Juil Déc Ene Abr Ago Dic'.split(
    ' ',
  ),
);
// An organisation word, a name and a conjunction right before: "société Martin et …".
const ORG_PAIR_BEFORE_RE =
  /(?:^|[^\p{L}])(?:société|societe|entreprise|firme|maison|cabinet|groupe|agence|company|firm|agency|firma|kanzlei|gruppe|empresa|compañía|sociedad|grupo|bufete|agencia|team|équipe|equipe|equipo)\s+\p{Lu}[\p{L}'’-]+\s+(?:et|and|und|y|e|&)\s+$/iu;
// Words right before a name that introduce an organisation: "la société Bernard", "Firma Koch".
const ORG_BEFORE_RE =
  /(?:^|[^\p{L}])(?:société|societe|entreprise|firme|maison|cabinet|groupe|agence|company|firm|agency|corporation|firma|unternehmen|kanzlei|gruppe|empresa|compañía|compania|sociedad|grupo|bufete|agencia|team|équipe|equipe|equipo)\s+$/iu;
// Institutions named after people: "École élémentaire Jules Ferry", "Hospital Gregorio Marañón".
const NAMED_INSTITUTION_BEFORE_RE =
  /(?:^|[^\p{L}])(?:école|ecole|collège|lycée|schule|grundschule|gymnasium|realschule|colegio|escuela|instituto|liceo|school|academy|hospital|hôpital|krankenhaus|klinikum|stade|estadio|stadion|aéroport|airport|flughafen|aeropuerto|gare|bahnhof|estación|fondation|stiftung|fundación|foundation|prix|preis|premio|award|médiathèque|bibliothèque|biblioteca)(?:\s+\p{Ll}[\p{Ll}-]{2,20}){0,2}\s+$/iu;
// "Kulas, Windler and Skiles", "Koch, Weber & Partner", "Schinner - Douglas": names joined
// as one firm.
const ORG_LIST_RE =
  /\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}'’-]+,? (?:and|und|et|y|e|&) \p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’]+ [-–] \p{Lu}[\p{L}'’]+/gu;
// A street type right before: "avenue Victor Hugo", "Calle Pablo Neruda" name a street.
const STREET_BEFORE_RE =
  /(?:^|[^\p{L}])(?:avenue|rue|boulevard|bd|place|quai|allée|allee|impasse|chemin|street|avenue|road|square|calle|avenida|paseo|plaza|camino|carrer|straße|strasse|platz|allee|weg)\s+$/iu;

// Words right before a name that introduce a person, in four languages.
const CUE_BEFORE_RE =
  /(?:^|[^\p{L}])(?:kontakt|ansprechpartner|ansprechpartnerin|inhaber|inhaberin|kontoinhaber|kontoinhaberin|begünstigter|begünstigte|titulaire|bénéficiaire|titular|beneficiario|beneficiaria|ordenante|account holder|cardholder|card holder|beneficiary|holder|owner|contacto|atención de|attention de|dear|hi|hello|hey|thanks|thank you|patient|applicant|candidate|employee|contact|attn|name is|named|name|signed|surname|last name|family name|first name|given name|nachname|familienname|vorname|prénom|prenom|nom de famille|apellido|apellidos|nombre de pila|coucou|servus|moin|buenas|élève|eleve|student|schüler|schülerin|alumno|alumna|étudiant|étudiante|conducteur|conductrice|driver|fahrer|fahrerin|conductor|conductora|witness|témoin|temoin|zeuge|zeugin|testigo|ship to|liebe|lieber|hallo|herr|frau|kunde|kundin|patientin|mitarbeiter|mitarbeiterin|bewerber|bewerberin|kandidat|kandidatin|bonjour|cher|chère|salut|merci|monsieur|madame|mme|patiente|candidat|candidate|hola|estimado|estimada|querido|querida|señor|señora|sr|sra|paciente|cliente|empleado|empleada|candidato|candidata|nom|nombre|name|sister|brother|wife|husband|friend|colleague|daughter|son|tochter|sohn|fille|fils|hija|hijo|schwester|bruder|kollege|kollegin|freundin|sœur|soeur|frère|frere|collègue|hermana|hermano|compañera|compañero|amiga|amigo|complainant|victim|victime|geschädigte|geschädigter|denunciante|asegurado|asegurada|versicherungsnehmer|versicherungsnehmerin|assuré|assurée|richter|richterin|vorsitzende|vorsitzender|judge|justice|juge|président|présidente|magistrat|magistrate|magistrada|magistrado|juez|jueza|inspector|inspectora|inspektor|inspektorin|inspecteur|inspectrice|kommissar|kommissarin|commissaire|detective|sergeant|sgt|constable|pc|agente|officer|technician|techniker|technikerin|technicien|technicienne|técnico|técnica|brigadier|gendarme|lieutenant|capitaine|commandant|adjudant|sargento|teniente|capitán|comisario|comisaria|polizist|polizistin|wachtmeister|captain|lieutenant|married|heiratete|verheiratet mit|épouse|épousé|marié à|mariée à|casado con|casada con|schrieb|wrote|a écrit|escribió)(?:\/in|\/innen|\(in\)|\(e\)|\(a\)|\/a|\/e)?\s*[:,]?\s*$/iu;
// Sign-offs, thanks, prepositions and roles: they introduce a person, but also a team, a firm, a
// product or a drug ("danke an Vodafone", "Cheers, Devops", "together with Tylenol", "the Windows
// agent", "Customer Care"), so one capitalised word after them needs a name list as well.
const WEAK_CUE_BEFORE_RE =
  /(?:^|[^\p{L}])(?:fyi|regards|grüße|grüßen|cordialement|saludo|saludos|atentamente|sincerely|cheers|merci à|danke an|gracias a|shoutout to|to|with|from|by|cc|call|customer|client|user|agent|agente|engineer|manager|conseiller|conseillère|asesor|asesora|berater|beraterin|operator|operador|operadora|support)\s*[:,]?\s*$/iu;
// What follows a name: a possessive noun or a verb of communication.
const CUE_AFTER_RE =
  /^(?:['’]s\s+(?:profile|account|email|e-mail|phone|number|address|card|order|record|file|manager|birthday|wife|husband|son|daughter|mother|father)|\s+(?:emailed|called|wrote|said|asked|replied|signed|joined|lives|was born|reported|paid|ordered|requested|booked|cancelled|canceled|complained|confirmed|works|schrieb|rief|wohnt|bestellte|zahlte|arbeitet|unterschrieb|wurde geboren|a écrit|a appelé|habite|a payé|a commandé|a signé|travaille|est né|est née|escribió|llamó|vive|pagó|compró|firmó|trabaja|nació)\b|\s*\((?:DOB|born|né|née|geb)\b|,\s+(?:CPA|MD|M\.D\.|PhD|Ph\.D\.|Esq\.|RN|DDS|DVM|MBA|LL\.M\.)(?![\p{L}])|,\s+(?:your|you|votre|vous|ton|ta|tes|tu|su|sus|dein|deine|ihr|ihre)\s)/iu;
// Prefixes only surnames have: O'Sullivan, McCarthy, MacLeod, D'Angelo, FitzGerald.
const SURNAME_PREFIX_RE = /^(?:O['’]|Mc|Mac(?=\p{Lu})|D['’]|Fitz)\p{Lu}/u;
const SURNAME_SUFFIX_RE =
  /(?:sson|son|sen|ez|es|ski|ska|sky|ova|eva|ov|ev|ini|elli|etti|ucci|mann|berg|stein|ier|eau|ault|akis|opoulos|ian|yan|enko|uk|wicz|vić|vic|ić|ing|ton|ley|ford|wood|well|field)$/;

// "Saint-Denis", "Port Elizabeth", "Santa Monica", "Bad Homburg": a place, even with a name in it.
const PLACE_PREFIX_RE =
  /^(?:Saint|Sainte|St|Ste|Sankt|San|Santa|Santo|São|Sao|Port|Fort|Mount|Mont|Bad|Puerto|Porto|Cape|Cap|Villeneuve|Lake|Lac|Lago)(?:-|$)/u;
// A preposition of place right before a lone capitalised word.
const PLACE_PREPOSITION_BEFORE_RE = /(?:^|\s)(?:in|nach|en|near)\s$/iu;
// "St. Moritz", "Ste. Marie", "Sta. Lucía": an abbreviated saint names a place.
const SAINT_BEFORE_RE = /(?:^|[^\p{L}])(?:St|Ste|Sta|Sto|Sn)\.\s?$/u;
// Travel words before a lone name ("arrivée à Lourdes", "Abfahrt Florenz", "change in Charlotte").
const TRAVEL_BEFORE_RE =
  /(?:^|[^\p{L}])(?:arriv\p{L}*|départ|depart\p{L}*|correspondance|escale|abfahrt|ankunft|umstieg|umsteigen|halt|salida|llegada|escala|transbordo|change|stopover|layover|flight|vol|flug|vuelo|train|zug|tren)\s+(?:(?:à|a|de|d'|in|en|at|to|from|nach|von|ab|über|via|por)\s+)?$/iu;
const QUESTION_AFTER_RE = /^ (?:you|we|i|they|he|she|it)\b/;
const QUANTITY_BEFORE_RE =
  /(?:^|[^\p{L}\d])\d{1,4} ?[×x] ?(?:(?:Mr|Mrs|Dr|Don|Uncle|Monsieur)\.? )?$/u;
// Rooms and buildings named after people: Room "Marie Curie", Raum „Ada Lovelace", salle Curie.
const ROOM_BEFORE_RE =
  /(?:^|[^\p{L}])(?:room|raum|saal|salle|sala|hall|building|gebäude|bâtiment|edificio|auditorium|hörsaal|amphi|aula)\s+["„“«']?\s*$/iu;
// A course, then what it teaches: "Taller de Arduino", "Kurs zu Python", "Workshop on Ruby".
const TOPIC_BEFORE_RE =
  /(?:^|[^\p{L}])(?:workshop|taller|atelier|kurs|curso|cours|course|class|clase|seminar|seminario|séminaire|einführung|introducción|introduction|intro|tutorial|formation|formación|schulung|training)\s+(?:de|d['’]|on|to|in|zu|sur|en|über|about|of|for)\s*$/iu;
// A capitalised name and an ampersand right before: "Smitham & ".
const FIRM_AMPERSAND_BEFORE_RE = /\p{Lu}[\p{L}'’-]+ & $/u;
// A chat line's start or time stamp right before a name: "[10:12] Émeline : …", "Jonas: …",
// "[CRM] 2025-03-18T22:04:26Z – Nikolas: …".
const SPEAKER_BEFORE_RE =
  /(?:(?:^|\n)[ \t]*|(?:^|\n)[^\n]{0,60}?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?\]?[ \t]*(?:[–—-][ \t]*)?)$/;
// A chat time stamp after a speaker's name: "Constantin (07:51): Hallo".
const TIME_AFTER_SPEAKER_RE = /^ \(\d{1,2}:\d{2}(?::\d{2})?\) ?:/;
// A chat time stamp right before a name: "[09:41] ", "14:02 ".
const TIMESTAMP_BEFORE_RE = /(?:^|\s)\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+$/;
// A preposition right before a lone given name: "Transferencia de Ester", "merci à Chloé" (not
// "a" or "an": English articles).
const PREPOSITION_BEFORE_RE =
  /(?:^|[\s(])(?:de|à|von|für|pour|para|avec|con|mit|par|por|chez|bei)\s$/iu;

const GAP_RE = /^ (?:\p{Lu}\.? )?((?:\p{L}{1,3} ){0,2})$/u;

/**
 * True when the text between two capitalised words keeps them in one name ("K.", "van der").
 * `prevWord` is the capitalised word before the gap.
 */
function joinsName(gap: string, prevWord: string): boolean {
  const m = GAP_RE.exec(gap);
  if (m === null) return false;
  const particles = (m[1] ?? '').trim();
  // "hat Kai den Token": a lone "den", "der" or "dem" is a German article, unless it follows a
  // capitalised particle ("Van der Berg").
  if (
    (particles === 'den' || particles === 'der' || particles === 'dem') &&
    !NAME_PARTICLES.has(prevWord)
  )
    return false;
  return particles === '' || particles.split(' ').every((p) => NAME_PARTICLES.has(p));
}

/**
 * PERSON: sequences of capitalised words scored by the name lists (given name + family name is
 * strong, one listed part is medium), titles and context words; sequences touching a hard
 * negative (month, company, place, street word) are cut or dropped.
 */
export function findPersons(s: ScanState): void {
  const text = s.text;
  const tokens: Token[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  }
  let i = 0;
  while (i < tokens.length) {
    const seq: Token[] = [];
    for (let tok = tokens[i]; tok !== undefined; tok = tokens[i]) {
      const prev = seq[seq.length - 1];
      if (prev !== undefined) {
        if (seq.length >= 5 || isPossessive(prev.word)) break;
        const gap = text.slice(prev.end, tok.start);
        if (!joinsName(gap, prev.word)) break;
        // A particle joins names only: "Der Vertrag von Anna Schulze" and "Mia von der
        // Buchhaltung" are a noun, then a name; "Ludwig van Beethoven" is one name.
        if (gap.length > 3 && /\p{Ll}/u.test(gap) && !particleJoins(prev.word, tok.word)) break;
        // "José María Aznar y Ana Botella": a given name after "y" starts a second person
        // ("Ortega y Gasset" stays one name).
        // "Esteban y Marisol": after one word, a given name that is no family name does too.
        if (
          CONJUNCTION_GAP_RE.test(gap) &&
          isWideGiven(tok.word) &&
          (seq.length >= 2 || !isWideFamily(tok.word))
        )
          break;
      }
      seq.push(tok);
      i++;
    }
    scoreSequence(s, seq);
  }
  const caps = mayHaveCapsName(text);
  if (caps) {
    findCapsNames(s);
    findGivenCapsNames(s);
  }
  if (mayHaveAttendees(text)) findAttendeeNames(s);
  if (mayHaveLabelledNames(text)) findLabelledNames(s);
  if (mayHaveKeyValueNames(text)) findKeyValueNames(s);
  if (mayHaveDisplayNames(text)) findDisplayNames(s);
  if (mayHaveChatHeaders(text)) findChatHeaders(s);
  if (
    text.includes(' and ') ||
    text.includes(' und ') ||
    text.includes(' et ') ||
    text.includes(' y ')
  )
    findCoordinatedNames(s);
  findSignature(s);
  if (caps || text.includes(', ')) findReversedNames(s);
  if (tokens.length >= 2 && hasRepeatedWord(tokens)) findRepeatedNames(s, tokens);
}

// Between a title and a name: its particles ("Frau| von |Weizsäcker").
const PARTICLES_GAP_RE =
  /^\.?\s((?:(?:van|von|de|del|della|di|da|du|le|la|der|den|ten|ter|zu|dos|das|do) ){1,3})$/u;
// A title, then name particles, right before a capitalised word.
const TITLE_PARTICLES_BEFORE_RE =
  /(?:^|[\s(])(?:Herr|Herrn|Frau|Mr|Mrs|Ms|Dr|Prof|M|Mme|Mlle|Me|Sr|Sra|Srta|Dña|Don|Doña|Madame|Monsieur|Mademoiselle|Señor|Señora|Señorita|Senor|Senora)\.?\s((?:(?:van|von|de|del|della|di|da|du|le|la|der|den|ten|ter|zu|dos|das|do) ){1,3})$/u;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLowerCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 223 && c <= 255);
}

const CONJUNCTION_GAP_RE = /^ (?:y|e|i|und|and|et) $/u;
// German nouns of offices and things end so; surnames almost never do.
const NOUN_SUFFIX_RE = /(?:ung|heit|keit|schaft|abteilung|amt|ion|tät|erei)$/u;

/** True when a particle may join `before` and `after` into one name. */
function particleJoins(before: string, after: string): boolean {
  if (NOUN_SUFFIX_RE.test(after)) return false;
  return (
    NAME_PARTICLES.has(before) ||
    isWideGiven(before) ||
    isWideFamily(before) ||
    listed(GIVEN_NAMES, before) ||
    listed(FAMILY_NAMES, before)
  );
}

/**
 * Index of the token after a particle gap ("de", "von") when the text after the sequence, or
 * the tokens after that gap, end in a firm word: the person's name stops there. 0 when not.
 */
function firmParticle(text: string, seq: readonly Token[]): number {
  const last = seq[seq.length - 1];
  if (seq.length < 3 || last === undefined) return 0;
  const tail = text.slice(last.end, last.end + 80);
  if (!ORG_SUFFIX_RE.test(tail.slice(0, 14)) && !FIRM_TAIL_RE.test(tail)) return 0;
  for (let i = 1; i < seq.length; i++) {
    const gap = text.slice(seq[i - 1]?.end ?? 0, seq[i]?.start ?? 0);
    if (gap !== ' ' && /^ (?:de|del|de la|von|van|di|da) $/.test(gap)) return i;
  }
  return 0;
}

type FirmList = readonly [start: number, end: number, isFirm: boolean];
const NO_FIRM_LISTS: readonly FirmList[] = [];
// Firm lists of the text being scanned, found once per scan (a long text has many names to check).
let firmListScan: ScanState | undefined;
let firmListCache: readonly FirmList[] = NO_FIRM_LISTS;

function firmLists(s: ScanState): readonly FirmList[] {
  if (firmListScan === s) return firmListCache;
  const text = s.text;
  let lists = NO_FIRM_LISTS;
  if (text.includes(', ') || text.includes(' - ') || text.includes(' – ')) {
    const found: FirmList[] = [];
    ORG_LIST_RE.lastIndex = 0;
    for (let m = ORG_LIST_RE.exec(text); m !== null; m = ORG_LIST_RE.exec(text)) {
      const isFirm = !m[0].includes(', ') || !m[0].split(/[\s,&]+/).some((w) => GIVEN_NAMES.has(w));
      found.push([m.index, m.index + m[0].length, isFirm]);
    }
    lists = found;
  }
  firmListScan = s;
  firmListCache = lists;
  return lists;
}

/** True when `start..end` lies in a "Name, Name and Name" firm whose parts are not given names. */
function insideFirmList(s: ScanState, start: number, end: number): boolean {
  for (const [from, to, isFirm] of firmLists(s)) {
    if (from > start) return false;
    if (to >= end) return isFirm;
  }
  return false;
}

/** "Hugo Boss", "Dr. Oetker", "Santiago de Compostela": a brand or place named after people. */
function isNamedAfterPeople(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (NAMED_AFTER_PEOPLE.has(name)) return true;
  const titled = /(?:Dr\.?|St\.?|Saint|San|Santa) $/.exec(
    text.slice(Math.max(0, start - 6), start),
  );
  return titled !== null && NAMED_AFTER_PEOPLE.has(titled[0] + name);
}

/** "Julio Araña Ibarra", "June Carter": a month that is a given name, before a family name. */
function monthGivenName(seq: readonly Token[]): boolean {
  return (
    seq.length >= 2 &&
    MONTH_GIVEN_NAMES.has(seq[0]?.word ?? '') &&
    isKnownFamily(stripPossessive(seq[seq.length - 1]?.word ?? ''))
  );
}

/** Hyphenated names count when a part is listed: "Anna-Lena", "Lindemann-Schulz". */
function listed(set: ReadonlySet<string>, w: string): boolean {
  return set.has(w) || (w.includes('-') && w.split('-').some((p) => set.has(p)));
}

function scoreSequence(s: ScanState, raw: Token[]): void {
  // "Seguros Aurora", "Harbourside Pharmacy": a trade word makes a business of the words with it.
  if (raw.some((t) => TRADE_WORDS.has(stripPossessive(t.word)))) return;
  // "Lake Louise", "Mount Pleasant": a place word opening the run, even where it is listed.
  if (raw.length >= 2 && PLACE_PREFIX_RE.test(raw[0]?.word ?? '')) return;
  let seq = raw;
  let titled = false;
  // "Bonjour Mme Chloé Lefèvre": whatever precedes a title is not part of the name.
  let lastTitle = seq.length - 1;
  while (lastTitle >= 0 && !TITLES.has(seq[lastTitle]?.word ?? '')) lastTitle--;
  let afterTitle = -1; // where the title ends, when the name follows it
  if (lastTitle > 0) {
    afterTitle = seq[lastTitle]?.end ?? -1;
    seq = seq.slice(lastTitle + 1);
    titled = true;
  }
  // Leading salutations and titles ("Dear", "Dr.") are context, not part of the name.
  while (
    seq.length > 0 &&
    (NOT_NAME_WORDS.has(seq[0]?.word ?? '') || TITLES.has(seq[0]?.word ?? '')) &&
    !monthGivenName(seq)
  ) {
    if (TITLES.has(seq[0]?.word ?? '')) titled = true;
    afterTitle = seq[0]?.end ?? -1; // "Madame de Roy": particles after a salutation too
    seq = seq.slice(1);
  }
  // "Kundin Bianca", "Contact Maria": a capitalised cue word before a name introduces it.
  // "Der Geschädigte Waumemar Zilahoff": before two more words the cue goes whatever they are.
  while (
    seq.length >= 2 &&
    (CUE_BEFORE_RE.test(`${seq[0]?.word ?? ''} `) ||
      WEAK_CUE_BEFORE_RE.test(`${seq[0]?.word ?? ''} `)) &&
    !isWideGiven(seq[0]?.word ?? '') &&
    (seq.length >= 3 ||
      isWideGiven(stripPossessive(seq[1]?.word ?? '')) ||
      isWideFamily(stripPossessive(seq[1]?.word ?? '')))
  ) {
    seq = seq.slice(1);
  }
  // "Transferencia de Carles", "Profil von Marten": a noun, a particle, then a name — the noun
  // is not part of the name.
  if (
    seq.length === 2 &&
    s.text.slice(seq[0]?.end ?? 0, seq[1]?.start ?? 0) !== ' ' &&
    !isWideGiven(seq[0]?.word ?? '') &&
    !isWideFamily(seq[0]?.word ?? '') &&
    (isWideGiven(stripPossessive(seq[1]?.word ?? '')) ||
      isWideFamily(stripPossessive(seq[1]?.word ?? '')))
  )
    seq = seq.slice(1);
  // "Raquel Paz de Sosa Rubio e Hijos": a firm named after a family follows the person; the
  // name ends before the particle that starts the firm.
  const firmAt = firmParticle(s.text, seq);
  if (firmAt > 0) seq = seq.slice(0, firmAt);
  // "Contact Maria Lopez", "Please Anna": an unlisted capitalised word before a listed given
  // name is a sentence opener, not part of the name.
  while (
    seq.length >= 3 &&
    !isWideGiven(seq[0]?.word ?? '') &&
    !isWideFamily(seq[0]?.word ?? '') &&
    isWideGiven(stripPossessive(seq[1]?.word ?? ''))
  ) {
    seq = seq.slice(1);
  }
  // "Jordan River", "Victoria Station", "Elm Street": a listed non-name word inside the sequence
  // makes the whole sequence a place or an organisation.
  // Particles inside a name ("Fatima El Amrani", "Juan De La Cruz") are not such words.
  // "Julio Araña Ibarra", "June Carter": a month that is also a given name, before a listed
  // family name, is the given name.
  if (
    seq.some(
      (t, k) =>
        NOT_NAME_WORDS.has(stripPossessive(t.word)) &&
        !(k > 0 && k < seq.length - 1 && NAME_PARTICLES.has(t.word)) &&
        !(k === 0 && monthGivenName(seq)),
    )
  )
    return;
  if (seq.some((t, k) => PLACE_PREFIX_RE.test(t.word) && (k === 0 || t.word.includes('-')))) return;
  const firstTok = seq[0];
  const lastTok = seq[seq.length - 1];
  if (firstTok === undefined || lastTok === undefined) return;
  const text = s.text;
  const start = firstTok.start;
  const lastWord = stripPossessive(lastTok.word);
  const end = lastTok.start + lastWord.length;
  // Nothing before or after the name (a whole cell): no cue, title or suffix to look for.
  const atStart = start === 0;
  const atEnd = end >= text.length;
  if (!atEnd && ORG_SUFFIX_RE.test(text.slice(end, end + 14))) return;
  // "User-Agent: Galaxy Tab/10.17.30": a product and its version.
  if (text.charCodeAt(end) === 47 && isDigitCode(text.charCodeAt(end + 1))) return;
  // "Jan 10, 2022", "Mar 2021": a month abbreviation before a number is a date.
  if (seq.length === 1 && MONTH_ABBREVIATIONS.has(lastWord) && /^\.?\s?\d/.test(text.slice(end)))
    return;
  // "l’équipe Vasseur et Adam": the second name of a firm introduced by an organisation word.
  if (!atStart && ORG_PAIR_BEFORE_RE.test(text.slice(Math.max(0, start - 48), start))) return;
  if (!atEnd && FIRM_TAIL_RE.test(text.slice(end, end + 80))) return;
  if (!atStart && ORG_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start))) return;
  if (!atStart && ROOM_BEFORE_RE.test(text.slice(Math.max(0, start - 14), start))) return;
  // "2 × Jenny Craig refill", "3x Mr. Proper": a quantity before it makes a product.
  if (!atStart && QUANTITY_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))) return;
  // "Can you confirm …", "Will you": a question opener, not a name.
  if (seq.length === 1 && QUESTION_AFTER_RE.test(text.slice(end, end + 6))) return;
  if (insideFirmList(s, start, end)) return;
  // "Geschätzter Schaden: € 185,73", "Zimmer: 132": unlisted words opening a line before a colon
  // and a number are a field's label.
  if (
    (start === 0 || text.charCodeAt(start - 1) === 10) &&
    /^ ?:[ \t]*[\d€$£]/.test(text.slice(end, end + 8)) &&
    !seq.some(
      (t) => listed(GIVEN_NAMES, stripPossessive(t.word)) || isKnownGiven(stripPossessive(t.word)),
    )
  )
    return;
  // "Price: 12 EUR": a field label before its colon, whatever context is near.
  if (seq.length === 1 && FIELD_LABELS.has(lastWord) && /^ ?:/.test(text.slice(end, end + 2)))
    return;
  if (isNamedAfterPeople(text, start, end)) return;
  // "office in Charlotte", "Umzug nach Florence", "St. Moritz", "arrivée à Lourdes": a place.
  // "Taller de Arduino", "Workshop on Ruby": a course is named after its topic.
  if (seq.length === 1 && !titled) {
    const before = text.slice(Math.max(0, start - 32), start);
    if (
      TOPIC_BEFORE_RE.test(before) ||
      PLACE_PREPOSITION_BEFORE_RE.test(before) ||
      SAINT_BEFORE_RE.test(before) ||
      TRAVEL_BEFORE_RE.test(before)
    )
      return;
  }
  // "Smitham & Price": a family name after "Name &" is the second half of a firm.
  if (
    seq.length === 1 &&
    !listed(GIVEN_NAMES, firstTok.word) &&
    FIRM_AMPERSAND_BEFORE_RE.test(text.slice(Math.max(0, start - 32), start))
  )
    return;
  if (!atStart && STREET_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))) return;
  if (!atStart && /\d[ \t]*$/.test(text.slice(Math.max(0, start - 3), start))) return; // "748 Elm Drive"
  // "Dr. L. Monahan": a title, then an initial that belongs to the name.
  let nameStart = start;
  // "Frau von Weizsäcker", "Herr van der Berg": the particles after the title are the name's.
  if (afterTitle >= 0) {
    const gap = PARTICLES_GAP_RE.exec(text.slice(afterTitle, start));
    if (gap !== null) nameStart = start - (gap[1]?.length ?? 0);
  }
  if (!titled && !atStart) {
    const before = text.slice(Math.max(0, start - 9), start);
    titled = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Dra|Prof|M|Mme|Sr|Sra|Srta|Dña|Sgt)\.?\s$/.test(before);
    const initial =
      titled || (text.charCodeAt(start - 1) !== 46 && text.charCodeAt(start - 2) !== 46)
        ? null
        : /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Dra|Prof|M|Mme|Sr|Sra|Srta|Dña|Sgt)\.?\s(\p{Lu}\.\s?)$/u.exec(
            before,
          );
    if (initial !== null) {
      titled = true;
      nameStart = start - (initial[1]?.length ?? 0);
    }
    // "Herr van der Berg", "M. de Villepin", "Sr. de la Fuente": the particles are the name's.
    const space = text.charCodeAt(start - 1);
    const particles =
      titled || (space !== 32 && space !== 0xa0) || !isLowerCode(text.charCodeAt(start - 2))
        ? null
        : TITLE_PARTICLES_BEFORE_RE.exec(text.slice(Math.max(0, start - 28), start));
    if (particles !== null) {
      titled = true;
      nameStart = start - (particles[1]?.length ?? 0);
    }
  }
  const firstWord = stripPossessive(firstTok.word);
  const given = listed(GIVEN_NAMES, firstWord);
  const family =
    listed(FAMILY_NAMES, lastWord) || (seq.length >= 2 && SURNAME_SUFFIX_RE.test(lastWord));
  // Known only to the wide gazetteer: weaker evidence than our own lists.
  const wideGiven = !given && isKnownGiven(firstWord);
  const wideFamily = !family && seq.length >= 2 && isKnownFamily(lastWord);
  // A verb after one unlisted word ("Revenue confirmed") proves nothing; after a full name it does.
  const cued =
    (!atStart && CUE_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start))) ||
    (!atStart &&
      (seq.length >= 2 || given || family || wideGiven || wideFamily) &&
      WEAK_CUE_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start))) ||
    (!atEnd &&
      ((/^['’]s\s/.test(text.slice(end, end + 3)) &&
        (CUE_AFTER_RE.test(text.slice(end, end + 24)) ||
          // "Abraham's project": a given name takes a possessive as a person does.
          ((given || wideGiven) && !AMBIGUOUS_GIVEN.has(firstWord) && seq.length === 1))) ||
        ((seq.length >= 2 || given || family) && CUE_AFTER_RE.test(text.slice(end, end + 24)))));
  // A chat speaker ("[10:12] Émeline :") is a person when a name list knows the word; other
  // speakers ("Support:", "Kundin:") count only when the name recurs (findRepeatedNames).
  // After a time stamp ("[09:41] Glemassa: hi") the speaker is a person even when no list knows
  // the name; role and system words ("Support", "System", "Bot") are not names.
  const speaker =
    !cued &&
    (/^ ?:/.test(text.slice(end, end + 2)) ||
      TIME_AFTER_SPEAKER_RE.test(text.slice(end, end + 14))) &&
    !FIELD_LABELS.has(lastWord) &&
    (((given || family || wideGiven || wideFamily || isKnownFamily(lastWord)) &&
      SPEAKER_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start))) ||
      (seq.length <= 2 && TIMESTAMP_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))));
  // "Transferencia de Ester", "merci à Chloé": a known given name alone after a preposition.
  const afterPreposition =
    seq.length === 1 &&
    (given || wideGiven) &&
    !AMBIGUOUS_GIVEN.has(firstWord) &&
    PREPOSITION_BEFORE_RE.test(text.slice(Math.max(0, start - 6), start));
  let context = cued || speaker || afterPreposition || s.hasContext('PERSON', start, 30);
  let score: number;
  let reason: string;
  if (seq.length >= 2) {
    if (given && family) [score, reason] = [0.85, 'given + family name'];
    else if ((given || wideGiven) && (family || wideFamily))
      [score, reason] = [0.75, 'given + family name (wide name lists)'];
    else if (given) [score, reason] = [0.7, 'given name + capitalised word'];
    // "Zhang Wei", "Kim Minjun": family name first, as East Asian names are written.
    else if (
      seq.length === 2 &&
      listed(FAMILY_NAMES, firstWord) &&
      listed(GIVEN_NAMES, stripPossessive(lastWord))
    )
      [score, reason] = [0.7, 'family + given name'];
    // German capitalises nouns ("Regal Friedrich" is a shelf): a listed family name after an
    // unlisted word needs context, a title or a cue — unless it could only be a surname
    // ("Siobhán O'Sullivan", "Aoife McCarthy").
    else if (family)
      [score, reason] = SURNAME_PREFIX_RE.test(lastWord)
        ? [0.6, 'capitalised word + family name']
        : [0.45, 'capitalised word + family name'];
    else if (wideGiven || wideFamily) [score, reason] = [0.35, 'capitalised words, one a name'];
    else [score, reason] = [0.25, 'capitalised words'];
    // German capitalises every noun: two unlisted capitalised words need a title or a cue.
    if (!given && !family && !wideGiven && !wideFamily) context = false;
    if (given && AMBIGUOUS_GIVEN.has(firstWord) && !family) score -= 0.15;
  } else if (given && !AMBIGUOUS_GIVEN.has(firstWord)) [score, reason] = [0.5, 'given name alone'];
  else if (given || family || wideGiven) [score, reason] = [0.3, 'listed name alone'];
  else [score, reason] = [0.15, 'capitalised word'];
  if (titled) [score, reason] = [score + 0.35, reason + ' after a title'];
  if (cued) [score, reason] = [score + 0.4, reason + ' introduced as a person'];
  else if (speaker) [score, reason] = [score + 0.4, reason + ' as a chat speaker'];
  else if (context) [score, reason] = [score + 0.25, reason + ' with context'];
  // Checked last, for names that would count: the regex looks back 40 characters.
  if (
    score >= 0.5 &&
    !atStart &&
    NAMED_INSTITUTION_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start))
  )
    return;
  s.push({
    type: 'PERSON',
    start: nameStart,
    end: (cued || titled) && seq.length === 1 ? end + particleTail(text, end) : end,
    score: Math.min(score, 0.99),
    recognizer: 'person',
    reason,
  });
}

// After one word introduced as a person, particles and a family name ("heiratete Taelle| van
// Elsteard|"): the rest of the name, which the particle kept out of the sequence.
const PARTICLE_TAIL_RE =
  /^ (?:van der|van den|von der|de la|de los|de las|van|von|de|del|du|da|di|dos|zu) \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?![\p{L}\p{N}])/u;

function particleTail(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if (c !== 32) return 0;
  const m = PARTICLE_TAIL_RE.exec(text.slice(end, end + 40));
  if (m === null) return 0;
  const last = m[0].slice(m[0].lastIndexOf(' ') + 1);
  return NOT_NAME_WORDS.has(last) || NOUN_SUFFIX_RE.test(last) || PLACE_PREFIX_RE.test(last)
    ? 0
    : m[0].length;
}
