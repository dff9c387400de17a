import { describe, expect, it } from 'vitest';
import { partUtc, sessionPartsUtc } from '../../src/domain/session-rules.js';
import type { SessionPart } from '../../src/domain/session-types.js';
import { part, twoParts } from './session-fixtures.js';

describe('sessionPartsUtc', () => {
  it.each<[string, SessionPart, string, string]>([
    ['Toronto in winter', part(), '2026-12-16T18:30:00.000Z', '2026-12-16T20:30:00.000Z'],
    [
      "St. John's in summer",
      part({ date: '2026-07-15', startTime: '09:00', timeZone: 'America/St_Johns' }),
      '2026-07-15T11:30:00.000Z',
      '2026-07-15T13:30:00.000Z',
    ],
    [
      'Regina in summer',
      part({ date: '2026-07-15', startTime: '09:00', timeZone: 'America/Regina' }),
      '2026-07-15T15:00:00.000Z',
      '2026-07-15T17:00:00.000Z',
    ],
    [
      'Whitehorse in winter',
      part({ startTime: '09:00', timeZone: 'America/Whitehorse' }),
      '2026-12-16T16:00:00.000Z',
      '2026-12-16T18:00:00.000Z',
    ],
    [
      'across the autumn DST change',
      part({ date: '2026-11-01', startTime: '00:30' }),
      '2026-11-01T04:30:00.000Z',
      '2026-11-01T06:30:00.000Z',
    ],
  ])('%s', (_name, given, start, end) => {
    const [only] = sessionPartsUtc([given]) ?? [];
    expect(only?.startUtc.toISOString()).toBe(start);
    expect(only?.endUtc.toISOString()).toBe(end);
  });

  it('gives both parts of a two-part session in order', () => {
    const times = sessionPartsUtc(twoParts({}, {}))?.map((t) => t.startUtc.toISOString());
    expect(times).toEqual(['2026-12-16T14:00:00.000Z', '2026-12-17T14:00:00.000Z']);
  });

  it.each<[string, SessionPart, string]>([
    ['a skipped time', part({ date: '2026-03-08', startTime: '02:30' }), 'nonexistent'],
    ['an impossible date', part({ date: '2026-02-30' }), 'invalid'],
    ['a negative duration', part({ durationMinutes: -60 }), 'invalid'],
  ])('gives nothing for %s', (_name, given, reason) => {
    expect(sessionPartsUtc([part(), given])).toBeUndefined();
    expect(partUtc(given)).toEqual({ ok: false, reason });
  });
});
