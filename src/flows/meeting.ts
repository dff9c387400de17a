import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { canRunSession } from '../domain/access.js';
import { findReference } from '../domain/reference.js';
import { format } from '../i18n/i18n.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { agendaCard, sessionLanguages } from '../ui/agenda-view.js';
import { postPollHere } from './feedback.js';
import { choosePart, notice, type MeetingCommand } from './meeting-context.js';
import {
  MEETING_LINK,
  linkPress,
  offerCard,
  resolveChatSession,
  type ChatSession,
} from './meeting-link.js';

export { MEETING_LINK } from './meeting-link.js';

/** Posts the agenda in the chat, or the poll (see `postPollHere`). */
async function act(
  deps: Deps,
  command: MeetingCommand,
  turn: Turn,
  chat: ChatSession,
): Promise<AdaptiveCard | undefined> {
  if (command === 'feedback') return postPollHere(deps, turn, chat.session);
  const languages = sessionLanguages(chat.session);
  await turn.sendCard(await agendaCard(deps, chat.session, chat.part, languages));
  return undefined;
}

/**
 * `agenda [reference] [part]`: in a meeting chat, posts the linked session's agenda (linking
 * the chat first, see `resolveChatSession`). Elsewhere, with a reference, shows it to those
 * who run the session without linking anything.
 */
async function agendaCommand(deps: Deps, turn: Turn, argument: string): Promise<void> {
  if (turn.chat === 'meeting') {
    const chat = await resolveChatSession(deps, turn, argument, 'agenda');
    if (chat) await act(deps, 'agenda', turn, chat);
    return;
  }
  const reference = findReference(argument);
  const session = reference ? await deps.store.sessions.byReference(reference) : undefined;
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  let card: AdaptiveCard;
  if (!reference) card = await notice(deps, turn, (m) => format(m.which, { command: 'agenda' }));
  else if (!session) card = await notice(deps, turn, (m) => format(m.notFound, { reference }));
  else if (!canRunSession(roles, turn.userAadId, session))
    card = await notice(deps, turn, (m) => format(m.notAllowed, { reference }));
  else {
    const part = choosePart(session, argument, deps.clock.now());
    card = await agendaCard(deps, session, part, sessionLanguages(session));
  }
  await turn.sendCard(card);
}

/**
 * For the Teams layer's meeting-start event (teams-ai `app.meetings.start`): posts the linked
 * part's agenda in the meeting chat as the meeting starts. Does nothing in a chat not linked.
 */
export async function onMeetingStart(deps: Deps, turn: Turn): Promise<void> {
  const link = await deps.store.meetings.linkOf(turn.conversationId);
  const session = link ? await deps.store.sessions.byId(link.sessionId) : undefined;
  if (!link || session?.status !== 'scheduled') return;
  await turn.sendCard(await agendaCard(deps, session, link.part, sessionLanguages(session)));
}

/** Registers `agenda`/`ordre du jour`, the pick card's link button and their views. */
export function register(bot: BotApp, deps: Deps): void {
  bot.command(['agenda', 'ordre du jour'], (turn, argument) => agendaCommand(deps, turn, argument));
  // With the manifest's resource-specific consent, the agenda also goes up when the meeting starts.
  bot.meetingStart((turn) => onMeetingStart(deps, turn));
  bot.verb(MEETING_LINK, (turn, data) =>
    linkPress(deps, turn, data, (command, t, chat) => act(deps, command, t, chat)),
  );
  deps.views.register('agenda', async (turn, language, data) => {
    const session =
      typeof data.sessionId === 'string'
        ? await deps.store.sessions.byId(data.sessionId)
        : undefined;
    if (!session) return notice(deps, turn, (m) => format(m.notFound, { reference: '' }));
    return agendaCard(deps, session, Number(data.part), [language]);
  });
  deps.views.register('meeting.pick', (turn, language, data) =>
    offerCard(deps, turn, language, data.command === 'feedback' ? 'feedback' : 'agenda'),
  );
}
