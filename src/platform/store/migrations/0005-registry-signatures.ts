import type { Migration } from '../migration.js';

/** Signature bundles users attach to registry versions, with the public key that verified them. */
export const registrySignatures: Migration = {
  name: '0005-registry-signatures',
  async up(db) {
    await db.schema
      .createTable('registry_signatures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('version_id', 'text', (c) => c.notNull().references('registry_versions.id'))
      .addColumn('key_id', 'text', (c) => c.notNull())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('bundle', 'text', (c) => c.notNull())
      .addColumn('attached_by', 'text', (c) => c.notNull())
      .addColumn('attached_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('registry_signatures_key', ['version_id', 'key_id'])
      .execute();
  },
};
