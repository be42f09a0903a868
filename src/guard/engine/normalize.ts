/**
 * Normalisation before detection: the text is folded to one comparable form while every folded
 * character remembers the offset of the original character it came from, so findings point at
 * the user's text. The changes made are themselves signals (invisible characters, mixed-script
 * words, leetspeak), reported in `signals`.
 */

export interface NormalizationSignals {
  /** Zero-width and other invisible format characters removed. */
  readonly invisible: number;
  /** Bidirectional control characters removed (Trojan-Source style reordering). */
  readonly bidi: number;
  /** Unicode tag characters (U+E0020..E007E) decoded to ASCII ("ASCII smuggling"). */
  readonly tagChars: number;
  /** Full-width forms folded by NFKC. */
  readonly fullwidth: number;
  /** Words mixing Latin with Cyrillic/Greek look-alikes, folded to Latin. */
  readonly mixedScriptWords: number;
  /** Words mixing letters and digits folded as leetspeak (1gn0r3 → ignore). */
  readonly leetWords: number;
  /** Runs of single letters separated by one repeated separator, joined (i.g.n.o.r.e → ignore). */
  readonly spacedWords: number;
}

export interface NormalizedText {
  /** Folded text: NFKC-like, diacritics stripped, lower case, look-alikes folded. */
  readonly text: string;
  /** `offsets[i]` is the original offset of `text[i]`; `offsets[text.length]` is the original length. */
  readonly offsets: readonly number[];
  readonly signals: NormalizationSignals;
}

const foldCache = new Map<number, string>();

// Cyrillic and Greek letters that look like Latin ones (lower case, after folding).
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  ɑ: 'a',
  ı: 'i',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ω: 'w',
};
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
};

function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200d) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x180e ||
    cp === 0x034f ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

function isBidi(cp: number): boolean {
  return (
    cp === 0x200e ||
    cp === 0x200f ||
    cp === 0x061c ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  );
}

/** Folds one non-ASCII code point: compatibility decomposition, diacritics dropped, lower case. */
function foldCodePoint(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let folded: string;
  if (cp >= 0xac00 && cp <= 0xd7a3)
    folded = String.fromCodePoint(cp); // Hangul: already composed
  else if ((cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 || cp === 0x0640)
    folded = ''; // Arabic tashkeel, tatweel
  else if (cp >= 0xfe00 && cp <= 0xfe0f)
    folded = ''; // variation selectors
  else {
    folded = String.fromCodePoint(cp)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/đ/g, 'd')
      .replace(/ł/g, 'l')
      .replace(/ø/g, 'o')
      .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"');
  }
  if (foldCache.size < 20_000) foldCache.set(cp, folded);
  return folded;
}

interface Counters {
  invisible: number;
  bidi: number;
  tagChars: number;
  fullwidth: number;
}

function foldCharacters(input: string, counters: Counters): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let runStart = 0;
  const flushAscii = (end: number): void => {
    if (end > runStart) {
      text += input.slice(runStart, end).toLowerCase();
      for (let k = runStart; k < end; k++) offsets.push(k);
    }
  };
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) < 0x80) continue;
    flushAscii(i);
    const cp = input.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (isInvisible(cp)) counters.invisible++;
    else if (isBidi(cp)) counters.bidi++;
    else if (cp >= 0xe0000 && cp <= 0xe007f) {
      if (cp >= 0xe0020 && cp <= 0xe007e) {
        counters.tagChars++;
        text += String.fromCharCode(cp - 0xe0000).toLowerCase();
        offsets.push(i);
      }
    } else {
      if (cp >= 0xff01 && cp <= 0xff5e) counters.fullwidth++;
      const folded = foldCodePoint(cp);
      text += folded;
      for (let k = 0; k < folded.length; k++) offsets.push(i);
    }
    i += width - 1;
    runStart = i + 1;
  }
  flushAscii(input.length);
  return { text, offsets };
}

