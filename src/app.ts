import { graphTokenSource } from './calendar/graph-token.js';
import { createMeetingProvider, type MeetingProvider } from './calendar/meeting-provider.js';
import type { Server } from 'restify';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { sessionInviteFile } from './calendar/session-invite.js';
import { CardRenderer } from './cards/render.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Catalogue } from './data/catalogue-schema.js';
import { LiveCatalogue } from './data/live-catalogue.js';
import type { Deps } from './deps.js';
import { createBotHooks } from './bot-hooks.js';
import * as deliveryFailures from './flows/delivery-failures.js';
import * as fallback from './flows/fallback.js';
import * as feedback from './flows/feedback.js';
import * as help from './flows/help.js';
import * as language from './flows/language.js';
import * as meeting from './flows/meeting.js';
import * as myRequests from './flows/my-requests.js';
import * as prereading from './flows/prereading.js';
import * as privacy from './flows/privacy.js';
import * as admin from './flows/admin.js';
import * as adminRoster from './flows/admin-roster.js';
import * as adminReassign from './flows/admin-reassign.js';
import * as adminCatalogue from './flows/admin-catalogue.js';
import * as queue from './flows/queue.js';
import * as registration from './flows/registration.js';
import * as request from './flows/request.js';
import * as results from './flows/results.js';
import * as schedule from './flows/schedule.js';
import * as sessions from './flows/sessions.js';
import { resolveLanguage, stringsFor, type Language } from './i18n/i18n.js';
import { Dispatcher } from './jobs/dispatcher.js';
import { JobRunner } from './jobs/job-runner.js';
import { Pacer, systemPacerClock } from './jobs/pacer.js';
import { RateLimiter, SENDER_LIMITS } from './jobs/rate-limiter.js';
import type { Logger } from './logger.js';
import { createServer } from './server.js';
import type { Store } from './store/store.js';
import { createAdapter } from './teams/adapter.js';
import { createBotApp, type BotApp } from './teams/bot.js';
import { processActivity } from './teams/http.js';
import { createMessenger } from './teams/messenger.js';
import type { Turn } from './teams/turn.js';
import { Views } from './views.js';

/** The flows, in routing order; the catch-all is last. */
const FLOWS = [
  help,
  request,
  myRequests,
  queue,
  schedule,
  sessions,
  registration,
  prereading,
  deliveryFailures,
  meeting,
  feedback,
  results,
  privacy,
  admin,
  adminRoster,
  adminReassign,
  adminCatalogue,
  language,
  fallback,
] as const;

/** Everything `createApp` needs; tests swap the clock, the store or the credentials. */
export interface AppOptions {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  catalogue: Catalogue;
  cardsDirectory: string;
  /** Paces proactive sends; `null` turns pacing off (tests on a frozen clock). */
  pacer?: Pacer | null;
  /** Outbound credentials (tests use `MicrosoftAppCredentials.Empty`). */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

/** A built application: its HTTP server, its bot and its background sender. */
export interface App {
  readonly server: Server;
  readonly bot: BotApp;
  readonly deps: Deps;
  readonly dispatcher: Dispatcher;
  readonly jobs: JobRunner;
  /** Reloads the topic catalogue from the store (at start-up, and on a timer for other instances' edits). */
  refreshCatalogue(): Promise<void>;
  /** Stops accepting, waits for turns and sends in flight. Does not close the store (its owner does). */
  close(): Promise<void>;
}

/** Microsoft Graph meetings when the three GRAPH_* credentials are set; else none (typed links). */
function graphMeetings(config: Config): MeetingProvider | undefined {
  const {
    GRAPH_TENANT_ID: tenantId,
    GRAPH_CLIENT_ID: clientId,
    GRAPH_CLIENT_SECRET: clientSecret,
  } = config;
  if (!tenantId || !clientId || !clientSecret) return undefined;
  const accessToken = graphTokenSource({
    tenantId,
    clientId,
    clientSecret,
    loginUrl: config.GRAPH_LOGIN_URL,
  });
  return createMeetingProvider({ accessToken, baseUrl: config.GRAPH_BASE_URL });
}

/** Builds the whole bot from its dependencies; nothing here is a module-level singleton. */
export function createApp(options: AppOptions): App {
  const { config, store, clock, logger } = options;
  const adapter = createAdapter(config, logger, options.credentialsFactory);
  const botAppId = config.BOT_ID ?? '';
  // One pacer per process keeps every proactive send inside Teams' published limits.
  const pacer =
    options.pacer === undefined
      ? new Pacer(new RateLimiter(SENDER_LIMITS), systemPacerClock)
      : options.pacer;
  const messenger = createMessenger(adapter, botAppId);
  const dispatcher = new Dispatcher(store, messenger, clock, logger, pacer ?? undefined);
  const jobs = new JobRunner(store, clock, logger, () => {
    dispatcher.kick();
  });
  const cards = new CardRenderer(options.cardsDirectory);
  const languageOf = async (turn: Turn): Promise<Language> =>
    resolveLanguage((await store.people.get(turn.userAadId))?.language, turn.locale);
  const messageCard: Deps['messageCard'] = (lang, title, text, tone = 'default') =>
    cards.render('message', {
      t: stringsFor(lang),
      title,
      text,
      color: tone === 'default' ? 'Default' : tone === 'good' ? 'Good' : 'Attention',
    });
  const catalogue = new LiveCatalogue(options.catalogue);
  const deps: Deps = {
    config,
    store,
    clock,
    logger,
    cards,
    // A getter: every read sees the catalogue as administrators last left it.
    get catalogue() {
      return catalogue.current;
    },
    refreshCatalogue: () => catalogue.refresh(store.catalogue),
    views: new Views(),
    dispatcher,
    jobs,
    meetingProvider: graphMeetings(config),
    postToConversation: async (reference, card) => {
      const conversation = (reference as { conversation?: { id?: string } }).conversation?.id;
      // Counted against the chat like any send (the tenant key groups chat posts together).
      await pacer?.acquire({ tenant: 'chats', ...(conversation ? { conversation } : {}) });
      const to = {
        aadObjectId: '',
        tenantId: '',
        serviceUrl: '',
        conversationReference: reference,
      };
      await messenger.sendCard(to, card);
    },
    languageOf,
    messageCard,
  };
  const bot = createBotApp(
    adapter,
    botAppId,
    createBotHooks({ config, store, clock, logger, languageOf, messageCard }),
    logger,
  );
  for (const flow of FLOWS) flow.register(bot, deps);

  const inFlight = new Set<Promise<unknown>>();
  const server = createServer(
    {
      activity: async (body, headers) => {
        const work = processActivity(
          adapter,
          { method: 'POST', body, headers },
          (c) => bot.run(c),
          logger,
        );
        inFlight.add(work);
        try {
          return await work;
        } finally {
          inFlight.delete(work);
        }
      },
      health: () => store.ping(),
      calendar: (token, part) =>
        sessionInviteFile(store, token, part, clock.now(), config.PUBLIC_URL),
    },
    logger,
  );

  return {
    server,
    bot,
    deps,
    dispatcher,
    jobs,
    refreshCatalogue: () => deps.refreshCatalogue(),
    async close() {
      const closed = new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      // Keep-alive sockets would hold the close open; in-flight requests still finish.
      server.server.closeIdleConnections();
      await Promise.allSettled([...inFlight]);
      // The connections those turns used are idle now: close them too.
      server.server.closeIdleConnections();
      await closed;
      await jobs.stop();
      await dispatcher.stop();
    },
  };
}
