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

const SECOND_PERSON = new Set(['you', 'your', 'yourself', 'tu', 'du', 'dein', 'deine', 'vous', 'votre', 'tus', 'voce', 'ты', 'твои', 'sen', 'senin']);

function structuralFeatures(folded: string, words: readonly string[], ctx: FeatureContext, sink: FeatureSink): void {
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
  if (words.length > 0) named(`shape:you${Math.min(4, Math.floor((secondPerson / words.length) * 40))}`);
}

/**
 * Emits the features of one window of folded text. N-gram values are scaled by 1/sqrt(count)
 * so long and short windows score on the same scale.
 */
export function extractFeatures(folded: string, ctx: FeatureContext, sink: FeatureSink): void {
  const text = folded.length > MAX_FEATURE_CHARS ? folded.slice(0, MAX_FEATURE_CHARS) : folded;
  const words = splitWords(text).map((w) => w.text);
  const compact = text.replace(/\s+/g, ' ');
  const charGrams = Math.max(0, compact.length - 2) + Math.max(0, compact.length - 3);
  const total = words.length * 2 + charGrams;
  const value = total > 0 ? 1 / Math.sqrt(total) : 0;
  let previous = 0;
  for (let i = 0; i < words.length; i++) {
    const word = hashContinue(0x811c9dc5, words[i] as string);
    sink(finish(word), value);
    // Bigram: the previous word's hash continued with a separator and this word.
    if (i > 0) sink(finish(hashContinue(Math.imul(previous ^ 0x20, 16777619), words[i] as string) ^ 0x3c6ef372), value);
    previous = word;
  }
  // Character 3- and 4-grams hashed in place (no substring allocation).
  for (let i = 0; i + 3 <= compact.length; i++) {
    let h = Math.imul(0x27d4eb2d ^ compact.charCodeAt(i), 16777619);
    h = Math.imul(h ^ compact.charCodeAt(i + 1), 16777619);
    h = Math.imul(h ^ compact.charCodeAt(i + 2), 16777619);
    sink(finish(h ^ 0x1b873593), value);
    if (i + 4 <= compact.length) sink(finish(Math.imul(h ^ compact.charCodeAt(i + 3), 16777619) ^ 0x68e31da4), value);
  }
  structuralFeatures(text, words, ctx, sink);
}
