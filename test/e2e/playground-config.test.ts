import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configAs, findPerson, peopleOf, PLAYGROUND_CONFIG } from '../../scripts/playground.js';
import { defaultPaths } from '../../src/paths.js';

const text = readFileSync(PLAYGROUND_CONFIG, 'utf8');
const people = peopleOf(text);

interface RosterEntry {
  aadObjectId: string;
  name: string;
  side?: string;
  region?: string;
}
const roster = JSON.parse(readFileSync(defaultPaths().sampleRoster, 'utf8')) as Record<
  'administrators' | 'coordinators' | 'facilitators',
  RosterEntry[]
>;
const inRoster = (group: keyof typeof roster, aadObjectId: string) =>
  roster[group].find((entry) => entry.aadObjectId === aadObjectId);

describe('.m365agentsplayground.yml', () => {
  it('has the employee first, not in the roster, then five people of the roster', () => {
    const [employee, ...others] = people;
    expect(employee?.name).toBe('Jordan Tremblay');
    const everyone = [...roster.administrators, ...roster.coordinators, ...roster.facilitators];
    expect(everyone.some((entry) => entry.aadObjectId === employee?.aadObjectId)).toBe(false);
    expect(others).toHaveLength(5);
  });

  it.each([
    ['coordinators', '00000000-0000-4000-8000-000000000101', 'Sophie Lavoie', 'union'],
    ['coordinators', '00000000-0000-4000-8000-000000000102', 'David Chen', 'employer'],
    ['facilitators', '00000000-0000-4000-8000-000000000201', 'Aisha Mohamed', 'union'],
    ['facilitators', '00000000-0000-4000-8000-000000000202', 'Patrick Côté', 'employer'],
    ['administrators', '00000000-0000-4000-8000-000000000001', 'Claire Fortin', undefined],
  ] as const)('plays the roster’s %s %s (%s)', (group, aadObjectId, name, side) => {
    const person = people.find((p) => p.aadObjectId === aadObjectId);
    expect(person?.name).toBe(name);
    // The Playground creates 1:1 chats by the id the bot sends: the AAD object id.
    expect(person?.id).toBe(aadObjectId);
    const entry = inRoster(group, aadObjectId);
    expect(entry?.name).toBe(name);
    expect(entry?.side).toBe(side);
    if (group !== 'administrators') expect(entry?.region).toBe('ncr');
  });
});

describe('findPerson', () => {
  it.each([
    ['sophie', 'Sophie Lavoie'],
    ['COTE', 'Patrick Côté'],
    ['patrick côté', 'Patrick Côté'],
    ['00000000-0000-4000-8000-000000000102', 'David Chen'],
    ['Jordan', 'Jordan Tremblay'],
  ])('finds %j: %s', (who, name) => {
    expect(findPerson(people, who).name).toBe(name);
  });

  it.each([
    ['nobody', 'zzz'],
    ['more than one person', 'a'],
  ])('refuses a name matching %s, listing everyone', (why, who) => {
    expect(() => findPerson(people, who)).toThrow(why);
    expect(() => findPerson(people, who)).toThrow(
      'Aisha Mohamed (00000000-0000-4000-8000-000000000201)',
    );
  });
});

describe('configAs', () => {
  const asSophie = parse(configAs(text, 'sophie')) as {
    currentUser: { name: string };
    users: { name: string }[];
    personalChat: { id: string };
    tenantId: string;
  };

  it('makes that person the current user and keeps five others, the employee among them', () => {
    expect(asSophie.currentUser.name).toBe('Sophie Lavoie');
    expect(asSophie.users.map((u) => u.name).sort()).toEqual(
      ['Aisha Mohamed', 'Claire Fortin', 'David Chen', 'Jordan Tremblay', 'Patrick Côté'].sort(),
    );
  });

  it('gives each person their own personal chat, and keeps the tenant', () => {
    expect(asSophie.personalChat.id).toBe('personal-chat-sophie-lavoie');
    const asPatrick = parse(configAs(text, 'patrick')) as { personalChat: { id: string } };
    expect(asPatrick.personalChat.id).toBe('personal-chat-patrick-cote');
    expect(asSophie.tenantId).toBe((parse(text) as { tenantId: string }).tenantId);
  });
});
