import { todayIn } from '../../src/domain/dates.js';
import { toRequestForm, validateRequestForm } from '../../src/forms/request-form.js';
import { format, stringsFor } from '../../src/i18n/i18n.js';
import type { DiscussionRequest } from '../../src/store/request-store.js';
import {
  renderRequestNotification,
  requestNotifications,
  type RequestEvent,
} from '../../src/ui/request-notification.js';
import { requestFormCard } from '../../src/ui/request-view.js';
import { helpCard } from '../../src/flows/help.js';
import { viewData, type CardCase, type CardData, type CardFixtures } from './card-case.js';
import type { FixtureApp } from './fixture-app.js';
import { prereadingFixtures } from './fixtures-prereading.js';
import { adminFixtures } from './fixtures-admin.js';
import { meetingCardFixtures } from '../meeting/card-fixtures.js';
import { eraseConfirmCard } from '../../src/flows/privacy.js';
import { exportCards } from '../../src/ui/privacy-export-view.js';
import { schedulingFixtures } from './fixtures-scheduling.js';
import { sessionFixtures } from './fixtures-sessions.js';
import { HOSTILE_ACCESSIBILITY, HOSTILE_DEPARTMENT, HOSTILE_NOTES } from './hostile.js';
import { PEOPLE, type Person } from './people.js';

/** What a requester could type into the request card: wrong in every field it can be. */
function refusedForm() {
  return toRequestForm({
    topic: 'anti-racism',
    language: 'bilingual',
    region: 'ontario',
    department: `${HOSTILE_DEPARTMENT}!`,
    participants: '150',
    preferredDate: '2026-12-25',
    alternateDate: '2026-12-25',
    preferredTime: '25:61',
    timeZone: 'America/St_Johns',
    accessibility: HOSTILE_ACCESSIBILITY,
    notes: HOSTILE_NOTES,
  });
}

/**
 * Every template's fixtures, built on a fixture app. A new template needs an entry here (the
 * test fails until it has one): call the builder, view or dispatcher renderer the bot uses,
 * inside `fx.capture('<template>', …)`, with people and requests from the seed.
 */
export function cardFixtures(fx: FixtureApp): CardFixtures {
  const { deps, seeded } = fx;
  const help = (person: Person): CardCase => ({
    data: (language) =>
      fx.capture('help', () =>
        helpCard(deps, fx.turnFor(person.aadObjectId, person.name), language),
      ),
  });
  return {
    help: { employee: help(PEOPLE.nadia), coordinator: help(PEOPLE.ncrCoordinator) },
    message: {
      // The card every failed turn answers with (src/app.ts `errorCard`).
      error: {
        data: (language) =>
          fx.capture('message', () => {
            const t = stringsFor(language);
            const text = format(t.errors.generic, { id: '3f9c2a1b' });
            return deps.messageCard(language, t.app.name, text, 'attention');
          }),
      },
      // An employee pressing Schedule on a forwarded queue card is refused by the real flow.
      refused: {
        data: viewData(fx, 'message', 'schedule.form', PEOPLE.nadia, {
          requestId: seeded.open.id,
        }),
      },
    },
    request: {
      blank: { data: viewData(fx, 'request', 'request.form', PEOPLE.nadia) },
      refused: {
        data: (language) =>
          fx.capture('request', () => {
            const form = refusedForm();
            const checked = validateRequestForm(form, deps.catalogue, fx.clock.now());
            const errors = checked.ok ? [] : checked.errors;
            const today = todayIn(form.timeZone, fx.clock.now());
            return requestFormCard(deps, language, form, errors, today);
          }),
      },
    },
    'request-confirmation': {
      sent: {
        data: viewData(fx, 'request-confirmation', 'request.confirmation', PEOPLE.nadia, {
          requestId: seeded.open.id,
        }),
      },
      hostile: {
        data: viewData(fx, 'request-confirmation', 'request.confirmation', PEOPLE.hostile, {
          requestId: seeded.hostile.id,
        }),
      },
    },
    'request-notification': {
      new: { data: notification(fx, seeded.open, 'new', PEOPLE.ncrCoordinator) },
      cancelled: {
        data: notification(fx, seeded.cancelled, 'cancelled', PEOPLE.atlanticCoordinator),
      },
      // A region without coordinators tells the administrators; one the bot has never talked
      // to gets both languages, English first.
      bilingualAdministrator: {
        bilingual: true,
        data: notification(fx, seeded.hostile, 'new', PEOPLE.silentAdministrator),
      },
    },
    'my-requests': {
      list: { data: viewData(fx, 'my-requests', 'myRequests', PEOPLE.nadia) },
      hostile: { data: viewData(fx, 'my-requests', 'myRequests', PEOPLE.hostile) },
      empty: { data: viewData(fx, 'my-requests', 'myRequests', PEOPLE.owen) },
    },
    ...schedulingFixtures(fx),
    ...sessionFixtures(fx),
    ...prereadingFixtures(fx),
    ...adminFixtures(fx),
    ...meetingCardFixtures(fx),
    privacy: {
      confirm: {
        data: (l) =>
          fx.capture('privacy', () => eraseConfirmCard(fx.deps, PEOPLE.nadia.aadObjectId, l)),
      },
      export: {
        data: (l) =>
          fx.capture('privacy', async () =>
            exportCards(
              fx.deps,
              await fx.store.privacy.exportPerson(
                PEOPLE.nadia.aadObjectId,
                PEOPLE.administrator.aadObjectId,
                fx.clock.now(),
              ),
              PEOPLE.nadia.aadObjectId,
              l,
            ),
          ),
      },
    },
  };
}

/** A queued notification, made by the flow's own `requestNotifications`, rendered at send time. */
function notification(
  fx: FixtureApp,
  request: DiscussionRequest,
  event: RequestEvent,
  recipient: Person,
): CardData {
  return (language) =>
    fx.capture('request-notification', async () => {
      const coordinators = await fx.store.roster.coordinatorsOf(request.region);
      const told =
        coordinators.length > 0 ? coordinators : await fx.store.roster.list('administrator');
      const queued = requestNotifications(request, event, told, coordinators.length > 0).find(
        (d) => d.recipientAadId === recipient.aadObjectId,
      );
      if (!queued) throw new Error(`${recipient.name} is not told of ${request.reference}`);
      // Someone who chose a language gets that language only.
      if (recipient !== PEOPLE.silentAdministrator) {
        await fx.store.people.setLanguage(recipient.aadObjectId, language, fx.clock.now());
      }
      return renderRequestNotification(fx.deps, { ...queued, id: queued.key, attempts: 0 });
    });
}
