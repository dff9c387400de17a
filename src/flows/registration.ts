import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { canRunSession } from '../domain/access.js';
import { findReference } from '../domain/reference.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { Delivery } from '../store/delivery-store.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { invitationCard, seatsLine } from '../ui/invitation-view.js';
import { prereadingDelivery } from '../ui/prereading-view.js';
import { prereadingSent } from './prereading.js';
import { zoneFor } from '../ui/session-view.js';

/** Registers the presser for a session from its invitation card. */
export const REGISTRATION_JOIN = 'registration.join';
/** Withdraws the presser's registration. */
export const REGISTRATION_LEAVE = 'registration.leave';
/** The delivery kind of the invitation card sent to the requester. */
export const SESSION_INVITATION = 'session.invitation';

async function press(
  deps: Deps,
  turn: Turn,
  data: Record<string, unknown>,
  join: boolean,
): Promise<AdaptiveCard> {
  const language = await deps.languageOf(turn);
  const t = stringsFor(language);
  const session =
    typeof data.sessionId === 'string' ? await deps.store.sessions.byId(data.sessionId) : undefined;
  if (!session) return deps.messageCard(language, t.app.name, t.invitation.notFound, 'attention');
  const now = deps.clock.now();
  const viewerZone = await zoneFor(deps, turn.userAadId, session.timeZone);
  if (!join) {
    const left = await deps.store.registrations.leave(session.id, turn.userAadId, now);
    const status = format(t.invitation.left, { seats: await seatsLine(deps, session, language) });
    if (left) deps.logger.info({ session: session.reference }, 'registration withdrawn');
    return invitationCard(deps, session, {
      language,
      status,
      statusColor: 'Default',
      registered: false,
      viewerZone,
    });
  }
  // Someone registering after the pre-reading went out gets it at once, in the same transaction.
  const late = session.topicSnapshot.preReading !== null && (await prereadingSent(deps, session));
  const request = await deps.store.requests.byId(session.requestId);
  const where = {
    tenantId: request?.tenantId ?? turn.tenantId,
    serviceUrl: request?.serviceUrl ?? turn.serviceUrl,
  };
  const result = await deps.store.registrations.register(
    session.id,
    { aadObjectId: turn.userAadId, name: turn.userName },
    now,
    () => (late ? [prereadingDelivery(session, turn.userAadId, where)] : []),
  );
  const seats = await seatsLine(deps, session, language);
  const states = {
    registered: {
      status: format(t.invitation.registered, { seats }),
      color: 'Good',
      registered: true,
    },
    already: { status: format(t.invitation.already, { seats }), color: 'Good', registered: true },
    full: { status: t.invitation.full, color: 'Attention', registered: false },
    closed: { status: t.invitation.closed, color: 'Attention', registered: false },
    notFound: { status: t.invitation.notFound, color: 'Attention', registered: false },
  } as const;
  const state = states[result.outcome];
  if (result.outcome === 'registered') deps.dispatcher.kick();
  return invitationCard(deps, session, {
    language,
    status: state.status,
    statusColor: state.color,
    registered: state.registered,
    viewerZone,
  });
}

async function invite(deps: Deps, turn: Turn, argument: string): Promise<void> {
  const language = await deps.languageOf(turn);
  const t = stringsFor(language);
  const reference = findReference(argument);
  const session = reference ? await deps.store.sessions.byReference(reference) : undefined;
  if (!session) {
    await turn.sendCard(
      deps.messageCard(
        language,
        t.app.name,
        reference ? t.invitation.notFound : t.invitation.which,
        'attention',
      ),
    );
    return;
  }
  const request = await deps.store.requests.byId(session.requestId);
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  if (
    request?.requesterAadId !== turn.userAadId &&
    !canRunSession(roles, turn.userAadId, session)
  ) {
    await turn.sendCard(
      deps.messageCard(language, t.app.name, t.invitation.notAllowed, 'attention'),
    );
    return;
  }
  await turn.sendCard(
    await invitationCard(deps, session, {
      language,
      status: '',
      statusColor: 'Default',
      registered: false,
    }),
  );
}

async function renderInvitation(deps: Deps, delivery: Delivery): Promise<AdaptiveCard> {
  const sessionId = String(delivery.payload.sessionId);
  const session = await deps.store.sessions.byId(sessionId);
  if (!session) throw new Error(`session ${sessionId} no longer exists`);
  const person = await deps.store.people.get(delivery.recipientAadId);
  // A first message to someone whose language is unknown is bilingual, English first.
  const language: Language[] = person?.language ? [person.language] : ['en', 'fr'];
  const banner = language
    .map((l) => format(stringsFor(l).session.requesterNote, { reference: session.reference }))
    .join('\n\n');
  const registered = await deps.store.registrations.isRegistered(
    session.id,
    delivery.recipientAadId,
  );
  return invitationCard(deps, session, {
    language,
    status: '',
    statusColor: 'Default',
    registered,
    banner,
  });
}

/** Registers invitations (`invite <reference>` posts the card in the chat) and registration. */
export function register(bot: BotApp, deps: Deps): void {
  bot.command(['invite', 'inviter', 'invitation'], (turn, argument) =>
    invite(deps, turn, argument),
  );
  bot.verb(REGISTRATION_JOIN, (turn, data) => press(deps, turn, data, true));
  bot.verb(REGISTRATION_LEAVE, (turn, data) => press(deps, turn, data, false));
  deps.dispatcher.register(SESSION_INVITATION, (delivery) => renderInvitation(deps, delivery));
}
