import type { IsoDate } from './dates.js';
import { addDays } from './dates.js';
import { isoDate, nthWeekdayOf, weekdayOf, weekdayOnOrBefore, yearOf } from './calendar.js';

/** The id of a designated paid holiday. */
export type HolidayId =
  | 'new-year'
  | 'good-friday'
  | 'easter-monday'
  | 'victoria-day'
  | 'canada-day'
  | 'civic-holiday'
  | 'labour-day'
  | 'truth-reconciliation'
  | 'thanksgiving'
  | 'remembrance-day'
  | 'christmas'
  | 'boxing-day';

/** A designated paid holiday as a day off work. */
export interface Holiday {
  /** The day off: the holiday's own date, or its observed date when that fell on a weekend. */
  date: IsoDate;
  /** The holiday's calendar date, which differs from `date` when it is observed later. */
  actualDate: IsoDate;
  id: HolidayId;
  /** True when the day off is a later weekday because the holiday fell on a weekend. */
  observed: boolean;
  name: { en: string; fr: string };
}

const NAMES: Record<HolidayId, { en: string; fr: string }> = {
  'new-year': { en: "New Year's Day", fr: 'Jour de l’An' },
  'good-friday': { en: 'Good Friday', fr: 'Vendredi saint' },
  'easter-monday': { en: 'Easter Monday', fr: 'Lundi de Pâques' },
  'victoria-day': { en: 'Victoria Day', fr: 'Fête de Victoria' },
  'canada-day': { en: 'Canada Day', fr: 'Fête du Canada' },
  'civic-holiday': { en: 'Civic Holiday', fr: 'Congé civique' },
  'labour-day': { en: 'Labour Day', fr: 'Fête du Travail' },
  'truth-reconciliation': {
    en: 'National Day for Truth and Reconciliation',
    fr: 'Journée nationale de la vérité et de la réconciliation',
  },
  thanksgiving: { en: 'Thanksgiving Day', fr: 'Action de grâces' },
  'remembrance-day': { en: 'Remembrance Day', fr: 'Jour du Souvenir' },
  christmas: { en: 'Christmas Day', fr: 'Noël' },
  'boxing-day': { en: 'Boxing Day', fr: 'Lendemain de Noël' },
};

/**
 * Easter Sunday of a Gregorian year by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** Holidays on a fixed date; only these can fall on a weekend and be observed later. */
function fixedDates(year: number): [HolidayId, IsoDate][] {
  return [
    ['new-year', isoDate(year, 1, 1)],
    ['canada-day', isoDate(year, 7, 1)],
    ['truth-reconciliation', isoDate(year, 9, 30)],
    ['remembrance-day', isoDate(year, 11, 11)],
    ['christmas', isoDate(year, 12, 25)],
    ['boxing-day', isoDate(year, 12, 26)],
  ];
}

/** Holidays defined by a weekday, which therefore always fall on a working day of the week. */
function movableDates(year: number): [HolidayId, IsoDate][] {
  const easter = easterSunday(year);
  return [
    ['good-friday', addDays(easter, -2)],
    ['easter-monday', addDays(easter, 1)],
    ['victoria-day', weekdayOnOrBefore(isoDate(year, 5, 24), 1)],
    ['civic-holiday', nthWeekdayOf(year, 8, 1, 1)],
    ['labour-day', nthWeekdayOf(year, 9, 1, 1)],
    ['thanksgiving', nthWeekdayOf(year, 10, 1, 2)],
  ];
}

function isWeekend(date: IsoDate): boolean {
  return weekdayOf(date) >= 6;
}

/**
 * Computes a year's days off. A weekday holiday keeps its date; a weekend one moves to the next
 * weekday not already a day off, taken in date order, so Christmas on a Saturday is Monday the
 * 27th and Boxing Day on the Sunday after it Tuesday the 28th, while Christmas on a Sunday skips
 * Monday's Boxing Day and is Tuesday the 27th.
 */
function computeYear(year: number): readonly Holiday[] {
  const all = [...fixedDates(year), ...movableDates(year)].sort((x, y) => (x[1] < y[1] ? -1 : 1));
  const taken = new Set(all.filter(([, date]) => !isWeekend(date)).map(([, date]) => date));
  const holidays = all.map(([id, actualDate]): Holiday => {
    let date = actualDate;
    while (isWeekend(date) || (date !== actualDate && taken.has(date))) date = addDays(date, 1);
    taken.add(date);
    return Object.freeze({ date, actualDate, id, observed: date !== actualDate, name: NAMES[id] });
  });
  return Object.freeze(holidays.sort((x, y) => (x.date < y.date ? -1 : 1)));
}

/** A pure memo: a year's holidays never change, so each year is computed once. */
const byYear = new Map<number, readonly Holiday[]>();

/**
 * The designated paid holidays of the PSAC–TBS collective agreements for a year, as days off in
 * date order (observed dates in place of weekend dates).
 */
export function holidaysOf(year: number): readonly Holiday[] {
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = computeYear(year);
    byYear.set(year, holidays);
  }
  return holidays;
}

/**
 * The holiday whose day off is `date`, or undefined. An observed date counts (Monday 2027-12-27
 * is Christmas); the weekend date a holiday was moved from does not, being no working day anyway.
 */
export function holidayOn(date: IsoDate): Holiday | undefined {
  return holidaysOf(yearOf(date)).find((holiday) => holiday.date === date);
}
