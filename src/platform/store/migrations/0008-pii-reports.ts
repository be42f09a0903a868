import type { Migration } from '../migration.js';

/** The PII report of a dataset version: per file, per column types and counts (never values). */
export const piiReports: Migration = {
  name: '0008-pii-reports',
  async up(db) {
    await db.schema
      .createTable('pii_reports')
      .addColumn('project', 'text', (c) => c.notNull())
      .addColumn('dataset', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('report', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('pii_reports_pk', ['project', 'dataset', 'version'])
      .execute();
  },
};
