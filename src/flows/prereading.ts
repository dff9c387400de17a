import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { findReference } from '../domain/reference.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import { JOB_PREREADING, JOB_REMINDER, jobKey } from '../jobs/session-jobs.js';
import type { Delivery } from '../store/delivery-store.js';
import type { Job } from '../store/job-store.js';
import type { Session } from '../store/session-types.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { PREREADING_DELIVERY, prereadingCard, prereadingDelivery } from '../ui/prereading-view.js';
import { sendNow } from './prereading-send.js';
import { renderSessionCard } from '../ui/session-notification.js';
import { zoneFor } from '../ui/session-view.js';

/** A participant says they read the pre-reading (the card refreshes for them). */
export const PREREADING_ACK = 'prereading.ack';
/** The delivery kind of the 24-hour reminder. */
export const REMINDER_DELIVERY = 'session.reminder';

async function languagesOf(deps: Deps, aadObjectId: string): Promise<Language[]> {
  const person = await deps.store.people.get(aadObjectId);
  return person?.language ? [person.language] : ['en', 'fr'];
}

/** Where a session's proactive messages go from: its request's tenant and service URL. */
async function origin(deps: Deps, session: Session) {
  const request = await deps.store.requests.byId(session.requestId);
  if (!request) throw new Error(`request of ${session.reference} is missing`);
  return { tenantId: request.tenantId, serviceUrl: request.serviceUrl };
}

/** The job: queue the pre-reading for every registrant (keys make a repeat add nothing). */
async function sendPrereading(deps: Deps, job: Job): Promise<void> {
  const session = await deps.store.sessions.byId(job.subjectId);
  if (session?.status !== 'scheduled' || !session.topicSnapshot.preReading) return;
  const where = await origin(deps, session);
  const people = await deps.store.registrations.registrants(session.id);
  await deps.store.deliveries.enqueue(
    people.map((p) => prereadingDelivery(session, p.aadObjectId, where)),
    deps.clock.now(),
  );
}

async function sendReminder(deps: Deps, job: Job): Promise<void> {
  const session = await deps.store.sessions.byId(job.subjectId);
  if (session?.status !== 'scheduled') return;
  const where = await origin(deps, session);
  const people = await deps.store.registrations.registrants(session.id);
  const deliveries = people.map((p) => ({
    key: `reminder:${session.id}:${p.aadObjectId}`,
    recipientAadId: p.aadObjectId,
    ...where,
    kind: REMINDER_DELIVERY,
    payload: { sessionId: session.id },
  }));
  await deps.store.deliveries.enqueue(deliveries, deps.clock.now());
}

async function renderPrereading(deps: Deps, delivery: Delivery): Promise<AdaptiveCard> {
  const session = await deps.store.sessions.byId(String(delivery.payload.sessionId));
  if (!session) throw new Error('session no longer exists');
  const zone = await zoneFor(deps, delivery.recipientAadId, session.timeZone);
  const card = prereadingCard(
    deps,
    session,
    await languagesOf(deps, delivery.recipientAadId),
    zone,
    {
      acknowledged: false,
      canAck: true,
    },
  );
  if (!card) throw new Error(`${session.reference} has no pre-reading`);
  return card;
}

async function renderReminder(deps: Deps, delivery: Delivery): Promise<AdaptiveCard> {
  const session = await deps.store.sessions.byId(String(delivery.payload.sessionId));
  if (!session) throw new Error('session no longer exists');
  const languages = await languagesOf(deps, delivery.recipientAadId);
  const banner = languages
    .map((l) =>
      format(stringsFor(l).prereading.reminderTitle, { topic: session.topicSnapshot.title[l] }),
    )
    .join(' / ');
  return renderSessionCard(
    deps,
    session,
    'scheduled',
    'participant',
    delivery.recipientAadId,
    languages,
    banner,
  );
}

async function acknowledge(
  deps: Deps,
  turn: Turn,
  data: Record<string, unknown>,
): Promise<AdaptiveCard> {
  const language = await deps.languageOf(turn);
  const t = stringsFor(language);
  const session =
    typeof data.sessionId === 'string' ? await deps.store.sessions.byId(data.sessionId) : undefined;
  if (!session) return deps.messageCard(language, t.app.name, t.invitation.notFound, 'attention');
  const ok = await deps.store.registrations.acknowledge(
    session.id,
    turn.userAadId,
    deps.clock.now(),
  );
  if (!ok) return deps.messageCard(language, t.app.name, t.prereading.notRegistered, 'attention');
  const zone = await zoneFor(deps, turn.userAadId, session.timeZone);
  const card = prereadingCard(deps, session, await languagesOf(deps, turn.userAadId), zone, {
    acknowledged: true,
    canAck: false,
  });
  return card ?? deps.messageCard(language, t.app.name, t.prereading.none, 'attention');
}

/** Registers pre-reading: its jobs, its cards, "I've read it" and `prereading`/`lecture`. */
export function register(bot: BotApp, deps: Deps): void {
  deps.jobs.register(JOB_PREREADING, (job) => sendPrereading(deps, job));
  deps.jobs.register(JOB_REMINDER, (job) => sendReminder(deps, job));
  deps.dispatcher.register(PREREADING_DELIVERY, (d) => renderPrereading(deps, d));
  deps.dispatcher.register(REMINDER_DELIVERY, (d) => renderReminder(deps, d));
  bot.verb(PREREADING_ACK, (turn, data) => acknowledge(deps, turn, data));
  bot.command(['prereading', 'lecture'], async (turn, argument) => {
    const language = await deps.languageOf(turn);
    const result = await sendNow(deps, turn, language, { reference: findReference(argument) });
    await turn.sendCard(
      deps.messageCard(language, stringsFor(language).app.name, result.text, result.tone),
    );
  });
}

/** Whether a session's pre-reading has gone out already (late registrants then get it at once). */
export async function prereadingSent(deps: Deps, session: Session): Promise<boolean> {
  return (await deps.store.jobs.stateOf(jobKey(JOB_PREREADING, session.id)))?.state === 'done';
}
