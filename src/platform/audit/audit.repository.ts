import type { Generated, Kysely, Transaction } from 'kysely';
import type { Database } from '../store/database.js';
import type { AuditRecordRow } from './audit-record.js';
import type { CheckpointRow } from './verify-log.js';
import type { NodeRef } from './merkle/proofs.js';

export interface AuditRecordsTable {
  seq: number;
  time: string;
  actor_kind: string;
  actor_id: string;
  actor_label: string;
  client_ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  project: string | null;
  outcome: string;
  details: string;
  leaf_hash: string;
}

declare module '../store/database.js' {
  interface Database {
    audit_records: AuditRecordsTable;
    audit_tree_nodes: { level: number; idx: number; hash: string };
    audit_head: { id: number; size: number; root_hash: string; updated_at: string };
    audit_checkpoints: {
      id: Generated<number>;
      tree_size: number;
      root_hash: string;
      note: string;
      created_at: string;
    };
    audit_keys: {
      name: string;
      signer_key: string;
      verifier_key: string;
      active: number;
      created_at: string;
    };
  }
}

export type Db = Kysely<Database> | Transaction<Database>;

/** Filters of `audit log` / `GET /audit/records`. */
export interface AuditRecordFilter {
  readonly actor?: string;
  readonly action?: string;
  readonly resourceType?: string;
  readonly resourceId?: string;
  /** Only records of these projects (object-level scoping for project-bound readers). */
  readonly projects?: readonly string[];
  readonly since?: string;
  readonly until?: string;
  /** Keyset pagination: records with seq > afterSeq. */
  readonly afterSeq?: number;
  readonly limit: number;
}

// SQLite allows 32,766 bound variables per statement; 15 columns × 500 rows stays well below.
const INSERT_CHUNK = 500;

