import { AMBIGUOUS_GIVEN, NOT_NAME_WORDS, TITLES } from './name-lists.js';
import { FOND_SIGN_OFF } from './name-positions.js';
import { isKnownFamily, isKnownGiven, isWideGiven, titleCaseName } from './name-gazetteer.js';
import type { Finding } from './entity-types.js';
import type { ScanState } from './scan-state.js';

/*
 * PERSON passes over the whole text, run after the capitalised sequences are scored: a message
 * signed with one name, a given name joined by "and" to a found name, and the repeats of a name
 * found in the same text. They read the candidates findPersons has pushed so far.
 */

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

/** True when `word` ends in a possessive 's or ’s. */
export function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false; // s
  const q = word.charCodeAt(n - 2);
  return q === 39 || q === 0x2019; // ' or ’
}

export function stripPossessive(word: string): string {
  return isPossessive(word) ? word.slice(0, -2) : word;
}

// Field labels that are also surnames ("Price: 12 €", "Summe: …", the "De :" and "Von:" of a mail
// header): before a colon, never a speaker.
export const FIELD_LABELS: ReadonlySet<string> = new Set(
  'Price Cost Fee Tax Balance Total Amount Subtotal Discount Quantity Size Colour Color Model Item Room Floor Level Stage Step Phase Result Summary Title Topic Agenda Action Location Preis Prix Precio Betrag Montant Importe Summe Datum Fecha Objet Betreff Asunto Lieu Ort Lugar Code Type De Para An Von Cc Bcc À Gast Guest Maman Papa Mamá Papá Mama Mum Mom Dad Vater Mutter Zimmer Hasta Desde Avis Aviso Notice Hinweis Nota Remarque Anmerkung Achtung'.split(
    ' ',
  ),
);

// The last word of a message, alone after a sign-off line ("Thanks,\nRador"), a slash, a dash, a
// question or a sign-off word: "Any idea? /Rador", "— S. Tretola", "¿Alguna idea? Orura", "Gruß Taen".
const SIGNATURE_RE =
  /(?:[,!][ \t]*\n[ \t]*|(?<!\S)\/|(?<!\S)[—–][ \t]*|[?!][ \t]+|(?:^|[^\p{L}])(?:gruß|grüße|grüsse|lg|vg|mfg|regards|cheers|thanks|merci|bises|bisous|besos|abrazos|saludos|cordialement|love|xoxo|hugs|kisses|bussi|besitos|cariños|a\+|à\+|@\+|a plus|bye|tschüss|tschüs|ciao|chao|adiós|adios|hasta luego)[,!]?\s+)((?:\p{Lu}\. ?)?\p{Lu}[\p{Ll}'’]{2,}(?:-\p{Lu}[\p{Ll}'’]{2,})?)[ \t]*[.!]?[ \t]*$/iu;

