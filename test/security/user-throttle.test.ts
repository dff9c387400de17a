import { describe, expect, it } from 'vitest';
import { UserThrottle, userWindows } from '../../src/security/user-throttle.js';

describe('the per-person throttle', () => {
  it('allows a sixth of the minute in ten seconds (at least 3), and the minute in a minute', () => {
    expect(userWindows(30)).toEqual([
      { count: 30, ms: 60_000 },
      { count: 5, ms: 10_000 },
    ]);
    expect(userWindows(6)[1]).toEqual({ count: 3, ms: 10_000 });
  });

  it('refuses the action past the burst, says how long to wait, and lets it through then', () => {
    const throttle = new UserThrottle(30);
    for (let i = 0; i < 5; i += 1)
      expect(throttle.admit('ann', 1_000 + i)).toEqual({ allowed: true });
    expect(throttle.admit('ann', 1_005)).toEqual({ allowed: false, retryAfterSeconds: 10 });
    // Someone else is not held back by Ann.
    expect(throttle.admit('bob', 1_005)).toEqual({ allowed: true });
    // Ann's refusals do not count: the time she was given is enough, however often she tried.
    for (let t = 1_006; t < 11_000; t += 500) expect(throttle.admit('ann', t).allowed).toBe(false);
    expect(throttle.admit('ann', 11_000)).toEqual({ allowed: true });
  });

  it('holds the minute: 30 spread over 60 s, then none until the first leaves the window', () => {
    const throttle = new UserThrottle(30);
    // Five every ten seconds stays inside the burst window.
    for (let i = 0; i < 30; i += 1) {
      const at = Math.floor(i / 5) * 10_000 + (i % 5);
      expect(throttle.admit('ann', at)).toEqual({ allowed: true });
    }
    const refused = throttle.admit('ann', 59_000);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(throttle.admit('ann', 60_000)).toEqual({ allowed: true });
  });

  it('forgets people who have gone quiet', () => {
    const throttle = new UserThrottle(30);
    for (let i = 0; i < 1_000; i += 1) throttle.admit(`person-${i}`, i);
    expect(throttle.size()).toBe(1_000);
    throttle.admit('late', 200_000);
    expect(throttle.size()).toBe(1);
  });
});
