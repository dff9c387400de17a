import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { USERS } from '../helpers/activities.js';
import { LoopbackConnector } from '../helpers/connector.js';
import { Harness, cardText } from '../helpers/harness.js';
import { scheduledSession } from '../helpers/scenario.js';
import type { TestUser } from '../helpers/activities.js';
import {
  MEETING_CHAT,
  PEOPLE,
  answers,
  executeActions,
  participant,
  postedTexts,
  pressInMeeting,
  resetMeeting,
  sayInMeeting,
} from './meeting-helpers.js';

const personal = (user: TestUser) => `a:personal-${user.aadObjectId}`;

describe('feedback results', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  let sessionId = '';
  let answered = 0;

  /** `n` more people answer in the meeting chat, each with these scores and comment. */
  async function answer(n: number, scores: Record<string, string> = {}, comment = '') {
    for (let i = 0; i < n; i += 1) {
      answered += 1;
      const card = await pressInMeeting(h, participant(answered), 'feedback.submit', {
        sessionId,
        ...answers(scores, comment === '' ? '' : `${comment} ${String(answered)}`),
      });
      expect(cardText(card)).toContain('Thank you');
    }
  }

  /** What `user` gets in their 1:1 chat for `results JLP-2026-0001`. */
  async function resultsFor(user: TestUser): Promise<string> {
    h.connector.reset();
    await h.say(user, 'results JLP-2026-0001');
    const [reply] = h.connector.messages(personal(user));
    return cardText(LoopbackConnector.card(reply!));
  }

  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(async () => {
    h.clock.set('2026-11-23T15:00:00Z');
    await resetMeeting(h);
    answered = 0;
    ({ sessionId } = await scheduledSession(h));
    h.clock.set('2026-12-02T17:50:00Z');
    await sayInMeeting(h, PEOPLE.union, 'feedback JLP-2026-0001');
  });

  it('hides scores at 4 responses, shows them at 5, and still the 5-answer view at 9', async () => {
    await answer(4, { overall: '4', learned: '5' });
    const four = await resultsFor(PEOPLE.union);
    expect(four).toContain('4 responses so far: scores are shown from 5 responses.');
    expect(four).not.toContain('Average');

    await answer(1, { overall: '4', learned: '3' });
    const five = await resultsFor(PEOPLE.union);
    expect(five).toContain('5 responses received');
    expect(five).toContain('Based on 5 responses.');
    expect(five).toContain('Average 4.0 out of 5 (5 answers)');
    expect(five).toContain('Average 4.6 out of 5 (5 answers)');

    await answer(4, { overall: '1', learned: '1' });
    const nine = await resultsFor(PEOPLE.union);
    expect(nine).toContain('9 responses received');
    expect(nine.replace('9 responses received', '5 responses received')).toBe(five);

    await answer(1, { overall: '1', learned: '1' });
    const ten = await resultsFor(PEOPLE.union);
    expect(ten).toContain('Based on 10 responses.');
    expect(ten).toContain('Average 2.5 out of 5 (10 answers)');
  });

  it('shows comments only from 10 of them, as typed, Markdown escaped', async () => {
    await answer(9, {}, '**not bold** _nor this_');
    const nine = await resultsFor(PEOPLE.ncrCoordinator);
    expect(nine).toContain('9 comments so far: comments are shown from 10 comments.');
    expect(nine).not.toContain('not bold');
    await answer(1, {}, '**not bold** _nor this_');
    const ten = await resultsFor(PEOPLE.ncrCoordinator);
    expect(ten).toContain('10 comments, in random order, as typed.');
    expect(ten).toContain('\\*\\*not bold\\*\\* \\_nor this\\_ 10');
    const stored = await h.bot.store.feedback.summary(sessionId);
    expect(stored?.comments).toMatchObject({ shown: true, basedOn: 10 });
    if (stored?.comments.shown) {
      expect([...stored.comments.comments].sort()).toEqual(
        Array.from({ length: 10 }, (_, i) => `**not bold** _nor this_ ${String(i + 1)}`).sort(),
      );
    }
  });

  it.each([
    ['the other facilitator', PEOPLE.employer, true],
    ['the region’s coordinator', PEOPLE.ncrCoordinator, true],
    ['an administrator', PEOPLE.admin, true],
    ['a participant', USERS.employee, false],
    ['another region’s coordinator', PEOPLE.quebecCoordinator, false],
    ['another facilitator', PEOPLE.otherFacilitator, false],
  ] as const)('gives the results to %s: %s', async (_who, user, allowed) => {
    await answer(5);
    const text = await resultsFor(user);
    if (allowed) expect(text).toContain('Average');
    else {
      expect(text).toContain('Only the facilitators of JLP-2026-0001');
      expect(text).not.toContain('Average');
    }
  });

  it('sends results privately when asked in the meeting chat, and says only that there', async () => {
    await answer(5);
    h.connector.reset();
    await sayInMeeting(h, PEOPLE.union, 'résultats');
    expect(postedTexts(h, MEETING_CHAT)).toEqual([
      expect.stringContaining('I sent you the results of JLP-2026-0001 in a private chat.'),
    ]);
    const [privately] = h.connector
      .messages()
      .filter((c) => c.conversationId !== MEETING_CHAT)
      .map((c) => cardText(LoopbackConnector.card(c)));
    expect(privately).toContain('Average');

    h.connector.reset();
    await sayInMeeting(h, participant(1), 'results');
    const texts = postedTexts(h, MEETING_CHAT);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('Only the facilitators of JLP-2026-0001');
    expect(h.connector.messages().filter((c) => c.conversationId !== MEETING_CHAT)).toEqual([]);
  });

  it('pages long comments so every card stays under 28 KB', async () => {
    const long = '**Très** _long_ [commentaire](x) é 🎉 '.repeat(60).slice(0, 1990);
    await answer(12, {}, long);
    const first = await resultsFor(PEOPLE.union);
    expect(first).toContain('Comments 1 to');
    const seen: string[] = [];
    let card = LoopbackConnector.card(h.connector.messages(personal(PEOPLE.union))[0]!);
    for (let page = 1; ; page += 1) {
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(28 * 1024);
      seen.push(
        ...cardText(card)
          .split('\n')
          .filter((line) => line.includes('commentaire')),
      );
      const next = executeActions(card).find((a) => a.title === 'Next comments');
      if (!next) break;
      ({ card } = await h.press(
        PEOPLE.union,
        'results.page',
        next.data as Record<string, unknown>,
      ));
      expect(page).toBeLessThan(10);
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    const refused = await h.press(USERS.employee, 'results.page', { sessionId, page: 1 });
    expect(cardText(refused.card)).toContain('Only the facilitators of JLP-2026-0001');
  });
});
