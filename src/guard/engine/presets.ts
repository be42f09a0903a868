/**
 * Decision thresholds per preset, and how rule and model evidence combine into one score.
 * Thresholds were chosen on generated benign text and the shared training split (never on the
 * hand-written held-out set); docs/guard.md lists the false positive rate each one measures.
 */
import type { GuardPreset } from './types.js';

export const PRESET_THRESHOLDS: Readonly<Record<GuardPreset, number>> = {
  strict: 0.45,
  balanced: 0.6,
  permissive: 0.8,
};

/**
 * Model evidence counted toward the score: nothing below 0.5, then rising to 0.9 at p = 1, so
 * the model alone can flag only when it is confident, and a weak rule plus a fairly sure model
 * adds up.
 */
export function modelEvidence(probability: number): number {
  return probability <= 0.5 ? 0 : Math.min(0.9, (probability - 0.5) * 1.8);
}

/** Noisy-OR of independent evidence weights. */
export function combineEvidence(weights: readonly number[]): number {
  let keep = 1;
  for (const w of weights) keep *= 1 - Math.max(0, Math.min(1, w));
  return 1 - keep;
}
