import type { Language } from '../../src/i18n/i18n.js';
import { prereadingCard } from '../../src/ui/prereading-view.js';
import type { CardCase, CardFixtures } from './card-case.js';
import type { FixtureApp } from './fixture-app.js';

/** The pre-reading card of the Anti-Racism session (the topic with a Participant Guide). */
function prereading(
  fx: FixtureApp,
  state: { acknowledged: boolean; canAck: boolean },
  bilingual = false,
): CardCase {
  return {
    bilingual,
    data: (language) =>
      fx.capture('prereading', () => {
        const languages: Language[] = bilingual ? ['en', 'fr'] : [language];
        const session = fx.seeded.bilingualSession;
        return prereadingCard(fx.deps, session, languages, 'America/Winnipeg', state);
      }),
  };
}

/** Fixtures of the pre-reading card: as sent, once read, and to someone of unknown language. */
export function prereadingFixtures(fx: FixtureApp): CardFixtures {
  return {
    prereading: {
      sent: prereading(fx, { acknowledged: false, canAck: true }),
      acknowledged: prereading(fx, { acknowledged: true, canAck: true }),
      bilingual: prereading(fx, { acknowledged: false, canAck: true }, true),
    },
  };
}
