import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  CANADIAN_ZONES,
  CANONICAL_CANADIAN_ZONES,
  PRIMARY_ZONES,
  formatDate,
  formatDateTimeWithZone,
  formatTime,
  formatTimeRange,
  isCanadianZone,
  localToUtc,
  zoneName,
} from '../../src/domain/time-zones.js';

const at = (iso: string) => new Date(iso);

describe('Canadian zones', () => {
  it.each(CANADIAN_ZONES.map((zone) => [zone]))('%s is a zone luxon and Intl know', (zone) => {
    expect(DateTime.now().setZone(zone).isValid).toBe(true);
    expect(() => new Intl.DateTimeFormat('en-CA', { timeZone: zone })).not.toThrow();
  });

  it('lists the zones of the brief', () => {
    for (const zone of [
      'America/St_Johns',
      'America/Halifax',
      'America/Glace_Bay',
      'America/Moncton',
      'America/Goose_Bay',
      'America/Blanc-Sablon',
      'America/Toronto',
      'America/Iqaluit',
      'America/Atikokan',
      'America/Winnipeg',
      'America/Rankin_Inlet',
      'America/Resolute',
      'America/Regina',
      'America/Swift_Current',
      'America/Edmonton',
      'America/Cambridge_Bay',
      'America/Inuvik',
      'America/Vancouver',
      'America/Dawson_Creek',
      'America/Fort_Nelson',
      'America/Whitehorse',
      'America/Dawson',
    ]) {
      expect(CANONICAL_CANADIAN_ZONES).toContain(zone);
    }
    expect(new Set(CANADIAN_ZONES).size).toBe(CANADIAN_ZONES.length);
  });

  it.each([
    ['America/Toronto', true],
    ['America/St_Johns', true],
    ['America/Regina', true],
    ['America/Montreal', true],
    ['Canada/Newfoundland', true],
    ['America/New_York', false],
    ['Europe/Paris', false],
    ['america/toronto', false],
    ['EST', false],
    ['', false],
  ])('isCanadianZone(%j) is %s', (zone, expected) => {
    expect(isCanadianZone(zone)).toBe(expected);
  });

  it('offers the primary zones east to west, each Canadian and labelled in both languages', () => {
    expect(PRIMARY_ZONES.map((z) => z.zone)).toEqual([
      'America/St_Johns',
      'America/Halifax',
      'America/Toronto',
      'America/Winnipeg',
      'America/Regina',
      'America/Edmonton',
      'America/Vancouver',
      'America/Whitehorse',
    ]);
    for (const { zone, label } of PRIMARY_ZONES) {
      expect(isCanadianZone(zone)).toBe(true);
      expect(label.en).not.toBe('');
      expect(label.fr).not.toBe('');
    }
    expect(PRIMARY_ZONES[0]?.label).toEqual({
      en: 'Newfoundland (St. John’s)',
      fr: 'Terre-Neuve (St. John’s)',
    });
  });
});

describe('zoneName', () => {
  it.each([
    ['America/St_Johns', '2026-07-15T12:00Z', 'en', 'Newfoundland Daylight Time'],
    ['America/St_Johns', '2026-07-15T12:00Z', 'fr', 'heure avancée de Terre-Neuve'],
    ['America/St_Johns', '2026-12-16T12:00Z', 'en', 'Newfoundland Standard Time'],
    ['America/Halifax', '2026-07-15T12:00Z', 'en', 'Atlantic Daylight Time'],
    ['America/Toronto', '2026-12-16T12:00Z', 'fr', 'heure normale de l’Est'],
    ['America/Regina', '2026-07-15T12:00Z', 'en', 'Central Standard Time'],
    ['America/Regina', '2026-12-16T12:00Z', 'en', 'Central Standard Time'],
    ['America/Whitehorse', '2026-07-15T12:00Z', 'en', 'Yukon Time'],
    ['America/Whitehorse', '2026-12-16T12:00Z', 'fr', 'heure normale du Yukon'],
    ['America/Vancouver', '2026-12-16T12:00Z', 'en', 'Pacific Standard Time'],
    ['America/Vancouver', '2026-07-15T12:00Z', 'fr', 'heure avancée du Pacifique'],
  ] as const)('%s at %s in %s is %j', (zone, instant, lang, expected) => {
    expect(zoneName(zone, at(instant), lang)).toBe(expected);
  });

  it('changes name across the autumn DST change in Toronto', () => {
    expect(zoneName('America/Toronto', at('2026-11-01T05:30Z'), 'en')).toBe(
      'Eastern Daylight Time',
    );
    expect(zoneName('America/Toronto', at('2026-11-01T06:30Z'), 'en')).toBe(
      'Eastern Standard Time',
    );
  });
});

