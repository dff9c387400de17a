import { DateTime } from 'luxon';
import type { IsoDate } from './dates.js';
import { addDays } from './dates.js';

/*
 * Calendar arithmetic on `YYYY-MM-DD` dates. Dates are read in UTC because a calendar date has
 * no time zone: reading it in a local zone would let a DST change shift it by a day.
 */

/** Day of the week of a date, ISO numbering: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

function read(date: IsoDate): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' });
}

function write(value: DateTime): IsoDate {
  return value.toISODate() ?? '';
}

/** The date's day of the week, 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): IsoWeekday {
  return read(date).weekday as IsoWeekday;
}

/** The date of `year`-`month`-`day` (month 1–12), written `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return write(DateTime.utc(year, month, day));
}

/** The year of a `YYYY-MM-DD` date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/**
 * The `nth` (1-based) given weekday of a month, e.g. the second Monday of October
 * (`nthWeekdayOf(2026, 10, 1, 2)`).
 */
export function nthWeekdayOf(year: number, month: number, weekday: IsoWeekday, nth: number) {
  const first = DateTime.utc(year, month, 1);
  const offset = (weekday - first.weekday + 7) % 7;
  return write(first.plus({ days: offset + 7 * (nth - 1) }));
}

/** The last given weekday on or before a date, e.g. the Monday on or before May 24. */
export function weekdayOnOrBefore(date: IsoDate, weekday: IsoWeekday): IsoDate {
  const back = (weekdayOf(date) - weekday + 7) % 7;
  return addDays(date, -back);
}

/** Whole days from `from` to `to`, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(read(to).diff(read(from), 'days').days);
}
