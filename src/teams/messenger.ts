import { CardFactory, TurnContext, type ConversationReference } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
import type { AdaptiveCard } from '../cards/render.js';

/** Where to reach one person 1:1. */
export interface Recipient {
  aadObjectId: string;
  tenantId: string;
  serviceUrl: string;
  /** The stored 1:1 conversation, when the bot has one. */
  conversationReference?: unknown;
}

/** The result of a proactive send: the conversation it went to, to store for next time. */
export interface SendResult {
  conversationReference: Partial<ConversationReference>;
}

/** Why a send failed: `permanent` (403, 404: do not retry) or `transient` (429, 5xx, network). */
export class SendError extends Error {
  constructor(
    message: string,
    readonly kind: 'permanent' | 'transient',
    readonly statusCode: number | undefined,
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
    this.name = 'SendError';
  }
}

/** Sends proactive 1:1 messages. */
export interface Messenger {
  /**
   * Sends a card 1:1. `beforeFirstSend` runs after a new conversation is created and before the
   * card goes into it, so a pacer can count the send against the new conversation.
   */
  sendCard(
    to: Recipient,
    card: AdaptiveCard,
    beforeFirstSend?: (conversationId: string) => Promise<void>,
  ): Promise<SendResult>;
}

const PERMANENT = new Set([400, 401, 403, 404]);

function retryAfterMs(error: unknown): number | undefined {
  const response = (
    error as { response?: { headers?: { get?: (n: string) => string | undefined } } }
  ).response;
  const header = response?.headers?.get?.('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

/** Classifies a connector error so the caller knows whether to retry. */
export function toSendError(error: unknown): SendError {
  if (error instanceof SendError) return error;
  const status = (error as { statusCode?: unknown }).statusCode;
  const code = typeof status === 'number' ? status : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const kind = code !== undefined && PERMANENT.has(code) ? 'permanent' : 'transient';
  return new SendError(message, kind, code, retryAfterMs(error));
}

/** A messenger over the Bot Connector: reuses a stored 1:1 conversation or creates one. */
export function createMessenger(adapter: TeamsAdapter, botAppId: string): Messenger {
  const audience = 'https://api.botframework.com';
  const send = async (context: TurnContext, card: AdaptiveCard): Promise<SendResult> => {
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    return { conversationReference: TurnContext.getConversationReference(context.activity) };
  };
  return {
    async sendCard(to, card, beforeFirstSend) {
      let result: SendResult | undefined;
      let failure: unknown;
      const created = !to.conversationReference;
      // Errors thrown inside these callbacks would vanish into onTurnError: keep them here.
      const logic = async (context: TurnContext) => {
        try {
          if (created) await beforeFirstSend?.(context.activity.conversation.id);
          result = await send(context, card);
        } catch (error) {
          failure = error;
        }
      };
      try {
        if (to.conversationReference) {
          const reference = to.conversationReference as Partial<ConversationReference>;
          await adapter.continueConversationAsync(botAppId, reference, logic);
        } else {
          await adapter.createConversationAsync(
            botAppId,
            'msteams',
            to.serviceUrl,
            audience,
            {
              isGroup: false,
              bot: {
                id: botAppId ? `28:${botAppId}` : 'jlp-conversations',
                name: 'JLP Conversations',
              },
              members: [{ id: to.aadObjectId, name: '' }],
              tenantId: to.tenantId,
              channelData: { tenant: { id: to.tenantId } },
            },
            logic,
          );
        }
      } catch (error) {
        failure ??= error;
      }
      if (failure !== undefined) throw toSendError(failure);
      if (!result)
        throw new SendError('no turn ran for the send', 'transient', undefined, undefined);
      return result;
    },
  };
}
