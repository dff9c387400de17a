import type { Selectable } from 'kysely';
import type { Topic } from '../data/catalogue-schema.js';
import type { SessionPartsTable, SessionsTable } from './schema.js';
import type { Session, SessionPart, SessionStatus } from './session-types.js';

/** A stored part as the bot sees it. */
export function toPart(row: Selectable<SessionPartsTable>): SessionPart {
  return {
    part: row.part,
    date: row.date,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    startUtc: new Date(row.start_utc),
    endUtc: new Date(row.end_utc),
  };
}

/** A stored session with its parts. */
export function toSession(
  row: Selectable<SessionsTable>,
  parts: Selectable<SessionPartsTable>[],
): Session {
  return {
    id: row.id,
    requestId: row.request_id,
    reference: row.reference,
    status: row.status as SessionStatus,
    topic: row.topic,
    topicSnapshot: JSON.parse(row.topic_snapshot) as Topic,
    language: row.language as Session['language'],
    region: row.region,
    capacity: row.capacity,
    timeZone: row.time_zone,
    unionFacilitator: row.union_facilitator,
    employerFacilitator: row.employer_facilitator,
    coordinatorAadId: row.coordinator_aad_id,
    joinUrl: row.join_url,
    meetingEventId: row.meeting_event_id,
    sequence: row.sequence,
    icsToken: row.ics_token,
    parts: parts
      .filter((p) => p.session_id === row.id)
      .sort((a, b) => a.part - b.part)
      .map(toPart),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** Part rows to insert for a session. */
export function partRows(sessionId: string, parts: SessionPart[]): SessionPartsTable[] {
  return parts.map((p) => ({
    session_id: sessionId,
    part: p.part,
    date: p.date,
    start_time: p.startTime,
    duration_minutes: p.durationMinutes,
    start_utc: p.startUtc.toISOString(),
    end_utc: p.endUtc.toISOString(),
  }));
}

/** The first start and last end over a session's parts. */
export function span(parts: SessionPart[]): { first: string; last: string } {
  const starts = parts.map((p) => p.startUtc.getTime());
  const ends = parts.map((p) => p.endUtc.getTime());
  return {
    first: new Date(Math.min(...starts)).toISOString(),
    last: new Date(Math.max(...ends)).toISOString(),
  };
}
