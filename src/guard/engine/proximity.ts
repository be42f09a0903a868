/** Range arithmetic for the rules: distances between hits, proximity search, regex ranges. */
import type { RoleHit } from './lexicon/compile-lexicon.js';
import type { GuardHit } from './types.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export function gap(a: Range, b: Range): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}

/** Index of the first hit in `sorted` (ordered by start) starting at or after `start`. */
function lowerBound(sorted: readonly Range[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as Range).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Longest lexicon term, so a hit starting this far before x can still end near it.
const MAX_TERM_CHARS = 64;

/** First pair (a, b) whose gap is at most `maxGap` characters; both lists ordered by start. */
export function near(
  a: readonly Range[],
  b: readonly Range[],
  maxGap: number,
  maxGapBefore = maxGap,
): Range | undefined {
  for (const x of a) {
    for (let k = lowerBound(b, x.start - maxGapBefore - MAX_TERM_CHARS); k < b.length; k++) {
      const y = b[k] as Range;
      if (y.start > x.end + maxGap) break;
      const limit = y.end <= x.start ? maxGapBefore : maxGap;
      if (gap(x, y) <= limit)
        return { start: Math.min(x.start, y.start), end: Math.max(x.end, y.end) };
    }
  }
  return undefined;
}

export function merged(...lists: (readonly Range[])[]): Range[] {
  return lists.flat().sort((x, y) => x.start - y.start);
}

export function anyWithin(hits: readonly RoleHit[], range: Range, margin: number): boolean {
  return hits.some((h) => gap(h, range) <= margin);
}

export function hit(
  rule: string,
  category: GuardHit['category'],
  weight: number,
  range: Range,
  message: string,
): GuardHit {
  return { rule, category, weight, start: range.start, end: range.end, message };
}

export function regexRanges(pattern: RegExp, text: string, limit = 32): Range[] {
  const ranges: Range[] = [];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    ranges.push({ start: match.index, end: match.index + match[0].length });
    if (ranges.length >= limit) break;
  }
  return ranges;
}
