import { NOT_NAME_WORDS } from './name-lists.js';
import type { ScanState } from './scan-state.js';

/*
 * Minutes and invitations list people after a label: "Attendees: Lonzo Murray, Wiley Mayer,
 * Fias (remote)", "Présents : …", "Teilnehmende: …". Each item of such a list that is shaped
 * like a name (one to four capitalised words) is a person, listed in a name list or not.
 */

const LABEL_RE =
  /(?:^|\n)[ \t]*(?:attendees|participants|present|présents|présentes|presents|teilnehmende|teilnehmer|teilnehmerinnen|anwesend|anwesende|asistentes|participantes|presentes|invités|invitées|eingeladen|invitados|cc)[ \t]*:[ \t]*([^\n]+)/giu;
// One item: capitalised words (hyphens, apostrophes, particles), then an optional "(remote)".
const ITEM_RE =
  /^(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?: (?:(?:van|von|de|del|da|di|der|la|le) )?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){0,3})(?:\s*\([^)]{1,30}\))?$/u;

/** Cheap gate: a list label with a colon somewhere in the text. */
export function mayHaveAttendees(text: string): boolean {
  if (!text.includes(':')) return false;
  LABEL_RE.lastIndex = 0;
  return LABEL_RE.test(text);
}

export function findAttendeeNames(s: ScanState): void {
  const text = s.text;
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(text); m !== null; m = LABEL_RE.exec(text)) {
    const list = m[1] ?? '';
    const listStart = m.index + m[0].length - list.length;
    // Items separated by commas, semicolons or " and "/" und "/" et "/" y ".
    const parts = list.split(/(,|;| and | und | et | y )/u);
    let offset = listStart;
    for (const part of parts) {
      const at = offset;
      offset += part.length;
      const lead = part.length - part.trimStart().length;
      const item = part.trim().replace(/[.!]$/u, '');
      const name = ITEM_RE.exec(item)?.[1];
      if (name === undefined) continue;
      if (name.split(' ').some((w) => NOT_NAME_WORDS.has(w))) continue;
      s.push({
        type: 'PERSON',
        start: at + lead,
        end: at + lead + name.length,
        score: 0.8,
        recognizer: 'person',
        reason: 'item of a list of attendees',
      });
    }
  }
}
