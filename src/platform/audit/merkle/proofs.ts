import { timingSafeEqual } from 'node:crypto';
import { HASH_BYTES, emptyRoot, hashChildren, splitPoint } from './tree-hash.js';

/** A complete, aligned subtree: leaves `[index·2^level, (index+1)·2^level)`. */
export interface NodeRef {
  readonly level: number;
  readonly index: number;
}

/** A half-open range of leaves `[start, end)` whose RFC 9162 hash is one proof element. */
export interface LeafRange {
  readonly start: number;
  readonly end: number;
}

/** Why a proof did not verify. */
export type ProofFailure = 'bad-sizes' | 'bad-hash-length' | 'wrong-proof-length' | 'root-mismatch';

export type ProofCheck =
  { readonly valid: true } | { readonly valid: false; readonly reason: ProofFailure };

const ok: ProofCheck = { valid: true };
const fail = (reason: ProofFailure): ProofCheck => ({ valid: false, reason });

/**
 * RFC 9162 §2.1.3.1: the leaf ranges whose hashes form the inclusion proof of leaf `index` in a
 * tree of `size` leaves, bottom-up (the order the proof is sent in).
 */
export function inclusionRanges(index: number, size: number): LeafRange[] {
  assertSize(size);
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
    throw new RangeError(`leaf index ${index} is outside a tree of ${size} leaves`);
  }
  const path: LeafRange[] = [];
  let start = 0;
  let end = size;
  let m = index;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (m < k) {
      path.push({ start: start + k, end });
      end = start + k;
    } else {
      path.push({ start, end: start + k });
      start += k;
      m -= k;
    }
  }
  return path.reverse();
}

/**
 * RFC 9162 §2.1.4.1: the leaf ranges whose hashes form the consistency proof between the trees
 * of `size1` and `size2` leaves (0 < size1 ≤ size2), in proof order.
 */
export function consistencyRanges(size1: number, size2: number): LeafRange[] {
  assertSize(size1);
  assertSize(size2);
  if (size1 < 1 || size1 > size2) {
    throw new RangeError(`no consistency proof from ${size1} to ${size2} leaves`);
  }
  const out: LeafRange[] = [];
  // SUBPROOF(m, D[start:end], b), unrolled; the recursion only ever descends one side.
  let start = 0;
  let end = size2;
  let m = size1;
  let isOriginal = true;
  for (;;) {
    const n = end - start;
    if (m === n) {
      if (!isOriginal) out.push({ start, end });
      break;
    }
    const k = splitPoint(n);
    if (m <= k) {
      out.push({ start: start + k, end });
      end = start + k;
    } else {
      out.push({ start, end: start + k });
      start += k;
      m -= k;
      isOriginal = false;
    }
  }
  return out.reverse();
}

/**
 * The complete subtrees that make up an RFC 9162 subtree `[start, end)`, largest first. Their
 * right fold (`hashRange`) is the range's hash. Ranges produced by the proof planners (and
 * `[0, n)`) are always aligned so that this decomposition is exact.
 */
export function rangeRefs(range: LeafRange): NodeRef[] {
  const refs: NodeRef[] = [];
  let pos = range.start;
  let remaining = range.end - range.start;
  for (
    let level = Math.floor(Math.log2(Math.max(remaining, 1)));
    level >= 0 && remaining > 0;
    level--
  ) {
    const width = 2 ** level;
    if (remaining >= width) {
      if (pos % width !== 0)
        throw new RangeError(`range [${range.start}, ${range.end}) is not aligned`);
      refs.push({ level, index: pos / width });
      pos += width;
      remaining -= width;
    }
  }
  return refs;
}

/** Folds the hashes of `rangeRefs(range)` (largest first) into the range's Merkle Tree Hash. */
export function foldRange(hashes: readonly Uint8Array[]): Buffer {
  if (hashes.length === 0) return emptyRoot();
  let acc: Buffer = Buffer.from(hashes[hashes.length - 1] as Uint8Array);
  for (let i = hashes.length - 2; i >= 0; i--) acc = hashChildren(hashes[i] as Uint8Array, acc);
  return acc;
}

/** Looks up stored complete-subtree hashes; the caller guarantees every ref exists. */
export type NodeLookup = (ref: NodeRef) => Uint8Array;

/** Turns planned ranges into proof hashes with O(log n) lookups per range. */
export function materialize(ranges: readonly LeafRange[], lookup: NodeLookup): Buffer[] {
  return ranges.map((r) => foldRange(rangeRefs(r).map(lookup)));
}

/** RFC 9162 §2.1.3.2: verifies that `leafHash` is leaf `index` of the tree with `root`. */
export function verifyInclusion(input: {
  readonly index: number;
  readonly size: number;
  readonly leafHash: Uint8Array;
  readonly proof: readonly Uint8Array[];
  readonly root: Uint8Array;
}): ProofCheck {
  const { index, size, leafHash, proof, root } = input;
  if (!isCount(index) || !isCount(size) || index >= size) return fail('bad-sizes');
  if (leafHash.length !== HASH_BYTES || root.length !== HASH_BYTES) return fail('bad-hash-length');
  if (proof.some((p) => p.length !== HASH_BYTES)) return fail('bad-hash-length');
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leafHash);
  for (const p of proof) {
    if (sn === 0) return fail('wrong-proof-length');
    if (fn % 2 === 1 || fn === sn) {
      r = hashChildren(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = hashChildren(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) return fail('wrong-proof-length');
  return hashesEqual(r, root) ? ok : fail('root-mismatch');
}

/**
 * RFC 9162 §2.1.4.2: verifies that the tree of `size2` leaves with `root2` extends the tree of
 * `size1` leaves with `root1`. Requires 0 < size1 ≤ size2; equal sizes need an empty proof and
 * equal roots.
 */
export function verifyConsistency(input: {
  readonly size1: number;
  readonly size2: number;
  readonly root1: Uint8Array;
  readonly root2: Uint8Array;
  readonly proof: readonly Uint8Array[];
}): ProofCheck {
  const { size1, size2, root1, root2, proof } = input;
  // A consistency check against the empty tree proves nothing, so size 0 is refused outright.
  if (!isCount(size1) || !isCount(size2) || size1 < 1 || size1 > size2) return fail('bad-sizes');
  if (size1 === size2) {
    if (proof.length !== 0) return fail('wrong-proof-length');
    return hashesEqual(root1, root2) ? ok : fail('root-mismatch');
  }
  if (root1.length !== HASH_BYTES || root2.length !== HASH_BYTES) return fail('bad-hash-length');
  if (proof.length === 0) return fail('wrong-proof-length');
  if (proof.some((p) => p.length !== HASH_BYTES)) return fail('bad-hash-length');
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Buffer = Buffer.from(path[0] as Uint8Array);
  let sr: Buffer = fr;
  for (const c of path.slice(1)) {
    if (sn === 0) return fail('wrong-proof-length');
    if (fn % 2 === 1 || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) return fail('wrong-proof-length');
  return hashesEqual(fr, root1) && hashesEqual(sr, root2) ? ok : fail('root-mismatch');
}

/** Constant-time equality of two hashes (false when lengths differ). */
export function hashesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && 2 ** Math.round(Math.log2(n)) === n;
}

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

function assertSize(size: number): void {
  if (!isCount(size)) throw new RangeError(`tree size ${size} is not a non-negative integer`);
}
