import { z } from 'zod';

/** The feedback card's questions, in display order; each is answered 1 (low) to 5 (high). */
export const FEEDBACK_QUESTIONS = [
  'safeSpace',
  'learned',
  'relationships',
  'facilitation',
  'overall',
] as const;

/** One of the feedback card's questions (also its input id). */
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];

/** An answer on the 1–5 scale. */
export type FeedbackScore = 1 | 2 | 3 | 4 | 5;

/** The scores of one response, one per question. */
export type FeedbackScores = Record<FeedbackQuestion, FeedbackScore>;

/** One response: every score and the comment, trimmed ('' when none). */
export type FeedbackAnswers = FeedbackScores & { comment: string };

/** The longest comment, in UTF-16 code units after trimming, as for the request form (SPEC.md). */
export const COMMENT_MAX_LENGTH = 2000;

/** A feedback card input. */
export type FeedbackField = FeedbackQuestion | 'comment';

/**
 * Why an input was refused: `required` (a score missing or empty), `score` (not 1–5), `tooLong`
 * (a comment over {@link COMMENT_MAX_LENGTH}), `invalid` (a comment that is not text).
 */
export type FeedbackRule = 'required' | 'score' | 'tooLong' | 'invalid';

/** One refused input. */
export interface FeedbackError {
  field: FeedbackField;
  rule: FeedbackRule;
}

/** The outcome of reading a feedback card's payload. */
export type FeedbackParseResult =
  { ok: true; answers: FeedbackAnswers } | { ok: false; errors: FeedbackError[] };

const RULES: readonly string[] = ['required', 'score', 'tooLong', 'invalid'];

/** Teams sends every input as a string; a number (a test client, a card tool) is read alike. */
function asText(value: unknown): unknown {
  if (value === null) return undefined;
  return typeof value === 'number' ? String(value) : value;
}

const score = z.preprocess(
  asText,
  z
    .string({ error: (issue) => (issue.input === undefined ? 'required' : 'score') })
    .trim()
    .min(1, 'required')
    .regex(/^[1-5]$/, 'score')
    .transform((text) => Number(text) as FeedbackScore),
);

const comment = z.preprocess(
  (value) => (value === null ? undefined : value),
  z.string({ error: 'invalid' }).trim().max(COMMENT_MAX_LENGTH, 'tooLong').default(''),
);

const payloadSchema = z.object({
  safeSpace: score,
  learned: score,
  relationships: score,
  facilitation: score,
  overall: score,
  comment,
});

/**
 * Reads a feedback card's payload (other keys, such as `verb`, are ignored): every score required,
 * `"1"` to `"5"`; the comment optional and trimmed. Every refused input is reported, once each,
 * in the card's order. The comment is returned as typed: scrub it (`scrubComment`) before storing.
 */
export function parseFeedbackPayload(data: Record<string, unknown>): FeedbackParseResult {
  const parsed = payloadSchema.safeParse(data);
  if (parsed.success) return { ok: true, answers: parsed.data };
  const errors: FeedbackError[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]) as FeedbackField;
    const rule = (RULES.includes(issue.message) ? issue.message : 'invalid') as FeedbackRule;
    if (!errors.some((e) => e.field === field)) errors.push({ field, rule });
  }
  return { ok: false, errors };
}
