/**
 * `npm run bench -- pii-heldout7 [N] [--per-type]`: a seventh, blind held-out check of the privacy
 * engine. The texts (bench/pii-heldout7-data.ts) were written from the developer corpus README's
 * conventions only — without reading the engine's rules, the other held-out generators, the corpus
 * texts, the docs or the commit history — in everyday business genres: support tickets and agent
 * replies, CRM and sales-call notes, HR onboarding/offboarding forms, payroll questions, expense,
 * invoice and chargeback disputes, refund requests, account recovery, password-reset mishaps that
 * leak credentials, CSAT comments, appointment SMS, driver notes, contract renewals, recruiting
 * e-mails, reference letters, meeting notes, on-call handovers, incident chats, application and CI
 * logs, CSV/TSV/JSONL/Markdown rows, JSON API responses, .env/YAML/docker-compose/settings files,
 * ship-to blocks, e-mail signatures, forwarded mails and SMS/WhatsApp threads … 500 texts each in
 * EN/DE/FR/ES with national phone/address/IBAN formats of US/UK/IE/CA/AU/IN/DE/AT/CH/FR/BE/ES/MX,
 * ~25 % invented (syllable-built) names, ~18 % texts with hard negatives only.
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall by
 * name form and for faker-listed versus invented names), then the 30 most common error patterns
 * over all types with an example each. `--per-type` prints the shared per-type lists instead.
 */
import { reportHeldout } from './pii-heldout.js';
import { generateHeldout7, type Heldout7Span } from './pii-heldout7-data.js';

const args = process.argv.slice(2);
const perType = args.includes('--per-type');
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
const records = generateHeldout7(n);

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
function runCollecting(): Pattern[] {
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
      title: 'PII held-out 7 (blind)',
      examples: 1_000_000,
      personGroup: (_rec, gold) => (gold as Heldout7Span).source,
    });
  } finally {
    console.log = print;
  }
  return patterns;
}

if (perType) {
  reportHeldout(records, {
    title: 'PII held-out 7 (blind)',
    examples: 30,
    personGroup: (_rec, gold) => (gold as Heldout7Span).source,
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
