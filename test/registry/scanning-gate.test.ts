import { createReadStream } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { scanningGate } from '../../src/registry/scanning-gate.js';
import { openTestStore } from '../support/dialects.js';
import { admin, openRegistry, type RegistryFixture } from './support.js';

const fixture = (name: string) => `../shared/data/model-files/files/${name}`;

describe('scanning gate', () => {
  let f: RegistryFixture;
  afterEach(async () => {
    await f.opened.cleanup();
  });

  it('quarantines a model version holding a malicious pickle and passes a benign one', async () => {
    f = await openRegistry(
      { name: 'sqlite', open: (o) => openTestStore('sqlite', o) },
      scanningGate(),
    );
    const scope = { kind: 'model', project: 'default', name: 'm' } as const;
    const bad = await f.service.pushVersion(admin, scope, {
      files: [{ path: 'model.pkl', source: createReadStream(fixture('mal_os_system_p1.pkl')) }],
    });
    const good = await f.service.pushVersion(admin, scope, {
      files: [
        {
          path: 'model.safetensors',
          source: createReadStream(fixture('benign_model.safetensors')),
        },
      ],
    });
    expect([bad.status, bad.scan.status, good.status, good.scan.status]).toEqual([
      'quarantined',
      'flagged',
      'available',
      'clean',
    ]);
    expect(bad.scan.findings.some((x) => x.severity === 'critical')).toBe(true);
  });

  it('does not scan datasets', async () => {
    f = await openRegistry(
      { name: 'sqlite', open: (o) => openTestStore('sqlite', o) },
      scanningGate(),
    );
    const version = await f.service.pushVersion(
      admin,
      { kind: 'dataset', project: 'default', name: 'd' },
      {
        files: [{ path: 'x.pkl', source: createReadStream(fixture('mal_os_system_p1.pkl')) }],
      },
    );
    expect([version.status, version.scan.status]).toEqual(['available', 'unscanned']);
  });
});
