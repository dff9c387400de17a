import { describe, expect, it } from 'vitest';
import { Pacer } from '../../src/jobs/pacer.js';
import { RateLimiter, TEAMS_LIMITS, type RateKeys } from '../../src/jobs/rate-limiter.js';
import { FakePacerClock } from './fake-pacer-clock.js';
import { seededRandom, violations, type Grant } from './window-checker.js';

interface Acquired extends Grant {
  readonly id: number;
  readonly askedAt: number;
}

function setup() {
  const clock = new FakePacerClock();
  const pacer = new Pacer(new RateLimiter(), clock);
  const acquired: Acquired[] = [];
  let ids = 0;
  const acquire = (keys: RateKeys) => {
    const id = ids++;
    const askedAt = clock.now();
    void pacer.acquire(keys).then(() => acquired.push({ id, askedAt, time: clock.now(), keys }));
    return id;
  };
  return { clock, pacer, acquired, acquire };
}

describe('Pacer', () => {
  it('sends 10,000 messages to 10,000 conversations of one tenant at ≥ 99% of 50/s, in order', async () => {
    const { clock, pacer, acquired, acquire } = setup();
    for (let i = 0; i < 10_000; i += 1) acquire({ tenant: 't', conversation: `c${i}` });
    await clock.run();
    expect(acquired).toHaveLength(10_000);
    expect(pacer.pending()).toBe(0);
    expect(violations(acquired, TEAMS_LIMITS)).toEqual([]);
    const last = acquired.at(-1)!.time;
    // Throughput over whole seconds: the last batch occupies its second too.
    const perSecond = acquired.length / ((last + 1_000) / 1_000);
    expect(perSecond).toBeGreaterThanOrEqual(0.99 * 50);
    expect(acquired.map((a) => a.id)).toEqual(acquired.map((_, i) => i));
    // One wake per second of backlog: no busy-waiting.
    expect(clock.sleeps.length).toBeLessThanOrEqual(201);
  });

  it('lets other conversations pass one held back by its own limits, keeping each in order', async () => {
    const { clock, acquired, acquire } = setup();
    for (let i = 0; i < 100; i += 1) acquire({ tenant: 't', conversation: 'hot' });
    for (let i = 0; i < 500; i += 1) acquire({ tenant: 't', conversation: `cold${i}` });
    await clock.run();
    expect(violations(acquired, TEAMS_LIMITS)).toEqual([]);
    const hot = acquired.filter((a) => a.keys.conversation === 'hot');
    const cold = acquired.filter((a) => a.keys.conversation !== 'hot');
    expect(hot.map((a) => a.id)).toEqual([...Array(100).keys()]);
    // 600 sends at 50/s take 12 s; the cold ones must not wait behind the hot one's 60/30 s.
    expect(Math.max(...cold.map((a) => a.time))).toBeLessThan(12_000);
    expect(Math.max(...hot.map((a) => a.time))).toBeGreaterThanOrEqual(30_000);
  });

  it('serves a random stream within every window, in order per conversation, without starving', async () => {
    const { clock, acquired, acquire } = setup();
    const random = seededRandom(42);
    for (let i = 0; i < 5_000; i += 1) {
      const conversation = random() < 0.2 ? `hot${Math.floor(random() * 3)}` : `c${i}`;
      acquire(random() < 0.1 ? { tenant: 't' } : { tenant: 't', conversation });
      // About 40 arrivals a second on average, in uneven bursts.
      if (random() < 0.5) await clock.run(clock.now() + Math.floor(random() * 100));
    }
    await clock.run();
    expect(acquired).toHaveLength(5_000);
    expect(violations(acquired, TEAMS_LIMITS)).toEqual([]);
    const byConversation = new Map<string, number[]>();
    for (const a of acquired) {
      if (a.keys.conversation === undefined) continue;
      byConversation.set(a.keys.conversation, [
        ...(byConversation.get(a.keys.conversation) ?? []),
        a.id,
      ]);
    }
    for (const ids of byConversation.values()) expect(ids).toEqual([...ids].sort((a, b) => a - b));
    // Below capacity overall, a request on a quiet conversation waits a few seconds at most.
    const waited = (hot: boolean) =>
      Math.max(
        ...acquired
          .filter((a) => (a.keys.conversation?.startsWith('hot') ?? false) === hot)
          .map((a) => a.time - a.askedAt),
      );
    // The hot conversations outrun 60/30 s and queue for long; the others never wait behind them.
    expect(waited(true)).toBeGreaterThan(10_000);
    expect(waited(false)).toBeLessThan(2_000);
  });

  it('honours a Retry-After, and wakes early for a newcomer that may go', async () => {
    const { clock, pacer, acquired, acquire } = setup();
    pacer.penalise({ tenant: 't', conversation: 'slow' }, 60_000);
    acquire({ tenant: 't', conversation: 'slow' });
    await clock.run(1_000);
    expect(acquired).toEqual([]);
    acquire({ tenant: 't', conversation: 'free' });
    await clock.run(1_000);
    expect(acquired.map((a) => [a.keys.conversation, a.time])).toEqual([['free', 1_000]]);
    await clock.run();
    expect(acquired.map((a) => [a.keys.conversation, a.time])).toEqual([
      ['free', 1_000],
      ['slow', 60_000],
    ]);
  });

  it('holds the whole tenant back when penalised without a conversation', async () => {
    const { clock, pacer, acquired, acquire } = setup();
    pacer.penalise({ tenant: 't' }, 2_000);
    acquire({ tenant: 't' });
    acquire({ tenant: 't', conversation: 'c' });
    acquire({ tenant: 'u', conversation: 'c' });
    await clock.run();
    expect(acquired.map((a) => [a.keys.tenant, a.time])).toEqual([
      ['u', 0],
      ['t', 2_000],
      ['t', 2_000],
    ]);
  });

  it('forgets a tenant once its queue drains', async () => {
    const { clock, pacer, acquire } = setup();
    for (let i = 0; i < 60; i += 1) acquire({ tenant: 't', conversation: `c${i}` });
    expect(pacer.pending()).toBe(10);
    await clock.run();
    expect(pacer.pending()).toBe(0);
    expect((pacer as unknown as { tenants: Map<string, unknown> }).tenants.size).toBe(0);
  });
});
