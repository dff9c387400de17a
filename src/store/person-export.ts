import type { Kysely, Selectable } from 'kysely';
import { writeAudit } from './audit.js';
import type { Database, PeopleTable, RequestsTable, RosterTable } from './schema.js';

/** Everything the bot holds about one person (feedback is anonymous: never part of it). */
export interface PersonData {
  person: Selectable<PeopleTable> | undefined;
  roster: Selectable<RosterTable>[];
  requests: Selectable<RequestsTable>[];
  registrations: {
    reference: string;
    status: string;
    registeredAt: string;
    readAt: string | null;
  }[];
  deliveries: { kind: string; state: string; createdAt: string; sentAt: string | null }[];
  audit: { at: string; action: string; entity: string; entityId: string }[];
}

/** Everything held about a person, and an audit entry saying who asked. */
export async function exportPerson(
  db: Kysely<Database>,
  aadObjectId: string,
  actor: string,
  now: Date,
): Promise<PersonData> {
  const id = aadObjectId.toLowerCase();
  const data: PersonData = {
    person: await db
      .selectFrom('people')
      .selectAll()
      .where('aad_object_id', '=', id)
      .executeTakeFirst(),
    roster: await db.selectFrom('roster').selectAll().where('aad_object_id', '=', id).execute(),
    requests: await db
      .selectFrom('requests')
      .selectAll()
      .where('requester_aad_id', '=', id)
      .orderBy('created_at')
      .execute(),
    registrations: await db
      .selectFrom('registrations')
      .innerJoin('sessions', 'sessions.id', 'registrations.session_id')
      .select([
        'sessions.reference as reference',
        'registrations.status as status',
        'registrations.registered_at as registeredAt',
        'registrations.prereading_read_at as readAt',
      ])
      .where('registrations.aad_object_id', '=', id)
      .orderBy('registrations.registered_at')
      .execute(),
    deliveries: await db
      .selectFrom('deliveries')
      .select(['kind', 'state', 'created_at as createdAt', 'sent_at as sentAt'])
      .where('recipient_aad_id', '=', id)
      .orderBy('created_at')
      .execute(),
    audit: await db
      .selectFrom('audit_log')
      .select(['at', 'action', 'entity', 'entity_id as entityId'])
      .where('actor_aad_id', '=', id)
      .orderBy('at')
      .execute(),
  };
  await writeAudit(db, now, {
    actor: actor.toLowerCase(),
    action: 'privacy.export',
    entity: 'person',
    entityId: id,
    after: {
      requests: data.requests.length,
      registrations: data.registrations.length,
      deliveries: data.deliveries.length,
      audit: data.audit.length,
    },
  });
  return data;
}
