import { describe, expect, it } from 'vitest';
import {
  BOOKING_BUFFER_MINUTES,
  MIN_PART_MINUTES,
  checkSession,
  isSplittable,
} from '../../src/domain/session-rules.js';
import type { Booking, Violation } from '../../src/domain/session-types.js';
import {
  ANTI_RACISM,
  EMPLOYER,
  GROUNDING,
  LMC,
  UNION,
  part,
  session,
  twoParts,
} from './session-fixtures.js';

describe('checkSession: a valid session', () => {
  it('has no violations', () => {
    expect(checkSession(session())).toEqual([]);
  });
});

describe('checkSession: durations and parts', () => {
  it.each<[string, Parameters<typeof session>[0], Violation[]]>([
    ['the topic minimum', { parts: [part({ durationMinutes: 90 })] }, []],
    ['the topic maximum', { parts: [part({ durationMinutes: 120 })] }, []],
    [
      'a minute short',
      { parts: [part({ durationMinutes: 89 })] },
      [{ rule: 'duration.range', params: { minMinutes: 90, maxMinutes: 120, totalMinutes: 89 } }],
    ],
    [
      'a minute long',
      { parts: [part({ durationMinutes: 121 })] },
      [{ rule: 'duration.range', params: { minMinutes: 90, maxMinutes: 120, totalMinutes: 121 } }],
    ],
    [
      'a 6 h topic in one part',
      { topic: ANTI_RACISM, parts: [part({ startTime: '09:00', durationMinutes: 360 })] },
      [],
    ],
    ['a 6 h topic in two parts', { topic: ANTI_RACISM, parts: twoParts({}, {}) }, []],
    [
      'two parts of a shortest allowed part',
      {
        topic: ANTI_RACISM,
        parts: twoParts({ durationMinutes: 300 }, { durationMinutes: MIN_PART_MINUTES }),
      },
      [],
    ],
    [
      'a part shorter than an hour',
      { topic: ANTI_RACISM, parts: twoParts({ durationMinutes: 330 }, { durationMinutes: 30 }) },
      [{ rule: 'duration.partRange', params: { part: 2, minMinutes: 60, durationMinutes: 30 } }],
    ],
    [
      'two parts whose total is out of range',
      { topic: LMC, parts: twoParts({ durationMinutes: 240 }, { durationMinutes: 200 }) },
      [{ rule: 'duration.range', params: { minMinutes: 390, maxMinutes: 420, totalMinutes: 440 } }],
    ],
    [
      'two parts of a short topic',
      { topic: GROUNDING, parts: twoParts({ durationMinutes: 60 }, { durationMinutes: 60 }) },
      [{ rule: 'duration.splitNotAllowed', params: { maxMinutes: 120, splitMinMinutes: 360 } }],
    ],
    [
      'two parts on the same day',
      {
        topic: ANTI_RACISM,
        parts: twoParts({}, { date: '2026-12-16', startTime: '13:00' }),
      },
      [{ rule: 'parts.sameDay', params: { date: '2026-12-16' } }],
    ],
    [
      'two parts out of order',
      { topic: ANTI_RACISM, parts: twoParts({ date: '2026-12-18' }, {}) },
      [{ rule: 'parts.order', params: { date1: '2026-12-18', date2: '2026-12-17' } }],
    ],
    ['no part', { parts: [] }, [{ rule: 'parts.count', params: { count: 0, min: 1, max: 1 } }]],
    [
      'three parts',
      {
        topic: ANTI_RACISM,
        parts: [...twoParts({}, {}), part({ date: '2026-12-18', durationMinutes: 60 })],
      },
      [{ rule: 'parts.count', params: { count: 3, min: 1, max: 2 } }],
    ],
  ])('%s', (_name, patch, expected) => {
    expect(checkSession(session(patch))).toEqual(expected);
  });

  it.each([
    [120, false],
    [359, false],
    [360, true],
    [420, true],
  ])('a topic of at most %i minutes is splittable: %s', (maxMinutes, expected) => {
    expect(isSplittable(maxMinutes)).toBe(expected);
  });
});

