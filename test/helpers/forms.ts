/** A valid request-card payload, as Teams sends it (every value a string). */
export function validForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    topic: 'mental-health',
    language: 'en',
    region: 'ncr',
    department: 'Employment and Social Development Canada',
    participants: '24',
    preferredDate: '2026-12-02',
    alternateDate: '2026-12-09',
    preferredTime: '09:30',
    timeZone: 'America/Toronto',
    accessibility: 'ASL interpretation',
    notes: '',
    ...overrides,
  };
}

/** Facilitators of the sample roster. */
export const FACILITATORS = {
  ncrUnionBilingual: '00000000-0000-4000-8000-000000000201',
  ncrEmployerBilingual: '00000000-0000-4000-8000-000000000202',
};

/** A valid scheduling payload for the sample request (Mental Health, 3–3.5 h, NCR, English). */
export function scheduleForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    date: '2026-12-02',
    startTime: '09:30',
    timeZone: 'America/Toronto',
    durationMinutes: '195',
    unionFacilitator: FACILITATORS.ncrUnionBilingual,
    employerFacilitator: FACILITATORS.ncrEmployerBilingual,
    capacity: '24',
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    date2: '',
    startTime2: '',
    durationMinutes2: '',
    ...overrides,
  };
}
