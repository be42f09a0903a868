import type { Migration } from '../migration.js';

/** Fairness audits and explanations attached to model versions (results and model-card text). */
export const modelEvaluations: Migration = {
  name: '0009-model-evaluations',
  async up(db) {
    await db.schema
      .createTable('model_evaluations')
      .addColumn('project', 'text', (c) => c.notNull())
      .addColumn('model', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('result', 'text', (c) => c.notNull())
      .addColumn('card_section', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('model_evaluations_pk', ['project', 'model', 'version', 'kind'])
      .execute();
  },
};
