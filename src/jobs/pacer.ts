import type { RateKeys, RateLimiter } from './rate-limiter.js';

/** Monotonic milliseconds and a way to wait: real timers in production, fake time in tests. */
export interface PacerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The real pacer clock: `performance.now()` never jumps with the wall clock. */
export const systemPacerClock: PacerClock = {
  now: () => performance.now(),
  sleep: (ms) =>
    new Promise((resolve) => {
      // Node fires a timer over 2^31 − 1 ms at once: a very long Retry-After would spin.
      setTimeout(resolve, Math.min(ms, 2 ** 31 - 1));
    }),
};

interface Waiter {
  readonly keys: RateKeys;
  readonly resolve: () => void;
}

interface TenantQueue {
  waiters: Waiter[];
  /** Ends the pump's current sleep early; set while it sleeps. */
  wake: (() => void) | undefined;
}

/**
 * Holds each request until the limiter lets it go. Per tenant, waiters are served first come,
 * first served; one held back only by its own conversation's windows lets later waiters of other
 * conversations pass meanwhile, so a busy conversation never stalls the tenant.
 */
export class Pacer {
  private readonly tenants = new Map<string, TenantQueue>();

  constructor(
    private readonly limiter: RateLimiter,
    private readonly clock: PacerClock,
  ) {}

  /** Resolves when a request for `keys` may go; the request is then already counted. */
  acquire(keys: RateKeys): Promise<void> {
    const queue = this.tenants.get(keys.tenant);
    if (!queue) {
      if (this.limiter.reserve(keys, this.clock.now()) === 0) return Promise.resolve();
      return this.enqueue(this.startPump(keys.tenant), keys);
    }
    const waiting = this.enqueue(queue, keys);
    // Wake the pump only when the newcomer could go now, so a burst costs no rescans; the pump
    // still serves in order, so the newcomer never overtakes an earlier waiter that may go.
    if (this.limiter.waitTime(keys, this.clock.now()) === 0) queue.wake?.();
    return waiting;
  }

  /** Honours a `Retry-After` of `ms` for `keys` (see {@link RateLimiter.penalise}). */
  penalise(keys: RateKeys, ms: number): void {
    this.limiter.penalise(keys, this.clock.now() + ms);
  }

  /** How many requests are waiting: for metrics and tests. */
  pending(): number {
    let count = 0;
    for (const queue of this.tenants.values()) count += queue.waiters.length;
    return count;
  }

  private enqueue(queue: TenantQueue, keys: RateKeys): Promise<void> {
    return new Promise((resolve) => {
      queue.waiters.push({ keys, resolve });
    });
  }

  private startPump(tenant: string): TenantQueue {
    const queue: TenantQueue = { waiters: [], wake: undefined };
    this.tenants.set(tenant, queue);
    void this.pump(tenant, queue);
    return queue;
  }

  private async pump(tenant: string, queue: TenantQueue): Promise<void> {
    // Let the caller that started the pump enqueue before the first pass.
    await Promise.resolve();
    while (queue.waiters.length > 0) {
      const sleepMs = this.serve(queue);
      if (queue.waiters.length === 0) break;
      await Promise.race([
        this.clock.sleep(sleepMs),
        new Promise<void>((resolve) => {
          queue.wake = resolve;
        }),
      ]);
      queue.wake = undefined;
    }
    this.tenants.delete(tenant);
  }

  /** Lets through every waiter that may go now, in order; returns how long until the next may. */
  private serve(queue: TenantQueue): number {
    const blocked = new Set<string>();
    const kept: Waiter[] = [];
    let soonest = Infinity;
    let tenantBlocked = false;
    for (const waiter of queue.waiters) {
      const conversation = waiter.keys.conversation;
      if (tenantBlocked || (conversation !== undefined && blocked.has(conversation))) {
        kept.push(waiter);
        continue;
      }
      const now = this.clock.now();
      const wait = this.limiter.reserve(waiter.keys, now);
      if (wait === 0) {
        waiter.resolve();
        continue;
      }
      kept.push(waiter);
      const tenantWait = this.limiter.waitTime({ tenant: waiter.keys.tenant }, now);
      // Once the tenant is full nobody behind can go: stop asking the limiter.
      if (tenantWait > 0) tenantBlocked = true;
      else if (conversation !== undefined) blocked.add(conversation);
      soonest = Math.min(soonest, tenantWait > 0 ? tenantWait : wait);
    }
    queue.waiters = kept;
    return soonest;
  }
}
