import { beforeAll, describe, expect, it } from 'vitest';
import { spellChecker, type SpellChecker } from './spelling.js';
import { allUserStrings, withoutBindings, type Lang, type UserString } from './user-strings.js';

const checkers = {} as Record<Lang, SpellChecker>;
let strings: UserString[] = [];

beforeAll(async () => {
  checkers.en = await spellChecker('en');
  checkers.fr = await spellChecker('fr');
  strings = await allUserStrings();
});

describe('the spell checker', () => {
  it.each([
    ['en', 'Your session is scheduled with the Labour Program.', []],
    ['en', 'The colour of the neighbour’s centre', []],
    ['en', 'Recieve the sesion', ['Recieve', 'sesion']],
    ['en', 'Envoyer la rétroaction', ['Envoyer', 'rétroaction']],
    ['fr', 'La séance est planifiée\u00a0: envoyez votre courriel.', []],
    ['fr', 'L’ordre du jour d’une séance', []],
    ['fr', 'La seánce est planifée', ['seánce', 'planifée']],
    ['fr', 'Send the feedback schedule', ['Send', 'feedback', 'schedule']],
    ['en', 'Send a courriel to the coanimation', ['courriel', 'coanimation']],
    ['en', 'Use a https:// link such as https://teams.microsoft.com/l/meetup-join/…', []],
    ['en', 'JLP Conversations for PSAC and TBS in Teams: {title}', []],
    ['fr', 'Conversations PAM de l’AFPC et du SCT dans Teams\u00a0: {title}', []],
  ] as const)('%s: %s', async (lang, text, unknown) => {
    expect(await checkers[lang].unknownWords(text)).toEqual(unknown);
  });

  it('reads only the literal text of a card template', () => {
    expect(withoutBindings('- ${$data}')).toBe('- ');
    expect(withoutBindings("Hello ${if(x, '{a}', 'b')} world")).toBe('Hello  world');
  });
});

describe('every user-visible string', () => {
  it('is found: tables, catalogue, domain names and manifest, in both languages', () => {
    const sources = new Set(strings.map((s) => `${s.where.split(':')[0]!} ${s.lang}`));
    for (const source of [
      'src/i18n/en.ts en',
      'src/i18n/fr.ts fr',
      'src/i18n/meeting.en.ts en',
      'src/i18n/meeting.fr.ts fr',
      'src/data/catalogue.json en',
      'src/data/catalogue.json fr',
      'src/domain/ground-rules.ts fr',
      'src/domain/holidays.ts fr',
      'manifest/manifest.json en',
      'manifest/fr.json fr',
    ]) {
      expect(sources, source).toContain(source);
    }
  });

  it.each(['en', 'fr'] as const)(
    'in %s is spelled with its own dictionary and the project words',
    async (lang) => {
      const unknown: string[] = [];
      for (const { where, text } of strings.filter((s) => s.lang === lang)) {
        const words = await checkers[lang].unknownWords(text);
        if (words.length > 0) unknown.push(`${where}: ${words.join(', ')}`);
      }
      expect(unknown).toEqual([]);
    },
  );
});
