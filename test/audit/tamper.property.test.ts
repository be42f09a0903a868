import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildRecordRow,
  recordLeafHash,
  type AuditRecordRow,
} from '../../src/platform/audit/audit-record.js';
import { formatCheckpoint } from '../../src/platform/audit/checkpoint.js';
import { CompactRange } from '../../src/platform/audit/merkle/tree-hash.js';
import {
  generateSigner,
  parseVerifierKey,
  signNote,
} from '../../src/platform/audit/signed-note.js';
import { LogVerifier, type CheckpointRow } from '../../src/platform/audit/verify-log.js';
import type { Actor } from '../../src/platform/identity/actor.js';

const ORIGIN = 'rampart.test/audit';
const { signer, verifierKey } = generateSigner(ORIGIN);
const verifier = parseVerifierKey(verifierKey);

function buildLog(n: number, checkpointSizes: number[]) {
  const rows: AuditRecordRow[] = [];
  const range = new CompactRange();
  const checkpoints: CheckpointRow[] = [];
  for (let seq = 0; seq < n; seq++) {
    const actor: Actor = {
      kind: seq % 3 === 0 ? 'token' : 'user',
      id: `u${seq % 5}`,
      label: `user${seq % 5}@example.com`,
      permissions: new Set(),
      ...(seq % 4 === 0 ? {} : { clientIp: `10.0.0.${seq % 7}`, userAgent: 'rampart-cli/1.0' }),
      requestId: `req-${seq}`,
    };
    const row = buildRecordRow({
      seq,
      timeMs: Date.UTC(2026, 0, 1) + seq * 1000,
      actor,
      entry: {
        action: ['model.read', 'scan.run', 'user.create'][seq % 3] as string,
        resource: seq % 2 === 0 ? { type: 'model', id: `m${seq}` } : { type: 'scan' },
        ...(seq % 5 === 0 ? {} : { project: 'default' }),
        outcome: seq % 7 === 0 ? 'denied' : 'allowed',
        details: seq % 2 === 0 ? { findings: seq, verdict: 'clean' } : {},
      },
    });
    rows.push(row);
    range.append(Buffer.from(row.leafHash, 'hex'));
    if (checkpointSizes.includes(seq + 1)) {
      const note = signNote(
        formatCheckpoint({ origin: ORIGIN, size: seq + 1, rootHash: range.root() }),
        signer,
      );
      checkpoints.push({
        id: checkpoints.length + 1,
        treeSize: seq + 1,
        rootHash: range.root().toString('hex'),
        note,
      });
    }
  }
  return { rows, checkpoints, head: { size: n, rootHash: range.root().toString('hex') } };
}

function verify(log: ReturnType<typeof buildLog>) {
  const v = new LogVerifier({ verifiers: [verifier], checkpoints: log.checkpoints });
  for (const row of log.rows) v.add(row);
  return v.finish(log.head);
}

const N = 40;
const pristine = buildLog(N, [1, 8, 25, 33]);
const columns = Object.keys(pristine.rows[0] as AuditRecordRow) as (keyof AuditRecordRow)[];

/** A value that differs from `value` for the column. */
function changed(column: keyof AuditRecordRow, value: unknown, salt: number): unknown {
  if (column === 'seq') return (value as number) + 1 + (salt % 3);
  if (column === 'details') return salt % 2 === 0 ? `{"x":${salt}}` : `{ }`;
  if (column === 'leafHash')
    return ((value as string)[0] === '0' ? '1' : '0') + (value as string).slice(1);
  if (value === null) return `forged${salt}`;
  return salt % 2 === 0 ? `${value as string}x` : (value as string).slice(0, -1) || 'z';
}

/** The attacker rewrites the stored leaf hash too, so only the tree (checkpoints, head) can tell. */
function rehash(row: AuditRecordRow): AuditRecordRow {
  try {
    return { ...row, leafHash: recordLeafHash(row).toString('hex') };
  } catch {
    return row;
  }
}

type Tamper =
  | { op: 'edit'; index: number; column: number; salt: number; recompute: boolean }
  | { op: 'delete'; index: number; renumber: boolean }
  | { op: 'insert'; index: number; renumber: boolean; salt: number }
  | { op: 'reorder'; a: number; b: number; moveSeq: boolean; recompute: boolean };

