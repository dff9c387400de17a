import type { Logger } from '../logger.js';

/**
 * Runs `drainOnce` until it finds nothing to do, when kicked or every `intervalMs`. Never two
 * drains at once in one process; a kick during a drain runs another right after it.
 */
export class Drainer {
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly drainOnce: () => Promise<number>,
    private readonly logger: Logger,
  ) {}

  /** Starts draining now (after the current turn); returns at once. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Looks for due work every `intervalMs` (retries, scheduled work, expired leases). */
  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      this.kick();
    }, intervalMs);
    this.timer.unref();
  }

  /** True once `stop` was called: long loops check it to end early. */
  get stopping(): boolean {
    return this.stopped;
  }

  /** Resolves when no drain is running or queued: for graceful shutdown and tests. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Stops polling and waits for the drain in progress. */
  async stop(): Promise<void> {
    // Finish the batch in hand, start no other: what is left stays queued for the next start.
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.idle();
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.drainOnce()) > 0) {
        // Keep going while there is due work.
      }
    } catch (error) {
      this.logger.error({ err: error, drainer: this.name }, 'drain failed');
    }
  }
}
