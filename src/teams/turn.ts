import type { TurnContext } from 'botbuilder';
import { CardFactory, TurnContext as Ctx } from 'botbuilder';
import type { AdaptiveCard } from '../cards/render.js';

/** The kind of chat a turn came from. */
export type ChatKind = 'personal' | 'groupChat' | 'channel' | 'meeting';

/**
 * What a flow needs to know of, and do in, one Teams turn. Flows see this, never botbuilder,
 * so a move to another Teams SDK changes only `src/teams/`.
 */
export interface Turn {
  readonly userAadId: string;
  readonly userName: string;
  readonly tenantId: string;
  readonly serviceUrl: string;
  readonly channelId: string;
  readonly conversationId: string;
  readonly chat: ChatKind;
  /** The Teams client's locale (e.g. `fr-CA`), if it sent one. */
  readonly locale: string | undefined;
  /** The IANA zone the Teams client reported, if any. */
  readonly clientTimeZone: string | undefined;
  /** The message text without the bot's @mention, trimmed. */
  readonly text: string;
  /** The card message an action was pressed on (same for a double click). */
  readonly replyToId: string | undefined;
  readonly activityId: string | undefined;
  /** A reference to this conversation, for proactive messages later. */
  conversationReference(): unknown;
  /** Sends a card into this conversation. */
  sendCard(card: AdaptiveCard): Promise<void>;
}

function chatKind(context: TurnContext): ChatKind {
  const { activity } = context;
  const channelData = activity.channelData as { meeting?: { id?: string } } | undefined;
  if (channelData?.meeting?.id) return 'meeting';
  const type = activity.conversation.conversationType;
  if (type === 'groupChat' || type === 'channel') return type;
  return 'personal';
}

function clientTimeZone(context: TurnContext): string | undefined {
  const info = context.activity.entities?.find((e) => e.type === 'clientInfo') as
    { timezone?: unknown } | undefined;
  return typeof info?.timezone === 'string' ? info.timezone : undefined;
}

/** The tenant of an activity, from Teams' channel data or the conversation. */
export function tenantOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const id = channelData?.tenant?.id ?? context.activity.conversation.tenantId;
  return typeof id === 'string' && id.length > 0 ? id.toLowerCase() : undefined;
}

/** Wraps a botbuilder turn context as a `Turn`. */
export function toTurn(context: TurnContext): Turn {
  const { activity } = context;
  // Teams may omit the text or the sender's name, whatever the types say.
  const text = Ctx.removeRecipientMention(activity) as string | undefined;
  const from = activity.from as { name?: string; aadObjectId?: string; id: string };
  return {
    userAadId: (from.aadObjectId ?? from.id).toLowerCase(),
    userName: from.name ?? '',
    tenantId: tenantOf(context) ?? '',
    serviceUrl: activity.serviceUrl,
    channelId: activity.channelId,
    conversationId: activity.conversation.id,
    chat: chatKind(context),
    locale: activity.locale,
    clientTimeZone: clientTimeZone(context),
    text: (text ?? '').replace(/\s+/g, ' ').trim(),
    replyToId: activity.replyToId,
    activityId: activity.id,
    conversationReference: () => Ctx.getConversationReference(activity),
    sendCard: async (card) => {
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    },
  };
}
