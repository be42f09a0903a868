import type { Kysely } from 'kysely';
import { FairnessService, ModelEvaluationService } from './fairness/index.js';
import { GuardService } from './guard/index.js';
import type { Config } from './platform/config/index.js';
import type { AuditSink } from './platform/audit/audit-sink.js';
import type { Logger } from './platform/log/logger.js';
import { openStore, type Database, type Store } from './platform/store/index.js';
import {
  DatasetPrivacyService,
  operatorKeysFrom,
  PRIVACY_SECRET_NAME,
  PrivacyService,
} from './privacy/index.js';
import { loadPlatformSecret } from './platform/crypto/platform-secrets.js';
import { createRegistry, startStartupRescan } from './registry/index.js';
import { ScanningService } from './scanning/index.js';
import type { ApiServices } from './server/api-routes.js';
import { openSecurity } from './server/auth-hook.js';
import type { AuthHook } from './server/default-auth-hook.js';

/** Everything a running Rampart holds: the store and the services (blobs live in the registry's encrypted store). Built once by the composition root. */
export interface Runtime {
  readonly config: Config;
  readonly logger: Logger;
  readonly store: Store;
  readonly services: ApiServices;
  /** Authentication and permission enforcement for the HTTP API. */
  readonly authHook?: AuthHook;
  /** Set when this start created the first administrator: print it once with the login URL. */
  readonly firstRunAdmin?: { readonly email: string; readonly generatedPassword?: string };
  close(): Promise<void>;
}

/**
 * The domain services over one database and audit log, each given the slice of config it needs.
 * `openRuntime` uses it; so do tests that need the whole API (the route walk, the RBAC matrix).
 */
export async function createDomainServices(options: {
  readonly config: Config;
  readonly db: Kysely<Database>;
  readonly audit: AuditSink;
  readonly logger: Logger;
  readonly nowMs?: () => number;
}): Promise<
  Pick<
    ApiServices,
    | 'registry'
    | 'scanning'
    | 'guard'
    | 'privacy'
    | 'datasetPrivacy'
    | 'fairness'
    | 'modelEvaluations'
  >
> {
  const { config, audit, logger } = options;
  const nowMs = options.nowMs ?? Date.now;
  const registry = createRegistry({
    db: options.db,
    dataDir: config.dataDir,
    audit,
    warn: (message) => logger.warn({ component: 'keys' }, message),
    masterKeyBase64: config.keys.masterKey,
    masterKeyFile: config.keys.masterKeyFile,
  });
  // One stable key for pseudonyms and fakes, shared by every replica, wrapped by the master key.
  const privacyKeys = operatorKeysFrom(
    await loadPlatformSecret(
      options.db,
      registry.keys.keyring,
      PRIVACY_SECRET_NAME,
      new Date(nowMs()).toISOString(),
    ),
  );
  return {
    registry: { service: registry.service, maxUploadBytes: config.server.maxUploadBytes },
    scanning: new ScanningService({ audit }),
    guard: new GuardService({ audit }),
    privacy: new PrivacyService({ audit, keys: privacyKeys }),
    datasetPrivacy: new DatasetPrivacyService({
      db: options.db,
      registry: registry.service,
      audit,
      keys: privacyKeys,
    }),
    fairness: new FairnessService({ audit }),
    modelEvaluations: new ModelEvaluationService({
      db: options.db,
      registry: registry.service,
      audit,
    }),
  };
}

/**
 * Opens the store (applying migrations) and builds every domain service: the one place where
 * services are constructed and given the slices of config they need.
 */
export async function openRuntime(config: Config, logger: Logger): Promise<Runtime> {
  const store = await openStore({
    dataDir: config.dataDir,
    url: config.database.url,
    busyTimeoutMs: config.database.busyTimeoutMs,
    poolSize: config.database.poolSize,
  });
  try {
    const security = await openSecurity({ config, db: store.db, logger });
    const services: ApiServices = {
      ...security.services,
      ...(await createDomainServices({
        config,
        db: store.db,
        audit: security.services.audit,
        logger,
      })),
    };
    // Model versions scanned under an older scanner policy are rescanned in the background.
    if (services.registry !== undefined)
      void startStartupRescan({ service: services.registry.service, logger });
    return {
      config,
      logger,
      store,
      services,
      authHook: security.authHook,
      ...(security.firstRunAdmin === undefined ? {} : { firstRunAdmin: security.firstRunAdmin }),
      async close() {
        await security.close();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
