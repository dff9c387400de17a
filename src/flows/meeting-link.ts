import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { canRunSession, coordinatedRegions, isAdministrator } from '../domain/access.js';
import { todayIn } from '../domain/dates.js';
import { findReference } from '../domain/reference.js';
import { format, type Language } from '../i18n/i18n.js';
import type { Session } from '../store/session-types.js';
import type { Turn } from '../teams/turn.js';
import { meetingPickCard, type PickOption } from '../ui/meeting-pick-view.js';
import { choosePart, notice, type MeetingCommand } from './meeting-context.js';

/** Links the meeting chat to the pressed session part, then posts the agenda or the poll. */
export const MEETING_LINK = 'meeting.link';

/** The session (and part) a meeting chat is about. */
export interface ChatSession {
  session: Session;
  part: number;
}

/** Does the command in the chat once linked; returns the presser's card when it could not. */
export type MeetingAction = (
  command: MeetingCommand,
  turn: Turn,
  chat: ChatSession,
) => Promise<AdaptiveCard | undefined>;

const DAY_AND_A_HALF_MS = 36 * 60 * 60 * 1000;

/** The sender's session parts from today on (in each session's zone), soonest first, at most 10. */
async function optionsFor(deps: Deps, turn: Turn): Promise<PickOption[] | undefined> {
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  if (roles.length === 0) return undefined;
  const now = deps.clock.now();
  const ids = await deps.store.meetings.sessionIdsEndingAfter(
    new Date(now.getTime() - DAY_AND_A_HALF_MS),
    {
      all: isAdministrator(roles),
      regions: coordinatedRegions(roles),
      facilitator: turn.userAadId,
    },
  );
  const options: PickOption[] = [];
  for (const id of ids) {
    const session = await deps.store.sessions.byId(id);
    if (!session || !canRunSession(roles, turn.userAadId, session)) continue;
    const today = todayIn(session.timeZone, now);
    for (const part of session.parts.filter((p) => p.date >= today))
      options.push({ session, part });
  }
  return options.slice(0, 10);
}

/** The pick card for the sender, or why they get none (not staff, no sessions). */
export async function offerCard(
  deps: Deps,
  turn: Turn,
  language: Language,
  command: MeetingCommand,
): Promise<AdaptiveCard> {
  const options = await optionsFor(deps, turn);
  if (!options) return notice(deps, turn, (m) => m.notStaff);
  if (options.length === 0) return notice(deps, turn, (m) => m.noSessions);
  return meetingPickCard(deps, language, command, options);
}

async function linkedSession(deps: Deps, turn: Turn, argument: string) {
  const link = await deps.store.meetings.linkOf(turn.conversationId);
  if (!link) return undefined;
  const session = await deps.store.sessions.byId(link.sessionId);
  const reference = findReference(argument);
  return { link, session, named: reference };
}

async function linkNamed(
  deps: Deps,
  turn: Turn,
  reference: string,
  argument: string,
): Promise<ChatSession | AdaptiveCard> {
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  if (roles.length === 0) return notice(deps, turn, (m) => m.notStaff);
  const session = await deps.store.sessions.byReference(reference);
  if (!session) return notice(deps, turn, (m) => format(m.notFound, { reference }));
  if (!canRunSession(roles, turn.userAadId, session))
    return notice(deps, turn, (m) => format(m.notAllowed, { reference }));
  if (session.status !== 'scheduled')
    return notice(deps, turn, (m) => format(m.notScheduled, { reference }));
  const now = deps.clock.now();
  const part = choosePart(session, argument, now);
  const linked = await deps.store.meetings.link(
    {
      conversationId: turn.conversationId,
      sessionId: session.id,
      part,
      conversationReference: turn.conversationReference(),
    },
    turn.userAadId,
    now,
  );
  if (linked.outcome === 'taken') {
    const other = await deps.store.sessions.byId(linked.link.sessionId);
    return notice(deps, turn, (m) => format(m.taken, { reference: other?.reference ?? '' }));
  }
  return { session, part };
}

function isCard(answer: ChatSession | AdaptiveCard): answer is AdaptiveCard {
  return 'type' in answer;
}

/**
 * The session a meeting-chat command is about: the chat's linked session (for those who run
 * it), or the one named (the chat is then linked to it); else the sender is offered their
 * sessions from today on. Returns undefined when it has answered in the chat instead.
 */
export async function resolveChatSession(
  deps: Deps,
  turn: Turn,
  argument: string,
  command: MeetingCommand,
): Promise<ChatSession | undefined> {
  const linked = await linkedSession(deps, turn, argument);
  let answer: ChatSession | AdaptiveCard;
  if (linked?.session) {
    const { session } = linked;
    const roles = await deps.store.roster.rolesOf(turn.userAadId);
    const { reference } = session;
    if (!canRunSession(roles, turn.userAadId, session))
      answer = await notice(deps, turn, (m) => format(m.notAllowed, { reference }));
    else if (linked.named && linked.named !== reference)
      answer = await notice(deps, turn, (m) => format(m.taken, { reference }));
    else return { session, part: linked.link.part };
  } else {
    const reference = findReference(argument);
    if (reference) answer = await linkNamed(deps, turn, reference, argument);
    else answer = await offerCard(deps, turn, await deps.languageOf(turn), command);
  }
  if (!isCard(answer)) return answer;
  await turn.sendCard(answer);
  return undefined;
}

/**
 * A press on the pick card: links the chat (once: a second press, by anyone, finds it linked
 * and gets the same answer without anything posted again), then does the command in the chat.
 */
export async function linkPress(
  deps: Deps,
  turn: Turn,
  data: Record<string, unknown>,
  act: MeetingAction,
): Promise<AdaptiveCard> {
  const command: MeetingCommand = data.command === 'feedback' ? 'feedback' : 'agenda';
  const session =
    typeof data.sessionId === 'string' ? await deps.store.sessions.byId(data.sessionId) : undefined;
  if (!session || turn.chat !== 'meeting') return notice(deps, turn, (m) => m.notStaff);
  const { reference } = session;
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  if (!canRunSession(roles, turn.userAadId, session))
    return notice(deps, turn, (m) => format(m.notAllowed, { reference }));
  if (session.status !== 'scheduled')
    return notice(deps, turn, (m) => format(m.notScheduled, { reference }));
  const part = session.parts.find((p) => p.part === Number(data.part))?.part ?? 1;
  const linked = await deps.store.meetings.link(
    {
      conversationId: turn.conversationId,
      sessionId: session.id,
      part,
      conversationReference: turn.conversationReference(),
    },
    turn.userAadId,
    deps.clock.now(),
  );
  if (linked.outcome === 'taken') {
    const other = await deps.store.sessions.byId(linked.link.sessionId);
    return notice(deps, turn, (m) => format(m.taken, { reference: other?.reference ?? '' }));
  }
  const refusal =
    linked.outcome === 'linked' ? await act(command, turn, { session, part }) : undefined;
  if (refusal) return refusal;
  const done = (m: { linkedAgenda: string; linkedFeedback: string }) =>
    format(command === 'agenda' ? m.linkedAgenda : m.linkedFeedback, { reference });
  return notice(deps, turn, done, 'good');
}
