import {
  FairnessDegenerateGroup,
  FairnessInvalidOptions,
  FairnessUnknownGroup,
} from '../fairness.errors.js';
import type { GroupCodes } from './group-encoding.js';
import type { Prng } from './prng.js';

/** Constraints supported by the Hardt et al. post-processing (Fairlearn names). */
export type ThresholdConstraint =
  'demographic_parity' | 'equalized_odds' | 'true_positive_rate_parity';

/** Predict 1 when `score > threshold` (`>`), or when `score < threshold` (`<`, flipped). */
export interface ThresholdOperation {
  readonly operator: '>' | '<';
  readonly threshold: number;
}

/** A group's randomised rule: operation0 with probability p0, else operation1. */
export interface GroupThresholdRule {
  readonly p0: number;
  readonly operation0: ThresholdOperation;
  readonly p1: number;
  readonly operation1: ThresholdOperation;
  /** Equalized odds only: with probability pIgnore predict 1 with probability predictionConstant. */
  readonly pIgnore?: number;
  readonly predictionConstant?: number;
}

export interface ThresholdRule {
  readonly constraint: ThresholdConstraint;
  readonly objective: 'accuracy_score';
  readonly groups: Readonly<Record<string, GroupThresholdRule>>;
}

export interface ThresholdFitInput {
  readonly scores: Float64Array;
  readonly yTrue: Uint8Array;
  readonly groups: GroupCodes;
}

export interface ThresholdFitOptions {
  readonly constraint: ThresholdConstraint;
  /** Grid ticks over [0, 1] of the constraint metric (Fairlearn default 1000). */
  readonly gridSize?: number;
  /** Also consider `<` thresholds (Fairlearn's flip); default false. */
  readonly flip?: boolean;
}

interface Point {
  readonly x: number;
  readonly y: number;
  readonly operation: ThresholdOperation;
}

interface InterpolatedPoint {
  readonly y: number;
  readonly p0: number;
  readonly p1: number;
  readonly operation0: ThresholdOperation;
  readonly operation1: ThresholdOperation;
}

type XMetric = 'selection_rate' | 'true_positive_rate' | 'false_positive_rate';
type YMetric = 'accuracy_score' | 'true_positive_rate';

/**
 * Fits the ThresholdOptimizer rule of Fairlearn (Hardt, Price & Srebro 2016) with the accuracy
 * objective. For demographic parity and TPR parity each group's (constraint metric, accuracy)
 * trade-off hull is interpolated on a grid and the grid point of best group-weighted accuracy
 * chosen; for equalized odds the groups' ROC hulls are intersected (lowest TPR at each FPR) and
 * the best point reached by mixing in a constant predictor. The steps mirror Fairlearn's code so
 * the rule — and its expected accuracy — match it.
 * @throws FairnessDegenerateGroup when a group has only one label value.
 */
