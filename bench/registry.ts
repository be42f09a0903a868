/**
 * `npm run bench -- registry [--size 2GiB]`: push and pull throughput of one large file through
 * the registry (SHA-256 + AES-256-GCM segments + fsync on push; decrypt + re-hash on pull),
 * next to `sha256sum` of the same file in the same run, and the process's peak memory growth.
 * Target: ≥ 50 % of sha256sum's speed end to end; memory growth under 64 MiB.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, openSync, closeSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  const factor = unit.startsWith('g') ? 1024 * MiB : unit.startsWith('m') ? MiB : unit.startsWith('k') ? 1024 : 1;
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

/** Samples RSS every 20 ms while `run` works; returns seconds and the peak RSS growth. */
async function measure<T>(run: () => Promise<T>): Promise<{ seconds: number; growthMiB: number; result: T }> {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  const result = await run();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds, growthMiB: (peak - baseline) / MiB, result };
}

const noAudit: AuditSink = { record: (_a, _e: AuditEntry) => Promise.resolve() };
const store = await openStore({ dataDir });
const { service } = createRegistry({ db: store.db, dataDir, audit: noAudit, warn: () => undefined, scanGate: unscannedGate });
const actor = systemActor(PERMISSIONS);
const scope = { kind: 'model', project: 'default', name: 'bench' } as const;

/** Wall time of `sha256sum FILE`. */
function timeSha256sum(): number {
  const start = performance.now();
  execFileSync('sha256sum', [input]);
  return (performance.now() - start) / 1000;
}
// Warm the page cache for a fair comparison: every contender reads the same cached file.
execFileSync('sha256sum', [input]);
const shaBefore = timeSha256sum();

const push = await measure(() =>
  service.pushVersion(actor, scope, { files: [{ path: 'model.bin', source: createReadStream(input, { highWaterMark: MiB }) }] }),
);
const out = path.join(work, 'out');
const pull = await measure(async () => {
  const opened = await service.openFile(actor, scope, { kind: 'number', number: push.result.version }, 'model.bin');
  return writeLocalFile(out, 'model.bin', opened.stream, () => undefined);
});
const pulledSha = execFileSync('sha256sum', [pull.result]).toString().split(' ')[0];
// The machine may be shared: time the baseline before and after and compare with the mean.
const shaAfter = timeSha256sum();
const shaSeconds = (shaBefore + shaAfter) / 2;
await store.close();

const mbps = (seconds: number) => SIZE / MiB / seconds;
const table = new Table({ head: ['operation', 'MiB/s', 'vs sha256sum', 'seconds', 'peak RSS growth'] });
table.push(
  ['sha256sum (baseline, mean of 2 runs)', mbps(shaSeconds).toFixed(0), '100 %', `${shaBefore.toFixed(2)} / ${shaAfter.toFixed(2)}`, '-'],
  ['registry push (hash + encrypt + fsync)', mbps(push.seconds).toFixed(0), `${((100 * shaSeconds) / push.seconds).toFixed(0)} %`, push.seconds.toFixed(2), `${push.growthMiB.toFixed(1)} MiB`],
  ['registry pull (decrypt + verify + write)', mbps(pull.seconds).toFixed(0), `${((100 * shaSeconds) / pull.seconds).toFixed(0)} %`, pull.seconds.toFixed(2), `${pull.growthMiB.toFixed(1)} MiB`],
);
console.log(`registry bench: ${(SIZE / MiB).toFixed(0)} MiB file, 1 MiB segments, node ${process.version}`);
console.log(table.toString());
console.log(`pulled copy identical: ${pulledSha === push.result.files[0]?.sha256 ? 'yes' : 'NO'}; targets: ≥ 50 % of sha256sum, growth < 64 MiB`);
rmSync(work, { recursive: true, force: true });
