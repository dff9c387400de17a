import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database, DeliveriesTable } from './schema.js';

/** A proactive message to queue. */
export interface NewDelivery {
  /** Unique per (subject, person, kind): queuing the same key twice queues it once. */
  key: string;
  recipientAadId: string;
  tenantId: string;
  serviceUrl: string;
  kind: string;
  payload: Record<string, unknown>;
  dueAt?: Date;
}

/** A queued delivery leased to this process. */
export interface Delivery {
  id: string;
  key: string;
  recipientAadId: string;
  tenantId: string;
  serviceUrl: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** Delivery counts by state, for status views. */
export type DeliveryCounts = Record<'pending' | 'sent' | 'failed', number>;

function toDelivery(row: DeliveriesTable): Delivery {
  return {
    id: row.id,
    key: row.key,
    recipientAadId: row.recipient_aad_id,
    tenantId: row.tenant_id,
    serviceUrl: row.service_url,
    kind: row.kind,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    attempts: row.attempts,
  };
}

/** Queues deliveries inside the caller's transaction, so a change and its messages land together. */
export async function enqueueDeliveries(
  trx: Kysely<Database>,
  deliveries: NewDelivery[],
  now: Date,
): Promise<void> {
  for (const [index, d] of deliveries.entries()) {
    // A millisecond apart: one change's messages keep their order in the queue.
    const queuedAt = new Date(now.getTime() + index).toISOString();
    await trx
      .insertInto('deliveries')
      .values({
        id: randomUUID(),
        key: d.key,
        recipient_aad_id: d.recipientAadId.toLowerCase(),
        tenant_id: d.tenantId,
        service_url: d.serviceUrl,
        kind: d.kind,
        payload: JSON.stringify(d.payload),
        state: 'pending',
        attempts: 0,
        due_at: (d.dueAt ?? now).toISOString(),
        lease_until: null,
        last_error: null,
        created_at: queuedAt,
        sent_at: null,
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }
}

/** The outbox of proactive messages. */
export class DeliveryStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Queues deliveries outside any other change (keys already queued are skipped). */
  async enqueue(deliveries: NewDelivery[], now: Date): Promise<void> {
    await enqueueDeliveries(this.db, deliveries, now);
  }

  /** Leases up to `limit` due deliveries for `leaseMs`; a crashed holder's lease simply expires. */
  async claimDue(now: Date, limit: number, leaseMs: number): Promise<Delivery[]> {
    const at = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const free = sql<boolean>`(lease_until is null or lease_until < ${at})`;
    const due = this.db
      .selectFrom('deliveries')
      .select('id')
      .where('state', '=', 'pending')
      .where('due_at', '<=', at)
      .where(free)
      .orderBy('due_at')
      .orderBy('created_at')
      .limit(limit);
    // The lease condition is repeated on the updated row so two claimers can never both win it.
    const rows = await this.db
      .updateTable('deliveries')
      .set((eb) => ({ lease_until: until, attempts: eb(eb.ref('attempts'), '+', 1) }))
      .where('id', 'in', due)
      .where('state', '=', 'pending')
      .where(free)
      .returningAll()
      .execute();
    // RETURNING has no order: restore the queue's.
    rows.sort(
      (a, b) => a.due_at.localeCompare(b.due_at) || a.created_at.localeCompare(b.created_at),
    );
    return rows.map(toDelivery);
  }

  /** Records a delivery as sent. */
  async markSent(id: string, now: Date): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({ state: 'sent', sent_at: now.toISOString(), lease_until: null, last_error: null })
      .where('id', '=', id)
      .execute();
  }

  /** Records a permanent failure (e.g. 403: the app is not installed for the person). */
  async markFailed(id: string, error: string): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({ state: 'failed', lease_until: null, last_error: error.slice(0, 500) })
      .where('id', '=', id)
      .execute();
  }

  /** Puts a delivery back in the queue for a later attempt. */
  async retryAt(id: string, dueAt: Date, error: string): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({ due_at: dueAt.toISOString(), lease_until: null, last_error: error.slice(0, 500) })
      .where('id', '=', id)
      .execute();
  }

  /** The earliest due time of a pending delivery, if any. */
  async nextDueAt(): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('deliveries')
      .select((eb) => eb.fn.min('due_at').as('due'))
      .where('state', '=', 'pending')
      .executeTakeFirst();
    return row?.due ? new Date(row.due) : undefined;
  }

  /** Every delivery whose key starts with `prefix`, for status views and tests. */
  async byKeyPrefix(
    prefix: string,
  ): Promise<(Delivery & { state: string; lastError: string | null })[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('key', 'like', `${prefix}%`)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({ ...toDelivery(r), state: r.state, lastError: r.last_error }));
  }
}
