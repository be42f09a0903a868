/**
 * A seeded pseudo-random generator: returns doubles in [0, 1). Engines never call Math.random, so
 * every randomised result (bootstrap, permutation importance, randomised thresholds) is
 * reproducible from its seed.
 */
export type Prng = () => number;

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter), seeded through splitmix32 so that nearby
 * seeds give unrelated streams. 32 bits of state advance per call; 2^32 resolution is ample for
 * resampling and tie-breaking.
 */
export function createPrng(seed: number): Prng {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
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
