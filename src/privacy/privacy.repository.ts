import type { Kysely } from 'kysely';
import type { Database } from '../platform/store/database.js';

interface PiiReportsTable {
  project: string;
  dataset: string;
  version: number;
  report: string;
  created_by: string;
  created_at: string;
}

declare module '../platform/store/database.js' {
  interface Database {
    pii_reports: PiiReportsTable;
  }
}

export interface StoredPiiReport {
  readonly project: string;
  readonly dataset: string;
  readonly version: number;
  readonly report: unknown;
  readonly createdBy: string;
  readonly createdAt: string;
}

/** SQL for the privacy domain: PII reports stored with dataset versions. */
export class PrivacyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores (or replaces) the report of one dataset version. */
  async saveReport(row: StoredPiiReport): Promise<void> {
    const values = {
      project: row.project,
      dataset: row.dataset,
      version: row.version,
      report: JSON.stringify(row.report),
      created_by: row.createdBy,
      created_at: row.createdAt,
    };
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('pii_reports')
        .where('project', '=', row.project)
        .where('dataset', '=', row.dataset)
        .where('version', '=', row.version)
        .execute();
      await trx.insertInto('pii_reports').values(values).execute();
    });
  }

  async findReport(
    project: string,
    dataset: string,
    version: number,
  ): Promise<StoredPiiReport | undefined> {
    const row = await this.db
      .selectFrom('pii_reports')
      .selectAll()
      .where('project', '=', project)
      .where('dataset', '=', dataset)
      .where('version', '=', version)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      project: row.project,
      dataset: row.dataset,
      version: row.version,
      report: JSON.parse(row.report) as unknown,
      createdBy: row.created_by,
      createdAt: row.created_at,
    };
  }
}
