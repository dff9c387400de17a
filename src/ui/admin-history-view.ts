import type { AdaptiveCard } from '../cards/render.js';
import { escapeMarkdown } from '../cards/markdown.js';
import type { Deps } from '../deps.js';
import { formatDateTimeWithZone } from '../domain/time-format.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { AdminChange } from '../store/admin-history.js';

/** Changes per page of the history. */
export const HISTORY_PAGE_SIZE = 10;

/** The Eastern time zone: the program's head office, and the zone its history is told in. */
const HISTORY_ZONE = 'America/Toronto';

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** What a change was about: a person's name or a topic's title. */
function subject(change: AdminChange, language: Language): string {
  const after = record(change.after);
  const title = record(after.title)[language];
  if (typeof title === 'string') return language === 'fr' ? `«\u00a0${title}\u00a0»` : `“${title}”`;
  return typeof after.name === 'string' ? after.name : change.entityId;
}

/** The top-level fields that differ between before and after, by name. */
function changedFields(change: AdminChange): string[] {
  const before = record(change.before);
  const after = record(change.after);
  if (change.before === null) return [];
  return Object.keys({ ...before, ...after }).filter(
    (key) => key !== 'version' && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/** One page of the roster and catalogue history, newest first. */
export async function historyCard(
  deps: Deps,
  language: Language,
  page: number,
): Promise<AdaptiveCard> {
  const s = stringsFor(language);
  const t = s.admin;
  const { changes, total } = await deps.store.adminHistory.page(page, HISTORY_PAGE_SIZE);
  const names = new Map<string, string>();
  for (const e of await deps.store.rosterAdmin.everyone()) names.set(e.aadObjectId, e.name);
  const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const actions = t.actions as Record<string, string>;
  return deps.cards.render('admin-history', {
    t: s,
    title: t.historyTitle,
    notes: total === 0 ? [t.historyEmpty] : [],
    tone: 'Default',
    changes: changes.map((change) => {
      const fields = changedFields(change);
      return {
        line: format(t.historyLine, {
          date: formatDateTimeWithZone(new Date(change.at), HISTORY_ZONE, language),
          who: escapeMarkdown(names.get(change.actor) ?? change.actor),
          what: actions[change.action] ?? change.action,
          name: escapeMarkdown(subject(change, language)),
        }),
        detail: fields.length > 0 ? format(t.historyChanged, { fields: fields.join(', ') }) : '',
      };
    }),
    pageText: format(t.historyPage, { page: page + 1, pages }),
    page: String(page),
    hasNewer: page > 0,
    newerPage: String(page - 1),
    hasOlder: page + 1 < pages,
    olderPage: String(page + 1),
  });
}
