import { USERS } from '../helpers/activities.js';
import { cardText, type Harness } from '../helpers/harness.js';

/** A new union facilitator for the Atlantic region, as the person card sends it. */
export const NEW_FACILITATOR = {
  role: 'facilitator',
  person: '',
  aadObjectId: '0F8FAD5B-D9CB-469F-A165-70867728950E',
  name: 'Gabrielle Arsenault',
  email: 'gabrielle.arsenault@example.gc.ca',
  side: 'union',
  region: 'atlantic',
  languages: 'en,fr',
  active: 'true',
};

/** Its object id as stored (lower case). */
export const NEW_ID = NEW_FACILITATOR.aadObjectId.toLowerCase();

/** Every row of the roster and the audit log, for "nothing changed" checks. */
export async function rosterState(h: Harness): Promise<unknown> {
  const db = h.bot.store.db.kysely;
  return {
    roster: await db
      .selectFrom('roster')
      .selectAll()
      .orderBy('aad_object_id')
      .orderBy('role')
      .execute(),
    topics: await db.selectFrom('catalogue_topics').selectAll().orderBy('id').execute(),
    audit: await db.selectFrom('audit_log').selectAll().orderBy('id').execute(),
  };
}

/** Saves a person as an administrator would from the person card; returns the answer's text. */
export async function savePerson(
  h: Harness,
  fields: Record<string, string>,
  key: { aadObjectIdKept?: string; roleKept?: string; version?: string; confirm?: string } = {},
  user = USERS.admin1,
): Promise<string> {
  const { card } = await h.press(user, 'adminRoster.save', {
    aadObjectIdKept: '',
    roleKept: '',
    version: '',
    confirm: '',
    ...key,
    ...fields,
  });
  return cardText(card);
}
