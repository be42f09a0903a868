import {
  findEmbeddedTables,
  isPersonHeader,
  isProductHeader,
  type EmbeddedTable,
} from './embedded-tables.js';
import type { Finding } from './entity-types.js';
import { NOT_NAME_WORDS } from './name-lists.js';
import { titleCaseName } from './name-gazetteer.js';
import { HintContext, type ScanState } from './scan-state.js';

/*
 * The cells of tables pasted into a text (see embedded-tables.ts), each analysed with its column
 * header as context, as a CSV cell is. The cell's own analysis is the one that counts: what the
 * whole-text pass made of a cell (reading its neighbours in the row as context) is dropped. As in
 * a table scan, a column of names is a name column: its other name-shaped cells count as names.
 */

/** What the analyser offers: findings for a value with a header as context. */
interface CellAnalyzer {
  analyze(text: string, hint?: string): Finding[];
}

/**
 * Headers that can only hold people's names: "last_name", "Vorname", "prénom", "apellidos", and
 * their abbreviations ("LName", "Nachn.", "Apellido1").
 */
const NAME_HEADER_RE =
  /^(?:(?:first|last|given|family|middle|sur|fore|maiden|full|f|l)[ _.-]?name|surname|forename|vorname|nachname|familienname|vorn\.|nachn\.|prénom|prenom|nom de famille|nom complet|apellidos?|apellido ?[12]|nombre de pila|nombre completo)s?$/iu;

/** Loose headers: a name of anything, a person's beside a contact or given-name column. */
const LOOSE_NAME_HEADER_RE = /^(?:name|nom|nombre|names|noms)$/i;
/** Headers of the columns that make a table a list of people: e-mail, phone, birth date, account. */
const CONTACT_TYPES = [
  'EMAIL',
  'PHONE',
  'DATE_OF_BIRTH',
  'IBAN',
  'US_SSN',
  'NATIONAL_ID',
  'STREET_ADDRESS',
] as const;

/**
 * Name-shaped cell: up to five name words — capitalised ("Anna"), in capitals ("KELLER") or
 * initials ("T.") — joined by spaces or hyphens, particles between them, and at most one comma
 * ("Keller, Anna"); particles may open it ("de la Anderson").
 */
const NAME_CELL_WORD = String.raw`(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}[\p{Lu}'’]+|\p{Lu}\.)`;
const NAME_CELL_PARTICLE = '(?:(?:de|del|da|di|du|van|von|der|den|le|la|los|las) ){0,2}';
const NAME_CELL_RE = new RegExp(
  `^${NAME_CELL_PARTICLE}${NAME_CELL_WORD}(?:(?:[ -]|, )${NAME_CELL_PARTICLE}${NAME_CELL_WORD}){0,4}$`,
  'u',
);
/** A name typed in lower case ("jesriis lemann"): taken only under a header that says names. */
const LOWER_NAME_CELL_RE = /^\p{Ll}{2,}(?:[ -]\p{Ll}{2,}){0,3}$/u;

function isNameShaped(value: string): boolean {
  return (
    NAME_CELL_RE.test(value) &&
    value.indexOf(',') === value.lastIndexOf(',') &&
    /\p{L}{2}/u.test(value) &&
    !value
      .split(/[ ,-]+/)
      .some((w) => NOT_NAME_WORDS.has(w) || NOT_NAME_WORDS.has(titleCaseName(w)))
  );
}

function isLowerName(value: string): boolean {
  return (
    LOWER_NAME_CELL_RE.test(value) &&
    !value.split(/[ -]/).some((w) => NOT_NAME_WORDS.has(titleCaseName(w)))
  );
}

interface Cell {
  readonly start: number;
  readonly end: number;
}

export function addEmbeddedTableCells(s: ScanState, analyzer: CellAnalyzer): void {
  const text = s.text;
  for (const table of findEmbeddedTables(text)) {
    dropFindingsIn(s, table.headerStart, table.headerEnd);
    for (const row of table.rows) for (const cell of row) dropFindingsIn(s, cell.start, cell.end);
    const kinds = tableKinds(table);
    table.header.forEach((header, c) => {
      // A loose "name" speaks of people only in a table of people: in a products table it is no
      // context for the cells under it.
      const hint =
        LOOSE_NAME_HEADER_RE.test(header.trim()) && !kinds.nameParts && !kinds.contacts
          ? ''
          : header;
      const products = isProductHeader(header);
      let cellsWithText = 0;
      let wholeNames = 0;
      let nameShaped = 0;
      const unnamed: Cell[] = [];
      const lower: Cell[] = [];
      for (const row of table.rows) {
        const cell = row[c];
        if (cell === undefined || cell.end <= cell.start) continue;
        cellsWithText++;
        const value = text.slice(cell.start, cell.end);
        const all = analyzer.analyze(value, hint);
        const found = products ? all.filter((f) => f.type !== 'PERSON') : all;
        for (const f of found)
          s.push({ ...f, start: cell.start + f.start, end: cell.start + f.end });
        const name = found.find((f) => f.type === 'PERSON');
        if (name !== undefined && (name.end - name.start) / value.length >= 0.7) {
          wholeNames++;
          nameShaped++;
        } else if (found.length === 0 && isNameShaped(value)) {
          unnamed.push(cell);
          nameShaped++;
        } else if (found.length === 0 && isLowerName(value)) lower.push(cell);
      }
      const saysNames = headerSaysNames(header, kinds);
      const names =
        !products && (saysNames || isNameColumn(header, cellsWithText, wholeNames, nameShaped))
          ? unnamed
          : [];
      for (const cell of saysNames ? [...names, ...lower] : names)
        s.push({
          type: 'PERSON',
          start: cell.start,
          end: cell.end,
          score: 0.7,
          recognizer: 'person',
          reason: 'name-shaped cell in a name column of a pasted table',
        });
    });
  }
}

interface TableKinds {
  /** A column of given or family names ("prenom", "last_name"). */
  readonly nameParts: boolean;
  /** A column of e-mail addresses, phones or birth dates. */
  readonly contacts: boolean;
}

function tableKinds(table: EmbeddedTable): TableKinds {
  return {
    nameParts: table.header.some((h) => NAME_HEADER_RE.test(h.trim())),
    contacts: table.header.some((h) => new HintContext(h).hasAny(CONTACT_TYPES)),
  };
}

/**
 * A header that says its cells are people's names: a name part ("Vorname"), a role ("Gast",
 * "Member"), or a loose "name" in a table of contacts or beside a name part.
 */
function headerSaysNames(header: string, kinds: TableKinds): boolean {
  const h = header.trim();
  if (NAME_HEADER_RE.test(h) || isPersonHeader(h)) return true;
  return LOOSE_NAME_HEADER_RE.test(h) && (kinds.nameParts || kinds.contacts);
}

/**
 * A column of names by its cells: half of them whole names; or every cell has a name's shape,
 * one of them a known name, and the header speaks of no other kind of data (a "City" column of
 * "Paris", "Florence" is not one).
 */
function isNameColumn(
  header: string,
  cells: number,
  wholeNames: number,
  nameShaped: number,
): boolean {
  if (wholeNames * 2 >= cells) return true;
  if (wholeNames === 0 || nameShaped < cells || cells < 2) return false;
  const hint = new HintContext(header);
  return !hint.speaksOfAnyType() || hint.has('PERSON');
}

function dropFindingsIn(s: ScanState, start: number, end: number): void {
  const kept = s.candidates.filter((f) => f.end <= start || f.start >= end);
  if (kept.length === s.candidates.length) return;
  s.candidates.length = 0;
  s.candidates.push(...kept);
}
