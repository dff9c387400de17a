import { createHmac } from 'node:crypto';
import { DateTime } from 'luxon';
import type { IsoDate } from './dates.js';

/**
 * Joins the session id and the person's id in the keyed hash. A control character no id contains,
 * so ("a", "bc") and ("ab", "c") can never hash alike.
 */
export const RESPONDENT_KEY_SEPARATOR = '\u001f';

/**
 * The key that enforces one response per person and session without storing who answered:
 * HMAC-SHA256, keyed by `FEEDBACK_SECRET`, of the session id, {@link RESPONDENT_KEY_SEPARATOR}
 * and the lower-cased AAD object id, as 64 hex digits. Stored apart from the responses; without
 * the secret it cannot be linked back to a person (AAD ids are too few to keep a plain hash
 * safe from guessing).
 *
 * @throws RangeError for an empty secret, or a session id containing the separator
 */
export function respondentKey(secret: string, sessionId: string, aadObjectId: string): string {
  if (secret === '') throw new RangeError('the feedback secret is empty');
  if (sessionId.includes(RESPONDENT_KEY_SEPARATOR)) {
    throw new RangeError('a session id cannot contain the key separator');
  }
  return createHmac('sha256', secret)
    .update(`${sessionId}${RESPONDENT_KEY_SEPARATOR}${aadObjectId.toLowerCase()}`)
    .digest('hex');
}

/**
 * The day a response is recorded under: the date of `now` in the session's zone, `YYYY-MM-DD`,
 * and nothing finer, so stored responses carry no time of day that could order them.
 *
 * @throws RangeError for a zone luxon does not know
 */
export function responseDay(now: Date, zone: string): IsoDate {
  const local = DateTime.fromJSDate(now, { zone });
  const day = local.isValid ? local.toISODate() : null;
  if (day === null) throw new RangeError(`unknown time zone: ${zone}`);
  return day;
}
