import { z } from 'zod';
import { frenchTypography, typographicApostrophes } from './french-typography.js';

/*
 * French typography rule, applied to every French text of the catalogue (titles, summaries,
 * objectives), following the Office québécois de la langue française's careful style:
 *   - U+00A0 NO-BREAK SPACE before ":" and inside « guillemets »;
 *   - U+202F NARROW NO-BREAK SPACE before "!", "?" and ";".
 * The shipped catalogue.json is written that way, and `frenchTypography` normalises whatever
 * spacing an administrator types, so the rule holds without anyone typing invisible characters.
 * Apostrophes, typed straight or not, are typographic (’) in both languages, as in every other
 * string the bot shows.
 */

/**
 * The cross-field checks below run even when a field failed (their `when`), so every problem
 * is reported in one pass; they must then read values that may be missing or mistyped.
 */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Text that must not be empty once trimmed. */
const text = z.string().trim().min(1).overwrite(typographicApostrophes);
/** French text, its spacing before high punctuation normalised (see the rule above). */
const frenchText = text.overwrite(frenchTypography);

/** A text in both official languages. */
export const bilingualTextSchema = z.strictObject({ en: text, fr: frenchText });

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

/**
 * A whole number in a range. Not `z.int()`: its failure stops every later check of the
 * enclosing objects, so a duplicate id would go unreported until the number was fixed.
 */
function wholeNumber(min: number, max: number) {
  return z
    .number()
    .min(min)
    .max(max)
    .refine(Number.isInteger, { error: 'must be a whole number' });
}

/** Facilitated minutes: at least half an hour, at most a working day (8 h). */
const minutes = wholeNumber(30, 480);

/** Reading participants do before a session, and how early it must reach them. */
export const preReadingSchema = z.strictObject({
  title: bilingualTextSchema,
  url: z.strictObject({ en: httpsUrl, fr: httpsUrl }),
  readingMinutes: wholeNumber(1, 480),
  /** Working days between sending the reading and the session; scheduling enforces it. */
  leadWorkingDays: wholeNumber(0, 60),
  /** A note for administrators, never shown to users. */
  note: z.string().optional(),
});

/** Learning objectives; the French list translates the English one item for item. */
const objectivesSchema = z
  .strictObject({ en: z.array(text).min(1), fr: z.array(frenchText).min(1) })
  .superRefine(
    (objectives, ctx) => {
      const en: unknown = objectives.en;
      const fr: unknown = objectives.fr;
      if (Array.isArray(en) && Array.isArray(fr) && en.length > 0 && en.length !== fr.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['fr'],
          message: `must have as many objectives as en (${en.length}), has ${fr.length}`,
        });
      }
    },
    { when: (payload) => isObject(payload.value) },
  );

const TOPIC_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** One topic of the Discussion Series. */
export const topicSchema = z
  .strictObject({
    id: z
      .string()
      .max(40)
      .regex(TOPIC_ID, { error: 'must be kebab-case (a-z, 0-9 and single hyphens), e.g. lmc' }),
    title: bilingualTextSchema,
    summary: bilingualTextSchema.optional(),
    objectives: objectivesSchema,
    minMinutes: minutes,
    maxMinutes: minutes,
    preReading: preReadingSchema.nullable().default(null),
    /** False until a certified translator has reviewed the topic's French. */
    translationReviewed: z.boolean().default(false),
    /** An inactive topic is no longer offered but still names past sessions. */
    active: z.boolean().default(true),
    note: z.string().optional(),
  })
  .superRefine(
    (topic, ctx) => {
      const { minMinutes, maxMinutes } = topic as { minMinutes: unknown; maxMinutes: unknown };
      if (typeof minMinutes === 'number' && typeof maxMinutes === 'number') {
        if (maxMinutes < minMinutes) {
          ctx.addIssue({
            code: 'custom',
            path: ['maxMinutes'],
            message: `must be ≥ minMinutes (${minMinutes})`,
          });
        }
      }
    },
    { when: (payload) => isObject(payload.value) },
  );

const topicsSchema = z
  .array(topicSchema)
  .min(1)
  .superRefine(
    (topics, ctx) => {
      // Runs even when some topic failed (see `when`), so duplicates are reported alongside.
      const first = new Map<string, number>();
      let active = 0;
      (topics as unknown[]).forEach((topic, index) => {
        if (typeof topic !== 'object' || topic === null) return;
        const { id, active: isActive } = topic as { id?: unknown; active?: unknown };
        if (isActive !== false) active += 1;
        if (typeof id !== 'string') return;
        const earlier = first.get(id);
        if (earlier === undefined) first.set(id, index);
        else {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `duplicates topics[${earlier}]`,
          });
        }
      });
      if (topics.length > 0 && active === 0) {
        ctx.addIssue({ code: 'custom', path: [], message: 'no topic is active' });
      }
    },
    { when: (payload) => Array.isArray(payload.value) },
  );

/** The topic catalogue file (`CATALOGUE_FILE`, by default `src/data/catalogue.json`). */
export const catalogueSchema = z.strictObject({
  version: z.literal(1),
  series: bilingualTextSchema,
  program: bilingualTextSchema,
  topics: topicsSchema,
  note: z.string().optional(),
});

/** A validated catalogue, French spacing normalised and defaults filled in. */
export type Catalogue = z.infer<typeof catalogueSchema>;
/** One topic of the catalogue. */
export type Topic = z.infer<typeof topicSchema>;
/** A topic's pre-reading. */
export type PreReading = z.infer<typeof preReadingSchema>;
/** A text in English and French. */
export type BilingualText = z.infer<typeof bilingualTextSchema>;
