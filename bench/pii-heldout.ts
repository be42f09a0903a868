/**
 * `npm run bench -- pii-heldout [N]`: held-out check of the privacy engine on ~2,000 texts in
 * English, German, French and Spanish generated at run time (bench/pii-heldout-data.ts: our own
 * templates, @faker-js/faker values, fixed seed). Scored with the developer corpus README's rule
 * (exact and overlap P/R/F2 per type, micro, PII/SECRET roll-ups, hard-negative texts flagged),
 * plus F2 per language and the most common error patterns per type with example windows.
 */
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../src/privacy/engine/analyzer.js';
import { ENTITY_TYPES, isSecretType } from '../src/privacy/engine/entity-types.js';
import {
  matchSpans,
  rollUp,
  rollUpClass,
  score,
  trimSpan,
  type Counts,
  type Span,
} from '../src/privacy/engine/span-scoring.js';
import { generateHeldout, LANGS, type HeldoutRecord, type Lang } from './pii-heldout-data.js';

export interface HeldoutReportOptions {
  /** First words of the report, e.g. "PII held-out". */
  readonly title: string;
  /** Error patterns printed per type. */
  readonly examples?: number;
  /** Splits PERSON recall by a label of the gold span (e.g. name in or out of the name lists). */
  readonly personGroup?: (rec: HeldoutRecord, gold: Span) => string | undefined;
}

/**
 * Scores `records` with the developer corpus README's rule and prints the report: P/R/F2 per
 * type (overlap and exact), roll-ups, hard-negative texts flagged, F2 per language, PERSON recall
 * by name form and the most common error patterns. Shared by the held-out benches.
 */
