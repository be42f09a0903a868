import type { Kysely } from 'kysely';
import type { Dialect } from './database.js';

/**
 * One schema change. Names are `NNNN-what`, applied in name order, never edited once released.
 * `up` runs in a transaction on PostgreSQL; on SQLite each migration is applied atomically too.
 */
export interface Migration {
  readonly name: string;
  // Kysely<any>: a migration sees the schema as it was at that point, not today's types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>, context: { dialect: Dialect }): Promise<void>;
}

/** Column types that differ between the two databases. */
export function columnTypes(dialect: Dialect) {
  return {
    bytes: dialect === 'postgres' ? ('bytea' as const) : ('blob' as const),
    bigint: dialect === 'postgres' ? ('bigint' as const) : ('integer' as const),
    autoId: dialect === 'postgres' ? ('bigserial' as const) : ('integer' as const),
  };
}
