import type { RateKeys, RateLimits } from '../../src/jobs/rate-limiter.js';

/** A request the limiter let through, at the time it went. */
export interface Grant {
  readonly time: number;
  readonly keys: RateKeys;
}

/** A seeded uniform generator in [0, 1) (mulberry32): the same stream on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every window overflow in `grants`, checked straight from the definition and independently of
 * the limiter: for each request, count the requests of the same key in [its time, its time + ms).
 * (The busiest interval of a window's length can always be slid to start on a request.)
 */
export function violations(grants: readonly Grant[], limits: RateLimits): string[] {
  const groups = new Map<string, { times: number[]; scope: keyof RateLimits }>();
  const add = (key: string, scope: keyof RateLimits, time: number) => {
    const group = groups.get(key) ?? { times: [], scope };
    group.times.push(time);
    groups.set(key, group);
  };
  for (const { time, keys } of grants) {
    add(`tenant ${keys.tenant}`, 'tenant', time);
    if (keys.conversation !== undefined) {
      add(`conversation ${keys.tenant}/${keys.conversation}`, 'conversation', time);
    }
  }
  const found: string[] = [];
  for (const [key, { times, scope }] of groups) {
    times.sort((a, b) => a - b);
    for (const { count, ms } of limits[scope]) {
      for (let i = 0; i < times.length; i += 1) {
        const start = times[i]!;
        let inside = 0;
        for (let j = i; j < times.length && times[j]! < start + ms; j += 1) inside += 1;
        if (inside > count) found.push(`${key}: ${inside} > ${count} in [${start}, +${ms})`);
      }
    }
  }
  return found;
}

/**
 * Whether one more request for `keys` at `time` (not before any grant) would overflow a window.
 * Grants older than the longest window cannot share an interval with it, so they are left out.
 */
export function wouldExceed(
  grants: readonly Grant[],
  keys: RateKeys,
  time: number,
  limits: RateLimits,
): boolean {
  const recent = (ms: number) => grants.filter((g) => g.time > time - ms);
  const longest = (scope: keyof RateLimits) => Math.max(0, ...limits[scope].map((w) => w.ms));
  const tenant = { tenant: keys.tenant };
  const sameTenant = recent(longest('tenant'))
    .filter((g) => g.keys.tenant === keys.tenant)
    .map((g) => ({ time: g.time, keys: tenant }));
  const tenantLimits = { tenant: limits.tenant, conversation: [] };
  if (violations([...sameTenant, { time, keys: tenant }], tenantLimits).length > 0) return true;
  if (keys.conversation === undefined) return false;
  const sameConversation = recent(longest('conversation')).filter(
    (g) => g.keys.tenant === keys.tenant && g.keys.conversation === keys.conversation,
  );
  const conversationLimits = { tenant: [], conversation: limits.conversation };
  return violations([...sameConversation, { time, keys }], conversationLimits).length > 0;
}
