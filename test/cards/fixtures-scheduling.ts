import { loadScheduleTarget } from '../../src/flows/schedule-target.js';
import { planSession } from '../../src/flows/schedule-save.js';
import { toScheduleForm } from '../../src/forms/schedule-form.js';
import { scheduleCard } from '../../src/ui/schedule-view.js';
import type { FixtureApp } from './fixture-app.js';
import { viewData, type CardData, type CardFixtures } from './card-case.js';
import { PEOPLE } from './people.js';

/**
 * A scheduling card as a coordinator could fill it in for the hostile LMC request (6.5–7 h,
 * bilingual): facilitators who speak both languages but are already booked that morning
 * (the Atlantic session), too short in total, a second part on Christmas Day before hours.
 */
const BROKEN_PLAN = {
  date: '2026-12-15',
  startTime: '11:00',
  timeZone: 'America/Halifax',
  durationMinutes: '300',
  unionFacilitator: '00000000-0000-4000-8000-000000000206',
  employerFacilitator: '00000000-0000-4000-8000-000000000202',
  capacity: '100',
  joinUrl: '',
  date2: '2026-12-25',
  startTime2: '06:30',
  durationMinutes2: '60',
};

/** The same card with inputs whose format is wrong (refused before the rules run). */
const MALFORMED_PLAN = {
  ...BROKEN_PLAN,
  capacity: '250',
  joinUrl: 'http://teams.example/not-https ${t.lang.code}',
  durationMinutes2: 'two hours',
};

/** The submit path of the scheduling card, with the flow's own planner and view. */
function refusedSchedule(fx: FixtureApp, plan: Record<string, string>): CardData {
  return (language) =>
    fx.capture('schedule', async () => {
      const target = await loadScheduleTarget(fx.deps, { requestId: fx.seeded.hostile.id });
      if (!target) throw new Error('the hostile request cannot be scheduled');
      const form = toScheduleForm(plan);
      const planned = await planSession(fx.deps, target, form, language);
      if (planned.ok) throw new Error('the broken plan was accepted');
      return scheduleCard(
        fx.deps,
        {
          ...target,
          facilitators: await fx.store.roster.list('facilitator'),
          form,
          sessionId: '',
          fieldErrors: planned.fieldErrors,
          violations: planned.violations,
          notice: '',
          noticeColor: 'Default',
        },
        language,
      );
    });
}

/** Fixtures of the coordinators' cards: the queue and scheduling. */
export function schedulingFixtures(fx: FixtureApp): CardFixtures {
  return {
    queue: {
      region: { data: viewData(fx, 'queue', 'queue', PEOPLE.ncrCoordinator) },
      everyRegion: { data: viewData(fx, 'queue', 'queue', PEOPLE.administrator) },
      empty: { data: viewData(fx, 'queue', 'queue', PEOPLE.atlanticCoordinator) },
    },
    schedule: {
      blank: {
        data: viewData(fx, 'schedule', 'schedule.form', PEOPLE.ncrCoordinator, {
          requestId: fx.seeded.open.id,
        }),
      },
      broken: { data: refusedSchedule(fx, BROKEN_PLAN) },
      malformed: { data: refusedSchedule(fx, MALFORMED_PLAN) },
      reschedule: {
        data: viewData(fx, 'schedule', 'schedule.form', PEOPLE.quebecCoordinator, {
          sessionId: fx.seeded.frSession.id,
        }),
      },
    },
  };
}
