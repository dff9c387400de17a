import { formatDate } from '../domain/time-zones.js';
import type { Language } from '../i18n/i18n.js';

/** A calendar date written out in a language: "Monday, November 23, 2026" / "lundi 23 novembre 2026". */
export function formatIsoDate(date: string, language: Language): string {
  // Noon UTC is the same calendar day in every Canadian zone.
  return formatDate(new Date(`${date}T12:00:00Z`), 'UTC', language);
}
