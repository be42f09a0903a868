import { describe, expect, it } from 'vitest';
import { createModel, parseModelSpec } from './model.js';
import { permutationImportance } from './model-inspection.js';
import { exactShapley, kernelShap } from './shapley.js';

const tree = {
  kind: 'tree_ensemble',
  feature_names: ['a', 'b', 'c'],
  base_score: 0.5,
  trees: [
    {
      nodes: [
        { feature: 0, threshold: 1, left: 1, right: 2 },
        { value: -1 },
        { feature: 1, threshold: 0, left: 3, right: 4 },
        { value: 2 },
        { value: 3 },
      ],
    },
    {
      nodes: [
        { feature: 2, threshold: 5, left: 1, right: 2, default_left: false },
        { value: 0.25 },
        { value: -0.25 },
      ],
    },
  ],
};

describe('tree ensemble models', () => {
  it('sums leaf values along each tree, going left when x ≤ threshold', () => {
    const model = createModel(parseModelSpec(tree));
    const out = model.predict(Float64Array.of(1, 9, 5, 2, 0, NaN), 2);
    expect([...out]).toEqual([0.5 - 1 + 0.25, 0.5 + 2 - 0.25]);
  });

  it('explains a tree ensemble with exact and all-coalition kernel values that agree', () => {
    const model = createModel(parseModelSpec(tree));
    const background = { rows: Float64Array.of(0, 0, 0, 2, 1, 9, 3, -1, 4, 0.5, 2, 6), nRows: 4 };
    const x = Float64Array.of(2, 1, 7);
    const exact = exactShapley(model, x, background);
    const kernel = kernelShap(model, x, background, { maxCoalitions: 6 });
    [...exact.values].forEach((v, j) => expect(kernel.values[j]).toBeCloseTo(v, 12));
    expect(exact.values.reduce((s, v) => s + v, 0)).toBeCloseTo(
      exact.prediction - exact.baseValue,
      12,
    );
  });

  it('rejects a node pointing backwards with FAIRNESS_MODEL_INVALID', () => {
    const looping = {
      ...tree,
      trees: [{ nodes: [{ feature: 0, threshold: 1, left: 0, right: 1 }, { value: 1 }] }],
    };
    expect(() => parseModelSpec(looping)).toThrow(
      expect.objectContaining({ code: 'FAIRNESS_MODEL_INVALID' }),
    );
  });

  it('rejects coefficients that do not match the features', () => {
    expect(() =>
      parseModelSpec({ kind: 'logistic', feature_names: ['a', 'b'], coefficients: [1] }),
    ).toThrow(expect.objectContaining({ code: 'FAIRNESS_MODEL_INVALID' }));
  });
});

describe('kernelShap with sampled coalitions', () => {
  it('keeps efficiency and recovers a linear model on 20 features', () => {
    const m = 20;
    const coefficients = Array.from({ length: m }, (_, j) => (j % 3) - 1 + j / 10);
    const model = createModel({
      kind: 'linear',
      featureNames: coefficients.map((_, j) => `f${j}`),
      intercept: 0.3,
      coefficients,
      link: 'identity',
    });
    const background = {
      rows: Float64Array.from({ length: 5 * m }, (_, k) => ((k * 7) % 11) / 3),
      nRows: 5,
    };
    const x = Float64Array.from({ length: m }, (_, j) => j / 4);
    const e = kernelShap(model, x, background, { maxCoalitions: 400, seed: 5 });
    const means = coefficients.map(
      (_, j) => [0, 1, 2, 3, 4].reduce((s, r) => s + (background.rows[r * m + j] as number), 0) / 5,
    );
    // A linear model's kernel regression is exact with any coalitions that span the features.
    coefficients.forEach((c, j) =>
      expect(e.values[j]).toBeCloseTo(c * ((x[j] as number) - (means[j] as number)), 9),
    );
  });
});

describe('permutationImportance', () => {
  it('ranks the only feature the model uses first and gives the others zero', () => {
    const model = createModel({
      kind: 'linear',
      featureNames: ['used', 'unused'],
      intercept: -0.5,
      coefficients: [1, 0],
      link: 'identity',
    });
    const rows = Float64Array.from({ length: 200 }, (_, k) =>
      k % 2 === 0 ? Math.floor(k / 2) % 2 : 7,
    );
    const y = Float64Array.from({ length: 100 }, (_, i) => i % 2);
    const result = permutationImportance(
      model,
      { rows, nRows: 100, yTrue: y },
      { metric: 'accuracy', repeats: 3, seed: 1 },
    );
    expect(result[0]?.feature).toBe('used');
    expect(result[0]?.importance).toBeGreaterThan(0.2);
    expect(result[1]).toEqual({ feature: 'unused', importance: 0, std: 0 });
  });
});
