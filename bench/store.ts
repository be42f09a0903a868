/**
 * `npm run bench -- store [--rows N]`: inserts and point reads per second on SQLite and
 * PostgreSQL side by side, through the same Kysely store the platform uses. PostgreSQL runs when
 * RAMPART_TEST_PG_URL is set or the local server answers at 127.0.0.1:5432.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Table from 'cli-table3';
import pg from 'pg';
import { type Migration, openStore, type Store } from '../src/platform/store/index.js';
import { migrations } from '../src/platform/store/migrations/index.js';

const rowsArg = process.argv.indexOf('--rows');
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 20_000;
const BATCH = 500;
const pgUrl = process.env['RAMPART_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

const benchTable: Migration = {
  name: '9000-bench-items',
  async up(db) {
    await db.schema
      .createTable('bench_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};

type BenchItems = {
  bench_items: { id: string; name: string; size: number; created_at: string };
};

interface Result {
  readonly dialect: string;
  readonly singleInsertsPerSec: number;
  readonly batchedInsertsPerSec: number;
  readonly pointReadsPerSec: number;
}

async function measure(store: Store): Promise<Result> {
  const db = store.db.withTables<BenchItems>();
  const ids = Array.from({ length: ROWS }, () => randomBytes(8).toString('hex'));
  const row = (id: string, i: number) => ({
    id,
    name: `item-${i}`,
    size: i,
    created_at: new Date(0).toISOString(),
  });
  const singles = Math.min(ROWS, 5_000);
  let t = performance.now();
  for (let i = 0; i < singles; i++) {
    const id = ids[i] ?? '';
    await db.insertInto('bench_items').values(row(id, i)).execute();
  }
  const singleInsertsPerSec = singles / ((performance.now() - t) / 1000);
  t = performance.now();
  for (let i = singles; i < ROWS; i += BATCH) {
    const chunk = ids.slice(i, i + BATCH).map((id, j) => row(id, i + j));
    await db.transaction().execute((trx) => trx.insertInto('bench_items').values(chunk).execute());
  }
  const batchedInsertsPerSec = (ROWS - singles) / ((performance.now() - t) / 1000);
  const reads = Math.min(ROWS, 20_000);
  t = performance.now();
  for (let i = 0; i < reads; i++) {
    const id = ids[(i * 7919) % ROWS] ?? '';
    await db.selectFrom('bench_items').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }
  const pointReadsPerSec = reads / ((performance.now() - t) / 1000);
  return { dialect: store.dialect, singleInsertsPerSec, batchedInsertsPerSec, pointReadsPerSec };
}

async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'rampart-bench-store-'));
const results: Result[] = [];
const sqlite = await openStore({ dataDir, migrations: [...migrations, benchTable] });
results.push(await measure(sqlite));
await sqlite.close();
if (await pgReachable()) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const store = await openStore({
    dataDir,
    url: pgUrl,
    pgSchema: schema,
    migrations: [...migrations, benchTable],
  });
  try {
    results.push(await measure(store));
  } finally {
    await store.close();
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  }
} else {
  console.log(`PostgreSQL not reachable at ${pgUrl}; SQLite only.`);
}
rmSync(dataDir, { recursive: true, force: true });

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const table = new Table({
  head: ['store', 'single inserts/s (durable)', 'batched inserts/s (500/tx)', 'point reads/s'],
});
for (const r of results)
  table.push([
    r.dialect,
    fmt(r.singleInsertsPerSec),
    fmt(r.batchedInsertsPerSec),
    fmt(r.pointReadsPerSec),
  ]);
console.log(
  `store benchmark: ${ROWS.toLocaleString('en-US')} rows, one connection, Kysely over each driver`,
);
console.log(table.toString());
