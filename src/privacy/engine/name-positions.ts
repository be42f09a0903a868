import { isKnownFamily, isKnownGiven } from './name-gazetteer.js';
import { NOT_NAME_WORDS } from './name-lists.js';
import type { ScanState } from './scan-state.js';

/*
 * Names known by where they stand, not by any list: the line under a sign-off ("Kind regards,\nK.
 * Feest"), a signature's name above its job title at the end of a message ("Mafonso Ritrán\n
 * Reclutador, Andes Digital"), the first line of a CV ("Résumé\nLyndy Breleigh Kirby"), and a
 * profile's "Baslien, 57".
 */

// A whole line holding a name only: initials, one to four capitalised words, particles.
const NAME_LINE_RE =
  /^[ \t]*((?:\p{Lu}\.[ -]?)*\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?: (?:(?:de|del|de la|van|von|van der|le|la|da|di|du) )?(?:\p{Lu}\. ?)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){0,3})[ \t]*$/u;

// Affectionate sign-offs close letters between people: no team signs after "Love," or "Bisous,".
export const FOND_SIGN_OFF = String.raw`(?:(?:lots of |all my |much |with )?love|xoxo|xo|hugs|kisses|(?:big )?hugs and kisses|(?:un )?besos?|besitos|(?:un )?abrazos?|(?:con )?cariño|cariños|(?:gros )?bisous|(?:grosses )?bises|je t['’]embrasse|bussi|küsse|kuss|(?:dicke )?umarmung|hdl|hdgdl)`;

// "Love, Ruthie" or "Bisous, Berelle" alone on a line: a fond sign-off and the name signing it.
const FOND_SIGNED_LINE_RE = new RegExp(
  String.raw`^[ \t]*${FOND_SIGN_OFF}[ \t]*[,!]?[ \t]+((?:\p{Lu}\. ?)?\p{Lu}[\p{Ll}'’]{1,}(?:-\p{Lu}[\p{Ll}'’]+)?)[ \t]*[.!]?[ \t]*$`,
  'iu',
);

/** A line holding a fond sign-off only ("Love,", "Gros bisous !"). */
export const FOND_SIGN_OFF_LINE_RE = new RegExp(
  String.raw`^[ \t]*${FOND_SIGN_OFF}[ \t]*[,.!]*[ \t]*$`,
  'iu',
);

const SIGN_OFF_LINE_RE =
  /^[ \t]*(?:(?:lots of |all my |much |with )?love|xoxo|hugs|bisous|besos|abrazos|(?:kind|best|warm|many)? ?regards|best|cheers|thanks|thank you|sincerely|yours sincerely|yours faithfully|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße|gruß|cordialement|bien cordialement|bien à vous|sincères salutations|salutations|merci|amitiés|bises|saludos|saludos cordiales|un saludo|atentamente|cordialmente|gracias|un abrazo)[ \t]*[,.!]?[ \t]*$/iu;

// A job title or a department opening the line under a signature's name.
const ROLE_LINE_RE =
  /^[ \t]*(?:senior |junior |chief |head of |leiter(?:in)? |jefe de |jefa de |responsable |chargée? de )?(?:manager|managerin|director|directora|directeur|directrice|secretary|secretaria|secrétaire|sekretärin|assistant|assistante|assistentin|asistente|recruiter|recruiterin|reclutador|reclutadora|recruteur|recruteuse|agent|agente|advisor|adviser|asesor|asesora|conseiller|conseillère|berater|beraterin|sachbearbeiter|sachbearbeiterin|engineer|ingeniero|ingeniera|ingénieur|ingenieur|ingenieurin|consultant|consultante|coordinator|coordinador|coordinadora|coordinateur|coordinatrice|koordinator|koordinatorin|officer|specialist|spécialiste|especialista|analyst|analyste|analista|founder|fundador|fundadora|fondateur|fondatrice|gründer|gründerin|ceo|cto|cfo|coo|inhaber|inhaberin|propietario|propietaria|medical secretary|customer service|customer care|service client|kundenservice|atención al cliente|it|hr|rrhh|support|soporte)(?![\p{L}])[^\n]{0,60}$/iu;

const CV_TITLE_LINE_RE =
  /^[ \t]*(?:résumé|resume|cv|curriculum vitae|lebenslauf|currículum(?: vitae)?|curriculum)[ \t]*:?[ \t]*$/iu;

// "— Flodoard, 4 juin 2024": a quote or a review signed after a dash, with a date or a place; a
// list item's title before its ISBN or price ("- Learning Julia, ISBN …") signs nothing.
const ATTRIBUTION_LINE_RE =
  /^[ \t]*[—–-][ \t]*((?:\p{Lu}\.[ ]?)?\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+|(?: \p{Lu}\.)){0,2}),[ \t]+(?!ISBN|ISSN|DOI|EAN|SKU|[€$£])[^\n]{0,40}\d[^\n]{0,20}$/u;

