/** The job kind of the daily retention run. */
export const JOB_RETENTION = 'privacy.retention';

/** What replaces a requester's AAD object id once their request is anonymised. */
export const ERASED = 'erased';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The hour (UTC) the daily run is due: 02:00 or 03:00 in Eastern time, a quiet hour. */
const RUN_HOUR_UTC = 7;

/** Data whose last activity is before this instant is purged or anonymised. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/** The UTC day of an instant, `YYYY-MM-DD`. */
function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The key of the retention run of `at`'s UTC day: one run a day, however many instances start. */
export function retentionJobKey(at: Date): string {
  return `${JOB_RETENTION}:${utcDay(at)}`;
}

/** When the run after the one at `now` is due: the next UTC day, at the quiet hour. */
export function nextRetentionRun(now: Date): Date {
  const next = new Date(now.getTime() + DAY_MS);
  next.setUTCHours(RUN_HOUR_UTC, 0, 0, 0);
  return next;
}

/** A Privacy Act command an administrator types. */
export type PrivacyCommand =
  { action: 'export' | 'erase'; aadObjectId: string } | { action: 'usage' };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for an Azure AD object id (a GUID). */
export function isAadObjectId(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}

/**
 * Reads `export <id>`/`exporter <id>` or `erase <id>`/`effacer <id>` (the text after
 * `privacy`/`confidentialité`); anything else asks for the usage.
 */
export function parsePrivacyCommand(argument: string): PrivacyCommand {
  const [verb = '', id = '', ...rest] = argument.trim().toLowerCase().split(/\s+/);
  if (rest.length > 0 || !isAadObjectId(id)) return { action: 'usage' };
  if (verb === 'export' || verb === 'exporter') return { action: 'export', aadObjectId: id };
  if (verb === 'erase' || verb === 'effacer') return { action: 'erase', aadObjectId: id };
  return { action: 'usage' };
}
