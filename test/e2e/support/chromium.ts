import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); Playwright's own browsers are not used. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless and quiet: no first-run, sync, component or background traffic (the box is offline). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** True when the browser the end-to-end tests drive is installed. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** A browser on a fresh profile, and how to close it and remove the profile. */
export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches Chromium on a fresh temp user-data dir, tall enough that a whole card fits on screen
 * (the Playground scrolls its chat inside the page, so a full-page screenshot would not help),
 * in Ottawa's time zone like the Playground's activities (see `startStack`).
 */
export async function launchChromium(timezoneId: string): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'jlp-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 1250 },
    locale: 'en-US',
    timezoneId,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
