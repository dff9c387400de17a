import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** The issuer of Bot Framework channel tokens. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

/** An RSA signing key as the channel's key set publishes it. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Channels the key is endorsed for (botbuilder checks the activity's `channelId`). */
  endorsements: string[];
}

/** A fresh 2048-bit RSA key. */
export function signingKey(kid: string, endorsements: string[] = ['msteams']): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey, endorsements };
}

/** The key as a JWKS entry, the way login.botframework.com lists it. */
export function jwk(key: SigningKey): Record<string, unknown> {
  const { n, e } = key.publicKey.export({ format: 'jwk' });
  return { kty: 'RSA', use: 'sig', kid: key.kid, n, e, endorsements: key.endorsements };
}

const segment = (value: unknown): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A compact JWS over `header` and `payload`, signed the way `header.alg` says (by hand). */
export function signJwt(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  key: SigningKey,
): string {
  const input = `${segment(header)}.${segment(payload)}`;
  const alg = header.alg;
  if (alg === 'none') return `${input}.`;
  if (alg === 'HS256') {
    // The classic confusion attack: the public key's PEM used as an HMAC secret.
    const secret = key.publicKey.export({ format: 'pem', type: 'spki' });
    return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
  }
  const hash = alg === 'RS384' ? 'sha384' : alg === 'RS512' ? 'sha512' : 'sha256';
  return `${input}.${sign(hash, Buffer.from(input), key.privateKey).toString('base64url')}`;
}

/** Claims of a valid channel token for `botId` and `serviceUrl`, `now` in seconds. */
export function channelClaims(
  botId: string,
  serviceUrl: string,
  now = Math.floor(Date.now() / 1000),
): Record<string, unknown> {
  return {
    iss: CHANNEL_ISSUER,
    aud: botId,
    serviceurl: serviceUrl,
    nbf: now - 60,
    exp: now + 3600,
  };
}
