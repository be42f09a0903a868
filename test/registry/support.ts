import path from 'node:path';
import type { AuditEntry, AuditSink } from '../../src/platform/audit/audit-sink.js';
import { EncryptedBlobStore } from '../../src/platform/crypto/encrypted-blob-store.js';
import { generateSigningKey } from '../../src/platform/crypto/signing.js';
import type { Actor } from '../../src/platform/identity/actor.js';
import { systemActor } from '../../src/platform/identity/actor.js';
import { PERMISSIONS } from '../../src/platform/identity/permissions.js';
import { RegistryService } from '../../src/registry/registry.service.js';
import type { ScanGate } from '../../src/registry/scan-gate.js';
import type { DialectCase, TestStore } from '../support/dialects.js';
import { testKeyring } from '../crypto/fixtures.js';

/** Records every audit entry, for assertions. */
export class MemoryAuditSink implements AuditSink {
  readonly entries: { actor: string; entry: AuditEntry }[] = [];
  record(actor: Actor, entry: AuditEntry): Promise<void> {
    this.entries.push({ actor: actor.id, entry });
    return Promise.resolve();
  }
  actions(): string[] {
    return this.entries.map((e) => `${e.entry.action}:${e.entry.outcome}`);
  }
}

export const admin = systemActor(PERMISSIONS);

export function actorWith(permissions: string[], projects: Record<string, string[]> = {}): Actor {
  return {
    kind: 'user',
    id: 'u1',
    label: 'user@example.com',
    permissions: new Set(permissions),
    projectPermissions: new Map(Object.entries(projects).map(([p, perms]) => [p, new Set(perms)])),
  };
}

export interface RegistryFixture {
  readonly opened: TestStore;
  readonly audit: MemoryAuditSink;
  readonly blobs: EncryptedBlobStore;
  readonly service: RegistryService;
  readonly blobRoot: string;
}

export async function openRegistry(
  dialect: DialectCase,
  scanGate?: ScanGate,
): Promise<RegistryFixture> {
  const opened = await dialect.open();
  const audit = new MemoryAuditSink();
  const blobRoot = path.join(opened.dataDir, 'blobs', 'encrypted');
  const blobs = new EncryptedBlobStore({ root: blobRoot, kms: testKeyring(), segmentBytes: 4096 });
  const service = new RegistryService({
    db: opened.store.db,
    blobs,
    audit,
    signingKey: generateSigningKey(),
    ...(scanGate === undefined ? {} : { scanGate }),
  });
  return { opened, audit, blobs, service, blobRoot };
}

export async function* bytes(text: string | Buffer): AsyncGenerator<Buffer> {
  yield Buffer.isBuffer(text) ? text : Buffer.from(text);
}
