import { GIVEN_NAMES } from './name-lists.js';
import { FIRM_TAIL_RE, ORG_LIST_RE, ORG_SUFFIX_RE } from './person-context-patterns.js';
import type { Token } from './person-text-passes.js';
import type { ScanState } from './scan-state.js';

/*
 * Firms and brands that read like people: "Raquel Paz de Sosa Rubio e Hijos", "Kulas, Windler
 * and Skiles", "Hugo Boss". The PERSON recogniser asks these before it reports a name.
 */

/**
 * Brands and places named after people, written as a name would be ("Hugo Boss", "Dr. Oetker",
 * "Santiago de Compostela"): never a person. Compared with the whole candidate, or with the
 * candidate and the title before it.
 */
const NAMED_AFTER_PEOPLE: ReadonlySet<string> = new Set(
  [
    // Fashion, shoes and cosmetics
    'Hugo Boss|Calvin Klein|Ralph Lauren|Polo Ralph Lauren|Tommy Hilfiger|Louis Vuitton',
    'Yves Saint Laurent|Christian Dior|Giorgio Armani|Emporio Armani|Carolina Herrera',
    'Jean Paul Gaultier|Jean-Paul Gaultier|Marc Jacobs|Michael Kors|Kate Spade|Ted Baker',
    'Paul Smith|Vera Wang|Karl Lagerfeld|Salvatore Ferragamo|Coco Chanel|Emilio Pucci',
    'Massimo Dutti|Tory Burch|Stella McCartney|Alexander McQueen|Vivienne Westwood|Tom Ford',
    'Jimmy Choo|Christian Louboutin|Manolo Blahnik|Roberto Cavalli|Donna Karan|Anne Klein',
    'Diane von Furstenberg|Oscar de la Renta|Pierre Cardin|Nina Ricci|Paco Rabanne',
    'Thierry Mugler|Isabel Marant|Elie Saab|Gianni Versace|Fred Perry|Ben Sherman|Tom Tailor',
    "Marc O'Polo|Bruno Banani|Jack Wolfskin|Levi Strauss|Levi's|Helly Hansen|Eddie Bauer",
    'Kenneth Cole|Steve Madden|Betsey Johnson|Tommy Bahama|Perry Ellis|Ann Taylor',
    'Sonia Rykiel|Guy Laroche|Ted Lapidus|Charles Tyrwhitt|Thomas Pink|Ermenegildo Zegna',
    'Brunello Cucinelli|Max Mara|Loro Piana|John Lewis|Harvey Nichols|Peter Hahn',
    'Estée Lauder|Estee Lauder|Max Factor|Helena Rubinstein|Elizabeth Arden|Bobbi Brown',
    'Charlotte Tilbury|Jo Malone|Laura Mercier|Yves Rocher|Jean Louis David|Franck Provost',
    'Jacques Dessange|Paul Mitchell|Vidal Sassoon|John Frieda|Nicky Clarke|Alain Afflelou',
    'Dr. Martens|Dr Martens|Doc Martens|Dr. Scholl|Dr Scholl|Dr. Hauschka|Dr Hauschka',
    // Food and drink
    "Dr. Oetker|Dr Oetker|Jack Daniels|Jack Daniel|Jack Daniel's|Johnnie Walker|Jim Beam",
    'Captain Morgan|Sara Lee|Betty Crocker|Uncle Ben|Aunt Jemima|Dr Pepper|Dr. Pepper',
    'Don Simón|Don Simon|Marie Callender|Wolfgang Puck|Martha Stewart|Martha Stewart Living',
    "Jenny Craig|Tim Hortons|Carl's Jr|Papa John's|Ronald McDonald|Duncan Hines",
    'Orville Redenbacher|Chef Boyardee|Little Debbie|Don Julio|José Cuervo|Jose Cuervo',
    'Tia Maria|Tía María|Dom Pérignon|Dom Perignon|Veuve Clicquot|Louis Roederer',
    'Laurent-Perrier|Pol Roger|Marqués de Riscal|Marqués de Cáceres|Miguel Torres',
    'Ramón Bilbao|Ritter Sport|Tante Fanny|Onkel Ben|Paul Bocuse|Pierre Hermé|Eric Kayser',
    'Mr Proper|Mr. Proper|Meister Proper|Monsieur Propre|Don Limpio|Mr Muscle|Monsieur Cuisine',
    // Shops and restaurants with a possessive name
    "Macy's|Wendy's|Sainsbury's|McDonald's|Kellogg's|Denny's|Applebee's|Dillard's|Kohl's",
    "Lowe's|Trader Joe's|Arby's|Hardee's|Chili's|Carl's Jr.|Claire's|Hershey's|Heinz",
    // Vehicles, machines and the rest
    'Mercedes-Benz|Rolls-Royce|Aston Martin|Alfa Romeo|Harley-Davidson|John Deere',
    'Enzo Ferrari|Carroll Shelby|Walt Disney|Mickey Mouse|Minnie Mouse|Ben & Jerry',
    "Ben & Jerry's|Johnson & Johnson|Procter & Gamble|Dolce & Gabbana|Black & Decker",
    'Smith & Wesson|Abercrombie & Fitch|Marks & Spencer|Bang & Olufsen|Zadig & Voltaire',
    'Simon & Schuster|Ernst & Young|Moët & Chandon|Lindt & Sprüngli|Crabtree & Evelyn',
    // Firms named after their founders
    'Carl Zeiss|Robert Bosch|Charles Schwab|Pierre Fabre|Adolfo Domínguez|Adolfo Dominguez',
    'Roberto Verino|Purificación García|Pedro del Hierro|Agatha Ruiz de la Prada|Jil Sander',
    'Wolfgang Joop|Marc Cain|Gerry Weber|Betty Barclay|Axel Springer|Hubert Burda|Leroy Merlin',
    'Goldman Sachs|Morgan Stanley|Merrill Lynch|Edward Jones|Raymond James|Wells Fargo',
    'Franklin Templeton|Baker McKenzie|Clifford Chance|Arthur Andersen|Eli Lilly|Bristol Myers',
    'Boehringer Ingelheim|Fresenius Kabi|Johnson Matthey|Thermo Fisher|Franck Muller',
    'Patek Philippe|Audemars Piguet|Vacheron Constantin|Raymond Weil|Maurice Lacroix',
    'Ulysse Nardin|Frédérique Constant|Baume Mercier|Jean Coutu|Christian Lacroix|Roger Vivier',
    'Daniel Hechter|Pierre Balmain|Jacques Vert|Marcel Dassault|Louis Dreyfus|Georg Jensen',
    'Ralph Lauren Home|Tommy Jeans|Calvin Klein Jeans|Paul Hartmann|Carl Schenck|Max Bahr',
    'Henri Bendel|Neiman Marcus|Saks Fifth Avenue|Harvey Nichols|John Lewis|Ted Baker',
    // Places named after people
    'Santiago de Compostela|San Sebastián|San Sebastian|Santa Cruz|Saint Louis|Saint Paul',
    'Alice Springs|Charlotte Amalie|Victoria Falls|Port Elizabeth|Adelaide Hills',
    'Charles de Gaulle',
  ]
    .join('|')
    .split('|'),
);

