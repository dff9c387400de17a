import type { AdaptiveCard } from '../cards/render.js';
import { REGIONS } from '../data/regions.js';
import type { Deps } from '../deps.js';
import { ROLES, ROSTER_FIELDS, type RosterField, type RosterForm } from '../forms/roster-form.js';
import { TOPIC_FIELDS, type TopicField, type TopicForm } from '../forms/topic-form.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { RosterEntry } from '../store/roster-store.js';
import type { AdminTone } from './admin-view.js';
import { entryKey } from './admin-view.js';

/** What a person card shows besides the form: who it is about, its state and its messages. */
export interface PersonCardState {
  form: RosterForm;
  /** The stored entry being edited; absent for a new one. */
  stored?: Pick<RosterEntry, 'aadObjectId' | 'role' | 'name' | 'version'> | undefined;
  errors?: readonly RosterField[];
  notes?: string[];
  tone?: AdminTone;
  /** Set when the next Save confirms leaving a region without coordinators. */
  confirm?: boolean;
  /** Upcoming sessions of a facilitator just deactivated, as lines. */
  sessions?: string[];
}

/** The form of a stored entry. */
export function entryToForm(e: RosterEntry): RosterForm {
  return {
    role: e.role,
    person: '',
    aadObjectId: e.aadObjectId,
    name: e.name,
    email: e.email ?? '',
    side: e.side ?? '',
    region: e.region ?? '',
    languages: e.languages.join(','),
    active: String(e.active),
  };
}

/** The roster entry card: add or edit one person, with per-field errors and messages. */
export function personCard(deps: Deps, language: Language, state: PersonCardState): AdaptiveCard {
  const s = stringsFor(language);
  const t = s.admin;
  const errorSet = new Set(state.errors ?? []);
  const errors = Object.fromEntries(
    ROSTER_FIELDS.map((f) => [f, errorSet.has(f) ? t.errors[f] : '']),
  );
  const stored = state.stored;
  return deps.cards.render('admin-person', {
    t: s,
    heading: stored ? format(t.personEdit, { name: stored.name }) : t.personNew,
    notes: [...(errorSet.size > 0 ? [t.fix] : []), ...(state.notes ?? [])],
    tone: errorSet.size > 0 ? 'Attention' : (state.tone ?? 'Default'),
    form: state.form,
    errors,
    isNew: !stored,
    // An entry's role is part of its key: shown, not editable (a new role is a new entry).
    roleText: stored ? format(t.roleLine, { role: t.roles[stored.role] }) : '',
    roles: ROLES.map((value) => ({ value, title: t.roles[value] })),
    regions: REGIONS.map((r) => ({ id: r.id, title: r.name[language] })),
    key: { aadObjectId: stored?.aadObjectId ?? '', role: stored?.role ?? '' },
    version: stored ? String(stored.version) : '',
    confirm: state.confirm ? '1' : '',
    entryKey: stored ? entryKey(stored) : 'new',
    sessions: state.sessions ?? [],
    sessionsHeading: stored ? format(t.futureSessions, { name: stored.name }) : '',
  });
}

/** A topic id shown as an example of the format (ids are the same in both languages). */
const TOPIC_ID_EXAMPLE = 'mental-health';

/** What a topic card shows besides the form. */
export interface TopicCardState {
  form: TopicForm;
  /** The stored topic's id, title and version; absent for a new topic. */
  stored?: { id: string; title: string; version: number } | undefined;
  errors?: readonly TopicField[];
  notes?: string[];
  tone?: AdminTone;
}

/** The topic card: add or edit one topic of the catalogue. */
export function topicCard(deps: Deps, language: Language, state: TopicCardState): AdaptiveCard {
  const s = stringsFor(language);
  const t = s.admin;
  const errorSet = new Set(state.errors ?? []);
  const errors = Object.fromEntries(
    TOPIC_FIELDS.map((f) => [
      f,
      errorSet.has(f) ? format(t.topicErrors[f], { example: TOPIC_ID_EXAMPLE }) : '',
    ]),
  );
  const stored = state.stored;
  return deps.cards.render('admin-topic', {
    t: s,
    heading: stored ? format(t.topicEdit, { title: stored.title }) : t.topicNew,
    notes: [...(errorSet.size > 0 ? [t.fix] : []), ...(state.notes ?? [])],
    tone: errorSet.size > 0 ? 'Attention' : (state.tone ?? 'Default'),
    form: state.form,
    errors,
    isNew: !stored,
    topicIdLabel: format(t.topicId, { example: TOPIC_ID_EXAMPLE }),
    topicKey: stored?.id ?? 'new',
    version: stored ? String(stored.version) : '',
  });
}
