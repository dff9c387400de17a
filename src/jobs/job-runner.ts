import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Job } from '../store/job-store.js';
import type { Store } from '../store/store.js';
import { backoffMs } from './backoff.js';
import { Drainer } from './drainer.js';

/** Does a job's work (usually: queue deliveries, idempotently, so a repeat adds nothing). */
export type JobHandler = (job: Job) => Promise<void>;

const MAX_ATTEMPTS = 10;

/**
 * Runs due jobs: leases them, runs their handler, records the result. A job whose holder
 * crashed is taken over when its lease expires; handlers are idempotent, so that repeat adds
 * nothing.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly drainer: Drainer;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly afterRun: () => void,
    private readonly leaseMs = 120_000,
  ) {
    this.drainer = new Drainer('jobs', () => this.drainOnce(), logger);
  }

  /** Registers the handler of a kind of job. */
  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Runs due jobs now (after the current turn). */
  kick(): void {
    this.drainer.kick();
  }

  /** Looks for due jobs every `intervalMs`. */
  start(intervalMs: number): void {
    this.drainer.start(intervalMs);
  }

  /** Resolves when no job is running. */
  idle(): Promise<void> {
    return this.drainer.idle();
  }

  /** Stops polling and waits for the job in progress. */
  stop(): Promise<void> {
    return this.drainer.stop();
  }

  private async drainOnce(): Promise<number> {
    const jobs = await this.store.jobs.claimDue(this.clock.now(), 10, this.leaseMs);
    for (const job of jobs) await this.run(job);
    if (jobs.length > 0) this.afterRun();
    return jobs.length;
  }

  private async run(job: Job): Promise<void> {
    const log = this.logger.child({
      job: job.id,
      kind: job.kind,
      subject: job.subjectId,
      attempt: job.attempts,
    });
    try {
      const handler = this.handlers.get(job.kind);
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job);
      await this.store.jobs.markDone(job.id, this.clock.now());
      log.info('job done');
    } catch (error) {
      const retry = job.attempts < MAX_ATTEMPTS;
      const wait = backoffMs(job.attempts, {
        baseMs: 5_000,
        maxMs: 30 * 60_000,
        random: Math.random,
      });
      log.error({ err: error, retry }, 'job failed');
      const message = error instanceof Error ? error.message : String(error);
      await this.store.jobs.retryAt(
        job.id,
        retry ? new Date(this.clock.now().getTime() + wait) : undefined,
        message,
      );
    }
  }
}
