import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFile } from '../../src/scanning/engine/scanner.js';

const dir = path.resolve('..', 'shared', 'data', 'model-files');
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
  files: { file: string; expected: string }[];
};

describe('scanner on the shared model-file corpus', () => {
  it.each(manifest.files.map((f) => [f.file, f.expected] as const))(
    'gives %s the expected verdict (%s)',
    async (file, expected) => {
      const report = await scanFile(path.join(dir, 'files', file));
      expect(report.verdict === 'malicious').toBe(expected === 'malicious');
    },
  );
});
