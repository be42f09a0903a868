import { HintContext } from './scan-state.js';
import { findSqlInserts, mayHaveSqlInserts } from './sql-inserts.js';

/*
 * People paste tables into tickets and e-mails: a header line such as "name;email;phone" or
 * "id,last_name,first_name,birth_date" with a few rows under it, a markdown table
 * ("| Member | Born | Phone |", then "|---|---|---|"), or columns lined up with spaces as a
 * terminal prints them. A value in such a row is far from its header, so the context words of
 * the text never reach it; this finds the blocks so each cell can be analysed with its column
 * header as context, as a CSV cell is.
 */

/** A cell of a pasted table: its offsets in the text (trimmed, without quotes). */
export interface EmbeddedCell {
  readonly start: number;
  readonly end: number;
}

export interface EmbeddedTable {
  readonly header: readonly string[];
  /** Where the header line starts and ends in the text. */
  readonly headerStart: number;
  readonly headerEnd: number;
  /** Data rows, each with one cell per header field. */
  readonly rows: readonly (readonly EmbeddedCell[])[];
}

/**
 * Headers naming people by their role in the table: guests, members, players, volunteers,
 * companions ("Gast", "Licencié(e)", "Socio/a", "plus_one"). Their cells are names too.
 */
const PERSON_HEADER_RE =
  /^(?:guests?|gast|gäste|invit[ée]e?s?|invitad[oa]s?|members?|mitglied(?:er)?|soci[oa]s?|licenci[ée]e?s?|players?|spieler(?:in)?|joueur|joueuse|jugador(?:a)?|participants?|participantes?|teilnehmer(?:in)?|teilnehmende|attendees?|volunteers?|ehrenamtliche?r?|bénévoles?|voluntari[oa]s?|reporter|companion|begleitung|begleitperson|accompagnant(?:e)?|acompañante|plus[ _-]?one|passengers?|passagier(?:e)?|passag[eè]re?s?|pasajer[oa]s?|tenants?|mieter(?:in)?|locataires?|inquilin[oa]s?|employees?|mitarbeiter(?:in)?|employ[ée]e?s?|emplead[oa]s?|students?|schüler(?:in)?|élèves?|alumn[oa]s?|patients?|patientin|pacientes?|contact(?:o)?|kontakt|ansprechpartner(?:in)?|person|persona|personne|who|wer|qui|quién|athl[eè]tes?|athlet(?:in)?|atletas?|runners?|läufer(?:in)?|coureur|coureuse|corredor(?:a)?|speakers?|sprecher(?:in)?|referent(?:in)?|intervenant(?:e)?s?|ponentes?|conferenciante)$/iu;

/** The header without a gender suffix: "Licencié(e)" → "Licencié", "Socio/a" → "Socio". */
function bareHeader(header: string): string {
  return header
    .trim()
    .replace(/\s*(?:\([a-z]{1,3}\)|\/[a-z]{1,3})$/iu, '')
    .trim();
}

/** True when `header` names a person's role ("Gast", "Member"): a table header that speaks. */
export function isPersonHeader(header: string): boolean {
  return PERSON_HEADER_RE.test(bareHeader(header));
}

/** Headers of things for sale: their cells ("Billy", "Monsieur Cuisine") are products, not people. */
const PRODUCT_HEADER_RE =
  /^(?:products?|produkt|produkte|produits?|productos?|artikel|articles?|artículos?|articulos?|items?|models?|modell|modèle|modelo|brands?|marke|marque|marca|bezeichnung|désignation|designation)$/iu;

/** True when `header` names products ("Product", "Artikel", "Marque"): its cells are not people. */
export function isProductHeader(header: string): boolean {
  return PRODUCT_HEADER_RE.test(header.trim());
}

