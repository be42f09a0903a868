import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';
import { ADMIN, buildSecurityApp, type SecurityApp } from './security-app.js';

describe('admin commands offline against --data-dir', () => {
  let dir: string;
  const run = (...args: string[]) => cli(['--data-dir', dir, ...args]);
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'rampart-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a user with a generated password printed once, and lists it', async () => {
    const created = await run(
      'users',
      'create',
      '--email',
      'Viewer@Example.com',
      '--role',
      'viewer',
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(
      /Created viewer@example.com with role viewer\.\nPassword \(shown once\): [0-9A-Za-z]{8}-[0-9A-Za-z]{8}-[0-9A-Za-z]{8}\n/,
    );
    const listed = await run('--json', 'users', 'list');
    expect((JSON.parse(listed.stdout) as { email: string }[]).map((u) => u.email)).toEqual([
      'viewer@example.com',
    ]);
  });

  it('creates roles, bindings and tokens, and refuses a weak password', async () => {
    expect(
      (await run('users', 'create', '--email', 'viewer@example.com', '--role', 'viewer')).code,
    ).toBe(0);
    expect(
      (
        await run(
          'roles',
          'create',
          '--name',
          'promoter',
          '--permissions',
          'model:read,model:promote',
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await run(
          'bindings',
          'add',
          '--user',
          'viewer@example.com',
          '--role',
          'promoter',
          '--project',
          'default',
        )
      ).code,
    ).toBe(0);
    const token = await run(
      'tokens',
      'create',
      '--name',
      'ci',
      '--user',
      'viewer@example.com',
      '--scopes',
      'model:read',
      '--expires',
      '30d',
    );
    expect([token.code, token.stdout]).toEqual([
      0,
      expect.stringMatching(/^rmp_[0-9A-Za-z]{43}\n$/),
    ]);
    const tokens = JSON.parse((await run('--json', 'tokens', 'list')).stdout) as {
      id: string;
      scopes: string[];
    }[];
    expect(tokens.map((t) => t.scopes)).toEqual([['model:read']]);
    expect((await run('tokens', 'revoke', tokens[0]?.id as string)).code).toBe(0);
    const weak = await run(
      'users',
      'create',
      '--email',
      'w@example.com',
      '--password',
      'qwerty123456',
    );
    expect([weak.code, weak.stderr]).toEqual([
      2,
      expect.stringContaining('IDENTITY_PASSWORD_WEAK'),
    ]);
  });

  it('shows the log, verifies it, and names the record edited by hand', async () => {
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
      expect((await run('users', 'create', '--email', email, '--role', 'viewer')).code).toBe(0);
    }
    const log = JSON.parse(
      (await run('--json', 'audit', 'log', '--action', 'user.create')).stdout,
    ) as { seq: number; actorKind: string }[];
    expect(log.map((r) => r.actorKind)).toEqual(['system', 'system', 'system']);
    expect((await run('audit', 'checkpoint')).stdout).toMatch(
      /^rampart\.audit\/[0-9a-f]{8}\n\d+\n[A-Za-z0-9+/]{43}=\n\n\u2014 rampart\.audit\/[0-9a-f]{8} \S+\n$/,
    );
    const ok = await run('audit', 'verify');
    expect([ok.code, ok.stdout]).toEqual([
      0,
      expect.stringMatching(/^ok \d+ records, 1 checkpoints verified/),
    ]);

    const db = new SqliteDatabase(path.join(dir, 'rampart.db'));
    db.prepare("update audit_records set actor_label = 'someone else' where seq = 1").run();
    db.close();
    const bad = await run('audit', 'verify');
    expect([bad.code, bad.stdout.split('\n')[0]]).toEqual([
      1,
      'FAILED record 1 does not match its leaf hash (edited)',
    ]);
    expect(bad.stdout).toContain('also: checkpoint 1');
  });
});

describe('admin commands online against --server', () => {
  let t: SecurityApp;
  let url: string;
  let home: string;
  let realHome: string | undefined;
  beforeAll(async () => {
    t = await buildSecurityApp();
    url = await t.app.listen({ host: '127.0.0.1', port: 0 });
    home = mkdtempSync(path.join(tmpdir(), 'rampart-home-'));
    // `rampart login` writes under the user's home directory; keep it out of the real one.
    realHome = process.env['HOME'];
    process.env['HOME'] = home;
  });
  afterAll(async () => {
    if (realHome === undefined) delete process.env['HOME'];
    else process.env['HOME'] = realHome;
    await t.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('logs in, stores the token 0600, and runs users, tokens and audit verify through the API', async () => {
    const env = { HOME: home, RAMPART_SERVER: url };
    const login = await cli(['login', '--email', ADMIN.email, '--password', ADMIN.password], env);
    expect(login.code).toBe(0);
    const { statSync } = await import('node:fs');
    expect(statSync(path.join(home, '.config', 'rampart', 'credentials.json')).mode & 0o777).toBe(
      0o600,
    );
    // The stored login authenticates the next commands; RAMPART_TOKEN works as well.
    const created = await cli(
      ['--json', 'users', 'create', '--email', 'dana@example.com', '--role', 'auditor'],
      env,
    );
    const token = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { ...ADMIN, as: 'token' },
      })
    ).json().token as string;
    expect(JSON.parse(created.stdout)).toMatchObject({
      user: { email: 'dana@example.com' },
      generatedPassword: expect.any(String),
    });
    expect((await cli(['audit', 'checkpoint'], { ...env, RAMPART_TOKEN: token })).code).toBe(0);
    const verified = await cli(['--json', 'audit', 'verify'], { ...env, RAMPART_TOKEN: token });
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, checkpoints: 1 });
    process.env['HOME'] = mkdtempSync(path.join(tmpdir(), 'rampart-empty-'));
    const noToken = await cli(['users', 'list'], { RAMPART_SERVER: url });
    expect([noToken.code, noToken.stderr]).toEqual([
      1,
      expect.stringContaining('IDENTITY_CLI_NOT_LOGGED_IN'),
    ]);
  });
});
