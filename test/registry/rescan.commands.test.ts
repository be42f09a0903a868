import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/platform/store/index.js';
import { SCAN_POLICY_VERSION } from '../../src/scanning/index.js';
import { cli } from '../support/run-cli.js';

const fixture = (name: string) => `../shared/data/model-files/files/${name}`;

/** Rewrites every version as if scanned clean under an older rule set (before a policy bump). */
async function pretendOldScans(dataDir: string): Promise<void> {
  const store = await openStore({ dataDir });
  try {
    await store.db
      .updateTable('registry_versions')
      .set({ scan_policy: 'old-rules', scan_status: 'clean', status: 'available' })
      .execute();
  } finally {
    await store.close();
  }
}

describe('rampart models rescan (offline)', () => {
  it('rescans versions from an older policy, prints the counts, exits 1 on a new quarantine', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rampart-rescan-cli-'));
    const dataDir = path.join(root, 'data');
    const run = (...args: string[]) => cli(['--data-dir', dataDir, ...args]);
    const benign = path.join(root, 'config.json');
    writeFileSync(benign, '{"layers":3}');
    expect((await run('models', 'push', 'good', benign)).code).toBe(0);
    expect((await run('models', 'push', 'bad', fixture('mal_os_system_p1.pkl'))).code).toBe(1);
    await pretendOldScans(dataDir);

    const first = await run('--json', 'models', 'rescan');
    expect(first.code).toBe(1);
    expect(JSON.parse(first.stdout)).toEqual({
      checked: 2,
      rescanned: 2,
      newlyQuarantined: 1,
      failed: 0,
      policyVersion: SCAN_POLICY_VERSION,
    });
    const bad = await run('--json', 'models', 'show', 'bad@1');
    expect(JSON.parse(bad.stdout)).toMatchObject({
      status: 'quarantined',
      scan: { status: 'flagged' },
    });

    const again = await run('models', 'rescan', '--project', 'default');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('rescanned 0, newly quarantined 0');
    const audit = await run('--json', 'audit', 'log');
    expect(audit.stdout).toContain('model.rescan');
  });
});
