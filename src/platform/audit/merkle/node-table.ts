import { CompactRange } from './tree-hash.js';
import {
  consistencyRanges,
  foldRange,
  inclusionRanges,
  materialize,
  rangeRefs,
  type NodeRef,
} from './proofs.js';

/**
 * An in-memory table of every complete subtree hash, indexed by (level, index): the same layout
 * the audit store persists in `audit_tree_nodes`. Appends cost amortised O(1) hashes; roots and
 * proofs for any earlier tree size cost O(log n) lookups and no leaf rehashing.
 */
export class NodeTable {
  private readonly levels: Buffer[][] = [];
  private readonly range = new CompactRange();

  /** Number of leaves appended. */
  get size(): number {
    return this.range.size;
  }

  /** Appends one leaf hash (already `hashLeaf`ed). */
  append(leafHash: Uint8Array): void {
    this.range.append(leafHash, (level, index, hash) => {
      const row = (this.levels[level] ??= []);
      row[index] = hash;
    });
  }

  /** The stored hash of a complete subtree; throws when it does not exist yet. */
  node(ref: NodeRef): Buffer {
    const hash = this.levels[ref.level]?.[ref.index];
    if (hash === undefined)
      throw new RangeError(`no complete subtree at level ${ref.level}, index ${ref.index}`);
    return hash;
  }

  /** Merkle Tree Hash of the first `size` leaves (defaults to all). */
  root(size = this.size): Buffer {
    this.assertWithin(size);
    return foldRange(rangeRefs({ start: 0, end: size }).map((r) => this.node(r)));
  }

  /** RFC 9162 inclusion proof of leaf `index` in the tree of the first `size` leaves. */
  inclusionProof(index: number, size = this.size): Buffer[] {
    this.assertWithin(size);
    return materialize(inclusionRanges(index, size), (r) => this.node(r));
  }

  /** RFC 9162 consistency proof from the tree of `size1` leaves to that of `size2`. */
  consistencyProof(size1: number, size2 = this.size): Buffer[] {
    this.assertWithin(size2);
    return materialize(consistencyRanges(size1, size2), (r) => this.node(r));
  }

  private assertWithin(size: number): void {
    if (size > this.size) throw new RangeError(`tree has ${this.size} leaves, asked for ${size}`);
  }
}
