import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { escapeMarkdown } from '../cards/markdown.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { Delivery, NewDelivery } from '../store/delivery-store.js';
import type { DiscussionRequest } from '../store/request-store.js';
import type { RosterEntry } from '../store/roster-store.js';
import { regionName, requestFacts } from './request-view.js';
import { topicTitle } from './topics.js';

/** The delivery kind of request notifications to coordinators (or administrators). */
export const REQUEST_NOTIFY = 'request.notify';

/** What happened to a request. */
export type RequestEvent = 'new' | 'cancelled';

/** One notification per recipient, keyed so the same event never reaches a person twice. */
export function requestNotifications(
  request: DiscussionRequest,
  event: RequestEvent,
  recipients: RosterEntry[],
  coordinators: boolean,
): NewDelivery[] {
  return recipients.map((person) => ({
    key: `request:${request.id}:${event}:${person.aadObjectId}`,
    recipientAadId: person.aadObjectId,
    tenantId: request.tenantId,
    serviceUrl: request.serviceUrl,
    kind: REQUEST_NOTIFY,
    payload: {
      requestId: request.id,
      event,
      audience: coordinators ? 'coordinator' : 'administrator',
    },
  }));
}

function section(
  deps: Deps,
  request: DiscussionRequest,
  event: RequestEvent,
  administrator: boolean,
  language: Language,
) {
  const t = stringsFor(language);
  const values = {
    region: regionName(request.region, language),
    reference: request.reference,
    requester: escapeMarkdown(request.requesterName),
    topic: topicTitle(deps.catalogue, request.topic, language),
    participants: request.participants,
  };
  return {
    title: format(event === 'new' ? t.notify.newTitle : t.notify.cancelledTitle, values),
    body: format(event === 'new' ? t.notify.newBody : t.notify.cancelledBody, values),
    note: administrator ? format(t.notify.noCoordinatorsNote, values) : '',
    color: event === 'new' ? 'Accent' : 'Warning',
    facts: requestFacts(deps, request, language),
  };
}

/** Renders a request notification in the recipient's language, or in both when it is unknown. */
export async function renderRequestNotification(
  deps: Deps,
  delivery: Delivery,
): Promise<AdaptiveCard> {
  const { requestId, event, audience } = delivery.payload as {
    requestId: string;
    event: RequestEvent;
    audience: string;
  };
  const request = await deps.store.requests.byId(requestId);
  if (!request) throw new Error(`request ${requestId} no longer exists`);
  const person = await deps.store.people.get(delivery.recipientAadId);
  const languages: Language[] = person?.language ? [person.language] : ['en', 'fr'];
  return deps.cards.render('request-notification', {
    lang: languages.length === 1 ? languages[0] : 'en',
    sections: languages.map((l) => section(deps, request, event, audience === 'administrator', l)),
  });
}
