import type { Kysely } from 'kysely';
import type { Language } from '../i18n/i18n.js';
import type { Database, PeopleTable } from './schema.js';

/** What the bot knows of a person. */
export interface Person {
  aadObjectId: string;
  name: string | null;
  tenantId: string | null;
  serviceUrl: string | null;
  conversationReference: unknown;
  language: Language | null;
  timeZone: string | null;
}

/** What a turn tells the bot about the person who sent it. */
export interface SeenPerson {
  aadObjectId: string;
  name?: string | undefined;
  tenantId?: string | undefined;
  serviceUrl?: string | undefined;
  /** Only from a 1:1 (personal) conversation: where proactive messages go. */
  conversationReference?: unknown;
  timeZone?: string | undefined;
}

function toPerson(row: PeopleTable): Person {
  return {
    aadObjectId: row.aad_object_id,
    name: row.name,
    tenantId: row.tenant_id,
    serviceUrl: row.service_url,
    conversationReference:
      row.conversation_reference === null
        ? null
        : (JSON.parse(row.conversation_reference) as unknown),
    language: row.language === 'en' || row.language === 'fr' ? row.language : null,
    timeZone: row.time_zone,
  };
}

/** People: their conversation references and chosen language. */
export class PeopleStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** The person, or undefined when the bot has never seen nor rostered them. */
  async get(aadObjectId: string): Promise<Person | undefined> {
    const row = await this.db
      .selectFrom('people')
      .selectAll()
      .where('aad_object_id', '=', aadObjectId.toLowerCase())
      .executeTakeFirst();
    return row ? toPerson(row) : undefined;
  }

  /** Records what a turn showed of its sender; never erases what it did not show. */
  async seen(person: SeenPerson, at: Date): Promise<void> {
    const id = person.aadObjectId.toLowerCase();
    const reference =
      person.conversationReference === undefined
        ? undefined
        : JSON.stringify(person.conversationReference);
    const update: Partial<PeopleTable> = { updated_at: at.toISOString() };
    if (person.name) update.name = person.name;
    if (person.tenantId) update.tenant_id = person.tenantId;
    if (person.serviceUrl) update.service_url = person.serviceUrl;
    if (reference !== undefined) update.conversation_reference = reference;
    if (person.timeZone) update.time_zone = person.timeZone;
    await this.db
      .insertInto('people')
      .values({
        aad_object_id: id,
        name: person.name ?? null,
        tenant_id: person.tenantId ?? null,
        service_url: person.serviceUrl ?? null,
        conversation_reference: reference ?? null,
        language: null,
        time_zone: person.timeZone ?? null,
        updated_at: at.toISOString(),
      })
      .onConflict((oc) => oc.column('aad_object_id').doUpdateSet(update))
      .execute();
  }

  /** Remembers a person's explicit language choice. */
  async setLanguage(aadObjectId: string, language: Language, at: Date): Promise<void> {
    const id = aadObjectId.toLowerCase();
    await this.db
      .insertInto('people')
      .values({
        aad_object_id: id,
        name: null,
        tenant_id: null,
        service_url: null,
        conversation_reference: null,
        language,
        time_zone: null,
        updated_at: at.toISOString(),
      })
      .onConflict((oc) =>
        oc.column('aad_object_id').doUpdateSet({ language, updated_at: at.toISOString() }),
      )
      .execute();
  }
}
