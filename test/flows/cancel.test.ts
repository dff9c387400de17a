import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LoopbackConnector } from '../helpers/connector.js';
import { USERS } from '../helpers/activities.js';
import { Harness, cardText } from '../helpers/harness.js';
import { validForm } from '../helpers/forms.js';
import { resetSessions } from '../helpers/scenario.js';

describe('following and cancelling a request', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(() => resetSessions(h));

  async function submitted(): Promise<string> {
    await h.press(USERS.employee, 'request.submit', validForm());
    const row = await db().selectFrom('requests').select('id').executeTakeFirstOrThrow();
    h.connector.reset();
    return row.id;
  }

  it('"my requests" lists the requester’s requests with their status', async () => {
    await submitted();
    await h.say(USERS.employee, 'my requests');
    const text = cardText(LoopbackConnector.card(h.connector.messages()[0]!));
    expect(text).toContain('My requests');
    expect(text).toContain('JLP-2026-0001');
    expect(text).toContain('Waiting for scheduling');
    expect(text).toContain('Cancel this request');
  });

  it('"mes demandes" answers in French', async () => {
    await h.say(USERS.employeeFr, 'mes demandes');
    expect(cardText(LoopbackConnector.card(h.connector.messages()[0]!))).toContain(
      'Vous n’avez encore aucune demande.',
    );
  });

  it('cancels, tells both coordinators, and a second press changes nothing more', async () => {
    const id = await submitted();
    const replyToId = 'my-requests-card-1';
    const first = await h.press(
      USERS.employee,
      'myRequests.cancel',
      { requestId: id },
      { replyToId },
    );
    expect(cardText(first.card)).toContain('Request JLP-2026-0001 is cancelled');
    expect(cardText(first.card)).toContain('Cancelled');
    expect(cardText(first.card)).not.toContain('Cancel this request');
    const row = await db()
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('cancelled');
    const notices = h.connector.messages().map((c) => cardText(LoopbackConnector.card(c)));
    expect(notices).toHaveLength(2);
    expect(notices.every((n) => n.includes('Request JLP-2026-0001 was cancelled'))).toBe(true);

    h.connector.reset();
    const again = await h.press(
      USERS.employee,
      'myRequests.cancel',
      { requestId: id },
      { replyToId },
    );
    expect(cardText(again.card)).toContain('Request JLP-2026-0001 is cancelled');
    expect(h.connector.calls).toHaveLength(0);
    const audit = await db()
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['request.cancel', 'request.create']);
  });

  it('refuses to let anyone but the requester cancel, and changes nothing', async () => {
    const id = await submitted();
    const { card } = await h.press(USERS.ncrUnion, 'myRequests.cancel', { requestId: id });
    expect(cardText(card)).toContain('Only the person who made this request can cancel it');
    const row = await db()
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('open');
    expect(h.connector.calls).toHaveLength(0);
    expect(
      await db().selectFrom('deliveries').selectAll().where('key', 'like', '%cancelled%').execute(),
    ).toHaveLength(0);
  });

  it('cannot cancel a request that does not exist', async () => {
    const { card } = await h.press(USERS.employee, 'myRequests.cancel', { requestId: 'nope' });
    expect(cardText(card)).toContain('I could not find that request');
  });

  it('cannot cancel a scheduled request', async () => {
    const id = await submitted();
    await db().updateTable('requests').set({ status: 'scheduled' }).where('id', '=', id).execute();
    const { card } = await h.press(USERS.employee, 'myRequests.cancel', { requestId: id });
    expect(cardText(card)).toContain('already scheduled');
    expect(h.connector.calls).toHaveLength(0);
  });
});
