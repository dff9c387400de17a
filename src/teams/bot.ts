import { randomUUID } from 'node:crypto';
// Not the package index: see adapter.ts.
import { Application } from '@microsoft/teams-ai/lib/Application.js';
import { TurnState } from '@microsoft/teams-ai/lib/TurnState.js';
import { ActivityTypes, StatusCodes, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/render.js';
import type { Logger } from '../logger.js';
import { matchCommand } from './commands.js';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
import type { ZodType } from 'zod';
import { toTurn, tenantOf, type Turn } from './turn.js';

/** Handles a typed command; `argument` is the text after the command word(s). */
export type CommandHandler = (turn: Turn, argument: string) => Promise<void>;
/** Handles an `Action.Execute` verb and returns the card that replaces the pressed one for its presser. */
export type VerbHandler = (turn: Turn, data: Record<string, unknown>) => Promise<AdaptiveCard>;

/** Hooks the application gives the Teams layer. */
export interface BotHooks {
  /** Whether activities from this tenant are served (after the token check). */
  tenantAllowed(tenantId: string | undefined): boolean;
  /** Runs before every served turn (e.g. to remember the sender's conversation). */
  beforeTurn(turn: Turn): Promise<void>;
  /**
   * Counts a command or a press against its person's rate; when they have gone too fast, the
   * refusal to show them (the action is then not run and nothing is remembered of it).
   * `anonymous` actions (an anonymous answer) leave no trace of who pressed them, not even in
   * the log.
   */
  throttle(turn: Turn, what: string, anonymous: boolean): Promise<Refusal | undefined>;
  /** The card shown when a handler fails; `errorId` lets support find the log line. */
  errorCard(turn: Turn, errorId: string): Promise<AdaptiveCard>;
  /** The card shown when a press's payload does not match its verb's schema. */
  invalidPayloadCard(turn: Turn): Promise<AdaptiveCard>;
  /** Every verb's payload schema; a verb without one cannot be registered. */
  payloads: Readonly<Record<string, ZodType<Record<string, unknown>>>>;
}

/** A refusal as a card (in a conversation) and as a line of text (beside a pressed card). */
export interface Refusal {
  readonly card: AdaptiveCard;
  readonly text: string;
}

/** The bot as flows see it: commands, verbs and a fallback, all routed here. */
export interface BotApp {
  command(names: readonly string[], handler: CommandHandler): void;
  /**
   * Routes an `Action.Execute` verb. `recordSender: false` skips remembering who pressed it
   * (anonymous answers must leave no trace of their author beside them).
   */
  verb(verb: string, handler: VerbHandler, options?: { recordSender?: boolean }): void;
  fallback(handler: CommandHandler): void;
  /** Runs when a linked meeting starts (needs the manifest's OnlineMeeting.ReadBasic.Chat). */
  meetingStart(handler: (turn: Turn) => Promise<void>): void;
  /** Runs when a linked meeting ends (same permission). */
  meetingEnd(handler: (turn: Turn) => Promise<void>): void;
  /** Every registered verb, for the test that matches cards to handlers. */
  readonly verbs: ReadonlySet<string>;
  /** Runs one turn; called by the HTTP layer inside `adapter.process`. */
  run(context: TurnContext): Promise<void>;
}

const INVOKE: string = ActivityTypes.Invoke;
const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
// Universal Actions' "message" answer: Teams shows the text and leaves the pressed card (and
// whatever the person typed into it) as it was.
const MESSAGE_CONTENT_TYPE = 'application/vnd.microsoft.activity.message';

async function sendInvokeResponse(
  context: TurnContext,
  status: number,
  body: unknown,
): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } });
}

