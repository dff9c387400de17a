import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FeedbackSummary, FeedbackThresholds, Shuffle } from '../domain/feedback-results.js';
import { refreshSummary } from '../domain/feedback-results.js';
import type { FeedbackAnswers, FeedbackScore, FeedbackScores } from '../domain/feedback.js';
import type { Dialect } from './db.js';
import type { Database } from './schema.js';

/** One answer to store: nothing in it names the person or the moment beyond the day. */
export interface NewResponse {
  sessionId: string;
  /** `respondentKey(secret, sessionId, aadObjectId)`. */
  respondentKey: string;
  /** The same hash over the card message pressed, so a double click gets the same answer. */
  cardKey: string | null;
  /** The day in the session's zone (`responseDay`). */
  day: string;
  /** The scores and the comment, already scrubbed. */
  answers: FeedbackAnswers;
  thresholds: FeedbackThresholds;
  shuffle: Shuffle;
}

/**
 * `stored`; `again` (the same person pressing the same card again: nothing more stored);
 * `already` (the same person answering again: not stored); `closed` (no poll open).
 */
export type SubmitOutcome = 'stored' | 'again' | 'already' | 'closed';

/** A random key: 128 bits, so neither order nor count can be read from keys. */
function randomKey(): string {
  return randomBytes(16).toString('hex');
}

async function previousSummary(
  trx: Kysely<Database>,
  dialect: Dialect,
  sessionId: string,
): Promise<FeedbackSummary | undefined> {
  let query = trx
    .selectFrom('feedback_summaries')
    .select('summary')
    .where('session_id', '=', sessionId);
  // PostgreSQL: one writer per session at a time, so each refresh sees every earlier answer.
  // SQLite serialises writers anyway.
  if (dialect === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? (JSON.parse(row.summary) as FeedbackSummary) : undefined;
}

async function isOpen(trx: Kysely<Database>, sessionId: string, now: Date): Promise<boolean> {
  const poll = await trx
    .selectFrom('feedback_polls')
    .select(['opened_at', 'closes_at'])
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  const at = now.toISOString();
  return poll !== undefined && poll.opened_at <= at && at < poll.closes_at;
}

async function claimRespondent(
  trx: Kysely<Database>,
  response: NewResponse,
): Promise<SubmitOutcome | undefined> {
  const inserted = await trx
    .insertInto('feedback_respondents')
    .values({ key: response.respondentKey, card_key: response.cardKey })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return undefined;
  const first = await trx
    .selectFrom('feedback_respondents')
    .select('card_key')
    .where('key', '=', response.respondentKey)
    .executeTakeFirst();
  const same = response.cardKey !== null && first?.card_key === response.cardKey;
  return same ? 'again' : 'already';
}

async function allAnswers(trx: Kysely<Database>, sessionId: string) {
  const rows = await trx
    .selectFrom('feedback_responses')
    .select(['safe_space', 'learned', 'relationships', 'facilitation', 'overall'])
    .where('session_id', '=', sessionId)
    .orderBy('id')
    .execute();
  const responses = rows.map((r) => ({
    answers: {
      safeSpace: r.safe_space as FeedbackScore,
      learned: r.learned as FeedbackScore,
      relationships: r.relationships as FeedbackScore,
      facilitation: r.facilitation as FeedbackScore,
      overall: r.overall as FeedbackScore,
    } satisfies FeedbackScores,
  }));
  const comments = await trx
    .selectFrom('feedback_comments')
    .select('comment')
    .where('session_id', '=', sessionId)
    .orderBy('id')
    .execute();
  return { responses, comments: comments.map((c) => c.comment) };
}

/**
 * Inside the caller's transaction: refuses a closed poll or a second answer; else stores the
 * respondent key, the scores and the comment (each in its own table, under its own random key)
 * and the refreshed summary. Writes no audit entry and no log: nothing ties the person to it.
 */
export async function storeResponse(
  trx: Kysely<Database>,
  dialect: Dialect,
  response: NewResponse,
  now: Date,
): Promise<SubmitOutcome> {
  const { sessionId, answers } = response;
  const previous = await previousSummary(trx, dialect, sessionId);
  if (!(await isOpen(trx, sessionId, now))) return 'closed';
  const refused = await claimRespondent(trx, response);
  if (refused) return refused;
  await trx
    .insertInto('feedback_responses')
    .values({
      id: randomKey(),
      session_id: sessionId,
      day: response.day,
      safe_space: answers.safeSpace,
      learned: answers.learned,
      relationships: answers.relationships,
      facilitation: answers.facilitation,
      overall: answers.overall,
    })
    .execute();
  if (answers.comment !== '') {
    await trx
      .insertInto('feedback_comments')
      .values({ id: randomKey(), session_id: sessionId, comment: answers.comment })
      .execute();
  }
  const all = await allAnswers(trx, sessionId);
  const summary = refreshSummary(
    previous,
    all.responses,
    all.comments,
    response.thresholds,
    response.shuffle,
  );
  await trx
    .insertInto('feedback_summaries')
    .values({ session_id: sessionId, summary: JSON.stringify(summary) })
    .onConflict((oc) => oc.column('session_id').doUpdateSet({ summary: JSON.stringify(summary) }))
    .execute();
  return 'stored';
}
