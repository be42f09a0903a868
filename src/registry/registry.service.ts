import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { AuditSink } from '../platform/audit/audit-sink.js';
import {
  buildStatement,
  signManifest,
  type SigningKey,
  type VerifyingKey,
} from '../platform/crypto/signing.js';
import type { Actor } from '../platform/identity/actor.js';
import { requirePermission } from '../platform/identity/require-permission.js';
import { auditedCall, type RegistryOperation, type RegistryVerb } from './audited-call.js';
import type { BlobStore } from '../platform/store/blob-store.js';
import type { Database } from '../platform/store/database.js';
import {
  checkFilePath,
  checkName,
  checkStage,
  formatSelector,
  parseAssetRef,
  type AssetKind,
  type VersionSelector,
} from './engine/asset-ref.js';
import type { VersionMetadata } from './engine/ml-bom.js';
import type { VersionDiff } from './engine/version-diff.js';
import { parseMetadata } from './engine/version-metadata.js';
import { findAsset, resolveVersion, type AssetScope } from './version-resolver.js';
import { RegistryInspection, type VerifyReport } from './registry-inspection.js';
import { loadAssetView, loadVersionDetail } from './version-detail.js';
import { RegistrySignatures } from './registry-signatures.js';
import { rescanOutdated, type RescanCounts, type RescanQuery } from './registry-rescan.js';
import {
  RegistryBlobMissing,
  RegistryFileNotFound,
  RegistryInputInvalid,
  RegistryQuarantined,
  RegistryRollbackUnavailable,
  RegistryStateConflict,
} from './registry.errors.js';
import { RegistryRepository, type AssetRow, type VersionRow } from './registry.repository.js';
import {
  versionView,
  type AssetView,
  type StageMove,
  type VersionDetail,
  type VersionView,
} from './registry.views.js';
import { unscannedGate, type ScanGate } from './scan-gate.js';

export type { AssetScope };

export interface RegistryServiceOptions {
  readonly db: Kysely<Database>;
  /** Where content lives; in production an `EncryptedBlobStore`. */
  readonly blobs: BlobStore;
  readonly audit: AuditSink;
  /** The platform key that signs every new version. */
  readonly signingKey: SigningKey;
  /** Further keys `verify` trusts (earlier platform keys). */
  readonly trustedKeys?: readonly VerifyingKey[];
  readonly scanGate?: ScanGate;
  readonly nowMs?: () => number;
  readonly maxFileBytes?: number;
  readonly maxFilesPerVersion?: number;
}

export interface NewVersionInput {
  readonly metadata?: VersionMetadata;
  /** Dataset versions a model was trained on: `name@3`, `name:production`, `project/name@2`. */
  readonly trainedOn?: readonly string[];
  /** Used when the push creates the asset. */
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly riskTier?: string;
}

export interface PushFile {
  readonly path: string;
  readonly source: Readable | AsyncIterable<Uint8Array>;
}

export type { VerifyReport };

const DEFAULT_MAX_FILE_BYTES = 64 * 1024 ** 3;
const DEFAULT_MAX_FILES = 10_000;

/**
 * Models and datasets as immutable, numbered, signed versions of files held in the blob store.
 * Every method checks one permission (`model:*` / `dataset:*`, on the asset's project) and writes
 * exactly one audit record, also when it is denied or fails.
 *
 * Over 500 lines on purpose for now: every write path shares `run`/`op`/`resolve`/`commit`, and
 * read-only work already lives in registry-inspection.ts and registry-maintenance.ts. The next
 * split is stages (promote/rollback/history) into registry-stages.ts, once those helpers move to
 * a shared internal module.
 */
export class RegistryService {
  private readonly repo: RegistryRepository;
  private readonly nowMs: () => number;
  private readonly gate: ScanGate;
  /** Users' own signature bundles attached to versions. */
  readonly signatures: RegistrySignatures;
  private readonly inspection: RegistryInspection;
  private readonly keys: readonly VerifyingKey[];

