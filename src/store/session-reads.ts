import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { toSession } from './session-rows.js';
import type { FacilitatorBooking, Session } from './session-types.js';

/** Reading sessions: by id, reference, request or calendar token; bookings; upcoming lists. */
export class SessionReads {
  constructor(protected readonly db: Kysely<Database>) {}

  /** Loads sessions (with their parts) matching a filter on the sessions table. */
  protected async load(ids: string[]): Promise<Session[]> {
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

  /** The session a request became, if any. */
  async byRequestId(requestId: string): Promise<Session | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .select('id')
      .where('request_id', '=', requestId)
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
}
