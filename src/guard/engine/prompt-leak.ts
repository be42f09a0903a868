/**
 * System-prompt leakage: does an output reproduce a long stretch of the protected prompt?
 * Compared on folded words with 8-word shingles, so re-wrapping, case and accents do not hide it.
 */
import { splitWords } from './lexicon/compile-lexicon.js';
import { normalizeText } from './normalize.js';
import type { GuardHit } from './types.js';

const SHINGLE = 8;

export interface PromptLeakOptions {
  /** A run of at least this many consecutive prompt words counts as a leak. Default 12. */
  readonly minRunWords?: number;
}

/** Finds the longest stretch of `protectedPrompt` reproduced in `output`. */
export function findPromptLeak(
  output: string,
  protectedPrompt: string,
  options: PromptLeakOptions = {},
): GuardHit[] {
  const minRun = options.minRunWords ?? 12;
  const prompt = splitWords(normalizeText(protectedPrompt).text).map((w) => w.text);
  const normalized = normalizeText(output);
  const words = splitWords(normalized.text);
  if (prompt.length === 0 || words.length === 0) return [];
  const shingles = new Set<string>();
  const width = Math.min(SHINGLE, prompt.length);
  for (let i = 0; i + width <= prompt.length; i++)
    shingles.add(prompt.slice(i, i + width).join(' '));
  let best = { start: 0, end: 0, words: 0 };
  let runStart = -1;
  let covered = 0;
  for (let i = 0; i + width <= words.length + 0; i++) {
    const key = words
      .slice(i, i + width)
      .map((w) => w.text)
      .join(' ');
    if (shingles.has(key)) {
      covered++;
      if (runStart < 0) runStart = i;
      const runWords = i - runStart + width;
      if (runWords > best.words) best = { start: runStart, end: i + width - 1, words: runWords };
    } else runStart = -1;
  }
  const needed = Math.min(minRun, prompt.length);
  if (best.words < needed) return [];
  const first = words[best.start];
  const last = words[best.end];
  if (first === undefined || last === undefined) return [];
  const coverage = Math.min(1, (covered + width - 1) / prompt.length);
  const start = normalized.offsets[first.start] ?? 0;
  const end = normalized.offsets[last.end] ?? output.length;
  return [
    {
      rule: 'leak.system-prompt',
      category: 'prompt_leak',
      weight: coverage >= 0.3 || best.words >= 25 ? 0.95 : 0.75,
      start,
      end,
      message: `output reproduces ${best.words} consecutive words of the protected prompt`,
    },
  ];
}
