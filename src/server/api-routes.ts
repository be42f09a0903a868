import type { FastifyInstance } from 'fastify';

/**
 * The domain services whose routes the API mounts, built once by `createServices`
 * (src/services.ts). One entry per domain, e.g. `readonly guard: GuardService;`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ApiServices {}

/**
 * Mounts every domain's routes under /api/v1 (the caller sets the prefix). One line per domain:
 * `await api.register(guardRoutes, { service: services.guard });`
 */
export async function registerApiRoutes(
  api: FastifyInstance,
  services: ApiServices,
): Promise<void> {
  // No domain is mounted yet: each domain adds its `api.register(...)` line here.
  await Promise.resolve([api, services]);
}
