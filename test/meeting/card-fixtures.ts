import { summarise, type FeedbackSummary } from '../../src/domain/feedback-results.js';
import { parseFeedbackPayload, type FeedbackScores } from '../../src/domain/feedback.js';
import { agendaCard } from '../../src/ui/agenda-view.js';
import { feedbackCard, thanksCard } from '../../src/ui/feedback-view.js';
import { meetingPickCard } from '../../src/ui/meeting-pick-view.js';
import { programResultsCard } from '../../src/ui/program-results-view.js';
import { resultsCard } from '../../src/ui/results-view.js';
import type { CardCase, CardFixtures } from '../cards/card-case.js';
import type { FixtureApp } from '../cards/fixture-app.js';

/**
 * Comments as participants could type them: Markdown, an expression, HTML, emoji; none uses
 * a phrase of the bot's own strings, so the language check is not fooled.
 */
export const HOSTILE_COMMENTS = [
  '**Bravo** à l’équipe ! [click](javascript:alert(1)) ${t.app.name} <b>x</b> 🎉',
  '# Heading?\n- item\n1. first',
  'Merci, très utile 👍',
];

const SCORES: FeedbackScores = {
  safeSpace: 5,
  learned: 4,
  relationships: 3,
  facilitation: 5,
  overall: 4,
};

/** A stored summary with every part shown (12 responses, 10 comments shown). */
function shownSummary(): FeedbackSummary {
  const responses = Array.from({ length: 12 }, (_, i) => ({
    answers: { ...SCORES, overall: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5 },
  }));
  const comments = Array.from({ length: 10 }, (_, i) => HOSTILE_COMMENTS[i % 3] ?? '');
  return summarise(responses, comments, { minResponses: 5, minComments: 10 }, (c) => c);
}

/** Fixtures for the meeting chat's templates, to add to `cardFixtures` (test/cards/fixtures.ts). */
export function meetingCardFixtures(fx: FixtureApp): CardFixtures {
  const { deps, seeded } = fx;
  const { enSession, frSession, bilingualSession } = seeded;
  const closes = new Date('2026-12-10T17:00:00Z');
  const capture = (name: string, build: () => unknown) => fx.capture(name, build);
  const one = (name: string, build: (l: 'en' | 'fr') => unknown): CardCase => ({
    data: (language) => capture(name, () => build(language)),
  });
  const both = (name: string, build: () => unknown): CardCase => ({
    bilingual: true,
    data: () => capture(name, build),
  });
  const refused = parseFeedbackPayload({ safeSpace: '4', comment: 'x'.repeat(2001) });
  return {
    agenda: {
      english: one('agenda', (l) => agendaCard(deps, enSession, 1, [l])),
      bilingualPart2: both('agenda', () => agendaCard(deps, bilingualSession, 2, ['en', 'fr'])),
    },
    'meeting-pick': {
      facilitator: one('meeting-pick', (l) =>
        meetingPickCard(deps, l, 'agenda', [
          { session: enSession, part: enSession.parts[0]! },
          ...bilingualSession.parts.map((part) => ({ session: bilingualSession, part })),
        ]),
      ),
    },
    feedback: {
      blank: one('feedback', (l) => feedbackCard(deps, frSession, [l], closes)),
      refused: one('feedback', (l) =>
        feedbackCard(deps, enSession, [l], closes, {
          values: { safeSpace: '4', comment: `${HOSTILE_COMMENTS[0] ?? ''} ${'x'.repeat(2001)}` },
          errors: refused.ok ? [] : refused.errors,
        }),
      ),
      bilingual: both('feedback', () => feedbackCard(deps, bilingualSession, ['en', 'fr'], closes)),
    },
    'feedback-thanks': {
      thanks: one('feedback-thanks', (l) => thanksCard(deps, enSession, [l], 'stored')),
      already: one('feedback-thanks', (l) => thanksCard(deps, enSession, [l], 'already')),
      closed: one('feedback-thanks', (l) => thanksCard(deps, frSession, [l], 'closed')),
    },
    'program-results': {
      administrator: one('program-results', (l) =>
        programResultsCard(
          deps,
          [
            { region: 'ncr', topic: 'grounding', summary: shownSummary() },
            { region: 'ncr', topic: 'lmc', summary: shownSummary() },
            { region: 'atlantic', topic: 'anti-racism', summary: shownSummary() },
          ],
          l,
        ),
      ),
    },
    results: {
      shown: one('results', (l) => resultsCard(deps, enSession, shownSummary(), l)),
      hidden: one('results', (l) =>
        resultsCard(
          deps,
          frSession,
          summarise([{ answers: SCORES }], ['un'], { minResponses: 5, minComments: 10 }, (c) => c),
          l,
        ),
      ),
    },
  };
}
