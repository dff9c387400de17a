import { addWorkingDays } from '../domain/working-days.js';
import { localToUtc } from '../domain/time-zones.js';
import type { NewJob } from '../store/job-store.js';
import type { Session } from '../store/session-types.js';

/** Sends a session's pre-reading to every registered participant. */
export const JOB_PREREADING = 'session.prereading';
/** Reminds registered participants 24 h before, with the join link. */
export const JOB_REMINDER = 'session.reminder';
/** Opens the feedback poll at the session's scheduled end. */
export const JOB_FEEDBACK = 'session.feedback';

/** The local time pre-reading goes out on its day: the start of a working morning. */
const PREREADING_TIME = '09:00';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The job keys of a session, so a reschedule moves the same jobs. */
export const jobKey = (kind: string, sessionId: string): string => `${kind}:${sessionId}`;

/**
 * A session's jobs: pre-reading `leadWorkingDays` working days before its first part (when the
 * topic has pre-reading), a reminder 24 hours before it starts, and the feedback poll at its end.
 */
export function sessionJobs(session: Session): NewJob[] {
  const first = session.parts[0];
  if (!first) return [];
  const jobs: NewJob[] = [];
  const reading = session.topicSnapshot.preReading;
  if (reading) {
    const date = addWorkingDays(first.date, -Math.max(1, reading.leadWorkingDays));
    const local = localToUtc(date, PREREADING_TIME, session.timeZone);
    const dueAt = local.ok ? local.utc : new Date(first.startUtc.getTime() - 7 * DAY_MS);
    jobs.push({
      key: jobKey(JOB_PREREADING, session.id),
      kind: JOB_PREREADING,
      subjectId: session.id,
      dueAt,
    });
  }
  const last = session.parts.at(-1) ?? first;
  jobs.push({
    key: jobKey(JOB_FEEDBACK, session.id),
    kind: JOB_FEEDBACK,
    subjectId: session.id,
    dueAt: last.endUtc,
  });
  jobs.push({
    key: jobKey(JOB_REMINDER, session.id),
    kind: JOB_REMINDER,
    subjectId: session.id,
    dueAt: new Date(first.startUtc.getTime() - DAY_MS),
  });
  return jobs;
}
