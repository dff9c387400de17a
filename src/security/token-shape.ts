/** The signing algorithms Bot Framework channel tokens use (botbuilder allows the same). */
export const CHANNEL_TOKEN_ALGORITHMS: readonly string[] = ['RS256', 'RS384', 'RS512'];

/** Longer headers are refused unread: a channel token is about 1–2 KB. */
export const MAX_AUTHORIZATION_LENGTH = 8 * 1024;

const BEARER_JWS = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why an `Authorization` header cannot carry a token from the Bot Framework channel, or
 * undefined when it may (the signature, audience, expiry and `serviceurl` are botbuilder's to
 * check). Run before botbuilder so that it never sees what it would mishandle: a token it
 * rejects with a plain error (a 500 otherwise), or an emulator or skill token (other issuers,
 * other key sets, no `serviceurl` check). The reasons are fixed strings: nothing from the
 * header is echoed into logs.
 */
export function channelTokenProblem(authorization: string, issuer: string): string | undefined {
  if (authorization.length === 0) return 'no token';
  if (authorization.length > MAX_AUTHORIZATION_LENGTH) return 'header too long';
  const match = BEARER_JWS.exec(authorization);
  if (!match) return 'not a Bearer JWS (header.payload.signature)';
  const header = decodeSegment(match[1] ?? '');
  const payload = decodeSegment(match[2] ?? '');
  if (!header || !payload) return 'header or payload is not a JSON object';
  if (typeof header.alg !== 'string' || !CHANNEL_TOKEN_ALGORITHMS.includes(header.alg)) {
    return 'signing algorithm not allowed';
  }
  if (typeof header.kid !== 'string' || header.kid.length === 0) return 'no key id';
  if (payload.iss !== issuer) return 'not issued by the channel';
  // Channel tokens always expire; one without `exp` would be valid forever.
  if (typeof payload.exp !== 'number') return 'no expiry';
  return undefined;
}
