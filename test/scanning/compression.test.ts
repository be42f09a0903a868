import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bzip2Error, bunzip2 } from '../../src/scanning/engine/containers/bzip2.js';
import { LzmaError, unlzmaAlone, unxz } from '../../src/scanning/engine/containers/lzma.js';
import { scanBuffer } from '../../src/scanning/engine/scanner.js';
import { PYTHON_MADE, callPickle, fromBase64 } from '../fixtures/scanning/builders.js';

const verdictOf = async (b64: string, name: string) => {
  const r = await scanBuffer(fromBase64(b64), name);
  return [r.format, r.verdict];
};

describe('bzip2, xz and LZMA content', () => {
  it('decodes each codec back to the original pickle', () => {
    const pickle = callPickle('os', 'system');
    expect([
      bunzip2(fromBase64(PYTHON_MADE.bz2), 1 << 20).bytes,
      unxz(fromBase64(PYTHON_MADE.xz), 1 << 20).bytes,
      unlzmaAlone(fromBase64(PYTHON_MADE.lzmaAlone), 1 << 20).bytes,
    ]).toEqual([pickle, pickle, pickle]);
  });

  it.each([
    ['bz2', 'model.pkl.bz2', 'bzip2/pickle'],
    ['xz', 'model.joblib.xz', 'xz/pickle'],
    ['lzmaAlone', 'model.joblib.lzma', 'lzma/pickle'],
    ['zipBz2', 'arrays.npz', 'pytorch-zip'],
    ['zipLzma', 'arrays.npz', 'pytorch-zip'],
  ] as const)('scans a pickle inside %s', async (key, name, format) => {
    expect(await verdictOf(PYTHON_MADE[key], name)).toEqual([format, 'malicious']);
  });

  it('stops decoding at the output bound', () => {
    expect(bunzip2(fromBase64(PYTHON_MADE.bz2), 10)).toEqual({
      bytes: callPickle('os', 'system').subarray(0, 10),
      exceeded: true,
    });
  });

  it('bzip2 and LZMA decoders throw only their own errors on mutated input', () => {
    const seeds = [
      fromBase64(PYTHON_MADE.bz2),
      fromBase64(PYTHON_MADE.xz),
      fromBase64(PYTHON_MADE.lzmaAlone),
    ];
    const input = fc
      .tuple(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        fc.nat(),
      )
      .map(([seed, writes, cut]) => {
        const b = seed.slice();
        for (const [pos, byte] of writes) b[pos % b.length] = byte;
        return b.subarray(0, 1 + (cut % b.length));
      });
    fc.assert(
      fc.property(input, (b) => {
        for (const decode of [
          () => bunzip2(b, 1 << 16),
          () => unxz(b, 1 << 16),
          () => unlzmaAlone(b, 1 << 16),
        ]) {
          try {
            expect(decode().bytes.length).toBeLessThanOrEqual(1 << 16);
          } catch (err) {
            if (!(err instanceof Bzip2Error) && !(err instanceof LzmaError)) throw err;
          }
        }
      }),
      { seed: 20261125, numRuns: 10_000 },
    );
  });
});
