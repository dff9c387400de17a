import { z } from 'zod';
import { FEEDBACK_QUESTIONS } from '../domain/feedback.js';
import { REQUEST_FIELDS } from './request-form.js';
import { SCHEDULE_FIELDS } from './schedule-form.js';
import { ROSTER_FIELDS } from './roster-form.js';
import { TOPIC_FIELDS } from './topic-form.js';

/**
 * The schema of every card action's payload, by verb: the one place a payload's shape is
 * written. The bot parses each press with its verb's schema before any handler runs, so a
 * handler sees only the keys listed here (others, `__proto__` included, are dropped), each of
 * the listed type; a payload that does not parse gets a "this card is out of date" answer and
 * changes nothing. Registering a verb without a schema fails at start-up.
 *
 * Limits are generous on purpose: a form field that is too long is the form's business (the
 * refusal names the field and keeps what was typed); these only bound what a forged press
 * can make the bot read.
 */

/** An id a card carries (a UUID today; a foreign or stale one is refused by the lookup). */
const id = z.string().max(200).optional();
/** A value a card's template wrote (`"${part}"` is text), or a number from a test client. */
const small = z.union([z.string().max(200), z.number()]).optional();
/** What someone typed in an input: Teams sends text (an empty input may come as null). */
const input = z.union([z.string().max(50_000), z.number(), z.null()]).optional();
/** Teams repeats the verb in the data. */
const verb = z.string().max(100).optional();

const none = z.object({ verb });
const session = z.object({ verb, sessionId: id });
const inputs = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, input]));

const FEEDBACK_INPUTS = [...FEEDBACK_QUESTIONS, 'comment'] as const;

/** A verb's payload schema; what it parses to is what the verb's handler receives. */
export type PayloadSchema = z.ZodType<Record<string, unknown>>;

/** Every verb's payload schema. */
export const PAYLOADS: Readonly<Record<string, PayloadSchema>> = {
  'help.show': none,
  'queue.show': none,
  'sessions.show': none,
  'request.open': none,
  'myRequests.show': none,
  'results.programCsv': none,
  'myRequests.cancel': z.object({ verb, requestId: id }),
  'request.submit': z.object({ verb, ...inputs(REQUEST_FIELDS) }),
  'schedule.open': z.object({ verb, requestId: id, sessionId: id }),
  'schedule.submit': z.object({ verb, requestId: id, sessionId: id, ...inputs(SCHEDULE_FIELDS) }),
  'sessions.cancel': session,
  'sessions.sendPrereading': session,
  'registration.join': session,
  'registration.leave': session,
  'prereading.ack': session,
  'feedback.submit': z.object({ verb, sessionId: id, ...inputs(FEEDBACK_INPUTS) }),
  'results.page': z.object({ verb, sessionId: id, page: small }),
  'meeting.link': z.object({ verb, sessionId: id, part: small, command: small }),
  'privacy.erase': z.object({ verb, aadObjectId: id }),
  'admin.open': none,
  'admin.export': none,
  'admin.history': z.object({ verb, page: small }),
  'adminRoster.edit': z.object({ verb, entry: small }),
  'adminRoster.save': z.object({
    verb,
    aadObjectIdKept: small,
    roleKept: small,
    version: small,
    confirm: small,
    ...inputs(ROSTER_FIELDS),
  }),
  'adminCatalogue.edit': z.object({ verb, topic: small }),
  'adminCatalogue.save': z.object({
    verb,
    topicKept: small,
    version: small,
    ...inputs(TOPIC_FIELDS),
  }),
  'language.set': z.object({
    verb,
    language: small,
    view: small,
    sessionId: id,
    requestId: id,
    part: small,
    command: small,
    entry: small,
    topic: small,
    page: small,
  }),
};
