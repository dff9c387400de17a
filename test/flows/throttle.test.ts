import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execute, USERS } from '../helpers/activities.js';
import { LoopbackConnector } from '../helpers/connector.js';
import { validForm } from '../helpers/forms.js';
import { cardText, Harness } from '../helpers/harness.js';
import { resetSessions } from '../helpers/scenario.js';
import { diff, snapshot } from '../security/store-diff.js';

// USER_ACTIONS_PER_MINUTE=6: 6 in any minute, 3 in any ten seconds. The clock is frozen
// between steps, so every action of a step happens at the same instant.
describe('one person going too fast is slowed down, with nothing done, stored or sent', () => {
  const h = new Harness('2026-11-23T16:00:00Z', { USER_ACTIONS_PER_MINUTE: '6' });
  const db = () => h.bot.store.db.kysely;
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(async () => {
    await resetSessions(h);
    // Each test starts a minute after the last one's actions.
    h.clock.set(new Date(h.clock.now().getTime() + 120_000));
  });

  it('answers a typed command past the limit with a card saying how long to wait', async () => {
    for (let i = 0; i < 3; i += 1) await h.say(USERS.employee, 'help');
    expect(h.connector.messages()).toHaveLength(3);
    h.connector.reset();
    const before = await snapshot(db());
    const answer = await h.say(USERS.employee, 'my requests');
    expect(answer.status).toBe(200);
    const sent = h.connector.messages();
    expect(sent).toHaveLength(1);
    const text = cardText(LoopbackConnector.card(sent[0]!));
    expect(text).toContain('not carried out');
    expect(text).toContain('wait 10 s');
    expect(diff(before, await snapshot(db()))).toEqual([]);
    // Another person is served meanwhile.
    h.connector.reset();
    await h.say(USERS.ncrUnion, 'help');
    expect(cardText(LoopbackConnector.card(h.connector.messages()[0]!))).not.toContain(
      'not carried out',
    );
  });

  it('answers a press past the limit with a message beside the card, and keeps the card', async () => {
    for (let i = 0; i < 3; i += 1) await h.say(USERS.employee, 'help');
    h.connector.reset();
    const before = await snapshot(db());
    const answer = await h.post(
      execute(USERS.employee, 'request.submit', validForm(), h.options()),
    );
    await h.bot.app.dispatcher.idle();
    expect(answer).toEqual({
      status: 200,
      body: {
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: expect.stringContaining('Please wait 10 s') as unknown,
      },
    });
    expect(diff(before, await snapshot(db()))).toEqual([]);
    expect(h.connector.calls).toHaveLength(0);

    // Ten seconds later the same press goes through: the request is stored.
    h.clock.set(new Date(h.clock.now().getTime() + 10_000));
    const { card } = await h.press(USERS.employee, 'request.submit', validForm());
    expect(cardText(card)).toMatch(/JLP-2026-\d{4}/);
    expect(await db().selectFrom('requests').selectAll().execute()).toHaveLength(1);
  });

  it('holds the minute too, and tells a French speaker in French', async () => {
    for (let round = 0; round < 2; round += 1) {
      for (let i = 0; i < 3; i += 1) await h.say(USERS.employeeFr, 'aide');
      h.clock.set(new Date(h.clock.now().getTime() + 10_000));
    }
    h.connector.reset();
    const before = await snapshot(db());
    await h.say(USERS.employeeFr, 'aide');
    const text = cardText(LoopbackConnector.card(h.connector.messages()[0]!));
    // Six actions in the last 20 s: the first leaves the minute's window 40 s from now.
    expect(text).toContain('n’a pas été effectuée');
    expect(text).toContain('attendre 40\u00a0s');
    expect(diff(before, await snapshot(db()))).toEqual([]);
  });
});
