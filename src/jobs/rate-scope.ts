import { TimestampLog } from './timestamp-log.js';

/** At most `count` requests in any `ms` milliseconds (any half-open interval [t, t + ms)). */
export interface RateWindow {
  readonly count: number;
  readonly ms: number;
}

/**
 * The sliding windows of one scope (all tenants, or all conversations), each key with its own
 * exact log of send times, plus any `Retry-After` penalty per key.
 */
export class RateScope {
  private readonly logs = new Map<string, TimestampLog>();
  private readonly penalties = new Map<string, number>();
  private readonly keep: number;
  private readonly horizon: number;

  constructor(private readonly windows: readonly RateWindow[]) {
    this.keep = Math.max(0, ...windows.map((w) => w.count));
    this.horizon = Math.max(0, ...windows.map((w) => w.ms));
  }

  /** Whole milliseconds until `key` may send again (0 = now). */
  waitTime(key: string, now: number): number {
    let wait = (this.penalties.get(key) ?? -Infinity) - now;
    const log = this.logs.get(key);
    if (log) {
      for (const { count, ms } of this.windows) {
        // A new request fits iff the count-th newest is already out of its window.
        const oldest = log.fromNewest(count - 1);
        if (oldest !== undefined) wait = Math.max(wait, oldest + ms - now);
      }
    }
    return wait > 0 ? Math.ceil(wait) : 0;
  }

  /** Records a request by `key` at `now`. */
  record(key: string, now: number): void {
    if (this.keep === 0) return;
    let log = this.logs.get(key);
    if (!log) {
      log = new TimestampLog();
      this.logs.set(key, log);
    }
    log.trim(now - this.horizon, this.keep - 1);
    // A `now` older than the last send is recorded as that send's time: the log stays sorted
    // and the error only ever over-counts (waits longer), never lets a window overflow.
    log.push(Math.max(now, log.newest() ?? now));
  }

  /** Holds `key` back until `untilMs`; a shorter penalty never cuts a longer one short. */
  penalise(key: string, untilMs: number): void {
    this.penalties.set(key, Math.max(untilMs, this.penalties.get(key) ?? -Infinity));
  }

  /** Drops every key that can no longer affect a request at or after `now`. */
  prune(now: number): void {
    const cutoff = now - this.horizon;
    for (const [key, log] of this.logs) {
      if ((log.newest() ?? -Infinity) <= cutoff) this.logs.delete(key);
      else log.trim(cutoff, this.keep);
    }
    for (const [key, until] of this.penalties) if (until <= now) this.penalties.delete(key);
  }

  /** How many keys hold state (logs plus penalties). */
  size(): number {
    return this.logs.size + this.penalties.size;
  }
}
