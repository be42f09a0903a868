/**
 * `npm run bench -- pii-corpus`: scores the privacy engine on ../shared/data/pii with the
 * README's rule (per-type P/R/F2, exact and overlap; micro and PII/SECRET roll-ups; hard-negative
 * flag rate; table column accuracy) next to a regex-only baseline run on the same data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createAnalyzer } from '../src/privacy/engine/analyzer.js';
import { ENTITY_TYPES, isSecretType } from '../src/privacy/engine/entity-types.js';
import {
  matchSpans,
  rollUp,
  rollUpClass,
  score,
  type Counts,
  type Span,
} from '../src/privacy/engine/span-scoring.js';
import { scanCsv, type TableFinding } from '../src/privacy/engine/table-scanner.js';
import { sharedDataPath } from './shared-data.js';

interface Record_ {
  id: string;
  text: string;
  entities: Span[];
  hard_negatives: { kind: string; start: number; end: number }[];
}

const dir = sharedDataPath('pii');
const records = readFileSync(path.join(dir, 'texts.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Record_);

/** Baseline: the same entity shapes as bare regexes, with no checksum, parser or context. */
const BASELINE: readonly [string, RegExp][] = [
  ['EMAIL', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  ['URL', /https?:\/\/[^\s"'<>]+/g],
  ['PRIVATE_KEY', /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g],
  ['JWT', /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/g],
  ['AWS_ACCESS_KEY', /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g],
  ['GITHUB_TOKEN', /\b(?:gh[pousr]_\w{36}|github_pat_\w{82})\b/g],
  ['SLACK_TOKEN', /\bxox[bp]-[\w-]+/g],
  ['IBAN', /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b/g],
  ['CREDIT_CARD', /\b(?:\d[ -]?){12,18}\d\b/g],
  ['US_SSN', /\b\d{3}[- ]\d{2}[- ]\d{4}\b/g],
  ['IP_ADDRESS', /\b(?:\d{1,3}\.){3}\d{1,3}\b|\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f:]*\b/gi],
  ['PHONE', /(?:\+\d{1,3}[ .-]?)?\(?\d{2,4}\)?[ .-]\d{2,4}[ .-]\d{2,4}(?:[ .-]\d{2,4})?/g],
  [
    'DATE_OF_BIRTH',
    /\b\d{1,4}[/-]\d{1,2}[/-]\d{2,4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}, \d{4}\b/g,
  ],
  [
    'STREET_ADDRESS',
    /\b\d{1,5} [A-Z][a-z]+ (?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd)\b[^\n]*?\b[A-Z]{2} \d{5}\b/g,
  ],
  ['GENERIC_SECRET', /(?:key|secret|token|password)\w*["']?\s*[:=]\s*["']?([\w/+]{16,})/gi],
  ['PERSON', /\b[A-Z][a-z]+ [A-Z][a-z]+\b/g],
];

function baseline(text: string): Span[] {
  const out: Span[] = [];
  for (const [type, re] of BASELINE) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const value = m[1] ?? m[0];
      const start = m.index + m[0].lastIndexOf(value);
      if (!out.some((o) => start < o.end && start + value.length > o.start))
        out.push({ type, start, end: start + value.length });
    }
  }
  return out;
}

interface Run {
  readonly exact: Map<string, Counts>;
  readonly overlap: Map<string, Counts>;
  hardNegatives: number;
  flagged: number;
  readonly flaggedByKind: Map<string, [number, number]>;
  ms: number;
}

function run(detect: (text: string) => Span[]): Run {
  const r: Run = {
    exact: new Map(),
    overlap: new Map(),
    hardNegatives: 0,
    flagged: 0,
    flaggedByKind: new Map(),
    ms: 0,
  };
  const t0 = performance.now();
  for (const rec of records) {
    const predicted = detect(rec.text);
    matchSpans({ text: rec.text, gold: rec.entities, predicted, mode: 'exact', into: r.exact });
    matchSpans({ text: rec.text, gold: rec.entities, predicted, mode: 'overlap', into: r.overlap });
    for (const h of rec.hard_negatives) {
      const hit = predicted.some((p) => p.start < h.end && p.end > h.start);
      const k = r.flaggedByKind.get(h.kind) ?? [0, 0];
      r.flaggedByKind.set(h.kind, [k[0] + (hit ? 1 : 0), k[1] + 1]);
      r.hardNegatives++;
      if (hit) r.flagged++;
    }
  }
  r.ms = performance.now() - t0;
  return r;
}

const analyzer = createAnalyzer();
const ours = run((t) => analyzer.analyze(t));
const base = run(baseline);
const f = (n: number): string => n.toFixed(3);

console.log(`\nPII corpus: ${records.length} texts from ${dir}\n`);
console.log(
  'type             | rampart P / R / F2 (overlap) | F2 exact | baseline P / R / F2 (overlap) | F2 exact',
);
for (const type of ENTITY_TYPES) {
  if (!ours.overlap.has(type) && !base.overlap.has(type)) continue;
  const o = score(ours.overlap.get(type) ?? { tp: 0, fp: 0, fn: 0 });
  const oe = score(ours.exact.get(type) ?? { tp: 0, fp: 0, fn: 0 });
  const b = score(base.overlap.get(type) ?? { tp: 0, fp: 0, fn: 0 });
  const be = score(base.exact.get(type) ?? { tp: 0, fp: 0, fn: 0 });
  console.log(
    `${type.padEnd(16)} | ${f(o.precision)} / ${f(o.recall)} / ${f(o.f2)}        | ${f(oe.f2)}    | ${f(b.precision)} / ${f(b.recall)} / ${f(b.f2)}         | ${f(be.f2)}`,
  );
}
for (const [label, include] of [
  ['micro (all)', (): boolean => true],
  ['PII roll-up', (t: string): boolean => rollUpClass(t) === 'PII'],
  ['SECRET roll-up', (t: string): boolean => isSecretType(t)],
] as const) {
  const o = rollUp(ours.overlap, include);
  const oe = rollUp(ours.exact, include);
  const b = rollUp(base.overlap, include);
  const be = rollUp(base.exact, include);
  console.log(
    `${label.padEnd(16)} | ${f(o.precision)} / ${f(o.recall)} / ${f(o.f2)}        | ${f(oe.f2)}    | ${f(b.precision)} / ${f(b.recall)} / ${f(b.f2)}         | ${f(be.f2)}`,
  );
}
const rate = (r: Run): string =>
  `${((100 * r.flagged) / Math.max(1, r.hardNegatives)).toFixed(2)} % (${r.flagged}/${r.hardNegatives})`;
console.log(`\nhard negatives flagged: rampart ${rate(ours)} | baseline ${rate(base)}`);
console.log(
  'by kind (rampart / baseline): ' +
    [...base.flaggedByKind.keys()]
      .sort()
      .map(
        (k) =>
          `${k} ${ours.flaggedByKind.get(k)?.[0] ?? 0}/${base.flaggedByKind.get(k)?.[0] ?? 0} of ${base.flaggedByKind.get(k)?.[1] ?? 0}`,
      )
      .join(', '),
);
console.log(
  `time over the corpus: rampart ${ours.ms.toFixed(0)} ms | baseline ${base.ms.toFixed(0)} ms`,
);

// Table: column classification and the free-text column's spans.
interface ColumnTruth {
  name: string;
  pii_type: string | null;
}
const columnsTruth = (
  JSON.parse(readFileSync(path.join(dir, 'table.columns.json'), 'utf8')) as {
    columns: ColumnTruth[];
  }
).columns;
const cellTruth = readFileSync(path.join(dir, 'table.cells.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { row: number; column: string; text: string; entities: Span[] });
const notesFindings = new Map<string, Span[]>();
const report = await scanCsv([readFileSync(path.join(dir, 'table.csv'), 'utf8')], analyzer, {
  onFinding: (t: TableFinding) => {
    const key = `${t.row}:${t.column}`;
    notesFindings.set(key, [
      ...(notesFindings.get(key) ?? []),
      { type: t.type, start: t.start, end: t.end },
    ]);
  },
});
let correct = 0;
const colCounts = new Map<string, Counts>();
const bump = (type: string, key: keyof Counts): void => {
  const c = colCounts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
  c[key]++;
  colCounts.set(type, c);
};
const wrong: string[] = [];
for (const truth of columnsTruth) {
  const got = report.columns.find((c) => c.name === truth.name)?.predicted ?? null;
  const norm = got !== null && got !== 'FREE_TEXT' && isSecretType(got) ? 'SECRET' : got;
  if (norm === truth.pii_type) {
    correct++;
    if (truth.pii_type !== null) bump(truth.pii_type, 'tp');
  } else {
    wrong.push(`${truth.name}: ${String(got)} (truth ${String(truth.pii_type)})`);
    if (truth.pii_type !== null) bump(truth.pii_type, 'fn');
    if (norm !== null) bump(norm, 'fp');
  }
}
const cellCounts = new Map<string, Counts>();
const freeTextColumns = new Set(
  columnsTruth.filter((c) => c.pii_type === 'FREE_TEXT').map((c) => c.name),
);
const truthByKey = new Map(cellTruth.map((c) => [`${c.row}:${c.column}`, c]));
for (const [key, spans] of notesFindings) {
  if (!freeTextColumns.has(key.split(':')[1] ?? '') || truthByKey.has(key)) continue;
  matchSpans({ text: '', gold: [], predicted: spans, mode: 'exact', into: cellCounts });
}
for (const cell of cellTruth) {
  matchSpans({
    text: cell.text,
    gold: cell.entities,
    predicted: notesFindings.get(`${cell.row}:${cell.column}`) ?? [],
    mode: 'overlap',
    into: cellCounts,
  });
}
console.log(
  `\ntable.csv: column accuracy ${correct}/${columnsTruth.length}${wrong.length > 0 ? ` (wrong: ${wrong.join('; ')})` : ''}`,
);
console.log(
  'per-type column P/R: ' +
    [...colCounts]
      .map(([t, c]) => `${t} ${f(score(c).precision)}/${f(score(c).recall)}`)
      .join(', '),
);
const cellScore = rollUp(cellCounts, () => true);
console.log(
  `free-text cells (overlap): P ${f(cellScore.precision)} R ${f(cellScore.recall)} F2 ${f(cellScore.f2)} over ${cellTruth.length} labelled cells`,
);
