import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES } from '../../src/platform/identity/roles.js';
import { buildSecurityApp, registeredRoutes, type SecurityApp } from './security-app.js';

// Routes that need no identity, each on purpose: probes, docs, the login page's calls.
const PUBLIC_ROUTES = new Set([
  'GET /',
  'GET /healthz',
  'GET /metrics',
  'GET /readyz',
  'GET /api/v1/openapi.json',
  'GET /api/v1/status',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'GET /api/v1/auth/session',
]);

const rbacDoc = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/rbac.md'),
  'utf8',
);

/** docs/rbac.md's role × permission table as role → granted permissions. */
function documentedGrants(): Map<string, Set<string>> {
  const lines = rbacDoc
    .slice(rbacDoc.indexOf('<!-- rbac-table:start -->'), rbacDoc.indexOf('<!-- rbac-table:end -->'))
    .split('\n');
  const header = (lines.find((l) => l.startsWith('| permission')) ?? '')
    .split('|')
    .map((c) => c.trim())
    .slice(2, -1);
  const grants = new Map(header.map((role) => [role, new Set<string>()]));
  for (const line of lines.filter((l) => l.startsWith('| `'))) {
    const cells = line
      .split('|')
      .map((c) => c.trim())
      .slice(1, -1);
    const permission = (cells[0] as string).replace(/`/g, '');
    header.forEach((role, i) => {
      if (cells[i + 1] === '✓') grants.get(role)?.add(permission);
    });
  }
  return grants;
}

const concrete = (url: string) =>
  url
    .replace(/:seq/g, '0')
    .replace(/:email/g, 'nobody@example.com')
    .replace(/:[A-Za-z]+/g, 'x')
    .replace(/\*/g, 'x');

describe('every registered route', () => {
  let t: SecurityApp;
  beforeAll(async () => {
    t = await buildSecurityApp();
  });
  afterAll(async () => t.close());

  it('declares a permission, and only the known public routes are public', async () => {
    const routes = registeredRoutes(t.app).filter(([, url]) => !url.startsWith('/api/docs'));
    expect(routes.length).toBeGreaterThan(20);
    for (const [method, url] of routes) {
      const res = await t.app.inject({ method: method as 'GET', url: concrete(url) });
      const permission = t.declared.get(`${method} ${url}`);
      expect({ route: `${method} ${url}`, declared: permission !== undefined }).toEqual({
        route: `${method} ${url}`,
        declared: true,
      });
      if (permission === 'public') {
        expect(PUBLIC_ROUTES.has(`${method} ${url}`), `${method} ${url} is public`).toBe(true);
      } else {
        expect({ route: `${method} ${url}`, status: res.statusCode }).toEqual({
          route: `${method} ${url}`,
          status: 401,
        });
      }
    }
  });

  it('lets each built-in role through exactly the routes docs/rbac.md grants it', async () => {
    const grants = documentedGrants();
    expect([...grants.keys()]).toEqual(BUILT_IN_ROLES.map((r) => r.name));
    const routes = registeredRoutes(t.app).filter(
      ([m, url]) => url.startsWith('/api/v1') && !PUBLIC_ROUTES.has(`${m} ${url}`),
    );
    expect(routes.length).toBeGreaterThan(20);
    for (const [role, granted] of grants) {
      const { token } = await t.userWithRole(role);
      for (const [method, url] of routes) {
        const res = await t.app.inject({
          method: method as 'GET',
          url: concrete(url),
          headers: { authorization: `Bearer ${token}` },
        });
        // Read after the request: the hook records each route's declaration as it runs.
        const permission = t.declared.get(`${method} ${url}`) as string;
        expect(permission).toBeDefined();
        const refused = res.statusCode === 403 && res.json().error.code === 'PERMISSION_DENIED';
        expect({ role, route: `${method} ${url}`, permission, refused }).toEqual({
          role,
          route: `${method} ${url}`,
          permission,
          refused: !granted.has(permission),
        });
      }
    }
  });
});
