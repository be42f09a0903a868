import { FairnessInvalidOptions } from '../fairness.errors.js';
import type { Model } from './model.js';
import { createPrng } from './prng.js';

/** A background sample: nRows rows of the model's features, row-major. */
export interface Background {
  readonly rows: Float64Array;
  readonly nRows: number;
}

/** Shapley values of one row: base value v(∅), prediction v(N) and φ per feature. */
export interface ShapleyExplanation {
  readonly baseValue: number;
  readonly prediction: number;
  readonly values: Float64Array;
}

/**
 * Interventional value of a coalition (section 6): the mean model output over background rows b
 * with z_j = x_j for j in the coalition and b_j otherwise.
 */
export function coalitionValue(
  model: Model,
  x: Float64Array,
  inCoalition: Uint8Array,
  background: Background,
): number {
  const m = x.length;
  const batch = Float64Array.from(background.rows);
  for (let r = 0; r < background.nRows; r++) {
    for (let j = 0; j < m; j++) if (inCoalition[j] === 1) batch[r * m + j] = x[j] as number;
  }
  const out = model.predict(batch, background.nRows);
  let sum = 0;
  for (let r = 0; r < background.nRows; r++) sum += out[r] as number;
  return sum / background.nRows;
}

/** 1 / (M · C(M−1, s)) = s!(M−s−1)!/M!, the Shapley weight of a coalition of size s. */
function shapleyWeight(m: number, s: number): number {
  let binom = 1;
  for (let k = 1; k <= s; k++) binom = (binom * (m - 1 - s + k)) / k;
  return 1 / (m * binom);
}

/** Default limit of exact enumeration: 2^16 coalitions per row. */
export const MAX_EXACT_FEATURES = 16;

/**
 * Exact Shapley values by enumerating all 2^M coalitions: φ_i = Σ_{S ⊆ N∖{i}} |S|!(M−|S|−1)!/M!
 * · [v(S∪{i}) − v(S)]. Efficiency holds: Σφ = v(N) − v(∅).
 * @throws FairnessInvalidOptions when M exceeds maxFeatures (use kernelShap instead).
 */
export function exactShapley(
  model: Model,
  x: Float64Array,
  background: Background,
  options: { readonly maxFeatures?: number } = {},
): ShapleyExplanation {
  const m = x.length;
  const maxFeatures = options.maxFeatures ?? MAX_EXACT_FEATURES;
  if (m > maxFeatures) {
    throw new FairnessInvalidOptions(
      `Exact Shapley values need 2^${m} coalitions; the limit is ${maxFeatures} features.`,
      'Use the kernel method (--method kernel), which samples coalitions.',
    );
  }
  const total = 1 << m;
  const v = new Float64Array(total);
  const member = new Uint8Array(m);
  for (let mask = 0; mask < total; mask++) {
    for (let j = 0; j < m; j++) member[j] = (mask >> j) & 1;
    v[mask] = coalitionValue(model, x, member, background);
  }
  const weights = Array.from({ length: m }, (_, s) => shapleyWeight(m, s));
  const values = new Float64Array(m);
  for (let mask = 0; mask < total; mask++) {
    const size = popcount(mask);
    for (let i = 0; i < m; i++) {
      if ((mask >> i) & 1) continue;
      values[i]! +=
        (weights[size] as number) * ((v[mask | (1 << i)] as number) - (v[mask] as number));
    }
  }
  return { baseValue: v[0] as number, prediction: v[total - 1] as number, values };
}

function popcount(x: number): number {
  let c = 0;
  for (let y = x; y !== 0; y &= y - 1) c++;
  return c;
}

export interface KernelShapOptions {
  /** Coalitions to evaluate besides ∅ and N; when ≥ 2^M − 2 all are enumerated (exact). */
  readonly maxCoalitions?: number;
  readonly seed?: number;
}

/**
 * KernelSHAP (Lundberg & Lee 2017): the weighted least-squares fit of v(S) ≈ φ0 + Σ_{i∈S} φ_i
 * with the Shapley kernel (M−1)/(C(M,|S|)·|S|·(M−|S|)), φ0 = v(∅) and Σφ = v(N) − v(∅) imposed
 * exactly by eliminating the last feature. Given every coalition it returns the exact Shapley
 * values; otherwise it samples coalition sizes in proportion to their kernel mass (seeded), with
 * each sample's complement, and weights the samples equally.
 */
