/**
 * Guard latency on one core: p50, p99 and throughput of `detect` for 2 KB prompts and 20 KB
 * documents, next to a naive keyword scan in the same run (the floor any detector pays).
 *
 *   npm run bench -- guard-latency [--iterations 400]
 */
import { parseArgs } from 'node:util';
import { detect } from '../src/guard/engine/detect.js';
import type { GuardKind } from '../src/guard/engine/types.js';
import { generateSamples } from '../scripts/guard-data/generate.js';

const { values } = parseArgs({ options: { iterations: { type: 'string', default: '400' } } });
const iterations = Number(values.iterations);

/** Texts of about `bytes` UTF-8 bytes, concatenated from generated samples (half contain an attack). */
function corpus(bytes: number, count: number, seed: number): string[] {
  const samples = generateSamples(seed, count * Math.ceil(bytes / 150));
  const texts: string[] = [];
  let current = '';
  for (const s of samples) {
    current += (current === '' ? '' : '\n\n') + s.text;
    if (Buffer.byteLength(current) >= bytes) {
      texts.push(current.slice(0, bytes));
      current = '';
      if (texts.length === count) break;
    }
  }
  return texts;
}

const KEYWORDS = [
  'ignore previous',
  'ignore all previous',
  'disregard',
  'system prompt',
  'jailbreak',
  'developer mode',
];
const keywordScan = (text: string): boolean => {
  const lower = text.toLowerCase();
  return KEYWORDS.some((k) => lower.includes(k));
};

interface Figures {
  p50: number;
  p99: number;
  perSecond: number;
  mbPerSecond: number;
  cpuMs: number;
}

/** Wall-clock percentiles per call, plus process CPU time per call (less sensitive to other load on the machine). */
function measure(texts: readonly string[], run: (t: string) => unknown): Figures {
  for (let i = 0; i < Math.min(50, texts.length); i++) run(texts[i] as string); // warm-up (JIT, caches)
  const times: number[] = [];
  let bytes = 0;
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const text = texts[i % texts.length] as string;
    const t0 = process.hrtime.bigint();
    run(text);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    bytes += Buffer.byteLength(text);
  }
  const elapsedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  const at = (q: number): number =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  return {
    p50: at(0.5),
    p99: at(0.99),
    perSecond: iterations / elapsedSeconds,
    mbPerSecond: bytes / 1e6 / elapsedSeconds,
    cpuMs: (cpu.user + cpu.system) / 1000 / iterations,
  };
}

/**
 * Per-input cost with scheduler noise removed: each input is timed `repeats` times and its fastest
 * run kept; percentiles are over inputs. Optimistic (warm caches), so printed beside the plain figures.
 */
function bestOfRepeats(
  texts: readonly string[],
  run: (t: string) => unknown,
  repeats = 5,
): { p50: number; p99: number } {
  const best = texts
    .map((text) => {
      let fastest = Number.POSITIVE_INFINITY;
      for (let k = 0; k < repeats; k++) {
        const t0 = process.hrtime.bigint();
        run(text);
        fastest = Math.min(fastest, Number(process.hrtime.bigint() - t0) / 1e6);
      }
      return fastest;
    })
    .sort((a, b) => a - b);
  const at = (q: number): number =>
    best[Math.min(best.length - 1, Math.floor(q * best.length))] as number;
  return { p50: at(0.5), p99: at(0.99) };
}

const cases: { name: string; kind: GuardKind; texts: string[] }[] = [
  { name: '2 KB prompt', kind: 'prompt', texts: corpus(2_048, 200, 11) },
  { name: '20 KB document', kind: 'document', texts: corpus(20_480, 40, 12) },
];
const table: Record<string, Record<string, string>> = {};
for (const c of cases) {
  const ours = measure(c.texts, (t) => detect(t, { kind: c.kind }));
  const keywords = measure(c.texts, keywordScan);
  const row = (m: Figures, b: { p50: number; p99: number }): Record<string, string> => ({
    'p50 ms': m.p50.toFixed(3),
    'p99 ms': m.p99.toFixed(3),
    'cpu ms/call': m.cpuMs.toFixed(3),
    'calls/s': m.perSecond.toFixed(0),
    'MB/s': m.mbPerSecond.toFixed(1),
    'best-of-5 p50 ms': b.p50.toFixed(3),
    'best-of-5 p99 ms': b.p99.toFixed(3),
  });
  table[`rampart detect — ${c.name}`] = row(
    ours,
    bestOfRepeats(c.texts, (t) => detect(t, { kind: c.kind })),
  );
  table[`baseline keyword scan — ${c.name}`] = row(keywords, bestOfRepeats(c.texts, keywordScan));
}
const load = (await import('node:os')).loadavg()[0] ?? 0;
console.log(
  `guard latency, one core (node ${process.version}), ${iterations} calls per case; targets at 2 KB: p50 < 1 ms, p99 < 5 ms`,
);
console.log(
  `machine load average ${load.toFixed(1)}: wall-clock percentiles include time lost to other processes; cpu ms/call does not`,
);
console.table(table);
