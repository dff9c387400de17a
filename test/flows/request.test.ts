import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LoopbackConnector } from '../helpers/connector.js';
import { USERS } from '../helpers/activities.js';
import { Harness, cardText } from '../helpers/harness.js';
import { validForm } from '../helpers/forms.js';
import { resetSessions } from '../helpers/scenario.js';

function inputs(card: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (typeof element.type === 'string' && element.type.startsWith('Input.'))
        found.push(element);
      Object.values(element).forEach(walk);
    }
  };
  walk(card);
  return found;
}

describe('requesting a discussion', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(async () => {
    await resetSessions(h);
    await db().deleteFrom('people').execute();
  });

  it('"request" shows the form with every input SPEC.md names and the time zone from the client', async () => {
    await h.say(USERS.employee, 'request', { timeZone: 'America/St_Johns' });
    const card = LoopbackConnector.card(h.connector.messages()[0]!);
    const ids = inputs(card).map((i) => i.id);
    expect(ids).toEqual([
      'topic',
      'language',
      'region',
      'department',
      'participants',
      'preferredDate',
      'alternateDate',
      'preferredTime',
      'timeZone',
      'accessibility',
      'notes',
    ]);
    expect(inputs(card).find((i) => i.id === 'timeZone')?.value).toBe('America/St_Johns');
    const text = cardText(card);
    expect(text).toContain('Mental Health: Let’s Talk!');
    expect(text).toContain('Discuss mental health as a continuum');
    expect(JSON.stringify(card).length).toBeLessThan(28 * 1024);
  });

  it('stores a valid request, answers with its reference and tells both coordinators', async () => {
    const { card } = await h.press(USERS.employee, 'request.submit', validForm());
    const text = cardText(card);
    expect(text).toContain('Request received');
    expect(text).toContain('JLP-2026-0001');
    expect(text).toContain('National Capital Region');
    const [row] = await db().selectFrom('requests').selectAll().execute();
    expect(row).toMatchObject({
      reference: 'JLP-2026-0001',
      status: 'open',
      topic: 'mental-health',
      region: 'ncr',
      participants: 24,
      preferred_date: '2026-12-02',
      time_zone: 'America/Toronto',
      requester_aad_id: USERS.employee.aadObjectId,
    });
    const audit = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', row!.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['request.create']);
    // Neither coordinator has talked to the bot: it creates a 1:1 conversation with each.
    const created = h.connector.calls.filter((c) => c.kind === 'create');
    const members = created.map((c) => (c.body.members as { id: string }[])[0]?.id).sort();
    expect(members).toEqual([USERS.ncrUnion.aadObjectId, USERS.ncrEmployer.aadObjectId].sort());
    expect(
      created.every((c) => (c.body.tenantId as string) === '9a1b2c3d-0000-4000-8000-00000000feed'),
    ).toBe(true);
    const notices = h.connector.messages().map((c) => cardText(LoopbackConnector.card(c)));
    expect(notices).toHaveLength(2);
    for (const notice of notices) {
      // Their language is unknown, so the first message is bilingual, English first.
      expect(notice).toContain('New discussion request for National Capital Region');
      expect(notice).toContain(
        'Nouvelle demande de discussion\u00a0: Région de la capitale nationale',
      );
      expect(notice.indexOf('New discussion')).toBeLessThan(notice.indexOf('Nouvelle demande'));
      expect(notice).toContain('JLP-2026-0001');
      expect(notice).toContain('ASL interpretation');
    }
    const deliveries = await db().selectFrom('deliveries').selectAll().execute();
    expect(deliveries.map((d) => d.state)).toEqual(['sent', 'sent']);
    // The created conversations are remembered for next time.
    const coordinator = await h.bot.store.people.get(USERS.ncrUnion.aadObjectId);
    expect(coordinator?.conversationReference).toBeTruthy();
  });

  it('uses a coordinator’s stored 1:1 conversation, in the language they chose', async () => {
    await h.press(USERS.ncrUnion, 'language.set', { language: 'fr', view: 'help' });
    await h.say(USERS.ncrUnion, 'aide');
    h.connector.reset();
    await h.press(USERS.employee, 'request.submit', validForm());
    const toUnion = h.connector.messages(`a:personal-${USERS.ncrUnion.aadObjectId}`);
    expect(toUnion).toHaveLength(1);
    const text = cardText(LoopbackConnector.card(toUnion[0]!));
    expect(text).toContain('Nouvelle demande de discussion');
    expect(text).not.toContain('New discussion request');
    const created = h.connector.calls.filter((c) => c.kind === 'create');
    expect(created.map((c) => (c.body.members as { id: string }[])[0]?.id)).toEqual([
      USERS.ncrEmployer.aadObjectId,
    ]);
  });

  it('tells the administrators when the region has no coordinators', async () => {
    const { card } = await h.press(
      USERS.employee,
      'request.submit',
      validForm({ region: 'prairies-north', timeZone: 'America/Winnipeg' }),
    );
    expect(cardText(card)).toContain('program administrators were told');
    const recipients = (await db().selectFrom('deliveries').select('recipient_aad_id').execute())
      .map((d) => d.recipient_aad_id)
      .sort();
    expect(recipients).toEqual([USERS.admin1.aadObjectId, USERS.admin2.aadObjectId]);
    const notice = cardText(LoopbackConnector.card(h.connector.messages()[0]!));
    expect(notice).toContain('you are told as a program administrator');
  });

  it('numbers requests in sequence within the year', async () => {
    const first = await h.press(USERS.employee, 'request.submit', validForm());
    const second = await h.press(
      USERS.employeeFr,
      'request.submit',
      validForm({ topic: 'grounding' }),
    );
    expect(cardText(first.card)).toContain('JLP-2026-0001');
    expect(cardText(second.card)).toContain('JLP-2026-0002');
  });

  it('restarts the sequence in a new year, counted in Eastern time', async () => {
    await h.press(USERS.employee, 'request.submit', validForm());
    // 03:00 UTC on 1 January is still 31 December in Toronto.
    h.clock.set('2027-01-01T03:00:00Z');
    const late = await h.press(
      USERS.employee,
      'request.submit',
      validForm({ preferredDate: '2027-01-13', alternateDate: '' }),
    );
    h.clock.set('2027-01-01T06:00:00Z');
    const next = await h.press(
      USERS.employee,
      'request.submit',
      validForm({ preferredDate: '2027-01-13', alternateDate: '' }),
    );
    h.clock.set('2026-11-23T15:00:00Z');
    expect(cardText(late.card)).toContain('JLP-2026-0002');
    expect(cardText(next.card)).toContain('JLP-2027-0001');
  });
});
