import { existsSync } from 'node:fs';
import { ConfigError } from './config.js';
import { DataFileError } from './data/data-file-error.js';
import { startBot } from './main.js';
import { defaultPaths } from './paths.js';

/** The process entry point: the only place that reads `process.env`. */
async function main(): Promise<void> {
  const envFile = defaultPaths().envLocal;
  // Variables already set in the environment win over the file.
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const bot = await startBot(process.env);
  const shutdown = (signal: string) => {
    bot.app.deps.logger.info({ signal }, 'shutting down');
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        bot.app.deps.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => {
    shutdown('SIGTERM');
  });
  process.once('SIGINT', () => {
    shutdown('SIGINT');
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataFileError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `JLP Conversations failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
