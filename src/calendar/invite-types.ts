import { z } from 'zod';

/** A session's language: English, French, or both (bilingual text is English then French). */
export type InviteLanguage = 'en' | 'fr' | 'bilingual';

/** Someone on the invitation. People without an email address cannot be invited. */
export interface InvitePerson {
  name: string;
  email?: string | undefined;
}

/** A person invited to a session, with the part they play in it. */
export interface InviteAttendee extends InvitePerson {
  role: 'facilitator' | 'requester';
}

/** One sitting of a session, as instants. */
export interface InvitePart {
  startUtc: Date;
  endUtc: Date;
}

/** Everything a calendar invitation says about a scheduled session. */
export interface InviteInput {
  /** The session's stable id: the UIDs are built from it, so it must not change on reschedule. */
  sessionId: string;
  /** The request's reference, e.g. `JLP-2026-0042`. */
  reference: string;
  /** 0 when first scheduled, one more on every reschedule and on the cancellation. */
  sequence: number;
  /** When the invitation is made (DTSTAMP). */
  now: Date;
  /** True for the cancellation (`METHOD:CANCEL`, `STATUS:CANCELLED`). */
  cancelled?: boolean | undefined;
  language: InviteLanguage;
  title: { en: string; fr: string };
  objectives: { en: string[]; fr: string[] };
  /** One part, or two on different days; each becomes its own VEVENT. */
  parts: InvitePart[];
  /** The Teams meeting's join link (http or https), when there is one. */
  joinUrl?: string | undefined;
  /** The coordinator who scheduled the session. */
  organizer: InvitePerson;
  /** The facilitators and the requester. Those without an email are left off the ATTENDEE lines. */
  attendees: InviteAttendee[];
  /** The organizer's address when they have none, e.g. `noreply@jlp.example.ca`. */
  fallbackEmail: string;
}

const MAX_SEQUENCE = 2_147_483_647;

const person = { name: z.string().min(1), email: z.email().optional() };

const part = z
  .object({ startUtc: z.date(), endUtc: z.date() })
  .refine((value) => value.endUtc > value.startUtc, { error: 'a part must end after it starts' });

/**
 * The shape `buildInvite` accepts. A bad value here is a programming error upstream (the roster
 * and the scheduling form validate what people type), so it is refused loudly rather than
 * turned into a file a calendar would reject or misread.
 */
export const inviteInputSchema = z.object({
  // The UID is `<sessionId>-p<n>@…`: whitespace or `@` in the id would make it ambiguous.
  sessionId: z.string().regex(/^[^\s@]+$/),
  reference: z.string().min(1),
  sequence: z.number().int().min(0).max(MAX_SEQUENCE),
  now: z.date(),
  cancelled: z.boolean().optional(),
  language: z.enum(['en', 'fr', 'bilingual']),
  title: z.object({ en: z.string().min(1), fr: z.string().min(1) }),
  objectives: z.object({ en: z.array(z.string()), fr: z.array(z.string()) }),
  parts: z.array(part).min(1),
  joinUrl: z.url({ protocol: /^https?$/ }).optional(),
  organizer: z.object(person),
  attendees: z.array(z.object({ ...person, role: z.enum(['facilitator', 'requester']) })),
  fallbackEmail: z.email(),
});
