import { FairnessModelInvalid } from '../fairness.errors.js';

/**
 * What the explainers need from a model: one output per row for a batch of rows. Rows are
 * row-major in one Float64Array (nRows × featureNames.length), so a batch costs no allocation per
 * row. Any runtime (ONNX, a remote endpoint) can implement this later.
 */
export interface Model {
  readonly featureNames: readonly string[];
  predict(rows: Float64Array, nRows: number): Float64Array;
}

/** A linear model (`identity`) or logistic model (`logistic`: the sigmoid of the linear score). */
export interface LinearModelSpec {
  readonly kind: 'linear';
  readonly featureNames: readonly string[];
  readonly intercept: number;
  readonly coefficients: readonly number[];
  readonly link: 'identity' | 'logistic';
}

/** One node: a split (`feature`, `threshold`, children) or a leaf (`value`). */
export type TreeNode =
  | {
      readonly feature: number;
      readonly threshold: number;
      readonly left: number;
      readonly right: number;
      /** Go left when the value is missing (NaN); default true. */
      readonly defaultLeft?: boolean;
    }
  | { readonly value: number };

/**
 * A sum of regression trees plus a base score, optionally through the logistic link. A row goes
 * left when x[feature] < threshold (XGBoost/LightGBM) or ≤ (scikit-learn), per `decision`.
 */
export interface TreeEnsembleSpec {
  readonly kind: 'tree_ensemble';
  readonly featureNames: readonly string[];
  readonly baseScore: number;
  readonly link: 'identity' | 'logistic';
  readonly decision: '<' | '<=';
  readonly trees: readonly { readonly nodes: readonly TreeNode[] }[];
}

export type ModelSpec = LinearModelSpec | TreeEnsembleSpec;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Builds a Model from a validated spec. */
export function createModel(spec: ModelSpec): Model {
  switch (spec.kind) {
    case 'linear':
      return linearModel(spec);
    case 'tree_ensemble':
      return treeEnsemble(spec);
    default: {
      const never: never = spec;
      throw new FairnessModelInvalid(`unknown kind ${String((never as { kind: unknown }).kind)}`);
    }
  }
}

function linearModel(spec: LinearModelSpec): Model {
  const m = spec.featureNames.length;
  const coef = Float64Array.from(spec.coefficients);
  const logistic = spec.link === 'logistic';
  return {
    featureNames: spec.featureNames,
    predict(rows, nRows) {
      const out = new Float64Array(nRows);
      for (let r = 0; r < nRows; r++) {
        let z = spec.intercept;
        const base = r * m;
        for (let j = 0; j < m; j++) z += (coef[j] as number) * (rows[base + j] as number);
        out[r] = logistic ? sigmoid(z) : z;
      }
      return out;
    },
  };
}

function treeEnsemble(spec: TreeEnsembleSpec): Model {
  const m = spec.featureNames.length;
  const strict = spec.decision === '<';
  return {
    featureNames: spec.featureNames,
    predict(rows, nRows) {
      const out = new Float64Array(nRows);
      for (let r = 0; r < nRows; r++) {
        let z = spec.baseScore;
        const base = r * m;
        for (const tree of spec.trees) {
          let node = tree.nodes[0] as TreeNode;
          while (!('value' in node)) {
            const x = rows[base + node.feature] as number;
            const goLeft = Number.isNaN(x)
              ? node.defaultLeft !== false
              : strict
                ? x < node.threshold
                : x <= node.threshold;
            node = tree.nodes[goLeft ? node.left : node.right] as TreeNode;
          }
          z += node.value;
        }
        out[r] = spec.link === 'logistic' ? sigmoid(z) : z;
      }
      return out;
    },
  };
}

/** Limits on a model description read from JSON. */
export interface ModelLimits {
  readonly maxFeatures: number;
  readonly maxTrees: number;
  readonly maxNodes: number;
}

export const DEFAULT_MODEL_LIMITS: ModelLimits = {
  maxFeatures: 1000,
  maxTrees: 5000,
  maxNodes: 2_000_000,
};

/**
 * Validates a model description from JSON (see docs/fairness.md). Tree nodes must point forward
 * (child index > own index) so a malformed tree cannot loop.
 * @throws FairnessModelInvalid with the first problem found.
 */
