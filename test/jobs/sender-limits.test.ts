import { describe, expect, it } from 'vitest';
import { RateLimiter, SENDER_LIMITS, TEAMS_LIMITS } from '../../src/jobs/rate-limiter.js';
import { violations } from './window-checker.js';

/** Every time a sender asking as fast as it may is let through, for `durationMs`. */
function greedy(limiter: RateLimiter, durationMs: number): number[] {
  const times: number[] = [];
  for (let time = 0, n = 0; time < durationMs; n += 1) {
    // Each send to its own new conversation, as a fan-out to people never reached before.
    const keys = { tenant: 't', conversation: `c${n}` };
    const wait = limiter.reserve(keys, time);
    if (wait === 0) times.push(time);
    else time += wait;
    if (times.length > 100_000) throw new Error('the limiter let everything through');
  }
  return times;
}

describe('the limits the sender keeps to', () => {
  const times = greedy(new RateLimiter(SENDER_LIMITS), 60_000);

  it('are Teams’ limits, and never break them', () => {
    const grants = times.map((time, n) => ({ time, keys: { tenant: 't', conversation: `c${n}` } }));
    expect(violations(grants, TEAMS_LIMITS)).toEqual([]);
  });

  it('spread the tenant’s 50 per second evenly: never two sends within 20 ms', () => {
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(20);
  });

  it('still reach the full 50 per second (unspread, the window lets 50 go in one burst)', () => {
    expect(times.length).toBeGreaterThanOrEqual(50 * 60 - 1);
    const burst = greedy(new RateLimiter(TEAMS_LIMITS), 1_000);
    expect(burst.filter((t) => t < 20)).toHaveLength(50);
    expect(times.filter((t) => t < 1_000)).toHaveLength(50);
  });
});
