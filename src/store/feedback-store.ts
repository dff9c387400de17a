import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { FeedbackSummary } from '../domain/feedback-results.js';
import { writeAudit } from './audit.js';
import type { Dialect } from './db.js';
import { enqueueDeliveries, type NewDelivery } from './delivery-store.js';
import { storeResponse, type NewResponse, type SubmitOutcome } from './feedback-response.js';
import type { Database, FeedbackPollsTable } from './schema.js';

export type { NewResponse, SubmitOutcome } from './feedback-response.js';

/** A session's feedback poll. */
export interface Poll {
  sessionId: string;
  openedAt: Date;
  closesAt: Date;
  openedBy: string;
  reason: string;
  chatPostedAt: Date | null;
}

/** What opening a poll needs. */
export interface NewPoll {
  sessionId: string;
  closesAt: Date;
  /** The facilitator's AAD object id, or 'schedule'. */
  openedBy: string;
  reason: string;
  /** The summary to store before any answer (counts at zero). */
  empty: FeedbackSummary;
}

function toPoll(row: Selectable<FeedbackPollsTable>): Poll {
  return {
    sessionId: row.session_id,
    openedAt: new Date(row.opened_at),
    closesAt: new Date(row.closes_at),
    openedBy: row.opened_by,
    reason: row.reason,
    chatPostedAt: row.chat_posted_at === null ? null : new Date(row.chat_posted_at),
  };
}

const SECRET_NAME = 'feedback';

/** Feedback polls, anonymous responses and their stored summaries. */
export class FeedbackStore {
  private derived: string | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  /**
   * The key of the one-answer-per-person hash: `configured` (FEEDBACK_SECRET) when set, else a
   * random secret made once per database and kept in it, so two instances on one database
   * agree and no constant in the code can be used to reverse the hashes.
   */
  async secret(configured: string | undefined): Promise<string> {
    if (configured) return configured;
    if (this.derived) return this.derived;
    await this.db
      .insertInto('app_secrets')
      .values({ name: SECRET_NAME, value: randomBytes(32).toString('base64url') })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const row = await this.db
      .selectFrom('app_secrets')
      .select('value')
      .where('name', '=', SECRET_NAME)
      .executeTakeFirstOrThrow();
    this.derived = row.value;
    return row.value;
  }

  /**
   * Opens a session's poll, with its empty summary and its 1:1 deliveries, in one transaction.
   * A poll opened already stays as it was (`created: false`); the deliveries' keys make a
   * repeat queue nothing new.
   */
  async open(
    poll: NewPoll,
    deliveries: NewDelivery[],
    now: Date,
  ): Promise<{ created: boolean; poll: Poll }> {
    return this.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('feedback_polls')
        .values({
          session_id: poll.sessionId,
          opened_at: now.toISOString(),
          closes_at: poll.closesAt.toISOString(),
          opened_by: poll.openedBy.toLowerCase(),
          reason: poll.reason,
          chat_posted_at: null,
        })
        .onConflict((oc) => oc.column('session_id').doNothing())
        .executeTakeFirst();
      const created = Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
      if (created) {
        await trx
          .insertInto('feedback_summaries')
          .values({ session_id: poll.sessionId, summary: JSON.stringify(poll.empty) })
          .onConflict((oc) => oc.column('session_id').doNothing())
          .execute();
        await writeAudit(trx, now, {
          actor: poll.openedBy.toLowerCase(),
          action: 'feedback.open',
          entity: 'session',
          entityId: poll.sessionId,
          after: { reason: poll.reason, closesAt: poll.closesAt.toISOString() },
        });
        await enqueueDeliveries(trx, deliveries, now);
      }
      const row = await trx
        .selectFrom('feedback_polls')
        .selectAll()
        .where('session_id', '=', poll.sessionId)
        .executeTakeFirstOrThrow();
      return { created, poll: toPoll(row) };
    });
  }

  /** A session's poll, if one was opened. */
  async poll(sessionId: string): Promise<Poll | undefined> {
    const row = await this.db
      .selectFrom('feedback_polls')
      .selectAll()
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return row ? toPoll(row) : undefined;
  }

  /** Records that the poll card was posted in the session's meeting chat. */
  async markChatPosted(sessionId: string, now: Date): Promise<void> {
    await this.db
      .updateTable('feedback_polls')
      .set({ chat_posted_at: now.toISOString() })
      .where('session_id', '=', sessionId)
      .execute();
  }

  /** Whether this respondent key has answered (and with which card), without storing anything. */
  async respondent(key: string): Promise<{ cardKey: string | null } | undefined> {
    const row = await this.db
      .selectFrom('feedback_respondents')
      .select('card_key')
      .where('key', '=', key)
      .executeTakeFirst();
    return row ? { cardKey: row.card_key } : undefined;
  }

  /** Stores one anonymous response and refreshes the summary, in one transaction. */
  async submit(response: NewResponse, now: Date): Promise<SubmitOutcome> {
    return this.db.transaction().execute((trx) => storeResponse(trx, this.dialect, response, now));
  }

  /** A session's stored results. */
  async summary(sessionId: string): Promise<FeedbackSummary | undefined> {
    const row = await this.db
      .selectFrom('feedback_summaries')
      .select('summary')
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return row ? (JSON.parse(row.summary) as FeedbackSummary) : undefined;
  }

  /** Every stored summary with its session's region and topic, for program-wide figures. */
  async programSummaries(): Promise<{ region: string; topic: string; summary: FeedbackSummary }[]> {
    const rows = await this.db
      .selectFrom('feedback_summaries')
      .innerJoin('sessions', 'sessions.id', 'feedback_summaries.session_id')
      .select(['sessions.region', 'sessions.topic', 'feedback_summaries.summary'])
      .execute();
    return rows.map((r) => ({
      region: r.region,
      topic: r.topic,
      summary: JSON.parse(r.summary) as FeedbackSummary,
    }));
  }

  /** Sessions with a poll, most recently opened first (at most 100). */
  async polledSessionIds(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('feedback_polls')
      .select('session_id')
      .orderBy('opened_at', 'desc')
      .limit(100)
      .execute();
    return rows.map((r) => r.session_id);
  }
}
