import { describe, expect, it } from 'vitest';
import { hasLunch, pauseCount, placeBreaks, placeLunch } from '../../src/domain/agenda-pauses.js';
import type { PauseFrame } from '../../src/domain/agenda-pauses.js';

/** A part with no pauses yet: welcome 15, discussion with these boundaries, closing 10. */
function frame(durationMinutes: number, boundaries: number[]): PauseFrame {
  return {
    durationMinutes,
    workMinutes: (boundaries.at(-1) ?? 0) + 10,
    discussionStart: boundaries[0] ?? 15,
    discussionEnd: boundaries.at(-1) ?? 15,
    boundaries,
  };
}

describe('pauseCount and hasLunch', () => {
  it.each<[number, number, boolean]>([
    [90, 0, false],
    [120, 0, false],
    [134, 0, false],
    [135, 1, false],
    [210, 1, false],
    [225, 2, false],
    [300, 2, false],
    [301, 2, true],
    [315, 3, true],
    [420, 4, true],
  ])('a %i-minute part has %i pauses (lunch: %s)', (d, pauses, lunch) => {
    expect(pauseCount(d)).toBe(pauses);
    expect(hasLunch(d)).toBe(lunch);
  });
});

describe('placeBreaks', () => {
  it('puts a break on a segment boundary within 15 minutes of the ideal point', () => {
    // 165 minutes, one break: ideal at work minute 75; the boundary at 85 wins.
    expect(placeBreaks(frame(165, [15, 85, 140]), 1)).toEqual([{ kind: 'break', at: 85 }]);
  });

  it('cuts a segment at the ideal point when no boundary is near', () => {
    expect(placeBreaks(frame(165, [15, 140]), 1)).toEqual([{ kind: 'break', at: 75 }]);
  });

  it('moves a break out of the first hour', () => {
    expect(placeBreaks(frame(130, [15, 105]), 1)).toEqual([{ kind: 'break', at: 60 }]);
  });

  it('gives up when the only places left would run into the last 30 minutes', () => {
    // Work 85 in a 100-minute part: a break may not start before 60, and one at 60 ends at 75.
    expect(placeBreaks(frame(100, [15, 75]), 1)).toBeUndefined();
  });

  it('keeps at least 15 minutes of discussion on each side of a break', () => {
    // Ideal at 60, but the boundary at 55 is in the first hour and 60 or 65 would leave a 5- or
    // 10-minute piece after it.
    expect(placeBreaks(frame(135, [15, 55, 110]), 1)).toEqual([{ kind: 'break', at: 70 }]);
  });
});

describe('placeLunch', () => {
  it('takes the inner boundary nearest the middle of the work time', () => {
    expect(placeLunch(frame(400, [20, 100, 200, 300]))).toEqual({ kind: 'lunch', at: 200 });
  });

  it('splits the only segment near the middle when there is no inner boundary', () => {
    expect(placeLunch(frame(400, [20, 300]))).toEqual({ kind: 'lunch', at: 155 });
  });
});
