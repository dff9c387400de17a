import type { AdaptiveCard } from '../cards/render.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Delivery } from '../store/delivery-store.js';
import type { Store } from '../store/store.js';
import { toSendError, type Messenger } from '../teams/messenger.js';
import { backoffMs } from './backoff.js';
import { Drainer } from './drainer.js';
import type { Pacer } from './pacer.js';

/** Renders a queued delivery's card for its recipient at send time (in their language then). */
export type DeliveryRenderer = (delivery: Delivery) => Promise<AdaptiveCard>;

/** Called when a delivery fails for good (e.g. 403: the app is not installed for the person). */
export type FailureListener = (delivery: Delivery, reason: string) => Promise<void>;

/** How the dispatcher paces and retries. */
export interface DispatcherOptions {
  batchSize?: number;
  /** Sends in flight at once; the pacer keeps them inside Teams' limits. */
  concurrency?: number;
  leaseMs?: number;
  maxAttempts?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  random?: () => number;
}

/**
 * Sends queued deliveries: leases them, paces them within Teams' limits, sends through the
 * messenger, records the outcome. At least once and idempotent per delivery key: only a send
 * in flight at a crash can repeat.
 */
export class Dispatcher {
  private readonly renderers = new Map<string, DeliveryRenderer>();
  private readonly failureListeners: FailureListener[] = [];
  private readonly drainer: Drainer;
  private readonly options: Required<DispatcherOptions>;

  constructor(
    private readonly store: Store,
    private readonly messenger: Messenger,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly pacer: Pacer | undefined,
    options: DispatcherOptions = {},
  ) {
    this.options = {
      batchSize: 100,
      concurrency: 16,
      leaseMs: 120_000,
      maxAttempts: 8,
      baseBackoffMs: 1_000,
      maxBackoffMs: 15 * 60_000,
      random: Math.random,
      ...options,
    };
    this.drainer = new Drainer('deliveries', () => this.drainOnce(), logger);
  }

  /** Registers how to render one kind of delivery. */
  register(kind: string, renderer: DeliveryRenderer): void {
    this.renderers.set(kind, renderer);
  }

  /** Registers a listener for permanent failures. */
  onFailure(listener: FailureListener): void {
    this.failureListeners.push(listener);
  }

  /** Starts sending now (after the current turn); returns at once. */
  kick(): void {
    this.drainer.kick();
  }

  /** Polls for due deliveries (retries, expired leases) every `intervalMs`. */
  start(intervalMs: number): void {
    this.drainer.start(intervalMs);
  }

  /** Resolves when nothing is being sent: for graceful shutdown and tests. */
  idle(): Promise<void> {
    return this.drainer.idle();
  }

  /** Stops polling and waits for the sends in progress. */
  stop(): Promise<void> {
    return this.drainer.stop();
  }

  private async drainOnce(): Promise<number> {
    const { batchSize, leaseMs, concurrency } = this.options;
    const batch = await this.store.deliveries.claimDue(this.clock.now(), batchSize, leaseMs);
    // One person's messages go one after the other, in the order they were queued.
    const byRecipient = new Map<string, Delivery[]>();
    for (const d of batch)
      byRecipient.set(d.recipientAadId, [...(byRecipient.get(d.recipientAadId) ?? []), d]);
    const groups = [...byRecipient.values()];
    let next = 0;
    const worker = async () => {
      while (next < groups.length && !this.drainer.stopping) {
        const group = groups[next] ?? [];
        next += 1;
        for (const delivery of group) await this.deliver(delivery);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, groups.length) }, worker));
    return batch.length;
  }

  private async deliver(delivery: Delivery): Promise<void> {
    const log = this.logger.child({
      delivery: delivery.id,
      kind: delivery.kind,
      attempt: delivery.attempts,
    });
    const tenant = delivery.tenantId;
    try {
      const renderer = this.renderers.get(delivery.kind);
      if (!renderer) throw new Error(`no renderer for delivery kind ${delivery.kind}`);
      const person = await this.store.people.get(delivery.recipientAadId);
      const stored = person?.conversationReference as
        { conversation?: { id?: string } } | null | undefined;
      const card = await renderer(delivery);
      // Creating a conversation counts against the tenant; the send against the conversation too.
      await this.pacer?.acquire(
        stored?.conversation?.id ? { tenant, conversation: stored.conversation.id } : { tenant },
      );
      const result = await this.messenger.sendCard(
        {
          aadObjectId: delivery.recipientAadId,
          tenantId: tenant,
          serviceUrl: delivery.serviceUrl,
          conversationReference: stored ?? undefined,
        },
        card,
        async (conversationId) => {
          if (!stored) await this.pacer?.acquire({ tenant, conversation: conversationId });
        },
      );
      await this.store.deliveries.markSent(delivery.id, this.clock.now());
      if (!stored) {
        await this.store.people.seen(
          {
            aadObjectId: delivery.recipientAadId,
            tenantId: tenant,
            serviceUrl: delivery.serviceUrl,
            conversationReference: result.conversationReference,
          },
          this.clock.now(),
        );
      }
      log.debug('delivered');
    } catch (error) {
      await this.recordFailure(delivery, error, log);
    }
  }

  private async recordFailure(delivery: Delivery, error: unknown, log: Logger): Promise<void> {
    const failure = toSendError(error);
    const reason = `${failure.statusCode ?? 'error'}: ${failure.message}`;
    if (failure.kind === 'permanent' || delivery.attempts >= this.options.maxAttempts) {
      log.warn({ status: failure.statusCode, err: failure.message }, 'delivery failed permanently');
      await this.store.deliveries.markFailed(delivery.id, reason);
      for (const listener of this.failureListeners) {
        await listener(delivery, reason).catch((e: unknown) => {
          log.error({ err: e }, 'failure listener failed');
        });
      }
      return;
    }
    const waitMs = backoffMs(delivery.attempts, {
      baseMs: this.options.baseBackoffMs,
      maxMs: this.options.maxBackoffMs,
      random: this.options.random,
      ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
    });
    // Teams asked us to slow down: nothing more for this tenant until Retry-After has passed.
    if (failure.statusCode === 429) {
      this.pacer?.penalise(
        { tenant: delivery.tenantId },
        failure.retryAfterMs ?? this.options.baseBackoffMs,
      );
    }
    log.warn({ status: failure.statusCode, waitMs }, 'delivery will be retried');
    await this.store.deliveries.retryAt(
      delivery.id,
      new Date(this.clock.now().getTime() + waitMs),
      reason,
    );
  }
}
