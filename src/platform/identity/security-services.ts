import type { Kysely } from 'kysely';
import { AuditService } from '../audit/audit.service.js';
import type { Database } from '../store/database.js';
import { Authenticator } from './authenticator.js';
import { IdentityService } from './identity.service.js';

/** The identity and audit services, built together because identity writes to the audit log. */
export interface SecurityServices {
  readonly audit: AuditService;
  readonly identity: IdentityService;
  readonly authenticator: Authenticator;
  /** Stops the checkpoint schedule and commits queued audit records. */
  close(): Promise<void>;
}

/**
 * Builds AuditService, IdentityService and Authenticator over one database. `checkpointCron`
 * starts the signed-checkpoint schedule (omit it in tests and offline CLI commands).
 */
export function createSecurityServices(options: {
  readonly db: Kysely<Database>;
  readonly nowMs?: () => number;
  readonly checkpointCron?: string;
  readonly onScheduleError?: (err: unknown) => void;
}): SecurityServices {
  const clock = options.nowMs === undefined ? {} : { nowMs: options.nowMs };
  const audit = new AuditService({
    db: options.db,
    ...clock,
    ...(options.onScheduleError ? { onScheduleError: options.onScheduleError } : {}),
  });
  const identity = new IdentityService({ db: options.db, audit, ...clock });
  const authenticator = new Authenticator({
    repo: identity.repo,
    resolver: identity.resolver,
    audit,
    ...clock,
  });
  if (options.checkpointCron !== undefined) audit.startSchedule(options.checkpointCron);
  return { audit, identity, authenticator, close: () => audit.close() };
}
