import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { FEEDBACK_QUESTIONS, type FeedbackError, type FeedbackField } from '../domain/feedback.js';
import { formatDate } from '../domain/time-format.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { SubmitOutcome } from '../store/feedback-store.js';
import type { Session } from '../store/session-types.js';
import { sessionTitle } from './session-view.js';

/** What the person typed and what was wrong with it, to show the card again with it kept. */
export interface PollForm {
  values: Record<string, unknown>;
  errors: readonly FeedbackError[];
}

type Meeting = ReturnType<typeof stringsFor>['meeting'];

/** One text in each language: ' / ' between short ones, a blank line between paragraphs. */
function both(
  languages: readonly Language[],
  pick: (t: Meeting, language: Language) => string,
  separator = ' / ',
): string {
  return languages.map((l) => pick(stringsFor(l).meeting, l)).join(separator);
}

function errorText(t: Meeting, field: FeedbackField, errors: readonly FeedbackError[]): string {
  const error = errors.find((e) => e.field === field);
  if (!error) return '';
  if (field !== 'comment') return t.required;
  return error.rule === 'tooLong' ? t.commentTooLong : t.fixErrors;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The language switch's data on the poll and thanks cards (the view re-renders either). */
function switchData(languages: readonly Language[], session: Session) {
  const t = stringsFor(languages[0] ?? 'en');
  return { switchTitle: t.lang.switchTo, switchCode: t.lang.switchToCode, sessionId: session.id };
}

/**
 * The anonymous poll: five 1–5 questions (`safeSpace`, `learned`, `relationships`,
 * `facilitation`, `overall`) and an optional comment, in each of `languages`.
 */
export function feedbackCard(
  deps: Pick<Deps, 'cards' | 'config'>,
  session: Session,
  languages: readonly Language[],
  closesAt: Date,
  form: PollForm = { values: {}, errors: [] },
): AdaptiveCard {
  const { errors, values } = form;
  const first = languages[0] ?? 'en';
  const min = deps.config.FEEDBACK_MIN_RESPONSES;
  const questions = Object.fromEntries(
    FEEDBACK_QUESTIONS.map((q) => [
      q,
      {
        label: both(languages, (t) => t.questions[q]),
        value: text(values[q]),
        error: errorText(stringsFor(first).meeting, q, errors),
      },
    ]),
  );
  const choices = ([1, 2, 3, 4, 5] as const).map((n) => ({
    title: `${n} – ${both(languages, (t) => t.scale[`s${n}`])}`,
    value: String(n),
  }));
  return deps.cards.render('feedback', {
    lang: first,
    title: both(languages, (t, l) => format(t.pollTitle, { topic: sessionTitle(session, l) })),
    intro: both(languages, (t) => format(t.pollIntro, { min }), '\n\n'),
    closes: both(languages, (t, l) =>
      format(t.pollCloses, { date: formatDate(closesAt, session.timeZone, l) }),
    ),
    notice: errors.length > 0 ? stringsFor(first).meeting.fixErrors : '',
    q: questions,
    choices,
    comment: {
      label: both(languages, (t) => t.comment),
      value: text(values.comment),
      error: errorText(stringsFor(first).meeting, 'comment', errors),
    },
    noNames: both(languages, (t) => t.commentNoNames, '\n\n'),
    required: both(languages, (t) => t.required),
    submitTitle: both(languages, (t) => t.submit),
    ...switchData(languages, session),
  });
}

/** What replaces the poll for the person who answered: thanks, only-the-first-counts, or closed. */
export function thanksCard(
  deps: Pick<Deps, 'cards' | 'config'>,
  session: Session,
  languages: readonly Language[],
  outcome: SubmitOutcome,
): AdaptiveCard {
  const min = deps.config.FEEDBACK_MIN_RESPONSES;
  const closed = outcome === 'closed';
  const body = (t: Meeting) =>
    closed
      ? format(t.closedText, { reference: session.reference })
      : outcome === 'already'
        ? t.alreadyText
        : format(t.thanksText, { min });
  return deps.cards.render('feedback-thanks', {
    lang: languages[0] ?? 'en',
    title: both(languages, (t) => (closed ? t.closedTitle : t.thanksTitle)),
    text: both(languages, body, '\n\n'),
    color: closed || outcome === 'already' ? 'Attention' : 'Good',
    ...switchData(languages, session),
  });
}
