import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, message, USERS } from '../helpers/activities.js';
import { Harness, cardText } from '../helpers/harness.js';

describe('POST /api/messages holds to the wire contract', () => {
  const h = new Harness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  const raw = (body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(`${h.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('GET /healthz is 200 when the store answers', async () => {
    const response = await fetch(`${h.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it.each([
    ['invalid JSON', '{"type": "message",'],
    ['a bare {"type":"message"}', '{"type":"message"}'],
    [
      'no type',
      JSON.stringify({
        ...message(USERS.employee, 'help', { serviceUrl: 'http://127.0.0.1:9/' }),
        type: undefined,
      }),
    ],
    ['an array', '[]'],
    ['a string', '"hello"'],
  ])('answers %s with 400 and sends nothing', async (_name, body) => {
    h.connector.reset();
    const response = await raw(body);
    expect(response.status).toBe(400);
    expect(h.connector.calls).toHaveLength(0);
  });

  it.each(['channelId', 'serviceUrl', 'from', 'conversation', 'recipient'])(
    'answers an activity without %s with 400',
    async (field) => {
      const activity: Record<string, unknown> = message(USERS.employee, 'help', h.options());
      delete activity[field];
      const response = await raw(JSON.stringify(activity));
      expect(response.status).toBe(400);
    },
  );

  it('answers a body over 1 MiB with 413', async () => {
    const activity = message(USERS.employee, 'x'.repeat(1024 * 1024 + 10), h.options());
    const response = await raw(JSON.stringify(activity));
    expect(response.status).toBe(413);
  });

  it('refuses a compressed body with 415', async () => {
    const body = gzipSync(JSON.stringify(message(USERS.employee, 'help', h.options())));
    const response = await raw(body, { 'content-encoding': 'gzip' });
    expect(response.status).toBe(415);
  });

  it('stays up after bad input', async () => {
    h.connector.reset();
    const answer = await h.say(USERS.employee, 'help');
    expect(answer.status).toBe(200);
    expect(h.connector.messages()).toHaveLength(1);
  });

  it('honours deliveryMode expectReplies: the replies come back in the HTTP response', async () => {
    h.connector.reset();
    const answer = await h.post({
      ...message(USERS.employee, 'help', h.options()),
      deliveryMode: 'expectReplies',
    });
    expect(answer.status).toBe(200);
    const activities = (answer.body as { activities: unknown[] }).activities;
    expect(activities).toHaveLength(1);
    expect(cardText(activities[0])).toContain('Request a discussion');
    expect(h.connector.messages()).toHaveLength(0);
  });

  it('answers an unknown card action with a card, not an error status', async () => {
    const answer = await h.post(execute(USERS.employee, 'nobody.knows', {}, h.options()));
    expect(answer.status).toBe(200);
    expect(cardText((answer.body as { value: unknown }).value)).toContain('Something went wrong');
  });
});

describe('tenants', () => {
  const h = new Harness('2026-11-23T15:00:00Z', {
    ALLOWED_TENANTS: '9a1b2c3d-0000-4000-8000-00000000feed',
  });
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('serves the allowed tenant', async () => {
    h.connector.reset();
    await h.say(USERS.employee, 'help');
    expect(h.connector.messages()).toHaveLength(1);
  });

  it.each([
    ['another tenant', '11111111-2222-4333-8444-555555555555'],
    ['no tenant', null],
  ])('refuses %s: no reply, 403 to an invoke, nothing stored', async (_name, tenantId) => {
    h.connector.reset();
    const before = await h.bot.store.db.kysely.selectFrom('people').selectAll().execute();
    const user = { aadObjectId: 'f0000000-0000-4000-8000-000000000009', name: 'Outsider' };
    const answer = await h.post(message(user, 'help', h.options({ tenantId })));
    expect(answer.status).toBe(200);
    const invoke = await h.post(execute(user, 'request.open', {}, h.options({ tenantId })));
    expect(invoke.status).toBe(403);
    expect(h.connector.calls).toHaveLength(0);
    const after = await h.bot.store.db.kysely.selectFrom('people').selectAll().execute();
    expect(after).toEqual(before);
  });
});
