import type { AssetKind } from './engine/asset-ref.js';

export interface ScanGateFile {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
  /** Opens the plaintext content (decrypted from the blob store). */
  open(): Promise<AsyncIterable<Uint8Array>>;
}

/** A finding as stored with a version: small and free of content. */
export interface StoredFinding {
  readonly file: string;
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  readonly symbol?: string;
}

export type ScanStatus = 'clean' | 'flagged' | 'unscanned' | 'error';

export interface ScanGateResult {
  readonly status: ScanStatus;
  /** True when the version must not become available (a critical finding). */
  readonly quarantine: boolean;
  readonly reason?: string;
  readonly findings: readonly StoredFinding[];
  readonly policyVersion?: string;
}

/**
 * What the registry calls on each new model version before it becomes available. The scanning
 * domain supplies the real gate (`scanningGate`); `unscannedGate` marks versions `unscanned`.
 */
export interface ScanGate {
  scan(input: {
    readonly kind: AssetKind;
    readonly name: string;
    readonly files: readonly ScanGateFile[];
  }): Promise<ScanGateResult>;
}

/** Marks every version `unscanned` (no scanner wired). */
export const unscannedGate: ScanGate = {
  scan: () => Promise.resolve({ status: 'unscanned', quarantine: false, findings: [] }),
};
