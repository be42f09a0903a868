import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AuditService } from '../platform/audit/audit.service.js';
import type { Config } from '../platform/config/index.js';
import type { IdentityRoutesOptions } from '../platform/identity/identity.routes.js';
import { createSecurityServices } from '../platform/identity/security-services.js';
import type { Logger } from '../platform/log/logger.js';
import type { Database } from '../platform/store/database.js';
import type { AuditSink } from '../platform/audit/audit-sink.js';
import { hasPermission, type Actor } from '../platform/identity/actor.js';
import type { Authenticator } from '../platform/identity/authenticator.js';
import { AuthInvalid, CsrfFailed, TokenInQuery } from '../platform/identity/identity.errors.js';
import { PermissionDenied } from '../platform/identity/require-permission.js';
import type { ClientContext } from '../platform/identity/permission-resolver.js';
import { anonymousActor, type AuthHook } from './default-auth-hook.js';
import { AuthRequired } from './http.errors.js';
import { readCookie, sessionCookieName } from '../platform/identity/session-cookie.js';
import './route-config.js';

export interface AuthHookOptions {
  readonly authenticator: Authenticator;
  readonly audit: AuditSink;
  /** True under TLS: the cookie is then `__Host-rampart_session` and Secure. */
  readonly secureCookies: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOKEN_QUERY_KEYS = new Set([
  'token',
  'access_token',
  'api_key',
  'apikey',
  'api-key',
  'auth',
  'authorization',
  'bearer',
]);
const TOKEN_SHAPE = /rmp_[0-9A-Za-z]{20,}/;

/**
 * Authenticates every request (Bearer token, or session cookie with CSRF on state-changing
 * methods), refuses tokens in the query string, and enforces the route's declared permission —
 * globally, or on the project named by the route's `projectParam`. Deny by default: a route with
 * no declaration is refused. Every denial is written to the audit log.
 */
export function createAuthHook(options: AuthHookOptions): AuthHook {
  const { authenticator, audit } = options;
  const cookieName = sessionCookieName(options.secureCookies);

  const deny = async (
    request: FastifyRequest,
    actor: Actor,
    reason: string,
    details: Record<string, unknown> = {},
  ) => {
    await audit.record(actor, {
      action: 'access.denied',
      resource: {
        type: 'route',
        id: `${request.method} ${request.routeOptions.url ?? request.url}`,
      },
      outcome: 'denied',
      details: { reason, ...details },
    });
  };

  return async function authHook(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    void reply;
    const client: ClientContext = {
      clientIp: request.ip,
      requestId: request.id,
      ...(typeof request.headers['user-agent'] === 'string'
        ? { userAgent: request.headers['user-agent'].slice(0, 256) }
        : {}),
    };
    const anonymous: Actor = { ...anonymousActor, ...client };
    request.actor = anonymous;
    if (hasTokenInQuery(request.url)) {
      await deny(request, anonymous, 'token-in-query');
      throw new TokenInQuery();
    }
    const permission = request.routeOptions.config.permission;
    const isPublic = permission === 'public';

    let actor: Actor | undefined;
    const authorization = request.headers.authorization;
    const sessionSecret = readCookie(request.headers.cookie, cookieName);
    if (typeof authorization === 'string' && authorization !== '') {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const result =
        match === null
          ? { ok: false as const, reason: 'malformed-authorization' }
          : await authenticator.authenticateToken(match[1] as string, client);
      if (result.ok) actor = result.actor;
      else if (!isPublic) {
        await deny(request, anonymous, result.reason);
        throw new AuthInvalid(result.reason);
      }
    } else if (sessionSecret !== undefined) {
      const result = await authenticator.authenticateSession(sessionSecret, client);
      if (result.ok) {
        actor = result.actor;
        // Cookies ride along on cross-site requests; the CSRF token, readable only by our pages, does not.
        if (!SAFE_METHODS.has(request.method) && !isPublic) {
          const presented = request.headers['x-csrf-token'];
          if (
            !authenticator.csrfMatches(
              typeof presented === 'string' ? presented : undefined,
              sessionSecret,
            )
          ) {
            await deny(request, actor, 'csrf');
            throw new CsrfFailed();
          }
        }
      } else if (!isPublic) {
        await deny(request, anonymous, result.reason);
        throw new AuthInvalid(result.reason);
      }
    }
    if (actor !== undefined) request.actor = actor;
    if (isPublic) return;
    if (actor === undefined) {
      await deny(request, anonymous, 'no-credentials');
      throw new AuthRequired();
    }
    if (permission === undefined) {
      await deny(request, actor, 'route-undeclared');
      throw new PermissionDenied('(undeclared)');
    }
    const project = projectOf(request);
    if (!hasPermission(actor, permission, project)) {
      await deny(request, actor, 'permission', {
        permission,
        ...(project === undefined ? {} : { project }),
      });
      throw new PermissionDenied(permission, project);
    }
  };
}

/** The project named by the route's `projectParam`, from the path, the query or the JSON body. */
function projectOf(request: FastifyRequest): string | undefined {
  const key = request.routeOptions.config.projectParam;
  if (key === undefined) return undefined;
  for (const source of [request.params, request.query, request.body]) {
    if (source !== null && typeof source === 'object') {
      const value = (source as Record<string, unknown>)[key];
      if (typeof value === 'string' && value !== '') return value;
    }
  }
  return undefined;
}

function hasTokenInQuery(url: string): boolean {
  const q = url.indexOf('?');
  if (q < 0) return false;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const [key, value] of params) {
    if (TOKEN_QUERY_KEYS.has(key.toLowerCase()) || TOKEN_SHAPE.test(value)) return true;
  }
  return false;
}

