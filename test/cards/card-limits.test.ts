import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_BYTE_LIMIT } from '../../src/cards/render.js';
import { LANGUAGES } from './cases.js';
import { openFixtureApp } from './fixture-app.js';
import { toLength } from './hostile.js';
import { PEOPLE } from './people.js';
import { base } from './seed.js';

const fx = await openFixtureApp();
afterAll(() => fx.close());

/** Plain prose (nothing for Markdown escaping to grow) at the 1,000-character limit. */
const LONG = toLength(
  'Our team of analysts works in three shifts across two time zones, so we would like the ' +
    'session to start early in the afternoon; several colleagues use screen readers and one ' +
    'needs live captioning in French.',
  1000,
);
const person = { ...PEOPLE.owen, name: 'Owen Blackfeather' };

/**
 * Lists show every request's typed text in full. These cases are what a busy region (the
 * queue shows up to 25) or a prolific requester (my requests shows 10) can reach with text
 * that is within every limit; the renderer refuses any card over 28 KB, so the command fails.
 */
describe('lists at their length limits stay under 28 KB', () => {
  beforeAll(async () => {
    for (let i = 0; i < 25; i += 1) {
      const input = {
        ...base(person),
        region: 'bc-yukon',
        department: toLength('Immigration, Refugees and Citizenship Canada', 200),
        accessibility: LONG,
        notes: LONG,
      };
      await fx.store.requests.create(input, `limit-${i}`, fx.clock.now(), () => []);
    }
  });

  it.each(LANGUAGES)('my requests with ten such requests (%s)', async (language) => {
    const view = fx.deps.views.get('myRequests');
    const card = await view!(fx.turnFor(person.aadObjectId, person.name), language, {});
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(CARD_BYTE_LIMIT);
  });

  it.each(LANGUAGES)('the administrators’ queue with 25 such requests (%s)', async (language) => {
    const view = fx.deps.views.get('queue');
    const { aadObjectId, name } = PEOPLE.administrator;
    const card = await view!(fx.turnFor(aadObjectId, name), language, {});
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(CARD_BYTE_LIMIT);
  });
});
