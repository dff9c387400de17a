import type { IsoDate } from './dates.js';

/** A rule a scheduled session can break; each names a message that says how to fix it. */
export type RuleCode =
  | 'parts.count'
  | 'parts.sameDay'
  | 'parts.order'
  | 'duration.range'
  | 'duration.partRange'
  | 'duration.splitNotAllowed'
  | 'pairing.union'
  | 'pairing.employer'
  | 'pairing.sameSide'
  | 'pairing.language'
  | 'facilitator.inactive'
  | 'facilitator.doubleBooked'
  | 'time.invalid'
  | 'time.zone'
  | 'time.nonexistent'
  | 'time.weekend'
  | 'time.holiday'
  | 'time.outsideHours'
  | 'time.crossesMidnight'
  | 'time.past'
  | 'time.leadTime';

/** A broken rule, with the values its message needs (limits, dates, references). */
export interface Violation {
  rule: RuleCode;
  params: Record<string, string | number>;
}

/** A session's language: English, French, or both. */
export type SessionLanguage = 'en' | 'fr' | 'bilingual';

/** What the rules need to know about a facilitator from the roster. */
export interface FacilitatorInfo {
  /** The facilitator's AAD object id. */
  id: string;
  side: 'union' | 'employer';
  languages: ('en' | 'fr')[];
  active: boolean;
}

/** One sitting of a session, as the scheduling card gives it. */
export interface SessionPart {
  date: IsoDate;
  /** Local start time, `HH:MM`. */
  startTime: string;
  /** IANA zone the date and time are read in. */
  timeZone: string;
  /** Facilitated minutes, breaks included. */
  durationMinutes: number;
}

/** Another session a facilitator is booked for. */
export interface Booking {
  facilitatorId: string;
  startUtc: Date;
  endUtc: Date;
  /** The other session's reference, e.g. `JLP-2026-0042`, so the message can name it. */
  reference: string;
}

/** The topic's limits, from the catalogue. */
export interface TopicLimits {
  minMinutes: number;
  maxMinutes: number;
  /** True for topics of 6 h or more, which may be given in two parts (see `isSplittable`). */
  splittable: boolean;
  /** Working days the pre-reading needs before the session; 0 when there is none. */
  leadWorkingDays: number;
}

/** Everything `checkSession` looks at. */
export interface SessionInput {
  now: Date;
  topic: TopicLimits;
  language: SessionLanguage;
  /** Working hours, `HH:MM`, in each part's own zone. */
  workingHours: { start: string; end: string };
  /** One part, or two for a splittable topic. */
  parts: SessionPart[];
  union?: FacilitatorInfo | undefined;
  employer?: FacilitatorInfo | undefined;
  /**
   * The facilitators' other sessions. When rescheduling, the caller leaves out the session
   * being moved, or it would clash with itself.
   */
  bookings: Booking[];
}
