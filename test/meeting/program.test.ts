import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardRenderer } from '../../src/cards/render.js';
import { parseConfig } from '../../src/config.js';
import { loadCatalogue } from '../../src/data/catalogue.js';
import { summarise } from '../../src/domain/feedback-results.js';
import type { FeedbackScore } from '../../src/domain/feedback.js';
import { defaultPaths } from '../../src/paths.js';
import { programResultsCard, type ProgramInput } from '../../src/ui/program-results-view.js';
import { LoopbackConnector } from '../helpers/connector.js';
import { Harness, cardText } from '../helpers/harness.js';
import { scheduledSession } from '../helpers/scenario.js';
import { PEOPLE, answers, participant, pressInMeeting, sayInMeeting } from './meeting-helpers.js';

function input(region: string, topic: string, n: number, overall: FeedbackScore): ProgramInput {
  const responses = Array.from({ length: n }, () => ({
    answers: { safeSpace: 3, learned: 3, relationships: 3, facilitation: 3, overall } as const,
  }));
  const thresholds = { minResponses: 5, minComments: 10 };
  return { region, topic, summary: summarise(responses, [], thresholds, (c) => c) };
}

describe('the program-wide report', () => {
  const paths = defaultPaths();
  const deps = {
    cards: new CardRenderer(paths.cards),
    catalogue: loadCatalogue(paths.catalogue),
    config: parseConfig({ FEEDBACK_MIN_RESPONSES: '10' }),
  };

  it('hides small cells, and a partner in their row so the row total reveals neither', () => {
    const card = programResultsCard(
      deps,
      [
        input('ncr', 'mental-health', 5, 5),
        input('ncr', 'grounding', 10, 3),
        input('ncr', 'lmc', 20, 4),
        input('quebec', 'lmc', 10, 2),
      ],
      'en',
    );
    const text = cardText(card);
    expect(text.match(/Hidden \(too few responses\)/g)).toHaveLength(2);
    expect(text).not.toMatch(/(?<!\d)5 responses/);
    expect(text).not.toContain('overall 3.0');
    expect(text).not.toContain('overall 5.0');
    expect(text).toContain('10 responses · overall 2.0 out of 5');
    expect(text).toContain('20 responses · overall 4.0 out of 5');
    expect(text).toContain('National Capital Region: 35 responses in all');
    // Each hidden cell is alone in its column: those columns' totals, and the grand total, go.
    const byTopic = (card.body as { facts?: { title: string; value: string }[] }[]).find(
      (node) => node.facts && !JSON.stringify(node).includes('${'),
    );
    const totals = Object.fromEntries(byTopic?.facts?.map((f) => [f.title, f.value]) ?? []);
    expect(totals).toEqual({
      'Returning to the Workplace: Now What?': '0',
      'Anti-Racism: Let’s Talk!': '0',
      'Labour-Management Consultation: Let’s Talk!': '30',
      'Understanding the Collective Agreement: Let’s Talk!': '0',
    });
    expect(text).not.toContain('Program total');
  });

  it('averages "overall" over each cell’s shown answers', () => {
    const card = programResultsCard(
      { ...deps, config: parseConfig({}) },
      [input('ncr', 'lmc', 5, 4), input('ncr', 'lmc', 5, 2), input('ncr', 'lmc', 4, 1)],
      'fr',
    );
    expect(cardText(card)).toContain('10 réponses · ensemble\u00a0: 3,0 sur 5');
  });
});

describe('"results program"', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('goes to administrators only, counting only shown steps', async () => {
    const { sessionId } = await scheduledSession(h);
    h.clock.set('2026-12-02T17:50:00Z');
    await sayInMeeting(h, PEOPLE.union, 'feedback JLP-2026-0001');
    for (let i = 1; i <= 7; i += 1) {
      await pressInMeeting(h, participant(i), 'feedback.submit', { sessionId, ...answers() });
    }
    h.connector.reset();
    await h.say(PEOPLE.admin, 'results program');
    await h.say(PEOPLE.ncrCoordinator, 'résultats programme');
    const [admin, coordinator] = h.connector.messages().map((c) => LoopbackConnector.card(c));
    expect(cardText(admin)).toContain('5 responses · overall 4.0 out of 5');
    expect(cardText(coordinator)).toContain('Only the program administrators');
  });
});
