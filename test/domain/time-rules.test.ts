import { describe, expect, it } from 'vitest';
import { checkSession } from '../../src/domain/session-rules.js';
import type { SessionPart, Violation } from '../../src/domain/session-types.js';
import { part, session } from './session-fixtures.js';

const JANUARY = new Date('2026-01-15T15:00:00Z');
const ALL_DAY = { start: '00:00', end: '23:59' };

describe('checkSession: when a part takes place', () => {
  it.each<[string, Parameters<typeof session>[0], Violation[]]>([
    ['at the start of working hours', { parts: [part({ startTime: '08:00' })] }, []],
    ['ending at the end of working hours', { parts: [part({ startTime: '15:00' })] }, []],
    [
      'starting before working hours',
      { parts: [part({ startTime: '07:30' })] },
      [
        {
          rule: 'time.outsideHours',
          params: { part: 1, start: '08:00', end: '17:00', timeZone: 'America/Toronto' },
        },
      ],
    ],
    [
      'ending after working hours',
      { parts: [part({ startTime: '16:00', durationMinutes: 90 })] },
      [
        {
          rule: 'time.outsideHours',
          params: { part: 1, start: '08:00', end: '17:00', timeZone: 'America/Toronto' },
        },
      ],
    ],
    [
      "at 08:00 in St. John's",
      { parts: [part({ startTime: '08:00', timeZone: 'America/St_Johns' })] },
      [],
    ],
    [
      "ending at 17:30 in St. John's",
      { parts: [part({ startTime: '15:30', timeZone: 'America/St_Johns' })] },
      [
        {
          rule: 'time.outsideHours',
          params: { part: 1, start: '08:00', end: '17:00', timeZone: 'America/St_Johns' },
        },
      ],
    ],
    [
      'at 15:00 in Regina in summer',
      {
        now: JANUARY,
        parts: [part({ date: '2026-07-15', startTime: '15:00', timeZone: 'America/Regina' })],
      },
      [],
    ],
    [
      'ending at 17:30 in Regina',
      {
        now: JANUARY,
        parts: [
          part({
            date: '2026-07-15',
            startTime: '16:00',
            durationMinutes: 90,
            timeZone: 'America/Regina',
          }),
        ],
      },
      [
        {
          rule: 'time.outsideHours',
          params: { part: 1, start: '08:00', end: '17:00', timeZone: 'America/Regina' },
        },
      ],
    ],
    [
      'crossing midnight',
      { parts: [part({ startTime: '23:00' })] },
      [{ rule: 'time.crossesMidnight', params: { part: 1, date: '2026-12-16' } }],
    ],
    [
      'ending at midnight, the same day',
      { workingHours: ALL_DAY, parts: [part({ startTime: '22:00' })] },
      [
        {
          rule: 'time.outsideHours',
          params: { part: 1, start: '00:00', end: '23:59', timeZone: 'America/Toronto' },
        },
      ],
    ],
    [
      'on a Saturday',
      { parts: [part({ date: '2026-12-19' })] },
      [{ rule: 'time.weekend', params: { part: 1, date: '2026-12-19' } }],
    ],
    [
      'on Christmas Day',
      { parts: [part({ date: '2026-12-25' })] },
      [
        {
          rule: 'time.holiday',
          params: {
            part: 1,
            date: '2026-12-25',
            holiday: 'christmas',
            holidayEn: 'Christmas Day',
            holidayFr: 'Noël',
          },
        },
      ],
    ],
    [
      'on Boxing Day observed',
      { parts: [part({ date: '2026-12-28' })] },
      [
        {
          rule: 'time.holiday',
          params: {
            part: 1,
            date: '2026-12-28',
            holiday: 'boxing-day',
            holidayEn: 'Boxing Day',
            holidayFr: 'Lendemain de Noël',
          },
        },
      ],
    ],
    [
      'on the Monday after the spring DST change',
      { now: JANUARY, parts: [part({ date: '2026-03-09', startTime: '09:00' })] },
      [],
    ],
    [
      'on the Monday after the autumn DST change',
      { now: JANUARY, parts: [part({ date: '2026-11-02', startTime: '09:00' })] },
      [],
    ],
    [
      'at a time skipped by the spring DST change',
      {
        now: JANUARY,
        workingHours: ALL_DAY,
        parts: [part({ date: '2026-03-08', startTime: '02:30' })],
      },
      [
        { rule: 'time.weekend', params: { part: 1, date: '2026-03-08' } },
        {
          rule: 'time.nonexistent',
          params: { part: 1, date: '2026-03-08', startTime: '02:30', timeZone: 'America/Toronto' },
        },
      ],
    ],
    [
      'across the autumn DST change, read on the wall clock (00:30–01:30 EST)',
      {
        now: JANUARY,
        workingHours: { start: '00:00', end: '01:30' },
        parts: [part({ date: '2026-11-01', startTime: '00:30' })],
      },
      [{ rule: 'time.weekend', params: { part: 1, date: '2026-11-01' } }],
    ],
    [
      'across the spring DST change, read on the wall clock (01:00–04:00 EDT)',
      {
        now: JANUARY,
        workingHours: { start: '00:00', end: '03:30' },
        parts: [part({ date: '2026-03-08', startTime: '01:00' })],
      },
      [
        { rule: 'time.weekend', params: { part: 1, date: '2026-03-08' } },
        {
          rule: 'time.outsideHours',
          params: { part: 1, start: '00:00', end: '03:30', timeZone: 'America/Toronto' },
        },
      ],
    ],
  ])('%s', (_name, patch, expected) => {
    expect(checkSession(session(patch))).toEqual(expected);
  });
});

describe('checkSession: malformed parts', () => {
  it.each<[string, Partial<SessionPart>, Violation[]]>([
    [
      'an impossible date',
      { date: '2026-02-30' },
      [{ rule: 'time.invalid', params: { part: 1, field: 'date', value: '2026-02-30' } }],
    ],
    [
      'a time without its leading zero',
      { startTime: '9:00' },
      [{ rule: 'time.invalid', params: { part: 1, field: 'startTime', value: '9:00' } }],
    ],
    [
      'a fractional duration',
      { durationMinutes: 90.5 },
      [{ rule: 'time.invalid', params: { part: 1, field: 'durationMinutes', value: 90.5 } }],
    ],
    [
      'a zero duration',
      { durationMinutes: 0 },
      [{ rule: 'time.invalid', params: { part: 1, field: 'durationMinutes', value: 0 } }],
    ],
    [
      'a zone outside Canada',
      { timeZone: 'Europe/Paris' },
      [{ rule: 'time.zone', params: { part: 1, timeZone: 'Europe/Paris' } }],
    ],
    [
      'an unknown zone',
      { timeZone: 'Mars/Olympus_Mons' },
      [{ rule: 'time.zone', params: { part: 1, timeZone: 'Mars/Olympus_Mons' } }],
    ],
  ])('%s', (_name, patch, expected) => {
    expect(checkSession(session({ parts: [part(patch)] }))).toEqual(expected);
  });
});
