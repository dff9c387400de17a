import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LoopbackConnector } from '../helpers/connector.js';
import { execute, USERS } from '../helpers/activities.js';
import { Harness, cardText } from '../helpers/harness.js';
import { resetSessions, scheduledSession } from '../helpers/scenario.js';

function participant(n: number) {
  return {
    aadObjectId: `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name: `Participant ${n}`,
  };
}

function verbs(card: unknown): string[] {
  return [...new Set([...JSON.stringify(card).matchAll(/"verb":"([^"]+)"/g)].map((m) => m[1]!))];
}

describe('invitation and registration', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  const team = { conversationType: 'groupChat' as const, conversationId: '19:team-chat@thread.v2' };
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(() => resetSessions(h));

  it('the requester gets the invitation card and posts it in the team chat with "invite"', async () => {
    await h.press(
      USERS.employee,
      'request.submit',
      (await import('../helpers/forms.js')).validForm(),
    );
    const { id: requestId } = await db()
      .selectFrom('requests')
      .select('id')
      .executeTakeFirstOrThrow();
    h.connector.reset();
    await h.press(USERS.ncrUnion, 'schedule.submit', {
      requestId,
      ...(await import('../helpers/forms.js')).scheduleForm(),
    });
    const toRequester = h.connector
      .messages(`a:personal-${USERS.employee.aadObjectId}`)
      .map((c) => LoopbackConnector.card(c));
    const invitation = toRequester.find((c) => verbs(c).includes('registration.join'));
    expect(invitation).toBeDefined();
    expect(cardText(invitation)).toContain('invite JLP-2026-0001');
    h.connector.reset();
    await h.say(USERS.employee, '<at>JLP Conversations</at> invite JLP-2026-0001', team);
    const posted = h.connector.messages(team.conversationId);
    expect(posted).toHaveLength(1);
    const card = LoopbackConnector.card(posted[0]!);
    expect(cardText(card)).toContain('You are invited: Mental Health');
    expect(cardText(card)).toContain('Seats left: 24');
    expect(verbs(card)).toEqual(['registration.join']);
  });

  it('nobody else may post it', async () => {
    await scheduledSession(h);
    await h.say(USERS.employeeFr, 'invite JLP-2026-0001', team);
    expect(cardText(LoopbackConnector.card(h.connector.messages()[0]!))).toContain(
      'ne peut être publiée que par la personne demanderesse',
    );
  });

  it('registers, refreshes the card for the presser, counts seats, and lets them leave', async () => {
    const { sessionId } = await scheduledSession(h);
    const p = participant(1);
    const joined = await h.press(p, 'registration.join', { sessionId }, team);
    expect(cardText(joined.card)).toContain('You are registered. Seats left: 23');
    expect(verbs(joined.card)).toEqual(['registration.leave']);
    const again = await h.press(p, 'registration.join', { sessionId }, team);
    expect(cardText(again.card)).toContain('You were already registered');
    expect(await h.bot.store.registrations.count(sessionId)).toBe(1);
    const left = await h.press(p, 'registration.leave', { sessionId }, team);
    expect(cardText(left.card)).toContain('Your registration is cancelled. Seats left: 24');
    expect(verbs(left.card)).toEqual(['registration.join']);
    expect(await h.bot.store.registrations.count(sessionId)).toBe(0);
  });

  it('holds capacity when many press Register at once', async () => {
    const { sessionId } = await scheduledSession(h, { schedule: { capacity: '5' } });
    const presses = Array.from({ length: 12 }, (_, i) =>
      h.post(execute(participant(i + 10), 'registration.join', { sessionId }, h.options(team))),
    );
    const answers = await Promise.all(presses);
    const texts = answers.map((a) => cardText((a.body as { value: unknown }).value));
    expect(texts.filter((t) => t.includes('You are registered'))).toHaveLength(5);
    expect(
      texts.filter((t) => !t.includes('You are registered') && t.includes('This session is full')),
    ).toHaveLength(7);
    expect(await h.bot.store.registrations.count(sessionId)).toBe(5);
  });

  it('closes registration at the start', async () => {
    const { sessionId } = await scheduledSession(h);
    h.clock.set('2026-12-02T14:31:00Z');
    const { card } = await h.press(participant(3), 'registration.join', { sessionId }, team);
    h.clock.set('2026-11-23T15:00:00Z');
    expect(cardText(card)).toContain('Registration is closed');
    expect(await h.bot.store.registrations.count(sessionId)).toBe(0);
  });
});
