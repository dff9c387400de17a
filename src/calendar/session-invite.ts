import type { Store } from '../store/store.js';
import { isInviteToken } from './ics-links.js';
import { buildInvite, buildPartInvite } from './invite.js';

/** The calendar file of a session, looked up by its unguessable token. */
export async function sessionInviteFile(
  store: Store,
  token: string,
  part: number | undefined,
  now: Date,
  publicUrl: string | undefined,
): Promise<string | undefined> {
  if (!isInviteToken(token)) return undefined;
  const session = await store.sessions.byIcsToken(token);
  if (!session) return undefined;
  if (part !== undefined && !session.parts.some((p) => p.part === part)) return undefined;
  const union = await store.roster.get(session.unionFacilitator, 'facilitator');
  const employer = await store.roster.get(session.employerFacilitator, 'facilitator');
  const coordinator = await store.roster.get(session.coordinatorAadId, 'coordinator');
  const request = await store.requests.byId(session.requestId);
  const host = publicUrl ? new URL(publicUrl).hostname : 'jlp-conversations.invalid';
  const input = {
    sessionId: session.id,
    reference: session.reference,
    sequence: session.sequence,
    now,
    cancelled: session.status === 'cancelled',
    language: session.language,
    title: session.topicSnapshot.title,
    objectives: session.topicSnapshot.objectives,
    parts: session.parts.map((p) => ({ startUtc: p.startUtc, endUtc: p.endUtc })),
    joinUrl: session.joinUrl ?? undefined,
    organizer: {
      name: coordinator?.name ?? 'JLP Conversations',
      email: coordinator?.email ?? undefined,
    },
    attendees: [
      ...[union, employer].flatMap((f) =>
        f ? [{ name: f.name, email: f.email ?? undefined, role: 'facilitator' as const }] : [],
      ),
      ...(request
        ? [{ name: request.requesterName || 'Requester', role: 'requester' as const }]
        : []),
    ],
    fallbackEmail: `noreply@${host}`,
  };
  return part === undefined ? buildInvite(input) : buildPartInvite(input, part);
}
