import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import h5wasm from 'h5wasm/node';
import { describe, expect, it } from 'vitest';
import { scanBuffer } from '../../src/scanning/engine/scanner.js';

/** A Keras 2 style `.h5`: a root attribute `model_config` holding the model JSON. */
async function kerasH5(config: unknown): Promise<Uint8Array> {
  await h5wasm.ready;
  const dir = mkdtempSync(path.join(tmpdir(), 'rampart-h5-fixture-'));
  try {
    const file = path.join(dir, 'm.h5');
    const f = new h5wasm.File(file, 'w');
    f.create_attribute('model_config', JSON.stringify(config));
    f.create_attribute('keras_version', '2.15.0');
    f.close();
    return new Uint8Array(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Keras HDF5 models', () => {
  it('flags a Lambda layer in model_config', async () => {
    const cfg = {
      class_name: 'Sequential',
      config: {
        layers: [
          {
            class_name: 'Lambda',
            config: { name: 'l', function: ['4wEAAAAA', null, null], function_type: 'lambda' },
          },
        ],
      },
    };
    const r = await scanBuffer(await kerasH5(cfg), 'model.h5');
    expect([r.format, r.verdict, r.findings.map((f) => f.rule)]).toEqual([
      'hdf5',
      'malicious',
      ['keras.lambda-layer'],
    ]);
  });

  it('keeps a Dense-only model clean', async () => {
    const cfg = {
      class_name: 'Sequential',
      config: {
        layers: [{ class_name: 'Dense', config: { name: 'd', units: 2, activation: 'relu' } }],
      },
    };
    const r = await scanBuffer(await kerasH5(cfg), 'model.h5');
    expect([r.format, r.verdict]).toEqual(['hdf5', 'clean']);
  });
});
