import { describe, expect, it } from 'vitest';
import { inviteToken, inviteUrl, isInviteToken } from '../../src/calendar/ics-links.js';

describe('inviteToken', () => {
  it('is 32 random bytes in base64url', () => {
    const token = inviteToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(isInviteToken(token)).toBe(true);
  });

  it('never repeats', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => inviteToken()));
    expect(tokens.size).toBe(1000);
  });
});

describe('isInviteToken', () => {
  it.each([
    ['too short', 'abc'],
    ['padded', `${'A'.repeat(43)}=`],
    ['path traversal', `../${'A'.repeat(40)}`],
    ['base64 (not url)', `${'A'.repeat(42)}+`],
    ['empty', ''],
  ])('refuses %s', (_name, value) => {
    expect(isInviteToken(value)).toBe(false);
  });
});

describe('inviteUrl', () => {
  const token = 'Q2FsZW5kYXItZmlsZS10b2tlbi1mb3ItdGVzdHMtMTI';

  it.each([
    ['https://jlp.example.ca', `https://jlp.example.ca/calendar/${token}.ics`],
    ['https://jlp.example.ca/', `https://jlp.example.ca/calendar/${token}.ics`],
    ['https://jlp.example.ca//', `https://jlp.example.ca/calendar/${token}.ics`],
    ['https://proxy.example.ca/jlp/', `https://proxy.example.ca/jlp/calendar/${token}.ics`],
  ])('%s → %s', (publicUrl, expected) => {
    expect(inviteUrl(publicUrl, token)).toBe(expected);
  });

  it('refuses a token inviteToken could not have made', () => {
    expect(() => inviteUrl('https://jlp.example.ca', '../../etc/passwd')).toThrow(RangeError);
  });
});