  constructor(private readonly options: RegistryServiceOptions) {
    this.repo = new RegistryRepository(options.db);
    this.keys = [options.signingKey, ...(options.trustedKeys ?? [])];
    this.inspection = new RegistryInspection({
      db: options.db,
      blobs: options.blobs,
      audit: options.audit,
      keys: this.keys,
      ...(options.nowMs === undefined ? {} : { nowMs: options.nowMs }),
    });
    this.signatures = new RegistrySignatures({
      db: options.db,
      audit: options.audit,
      ...(options.nowMs === undefined ? {} : { nowMs: options.nowMs }),
    });
    this.nowMs = options.nowMs ?? Date.now;
    this.gate = options.scanGate ?? unscannedGate;
  }

  async listAssets(
    actor: Actor,
    query: { kind: AssetKind; project?: string | undefined },
  ): Promise<AssetView[]> {
    const project = query.project === undefined ? undefined : checkName(query.project, 'project');
    return this.run(
      actor,
      { action: 'list', permission: 'read', kind: query.kind, project },
      async () => {
        const rows = await this.repo.listAssets(query.kind, project);
        const views = await Promise.all(rows.map((r) => this.assetViewOf(r)));
        return { result: views, details: { count: views.length } };
      },
    );
  }

  async getAsset(actor: Actor, scope: AssetScope): Promise<AssetView> {
    return this.run(actor, this.op('show', 'read', scope), async () => ({
      result: await this.assetViewOf(await this.asset(scope)),
    }));
  }

  async listVersions(actor: Actor, scope: AssetScope): Promise<VersionView[]> {
    return this.run(actor, this.op('versions', 'read', scope), async () => {
      const asset = await this.asset(scope);
      const stages = await this.repo.stages(asset.id);
      const versions = await this.repo.listVersions(asset.id);
      const views = await Promise.all(
        versions.map(async (v) =>
          versionView(
            asset,
            v,
            (await this.repo.files(v.id)).length,
            stages.filter((s) => s.versionId === v.id).map((s) => s.stage),
          ),
        ),
      );
      return { result: views, details: { count: views.length } };
    });
  }

  async getVersion(
    actor: Actor,
    scope: AssetScope,
    selector: VersionSelector,
  ): Promise<VersionDetail> {
    return this.run(actor, this.op('show', 'read', scope, selector), async () => {
      const { asset, version } = await this.resolve(scope, selector);
      return { result: await this.detail(asset, version), details: { version: version.number } };
    });
  }

  /** Streams one file into the blob store (HTTP uploads; `createVersion` then names it). */
  async uploadFile(
    actor: Actor,
    scope: AssetScope,
    source: Readable | AsyncIterable<Uint8Array>,
    options: { maxBytes?: number } = {},
  ): Promise<{ digest: string; size: number }> {
    return this.run(actor, this.op('upload', 'write', scope), async () => {
      const limit = this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
      const put = await this.options.blobs.put(source, {
        maxBytes: Math.min(limit, options.maxBytes ?? limit),
      });
      return {
        result: { digest: put.digest, size: put.size },
        details: { digest: put.digest, size: put.size },
      };
    });
  }

  /** Creates the next version from files already uploaded with `uploadFile`. */
  async createVersion(
    actor: Actor,
    scope: AssetScope,
    input: NewVersionInput & { files: readonly { path: string; digest: string }[] },
  ): Promise<VersionDetail> {
    return this.run(actor, this.op('push', 'write', scope), async () => {
      const files = [];
      for (const f of this.checkFiles(input.files)) {
        const info = await this.options.blobs.stat(f.digest);
        if (info === undefined) throw new RegistryBlobMissing(f.path, f.digest);
        files.push({ path: f.path, sha256: f.digest, size: info.size });
      }
      return this.commit(actor, scope, input, files);
    });
  }

  /** Streams every file into the blob store, then creates the next version (CLI and SDK path). */
  async pushVersion(
    actor: Actor,
    scope: AssetScope,
    input: NewVersionInput & { files: readonly PushFile[] },
  ): Promise<VersionDetail> {
    return this.run(actor, this.op('push', 'write', scope), async () => {
      const checked = this.checkFiles(input.files);
      const files = [];
      for (const f of checked) {
        const put = await this.options.blobs.put(f.source, {
          maxBytes: this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
        });
        files.push({ path: f.path, sha256: put.digest, size: put.size });
      }
      return this.commit(actor, scope, input, files);
    });
  }

