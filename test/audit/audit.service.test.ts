import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditService } from '../../src/platform/audit/audit.service.js';
import { verifyConsistency, verifyInclusion } from '../../src/platform/audit/merkle/proofs.js';
import {
  hasValidSignature,
  parseSignedNote,
  parseVerifierKey,
} from '../../src/platform/audit/signed-note.js';
import { parseCheckpoint } from '../../src/platform/audit/checkpoint.js';
import { systemActor, type Actor } from '../../src/platform/identity/actor.js';
import { dialects, type TestStore } from '../support/dialects.js';

const reader = systemActor(['audit:read']);
const hex = (s: string) => Buffer.from(s, 'hex');

function actor(i: number): Actor {
  return {
    kind: 'user',
    id: `u${i % 3}`,
    label: `user${i % 3}@example.com`,
    permissions: new Set(),
    clientIp: '10.0.0.1',
    requestId: `r${i}`,
  };
}

describe.each(dialects)('AuditService on $name', (dialect) => {
  let ts: TestStore;
  let audit: AuditService;
  let clock: number;

  beforeEach(async () => {
    ts = await dialect.open();
    clock = Date.UTC(2026, 5, 1);
    audit = new AuditService({ db: ts.store.db, nowMs: () => clock++ });
  });
  afterEach(async () => {
    await audit.close();
    await ts.cleanup();
  });

  async function fill(n: number, project = 'default') {
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        audit.record(actor(i), {
          action: 'model.read',
          resource: { type: 'model', id: `m${i}` },
          project,
          outcome: 'allowed',
          details: { i },
        }),
      ),
    );
  }

  it('appends concurrent records contiguously and proves inclusion and consistency', async () => {
    await fill(37);
    const first = await audit.issueCheckpoint();
    await fill(30);
    const second = await audit.issueCheckpoint();
    expect([first.treeSize, second.treeSize]).toEqual([37, 67]);

    const inc = await audit.inclusionProof(reader, 20, 67);
    expect(
      verifyInclusion({
        index: 20,
        size: 67,
        leafHash: hex(inc.leafHash),
        proof: inc.proof.map(hex),
        root: hex(second.rootHash),
      }),
    ).toEqual({ valid: true });
    const con = await audit.consistencyProof(reader, 37, 67);
    expect(
      verifyConsistency({
        size1: 37,
        size2: 67,
        root1: hex(first.rootHash),
        root2: hex(second.rootHash),
        proof: con.proof.map(hex),
      }),
    ).toEqual({ valid: true });

    const [key] = await audit.verifierKeys();
    const note = parseSignedNote(second.note);
    expect(hasValidSignature(note, parseVerifierKey(key as string))).toBe(true);
    expect(parseCheckpoint(note.text).size).toBe(67);
    expect(await audit.verify()).toMatchObject({ ok: true, records: 67, checkpoints: 2 });
  });

  it('refuses proofs beyond the log with AUDIT_PROOF_OUT_OF_RANGE', async () => {
    await fill(3);
    await expect(audit.inclusionProof(reader, 3, 3)).rejects.toMatchObject({
      code: 'AUDIT_PROOF_OUT_OF_RANGE',
    });
    await expect(audit.consistencyProof(reader, 2, 9)).rejects.toMatchObject({
      code: 'AUDIT_PROOF_OUT_OF_RANGE',
    });
  });

  it('names the record edited by hand in the database', async () => {
    await fill(12);
    await audit.issueCheckpoint();
    await sql`update audit_records set outcome = 'denied' where seq = 7`.execute(ts.store.db);
    const report = await audit.verify();
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ kind: 'record', seq: 7 });
  });

  it('catches rows deleted, inserted or reordered in the database', async () => {
    await fill(10);
    await audit.issueCheckpoint();
    const db = ts.store.db;
    const tamperings = [
      [sql`delete from audit_records where seq = 4`],
      [
        sql`insert into audit_records select seq + 100, time, actor_kind, actor_id, actor_label, client_ip, user_agent, request_id, action, resource_type, resource_id, project, outcome, details, leaf_hash from audit_records where seq = 2`,
      ],
      [
        sql`update audit_records set seq = -1 where seq = 3`,
        sql`update audit_records set seq = 3 where seq = 5`,
        sql`update audit_records set seq = 5 where seq = -1`,
      ],
      [sql`update audit_records set details = '{"i":99}' where seq = 9`],
    ];
    for (const tamper of tamperings) {
      await db
        .transaction()
        .execute(async (trx) => {
          for (const statement of tamper) await statement.execute(trx);
          const probe = new AuditService({ db: trx });
          expect((await probe.verify()).ok).toBe(false);
          throw new Rollback();
        })
        .catch((err: unknown) => {
          if (!(err instanceof Rollback)) throw err;
        });
    }
    expect((await audit.verify()).ok).toBe(true);
  });

  it('checks the stored subtree hashes that proofs are served from', async () => {
    await fill(21);
    expect((await audit.verify()).ok).toBe(true);
    const db = ts.store.db;
    await sql`update audit_tree_nodes set hash = ${'00'.repeat(32)} where level = 2 and idx = 3`.execute(
      db,
    );
    expect((await audit.verify()).problems).toEqual([
      {
        kind: 'node',
        reason: 'subtree hash at level 2, index 3 does not match its children (edited)',
      },
    ]);
    await sql`delete from audit_tree_nodes where level = 2 and idx = 3`.execute(db);
    expect((await audit.verify()).problems).toEqual([
      { kind: 'node', reason: 'subtree hash at level 2, index 3 is missing' },
    ]);
  });

  it('limits project-bound readers to their projects', async () => {
    await fill(2, 'alpha');
    await fill(2, 'beta');
    const alphaReader: Actor = {
      ...actor(0),
      projectPermissions: new Map([['alpha', new Set(['audit:read'])]]),
    };
    const rows = await audit.listRecords(alphaReader, { limit: 100 });
    expect(rows.map((r) => r.project)).toEqual(['alpha', 'alpha']);
    await expect(
      audit.listRecords(alphaReader, { project: 'beta', limit: 100 }),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(audit.getRecord(alphaReader, 3, 'alpha')).rejects.toMatchObject({
      code: 'AUDIT_RECORD_NOT_FOUND',
    });
  });
});

