import { columnTypes, type Migration } from '../migration.js';

/** Users, projects (with `default`), custom roles, role bindings, API tokens, sessions, login attempts. */
export const identity: Migration = {
  name: '0002-identity',
  async up(db, { dialect }) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('projects')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db
      .insertInto('projects')
      .values({
        id: 'default',
        description: 'Takes everything created without --project.',
        created_at: new Date().toISOString(),
      })
      .execute();
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('roles')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('permissions', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('role_bindings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subject_kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      // '*' for a global binding, else a project id (NULL would defeat the unique constraint).
      .addColumn('project', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('role_bindings_unique', [
        'subject_kind',
        'subject_id',
        'role',
        'project',
      ])
      .execute();
    await db.schema
      .createIndex('role_bindings_subject')
      .on('role_bindings')
      .columns(['subject_kind', 'subject_id'])
      .execute();
    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('scopes', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('last_used_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('csrf_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createTable('login_attempts')
      .addColumn('id', t.autoId, (c) =>
        dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn('account', 'text', (c) => c.notNull())
      .addColumn('client_ip', 'text', (c) => c.notNull())
      .addColumn('time_ms', t.bigint, (c) => c.notNull())
      .addColumn('succeeded', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('login_attempts_account')
      .on('login_attempts')
      .columns(['account', 'time_ms'])
      .execute();
    await db.schema
      .createIndex('login_attempts_client')
      .on('login_attempts')
      .columns(['client_ip', 'time_ms'])
      .execute();
  },
};
