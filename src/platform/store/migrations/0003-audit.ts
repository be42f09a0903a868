import { columnTypes, type Migration } from '../migration.js';

/** The Merkle audit log: records, stored complete-subtree hashes, the head, checkpoints, signing keys. */
export const audit: Migration = {
  name: '0003-audit',
  async up(db, { dialect }) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('audit_records')
      .addColumn('seq', t.bigint, (c) => c.primaryKey())
      .addColumn('time', 'text', (c) => c.notNull())
      .addColumn('actor_kind', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('actor_label', 'text', (c) => c.notNull())
      .addColumn('client_ip', 'text')
      .addColumn('user_agent', 'text')
      .addColumn('request_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('resource_type', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text')
      .addColumn('project', 'text')
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('leaf_hash', 'text', (c) => c.notNull())
      .execute();
    for (const [name, columns] of [
      ['audit_records_time', ['time']],
      ['audit_records_actor', ['actor_id']],
      ['audit_records_action', ['action']],
      ['audit_records_resource', ['resource_type', 'resource_id']],
      ['audit_records_project', ['project']],
    ] as const) {
      await db.schema
        .createIndex(name)
        .on('audit_records')
        .columns([...columns])
        .execute();
    }
    // Complete subtree [idx·2^level, (idx+1)·2^level): proofs read O(log n) of these.
    await db.schema
      .createTable('audit_tree_nodes')
      .addColumn('level', 'integer', (c) => c.notNull())
      .addColumn('idx', t.bigint, (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('audit_tree_nodes_pk', ['level', 'idx'])
      .execute();
    // One row (id 1): the tree size and root; appends lock it, so replicas append in turn.
    await db.schema
      .createTable('audit_head')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('size', t.bigint, (c) => c.notNull())
      .addColumn('root_hash', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db
      .insertInto('audit_head')
      .values({
        id: 1,
        size: 0,
        root_hash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        updated_at: new Date().toISOString(),
      })
      .execute();
    await db.schema
      .createTable('audit_checkpoints')
      .addColumn('id', t.autoId, (c) =>
        dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn('tree_size', t.bigint, (c) => c.notNull())
      .addColumn('root_hash', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    // The log's Ed25519 signing keys; `active` marks the one in use, older ones stay to verify.
    await db.schema
      .createTable('audit_keys')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('signer_key', 'text', (c) => c.notNull())
      .addColumn('verifier_key', 'text', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
