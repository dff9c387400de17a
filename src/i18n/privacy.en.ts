/**
 * English strings of Privacy Act exports and erasures. Merged into `en.ts` under `privacy`;
 * `privacy.fr.ts` must have the same keys.
 */
export const privacyEn = {
  usage:
    'To answer a Privacy Act request, type “privacy export” or “privacy erase” followed by the person’s Azure AD object id, e.g. privacy export 00000000-0000-4000-8000-000000000000.',
  personalOnly:
    'Personal information is shown only in our 1:1 chat: type this command there, not in a group or meeting chat.',
  exportTitle: 'Personal information held about {id}',
  exportPage: 'Personal information held about {id} (continued, {page} of {pages})',
  exportIntro:
    'Everything JLP Conversations holds about this person, as of {date}. This export is recorded in the audit log.',
  feedbackNote:
    'Feedback answers are anonymous: they are stored with no identifier and cannot be linked to anyone, so they are not part of this export and cannot be erased for one person.',
  none: 'None',
  person: 'Profile',
  personFacts: 'Name: {name} · Language: {language} · Time zone: {zone} · Last seen: {date}',
  reachable: 'Conversation reference held: {value}',
  roster: 'Roster entries',
  rosterFacts: 'Role: {role} · Side: {side} · Region: {region} · Active: {active}',
  requests: 'Requests',
  registrations: 'Registrations',
  registrationFacts: 'Status: {status} · Registered: {date} · Pre-reading read: {read}',
  deliveries: 'Messages addressed to them',
  deliveryFacts: '{kind} · {state} · queued {date} · sent {sent}',
  audit: 'Audit log entries they made',
  auditFacts: '{date} · {action} · {entity} {entityId}',
  yes: 'yes',
  no: 'no',
  notSet: 'not set',
  eraseTitle: 'Erase the personal information of {id}?',
  eraseBody:
    'This removes the personal details from their requests (name, department, accessibility needs, notes and identifier are removed; the reference, topic, region and dates stay for the program’s figures), deletes their registrations, their profile and conversation reference, and the messages addressed to them; the audit entries they made no longer name them. It cannot be undone.',
  rosterNote:
    'Roster entries are managed by administrators: erasing does not change the roster. Remove or deactivate this person there if they no longer have a role.',
  eraseConfirm: 'Erase',
  erasedTitle: 'Personal information of {id} erased',
  erasedBody:
    'Erased on {date}: {requests} requests made anonymous, {registrations} registrations, {people} profile and {deliveries} messages deleted, {audit} audit entries they made no longer name them. The audit log records this erasure.',
  notAllowed: 'Only program administrators can answer Privacy Act requests.',
} as const;
