import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Creates the process logger; secrets and tokens are redacted wherever they appear. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { app: 'jlp-conversations' },
      redact: {
        paths: [
          'req.headers.authorization',
          'headers.authorization',
          'config.BOT_PASSWORD',
          'config.FEEDBACK_SECRET',
          '*.BOT_PASSWORD',
          '*.FEEDBACK_SECRET',
        ],
        censor: '[redacted]',
      },
    },
    destination ?? process.stdout,
  );
}
