/**
 * Splits long text into windows at paragraph and sentence boundaries, so an instruction buried
 * in the third paragraph of an email is scored on its own rather than diluted by the rest.
 */

export interface TextWindow {
  readonly start: number;
  readonly end: number;
}

const BOUNDARY = /\n\s*\n|[.!?。！？]["')\]]?\s+|\n/g;

export interface WindowOptions {
  /** Text no longer than this is one window. */
  readonly wholeUpTo: number;
  /** Sentences are packed into a window until it would pass this length. Default `maxChars`. */
  readonly targetChars?: number;
  /** No window is longer than this (longer sentences are cut). */
  readonly maxChars: number;
}

/** Windows covering `text` in order, at sentence/paragraph boundaries where possible. */
export function splitWindows(text: string, options: WindowOptions): TextWindow[] {
  const target = options.targetChars ?? options.maxChars;
  if (text.length <= options.wholeUpTo) return [{ start: 0, end: text.length }];
  const cuts: number[] = [0];
  BOUNDARY.lastIndex = 0;
  for (const match of text.matchAll(BOUNDARY)) cuts.push(match.index + match[0].length);
  cuts.push(text.length);
  const windows: TextWindow[] = [];
  let start = 0;
  let end = 0;
  for (let i = 1; i < cuts.length; i++) {
    const next = cuts[i] as number;
    if (next - start > target && end > start) {
      windows.push({ start, end });
      start = end;
    }
    while (next - start > options.maxChars) {
      windows.push({ start, end: start + options.maxChars });
      start += options.maxChars;
    }
    end = next;
  }
  if (end > start) windows.push({ start, end });
  return windows.filter((w) => text.slice(w.start, w.end).trim() !== '');
}
