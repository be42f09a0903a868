/**
 * Scans and masks big tables on several cores. The main thread reads the rows, analyses the
 * sample and classifies the columns exactly as the one-thread scan does; every later batch of
 * rows goes to a pool of worker threads (table-worker.ts), and their answers are taken back in
 * input order, so findings, counts and masked output are the same as with one thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createAnalyzer, type AnalyzerOptions } from './engine/analyzer.js';
import { TableMask } from './engine/table-mask.js';
import { TableScan } from './engine/table-scan.js';
import type {
  TableMaskOptions,
  TableMaskReport,
  TableScanOptions,
  TableScanReport,
} from './engine/table-types.js';
import type { WorkerReply, WorkerSetup } from './table-worker-protocol.js';

/** Most worker threads a table job starts. */
export const MAX_TABLE_WORKERS = 16;

/** Worker threads for `--workers auto`: one per core, at most {@link MAX_TABLE_WORKERS}. */
export function autoWorkers(): number {
  return Math.min(availableParallelism(), MAX_TABLE_WORKERS);
}

type Batches = AsyncIterable<string[][]> | Iterable<string[][]>;

/** A worker in source form (tests, `tsx`) needs the TypeScript loader registered first. */
function startWorker(): Worker {
  const self = import.meta.url;
  if (self.endsWith('.ts')) {
    const url = new URL('./table-worker.ts', self).href;
    const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); });`;
    return new Worker(boot, { eval: true });
  }
  return new Worker(new URL('./table-worker.js', self));
}

/** A fixed set of workers; each task goes to the least busy one. */
class Pool {
  private readonly workers: Worker[];
  private readonly busy: number[];
  private readonly waiting = new Map<
    number,
    { resolve: (r: WorkerReply) => void; reject: (e: unknown) => void; worker: number }
  >();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number, setup: WorkerSetup) {
    this.workers = Array.from({ length: size }, () => startWorker());
    this.busy = this.workers.map(() => 0);
    this.workers.forEach((w, i) => {
      w.on('message', (reply: WorkerReply) => {
        const waiter = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        this.busy[i] = (this.busy[i] ?? 1) - 1;
        waiter?.resolve(reply);
      });
      w.on('error', (err) => this.fail(err));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a table worker stopped with code ${code}`));
      });
      w.postMessage({ setup });
    });
  }

  run(rows: readonly string[][]): Promise<WorkerReply> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    let pick = 0;
    for (let i = 1; i < this.busy.length; i++)
      if ((this.busy[i] ?? 0) < (this.busy[pick] ?? 0)) pick = i;
    const id = this.nextId++;
    this.busy[pick] = (this.busy[pick] ?? 0) + 1;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, worker: pick });
      this.workers[pick]?.postMessage({ id, rows });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private fail(err: unknown): void {
    this.failure ??= err instanceof Error ? err : new Error(String(err));
    err = this.failure;
    for (const waiter of this.waiting.values()) waiter.reject(err);
    this.waiting.clear();
  }
}

/**
 * Feeds the batches' rows to `takeLocal` until it returns false (the sample is done; with one
 * worker, never) and later rows to the pool made by `startPool`, at most two batches per
 * worker in flight; `settle` receives each pooled batch's reply in input order. `endBatch`
 * runs after each batch's local rows.
 */
async function fanOut(
  batches: Batches,
  workers: number,
  takeLocal: (row: string[]) => boolean,
  startPool: () => Pool,
  settle: (rows: readonly string[][], reply: WorkerReply) => Promise<void> | void,
  endBatch: () => Promise<void> | void = () => undefined,
): Promise<void> {
  let pool: Pool | undefined;
  const inFlight: { rows: string[][]; reply: Promise<WorkerReply> }[] = [];
  const drainOne = async (): Promise<void> => {
    const head = inFlight.shift();
    if (head !== undefined) await settle(head.rows, await head.reply);
  };
  try {
    for await (const batch of batches) {
      let i = 0;
      while (i < batch.length && takeLocal(batch[i] ?? [])) i++;
      await endBatch();
      if (i >= batch.length) continue;
      const rows = i === 0 ? batch : batch.slice(i);
      pool ??= startPool();
      const reply = pool.run(rows);
      reply.catch(() => undefined); // observed when drained; never an unhandled rejection
      inFlight.push({ rows, reply });
      while (inFlight.length >= 2 * workers) await drainOne();
    }
    while (inFlight.length > 0) await drainOne();
  } finally {
    await pool?.close();
  }
}

/** {@link scanTable} on `workers` threads (1: this thread only); same report and findings. */
export async function scanTableInParallel(
  batches: Batches,
  analyzerOptions: AnalyzerOptions,
  options: TableScanOptions & { readonly workers: number },
): Promise<TableScanReport> {
  const scan = new TableScan(createAnalyzer(analyzerOptions), options);
  await fanOut(
    batches,
    options.workers,
    (row) => {
      if (options.workers > 1 && scan.typed !== undefined) return false;
      scan.add(row);
      return true;
    },
    () =>
      new Pool(options.workers, { mode: 'scan', analyzer: analyzerOptions, typed: typedOf(scan) }),
    (rows, reply) => {
      if ('findings' in reply) scan.addScannedPacked(rows, reply.cells, reply.findings);
    },
  );
  return scan.report();
}

/** {@link maskTable} on `workers` threads (1: this thread only); same output and counts. */
export async function maskTableInParallel(
  batches: Batches,
  analyzerOptions: AnalyzerOptions,
  options: TableMaskOptions & { readonly workers: number },
): Promise<TableMaskReport> {
  const mask = new TableMask(createAnalyzer(analyzerOptions), options);
  let out = '';
  const flush = async (): Promise<void> => {
    if (out === '') return;
    const text = out;
    out = '';
    await options.write(text);
  };
  await fanOut(
    batches,
    options.workers,
    (row) => {
      if (options.workers > 1 && mask.columns !== undefined) return false;
      out += mask.add(row);
      return true;
    },
    () => {
      const columns = mask.columns;
      if (columns === undefined) throw new Error('columns are classified before the pool starts');
      return new Pool(options.workers, {
        mode: 'mask',
        analyzer: analyzerOptions,
        columns,
        policy: options.policy,
        key: new Uint8Array(options.keys.key),
        encryptionKey:
          options.keys.encryptionKey === undefined
            ? undefined
            : new Uint8Array(options.keys.encryptionKey),
      });
    },
    async (rows, reply) => {
      if (!('text' in reply)) return;
      mask.addMasked(rows.length, reply.changed);
      await options.write(reply.text);
    },
    flush, // rows masked here are written once per batch, before any pooled rows
  );
  out += mask.end();
  await flush();
  return mask.report();
}

function typedOf(scan: TableScan): NonNullable<TableScan['typed']> {
  const typed = scan.typed;
  if (typed === undefined) throw new Error('columns are classified before the pool starts');
  return typed;
}
