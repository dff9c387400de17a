import { topicSchema, type Topic } from '../data/catalogue-schema.js';

/** The inputs of the topic card. */
export const TOPIC_FIELDS = [
  'topicId',
  'titleEn',
  'titleFr',
  'objectivesEn',
  'objectivesFr',
  'minMinutes',
  'maxMinutes',
  'preReadingTitleEn',
  'preReadingTitleFr',
  'preReadingUrlEn',
  'preReadingUrlFr',
  'readingMinutes',
  'leadWorkingDays',
  'active',
] as const;

/** A field of the topic card. */
export type TopicField = (typeof TOPIC_FIELDS)[number];

/** What the administrator typed, as text. */
export type TopicForm = Record<TopicField, string>;

/** The pre-reading's fields: all empty means the topic has none. */
const PRE_READING = TOPIC_FIELDS.filter(
  (f) => f.startsWith('preReading') || f === 'readingMinutes' || f === 'leadWorkingDays',
);

/** Reads a payload into a form; anything not text counts as empty. */
export function toTopicForm(data: Record<string, unknown>): TopicForm {
  const form = {} as TopicForm;
  for (const field of TOPIC_FIELDS) {
    const raw = data[field];
    form[field] = typeof raw === 'string' ? raw.trim() : '';
  }
  return form;
}

/** A topic as its card shows it (objectives one per line). */
export function topicToForm(topic: Topic): TopicForm {
  const p = topic.preReading;
  return {
    topicId: topic.id,
    titleEn: topic.title.en,
    titleFr: topic.title.fr,
    objectivesEn: topic.objectives.en.join('\n'),
    objectivesFr: topic.objectives.fr.join('\n'),
    minMinutes: String(topic.minMinutes),
    maxMinutes: String(topic.maxMinutes),
    preReadingTitleEn: p?.title.en ?? '',
    preReadingTitleFr: p?.title.fr ?? '',
    preReadingUrlEn: p?.url.en ?? '',
    preReadingUrlFr: p?.url.fr ?? '',
    readingMinutes: p ? String(p.readingMinutes) : '',
    leadWorkingDays: p ? String(p.leadWorkingDays) : '',
    active: String(topic.active),
  };
}

/** The outcome of reading a topic form: a topic, or the fields to fix. */
export type TopicFormResult = { ok: true; topic: Topic } | { ok: false; fields: TopicField[] };

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((l) => l !== '');
/** A whole number as typed, or NaN (which the schema refuses), so every field is checked. */
const whole = (text: string) => (/^\d{1,4}$/.test(text) ? Number(text) : Number.NaN);

/** Where a schema problem is shown on the card. */
function fieldOf(path: readonly PropertyKey[]): TopicField {
  const [head, second, third] = path.map(String);
  const lang = (key: string | undefined) => (key === 'fr' ? 'Fr' : 'En');
  if (head === 'title') return `title${lang(second)}`;
  if (head === 'objectives') return `objectives${lang(second)}`;
  if (head === 'minMinutes' || head === 'maxMinutes' || head === 'active') return head;
  if (head === 'preReading') {
    if (second === 'title') return `preReadingTitle${lang(third)}`;
    if (second === 'url') return `preReadingUrl${lang(third)}`;
    if (second === 'readingMinutes' || second === 'leadWorkingDays') return second;
  }
  return 'topicId';
}

/**
 * Builds a topic from the form over what is stored (`base`: its summary and notes stay),
 * validated with the catalogue file's schema. Changing French text marks the topic for a
 * certified translator's review again.
 */
export function readTopicForm(form: TopicForm, base: Topic | undefined): TopicFormResult {
  const anyPreReading = PRE_READING.some((f) => form[f] !== '');
  const candidate = {
    ...(base?.summary ? { summary: base.summary } : {}),
    ...(base?.note ? { note: base.note } : {}),
    id: base?.id ?? form.topicId,
    title: { en: form.titleEn, fr: form.titleFr },
    objectives: { en: lines(form.objectivesEn), fr: lines(form.objectivesFr) },
    minMinutes: whole(form.minMinutes),
    maxMinutes: whole(form.maxMinutes),
    preReading: anyPreReading
      ? {
          title: { en: form.preReadingTitleEn, fr: form.preReadingTitleFr },
          url: { en: form.preReadingUrlEn, fr: form.preReadingUrlFr },
          readingMinutes: whole(form.readingMinutes),
          leadWorkingDays: whole(form.leadWorkingDays),
        }
      : null,
    translationReviewed: base?.translationReviewed ?? false,
    active: form.active !== 'false',
  };
  const parsed = topicSchema.safeParse(candidate);
  if (!parsed.success) {
    return { ok: false, fields: [...new Set(parsed.error.issues.map((i) => fieldOf(i.path)))] };
  }
  const topic = parsed.data;
  const frenchOf = (t: Topic) =>
    JSON.stringify([t.title.fr, t.objectives.fr, t.preReading?.title.fr, t.preReading?.url.fr]);
  if (base && frenchOf(base) !== frenchOf(topic)) topic.translationReviewed = false;
  return { ok: true, topic };
}
