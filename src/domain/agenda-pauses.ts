import { MIN_SEGMENT_MINUTES, ROUNDING_MINUTES } from './agenda-segments.js';

/** A break's length, in minutes. */
export const BREAK_MINUTES = 15;
/** Lunch's length, in minutes. */
export const LUNCH_MINUTES = 45;
/** Parts longer than this (5 h) have a lunch break. */
export const LUNCH_OVER_MINUTES = 300;
/** Pauses come about this often, in elapsed minutes. */
export const PAUSE_EVERY_MINUTES = 90;
/** No break starts in a part's first minutes. */
export const NO_BREAK_FIRST_MINUTES = 60;
/** No break runs into a part's last minutes. */
export const NO_BREAK_LAST_MINUTES = 30;

/**
 * A break or lunch at a point of *work time*: minutes from the part's start with earlier pauses
 * left out, so the segments' boundaries stay put whatever pauses are inserted.
 */
export interface Pause {
  kind: 'break' | 'lunch';
  at: number;
}

/** Where pauses may go: the part's length and its discussion span, in work time. */
export interface PauseFrame {
  durationMinutes: number;
  /** Work time from start to end of the closing block (the part less its pauses). */
  workMinutes: number;
  discussionStart: number;
  discussionEnd: number;
  /** Segment boundaries in work time, the discussion's start and end included. */
  boundaries: readonly number[];
}

/**
 * How many pauses (breaks, and lunch when there is one) a part has: enough that the stretches
 * between them are about {@link PAUSE_EVERY_MINUTES} long, i.e. round(duration / 90) − 1: none
 * under 2 h 15, one under 3 h 45, two under 5 h 15, three under 6 h 45, four under 8 h 15.
 */
export function pauseCount(durationMinutes: number): number {
  return Math.max(0, Math.round(durationMinutes / PAUSE_EVERY_MINUTES) - 1);
}

/** True when a part of this length has a lunch break (over 5 h). */
export function hasLunch(durationMinutes: number): boolean {
  return durationMinutes > LUNCH_OVER_MINUTES;
}

function minutesOf(pause: Pause): number {
  return pause.kind === 'lunch' ? LUNCH_MINUTES : BREAK_MINUTES;
}

/** Elapsed minutes from the part's start at work time `at`, given the pauses placed so far. */
export function elapsedAt(at: number, pauses: readonly Pause[]): number {
  return pauses.filter((p) => p.at < at).reduce((sum, p) => sum + minutesOf(p), at);
}

/** True when a pause at `at` leaves every discussion piece at least the minimum long. */
function fits(at: number, frame: PauseFrame, pauses: readonly Pause[]): boolean {
  if (at < frame.discussionStart || at > frame.discussionEnd) return false;
  if (pauses.some((p) => p.at === at)) return false;
  const cuts = [...frame.boundaries, ...pauses.map((p) => p.at)];
  return cuts.every((cut) => cut === at || Math.abs(cut - at) >= MIN_SEGMENT_MINUTES);
}

/** True when a break at `at` starts after the first hour and ends before the last 30 minutes. */
function breakAllowed(at: number, frame: PauseFrame, pauses: readonly Pause[]): boolean {
  const start = elapsedAt(at, pauses);
  return (
    fits(at, frame, pauses) &&
    start >= NO_BREAK_FIRST_MINUTES &&
    start + BREAK_MINUTES <= frame.durationMinutes - NO_BREAK_LAST_MINUTES
  );
}

/** Every rounded point of the discussion span, and each segment boundary. */
function candidates(frame: PauseFrame): number[] {
  const points = new Set(frame.boundaries);
  for (let at = frame.discussionStart; at <= frame.discussionEnd; at += ROUNDING_MINUTES) {
    points.add(at);
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * The allowed point nearest `target`, a segment boundary counting as a full minimum segment
 * nearer (a break between two objectives beats one that cuts a discussion short), or undefined.
 */
function nearest(target: number, frame: PauseFrame, allowed: (at: number) => boolean) {
  let best: { at: number; score: number } | undefined;
  for (const at of candidates(frame).filter(allowed)) {
    const bonus = frame.boundaries.includes(at) ? MIN_SEGMENT_MINUTES : 0;
    const score = Math.abs(at - target) - bonus;
    if (!best || score < best.score) best = { at, score };
  }
  return best?.at;
}

/**
 * Lunch: on the segment boundary nearest the middle of the work time (the earlier on a tie).
 * A part with a single segment has no inner boundary; its discussion then resumes after lunch.
 */
export function placeLunch(frame: PauseFrame): Pause | undefined {
  const { discussionStart, discussionEnd } = frame;
  const inner = frame.boundaries.filter((b) => b > discussionStart && b < discussionEnd);
  const middle = frame.workMinutes / 2;
  const allowed = (at: number) => (inner.length > 0 ? inner.includes(at) : fits(at, frame, []));
  const at = nearest(middle, { ...frame, boundaries: inner }, allowed);
  return at === undefined ? undefined : { kind: 'lunch', at };
}

/** Evenly spaced targets for `count` breaks inside the work-time span [from, to]. */
function targets(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * (i + 1)) / (count + 1));
}

/**
 * Places `count` breaks, evenly spread over the work time (split before and after lunch in
 * proportion to each side's length), each moved to the nearest allowed point.
 *
 * @returns every pause in work-time order, or undefined when a break has no allowed point
 */
export function placeBreaks(frame: PauseFrame, count: number, lunch?: Pause): Pause[] | undefined {
  const spans: [number, number, number][] = [];
  if (lunch) {
    const before = Math.round((count * lunch.at) / frame.workMinutes);
    spans.push([0, lunch.at, before], [lunch.at, frame.workMinutes, count - before]);
  } else {
    spans.push([0, frame.workMinutes, count]);
  }
  const pauses: Pause[] = lunch ? [lunch] : [];
  for (const target of spans.flatMap(([from, to, n]) => targets(from, to, n))) {
    const at = nearest(target, frame, (point) => breakAllowed(point, frame, pauses));
    if (at === undefined) return undefined;
    pauses.push({ kind: 'break', at });
  }
  return pauses.sort((a, b) => a.at - b.at);
}
