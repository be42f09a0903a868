/** How many failures a key (an account or a client address) may have within a window. */
export interface ThrottlePolicy {
  readonly maxFailures: number;
  readonly windowMs: number;
}

/** Defaults: 5 failures per account and 20 per client address within 15 minutes. */
export const DEFAULT_THROTTLE: {
  readonly account: ThrottlePolicy;
  readonly client: ThrottlePolicy;
} = {
  account: { maxFailures: 5, windowMs: 15 * 60_000 },
  client: { maxFailures: 20, windowMs: 15 * 60_000 },
};

export type ThrottleDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Sliding-window decision for one key. `failureTimesMs` are the epoch-ms times of the key's
 * recent failed logins (any order; older ones are ignored). Locked while `maxFailures` or more
 * fall within the window; Retry-After is when the oldest of the counted failures leaves it.
 * Pure: the clock is the `nowMs` argument, so replicas sharing the attempts table agree.
 */
export function evaluateThrottle(
  failureTimesMs: readonly number[],
  nowMs: number,
  policy: ThrottlePolicy,
): ThrottleDecision {
  const recent = failureTimesMs
    .filter((t) => t > nowMs - policy.windowMs && t <= nowMs)
    .sort((a, b) => b - a);
  if (recent.length < policy.maxFailures) return { allowed: true };
  // The lock lifts when fewer than maxFailures remain in the window: when the maxFailures-th
  // most recent failure ages out.
  const pivot = recent[policy.maxFailures - 1] as number;
  const retryAfterMs = pivot + policy.windowMs - nowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

/** Combines per-account and per-client decisions: refused if either refuses, longest wait wins. */
export function combineThrottle(...decisions: readonly ThrottleDecision[]): ThrottleDecision {
  let wait = 0;
  for (const d of decisions) if (!d.allowed) wait = Math.max(wait, d.retryAfterSeconds);
  return wait === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: wait };
}
