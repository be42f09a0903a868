import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';
import type { ConfigInvalid } from './config.errors.js';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'rampart-config-'));
}

describe('loadConfig', () => {
  it('gives working defaults with no file, env or flags', () => {
    const cwd = tempDir();
    const config = loadConfig({ env: {}, cwd });
    expect({
      dataDir: config.dataDir,
      host: config.server.host,
      port: config.server.port,
      db: config.database.url,
    }).toEqual({
      dataDir: path.join(cwd, '.rampart'),
      host: '127.0.0.1',
      port: 8080,
      db: undefined,
    });
  });

  it('layers defaults ← file ← environment ← flags', () => {
    const cwd = tempDir();
    writeFileSync(
      path.join(cwd, 'rampart.config.json'),
      JSON.stringify({ server: { port: 9000, host: '0.0.0.0' }, log: { level: 'warn' } }),
    );
    const config = loadConfig({
      env: { RAMPART_PORT: '9100', RAMPART_LOG_LEVEL: 'debug' },
      cwd,
      overrides: { log: { level: 'error' } },
    });
    expect([config.server.host, config.server.port, config.log.level]).toEqual([
      '0.0.0.0',
      9100,
      'error',
    ]);
  });

  it('returns a deep-frozen object', () => {
    const config = loadConfig({ env: {}, cwd: tempDir() });
    expect(Object.isFrozen(config) && Object.isFrozen(config.server)).toBe(true);
  });

  it('reports every bad key at once, each with where to set it', () => {
    const cwd = tempDir();
    writeFileSync(
      path.join(cwd, 'rampart.config.json'),
      JSON.stringify({ server: { prot: 1 }, log: { level: 'loud' } }),
    );
    let caught: ConfigInvalid | undefined;
    try {
      loadConfig({ env: { RAMPART_PORT: 'eighty', RAMPART_DATABASE_URL: 'mysql://x' }, cwd });
    } catch (err) {
      caught = err as ConfigInvalid;
    }
    expect(caught?.code).toBe('CONFIG_INVALID');
    expect(caught?.problems.map((p) => p.key).sort()).toEqual([
      'database.url',
      'log.level',
      'server.port',
      'server.prot',
    ]);
    expect(caught?.problems.find((p) => p.key === 'database.url')?.setWith).toContain(
      'RAMPART_DATABASE_URL',
    );
  });

  it('rejects a config file that is not JSON with CONFIG_FILE_UNREADABLE', () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'bad.json'), '{ port: 1 ');
    expect(() => loadConfig({ env: {}, cwd, configFile: 'bad.json' })).toThrow(
      expect.objectContaining({ code: 'CONFIG_FILE_UNREADABLE' }),
    );
  });

  it('rejects a missing explicit config file with CONFIG_FILE_UNREADABLE', () => {
    expect(() => loadConfig({ env: {}, cwd: tempDir(), configFile: 'nope.json' })).toThrow(
      expect.objectContaining({ code: 'CONFIG_FILE_UNREADABLE' }),
    );
  });
});
