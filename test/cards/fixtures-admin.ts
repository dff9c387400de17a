import { emptyRosterForm, type RosterForm } from '../../src/forms/roster-form.js';
import { topicToForm } from '../../src/forms/topic-form.js';
import { exportCards } from '../../src/ui/admin-export-view.js';
import { entryToForm, personCard, topicCard } from '../../src/ui/admin-forms-view.js';
import { historyCard } from '../../src/ui/admin-history-view.js';
import { adminHomeCard } from '../../src/ui/admin-view.js';
import type { CardFixtures } from './card-case.js';
import type { FixtureApp } from './fixture-app.js';
import { HOSTILE_NAME } from './hostile.js';
import { PEOPLE } from './people.js';

/** A person an administrator adds (with a name a careless card would mangle), once per store. */
const seededHistory = new WeakMap<FixtureApp, Promise<void>>();
function withHistory(fx: FixtureApp): Promise<void> {
  let done = seededHistory.get(fx);
  if (!done) {
    done = (async () => {
      const entry = {
        aadObjectId: '00000000-0000-4000-8000-0000000009a1',
        role: 'facilitator' as const,
        name: HOSTILE_NAME,
        email: null,
        side: 'union' as const,
        region: 'atlantic',
        languages: ['en' as const, 'fr' as const],
        active: true,
      };
      const admin = PEOPLE.administrator.aadObjectId;
      await fx.store.rosterAdmin.save(entry, null, admin, fx.clock.now());
      await fx.store.rosterAdmin.save({ ...entry, active: false }, 1, admin, fx.clock.now());
    })();
    seededHistory.set(fx, done);
  }
  return done;
}

/** Fixtures of the administration cards: home, a person, a topic, the history, the export. */
export function adminFixtures(fx: FixtureApp): CardFixtures {
  const tom = async () => {
    const entry = await fx.store.roster.get(PEOPLE.tom.aadObjectId, 'facilitator');
    if (!entry) throw new Error('Tom Nguyen is not in the sample roster');
    return entry;
  };
  const lmc = () => {
    const topic = fx.deps.catalogue.topics.find((t) => t.id === 'lmc');
    if (!topic) throw new Error('no lmc topic');
    return topic;
  };
  const badForm: RosterForm = {
    ...emptyRosterForm(),
    role: 'facilitator',
    aadObjectId: 'not-a-guid',
    name: HOSTILE_NAME,
  };
  return {
    admin: { home: { data: (l) => fx.capture('admin', () => adminHomeCard(fx.deps, l)) } },
    'admin-person': {
      new: {
        data: (l) =>
          fx.capture('admin-person', () => personCard(fx.deps, l, { form: emptyRosterForm() })),
      },
      refused: {
        data: (l) =>
          fx.capture('admin-person', () =>
            personCard(fx.deps, l, {
              form: badForm,
              errors: ['aadObjectId', 'side', 'region', 'languages'],
            }),
          ),
      },
      deactivated: {
        data: async (l) => {
          const entry = { ...(await tom()), active: false };
          return fx.capture('admin-person', () =>
            personCard(fx.deps, l, {
              form: entryToForm(entry),
              stored: entry,
              notes: ['✓'],
              tone: 'Good',
              sessions: ['JLP-2026-0002 · LMC · 2026-12-02'],
            }),
          );
        },
      },
    },
    'admin-topic': {
      edit: {
        data: (l) =>
          fx.capture('admin-topic', () =>
            topicCard(fx.deps, l, {
              form: topicToForm(lmc()),
              stored: { id: 'lmc', title: lmc().title[l], version: 3 },
            }),
          ),
      },
      refused: {
        data: (l) =>
          fx.capture('admin-topic', () =>
            topicCard(fx.deps, l, {
              form: { ...topicToForm(lmc()), topicId: 'Bad Id', minMinutes: '10' },
              errors: ['topicId', 'minMinutes', 'preReadingUrlFr'],
            }),
          ),
      },
    },
    'admin-history': {
      changes: {
        data: async (l) => {
          await withHistory(fx);
          return fx.capture('admin-history', () => historyCard(fx.deps, l, 0));
        },
      },
    },
    'admin-export': {
      roster: {
        data: (l) => fx.capture('admin-export', async () => (await exportCards(fx.deps, l))[0]),
      },
    },
  };
}
