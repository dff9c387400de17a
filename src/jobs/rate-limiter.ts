import { RateScope, type RateWindow } from './rate-scope.js';

export type { RateWindow } from './rate-scope.js';

/** The windows that apply per conversation (per bot per thread) and per tenant. */
export interface RateLimits {
  readonly conversation: readonly RateWindow[];
  readonly tenant: readonly RateWindow[];
}

/**
 * Who a request counts against. A request that creates a conversation has no conversation yet:
 * only the tenant windows apply to it; the send that follows names the new conversation.
 */
export interface RateKeys {
  readonly tenant: string;
  readonly conversation?: string | undefined;
}

/** Tuning for a {@link RateLimiter}. */
export interface RateLimiterOptions {
  /** Scales every count down (0 < margin ≤ 1, floored, at least 1); 1 = the exact limits. */
  readonly margin?: number;
  /** How often (in the caller's ms) reserve() sweeps idle keys; default one minute. */
  readonly pruneEveryMs?: number;
}

/** Microsoft Teams' published limits for a bot's proactive messages. */
export const TEAMS_LIMITS: RateLimits = Object.freeze({
  conversation: Object.freeze([
    { count: 7, ms: 1_000 },
    { count: 8, ms: 2_000 },
    { count: 60, ms: 30_000 },
    { count: 1_800, ms: 3_600_000 },
  ]),
  tenant: Object.freeze([{ count: 50, ms: 1_000 }]),
});

/**
 * What the bot's sender keeps to: Teams' limits, with the tenant's 50 per second spread to at
 * most one request every 20 ms. The sliding window alone releases each second's 50 in one
 * burst; the tail of one burst and the head of the next then reach Teams inside one of its
 * windows and draw 429s (measured in the fan-out benchmark: about 550 per 1,000 sends, 1.07 ×
 * the least time the limit allows). Spread, the same 50 per second drew none (1.03 ×).
 */
export const SENDER_LIMITS: RateLimits = Object.freeze({
  conversation: TEAMS_LIMITS.conversation,
  tenant: Object.freeze([...TEAMS_LIMITS.tenant, Object.freeze({ count: 1, ms: 20 })]),
});

/**
 * Exact sliding-window limits over a log of send times: no interval of a window's length ever
 * holds more than its count, and a request is never held back longer than the windows require.
 * Times are the caller's milliseconds, expected not to go backwards (a monotonic clock); an
 * earlier time only makes the limiter more cautious. Not thread-safe; one per process.
 */
export class RateLimiter {
  private readonly tenants: RateScope;
  private readonly conversations: RateScope;
  private readonly pruneEveryMs: number;
  private nextPrune = -Infinity;

  constructor(limits: RateLimits = TEAMS_LIMITS, options: RateLimiterOptions = {}) {
    const margin = options.margin ?? 1;
    if (!(margin > 0 && margin <= 1)) throw new RangeError(`margin must be in (0, 1]: ${margin}`);
    this.tenants = new RateScope(scaled(limits.tenant, margin));
    this.conversations = new RateScope(scaled(limits.conversation, margin));
    this.pruneEveryMs = options.pruneEveryMs ?? 60_000;
  }

  /** Milliseconds until a request for `keys` may go (0 = now), recording nothing. */
  waitTime(keys: RateKeys, now: number): number {
    const tenantWait = this.tenants.waitTime(keys.tenant, now);
    if (keys.conversation === undefined) return tenantWait;
    return Math.max(tenantWait, this.conversations.waitTime(conversationKey(keys), now));
  }

  /** Returns 0 and records the request if it may go at `now`; else the wait, recording nothing. */
  reserve(keys: RateKeys, now: number): number {
    if (now >= this.nextPrune) {
      this.prune(now);
      this.nextPrune = now + this.pruneEveryMs;
    }
    const wait = this.waitTime(keys, now);
    if (wait > 0) return wait;
    this.tenants.record(keys.tenant, now);
    if (keys.conversation !== undefined) this.conversations.record(conversationKey(keys), now);
    return 0;
  }

  /**
   * Honours a `Retry-After`: nothing for the most specific key given (the conversation if named,
   * else the whole tenant) before `untilMs`. Pass `{ tenant }` alone to hold back the tenant.
   */
  penalise(keys: RateKeys, untilMs: number): void {
    if (keys.conversation === undefined) this.tenants.penalise(keys.tenant, untilMs);
    else this.conversations.penalise(conversationKey(keys), untilMs);
  }

  /** Forgets every key idle for longer than its longest window, and expired penalties. */
  prune(now: number): void {
    this.tenants.prune(now);
    this.conversations.prune(now);
  }

  /** How many keys hold state: for tests and metrics. */
  size(): number {
    return this.tenants.size() + this.conversations.size();
  }
}

function scaled(windows: readonly RateWindow[], margin: number): RateWindow[] {
  return windows.map(({ count, ms }) => {
    if (!Number.isInteger(count) || count < 1 || !(ms > 0 && Number.isFinite(ms))) {
      throw new RangeError(`invalid rate window: ${count} per ${ms} ms`);
    }
    // The epsilon keeps 0.29 × 100 at 29 despite binary floating point.
    return { count: Math.max(1, Math.floor(count * margin + 1e-9)), ms };
  });
}

// Conversation ids are unique in practice; keying by tenant too costs nothing and rules out
// two tenants' ids colliding.
function conversationKey(keys: RateKeys): string {
  return `${keys.tenant}\u0000${keys.conversation ?? ''}`;
}
