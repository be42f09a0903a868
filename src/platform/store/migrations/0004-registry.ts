import { columnTypes, type Migration } from '../migration.js';

/**
 * The registry: assets (models and datasets), immutable numbered versions with their files,
 * lineage between versions, stages with their move history.
 */
export const registry: Migration = {
  name: '0004-registry',
  async up(db, { dialect }) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('registry_assets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('project', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('risk_tier', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .addUniqueConstraint('registry_assets_name', ['project', 'kind', 'name'])
      .execute();
    await db.schema
      .createTable('registry_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('asset_id', 'text', (c) => c.notNull().references('registry_assets.id'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('status_reason', 'text')
      .addColumn('scan_status', 'text', (c) => c.notNull())
      .addColumn('scan_findings', 'text', (c) => c.notNull())
      .addColumn('metadata', 'text', (c) => c.notNull())
      .addColumn('manifest_digest', 'text', (c) => c.notNull())
      .addColumn('total_bytes', t.bigint, (c) => c.notNull())
      .addColumn('signature', 'text', (c) => c.notNull())
      .addColumn('signer_key_id', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .addUniqueConstraint('registry_versions_number', ['asset_id', 'number'])
      .execute();
    await db.schema
      .createTable('registry_files')
      .addColumn('version_id', 'text', (c) => c.notNull().references('registry_versions.id'))
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('size', t.bigint, (c) => c.notNull())
      .addPrimaryKeyConstraint('registry_files_pk', ['version_id', 'path'])
      .execute();
    await db.schema
      .createIndex('registry_files_sha256')
      .on('registry_files')
      .column('sha256')
      .execute();
    await db.schema
      .createTable('registry_lineage')
      .addColumn('version_id', 'text', (c) => c.notNull().references('registry_versions.id'))
      .addColumn('input_version_id', 'text', (c) => c.notNull().references('registry_versions.id'))
      .addColumn('relation', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('registry_lineage_pk', [
        'version_id',
        'input_version_id',
        'relation',
      ])
      .execute();
    await db.schema
      .createTable('registry_stages')
      .addColumn('asset_id', 'text', (c) => c.notNull().references('registry_assets.id'))
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('version_id', 'text', (c) => c.notNull().references('registry_versions.id'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('registry_stages_pk', ['asset_id', 'stage'])
      .execute();
    await db.schema
      .createTable('registry_stage_history')
      .addColumn('id', t.autoId, (c) =>
        dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn('asset_id', 'text', (c) => c.notNull().references('registry_assets.id'))
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('from_version_id', 'text')
      .addColumn('to_version_id', 'text')
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('registry_stage_history_asset')
      .on('registry_stage_history')
      .columns(['asset_id', 'stage', 'id'])
      .execute();
  },
};
