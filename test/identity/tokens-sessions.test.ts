import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, buildSecurityApp, type SecurityApp } from './security-app.js';

let clock = Date.UTC(2026, 10, 25, 12);
let t: SecurityApp;

beforeEach(async () => {
  clock = Date.UTC(2026, 10, 25, 12);
  t = await buildSecurityApp({ nowMs: () => clock });
});
afterEach(async () => t.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function auditActions(outcome?: string) {
  await t.security.audit.flush();
  const rows = await t.opened.store.db
    .selectFrom('audit_records')
    .selectAll()
    .orderBy('seq')
    .execute();
  return rows.filter((r) => outcome === undefined || r.outcome === outcome);
}

describe('API tokens', () => {
  it('refuses a viewer token on a write with 403 and audits the denial', async () => {
    const viewer = await t.userWithRole('viewer');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/roles',
      headers: bearer(viewer.token),
      payload: { name: 'x', permissions: ['model:read'] },
    });
    expect([res.statusCode, res.json().error.code]).toEqual([403, 'PERMISSION_DENIED']);
    const denied = await auditActions('denied');
    expect(denied.at(-1)).toMatchObject({
      action: 'access.denied',
      actor_kind: 'token',
      resource_id: 'POST /api/v1/roles',
    });
  });

  it('creates a token for another user with scopes within theirs, shown once and stored hashed', async () => {
    const admin = await t.token(ADMIN.email, ADMIN.password);
    const engineer = await t.userWithRole('ml-engineer');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: bearer(admin),
      payload: {
        name: 'ci',
        user: engineer.email,
        scopes: ['model:read', 'scan:run'],
        expires: '30d',
      },
    });
    expect(created.statusCode).toBe(201);
    const { token, view } = created.json<{
      token: string;
      view: { id: string; scopes: string[]; expiresAt: string };
    }>();
    expect(token).toMatch(/^rmp_[0-9A-Za-z]{43}$/);
    expect(view.scopes).toEqual(['model:read', 'scan:run']);
    expect(Date.parse(view.expiresAt) - clock).toBe(30 * 86_400_000);
    const stored = await t.opened.store.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', view.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(token);
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/tokens?user=${engineer.email}`,
      headers: bearer(admin),
    });
    expect(listed.body).not.toContain(token);

    const tooWide = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: bearer(admin),
      payload: { name: 'x', user: engineer.email, scopes: ['user:manage'] },
    });
    expect(tooWide.json().error.code).toBe('IDENTITY_SCOPES_NOT_ALLOWED');
  });

  it('stops working on the next request after revocation, after expiry and when the owner is disabled', async () => {
    const admin = await t.token(ADMIN.email, ADMIN.password);
    const auditor = await t.userWithRole('auditor');
    const make = async (expires: string) =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/tokens',
          headers: bearer(admin),
          payload: { name: 'n', user: auditor.email, expires },
        })
      ).json<{
        token: string;
        view: { id: string };
      }>();
    const read = (token: string) =>
      t.app.inject({ method: 'GET', url: '/api/v1/audit/keys', headers: bearer(token) });

    const revoked = await make('1d');
    expect((await read(revoked.token)).statusCode).toBe(200);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${revoked.view.id}`,
      headers: bearer(admin),
    });
    expect((await read(revoked.token)).json().error).toMatchObject({ code: 'AUTH_INVALID' });

    const shortLived = await make('1h');
    expect((await read(shortLived.token)).statusCode).toBe(200);
    clock += 3_600_000;
    expect((await read(shortLived.token)).json().error.code).toBe('AUTH_INVALID');

    const other = await make('1d');
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${auditor.email}/disable`,
      headers: bearer(admin),
    });
    expect((await read(other.token)).json().error.code).toBe('AUTH_INVALID');
  });

  it('audits a request without credentials as denied', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/users' });
    expect(res.statusCode).toBe(401);
    expect((await auditActions('denied')).at(-1)).toMatchObject({
      action: 'access.denied',
      actor_kind: 'anonymous',
      resource_id: 'GET /api/v1/users',
      details: '{"reason":"no-credentials"}',
    });
  });

  it('refuses a token in the query string', async () => {
    const admin = await t.token(ADMIN.email, ADMIN.password);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/users?token=${admin}` });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'AUTH_TOKEN_IN_QUERY']);
    const sneaky = await t.app.inject({
      method: 'GET',
      url: `/api/v1/users?q=${admin}`,
      headers: bearer(admin),
    });
    expect(sneaky.json().error.code).toBe('AUTH_TOKEN_IN_QUERY');
  });

  it('follows a role removed from the owner at once', async () => {
    const admin = await t.token(ADMIN.email, ADMIN.password);
    const auditor = await t.userWithRole('auditor');
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/audit/keys',
          headers: bearer(auditor.token),
        })
      ).statusCode,
    ).toBe(200);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/bindings',
      headers: bearer(admin),
      payload: { user: auditor.email, role: 'auditor' },
    });
    expect(removed.statusCode).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/audit/keys',
          headers: bearer(auditor.token),
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('web sessions', () => {
  async function login() {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: ADMIN.email, password: ADMIN.password },
    });
    const setCookie = String(res.headers['set-cookie']);
    return {
      setCookie,
      cookie: setCookie.split(';')[0] as string,
      csrf: res.json<{ csrfToken: string }>().csrfToken,
    };
  }

  it('sets an HttpOnly SameSite=Strict cookie and requires the CSRF token on state changes', async () => {
    const { setCookie, cookie, csrf } = await login();
    expect(setCookie).toMatch(
      /^rampart_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/,
    );
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie } })).statusCode,
    ).toBe(200);
    const body = { name: 'release-manager', permissions: ['model:read', 'model:promote'] };
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/roles',
      headers: { cookie },
      payload: body,
    });
    expect([noCsrf.statusCode, noCsrf.json().error.code]).toEqual([403, 'AUTH_CSRF_FAILED']);
    const wrongCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/roles',
      headers: { cookie, 'x-csrf-token': csrf.slice(1) + 'A' },
      payload: body,
    });
    expect(wrongCsrf.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/roles',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: body,
    });
    expect(ok.statusCode).toBe(201);
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie },
    });
    expect(session.json()).toMatchObject({
      authenticated: true,
      label: ADMIN.email,
      csrfToken: csrf,
    });
  });

  it('ends after the idle timeout and after logout', async () => {
    const first = await login();
    clock += 2 * 3_600_000;
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/users',
          headers: { cookie: first.cookie },
        })
      ).json().error.code,
    ).toBe('AUTH_INVALID');
    const second = await login();
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: second.cookie },
    });
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/users',
          headers: { cookie: second.cookie },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('ends at the absolute lifetime even when used', async () => {
    const { cookie } = await login();
    for (let h = 0; h < 24; h++) {
      clock += 3_600_000 - 1;
      await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie } });
    }
    clock += 24;
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie } })).statusCode,
    ).toBe(401);
  });
});

