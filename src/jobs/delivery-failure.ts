import type { Logger } from '../logger.js';
import type { Delivery } from '../store/delivery-store.js';
import type { Store } from '../store/store.js';
import { toSendError } from '../teams/messenger.js';
import { backoffMs } from './backoff.js';
import type { FailureListener } from './dispatcher.js';
import type { Pacer } from './pacer.js';

/** What recording a failed send needs from the dispatcher. */
export interface FailureContext {
  store: Store;
  pacer: Pacer | undefined;
  clock: { now(): Date };
  options: {
    maxAttempts: number;
    baseBackoffMs: number;
    maxBackoffMs: number;
    random: () => number;
  };
  listeners: readonly FailureListener[];
}

/**
 * Records a failed send: for good (403, 404, or attempts used up), telling the listeners; or
 * for a retry after an equal-jitter backoff that honours Retry-After, holding the whole tenant
 * back after a 429.
 */
export async function recordFailure(
  ctx: FailureContext,
  delivery: Delivery,
  error: unknown,
  log: Logger,
): Promise<void> {
  const failure = toSendError(error);
  const reason = `${failure.statusCode ?? 'error'}: ${failure.message}`;
  if (failure.kind === 'permanent' || delivery.attempts >= ctx.options.maxAttempts) {
    log.warn({ status: failure.statusCode, err: failure.message }, 'delivery failed permanently');
    await ctx.store.deliveries.markFailed(delivery.id, reason);
    for (const listener of ctx.listeners) {
      await listener(delivery, reason).catch((e: unknown) => {
        log.error({ err: e }, 'failure listener failed');
      });
    }
    return;
  }
  const waitMs = backoffMs(delivery.attempts, {
    baseMs: ctx.options.baseBackoffMs,
    maxMs: ctx.options.maxBackoffMs,
    random: ctx.options.random,
    ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
  });
  // Teams asked us to slow down: nothing more for this tenant until Retry-After has passed.
  if (failure.statusCode === 429) {
    ctx.pacer?.penalise(
      { tenant: delivery.tenantId },
      failure.retryAfterMs ?? ctx.options.baseBackoffMs,
    );
  }
  log.warn({ status: failure.statusCode, waitMs }, 'delivery will be retried');
  await ctx.store.deliveries.retryAt(
    delivery.id,
    new Date(ctx.clock.now().getTime() + waitMs),
    reason,
  );
}