  /**
   * Opens one file of a version for download. A quarantined version needs `override`, which also
   * requires the `:quarantine` permission on the asset (a security role); the audit record says so.
   */
  async openFile(
    actor: Actor,
    scope: AssetScope,
    selector: VersionSelector,
    filePath: string,
    options: { override?: boolean } = {},
  ): Promise<{ stream: Readable; size: number; sha256: string; version: number }> {
    return this.run(actor, this.op('download', 'download', scope, selector), async () => {
      const { asset, version } = await this.resolve(scope, selector);
      const file = (await this.repo.files(version.id)).find((f) => f.path === filePath);
      if (file === undefined) throw new RegistryFileNotFound(asset.name, version.number, filePath);
      const overridden = version.status === 'quarantined';
      if (overridden) {
        if (options.override !== true) throw new RegistryQuarantined(asset.name, version.number);
        requirePermission(actor, `${scope.kind}:quarantine`, scope.project);
      }
      const stream = await this.options.blobs.get(file.sha256);
      return {
        result: { stream, size: file.size, sha256: file.sha256, version: version.number },
        details: {
          version: version.number,
          file: file.path,
          size: file.size,
          ...(overridden ? { quarantineOverride: true } : {}),
        },
      };
    });
  }

  async promote(
    actor: Actor,
    scope: AssetScope,
    selector: VersionSelector,
    stage: string,
  ): Promise<VersionView> {
    checkStage(stage);
    return this.run(actor, this.op('promote', 'promote', scope, selector), async () => {
      const { asset, version } = await this.resolve(scope, selector);
      if (version.status === 'quarantined')
        throw new RegistryStateConflict(`version ${version.number} is quarantined`);
      const current = (await this.repo.stages(asset.id)).find((s) => s.stage === stage);
      await this.repo.moveStage({
        assetId: asset.id,
        stage,
        action: 'promote',
        fromVersionId: current?.versionId ?? null,
        toVersionId: version.id,
        actor: actor.label,
        at: this.now(),
      });
      return {
        result: await this.detail(asset, version),
        details: { stage, version: version.number, from: current?.number ?? null },
      };
    });
  }

  /** Moves `stage` back to the version that held it before the current one. */
  async rollback(actor: Actor, scope: AssetScope, stage: string): Promise<VersionView> {
    checkStage(stage);
    return this.run(actor, this.op('rollback', 'promote', scope), async () => {
      const asset = await this.asset(scope);
      const history = (await this.repo.stageHistory(asset.id)).filter((h) => h.stage === stage);
      // Promotions push onto the stage's stack, rollbacks pop: the target is the entry below the top.
      const stack: number[] = [];
      for (const h of history) {
        if (h.action === 'promote' && h.toNumber !== null) stack.push(h.toNumber);
        else if (h.action === 'rollback') stack.pop();
      }
      const current = (await this.repo.stages(asset.id)).find((s) => s.stage === stage);
      let target: VersionRow | undefined;
      for (let i = stack.length - 2; i >= 0 && target === undefined; i--) {
        const candidate = await this.repo.versionByNumber(asset.id, stack[i] ?? 0);
        if (
          candidate !== undefined &&
          candidate.status !== 'quarantined' &&
          candidate.id !== current?.versionId
        )
          target = candidate;
      }
      if (target === undefined) throw new RegistryRollbackUnavailable(asset.name, stage);
      await this.repo.moveStage({
        assetId: asset.id,
        stage,
        action: 'rollback',
        fromVersionId: current?.versionId ?? null,
        toVersionId: target.id,
        actor: actor.label,
        at: this.now(),
      });
      return {
        result: await this.detail(asset, target),
        details: { stage, version: target.number, from: current?.number ?? null },
      };
    });
  }

  async stageHistory(actor: Actor, scope: AssetScope): Promise<StageMove[]> {
    return this.run(actor, this.op('history', 'read', scope), async () => {
      const asset = await this.asset(scope);
      const rows = await this.repo.stageHistory(asset.id);
      return {
        result: rows.map((r) => ({
          stage: r.stage,
          action: r.action as StageMove['action'],
          fromVersion: r.fromNumber,
          toVersion: r.toNumber,
          actor: r.actor,
          at: r.at,
        })),
      };
    });
  }

