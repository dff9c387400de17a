import { describe, expect, it } from 'vitest';
import { buildAgenda, objectivesForParts } from '../../src/domain/agenda.js';
import type { AgendaBlock, AgendaInput } from '../../src/domain/agenda.js';
import { lengthOf, minutesFrom, segmentsOf, workMinutes } from './agenda-helpers.js';

/*
 * Property-style checks: every rule of the agenda, for every catalogue duration and a sweep of
 * durations, objective counts, two-part splits and start instants.
 */

const CATALOGUE_DURATIONS = [90, 120, 180, 210, 240, 360, 390, 420];
const STARTS = ['2026-12-16T14:00:00Z', '2026-03-08T06:30:00Z', '2026-11-01T05:45:00Z'].map(
  (iso) => new Date(iso),
);

interface Case {
  input: AgendaInput;
  expectedObjectives: number[];
}

function single(durationMinutes: number, count: number, startUtc: Date): Case {
  const expectedObjectives = Array.from({ length: count }, (_, i) => i);
  return { input: { startUtc, durationMinutes, objectives: count }, expectedObjectives };
}

function splitCases(durations: number[], count: number, startUtc: Date): Case[] {
  const shares = objectivesForParts(count, durations);
  return durations.map((durationMinutes, index) => ({
    input: {
      startUtc,
      durationMinutes,
      objectives: count,
      part: { index, durationsMinutes: durations },
    },
    expectedObjectives: shares[index] ?? [],
  }));
}

const pauses = (blocks: AgendaBlock[]) =>
  blocks.filter((b) => b.kind === 'break' || b.kind === 'lunch');

/** Checks every invariant of one agenda. */
function checkInvariants({ input, expectedObjectives }: Case): void {
  const { startUtc, durationMinutes: d } = input;
  const blocks = buildAgenda(input);
  const at = (date: Date) => minutesFrom(startUtc, date);

  // Contiguous, from the start to exactly start + duration.
  expect(at(blocks[0]!.startUtc)).toBe(0);
  expect(at(blocks.at(-1)!.endUtc)).toBe(d);
  blocks.slice(1).forEach((b, i) => {
    expect(b.startUtc).toEqual(blocks[i]!.endUtc);
  });
  blocks.forEach((b) => {
    expect(lengthOf(b)).toBeGreaterThan(0);
  });

  // Welcome first, closing last, sized by the part's length.
  expect(blocks[0]!.kind).toBe('welcome');
  expect(lengthOf(blocks[0]!)).toBe(d <= 120 ? 15 : 20);
  expect(blocks.at(-1)!.kind).toBe('closing');
  expect(lengthOf(blocks.at(-1)!)).toBe(d <= 120 ? 10 : 15);
  expect(blocks.slice(1, -1).every((b) => b.kind !== 'welcome' && b.kind !== 'closing')).toBe(true);

  // Every objective once or more, in order; discussion blocks of 15 minutes or more.
  const discussions = blocks.filter((b) => b.kind === 'discussion');
  const seen = discussions.flatMap((b) => (b.continued ? [] : b.objectiveIndexes));
  expect(seen).toEqual(expectedObjectives);
  discussions.forEach((b) => {
    expect(lengthOf(b)).toBeGreaterThanOrEqual(15);
    expect(b.objectiveIndex).toBe(b.objectiveIndexes[0]);
  });

  // Segments share the time in multiples of 5 minutes; the last absorbs the rounding.
  const segments = segmentsOf(blocks);
  const shares = segments.slice(0, -1).map((s) => s.minutes);
  shares.forEach((m) => {
    expect(m % 5).toBe(0);
    expect(m).toBe(shares[0]);
  });
  expect(segments.at(-1)!.minutes).toBeGreaterThanOrEqual(15);
  if (shares.length > 0)
    expect(Math.abs(segments.at(-1)!.minutes - shares[0]!)).toBeLessThan(5 * segments.length);

  // Breaks: 15 minutes, not in the first hour, not into the last 30 minutes, never back to back.
  const breaks = blocks.filter((b) => b.kind === 'break');
  breaks.forEach((b) => {
    expect(lengthOf(b)).toBe(15);
    expect(at(b.startUtc)).toBeGreaterThanOrEqual(60);
    expect(at(b.endUtc)).toBeLessThanOrEqual(d - 30);
  });
  blocks.slice(1).forEach((b, i) => {
    if (b.kind === 'break' || b.kind === 'lunch') expect(blocks[i]!.kind).toBe('discussion');
  });
  expect(pauses(blocks)).toHaveLength(Math.max(0, Math.round(d / 90) - 1));

  checkLunch(input, blocks);
}

