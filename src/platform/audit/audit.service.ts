import { randomBytes } from 'node:crypto';
import { Cron } from 'croner';
import type { Kysely } from 'kysely';
import type { Actor } from '../identity/actor.js';
import { hasPermission } from '../identity/actor.js';
import { PermissionDenied, requirePermission } from '../identity/require-permission.js';
import type { Database } from '../store/database.js';
import { buildRecordRow, type AuditRecordRow } from './audit-record.js';
import type { AuditEntry, AuditSink } from './audit-sink.js';
import {
  AuditLogCorrupt,
  AuditNoCheckpoint,
  AuditProofRange,
  AuditRecordNotFound,
} from './audit.errors.js';
import { AuditRepository, type AuditRecordFilter } from './audit.repository.js';
import { formatCheckpoint } from './checkpoint.js';
import {
  consistencyRanges,
  inclusionRanges,
  materialize,
  rangeRefs,
  foldRange,
  type LeafRange,
  type NodeRef,
} from './merkle/proofs.js';
import { CompactRange } from './merkle/tree-hash.js';
import {
  generateSigner,
  parseSignerKey,
  parseVerifierKey,
  signNote,
  type NoteSigner,
  type NoteVerifier,
} from './signed-note.js';
import { checkStoredSubtrees } from './verify-nodes.js';
import { LogVerifier, type CheckpointRow, type VerifyReport } from './verify-log.js';

export interface AuditServiceOptions {
  readonly db: Kysely<Database>;
  readonly nowMs?: () => number;
  /** Most records committed in one transaction (group commit). */
  readonly maxBatch?: number;
  /** Called with errors of scheduled checkpoints (the schedule keeps running). */
  readonly onScheduleError?: (err: unknown) => void;
}

export interface CheckpointView {
  readonly id: number;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly note: string;
}

interface Pending {
  readonly actor: Actor;
  readonly entry: AuditEntry;
  readonly timeMs: number;
  resolve(): void;
  reject(err: unknown): void;
}

/**
 * The tamper-evident audit log. Implements AuditSink: concurrent `record` calls are committed
 * together (group commit), each batch in one transaction that appends the rows, the complete
 * subtree hashes they close and the new head. Issues C2SP signed checkpoints on demand and on a
 * schedule, and answers RFC 9162 inclusion and consistency proofs in O(log n) stored hashes.
 */
export class AuditService implements AuditSink {
  private readonly repo: AuditRepository;
  private readonly nowMs: () => number;
  private readonly maxBatch: number;
  private readonly queue: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private cache: { range: CompactRange; rootHash: string } | undefined;
  private signerCache: NoteSigner | undefined;
  private cron: Cron | undefined;

  constructor(private readonly options: AuditServiceOptions) {
    this.repo = new AuditRepository(options.db);
    this.nowMs = options.nowMs ?? Date.now;
    this.maxBatch = options.maxBatch ?? 1000;
  }

