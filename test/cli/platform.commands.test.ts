import { createServer } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'rampart-cli-'));
}

describe('rampart CLI', () => {
  it('prints its version', async () => {
    const result = await cli(['--version']);
    expect([result.code, result.stdout.trim()]).toEqual([0, '0.1.0']);
  });

  it('lists serve and doctor in --help', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/serve[\s\S]*doctor/);
  });

  it('exits 2 on an unknown command', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
  });

  it('reports a bad config value as CONFIG_INVALID with a hint and exit 2', async () => {
    const dir = tempDir();
    const result = await cli(['doctor'], { RAMPART_PORT: 'eighty', RAMPART_DATA_DIR: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error CONFIG_INVALID');
    expect(result.stderr).toContain('hint: ');
    expect(result.stderr).toContain('RAMPART_PORT');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('doctor --json reports each check and exits 0 when all pass', async () => {
    const dir = tempDir();
    const result = await cli(['--json', '--data-dir', dir, 'doctor']);
    const report = JSON.parse(result.stdout) as {
      ok: boolean;
      checks: { name: string; ok: boolean }[];
    };
    expect(report.checks.map((c) => c.name)).toEqual(
      expect.arrayContaining(['config', 'data directory', 'database', 'free disk', 'dashboard']),
    );
    expect(result.code).toBe(report.ok ? 0 : 1);
  });

  it('doctor names an unreachable PostgreSQL URL with its fix and exits 1', async () => {
    const result = await cli(['--json', 'doctor'], {
      RAMPART_DATA_DIR: tempDir(),
      RAMPART_DATABASE_URL: 'postgres://rampart:pw@127.0.0.1:1/none',
    });
    const report = JSON.parse(result.stdout) as {
      checks: { name: string; ok: boolean; detail: string }[];
    };
    expect(report.checks.find((c) => c.name === 'database')).toMatchObject({ ok: false });
    expect(report.checks.find((c) => c.name === 'database')?.detail).toContain(
      'DATABASE_UNREACHABLE',
    );
    expect(result.stdout).not.toContain(':pw@');
    expect(result.code).toBe(1);
  });

  it('serve reports a port already in use as SERVER_PORT_IN_USE and exits 2', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const result = await cli(['serve', '--port', String(port)], {
      RAMPART_DATA_DIR: tempDir(),
      RAMPART_LOG_LEVEL: 'silent',
    });
    blocker.close();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error SERVER_PORT_IN_USE');
  });

  it('serve reports an unreachable PostgreSQL URL as DATABASE_UNREACHABLE', async () => {
    const result = await cli(['serve'], {
      RAMPART_DATA_DIR: tempDir(),
      RAMPART_DATABASE_URL: 'postgres://x@127.0.0.1:1/none',
      RAMPART_LOG_LEVEL: 'silent',
    });
    expect(result.stderr).toContain('error DATABASE_UNREACHABLE');
    expect(result.code).toBe(3);
  });

  it('serve reports a data directory it cannot create as DATA_DIR_NOT_WRITABLE', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'file'), 'x');
    const result = await cli(['serve'], {
      RAMPART_DATA_DIR: path.join(dir, 'file', 'data'),
      RAMPART_LOG_LEVEL: 'silent',
    });
    expect(result.stderr).toContain('error DATA_DIR_NOT_WRITABLE');
    expect(result.code).toBe(3);
  });
});
