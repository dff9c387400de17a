import type { Locator } from 'playwright-core';
import { FEEDBACK_DELIVERY, pollDeliveryKey } from '../../../src/flows/feedback.js';
import { meetingEn as en } from '../../../src/i18n/meeting.en.js';
import type { RunningBot } from '../../../src/main.js';
import type { Person } from '../../../src/store/people-store.js';

/** The poll card's title starts so, in English (a first 1:1 card is in both languages). */
export const POLL = 'Anonymous feedback: Mental Health';

/** The title of the card that replaces the poll once answered, and refuses a second answer. */
export const THANKS = en.thanksTitle;

/** The five questions, in the card's order (a score 1–5 each). */
const QUESTIONS = [
  en.questions.safeSpace,
  en.questions.learned,
  en.questions.relationships,
  en.questions.facilitation,
  en.questions.overall,
];

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Picks a score per question (`scores[i]` for the i-th), types `comment`, leaves it unsent. */
export async function answerPoll(
  card: Locator,
  scores: readonly number[],
  comment: string,
): Promise<void> {
  for (const [i, question] of QUESTIONS.entries()) {
    const group = card.getByRole('radiogroup', { name: startsWith(question) });
    await group.getByRole('radio', { name: new RegExp(`^${String(scores[i])} – `) }).check();
  }
  if (comment) await card.getByRole('textbox', { name: startsWith(en.comment) }).fill(comment);
}

/** Presses the poll's submit button (its name is bilingual on a first 1:1 card). */
export async function sendAnswers(card: Locator): Promise<void> {
  await card.getByRole('button', { name: startsWith(en.submit) }).click();
}

/**
 * Sends `person` another copy of the poll 1:1, as when it is also posted in a meeting chat they
 * are in (the Playground's group chat is no meeting chat). Its own delivery key: the poll's
 * 1:1 key is queued once only.
 */
export async function resendPoll(bot: RunningBot, sessionId: string, person: Person) {
  await bot.store.deliveries.enqueue(
    [
      {
        key: `${pollDeliveryKey(sessionId, person.aadObjectId)}:copy`,
        recipientAadId: person.aadObjectId,
        tenantId: person.tenantId!,
        serviceUrl: person.serviceUrl!,
        kind: FEEDBACK_DELIVERY,
        payload: { sessionId },
      },
    ],
    new Date(),
  );
  bot.app.dispatcher.kick();
}

/** Every stored row of the session's answers: scores, comments and respondent hashes. */
export async function storedAnswers(bot: RunningBot, sessionId: string) {
  const db = bot.store.db.kysely;
  return {
    responses: await db
      .selectFrom('feedback_responses')
      .selectAll()
      .where('session_id', '=', sessionId)
      .execute(),
    comments: await db
      .selectFrom('feedback_comments')
      .selectAll()
      .where('session_id', '=', sessionId)
      .execute(),
    respondents: await db.selectFrom('feedback_respondents').selectAll().execute(),
  };
}
