import { format, stringsFor, type Language } from '../../src/i18n/i18n.js';
import type { Session } from '../../src/store/session-types.js';
import { invitationCard, seatsLine } from '../../src/ui/invitation-view.js';
import { renderSessionCard, type SessionEvent } from '../../src/ui/session-notification.js';
import { viewData, type CardCase, type CardData, type CardFixtures } from './card-case.js';
import type { FixtureApp } from './fixture-app.js';
import { PEOPLE, type Person } from './people.js';

/** Session news as the dispatcher renders it for one person. */
function news(
  fx: FixtureApp,
  pick: (fx: FixtureApp) => Session,
  event: SessionEvent,
  recipient: { person: Person; audience: 'requester' | 'coordinator' | 'participant' },
  options: { banner?: boolean; bilingual?: boolean } = {},
): CardCase {
  return {
    bilingual: options.bilingual ?? false,
    data: (language) =>
      fx.capture('session-notification', () => {
        const session = pick(fx);
        const banner = options.banner ? stringsFor(language).schedule.scheduled : '';
        const languages: Language[] = options.bilingual ? ['en', 'fr'] : [language];
        const shown: Session =
          event === 'cancelled' ? { ...session, status: 'cancelled' } : session;
        return renderSessionCard(
          fx.deps,
          shown,
          event,
          recipient.audience,
          recipient.person.aadObjectId,
          languages,
          banner,
        );
      }),
  };
}

/** The session in the card's own language, as an invitation is posted in a team's chat. */
function sessionIn(fx: FixtureApp, language: Language): Session {
  return language === 'fr' ? fx.seeded.frSession : fx.seeded.enSession;
}

/** The invitation as `invite <reference>` posts it. */
function posted(fx: FixtureApp): CardData {
  return (language) =>
    fx.capture('invitation', () =>
      invitationCard(fx.deps, sessionIn(fx, language), {
        language,
        status: '',
        statusColor: 'Default',
        registered: false,
      }),
    );
}

/** The invitation after a participant in another zone pressed Register (as the flow answers). */
function registered(fx: FixtureApp): CardData {
  return (language) =>
    fx.capture('invitation', async () => {
      const session = sessionIn(fx, language);
      const t = stringsFor(language);
      const person = { aadObjectId: 'f0000000-0000-4000-8000-0000000000aa', name: 'Kiran Wong' };
      const result = await fx.store.registrations.register(session.id, person, fx.clock.now());
      const seats = await seatsLine(fx.deps, session, language);
      const text = result.outcome === 'registered' ? t.invitation.registered : t.invitation.already;
      return invitationCard(fx.deps, session, {
        language,
        status: format(text, { seats }),
        statusColor: 'Good',
        registered: true,
        viewerZone: 'America/Vancouver',
      });
    });
}

/** The bilingual invitation the requester gets, with how to post it. */
function forRequester(fx: FixtureApp): CardCase {
  return {
    bilingual: true,
    data: (language) =>
      fx.capture('invitation', () => {
        const session = fx.seeded.bilingualSession;
        const banner = format(stringsFor(language).session.requesterNote, {
          reference: session.reference,
        });
        return invitationCard(fx.deps, session, {
          language,
          status: '',
          statusColor: 'Default',
          registered: false,
          banner,
        });
      }),
  };
}

/** Fixtures of the session cards: the list, invitations and session news. */
export function sessionFixtures(fx: FixtureApp): CardFixtures {
  const fr = (f: FixtureApp) => f.seeded.frSession;
  const twoParts = (f: FixtureApp) => f.seeded.bilingualSession;
  return {
    sessions: {
      coordinator: { data: viewData(fx, 'sessions', 'sessions', PEOPLE.quebecCoordinator) },
      everySession: { data: viewData(fx, 'sessions', 'sessions', PEOPLE.administrator) },
      facilitator: { data: viewData(fx, 'sessions', 'sessions', PEOPLE.aisha) },
      empty: { data: viewData(fx, 'sessions', 'sessions', PEOPLE.tom) },
    },
    invitation: {
      posted: { data: posted(fx) },
      registered: { data: registered(fx) },
      bilingualForRequester: forRequester(fx),
    },
    'session-notification': {
      requester: news(fx, fr, 'scheduled', { person: PEOPLE.nadia, audience: 'requester' }),
      scheduledByMe: news(
        fx,
        twoParts,
        'scheduled',
        { person: PEOPLE.atlanticCoordinator, audience: 'coordinator' },
        { banner: true },
      ),
      bilingualCancelled: news(
        fx,
        twoParts,
        'cancelled',
        { person: PEOPLE.marcAntoine, audience: 'participant' },
        { bilingual: true },
      ),
    },
  };
}
