import { describe, expect, it } from 'vitest';
import type { FeedbackScore, FeedbackScores } from '../../src/domain/feedback.js';
import { refreshSummary, summarise, visibleCount } from '../../src/domain/feedback-results.js';
import type { FeedbackSummary } from '../../src/domain/feedback-results.js';

const thresholds = { minResponses: 5, minComments: 10 };
const keepOrder = (xs: string[]) => xs;
const reverse = (xs: string[]) => xs.reverse();

/** A response giving every question the same score, or the scores listed. */
function response(...scores: FeedbackScore[]): { answers: FeedbackScores } {
  const [a, b = a, c = a, d = a, e = a] = scores as [FeedbackScore, ...FeedbackScore[]];
  return { answers: { safeSpace: a, learned: b, relationships: c, facilitation: d, overall: e } };
}

const responses = (scores: FeedbackScore[]) => scores.map((s) => response(s));
const comments = (n: number) => Array.from({ length: n }, (_, i) => `comment ${i + 1}`);

describe('visibleCount', () => {
  it.each<[number, number, number]>([
    [0, 5, 0],
    [4, 5, 0],
    [5, 5, 5],
    [9, 5, 5],
    [10, 5, 10],
    [14, 5, 10],
    [15, 5, 15],
    [19, 10, 10],
    [7, 1, 7],
  ])('%i answers, threshold %i → %i', (n, min, expected) => {
    expect(visibleCount(n, min)).toBe(expected);
  });

  it.each([0, -5, 2.5, Number.NaN])('refuses the threshold %d', (min) => {
    expect(() => visibleCount(3, min)).toThrow(RangeError);
  });
});

describe('summarise', () => {
  it('hides scores below the threshold, saying how many so far and the threshold', () => {
    const summary = summarise(responses([5, 4, 3, 2]), [], thresholds, keepOrder);
    expect(summary.responses).toBe(4);
    expect(summary.scores).toEqual({ shown: false, responses: 4, threshold: 5 });
    expect(summary.comments).toEqual({ shown: false, comments: 0, threshold: 10 });
  });

  it('gives count, one-decimal average and distribution per question at the threshold', () => {
    const given = [response(5, 1), response(4, 1), response(4, 2), response(2, 2), response(1, 3)];
    const summary = summarise(given, [], thresholds, keepOrder);
    expect(summary.scores.shown).toBe(true);
    if (!summary.scores.shown) return;
    expect(summary.scores.basedOn).toBe(5);
    expect(summary.scores.questions.map((q) => q.question)).toEqual([
      'safeSpace',
      'learned',
      'relationships',
      'facilitation',
      'overall',
    ]);
    expect(summary.scores.questions[0]).toEqual({
      question: 'safeSpace',
      count: 5,
      average: 3.2,
      distribution: { 1: 1, 2: 1, 3: 0, 4: 2, 5: 1 },
    });
    expect(summary.scores.questions[1]).toMatchObject({
      count: 5,
      average: 1.8,
      distribution: { 1: 2, 2: 2, 3: 1, 4: 0, 5: 0 },
    });
  });

  it('rounds averages to one decimal', () => {
    const given = responses([5, 5, 4, 4, 4, 4]);
    const summary = summarise(
      [...given.slice(0, 3), ...responses([3, 3])],
      [],
      thresholds,
      keepOrder,
    );
    expect(summary.scores.shown && summary.scores.questions[0]!.average).toBe(4); // 20 / 5
    const seven = summarise(responses([5, 4, 4, 4, 4, 4, 4, 4, 4, 4]), [], thresholds, keepOrder);
    expect(seven.scores.shown && seven.scores.questions[0]!.average).toBe(4.1); // 41 / 10
    const third = summarise(
      responses([5, 5, 5, 5, 4]),
      [],
      { ...thresholds, minResponses: 5 },
      keepOrder,
    );
    expect(third.scores.shown && third.scores.questions[0]!.average).toBe(4.8);
  });

  it('uses only the first multiple of the threshold, in the order given', () => {
    const given = responses([1, 1, 1, 1, 1, 5, 5, 5, 5]);
    const summary = summarise(given, [], thresholds, keepOrder);
    expect(summary.responses).toBe(9);
    expect(summary.scores.shown && summary.scores.basedOn).toBe(5);
    expect(summary.scores.shown && summary.scores.questions[0]!.average).toBe(1);
  });

  it('shows non-empty comments from the threshold on, in multiples, shuffled, as typed', () => {
    const typed = ['**bold** {{name}} <b>x</b>', '', '  ', ...comments(10)];
    const summary = summarise(responses([3]), typed, thresholds, reverse);
    expect(summary.comments).toEqual({
      shown: true,
      basedOn: 10,
      comments: [
        'comment 9',
        'comment 8',
        'comment 7',
        'comment 6',
        'comment 5',
        'comment 4',
        'comment 3',
        'comment 2',
        'comment 1',
        '**bold** {{name}} <b>x</b>',
      ],
    });
  });

  it('hides comments below the threshold, counting only non-empty ones', () => {
    const summary = summarise([], [...comments(9), '', ' '], thresholds, keepOrder);
    expect(summary.comments).toEqual({ shown: false, comments: 9, threshold: 10 });
  });

  it('hands the shuffle a copy, so an in-place shuffle cannot change the caller’s list', () => {
    const typed = comments(10);
    summarise([], typed, thresholds, reverse);
    expect(typed[0]).toBe('comment 1');
  });
});

