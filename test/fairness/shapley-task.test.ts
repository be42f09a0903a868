import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/fairness/engine/model.js';
import { partialDependence } from '../../src/fairness/engine/model-inspection.js';
import { exactShapley, kernelShap, type Background } from '../../src/fairness/engine/shapley.js';
import { fairnessDataPath } from './datasets.js';

interface Task {
  intercept: number;
  coef: number[];
  background: number[][];
  explain_rows: number[][];
  pd_grid: number[];
}

const task = JSON.parse(readFileSync(fairnessDataPath('shapley_task.json'), 'utf8')) as Task;
const names = task.coef.map((_, j) => `x${j}`);
const probability = createModel({
  kind: 'linear',
  featureNames: names,
  intercept: task.intercept,
  coefficients: task.coef,
  link: 'logistic',
});
const logit = createModel({
  kind: 'linear',
  featureNames: names,
  intercept: task.intercept,
  coefficients: task.coef,
  link: 'identity',
});
const background: Background = {
  rows: Float64Array.from(task.background.flat()),
  nRows: task.background.length,
};
const f = (x: number[]): number =>
  1 /
  (1 + Math.exp(-(task.intercept + x.reduce((s, v, j) => s + (task.coef[j] as number) * v, 0))));

describe('Shapley task (README §6)', () => {
  it('uses the background given by the rule in the file', () => {
    const rule = Array.from({ length: 50 }, (_, i) =>
      Array.from({ length: 6 }, (_, j) => ((7 * i + 3 * j * j + 5 * j + 1) % 11) / 2 - 2.5),
    );
    expect(task.background).toEqual(rule);
  });

  it('gives exact values that satisfy efficiency with base value v(∅) and prediction f(x)', () => {
    for (const row of task.explain_rows) {
      const e = exactShapley(probability, Float64Array.from(row), background);
      const baseValue = task.background.reduce((s, b) => s + f(b), 0) / task.background.length;
      expect(e.baseValue).toBeCloseTo(baseValue, 14);
      expect(e.prediction).toBeCloseTo(f(row), 14);
      expect(e.values.reduce((a, b) => a + b, 0)).toBeCloseTo(e.prediction - e.baseValue, 13);
    }
  });

  it('gives coef·(x − background mean) for the logit output', () => {
    const means = task.coef.map(
      (_, j) => task.background.reduce((s, b) => s + (b[j] as number), 0) / task.background.length,
    );
    for (const row of task.explain_rows) {
      const e = exactShapley(logit, Float64Array.from(row), background);
      e.values.forEach((v, j) => {
        expect(v).toBeCloseTo(
          (task.coef[j] as number) * ((row[j] as number) - (means[j] as number)),
          12,
        );
      });
    }
  });

  it('matches the exact values with KernelSHAP given all 64 coalitions', () => {
    for (const row of task.explain_rows) {
      const exact = exactShapley(probability, Float64Array.from(row), background);
      const kernel = kernelShap(probability, Float64Array.from(row), background, {
        maxCoalitions: 62,
      });
      for (let j = 0; j < 6; j++)
        expect(kernel.values[j]).toBeCloseTo(exact.values[j] as number, 12);
    }
  });

  it('approaches the exact values with sampled coalitions', () => {
    const row = Float64Array.from(task.explain_rows[0] as number[]);
    const exact = exactShapley(probability, row, background);
    const kernel = kernelShap(probability, row, background, { maxCoalitions: 40, seed: 3 });
    const error = Math.max(
      ...[...exact.values].map((v, j) => Math.abs(v - (kernel.values[j] as number))),
    );
    expect(error).toBeLessThan(0.05);
    expect(kernel.values.reduce((a, b) => a + b, 0)).toBeCloseTo(
      exact.prediction - exact.baseValue,
      12,
    );
  });

  it('computes partial dependence over the background at the task grid', () => {
    for (let j = 0; j < 6; j++) {
      const pd = partialDependence(probability, background, j, task.pd_grid);
      const expected = task.pd_grid.map(
        (g) => task.background.reduce((s, b) => s + f(b.map((v, k) => (k === j ? g : v))), 0) / 50,
      );
      pd.values.forEach((v, k) => expect(v).toBeCloseTo(expected[k] as number, 14));
    }
  });
});
