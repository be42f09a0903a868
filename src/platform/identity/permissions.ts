/**
 * Every permission the platform knows, as `resource:action`. A route declares one of these (or
 * `public`); roles grant them. Add a domain's permissions here when the domain lands, and its row
 * to docs/rbac.md.
 */
export const PERMISSIONS = [
  'model:read',
  'model:write',
  'model:download',
  'model:promote',
  'model:delete',
  'model:quarantine',
  'dataset:read',
  'dataset:write',
  'dataset:download',
  'dataset:promote',
  'dataset:delete',
  'dataset:quarantine',
  'scan:run',
  'pii:scan',
  'pii:mask',
  'guard:check',
  'fairness:run',
  'audit:read',
  'user:manage',
  'token:manage',
  'role:manage',
  'project:manage',
  'system:read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
