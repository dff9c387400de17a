import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { canSeeQueue, coordinatedRegions, isAdministrator } from '../domain/access.js';
import { formatDate, zoneName } from '../domain/time-zones.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { LIST_TEXT, regionName, requestFacts } from '../ui/request-view.js';
import { topicTitle } from '../ui/topics.js';
import { helpCard } from './help.js';

const QUEUE_SIZE = 15;

/** Shows the queue again (after a language switch or from a card). */
export const QUEUE_SHOW = 'queue.show';

async function queueCard(deps: Deps, turn: Turn, language: Language): Promise<AdaptiveCard> {
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  // A command someone's role does not allow gets the help card for their role.
  if (!canSeeQueue(roles)) return helpCard(deps, turn, language);
  const t = stringsFor(language);
  const admin = isAdministrator(roles);
  const regions = coordinatedRegions(roles);
  // One card holds at most QUEUE_SIZE requests (Teams' 28 KB); the oldest come first.
  const found = await deps.store.requests.openIn(admin ? undefined : regions, QUEUE_SIZE + 1);
  const requests = found.slice(0, QUEUE_SIZE);
  const zone =
    (await deps.store.people.get(turn.userAadId))?.timeZone ??
    turn.clientTimeZone ??
    'America/Toronto';
  const now = deps.clock.now();
  return deps.cards.render('queue', {
    t,
    title: admin
      ? t.queue.title
      : format(t.queue.titleRegion, {
          regions: regions.map((r) => regionName(r, language)).join(', '),
        }),
    zoneNote: format(t.queue.yourZone, { zone: zoneName(zone, now, language) }),
    notice: found.length > QUEUE_SIZE ? format(t.queue.more, { count: QUEUE_SIZE }) : '',
    noticeColor: 'Default',
    requests: requests.map((request) => ({
      id: request.id,
      heading: `${request.reference} · ${topicTitle(deps.catalogue, request.topic, language)}`,
      // The day it was received in the coordinator's own zone, not UTC's.
      received: format(t.queue.received, { date: formatDate(request.createdAt, zone, language) }),
      // Reference and status are in the heading; the rest shows the preferred times in the coordinator's zone.
      facts: requestFacts(deps, request, language, zone, LIST_TEXT).slice(3),
    })),
  });
}

/** Registers `queue`/`file`: a region's open requests, oldest first, each with a Schedule button. */
export function register(bot: BotApp, deps: Deps): void {
  bot.command(['queue', 'file'], async (turn) => {
    await turn.sendCard(await queueCard(deps, turn, await deps.languageOf(turn)));
  });
  bot.verb(QUEUE_SHOW, async (turn) => queueCard(deps, turn, await deps.languageOf(turn)));
  deps.views.register('queue', (turn, language) => queueCard(deps, turn, language));
}
