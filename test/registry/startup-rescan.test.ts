import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config/index.js';
import { createLogger } from '../../src/platform/log/logger.js';
import { openStore } from '../../src/platform/store/index.js';
import type { RegistryService } from '../../src/registry/registry.service.js';
import { startStartupRescan } from '../../src/registry/startup-rescan.js';
import { openRuntime } from '../../src/runtime.js';
import { SCAN_POLICY_VERSION } from '../../src/scanning/index.js';
import { cli } from '../support/run-cli.js';

const fixture = (name: string) => `../shared/data/model-files/files/${name}`;

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'info',
    destination: {
      write(text: string) {
        lines.push(JSON.parse(text) as Record<string, unknown>);
      },
    },
  });
  return { logger, lines };
}

describe('startup rescan', () => {
  it('openRuntime rescans versions from an older policy in the background and logs the counts', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rampart-startup-rescan-'));
    try {
      await cli(['--data-dir', dataDir, 'models', 'push', 'bad', fixture('mal_os_system_p1.pkl')]);
      const store = await openStore({ dataDir });
      await store.db
        .updateTable('registry_versions')
        .set({ scan_policy: 'old-rules', scan_status: 'clean', status: 'available' })
        .execute();
      await store.close();

      const { logger, lines } = capturingLogger();
      const config = loadConfig({ env: { RAMPART_DATA_DIR: dataDir }, cwd: dataDir });
      const runtime = await openRuntime(config, logger);
      try {
        const finished = () => lines.find((l) => l['component'] === 'registry-rescan');
        for (let i = 0; i < 200 && finished() === undefined; i++)
          await new Promise((r) => setTimeout(r, 25));
        expect(finished()).toMatchObject({
          checked: 1,
          rescanned: 1,
          newlyQuarantined: 1,
          failed: 0,
          policyVersion: SCAN_POLICY_VERSION,
        });
      } finally {
        await runtime.close();
      }
      const reopened = await openStore({ dataDir });
      const row = await reopened.db
        .selectFrom('registry_versions')
        .select(['status', 'scan_policy'])
        .executeTakeFirstOrThrow();
      await reopened.close();
      expect(row).toEqual({ status: 'quarantined', scan_policy: SCAN_POLICY_VERSION });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('never rejects: a failing rescan is logged as a warning', async () => {
    const { logger, lines } = capturingLogger();
    const failing = {
      rescanOutdated: () => Promise.reject(new Error('database is gone')),
    } as unknown as RegistryService;
    await expect(startStartupRescan({ service: failing, logger })).resolves.toBeUndefined();
    expect(lines).toEqual([expect.objectContaining({ level: 40, component: 'registry-rescan' })]);
  });
});
