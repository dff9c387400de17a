import type { Deps } from '../deps.js';
import type { SessionPlan } from '../store/session-types.js';
import type { Turn } from '../teams/turn.js';
import type { ScheduleTarget } from './schedule-target.js';

/**
 * With Microsoft Graph configured and no link typed by the coordinator, creates (or moves) the
 * Teams meeting of the session's first part, organised by the coordinator, and puts its join
 * link in the plan. A Graph failure is logged and the session is saved without a link ("the
 * link will follow"): scheduling never fails because Graph did.
 */
export async function withTeamsMeeting(
  deps: Deps,
  turn: Turn,
  target: ScheduleTarget,
  plan: SessionPlan,
): Promise<{ plan: SessionPlan; created?: string }> {
  const provider = deps.meetingProvider;
  const first = plan.parts[0];
  const existing = target.session?.meetingEventId ?? undefined;
  if (!provider || !first || (plan.joinUrl && !existing)) return { plan };
  const facilitators = await Promise.all(
    [plan.unionFacilitator, plan.employerFacilitator].map((id) =>
      deps.store.roster.get(id, 'facilitator'),
    ),
  );
  const input = {
    organizerAadId: target.session?.coordinatorAadId ?? turn.userAadId,
    subject: `${target.topic.title.en} / ${target.topic.title.fr} (${target.request.reference})`,
    startUtc: first.startUtc,
    endUtc: first.endUtc,
    attendees: facilitators.flatMap((f) =>
      f ? [{ aadObjectId: f.aadObjectId, name: f.name, email: f.email ?? undefined }] : [],
    ),
    transactionId: `${target.request.id}-p1`,
  };
  try {
    const meeting = existing
      ? await provider.updateMeeting(existing, input)
      : await provider.createMeeting(input);
    return {
      plan: { ...plan, joinUrl: meeting.joinUrl, meetingEventId: meeting.eventId },
      ...(existing ? {} : { created: meeting.eventId }),
    };
  } catch (error) {
    deps.logger.error(
      { err: error, request: target.request.reference },
      'Teams meeting not created',
    );
    return { plan };
  }
}

/** Cancels a session's Teams meeting, if the bot created one; failures are logged, not thrown. */
export async function cancelTeamsMeeting(
  deps: Deps,
  eventId: string | null | undefined,
  organizerAadId: string,
): Promise<void> {
  if (!deps.meetingProvider || !eventId) return;
  try {
    await deps.meetingProvider.cancelMeeting(eventId, organizerAadId);
  } catch (error) {
    deps.logger.error({ err: error, eventId }, 'Teams meeting not cancelled');
  }
}
