import { isIsoDate } from './dates.js';
import { isDurationMinutes } from './session-parts.js';
import type { SessionPart, TopicLimits, Violation } from './session-types.js';

/** A topic whose longest delivery is this long (6 h) or longer may be given in two parts. */
export const SPLIT_MIN_MINUTES = 360;

/**
 * The shortest part of a two-part session (1 h). The specification sets no minimum; an hour
 * keeps a part worth convening people for and rules out a token "part" of a few minutes.
 */
export const MIN_PART_MINUTES = 60;

/** The most parts a session can have. */
export const MAX_PARTS = 2;

/** True when a topic may be given in two parts: its maximum is 6 h or more. */
export function isSplittable(maxMinutes: number): boolean {
  return maxMinutes >= SPLIT_MIN_MINUTES;
}

/** Checks the number of parts and, for two, that they fall on different days, in order. */
export function checkPartCount(parts: readonly SessionPart[], topic: TopicLimits): Violation[] {
  const count = parts.length;
  if (count === 0 || count > MAX_PARTS) {
    return [{ rule: 'parts.count', params: { count, min: 1, max: topic.splittable ? 2 : 1 } }];
  }
  if (count === 1) return [];
  if (!topic.splittable) {
    return [
      {
        rule: 'duration.splitNotAllowed',
        params: { maxMinutes: topic.maxMinutes, splitMinMinutes: SPLIT_MIN_MINUTES },
      },
    ];
  }
  return checkPartDates(parts);
}

function checkPartDates(parts: readonly SessionPart[]): Violation[] {
  const first = parts[0]?.date ?? '';
  const second = parts[1]?.date ?? '';
  if (!isIsoDate(first) || !isIsoDate(second)) return [];
  if (first === second) return [{ rule: 'parts.sameDay', params: { date: first } }];
  if (second < first) return [{ rule: 'parts.order', params: { date1: first, date2: second } }];
  return [];
}

/**
 * Checks facilitated time: the parts' total within the topic's range and, for a two-part session,
 * each part at least {@link MIN_PART_MINUTES}. Parts with a malformed duration are left to
 * `time.invalid`, and a wrong number of parts to `parts.count`.
 */
export function checkDurations(parts: readonly SessionPart[], topic: TopicLimits): Violation[] {
  // A wrong number of parts is reported as such; its total would only add noise.
  if (parts.length === 0 || parts.length > MAX_PARTS) return [];
  if (!parts.every((part) => isDurationMinutes(part.durationMinutes))) return [];
  const violations: Violation[] = [];
  const totalMinutes = parts.reduce((sum, part) => sum + part.durationMinutes, 0);
  if (totalMinutes < topic.minMinutes || totalMinutes > topic.maxMinutes) {
    violations.push({
      rule: 'duration.range',
      params: { minMinutes: topic.minMinutes, maxMinutes: topic.maxMinutes, totalMinutes },
    });
  }
  if (parts.length > 1) {
    parts.forEach((part, index) => {
      if (part.durationMinutes < MIN_PART_MINUTES) {
        violations.push({
          rule: 'duration.partRange',
          params: {
            part: index + 1,
            minMinutes: MIN_PART_MINUTES,
            durationMinutes: part.durationMinutes,
          },
        });
      }
    });
  }
  return violations;
}
