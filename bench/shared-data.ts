import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of `../shared/data/<parts>` next to the repository. Throws when it is absent. */
export function sharedDataPath(...parts: string[]): string {
  const dir = path.resolve(repoRoot, '..', 'shared', 'data', ...parts);
  if (!existsSync(dir)) {
    throw new Error(
      `Shared evaluation data not found at ${dir}; check out ../shared next to the repo.`,
    );
  }
  return dir;
}
