import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { formatDateTimeWithZone } from '../domain/time-format.js';
import { emptyRosterForm, readRosterForm, toRosterForm, ROLES } from '../forms/roster-form.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { RosterEntryInput } from '../store/roster-admin-store.js';
import type { RosterEntry } from '../store/roster-store.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { entryToForm, personCard } from '../ui/admin-forms-view.js';
import { regionName } from '../ui/request-view.js';
import { asAdministrator, openedVersion } from './admin.js';
import { tellCoordinators } from './admin-reassign.js';

/** Opens a roster entry (or a blank one) for editing. */
export const ADMIN_ROSTER_EDIT = 'adminRoster.edit';
/** Saves a roster entry. */
export const ADMIN_ROSTER_SAVE = 'adminRoster.save';

/** The stored entry a picker value (`role|objectId`) names. */
async function entryOf(deps: Deps, key: unknown): Promise<RosterEntry | undefined> {
  if (typeof key !== 'string') return undefined;
  const [role, id] = key.split('|');
  const found = ROLES.find((r) => r === role);
  return found && id ? deps.store.roster.get(id, found) : undefined;
}

async function edit(deps: Deps, language: Language, key: unknown): Promise<AdaptiveCard> {
  const stored = await entryOf(deps, key);
  return personCard(deps, language, {
    form: stored ? entryToForm(stored) : emptyRosterForm(),
    stored,
  });
}

/**
 * True when saving `entry` would leave the region it had (or has) without an active
 * coordinator: a deactivation or a move of the last one.
 */
async function leavesRegionEmpty(
  deps: Deps,
  before: RosterEntry | undefined,
  entry: RosterEntryInput,
): Promise<string | undefined> {
  if (before?.role !== 'coordinator' || !before.active || !before.region) return undefined;
  if (entry.active && entry.region === before.region) return undefined;
  const others = (await deps.store.roster.coordinatorsOf(before.region)).filter(
    (c) => c.aadObjectId !== before.aadObjectId,
  );
  return others.length === 0 ? before.region : undefined;
}

/** True when saving `entry` would leave no active administrator: nobody could then keep the roster. */
async function lastAdministrator(
  deps: Deps,
  before: RosterEntry | undefined,
  entry: RosterEntryInput,
): Promise<boolean> {
  if (before?.role !== 'administrator' || !before.active || entry.active) return false;
  const others = (await deps.store.roster.list('administrator')).filter(
    (a) => a.aadObjectId !== before.aadObjectId,
  );
  return others.length === 0;
}

/** A deactivated facilitator's sessions still to come, as lines for the card. */
async function sessionsToReassign(
  deps: Deps,
  entry: RosterEntry,
  before: RosterEntry | undefined,
  language: Language,
): Promise<string[]> {
  if (entry.role !== 'facilitator' || entry.active) return [];
  const sessions = await deps.store.sessions.upcoming(deps.clock.now(), {
    facilitator: entry.aadObjectId,
  });
  // Told once, when the facilitator is deactivated, not again on a later edit.
  if (before?.active) await tellCoordinators(deps, entry, sessions);
  const t = stringsFor(language).admin;
  return sessions.map((session) =>
    format(t.futureSession, {
      reference: session.reference,
      // The session's own copy: the catalogue may have changed since it was scheduled.
      topic: session.topicSnapshot.title[language],
      date: formatDateTimeWithZone(
        session.parts[0]?.startUtc ?? new Date(0),
        session.timeZone,
        language,
      ),
    }),
  );
}

async function save(
  deps: Deps,
  turn: Turn,
  language: Language,
  data: Record<string, unknown>,
): Promise<AdaptiveCard> {
  const t = stringsFor(language).admin;
  const version = openedVersion(data);
  const before =
    version === null
      ? undefined
      : await entryOf(deps, `${String(data.roleKept)}|${String(data.aadObjectIdKept)}`);
  if (version !== null && !before)
    return deps.messageCard(language, t.title, t.missing, 'attention');
  const form = toRosterForm(data);
  // An entry's role and object id are its key: an edit keeps them whatever the card sends.
  if (before)
    Object.assign(form, { role: before.role, aadObjectId: before.aadObjectId, person: '' });
  const read = readRosterForm(form);
  if (!read.ok) return personCard(deps, language, { form, stored: before, errors: read.fields });
  if (await lastAdministrator(deps, before, read.entry)) {
    return personCard(deps, language, {
      form,
      stored: before,
      notes: [t.lastAdministrator],
      tone: 'Attention',
    });
  }
  const emptied = await leavesRegionEmpty(deps, before, read.entry);
  if (emptied && data.confirm !== '1') {
    const note = format(t.lastCoordinator, { region: regionName(emptied, language) });
    return personCard(deps, language, {
      form,
      stored: before,
      notes: [note],
      tone: 'Attention',
      confirm: true,
    });
  }
  const result = await deps.store.rosterAdmin.save(
    read.entry,
    version,
    turn.userAadId,
    deps.clock.now(),
  );
  if (!result.ok && result.reason === 'missing')
    return deps.messageCard(language, t.title, t.missing, 'attention');
  if (!result.ok) {
    const current = result.current;
    const note =
      version === null
        ? format(t.exists, { name: current.name, role: t.roles[current.role] })
        : format(t.conflict, { name: current.name });
    return personCard(deps, language, {
      form: entryToForm(current),
      stored: current,
      notes: [note],
      tone: 'Attention',
    });
  }
  const saved = result.entry;
  deps.logger.info(
    { actor: turn.userAadId, role: saved.role, entry: saved.aadObjectId },
    'roster saved',
  );
  const sessions = await sessionsToReassign(deps, saved, before, language);
  return personCard(deps, language, {
    form: entryToForm(saved),
    stored: saved,
    notes: [
      format(t.saved, { name: saved.name, role: t.roles[saved.role] }),
      ...(sessions.length > 0 ? [t.coordinatorsTold] : []),
    ],
    tone: 'Good',
    sessions,
  });
}

/** Registers adding, editing and deactivating roster entries. */
export function register(bot: BotApp, deps: Deps): void {
  bot.verb(ADMIN_ROSTER_EDIT, (turn, data) =>
    asAdministrator(deps, turn, (l) => edit(deps, l, data.entry)),
  );
  bot.verb(ADMIN_ROSTER_SAVE, (turn, data) =>
    asAdministrator(deps, turn, (l) => save(deps, turn, l, data)),
  );
  deps.views.register(ADMIN_ROSTER_EDIT, (turn, _language, data) =>
    asAdministrator(deps, turn, (l) => edit(deps, l, data.entry)),
  );
}
