import type { Deps } from '../deps.js';
import type { BotApp } from '../teams/bot.js';
import { helpCard } from './help.js';

/** Registers the catch-all: any text no flow knows gets the help card for the sender's role. */
export function register(bot: BotApp, deps: Deps): void {
  bot.fallback(async (turn) => {
    await turn.sendCard(await helpCard(deps, turn, await deps.languageOf(turn)));
  });
}
