import { z } from 'zod';
import type { MeetingInput } from './meeting-provider.js';
import { MeetingProviderError } from './meeting-provider-error.js';

/**
 * Graph's `dateTimeTimeZone`: a wall time without offset plus a zone. UTC keeps it exact; each
 * attendee's Outlook shows their own zone.
 */
function graphTime(instant: Date) {
  return { dateTime: instant.toISOString().slice(0, -1), timeZone: 'UTC' };
}

/**
 * The Graph `event` resource for a meeting (fields common to create and update). Graph invites
 * by email address only, so attendees without one are left out.
 */
export function eventBody(input: MeetingInput): Record<string, unknown> {
  return {
    subject: input.subject,
    ...(input.body === undefined ? {} : { body: { contentType: 'text', content: input.body } }),
    start: graphTime(input.startUtc),
    end: graphTime(input.endUtc),
    attendees: input.attendees.flatMap((person) =>
      person.email
        ? [{ emailAddress: { address: person.email, name: person.name }, type: 'required' }]
        : [],
    ),
    // Coordinators set the time with the facilitators' availability; a counter-proposal from
    // Outlook would bypass the scheduling rules.
    allowNewTimeProposals: false,
  };
}

/** The body of `POST /users/{id}/events` that also creates the Teams meeting. */
export function createBody(input: MeetingInput): Record<string, unknown> {
  return {
    ...eventBody(input),
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    ...(input.transactionId === undefined ? {} : { transactionId: input.transactionId }),
  };
}

const eventAnswer = z.object({
  id: z.string().min(1),
  onlineMeeting: z.object({ joinUrl: z.string().min(1).nullish() }).nullish(),
});

/** An event's id and join link (undefined when Graph has not filled it in yet). */
export interface EventAnswer {
  eventId: string;
  joinUrl: string | undefined;
}

/** Reads the event Graph answered with, or throws `InvalidResponse`. */
export function readEvent(status: number, body: unknown): EventAnswer {
  const parsed = eventAnswer.safeParse(body);
  if (!parsed.success) {
    throw new MeetingProviderError({
      status,
      code: 'InvalidResponse',
      message: 'Microsoft Graph answered without an event id',
    });
  }
  return { eventId: parsed.data.id, joinUrl: parsed.data.onlineMeeting?.joinUrl ?? undefined };
}

const errorAnswer = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

function retryAfter(header: string | null): number | undefined {
  const seconds = Number(header ?? Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** The typed error for a non-2xx Graph answer (`{ error: { code, message } }` when Graph sent one). */
export function httpError(
  status: number,
  body: unknown,
  retryAfterHeader: string | null,
): MeetingProviderError {
  const parsed = errorAnswer.safeParse(body);
  return new MeetingProviderError({
    status,
    code: parsed.success ? parsed.data.error.code : 'HttpError',
    message: parsed.success
      ? `Microsoft Graph: ${parsed.data.error.message}`
      : `Microsoft Graph answered ${status}`,
    retryAfterSeconds: retryAfter(retryAfterHeader),
  });
}
