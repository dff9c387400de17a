import type { IsoDate } from './dates.js';
import { isHhMm, isIsoDate, isWeekday, todayIn } from './dates.js';
import { holidayOn } from './holidays.js';
import { isCanadianZone } from './time-zones.js';

/** A date-and-time rule of the request form. */
export type RequestRule =
  | 'request.timeZone'
  | 'request.dateFormat'
  | 'request.weekend'
  | 'request.dateNotFuture'
  | 'request.holiday'
  | 'request.alternateSame'
  | 'request.timeFormat';

/** A request-form field these rules look at. */
export type RequestDateField = 'preferredDate' | 'alternateDate' | 'preferredTime' | 'timeZone';

/** A broken request rule, on the field to show it under, with its message's values. */
export interface RequestProblem {
  field: RequestDateField;
  rule: RequestRule;
  params: Record<string, string | number>;
}

/** The request form's date and time inputs, as typed (Teams sends strings). */
export interface RequestDates {
  preferredDate: string;
  /** Absent or empty when the requester gave no alternate date. */
  alternateDate?: string | undefined;
  preferredTime: string;
  timeZone: string;
  now: Date;
}

/**
 * Checks one date: real, a weekday, no holiday, after `today` (when today is known: an unknown
 * zone gives no today, and the zone's own problem is reported instead).
 */
function checkDate(
  field: 'preferredDate' | 'alternateDate',
  date: string,
  today: IsoDate | undefined,
): RequestProblem[] {
  if (!isIsoDate(date)) return [{ field, rule: 'request.dateFormat', params: { value: date } }];
  const problems: RequestProblem[] = [];
  const holiday = holidayOn(date);
  if (!isWeekday(date)) problems.push({ field, rule: 'request.weekend', params: { date } });
  else if (holiday) {
    const names = { holidayEn: holiday.name.en, holidayFr: holiday.name.fr };
    problems.push({
      field,
      rule: 'request.holiday',
      params: { date, holiday: holiday.id, ...names },
    });
  }
  if (today !== undefined && date <= today) {
    problems.push({ field, rule: 'request.dateNotFuture', params: { date, today } });
  }
  return problems;
}

/**
 * Every date-and-time problem of a request form: `timeZone` a Canadian IANA zone, the dates real
 * weekdays after today in that zone and no holidays, the alternate date (when given) not the
 * preferred one, `preferredTime` written HH:MM. Empty when all hold.
 */
export function checkRequestDates(input: RequestDates): RequestProblem[] {
  const { preferredDate, preferredTime, timeZone, now } = input;
  const alternateDate = input.alternateDate === '' ? undefined : input.alternateDate;
  const zoneOk = isCanadianZone(timeZone);
  const today = zoneOk ? todayIn(timeZone, now) : undefined;
  const problems: RequestProblem[] = [];
  if (!zoneOk) problems.push({ field: 'timeZone', rule: 'request.timeZone', params: { timeZone } });
  problems.push(...checkDate('preferredDate', preferredDate, today));
  if (alternateDate !== undefined) {
    if (alternateDate === preferredDate) {
      problems.push({
        field: 'alternateDate',
        rule: 'request.alternateSame',
        params: { date: alternateDate },
      });
    } else {
      problems.push(...checkDate('alternateDate', alternateDate, today));
    }
  }
  if (!isHhMm(preferredTime)) {
    problems.push({
      field: 'preferredTime',
      rule: 'request.timeFormat',
      params: { value: preferredTime },
    });
  }
  return problems;
}
