import { NOT_NAME_WORDS } from './name-lists.js';
import type { ScanState } from './scan-state.js';

/*
 * Minutes and invitations list people after a label: "Attendees: Lonzo Murray, Wiley Mayer,
 * Fias (remote)", "Présents : …", "Teilnehmende: …", "RSVPs so far for the reunion: Goneeo,
 * Zuulf and Dreeo Corgaoza". Each item of such a list that is shaped like a name (one to four
 * capitalised words, initials, particles) is a person, listed in a name list or not.
 *
 * And a list that already holds two found names ("Colin Riviere, Guy Dupuy, Céline Brunet et
 * Dreild") is a list of people: its other name-shaped items are people too.
 */

// A label at a line start ("Present:", "cc:"), or a word for a group of people somewhere
// before the colon on the same line ("RSVPs so far for the reunion:", "Ont confirmé pour … :").
const LINE_LABELS =
  'attendees|participants|present|présents|présentes|presents|teilnehmende|teilnehmer|teilnehmerinnen|anwesend|anwesende|asistentes|participantes|presentes|invités|invitées|eingeladen|invitados|cc';
const GROUP_WORDS =
  'attendees|participants|guests|invitees|rsvps?|confirmed|sign-ups|signed up|registered|volunteers|winners|teilnehmende|teilnehmer|teilnehmerinnen|gäste|zusagen|zugesagt|angemeldet|gewinner|helfer|helferinnen|invités|invitées|ont confirmé|confirmé|confirmés|confirmées|inscrits|inscrites|gagnants|bénévoles|asistentes|participantes|invitados|invitadas|confirmados|confirmadas|inscritos|inscritas|ganadores|voluntarios|passengers|travellers|travelers|reisende|passagiere|passagers|voyageurs|pasajeros|viajeros';
