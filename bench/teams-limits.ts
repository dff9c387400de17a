/** At most `count` requests in any `ms` milliseconds. */
export interface Window {
  readonly count: number;
  readonly ms: number;
}

/** Microsoft Teams' published limits for a bot's messages, as the loopback connector enforces them. */
export const PUBLISHED_LIMITS = {
  tenant: [{ count: 50, ms: 1_000 }],
  conversation: [
    { count: 7, ms: 1_000 },
    { count: 8, ms: 2_000 },
    { count: 60, ms: 30_000 },
  ],
} as const satisfies Record<string, readonly Window[]>;

/**
 * The connector's own judge, written apart from `src/jobs/rate-limiter.ts` so a mistake there is
 * not repeated here: a log of accepted arrival times per key, checked window by window.
 */
export class WindowJudge {
  private readonly logs = new Map<string, number[]>();
  private readonly horizon: number;

  constructor(private readonly windows: readonly Window[]) {
    this.horizon = Math.max(...windows.map((w) => w.ms));
  }

  /** Milliseconds until `key` may be served at `now` (0 = now). */
  wait(key: string, now: number): number {
    const log = this.logs.get(key);
    if (!log) return 0;
    let wait = 0;
    for (const { count, ms } of this.windows) {
      // The request fits iff fewer than `count` accepted arrivals lie in (now − ms, now].
      const oldest = log[log.length - count];
      if (oldest !== undefined && oldest > now - ms) wait = Math.max(wait, oldest + ms - now);
    }
    return wait;
  }

  /** Records an accepted arrival. */
  accept(key: string, now: number): void {
    let log = this.logs.get(key);
    if (!log) {
      log = [];
      this.logs.set(key, log);
    }
    log.push(now);
    // Keep what a window can still see; the array stays short (≤ the largest count, plus a few).
    let drop = 0;
    while (drop < log.length && (log[drop] ?? 0) <= now - this.horizon) drop += 1;
    if (drop > 0) log.splice(0, drop);
  }

  reset(): void {
    this.logs.clear();
  }
}
