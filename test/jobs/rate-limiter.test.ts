import { describe, expect, it } from 'vitest';
import {
  RateLimiter,
  TEAMS_LIMITS,
  type RateKeys,
  type RateLimits,
} from '../../src/jobs/rate-limiter.js';
import { seededRandom, violations, wouldExceed, type Grant } from './window-checker.js';

const TIGHT: RateLimits = {
  conversation: [
    { count: 2, ms: 10 },
    { count: 3, ms: 40 },
    { count: 5, ms: 200 },
  ],
  tenant: [
    { count: 4, ms: 10 },
    { count: 9, ms: 50 },
  ],
};

/** Drives a random stream of reserve calls; checks every answer against the brute-force checker. */
function randomStream(limits: RateLimits, seed: number, events: number, jumpMs: number): Grant[] {
  const random = seededRandom(seed);
  const limiter = new RateLimiter(limits, { pruneEveryMs: 1 + Math.floor(random() * jumpMs) });
  const grants: Grant[] = [];
  let time = 0;
  for (let i = 0; i < events; i += 1) {
    time += random() < 0.05 ? Math.floor(random() * jumpMs) : Math.floor(random() * 3);
    const keys: RateKeys = {
      tenant: random() < 0.7 ? 'a' : 'b',
      conversation: random() < 0.15 ? undefined : `c${Math.floor(random() * 5)}`,
    };
    const peek = limiter.waitTime(keys, time);
    const wait = limiter.reserve(keys, time);
    expect(wait).toBe(peek);
    expect(wait === 0).toBe(!wouldExceed(grants, keys, time, limits));
    if (wait === 0) {
      grants.push({ time, keys });
    } else {
      // The wait is exact: one ms sooner would still overflow, at the wait it would not.
      expect(wouldExceed(grants, keys, time + wait - 1, limits)).toBe(true);
      expect(wouldExceed(grants, keys, time + wait, limits)).toBe(false);
    }
  }
  return grants;
}

/** Sends as early as the limiter allows for `durationMs`; returns the send times. */
function greedy(limiter: RateLimiter, keys: RateKeys, durationMs: number): number[] {
  const times: number[] = [];
  for (let time = 0; time < durationMs;) {
    const wait = limiter.reserve(keys, time);
    if (wait === 0) times.push(time);
    else time += wait;
    // A broken limiter that never says wait must fail the test, not exhaust memory.
    if (times.length > 100_000) throw new Error('the limiter let everything through');
  }
  return times;
}

const countBefore = (times: number[], end: number) => times.filter((t) => t < end).length;

describe('RateLimiter', () => {
  it.each([1, 2, 3, 4])(
    'never overflows a window and waits exactly (tight limits, seed %i)',
    (seed) => {
      const grants = randomStream(TIGHT, seed, 4_000, 300);
      expect(grants.length).toBeGreaterThan(500);
      expect(violations(grants, TIGHT)).toEqual([]);
    },
  );

  it.each([5, 6])('never overflows Teams limits on a dense stream (seed %i)', (seed) => {
    const grants = randomStream(TEAMS_LIMITS, seed, 3_000, 40_000);
    expect(grants.length).toBeGreaterThan(1_000);
    expect(violations(grants, TEAMS_LIMITS)).toEqual([]);
  });

  it('holds one conversation to 7/1 s, 8/2 s, 60/30 s and 1,800/h', () => {
    const keys = { tenant: 't', conversation: 'c' };
    const times = greedy(new RateLimiter(), keys, 7_200_000);
    expect(
      violations(
        times.map((time) => ({ time, keys })),
        TEAMS_LIMITS,
      ),
    ).toEqual([]);
    expect([1_000, 2_000, 30_000, 3_600_000].map((end) => countBefore(times, end))).toEqual([
      7, 8, 60, 1_800,
    ]);
    expect(times[1_800]).toBe(3_600_000);
  });

  it('holds a tenant to 50/s, creating conversations counting against it alone', () => {
    const limiter = new RateLimiter();
    const times = greedy(limiter, { tenant: 't' }, 3_000);
    expect([1_000, 2_000, 3_000].map((end) => countBefore(times, end))).toEqual([50, 100, 150]);
    expect(limiter.reserve({ tenant: 'other' }, 2_999)).toBe(0);
    expect(limiter.waitTime({ tenant: 't', conversation: 'new' }, 2_999)).toBe(1);
  });

  it('counts a send against both its conversation and its tenant', () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 7; i += 1)
      expect(limiter.reserve({ tenant: 't', conversation: 'c' }, 0)).toBe(0);
    expect(limiter.reserve({ tenant: 't', conversation: 'c' }, 0)).toBe(1_000);
    expect(limiter.reserve({ tenant: 't', conversation: 'd' }, 0)).toBe(0);
    for (let i = 0; i < 42; i += 1) expect(limiter.reserve({ tenant: 't' }, 0)).toBe(0);
    expect(limiter.reserve({ tenant: 't', conversation: 'e' }, 0)).toBe(1_000);
  });

  it.each([
    { margin: 0.9, expected: [6, 7, 54, 1_620], tenant: 45 },
    { margin: 0.5, expected: [3, 4, 30, 900], tenant: 25 },
    { margin: 0.01, expected: [1, 1, 1, 18], tenant: 1 },
  ])('scales counts by margin $margin', ({ margin, expected, tenant }) => {
    const limiter = new RateLimiter(TEAMS_LIMITS, { margin });
    const times = greedy(limiter, { tenant: 't', conversation: 'c' }, 3_600_000);
    expect([1_000, 2_000, 30_000, 3_600_000].map((end) => countBefore(times, end))).toEqual(
      expected,
    );
    const creates = greedy(new RateLimiter(TEAMS_LIMITS, { margin }), { tenant: 't' }, 1_000);
    expect(creates).toHaveLength(tenant);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects margin %s', (margin) => {
    expect(() => new RateLimiter(TEAMS_LIMITS, { margin })).toThrow(RangeError);
  });

  it.each([
    { count: 0, ms: 1_000 },
    { count: 1.5, ms: 1_000 },
    { count: 1, ms: 0 },
    { count: 1, ms: Number.POSITIVE_INFINITY },
  ])('rejects window $count per $ms ms', (window) => {
    expect(() => new RateLimiter({ conversation: [], tenant: [window] })).toThrow(RangeError);
  });

  it('treats a time earlier than the last send cautiously', () => {
    const limiter = new RateLimiter({ conversation: [], tenant: [{ count: 1, ms: 100 }] });
    expect(limiter.reserve({ tenant: 't' }, 1_000)).toBe(0);
    expect(limiter.reserve({ tenant: 't' }, 950)).toBe(150);
    expect(limiter.reserve({ tenant: 't' }, 1_100)).toBe(0);
  });
});
