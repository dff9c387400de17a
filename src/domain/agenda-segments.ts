/** The shortest discussion block an agenda holds, in minutes. */
export const MIN_SEGMENT_MINUTES = 15;

/** Segment lengths are multiples of this many minutes (the last absorbs the rounding). */
export const ROUNDING_MINUTES = 5;

/** One discussion segment: the objectives it covers and its discussion time. */
export interface Segment {
  /** Topic-wide, 0-based, consecutive, in order; several only when objectives were combined. */
  objectiveIndexes: readonly number[];
  minutes: number;
}

/**
 * How many objectives a topic has, from their count or their list. Independent of language: the
 * caller passes either list (both have the same length) or just its length.
 */
export function objectiveCount(objectives: number | readonly unknown[]): number {
  const count = typeof objectives === 'number' ? objectives : objectives.length;
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`a topic has at least one objective, got ${String(count)}`);
  }
  return count;
}

/**
 * Shares a topic's objectives among the parts of a session, consecutively and in proportion to
 * each part's length: every part gets one, then each further objective goes to the part with
 * the most minutes per objective so far (the earlier part on a tie). With fewer objectives than
 * parts, a part left without one discusses the last objective again, so no part is empty.
 *
 * @returns the topic-wide objective indexes of each part, in part order
 */
export function objectivesForParts(count: number, durations: readonly number[]): number[][] {
  if (durations.length === 0) return [];
  if (count < durations.length) {
    return durations.map((_, part) => [Math.min(part, count - 1)]);
  }
  const shares = durations.map(() => 1);
  for (let given = durations.length; given < count; given += 1) {
    let best = 0;
    shares.forEach((share, part) => {
      const perObjective = (durations[part] ?? 0) / share;
      if (perObjective > (durations[best] ?? 0) / (shares[best] ?? 1)) best = part;
    });
    shares[best] = (shares[best] ?? 0) + 1;
  }
  let next = 0;
  return shares.map((share) => Array.from({ length: share }, () => next++));
}

/**
 * Splits consecutive objectives into at most `groups` runs whose sizes differ by at most one,
 * the larger runs first, so each run becomes one segment.
 */
export function groupObjectives(indexes: readonly number[], groups: number): number[][] {
  const count = Math.min(groups, indexes.length);
  const small = Math.floor(indexes.length / count);
  const larger = indexes.length % count;
  const runs: number[][] = [];
  let from = 0;
  for (let run = 0; run < count; run += 1) {
    const size = small + (run < larger ? 1 : 0);
    runs.push(indexes.slice(from, from + size));
    from += size;
  }
  return runs;
}

function roundTo(minutes: number, step: number, round: (x: number) => number): number {
  return round(minutes / step) * step;
}

/**
 * Shares `total` minutes among `count` segments: each gets the equal share rounded to
 * {@link ROUNDING_MINUTES} and the last absorbs the rounding. When rounding up would leave the
 * last segment under {@link MIN_SEGMENT_MINUTES}, the shares are rounded down instead.
 */
export function shareMinutes(total: number, count: number): number[] {
  let share = roundTo(total / count, ROUNDING_MINUTES, Math.round);
  if (total - (count - 1) * share < MIN_SEGMENT_MINUTES) {
    share = roundTo(total / count, ROUNDING_MINUTES, Math.floor);
  }
  const minutes = Array.from({ length: count }, () => share);
  minutes[count - 1] = total - (count - 1) * share;
  return minutes;
}

/**
 * The discussion segments of `minutes` of discussion time for these objectives: one per
 * objective, or, when they do not all fit at {@link MIN_SEGMENT_MINUTES} each, consecutive
 * objectives combined into as many segments as fit.
 */
export function buildSegments(objectives: readonly number[], minutes: number): Segment[] {
  const fit = Math.floor(minutes / MIN_SEGMENT_MINUTES);
  const runs = groupObjectives(objectives, Math.max(1, fit));
  const shares = shareMinutes(minutes, runs.length);
  return runs.map((objectiveIndexes, run) => ({ objectiveIndexes, minutes: shares[run] ?? 0 }));
}
