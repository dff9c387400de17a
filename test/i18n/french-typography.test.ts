import { beforeAll, describe, expect, it } from 'vitest';
import { allUserStrings, type UserString } from './user-strings.js';

/** Punctuation ends a phrase when a space, the end or a closing mark follows (not "10:30"). */
const END = String.raw`(?=$|[\s»)"'’])`;

/**
 * The project's French rules (see `src/i18n/fr.ts`, `src/data/french-typography.ts`): U+00A0
 * before ":" and inside « », U+202F before "?", "!" and ";", no 12-hour times, and the
 * typographic apostrophe.
 */
const RULES: readonly { name: string; pattern: RegExp; exempt?: RegExp }[] = [
  { name: 'U+00A0 before ":"', pattern: new RegExp(String.raw`(?<!\u00A0):${END}`, 'u') },
  { name: 'U+00A0 after "«"', pattern: /«(?!\u00A0)/u },
  { name: 'U+00A0 before "»"', pattern: /(?<!\u00A0)»/u },
  {
    name: 'U+202F before "?", "!" and ";"',
    pattern: new RegExp(String.raw`(?<![\u202F!?;])[!?;]${END}`, 'u'),
  },
  // "HH:MM (p. ex. 09:30)" describes what the time field accepts, so only 12-hour times fail.
  { name: 'no "1:30 PM"-style time', pattern: /\b\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\b\.?/iu },
  {
    name: 'typographic apostrophe ’',
    pattern: /'/u,
    // The catalogue's documented rule (catalogue-schema.ts, src/data/README.md) keeps them straight.
    exempt: /^src\/data\/catalogue\.json:/,
  },
];

/** The rules a French text breaks, each with a few characters around the first offence. */
function offences(text: string, where = ''): string[] {
  return RULES.flatMap(({ name, pattern, exempt }) => {
    if (exempt?.test(where)) return [];
    const match = pattern.exec(text);
    if (!match) return [];
    const around = text.slice(Math.max(0, match.index - 12), match.index + 12);
    return [`${name}: "${around}"`];
  });
}

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
