import { describe, expect, it } from 'vitest';
import { encodeGroups, encodeKeys } from './group-encoding.js';

describe('encodeGroups', () => {
  it('keys intersectional groups as a|b with sorted labels', () => {
    const sex = ['M', 'F', 'F', 'M', 'F'];
    const race = ['W', 'B', 'W', 'W', 'B'];
    const g = encodeGroups([sex, race]);
    expect(g.labels).toEqual(['F|B', 'F|W', 'M|W']);
    expect([...g.codes].map((c) => g.labels[c])).toEqual(sex.map((s, i) => `${s}|${race[i]}`));
  });

  it('gives the same codes whatever the row order of first appearance', () => {
    expect(encodeKeys(['b', 'a', 'c']).labels).toEqual(['a', 'b', 'c']);
    expect([...encodeKeys(['b', 'a', 'c']).codes]).toEqual([1, 0, 2]);
  });
});
