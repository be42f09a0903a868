/*
 * Addresses typed in lower case ("164 sanford way, hilo, wa 93912") or in capitals ("9696 JOHNS
 * WAY, UNIT 18B, DEARBORN HEIGHTS, MS 92493") read as the address patterns expect them once each
 * word is capitalised the way a letter writes it. The copy keeps every offset: a character whose
 * case form has another length ("ß" → "SS") stays as it is.
 */

// Particles and link words stay in lower case inside street and city names.
const PARTICLES: ReadonlySet<string> = new Set(
  'de du des la le les l d au aux à et del los las y el a am an auf im in der den dem von vom zu zum zur van of the on upon under by and und oder ou o or but aber mais pero for für pour para with mit avec con'.split(
    ' ',
  ),
);

// Codes that stay in capitals: a US state or province before its ZIP, a UK postcode.
const STATE_BEFORE_ZIP_RE = /(?<![\p{L}\d])(\p{L}{2})(?=,? \d{5}(?![\d]))/gu;
const UK_POSTCODE_RE = /(?<![\p{L}\d])(\p{L}{1,2}\d[\p{L}\d]?) ?(\d\p{L}{2})(?![\p{L}\d])/gu;
const WORD_RE = /\p{L}[\p{L}'’]*/gu;

/** The index of the line `at` stands on. */
function lineOf(text: string, at: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function sameLength(from: string, to: string): string {
  return to.length === from.length ? to : from;
}

/** `text` with words capitalised as in a written address; same length, same offsets. */
export function restoreAddressCase(text: string): string {
  // On a line that has words in lower case, a short word in capitals is an acronym ("USD"): kept.
  const mixedLines = text.split('\n').map((line) => /\p{Ll}\p{Ll}/u.test(line));
  let out = text.replace(WORD_RE, (word, at: number) => {
    const mixed = mixedLines[lineOf(text, at)] ?? false;
    if (mixed && word.length <= 4 && word === word.toUpperCase()) return word;
    const lower = sameLength(word, word.toLowerCase());
    if (PARTICLES.has(lower)) return lower;
    const head = sameLength(word.charAt(0), word.charAt(0).toUpperCase());
    return head + sameLength(word.slice(1), lower.slice(1));
  });
  out = out.replace(STATE_BEFORE_ZIP_RE, (code: string) => sameLength(code, code.toUpperCase()));
  out = out.replace(UK_POSTCODE_RE, (code: string) => sameLength(code, code.toUpperCase()));
  return out;
}

/**
 * True when `text` has a postal code in a run typed all in lower case or all in capitals: the
 * restored copy only counts an address with its code, so nothing else needs a second reading.
 */
export function mayHaveUncasedAddress(text: string): boolean {
  return UNCASED_POSTAL_RE.test(text);
}

// "61286 erlangen", "3467 OFTRINGEN"; "hilo, wa 93912", "DEARBORN HEIGHTS, MS 92493"; "s1 4hw".
const UNCASED_POSTAL_RE =
  /\d{4,5} (?:\p{Ll}{3}|\p{Lu}{3})|(?:^|[ ,])[a-z]{2},? \d{5}(?!\d)|[A-Z]{3},? [A-Z]{2},? \d{5}(?!\d)|(?:^|[ ,])[a-z]{1,2}\d[a-z\d]? \d[a-z]{2}(?![a-z])|[A-Z]{3},? [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![A-Z])/u;
