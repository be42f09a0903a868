import {
  AMBIGUOUS_GIVEN,
  FAMILY_NAMES,
  GIVEN_NAMES,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  TITLES,
  TRADE_WORDS,
  listed,
} from './name-lists.js';
import { findAttendeeNames, mayHaveAttendees } from './attendee-names.js';
import {
  findCapsNames,
  findGivenCapsNames,
  findSlashNames,
  mayHaveCapsName,
  mayHaveSlashName,
} from './cased-names.js';
import { isKnownFamily, isKnownGiven, isWideFamily, isWideGiven } from './name-gazetteer.js';
import { firmParticle, isNamedAfterPeople } from './firm-names.js';
import {
  findKeyValueNames,
  findLabelledNames,
  findXmlNames,
  mayHaveKeyValueNames,
  mayHaveLabelledNames,
  mayHaveXmlNames,
} from './labelled-names.js';
import { findPositionedNames, mayHavePositionedNames } from './name-positions.js';
import { findReversedNames } from './reversed-names.js';
import {
  dropBotSpeakers,
  findTranscriptSpeakers,
  mayHaveBotSpeaker,
  mayHaveSpeakerLines,
} from './transcript-speakers.js';
import {
  FIELD_LABELS,
  findChatHeaders,
  findCoordinatedNames,
  findNamesJoinedToGiven,
  findLowerDisplayNames,
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
import {
  ANIMATE_AFTER_RE,
  BORN_AFTER_RE,
  CONTACT_AFTER_RE,
  CUE_AFTER_RE,
  CUE_BEFORE_RE,
  GIVEN_INITIAL_AFTER_RE,
  INITIAL_BEFORE_RE,
  MONTH_GIVEN_NAMES,
  NAMED_COMPOUND_RE,
  NAMED_INSTITUTION_BEFORE_RE,
  NEIGHBOUR_BEFORE_RE,
  NOUN_SUFFIX_RE,
  PARTICLES_GAP_RE,
  particleTail,
  PLACE_PREFIX_RE,
  PREPOSITION_BEFORE_RE,
  ROLE_COMPOUND_BEFORE_RE,
  SPEAKER_BEFORE_RE,
  SURNAME_PREFIX_RE,
  SURNAME_SUFFIX_RE,
  TIMESTAMP_BEFORE_RE,
  TIME_AFTER_SPEAKER_RE,
  TITLE_PARTICLES_BEFORE_RE,
  WEAK_CUE_BEFORE_RE,
} from './person-context-patterns.js';
import { findListItemNames, mayHaveListItems } from './list-item-names.js';
import { isLowerCode, startsLine } from './context-words.js';
import { GIVEN_NAME_ALONE, placedAsNoPerson } from './person-negatives.js';
import type { ScanState } from './scan-state.js';

/** Titles (Mr, Frau, Mme …): in name-lists.ts, exported here as before. */
export { TITLES };

// A capitalised word ("Anna", "O'Brien", "McDonald", "Jean-Luc", "Ängel"); possessive 's trimmed later.
// An elided French article before a noun ("L’allocataire", "D’après") is no name; "D’Angelo" is.
const WORD_RE =
  /(?<![\p{L}\p{N}_@./\\#-])(?![CDJLMNST]['’]\p{Ll})[\p{Lu}][\p{L}'’-]*[\p{Ll}](?:['’]s)?(?![\p{L}\p{N}_@\\])/gu;

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
    if (mayHaveSlashName(text)) findSlashNames(s);
  }
  if (mayHaveAttendees(text)) findAttendeeNames(s);
  if (mayHaveLabelledNames(text)) findLabelledNames(s);
  if (mayHaveKeyValueNames(text)) findKeyValueNames(s);
  if (mayHaveXmlNames(text)) findXmlNames(s);
  if (mayHaveDisplayNames(text)) {
    findDisplayNames(s);
    findLowerDisplayNames(s);
  }
  if (mayHaveChatHeaders(text)) findChatHeaders(s);
  if (mayHaveSpeakerLines(text)) findTranscriptSpeakers(s);
  if (mayHavePositionedNames(text)) findPositionedNames(s);
  if (mayHaveListItems(text)) findListItemNames(s);
  if (
    text.includes(' and ') ||
    text.includes(' und ') ||
    text.includes(' et ') ||
    text.includes(' y ') ||
    text.includes(' & ')
  ) {
    findCoordinatedNames(s);
    findNamesJoinedToGiven(s);
  }
  findSignature(s);
  if (caps || text.includes(', ')) findReversedNames(s);
  if (tokens.length >= 2 && hasRepeatedWord(tokens)) findRepeatedNames(s, tokens);
  if (mayHaveBotSpeaker(text)) dropBotSpeakers(s);
}

const CONJUNCTION_GAP_RE = /^ (?:y|e|i|und|and|et) $/u;

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

/** "Julio Araña Ibarra", "June Carter": a month that is a given name, before a family name. */
function monthGivenName(seq: readonly Token[]): boolean {
  return (
    seq.length >= 2 &&
    MONTH_GIVEN_NAMES.has(seq[0]?.word ?? '') &&
    isKnownFamily(stripPossessive(seq[seq.length - 1]?.word ?? ''))
  );
}

function scoreSequence(s: ScanState, raw: Token[]): void {
  // "Seguros Aurora", "Harbourside Pharmacy": a trade word makes a business of the words with it.
  if (raw.some((t) => TRADE_WORDS.has(stripPossessive(t.word)))) return;
  // "Lake Louise", "Mount Pleasant": a place word opening the run, even where it is listed.
  if (raw.length >= 2 && PLACE_PREFIX_RE.test(raw[0]?.word ?? '')) return;
  // "2 × Monsieur Cuisine Nachfüllpack": a brand named after a person opens the run.
  if (
    raw.length >= 2 &&
    isNamedAfterPeople(s.text, raw[0]?.start ?? 0, raw[raw.length - 1]?.end ?? 0)
  )
    return;
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
      ROLE_COMPOUND_BEFORE_RE.test(`${seq[0]?.word ?? ''} `) ||
      WEAK_CUE_BEFORE_RE.test(`${seq[0]?.word ?? ''} `)) &&
    !isWideGiven(seq[0]?.word ?? '') &&
    (seq.length >= 3 ||
      isWideGiven(stripPossessive(seq[1]?.word ?? '')) ||
      isWideFamily(stripPossessive(seq[1]?.word ?? '')) ||
      // "Richterin Linert verurteilte …": a role, then one word that is no German noun.
      ((CUE_BEFORE_RE.test(`${seq[0]?.word ?? ''} `) ||
        ROLE_COMPOUND_BEFORE_RE.test(`${seq[0]?.word ?? ''} `)) &&
        !CUE_BEFORE_RE.test(`${seq[1]?.word ?? ''} `) &&
        !NOUN_SUFFIX_RE.test(seq[1]?.word ?? '') &&
        /^[ \t]+\p{Ll}/u.test(s.text.slice(seq[1]?.end ?? 0, (seq[1]?.end ?? 0) + 3))))
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
  // "Karl-Marx-Allee", "Konrad-Adenauer-Ufer", "Geschwister-Scholl-Schule": named after people.
  if (seq.some((t) => NAMED_COMPOUND_RE.test(t.word))) return;
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
  if (placedAsNoPerson(s, seq, start, end, titled)) return;
  // "Dr. L. Monahan": a title, then an initial that belongs to the name.
  let nameStart = start;
  // "Frau von Weizsäcker", "Herr van der Berg": the particles after the title are the name's.
  if (afterTitle >= 0) {
    const gap = PARTICLES_GAP_RE.exec(text.slice(afterTitle, start));
    if (gap !== null) nameStart = start - (gap[1]?.length ?? 0);
  }
  if (!titled && !atStart) {
    const before = text.slice(Math.max(0, start - 9), start);
    titled = /(?:^|[\s(/])(?:Mr|Mrs|Ms|Dr|Dra|Prof|M|Mme|Sr|Sra|Srta|Dña|Sgt)\.?\s$/.test(before);
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
  // "Next visit with E. Frami", "avec C. Moneau-Delaillon": an initial opens the name, and the
  // cue words stand before it.
  let initialed = false;
  if (!titled && nameStart === start && !atStart) {
    const m = INITIAL_BEFORE_RE.exec(text.slice(Math.max(0, start - 4), start));
    if (m !== null) [initialed, nameStart] = [true, start - (m[1]?.length ?? 0)];
  }
  const cueAt = initialed ? nameStart : start;
  const firstWord = stripPossessive(firstTok.word);
  const given = listed(GIVEN_NAMES, firstWord);
  const family =
    listed(FAMILY_NAMES, lastWord) || (seq.length >= 2 && SURNAME_SUFFIX_RE.test(lastWord));
  // Known only to the wide gazetteer: weaker evidence than our own lists.
  const wideGiven = !given && isKnownGiven(firstWord);
  const wideFamily = !family && seq.length >= 2 && isKnownFamily(lastWord);
  // A verb after one unlisted word ("Revenue confirmed") proves nothing; after a full name it does.
  let contactReason = false;
  let cued =
    (!atStart && CUE_BEFORE_RE.test(text.slice(Math.max(0, cueAt - 24), cueAt))) ||
    (!atStart && ROLE_COMPOUND_BEFORE_RE.test(text.slice(Math.max(0, cueAt - 24), cueAt))) ||
    (!atStart &&
      text.charCodeAt(start - 1) === 40 &&
      NEIGHBOUR_BEFORE_RE.test(text.slice(Math.max(0, start - 48), start))) ||
    (!atStart &&
      (seq.length >= 2 || given || family || wideGiven || wideFamily || initialed) &&
      WEAK_CUE_BEFORE_RE.test(text.slice(Math.max(0, cueAt - 24), cueAt))) ||
    (!atEnd &&
      ((/^['’]s\s/.test(text.slice(end, end + 3)) &&
        (CUE_AFTER_RE.test(text.slice(end, end + 24)) ||
          // "Abraham's project": a given name takes a possessive as a person does.
          ((given || wideGiven) && !AMBIGUOUS_GIVEN.has(firstWord) && seq.length === 1))) ||
        ((seq.length >= 2 || given || family) && CUE_AFTER_RE.test(text.slice(end, end + 24))) ||
        ((given || wideGiven) &&
          !AMBIGUOUS_GIVEN.has(firstWord) &&
          ANIMATE_AFTER_RE.test(text.slice(end, end + 24))) ||
        // "• Quibel – born 1974-09-22": a birth after the dash speaks of a person, whoever it is.
        BORN_AFTER_RE.test(text.slice(end, end + 16))));
  // "Customer: Grace period for returns …": one word after a role label, going on in lower
  // case, opens the speaker's message.
  const opensMessage =
    seq.length === 1 &&
    /:\s*$/.test(text.slice(Math.max(0, start - 3), start)) &&
    /^ \p{Ll}/u.test(text.slice(end, end + 3));
  if (opensMessage) cued = false;
  // "Irland: Elnis Thasinranhofer, 089 674 7993", "Devonte⏎403-493-0302": a phone number or an
  // e-mail address right after a name, or on the next line under a name alone on its line, is
  // how people are listed. One unlisted word counts only alone on its line.
  if (!cued && !atEnd) {
    const m = CONTACT_AFTER_RE.exec(text.slice(end, end + 48));
    if (
      m !== null &&
      (seq.length >= 2 ||
        given ||
        family ||
        wideGiven ||
        wideFamily ||
        (m[1] !== undefined && startsLine(text, start)))
    )
      [cued, contactReason] = [true, true];
  }
  // A chat speaker ("[10:12] Émeline :") is a person when a name list knows the word; other
  // speakers ("Support:", "Kundin:") count only when the name recurs (findRepeatedNames).
  // After a time stamp ("[09:41] Glemassa: hi") the speaker is a person even when no list knows
  // the name; role and system words ("Support", "System", "Bot") are not names.
  const speaker =
    !cued &&
    (/^ ?:/.test(text.slice(end, end + 2)) ||
      TIME_AFTER_SPEAKER_RE.test(text.slice(end, end + 14))) &&
    !FIELD_LABELS.has(lastWord) &&
    // "Claude: 64.0 %": a score after a model's name is no message.
    !/^ ?:[ \t]*[\d+-]/.test(text.slice(end, end + 5)) &&
    // "Prudence : conservez …": a word that is a name and a plain word speaks only in a chat.
    (seq.length > 1 || !AMBIGUOUS_GIVEN.has(firstWord) || mayHaveSpeakerLines(text)) &&
    (((given || family || wideGiven || wideFamily || isKnownFamily(lastWord)) &&
      SPEAKER_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start))) ||
      (seq.length <= 2 && TIMESTAMP_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))));
  // "Transferencia de Ester", "merci à Chloé": a known given name alone after a preposition.
  const afterPreposition =
    (initialed || (seq.length === 1 && (given || wideGiven) && !AMBIGUOUS_GIVEN.has(firstWord))) &&
    PREPOSITION_BEFORE_RE.test(text.slice(Math.max(0, cueAt - 6), cueAt));
  let context =
    cued || speaker || afterPreposition || (!opensMessage && s.hasContext('PERSON', start, 30));
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
    else if (initialed) [score, reason] = [0.4, 'initial + capitalised words'];
    else [score, reason] = [0.25, 'capitalised words'];
    // German capitalises every noun: two unlisted capitalised words need a title or a cue.
    if (!given && !family && !wideGiven && !wideFamily && !initialed) context = false;
    if (given && AMBIGUOUS_GIVEN.has(firstWord) && !family) score -= 0.15;
  } else if (given && !AMBIGUOUS_GIVEN.has(firstWord)) [score, reason] = [0.5, GIVEN_NAME_ALONE];
  else if (given || family || wideGiven) [score, reason] = [0.3, 'listed name alone'];
  else if (initialed) [score, reason] = [0.35, 'initial + capitalised word'];
  else [score, reason] = [0.15, 'capitalised word'];
  // "Éloïse R. · lundi", "Regula V.": a given name and the initial of the family name, as
  // reviews, comments and class lists sign.
  const initialTail =
    seq.length === 1 &&
    (given || wideGiven) &&
    GIVEN_INITIAL_AFTER_RE.test(text.slice(end, end + 5))
      ? 3
      : 0;
  if (initialTail > 0) [score, reason] = [Math.max(score, 0.5) + 0.2, reason + ' + initial'];
  if (titled) [score, reason] = [score + 0.35, reason + ' after a title'];
  if (contactReason) [score, reason] = [score + 0.4, reason + ' before a phone or e-mail'];
  else if (cued) [score, reason] = [score + 0.4, reason + ' introduced as a person'];
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
    end:
      initialTail > 0
        ? end + initialTail
        : (cued || titled) && seq.length === 1
          ? end + particleTail(text, end)
          : end,
    score: Math.min(score, 0.99),
    recognizer: 'person',
    reason,
  });
}
