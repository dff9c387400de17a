import type { Deps } from '../deps.js';
import type { BotApp } from '../teams/bot.js';
import { helpCard } from './help.js';

/** Switches the sender's language and re-renders the card it was pressed on. */
export const LANGUAGE_SET = 'language.set';

/** Registers the language switch present on every card. */
export function register(bot: BotApp, deps: Deps): void {
  bot.verb(LANGUAGE_SET, async (turn, data) => {
    const current = await deps.languageOf(turn);
    const language = data.language === 'fr' || data.language === 'en' ? data.language : current;
    await deps.store.people.setLanguage(turn.userAadId, language, deps.clock.now());
    const view = typeof data.view === 'string' ? deps.views.get(data.view) : undefined;
    return view ? view(turn, language, data) : helpCard(deps, turn, language);
  });
}
