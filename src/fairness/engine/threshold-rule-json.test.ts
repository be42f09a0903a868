import { describe, expect, it } from 'vitest';
import { encodeGroups } from './group-encoding.js';
import { fitThresholdOptimizer, ruleProbabilities } from './threshold-optimizer.js';
import { parseRuleJson, ruleJson } from './threshold-rule-json.js';

describe('threshold rule JSON', () => {
  it('round-trips a fitted rule, infinite thresholds included, and applies it to new scores', () => {
    const scores = Float64Array.of(1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6);
    const yTrue = Uint8Array.of(0, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1);
    const groups = encodeGroups([['a', 'a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b', 'b']]);
    for (const constraint of [
      'demographic_parity',
      'equalized_odds',
      'true_positive_rate_parity',
    ] as const) {
      const rule = fitThresholdOptimizer({ scores, yTrue, groups }, { constraint, gridSize: 100 });
      const parsed = parseRuleJson(JSON.parse(JSON.stringify(ruleJson(rule))));
      expect(parsed).toEqual(rule);
      expect(ruleProbabilities(parsed, { scores, groups })).toEqual(
        ruleProbabilities(rule, { scores, groups }),
      );
    }
  });

  it('rejects a probability outside [0, 1] with FAIRNESS_INVALID_OPTIONS', () => {
    const bad = {
      kind: 'threshold_rule',
      constraint: 'demographic_parity',
      groups: {
        a: {
          p0: 2,
          operation0: { operator: '>', threshold: 1 },
          p1: 0,
          operation1: { operator: '>', threshold: 1 },
        },
      },
    };
    expect(() => parseRuleJson(bad)).toThrow(
      expect.objectContaining({ code: 'FAIRNESS_INVALID_OPTIONS' }),
    );
  });
});
