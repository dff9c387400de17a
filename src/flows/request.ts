import { createHash } from 'node:crypto';
import type { AdaptiveCard } from '../cards/render.js';
import { REGIONS } from '../data/regions.js';
import type { Deps } from '../deps.js';
import { todayIn } from '../domain/dates.js';
import { isCanadianZone } from '../domain/time-zones.js';
import { toRequestForm, validateRequestForm, type RequestForm } from '../forms/request-form.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { RosterEntry } from '../store/roster-store.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import {
  REQUEST_NOTIFY,
  renderRequestNotification,
  requestNotifications,
} from '../ui/request-notification.js';
import { confirmationCard, requestFormCard } from '../ui/request-view.js';

/** Opens the request form (from the help card). */
export const REQUEST_OPEN = 'request.open';
/** Submits the request form. */
export const REQUEST_SUBMIT = 'request.submit';

/** The same person pressing the same card's action again gets the same key: one request, not two. */
export function pressKey(turn: Turn, verb: string): string {
  const press = turn.replyToId ?? turn.activityId ?? '';
  return createHash('sha256')
    .update(`${verb}\n${turn.userAadId}\n${turn.conversationId}\n${press}`)
    .digest('hex');
}

function emptyForm(turn: Turn, language: Language): RequestForm {
  const zone =
    turn.clientTimeZone && isCanadianZone(turn.clientTimeZone) ? turn.clientTimeZone : '';
  return {
    topic: '',
    language,
    region: '',
    department: '',
    participants: '',
    preferredDate: '',
    alternateDate: '',
    preferredTime: '09:00',
    timeZone: zone || (REGIONS.find((r) => r.id === 'ncr')?.defaultTimeZone ?? 'America/Toronto'),
    accessibility: '',
    notes: '',
  };
}

async function recipientsFor(
  deps: Deps,
  region: string,
): Promise<{ people: RosterEntry[]; coordinators: boolean }> {
  const coordinators = await deps.store.roster.coordinatorsOf(region);
  if (coordinators.length > 0) return { people: coordinators, coordinators: true };
  return { people: await deps.store.roster.list('administrator'), coordinators: false };
}

/** At most this many new requests per person in {@link CREATION_WINDOW_MS} (cancelled ones count). */
export const CREATIONS_PER_WINDOW = 10;
/** The window of the creation limit: ten minutes. */
export const CREATION_WINDOW_MS = 10 * 60_000;

async function submit(
  deps: Deps,
  turn: Turn,
  data: Record<string, unknown>,
): Promise<AdaptiveCard> {
  const language = await deps.languageOf(turn);
  const key = pressKey(turn, REQUEST_SUBMIT);
  const now = deps.clock.now();
  const earlier = await deps.store.requests.byIdempotencyKey(key);
  const form = toRequestForm(data);
  if (earlier) {
    const { coordinators } = await recipientsFor(deps, earlier.region);
    return confirmationCard(deps, earlier, language, coordinators);
  }
  const today = todayIn(
    form.timeZone && isCanadianZone(form.timeZone) ? form.timeZone : 'America/Toronto',
    now,
  );
  const checked = validateRequestForm(form, deps.catalogue, now);
  if (!checked.ok) return requestFormCard(deps, language, form, checked.errors, today);
  const open = await deps.store.requests.countOpen(turn.userAadId);
  if (open >= deps.config.MAX_OPEN_REQUESTS) {
    const message = format(stringsFor(language).errors.tooManyOpen, { count: open });
    return requestFormCard(deps, language, form, [], today, message);
  }
  // Creating and cancelling in a loop is slowed down too; counted in the store, so it holds
  // across instances.
  const since = new Date(now.getTime() - CREATION_WINDOW_MS);
  if (
    (await deps.store.requests.countCreatedSince(turn.userAadId, since)) >= CREATIONS_PER_WINDOW
  ) {
    deps.logger.warn({ user: turn.userAadId }, 'request creation rate-limited');
    return requestFormCard(
      deps,
      language,
      form,
      [],
      today,
      stringsFor(language).errors.rateLimited,
    );
  }
  const recipients = await recipientsFor(deps, checked.value.region);
  const { request, created } = await deps.store.requests.create(
    {
      ...checked.value,
      requesterAadId: turn.userAadId,
      requesterName: turn.userName,
      tenantId: turn.tenantId,
      serviceUrl: turn.serviceUrl,
    },
    key,
    now,
    (stored) => requestNotifications(stored, 'new', recipients.people, recipients.coordinators),
  );
  if (created) {
    deps.logger.info({ request: request.reference, region: request.region }, 'request created');
    deps.dispatcher.kick();
  }
  return confirmationCard(deps, request, language, recipients.coordinators);
}

/** Registers the request flow: `request`/`demande`, the form, its submission and its views. */
export function register(bot: BotApp, deps: Deps): void {
  const formFor = (turn: Turn, language: Language): Promise<AdaptiveCard> => {
    const form = emptyForm(turn, language);
    const today = todayIn(form.timeZone, deps.clock.now());
    return Promise.resolve(requestFormCard(deps, language, form, [], today));
  };

  bot.command(['request', 'demande'], async (turn) => {
    await turn.sendCard(await formFor(turn, await deps.languageOf(turn)));
  });
  bot.verb(REQUEST_OPEN, async (turn) => formFor(turn, await deps.languageOf(turn)));
  bot.verb(REQUEST_SUBMIT, (turn, data) => submit(deps, turn, data));

  deps.dispatcher.register(REQUEST_NOTIFY, (delivery) => renderRequestNotification(deps, delivery));
  deps.views.register('request.form', (turn, language) => formFor(turn, language));
  deps.views.register('request.confirmation', async (turn, language, data) => {
    const request =
      typeof data.requestId === 'string'
        ? await deps.store.requests.byId(data.requestId)
        : undefined;
    if (request?.requesterAadId !== turn.userAadId) return formFor(turn, language);
    const { coordinators } = await recipientsFor(deps, request.region);
    return confirmationCard(deps, request, language, coordinators);
  });
}
