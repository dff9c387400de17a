import type { Pause, PauseFrame } from './agenda-pauses.js';
import {
  BREAK_MINUTES,
  LUNCH_MINUTES,
  hasLunch,
  pauseCount,
  placeBreaks,
  placeLunch,
} from './agenda-pauses.js';
import type { Segment } from './agenda-segments.js';
import {
  MIN_SEGMENT_MINUTES,
  buildSegments,
  objectiveCount,
  objectivesForParts,
} from './agenda-segments.js';

export { GROUND_RULES } from './ground-rules.js';
export { objectivesForParts } from './agenda-segments.js';

/** Parts up to this long (2 h) get the short welcome and closing. */
export const SHORT_PART_MINUTES = 120;
/** Welcome and ground rules: 15 minutes for a part of 2 h or less, 20 otherwise. */
export const WELCOME_MINUTES = { short: 15, long: 20 } as const;
/** Closing and feedback: 10 minutes for a part of 2 h or less, 15 otherwise. */
export const CLOSING_MINUTES = { short: 10, long: 15 } as const;

/** A block with no objective. */
export interface FixedBlock {
  kind: 'welcome' | 'break' | 'lunch' | 'closing';
  startUtc: Date;
  endUtc: Date;
}

/**
 * A discussion block. `objectiveIndexes` lists the topic-wide, 0-based objectives discussed:
 * one, or several consecutive ones when the part is too short to give each its own 15 minutes;
 * `objectiveIndex` is the first of them. A break may cut a segment in two: the second block
 * repeats its objectives with `continued` set.
 */
export interface DiscussionBlock {
  kind: 'discussion';
  startUtc: Date;
  endUtc: Date;
  objectiveIndex: number;
  objectiveIndexes: readonly number[];
  continued: boolean;
}

/** One timed block of an agenda. */
export type AgendaBlock = FixedBlock | DiscussionBlock;

/** What an agenda is built from. */
export interface AgendaInput {
  /** The part's start instant. */
  startUtc: Date;
  /** The part's length in whole minutes, breaks included. */
  durationMinutes: number;
  /** The topic's objectives (either language's list) or their number. */
  objectives: number | readonly unknown[];
  /**
   * For one part of a two-part session: its 0-based index and every part's duration. The
   * topic's objectives are then shared among the parts (see `objectivesForParts`).
   */
  part?: { index: number; durationsMinutes: readonly number[] } | undefined;
}

interface Plan {
  welcome: number;
  closing: number;
  segments: Segment[];
  pauses: Pause[];
}

function partObjectives(input: AgendaInput): number[] {
  const count = objectiveCount(input.objectives);
  const { part } = input;
  if (!part) return Array.from({ length: count }, (_, i) => i);
  const mine = objectivesForParts(count, part.durationsMinutes)[part.index];
  if (!mine || part.durationsMinutes[part.index] !== input.durationMinutes) {
    throw new RangeError(`part ${part.index} does not match the parts' durations`);
  }
  return mine;
}

function frameOf(plan: Omit<Plan, 'pauses'>, duration: number, work: number): PauseFrame {
  const boundaries = [plan.welcome];
  for (const segment of plan.segments) boundaries.push((boundaries.at(-1) ?? 0) + segment.minutes);
  const discussionEnd = boundaries.at(-1) ?? plan.welcome;
  const { welcome: discussionStart } = plan;
  return {
    durationMinutes: duration,
    workMinutes: work,
    discussionStart,
    discussionEnd,
    boundaries,
  };
}

/**
 * Lays out a part. Should a break find no place the rules allow, it tries with one break fewer
 * rather than fail: a safeguard only, since the tests find every break placed for every
 * duration from 40 minutes to 8 hours and up to 10 objectives.
 */