/**
 * Index of the token after a particle gap ("de", "von") when the text after the sequence, or
 * the tokens after that gap, end in a firm word: the person's name stops there. 0 when not.
 */
export function firmParticle(text: string, seq: readonly Token[]): number {
  const last = seq[seq.length - 1];
  if (seq.length < 3 || last === undefined) return 0;
  const tail = text.slice(last.end, last.end + 80);
  if (!ORG_SUFFIX_RE.test(tail.slice(0, 14)) && !FIRM_TAIL_RE.test(tail)) return 0;
  for (let i = 1; i < seq.length; i++) {
    const gap = text.slice(seq[i - 1]?.end ?? 0, seq[i]?.start ?? 0);
    if (gap !== ' ' && /^ (?:de|del|de la|von|van|di|da) $/.test(gap)) return i;
  }
  return 0;
}

type FirmList = readonly [start: number, end: number, isFirm: boolean];
const NO_FIRM_LISTS: readonly FirmList[] = [];
// Firm lists of the text being scanned, found once per scan (a long text has many names to check).
let firmListScan: ScanState | undefined;
let firmListCache: readonly FirmList[] = NO_FIRM_LISTS;

function firmLists(s: ScanState): readonly FirmList[] {
  if (firmListScan === s) return firmListCache;
  const text = s.text;
  let lists = NO_FIRM_LISTS;
  if (text.includes(', ') || text.includes(' - ') || text.includes(' – ')) {
    const found: FirmList[] = [];
    ORG_LIST_RE.lastIndex = 0;
    for (let m = ORG_LIST_RE.exec(text); m !== null; m = ORG_LIST_RE.exec(text)) {
      const isFirm = !m[0].includes(', ') || !m[0].split(/[\s,&]+/).some((w) => GIVEN_NAMES.has(w));
      found.push([m.index, m.index + m[0].length, isFirm]);
    }
    lists = found;
  }
  firmListScan = s;
  firmListCache = lists;
  return lists;
}

/** True when `start..end` lies in a "Name, Name and Name" firm whose parts are not given names. */
export function insideFirmList(s: ScanState, start: number, end: number): boolean {
  for (const [from, to, isFirm] of firmLists(s)) {
    if (from > start) return false;
    if (to >= end) return isFirm;
  }
  return false;
}

/**
 * "Hugo Boss", "Dr. Oetker", "Massimo Dutti Parka", "Ben & Jerry": a brand or place named after
 * people, alone, at the head of a longer run of capitalised words, or with the title or "Name &"
 * before it.
 */
export function isNamedAfterPeople(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (NAMED_AFTER_PEOPLE.has(name)) return true;
  // "Macy's", "Wendy's": a shop named with a possessive.
  const q = text.charCodeAt(end);
  if (
    (q === 39 || q === 0x2019) &&
    text.charCodeAt(end + 1) === 115 &&
    NAMED_AFTER_PEOPLE.has(`${name}'s`)
  )
    return true;
  // "Massimo Dutti Sneaker", "Jean Paul Gaultier Classic": the brand opens the run.
  for (let sp = name.lastIndexOf(' '); sp > 0; sp = name.lastIndexOf(' ', sp - 1)) {
    if (NAMED_AFTER_PEOPLE.has(name.slice(0, sp))) return true;
  }
  const before = NAMED_PREFIX_RE.exec(text.slice(Math.max(0, start - 12), start));
  return before !== null && NAMED_AFTER_PEOPLE.has(before[0] + name);
}

// A title or "Name &" that may open a brand: "Dr. Oetker", "Monsieur Cuisine", "Ben & Jerry".
const NAMED_PREFIX_RE =
  /(?:Dr\.?|St\.?|Saint|San|Santa|Mr\.?|Monsieur|Meister|Don|Uncle|Aunt|Onkel|Tante|\p{Lu}\p{Ll}+ &) $/u;
