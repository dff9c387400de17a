import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { Delivery, NewDelivery } from '../store/delivery-store.js';
import type { Session } from '../store/session-types.js';
import {
  calendarUrl,
  facilitatorNames,
  sessionTitle,
  sessionWhen,
  zoneFor,
} from './session-view.js';

/** The delivery kind of session news (scheduled, rescheduled, cancelled). */
export const SESSION_NOTIFY = 'session.notify';

/** What happened to a session. */
export type SessionEvent = 'scheduled' | 'rescheduled' | 'cancelled';

/** Who a notice is for: the requester gets how to invite their team. */
export type SessionAudience = 'requester' | 'facilitator' | 'coordinator' | 'participant';

/** A person to tell, and in which capacity. */
export interface SessionRecipient {
  aadObjectId: string;
  audience: SessionAudience;
}

/** One notice per person (the first capacity wins when someone holds two), keyed per event and sequence. */
export function sessionNotifications(
  session: Session,
  event: SessionEvent,
  recipients: SessionRecipient[],
  where: { tenantId: string; serviceUrl: string },
): NewDelivery[] {
  const seen = new Set<string>();
  return recipients.flatMap((r) => {
    const id = r.aadObjectId.toLowerCase();
    if (seen.has(id)) return [];
    seen.add(id);
    return [
      {
        key: `session:${session.id}:${event}:${session.sequence}:${id}`,
        recipientAadId: id,
        tenantId: where.tenantId,
        serviceUrl: where.serviceUrl,
        kind: SESSION_NOTIFY,
        payload: { sessionId: session.id, event, audience: r.audience },
      },
    ];
  });
}

async function section(
  deps: Deps,
  session: Session,
  event: SessionEvent,
  audience: SessionAudience,
  zone: string,
  language: Language,
) {
  const t = stringsFor(language);
  const topic = sessionTitle(session, language);
  const titles = {
    scheduled: t.session.scheduledTitle,
    rescheduled: t.session.rescheduledTitle,
    cancelled: t.session.cancelledTitle,
  };
  const registered = await deps.store.registrations.count(session.id);
  const note =
    event === 'cancelled'
      ? t.session.cancelledNote
      : audience === 'requester'
        ? format(t.session.requesterNote, { reference: session.reference })
        : '';
  return {
    title: format(titles[event], { topic }),
    color: event === 'cancelled' ? 'Attention' : 'Good',
    note,
    facts: [
      { title: t.common.reference, value: session.reference },
      ...sessionWhen(session, zone, language).map((value) => ({ title: t.session.when, value })),
      { title: t.session.facilitators, value: await facilitatorNames(deps, session) },
      {
        title: t.session.seats,
        value: format(t.session.registered, { count: registered, capacity: session.capacity }),
      },
    ],
    joinUrl: event === 'cancelled' ? '' : (session.joinUrl ?? ''),
    joinTitle: t.session.join,
    noLink: event !== 'cancelled' && !session.joinUrl ? t.session.noLink : '',
    calendarLinks:
      event === 'cancelled' || !deps.config.PUBLIC_URL
        ? []
        : session.parts.map((part) => ({
            title:
              session.parts.length > 1
                ? `${t.session.calendar} (${format(t.session.part, { part: part.part })})`
                : t.session.calendar,
            url: calendarUrl(
              deps.config.PUBLIC_URL,
              session,
              session.parts.length > 1 ? part.part : undefined,
            ),
          })),
  };
}

/** Renders session news for one person, in their language and zone (both languages when unknown). */
export async function renderSessionCard(
  deps: Deps,
  session: Session,
  event: SessionEvent,
  audience: SessionAudience,
  recipientAadId: string,
  languages: Language[],
  banner = '',
): Promise<AdaptiveCard> {
  const zone = await zoneFor(deps, recipientAadId, session.timeZone);
  const sections = [];
  for (const language of languages)
    sections.push(await section(deps, session, event, audience, zone, language));
  return deps.cards.render('session-notification', {
    lang: languages[0] ?? 'en',
    banner,
    sections,
  });
}

/** Renders a queued session notice at send time. */
export async function renderSessionNotification(
  deps: Deps,
  delivery: Delivery,
): Promise<AdaptiveCard> {
  const { sessionId, event, audience } = delivery.payload as {
    sessionId: string;
    event: SessionEvent;
    audience: SessionAudience;
  };
  const session = await deps.store.sessions.byId(sessionId);
  if (!session) throw new Error(`session ${sessionId} no longer exists`);
  const person = await deps.store.people.get(delivery.recipientAadId);
  const languages: Language[] = person?.language ? [person.language] : ['en', 'fr'];
  return renderSessionCard(deps, session, event, audience, delivery.recipientAadId, languages);
}
