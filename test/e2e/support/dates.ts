import { DateTime } from 'luxon';
import { addDays, todayIn, type IsoDate } from '../../../src/domain/dates.js';
import { isWorkingDay } from '../../../src/domain/working-days.js';

/**
 * The first working day (a weekday, no designated paid holiday) at least `minDays` after today
 * in `zone`. The bot and the Playground run on the real clock in other processes, so the tests
 * cannot fix "now"; three weeks ahead clears every lead-time rule.
 */
export function workingDayAhead(now: Date, zone: string, minDays = 21): IsoDate {
  let date = addDays(todayIn(zone, now), minDays);
  while (!isWorkingDay(date)) date = addDays(date, 1);
  return date;
}

/** How the Playground's date picker names a day button: `14, January, 2027`. */
export function calendarDayName(date: IsoDate): string {
  return DateTime.fromISO(date).setLocale('en-US').toFormat('d, MMMM, yyyy');
}

/** How the Playground's date picker shows a date in its input: `January 14, 2027`. */
export function calendarInputText(date: IsoDate): string {
  return DateTime.fromISO(date).setLocale('en-US').toFormat('MMMM d, yyyy');
}

/** How the Playground's time picker names an `HH:MM` option: `1:30 PM`. */
export function timeOptionName(time: string): string {
  return DateTime.fromFormat(time, 'HH:mm').setLocale('en-US').toFormat('h:mm a');
}
