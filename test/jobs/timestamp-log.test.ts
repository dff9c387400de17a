import { describe, expect, it } from 'vitest';
import { TimestampLog } from '../../src/jobs/timestamp-log.js';

describe('TimestampLog', () => {
  it('reads back from the newest', () => {
    const log = new TimestampLog();
    for (const time of [1, 2, 3]) log.push(time);
    expect([0, 1, 2, 3].map((n) => log.fromNewest(n))).toEqual([3, 2, 1, undefined]);
    expect(log.newest()).toBe(3);
  });

  it('trims by age and by count, however long it runs', () => {
    const log = new TimestampLog();
    for (let time = 0; time < 100_000; time += 1) {
      log.trim(time - 500, 99);
      log.push(time);
      expect(log.length).toBeLessThanOrEqual(100);
    }
    // The backing array is compacted, not merely read from further along.
    expect((log as unknown as { items: number[] }).items.length).toBeLessThanOrEqual(2 * 100 + 64);
    expect(log.fromNewest(99)).toBe(99_900);
    log.trim(99_950, 100);
    expect(log.length).toBe(49);
    expect(log.fromNewest(48)).toBe(99_951);
    log.trim(200_000, 100);
    expect(log.newest()).toBeUndefined();
  });
});
