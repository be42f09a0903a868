/**
 * Scans and masks big tables on several cores. The main thread analyses the sample and
 * classifies the columns exactly as the one-thread scan does. After the sample, a CSV is cut
 * into slices of whole rows (engine/csv-split.ts) that the workers (table-worker.ts) parse
 * themselves, and other tables go out as batches of rows; answers are taken back in input
 * order, so findings, counts, masked output and errors are the same as with one thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createAnalyzer, type AnalyzerOptions } from './engine/analyzer.js';
import type { CsvLimits } from './engine/csv-reader.js';
import { CsvSplitter, parseCsvSlice, type CsvSlice } from './engine/csv-split.js';
import { ENTITY_TYPES, type EntityType } from './engine/entity-types.js';
import { TableMask } from './engine/table-mask.js';
import { TableScan } from './engine/table-scan.js';
import { csvRowBatches } from './engine/table-scanner.js';
import type {
  TableMaskOptions,
  TableMaskReport,
  TableScanOptions,
  TableScanReport,
} from './engine/table-types.js';
import { tableBatches, textChunks, type FileFormat } from './privacy.files.js';
import {
  FINDING_STRIDE,
  receiveError,
  type MaskReply,
  type ScanReply,
  type WorkerInput,
  type WorkerReply,
  type WorkerSetup,
} from './table-worker-protocol.js';
import { createTaskHandler, TABLE_WORKER, type TaskHandler } from './table-worker.js';

/** Most threads a table job uses: this one and up to 15 workers. */
export const MAX_TABLE_WORKERS = 16;

/** Inputs smaller than this get one thread from {@link workersFor}: start-up would win. */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/** Threads for `--workers auto`: one per core, at most {@link MAX_TABLE_WORKERS}. */
export function autoWorkers(): number {
  return Math.min(availableParallelism(), MAX_TABLE_WORKERS);
}

/** Threads for a table file of `bytes`: {@link autoWorkers} from 16 MB up, one below. */
export function workersFor(bytes: number): number {
  return bytes >= PARALLEL_MIN_BYTES ? autoWorkers() : 1;
}

type Batches = AsyncIterable<string[][]> | Iterable<string[][]>;

/** A table to scan or mask: CSV as decoded text chunks, or batches of rows (header first). */
export type TableSource =
  { readonly csv: AsyncIterable<string> | Iterable<string> } | { readonly rows: Batches };

/** The source for a CSV or Parquet file: CSV as text (workers parse it), Parquet as rows. */
export async function tableSource(file: string, format: FileFormat): Promise<TableSource> {
  return format === 'csv' ? { csv: textChunks(file) } : { rows: await tableBatches(file, format) };
}

/** Characters per piece of a chunk: csvRowBatches' batch, so the reader's checks run alike. */
const PIECE_CHARS = 64 * 1024;

/** Options of the jobs on worker threads. */
export interface ParallelOptions extends CsvLimits {
  /** Threads: this one and `workers - 1` worker threads (1: this thread only). */
  readonly workers: number;
  /** Characters of whole CSV rows per slice sent to a worker. Default 512 KiB. */
  readonly sliceChars?: number;
  /**
   * Every task after the sample goes to a worker thread, waiting for it to start, and none is
   * answered on this thread (tests of the worker path). Default false.
   */
  readonly workersOnly?: boolean;
}

