import { ToBotFromBotOrEmulatorTokenValidationParameters } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, message, USERS } from '../helpers/activities.js';
import { channelClaims, signingKey } from './jwt.js';
import { BOT_ID, SecureHarness } from './secure-harness.js';
import { tokenFixture } from './token-fixture.js';

const { h, openid, keys, claims, bearer, activities } = tokenFixture();

describe('with BOT_ID set, what an attacker’s tokens cannot make the bot do', () => {
  it('fetched the key set once, however many unknown key ids it was shown', async () => {
    for (let i = 0; i < 5; i += 1) {
      await h.post(activities().message, bearer(claims(), signingKey(`probe-${String(i)}`)));
    }
    expect(openid.metadataFetches).toBe(1);
  });

  it('keeps botbuilder’s process-wide issuer list from growing with random tid claims', async () => {
    const issuers = ToBotFromBotOrEmulatorTokenValidationParameters.issuer as string[];
    const length = issuers.length;
    for (let i = 0; i < 10; i += 1) {
      const tid = `${String(i).padStart(8, '0')}-dead-4bad-8bad-000000000000`;
      const answer = await h.post(activities().message, bearer(claims({ tid }), keys.forger));
      expect(answer.status).toBe(401);
    }
    expect(issuers).toHaveLength(length);
  });
});

describe('with BOT_ID set, the tenant is checked after the token', () => {
  it('a valid token from another tenant: no reply to a message, 403 to an invoke', async () => {
    h.connector.reset();
    const before = await h.rows();
    const options = {
      serviceUrl: h.connector.url,
      tenantId: '11111111-2222-4333-8444-555555555555',
    };
    const user = { aadObjectId: 'f0000000-0000-4000-8000-000000000009', name: 'Outsider' };
    expect((await h.post(message(user, 'help', options), bearer(claims()))).status).toBe(200);
    const invoke = execute(user, 'request.open', {}, options);
    expect((await h.post(invoke, bearer(claims()))).status).toBe(403);
    expect(h.connector.calls).toHaveLength(0);
    expect(await h.rows()).toEqual(before);
  });
});

describe('with BOT_ID set and the key set unreachable', () => {
  const down = new SecureHarness();
  beforeAll(() =>
    down.start({
      BOT_OPENID_METADATA_URL: 'http://127.0.0.1:9/v1/.well-known/openidconfiguration',
    }),
  );
  afterAll(() => down.stop());

  it('fails closed: 401, no turn, not a 5xx', async () => {
    const activity = message(USERS.employee, 'help', { serviceUrl: down.connector.url });
    const payload = channelClaims(BOT_ID, down.connector.url);
    const answer = await down.post(activity, bearer(payload));
    expect(answer.status).toBe(401);
    expect(down.rejections()).toEqual([expect.stringContaining('ECONNREFUSED')]);
    expect(down.connector.calls).toHaveLength(0);
    expect((await down.rows()).get('people')).toHaveLength(0);
  });
});
