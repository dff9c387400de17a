import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, JobsTable } from './schema.js';

/** A job to create (or move, when its key exists and it has not run). */
export interface NewJob {
  key: string;
  kind: string;
  subjectId: string;
  dueAt: Date;
  payload?: Record<string, unknown>;
}

/** A job leased to this process. */
export interface Job {
  id: string;
  key: string;
  kind: string;
  subjectId: string;
  payload: Record<string, unknown>;
  attempts: number;
  dueAt: Date;
}

function toJob(row: Selectable<JobsTable>): Job {
  return {
    id: row.id,
    key: row.key,
    kind: row.kind,
    subjectId: row.subject_id,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    attempts: row.attempts,
    dueAt: new Date(row.due_at),
  };
}

/**
 * Creates jobs, or moves pending ones to their new due time, inside the caller's transaction:
 * scheduling and rescheduling a session create and move its jobs with it.
 */
export async function upsertJobs(trx: Kysely<Database>, jobs: NewJob[], now: Date): Promise<void> {
  for (const job of jobs) {
    await trx
      .insertInto('jobs')
      .values({
        id: randomUUID(),
        key: job.key,
        kind: job.kind,
        subject_id: job.subjectId,
        payload: JSON.stringify(job.payload ?? {}),
        state: 'pending',
        due_at: job.dueAt.toISOString(),
        attempts: 0,
        lease_until: null,
        last_error: null,
        created_at: now.toISOString(),
        done_at: null,
      })
      .onConflict((oc) =>
        oc
          .column('key')
          .doUpdateSet({ due_at: job.dueAt.toISOString(), state: 'pending' })
          // A job that already ran stays done: a reschedule never sends the same thing twice.
          .where('jobs.state', 'in', ['pending', 'cancelled']),
      )
      .execute();
  }
}

/** Cancels a subject's pending jobs inside the caller's transaction. */
export async function cancelJobs(trx: Kysely<Database>, subjectId: string): Promise<void> {
  await trx
    .updateTable('jobs')
    .set({ state: 'cancelled', lease_until: null })
    .where('subject_id', '=', subjectId)
    .where('state', '=', 'pending')
    .execute();
}

/** Durable jobs. */
export class JobStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Leases up to `limit` due jobs; a crashed holder's lease expires and another takes it. */
  async claimDue(now: Date, limit: number, leaseMs: number): Promise<Job[]> {
    const at = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const free = sql<boolean>`(lease_until is null or lease_until < ${at})`;
    const due = this.db
      .selectFrom('jobs')
      .select('id')
      .where('state', '=', 'pending')
      .where('due_at', '<=', at)
      .where(free)
      .orderBy('due_at')
      .limit(limit);
    const rows = await this.db
      .updateTable('jobs')
      .set((eb) => ({ lease_until: until, attempts: eb(eb.ref('attempts'), '+', 1) }))
      .where('id', 'in', due)
      .where('state', '=', 'pending')
      .where(free)
      .returningAll()
      .execute();
    return rows.map(toJob);
  }

  /** Records a job as done. */
  async markDone(id: string, now: Date): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set({ state: 'done', done_at: now.toISOString(), lease_until: null, last_error: null })
      .where('id', '=', id)
      .execute();
  }

  /** Puts a job back for a later attempt, or fails it for good. */
  async retryAt(id: string, dueAt: Date | undefined, error: string): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set({
        ...(dueAt ? { due_at: dueAt.toISOString() } : { state: 'failed' }),
        lease_until: null,
        last_error: error.slice(0, 500),
      })
      .where('id', '=', id)
      .execute();
  }

  /** A job's state by key (e.g. whether a session's pre-reading went out). */
  async stateOf(key: string): Promise<{ state: string; dueAt: Date } | undefined> {
    const row = await this.db
      .selectFrom('jobs')
      .select(['state', 'due_at'])
      .where('key', '=', key)
      .executeTakeFirst();
    return row ? { state: row.state, dueAt: new Date(row.due_at) } : undefined;
  }

  /** A subject's jobs, for status views and tests. */
  async forSubject(subjectId: string): Promise<(Job & { state: string })[]> {
    const rows = await this.db
      .selectFrom('jobs')
      .selectAll()
      .where('subject_id', '=', subjectId)
      .orderBy('due_at')
      .execute();
    return rows.map((r) => ({ ...toJob(r), state: r.state }));
  }
}
