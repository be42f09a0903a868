/**
 * The typed shape of every table, for Kysely. Empty here on purpose: each domain adds its own
 * tables by declaration merging in its repository file, so `platform/` knows no domain:
 *
 * ```ts
 * declare module '../platform/store/database.js' {
 *   interface Database { users: UsersTable }
 * }
 * ```
 *
 * Portable column conventions (the same migrations run on SQLite and PostgreSQL): timestamps as
 * ISO-8601 UTC text, booleans as integer 0/1, JSON as text, ids as text, counters as integer
 * (bigint on PostgreSQL is parsed to a JavaScript number).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}

export type Dialect = 'sqlite' | 'postgres';