describe('checkSession: facilitators', () => {
  const unionAsEmployer = { ...EMPLOYER, id: 'e2' };
  it.each<[string, Parameters<typeof session>[0], Violation[]]>([
    ['no union facilitator', { union: undefined }, [{ rule: 'pairing.union', params: {} }]],
    [
      'no employer facilitator',
      { employer: undefined },
      [{ rule: 'pairing.employer', params: {} }],
    ],
    [
      'two employer facilitators',
      { union: unionAsEmployer },
      [
        {
          rule: 'pairing.sameSide',
          params: { slot: 'union', facilitatorId: 'e2', side: 'employer' },
        },
      ],
    ],
    [
      'the same person twice',
      { employer: UNION },
      [
        {
          rule: 'pairing.sameSide',
          params: { slot: 'employer', facilitatorId: 'u1', side: 'union' },
        },
      ],
    ],
    [
      'an inactive facilitator',
      { employer: { ...EMPLOYER, active: false } },
      [{ rule: 'facilitator.inactive', params: { slot: 'employer', facilitatorId: 'e1' } }],
    ],
    [
      'a French session, a French-speaking pair',
      { language: 'fr', employer: { ...EMPLOYER, languages: ['fr'] } },
      [],
    ],
    [
      'a French session, an English-only facilitator',
      { language: 'fr' },
      [
        {
          rule: 'pairing.language',
          params: { slot: 'employer', facilitatorId: 'e1', language: 'fr', missing: 'fr' },
        },
      ],
    ],
    [
      'an English session, a French-only facilitator',
      { union: { ...UNION, languages: ['fr'] } },
      [
        {
          rule: 'pairing.language',
          params: { slot: 'union', facilitatorId: 'u1', language: 'en', missing: 'en' },
        },
      ],
    ],
    [
      'a bilingual session, one facilitator speaking one language',
      { language: 'bilingual' },
      [
        {
          rule: 'pairing.language',
          params: { slot: 'employer', facilitatorId: 'e1', language: 'bilingual', missing: 'fr' },
        },
      ],
    ],
    [
      'a bilingual session, both bilingual',
      { language: 'bilingual', employer: { ...EMPLOYER, languages: ['fr', 'en'] } },
      [],
    ],
  ])('%s', (_name, patch, expected) => {
    expect(checkSession(session(patch))).toEqual(expected);
  });
});

describe('checkSession: double booking', () => {
  // The session runs 18:30Z–20:30Z (13:30–15:30 in Toronto).
  const booking = (facilitatorId: string, start: string, end: string): Booking => ({
    facilitatorId,
    startUtc: new Date(start),
    endUtc: new Date(end),
    reference: 'JLP-2026-0007',
  });
  const clash = (slot: string, facilitatorId: string, partNumber = 1): Violation => ({
    rule: 'facilitator.doubleBooked',
    params: {
      slot,
      facilitatorId,
      part: partNumber,
      reference: 'JLP-2026-0007',
      bufferMinutes: BOOKING_BUFFER_MINUTES,
    },
  });

  it.each<[string, Booking, Violation[]]>([
    ['ending 30 minutes before', booking('u1', '2026-12-16T16:00Z', '2026-12-16T18:00Z'), []],
    [
      'ending 29 minutes before',
      booking('u1', '2026-12-16T16:00Z', '2026-12-16T18:01Z'),
      [clash('union', 'u1')],
    ],
    ['starting 30 minutes after', booking('u1', '2026-12-16T21:00Z', '2026-12-16T22:00Z'), []],
    [
      'starting 29 minutes after',
      booking('e1', '2026-12-16T20:59Z', '2026-12-16T22:00Z'),
      [clash('employer', 'e1')],
    ],
    [
      'overlapping',
      booking('u1', '2026-12-16T19:00Z', '2026-12-16T20:00Z'),
      [clash('union', 'u1')],
    ],
    [
      'covering the whole session',
      booking('e1', '2026-12-16T14:00Z', '2026-12-16T22:00Z'),
      [clash('employer', 'e1')],
    ],
    ['of another facilitator', booking('x9', '2026-12-16T19:00Z', '2026-12-16T20:00Z'), []],
    ['on another day', booking('u1', '2026-12-17T18:30Z', '2026-12-17T20:30Z'), []],
  ])('another session %s', (_name, other, expected) => {
    expect(checkSession(session({ bookings: [other] }))).toEqual(expected);
  });

  it('names the part that clashes', () => {
    const other = booking('u1', '2026-12-17T15:00Z', '2026-12-17T16:00Z');
    const input = session({ topic: ANTI_RACISM, parts: twoParts({}, {}), bookings: [other] });
    // Part 2 runs 14:00Z–17:00Z on 2026-12-17.
    expect(checkSession(input)).toEqual([clash('union', 'u1', 2)]);
  });
});
