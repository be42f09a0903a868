import type { FastifyInstance } from 'fastify';
import { auditRoutes } from '../platform/audit/audit.routes.js';
import type { AuditService } from '../platform/audit/audit.service.js';
import { identityRoutes, type IdentityRoutesOptions } from '../platform/identity/identity.routes.js';
import { registryRoutes, type RegistryRoutesOptions } from '../registry/registry.routes.js';

/**
 * The domain services whose routes the API mounts, built once by `createServices`
 * (src/services.ts). One entry per domain, e.g. `readonly guard: GuardService;`.
 */
export interface ApiServices {
  /** Identity (login, users, roles, bindings, tokens); absent in bare-platform tests. */
  readonly identity?: IdentityRoutesOptions;
  readonly audit?: AuditService;
  /** Models and datasets (`createRegistry(...).service`). */
  readonly registry?: RegistryRoutesOptions;
}

/**
 * Mounts every domain's routes under /api/v1 (the caller sets the prefix). One line per domain:
 * `await api.register(guardRoutes, { service: services.guard });`
 */
export async function registerApiRoutes(
  api: FastifyInstance,
  services: ApiServices,
): Promise<void> {
  if (services.identity !== undefined) await api.register(identityRoutes, services.identity);
  if (services.audit !== undefined) await api.register(auditRoutes, { audit: services.audit });
  if (services.registry !== undefined) await api.register(registryRoutes, services.registry);
}
