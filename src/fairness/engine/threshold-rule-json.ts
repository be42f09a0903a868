import { FairnessInvalidOptions } from '../fairness.errors.js';
import type {
  GroupThresholdRule,
  ThresholdConstraint,
  ThresholdOperation,
  ThresholdRule,
} from './threshold-optimizer.js';

const CONSTRAINTS: readonly ThresholdConstraint[] = [
  'demographic_parity',
  'equalized_odds',
  'true_positive_rate_parity',
];

/** A threshold rule as JSON; infinite thresholds are written as the strings "inf" / "-inf". */
export function ruleJson(rule: ThresholdRule): Record<string, unknown> {
  const op = (o: ThresholdOperation) => ({
    operator: o.operator,
    threshold: Number.isFinite(o.threshold) ? o.threshold : o.threshold > 0 ? 'inf' : '-inf',
  });
  return {
    kind: 'threshold_rule',
    constraint: rule.constraint,
    objective: rule.objective,
    groups: Object.fromEntries(
      Object.entries(rule.groups).map(([g, r]) => [
        g,
        {
          p0: r.p0,
          operation0: op(r.operation0),
          p1: r.p1,
          operation1: op(r.operation1),
          ...(r.pIgnore === undefined
            ? {}
            : { p_ignore: r.pIgnore, prediction_constant: r.predictionConstant }),
        },
      ]),
    ),
  };
}

const invalid = (problem: string) =>
  new FairnessInvalidOptions(
    `The threshold rule is invalid: ${problem}.`,
    'Use a rule written by `rampart fairness mitigate --method threshold`.',
  );

function probability(v: unknown, name: string): number {
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw invalid(`${name} must be a probability`);
  return v;
}

function operation(v: unknown, name: string): ThresholdOperation {
  const o = v as { operator?: unknown; threshold?: unknown } | null;
  if (o === null || typeof o !== 'object' || (o.operator !== '>' && o.operator !== '<'))
    throw invalid(`${name}.operator must be ">" or "<"`);
  const t = o.threshold === 'inf' ? Infinity : o.threshold === '-inf' ? -Infinity : o.threshold;
  if (typeof t !== 'number' || Number.isNaN(t))
    throw invalid(`${name}.threshold must be a number, "inf" or "-inf"`);
  return { operator: o.operator, threshold: t };
}

/**
 * Reads a rule written by ruleJson back, validating every field.
 * @throws FairnessInvalidOptions
 */
export function parseRuleJson(value: unknown): ThresholdRule {
  const v = value as Record<string, unknown> | null;
  if (v === null || typeof v !== 'object' || v['kind'] !== 'threshold_rule')
    throw invalid('kind must be "threshold_rule"');
  const constraint = v['constraint'];
  if (!CONSTRAINTS.includes(constraint as ThresholdConstraint))
    throw invalid(`constraint must be one of ${CONSTRAINTS.join(', ')}`);
  const groupsValue = v['groups'];
  if (groupsValue === null || typeof groupsValue !== 'object')
    throw invalid('groups must be an object');
  const groups: Record<string, GroupThresholdRule> = {};
  for (const [g, raw] of Object.entries(groupsValue as Record<string, unknown>)) {
    const r = raw as Record<string, unknown>;
    const base = {
      p0: probability(r['p0'], `${g}.p0`),
      operation0: operation(r['operation0'], `${g}.operation0`),
      p1: probability(r['p1'], `${g}.p1`),
      operation1: operation(r['operation1'], `${g}.operation1`),
    };
    groups[g] =
      r['p_ignore'] === undefined
        ? base
        : {
            ...base,
            pIgnore: probability(r['p_ignore'], `${g}.p_ignore`),
            predictionConstant: probability(r['prediction_constant'], `${g}.prediction_constant`),
          };
  }
  return { constraint: constraint as ThresholdConstraint, objective: 'accuracy_score', groups };
}
