/**
 * Guard quality: precision, recall, F1, balanced accuracy and FPR per preset on the shared dev
 * split and on the hand-written held-out set (test/guard/fixtures/handwritten.jsonl), next to two
 * baselines run in the same process: the learned model alone (no rules) and a naive keyword list.
 *
 *   npm run bench -- guard-eval [--verbose]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect } from '../src/guard/engine/detect.js';
import { GUARD_PRESETS, type GuardKind } from '../src/guard/engine/types.js';
import { sharedDataPath } from './shared-data.js';

interface Row {
  readonly text: string;
  readonly label: number;
  readonly kind: GuardKind;
  readonly tag: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');

function load(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const r = JSON.parse(line) as {
        text: string;
        label: number;
        kind?: GuardKind;
        tag?: string;
        source?: string;
      };
      return {
        text: r.text,
        label: r.label,
        kind: r.kind ?? 'prompt',
        tag: r.tag ?? (r.source ?? '').split(':')[0] ?? '',
      };
    });
}

const KEYWORDS = [
  'ignore previous',
  'ignore all previous',
  'ignore the above',
  'disregard',
  'system prompt',
  'jailbreak',
  'dan',
  'developer mode',
  'no restrictions',
  'pretend you are',
];
function keywordBaseline(text: string): boolean {
  const lower = text.toLowerCase();
  return KEYWORDS.some((k) => (k === 'dan' ? /\bDAN\b/.test(text) : lower.includes(k)));
}

interface Metrics {
  precision: number;
  recall: number;
  f1: number;
  balAcc: number;
  fpr: number;
  n: number;
}

function metrics(rows: readonly Row[], flags: readonly boolean[]): Metrics {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  rows.forEach((r, i) => {
    const f = flags[i] === true;
    if (r.label === 1 && f) tp++;
    else if (r.label === 1) fn++;
    else if (f) fp++;
    else tn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const fpr = fp / Math.max(1, fp + tn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, balAcc: (recall + 1 - fpr) / 2, fpr, n: rows.length };
}

function report(title: string, rows: readonly Row[]): void {
  console.log(
    `\n${title}  (${rows.length} rows: ${rows.filter((r) => r.label === 1).length} attacks, ${rows.filter((r) => r.label === 0).length} benign)`,
  );
  const table: Record<string, Record<string, string>> = {};
  const add = (name: string, m: Metrics): void => {
    table[name] = {
      precision: m.precision.toFixed(3),
      recall: m.recall.toFixed(3),
      F1: m.f1.toFixed(3),
      'bal.acc': m.balAcc.toFixed(3),
      FPR: m.fpr.toFixed(3),
    };
  };
  const modelOnly = rows.map((r) => detect(r.text, { kind: r.kind, useRules: false }).flagged);
  for (const preset of GUARD_PRESETS) {
    const results = rows.map((r) => detect(r.text, { kind: r.kind, preset }));
    add(
      `rampart ${preset}`,
      metrics(
        rows,
        results.map((x) => x.flagged),
      ),
    );
    if (verbose && preset === 'balanced') {
      rows.forEach((r, i) => {
        const res = results[i];
        if (res !== undefined && res.flagged !== (r.label === 1)) {
          console.log(
            `  ${r.label === 1 ? 'MISS' : 'FP  '} ${r.tag} s=${res.score} m=${res.modelScore} ${res.reasons.map((x) => x.rule).join(',')} | ${r.text.slice(0, 110).replace(/\s+/g, ' ')}`,
          );
        }
      });
    }
  }
  add('baseline: learned model alone', metrics(rows, modelOnly));
  add(
    'baseline: keyword list',
    metrics(
      rows,
      rows.map((r) => keywordBaseline(r.text)),
    ),
  );
  console.table(table);
  const tags = [...new Set(rows.map((r) => r.tag))].sort();
  if (tags.length > 1 && tags.length < 20) {
    const byTag: Record<string, Record<string, string>> = {};
    for (const tag of tags) {
      const sub = rows.filter((r) => r.tag === tag);
      const flagged = sub.filter((r) => detect(r.text, { kind: r.kind }).flagged).length;
      const kw = sub.filter((r) => keywordBaseline(r.text)).length;
      const mo = sub.filter(
        (r) => detect(r.text, { kind: r.kind, useRules: false }).flagged,
      ).length;
      byTag[tag] = {
        rows: String(sub.length),
        'flagged (balanced)': String(flagged),
        'model alone': String(mo),
        keywords: String(kw),
      };
    }
    console.table(byTag);
  }
}

const dev = load(sharedDataPath('prompt-injection', 'dev.jsonl'));
const handwritten = load(path.join(repoRoot, 'test/guard/fixtures/handwritten.jsonl'));
const calibration = load(path.join(repoRoot, 'test/guard/fixtures/calibration.jsonl'));
report('shared dev split (../shared/data/prompt-injection/dev.jsonl)', dev);
report('hand-written held-out set (test/guard/fixtures/handwritten.jsonl)', handwritten);

// False positive rate per preset on benign text only, the figure each preset is documented with.
const benignSets: [string, Row[]][] = [
  ['dev.jsonl benign', dev.filter((r) => r.label === 0)],
  ['held-out benign, all', handwritten.filter((r) => r.label === 0)],
  [
    'held-out trigger-word + security',
    handwritten.filter((r) => r.tag === 'benign-trigger' || r.tag === 'benign-security'),
  ],
  ['held-out benign multilingual', handwritten.filter((r) => r.tag === 'benign-multilingual')],
  ['calibration trigger-word (tuning set)', calibration],
];
const fprTable: Record<string, Record<string, string>> = {};
for (const [name, rows] of benignSets) {
  const rate = (flag: (r: Row) => boolean): string =>
    `${((rows.filter(flag).length / Math.max(1, rows.length)) * 100).toFixed(1)} %`;
  fprTable[`${name} (${rows.length})`] = {
    ...Object.fromEntries(
      GUARD_PRESETS.map((p) => [
        p,
        rate((r) => detect(r.text, { kind: r.kind, preset: p }).flagged),
      ]),
    ),
    'model alone': rate((r) => detect(r.text, { kind: r.kind, useRules: false }).flagged),
    keywords: rate((r) => keywordBaseline(r.text)),
  };
}
console.log('\nfalse positive rate on benign text, per preset');
console.table(fprTable);
