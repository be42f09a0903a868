import { createAnalyzer } from './analyzer.js';

/*
 * For the engine's tests: what the default analyser finds in a text, as the values they compare;
 * one analyser for every test file that imports it.
 */
const analyzer = createAnalyzer();

/** The values of the `type` findings in `text`, in order. */
export function spansOf(text: string, type: string): string[] {
  return analyzer
    .analyze(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

/** The PERSON values the analyser reports in `text`. */
export function persons(text: string): string[] {
  return spansOf(text, 'PERSON');
}
