import type { Strings } from './en.js';

/** French strings of the meeting chat (see `meeting.en.ts`). To be reviewed by a certified translator. */
export const meetingFr: Strings['meeting'] = {
  placeholder: 'Conversation de la réunion',
};
