import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LoopbackConnector } from '../helpers/connector.js';
import { USERS } from '../helpers/activities.js';
import { FACILITATORS } from '../helpers/forms.js';
import { Harness, cardText } from '../helpers/harness.js';
import { resetSessions, scheduledSession } from '../helpers/scenario.js';
import { prereadingDelivery } from '../../src/ui/prereading-view.js';

const participant = (n: number) => ({
  aadObjectId: `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Participant ${n}`,
});

// Anti-Racism: 6 h with 90 min of reading, 5 working days ahead. The session is on Wednesday
// 9 December 2026 at 09:00 in Toronto, so the reading is due Wednesday 2 December at 09:00 (14:00 UTC).
const ANTI_RACISM = {
  request: { topic: 'anti-racism', preferredDate: '2026-12-09', alternateDate: '' },
  schedule: { date: '2026-12-09', startTime: '09:00', durationMinutes: '360' },
};

describe('pre-reading and reminders', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  let sessionId = '';
  const runDue = async (at: string) => {
    h.clock.set(at);
    h.bot.app.jobs.kick();
    await h.bot.app.jobs.idle();
    h.bot.app.dispatcher.kick();
    await h.bot.app.dispatcher.idle();
  };
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(async () => {
    h.clock.set('2026-11-23T15:00:00Z');
    await resetSessions(h);
    await db().deleteFrom('jobs').execute();
    ({ sessionId } = await scheduledSession(h, ANTI_RACISM));
    for (const n of [1, 2, 3]) await h.press(participant(n), 'registration.join', { sessionId });
    h.connector.reset();
  });

  it('schedules the pre-reading 5 working days ahead and a reminder 24 h before', async () => {
    const jobs = await h.bot.store.jobs.forSubject(sessionId);
    expect(jobs.map((j) => [j.kind, j.dueAt.toISOString(), j.state])).toEqual([
      ['session.prereading', '2026-12-02T14:00:00.000Z', 'pending'],
      ['session.reminder', '2026-12-08T14:00:00.000Z', 'pending'],
      ['session.feedback', '2026-12-09T20:00:00.000Z', 'pending'],
    ]);
  });

  it('sends nothing before it is due, then each participant exactly once', async () => {
    await runDue('2026-12-02T13:59:00Z');
    expect(h.connector.messages()).toHaveLength(0);
    await runDue('2026-12-02T14:00:00Z');
    const sent = h.connector.messages().map((c) => cardText(LoopbackConnector.card(c)));
    expect(sent).toHaveLength(3);
    for (const text of sent) {
      expect(text).toContain('Before your session: Anti-Racism: Let’s Talk!');
      expect(text).toContain('about 90 minutes');
      expect(text).toContain('Avant votre séance');
    }
    // Running the jobs and the sender again adds nothing.
    await runDue('2026-12-02T15:00:00Z');
    expect(h.connector.messages()).toHaveLength(3);
    expect((await h.bot.store.jobs.forSubject(sessionId))[0]?.state).toBe('done');
  });

  it('gives a late registrant the pre-reading at once', async () => {
    await runDue('2026-12-02T14:00:00Z');
    h.connector.reset();
    await h.press(participant(4), 'registration.join', { sessionId });
    expect(h.connector.messages()).toHaveLength(1);
    expect(cardText(LoopbackConnector.card(h.connector.messages()[0]!))).toContain(
      'Before your session',
    );
  });

  it('"I’ve read it" refreshes the card and counts; "prereading" re-sends to the others only', async () => {
    await runDue('2026-12-02T14:00:00Z');
    const { card } = await h.press(participant(1), 'prereading.ack', { sessionId });
    expect(cardText(card)).toContain('Thank you: marked as read.');
    expect(JSON.stringify(card)).not.toContain('prereading.ack');
    h.connector.reset();
    const facilitator = { aadObjectId: FACILITATORS.ncrUnionBilingual, name: 'Aisha Mohamed' };
    await h.say(facilitator, 'prereading JLP-2026-0001');
    const reply = h.connector.messages(`a:personal-${FACILITATORS.ncrUnionBilingual}`);
    expect(cardText(LoopbackConnector.card(reply[0]!))).toContain(
      'sent now. Sent to: 2. Already read: 1.',
    );
    expect(h.connector.messages().length).toBe(3);
    await h.say(facilitator, 'sessions');
    const list = cardText(
      LoopbackConnector.card(
        h.connector.messages(`a:personal-${FACILITATORS.ncrUnionBilingual}`).at(-1)!,
      ),
    );
    expect(list).toContain('3 delivered, 0 pending, 0 failed, 1 read');
  });

  it('refuses "prereading" from someone who does not run the session', async () => {
    await h.say(USERS.employeeFr, 'lecture JLP-2026-0001');
    expect(cardText(LoopbackConnector.card(h.connector.messages()[0]!))).toContain(
      'Seuls les personnes animatrices',
    );
    expect(
      await db()
        .selectFrom('deliveries')
        .selectAll()
        .where('kind', '=', 'session.prereading')
        .execute(),
    ).toHaveLength(0);
  });

  it('retries a 429 durably after the connector’s own retries, records 403 and tells the staff', async () => {
    // The Bot Connector client retries 429 three times in memory first (Retry-After 0 keeps
    // this test fast); the fourth 429 reaches the outbox, which schedules a durable retry.
    const conversation = (n: number) => `a:personal-${participant(n).aadObjectId}`;
    h.connector.fail({
      status: 429,
      headers: { 'Retry-After': '0' },
      times: 4,
      conversationId: conversation(1),
    });
    h.connector.fail({ status: 403, conversationId: conversation(2) });
    await runDue('2026-12-02T14:00:00Z');
    const rows = await db()
      .selectFrom('deliveries')
      .selectAll()
      .where('kind', '=', 'session.prereading')
      .execute();
    expect(rows.map((r) => r.state).sort()).toEqual(['failed', 'pending', 'sent']);
    expect(rows.find((r) => r.state === 'pending')?.last_error).toContain('429');
    expect(rows.find((r) => r.state === 'failed')?.last_error).toContain('403');
    await runDue('2026-12-02T14:20:00Z');
    const after = await db()
      .selectFrom('deliveries')
      .selectAll()
      .where('kind', '=', 'session.prereading')
      .execute();
    expect(after.map((r) => r.state).sort()).toEqual(['failed', 'sent', 'sent']);
    // Each participant got the pre-reading at most once.
    expect(
      h.connector.messages().filter((c) => JSON.stringify(c.body).includes('Before your session')),
    ).toHaveLength(2);
    const notices = await db()
      .selectFrom('deliveries')
      .selectAll()
      .where('kind', '=', 'delivery.failed')
      .execute();
    expect(notices.map((n) => n.recipient_aad_id).sort()).toEqual(
      [
        USERS.admin1.aadObjectId,
        USERS.admin2.aadObjectId,
        USERS.ncrUnion.aadObjectId,
        USERS.ncrEmployer.aadObjectId,
      ].sort(),
    );
  });

  it('a cancelled session sends nothing', async () => {
    await h.press(USERS.ncrUnion, 'sessions.cancel', { sessionId });
    h.connector.reset();
    await runDue('2026-12-08T15:00:00Z');
    expect(h.connector.messages()).toHaveLength(0);
    const jobs = await h.bot.store.jobs.forSubject(sessionId);
    expect(jobs.map((j) => j.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });

  it('rescheduling moves the jobs', async () => {
    const { scheduleForm } = await import('../helpers/forms.js');
    await h.press(USERS.ncrUnion, 'schedule.submit', {
      sessionId,
      ...scheduleForm({ ...ANTI_RACISM.schedule, date: '2026-12-16' }),
    });
    const jobs = await h.bot.store.jobs.forSubject(sessionId);
    expect(jobs.map((j) => j.dueAt.toISOString())).toEqual([
      '2026-12-09T14:00:00.000Z',
      '2026-12-15T14:00:00.000Z',
      '2026-12-16T20:00:00.000Z',
    ]);
    await runDue('2026-12-02T14:00:00Z');
    expect(
      h.connector.messages().filter((c) => JSON.stringify(c.body).includes('Before your session')),
    ).toHaveLength(0);
  });

  it('reminds registered participants 24 h before, with the join link', async () => {
    await runDue('2026-12-08T14:00:00Z');
    const reminders = h.connector
      .messages()
      .map((c) => LoopbackConnector.card(c))
      .filter((c) => cardText(c).includes('Reminder'));
    expect(reminders).toHaveLength(3);
    expect(JSON.stringify(reminders[0])).toContain('https://teams.microsoft.com/l/meetup-join/abc');
  });

  it('a delivery leased by a process that died is sent by the next one, once', async () => {
    h.clock.set('2026-12-02T14:00:00Z');
    const session = (await h.bot.store.sessions.byId(sessionId))!;
    const where = { tenantId: '9a1b2c3d-0000-4000-8000-00000000feed', serviceUrl: h.connector.url };
    await h.bot.store.deliveries.enqueue(
      [1, 2, 3].map((n) => prereadingDelivery(session, participant(n).aadObjectId, where)),
      h.clock.now(),
    );
    // A process "dies" holding the leases of every queued delivery.
    const leased = await h.bot.store.deliveries.claimDue(h.clock.now(), 100, 60_000);
    expect(leased).toHaveLength(3);
    h.bot.app.dispatcher.kick();
    await h.bot.app.dispatcher.idle();
    expect(h.connector.messages()).toHaveLength(0);
    await runDue('2026-12-02T14:01:01Z');
    expect(h.connector.messages()).toHaveLength(3);
  });

  it('opens the feedback poll at the scheduled end and sends it 1:1 to each registrant', async () => {
    await runDue('2026-12-09T19:59:00Z');
    expect(
      h.connector.messages().filter((c) => JSON.stringify(c.body).includes('feedback.submit')),
    ).toHaveLength(0);
    await runDue('2026-12-09T20:00:00Z');
    const polls = h.connector
      .messages()
      .filter((c) => JSON.stringify(c.body).includes('feedback.submit'));
    expect(polls).toHaveLength(3);
    expect((await h.bot.store.jobs.forSubject(sessionId)).map((j) => j.state)).toEqual([
      'done',
      'done',
      'done',
    ]);
  });
});
