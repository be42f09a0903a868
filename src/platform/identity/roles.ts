import { PERMISSIONS, type Permission } from './permissions.js';

/** A role's grant rules: exact permissions, or `resource:*`, `*:action` and `*` patterns. */
export interface RoleDefinition {
  readonly name: string;
  readonly description: string;
  readonly grants: readonly string[];
  /** Permissions removed again after the grants are expanded. */
  readonly excludes?: readonly string[];
}

/**
 * The built-in roles, by job responsibility. Patterns keep a role meaningful when a domain adds
 * permissions (a new `incident:read` reaches every role granted `*:read`); docs/rbac.md is the
 * expanded table and a test fails when the two drift apart.
 */
export const BUILT_IN_ROLES: readonly RoleDefinition[] = [
  {
    name: 'admin',
    description: 'Everything, including users, roles, tokens and projects.',
    grants: ['*'],
  },
  {
    name: 'security-analyst',
    description:
      'Investigates: reads everything, scans, checks prompts, reads the audit log, responds to incidents.',
    grants: [
      '*:read',
      'model:download',
      'dataset:download',
      '*:quarantine',
      'scan:*',
      'pii:scan',
      'guard:*',
      'fairness:run',
      'incident:*',
      'alert:*',
      'playbook:*',
      'intel:*',
    ],
  },
  {
    name: 'ml-engineer',
    description: 'Ships models: registers, scans, promotes and downloads them; reads datasets.',
    grants: [
      'model:read',
      'model:write',
      'model:download',
      'model:promote',
      'dataset:read',
      'dataset:download',
      'scan:run',
      'guard:check',
      'pii:scan',
      'fairness:run',
    ],
  },
  {
    name: 'data-scientist',
    description:
      'Works with data: manages datasets, masks PII, runs fairness analyses; reads models.',
    grants: [
      'dataset:read',
      'dataset:write',
      'dataset:download',
      'model:read',
      'model:download',
      'pii:scan',
      'pii:mask',
      'fairness:run',
      'scan:run',
    ],
  },
  {
    name: 'auditor',
    description: 'Read-only access to everything, plus the audit log.',
    grants: ['*:read'],
  },
  {
    name: 'viewer',
    description: 'Reads model and dataset metadata; nothing else.',
    grants: ['model:read', 'dataset:read'],
  },
];

/** Expands grant patterns over `known` (default: every permission), minus the excludes. */
export function expandGrants(
  grants: readonly string[],
  options: { excludes?: readonly string[]; known?: readonly string[] } = {},
): Permission[] {
  const known = (options.known ?? PERMISSIONS) as readonly Permission[];
  const excluded = new Set(options.excludes ?? []);
  return known.filter((p) => !excluded.has(p) && grants.some((g) => grantMatches(g, p)));
}

/** True when grant `pattern` (`*`, `res:*`, `*:act` or exact) covers `permission`. */
export function grantMatches(pattern: string, permission: string): boolean {
  if (pattern === '*' || pattern === permission) return true;
  const [pRes, pAct] = pattern.split(':');
  const [res, act] = permission.split(':');
  return (pRes === '*' && pAct === act) || (pAct === '*' && pRes === res);
}

/** The permissions of a built-in role, or undefined when `name` is not built in. */
export function builtInRolePermissions(name: string): Permission[] | undefined {
  const role = BUILT_IN_ROLES.find((r) => r.name === name);
  return role === undefined
    ? undefined
    : expandGrants(role.grants, role.excludes ? { excludes: role.excludes } : {});
}

/** True for the names of built-in roles, which cannot be redefined or deleted. */
export function isBuiltInRole(name: string): boolean {
  return BUILT_IN_ROLES.some((r) => r.name === name);
}

/**
 * The role × permission table as it appears in docs/rbac.md (Markdown, one row per permission,
 * one column per built-in role, ✓ where granted).
 */
export function renderRbacTable(): string {
  const expanded = BUILT_IN_ROLES.map((r) => new Set(builtInRolePermissions(r.name)));
  const header = `| permission | ${BUILT_IN_ROLES.map((r) => r.name).join(' | ')} |`;
  const rule = `| --- |${BUILT_IN_ROLES.map(() => ' :-: |').join('')}`;
  const rows = PERMISSIONS.map(
    (p) => `| \`${p}\` | ${expanded.map((set) => (set.has(p) ? '✓' : ' ')).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}
