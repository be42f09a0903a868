/**
 * A seeded pseudo-random generator: returns doubles in [0, 1). Engines never call Math.random, so
 * every randomised result (bootstrap, permutation importance, randomised thresholds) is
 * reproducible from its seed.
 */
export type Prng = () => number;

/**
 * The four 32-bit words of an sfc32 state for a seed, expanded through splitmix32 so that nearby
 * seeds give unrelated streams, and advanced 12 steps as the reference implementation does.
 * Hot loops (the bootstrap) inline the sfc32 step on these words; createPrng wraps it.
 */
export function sfc32State(seed: number): [number, number, number, number] {
  let s = seed | 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return z ^ (z >>> 16);
  };
  const state: [number, number, number, number] = [splitmix(), splitmix(), splitmix(), splitmix()];
  for (let i = 0; i < 12; i++) sfc32Step(state);
  return state;
}

/** One sfc32 step (Chris Doty-Humphrey's Small Fast Counter): returns an unsigned 32-bit word. */
export function sfc32Step(state: [number, number, number, number]): number {
  const [a, b, c, d] = state;
  const t = (((a + b) | 0) + d) | 0;
  state[3] = (d + 1) | 0;
  state[0] = b ^ (b >>> 9);
  state[1] = (c + (c << 3)) | 0;
  state[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  return t >>> 0;
}

/** A seeded generator of doubles in [0, 1) (sfc32; 2^-32 resolution, ample for resampling). */
export function createPrng(seed: number): Prng {
  let [a, b, c, d] = sfc32State(seed);
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle in place with the given generator. */
export function shuffleInPlace(values: Float64Array | Int32Array, random: Prng): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = values[i] as number;
    values[i] = values[j] as number;
    values[j] = tmp;
  }
}
