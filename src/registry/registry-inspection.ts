import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditSink } from '../platform/audit/audit-sink.js';
import { verifyManifest, type VerifyingKey } from '../platform/crypto/signing.js';
import { isAppError } from '../platform/errors/app-error.js';
import type { Actor } from '../platform/identity/actor.js';
import type { BlobStore } from '../platform/store/blob-store.js';
import type { Database } from '../platform/store/database.js';
import { rampartVersion } from '../platform/version.js';
import { auditedCall, type RegistryOperation, type RegistryVerb } from './audited-call.js';
import { formatSelector, type VersionSelector } from './engine/asset-ref.js';
import { buildMlBom } from './engine/ml-bom.js';
import { diffVersions, type VersionDiff } from './engine/version-diff.js';
import { RegistryRepository, type VersionRow } from './registry.repository.js';
import { assetView, fileView } from './registry.views.js';
import { loadVersionDetail } from './version-detail.js';
import { resolveVersion, type AssetScope } from './version-resolver.js';

export interface VerifyReport {
  readonly ok: boolean;
  readonly keyId?: string;
  readonly problems: readonly string[];
  readonly files: number;
}

export interface RegistryInspectionOptions {
  readonly db: Kysely<Database>;
  readonly blobs: BlobStore;
  readonly audit: AuditSink;
  /** Keys whose signatures count (the platform key first). */
  readonly keys: readonly VerifyingKey[];
  readonly nowMs?: () => number;
}

/** Read-only questions about versions: diff, verify (re-hash + signature), CycloneDX ML-BOM. */
export class RegistryInspection {
  private readonly repo: RegistryRepository;
  private readonly nowMs: () => number;

  constructor(private readonly options: RegistryInspectionOptions) {
    this.repo = new RegistryRepository(options.db);
    this.nowMs = options.nowMs ?? Date.now;
  }

  async diff(
    actor: Actor,
    scope: AssetScope,
    from: VersionSelector,
    to: VersionSelector,
  ): Promise<VersionDiff & { from: number; to: number }> {
    return this.run(actor, this.op('diff', 'read', scope), async () => {
      const a = await this.resolve(scope, from);
      const b = await this.resolve(scope, to);
      const side = async (v: VersionRow) => ({
        files: (await this.repo.files(v.id)).map(fileView),
        metadata: JSON.parse(v.metadata) as Record<string, unknown>,
      });
      const diff = diffVersions(await side(a.version), await side(b.version));
      return {
        result: { ...diff, from: a.version.number, to: b.version.number },
        details: { from: a.version.number, to: b.version.number },
      };
    });
  }

  /** Re-hashes every file from the blob store and checks the version's signature over them. */
  async verify(actor: Actor, scope: AssetScope, selector: VersionSelector): Promise<VerifyReport> {
    return this.run(actor, this.op('verify', 'read', scope, selector), async () => {
      const { version } = await this.resolve(scope, selector);
      const rows = await this.repo.files(version.id);
      const problems: string[] = [];
      const actual: { path: string; sha256: string }[] = [];
      for (const row of rows) {
        const rehashed = await this.rehash(row.sha256);
        if (typeof rehashed === 'string') actual.push({ path: row.path, sha256: rehashed });
        else problems.push(`unreadable: ${row.path} (${rehashed.code})`);
      }
      const keys = this.options.keys;
      const checked = verifyManifest(JSON.parse(version.signature) as unknown, {
        keys,
        files: actual,
      });
      // An unreadable file is already reported; do not report it again as removed.
      const unreadable = new Set(
        rows.filter((r) => !actual.some((a) => a.path === r.path)).map((r) => `removed: ${r.path}`),
      );
      problems.push(...checked.problems.filter((p) => !unreadable.has(p)));
      const report: VerifyReport = {
        ok: problems.length === 0,
        ...(checked.keyId === undefined ? {} : { keyId: checked.keyId }),
        problems,
        files: rows.length,
      };
      return {
        result: report,
        details: { version: version.number, ok: report.ok, problems: problems.length },
      };
    });
  }

  /** CycloneDX 1.6 ML-BOM of one version. */
  async bom(
    actor: Actor,
    scope: AssetScope,
    selector: VersionSelector,
  ): Promise<Record<string, unknown>> {
    return this.run(actor, this.op('bom', 'read', scope, selector), async () => {
      const { asset, version } = await this.resolve(scope, selector);
      const detail = await loadVersionDetail(this.repo, this.options.keys, asset, version);
      const bom = buildMlBom({
        asset: { ...assetView(asset, [], []), kind: scope.kind },
        version: { ...detail, number: detail.version, scanStatus: detail.scan.status },
        inputs: detail.trainedOn.map((t) => ({ ...t, number: t.version })),
        serialNumber: randomUUID(),
        timestamp: new Date(this.nowMs()).toISOString(),
        toolVersion: rampartVersion(),
      });
      return { result: bom, details: { version: version.number } };
    });
  }

  private async rehash(digest: string): Promise<string | { code: string }> {
    try {
      const hash = createHash('sha256');
      for await (const chunk of await this.options.blobs.get(digest)) hash.update(chunk as Buffer);
      return hash.digest('hex');
    } catch (err) {
      if (isAppError(err)) {
        // A blob swapped under the name re-hashes to other content: report it as changed.
        const actual = (err.details as { actual?: unknown }).actual;
        return err.code === 'BLOB_DIGEST_MISMATCH' && typeof actual === 'string'
          ? actual
          : { code: err.code };
      }
      throw err;
    }
  }

  private resolve(scope: AssetScope, selector: VersionSelector) {
    return resolveVersion(this.repo, scope, selector);
  }

  private op(
    action: string,
    verb: RegistryVerb,
    scope: AssetScope,
    selector?: VersionSelector,
  ): RegistryOperation {
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
}
