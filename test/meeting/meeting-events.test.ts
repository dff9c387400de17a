import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TENANT } from '../helpers/activities.js';
import { Harness } from '../helpers/harness.js';
import { scheduledSession } from '../helpers/scenario.js';
import {
  MEETING_CHAT,
  PEOPLE,
  participant,
  postedTexts,
  resetMeeting,
  sayInMeeting,
} from './meeting-helpers.js';

/** A Teams meeting start or end event in a meeting chat, as the channel sends it. */
function meetingEvent(h: Harness, name: 'meetingStart' | 'meetingEnd') {
  return {
    type: 'event',
    name: `application/vnd.microsoft.${name}`,
    id: `event-${name}`,
    channelId: 'msteams',
    serviceUrl: h.connector.url,
    from: { id: '29:organizer', aadObjectId: PEOPLE.union.aadObjectId },
    recipient: { id: '28:jlp-bot', name: 'JLP Conversations' },
    conversation: { id: MEETING_CHAT, conversationType: 'groupChat', tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, meeting: { id: 'meeting-1' } },
    value: {
      Id: 'meeting-1',
      MeetingType: 'Scheduled',
      Title: 'JLP',
      StartTime: '2026-12-02T14:30:00Z',
      EndTime: '2026-12-02T17:45:00Z',
    },
  };
}

describe('meeting start and end events in a linked chat', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  let sessionId = '';
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(async () => {
    h.clock.set('2026-11-23T15:00:00Z');
    await resetMeeting(h);
    ({ sessionId } = await scheduledSession(h));
    await h.press(participant(1), 'registration.join', { sessionId });
  });

  it('posts the agenda when the meeting starts and opens the poll when it ends', async () => {
    await sayInMeeting(h, PEOPLE.union, 'agenda JLP-2026-0001');
    h.connector.reset();
    h.clock.set('2026-12-02T14:30:00Z');
    expect((await h.post(meetingEvent(h, 'meetingStart'))).status).toBe(200);
    await h.bot.app.dispatcher.idle();
    expect(postedTexts(h, MEETING_CHAT).join('\n')).toContain('Mental Health');
    h.connector.reset();
    h.clock.set('2026-12-02T17:45:00Z');
    expect((await h.post(meetingEvent(h, 'meetingEnd'))).status).toBe(200);
    await h.bot.app.dispatcher.idle();
    expect(postedTexts(h, MEETING_CHAT)).toEqual([
      expect.stringContaining('Anonymous feedback: Mental Health'),
    ]);
    expect(await h.bot.store.deliveries.byKeyPrefix(`feedback:${sessionId}:`)).toHaveLength(1);
  });

  it('does nothing in a chat that is not linked', async () => {
    h.clock.set('2026-12-02T17:45:00Z');
    expect((await h.post(meetingEvent(h, 'meetingEnd'))).status).toBe(200);
    await h.bot.app.dispatcher.idle();
    expect(h.connector.messages()).toHaveLength(0);
    expect(await h.bot.store.feedback.poll(sessionId)).toBeUndefined();
  });
});
