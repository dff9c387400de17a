import type { Language } from '../../src/i18n/i18n.js';
import type { FixtureApp } from './fixture-app.js';
import type { Person } from './people.js';

/** Data for a template in a language, made by the bot's own builders. */
export type CardData = (language: Language) => Promise<Record<string, unknown>>;

/** One realistic state of a card. */
export interface CardCase {
  readonly data: CardData;
  /**
   * The card holds both languages on purpose (a first message to someone whose language the
   * bot does not know yet), so the test that a card is in one language skips it.
   */
  readonly bilingual?: boolean;
}

/** For every template, its cases by name; the first case is the one screenshots call plain. */
export type CardFixtures = Record<string, Record<string, CardCase>>;

/** A view as the language switch calls it: the real code that re-renders a card by name. */
export function viewData(
  fx: FixtureApp,
  template: string,
  view: string,
  person: Person,
  data: Record<string, unknown> = {},
): CardData {
  return (language) =>
    fx.capture(template, () => {
      const render = fx.deps.views.get(view);
      if (!render) throw new Error(`no view "${view}" is registered`);
      return render(fx.turnFor(person.aadObjectId, person.name), language, data);
    });
}
