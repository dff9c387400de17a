import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { respondentKey, responseDay } from '../domain/feedback-anonymity.js';
import { parseFeedbackPayload } from '../domain/feedback.js';
import { scrubComment } from '../domain/feedback-scrub.js';
import type { Language } from '../i18n/i18n.js';
import type { Poll, SubmitOutcome } from '../store/feedback-store.js';
import type { Session } from '../store/session-types.js';
import type { Turn } from '../teams/turn.js';
import { feedbackCard, thanksCard } from '../ui/feedback-view.js';
import { notice, secureShuffle } from './meeting-context.js';

/** The person's keys: who (per session), and which card message they pressed. */
async function keysOf(deps: Deps, session: Session, turn: Turn) {
  const secret = await deps.store.feedback.secret(deps.config.FEEDBACK_SECRET);
  const key = respondentKey(secret, session.id, turn.userAadId);
  let cardKey: string | null = null;
  try {
    // The same hash, over the card message too: only this person pressing this card again matches.
    if (turn.replyToId)
      cardKey = respondentKey(secret, `${session.id}/${turn.replyToId}`, turn.userAadId);
  } catch {
    cardKey = null;
  }
  return { key, cardKey };
}

function isOpen(poll: Poll | undefined, now: Date): poll is Poll {
  return poll !== undefined && poll.openedAt <= now && now < poll.closesAt;
}

/** Whether this person has answered already, and whether from this very card. */
async function answered(
  deps: Deps,
  keys: { key: string; cardKey: string | null },
): Promise<SubmitOutcome | undefined> {
  const first = await deps.store.feedback.respondent(keys.key);
  if (!first) return undefined;
  return keys.cardKey !== null && first.cardKey === keys.cardKey ? 'again' : 'already';
}

/**
 * A press on the poll's submit button. The card is replaced, for the presser only, by the
 * thanks card; a second answer is refused with it ("only the first counts") and not stored; a
 * double click gets the first press's answer. Nothing logged names the person with an answer.
 */
export async function submitFeedback(
  deps: Deps,
  turn: Turn,
  data: Record<string, unknown>,
): Promise<AdaptiveCard> {
  const language = await deps.languageOf(turn);
  const session =
    typeof data.sessionId === 'string' ? await deps.store.sessions.byId(data.sessionId) : undefined;
  if (!session) return notice(deps, turn, (m) => m.closedTitle);
  const now = deps.clock.now();
  const poll = await deps.store.feedback.poll(session.id);
  if (!isOpen(poll, now)) return thanksCard(deps, session, [language], 'closed');
  const keys = await keysOf(deps, session, turn);
  const earlier = await answered(deps, keys);
  if (earlier) return thanksCard(deps, session, [language], earlier);
  const parsed = parseFeedbackPayload(data);
  if (!parsed.ok) {
    return feedbackCard(deps, session, [language], poll.closesAt, {
      values: data,
      errors: parsed.errors,
    });
  }
  const outcome = await deps.store.feedback.submit(
    {
      sessionId: session.id,
      respondentKey: keys.key,
      cardKey: keys.cardKey,
      day: responseDay(now, session.timeZone),
      answers: { ...parsed.answers, comment: scrubComment(parsed.answers.comment) },
      thresholds: {
        minResponses: deps.config.FEEDBACK_MIN_RESPONSES,
        minComments: deps.config.FEEDBACK_MIN_COMMENTS,
      },
      shuffle: secureShuffle,
    },
    now,
  );
  return thanksCard(deps, session, [language], outcome);
}

/** The poll (or the thanks card, once answered) again in another language. */
export async function feedbackView(
  deps: Deps,
  turn: Turn,
  language: Language,
  data: Record<string, unknown>,
): Promise<AdaptiveCard> {
  const session =
    typeof data.sessionId === 'string' ? await deps.store.sessions.byId(data.sessionId) : undefined;
  if (!session) return notice(deps, turn, (m) => m.closedTitle);
  const poll = await deps.store.feedback.poll(session.id);
  if (!isOpen(poll, deps.clock.now())) return thanksCard(deps, session, [language], 'closed');
  const earlier = await answered(deps, await keysOf(deps, session, turn));
  if (earlier) return thanksCard(deps, session, [language], 'stored');
  return feedbackCard(deps, session, [language], poll.closesAt);
}
