import { localToUtc } from './time-zones.js';
import type { SessionPart } from './session-types.js';

/** A part's start and end instants. */
export interface PartInstants {
  startUtc: Date;
  endUtc: Date;
}

/** A part's instants, or why its local date and time name no instant. */
export type PartUtcResult =
  ({ ok: true } & PartInstants) | { ok: false; reason: 'invalid' | 'nonexistent' };

const MINUTE_MS = 60_000;

/** True when a duration is a whole, positive number of minutes. */
export function isDurationMinutes(value: number): boolean {
  return Number.isInteger(value) && value > 0;
}

/**
 * A part's start and end instants. The end is the start plus the duration in elapsed time, so a
 * part spanning a DST change lasts what it says (its local end moves by the hour).
 */
export function partUtc(part: SessionPart): PartUtcResult {
  if (!isDurationMinutes(part.durationMinutes)) return { ok: false, reason: 'invalid' };
  const start = localToUtc(part.date, part.startTime, part.timeZone);
  if (!start.ok) return start;
  const endUtc = new Date(start.utc.getTime() + part.durationMinutes * MINUTE_MS);
  return { ok: true, startUtc: start.utc, endUtc };
}

/**
 * The start and end instants of every part, in the order given, or undefined when any part's
 * local date and time name no instant (see `checkSession` for the reason).
 */
export function sessionPartsUtc(parts: readonly SessionPart[]): PartInstants[] | undefined {
  const instants: PartInstants[] = [];
  for (const part of parts) {
    const result = partUtc(part);
    if (!result.ok) return undefined;
    instants.push({ startUtc: result.startUtc, endUtc: result.endUtc });
  }
  return instants;
}
