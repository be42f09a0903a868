/**
 * Feature hashing for the learned model: word unigrams and bigrams, character 3- and 4-grams of
 * the folded text, and named structural features (lexicon roles present, rules fired,
 * normalisation signals, shape of the text). Every feature is hashed into `FEATURE_DIM` buckets,
 * so the model is a fixed-size weight vector whatever the language.
 */
import { splitWords, type RoleHits } from './lexicon/compile-lexicon.js';
import { LEXICON_ROLES } from './lexicon/roles.js';
import type { NormalizationSignals } from './normalize.js';

export const FEATURE_BITS = 18;
export const FEATURE_DIM = 1 << FEATURE_BITS;
const MASK = FEATURE_DIM - 1;
/** Only this many characters of a window feed the n-gram features (bounds the cost). */
export const MAX_FEATURE_CHARS = 4_000;

/** Receives one (bucket, value) pair; duplicates add up. */
export type FeatureSink = (index: number, value: number) => void;

function hashContinue(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

function hashString(text: string, seed: number): number {
  return (hashContinue(seed >>> 0, text) >>> 0) & MASK;
}

/** Final avalanche so neighbouring n-grams spread over the buckets. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) & MASK;
}

export interface FeatureContext {
  readonly roles: RoleHits;
  readonly rules: readonly string[];
  readonly signals: NormalizationSignals;
  /** Original text of the window, for case and shape features. */
  readonly original: string;
}

const SECOND_PERSON = new Set([
  'you',
  'your',
  'yourself',
  'tu',
  'du',
  'dein',
  'deine',
  'vous',
  'votre',
  'tus',
  'voce',
  'ты',
  'твои',
  'sen',
  'senin',
]);

function structuralFeatures(
  folded: string,
  words: readonly string[],
  ctx: FeatureContext,
  sink: FeatureSink,
): void {
  const named = (name: string, value = 1): void => sink(hashString(name, 0x9e3779b9), value);
  named('bias:structural');
  for (const role of LEXICON_ROLES) {
    const count = ctx.roles[role].length;
    if (count > 0) named(`role:${role}`, Math.min(3, count) / 2);
  }
  for (const rule of ctx.rules) named(`rule:${rule}`);
  const s = ctx.signals;
  if (s.invisible > 0) named('sig:invisible');
  if (s.bidi > 0) named('sig:bidi');
  if (s.tagChars > 0) named('sig:tag');
  if (s.mixedScriptWords > 0) named('sig:mixed');
  if (s.leetWords > 2) named('sig:leet');
  if (s.spacedWords > 0) named('sig:spaced');
  if (/https?:\/\//.test(folded)) named('shape:url');
  if (/!\[[^\]]*\]\(/.test(folded)) named('shape:md-image');
  if (/[{}[\]<>]{2}/.test(folded)) named('shape:brackets');
  const lengthBucket = Math.min(6, Math.floor(Math.log2(1 + folded.length / 64)));
  named(`shape:len${lengthBucket}`);
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < ctx.original.length; i++) {
    const c = ctx.original.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c < 97 || c > 122) continue;
    letters++;
  }
  letters += upper;
  if (letters > 20 && upper / letters > 0.3) named('shape:shouting');
  const secondPerson = words.filter((w) => SECOND_PERSON.has(w)).length;
  if (words.length > 0)
    named(`shape:you${Math.min(4, Math.floor((secondPerson / words.length) * 40))}`);
}

/**
 * The n-gram hashes of a whole folded text, computed once; every window's features are then
 * ranges of these arrays. Character n-grams run over the text with whitespace runs collapsed.
 */
export interface HashedText {
  /** `normToCompact[i]`: compact-text position of folded position `i` (length text + 1). */
  readonly normToCompact: Int32Array;
  /** Bucket of the 3-gram / 4-gram starting at each compact position. */
  readonly gram3: Int32Array;
  readonly gram4: Int32Array;
  readonly words: readonly string[];
  readonly wordStart: Int32Array;
  readonly wordEnd: Int32Array;
  readonly unigram: Int32Array;
  /** `bigram[k]`: bucket of words k-1, k (`bigram[0]` unused). */
  readonly bigram: Int32Array;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029
  );
}

