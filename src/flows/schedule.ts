import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { canManageRegion } from '../domain/access.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { toScheduleForm } from '../forms/schedule-form.js';
import { regionName } from '../ui/request-view.js';
import { scheduleCard } from '../ui/schedule-view.js';
import {
  renderSessionCard,
  renderSessionNotification,
  SESSION_NOTIFY,
} from '../ui/session-notification.js';
import { defaultScheduleForm, loadScheduleTarget, type ScheduleTarget } from './schedule-target.js';
import { planSession, saveSession } from './schedule-save.js';

/** Opens the scheduling card for a request (or the rescheduling card for a session). */
export const SCHEDULE_OPEN = 'schedule.open';
/** Schedules (or reschedules) after checking every rule on the server. */
export const SCHEDULE_SUBMIT = 'schedule.submit';

async function refusal(
  deps: Deps,
  turn: Turn,
  language: Language,
  target: ScheduleTarget | undefined,
): Promise<AdaptiveCard | undefined> {
  const t = stringsFor(language);
  if (!target) return deps.messageCard(language, t.app.name, t.errors.notFound, 'attention');
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  if (!canManageRegion(roles, target.request.region)) {
    deps.logger.warn(
      { user: turn.userAadId, request: target.request.reference },
      'schedule refused: not a coordinator of the region',
    );
    const text = format(t.schedule.notAllowed, {
      region: regionName(target.request.region, language),
    });
    return deps.messageCard(language, t.app.name, text, 'attention');
  }
  if (!target.session && target.request.status !== 'open') {
    const key = target.request.status === 'cancelled' ? 'notOpenCancelled' : 'notOpenScheduled';
    return deps.messageCard(
      language,
      t.app.name,
      format(t.schedule[key], { reference: target.request.reference }),
      'attention',
    );
  }
  if (target.session && target.session.status !== 'scheduled') {
    return deps.messageCard(language, t.app.name, t.sessions.notScheduled, 'attention');
  }
  return undefined;
}

async function open(
  deps: Deps,
  turn: Turn,
  language: Language,
  data: Record<string, unknown>,
): Promise<AdaptiveCard> {
  const target = await loadScheduleTarget(deps, data);
  const refused = await refusal(deps, turn, language, target);
  if (refused || !target) return refused ?? deps.messageCard(language, '', '');
  return scheduleCard(
    deps,
    {
      ...target,
      facilitators: await deps.store.roster.list('facilitator'),
      form: defaultScheduleForm(target),
      sessionId: target.session?.id ?? '',
      fieldErrors: [],
      violations: [],
      notice: '',
      noticeColor: 'Default',
    },
    language,
  );
}

async function submit(
  deps: Deps,
  turn: Turn,
  data: Record<string, unknown>,
): Promise<AdaptiveCard> {
  const language = await deps.languageOf(turn);
  const target = await loadScheduleTarget(deps, data);
  const refused = await refusal(deps, turn, language, target);
  if (refused || !target) return refused ?? deps.messageCard(language, '', '');
  const form = toScheduleForm(data);
  const facilitators = await deps.store.roster.list('facilitator');
  const planned = await planSession(deps, target, form, language);
  const card = (extra: Partial<Parameters<typeof scheduleCard>[1]>) =>
    scheduleCard(
      deps,
      {
        ...target,
        facilitators,
        form,
        sessionId: target.session?.id ?? '',
        fieldErrors: [],
        violations: [],
        notice: '',
        noticeColor: 'Default',
        ...extra,
      },
      language,
    );
  if (!planned.ok)
    return card({ fieldErrors: planned.fieldErrors, violations: planned.violations });
  const saved = await saveSession(deps, turn, target, planned.plan);
  const t = stringsFor(language);
  if (saved.outcome !== 'changed' && saved.outcome !== 'scheduled') {
    const key =
      saved.outcome === 'notOpen' && saved.status === 'cancelled'
        ? 'notOpenCancelled'
        : 'notOpenScheduled';
    return card({
      notice: format(t.schedule[key], { reference: target.request.reference }),
      noticeColor: 'Attention',
    });
  }
  deps.dispatcher.kick();
  const event = saved.outcome === 'scheduled' ? 'scheduled' : 'rescheduled';
  const banner = event === 'scheduled' ? t.schedule.scheduled : t.schedule.rescheduled;
  return renderSessionCard(
    deps,
    saved.session,
    event,
    'coordinator',
    turn.userAadId,
    [language],
    banner,
  );
}

/** Registers scheduling: the card, its submission, its language view and its notices. */
export function register(bot: BotApp, deps: Deps): void {
  bot.verb(SCHEDULE_OPEN, async (turn, data) =>
    open(deps, turn, await deps.languageOf(turn), data),
  );
  bot.verb(SCHEDULE_SUBMIT, (turn, data) => submit(deps, turn, data));
  deps.views.register('schedule.form', (turn, language, data) => open(deps, turn, language, data));
  deps.dispatcher.register(SESSION_NOTIFY, (delivery) => renderSessionNotification(deps, delivery));
}
