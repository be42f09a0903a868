export { type Actor, systemActor, hasPermission } from './actor.js';
export { PERMISSIONS, isPermission, type Permission } from './permissions.js';
export { requirePermission, PermissionDenied } from './require-permission.js';
export { IdentityService, normalizeEmail } from './identity.service.js';
export { Authenticator, csrfTokenFor } from './authenticator.js';
export { identityRoutes, type IdentityRoutesOptions } from './identity.routes.js';
export { BUILT_IN_ROLES, renderRbacTable } from './roles.js';
export * from './identity.errors.js';

export { createSecurityServices, type SecurityServices } from './security-services.js';
export { openAdminBackend, type AdminBackend } from './admin-backend.js';
