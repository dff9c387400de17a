import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { formatReference, referenceYear } from '../domain/reference.js';
import { writeAudit } from './audit.js';
import { enqueueDeliveries, type NewDelivery } from './delivery-store.js';
import { isUniqueViolation } from './errors.js';
import type { Database, RequestsTable } from './schema.js';

/** Where a request stands. */
export type RequestStatus = 'open' | 'scheduled' | 'cancelled';

/** What a requester submits (already validated). */
export interface NewRequest {
  requesterAadId: string;
  requesterName: string;
  tenantId: string;
  serviceUrl: string;
  topic: string;
  language: 'en' | 'fr' | 'bilingual';
  region: string;
  department: string;
  participants: number;
  preferredDate: string;
  alternateDate: string | null;
  preferredTime: string;
  timeZone: string;
  accessibility: string;
  notes: string;
}

/** A stored request. */
export interface DiscussionRequest extends NewRequest {
  id: string;
  reference: string;
  status: RequestStatus;
  createdAt: Date;
  updatedAt: Date;
}

/** Messages to queue with a change, computed from the stored request. */
export type Notify = (request: DiscussionRequest) => NewDelivery[];

function toRequest(row: RequestsTable): DiscussionRequest {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status as RequestStatus,
    requesterAadId: row.requester_aad_id,
    requesterName: row.requester_name,
    tenantId: row.tenant_id,
    serviceUrl: row.service_url,
    topic: row.topic,
    language: row.language as NewRequest['language'],
    region: row.region,
    department: row.department,
    participants: row.participants,
    preferredDate: row.preferred_date,
    alternateDate: row.alternate_date,
    preferredTime: row.preferred_time,
    timeZone: row.time_zone,
    accessibility: row.accessibility,
    notes: row.notes,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** The outcome of a cancel. */
export type CancelOutcome =
  | { outcome: 'cancelled'; request: DiscussionRequest }
  | { outcome: 'notFound' | 'notRequester' }
  | { outcome: 'alreadyCancelled' | 'alreadyScheduled'; request: DiscussionRequest };

/** Requests for discussions. */
export class RequestStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Stores a request with the next reference of its year, its audit entry and its notifications,
   * in one transaction. The same idempotency key returns the first request (`created: false`).
   */
  async create(
    input: NewRequest,
    idempotencyKey: string,
    now: Date,
    notify: Notify,
  ): Promise<{ request: DiscussionRequest; created: boolean }> {
    const existing = await this.byIdempotencyKey(idempotencyKey);
    if (existing) return { request: existing, created: false };
    try {
      const request = await this.db.transaction().execute(async (trx) => {
        const year = referenceYear(now);
        const counter = await trx
          .insertInto('reference_counters')
          .values({ year, last: 1 })
          .onConflict((oc) =>
            oc.column('year').doUpdateSet({ last: sql`reference_counters.last + 1` }),
          )
          .returning('last')
          .executeTakeFirstOrThrow();
        const row: RequestsTable = {
          id: randomUUID(),
          reference: formatReference(year, counter.last),
          year,
          sequence: counter.last,
          status: 'open',
          requester_aad_id: input.requesterAadId.toLowerCase(),
          requester_name: input.requesterName,
          tenant_id: input.tenantId,
          service_url: input.serviceUrl,
          topic: input.topic,
          language: input.language,
          region: input.region,
          department: input.department,
          participants: input.participants,
          preferred_date: input.preferredDate,
          alternate_date: input.alternateDate,
          preferred_time: input.preferredTime,
          time_zone: input.timeZone,
          accessibility: input.accessibility,
          notes: input.notes,
          idempotency_key: idempotencyKey,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        };
        await trx.insertInto('requests').values(row).execute();
        const stored = toRequest(row);
        await writeAudit(trx, now, {
          actor: row.requester_aad_id,
          action: 'request.create',
          entity: 'request',
          entityId: row.id,
          after: { reference: row.reference, status: row.status },
        });
        await enqueueDeliveries(trx, notify(stored), now);
        return stored;
      });
      return { request, created: true };
    } catch (error) {
      // Two presses racing past the first check: the loser finds the winner's request.
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.byIdempotencyKey(idempotencyKey);
      if (!winner) throw error;
      return { request: winner, created: false };
    }
  }

  /** The request a given press created, if any. */
  async byIdempotencyKey(key: string): Promise<DiscussionRequest | undefined> {
    const row = await this.db
      .selectFrom('requests')
      .selectAll()
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    return row ? toRequest(row) : undefined;
  }

  /** A request by its id. */
  async byId(id: string): Promise<DiscussionRequest | undefined> {
    const row = await this.db
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toRequest(row) : undefined;
  }

  /** A request by its reference (e.g. JLP-2026-0042). */
  async byReference(reference: string): Promise<DiscussionRequest | undefined> {
    const row = await this.db
      .selectFrom('requests')
      .selectAll()
      .where('reference', '=', reference.toUpperCase())
      .executeTakeFirst();
    return row ? toRequest(row) : undefined;
  }

  /** A requester's requests, newest first. */
  async byRequester(aadObjectId: string, limit = 20): Promise<DiscussionRequest[]> {
    const rows = await this.db
      .selectFrom('requests')
      .selectAll()
      .where('requester_aad_id', '=', aadObjectId.toLowerCase())
      .orderBy('created_at', 'desc')
      .orderBy('sequence', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toRequest);
  }

  /** Open requests, oldest first, in some regions or in all (`undefined`). */
  async openIn(regions: string[] | undefined, limit = 25): Promise<DiscussionRequest[]> {
    let query = this.db.selectFrom('requests').selectAll().where('status', '=', 'open');
    if (regions) {
      if (regions.length === 0) return [];
      query = query.where('region', 'in', regions);
    }
    const rows = await query.orderBy('created_at').orderBy('sequence').limit(limit).execute();
    return rows.map(toRequest);
  }

  /** How many requests a person created since `since` (whatever became of them). */
  async countCreatedSince(aadObjectId: string, since: Date): Promise<number> {
    const row = await this.db
      .selectFrom('requests')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('requester_aad_id', '=', aadObjectId.toLowerCase())
      .where('created_at', '>=', since.toISOString())
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** How many of a requester's requests are still open. */
  async countOpen(aadObjectId: string): Promise<number> {
    const row = await this.db
      .selectFrom('requests')
      .select((eb) =>
        // PostgreSQL returns a count as a string.
        eb.fn.countAll<number | string>().as('n'),
      )
      .where('requester_aad_id', '=', aadObjectId.toLowerCase())
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Cancels an open request on its requester's behalf, with audit and notifications. */
  async cancel(id: string, actor: string, now: Date, notify: Notify): Promise<CancelOutcome> {
    return this.db.transaction().execute(async (trx): Promise<CancelOutcome> => {
      const row = await trx
        .selectFrom('requests')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return { outcome: 'notFound' };
      const request = toRequest(row);
      if (row.requester_aad_id !== actor.toLowerCase()) return { outcome: 'notRequester' };
      if (row.status === 'cancelled') return { outcome: 'alreadyCancelled', request };
      if (row.status === 'scheduled') return { outcome: 'alreadyScheduled', request };
      // The status guard makes a racing second cancel update nothing.
      const result = await trx
        .updateTable('requests')
        .set({ status: 'cancelled', updated_at: now.toISOString() })
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return { outcome: 'alreadyCancelled', request };
      const cancelled: DiscussionRequest = { ...request, status: 'cancelled', updatedAt: now };
      await writeAudit(trx, now, {
        actor: actor.toLowerCase(),
        action: 'request.cancel',
        entity: 'request',
        entityId: id,
        before: { status: 'open' },
        after: { status: 'cancelled' },
      });
      await enqueueDeliveries(trx, notify(cancelled), now);
      return { outcome: 'cancelled', request: cancelled };
    });
  }
}
