// Which builds are missing or stale. Shared by bin/rampart.js and scripts/ensure-built.mjs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time (ms) of any file below `dir`, or 0. */
export function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

function stampOf(file) {
  try {
    return Number(readFileSync(file, 'utf8'));
  } catch {
    return -1;
  }
}

/** True when dist/src exists and was built from the current sources (or there are no sources). */
export function serverBuildFresh() {
  if (!existsSync(path.join(root, 'dist/src/main.js'))) return false;
  if (!existsSync(path.join(root, 'src'))) return true;
  return (
    stampOf(path.join(root, 'dist/.server-stamp')) >=
    Math.max(newestMtime(path.join(root, 'src')), mtime('package-lock.json'))
  );
}

export function webBuildFresh() {
  if (!existsSync(path.join(root, 'dist/web/index.html'))) return false;
  if (!existsSync(path.join(root, 'web'))) return true;
  return (
    stampOf(path.join(root, 'dist/.web-stamp')) >=
    Math.max(newestMtime(path.join(root, 'web')), newestMtime(path.join(root, 'src/contracts')))
  );
}

function mtime(rel) {
  try {
    return statSync(path.join(root, rel)).mtimeMs;
  } catch {
    return 0;
  }
}
