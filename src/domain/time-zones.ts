import { DateTime } from 'luxon';
import { isHhMm, isIsoDate } from './dates.js';

export {
  formatDate,
  formatDateTimeWithZone,
  formatTime,
  formatTimeRange,
  localeOf,
  zoneName,
  type ZoneLanguage,
} from './time-format.js';

/**
 * Canada's canonical IANA zones (tzdata's `zone1970.tab` rows for CA). Blanc-Sablon, Atikokan,
 * Regina, Swift_Current, Creston, Dawson_Creek, Fort_Nelson, Whitehorse and Dawson keep the
 * same offset all year.
 */
export const CANONICAL_CANADIAN_ZONES = [
  'America/St_Johns',
  'America/Halifax',
  'America/Glace_Bay',
  'America/Moncton',
  'America/Goose_Bay',
  'America/Blanc-Sablon',
  'America/Toronto',
  'America/Iqaluit',
  'America/Atikokan',
  'America/Winnipeg',
  'America/Rankin_Inlet',
  'America/Resolute',
  'America/Regina',
  'America/Swift_Current',
  'America/Edmonton',
  'America/Cambridge_Bay',
  'America/Inuvik',
  'America/Creston',
  'America/Dawson_Creek',
  'America/Fort_Nelson',
  'America/Vancouver',
  'America/Whitehorse',
  'America/Dawson',
] as const;

/**
 * Older names tzdata keeps as links to the zones above. Teams clients and people's calendars still
 * send some of them (America/Montreal above all), so they are accepted rather than refused.
 */
export const CANADIAN_ZONE_ALIASES = [
  'America/Montreal',
  'America/Nipigon',
  'America/Thunder_Bay',
  'America/Rainy_River',
  'America/Pangnirtung',
  'America/Yellowknife',
  'America/Coral_Harbour',
  'Canada/Newfoundland',
  'Canada/Atlantic',
  'Canada/Eastern',
  'Canada/Central',
  'Canada/Saskatchewan',
  'Canada/Mountain',
  'Canada/Pacific',
  'Canada/Yukon',
] as const;

/** Every zone name accepted as Canadian: the canonical zones, then their aliases. */
export const CANADIAN_ZONES: readonly string[] = [
  ...CANONICAL_CANADIAN_ZONES,
  ...CANADIAN_ZONE_ALIASES,
];

const CANADIAN_ZONE_SET: ReadonlySet<string> = new Set(CANADIAN_ZONES);

/** A zone offered in pickers, with its label in both official languages. */
export interface PrimaryZone {
  zone: string;
  label: { en: string; fr: string };
}

/** The zones offered in pickers, east to west; any other Canadian zone is still accepted. */
export const PRIMARY_ZONES: readonly PrimaryZone[] = [
  {
    zone: 'America/St_Johns',
    label: { en: 'Newfoundland (St. John’s)', fr: 'Terre-Neuve (St. John’s)' },
  },
  { zone: 'America/Halifax', label: { en: 'Atlantic (Halifax)', fr: 'Atlantique (Halifax)' } },
  {
    zone: 'America/Toronto',
    label: { en: 'Eastern (Ottawa, Toronto, Montréal)', fr: 'Est (Ottawa, Toronto, Montréal)' },
  },
  { zone: 'America/Winnipeg', label: { en: 'Central (Winnipeg)', fr: 'Centre (Winnipeg)' } },
  { zone: 'America/Regina', label: { en: 'Saskatchewan (Regina)', fr: 'Saskatchewan (Regina)' } },
  { zone: 'America/Edmonton', label: { en: 'Mountain (Edmonton)', fr: 'Rocheuses (Edmonton)' } },
  { zone: 'America/Vancouver', label: { en: 'Pacific (Vancouver)', fr: 'Pacifique (Vancouver)' } },
  { zone: 'America/Whitehorse', label: { en: 'Yukon (Whitehorse)', fr: 'Yukon (Whitehorse)' } },
];

/** True when `zone` is one of {@link CANADIAN_ZONES}, spelled exactly as tzdata does. */
export function isCanadianZone(zone: string): boolean {
  return CANADIAN_ZONE_SET.has(zone);
}

/** The outcome of reading a local date and time in a zone. */
export type LocalToUtcResult =
  { ok: true; utc: Date } | { ok: false; reason: 'nonexistent' | 'invalid' };

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * The instant a local date and time in `zone` names.
 *
 * - A time skipped when clocks spring forward (02:30 on 2026-03-08 in Toronto) is refused with
 *   `nonexistent`, not moved to 03:30 as luxon would: a session must start when people were told.
 * - A time that happens twice when clocks fall back (01:30 on 2026-11-01 in Toronto) is read as
 *   the earlier instant, the one still on daylight time: it is the first 01:30 people live through.
 * - A malformed date or time, or an unknown zone, gives `invalid`.
 */
export function localToUtc(date: string, time: string, zone: string): LocalToUtcResult {
  if (!isIsoDate(date) || !isHhMm(time)) return { ok: false, reason: 'invalid' };
  const wall = DateTime.fromISO(`${date}T${time}`, { zone: 'utc' }).toMillis();
  // Any transition near the wall time lies between the offsets a day before and a day after.
  const offsets = new Set([offsetAt(zone, wall - DAY_MS), offsetAt(zone, wall + DAY_MS)]);
  if (offsets.has(undefined)) return { ok: false, reason: 'invalid' };
  const instants = [...offsets]
    .map((offset) => wall - (offset ?? 0) * MINUTE_MS)
    .filter((instant) => offsetAt(zone, instant) === (wall - instant) / MINUTE_MS)
    .sort((a, b) => a - b);
  const earliest = instants[0];
  return earliest === undefined
    ? { ok: false, reason: 'nonexistent' }
    : { ok: true, utc: new Date(earliest) };
}

/** The zone's offset from UTC in minutes at an instant, or undefined for an unknown zone. */
function offsetAt(zone: string, instantMs: number): number | undefined {
  const local = DateTime.fromMillis(instantMs, { zone });
  return local.isValid ? local.offset : undefined;
}
