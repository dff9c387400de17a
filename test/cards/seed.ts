import { escapeMarkdown } from '../../src/cards/markdown.js';
import type { Catalogue } from '../../src/data/catalogue-schema.js';
import type { DiscussionRequest, NewRequest } from '../../src/store/request-store.js';
import type { Session } from '../../src/store/session-types.js';
import type { Store } from '../../src/store/store.js';
import type { FixtureClock } from './fixture-app.js';
import { HOSTILE_ACCESSIBILITY, HOSTILE_DEPARTMENT, HOSTILE_NOTES } from './hostile.js';
import { scheduleFixture } from './seed-sessions.js';
import { PEOPLE } from './people.js';

/** What the seed stored, by what each shows. */
export interface Seeded {
  readonly tenantId: string;
  readonly serviceUrl: string;
  /** Nadia's open Grounding request for the National Capital Region. */
  readonly open: DiscussionRequest;
  /** Nadia's cancelled Anti-Racism request. */
  readonly cancelled: DiscussionRequest;
  /** Émilie's open request in French, for the NCR queue. */
  readonly french: DiscussionRequest;
  /** An open LMC request in Prairies and North (no coordinators), every typed field hostile. */
  readonly hostile: DiscussionRequest;
  /** Nadia's Mental Health session in French, in Québec, with a meeting link. */
  readonly frSession: Session;
  /** Karim's Grounding session in English, in the NCR, without a meeting link yet. */
  readonly enSession: Session;
  /** Marc-Antoine's bilingual Anti-Racism session in two parts, Atlantic, one seat left. */
  readonly bilingualSession: Session;
}

const TENANT = '9a1b2c3d-0000-4000-8000-00000000feed';
const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';
const JOIN_URL = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zml4dHVyZQ%40thread.v2/0';

/** A plausible request from `person`, to change field by field. */
export function base(person: { aadObjectId: string; name: string }): NewRequest {
  return {
    requesterAadId: person.aadObjectId,
    requesterName: person.name,
    tenantId: TENANT,
    serviceUrl: SERVICE_URL,
    topic: 'grounding',
    language: 'en',
    region: 'ncr',
    department: 'Employment and Social Development Canada',
    participants: 18,
    preferredDate: '2026-12-08',
    alternateDate: '2026-12-10',
    preferredTime: '13:30',
    timeZone: 'America/Toronto',
    accessibility: '',
    notes: '',
  };
}

const REQUESTS = {
  cancelled: {
    ...base(PEOPLE.nadia),
    topic: 'anti-racism',
    region: 'atlantic',
    language: 'bilingual',
  },
  fr: {
    ...base(PEOPLE.nadia),
    topic: 'mental-health',
    region: 'quebec',
    language: 'fr',
    department: 'Agence du revenu du Canada',
    participants: 25,
    preferredDate: '2026-12-03',
    alternateDate: null,
    preferredTime: '09:00',
    accessibility: 'Sous-titrage en français, s’il vous plaît.',
  },
  en: { ...base(PEOPLE.karim), department: 'Statistics Canada', participants: 8 },
  bilingual: {
    ...base(PEOPLE.marcAntoine),
    topic: 'anti-racism',
    region: 'atlantic',
    language: 'bilingual',
    department: 'Pêches et Océans Canada / Fisheries and Oceans Canada',
    participants: 25,
    timeZone: 'America/Halifax',
  },
  open: { ...base(PEOPLE.nadia), notes: 'Our team works shifts: afternoons suit most people.' },
  french: {
    ...base(PEOPLE.emilie),
    topic: 'returning',
    language: 'fr',
    department: 'Services publics et Approvisionnement Canada',
    participants: 12,
    preferredDate: '2026-12-09',
    alternateDate: null,
    preferredTime: '10:00',
  },
  hostile: {
    ...base(PEOPLE.hostile),
    topic: 'lmc',
    region: 'prairies-north',
    language: 'bilingual',
    department: HOSTILE_DEPARTMENT,
    participants: 100,
    timeZone: 'America/St_Johns',
    accessibility: HOSTILE_ACCESSIBILITY,
    notes: HOSTILE_NOTES,
  },
} satisfies Record<string, NewRequest>;

