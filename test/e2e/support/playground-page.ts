import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { TestContext } from 'vitest';
import type { IsoDate } from '../../../src/domain/dates.js';
import { calendarDayName, timeOptionName } from './dates.js';

const CARD_MS = 20_000;

/**
 * The Playground's web UI as a user works it: the composer, the Adaptive Cards (rendered with
 * Fluent UI: choice sets are comboboxes, dates a calendar pop-up, times a list of half hours),
 * and numbered screenshots of each step.
 */
export class PlaygroundPage {
  /** Screenshots taken since {@link beginTest}, in order. */
  shots: string[] = [];
  /** Requests the page could not make (the box is offline), as `url error`. */
  readonly offline: string[] = [];
  private step = 0;

  private constructor(
    readonly page: Page,
    private readonly shotsDir: string,
  ) {
    page.on('requestfailed', (request) => {
      this.offline.push(`${request.url()} ${request.failure()?.errorText ?? ''}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400)
        this.offline.push(`${response.url()} HTTP ${response.status()}`);
    });
  }

  /** Opens a tab on the Playground at `url`. */
  static async open(context: BrowserContext, url: string, shotsDir: string) {
    const ui = new PlaygroundPage(await context.newPage(), shotsDir);
    await ui.goto(url);
    return ui;
  }

  /** Loads the Playground (again, e.g. after it restarted as someone else). */
  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
    await this.composer().waitFor();
  }

  /** Forgets the previous test's screenshots (the files stay). */
  beginTest(): void {
    this.shots = [];
  }

  /** The message box (a rich-text editor, not an `<input>`). */
  composer(): Locator {
    return this.page.locator('[data-lexical-editor="true"]');
  }

  /** Types `text` in the message box and sends it, as a user does. */
  async say(text: string): Promise<void> {
    await this.composer().click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** The newest card containing `text`, once it is on screen (within `timeoutMs`). */
  async card(text: string | RegExp, timeoutMs = CARD_MS): Promise<Locator> {
    const card = this.page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
    await card.waitFor({ state: 'visible', timeout: timeoutMs });
    return card;
  }

  /** Picks `option` in the card's choice set labelled `label`. */
  async choose(card: Locator, label: string, option: string | RegExp): Promise<void> {
    await card.getByRole('combobox', { name: label, exact: true }).click();
    await this.page
      .getByRole('option', { name: option, exact: typeof option === 'string' })
      .click();
  }

  /** Picks an `HH:MM` time in the card's time input labelled `label`. */
  async chooseTime(card: Locator, label: string, time: string): Promise<void> {
    await this.choose(card, label, timeOptionName(time));
  }

  /** Picks `date` in the calendar of the card's date input labelled `label`. */
  async pickDate(card: Locator, label: string, date: IsoDate): Promise<void> {
    await card.getByRole('combobox', { name: label, exact: true }).click();
    const calendar = this.page.getByRole('dialog', { name: 'Calendar' });
    const day = calendar.getByRole('button', { name: calendarDayName(date), exact: true });
    for (let months = 0; months < 24 && !(await day.isVisible()); months += 1) {
      await calendar.getByRole('button', { name: /^Next month/ }).click();
    }
    await day.click();
  }

  /** Types in the card's text or number input labelled `label`. */
  async fill(card: Locator, label: string, value: string): Promise<void> {
    const named = { name: label, exact: true };
    await card.getByRole('textbox', named).or(card.getByRole('spinbutton', named)).fill(value);
  }

  /** Presses the card's button named `name`. */
  async press(card: Locator, name: string): Promise<void> {
    await card.getByRole('button', { name, exact: true }).click();
  }

  /** A screenshot of the page, numbered in order, under the shots folder; returns its path. */
  async shot(name: string): Promise<string> {
    this.step += 1;
    const path = join(this.shotsDir, `${String(this.step).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path });
    this.shots.push(path);
    return path;
  }

  /**
   * Runs a test's steps; when one fails, takes a last screenshot and attaches it, the step
   * screenshots and the failed requests to the failure (vitest annotations), then rethrows.
   */
  async recording(context: TestContext, steps: () => Promise<void>): Promise<void> {
    this.beginTest();
    try {
      await steps();
    } catch (error) {
      const shots = [...this.shots, await this.shot('failed').catch(() => undefined)];
      for (const path of shots) {
        if (path) await context.annotate(path, 'screenshot', { path, contentType: 'image/png' });
      }
      if (this.offline.length > 0) await context.annotate(this.offline.join('\n'), 'network');
      throw error;
    }
  }
}
