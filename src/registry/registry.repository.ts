import type { Generated, Kysely, Transaction } from 'kysely';
import type { Database } from '../platform/store/database.js';

export interface RegistryAssetsTable {
  id: string;
  kind: string;
  project: string;
  name: string;
  description: string;
  tags: string;
  owner: string;
  risk_tier: string;
  created_at: string;
  deleted_at: string | null;
}

export interface RegistryVersionsTable {
  id: string;
  asset_id: string;
  number: number;
  status: string;
  status_reason: string | null;
  scan_status: string;
  scan_findings: string;
  /** Scanner policy version that produced `scan_status`/`scan_findings` (null: unknown/none). */
  scan_policy: string | null;
  metadata: string;
  manifest_digest: string;
  total_bytes: number;
  signature: string;
  signer_key_id: string;
  created_by: string;
  created_at: string;
  deleted_at: string | null;
}

export interface RegistryFilesTable {
  version_id: string;
  path: string;
  sha256: string;
  size: number;
}

export interface RegistryLineageTable {
  version_id: string;
  input_version_id: string;
  relation: string;
}

export interface RegistryStagesTable {
  asset_id: string;
  stage: string;
  version_id: string;
  updated_at: string;
}

export interface RegistryStageHistoryTable {
  id: Generated<number>;
  asset_id: string;
  stage: string;
  action: string;
  from_version_id: string | null;
  to_version_id: string | null;
  actor: string;
  at: string;
}

export interface RegistrySignaturesTable {
  id: string;
  version_id: string;
  key_id: string;
  public_key: string;
  bundle: string;
  attached_by: string;
  attached_at: string;
}

declare module '../platform/store/database.js' {
  interface Database {
    registry_signatures: RegistrySignaturesTable;
    registry_assets: RegistryAssetsTable;
    registry_versions: RegistryVersionsTable;
    registry_files: RegistryFilesTable;
    registry_lineage: RegistryLineageTable;
    registry_stages: RegistryStagesTable;
    registry_stage_history: RegistryStageHistoryTable;
  }
}

export type AssetRow = RegistryAssetsTable;
export type VersionRow = RegistryVersionsTable;
export type FileRow = RegistryFilesTable;
type Db = Kysely<Database> | Transaction<Database>;

export interface NewVersion {
  readonly version: Omit<VersionRow, 'number'>;
  readonly files: readonly Omit<FileRow, 'version_id'>[];
  readonly inputs: readonly string[];
}