describe('refreshSummary', () => {
  /** Stores responses one at a time, as the store would, and returns every stored summary. */
  function replay(scores: FeedbackScore[], typed: string[] = []): FeedbackSummary[] {
    const views: FeedbackSummary[] = [];
    let previous: FeedbackSummary | undefined;
    for (let n = 1; n <= scores.length; n += 1) {
      // The store keeps no order: hand the responses over in a scrambled order each time.
      const stored = responses(scores.slice(0, n)).reverse();
      previous = refreshSummary(
        previous,
        stored,
        typed.slice(0, n).reverse(),
        thresholds,
        keepOrder,
      );
      views.push(previous);
    }
    return views;
  }

  it('changes scores only at multiples of the threshold, over every response at that moment', () => {
    const views = replay([5, 5, 5, 5, 5, 1, 1, 1, 1, 1, 3]);
    const averages = views.map((v) => (v.scores.shown ? v.scores.questions[0]!.average : null));
    expect(averages).toEqual([null, null, null, null, 5, 5, 5, 5, 5, 3, 3]);
    expect(views.map((v) => v.responses)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('never lets two different views differ by fewer than the threshold', () => {
    const views = replay([4, 2, 5, 1, 3, 5, 2, 2, 4, 1, 5, 3, 3, 1]);
    const bases = views.map((v) => (v.scores.shown ? v.scores.basedOn : 0));
    const distinct = [...new Set(bases)];
    expect(distinct).toEqual([0, 5, 10]);
    for (let i = 1; i < views.length; i += 1) {
      if (bases[i]! > 0 && bases[i] === bases[i - 1]) {
        expect(views[i]!.scores).toBe(views[i - 1]!.scores);
      }
    }
  });

  it('keeps the same comments, in the same order, until the next multiple', () => {
    const typed = comments(12);
    const views = replay([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], typed);
    const at10 = views[9]!.comments;
    expect(at10.shown && at10.comments).toHaveLength(10);
    expect(views[10]!.comments).toBe(at10);
    expect(views[11]!.comments).toBe(at10);
  });

  it('recomputes a step when the threshold changed since the last summary', () => {
    const stored = responses([5, 5, 5, 5, 5, 1, 1, 1, 1, 1]);
    const before = refreshSummary(undefined, stored.slice(0, 5), [], thresholds, keepOrder);
    const after = refreshSummary(
      before,
      stored,
      [],
      { ...thresholds, minResponses: 10 },
      keepOrder,
    );
    expect(after.scores.shown && after.scores.basedOn).toBe(10);
  });
});
