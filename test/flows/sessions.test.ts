import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LoopbackConnector } from '../helpers/connector.js';
import { USERS } from '../helpers/activities.js';
import { FACILITATORS, scheduleForm } from '../helpers/forms.js';
import { Harness, cardText } from '../helpers/harness.js';
import { resetSessions, scheduledSession } from '../helpers/scenario.js';

describe('sessions: list, reschedule, cancel, calendar files', () => {
  const h = new Harness('2026-11-23T15:00:00Z', { PUBLIC_URL: 'https://jlp.example.ca' });
  const db = () => h.bot.store.db.kysely;
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(() => resetSessions(h));

  it('"sessions" shows a facilitator their upcoming session with its registrations', async () => {
    await scheduledSession(h);
    const facilitator = { aadObjectId: FACILITATORS.ncrUnionBilingual, name: 'Aisha Mohamed' };
    await h.say(facilitator, 'sessions');
    const card = LoopbackConnector.card(h.connector.messages()[0]!);
    const text = cardText(card);
    expect(text).toContain('JLP-2026-0001');
    expect(text).toContain('Registered: 0 of 24');
    // A facilitator does not manage the region: no reschedule or cancel buttons.
    expect(JSON.stringify(card)).not.toContain('sessions.cancel');
  });

  it('"séances" gives the coordinator the management buttons, in French', async () => {
    await scheduledSession(h);
    await h.say({ ...USERS.ncrEmployer, locale: 'fr-CA' }, 'séances');
    const card = LoopbackConnector.card(h.connector.messages()[0]!);
    expect(cardText(card)).toContain('Séances à venir');
    expect(cardText(card)).toContain('9 h 30');
    expect(JSON.stringify(card)).toContain('sessions.cancel');
  });

  it('reschedules: SEQUENCE increases, rules re-checked, every party told, audit kept', async () => {
    const { sessionId } = await scheduledSession(h);
    const refused = await h.press(USERS.ncrUnion, 'schedule.submit', {
      sessionId,
      ...scheduleForm({ date: '2026-12-25' }),
    });
    expect(cardText(refused.card)).toContain('designated paid holiday (Christmas Day)');
    const { card } = await h.press(USERS.ncrUnion, 'schedule.submit', {
      sessionId,
      ...scheduleForm({ date: '2026-12-03' }),
    });
    expect(cardText(card)).toContain('Rescheduled.');
    const session = await db().selectFrom('sessions').selectAll().executeTakeFirstOrThrow();
    expect(session.sequence).toBe(1);
    const audit = await db()
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'session')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['session.schedule', 'session.reschedule']);
    const notices = h.connector.messages().map((c) => cardText(LoopbackConnector.card(c)));
    expect(notices.filter((n) => n.includes('Session rescheduled'))).toHaveLength(4);
    expect(notices.join('\n')).toContain('Thursday, December 3, 2026');
  });

  it('serves the calendar file a real parser reads back, and updates it on cancel', async () => {
    const { sessionId } = await scheduledSession(h);
    const session = await db()
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();
    const url = `${h.url}/calendar/${session.ics_token}.ics`;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(String(event.getFirstPropertyValue('uid'))).toContain(sessionId);
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.toJSDate().toISOString()).toBe('2026-12-02T14:30:00.000Z');
    expect((await fetch(`${h.url}/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404);

    await h.press(USERS.ncrUnion, 'sessions.cancel', { sessionId });
    const cancelled = new ICAL.Component(ICAL.parse(await (await fetch(url)).text()) as unknown[]);
    expect(cancelled.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.getFirstSubcomponent('vevent')!.getFirstPropertyValue('sequence')).toBe(1);
  });

  it('cancels: request and session cancelled, every party told, a second press sends nothing', async () => {
    const { sessionId, requestId } = await scheduledSession(h);
    const first = await h.press(
      USERS.ncrEmployer,
      'sessions.cancel',
      { sessionId },
      { replyToId: 'list-1' },
    );
    expect(cardText(first.card)).toContain('Session JLP-2026-0001 is cancelled');
    expect(
      (
        await db()
          .selectFrom('requests')
          .select('status')
          .where('id', '=', requestId)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('cancelled');
    const notices = h.connector.messages().map((c) => cardText(LoopbackConnector.card(c)));
    expect(notices.filter((n) => n.includes('Session cancelled'))).toHaveLength(4);
    h.connector.reset();
    const again = await h.press(
      USERS.ncrEmployer,
      'sessions.cancel',
      { sessionId },
      { replyToId: 'list-1' },
    );
    expect(cardText(again.card)).toContain('Session JLP-2026-0001 is cancelled');
    expect(h.connector.calls).toHaveLength(0);
  });

  it('refuses to cancel or reschedule for anyone but the region’s coordinators', async () => {
    const { sessionId } = await scheduledSession(h);
    const facilitator = { aadObjectId: FACILITATORS.ncrUnionBilingual, name: 'Aisha Mohamed' };
    for (const user of [USERS.employee, facilitator]) {
      const cancel = await h.press(user, 'sessions.cancel', { sessionId });
      expect(cardText(cancel.card)).toContain(
        'Only the regional coordinators (National Capital Region)',
      );
      const move = await h.press(user, 'schedule.submit', {
        sessionId,
        ...scheduleForm({ date: '2026-12-03' }),
      });
      expect(cardText(move.card)).toContain(
        'Only the regional coordinators (National Capital Region)',
      );
    }
    const session = await db().selectFrom('sessions').selectAll().executeTakeFirstOrThrow();
    expect(session).toMatchObject({ status: 'scheduled', sequence: 0 });
    expect(h.connector.calls).toHaveLength(0);
  });

  it('refuses a facilitator who is already booked within 30 minutes', async () => {
    await scheduledSession(h);
    await h.press(USERS.employeeFr, 'request.submit', {
      ...(await import('../helpers/forms.js')).validForm({ topic: 'grounding' }),
    });
    const second = await db()
      .selectFrom('requests')
      .select('id')
      .where('topic', '=', 'grounding')
      .executeTakeFirstOrThrow();
    const { card } = await h.press(USERS.ncrUnion, 'schedule.submit', {
      requestId: second.id,
      ...scheduleForm({ startTime: '13:00', durationMinutes: '90' }),
    });
    expect(cardText(card)).toContain('has JLP-2026-0001 within 30 minutes');
    expect(await db().selectFrom('sessions').selectAll().execute()).toHaveLength(1);
  });
});
