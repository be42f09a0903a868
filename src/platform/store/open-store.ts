import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
  type MigrationProvider,
} from 'kysely';
import pg from 'pg';
import type { Database, Dialect } from './database.js';
import type { Migration } from './migration.js';
import { migrations as allMigrations } from './migrations/index.js';
import {
  DatabaseNewerThanApp,
  DatabaseUnreachable,
  DataDirNotWritable,
  MigrationFailed,
} from './store.errors.js';

// PostgreSQL int8 (counts, sums) arrive as strings by default; our values stay below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface StoreOptions {
  /** Data directory; the SQLite file lives here as `rampart.db`. */
  readonly dataDir: string;
  /** `postgres://…` for PostgreSQL; undefined or `sqlite:PATH` for SQLite. */
  readonly url?: string | undefined;
  readonly busyTimeoutMs?: number;
  readonly poolSize?: number;
  /** PostgreSQL schema to use (tests isolate themselves with one); created when missing. */
  readonly pgSchema?: string;
  /** Apply pending migrations on open (default true). */
  readonly migrate?: boolean;
  /** Migrations to apply; defaults to every migration of the platform. */
  readonly migrations?: readonly Migration[];
}

export interface MigrationStatus {
  readonly applied: readonly string[];
  readonly pending: readonly string[];
}

/** An open database plus what the platform needs to know about it. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Where the data lives, without credentials, for status pages and messages. */
  readonly location: string;
  /** Runs a trivial query; throws DatabaseUnreachable when it fails. */
  ping(): Promise<void>;
  migrationStatus(): Promise<MigrationStatus>;
  close(): Promise<void>;
}

/**
 * Opens SQLite (WAL, synchronous=FULL, foreign keys, busy timeout) or PostgreSQL, checks that it
 * is reachable and applies pending migrations. Throws DataDirNotWritable, DatabaseUnreachable,
 * DatabaseNewerThanApp or MigrationFailed with what to do.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const list = options.migrations ?? allMigrations;
  const url = options.url;
  const store = isPostgresUrl(url) ? await openPostgres({ ...options, url }) : openSqlite(options);
  try {
    await store.ping();
    if (options.migrate !== false) await migrate(store, list);
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return store;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/** `postgres://user:secret@host/db` → `postgres://user@host/db`: never show a password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString().replace(/:@/, '@');
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

function openSqlite(options: StoreOptions): Store {
  const file =
    options.url?.startsWith('sqlite:') === true
      ? path.resolve(options.dataDir, options.url.slice('sqlite:'.length))
      : path.join(options.dataDir, 'rampart.db');
  ensureWritableDir(path.dirname(file));
  let database: SqliteDatabase.Database;
  try {
    database = new SqliteDatabase(file);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  } catch (err) {
    throw new DataDirNotWritable(path.dirname(file), (err as Error).message, { cause: err });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return makeStore(db, 'sqlite', file, options.migrations ?? allMigrations);
}

async function openPostgres(options: StoreOptions & { url: string }): Promise<Store> {
  const location = redactUrl(options.url);
  const schema = options.pgSchema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  if (schema !== undefined) {
    try {
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw new DatabaseUnreachable(location, describePgError(err), { cause: err });
    }
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return makeStore(db, 'postgres', location, options.migrations ?? allMigrations);
}

function makeStore(
  db: Kysely<Database>,
  dialect: Dialect,
  location: string,
  list: readonly Migration[],
): Store {
  return {
    db,
    dialect,
    location,
    async ping() {
      try {
        await sql`select 1`.execute(db);
      } catch (err) {
        throw new DatabaseUnreachable(location, describePgError(err), { cause: err });
      }
    },
    async migrationStatus() {
      const applied = await appliedMigrations(db);
      return { applied, pending: list.map((m) => m.name).filter((n) => !applied.includes(n)) };
    },
    async close() {
      await db.destroy();
    },
  };
}

async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  try {
    const rows = await sql<{
      name: string;
    }>`select name from kysely_migration order by name`.execute(db);
    return rows.rows.map((r) => r.name);
  } catch {
    // No migration table yet: nothing applied. (The Migrator creates it on first run.)
    return [];
  }
}

async function migrate(store: Store, list: readonly Migration[]): Promise<void> {
  const applied = await appliedMigrations(store.db);
  const known = new Set(list.map((m) => m.name));
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new DatabaseNewerThanApp(unknown);
  const provider: MigrationProvider = {
    getMigrations: () =>
      Promise.resolve(
        Object.fromEntries(
          list.map((m) => [
            m.name,
            {
              // Kysely runs PostgreSQL migrations in a transaction but not SQLite ones; wrap those
              // ourselves so a failing migration leaves nothing half-made.
              up: (db: Kysely<unknown>) =>
                store.dialect === 'sqlite'
                  ? db
                      .transaction()
                      .execute((trx) => m.up(trx as never, { dialect: store.dialect }))
                  : m.up(db as never, { dialect: store.dialect }),
            },
          ]),
        ),
      ),
  };
  const migrator = new Migrator({ db: store.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationFailed(failed, error instanceof Error ? error.message : 'unknown error', {
      cause: error,
    });
  }
}

function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    accessSync(dir, constants.W_OK | constants.R_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new DataDirNotWritable(dir, code, { cause: err });
  }
}

function describePgError(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) return describePgError(err.errors[0]);
  const e = err as NodeJS.ErrnoException & { message?: string };
  if (e.code === 'ECONNREFUSED') return 'connection refused';
  if (e.code === 'ENOTFOUND') return 'host not found';
  if (e.code === 'ETIMEDOUT') return 'connection timed out';
  if (e.code === '3D000') return 'the database does not exist';
  if (e.code === '28P01' || e.code === '28000') return 'authentication failed';
  return e.code ?? e.message ?? 'unknown error';
}
