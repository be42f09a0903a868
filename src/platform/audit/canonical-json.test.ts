import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units and drops whitespace', () => {
    expect(
      canonicalJson({
        b: 1,
        a: [true, null, 'x'],
        '\u20ac': 1,
        '\ud83d\ude00': 2,
        A: { z: 1, y: 2 },
      }),
    ).toBe('{"A":{"y":2,"z":1},"a":[true,null,"x"],"b":1,"\u20ac":1,"\ud83d\ude00":2}');
  });

  it('writes numbers in ECMAScript form as RFC 8785 requires', () => {
    expect(canonicalJson([1e21, 1e-7, -0, 0.1, 333333333.3333333])).toBe(
      '[1e+21,1e-7,0,0.1,333333333.3333333]',
    );
  });

  it('omits undefined properties', () => {
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });

  it('refuses values JSON cannot carry exactly', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });

  it('refuses nesting deeper than the limit', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(TypeError);
  });
});
