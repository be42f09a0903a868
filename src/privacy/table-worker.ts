/**
 * Worker thread for table-workers.ts: parses slices of CSV text (or takes parsed rows) after the
 * sample and scans or masks them with the column typing the main thread worked out. As a worker
 * started by table-workers.ts it answers tasks on the parent port; the main thread imports it for
 * the same handler. The messages are in table-worker-protocol.ts.
 */
import { randomBytes } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, type Analyzer } from './engine/analyzer.js';
import type { CsvLimits } from './engine/csv-reader.js';
import { parseCsvSlice } from './engine/csv-split.js';
import { ENTITY_TYPES, type EntityType } from './engine/entity-types.js';
import type { OperatorKeys } from './engine/operators.js';
import { createRowMasker } from './engine/table-mask.js';
import { scanTypedRow, type TypedColumns } from './engine/table-scan.js';
import {
  sendError,
  type MaskReply,
  type ScanReply,
  type WorkerInput,
  type WorkerReply,
  type WorkerSetup,
  type WorkerTask,
} from './table-worker-protocol.js';

/** Answers one task; throws what one thread throws on the same rows. */
export type TaskHandler = (task: WorkerTask) => ScanReply | MaskReply;

/** Marks a worker started by table-workers.ts (this module is imported on the main thread too). */
export const TABLE_WORKER = 'rampart-table-worker';

function rowsOf(input: WorkerInput, limits: CsvLimits): readonly string[][] {
  return 'csv' in input ? parseCsvSlice(input.csv, limits) : input.rows;
}

const TYPE_INDEX = new Map(ENTITY_TYPES.map((type, i) => [type, i]));

function scanRows(
  { id, list }: WorkerTask,
  rows: readonly string[][],
  typed: TypedColumns,
  analyzer: Analyzer,
): ScanReply {
  const counts = typed.header.map((): Partial<Record<EntityType, number>> => ({}));
  const hits = typed.header.map(() => 0);
  const found: Partial<Record<EntityType, number>> = {};
  const packed: number[] = [];
  const hitCells: string[] = [];
  let cells = 0;
  for (let r = 0; r < rows.length; r++)
    cells += scanTypedRow(rows[r] ?? [], typed, analyzer, (c, cell, findings) => {
      hits[c] = (hits[c] ?? 0) + 1;
      const colCounts = (counts[c] ??= {});
      for (const f of findings) {
        colCounts[f.type] = (colCounts[f.type] ?? 0) + 1;
        found[f.type] = (found[f.type] ?? 0) + 1;
        if (list) packed.push(r, c, TYPE_INDEX.get(f.type) ?? 0, f.start, f.end, f.score);
      }
      if (list) hitCells.push(cell);
    });
  const reply = { id, rows: rows.length, cells, counts, hits, found };
  // Findings travel as numbers in one transferable buffer, not as cloned objects.
  return list ? { ...reply, findings: Float64Array.from(packed), hitCells } : reply;
}

/**
 * The task handler for `setup`. The main thread, working as one of the threads, passes the
 * analyzer and keys it already has.
 */
export function createTaskHandler(
  setup: WorkerSetup,
  here: { readonly analyzer?: Analyzer; readonly keys?: OperatorKeys } = {},
): TaskHandler {
  const analyzer = here.analyzer ?? createAnalyzer(setup.analyzer);
  if (setup.mode === 'scan')
    return (task) => scanRows(task, rowsOf(task, setup.limits), setup.typed, analyzer);
  const keys = here.keys ?? {
    key: Buffer.from(setup.key),
    ...(setup.encryptionKey === undefined
      ? {}
      : { encryptionKey: Buffer.from(setup.encryptionKey), randomBytes }),
  };
  return (task): MaskReply => {
    const rows = rowsOf(task, setup.limits);
    const changed: Partial<Record<EntityType, number>> = {};
    const maskRow = createRowMasker(setup.columns, analyzer, setup.policy, keys, changed);
    let text = '';
    for (const row of rows) text += maskRow(row);
    return { id: task.id, rows: rows.length, text, changed };
  };
}

const port = parentPort;
if (port !== null && workerData === TABLE_WORKER) {
  let handle: TaskHandler | undefined;
  port.on('message', (message: { setup: WorkerSetup } | WorkerTask) => {
    if ('setup' in message) {
      handle = createTaskHandler(message.setup);
      port.postMessage({ ready: true });
      return;
    }
    let reply: WorkerReply;
    try {
      if (handle === undefined) throw new Error('a task came before the setup');
      reply = handle(message);
    } catch (err) {
      // A malformed row fails the job with the error one thread throws; the main thread rebuilds it.
      reply = { id: message.id, error: sendError(err) };
    }
    const transfer =
      'findings' in reply && reply.findings !== undefined
        ? [reply.findings.buffer as ArrayBuffer]
        : [];
    port.postMessage(reply, transfer);
  });
}
