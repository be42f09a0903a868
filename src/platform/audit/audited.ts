import type { Actor } from '../identity/actor.js';
import type { AuditSink } from './audit-sink.js';

export interface AuditedAction {
  readonly action: string;
  readonly resource: { readonly type: string; readonly id?: string };
  readonly project?: string;
}

/**
 * Runs `work` and writes exactly one audit record for it: `allowed` with the details `work`
 * returns, `denied` when it threw PERMISSION_DENIED, `failed` (with the error code only) otherwise.
 * Services wrap each public call in it, permission checks included.
 */
export async function audited<T>(
  audit: AuditSink,
  actor: Actor,
  what: AuditedAction,
  work: () => Promise<{ result: T; details: Record<string, unknown> }>,
): Promise<T> {
  const entry = {
    action: what.action,
    resource: what.resource,
    ...(what.project === undefined ? {} : { project: what.project }),
  };
  let outcome: { result: T; details: Record<string, unknown> };
  try {
    outcome = await work();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    await audit.record(actor, {
      ...entry,
      outcome: code === 'PERMISSION_DENIED' ? 'denied' : 'failed',
      details: { error: typeof code === 'string' ? code : 'INTERNAL_ERROR' },
    });
    throw err;
  }
  await audit.record(actor, { ...entry, outcome: 'allowed', details: outcome.details });
  return outcome.result;
}
