import type { Actor } from '../platform/identity/actor.js';
import type { Logger } from '../platform/log/logger.js';
import { SCAN_POLICY_VERSION } from '../scanning/index.js';
import type { RescanCounts } from './registry-rescan.js';
import type { RegistryService } from './registry.service.js';

/** Who the startup rescan acts as in the audit log: the server itself, allowed only to rescan. */
const startupActor: Actor = {
  kind: 'system',
  id: 'system',
  label: 'startup rescan',
  permissions: new Set(['model:quarantine']),
};

/**
 * Starts one background rescan of model versions scanned under an older scanner policy, for the
 * server's start. Not awaited by the caller: the returned promise never rejects (a failure is
 * logged), so it can never crash the server. Resolves to the counts, or undefined on failure.
 */
export function startStartupRescan(options: {
  readonly service: RegistryService;
  readonly logger: Logger;
  readonly currentPolicyVersion?: string;
}): Promise<RescanCounts | undefined> {
  const policyVersion = options.currentPolicyVersion ?? SCAN_POLICY_VERSION;
  const log = options.logger.child({ component: 'registry-rescan' });
  return options.service.rescanOutdated(startupActor, { currentPolicyVersion: policyVersion }).then(
    (counts) => {
      log.info({ ...counts, policyVersion }, 'model rescan for the current scan policy finished');
      return counts;
    },
    (err: unknown) => {
      log.warn({ err, policyVersion }, 'model rescan for the current scan policy failed');
      return undefined;
    },
  );
}
