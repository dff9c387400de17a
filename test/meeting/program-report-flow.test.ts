import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/data/catalogue.js';
import { defaultPaths } from '../../src/paths.js';
import { TENANT } from '../helpers/activities.js';
import { LoopbackConnector } from '../helpers/connector.js';
import { Harness, cardText } from '../helpers/harness.js';
import { PEOPLE } from './meeting-helpers.js';

const catalogue = loadCatalogue(defaultPaths().catalogue);
let seeded = 0;

/** A request and its one-part session, straight through the store; returns the session id. */
async function seed(
  h: Harness,
  s: { topic: string; region: string; department: string; startUtc: string },
): Promise<string> {
  const store = h.bot.store;
  const topic = catalogue.topics.find((t) => t.id === s.topic)!;
  const now = new Date('2026-06-01T12:00:00Z');
  seeded += 1;
  const { request } = await store.requests.create(
    {
      topic: s.topic,
      language: 'en',
      region: s.region,
      department: s.department,
      participants: 20,
      preferredDate: s.startUtc.slice(0, 10),
      alternateDate: null,
      preferredTime: '10:00',
      timeZone: 'America/Toronto',
      accessibility: '',
      notes: '',
      requesterAadId: 'e0000000-0000-4000-8000-000000000001',
      requesterName: 'Nadia Okafor',
      tenantId: TENANT,
      serviceUrl: h.options().serviceUrl,
    },
    `report-test-${String(seeded)}`,
    now,
    () => [],
  );
  const start = new Date(s.startUtc);
  const result = await store.sessions.schedule(
    request.id,
    {
      capacity: 30,
      timeZone: 'America/Toronto',
      unionFacilitator: PEOPLE.union.aadObjectId,
      employerFacilitator: PEOPLE.employer.aadObjectId,
      joinUrl: null,
      parts: [
        {
          part: 1,
          date: s.startUtc.slice(0, 10),
          startTime: '10:00',
          durationMinutes: 180,
          startUtc: start,
          endUtc: new Date(start.getTime() + 3 * 3600_000),
        },
      ],
    },
    topic,
    PEOPLE.ncrCoordinator.aadObjectId,
    now,
    () => [],
  );
  if (result.outcome !== 'scheduled') throw new Error(`not scheduled: ${result.outcome}`);
  return result.session.id;
}

function lastCard(h: Harness): Record<string, unknown> {
  const calls = h.connector.messages();
  return LoopbackConnector.card(calls[calls.length - 1]!);
}

describe('"results program": sessions held, from the store', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  beforeAll(async () => {
    await h.start();
    const held = [
      {
        topic: 'lmc',
        region: 'ncr',
        department: 'Health Canada',
        startUtc: '2026-10-14T14:00:00Z',
      },
      {
        topic: 'lmc',
        region: 'ncr',
        department: ' health  CANADA',
        startUtc: '2026-10-21T14:00:00Z',
      },
      {
        topic: 'lmc',
        region: 'quebec',
        department: 'Santé, "Québec"',
        startUtc: '2026-11-04T15:00:00Z',
      },
      // Late on October 31 in Toronto, November in UTC: an October session.
      {
        topic: 'anti-racism',
        region: 'ncr',
        department: 'Health Canada',
        startUtc: '2026-11-01T00:30:00Z',
      },
      // Ends after "now": not yet held.
      {
        topic: 'lmc',
        region: 'ncr',
        department: 'Health Canada',
        startUtc: '2026-11-23T14:00:00Z',
      },
      {
        topic: 'lmc',
        region: 'ncr',
        department: 'Health Canada',
        startUtc: '2026-12-02T14:00:00Z',
      },
    ];
    for (const s of held) await seed(h, s);
    const cancelled = await seed(h, { ...held[0]!, startUtc: '2026-09-09T14:00:00Z' });
    await h.bot.store.db.kysely
      .updateTable('sessions')
      .set({ status: 'cancelled' })
      .where('id', '=', cancelled)
      .execute();
  });
  afterAll(() => h.stop());

  it('counts held sessions by topic, region, month and department for an administrator', async () => {
    h.connector.reset();
    await h.say(PEOPLE.admin, 'results program');
    const text = cardText(lastCard(h));
    expect(text).toContain('Sessions held: 4');
    expect(text).toMatch(/By topic\nGrounding[^\n]*\n0\n/);
    expect(text).toContain('Labour-Management Consultation: Let’s Talk!\n3');
    expect(text).toContain('Anti-Racism: Let’s Talk!\n1');
    expect(text).toContain('National Capital Region\n3\nOntario\n0');
    expect(text).toContain('2026-10\n3\n2026-11\n1');
    // 3 and 1 sessions are under 5: both hidden (the second as the first's complement).
    expect(text).toMatch(/Health Canada\nHidden\nSanté, "Québec"\nHidden/);
  });

  it('gives the CSV on "results program csv" and on the card’s button, in French too', async () => {
    h.connector.reset();
    await h.say(PEOPLE.admin, 'résultats programme csv');
    const csv = cardText(lastCard(h));
    expect(csv).toContain('Sessions held,Total,Sessions,4,');
    expect(csv).toContain('By department (top 10),"Santé, ""Québec""",Sessions,x,x');
    const { card } = await h.press(PEOPLE.admin, 'results.programCsv', {});
    expect(cardText(card)).toContain('By month (Eastern time),2026-10,Sessions,3,');
    const { card: french } = await h.press(PEOPLE.admin, 'language.set', {
      language: 'fr',
      view: 'results.programCsv',
    });
    expect(cardText(french)).toContain('Tableau,Ligne,Colonne,Nombre,Moyenne');
    expect(cardText(french)).toContain('Séances tenues,Total,Séances,4,');
  });

  it.each([
    ['results program', 'say'],
    ['results program csv', 'say'],
    ['results.programCsv', 'press'],
  ])('refuses "%s" to a coordinator', async (what, how) => {
    h.connector.reset();
    const card =
      how === 'say'
        ? (await h.say(PEOPLE.ncrCoordinator, what), lastCard(h))
        : (await h.press(PEOPLE.ncrCoordinator, what, {})).card;
    const text = cardText(card);
    expect(text).toContain('Only the program administrators');
    expect(text).not.toContain('Sessions');
  });
});