function plan(duration: number, objectives: readonly number[]): Plan {
  const short = duration <= SHORT_PART_MINUTES;
  const welcome = short ? WELCOME_MINUTES.short : WELCOME_MINUTES.long;
  const closing = short ? CLOSING_MINUTES.short : CLOSING_MINUTES.long;
  const lunch = hasLunch(duration);
  for (let breaks = pauseCount(duration) - (lunch ? 1 : 0); breaks >= 0; breaks -= 1) {
    const work = duration - breaks * BREAK_MINUTES - (lunch ? LUNCH_MINUTES : 0);
    const discussion = work - welcome - closing;
    if (discussion < MIN_SEGMENT_MINUTES) continue;
    const segments = buildSegments(objectives, discussion);
    const frame = frameOf({ welcome, closing, segments }, duration, work);
    const lunchPause = lunch ? placeLunch(frame) : undefined;
    if (lunch && !lunchPause) continue;
    const pauses = placeBreaks(frame, breaks, lunchPause);
    if (pauses) return { welcome, closing, segments, pauses };
  }
  throw new RangeError(`a ${duration}-minute part is too short for an agenda`);
}

const MINUTE_MS = 60_000;

function render(startUtc: Date, { welcome, closing, segments, pauses }: Plan): AgendaBlock[] {
  const blocks: AgendaBlock[] = [];
  let clock = startUtc.getTime();
  const next = (minutes: number) => {
    const from = new Date(clock);
    clock += minutes * MINUTE_MS;
    return { startUtc: from, endUtc: new Date(clock) };
  };
  const pause = (p: Pause) => {
    blocks.push({ kind: p.kind, ...next(p.kind === 'lunch' ? LUNCH_MINUTES : BREAK_MINUTES) });
  };
  blocks.push({ kind: 'welcome', ...next(welcome) });
  let at = welcome;
  for (const { objectiveIndexes, minutes } of segments) {
    const end = at + minutes;
    const objectiveIndex = objectiveIndexes[0] ?? 0;
    const discuss = (upTo: number, continued: boolean) => {
      blocks.push({
        kind: 'discussion',
        ...next(upTo - at),
        objectiveIndex,
        objectiveIndexes,
        continued,
      });
    };
    let continued = false;
    for (const p of pauses.filter((q) => q.at >= at && q.at < end)) {
      if (p.at > at) discuss(p.at, continued);
      continued = p.at > at || continued;
      at = p.at;
      pause(p);
    }
    discuss(end, continued);
    at = end;
  }
  pauses.filter((p) => p.at === at).forEach(pause);
  blocks.push({ kind: 'closing', ...next(closing) });
  return blocks;
}

/**
 * The timed blocks of a session part, contiguous from its start to start + duration (breaks are
 * part of the duration):
 *
 * - welcome and ground rules: 15 minutes for a part of 2 h or less, 20 otherwise;
 * - one discussion segment per objective, sharing the remaining time equally in multiples of
 *   5 minutes (the last absorbs the rounding); at least 15 minutes each, consecutive objectives
 *   being combined into one segment when they would not all fit;
 * - pauses about every 90 minutes (round(duration / 90) − 1 of them, spread evenly, so none
 *   under 2 h 15): 15-minute breaks, none starting in the first 60 minutes or running into the
 *   last 30, on a segment boundary when one is within 15 minutes of the ideal point,
 *   else cutting a segment (each piece at least 15 minutes); in a part over 5 h one of the
 *   pauses is a 45-minute lunch, on the segment boundary nearest the middle;
 * - closing and feedback: 10 minutes for a part of 2 h or less, 15 otherwise.
 *
 * Times are elapsed minutes from the start, so a part spanning a DST change keeps its length.
 *
 * @throws RangeError when the duration is not a whole number of minutes long enough for a
 *   welcome, one 15-minute segment and a closing, when there are no objectives, or when `part`
 *   does not match `durationMinutes`
 */
export function buildAgenda(input: AgendaInput): AgendaBlock[] {
  const { durationMinutes, startUtc } = input;
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) {
    throw new RangeError(`duration must be a whole number of minutes, got ${durationMinutes}`);
  }
  if (Number.isNaN(startUtc.getTime())) throw new RangeError('start is not a valid date');
  return render(startUtc, plan(durationMinutes, partObjectives(input)));
}
