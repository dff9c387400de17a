import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import {
  canManageRegion,
  canRunSession,
  coordinatedRegions,
  isAdministrator,
} from '../domain/access.js';
import { zoneName } from '../domain/time-zones.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { Session } from '../store/session-types.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { regionName } from '../ui/request-view.js';
import { sessionNotifications, type SessionRecipient } from '../ui/session-notification.js';
import { facilitatorNames, sessionTitle, sessionWhen } from '../ui/session-view.js';
import { helpCard } from './help.js';
import { cancelTeamsMeeting } from './schedule-meeting.js';
import { sendNow } from './prereading-send.js';
import { prereadingStatus, prereadingStatusLines } from '../ui/prereading-status.js';

/** Shows the upcoming sessions (from the help card). */
export const SESSIONS_SHOW = 'sessions.show';
/** Cancels a scheduled session (coordinators of its region, administrators). */
export const SESSIONS_CANCEL = 'sessions.cancel';

async function listCard(
  deps: Deps,
  turn: Turn,
  language: Language,
  notice = '',
  noticeColor = 'Default',
): Promise<AdaptiveCard> {
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  const facilitator = roles.some((r) => r.role === 'facilitator');
  const regions = coordinatedRegions(roles);
  const admin = isAdministrator(roles);
  if (!admin && regions.length === 0 && !facilitator) return helpCard(deps, turn, language);
  const t = stringsFor(language);
  const now = deps.clock.now();
  const sessions = await deps.store.sessions.upcoming(
    now,
    admin
      ? {}
      : {
          ...(regions.length > 0 ? { regions } : {}),
          ...(facilitator ? { facilitator: turn.userAadId } : {}),
        },
  );
  const zone =
    (await deps.store.people.get(turn.userAadId))?.timeZone ??
    turn.clientTimeZone ??
    'America/Toronto';
  const items = [];
  for (const session of sessions) {
    const registered = await deps.store.registrations.count(session.id);
    items.push({
      id: session.id,
      heading: `${session.reference} · ${sessionTitle(session, language)}`,
      facts: [
        ...sessionWhen(session, zone, language).map((value) => ({ title: t.session.when, value })),
        { title: t.common.region, value: regionName(session.region, language) },
        { title: t.session.facilitators, value: await facilitatorNames(deps, session) },
        {
          title: t.session.seats,
          value: format(t.session.registered, { count: registered, capacity: session.capacity }),
        },
        ...(session.topicSnapshot.preReading
          ? prereadingStatusLines(await prereadingStatus(deps, session), language).map((value) => ({
              title: t.prereading.reading,
              value,
            }))
          : []),
      ],
      manage: canManageRegion(roles, session.region),
      canSend:
        session.topicSnapshot.preReading !== null && canRunSession(roles, turn.userAadId, session),
      confirmText: format(t.sessions.cancelConfirm, { reference: session.reference }),
    });
  }
  return deps.cards.render('sessions', {
    t,
    zoneNote: format(t.queue.yourZone, { zone: zoneName(zone, now, language) }),
    notice,
    noticeColor,
    sessions: items,
  });
}

async function cancelRecipients(
  deps: Deps,
  turn: Turn,
  session: Session,
): Promise<SessionRecipient[]> {
  const request = await deps.store.requests.byId(session.requestId);
  const coordinators = await deps.store.roster.coordinatorsOf(session.region);
  const registrants = await deps.store.registrations.registrants(session.id);
  return [
    ...(request ? [{ aadObjectId: request.requesterAadId, audience: 'requester' as const }] : []),
    { aadObjectId: session.unionFacilitator, audience: 'facilitator' as const },
    { aadObjectId: session.employerFacilitator, audience: 'facilitator' as const },
    ...coordinators
      .filter((c) => c.aadObjectId !== turn.userAadId)
      .map((c) => ({ aadObjectId: c.aadObjectId, audience: 'coordinator' as const })),
    ...registrants.map((r) => ({ aadObjectId: r.aadObjectId, audience: 'participant' as const })),
  ];
}

async function cancel(
  deps: Deps,
  turn: Turn,
  data: Record<string, unknown>,
): Promise<AdaptiveCard> {
  const language = await deps.languageOf(turn);
  const t = stringsFor(language);
  const session =
    typeof data.sessionId === 'string' ? await deps.store.sessions.byId(data.sessionId) : undefined;
  if (!session) return listCard(deps, turn, language, t.invitation.notFound, 'Attention');
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  if (!canManageRegion(roles, session.region)) {
    deps.logger.warn(
      { user: turn.userAadId, session: session.reference },
      'cancel refused: not a coordinator of the region',
    );
    const text = format(t.sessions.notAllowed, { region: regionName(session.region, language) });
    return deps.messageCard(language, t.app.name, text, 'attention');
  }
  const people = await cancelRecipients(deps, turn, session);
  const where = { tenantId: turn.tenantId, serviceUrl: turn.serviceUrl };
  const result = await deps.store.sessions.cancel(
    session.id,
    turn.userAadId,
    deps.clock.now(),
    (s) => sessionNotifications(s, 'cancelled', people, where),
  );
  // A second press finds the session cancelled already: the same answer, nothing more sent.
  if (result.outcome === 'changed') {
    deps.dispatcher.kick();
    await cancelTeamsMeeting(deps, session.meetingEventId, session.coordinatorAadId);
  }
  return listCard(
    deps,
    turn,
    language,
    format(t.sessions.cancelled, { reference: session.reference }),
    'Good',
  );
}

/** Sends a session's pre-reading now, from the sessions card. */
export const SESSIONS_SEND_PREREADING = 'sessions.sendPrereading';

/** Registers `sessions`/`séances` (upcoming sessions with registrations) and cancelling from it. */
export function register(bot: BotApp, deps: Deps): void {
  bot.command(['sessions', 'séances'], async (turn) => {
    await turn.sendCard(await listCard(deps, turn, await deps.languageOf(turn)));
  });
  bot.verb(SESSIONS_SHOW, async (turn) => listCard(deps, turn, await deps.languageOf(turn)));
  bot.verb(SESSIONS_CANCEL, (turn, data) => cancel(deps, turn, data));
  bot.verb(SESSIONS_SEND_PREREADING, async (turn, data) => {
    const language = await deps.languageOf(turn);
    const sessionId = typeof data.sessionId === 'string' ? data.sessionId : '';
    const result = await sendNow(deps, turn, language, { sessionId });
    const color = result.tone === 'attention' ? 'Attention' : 'Good';
    return listCard(deps, turn, language, result.text, color);
  });
  deps.views.register('sessions', (turn, language) => listCard(deps, turn, language));
}