/** SQL of the registry, nothing else. */
export class RegistryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  findAsset(
    kind: string,
    project: string,
    name: string,
    db: Db = this.db,
  ): Promise<AssetRow | undefined> {
    return db
      .selectFrom('registry_assets')
      .selectAll()
      .where('kind', '=', kind)
      .where('project', '=', project)
      .where('name', '=', name)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  }

  listAssets(kind: string, project: string | undefined): Promise<AssetRow[]> {
    let q = this.db
      .selectFrom('registry_assets')
      .selectAll()
      .where('kind', '=', kind)
      .where('deleted_at', 'is', null);
    if (project !== undefined) q = q.where('project', '=', project);
    return q.orderBy('project').orderBy('name').execute();
  }

  /** Inserts the asset unless a live one with that name exists; returns the live row either way. */
  async ensureAsset(row: AssetRow): Promise<AssetRow> {
    const existing = await this.findAsset(row.kind, row.project, row.name);
    if (existing !== undefined) return existing;
    // A soft-deleted asset keeps its name reserved by the unique key: free it under a new name.
    await this.db
      .updateTable('registry_assets')
      .set({ name: `${row.name}~deleted~${row.id}` })
      .where('kind', '=', row.kind)
      .where('project', '=', row.project)
      .where('name', '=', row.name)
      .where('deleted_at', 'is not', null)
      .execute();
    try {
      await this.db.insertInto('registry_assets').values(row).execute();
      return row;
    } catch (err) {
      const raced = await this.findAsset(row.kind, row.project, row.name);
      if (raced !== undefined) return raced;
      throw err;
    }
  }

  listVersions(assetId: string): Promise<VersionRow[]> {
    return this.db
      .selectFrom('registry_versions')
      .selectAll()
      .where('asset_id', '=', assetId)
      .where('deleted_at', 'is', null)
      .orderBy('number')
      .execute();
  }

  versionByNumber(assetId: string, number: number): Promise<VersionRow | undefined> {
    return this.db
      .selectFrom('registry_versions')
      .selectAll()
      .where('asset_id', '=', assetId)
      .where('number', '=', number)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  }

  versionById(id: string): Promise<VersionRow | undefined> {
    return this.db
      .selectFrom('registry_versions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
  }

  files(versionId: string): Promise<FileRow[]> {
    return this.db
      .selectFrom('registry_files')
      .selectAll()
      .where('version_id', '=', versionId)
      .orderBy('path')
      .execute();
  }

  /** Versions this one was made from, with their asset. */
  inputs(versionId: string) {
    return this.db
      .selectFrom('registry_lineage as l')
      .innerJoin('registry_versions as v', 'v.id', 'l.input_version_id')
      .innerJoin('registry_assets as a', 'a.id', 'v.asset_id')
      .select(['l.relation', 'v.id as versionId', 'v.number', 'a.kind', 'a.project', 'a.name'])
      .where('l.version_id', '=', versionId)
      .orderBy('a.name')
      .execute();
  }

  /**
   * Inserts a version, its files and lineage in one transaction under the next free number, so a
   * version is either wholly visible or not at all. Retries on a number taken concurrently.
   */
  async insertVersion(input: NewVersion): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.db.transaction().execute(async (trx) => {
          const max = await trx
            .selectFrom('registry_versions')
            .select((eb) => eb.fn.max('number').as('max'))
            .where('asset_id', '=', input.version.asset_id)
            .executeTakeFirst();
          const number = Number(max?.max ?? 0) + 1; // eslint-disable-line @typescript-eslint/no-unnecessary-type-conversion -- pg may return max() as a string
          await trx
            .insertInto('registry_versions')
            .values({ ...input.version, number })
            .execute();
          if (input.files.length > 0) {
            await trx
              .insertInto('registry_files')
              .values(input.files.map((f) => ({ ...f, version_id: input.version.id })))
              .execute();
          }
          for (const inputId of input.inputs) {
            await trx
              .insertInto('registry_lineage')
              .values({
                version_id: input.version.id,
                input_version_id: inputId,
                relation: 'trained-on',
              })
              .execute();
          }
          return number;
        });
      } catch (err) {
        if (attempt >= 4 || !isUniqueViolation(err)) throw err;
      }
    }
  }

  async setStatus(versionId: string, status: string, reason: string | null): Promise<void> {
    await this.db
      .updateTable('registry_versions')
      .set({ status, status_reason: reason })
      .where('id', '=', versionId)
      .execute();
  }

  async softDeleteVersion(versionId: string, at: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('registry_versions')
        .set({ deleted_at: at })
        .where('id', '=', versionId)
        .execute();
      await trx.deleteFrom('registry_stages').where('version_id', '=', versionId).execute();
    });
  }

  async softDeleteAsset(assetId: string, at: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('registry_versions')
        .set({ deleted_at: at })
        .where('asset_id', '=', assetId)
        .where('deleted_at', 'is', null)
        .execute();
      await trx.deleteFrom('registry_stages').where('asset_id', '=', assetId).execute();
      await trx
        .updateTable('registry_assets')
        .set({ deleted_at: at })
        .where('id', '=', assetId)
        .execute();
    });
  }

  stages(assetId: string) {
    return this.db
      .selectFrom('registry_stages as s')
      .innerJoin('registry_versions as v', 'v.id', 's.version_id')
      .select(['s.stage', 's.version_id as versionId', 'v.number', 's.updated_at as updatedAt'])
      .where('s.asset_id', '=', assetId)
      .orderBy('s.stage')
      .execute();
  }

  stageHistory(assetId: string) {
    return this.db
      .selectFrom('registry_stage_history as h')
      .leftJoin('registry_versions as f', 'f.id', 'h.from_version_id')
      .leftJoin('registry_versions as t', 't.id', 'h.to_version_id')
      .select([
        'h.id',
        'h.stage',
        'h.action',
        'f.number as fromNumber',
        't.number as toNumber',
        'h.actor',
        'h.at',
      ])
      .where('h.asset_id', '=', assetId)
      .orderBy('h.id')
      .execute();
  }

  /** Moves a stage and appends the move to its history, atomically. */
  async moveStage(move: {
    assetId: string;
    stage: string;
    action: 'promote' | 'rollback';
    fromVersionId: string | null;
    toVersionId: string;
    actor: string;
    at: string;
  }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('registry_stages')
        .where('asset_id', '=', move.assetId)
        .where('stage', '=', move.stage)
        .execute();
      await trx
        .insertInto('registry_stages')
        .values({
          asset_id: move.assetId,
          stage: move.stage,
          version_id: move.toVersionId,
          updated_at: move.at,
        })
        .execute();
      await trx
        .insertInto('registry_stage_history')
        .values({
          asset_id: move.assetId,
          stage: move.stage,
          action: move.action,
          from_version_id: move.fromVersionId,
          to_version_id: move.toVersionId,
          actor: move.actor,
          at: move.at,
        })
        .execute();
    });
  }

  /** Live model versions (optionally of one project) with their scan policy, for rescans. */
  liveModelVersions(project: string | undefined) {
    let q = this.db
      .selectFrom('registry_versions as v')
      .innerJoin('registry_assets as a', 'a.id', 'v.asset_id')
      .select(['v.id', 'v.number', 'v.status', 'v.scan_policy', 'a.project', 'a.name'])
      .where('a.kind', '=', 'model')
      .where('v.deleted_at', 'is', null)
      .where('a.deleted_at', 'is', null);
    if (project !== undefined) q = q.where('a.project', '=', project);
    return q.orderBy('a.project').orderBy('a.name').orderBy('v.number').execute();
  }

  /**
   * Stores a rescan's result, only if the version still carries the policy it was read with
   * (compare-and-set, so concurrent rescans apply each version once), and quarantines the version
   * when asked and not already quarantined. One transaction; `applied` false when another
   * process got there first.
   */
  async applyRescan(input: {
    versionId: string;
    previousPolicy: string | null;
    scanStatus: string;
    scanFindings: string;
    scanPolicy: string | null;
    quarantineReason: string | null;
  }): Promise<{ applied: boolean; quarantined: boolean }> {
    return this.db.transaction().execute(async (trx) => {
      let update = trx
        .updateTable('registry_versions')
        .set({
          scan_status: input.scanStatus,
          scan_findings: input.scanFindings,
          scan_policy: input.scanPolicy,
        })
        .where('id', '=', input.versionId)
        .where('deleted_at', 'is', null);
      update =
        input.previousPolicy === null
          ? update.where('scan_policy', 'is', null)
          : update.where('scan_policy', '=', input.previousPolicy);
      const updated = await update.executeTakeFirst();
      if (updated.numUpdatedRows === 0n) return { applied: false, quarantined: false };
      if (input.quarantineReason === null) return { applied: true, quarantined: false };
      const quarantined = await trx
        .updateTable('registry_versions')
        .set({ status: 'quarantined', status_reason: input.quarantineReason })
        .where('id', '=', input.versionId)
        .where('status', '<>', 'quarantined')
        .executeTakeFirst();
      return { applied: true, quarantined: quarantined.numUpdatedRows > 0n };
    });
  }

  /** Files of live versions (for `doctor --deep`: each must have its blob). */
  liveFiles(): Promise<{ sha256: string; path: string; versionId: string }[]> {
    return this.db
      .selectFrom('registry_files as f')
      .innerJoin('registry_versions as v', 'v.id', 'f.version_id')
      .select(['f.sha256', 'f.path', 'v.id as versionId'])
      .where('v.deleted_at', 'is', null)
      .execute();
  }

  /** Digests of versions of `kind` soft-deleted before `cutoff` that no live version still uses. */
  async purgeableDigests(kind: string, cutoff: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('registry_files as f')
      .innerJoin('registry_versions as v', 'v.id', 'f.version_id')
      .innerJoin('registry_assets as a', 'a.id', 'v.asset_id')
      .select('f.sha256')
      .distinct()
      .where('a.kind', '=', kind)
      .where('v.deleted_at', 'is not', null)
      .where('v.deleted_at', '<=', cutoff)
      .execute();
    const live = new Set((await this.liveFiles()).map((f) => f.sha256));
    return rows.map((r) => r.sha256).filter((d) => !live.has(d));
  }

  async insertSignature(row: RegistrySignaturesTable): Promise<void> {
    await this.db.insertInto('registry_signatures').values(row).execute();
  }

  signatures(versionId: string): Promise<RegistrySignaturesTable[]> {
    return this.db
      .selectFrom('registry_signatures')
      .selectAll()
      .where('version_id', '=', versionId)
      .orderBy('attached_at')
      .execute();
  }

  /** Every digest some row (live or soft-deleted) refers to, for `doctor --deep`. */
  async referencedDigests(): Promise<Set<string>> {
    const rows = await this.db.selectFrom('registry_files').select('sha256').distinct().execute();
    return new Set(rows.map((r) => r.sha256));
  }
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    e.code === '23505' ||
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint/.test(e.message ?? '')
  );
}
