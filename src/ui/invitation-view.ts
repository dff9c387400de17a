import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { Session } from '../store/session-types.js';
import { facilitatorNames, sessionTitle, sessionWhen } from './session-view.js';

/** What the person looking at the card can do, and what just happened. */
export interface InvitationState {
  /** The language(s) of the status line and buttons: the presser's, or both when unknown. */
  language: Language | Language[];
  status: string;
  statusColor: 'Default' | 'Good' | 'Attention';
  registered: boolean;
  /** A zone to show the time in too (the presser's), if known. */
  viewerZone?: string | undefined;
  banner?: string;
}

/** The invitation card: one section per session language, Register or Leave for the viewer. */
export async function invitationCard(
  deps: Deps,
  session: Session,
  state: InvitationState,
): Promise<AdaptiveCard> {
  const languages: Language[] =
    session.language === 'bilingual' ? ['en', 'fr'] : [session.language];
  const registered = await deps.store.registrations.count(session.id);
  const left = Math.max(0, session.capacity - registered);
  const open =
    session.status === 'scheduled' &&
    (session.parts[0]?.startUtc.getTime() ?? 0) > deps.clock.now().getTime();
  const names = await facilitatorNames(deps, session);
  const sections = languages.map((language) => {
    const t = stringsFor(language);
    const seats = !open
      ? t.invitation.closed
      : left === 0
        ? t.invitation.full
        : format(t.invitation.seatsLeft, { count: left });
    const facts = [
      ...sessionWhen(session, session.timeZone, language).map((value) => ({
        title: t.session.when,
        value,
      })),
      ...(state.viewerZone && state.viewerZone !== session.timeZone
        ? sessionWhen(session, state.viewerZone, language).map((value) => ({
            title: t.invitation.yourTime,
            value,
          }))
        : []),
      { title: t.session.facilitators, value: names },
      { title: t.session.seats, value: seats },
      { title: t.common.reference, value: session.reference },
    ];
    return {
      title: format(t.invitation.title, { topic: sessionTitle(session, language) }),
      intro: t.invitation.intro,
      objectivesTitle: t.invitation.objectives,
      objectives: session.topicSnapshot.objectives[language].map((o) => `- ${o}`).join('\n'),
      facts,
    };
  });
  const own = Array.isArray(state.language) ? state.language : [state.language];
  const both = (pick: (t: ReturnType<typeof stringsFor>) => string) =>
    own.map((l) => pick(stringsFor(l))).join(' / ');
  return deps.cards.render('invitation', {
    lang: languages[0] ?? 'en',
    banner: state.banner ?? '',
    sections,
    status: state.status,
    statusColor: state.statusColor,
    sessionId: session.id,
    registerTitle: both((t) => t.invitation.register),
    leaveTitle: both((t) => t.invitation.leave),
    canRegister: open && !state.registered && left > 0,
    canLeave: open && state.registered,
  });
}

/** "12 seats left" (or full, or closed) in a language, for status lines. */
export async function seatsLine(deps: Deps, session: Session, language: Language): Promise<string> {
  const t = stringsFor(language);
  const left = Math.max(0, session.capacity - (await deps.store.registrations.count(session.id)));
  return left === 0 ? t.invitation.full : format(t.invitation.seatsLeft, { count: left });
}