const tamperArb: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({
    op: fc.constant('edit' as const),
    index: fc.nat(N - 1),
    column: fc.nat(columns.length - 1),
    salt: fc.nat(1000),
    recompute: fc.boolean(),
  }),
  fc.record({ op: fc.constant('delete' as const), index: fc.nat(N - 1), renumber: fc.boolean() }),
  fc.record({
    op: fc.constant('insert' as const),
    index: fc.nat(N),
    renumber: fc.boolean(),
    salt: fc.nat(1000),
  }),
  fc
    .record({
      op: fc.constant('reorder' as const),
      a: fc.nat(N - 1),
      b: fc.nat(N - 1),
      moveSeq: fc.boolean(),
      recompute: fc.boolean(),
    })
    .filter((t) => t.a !== t.b),
);

function apply(t: Tamper): ReturnType<typeof buildLog> {
  let rows = pristine.rows.map((r) => ({ ...r }));
  switch (t.op) {
    case 'edit': {
      const column = columns[t.column] as keyof AuditRecordRow;
      const row = rows[t.index] as AuditRecordRow;
      const edited = { ...row, [column]: changed(column, row[column], t.salt) };
      rows[t.index] = t.recompute && column !== 'leafHash' ? rehash(edited) : edited;
      break;
    }
    case 'delete':
      rows.splice(t.index, 1);
      if (t.renumber) rows = rows.map((r, i) => rehash({ ...r, seq: i }));
      break;
    case 'insert': {
      const template = rows[Math.min(t.index, N - 1)] as AuditRecordRow;
      const forged = rehash({
        ...template,
        seq: t.index,
        requestId: `forged-${t.salt}`,
        action: 'user.delete',
      });
      rows.splice(t.index, 0, forged);
      if (t.renumber) rows = rows.map((r, i) => rehash({ ...r, seq: i }));
      break;
    }
    case 'reorder': {
      const a = rows[t.a] as AuditRecordRow;
      const b = rows[t.b] as AuditRecordRow;
      // Either the rows trade places (content moves, seq stays) or only their seq values swap.
      const newA = t.moveSeq ? { ...a, seq: b.seq } : { ...b, seq: a.seq };
      const newB = t.moveSeq ? { ...b, seq: a.seq } : { ...a, seq: b.seq };
      rows[t.a] = t.recompute ? rehash(newA) : newA;
      rows[t.b] = t.recompute ? rehash(newB) : newB;
      if (t.moveSeq) rows.sort((x, y) => x.seq - y.seq);
      break;
    }
  }
  return { ...pristine, rows };
}

describe('audit verify against tampering', () => {
  it('passes the untouched log', () => {
    expect(verify(pristine)).toMatchObject({ ok: true, records: N, checkpoints: 4, problems: [] });
  });

  it('catches each of 1,000 random edits, deletions, insertions and reorderings', () => {
    fc.assert(
      fc.property(tamperArb, (t) => {
        const report = verify(apply(t));
        expect(report.ok).toBe(false);
        expect(report.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000, seed: 20261125 },
    );
  });

  it('names the edited record first when the leaf hash was left alone', () => {
    const log = apply({
      op: 'edit',
      index: 17,
      column: columns.indexOf('action'),
      salt: 2,
      recompute: false,
    });
    expect(verify(log).problems[0]).toEqual({
      kind: 'record',
      seq: 17,
      reason: 'record 17 does not match its leaf hash (edited)',
    });
  });

  it('names the first checkpoint that no longer matches when the attacker rehashed the row', () => {
    const log = apply({
      op: 'edit',
      index: 17,
      column: columns.indexOf('action'),
      salt: 2,
      recompute: true,
    });
    expect(verify(log).problems[0]).toMatchObject({ kind: 'checkpoint', id: 3, treeSize: 25 });
  });

  it('names a deleted record', () => {
    const log = apply({ op: 'delete', index: 5, renumber: false });
    expect(verify(log).problems[0]).toEqual({
      kind: 'record',
      seq: 5,
      reason: 'record 5 is missing (next stored record is 6)',
    });
  });
});
