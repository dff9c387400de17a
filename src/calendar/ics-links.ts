import { randomBytes } from 'node:crypto';

const TOKEN_BYTES = 32;
/** 32 bytes in base64url, unpadded: 43 characters of `A–Z a–z 0–9 - _`. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new unguessable token for a calendar-file link: 32 random bytes (256 bits) from the
 * operating system's CSPRNG, base64url-encoded. The link is the only thing guarding the file
 * (names, emails, join link), so it must not be derived from anything an outsider could know.
 */
export function inviteToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/**
 * True when a value has the shape of an `inviteToken`, so the route serving the files can
 * refuse anything else before looking it up.
 */
export function isInviteToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/**
 * The public link of a calendar file: `<publicUrl>/calendar/<token>.ics`. Trailing slashes of
 * `publicUrl` are dropped so the path never has `//`; a path in `publicUrl` (a bot behind a
 * reverse proxy at `/jlp`) is kept.
 *
 * @param publicUrl - the bot's public base URL (`PUBLIC_URL`)
 * @param token - a value from `inviteToken`
 * @throws RangeError when the token is not one `inviteToken` could have made
 */
export function inviteUrl(publicUrl: string, token: string): string {
  if (!isInviteToken(token)) throw new RangeError('not a calendar-file token');
  return `${publicUrl.replace(/\/+$/, '')}/calendar/${token}.ics`;
}