describe('login throttling', () => {
  const attempt = (email: string, password: string, ip = '203.0.113.9') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password, as: 'token' },
      remoteAddress: ip,
    });

  it('locks an account after 5 failures with 429 and Retry-After, audits every failure, then lets it in', async () => {
    for (let i = 0; i < 5; i++)
      expect((await attempt(ADMIN.email, 'wrong password here')).statusCode).toBe(401);
    const locked = await attempt(ADMIN.email, ADMIN.password, '198.51.100.7');
    expect([locked.statusCode, locked.json().error.code, locked.headers['retry-after']]).toEqual([
      429,
      'IDENTITY_LOGIN_THROTTLED',
      '900',
    ]);
    const failures = (await auditActions('failed')).filter((r) => r.action === 'auth.login');
    expect(failures).toHaveLength(5);
    clock += 15 * 60_000;
    expect((await attempt(ADMIN.email, ADMIN.password)).statusCode).toBe(200);
  });

  it('throttles a client address that tries many accounts', async () => {
    for (let i = 0; i < 20; i++)
      expect((await attempt(`nobody${i}@example.com`, 'guess guess guess')).statusCode).toBe(401);
    const res = await attempt(ADMIN.email, ADMIN.password);
    expect([res.statusCode, res.json().error.code]).toEqual([429, 'IDENTITY_LOGIN_THROTTLED']);
    expect((await attempt(ADMIN.email, ADMIN.password, '192.0.2.44')).statusCode).toBe(200);
  });
});