const FOND_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}])${FOND_SIGN_OFF}[,!]?\s+\S+\s*$`, 'iu');

// What may stand before a signing dash on its line: nothing, or the end of a sentence or quote.
const DASH_SIGNS_RE = /(?:^|[.!?"'”’»)])[ \t]*[—–][ \t]*(?:\p{Lu}\. ?)?$/u;

/** The text of `start`'s line before it. */
function lineBefore(text: string, start: number): string {
  return text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
}

/** A letter in ASCII, or any character past Latin-1 punctuation (accented letters). */
function isLetterCode(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || c > 191 || c === 39 || c === 0x2019;
}

/** A message signed with one name at its very end. */
export function findSignature(s: ScanState): void {
  const text = s.text;
  // Cheap gate first, no allocation: the text ends in a word that starts with a capital and
  // stands after a space, a line break or a slash; most texts end otherwise.
  let e = text.length;
  while (e > 0 && text.charCodeAt(e - 1) <= 32) e--;
  const last = text.charCodeAt(e - 1);
  if (last === 46 || last === 33) e--;
  let b = e;
  while (b > 0 && isLetterCode(text.charCodeAt(b - 1))) b--;
  if (e - b < 3 || b < 2) return;
  const first = text.charCodeAt(b);
  if (!((first >= 65 && first <= 90) || first > 191)) return;
  const sep = text.charCodeAt(b - 1);
  if (sep !== 32 && sep !== 10 && sep !== 47 && sep !== 9) return;
  const tail = text.slice(-60);
  const m = SIGNATURE_RE.exec(tail);
  const word = m?.[1];
  if (m === null || word === undefined) return;
  // "S. Tretola": an initial may open the name; the name word is the last one.
  const nameWord = word.slice(word.lastIndexOf(' ') + 1).replace(/^\p{Lu}\./u, '');
  // The i flag lets the sign-offs match in any case; the name itself must start upper-case.
  if (!/^\p{Lu}\p{Ll}/u.test(nameWord) || NOT_NAME_WORDS.has(nameWord) || TITLES.has(nameWord))
    return;
  // After a sign-off a team signs too ("Cheers,\nDevops"): there the word must be a known name.
  // A slash, a dash or a question before it ("/Rador", "— S. Tretola", "Any idea? Orura") is how
  // people sign chats and notes.
  const signOff = !/^(?:\/|[—–]|[?!])/.test(m[0].trimStart());
  // A fond sign-off ("Bisous, Berelle") closes a letter between people: an unknown name signs it.
  if (signOff && !isKnownGiven(nameWord) && !isKnownFamily(nameWord) && !FOND_BEFORE_RE.test(m[0]))
    return;
  const end =
    text.length -
    (tail.length - (m.index + m[0].length)) -
    (m[0].length - m[0].indexOf(word) - word.length);
  const start = end - word.length;
  // "Departamento de Siniestros – Qualitas", "Customer Care – Verizon": a dash after words on the
  // same line joins a team to its firm. A signing dash opens the line or follows a sentence.
  if (/^[—–]/.test(m[0].trimStart()) && !DASH_SIGNS_RE.test(lineBefore(text, start))) return;
  if (s.candidates.some((c) => c.score >= 0.5 && c.start < end && c.end > start)) return;
  s.push({
    type: 'PERSON',
    start,
    end,
    score: 0.6,
    recognizer: 'person',
    reason: 'one name signing the end of a message',
  });
}

// "Tami and Oral Hermiston", "Anna und Jonas Weber": a given name joined to a found name.
const GIVEN_BEFORE_AND_RE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) (?:and|und|et|y|&) $/u;
const GIVEN_AFTER_AND_RE = /^ (?:and|und|et|y|&) (\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/** A known given name coordinated with a name found with at least two words. */
export function findCoordinatedNames(s: ScanState): void {
  const text = s.text;
  const found = s.candidates.filter(
    (c) => c.type === 'PERSON' && c.score >= 0.6 && text.slice(c.start, c.end).includes(' '),
  );
  for (const c of found) {
    const before = GIVEN_BEFORE_AND_RE.exec(text.slice(Math.max(0, c.start - 24), c.start));
    const after = GIVEN_AFTER_AND_RE.exec(text.slice(c.end, c.end + 24));
    for (const [word, start] of [
      [
        before?.[1],
        c.start - (before?.[0].length ?? 0) + (before?.[0].indexOf(before[1] ?? '') ?? 0),
      ],
      [after?.[1], c.end + (after?.[0].indexOf(after[1] ?? '') ?? 0)],
    ] as const) {
      if (word === undefined || !isWideGiven(word) || NOT_NAME_WORDS.has(word)) continue;
      if (AMBIGUOUS_GIVEN.has(word)) continue;
      const end = start + word.length;
      pushFreePerson(s, start, end, 0.6, 'given name joined by "and" to a name');
    }
  }
}

// "Benjamin and Javon on the van", "Tanja und Yannic fahren": one capitalised word joined to a
// given name found alone, going on in lower case or ending the clause.
const WORD_AFTER_AND_RE =
  /^ (?:and|und|et|y|&) (\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?= \p{Ll}|[,.;:!?)]|$)/u;
const WORD_BEFORE_AND_RE =
  /(?:^|[\s(:,])(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?) (?:and|und|et|y|&) $/u;

export const JOINED_TO_GIVEN = 'word joined by "and" to a given name';

/** Pushes a PERSON at `start..end` unless a finding that counts already covers part of it. */
function pushFreePerson(
  s: ScanState,
  start: number,
  end: number,
  score: number,
  reason: string,
): void {
  if (s.candidates.some((o) => o.score >= 0.5 && o.start < end && o.end > start)) return;
  s.push({ type: 'PERSON', start, end, score, recognizer: 'person', reason });
}

// "Elna Pagac & Dden Stanham": a second full name after a found one, ending its line or clause.
const FULL_NAME_AFTER_AND_RE =
  /^ (?:and|und|et|y|&) (\p{Lu}\p{Ll}{2,}) (\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?=[,;)]|[ \t]*\n|$)/u;

/** A capitalised word of unknown kind joined by "and" to a listed given name found alone. */
export function findNamesJoinedToGiven(s: ScanState): void {
  const text = s.text;
  const alone = s.candidates.filter(
    (c) =>
      c.type === 'PERSON' &&
      c.score >= 0.5 &&
      (c.reason.startsWith('given name alone') ||
        c.reason === 'listed name alone introduced as a person') &&
      // "Nos boutiques de Nancy et Lorient": a name read from context words alone may be a place.
      !c.reason.endsWith('with context') &&
      !AMBIGUOUS_GIVEN.has(text.slice(c.start, c.end)),
  );
  for (const c of s.candidates) {
    if (c.type !== 'PERSON' || c.score < 0.7 || !c.reason.startsWith('given + family')) continue;
    const m = FULL_NAME_AFTER_AND_RE.exec(text.slice(c.end, c.end + 64));
    if (m === null || NOT_NAME_WORDS.has(m[1] ?? '') || NOT_NAME_WORDS.has(m[2] ?? '')) continue;
    const end = c.end + m[0].length;
    const start = end - (m[1] ?? '').length - 1 - (m[2] ?? '').length;
    pushFreePerson(s, start, end, 0.6, JOINED_TO_GIVEN);
  }
  for (const c of alone) {
    const after = WORD_AFTER_AND_RE.exec(text.slice(c.end, c.end + 40));
    const before = WORD_BEFORE_AND_RE.exec(text.slice(Math.max(0, c.start - 40), c.start));
    for (const [word, start] of [
      [after?.[1], c.end + (after?.[0].indexOf(after[1] ?? '') ?? 0)],
      [
        before?.[1],
        c.start - (before?.[0].length ?? 0) + (before?.[0].indexOf(before[1] ?? '') ?? 0),
      ],
    ] as const) {
      if (word === undefined || NOT_NAME_WORDS.has(word) || TITLES.has(word)) continue;
      const end = start + word.length;
      pushFreePerson(s, start, end, 0.55, JOINED_TO_GIVEN);
    }
  }
}

/** True when two tokens are the same word (a name can only repeat then). */
export function hasRepeatedWord(tokens: readonly Token[]): boolean {
  if (tokens.length > 16) {
    // Long texts: one set instead of comparing every pair.
    const seen = new Set<string>();
    for (const tok of tokens) {
      const word = stripPossessive(tok.word);
      if (seen.has(word)) return true;
      seen.add(word);
    }
    return false;
  }
  // Short texts (most table cells): pairwise, no allocation.
  for (let i = 1; i < tokens.length; i++) {
    const word = stripPossessive(tokens[i]?.word ?? '');
    for (let j = 0; j < i; j++) if (stripPossessive(tokens[j]?.word ?? '') === word) return true;
  }
  return false;
}

/** A found name this sure marks all its repeats; a weaker one (0.5 is the default threshold) only
 * its repeats as a chat speaker. */
const SURE_NAME_SCORE = 0.6;
const FOUND_NAME_SCORE = 0.5;

/**
 * "[10:12] Émeline : …" then "bonjour Émeline": a capitalised word that repeats a name (or a
 * part of one) already found in the same text is that person too, even where its own context
 * says nothing. A single word found only with a cue ("hallo Wörimar") is weaker evidence: its
 * repeats count only as a chat speaker ("Wörimar :"), so one wrong find does not spread.
 */
export function findRepeatedNames(s: ScanState, tokens: readonly Token[]): void {
  let names: Map<string, boolean> | undefined; // word → sure
  const found: Finding[] = [];
  for (const c of s.candidates) {
    if (c.type !== 'PERSON' || c.score < FOUND_NAME_SCORE) continue;
    found.push(c);
    names ??= new Map();
    const parts = s.text.slice(c.start, c.end).split(/[\s,]+/);
    const sure = c.score >= SURE_NAME_SCORE || parts.length >= 2;
    for (const part of parts)
      if (part.length >= 3 && !NOT_NAME_WORDS.has(part) && !TITLES.has(part))
        names.set(part, sure || names.get(part) === true);
  }
  if (names === undefined) return;
  for (const tok of tokens) {
    const word = stripPossessive(tok.word);
    const sure = names.get(word);
    if (sure === undefined) continue;
    const end = tok.start + word.length;
    if (found.some((c) => c.start < end && c.end > tok.start)) continue;
    const labelled = /^ ?:/.test(s.text.slice(end, end + 2));
    if (!sure && !labelled) continue;
    // "Price: 12 EUR" after "John Price" is a field label, not the person again.
    if (labelled && FIELD_LABELS.has(word)) continue;
    s.push({
      type: 'PERSON',
      start: tok.start,
      end,
      score: 0.6,
      recognizer: 'person',
      reason: 'repeats a name found in the same text',
    });
  }
}

// "Tao de la Vauverwick <tdv@orange.fr>", "\"Keller, Anna\" <a@b.de>": the display name of an
// address, as mail headers and quoted replies write it.
const DISPLAY_NAME_RE =
  /(?<![\p{L}\p{N}])("?)((?:\p{Lu}[\p{Ll}'’]+|\p{Lu}\.)(?:-\p{Lu}[\p{Ll}'’]+)?(?:,? (?:(?:van|von|de|del|der|den|du|da|di|la|le|y) ){0,2}(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}\.)(?:-\p{Lu}[\p{Ll}'’]+)?){0,4})\1 <[^\s<>@]{1,64}@[^\s<>@]{1,255}>/gu;

/** Cheap gate: an address in angle brackets. */
export function mayHaveDisplayNames(text: string): boolean {
  return text.includes('@') && text.includes('<');
}

export function findDisplayNames(s: ScanState): void {
  DISPLAY_NAME_RE.lastIndex = 0;
  for (let m = DISPLAY_NAME_RE.exec(s.text); m !== null; m = DISPLAY_NAME_RE.exec(s.text)) {
    const name = m[2] ?? '';
    const words = name.split(/[ ,]+/);
    if (words.some((w) => NOT_NAME_WORDS.has(w) || TITLES.has(w))) continue;
    if (!words.some((w) => /\p{L}{2}/u.test(w))) continue;
    const start = m.index + (m[1] ?? '').length;
    s.push({
      type: 'PERSON',
      start,
      end: start + name.length,
      score: 0.8,
      recognizer: 'person',
      reason: 'display name of an e-mail address',
    });
  }
}

// "orttrud astner <astner.orttrud@chello.at>", as git logs and mail clients print an author typed
// in lower case: every word of the name is part of the address's local part.
const LOWER_DISPLAY_NAME_RE =
  /(?<![\p{L}\p{N}_.@-])(\p{Ll}[\p{Ll}'’-]+(?: \p{Ll}[\p{Ll}'’-]+){1,2}) <([^\s<>@]{1,64})@[^\s<>@]{1,255}>/gu;

// Senders that are machines or teams: "ci bot <ci-bot@…>", "no reply <no-reply@…>".
const MACHINE_SENDERS: ReadonlySet<string> = new Set(
  'bot bots ci build deploy noreply no reply admin root support team service system alerts alert notifications info sales billing mailer daemon jenkins github gitlab dependabot renovate'.split(
    ' ',
  ),
);

/** Folds accents away: "é" → "e", so "séverine" matches "severine.m@…". */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

export function findLowerDisplayNames(s: ScanState): void {
  LOWER_DISPLAY_NAME_RE.lastIndex = 0;
  for (
    let m = LOWER_DISPLAY_NAME_RE.exec(s.text);
    m !== null;
    m = LOWER_DISPLAY_NAME_RE.exec(s.text)
  ) {
    const name = m[1] ?? '';
    const local = fold((m[2] ?? '').toLowerCase());
    const words = name.split(' ');
    if (words.some((w) => MACHINE_SENDERS.has(w))) continue;
    if (!words.every((w) => w.length >= 2 && local.includes(fold(w)))) continue;
    s.push({
      type: 'PERSON',
      start: m.index,
      end: m.index + name.length,
      score: 0.75,
      recognizer: 'person',
      reason: 'lower-case display name spelled in its e-mail address',
    });
  }
}

// A chat app's message header copied with the message: the author, two spaces or more, the time,
// and the message on the next line ("Nediel Roberg  09:12\nDer Build bricht ab").
const CHAT_HEADER_RE =
  /(?:^|\n)([\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’.-]*){0,2})[ \t]{2,}\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]*\n[ \t]*\S/gu;

/** Cheap gate: a clock time at a line end. */
export function mayHaveChatHeaders(text: string): boolean {
  return /\d:\d\d[ \t]*(?:[AaPp][Mm])?[ \t]*\n/.test(text);
}

/**
 * Authors of copied chat messages. A capitalised author counts alone; one written in lower case
 * ("thaka  14:20") only when the text holds two such headers at least.
 */
export function findChatHeaders(s: ScanState): void {
  const found: { start: number; end: number; lower: boolean }[] = [];
  CHAT_HEADER_RE.lastIndex = 0;
  for (let m = CHAT_HEADER_RE.exec(s.text); m !== null; m = CHAT_HEADER_RE.exec(s.text)) {
    CHAT_HEADER_RE.lastIndex = m.index + m[0].length - 1; // the message line may be a header too
    const name = m[1] ?? '';
    const words = name.split(' ');
    if (
      words.some((w) => NOT_NAME_WORDS.has(titleCaseName(w)) || FIELD_LABELS.has(titleCaseName(w)))
    )
      continue;
    const start = m.index + m[0].indexOf(name);
    found.push({ start, end: start + name.length, lower: !/^\p{Lu}/u.test(name) });
  }
  const several = found.length >= 2;
  for (const f of found) {
    if (f.lower && !several) continue;
    s.push({
      type: 'PERSON',
      start: f.start,
      end: f.end,
      score: 0.7,
      recognizer: 'person',
      reason: 'author of a copied chat message',
    });
  }
}

// One line of a chat typed in lower case: an optional time stamp, a speaker, a colon, then the
// message ("prisca: me, $3,158.00", "[09:15] candice: there are two charges", "[18:00] maría
// guadalupe guevara: sí!"). A speaker of several words counts only after a time stamp.
// A chat's time stamp: "[09:15]", "18:00:02", "[10pm]", "[6:15h]", "[19h00]".
const CHAT_STAMP = String.raw`\[?(?:\d{1,2}:\d{2}(?::\d{2})?(?: ?(?:am|pm|h))?|\d{1,2} ?(?:am|pm)|\d{1,2}h\d{2})\]?`;
const LOWER_SPEAKER_LINE_RE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:${CHAT_STAMP}[ \t]+)?(\p{Ll}[\p{Ll}'’-]{1,20}(?: \p{Ll}[\p{Ll}'’-]{1,20}){0,3})[ \t]?:[ \t]+([^\n]*)`,
  'gu',
);
const LOWER_SPEAKER_GATE_RE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:${CHAT_STAMP}[ \t]+)?\p{Ll}+(?: \p{Ll}+){0,3} ?: `,
  'u',
);

/** Cheap gate: a lower-case word right before a colon and a blank, at a line start. */
export function mayHaveLowerSpeakers(text: string): boolean {
  return LOWER_SPEAKER_GATE_RE.test(text);
}

/**
 * Speakers of a chat typed in lower case. Configuration files look the same ("host: db"), so it
 * takes a transcript: three such lines at least, two speakers or more, one speaking twice,
 * messages of several words, and half the speakers known to a name list. A speaker a name list
 * knows counts in a transcript or after a time stamp.
 */
export function findLowerSpeakers(s: ScanState): void {
  const lines: { start: number; word: string; words: number; stamped: boolean }[] = [];
  LOWER_SPEAKER_LINE_RE.lastIndex = 0;
  for (
    let m = LOWER_SPEAKER_LINE_RE.exec(s.text);
    m !== null;
    m = LOWER_SPEAKER_LINE_RE.exec(s.text)
  ) {
    const word = m[1] ?? '';
    const start = m.index + m[0].indexOf(word, m[0].search(/\S/));
    lines.push({
      start,
      word,
      words: (m[2] ?? '').trim().split(/\s+/).length,
      stamped: /\d/.test(m[0].slice(0, m[0].indexOf(word))),
    });
  }
  if (lines.length === 0) return;
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.word, (counts.get(l.word) ?? 0) + 1);
  const transcript =
    lines.length >= 3 &&
    counts.size >= 2 &&
    [...counts.values()].some((n) => n >= 2) &&
    lines.filter((l) => l.words >= 3).length * 2 >= lines.length;
  // Keys of a schema ("description: …", "response: …") also repeat with prose after them: half
  // the speakers must be names a list knows before the others count.
  const known = [...counts.keys()].filter((w) =>
    isWideGiven(titleCaseName(w.split(' ')[0] ?? '')),
  ).length;
  const names = transcript && known * 2 >= counts.size;
  for (const l of lines) {
    const words = l.word.split(' ');
    const title = titleCaseName(words[0] ?? '');
    if (words.length > 1 && !(l.stamped && isWideGiven(title))) continue;
    if (
      words.some((w) => NOT_NAME_WORDS.has(titleCaseName(w)) || LOWER_NOT_SPEAKERS.has(w)) ||
      FIELD_LABELS.has(title)
    )
      continue;
    if (!names && !((transcript || l.stamped) && isWideGiven(title))) continue;
    s.push({
      type: 'PERSON',
      start: l.start,
      end: l.start + l.word.length,
      score: 0.65,
      recognizer: 'person',
      reason: 'speaker of a chat typed in lower case',
    });
  }
}

/** Lower-case words that open chat-like lines without naming anyone. */
const LOWER_NOT_SPEAKERS: ReadonlySet<string> = new Set(
  'note notes nb ps re fwd fw edit update todo fixme warning error info debug user bot system admin support agent host port name id type status'.split(
    ' ',
  ),
);
