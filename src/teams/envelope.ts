import { z } from 'zod';

/**
 * The fields every Bot Framework activity must carry before it reaches botbuilder: teams-ai
 * crashes on a bare `{"type":"message"}`, and a crash must never become a 5xx.
 */
export const activityEnvelopeSchema = z.looseObject({
  type: z.string().min(1),
  channelId: z.string().min(1),
  // Replies and proactive messages go to this URL: a web address only (no file:, javascript:…).
  serviceUrl: z.url({ protocol: /^https?$/ }),
  from: z.looseObject({ id: z.string().min(1) }),
  conversation: z.looseObject({ id: z.string().min(1) }),
  recipient: z.looseObject({ id: z.string().min(1) }),
});

/** Lists what is wrong with a request body as an activity, or returns an empty list. */
export function envelopeProblems(body: unknown): string[] {
  const parsed = activityEnvelopeSchema.safeParse(body);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
}
