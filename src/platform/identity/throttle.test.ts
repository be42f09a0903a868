import { describe, expect, it } from 'vitest';
import { combineThrottle, evaluateThrottle } from './throttle.js';

const policy = { maxFailures: 3, windowMs: 60_000 };
const now = 1_000_000;

describe('evaluateThrottle', () => {
  it('allows while fewer than maxFailures fall in the window', () => {
    expect(evaluateThrottle([now - 1000, now - 2000], now, policy)).toEqual({ allowed: true });
    expect(evaluateThrottle([now - 61_000, now - 62_000, now - 1000], now, policy)).toEqual({
      allowed: true,
    });
  });

  it('locks at maxFailures until the oldest counted failure leaves the window', () => {
    expect(evaluateThrottle([now - 10_000, now - 5_000, now - 1_000], now, policy)).toEqual({
      allowed: false,
      retryAfterSeconds: 50,
    });
    // With more failures, the lock lasts until only maxFailures - 1 remain.
    expect(
      evaluateThrottle([now - 50_000, now - 40_000, now - 30_000, now - 1_000], now, policy),
    ).toEqual({
      allowed: false,
      retryAfterSeconds: 20,
    });
  });

  it('lifts the lock exactly when the window has passed', () => {
    const failures = [now - 10_000, now - 5_000, now - 1_000];
    expect(evaluateThrottle(failures, now + 50_000, policy)).toEqual({ allowed: true });
    expect(evaluateThrottle(failures, now + 49_000, policy).allowed).toBe(false);
  });

  it('combines account and client decisions with the longest wait', () => {
    expect(
      combineThrottle(
        { allowed: true },
        { allowed: false, retryAfterSeconds: 9 },
        { allowed: false, retryAfterSeconds: 4 },
      ),
    ).toEqual({ allowed: false, retryAfterSeconds: 9 });
    expect(combineThrottle({ allowed: true }, { allowed: true })).toEqual({ allowed: true });
  });
});
