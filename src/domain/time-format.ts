/** A language dates and times are written in. */
export type ZoneLanguage = 'en' | 'fr';

/** The `Intl` locale for a language: Canadian English or Canadian French. */
export function localeOf(lang: ZoneLanguage): string {
  return lang === 'fr' ? 'fr-CA' : 'en-CA';
}

/**
 * ICU versions differ in the spaces they put in times ("1:30\u202fp.m.", "13\u00a0h\u00a030")
 * and some print "PM" for en-CA; texts are normalised so cards and tests read the same
 * everywhere: plain spaces, and Canadian "a.m."/"p.m.".
 */
function normalise(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** "1:30 PM" or "1:30 pm" → "1:30 p.m." (only ever applied to an English time). */
function canadianMeridiem(time: string): string {
  return time.replace(
    /\b([ap])\.?\s?m\.?$/i,
    (_whole, letter: string) => `${letter.toLowerCase()}.m.`,
  );
}

const DATE: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
};
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const ZONE_NAME: Intl.DateTimeFormatOptions = { timeZoneName: 'long' };

/**
 * Formatters by (kind, language, zone). Building an `Intl.DateTimeFormat` costs far more than
 * using one (measured: a fifth of a card turn's CPU), and the set is small: three kinds, two
 * languages, Canada's zones. A cache of immutable formatters, not state.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
  kind: 'date' | 'time' | 'zone',
  lang: ZoneLanguage,
  zone: string,
): Intl.DateTimeFormat {
  const key = `${kind}|${lang}|${zone}`;
  let found = formatters.get(key);
  if (!found) {
    const options = kind === 'date' ? DATE : kind === 'time' ? TIME : ZONE_NAME;
    found = new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone: zone });
    formatters.set(key, found);
  }
  return found;
}

/**
 * The zone's long name at an instant, e.g. "Newfoundland Daylight Time" or "heure avancée de
 * Terre-Neuve": the instant matters because the name changes with daylight saving time.
 */
export function zoneName(zone: string, atUtc: Date, lang: ZoneLanguage): string {
  const parts = formatter('zone', lang, zone).formatToParts(atUtc);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/** The date in `zone`, e.g. "Wednesday, December 16, 2026" or "mercredi 16 décembre 2026". */
export function formatDate(utc: Date, zone: string, lang: ZoneLanguage): string {
  return normalise(formatter('date', lang, zone).format(utc));
}

/** The time of day in `zone`, e.g. "1:30 p.m." or "13 h 30". */
export function formatTime(utc: Date, zone: string, lang: ZoneLanguage): string {
  const time = normalise(formatter('time', lang, zone).format(utc));
  return lang === 'en' ? canadianMeridiem(time) : time;
}

/**
 * A start–end range in `zone`, e.g. "1:30 p.m. – 3:00 p.m." or "13 h 30 – 15 h 00". Both ends are
 * written in full (rather than Intl's "1:30–3:00 p.m.") so a range never hides a.m./p.m.; it
 * names no date because sessions end the day they start.
 */
export function formatTimeRange(
  startUtc: Date,
  endUtc: Date,
  zone: string,
  lang: ZoneLanguage,
): string {
  return `${formatTime(startUtc, zone, lang)} – ${formatTime(endUtc, zone, lang)}`;
}

/**
 * Date, time (or time range) and the zone's name, as notifications write them:
 * "Wednesday, December 16, 2026 at 1:30 p.m. (Eastern Standard Time)",
 * "mercredi 16 décembre 2026, 13 h 30 – 15 h 00 (heure normale de l’Est)".
 * The zone is named at the start, which is what people set their watches by.
 */
export function formatDateTimeWithZone(
  startUtc: Date,
  zone: string,
  lang: ZoneLanguage,
  endUtc?: Date,
): string {
  const date = formatDate(startUtc, zone, lang);
  const name = zoneName(zone, startUtc, lang);
  if (endUtc) return `${date}, ${formatTimeRange(startUtc, endUtc, zone, lang)} (${name})`;
  const at = lang === 'fr' ? 'à' : 'at';
  return `${date} ${at} ${formatTime(startUtc, zone, lang)} (${name})`;
}
