import { describe, expect, it } from 'vitest';
import { GROUND_RULES } from '../../src/domain/agenda.js';
import { frenchTypography } from '../../src/data/french-typography.js';

describe('GROUND_RULES', () => {
  it('has the same rules in both languages, item for item', () => {
    expect(GROUND_RULES.en).toHaveLength(8);
    expect(GROUND_RULES.fr).toHaveLength(GROUND_RULES.en.length);
  });

  it.each<[number, RegExp, RegExp]>([
    [
      0,
      /^Confidentiality: what is said here stays here/,
      /^Confidentialité\u00a0: ce qui se dit ici reste ici/,
    ],
    [1, /^Speak for yourself/, /^Parler en son nom/],
    [2, /^Listen to understand/, /^Écouter pour comprendre/],
    [3, /^Respect differences/, /^Respecter les différences/],
    [4, /^One voice at a time/, /^Une personne parle à la fois/],
    [5, /^The right to pass/, /^Le droit de passer son tour/],
    [6, /good intent.*impact matters/, /bonne foi.*l’effet de nos paroles compte/],
    [
      7,
      /^Union and management participate as equals/,
      /^Le syndicat et la direction participent sur un pied d’égalité/,
    ],
  ])('rule %i says the same thing in both languages', (index, en, fr) => {
    expect(GROUND_RULES.en[index]).toMatch(en);
    expect(GROUND_RULES.fr[index]).toMatch(fr);
  });

  it('follows French typography: no-break spaces before : and inside « », narrow ones before ; ! ?', () => {
    for (const rule of GROUND_RULES.fr) {
      expect(frenchTypography(rule)).toBe(rule);
      expect(rule).not.toMatch(/[ \u202f]:|[ \u00a0][;!?]|« |«(?!\u00a0)| »|'/u);
    }
    expect(GROUND_RULES.fr.join('')).toContain('«\u00a0je\u00a0»');
    expect(GROUND_RULES.fr.join('')).toContain('\u202f;');
  });

  it('is written as complete sentences with no stray spacing', () => {
    for (const rule of [...GROUND_RULES.en, ...GROUND_RULES.fr]) {
      expect(rule).toMatch(/^\p{Lu}.*\.$/u);
      expect(rule).not.toMatch(/ {2}|^\s|\s$/);
    }
    for (const rule of GROUND_RULES.en) expect(rule).not.toMatch(/[\u00a0\u202f]|'/);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(GROUND_RULES)).toBe(true);
    expect(Object.isFrozen(GROUND_RULES.en)).toBe(true);
    expect(Object.isFrozen(GROUND_RULES.fr)).toBe(true);
  });
});
