import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { formatDateTimeWithZone } from '../domain/time-format.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { Session, SessionPart } from '../store/session-types.js';
import { sessionTitle } from './session-view.js';

/** One session part a chat could be linked to. */
export interface PickOption {
  session: Session;
  part: SessionPart;
}

/**
 * The card offering the sender's sessions from today on, one button per session (per part for
 * a two-part session), each linking the chat and then doing `command`.
 */
export function meetingPickCard(
  deps: Pick<Deps, 'cards'>,
  language: Language,
  command: 'agenda' | 'feedback',
  options: readonly PickOption[],
): AdaptiveCard {
  const t = stringsFor(language);
  const m = t.meeting;
  return deps.cards.render('meeting-pick', {
    lang: language,
    title: m.pickTitle,
    intro: command === 'agenda' ? m.pickAgenda : m.pickFeedback,
    onlyStaff: m.pickOnlyYou,
    options: options.map(({ session, part }) => {
      const when = formatDateTimeWithZone(part.startUtc, session.timeZone, language, part.endUtc);
      const which =
        session.parts.length > 1 ? ` · ${format(t.session.part, { part: part.part })}` : '';
      return {
        title: `${session.reference}${which} · ${sessionTitle(session, language)} · ${when}`,
        sessionId: session.id,
        part: part.part,
        command,
      };
    }),
    switchTitle: t.lang.switchTo,
    switchCode: t.lang.switchToCode,
    command,
  });
}