export function fitThresholdOptimizer(
  input: ThresholdFitInput,
  options: ThresholdFitOptions,
): ThresholdRule {
  const gridSize = options.gridSize ?? 1000;
  const flip = options.flip ?? false;
  // numpy.linspace(0, 1, gridSize + 1): i·step, with the last value set to exactly 1.
  const step = 1 / gridSize;
  const grid = Float64Array.from({ length: gridSize + 1 }, (_, i) =>
    i === gridSize ? 1 : i * step,
  );
  const bad = input.scores.findIndex((v) => Number.isNaN(v));
  if (bad >= 0) {
    throw new FairnessInvalidOptions(
      `Row ${bad + 1} has no score; threshold post-processing needs a score on every row.`,
      'Drop or fill the rows without a score first.',
    );
  }
  const perGroup = splitByGroup(input);
  const n = input.scores.length;
  const groups: Record<string, GroupThresholdRule> = {};
  if (options.constraint !== 'equalized_odds') {
    const xMetric: XMetric =
      options.constraint === 'demographic_parity' ? 'selection_rate' : 'true_positive_rate';
    const overall = new Float64Array(grid.length);
    const curves = perGroup.map(({ label, scores, labels }) => {
      const hull = upperHull(
        tradeoffPoints(label, scores, labels, { flip, xMetric, yMetric: 'accuracy_score' }),
      );
      const curve = interpolate(hull, grid);
      const share = scores.length / n;
      for (let i = 0; i < grid.length; i++)
        overall[i]! += share * (curve[i] as InterpolatedPoint).y;
      return curve;
    });
    const best = argmax(overall);
    perGroup.forEach(({ label }, g) => {
      const point = (curves[g] as InterpolatedPoint[])[best] as InterpolatedPoint;
      groups[label] = {
        p0: point.p0,
        operation0: point.operation0,
        p1: point.p1,
        operation1: point.operation1,
      };
    });
  } else {
    const curves = perGroup.map(({ label, scores, labels }) =>
      interpolate(
        upperHull(
          tradeoffPoints(label, scores, labels, {
            flip,
            xMetric: 'false_positive_rate',
            yMetric: 'true_positive_rate',
          }),
        ),
        grid,
      ),
    );
    let nPositive = 0;
    for (let i = 0; i < n; i++) nPositive += input.yTrue[i] as number;
    const nNegative = n - nPositive;
    const yMin = new Float64Array(grid.length);
    const objective = new Float64Array(grid.length);
    for (let i = 0; i < grid.length; i++) {
      let m = Infinity;
      for (const curve of curves) m = Math.min(m, (curve[i] as InterpolatedPoint).y);
      yMin[i] = m;
      const x = grid[i] as number;
      const fp = nNegative * x;
      const tn = nNegative * (1.0 - x);
      const tp = nPositive * m;
      const fn = nPositive * (1.0 - m);
      objective[i] = roundHalfEven15((tp + tn) / (tp + tn + fp + fn));
    }
    const best = argmax(objective);
    const xBest = grid[best] as number;
    const yBest = yMin[best] as number;
    perGroup.forEach(({ label }, g) => {
      const point = (curves[g] as InterpolatedPoint[])[best] as InterpolatedPoint;
      // Mix with the constant predictor (the ROC diagonal) to pull this group's TPR down to yBest.
      const pIgnore = point.y === xBest ? 0 : (point.y - yBest) / (point.y - xBest);
      groups[label] = {
        p0: point.p0,
        operation0: point.operation0,
        p1: point.p1,
        operation1: point.operation1,
        pIgnore,
        predictionConstant: xBest,
      };
    });
  }
  return { constraint: options.constraint, objective: 'accuracy_score', groups };
}

function splitByGroup(
  input: ThresholdFitInput,
): { label: string; scores: number[]; labels: number[] }[] {
  const parts = input.groups.labels.map((label) => ({
    label,
    scores: [] as number[],
    labels: [] as number[],
  }));
  for (let i = 0; i < input.scores.length; i++) {
    const part = parts[input.groups.codes[i] as number];
    part?.scores.push(input.scores[i] as number);
    part?.labels.push(input.yTrue[i] as number);
  }
  return parts.filter((p) => p.scores.length > 0);
}

/** Fairlearn's _calculate_tradeoff_points: one point per distinct score, sorted by (x, y). */
function tradeoffPoints(
  label: string,
  scores: number[],
  labels: number[],
  options: { flip: boolean; xMetric: XMetric; yMetric: YMetric },
): Point[] {
  const order = scores
    .map((_, i) => i)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const sortedScores = order.map((i) => scores[i] as number);
  const sortedLabels = order.map((i) => labels[i] as number);
  const n = sortedScores.length;
  let nPositive = 0;
  for (const y of sortedLabels) nPositive += y;
  const nNegative = n - nPositive;
  if (nPositive === 0 || nNegative === 0) throw new FairnessDegenerateGroup(label);
  sortedScores.push(-Infinity);
  const points: Point[] = [];
  const count = [0, 0];
  let i = 0;
  let first = true;
  while (i < n) {
    let threshold: number;
    if (first) {
      threshold = Infinity;
      first = false;
    } else {
      threshold = sortedScores[i] as number;
      while (sortedScores[i] === threshold) {
        count[sortedLabels[i] as number]! += 1;
        i++;
      }
      threshold = (threshold + (sortedScores[i] as number)) / 2;
    }
    const fp = count[0] as number;
    const tp = count[1] as number;
    const actual = { tp, fp, tn: nNegative - fp, fn: nPositive - tp };
    const flipped = { tp: nPositive - tp, fp: nNegative - fp, tn: fp, fn: tp };
    points.push({ ...metricsOf(actual, options), operation: { operator: '>', threshold } });
    if (options.flip)
      points.push({ ...metricsOf(flipped, options), operation: { operator: '<', threshold } });
  }
  // pandas sort_values(by=['x', 'y']) is a stable lexicographic sort.
  return points
    .map((p, k) => ({ p, k }))
    .sort((a, b) => a.p.x - b.p.x || a.p.y - b.p.y || a.k - b.k)
    .map((e) => e.p);
}

