import { LIST_TEXT } from '../../src/ui/request-view.js';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/cards/markdown.js';
import type { AdaptiveCard } from '../../src/cards/render.js';
import type { Language } from '../../src/i18n/i18n.js';
import { inputsOf, nodesOf } from './card-walk.js';
import { casesOf, LANGUAGES, renderCase } from './cases.js';
import { openFixtureApp } from './fixture-app.js';
import { cardFixtures } from './fixtures.js';
import {
  HOSTILE_ACCESSIBILITY,
  HOSTILE_DEPARTMENT,
  HOSTILE_NAME,
  HOSTILE_NOTES,
  toLength,
} from './hostile.js';

const fx = await openFixtureApp();
afterAll(() => fx.close());
const fixtures = cardFixtures(fx);

async function card(template: string, caseName: string, language: Language): Promise<AdaptiveCard> {
  const ref = casesOf(fixtures).find(
    (c) => c.template === template && c.caseName === caseName && c.language === language,
  );
  if (!ref) throw new Error(`no fixture ${template}/${caseName}/${language}`);
  return (await renderCase(fx, ref)).card;
}

function factValues(rendered: AdaptiveCard): string[] {
  return nodesOf(rendered)
    .filter((n) => n.type === 'FactSet')
    .flatMap((n) => (n.facts as { value: string }[]).map((f) => f.value));
}

describe('the hostile fixtures', () => {
  it('sit exactly at the limits of SPEC.md', () => {
    expect(HOSTILE_DEPARTMENT).toHaveLength(200);
    expect(HOSTILE_ACCESSIBILITY).toHaveLength(1000);
    expect(HOSTILE_NOTES).toHaveLength(1000);
  });

  it('never cut an emoji in half', () => {
    expect(toLength('ab😀', 3)).toBe('ab.');
    expect(toLength('ab😀', 4)).toBe('ab😀');
  });
});

describe.each(LANGUAGES)('typed text on %s cards', (language) => {
  it('gives the refused form back exactly as typed, never evaluated', async () => {
    const values = new Map(
      inputsOf(await card('request', 'refused', language)).map((i) => [i.id, i.value]),
    );
    expect(values.get('department')).toBe(`${HOSTILE_DEPARTMENT}!`);
    expect(values.get('accessibility')).toBe(HOSTILE_ACCESSIBILITY);
    expect(values.get('notes')).toBe(HOSTILE_NOTES);
  });

  it.each([
    ['request-confirmation', 'hostile'],
    ['my-requests', 'hostile'],
    ['queue', 'everyRegion'],
  ])('shows it literally, Markdown escaped, on %s (%s)', async (template, caseName) => {
    const values = factValues(await card(template, caseName, language));
    // Lists cut long typed text (so many fit in 28 KB); the request's own cards show it whole.
    const list = template !== 'request-confirmation';
    const shown = (text: string) =>
      list && text.length > LIST_TEXT ? `${text.slice(0, LIST_TEXT).trimEnd()}…` : text;
    for (const typed of [HOSTILE_NAME, HOSTILE_DEPARTMENT, HOSTILE_NOTES]) {
      expect(values).toContain(escapeMarkdown(shown(typed)));
    }
  });

  it('escapes the requester’s name in a coordinator’s notification', async () => {
    const rendered = await card('request-notification', 'bilingualAdministrator', language);
    const text = JSON.stringify(rendered);
    expect(text).toContain(JSON.stringify(escapeMarkdown(HOSTILE_NAME)).slice(1, -1));
    expect(text).not.toContain('**Admin**');
  });
});
