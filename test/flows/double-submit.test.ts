import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execute, USERS } from '../helpers/activities.js';
import { Harness, cardText } from '../helpers/harness.js';
import { validForm } from '../helpers/forms.js';
import { resetSessions } from '../helpers/scenario.js';

describe('a double click creates one request', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(() => resetSessions(h));

  it('the same press twice in a row gets the same reference', async () => {
    const replyToId = 'request-card-42';
    const first = await h.press(USERS.employee, 'request.submit', validForm(), { replyToId });
    const second = await h.press(USERS.employee, 'request.submit', validForm(), { replyToId });
    expect(cardText(first.card)).toContain('JLP-2026-0001');
    expect(cardText(second.card)).toContain('JLP-2026-0001');
    expect(await db().selectFrom('requests').selectAll().execute()).toHaveLength(1);
    expect(await db().selectFrom('deliveries').selectAll().execute()).toHaveLength(2);
  });

  it('five presses at the same moment store one request and notify once', async () => {
    const activity = execute(
      USERS.employee,
      'request.submit',
      validForm(),
      h.options({ replyToId: 'card-same-moment' }),
    );
    const answers = await Promise.all(Array.from({ length: 5 }, () => h.post(activity)));
    await h.bot.app.dispatcher.idle();
    const texts = answers.map((a) => cardText((a.body as { value: unknown }).value));
    expect(texts.every((t) => t.includes('JLP-2026-0001'))).toBe(true);
    expect(await db().selectFrom('requests').selectAll().execute()).toHaveLength(1);
    expect(h.connector.messages()).toHaveLength(2);
  });

  it('two people pressing one card in a group chat make two requests', async () => {
    const options = {
      replyToId: 'shared-card',
      conversationType: 'groupChat' as const,
      conversationId: '19:team-chat',
    };
    const a = await h.press(USERS.employee, 'request.submit', validForm(), options);
    const b = await h.press(USERS.employeeFr, 'request.submit', validForm(), options);
    expect(cardText(a.card)).toContain('JLP-2026-0001');
    expect(cardText(b.card)).toContain('JLP-2026-0002');
  });

  it('many different requests at once get distinct, gapless references', async () => {
    const activities = Array.from({ length: 8 }, (_, i) =>
      execute(
        USERS.employee,
        'request.submit',
        validForm({ participants: String(10 + i) }),
        h.options(),
      ),
    );
    await Promise.all(activities.map((a) => h.post(a)));
    await h.bot.app.dispatcher.idle();
    const refs = (await db().selectFrom('requests').select('reference').execute())
      .map((r) => r.reference)
      .sort();
    expect(refs).toEqual(
      Array.from({ length: 8 }, (_, i) => `JLP-2026-${String(i + 1).padStart(4, '0')}`),
    );
  });
});