function metricsOf(
  c: { tp: number; fp: number; tn: number; fn: number },
  options: { xMetric: XMetric; yMetric: YMetric },
): { x: number; y: number } {
  const n = c.tp + c.tn + c.fp + c.fn;
  const x =
    options.xMetric === 'selection_rate'
      ? (c.tp + c.fp) / n
      : options.xMetric === 'true_positive_rate'
        ? c.tp / (c.tp + c.fn)
        : c.fp / (c.tn + c.fp);
  const y = options.yMetric === 'accuracy_score' ? (c.tp + c.tn) / n : c.tp / (c.tp + c.fn);
  return { x, y };
}

/** Andrew's monotone chain, upper part, exactly as Fairlearn's _filter_points_to_get_convex_hull. */
function upperHull(sorted: Point[]): Point[] {
  const selected: Point[] = [];
  for (const r2 of sorted) {
    while (selected.length >= 2) {
      const r1 = selected[selected.length - 1] as Point;
      const r0 = selected[selected.length - 2] as Point;
      if ((r1.y - r0.y) * (r2.x - r0.x) <= (r2.y - r0.y) * (r1.x - r0.x)) selected.pop();
      else break;
    }
    selected.push(r2);
  }
  return selected;
}

/** Fairlearn's _interpolate_curve with its index convention x[k] < grid ≤ x[k+1]. */
function interpolate(hull: Point[], grid: Float64Array): InterpolatedPoint[] {
  const xs = hull.map((p) => p.x);
  return Array.from(grid, (g, i) => {
    let k = upperBound(xs, g) - 1;
    if (i > 0 && g === xs[k]) k -= 1;
    const a = hull[k] as Point;
    const b = hull[k + 1] as Point;
    const p0 = (b.x - g) / (b.x - a.x);
    const p1 = 1 - p0;
    return { y: p0 * a.y + p1 * b.y, p0, p1, operation0: a.operation, operation1: b.operation };
  });
}

/** numpy.searchsorted(side='right'): the number of values ≤ target. */
function upperBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function argmax(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++)
    if ((values[i] as number) > (values[best] as number)) best = i;
  return best;
}

/** numpy.around(x, 15): scale, round half to even, unscale. */
function roundHalfEven15(x: number): number {
  const scaled = x * 1e15;
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  const rounded = diff > 0.5 ? floor + 1 : diff < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
  return rounded / 1e15;
}

/**
 * Probability that the rule predicts 1 for each row (Fairlearn's _pmf_predict).
 * @throws FairnessUnknownGroup for a row whose group the rule was not fitted on.
 */
export function ruleProbabilities(
  rule: ThresholdRule,
  input: { readonly scores: Float64Array; readonly groups: GroupCodes },
): Float64Array {
  const known = Object.keys(rule.groups);
  const perCode = input.groups.labels.map((label) => rule.groups[label]);
  const out = new Float64Array(input.scores.length);
  for (let i = 0; i < out.length; i++) {
    const code = input.groups.codes[i] as number;
    const r = perCode[code];
    if (r === undefined) throw new FairnessUnknownGroup(input.groups.labels[code] ?? '', known);
    const s = input.scores[i] as number;
    let p = r.p0 * apply(r.operation0, s) + r.p1 * apply(r.operation1, s);
    if (r.pIgnore !== undefined && r.predictionConstant !== undefined) {
      p = r.pIgnore * r.predictionConstant + (1 - r.pIgnore) * p;
    }
    out[i] = p;
  }
  return out;
}

function apply(op: ThresholdOperation, score: number): number {
  return (op.operator === '>' ? score > op.threshold : score < op.threshold) ? 1 : 0;
}

/** Draws 0/1 predictions from rule probabilities with a seeded generator (1 when u < p). */
export function drawPredictions(probabilities: Float64Array, random: Prng): Uint8Array {
  const out = new Uint8Array(probabilities.length);
  for (let i = 0; i < out.length; i++) out[i] = random() < (probabilities[i] as number) ? 1 : 0;
  return out;
}
