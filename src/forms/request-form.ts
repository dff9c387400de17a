import { z } from 'zod';
import type { Catalogue } from '../data/catalogue-schema.js';
import { isRegionId } from '../data/regions.js';
import { checkRequestDates } from '../domain/request-rules.js';

/** The request card's inputs as Teams sends them: every value a string, any may be missing. */
export const requestPayloadSchema = z.object({
  topic: z.string().optional(),
  language: z.string().optional(),
  region: z.string().optional(),
  department: z.string().optional(),
  participants: z.union([z.string(), z.number()]).optional(),
  preferredDate: z.string().optional(),
  alternateDate: z.string().optional(),
  preferredTime: z.string().optional(),
  timeZone: z.string().optional(),
  accessibility: z.string().optional(),
  notes: z.string().optional(),
});

/** The fields of the request form. */
export const REQUEST_FIELDS = [
  'topic',
  'language',
  'region',
  'department',
  'participants',
  'preferredDate',
  'alternateDate',
  'preferredTime',
  'timeZone',
  'accessibility',
  'notes',
] as const;

/** A field of the request form. */
export type RequestField = (typeof REQUEST_FIELDS)[number];

/** What the user typed, kept as text so a refused card shows it back unchanged. */
export type RequestForm = Record<RequestField, string>;

/** A problem with one field: an `errors.*` string key and its placeholder values. */
export interface FieldError {
  field: RequestField;
  key: string;
  params: Record<string, string | number>;
}

/** A valid request form. */
export interface ValidRequest {
  topic: string;
  language: 'en' | 'fr' | 'bilingual';
  region: string;
  department: string;
  participants: number;
  preferredDate: string;
  alternateDate: string | null;
  preferredTime: string;
  timeZone: string;
  accessibility: string;
  notes: string;
}

/** Limits on typed text (SPEC.md). */
export const TEXT_LIMITS = { department: 200, accessibility: 1000, notes: 1000 } as const;

/** Reads a card payload into a form; anything not a string (or number) is treated as empty. */
export function toRequestForm(data: Record<string, unknown>): RequestForm {
  const parsed = requestPayloadSchema.safeParse(data);
  const value: Record<string, unknown> = parsed.success ? parsed.data : {};
  const form = {} as RequestForm;
  for (const field of REQUEST_FIELDS) {
    const raw = value[field];
    form[field] = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : '';
  }
  return form;
}

const RULE_KEYS: Record<string, string> = {
  'request.timeZone': 'timeZone',
  'request.dateFormat': 'dateFormat',
  'request.weekend': 'weekend',
  'request.dateNotFuture': 'dateNotFuture',
  'request.holiday': 'holiday',
  'request.alternateSame': 'alternateSame',
  'request.timeFormat': 'timeFormat',
};

function fieldErrors(form: RequestForm, catalogue: Catalogue, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: RequestField, key: string, params: Record<string, string | number> = {}) =>
    errors.push({ field, key, params });
  const text = (field: RequestField) => form[field].trim();
  if (!catalogue.topics.some((t) => t.active && t.id === text('topic'))) add('topic', 'topic');
  if (!['en', 'fr', 'bilingual'].includes(text('language'))) add('language', 'language');
  if (!isRegionId(text('region'))) add('region', 'region');
  if (text('department') === '') add('department', 'required');
  const participants = Number(text('participants'));
  if (!/^\d+$/.test(text('participants')) || participants < 2 || participants > 100) {
    add('participants', 'participants');
  }
  for (const [field, max] of Object.entries(TEXT_LIMITS) as [RequestField, number][]) {
    const { length } = form[field];
    if (length > max) add(field, 'tooLong', { max, length });
  }
  if (text('preferredDate') === '') add('preferredDate', 'required');
  if (text('preferredTime') === '') add('preferredTime', 'required');
  if (text('timeZone') === '') add('timeZone', 'required');
  const present = new Set(errors.map((e) => e.field));
  const dates = checkRequestDates({
    preferredDate: text('preferredDate'),
    alternateDate: text('alternateDate') || undefined,
    preferredTime: text('preferredTime'),
    timeZone: text('timeZone'),
    now,
  });
  for (const problem of dates) {
    const field = problem.field as RequestField;
    if (!present.has(field)) add(field, RULE_KEYS[problem.rule] ?? 'required', problem.params);
  }
  return errors;
}

/** Validates a request form against the catalogue, the regions and the date rules. */
export function validateRequestForm(
  form: RequestForm,
  catalogue: Catalogue,
  now: Date,
): { ok: true; value: ValidRequest } | { ok: false; errors: FieldError[] } {
  const errors = fieldErrors(form, catalogue, now);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      topic: form.topic.trim(),
      language: form.language.trim() as ValidRequest['language'],
      region: form.region.trim(),
      department: form.department.trim(),
      participants: Number(form.participants.trim()),
      preferredDate: form.preferredDate.trim(),
      alternateDate: form.alternateDate.trim() || null,
      preferredTime: form.preferredTime.trim(),
      timeZone: form.timeZone.trim(),
      accessibility: form.accessibility.trim(),
      notes: form.notes.trim(),
    },
  };
}
