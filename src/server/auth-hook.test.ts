import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../platform/config/index.js';
import { createLogger } from '../platform/log/logger.js';
import { readCookie } from '../platform/identity/session-cookie.js';
import { openTestStore, type TestStore } from '../../test/support/dialects.js';
import { openSecurity } from './auth-hook.js';
import { buildApp } from './build-app.js';

describe('openSecurity', () => {
  let ts: TestStore;
  beforeEach(async () => {
    ts = await openTestStore('sqlite');
  });
  afterEach(async () => ts.cleanup());

  const open = (env: Record<string, string> = {}) =>
    openSecurity({
      config: loadConfig({ env: { RAMPART_DATA_DIR: ts.dataDir, ...env }, cwd: ts.dataDir }),
      db: ts.store.db,
      logger: createLogger({ level: 'silent' }),
    });

  it('creates the first admin from the configured email and password, once', async () => {
    const first = await open({
      RAMPART_ADMIN_EMAIL: 'ops@example.com',
      RAMPART_ADMIN_PASSWORD: 'a long and unusual passphrase',
    });
    expect(first.firstRunAdmin).toEqual({ email: 'ops@example.com' });
    await first.close();
    const again = await open({ RAMPART_ADMIN_EMAIL: 'other@example.com' });
    expect(again.firstRunAdmin).toBeUndefined();
    await again.close();
  });

  it('generates a password for the first admin when none is configured, usable for the web login', async () => {
    const security = await open();
    const admin = security.firstRunAdmin;
    expect(admin).toMatchObject({
      email: 'admin@localhost',
      generatedPassword: expect.stringMatching(/^[0-9A-Za-z]{8}-[0-9A-Za-z]{8}-[0-9A-Za-z]{8}$/),
    });
    const app = await buildApp({
      config: loadConfig({ env: { RAMPART_DATA_DIR: ts.dataDir }, cwd: ts.dataDir }),
      store: ts.store,
      logger: createLogger({ level: 'silent' }),
      version: 'test',
      services: security.services,
      authHook: security.authHook,
      webRoot: undefined,
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin?.email, password: admin?.generatedPassword },
    });
    expect(login.statusCode).toBe(200);
    const cookie = readCookie(String(login.headers['set-cookie']).split(';')[0], 'rampart_session');
    const users = await app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { cookie: `rampart_session=${cookie ?? ''}` },
    });
    expect(users.json()).toEqual([
      expect.objectContaining({ email: 'admin@localhost', status: 'active' }),
    ]);
    await app.close();
    await security.close();
  });
});

describe('readCookie', () => {
  it('finds a cookie among others and ignores empty values', () => {
    expect(readCookie('a=1; rampart_session=abc; b=2', 'rampart_session')).toBe('abc');
    expect(readCookie('rampart_session=; a=1', 'rampart_session')).toBeUndefined();
    expect(readCookie(undefined, 'x')).toBeUndefined();
  });
});
