import type { AdaptiveCard } from '../cards/render.js';
import type { RosterFile } from '../data/roster-schema.js';
import type { Deps } from '../deps.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { RosterEntry } from '../store/roster-store.js';

/**
 * The most JSON one card carries. A card holds it as a string, where every quote is escaped,
 * and Teams refuses cards over 28 KB: half of that leaves room for both.
 */
export const EXPORT_PART_BYTES = 14_000;

/** The roster in the roster file's format (`ROSTER_FILE`), inactive entries included. */
export function rosterFileOf(everyone: readonly RosterEntry[]): RosterFile {
  const base = (e: RosterEntry) => ({
    aadObjectId: e.aadObjectId,
    name: e.name,
    ...(e.email ? { email: e.email } : {}),
    active: e.active,
  });
  const placed = (e: RosterEntry) => ({
    ...base(e),
    side: e.side ?? 'union',
    region: e.region ?? 'ncr',
  });
  return {
    administrators: everyone.filter((e) => e.role === 'administrator').map(base),
    coordinators: everyone.filter((e) => e.role === 'coordinator').map(placed),
    facilitators: everyone
      .filter((e) => e.role === 'facilitator')
      .map((e) => ({ ...placed(e), languages: e.languages })),
  } as RosterFile;
}

const json = (file: RosterFile) => JSON.stringify(file, null, 1);

/**
 * The roster as one or more roster files, each small enough for a card: a large roster is cut
 * between entries, and every part is a complete file (importing the parts one after the other
 * gives the whole roster, since an import creates or updates and never deletes).
 */
export function rosterParts(everyone: readonly RosterEntry[]): string[] {
  const parts: RosterEntry[][] = [[]];
  for (const entry of everyone) {
    const current = parts.at(-1) ?? [];
    if (current.length > 0 && json(rosterFileOf([...current, entry])).length > EXPORT_PART_BYTES) {
      parts.push([entry]);
    } else current.push(entry);
  }
  return parts.map((part) => json(rosterFileOf(part)));
}

/**
 * The export cards: the roster file's JSON in a text box, where it shows literally (no
 * Markdown) and can be selected and copied whole; several cards for a large roster.
 */
export async function exportCards(deps: Deps, language: Language): Promise<AdaptiveCard[]> {
  const s = stringsFor(language);
  const everyone = await deps.store.rosterAdmin.everyone();
  const parts = rosterParts(everyone);
  return parts.map((part, index) =>
    deps.cards.render('admin-export', {
      t: s,
      intro: [
        format(s.admin.exportIntro, { count: everyone.length }),
        ...(parts.length > 1
          ? [format(s.admin.exportPart, { part: index + 1, parts: parts.length })]
          : []),
      ].join(' '),
      json: part,
    }),
  );
}
