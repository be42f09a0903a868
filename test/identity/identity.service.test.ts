import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSecurityServices,
  type SecurityServices,
} from '../../src/platform/identity/index.js';
import { PERMISSIONS } from '../../src/platform/identity/permissions.js';
import { systemActor } from '../../src/platform/identity/actor.js';
import { dialects, type TestStore } from '../support/dialects.js';

const operator = systemActor(PERMISSIONS);

describe.each(dialects)('IdentityService on $name', (dialect) => {
  let ts: TestStore;
  let s: SecurityServices;
  beforeEach(async () => {
    ts = await dialect.open();
    s = createSecurityServices({ db: ts.store.db });
  });
  afterEach(async () => {
    await s.close();
    await ts.cleanup();
  });

  it('creates the first admin once, with a generated password when none is configured', async () => {
    const first = await s.identity.bootstrapAdmin({ email: 'root@example.com' });
    expect(first).toMatchObject({ created: true, email: 'root@example.com' });
    expect(first.created && first.generatedPassword?.length).toBe(26);
    expect(await s.identity.bootstrapAdmin({ email: 'other@example.com' })).toEqual({
      created: false,
    });
    const login = await s.authenticator.login({
      email: 'root@example.com',
      password: (first as { generatedPassword: string }).generatedPassword,
      as: 'token',
      client: {},
    });
    expect(login.token?.token).toMatch(/^rmp_/);
  });

  it('seeds the default project', async () => {
    const rows = await ts.store.db.selectFrom('projects').select('id').execute();
    expect(rows.map((r) => r.id)).toEqual(['default']);
  });

  it('refuses a weak configured admin password and an unknown role', async () => {
    await expect(
      s.identity.bootstrapAdmin({ email: 'a@example.com', password: 'password123!' }),
    ).rejects.toMatchObject({ code: 'IDENTITY_PASSWORD_WEAK' });
    await expect(
      s.identity.createUser(operator, { email: 'b@example.com', role: 'wizard' }),
    ).rejects.toMatchObject({ code: 'IDENTITY_ROLE_NOT_FOUND' });
    await expect(s.identity.createUser(operator, { email: 'not-an-email' })).rejects.toMatchObject({
      code: 'IDENTITY_EMAIL_INVALID',
    });
  });

  it('will not disable or unbind the last admin', async () => {
    await s.identity.bootstrapAdmin({ email: 'root@example.com' });
    await expect(s.identity.disableUser(operator, 'root@example.com')).rejects.toMatchObject({
      code: 'IDENTITY_LAST_ADMIN',
    });
    await expect(
      s.identity.removeBinding(operator, { subject: { user: 'root@example.com' }, role: 'admin' }),
    ).rejects.toMatchObject({ code: 'IDENTITY_LAST_ADMIN' });
  });

  it('resolves project bindings and custom roles into actor permissions', async () => {
    await s.identity.createRole(operator, {
      name: 'promoter',
      permissions: ['model:read', 'model:promote'],
    });
    await s.identity.createUser(operator, {
      email: 'p@example.com',
      role: 'promoter',
      project: 'default',
      password: 'seven purple hedgehogs dance',
    });
    const user = await s.identity.repo.userByEmail('p@example.com');
    const actor = await s.identity.resolver.actorForUser(user as NonNullable<typeof user>);
    expect([...actor.permissions]).toEqual([]);
    expect([...(actor.projectPermissions?.get('default') ?? [])].sort()).toEqual([
      'model:promote',
      'model:read',
    ]);
  });

  it('writes one audit record per change and a denied record for a refused caller', async () => {
    const nobody = systemActor([]);
    await expect(s.identity.listUsers(nobody)).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await s.identity.createUser(operator, { email: 'c@example.com', role: 'viewer' });
    await s.audit.flush();
    const rows = await ts.store.db
      .selectFrom('audit_records')
      .select(['action', 'outcome'])
      .orderBy('seq')
      .execute();
    expect(rows).toEqual([
      { action: 'user.list', outcome: 'denied' },
      { action: 'user.create', outcome: 'allowed' },
    ]);
  });
});
