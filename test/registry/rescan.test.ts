import { createReadStream } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { generateSigningKey } from '../../src/platform/crypto/signing.js';
import { RegistryService, type AssetScope } from '../../src/registry/registry.service.js';
import type { ScanGate } from '../../src/registry/scan-gate.js';
import { scanningGate } from '../../src/registry/scanning-gate.js';
import { SCAN_POLICY_VERSION } from '../../src/scanning/index.js';
import { dialects } from '../support/dialects.js';
import { actorWith, admin, bytes, openRegistry, type RegistryFixture } from './support.js';

const model: AssetScope = { kind: 'model', project: 'default', name: 'resnet' };
const v = (number: number) => ({ kind: 'number', number }) as const;
const fixture = (name: string) => `../shared/data/model-files/files/${name}`;

async function text(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(Buffer.from(c));
  return Buffer.concat(parts).toString();
}

/**
 * A gate whose rule set the test swaps: policy `rules-1` flags content containing `known-bad`,
 * `rules-2` also flags `new-bad` (the bump that catches what the old rules missed).
 */
function switchableGate() {
  const state = { policy: 'rules-1', scans: 0 };
  const markers = (): string[] =>
    state.policy === 'rules-1' ? ['known-bad'] : ['known-bad', 'new-bad'];
  const gate: ScanGate = {
    async scan({ files }) {
      state.scans++;
      const bad: string[] = [];
      for (const f of files) {
        const content = await text(await f.open());
        if (markers().some((m) => content.includes(m))) bad.push(f.path);
      }
      return {
        status: bad.length > 0 ? 'flagged' : 'clean',
        quarantine: bad.length > 0,
        ...(bad.length > 0 ? { reason: `critical issues in ${bad.join(', ')}` } : {}),
        findings: bad.map((file) => ({
          file,
          rule: 'test-marker',
          severity: 'critical',
          message: 'marker found',
        })),
        policyVersion: state.policy,
      };
    },
  };
  return { gate, state };
}

