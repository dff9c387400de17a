import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { CHROMIUM, hasChromium, launchChromium, type Browser } from './support/chromium.js';
import { openPoll } from '../../src/flows/feedback.js';
import { calendarInputText, workingDayAhead } from './support/dates.js';
import {
  answerPoll,
  POLL,
  resendPoll,
  sendAnswers,
  storedAnswers,
  THANKS,
} from './support/feedback-poll.js';
import { PlaygroundPage } from './support/playground-page.js';
import { startedSessionWith } from './support/started-session.js';
import { startStack, ZONE, type Stack } from './support/stack.js';

const SHOTS = fileURLToPath(new URL('./__shots__/request-and-schedule/', import.meta.url));
const REFERENCE = /JLP-\d{4}-\d{4}/;
/**
 * How long a proactive card may take: a send the Playground answers 500 (someone it does not
 * know, from the earlier steps) is retried inside the Bot Framework SDK for seconds, and the
 * dispatcher's batch waits for it before it sends the poll.
 */
const PROACTIVE_MS = 45_000;

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
        'Mental Health: Let’s Talk!',
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

  it('a participant answers the anonymous poll once; a second answer is refused', async (ctx) => {
    await ui.recording(ctx, async () => {
      const { bot } = stack;
      const playground = await stack.switchTo('Jordan Tremblay');
      await ui.goto(playground.url);
      const jordan = await bot.store.people.get(playground.person.aadObjectId);
      expect(jordan?.serviceUrl, 'the first test makes Jordan talk to the bot').toBeTruthy();
      const sessionId = await startedSessionWith(bot, jordan!, ZONE);
      const opened = await openPoll(bot.app.deps, sessionId, 'facilitator', {});
      expect(opened).toMatchObject({ outcome: 'opened', invited: 1 });
      bot.app.dispatcher.kick();

      const poll = await ui.card(POLL, PROACTIVE_MS);
      await poll.getByText(POLL).first().scrollIntoViewIfNeeded();
      await ui.shot('poll');
      await answerPoll(poll, [5, 4, 4, 5, 5], 'The case studies were useful.');
      await ui.shot('poll-filled');
      await sendAnswers(poll);
      const thanks = await ui.card(THANKS);
      await ui.shot('poll-thanks');
      expect(await thanks.innerText()).toContain('recorded without your name');

      // A second copy of the poll, as when it is posted in the meeting chat too.
      await resendPoll(bot, sessionId, jordan!);
      const copy = await ui.card(POLL, PROACTIVE_MS);
      await ui.shot('poll-again');
      await answerPoll(copy, [1, 1, 1, 1, 1], '');
      await sendAnswers(copy);
      const refused = await ui.card(/already answered this poll/);
      await ui.shot('poll-refused');
      expect(await refused.innerText()).toContain(THANKS);

      const stored = await storedAnswers(bot, sessionId);
      expect(stored.responses).toEqual([
        expect.objectContaining({
          safe_space: 5,
          learned: 4,
          relationships: 4,
          facilitation: 5,
          overall: 5,
        }),
      ]);
      expect(stored.respondents).toHaveLength(1);
      expect(stored.comments.map((c) => c.comment)).toEqual(['The case studies were useful.']);
      const text = JSON.stringify(stored).toLowerCase();
      for (const identifying of [jordan!.aadObjectId, 'jordan', 'tremblay']) {
        expect(text).not.toContain(identifying.toLowerCase());
      }
    });
  }, 150_000);
});