/** Builds the teams-ai application with our routing, error handling and tenant check. */
export function createBotApp(
  adapter: TeamsAdapter,
  botAppId: string,
  hooks: BotHooks,
  logger: Logger,
): BotApp {
  const app = new Application<TurnState>({
    adapter,
    botAppId,
    // Typing indicators would hit the connector on every turn for no benefit.
    startTypingTimer: false,
    removeRecipientMention: false,
    longRunningMessages: false,
  });
  const commands: { names: readonly string[]; handler: CommandHandler }[] = [];
  const verbs = new Set<string>();
  let fallback: CommandHandler | undefined;

  const fail = async (
    turn: Turn,
    error: unknown,
    where: string,
    anonymous = false,
  ): Promise<AdaptiveCard> => {
    const errorId = randomUUID().slice(0, 8);
    const who = anonymous ? {} : { user: turn.userAadId };
    logger.error({ err: error, where, errorId, ...who }, 'turn failed');
    return hooks.errorCard(turn, errorId);
  };

  app.activity(ActivityTypes.Message, async (context) => {
    const turn = toTurn(context);
    const match = matchCommand(
      turn.text,
      commands.map((c) => c.names),
    );
    const refusal = await hooks.throttle(turn, `command:${match?.name ?? 'fallback'}`, false);
    if (refusal) {
      await turn.sendCard(refusal.card);
      return;
    }
    await hooks.beforeTurn(turn);
    const handler = match ? commands[match.index]?.handler : fallback;
    try {
      if (handler) await handler(turn, match?.argument ?? turn.text);
    } catch (error) {
      await turn.sendCard(await fail(turn, error, `command:${match?.name ?? 'fallback'}`));
    }
  });

  return {
    verbs,
    command(names, handler) {
      commands.push({ names: names.map((n) => n.toLowerCase()), handler });
    },
    fallback(handler) {
      fallback = handler;
    },
    meetingStart(handler) {
      app.meetings.start(async (context) => {
        const turn = toTurn(context);
        try {
          await handler(turn);
        } catch (error) {
          logger.error({ err: error, conversation: turn.conversationId }, 'meeting start failed');
        }
      });
    },
    meetingEnd(handler) {
      app.meetings.end(async (context) => {
        const turn = toTurn(context);
        try {
          await handler(turn);
        } catch (error) {
          logger.error({ err: error, conversation: turn.conversationId }, 'meeting end failed');
        }
      });
    },
    verb(verb, handler, options = {}) {
      const schema = Object.hasOwn(hooks.payloads, verb) ? hooks.payloads[verb] : undefined;
      if (!schema) throw new Error(`Verb "${verb}" has no payload schema (src/forms/payloads.ts)`);
      verbs.add(verb);
      app.adaptiveCards.actionExecute(
        verb,
        async (context, _state, data: Record<string, unknown>) => {
          const turn = toTurn(context);
          const anonymous = options.recordSender === false;
          const refusal = await hooks.throttle(turn, `verb:${verb}`, anonymous);
          if (refusal) {
            await sendInvokeResponse(context, StatusCodes.OK, {
              statusCode: 200,
              type: MESSAGE_CONTENT_TYPE,
              value: refusal.text,
            });
            return '';
          }
          if (!anonymous) await hooks.beforeTurn(turn);
          let card: AdaptiveCard;
          try {
            const payload = schema.safeParse(data);
            if (payload.success) {
              card = await handler(turn, payload.data);
            } else {
              // Where, not what: the values may be personal or hostile.
              const paths = payload.error.issues.map((i) => i.path.join('.'));
              const who = anonymous ? {} : { user: turn.userAadId };
              logger.warn({ verb, paths, ...who }, 'payload refused');
              card = await hooks.invalidPayloadCard(turn);
            }
          } catch (error) {
            card = await fail(turn, error, `verb:${verb}`, anonymous);
          }
          // We answer the invoke ourselves: a card is replaced for its presser only, never for all.
          await sendInvokeResponse(context, StatusCodes.OK, {
            statusCode: 200,
            type: CARD_CONTENT_TYPE,
            value: card,
          });
          return '';
        },
      );
    },
    async run(context) {
      if (!hooks.tenantAllowed(tenantOf(context))) {
        logger.warn(
          { tenant: tenantOf(context) ?? null, type: context.activity.type },
          'tenant refused',
        );
        if (context.activity.type === INVOKE) {
          await sendInvokeResponse(context, 403, undefined);
        }
        return;
      }
      const handled = await app.run(context);
      if (!handled && context.activity.type === INVOKE) {
        // An invoke nobody routes (an old card's verb, another surface): answer, never 501.
        await sendInvokeResponse(context, StatusCodes.OK, {
          statusCode: 200,
          type: CARD_CONTENT_TYPE,
          value: await hooks.errorCard(toTurn(context), 'unknown-action'),
        });
      }
    },
  };
}
