import { describe, expect, it } from 'vitest';
import { systemActor } from '../identity/actor.js';
import { PermissionDenied } from '../identity/require-permission.js';
import type { AuditEntry, AuditSink } from './audit-sink.js';
import { audited } from './audited.js';

function sink(): AuditSink & { entries: AuditEntry[] } {
  const entries: AuditEntry[] = [];
  return { entries, record: async (_actor, entry) => void entries.push(entry) };
}

const actor = systemActor([]);
const what = { action: 'thing.do', resource: { type: 'thing', id: 't1' }, project: 'p' };

describe('audited', () => {
  it('records one allowed entry with the details and returns the result', async () => {
    const audit = sink();
    expect(await audited(audit, actor, what, async () => ({ result: 42, details: { n: 1 } }))).toBe(
      42,
    );
    expect(audit.entries).toEqual([{ ...what, outcome: 'allowed', details: { n: 1 } }]);
  });

  it('records a denial for PERMISSION_DENIED and rethrows it', async () => {
    const audit = sink();
    await expect(
      audited(audit, actor, what, () => Promise.reject(new PermissionDenied('thing:do'))),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    expect(audit.entries).toEqual([
      { ...what, outcome: 'denied', details: { error: 'PERMISSION_DENIED' } },
    ]);
  });

  it('records a failure with only the error code, never the message', async () => {
    const audit = sink();
    await expect(
      audited(audit, actor, what, () => Promise.reject(new Error('secret value 123'))),
    ).rejects.toThrow();
    expect(audit.entries).toEqual([
      { ...what, outcome: 'failed', details: { error: 'INTERNAL_ERROR' } },
    ]);
  });
});
