import { sql, type Kysely } from 'kysely';
import { writeAudit } from './audit.js';
import type { Dialect } from './db.js';
import { enqueueDeliveries, type NewDelivery } from './delivery-store.js';
import type { Database } from './schema.js';
import type { RegistrationCounts } from './session-types.js';

/** The outcome of a registration attempt. */
export type RegisterOutcome = 'registered' | 'already' | 'full' | 'closed' | 'notFound';

/** A registered participant. */
export interface Registrant {
  aadObjectId: string;
  name: string;
}

/** Participants' registrations, with capacity held by the database under concurrency. */
export class RegistrationStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  /**
   * Registers a person if the session is scheduled, not started and not full. On PostgreSQL the
   * session row is locked for the check; SQLite serialises writers, so the check holds there too.
   */
  async register(
    sessionId: string,
    person: Registrant,
    now: Date,
    onRegistered: () => NewDelivery[] = () => [],
  ): Promise<{ outcome: RegisterOutcome; counts?: RegistrationCounts }> {
    return this.db.transaction().execute(async (trx) => {
      let query = trx
        .selectFrom('sessions')
        .select(['status', 'capacity', 'first_start_utc'])
        .where('id', '=', sessionId);
      if (this.dialect === 'postgres') query = query.forUpdate();
      const session = await query.executeTakeFirst();
      if (!session) return { outcome: 'notFound' as const };
      const counts = async () => ({
        registered: await this.countIn(trx, sessionId),
        capacity: session.capacity,
      });
      if (session.status !== 'scheduled' || session.first_start_utc <= now.toISOString()) {
        return { outcome: 'closed' as const, counts: await counts() };
      }
      const id = person.aadObjectId.toLowerCase();
      const existing = await trx
        .selectFrom('registrations')
        .select('status')
        .where('session_id', '=', sessionId)
        .where('aad_object_id', '=', id)
        .executeTakeFirst();
      if (existing?.status === 'registered')
        return { outcome: 'already' as const, counts: await counts() };
      if ((await this.countIn(trx, sessionId)) >= session.capacity) {
        return { outcome: 'full' as const, counts: await counts() };
      }
      await trx
        .insertInto('registrations')
        .values({
          session_id: sessionId,
          aad_object_id: id,
          name: person.name,
          status: 'registered',
          registered_at: now.toISOString(),
          updated_at: now.toISOString(),
          prereading_read_at: null,
        })
        .onConflict((oc) =>
          oc
            .columns(['session_id', 'aad_object_id'])
            .doUpdateSet({ status: 'registered', updated_at: now.toISOString() }),
        )
        .execute();
      await writeAudit(trx, now, {
        actor: id,
        action: 'registration.join',
        entity: 'session',
        entityId: sessionId,
      });
      await enqueueDeliveries(trx, onRegistered(), now);
      return { outcome: 'registered' as const, counts: await counts() };
    });
  }

  /** Withdraws a registration; true when there was one to withdraw. */
  async leave(sessionId: string, aadObjectId: string, now: Date): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('registrations')
        .set({ status: 'left', updated_at: now.toISOString() })
        .where('session_id', '=', sessionId)
        .where('aad_object_id', '=', aadObjectId.toLowerCase())
        .where('status', '=', 'registered')
        .executeTakeFirst();
      const left = Number(result.numUpdatedRows) === 1;
      if (left) {
        await writeAudit(trx, now, {
          actor: aadObjectId.toLowerCase(),
          action: 'registration.leave',
          entity: 'session',
          entityId: sessionId,
        });
      }
      return left;
    });
  }

  /** Records that a registered participant read the pre-reading; false if not registered. */
  async acknowledge(sessionId: string, aadObjectId: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('registrations')
      .set({ prereading_read_at: now.toISOString() })
      .where('session_id', '=', sessionId)
      .where('aad_object_id', '=', aadObjectId.toLowerCase())
      .where('status', '=', 'registered')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) return true;
    return false;
  }

  /** Registered participants who have (or have not) said they read the pre-reading. */
  async readers(sessionId: string): Promise<{ read: Registrant[]; unread: Registrant[] }> {
    const rows = await this.db
      .selectFrom('registrations')
      .select(['aad_object_id', 'name', 'prereading_read_at'])
      .where('session_id', '=', sessionId)
      .where('status', '=', 'registered')
      .orderBy('name')
      .execute();
    const person = (r: (typeof rows)[number]) => ({ aadObjectId: r.aad_object_id, name: r.name });
    return {
      read: rows.filter((r) => r.prereading_read_at !== null).map(person),
      unread: rows.filter((r) => r.prereading_read_at === null).map(person),
    };
  }

  /** How many are registered. */
  async count(sessionId: string): Promise<number> {
    return this.countIn(this.db, sessionId);
  }

  /** Whether a person is registered. */
  async isRegistered(sessionId: string, aadObjectId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('registrations')
      .select('status')
      .where('session_id', '=', sessionId)
      .where('aad_object_id', '=', aadObjectId.toLowerCase())
      .executeTakeFirst();
    return row?.status === 'registered';
  }

  /** Everyone registered, by name. */
  async registrants(sessionId: string): Promise<Registrant[]> {
    const rows = await this.db
      .selectFrom('registrations')
      .select(['aad_object_id', 'name'])
      .where('session_id', '=', sessionId)
      .where('status', '=', 'registered')
      .orderBy('name')
      .execute();
    return rows.map((r) => ({ aadObjectId: r.aad_object_id, name: r.name }));
  }

  private async countIn(db: Kysely<Database>, sessionId: string): Promise<number> {
    const row = await db
      .selectFrom('registrations')
      .select(sql<number | string>`count(*)`.as('n'))
      .where('session_id', '=', sessionId)
      .where('status', '=', 'registered')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
