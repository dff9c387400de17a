import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { createApp, type App } from './app.js';
import type { Pacer } from './jobs/pacer.js';
import { systemClock, type Clock } from './clock.js';
import { parseConfig, type Config } from './config.js';
import { loadCatalogue } from './data/catalogue.js';
import { loadRoster } from './data/roster.js';
import { createLogger, type Logger } from './logger.js';
import { defaultPaths, resolvePath } from './paths.js';
import { openStore, type Store } from './store/store.js';

/** A running bot. */
export interface RunningBot {
  readonly app: App;
  readonly store: Store;
  readonly config: Config;
  readonly port: number;
  /** Graceful stop: stop accepting, finish in-flight turns and sends, close the store. */
  stop(): Promise<void>;
}

/** Overrides for tests. */
export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
  credentialsFactory?: ServiceClientCredentialsFactory;
  /** How often the sender looks for due deliveries; 0 disables polling. */
  pollMs?: number;
  /** Paces proactive sends; `null` turns pacing off (tests on a frozen clock). */
  pacer?: Pacer | null;
  /**
   * Queues today's retention run at start-up (default true). Tests that step the clock across
   * days turn it off, so that the store holds only what they did.
   */
  retention?: boolean;
}

/** How often an instance reloads the topic catalogue, for edits made through another instance. */
export const CATALOGUE_REFRESH_MS = 30_000;

/** Validates the environment, opens and migrates the store, imports the roster, and listens. */
export async function startBot(
  env: Record<string, string | undefined>,
  options: StartOptions = {},
): Promise<RunningBot> {
  const config = parseConfig(env);
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  const paths = defaultPaths();
  const catalogue = loadCatalogue(
    config.CATALOGUE_FILE ? resolvePath(config.CATALOGUE_FILE) : paths.catalogue,
  );
  const rosterPath = config.ROSTER_FILE ? resolvePath(config.ROSTER_FILE) : paths.sampleRoster;
  const roster = loadRoster(rosterPath);
  const store = await openStore(
    config.DATABASE_URL.startsWith('sqlite:')
      ? `sqlite:${resolvePath(config.DATABASE_URL.slice(7))}`
      : config.DATABASE_URL,
  );
  try {
    const imported = await store.roster.import(roster, clock.now());
    logger.info(
      { roster: rosterPath, entries: imported, sample: !config.ROSTER_FILE },
      'roster imported',
    );
    if (config.localMode) {
      logger.warn(
        'LOCAL MODE: no BOT_ID is set, so incoming requests are NOT authenticated. Use only for the Playground and tests.',
      );
    }
    const app = createApp({
      config,
      store,
      clock,
      logger,
      catalogue,
      cardsDirectory: paths.cards,
      ...(options.credentialsFactory ? { credentialsFactory: options.credentialsFactory } : {}),
      ...(options.pacer !== undefined ? { pacer: options.pacer } : {}),
    });
    // The file brings new topics in; administrators' edits made in Teams are kept.
    await store.catalogue.seed(catalogue.topics, clock.now());
    await app.refreshCatalogue();
    await new Promise<void>((resolve, reject) => {
      app.server.once('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'EADDRINUSE'
            ? new Error(
                `Port ${config.PORT} is already in use: stop the other process or set PORT.`,
              )
            : error,
        );
      });
      app.server.listen(config.PORT, '0.0.0.0', resolve);
    });
    const { port } = app.server.address();
    const pollMs = options.pollMs ?? 5_000;
    let refresher: NodeJS.Timeout | undefined;
    if (pollMs > 0) {
      app.dispatcher.start(pollMs);
      app.jobs.start(pollMs);
      // Another instance's catalogue edits reach this one within CATALOGUE_REFRESH_MS.
      refresher = setInterval(() => {
        app.refreshCatalogue().catch((error: unknown) => {
          logger.error({ err: error }, 'catalogue refresh failed');
        });
      }, CATALOGUE_REFRESH_MS);
      refresher.unref();
    }
    // Each run queues the next day's; this one (keyed by day) is created once, however many
    // instances start, and survives a store that lost its pending run.
    if (options.retention ?? true) await store.privacy.scheduleRetention(clock.now(), clock.now());
    // Work left by a previous run (or another instance) starts at once.
    app.jobs.kick();
    app.dispatcher.kick();
    logger.info({ port, store: store.db.dialect }, 'JLP Conversations is listening');
    let stopping: Promise<void> | undefined;
    return {
      app,
      store,
      config,
      port,
      stop: () =>
        (stopping ??= (async () => {
          clearInterval(refresher);
          await app.close();
          await store.close();
          logger.info('stopped');
        })()),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
