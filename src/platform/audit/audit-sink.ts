import type { Actor } from '../identity/actor.js';

export type AuditOutcome = 'allowed' | 'denied' | 'failed';

/** One security-relevant action. Never put secrets or raw content (prompts, rows, PII) in it. */
export interface AuditEntry {
  /** `domain.verb`, e.g. `scan.run`, `guard.check`, `model.download`. */
  readonly action: string;
  readonly resource: { readonly type: string; readonly id?: string };
  readonly project?: string;
  readonly outcome: AuditOutcome;
  /** Small and secret-free: counts, verdicts, ids, sizes. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Where services write audit records. The audit service implements it. */
export interface AuditSink {
  record(actor: Actor, entry: AuditEntry): Promise<void>;
}
