import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Topic } from '../data/catalogue-schema.js';
import { writeAudit } from './audit.js';
import { enqueueDeliveries, type NewDelivery } from './delivery-store.js';
import { cancelJobs, upsertJobs, type NewJob } from './job-store.js';
import type { Database } from './schema.js';
import { SessionReads } from './session-reads.js';
import { partRows, span, toSession } from './session-rows.js';
import type { Session, SessionPlan } from './session-types.js';

/** Messages to queue with a session change, computed from the stored session. */
export type SessionNotify = (session: Session, before?: Session) => NewDelivery[];

/** Jobs to create or move with a session change (pre-reading, reminder, poll). */
export type SessionJobs = (session: Session) => NewJob[];

/** The outcome of scheduling a request. */
export type ScheduleOutcome =
  { outcome: 'scheduled'; session: Session } | { outcome: 'notFound' | 'notOpen'; status?: string };

/** The outcome of changing a scheduled session. */
export type ChangeOutcome =
  | { outcome: 'changed'; session: Session; before: Session }
  | { outcome: 'notFound' | 'notScheduled' };

/** Sessions and their parts: reads (from {@link SessionReads}) and changes. */
export class SessionStore extends SessionReads {
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
    jobs: SessionJobs = () => [],
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
          meeting_event_id: plan.meetingEventId ?? null,
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
      await upsertJobs(trx, jobs(session), now);
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
    jobs: SessionJobs = () => [],
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
          meeting_event_id: plan.meetingEventId ?? before.meetingEventId ?? null,
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
      await upsertJobs(trx, jobs(session), now);
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
      await cancelJobs(trx, id);
      return { outcome: 'changed', session, before };
    });
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
