import type { Migration } from '../migration.js';

/** Instance-wide key/value facts (instance id, creation time). */
export const platformMeta: Migration = {
  name: '0001-platform-meta',
  async up(db) {
    await db.schema
      .createTable('platform_meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
};
