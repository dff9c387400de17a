import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { buildInvite, buildPartInvite, INVITE_PRODID } from '../../src/calendar/invite.js';
import { parseInvite, sampleInput } from './ical.js';

/** The UTC instant of a local wall time in a zone, computed independently of the code. */
function utc(local: string, zone: string): Date {
  const time = DateTime.fromISO(local, { zone });
  if (!time.isValid) throw new Error(`bad test time ${local} ${zone}`);
  return time.toUTC().toJSDate();
}

function basic(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

describe('buildInvite: a one-part session', () => {
  const ics = buildInvite(sampleInput());
  const calendar = parseInvite(ics);
  const event = calendar.events[0]!;

  it('is a REQUEST from the program with one VEVENT', () => {
    expect(calendar.method).toBe('REQUEST');
    expect(calendar.prodid).toBe(INVITE_PRODID);
    expect(calendar.events).toHaveLength(1);
    expect(event.status).toBe('CONFIRMED');
    expect(ics).toContain('X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\n');
  });

  it('names the part by session id, stamps it with now and the sequence', () => {
    expect(event.uid).toBe('ses_01-p1@jlp-conversations');
    expect(event.sequence).toBe(0);
    expect(event.dtstamp).toEqual(new Date('2026-02-02T15:04:05Z'));
    expect(ics).toContain('DTSTAMP:20260202T150405Z\r\n');
  });

  it('gives the times in UTC', () => {
    expect(event.utc).toBe(true);
    expect(event.start).toEqual(new Date('2026-03-05T14:00:00Z'));
    expect(event.end).toEqual(new Date('2026-03-05T17:30:00Z'));
    expect(ics).not.toContain('VTIMEZONE');
    expect(ics).not.toContain('TZID');
  });

  it('uses the join link as location and URL', () => {
    const link = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ%40thread.v2/0';
    expect(event.location).toBe(link);
    expect(event.url).toBe(link);
  });

  it('names the coordinator as organizer and invites facilitators and requester', () => {
    expect(event.organizer).toEqual({
      cn: 'Camille Roy',
      address: 'MAILTO:camille.roy@example.gc.ca',
    });
    const invited = { role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: 'TRUE' };
    expect(event.attendees).toEqual([
      { cn: 'Alex Union', address: 'mailto:alex.union@example.ca', ...invited },
      { cn: 'Blair Employer', address: 'mailto:blair.employer@example.gc.ca', ...invited },
      { cn: 'Robin Requester', address: 'mailto:robin@example.gc.ca', ...invited },
    ]);
    expect(ics).toContain('ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION');
  });

  it('uses CRLF line ends only', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('buildInvite: times in Canadian zones', () => {
  const cases = [
    { name: "St. John's, winter (UTC−3:30)", zone: 'America/St_Johns', day: '2026-02-10' },
    { name: "St. John's, summer (UTC−2:30)", zone: 'America/St_Johns', day: '2026-06-10' },
    { name: 'Regina, no DST (UTC−6)', zone: 'America/Regina', day: '2026-06-10' },
    { name: 'Whitehorse, year-round (UTC−7)', zone: 'America/Whitehorse', day: '2026-01-13' },
  ];

  it.each(cases)('$name: DTSTART and DTEND are the UTC instants', ({ zone, day }) => {
    const startUtc = utc(`${day}T10:00`, zone);
    const endUtc = utc(`${day}T13:30`, zone);
    const ics = buildInvite(sampleInput({ parts: [{ startUtc, endUtc }] }));
    const event = parseInvite(ics).events[0]!;
    expect([event.start, event.end]).toEqual([startUtc, endUtc]);
    expect(ics).toContain(`DTSTART:${basic(startUtc)}\r\n`);
    expect(ics).toContain(`DTEND:${basic(endUtc)}\r\n`);
  });

  it("puts 10:00 in St. John's at 13:30Z in winter", () => {
    const startUtc = utc('2026-02-10T10:00', 'America/St_Johns');
    const ics = buildInvite(
      sampleInput({ parts: [{ startUtc, endUtc: new Date(+startUtc + 1) }] }),
    );
    expect(ics).toContain('DTSTART:20260210T133000Z\r\n');
  });
});

describe('buildInvite: a two-part session across the March DST change', () => {
  // Toronto moves to EDT on Sunday 2026-03-08: the same 13:00 start is 18:00Z then 17:00Z.
  const parts = [
    {
      startUtc: utc('2026-03-06T13:00', 'America/Toronto'),
      endUtc: utc('2026-03-06T16:00', 'America/Toronto'),
    },
    {
      startUtc: utc('2026-03-10T13:00', 'America/Toronto'),
      endUtc: utc('2026-03-10T16:30', 'America/Toronto'),
    },
  ];
  const ics = buildInvite(sampleInput({ parts }));
  const events = parseInvite(ics).events;

  it('has one VEVENT per part, each with its own UID', () => {
    expect(events.map((event) => event.uid)).toEqual([
      'ses_01-p1@jlp-conversations',
      'ses_01-p2@jlp-conversations',
    ]);
  });

  it('gives each part its own UTC instants', () => {
    expect(events.map((event) => [event.start, event.end])).toEqual(
      parts.map((part) => [part.startUtc, part.endUtc]),
    );
    expect(ics).toContain('DTSTART:20260306T180000Z\r\n');
    expect(ics).toContain('DTSTART:20260310T170000Z\r\n');
  });

  it('tells the parts apart in the summary', () => {
    expect(events.map((event) => event.summary)).toEqual([
      'Mental Health: Let’s Talk! (JLP-2026-0042, part 1 of 2)',
      'Mental Health: Let’s Talk! (JLP-2026-0042, part 2 of 2)',
    ]);
  });

  it('buildPartInvite gives one part alone, with the same UID', () => {
    const second = parseInvite(buildPartInvite(sampleInput({ parts }), 2));
    expect(second.method).toBe('REQUEST');
    expect(second.events.map((event) => [event.uid, event.start])).toEqual([
      ['ses_01-p2@jlp-conversations', parts[1]!.startUtc],
    ]);
    expect(second.events[0]!.summary).toContain('part 2 of 2');
  });

  it('buildPartInvite refuses a part the session does not have', () => {
    expect(() => buildPartInvite(sampleInput({ parts }), 3)).toThrow(RangeError);
    expect(() => buildPartInvite(sampleInput({ parts }), 0)).toThrow(RangeError);
  });
});

describe('buildInvite: reschedule and cancellation', () => {
  const parts = [
    { startUtc: new Date('2026-04-14T13:00:00Z'), endUtc: new Date('2026-04-14T16:00:00Z') },
    { startUtc: new Date('2026-04-16T13:00:00Z'), endUtc: new Date('2026-04-16T16:30:00Z') },
  ];

  it('keeps the UIDs and raises the sequence when moved', () => {
    const moved = parseInvite(buildInvite(sampleInput({ parts, sequence: 1 })));
    expect(moved.events.map((event) => [event.uid, event.sequence])).toEqual([
      ['ses_01-p1@jlp-conversations', 1],
      ['ses_01-p2@jlp-conversations', 1],
    ]);
  });

  it('is a CANCEL with every part CANCELLED', () => {
    const ics = buildInvite(sampleInput({ parts, sequence: 2, cancelled: true }));
    const calendar = parseInvite(ics);
    expect(calendar.method).toBe('CANCEL');
    expect(calendar.events.map((event) => [event.uid, event.sequence, event.status])).toEqual([
      ['ses_01-p1@jlp-conversations', 2, 'CANCELLED'],
      ['ses_01-p2@jlp-conversations', 2, 'CANCELLED'],
    ]);
    expect(calendar.events[0]!.description).toMatch(/^This session has been cancelled\.\n/);
    expect(calendar.events[0]!.description).not.toContain('Join the meeting');
    expect(calendar.events[0]!.attendees).toHaveLength(3);
    expect(ics).not.toContain('BUSYSTATUS');
  });
});

describe('buildInvite: organizer and attendees', () => {
  it('falls back to the no-reply address for an organizer without email', () => {
    const input = sampleInput({ organizer: { name: 'Sam Coordinator' } });
    const event = parseInvite(buildInvite(input)).events[0]!;
    expect(event.organizer).toEqual({
      cn: 'Sam Coordinator',
      address: 'MAILTO:noreply@jlp.example.ca',
    });
  });

  it('leaves out people without email and repeats of an address', () => {
    const attendees = [
      { name: 'Alex Union', role: 'facilitator' as const },
      { name: 'Blair Employer', email: 'Blair@example.ca', role: 'facilitator' as const },
      { name: 'Blair again', email: 'blair@EXAMPLE.ca', role: 'requester' as const },
    ];
    const event = parseInvite(buildInvite(sampleInput({ attendees }))).events[0]!;
    expect(event.attendees.map((person) => person.address)).toEqual(['mailto:Blair@example.ca']);
    expect(event.description).toContain('Facilitators: Alex Union, Blair Employer');
  });

  it('keeps a name with a double quote or a line break inside its CN', () => {
    const attendees = [
      { name: 'Jo "JJ" Smith\nJr.', email: 'jo@example.ca', role: 'requester' as const },
    ];
    const ics = buildInvite(sampleInput({ attendees }));
    expect(parseInvite(ics).events[0]!.attendees[0]!.cn).toBe("Jo 'JJ' Smith Jr.");
  });
});

describe('buildInvite: without a join link', () => {
  it('says Microsoft Teams and has no URL', () => {
    const event = parseInvite(buildInvite(sampleInput({ joinUrl: undefined }))).events[0]!;
    expect(event.location).toBe('Microsoft Teams');
    expect(event.url).toBeUndefined();
    expect(event.description).not.toContain('Join the meeting');
  });
});

describe('buildInvite: refuses input a calendar would misread', () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    [
      'a part ending before it starts',
      { parts: [{ startUtc: at('2026-03-05T15:00Z'), endUtc: at('2026-03-05T14:00Z') }] },
    ],
    ['no parts', { parts: [] }],
    ['an invalid date', { now: new Date(Number.NaN) }],
    ['a negative sequence', { sequence: -1 }],
    ['a fractional sequence', { sequence: 1.5 }],
    ['a session id with a space', { sessionId: 'ses 01' }],
    ['a join link that is not http(s)', { joinUrl: 'javascript:alert(1)' }],
    ['a bad fallback address', { fallbackEmail: 'noreply' }],
    [
      'a bad attendee address',
      { attendees: [{ name: 'X', email: 'x@', role: 'requester' as const }] },
    ],
  ])('%s', (_name, overrides) => {
    expect(() => buildInvite(sampleInput(overrides))).toThrow();
  });
});