/** Length-preserving per-word folds: mixed-script look-alikes and leetspeak. */
/** Ranges of the words (letters, digits, @ $ !) around each match of `seam` in `text`. */
function wordsAround(text: string, seam: RegExp): { start: number; end: number }[] {
  const words: { start: number; end: number }[] = [];
  seam.lastIndex = 0;
  // exec (not matchAll) so that lastIndex can jump past the word just found: linear time even
  // for one enormous mixed "word".
  for (let match = seam.exec(text); match !== null; match = seam.exec(text)) {
    const last = words[words.length - 1];
    let start = match.index;
    let end = match.index + match[0].length;
    while (start > (last?.end ?? 0) && WORD_CHAR.test(text.charAt(start - 1))) start--;
    while (end < text.length && WORD_CHAR.test(text.charAt(end))) end++;
    words.push({ start, end });
    seam.lastIndex = end;
  }
  return words;
}

function foldWords(chars: string[], text: string): { mixed: number; leet: number } {
  let mixed = 0;
  let leet = 0;
  const mixedWords = wordsAround(text, MIXED_SEAM);
  for (const { start, end } of mixedWords) {
    mixed++;
    for (let k = start; k < end; k++) {
      const sub = CONFUSABLES[text[k] as string];
      if (sub !== undefined) chars[k] = sub;
    }
  }
  for (const { start, end } of wordsAround(text, LEET_SEAM)) {
    const word = text.slice(start, end);
    if (mixedWords.some((w) => w.start === start)) continue;
    if (word.length < 3 || (word.match(/[a-z]/g)?.length ?? 0) < 2 || /[^a-z0-9@$!]/.test(word))
      continue;
    leet++;
    for (let k = 0; k < word.length; k++) {
      const sub = LEET[word[k] as string];
      if (sub !== undefined) chars[start + k] = sub;
    }
  }
  return { mixed, leet };
}

// Where a word mixes scripts, or letters with digits: found without scanning word by word.
const MIXED_SEAM = /[a-z][\u0370-\u052f]|[\u0370-\u052f][a-z]/g;
const LEET_SEAM = /[a-z][0-9@$]|[0-9@$][a-z]/g;
const WORD_CHAR = /[\p{L}\p{N}@$!]/u;

const SPACED = /(?<![a-z])[a-z]([ .\-_*+|/])(?:[a-z]\1){2,}[a-z](?![a-z])/g;

/**
 * Folds `input` for matching. Pure and deterministic; O(n) with a per-code-point cache.
 * Offsets let callers map any folded range back to the original text.
 */
export function normalizeText(input: string): NormalizedText {
  const counters: Counters = { invisible: 0, bidi: 0, tagChars: 0, fullwidth: 0 };
  let offsets: number[];
  let text: string;
  // Fast path: printable ASCII needs only lower-casing, offsets are the identity.
  if (!/[\u0080-\uffff]/.test(input)) {
    text = input.toLowerCase();
    offsets = Array.from({ length: input.length }, (_, k) => k);
  } else {
    ({ text, offsets } = foldCharacters(input, counters));
  }
  let mixed = 0;
  let leet = 0;
  if (/[0-9@$\u0370-\u052f]/.test(text)) {
    const chars = text.split('');
    ({ mixed, leet } = foldWords(chars, text));
    if (mixed + leet > 0) text = chars.join('');
  }
  let outOffsets = offsets;
  let spacedWords = 0;
  if (SPACED.test(text)) {
    SPACED.lastIndex = 0;
    const keep = new Uint8Array(text.length).fill(1);
    for (const match of text.matchAll(SPACED)) {
      spacedWords++;
      for (let k = 1; k < match[0].length; k += 2) keep[match.index + k] = 0;
    }
    let joined = '';
    const joinedOffsets: number[] = [];
    for (let k = 0; k < text.length; k++) {
      if (keep[k] === 1) {
        joined += text.charAt(k);
        joinedOffsets.push(outOffsets[k] as number);
      }
    }
    text = joined;
    outOffsets = joinedOffsets;
  }
  outOffsets.push(input.length);
  return {
    text,
    offsets: outOffsets,
    signals: { ...counters, mixedScriptWords: mixed, leetWords: leet, spacedWords },
  };
}

/** Folds a lexicon term the same way as text, so lexicons can be written naturally. */
export function foldTerm(term: string): string {
  return normalizeText(term).text;
}
