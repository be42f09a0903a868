import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/platform/errors/app-error.js';
import { bufferSource } from '../../src/scanning/engine/byte-source.js';
import { inflateBounded } from '../../src/scanning/engine/containers/inflate.js';
import { listTar } from '../../src/scanning/engine/containers/tar-reader.js';
import { findEndRecord, listZip } from '../../src/scanning/engine/containers/zip-reader.js';
import { checkChatTemplate } from '../../src/scanning/engine/formats/chat-template.js';
import { scanKerasConfig } from '../../src/scanning/engine/formats/keras.js';
import { readNpyHeader } from '../../src/scanning/engine/formats/npy.js';
import { scanOnnx } from '../../src/scanning/engine/formats/onnx.js';
import type { ScanContext } from '../../src/scanning/engine/context.js';
import { DEFAULT_LIMITS } from '../../src/scanning/engine/limits.js';
import { emulatePickle } from '../../src/scanning/engine/pickle/emulator.js';
import { defaultPolicy } from '../../src/scanning/engine/policy/policy.js';
import { scanBuffer } from '../../src/scanning/engine/scanner.js';
import {
  P,
  callPickle,
  cat,
  gguf,
  gzip,
  keras,
  npy,
  onnx,
  plainPickle,
  safetensors,
  tar,
  torchLikePickle,
  zip,
  PYTHON_MADE,
  fromBase64,
} from '../fixtures/scanning/builders.js';

const RUNS = { seed: 20261125, numRuns: 10_000 };

/** Seed bytes mutated by overwrites, truncation and insertion; plus plain random bytes. */
function mutated(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const mutation = fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
      fc.option(fc.nat(), { nil: undefined }),
      fc.uint8Array({ maxLength: 8 }),
    )
    .map(([seed, writes, cut, insert]) => {
      let b: Uint8Array = seed.slice();
      for (const [pos, byte] of writes) if (b.length > 0) b[pos % b.length] = byte;
      if (cut !== undefined && b.length > 0) b = b.subarray(0, cut % (b.length + 1));
      if (insert.length > 0 && b.length > 0) {
        const at = (writes[0]?.[0] ?? 0) % b.length;
        b = cat(b.subarray(0, at), insert, b.subarray(at));
      }
      return b;
    });
  return fc.oneof(
    { weight: 4, arbitrary: mutation },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }) },
  );
}

const ctx = (): ScanContext => ({
  policy: defaultPolicy,
  limits: DEFAULT_LIMITS,
  file: 'fuzz',
  members: [],
  depth: 0,
  findings: [],
  budget: { remainingBytes: DEFAULT_LIMITS.maxTotalBytes },
});

async function onlyTypedErrors(fn: () => unknown): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (!isAppError(err)) throw err;
  }
}

const pickles = [
  callPickle('os', 'system'),
  plainPickle(),
  torchLikePickle(),
  cat(P.mark, "S'x'\n", 'ipty\nspawn\n', P.stop),
  cat(P.proto(4), P.unicode('a'), P.binput(1), P.binget(1), P.binget(1), P.stackGlobal, P.stop),
];

describe('parsers under fuzzing (fixed seed, 10,000 inputs each)', () => {
  it('pickle emulation never throws', () => {
    fc.assert(
      fc.property(mutated(pickles), (b) => {
        const r = emulatePickle(b, 0, { maxOps: 100_000 });
        expect(r.end).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('zip reader throws only typed errors', async () => {
    const seeds = [
      zip({ 'a/data.pkl': plainPickle(), 'a/version': P.stop }),
      zip({ 'x.npy': npy('<f4', new Uint8Array(4)) }, true),
    ];
    await fc.assert(
      fc.asyncProperty(mutated(seeds), async (b) => {
        await onlyTypedErrors(async () => {
          const src = bufferSource(b);
          const eocd = await findEndRecord(src);
          if (eocd !== undefined) await listZip(src, eocd, 100);
        });
      }),
      RUNS,
    );
  });

  it('tar reader throws only typed errors', async () => {
    await fc.assert(
      fc.asyncProperty(
        mutated([tar({ pickle: plainPickle(), sys_info: plainPickle() })]),
        async (b) => {
          await onlyTypedErrors(() => listTar(bufferSource(b), 100));
        },
      ),
      RUNS,
    );
  });

  it('npy header reader throws only typed errors', async () => {
    await fc.assert(
      fc.asyncProperty(
        mutated([npy('<f4', new Uint8Array(8)), npy('|O', plainPickle())]),
        async (b) => {
          await onlyTypedErrors(() => readNpyHeader(bufferSource(b), 1 << 20));
        },
      ),
      RUNS,
    );
  });

  it('ONNX decoder throws only typed errors', async () => {
    await fc.assert(
      fc.asyncProperty(
        mutated([onnx(), onnx({ domain: 'x.y', externalLocation: '../a' })]),
        async (b) => {
          await onlyTypedErrors(() => scanOnnx(b, ctx()));
        },
      ),
      RUNS,
    );
  });

  it('gzip inflation stays within its output bound', async () => {
    await fc.assert(
      fc.asyncProperty(mutated([gzip(plainPickle()), gzip(new Uint8Array(5000))]), async (b) => {
        const r = await inflateBounded('gzip', bufferSource(b), { maxOut: 4096 });
        expect(r.bytes.length).toBeLessThanOrEqual(4096);
      }),
      RUNS,
    );
  });

  it.each([
    [
      'safetensors',
      'fuzz.safetensors',
      safetensors({ w: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }, new Uint8Array(8)),
    ],
    [
      'GGUF',
      'fuzz.gguf',
      gguf({
        'tokenizer.chat_template': '{{ x }}',
        'tokenizer.ggml.tokens': { strings: ['a', 'b'] },
      }),
    ],
    ['bzip2', 'fuzz.bz2', fromBase64(PYTHON_MADE.bz2)],
    ['xz', 'fuzz.xz', fromBase64(PYTHON_MADE.xz)],
  ] as const)('%s reading never escapes as an untyped error', async (_format, name, seed) => {
    await fc.assert(
      fc.asyncProperty(mutated([seed]), async (b) => {
        const r = await scanBuffer(b, name);
        expect(['malicious', 'suspicious', 'clean', 'error']).toContain(r.verdict);
      }),
      RUNS,
    );
  });

  it('the whole scanner returns a report for any mutated model file', async () => {
    const seeds = [
      zip({ 'a/data.pkl': callPickle('os', 'system') }),
      tar({ pickle: plainPickle() }),
      gzip(callPickle('os', 'system')),
      keras({ class_name: 'Sequential', config: { layers: [] } }),
      npy('|O', plainPickle()),
    ];
    await fc.assert(
      fc.asyncProperty(mutated(seeds), async (b) => {
        const r = await scanBuffer(b, 'fuzz.bin');
        expect(r.verdict === 'error').toBe(r.error !== undefined && r.verdict === 'error');
      }),
      RUNS,
    );
  });

  it('Keras config checks accept any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => {
        scanKerasConfig(doc, ctx(), 'fuzz');
      }),
      RUNS,
    );
  });

  it('chat template checks accept any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (t) => {
        const v = checkChatTemplate(t);
        expect(Array.isArray(v.code)).toBe(true);
      }),
      RUNS,
    );
  });
});
