import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, redactUrl, type Migration } from '../../../src/platform/store/index.js';
import { migrations } from '../../../src/platform/store/migrations/index.js';
import { dialects, type TestStore } from '../../support/dialects.js';

describe.each(dialects)('openStore on $name', (dialect) => {
  let opened: TestStore | undefined;
  afterEach(async () => {
    await opened?.cleanup();
    opened = undefined;
  });

  it('applies every migration at open and reports none pending', async () => {
    opened = await dialect.open();
    const status = await opened.store.migrationStatus();
    expect(status).toEqual({ applied: migrations.map((m) => m.name), pending: [] });
  });

  it('is idempotent when reopened on the same database', async () => {
    opened = await dialect.open();
    const again = await openStore(opened.options);
    expect((await again.migrationStatus()).pending).toEqual([]);
    await again.close();
  });

  it('refuses a database that has a migration this version does not know', async () => {
    opened = await dialect.open();
    const future: Migration = { name: '9999-future', up: async () => undefined };
    const newer = await openStore({ ...opened.options, migrations: [...migrations, future] });
    await newer.close();
    await expect(openStore(opened.options)).rejects.toMatchObject({
      code: 'DATABASE_NEWER_THAN_APP',
    });
  });

  it('rolls back a failing migration and reports DATABASE_MIGRATION_FAILED', async () => {
    opened = await dialect.open();
    const broken: Migration = {
      name: '0999-broken',
      async up(db) {
        await db.schema.createTable('half_made').addColumn('id', 'text').execute();
        await sql`select * from table_that_does_not_exist`.execute(db);
      },
    };
    await expect(
      openStore({ ...opened.options, migrations: [...migrations, broken] }),
    ).rejects.toMatchObject({
      code: 'DATABASE_MIGRATION_FAILED',
    });
    const tables = await opened.store.db.introspection.getTables();
    expect(tables.map((t) => t.name)).not.toContain('half_made');
  });

  it('round-trips a row through the platform_meta table', async () => {
    opened = await dialect.open();
    const db = opened.store.db.withTables<{ platform_meta: { key: string; value: string } }>();
    await db.insertInto('platform_meta').values({ key: 'k', value: 'v' }).execute();
    expect(
      await db.selectFrom('platform_meta').selectAll().where('key', '=', 'k').execute(),
    ).toEqual([{ key: 'k', value: 'v' }]);
  });
});

describe('openStore errors', () => {
  it('reports an unreachable PostgreSQL URL as DATABASE_UNREACHABLE without the password', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rampart-test-'));
    const attempt = openStore({ dataDir, url: 'postgres://bob:hunter2@127.0.0.1:1/nowhere' });
    await expect(attempt).rejects.toMatchObject({ code: 'DATABASE_UNREACHABLE' });
    await attempt.catch((err: unknown) => expect((err as Error).message).not.toContain('hunter2'));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.skipIf(process.getuid?.() === 0)(
    'reports an unwritable data directory as DATA_DIR_NOT_WRITABLE',
    async () => {
      const parent = mkdtempSync(path.join(tmpdir(), 'rampart-test-'));
      chmodSync(parent, 0o500);
      await expect(openStore({ dataDir: path.join(parent, 'data') })).rejects.toMatchObject({
        code: 'DATA_DIR_NOT_WRITABLE',
      });
      chmodSync(parent, 0o700);
      rmSync(parent, { recursive: true, force: true });
    },
  );

  it('reports a data directory that is a file as DATA_DIR_NOT_WRITABLE', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'rampart-test-'));
    const file = path.join(parent, 'file');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, 'x'));
    await expect(openStore({ dataDir: path.join(file, 'sub') })).rejects.toMatchObject({
      code: 'DATA_DIR_NOT_WRITABLE',
    });
    rmSync(parent, { recursive: true, force: true });
  });

  it('redacts passwords from URLs', () => {
    expect(redactUrl('postgres://bob:hunter2@db:5432/x')).toBe('postgres://bob@db:5432/x');
  });
});

describe('migrations index', () => {
  it('lists every migration file of the folder once, in name order', () => {
    const dir = path.resolve('src/platform/store/migrations');
    const files = readdirSync(dir)
      .filter((f) => /^\d{4}-.*\.ts$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(migrations.map((m) => m.name)).toEqual(files);
  });
});
