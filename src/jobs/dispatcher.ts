import type { AdaptiveCard } from '../cards/render.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Delivery } from '../store/delivery-store.js';
import type { Store } from '../store/store.js';
import { toSendError, type Messenger } from '../teams/messenger.js';

/** Renders a queued delivery's card for its recipient at send time (in their language then). */
export type DeliveryRenderer = (delivery: Delivery) => Promise<AdaptiveCard>;

/** How the dispatcher paces and retries. */
export interface DispatcherOptions {
  batchSize?: number;
  leaseMs?: number;
  maxAttempts?: number;
  baseBackoffMs?: number;
  random?: () => number;
}

/**
 * Sends queued deliveries: leases them, sends through the messenger, records the outcome.
 * At least once, idempotent per delivery key: only a send in flight at a crash can repeat.
 */
export class Dispatcher {
  private readonly renderers = new Map<string, DeliveryRenderer>();
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly options: Required<DispatcherOptions>;

  constructor(
    private readonly store: Store,
    private readonly messenger: Messenger,
    private readonly clock: Clock,
    private readonly logger: Logger,
    options: DispatcherOptions = {},
  ) {
    this.options = {
      batchSize: 25,
      leaseMs: 60_000,
      maxAttempts: 8,
      baseBackoffMs: 1_000,
      random: Math.random,
      ...options,
    };
  }

  /** Registers how to render one kind of delivery. */
  register(kind: string, renderer: DeliveryRenderer): void {
    this.renderers.set(kind, renderer);
  }

  /** Starts draining now (after the current turn); returns at once. */
  kick(): void {
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

  /** Polls for due deliveries (retries, scheduled sends) every `intervalMs`. */
  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      this.kick();
    }, intervalMs);
    this.timer.unref();
  }

  /** Resolves when no drain is running: for graceful shutdown and tests. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Stops polling and waits for the drain in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.idle();
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const batch = await this.store.deliveries.claimDue(
          this.clock.now(),
          this.options.batchSize,
          this.options.leaseMs,
        );
        if (batch.length === 0) return;
        for (const delivery of batch) await this.deliver(delivery);
      }
    } catch (error) {
      this.logger.error({ err: error }, 'delivery drain failed');
    }
  }

  private async deliver(delivery: Delivery): Promise<void> {
    const log = this.logger.child({
      delivery: delivery.id,
      kind: delivery.kind,
      attempt: delivery.attempts,
    });
    try {
      const renderer = this.renderers.get(delivery.kind);
      if (!renderer) throw new Error(`no renderer for delivery kind ${delivery.kind}`);
      const person = await this.store.people.get(delivery.recipientAadId);
      const card = await renderer(delivery);
      const result = await this.messenger.sendCard(
        {
          aadObjectId: delivery.recipientAadId,
          tenantId: delivery.tenantId,
          serviceUrl: delivery.serviceUrl,
          conversationReference: person?.conversationReference ?? undefined,
        },
        card,
      );
      await this.store.deliveries.markSent(delivery.id, this.clock.now());
      if (!person?.conversationReference) {
        await this.store.people.seen(
          {
            aadObjectId: delivery.recipientAadId,
            tenantId: delivery.tenantId,
            serviceUrl: delivery.serviceUrl,
            conversationReference: result.conversationReference,
          },
          this.clock.now(),
        );
      }
      log.info('delivered');
    } catch (error) {
      await this.recordFailure(delivery, error, log);
    }
  }

  private async recordFailure(delivery: Delivery, error: unknown, log: Logger): Promise<void> {
    const failure = toSendError(error);
    const reason = `${failure.statusCode ?? 'error'}: ${failure.message}`;
    if (failure.kind === 'permanent' || delivery.attempts >= this.options.maxAttempts) {
      log.warn({ status: failure.statusCode, err: failure }, 'delivery failed permanently');
      await this.store.deliveries.markFailed(delivery.id, reason);
      return;
    }
    const exponential = this.options.baseBackoffMs * 2 ** (delivery.attempts - 1);
    const jittered = exponential / 2 + (this.options.random() * exponential) / 2;
    const waitMs = Math.max(failure.retryAfterMs ?? 0, jittered);
    log.warn({ status: failure.statusCode, waitMs }, 'delivery will be retried');
    await this.store.deliveries.retryAt(
      delivery.id,
      new Date(this.clock.now().getTime() + waitMs),
      reason,
    );
  }
}
