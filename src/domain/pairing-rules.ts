import type {
  Booking,
  FacilitatorInfo,
  SessionLanguage,
  SessionPart,
  Violation,
} from './session-types.js';
import { partUtc } from './session-parts.js';

/**
 * The least time between two sessions of one facilitator: a session may not start or end
 * within this many minutes of another of theirs. A gap of exactly 30 minutes is allowed.
 */
export const BOOKING_BUFFER_MINUTES = 30;

const MINUTE_MS = 60_000;

/** The two facilitator slots of a session. */
export type Slot = 'union' | 'employer';

/** The languages a facilitator must speak for a session in `language`. */
export function requiredLanguages(language: SessionLanguage): ('en' | 'fr')[] {
  return language === 'bilingual' ? ['en', 'fr'] : [language];
}

/**
 * Checks one facilitator slot: filled, by someone of that side, active, speaking the session's
 * language (both languages for a bilingual session).
 */
export function checkSlot(
  slot: Slot,
  facilitator: FacilitatorInfo | undefined,
  language: SessionLanguage,
): Violation[] {
  if (!facilitator)
    return [{ rule: slot === 'union' ? 'pairing.union' : 'pairing.employer', params: {} }];
  const who = { slot, facilitatorId: facilitator.id };
  const violations: Violation[] = [];
  if (facilitator.side !== slot) {
    violations.push({ rule: 'pairing.sameSide', params: { ...who, side: facilitator.side } });
  }
  if (!facilitator.active) violations.push({ rule: 'facilitator.inactive', params: who });
  const missing = requiredLanguages(language).filter((l) => !facilitator.languages.includes(l));
  if (missing.length > 0) {
    violations.push({
      rule: 'pairing.language',
      params: { ...who, language, missing: missing.join(',') },
    });
  }
  return violations;
}

/** True when two intervals come closer than the buffer (touching at exactly the buffer is fine). */
function tooClose(start: Date, end: Date, booking: Booking): boolean {
  const buffer = BOOKING_BUFFER_MINUTES * MINUTE_MS;
  return (
    start.getTime() < booking.endUtc.getTime() + buffer &&
    booking.startUtc.getTime() < end.getTime() + buffer
  );
}

/**
 * Checks that a facilitator has no other session overlapping any part, or starting or ending
 * within {@link BOOKING_BUFFER_MINUTES} of it. Parts whose time is malformed are skipped.
 */
export function checkBookings(
  slot: Slot,
  facilitator: FacilitatorInfo | undefined,
  parts: readonly SessionPart[],
  bookings: readonly Booking[],
): Violation[] {
  if (!facilitator) return [];
  const theirs = bookings.filter((booking) => booking.facilitatorId === facilitator.id);
  const violations: Violation[] = [];
  parts.forEach((part, index) => {
    const times = partUtc(part);
    if (!times.ok) return;
    for (const booking of theirs.filter((b) => tooClose(times.startUtc, times.endUtc, b))) {
      violations.push({
        rule: 'facilitator.doubleBooked',
        params: {
          slot,
          facilitatorId: facilitator.id,
          part: index + 1,
          reference: booking.reference,
          bufferMinutes: BOOKING_BUFFER_MINUTES,
        },
      });
    }
  });
  return violations;
}
