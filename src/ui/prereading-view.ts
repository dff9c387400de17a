import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { NewDelivery } from '../store/delivery-store.js';
import type { Session } from '../store/session-types.js';
import { sessionTitle, sessionWhen } from './session-view.js';

/** The delivery kind of a participant's pre-reading card. */
export const PREREADING_DELIVERY = 'session.prereading';

/** The delivery key of a person's pre-reading: one per (session, person, kind), ever. */
export const prereadingKey = (sessionId: string, aadObjectId: string): string =>
  `prereading:${sessionId}:${aadObjectId.toLowerCase()}`;

/** A pre-reading delivery for one participant. */
export function prereadingDelivery(
  session: Session,
  aadObjectId: string,
  where: { tenantId: string; serviceUrl: string },
  key: string = prereadingKey(session.id, aadObjectId),
): NewDelivery {
  return {
    key,
    recipientAadId: aadObjectId,
    ...where,
    kind: PREREADING_DELIVERY,
    payload: { sessionId: session.id },
  };
}

/** The pre-reading card, in the participant's language (both when unknown), dates in their zone. */
export function prereadingCard(
  deps: Pick<Deps, 'cards'>,
  session: Session,
  languages: Language[],
  zone: string,
  state: { acknowledged: boolean; canAck: boolean },
): AdaptiveCard | undefined {
  const reading = session.topicSnapshot.preReading;
  if (!reading) return undefined;
  const sections = languages.map((language) => {
    const t = stringsFor(language);
    return {
      title: format(t.prereading.title, { topic: sessionTitle(session, language) }),
      intro: format(t.prereading.intro, { minutes: reading.readingMinutes }),
      facts: [
        { title: t.prereading.reading, value: reading.title[language] },
        ...sessionWhen(session, zone, language).map((value) => ({ title: t.session.when, value })),
        { title: t.common.reference, value: session.reference },
      ],
      openTitle: t.prereading.open,
      url: reading.url[language],
    };
  });
  const t = stringsFor(languages[0] ?? 'en');
  return deps.cards.render('prereading', {
    lang: languages[0] ?? 'en',
    sections,
    status: state.acknowledged
      ? languages.map((l) => stringsFor(l).prereading.acknowledged).join(' / ')
      : '',
    ackTitle: languages.map((l) => stringsFor(l).prereading.ack).join(' / ') || t.prereading.ack,
    canAck: state.canAck && !state.acknowledged,
    sessionId: session.id,
  });
}
