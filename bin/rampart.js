#!/usr/bin/env node
// Entry point of the `rampart` command. Runs the compiled build when it is current; otherwise
// runs the TypeScript sources through tsx, so a fresh clone works before any build.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, serverBuildFresh } from '../scripts/build-state.mjs';

if (serverBuildFresh()) {
  await import(pathToFileURL(path.join(root, 'dist/src/main.js')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'src/main.ts')).href);
}
