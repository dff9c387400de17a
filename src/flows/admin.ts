import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { isAdministrator } from '../domain/access.js';
import { stringsFor, type Language } from '../i18n/i18n.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { exportCards } from '../ui/admin-export-view.js';
import { historyCard } from '../ui/admin-history-view.js';
import { adminHomeCard } from '../ui/admin-view.js';

/** Opens the administration card. */
export const ADMIN_OPEN = 'admin.open';
/** Shows a page of the roster and catalogue history. */
export const ADMIN_HISTORY = 'admin.history';
/** Shows the roster in the roster file's format. */
export const ADMIN_EXPORT = 'admin.export';

/**
 * Runs `show` for an administrator; anyone else gets a polite refusal and nothing else (the
 * roster is personal information).
 */
export async function asAdministrator(
  deps: Deps,
  turn: Turn,
  show: (language: Language) => Promise<AdaptiveCard>,
): Promise<AdaptiveCard> {
  const language = await deps.languageOf(turn);
  if (!isAdministrator(await deps.store.roster.rolesOf(turn.userAadId))) {
    deps.logger.warn({ user: turn.userAadId }, 'administration refused');
    const s = stringsFor(language);
    return deps.messageCard(language, s.admin.title, s.admin.notAllowed, 'attention');
  }
  return show(language);
}

/** The version of the entry a card was opened on; null for a card that adds one. */
export function openedVersion(data: Record<string, unknown>): number | null {
  return typeof data.version === 'string' && /^\d{1,9}$/.test(data.version)
    ? Number(data.version)
    : null;
}

/** A page number from a payload: a whole number, else the first page. */
function pageOf(value: unknown): number {
  const page = typeof value === 'string' || typeof value === 'number' ? Number(value) : 0;
  return Number.isInteger(page) && page >= 0 && page < 10_000 ? page : 0;
}

/** Registers `admin`/`administration`, the history and the roster export. */
export function register(bot: BotApp, deps: Deps): void {
  bot.command(['admin', 'administration'], async (turn) => {
    await turn.sendCard(await asAdministrator(deps, turn, (l) => adminHomeCard(deps, l)));
  });
  bot.verb(ADMIN_OPEN, (turn) => asAdministrator(deps, turn, (l) => adminHomeCard(deps, l)));
  bot.verb(ADMIN_HISTORY, (turn, data) =>
    asAdministrator(deps, turn, (l) => historyCard(deps, l, pageOf(data.page))),
  );
  bot.verb(ADMIN_EXPORT, (turn) =>
    asAdministrator(deps, turn, async (l) => {
      const [first, ...rest] = await exportCards(deps, l);
      // The first part replaces the pressed card; a large roster's other parts follow it.
      for (const card of rest) await turn.sendCard(card);
      if (!first) throw new Error('an export has at least one part');
      return first;
    }),
  );
  deps.views.register('admin', (turn) =>
    asAdministrator(deps, turn, (l) => adminHomeCard(deps, l)),
  );
  deps.views.register(ADMIN_HISTORY, (turn, _language, data) =>
    asAdministrator(deps, turn, (l) => historyCard(deps, l, pageOf(data.page))),
  );
}
