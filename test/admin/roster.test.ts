import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { USERS, type TestUser } from '../helpers/activities.js';
import { LoopbackConnector } from '../helpers/connector.js';
import { validForm, scheduleForm, FACILITATORS } from '../helpers/forms.js';
import { cardText, Harness } from '../helpers/harness.js';
import { resetSessions } from '../helpers/scenario.js';
import { NEW_FACILITATOR, NEW_ID, rosterState, savePerson } from './admin-helpers.js';

describe('the roster, kept from Teams', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(() => resetSessions(h));

  const reply = async (user: TestUser, text: string) => {
    h.connector.reset();
    await h.say(user, text);
    const [message] = h.connector.messages();
    return cardText(LoopbackConnector.card(message!));
  };

  it('shows administrators the roster by region and side, and the catalogue, in both languages', async () => {
    const en = await reply(USERS.admin1, 'admin');
    expect(en).toContain('Program administration');
    expect(en).toContain('National Capital Region: David Chen · Employer; Sophie Lavoie · Union');
    expect(en).toContain(
      'British Columbia and Yukon: Chantal Dubé (inactive) · Employer (en, fr); Tom Nguyen · Union (en)',
    );
    expect(en).toContain('Prairies and North: no active coordinator');
    expect(en).toContain('Mental Health: Let');
    const fr = await reply({ ...USERS.admin2, locale: 'fr-CA' }, 'administration');
    expect(fr).toContain('Administration du programme');
    expect(fr).toContain(
      'Région de la capitale nationale\u00a0: David Chen · Patronale\u202f; Sophie Lavoie · Syndicale',
    );
  });

  it.each([
    ['an employee', USERS.employee],
    ['a coordinator', USERS.ncrUnion],
  ])('refuses %s politely, showing nothing of the roster', async (_who, user) => {
    const text = await reply(user, 'admin');
    expect(text).toContain('Only program administrators');
    expect(text).not.toContain('Sophie Lavoie');
    const before = await rosterState(h);
    const forged = await savePerson(h, NEW_FACILITATOR, {}, user);
    expect(forged).toContain('Only program administrators');
    expect(await rosterState(h)).toEqual(before);
  });

  it('adds a facilitator, who is offered for scheduling and accepted at once', async () => {
    const text = await savePerson(h, NEW_FACILITATOR);
    expect(text).toContain('Saved: Gabrielle Arsenault, Facilitator.');
    const row = await h.bot.store.roster.get(NEW_ID, 'facilitator');
    expect(row).toMatchObject({
      name: 'Gabrielle Arsenault',
      side: 'union',
      region: 'atlantic',
      languages: ['en', 'fr'],
      active: true,
      version: 1,
    });
    const [audit] = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'roster.add')
      .execute();
    expect(audit).toMatchObject({
      actor_aad_id: USERS.admin1.aadObjectId,
      entity: 'facilitator',
      entity_id: NEW_ID,
      before: null,
    });
    expect(JSON.parse(audit!.after!)).toMatchObject({ name: 'Gabrielle Arsenault', active: true });

    await h.press(USERS.employee, 'request.submit', validForm());
    const { id: requestId } = await db()
      .selectFrom('requests')
      .select('id')
      .executeTakeFirstOrThrow();
    const open = await h.press(USERS.ncrUnion, 'schedule.open', { requestId });
    expect(JSON.stringify(open.card)).toContain(NEW_ID);
    const saved = await h.press(USERS.ncrUnion, 'schedule.submit', {
      requestId,
      ...scheduleForm({ unionFacilitator: NEW_ID }),
    });
    expect(cardText(saved.card)).toContain('Gabrielle Arsenault');
    const session = await db().selectFrom('sessions').selectAll().executeTakeFirstOrThrow();
    expect(session.union_facilitator).toBe(NEW_ID);
  });

  it('refuses bad values field by field, keeps them, and stores nothing', async () => {
    const before = await rosterState(h);
    const text = await savePerson(h, {
      ...NEW_FACILITATOR,
      aadObjectId: 'not-a-guid',
      side: '',
      languages: '',
      email: 'nope',
    });
    expect(text).toContain('Please correct the highlighted fields. Nothing was saved.');
    expect(text).toContain('Enter the person’s Microsoft Entra object ID');
    expect(text).toContain('Choose union or employer.');
    expect(text).toContain('Choose at least one language.');
    expect(text).toContain('Enter a valid email address');
    expect(text).toContain('not-a-guid');
    expect(await rosterState(h)).toEqual(before);
  });

  it('tells the second of two administrators editing one entry, and keeps the first one’s change', async () => {
    const key = { aadObjectIdKept: FACILITATORS.ncrEmployerBilingual, roleKept: 'facilitator' };
    const entry = await h.bot.store.roster.get(FACILITATORS.ncrEmployerBilingual, 'facilitator');
    const fields = {
      ...NEW_FACILITATOR,
      name: entry!.name,
      side: 'employer',
      region: 'ncr',
      email: '',
    };
    const version = String(entry!.version);
    expect(
      await savePerson(h, { ...fields, languages: 'fr' }, { ...key, version }, USERS.admin2),
    ).toContain('Saved');
    const before = await rosterState(h);
    const second = await savePerson(h, { ...fields, languages: 'en' }, { ...key, version });
    expect(second).toContain('Someone else changed');
    expect(await rosterState(h)).toEqual(before);
    expect(
      (await h.bot.store.roster.get(FACILITATORS.ncrEmployerBilingual, 'facilitator'))?.languages,
    ).toEqual(['fr']);
  });
});
