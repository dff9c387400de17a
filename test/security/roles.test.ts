import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, USERS, type TestUser } from '../helpers/activities.js';
import { FACILITATORS, scheduleForm, validForm } from '../helpers/forms.js';
import { Harness, cardText } from '../helpers/harness.js';
import { scheduledSession } from '../helpers/scenario.js';
import { allowed } from './ownership.js';
import { diff, snapshot } from './store-diff.js';

/**
 * Roles are checked on the server, whatever a card's payload says: a person with no role (or
 * the wrong one) who forges a coordinator's or facilitator's payload, naming someone else's
 * real request and session, changes nothing that is not their own and learns nothing private.
 */
const h = new Harness();
await h.start();
afterAll(() => h.stop());
const db = () => h.bot.store.db.kysely;
/** Every verb the bot routes today, from the live app: a new verb is covered the day it lands. */
const VERBS = [...h.bot.app.bot.verbs].sort();

/** Text only the requester and the region's coordinators may see. */
const SECRET = {
  department: 'Secret Department Zeta',
  accessibility: 'secret-accessibility-sigma',
  notes: 'secret-notes-omega',
};

const FORGERS: [string, TestUser][] = [
  ['an employee with no role', USERS.employee],
  [
    'a coordinator of another region',
    { aadObjectId: '00000000-0000-4000-8000-000000000103', name: 'Marie Tremblay' },
  ],
  [
    'a facilitator not on the session',
    { aadObjectId: '00000000-0000-4000-8000-000000000203', name: 'Karen Whitfield' },
  ],
];

const ids = { openRequest: '', scheduledRequest: '', session: '', reference: '' };

beforeAll(async () => {
  const requester = USERS.employeeFr;
  const scheduled = await scheduledSession(h, { requester, request: SECRET });
  ids.scheduledRequest = scheduled.requestId;
  ids.session = scheduled.sessionId;
  await h.press(requester, 'request.submit', validForm(SECRET));
  const open = await db()
    .selectFrom('requests')
    .select('id')
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  ids.openRequest = open.id;
  const session = await db().selectFrom('sessions').select('reference').executeTakeFirstOrThrow();
  ids.reference = session.reference;
  // Someone else's registration, which a forger must not be able to withdraw.
  await h.press(requester, 'registration.join', { sessionId: ids.session });
});

/** Where a press comes from: a 1:1 chat, or a Teams meeting's chat (some verbs act only there). */
const CHATS = ['personal', 'meeting'] as const;
const MEETING_CHAT = '19:meeting_security-test@thread.v2';

/** Presses `verb` with `data` as `user` in `chat`; returns the card that answers the press. */
async function press(
  user: TestUser,
  verb: string,
  data: Record<string, unknown>,
  chat: (typeof CHATS)[number],
): Promise<unknown> {
  if (chat === 'personal') return (await h.press(user, verb, data)).card;
  const options = h.options({ conversationId: MEETING_CHAT, conversationType: 'groupChat' });
  const activity = execute(user, verb, data, options);
  const meeting = { ...activity.channelData, meeting: { id: 'MCMxOTptZWV0aW5n' } };
  const answer = await h.post({ ...activity, channelData: meeting });
  await h.bot.app.dispatcher.idle();
  expect(answer.status).toBe(200);
  return (answer.body as { value: unknown }).value;
}

/** Payloads naming someone else's request and session, as each kind of card would carry them. */
function forgedPayloads(): Record<string, unknown>[] {
  const session = { sessionId: ids.session, requestId: ids.scheduledRequest };
  const reschedule = scheduleForm({ date: '2026-12-03', durationMinutes: '210' });
  const views = ['request.form', 'request.confirmation', 'myRequests', 'schedule.form'];
  const moreViews = ['sessions', 'feedback', 'agenda', 'meeting.pick', 'unknown.view'];
  return [
    {},
    { requestId: ids.openRequest },
    { requestId: ids.openRequest, ...scheduleForm() },
    { ...session },
    { ...session, ...reschedule },
    { ...session, part: 1, command: 'agenda' },
    { ...session, part: '1', command: 'feedback', reference: ids.reference },
    { requestId: ids.openRequest, ...validForm() },
    {
      ...session,
      safeSpace: '1',
      learned: '1',
      relationships: '1',
      facilitation: '1',
      overall: '1',
    },
    ...[...views, ...moreViews].map((view) => ({
      view,
      language: 'fr',
      requestId: ids.openRequest,
      sessionId: ids.session,
      part: 1,
    })),
  ];
}

describe.each(FORGERS)('%s, forging card payloads about someone else', (_name, forger) => {
  it.each(VERBS)(
    '%s: refused, nothing of anyone else changes, nothing private shown',
    async (verb) => {
      const problems: string[] = [];
      for (const chat of CHATS) {
        for (const data of forgedPayloads()) {
          const where = `${chat} ${JSON.stringify(data)}`;
          const before = await snapshot(db());
          const card = await press(forger, verb, data, chat);
          const changes = diff(before, await snapshot(db()));
          for (const change of changes) {
            if (!allowed(verb, forger.aadObjectId, change, changes)) {
              problems.push(`${where} changed ${change.table}: ${JSON.stringify(change)}`);
            }
          }
          const text = cardText(card);
          for (const secret of Object.values(SECRET)) {
            if (text.includes(secret)) problems.push(`${where} showed ${secret}`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('the same payloads from the rightful people (controls: the checks above can fail)', () => {
  it('the region coordinator opening the scheduling card sees the request, secrets included', async () => {
    const { card } = await h.press(USERS.ncrUnion, 'schedule.open', { requestId: ids.openRequest });
    expect(cardText(card)).toContain(SECRET.department);
  });

  it('the session’s facilitator pressing meeting.link in the meeting chat links it', async () => {
    const facilitator = { aadObjectId: FACILITATORS.ncrUnionBilingual, name: 'Aisha Mohamed' };
    const before = await snapshot(db());
    await press(facilitator, 'meeting.link', { sessionId: ids.session, part: 1 }, 'meeting');
    const changes = diff(before, await snapshot(db()));
    const change = changes.find((c) => c.table === 'meeting_links');
    expect(change?.added).toHaveLength(1);
    expect(allowed('meeting.link', USERS.employee.aadObjectId, change!, changes)).toBe(false);
  });

  it.each([
    [
      'schedule.submit (reschedule)',
      'the region coordinator',
      USERS.ncrUnion,
      () => ({
        requestId: ids.scheduledRequest,
        sessionId: ids.session,
        ...scheduleForm({ durationMinutes: '210' }),
      }),
      'sessions',
    ],
    [
      'myRequests.cancel',
      'the requester',
      USERS.employeeFr,
      () => ({ requestId: ids.openRequest }),
      'requests',
    ],
    [
      'sessions.cancel',
      'the region coordinator',
      USERS.ncrUnion,
      () => ({ sessionId: ids.session }),
      'sessions',
    ],
  ] as const)(
    '%s by %s changes %s, which a forger may not',
    async (name, _who, user, data, table) => {
      const verb = name.split(' ')[0]!;
      const before = await snapshot(db());
      await h.press(user, verb, data());
      const changes = diff(before, await snapshot(db()));
      const change = changes.find((c) => c.table === table);
      expect(change).toBeDefined();
      expect(allowed(verb, USERS.employee.aadObjectId, change!, changes)).toBe(false);
    },
  );
});
