import { DateTime } from 'luxon';

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

/** True when `value` is a 24-hour time written `HH:MM`. */
export function isHhMm(value: string): boolean {
  return HH_MM.test(value);
}

/** True when `zone` is an IANA zone luxon knows. */
export function isIanaZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

/** Today's date in `zone` at the instant `now`. */
export function todayIn(zone: string, now: Date): IsoDate {
  return DateTime.fromJSDate(now, { zone }).toISODate() ?? '';
}

/** True for Monday to Friday. */
export function isWeekday(date: IsoDate): boolean {
  return DateTime.fromISO(date, { zone: 'utc' }).weekday <= 5;
}

/** The date `days` days after `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() ?? date;
}