/** `'  '` stands for columns lined up with runs of two or more spaces. */
const DELIMITERS = [';', '\t', '|', ',', '  '] as const;
type Delimiter = (typeof DELIMITERS)[number];
/** A header field: a short label, letters first (or "#", "Nº"), no digits-only or sentence-like text. */
const HEADER_FIELD_RE = /^(?:[\p{L}_][\p{L}\p{N} _.#/()-]{0,31}|#|N[ºo°]\.?)$/u;
const MAX_FIELDS = 40;
const MAX_LINE = 2000;

interface Line {
  readonly start: number;
  readonly text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    lines.push({ start, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

// A rule under a header: "|---|:--:|", "+----+----+", "-----  -------", "===  ===".
const RULE_RE =
  /^[ \t]*[|+]?[ \t]*:?[-=]{3,}:?[ \t]*(?:[|+ \t][ \t]*:?[-=]{3,}:?[ \t]*)*[|+]?[ \t]*$/;

/** The part of a line inside a markdown table's outer pipes ("| a | b |" → " a | b "). */
function inner(line: string, delimiter: Delimiter): { from: number; to: number } {
  let from = 0;
  let to = line.length;
  while (to > from && (line[to - 1] === ' ' || line[to - 1] === '\t')) to--;
  if (delimiter === '  ') {
    while (from < to && line[from] === ' ') from++;
    return { from, to };
  }
  if (delimiter !== '|') return { from, to };
  while (from < to && line[from] === ' ') from++;
  if (line[from] === '|') from++;
  if (to > from && line[to - 1] === '|') to--;
  return { from, to };
}

/**
 * Splits one line at `delimiter` into cell spans (offsets relative to the line). A field in
 * double quotes may hold the delimiter; quotes and surrounding spaces are not part of the cell.
 * Outer pipes of a markdown row are not cells. Returns undefined when a quote is left open.
 */
function splitLine(line: string, delimiter: Delimiter): EmbeddedCell[] | undefined {
  const { from, to } = inner(line, delimiter);
  if (delimiter === '  ') return splitAligned(line, from, to);
  const cells = splitDelimited(line.slice(0, to), delimiter, from);
  return cells;
}

/** Cells of a line whose columns are separated by two or more spaces or a tab. */
function splitAligned(line: string, from: number, to: number): EmbeddedCell[] {
  const cells: EmbeddedCell[] = [];
  const re = / {2,}|\t/g;
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(line); m !== null && m.index < to; m = re.exec(line)) {
    cells.push({ start, end: m.index });
    start = m.index + m[0].length;
    if (cells.length > MAX_FIELDS) return cells;
  }
  if (start < to) cells.push({ start, end: to });
  return cells;
}

function splitDelimited(line: string, delimiter: string, from: number): EmbeddedCell[] | undefined {
  const cells: EmbeddedCell[] = [];
  let i = from;
  for (;;) {
    while (i < line.length && line[i] === ' ') i++;
    let start = i;
    let end: number;
    let next: number;
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      if (close < 0) return undefined;
      start = i + 1;
      end = close;
      next = line.indexOf(delimiter, close + 1);
    } else {
      next = line.indexOf(delimiter, i);
      end = next < 0 ? line.length : next;
    }
    while (end > start && line[end - 1] === ' ') end--;
    cells.push({ start, end });
    if (next < 0 || cells.length > MAX_FIELDS) return cells;
    i = next + delimiter.length;
  }
}

/** The header's fields when `line` reads as a table header that names personal data. */
function headerFields(line: string, delimiter: Delimiter): string[] | undefined {
  if (!line.includes(delimiter) || line.length > MAX_LINE) return undefined;
  const cells = splitLine(line, delimiter);
  if (cells === undefined) return undefined;
  const fields = cells.map((c) => line.slice(c.start, c.end));
  // Space-aligned columns need three fields at least: two words apart are too common in prose.
  if (fields.length < (delimiter === '  ' ? 3 : 2) || fields.length > MAX_FIELDS) return undefined;
  // "APELLIDOS, NOMBRE", "Name, Vorname": one field naming a reversed name.
  if (!fields.every((f) => HEADER_FIELD_RE.test(delimiter === ',' ? f : f.replace(', ', ' '))))
    return undefined;
  // Prose with commas ("Hi Anna, thanks, see you") must not pass: every label is at most three
  // words, and most of them speak of personal data as column headers do.
  if (fields.some((f) => f.split(' ').length > 3)) return undefined;
  // Half of them, two at least ("| Member | Born | Phone | Team |").
  // A header naming people by their role ("Athlète", "Gast") counts twice: it says whose table.
  // A table of products is read too, so that its cells are not taken for people.
  if (fields.some(isProductHeader)) return fields;
  const speaking = fields.reduce(
    (n, f) => n + (isPersonHeader(f) ? 2 : new HintContext(f).speaksOfAnyType() ? 1 : 0),
    0,
  );
  // Or three at least, whatever the other columns are ("EmpID,LName,FName,DOB,Str.,ZIP,…").
  return speaking * 2 > fields.length ||
    speaking >= 3 ||
    (speaking >= 2 && speaking * 2 === fields.length)
    ? fields
    : undefined;
}

/**
 * True when a row of `cells` fields belongs under a header of `fields`: as many, or, except for
 * commas (which prose has too), one or two fewer when the last cells are empty.
 */
function rowFits(cells: number, fields: number, delimiter: Delimiter): boolean {
  if (cells === fields) return true;
  return delimiter !== ',' && cells < fields && cells >= 2 && fields - cells <= 2;
}

/** Tables pasted into `text`: a header line and at least one row with as many fields. */
const NO_TABLES: readonly EmbeddedTable[] = [];

export function findEmbeddedTables(text: string): readonly EmbeddedTable[] {
  const inserts = mayHaveSqlInserts(text) ? findSqlInserts(text) : NO_TABLES;
  if (!text.includes('\n')) return inserts; // most texts: no allocation
  const lines = linesOf(text);
  const tables: EmbeddedTable[] = [...inserts];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i];
    if (head === undefined) continue;
    for (const delimiter of DELIMITERS) {
      const header = headerFields(head.text, delimiter);
      if (header === undefined) continue;
      const rows: EmbeddedCell[][] = [];
      let j = i + 1;
      if (RULE_RE.test(lines[j]?.text ?? '')) j++;
      for (; j < lines.length; j++) {
        const line = lines[j];
        if (line === undefined || line.text.trim() === '' || line.text.length > MAX_LINE) break;
        const cells = splitLine(line.text, delimiter);
        if (cells === undefined || !rowFits(cells.length, header.length, delimiter)) break;
        const row = cells.map((c) => ({ start: line.start + c.start, end: line.start + c.end }));
        // Empty trailing cells a trimmed line lost ("…\thalwyn@x.au\t"): empty at the line's end.
        const lineEnd = line.start + line.text.length;
        while (row.length < header.length) row.push({ start: lineEnd, end: lineEnd });
        rows.push(row);
      }
      if (rows.length > 0) {
        tables.push({
          header,
          headerStart: head.start,
          headerEnd: head.start + head.text.length,
          rows,
        });
        i = j - 1;
        break;
      }
    }
  }
  return tables;
}
