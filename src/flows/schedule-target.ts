import type { Topic } from '../data/catalogue-schema.js';
import type { Deps } from '../deps.js';
import { NO_SECOND_PART, type ScheduleForm } from '../forms/schedule-form.js';
import type { DiscussionRequest } from '../store/request-store.js';
import type { Session } from '../store/session-types.js';

/** What a scheduling card acts on: a request, and its session when rescheduling. */
export interface ScheduleTarget {
  request: DiscussionRequest;
  session: Session | undefined;
  /** The catalogue's topic for a new session; the session's own snapshot when rescheduling. */
  topic: Topic;
}

/** Loads the request (and session) a card's `requestId`/`sessionId` name; undefined if unknown. */
export async function loadScheduleTarget(
  deps: Deps,
  data: Record<string, unknown>,
): Promise<ScheduleTarget | undefined> {
  const sessionId = typeof data.sessionId === 'string' ? data.sessionId : '';
  const requestId = typeof data.requestId === 'string' ? data.requestId : '';
  const session = sessionId ? await deps.store.sessions.byId(sessionId) : undefined;
  const request = await deps.store.requests.byId(session?.requestId ?? requestId);
  if (!request || (sessionId && !session)) return undefined;
  const topic = session?.topicSnapshot ?? deps.catalogue.topics.find((t) => t.id === request.topic);
  return topic ? { request, session, topic } : undefined;
}

/** The card's starting values: the session's current plan, or the request's wishes. */
export function defaultScheduleForm({ request, session, topic }: ScheduleTarget): ScheduleForm {
  if (session) {
    const [first, second] = session.parts;
    return {
      date: first?.date ?? '',
      startTime: first?.startTime ?? '',
      timeZone: session.timeZone,
      durationMinutes: String(first?.durationMinutes ?? ''),
      unionFacilitator: session.unionFacilitator,
      employerFacilitator: session.employerFacilitator,
      capacity: String(session.capacity),
      joinUrl: session.joinUrl ?? '',
      date2: second?.date ?? '',
      startTime2: second?.startTime ?? '',
      durationMinutes2: second ? String(second.durationMinutes) : NO_SECOND_PART,
    };
  }
  return {
    date: request.preferredDate,
    startTime: request.preferredTime,
    timeZone: request.timeZone,
    durationMinutes: String(topic.minMinutes),
    unionFacilitator: '',
    employerFacilitator: '',
    capacity: String(request.participants),
    joinUrl: '',
    date2: '',
    startTime2: '',
    durationMinutes2: NO_SECOND_PART,
  };
}
