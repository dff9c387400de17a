import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LoopbackConnector } from '../helpers/connector.js';
import { USERS } from '../helpers/activities.js';
import { validForm } from '../helpers/forms.js';
import { resetSessions } from '../helpers/scenario.js';
import { Harness, cardText } from '../helpers/harness.js';
import { scheduleForm, FACILITATORS } from '../helpers/forms.js';

describe('scheduling a request', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  let requestId = '';
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(async () => {
    await resetSessions(h);
    await h.press(USERS.employee, 'request.submit', validForm());
    requestId = (await db().selectFrom('requests').select('id').executeTakeFirstOrThrow()).id;
    h.connector.reset();
  });

  it('shows a coordinator the region’s queue with a Schedule button', async () => {
    await h.say(USERS.ncrUnion, 'queue', { timeZone: 'America/Vancouver' });
    const card = LoopbackConnector.card(h.connector.messages()[0]!);
    const text = cardText(card);
    expect(text).toContain('JLP-2026-0001');
    expect(text).toContain('ASL interpretation');
    // Preferred 09:30 in Toronto is 6:30 a.m. in Vancouver, shown in the coordinator's zone.
    expect(text).toContain('6:30 a.m.');
    expect(text).toContain('Pacific Standard Time');
    expect(JSON.stringify(card)).toContain('schedule.open');
  });

  it('gives an employee who types "queue" the help card', async () => {
    await h.say(USERS.employee, 'queue');
    const text = cardText(LoopbackConnector.card(h.connector.messages()[0]!));
    expect(text).toContain('as an employee');
  });

  it('schedules, tells the requester, both facilitators and the other coordinator', async () => {
    const open = await h.press(USERS.ncrUnion, 'schedule.open', { requestId });
    expect(cardText(open.card)).toContain('Schedule JLP-2026-0001');
    const { card } = await h.press(USERS.ncrUnion, 'schedule.submit', {
      requestId,
      ...scheduleForm(),
    });
    expect(cardText(card)).toContain('Scheduled.');
    const session = await db().selectFrom('sessions').selectAll().executeTakeFirstOrThrow();
    expect(session).toMatchObject({
      reference: 'JLP-2026-0001',
      status: 'scheduled',
      capacity: 24,
      sequence: 0,
    });
    const parts = await db().selectFrom('session_parts').selectAll().execute();
    expect(parts).toMatchObject([
      { part: 1, start_utc: '2026-12-02T14:30:00.000Z', end_utc: '2026-12-02T17:45:00.000Z' },
    ]);
    const request = await db().selectFrom('requests').select('status').executeTakeFirstOrThrow();
    expect(request.status).toBe('scheduled');
    const recipients = await db()
      .selectFrom('deliveries')
      .select(['recipient_aad_id', 'state'])
      .where('kind', '=', 'session.notify')
      .execute();
    expect(recipients.map((r) => r.recipient_aad_id).sort()).toEqual(
      [
        USERS.employee.aadObjectId,
        FACILITATORS.ncrUnionBilingual,
        FACILITATORS.ncrEmployerBilingual,
        USERS.ncrEmployer.aadObjectId,
      ].sort(),
    );
    expect(recipients.every((r) => r.state === 'sent')).toBe(true);
    const toRequester = h.connector.messages(`a:personal-${USERS.employee.aadObjectId}`);
    const text = cardText(LoopbackConnector.card(toRequester[0]!));
    expect(text).toContain('Session scheduled');
    expect(text).toContain('9:30 a.m. – 12:45 p.m.');
    expect(text).toContain('invite JLP-2026-0001');
  });

  it('refuses every rule broken, says how to fix it, and stores nothing', async () => {
    const { card } = await h.press(USERS.ncrUnion, 'schedule.submit', {
      requestId,
      ...scheduleForm({ date: '2026-12-05', startTime: '15:00', durationMinutes: '120' }),
    });
    const text = cardText(card);
    expect(text).toContain('cannot be scheduled');
    expect(text).toContain('weekend day');
    expect(text).toContain('from 3 h to 3.5 h');
    expect(await db().selectFrom('sessions').selectAll().execute()).toHaveLength(0);
    expect(
      (await db().selectFrom('requests').select('status').executeTakeFirstOrThrow()).status,
    ).toBe('open');
    expect(
      await db()
        .selectFrom('deliveries')
        .selectAll()
        .where('kind', '=', 'session.notify')
        .execute(),
    ).toHaveLength(0);
    expect(h.connector.calls).toHaveLength(0);
  });

  it('refuses a coordinator of another region and an employee, whatever the payload says', async () => {
    const quebec = { aadObjectId: '00000000-0000-4000-8000-000000000103', name: 'Marie Tremblay' };
    for (const user of [quebec, USERS.employee]) {
      const { card } = await h.press(user, 'schedule.submit', { requestId, ...scheduleForm() });
      expect(cardText(card)).toContain('Only the regional coordinators (National Capital Region)');
    }
    expect(await db().selectFrom('sessions').selectAll().execute()).toHaveLength(0);
    expect(h.connector.calls).toHaveLength(0);
  });

  it('lets one of two coordinators scheduling at once win; the other is told', async () => {
    const [a, b] = await Promise.all([
      h.press(USERS.ncrUnion, 'schedule.submit', { requestId, ...scheduleForm() }),
      h.press(USERS.ncrEmployer, 'schedule.submit', {
        requestId,
        ...scheduleForm({ startTime: '10:00' }),
      }),
    ]);
    const texts = [cardText(a.card), cardText(b.card)];
    expect(texts.filter((t) => t.includes('Scheduled.'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('already scheduled JLP-2026-0001'))).toHaveLength(1);
    expect(await db().selectFrom('sessions').selectAll().execute()).toHaveLength(1);
  });
});
