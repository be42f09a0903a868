/**
 * The learned component: logistic regression over hashed features (features.ts). Weights are
 * int8-quantised and committed in guard-weights.ts by `npm run train:guard`.
 */
import { FEATURE_DIM } from './features.js';
import { GUARD_WEIGHTS } from './guard-weights.js';

/** A trained model in its committed form. */
export interface GuardModelWeights {
  readonly version: number;
  readonly dim: number;
  readonly scale: number;
  readonly bias: number;
  /** base64 of `dim` int8 weights; real weight = int8 * scale. */
  readonly weights: string;
  readonly trainedOn: Readonly<Record<string, number>>;
  readonly seed: number;
}

export interface LinearModel {
  readonly weights: Int8Array;
  readonly scale: number;
  readonly bias: number;
}

/** Decodes committed weights; throws when the file does not match the feature space. */
export function loadModel(source: GuardModelWeights): LinearModel {
  const bytes = Buffer.from(source.weights, 'base64');
  if (source.dim !== FEATURE_DIM || bytes.length !== FEATURE_DIM) {
    throw new Error(
      `guard model has ${bytes.length} weights for dim ${source.dim}, expected ${FEATURE_DIM}; run npm run train:guard`,
    );
  }
  return {
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    scale: source.scale,
    bias: source.bias,
  };
}

let defaultModel: LinearModel | undefined;

/** The committed model, decoded once. */
export function defaultGuardModel(): LinearModel {
  defaultModel ??= loadModel(GUARD_WEIGHTS);
  return defaultModel;
}

/** Turns a window's dot product into a probability (0..1) that the window is an attack. */
export function probability(model: LinearModel, dot: number): number {
  return 1 / (1 + Math.exp(-(model.bias + dot * model.scale)));
}
