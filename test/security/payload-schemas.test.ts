import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PAYLOADS } from '../../src/forms/payloads.js';
import { USERS } from '../helpers/activities.js';
import { cardText, Harness } from '../helpers/harness.js';
import { scheduledSession } from '../helpers/scenario.js';
import { diff, snapshot } from './store-diff.js';

/**
 * Every verb's payload is parsed with its schema (src/forms/payloads.ts) before its handler
 * runs: a verb cannot exist without one, and a key of the wrong type is refused with a card
 * that says so, whatever the verb, with nothing stored and nothing sent.
 */
const h = new Harness();
await h.start();
afterAll(() => h.stop());
const VERBS = [...h.bot.app.bot.verbs].sort();
const db = () => h.bot.store.db.kysely;
/** A real session and request, so that a payload that got through would reach real rows. */
const ids: Record<string, string> = {};

beforeAll(async () => {
  const { requestId, sessionId } = await scheduledSession(h);
  Object.assign(ids, { requestId, sessionId });
});

/** The keys a verb's schema lists (every schema is an object schema). */
const keysOf = (verb: string): string[] =>
  Object.keys((PAYLOADS[verb] as z.ZodObject).shape).filter((k) => k !== 'verb');

describe('payload schemas', () => {
  it('exist for exactly the verbs the bot routes', () => {
    expect(VERBS.length).toBeGreaterThan(15);
    expect(Object.keys(PAYLOADS).sort()).toEqual(VERBS);
  });

  it('must exist before a verb can be registered', () => {
    expect(() => {
      h.bot.app.bot.verb('nobody.knows', () => Promise.reject(new Error('never runs')));
    }).toThrow('Verb "nobody.knows" has no payload schema');
    expect(h.bot.app.bot.verbs.has('nobody.knows')).toBe(false);
  });

  const cases = VERBS.flatMap((verb) => keysOf(verb).map((key) => [verb, key] as const));
  it.each(cases)('%s: a %s of the wrong type is refused; nothing changes', async (verb, key) => {
    const before = await snapshot(db());
    const sentBefore = h.connector.calls.length;
    // Real ids everywhere else, so the one wrong key is all that is wrong.
    const data = { ...ids, [key]: { $ne: null } };
    const { card } = await h.press(USERS.admin1, verb, data);
    await h.bot.app.dispatcher.idle();
    expect(cardText(card)).toContain('This card is out of date or incomplete');
    const changes = diff(before, await snapshot(db()));
    // Only the presser's own "last seen" row may change (every turn records it).
    expect(changes.filter((c) => c.table !== 'people')).toEqual([]);
    expect(h.connector.calls.length).toBe(sentBefore);
  });

  it('drops keys a schema does not list, so a handler never sees them', async () => {
    const extra = { constructor: 'x', isAdmin: true, sessionId: ids.sessionId };
    expect(PAYLOADS['registration.join']?.parse(extra)).toEqual({ sessionId: ids.sessionId });
    // Extra keys are not a reason to refuse: the press works as if they were absent.
    const { card } = await h.press(USERS.employee, 'help.show', extra);
    expect(cardText(card)).toContain('request');
    expect(cardText(card)).not.toContain('out of date');
  });
});
