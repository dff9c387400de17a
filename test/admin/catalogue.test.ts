import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { topicToForm } from '../../src/forms/topic-form.js';
import { USERS } from '../helpers/activities.js';
import { scheduleForm, validForm } from '../helpers/forms.js';
import { cardText, Harness } from '../helpers/harness.js';
import { resetSessions, scheduledSession } from '../helpers/scenario.js';
import { rosterState } from './admin-helpers.js';

describe('the topic catalogue, kept from Teams', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(() => resetSessions(h));

  const stored = async (id: string) => {
    const row = (await h.bot.store.catalogue.all()).find((r) => r.topic.id === id);
    if (!row) throw new Error(`no topic ${id}`);
    return row;
  };
  /** Saves a topic as the topic card sends it. */
  const saveTopic = async (
    fields: Record<string, string>,
    key: { topicKept: string; version: string },
    user = USERS.admin1,
  ) => cardText((await h.press(user, 'adminCatalogue.save', { ...key, ...fields })).card);
  const mentalHealth = async () => {
    const row = await stored('mental-health');
    return {
      form: topicToForm(row.topic),
      key: { topicKept: 'mental-health', version: String(row.version) },
    };
  };

  it('opens a topic with its values, for administrators only', async () => {
    const card = cardText(
      (await h.press(USERS.admin1, 'adminCatalogue.edit', { topic: 'mental-health' })).card,
    );
    expect(card).toContain('Edit “Mental Health: Let');
    expect(card).toContain('180');
    const refused = cardText(
      (await h.press(USERS.ncrUnion, 'adminCatalogue.edit', { topic: 'mental-health' })).card,
    );
    expect(refused).toContain('Only program administrators');
  });

  it('changes a duration range: scheduling offers and enforces it at once; a scheduled session keeps its own', async () => {
    const { sessionId } = await scheduledSession(h);
    const { form, key } = await mentalHealth();
    const text = await saveTopic({ ...form, minMinutes: '120', maxMinutes: '150' }, key);
    expect(text).toContain('Saved: “Mental Health: Let');
    expect((await stored('mental-health')).topic).toMatchObject({
      minMinutes: 120,
      maxMinutes: 150,
    });
    const [audit] = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'catalogue.topic.update')
      .execute();
    expect(audit).toMatchObject({
      actor_aad_id: USERS.admin1.aadObjectId,
      entity_id: 'mental-health',
    });
    expect(JSON.parse(audit!.before!)).toMatchObject({ minMinutes: 180, maxMinutes: 210 });
    expect(JSON.parse(audit!.after!)).toMatchObject({ minMinutes: 120, maxMinutes: 150 });

    const old = await h.bot.store.sessions.byId(sessionId);
    expect(old?.topicSnapshot).toMatchObject({ minMinutes: 180, maxMinutes: 210 });

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
    const open = JSON.stringify(
      (await h.press(USERS.ncrUnion, 'schedule.open', { requestId })).card,
    );
    expect(open).toContain('"value":"150"');
    expect(open).not.toContain('"value":"195"');
    const refused = await h.press(USERS.ncrUnion, 'schedule.submit', {
      requestId,
      ...scheduleForm({ date: '2026-12-09' }),
    });
    expect(await db().selectFrom('sessions').selectAll().execute()).toHaveLength(1);
    expect(cardText(refused.card)).toMatch(/2\.5|150/);
    const accepted = await h.press(USERS.ncrUnion, 'schedule.submit', {
      requestId,
      ...scheduleForm({ date: '2026-12-09', durationMinutes: '150' }),
    });
    expect(await db().selectFrom('sessions').selectAll().execute()).toHaveLength(2);
    expect(cardText(accepted.card)).toContain('JLP-2026-0002');
  });

  it('refuses bad values field by field, keeps them, and stores nothing', async () => {
    const { form, key } = await mentalHealth();
    const before = await rosterState(h);
    const text = await saveTopic(
      { ...form, minMinutes: '10', titleFr: '', preReadingUrlEn: 'http://example.com/guide' },
      key,
    );
    expect(text).toContain('Please correct the highlighted fields. Nothing was saved.');
    expect(text).toContain('Enter a whole number of minutes from 30 to 480.');
    expect(text).toContain('Enter the French title.');
    expect(text).toContain('Enter the pre-reading’s French title.');
    expect(text).toContain('http://example.com/guide');
    expect(await rosterState(h)).toEqual(before);
  });

  it('tells the second of two administrators editing one topic, and keeps the first one’s change', async () => {
    const { form, key } = await mentalHealth();
    expect(await saveTopic({ ...form, maxMinutes: '200' }, key, USERS.admin2)).toContain('Saved');
    const before = await rosterState(h);
    const second = await saveTopic({ ...form, maxMinutes: '240' }, key);
    expect(second).toContain('Someone else changed this topic');
    expect(await rosterState(h)).toEqual(before);
    expect((await stored('mental-health')).topic.maxMinutes).toBe(200);
  });

  it('adds a topic, offered on the request card at once; a taken id is refused', async () => {
    const { form } = await mentalHealth();
    const fields = {
      ...form,
      topicId: 'psychological-safety',
      titleEn: 'Psychological Safety: Let’s Talk!',
      titleFr: 'La sécurité psychologique : parlons-en!',
    };
    const text = await saveTopic(fields, { topicKept: 'new', version: '' });
    expect(text).toContain('Saved: “Psychological Safety');
    const topic = (await stored('psychological-safety')).topic;
    expect(topic.title.fr).toBe('La sécurité psychologique\u00a0: parlons-en\u202f!');
    expect(topic.translationReviewed).toBe(false);
    const [audit] = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'catalogue.topic.add')
      .execute();
    expect(audit?.entity_id).toBe('psychological-safety');
    const request = JSON.stringify((await h.press(USERS.employee, 'request.open', {})).card);
    expect(request).toContain('psychological-safety');

    const before = await rosterState(h);
    const taken = await saveTopic({ ...fields, topicId: 'lmc' }, { topicKept: 'new', version: '' });
    expect(taken).toContain('A topic with the ID lmc already exists');
    expect(await rosterState(h)).toEqual(before);
  });
});
