import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore, type Store, type StoreOptions } from '../../src/platform/store/index.js';

/** The PostgreSQL URL for tests, when CI (or you) sets RAMPART_TEST_PG_URL. */
export const testPgUrl = process.env['RAMPART_TEST_PG_URL'];

export interface TestStore {
  readonly store: Store;
  readonly dataDir: string;
  /** Options that reopen the same database (same data dir / PostgreSQL schema). */
  readonly options: StoreOptions;
  cleanup(): Promise<void>;
}

export interface DialectCase {
  readonly name: 'sqlite' | 'postgres';
  open(overrides?: Partial<StoreOptions>): Promise<TestStore>;
}

/** SQLite always; PostgreSQL too when RAMPART_TEST_PG_URL is set. Use with `describe.each`. */
export const dialects: readonly DialectCase[] = [
  { name: 'sqlite', open: (o) => openTestStore('sqlite', o) },
  ...(testPgUrl === undefined
    ? []
    : [
        {
          name: 'postgres' as const,
          open: (o?: Partial<StoreOptions>) => openTestStore('postgres', o),
        },
      ]),
];

/** A fresh store in a temporary data directory; on PostgreSQL in a fresh schema dropped at cleanup. */
export async function openTestStore(
  kind: 'sqlite' | 'postgres',
  overrides: Partial<StoreOptions> = {},
): Promise<TestStore> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rampart-test-'));
  const pgSchema = kind === 'postgres' ? `t_${randomBytes(6).toString('hex')}` : undefined;
  const options: StoreOptions = {
    dataDir,
    ...(kind === 'postgres' && testPgUrl !== undefined && pgSchema !== undefined
      ? { url: testPgUrl, pgSchema }
      : {}),
    ...overrides,
  };
  const store = await openStore(options);
  return {
    store,
    dataDir,
    options,
    async cleanup() {
      await store.close();
      if (pgSchema !== undefined && testPgUrl !== undefined) await dropSchema(testPgUrl, pgSchema);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
