import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { readTopicForm, toTopicForm, topicToForm, TOPIC_FIELDS } from '../forms/topic-form.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { StoredTopic } from '../store/catalogue-store.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { topicCard } from '../ui/admin-forms-view.js';
import { asAdministrator, openedVersion } from './admin.js';

/** Opens a topic (or a blank one) for editing. */
export const ADMIN_CATALOGUE_EDIT = 'adminCatalogue.edit';
/** Saves a topic. */
export const ADMIN_CATALOGUE_SAVE = 'adminCatalogue.save';

async function storedTopic(deps: Deps, id: unknown): Promise<StoredTopic | undefined> {
  if (typeof id !== 'string') return undefined;
  return (await deps.store.catalogue.all()).find((row) => row.topic.id === id);
}

const keyOf = (stored: StoredTopic, language: Language) => ({
  id: stored.topic.id,
  title: stored.topic.title[language],
  version: stored.version,
});

async function edit(deps: Deps, language: Language, id: unknown): Promise<AdaptiveCard> {
  const stored = await storedTopic(deps, id);
  if (!stored) {
    const blank = Object.fromEntries(TOPIC_FIELDS.map((f) => [f, ''])) as ReturnType<
      typeof toTopicForm
    >;
    return topicCard(deps, language, { form: { ...blank, active: 'true' } });
  }
  return topicCard(deps, language, {
    form: topicToForm(stored.topic),
    stored: keyOf(stored, language),
  });
}

async function save(
  deps: Deps,
  turn: Turn,
  language: Language,
  data: Record<string, unknown>,
): Promise<AdaptiveCard> {
  const t = stringsFor(language).admin;
  const version = openedVersion(data);
  const before = version === null ? undefined : await storedTopic(deps, data.topicKept);
  if (version !== null && !before) {
    return deps.messageCard(language, t.title, t.topicMissing, 'attention');
  }
  const form = toTopicForm(data);
  const key = before ? keyOf(before, language) : undefined;
  const read = readTopicForm(form, before?.topic);
  if (!read.ok) return topicCard(deps, language, { form, stored: key, errors: read.fields });
  const result = await deps.store.catalogue.save(
    read.topic,
    version,
    turn.userAadId,
    deps.clock.now(),
  );
  if (!result.ok && result.reason === 'missing') {
    return deps.messageCard(language, t.title, t.topicMissing, 'attention');
  }
  if (!result.ok) {
    const current = result.current;
    const note =
      version === null ? format(t.topicExists, { id: current.topic.id }) : t.topicConflict;
    return topicCard(deps, language, {
      form: topicToForm(current.topic),
      stored: keyOf(current, language),
      notes: [note],
      tone: 'Attention',
    });
  }
  // This instance sees the edit at once; others within their refresh period.
  await deps.refreshCatalogue();
  const saved = result.stored;
  deps.logger.info({ actor: turn.userAadId, topic: saved.topic.id }, 'topic saved');
  const review = before?.topic.translationReviewed === true && !saved.topic.translationReviewed;
  return topicCard(deps, language, {
    form: topicToForm(saved.topic),
    stored: keyOf(saved, language),
    notes: [
      format(t.topicSaved, { title: saved.topic.title[language] }),
      ...(review ? [t.topicReview] : []),
    ],
    tone: 'Good',
  });
}

/** Registers editing and adding topics of the catalogue. */
export function register(bot: BotApp, deps: Deps): void {
  bot.verb(ADMIN_CATALOGUE_EDIT, (turn, data) =>
    asAdministrator(deps, turn, (l) => edit(deps, l, data.topic)),
  );
  bot.verb(ADMIN_CATALOGUE_SAVE, (turn, data) =>
    asAdministrator(deps, turn, (l) => save(deps, turn, l, data)),
  );
  deps.views.register(ADMIN_CATALOGUE_EDIT, (turn, _language, data) =>
    asAdministrator(deps, turn, (l) => edit(deps, l, data.topic)),
  );
}
