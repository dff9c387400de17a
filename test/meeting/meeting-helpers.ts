import { execute, message, type TestUser } from '../helpers/activities.js';
import { LoopbackConnector, type ConnectorCall } from '../helpers/connector.js';
import { FACILITATORS } from '../helpers/forms.js';
import { cardText, type Harness } from '../helpers/harness.js';
import { resetSessions } from '../helpers/scenario.js';

/** The session's facilitators (sample roster) and others who must be refused. */
export const PEOPLE = {
  union: { aadObjectId: FACILITATORS.ncrUnionBilingual, name: 'Aisha Mohamed' },
  employer: { aadObjectId: FACILITATORS.ncrEmployerBilingual, name: 'Patrick Côté' },
  otherFacilitator: { aadObjectId: '00000000-0000-4000-8000-000000000211', name: 'Tom Nguyen' },
  quebecCoordinator: {
    aadObjectId: '00000000-0000-4000-8000-000000000103',
    name: 'Marie Tremblay',
  },
  ncrCoordinator: { aadObjectId: '00000000-0000-4000-8000-000000000101', name: 'Sophie Lavoie' },
  admin: { aadObjectId: '00000000-0000-4000-8000-000000000001', name: 'Claire Fortin' },
} satisfies Record<string, TestUser>;

/** A participant not on the roster, numbered so each test can have many. */
export function participant(n: number): TestUser {
  const id = `p0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { aadObjectId: id, name: `Participant Number${String(n)}` };
}

/** The meeting chat's conversation id. */
export const MEETING_CHAT = '19:meeting_ZjEwNzE5NTAtMDAwMA@thread.v2';

function inMeeting<T extends { conversation: object; channelData: object }>(
  activity: T,
  chat: string,
): T {
  return {
    ...activity,
    conversation: { ...activity.conversation, conversationType: 'groupChat' },
    channelData: { ...activity.channelData, meeting: { id: `meeting-of-${chat}` } },
  };
}

/** Types `@JLP Conversations <text>` in a meeting chat, as Teams delivers it. */
export async function sayInMeeting(
  h: Harness,
  user: TestUser,
  text: string,
  chat = MEETING_CHAT,
): Promise<void> {
  const activity = message(user, `<at>JLP Conversations</at> ${text}`, {
    ...h.options(),
    conversationId: chat,
    conversationType: 'groupChat',
  });
  const answer = await h.post(inMeeting(activity, chat));
  if (answer.status !== 200) throw new Error(`meeting message answered ${answer.status}`);
  await h.bot.app.dispatcher.idle();
}

/** An Action.Execute press on a card in a meeting chat, as Teams sends it. */
export function meetingExecute(
  h: Harness,
  user: TestUser,
  verb: string,
  data: Record<string, unknown>,
  options: { chat?: string; replyToId?: string } = {},
) {
  const chat = options.chat ?? MEETING_CHAT;
  const activity = execute(user, verb, data, {
    ...h.options(),
    conversationId: chat,
    conversationType: 'groupChat',
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
  });
  return inMeeting(activity, chat);
}

/** Presses a button on a card in a meeting chat; returns the card that replaces it for the presser. */
export async function pressInMeeting(
  h: Harness,
  user: TestUser,
  verb: string,
  data: Record<string, unknown>,
  options: { chat?: string; replyToId?: string } = {},
): Promise<Record<string, unknown>> {
  const answer = await h.post(meetingExecute(h, user, verb, data, options));
  await h.bot.app.dispatcher.idle();
  const body = answer.body as { value?: Record<string, unknown> } | undefined;
  if (answer.status !== 200 || !body?.value) {
    throw new Error(`press ${verb} answered ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return body.value;
}

/** The cards the bot posted in a conversation, as text. */
export function postedTexts(h: Harness, conversationId: string): string[] {
  return h.connector.messages(conversationId).map((c) => cardText(LoopbackConnector.card(c)));
}

/** The cards posted in a conversation. */
export function postedCards(h: Harness, conversationId: string): Record<string, unknown>[] {
  return h.connector.messages(conversationId).map((c: ConnectorCall) => LoopbackConnector.card(c));
}

/** Every Action.Execute in a card (body action sets and actions). */
export function executeActions(card: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute') out.push(record);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** A complete answer to the poll, as Teams sends it (strings). */
export function answers(scores: Record<string, string> = {}, comment = ''): Record<string, string> {
  return {
    safeSpace: '4',
    learned: '5',
    relationships: '3',
    facilitation: '5',
    overall: '4',
    comment,
    ...scores,
  };
}

/** Empties the meeting and feedback tables, then what `resetSessions` empties. */
export async function resetMeeting(h: Harness): Promise<void> {
  const db = h.bot.store.db.kysely;
  for (const table of [
    'meeting_links',
    'feedback_polls',
    'feedback_responses',
    'feedback_comments',
    'feedback_respondents',
    'feedback_summaries',
  ] as const) {
    await db.deleteFrom(table).execute();
  }
  await resetSessions(h);
}
