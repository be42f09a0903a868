import { describe, expect, it } from 'vitest';
import { scanBuffer } from '../../src/scanning/engine/scanner.js';
import {
  callPickle,
  cat,
  gzip,
  plainPickle,
  tar,
  torchLikePickle,
  zip,
  text,
} from '../fixtures/scanning/builders.js';

const rules = async (bytes: Uint8Array, name = 'model.bin') => {
  const r = await scanBuffer(bytes, name);
  return {
    verdict: r.verdict,
    format: r.format,
    rules: [...new Set(r.findings.map((f) => f.rule))].sort(),
  };
};

describe('containers', () => {
  it('scans every pickle member of a zip whatever its name', async () => {
    const bytes = zip({
      'archive/data.pkl': torchLikePickle(),
      'archive/weights.txt': callPickle('os', 'system'),
      'archive/version': text('3\n'),
    });
    expect(await rules(bytes)).toEqual({
      verdict: 'malicious',
      format: 'pytorch-zip',
      rules: ['format.extension-mismatch', 'pickle.dangerous-import'],
    });
  });

  it('finds a pickle prepended to a valid zip', async () => {
    const bytes = cat(
      callPickle('subprocess', 'Popen'),
      zip({ 'archive/data.pkl': torchLikePickle() }),
    );
    expect((await rules(bytes)).rules).toContain('pickle.dangerous-import');
  });

  it('finds a pickle appended after the end of a zip', async () => {
    const bytes = cat(zip({ 'archive/data.pkl': torchLikePickle() }), callPickle('os', 'system'));
    expect((await rules(bytes)).verdict).toBe('malicious');
  });

  it('reads deflated members and nested zips', async () => {
    const inner = zip({ 'data.pkl': callPickle('runpy', '_run_code') }, true);
    expect((await rules(zip({ 'nested.zip': inner }, true), 'bundle.zip')).verdict).toBe(
      'malicious',
    );
  });

  it('reports a highly compressed member as a zip bomb without inflating it', async () => {
    const bytes = zip({ 'big.bin': new Uint8Array(12 * 1024 * 1024) }, true);
    expect(await rules(bytes, 'x.zip')).toEqual({
      verdict: 'malicious',
      format: 'zip',
      rules: ['archive.bomb'],
    });
  });

  it('reports member names that escape the extraction folder', async () => {
    expect((await rules(zip({ '../../etc/evil.pkl': plainPickle() }), 'x.zip')).rules).toEqual([
      'archive.path-traversal',
    ]);
  });

  it('scans pickles inside a legacy PyTorch tar', async () => {
    const bytes = tar({
      sys_info: plainPickle(),
      pickle: callPickle('os', 'system'),
      storages: plainPickle(),
    });
    expect(await rules(bytes, 'old.pt')).toEqual({
      verdict: 'malicious',
      format: 'pytorch-legacy-tar',
      rules: ['pickle.dangerous-import'],
    });
  });

  it('scans the content of a gzip stream', async () => {
    expect(await rules(gzip(callPickle('builtins', 'exec')), 'model.pkl.gz')).toEqual({
      verdict: 'malicious',
      format: 'gzip/pickle',
      rules: ['pickle.dangerous-import'],
    });
  });

  it('keeps a clean state-dict zip clean', async () => {
    const bytes = zip({
      'archive/data.pkl': torchLikePickle(),
      'archive/data/0': new Uint8Array(4096).fill(7),
      'archive/version': text('3\n'),
    });
    expect(await rules(bytes, 'model.pt')).toEqual({
      verdict: 'clean',
      format: 'pytorch-zip',
      rules: [],
    });
  });

  it('returns verdict error with a code for an unreadable zip directory', async () => {
    const good = zip({ 'a.pkl': plainPickle() });
    const broken = good.slice();
    // Corrupt the central directory signature.
    const cd = broken.length - 22 - 46 - 'a.pkl'.length;
    broken[cd] = 0;
    const r = await scanBuffer(broken, 'x.zip');
    expect([r.verdict, r.error?.code]).toEqual(['error', 'SCAN_FORMAT_MALFORMED']);
  });
});
