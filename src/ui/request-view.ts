import { escapeMarkdown } from '../cards/markdown.js';
import type { AdaptiveCard } from '../cards/render.js';
import { REGIONS } from '../data/regions.js';
import type { Deps } from '../deps.js';
import { addDays } from '../domain/dates.js';
import { formatDate, formatTime, localToUtc, zoneName } from '../domain/time-zones.js';
import { formatIsoDate } from './dates.js';
import type { FieldError, RequestForm } from '../forms/request-form.js';
import { REQUEST_FIELDS } from '../forms/request-form.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { DiscussionRequest } from '../store/request-store.js';
import { topicSummaries, topicTitle } from './topics.js';
import { zoneChoices } from './zones.js';

type CardDeps = Pick<Deps, 'cards' | 'catalogue'>;

/** The region's name in a language. */
export function regionName(id: string, language: Language): string {
  return REGIONS.find((r) => r.id === id)?.name[language] ?? id;
}

/** "Wednesday, December 16, 2026 at 1:30 p.m. (Eastern Standard Time)": a request's preferred slot, shown in `viewerZone`. */
export function preferredSlot(
  date: string,
  time: string,
  zone: string,
  language: Language,
  viewerZone: string = zone,
): string {
  const local = localToUtc(date, time, zone);
  if (!local.ok) return `${date} ${time} (${zone})`;
  return format(stringsFor(language).notify.preferred, {
    date: formatDate(local.utc, viewerZone, language),
    time: formatTime(local.utc, viewerZone, language),
    zone: zoneName(viewerZone, local.utc, language),
  });
}

/** Error parameters in the user's language: holiday names, and dates written out. */
function localParams(
  params: Record<string, string | number>,
  language: Language,
): Record<string, string | number> {
  const out = { ...params };
  const holiday = params[language === 'fr' ? 'holidayFr' : 'holidayEn'];
  if (holiday !== undefined) out.holiday = holiday;
  if (typeof params.today === 'string') out.today = formatIsoDate(params.today, language);
  return out;
}

/** The request card, with what the user typed and a message under each field in error. */
export function requestFormCard(
  deps: CardDeps,
  language: Language,
  form: RequestForm,
  errors: FieldError[],
  today: string,
  formError = '',
): AdaptiveCard {
  const t = stringsFor(language);
  const messages = Object.fromEntries(REQUEST_FIELDS.map((f) => [f, ''])) as Record<string, string>;
  for (const error of errors) {
    const table = t.errors as Record<string, string>;
    messages[error.field] ||= format(
      table[error.key] ?? t.errors.required,
      localParams(error.params, language),
    );
  }
  return deps.cards.render('request', {
    t,
    topics: topicSummaries(deps.catalogue, t, language),
    regions: REGIONS.map((r) => ({ title: r.name[language], value: r.id })),
    zones: zoneChoices(language, form.timeZone),
    // Input.Number takes a number; text that is not one cannot be shown in it anyway.
    form: {
      ...form,
      participants: /^\d+(\.\d+)?$/.test(form.participants.trim())
        ? Number(form.participants)
        : null,
    },
    errors: messages,
    hasErrors: errors.length > 0,
    formError,
    minDate: addDays(today, 1),
    altLabel: `${t.common.alternateDate} ${t.request.optional}`,
    accessibilityLabel: `${t.common.accessibility} ${t.request.optional}`,
    notesLabel: `${t.common.notes} ${t.request.optional}`,
  });
}

/** How much of a typed text a list shows (the whole text is on the request's own cards). */
export const LIST_TEXT = 150;

/** The facts of a request as cards show them; typed text is escaped so it shows literally. */
export function requestFacts(
  deps: CardDeps,
  request: DiscussionRequest,
  language: Language,
  viewerZone: string = request.timeZone,
  /** In lists, long typed text is cut so many requests fit in one card (Teams' 28 KB). */
  maxTextLength = Infinity,
) {
  const typed = (text: string) =>
    escapeMarkdown(
      text.length > maxTextLength ? `${text.slice(0, maxTextLength).trimEnd()}…` : text,
    );
  const t = stringsFor(language);
  const facts = [
    { title: t.common.reference, value: request.reference },
    { title: t.common.status, value: t.status[request.status] },
    { title: t.common.topic, value: topicTitle(deps.catalogue, request.topic, language) },
    { title: t.common.language, value: t.languages[request.language] },
    { title: t.common.region, value: regionName(request.region, language) },
    { title: t.common.department, value: typed(request.department) },
    { title: t.common.participants, value: String(request.participants) },
    {
      title: t.common.preferredDate,
      value: preferredSlot(
        request.preferredDate,
        request.preferredTime,
        request.timeZone,
        language,
        viewerZone,
      ),
    },
  ];
  if (request.alternateDate) {
    facts.push({
      title: t.common.alternateDate,
      value: preferredSlot(
        request.alternateDate,
        request.preferredTime,
        request.timeZone,
        language,
        viewerZone,
      ),
    });
  }
  facts.push({ title: t.common.requester, value: escapeMarkdown(request.requesterName) });
  if (request.accessibility) {
    facts.push({ title: t.common.accessibility, value: typed(request.accessibility) });
  }
  if (request.notes) facts.push({ title: t.common.notes, value: typed(request.notes) });
  return facts;
}

/** The card that replaces the request form once the request is stored. */
export function confirmationCard(
  deps: CardDeps,
  request: DiscussionRequest,
  language: Language,
  hasCoordinators: boolean,
): AdaptiveCard {
  const t = stringsFor(language);
  const message = format(hasCoordinators ? t.confirmation.body : t.confirmation.noCoordinators, {
    reference: request.reference,
    region: regionName(request.region, language),
  });
  return deps.cards.render('request-confirmation', {
    t,
    message,
    facts: requestFacts(deps, request, language),
    requestId: request.id,
  });
}
