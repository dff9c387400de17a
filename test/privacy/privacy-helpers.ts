import { LoopbackConnector } from '../helpers/connector.js';
import type { TestUser } from '../helpers/activities.js';
import { cardText, type Harness } from '../helpers/harness.js';

/** Tables that hold personal data or its traces, for before/after comparisons. */
export const TABLES = [
  'people',
  'requests',
  'registrations',
  'deliveries',
  'audit_log',
  'sessions',
  'meeting_links',
  'feedback_responses',
  'feedback_comments',
  'feedback_summaries',
] as const;

/** Every row of every table above, sorted, as JSON: what the store holds. */
export async function dump(h: Harness): Promise<Record<string, string[]>> {
  const db = h.bot.store.db.kysely;
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = await db.selectFrom(table).selectAll().execute();
    out[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** The texts of the cards sent into a user's 1:1 chat. */
export function cardsTo(h: Harness, user: TestUser): string[] {
  return h.connector
    .messages(`a:personal-${user.aadObjectId}`)
    .map((c) => cardText(LoopbackConnector.card(c)));
}

/** The verbs and data of a card's Action.Execute actions. */
export function actionsOf(card: unknown): { verb: string; data: Record<string, unknown> }[] {
  const json = JSON.stringify(card);
  const parsed = JSON.parse(json) as { actions?: { verb?: string; data?: unknown }[] };
  return (parsed.actions ?? [])
    .filter((a) => typeof a.verb === 'string')
    .map((a) => ({ verb: a.verb ?? '', data: (a.data ?? {}) as Record<string, unknown> }));
}

/** Writes an anonymous feedback response and summary for a session, as the poll would. */
export async function seedFeedback(h: Harness, sessionId: string): Promise<void> {
  const db = h.bot.store.db.kysely;
  await db
    .insertInto('feedback_responses')
    .values({
      id: `r-${sessionId}`,
      session_id: sessionId,
      day: '2026-12-02',
      safe_space: 5,
      learned: 4,
      relationships: 4,
      facilitation: 5,
      overall: 5,
    })
    .execute();
  await db
    .insertInto('feedback_summaries')
    .values({ session_id: sessionId, summary: '{"responses":5}' })
    // Opening the poll may already have stored an (empty) summary: keep it, it is an aggregate.
    .onConflict((oc) => oc.column('session_id').doNothing())
    .execute();
}
