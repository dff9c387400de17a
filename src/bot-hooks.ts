import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Deps } from './deps.js';
import { PAYLOADS } from './forms/payloads.js';
import { format, resolveLanguage, stringsFor, type Language } from './i18n/i18n.js';
import type { Logger } from './logger.js';
import { UserThrottle } from './security/user-throttle.js';
import type { Store } from './store/store.js';
import type { BotHooks } from './teams/bot.js';
import type { Turn } from './teams/turn.js';

/** What the bot's hooks are built from. */
export interface BotHooksOptions {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  languageOf(turn: Turn): Promise<Language>;
  messageCard: Deps['messageCard'];
}

/**
 * The application's side of the Teams layer: who is served, what is remembered of them, how
 * fast they may act, and the cards for refusals and failures.
 */
export function createBotHooks(options: BotHooksOptions): BotHooks {
  const { config, store, clock, logger, messageCard } = options;
  // A failure to read the person's language must not hide the message that explains a failure.
  const languageOf = (turn: Turn) =>
    options.languageOf(turn).catch(() => resolveLanguage(null, turn.locale));
  const attention = async (turn: Turn, say: (t: ReturnType<typeof stringsFor>) => string) => {
    const lang = await languageOf(turn);
    const t = stringsFor(lang);
    const text = say(t);
    return { card: messageCard(lang, t.app.name, text, 'attention'), text };
  };
  const throttle = new UserThrottle(config.USER_ACTIONS_PER_MINUTE);
  return {
    tenantAllowed: (tenant) =>
      config.allowedTenants.length === 0 ||
      (tenant !== undefined && config.allowedTenants.includes(tenant)),
    beforeTurn: (turn) =>
      store.people.seen(
        {
          aadObjectId: turn.userAadId,
          name: turn.userName,
          tenantId: turn.tenantId,
          serviceUrl: turn.serviceUrl,
          timeZone: turn.clientTimeZone,
          ...(turn.chat === 'personal'
            ? { conversationReference: turn.conversationReference() }
            : {}),
        },
        clock.now(),
      ),
    throttle: async (turn, what, anonymous) => {
      const verdict = throttle.admit(turn.userAadId, clock.now().getTime());
      if (verdict.allowed) return undefined;
      const seconds = verdict.retryAfterSeconds;
      const who = anonymous ? {} : { user: turn.userAadId };
      logger.warn({ ...who, what, retryAfterSeconds: seconds }, 'action throttled');
      return attention(turn, (t) => format(t.errors.tooFast, { seconds }));
    },
    errorCard: async (turn, errorId) =>
      (await attention(turn, (t) => format(t.errors.generic, { id: errorId }))).card,
    invalidPayloadCard: async (turn) =>
      (await attention(turn, (t) => t.errors.invalidPayload)).card,
    payloads: PAYLOADS,
  };
}
