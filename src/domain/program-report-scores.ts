import type { FeedbackSummary } from './feedback-results.js';
import { FEEDBACK_QUESTIONS, type FeedbackScore } from './feedback.js';
import type { TableCell } from './small-cells.js';

const SCORES = [1, 2, 3, 4, 5] as const satisfies readonly FeedbackScore[];

/**
 * Answers and mean score per (topic, question), from the stored summaries only (each session
 * counts its shown step, never answers its own view does not show). Rows are topics, columns
 * the questions, in `FEEDBACK_QUESTIONS` order.
 */
export function topicScoreCells(
  inputs: readonly { topic: string; summary: FeedbackSummary }[],
  topics: readonly string[],
): TableCell[] {
  const sums = new Map<string, { count: number; sum: number }>();
  const key = (topic: string, question: string) => JSON.stringify([topic, question]);
  for (const { topic, summary } of inputs) {
    if (!summary.scores.shown) continue;
    for (const q of summary.scores.questions) {
      const cell = sums.get(key(topic, q.question)) ?? { count: 0, sum: 0 };
      cell.count += q.count;
      cell.sum += SCORES.reduce((sum, score) => sum + score * q.distribution[score], 0);
      sums.set(key(topic, q.question), cell);
    }
  }
  return topics.flatMap((rowKey) =>
    FEEDBACK_QUESTIONS.map((colKey) => {
      const { count, sum } = sums.get(key(rowKey, colKey)) ?? { count: 0, sum: 0 };
      return { rowKey, colKey, count, value: count > 0 ? sum / count : undefined };
    }),
  );
}

/**
 * The cells with every cell of `forced` rows counted as small (1 answer), so that
 * `suppressSmallCells` hides them and their complements: for a topic whose total another table
 * must not publish (it would reveal a hidden cell there).
 */
export function forceSmall(cells: readonly TableCell[], forced: ReadonlySet<string>): TableCell[] {
  return cells.map((cell) =>
    forced.has(cell.rowKey) && cell.count > 0 ? { ...cell, count: 1 } : cell,
  );
}
