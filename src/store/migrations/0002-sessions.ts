import type { Kysely } from 'kysely';

/** Scheduled sessions, their parts, registrations, and calendar-file tokens. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().unique().references('requests.id'))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('topic_snapshot', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('union_facilitator', 'text', (c) => c.notNull())
    .addColumn('employer_facilitator', 'text', (c) => c.notNull())
    .addColumn('coordinator_aad_id', 'text', (c) => c.notNull())
    .addColumn('join_url', 'text')
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('ics_token', 'text', (c) => c.notNull().unique())
    .addColumn('first_start_utc', 'text', (c) => c.notNull())
    .addColumn('last_end_utc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sessions_region')
    .on('sessions')
    .columns(['region', 'status', 'first_start_utc'])
    .execute();
  await db.schema
    .createIndex('sessions_union')
    .on('sessions')
    .columns(['union_facilitator', 'status'])
    .execute();
  await db.schema
    .createIndex('sessions_employer')
    .on('sessions')
    .columns(['employer_facilitator', 'status'])
    .execute();

  await db.schema
    .createTable('session_parts')
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('part', 'integer', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('start_utc', 'text', (c) => c.notNull())
    .addColumn('end_utc', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_parts_pk', ['session_id', 'part'])
    .execute();

  await db.schema
    .createTable('registrations')
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('aad_object_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('registrations_pk', ['session_id', 'aad_object_id'])
    .execute();
}

/** Drops what the migration created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('registrations').execute();
  await db.schema.dropTable('session_parts').execute();
  await db.schema.dropTable('sessions').execute();
}
