import type { Generated } from 'kysely';

/** A person the bot knows: where to reach them and which language they chose. */
export interface PeopleTable {
  aad_object_id: string;
  name: string | null;
  tenant_id: string | null;
  service_url: string | null;
  /** The 1:1 conversation's reference as JSON, when the bot has one. */
  conversation_reference: string | null;
  /** 'en' | 'fr' when the person chose explicitly with the card switch. */
  language: string | null;
  /** IANA zone last seen from the person's Teams client. */
  time_zone: string | null;
  updated_at: string;
}

/** A request for a discussion. */
export interface RequestsTable {
  id: string;
  reference: string;
  year: number;
  sequence: number;
  status: string;
  requester_aad_id: string;
  requester_name: string;
  tenant_id: string;
  service_url: string;
  topic: string;
  language: string;
  region: string;
  department: string;
  participants: number;
  preferred_date: string;
  alternate_date: string | null;
  preferred_time: string;
  time_zone: string;
  accessibility: string;
  notes: string;
  /** Hash of (user, card message, verb): the same press twice finds the same request. */
  idempotency_key: string;
  created_at: string;
  updated_at: string;
}

/** The last sequence number used per reference year. */
export interface ReferenceCountersTable {
  year: number;
  last: number;
}

/** Every state change: who, what, when, before and after. */
export interface AuditLogTable {
  id: string;
  at: string;
  actor_aad_id: string;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

/** One topic of the catalogue, as administrators keep it. */
export interface CatalogueTopicsTable {
  id: string;
  position: number;
  /** The topic as JSON, valid against `topicSchema`. */
  document: string;
  version: Generated<number>;
  updated_at: string;
  /** The administrator who last edited it; null while it is as the catalogue file gave it. */
  edited_by: string | null;
}

/** A roster entry: one row per person and role. */
export interface RosterTable {
  aad_object_id: string;
  role: string;
  name: string;
  email: string | null;
  side: string | null;
  region: string | null;
  /** JSON array of 'en' | 'fr'. */
  languages: string;
  active: number;
  version: Generated<number>;
  updated_at: string;
}

/** A proactive message to deliver, at least once and idempotent per key. */
export interface DeliveriesTable {
  id: string;
  /** Unique per (subject, person, kind): a retry or a crash never sends twice. */
  key: string;
  recipient_aad_id: string;
  tenant_id: string;
  service_url: string;
  kind: string;
  /** JSON: what to render at send time. */
  payload: string;
  state: string;
  attempts: number;
  due_at: string;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** A scheduled discussion: one per request, with its topic as it was when scheduled. */
export interface SessionsTable {
  id: string;
  request_id: string;
  reference: string;
  status: string;
  topic: string;
  /** JSON of the catalogue topic at scheduling time: later catalogue edits do not change it. */
  topic_snapshot: string;
  language: string;
  region: string;
  capacity: number;
  time_zone: string;
  union_facilitator: string;
  employer_facilitator: string;
  coordinator_aad_id: string;
  join_url: string | null;
  /** The Graph calendar event of the session's Teams meeting, when the bot created one. */
  meeting_event_id: string | null;
  /** iCalendar SEQUENCE: increases on every reschedule and on cancel. */
  sequence: number;
  /** The unguessable token of the session's calendar file link. */
  ics_token: string;
  first_start_utc: string;
  last_end_utc: string;
  created_at: string;
  updated_at: string;
}

/** One part of a session (a long topic may be given in two parts on different days). */
export interface SessionPartsTable {
  session_id: string;
  part: number;
  date: string;
  start_time: string;
  duration_minutes: number;
  start_utc: string;
  end_utc: string;
}

/** A participant registered for a session. */
export interface RegistrationsTable {
  session_id: string;
  aad_object_id: string;
  name: string;
  status: string;
  registered_at: string;
  updated_at: string;
  /** When the participant said they had read the pre-reading. */
  prereading_read_at: string | null;
}

/** A durable job: runs once when due, survives restarts (a crashed holder's lease expires). */
export interface JobsTable {
  id: string;
  /** Unique per (subject, kind): scheduling twice creates one job. */
  key: string;
  kind: string;
  subject_id: string;
  payload: string;
  state: string;
  due_at: string;
  attempts: number;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  done_at: string | null;
}

/** A meeting chat linked to one part of a session (one chat, one session). */
export interface MeetingLinksTable {
  conversation_id: string;
  session_id: string;
  part: number;
  /** The chat's conversation reference as JSON, to post there later. */
  conversation_reference: string;
  linked_by: string;
  linked_at: string;
}

/** A session's feedback poll: open from `opened_at` until `closes_at`. */
export interface FeedbackPollsTable {
  session_id: string;
  opened_at: string;
  closes_at: string;
  /** The facilitator's AAD object id, or 'schedule' when the end-of-session job opened it. */
  opened_by: string;
  reason: string;
  chat_posted_at: string | null;
}

/** One anonymous response's scores: a random id, the session, the day; nobody, no time. */
export interface FeedbackResponsesTable {
  id: string;
  session_id: string;
  day: string;
  safe_space: number;
  learned: number;
  relationships: number;
  facilitation: number;
  overall: number;
}

/** One anonymous comment, apart from its scores so the two cannot be joined. */
export interface FeedbackCommentsTable {
  id: string;
  session_id: string;
  comment: string;
}

/** Who answered, as a keyed hash of (session, person), unlinked to any response. */
export interface FeedbackRespondentsTable {
  key: string;
  /** Keyed hash of (session, person, card message): a double click gets the same answer. */
  card_key: string | null;
}

/** A session's stored results (JSON `FeedbackSummary`), refreshed at each threshold step. */
export interface FeedbackSummariesTable {
  session_id: string;
  summary: string;
}

/** Secrets the bot derives itself when none is configured (outside production). */
export interface AppSecretsTable {
  name: string;
  value: string;
}

/** The whole database, for Kysely. */
export interface Database {
  people: PeopleTable;
  requests: RequestsTable;
  reference_counters: ReferenceCountersTable;
  audit_log: AuditLogTable;
  roster: RosterTable;
  catalogue_topics: CatalogueTopicsTable;
  deliveries: DeliveriesTable;
  sessions: SessionsTable;
  session_parts: SessionPartsTable;
  registrations: RegistrationsTable;
  jobs: JobsTable;
  meeting_links: MeetingLinksTable;
  feedback_polls: FeedbackPollsTable;
  feedback_responses: FeedbackResponsesTable;
  feedback_comments: FeedbackCommentsTable;
  feedback_respondents: FeedbackRespondentsTable;
  feedback_summaries: FeedbackSummariesTable;
  app_secrets: AppSecretsTable;
}
