import { USERS, type TestUser } from './activities.js';
import { scheduleForm, validForm } from './forms.js';
import type { Harness } from './harness.js';

/** Empties every table a scenario writes, keeping the roster and people. */
export async function resetSessions(h: Harness): Promise<void> {
  const db = h.bot.store.db.kysely;
  for (const table of [
    'deliveries',
    'registrations',
    'session_parts',
    'sessions',
    'requests',
    'reference_counters',
    'audit_log',
  ] as const) {
    await db.deleteFrom(table).execute();
  }
  h.connector.reset();
}

/** An employee's request scheduled by the NCR union coordinator; returns the ids. */
export async function scheduledSession(
  h: Harness,
  overrides: {
    request?: Record<string, string>;
    schedule?: Record<string, string>;
    requester?: TestUser;
  } = {},
): Promise<{ requestId: string; sessionId: string }> {
  const db = h.bot.store.db.kysely;
  await h.press(
    overrides.requester ?? USERS.employee,
    'request.submit',
    validForm(overrides.request),
  );
  const { id: requestId } = await db
    .selectFrom('requests')
    .select('id')
    .orderBy('sequence', 'desc')
    .executeTakeFirstOrThrow();
  const { card } = await h.press(USERS.ncrUnion, 'schedule.submit', {
    requestId,
    ...scheduleForm(overrides.schedule),
  });
  const session = await db
    .selectFrom('sessions')
    .select('id')
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  if (!session) throw new Error(`not scheduled: ${JSON.stringify(card).slice(0, 800)}`);
  h.connector.reset();
  return { requestId, sessionId: session.id };
}
