import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';
import {
  callPickle,
  plainPickle,
  safetensors,
  zip,
  torchLikePickle,
} from '../fixtures/scanning/builders.js';

let dir: string;
beforeAll(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'rampart-scan-cli-')), 'clean');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'clean.pkl'), plainPickle());
  writeFileSync(path.join(dir, 'model.pt'), zip({ 'archive/data.pkl': torchLikePickle() }));
  writeFileSync(
    path.join(dir, 'w.safetensors'),
    safetensors({ w: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }, new Uint8Array(4)),
  );
});
afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

describe('rampart scan', () => {
  it('exits 0 on a folder of clean models and prints one row per file', async () => {
    const r = await cli(['scan', dir]);
    expect([r.code, (r.stdout.match(/clean/g) ?? []).length >= 3]).toEqual([0, true]);
  });

  it('exits 1 and reports JSON per file when a malicious file is present', async () => {
    const evil = path.join(path.dirname(dir), 'evil');
    mkdirSync(evil);
    writeFileSync(path.join(evil, 'evil.bin'), callPickle('subprocess', 'Popen'));
    const r = await cli(['scan', evil, '--format', 'json']);
    const doc = JSON.parse(r.stdout) as {
      files: { path: string; format: string; verdict: string; findings: unknown[] }[];
    };
    expect([r.code, doc.files.map((f) => [path.basename(f.path), f.format, f.verdict])]).toEqual([
      1,
      [['evil.bin', 'pickle', 'malicious']],
    ]);
  });

  it('exits 0 with --fail-on none even when something is found', async () => {
    const file = path.join(path.dirname(dir), 'found.pkl');
    writeFileSync(file, callPickle('os', 'system'));
    const r = await cli(['scan', file, '--fail-on', 'none']);
    expect(r.code).toBe(0);
  });

  it('writes SARIF to --output', async () => {
    const out = path.join(tmpdir(), `rampart-${process.pid}.sarif`);
    const r = await cli([
      'scan',
      path.join(dir, 'clean.pkl'),
      '--format',
      'sarif',
      '--output',
      out,
    ]);
    const log = JSON.parse(readFileSync(out, 'utf8')) as { version: string };
    rmSync(out);
    expect([r.code, log.version]).toEqual([0, '2.1.0']);
  });

  it('exits 2 with SCAN_FILE_UNREADABLE for a missing path', async () => {
    const r = await cli(['scan', path.join(dir, 'nope.pt')]);
    expect([r.code, r.stderr.includes('SCAN_FILE_UNREADABLE')]).toEqual([2, true]);
  });

  it('exits 2 for an invalid --fail-on value', async () => {
    const r = await cli(['scan', dir, '--fail-on', 'sometimes']);
    expect([r.code, r.stderr.includes('SCAN_OPTION_INVALID')]).toEqual([2, true]);
  });
});
