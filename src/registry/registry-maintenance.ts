import type { Kysely } from 'kysely';
import type { AuditSink } from '../platform/audit/audit-sink.js';
import type { Actor } from '../platform/identity/actor.js';
import type { BlobStore } from '../platform/store/blob-store.js';
import type { Database } from '../platform/store/database.js';
import { auditedCall } from './audited-call.js';
import type { AssetKind } from './engine/asset-ref.js';
import { RegistryInputInvalid } from './registry.errors.js';
import { RegistryRepository } from './registry.repository.js';

export interface RegistryMaintenanceOptions {
  readonly db: Kysely<Database>;
  readonly blobs: BlobStore;
  readonly audit: AuditSink;
  readonly nowMs?: () => number;
}

/** Retention purge and consistency checks of the registry's rows against its blob store. */
export class RegistryMaintenance {
  private readonly repo: RegistryRepository;
  private readonly nowMs: () => number;

  constructor(private readonly options: RegistryMaintenanceOptions) {
    this.repo = new RegistryRepository(options.db);
    this.nowMs = options.nowMs ?? Date.now;
  }

  /**
   * Destroys the content of versions soft-deleted more than `retentionDays` ago (blobs still used
   * by a live version stay). Rows remain as tombstones, so history and audit keep their targets.
   */
  async purgeDeleted(
    actor: Actor,
    query: { kind: AssetKind; retentionDays: number },
  ): Promise<{ purged: number }> {
    if (!Number.isFinite(query.retentionDays) || query.retentionDays < 0) {
      throw new RegistryInputInvalid('retention', 'must be a number of days ≥ 0');
    }
    return auditedCall(
      this.options.audit,
      actor,
      { action: 'purge', permission: 'delete', kind: query.kind, project: undefined },
      async () => {
        const cutoff = new Date(this.nowMs() - query.retentionDays * 86_400_000).toISOString();
        const digests = await this.repo.purgeableDigests(query.kind, cutoff);
        for (const digest of digests) await this.options.blobs.delete(digest);
        return {
          result: { purged: digests.length },
          details: { purged: digests.length, retentionDays: query.retentionDays },
        };
      },
    );
  }

  /**
   * Blobs no row refers to, and live files whose blob is missing (`rampart doctor --deep`).
   * `stored` lists the blob store's digests (e.g. `EncryptedBlobStore.digests()`).
   */
  async checkConsistency(
    actor: Actor,
    stored: AsyncIterable<string>,
  ): Promise<{ orphanBlobs: string[]; missingBlobs: { path: string; digest: string }[] }> {
    return auditedCall(
      this.options.audit,
      actor,
      { action: 'doctor', permission: 'read', kind: 'model', project: undefined },
      async () => {
        const referenced = await this.repo.referencedDigests();
        const orphanBlobs: string[] = [];
        const present = new Set<string>();
        for await (const digest of stored) {
          present.add(digest);
          if (!referenced.has(digest)) orphanBlobs.push(digest);
        }
        const missingBlobs = (await this.repo.liveFiles())
          .filter((f) => !present.has(f.sha256))
          .map((f) => ({ path: f.path, digest: f.sha256 }));
        return {
          result: { orphanBlobs, missingBlobs },
          details: { orphans: orphanBlobs.length, missing: missingBlobs.length },
        };
      },
    );
  }
}
