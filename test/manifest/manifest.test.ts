import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../scripts/lib/app-package.js';
import { repairPattern, schemaVersion } from '../../scripts/lib/bundled-schema.js';
import { readSource, TEST_BOT_ID, testManifest } from './fixtures.js';

/** The typed commands of the wire contract, English side, in the order the help card lists. */
const COMMANDS = [
  'help',
  'request',
  'my requests',
  'queue',
  'sessions',
  'agenda',
  'prereading',
  'feedback',
  'results',
];

interface Bot {
  botId: string;
  scopes: string[];
  supportsFiles: boolean;
  isNotificationOnly: boolean;
  commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
}

describe('manifest/manifest.json', () => {
  it('validates against the bundled Microsoft schema once BOT_ID is substituted', async () => {
    const manifest = testManifest();
    expect(schemaVersion(manifest.$schema)).toBe('1.30');
    expect(manifest.manifestVersion).toBe('1.30');
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('is really checked: the raw placeholders are not GUIDs, and bad fields are all reported', async () => {
    expect((await validateManifest(readSource('manifest.json'))).join('\n')).toMatch(
      /\/id .*pattern/,
    );
    const broken: Record<string, unknown> = {
      ...testManifest(),
      accentColor: 'blue',
      name: { short: 'x'.repeat(31) },
    };
    delete broken.developer;
    const problems = await validateManifest(broken);
    expect(problems.join('\n')).toMatch(/accentColor/);
    expect(problems.join('\n')).toMatch(/name\/short/);
    expect(problems.join('\n')).toMatch(/developer/);
  });

  it('uses BOT_ID for the app, the bot and the Entra application', () => {
    const manifest = testManifest();
    const bot = (manifest.bots as Bot[])[0];
    expect(manifest.id).toBe(TEST_BOT_ID);
    expect(bot?.botId).toBe(TEST_BOT_ID);
    expect(manifest.webApplicationInfo).toEqual({
      id: TEST_BOT_ID,
      resource: `api://botid-${TEST_BOT_ID}`,
    });
  });

  it('declares a conversational bot in personal, team and group chat scopes', () => {
    const bot = (testManifest().bots as Bot[])[0];
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot?.supportsFiles).toBe(false);
    expect(bot?.isNotificationOnly).toBe(false);
  });

  it('lists every typed command in each scope, within Teams display limits', () => {
    const lists = (testManifest().bots as Bot[])[0]?.commandLists ?? [];
    expect(lists.map((list) => list.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    for (const list of lists) {
      expect(list.commands.map((command) => command.title)).toEqual(COMMANDS);
      for (const command of list.commands) {
        expect(command.title.length).toBeLessThanOrEqual(32);
        expect(command.description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('asks only for the meeting-chat resource-specific permission it uses', () => {
    expect(testManifest().authorization).toEqual({
      permissions: {
        resourceSpecific: [{ name: 'OnlineMeeting.ReadBasic.Chat', type: 'Application' }],
      },
    });
  });

  it('defaults to Canadian English with a Canadian French translation', () => {
    expect(testManifest().localizationInfo).toEqual({
      defaultLanguageTag: 'en-ca',
      additionalLanguages: [{ languageTag: 'fr-ca', file: 'fr.json' }],
    });
  });

  it('reports a command title Teams would cut off', async () => {
    const manifest = testManifest();
    const bot = (manifest.bots as Bot[])[0];
    if (bot?.commandLists[0]?.commands[0]) bot.commandLists[0].commands[0].title = 'h'.repeat(33);
    expect(await validateManifest(manifest)).toEqual([
      'manifest.json: bots[0].commandLists[0].commands[0].title is 33 characters; Teams shows 32',
    ]);
  });
});

describe('repairPattern', () => {
  it('escapes only the brackets that close no class, so the pattern compiles in u mode', () => {
    const broken = '^a\\[\\b([0-9]|1[0-7])\\b]\\.x$';
    expect(() => new RegExp(broken, 'u')).toThrow();
    const repaired = new RegExp(repairPattern(broken), 'u');
    expect(repaired.test('a[12].x')).toBe(true);
    expect(repaired.test('a[18].x')).toBe(false);
    expect(repairPattern('^[a-z]+\\]$')).toBe('^[a-z]+\\]$');
  });
});
