import path from 'node:path';
import type { Config } from './platform/config/index.js';
import type { Logger } from './platform/log/logger.js';
import { LocalBlobStore, openStore, type BlobStore, type Store } from './platform/store/index.js';
import type { ApiServices } from './server/api-routes.js';
import type { AuthHook } from './server/default-auth-hook.js';

/** Everything a running Rampart holds: store, blobs, services. Built once by the composition root. */
export interface Runtime {
  readonly config: Config;
  readonly logger: Logger;
  readonly store: Store;
  readonly blobs: BlobStore;
  readonly services: ApiServices;
  /** Authentication and permission enforcement for the HTTP API. */
  readonly authHook?: AuthHook;
  close(): Promise<void>;
}

/**
 * Opens the store (applying migrations) and builds every domain service. The one place where
 * services are constructed and given the slices of config they need.
 */
export async function openRuntime(config: Config, logger: Logger): Promise<Runtime> {
  const store = await openStore({
    dataDir: config.dataDir,
    url: config.database.url,
    busyTimeoutMs: config.database.busyTimeoutMs,
    poolSize: config.database.poolSize,
  });
  const blobs = new LocalBlobStore(path.join(config.dataDir, 'blobs'));
  const services: ApiServices = {};
  return {
    config,
    logger,
    store,
    blobs,
    services,
    async close() {
      await store.close();
    },
  };
}
