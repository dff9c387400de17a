import { SqliteAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely';

/*
 * Anonymity by construction: the response, comment and respondent tables hold no person, no
 * conversation, no time of day, and nothing that orders them. Their keys are random (responses,
 * comments) or a keyed hash (respondents); on SQLite they are WITHOUT ROWID tables, stored in
 * key order, so neither a rowid nor the file's layout tells which answer came first.
 */

function withoutRowid<T extends string, C extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<T, C>,
): CreateTableBuilder<T, C> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  return sqlite ? table.modifyEnd(sql`without rowid`) : table;
}

/** Meeting-chat links, feedback polls, anonymous responses, summaries and the derived secret. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meeting_links')
    .addColumn('conversation_id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('part', 'integer', (c) => c.notNull())
    .addColumn('conversation_reference', 'text', (c) => c.notNull())
    .addColumn('linked_by', 'text', (c) => c.notNull())
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_links_session')
    .on('meeting_links')
    .columns(['session_id', 'part'])
    .execute();

  await db.schema
    .createTable('feedback_polls')
    .addColumn('session_id', 'text', (c) => c.primaryKey().references('sessions.id'))
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('chat_posted_at', 'text')
    .execute();

  await withoutRowid(
    db,
    db.schema
      .createTable('feedback_responses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('safe_space', 'integer', (c) => c.notNull())
      .addColumn('learned', 'integer', (c) => c.notNull())
      .addColumn('relationships', 'integer', (c) => c.notNull())
      .addColumn('facilitation', 'integer', (c) => c.notNull())
      .addColumn('overall', 'integer', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('feedback_responses_session')
    .on('feedback_responses')
    .columns(['session_id', 'id'])
    .execute();

  await withoutRowid(
    db,
    db.schema
      .createTable('feedback_comments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
      .addColumn('comment', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('feedback_comments_session')
    .on('feedback_comments')
    .columns(['session_id', 'id'])
    .execute();

  await withoutRowid(
    db,
    db.schema
      .createTable('feedback_respondents')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('card_key', 'text'),
  ).execute();

  await db.schema
    .createTable('feedback_summaries')
    .addColumn('session_id', 'text', (c) => c.primaryKey().references('sessions.id'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('app_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

/** Drops what the migration created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'app_secrets',
    'feedback_summaries',
    'feedback_respondents',
    'feedback_comments',
    'feedback_responses',
    'feedback_polls',
    'meeting_links',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
