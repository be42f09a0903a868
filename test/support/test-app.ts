import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/platform/config/index.js';
import { createLogger } from '../../src/platform/log/logger.js';
import { buildApp, type BuildAppOptions } from '../../src/server/build-app.js';
import { openTestStore, type TestStore } from './dialects.js';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly config: Config;
  readonly opened: TestStore;
  close(): Promise<void>;
}

/**
 * The real app over a fresh SQLite store, for `app.inject()` tests; no port is opened. `env`
 * sets RAMPART_* config values.
 */
export async function buildTestApp(
  overrides: Partial<BuildAppOptions> = {},
  env: Record<string, string> = {},
): Promise<TestApp> {
  const opened = await openTestStore('sqlite');
  try {
    const config = loadConfig({
      env: { RAMPART_DATA_DIR: opened.dataDir, ...env },
      cwd: opened.dataDir,
    });
    const app = await buildApp({
      config,
      store: opened.store,
      logger: createLogger({ level: 'silent' }),
      version: '0.0.0-test',
      services: {},
      webRoot: undefined,
      ...overrides,
    });
    await app.ready();
    return {
      app,
      config,
      opened,
      async close() {
        await app.close();
        await opened.cleanup();
      },
    };
  } catch (err) {
    await opened.cleanup();
    throw err;
  }
}
