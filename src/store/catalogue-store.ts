import type { Kysely, Selectable } from 'kysely';
import type { Topic } from '../data/catalogue-schema.js';
import { writeAudit } from './audit.js';
import type { CatalogueTopicsTable, Database } from './schema.js';

/** A topic as stored, with what an edit needs to detect a conflict. */
export interface StoredTopic {
  topic: Topic;
  version: number;
  /** Null while the topic is as the catalogue file gave it. */
  editedBy: string | null;
  updatedAt: string;
}

/** The outcome of saving a topic. */
export type TopicSaveResult =
  | { ok: true; stored: StoredTopic }
  /** Someone saved it since the editor opened it (or, for a new topic, the id is taken). */
  | { ok: false; reason: 'conflict'; current: StoredTopic }
  | { ok: false; reason: 'missing' };

const toStored = (row: Selectable<CatalogueTopicsTable>): StoredTopic => ({
  topic: JSON.parse(row.document) as Topic,
  version: row.version,
  editedBy: row.edited_by,
  updatedAt: row.updated_at,
});

/** The topic catalogue: seeded from the catalogue file, then kept by administrators. */
export class CatalogueStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Brings the file's topics in: a topic not yet stored is added; a stored topic no
   * administrator has edited follows the file; an edited one keeps the administrators' text
   * (the file never silently undoes an edit made in Teams). Returns how many rows changed.
   */
  async seed(topics: readonly Topic[], now: Date): Promise<number> {
    const at = now.toISOString();
    return this.db.transaction().execute(async (trx) => {
      let changed = 0;
      const stored = new Map(
        (await trx.selectFrom('catalogue_topics').selectAll().execute()).map((r) => [r.id, r]),
      );
      let next = Math.max(-1, ...[...stored.values()].map((r) => r.position)) + 1;
      for (const topic of topics) {
        const document = JSON.stringify(topic);
        const row = stored.get(topic.id);
        if (!row) {
          await trx
            .insertInto('catalogue_topics')
            .values({ id: topic.id, position: next++, document, updated_at: at, edited_by: null })
            .execute();
          changed += 1;
        } else if (row.edited_by === null && row.document !== document) {
          await trx
            .updateTable('catalogue_topics')
            .set((eb) => ({ document, updated_at: at, version: eb('version', '+', 1) }))
            .where('id', '=', topic.id)
            .execute();
          changed += 1;
        }
      }
      return changed;
    });
  }

  /** Every topic, in the catalogue's order. */
  async all(): Promise<StoredTopic[]> {
    const rows = await this.db
      .selectFrom('catalogue_topics')
      .selectAll()
      .orderBy('position')
      .execute();
    return rows.map(toStored);
  }

  /**
   * Saves a topic an administrator edited (`expectedVersion` is the version they opened) or
   * added (`expectedVersion` null), with its audit entry, or reports a conflict with what is
   * stored now. Nothing is written on a conflict.
   */
  async save(
    topic: Topic,
    expectedVersion: number | null,
    actor: string,
    now: Date,
  ): Promise<TopicSaveResult> {
    const at = now.toISOString();
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('catalogue_topics')
        .selectAll()
        .where('id', '=', topic.id)
        .executeTakeFirst();
      if (expectedVersion === null && row)
        return { ok: false, reason: 'conflict', current: toStored(row) };
      if (expectedVersion !== null && !row) return { ok: false, reason: 'missing' };
      const document = JSON.stringify(topic);
      if (!row) {
        const last = await trx
          .selectFrom('catalogue_topics')
          .select((eb) => eb.fn.max<number | string | null>('position').as('position'))
          .executeTakeFirst();
        const position = Number(last?.position ?? -1) + 1;
        await trx
          .insertInto('catalogue_topics')
          .values({ id: topic.id, position, document, updated_at: at, edited_by: actor })
          .execute();
      } else {
        // The version in the where clause makes the check and the write one step.
        const updated = await trx
          .updateTable('catalogue_topics')
          .set((eb) => ({
            document,
            updated_at: at,
            edited_by: actor,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', topic.id)
          .where('version', '=', expectedVersion ?? -1)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) {
          return { ok: false, reason: 'conflict', current: toStored(row) };
        }
      }
      await writeAudit(trx, now, {
        actor,
        action: row ? 'catalogue.topic.update' : 'catalogue.topic.add',
        entity: 'topic',
        entityId: topic.id,
        ...(row ? { before: JSON.parse(row.document) as unknown } : {}),
        after: topic,
      });
      const saved = await trx
        .selectFrom('catalogue_topics')
        .selectAll()
        .where('id', '=', topic.id)
        .executeTakeFirstOrThrow();
      return { ok: true, stored: toStored(saved) };
    });
  }
}
