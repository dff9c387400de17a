import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPoll, type ChatPost } from '../../src/flows/feedback.js';
import { createLogger } from '../../src/logger.js';
import { FeedbackStore } from '../../src/store/feedback-store.js';
import { createAdapter } from '../../src/teams/adapter.js';
import { createMessenger } from '../../src/teams/messenger.js';
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

describe('openPoll, for the job at the scheduled end', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  let sessionId = '';
  let post: ChatPost;

  beforeAll(async () => {
    await h.start();
    const messenger = createMessenger(createAdapter(h.bot.config, createLogger('silent')), '');
    post = async (conversationReference, card) => {
      await messenger.sendCard(
        { aadObjectId: '', tenantId: '', serviceUrl: '', conversationReference },
        card,
      );
    };
  });
  afterAll(() => h.stop());
  beforeEach(async () => {
    h.clock.set('2026-11-23T15:00:00Z');
    await resetMeeting(h);
    ({ sessionId } = await scheduledSession(h));
    for (const n of [1, 2]) await h.press(participant(n), 'registration.join', { sessionId });
  });

  it('posts the poll in the linked chat once and queues it 1:1 once', async () => {
    await sayInMeeting(h, PEOPLE.union, 'agenda JLP-2026-0001');
    h.clock.set('2026-12-02T17:45:00Z');
    h.connector.reset();
    const deps = h.bot.app.deps;
    const first = await openPoll(deps, sessionId, 'scheduledEnd', { post });
    expect(first).toMatchObject({ outcome: 'opened', invited: 2 });
    await h.bot.app.dispatcher.idle();
    expect(postedTexts(h, MEETING_CHAT)).toEqual([
      expect.stringContaining('Anonymous feedback: Mental Health'),
    ]);
    const again = await openPoll(deps, sessionId, 'scheduledEnd', { post });
    expect(again.outcome).toBe('alreadyOpen');
    await h.bot.app.dispatcher.idle();
    expect(postedTexts(h, MEETING_CHAT)).toHaveLength(1);
    const deliveries = await h.bot.store.deliveries.byKeyPrefix(`feedback:${sessionId}:`);
    expect(deliveries).toHaveLength(2);
    expect(await h.bot.store.feedback.poll(sessionId)).toMatchObject({
      openedBy: 'schedule',
      reason: 'scheduledEnd',
      closesAt: new Date('2026-12-09T17:45:00Z'),
    });
  });

  it('opens no poll for a cancelled session or before it starts', async () => {
    const deps = h.bot.app.deps;
    expect((await openPoll(deps, sessionId, 'scheduledEnd')).outcome).toBe('notStarted');
    await h.press(PEOPLE.ncrCoordinator, 'sessions.cancel', { sessionId });
    h.clock.set('2026-12-02T17:45:00Z');
    expect((await openPoll(deps, sessionId, 'scheduledEnd')).outcome).toBe('notScheduled');
    expect(await h.bot.store.feedback.poll(sessionId)).toBeUndefined();
  });
});

describe('the one-answer-per-person secret', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('is made once per database when FEEDBACK_SECRET is not set, and FEEDBACK_SECRET wins', async () => {
    const { kysely, dialect } = h.bot.store.db;
    const derived = await h.bot.store.feedback.secret(undefined);
    expect(derived.length).toBeGreaterThanOrEqual(32);
    expect(await new FeedbackStore(kysely, dialect).secret(undefined)).toBe(derived);
    const other = new Harness('2026-11-23T15:00:00Z');
    await other.start();
    try {
      expect(await other.bot.store.feedback.secret(undefined)).not.toBe(derived);
    } finally {
      await other.stop();
    }
    expect(await h.bot.store.feedback.secret('x'.repeat(40))).toBe('x'.repeat(40));
  });
});