  async quarantine(
    actor: Actor,
    scope: AssetScope,
    selector: VersionSelector,
    reason: string,
  ): Promise<VersionView> {
    return this.setStatus(
      actor,
      scope,
      selector,
      'quarantine',
      reason.slice(0, 500) || 'quarantined by a reviewer',
    );
  }

  async release(actor: Actor, scope: AssetScope, selector: VersionSelector): Promise<VersionView> {
    return this.setStatus(actor, scope, selector, 'release', null);
  }

  /** Files added, removed and changed, and metadata changes, between two versions. */
  diff(
    actor: Actor,
    scope: AssetScope,
    from: VersionSelector,
    to: VersionSelector,
  ): Promise<VersionDiff & { from: number; to: number }> {
    return this.inspection.diff(actor, scope, from, to);
  }

  /** Re-hashes every file from the blob store and checks the version's signature over them. */
  verify(actor: Actor, scope: AssetScope, selector: VersionSelector): Promise<VerifyReport> {
    return this.inspection.verify(actor, scope, selector);
  }

  /** CycloneDX 1.6 ML-BOM of one version. */
  bom(
    actor: Actor,
    scope: AssetScope,
    selector: VersionSelector,
  ): Promise<Record<string, unknown>> {
    return this.inspection.bom(actor, scope, selector);
  }

  /**
   * Rescans every live model version whose scan came from a policy other than
   * `currentPolicyVersion` (a rule-set bump): stores the new result and quarantines versions newly
   * found malicious, never releasing one. Needs `model:quarantine` (global without `project`);
   * writes one summary audit record (`model.rescan`) listing the versions it quarantined.
   */
  rescanOutdated(actor: Actor, query: RescanQuery): Promise<RescanCounts> {
    return rescanOutdated(
      { repo: this.repo, blobs: this.options.blobs, audit: this.options.audit, gate: this.gate },
      actor,
      query,
    );
  }

  /** Soft-deletes one version (or, without a selector, the asset and all its versions). */
  async delete(actor: Actor, scope: AssetScope, selector?: VersionSelector): Promise<void> {
    return this.run(actor, this.op('delete', 'delete', scope, selector), async () => {
      if (selector === undefined) {
        const asset = await this.asset(scope);
        await this.repo.softDeleteAsset(asset.id, this.now());
        return { result: undefined, details: { asset: true } };
      }
      const { version } = await this.resolve(scope, selector);
      await this.repo.softDeleteVersion(version.id, this.now());
      return { result: undefined, details: { version: version.number } };
    });
  }

  // ——— internals ———

  private async setStatus(
    actor: Actor,
    scope: AssetScope,
    selector: VersionSelector,
    action: 'quarantine' | 'release',
    reason: string | null,
  ): Promise<VersionView> {
    return this.run(actor, this.op(action, 'quarantine', scope, selector), async () => {
      const { asset, version } = await this.resolve(scope, selector);
      const next = action === 'quarantine' ? 'quarantined' : 'available';
      if (version.status === next)
        throw new RegistryStateConflict(`version ${version.number} is already ${next}`);
      await this.repo.setStatus(version.id, next, reason);
      const updated = { ...version, status: next, status_reason: reason };
      return {
        result: await this.detail(asset, updated),
        details: { version: version.number, ...(reason === null ? {} : { reason }) },
      };
    });
  }

