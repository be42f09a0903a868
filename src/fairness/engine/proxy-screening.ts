import { encodeKeys } from './group-encoding.js';

/** Association between a protected attribute A and a categorical feature B. */
export interface ProxyAssociation {
  readonly protectedAttribute: string;
  readonly feature: string;
  readonly n: number;
  readonly rows: number;
  readonly columns: number;
  /** Pearson χ², no continuity correction. */
  readonly chiSquare: number;
  readonly degreesOfFreedom: number;
  /** √(χ² / (n·(min(r, c) − 1))), no bias correction. */
  readonly cramersV: number;
  /** I(A; B) in nats. */
  readonly mutualInformation: number;
  /** I(A; B) / H(A): the share of A's uncertainty that B explains (0..1). */
  readonly normalizedMutualInformation: number;
}

/**
 * Screens a categorical feature as a proxy of a protected attribute (section 5) from their
 * contingency table: χ², Cramér's V, mutual information and MI / H(A).
 */
export function screenProxy(input: {
  readonly protectedName: string;
  readonly protectedValues: readonly string[];
  readonly featureName: string;
  readonly featureValues: readonly string[];
}): ProxyAssociation {
  const a = encodeKeys(input.protectedValues);
  const b = encodeKeys(input.featureValues);
  const r = a.labels.length;
  const c = b.labels.length;
  const n = a.codes.length;
  const table = new Float64Array(r * c);
  for (let i = 0; i < n; i++) table[(a.codes[i] as number) * c + (b.codes[i] as number)]! += 1;
  const rowSum = new Float64Array(r);
  const colSum = new Float64Array(c);
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      rowSum[i]! += table[i * c + j] as number;
      colSum[j]! += table[i * c + j] as number;
    }
  }
  let chiSquare = 0;
  let mutualInformation = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const observed = table[i * c + j] as number;
      const expected = ((rowSum[i] as number) * (colSum[j] as number)) / n;
      chiSquare += ((observed - expected) * (observed - expected)) / expected;
      if (observed > 0)
        mutualInformation +=
          (observed / n) *
          Math.log((observed * n) / ((rowSum[i] as number) * (colSum[j] as number)));
    }
  }
  let entropyA = 0;
  for (let i = 0; i < r; i++) {
    const p = (rowSum[i] as number) / n;
    if (p > 0) entropyA -= p * Math.log(p);
  }
  const k = Math.min(r, c) - 1;
  return {
    protectedAttribute: input.protectedName,
    feature: input.featureName,
    n,
    rows: r,
    columns: c,
    chiSquare,
    degreesOfFreedom: (r - 1) * (c - 1),
    cramersV: k > 0 ? Math.sqrt(chiSquare / (n * k)) : NaN,
    mutualInformation,
    normalizedMutualInformation: entropyA > 0 ? mutualInformation / entropyA : NaN,
  };
}

/**
 * Point-biserial correlation: the Pearson correlation of a 0/1 indicator with a numeric column.
 * Rows where the numeric value is NaN are skipped.
 */
export function pointBiserial(indicator: Uint8Array, values: Float64Array): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < values.length; i++) {
    const y = values[i] as number;
    if (Number.isNaN(y)) continue;
    n++;
    sx += indicator[i] as number;
    sy += y;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < values.length; i++) {
    const y = values[i] as number;
    if (Number.isNaN(y)) continue;
    const dx = (indicator[i] as number) - mx;
    const dy = y - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}
