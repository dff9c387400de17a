import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { summarise } from '../domain/feedback-results.js';
import type { NewDelivery } from '../store/delivery-store.js';
import type { Poll } from '../store/feedback-store.js';
import type { Session } from '../store/session-types.js';
import { sessionLanguages } from '../ui/agenda-view.js';
import { feedbackCard } from '../ui/feedback-view.js';
import { origin, secureShuffle } from './meeting-context.js';

/** The delivery kind of the poll sent 1:1 to each registered participant. */
export const FEEDBACK_DELIVERY = 'feedback.poll';

/** Why a poll opens: a facilitator's `feedback`, or the job at the session's scheduled end. */
export type PollReason = 'facilitator' | 'scheduledEnd';

/** Posts a card into a conversation by its stored reference (a proactive send). */
export type ChatPost = (conversationReference: unknown, card: AdaptiveCard) => Promise<void>;

/** What opening a poll did. */
export type PollOutcome =
  | { outcome: 'opened' | 'alreadyOpen'; poll: Poll; invited: number }
  | { outcome: 'closed'; poll: Poll }
  | { outcome: 'notStarted' | 'notScheduled' | 'notFound' };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The delivery key of a participant's poll: one per (session, person, 'feedback'). */
export const pollDeliveryKey = (sessionId: string, aadObjectId: string): string =>
  `feedback:${sessionId}:${aadObjectId.toLowerCase()}`;

/**
 * Opens a session's poll once (later calls find it open, or closed after FEEDBACK_OPEN_DAYS)
 * and queues it 1:1 to every registered participant, in the same transaction. Refused before
 * the session has started or once it is cancelled.
 */
export async function ensurePoll(
  deps: Deps,
  session: Session,
  openedBy: string,
  reason: PollReason,
): Promise<PollOutcome> {
  const now = deps.clock.now();
  if (session.status !== 'scheduled') return { outcome: 'notScheduled' };
  const start = session.parts[0]?.startUtc;
  if (!start || now < start) return { outcome: 'notStarted' };
  const registrants = await deps.store.registrations.registrants(session.id);
  const where = await origin(deps, session);
  const deliveries: NewDelivery[] = registrants.map((r) => ({
    key: pollDeliveryKey(session.id, r.aadObjectId),
    recipientAadId: r.aadObjectId,
    ...where,
    kind: FEEDBACK_DELIVERY,
    payload: { sessionId: session.id },
  }));
  const thresholds = {
    minResponses: deps.config.FEEDBACK_MIN_RESPONSES,
    minComments: deps.config.FEEDBACK_MIN_COMMENTS,
  };
  const { created, poll } = await deps.store.feedback.open(
    {
      sessionId: session.id,
      closesAt: new Date(now.getTime() + deps.config.FEEDBACK_OPEN_DAYS * DAY_MS),
      openedBy,
      reason,
      empty: summarise([], [], thresholds, secureShuffle),
    },
    deliveries,
    now,
  );
  if (created) {
    deps.logger.info(
      { session: session.reference, reason, invited: deliveries.length },
      'feedback poll opened',
    );
    deps.dispatcher.kick();
  }
  if (now >= poll.closesAt) return { outcome: 'closed', poll };
  return { outcome: created ? 'opened' : 'alreadyOpen', poll, invited: deliveries.length };
}

/**
 * Opens a session's poll (see `ensurePoll`) and, given `post`, posts it once in the chat linked
 * to the session's last linked part. For the job at the scheduled end (`reason:
 * 'scheduledEnd'`): a failed post throws, so the job retries it; nothing is queued twice.
 */
export async function openPoll(
  deps: Deps,
  sessionId: string,
  reason: PollReason,
  options: { actor?: string; post?: ChatPost } = {},
): Promise<PollOutcome> {
  const session = await deps.store.sessions.byId(sessionId);
  if (!session) return { outcome: 'notFound' };
  const actor = options.actor ?? (reason === 'scheduledEnd' ? 'schedule' : 'unknown');
  const result = await ensurePoll(deps, session, actor, reason);
  if (result.outcome !== 'opened' && result.outcome !== 'alreadyOpen') return result;
  const chat = (await deps.store.meetings.linksOf(session.id)).at(-1);
  if (options.post && chat && !result.poll.chatPostedAt) {
    const card = feedbackCard(deps, session, sessionLanguages(session), result.poll.closesAt);
    await options.post(chat.conversationReference, card);
    await deps.store.feedback.markChatPosted(session.id, deps.clock.now());
  }
  return result;
}