  private async commit(
    actor: Actor,
    scope: AssetScope,
    input: NewVersionInput,
    files: readonly { path: string; sha256: string; size: number }[],
  ): Promise<{ result: VersionDetail; details: Record<string, unknown> }> {
    const metadata = parseMetadata(input.metadata);
    const inputs = await this.resolveInputs(scope, input.trainedOn ?? []);
    const scan = await this.gate.scan({
      kind: scope.kind,
      name: scope.name,
      files: files.map((f) => ({ ...f, open: () => this.options.blobs.get(f.sha256) })),
    });
    const signature = signManifest({
      name: `${scope.project}/${scope.name}`,
      files,
      key: this.options.signingKey,
    });
    const manifestDigest = buildStatement('', files).subject[0]?.digest.sha256 ?? '';
    const asset = await this.repo.ensureAsset({
      id: randomUUID(),
      kind: scope.kind,
      project: scope.project,
      name: scope.name,
      description: (input.description ?? '').slice(0, 2000),
      tags: JSON.stringify((input.tags ?? []).map((t) => t.slice(0, 100)).slice(0, 50)),
      owner: actor.label,
      risk_tier: (input.riskTier ?? 'unclassified').slice(0, 50),
      created_at: this.now(),
      deleted_at: null,
    });
    const row: Omit<VersionRow, 'number'> = {
      id: randomUUID(),
      asset_id: asset.id,
      status: scan.quarantine ? 'quarantined' : 'available',
      status_reason: scan.quarantine ? (scan.reason ?? 'scan gate') : null,
      scan_status: scan.status,
      scan_findings: JSON.stringify(scan.findings),
      scan_policy: scan.policyVersion ?? null,
      metadata: JSON.stringify(metadata),
      manifest_digest: manifestDigest,
      total_bytes: files.reduce((n, f) => n + f.size, 0),
      signature: JSON.stringify(signature),
      signer_key_id: this.options.signingKey.keyId,
      created_by: actor.label,
      created_at: this.now(),
      deleted_at: null,
    };
    const number = await this.repo.insertVersion({
      version: row,
      files,
      inputs: inputs.map((v) => v.id),
    });
    const detail = await this.detail(asset, { ...row, number });
    return {
      result: detail,
      details: {
        version: number,
        files: files.length,
        bytes: row.total_bytes,
        scan: scan.status,
        status: row.status,
      },
    };
  }

  private checkFiles<F extends { path: string }>(files: readonly F[]): F[] {
    const limit = this.options.maxFilesPerVersion ?? DEFAULT_MAX_FILES;
    if (files.length === 0)
      throw new RegistryInputInvalid('files', 'a version needs at least one file');
    if (files.length > limit)
      throw new RegistryInputInvalid(
        'files',
        `${files.length} files is more than the limit of ${limit}`,
      );
    const seen = new Set<string>();
    for (const f of files) {
      checkFilePath(f.path);
      if (seen.has(f.path)) throw new RegistryInputInvalid('files', `${f.path} is listed twice`);
      seen.add(f.path);
    }
    return [...files].sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  private async resolveInputs(scope: AssetScope, refs: readonly string[]): Promise<VersionRow[]> {
    if (refs.length > 0 && scope.kind !== 'model')
      throw new RegistryInputInvalid('trained-on', 'only models record training datasets');
    const out: VersionRow[] = [];
    for (const text of refs) {
      const slash = text.indexOf('/');
      const project = slash > 0 ? checkName(text.slice(0, slash), 'project') : scope.project;
      const ref = parseAssetRef(slash > 0 ? text.slice(slash + 1) : text);
      out.push(
        (await this.resolve({ kind: 'dataset', project, name: ref.name }, ref.selector)).version,
      );
    }
    return out;
  }

  private asset(scope: AssetScope): Promise<AssetRow> {
    return findAsset(this.repo, scope);
  }

  private resolve(
    scope: AssetScope,
    selector: VersionSelector,
  ): Promise<{ asset: AssetRow; version: VersionRow }> {
    return resolveVersion(this.repo, scope, selector);
  }

  private detail(asset: AssetRow, version: VersionRow): Promise<VersionDetail> {
    return loadVersionDetail(this.repo, this.keys, asset, version);
  }

  private assetViewOf(row: AssetRow): Promise<AssetView> {
    return loadAssetView(this.repo, row);
  }

  private op(
    action: string,
    verb: RegistryVerb,
    scope: AssetScope,
    selector?: VersionSelector,
  ): RegistryOperation {
    checkName(scope.name);
    checkName(scope.project, 'project');
    const id = `${scope.project}/${scope.name}${selector === undefined ? '' : `@${formatSelector(selector)}`}`;
    return { action, permission: verb, kind: scope.kind, project: scope.project, resourceId: id };
  }

  private run<T>(
    actor: Actor,
    op: RegistryOperation,
    work: () => Promise<{ result: T; details?: Record<string, unknown> }>,
  ): Promise<T> {
    return auditedCall(this.options.audit, actor, op, work);
  }

  private now(): string {
    return new Date(this.nowMs()).toISOString();
  }
}
