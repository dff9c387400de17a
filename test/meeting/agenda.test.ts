import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GROUND_RULES } from '../../src/domain/agenda.js';
import { Harness, cardText } from '../helpers/harness.js';
import { scheduledSession } from '../helpers/scenario.js';
import {
  MEETING_CHAT,
  PEOPLE,
  postedCards,
  resetMeeting,
  sayInMeeting,
} from './meeting-helpers.js';

/** The (time, label) rows of an agenda card's first section. */
function rows(card: Record<string, unknown>): { time: string; label: string }[] {
  const section = (card.body as { items: unknown[] }[])[0]!;
  return section.items
    .filter((item) => (item as { type: string }).type === 'ColumnSet')
    .map((item) => {
      const [time, label] = (item as { columns: { items: { text: string }[] }[] }).columns;
      return { time: time!.items[0]!.text, label: label!.items[0]!.text };
    });
}

/** Minutes after midnight of "9:30 a.m." / "12:45 p.m." / "9 h 30". */
function minutes(time: string): number {
  const en = /^(\d{1,2}):(\d{2}) ([ap])\.m\.$/.exec(time);
  if (en) return ((Number(en[1]) % 12) + (en[3] === 'p' ? 12 : 0)) * 60 + Number(en[2]);
  const fr = /^(\d{1,2}) h (\d{2})$/.exec(time);
  if (fr) return Number(fr[1]) * 60 + Number(fr[2]);
  throw new Error(`not a time: ${time}`);
}

describe('the agenda card', () => {
  const h = new Harness('2026-11-23T15:00:00Z');
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(() => resetMeeting(h));

  it('times the blocks in the session’s zone, contiguous from start to start + duration', async () => {
    await scheduledSession(h, {
      request: { timeZone: 'America/Halifax', preferredTime: '10:00' },
      schedule: { timeZone: 'America/Halifax', startTime: '10:00', durationMinutes: '210' },
    });
    // The facilitator's Teams client is in Ottawa: the agenda stays in the session's zone.
    await sayInMeeting(h, PEOPLE.union, 'agenda JLP-2026-0001');
    const [card] = postedCards(h, MEETING_CHAT);
    const text = cardText(card);
    expect(text).toContain('Agenda: Mental Health: Let’s Talk!');
    expect(text).toContain('Aisha Mohamed · Patrick Côté');
    expect(text).toContain('Times are in Atlantic Standard Time.');
    const blocks = rows(card!);
    const spans = blocks.map((b) => b.time.split(' – ').map(minutes) as [number, number]);
    expect(spans[0]![0]).toBe(10 * 60);
    expect(spans.at(-1)![1]).toBe(10 * 60 + 210);
    for (let i = 1; i < spans.length; i += 1) expect(spans[i]![0]).toBe(spans[i - 1]![1]);
    expect(spans.reduce((sum, [from, to]) => sum + to - from, 0)).toBe(210);
    expect(blocks[0]!.label).toBe('Welcome and ground rules');
    expect(blocks.at(-1)!.label).toBe('Closing and feedback');
    expect(blocks.map((b) => b.label)).toContain('Break');
    expect(blocks.filter((b) => b.label.startsWith('Discussion')).length).toBeGreaterThanOrEqual(3);
    for (const rule of GROUND_RULES.en) expect(text).toContain(rule);
  });

  it('is in French, French times, for a French session', async () => {
    await scheduledSession(h, { request: { language: 'fr' } });
    await sayInMeeting(h, PEOPLE.union, 'agenda JLP-2026-0001');
    const [card] = postedCards(h, MEETING_CHAT);
    expect(card!.lang).toBe('fr');
    const text = cardText(card);
    expect(text).toContain('Ordre du jour\u00a0: Santé mentale');
    expect(rows(card!)[0]).toEqual({ time: '9 h 30 – 9 h 50', label: 'Accueil et règles de base' });
    expect(text).not.toContain('Welcome');
    for (const rule of GROUND_RULES.fr) expect(text).toContain(rule);
  });

  it('gives both languages, one after the other, for a bilingual session', async () => {
    await scheduledSession(h, { request: { language: 'bilingual' } });
    await sayInMeeting(h, PEOPLE.union, 'agenda JLP-2026-0001');
    const [card] = postedCards(h, MEETING_CHAT);
    const text = cardText(card);
    expect(text.indexOf('Welcome and ground rules')).toBeGreaterThan(-1);
    expect(text.indexOf('Accueil et règles de base')).toBeGreaterThan(
      text.indexOf('Welcome and ground rules'),
    );
    expect((card!.body as unknown[]).length).toBe(2);
  });

  it('shows a two-part session’s part with its share of the objectives', async () => {
    await scheduledSession(h, {
      request: { topic: 'anti-racism', preferredTime: '09:00' },
      schedule: {
        startTime: '09:00',
        durationMinutes: '180',
        date2: '2026-12-09',
        startTime2: '09:00',
        durationMinutes2: '180',
      },
    });
    await sayInMeeting(h, PEOPLE.union, 'agenda JLP-2026-0001 2');
    const [card] = postedCards(h, MEETING_CHAT);
    const text = cardText(card);
    expect(text).toContain('(part 2 of 2)');
    expect(text).toContain('Wednesday, December 9, 2026, 9:00 a.m. – 12:00 p.m.');
    const link = await h.bot.store.db.kysely
      .selectFrom('meeting_links')
      .select('part')
      .executeTakeFirstOrThrow();
    expect(link.part).toBe(2);
  });

  it('is shown in a 1:1 chat to those who run the session, and refused to others', async () => {
    await scheduledSession(h);
    await h.say(PEOPLE.employer, 'agenda JLP-2026-0001');
    await h.say(PEOPLE.otherFacilitator, 'agenda JLP-2026-0001');
    const texts = h.connector.messages().map((c) => cardText(c.body.attachments));
    expect(texts[0]).toContain('Agenda: Mental Health');
    expect(texts[1]).toContain('Only the facilitators of JLP-2026-0001');
    expect(await h.bot.store.db.kysely.selectFrom('meeting_links').selectAll().execute()).toEqual(
      [],
    );
  });
});
