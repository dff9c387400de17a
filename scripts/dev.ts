/**
 * Runs the bot (restarted on every change, `tsx watch`) and the M365 Agents Playground in front
 * of it, on the `msteams` channel:
 *
 *   npm run dev                       # bot on PORT (3978), Playground on 56150, as the employee
 *   npm run dev -- --as sophie        # the Playground as Sophie Lavoie, NCR coordinator (union)
 *   npm run dev -- --port 56151 --no-open
 *
 * Ctrl+C stops both; when either one stops, so does the other.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { botIsUp, DEFAULT_PLAYGROUND_PORT, localEndpoint, startPlayground } from './playground.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const BOT_READY_MS = 90_000;
const BOT_STOP_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      as: { type: 'string' },
      port: { type: 'string', default: String(DEFAULT_PLAYGROUND_PORT) },
      'no-open': { type: 'boolean', default: false },
    },
  });
  const endpoint = localEndpoint(process.env);
  const tsx = join(
    dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
    'dist',
    'cli.mjs',
  );
  // Its own process group, so stopping it also stops the bot process `tsx watch` runs. No stdin:
  // a background group reading the terminal would be stopped (SIGTTIN).
  const bot = spawn(process.execPath, [tsx, 'watch', 'src/index.ts'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const botExited = new Promise<number | null>((resolve) => bot.once('exit', resolve));
  const killBot = (signal: NodeJS.Signals) => {
    if (bot.pid !== undefined && bot.exitCode === null && bot.signalCode === null) {
      try {
        process.kill(-bot.pid, signal);
      } catch {
        // Already gone.
      }
    }
  };
  process.once('exit', () => {
    killBot('SIGKILL');
  });

  let stopPlayground = async () => {};
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stopPlayground();
    killBot('SIGTERM');
    const timer = setTimeout(() => {
      console.warn(`The bot did not stop within ${BOT_STOP_MS / 1000} s: killing it.`);
      killBot('SIGKILL');
    }, BOT_STOP_MS);
    await botExited;
    clearTimeout(timer);
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  void botExited.then((code) => stop(code ?? 1));

  try {
    const deadline = Date.now() + BOT_READY_MS;
    while (!(await botIsUp(endpoint))) {
      if (bot.exitCode !== null || bot.signalCode !== null) return; // stop() is under way
      if (Date.now() > deadline) throw new Error(`The bot did not answer at ${endpoint} in time.`);
      await sleep(500);
    }
    const playground = await startPlayground({
      endpoint,
      port: Number(values.port),
      ...(values.as ? { as: values.as } : {}),
      openBrowser: !values['no-open'],
      env: process.env,
    });
    stopPlayground = () => playground.stop();
    void playground.exited.then(() => stop(1));
    console.log(`\nMicrosoft 365 Agents Playground: ${playground.url}`);
    console.log(`  playing ${playground.person.name}, bot ${endpoint}, channel msteams`);
    console.log(`  its log: ${playground.logFile}   (Ctrl+C stops both)\n`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    await stop(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
