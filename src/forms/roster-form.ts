import {
  rosterAdministratorSchema,
  rosterCoordinatorSchema,
  rosterFacilitatorSchema,
} from '../data/roster-schema.js';
import type { RosterEntryInput } from '../store/roster-admin-store.js';
import type { Role } from '../store/roster-store.js';

/** The inputs of the roster entry card. */
export const ROSTER_FIELDS = [
  'role',
  'person',
  'aadObjectId',
  'name',
  'email',
  'side',
  'region',
  'languages',
  'active',
] as const;

/** A field of the roster entry card. */
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** What the administrator typed, as text, so a refused card shows it back unchanged. */
export type RosterForm = Record<RosterField, string>;

/** The roles an administrator chooses from. */
export const ROLES: readonly Role[] = ['coordinator', 'facilitator', 'administrator'];

/** Reads a payload into a form; anything not text counts as empty. */
export function toRosterForm(data: Record<string, unknown>): RosterForm {
  const form = {} as RosterForm;
  for (const field of ROSTER_FIELDS) {
    const raw = data[field];
    form[field] = typeof raw === 'string' ? raw.trim() : '';
  }
  return form;
}

/** A blank form: a new active coordinator. */
export function emptyRosterForm(): RosterForm {
  const form = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, ''])) as RosterForm;
  return { ...form, role: 'coordinator', active: 'true' };
}

/** The outcome of reading a roster form: an entry, or the fields to fix. */
export type RosterFormResult =
  { ok: true; entry: RosterEntryInput } | { ok: false; fields: RosterField[] };

const FIELD_OF: Record<string, RosterField> = {
  aadObjectId: 'aadObjectId',
  name: 'name',
  email: 'email',
  side: 'side',
  region: 'region',
  languages: 'languages',
};

/**
 * Validates a form with the same schemas as the roster file (`ROSTER_FILE`), so an entry
 * made in Teams could be written back to the file as it is. The people picker, when the
 * Teams client offers it, wins over the typed object id.
 */
export function readRosterForm(form: RosterForm): RosterFormResult {
  const role = ROLES.find((r) => r === form.role);
  if (!role) return { ok: false, fields: ['role'] };
  const base = {
    aadObjectId: form.person || form.aadObjectId,
    name: form.name,
    ...(form.email ? { email: form.email } : {}),
    active: form.active !== 'false',
  };
  const languages = form.languages.split(',').filter((l) => l !== '');
  const parsed =
    role === 'administrator'
      ? rosterAdministratorSchema.safeParse(base)
      : role === 'coordinator'
        ? rosterCoordinatorSchema.safeParse({ ...base, side: form.side, region: form.region })
        : rosterFacilitatorSchema.safeParse({
            ...base,
            side: form.side,
            region: form.region,
            languages,
          });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => FIELD_OF[String(i.path[0])] ?? 'aadObjectId');
    return { ok: false, fields: [...new Set(fields)] };
  }
  const e = parsed.data as {
    aadObjectId: string;
    name: string;
    email?: string;
    active: boolean;
  } & {
    side?: 'union' | 'employer';
    region?: string;
    languages?: ('en' | 'fr')[];
  };
  return {
    ok: true,
    entry: {
      aadObjectId: e.aadObjectId,
      role,
      name: e.name,
      email: e.email ?? null,
      side: e.side ?? null,
      region: e.region ?? null,
      languages: e.languages ?? [],
      active: e.active,
    },
  };
}
