import type { AuditSink } from '../platform/audit/audit-sink.js';
import { isAppError } from '../platform/errors/app-error.js';
import type { Actor } from '../platform/identity/actor.js';
import type { Permission } from '../platform/identity/permissions.js';
import { PermissionDenied, requirePermission } from '../platform/identity/require-permission.js';
import type { AssetKind } from './engine/asset-ref.js';
import { RegistryQuarantined } from './registry.errors.js';

export type RegistryVerb = 'read' | 'write' | 'download' | 'promote' | 'quarantine' | 'delete';

export interface RegistryOperation {
  /** Audit action suffix: `push` → `model.push`. */
  readonly action: string;
  readonly permission: RegistryVerb;
  readonly kind: AssetKind;
  readonly project: string | undefined;
  readonly resourceId?: string;
}

/**
 * Checks `<kind>:<verb>` on the project, runs `work`, and writes exactly one audit record for
 * whichever way it ends: `allowed` (with the details `work` returns), `denied` (permission, or a
 * quarantine refusal) or `failed` (the error code). Rethrows every error.
 */
export async function auditedCall<T>(
  audit: AuditSink,
  actor: Actor,
  op: RegistryOperation,
  work: () => Promise<{ result: T; details?: Record<string, unknown> }>,
): Promise<T> {
  const permission = `${op.kind}:${op.permission}` as Permission;
  const entry = {
    action: `${op.kind}.${op.action}`,
    resource: { type: op.kind, ...(op.resourceId === undefined ? {} : { id: op.resourceId }) },
    ...(op.project === undefined ? {} : { project: op.project }),
  };
  try {
    requirePermission(actor, permission, op.project);
  } catch (err) {
    await audit.record(actor, { ...entry, outcome: 'denied', details: { permission } });
    throw err;
  }
  let outcome: { result: T; details?: Record<string, unknown> };
  try {
    outcome = await work();
  } catch (err) {
    const denied = err instanceof PermissionDenied || err instanceof RegistryQuarantined;
    await audit.record(actor, {
      ...entry,
      outcome: denied ? 'denied' : 'failed',
      details: { error: isAppError(err) ? err.code : 'INTERNAL_ERROR' },
    });
    throw err;
  }
  await audit.record(actor, {
    ...entry,
    outcome: 'allowed',
    ...(outcome.details === undefined ? {} : { details: outcome.details }),
  });
  return outcome.result;
}