describe('localToUtc', () => {
  it.each([
    // Newfoundland: half-hour offset, −2:30 in summer, −3:30 in winter.
    ['2026-07-15', '09:00', 'America/St_Johns', '2026-07-15T11:30:00.000Z'],
    ['2026-12-16', '09:00', 'America/St_Johns', '2026-12-16T12:30:00.000Z'],
    // Saskatchewan and Yukon keep one offset all year.
    ['2026-07-15', '09:00', 'America/Regina', '2026-07-15T15:00:00.000Z'],
    ['2026-12-16', '09:00', 'America/Regina', '2026-12-16T15:00:00.000Z'],
    ['2026-07-15', '09:00', 'America/Whitehorse', '2026-07-15T16:00:00.000Z'],
    ['2026-12-16', '09:00', 'America/Whitehorse', '2026-12-16T16:00:00.000Z'],
    ['2026-07-15', '09:00', 'America/Halifax', '2026-07-15T12:00:00.000Z'],
    ['2026-12-16', '09:00', 'America/Vancouver', '2026-12-16T17:00:00.000Z'],
    ['2026-12-16', '13:30', 'America/Toronto', '2026-12-16T18:30:00.000Z'],
    // Spring forward in Toronto, 2026-03-08: 02:00 EST becomes 03:00 EDT.
    ['2026-03-08', '01:59', 'America/Toronto', '2026-03-08T06:59:00.000Z'],
    ['2026-03-08', '03:00', 'America/Toronto', '2026-03-08T07:00:00.000Z'],
    ['2026-03-09', '09:00', 'America/Toronto', '2026-03-09T13:00:00.000Z'],
    // Fall back in Toronto, 2026-11-01: 01:00–01:59 happens twice; the earlier (EDT) is taken.
    ['2026-11-01', '00:30', 'America/Toronto', '2026-11-01T04:30:00.000Z'],
    ['2026-11-01', '01:00', 'America/Toronto', '2026-11-01T05:00:00.000Z'],
    ['2026-11-01', '01:30', 'America/Toronto', '2026-11-01T05:30:00.000Z'],
    ['2026-11-01', '02:00', 'America/Toronto', '2026-11-01T07:00:00.000Z'],
    ['2026-11-01', '01:30', 'America/St_Johns', '2026-11-01T04:00:00.000Z'],
    ['2026-11-02', '09:00', 'America/Toronto', '2026-11-02T14:00:00.000Z'],
    ['2026-11-01', '01:30', 'America/Regina', '2026-11-01T07:30:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    const result = localToUtc(date, time, zone);
    expect(result.ok && result.utc.toISOString()).toBe(expected);
  });

  it.each([
    ['2026-03-08', '02:00', 'America/Toronto'],
    ['2026-03-08', '02:30', 'America/Toronto'],
    ['2026-03-08', '02:59', 'America/Toronto'],
    ['2026-03-08', '02:30', 'America/St_Johns'],
    ['2026-03-08', '02:30', 'America/Vancouver'],
  ])('refuses %s %s in %s, skipped by the spring-forward change', (date, time, zone) => {
    expect(localToUtc(date, time, zone)).toEqual({ ok: false, reason: 'nonexistent' });
  });

  it.each([
    ['2026-02-30', '09:00', 'America/Toronto'],
    ['2026-12-16', '24:00', 'America/Toronto'],
    ['2026-12-16', '9:00', 'America/Toronto'],
    ['16/12/2026', '09:00', 'America/Toronto'],
    ['2026-12-16', '09:00', 'Mars/Olympus_Mons'],
  ])('gives invalid for %j %j in %j', (date, time, zone) => {
    expect(localToUtc(date, time, zone)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('formatting', () => {
  it.each([
    ['2026-12-16T18:30Z', 'America/Toronto', 'en', 'Wednesday, December 16, 2026', '1:30 p.m.'],
    ['2026-12-16T18:30Z', 'America/Toronto', 'fr', 'mercredi 16 décembre 2026', '13 h 30'],
    ['2026-12-16T18:30Z', 'America/St_Johns', 'en', 'Wednesday, December 16, 2026', '3:00 p.m.'],
    ['2026-12-16T18:30Z', 'America/St_Johns', 'fr', 'mercredi 16 décembre 2026', '15 h 00'],
    ['2026-12-16T18:30Z', 'America/Regina', 'en', 'Wednesday, December 16, 2026', '12:30 p.m.'],
    ['2026-12-16T18:30Z', 'America/Whitehorse', 'en', 'Wednesday, December 16, 2026', '11:30 a.m.'],
    ['2026-12-16T18:30Z', 'America/Vancouver', 'fr', 'mercredi 16 décembre 2026', '10 h 30'],
    ['2026-07-01T03:05Z', 'America/Halifax', 'en', 'Wednesday, July 1, 2026', '12:05 a.m.'],
    ['2026-07-01T03:05Z', 'America/Halifax', 'fr', 'mercredi 1 juillet 2026', '0 h 05'],
    ['2026-07-01T03:05Z', 'America/Vancouver', 'en', 'Tuesday, June 30, 2026', '8:05 p.m.'],
  ] as const)('%s in %s (%s): %j at %j', (instant, zone, lang, date, time) => {
    expect(formatDate(at(instant), zone, lang)).toBe(date);
    expect(formatTime(at(instant), zone, lang)).toBe(time);
  });

  it.each([
    ['en', '1:30 p.m. – 3:00 p.m.'],
    ['fr', '13 h 30 – 15 h 00'],
  ] as const)('formats a time range in %s', (lang, expected) => {
    const range = formatTimeRange(
      at('2026-12-16T18:30Z'),
      at('2026-12-16T20:00Z'),
      'America/Toronto',
      lang,
    );
    expect(range).toBe(expected);
  });

  it.each([
    ['en', undefined, 'Wednesday, December 16, 2026 at 1:30 p.m. (Eastern Standard Time)'],
    ['fr', undefined, 'mercredi 16 décembre 2026 à 13 h 30 (heure normale de l’Est)'],
    [
      'en',
      '2026-12-16T20:00Z',
      'Wednesday, December 16, 2026, 1:30 p.m. – 3:00 p.m. (Eastern Standard Time)',
    ],
    [
      'fr',
      '2026-12-16T20:00Z',
      'mercredi 16 décembre 2026, 13 h 30 – 15 h 00 (heure normale de l’Est)',
    ],
  ] as const)('formatDateTimeWithZone in %s, ending %s', (lang, end, expected) => {
    const endUtc = end === undefined ? undefined : at(end);
    expect(formatDateTimeWithZone(at('2026-12-16T18:30Z'), 'America/Toronto', lang, endUtc)).toBe(
      expected,
    );
  });

  it('names Newfoundland daylight time with its half-hour offset', () => {
    expect(formatDateTimeWithZone(at('2026-07-15T12:00Z'), 'America/St_Johns', 'fr')).toBe(
      'mercredi 15 juillet 2026 à 9 h 30 (heure avancée de Terre-Neuve)',
    );
  });

  it('writes a session across the autumn DST change in each offset', () => {
    // 00:30 EDT to 01:30 EST on 2026-11-01: two hours of elapsed time.
    const range = formatTimeRange(
      at('2026-11-01T04:30Z'),
      at('2026-11-01T06:30Z'),
      'America/Toronto',
      'en',
    );
    expect(range).toBe('12:30 a.m. – 1:30 a.m.');
  });
});