export function parseModelSpec(
  value: unknown,
  limits: ModelLimits = DEFAULT_MODEL_LIMITS,
): ModelSpec {
  if (typeof value !== 'object' || value === null)
    throw new FairnessModelInvalid('expected a JSON object');
  const v = value as Record<string, unknown>;
  const names = v['featureNames'] ?? v['feature_names'];
  if (!Array.isArray(names) || names.length === 0 || !names.every((s) => typeof s === 'string')) {
    throw new FairnessModelInvalid('featureNames must be a non-empty array of strings');
  }
  if (names.length > limits.maxFeatures)
    throw new FairnessModelInvalid(`more than ${limits.maxFeatures} features`);
  const link = v['link'] ?? 'identity';
  if (link !== 'identity' && link !== 'logistic')
    throw new FairnessModelInvalid('link must be identity or logistic');
  const featureNames: string[] = names;
  if (v['kind'] === 'linear' || v['kind'] === 'logistic') {
    const coefficients = v['coefficients'] ?? v['coef'];
    const intercept = v['intercept'] ?? 0;
    if (!isNumberArray(coefficients) || coefficients.length !== featureNames.length) {
      throw new FairnessModelInvalid('coefficients must be numbers, one per feature');
    }
    if (!isFiniteNumber(intercept)) throw new FairnessModelInvalid('intercept must be a number');
    return {
      kind: 'linear',
      featureNames,
      intercept,
      coefficients,
      link: v['kind'] === 'logistic' ? 'logistic' : link,
    };
  }
  if (v['kind'] !== 'tree_ensemble')
    throw new FairnessModelInvalid('kind must be linear, logistic or tree_ensemble');
  const trees = v['trees'];
  if (!Array.isArray(trees) || trees.length === 0)
    throw new FairnessModelInvalid('trees must be a non-empty array');
  if (trees.length > limits.maxTrees)
    throw new FairnessModelInvalid(`more than ${limits.maxTrees} trees`);
  let totalNodes = 0;
  const parsedTrees = trees.map((tree: unknown, t) => {
    const nodes = (tree as { nodes?: unknown } | null)?.nodes;
    if (!Array.isArray(nodes) || nodes.length === 0)
      throw new FairnessModelInvalid(`tree ${t} has no nodes`);
    totalNodes += nodes.length;
    if (totalNodes > limits.maxNodes)
      throw new FairnessModelInvalid(`more than ${limits.maxNodes} nodes`);
    return {
      nodes: nodes.map((node: unknown, k) =>
        parseNode(node, { t, k, count: nodes.length, features: featureNames.length }),
      ),
    };
  });
  const baseScore = v['baseScore'] ?? v['base_score'] ?? 0;
  if (!isFiniteNumber(baseScore)) throw new FairnessModelInvalid('baseScore must be a number');
  const decision = v['decision'] ?? '<=';
  if (decision !== '<' && decision !== '<=')
    throw new FairnessModelInvalid('decision must be "<" or "<="');
  return { kind: 'tree_ensemble', featureNames, baseScore, link, decision, trees: parsedTrees };
}

function parseNode(
  node: unknown,
  at: { t: number; k: number; count: number; features: number },
): TreeNode {
  const where = `tree ${at.t} node ${at.k}`;
  if (typeof node !== 'object' || node === null)
    throw new FairnessModelInvalid(`${where} is not an object`);
  const n = node as Record<string, unknown>;
  if ('value' in n) {
    if (!isFiniteNumber(n['value']))
      throw new FairnessModelInvalid(`${where} value must be a number`);
    return { value: n['value'] };
  }
  const { feature, threshold, left, right } = n;
  if (!Number.isInteger(feature) || (feature as number) < 0 || (feature as number) >= at.features) {
    throw new FairnessModelInvalid(`${where} feature must be an index below ${at.features}`);
  }
  if (!isFiniteNumber(threshold))
    throw new FairnessModelInvalid(`${where} threshold must be a number`);
  for (const child of [left, right]) {
    if (!Number.isInteger(child) || (child as number) <= at.k || (child as number) >= at.count) {
      throw new FairnessModelInvalid(`${where} children must be later node indices`);
    }
  }
  const defaultLeft = n['defaultLeft'] ?? n['default_left'];
  return {
    feature: feature as number,
    threshold,
    left: left as number,
    right: right as number,
    ...(typeof defaultLeft === 'boolean' ? { defaultLeft } : {}),
  };
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function isNumberArray(x: unknown): x is number[] {
  return Array.isArray(x) && x.every(isFiniteNumber);
}
