import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { prereadingDelivery } from '../../src/ui/prereading-view.js';
import { Harness } from '../helpers/harness.js';
import { resetSessions, scheduledSession } from '../helpers/scenario.js';

/** `n` made-up participants' object ids. */
const people = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) =>
    `${prefix}${String(i).padStart(4, '0')}-0000-4000-8000-000000000000`.slice(0, 36),
  );

describe('the sender, through the loopback connector', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(async () => {
    await resetSessions(h);
    h.connector.slow.clear();
  });

  async function queue(recipients: string[]): Promise<void> {
    // The anti-racism topic has a pre-reading (its Participant Guide).
    const { sessionId } = await scheduledSession(h, {
      request: { topic: 'anti-racism' },
      schedule: { durationMinutes: '360', startTime: '09:00' },
    });
    const session = await h.bot.store.sessions.byId(sessionId);
    const origin = { tenantId: 'tenant-1', serviceUrl: h.connector.url };
    await h.bot.store.deliveries.enqueue(
      recipients.map((aad) => prereadingDelivery(session!, aad, origin)),
      h.clock.now(),
    );
  }
  const states = async () =>
    await db()
      .selectFrom('deliveries')
      .select(['recipient_aad_id', 'state', 'attempts'])
      .where('kind', '=', 'session.prereading')
      .execute();

  it('keeps sending to everyone else while one recipient is slow (no batch waits for it)', async () => {
    // More than one claim's worth (100), the slow person first in the queue.
    const [slow, ...others] = people(150, 'a');
    await queue([slow!, ...others]);
    h.connector.slow.set(`a:created-${slow}`, 1_500);
    h.bot.app.dispatcher.kick();
    await h.bot.app.dispatcher.idle();
    const sends = h.connector.messages().filter((c) => c.conversationId.startsWith('a:created-a'));
    expect(sends).toHaveLength(150);
    // Answered last: the 149 others, in two claims, did not wait for it.
    expect(sends.at(-1)?.conversationId).toBe(`a:created-${slow}`);
    expect((await states()).every((d) => d.state === 'sent')).toBe(true);
  });

  it.each([
    // botbuilder's client retries a 5xx itself, three more times within the same send, so
    // four answers make one failed attempt; it does not retry a 412.
    [412, 1],
    [502, 4],
    [503, 4],
    [504, 4],
  ])(
    'retries a %i durably until it succeeds, sending once',
    async (status, answers) => {
      const [person] = people(1, 'b');
      await queue([person!]);
      h.connector.fail({ status, conversationId: `a:created-${person}`, times: answers });
      h.bot.app.dispatcher.kick();
      await h.bot.app.dispatcher.idle();
      const [first] = await states();
      expect(first).toMatchObject({ state: 'pending', attempts: 1 });
      h.clock.set('2026-11-23T16:00:00Z');
      h.bot.app.dispatcher.kick();
      await h.bot.app.dispatcher.idle();
      h.clock.set('2026-11-23T15:00:00Z');
      const [after] = await states();
      expect(after).toMatchObject({ state: 'sent', attempts: 2 });
      // Only the answered send is recorded: the person got the pre-reading once.
      expect(h.connector.messages(`a:created-${person}`)).toHaveLength(1);
    },
    30_000,
  );
});
