import { describe, expect, it } from 'vitest';
import { intlLocale } from '../../src/i18n/i18n.js';
import {
  formatDate,
  formatDateTimeWithZone,
  formatTime,
  formatTimeRange,
} from '../../src/domain/time-format.js';

const ZONE = 'America/Toronto';
/** Tuesday 15 and Wednesday 16 December 2026, 13:30–15:00 in Toronto (EST, UTC−5). */
const TUESDAY_START = new Date('2026-12-15T18:30:00Z');
const WEDNESDAY_START = new Date('2026-12-16T18:30:00Z');
const WEDNESDAY_END = new Date('2026-12-16T20:00:00Z');

describe('dates and times in Canadian English and Canadian French', () => {
  it.each([
    ['fr', TUESDAY_START, 'mardi 15 décembre 2026'],
    ['fr', WEDNESDAY_START, 'mercredi 16 décembre 2026'],
    ['en', TUESDAY_START, 'Tuesday, December 15, 2026'],
  ] as const)('%s date of %s is "%s"', (lang, utc, text) => {
    expect(formatDate(utc, ZONE, lang)).toBe(text);
  });

  it.each([
    ['fr', '13 h 30'],
    ['en', '1:30 p.m.'],
  ] as const)('%s time is "%s"', (lang, text) => {
    expect(formatTime(TUESDAY_START, ZONE, lang)).toBe(text);
  });

  it.each([
    ['fr', new Date('2026-12-16T14:05:00Z'), '9 h 05'],
    ['en', new Date('2026-12-16T14:05:00Z'), '9:05 a.m.'],
    ['en', new Date('2026-12-16T05:00:00Z'), '12:00 a.m.'],
  ] as const)('%s morning time %s is "%s"', (lang, utc, text) => {
    expect(formatTime(utc, ZONE, lang)).toBe(text);
  });

  it.each([
    ['fr', '13 h 30 – 15 h 00'],
    ['en', '1:30 p.m. – 3:00 p.m.'],
  ] as const)('%s time range is "%s"', (lang, text) => {
    expect(formatTimeRange(WEDNESDAY_START, WEDNESDAY_END, ZONE, lang)).toBe(text);
  });

  it('writes a French notification date with no English time in it', () => {
    const text = formatDateTimeWithZone(WEDNESDAY_START, ZONE, 'fr', WEDNESDAY_END);
    expect(text).toBe('mercredi 16 décembre 2026, 13 h 30 – 15 h 00 (heure normale de l’Est)');
    expect(text).not.toMatch(/\d:\d\d|[ap]\.?m\b/i);
  });
});

describe('numbers in Canadian English and Canadian French', () => {
  it.each([
    ['fr', '1 234,5'],
    ['en', '1,234.5'],
  ] as const)('%s writes 1234.5 as "%s"', (lang, text) => {
    const written = new Intl.NumberFormat(intlLocale(lang)).format(1234.5);
    expect(written.replace(/[\u00a0\u202f]/g, ' ')).toBe(text);
  });

  it('groups French thousands with a no-break space, so a number never breaks a line', () => {
    const written = new Intl.NumberFormat(intlLocale('fr')).format(1234.5);
    expect(written).toMatch(/^1[\u00a0\u202f]234,5$/);
  });
});
