import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseRoster } from '../../src/data/roster.js';
import { USERS } from '../helpers/activities.js';
import { FACILITATORS, scheduleForm, validForm } from '../helpers/forms.js';
import { LoopbackConnector } from '../helpers/connector.js';
import { cardText, Harness } from '../helpers/harness.js';
import { resetSessions, scheduledSession } from '../helpers/scenario.js';
import { NEW_FACILITATOR, NEW_ID, rosterState, savePerson } from './admin-helpers.js';

describe('roster changes and what they affect', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(() => resetSessions(h));

  const employerFacilitator = async () => {
    const entry = await h.bot.store.roster.get(FACILITATORS.ncrEmployerBilingual, 'facilitator');
    if (!entry) throw new Error('sample roster changed');
    return entry;
  };

  it('deactivates a facilitator: lists their sessions to reassign, and scheduling refuses them', async () => {
    await scheduledSession(h);
    const entry = await employerFacilitator();
    const text = await savePerson(
      h,
      {
        ...NEW_FACILITATOR,
        name: entry.name,
        side: 'employer',
        region: 'ncr',
        email: '',
        active: 'false',
      },
      {
        aadObjectIdKept: entry.aadObjectId,
        roleKept: 'facilitator',
        version: String(entry.version),
      },
    );
    expect(text).toContain(`Saved: ${entry.name}, Facilitator.`);
    expect(text).toContain(`${entry.name} is booked to facilitate these sessions`);
    expect(text).toContain('JLP-2026-0001 · Mental Health: Let');
    expect(text).toContain('The sessions’ coordinators have been told.');
    expect((await employerFacilitator()).active).toBe(false);
    // Both NCR coordinators are told, each in their own chat.
    await h.bot.app.dispatcher.idle();
    const notices = h.connector
      .messages()
      .map((call) => ({ to: call.conversationId, text: cardText(LoopbackConnector.card(call)) }))
      .filter((m) => m.text.includes('A facilitator to replace: JLP-2026-0001'));
    expect(notices.map((n) => n.to).sort()).toEqual(
      [
        `a:created-${USERS.ncrEmployer.aadObjectId}`,
        `a:personal-${USERS.ncrUnion.aadObjectId}`,
      ].sort(),
    );
    expect(notices[0]?.text).toContain(`deactivated ${entry.name}`);
    // Editing them again while inactive tells nobody a second time.
    h.connector.reset();
    const inactive = await employerFacilitator();
    await savePerson(
      h,
      {
        ...NEW_FACILITATOR,
        name: `${entry.name} (retired)`,
        side: 'employer',
        region: 'ncr',
        email: '',
        active: 'false',
      },
      {
        aadObjectIdKept: entry.aadObjectId,
        roleKept: 'facilitator',
        version: String(inactive.version),
      },
    );
    await h.bot.app.dispatcher.idle();
    expect(h.connector.messages()).toEqual([]);
    const [audit] = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'roster.deactivate')
      .execute();
    expect(JSON.parse(audit!.before!)).toMatchObject({ active: true });
    expect(JSON.parse(audit!.after!)).toMatchObject({ active: false });
    // The session they had stays as it was.
    expect(
      (await db().selectFrom('sessions').selectAll().executeTakeFirstOrThrow())
        .employer_facilitator,
    ).toBe(entry.aadObjectId);

    await h.press(
      USERS.employee,
      'request.submit',
      validForm({ preferredDate: '2026-12-09', alternateDate: '' }),
    );
    const { id: requestId } = await db()
      .selectFrom('requests')
      .select('id')
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    const open = await h.press(USERS.ncrUnion, 'schedule.open', { requestId });
    expect(JSON.stringify(open.card)).not.toContain(entry.aadObjectId);
    const refused = await h.press(USERS.ncrUnion, 'schedule.submit', {
      requestId,
      ...scheduleForm({ date: '2026-12-09' }),
    });
    expect(cardText(refused.card)).toContain(entry.name);
    expect(await db().selectFrom('sessions').selectAll().execute()).toHaveLength(1);
  });

  it('warns before leaving a region without coordinators, and saves only once confirmed', async () => {
    const siobhan = await h.bot.store.roster.get(
      '00000000-0000-4000-8000-000000000105',
      'coordinator',
    );
    const fields = {
      ...NEW_FACILITATOR,
      role: 'coordinator',
      name: siobhan!.name,
      email: '',
      languages: '',
      active: 'false',
    };
    const key = {
      aadObjectIdKept: siobhan!.aadObjectId,
      roleKept: 'coordinator',
      version: String(siobhan!.version),
    };
    const before = await rosterState(h);
    const warned = await savePerson(h, fields, key);
    expect(warned).toContain('This leaves Atlantic without an active coordinator');
    expect(await rosterState(h)).toEqual(before);
    const confirmed = await savePerson(h, fields, { ...key, confirm: '1' });
    expect(confirmed).toContain('Saved: Siobhan MacDonald, Regional coordinator.');
    expect(await h.bot.store.roster.coordinatorsOf('atlantic')).toEqual([]);
  });

  it('never leaves the program without an active administrator', async () => {
    const admin = (id: string) => h.bot.store.roster.get(id, 'administrator');
    const fields = (name: string) => ({
      ...NEW_FACILITATOR,
      role: 'administrator',
      name,
      email: '',
      languages: '',
      side: '',
      region: '',
      active: 'false',
    });
    const robert = await admin(USERS.admin2.aadObjectId);
    const key = (id: string, version: number) => ({
      aadObjectIdKept: id,
      roleKept: 'administrator',
      version: String(version),
    });
    expect(
      await savePerson(h, fields(robert!.name), key(robert!.aadObjectId, robert!.version)),
    ).toContain('Saved');
    const claire = await admin(USERS.admin1.aadObjectId);
    const before = await rosterState(h);
    const refused = await savePerson(
      h,
      fields(claire!.name),
      key(claire!.aadObjectId, claire!.version),
    );
    expect(refused).toContain('Keep at least one active program administrator');
    expect(await rosterState(h)).toEqual(before);
    expect((await admin(USERS.admin1.aadObjectId))?.active).toBe(true);
    // Put the roster back for the tests after this one.
    const inactive = await admin(USERS.admin2.aadObjectId);
    await savePerson(
      h,
      { ...fields(robert!.name), active: 'true' },
      key(inactive!.aadObjectId, inactive!.version),
    );
  });

  it('exports the roster as a roster file that loads back, and shows the history newest first', async () => {
    await savePerson(h, NEW_FACILITATOR);
    const { card } = await h.press(USERS.admin1, 'admin.export', {});
    const json = JSON.stringify(card);
    const input = (card as { body: { id?: string; value?: string }[] }).body.find(
      (b) => b.id === 'rosterJson',
    );
    const file = parseRoster(JSON.parse(input!.value!), 'export');
    expect(file.facilitators.find((f) => f.aadObjectId === NEW_ID)).toMatchObject({
      name: 'Gabrielle Arsenault',
      languages: ['en', 'fr'],
    });
    expect(file.facilitators.some((f) => !f.active)).toBe(true);
    expect(json).toContain('Roster export');

    h.clock.set('2026-11-23T16:00:00Z');
    await savePerson(
      h,
      { ...NEW_FACILITATOR, name: 'Gabrielle Arsenault-Roy' },
      { aadObjectIdKept: NEW_ID, roleKept: 'facilitator', version: '1' },
    );
    const history = cardText((await h.press(USERS.admin2, 'admin.history', { page: '0' })).card);
    const edited = history.indexOf('Claire Fortin · edited Gabrielle Arsenault-Roy');
    const added = history.indexOf('Claire Fortin · added Gabrielle Arsenault');
    expect(edited).toBeGreaterThan(-1);
    expect(added).toBeGreaterThan(edited);
    expect(history).toContain('Changed: name');
  });
});
