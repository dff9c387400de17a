import { escapeMarkdown } from '../cards/markdown.js';
import type { Deps } from '../deps.js';
import { formatDateTimeWithZone } from '../domain/time-zones.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { Session } from '../store/session-types.js';

/** The facilitators' names, union first. */
export async function facilitatorNames(
  deps: Pick<Deps, 'store'>,
  session: Session,
): Promise<string> {
  const union = await deps.store.roster.get(session.unionFacilitator, 'facilitator');
  const employer = await deps.store.roster.get(session.employerFacilitator, 'facilitator');
  return [union?.name, employer?.name]
    .filter((n) => n)
    .map((n) => escapeMarkdown(n ?? ''))
    .join(' · ');
}

/** When each part runs, in `zone`, with the zone's name: one line per part. */
export function sessionWhen(session: Session, zone: string, language: Language): string[] {
  const t = stringsFor(language);
  return session.parts.map((part) => {
    const when = formatDateTimeWithZone(part.startUtc, zone, language, part.endUtc);
    return session.parts.length > 1
      ? `${format(t.session.part, { part: part.part })} — ${when}`
      : when;
  });
}

/** The zone to show a person times in: theirs when the bot has seen it, else the session's. */
export async function zoneFor(
  deps: Pick<Deps, 'store'>,
  aadObjectId: string,
  fallback: string,
): Promise<string> {
  return (await deps.store.people.get(aadObjectId))?.timeZone ?? fallback;
}

/** The topic's title in a language (from the session's own snapshot of the catalogue). */
export function sessionTitle(session: Session, language: Language): string {
  return session.topicSnapshot.title[language];
}

/** The public link of the session's calendar file, when the bot has a public URL. */
export function calendarUrl(
  publicUrl: string | undefined,
  session: Session,
  part?: number,
): string {
  if (!publicUrl) return '';
  const base = `${publicUrl.replace(/\/+$/, '')}/calendar/${session.icsToken}.ics`;
  // Outlook reads only the first event of a file: a two-part session gets a link per part.
  return part === undefined ? base : `${base}?part=${part}`;
}

/** For a requester's list: when their scheduled session runs (their zone) and who leads it. */
export async function sessionFacts(
  deps: Pick<Deps, 'store'>,
  requestId: string,
  language: Language,
): Promise<{ title: string; value: string }[]> {
  const session = await deps.store.sessions.byRequestId(requestId);
  if (session?.status !== 'scheduled') return [];
  const request = await deps.store.requests.byId(requestId);
  const zone = request
    ? await zoneFor(deps, request.requesterAadId, session.timeZone)
    : session.timeZone;
  const t = stringsFor(language);
  return [
    ...sessionWhen(session, zone, language).map((value) => ({ title: t.session.when, value })),
    { title: t.session.facilitators, value: await facilitatorNames(deps, session) },
  ];
}
