import { checkDurations, checkPartCount } from './duration-rules.js';
import { checkBookings, checkSlot } from './pairing-rules.js';
import type { SessionInput, Violation } from './session-types.js';
import { checkLeadTime, checkPartTime } from './time-rules.js';

export type {
  Booking,
  FacilitatorInfo,
  RuleCode,
  SessionInput,
  SessionLanguage,
  SessionPart,
  TopicLimits,
  Violation,
} from './session-types.js';
export { partUtc, sessionPartsUtc, type PartInstants } from './session-parts.js';
export { isSplittable, MIN_PART_MINUTES, SPLIT_MIN_MINUTES } from './duration-rules.js';
export { BOOKING_BUFFER_MINUTES } from './pairing-rules.js';

/**
 * Every rule a scheduled (or rescheduled) session breaks, empty when it may be stored. All are
 * reported at once, in a stable order (parts, durations, facilitators, then each part's time),
 * so one refusal can say everything to fix. Pure: `now` is the only clock.
 */
export function checkSession(input: SessionInput): Violation[] {
  const { parts, topic, language, union, employer, bookings } = input;
  return [
    ...checkPartCount(parts, topic),
    ...checkDurations(parts, topic),
    ...checkSlot('union', union, language),
    ...checkSlot('employer', employer, language),
    ...checkBookings('union', union, parts, bookings),
    ...checkBookings('employer', employer, parts, bookings),
    ...parts.flatMap((part, index) => checkPartTime(part, index, input.workingHours, input.now)),
    ...checkLeadTime(parts, topic.leadWorkingDays, input.now),
  ];
}
