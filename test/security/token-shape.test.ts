import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  channelTokenProblem,
  CHANNEL_TOKEN_ALGORITHMS,
  MAX_AUTHORIZATION_LENGTH,
} from '../../src/security/token-shape.js';
import { CHANNEL_ISSUER } from './jwt.js';

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const header = (extra: Record<string, unknown> = {}) => ({ alg: 'RS256', kid: 'k', ...extra });
const payload = (extra: Record<string, unknown> = {}) => ({
  iss: CHANNEL_ISSUER,
  exp: 2_000_000_000,
  ...extra,
});
const token = (h: unknown, p: unknown, signature = 'c2ln') =>
  `Bearer ${segment(h)}.${segment(p)}.${signature}`;

describe('channelTokenProblem (the shape check run before botbuilder)', () => {
  it('lets a channel-shaped token through to botbuilder', () => {
    for (const alg of CHANNEL_TOKEN_ALGORITHMS) {
      expect(
        channelTokenProblem(token(header({ alg }), payload()), CHANNEL_ISSUER),
      ).toBeUndefined();
    }
  });

  it.each([
    ['nothing', '', 'no token'],
    ['a header too long', `Bearer ${'a'.repeat(MAX_AUTHORIZATION_LENGTH)}`, 'too long'],
    ['two segments', 'Bearer abc.def', 'not a Bearer JWS'],
    ['a space inside', `${token(header(), payload())} x`, 'not a Bearer JWS'],
    ['a JSON array header', token([1], payload()), 'not a JSON object'],
    ['a JSON null payload', token(header(), null), 'not a JSON object'],
    ['alg none', token(header({ alg: 'none' }), payload()), 'algorithm'],
    ['alg HS256', token(header({ alg: 'HS256' }), payload()), 'algorithm'],
    ['alg ES256', token(header({ alg: 'ES256' }), payload()), 'algorithm'],
    ['alg in lower case', token(header({ alg: 'rs256' }), payload()), 'algorithm'],
    ['no kid', token(header({ kid: undefined }), payload()), 'no key id'],
    ['a numeric kid', token(header({ kid: 7 }), payload()), 'no key id'],
    ['another issuer', token(header(), payload({ iss: 'https://evil.test' })), 'not issued'],
    ['an issuer array', token(header(), payload({ iss: [CHANNEL_ISSUER] })), 'not issued'],
    ['no exp', token(header(), payload({ exp: undefined })), 'no expiry'],
    ['a string exp', token(header(), payload({ exp: '2000000000' })), 'no expiry'],
  ])('refuses %s', (_name, authorization, reason) => {
    expect(channelTokenProblem(authorization, CHANNEL_ISSUER)).toContain(reason);
  });

  it('never throws, and refuses any random header (1,000 tries)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(channelTokenProblem(text, CHANNEL_ISSUER)).toEqual(expect.any(String));
        expect(channelTokenProblem(`Bearer ${text}`, CHANNEL_ISSUER)).toEqual(expect.any(String));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses random JSON in the header and payload unless both have the channel shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (h, p) => {
        expect(channelTokenProblem(token(h, p), CHANNEL_ISSUER)).toEqual(expect.any(String));
      }),
      { numRuns: 500 },
    );
  });
});
