import type { Migration } from '../migration.js';

/**
 * The scanner policy (rule-set) version that produced each registry version's scan result, so a
 * policy bump can find and rescan the versions scanned under an older one. Null for versions
 * scanned before this column existed and for unscanned ones.
 */
export const registryScanPolicy: Migration = {
  name: '0006-registry-scan-policy',
  async up(db) {
    await db.schema.alterTable('registry_versions').addColumn('scan_policy', 'text').execute();
  },
};
