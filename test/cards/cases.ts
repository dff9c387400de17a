import type { AdaptiveCard } from '../../src/cards/render.js';
import type { Language } from '../../src/i18n/i18n.js';
import type { CardCase, CardFixtures } from './card-case.js';
import type { FixtureApp } from './fixture-app.js';

/** The languages every card is rendered in. */
export const LANGUAGES: readonly Language[] = ['en', 'fr'];

/** One card to check: a template, a case of it and a language. */
export interface CaseRef {
  readonly template: string;
  readonly caseName: string;
  readonly language: Language;
  readonly fixture: CardCase;
  /** `template/case/language`, for test names and file names. */
  readonly label: string;
}

/** A rendered card with the data it was rendered from. */
export interface RenderedCase extends CaseRef {
  readonly data: Record<string, unknown>;
  readonly card: AdaptiveCard;
}

/** Every template × case × language of the fixtures, in a stable order. */
export function casesOf(fixtures: CardFixtures): CaseRef[] {
  return Object.entries(fixtures)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([template, cases]) =>
      Object.entries(cases).flatMap(([caseName, fixture]) =>
        LANGUAGES.map((language) => ({
          template,
          caseName,
          language,
          fixture,
          label: `${template}/${caseName}/${language}`,
        })),
      ),
    );
}

/** Builds a case's data with the real builders and renders it with the real renderer. */
export async function renderCase(fx: FixtureApp, ref: CaseRef): Promise<RenderedCase> {
  const data = await ref.fixture.data(ref.language);
  return { ...ref, data, card: fx.deps.cards.render(ref.template, data) };
}