/** What `openSecurity` gives the composition root. */
export interface SecurityRuntime {
  readonly services: { readonly identity: IdentityRoutesOptions; readonly audit: AuditService };
  readonly authHook: AuthHook;
  /** Set when this start created the first administrator; print it once with the login URL. */
  readonly firstRunAdmin?: { readonly email: string; readonly generatedPassword?: string };
  close(): Promise<void>;
}

/**
 * Builds identity and audit over the store, creates the first administrator when none exists
 * (from config `admin.email` / `admin.password`, else with a generated password), starts the
 * checkpoint schedule and returns the auth hook. For `rampart serve`:
 *
 * ```ts
 * const security = await openSecurity({ config, db: store.db, logger });
 * // services: { ...security.services }, authHook: security.authHook, close: security.close()
 * ```
 */
export async function openSecurity(options: {
  readonly config: Config;
  readonly db: Kysely<Database>;
  readonly logger: Logger;
  readonly checkpointCron?: string;
}): Promise<SecurityRuntime> {
  const log = options.logger.child({ component: 'audit' });
  const security = createSecurityServices({
    db: options.db,
    checkpointCron: options.checkpointCron ?? '*/10 * * * *',
    onScheduleError: (err) => log.error({ err }, 'scheduled audit checkpoint failed'),
  });
  try {
    const boot = await security.identity.bootstrapAdmin({
      email: options.config.admin.email,
      password: options.config.admin.password,
    });
    const secureCookies = options.config.server.tls !== undefined;
    return {
      services: {
        identity: {
          identity: security.identity,
          authenticator: security.authenticator,
          secureCookies,
        },
        audit: security.audit,
      },
      authHook: createAuthHook({
        authenticator: security.authenticator,
        audit: security.audit,
        secureCookies,
      }),
      ...(boot.created
        ? {
            firstRunAdmin: {
              email: boot.email,
              ...(boot.generatedPassword === undefined
                ? {}
                : { generatedPassword: boot.generatedPassword }),
            },
          }
        : {}),
      close: () => security.close(),
    };
  } catch (err) {
    await security.close();
    throw err;
  }
}
