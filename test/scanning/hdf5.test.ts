import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import h5wasm from 'h5wasm/node';
import fc from 'fast-check';
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

  // h5wasm writes each input to a temp file, so this parser gets a lighter fixed-seed run.
  it('returns a report (never an untyped error) for mutated HDF5 files', async () => {
    const seed = await kerasH5({ class_name: 'Sequential', config: { layers: [] } });
    const input = fc
      .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 })
      .map((writes) => {
        const b = seed.slice();
        for (const [pos, byte] of writes) b[pos % b.length] = byte;
        return b;
      });
    await fc.assert(
      fc.asyncProperty(input, async (b) => {
        const r = await scanBuffer(b, 'model.h5');
        expect(['malicious', 'suspicious', 'clean', 'error']).toContain(r.verdict);
      }),
      { seed: 20261125, numRuns: 200 },
    );
  });
});
