import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/server.js';
import { execute, message, USERS } from '../helpers/activities.js';
import { Harness } from '../helpers/harness.js';
import { scheduledSession } from '../helpers/scenario.js';
import { hostileDataText, hostileString, hostileValue } from './hostile.js';
import { allowed } from './ownership.js';
import { diff, snapshot } from './store-diff.js';

/**
 * Random and hostile payloads at every verb the bot routes, and random activities at the
 * endpoint: every answer is a card (or a 4xx for what is not an activity), never a 5xx; the
 * server keeps answering; the store changes only as the presser's own actions may change it.
 */
const h = new Harness();
await h.start();
afterAll(() => h.stop());
const VERBS = [...h.bot.app.bot.verbs].sort();
const RUNS_PER_VERB = 40;
const db = () => h.bot.store.db.kysely;
/** Someone else's real request and session, named by most payloads so hostile values reach real rows. */
const real: [string, unknown][] = [];

beforeAll(async () => {
  const { requestId, sessionId } = await scheduledSession(h, { requester: USERS.employeeFr });
  real.push(['requestId', requestId], ['sessionId', sessionId]);
});

/** An invoke whose `value.action.data` is exactly `dataText` (raw JSON, keys as written). */
function invokeBody(verb: string, dataText: string): string {
  const activity = execute(USERS.employee, verb, {}, h.options());
  const marker = '"__DATA__"';
  const text = JSON.stringify({
    ...activity,
    value: { ...activity.value, action: { ...activity.value.action, data: '__DATA__' } },
  });
  // A function, not a string: `$&` and the like in the data must stay literal.
  return text.replace(marker, () => dataText);
}

describe('hostile card payloads, at every verb', () => {
  it.each(VERBS)('%s: a card every time, never a 5xx, only own rows change', async (verb) => {
    await fc.assert(
      fc.asyncProperty(
        hostileDataText(
          real,
          real.map(([, id]) => String(id)),
        ),
        async (dataText) => {
          const body = invokeBody(verb, dataText);
          const before = await snapshot(db());
          const answer = await h.post(body);
          await h.bot.app.dispatcher.idle();
          if (Buffer.byteLength(body) > MAX_BODY_BYTES) {
            expect(answer.status).toBe(413);
            return;
          }
          expect(answer.status).toBe(200);
          const card = answer.body as { type?: unknown; value?: { type?: unknown } };
          expect(card.type).toBe('application/vnd.microsoft.card.adaptive');
          expect(card.value?.type).toBe('AdaptiveCard');
          const changes = diff(before, await snapshot(db()));
          const wrong = changes.filter(
            (c) => !allowed(verb, USERS.employee.aadObjectId, c, changes),
          );
          expect(wrong).toEqual([]);
          // Nothing hostile can be a valid request form: no request is ever created.
          expect(changes.some((c) => c.table === 'requests')).toBe(false);
        },
      ),
      { numRuns: RUNS_PER_VERB },
    );
    const health = await fetch(`${h.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('random activities at the endpoint', () => {
  const TYPES = [
    'message',
    'invoke',
    'conversationUpdate',
    'installationUpdate',
    'messageReaction',
    'messageUpdate',
    'messageDelete',
    'event',
    'typing',
    'endOfConversation',
    'nonsense',
  ];
  /** A well-formed message with some fields replaced by hostile values. */
  const mutated = fc
    .tuple(
      fc.constantFrom(...TYPES),
      hostileString(),
      fc.dictionary(
        fc.constantFrom(
          'text',
          'name',
          'value',
          'locale',
          'entities',
          'channelData',
          'attachments',
          'replyToId',
          'deliveryMode',
          'textFormat',
          'from',
          'conversation',
          'recipient',
          'timestamp',
        ),
        hostileValue(),
        { maxKeys: 4 },
      ),
    )
    .map(([type, text, fields]) => ({
      ...message(USERS.employee, text, h.options()),
      type,
      ...fields,
    }));

  it('answers 200 or 4xx, never 5xx, and stays up', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async (activity) => {
        const answer = await h.post(activity);
        await h.bot.app.dispatcher.idle();
        expect(answer.status).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
    const health = await fetch(`${h.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