const LABEL_RE = new RegExp(
  `(?:(?:^|\\n)[ \\t]*(?:${LINE_LABELS})|(?<![\\p{L}])(?:${GROUP_WORDS})(?![\\p{L}])[^:\\n]{0,48})[ \\t]*:[ \\t]*([^\\n]+)`,
  'giu',
);
// The same label ending its line, then one person per bullet line: "Attendees:\n- Ana Ruiz – CTO".
const BULLETED_RE = new RegExp(
  `(?:(?:^|\\n)[ \\t]*(?:${LINE_LABELS})|(?<![\\p{L}])(?:${GROUP_WORDS})(?![\\p{L}])[^:\\n]{0,48})[ \\t]*:[ \\t]*\\n((?:[ \\t]*[-•*][ \\t]+[^\\n]*(?:\\n|$)){1,50})`,
  'giu',
);
// A bullet, then the item up to a dash, a bracket, a comma, an address or the line's end.
const BULLET_ITEM_RE = /^[ \t]*[-•*][ \t]+([^\n]*?)(?=[ \t]+[–—-][ \t]|[ \t]*[(,<|]|[ \t]*$)/u;
// One item: an initial or capitalised words (hyphens, apostrophes, particles), then an optional
// "(remote)".
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}{2}[\p{Lu}'’]+)(?:-\p{Lu}[\p{Ll}'’]+|-\p{Lu}{2}[\p{Lu}'’]+)?`;
const PARTICLES = String.raw`(?:(?:van|von|de|del|da|di|der|du|la|le) ){0,2}`;
const ITEM = String.raw`(?:\p{Lu}\. )?${PARTICLES}${NAME_WORD}(?: ${PARTICLES}(?:${NAME_WORD}|\p{Lu}\.)){0,3}`;
const ITEM_RE = new RegExp(String.raw`^(${ITEM})(?:\s*\([^)]{1,30}\))?$`, 'u');
// Three names or more joined by commas and a last "and": "Ana Ruiz, Luis Gil y Eva" (commas
// alone also join a name and its fields: "Rath, Evelyn, Geburtsdatum …"). Found from each "and",
// walking back over ", item" pairs, so a long list costs one pass.
const CONJUNCTION_RE = /,? (?:and|und|et|y|e|&) /gu;
const ITEM_AFTER_RE = new RegExp(String.raw`${ITEM}(?![\p{L}\p{N}])`, 'uy');
const WHOLE_ITEM_RE = new RegExp(String.raw`^${ITEM}$`, 'u');
const MAX_ITEMS = 12;
const SEPARATOR_RE = /(,|;| and | und | et | y | e | & )/u;

/** Cheap gate: a colon (a labelled list), or a comma and an "and" (an enumeration). */
export function mayHaveAttendees(text: string): boolean {
  return (
    COLON_SPACE_RE.test(text) ||
    text.includes(':\n') ||
    (text.includes(', ') && CONJUNCTION_GATE_RE.test(text))
  );
}

const CONJUNCTION_GATE_RE = / (?:and|und|et|y|e|&) /;
const COLON_SPACE_RE = /:[ \t]/;

interface Item {
  readonly start: number;
  readonly end: number;
}

/** The items of `list` (at `listStart` in the text) split at commas, semicolons and "and". */
function itemsOf(list: string, listStart: number): (Item | undefined)[] {
  const items: (Item | undefined)[] = [];
  let offset = listStart;
  for (const part of list.split(SEPARATOR_RE)) {
    const at = offset;
    offset += part.length;
    if (SEPARATOR_RE.test(part) && part.trim().length <= 3) continue;
    const lead = part.length - part.trimStart().length;
    const item = part.trim().replace(/[.!]$/u, '');
    if (item === '') continue;
    const name = ITEM_RE.exec(item)?.[1];
    items.push(
      name === undefined || name.split(/[ -]/).some((w) => NOT_NAME_WORDS.has(w))
        ? undefined
        : { start: at + lead, end: at + lead + name.length },
    );
  }
  return items;
}

function push(s: ScanState, item: Item, score: number, reason: string): void {
  if (
    s.candidates.some(
      (c) => c.type === 'PERSON' && c.score >= score && c.start <= item.start && c.end >= item.end,
    )
  )
    return;
  s.push({ type: 'PERSON', start: item.start, end: item.end, score, recognizer: 'person', reason });
}

export function findAttendeeNames(s: ScanState): void {
  const text = s.text;
  if (COLON_SPACE_RE.test(text)) {
    LABEL_RE.lastIndex = 0;
    for (let m = LABEL_RE.exec(text); m !== null; m = LABEL_RE.exec(text)) {
      let list = m[1] ?? '';
      const listStart = m.index + m[0].length - list.length;
      const atLineStart = /^\n?[ \t]*[\p{L}]+[ \t]*:/u.test(m[0]);
      // After a group word mid-line, the list ends with its sentence and must be all names.
      if (!atLineStart) list = list.replace(/\. [\s\S]*$/u, '');
      const items = itemsOf(list, listStart);
      if (!atLineStart && (items.length < 2 || items.includes(undefined))) continue;
      for (const item of items)
        if (item !== undefined) push(s, item, 0.8, 'item of a list of attendees');
    }
  }
  if (text.includes(':\n') || text.includes(': \n')) findBulletedNames(s);
  if (!text.includes(', ')) return;
  CONJUNCTION_RE.lastIndex = 0;
  for (let m = CONJUNCTION_RE.exec(text); m !== null; m = CONJUNCTION_RE.exec(text)) {
    const enumeration = enumerationAround(text, m.index, m.index + m[0].length);
    if (enumeration === undefined) continue;
    const found = (item: Item): boolean =>
      s.candidates.some(
        (c) => c.type === 'PERSON' && c.score >= 0.5 && c.start >= item.start && c.end <= item.end,
      );
    if (enumeration.filter(found).length < 2) continue;
    for (const item of enumeration)
      if (!found(item)) push(s, item, 0.65, 'item of a list of names');
  }
}

/**
 * The items of "A, B, C and D" around the "and" at `from..to`: the item after it, and the
 * ", "-separated items before it back to the first that is not shaped like a name. Undefined
 * unless there are three at least, all free of non-name words.
 */
function enumerationAround(text: string, from: number, to: number): Item[] | undefined {
  ITEM_AFTER_RE.lastIndex = to;
  const last = ITEM_AFTER_RE.exec(text);
  if (last === null) return undefined;
  const items: Item[] = [{ start: to, end: to + last[0].length }];
  let end = from;
  for (let k = 0; k < MAX_ITEMS; k++) {
    const comma = text.lastIndexOf(', ', end - 1);
    const start = comma < 0 || end - comma > 80 ? -1 : comma + 2;
    const candidate = start < 0 ? text.slice(Math.max(0, end - 80), end) : text.slice(start, end);
    // The first item: the longest name-shaped tail of the text before the list.
    if (start < 0 || !WHOLE_ITEM_RE.test(candidate)) {
      const head = firstItemBefore(text, end);
      if (head !== undefined) items.unshift(head);
      break;
    }
    items.unshift({ start, end });
    end = comma;
  }
  if (items.length < 3) return undefined;
  for (const item of items)
    if (
      text
        .slice(item.start, item.end)
        .split(/[ -]/)
        .some((w) => NOT_NAME_WORDS.has(w))
    )
      return undefined;
  return items;
}

/** The name-shaped words right before `end` ("… merci à Jean Martin"): at most four. */
function firstItemBefore(text: string, end: number): Item | undefined {
  const words = text.slice(Math.max(0, end - 80), end).split(' ');
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const tail = words.slice(words.length - n).join(' ');
    if (!WHOLE_ITEM_RE.test(tail)) continue;
    // The longest tail: a sentence opener may ride along ("Llamaron Esteban"), which matters
    // only when that item is not found already, and then only as part of a list of names.
    return { start: end - tail.length, end };
  }
  return undefined;
}

/** One person per bullet line under a list label ("Participants :\n- Misen R. Neviodorot – …"). */
function findBulletedNames(s: ScanState): void {
  const text = s.text;
  BULLETED_RE.lastIndex = 0;
  for (let m = BULLETED_RE.exec(text); m !== null; m = BULLETED_RE.exec(text)) {
    const block = m[1] ?? '';
    let at = m.index + m[0].length - block.length;
    for (const line of block.split('\n')) {
      const b = BULLET_ITEM_RE.exec(line);
      const item = b?.[1];
      if (b !== null && item !== undefined) {
        const name = ITEM_RE.exec(item)?.[1];
        const start = at + b[0].length - item.length;
        if (name !== undefined && !name.split(/[ -]/).some((w) => NOT_NAME_WORDS.has(w)))
          push(s, { start, end: start + name.length }, 0.8, 'item of a list of attendees');
      }
      at += line.length + 1;
    }
  }
}
