import { meetingEn } from './meeting.en.js';
import { privacyEn } from './privacy.en.js';
import { adminEn } from './admin.en.js';

/**
 * Every English string a user sees. `fr.ts` must have the same keys (the type checker and a
 * test enforce it). Placeholders are `{name}`, filled by `format()`, never by a template.
 */
export const en = {
  meeting: meetingEn,
  privacy: privacyEn,
  admin: adminEn,
  lang: { code: 'en', switchTo: 'Français', switchToCode: 'fr' },
  app: { name: 'JLP Conversations', program: 'Joint Learning Program (JLP)' },
  common: {
    reference: 'Reference',
    status: 'Status',
    topic: 'Topic',
    region: 'Region',
    language: 'Language',
    department: 'Department or agency',
    participants: 'Participants',
    preferredDate: 'Preferred date',
    alternateDate: 'Alternate date',
    preferredTime: 'Preferred start time',
    timeZone: 'Time zone',
    accessibility: 'Accessibility needs',
    notes: 'Notes for the coordinators',
    requester: 'Requested by',
    submitted: 'Submitted',
    none: 'None',
    duration: '{min}–{max} h',
    durationFixed: '{hours} h',
    preReading: 'Pre-reading: {title} (about {minutes} min)',
    back: 'Back',
    help: 'Help',
  },
  languages: { en: 'English', fr: 'French', bilingual: 'Bilingual (English and French)' },
  status: { open: 'Waiting for scheduling', scheduled: 'Scheduled', cancelled: 'Cancelled' },
  help: {
    title: 'JLP Conversations',
    intro:
      'I help you request and follow a facilitated discussion of the Joint Learning Program (JLP) of the Public Service Alliance of Canada (PSAC) and the Treasury Board of Canada Secretariat (TBS), delivered jointly by a union and an employer facilitator.',
    commandsTitle: 'What you can type',
    groupHint: 'In a group or meeting chat, mention me first: @JLP Conversations help.',
    cmdHelp: 'help: this card',
    cmdRequest: 'request: request a discussion for your team',
    cmdMyRequests: 'my requests: follow or cancel your requests',
    cmdQueue: 'queue: your region’s requests waiting to be scheduled',
    cmdSessions: 'sessions: upcoming sessions',
    cmdAgenda: 'agenda: post a session’s agenda in its meeting chat',
    cmdPrereading: 'prereading: send a session’s pre-reading now',
    cmdFeedback: 'feedback: open a session’s anonymous feedback poll',
    cmdResults: 'results: see a session’s anonymous feedback',
    cmdAdmin: 'admin: keep the roster and the topic catalogue, see their history',
    cmdPrivacy: 'privacy export or privacy erase, then an object ID: answer a Privacy Act request',
    actionRequest: 'Request a discussion',
    actionMyRequests: 'My requests',
    actionQueue: 'Queue',
    actionSessions: 'Sessions',
    roleEmployee: 'You are using JLP Conversations as an employee.',
    roleCoordinator: 'You are a regional coordinator ({regions}).',
    roleFacilitator: 'You are a JLP facilitator.',
    roleAdministrator: 'You are a program administrator.',
  },
  request: {
    title: 'Request a discussion',
    intro:
      'Tell us about your team. The two regional coordinators (union and employer) will schedule the session with you.',
    aboutTopics: 'About the topics',
    hideTopics: 'Hide the topics',
    topicPlaceholder: 'Choose a topic',
    regionPlaceholder: 'Choose your region',
    departmentPlaceholder: 'e.g. Employment and Social Development Canada',
    participantsHint: 'Between 2 and 100 people',
    timeHint: 'Start time, 24-hour clock (HH:MM)',
    accessibilityPlaceholder: 'Interpretation, captioning, breaks, format…',
    notesPlaceholder: 'Anything the coordinators should know',
    submit: 'Send the request',
    fixErrors: 'Please correct the highlighted fields. Nothing was sent.',
    optional: '(optional)',
  },
  errors: {
    required: 'This field is required.',
    topic: 'Choose one of the listed topics.',
    region: 'Choose one of the six regions.',
    language: 'Choose English, French or bilingual.',
    participants: 'Enter a whole number of participants from 2 to 100.',
    dateFormat: 'Enter a date as YYYY-MM-DD.',
    dateNotFuture: 'Choose a date after today ({today}).',
    weekend: 'Choose a weekday: sessions are held Monday to Friday.',
    holiday: 'That day is a designated paid holiday ({holiday}); choose another.',
    alternateSame: 'The alternate date must differ from the preferred date.',
    timeFormat: 'Enter a time as HH:MM, on the 24-hour clock (e.g. 09:30).',
    timeZone: 'Choose a Canadian time zone from the list.',
    tooLong: 'Shorten this to {max} characters or fewer (now {length}).',
    tooManyOpen:
      'You already have {count} open requests. Cancel one or wait until it is scheduled before sending another.',
    rateLimited:
      'You have sent many requests in the last few minutes. Please wait ten minutes and try again.',
    tooFast:
      'That was a lot of actions in a short time, so this one was not carried out. Please wait {seconds} s and try again.',
    invalidPayload:
      'This card is out of date or incomplete, so nothing was done. Type “help” to start again from a new card.',
    generic:
      'Something went wrong on our side and nothing was saved. Please try again in a moment. (Reference for support: {id})',
    notFound: 'I could not find that request.',
    notYours: 'Only the person who made this request can cancel it.',
    alreadyCancelled: 'This request was already cancelled.',
    alreadyScheduled:
      'This request is already scheduled: ask your regional coordinators to cancel the session.',
  },
  confirmation: {
    title: 'Request received',
    body: 'Your request {reference} was sent to the regional coordinators ({region}). They will contact you to schedule the session.',
    noCoordinators:
      'Your request {reference} was received. The region has no coordinator listed yet, so the program administrators were told instead.',
    next: 'Type “my requests” at any time to follow it.',
  },
  myRequests: {
    title: 'My requests',
    empty: 'You have no requests yet.',
    cancel: 'Cancel this request',
    cancelConfirm: 'Cancel {reference}? The coordinators will be told.',
    cancelYes: 'Yes, cancel it',
    cancelled: 'Request {reference} is cancelled. The coordinators were told.',
    more: 'Showing your {count} most recent requests.',
  },
  queue: {
    title: 'Requests waiting to be scheduled',
    titleRegion: 'Requests waiting to be scheduled: {regions}',
    empty: 'No request is waiting. Well done!',
    schedule: 'Schedule',
    refresh: 'Refresh',
    more: 'Showing the {count} oldest requests. Schedule these, then press Refresh for the next ones.',
    received: 'Received {date}',
    size: '{count} participants',
    yourZone: 'Times in your zone: {zone}',
  },
  schedule: {
    title: 'Schedule {reference}',
    rescheduleTitle: 'Reschedule {reference}',
    request: 'The request',
    date: 'Date',
    startTime: 'Start time',
    duration: 'Facilitated time (breaks included)',
    union: 'Union facilitator',
    employer: 'Employer facilitator',
    capacity: 'Seats (participants)',
    joinUrl: 'Teams meeting link (optional)',
    joinUrlPlaceholder: 'https://teams.microsoft.com/l/meetup-join/…',
    part2: 'Second part (optional: a long topic may be given over two days)',
    date2: 'Date of the second part',
    startTime2: 'Start time of the second part',
    duration2: 'Length of the second part',
    noSecondPart: 'No second part',
    submit: 'Schedule the session',
    resubmit: 'Save the new schedule',
    fixRules: 'The session cannot be scheduled as it is. Nothing was saved:',
    otherRegion: '{name} ({region})',
    minutes: '{hours} h',
    noneAvailable: 'No rostered facilitator of this side speaks the session’s language.',
    notOpenScheduled: 'Another coordinator already scheduled {reference}. Nothing was changed.',
    notOpenCancelled: 'The requester cancelled {reference}. Nothing was scheduled.',
    notAllowed:
      'Only the regional coordinators ({region}) or an administrator can schedule this request.',
    scheduled:
      'Scheduled. The requester, both facilitators and the other coordinator have been told.',
    rescheduled: 'Rescheduled. Everyone concerned has been told.',
    badNumber: 'Choose a value from the list.',
    badUrl: 'Enter a https:// link, or leave the field empty.',
    capacityRange: 'Seats must be a whole number from 2 to 100.',
  },
  rules: {
    'parts.count': 'A session has one or two parts.',
    'parts.sameDay': 'The two parts must be on different days.',
    'parts.order': 'The second part must come after the first.',
    'duration.range':
      'The facilitated time must be from {min} to {max} for this topic (now {total}).',
    'duration.partRange': 'Each part must last at least {min}.',
    'duration.splitNotAllowed':
      'Only topics of 6 h or more may be given in two parts: remove the second part.',
    'pairing.union': 'Choose a union facilitator.',
    'pairing.employer': 'Choose an employer facilitator.',
    'pairing.sameSide': 'The {slot} facilitator must be on the {slot} side.',
    'pairing.language': '{name} does not speak the session’s language: choose someone who does.',
    'facilitator.inactive': '{name} is no longer active in the roster: choose someone else.',
    'facilitator.doubleBooked':
      '{name} has {reference} within 30 minutes of this time: choose another time or facilitator.',
    'time.invalid': 'Check the date, start time and length of part {part}.',
    'time.zone': 'Choose a Canadian time zone.',
    'time.nonexistent':
      '{time} does not exist on {date} in this zone (the clocks change): choose another time.',
    'time.weekend': '{date} is a weekend day: choose a weekday.',
    'time.holiday': '{date} is a designated paid holiday ({holiday}): choose another day.',
    'time.outsideHours':
      'Part {part} must run inside working hours, {start} to {end}: start earlier or shorten it.',
    'time.crossesMidnight': 'Part {part} must end on the day it starts.',
    'time.past': '{date} is in the past: choose a later date.',
    'time.leadTime':
      'Participants need {days} working days to do the pre-reading: choose {earliest} or later.',
  },
  slots: { union: 'union', employer: 'employer' },
  session: {
    scheduledTitle: 'Session scheduled: {topic}',
    rescheduledTitle: 'Session rescheduled: {topic}',
    cancelledTitle: 'Session cancelled: {topic}',
    when: 'When',
    part: 'Part {part}',
    facilitators: 'Facilitators',
    seats: 'Seats',
    join: 'Join',
    calendar: 'Calendar',
    noLink: 'The meeting link will follow.',
    requesterNote:
      'To invite your team, type “@JLP Conversations invite {reference}” in your team’s chat or channel: the bot posts the invitation card there and participants register from it.',
    cancelledNote: 'This session will not take place.',
    registered: 'Registered: {count} of {capacity}',
  },
  sessions: {
    title: 'Upcoming sessions',
    empty: 'You have no upcoming sessions.',
    reschedule: 'Reschedule',
    cancel: 'Cancel the session',
    cancelConfirm:
      'Cancel {reference}? The requester, the facilitators and every registered participant will be told.',
    cancelYes: 'Yes, cancel the session',
    cancelled: 'Session {reference} is cancelled. Everyone concerned has been told.',
    notAllowed:
      'Only the regional coordinators ({region}) or an administrator can change this session.',
    notScheduled: 'This session is no longer scheduled.',
  },
  invitation: {
    title: 'You are invited: {topic}',
    intro:
      'A facilitated discussion of the Joint Learning Program, led jointly by a union and an employer facilitator.',
    objectives: 'In this discussion',
    seatsLeft: 'Seats left: {count}',
    full: 'This session is full.',
    closed: 'Registration is closed.',
    register: 'Register',
    leave: 'Cancel my registration',
    registered: 'You are registered. {seats}',
    already: 'You were already registered. {seats}',
    left: 'Your registration is cancelled. {seats}',
    yourTime: 'When, in your time zone',
    notFound: 'I could not find that session.',
    notAllowed:
      'Only the requester, the session’s facilitators and the region’s coordinators can post this invitation.',
    which: 'Which session? Type “invite” followed by its reference, e.g. invite JLP-2026-0042.',
  },
  prereading: {
    title: 'Before your session: {topic}',
    intro: 'Please do this reading before the session. It takes about {minutes} minutes.',
    reading: 'Reading',
    open: 'Open the reading',
    ack: 'I’ve read it',
    acknowledged: 'Thank you: marked as read.',
    notRegistered: 'This pre-reading is for the session’s registered participants.',
    none: 'This session’s topic has no pre-reading.',
    which:
      'Which session? Type “prereading” followed by its reference, e.g. prereading JLP-2026-0042.',
    noSession: 'You have no upcoming session with pre-reading.',
    notAllowed:
      'Only the session’s facilitators and the region’s coordinators can send its pre-reading.',
    sent: 'Pre-reading for {reference} sent now. Sent to: {sent}. Already read: {read}.',
    nobody:
      'Nobody is registered for {reference} yet: registrants will get the pre-reading as they register.',
    status: 'Pre-reading: {delivered} delivered, {pending} pending, {failed} failed, {read} read',
    failedNames: 'Not delivered to: {names}',
    reminderTitle: 'Reminder: {topic} tomorrow',
    send: 'Send the pre-reading now',
  },
  failures: {
    title: 'A message could not be delivered',
    body: 'JLP Conversations could not reach {who} ({reason}). The app may not be installed for them: ask them to install it, or contact them another way.',
  },
  notify: {
    newTitle: 'New discussion request for {region}',
    newBody: '{requester} requested “{topic}” for {participants} participants.',
    cancelledTitle: 'Request {reference} was cancelled',
    cancelledBody: '{requester} cancelled the request for “{topic}”.',
    noCoordinatorsNote:
      'No coordinator is listed for {region}: you are told as a program administrator.',
    preferred: '{date} at {time} ({zone})',
  },
} as const;

/** The shape every language's strings share. */
export type Strings = DeepStringify<typeof en>;

type DeepStringify<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : DeepStringify<T[K]>;
};
