import { isKnownFamily, isKnownGiven } from './name-gazetteer.js';
import { NOT_NAME_WORDS, TITLES } from './name-lists.js';
import { FIELD_LABELS } from './person-text-passes.js';
import { HintContext, type ScanState } from './scan-state.js';

/*
 * Names heading the items of a list: a stand-up's "- **Angeline**: finished the migration", a
 * rota's "- Ingmar von der Asthuber (Design)" or "- van der Astmann, Kunwin (QA)". One such item
 * says little; two or more in one list, no label among them and half known to a name list make a
 * list of people: then every head is a name, known to a list or not.
 */

// A name: capitalised words, particles between them or before the family name, one comma for
// "Family, Given".
const NAME = String.raw`(?:(?:van der|van den|von der|de la|de los|van|von|de|del|da|di|du|le|la) )?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:,? (?:(?:van der|van den|von der|de la|de los|van|von|de|del|da|di|du|le|la) )?(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)){0,3}`;
// "- **Name**: …" (bold, then a colon) or "- Name (Team)" (a bracket ending the line).
const BOLD_ITEM_RE = new RegExp(String.raw`^[ \t]*[-*•][ \t]+\*\*(${NAME})\*\*[ \t]*:`, 'u');
const TEAM_ITEM_RE = new RegExp(
  String.raw`^[ \t]*[-*•][ \t]+(${NAME})[ \t]+\([^()\n]{1,30}\)[ \t]*$`,
  'u',
);

interface Item {
  readonly start: number;
  readonly name: string;
}

/** Cheap gate: a line opening with a list bullet. */
export function mayHaveListItems(text: string): boolean {
  return /(?:^|\n)[ \t]*[-*•][ \t]/.test(text);
}

function isLabel(name: string): boolean {
  return (
    name
      .split(/[ ,]+/)
      .some((w) => NOT_NAME_WORDS.has(w) || FIELD_LABELS.has(w) || TITLES.has(w)) ||
    new HintContext(name).speaksOfAnyType()
  );
}

function isKnown(name: string): boolean {
  return name.split(/[ ,-]+/).some((w) => isKnownGiven(w) || isKnownFamily(w));
}

export function findListItemNames(s: ScanState): void {
  const lines = s.text.split('\n');
  for (const re of [BOLD_ITEM_RE, TEAM_ITEM_RE]) {
    const items: Item[] = [];
    let at = 0;
    for (const line of lines) {
      const m = re.exec(line);
      const name = m?.[1];
      if (m !== null && name !== undefined) items.push({ start: at + m[0].indexOf(name), name });
      at += line.length + 1;
    }
    if (items.length < 2 || items.some((i) => isLabel(i.name))) continue;
    // Half of the heads known to a name list and, for "Name (Team)" items, one found as a person
    // already ("- Caesar Salad (vegan)" and "- Margherita Pizza (large)" are dishes).
    const found =
      re === BOLD_ITEM_RE ||
      items.some((i) =>
        s.candidates.some(
          (c) =>
            c.type === 'PERSON' &&
            c.score >= 0.5 &&
            c.start < i.start + i.name.length &&
            c.end > i.start,
        ),
      );
    if (!found || items.filter((i) => isKnown(i.name)).length * 2 < items.length) continue;
    for (const i of items)
      s.push({
        type: 'PERSON',
        start: i.start,
        end: i.start + i.name.length,
        score: 0.65,
        recognizer: 'person',
        reason: 'name heading an item of a list of people',
      });
  }
}
