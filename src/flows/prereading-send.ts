import type { Deps } from '../deps.js';
import { canRunSession } from '../domain/access.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { Session } from '../store/session-types.js';
import type { Turn } from '../teams/turn.js';
import { prereadingDelivery, prereadingKey } from '../ui/prereading-view.js';

/** What `prereading` did, to show the caller. */
export interface SendNowResult {
  text: string;
  tone: 'default' | 'attention' | 'good';
}

/** The caller's next session that has pre-reading and that they may run. */
async function nextSessionWithReading(deps: Deps, turn: Turn): Promise<Session | undefined> {
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  const regions = roles.flatMap((r) => (r.role === 'coordinator' && r.region ? [r.region] : []));
  const sessions = await deps.store.sessions.upcoming(deps.clock.now(), {
    ...(regions.length > 0 ? { regions } : {}),
    facilitator: turn.userAadId,
  });
  return sessions.find(
    (s) => s.topicSnapshot.preReading && canRunSession(roles, turn.userAadId, s),
  );
}

/**
 * `prereading [reference]`: sends the pre-reading now to registrants who have not read it,
 * through the same outbox as the scheduled job: someone never sent it gets the same delivery
 * key as the job's (so never twice), someone sent it but not done reading gets one re-send a day.
 */
export async function sendNow(
  deps: Deps,
  turn: Turn,
  language: Language,
  target: { reference?: string | undefined; sessionId?: string | undefined },
): Promise<SendNowResult> {
  const t = stringsFor(language);
  const say = (text: string, tone: SendNowResult['tone'] = 'default'): SendNowResult => ({
    text,
    tone,
  });
  const { reference, sessionId } = target;
  const session = sessionId
    ? await deps.store.sessions.byId(sessionId)
    : reference
      ? await deps.store.sessions.byReference(reference)
      : await nextSessionWithReading(deps, turn);
  if (!session) {
    return say(
      reference || sessionId ? t.invitation.notFound : t.prereading.noSession,
      'attention',
    );
  }
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  if (!canRunSession(roles, turn.userAadId, session)) {
    deps.logger.warn({ user: turn.userAadId, session: session.reference }, 'prereading refused');
    return say(t.prereading.notAllowed, 'attention');
  }
  if (!session.topicSnapshot.preReading) {
    return say(t.prereading.none, 'attention');
  }
  const { read, unread } = await deps.store.registrations.readers(session.id);
  if (read.length + unread.length === 0) {
    return say(format(t.prereading.nobody, { reference: session.reference }));
  }
  const request = await deps.store.requests.byId(session.requestId);
  const where = {
    tenantId: request?.tenantId ?? turn.tenantId,
    serviceUrl: request?.serviceUrl ?? turn.serviceUrl,
  };
  const sent = new Set(
    (await deps.store.deliveries.byKeyPrefix(`prereading:${session.id}:`)).map(
      (d) => d.recipientAadId,
    ),
  );
  const today = deps.clock.now().toISOString().slice(0, 10);
  const deliveries = unread.map((p) =>
    sent.has(p.aadObjectId)
      ? prereadingDelivery(
          session,
          p.aadObjectId,
          where,
          `${prereadingKey(session.id, p.aadObjectId)}:resend:${today}`,
        )
      : prereadingDelivery(session, p.aadObjectId, where),
  );
  await deps.store.deliveries.enqueue(deliveries, deps.clock.now());
  deps.dispatcher.kick();
  return say(
    format(t.prereading.sent, {
      reference: session.reference,
      sent: unread.length,
      read: read.length,
    }),
    'good',
  );
}