export function reportHeldout(
  records: readonly HeldoutRecord[],
  options: HeldoutReportOptions,
): void {
  const EXAMPLES = options.examples ?? 40;
  const analyzer = createAnalyzer();

  type CountMap = Map<string, Counts>;
  const overlap: CountMap = new Map();
  const exact: CountMap = new Map();
  const byLang = new Map<Lang, { overlap: CountMap; exact: CountMap }>(
    LANGS.map((l) => [l, { overlap: new Map(), exact: new Map() }]),
  );
  let negTexts = 0;
  let negFlagged = 0;
  const negKinds = new Map<string, [number, number]>();

  interface ErrorGroup {
    count: number;
    example: string;
  }
  const errors = new Map<string, Map<string, ErrorGroup>>();

  function iou(a: Span, b: Span): number {
    const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
    return inter <= 0 ? 0 : inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
  }

  /** The README's overlap matching, returning the unmatched gold and predicted spans. */
  function unmatched(
    text: string,
    gold: readonly Span[],
    predicted: readonly Span[],
  ): [Span[], Span[]] {
    const trimmed = predicted.map((p) => trimSpan(text, p));
    const pairs: { g: number; p: number; s: number }[] = [];
    gold.forEach((g, gi) =>
      trimmed.forEach((p, pi) => {
        const s = p.type === g.type ? iou(g, p) : 0;
        if (s >= 0.5) pairs.push({ g: gi, p: pi, s });
      }),
    );
    pairs.sort((a, b) => b.s - a.s);
    const usedG = new Set<number>();
    const usedP = new Set<number>();
    for (const { g, p } of pairs) {
      if (usedG.has(g) || usedP.has(p)) continue;
      usedG.add(g);
      usedP.add(p);
    }
    return [gold.filter((_, i) => !usedG.has(i)), predicted.filter((_, i) => !usedP.has(i))];
  }

  const show = (text: string, s: Span): string => JSON.stringify(text.slice(s.start, s.end));
  function window(text: string, s: Span): string {
    const from = Math.max(0, s.start - 45);
    const to = Math.min(text.length, s.end + 45);
    return (
      (from > 0 ? '…' : '') +
      `${text.slice(from, s.start)}⟦${text.slice(s.start, s.end)}⟧${text.slice(s.end, to)}`.replace(
        /\n/g,
        '⏎',
      ) +
      (to < text.length ? '…' : '')
    );
  }
  /** Masks letters and digits so that values of the same shape group together. */
  const shape = (v: string): string =>
    v
      .replace(/\p{Lu}+/gu, 'A')
      .replace(/\p{Ll}+/gu, 'a')
      .replace(/\d+/g, '9')
      .slice(0, 24);

  function addError(type: string, key: string, example: string): void {
    let m = errors.get(type);
    if (m === undefined) errors.set(type, (m = new Map()));
    const g = m.get(key);
    if (g === undefined) m.set(key, { count: 1, example });
    else g.count++;
  }

  /** PERSON recall by the written form of the name: [missed, total]. */
  const personForms = new Map<string, [number, number]>();
  const personGroups = new Map<string, [number, number]>();
  function nameForm(v: string): string {
    if (v.includes(',')) return 'Last, First';
    if (v === v.toLowerCase()) return 'lowercase';
    if (!/\s/.test(v)) return 'single word';
    const words = v.split(/\s+/);
    if (words[0] === words[0]?.toUpperCase())
      return v === v.toUpperCase() ? 'ALL CAPS' : 'LAST First';
    return words.length > 2 ? '3+ words' : 'First Last';
  }

  function analyse(rec: HeldoutRecord, predicted: Span[]): void {
    const [fns, fps] = unmatched(rec.text, rec.entities, predicted);
    for (const g of rec.entities.filter((e) => e.type === 'PERSON')) {
      const missed = fns.includes(g) ? 1 : 0;
      const form = nameForm(rec.text.slice(g.start, g.end));
      const c = personForms.get(form) ?? [0, 0];
      personForms.set(form, [c[0] + missed, c[1] + 1]);
      const group = options.personGroup?.(rec, g);
      if (group === undefined) continue;
      const gc = personGroups.get(group) ?? [0, 0];
      personGroups.set(group, [gc[0] + missed, gc[1] + 1]);
    }
    const near = <T extends { start: number; end: number }>(s: Span, pool: readonly T[]): T[] =>
      pool.filter((p) => p.start < s.end && p.end > s.start);
    for (const g of fns) {
      const found = near(g, predicted);
      const what =
        found.length === 0
          ? 'nothing'
          : found
              .map((p) => `${p.type}${p.type === g.type ? ' (boundary)' : ''} ${show(rec.text, p)}`)
              .join(', ');
      const key = `FN ${rec.template} → ${found.length === 0 ? 'nothing' : found.map((p) => (p.type === g.type ? 'boundary' : p.type)).join('+')}`;
      addError(g.type, key, `${window(rec.text, g)}\n        engine: ${what}`);
    }
    for (const g of rec.entities) {
      const p = predicted.find((x) => x.type === g.type && iou(g, trimSpan(rec.text, x)) >= 0.5);
      if (p === undefined || (p.start === g.start && p.end === g.end)) continue;
      const edge = (a: number, b: number): string =>
        a === b
          ? ''
          : a < b
            ? `+${JSON.stringify(rec.text.slice(a, b))}`
            : `-${JSON.stringify(rec.text.slice(b, a))}`;
      const diff = `start ${edge(p.start, g.start) || '='} end ${edge(g.end, p.end) || '='}`;
      addError(
        g.type,
        `EXACT-ONLY ${rec.template} ${diff}`,
        `${window(rec.text, g)}\n        engine: ${show(rec.text, p)}`,
      );
    }
    for (const p of fps) {
      const gold = near(p, rec.entities);
      const neg = near(p, rec.negatives);
      const on =
        gold.length > 0
          ? gold.map((g) => (g.type === p.type ? 'boundary' : `gold ${g.type}`)).join('+')
          : neg.length > 0
            ? `decoy ${neg.map((n) => n.kind).join('+')}`
            : `plain text ${shape(rec.text.slice(p.start, p.end))}`;
      const label =
        gold.length > 0
          ? ` gold: ${gold.map((g) => `${g.type} ${show(rec.text, g)}`).join(', ')}`
          : '';
      addError(p.type, `FP ${rec.template} on ${on}`, `${window(rec.text, p)}\n       ${label}`);
    }
  }

  const t0 = performance.now();
  for (const rec of records) {
    const predicted: Span[] = analyzer
      .analyze(rec.text)
      .map((f) => ({ type: f.type, start: f.start, end: f.end }));
    const lang = byLang.get(rec.lang);
    for (const [mode, into] of [
      ['overlap', overlap],
      ['exact', exact],
      ['overlap', lang?.overlap],
      ['exact', lang?.exact],
    ] as const) {
      if (into !== undefined)
        matchSpans({ text: rec.text, gold: rec.entities, predicted, mode, into });
    }
    if (rec.entities.length === 0) {
      negTexts++;
      if (predicted.length > 0) negFlagged++;
    }
    for (const h of rec.negatives) {
      const k = negKinds.get(h.kind) ?? [0, 0];
      const hit = predicted.some((p) => p.start < h.end && p.end > h.start);
      negKinds.set(h.kind, [k[0] + (hit ? 1 : 0), k[1] + 1]);
    }
    analyse(rec, predicted);
  }
  const ms = performance.now() - t0;

  const f = (n: number): string => n.toFixed(3);
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  const gold = (c: Counts): string => String(c.tp + c.fn).padStart(5);
  console.log(
    `\n${options.title}: ${records.length} generated texts (${LANGS.join('/')}), ${negTexts} without PII\n`,
  );
  console.log(
    'type             |  gold | P / R / F2 (overlap)  | P / R / F2 (exact)    | TP/FP/FN (overlap)',
  );
  const row = (label: string, o: Counts, e: Counts): void => {
    const so = score(o);
    const se = score(e);
    console.log(
      `${label.padEnd(16)} | ${gold(o)} | ${f(so.precision)} / ${f(so.recall)} / ${f(so.f2)} | ${f(se.precision)} / ${f(se.recall)} / ${f(se.f2)} | ${o.tp}/${o.fp}/${o.fn}`,
    );
  };
  const present = ENTITY_TYPES.filter((t) => overlap.has(t));
  for (const type of present) row(type, overlap.get(type) ?? zero, exact.get(type) ?? zero);
  const ROLL_UPS = [
    ['micro (all)', (): boolean => true],
    ['PII roll-up', (t: string): boolean => rollUpClass(t) === 'PII'],
    ['SECRET roll-up', (t: string): boolean => isSecretType(t)],
  ] as const;
  for (const [label, include] of ROLL_UPS)
    row(label, rollUp(overlap, include), rollUp(exact, include));

  console.log(
    `\nhard-negative texts flagged: ${((100 * negFlagged) / Math.max(1, negTexts)).toFixed(2)} % (${negFlagged}/${negTexts})`,
  );
  console.log(
    'decoys hit, by kind: ' +
      [...negKinds]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, [hit, all]]) => `${k} ${hit}/${all}`)
        .join(', '),
  );
  console.log(`time: ${ms.toFixed(0)} ms\n`);

  console.log(
    `F2 per language (overlap / exact)\ntype             | ${LANGS.map((l) => l.padEnd(13)).join(' | ')}`,
  );
  const langCell = (l: Lang, pick: (m: CountMap) => Counts): string => {
    const m = byLang.get(l);
    if (m === undefined) return ''.padEnd(13);
    const o = pick(m.overlap);
    if (o.tp + o.fn + o.fp === 0) return '-'.padEnd(13);
    return `${f(score(o).f2)} / ${f(score(pick(m.exact)).f2)}`;
  };
  for (const type of present)
    console.log(
      `${type.padEnd(16)} | ${LANGS.map((l) => langCell(l, (m) => m.get(type) ?? zero)).join(' | ')}`,
    );
  for (const [label, include] of ROLL_UPS)
    console.log(
      `${label.padEnd(16)} | ${LANGS.map((l) => langCell(l, (m) => rollUp(m, include))).join(' | ')}`,
    );

  console.log(
    '\nPERSON recall by name form: ' +
      [...personForms]
        .map(([k, [miss, all]]) => `${k} ${f((all - miss) / all)} (${all})`)
        .join(', '),
  );
  if (personGroups.size > 0)
    console.log(
      'PERSON recall by name source: ' +
        [...personGroups]
          .map(([k, [miss, all]]) => `${k} ${f((all - miss) / all)} (${all})`)
          .join(', '),
    );
  console.log(
    `\nMost common errors per type (FN/FP: overlap rule; EXACT-ONLY: overlap match with other bounds, +added/-missed chars; up to ${EXAMPLES} patterns each)`,
  );
  for (const type of ENTITY_TYPES) {
    const groups = errors.get(type);
    if (groups === undefined) continue;
    const total = [...groups.values()].reduce((s, g) => s + g.count, 0);
    console.log(`\n== ${type}: ${total} errors in ${groups.size} patterns`);
    for (const [key, g] of [...groups].sort((a, b) => b[1].count - a[1].count).slice(0, EXAMPLES))
      console.log(`  ${String(g.count).padStart(4)}× ${key}\n        ${g.example}`);
  }
}

