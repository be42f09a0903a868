/** Messages between table-workers.ts (main thread) and table-worker.ts (each worker). */
import type { AnalyzerOptions } from './engine/analyzer.js';
import type { EntityType } from './engine/entity-types.js';
import type { MaskPolicy } from './engine/policy.js';
import type { MaskColumns } from './engine/table-mask.js';
import type { TypedColumns } from './engine/table-scan.js';

export type WorkerSetup =
  | { readonly mode: 'scan'; readonly analyzer: AnalyzerOptions; readonly typed: TypedColumns }
  | {
      readonly mode: 'mask';
      readonly analyzer: AnalyzerOptions;
      readonly columns: MaskColumns;
      readonly policy: MaskPolicy;
      readonly key: Uint8Array;
      readonly encryptionKey: Uint8Array | undefined;
    };

export interface WorkerTask {
  readonly id: number;
  readonly rows: readonly string[][];
}

export type WorkerReply =
  /** A scanned batch: findings packed as in TableScan.addScannedPacked. */
  | { readonly id: number; readonly cells: number; readonly findings: Float64Array }
  | {
      readonly id: number;
      readonly text: string;
      readonly changed: Partial<Record<EntityType, number>>;
    };