class Rollback extends Error {}

describe('a day of scripted activity', () => {
  it('verifies after 144 scheduled checkpoints, and names the one row edited by hand', async () => {
    const ts = await dialects[0]!.open();
    let clock = Date.UTC(2026, 5, 1);
    const audit = new AuditService({ db: ts.store.db, nowMs: () => clock });
    try {
      expect(await audit.scheduledCheckpoint()).toBeUndefined();
      for (let slot = 0; slot < 144; slot++) {
        await Promise.all(
          Array.from({ length: 25 }, (_, i) =>
            audit.record(actor(slot * 25 + i), {
              action: ['model.read', 'model.download', 'scan.run', 'access.denied'][
                i % 4
              ] as string,
              resource: { type: 'model', id: `m${i % 7}` },
              project: i % 3 === 0 ? 'vision' : 'default',
              outcome: i % 4 === 3 ? 'denied' : 'allowed',
              details: { slot, bytes: i * 1024 },
            }),
          ),
        );
        clock += 10 * 60_000;
        expect((await audit.scheduledCheckpoint())?.treeSize).toBe((slot + 1) * 25);
      }
      expect(await audit.verify()).toMatchObject({
        ok: true,
        records: 3600,
        checkpoints: 144,
        problems: [],
      });
      await sql`update audit_records set details = '{"bytes":0,"slot":50}' where seq = 1234`.execute(
        ts.store.db,
      );
      const report = await audit.verify();
      expect(report.problems[0]).toEqual({
        kind: 'record',
        seq: 1234,
        reason: 'record 1234 does not match its leaf hash (edited)',
      });
      expect(report.problems[1]).toMatchObject({ kind: 'checkpoint', treeSize: 1250 });
    } finally {
      await audit.close();
      await ts.cleanup();
    }
  });
});
