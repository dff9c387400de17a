import { DateTime } from 'luxon';

/** The zone whose calendar year numbers references (the program's head office is in the NCR). */
export const REFERENCE_ZONE = 'America/Toronto';

/** The year a request made at `now` is numbered in: the year in Eastern time. */
export function referenceYear(now: Date): number {
  return DateTime.fromJSDate(now, { zone: REFERENCE_ZONE }).year;
}

/** Formats a request reference, e.g. `JLP-2026-0042` (at least four digits). */
export function formatReference(year: number, sequence: number): string {
  return `JLP-${year}-${String(sequence).padStart(4, '0')}`;
}

const REFERENCE = /\bJLP-(\d{4})-(\d{4,})\b/i;

/** Finds a reference in typed text, normalised to upper case, or undefined. */
export function findReference(text: string): string | undefined {
  const match = REFERENCE.exec(text);
  return match ? formatReference(Number(match[1]), Number(match[2])) : undefined;
}
