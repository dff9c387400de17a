import { sql, type Kysely } from 'kysely';
import { ERASED, JOB_RETENTION, retentionJobKey } from '../domain/retention.js';
import { writeAudit } from './audit.js';
import { exportPerson, type PersonData } from './person-export.js';
import { upsertJobs } from './job-store.js';
import type { Database } from './schema.js';

/** What one retention run purged or anonymised. */
export interface RetentionCounts {
  requests: number;
  registrations: number;
  people: number;
  deliveries: number;
  meetingLinks: number;
}

/** What erasing one person removed or anonymised. */
export interface ErasureCounts {
  requests: number;
  registrations: number;
  people: number;
  deliveries: number;
  /** Audit entries they made, whose actor is now `erased`. */
  audit: number;
}

/** The outcome of an erasure: a repeat finds nothing left and answers with the first one's record. */
export interface Erasure {
  counts: ErasureCounts;
  at: Date;
}

type Db = Kysely<Database>;

const count = (result: { numUpdatedRows?: bigint; numDeletedRows?: bigint }): number =>
  Number(result.numUpdatedRows ?? result.numDeletedRows ?? 0n);

/** Blanks a request's personal fields; the reference, topic, region and dates stay for counts. */
function anonymise(db: Db, now: Date) {
  return db.updateTable('requests').set({
    requester_name: '',
    requester_aad_id: ERASED,
    department: '',
    accessibility: '',
    notes: '',
    // Still unique, and no longer derived from the person.
    idempotency_key: sql<string>`${sql.lit(`${ERASED}:`)} || ${sql.ref('requests.id')}`,
    updated_at: now.toISOString(),
  });
}

/** Retention, Privacy Act exports and erasures. */
export class PrivacyStore {
  constructor(private readonly db: Db) {}

  /** Everything held about a person, and an audit entry saying who asked. */
  exportPerson(aadObjectId: string, actor: string, now: Date): Promise<PersonData> {
    return exportPerson(this.db, aadObjectId, actor, now);
  }

  /** Creates the retention run of `at`'s day, due at `at` (a run already done stays done). */
  async scheduleRetention(at: Date, now: Date): Promise<void> {
    const job = {
      key: retentionJobKey(at),
      kind: JOB_RETENTION,
      subjectId: 'retention',
      dueAt: at,
    };
    await upsertJobs(this.db, [job], now);
  }

  /**
   * Anonymises requests, and deletes registrations, people, deliveries and meeting links, whose
   * last activity is before `cutoff`; sessions and feedback (anonymous aggregates) stay. One
   * audit entry records the counts.
   */
  async applyRetention(cutoff: Date, now: Date): Promise<RetentionCounts> {
    const c = cutoff.toISOString();
    return this.db.transaction().execute(async (trx) => {
      const ended = trx.selectFrom('sessions').select('id').where('last_end_utc', '<', c);
      // A request whose session ended after the cutoff is still recent, however old its last edit.
      const requests = await anonymise(trx, now)
        .where('requests.updated_at', '<', c)
        .where('requests.requester_aad_id', '!=', ERASED)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('sessions')
                .select('sessions.id')
                .whereRef('sessions.request_id', '=', 'requests.id')
                .where('sessions.last_end_utc', '>=', c),
            ),
          ),
        )
        .executeTakeFirst();
      const registrations = await trx
        .deleteFrom('registrations')
        .where('session_id', 'in', ended)
        .executeTakeFirst();
      const links = await trx
        .deleteFrom('meeting_links')
        .where('session_id', 'in', ended)
        .executeTakeFirst();
      const people = await trx.deleteFrom('people').where('updated_at', '<', c).executeTakeFirst();
      const deliveries = await trx
        .deleteFrom('deliveries')
        .where('created_at', '<', c)
        .executeTakeFirst();
      const counts: RetentionCounts = {
        requests: count(requests),
        registrations: count(registrations),
        people: count(people),
        deliveries: count(deliveries),
        meetingLinks: count(links),
      };
      await writeAudit(trx, now, {
        actor: 'retention',
        action: 'privacy.retention',
        entity: 'store',
        entityId: c.slice(0, 10),
        after: { cutoff: c, ...counts },
      });
      return counts;
    });
  }

  /**
   * Anonymises a person's requests and deletes their registrations, people row and deliveries
   * (the roster is left to administrators). Idempotent: when nothing is left to erase and an
   * erasure was recorded, answers with that record and writes nothing.
   */
  async erasePerson(aadObjectId: string, actor: string, now: Date): Promise<Erasure> {
    const id = aadObjectId.toLowerCase();
    return this.db.transaction().execute(async (trx) => {
      const counts: ErasureCounts = {
        audit: 0,
        requests: count(
          await anonymise(trx, now).where('requester_aad_id', '=', id).executeTakeFirst(),
        ),
        registrations: count(
          await trx.deleteFrom('registrations').where('aad_object_id', '=', id).executeTakeFirst(),
        ),
        people: count(
          await trx.deleteFrom('people').where('aad_object_id', '=', id).executeTakeFirst(),
        ),
        deliveries: count(
          await trx.deleteFrom('deliveries').where('recipient_aad_id', '=', id).executeTakeFirst(),
        ),
      };
      await trx
        .updateTable('meeting_links')
        .set({ linked_by: ERASED })
        .where('linked_by', '=', id)
        .execute();
      // What they did stays on record; who did it no longer does (the erasure entry names them).
      counts.audit = count(
        await trx
          .updateTable('audit_log')
          .set({ actor_aad_id: ERASED })
          .where('actor_aad_id', '=', id)
          .executeTakeFirst(),
      );
      const previous = Object.values(counts).every((n) => n === 0)
        ? await this.lastErasure(trx, id)
        : undefined;
      if (previous) return previous;
      await writeAudit(trx, now, {
        actor: actor.toLowerCase(),
        action: 'privacy.erase',
        entity: 'person',
        entityId: id,
        after: counts,
      });
      return { counts, at: now };
    });
  }

  private async lastErasure(trx: Db, id: string): Promise<Erasure | undefined> {
    const row = await trx
      .selectFrom('audit_log')
      .select(['at', 'after'])
      .where('action', '=', 'privacy.erase')
      .where('entity_id', '=', id)
      .orderBy('at', 'desc')
      .executeTakeFirst();
    if (!row?.after) return undefined;
    return { counts: JSON.parse(row.after) as ErasureCounts, at: new Date(row.at) };
  }
}
