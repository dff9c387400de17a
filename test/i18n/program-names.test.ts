import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS, type TestUser } from '../helpers/activities.js';
import { LoopbackConnector } from '../helpers/connector.js';
import { Harness, cardText } from '../helpers/harness.js';

/** The program's own names, in full and abbreviated, as the program writes them. */
const NAMES = {
  en: [
    'Joint Learning Program (JLP)',
    'Public Service Alliance of Canada (PSAC)',
    'Treasury Board of Canada Secretariat (TBS)',
  ],
  fr: [
    'Programme d’apprentissage mixte (PAM)',
    'Alliance de la Fonction publique du Canada (AFPC)',
    'Secrétariat du Conseil du Trésor du Canada (SCT)',
  ],
} as const;

const manifest = (file: string): string =>
  readFileSync(new URL(`../../manifest/${file}`, import.meta.url), 'utf8');

describe('the program’s own names', () => {
  const h = new Harness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  /** The text of the card the bot answers `command` with. */
  const helpText = async (user: TestUser, command: string): Promise<string> => {
    h.connector.reset();
    await h.say(user, command);
    const [reply] = h.connector.messages();
    return cardText(LoopbackConnector.card(reply!));
  };

  it('are spelled out on the English help card, with no French name on it', async () => {
    const text = await helpText(USERS.employee, 'help');
    for (const name of NAMES.en) expect(text).toContain(name);
    for (const name of NAMES.fr) expect(text).not.toContain(name);
  });

  it('are spelled out in French on the French help card, with no English name on it', async () => {
    const text = await helpText(USERS.employeeFr, 'aide');
    for (const name of NAMES.fr) expect(text).toContain(name);
    for (const name of NAMES.en) expect(text).not.toContain(name);
  });

  it('are spelled out in the app’s description in each language of the manifest', () => {
    const en = JSON.parse(manifest('manifest.json')) as { description: { full: string } };
    const fr = JSON.parse(manifest('fr.json')) as Record<string, string>;
    for (const name of NAMES.en) expect(en.description.full).toContain(name);
    for (const name of NAMES.fr) expect(fr['description.full']).toContain(name);
  });
});
