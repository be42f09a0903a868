import type { Migration } from '../migration.js';

/** Long-lived platform secrets (e.g. the privacy operators' key), wrapped by the master key. */
export const platformSecrets: Migration = {
  name: '0007-platform-secrets',
  async up(db) {
    await db.schema
      .createTable('platform_secrets')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('kek_id', 'text', (c) => c.notNull())
      .addColumn('kek_version', 'integer', (c) => c.notNull())
      .addColumn('wrapped', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
