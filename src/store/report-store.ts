import type { Kysely } from 'kysely';
import type { HeldSession } from '../domain/program-report.js';
import type { Database } from './schema.js';

/** Read-only queries for the program-wide report. */
export class ReportStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Sessions held: scheduled (there is no "completed" status) and whose last part ended
   * before `now`, with their request's department.
   */
  async heldSessions(now: Date): Promise<HeldSession[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .innerJoin('requests', 'requests.id', 'sessions.request_id')
      .select([
        'sessions.topic',
        'sessions.region',
        'requests.department',
        'sessions.first_start_utc',
      ])
      .where('sessions.status', '=', 'scheduled')
      .where('sessions.last_end_utc', '<', now.toISOString())
      .execute();
    return rows.map((r) => ({
      topic: r.topic,
      region: r.region,
      department: r.department,
      firstStartUtc: new Date(r.first_start_utc),
    }));
  }
}
