import { describe, expect, it } from 'vitest';
import { backoffMs, isRetryableStatus, parseRetryAfter } from '../../src/jobs/backoff.js';
import { seededRandom } from './window-checker.js';

describe('backoffMs', () => {
  it('stays within [half, all] of the capped exponential for many random draws', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 20_000; i += 1) {
      const attempt = 1 + Math.floor(random() * 40);
      const ceiling = Math.min(60_000, 1_000 * 2 ** (attempt - 1));
      const delay = backoffMs(attempt, { baseMs: 1_000, maxMs: 60_000, random });
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
      expect(Number.isInteger(delay)).toBe(true);
    }
  });

  it.each([
    { attempt: 1, random: 0, expected: 500 },
    { attempt: 1, random: 0.999_999, expected: 1_000 },
    { attempt: 3, random: 0.5, expected: 3_000 },
    { attempt: 10, random: 0, expected: 30_000 },
    { attempt: 2_000, random: 0.999_999, expected: 60_000 },
    { attempt: 0, random: 0, expected: 500 },
  ])('attempt $attempt, draw $random → $expected ms', ({ attempt, random, expected }) => {
    expect(backoffMs(attempt, { baseMs: 1_000, maxMs: 60_000, random: () => random })).toBe(
      expected,
    );
  });

  it.each([
    { retryAfterMs: 5_000, expected: 5_000 },
    { retryAfterMs: 120_000, expected: 120_000 },
    { retryAfterMs: 10, expected: 500 },
  ])('never waits less than Retry-After $retryAfterMs ms', ({ retryAfterMs, expected }) => {
    const options = { baseMs: 1_000, maxMs: 60_000, random: () => 0, retryAfterMs };
    expect(backoffMs(1, options)).toBe(expected);
  });
});

describe('isRetryableStatus', () => {
  it.each([
    [undefined, true],
    [408, true],
    [412, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [507, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [413, false],
  ])('%s → %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 9, 21, 7, 28, 0);

  it.each([
    ['120', 120_000],
    [' 3 ', 3_000],
    ['0', 0],
    ['1.5', 1_500],
    ['Wed, 21 Oct 2026 07:28:30 GMT', 30_000],
    ['Wednesday, 21-Oct-26 07:29:00 GMT', 60_000],
    ['Wed, 21 Oct 2026 07:00:00 GMT', 0],
    ['Wed Oct 21 07:28:05 2026', 5_000],
    [undefined, undefined],
    ['', undefined],
    ['-5', undefined],
    ['1e3', undefined],
    ['soon', undefined],
  ])('%j → %j ms', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});
