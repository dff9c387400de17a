import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { requestNotifications } from '../ui/request-notification.js';
import { LIST_TEXT, requestFacts } from '../ui/request-view.js';
import { sessionFacts } from '../ui/session-view.js';

/** Shows the sender's requests. */
export const MY_REQUESTS_SHOW = 'myRequests.show';
/** Cancels one of the sender's open requests. */
export const MY_REQUESTS_CANCEL = 'myRequests.cancel';

const LIMIT = 10;
const STATUS_COLOR = { open: 'Accent', scheduled: 'Good', cancelled: 'Attention' } as const;

async function listCard(
  deps: Deps,
  turn: Turn,
  language: Language,
  notice = '',
  noticeColor = 'Default',
): Promise<AdaptiveCard> {
  const t = stringsFor(language);
  const requests = await deps.store.requests.byRequester(turn.userAadId, LIMIT);
  return deps.cards.render('my-requests', {
    t,
    notice,
    noticeColor,
    moreText: requests.length === LIMIT ? format(t.myRequests.more, { count: LIMIT }) : '',
    requests: await Promise.all(
      requests.map(async (request) => ({
        id: request.id,
        reference: request.reference,
        statusText: t.status[request.status],
        statusColor: STATUS_COLOR[request.status],
        // The reference and status head each entry, so the facts start after them.
        facts: [
          ...(await sessionFacts(deps, request.id, language)),
          ...requestFacts(deps, request, language, request.timeZone, LIST_TEXT).slice(2),
        ],
        cancellable: request.status === 'open',
        confirmText: format(t.myRequests.cancelConfirm, { reference: request.reference }),
      })),
    ),
  });
}

async function cancel(
  deps: Deps,
  turn: Turn,
  data: Record<string, unknown>,
): Promise<AdaptiveCard> {
  const language = await deps.languageOf(turn);
  const t = stringsFor(language);
  const requestId = typeof data.requestId === 'string' ? data.requestId : '';
  const coordinators = async (region: string) => {
    const list = await deps.store.roster.coordinatorsOf(region);
    return list.length > 0
      ? { people: list, coordinators: true }
      : { people: await deps.store.roster.list('administrator'), coordinators: false };
  };
  const request = await deps.store.requests.byId(requestId);
  const recipients = request
    ? await coordinators(request.region)
    : { people: [], coordinators: true };
  const result = await deps.store.requests.cancel(
    requestId,
    turn.userAadId,
    deps.clock.now(),
    (r) => requestNotifications(r, 'cancelled', recipients.people, recipients.coordinators),
  );
  switch (result.outcome) {
    case 'cancelled':
      deps.dispatcher.kick();
      return listCard(
        deps,
        turn,
        language,
        format(t.myRequests.cancelled, { reference: result.request.reference }),
        'Good',
      );
    case 'alreadyCancelled':
      // Only the requester cancels an open request: pressing again gets the same answer.
      return request?.requesterAadId === turn.userAadId
        ? listCard(
            deps,
            turn,
            language,
            format(t.myRequests.cancelled, { reference: result.request.reference }),
            'Good',
          )
        : listCard(deps, turn, language, t.errors.alreadyCancelled, 'Attention');
    case 'alreadyScheduled':
      return listCard(deps, turn, language, t.errors.alreadyScheduled, 'Attention');
    case 'notRequester':
      deps.logger.warn({ requestId, user: turn.userAadId }, 'cancel refused: not the requester');
      return listCard(deps, turn, language, t.errors.notYours, 'Attention');
    case 'notFound':
      return listCard(deps, turn, language, t.errors.notFound, 'Attention');
  }
}

/** Registers `my requests`/`mes demandes`: the list, and cancelling from it. */
export function register(bot: BotApp, deps: Deps): void {
  bot.command(['my requests', 'mes demandes'], async (turn) => {
    await turn.sendCard(await listCard(deps, turn, await deps.languageOf(turn)));
  });
  bot.verb(MY_REQUESTS_SHOW, async (turn) => listCard(deps, turn, await deps.languageOf(turn)));
  bot.verb(MY_REQUESTS_CANCEL, (turn, data) => cancel(deps, turn, data));
  deps.views.register('myRequests', (turn, language) => listCard(deps, turn, language));
}
