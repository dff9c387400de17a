import type { AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { isAdministrator } from '../domain/access.js';
import {
  isAadObjectId,
  JOB_RETENTION,
  nextRetentionRun,
  parsePrivacyCommand,
  retentionCutoff,
} from '../domain/retention.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';

import type { BotApp } from '../teams/bot.js';
import type { Turn } from '../teams/turn.js';
import { exportCards } from '../ui/privacy-export-view.js';
import { helpCard } from './help.js';

/** Erases one person's data, after the administrator confirmed on the card. */
export const PRIVACY_ERASE = 'privacy.erase';

/** The card of an erasure, done now or earlier (the same answer both times). */
async function erase(deps: Deps, turn: Turn, id: string, lang: Language): Promise<AdaptiveCard> {
  const s = stringsFor(lang);
  const done = await deps.store.privacy.erasePerson(id, turn.userAadId, deps.clock.now());
  deps.logger.info({ actor: turn.userAadId, ...done.counts }, 'privacy erase');
  const body = format(s.privacy.erasedBody, {
    date: done.at.toISOString().slice(0, 10),
    ...done.counts,
  });
  return deps.cards.render('privacy', {
    t: s,
    title: format(s.privacy.erasedTitle, { id }),
    notes: [body, s.privacy.rosterNote, s.privacy.feedbackNote],
    sections: [],
    target: '',
  });
}

/** `privacy export|erase <id>` / `confidentialité exporter|effacer <id>`, administrators only. */
async function command(deps: Deps, turn: Turn, argument: string): Promise<void> {
  const lang = await deps.languageOf(turn);
  const s = stringsFor(lang);
  const roles = await deps.store.roster.rolesOf(turn.userAadId);
  // A command someone's role does not allow gets the help card for their role.
  if (!isAdministrator(roles)) {
    await turn.sendCard(await helpCard(deps, turn, lang));
    return;
  }
  const say = (message: string) => turn.sendCard(deps.messageCard(lang, s.app.name, message));
  if (turn.chat !== 'personal') return say(s.privacy.personalOnly);
  const parsed = parsePrivacyCommand(argument);
  if (parsed.action === 'usage') return say(s.privacy.usage);
  const id = parsed.aadObjectId;
  if (parsed.action === 'export') {
    const data = await deps.store.privacy.exportPerson(id, turn.userAadId, deps.clock.now());
    deps.logger.info({ actor: turn.userAadId }, 'privacy export');
    for (const card of exportCards(deps, data, id, lang)) await turn.sendCard(card);
    return;
  }
  await turn.sendCard(eraseConfirmCard(deps, id, lang));
}

/** Asks an administrator to confirm an erasure; its button carries the person's id. */
export function eraseConfirmCard(deps: Deps, id: string, language: Language): AdaptiveCard {
  const s = stringsFor(language);
  return deps.cards.render('privacy', {
    t: s,
    title: format(s.privacy.eraseTitle, { id }),
    notes: [s.privacy.eraseBody, s.privacy.rosterNote],
    sections: [],
    target: id,
  });
}

/** Registers the Privacy Act commands, the erase button and the daily retention job. */
export function register(bot: BotApp, deps: Deps): void {
  bot.command(['privacy', 'confidentialité'], (turn, argument) => command(deps, turn, argument));
  bot.verb(PRIVACY_ERASE, async (turn, data) => {
    const lang = await deps.languageOf(turn);
    const s = stringsFor(lang);
    const roles = await deps.store.roster.rolesOf(turn.userAadId);
    if (!isAdministrator(roles)) {
      deps.logger.warn({ user: turn.userAadId }, 'privacy erase refused');
      return deps.messageCard(lang, s.app.name, s.privacy.notAllowed, 'attention');
    }
    const id = data.aadObjectId;
    if (!isAadObjectId(id)) return deps.messageCard(lang, s.app.name, s.privacy.usage);
    return erase(deps, turn, id.toLowerCase(), lang);
  });
  deps.jobs.register(JOB_RETENTION, async () => {
    const now = deps.clock.now();
    const cutoff = retentionCutoff(now, deps.config.RETENTION_DAYS);
    const counts = await deps.store.privacy.applyRetention(cutoff, now);
    deps.logger.info({ cutoff: cutoff.toISOString(), ...counts }, 'retention applied');
    const next = nextRetentionRun(now);
    await deps.store.privacy.scheduleRetention(next, now);
  });
}
