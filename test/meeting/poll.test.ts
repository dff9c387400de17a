import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FEEDBACK_QUESTIONS } from '../../src/domain/feedback.js';
import { LoopbackConnector } from '../helpers/connector.js';
import { Harness, cardText } from '../helpers/harness.js';
import { scheduledSession } from '../helpers/scenario.js';
import {
  MEETING_CHAT,
  PEOPLE,
  answers,
  executeActions,
  participant,
  postedCards,
  pressInMeeting,
  resetMeeting,
  sayInMeeting,
} from './meeting-helpers.js';

const AFTER_THE_END = '2026-12-02T17:50:00Z';

function inputIds(card: unknown): string[] {
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.type === 'string' && record.type.startsWith('Input.'))
        ids.push(String(record.id));
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return ids;
}

describe('the anonymous feedback poll', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  const count = async (table: 'feedback_responses' | 'feedback_comments') =>
    (await db().selectFrom(table).selectAll().execute()).length;
  let sessionId = '';
  const people = [participant(1), participant(2), participant(3)];

  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(async () => {
    h.clock.set('2026-11-23T15:00:00Z');
    await resetMeeting(h);
    ({ sessionId } = await scheduledSession(h));
    for (const person of people) await h.press(person, 'registration.join', { sessionId });
    await sayInMeeting(h, PEOPLE.union, 'agenda JLP-2026-0001');
    h.connector.reset();
  });

  it('cannot be opened before the session starts', async () => {
    await sayInMeeting(h, PEOPLE.union, 'feedback');
    expect(cardText(postedCards(h, MEETING_CHAT)[0])).toContain('once the session has started');
    expect(await h.bot.store.feedback.poll(sessionId)).toBeUndefined();
  });

  it('is posted in the chat and sent 1:1 to each registered participant, once', async () => {
    h.clock.set(AFTER_THE_END);
    await sayInMeeting(h, PEOPLE.union, 'rétroaction');
    const [poll] = postedCards(h, MEETING_CHAT);
    expect(inputIds(poll)).toEqual([...FEEDBACK_QUESTIONS, 'comment']);
    const text = cardText(poll);
    expect(text).toContain('Anonymous feedback: Mental Health');
    expect(text).toContain('Please do not write names');
    expect(text).toContain('Open until Wednesday, December 9, 2026.');
    const submit = executeActions(poll).find((a) => a.verb === 'feedback.submit');
    expect(submit?.data).toEqual({ verb: 'feedback.submit', sessionId });

    const keys = (await h.bot.store.deliveries.byKeyPrefix(`feedback:${sessionId}:`)).map(
      (d) => `${d.key} ${d.state}`,
    );
    expect(keys.sort()).toEqual(
      people.map((p) => `feedback:${sessionId}:${p.aadObjectId} sent`).sort(),
    );
    const private1 = h.connector.messages().filter((c) => c.conversationId !== MEETING_CHAT);
    expect(private1).toHaveLength(3);
    // People whose language the bot does not know get both languages.
    expect(cardText(LoopbackConnector.card(private1[0]!))).toContain('Rétroaction anonyme');

    // Typed again: the card is posted again in the chat, nothing more is sent 1:1.
    await sayInMeeting(h, PEOPLE.employer, 'feedback');
    expect(postedCards(h, MEETING_CHAT)).toHaveLength(2);
    expect(h.connector.messages().filter((c) => c.conversationId !== MEETING_CHAT)).toHaveLength(3);
  });

  it('thanks the person, stores the answer once, and refuses a second one', async () => {
    h.clock.set(AFTER_THE_END);
    await sayInMeeting(h, PEOPLE.union, 'feedback');
    const first = await pressInMeeting(
      h,
      people[0]!,
      'feedback.submit',
      {
        sessionId,
        ...answers({}, 'Great session, thank you'),
      },
      { replyToId: 'poll-card' },
    );
    expect(cardText(first)).toContain('Thank you — your answer is anonymous.');
    expect(await count('feedback_responses')).toBe(1);
    expect(await count('feedback_comments')).toBe(1);

    // The same card pressed again (a double click): the same answer, nothing more stored.
    const again = await pressInMeeting(
      h,
      people[0]!,
      'feedback.submit',
      {
        sessionId,
        ...answers({ overall: '1' }),
      },
      { replyToId: 'poll-card' },
    );
    expect(again).toEqual(first);

    // From the 1:1 card: refused, not stored.
    const second = await h.press(people[0]!, 'feedback.submit', {
      sessionId,
      ...answers({ overall: '1' }, 'changed my mind'),
    });
    expect(cardText(second.card)).toContain('Thank you — your answer is anonymous.');
    expect(cardText(second.card)).toContain('Only the first answer counts');
    expect(await count('feedback_responses')).toBe(1);
    expect(await count('feedback_comments')).toBe(1);
    const stored = await db()
      .selectFrom('feedback_responses')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ overall: 4, day: '2026-12-02', session_id: sessionId });
  });

  it('keeps the answers and names what is missing, storing nothing', async () => {
    h.clock.set(AFTER_THE_END);
    await sayInMeeting(h, PEOPLE.union, 'feedback');
    const card = await pressInMeeting(h, people[1]!, 'feedback.submit', {
      sessionId,
      ...answers({ learned: '' }, 'x'.repeat(2001)),
    });
    const text = cardText(card);
    expect(text).toContain('Some answers are missing or too long');
    expect(text).toContain('Please choose a score from 1 to 5.');
    expect(text).toContain('2,000 characters or fewer');
    expect(JSON.stringify(card)).toContain('"id":"safeSpace"');
    const safeSpace = JSON.stringify(card).match(/"id":"safeSpace"[^}]*?"value":"(\d)"/);
    expect(safeSpace?.[1]).toBe('4');
    expect(await count('feedback_responses')).toBe(0);
    expect(await db().selectFrom('feedback_respondents').selectAll().execute()).toEqual([]);
  });

  it('scrubs contact details from comments before storing them', async () => {
    h.clock.set(AFTER_THE_END);
    await sayInMeeting(h, PEOPLE.union, 'feedback');
    await pressInMeeting(h, people[2]!, 'feedback.submit', {
      sessionId,
      ...answers({}, 'Call me at 613-555-0199 or write jane.doe@canada.ca'),
    });
    const comment = await db()
      .selectFrom('feedback_comments')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(comment.comment).toBe('Call me at [phone] or write [email]');
  });

  it('closes after FEEDBACK_OPEN_DAYS: a later answer is not stored', async () => {
    h.clock.set(AFTER_THE_END);
    await sayInMeeting(h, PEOPLE.union, 'feedback');
    h.clock.set('2026-12-09T17:50:01Z');
    const card = await pressInMeeting(h, people[0]!, 'feedback.submit', {
      sessionId,
      ...answers(),
    });
    expect(cardText(card)).toContain('This feedback poll is closed.');
    expect(await count('feedback_responses')).toBe(0);
    await sayInMeeting(h, PEOPLE.union, 'feedback');
    expect(cardText(postedCards(h, MEETING_CHAT).at(-1))).toContain('closed on');
  });

  it('is answered from the 1:1 card a participant receives', async () => {
    h.clock.set(AFTER_THE_END);
    await h.say(PEOPLE.employer, 'feedback JLP-2026-0001');
    const reply = h.connector.messages(`a:personal-${PEOPLE.employer.aadObjectId}`);
    expect(cardText(LoopbackConnector.card(reply[0]!))).toContain(
      'privately to the 3 registered participants',
    );
    const [delivered] = h.connector.messages(`a:personal-${people[1]!.aadObjectId}`);
    const card = LoopbackConnector.card(delivered!);
    const submit = executeActions(card).find((a) => a.verb === 'feedback.submit')!;
    const { card: thanks } = await h.press(people[1]!, 'feedback.submit', {
      ...(submit.data as Record<string, unknown>),
      ...answers(),
    });
    expect(cardText(thanks)).toContain('Thank you');
    expect(await count('feedback_responses')).toBe(1);
  });

  it('stores one answer when one person presses twice at the same moment', async () => {
    h.clock.set(AFTER_THE_END);
    await sayInMeeting(h, PEOPLE.union, 'feedback');
    const cards = await Promise.all(
      ['chat-card', '1to1-card', 'chat-card'].map((replyToId) =>
        pressInMeeting(
          h,
          people[0]!,
          'feedback.submit',
          { sessionId, ...answers() },
          { replyToId },
        ),
      ),
    );
    expect(cards.every((c) => cardText(c).includes('Thank you'))).toBe(true);
    expect(await count('feedback_responses')).toBe(1);
  });

  it('counts every answer in the summary when many answer at once', async () => {
    h.clock.set(AFTER_THE_END);
    await sayInMeeting(h, PEOPLE.union, 'feedback');
    const many = Array.from({ length: 12 }, (_, i) => participant(100 + i));
    await Promise.all(
      many.map((p) => pressInMeeting(h, p, 'feedback.submit', { sessionId, ...answers() })),
    );
    expect(await count('feedback_responses')).toBe(12);
    const summary = await h.bot.store.feedback.summary(sessionId);
    expect(summary).toMatchObject({ responses: 12, scores: { shown: true, basedOn: 10 } });
  });
});
