import { formatSelector, type AssetKind, type VersionSelector } from './engine/asset-ref.js';
import { RegistryAssetNotFound, RegistryVersionNotFound } from './registry.errors.js';
import type { AssetRow, RegistryRepository, VersionRow } from './registry.repository.js';

/** Which asset: kind, project and name. */
export interface AssetScope {
  readonly kind: AssetKind;
  readonly project: string;
  readonly name: string;
}

/** The live asset; throws REGISTRY_ASSET_NOT_FOUND. */
export async function findAsset(repo: RegistryRepository, scope: AssetScope): Promise<AssetRow> {
  const row = await repo.findAsset(scope.kind, scope.project, scope.name);
  if (row === undefined) throw new RegistryAssetNotFound(scope.kind, scope.project, scope.name);
  return row;
}

/** The live version a selector names (number, stage, latest); throws REGISTRY_VERSION_NOT_FOUND. */
export async function resolveVersion(
  repo: RegistryRepository,
  scope: AssetScope,
  selector: VersionSelector,
): Promise<{ asset: AssetRow; version: VersionRow }> {
  const asset = await findAsset(repo, scope);
  let version: VersionRow | undefined;
  switch (selector.kind) {
    case 'number':
      version = await repo.versionByNumber(asset.id, selector.number);
      break;
    case 'latest':
      version = (await repo.listVersions(asset.id)).at(-1);
      break;
    case 'stage': {
      const held = (await repo.stages(asset.id)).find((s) => s.stage === selector.stage);
      version = held === undefined ? undefined : await repo.versionByNumber(asset.id, held.number);
      break;
    }
    default: {
      const never: never = selector;
      throw new Error(`unknown selector ${String(never)}`);
    }
  }
  if (version === undefined)
    throw new RegistryVersionNotFound(scope.kind, scope.name, formatSelector(selector));
  return { asset, version };
}
