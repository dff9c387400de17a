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
