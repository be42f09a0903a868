import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ScanFormatMalformed } from '../../scanning.errors.js';
import type { ScanContext } from '../context.js';
import { isKerasConfig, scanKerasConfig } from './keras.js';

const CONFIG_ATTRIBUTES = ['model_config', 'training_config'];

/**
 * Reads a Keras 2 `.h5` with h5wasm and checks its `model_config` / `training_config`
 * attributes. h5wasm's Node build reads from the real file system, so the bytes go to a
 * private temporary folder that is removed afterwards.
 */
export async function scanHdf5(bytes: Uint8Array, ctx: ScanContext): Promise<void> {
  // Loaded on demand: the WebAssembly module is large and most scans never need it.
  const { default: h5wasm } = await import('h5wasm/node');
  await h5wasm.ready;
  const dir = await mkdtemp(path.join(tmpdir(), 'rampart-h5-'));
  const file = path.join(dir, 'model.h5');
  try {
    await writeFile(file, bytes);
    const configs: [string, string][] = [];
    let h5: InstanceType<typeof h5wasm.File>;
    try {
      h5 = new h5wasm.File(file, 'r');
    } catch (err) {
      throw new ScanFormatMalformed(
        'hdf5',
        err instanceof Error ? (err.message.split('\n')[0] ?? 'open failed') : 'open failed',
      );
    }
    try {
      for (const name of CONFIG_ATTRIBUTES) {
        const value: unknown = h5.attrs[name]?.value;
        if (typeof value === 'string') configs.push([name, value]);
        else if (value instanceof Uint8Array) configs.push([name, new TextDecoder().decode(value)]);
      }
    } catch (err) {
      // A corrupt attribute table makes h5wasm throw plain errors; report them as malformed.
      throw new ScanFormatMalformed(
        'hdf5',
        err instanceof Error
          ? (err.message.split('\n')[0] ?? 'attribute read failed')
          : 'attribute read failed',
      );
    } finally {
      h5.close();
    }
    for (const [name, text] of configs) {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        continue; // not JSON: Keras would fail to load it too
      }
      if (isKerasConfig(doc) || name === 'training_config')
        scanKerasConfig(doc, ctx, `HDF5 attribute ${name}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