/** Hashes every word, bigram and character 3/4-gram of `folded`. O(n). */
export function hashText(folded: string): HashedText {
  const n = folded.length;
  const normToCompact = new Int32Array(n + 1);
  const codes = new Uint16Array(n);
  let len = 0;
  let inSpace = false;
  for (let i = 0; i < n; i++) {
    normToCompact[i] = len;
    const c = folded.charCodeAt(i);
    if (isSpace(c)) {
      if (!inSpace) codes[len++] = 32;
      inSpace = true;
    } else {
      codes[len++] = c;
      inSpace = false;
    }
  }
  normToCompact[n] = len;
  const gram3 = new Int32Array(Math.max(0, len - 2));
  const gram4 = new Int32Array(Math.max(0, len - 3));
  for (let i = 0; i + 3 <= len; i++) {
    let h = Math.imul(0x27d4eb2d ^ (codes[i] as number), 16777619);
    h = Math.imul(h ^ (codes[i + 1] as number), 16777619);
    h = Math.imul(h ^ (codes[i + 2] as number), 16777619);
    gram3[i] = finish(h ^ 0x1b873593);
    if (i + 4 <= len)
      gram4[i] = finish(Math.imul(h ^ (codes[i + 3] as number), 16777619) ^ 0x68e31da4);
  }
  const split = splitWords(folded);
  const words = split.map((w) => w.text);
  const unigram = new Int32Array(words.length);
  const bigram = new Int32Array(words.length);
  let previous = 0;
  for (let k = 0; k < words.length; k++) {
    const word = hashContinue(0x811c9dc5, words[k] as string);
    unigram[k] = finish(word);
    // Bigram: the previous word's hash continued with a separator and this word.
    if (k > 0)
      bigram[k] = finish(
        hashContinue(Math.imul(previous ^ 0x20, 16777619), words[k] as string) ^ 0x3c6ef372,
      );
    previous = word;
  }
  return {
    normToCompact,
    gram3,
    gram4,
    words,
    unigram,
    bigram,
    wordStart: Int32Array.from(split, (w) => w.start),
    wordEnd: Int32Array.from(split, (w) => w.end),
  };
}

function lowerBound(values: Int32Array, key: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index ranges of one window: words [a, b), compact characters [cs, ce). */
interface WindowRange {
  readonly a: number;
  readonly b: number;
  readonly cs: number;
  readonly ce: number;
  readonly value: number;
  readonly end: number;
}

function windowRange(hashed: HashedText, start: number, end: number): WindowRange {
  const stop = Math.min(end, start + MAX_FEATURE_CHARS);
  const a = lowerBound(hashed.wordStart, start);
  let b = lowerBound(hashed.wordStart, stop);
  if (b > a && (hashed.wordEnd[b - 1] as number) > stop) b--;
  const cs = hashed.normToCompact[start] as number;
  const ce = hashed.normToCompact[stop] as number;
  const chars = ce - cs;
  const total = (b - a) * 2 + Math.max(0, chars - 2) + Math.max(0, chars - 3);
  return { a, b, cs, ce, value: total > 0 ? 1 / Math.sqrt(total) : 0, end: stop };
}

/**
 * Emits the features of the window [start, end) of the hashed text. N-gram values are scaled by
 * 1/sqrt(count) so long and short windows score on the same scale. Used for training; inference
 * uses WindowScorer, which computes the same dot product with prefix sums.
 */
export function windowFeatures(
  hashed: HashedText,
  folded: string,
  start: number,
  end: number,
  ctx: FeatureContext,
  sink: FeatureSink,
): void {
  const r = windowRange(hashed, start, end);
  for (let k = r.a; k < r.b; k++) {
    sink(hashed.unigram[k] as number, r.value);
    if (k > r.a) sink(hashed.bigram[k] as number, r.value);
  }
  for (let i = r.cs; i + 3 <= r.ce; i++) {
    sink(hashed.gram3[i] as number, r.value);
    if (i + 4 <= r.ce) sink(hashed.gram4[i] as number, r.value);
  }
  structuralFeatures(folded.slice(start, r.end), hashed.words.slice(r.a, r.b), ctx, sink);
}

/** Dot products of model weights with window features, via prefix sums over the hashed text. */
export class WindowScorer {
  private readonly p3: Float64Array;
  private readonly p4: Float64Array;
  private readonly pu: Float64Array;
  private readonly pb: Float64Array;

  constructor(
    private readonly weights: Int8Array,
    private readonly hashed: HashedText,
  ) {
    const prefix = (buckets: Int32Array, from = 0): Float64Array => {
      const out = new Float64Array(buckets.length + 1);
      for (let i = 0; i < buckets.length; i++)
        out[i + 1] =
          (out[i] as number) + (i >= from ? (weights[buckets[i] as number] as number) : 0);
      return out;
    };
    this.p3 = prefix(hashed.gram3);
    this.p4 = prefix(hashed.gram4);
    this.pu = prefix(hashed.unigram);
    this.pb = prefix(hashed.bigram, 1);
  }

  /** Σ weight × value over the window's features (unscaled weights, before bias). */
  dot(folded: string, start: number, end: number, ctx: FeatureContext): number {
    const r = windowRange(this.hashed, start, end);
    let sum = 0;
    if (r.b > r.a)
      sum +=
        (this.pu[r.b] as number) -
        (this.pu[r.a] as number) +
        (this.pb[r.b] as number) -
        (this.pb[r.a + 1] as number);
    if (r.ce - r.cs >= 3) sum += (this.p3[r.ce - 2] as number) - (this.p3[r.cs] as number);
    if (r.ce - r.cs >= 4) sum += (this.p4[r.ce - 3] as number) - (this.p4[r.cs] as number);
    sum *= r.value;
    structuralFeatures(
      folded.slice(start, r.end),
      this.hashed.words.slice(r.a, r.b),
      ctx,
      (index, value) => {
        sum += (this.weights[index] as number) * value;
      },
    );
    return sum;
  }
}
