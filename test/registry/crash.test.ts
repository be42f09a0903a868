import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { registryBlobRoot } from '../../src/registry/create-registry.js';
import { cli } from '../support/run-cli.js';

const script = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'push-then-hang.ts',
);

/** Runs the child until it prints READY, then kills it with SIGKILL. */
function pushAndKill(dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('READY')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve(stdout)
        : reject(new Error(`child exited without being killed: ${stderr}`)),
    );
  });
}

describe('crash safety', () => {
  it('leaves no visible version after kill -9 during an upload, and the next push is version 1', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rampart-crash-'));
    const printed = await pushAndKill(dataDir);
    // The kill happened while the second file was being written to tmp/.
    expect(printed).toMatch(/READY [1-9]/);
    const shown = await cli(['--data-dir', dataDir, 'models', 'versions', 'crashy']);
    expect([shown.code, shown.stderr.includes('REGISTRY_ASSET_NOT_FOUND')]).toEqual([2, true]);
    const listed = await cli(['--data-dir', dataDir, '--json', 'models', 'list']);
    expect(JSON.parse(listed.stdout)).toEqual([]);
    // Only the temporary file of the interrupted write is left; no blob is partial.
    expect(
      readdirSync(path.join(registryBlobRoot(dataDir), 'tmp')).every((n) => n.endsWith('.part')),
    ).toBe(true);
    const pushed = await cli(['--data-dir', dataDir, '--json', 'models', 'push', 'crashy', script]);
    expect(JSON.parse(pushed.stdout).version).toBe(1);
  });
});
