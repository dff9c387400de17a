import { afterAll, beforeAll, vi } from 'vitest';
import { execute, message, USERS } from '../helpers/activities.js';
import { channelClaims, signingKey, signJwt, type SigningKey } from './jwt.js';
import { OpenIdServer } from './openid-server.js';
import { BOT_ID, SecureHarness } from './secure-harness.js';

/**
 * A bot with token checks on, pointed (`BOT_OPENID_METADATA_URL`) at a loopback key service that
 * publishes `teams` (endorsed for msteams) and `webchatOnly`; `forger` is an unpublished key
 * under `teams`'s key id. Registers its own beforeAll/afterAll: call it at a test file's top.
 */
export function tokenFixture() {
  const keys = {
    teams: signingKey('teams-key'),
    webchatOnly: signingKey('webchat-key', ['webchat']),
    forger: signingKey('teams-key'),
  };
  const openid = new OpenIdServer([keys.teams, keys.webchatOnly]);
  const h = new SecureHarness();

  beforeAll(async () => {
    // Botbuilder's token extractor prints each bad signature to stderr itself; keep runs readable.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await openid.start();
    await h.start({ BOT_OPENID_METADATA_URL: openid.url });
  });
  afterAll(async () => {
    await h.stop();
    await openid.stop();
    vi.restoreAllMocks();
  });

  const now = () => Math.floor(Date.now() / 1000);
  /** A valid channel token's claims for this bot, with `extra` added or replaced. */
  const claims = (extra: Record<string, unknown> = {}) => ({
    ...channelClaims(BOT_ID, h.connector.url),
    ...extra,
  });
  /** An Authorization header carrying `payload` signed by `key`. */
  const bearer = (payload: Record<string, unknown>, key: SigningKey = keys.teams, alg = 'RS256') =>
    `Bearer ${signJwt({ alg, typ: 'JWT', kid: key.kid }, payload, key)}`;
  /** A message and a card action that would each run a turn if let in. */
  const activities = () => ({
    message: message(USERS.employee, 'help', { serviceUrl: h.connector.url }),
    invoke: execute(USERS.employee, 'request.open', {}, { serviceUrl: h.connector.url }),
  });
  return { h, openid, keys, now, claims, bearer, activities };
}
