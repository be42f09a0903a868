import { describe, expect, it } from 'vitest';
import { P, callPickle, cat, plainPickle } from '../fixtures/scanning/builders.js';
import { emulatePickle } from '../../src/scanning/engine/pickle/emulator.js';

const run = (b: Uint8Array) => emulatePickle(b, 0, { maxOps: 100_000 });

describe('emulatePickle', () => {
  it('resolves STACK_GLOBAL operands replayed from the memo', () => {
    const b = cat(
      P.proto(4),
      P.unicode('os'),
      P.binput(1),
      P.pop,
      P.unicode('system'),
      P.binput(2),
      P.pop,
      P.unicode('collections'),
      P.binput(3),
      P.pop,
      P.binget(1),
      P.binget(2),
      P.stackGlobal,
      P.unicode('x'),
      P.tuple1,
      P.reduce,
      P.stop,
    );
    expect(run(b).events).toEqual([
      {
        kind: 'import',
        module: 'os',
        name: 'system',
        offset: expect.any(Number) as number,
        via: 'STACK_GLOBAL',
      },
    ]);
  });

  it('reports a STACK_GLOBAL whose module is computed by a call as dynamic', () => {
    const b = cat(
      P.proto(4),
      P.unicode('codecs'),
      P.unicode('decode'),
      P.stackGlobal,
      P.unicode('bf'),
      P.unicode('rot13'),
      P.tuple2,
      P.reduce,
      P.unicode('system'),
      P.stackGlobal,
      P.stop,
    );
    expect(run(b).events.map((e) => e.kind)).toEqual(['import', 'dynamic-import']);
  });

  it('reports INST imports and EXT registry codes', () => {
    const b = cat(P.mark, "S'x'\n", 'ipty\nspawn\n', P.ext1(7), P.stop);
    expect(
      run(b).events.map((e) => (e.kind === 'import' ? `${e.module}.${e.name}` : e.kind)),
    ).toEqual(['pty.spawn', 'ext']);
  });

  it('reports BUILD state that sets __setstate__', () => {
    const b = cat(
      P.proto(2),
      P.global('argparse', 'Namespace'),
      P.emptyTuple,
      P.reduce,
      P.emptyDict,
      P.unicode('__setstate__'),
      P.global('os', 'system'),
      P.setitem,
      P.build,
      P.unicode('x'),
      P.build,
      P.stop,
    );
    expect(run(b).events.filter((e) => e.kind === 'state-injection')).toEqual([
      { kind: 'state-injection', key: '__setstate__', offset: expect.any(Number) as number },
    ]);
  });

  it('finds a pickle nested as bytes inside another', () => {
    const inner = callPickle('os', 'system');
    const b = cat(
      P.proto(4),
      P.unicode('pickle'),
      P.unicode('loads'),
      P.stackGlobal,
      P.shortBinbytes(inner),
      P.tuple1,
      P.reduce,
      P.stop,
    );
    expect(run(b).events.some((e) => e.kind === 'nested')).toBe(true);
  });

  it('returns the events seen before a break and marks the stream incomplete', () => {
    const b = callPickle('os', 'system').subarray(0, 20);
    const r = run(b);
    expect([r.complete, r.events.length, r.error?.truncated]).toEqual([false, 1, true]);
  });

  it('emulates plain data without events', () => {
    expect(run(plainPickle())).toMatchObject({ complete: true, events: [] });
  });
});

describe('emulatePickle on joblib streams', () => {
  const wrapper = (dtype: string, shape: number, body: Uint8Array) =>
    cat(
      P.proto(4),
      P.unicode('joblib.numpy_pickle'),
      P.unicode('NumpyArrayWrapper'),
      P.stackGlobal,
      P.emptyTuple,
      [0x81],
      P.emptyDict,
      P.unicode('shape'),
      P.binint1(shape),
      P.tuple1,
      P.setitem,
      P.unicode('dtype'),
      P.unicode('numpy'),
      P.unicode('dtype'),
      P.stackGlobal,
      P.unicode(dtype),
      P.tuple1,
      P.reduce,
      P.setitem,
      P.unicode('numpy_array_alignment_bytes'),
      P.binint1(16),
      P.setitem,
      P.build,
      dtype === 'O' ? [] : [3, 0, 0, 0],
      body,
    );

  it('skips the raw array bytes joblib writes after a NumpyArrayWrapper and keeps reading', () => {
    const b = cat(
      wrapper('f8', 2, new Uint8Array(16).fill(0x63)),
      P.pop,
      P.global('os', 'system'),
      P.stop,
    );
    expect(
      run(b)
        .events.filter((e) => e.kind === 'import')
        .map((e) => (e.kind === 'import' ? `${e.module}.${e.name}` : '')),
    ).toEqual(['joblib.numpy_pickle.NumpyArrayWrapper', 'numpy.dtype', 'os.system']);
  });

  it('reads the inline pickle of an object array', () => {
    const b = cat(wrapper('O', 1, callPickle('builtins', 'eval')), P.stop);
    expect(run(b).events.some((e) => e.kind === 'import' && e.name === 'eval')).toBe(true);
  });
});
