import { describe, expect, it } from 'vitest';
import {
  compilePolicy,
  DEFAULT_POLICY_DOCUMENT,
  defaultPolicy,
  parsePolicyFile,
} from './policy.js';

describe('policy', () => {
  it.each([
    ['os', 'system'],
    ['posix', 'system'],
    ['__builtin__', 'eval'],
    ['torch', 'os.system'],
    ['numpy', '__class__'],
    ['builtins', 'getattr'],
    ['setuptools.sandbox', 'run_setup'],
    ['collections', 'OrderedDict.__init__.__globals__'],
    ['transformers.utils.hub', 'requests.get'],
  ])('classifies %s.%s as dangerous', (m, n) => {
    expect(defaultPolicy.classify(m, n).kind).toBe('dangerous');
  });

  it.each([
    ['collections', 'OrderedDict'],
    ['torch._utils', '_rebuild_tensor_v2'],
    ['__builtin__', 'set'],
    ['__torch__.model', 'Net'],
  ])('classifies %s.%s as safe', (m, n) => {
    expect(defaultPolicy.classify(m, n).kind).toBe('safe');
  });

  it('classifies an unlisted library class as unknown', () => {
    expect(
      defaultPolicy.classify('sklearn.linear_model._logistic', 'LogisticRegression').kind,
    ).toBe('unknown');
  });

  it('extends the lists from a user policy file and versions the result', () => {
    const user = parsePolicyFile(
      '{"version":"acme-1","safe":["sklearn.*"],"dangerous":["mylib.evil"]}',
    );
    const policy = compilePolicy(DEFAULT_POLICY_DOCUMENT, user);
    expect([
      policy.classify('sklearn.linear_model', 'Ridge').kind,
      policy.classify('mylib', 'evil').kind,
      policy.version,
    ]).toEqual(['safe', 'dangerous', `${DEFAULT_POLICY_DOCUMENT.version}+acme-1`]);
  });

  it('rejects a malformed policy file with SCAN_POLICY_INVALID', () => {
    expect(() => parsePolicyFile('{"safe": 3}')).toThrow(
      expect.objectContaining({ code: 'SCAN_POLICY_INVALID' }) as Error,
    );
  });
});