describe.each(dialects)('rescan of outdated scans on $name', (dialect) => {
  let f: RegistryFixture;
  afterEach(async () => {
    await f.opened.cleanup();
  });

  const push = (content: string, scope: AssetScope = model) =>
    f.service.pushVersion(admin, scope, { files: [{ path: 'model.bin', source: bytes(content) }] });
  const policies = async () =>
    (
      await f.opened.store.db
        .selectFrom('registry_versions')
        .select(['number', 'scan_policy'])
        .orderBy('created_at')
        .orderBy('number')
        .execute()
    ).map((r) => r.scan_policy);

  it('stores the policy version with every scan', async () => {
    const { gate } = switchableGate();
    f = await openRegistry(dialect, gate);
    await push('weights');
    expect(await policies()).toEqual(['rules-1']);
  });

  it('rescans versions scanned under an older policy, quarantines the newly flagged, skips current ones', async () => {
    const { gate, state } = switchableGate();
    f = await openRegistry(dialect, gate);
    await push('weights with new-bad inside');
    await push('clean weights');
    expect((await f.service.getVersion(admin, model, v(1))).status).toBe('available');
    state.policy = 'rules-2';
    await push('newest weights'); // scanned under rules-2 already
    const scansBefore = state.scans;
    f.audit.entries.length = 0;

    const counts = await f.service.rescanOutdated(admin, { currentPolicyVersion: 'rules-2' });
    expect(counts).toEqual({ checked: 3, rescanned: 2, newlyQuarantined: 1, failed: 0 });
    expect(state.scans - scansBefore).toBe(2);
    const first = await f.service.getVersion(admin, model, v(1));
    expect([first.status, first.scan.status, first.scan.findings.length]).toEqual([
      'quarantined',
      'flagged',
      1,
    ]);
    expect(first.statusReason).toMatch(/rescan/);
    expect((await f.service.getVersion(admin, model, v(2))).status).toBe('available');
    expect(await policies()).toEqual(['rules-2', 'rules-2', 'rules-2']);
    const rescanRecords = f.audit.entries.filter((e) => e.entry.action === 'model.rescan');
    expect(rescanRecords).toHaveLength(1);
    expect(rescanRecords[0]?.entry).toMatchObject({
      outcome: 'allowed',
      details: { rescanned: 2, newlyQuarantined: 1, quarantined: ['default/resnet@1'] },
    });

    const again = await f.service.rescanOutdated(admin, { currentPolicyVersion: 'rules-2' });
    expect(again).toEqual({ checked: 3, rescanned: 0, newlyQuarantined: 0, failed: 0 });
    expect(state.scans - scansBefore).toBe(2);
  });

  it('rescans versions with no recorded policy and never releases a quarantined one', async () => {
    const { gate, state } = switchableGate();
    f = await openRegistry(dialect, gate);
    await push('known-bad weights'); // quarantined by the gate
    await push('fine weights');
    await f.service.quarantine(admin, model, v(2), 'manual review');
    await f.opened.store.db.updateTable('registry_versions').set({ scan_policy: null }).execute();
    state.policy = 'rules-2';
    // The second version stays quarantined although it is clean now.
    const counts = await f.service.rescanOutdated(admin, { currentPolicyVersion: 'rules-2' });
    expect(counts).toEqual({ checked: 2, rescanned: 2, newlyQuarantined: 0, failed: 0 });
    const second = await f.service.getVersion(admin, model, v(2));
    expect([second.status, second.statusReason, second.scan.status]).toEqual([
      'quarantined',
      'manual review',
      'clean',
    ]);
    expect((await f.service.getVersion(admin, model, v(1))).status).toBe('quarantined');
  });

  it('skips deleted versions and datasets, and limits itself to --project', async () => {
    const { gate, state } = switchableGate();
    f = await openRegistry(dialect, gate);
    await push('new-bad a');
    await push('new-bad b');
    await f.service.delete(admin, model, v(2));
    await push('new-bad d', { kind: 'dataset', project: 'default', name: 'data' });
    await push('new-bad c', { ...model, project: 'vision' });
    state.policy = 'rules-2';
    expect(
      await f.service.rescanOutdated(admin, { currentPolicyVersion: 'rules-2', project: 'vision' }),
    ).toEqual({ checked: 1, rescanned: 1, newlyQuarantined: 1, failed: 0 });
    expect(await f.service.rescanOutdated(admin, { currentPolicyVersion: 'rules-2' })).toEqual({
      checked: 2,
      rescanned: 1,
      newlyQuarantined: 1,
      failed: 0,
    });
    const deleted = await f.opened.store.db
      .selectFrom('registry_versions')
      .select(['status', 'scan_policy'])
      .where('deleted_at', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(deleted).toEqual({ status: 'available', scan_policy: 'rules-1' });
  });

  it('needs model:quarantine (globally without a project) and audits a refusal', async () => {
    const { gate } = switchableGate();
    f = await openRegistry(dialect, gate);
    await push('weights');
    const reader = actorWith(['model:read']);
    await expect(
      f.service.rescanOutdated(reader, { currentPolicyVersion: 'rules-2' }),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    const projectOnly = actorWith([], { default: ['model:quarantine'] });
    await expect(
      f.service.rescanOutdated(projectOnly, { currentPolicyVersion: 'rules-2' }),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    expect(
      await f.service.rescanOutdated(projectOnly, {
        currentPolicyVersion: 'rules-2',
        project: 'default',
      }),
    ).toMatchObject({ rescanned: 1 });
    expect(f.audit.actions().filter((a) => a.startsWith('model.rescan'))).toEqual([
      'model.rescan:denied',
      'model.rescan:denied',
      'model.rescan:allowed',
    ]);
  });

  it('counts a version whose blob is gone as failed, goes on with the others and retries it later', async () => {
    const { gate, state } = switchableGate();
    f = await openRegistry(dialect, gate);
    const broken = await push('weights one');
    await push('new-bad two');
    await f.blobs.delete(broken.files[0]?.sha256 ?? '');
    state.policy = 'rules-2';
    expect(await f.service.rescanOutdated(admin, { currentPolicyVersion: 'rules-2' })).toEqual({
      checked: 2,
      rescanned: 1,
      newlyQuarantined: 1,
      failed: 1,
    });
    expect(await policies()).toEqual(['rules-1', 'rules-2']);
    expect(f.audit.entries.at(-1)?.entry.details).toMatchObject({
      failedVersions: [{ version: 'default/resnet@1', error: expect.any(String) }],
    });
  });

  it('applies each version once when two rescans run at the same time (replicas)', async () => {
    const { gate, state } = switchableGate();
    f = await openRegistry(dialect, gate);
    for (const content of ['new-bad 1', 'ok 2', 'new-bad 3', 'ok 4']) await push(content);
    state.policy = 'rules-2';
    const other = new RegistryService({
      db: f.opened.store.db,
      blobs: f.blobs,
      audit: f.audit,
      signingKey: generateSigningKey(),
      scanGate: gate,
    });
    const results = await Promise.all([
      f.service.rescanOutdated(admin, { currentPolicyVersion: 'rules-2' }),
      other.rescanOutdated(admin, { currentPolicyVersion: 'rules-2' }),
    ]);
    expect(results.reduce((n, r) => n + r.rescanned, 0)).toBe(4);
    expect(results.reduce((n, r) => n + r.newlyQuarantined, 0)).toBe(2);
    expect(results.every((r) => r.failed === 0)).toBe(true);
    const statuses = (await f.service.listVersions(admin, model)).map((x) => x.status);
    expect(statuses).toEqual(['quarantined', 'available', 'quarantined', 'available']);
  });

  it('with the real scanner: a version stored unscanned is rescanned and its malicious pickle quarantined', async () => {
    f = await openRegistry(dialect); // no gate: versions are stored `unscanned`, no policy
    await f.service.pushVersion(admin, model, {
      files: [{ path: 'model.pkl', source: createReadStream(fixture('mal_os_system_p1.pkl')) }],
    });
    await f.service.pushVersion(admin, model, {
      files: [
        {
          path: 'model.safetensors',
          source: createReadStream(fixture('benign_model.safetensors')),
        },
      ],
    });
    expect(await policies()).toEqual([null, null]);
    const scanned = new RegistryService({
      db: f.opened.store.db,
      blobs: f.blobs,
      audit: f.audit,
      signingKey: generateSigningKey(),
      scanGate: scanningGate(),
    });
    const counts = await scanned.rescanOutdated(admin, {
      currentPolicyVersion: SCAN_POLICY_VERSION,
    });
    expect(counts).toEqual({ checked: 2, rescanned: 2, newlyQuarantined: 1, failed: 0 });
    const views = await f.service.listVersions(admin, model);
    expect(views.map((x) => [x.status, x.scan.status])).toEqual([
      ['quarantined', 'flagged'],
      ['available', 'clean'],
    ]);
    expect(await policies()).toEqual([SCAN_POLICY_VERSION, SCAN_POLICY_VERSION]);
    expect(
      await scanned.rescanOutdated(admin, { currentPolicyVersion: SCAN_POLICY_VERSION }),
    ).toMatchObject({ rescanned: 0 });
  });
});
