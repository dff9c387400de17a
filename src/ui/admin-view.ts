import type { AdaptiveCard } from '../cards/render.js';
import { REGIONS } from '../data/regions.js';
import type { Deps } from '../deps.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { RosterEntry } from '../store/roster-store.js';
import { durationText } from './topics.js';

/** How a message on an administration card is coloured. */
export type AdminTone = 'Default' | 'Good' | 'Attention';

/** The value of an entry in the person picker: its role and object id. */
export const entryKey = (e: Pick<RosterEntry, 'role' | 'aadObjectId'>): string =>
  `${e.role}|${e.aadObjectId}`;

/** "Name (inactive)", or the name alone. */
function label(e: RosterEntry, inactive: string): string {
  return e.active ? e.name : `${e.name} (${inactive})`;
}

/** One person as a region's line lists them: name, side, and a facilitator's languages. */
function personText(e: RosterEntry, language: Language): string {
  const t = stringsFor(language).admin;
  const side = e.side ? ` · ${t.sides[e.side]}` : '';
  const languages = e.role === 'facilitator' ? ` (${e.languages.join(', ')})` : '';
  return `${label(e, t.inactive)}${side}${languages}`;
}

/** The roster as the card lists it: administrators, then each region's coordinators and facilitators. */
function groups(everyone: RosterEntry[], language: Language) {
  const t = stringsFor(language).admin;
  const regionLines = (role: 'coordinator' | 'facilitator') =>
    REGIONS.flatMap((region) => {
      const people = everyone.filter((e) => e.role === role && e.region === region.id);
      const texts = people.map((e) => personText(e, language));
      // A region without an active coordinator is shown as such: its requests go to administrators.
      if (role === 'coordinator' && !people.some((e) => e.active)) texts.push(t.noCoordinator);
      if (texts.length === 0) return [];
      return [
        format(t.regionLine, {
          region: region.name[language],
          people: texts.join(t.listSeparator),
        }),
      ];
    });
  return [
    {
      heading: t.administrators,
      lines: everyone.filter((e) => e.role === 'administrator').map((e) => label(e, t.inactive)),
    },
    { heading: t.coordinators, lines: regionLines('coordinator') },
    { heading: t.facilitators, lines: regionLines('facilitator') },
  ];
}

/**
 * The administration card: the roster by region and side, the topic catalogue, and what an
 * administrator can do with them.
 */
export async function adminHomeCard(
  deps: Deps,
  language: Language,
  notes: string[] = [],
  tone: AdminTone = 'Default',
): Promise<AdaptiveCard> {
  const s = stringsFor(language);
  const everyone = await deps.store.rosterAdmin.everyone();
  const entries = everyone.map((e) => ({
    title: `${label(e, s.admin.inactive)} · ${s.admin.roles[e.role]}`,
    value: entryKey(e),
  }));
  const topics = deps.catalogue.topics.map((topic) => ({
    id: topic.id,
    title: topic.title[language],
    line: format(s.admin.topicLine, {
      title: topic.title[language],
      duration: durationText(topic, s, language),
      state: topic.active ? '' : s.admin.topicInactive,
    }),
  }));
  return deps.cards.render('admin', {
    t: s,
    notes,
    tone,
    groups: groups(everyone, language),
    entries,
    firstEntry: entries[0]?.value ?? '',
    topics,
    firstTopic: topics[0]?.id ?? '',
  });
}
