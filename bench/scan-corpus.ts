/**
 * `npm run bench -- scan-corpus`: runs the model-file scanner over ../shared/data/model-files and
 * prints, from its manifest, detected/total malicious and flagged/total benign, with the time
 * per file. Baselines in the same run: a naive byte-pattern scanner (grep for dangerous names,
 * as simple tools do) and SHA-256 hashing of the same files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { scanFile } from '../src/scanning/engine/scanner.js';
import { sharedDataPath } from './shared-data.js';

interface Entry {
  file: string;
  expected: 'malicious' | 'benign';
  technique: string;
}

const dir = sharedDataPath('model-files');
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
  files: Entry[];
};
const NAIVE = ['os\nsystem', 'posix', 'subprocess', 'builtins\neval', 'eval', 'exec', '__import__'];

function naiveFlags(bytes: Buffer): boolean {
  const text = bytes.toString('latin1');
  return NAIVE.some((s) => text.includes(s));
}

const rows: {
  file: string;
  expected: string;
  verdict: string;
  ms: number;
  naive: boolean;
  shaMs: number;
}[] = [];
await scanFile(path.join(dir, 'files', manifest.files[0]!.file)); // warm up module loading
for (const e of manifest.files) {
  const p = path.join(dir, 'files', e.file);
  const t0 = performance.now();
  const report = await scanFile(p);
  const ms = performance.now() - t0;
  const bytes = readFileSync(p);
  const t1 = performance.now();
  createHash('sha256').update(bytes).digest('hex');
  const shaMs = performance.now() - t1;
  rows.push({
    file: e.file,
    expected: e.expected,
    verdict: report.verdict,
    ms,
    naive: naiveFlags(bytes),
    shaMs,
  });
}

const mal = rows.filter((r) => r.expected === 'malicious');
const ben = rows.filter((r) => r.expected === 'benign');
const wrong = rows.filter((r) => (r.expected === 'malicious') !== (r.verdict === 'malicious'));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const sorted = rows.map((r) => r.ms).sort((a, b) => a - b);

console.log('file'.padEnd(40), 'expected'.padEnd(10), 'verdict'.padEnd(11), 'ms');
for (const r of rows)
  console.log(r.file.padEnd(40), r.expected.padEnd(10), r.verdict.padEnd(11), r.ms.toFixed(2));
console.log();
console.log(
  '| scanner | malicious detected | benign flagged malicious | mean ms/file | median | max |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(
  `| rampart scan | ${mal.filter((r) => r.verdict === 'malicious').length}/${mal.length} | ${ben.filter((r) => r.verdict === 'malicious').length}/${ben.length} | ${mean(rows.map((r) => r.ms)).toFixed(2)} | ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)} | ${sorted[sorted.length - 1]?.toFixed(2)} |`,
);
console.log(
  `| baseline: naive byte grep | ${mal.filter((r) => r.naive).length}/${mal.length} | ${ben.filter((r) => r.naive).length}/${ben.length} | - | - | - |`,
);
console.log(
  `| baseline: sha256 of the file | - | - | ${mean(rows.map((r) => r.shaMs)).toFixed(3)} | - | - |`,
);
if (wrong.length > 0)
  console.log(`\nwrong: ${wrong.map((r) => `${r.file} (${r.verdict})`).join(', ')}`);
