import type { Deps } from '../deps.js';
import { formatDateTimeWithZone } from '../domain/time-format.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { RosterEntry } from '../store/roster-store.js';
import type { Session } from '../store/session-types.js';
import type { BotApp } from '../teams/bot.js';

/** The delivery kind of "a facilitator of this session was deactivated" notices. */
export const REASSIGN_DELIVERY = 'roster.reassign';

/**
 * Tells each upcoming session's region coordinators, in their 1:1 chat, that one of its
 * facilitators was deactivated and must be replaced. One notice per session, coordinator and
 * deactivation (the entry's version is in the key).
 */
export async function tellCoordinators(
  deps: Deps,
  facilitator: RosterEntry,
  sessions: readonly Session[],
): Promise<void> {
  for (const session of sessions) {
    const request = await deps.store.requests.byId(session.requestId);
    if (!request) continue;
    const coordinators = await deps.store.roster.coordinatorsOf(session.region);
    const staff =
      coordinators.length > 0 ? coordinators : await deps.store.roster.list('administrator');
    await deps.store.deliveries.enqueue(
      staff.map((person) => ({
        key: `reassign:${session.id}:${facilitator.aadObjectId}:${facilitator.version}:${person.aadObjectId}`,
        recipientAadId: person.aadObjectId,
        tenantId: request.tenantId,
        serviceUrl: request.serviceUrl,
        kind: REASSIGN_DELIVERY,
        payload: { sessionId: session.id, facilitator: facilitator.name },
      })),
      deps.clock.now(),
    );
  }
  deps.dispatcher.kick();
}

/** Registers how the notice is written, at send time, in the coordinator's language. */
export function register(_bot: BotApp, deps: Deps): void {
  deps.dispatcher.register(REASSIGN_DELIVERY, async (delivery) => {
    const { sessionId, facilitator } = delivery.payload as {
      sessionId: string;
      facilitator: string;
    };
    const session = await deps.store.sessions.byId(sessionId);
    if (!session) throw new Error(`session ${sessionId} no longer exists`);
    const person = await deps.store.people.get(delivery.recipientAadId);
    const language: Language = person?.language ?? 'en';
    const zone = person?.timeZone ?? session.timeZone;
    const t = stringsFor(language).admin;
    const start = session.parts[0]?.startUtc ?? new Date(0);
    return deps.messageCard(
      language,
      format(t.reassignTitle, { reference: session.reference }),
      format(t.reassignBody, {
        name: facilitator,
        reference: session.reference,
        topic: session.topicSnapshot.title[language],
        date: formatDateTimeWithZone(start, zone, language),
      }),
      'attention',
    );
  });
}
