import { isWideFamily, isWideGiven } from './name-gazetteer.js';
import { NOT_NAME_WORDS, TITLES } from './name-lists.js';
import { FIELD_LABELS } from './person-text-passes.js';
import { HintContext, type ScanState } from './scan-state.js';

/*
 * Transcripts of calls and chats written with capitalised speakers ("Grushoa: Claims, good
 * morning.", "[2023-05-09 10:36] Serd (Support): Hello!"). A form looks the same ("Subject: …"),
 * so it takes a transcript: three such lines at least, two speakers or more taking turns, one
 * speaking twice, messages of several words, and half the speakers known to a name list (or
 * every line stamped with a time). Then every speaker that is not a label or a role is a person,
 * known to a list or not.
 */

// A speaker at a line start: an optional [time stamp], one to three capitalised words, an
// optional (role), a colon and the message.
const SPEAKER_LINE_RE =
  /(?:^|\n)[ \t]*(\[[^\]\n]{1,40}\][ \t]*)?(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){0,2})(?: \([^)\n]{1,24}\))?[ \t]?:[ \t]+([^\n]*)/gu;

const GATE_RE = /(?:^|\n)[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?\p{Lu}[^\n:]{1,60}: /gu;

/** Cheap gate: three line starts with a capitalised word and a colon. */
export function mayHaveSpeakerLines(text: string): boolean {
  if (!text.includes('\n')) return false;
  GATE_RE.lastIndex = 0;
  for (let n = 0; GATE_RE.exec(text) !== null;) if (++n >= 3) return true;
  return false;
}

// Mail headers and labels of tickets and changelogs that repeat with prose after them.
const NOT_SPEAKERS: ReadonlySet<string> = new Set(
  'From To Cc Bcc Subject Date Sent Von An Betreff Gesendet Datum Objet Envoyé Para Asunto Enviado Fecha Reply Re Fwd Note Notes Status Priority Summary Description Resolution Result Reason Comment Comments Question Answer Step Task Fixed Added Changed Removed Deprecated Security Update Warning Error Info Debug Tip Hint Example Output Input Request Response Ergebnis Antwort Frage Réponse Respuesta Pregunta Remarque Nota Hinweis Beispiel Exemple Ejemplo'.split(
    ' ',
  ),
);

// The other side of a conversation named by role.
const ROLE_SPEAKERS: ReadonlySet<string> = new Set(
  'customer client cliente kunde kundin caller anrufer anruferin appelant appelante llamante visitor besucher visiteur visiteuse visitante user usuario usuaria utilisateur utilisatrice nutzer nutzerin agent agente support soporte bot'.split(
    ' ',
  ),
);

interface SpeakerLine {
  readonly start: number;
  readonly name: string;
  readonly words: number;
  readonly stamped: boolean;
}

function isLabel(name: string): boolean {
  const words = name.split(' ');
  return (
    words.some(
      (w) => NOT_NAME_WORDS.has(w) || FIELD_LABELS.has(w) || NOT_SPEAKERS.has(w) || TITLES.has(w),
    ) || new HintContext(name).speaksOfAnyType()
  );
}

function isKnownName(name: string): boolean {
  return name.split(' ').some((w) => isWideGiven(w) || isWideFamily(w));
}

export function findTranscriptSpeakers(s: ScanState): void {
  const lines: SpeakerLine[] = [];
  SPEAKER_LINE_RE.lastIndex = 0;
  for (let m = SPEAKER_LINE_RE.exec(s.text); m !== null; m = SPEAKER_LINE_RE.exec(s.text)) {
    const name = m[2] ?? '';
    lines.push({
      start: m.index + m[0].indexOf(name, (m[1] ?? '').length),
      name,
      words: (m[3] ?? '').trim().split(/\s+/).length,
      stamped: m[1] !== undefined,
    });
  }
  if (lines.length < 3) return;
  const counts = new Map<string, number>();
  let turns = 0;
  lines.forEach((l, k) => {
    counts.set(l.name, (counts.get(l.name) ?? 0) + 1);
    if (k > 0 && lines[k - 1]?.name !== l.name) turns++;
  });
  const speakers = [...counts.keys()].filter((n) => !isLabel(n));
  // "Siegitte: Hallo …\nKunde: …": a named agent talking with a customer by role.
  const withRole = [...counts.keys()].some((n) => ROLE_SPEAKERS.has(n.toLowerCase()));
  if (
    speakers.length < (withRole ? 1 : 2) ||
    turns < 2 ||
    !speakers.some((n) => (counts.get(n) ?? 0) >= 2) ||
    lines.filter((l) => l.words >= 3).length * 2 < lines.length
  )
    return;
  // Known: to a name list, or already found as a person where it speaks.
  const found = new Set(
    lines
      .filter((l) =>
        s.candidates.some((c) => c.type === 'PERSON' && c.score >= 0.5 && c.start === l.start),
      )
      .map((l) => l.name),
  );
  const known = speakers.filter((n) => found.has(n) || isKnownName(n)).length;
  if (!withRole && known * 2 < speakers.length && !lines.every((l) => l.stamped)) return;
  for (const l of lines) {
    if (isLabel(l.name)) continue;
    s.push({
      type: 'PERSON',
      start: l.start,
      end: l.start + l.name.length,
      score: 0.7,
      recognizer: 'person',
      reason: 'speaker of a transcript',
    });
  }
}

// "Nova: Hi! I'm the Northpeak assistant", "Bolt : Bonjour ! Je suis l'assistant de …": a
// speaker who introduces itself as an assistant or a bot.
const BOT_INTRO_RE =
  /(?:^|\n)[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?(\p{Lu}[\p{L}-]{1,20})[ \t]?:[ \t]+[^\n]{0,60}?(?:i['’]m|i am|je suis|soy|ich bin|this is)[^\n]{0,40}?(?:assistant|assistent|asistente|assistente|chatbot|bot)\b/giu;

// "You are Otto, the support assistant of …", "Tu es Emma, l'assistant …", "Eres Clara, la
// asistente …": a system prompt giving an assistant a person's name.
const PERSONA_RE =
  /(?:you are|you're|tu es|vous êtes|du bist|sie sind|eres|usted es)\s+(\p{Lu}[\p{L}-]{1,20}),?\s+(?:the|your|an?|l['’]|le|la|votre|ton|ta|der|die|dein|deine|ihr|el|tu|su|un|una|unser|unsere|notre|nuestro|nuestra)\s*[^\n]{0,30}?(?:assistant|assistent|assistentin|asistente|assistante|bot|chatbot|agent|agente|copilot)/giu;

/** Cheap gate: the word an assistant calls itself. */
export function mayHaveBotSpeaker(text: string): boolean {
  return /assist|asist|bot\b/i.test(text);
}

/** Drops the persons found where a chat's assistant or bot, named like a person, speaks. */
export function dropBotSpeakers(s: ScanState): void {
  const bots = new Set<string>();
  BOT_INTRO_RE.lastIndex = 0;
  for (let m = BOT_INTRO_RE.exec(s.text); m !== null; m = BOT_INTRO_RE.exec(s.text))
    bots.add(m[1] ?? '');
  PERSONA_RE.lastIndex = 0;
  for (let m = PERSONA_RE.exec(s.text); m !== null; m = PERSONA_RE.exec(s.text))
    bots.add(m[1] ?? '');
  if (bots.size === 0) return;
  const kept = s.candidates.filter(
    (c) => c.type !== 'PERSON' || !bots.has(s.text.slice(c.start, c.end)),
  );
  s.candidates.length = 0;
  s.candidates.push(...kept);
}
