// Builds what is missing or stale (server, then dashboard) so `npm start` works on a fresh clone.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newestMtime, root, serverBuildFresh, webBuildFresh } from './build-state.mjs';

const only = process.argv[2]; // 'server' | 'web' | undefined (both)
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function copyAssets(fromDir, toDir) {
  for (const entry of readdirSync(fromDir, { withFileTypes: true })) {
    const from = path.join(fromDir, entry.name);
    const to = path.join(toDir, entry.name);
    if (entry.isDirectory()) copyAssets(from, to);
    else if (!entry.name.endsWith('.ts')) {
      mkdirSync(toDir, { recursive: true });
      cpSync(from, to);
    }
  }
}

if (only !== 'web' && !serverBuildFresh()) {
  process.stderr.write('rampart: building the server (tsc)…\n');
  const stamp = Math.max(newestMtime(path.join(root, 'src')), Date.now() - 1000);
  try {
    execFileSync(npx, ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
    copyAssets(path.join(root, 'src'), path.join(root, 'dist/src'));
    writeFileSync(path.join(root, 'dist/.server-stamp'), String(stamp));
  } catch {
    // bin/rampart.js runs the sources through tsx when the build is not current.
    process.stderr.write(
      'rampart: the server build failed; running from the TypeScript sources instead.\n',
    );
  }
}
if (only !== 'server' && !webBuildFresh()) {
  process.stderr.write('rampart: building the web dashboard (vite)…\n');
  const stamp = Math.max(newestMtime(path.join(root, 'web')), Date.now() - 1000);
  execFileSync(npx, ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  writeFileSync(path.join(root, 'dist/.web-stamp'), String(stamp));
}