/** A worker in source form (tests, `tsx`) needs the TypeScript loader registered first. */
function startWorker(): Worker {
  const self = import.meta.url;
  if (self.endsWith('.ts')) {
    const url = new URL('./table-worker.ts', self).href;
    // Resolved here: an eval'd worker would resolve a bare name from the working directory.
    const tsx = import.meta.resolve('tsx/esm/api');
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url)}); });`;
    return new Worker(boot, { eval: true, workerData: TABLE_WORKER });
  }
  return new Worker(new URL('./table-worker.js', self), { workerData: TABLE_WORKER });
}

type Answer = ScanReply | MaskReply;

/**
 * A fixed set of workers, started at once. Tasks go only to workers that have loaded and taken
 * the setup, the least busy first, so a slow start never holds a job up: until then this thread
 * answers the tasks.
 */
class Pool {
  private readonly workers: Worker[];
  private readonly busy: number[];
  private readonly isReady: boolean[];
  private readonly waiting = new Map<
    number,
    { resolve: (r: Answer) => void; reject: (e: unknown) => void }
  >();
  private nextId = 0;
  private failure: Error | undefined;
  private isSetUp = false;

  /** `isStarted`: take each worker as ready at once; its tasks wait in its port meanwhile. */
  constructor(size: number, isStarted: boolean) {
    this.workers = Array.from({ length: size }, () => startWorker());
    this.busy = this.workers.map(() => 0);
    this.isReady = this.workers.map(() => isStarted);
    this.workers.forEach((w, i) => {
      w.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) {
          this.isReady[i] = true;
          return;
        }
        const waiter = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        this.busy[i] = (this.busy[i] ?? 1) - 1;
        if ('error' in reply) waiter?.reject(receiveError(reply.error));
        else waiter?.resolve(reply);
      });
      w.on('error', (err) => this.fail(err));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a table worker stopped with code ${code}`));
      });
    });
  }

  setUp(setup: WorkerSetup): void {
    if (!this.isSetUp) for (const w of this.workers) w.postMessage({ setup });
    this.isSetUp = true;
  }

  /** The ready worker with the fewest tasks, when it has fewer than `tasks`; -1 otherwise. */
  private pick(tasks: number): number {
    let pick = -1;
    for (let i = 0; i < this.workers.length; i++)
      if (this.isReady[i] === true && (this.busy[i] ?? 0) < (this.busy[pick] ?? tasks)) pick = i;
    return pick;
  }

  /** Runs the task on a ready worker with fewer than `tasks` queued; undefined when there is none. */
  run(input: WorkerInput, list: boolean, tasks: number): Promise<Answer> | undefined {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const pick = this.pick(tasks);
    if (pick < 0) return undefined;
    const id = this.nextId++;
    this.busy[pick] = (this.busy[pick] ?? 0) + 1;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.workers[pick]?.postMessage({ id, list, ...input });
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

/** What scanning and masking have in common for {@link runJob}. */
interface TableJob {
  /** True once the sample is done and later rows can go to the workers. */
  readonly isSampled: boolean;
  /** Takes a row on this thread (the sample, and with one thread every row). */
  take(row: string[]): void;
  /** Called after each batch or slice of rows taken here. */
  flush(): Promise<void> | void;
  setup(): WorkerSetup;
  /** The analyzer and keys this thread uses, for the tasks it answers itself. */
  readonly here: Parameters<typeof createTaskHandler>[1];
  /** Whether the next task must send its findings back, not only counts. */
  wantsList(): boolean;
  /** A worker's answer, in input order. */
  settle(answer: Answer): Promise<void> | void;
}

/** Tasks per worker queued before this thread answers one itself. */
const QUEUED_PER_WORKER = 2;
/**
 * Tasks in flight per thread, answered or not: room for this thread to go on while the workers
 * start, with memory bounded (slices of 512 KiB: at most 4 MiB of text per thread).
 */
const IN_FLIGHT_PER_THREAD = 8;
/** CSV characters read before the workers start loading, though the sample may not be done. */
const WARM_UP_CHARS = 256 * 1024;

/**
 * Feeds the table to `job`: rows on this thread until the sample is done (all of them with one
 * thread), then slices or batches to `workers - 1` worker threads and this one, answers settled
 * in input order, a few tasks per thread in flight. This thread answers a task itself when no
 * worker is ready with fewer than {@link QUEUED_PER_WORKER} queued, so the workers never wait
 * for it and it never waits for a worker still starting. An input error comes after the answers
 * for the rows before it.
 */
async function runJob(source: TableSource, options: ParallelOptions, job: TableJob): Promise<void> {
  const { workers } = options;
  let pool: Pool | undefined;
  let setup: WorkerSetup | undefined;
  let answerHere: TaskHandler | undefined;
  const inFlight: Promise<Answer>[] = [];
  const settleOne = async (): Promise<void> => {
    const head = inFlight.shift();
    if (head !== undefined) await job.settle(await head);
  };
  const workersOnly = options.workersOnly === true;
  const warmUp = (): Pool => (pool ??= new Pool(workers - 1, workersOnly));
  const send = async (input: WorkerInput): Promise<void> => {
    const workerPool = warmUp();
    const taskSetup = (setup ??= job.setup());
    workerPool.setUp(taskSetup);
    const list = job.wantsList();
    // Take in the answers that came while this thread was busy, so the queue lengths are current.
    await new Promise((resolve) => setImmediate(resolve));
    let answer =
      workerPool.run(input, list, QUEUED_PER_WORKER) ??
      (workersOnly ? workerPool.run(input, list, Infinity) : undefined);
    if (answer === undefined) {
      const here = (answerHere ??= createTaskHandler(taskSetup, job.here));
      // Answered now; a throw rejects this answer, settled in order like a worker's.
      answer = new Promise((resolve) => resolve(here({ id: -1, list, ...input })));
    }
    answer.catch(() => undefined); // observed when settled; never an unhandled rejection
    inFlight.push(answer);
    while (inFlight.length >= IN_FLIGHT_PER_THREAD * workers) await settleOne();
  };
  try {
    try {
      if ('rows' in source) await feedRows(source.rows, workers > 1, job, send);
      else if (workers <= 1) await feedRows(csvRowBatches(source.csv, options), false, job, send);
      else await feedCsv(source.csv, options, job, { send, warmUp });
    } catch (err) {
      while (inFlight.length > 0) await settleOne();
      throw err;
    }
    while (inFlight.length > 0) await settleOne();
  } finally {
    await pool?.close();
  }
}

async function feedRows(
  batches: Batches,
  canSend: boolean,
  job: TableJob,
  send: (input: WorkerInput) => Promise<void>,
): Promise<void> {
  for await (const batch of batches) {
    let i = 0;
    while (i < batch.length && !(canSend && job.isSampled)) job.take(batch[i++] ?? []);
    await job.flush();
    if (i < batch.length) await send({ rows: i === 0 ? batch : batch.slice(i) });
  }
}

/**
 * Cuts the CSV text into slices of whole rows. While the sample lasts, each piece's rows are
 * parsed and taken here; after it, slices of about `sliceChars` go to the workers.
 */
async function feedCsv(
  chunks: AsyncIterable<string> | Iterable<string>,
  { sliceChars = 512 * 1024, ...limits }: ParallelOptions,
  job: TableJob,
  pool: { send: (input: WorkerInput) => Promise<void>; warmUp: () => void },
): Promise<void> {
  const { send } = pool;
  let read = 0;
  const splitter = new CsvSplitter(limitsOf(limits));
  const dispatch = async (slice: CsvSlice | undefined): Promise<void> => {
    if (slice === undefined) return;
    if (job.isSampled) return send({ csv: slice });
    for (const row of parseCsvSlice(slice, limitsOf(limits))) job.take(row);
    await job.flush();
  };
  reading: for await (const chunk of chunks) {
    read += chunk.length;
    if (read >= WARM_UP_CHARS) pool.warmUp();
    for (let i = 0; i < chunk.length; i += PIECE_CHARS) {
      splitter.push(chunk.length <= PIECE_CHARS ? chunk : chunk.slice(i, i + PIECE_CHARS));
      if (splitter.failed || !job.isSampled || splitter.ready >= sliceChars)
        await dispatch(splitter.cut());
      if (splitter.failed) break reading; // that slice's parse throws the reader's error
    }
  }
  if (!splitter.failed) await dispatch(splitter.end());
}

/** {@link TableScanOptions} on worker threads. */
export interface ParallelScanOptions extends TableScanOptions, ParallelOptions {
  /**
   * `onFinding` receives the first `maxListed` findings only (default: all); the report still
   * counts every finding. Workers send findings back only while they may be listed.
   */
  readonly maxListed?: number;
}

export interface ParallelScanReport extends TableScanReport {
  /** Findings by type over the whole table, keyed in the order each type was first found. */
  readonly found: Partial<Record<EntityType, number>>;
}

/** Counts of the rows after the sample, added to the sample's report. */
interface ScanTotals {
  rows: number;
  cells: number;
  readonly counts: Partial<Record<EntityType, number>>[];
  readonly hits: number[];
}

function addCounts(
  into: Partial<Record<EntityType, number>>,
  from: Partial<Record<EntityType, number>>,
): void {
  for (const [t, n] of Object.entries(from))
    into[t as EntityType] = (into[t as EntityType] ?? 0) + n;
}

/**
 * {@link scanTable} on `workers` threads (1: this thread only): the same report, and the same
 * findings in the same order to `onFinding`.
 */
export async function scanTableInParallel(
  source: TableSource,
  analyzerOptions: AnalyzerOptions,
  options: ParallelScanOptions,
): Promise<ParallelScanReport> {
  const { onFinding, maxListed = Infinity } = options;
  const found: Partial<Record<EntityType, number>> = {};
  let listed = 0;
  const analyzer = createAnalyzer(analyzerOptions);
  const scan = new TableScan(analyzer, {
    ...options,
    onFinding: (finding, cell) => {
      found[finding.type] = (found[finding.type] ?? 0) + 1;
      if (onFinding !== undefined && listed < maxListed) {
        listed++;
        onFinding(finding, cell);
      }
    },
  });
  let sample: TableScanReport | undefined; // the report when the workers took over
  let after: ScanTotals | undefined;
  const typed = (): NonNullable<TableScan['typed']> => {
    const t = scan.typed;
    if (t === undefined) throw new Error('columns are classified before the pool starts');
    return t;
  };
  const list = (reply: ScanReply, firstRow: number): void => {
    const { findings, hitCells = [] } = reply;
    if (findings === undefined || onFinding === undefined) return;
    const header = typed().header;
    let cell = -1;
    let lastRow = -1;
    let lastColumn = -1;
    for (
      let i = 0;
      i + FINDING_STRIDE <= findings.length && listed < maxListed;
      i += FINDING_STRIDE
    ) {
      const r = findings[i] ?? 0;
      const c = findings[i + 1] ?? 0;
      if (r !== lastRow || c !== lastColumn) cell++;
      lastRow = r;
      lastColumn = c;
      listed++;
      onFinding(
        {
          row: firstRow + r,
          column: header[c] ?? `column_${c + 1}`,
          type: ENTITY_TYPES[findings[i + 2] ?? 0] ?? 'GENERIC_SECRET',
          start: findings[i + 3] ?? 0,
          end: findings[i + 4] ?? 0,
          score: findings[i + 5] ?? 0,
        },
        hitCells[cell] ?? '',
      );
    }
  };
  await runJob(source, options, {
    get isSampled() {
      return scan.typed !== undefined;
    },
    take: (row) => scan.add(row),
    flush: () => undefined,
    setup: () => ({
      mode: 'scan',
      analyzer: analyzerOptions,
      limits: limitsOf(options),
      typed: typed(),
    }),
    here: { analyzer },
    wantsList: () => onFinding !== undefined && listed < maxListed,
    settle: (answer) => {
      if (!('hits' in answer)) return;
      sample ??= scan.report();
      after ??= {
        rows: sample.rows,
        cells: sample.cells,
        counts: sample.columns.map((col) => ({ ...col.counts })),
        hits: sample.columns.map((col) => col.cellsWithFindings),
      };
      list(answer, after.rows);
      after.rows += answer.rows;
      after.cells += answer.cells;
      answer.counts.forEach((counts, c) => {
        const into = after?.counts[c];
        if (into !== undefined) addCounts(into, counts);
      });
      answer.hits.forEach((n, c) => {
        if (after !== undefined && c < after.hits.length) after.hits[c] = (after.hits[c] ?? 0) + n;
      });
      addCounts(found, answer.found);
    },
  });
  return { ...withTotals(sample ?? scan.report(), after), found };
}

/** The sample's report with the later rows' counts added, totals summed as TableScan does. */
function withTotals(sample: TableScanReport, after: ScanTotals | undefined): TableScanReport {
  if (after === undefined) return sample;
  const columns = sample.columns.map((col, c) => ({
    ...col,
    counts: after.counts[c] ?? {},
    cellsWithFindings: after.hits[c] ?? 0,
  }));
  const totals: Partial<Record<EntityType, number>> = {};
  for (const col of columns) addCounts(totals, col.counts);
  return { ...sample, rows: after.rows, cells: after.cells, columns, totals };
}

function limitsOf(options: CsvLimits): CsvLimits {
  return {
    ...(options.maxFieldChars === undefined ? {} : { maxFieldChars: options.maxFieldChars }),
    ...(options.maxColumns === undefined ? {} : { maxColumns: options.maxColumns }),
  };
}

/** {@link maskTable} on `workers` threads (1: this thread only); same output and counts. */
export async function maskTableInParallel(
  source: TableSource,
  analyzerOptions: AnalyzerOptions,
  options: TableMaskOptions & ParallelOptions,
): Promise<TableMaskReport> {
  const analyzer = createAnalyzer(analyzerOptions);
  const mask = new TableMask(analyzer, options);
  let out = '';
  const flush = async (): Promise<void> => {
    if (out === '') return;
    const text = out;
    out = '';
    await options.write(text);
  };
  await runJob(source, options, {
    get isSampled() {
      return mask.columns !== undefined;
    },
    take: (row) => void (out += mask.add(row)),
    flush, // rows masked here are written once per batch, before any pooled rows
    setup: () => {
      const columns = mask.columns;
      if (columns === undefined) throw new Error('columns are classified before the pool starts');
      return {
        mode: 'mask',
        analyzer: analyzerOptions,
        limits: limitsOf(options),
        columns,
        policy: options.policy,
        key: new Uint8Array(options.keys.key),
        encryptionKey:
          options.keys.encryptionKey === undefined
            ? undefined
            : new Uint8Array(options.keys.encryptionKey),
      };
    },
    here: { analyzer, keys: options.keys },
    wantsList: () => false,
    settle: async (answer) => {
      if (!('text' in answer)) return;
      mask.addMasked(answer.rows, answer.changed);
      if (answer.text !== '') await options.write(answer.text);
    },
  });
  out += mask.end();
  await flush();
  return mask.report();
}
