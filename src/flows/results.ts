import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { canRunSession, isAdministrator, type RoleEntry } from '../domain/access.js';
import { findReference } from '../domain/reference.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { Delivery } from '../store/delivery-store.js';
import type { Session } from '../store/session-types.js';
import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { programCsvCard, programReportCard } from '../ui/program-report-view.js';
import type { ReportInput } from '../ui/program-report-model.js';
import { resultsCard } from '../ui/results-view.js';
import { notice } from './meeting-context.js';

/** The delivery kind of results sent privately after `results` in a group or meeting chat. */
export const RESULTS_DELIVERY = 'feedback.results';

/** Shows another page of a session's comments (for the presser only). */
export const RESULTS_PAGE = 'results.page';

/** Shows the program-wide report as CSV (for administrators only). */
export const RESULTS_PROGRAM_CSV = 'results.programCsv';

const PROGRAM = /^(program|programme)(\s+csv)?$/i;

/** The named session, else the chat's linked one, else the sender's most recently polled one. */
async function sessionFor(
  deps: Deps,
  turn: Turn,
  argument: string,
  roles: readonly RoleEntry[],
): Promise<{ session?: Session | undefined; reference?: string | undefined }> {
  const reference = findReference(argument);
  if (reference) return { session: await deps.store.sessions.byReference(reference), reference };
  const link = await deps.store.meetings.linkOf(turn.conversationId);
  if (link) return { session: await deps.store.sessions.byId(link.sessionId) };
  for (const id of await deps.store.feedback.polledSessionIds()) {
    const session = await deps.store.sessions.byId(id);
    if (session && canRunSession(roles, turn.userAadId, session)) return { session };
  }
  return {};
}

/** The results card for someone allowed to see them, else the refusal. */
async function cardFor(
  deps: Deps,
  turn: Turn,
  session: Session,
  language: Language,
  page = 0,
): Promise<AdaptiveCard> {
  const { reference } = session;
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  if (!canRunSession(roles, turn.userAadId, session)) {
    deps.logger.warn({ user: turn.userAadId, session: reference }, 'results refused');
    return notice(deps, turn, (m) => format(m.resultsNotAllowed, { reference }));
  }
  const summary = await deps.store.feedback.summary(session.id);
  if (!summary) return notice(deps, turn, (m) => format(m.noPoll, { reference }), 'default');
  return resultsCard(deps, session, summary, language, page);
}

/** Queues the card 1:1 (rendered at send time) and tells the chat only that it was sent. */
async function sendPrivately(
  deps: Deps,
  turn: Turn,
  payload: Record<string, unknown>,
  what: string,
): Promise<void> {
  const key = `results:${what}:${turn.userAadId}:${turn.activityId ?? deps.clock.now().toISOString()}`;
  await deps.store.deliveries.enqueue(
    [
      {
        key,
        recipientAadId: turn.userAadId,
        tenantId: turn.tenantId,
        serviceUrl: turn.serviceUrl,
        kind: RESULTS_DELIVERY,
        payload,
      },
    ],
    deps.clock.now(),
  );
  deps.dispatcher.kick();
  const text = (m: { sentPrivately: string }) => format(m.sentPrivately, { reference: what });
  await turn.sendCard(await notice(deps, turn, text, 'good'));
}

async function reportInput(deps: Deps): Promise<ReportInput> {
  return {
    held: await deps.store.reports.heldSessions(deps.clock.now()),
    summaries: await deps.store.feedback.programSummaries(),
  };
}

/** The program-wide report (or its CSV) for an administrator, else the refusal. */
async function programCard(
  deps: Deps,
  turn: Turn,
  language: Language,
  csv: boolean,
): Promise<AdaptiveCard> {
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  if (!isAdministrator(roles)) {
    deps.logger.warn({ user: turn.userAadId }, 'program results refused');
    return notice(deps, turn, (m) => m.programNotAllowed);
  }
  const render = csv ? programCsvCard : programReportCard;
  return render(deps, await reportInput(deps), language);
}

/** `results program [csv]`: program-wide figures with small cells suppressed, for administrators. */
async function programCommand(deps: Deps, turn: Turn, csv: boolean): Promise<void> {
  const language = await deps.languageOf(turn);
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  if (turn.chat === 'personal' || !isAdministrator(roles)) {
    await turn.sendCard(await programCard(deps, turn, language, csv));
    return;
  }
  await sendPrivately(
    deps,
    turn,
    { program: true, csv, language },
    stringsFor(language).meeting.programTitle,
  );
}

/**
 * `results [reference]`: to the session's facilitators, its region's coordinators and
 * administrators, privately. In a group or meeting chat the card goes 1:1 (through the outbox)
 * and the chat is only told so; nobody else gets anything but a refusal.
 */
async function resultsCommand(deps: Deps, turn: Turn, argument: string): Promise<void> {
  const program = PROGRAM.exec(argument.trim());
  if (program) {
    await programCommand(deps, turn, program[2] !== undefined);
    return;
  }
  const language = await deps.languageOf(turn);
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  const { session, reference } = await sessionFor(deps, turn, argument, roles);
  if (!session) {
    const text = reference
      ? (m: { notFound: string }) => format(m.notFound, { reference })
      : (m: { noResults: string }) => m.noResults;
    await turn.sendCard(await notice(deps, turn, text));
    return;
  }
  const summary = await deps.store.feedback.summary(session.id);
  if (turn.chat === 'personal' || !canRunSession(roles, turn.userAadId, session) || !summary) {
    await turn.sendCard(await cardFor(deps, turn, session, language));
    return;
  }
  await sendPrivately(deps, turn, { sessionId: session.id, language }, session.reference);
}

async function renderResults(deps: Deps, delivery: Delivery): Promise<AdaptiveCard> {
  const language = delivery.payload.language === 'fr' ? 'fr' : 'en';
  if (delivery.payload.program === true) {
    const render = delivery.payload.csv === true ? programCsvCard : programReportCard;
    return render(deps, await reportInput(deps), language);
  }
  const session = await deps.store.sessions.byId(String(delivery.payload.sessionId));
  const summary = session ? await deps.store.feedback.summary(session.id) : undefined;
  if (!session || !summary) throw new Error('the results or their session no longer exist');
  return resultsCard(deps, session, summary, language);
}

/** Registers `results`/`résultats`, its view (language switch) and its private delivery. */
export function register(bot: BotApp, deps: Deps): void {
  bot.command(['results', 'résultats'], (turn, argument) => resultsCommand(deps, turn, argument));
  const view = async (turn: Turn, language: Language, data: Record<string, unknown>) => {
    const session =
      typeof data.sessionId === 'string'
        ? await deps.store.sessions.byId(data.sessionId)
        : undefined;
    if (!session) return notice(deps, turn, (m) => m.noResults);
    return cardFor(deps, turn, session, language, Number(data.page ?? 0) || 0);
  };
  deps.views.register('results', view);
  bot.verb(RESULTS_PAGE, async (turn, data) => view(turn, await deps.languageOf(turn), data));
  deps.views.register('results.program', (turn, language) =>
    programCard(deps, turn, language, false),
  );
  deps.views.register(RESULTS_PROGRAM_CSV, (turn, language) =>
    programCard(deps, turn, language, true),
  );
  bot.verb(RESULTS_PROGRAM_CSV, async (turn) =>
    programCard(deps, turn, await deps.languageOf(turn), true),
  );
  deps.dispatcher.register(RESULTS_DELIVERY, (delivery) => renderResults(deps, delivery));
}
