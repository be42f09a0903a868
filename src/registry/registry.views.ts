import type { AssetKind } from './engine/asset-ref.js';
import type { VersionMetadata } from './engine/ml-bom.js';
import type { AssetRow, FileRow, VersionRow } from './registry.repository.js';
import type { ScanStatus, StoredFinding } from './scan-gate.js';

export type VersionStatus = 'available' | 'quarantined';

export interface AssetView {
  readonly kind: AssetKind;
  readonly project: string;
  readonly name: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly owner: string;
  readonly riskTier: string;
  readonly createdAt: string;
  readonly versionCount: number;
  readonly latestVersion: number | null;
  readonly stages: readonly { readonly stage: string; readonly version: number }[];
}

export interface FileView {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

export interface LineageView {
  readonly kind: string;
  readonly project: string;
  readonly name: string;
  readonly version: number;
}

export interface VersionView {
  readonly kind: AssetKind;
  readonly project: string;
  readonly name: string;
  readonly version: number;
  readonly status: VersionStatus;
  readonly statusReason: string | null;
  readonly scan: { readonly status: ScanStatus; readonly findings: readonly StoredFinding[] };
  readonly metadata: VersionMetadata;
  readonly manifestDigest: string;
  readonly totalBytes: number;
  readonly fileCount: number;
  readonly signerKeyId: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly stages: readonly string[];
}

export interface VersionDetail extends VersionView {
  readonly files: readonly FileView[];
  readonly trainedOn: readonly LineageView[];
  /** The version's signature checked against its recorded file digests. */
  readonly signature: {
    readonly verified: boolean;
    readonly keyId?: string;
    readonly problems: readonly string[];
  };
}

export interface StageMove {
  readonly stage: string;
  readonly action: 'promote' | 'rollback';
  readonly fromVersion: number | null;
  readonly toVersion: number | null;
  readonly actor: string;
  readonly at: string;
}

export function assetView(
  row: AssetRow,
  versions: readonly VersionRow[],
  stages: readonly { stage: string; number: number }[],
): AssetView {
  return {
    kind: row.kind as AssetKind,
    project: row.project,
    name: row.name,
    description: row.description,
    tags: JSON.parse(row.tags) as string[],
    owner: row.owner,
    riskTier: row.risk_tier,
    createdAt: row.created_at,
    versionCount: versions.length,
    latestVersion: versions.at(-1)?.number ?? null,
    stages: stages.map((s) => ({ stage: s.stage, version: s.number })),
  };
}

export function versionView(
  asset: AssetRow,
  row: VersionRow,
  fileCount: number,
  stages: readonly string[],
): VersionView {
  const scan = JSON.parse(row.scan_findings) as StoredFinding[];
  return {
    kind: asset.kind as AssetKind,
    project: asset.project,
    name: asset.name,
    version: row.number,
    status: row.status as VersionStatus,
    statusReason: row.status_reason,
    scan: { status: row.scan_status as ScanStatus, findings: scan },
    metadata: JSON.parse(row.metadata) as VersionMetadata,
    manifestDigest: row.manifest_digest,
    totalBytes: row.total_bytes,
    fileCount,
    signerKeyId: row.signer_key_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    stages,
  };
}

export function fileView(row: FileRow): FileView {
  return { path: row.path, sha256: row.sha256, size: row.size };
}
