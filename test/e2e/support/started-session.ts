import { DateTime } from 'luxon';
import type { RunningBot } from '../../../src/main.js';
import type { Person } from '../../../src/store/people-store.js';

const HOUR_MS = 3_600_000;

/** Sample-roster facilitators (NCR): Aisha Mohamed (union) and Patrick Côté (employer). */
const FACILITATORS = {
  union: '00000000-0000-4000-8000-000000000201',
  employer: '00000000-0000-4000-8000-000000000202',
};

/**
 * A scheduled session that started an hour ago, with `person` registered, made straight in the
 * bot's store. The bot runs on the real clock and its scheduling rules refuse a start in the
 * past, so the request, the session and the registration are stored "as of" two hours ago.
 * `person` must have talked to the bot in its 1:1 chat: the request takes that chat's
 * `serviceUrl` and tenant, where the bot sends the poll. Returns the session's id.
 */
export async function startedSessionWith(
  bot: RunningBot,
  person: Person,
  zone: string,
): Promise<string> {
  const { store, app } = bot;
  const now = Date.now();
  const then = new Date(now - 2 * HOUR_MS);
  const start = DateTime.fromMillis(now - HOUR_MS, { zone });
  const topic = app.deps.catalogue.topics.find((t) => t.id === 'mental-health')!;
  const { request } = await store.requests.create(
    {
      requesterAadId: person.aadObjectId,
      requesterName: person.name ?? '',
      tenantId: person.tenantId!,
      serviceUrl: person.serviceUrl!,
      topic: topic.id,
      language: 'en',
      region: 'ncr',
      department: 'Shared Services Canada',
      participants: 12,
      preferredDate: start.toISODate()!,
      alternateDate: null,
      preferredTime: start.toFormat('HH:mm'),
      timeZone: zone,
      accessibility: '',
      notes: '',
    },
    `e2e-feedback-${String(now)}`,
    then,
    () => [],
  );
  const result = await store.sessions.schedule(
    request.id,
    {
      capacity: 25,
      timeZone: zone,
      unionFacilitator: FACILITATORS.union,
      employerFacilitator: FACILITATORS.employer,
      joinUrl: null,
      parts: [
        {
          part: 1,
          date: start.toISODate()!,
          startTime: start.toFormat('HH:mm'),
          durationMinutes: 180,
          startUtc: start.toJSDate(),
          endUtc: start.plus({ hours: 3 }).toJSDate(),
        },
      ],
    },
    topic,
    '00000000-0000-4000-8000-000000000101',
    then,
    () => [],
  );
  if (result.outcome !== 'scheduled') throw new Error(`not scheduled: ${result.outcome}`);
  const joined = await store.registrations.register(
    result.session.id,
    { aadObjectId: person.aadObjectId, name: person.name ?? '' },
    then,
  );
  if (joined.outcome !== 'registered') throw new Error(`not registered: ${joined.outcome}`);
  return result.session.id;
}
