import { describe, expect, it } from 'vitest';
import { checkSession } from '../../src/domain/session-rules.js';
import type { SessionPart, Violation } from '../../src/domain/session-types.js';
import { ANTI_RACISM, part, session, twoParts } from './session-fixtures.js';

describe('checkSession: not in the past', () => {
  // The part starts at 18:30Z on 2026-12-16.
  it.each<[string, string, Violation[]]>([
    ['the day before', '2026-12-15T18:30:00Z', []],
    ['as it starts', '2026-12-16T18:30:00Z', []],
    [
      'a minute after it starts',
      '2026-12-16T18:31:00Z',
      [{ rule: 'time.past', params: { part: 1, date: '2026-12-16', today: '2026-12-16' } }],
    ],
    [
      'a month later',
      '2027-01-16T18:31:00Z',
      [{ rule: 'time.past', params: { part: 1, date: '2026-12-16', today: '2027-01-16' } }],
    ],
  ])('checked %s', (_name, now, expected) => {
    expect(checkSession(session({ now: new Date(now) }))).toEqual(expected);
  });
});

describe('checkSession: pre-reading lead time', () => {
  const lead = (date: string): Violation => ({
    rule: 'time.leadTime',
    params: { leadWorkingDays: 5, earliestDate: date, date: '2026-12-07' },
  });
  const sixHours = (date: string, timeZone = 'America/Toronto') =>
    part({ date, startTime: '09:00', durationMinutes: 360, timeZone });

  it.each<[string, string, SessionPart[], Violation[]]>([
    // Tuesday 2026-12-01: five working days on is Tuesday 2026-12-08.
    ['five working days ahead', '2026-12-01T15:00:00Z', [sixHours('2026-12-08')], []],
    [
      'four working days ahead',
      '2026-12-01T15:00:00Z',
      [sixHours('2026-12-07')],
      [lead('2026-12-08')],
    ],
    // 03:45Z on 2026-12-02 is already the 2nd in St. John's (00:15) but still the 1st in Halifax.
    [
      'late evening in Halifax',
      '2026-12-02T03:45:00Z',
      [sixHours('2026-12-08', 'America/Halifax')],
      [],
    ],
    [
      "just after midnight in St. John's",
      '2026-12-02T03:45:00Z',
      [sixHours('2026-12-08', 'America/St_Johns')],
      [
        {
          rule: 'time.leadTime',
          params: { leadWorkingDays: 5, earliestDate: '2026-12-09', date: '2026-12-08' },
        },
      ],
    ],
    [
      'measured from the earlier of two parts',
      '2026-12-01T15:00:00Z',
      twoParts({ date: '2026-12-07' }, { date: '2026-12-08' }),
      [lead('2026-12-08')],
    ],
  ])('%s', (_name, now, parts, expected) => {
    expect(checkSession(session({ now: new Date(now), topic: ANTI_RACISM, parts }))).toEqual(
      expected,
    );
  });

  it('is not checked for a topic without pre-reading', () => {
    expect(checkSession(session({ parts: [part({ date: '2026-12-02' })] }))).toEqual([]);
  });
});
