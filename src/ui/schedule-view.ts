import type { AdaptiveCard } from '../cards/render.js';
import type { Topic } from '../data/catalogue-schema.js';
import { REGIONS } from '../data/regions.js';
import type { Deps } from '../deps.js';
import { isSplittable, MIN_PART_MINUTES } from '../domain/session-rules.js';
import {
  NO_SECOND_PART,
  SCHEDULE_FIELDS,
  type ScheduleFieldError,
  type ScheduleForm,
} from '../forms/schedule-form.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { DiscussionRequest } from '../store/request-store.js';
import type { RosterEntry } from '../store/roster-store.js';
import { requestFacts } from './request-view.js';
import { zoneChoices } from './zones.js';

const STEP = 15;

function hoursLabel(minutes: number, language: Language): string {
  const n = new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
    maximumFractionDigits: 2,
  }).format(minutes / 60);
  return format(stringsFor(language).schedule.minutes, { hours: n });
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = from; m <= to; m += STEP) out.push(m);
  return out;
}

/** Durations a coordinator may pick: the topic's range, or shorter parts for a two-part topic. */
export function durationChoices(
  topic: Pick<Topic, 'minMinutes' | 'maxMinutes'>,
  language: Language,
) {
  const from = isSplittable(topic.maxMinutes) ? MIN_PART_MINUTES : topic.minMinutes;
  return range(from, topic.maxMinutes).map((m) => ({
    title: hoursLabel(m, language),
    value: String(m),
  }));
}

/** Facilitators of one side who speak the session's language, the region's own first, others marked. */
export function facilitatorChoices(
  facilitators: RosterEntry[],
  side: 'union' | 'employer',
  sessionLanguage: 'en' | 'fr' | 'bilingual',
  region: string,
  language: Language,
) {
  const needed: ('en' | 'fr')[] =
    sessionLanguage === 'bilingual' ? ['en', 'fr'] : [sessionLanguage];
  const t = stringsFor(language);
  return facilitators
    .filter((f) => f.active && f.side === side && needed.every((l) => f.languages.includes(l)))
    .sort(
      (a, b) =>
        Number(b.region === region) - Number(a.region === region) || a.name.localeCompare(b.name),
    )
    .map((f) => ({
      title:
        f.region === region
          ? f.name
          : format(t.schedule.otherRegion, {
              name: f.name,
              region: REGIONS.find((r) => r.id === f.region)?.name[language] ?? f.region ?? '',
            }),
      value: f.aadObjectId,
    }));
}

/** What the scheduling card needs besides the form. */
export interface ScheduleCardInput {
  request: DiscussionRequest;
  topic: Topic;
  facilitators: RosterEntry[];
  form: ScheduleForm;
  sessionId: string;
  fieldErrors: ScheduleFieldError[];
  violations: string[];
  notice: string;
  noticeColor: 'Default' | 'Good' | 'Attention';
}

/** The scheduling (or rescheduling) card. */
export function scheduleCard(
  deps: Pick<Deps, 'cards' | 'catalogue'>,
  input: ScheduleCardInput,
  language: Language,
): AdaptiveCard {
  const t = stringsFor(language);
  const { request, topic } = input;
  const errors = Object.fromEntries(SCHEDULE_FIELDS.map((f) => [f, ''])) as Record<string, string>;
  for (const e of input.fieldErrors) errors[e.field] = t.schedule[e.key];
  const choices = (side: 'union' | 'employer') =>
    facilitatorChoices(input.facilitators, side, request.language, request.region, language);
  return deps.cards.render('schedule', {
    t,
    title: format(input.sessionId ? t.schedule.rescheduleTitle : t.schedule.title, {
      reference: request.reference,
    }),
    submitTitle: input.sessionId ? t.schedule.resubmit : t.schedule.submit,
    notice: input.notice,
    noticeColor: input.noticeColor,
    violations: input.violations,
    facts: requestFacts(deps, request, language).filter((f) => f.title !== t.common.status),
    form: {
      ...input.form,
      capacity: /^\d+$/.test(input.form.capacity) ? Number(input.form.capacity) : null,
    },
    errors,
    zones: zoneChoices(language, input.form.timeZone),
    durations: durationChoices(topic, language),
    durations2: [
      { title: t.schedule.noSecondPart, value: NO_SECOND_PART },
      ...durationChoices(topic, language),
    ],
    unionChoices: choices('union'),
    employerChoices: choices('employer'),
    splittable: isSplittable(topic.maxMinutes),
    requestId: request.id,
    sessionId: input.sessionId,
  });
}
