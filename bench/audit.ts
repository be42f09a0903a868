/**
 * `npm run bench -- audit [--records N]`: audit records appended per second on SQLite and
 * PostgreSQL (group commit vs. the naive one-transaction-per-record baseline), and proof time at
 * 1,000,000 records (O(log n) stored subtree hashes vs. the naive rehash of every leaf).
 * PostgreSQL runs when RAMPART_TEST_PG_URL is set or the local server answers at 127.0.0.1:5432.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import Table from 'cli-table3';
import pg from 'pg';
import { AuditService } from '../src/platform/audit/audit.service.js';
import { verifyConsistency, verifyInclusion } from '../src/platform/audit/merkle/proofs.js';
import {
  CompactRange,
  hashLeaf,
  rootFromLeafHashes,
} from '../src/platform/audit/merkle/tree-hash.js';
import type { Actor } from '../src/platform/identity/actor.js';
import { openStore, type Store } from '../src/platform/store/index.js';

const arg = process.argv.indexOf('--records');
const RECORDS = arg > 0 ? Number(process.argv[arg + 1]) : 20_000;
const BIG = 1_000_000;
const CONCURRENCY = 256;
const pgUrl = process.env['RAMPART_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

const actor: Actor = {
  kind: 'user',
  id: 'usr_bench',
  label: 'bench@example.com',
  permissions: new Set(['audit:read']),
  clientIp: '10.0.0.1',
  userAgent: 'bench',
};

/** `n` records from CONCURRENCY callers (as concurrent requests would), records per second. */
async function appendRate(audit: AuditService, n: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, n) }, async () => {
      while (next < n) {
        const i = next++;
        await audit.record(actor, {
          action: 'model.read',
          resource: { type: 'model', id: `m${i}` },
          project: 'default',
          outcome: 'allowed',
          details: { i },
        });
      }
    }),
  );
  return n / ((performance.now() - start) / 1000);
}

async function appendBench(
  name: string,
  open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>,
) {
  const rows: string[][] = [];
  for (const [label, maxBatch, n] of [
    ['group commit (ours)', 1000, RECORDS],
    ['one transaction per record (baseline)', 1, Math.max(200, Math.floor(RECORDS / 10))],
  ] as const) {
    const { store, cleanup } = await open();
    try {
      const audit = new AuditService({ db: store.db, maxBatch });
      const rate = await appendRate(audit, n);
      const report = await audit.verify();
      if (!report.ok || report.records !== n)
        throw new Error(`log did not verify after the ${name} run`);
      rows.push([name, label, String(n), Math.round(rate).toLocaleString('en-US')]);
    } finally {
      await cleanup();
    }
  }
  return rows;
}

async function sqliteStore() {
  const dir = mkdtempSync(path.join(tmpdir(), 'rampart-bench-audit-'));
  const store = await openStore({ dataDir: dir });
  return {
    store,
    dir,
    cleanup: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })),
  };
}

async function pgStore() {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const store = await openStore({ dataDir: tmpdir(), url: pgUrl, pgSchema: schema });
  return {
    store,
    cleanup: async () => {
      await store.close();
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
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

/** Fills the stored subtree table of a SQLite log with 1,000,000 leaves, as appends would. */
async function millionRecordLog() {
  const opened = await sqliteStore();
  const leaves: Buffer[] = [];
  const raw = new SqliteDatabase(path.join(opened.dir, 'rampart.db'));
  const insert = raw.prepare('insert into audit_tree_nodes (level, idx, hash) values (?, ?, ?)');
  // Only what proofs read: each record's leaf hash, and the interior subtree hashes.
  const insertRecord = raw.prepare(
    "insert into audit_records (seq, time, actor_kind, actor_id, actor_label, action, resource_type, outcome, details, leaf_hash) values (?, '2026-01-01T00:00:00.000Z', 'system', 'system', 'bench', 'bench.fill', 'bench', 'allowed', '{}', ?)",
  );
  const range = new CompactRange();
  raw.transaction(() => {
    for (let i = 0; i < BIG; i++) {
      const leaf = hashLeaf(Buffer.from(`record ${i}`));
      leaves.push(leaf);
      insertRecord.run(i, leaf.toString('hex'));
      range.append(leaf, (level, index, hash) => {
        if (level > 0) insert.run(level, index, hash.toString('hex'));
      });
    }
  })();
  raw
    .prepare('update audit_head set size = ?, root_hash = ? where id = 1')
    .run(BIG, range.root().toString('hex'));
  raw.close();
  return { ...opened, leaves, root: range.root() };
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const appendTable = new Table({ head: ['database', 'method', 'records', 'appends/s'] });
for (const row of await appendBench('SQLite', sqliteStore)) appendTable.push(row);
if (await pgReachable())
  for (const row of await appendBench('PostgreSQL', pgStore)) appendTable.push(row);
else appendTable.push(['PostgreSQL', `not reachable at ${pgUrl}`, '', '']);
console.log('Audit appends (target ≥ 10,000/s on SQLite)');
console.log(appendTable.toString());

const big = await millionRecordLog();
try {
  const audit = new AuditService({ db: big.store.db });
  const reader = actor;
  const proofTable = new Table({
    head: [
      'proof at 1,000,000 records',
      'ours (stored subtrees)',
      'baseline (rehash all leaves)',
      'verifies',
    ],
  });
  const samples = [0, 123_456, 999_999];
  let ours = 0;
  let ok = true;
  for (const index of samples) {
    const start = performance.now();
    const p = await audit.inclusionProof(reader, index, BIG);
    ours += performance.now() - start;
    ok &&= verifyInclusion({
      index,
      size: BIG,
      leafHash: Buffer.from(p.leafHash, 'hex'),
      proof: p.proof.map((h) => Buffer.from(h, 'hex')),
      root: big.root,
    }).valid;
  }
  const [, naive] = time(() => rootFromLeafHashes(big.leaves));
  proofTable.push([
    'inclusion (mean of 3)',
    `${(ours / samples.length).toFixed(2)} ms`,
    `${naive.toFixed(0)} ms`,
    String(ok),
  ]);
  const start = performance.now();
  const c = await audit.consistencyProof(reader, 654_321, BIG);
  const consistencyMs = performance.now() - start;
  const [root1] = time(() => rootFromLeafHashes(big.leaves, 0, 654_321));
  const [, naive2] = time(
    () => (rootFromLeafHashes(big.leaves, 0, 654_321), rootFromLeafHashes(big.leaves)),
  );
  const cOk = verifyConsistency({
    size1: 654_321,
    size2: BIG,
    root1,
    root2: big.root,
    proof: c.proof.map((h) => Buffer.from(h, 'hex')),
  }).valid;
  proofTable.push([
    'consistency 654,321 → 1,000,000',
    `${consistencyMs.toFixed(2)} ms`,
    `${naive2.toFixed(0)} ms`,
    String(cOk),
  ]);
  console.log(proofTable.toString());
} finally {
  await big.cleanup();
}
