/**
 * Renders every card template, in English and in French, with the test fixtures (data made by
 * the bot's own builders), using Microsoft's Adaptive Cards renderer and Teams' host config at
 * Teams' card width, and screenshots each with Debian's Chromium:
 *
 *   npm run cards:render      # → build/cards/<name>[.<case>].<lang>.png (+ .html)
 *
 * The first case of a template is `<name>.<lang>.png`; other cases add their name. A card with
 * show-cards or hidden sections is also shot with them all opened, as `….expanded.png`.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { casesOf, renderCase, type CaseRef } from '../test/cards/cases.js';
import { openFixtureApp } from '../test/cards/fixture-app.js';
import { cardFixtures } from '../test/cards/fixtures.js';
import { TEAMS_LIGHT_HOST_CONFIG } from '../test/cards/teams-host-config.js';
import { teamsProblems } from '../test/cards/teams-validate.js';
import { cardPage, TEAMS_CARD_WIDTH } from './lib/cards-page.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const VIEWPORT = { width: TEAMS_CARD_WIDTH + 64, height: 900 };

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'build', 'cards');
const renderer = dirname(createRequire(import.meta.url).resolve('adaptivecards'));
const rendererUrl = pathToFileURL(join(renderer, '..', 'dist', 'adaptivecards.min.js')).href;
const stylesUrl = pathToFileURL(join(renderer, 'adaptivecards.css')).href;

function baseName(ref: CaseRef, first: boolean): string {
  return first
    ? `${ref.template}.${ref.language}`
    : `${ref.template}.${ref.caseName}.${ref.language}`;
}

async function shoot(page: Page, html: string, base: string): Promise<string[]> {
  const htmlFile = join(outDir, `${base}.html`);
  await writeFile(htmlFile, html);
  await page.goto(pathToFileURL(htmlFile).href);
  await page.waitForSelector('body[data-ready], body[data-error]');
  const error = await page.locator('body').getAttribute('data-error');
  if (error) throw new Error(`${base}: the renderer failed: ${error}`);
  const frame = page.locator('#frame');
  const shots = [`${base}.png`];
  await frame.screenshot({ path: join(outDir, shots[0] ?? '') });
  // Show-cards say aria-expanded="false"; toggles name what they show in aria-controls.
  const closed = page.locator(
    '#frame .ac-pushButton[aria-expanded="false"], #frame .ac-pushButton[aria-controls]',
  );
  const count = await closed.count();
  if (count > 0) {
    // Opening one show-card can close a sibling: open from the last so earlier ones stay open.
    for (let i = count - 1; i >= 0; i -= 1) await closed.nth(i).click();
    shots.push(`${base}.expanded.png`);
    await frame.screenshot({ path: join(outDir, `${base}.expanded.png`) });
  }
  return shots;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  await mkdir(outDir, { recursive: true });
  const fx = await openFixtureApp();
  // `launch` gives Chromium a fresh temporary profile (user-data dir) and deletes it on close.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    // Date and time pickers follow the client's locale, as Teams' do.
    const pages = {
      en: await browser.newPage({ viewport: VIEWPORT, locale: 'en-CA' }),
      fr: await browser.newPage({ viewport: VIEWPORT, locale: 'fr-CA' }),
    };
    const seen = new Set<string>();
    for (const ref of casesOf(cardFixtures(fx))) {
      const first = !seen.has(`${ref.template}.${ref.language}`);
      seen.add(`${ref.template}.${ref.language}`);
      const { card } = await renderCase(fx, ref);
      const html = cardPage({
        card,
        language: ref.language,
        hostConfig: TEAMS_LIGHT_HOST_CONFIG,
        rendererUrl,
        stylesUrl,
      });
      const shots = await shoot(pages[ref.language], html, baseName(ref, first));
      console.log(`${ref.label}: ${shots.map((s) => `build/cards/${s}`).join(', ')}`);
      for (const problem of teamsProblems(card)) console.warn(`  ⚠ ${problem}`);
    }
  } finally {
    await browser.close();
    await fx.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
