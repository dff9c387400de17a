import type { AdaptiveCard } from '../cards/render.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Delivery } from '../store/delivery-store.js';
import type { Store } from '../store/store.js';
import type { Messenger } from '../teams/messenger.js';
import { recordFailure } from './delivery-failure.js';
import { Drainer } from './drainer.js';
import type { Pacer } from './pacer.js';

/** Renders a queued delivery's card for its recipient at send time (in their language then). */
export type DeliveryRenderer = (delivery: Delivery) => Promise<AdaptiveCard>;

/** Called when a delivery fails for good (e.g. 403: the app is not installed for the person). */
export type FailureListener = (delivery: Delivery, reason: string) => Promise<void>;

/** Deliveries grouped by recipient, each group in queue order, groups in order of first due. */
function byRecipient(batch: readonly Delivery[]): Delivery[][] {
  const groups = new Map<string, Delivery[]>();
  for (const d of batch) {
    const group = groups.get(d.recipientAadId);
    if (group) group.push(d);
    else groups.set(d.recipientAadId, [d]);
  }
  return [...groups.values()];
}

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

  /**
   * Sends until nothing is due. Workers take one person's messages at a time and, when the
   * claimed ones run out, claim more themselves: a slow recipient (a send botbuilder retries
   * for seconds) holds one worker, never the other fifteen behind a batch's end.
   */
  private async drainOnce(): Promise<number> {
    const { batchSize, leaseMs, concurrency } = this.options;
    const queue: Delivery[][] = [];
    const chains = new Map<string, Promise<void>>();
    let claimed = 0;
    let exhausted = false;
    let claiming: Promise<void> | undefined;
    const refill = async () => {
      const batch = await this.store.deliveries.claimDue(this.clock.now(), batchSize, leaseMs);
      claimed += batch.length;
      if (batch.length === 0) exhausted = true;
      queue.push(...byRecipient(batch));
    };
    const worker = async () => {
      while (!this.drainer.stopping) {
        const group = queue.shift();
        if (!group) {
          if (exhausted) return;
          claiming ??= refill().finally(() => (claiming = undefined));
          await claiming;
          continue;
        }
        await this.deliverInOrder(group, chains);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return claimed;
  }

  /**
   * Sends one person's messages one after the other, in the order they were queued, after any
   * of theirs claimed earlier and still in flight.
   */
  private async deliverInOrder(group: Delivery[], chains: Map<string, Promise<void>>) {
    const recipient = group[0]?.recipientAadId ?? '';
    const previous = chains.get(recipient);
    const run = (async () => {
      if (previous) await previous;
      for (const delivery of group) await this.deliver(delivery);
    })();
    chains.set(recipient, run);
    await run;
    if (chains.get(recipient) === run) chains.delete(recipient);
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
      await recordFailure(
        {
          store: this.store,
          pacer: this.pacer,
          clock: this.clock,
          options: this.options,
          listeners: this.failureListeners,
        },
        delivery,
        error,
        log,
      );
    }
  }
}
