import { GraphMeetingProvider, type GraphConfig } from './graph-meeting-provider.js';

export {
  GraphMeetingProvider,
  type FetchLike,
  type GraphConfig,
} from './graph-meeting-provider.js';
export {
  MeetingProviderError,
  type MeetingProviderErrorDetails,
} from './meeting-provider-error.js';

/** Someone invited to a meeting. */
export interface MeetingAttendee {
  aadObjectId: string;
  /** Graph invites by address: people without one are not invited (the bot tells them in Teams). */
  email?: string | undefined;
  name: string;
}

/** What a Teams meeting for one part of a session needs. */
export interface MeetingInput {
  /** The organizer's AAD object id: the meeting goes into their calendar and is sent in their name. */
  organizerAadId: string;
  subject: string;
  startUtc: Date;
  endUtc: Date;
  attendees: MeetingAttendee[];
  /** Plain-text body of the invitation; Teams appends the join details to it. */
  body?: string | undefined;
  /**
   * A stable id for this creation (e.g. `<sessionId>-p1`): Graph refuses a second event with
   * the same one, so a retry after a lost answer does not create a second meeting.
   */
  transactionId?: string | undefined;
}

/** A meeting as the provider made it. */
export interface Meeting {
  joinUrl: string;
  /** The provider's id of the calendar event, to update or cancel it. */
  eventId: string;
}

/**
 * Creates, moves and cancels the Teams meeting of a session part. Every failure is a
 * `MeetingProviderError`.
 *
 * There is deliberately no "null" implementation: "no provider" is `undefined` (see
 * `createMeetingProvider`), so the caller has to take the other road visibly — use the join link
 * the coordinator typed and send an `.ics` file.
 */
export interface MeetingProvider {
  /** Creates the meeting in the organizer's calendar and invites the attendees. */
  createMeeting(input: MeetingInput): Promise<Meeting>;
  /** Replaces the meeting's subject, times, attendees (and body when given); attendees are told. */
  updateMeeting(eventId: string, input: MeetingInput): Promise<Meeting>;
  /** Cancels the meeting; attendees get a cancellation, with `comment` when given. */
  cancelMeeting(eventId: string, organizerAadId: string, comment?: string): Promise<void>;
}

/**
 * The meeting provider the configuration asks for: Microsoft Graph when `config` is given,
 * otherwise `undefined`, which means the coordinator's own join link is used.
 */
export function createMeetingProvider(config?: GraphConfig): MeetingProvider | undefined {
  return config ? new GraphMeetingProvider(config) : undefined;
}
