import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { format, resolveLanguage } from '../../src/i18n/i18n.js';

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, path ? `${path}.${key}` : key),
    );
  }
  return [[path, value]];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the string catalogues', () => {
  const english = new Map(leaves(en));
  const french = new Map(leaves(fr));

  it('have the same keys in both languages', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.keys()])(
    '%s is a non-empty string in both, with the same placeholders',
    (key) => {
      const a = english.get(key);
      const b = french.get(key);
      expect(typeof a).toBe('string');
      expect(typeof b).toBe('string');
      expect((a as string).trim()).not.toBe('');
      expect((b as string).trim()).not.toBe('');
      expect(placeholders(b as string)).toEqual(placeholders(a as string));
    },
  );

  it('choose the language: an explicit choice wins, then fr-* locales, else English', () => {
    expect(resolveLanguage('en', 'fr-CA')).toBe('en');
    expect(resolveLanguage(null, 'fr-FR')).toBe('fr');
    expect(resolveLanguage(undefined, 'en-CA')).toBe('en');
    expect(resolveLanguage(null, undefined)).toBe('en');
  });

  it('fill placeholders as data, never as templates', () => {
    expect(format('Hello {name}', { name: '${evil} {other}' })).toBe('Hello ${evil} {other}');
  });
});
