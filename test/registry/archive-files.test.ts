import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS, openZipArchive } from '../../src/registry/archive-files.js';
import { cli } from '../support/run-cli.js';

function zipFile(entries: Record<string, Uint8Array>, level: 0 | 9 = 9): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'rampart-zip-')), 'model.zip');
  writeFileSync(file, zipSync(entries, { level }));
  return file;
}

async function text(source: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of source) parts.push(Buffer.from(c));
  return Buffer.concat(parts).toString();
}

describe('openZipArchive', () => {
  it('lists files with their paths and streams each one, skipping directories', async () => {
    const archive = await openZipArchive(
      zipFile({
        'model/': new Uint8Array(),
        'model/w.bin': Buffer.from('weights'),
        'config.json': Buffer.from('{}'),
      }),
    );
    try {
      expect(archive.files.map((f) => [f.path, f.size])).toEqual([
        ['model/w.bin', 7],
        ['config.json', 2],
      ]);
      expect(await text(archive.files[0]?.source ?? (async function* () {})())).toBe('weights');
    } finally {
      archive.close();
    }
  });

  it.each([
    ['a path that climbs out', { '../evil.sh': Buffer.from('x') }, {}],
    ['too many entries', { a: Buffer.from('1'), b: Buffer.from('2') }, { maxEntries: 1 }],
    ['too deep a path', { 'a/b/c/d': Buffer.from('1') }, { maxDepth: 3 }],
    ['an over-compressed entry', { 'zeros.bin': new Uint8Array(1024 * 1024) }, { maxRatio: 100 }],
    ['an oversize entry', { 'big.bin': new Uint8Array(2000) }, { maxEntryBytes: 1000 }],
    [
      'too much in total',
      { a: new Uint8Array(600), b: new Uint8Array(600) },
      { maxTotalBytes: 1000 },
    ],
  ])('refuses %s with REGISTRY_ARCHIVE_INVALID', async (_name, entries, limits) => {
    await expect(
      openZipArchive(zipFile(entries), { ...DEFAULT_ARCHIVE_LIMITS, ...limits }),
    ).rejects.toMatchObject({
      code: 'REGISTRY_ARCHIVE_INVALID',
    });
  });

  it('refuses a file that is not a zip', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rampart-zip-')), 'x.zip');
    writeFileSync(file, 'not a zip');
    await expect(openZipArchive(file)).rejects.toMatchObject({ code: 'REGISTRY_ARCHIVE_INVALID' });
  });
});

describe('rampart models push --unpack', () => {
  it('stores the archive members as the files of the version', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rampart-unpack-'));
    const file = zipFile({
      'onnx/model.onnx': Buffer.from('graph'),
      'README.md': Buffer.from('# m'),
    });
    const pushed = await cli([
      '--data-dir',
      dataDir,
      '--json',
      'models',
      'push',
      'm',
      file,
      '--unpack',
    ]);
    expect(pushed.code).toBe(0);
    expect(
      (JSON.parse(pushed.stdout) as { files: { path: string }[] }).files.map((f) => f.path),
    ).toEqual(['README.md', 'onnx/model.onnx']);
  });
});
