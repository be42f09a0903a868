import { execFileSync } from 'node:child_process';
import { loadConfig } from '../../src/platform/config/index.js';
import { createLogger } from '../../src/platform/log/logger.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { findWebRoot } from '../../src/server/web-static.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestServer {
  readonly url: string;
  readonly runtime: Runtime;
  readonly server: RunningServer;
  stop(): Promise<void>;
}

/** Builds the dashboard when it is missing (as `npm start` does). */
export function ensureWebBuilt(): void {
  if (findWebRoot() === undefined) {
    execFileSync('node', ['scripts/ensure-built.mjs', 'web'], { stdio: 'inherit' });
  }
}

/** The whole server, as `rampart serve` runs it, on a free port over a temporary data dir. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rampart-serve-'));
  const config = loadConfig({
    env: { RAMPART_DATA_DIR: dataDir, RAMPART_PORT: '0', ...env },
    cwd: dataDir,
  });
  const runtime = await openRuntime(config, createLogger({ level: 'silent' }));
  const server = await startServer(runtime, 'test');
  return {
    url: server.url,
    runtime,
    server,
    async stop() {
      await server.stop();
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
