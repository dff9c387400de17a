import { createEvents, type Attendee, type EventAttributes } from 'ics';
import { foldLines, unfold } from './fold.js';
import { descriptionOf, locationOf, plainText, summaryOf } from './invite-text.js';
import { inviteInputSchema, type InviteInput, type InvitePerson } from './invite-types.js';

export type {
  InviteAttendee,
  InviteInput,
  InviteLanguage,
  InvitePart,
  InvitePerson,
} from './invite-types.js';

/** The PRODID of every invitation the bot makes. */
export const INVITE_PRODID = '-//PSAC-TBS Joint Learning Program//JLP Conversations//EN';

/** The `ics` library reads DTSTAMP from `timestamp`, which its type declarations omit. */
type StampedEvent = EventAttributes & { timestamp: number };

/**
 * The UID of one part of a session: `<sessionId>-p<n>@jlp-conversations` (n from 1). A
 * one-part session uses `-p1` too, so its UID survives being rescheduled into two parts.
 */
export function partUid(sessionId: string, partNumber: number): string {
  return `${sessionId}-p${partNumber}@jlp-conversations`;
}

/**
 * A CN parameter value is double-quoted and cannot contain a double quote or a line break
 * (the `ics` library would write `\"`, which RFC 5545 does not allow), so those become `'` and
 * spaces.
 */
function paramText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return text.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

function attendeesOf(input: InviteInput): Attendee[] {
  const seen = new Set<string>();
  const attendees: Attendee[] = [];
  for (const person of input.attendees) {
    if (!person.email || seen.has(person.email.toLowerCase())) continue;
    seen.add(person.email.toLowerCase());
    attendees.push({
      name: paramText(person.name),
      email: person.email,
      role: 'REQ-PARTICIPANT',
      partstat: 'NEEDS-ACTION',
      rsvp: true,
    });
  }
  return attendees;
}

function organizerOf(organizer: InvitePerson, fallbackEmail: string) {
  return { name: paramText(organizer.name), email: organizer.email ?? fallbackEmail };
}

function partEvent(input: InviteInput, index: number): StampedEvent {
  const part = input.parts[index];
  if (!part) throw new RangeError(`no part ${index + 1} in session ${input.sessionId}`);
  return {
    uid: partUid(input.sessionId, index + 1),
    sequence: input.sequence,
    timestamp: input.now.getTime(),
    // Instants in, `…Z` out: no VTIMEZONE to get wrong, and each calendar shows its own zone.
    start: part.startUtc.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: part.endUtc.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: summaryOf(input, index),
    description: descriptionOf(input, index),
    location: plainText(locationOf(input)),
    ...(input.joinUrl ? { url: input.joinUrl } : {}),
    status: input.cancelled ? 'CANCELLED' : 'CONFIRMED',
    ...(input.cancelled ? {} : { busyStatus: 'BUSY' as const }),
    organizer: organizerOf(input.organizer, input.fallbackEmail),
    attendees: attendeesOf(input),
  };
}

/**
 * `ics` quotes every parameter value (`ROLE="REQ-PARTICIPANT"`). That is valid, but the
 * enumerated values are written bare everywhere else, and some clients compare them as written.
 */
function unquoteEnumerations(text: string): string {
  // Only ATTENDEE lines: names cannot hold `"` (see `paramText`), and text values elsewhere
  // could contain the same characters.
  return text
    .split('\r\n')
    .map((line) =>
      line.startsWith('ATTENDEE;') ? line.replace(/;(ROLE|PARTSTAT)="([A-Z-]+)"/g, ';$1=$2') : line,
    )
    .join('\r\n');
}

function calendarOf(input: InviteInput, indexes: number[]): string {
  const events = indexes.map((index) => partEvent(input, index));
  const method = input.cancelled ? 'CANCEL' : 'REQUEST';
  const { error, value } = createEvents(events, { productId: INVITE_PRODID, method });
  if (error || value === null) {
    throw new Error(`cannot build the invitation for ${input.reference}`, { cause: error });
  }
  return foldLines(unquoteEnumerations(unfold(value)));
}

/**
 * The iCalendar invitation (RFC 5545 / iTIP RFC 5546) for a scheduled session: one VEVENT per
 * part, each with its own UID (`partUid`), DTSTART/DTEND in UTC, DTSTAMP = `now`, SEQUENCE,
 * SUMMARY and DESCRIPTION in the session's language, LOCATION (join link or "Microsoft Teams"),
 * URL (when there is a join link), ORGANIZER and ATTENDEE lines (REQ-PARTICIPANT,
 * NEEDS-ACTION, RSVP=TRUE). `METHOD:REQUEST`, or `METHOD:CANCEL` with `STATUS:CANCELLED`.
 *
 * Attendees without an email address are left out: an ATTENDEE is a calendar address, and a
 * made-up one would send replies nowhere (their names still appear in the description). An
 * organizer without one gets `fallbackEmail`. Text is escaped and lines folded at 75 octets.
 *
 * Outlook (and so Teams) acts only on the first UID of a `METHOD:REQUEST` file, so for a
 * two-part session serve `buildPartInvite` files, one per part; this whole-session file suits
 * calendars that import every event (Google, Apple, Thunderbird).
 *
 * @throws ZodError when the input breaks `inviteInputSchema` (e.g. a part ending before it starts)
 */
export function buildInvite(input: InviteInput): string {
  const valid = inviteInputSchema.parse(input);
  return calendarOf(
    valid,
    valid.parts.map((_, index) => index),
  );
}

/**
 * The invitation for one part of a session alone (same UID, SEQUENCE and wording as in
 * `buildInvite`), for Outlook, which reads only the first event of a scheduling file.
 *
 * @param partNumber - the part, from 1
 * @throws RangeError when the session has no such part; ZodError as `buildInvite`
 */
export function buildPartInvite(input: InviteInput, partNumber: number): string {
  const valid = inviteInputSchema.parse(input);
  return calendarOf(valid, [partNumber - 1]);
}
