import type { AuditSink } from '../platform/audit/audit-sink.js';
import { isAppError } from '../platform/errors/app-error.js';
import type { Actor } from '../platform/identity/actor.js';
import type { BlobStore } from '../platform/store/blob-store.js';
import { auditedCall } from './audited-call.js';
import { checkName } from './engine/asset-ref.js';
import type { RegistryRepository } from './registry.repository.js';
import type { ScanGate } from './scan-gate.js';

export interface RescanQuery {
  /** The scanner's current rule-set version (`SCAN_POLICY_VERSION`). */
  readonly currentPolicyVersion: string;
  /** Only this project's models; all projects when absent (then the permission must be global). */
  readonly project?: string | undefined;
}

export interface RescanCounts {
  /** Live model versions looked at. */
  readonly checked: number;
  /** Versions scanned under another (or no recorded) policy whose new result was stored. */
  readonly rescanned: number;
  /** Rescanned versions the new result quarantined (they were not quarantined before). */
  readonly newlyQuarantined: number;
  /** Versions whose rescan failed (e.g. a missing blob); left as they were, retried next run. */
  readonly failed: number;
}

/** Most version references listed in the rescan's audit record. */
const MAX_AUDITED_REFS = 100;

/**
 * Rescans model versions whose stored scan came from another scanner policy version: reruns the
 * gate on their files (decrypted from the blob store, as on push), stores the new status, findings
 * and policy, and quarantines a version newly found malicious. A version that is now clean keeps
 * the status an operator gave it (never released automatically). Idempotent, and safe to run from
 * several processes at once: each version's result is stored by compare-and-set on its policy.
 */
export async function rescanOutdated(
  deps: { repo: RegistryRepository; blobs: BlobStore; audit: AuditSink; gate: ScanGate },
  actor: Actor,
  query: RescanQuery,
): Promise<RescanCounts> {
  const project = query.project === undefined ? undefined : checkName(query.project, 'project');
  return auditedCall(
    deps.audit,
    actor,
    { action: 'rescan', permission: 'quarantine', kind: 'model', project },
    async () => {
      const versions = await deps.repo.liveModelVersions(project);
      const outdated = versions.filter((v) => v.scan_policy !== query.currentPolicyVersion);
      const quarantinedRefs: string[] = [];
      const failedRefs: { version: string; error: string }[] = [];
      let rescanned = 0;
      for (const version of outdated) {
        const ref = `${version.project}/${version.name}@${version.number}`;
        try {
          const files = await deps.repo.files(version.id);
          const scan = await deps.gate.scan({
            kind: 'model',
            name: version.name,
            files: files.map((f) => ({
              path: f.path,
              sha256: f.sha256,
              size: f.size,
              open: () => deps.blobs.get(f.sha256),
            })),
          });
          const outcome = await deps.repo.applyRescan({
            versionId: version.id,
            previousPolicy: version.scan_policy,
            scanStatus: scan.status,
            scanFindings: JSON.stringify(scan.findings),
            scanPolicy: scan.policyVersion ?? null,
            quarantineReason: scan.quarantine
              ? `rescan under scan policy ${scan.policyVersion ?? query.currentPolicyVersion}: ${
                  scan.reason ?? 'scan gate'
                }`.slice(0, 500)
              : null,
          });
          if (outcome.applied) rescanned++;
          if (outcome.quarantined) quarantinedRefs.push(ref);
        } catch (err) {
          // One unreadable version must not stop the others; it is counted, audited and retried.
          failedRefs.push({ version: ref, error: isAppError(err) ? err.code : 'INTERNAL_ERROR' });
        }
      }
      const counts: RescanCounts = {
        checked: versions.length,
        rescanned,
        newlyQuarantined: quarantinedRefs.length,
        failed: failedRefs.length,
      };
      return {
        result: counts,
        details: {
          ...counts,
          policyVersion: query.currentPolicyVersion,
          quarantined: quarantinedRefs.slice(0, MAX_AUDITED_REFS),
          ...(failedRefs.length === 0
            ? {}
            : { failedVersions: failedRefs.slice(0, MAX_AUDITED_REFS) }),
        },
      };
    },
  );
}
