import { describe as suite, expect, it } from 'vitest';
import { buildAgenda, objectivesForParts } from '../../src/domain/agenda.js';
import type { AgendaBlock, AgendaInput } from '../../src/domain/agenda.js';
import { describe, lengthOf, minutesFrom } from './agenda-helpers.js';

const start = new Date('2026-12-16T14:00:00Z');

function lines(durationMinutes: number, objectives: number, part?: AgendaInput['part']) {
  return describe(start, buildAgenda({ startUtc: start, durationMinutes, objectives, part }));
}

suite('buildAgenda: catalogue examples', () => {
  it('gives a 90-minute part no break, a 15-minute welcome and a 10-minute closing', () => {
    expect(lines(90, 3)).toEqual([
      '0-15 welcome',
      '15-35 discussion 0',
      '35-55 discussion 1',
      '55-80 discussion 2',
      '80-90 closing',
    ]);
  });

  it('gives a 3 h part one break on a segment boundary, a 20-minute welcome and 15-minute closing', () => {
    expect(lines(180, 3)).toEqual([
      '0-20 welcome',
      '20-65 discussion 0',
      '65-80 break',
      '80-125 discussion 1',
      '125-165 discussion 2',
      '165-180 closing',
    ]);
  });

  it('gives a 6 h part a lunch in the middle and a break on each side', () => {
    expect(lines(360, 4)).toEqual([
      '0-20 welcome',
      '20-85 discussion 0',
      '85-100 break',
      '100-165 discussion 1',
      '165-210 lunch',
      '210-275 discussion 2',
      '275-290 break',
      '290-345 discussion 3',
      '345-360 closing',
    ]);
  });

  it('cuts a long segment with a break when no boundary is near, and marks the rest continued', () => {
    expect(lines(420, 3)).toEqual([
      '0-20 welcome',
      '20-60 discussion 0',
      '60-75 break',
      '75-135 discussion 0 (cont.)',
      '135-180 lunch',
      '180-250 discussion 1',
      '250-265 break',
      '265-295 discussion 1 (cont.)',
      '295-335 discussion 2',
      '335-350 break',
      '350-405 discussion 2 (cont.)',
      '405-420 closing',
    ]);
  });

  it('splits a 6 h topic given as 180 + 180 into two agendas sharing the objectives', () => {
    const part = (index: number) => ({ index, durationsMinutes: [180, 180] });
    expect(lines(180, 4, part(0))).toEqual([
      '0-20 welcome',
      '20-85 discussion 0',
      '85-100 break',
      '100-165 discussion 1',
      '165-180 closing',
    ]);
    expect(lines(180, 4, part(1)).filter((l) => l.includes('discussion'))).toEqual([
      '20-85 discussion 2',
      '100-165 discussion 3',
    ]);
  });

  it('combines consecutive objectives when they cannot all have 15 minutes', () => {
    expect(lines(60, 4)).toEqual([
      '0-15 welcome',
      '15-35 discussion 0+1',
      '35-50 discussion 2+3',
      '50-60 closing',
    ]);
  });

  it('takes the objectives as a list as well as a count, in any language', () => {
    const objectives = ['Discuter…', 'Définir…', 'Cerner…'];
    const fromList = buildAgenda({ startUtc: start, durationMinutes: 90, objectives });
    expect(describe(start, fromList)).toEqual(lines(90, 3));
  });

  it('keeps elapsed time across a DST change (the UTC end is start + duration)', () => {
    const night = new Date('2026-11-01T05:00:00Z');
    const blocks = buildAgenda({ startUtc: night, durationMinutes: 120, objectives: 3 });
    expect(blocks.at(-1)?.endUtc.toISOString()).toBe('2026-11-01T07:00:00.000Z');
  });

  it('returns discussion blocks whose objectiveIndex is the first of objectiveIndexes', () => {
    const blocks = buildAgenda({ startUtc: start, durationMinutes: 45, objectives: 5 });
    const discussions = blocks.filter(
      (b): b is Extract<AgendaBlock, { kind: 'discussion' }> => b.kind === 'discussion',
    );
    expect(discussions.map((b) => [b.objectiveIndex, b.objectiveIndexes])).toEqual([
      [0, [0, 1, 2, 3, 4]],
    ]);
    expect(lengthOf(blocks[1]!)).toBe(20);
    expect(minutesFrom(start, blocks.at(-1)!.endUtc)).toBe(45);
  });
});

suite('buildAgenda: refusals', () => {
  it.each<[string, Partial<AgendaInput>]>([
    ['too short for welcome + 15 min + closing', { durationMinutes: 39 }],
    ['zero minutes', { durationMinutes: 0 }],
    ['fractional minutes', { durationMinutes: 90.5 }],
    ['no objectives', { objectives: 0 }],
    ['an empty objective list', { objectives: [] }],
    ['an invalid start', { startUtc: new Date('nope') }],
    ['a part index out of range', { part: { index: 2, durationsMinutes: [90, 90] } }],
    ['a part whose duration differs', { part: { index: 0, durationsMinutes: [120, 60] } }],
  ])('throws a RangeError for %s', (_name, change) => {
    const input: AgendaInput = { startUtc: start, durationMinutes: 90, objectives: 3, ...change };
    expect(() => buildAgenda(input)).toThrow(RangeError);
  });

  it('accepts the shortest possible part (40 minutes)', () => {
    expect(lines(40, 3)).toEqual(['0-15 welcome', '15-30 discussion 0+1+2', '30-40 closing']);
  });
});

suite('objectivesForParts', () => {
  it.each<[number, number[], number[][]]>([
    [
      4,
      [180, 180],
      [
        [0, 1],
        [2, 3],
      ],
    ],
    [3, [180, 180], [[0, 1], [2]]],
    [3, [210, 180], [[0, 1], [2]]],
    [3, [180, 210], [[0], [1, 2]]],
    [3, [120, 300], [[0], [1, 2]]],
    [4, [300, 90], [[0, 1, 2], [3]]],
    [
      5,
      [200, 200],
      [
        [0, 1, 2],
        [3, 4],
      ],
    ],
    [1, [180, 180], [[0], [0]]],
    [3, [420], [[0, 1, 2]]],
    [3, [], []],
  ])('%i objectives over %j → %j', (count, durations, expected) => {
    expect(objectivesForParts(count, durations)).toEqual(expected);
  });
});