/** SQL of the audit log and nothing else. */
export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  transaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /**
   * Locks the head row by writing it first (a row lock on PostgreSQL, the write lock on SQLite,
   * where a read-then-write transaction could otherwise fail to upgrade), then reads it.
   */
  async lockHead(
    trx: Transaction<Database>,
    nowIso: string,
  ): Promise<{ size: number; rootHash: string }> {
    await trx.updateTable('audit_head').set({ updated_at: nowIso }).where('id', '=', 1).execute();
    return this.readHead(trx);
  }

  async readHead(db: Db = this.db): Promise<{ size: number; rootHash: string }> {
    const row = await db
      .selectFrom('audit_head')
      .select(['size', 'root_hash'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    return { size: row.size, rootHash: row.root_hash };
  }

  async writeHead(
    trx: Transaction<Database>,
    head: { size: number; rootHash: string },
    nowIso: string,
  ): Promise<void> {
    await trx
      .updateTable('audit_head')
      .set({ size: head.size, root_hash: head.rootHash, updated_at: nowIso })
      .where('id', '=', 1)
      .execute();
  }

  /**
   * Stored hashes of the given complete subtrees, keyed `level:index`. Leaves (level 0) come from
   * `audit_records.leaf_hash`, interior nodes from `audit_tree_nodes`.
   */
  async nodes(refs: readonly NodeRef[], db: Db = this.db): Promise<Map<string, Buffer>> {
    const out = new Map<string, Buffer>();
    const leaves = refs.filter((r) => r.level === 0).map((r) => r.index);
    if (leaves.length > 0) {
      const rows = await db
        .selectFrom('audit_records')
        .select(['seq', 'leaf_hash'])
        .where('seq', 'in', leaves)
        .execute();
      for (const row of rows) out.set(`0:${row.seq}`, Buffer.from(row.leaf_hash, 'hex'));
    }
    const interior = refs.filter((r) => r.level > 0);
    for (let i = 0; i < interior.length; i += 200) {
      const chunk = interior.slice(i, i + 200);
      const rows = await db
        .selectFrom('audit_tree_nodes')
        .select(['level', 'idx', 'hash'])
        .where((eb) =>
          eb.or(chunk.map((r) => eb.and([eb('level', '=', r.level), eb('idx', '=', r.index)]))),
        )
        .execute();
      for (const row of rows) out.set(`${row.level}:${row.idx}`, Buffer.from(row.hash, 'hex'));
    }
    return out;
  }

  async insertAppend(
    trx: Transaction<Database>,
    records: readonly AuditRecordRow[],
    nodes: readonly { level: number; index: number; hash: Buffer }[],
  ): Promise<void> {
    for (let i = 0; i < records.length; i += INSERT_CHUNK) {
      await trx
        .insertInto('audit_records')
        .values(records.slice(i, i + INSERT_CHUNK).map(toTable))
        .execute();
    }
    for (let i = 0; i < nodes.length; i += INSERT_CHUNK) {
      await trx
        .insertInto('audit_tree_nodes')
        .values(
          nodes
            .slice(i, i + INSERT_CHUNK)
            .map((n) => ({ level: n.level, idx: n.index, hash: n.hash.toString('hex') })),
        )
        .execute();
    }
  }

  async listRecords(filter: AuditRecordFilter): Promise<AuditRecordRow[]> {
    let q = this.db.selectFrom('audit_records').selectAll();
    if (filter.actor !== undefined)
      q = q.where((eb) =>
        eb.or([
          eb('actor_id', '=', filter.actor as string),
          eb('actor_label', '=', filter.actor as string),
        ]),
      );
    if (filter.action !== undefined) q = q.where('action', '=', filter.action);
    if (filter.resourceType !== undefined) q = q.where('resource_type', '=', filter.resourceType);
    if (filter.resourceId !== undefined) q = q.where('resource_id', '=', filter.resourceId);
    if (filter.projects !== undefined) {
      if (filter.projects.length === 0) return [];
      q = q.where('project', 'in', [...filter.projects]);
    }
    if (filter.since !== undefined) q = q.where('time', '>=', filter.since);
    if (filter.until !== undefined) q = q.where('time', '<', filter.until);
    if (filter.afterSeq !== undefined) q = q.where('seq', '>', filter.afterSeq);
    const rows = await q.orderBy('seq', 'asc').limit(filter.limit).execute();
    return rows.map(fromTable);
  }

  async record(seq: number): Promise<AuditRecordRow | undefined> {
    const row = await this.db
      .selectFrom('audit_records')
      .selectAll()
      .where('seq', '=', seq)
      .executeTakeFirst();
    return row === undefined ? undefined : fromTable(row);
  }

  /** Every record in seq order, `batch` rows per query (keyset pagination, constant memory). */
  async *allRecords(batch = 5000): AsyncGenerator<AuditRecordRow> {
    let after = -1;
    for (;;) {
      const rows = await this.db
        .selectFrom('audit_records')
        .selectAll()
        .where('seq', '>', after)
        .orderBy('seq', 'asc')
        .limit(batch)
        .execute();
      for (const row of rows) yield fromTable(row);
      if (rows.length < batch) return;
      after = (rows[rows.length - 1] as AuditRecordsTable).seq;
    }
  }

  /** Hashes of one tree level in index order (level 0: the records' leaf hashes), paged. */
  async *levelHashes(level: number, batch = 5000): AsyncGenerator<{ idx: number; hash: Buffer }> {
    let after = -1;
    for (;;) {
      const rows =
        level === 0
          ? (
              await this.db
                .selectFrom('audit_records')
                .select(['seq', 'leaf_hash'])
                .where('seq', '>', after)
                .orderBy('seq', 'asc')
                .limit(batch)
                .execute()
            ).map((r) => ({ idx: r.seq, hash: r.leaf_hash }))
          : await this.db
              .selectFrom('audit_tree_nodes')
              .select(['idx', 'hash'])
              .where('level', '=', level)
              .where('idx', '>', after)
              .orderBy('idx', 'asc')
              .limit(batch)
              .execute();
      for (const row of rows) yield { idx: row.idx, hash: Buffer.from(row.hash, 'hex') };
      if (rows.length < batch) return;
      after = (rows[rows.length - 1] as { idx: number }).idx;
    }
  }

  async checkpoints(): Promise<CheckpointRow[]> {
    const rows = await this.db
      .selectFrom('audit_checkpoints')
      .selectAll()
      .orderBy('id', 'asc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      treeSize: r.tree_size,
      rootHash: r.root_hash,
      note: r.note,
    }));
  }

  async latestCheckpoint(
    db: Db = this.db,
  ): Promise<(CheckpointRow & { createdAt: string }) | undefined> {
    const r = await db
      .selectFrom('audit_checkpoints')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r === undefined
      ? undefined
      : {
          id: r.id,
          treeSize: r.tree_size,
          rootHash: r.root_hash,
          note: r.note,
          createdAt: r.created_at,
        };
  }

  async insertCheckpoint(
    trx: Db,
    row: { treeSize: number; rootHash: string; note: string; createdAt: string },
  ): Promise<void> {
    await trx
      .insertInto('audit_checkpoints')
      .values({
        tree_size: row.treeSize,
        root_hash: row.rootHash,
        note: row.note,
        created_at: row.createdAt,
      })
      .execute();
  }

  async keys(): Promise<
    { name: string; signerKey: string; verifierKey: string; active: boolean }[]
  > {
    const rows = await this.db
      .selectFrom('audit_keys')
      .selectAll()
      .orderBy('created_at', 'asc')
      .execute();
    return rows.map((r) => ({
      name: r.name,
      signerKey: r.signer_key,
      verifierKey: r.verifier_key,
      active: r.active === 1,
    }));
  }

  /** Inserts the first key; false when another process got there first (the caller re-reads). */
  async insertKey(row: {
    name: string;
    signerKey: string;
    verifierKey: string;
    createdAt: string;
  }): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('audit_keys')
        .select('name')
        .where('active', '=', 1)
        .executeTakeFirst();
      if (existing !== undefined) return false;
      await trx
        .insertInto('audit_keys')
        .values({
          name: row.name,
          signer_key: row.signerKey,
          verifier_key: row.verifierKey,
          active: 1,
          created_at: row.createdAt,
        })
        .execute();
      return true;
    });
  }
}

function toTable(r: AuditRecordRow): AuditRecordsTable {
  return {
    seq: r.seq,
    time: r.time,
    actor_kind: r.actorKind,
    actor_id: r.actorId,
    actor_label: r.actorLabel,
    client_ip: r.clientIp,
    user_agent: r.userAgent,
    request_id: r.requestId,
    action: r.action,
    resource_type: r.resourceType,
    resource_id: r.resourceId,
    project: r.project,
    outcome: r.outcome,
    details: r.details,
    leaf_hash: r.leafHash,
  };
}

function fromTable(r: AuditRecordsTable): AuditRecordRow {
  return {
    seq: r.seq,
    time: r.time,
    actorKind: r.actor_kind,
    actorId: r.actor_id,
    actorLabel: r.actor_label,
    clientIp: r.client_ip,
    userAgent: r.user_agent,
    requestId: r.request_id,
    action: r.action,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    project: r.project,
    outcome: r.outcome,
    details: r.details,
    leafHash: r.leaf_hash,
  };
}
