import { beforeAll, describe, expect, it } from 'vitest';
import { frenchOffences as offences } from './typography-rules.js';
import { allUserStrings, type UserString } from './user-strings.js';

describe('the French typography rules', () => {
  it.each([
    ['Séance planifiée\u00a0: «\u00a0Parlons-en\u00a0»\u202f! Et vous\u202f?', 0],
    ['Voir https://www.canada.ca/fr.html?page=2 à 13 h 30, le jour de l’An.', 0],
    ['Séance planifiée : oui', 1],
    ['Séance planifiée: oui', 1],
    ['«Parlons-en »', 2],
    ['Et vous ? Oui ! Non\u00a0;', 1],
    ['De 1:30 PM à 15 h', 1],
    ['De 1:30 p.m. à 3 pm', 1],
    ['À 9 am', 1],
    ["le jour de l'An", 1],
  ])('%j breaks %i rule(s)', (text, count) => {
    expect(offences(text)).toHaveLength(count);
  });
});

describe('every French user-visible string', () => {
  let french: UserString[] = [];
  beforeAll(async () => {
    french = (await allUserStrings()).filter(
      (s) => s.lang === 'fr' && !s.where.startsWith('cards/'),
    );
  });

  it('follows the French typography rules', () => {
    expect(french.length).toBeGreaterThan(100);
    const found = french.flatMap(({ where, text }) =>
      offences(text, where).map((offence) => `${where}: ${offence}`),
    );
    expect(found).toEqual([]);
  });
});
