import { describe, expect, it } from 'vitest';
import { RateLimiter, TEAMS_LIMITS } from '../../src/jobs/rate-limiter.js';

describe('RateLimiter.penalise', () => {
  const send = { tenant: 't', conversation: 'c' };

  it('holds back a penalised conversation until then, and no other', () => {
    const limiter = new RateLimiter();
    expect(limiter.reserve(send, 0)).toBe(0);
    limiter.penalise(send, 5_000);
    expect(limiter.reserve(send, 1_000)).toBe(4_000);
    expect(limiter.waitTime(send, 4_999)).toBe(1);
    expect(limiter.reserve({ tenant: 't', conversation: 'd' }, 1_000)).toBe(0);
    expect(limiter.reserve(send, 5_000)).toBe(0);
  });

  it('holds back the whole tenant when given no conversation', () => {
    const limiter = new RateLimiter();
    limiter.penalise({ tenant: 't' }, 3_000);
    expect(limiter.reserve({ tenant: 't' }, 0)).toBe(3_000);
    expect(limiter.reserve(send, 2_500)).toBe(500);
    expect(limiter.reserve({ tenant: 'u', conversation: 'c' }, 0)).toBe(0);
    expect(limiter.reserve(send, 3_000)).toBe(0);
  });

  it('keeps the longer of two penalties', () => {
    const limiter = new RateLimiter();
    limiter.penalise(send, 9_000);
    limiter.penalise(send, 2_000);
    expect(limiter.waitTime(send, 0)).toBe(9_000);
  });

  it('never waits less than a window requires, penalty or not', () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 7; i += 1) limiter.reserve(send, 0);
    limiter.penalise(send, 10);
    expect(limiter.waitTime(send, 0)).toBe(1_000);
  });
});

describe('RateLimiter memory', () => {
  it('forgets every key once idle for longer than the longest window', () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 10_000; i += 1) {
      expect(limiter.reserve({ tenant: 't', conversation: `c${i}` }, i * 20)).toBe(0);
    }
    limiter.penalise({ tenant: 't', conversation: 'c1' }, 300_000);
    expect(limiter.size()).toBeGreaterThan(1_000);
    limiter.prune(200_000 + 3_600_000);
    expect(limiter.size()).toBe(0);
  });

  it('keeps only what still matters: a key stays until its last send leaves the hour', () => {
    const limiter = new RateLimiter();
    limiter.reserve({ tenant: 't', conversation: 'c' }, 0);
    limiter.prune(3_599_999);
    expect(limiter.size()).toBe(1);
    limiter.prune(3_600_000);
    expect(limiter.size()).toBe(0);
  });

  it('sweeps idle keys from reserve itself, at most every pruneEveryMs', () => {
    const limiter = new RateLimiter(TEAMS_LIMITS, { pruneEveryMs: 60_000 });
    for (let i = 0; i < 100; i += 1) limiter.reserve({ tenant: `t${i}`, conversation: 'c' }, i);
    expect(limiter.size()).toBe(200);
    limiter.reserve({ tenant: 'late', conversation: 'c' }, 10_000_000);
    expect(limiter.size()).toBe(2);
  });
});