/** Stores the fixture requests and sessions, each dated in the past so lists have an order. */
export async function seed(
  store: Store,
  clock: FixtureClock,
  catalogue: Catalogue,
): Promise<Seeded> {
  const now = clock.now();
  let n = 0;
  const create = async (input: NewRequest, created: string) => {
    clock.set(new Date(created));
    n += 1;
    return (await store.requests.create(input, `fixture-${n}`, clock.now(), () => [])).request;
  };
  const schedule = (request: DiscussionRequest, plan: Parameters<typeof scheduleFixture>[3]) =>
    scheduleFixture(store, catalogue, request, plan, clock.now());

  const cancelled = await create(REQUESTS.cancelled, '2026-10-26T14:05:00Z');
  await store.requests.cancel(cancelled.id, PEOPLE.nadia.aadObjectId, clock.now(), () => []);
  const frSession = await schedule(await create(REQUESTS.fr, '2026-11-02T16:40:00Z'), {
    parts: [{ date: '2026-12-03', startTime: '09:00', durationMinutes: 195 }],
    timeZone: 'America/Toronto',
    union: '00000000-0000-4000-8000-000000000204',
    employer: '00000000-0000-4000-8000-000000000205',
    joinUrl: JOIN_URL,
    capacity: 25,
    registrants: 7,
    actor: PEOPLE.quebecCoordinator.aadObjectId,
  });
  const enSession = await schedule(await create(REQUESTS.en, '2026-11-05T15:20:00Z'), {
    parts: [{ date: '2026-12-09', startTime: '13:30', durationMinutes: 120 }],
    timeZone: 'America/Toronto',
    union: '00000000-0000-4000-8000-000000000201',
    employer: '00000000-0000-4000-8000-000000000203',
    joinUrl: null,
    capacity: 8,
    registrants: 3,
    actor: PEOPLE.ncrCoordinator.aadObjectId,
  });
  const bilingualSession = await schedule(
    await create(REQUESTS.bilingual, '2026-11-06T12:00:00Z'),
    {
      parts: [
        { date: '2026-12-15', startTime: '09:00', durationMinutes: 180 },
        { date: '2026-12-16', startTime: '09:00', durationMinutes: 180 },
      ],
      timeZone: 'America/Halifax',
      union: '00000000-0000-4000-8000-000000000206',
      employer: '00000000-0000-4000-8000-000000000202',
      joinUrl: JOIN_URL,
      capacity: 25,
      registrants: 24,
      actor: PEOPLE.atlanticCoordinator.aadObjectId,
    },
  );
  const open = await create(REQUESTS.open, '2026-11-16T19:12:00Z');
  const french = await create(REQUESTS.french, '2026-11-18T13:00:00Z');
  const hostile = await create(REQUESTS.hostile, '2026-11-20T21:30:00Z');
  clock.set(now);
  const reloaded = await store.requests.byId(cancelled.id);
  return {
    tenantId: TENANT,
    serviceUrl: SERVICE_URL,
    open,
    cancelled: reloaded ?? cancelled,
    french,
    hostile,
    frSession,
    enSession,
    bilingualSession,
  };
}

/**
 * Everything the seed's people typed, as stored and as cards escape it: a card may show a
 * requester's French notes on an English card, so the language check looks past them.
 */
export function typedTexts(): string[] {
  const typed = Object.values(REQUESTS).flatMap((r) => [
    r.requesterName,
    r.department,
    r.accessibility,
    r.notes,
  ]);
  return [...new Set([...typed, ...typed.map(escapeMarkdown)])].filter((t) => t !== '');
}
