/**
 * `npm run bench -- scan-throughput [--size 512MiB|2GiB] [--files 1000]`
 *
 * 1. Writes a PyTorch-style zip (archive/data.pkl + 64 MiB stored tensor members) of `--size`
 *    to a temp folder and scans it; prints GB/s (file size / wall time) next to `sha256sum`
 *    of the same file. The scanner reads the central directory and the pickle only.
 * 2. Writes `--files` small pickles and scans them all: in-process ms/file, and one
 *    `rampart scan DIR --format json` process (start-up included) ms/file, next to one
 *    `sha256sum` process over the same files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeSync,
  writeFileSync,
  mkdirSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomFillSync } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { listScanTargets, scanFile, scanFiles } from '../src/scanning/engine/scanner.js';

const MiB = 1024 * 1024;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : (process.argv[i + 1] ?? fallback);
}

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(KiB|MiB|GiB|B)?$/i.exec(s);
  if (m === null) throw new Error(`bad --size ${s}`);
  const unit = { b: 1, kib: 1024, mib: MiB, gib: 1024 * MiB }[(m[2] ?? 'B').toLowerCase()] ?? 1;
  return Math.floor(Number(m[1]) * unit);
}

/** A protocol-2 pickle of an OrderedDict of `n` tensors, like torch.save's data.pkl. */
function stateDictPickle(n: number): Buffer {
  const parts: Buffer[] = [
    Buffer.from([0x80, 0x02]),
    Buffer.from('ccollections\nOrderedDict\nq\x00)Rq\x01(', 'latin1'),
  ];
  for (let i = 0; i < n; i++) {
    const key = Buffer.from(`layer${i}.weight`);
    parts.push(Buffer.from([0x58]), u32(key.length), key);
    parts.push(Buffer.from('ctorch._utils\n_rebuild_tensor_v2\n(', 'latin1'));
    parts.push(Buffer.from('(X\x07\x00\x00\x00storagectorch\nFloatStorage\n', 'latin1'));
    const sk = Buffer.from(String(i));
    parts.push(
      Buffer.from([0x58]),
      u32(sk.length),
      sk,
      Buffer.from(
        'X\x03\x00\x00\x00cpuJ\x00\x00\x40\x00tQK\x00J\x00\x00\x40\x00\x85K\x01\x85\x89ccollections\nOrderedDict\n)RtR',
        'latin1',
      ),
    );
  }
  parts.push(Buffer.from('u.', 'latin1'));
  return Buffer.concat(parts);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** Streams a stored zip to `file` without holding members in memory. */
function writeTorchZip(file: string, totalBytes: number): void {
  const memberBytes = 64 * MiB;
  const count = Math.max(1, Math.floor(totalBytes / memberBytes));
  const chunk = randomFillSync(Buffer.alloc(16 * MiB));
  const fd = openSync(file, 'w');
  let offset = 0;
  const central: Buffer[] = [];
  const put = (b: Buffer) => {
    writeSync(fd, b);
    offset += b.length;
  };
  const member = (name: string, size: number, crc: number, write: () => void) => {
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(size, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const at = offset;
    put(Buffer.concat([local, nameBuf]));
    write();
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt32LE(crc >>> 0, 16);
    cen.writeUInt32LE(size, 20);
    cen.writeUInt32LE(size, 24);
    cen.writeUInt16LE(nameBuf.length, 28);
    cen.writeUInt32LE(at, 42);
    central.push(cen, nameBuf);
  };
  const pkl = stateDictPickle(count);
  member('archive/data.pkl', pkl.length, crc32(pkl), () => put(pkl));
  let chunkCrc = 0;
  for (let i = 0; i < memberBytes / chunk.length; i++) chunkCrc = crc32(chunk, chunkCrc);
  for (let i = 0; i < count; i++) {
    member(`archive/data/${i}`, memberBytes, chunkCrc, () => {
      for (let w = 0; w < memberBytes; w += chunk.length) put(chunk);
    });
  }
  for (const [name, body] of [
    ['archive/version', '3\n'],
    ['archive/byteorder', 'little'],
  ] as const) {
    const b = Buffer.from(body);
    member(name, b.length, crc32(b), () => put(b));
  }
  const cd = Buffer.concat(central);
  const cdAt = offset;
  put(cd);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(central.length / 2, 8);
  eocd.writeUInt16LE(central.length / 2, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(cdAt, 16);
  put(eocd);
  closeSync(fd);
}

function timeSha256(args: string[]): number {
  const t0 = performance.now();
  execFileSync('sha256sum', args, { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 64 * MiB });
  return performance.now() - t0;
}

const size = parseSize(arg('--size', '512MiB'));
const files = Number(arg('--files', '1000'));
const dir = mkdtempSync(path.join(tmpdir(), 'rampart-bench-'));
try {
  const big = path.join(dir, 'pytorch_model.bin');
  writeTorchZip(big, size);
  const bytes = (await import('node:fs')).statSync(big).size;
  await scanFile(big); // warm up module loading
  const runs = 3;
  let scanMs = Number.POSITIVE_INFINITY;
  let verdict = '';
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await scanFile(big);
    scanMs = Math.min(scanMs, performance.now() - t0);
    verdict = r.verdict;
  }
  const shaMs = timeSha256([big]);
  const gbps = (ms: number) => (bytes / 1e9 / (ms / 1000)).toFixed(2);

  const small = path.join(dir, 'small');
  mkdirSync(small);
  const pkl = stateDictPickle(4);
  for (let i = 0; i < files; i++) writeFileSync(path.join(small, `m${i}.pkl`), pkl);
  const targets = await listScanTargets([small]);
  const t1 = performance.now();
  await scanFiles(targets);
  const inProcMs = performance.now() - t1;
  const shaSmallMs = timeSha256(targets);
  let cliMs: number | undefined;
  const bin = path.resolve('bin', 'rampart.js');
  if (existsSync(bin)) {
    const t2 = performance.now();
    const run = spawnSync(
      process.execPath,
      [bin, 'scan', small, '--format', 'json', '--output', path.join(dir, 'out.json')],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    cliMs = run.status === 0 ? performance.now() - t2 : undefined;
    if (run.status !== 0)
      console.error(`rampart scan exited ${run.status}: ${run.stderr.toString().slice(0, 300)}`);
  }

  console.log(
    `large file: ${(bytes / MiB).toFixed(0)} MiB PyTorch zip, verdict ${verdict}; small files: ${files} pickles of ${pkl.length} B`,
  );
  console.log('| measure | rampart scan | baseline sha256sum |');
  console.log('| --- | --- | --- |');
  console.log(
    `| large zip, GB/s (best of ${runs}) | ${gbps(scanMs)} GB/s (${scanMs.toFixed(1)} ms) | ${gbps(shaMs)} GB/s (${shaMs.toFixed(0)} ms) |`,
  );
  console.log(
    `| small pickles, ms/file in-process | ${(inProcMs / files).toFixed(3)} | ${(shaSmallMs / files).toFixed(3)} (one process) |`,
  );
  console.log(
    `| small pickles, ms/file, one CLI process incl. start-up | ${cliMs === undefined ? 'n/a (CLI not wired)' : (cliMs / files).toFixed(3)} | ${(shaSmallMs / files).toFixed(3)} |`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
