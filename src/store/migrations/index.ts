import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as sessions from './0002-sessions.js';
import * as jobs from './0003-jobs.js';
import * as meetingFeedback from './0004-meeting-feedback.js';
import * as meetingEvent from './0005-meeting-event.js';
import * as catalogue from './0006-catalogue.js';

/** Every migration, in order; names never change once released. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-sessions': sessions,
  '0003-jobs': jobs,
  '0004-meeting-feedback': meetingFeedback,
  '0005-meeting-event': meetingEvent,
  '0006-catalogue': catalogue,
};
