const MiB = 1024 * 1024;

/** Bounds on every parse the scanner does. All are enforced; exceeding one is a finding or error. */
export interface ScanLimits {
  /** Deepest nesting of archives and nested pickles. */
  readonly maxDepth: number;
  /** Most entries read from one archive. */
  readonly maxEntries: number;
  /** Largest decompressed member or nested payload held in memory. */
  readonly maxMemberBytes: number;
  /** Total decompressed bytes read from all archives in one file. */
  readonly maxTotalBytes: number;
  /** Largest compression ratio (uncompressed / compressed) before a member counts as a bomb. */
  readonly maxRatio: number;
  /** Largest pickle stream parsed. */
  readonly maxPickleBytes: number;
  /** Most opcodes emulated in one pickle. */
  readonly maxPickleOps: number;
  /** Largest header (safetensors JSON, npy dict, GGUF metadata) parsed. */
  readonly maxHeaderBytes: number;
  /** Largest ONNX / Keras config document parsed in memory. */
  readonly maxDocumentBytes: number;
}

/** Safe defaults, so the CLI works without a config file. */
export const DEFAULT_LIMITS: ScanLimits = {
  maxDepth: 6,
  maxEntries: 10_000,
  maxMemberBytes: 512 * MiB,
  maxTotalBytes: 2048 * MiB,
  maxRatio: 200,
  maxPickleBytes: 512 * MiB,
  maxPickleOps: 20_000_000,
  maxHeaderBytes: 100 * MiB,
  maxDocumentBytes: 1024 * MiB,
};
