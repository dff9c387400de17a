import { randomUUID } from 'node:crypto';

/** The tenant every test activity comes from. */
export const TENANT = '9a1b2c3d-0000-4000-8000-00000000feed';

/** A Teams user as tests play them. */
export interface TestUser {
  aadObjectId: string;
  name: string;
  locale?: string;
}

/** People from the sample roster, and an employee who is not in it. */
export const USERS = {
  employee: { aadObjectId: 'e0000000-0000-4000-8000-000000000001', name: 'Nadia Okafor' },
  employeeFr: {
    aadObjectId: 'e0000000-0000-4000-8000-000000000002',
    name: 'Luc Bergeron',
    locale: 'fr-CA',
  },
  ncrUnion: { aadObjectId: '00000000-0000-4000-8000-000000000101', name: 'Sophie Lavoie' },
  ncrEmployer: { aadObjectId: '00000000-0000-4000-8000-000000000102', name: 'David Chen' },
  admin1: { aadObjectId: '00000000-0000-4000-8000-000000000001', name: 'Claire Fortin' },
  admin2: { aadObjectId: '00000000-0000-4000-8000-000000000002', name: 'Robert Singh' },
} satisfies Record<string, TestUser>;

/** Options shaping a test activity. */
export interface ActivityOptions {
  serviceUrl: string;
  tenantId?: string | null;
  conversationId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  timeZone?: string;
  replyToId?: string;
}

function base(user: TestUser, options: ActivityOptions) {
  const tenant = options.tenantId === undefined ? TENANT : options.tenantId;
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: user.locale ?? 'en-US',
    from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId, name: user.name },
    recipient: { id: '28:jlp-bot', name: 'JLP Conversations' },
    conversation: {
      id: options.conversationId ?? `a:personal-${user.aadObjectId}`,
      conversationType: options.conversationType ?? 'personal',
      ...(tenant ? { tenantId: tenant } : {}),
    },
    channelData: tenant ? { tenant: { id: tenant } } : {},
    entities: [
      {
        type: 'clientInfo',
        locale: user.locale ?? 'en-US',
        timezone: options.timeZone ?? 'America/Toronto',
      },
    ],
  };
}

/** A typed message, as Teams sends it. */
export function message(user: TestUser, text: string, options: ActivityOptions) {
  const activity = { ...base(user, options), type: 'message', text, textFormat: 'plain' };
  const tag = '<at>JLP Conversations</at>';
  if (!text.includes(tag)) return activity;
  // Teams sends the @mention as an entity too; the bot strips it by that entity.
  const mention = {
    type: 'mention',
    mentioned: { id: '28:jlp-bot', name: 'JLP Conversations' },
    text: tag,
  };
  return { ...activity, entities: [...activity.entities, mention] };
}

/** An Action.Execute press on a card, as Teams sends it. */
export function execute(
  user: TestUser,
  verb: string,
  data: Record<string, unknown>,
  options: ActivityOptions,
) {
  return {
    ...base(user, options),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: options.replyToId ?? `card-${randomUUID()}`,
    value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: 'manual' },
  };
}
