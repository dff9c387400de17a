import { describe, expect, it } from 'vitest';
import { isWeekday } from '../../src/domain/dates.js';
import { easterSunday, holidayOn, holidaysOf } from '../../src/domain/holidays.js';

/** A year's days off as `id date` lines, `*` marking an observed day. */
function daysOff(year: number): string[] {
  return holidaysOf(year).map((h) => `${h.id} ${h.date}${h.observed ? '*' : ''}`);
}

describe('easterSunday', () => {
  it.each([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe('holidaysOf', () => {
  it.each([
    [
      2025,
      [
        'new-year 2025-01-01',
        'good-friday 2025-04-18',
        'easter-monday 2025-04-21',
        'victoria-day 2025-05-19',
        'canada-day 2025-07-01',
        'civic-holiday 2025-08-04',
        'labour-day 2025-09-01',
        'truth-reconciliation 2025-09-30',
        'thanksgiving 2025-10-13',
        'remembrance-day 2025-11-11',
        'christmas 2025-12-25',
        'boxing-day 2025-12-26',
      ],
    ],
    [
      2026,
      [
        'new-year 2026-01-01',
        'good-friday 2026-04-03',
        'easter-monday 2026-04-06',
        'victoria-day 2026-05-18',
        'canada-day 2026-07-01',
        'civic-holiday 2026-08-03',
        'labour-day 2026-09-07',
        'truth-reconciliation 2026-09-30',
        'thanksgiving 2026-10-12',
        'remembrance-day 2026-11-11',
        'christmas 2026-12-25',
        'boxing-day 2026-12-28*',
      ],
    ],
    [
      2027,
      [
        'new-year 2027-01-01',
        'good-friday 2027-03-26',
        'easter-monday 2027-03-29',
        'victoria-day 2027-05-24',
        'canada-day 2027-07-01',
        'civic-holiday 2027-08-02',
        'labour-day 2027-09-06',
        'truth-reconciliation 2027-09-30',
        'thanksgiving 2027-10-11',
        'remembrance-day 2027-11-11',
        'christmas 2027-12-27*',
        'boxing-day 2027-12-28*',
      ],
    ],
  ])('lists the days off of %i', (year, expected) => {
    expect(daysOff(year)).toEqual(expected);
  });

  it.each([
    // Christmas on a Sunday skips Monday's Boxing Day.
    [2022, 'christmas', '2022-12-27', '2022-12-25'],
    [2022, 'boxing-day', '2022-12-26', '2022-12-26'],
    // Truth and Reconciliation on a Saturday.
    [2023, 'truth-reconciliation', '2023-10-02', '2023-09-30'],
    // New Year's Day on a Saturday stays in its year.
    [2028, 'new-year', '2028-01-03', '2028-01-01'],
    // Canada Day and Remembrance Day on a Sunday.
    [2029, 'canada-day', '2029-07-02', '2029-07-01'],
    [2029, 'remembrance-day', '2029-11-12', '2029-11-11'],
  ])('in %i, %s is observed %s (actual %s)', (year, id, date, actualDate) => {
    const holiday = holidaysOf(year).find((h) => h.id === id);
    expect(holiday).toMatchObject({ date, actualDate, observed: date !== actualDate });
  });

  it.each([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032])(
    'gives %i twelve distinct weekday days off in date order',
    (year) => {
      const dates = holidaysOf(year).map((h) => h.date);
      expect(dates).toHaveLength(12);
      expect(new Set(dates).size).toBe(12);
      expect(dates.every(isWeekday)).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      expect(dates.every((d) => d.startsWith(String(year)))).toBe(true);
    },
  );

  it('names every holiday in both languages', () => {
    const names = Object.fromEntries(holidaysOf(2026).map((h) => [h.id, h.name]));
    expect(names['new-year']).toEqual({ en: "New Year's Day", fr: 'Jour de l’An' });
    expect(names['victoria-day']?.fr).toBe('Fête de Victoria');
    expect(names['truth-reconciliation']?.fr).toBe(
      'Journée nationale de la vérité et de la réconciliation',
    );
    expect(names['boxing-day']).toEqual({ en: 'Boxing Day', fr: 'Lendemain de Noël' });
  });

  it('returns the same frozen list for a year', () => {
    expect(holidaysOf(2026)).toBe(holidaysOf(2026));
    expect(Object.isFrozen(holidaysOf(2026))).toBe(true);
  });
});

describe('holidayOn', () => {
  it.each([
    ['2026-07-01', 'canada-day'],
    ['2026-04-05', undefined], // Easter Sunday is no holiday of the agreements
    ['2026-04-03', 'good-friday'],
    ['2026-04-06', 'easter-monday'],
    ['2026-12-28', 'boxing-day'],
    ['2026-12-26', undefined], // the Saturday Boxing Day was moved from
    ['2027-12-27', 'christmas'],
    ['2027-12-28', 'boxing-day'],
    ['2027-12-29', undefined],
    ['2026-06-24', undefined], // Saint-Jean-Baptiste is not on the list
    ['2026-12-16', undefined],
    ['2025-09-30', 'truth-reconciliation'],
  ])('%s is %s', (date, expected) => {
    expect(holidayOn(date)?.id).toBe(expected);
  });
});
