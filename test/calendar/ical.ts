import ICAL from 'ical.js';
import type { InviteInput } from '../../src/calendar/invite.js';

/** What a test reads back from one VEVENT. */
export interface ParsedEvent {
  uid: string;
  sequence: number;
  dtstamp: Date;
  start: Date;
  end: Date;
  /** True when DTSTART and DTEND are UTC times (`…Z`). */
  utc: boolean;
  status: string;
  summary: string;
  description: string;
  location: string;
  url: string | undefined;
  organizer: { cn: unknown; address: string };
  attendees: { cn: unknown; address: string; role: unknown; partstat: unknown; rsvp: unknown }[];
}

/** What a test reads back from an invitation file. */
export interface ParsedCalendar {
  method: string;
  prodid: string;
  events: ParsedEvent[];
}

function text(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  if (typeof value !== 'string') throw new Error(`${name} is not text`);
  return value;
}

function time(component: ICAL.Component, name: string): ICAL.Time {
  const value = component.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a date-time`);
  return value;
}

function readEvent(event: ICAL.Component): ParsedEvent {
  const start = time(event, 'dtstart');
  const end = time(event, 'dtend');
  const organizer = event.getFirstProperty('organizer')!;
  const url = event.getFirstPropertyValue('url');
  return {
    uid: text(event, 'uid'),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    dtstamp: time(event, 'dtstamp').toJSDate(),
    start: start.toJSDate(),
    end: end.toJSDate(),
    utc: start.zone === ICAL.Timezone.utcTimezone && end.zone === ICAL.Timezone.utcTimezone,
    status: text(event, 'status'),
    summary: text(event, 'summary'),
    description: text(event, 'description'),
    location: text(event, 'location'),
    url: typeof url === 'string' ? url : undefined,
    organizer: { cn: organizer.getParameter('cn'), address: String(organizer.getFirstValue()) },
    attendees: event.getAllProperties('attendee').map((property) => ({
      cn: property.getParameter('cn'),
      address: String(property.getFirstValue()),
      role: property.getParameter('role'),
      partstat: property.getParameter('partstat'),
      rsvp: property.getParameter('rsvp'),
    })),
  };
}

/** Parses an invitation with ical.js, as a calendar client would. */
export function parseInvite(ics: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return {
    method: text(calendar, 'method'),
    prodid: text(calendar, 'prodid'),
    events: calendar.getAllSubcomponents('vevent').map(readEvent),
  };
}

/** A one-part English session with a join link, two facilitators and a requester. */
export function sampleInput(overrides: Partial<InviteInput> = {}): InviteInput {
  return {
    sessionId: 'ses_01',
    reference: 'JLP-2026-0042',
    sequence: 0,
    now: new Date('2026-02-02T15:04:05Z'),
    language: 'en',
    title: { en: 'Mental Health: Let’s Talk!', fr: 'Santé mentale\u00A0: parlons-en\u202F!' },
    objectives: {
      en: ['Recognise signs of distress', 'Know where to find support'],
      fr: ['Reconnaître les signes de détresse', 'Savoir où trouver du soutien'],
    },
    parts: [
      { startUtc: new Date('2026-03-05T14:00:00Z'), endUtc: new Date('2026-03-05T17:30:00Z') },
    ],
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ%40thread.v2/0',
    organizer: { name: 'Camille Roy', email: 'camille.roy@example.gc.ca' },
    attendees: [
      { name: 'Alex Union', email: 'alex.union@example.ca', role: 'facilitator' },
      { name: 'Blair Employer', email: 'blair.employer@example.gc.ca', role: 'facilitator' },
      { name: 'Robin Requester', email: 'robin@example.gc.ca', role: 'requester' },
    ],
    fallbackEmail: 'noreply@jlp.example.ca',
    ...overrides,
  };
}
