import type { Topic } from '../data/catalogue-schema.js';

/** Where a session stands. */
export type SessionStatus = 'scheduled' | 'cancelled';

/** One part of a session, in its own zone and in UTC. */
export interface SessionPart {
  part: number;
  date: string;
  startTime: string;
  durationMinutes: number;
  startUtc: Date;
  endUtc: Date;
}

/** What a coordinator decides when scheduling (already checked against the rules). */
export interface SessionPlan {
  capacity: number;
  timeZone: string;
  unionFacilitator: string;
  employerFacilitator: string;
  joinUrl: string | null;
  /** The Graph event of the Teams meeting the bot created, if it did. */
  meetingEventId?: string | null;
  parts: SessionPart[];
}

/** A scheduled session. */
export interface Session extends SessionPlan {
  id: string;
  requestId: string;
  reference: string;
  status: SessionStatus;
  topic: string;
  /** The topic as it was when the session was scheduled. */
  topicSnapshot: Topic;
  language: 'en' | 'fr' | 'bilingual';
  region: string;
  coordinatorAadId: string;
  sequence: number;
  icsToken: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Another session of a facilitator, for the double-booking rule. */
export interface FacilitatorBooking {
  facilitatorId: string;
  startUtc: Date;
  endUtc: Date;
  reference: string;
}

/** Registration counts of a session. */
export interface RegistrationCounts {
  registered: number;
  capacity: number;
}
