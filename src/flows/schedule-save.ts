import type { Deps } from '../deps.js';
import {
  checkSession,
  isSplittable,
  sessionPartsUtc,
  type FacilitatorInfo,
} from '../domain/session-rules.js';
import type { SessionPart as RulePart } from '../domain/session-types.js';
import {
  hasSecondPart,
  readScheduleNumbers,
  type ScheduleFieldError,
  type ScheduleForm,
} from '../forms/schedule-form.js';
import type { Language } from '../i18n/i18n.js';
import type { RosterEntry } from '../store/roster-store.js';
import type { ChangeOutcome, ScheduleOutcome } from '../store/session-store.js';
import type { Session, SessionPlan } from '../store/session-types.js';
import type { Turn } from '../teams/turn.js';
import { sessionNotifications, type SessionRecipient } from '../ui/session-notification.js';
import { SESSION_INVITATION } from './registration.js';
import { cancelTeamsMeeting, withTeamsMeeting } from './schedule-meeting.js';
import { sessionJobs } from '../jobs/session-jobs.js';
import { violationMessage } from '../ui/violations.js';
import type { ScheduleTarget } from './schedule-target.js';

/** A checked plan, or what is wrong with the card. */
export type Planned =
  | { ok: true; plan: SessionPlan }
  | { ok: false; fieldErrors: ScheduleFieldError[]; violations: string[] };

function info(entry: RosterEntry | undefined): FacilitatorInfo | undefined {
  if (!entry?.side) return undefined;
  return {
    id: entry.aadObjectId,
    side: entry.side,
    languages: entry.languages,
    active: entry.active,
  };
}

/** Reads the card and checks every scheduling rule on the server; stores nothing. */
export async function planSession(
  deps: Deps,
  target: ScheduleTarget,
  form: ScheduleForm,
  language: Language,
): Promise<Planned> {
  const numbers = readScheduleNumbers(form);
  if (!numbers.ok) return { ok: false, fieldErrors: numbers.errors, violations: [] };
  const parts: RulePart[] = [
    {
      date: form.date,
      startTime: form.startTime,
      timeZone: form.timeZone,
      durationMinutes: numbers.duration,
    },
  ];
  if (hasSecondPart(form)) {
    parts.push({
      date: form.date2,
      startTime: form.startTime2,
      timeZone: form.timeZone,
      durationMinutes: numbers.duration2 ?? 0,
    });
  }
  const union = form.unionFacilitator
    ? await deps.store.roster.get(form.unionFacilitator, 'facilitator')
    : undefined;
  const employer = form.employerFacilitator
    ? await deps.store.roster.get(form.employerFacilitator, 'facilitator')
    : undefined;
  const ids = [union, employer].flatMap((f) => (f ? [f.aadObjectId] : []));
  const { topic } = target;
  const violations = checkSession({
    now: deps.clock.now(),
    topic: {
      minMinutes: topic.minMinutes,
      maxMinutes: topic.maxMinutes,
      splittable: isSplittable(topic.maxMinutes),
      leadWorkingDays: topic.preReading?.leadWorkingDays ?? 0,
    },
    language: target.request.language,
    workingHours: deps.config.WORKING_HOURS,
    parts,
    union: info(union),
    employer: info(employer),
    bookings: await deps.store.sessions.bookingsOf(ids, target.session?.id),
  });
  const instants = sessionPartsUtc(parts);
  if (violations.length > 0 || !instants) {
    const names = new Map(
      [union, employer].flatMap((f) => (f ? [[f.aadObjectId, f.name] as const] : [])),
    );
    return {
      ok: false,
      fieldErrors: [],
      violations: violations.map((v) => violationMessage(v, language, names)),
    };
  }
  return {
    ok: true,
    plan: {
      capacity: numbers.capacity,
      timeZone: form.timeZone,
      unionFacilitator: form.unionFacilitator.toLowerCase(),
      employerFacilitator: form.employerFacilitator.toLowerCase(),
      joinUrl: numbers.joinUrl,
      parts: parts.map((p, i) => ({
        part: i + 1,
        date: p.date,
        startTime: p.startTime,
        durationMinutes: p.durationMinutes,
        startUtc: instants[i]?.startUtc ?? new Date(NaN),
        endUtc: instants[i]?.endUtc ?? new Date(NaN),
      })),
    },
  };
}

async function recipients(
  deps: Deps,
  turn: Turn,
  session: Session,
  before?: Session,
): Promise<SessionRecipient[]> {
  const coordinators = await deps.store.roster.coordinatorsOf(session.region);
  const registrants = before ? await deps.store.registrations.registrants(session.id) : [];
  const request = await deps.store.requests.byId(session.requestId);
  return [
    ...(request ? [{ aadObjectId: request.requesterAadId, audience: 'requester' as const }] : []),
    { aadObjectId: session.unionFacilitator, audience: 'facilitator' as const },
    { aadObjectId: session.employerFacilitator, audience: 'facilitator' as const },
    ...(before
      ? [before.unionFacilitator, before.employerFacilitator].map((id) => ({
          aadObjectId: id,
          audience: 'facilitator' as const,
        }))
      : []),
    ...coordinators
      .filter((c) => c.aadObjectId !== turn.userAadId)
      .map((c) => ({ aadObjectId: c.aadObjectId, audience: 'coordinator' as const })),
    ...registrants.map((r) => ({ aadObjectId: r.aadObjectId, audience: 'participant' as const })),
  ];
}

/**
 * Saves a new session or a reschedule (with its notices and jobs, in one transaction), creating
 * or moving its Teams meeting first when Microsoft Graph is configured.
 */
export async function saveSession(
  deps: Deps,
  turn: Turn,
  target: ScheduleTarget,
  typed: SessionPlan,
): Promise<ScheduleOutcome | ChangeOutcome> {
  const { plan, created } = await withTeamsMeeting(deps, turn, target, typed);
  const result = await storeSession(deps, turn, target, plan);
  // Another coordinator won, or the request went away: the meeting made for it goes too.
  if (created && result.outcome !== 'scheduled' && result.outcome !== 'changed') {
    await cancelTeamsMeeting(deps, created, turn.userAadId);
  }
  return result;
}

async function storeSession(
  deps: Deps,
  turn: Turn,
  target: ScheduleTarget,
  plan: SessionPlan,
): Promise<ScheduleOutcome | ChangeOutcome> {
  const now = deps.clock.now();
  const where = { tenantId: target.request.tenantId, serviceUrl: turn.serviceUrl };
  // Recipients are read before the transaction; the notices are written inside it.
  const preview =
    target.session ??
    ({ ...plan, id: '', region: target.request.region, requestId: target.request.id } as Session);
  const people = await recipients(deps, turn, { ...preview, ...plan }, target.session);
  if (target.session) {
    return deps.store.sessions.reschedule(
      target.session.id,
      plan,
      turn.userAadId,
      now,
      (session) => sessionNotifications(session, 'rescheduled', people, where),
      sessionJobs,
    );
  }
  return deps.store.sessions.schedule(
    target.request.id,
    plan,
    target.topic,
    turn.userAadId,
    now,
    (session) => [
      ...sessionNotifications(session, 'scheduled', people, where),
      // The requester also gets the invitation card, with how to post it in their team's chat.
      {
        key: `session:${session.id}:invitation:${target.request.requesterAadId}`,
        recipientAadId: target.request.requesterAadId,
        ...where,
        kind: SESSION_INVITATION,
        payload: { sessionId: session.id },
      },
    ],
    sessionJobs,
  );
}
