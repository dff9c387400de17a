import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoopbackConnector } from '../helpers/connector.js';
import { USERS } from '../helpers/activities.js';
import { Harness, cardText } from '../helpers/harness.js';

describe('help and the catch-all', () => {
  const h = new Harness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('answers "help" in a 1:1 chat with the employee help card', async () => {
    h.connector.reset();
    const answer = await h.say(USERS.employee, 'help');
    expect(answer.status).toBe(200);
    const [call] = h.connector.messages(`a:personal-${USERS.employee.aadObjectId}`);
    expect(call).toBeDefined();
    const text = cardText(LoopbackConnector.card(call!));
    expect(text).toContain('JLP Conversations');
    expect(text).toContain('Request a discussion');
    expect(text).toContain('as an employee');
    expect(text).not.toContain('queue:');
    expect(JSON.stringify(LoopbackConnector.card(call!))).not.toContain('queue.show');
  });

  it('answers "aide" and unknown text in French for a French client', async () => {
    h.connector.reset();
    await h.say(USERS.employeeFr, 'AIDE');
    await h.say(USERS.employeeFr, 'bonjour, que fais-tu ?');
    const cards = h.connector.messages().map((c) => cardText(LoopbackConnector.card(c)));
    expect(cards).toHaveLength(2);
    for (const text of cards) {
      expect(text).toContain('Mes demandes');
      expect(text).not.toContain('Request a discussion');
    }
  });

  it('shows a coordinator the commands of their role', async () => {
    h.connector.reset();
    await h.say(USERS.ncrUnion, 'help');
    const text = cardText(LoopbackConnector.card(h.connector.messages()[0]!));
    expect(text).toContain('regional coordinator (National Capital Region)');
    expect(text).toContain('queue:');
    const json = JSON.stringify(LoopbackConnector.card(h.connector.messages()[0]!));
    expect(json).toContain('queue.show');
    expect(json).toContain('sessions.show');
  });

  it('understands a command after the bot is @mentioned in a group chat', async () => {
    h.connector.reset();
    const activity = {
      text: '<at>JLP Conversations</at> help',
      entities: [
        {
          type: 'mention',
          mentioned: { id: '28:jlp-bot', name: 'JLP Conversations' },
          text: '<at>JLP Conversations</at>',
        },
      ],
    };
    const { message } = await import('../helpers/activities.js');
    const body = {
      ...message(
        USERS.employee,
        '',
        h.options({ conversationType: 'groupChat', conversationId: '19:group' }),
      ),
      ...activity,
    };
    const answer = await h.post(body);
    expect(answer.status).toBe(200);
    const [call] = h.connector.messages('19:group');
    expect(cardText(LoopbackConnector.card(call!))).toContain('Request a discussion');
  });

  it('switches language from the card and remembers the choice', async () => {
    const { card } = await h.press(USERS.employee, 'language.set', {
      language: 'fr',
      view: 'help',
    });
    expect(cardText(card)).toContain('Mes demandes');
    const person = await h.bot.store.people.get(USERS.employee.aadObjectId);
    expect(person?.language).toBe('fr');
    h.connector.reset();
    await h.say(USERS.employee, 'help');
    expect(cardText(LoopbackConnector.card(h.connector.messages()[0]!))).toContain('Mes demandes');
    await h.press(USERS.employee, 'language.set', { language: 'en', view: 'help' });
  });
});
