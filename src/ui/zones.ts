import { PRIMARY_ZONES, isCanadianZone } from '../domain/time-zones.js';
import type { Language } from '../i18n/i18n.js';

/** Time-zone choices for a card: the primary Canadian zones, plus `current` if it is another Canadian zone. */
export function zoneChoices(
  language: Language,
  current: string,
): { title: string; value: string }[] {
  const choices = PRIMARY_ZONES.map((z) => ({ title: z.label[language], value: z.zone }));
  if (current && isCanadianZone(current) && !choices.some((c) => c.value === current)) {
    choices.push({ title: current, value: current });
  }
  return choices;
}
