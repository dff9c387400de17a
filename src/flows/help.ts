import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { regionName } from '../ui/request-view.js';

/** Shows the help card. */
export const HELP_SHOW = 'help.show';

/** The help card for the sender's roles: what they can type and do. */
export async function helpCard(deps: Deps, turn: Turn, language: Language): Promise<AdaptiveCard> {
  const t = stringsFor(language);
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  const has = (role: string) => roles.some((r) => r.role === role);
  const regions = roles
    .filter((r) => r.role === 'coordinator' && r.region)
    .map((r) => regionName(r.region ?? '', language));
  const roleLines = [
    has('administrator') ? t.help.roleAdministrator : '',
    regions.length > 0 ? format(t.help.roleCoordinator, { regions: regions.join(', ') }) : '',
    has('facilitator') ? t.help.roleFacilitator : '',
  ].filter((line) => line !== '');
  const staff = has('administrator') || has('coordinator');
  const commands = [
    t.help.cmdHelp,
    t.help.cmdRequest,
    t.help.cmdMyRequests,
    ...(staff ? [t.help.cmdQueue] : []),
    ...(staff || has('facilitator')
      ? [
          t.help.cmdSessions,
          t.help.cmdAgenda,
          t.help.cmdPrereading,
          t.help.cmdFeedback,
          t.help.cmdResults,
        ]
      : []),
    ...(has('administrator') ? [t.help.cmdAdmin, t.help.cmdPrivacy] : []),
  ];
  return deps.cards.render('help', {
    t,
    roleLine: roleLines.length > 0 ? roleLines.join(' ') : t.help.roleEmployee,
    commands,
    showStaff: staff || has('facilitator'),
    showQueue: staff,
  });
}

/** Registers `help`/`aide` and the help button. */
export function register(bot: BotApp, deps: Deps): void {
  bot.command(['help', 'aide', '?'], async (turn) => {
    await turn.sendCard(await helpCard(deps, turn, await deps.languageOf(turn)));
  });
  bot.verb(HELP_SHOW, async (turn) => helpCard(deps, turn, await deps.languageOf(turn)));
  deps.views.register('help', (turn, language) => helpCard(deps, turn, language));
}
