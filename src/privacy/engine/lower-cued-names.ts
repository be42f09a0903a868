import { NOT_NAME_WORDS } from './name-lists.js';
import { titleCaseName } from './name-gazetteer.js';
import type { ScanState } from './scan-state.js';

/*
 * Names typed in lower case where a cue leaves no doubt, as hurried call notes and transcripts
 * write them: after a title ("tel. m. fr. buchholz", "appel de mme durand"), before a relation
 * in brackets ("spoke w/ reeton (wife of acct holder …)"), and after a card or account holder's
 * label ("Inh. sylvia grob.", "titular gulodino vutero tazana."). The cue says what the word is,
 * so no name list needs to know it.
 */

// A title in lower case, then one lower-case word.
const LOWER_TITLE_RE =
  /(?:^|[^\p{L}.])(?:mr|mrs|ms|dr|mme|mlle|frau|herr|fr|hr|sr|sra|srta|señor|señora|monsieur|madame)\.? (\p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}\d])/gu;

// One word, then a relation in brackets: "reeton (wife of", "buchholz (tochter v.".
const RELATION_AFTER_RE =
  /(?:^|[\s:,;/])(\p{L}[\p{Ll}'’-]{2,}) \((?:wife|husband|son|daughter|mother|father|sister|brother|partner|widow|widower|niece|nephew|tochter|sohn|mutter|vater|ehefrau|ehemann|frau|mann|schwester|bruder|witwe|witwer|nichte|neffe|fille|fils|mère|père|épouse|époux|femme|mari|sœur|soeur|frère|veuve|nièce|neveu|hija|hijo|madre|padre|esposa|esposo|mujer|marido|hermana|hermano|viuda|viudo|sobrina|sobrino) (?:of|de|del|de la|d['’]|v\.|von|vom)/gu;

// A holder's label, then two to four lower-case words closing the clause.
const LOWER_HOLDER_RE =
  /(?:^|[^\p{L}])(?:[Ii]nh\.|[Ii]nhaber(?:in)?|[Kk]arteninhaber(?:in)?|[Kk]ontoinhaber(?:in)?|[Tt]itular|[Tt]itulaire|[Cc]ardholder|[Cc]ard holder|[Aa]ccount holder)[ \t]*:?[ \t]+(\p{Ll}[\p{Ll}'’-]+(?: \p{Ll}[\p{Ll}'’-]+){1,3})(?=[ \t]*(?:[.,;)]|$))/gmu;

/** Lower-case words a cue may precede that name no one: articles, offices, pronouns. */
const NOT_AFTER_TITLE: ReadonlySet<string> = new Set(
  'the and und der die das den dem des ein eine le la les de du des un une est et el los las del un una y es doktor doctor docteur doctora professor profesor profesora président présidente presidente präsident präsidentin maire alcalde alcaldesa bürgermeister bürgermeisterin ober right clean bean president director directora directeur directrice minister ministre ministra'.split(
    ' ',
  ),
);

const ARTICLE_BEFORE_RE =
  /(?:^|[^\p{L}])(?:the|a|an|my|our|your|der|die|das|den|dem|ein|eine|le|la|les|un|une|el|los|las|una|mi|su)\s$/iu;

// The gate in plain literals, no case folding: the finders below match these cases only.
const LOWER_CUE_GATE_RE =
  /(?:mr|mrs|ms|dr|mme|mlle|frau|herr|fr|hr|sr|sra|srta|señor|señora|monsieur|madame)\.? [a-zßà-ÿ]| \((?:wife|husband|son|daughter|mother|father|sister|brother|partner|widow|niece|nephew|tochter|sohn|mutter|vater|ehefrau|ehemann|frau|mann|schwester|bruder|witwe|nichte|neffe|fille|fils|mère|père|épouse|époux|femme|mari|sœur|soeur|frère|veuve|nièce|neveu|hija|hijo|madre|padre|esposa|esposo|mujer|marido|hermana|hermano|viuda|viudo|sobrina|sobrino) |[Ii]nh\.|[Ii]nhaber|[Kk]arteninhaber|[Kk]ontoinhaber|[Tt]itular|[Cc]ard ?holder|[Aa]ccount holder/;

/** Cheap gate: a lower-case title, a relation in brackets or a holder's label. */
export function mayHaveLowerCuedName(text: string): boolean {
  return LOWER_CUE_GATE_RE.test(text);
}

function isNameWord(word: string): boolean {
  return !NOT_AFTER_TITLE.has(word) && !NOT_NAME_WORDS.has(titleCaseName(word));
}

function pushName(s: ScanState, start: number, end: number, score: number, reason: string): void {
  if (s.candidates.some((c) => c.score >= 0.5 && c.start < end && c.end > start)) return;
  s.push({ type: 'PERSON', start, end, score, recognizer: 'person', reason });
}

export function findLowerCuedNames(s: ScanState): void {
  const text = s.text;
  LOWER_TITLE_RE.lastIndex = 0;
  for (let m = LOWER_TITLE_RE.exec(text); m !== null; m = LOWER_TITLE_RE.exec(text)) {
    const word = m[1] ?? '';
    if (!isNameWord(word)) continue;
    const end = m.index + m[0].length;
    pushName(s, end - word.length, end, 0.6, 'lower-case word after a title');
  }
  RELATION_AFTER_RE.lastIndex = 0;
  for (let m = RELATION_AFTER_RE.exec(text); m !== null; m = RELATION_AFTER_RE.exec(text)) {
    const word = m[1] ?? '';
    const start = m.index + m[0].indexOf(word);
    // "the contract (mother of all deals)": a noun after its article.
    if (
      !isNameWord(word.toLowerCase()) ||
      ARTICLE_BEFORE_RE.test(text.slice(Math.max(0, start - 6), start))
    )
      continue;
    pushName(s, start, start + word.length, 0.6, 'word before a relation in brackets');
    RELATION_AFTER_RE.lastIndex = start + word.length;
  }
  LOWER_HOLDER_RE.lastIndex = 0;
  for (let m = LOWER_HOLDER_RE.exec(text); m !== null; m = LOWER_HOLDER_RE.exec(text)) {
    const value = m[1] ?? '';
    if (!value.split(' ').every(isNameWord)) continue;
    const end = m.index + m[0].length;
    pushName(s, end - value.length, end, 0.65, 'lower-case name after a holder label');
  }
}
