import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type FastifyPluginAsyncZod,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '../platform/config/index.js';
import type { Logger } from '../platform/log/logger.js';
import type { Store } from '../platform/store/index.js';
import { type AuthHook, publicOnlyAuthHook } from './default-auth-hook.js';
import { registerErrorHandling } from './error-handler.js';
import { registerMetrics } from './metrics.js';
import { RouteUndeclared, TlsFilesUnreadable } from './server.errors.js';
import { probeRoutes, statusRoutes } from './system.routes.js';
import { registerApiRoutes, type ApiServices } from './api-routes.js';
import { findWebRoot, registerWeb } from './web-static.js';
import './route-config.js';

export interface BuildAppOptions {
  readonly config: Config;
  readonly store: Store;
  readonly logger: Logger;
  readonly version: string;
  /** Authentication + permission check; deny-by-default when absent. */
  readonly authHook?: AuthHook;
  /** The domain services whose routes are mounted under /api/v1. */
  readonly services: ApiServices;
  /** Extra route plugins mounted under /api/v1 after the domains' (extensions, tests). */
  readonly extraApiRoutes?: readonly FastifyPluginAsyncZod[];
  /** Directory of the built dashboard; found automatically when omitted. */
  readonly webRoot?: string | undefined;
  readonly nowMs?: () => number;
}

export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  /** The declared permission, or `public`. */
  readonly permission: string;
}

const routeTables = new WeakMap<object, readonly RouteEntry[]>();

/**
 * Every route the app registered (except the API browser's own), with its declared permission:
 * what the route-walk and RBAC-matrix tests iterate over.
 */
export function listRoutes(app: FastifyInstance): readonly RouteEntry[] {
  return routeTables.get(app) ?? [];
}

// Plugins that register their own routes; they serve public documentation only.
const PUBLIC_PLUGIN_PREFIXES = ['/api/docs'];

/**
 * Builds the Fastify app: request ids, logging with redaction, body limits, the error handler,
 * OpenAPI 3.1 at /api/v1/openapi.json with a browser at /api/docs, probes, metrics, the domain
 * routes under /api/v1 and the dashboard at /. Every route must declare its permission; one that
 * does not makes this function throw.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const nowMs = options.nowMs ?? Date.now;
  const app = Fastify({
    loggerInstance: options.logger.child({ component: 'http' }),
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(incoming)
        ? incoming
        : randomUUID();
    },
    bodyLimit: config.server.maxJsonBytes,
    trustProxy: config.server.trustProxy,
    return503OnClosing: true,
    // One line per request (in onResponse below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    ...httpsOptions(config),
  } as FastifyServerOptions).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app, { maxJsonBytes: config.server.maxJsonBytes });

  const table: RouteEntry[] = [];
  routeTables.set(app, table);
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat().filter((m) => m !== 'HEAD');
    if (PUBLIC_PLUGIN_PREFIXES.some((p) => route.url.startsWith(p))) {
      route.config = { ...(route.config as object), permission: 'public' };
      return;
    }
    const declared = (route.config as { permission?: string } | undefined)?.permission;
    if (declared === undefined) throw new RouteUndeclared(methods.join(','), route.url);
    for (const method of methods) table.push({ method, url: route.url, permission: declared });
  });

  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: config.server.maxUploadBytes },
    (_request, body, done) => done(null, body),
  );

  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, never the raw URL: query strings may carry ids or (refused) tokens.
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
  app.addHook('onSend', async (request, reply, payload) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('referrer-policy', 'no-referrer');
    if (config.server.tls !== undefined) {
      void reply.header('strict-transport-security', 'max-age=31536000');
    }
    return payload;
  });
  const authHook = options.authHook ?? publicOnlyAuthHook;
  // Unknown routes answer ROUTE_NOT_FOUND whoever asks: a 404 reveals nothing a 401 would hide.
  // preValidation: the body is parsed but not yet validated, so callers without the route's
  // permission get 401/403 before any schema detail (and the RBAC matrix test sees every route).
  app.addHook('preValidation', async (request, reply) =>
    request.is404 ? undefined : authHook(request, reply),
  );

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Rampart API',
        version: options.version,
        description:
          'Self-hosted security platform for AI systems. Errors answer `{ error: { code, message, hint, requestId } }`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token `rmp_…`' },
          session: { type: 'apiKey', in: 'cookie', name: 'rampart_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerMetrics(app);
  const systemOptions = {
    store: options.store,
    version: options.version,
    startedAtMs: nowMs(),
    nowMs,
  };
  await app.register(probeRoutes, systemOptions);
  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, () =>
        app.swagger(),
      );
      await api.register(statusRoutes, systemOptions);
      await registerApiRoutes(api, options.services);
      for (const plugin of options.extraApiRoutes ?? []) await api.register(plugin);
    },
    { prefix: '/api/v1' },
  );
  await registerWeb(app, 'webRoot' in options ? options.webRoot : findWebRoot());
  return app;
}

function httpsOptions(config: Config): Partial<FastifyServerOptions> {
  const tls = config.server.tls;
  if (tls === undefined) return {};
  try {
    return {
      https: { cert: readFileSync(tls.certFile), key: readFileSync(tls.keyFile) },
    } as Partial<FastifyServerOptions>;
  } catch (err) {
    throw new TlsFilesUnreadable(tls.certFile, tls.keyFile, { cause: err });
  }
}
