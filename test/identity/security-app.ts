import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadConfig } from '../../src/platform/config/index.js';
import {
  createSecurityServices,
  type SecurityServices,
} from '../../src/platform/identity/index.js';
import { createLogger } from '../../src/platform/log/logger.js';
import { createAuthHook } from '../../src/server/auth-hook.js';
import { buildApp, listRoutes } from '../../src/server/build-app.js';
import { createDomainServices } from '../../src/runtime.js';
import { openTestStore, type TestStore } from '../support/dialects.js';

export const ADMIN = { email: 'admin@example.com', password: 'correct horse battery staple' };

export interface SecurityApp {
  readonly app: FastifyInstance;
  readonly security: SecurityServices;
  readonly opened: TestStore;
  /** Route permission seen by the auth hook, keyed `METHOD url-pattern`. */
  readonly declared: Map<string, string | undefined>;
  token(email: string, password: string): Promise<string>;
  /** Creates a user with `role` (globally or on `project`) and returns an API token for them. */
  userWithRole(
    role: string,
    options?: { project?: string; email?: string },
  ): Promise<{ email: string; token: string }>;
  close(): Promise<void>;
}

let counter = 0;

/** The real app with identity and audit wired, over a fresh SQLite store, plus a bootstrapped admin. */
export async function buildSecurityApp(
  options: { nowMs?: () => number } = {},
): Promise<SecurityApp> {
  const opened = await openTestStore('sqlite');
  const config = loadConfig({ env: { RAMPART_DATA_DIR: opened.dataDir }, cwd: opened.dataDir });
  const security = createSecurityServices({
    db: opened.store.db,
    ...(options.nowMs ? { nowMs: options.nowMs } : {}),
  });
  const hook = createAuthHook({
    authenticator: security.authenticator,
    audit: security.audit,
    secureCookies: false,
  });
  const declared = new Map<string, string | undefined>();
  const app = await buildApp({
    config,
    store: opened.store,
    logger: createLogger({ level: 'silent' }),
    version: '0.0.0-test',
    services: {
      identity: {
        identity: security.identity,
        authenticator: security.authenticator,
        secureCookies: false,
      },
      audit: security.audit,
      // Every domain's routes, as `rampart serve` mounts them, so the walk covers the whole API.
      ...(await createDomainServices({
        config,
        db: opened.store.db,
        audit: security.audit,
        logger: createLogger({ level: 'silent' }),
      })),
    },
    authHook: async (request: FastifyRequest, reply: FastifyReply) => {
      declared.set(
        `${request.method} ${request.routeOptions.url}`,
        request.routeOptions.config.permission,
      );
      return hook(request, reply);
    },
    webRoot: undefined,
    ...(options.nowMs ? { nowMs: options.nowMs } : {}),
  });
  await app.ready();
  await security.identity.bootstrapAdmin(ADMIN);

  const token = async (email: string, password: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password, as: 'token' },
    });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
    return res.json<{ token: string }>().token;
  };
  let adminToken: string | undefined;
  return {
    app,
    security,
    opened,
    declared,
    token,
    async userWithRole(role, o = {}) {
      adminToken ??= await token(ADMIN.email, ADMIN.password);
      const email = o.email ?? `user${++counter}-${role}@example.com`;
      const password = 'violet tulips under the bridge';
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: { authorization: `Bearer ${adminToken}` },
        payload: { email, role, password, ...(o.project ? { project: o.project } : {}) },
      });
      if (res.statusCode !== 201) throw new Error(`create user failed: ${res.body}`);
      return { email, token: await token(email, password) };
    },
    async close() {
      await app.close();
      await security.close();
      await opened.cleanup();
    },
  };
}

/** Every route of the app as [method, url], from the table buildApp keeps. */
export function registeredRoutes(app: FastifyInstance): [string, string][] {
  return listRoutes(app).map((r) => [r.method, r.url]);
}
