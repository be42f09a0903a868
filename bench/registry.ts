/**
 * `npm run bench -- registry [--size 2GiB]`: push and pull throughput of one large file through
 * the registry (SHA-256 + AES-256-GCM segments + fsync on push; decrypt + re-hash on pull),
 * next to `sha256sum` of the same file in the same run, and the process's peak memory growth.
 * Target: ≥ 50 % of sha256sum's speed end to end; memory growth under 64 MiB.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import Table from 'cli-table3';
import type { AuditEntry, AuditSink } from '../src/platform/audit/audit-sink.js';
import { systemActor } from '../src/platform/identity/actor.js';
import { PERMISSIONS } from '../src/platform/identity/permissions.js';
import { openStore } from '../src/platform/store/index.js';
import { createRegistry } from '../src/registry/create-registry.js';
import { writeLocalFile } from '../src/registry/local-files.js';
import { unscannedGate } from '../src/registry/scan-gate.js';

const MiB = 1024 * 1024;
function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kib|mib|gib|k|m|g)?$/i.exec(text.trim());
  if (m === null) throw new Error(`bad --size ${text}`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('g')
    ? 1024 * MiB
    : unit.startsWith('m')
      ? MiB
      : unit.startsWith('k')
        ? 1024
        : 1;
  return Math.round(Number(m[1]) * factor);
}
const sizeArg = process.argv.indexOf('--size');
const SIZE = sizeArg > 0 ? parseSize(process.argv[sizeArg + 1] ?? '') : 2 * 1024 * MiB;

const work = mkdtempSync(path.join(tmpdir(), 'rampart-bench-registry-'));
const input = path.join(work, 'model.bin');
const dataDir = path.join(work, 'data');

// Incompressible content, written once (16 MiB of random bytes, varied per block).
const block = randomBytes(16 * MiB);
const fd = openSync(input, 'w');
for (let written = 0, i = 0; written < SIZE; i++) {
  block.writeUInt32LE(i, 0);
  const n = Math.min(block.length, SIZE - written);
  writeSync(fd, block, 0, n);
  written += n;
}
closeSync(fd);

interface Measured<T> {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly growthMiB: number;
  readonly result: T;
}

/** Samples RSS every 20 ms while `run` works; returns wall and CPU seconds and peak RSS growth. */
async function measure<T>(run: () => Promise<T>): Promise<Measured<T>> {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await run();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    growthMiB: (peak - baseline) / MiB,
    result,
  };
}

/** CPU seconds used by waited-for children so far (Linux /proc/self/stat cutime + cstime). */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** `sha256sum FILE`: wall and CPU seconds. */
function timeSha256sum(): { seconds: number; cpuSeconds: number } {
  const cpu = childCpuSeconds();
  const start = performance.now();
  execFileSync('sha256sum', [input]);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: childCpuSeconds() - cpu };
}

const noAudit: AuditSink = { record: (_a, _e: AuditEntry) => Promise.resolve() };
const store = await openStore({ dataDir });
const { service } = createRegistry({
  db: store.db,
  dataDir,
  audit: noAudit,
  warn: () => undefined,
  scanGate: unscannedGate,
});
const actor = systemActor(PERMISSIONS);
const scope = { kind: 'model', project: 'default', name: 'bench' } as const;

// Warm the page cache: every contender reads the same cached file. On a shared machine the
// baseline is timed right before and after each operation and compared with their mean.
execFileSync('sha256sum', [input]);
const shaPrePush = timeSha256sum();
const push = await measure(() =>
  service.pushVersion(actor, scope, {
    files: [{ path: 'model.bin', source: createReadStream(input, { highWaterMark: MiB }) }],
  }),
);
const shaPostPush = timeSha256sum();
const out = path.join(work, 'out');
const pull = await measure(async () => {
  const opened = await service.openFile(
    actor,
    scope,
    { kind: 'number', number: push.result.version },
    'model.bin',
  );
  return writeLocalFile(out, 'model.bin', opened.stream, () => undefined);
});
const pulledSha = execFileSync('sha256sum', [pull.result]).toString().split(' ')[0];
const shaPostPull = timeSha256sum();
await store.close();

const mean = (
  a: { seconds: number; cpuSeconds: number },
  b: { seconds: number; cpuSeconds: number },
) => ({
  seconds: (a.seconds + b.seconds) / 2,
  cpuSeconds: (a.cpuSeconds + b.cpuSeconds) / 2,
});
const shaForPush = mean(shaPrePush, shaPostPush);
const shaForPull = mean(shaPostPush, shaPostPull);
const mbps = (seconds: number) => (SIZE / MiB / seconds).toFixed(0);
const pct = (baseline: number, ours: number) => `${((100 * baseline) / ours).toFixed(0)} %`;
const table = new Table({
  head: [
    'operation',
    'wall MiB/s',
    'wall vs sha256sum',
    'CPU MiB/s',
    'CPU vs sha256sum',
    'peak RSS growth',
  ],
});
const all = [shaPrePush, shaPostPush, shaPostPull];
table.push(
  [
    'sha256sum (3 runs)',
    all.map((r) => mbps(r.seconds)).join(' / '),
    '100 %',
    all.map((r) => mbps(r.cpuSeconds)).join(' / '),
    '100 %',
    '-',
  ],
  [
    'registry push (hash + encrypt + fsync)',
    mbps(push.seconds),
    pct(shaForPush.seconds, push.seconds),
    mbps(push.cpuSeconds),
    pct(shaForPush.cpuSeconds, push.cpuSeconds),
    `${push.growthMiB.toFixed(1)} MiB`,
  ],
  [
    'registry pull (decrypt + verify + write)',
    mbps(pull.seconds),
    pct(shaForPull.seconds, pull.seconds),
    mbps(pull.cpuSeconds),
    pct(shaForPull.cpuSeconds, pull.cpuSeconds),
    `${pull.growthMiB.toFixed(1)} MiB`,
  ],
);
console.log(
  `registry bench: ${(SIZE / MiB).toFixed(0)} MiB file, 1 MiB segments, node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`,
);
console.log(table.toString());
console.log(
  `pulled copy identical: ${pulledSha === push.result.files[0]?.sha256 ? 'yes' : 'NO'}; targets: ≥ 50 % of sha256sum, growth < 64 MiB`,
);
rmSync(work, { recursive: true, force: true });
