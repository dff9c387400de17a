/**
 * English strings of the meeting chat: agenda, feedback poll and results. Merged into `en.ts`
 * under `meeting`; `meeting.fr.ts` must have the same keys.
 */
export const meetingEn = {
  placeholder: 'Meeting chat',
} as const;
