/** Messages between table-workers.ts (main thread) and table-worker.ts (each worker). */
import type { AnalyzerOptions } from './engine/analyzer.js';
import type { CsvLimits } from './engine/csv-reader.js';
import type { CsvSlice } from './engine/csv-split.js';
import type { EntityType } from './engine/entity-types.js';
import type { MaskPolicy } from './engine/policy.js';
import type { MaskColumns } from './engine/table-mask.js';
import type { TypedColumns } from './engine/table-scan.js';
import { PiiInputMalformed, PiiInputTooLarge } from './privacy.errors.js';

export type WorkerSetup =
  | {
      readonly mode: 'scan';
      readonly analyzer: AnalyzerOptions;
      readonly limits: CsvLimits;
      readonly typed: TypedColumns;
    }
  | {
      readonly mode: 'mask';
      readonly analyzer: AnalyzerOptions;
      readonly limits: CsvLimits;
      readonly columns: MaskColumns;
      readonly policy: MaskPolicy;
      readonly key: Uint8Array;
      readonly encryptionKey: Uint8Array | undefined;
    };

/** Rows to scan or mask: CSV text the worker parses (a string clones cheaply), or parsed rows. */
export type WorkerInput = { readonly csv: CsvSlice } | { readonly rows: readonly string[][] };

export type WorkerTask = WorkerInput & {
  readonly id: number;
  /** Scan: send every finding back, not only the counts. */
  readonly list: boolean;
};

/** Numbers per finding in {@link ScanReply.findings}. */
export const FINDING_STRIDE = 6;

/** What a worker found in its rows; counts keyed in the order the types were first found. */
export interface ScanReply {
  readonly id: number;
  readonly rows: number;
  readonly cells: number;
  /** Per column: findings by type. */
  readonly counts: readonly Partial<Record<EntityType, number>>[];
  /** Per column: cells with at least one finding. */
  readonly hits: readonly number[];
  /** Findings by type over all columns. */
  readonly found: Partial<Record<EntityType, number>>;
  /**
   * When listed: every finding in order, {@link FINDING_STRIDE} numbers each (row in the task,
   * column, index in ENTITY_TYPES, start, end, score), in one transferable buffer.
   */
  readonly findings?: Float64Array;
  /** When listed: the text of each cell with findings, in order. */
  readonly hitCells?: readonly string[];
}

export interface MaskReply {
  readonly id: number;
  readonly rows: number;
  readonly text: string;
  readonly changed: Partial<Record<EntityType, number>>;
}

/** A task that failed: the error, sent as data (a class does not survive the clone). */
export interface FailedReply {
  readonly id: number;
  readonly error: SentError;
}

/** The worker has its setup and takes tasks. */
export interface ReadyReply {
  readonly ready: true;
}

export type WorkerReply = ScanReply | MaskReply | FailedReply | ReadyReply;

type SentError =
  | {
      readonly code: 'PII_INPUT_MALFORMED';
      readonly problem: string;
      readonly line?: number;
      readonly format: string;
    }
  | { readonly code: 'PII_INPUT_TOO_LARGE'; readonly what: string; readonly limit: number }
  | { readonly code: undefined; readonly message: string };

/** The error as data, for {@link receiveError} on the other side. */
export function sendError(err: unknown): SentError {
  if (err instanceof PiiInputMalformed) {
    const { line, format, problem } = err.details as {
      line?: number;
      format: string;
      problem: string;
    };
    return { code: err.code, problem, format, ...(line === undefined ? {} : { line }) };
  }
  if (err instanceof PiiInputTooLarge) {
    const { what, limit } = err.details as { what: string; limit: number };
    return { code: err.code, what, limit };
  }
  return { code: undefined, message: err instanceof Error ? err.message : String(err) };
}

/** The error a worker sent, as the same coded error one thread throws. */
export function receiveError(sent: SentError): Error {
  switch (sent.code) {
    case 'PII_INPUT_MALFORMED':
      return new PiiInputMalformed(sent.problem, {
        ...(sent.line === undefined ? {} : { line: sent.line }),
        format: sent.format,
      });
    case 'PII_INPUT_TOO_LARGE':
      return new PiiInputTooLarge(sent.what, sent.limit);
    case undefined:
      return new Error(`a table worker failed: ${sent.message}`);
  }
}
