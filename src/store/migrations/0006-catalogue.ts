import type { Kysely } from 'kysely';

/**
 * The topic catalogue moves into the store, so administrators edit it from Teams. One row per
 * topic (its whole document, validated by `topicSchema`), with a version for edit conflicts;
 * `edited_by` stays null while the topic is as the catalogue file gave it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('catalogue_topics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('edited_by', 'text')
    .execute();
}

/** Drops the table (the catalogue file is then the catalogue again). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('catalogue_topics').execute();
}
