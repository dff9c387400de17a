import type { Kysely } from 'kysely';
import { writeAudit } from './audit.js';
import { toEntry, type Role, type RosterEntry } from './roster-store.js';
import type { Database } from './schema.js';

/** An entry as an administrator saves it (the object id is lower case). */
export type RosterEntryInput = Omit<RosterEntry, 'version'>;

/** The outcome of saving a roster entry. */
export type RosterSaveResult =
  | { ok: true; entry: RosterEntry; before: RosterEntry | undefined }
  /** Saved by someone else since it was opened, or (for a new entry) already on the roster. */
  | { ok: false; reason: 'conflict'; current: RosterEntry }
  | { ok: false; reason: 'missing' };

const ROLE_ORDER: Record<Role, number> = { administrator: 0, coordinator: 1, facilitator: 2 };

/** What changed, named for the audit log: added, deactivated, reactivated or updated. */
function actionOf(before: RosterEntry | undefined, after: RosterEntryInput): string {
  if (!before) return 'roster.add';
  if (before.active && !after.active) return 'roster.deactivate';
  if (!before.active && after.active) return 'roster.reactivate';
  return 'roster.update';
}

/** The roster as administrators keep it from Teams: every entry, active or not, and edits. */
export class RosterAdminStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every entry, by role, then region, side and name. */
  async everyone(): Promise<RosterEntry[]> {
    const rows = await this.db.selectFrom('roster').selectAll().execute();
    return rows
      .map(toEntry)
      .sort(
        (a, b) =>
          ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
          (a.region ?? '').localeCompare(b.region ?? '') ||
          (a.side ?? '').localeCompare(b.side ?? '') ||
          a.name.localeCompare(b.name),
      );
  }

  /**
   * Saves an entry an administrator edited (`expectedVersion` is the version they opened) or
   * added (`expectedVersion` null), with its audit entry (who, what, before, after); on a
   * conflict nothing is written and the stored entry is returned.
   */
  async save(
    entry: RosterEntryInput,
    expectedVersion: number | null,
    actor: string,
    now: Date,
  ): Promise<RosterSaveResult> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('roster')
        .selectAll()
        .where('aad_object_id', '=', entry.aadObjectId)
        .where('role', '=', entry.role)
        .executeTakeFirst();
      const before = row ? toEntry(row) : undefined;
      if (expectedVersion === null && before)
        return { ok: false, reason: 'conflict', current: before };
      if (expectedVersion !== null && !before) return { ok: false, reason: 'missing' };
      const values = {
        name: entry.name,
        email: entry.email,
        side: entry.side,
        region: entry.region,
        languages: JSON.stringify(entry.languages),
        active: entry.active ? 1 : 0,
        updated_at: now.toISOString(),
      };
      if (!before) {
        await trx
          .insertInto('roster')
          .values({ ...values, aad_object_id: entry.aadObjectId, role: entry.role })
          .execute();
      } else {
        // The version in the where clause makes the check and the write one step.
        const updated = await trx
          .updateTable('roster')
          .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
          .where('aad_object_id', '=', entry.aadObjectId)
          .where('role', '=', entry.role)
          .where('version', '=', expectedVersion ?? -1)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0)
          return { ok: false, reason: 'conflict', current: before };
      }
      const saved = await trx
        .selectFrom('roster')
        .selectAll()
        .where('aad_object_id', '=', entry.aadObjectId)
        .where('role', '=', entry.role)
        .executeTakeFirstOrThrow();
      const after = toEntry(saved);
      await writeAudit(trx, now, {
        actor,
        action: actionOf(before, entry),
        entity: entry.role,
        entityId: entry.aadObjectId,
        ...(before ? { before } : {}),
        after,
      });
      return { ok: true, entry: after, before };
    });
  }
}
