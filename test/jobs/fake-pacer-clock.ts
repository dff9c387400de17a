import type { PacerClock } from '../../src/jobs/pacer.js';

interface Timer {
  readonly at: number;
  readonly resolve: () => void;
}

/** Lets every pending promise callback run (setImmediate fires after the microtask queue). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Simulated time: sleeps resolve only when `run` or `advance` reaches them, in time order. */
export class FakePacerClock implements PacerClock {
  private time = 0;
  private timers: Timer[] = [];
  /** Every sleep asked for, to check nobody busy-waits. */
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    return new Promise((resolve) => this.timers.push({ at: this.time + Math.max(0, ms), resolve }));
  }

  /** Fires timers in order until none is due by `until`, then stands at `until` (if finite). */
  async run(until = Infinity): Promise<void> {
    for (;;) {
      await settle();
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > until) break;
      this.timers.shift();
      this.time = Math.max(this.time, next.at);
      next.resolve();
    }
    if (Number.isFinite(until)) this.time = Math.max(this.time, until);
    await settle();
  }
}
