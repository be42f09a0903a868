import { describe, expect, it } from 'vitest';
import { scanBuffer } from '../../src/scanning/engine/scanner.js';
import {
  P,
  callPickle,
  cat,
  gguf,
  keras,
  npy,
  onnx,
  safetensors,
  zip,
} from '../fixtures/scanning/builders.js';

const rules = async (bytes: Uint8Array, name: string) => {
  const r = await scanBuffer(bytes, name);
  return { verdict: r.verdict, rules: [...new Set(r.findings.map((f) => f.rule))].sort() };
};
const f32 = (n: number) => new Uint8Array(n * 4);

describe('formats', () => {
  it('accepts a consistent safetensors header', async () => {
    const h = {
      w: { dtype: 'F32', shape: [2], data_offsets: [0, 8] },
      __metadata__: { format: 'pt' },
    };
    expect(await rules(safetensors(h, f32(2)), 'm.safetensors')).toEqual({
      verdict: 'clean',
      rules: [],
    });
  });

  it('flags a safetensors header length that does not fit the file', async () => {
    const bytes = safetensors({ w: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }, f32(1));
    new DataView(bytes.buffer).setBigUint64(0, 1n << 40n, true);
    expect(await rules(bytes, 'm.safetensors')).toEqual({
      verdict: 'malicious',
      rules: ['safetensors.invalid-header'],
    });
  });

  it('flags overlapping safetensors tensors', async () => {
    const h = {
      a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] },
      b: { dtype: 'F32', shape: [2], data_offsets: [4, 12] },
    };
    expect(await rules(safetensors(h, f32(3)), 'm.safetensors')).toEqual({
      verdict: 'malicious',
      rules: ['safetensors.invalid-header'],
    });
  });

  it('scans a pickle hidden after the last safetensors tensor', async () => {
    const h = { w: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } };
    expect(
      await rules(safetensors(h, cat(f32(2), callPickle('os', 'system'))), 'm.safetensors'),
    ).toEqual({
      verdict: 'malicious',
      rules: ['pickle.dangerous-import', 'safetensors.trailing-data'],
    });
  });

  it('accepts an ordinary GGUF chat template', async () => {
    const t = "{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}{% endfor %}";
    expect(
      await rules(
        gguf({ 'general.architecture': 'llama', 'tokenizer.chat_template': t }),
        'm.gguf',
      ),
    ).toEqual({ verdict: 'clean', rules: [] });
  });

  it.each([
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ cycler['__in' ~ 'it__'] }}",
    "{{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
  ])('flags a GGUF chat template that reaches Python internals: %s', async (t) => {
    expect(await rules(gguf({ 'tokenizer.chat_template': t }), 'm.gguf')).toEqual({
      verdict: 'malicious',
      rules: ['gguf.template-code'],
    });
  });

  it('flags a GGUF tensor with too many dimensions', async () => {
    expect(await rules(gguf({}, { dims: [1, 1, 1, 1, 1] }), 'm.gguf')).toEqual({
      verdict: 'malicious',
      rules: ['gguf.invalid-header'],
    });
  });

  it('flags ONNX external data outside the model folder', async () => {
    expect(await rules(onnx({ externalLocation: '../../etc/passwd' }), 'm.onnx')).toEqual({
      verdict: 'malicious',
      rules: ['onnx.external-data-traversal'],
    });
  });

  it('flags ONNX operators from an unknown domain and accepts relative external data', async () => {
    expect(
      await rules(onnx({ domain: 'evil.ops', externalLocation: 'weights.bin' }), 'm.onnx'),
    ).toEqual({ verdict: 'malicious', rules: ['onnx.custom-domain'] });
  });

  it('flags a Keras function that resolves to a dangerous builtin', async () => {
    const cfg = {
      class_name: 'Sequential',
      config: {
        layers: [
          {
            class_name: 'Dense',
            config: {
              name: 'd',
              activation: {
                module: 'builtins',
                class_name: 'function',
                config: 'exec',
                registered_name: 'function',
              },
            },
          },
        ],
      },
    };
    expect(await rules(keras(cfg), 'm.keras')).toEqual({
      verdict: 'malicious',
      rules: ['keras.dangerous-function'],
    });
  });

  it('treats a numeric npy as clean and an object npy as a pickle', async () => {
    expect([
      await rules(npy('<f4', f32(1)), 'a.npy'),
      await rules(npy('|O', callPickle('os', 'system')), 'b.npy'),
    ]).toEqual([
      { verdict: 'clean', rules: [] },
      { verdict: 'malicious', rules: ['npy.object-array', 'pickle.dangerous-import'] },
    ]);
  });

  it('flags EXT registry imports and dunder BUILD state', async () => {
    const ext = cat(P.proto(2), P.ext1(1), P.emptyTuple, P.reduce, P.stop);
    expect(await rules(ext, 'x.pkl')).toEqual({
      verdict: 'malicious',
      rules: ['pickle.extension-import'],
    });
  });

  it('scans a zip carried as bytes inside a pickle', async () => {
    const inner = zip({ 'archive/data.pkl': callPickle('os', 'system') });
    const outer = cat(
      P.proto(4),
      P.unicode('torch.storage'),
      P.unicode('_load_from_bytes'),
      P.stackGlobal,
      [0x42, ...new Uint8Array(new Uint32Array([inner.length]).buffer)],
      inner,
      P.tuple1,
      P.reduce,
      P.stop,
    );
    expect(await rules(outer, 'x.pkl')).toEqual({
      verdict: 'malicious',
      rules: ['pickle.dangerous-import', 'pickle.unknown-import'],
    });
  });

  it('reports nesting deeper than the limit as a bomb', async () => {
    let b: Uint8Array = callPickle('os', 'getcwd');
    for (let i = 0; i < 8; i++) b = zip({ 'inner.zip': b });
    expect((await rules(b, 'deep.zip')).rules).toEqual(['archive.bomb']);
  });

  it('does not read plain text that starts with a pickle opcode letter as a pickle', async () => {
    expect(
      await rules(
        new TextEncoder().encode('contributing guide\nplease read this first\n'),
        'CONTRIBUTING.md',
      ),
    ).toEqual({ verdict: 'clean', rules: [] });
  });

  it('reports a truncated pickle as malformed while keeping what ran', async () => {
    expect(await rules(callPickle('os', 'system').subarray(0, 25), 'x.pkl')).toEqual({
      verdict: 'malicious',
      rules: ['pickle.dangerous-import', 'pickle.malformed'],
    });
  });
});

