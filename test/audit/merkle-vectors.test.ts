import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyConsistency, verifyInclusion } from '../../src/platform/audit/merkle/proofs.js';

const dataDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/data/merkle/testdata',
);

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? jsonFiles(full) : name.endsWith('.json') ? [full] : [];
  });
}

const b64 = (s: string): Buffer => Buffer.from(s, 'base64');

interface InclusionVector {
  leafIdx: number;
  treeSize: number;
  root: string;
  leafHash: string;
  proof: string[] | null;
  wantErr: boolean;
}
interface ConsistencyVector {
  size1: number;
  size2: number;
  root1: string;
  root2: string;
  proof: string[] | null;
  wantErr: boolean;
}

const inclusion = jsonFiles(path.join(dataDir, 'inclusion'));
const consistency = jsonFiles(path.join(dataDir, 'consistency'));

describe('transparency-dev/merkle vectors', () => {
  it('has all 196 vectors', () => {
    expect(inclusion.length + consistency.length).toBe(196);
  });

  it.each(inclusion.map((f) => [path.relative(dataDir, f), f]))('inclusion %s', (_name, file) => {
    const v = JSON.parse(readFileSync(file, 'utf8')) as InclusionVector;
    const result = verifyInclusion({
      index: v.leafIdx,
      size: v.treeSize,
      leafHash: b64(v.leafHash),
      root: b64(v.root),
      proof: (v.proof ?? []).map(b64),
    });
    expect(result.valid).toBe(!v.wantErr);
  });

  it.each(consistency.map((f) => [path.relative(dataDir, f), f]))(
    'consistency %s',
    (_name, file) => {
      const v = JSON.parse(readFileSync(file, 'utf8')) as ConsistencyVector;
      const result = verifyConsistency({
        size1: v.size1,
        size2: v.size2,
        root1: b64(v.root1),
        root2: b64(v.root2),
        proof: (v.proof ?? []).map(b64),
      });
      expect(result.valid).toBe(!v.wantErr);
    },
  );
});
