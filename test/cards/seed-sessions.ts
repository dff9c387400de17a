import type { Catalogue } from '../../src/data/catalogue-schema.js';
import { partUtc } from '../../src/domain/session-parts.js';
import type { DiscussionRequest } from '../../src/store/request-store.js';
import type { Session, SessionPart } from '../../src/store/session-types.js';
import type { Store } from '../../src/store/store.js';

/** How a coordinator scheduled a fixture request. */
export interface SessionSeed {
  parts: { date: string; startTime: string; durationMinutes: number }[];
  timeZone: string;
  /** Roster AAD object ids. */
  union: string;
  employer: string;
  joinUrl: string | null;
  capacity: number;
  /** How many participants have registered. */
  registrants: number;
  /** The coordinator who scheduled it. */
  actor: string;
}

const GIVEN = ['Amélie', 'Daniel', 'Fatima', 'Hugo', 'Inès', 'Jacob', 'Kiran', 'Léa', 'Noah'];
const FAMILY = ['Gagné', 'Ahmed', 'Roy', 'Wong', 'Pelletier', 'Singh', 'Martin', 'Bélanger'];

function parts(seed: SessionSeed): SessionPart[] {
  return seed.parts.map((local, index) => {
    const instants = partUtc({ ...local, timeZone: seed.timeZone });
    if (!instants.ok) throw new Error(`fixture part ${local.date} ${local.startTime}: no instant`);
    return { part: index + 1, ...local, startUtc: instants.startUtc, endUtc: instants.endUtc };
  });
}

/** Schedules an open request through the real store, then registers participants. */
export async function scheduleFixture(
  store: Store,
  catalogue: Catalogue,
  request: DiscussionRequest,
  seed: SessionSeed,
  now: Date,
): Promise<Session> {
  const topic = catalogue.topics.find((t) => t.id === request.topic);
  if (!topic) throw new Error(`no topic ${request.topic}`);
  const plan = {
    capacity: seed.capacity,
    timeZone: seed.timeZone,
    unionFacilitator: seed.union,
    employerFacilitator: seed.employer,
    joinUrl: seed.joinUrl,
    parts: parts(seed),
  };
  const outcome = await store.sessions.schedule(request.id, plan, topic, seed.actor, now, () => []);
  if (outcome.outcome !== 'scheduled') throw new Error(`fixture schedule: ${outcome.outcome}`);
  for (let i = 0; i < seed.registrants; i += 1) {
    const name = `${GIVEN[i % GIVEN.length] ?? ''} ${FAMILY[i % FAMILY.length] ?? ''}`;
    const aadObjectId = `f0000000-0000-4000-8000-${String(i).padStart(8, '0')}${request.reference.slice(-4)}`;
    await store.registrations.register(outcome.session.id, { aadObjectId, name }, now);
  }
  return outcome.session;
}
