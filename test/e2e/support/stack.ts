import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlayground, type RunningPlayground } from '../../../scripts/playground.js';
import { startBot, type RunningBot } from '../../../src/main.js';

/**
 * How long to wait for the bot to stop. Its dispatcher keeps retrying failing deliveries while
 * it stops (a Playground answers 500 for people it does not know, e.g. the sample roster's
 * second administrator), which can take a minute; the test process ends it anyway.
 */
const BOT_STOP_MS = 5_000;

/** Where the people of the Playground's configuration work: Ottawa. */
export const ZONE = 'America/Toronto';

/** The bot on a temp SQLite file and one Playground in front of it, as one person at a time. */
export interface Stack {
  readonly bot: RunningBot;
  readonly playground: RunningPlayground;
  /**
   * Restarts the Playground on the same port as someone else (a Playground has one current
   * user). Same port, so the bot's stored conversation references keep their `serviceUrl`.
   */
  switchTo(who: string): Promise<RunningPlayground>;
  stop(): Promise<void>;
}

/** Starts the bot (real clock, real store) and the Playground as `who` (default: the employee). */
export async function startStack(who?: string): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'jlp-e2e-'));
  const bot = await startBot({
    PORT: '0',
    DATABASE_URL: `sqlite:${join(dir, 'jlp.sqlite')}`,
    LOG_LEVEL: 'silent',
  });
  const endpoint = `http://127.0.0.1:${bot.port}/api/messages`;
  // The Playground stamps activities with its own process's zone (clientInfo.timezone).
  const start = (port: number, as?: string) =>
    startPlayground({
      endpoint,
      port,
      openBrowser: false,
      env: { TZ: ZONE },
      ...(as ? { as } : {}),
    });
  let playground: RunningPlayground;
  try {
    playground = await start(0, who);
  } catch (error) {
    await bot.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    bot,
    get playground() {
      return playground;
    },
    async switchTo(as) {
      const { port } = playground;
      await playground.stop();
      playground = await start(port, as);
      return playground;
    },
    async stop() {
      await playground.stop();
      const stopped = await Promise.race([
        bot.stop().then(() => true),
        new Promise<false>((resolve) => setTimeout(resolve, BOT_STOP_MS, false).unref()),
      ]);
      if (!stopped) {
        console.warn(
          `*** bot.stop() still busy after ${BOT_STOP_MS} ms: its dispatcher keeps retrying ` +
            'failed deliveries during shutdown. Leaving it to the end of the test process. ***',
        );
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