export function kernelShap(
  model: Model,
  x: Float64Array,
  background: Background,
  options: KernelShapOptions = {},
): ShapleyExplanation {
  const m = x.length;
  const empty = new Uint8Array(m);
  const full = new Uint8Array(m).fill(1);
  const baseValue = coalitionValue(model, x, empty, background);
  const prediction = coalitionValue(model, x, full, background);
  const delta = prediction - baseValue;
  if (m === 1) return { baseValue, prediction, values: Float64Array.of(delta) };
  const budget = options.maxCoalitions ?? 2048;
  const coalitions =
    m <= 30 && 2 ** m - 2 <= budget
      ? allCoalitions(m)
      : sampledCoalitions(m, budget, options.seed ?? 0);
  const k = m - 1;
  const a = new Float64Array(k * k);
  const b = new Float64Array(k);
  const xi = new Float64Array(k);
  for (const { members, weight } of coalitions) {
    const target =
      coalitionValue(model, x, members, background) - baseValue - (members[k] as number) * delta;
    for (let i = 0; i < k; i++) xi[i] = (members[i] as number) - (members[k] as number);
    for (let i = 0; i < k; i++) {
      const wi = weight * (xi[i] as number);
      if (wi === 0) continue;
      b[i]! += wi * target;
      for (let j = 0; j < k; j++) a[i * k + j]! += wi * (xi[j] as number);
    }
  }
  const beta = solveLinear(a, b, k);
  const values = new Float64Array(m);
  let sum = 0;
  for (let i = 0; i < k; i++) {
    values[i] = beta[i] as number;
    sum += beta[i] as number;
  }
  values[k] = delta - sum;
  return { baseValue, prediction, values };
}

interface WeightedCoalition {
  readonly members: Uint8Array;
  readonly weight: number;
}

function allCoalitions(m: number): WeightedCoalition[] {
  const out: WeightedCoalition[] = [];
  for (let mask = 1; mask < (1 << m) - 1; mask++) {
    const members = new Uint8Array(m);
    for (let j = 0; j < m; j++) members[j] = (mask >> j) & 1;
    const s = popcount(mask);
    out.push({ members, weight: (m - 1) / (binomial(m, s) * s * (m - s)) });
  }
  return out;
}

function sampledCoalitions(m: number, budget: number, seed: number): WeightedCoalition[] {
  const random = createPrng(seed);
  // P(size = s) ∝ kernel mass of all coalitions of size s = (M−1)/(s(M−s)).
  const mass = Array.from({ length: m - 1 }, (_, i) => (m - 1) / ((i + 1) * (m - i - 1)));
  const totalMass = mass.reduce((x, y) => x + y, 0);
  const out: WeightedCoalition[] = [];
  const order = Int32Array.from({ length: m }, (_, i) => i);
  while (out.length < budget) {
    let u = random() * totalMass;
    let size = 1;
    for (let i = 0; i < mass.length; i++) {
      u -= mass[i] as number;
      if (u <= 0) {
        size = i + 1;
        break;
      }
    }
    for (let i = 0; i < size; i++) {
      const j = i + Math.floor(random() * (m - i));
      const tmp = order[i] as number;
      order[i] = order[j] as number;
      order[j] = tmp;
    }
    const members = new Uint8Array(m);
    for (let i = 0; i < size; i++) members[order[i] as number] = 1;
    out.push({ members, weight: 1 });
    out.push({ members: members.map((z) => 1 - z), weight: 1 });
  }
  return out;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** Solves A·x = b (k×k, row-major) by Gaussian elimination with partial pivoting. */
function solveLinear(a: Float64Array, b: Float64Array, k: number): Float64Array {
  const m = Float64Array.from(a);
  const rhs = Float64Array.from(b);
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++)
      if (Math.abs(m[r * k + col] as number) > Math.abs(m[pivot * k + col] as number)) pivot = r;
    if (pivot !== col) {
      for (let c = 0; c < k; c++) {
        const t = m[col * k + c] as number;
        m[col * k + c] = m[pivot * k + c] as number;
        m[pivot * k + c] = t;
      }
      const t = rhs[col] as number;
      rhs[col] = rhs[pivot] as number;
      rhs[pivot] = t;
    }
    const d = m[col * k + col] as number;
    if (d === 0) continue;
    for (let r = col + 1; r < k; r++) {
      const f = (m[r * k + col] as number) / d;
      if (f === 0) continue;
      for (let c = col; c < k; c++) m[r * k + c]! -= f * (m[col * k + c] as number);
      rhs[r]! -= f * (rhs[col] as number);
    }
  }
  const out = new Float64Array(k);
  for (let r = k - 1; r >= 0; r--) {
    let s = rhs[r] as number;
    for (let c = r + 1; c < k; c++) s -= (m[r * k + c] as number) * (out[c] as number);
    const d = m[r * k + r] as number;
    out[r] = d === 0 ? 0 : s / d;
  }
  return out;
}
