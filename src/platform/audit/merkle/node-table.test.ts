import { describe, expect, it } from 'vitest';
import { NodeTable } from './node-table.js';
import { hashChildren, hashLeaf, rootFromLeafHashes, splitPoint } from './tree-hash.js';
import { verifyConsistency, verifyInclusion } from './proofs.js';

// The classic CT test leaves behind the transparency-dev happy-path vectors.
const ctLeaves = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];

/** RFC 9162 §2.1 written as literally as possible, to check the optimised code against. */
function mth(leaves: Buffer[]): Buffer {
  if (leaves.length === 1) return leaves[0] as Buffer;
  const k = splitPoint(leaves.length);
  return hashChildren(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}
function path(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = splitPoint(leaves.length);
  return m < k
    ? [...path(m, leaves.slice(0, k)), mth(leaves.slice(k))]
    : [...path(m - k, leaves.slice(k)), mth(leaves.slice(0, k))];
}
function subproof(m: number, leaves: Buffer[], original: boolean): Buffer[] {
  if (m === leaves.length) return original ? [] : [mth(leaves)];
  const k = splitPoint(leaves.length);
  return m <= k
    ? [...subproof(m, leaves.slice(0, k), original), mth(leaves.slice(k))]
    : [...subproof(m - k, leaves.slice(k), false), mth(leaves.slice(0, k))];
}

const leafHashes = (n: number): Buffer[] =>
  Array.from({ length: n }, (_, i) => hashLeaf(Buffer.from(`record ${i}`)));

describe('NodeTable', () => {
  it('computes the published root of the eight CT test leaves', () => {
    const table = new NodeTable();
    for (const hex of ctLeaves) table.append(hashLeaf(Buffer.from(hex, 'hex')));
    expect(table.root().toString('hex')).toBe(
      '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
    );
  });

  it('matches the literal RFC 9162 root, paths and subproofs for every size up to 40', () => {
    const leaves = leafHashes(40);
    const table = new NodeTable();
    for (const leaf of leaves) table.append(leaf);
    for (let n = 1; n <= 40; n++) {
      const prefix = leaves.slice(0, n);
      expect(table.root(n)).toEqual(mth(prefix));
      expect(rootFromLeafHashes(prefix)).toEqual(mth(prefix));
      for (let m = 0; m < n; m++) expect(table.inclusionProof(m, n)).toEqual(path(m, prefix));
      for (let m = 1; m <= n; m++)
        expect(table.consistencyProof(m, n)).toEqual(subproof(m, prefix, true));
    }
  });

  it('produces proofs that verify, and fail against a different root', () => {
    const leaves = leafHashes(77);
    const table = new NodeTable();
    for (const leaf of leaves) table.append(leaf);
    for (const [index, size] of [
      [0, 1],
      [5, 9],
      [63, 64],
      [64, 77],
      [76, 77],
    ] as const) {
      const input = {
        index,
        size,
        leafHash: leaves[index] as Buffer,
        proof: table.inclusionProof(index, size),
      };
      expect(verifyInclusion({ ...input, root: table.root(size) })).toEqual({ valid: true });
      expect(
        verifyInclusion({ ...input, root: table.root(size === 77 ? 76 : size + 1) }).valid,
      ).toBe(false);
    }
    for (const [a, b] of [
      [1, 2],
      [3, 7],
      [8, 8],
      [32, 77],
      [50, 77],
    ] as const) {
      const proof = table.consistencyProof(a, b);
      expect(
        verifyConsistency({
          size1: a,
          size2: b,
          root1: table.root(a),
          root2: table.root(b),
          proof,
        }),
      ).toEqual({ valid: true });
      if (a !== b) {
        expect(
          verifyConsistency({
            size1: a,
            size2: b,
            root1: table.root(a),
            root2: table.root(b - 1),
            proof,
          }).valid,
        ).toBe(false);
      }
    }
  });

  it('refuses proofs beyond its size', () => {
    const table = new NodeTable();
    table.append(hashLeaf(Buffer.from('x')));
    expect(() => table.inclusionProof(0, 2)).toThrow(RangeError);
    expect(() => table.inclusionProof(1, 1)).toThrow(RangeError);
    expect(() => table.consistencyProof(0, 1)).toThrow(RangeError);
  });
});
