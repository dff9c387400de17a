import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { USERS } from '../helpers/activities.js';
import { Harness } from '../helpers/harness.js';
import { scheduledSession } from '../helpers/scenario.js';
import {
  MEETING_CHAT,
  PEOPLE,
  executeActions,
  postedCards,
  postedTexts,
  pressInMeeting,
  resetMeeting,
  sayInMeeting,
} from './meeting-helpers.js';
import { cardText } from '../helpers/harness.js';

describe('linking a meeting chat to a session', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  const links = () => db().selectFrom('meeting_links').selectAll().execute();
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(() => resetMeeting(h));

  it('offers a facilitator their sessions, and one press links the chat and posts the agenda', async () => {
    const { sessionId } = await scheduledSession(h);
    await sayInMeeting(h, PEOPLE.union, 'agenda');
    const [pick, ...rest] = postedCards(h, MEETING_CHAT);
    expect(rest).toEqual([]);
    expect(cardText(pick)).toContain('JLP-2026-0001');
    expect(await links()).toEqual([]);
    const [button] = executeActions(pick).filter((a) => a.verb === 'meeting.link');
    const data = button!.data as Record<string, unknown>;
    expect(data).toMatchObject({ sessionId, command: 'agenda' });

    const answer = await pressInMeeting(h, PEOPLE.union, 'meeting.link', data, {
      replyToId: 'pick-1',
    });
    expect(cardText(answer)).toContain('now linked to JLP-2026-0001');
    const stored = await links();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ session_id: sessionId, part: 1 });
    const reference = JSON.parse(stored[0]!.conversation_reference) as {
      conversation: { id: string };
    };
    expect(reference.conversation.id).toBe(MEETING_CHAT);
    const posted = postedTexts(h, MEETING_CHAT);
    expect(posted).toHaveLength(2);
    expect(posted[1]).toContain('Agenda: Mental Health');

    // A double click (and the other facilitator's press) finds it linked: same answer, no repost.
    const again = await pressInMeeting(h, PEOPLE.union, 'meeting.link', data, {
      replyToId: 'pick-1',
    });
    const other = await pressInMeeting(h, PEOPLE.employer, 'meeting.link', data, {
      replyToId: 'pick-1',
    });
    expect(cardText(again)).toBe(cardText(answer));
    expect(cardText(other)).toContain('now linked to JLP-2026-0001');
    expect(postedTexts(h, MEETING_CHAT)).toHaveLength(2);
    expect(await links()).toHaveLength(1);
  });

  it('links directly with a reference, for the region’s coordinator too', async () => {
    await scheduledSession(h);
    await sayInMeeting(h, PEOPLE.ncrCoordinator, 'agenda JLP-2026-0001');
    const posted = postedTexts(h, MEETING_CHAT);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toContain('Agenda: Mental Health');
    expect(await links()).toHaveLength(1);
    // Linked: a plain "agenda" posts it again, from the other facilitator too.
    await sayInMeeting(h, PEOPLE.employer, 'ordre du jour');
    expect(postedTexts(h, MEETING_CHAT)).toHaveLength(2);
  });

  const refused = [
    ['a participant', USERS.employee, 'agenda', 'Only a session’s facilitators'],
    ['a participant naming the session', USERS.employee, 'agenda JLP-2026-0001', 'Only a'],
    ['a participant asking for the poll', USERS.employee, 'feedback', 'Only a session’s'],
    ['another region’s facilitator', PEOPLE.otherFacilitator, 'agenda JLP-2026-0001', 'Only the'],
    ['another region’s coordinator', PEOPLE.quebecCoordinator, 'agenda JLP-2026-0001', 'Only'],
  ] as const;

  it.each(refused)('refuses %s politely and posts nothing else', async (_who, user, text, says) => {
    await scheduledSession(h);
    await sayInMeeting(h, user, text);
    const cards = postedCards(h, MEETING_CHAT);
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toContain(says);
    expect(cardText(cards[0])).not.toContain('Agenda');
    expect(executeActions(cards[0]).filter((a) => a.verb === 'meeting.link')).toEqual([]);
    expect(await links()).toEqual([]);
  });

  it('refuses a press on the pick card by someone who does not run the session', async () => {
    const { sessionId } = await scheduledSession(h);
    for (const user of [USERS.employee, PEOPLE.otherFacilitator, PEOPLE.quebecCoordinator]) {
      const card = await pressInMeeting(h, user, 'meeting.link', {
        sessionId,
        part: 1,
        command: 'agenda',
      });
      expect(cardText(card)).toMatch(/Only/);
    }
    expect(postedCards(h, MEETING_CHAT)).toEqual([]);
    expect(await links()).toEqual([]);
  });

  it('tells a facilitator with no sessions from today on how to link another one', async () => {
    await scheduledSession(h);
    await sayInMeeting(h, PEOPLE.otherFacilitator, 'agenda');
    expect(postedTexts(h, MEETING_CHAT)).toEqual([
      expect.stringContaining('You have no sessions from today on'),
    ]);
  });

  it('keeps a chat to one session: another reference is refused', async () => {
    await scheduledSession(h);
    await scheduledSession(h, { schedule: { date: '2026-12-03' } });
    await sayInMeeting(h, PEOPLE.union, 'agenda JLP-2026-0001');
    await sayInMeeting(h, PEOPLE.union, 'agenda JLP-2026-0002');
    const posted = postedTexts(h, MEETING_CHAT);
    expect(posted[1]).toContain('already linked to JLP-2026-0001');
    expect((await links()).map((l) => l.part)).toEqual([1]);
  });
});
