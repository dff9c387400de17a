import type { AdaptiveCard } from '../cards/render.js';
import { escapeMarkdown } from '../cards/markdown.js';
import type { Deps } from '../deps.js';
import type { FeedbackSummary, QuestionResult } from '../domain/feedback-results.js';
import { format, intlLocale, stringsFor, type Language } from '../i18n/i18n.js';
import type { Session } from '../store/session-types.js';
import { sessionTitle } from './session-view.js';

const SCORES = [5, 4, 3, 2, 1] as const;

function question(result: QuestionResult, language: Language) {
  const t = stringsFor(language).meeting;
  const average = new Intl.NumberFormat(intlLocale(language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(result.average);
  return {
    label: t.shortQuestions[result.question],
    statement: t.questions[result.question],
    average: format(t.average, { average, count: result.count }),
    facts: SCORES.map((score) => ({
      title: `${score} – ${t.scale[`s${score}`]}`,
      value: String(result.distribution[score]),
    })),
  };
}

/** Bytes of escaped comments one card may carry: the rest of the card stays well under 28 KB. */
export const COMMENT_PAGE_BYTES = 18_000;

/**
 * Cuts the (escaped) comments into pages that each fit a card, in order; a page holds at
 * least one comment (a 2,000-character comment, escaped, is far under the budget).
 */
export function commentPages(comments: readonly string[], budget = COMMENT_PAGE_BYTES): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let used = 0;
  for (const comment of comments) {
    const bytes = Buffer.byteLength(JSON.stringify(comment)) + 64;
    if (page.length > 0 && used + bytes > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(comment);
    used += bytes;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

function commentsPart(summary: FeedbackSummary, language: Language, page: number) {
  const m = stringsFor(language).meeting;
  const { comments } = summary;
  if (!comments.shown) {
    const note = format(m.commentsHidden, {
      count: comments.comments,
      threshold: comments.threshold,
    });
    return { commentsNote: note, comments: [], pageNote: '', page: 0, pages: 1 };
  }
  const pages = commentPages(comments.comments.map(escapeMarkdown));
  const at = Math.min(Math.max(0, Math.trunc(page)), pages.length - 1);
  const before = pages.slice(0, at).reduce((n, p) => n + p.length, 0);
  const shown = pages[at] ?? [];
  return {
    commentsNote: format(m.commentsBasedOn, { basedOn: comments.basedOn }),
    comments: shown.map((text) => ({ text })),
    pageNote:
      pages.length > 1
        ? format(m.commentsPage, {
            from: before + 1,
            to: before + shown.length,
            total: comments.comments.length,
          })
        : '',
    page: at,
    pages: pages.length,
  };
}

/**
 * A session's anonymous results as stored: per question the count, the average and the
 * distribution once shown, the comments (Markdown escaped, in their stored random order) once
 * shown, a page at a time when they would not fit one card, else how many so far and the
 * threshold.
 */
export function resultsCard(
  deps: Pick<Deps, 'cards' | 'config'>,
  session: Session,
  summary: FeedbackSummary,
  language: Language,
  page = 0,
): AdaptiveCard {
  const t = stringsFor(language);
  const m = t.meeting;
  const { scores } = summary;
  const part = commentsPart(summary, language, page);
  return deps.cards.render('results', {
    lang: language,
    title: format(m.resultsTitle, { topic: sessionTitle(session, language) }),
    count: format(m.resultsCount, { reference: session.reference, responses: summary.responses }),
    scoresNote: scores.shown
      ? format(m.scoresBasedOn, {
          basedOn: scores.basedOn,
          threshold: deps.config.FEEDBACK_MIN_RESPONSES,
        })
      : format(m.scoresHidden, { count: scores.responses, threshold: scores.threshold }),
    questions: scores.shown ? scores.questions.map((q) => question(q, language)) : [],
    commentsTitle: m.commentsTitle,
    commentsNote: part.commentsNote,
    comments: part.comments,
    pageNote: part.pageNote,
    hasPrevious: part.page > 0,
    hasNext: part.page < part.pages - 1,
    previousTitle: m.previousComments,
    nextTitle: m.nextComments,
    previousPage: part.page - 1,
    nextPage: part.page + 1,
    switchTitle: t.lang.switchTo,
    switchCode: t.lang.switchToCode,
    sessionId: session.id,
  });
}
