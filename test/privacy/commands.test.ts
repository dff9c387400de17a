import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { USERS, type TestUser } from '../helpers/activities.js';
import { LoopbackConnector } from '../helpers/connector.js';
import { Harness, cardText } from '../helpers/harness.js';
import { resetSessions, scheduledSession } from '../helpers/scenario.js';
import { actionsOf, cardsTo, dump } from './privacy-helpers.js';

const team = { conversationType: 'groupChat' as const, conversationId: '19:team@thread.v2' };
const adminFr: TestUser = { ...USERS.admin1, locale: 'fr-CA' };
const nadia = USERS.employee.aadObjectId;

/** Every table of the store, for the "nothing left" check. */
const ALL = [
  'people',
  'requests',
  'reference_counters',
  'audit_log',
  'roster',
  'deliveries',
  'sessions',
  'session_parts',
  'registrations',
  'jobs',
  'meeting_links',
  'feedback_polls',
  'feedback_responses',
  'feedback_comments',
  'feedback_respondents',
  'feedback_summaries',
] as const;

describe('Privacy Act requests', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(() => resetSessions(h));

  /** Nadia's request, scheduled, her registration, her language choice; the admin's chat cleared. */
  async function nadiaHistory(): Promise<string> {
    const { sessionId } = await scheduledSession(h, { request: { notes: 'Private note 42' } });
    await h.press(USERS.employee, 'registration.join', { sessionId }, team);
    await h.press(USERS.employee, 'language.set', { language: 'en' });
    h.connector.reset();
    return sessionId;
  }

  const privacyAudit = (action: string) =>
    db().selectFrom('audit_log').selectAll().where('action', '=', action).execute();

  it('exports everything held about a person, and records the export', async () => {
    await nadiaHistory();
    await h.say(USERS.admin1, `privacy export ${nadia}`);
    const text = cardsTo(h, USERS.admin1).join('\n');
    for (const expected of [
      `Personal information held about ${nadia}`,
      'Name: Nadia Okafor · Language: en · Time zone: America/Toronto',
      'Conversation reference held: yes',
      'JLP-2026-0001',
      'Employment and Social Development Canada',
      'ASL interpretation',
      'Private note 42',
      'JLP-2026-0001 · Status: registered',
      'request.create',
      'registration.join',
      'Feedback answers are anonymous',
    ]) {
      expect(text).toContain(expected);
    }
    const kinds = await db()
      .selectFrom('deliveries')
      .select('kind')
      .where('recipient_aad_id', '=', nadia)
      .execute();
    expect(kinds.length).toBeGreaterThan(0);
    for (const { kind } of kinds) expect(text).toContain(kind);
    const [entry, ...more] = await privacyAudit('privacy.export');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actor_aad_id: USERS.admin1.aadObjectId, entity_id: nadia });
    expect(JSON.parse(entry!.after!)).toMatchObject({ requests: 1, registrations: 1 });
  });

  it('exports in French with “confidentialité exporter”, and says when nothing is held', async () => {
    const unknown = 'f0000000-0000-4000-8000-000000000009';
    await h.say(adminFr, `confidentialité exporter ${unknown}`);
    const text = cardsTo(h, adminFr).join('\n');
    expect(text).toContain(`Renseignements personnels détenus sur ${unknown}`);
    expect(text).toContain('Les réponses aux sondages sont anonymes');
    expect(text).toContain('Aucun');
    expect(text).not.toContain('Personal information');
  });

  it('erases after confirmation: only anonymised shells and the audit entry remain', async () => {
    await nadiaHistory();
    const before = await dump(h);
    await h.say(USERS.admin1, `privacy erase ${nadia}`);
    const [ask] = h.connector.messages(`a:personal-${USERS.admin1.aadObjectId}`);
    const card = LoopbackConnector.card(ask!);
    expect(cardText(card)).toContain(`Erase the personal information of ${nadia}?`);
    expect(cardText(card)).toContain('Roster entries are managed by administrators');
    const erase = actionsOf(card).find((a) => a.verb === 'privacy.erase');
    expect(erase?.data).toEqual({ verb: 'privacy.erase', aadObjectId: nadia });
    // Asking changes nothing (but the admin's own "last seen").
    const asked = await dump(h);
    expect({ ...asked, people: [] }).toEqual({ ...before, people: [] });

    const replyToId = 'erase-card-1';
    const first = await h.press(USERS.admin1, 'privacy.erase', erase!.data, { replyToId });
    const answer = cardText(first.card);
    expect(answer).toContain(`Personal information of ${nadia} erased`);
    expect(answer).toMatch(
      /1 requests made anonymous, 1 registrations, 1 profile and \d+ messages/,
    );

    const rows: Record<string, unknown[]> = {};
    for (const table of ALL) rows[table] = await db().selectFrom(table).selectAll().execute();
    const all = JSON.stringify(rows);
    for (const trace of ['Nadia Okafor', 'Private note 42', 'ASL interpretation']) {
      expect(all).not.toContain(trace);
    }
    const naming = (rows.audit_log as { action: string; entity_id: string }[]).filter((r) =>
      JSON.stringify(r).includes(nadia),
    );
    expect(naming.map((r) => r.action)).toEqual(['privacy.erase']);
    const others = ALL.filter((t) => t !== 'audit_log').map((t) => JSON.stringify(rows[t]));
    expect(others.join('')).not.toContain(nadia);
    expect(rows.requests).toHaveLength(1);
    expect(rows.requests![0]).toMatchObject({
      reference: 'JLP-2026-0001',
      requester_aad_id: 'erased',
      requester_name: '',
      department: '',
    });
    expect(rows.sessions).toHaveLength(1);

    const again = await h.press(USERS.admin1, 'privacy.erase', erase!.data, { replyToId });
    expect(cardText(again.card)).toBe(answer);
    expect(await privacyAudit('privacy.erase')).toHaveLength(1);
  });

  it('erases in French with “confidentialité effacer”', async () => {
    await nadiaHistory();
    await h.say(adminFr, `confidentialité effacer ${nadia}`);
    const card = LoopbackConnector.card(h.connector.messages()[0]!);
    expect(cardText(card)).toContain(`Effacer les renseignements personnels de ${nadia}\u202f?`);
    const { card: done } = await h.press(adminFr, 'privacy.erase', { aadObjectId: nadia });
    expect(cardText(done)).toContain(`Renseignements personnels de ${nadia} effacés`);
    expect(await db().selectFrom('registrations').selectAll().execute()).toEqual([]);
  });

  it.each([
    { who: 'an employee', user: USERS.employee, text: 'privacy export', refusal: 'Only program' },
    { who: 'a coordinator', user: USERS.ncrUnion, text: 'privacy erase', refusal: 'Only program' },
    {
      who: 'a French employee',
      user: USERS.employeeFr,
      text: 'confidentialité effacer',
      refusal: 'Seuls les administrateurs',
    },
  ])('refuses $who, changing nothing', async ({ user, text, refusal }) => {
    await nadiaHistory();
    const target = user === USERS.employee ? USERS.employeeFr.aadObjectId : nadia;
    const before = await dump(h);
    await h.say(user, `${text} ${target}`);
    const typed = cardsTo(h, user).join('\n');
    expect(typed).not.toMatch(/Personal information|Renseignements personnels/);
    expect(actionsOf(LoopbackConnector.card(h.connector.messages()[0]!))).not.toContainEqual(
      expect.objectContaining({ verb: 'privacy.erase' }),
    );
    const { card } = await h.press(user, 'privacy.erase', { aadObjectId: target });
    expect(cardText(card)).toContain(refusal);
    const after = await dump(h);
    // Only the presser's own "last seen" may move.
    const others = (rows: Record<string, string[]>) => ({
      ...rows,
      people: (rows.people ?? []).filter((r) => !r.includes(user.aadObjectId)),
    });
    expect(others(after)).toEqual(others(before));
  });

  it('keeps personal information out of group chats, even for an administrator', async () => {
    await nadiaHistory();
    await h.say(USERS.admin1, `<at>JLP Conversations</at> privacy export ${nadia}`, team);
    const text = h.connector.messages().map((c) => cardText(LoopbackConnector.card(c)));
    expect(text).toHaveLength(1);
    expect(text[0]).toContain('only in our 1:1 chat');
    expect(text[0]).not.toContain('Nadia');
    expect(await privacyAudit('privacy.export')).toEqual([]);
  });

  it('explains the command when the id is missing or malformed', async () => {
    await h.say(USERS.admin1, 'privacy export nadia');
    expect(cardsTo(h, USERS.admin1).join('\n')).toContain('type “privacy export” or');
    expect(await privacyAudit('privacy.export')).toEqual([]);
  });
});