  /** Appends one record; resolves once it is committed. Rejects when the log cannot be written. */
  record(actor: Actor, entry: AuditEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ actor, entry, timeMs: this.nowMs(), resolve, reject });
      this.flushing ??= this.drain();
    });
  }

  /** Waits for every queued record to be committed. */
  async flush(): Promise<void> {
    while (this.flushing !== undefined) await this.flushing;
  }

  private async drain(): Promise<void> {
    // Yield once so records submitted in the same tick share the transaction.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          await this.append(batch);
          for (const p of batch) p.resolve();
        } catch (err) {
          this.cache = undefined;
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private async append(batch: readonly Pending[]): Promise<void> {
    const nowIso = new Date(this.nowMs()).toISOString();
    const next = await this.repo.transaction(async (trx) => {
      const head = await this.repo.lockHead(trx, nowIso);
      const cached = this.cache;
      const range =
        cached !== undefined && cached.range.size === head.size && cached.rootHash === head.rootHash
          ? cached.range.clone()
          : await this.loadRange(head, trx);
      const rows: AuditRecordRow[] = [];
      const nodes: { level: number; index: number; hash: Buffer }[] = [];
      for (const p of batch) {
        const row = buildRecordRow({
          seq: range.size,
          timeMs: p.timeMs,
          actor: p.actor,
          entry: p.entry,
        });
        rows.push(row);
        // Level 0 (the leaf hashes) lives in audit_records.leaf_hash; only interior nodes are stored.
        range.append(Buffer.from(row.leafHash, 'hex'), (level, index, hash) => {
          if (level > 0) nodes.push({ level, index, hash });
        });
      }
      await this.repo.insertAppend(trx, rows, nodes);
      const rootHash = range.root().toString('hex');
      await this.repo.writeHead(trx, { size: range.size, rootHash }, nowIso);
      return { range, rootHash };
    });
    this.cache = next;
  }

  private async loadRange(
    head: { size: number; rootHash: string },
    db: Parameters<AuditRepository['nodes']>[1],
  ): Promise<CompactRange> {
    const refs = rangeRefs({ start: 0, end: head.size });
    const found = await this.repo.nodes(refs, db);
    const range = CompactRange.fromPeaks(
      head.size,
      refs.map((r) => nodeOrThrow(found, r)),
    );
    if (range.root().toString('hex') !== head.rootHash)
      throw new AuditLogCorrupt('the stored subtree hashes do not give the head root');
    return range;
  }

  /** Records matching `filter`, limited to the projects where the actor may read the log. */
  async listRecords(
    actor: Actor,
    filter: Omit<AuditRecordFilter, 'projects'> & { project?: string },
  ): Promise<AuditRecordRow[]> {
    const projects = this.readableProjects(actor, filter.project);
    const { project: _project, ...rest } = filter;
    const rows = await this.repo.listRecords({
      ...rest,
      ...(projects === undefined ? {} : { projects }),
    });
    await this.record(actor, {
      action: 'audit.read',
      resource: { type: 'audit-log' },
      ...(filter.project === undefined ? {} : { project: filter.project }),
      outcome: 'allowed',
      details: { returned: rows.length },
    });
    return rows;
  }

  /** One record by position; 404 when it is outside the actor's projects (no existence leak). */
  async getRecord(actor: Actor, seq: number, project?: string): Promise<AuditRecordRow> {
    const projects = this.readableProjects(actor, project);
    const row = await this.repo.record(seq);
    if (
      row === undefined ||
      (projects !== undefined && (row.project === null || !projects.includes(row.project)))
    ) {
      throw new AuditRecordNotFound(seq);
    }
    return row;
  }

  /** undefined = every project (global audit:read); otherwise the projects the actor may read. */
  private readableProjects(actor: Actor, project: string | undefined): string[] | undefined {
    if (hasPermission(actor, 'audit:read')) return project === undefined ? undefined : [project];
    const allowed = [...(actor.projectPermissions ?? new Map<string, ReadonlySet<string>>())]
      .filter(([, perms]) => perms.has('audit:read'))
      .map(([p]) => p);
    if (project !== undefined) {
      if (!allowed.includes(project)) throw new PermissionDenied('audit:read', project);
      return [project];
    }
    if (allowed.length === 0) throw new PermissionDenied('audit:read');
    return allowed;
  }

  /** The log's current size and root. */
  async head(): Promise<{ size: number; rootHash: string }> {
    return this.repo.readHead();
  }

  /** Signs the current head unless the latest checkpoint already covers it. */
  async issueCheckpoint(): Promise<CheckpointView> {
    await this.flush();
    const signer = await this.signer();
    const nowIso = new Date(this.nowMs()).toISOString();
    return this.repo.transaction(async (trx) => {
      const head = await this.repo.lockHead(trx, nowIso);
      const latest = await this.repo.latestCheckpoint(trx);
      if (latest !== undefined && latest.treeSize === head.size) return latest;
      if (head.size === 0) throw new AuditNoCheckpoint();
      const note = signNote(
        formatCheckpoint({
          origin: signer.name,
          size: head.size,
          rootHash: Buffer.from(head.rootHash, 'hex'),
        }),
        signer,
      );
      await this.repo.insertCheckpoint(trx, {
        treeSize: head.size,
        rootHash: head.rootHash,
        note,
        createdAt: nowIso,
      });
      const stored = await this.repo.latestCheckpoint(trx);
      if (stored === undefined) throw new AuditLogCorrupt('the checkpoint just written is missing');
      return stored;
    });
  }

  /** The latest signed checkpoint; issues the first one when the log has records but none yet. */
  async latestCheckpoint(actor: Actor): Promise<CheckpointView> {
    requirePermission(actor, 'audit:read');
    return (await this.repo.latestCheckpoint()) ?? this.issueCheckpoint();
  }

  async checkpoints(actor: Actor): Promise<CheckpointRow[]> {
    requirePermission(actor, 'audit:read');
    return this.repo.checkpoints();
  }

  /** RFC 9162 inclusion proof of record `index` in the tree of `size` records (default: now). */
  async inclusionProof(actor: Actor, index: number, size?: number) {
    requirePermission(actor, 'audit:read');
    const head = await this.repo.readHead();
    const treeSize = size ?? head.size;
    if (!(Number.isSafeInteger(index) && index >= 0 && index < treeSize && treeSize <= head.size)) {
      throw new AuditProofRange(`index ${index} in a tree of ${treeSize} (log has ${head.size})`, {
        index,
        treeSize,
        logSize: head.size,
      });
    }
    const leaf = await this.repo.nodes([{ level: 0, index }]);
    const [proof, rootHash] = await this.prove(inclusionRanges(index, treeSize), treeSize);
    return {
      index,
      treeSize,
      leafHash: nodeOrThrow(leaf, { level: 0, index }).toString('hex'),
      proof,
      rootHash,
    };
  }

  /** RFC 9162 consistency proof between the trees of `size1` and `size2` records. */
  async consistencyProof(actor: Actor, size1: number, size2?: number) {
    requirePermission(actor, 'audit:read');
    const head = await this.repo.readHead();
    const newSize = size2 ?? head.size;
    if (!(Number.isSafeInteger(size1) && size1 >= 1 && size1 <= newSize && newSize <= head.size)) {
      throw new AuditProofRange(`sizes ${size1} → ${newSize} (log has ${head.size})`, {
        size1,
        size2: newSize,
        logSize: head.size,
      });
    }
    const [proof, rootHash2] = await this.prove(consistencyRanges(size1, newSize), newSize);
    const [, rootHash1] = await this.prove([], size1);
    return { size1, size2: newSize, proof, rootHash1, rootHash2 };
  }

  /** Materialises proof ranges plus the root at `size` with one batched node lookup. */
  private async prove(ranges: readonly LeafRange[], size: number): Promise<[string[], string]> {
    const rootRefs = rangeRefs({ start: 0, end: size });
    const found = await this.repo.nodes([...ranges.flatMap((r) => rangeRefs(r)), ...rootRefs]);
    const lookup = (r: NodeRef) => nodeOrThrow(found, r);
    return [
      materialize(ranges, lookup).map((h) => h.toString('hex')),
      foldRange(rootRefs.map(lookup)).toString('hex'),
    ];
  }

  /** Verifier keys of the log (current and retired), as `name+hash+base64`. */
  async verifierKeys(): Promise<string[]> {
    await this.signer();
    return (await this.repo.keys()).map((k) => k.verifierKey);
  }

  /**
   * Recomputes the whole tree from the stored rows and checks every checkpoint and the head
   * (`rampart audit verify`). Streams the records; memory stays O(log n).
   */
  async verify(
    options: { readonly pinnedKeys?: readonly NoteVerifier[] } = {},
  ): Promise<VerifyReport> {
    await this.flush();
    // A pinned key (given by the operator) replaces the stored ones: a database rewritten with a
    // new key and re-signed checkpoints would otherwise verify against itself.
    const verifiers =
      options.pinnedKeys ?? (await this.repo.keys()).map((k) => parseVerifierKey(k.verifierKey));
    const verifier = new LogVerifier({
      verifiers,
      checkpoints: await this.repo.checkpoints(),
    });
    for await (const row of this.repo.allRecords()) verifier.add(row);
    const report = verifier.finish(await this.repo.readHead());
    // The subtree table serves proofs; check it too, once the records themselves are sound.
    const nodes = await checkStoredSubtrees(report.records, (level) =>
      this.repo.levelHashes(level),
    );
    return nodes.length === 0
      ? report
      : { ...report, ok: false, problems: [...report.problems, ...nodes] };
  }

  /** Issues a checkpoint on `pattern` (cron syntax; default every 10 minutes) until `close()`. */
  startSchedule(pattern = '*/10 * * * *'): void {
    this.cron?.stop();
    this.cron = new Cron(pattern, { protect: true }, async () => {
      await this.scheduledCheckpoint();
    });
  }

  /**
   * What the schedule runs: a checkpoint when the log has grown since the last one; errors go to
   * `onScheduleError` so one failure does not stop the schedule. Returns the checkpoint, if any.
   */
  async scheduledCheckpoint(): Promise<CheckpointView | undefined> {
    try {
      const head = await this.repo.readHead();
      return head.size > 0 ? await this.issueCheckpoint() : undefined;
    } catch (err) {
      this.options.onScheduleError?.(err);
      return undefined;
    }
  }

  /** Stops the schedule and commits what is queued. */
  async close(): Promise<void> {
    this.cron?.stop();
    this.cron = undefined;
    await this.flush();
  }

  private async signer(): Promise<NoteSigner> {
    if (this.signerCache !== undefined) return this.signerCache;
    let active = (await this.repo.keys()).find((k) => k.active);
    if (active === undefined) {
      const fresh = generateSigner(`rampart.audit/${randomBytes(4).toString('hex')}`);
      await this.repo.insertKey({
        name: fresh.signer.name,
        signerKey: fresh.signerKey,
        verifierKey: fresh.verifierKey,
        createdAt: new Date(this.nowMs()).toISOString(),
      });
      active = (await this.repo.keys()).find((k) => k.active);
      if (active === undefined)
        throw new AuditLogCorrupt('no active signing key after creating one');
    }
    this.signerCache = parseSignerKey(active.signerKey);
    return this.signerCache;
  }
}

function nodeOrThrow(found: ReadonlyMap<string, Buffer>, ref: NodeRef): Buffer {
  const hash = found.get(`${ref.level}:${ref.index}`);
  if (hash === undefined)
    throw new AuditLogCorrupt(`subtree hash at level ${ref.level}, index ${ref.index} is missing`);
  return hash;
}
