import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { canRunSession } from '../domain/access.js';
import { findReference } from '../domain/reference.js';
import { formatDate } from '../domain/time-format.js';
import { format } from '../i18n/i18n.js';
import type { Delivery } from '../store/delivery-store.js';
import type { Session } from '../store/session-types.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { sessionLanguages } from '../ui/agenda-view.js';
import { feedbackCard } from '../ui/feedback-view.js';
import { JOB_FEEDBACK } from '../jobs/session-jobs.js';
import { FEEDBACK_DELIVERY, ensurePoll, openPoll, type PollOutcome } from './feedback-poll.js';
import { feedbackView, submitFeedback } from './feedback-submit.js';
import { notice, recipientLanguages } from './meeting-context.js';
import { resolveChatSession } from './meeting-link.js';

export { FEEDBACK_DELIVERY, openPoll, pollDeliveryKey } from './feedback-poll.js';
export type { ChatPost, PollOutcome, PollReason } from './feedback-poll.js';

/** Submits the anonymous poll (the card refreshes for the presser only). */
export const FEEDBACK_SUBMIT = 'feedback.submit';

type Refused = Exclude<PollOutcome, { outcome: 'opened' | 'alreadyOpen' }>;

function isOpen(result: PollOutcome): result is Exclude<PollOutcome, Refused> {
  return result.outcome === 'opened' || result.outcome === 'alreadyOpen';
}

/** What to tell the facilitator when the poll could not be opened. */
async function refusal(
  deps: Deps,
  turn: Turn,
  session: Session,
  result: Refused,
): Promise<AdaptiveCard> {
  const { reference } = session;
  const language = await deps.languageOf(turn);
  switch (result.outcome) {
    case 'notStarted':
      return notice(deps, turn, (m) => format(m.notStarted, { reference }));
    case 'notScheduled':
    case 'notFound':
      return notice(deps, turn, (m) => format(m.notScheduled, { reference }));
    case 'closed': {
      const date = formatDate(result.poll.closesAt, session.timeZone, language);
      return notice(deps, turn, (m) => format(m.pollClosed, { reference, date }));
    }
  }
}

/**
 * Opens the poll and posts it in this (linked) meeting chat, in the session's language(s); the
 * registered participants get it 1:1 too. Returns the refusal when it could not.
 */
export async function postPollHere(
  deps: Deps,
  turn: Turn,
  session: Session,
): Promise<AdaptiveCard | undefined> {
  const result = await ensurePoll(deps, session, turn.userAadId, 'facilitator');
  if (!isOpen(result)) return refusal(deps, turn, session, result);
  await turn.sendCard(feedbackCard(deps, session, sessionLanguages(session), result.poll.closesAt));
  await deps.store.feedback.markChatPosted(session.id, deps.clock.now());
  return undefined;
}

/** `feedback [reference]` outside a meeting chat: opens the poll, sent 1:1 to participants. */
async function openElsewhere(deps: Deps, turn: Turn, argument: string): Promise<AdaptiveCard> {
  const reference = findReference(argument);
  if (!reference)
    return notice(deps, turn, (m) => format(m.which, { command: 'feedback' }), 'default');
  const session = await deps.store.sessions.byReference(reference);
  if (!session) return notice(deps, turn, (m) => format(m.notFound, { reference }));
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  if (!canRunSession(roles, turn.userAadId, session))
    return notice(deps, turn, (m) => format(m.notAllowed, { reference }));
  const result = await ensurePoll(deps, session, turn.userAadId, 'facilitator');
  if (!isOpen(result)) return refusal(deps, turn, session, result);
  const language = await deps.languageOf(turn);
  const date = formatDate(result.poll.closesAt, session.timeZone, language);
  const count = result.invited;
  return notice(deps, turn, (m) => format(m.pollOpened, { reference, date, count }), 'good');
}

async function feedbackCommand(deps: Deps, turn: Turn, argument: string): Promise<void> {
  if (turn.chat !== 'meeting') {
    await turn.sendCard(await openElsewhere(deps, turn, argument));
    return;
  }
  const chat = await resolveChatSession(deps, turn, argument, 'feedback');
  if (!chat) return;
  const refused = await postPollHere(deps, turn, chat.session);
  if (refused) await turn.sendCard(refused);
}

async function renderPoll(deps: Deps, delivery: Delivery): Promise<AdaptiveCard> {
  const session = await deps.store.sessions.byId(String(delivery.payload.sessionId));
  const poll = session ? await deps.store.feedback.poll(session.id) : undefined;
  if (!session || !poll) throw new Error('the poll or its session no longer exists');
  const languages = await recipientLanguages(deps, delivery.recipientAadId);
  return feedbackCard(deps, session, languages, poll.closesAt);
}

/** Registers `feedback`/`rétroaction`, the poll's submit button, its view and its 1:1 delivery. */
export function register(bot: BotApp, deps: Deps): void {
  bot.command(['feedback', 'rétroaction'], (turn, argument) =>
    feedbackCommand(deps, turn, argument),
  );
  // The sender of an answer is not recorded (no "last seen" time beside the response).
  bot.verb(FEEDBACK_SUBMIT, (turn, data) => submitFeedback(deps, turn, data), {
    recordSender: false,
  });
  deps.views.register('feedback', (turn, language, data) =>
    feedbackView(deps, turn, language, data),
  );
  deps.dispatcher.register(FEEDBACK_DELIVERY, (delivery) => renderPoll(deps, delivery));
  // When the linked meeting ends, the poll opens in its chat (and 1:1 to registrants).
  bot.meetingEnd(async (turn) => {
    const link = await deps.store.meetings.linkOf(turn.conversationId);
    if (!link) return;
    await openPoll(deps, link.sessionId, 'scheduledEnd', {
      post: (reference, card) => deps.postToConversation(reference, card),
    });
  });
  // At the scheduled end, the poll opens by itself (in the linked chat, and 1:1 to registrants).
  deps.jobs.register(JOB_FEEDBACK, async (job) => {
    await openPoll(deps, job.subjectId, 'scheduledEnd', {
      post: (reference, card) => deps.postToConversation(reference, card),
    });
  });
}
