import type { IsoDate } from './dates.js';
import { addDays, isWeekday } from './dates.js';
import { holidayOn } from './holidays.js';

/** True for a weekday that is not a designated paid holiday (observed days included). */
export function isWorkingDay(date: IsoDate): boolean {
  return isWeekday(date) && holidayOn(date) === undefined;
}

/**
 * The date `n` working days after `date` (before it when `n` is negative); `date` itself is not
 * counted, so from Friday 2026-01-02, 1 working day on is Monday 2026-01-05. With `n` = 0 it is
 * `date` itself, working day or not.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current)) remaining -= 1;
  }
  return current;
}

/**
 * The number of working days after `from` up to and including `to`, negative when `to` is
 * earlier. It inverts {@link addWorkingDays}: `workingDaysBetween(d, addWorkingDays(d, n)) === n`
 * for n ≥ 0 (and for n < 0 when `d` is itself a working day).
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return -workingDaysBetween(to, from);
  let count = 0;
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
    if (isWorkingDay(current)) count += 1;
  }
  return count;
}
