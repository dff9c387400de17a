import type {
  FacilitatorInfo,
  SessionInput,
  SessionPart,
  TopicLimits,
} from '../../src/domain/session-types.js';

/** Grounding: 1.5–2 h, one part, no pre-reading. */
export const GROUNDING: TopicLimits = {
  minMinutes: 90,
  maxMinutes: 120,
  splittable: false,
  leadWorkingDays: 0,
};

/** Anti-Racism: 6 h, may be split, five working days of pre-reading. */
export const ANTI_RACISM: TopicLimits = {
  minMinutes: 360,
  maxMinutes: 360,
  splittable: true,
  leadWorkingDays: 5,
};

/** Labour-Management Consultation: 6.5–7 h, may be split. */
export const LMC: TopicLimits = {
  minMinutes: 390,
  maxMinutes: 420,
  splittable: true,
  leadWorkingDays: 0,
};

export const UNION: FacilitatorInfo = {
  id: 'u1',
  side: 'union',
  languages: ['en', 'fr'],
  active: true,
};

export const EMPLOYER: FacilitatorInfo = {
  id: 'e1',
  side: 'employer',
  languages: ['en'],
  active: true,
};

/** Tuesday 2026-12-01, 10:00 in Toronto. */
export const NOW = new Date('2026-12-01T15:00:00Z');

/** Wednesday 2026-12-16, 13:30–15:30 in Toronto (18:30Z–20:30Z). */
export function part(patch: Partial<SessionPart> = {}): SessionPart {
  return {
    date: '2026-12-16',
    startTime: '13:30',
    timeZone: 'America/Toronto',
    durationMinutes: 120,
    ...patch,
  };
}

/** A valid Grounding session in English, changed by `patch`. */
export function session(patch: Partial<SessionInput> = {}): SessionInput {
  return {
    now: NOW,
    topic: GROUNDING,
    language: 'en',
    workingHours: { start: '08:00', end: '17:00' },
    parts: [part()],
    union: UNION,
    employer: EMPLOYER,
    bookings: [],
    ...patch,
  };
}

/** Two parts of a split topic on consecutive days, 09:00 in Toronto. */
export function twoParts(first: Partial<SessionPart>, second: Partial<SessionPart>): SessionPart[] {
  return [
    part({ date: '2026-12-16', startTime: '09:00', durationMinutes: 180, ...first }),
    part({ date: '2026-12-17', startTime: '09:00', durationMinutes: 180, ...second }),
  ];
}
