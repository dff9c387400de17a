import type { Kysely, Selectable } from 'kysely';
import { writeAudit } from './audit.js';
import { isUniqueViolation } from './errors.js';
import type { Database, MeetingLinksTable } from './schema.js';

/** A meeting chat linked to one part of a session. */
export interface MeetingLink {
  conversationId: string;
  sessionId: string;
  part: number;
  /** Where to post in the chat later (the chat's conversation reference). */
  conversationReference: unknown;
}

/** What linking a chat did: linked it now, found it linked to this part, or to another. */
export type LinkOutcome =
  { outcome: 'linked' | 'already'; link: MeetingLink } | { outcome: 'taken'; link: MeetingLink };

/** Who may see which sessions when a chat is to be linked: everyone's, or some. */
export interface SessionScope {
  all: boolean;
  regions: readonly string[];
  facilitator: string;
}

function toLink(row: Selectable<MeetingLinksTable>): MeetingLink {
  return {
    conversationId: row.conversation_id,
    sessionId: row.session_id,
    part: row.part,
    conversationReference: JSON.parse(row.conversation_reference) as unknown,
  };
}

/** Meeting chats and the session parts they belong to. */
export class MeetingStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** The session a chat is linked to, if any. */
  async linkOf(conversationId: string): Promise<MeetingLink | undefined> {
    const row = await this.db
      .selectFrom('meeting_links')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    return row ? toLink(row) : undefined;
  }

  /** A session's linked chats, by part. */
  async linksOf(sessionId: string): Promise<MeetingLink[]> {
    const rows = await this.db
      .selectFrom('meeting_links')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('part')
      .execute();
    return rows.map(toLink);
  }

  /**
   * Links a chat to a session part: one chat, one session. A chat linked already is left as
   * it is (`already` for the same part, `taken` for another); a part linked to an older chat
   * moves to this one, so each part has at most one chat.
   */
  async link(link: MeetingLink, actor: string, now: Date): Promise<LinkOutcome> {
    try {
      return await this.db.transaction().execute(async (trx): Promise<LinkOutcome> => {
        const existing = await this.existing(trx, link);
        if (existing) return existing;
        await trx
          .deleteFrom('meeting_links')
          .where('session_id', '=', link.sessionId)
          .where('part', '=', link.part)
          .execute();
        await trx
          .insertInto('meeting_links')
          .values({
            conversation_id: link.conversationId,
            session_id: link.sessionId,
            part: link.part,
            conversation_reference: JSON.stringify(link.conversationReference ?? {}),
            linked_by: actor.toLowerCase(),
            linked_at: now.toISOString(),
          })
          .execute();
        await writeAudit(trx, now, {
          actor: actor.toLowerCase(),
          action: 'meeting.link',
          entity: 'session',
          entityId: link.sessionId,
          after: { part: link.part },
        });
        return { outcome: 'linked', link };
      });
    } catch (error) {
      // Two presses at the same moment: the other one linked the chat first.
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.existing(this.db, link);
      if (!existing) throw error;
      return existing;
    }
  }

  private async existing(
    db: Kysely<Database>,
    link: MeetingLink,
  ): Promise<LinkOutcome | undefined> {
    const row = await db
      .selectFrom('meeting_links')
      .selectAll()
      .where('conversation_id', '=', link.conversationId)
      .executeTakeFirst();
    if (!row) return undefined;
    const same = row.session_id === link.sessionId && row.part === link.part;
    return { outcome: same ? 'already' : 'taken', link: toLink(row) };
  }

  /** Ids of scheduled sessions in scope that end after `since`, soonest first (at most 50). */
  async sessionIdsEndingAfter(since: Date, scope: SessionScope): Promise<string[]> {
    let query = this.db
      .selectFrom('sessions')
      .select('id')
      .where('status', '=', 'scheduled')
      .where('last_end_utc', '>', since.toISOString());
    if (!scope.all) {
      const f = scope.facilitator.toLowerCase();
      const regions = [...scope.regions];
      query = query.where((eb) =>
        eb.or([
          eb('union_facilitator', '=', f),
          eb('employer_facilitator', '=', f),
          ...(regions.length > 0 ? [eb('region', 'in', regions)] : []),
        ]),
      );
    }
    const rows = await query.orderBy('first_start_utc').limit(50).execute();
    return rows.map((r) => r.id);
  }
}
