import type { VerifyingKey } from '../platform/crypto/signing.js';
import { verifyManifest } from '../platform/crypto/signing.js';
import type { AssetRow, RegistryRepository, VersionRow } from './registry.repository.js';
import {
  assetView,
  fileView,
  versionView,
  type AssetView,
  type VersionDetail,
} from './registry.views.js';

/**
 * A version with its files, stages, lineage and platform-signature status (checked against the
 * recorded digests; `verify` also re-hashes the content).
 */
export async function loadVersionDetail(
  repo: RegistryRepository,
  keys: readonly VerifyingKey[],
  asset: AssetRow,
  version: VersionRow,
): Promise<VersionDetail> {
  const files = (await repo.files(version.id)).map(fileView);
  const stages = (await repo.stages(asset.id))
    .filter((s) => s.versionId === version.id)
    .map((s) => s.stage);
  const inputs = await repo.inputs(version.id);
  // The signature checked against the recorded digests (cheap); `verify` also re-hashes content.
  const checked = verifyManifest(JSON.parse(version.signature) as unknown, {
    keys,
    files: files.map((f) => ({ path: f.path, sha256: f.sha256 })),
  });
  return {
    ...versionView(asset, version, files.length, stages),
    files,
    trainedOn: inputs.map((i) => ({
      kind: i.kind,
      project: i.project,
      name: i.name,
      version: i.number,
    })),
    signature: {
      verified: checked.ok,
      ...(checked.keyId === undefined ? {} : { keyId: checked.keyId }),
      problems: checked.problems,
    },
  };
}

/** An asset with its version count, latest version and stages. */
export async function loadAssetView(repo: RegistryRepository, row: AssetRow): Promise<AssetView> {
  const versions = await repo.listVersions(row.id);
  return assetView(row, versions, await repo.stages(row.id));
}
