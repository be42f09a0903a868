import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (where package.json is), from source (`src/`) or build (`dist/src/`). */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'rampart') return dir;
    }
    dir = path.dirname(dir);
  }
  throw new Error('package.json of rampart not found above ' + fileURLToPath(import.meta.url));
}

let cached: string | undefined;

/** Rampart's version from package.json. */
export function rampartVersion(): string {
  cached ??= (
    JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  return cached;
}
