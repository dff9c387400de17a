import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** One change to the roster or the catalogue, as the history view shows it. */
export interface AdminChange {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** A page of changes, newest first, and how many there are in all. */
export interface AdminHistoryPage {
  changes: AdminChange[];
  total: number;
}

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** The audit log's roster and catalogue entries, for administrators. */
export class AdminHistoryStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Changes newest first; `page` counts from 0. */
  async page(page: number, size: number): Promise<AdminHistoryPage> {
    const admin = this.db
      .selectFrom('audit_log')
      .where((eb) =>
        eb.or([eb('action', 'like', 'roster.%'), eb('action', 'like', 'catalogue.%')]),
      );
    const rows = await admin
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id')
      .limit(size)
      .offset(page * size)
      .execute();
    const count = await admin
      .select((eb) => eb.fn.countAll<string | number | bigint>().as('n'))
      .executeTakeFirst();
    return {
      total: Number(count?.n ?? 0),
      changes: rows.map((r) => ({
        at: r.at,
        actor: r.actor_aad_id,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        before: parse(r.before),
        after: parse(r.after),
      })),
    };
  }
}
