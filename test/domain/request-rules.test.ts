import { describe, expect, it } from 'vitest';
import {
  checkRequestDates,
  type RequestDates,
  type RequestProblem,
} from '../../src/domain/request-rules.js';

/** Tuesday 2026-12-01, 10:00 in Toronto. */
const NOW = new Date('2026-12-01T15:00:00Z');

function request(patch: Partial<RequestDates> = {}): RequestDates {
  return {
    preferredDate: '2026-12-16',
    alternateDate: '2026-12-17',
    preferredTime: '13:30',
    timeZone: 'America/Toronto',
    now: NOW,
    ...patch,
  };
}

describe('checkRequestDates', () => {
  it.each<[string, Partial<RequestDates>, RequestProblem[]]>([
    ['a valid request', {}, []],
    ['no alternate date', { alternateDate: undefined }, []],
    ['an empty alternate date', { alternateDate: '' }, []],
    ['tomorrow', { preferredDate: '2026-12-02' }, []],
    ["St. John's", { timeZone: 'America/St_Johns' }, []],
    ['Regina', { timeZone: 'America/Regina' }, []],
    ['an alias of a Canadian zone', { timeZone: 'America/Montreal' }, []],
    [
      'a zone outside Canada',
      { timeZone: 'America/New_York' },
      [{ field: 'timeZone', rule: 'request.timeZone', params: { timeZone: 'America/New_York' } }],
    ],
    [
      'an empty zone',
      { timeZone: '' },
      [{ field: 'timeZone', rule: 'request.timeZone', params: { timeZone: '' } }],
    ],
    [
      'an impossible date',
      { preferredDate: '2026-02-30' },
      [{ field: 'preferredDate', rule: 'request.dateFormat', params: { value: '2026-02-30' } }],
    ],
    [
      'a date written another way',
      { alternateDate: '17/12/2026' },
      [{ field: 'alternateDate', rule: 'request.dateFormat', params: { value: '17/12/2026' } }],
    ],
    [
      'a Saturday',
      { preferredDate: '2026-12-19' },
      [{ field: 'preferredDate', rule: 'request.weekend', params: { date: '2026-12-19' } }],
    ],
    [
      'today',
      { preferredDate: '2026-12-01' },
      [
        {
          field: 'preferredDate',
          rule: 'request.dateNotFuture',
          params: { date: '2026-12-01', today: '2026-12-01' },
        },
      ],
    ],
    [
      'a past Sunday',
      { alternateDate: '2026-11-29' },
      [
        { field: 'alternateDate', rule: 'request.weekend', params: { date: '2026-11-29' } },
        {
          field: 'alternateDate',
          rule: 'request.dateNotFuture',
          params: { date: '2026-11-29', today: '2026-12-01' },
        },
      ],
    ],
    [
      'Christmas Day',
      { preferredDate: '2026-12-25' },
      [
        {
          field: 'preferredDate',
          rule: 'request.holiday',
          params: {
            date: '2026-12-25',
            holiday: 'christmas',
            holidayEn: 'Christmas Day',
            holidayFr: 'Noël',
          },
        },
      ],
    ],
    [
      'Boxing Day observed',
      { alternateDate: '2026-12-28' },
      [
        {
          field: 'alternateDate',
          rule: 'request.holiday',
          params: {
            date: '2026-12-28',
            holiday: 'boxing-day',
            holidayEn: 'Boxing Day',
            holidayFr: 'Lendemain de Noël',
          },
        },
      ],
    ],
    [
      'the same alternate date',
      { alternateDate: '2026-12-16' },
      [{ field: 'alternateDate', rule: 'request.alternateSame', params: { date: '2026-12-16' } }],
    ],
    [
      'a time without its leading zero',
      { preferredTime: '9:30' },
      [{ field: 'preferredTime', rule: 'request.timeFormat', params: { value: '9:30' } }],
    ],
    [
      'a 12-hour time',
      { preferredTime: '1:30 PM' },
      [{ field: 'preferredTime', rule: 'request.timeFormat', params: { value: '1:30 PM' } }],
    ],
    [
      'everything wrong',
      {
        timeZone: 'Europe/Paris',
        preferredDate: '2026-12-20',
        alternateDate: '2026-13-01',
        preferredTime: '25:00',
      },
      [
        { field: 'timeZone', rule: 'request.timeZone', params: { timeZone: 'Europe/Paris' } },
        { field: 'preferredDate', rule: 'request.weekend', params: { date: '2026-12-20' } },
        { field: 'alternateDate', rule: 'request.dateFormat', params: { value: '2026-13-01' } },
        { field: 'preferredTime', rule: 'request.timeFormat', params: { value: '25:00' } },
      ],
    ],
  ])('%s', (_name, patch, expected) => {
    expect(checkRequestDates(request(patch))).toEqual(expected);
  });

  it.each<[string, string, RequestProblem[]]>([
    // 03:45Z on 2026-12-02: already the 2nd in St. John's, still the 1st in Halifax.
    ['America/Halifax', '2026-12-02', []],
    [
      'America/St_Johns',
      '2026-12-02',
      [
        {
          field: 'preferredDate',
          rule: 'request.dateNotFuture',
          params: { date: '2026-12-02', today: '2026-12-02' },
        },
      ],
    ],
    ['America/Vancouver', '2026-12-02', []],
  ])('reads today in %s', (timeZone, preferredDate, expected) => {
    const now = new Date('2026-12-02T03:45:00Z');
    const input = request({ timeZone, preferredDate, alternateDate: undefined, now });
    expect(checkRequestDates(input)).toEqual(expected);
  });
});
