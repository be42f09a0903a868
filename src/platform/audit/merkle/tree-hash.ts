import { createHash } from 'node:crypto';

/** SHA-256 output size; every leaf hash, node hash and root is this long. */
export const HASH_BYTES = 32;

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** RFC 9162 §2.1.1: the hash of one leaf, `SHA-256(0x00 || data)`. */
export function hashLeaf(data: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(data).digest();
}

/** RFC 9162 §2.1.1: the hash of an interior node, `SHA-256(0x01 || left || right)`. */
export function hashChildren(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** RFC 9162 §2.1.1: the hash of an empty tree, `SHA-256()`. */
export function emptyRoot(): Buffer {
  return createHash('sha256').digest();
}

/** The largest power of two strictly smaller than `n` (RFC 9162's `k`); `n` must be ≥ 2. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * RFC 9162 §2.1.1 Merkle Tree Hash of the leaf hashes `leafHashes[start, end)`.
 * Iterative (no recursion depth issue) and O(n): it folds complete subtrees level by level.
 */
export function rootFromLeafHashes(
  leafHashes: readonly Uint8Array[],
  start = 0,
  end = leafHashes.length,
): Buffer {
  if (end <= start) return emptyRoot();
  const frontier = new CompactRange();
  for (let i = start; i < end; i++) frontier.append(leafHashes[i] as Uint8Array);
  return frontier.root();
}

/**
 * The "compact range" of a growing tree: the roots of its complete subtrees, one per set bit of
 * the size, largest first. Appending is amortised O(1) hashes and the root costs O(log n), so a
 * verifier can stream a million records and read the root at any checkpoint size on the way.
 */
export class CompactRange {
  private readonly stack: { hash: Buffer; size: number }[] = [];
  private count = 0;

  /** Number of leaves appended so far. */
  get size(): number {
    return this.count;
  }

  /**
   * Appends one leaf hash; calls `onNode(level, index, hash)` for every complete subtree that
   * the append closes (level 0 is the leaf itself), so callers can persist them.
   */
  append(
    leafHash: Uint8Array,
    onNode?: (level: number, index: number, hash: Buffer) => void,
  ): void {
    let node: { hash: Buffer; size: number } = { hash: Buffer.from(leafHash), size: 1 };
    let level = 0;
    onNode?.(0, this.count, node.hash);
    for (;;) {
      const top = this.stack[this.stack.length - 1];
      if (top === undefined || top.size !== node.size) break;
      this.stack.pop();
      node = { hash: hashChildren(top.hash, node.hash), size: node.size * 2 };
      level++;
      onNode?.(level, Math.floor(this.count / node.size), node.hash);
    }
    this.stack.push(node);
    this.count++;
  }

  /** An independent copy (appending to it leaves this range unchanged). */
  clone(): CompactRange {
    const copy = new CompactRange();
    copy.stack.push(...this.stack.map((p) => ({ hash: p.hash, size: p.size })));
    copy.count = this.count;
    return copy;
  }

  /** RFC 9162 Merkle Tree Hash of everything appended so far. */
  root(): Buffer {
    if (this.stack.length === 0) return emptyRoot();
    let acc = (this.stack[this.stack.length - 1] as { hash: Buffer }).hash;
    for (let i = this.stack.length - 2; i >= 0; i--) {
      acc = hashChildren((this.stack[i] as { hash: Buffer }).hash, acc);
    }
    return acc;
  }

  /** The complete-subtree roots, largest first, with their sizes. */
  peaks(): readonly { readonly hash: Buffer; readonly size: number }[] {
    return this.stack.map((p) => ({ hash: p.hash, size: p.size }));
  }

  /** Rebuilds a range of `size` leaves from its peaks (as returned by `peaks()` or `peakRefs`). */
  static fromPeaks(size: number, peakHashes: readonly Uint8Array[]): CompactRange {
    const range = new CompactRange();
    const sizes = peakSizes(size);
    if (sizes.length !== peakHashes.length) {
      throw new RangeError(
        `a tree of ${size} leaves has ${sizes.length} peaks, got ${peakHashes.length}`,
      );
    }
    sizes.forEach((s, i) =>
      range.stack.push({ hash: Buffer.from(peakHashes[i] as Uint8Array), size: s }),
    );
    range.count = size;
    return range;
  }
}

/** Sizes of the complete subtrees that make up a tree of `size` leaves, largest first. */
export function peakSizes(size: number): number[] {
  const sizes: number[] = [];
  for (let bit = 2 ** Math.floor(Math.log2(Math.max(size, 1))); bit >= 1; bit /= 2) {
    if (Math.floor(size / bit) % 2 === 1) sizes.push(bit);
  }
  return size === 0 ? [] : sizes;
}
