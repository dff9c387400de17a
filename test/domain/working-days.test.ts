import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../src/domain/working-days.js';

describe('isWorkingDay', () => {
  it.each([
    ['2026-12-16', true], // Wednesday
    ['2026-12-19', false], // Saturday
    ['2026-12-20', false], // Sunday
    ['2026-12-25', false], // Christmas, Friday
    ['2026-12-28', false], // Boxing Day observed, Monday
    ['2026-12-29', true],
    ['2026-07-01', false], // Canada Day
    ['2026-03-09', true], // Monday after the spring DST change
  ])('%s is %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-12-16', 0, '2026-12-16'],
    ['2026-12-19', 0, '2026-12-19'],
    ['2026-12-16', 1, '2026-12-17'],
    ['2026-01-02', 1, '2026-01-05'], // Friday to Monday
    ['2026-01-05', 5, '2026-01-12'], // five days of pre-reading: a week
    ['2026-12-21', 5, '2026-12-30'], // over Christmas and observed Boxing Day
    ['2027-12-23', 2, '2027-12-29'], // over observed Christmas and Boxing Day
    ['2026-03-27', 5, '2026-04-07'], // over Good Friday and Easter Monday
    ['2026-01-05', -1, '2026-01-02'],
    ['2026-12-29', -1, '2026-12-24'],
  ])('%s + %i working days is %s', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-12-16', '2026-12-16', 0],
    ['2026-01-05', '2026-01-12', 5],
    ['2026-12-21', '2026-12-30', 5],
    ['2026-01-02', '2026-01-04', 0], // only the weekend after
    ['2026-01-12', '2026-01-05', -5],
    ['2026-12-31', '2027-01-04', 1], // New Year's Day, then the weekend
  ])('from %s to %s is %i', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  it.each([0, 1, 3, 5, 10, 20])('inverts addWorkingDays for %i days', (n) => {
    for (const from of ['2026-12-18', '2026-12-24', '2027-03-25', '2027-12-24']) {
      expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n);
    }
  });
});
