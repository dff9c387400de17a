import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, launchChromium, type Browser } from './support/chromium.js';
import { PlaygroundPage } from './support/playground-page.js';
import { startStack, ZONE, type Stack } from './support/stack.js';

const SHOTS = fileURLToPath(new URL('./__shots__/administration/', import.meta.url));
const NEW_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

if (!hasChromium()) {
  console.warn(`\n*** SKIPPING the administration browser test: ${CHROMIUM} is missing. ***\n`);
}

describe.skipIf(!hasChromium())('administration in the M365 Agents Playground', () => {
  let stack: Stack;
  let browser: Browser;
  let ui: PlaygroundPage;

  beforeAll(async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    stack = await startStack('Claire Fortin');
    browser = await launchChromium(ZONE);
    ui = await PlaygroundPage.open(browser.context, stack.playground.url, SHOTS);
  }, 60_000);

  afterAll(async () => {
    await browser.close();
    await stack.stop();
  });

  it('an administrator adds a facilitator from the admin card and sees it saved', async (ctx) => {
    await ui.recording(ctx, async () => {
      await ui.say('admin');
      const home = await ui.card('Program administration');
      await ui.shot('admin-home');
      expect(await home.innerText()).toContain('National Capital Region');
      await ui.press(home, 'Add a person');

      const form = await ui.card('Add a person to the roster');
      await ui.shot('person-blank');
      await form.getByRole('radio', { name: 'Facilitator', exact: true }).check();
      await ui.fill(form, 'Or their Microsoft Entra object ID', NEW_ID);
      await ui.fill(form, 'Name', 'Gabrielle Arsenault');
      await form.getByRole('radio', { name: 'Union', exact: true }).check();
      await ui.choose(form, 'Region (coordinators and facilitators)', 'Atlantic');
      // The Playground's multi-select choices are labelled by their text, not by role.
      await form.getByText('English', { exact: true }).click();
      await form.getByText('French', { exact: true }).click();
      await ui.shot('person-filled');
      await ui.press(form, 'Save');

      const saved = await ui.card('Saved: Gabrielle Arsenault, Facilitator.');
      await ui.shot('person-saved');
      expect(await saved.innerText()).toContain('Edit Gabrielle Arsenault');
      const stored = await stack.bot.store.roster.get(NEW_ID, 'facilitator');
      expect(stored).toMatchObject({
        name: 'Gabrielle Arsenault',
        region: 'atlantic',
        languages: ['en', 'fr'],
      });
    });
  }, 120_000);
});
