/**
 * `npm run bench -- pii-heldout3 [N] [--per-type]`: a third, blind held-out check of the privacy
 * engine (bench/pii-heldout3-data.ts, written from the developer corpus README only, without
 * reading the engine's rules or the other held-out sets). Scored and printed by pii-heldout's
 * shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET roll-ups, F2 per
 * language, hard-negative texts flagged, PERSON recall for faker-listed versus invented names),
 * then the 30 most common error patterns over all types, with an example each.
 * `--per-type` prints the shared report's per-type pattern lists instead.
 */
import { reportHeldout } from './pii-heldout.js';
import { generateHeldout3, type Heldout3Span } from './pii-heldout3-data.js';

const args = process.argv.slice(2);
const perType = args.includes('--per-type');
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
const records = generateHeldout3(n);

/** Error patterns as the shared report prints them: "  N× key" then an indented example. */
interface Pattern {
  type: string;
  count: number;
  key: string;
  example: string[];
}
const patterns: Pattern[] = [];
const original = console.log.bind(console);
let inErrors = false;
let type = '';
if (!perType)
  console.log = (...parts: unknown[]): void => {
    const line = parts.map(String).join(' ');
    if (line.startsWith('\nMost common errors per type')) inErrors = true;
    if (!inErrors) {
      original(line);
      return;
    }
    const header = /^\n== (\S+): /.exec(line);
    if (header !== null) {
      type = header[1] ?? '';
      original(line.slice(1));
      return;
    }
    const m = /^\s+(\d+)× ([^\n]*)\n([\s\S]*)$/.exec(line);
    if (m !== null)
      patterns.push({
        type,
        count: Number(m[1]),
        key: m[2] ?? '',
        example: (m[3] ?? '').split('\n').map((l) => l.trim()),
      });
  };
try {
  reportHeldout(records, {
    title: 'PII held-out 3 (blind)',
    examples: perType ? 30 : 1_000_000,
    personGroup: (_rec, gold) => (gold as Heldout3Span).source,
  });
} finally {
  console.log = original;
}

if (!perType) {
  const total = patterns.reduce((s, p) => s + p.count, 0);
  console.log(
    `\n30 most common error patterns over all types (of ${total} errors in ${patterns.length} patterns; FN/FP overlap rule, EXACT-ONLY = boundary only)`,
  );
  for (const p of [...patterns].sort((a, b) => b.count - a.count).slice(0, 30)) {
    console.log(`${String(p.count).padStart(5)}× ${p.type}: ${p.key}`);
    for (const l of p.example) console.log(`        ${l}`);
  }
}
