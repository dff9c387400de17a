import { DateTime } from 'luxon';
import { isHhMm, isIsoDate, isWeekday, todayIn } from './dates.js';
import { daysBetween } from './calendar.js';
import { holidayOn } from './holidays.js';
import { isDurationMinutes, partUtc } from './session-parts.js';
import type { SessionPart, Violation } from './session-types.js';
import { isCanadianZone } from './time-zones.js';
import { addWorkingDays } from './working-days.js';

/** Working hours, `HH:MM`, read in each part's own zone. */
export interface WorkingHours {
  start: string;
  end: string;
}

const DAY_MINUTES = 1440;

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Malformed inputs of a part; the other time rules skip a part that has any. */
function checkFormat(part: SessionPart, number: number): Violation[] {
  const violations: Violation[] = [];
  const invalid = (field: string, value: string | number) =>
    violations.push({ rule: 'time.invalid', params: { part: number, field, value } });
  if (!isIsoDate(part.date)) invalid('date', part.date);
  if (!isHhMm(part.startTime)) invalid('startTime', part.startTime);
  if (!isDurationMinutes(part.durationMinutes)) invalid('durationMinutes', part.durationMinutes);
  if (!isCanadianZone(part.timeZone)) {
    violations.push({ rule: 'time.zone', params: { part: number, timeZone: part.timeZone } });
  }
  return violations;
}

/** Weekday and not a holiday (a holiday's day off is always a weekday, so one of the two at most). */
function checkDay(part: SessionPart, number: number): Violation[] {
  const params = { part: number, date: part.date };
  if (!isWeekday(part.date)) return [{ rule: 'time.weekend', params }];
  const holiday = holidayOn(part.date);
  if (!holiday) return [];
  const names = { holidayEn: holiday.name.en, holidayFr: holiday.name.fr };
  return [{ rule: 'time.holiday', params: { ...params, holiday: holiday.id, ...names } }];
}

/**
 * The part's local start and end as minutes from the start of its date; the end exceeds 1440
 * when it falls on a later day. Wall-clock readings, so a DST change inside the part shows.
 */
function localSpan(part: SessionPart, endUtc: Date): { start: number; end: number } {
  const end = DateTime.fromJSDate(endUtc, { zone: part.timeZone });
  const days = daysBetween(part.date, end.toISODate() ?? part.date);
  return { start: minutesOf(part.startTime), end: days * DAY_MINUTES + end.hour * 60 + end.minute };
}

function checkHours(
  part: SessionPart,
  number: number,
  endUtc: Date,
  hours: WorkingHours,
): Violation[] {
  const span = localSpan(part, endUtc);
  if (span.end > DAY_MINUTES) {
    return [{ rule: 'time.crossesMidnight', params: { part: number, date: part.date } }];
  }
  if (!isHhMm(hours.start) || !isHhMm(hours.end)) return [];
  if (span.start >= minutesOf(hours.start) && span.end <= minutesOf(hours.end)) return [];
  const params = { part: number, start: hours.start, end: hours.end, timeZone: part.timeZone };
  return [{ rule: 'time.outsideHours', params }];
}

/**
 * Checks one part's date and time: well formed, in a Canadian zone, an existing local time, a
 * weekday that is no holiday, inside working hours and ending that day, and not in the past
 * (a part starting exactly at `now` is not past).
 */
export function checkPartTime(
  part: SessionPart,
  index: number,
  hours: WorkingHours,
  now: Date,
): Violation[] {
  const number = index + 1;
  const format = checkFormat(part, number);
  if (format.length > 0) return format;
  const times = partUtc(part);
  const day = checkDay(part, number);
  if (!times.ok) {
    const { date, startTime, timeZone } = part;
    return [
      ...day,
      { rule: 'time.nonexistent', params: { part: number, date, startTime, timeZone } },
    ];
  }
  const violations = [...day, ...checkHours(part, number, times.endUtc, hours)];
  if (times.startUtc.getTime() < now.getTime()) {
    const today = todayIn(part.timeZone, now);
    violations.push({ rule: 'time.past', params: { part: number, date: part.date, today } });
  }
  return violations;
}

/**
 * Checks the pre-reading lead time: the earliest part's date at least `leadWorkingDays` working
 * days after today in that part's zone, so the reading can reach people in time.
 */
export function checkLeadTime(
  parts: readonly SessionPart[],
  leadWorkingDays: number,
  now: Date,
): Violation[] {
  if (leadWorkingDays <= 0) return [];
  const dated = parts.filter((p) => isIsoDate(p.date) && isCanadianZone(p.timeZone));
  const first = [...dated].sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  if (!first) return [];
  const earliestDate = addWorkingDays(todayIn(first.timeZone, now), leadWorkingDays);
  if (first.date >= earliestDate) return [];
  return [{ rule: 'time.leadTime', params: { leadWorkingDays, earliestDate, date: first.date } }];
}
