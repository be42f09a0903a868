import type { Actor } from '../platform/identity/actor.js';
import type { Permission } from '../platform/identity/permissions.js';

/**
 * Every route declares who may call it: `config: { permission: 'scan:run' }`, or
 * `config: { permission: 'public' }` for the few routes that need no identity. The auth hook
 * refuses a route without a declaration, and a test walks every route to prove there is none.
 */
export type RoutePermission = Permission | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
    /** Project whose bindings also count, taken from this request param (e.g. `project`). */
    projectParam?: string;
  }
  interface FastifyRequest {
    /** Who is calling; set by the auth hook before the handler runs. */
    actor: Actor;
  }
}
