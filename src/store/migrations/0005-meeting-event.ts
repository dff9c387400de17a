import type { Kysely } from 'kysely';

/** The Teams meeting (Graph calendar event) created for a session, when Graph is configured. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('meeting_event_id', 'text').execute();
}

/** Drops the column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('meeting_event_id').execute();
}
