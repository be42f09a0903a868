import type { AuditRecordRow } from './audit-record.js';
import { recordLeafHash } from './audit-record.js';
import { canonicalJson } from './canonical-json.js';
import { parseCheckpoint, type Checkpoint } from './checkpoint.js';
import { CompactRange } from './merkle/tree-hash.js';
import { hashesEqual } from './merkle/proofs.js';
import { hasValidSignature, parseSignedNote, type NoteVerifier } from './signed-note.js';

/** A stored signed checkpoint (the note is the source of truth; the columns index it). */
export interface CheckpointRow {
  readonly id: number;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly note: string;
}

export type VerifyProblem =
  | { readonly kind: 'record'; readonly seq: number; readonly reason: string }
  | {
      readonly kind: 'checkpoint';
      readonly id: number;
      readonly treeSize: number;
      readonly reason: string;
    }
  | { readonly kind: 'head'; readonly reason: string }
  | { readonly kind: 'node'; readonly reason: string };

export interface VerifyReport {
  readonly ok: boolean;
  readonly records: number;
  readonly checkpoints: number;
  readonly rootHash: string;
  /** In log order; the first one is the earliest point where the log stops matching. */
  readonly problems: readonly VerifyProblem[];
}

const MAX_PROBLEMS = 100;

/**
 * Streams a stored audit log through the checks of `rampart audit verify`: positions are
 * contiguous from 0, every row's columns hash to its stored leaf hash, every checkpoint is
 * signed by the log key for this origin and its root equals the root recomputed from the
 * records at its size (so all checkpoints are consistent with each other and with the rows),
 * and the stored head matches. Memory is O(log n) plus the checkpoints; pure (no I/O).
 */
export class LogVerifier {
  private readonly range = new CompactRange();
  private readonly problems: VerifyProblem[] = [];
  private readonly pending: CheckpointRow[];
  private checked = 0;
  private lastSeq = -1;

  constructor(
    private readonly options: {
      /** The log's keys (current and retired); a checkpoint's origin is its signing key's name. */
      readonly verifiers: readonly NoteVerifier[];
      readonly checkpoints: readonly CheckpointRow[];
    },
  ) {
    this.pending = [...options.checkpoints].sort((a, b) => a.treeSize - b.treeSize || a.id - b.id);
    this.checkCheckpointOrder(options.checkpoints);
    this.settleCheckpoints();
  }

  /** Feeds the next row, in ascending `seq` order as read from the store. */
  add(row: AuditRecordRow): void {
    const expected = this.range.size;
    if (row.seq !== expected) {
      this.report({
        kind: 'record',
        seq: expected,
        reason:
          row.seq === this.lastSeq
            ? `record ${row.seq} appears more than once`
            : row.seq > expected
              ? `record ${expected} is missing (next stored record is ${row.seq})`
              : `record ${row.seq} is out of order`,
      });
    }
    this.lastSeq = row.seq;
    let leaf: Buffer;
    try {
      leaf = recordLeafHash(row);
      if (canonicalJson(JSON.parse(row.details)) !== row.details)
        throw new Error('details are not canonical JSON');
    } catch {
      // Unparseable or non-canonical details: the row was edited outside the service.
      this.report({
        kind: 'record',
        seq: expected,
        reason: `record ${expected} has unreadable details`,
      });
      leaf = Buffer.alloc(32);
    }
    if (!hashesEqual(leaf, Buffer.from(row.leafHash, 'hex'))) {
      this.report({
        kind: 'record',
        seq: expected,
        reason: `record ${expected} does not match its leaf hash (edited)`,
      });
    }
    this.range.append(leaf);
    this.settleCheckpoints();
  }

  /** Ends the stream; `head` is the stored tree size and root, when the store keeps one. */
  finish(head?: { readonly size: number; readonly rootHash: string }): VerifyReport {
    for (const cp of this.pending) {
      this.report({
        kind: 'checkpoint',
        id: cp.id,
        treeSize: cp.treeSize,
        reason: `checkpoint ${cp.id} covers ${cp.treeSize} records but only ${this.range.size} are stored`,
      });
    }
    this.pending.length = 0;
    const root = this.range.root().toString('hex');
    if (head !== undefined && (head.size !== this.range.size || head.rootHash !== root)) {
      this.report({
        kind: 'head',
        reason: `stored head (size ${head.size}) does not match the ${this.range.size} stored records`,
      });
    }
    return {
      ok: this.problems.length === 0,
      records: this.range.size,
      checkpoints: this.checked,
      rootHash: root,
      problems: [...this.problems],
    };
  }

  private settleCheckpoints(): void {
    while (
      this.pending.length > 0 &&
      (this.pending[0] as CheckpointRow).treeSize === this.range.size
    ) {
      this.checkCheckpoint(this.pending.shift() as CheckpointRow);
    }
  }

  private checkCheckpoint(cp: CheckpointRow): void {
    this.checked++;
    const fail = (reason: string) =>
      this.report({
        kind: 'checkpoint',
        id: cp.id,
        treeSize: cp.treeSize,
        reason: `checkpoint ${cp.id} (size ${cp.treeSize}): ${reason}`,
      });
    let body: Checkpoint;
    try {
      const note = parseSignedNote(cp.note);
      body = parseCheckpoint(note.text);
      const signer = this.options.verifiers.find(
        (v) => v.name === body.origin && hasValidSignature(note, v),
      );
      if (signer === undefined)
        return fail(`no valid signature by the log key for origin "${body.origin}"`);
    } catch {
      return fail('the signed note is malformed');
    }
    if (body.size !== cp.treeSize || body.rootHash.toString('hex') !== cp.rootHash) {
      return fail('stored size or root differs from the signed note');
    }
    if (!hashesEqual(body.rootHash, this.range.root())) {
      return fail('signed root differs from the root recomputed from the stored records');
    }
  }

  private checkCheckpointOrder(rows: readonly CheckpointRow[]): void {
    const byId = [...rows].sort((a, b) => a.id - b.id);
    for (let i = 1; i < byId.length; i++) {
      const prev = byId[i - 1] as CheckpointRow;
      const cur = byId[i] as CheckpointRow;
      if (cur.treeSize < prev.treeSize) {
        this.report({
          kind: 'checkpoint',
          id: cur.id,
          treeSize: cur.treeSize,
          reason: `checkpoint ${cur.id} has fewer records (${cur.treeSize}) than checkpoint ${prev.id} (${prev.treeSize}): the log shrank`,
        });
      }
    }
  }

  private report(problem: VerifyProblem): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
  }
}
