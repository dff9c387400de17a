import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { CHROMIUM, hasChromium, launchChromium, type Browser } from './support/chromium.js';
import { calendarInputText, workingDayAhead } from './support/dates.js';
import { PlaygroundPage } from './support/playground-page.js';
import { startStack, ZONE, type Stack } from './support/stack.js';

const SHOTS = fileURLToPath(new URL('./__shots__/request-and-schedule/', import.meta.url));
const REFERENCE = /JLP-\d{4}-\d{4}/;

if (!hasChromium()) {
  console.warn(
    `\n*** SKIPPING the end-to-end tests: ${CHROMIUM} is missing (apt-get install chromium). ***\n`,
  );
}

describe.skipIf(!hasChromium())('the bot in the M365 Agents Playground, in Chromium', () => {
  const date = workingDayAhead(systemClock.now(), ZONE);
  const longDate = DateTime.fromISO(date).setLocale('en-CA').toFormat('cccc, MMMM d, yyyy');
  let stack: Stack;
  let browser: Browser;
  let ui: PlaygroundPage;
  let reference = '';

  beforeAll(async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    stack = await startStack();
    browser = await launchChromium(ZONE);
    ui = await PlaygroundPage.open(browser.context, stack.playground.url, SHOTS);
  }, 60_000);

  afterAll(async () => {
    await browser.close();
    await stack.stop();
  });

  it('an employee types request, fills the card, sends it and sees the confirmation', async (ctx) => {
    await ui.recording(ctx, async () => {
      expect(stack.playground.person.name).toBe('Jordan Tremblay');
      await ui.say('request');
      const form = await ui.card('Request a discussion');
      await ui.shot('request-card');
      await ui.choose(form, 'Topic', /^Mental Health/);
      await form.getByRole('radio', { name: 'English', exact: true }).check();
      await ui.choose(form, 'Region', 'National Capital Region');
      await ui.fill(form, 'Department or agency', 'Shared Services Canada');
      await ui.fill(form, 'Participants', '12');
      await ui.pickDate(form, 'Preferred date', date);
      await ui.chooseTime(form, 'Preferred start time', '13:30');
      await ui.choose(form, 'Time zone', 'Eastern (Ottawa, Toronto, Montréal)');
      await ui.shot('request-filled');
      await ui.press(form, 'Send the request');

      const confirmation = await ui.card('Request received');
      await ui.shot('request-confirmation');
      const text = await confirmation.innerText();
      reference = REFERENCE.exec(text)?.[0] ?? '';
      expect(reference).toMatch(REFERENCE);
      for (const shown of [
        'Waiting for scheduling',
        "Mental Health: Let's Talk!",
        'National Capital Region',
        'Shared Services Canada',
        `${longDate} at 1:30 p.m.`,
        'Jordan Tremblay',
      ]) {
        expect(text).toContain(shown);
      }
    });
  });

  it('a coordinator types queue, presses Schedule, picks the facilitators and schedules it', async (ctx) => {
    await ui.recording(ctx, async () => {
      expect(reference, 'the previous test makes the request').toMatch(REFERENCE);
      const playground = await stack.switchTo('Sophie Lavoie');
      await ui.goto(playground.url);
      await ui.say('queue');
      const queue = await ui.card('Requests waiting to be scheduled');
      await ui.shot('queue');
      expect(await queue.innerText()).toContain(reference);
      await ui.press(queue, 'Schedule');

      const form = await ui.card(`Schedule ${reference}`);
      await expect
        .poll(() => form.getByRole('combobox', { name: 'Date', exact: true }).inputValue())
        .toBe(calendarInputText(date));
      await ui.choose(form, 'Union facilitator', 'Aisha Mohamed');
      await ui.choose(form, 'Employer facilitator', 'Patrick Côté');
      await ui.shot('schedule-filled');
      await ui.press(form, 'Schedule the session');

      const done = await ui.card('Scheduled.');
      await ui.shot('scheduled');
      const text = await done.innerText();
      for (const shown of [
        reference,
        longDate,
        '1:30 p.m. – 4:30 p.m.',
        'Aisha Mohamed · Patrick Côté',
      ]) {
        expect(text).toContain(shown);
      }
    });
  });

  it.todo('participants answer the anonymous feedback poll in the Playground (feedback milestone)');
});
