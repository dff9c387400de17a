import { z } from 'zod';

/** The scheduling card's inputs, as text, so a refused card shows them back unchanged. */
export const SCHEDULE_FIELDS = [
  'date',
  'startTime',
  'timeZone',
  'durationMinutes',
  'unionFacilitator',
  'employerFacilitator',
  'capacity',
  'joinUrl',
  'date2',
  'startTime2',
  'durationMinutes2',
] as const;

/** The "no second part" choice: a choice value may not be empty, so it is "0" minutes. */
export const NO_SECOND_PART = '0';

/** A field of the scheduling card. */
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];

/** What the coordinator typed. */
export type ScheduleForm = Record<ScheduleField, string>;

const payloadSchema = z.record(z.string(), z.unknown());

/** Reads a card payload into a form; anything not text (or a number) counts as empty. */
export function toScheduleForm(data: Record<string, unknown>): ScheduleForm {
  const parsed = payloadSchema.safeParse(data);
  const value = parsed.success ? parsed.data : {};
  const form = {} as ScheduleForm;
  for (const field of SCHEDULE_FIELDS) {
    const raw = Object.hasOwn(value, field) ? value[field] : undefined;
    form[field] = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
  }
  if (form.durationMinutes2 === NO_SECOND_PART) form.durationMinutes2 = '';
  return form;
}

/** A format problem with one field, before the scheduling rules run. */
export interface ScheduleFieldError {
  field: ScheduleField;
  key: 'badNumber' | 'badUrl' | 'capacityRange';
}

const WHOLE = /^\d{1,4}$/;

/** The numbers and link of a form, or the fields whose format is wrong. */
export function readScheduleNumbers(form: ScheduleForm):
  | {
      ok: true;
      duration: number;
      duration2: number | undefined;
      capacity: number;
      joinUrl: string | null;
    }
  | { ok: false; errors: ScheduleFieldError[] } {
  const errors: ScheduleFieldError[] = [];
  if (!WHOLE.test(form.durationMinutes))
    errors.push({ field: 'durationMinutes', key: 'badNumber' });
  if (form.durationMinutes2 !== '' && !WHOLE.test(form.durationMinutes2)) {
    errors.push({ field: 'durationMinutes2', key: 'badNumber' });
  }
  const capacity = Number(form.capacity);
  if (!WHOLE.test(form.capacity) || capacity < 2 || capacity > 100) {
    errors.push({ field: 'capacity', key: 'capacityRange' });
  }
  if (form.joinUrl !== '' && !isHttpsUrl(form.joinUrl))
    errors.push({ field: 'joinUrl', key: 'badUrl' });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    duration: Number(form.durationMinutes),
    duration2: form.durationMinutes2 === '' ? undefined : Number(form.durationMinutes2),
    capacity,
    joinUrl: form.joinUrl === '' ? null : form.joinUrl,
  };
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** True when the coordinator filled in any of the second part's fields. */
export function hasSecondPart(form: ScheduleForm): boolean {
  return form.date2 !== '' || form.startTime2 !== '' || form.durationMinutes2 !== '';
}
