import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/data/french-typography.js';
import { meetingEn } from '../../src/i18n/meeting.en.js';
import { meetingFr } from '../../src/i18n/meeting.fr.js';

function leaves(table: object, prefix = ''): [string, string][] {
  return Object.entries(table).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value as object, `${prefix}${key}.`),
  );
}

describe('the meeting chat’s strings', () => {
  it('have the same keys and placeholders in both languages', () => {
    const en = new Map(leaves(meetingEn));
    const fr = new Map(leaves(meetingFr));
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of en)
      expect(placeholders(fr.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it.each(leaves(meetingFr))('French %s follows the typography rule', (_key, text) => {
    expect(frenchTypography(text)).toBe(text);
    expect(text).not.toMatch(/ [:;?!]/);
  });
});
