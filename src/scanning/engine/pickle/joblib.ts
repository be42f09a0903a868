import type { PValue } from './values.js';

/**
 * joblib's NumpyArrayWrapper (joblib/numpy_pickle.py): after the wrapper's BUILD, joblib's
 * unpickler reads the array straight from the file — raw bytes (after an alignment padding byte
 * and padding when `numpy_array_alignment_bytes` is set) or, for object arrays, an inline pickle.
 */
export function isJoblibArrayWrapper(v: PValue): boolean {
  return (
    v.t === 'call' &&
    v.fn.t === 'global' &&
    v.fn.name === 'NumpyArrayWrapper' &&
    v.fn.module.endsWith('numpy_pickle')
  );
}

function dictGet(d: PValue, key: string): PValue | undefined {
  if (d.t !== 'seq' || d.kind !== 'dict') return undefined;
  for (let i = 0; i + 1 < d.items.length; i += 2) {
    const k = d.items[i];
    if (k?.t === 'str' && k.v === key) return d.items[i + 1];
  }
  return undefined;
}

/** Bytes joblib's NumpyArrayWrapper.read_array consumes after BUILD, from the wrapper state. */
export function joblibArrayLayout(
  state: PValue,
): { bytes: number | 'pickle'; padded: boolean } | undefined {
  const shape = dictGet(state, 'shape');
  const dtype = dictGet(state, 'dtype');
  const padded = dictGet(state, 'numpy_array_alignment_bytes')?.t === 'int';
  if (shape?.t !== 'seq' || dtype?.t !== 'call' || dtype.args.t !== 'seq') return undefined;
  const code = dtype.args.items[0];
  if (code?.t !== 'str') return undefined;
  const m = /^[<>|=]?([a-zA-Z])(\d*)/.exec(code.v);
  if (m === null) return undefined;
  if (m[1] === 'O') return { bytes: 'pickle', padded: false };
  const size = Number(m[2] === '' ? '1' : m[2]) * (m[1] === 'U' ? 4 : 1);
  let count = 1;
  for (const d of shape.items) {
    if (d.t !== 'int' || d.v < 0) return undefined;
    count *= d.v;
  }
  const bytes = count * size;
  return Number.isSafeInteger(bytes) ? { bytes, padded } : undefined;
}
