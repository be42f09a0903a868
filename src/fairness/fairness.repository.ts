import type { Kysely } from 'kysely';
import type { Database } from '../platform/store/database.js';

export type EvaluationKind = 'fairness' | 'explanation';

interface ModelEvaluationsTable {
  project: string;
  model: string;
  version: number;
  kind: string;
  result: string;
  card_section: string;
  created_by: string;
  created_at: string;
}

declare module '../platform/store/database.js' {
  interface Database {
    model_evaluations: ModelEvaluationsTable;
  }
}

export interface StoredEvaluation {
  readonly kind: EvaluationKind;
  readonly version: number;
  readonly result: unknown;
  /** Markdown section for the model card. */
  readonly cardSection: string;
  readonly createdBy: string;
  readonly createdAt: string;
}

/** SQL for the fairness domain: evaluations attached to model versions (latest per kind). */
export class FairnessRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async save(project: string, model: string, row: StoredEvaluation): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('model_evaluations')
        .where('project', '=', project)
        .where('model', '=', model)
        .where('version', '=', row.version)
        .where('kind', '=', row.kind)
        .execute();
      await trx
        .insertInto('model_evaluations')
        .values({
          project,
          model,
          version: row.version,
          kind: row.kind,
          result: JSON.stringify(row.result),
          card_section: row.cardSection,
          created_by: row.createdBy,
          created_at: row.createdAt,
        })
        .execute();
    });
  }

  async list(project: string, model: string, version: number): Promise<StoredEvaluation[]> {
    const rows = await this.db
      .selectFrom('model_evaluations')
      .selectAll()
      .where('project', '=', project)
      .where('model', '=', model)
      .where('version', '=', version)
      .orderBy('kind')
      .execute();
    return rows.map((r) => ({
      kind: r.kind as EvaluationKind,
      version: r.version,
      result: JSON.parse(r.result) as unknown,
      cardSection: r.card_section,
      createdBy: r.created_by,
      createdAt: r.created_at,
    }));
  }
}
