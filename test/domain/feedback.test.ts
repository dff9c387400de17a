import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  COMMENT_MAX_LENGTH,
  FEEDBACK_QUESTIONS,
  parseFeedbackPayload,
} from '../../src/domain/feedback.js';
import type { FeedbackError } from '../../src/domain/feedback.js';
import { respondentKey, responseDay } from '../../src/domain/feedback-anonymity.js';

const valid = {
  verb: 'feedback.submit',
  safeSpace: '5',
  learned: '4',
  relationships: '3',
  facilitation: '2',
  overall: '1',
  comment: '  Très bon échange, merci!  ',
};

describe('parseFeedbackPayload', () => {
  it('reads the five scores from strings and trims the comment', () => {
    expect(parseFeedbackPayload(valid)).toEqual({
      ok: true,
      answers: {
        safeSpace: 5,
        learned: 4,
        relationships: 3,
        facilitation: 2,
        overall: 1,
        comment: 'Très bon échange, merci!',
      },
    });
  });

  it('asks the questions in the card’s order', () => {
    expect(FEEDBACK_QUESTIONS).toEqual([
      'safeSpace',
      'learned',
      'relationships',
      'facilitation',
      'overall',
    ]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['no comment key', { comment: undefined }],
    ['an empty comment', { comment: '' }],
    ['a blank comment', { comment: ' \n\t ' }],
    ['a null comment', { comment: null }],
  ])('treats %s as no comment', (_name, change) => {
    const result = parseFeedbackPayload({ ...valid, ...change });
    expect(result.ok && result.answers.comment).toBe('');
  });

  it('accepts numbers and padded strings, as a test client may send them', () => {
    const result = parseFeedbackPayload({ ...valid, safeSpace: 3, learned: ' 2 ' });
    expect(result.ok && [result.answers.safeSpace, result.answers.learned]).toEqual([3, 2]);
  });

  it.each<[string, unknown, FeedbackError['rule']]>([
    ['missing', undefined, 'required'],
    ['empty', '', 'required'],
    ['null', null, 'required'],
    ['zero', '0', 'score'],
    ['six', '6', 'score'],
    ['a decimal', '3.5', 'score'],
    ['a decimal number', 2.5, 'score'],
    ['a word', 'five', 'score'],
    ['two digits', '11', 'score'],
    ['an array', ['3'], 'score'],
  ])('refuses a score that is %s', (_name, value, rule) => {
    const result = parseFeedbackPayload({ ...valid, relationships: value });
    expect(result).toEqual({ ok: false, errors: [{ field: 'relationships', rule }] });
  });

  it('reports every refused input once, in the card’s order', () => {
    const result = parseFeedbackPayload({ learned: '9', overall: '', comment: 'x'.repeat(2001) });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'safeSpace', rule: 'required' },
        { field: 'learned', rule: 'score' },
        { field: 'relationships', rule: 'required' },
        { field: 'facilitation', rule: 'required' },
        { field: 'overall', rule: 'required' },
        { field: 'comment', rule: 'tooLong' },
      ],
    });
  });

  it('allows a comment of 2,000 characters after trimming, and not one more', () => {
    const longest = `  ${'é'.repeat(COMMENT_MAX_LENGTH)}  `;
    expect(parseFeedbackPayload({ ...valid, comment: longest }).ok).toBe(true);
    const over = parseFeedbackPayload({ ...valid, comment: 'a'.repeat(COMMENT_MAX_LENGTH + 1) });
    expect(over).toEqual({ ok: false, errors: [{ field: 'comment', rule: 'tooLong' }] });
  });

  it('refuses a comment that is not text', () => {
    expect(parseFeedbackPayload({ ...valid, comment: 42 })).toEqual({
      ok: false,
      errors: [{ field: 'comment', rule: 'invalid' }],
    });
  });
});

describe('respondentKey', () => {
  const secret = 'a-test-secret-of-at-least-32-characters!';
  const session = 'session-42';
  const aad = '6F1C2A3B-0000-4000-8000-00000000ABCD';

  it('is the HMAC-SHA256 of the session id, a separator and the lower-cased AAD id, in hex', () => {
    const expected = createHmac('sha256', secret)
      .update(`${session}\u001f${aad.toLowerCase()}`)
      .digest('hex');
    expect(respondentKey(secret, session, aad)).toBe(expected);
    expect(respondentKey(secret, session, aad)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same whatever the AAD id’s case, and differs per session, person and secret', () => {
    const key = respondentKey(secret, session, aad);
    expect(respondentKey(secret, session, aad.toLowerCase())).toBe(key);
    expect(respondentKey(secret, 'session-43', aad)).not.toBe(key);
    expect(respondentKey(secret, session, aad.replace('ABCD', 'ABCE'))).not.toBe(key);
    expect(respondentKey(`${secret}x`, session, aad)).not.toBe(key);
  });

  it('cannot be confused by moving characters between the session id and the AAD id', () => {
    expect(respondentKey(secret, 'ab', 'c')).not.toBe(respondentKey(secret, 'a', 'bc'));
  });

  it('refuses an empty secret and a session id holding the separator', () => {
    expect(() => respondentKey('', session, aad)).toThrow(RangeError);
    expect(() => respondentKey(secret, 'a\u001fb', aad)).toThrow(RangeError);
  });
});

describe('responseDay', () => {
  it.each<[string, string, string]>([
    ['2026-12-02T04:30:00Z', 'America/Toronto', '2026-12-01'],
    ['2026-12-02T05:00:00Z', 'America/Toronto', '2026-12-02'],
    ['2026-12-02T03:00:00Z', 'America/St_Johns', '2026-12-01'],
    ['2026-12-02T03:30:00Z', 'America/St_Johns', '2026-12-02'],
    ['2026-07-01T06:59:59Z', 'America/Vancouver', '2026-06-30'],
    ['2026-07-01T05:59:59Z', 'America/Regina', '2026-06-30'],
    ['2026-07-01T06:00:00Z', 'America/Regina', '2026-07-01'],
  ])('at %s in %s is %s', (iso, zone, day) => {
    expect(responseDay(new Date(iso), zone)).toBe(day);
  });

  it('gives nothing finer than the day', () => {
    expect(responseDay(new Date('2026-12-02T18:42:17.123Z'), 'America/Halifax')).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
  });

  it('refuses an unknown zone', () => {
    expect(() => responseDay(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});
