import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { GROUND_RULES, buildAgenda, type AgendaBlock } from '../domain/agenda.js';
import { formatDateTimeWithZone, formatTimeRange, zoneName } from '../domain/time-format.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { Session, SessionPart } from '../store/session-types.js';
import { facilitatorNames, sessionTitle } from './session-view.js';

/** The languages a session's shared cards are written in: both, one after the other, for bilingual. */
export function sessionLanguages(session: Pick<Session, 'language'>): Language[] {
  return session.language === 'bilingual' ? ['en', 'fr'] : [session.language];
}

/** The part of a session with that number, or its first part. */
export function partOf(session: Session, part: number): SessionPart | undefined {
  return session.parts.find((p) => p.part === part) ?? session.parts[0];
}

/**
 * The timed blocks of one part, from `buildAgenda`: a two-part session shares the topic's
 * objectives among its parts.
 */
export function agendaBlocks(session: Session, part: SessionPart): AgendaBlock[] {
  const index = session.parts.indexOf(part);
  return buildAgenda({
    startUtc: part.startUtc,
    durationMinutes: part.durationMinutes,
    objectives: session.topicSnapshot.objectives.en,
    part:
      session.parts.length > 1
        ? { index, durationsMinutes: session.parts.map((p) => p.durationMinutes) }
        : undefined,
  });
}

function blockLabel(block: AgendaBlock, language: Language, objectives: readonly string[]) {
  const t = stringsFor(language).meeting;
  switch (block.kind) {
    case 'welcome':
      return t.blockWelcome;
    case 'break':
      return t.blockBreak;
    case 'lunch':
      return t.blockLunch;
    case 'closing':
      return t.blockClosing;
    case 'discussion': {
      const objective = block.objectiveIndexes.map((i) => objectives[i] ?? '').join('; ');
      return format(block.continued ? t.blockContinued : t.blockDiscussion, { objective });
    }
  }
}

function section(
  session: Session,
  part: SessionPart,
  blocks: readonly AgendaBlock[],
  names: string,
  language: Language,
) {
  const t = stringsFor(language).meeting;
  const zone = session.timeZone;
  const topic = sessionTitle(session, language);
  const objectives = session.topicSnapshot.objectives[language];
  return {
    title:
      session.parts.length > 1
        ? format(t.agendaPartTitle, { topic, part: part.part, parts: session.parts.length })
        : format(t.agendaTitle, { topic }),
    facts: [
      { title: t.when, value: formatDateTimeWithZone(part.startUtc, zone, language, part.endUtc) },
      { title: t.facilitators, value: names },
      { title: t.reference, value: session.reference },
    ],
    timesIn: format(t.timesIn, { zone: zoneName(zone, part.startUtc, language) }),
    blocks: blocks.map((block) => ({
      time: formatTimeRange(block.startUtc, block.endUtc, zone, language),
      label: blockLabel(block, language, objectives),
    })),
    groundRulesTitle: t.groundRules,
    groundRules: GROUND_RULES[language].map((rule) => `- ${rule}`).join('\n'),
  };
}

/** The agenda card of one part, in each of `languages` one after the other. */
export async function agendaCard(
  deps: Deps,
  session: Session,
  partNumber: number,
  languages: readonly Language[],
): Promise<AdaptiveCard> {
  const part = partOf(session, partNumber);
  if (!part) throw new Error(`${session.reference} has no parts`);
  const blocks = agendaBlocks(session, part);
  const names = await facilitatorNames(deps, session);
  const first = languages[0] ?? 'en';
  const t = stringsFor(first);
  return deps.cards.render('agenda', {
    lang: first,
    sections: languages.map((language) => section(session, part, blocks, names, language)),
    canSwitch: languages.length === 1,
    switchTitle: t.lang.switchTo,
    switchCode: t.lang.switchToCode,
    sessionId: session.id,
    part: part.part,
  });
}
