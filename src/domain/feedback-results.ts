import type { FeedbackQuestion, FeedbackScore, FeedbackScores } from './feedback.js';
import { FEEDBACK_QUESTIONS } from './feedback.js';

/*
 * Results move in steps of the threshold (5, 10, 15… responses; 10, 20… comments), so no two
 * views differ by fewer than a threshold's worth of answers and nobody can subtract one view
 * from the next to read one person's answers.
 *
 * How the caller keeps the same answers in a step (responses carry no order, by design):
 *   1. After storing each response, in the same transaction, call `refreshSummary` with the
 *      summary stored last time and store what it returns. When the count has just reached a
 *      multiple, that step is computed over *all* responses, so no order is needed; until the
 *      next multiple, the stored step is returned unchanged.
 *   2. Show the stored summary (never recompute on display).
 * Only when no earlier step exists (e.g. after a threshold changed) is a step computed from the
 * first `visibleCount` items of the order given; pass the responses sorted by their random key
 * so that choice is stable. Taking "the first k by random key" at every view would NOT keep
 * the same answers in: a new response's key may sort before others and push one out.
 */

/** When scores and comments may be shown (FEEDBACK_MIN_RESPONSES, FEEDBACK_MIN_COMMENTS). */
export interface FeedbackThresholds {
  minResponses: number;
  minComments: number;
}

/** One question's results: how many answered, the mean to one decimal, how many gave each score. */
export interface QuestionResult {
  question: FeedbackQuestion;
  count: number;
  average: number;
  distribution: Record<FeedbackScore, number>;
}

/** The scores part of a summary: shown, or hidden with the count so far and the threshold. */
export type ScoresView =
  | { shown: true; basedOn: number; questions: QuestionResult[] }
  | { shown: false; responses: number; threshold: number };

/** The comments part: shown (in random order, as typed), or hidden with the count so far. */
export type CommentsView =
  | { shown: true; basedOn: number; comments: string[] }
  | { shown: false; comments: number; threshold: number };

/** What a session's facilitators, coordinators and administrators see. */
export interface FeedbackSummary {
  /** Responses stored so far. */
  responses: number;
  scores: ScoresView;
  comments: CommentsView;
}

/** Puts the items in random order; it receives a copy it may shuffle in place. */
export type Shuffle = (items: string[]) => string[];

/**
 * How many of `n` answers a view may use: `n` rounded down to a multiple of the threshold
 * (0 below it). E.g. with 5: 4 → 0, 5 → 5, 9 → 5, 10 → 10.
 *
 * @throws RangeError when the threshold is not a positive whole number
 */
export function visibleCount(n: number, threshold: number): number {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`a threshold is a positive whole number, got ${threshold}`);
  }
  return Math.floor(n / threshold) * threshold;
}

function questionResult(question: FeedbackQuestion, scores: readonly FeedbackScores[]) {
  const distribution: Record<FeedbackScore, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let sum = 0;
  for (const answers of scores) {
    distribution[answers[question]] += 1;
    sum += answers[question];
  }
  const average = Math.round((sum / scores.length) * 10) / 10;
  return { question, count: scores.length, average, distribution };
}

function scoresView(responses: readonly { answers: FeedbackScores }[], threshold: number) {
  const basedOn = visibleCount(responses.length, threshold);
  if (basedOn === 0) return { shown: false, responses: responses.length, threshold } as const;
  const used = responses.slice(0, basedOn).map((r) => r.answers);
  const questions = FEEDBACK_QUESTIONS.map((question) => questionResult(question, used));
  return { shown: true, basedOn, questions } as const;
}

function nonEmpty(comments: readonly string[]): string[] {
  return comments.filter((comment) => comment.trim() !== '');
}

function commentsView(comments: readonly string[], threshold: number, shuffle: Shuffle) {
  const typed = nonEmpty(comments);
  const basedOn = visibleCount(typed.length, threshold);
  if (basedOn === 0) return { shown: false, comments: typed.length, threshold } as const;
  return { shown: true, basedOn, comments: shuffle(typed.slice(0, basedOn)) } as const;
}

/**
 * Summarises a session's feedback: per question the count, the mean (one decimal) and the
 * distribution over 1–5, once there are `minResponses` responses, computed over the first
 * `visibleCount` of them; the non-empty comments once there are `minComments`, the first
 * `visibleCount` of them, in the order `shuffle` returns, exactly as stored. Prefer
 * `refreshSummary`, which keeps a step's answers fixed (see above).
 */
export function summarise(
  responses: readonly { answers: FeedbackScores }[],
  comments: readonly string[],
  thresholds: FeedbackThresholds,
  shuffle: Shuffle,
): FeedbackSummary {
  return {
    responses: responses.length,
    scores: scoresView(responses, thresholds.minResponses),
    comments: commentsView(comments, thresholds.minComments, shuffle),
  };
}

/**
 * The summary to store after a new response: each part recomputed only when its visible count
 * has changed since `previous` (a new step reached, over every answer at that moment), else
 * `previous`'s part unchanged, comments in the same order. With no `previous`, `summarise`.
 */
export function refreshSummary(
  previous: FeedbackSummary | undefined,
  responses: readonly { answers: FeedbackScores }[],
  comments: readonly string[],
  thresholds: FeedbackThresholds,
  shuffle: Shuffle,
): FeedbackSummary {
  const next = summarise(responses, comments, thresholds, shuffle);
  if (!previous) return next;
  const scoresStep = visibleCount(responses.length, thresholds.minResponses);
  const commentsStep = visibleCount(nonEmpty(comments).length, thresholds.minComments);
  const keepScores = previous.scores.shown && previous.scores.basedOn === scoresStep;
  const keepComments = previous.comments.shown && previous.comments.basedOn === commentsStep;
  return {
    responses: next.responses,
    scores: keepScores ? previous.scores : next.scores,
    comments: keepComments ? previous.comments : next.comments,
  };
}
