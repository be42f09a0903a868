import { createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditSink } from '../platform/audit/audit-sink.js';
import { keyIdOf, verifyManifest } from '../platform/crypto/signing.js';
import type { Actor } from '../platform/identity/actor.js';
import type { Database } from '../platform/store/database.js';
import { auditedCall } from './audited-call.js';
import { formatSelector, type VersionSelector } from './engine/asset-ref.js';
import {
  RegistryInputInvalid,
  RegistrySignatureInvalid,
  RegistryStateConflict,
} from './registry.errors.js';
import { RegistryRepository, type VersionRow } from './registry.repository.js';
import { resolveVersion, type AssetScope } from './version-resolver.js';

export interface AttachedSignature {
  readonly keyId: string;
  readonly attachedBy: string;
  readonly attachedAt: string;
  /** Re-checked against the version's recorded files on every read. */
  readonly verified: boolean;
}

const MAX_BUNDLE_BYTES = 1024 * 1024;

/**
 * Signature bundles that users attach to a version (their own OpenSSF model-signing bundle and
 * the public key, Ed25519 or ECDSA P-256). A bundle is kept only if it verifies against the
 * version's files.
 */
export class RegistrySignatures {
  private readonly repo: RegistryRepository;
  private readonly nowMs: () => number;

  constructor(
    private readonly options: { db: Kysely<Database>; audit: AuditSink; nowMs?: () => number },
  ) {
    this.repo = new RegistryRepository(options.db);
    this.nowMs = options.nowMs ?? Date.now;
  }

  /** Throws REGISTRY_INPUT_INVALID (key, size), SIGNATURE_INVALID (not a bundle), REGISTRY_SIGNATURE_INVALID (does not verify). */
  async attach(
    actor: Actor,
    scope: AssetScope,
    selector: VersionSelector,
    input: { bundle: unknown; publicKeyPem: string },
  ): Promise<AttachedSignature> {
    const op = {
      action: 'sign',
      permission: 'write' as const,
      kind: scope.kind,
      project: scope.project,
      resourceId: `${scope.project}/${scope.name}@${formatSelector(selector)}`,
    };
    return auditedCall(this.options.audit, actor, op, async () => {
      const { version } = await resolveVersion(this.repo, scope, selector);
      const publicKey = parsePublicKey(input.publicKeyPem);
      const bundle = JSON.stringify(input.bundle);
      if (bundle.length > MAX_BUNDLE_BYTES)
        throw new RegistryInputInvalid('bundle', 'larger than 1 MiB');
      const keyId = keyIdOf(publicKey);
      const checked = verifyManifest(input.bundle, {
        keys: [{ keyId, publicKey }],
        files: await this.files(version),
      });
      if (!checked.ok)
        throw new RegistrySignatureInvalid(`${scope.name}@${version.number}`, checked.problems);
      if ((await this.repo.signatures(version.id)).some((s) => s.key_id === keyId)) {
        throw new RegistryStateConflict(
          `key ${keyId.slice(0, 16)} already signed version ${version.number}`,
        );
      }
      const row = {
        id: randomUUID(),
        version_id: version.id,
        key_id: keyId,
        public_key: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        bundle,
        attached_by: actor.label,
        attached_at: new Date(this.nowMs()).toISOString(),
      };
      await this.repo.insertSignature(row);
      return {
        result: { keyId, attachedBy: row.attached_by, attachedAt: row.attached_at, verified: true },
        details: { version: version.number, keyId },
      };
    });
  }

  /** The attached signatures of a version, each re-verified against its recorded files. */
  async list(
    actor: Actor,
    scope: AssetScope,
    selector: VersionSelector,
  ): Promise<AttachedSignature[]> {
    const op = {
      action: 'signatures',
      permission: 'read' as const,
      kind: scope.kind,
      project: scope.project,
      resourceId: `${scope.project}/${scope.name}@${formatSelector(selector)}`,
    };
    return auditedCall(this.options.audit, actor, op, async () => {
      const { version } = await resolveVersion(this.repo, scope, selector);
      const files = await this.files(version);
      const rows = await this.repo.signatures(version.id);
      const result = rows.map((r) => ({
        keyId: r.key_id,
        attachedBy: r.attached_by,
        attachedAt: r.attached_at,
        verified: verifyManifest(JSON.parse(r.bundle) as unknown, {
          keys: [{ keyId: r.key_id, publicKey: createPublicKey(r.public_key) }],
          files,
        }).ok,
      }));
      return { result, details: { version: version.number, count: result.length } };
    });
  }

  private async files(version: VersionRow) {
    return (await this.repo.files(version.id)).map((f) => ({ path: f.path, sha256: f.sha256 }));
  }
}

function parsePublicKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new RegistryInputInvalid('public key', 'not a PEM public key');
  }
  const ec =
    key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
  if (key.asymmetricKeyType !== 'ed25519' && !ec) {
    throw new RegistryInputInvalid('public key', 'only Ed25519 and ECDSA P-256 keys are accepted');
  }
  return key;
}
