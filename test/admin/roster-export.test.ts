import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRoster } from '../../src/data/roster.js';
import type { RosterFile } from '../../src/data/roster-schema.js';
import { USERS } from '../helpers/activities.js';
import { LoopbackConnector } from '../helpers/connector.js';
import { Harness } from '../helpers/harness.js';

/** The roster file a card's text box holds. */
function fileOn(card: unknown): RosterFile {
  const body = (card as { body: { id?: string; value?: string }[] }).body;
  const value = body.find((b) => b.id === 'rosterJson')?.value;
  if (!value) throw new Error('no roster on the card');
  return parseRoster(JSON.parse(value), 'export');
}

describe('exporting a large roster', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('cuts it into complete roster files, each on a card Teams accepts, that add up to the whole', async () => {
    const pool = Array.from({ length: 400 }, (_, i) => ({
      aadObjectId: `9${String(i).padStart(7, '0')}-0000-4000-8000-000000000000`,
      name: `Facilitateur·rice numéro ${i} « Québec »`,
      email: `person.${i}@example.gc.ca`,
      side: i % 2 === 0 ? ('union' as const) : ('employer' as const),
      region: 'quebec' as const,
      languages: ['fr' as const, 'en' as const],
      active: true,
    }));
    await h.bot.store.roster.import(
      { administrators: [], coordinators: [], facilitators: pool },
      h.clock.now(),
    );
    const everyone = await h.bot.store.rosterAdmin.everyone();
    h.connector.reset();
    const { card } = await h.press(USERS.admin1, 'admin.export', {});
    const rest = h.connector.messages().map((call) => LoopbackConnector.card(call));
    const cards = [card, ...rest];
    expect(cards.length).toBeGreaterThan(2);
    for (const c of cards)
      expect(Buffer.byteLength(JSON.stringify(c))).toBeLessThanOrEqual(28 * 1024);
    expect(JSON.stringify(cards[1])).toContain(`Part 2 of ${cards.length}`);
    const files = cards.map(fileOn);
    const ids = files.flatMap((f) =>
      [...f.administrators, ...f.coordinators, ...f.facilitators].map((e) => e.aadObjectId),
    );
    expect(ids.sort()).toEqual(everyone.map((e) => e.aadObjectId).sort());
  });
});
