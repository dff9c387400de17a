import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Topic } from '../data/catalogue-schema.js';
import { writeAudit } from './audit.js';
import { enqueueDeliveries, type NewDelivery } from './delivery-store.js';
import type { Database } from './schema.js';
import { partRows, span, toSession } from './session-rows.js';
import type { FacilitatorBooking, Session, SessionPlan } from './session-types.js';

/** Messages to queue with a session change, computed from the stored session. */
export type SessionNotify = (session: Session, before?: Session) => NewDelivery[];

/** The outcome of scheduling a request. */
export type ScheduleOutcome =
  { outcome: 'scheduled'; session: Session } | { outcome: 'notFound' | 'notOpen'; status?: string };

/** The outcome of changing a scheduled session. */
export type ChangeOutcome =
  | { outcome: 'changed'; session: Session; before: Session }
  | { outcome: 'notFound' | 'notScheduled' };

/** Sessions and their parts. */
export class SessionStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Loads sessions (with their parts) matching a filter on the sessions table. */
  private async load(ids: string[]): Promise<Session[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('sessions').selectAll().where('id', 'in', ids).execute();
    const parts = await this.db
      .selectFrom('session_parts')
      .selectAll()
      .where('session_id', 'in', ids)
      .execute();
    const byId = new Map(rows.map((r) => [r.id, toSession(r, parts)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** A session by id. */
  async byId(id: string): Promise<Session | undefined> {
    return (await this.load([id]))[0];
  }

  /** A session by its reference (the request's). */
  async byReference(reference: string): Promise<Session | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .select('id')
      .where('reference', '=', reference.toUpperCase())
      .executeTakeFirst();
    return row ? this.byId(row.id) : undefined;
  }

  /** A session by its calendar-file token. */
  async byIcsToken(token: string): Promise<Session | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .select('id')
      .where('ics_token', '=', token)
      .executeTakeFirst();
    return row ? this.byId(row.id) : undefined;
  }

  /**
   * Turns an open request into a session, in one transaction with its audit entry and its
   * notifications. Of two coordinators scheduling one request at once, one wins.
   */
  async schedule(
    requestId: string,
    plan: SessionPlan,
    topic: Topic,
    actor: string,
    now: Date,
    notify: SessionNotify,
  ): Promise<ScheduleOutcome> {
    return this.db.transaction().execute(async (trx): Promise<ScheduleOutcome> => {
      const request = await trx
        .selectFrom('requests')
        .selectAll()
        .where('id', '=', requestId)
        .executeTakeFirst();
      if (!request) return { outcome: 'notFound' };
      // The status guard is the lock: only one transaction moves the request out of 'open'.
      const claimed = await trx
        .updateTable('requests')
        .set({ status: 'scheduled', updated_at: now.toISOString() })
        .where('id', '=', requestId)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1)
        return { outcome: 'notOpen', status: request.status };
      const id = randomUUID();
      const { first, last } = span(plan.parts);
      await trx
        .insertInto('sessions')
        .values({
          id,
          request_id: requestId,
          reference: request.reference,
          status: 'scheduled',
          topic: request.topic,
          topic_snapshot: JSON.stringify(topic),
          language: request.language,
          region: request.region,
          capacity: plan.capacity,
          time_zone: plan.timeZone,
          union_facilitator: plan.unionFacilitator.toLowerCase(),
          employer_facilitator: plan.employerFacilitator.toLowerCase(),
          coordinator_aad_id: actor.toLowerCase(),
          join_url: plan.joinUrl,
          sequence: 0,
          ics_token: randomBytes(32).toString('base64url'),
          first_start_utc: first,
          last_end_utc: last,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .execute();
      await trx.insertInto('session_parts').values(partRows(id, plan.parts)).execute();
      const session = await this.loadIn(trx, id);
      await writeAudit(trx, now, {
        actor,
        action: 'session.schedule',
        entity: 'session',
        entityId: id,
        after: auditView(session),
      });
      await enqueueDeliveries(trx, notify(session), now);
      return { outcome: 'scheduled', session };
    });
  }

  /** Moves a scheduled session to a new plan; SEQUENCE increases so calendars update. */
  async reschedule(
    id: string,
    plan: SessionPlan,
    actor: string,
    now: Date,
    notify: SessionNotify,
  ): Promise<ChangeOutcome> {
    return this.db.transaction().execute(async (trx): Promise<ChangeOutcome> => {
      const before = await this.loadIn(trx, id).catch(() => undefined);
      if (!before) return { outcome: 'notFound' };
      const { first, last } = span(plan.parts);
      const updated = await trx
        .updateTable('sessions')
        .set({
          capacity: plan.capacity,
          time_zone: plan.timeZone,
          union_facilitator: plan.unionFacilitator.toLowerCase(),
          employer_facilitator: plan.employerFacilitator.toLowerCase(),
          join_url: plan.joinUrl,
          sequence: before.sequence + 1,
          first_start_utc: first,
          last_end_utc: last,
          updated_at: now.toISOString(),
        })
        .where('id', '=', id)
        .where('status', '=', 'scheduled')
        .where('sequence', '=', before.sequence)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return { outcome: 'notScheduled' };
      await trx.deleteFrom('session_parts').where('session_id', '=', id).execute();
      await trx.insertInto('session_parts').values(partRows(id, plan.parts)).execute();
      const session = await this.loadIn(trx, id);
      await writeAudit(trx, now, {
        actor,
        action: 'session.reschedule',
        entity: 'session',
        entityId: id,
        before: auditView(before),
        after: auditView(session),
      });
      await enqueueDeliveries(trx, notify(session, before), now);
      return { outcome: 'changed', session, before };
    });
  }

  /** Cancels a scheduled session (and its request); SEQUENCE increases for the CANCEL invite. */
  async cancel(
    id: string,
    actor: string,
    now: Date,
    notify: SessionNotify,
  ): Promise<ChangeOutcome> {
    return this.db.transaction().execute(async (trx): Promise<ChangeOutcome> => {
      const before = await this.loadIn(trx, id).catch(() => undefined);
      if (!before) return { outcome: 'notFound' };
      const updated = await trx
        .updateTable('sessions')
        .set({ status: 'cancelled', sequence: before.sequence + 1, updated_at: now.toISOString() })
        .where('id', '=', id)
        .where('status', '=', 'scheduled')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return { outcome: 'notScheduled' };
      await trx
        .updateTable('requests')
        .set({ status: 'cancelled', updated_at: now.toISOString() })
        .where('id', '=', before.requestId)
        .execute();
      const session = await this.loadIn(trx, id);
      await writeAudit(trx, now, {
        actor,
        action: 'session.cancel',
        entity: 'session',
        entityId: id,
        before: { status: 'scheduled' },
        after: { status: 'cancelled' },
      });
      await enqueueDeliveries(trx, notify(session, before), now);
      return { outcome: 'changed', session, before };
    });
  }

  /** Other scheduled sessions of these facilitators, for the double-booking rule. */
  async bookingsOf(
    facilitatorIds: string[],
    excludeSessionId?: string,
  ): Promise<FacilitatorBooking[]> {
    const ids = facilitatorIds.map((id) => id.toLowerCase());
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('sessions')
      .innerJoin('session_parts', 'session_parts.session_id', 'sessions.id')
      .select([
        'sessions.id',
        'reference',
        'union_facilitator',
        'employer_facilitator',
        'start_utc',
        'end_utc',
      ])
      .where('status', '=', 'scheduled')
      .where((eb) =>
        eb.or([eb('union_facilitator', 'in', ids), eb('employer_facilitator', 'in', ids)]),
      )
      .execute();
    return rows
      .filter((r) => r.id !== excludeSessionId)
      .flatMap((r) =>
        [r.union_facilitator, r.employer_facilitator]
          .filter((f) => ids.includes(f))
          .map((facilitatorId) => ({
            facilitatorId,
            startUtc: new Date(r.start_utc),
            endUtc: new Date(r.end_utc),
            reference: r.reference,
          })),
      );
  }

  /** Scheduled sessions not yet ended, soonest first, for some regions or facilitators. */
  async upcoming(
    now: Date,
    filter: { regions?: string[]; facilitator?: string },
  ): Promise<Session[]> {
    let query = this.db
      .selectFrom('sessions')
      .select('id')
      .where('status', '=', 'scheduled')
      .where('last_end_utc', '>', now.toISOString());
    const { regions, facilitator } = filter;
    if (regions && facilitator) {
      const f = facilitator.toLowerCase();
      query = query.where((eb) =>
        eb.or([
          eb('region', 'in', regions),
          eb('union_facilitator', '=', f),
          eb('employer_facilitator', '=', f),
        ]),
      );
    } else if (regions) query = query.where('region', 'in', regions);
    else if (facilitator) {
      const f = facilitator.toLowerCase();
      query = query.where((eb) =>
        eb.or([eb('union_facilitator', '=', f), eb('employer_facilitator', '=', f)]),
      );
    }
    const rows = await query.orderBy('first_start_utc').limit(50).execute();
    return this.load(rows.map((r) => r.id));
  }

  private async loadIn(trx: Kysely<Database>, id: string): Promise<Session> {
    const row = await trx
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const parts = await trx
      .selectFrom('session_parts')
      .selectAll()
      .where('session_id', '=', id)
      .execute();
    return toSession(row, parts);
  }
}

function auditView(session: Session) {
  return {
    reference: session.reference,
    status: session.status,
    sequence: session.sequence,
    capacity: session.capacity,
    timeZone: session.timeZone,
    unionFacilitator: session.unionFacilitator,
    employerFacilitator: session.employerFacilitator,
    joinUrl: session.joinUrl,
    parts: session.parts.map((p) => ({
      date: p.date,
      startTime: p.startTime,
      durationMinutes: p.durationMinutes,
    })),
  };
}