/**
 * The blind sets' runner (`pii-heldout4` …): the shared report and then the 30 most common error
 * patterns over all types with an example each, or with `--per-type` the shared per-type lists.
 * PERSON recall is split by each gold span's `source` (faker-listed or invented name).
 */
export function runHeldoutBench(
  title: string,
  generate: (n: number) => readonly HeldoutRecord[],
  argv: readonly string[],
): void {
  const perType = argv.includes('--per-type');
  const n = Number(argv.find((a) => /^\d+$/.test(a)) ?? 2000);
  const records = generate(n);
  interface Pattern {
    readonly type: string;
    readonly count: number;
    readonly key: string;
    readonly example: readonly string[];
  }

  /**
   * Runs the shared report, passing its summary through and collecting the error patterns it
   * prints ("== TYPE: …" headers, then "  N× key" lines with an indented example) instead.
   */
  const runCollecting = (): Pattern[] => {
    const patterns: Pattern[] = [];
    const print = console.log.bind(console);
    let inErrors = false;
    let type = '';
    console.log = (...parts: unknown[]): void => {
      const line = parts.map(String).join(' ');
      if (line.startsWith('\nMost common errors per type')) inErrors = true;
      if (!inErrors) {
        print(line);
        return;
      }
      const header = /^\n== (\S+): /.exec(line);
      if (header !== null) {
        type = header[1] ?? '';
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
        title: title,
        examples: 1_000_000,
        personGroup: (_rec, gold) => (gold as { source?: string }).source,
      });
    } finally {
      console.log = print;
    }
    return patterns;
  };

  if (perType) {
    reportHeldout(records, {
      title: title,
      examples: 30,
      personGroup: (_rec, gold) => (gold as { source?: string }).source,
    });
  } else {
    const patterns = runCollecting();
    const total = patterns.reduce((s, p) => s + p.count, 0);
    const byType = new Map<string, number>();
    for (const p of patterns) byType.set(p.type, (byType.get(p.type) ?? 0) + p.count);
    console.log(
      `\nErrors per type (FN + FP + EXACT-ONLY): ${[...byType]
        .sort((a, b) => b[1] - a[1])
        .map(([t, c]) => `${t} ${c}`)
        .join(', ')}`,
    );
    console.log(
      `\n30 most common error patterns over all types (of ${total} errors in ${patterns.length} patterns; FN/FP by the overlap rule, EXACT-ONLY = overlap match with other bounds)`,
    );
    for (const p of [...patterns].sort((a, b) => b.count - a.count).slice(0, 30)) {
      console.log(`${String(p.count).padStart(5)}× ${p.type}: ${p.key}`);
      for (const l of p.example) console.log(`        ${l}`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  reportHeldout(generateHeldout(Number(process.argv[2] ?? 2000)), { title: 'PII held-out' });
