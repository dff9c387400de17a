import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_BYTE_LIMIT } from '../../src/cards/render.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { defaultPaths } from '../../src/paths.js';
import { loadRoster } from '../../src/data/roster.js';
import {
  executeActionsOf,
  expressionsIn,
  inputsOf,
  nodesOf,
  stringsOf,
  visibleTextsOf,
} from './card-walk.js';
import { casesOf, renderCase, type RenderedCase } from './cases.js';
import { openFixtureApp } from './fixture-app.js';
import { cardFixtures } from './fixtures.js';
import { typedTexts } from './seed.js';
import { escapeMarkdown } from '../../src/cards/markdown.js';
import { HOSTILE_COMMENTS } from '../meeting/card-fixtures.js';
import { LIST_TEXT } from '../../src/ui/request-view.js';
import { phrasesFoundIn, telltalePhrases } from './string-tables.js';
import { englishOffences, frenchOffences } from '../i18n/typography-rules.js';

const fx = await openFixtureApp();
afterAll(() => fx.close());
const fixtures = cardFixtures(fx);
const cardsDir = defaultPaths().cards;
const templateFiles = readdirSync(cardsDir).filter((f) => f.endsWith('.json'));

/** English phrases that must not appear on a French card, and the reverse. */
const TELLTALE = { fr: telltalePhrases(en, fr), en: telltalePhrases(fr, en) };
/** Longest first, so a typed text is removed whole before any shorter one inside it. */
const TYPED = [...typedTexts(), ...HOSTILE_COMMENTS, ...HOSTILE_COMMENTS.map(escapeMarkdown)]
  // Lists show typed text cut to LIST_TEXT characters (then escaped): remove those forms too.
  .flatMap((text) => {
    const cut = text.slice(0, LIST_TEXT).trimEnd();
    return [text, ...(text.length > LIST_TEXT ? [cut, escapeMarkdown(`${cut}…`)] : [])];
  })
  .sort((a, b) => b.length - a.length);
/** People's names are theirs, apostrophes included (Michael O'Brien). */
const NAMES = (() => {
  const roster = loadRoster(defaultPaths().sampleRoster);
  return [...roster.administrators, ...roster.coordinators, ...roster.facilitators].map(
    (p) => p.name,
  );
})();

describe('fixtures cover the templates', () => {
  it('gives every template in cards/ fixtures, and has none for a missing template', () => {
    const names = templateFiles.map((f) => f.replace(/\.json$/, '')).sort();
    expect(Object.keys(fixtures).sort()).toEqual(names);
    expect(fx.deps.cards.names()).toEqual(names);
  });

  it('has at least one case per template', () => {
    for (const cases of Object.values(fixtures)) expect(Object.keys(cases)).not.toHaveLength(0);
  });
});

describe.each(templateFiles)('template file %s', (file) => {
  it('is JSON for an Adaptive Card 1.5', () => {
    const source = JSON.parse(readFileSync(join(cardsDir, file), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(source.type).toBe('AdaptiveCard');
    expect(source.version).toBe('1.5');
  });
});

describe.each(casesOf(fixtures))('$label', (ref) => {
  let rendered: RenderedCase | undefined;
  const get = async () => (rendered ??= await renderCase(fx, ref));

  it('renders to valid JSON, version 1.5, in its language, under 28 KB', async () => {
    const { card } = await get();
    const json = JSON.stringify(card);
    expect(JSON.parse(json)).toStrictEqual(card);
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(card.lang).toBe(ref.fixture.bilingual ? 'en' : ref.language);
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(CARD_BYTE_LIMIT);
  });

  it('leaves no expression unbound (a `${…}` on the card was typed by a user)', async () => {
    const { card, data } = await get();
    const typed = stringsOf(data).join('\n');
    const unbound = stringsOf(card)
      .flatMap(expressionsIn)
      .filter((e) => !typed.includes(e));
    expect(unbound).toEqual([]);
  });

  it('gives every input a unique id', async () => {
    const ids = inputsOf((await get()).card).map((input) => input.id);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every Action.Execute a verb that data.verb repeats', async () => {
    for (const action of executeActionsOf((await get()).card)) {
      expect(action.verb).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
      expect((action.data as Record<string, unknown> | undefined)?.verb).toBe(action.verb);
    }
  });

  it('toggles only elements that exist', async () => {
    const nodes = nodesOf((await get()).card);
    const ids = new Set(nodes.map((n) => n.id).filter((id) => typeof id === 'string'));
    const targets = nodes
      .filter((n) => n.type === 'Action.ToggleVisibility')
      .flatMap((n) => n.targetElements as (string | { elementId: string })[])
      .map((target) => (typeof target === 'string' ? target : target.elementId));
    for (const target of targets) expect(ids).toContain(target);
  });

  // What people typed is theirs, in whatever language (and words) they wrote it.
  const ownTexts = async () =>
    visibleTextsOf((await get()).card).map((text) =>
      TYPED.reduce((rest, typed) => rest.replaceAll(typed, ' '), text),
    );

  it.skipIf(ref.fixture.bilingual)('speaks only its language', async () => {
    expect(phrasesFoundIn(await ownTexts(), TELLTALE[ref.language])).toEqual([]);
  });

  it.skipIf(ref.fixture.bilingual)('writes its language’s typography and formats', async () => {
    const texts = (await ownTexts()).map((text) =>
      NAMES.reduce((rest, name) => rest.replaceAll(name, ' '), text),
    );
    const found = texts.flatMap((text) =>
      ref.language === 'fr' ? frenchOffences(text) : englishOffences(text),
    );
    expect(found).toEqual([]);
  });

  it('never says a word twice in a row (a name pasted after the same word)', async () => {
    const doubled = (await ownTexts()).flatMap(
      (text) => /(?<![\p{L}])(\p{L}{3,})\s+\1(?![\p{L}])/iu.exec(text)?.[0] ?? [],
    );
    expect(doubled).toEqual([]);
  });
});

describe('the language check itself', () => {
  it('finds English on a French card and French on an English card', () => {
    expect(phrasesFoundIn(['Request a discussion'], TELLTALE.fr)).toContain('Request a discussion');
    expect(phrasesFoundIn(['Mes demandes'], TELLTALE.en)).toContain('Mes demandes');
  });

  it('catches a real French card built with the English table', async () => {
    const data = await fixtures.help!.employee!.data('fr');
    const card = fx.deps.cards.render('help', { ...data, t: { ...en, lang: fr.lang } });
    expect(phrasesFoundIn(visibleTextsOf(card), TELLTALE.fr)).toContain('Request a discussion');
  });

  it('ignores strings both languages share and the language switch', () => {
    // A French card's switch reads "English"; an English card's reads "Français".
    expect(phrasesFoundIn(['Participants', 'English'], TELLTALE.fr)).toEqual([]);
    expect(phrasesFoundIn(['Participants', 'Français'], TELLTALE.en)).toEqual([]);
  });
});
