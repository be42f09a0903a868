import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scanFiles } from '../../src/scanning/index.js';
import { callPickle, zip } from '../fixtures/scanning/builders.js';

describe('scanFiles (the registry gate entry point)', () => {
  it('scans named streams and keeps their names in reports and findings', async () => {
    const reports = await scanFiles([
      {
        name: 'models/evil.pt',
        stream: Readable.from([zip({ 'archive/data.pkl': callPickle('os', 'system') })]),
      },
    ]);
    expect(reports.map((r) => [r.path, r.verdict, r.findings.map((f) => f.location.file)])).toEqual(
      [['models/evil.pt', 'malicious', ['models/evil.pt']]],
    );
  });

  it('reports a stream that fails as verdict error with SCAN_FILE_UNREADABLE', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('connection reset'));
      },
    });
    const reports = await scanFiles([{ name: 'broken.bin', stream: failing }]);
    expect(reports.map((r) => [r.verdict, r.error?.code])).toEqual([
      ['error', 'SCAN_FILE_UNREADABLE'],
    ]);
  });
});
