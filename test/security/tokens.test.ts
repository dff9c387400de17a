import { describe, expect, it } from 'vitest';
import { addDays, isWeekday, todayIn } from '../../src/domain/dates.js';
import { holidayOn } from '../../src/domain/holidays.js';
import { execute, USERS } from '../helpers/activities.js';
import { validForm } from '../helpers/forms.js';
import { cardText } from '../helpers/harness.js';
import { signingKey } from './jwt.js';
import { BOT_ID } from './secure-harness.js';
import { tokenFixture } from './token-fixture.js';

const { h, keys, now, claims, bearer, activities } = tokenFixture();
const { teams, webchatOnly, forger } = keys;

/** A weekday (not a holiday) three weeks or more from now: a request the bot would accept. */
function requestDate(): string {
  let date = addDays(todayIn('America/Toronto', new Date()), 21);
  while (!isWeekday(date) || holidayOn(date)) date = addDays(date, 1);
  return date;
}

describe('with BOT_ID set, a valid channel token is accepted', () => {
  it('runs the turn for a message: the reply is sent, the sender remembered', async () => {
    h.connector.reset();
    const answer = await h.post(activities().message, bearer(claims()));
    expect(answer.status).toBe(200);
    expect(h.connector.messages()).toHaveLength(1);
    expect((await h.rows()).get('people')).toHaveLength(1);
  });

  it('runs the turn for a card action: the request is stored, the coordinators told', async () => {
    h.connector.reset();
    const date = requestDate();
    const form = validForm({ preferredDate: date, alternateDate: '' });
    const invoke = execute(USERS.employee, 'request.submit', form, {
      serviceUrl: h.connector.url,
    });
    const answer = await h.post(invoke, bearer(claims()));
    expect(answer.status).toBe(200);
    expect(cardText((answer.body as { value: unknown }).value)).toMatch(/JLP-\d{4}-\d{4}/);
    expect((await h.rows()).get('requests')).toHaveLength(1);
    // Outbound works with BOT_ID set: both NCR coordinators get the notice in a new 1:1 chat.
    expect(h.connector.calls.filter((c) => c.kind === 'create')).toHaveLength(2);
    expect(h.connector.messages()).toHaveLength(2);
  });

  it.each([
    ['signed with RS384', () => claims(), 'RS384'],
    ['signed with RS512', () => claims(), 'RS512'],
    // Botbuilder allows five minutes of clock skew, as the Bot Framework documents.
    [
      'expired two minutes ago (within the clock skew)',
      () => claims({ exp: now() - 120 }),
      'RS256',
    ],
  ])('accepts a token %s', async (_name, payload, alg) => {
    h.connector.reset();
    const answer = await h.post(activities().message, bearer(payload(), teams, alg));
    expect(answer.status).toBe(200);
    expect(h.connector.messages()).toHaveLength(1);
  });
});

describe('with BOT_ID set, every other request gets a bare 401 and runs no turn', () => {
  const emulatorIssuer = 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/';
  const notChannel = 'not issued by the channel';
  const notJws = 'not a Bearer JWS';
  /** What is sent, and the reason the bot logs (which check refused it). */
  const cases: [string, () => string | undefined, string][] = [
    ['no Authorization header', () => undefined, 'no token'],
    ['an empty Authorization header', () => '', 'no token'],
    ['"Bearer" and nothing else', () => 'Bearer ', notJws],
    ['a token that is not a JWT', () => 'Bearer not-a-token', notJws],
    ['a JWT whose segments are not JSON', () => 'Bearer aGVsbG8.d29ybGQ.c2ln', 'not a JSON object'],
    ['another scheme (Basic)', () => `Basic ${Buffer.from('bot:pw').toString('base64')}`, notJws],
    ['the scheme in lower case', () => bearer(claims()).replace('Bearer', 'bearer'), notJws],
    ['an expired token (ten minutes ago)', () => bearer(claims({ exp: now() - 600 })), 'expired'],
    [
      'a token not valid yet (nbf in ten minutes)',
      () => bearer(claims({ nbf: now() + 600 })),
      'jwt not active',
    ],
    ['a token without exp', () => bearer(claims({ exp: undefined })), 'no expiry'],
    [
      'another audience',
      () => bearer(claims({ aud: 'a0000000-0000-4000-8000-00000000000a' })),
      'Invalid AppId',
    ],
    ['no audience', () => bearer(claims({ aud: undefined })), 'Invalid AppId'],
    [
      'another issuer',
      () => bearer(claims({ iss: 'https://api.botframework.com.evil.test' })),
      notChannel,
    ],
    ['no issuer', () => bearer(claims({ iss: undefined })), notChannel],
    [
      'an emulator token (Azure AD issuer, appid = BOT_ID)',
      () => bearer(claims({ iss: emulatorIssuer, appid: BOT_ID, ver: '1.0' })),
      notChannel,
    ],
    [
      'a skill token (ver, appid of another bot)',
      () => bearer(claims({ appid: 'x', ver: '1.0' })),
      'Invalid identity',
    ],
    [
      'a forged signature (unpublished key, same kid)',
      () => bearer(claims(), forger),
      'invalid signature',
    ],
    [
      'an unknown key id',
      () => bearer(claims(), signingKey('unknown-key')),
      'Signing Key could not be retrieved',
    ],
    ['alg none, no signature', () => bearer(claims(), teams, 'none'), notJws],
    [
      'alg none, with a signature',
      () => bearer(claims(), teams, 'none') + 'c2ln',
      'algorithm not allowed',
    ],
    [
      'HS256 keyed with the public key',
      () => bearer(claims(), teams, 'HS256'),
      'algorithm not allowed',
    ],
    [
      'a payload changed after signing',
      () => {
        const [head, , signature] = bearer(claims()).slice(7).split('.');
        const payload = Buffer.from(JSON.stringify(claims({ x: 1 })));
        return `Bearer ${head!}.${payload.toString('base64url')}.${signature!}`;
      },
      'invalid signature',
    ],
    [
      'another serviceUrl in the token',
      () => bearer(claims({ serviceurl: 'https://smba.trafficmanager.net/amer/' })),
      'ServiceUrl claim do not match',
    ],
    [
      'no serviceurl claim',
      () => bearer(claims({ serviceurl: undefined })),
      'ServiceUrl claim do not match',
    ],
    [
      'a key endorsed for another channel',
      () => bearer(claims(), webchatOnly),
      'Could not validate endorsement',
    ],
  ];

  it.each(cases)('%s', async (_name, authorization, reason) => {
    h.connector.reset();
    const before = await h.rows();
    const mark = h.log.length;
    for (const activity of Object.values(activities())) {
      const answer = await h.post(activity, authorization());
      expect(answer.status).toBe(401);
      // Nothing about why: the reason is in the bot's log only.
      expect(answer.body).toBeUndefined();
    }
    expect(h.rejections(mark)).toHaveLength(2);
    for (const logged of h.rejections(mark)) expect(logged).toContain(reason);
    expect(h.connector.calls).toHaveLength(0);
    expect(await h.rows()).toEqual(before);
  });
});
