import { randomUUID } from 'node:crypto';
import { addDays, isWeekday, todayIn } from '../src/domain/dates.js';
import { holidayOn } from '../src/domain/holidays.js';
import { TENANT, execute } from '../test/helpers/activities.js';
import { validForm } from '../test/helpers/forms.js';

export { TENANT };

/** Two distinct open weekdays (no holiday) at least `days` days after today in Toronto. */
export function futureDates(now: Date, days = 14): [string, string] {
  const found: string[] = [];
  let date = addDays(todayIn('America/Toronto', now), days);
  while (found.length < 2) {
    if (isWeekday(date) && !holidayOn(date)) found.push(date);
    date = addDays(date, 7);
  }
  return [found[0] ?? '', found[1] ?? ''];
}

/** A numbered person who is on no roster. */
export function person(run: string, n: number): { aadObjectId: string; name: string } {
  return {
    aadObjectId: `b${run.slice(0, 7)}-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name: `Bench Person ${String(n)}`,
  };
}

/** A short random tag that keeps each round's people apart. */
export const runTag = (): string => randomUUID().replace(/-/g, '').slice(0, 7);

/**
 * A request-card submit as Teams sends it: a distinct person and card message each time, so
 * neither the double-click guard nor the open-request limit ever applies.
 */
export function requestSubmit(
  run: string,
  n: number,
  serviceUrl: string,
  dates: [string, string],
): string {
  const form = validForm({ preferredDate: dates[0], alternateDate: dates[1] });
  return JSON.stringify(execute(person(run, n), 'request.submit', form, { serviceUrl }));
}

/** The same activity shape aimed at the echo bot (it reads nothing but the type). */
export const echoSubmit = requestSubmit;

/** The meeting chat the poll card was posted in; everyone presses that one card message. */
const MEETING_CHAT = '19:meeting_YmVuY2g@thread.v2';

/** One participant pressing Submit on the poll card in the meeting chat. */
export function feedbackSubmit(
  run: string,
  n: number,
  serviceUrl: string,
  sessionId: string,
): string {
  const answers = {
    sessionId,
    safeSpace: String(1 + (n % 5)),
    learned: '5',
    relationships: '4',
    facilitation: '5',
    overall: String(1 + ((n * 7) % 5)),
    comment: n % 3 === 0 ? 'Useful discussion, thank you.' : '',
  };
  const activity = execute(person(run, n), 'feedback.submit', answers, {
    serviceUrl,
    conversationId: MEETING_CHAT,
    conversationType: 'groupChat',
    replyToId: 'poll-card-in-meeting-chat',
  });
  return JSON.stringify({
    ...activity,
    channelData: { ...activity.channelData, meeting: { id: `meeting-of-${MEETING_CHAT}` } },
  });
}
