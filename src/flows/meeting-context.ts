import { randomInt } from 'node:crypto';
import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { todayIn } from '../domain/dates.js';
import { stringsFor, type Language } from '../i18n/i18n.js';
import type { Session } from '../store/session-types.js';
import type { Turn } from '../teams/turn.js';

/** The two meeting-chat commands that link a chat to a session. */
export type MeetingCommand = 'agenda' | 'feedback';

const REFERENCE = /\bJLP-\d{4}-\d{4,}\b/gi;

/**
 * The part an argument names (`agenda JLP-2026-0042 2`, `part 2`, `partie 2`), else the part
 * held today in the session's zone, else the next one not ended, else the last.
 */
export function choosePart(session: Session, argument: string, now: Date): number {
  const named = /\b([1-9])\b/.exec(argument.replace(REFERENCE, ' '));
  const number = named ? Number(named[1]) : undefined;
  if (session.parts.some((p) => p.part === number)) return number ?? 1;
  const today = todayIn(session.timeZone, now);
  const part =
    session.parts.find((p) => p.date === today) ??
    session.parts.find((p) => p.endUtc > now) ??
    session.parts.at(-1);
  return part?.part ?? 1;
}

/** Where a session's proactive messages go from: its request's tenant and service URL. */
export async function origin(
  deps: Pick<Deps, 'store'>,
  session: Session,
): Promise<{ tenantId: string; serviceUrl: string }> {
  const request = await deps.store.requests.byId(session.requestId);
  if (!request) throw new Error(`the request of ${session.reference} is missing`);
  return { tenantId: request.tenantId, serviceUrl: request.serviceUrl };
}

/** The languages of a first proactive card: the person's choice, else both (SPEC.md). */
export async function recipientLanguages(
  deps: Pick<Deps, 'store'>,
  aadObjectId: string,
): Promise<Language[]> {
  const person = await deps.store.people.get(aadObjectId);
  return person?.language ? [person.language] : ['en', 'fr'];
}

/** A message card in the sender's language, titled with the bot's name. */
export async function notice(
  deps: Deps,
  turn: Turn,
  pick: (t: ReturnType<typeof stringsFor>['meeting']) => string,
  tone: 'default' | 'attention' | 'good' = 'attention',
): Promise<AdaptiveCard> {
  const language = await deps.languageOf(turn);
  const t = stringsFor(language);
  return deps.messageCard(language, t.app.name, pick(t.meeting), tone);
}

/** A uniform random order, from the system's cryptographic generator (Fisher–Yates). */
export function secureShuffle(items: string[]): string[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    const a = items[i] ?? '';
    items[i] = items[j] ?? '';
    items[j] = a;
  }
  return items;
}