/** Lunch: only over 5 h, 45 minutes, on the segment boundary nearest the middle of work time. */
function checkLunch({ startUtc, durationMinutes: d }: AgendaInput, blocks: AgendaBlock[]) {
  const lunches = blocks.filter((b) => b.kind === 'lunch');
  expect(lunches).toHaveLength(d > 300 ? 1 : 0);
  const [lunch] = lunches;
  if (!lunch) return;
  expect(lengthOf(lunch)).toBe(45);
  const after = blocks[blocks.indexOf(lunch) + 1]!;
  const segments = segmentsOf(blocks);
  if (segments.length === 1) return;
  expect(after.kind === 'discussion' && !after.continued).toBe(true);
  const work = d - pauses(blocks).reduce((sum, p) => sum + lengthOf(p), 0);
  const distance = (date: Date) => Math.abs(workMinutes(startUtc, blocks, date) - work / 2);
  const inner = segments.slice(1).map((s) => distance(s.start));
  expect(distance(after.startUtc)).toBe(Math.min(...inner));
}

describe('buildAgenda invariants', () => {
  it.each(CATALOGUE_DURATIONS)('hold for a %i-minute part, 1 to 8 objectives, any start', (d) => {
    for (const startUtc of STARTS) {
      for (let count = 1; count <= 8; count += 1) checkInvariants(single(d, count, startUtc));
    }
  });

  it.each([
    [180, 180],
    [120, 240],
    [240, 120],
    [195, 195],
    [210, 210],
    [180, 240],
    [60, 330],
  ])('hold for each part of a %i + %i two-part session', (first, second) => {
    for (let count = 1; count <= 6; count += 1) {
      for (const c of splitCases([first, second], count, STARTS[0]!)) checkInvariants(c);
    }
  });

  it('hold for every duration from 40 minutes to 8 hours, in 5-minute steps, and odd ones', () => {
    const durations = [41, 97, 133, 301, 419];
    for (let d = 40; d <= 480; d += 5) durations.push(d);
    for (const d of durations) {
      for (let count = 1; count <= 10; count += 1) checkInvariants(single(d, count, STARTS[1]!));
    }
  });

  it.each<[number, number, number]>([
    [90, 0, 0],
    [120, 0, 0],
    [180, 1, 0],
    [210, 1, 0],
    [240, 2, 0],
    [360, 2, 1],
    [390, 2, 1],
    [420, 3, 1],
  ])('gives a %i-minute part %i breaks and %i lunch', (d, breakCount, lunchCount) => {
    for (let count = 1; count <= 8; count += 1) {
      const blocks = buildAgenda({ startUtc: STARTS[0]!, durationMinutes: d, objectives: count });
      expect(blocks.filter((b) => b.kind === 'break')).toHaveLength(breakCount);
      expect(blocks.filter((b) => b.kind === 'lunch')).toHaveLength(lunchCount);
    }
  });

  it('keeps every stretch between pauses of a catalogue part at two hours or less', () => {
    for (const d of CATALOGUE_DURATIONS) {
      for (let count = 1; count <= 8; count += 1) {
        const blocks = buildAgenda({ startUtc: STARTS[0]!, durationMinutes: d, objectives: count });
        const edges = [
          0,
          ...pauses(blocks).flatMap((p) => [
            minutesFrom(STARTS[0]!, p.startUtc),
            minutesFrom(STARTS[0]!, p.endUtc),
          ]),
          d,
        ];
        for (let i = 0; i < edges.length; i += 2) {
          expect(edges[i + 1]! - edges[i]!, `${d} min, ${count} objectives`).toBeLessThanOrEqual(
            120,
          );
        }
      }
    }
  });
});
