import type { FastifyInstance } from 'fastify';
import {
  fairnessRoutes,
  modelEvaluationRoutes,
  type FairnessService,
  type ModelEvaluationService,
} from '../fairness/index.js';
import { guardRoutes, type GuardService } from '../guard/index.js';
import { auditRoutes } from '../platform/audit/audit.routes.js';
import type { AuditService } from '../platform/audit/audit.service.js';
import {
  identityRoutes,
  type IdentityRoutesOptions,
} from '../platform/identity/identity.routes.js';
import {
  datasetPrivacyRoutes,
  privacyRoutes,
  type DatasetPrivacyService,
  type PrivacyService,
} from '../privacy/index.js';
import { registryRoutes, type RegistryRoutesOptions } from '../registry/registry.routes.js';
import { scanningRoutes, type ScanningService } from '../scanning/index.js';

/**
 * The domain services whose routes the API mounts, built once by `openRuntime` (src/runtime.ts).
 * Each is optional so a test can mount just the domains it exercises.
 */
export interface ApiServices {
  /** Identity (login, users, roles, bindings, tokens). */
  readonly identity?: IdentityRoutesOptions;
  readonly audit?: AuditService;
  /** Models and datasets. */
  readonly registry?: RegistryRoutesOptions;
  readonly scanning?: ScanningService;
  readonly guard?: GuardService;
  readonly privacy?: PrivacyService;
  /** PII scan/mask of registry dataset versions. */
  readonly datasetPrivacy?: DatasetPrivacyService;
  readonly fairness?: FairnessService;
  /** Fairness audits and explanations attached to model versions; model cards. */
  readonly modelEvaluations?: ModelEvaluationService;
}

/** Mounts every domain's routes under /api/v1 (the caller sets the prefix). One line per domain. */
export async function registerApiRoutes(
  api: FastifyInstance,
  services: ApiServices,
): Promise<void> {
  if (services.identity !== undefined) await api.register(identityRoutes, services.identity);
  if (services.audit !== undefined) await api.register(auditRoutes, { audit: services.audit });
  if (services.registry !== undefined) await api.register(registryRoutes, services.registry);
  if (services.scanning !== undefined)
    await api.register(scanningRoutes, { service: services.scanning });
  if (services.guard !== undefined) await api.register(guardRoutes, { service: services.guard });
  if (services.privacy !== undefined)
    await api.register(privacyRoutes, { service: services.privacy });
  if (services.datasetPrivacy !== undefined)
    await api.register(datasetPrivacyRoutes, { service: services.datasetPrivacy });
  if (services.fairness !== undefined)
    await api.register(fairnessRoutes, { service: services.fairness });
  if (services.modelEvaluations !== undefined)
    await api.register(modelEvaluationRoutes, { service: services.modelEvaluations });
}
