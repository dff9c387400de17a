import { RateLimiter, type RateWindow } from '../jobs/rate-limiter.js';

/** What the throttle says about one action. */
export type ThrottleVerdict =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * The windows for `perMinute` actions a minute: the minute itself, and a sixth of it (at least
 * three) in any ten seconds, so that a script cannot spend a whole minute's allowance at once
 * while a person clicking through cards never meets the limit.
 */
export function userWindows(perMinute: number): readonly RateWindow[] {
  return [
    { count: perMinute, ms: 60_000 },
    { count: Math.max(3, Math.ceil(perMinute / 6)), ms: 10_000 },
  ];
}

/**
 * A per-person limit on typed commands and card presses, kept in memory by each instance (a
 * refused action costs nothing and stores nothing, so a person spread over several instances
 * gains at most the instances' count times the limit). Refused actions are not counted, so a
 * person who waits the time they are told is always let through. The sender's sliding-window
 * limiter does the counting, each person's id as its key.
 */
export class UserThrottle {
  private readonly limiter: RateLimiter;

  constructor(perMinute: number) {
    this.limiter = new RateLimiter({ tenant: userWindows(perMinute), conversation: [] });
  }

  /** Counts an action by `user` at `nowMs` if it is allowed; otherwise says how long to wait. */
  admit(user: string, nowMs: number): ThrottleVerdict {
    const wait = this.limiter.reserve({ tenant: user }, nowMs);
    return wait > 0
      ? { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) }
      : { allowed: true };
  }

  /** How many people the throttle holds state for (for tests of its memory). */
  size(): number {
    return this.limiter.size();
  }
}
