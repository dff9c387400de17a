import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS } from '../helpers/activities.js';
import { validForm } from '../helpers/forms.js';
import { Harness } from '../helpers/harness.js';
import { scheduledSession } from '../helpers/scenario.js';
import { seedFeedback } from './privacy-helpers.js';

const participant = { aadObjectId: 'c0000000-0000-4000-8000-000000000071', name: 'Pat Oldfield' };
const team = { conversationType: 'groupChat' as const, conversationId: '19:team@thread.v2' };

describe('daily retention (RETENTION_DAYS=730)', () => {
  // Started as in production: the start-up queues today's run.
  const h = new Harness('2026-11-23T15:00:00Z', {}, { retention: true });
  const db = () => h.bot.store.db.kysely;
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const runJobs = async (at: string) => {
    h.clock.set(at);
    h.bot.app.jobs.kick();
    await h.bot.app.jobs.idle();
    h.bot.app.dispatcher.kick();
    await h.bot.app.dispatcher.idle();
  };
  const runs = async () =>
    (
      await db()
        .selectFrom('audit_log')
        .select(['after', 'actor_aad_id'])
        .where('action', '=', 'privacy.retention')
        .orderBy('at')
        .execute()
    ).map((r) => ({ actor: r.actor_aad_id, ...(JSON.parse(r.after ?? '{}') as object) }));
  const feedback = async () => ({
    responses: await db().selectFrom('feedback_responses').selectAll().execute(),
    summaries: await db().selectFrom('feedback_summaries').selectAll().execute(),
    polls: await db().selectFrom('feedback_polls').selectAll().execute(),
  });

  it('queues the first run at start-up; it finds nothing to purge and queues the next day', async () => {
    // The start-up queued today's run, due at once, and kicked the runner: let that finish (how
    // far it has got when start() returns depends on the store's speed).
    await h.bot.app.jobs.idle();
    expect(await h.bot.store.jobs.stateOf('privacy.retention:2026-11-23')).toEqual({
      state: 'done',
      dueAt: new Date('2026-11-23T15:00:00Z'),
    });
    // Kicking again runs nothing twice.
    await runJobs('2026-11-23T15:00:00Z');
    expect(await runs()).toEqual([
      {
        actor: 'retention',
        cutoff: '2024-11-23T15:00:00.000Z',
        requests: 0,
        registrations: 0,
        people: 0,
        deliveries: 0,
        meetingLinks: 0,
      },
    ]);
    expect(await h.bot.store.jobs.stateOf('privacy.retention:2026-11-24')).toEqual({
      state: 'pending',
      dueAt: new Date('2026-11-24T07:00:00Z'),
    });
  });

  it('anonymises and purges what is older than the cutoff, keeps newer data and feedback', async () => {
    // 2026: a request, its session on 2 December, a participant, the poll and its answers.
    const old = await scheduledSession(h, { request: { notes: 'Old private note' } });
    await h.press(participant, 'registration.join', { sessionId: old.sessionId }, team);
    await runJobs('2026-12-03T15:00:00Z');
    await seedFeedback(h, old.sessionId);
    // October 2028: another employee asks for a discussion.
    h.clock.set('2028-10-02T15:00:00Z');
    await h.press(
      USERS.employeeFr,
      'request.submit',
      validForm({ preferredDate: '2028-10-10', alternateDate: '2028-10-11', notes: 'Nouvelle' }),
    );
    await h.bot.app.dispatcher.idle();
    const feedbackBefore = await feedback();
    expect(feedbackBefore.responses).toHaveLength(1);

    // 15 December 2028 (the bot was stopped since): the run queued long ago runs now, with
    // today's cutoff, 16 December 2026, after the old session's end.
    await runJobs('2028-12-15T12:00:00Z');
    const cutoff = '2026-12-16T12:00:00.000Z';

    const requests = await db().selectFrom('requests').selectAll().orderBy('reference').execute();
    expect(requests).toHaveLength(2);
    const [anonymised, kept] = requests;
    expect(anonymised).toMatchObject({
      reference: 'JLP-2026-0001',
      topic: 'mental-health',
      region: 'ncr',
      status: 'scheduled',
      requester_aad_id: 'erased',
      requester_name: '',
      department: '',
      accessibility: '',
      notes: '',
    });
    expect(anonymised!.idempotency_key).toBe(`erased:${anonymised!.id}`);
    expect(kept).toMatchObject({
      reference: 'JLP-2028-0001',
      requester_aad_id: USERS.employeeFr.aadObjectId,
      requester_name: USERS.employeeFr.name,
      department: 'Employment and Social Development Canada',
      notes: 'Nouvelle',
    });

    expect(await db().selectFrom('registrations').selectAll().execute()).toEqual([]);
    expect(await db().selectFrom('sessions').select('id').execute()).toHaveLength(1);
    expect(await feedback()).toEqual(feedbackBefore);

    const people = await db().selectFrom('people').selectAll().execute();
    const ids = people.map((p) => p.aad_object_id);
    expect(ids).toContain(USERS.employeeFr.aadObjectId);
    expect(ids).not.toContain(USERS.employee.aadObjectId);
    expect(ids).not.toContain(participant.aadObjectId);
    expect(people.every((p) => p.updated_at >= cutoff)).toBe(true);

    const deliveries = await db().selectFrom('deliveries').selectAll().execute();
    expect(deliveries.length).toBeGreaterThan(0);
    expect(deliveries.every((d) => d.created_at >= cutoff)).toBe(true);
    expect(deliveries.some((d) => d.recipient_aad_id === participant.aadObjectId)).toBe(false);

    // The run between (3 December 2026) found nothing; this one's entry holds counts only.
    const all = await runs();
    expect(all).toHaveLength(3);
    expect(all[1]).toMatchObject({ cutoff: '2024-12-03T15:00:00.000Z', requests: 0 });
    for (const secret of [USERS.employee.aadObjectId, participant.aadObjectId, 'Nadia', 'Pat']) {
      expect(JSON.stringify(all)).not.toContain(secret);
    }
    // Everyone whose last activity was in 2026 (requester, participant, and the staff told of
    // that request and session); those active in 2028 stay (checked below).
    expect(all[2]).toMatchObject({ cutoff, requests: 1, registrations: 1, people: 6 });

    // The late run is done and tomorrow's is queued for 07:00 UTC.
    expect(await h.bot.store.jobs.stateOf('privacy.retention:2026-11-24')).toMatchObject({
      state: 'done',
    });
    expect(await h.bot.store.jobs.stateOf('privacy.retention:2028-12-16')).toEqual({
      state: 'pending',
      dueAt: new Date('2028-12-16T07:00:00Z'),
    });
  });

  it('runs again the next day, finds nothing more, and queues the day after', async () => {
    const before = await db().selectFrom('requests').selectAll().execute();
    await runJobs('2028-12-16T07:00:00Z');
    expect(await db().selectFrom('requests').selectAll().execute()).toEqual(before);
    const all = await runs();
    expect(all).toHaveLength(4);
    expect(all[3]).toMatchObject({ requests: 0, registrations: 0, people: 0, deliveries: 0 });
    expect((await h.bot.store.jobs.stateOf('privacy.retention:2028-12-17'))?.state).toBe('pending');
  });

  it('ensuring the job at start-up again creates no second run for a day already done', async () => {
    // What startBot does when an instance starts on 16 December, after that day's run.
    const now = new Date('2028-12-16T09:00:00Z');
    await h.bot.store.privacy.scheduleRetention(now, now);
    await runJobs('2028-12-16T09:00:00Z');
    expect(await runs()).toHaveLength(4);
  });
});