describe('chat templates and vocabularies', () => {
  it('accepts a Llama-3-style template with namespace, tojson and raise_exception', async () => {
    const t =
      "{%- set ns = namespace(found=false) -%}{%- for message in messages -%}{%- if message['role'] == 'system' -%}{%- set ns.found = true -%}{%- endif -%}{{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' + message['content'] | trim + '<|eot_id|>' -}}{%- endfor -%}{%- if tools is not none -%}{{- tools | tojson(indent=4) -}}{%- endif -%}{%- if not ns.found -%}{{- raise_exception('no system') -}}{%- endif -%}{{- strftime_now('%d %b %Y') -}}";
    expect(await rules(gguf({ 'tokenizer.chat_template': t }), 'm.gguf')).toEqual({
      verdict: 'clean',
      rules: [],
    });
  });

  it.each([
    "{{ ('%c'|format(95)*2) ~ 'class' }}",
    "{% set n = ['__cl','as','s__']|join %}{{ ''|attr(n) }}",
  ])('flags obfuscated dunder assembly: %s', async (t) => {
    expect((await rules(gguf({ 'tokenizer.chat_template': t }), 'm.gguf')).verdict).toBe(
      'malicious',
    );
  });

  it('flags GGUF token tables of different lengths but tolerates out-of-range special ids', async () => {
    const tokens = { strings: ['a', 'b', 'c'] };
    const results = [
      await rules(
        gguf({
          'tokenizer.ggml.tokens': tokens,
          'tokenizer.ggml.scores': { floats: 3 },
          'tokenizer.ggml.bos_token_id': { u32: 1 },
        }),
        'a.gguf',
      ),
      await rules(
        gguf({ 'tokenizer.ggml.tokens': tokens, 'tokenizer.ggml.scores': { floats: 2 } }),
        'b.gguf',
      ),
      await rules(
        gguf({ 'tokenizer.ggml.tokens': tokens, 'tokenizer.ggml.eos_token_id': { u32: 99 } }),
        'c.gguf',
      ),
    ];
    expect(results.map((r) => r.verdict)).toEqual(['clean', 'malicious', 'clean']);
  });

  it('checks a chat template in tokenizer_config.json', async () => {
    const cfg = new TextEncoder().encode(
      JSON.stringify({ chat_template: "{{ cycler.__init__.__globals__.os.popen('id').read() }}" }),
    );
    expect(await rules(cfg, 'tokenizer_config.json')).toEqual({
      verdict: 'malicious',
      rules: ['gguf.template-code'],
    });
  });

  it('flags ONNX Python operators', async () => {
    expect(
      (await rules(onnx({ domain: 'ai.onnx.contrib', opType: 'PyOp' }), 'm.onnx')).rules,
    ).toEqual(['onnx.contrib-domain', 'onnx.custom-domain']);
  });
});

describe('report size', () => {
  it('reports an unknown class imported many times once per member', async () => {
    const parts = Array.from({ length: 50 }, () =>
      cat(P.global('mylib.layers', 'Block'), P.emptyTuple, P.reduce, P.pop),
    );
    const r = await scanBuffer(cat(P.proto(2), ...parts, P.emptyDict, P.stop), 'model.pkl');
    expect(r.findings.map((f) => f.symbol)).toEqual(['mylib.layers.Block']);
  });
});
