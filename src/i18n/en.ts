/**
 * Every English string a user sees. `fr.ts` must have the same keys (the type checker and a
 * test enforce it). Placeholders are `{name}`, filled by `format()`, never by a template.
 */
export const en = {
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
      'I help you request and follow a facilitated discussion of the Joint Learning Program, delivered jointly by a union and an employer facilitator.',
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
    actionRequest: 'Request a discussion',
    actionMyRequests: 'My requests',
    roleEmployee: 'You are using JLP Conversations as an employee.',
    roleCoordinator: 'You are a regional coordinator for {regions}.',
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
    rateLimited: 'You are sending requests too quickly. Please wait a minute and try again.',
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
    body: 'Your request {reference} was sent to the coordinators of {region}. They will contact you to schedule the session.',
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
