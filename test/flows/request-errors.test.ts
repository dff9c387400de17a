import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execute, USERS } from '../helpers/activities.js';
import { Harness, cardText } from '../helpers/harness.js';
import { validForm } from '../helpers/forms.js';
import { resetSessions } from '../helpers/scenario.js';

function inputValue(card: unknown, id: string): unknown {
  let found: unknown;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element.id === id && typeof element.type === 'string') found = element.value;
      Object.values(element).forEach(walk);
    }
  };
  walk(card);
  return found;
}

// 2026-11-23 is a Monday; 16:00 UTC is 11:00 in Toronto.
describe('a refused request keeps what was typed, says what to fix, and stores nothing', () => {
  const h = new Harness('2026-11-23T16:00:00Z');
  const db = () => h.bot.store.db.kysely;
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(() => resetSessions(h));

  const cases: [string, Record<string, string>, string, string][] = [
    [
      'a date in the past',
      { preferredDate: '2026-11-20' },
      'preferredDate',
      'Choose a date after today',
    ],
    ['today', { preferredDate: '2026-11-23' }, 'preferredDate', 'Choose a date after today'],
    ['a Saturday', { preferredDate: '2026-11-28' }, 'preferredDate', 'Choose a weekday'],
    [
      'a holiday (Christmas)',
      { preferredDate: '2026-12-25' },
      'preferredDate',
      'designated paid holiday',
    ],
    ['a date that is not a date', { preferredDate: '2026-02-30' }, 'preferredDate', 'YYYY-MM-DD'],
    ['the same alternate date', { alternateDate: '2026-12-02' }, 'alternateDate', 'must differ'],
    ['one participant', { participants: '1' }, 'participants', 'from 2 to 100'],
    ['101 participants', { participants: '101' }, 'participants', 'from 2 to 100'],
    ['a fraction of a participant', { participants: '12.5' }, 'participants', 'from 2 to 100'],
    ['an unknown topic', { topic: 'knitting' }, 'topic', 'listed topics'],
    ['an unknown region', { region: 'mars' }, 'region', 'six regions'],
    ['a zone that is not Canadian', { timeZone: 'Europe/Paris' }, 'timeZone', 'Canadian time zone'],
    ['a zone that is not IANA', { timeZone: 'EST' }, 'timeZone', 'Canadian time zone'],
    ['a time that is not HH:MM', { preferredTime: '25:00' }, 'preferredTime', 'HH:MM'],
    ['a missing department', { department: '   ' }, 'department', 'required'],
    [
      'a department over 200 characters',
      { department: 'x'.repeat(201) },
      'department',
      '200 characters',
    ],
    ['notes over 1,000 characters', { notes: 'n'.repeat(1001) }, 'notes', '1000 characters'],
    ['an unknown language', { language: 'de' }, 'language', 'English, French or bilingual'],
  ];

  it.each(cases)('refuses %s', async (_name, overrides, field, message) => {
    const form = validForm(overrides);
    const { card } = await h.press(USERS.employee, 'request.submit', form);
    const text = cardText(card);
    expect(text).toContain('Please correct the highlighted fields');
    expect(text).toContain(message);
    // What the user typed comes back unchanged.
    expect(inputValue(card, field)).toBe(
      field === 'participants' ? Number(form[field]) : form[field],
    );
    expect(inputValue(card, 'department')).toBe(form.department);
    expect(await db().selectFrom('requests').selectAll().execute()).toHaveLength(0);
    expect(await db().selectFrom('deliveries').selectAll().execute()).toHaveLength(0);
    expect(h.connector.calls).toHaveLength(0);
  });

  it('reports every problem at once', async () => {
    const { card } = await h.press(
      USERS.employee,
      'request.submit',
      validForm({ topic: '', region: '', participants: '0' }),
    );
    const text = cardText(card);
    expect(text).toContain('listed topics');
    expect(text).toContain('six regions');
    expect(text).toContain('from 2 to 100');
  });

  it('says it in French to a French user, with the French date of today', async () => {
    const { card } = await h.press(
      USERS.employeeFr,
      'request.submit',
      validForm({ preferredDate: '2026-11-20' }),
    );
    const text = cardText(card);
    expect(text).toContain('Veuillez corriger les champs signalés');
    expect(text).toContain('Choisissez une date postérieure à aujourd’hui');
    expect(text).not.toContain('Please correct');
  });

  it('shows typed text literally, never evaluated as a template', async () => {
    const department = '${t.app.name} **bold** [link](https://evil.example) $root';
    const { card } = await h.press(
      USERS.employee,
      'request.submit',
      validForm({ department, participants: '1' }),
    );
    expect(inputValue(card, 'department')).toBe(department);
  });

  it('refuses a payload of the wrong shape without crashing or storing anything', async () => {
    const activity = execute(
      USERS.employee,
      'request.submit',
      { topic: { $ne: 1 }, participants: ['2'], constructor: 'x' },
      h.options(),
    );
    // A literal `__proto__` key only survives as raw JSON text.
    const body = JSON.stringify(activity).replace(
      '"constructor":"x"',
      '"constructor":"x","__proto__":{"polluted":true}',
    );
    expect(body).toContain('__proto__');
    const answer = await h.post(body);
    const card = (answer.body as { value: unknown }).value;
    expect(cardText(card)).toContain('This card is out of date or incomplete');
    expect(await db().selectFrom('requests').selectAll().execute()).toHaveLength(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a new request past the open-request limit', async () => {
    for (let i = 0; i < 10; i += 1) await h.press(USERS.employee, 'request.submit', validForm());
    expect(await db().selectFrom('requests').selectAll().execute()).toHaveLength(10);
    const { card } = await h.press(USERS.employee, 'request.submit', validForm());
    expect(cardText(card)).toContain('You already have 10 open requests');
    expect(await db().selectFrom('requests').selectAll().execute()).toHaveLength(10);
  });

  it('slows down creating and cancelling in a loop: ten new requests per ten minutes', async () => {
    for (let i = 0; i < 10; i += 1) {
      await h.press(USERS.employeeFr, 'request.submit', validForm());
      const id = (
        await db()
          .selectFrom('requests')
          .select('id')
          .where('status', '=', 'open')
          .executeTakeFirstOrThrow()
      ).id;
      await h.press(USERS.employeeFr, 'myRequests.cancel', { requestId: id });
    }
    const { card } = await h.press(USERS.employeeFr, 'request.submit', validForm());
    expect(cardText(card)).toContain('Vous avez envoyé beaucoup de demandes');
    expect(await db().selectFrom('requests').selectAll().execute()).toHaveLength(10);
    h.clock.set('2026-11-23T16:10:01Z');
    const later = await h.press(USERS.employeeFr, 'request.submit', validForm());
    h.clock.set('2026-11-23T16:00:00Z');
    expect(cardText(later.card)).toContain('Demande reçue');
  });
});
