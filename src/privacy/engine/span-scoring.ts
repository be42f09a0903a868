import { isSecretType } from './entity-types.js';

/** A labelled or predicted span for evaluation. */
export interface Span {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f2: number;
}

export type MatchMode = 'exact' | 'overlap';

const TRIM_CHARS = new Set([
  ' ',
  '\t',
  '\n',
  '\r',
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '"',
  "'",
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
]);

/** Strips leading/trailing whitespace and punctuation from a predicted span (overlap rule). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && TRIM_CHARS.has(text[start] ?? '')) start++;
  while (end > start && TRIM_CHARS.has(text[end - 1] ?? '')) end--;
  return { type: span.type, start, end };
}

function iou(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/**
 * Matches predictions to gold spans of one text and adds TP/FP/FN per type into `into`.
 * Exact: same type, start and end, one-to-one. Overlap: same type and IoU >= 0.5 after trimming
 * the prediction, one-to-one, greedy by IoU. A wrong-typed prediction is an FP for its type.
 */
export function matchSpans(options: {
  text: string;
  gold: readonly Span[];
  predicted: readonly Span[];
  mode: MatchMode;
  into: Map<string, Counts>;
}): void {
  const { text, gold, mode, into } = options;
  const predicted =
    mode === 'overlap' ? options.predicted.map((p) => trimSpan(text, p)) : options.predicted;
  const pairs: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (p.type !== g.type) return;
      const score = mode === 'exact' ? (p.start === g.start && p.end === g.end ? 1 : 0) : iou(g, p);
      if (score >= (mode === 'exact' ? 1 : 0.5)) pairs.push({ g: gi, p: pi, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const pair of pairs) {
    if (usedG.has(pair.g) || usedP.has(pair.p)) continue;
    usedG.add(pair.g);
    usedP.add(pair.p);
    bump(into, gold[pair.g]?.type ?? '', 'tp');
  }
  gold.forEach((g, i) => usedG.has(i) || bump(into, g.type, 'fn'));
  predicted.forEach((p, i) => usedP.has(i) || bump(into, p.type, 'fp'));
}

function bump(into: Map<string, Counts>, type: string, key: keyof Counts): void {
  let c = into.get(type);
  if (c === undefined) {
    c = { tp: 0, fp: 0, fn: 0 };
    into.set(type, c);
  }
  c[key]++;
}

/** Precision, recall and F2 = 5PR / (4P + R); 0 where undefined. */
export function score(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f2 = precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
  return { ...c, precision, recall, f2 };
}

/** Sums counts over the types that `include` selects (micro-average). */
export function rollUp(
  counts: ReadonlyMap<string, Counts>,
  include: (type: string) => boolean,
): Scores {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const [type, c] of counts) {
    if (!include(type)) continue;
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return score(total);
}

/** The README's roll-up classes: the six secret types are `SECRET`, the rest `PII`. */
export function rollUpClass(type: string): 'PII' | 'SECRET' {
  return isSecretType(type) ? 'SECRET' : 'PII';
}
