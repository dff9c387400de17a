import { afterAll, describe, expect, it } from 'vitest';
import { REQUEST_FIELDS } from '../../src/forms/request-form.js';
import { SCHEDULE_FIELDS } from '../../src/forms/schedule-form.js';
import { executeActionsOf, inputsOf } from './card-walk.js';
import { openFixtureApp } from './fixture-app.js';

const fx = await openFixtureApp();
afterAll(() => fx.close());
const { cards } = fx.deps;
const templates = cards.names().map((name) => ({ name, source: cards.source(name) }));

/**
 * Verbs with a handler that no template carries, because code builds the action that sends
 * them. Each entry says which code; an entry no longer needed fails the last test below.
 */
const CODE_ONLY_VERBS: ReadonlyMap<string, string> = new Map<string, string>([]);

/** The inputs each form's reader expects, so a renamed input cannot go unread. */
const FORM_FIELDS: Record<string, readonly string[]> = {
  request: REQUEST_FIELDS,
  schedule: SCHEDULE_FIELDS,
};

const templateVerbs = new Set(
  templates.flatMap(({ source }) => executeActionsOf(source).map((a) => a.verb as string)),
);

describe.each(templates)('template $name', ({ name, source }) => {
  it('names every input with a literal id, the same in every language and every render', () => {
    for (const input of inputsOf(source)) expect(input.id).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
  });

  it('writes every verb literally, so routing never depends on data', () => {
    for (const action of executeActionsOf(source)) {
      expect(action.verb).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
      expect((action.data as Record<string, unknown> | undefined)?.verb).toBe(action.verb);
    }
  });

  it.runIf(name in FORM_FIELDS)('has exactly the inputs its form reader reads', () => {
    const ids = inputsOf(source).map((input) => input.id as string);
    expect([...ids].sort()).toEqual([...(FORM_FIELDS[name] ?? [])].sort());
  });
});

describe('verbs and handlers', () => {
  const registered = fx.app.bot.verbs;

  it('has a handler for every verb a template sends', () => {
    expect([...templateVerbs].filter((verb) => !registered.has(verb))).toEqual([]);
  });

  it('has every handler reachable from a template (or listed as sent by code)', () => {
    const unreachable = [...registered].filter(
      (verb) => !templateVerbs.has(verb) && !CODE_ONLY_VERBS.has(verb),
    );
    expect(unreachable).toEqual([]);
  });

  it('lists as code-only only verbs that are registered and in no template', () => {
    for (const verb of CODE_ONLY_VERBS.keys()) {
      expect(registered.has(verb)).toBe(true);
      expect(templateVerbs.has(verb)).toBe(false);
    }
  });
});
