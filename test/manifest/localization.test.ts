import { describe, expect, it } from 'vitest';
import { localizableStrings, validateLocalization } from '../../scripts/lib/app-package.js';
import { readSource, testManifest } from './fixtures.js';

/** The French typed commands of the wire contract, in the manifest's order. */
const FRENCH_COMMANDS = [
  'aide',
  'demande',
  'mes demandes',
  'file',
  'séances',
  'ordre du jour',
  'lecture',
  'rétroaction',
  'résultats',
];

describe('manifest/fr.json', () => {
  it('validates against the bundled localization schema and covers the manifest', async () => {
    expect(await validateLocalization(readSource('fr.json'), testManifest(), 'fr.json')).toEqual(
      [],
    );
  });

  it('translates exactly the strings manifest.json has, each into something else', () => {
    const english = localizableStrings(testManifest());
    const french = readSource('fr.json');
    const { $schema, ...translations } = french;
    expect($schema).toMatch(/\/teams\/v1\.30\/MicrosoftTeams\.Localization\.schema\.json$/);
    expect(Object.keys(translations).sort()).toEqual([...english.keys()].sort());
    // 4 names and descriptions, then a title and a description per command in each of 3 scopes.
    expect(english.size).toBe(4 + 3 * 9 * 2);
    for (const [key, text] of english) expect(translations[key], key).not.toBe(text);
  });

  it('names the app and its commands as the wire contract does', () => {
    const french = readSource('fr.json');
    expect(french['name.short']).toBe('Conversations PAM');
    expect(french['name.full']).toBe(
      'Conversations PAM — Série de discussions du Programme d’apprentissage mixte',
    );
    for (const list of [0, 1, 2]) {
      const titles = FRENCH_COMMANDS.map(
        (_, i) => french[`bots[0].commandLists[${list}].commands[${i}].title`],
      );
      expect(titles).toEqual(FRENCH_COMMANDS);
    }
  });

  it('reports a missing translation, an unknown key and a key the manifest lacks', async () => {
    const french = { ...readSource('fr.json') };
    delete french['bots[0].commandLists[2].commands[8].description'];
    french['bots[0].commandLists[0].commands[11].title'] = 'inexistante';
    french['nom.court'] = 'PAM';
    const problems = await validateLocalization(french, testManifest(), 'fr.json');
    expect(problems).toContain(
      'fr.json: no translation for bots[0].commandLists[2].commands[8].description',
    );
    expect(problems).toContain(
      'fr.json: translates bots[0].commandLists[0].commands[11].title, which manifest.json lacks',
    );
    expect(problems.join('\n')).toMatch(/additional properties.*nom\.court/);
  });

  it('reports a localization file written for another schema version', async () => {
    const french = {
      ...readSource('fr.json'),
      $schema:
        'https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.Localization.schema.json',
    };
    expect(await validateLocalization(french, testManifest(), 'fr.json')).toEqual([
      "fr.json: its $schema is not the localization schema of the manifest's version",
    ]);
  });
});