// "2025-08-04 20:59:35,733 [J. Hodkiewicz] email bounced", "02/11/2023 (Tomas) mail en erreur":
// a dated note and its author in brackets, as CRM and ticket histories write them.
const DATED_AUTHOR_LINE_RE =
  /^[ \t]*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:[,.]\d{1,6})?)?[ \t]+[[(]((?:\p{Lu}\.[ ]?)?\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?)[\])][ \t]/u;

// "> Necadino escribió:", "On Mon, 3 May 2024, Ana Ruiz <ana@x.es> wrote:": the header a mail
// client writes over a quoted message names its author, whoever it is.
const QUOTE_HEADER_LINE_RE =
  /^[ \t>]*(?:(?:On|Am|Le|El) [^\n]{4,60}?,? )?((?:\p{Lu}\.[ ]?)?\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2})(?: <[^>\n]{3,80}>)? (?:wrote|schrieb|a écrit|escribió)[ \t]?:[ \t]*$/u;

// "Baslien, 57" alone on a line: a profile's name and age.
const NAME_AGE_LINE_RE = /^[ \t]*(\p{Lu}[\p{Ll}'’-]+), (?:1[89]|[2-9]\d)[ \t]*$/u;

/** Cheap gate: two lines at least. */
export function mayHavePositionedNames(text: string): boolean {
  return text.includes('\n');
}

interface Line {
  readonly start: number;
  readonly text: string;
}

export function findPositionedNames(s: ScanState): void {
  const lines: Line[] = [];
  let at = 0;
  for (const text of s.text.split('\n')) {
    if (text.trim() !== '') lines.push({ start: at, text });
    at += text.length + 1;
  }
  lines.forEach((line, k) => {
    const age = NAME_AGE_LINE_RE.exec(line.text);
    if (age !== null) {
      push(s, line, age[1] ?? '', 0.6, 'name and age of a profile');
      return;
    }
    const author = DATED_AUTHOR_LINE_RE.exec(line.text);
    const who = author?.[1] ?? '';
    // One unknown word in brackets may be a component ("[Scheduler]"); an initial, two words or a
    // known given name is a person.
    if (author !== null && (who.includes(' ') || who.includes('.') || isKnownGiven(who))) {
      push(s, line, who, 0.7, 'author of a dated note');
      return;
    }
    const quoted = QUOTE_HEADER_LINE_RE.exec(line.text);
    if (quoted !== null) {
      push(s, line, quoted[1] ?? '', 0.7, 'author in the header of a quoted message');
      return;
    }
    const signed = ATTRIBUTION_LINE_RE.exec(line.text);
    if (signed !== null) {
      push(s, line, signed[1] ?? '', 0.65, 'name signing a quote after a dash');
      return;
    }
    const fond = FOND_SIGNED_LINE_RE.exec(line.text);
    if (fond !== null && /^\p{Lu}/u.test(fond[1] ?? '')) {
      push(s, line, fond[1] ?? '', 0.7, 'name signing after a fond sign-off');
      return;
    }
    const m = NAME_LINE_RE.exec(line.text);
    if (m === null) return;
    const name = m[1] ?? '';
    const prev = lines[k - 1]?.text ?? '';
    const next = lines[k + 1]?.text ?? '';
    // After a sign-off a team signs too ("Cheers,\nDevops"): one word must be a known name.
    if (SIGN_OFF_LINE_RE.test(prev)) {
      if (
        name.includes(' ') ||
        isKnownGiven(name) ||
        isKnownFamily(name) ||
        FOND_SIGN_OFF_LINE_RE.test(prev)
      )
        push(s, line, name, 0.75, 'name on the line after a sign-off');
    } else if (k <= 2 && CV_TITLE_LINE_RE.test(prev))
      push(s, line, name, 0.75, 'name under the title of a CV');
    // A signature closes a message: its name stands among the last lines.
    else if (k >= lines.length - 5 && k > 0 && ROLE_LINE_RE.test(next))
      push(s, line, name, 0.7, 'name on the line above a job title');
  });
}

function push(s: ScanState, line: Line, name: string, score: number, reason: string): void {
  if (name.split(/[ -]/).some((w) => NOT_NAME_WORDS.has(w.replace(/\.$/, '')))) return;
  const start = line.start + line.text.indexOf(name);
  s.push({ type: 'PERSON', start, end: start + name.length, score, recognizer: 'person', reason });
}
