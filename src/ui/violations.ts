import type { Violation } from '../domain/session-rules.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import { formatIsoDate } from './dates.js';

function hours(minutes: number, language: Language): string {
  const n = new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
    maximumFractionDigits: 2,
  }).format(minutes / 60);
  return `${n} h`;
}

function clock(hhmm: string, language: Language): string {
  const date = new Date(`2000-01-03T${hhmm}:00Z`);
  if (Number.isNaN(date.getTime())) return hhmm;
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * Says what rule a schedule broke and how to fix it, in the user's language. `names` maps
 * facilitator ids to their names.
 */
export function violationMessage(
  v: Violation,
  language: Language,
  names: Map<string, string>,
): string {
  const t = stringsFor(language);
  const p = v.params;
  const str = (key: string) => (typeof p[key] === 'string' ? p[key] : String(p[key] ?? ''));
  const date = (key: string) => (str(key) ? formatIsoDate(str(key), language) : '');
  const values: Record<string, string | number> = {
    ...p,
    min: hours(Number(p.minMinutes ?? 0), language),
    max: hours(Number(p.maxMinutes ?? 0), language),
    total: hours(Number(p.totalMinutes ?? 0), language),
    name: names.get(str('facilitatorId')) ?? str('facilitatorId'),
    slot: p.slot === 'union' ? t.slots.union : t.slots.employer,
    date: date('date'),
    time: p.startTime !== undefined ? clock(str('startTime'), language) : '',
    start: p.start !== undefined ? clock(str('start'), language) : '',
    end: p.end !== undefined ? clock(str('end'), language) : '',
    holiday: str(language === 'fr' ? 'holidayFr' : 'holidayEn'),
    days: str('leadWorkingDays'),
    earliest: date('earliestDate'),
  };
  return format(t.rules[v.rule], values);
}
